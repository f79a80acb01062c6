package pdftext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hyphenation. The producers of the documents read here (word processors, browsers) rarely
// hyphenate automatically, so a hyphen at the end of a line is most often part of a real
// compound ("Organization-wide", "face-to-face", "less-siloed"). A hyphen glued between two
// fragments is classed with an English word list (see englishWords) and the document's own
// words:
//
//   - a break: the joined form is a word and one fragment is not ("imple-" + "mentation",
//     "sub-" + "mit", "Novem-" + "ber"): no one writes the hyphen, so a typesetter or a soft
//     hyphen put it there;
//   - ambiguous: the joined form is a word and so are both fragments, or the left one is a
//     prefix ("work-plan", "co-operation", "sub-committee"): both spellings exist;
//   - a compound: the joined form is not a word ("decision-making", "follow-up" aside).
//
// At a line end, a break is joined, and so is a fragment pair the document spells joined
// elsewhere or a bare suffix ("tion", "ment", "ing", ...) after a left fragment that does not
// form compounds ("well", "long", "self", ...); the hyphen is kept when the right fragment
// starts with a capital or a digit, the left fragment already holds a hyphen ("whole-of-"),
// or the document spells the hyphenated form elsewhere. Inside a line, a break is joined too:
// it can only be a soft hyphen (U+00AD) that the producer drew as a visible hyphen, and a font
// with WinAnsiEncoding maps code 0xAD to the hyphen glyph (PDF 32000-1, D.2), so engines report
// it as "-". A document with at least softHyphenEvidence such breaks inside lines prints its
// soft hyphens visibly, and there the ambiguous pairs are joined as well, inside lines and at
// their ends.
//
// French words are not in the list: French line ends are joined on the document's own words
// and the suffix rule only.
//
// BUG: an automatic break at a syllable of a French word ("dévelop-" + "pement") keeps its
// hyphen unless the document spells the joined word elsewhere.

// softHyphenEvidence is how many word breaks inside lines show a document's soft hyphens drawn
// as hyphens: one could be a typing slip, two are the producer's habit.
const softHyphenEvidence = 2

// vocabulary holds the lower-case words of a document and what its lines show of its
// hyphens, for the hyphenation rule. The zero value is empty and ready to use.
type vocabulary struct {
	words map[string]bool
	// softBreaks counts hyphens inside lines that break a word ("Gov-erning").
	softBreaks int
}

// addText records the words of one line.
func (v *vocabulary) addText(s string) {
	if v.words == nil {
		v.words = map[string]bool{}
	}
	s = stripSoftHyphens(s)
	for _, f := range strings.Fields(s) {
		if a, b, ok := hyphenPair(f); ok && breaksInsideLine(a, b, vocabulary{}) {
			v.softBreaks++
		}
		f = strings.ToLower(trimPunct(f))
		if f != "" {
			v.words[f] = true
		}
	}
}

func (v vocabulary) has(w string) bool { return v.words[w] }

// softHyphens reports a document that draws its soft hyphens as hyphens.
func (v vocabulary) softHyphens() bool { return v.softBreaks >= softHyphenEvidence }

