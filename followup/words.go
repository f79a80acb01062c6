package followup

import (
	"strings"
	"unicode"
)

// stopwords are the function words and the genre's boilerplate that say nothing of a subject.
var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or of to in on for by with from at as into
		its it their this that these those be is are was were been will shall should would
		has have had not no all any each other such which who whom whose than then also more
		most further ilo office governing body member states its session report reports
		submit submitted paper document under per via upon within between`) {
		stopwords[w] = true
	}
}

// words returns the set of content words of s: lowered, letters and digits only, function
// words dropped, a plural "s" taken off words of five letters or more.
func words(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(w) < 3 || stopwords[w] {
			continue
		}
		if len(w) >= 5 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-1]
		}
		out[w] = true
	}
	return out
}

// dice is the Dice coefficient of two word sets, 2|a∩b|/(|a|+|b|): 1 for the same words, 0
// for none shared or an empty set.
func dice(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return 2 * float64(shared(a, b)) / float64(len(a)+len(b))
}

// coverage is the share of a's words found in b, 0 to 1: how much of a short subject (a
// title) a longer text repeats.
func coverage(a, b map[string]bool) float64 {
	if len(a) == 0 {
		return 0
	}
	return float64(shared(a, b)) / float64(len(a))
}

func shared(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

// fold lowers s, turns typographic quotes and dashes into ASCII and collapses spaces, so that
// two prints of one title compare equal.
func fold(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '’', '‘', 'ʼ':
			return '\''
		case '“', '”':
			return '"'
		case '–', '—', '‑', '−':
			return '-'
		}
		return unicode.ToLower(r)
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// citesSymbol reports whether text names the document symbol sym as a whole: "GB.350/INS/5" is
// cited by "(GB.350/INS/5, paragraph 4)" but not by "GB.350/INS/51" or "GB.350/INS/5/1".
func citesSymbol(text, sym string) bool {
	if sym == "" {
		return false
	}
	for off := 0; ; {
		k := strings.Index(text[off:], sym)
		if k < 0 {
			return false
		}
		a, b := off+k, off+k+len(sym)
		before := a == 0 || !symbolByte(text[a-1])
		after := b == len(text) || !symbolByte(text[b]) || text[b] == '.' && (b+1 == len(text) || text[b+1] == ' ')
		if before && after {
			return true
		}
		off = a + 1
	}
}

func symbolByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '/' || c == '.'
}

// sameNumber compares two printed numbers without brackets, dots or case: "(c)" = "c", "3." = "3".
func sameNumber(a, b *string) bool {
	if a == nil || b == nil {
		return false
	}
	na, nb := trimNumber(*a), trimNumber(*b)
	return na != "" && na == nb
}

func trimNumber(s string) string {
	return strings.ToLower(strings.Trim(strings.TrimSpace(s), "().:"))
}
