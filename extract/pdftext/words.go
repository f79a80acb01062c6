package pdftext

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"gbtrack/extract/textlayer"
)

// word is a run of glyphs without a gap, with its box in top-left page coordinates.
type word struct {
	text           string
	x0, y0, x1, y1 float64
	size           float64
	bold           bool
	// sup marks a footnote marker: digits (or *, †, ‡) set smaller than the line and raised
	// above its baseline.
	sup bool
}

// Gap thresholds as fractions of the font size. A word space is about a quarter of an em; the
// gap between letters of one word is near zero, even with kerning. Justified text only widens
// word spaces, so a gap threshold below the narrowest space separates words whether or not the
// engine reports space glyphs.
const (
	// wordGapEm is measured from the line's usual gap between letters, so that tracked
	// (letter-spaced) text is not cut into letters.
	wordGapEm = 0.1
	// supSizeRatio: a marker is set at most this fraction of the line's size.
	supSizeRatio = 0.85
)

// mergeLigaturePieces joins glyphs that share one box and follow each other in content-stream
// order into one glyph: PDFium reports a ligature glyph ("ffi", whether its font maps it to
// U+FB03 through ToUnicode or names it "ffi" or "f_f_i") as one character per letter, all with
// the ligature's box. Left apart, the pieces look like a glyph drawn twice to fake bold and the
// copy filter drops a letter ("Office" read "Ofice"). A fake-bold copy is drawn after the whole
// run or offset from the original, so it never shares the box of the glyph just before it.
// gs must be in content-stream order; it is not modified.
func mergeLigaturePieces(gs []Glyph) []Glyph {
	var out []Glyph // nil until a first merge: most lines have no ligature
	for i := 1; i < len(gs); i++ {
		g := gs[i]
		if out == nil {
			if isSpace(g.Text) || isSpace(gs[i-1].Text) || !sameBox(gs[i-1], g) {
				continue
			}
			out = append(make([]Glyph, 0, len(gs)), gs[:i]...)
		}
		last := &out[len(out)-1]
		if !isSpace(g.Text) && !isSpace(last.Text) && sameBox(*last, g) {
			last.Text += g.Text
			continue
		}
		out = append(out, g)
	}
	if out == nil {
		return gs
	}
	return out
}

// sameBox reports two glyph boxes equal to a hundredth of a point.
func sameBox(a, b Glyph) bool {
	const eps = 0.01
	return math.Abs(a.X0-b.X0) < eps && math.Abs(a.X1-b.X1) < eps && math.Abs(a.Y0-b.Y0) < eps && math.Abs(a.Y1-b.Y1) < eps
}

// wordScratch holds buffers buildWords reuses from one line to the next of a page.
type wordScratch struct {
	sorter glyphSorter
	gaps   []float64
	sups   []bool
	words  []word
	ends   []int  // where each word's text ends in text
	text   []byte // the line's words' text, end to end
}

// buildWords splits the glyphs of one line into words, left to right. gs must be in
// content-stream order; buildWords sorts it by x in place. s holds scratch buffers.
func buildWords(gs []Glyph, s *wordScratch) []word {
	gs = mergeLigaturePieces(gs)
	s.sorter.sortStable(gs, func(g Glyph) float64 { return g.X0 })
	size := dominantSize(gs)
	base := baseline(gs, size)
	var letterGap float64
	letterGap, s.gaps = usualLetterGap(gs, s.gaps)

	isSup := func(g Glyph) bool {
		if size <= 0 || g.Size > size*supSizeRatio {
			return false
		}
		r, rn := utf8.DecodeRuneInString(g.Text)
		if rn == 0 || rn != len(g.Text) || !(unicode.IsDigit(r) || strings.ContainsRune("*†‡", r)) {
			return false
		}
		return g.Y1 < base-0.12*size
	}
	sups := slices.Grow(s.sups[:0], len(gs))[:len(gs)]
	s.sups = sups
	for i, g := range gs {
		sups[i] = isSup(g)
	}
	unmarkSmallText(gs, sups)

	// The words' text is written end to end into one buffer and cut into words at the end:
	// one string a line rather than a few a word.
	words, ends, text := s.words[:0], s.ends[:0], s.text[:0]
	var cur word
	open := false
	boldN, n := 0, 0
	var prev Glyph
	flush := func() {
		if !open {
			return
		}
		cur.bold = n > 0 && boldN == n
		words = append(words, cur)
		ends = append(ends, len(text))
		open = false
		boldN, n = 0, 0
	}
	brk := true
	for gi, g := range gs {
		if isSpace(g.Text) {
			if g.X1-g.X0 > 0.05*size {
				brk = true
			}
			continue
		}
		sup := sups[gi]
		if open && !brk {
			// Some producers draw each glyph twice, slightly offset, to fake bold.
			// Double letters ("ll", "ff") sit a glyph's width apart; a copy sits almost on top.
			if g.Text == prev.Text && math.Abs(g.X0-prev.X0) < 0.3*(prev.X1-prev.X0) && math.Abs(g.Y0-prev.Y0) < 0.2*g.Size {
				continue
			}
			gap := g.X0 - cur.x1
			ref := math.Min(g.Size, prev.Size)
			if gap > letterGap+wordGapEm*ref || sup != cur.sup {
				brk = true
			}
		}
		if brk || !open {
			flush()
			cur, open = word{x0: g.X0, y0: g.Y0, x1: g.X1, y1: g.Y1, size: g.Size, sup: sup}, true
			brk = false
		}
		// Presentation forms some engines report for one glyph are spelled out, so that both
		// engines give the same words.
		text = append(text, textlayer.SpellLigatures(g.Text)...)
		cur.x0 = math.Min(cur.x0, g.X0)
		cur.x1 = math.Max(cur.x1, g.X1)
		cur.y0 = math.Min(cur.y0, g.Y0)
		cur.y1 = math.Max(cur.y1, g.Y1)
		cur.size = math.Max(cur.size, g.Size)
		n++
		if g.Bold {
			boldN++
		}
		prev = g
	}
	flush()
	s.words, s.ends, s.text = words, ends, text
	line := string(text)
	start := 0
	for i, end := range ends {
		words[i].text = line[start:end]
		start = end
	}
	// words is scratch: the line keeps a copy.
	return slices.Clone(mergeSplitWords(mergeLetterSpaced(words)))
}