func trimPunct(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// stripSoftHyphens removes soft hyphens (U+00AD) except one that ends s: that one marks a
// break at the line's end, which the joiner undoes.
func stripSoftHyphens(s string) string {
	if !strings.Contains(s, "\u00ad") {
		return s
	}
	body, end := s, ""
	if t := strings.TrimRight(s, " "); strings.HasSuffix(t, "\u00ad") {
		body, end = strings.TrimSuffix(t, "\u00ad"), "\u00ad"
	}
	return strings.ReplaceAll(body, "\u00ad", "") + end
}

var suffixFragments = map[string]bool{
	"tion": true, "tions": true, "sion": true, "sions": true, "ment": true, "ments": true,
	"ing": true, "ings": true, "ity": true, "ities": true, "ness": true, "ance": true,
	"ances": true, "ence": true, "ences": true, "able": true, "ible": true, "al": true,
	"ally": true, "ly": true, "ed": true, "ive": true, "ives": true, "ous": true, "ure": true,
	"ures": true, "ism": true, "ist": true, "ists": true, "ization": true, "isation": true,
	"ational": true, "ation": true, "ations": true, "ary": true, "ory": true, "ical": true,
	// French
	"ique": true, "iques": true, "ité": true, "ités": true, "ement": true, "ements": true,
	"aire": true, "aires": true, "elle": true, "elles": true, "ables": true,
}

// compoundLefts are words and prefixes that form hyphenated compounds.
var compoundLefts = map[string]bool{
	"well": true, "long": true, "short": true, "medium": true, "far": true, "high": true,
	"low": true, "full": true, "half": true, "self": true, "cross": true, "multi": true,
	"non": true, "post": true, "pre": true, "anti": true, "inter": true, "intra": true,
	"co": true, "sub": true, "socio": true, "mid": true, "ex": true, "vice": true,
	"decision": true, "country": true, "rights": true, "gender": true, "evidence": true,
	"results": true, "human": true, "time": true, "cost": true, "old": true, "part": true,
	"large": true, "small": true, "top": true, "up": true, "follow": true, "less": true,
	"more": true, "all": true, "year": true, "end": true, "user": true,
	"re": true, "un": true, "semi": true, "counter": true, "macro": true, "micro": true,
	"trans": true, "bi": true, "tri": true, "extra": true, "over": true, "under": true,
	"sous": true, "auto": true, "contre": true, "demi": true, "e": true,
}

// shortWords are the English words of two letters that end or start compounds ("follow-up",
// "built-in", "add-on"); the list holds words of three letters or more.
var shortWords = map[string]bool{
	"up": true, "in": true, "on": true, "by": true, "of": true, "to": true, "at": true,
	"go": true, "do": true, "no": true, "so": true, "be": true, "it": true, "as": true,
	"an": true, "or": true, "if": true, "me": true, "we": true, "us": true, "is": true,
}

// hyphenClass is what a hyphen between two fragments is; see the package comment above.
type hyphenClass int

const (
	hyphenCompound hyphenClass = iota
	hyphenAmbiguous
	hyphenBreak
)

// classifyHyphen classes the hyphen of left-right, both lower-case letters only. A joined form
// the document spells is a word too; a fragment is a word only by the list, since the
// document's own words include the fragments of its broken lines.
func classifyHyphen(left, right string, v vocabulary) hyphenClass {
	if !englishWord(left+right) && !v.has(left+right) {
		return hyphenCompound
	}
	if (compoundLefts[left] || isFragmentWord(left)) && isFragmentWord(right) {
		return hyphenAmbiguous
	}
	return hyphenBreak
}

// isFragmentWord reports whether a fragment of a hyphenated pair is a word by itself.
func isFragmentWord(w string) bool {
	if utf8.RuneCountInString(w) < 3 {
		return shortWords[w]
	}
	return englishWord(w)
}

// breaksInsideLine reports a hyphen inside a line that breaks a word: a break whose left
// fragment has three letters or more and whose right fragment is no word. Inside a line the
// test is stricter than at a line end, since a compound printed so stays on the page:
// "criss-crossing" and "ad-hoc" are spellings, not breaks.
func breaksInsideLine(left, right string, v vocabulary) bool {
	return utf8.RuneCountInString(left) >= 3 && !isFragmentWord(right) && classifyHyphen(left, right, v) == hyphenBreak
}

// hyphenPair splits a word holding one hyphen between lower-case letters ("imple-mentation",
// "Gov-erning,") into its lower-cased fragments, punctuation around the word dropped.
func hyphenPair(f string) (left, right string, ok bool) {
	f = trimPunct(f)
	i := strings.IndexByte(f, '-')
	if i <= 0 || strings.Count(f, "-") != 1 || i == len(f)-1 {
		return "", "", false
	}
	l, r := f[:i], f[i+1:]
	if !lettersOnly(l) || !lettersOnly(r) {
		return "", "", false
	}
	if first, _ := utf8.DecodeRuneInString(r); !unicode.IsLower(first) {
		return "", "", false
	}
	return strings.ToLower(l), r, true
}

func lettersOnly(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// joinSoftBreaks joins the words of one line that a hyphen breaks ("imple-mentation"). In a
// document that draws its soft hyphens, it joins the ambiguous ones too ("work-plan") once the
// block has shown a break of its own (*breaks counts them): a heading's "Follow-up" keeps its
// hyphen, a paragraph that reads "Gov-erning" loses it in "work-plan".
//
// BUG: an ambiguous pair before the block's first break keeps its hyphen.
func joinSoftBreaks(t string, v vocabulary, breaks *int) string {
	if !strings.Contains(t, "-") {
		return t
	}
	fs := strings.Split(t, " ")
	changed := false
	for i, f := range fs {
		a, b, ok := hyphenPair(f)
		if !ok {
			continue
		}
		brk := breaksInsideLine(a, b, v)
		if brk {
			*breaks++
		}
		if brk || (v.softHyphens() && *breaks > 0 && classifyHyphen(a, b, v) != hyphenCompound) {
			fs[i] = strings.Replace(f, "-", "", 1)
			changed = true
		}
	}
	if !changed {
		return t
	}
	return strings.Join(fs, " ")
}

// joinHyphenated joins a line ending in a hyphen with the next line's first word.
// breaks counts the breaks the block has shown; a break joined here adds one.
func joinHyphenated(left, right string, v vocabulary, breaks *int) string {
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
	case v.has(lwl + "-" + rcore):
		return keep()
	case v.has(lwl + rcore):
		return drop()
	}
	if lettersOnly(lwl) && lettersOnly(rcore) {
		switch classifyHyphen(lwl, rcore, v) {
		case hyphenBreak:
			*breaks++
			return drop()
		case hyphenAmbiguous:
			if v.softHyphens() && *breaks > 0 {
				return drop()
			}
			return keep()
		}
	}
	if suffixFragments[rcore] && !compoundLefts[lwl] {
		return drop()
	}
	return keep()
}

// textJoiner accumulates the lines of one block, undoing line-end hyphenation.
type textJoiner struct {
	b      strings.Builder
	v      vocabulary
	breaks int // word breaks seen in the block, inside lines or at their ends
}

// add appends one line's text and returns the byte offset where that text starts in the result.
func (j *textJoiner) add(t string) int {
	t = joinSoftBreaks(strings.Join(strings.Fields(stripSoftHyphens(t)), " "), j.v, &j.breaks)
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
		joined := joinHyphenated(cur, t, j.v, &j.breaks)
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
