package items

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a byte range [start, end) of a text.
type span struct{ start, end int }

// abbreviations end with a dot that does not end a sentence (compared in lower case).
var abbreviations = map[string]bool{
	"no": true, "nos": true, "para": true, "paras": true, "art": true, "arts": true, "vol": true,
	"p": true, "pp": true, "cf": true, "approx": true, "inc": true, "ltd": true, "co": true,
	"vs": true, "al": true, "ed": true, "eds": true, "fig": true, "figs": true, "rev": true,
	"corp": true, "dept": true, "mr": true, "mrs": true, "ms": true, "dr": true, "prof": true,
	"st": true, "jr": true, "sr": true, "hon": true, "res": true, "doc": true, "add": true,
	"corr": true, "op": true, "cit": true, "ibid": true, "viz": true, "incl": true, "esp": true,
	"ch": true, "chap": true, "sect": true, "sec": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "gov": true, "min": true, "max": true, "est": true,
}

// splitSentences splits running text into sentences. A full stop ends a sentence when a
// capital, a digit, a quote or a bracket follows after a space, unless it closes an
// abbreviation ("No. 208", "para. 3", "e.g.", "U.S.") or an initial; a dot inside a word or a
// URL ("www.ilo.org/x.pdf") is followed by no space and ends nothing. A line break ("\n", kept
// for an HTML <br>) always ends a sentence.
func splitSentences(text string) []span {
	var out []span
	start := skipSpace(text, 0)
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			// A line break that the text layer kept (an HTML <br>) ends a line of its own.
			if end := len(strings.TrimRight(text[:i], " ")); end > start {
				out = append(out, span{start, end})
			}
			start = skipSpace(text, i+1)
			for start < len(text) && text[start] == '\n' {
				start = skipSpace(text, start+1)
			}
			i = start - 1
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		// Closing quotes and brackets belong to the sentence they end.
		j := i + 1
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !strings.ContainsRune(`"')]”’»`, r) {
				break
			}
			j += size
		}
		if j >= len(text) || text[j] != ' ' {
			continue
		}
		k := skipSpace(text, j)
		if k >= len(text) {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[k:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune(`"'(“‘«`, next)) {
			continue
		}
		if c == '.' && isAbbreviation(text[start:i], next) {
			continue
		}
		out = append(out, span{start, j})
		start = k
		i = k - 1
	}
	if start < len(text) {
		end := len(strings.TrimRight(text, " "))
		if end > start {
			out = append(out, span{start, end})
		}
	}
	return out
}

func skipSpace(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// isAbbreviation reports whether the dot after before closes an abbreviation or an initial
// rather than a sentence. next is the first letter after the dot.
func isAbbreviation(before string, next rune) bool {
	w := before
	if k := strings.LastIndexAny(before, " (\u00a0"); k >= 0 {
		w = before[k+1:]
	}
	if w == "" {
		return false
	}
	if abbreviations[strings.ToLower(w)] {
		return true
	}
	// "e.g", "i.e", "U.S", "U.N": dotted abbreviations.
	if strings.Contains(w, ".") && utf8.RuneCountInString(w) <= 6 && !strings.ContainsAny(w, "0123456789") {
		return true
	}
	// A single capital is an initial ("J. Smith"), unless a digit follows.
	r, size := utf8.DecodeRuneInString(w)
	if size == len(w) && unicode.IsUpper(r) && !unicode.IsDigit(next) {
		return true
	}
	return false
}
