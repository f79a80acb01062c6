package pdftext

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"gbtrack/extract/textlayer"
)

// Blocks: paragraphs and headings from the body lines left after furniture, footnotes and
// tables are taken out. A new block starts at
//
//   - a vertical gap larger than the usual line gap,
//   - a change of boldness or font size,
//   - a paragraph number ("12. ", "(a) ") at the left margin,
//   - a first-line indent,
//   - a line after one that ended early: the new line's first word would have fitted on it, so
//     the break was a hard one (works for justified and ragged text alike).
//
// A paragraph that ends a page without ending there (its last line is full or has no final
// punctuation) continues on the next page when the next page starts with a plain line; the
// block then records a PageBreak.

var paraNumberRe = regexp.MustCompile(`^(\d{1,3}(\.\d{1,2})*\.|\(?[a-zA-Z]{1,4}\)|\(\d{1,3}\)|[•▪●◦‣∙])(\s|$)`)

// docMetrics are the measures of the body text that the block rules compare against.
//
// BUG: the body size is the size with the most characters; in a document that is mostly one
// big table in a smaller type, the table's size wins and real body text reads as headings.
type docMetrics struct {
	bodySize float64
	lineGap  float64 // usual gap between consecutive body lines
	left     map[int]float64
	right    map[int]float64
}

func measure(pages []pageLines) docMetrics {
	m := docMetrics{left: map[int]float64{}, right: map[int]float64{}}
	chars := map[float64]int{}
	for _, p := range pages {
		for _, l := range p.lines {
			chars[l.size] += len(l.text())
		}
	}
	best := 0
	for s, n := range chars {
		if n > best || (n == best && s > m.bodySize) {
			m.bodySize, best = s, n
		}
	}
	var gaps []float64
	var allLeft, allRight []float64
	var docXs, docRights []float64 // every body line's, for a document too short for the rule
	for _, p := range pages {
		var xs []float64
		right := 0.0
		var prev *line
		for i := range p.lines {
			l := &p.lines[i]
			if math.Abs(l.size-m.bodySize) > 0.5 {
				prev = nil
				continue
			}
			xs = append(xs, math.Round(l.x0))
			docXs = append(docXs, math.Round(l.x0))
			docRights = append(docRights, l.x1)
			right = math.Max(right, l.x1)
			if prev != nil {
				if g := gapBetween(*prev, *l); g >= 0 && g < l.size {
					gaps = append(gaps, g)
				}
			}
			prev = l
		}
		// A page with a handful of body lines (a heading over a table) says little about its
		// margins; it borrows the document's.
		if len(xs) >= 5 {
			m.left[p.number] = mode(xs)
			m.right[p.number] = right
			allLeft = append(allLeft, m.left[p.number])
			allRight = append(allRight, right)
		}
	}
	m.lineGap = 0.2 * m.bodySize
	if len(gaps) > 0 {
		m.lineGap = median(gaps)
	}
	// Pages with little body text borrow the document's margins; a document with little body
	// text on every page (a one-page paper of two paragraphs) takes them from all its body
	// lines.
	if len(allLeft) == 0 && len(docXs) > 0 {
		allLeft = []float64{mode(docXs)}
		allRight = []float64{slices.Max(docRights)}
	}
	for _, p := range pages {
		if _, ok := m.left[p.number]; !ok && len(allLeft) > 0 {
			m.left[p.number] = mode(allLeft)
			m.right[p.number] = median(allRight)
		}
	}
	return m
}

func mode(xs []float64) float64 {
	count := map[float64]int{}
	best, bestN := 0.0, 0
	for _, x := range xs {
		count[x]++
		if count[x] > bestN || (count[x] == bestN && x < best) {
			best, bestN = x, count[x]
		}
	}
	return best
}

// element is a body line or a table, in page order.
type element struct {
	line  *line
	table *pageTable
}

func pageElements(p pageLines, tables []pageTable) []element {
	var out []element
	ti := 0
	for i := 0; i < len(p.lines); i++ {
		if ti < len(tables) && i == tables[ti].first {
			out = append(out, element{table: &tables[ti]})
			i = tables[ti].last
			ti++
			continue
		}
		out = append(out, element{line: &p.lines[i]})
	}
	return out
}

// blockBuilder accumulates the lines of the block being read.
type blockBuilder struct {
	lines  []line
	join   textJoiner
	breaks []textlayer.PageBreak
}

func (m docMetrics) leftOf(l line) float64 {
	if l.colRight > 0 {
		return l.colLeft
	}
	return m.left[l.page]
}

func (m docMetrics) rightOf(l line) float64 {
	if l.colRight > 0 {
		return l.colRight
	}
	return m.right[l.page]
}

func (m docMetrics) atLeft(l line) bool {
	return math.Abs(l.x0-m.leftOf(l)) <= 0.6*l.size
}

