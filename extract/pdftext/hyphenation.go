package pdftext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line-end hyphenation. The producers of the documents read here (word processors, browsers)
// rarely hyphenate automatically, so a hyphen at the end of a line is most often part of a real
// compound ("Organization-wide", "face-to-face", "less-siloed"). The hyphen is therefore kept
// unless the evidence says it was inserted to break a word:
//
//   - the document spells the joined word elsewhere ("develop-" + "ment" when "development"
//     occurs), or
//   - the right fragment is a bare suffix ("tion", "ment", "ing", ...) and the left fragment is
//     not a word that forms compounds ("well", "long", "self", ...).
//
// It is kept whenever the right fragment starts with a capital or a digit, the left fragment
// already holds a hyphen ("whole-of-"), or the document spells the hyphenated form elsewhere.
//
// BUG: an automatic break at another syllable ("em-" + "ployment") keeps its hyphen unless the
// joined word occurs elsewhere in the document.

// vocabulary holds the lower-case words of a document, for the hyphenation rule.
type vocabulary map[string]bool

func (v vocabulary) addText(s string) {
	for _, f := range strings.Fields(s) {
		f = strings.ToLower(trimPunct(f))
		if f != "" {
			v[f] = true
		}
	}
}

func trimPunct(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

var suffixFragments = map[string]bool{
	"tion": true, "tions": true, "sion": true, "sions": true, "ment": true, "ments": true,
	"ing": true, "ings": true, "ity": true, "ities": true, "ness": true, "ance": true,
	"ances": true, "ence": true, "ences": true, "able": true, "ible": true, "al": true,
	"ally": true, "ly": true, "ed": true, "ive": true, "ives": true, "ous": true, "ure": true,
	"ures": true, "ism": true, "ist": true, "ists": true, "ization": true, "isation": true,
	"ational": true, "ation": true, "ations": true, "ary": true, "ory": true, "ical": true,
}

var compoundLefts = map[string]bool{
	"well": true, "long": true, "short": true, "medium": true, "far": true, "high": true,
	"low": true, "full": true, "half": true, "self": true, "cross": true, "multi": true,
	"non": true, "post": true, "pre": true, "anti": true, "inter": true, "intra": true,
	"co": true, "sub": true, "socio": true, "mid": true, "ex": true, "vice": true,
	"decision": true, "country": true, "rights": true, "gender": true, "evidence": true,
	"results": true, "human": true, "time": true, "cost": true, "old": true, "part": true,
	"large": true, "small": true, "top": true, "up": true, "follow": true, "less": true,
	"more": true, "all": true, "year": true, "end": true, "user": true,
}

// joinHyphenated joins a line ending in a hyphen with the next line's first word.
func joinHyphenated(left, right string, v vocabulary) string {
	l := strings.TrimSuffix(left, "-")
	lastSp := strings.LastIndexByte(l, ' ')
	lw := l[lastSp+1:]
	rw := right
	if i := strings.IndexByte(right, ' '); i >= 0 {
		rw = right[:i]
	}
	r, _ := utf8.DecodeRuneInString(rw)
	lr, _ := utf8.DecodeLastRuneInString(lw)
	keep := func() string { return left + right }
	drop := func() string { return l + right }
	if !unicode.IsLetter(lr) || !unicode.IsLower(r) || strings.ContainsRune(lw, '-') {
		return keep()
	}
	lwl := strings.ToLower(trimPunct(lw))
	rcore := strings.ToLower(trimPunct(rw))
	switch {
	case v[lwl+"-"+rcore]:
		return keep()
	case v[lwl+rcore]:
		return drop()
	case suffixFragments[rcore] && !compoundLefts[lwl]:
		return drop()
	}
	return keep()
}

// textJoiner accumulates the lines of one block, undoing line-end hyphenation.
type textJoiner struct {
	b strings.Builder
	v vocabulary
}

// add appends one line's text and returns the byte offset where that text starts in the result.
func (j *textJoiner) add(t string) int {
	t = strings.Join(strings.Fields(t), " ")
	if t == "" {
		return j.b.Len()
	}
	cur := j.b.String()
	switch {
	case cur == "":
		j.b.WriteString(t)
		return 0
	case strings.HasSuffix(cur, "\u00ad"):
		// A soft hyphen only ever marks a break inside a word.
		base := strings.TrimSuffix(cur, "\u00ad")
		j.b.Reset()
		j.b.WriteString(base + t)
		return len(base)
	case strings.HasSuffix(cur, "–") && gluedBefore(strings.TrimSuffix(cur, "–")):
		// An en dash glued to a word ends a range or a compound: "2019–" + "23",
		// "humanitarian–" + "development".
		j.b.WriteString(t)
		return len(cur)
	case endsWithHyphen(cur):
		joined := joinHyphenated(cur, t, j.v)
		j.b.Reset()
		j.b.WriteString(joined)
		return len(joined) - len(t)
	default:
		j.b.WriteByte(' ')
		off := j.b.Len()
		j.b.WriteString(t)
		return off
	}
}

func (j *textJoiner) String() string { return j.b.String() }

// joinLines joins the texts of consecutive lines of one block.
func joinLines(texts []string, v vocabulary) string {
	j := textJoiner{v: v}
	for _, t := range texts {
		j.add(t)
	}
	return j.String()
}

// endsWithHyphen reports a hyphen glued to a letter or digit at the end: "less-", "2019-", not
// " - " or "–".
func endsWithHyphen(s string) bool {
	if !strings.HasSuffix(s, "-") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(s, "-"))
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func gluedBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
