package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds of the time-expression scanner. The scanner works on tokens rather than on one
// large regular expression: the grammar needs to look at neighbours (a year glued to "A/" is a
// symbol, a year after "No." is a number) and RE2 cannot look around.
const (
	tkWord  uint8 = iota + 1 // letters only
	tkNum                    // digits only
	tkOrd                    // digits with an ordinal suffix: 356th, 1st
	tkMixed                  // letters and digits glued: Q1, H2, FY2021, 2020s
	tkDash                   // - – — ‐ ‑ − and "--"
	tkPunct                  // any other single character
)

type token struct {
	s, e  int   // byte offsets in the text
	kind  uint8 //
	glued bool  // no space between this token and the previous one
	nd    uint8 // digits in a tkNum or tkOrd
	n     int   // value of a tkNum or tkOrd (capped), the digit of a Q/H tkMixed
	c     byte  // the character of a tkPunct, 'Q' or 'H' for a quarter or half tkMixed
}

// tokenize appends the tokens of text to toks; their offsets index text.
func tokenize(text string, toks []token) []token {
	glued := false
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
			glued = false
			continue
		case c >= '0' && c <= '9':
			j, n := i, 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if n < 1e8 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			nd := j - i
			if nd > 255 {
				nd = 255
			}
			k := j
			for k < len(text) && isASCIILetter(text[k]) {
				k++
			}
			t := token{s: i, e: j, kind: tkNum, glued: glued, nd: uint8(nd), n: n}
			if k > j {
				t.e = k
				if isOrdinalSuffix(text[j:k]) {
					t.kind = tkOrd
				} else {
					t.kind = tkMixed
				}
				for k < len(text) && isASCIIAlnum(text[k]) {
					k++
				}
				t.e = k
			}
			toks = append(toks, t)
			i = t.e
		case isASCIILetter(c):
			// A word goes on over accented letters ("Décembre", "août"): one token, so that
			// French month names are words the grammar knows.
			j := i
			for j < len(text) {
				if isASCIILetter(text[j]) {
					j++
					continue
				}
				r, size := utf8.DecodeRuneInString(text[j:])
				if r < utf8.RuneSelf || !unicode.IsLetter(r) {
					break
				}
				j += size
			}
			t := token{s: i, e: j, kind: tkWord, glued: glued}
			if j < len(text) && text[j] >= '0' && text[j] <= '9' {
				k := j
				for k < len(text) && isASCIIAlnum(text[k]) {
					k++
				}
				t.kind, t.e = tkMixed, k
				if j-i == 1 && k-j == 1 {
					// Q1–Q4 and H1–H2; French prints quarters T1–T4 (trimestre) and
					// halves S1–S2 (semestre).
					switch d := int(text[j] - '0'); c | 0x20 {
					case 'q', 't':
						if d >= 1 && d <= 4 {
							t.c, t.n = 'Q', d
						}
					case 's':
						if d >= 1 && d <= 2 {
							t.c, t.n = 'H', d
						}
					case 'h':
						if d >= 1 && d <= 2 {
							t.c, t.n = 'H', d
						}
					}
				}
			}
			toks = append(toks, t)
			i = t.e
		case c == '-':
			j := i + 1
			if j < len(text) && text[j] == '-' {
				j++
			}
			toks = append(toks, token{s: i, e: j, kind: tkDash, glued: glued})
			i = j
		case c < utf8.RuneSelf:
			toks = append(toks, token{s: i, e: i + 1, kind: tkPunct, glued: glued, c: c})
			i++
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case r == '\u00a0' || r == '\u2009' || r == '\u202f' || r == '\u2002' || r == '\u2003' || r == '\u2007' || r == '\u200b' || r == '\ufeff':
				glued = false
				i += size
				continue
			case r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\u2013' || r == '\u2014' || r == '\u2015' || r == '\u2212':
				toks = append(toks, token{s: i, e: i + size, kind: tkDash, glued: glued})
			case unicode.IsLetter(r):
				// A non-ASCII letter run is a word the grammar never knows; keep it one token so
				// that a year glued to it ("März2020") is seen as glued to a word.
				j := i + size
				for j < len(text) {
					r2, s2 := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r2) && !(r2 < utf8.RuneSelf && isASCIILetter(byte(r2))) {
						break
					}
					j += s2
				}
				toks = append(toks, token{s: i, e: j, kind: tkMixed, glued: glued})
				size = j - i
			default:
				toks = append(toks, token{s: i, e: i + size, kind: tkPunct, glued: glued, c: 0x80})
			}
			i += size
		}
		glued = true
	}
	return toks
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
func isASCIIAlnum(c byte) bool  { return isASCIILetter(c) || (c >= '0' && c <= '9') }

// isOrdinalSuffix reports the suffix of an ordinal: English "st", "nd", "rd", "th"; French
// "e", "er", "re", "eme" ("356e session", "1er", "1re").
func isOrdinalSuffix(s string) bool {
	switch strings.ToLower(s) {
	case "e", "er", "re", "eme":
		return true
	}
	if len(s) != 2 {
		return false
	}
	a, b := s[0]|0x20, s[1]|0x20
	return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')
}

// asciiLower lowers ASCII letters only, so byte offsets in the result match the input.
func asciiLower(s string) string {
	hasUpper := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			hasUpper = true
			break
		}
	}
	if !hasUpper {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