// splitWordMaxGapEm bounds the gap, in ems, across which mergeSplitWords joins two fragments: a
// little more than a word space, never a column gap.
const splitWordMaxGapEm = 0.6

// mergeSplitWords joins two neighbouring words of a line that are fragments of one word split
// by a wide gap inside it ("competenci es", "learnin g", "Externa l", "b een": justified text
// whose letter spacing an engine reads as a space): neither is a word by itself and together
// they are one, by the English word list (see classifyHyphen). "a" and "I" are words; French
// text, which the list lacks, is never joined.
func mergeSplitWords(ws []word) []word {
	if len(ws) < 2 {
		return ws
	}
	var out []word // nil until a first join: most lines have none
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if out == nil {
			if i+1 >= len(ws) || !splitFragments(w, ws[i+1]) {
				continue
			}
			out = append(make([]word, 0, len(ws)), ws[:i]...)
		}
		for i+1 < len(ws) && splitFragments(w, ws[i+1]) {
			n := ws[i+1]
			w.text += n.text
			w.x1 = math.Max(w.x1, n.x1)
			w.y0 = math.Min(w.y0, n.y0)
			w.y1 = math.Max(w.y1, n.y1)
			w.bold = w.bold && n.bold
			i++
		}
		out = append(out, w)
	}
	if out == nil {
		return ws
	}
	return out
}

// splitFragments reports whether a and b, neighbours on a line, are fragments of one word.
func splitFragments(a, b word) bool {
	if a.sup || b.sup || b.x0-a.x1 > splitWordMaxGapEm*math.Max(a.size, b.size) || math.Abs(a.size-b.size) > 0.15*a.size {
		return false
	}
	if !lettersOnly(a.text) {
		return false
	}
	core := strings.TrimRight(b.text, ".,;:)")
	if !lettersOnly(core) {
		return false
	}
	// The right fragment continues a word: lower case ("Externa l"), or all capitals after
	// capitals ("INTERNATIONA L").
	if r, _ := utf8.DecodeRuneInString(core); !unicode.IsLower(r) && !(isUpperWord(a.text) && isUpperWord(core)) {
		return false
	}
	al, bl := strings.ToLower(a.text), strings.ToLower(core)
	isWord := func(w string) bool { return w == "a" || w == "i" || isFragmentWord(w) }
	return !isWord(al) && !frenchFunctionWords[al] && !isWord(bl) && englishWord(al+bl)
}

// frenchFunctionWords are French articles, pronouns and particles: words of their own that the
// English list lacks, so never the left fragment of a split English word ("de mise" is no
// "demise", "si des" no "sides").
var frenchFunctionWords = map[string]bool{
	"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "un": true,
	"une": true, "et": true, "en": true, "au": true, "aux": true, "si": true, "se": true,
	"ce": true, "ces": true, "ne": true, "sa": true, "son": true, "ses": true, "il": true,
	"ils": true, "elle": true, "on": true, "ou": true, "qui": true, "que": true, "par": true,
	"pour": true, "sur": true, "dans": true, "est": true, "sont": true, "pas": true, "plus": true,
	"mise": true, "leur": true, "leurs": true, "nos": true, "vos": true, "cet": true, "cette": true,
}

func isUpperWord(s string) bool { return s != "" && strings.ToUpper(s) == s }

