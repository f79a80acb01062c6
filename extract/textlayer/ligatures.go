package textlayer

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Latin ligatures: a PDF's fonts, and pages pasted from a PDF or a word processor, carry the
// presentation forms of U+FB00–U+FB06 ("Oﬃce", "ﬁnalize"), which no reader searches for. Both
// readers spell them out the same way, by their Unicode compatibility decomposition (NFKC, from
// x/text's tables rather than a table of ours), and only them: NFKC on the whole text would
// also rewrite superscripts, fractions and full-width forms that a document means.

// ligatureLetters holds the letters of U+FB00 + i, all ASCII: "ff", "fi", "fl", "ffi", "ffl",
// "st", "st".
var ligatureLetters = func() (out [7]string) {
	for i := range out {
		out[i] = norm.NFKC.String(string(rune(0xFB00 + i)))
	}
	return out
}()

// IsLigature reports a Latin ligature presentation form.
func IsLigature(r rune) bool { return r >= '\uFB00' && r <= '\uFB06' }

// LigatureLetters returns the letters the Latin ligature r stands for, and whether r is one.
func LigatureLetters(r rune) (string, bool) {
	if !IsLigature(r) {
		return "", false
	}
	return ligatureLetters[r-0xFB00], true
}

// SpellLigatures returns s with each ligature replaced by its letters; s itself when it has
// none, which is found without allocating.
func SpellLigatures(s string) string {
	if strings.IndexFunc(s, IsLigature) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if l, ok := LigatureLetters(r); ok {
			b.WriteString(l)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
