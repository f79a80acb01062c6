package followup

import (
	"slices"
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

// wordSet is a set of words, sorted and without repeats: a few hundred bytes an item where a
// map took kilobytes, which counts when a run links tens of thousands of items at once.
type wordSet []string

// words returns the set of content words of s: lowered, letters and digits only, function
// words dropped, a plural "s" taken off words of five letters or more.
func words(s string) wordSet {
	var out wordSet
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(w) < 3 || stopwords[w] {
			continue
		}
		if len(w) >= 5 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-1]
		}
		out = append(out, w)
	}
	slices.Sort(out)
	out = slices.Compact(out)
	// Compact leaves the tail's strings in place; the clipped copy holds only the set.
	return slices.Clip(out)
}

// without returns a's words that are not in b.
func (a wordSet) without(b wordSet) wordSet {
	var out wordSet
	for _, w := range a {
		if !b.has(w) {
			out = append(out, w)
		}
	}
	return out
}

func (a wordSet) has(w string) bool {
	_, ok := slices.BinarySearch(a, w)
	return ok
}

// dice is the Dice coefficient of two word sets, 2|a∩b|/(|a|+|b|): 1 for the same words, 0
// for none shared or an empty set.
func dice(a, b wordSet) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return 2 * float64(shared(a, b)) / float64(len(a)+len(b))
}

// coverage is the share of a's words found in b, 0 to 1: how much of a short subject (a
// title) a longer text repeats.
func coverage(a, b wordSet) float64 {
	if len(a) == 0 {
		return 0
	}
	return float64(shared(a, b)) / float64(len(a))
}

// shared counts the words in both a and b, merging the two sorted sets.
func shared(a, b wordSet) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
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