// unmarkSmallText clears the marker flag of a run of small raised digits that is small text,
// not a footnote marker, which stands raised against its neighbours: a run of four digits or
// more (a year: "March 2022" set smaller beside a big "EVALUATION BRIEF"), or a run whose
// nearest glyph on either side, glued or one space away, is a letter or a slash of its own size
// and baseline ("A/RES/79/280" set smaller than the big "A" of a UN masthead). gs is sorted by
// x; sups is indexed like gs.
func unmarkSmallText(gs []Glyph, sups []bool) {
	level := func(a, b Glyph) bool {
		sz := math.Max(a.Size, b.Size)
		return math.Abs(a.Size-b.Size) < 0.1*sz && math.Abs(a.Y1-b.Y1) < 0.15*sz
	}
	smallText := func(run Glyph, k, step int) bool {
		for ; k >= 0 && k < len(gs) && isSpace(gs[k].Text); k += step {
		}
		if k < 0 || k >= len(gs) {
			return false
		}
		nb := gs[k]
		r, rn := utf8.DecodeRuneInString(nb.Text)
		if rn == 0 || rn != len(nb.Text) || !(unicode.IsLetter(r) || r == '/') {
			return false
		}
		gap := math.Max(run.X0-nb.X1, nb.X0-run.X1)
		return gap < 0.5*run.Size && level(run, nb)
	}
	for i := 0; i < len(gs); {
		if !sups[i] {
			i++
			continue
		}
		j := i
		for j < len(gs) && sups[j] {
			j++
		}
		if j-i >= 4 || smallText(gs[i], i-1, -1) || smallText(gs[j-1], j, 1) {
			for k := i; k < j; k++ {
				sups[k] = false
			}
		}
		i = j
	}
}

// mergeLetterSpaced joins runs of four or more single letters set with even, narrow gaps
// ("I N S T I T U T I O N A L"): letter-spaced headings, not words.
func mergeLetterSpaced(ws []word) []word {
	single := func(w word) bool {
		r, n := utf8.DecodeRuneInString(w.text)
		return n > 0 && n == len(w.text) && unicode.IsLetter(r) && !w.sup
	}
	var out []word // nil until a first join: most lines have none
	for i := 0; i < len(ws); {
		j := i + 1
		if single(ws[i]) {
			for j < len(ws) && single(ws[j]) && ws[j].x0-ws[j-1].x1 < 0.6*ws[j].size {
				j++
			}
		}
		if j-i < 4 {
			if out != nil {
				out = append(out, ws[i])
			}
			i++
			continue
		}
		if out == nil {
			out = append(make([]word, 0, len(ws)), ws[:i]...)
		}
		m := ws[i]
		for _, w := range ws[i+1 : j] {
			m.text += w.text
			m.x1 = math.Max(m.x1, w.x1)
			m.y0 = math.Min(m.y0, w.y0)
			m.y1 = math.Max(m.y1, w.y1)
			m.bold = m.bold && w.bold
		}
		out = append(out, m)
		i = j
	}
	if out == nil {
		return ws
	}
	return out
}

// usualLetterGap returns the gap most neighbouring glyphs of the line keep: near zero, or the
// tracking of letter-spaced text. Most neighbours are letters of one word, so a low quantile
// of the gaps is a letter gap.
// gaps is scratch space, returned for reuse.
func usualLetterGap(gs []Glyph, gaps []float64) (float64, []float64) {
	gaps = gaps[:0]
	for i := 1; i < len(gs); i++ {
		if isSpace(gs[i].Text) || isSpace(gs[i-1].Text) {
			continue
		}
		gaps = append(gaps, gs[i].X0-gs[i-1].X1)
	}
	if len(gaps) < 8 {
		return 0, gaps
	}
	slices.Sort(gaps)
	return math.Max(0, math.Min(gaps[len(gaps)*3/10], 0.2*gs[0].Size)), gaps
}

// baseline estimates the bottom of the line's body glyphs: the most common bottom among glyphs
// of the dominant size.
func baseline(gs []Glyph, size float64) float64 {
	// A line has a handful of bottoms, so a slice beats a map.
	type tally struct {
		y float64
		n int
	}
	var counts [8]tally
	count := counts[:0]
	best, bestN := 0.0, 0
	for _, g := range gs {
		if isSpace(g.Text) || math.Abs(g.Size-size) > 0.15*size {
			continue
		}
		y := math.Round(g.Y1*2) / 2
		i := 0
		for i < len(count) && count[i].y != y {
			i++
		}
		if i == len(count) {
			count = append(count, tally{y: y})
		}
		count[i].n++
		if count[i].n > bestN {
			best, bestN = y, count[i].n
		}
	}
	if bestN == 0 {
		for _, g := range gs {
			best = math.Max(best, g.Y1)
		}
	}
	return best
}