// hardBreak reports whether prev ended early: the next line's first word would have fitted.
func (m docMetrics) hardBreak(prev, l line) bool {
	if len(l.words) == 0 {
		return false
	}
	w0 := l.words[0]
	right := m.rightOf(prev)
	if prev.runRight > 0 {
		right = math.Min(right, prev.runRight)
	} else if prev.x1 >= right-0.12*(right-m.leftOf(prev)) {
		// No measure of its own (a passage of two lines in a box narrower than the page): a
		// line this close to the page's edge is taken as full.
		return false
	}
	return prev.x1+0.35*l.size+(w0.x1-w0.x0) < right-1
}

// isRunInHead reports whether prev, a bold line, is the run-in head of a numbered paragraph
// that l, in regular type, goes on with ("1. Fund the peace committees." over "Local peace
// committees should ..."): it starts with a paragraph number and ends a sentence, which a
// heading does not. A narrow column leaves such a head alone on its line.
func isRunInHead(prev, l line) bool {
	t := strings.TrimSpace(prev.text())
	return prev.bold() && !l.bold() && paraNumberRe.MatchString(t) && strings.HasSuffix(t, ".")
}

// startsBlock reports whether l cannot continue the block whose last line is prev.
func (m docMetrics) startsBlock(prev, l line, samePage bool) bool {
	if (prev.bold() != l.bold() && !isRunInHead(prev, l)) || math.Abs(prev.size-l.size) > 0.8 {
		return true
	}
	if m.numberedStart(prev, l) || isSplitLine(prev) || isSplitLine(l) {
		return true
	}
	if m.atLeft(prev) && l.x0 > m.leftOf(l)+0.9*l.size && !hangingUnder(prev, l) && !paraNumberRe.MatchString(prev.text()) {
		return true
	}
	if samePage {
		g := gapBetween(prev, l)
		if g > m.lineGap+0.35*math.Max(l.size, prev.size) {
			return true
		}
		// A line that ends a sentence, then a gap a fifth of a line wider than the usual: the
		// space a list item or a paragraph keeps after it (a browser's list of items whose
		// bullets are drawn as shapes, lost with them), though the next item's first word
		// would not have fitted on the line.
		if endsSentence(prev) && g > m.lineGap+0.2*math.Max(l.size, prev.size) {
			return true
		}
		return m.hardBreak(prev, l)
	}
	t := strings.TrimSpace(prev.text())
	ends := strings.IndexAny(t[len(t)-1:], ".!?:;") >= 0
	return ends && m.hardBreak(prev, l)
}

// endsSentence reports a line whose text ends with a sentence's or a list item's final
// punctuation.
func endsSentence(l line) bool {
	t := strings.TrimSpace(l.text())
	return t != "" && strings.IndexAny(t[len(t)-1:], ".!?;") >= 0
}

// numberedStart reports a line that opens a numbered paragraph or list item: a number at the
// left margin ("12. "), or an item mark ("(b)", "•") no further right than the line before it
// after a line that ends a clause, as in a decision's "(a) ...; (b) ...".
func (m docMetrics) numberedStart(prev, l line) bool {
	t := l.text()
	if !paraNumberRe.MatchString(t) {
		return false
	}
	if t[0] >= '0' && t[0] <= '9' {
		return m.atLeft(l)
	}
	if !m.atLeft(l) && l.x0 > prev.x0+0.6*l.size {
		return false
	}
	p := strings.TrimSpace(prev.text())
	return strings.IndexAny(p[len(p)-1:], ";:.") >= 0 || strings.HasSuffix(p, " and") || strings.HasSuffix(p, " or")
}

// isSplitLine reports a short line in two parts far apart, such as a cover page's "Institutional
// Section ... INS": a label, not running text, so it stands alone.
func isSplitLine(l line) bool {
	if len(l.words) > 5 {
		return false
	}
	for i := 1; i < len(l.words); i++ {
		if l.words[i].x0-l.words[i-1].x1 > 8*l.size {
			return true
		}
	}
	return false
}

// hangingUnder reports a continuation aligned under the text after a list number or bullet.
func hangingUnder(prev, l line) bool {
	if len(prev.words) < 2 || !paraNumberRe.MatchString(prev.words[0].text+" ") {
		return false
	}
	return math.Abs(prev.words[1].x0-l.x0) < 2
}

