package render

import (
	"strings"
	"unicode"
)

// glyphFallback maps symbols the report's fonts (DejaVu Sans) lack to look-alikes they have.
// Extracted texts keep the bullets and marks of their source ("⯈ Recommendations"); printed as
// they are, these would show as empty boxes. Only shapes are substituted; a letter of a script
// the fonts do not cover is left alone, as the missing-glyph box is then the honest rendering.
var glyphFallback = strings.NewReplacer(
	"⯈", "►",
	"\u200b", "", // zero-width space: invisible either way
)

// printable makes s safe to hand to fpdf and fit for the report's fonts. fpdf v0.12 decodes UTF-8 by
// hand, without bounds checks and for the Basic Multilingual Plane only: a truncated sequence
// panics, and a rune past U+FFFF overruns its width table. So invalid bytes, runes past the BMP
// and control characters become U+FFFD, which the fonts draw as the usual replacement mark; tabs
// and carriage returns become spaces and newlines stay. Format characters (Unicode category Cf:
// bidirectional overrides and isolates such as U+202E and U+2066, zero-width spaces and joiners,
// the byte order mark, the soft hyphen) are dropped, so that no text reads differently from what
// it is (Unicode Technical Report #36, section 2); line and paragraph separators become spaces.
func printable(s string) string {
	// Most text is plain printable ASCII, which nothing below changes: the register calls this
	// for every line of every cell.
	plain := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' || c > 0x7e {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	s = glyphFallback.Replace(strings.ToValidUTF8(s, "\uFFFD"))
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t' || r == '\r' || r == '\u2028' || r == '\u2029':
			return ' '
		case unicode.Is(unicode.Cf, r):
			return -1
		case r > 0xFFFF || unicode.IsControl(r) || unicode.Is(unicode.Cs, r):
			return '\uFFFD'
		}
		return r
	}, s)
}