// markRuns sets runRight on every line of a page.
func (m docMetrics) markRuns(p *pageLines) {
	ls := p.lines
	for i := 0; i < len(ls); {
		j := i + 1
		for j < len(ls) {
			a, b := ls[j-1], ls[j]
			g := gapBetween(a, b)
			if g < -0.5*b.size || g > m.lineGap+0.35*math.Max(a.size, b.size) || math.Abs(a.size-b.size) > 0.8 || a.bold() != b.bold() {
				break
			}
			j++
		}
		right := 0.0
		for k := i; k < j; k++ {
			right = math.Max(right, ls[k].x1)
		}
		// The run sets its own measure only when two lines at least reach it; a list of
		// short lines has none.
		full := 0
		for k := i; k < j; k++ {
			if ls[k].x1 >= right-ls[k].size {
				full++
			}
		}
		if full < 2 {
			right = 0
		}
		for k := i; k < j; k++ {
			ls[k].runRight = right
		}
		i = j
	}
}

// buildBlocks assembles the document's blocks from its pages' lines and tables.
func buildBlocks(pages []pageLines, tables [][]pageTable, m docMetrics, v vocabulary) []textlayer.Block {
	var blocks []textlayer.Block
	var cur *blockBuilder
	var lastTable *pageTable // the table block just emitted, for continuation
	flush := func() {
		if cur == nil || len(cur.lines) == 0 {
			cur = nil
			return
		}
		blocks = append(blocks, m.finish(cur))
		cur = nil
	}
	for pi := range pages {
		m.markRuns(&pages[pi])
	}
	for pi, p := range pages {
		els := pageElements(p, tables[pi])
		for ei, e := range els {
			if e.table != nil {
				t := e.table
				if ei == 0 && cur == nil && lastTable != nil && lastTable.reachesEnd && (t.continued || lastTable.headerKey == t.headerKey) &&
					len(blocks) > 0 && blocks[len(blocks)-1].Kind == textlayer.Table {
					// The same table continues with its header repeated: drop the header.
					bt := blocks[len(blocks)-1].Table
					first := true
					for _, r := range t.data.Rows {
						if r.Header {
							continue
						}
						if first && continuesRow(bt.Rows[len(bt.Rows)-1], r) {
							bt.Rows[len(bt.Rows)-1] = joinRows(bt.Rows[len(bt.Rows)-1], r, v)
						} else {
							bt.Rows = append(bt.Rows, r)
						}
						first = false
					}
					lastTable = t
					continue
				}
				flush()
				blocks = append(blocks, textlayer.Block{Kind: textlayer.Table, Page: p.number, Table: t.data})
				lastTable = t
				continue
			}
			l := *e.line
			if cur != nil {
				prev := cur.lines[len(cur.lines)-1]
				samePage := prev.page == l.page
				if m.startsBlock(prev, l, samePage) || (!samePage && ei != 0) {
					flush()
				}
			}
			if cur == nil {
				cur = &blockBuilder{join: textJoiner{v: v}}
			}
			off := cur.join.add(l.text())
			if len(cur.lines) > 0 && cur.lines[len(cur.lines)-1].page != l.page {
				cur.breaks = append(cur.breaks, textlayer.PageBreak{Offset: off, Page: l.page})
			}
			cur.lines = append(cur.lines, l)
			lastTable = nil
		}
		// A block never continues past a page whose last element is not the block's line.
		if len(els) > 0 && els[len(els)-1].table != nil {
			flush()
		}
	}
	flush()
	return blocks
}

// finish turns the accumulated lines into a paragraph or heading.
func (m docMetrics) finish(b *blockBuilder) textlayer.Block {
	blk := textlayer.Block{Kind: textlayer.Paragraph, Text: b.join.String(), Page: b.lines[0].page, Breaks: b.breaks}
	bold := true
	size := 0.0
	for _, l := range b.lines {
		if !l.bold() {
			bold = false
		}
		size = math.Max(size, l.size)
	}
	blk.Bold = bold
	if m.isHeading(blk.Text, len(b.lines), bold, size) {
		blk.Kind = textlayer.Heading
	}
	return blk
}

func (m docMetrics) isHeading(text string, lines int, bold bool, size float64) bool {
	if lines > 3 || len(text) > 250 || text == "" {
		return false
	}
	last, _ := lastRune(text)
	if size >= m.bodySize+1 {
		return true
	}
	if bold && !strings.ContainsRune(".;", last) {
		return true
	}
	// A short line in capitals.
	hasLetter := false
	for _, r := range text {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			hasLetter = true
		}
	}
	return hasLetter && len(text) <= 80 && lines == 1
}

func lastRune(s string) (rune, int) {
	r := []rune(s)
	if len(r) == 0 {
		return 0, 0
	}
	return r[len(r)-1], 1
}

// sortLines orders lines top to bottom, then left to right.
func sortLines(ls []line) {
	sort.SliceStable(ls, func(i, j int) bool {
		if math.Abs(ls[i].y0-ls[j].y0) > 1 {
			return ls[i].y0 < ls[j].y0
		}
		return ls[i].x0 < ls[j].x0
	})
}
