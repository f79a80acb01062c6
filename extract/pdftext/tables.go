package pdftext

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"gbtrack/extract/textlayer"
)

// Tables are rebuilt from x positions; the model is a grid of columns, each with the x where
// its text starts and the x its text reaches, and rows of cells. A table starts at a header row:
// a line whose words form at least two groups separated by wide gaps, possibly wrapped over
// further lines (a tall header may list its last column's values one a line). The columns are
// the extents of the text under the header (alignColumns): each header group seeds a column
// that every body group overlapping it alone widens, so a header centred over left-aligned
// cells, or cells centred under their header, give the same grid. The header is confirmed by
// an aligned line soon after it (rows spanning the table may come first): a line with text in
// two or more columns, each cell starting at its column's start or centred in it. Following
// lines are split into the columns by x:
//
//   - a line whose words cross a column boundary is a row spanning the table (a group heading,
//     a recommendation over its actions); when it is not bold it must be followed by an aligned
//     line, or run to the foot of the page, or the table has ended;
//   - a new row starts where the first column starts a numbered entry, where a column gets text
//     again after it had stopped (cells are top-aligned and contiguous), after a vertical gap
//     (where rows are numbered, only a gap near the one above a numbered row), or at a line
//     alone in the first column that is larger or newly bold; other lines continue the cells
//     of the current row;
//   - the table ends at a large vertical gap, a change of font size in a line that is no row,
//     a line that fits no column, or the header of a table with more columns.
//
// Rows set apart by padding (several gaps well above the gap between a cell's lines) are cut
// at those gaps alone, which keeps cells centred vertically in their row together. Where the
// first column holds the rows' numbers alone, centred vertically beside cells that wrap, and the
// padding is no wider than a cell's line spacing (LibreOffice), the gaps say nothing: each number
// stands at its row's centre, so rows meet midway between consecutive numbers (numberBands).
// A body whose lines join cells set at different heights (cells centred vertically beside cells
// that wrap, as LibreOffice and Word print them: a recommendation centred beside its key
// actions) is read by columns instead of lines (cellblocks.go), before numberBands, wherever
// its padding lets the columns be cut into cells.
// A table that runs to the foot of a page continues on the next one, with its header repeated
// or not; the first row there joins the last one when it is the rest of a row split by the page
// break (continuesRow). A "table" whose first column holds only list markers and the first
// words of wrapped lines that go on across the next column is numbered paragraphs with an
// indented number (numberedParagraphs) and is left to blocks.go.
//
// BUG: ruling lines are not read (the engines give glyphs only), so a ruled table whose cells
// hold sub-tables (a management-response matrix) is rebuilt from whitespace alone and may split
// or merge its blocks wrongly. A table whose first line does not fall into two groups (no
// header, first cell empty) is read as paragraphs. A table continued on the next page without
// its header is only recognised when the new page starts with an aligned or numbered row, or
// with the rest of a row beside nothing soon followed by an aligned line (restOfRow).

const (
	headerGapEm = 1.2 // the gap between header groups, in ems of the line
	colTolPt    = 3.0 // slack for a left edge on a column start, in points
)

var numericRe = regexp.MustCompile(`^[-+−(]?[$€£]?\d[\d,. ]*%?\)?$`)

// tableNoteRe matches the label that opens a note printed under a table: "Source:", "Notes:",
// "Note :", "Sources :" (French spacing).
var tableNoteRe = regexp.MustCompile(`^(?:Sources?|Notes?)\s?:(?:\s|$)`)

var rowNumberRe = regexp.MustCompile(`^(\d{1,3}(\.\d{1,2})*[.)]|\(?[a-zA-Z0-9]{1,4}\)|[•▪●◦‣∙·-])(\s|$)`)

// subNumberRe matches the number of a sub-item without a closing point ("2.2 Publish").
var subNumberRe = regexp.MustCompile(`^\d{1,3}(\.\d{1,2})+\s`)

// numberedText reports text that opens with a row's number (rowNumberRe) or a sub-item's
// (subNumberRe).
func numberedText(text string) bool {
	return rowNumberRe.MatchString(text) || subNumberRe.MatchString(text)
}

// pageTable is a table found on one page; lines first..last (inclusive) of the page are its.
type pageTable struct {
	first, last int
	grid        grid
	headerKey   string
	continued   bool // continues the previous page's table without a repeated header
	data        *textlayer.TableData
	reachesEnd  bool // the table's last line is the page's last body line
	depth       int  // nesting of the reading: a table read to test a line as a header has 1
	// centredNumbers: the first column holds the rows' numbers centred vertically in their
	// rows (see numbersFirstColumn); a table continued on the next page keeps it.
	centredNumbers bool
}

// segments splits a line's words where the gap exceeds gapEm ems. The segments share the
// line's words (capacity cut at their end): callers read them.
func segments(l line, gapEm float64) [][]word {
	cut := func(i int) bool { return i > 0 && l.words[i].x0-l.words[i-1].x1 > gapEm*l.size }
	n := 0
	for i := range l.words {
		if i == 0 || cut(i) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	segs := make([][]word, 0, n)
	start := 0
	for i := 1; i <= len(l.words); i++ {
		if i == len(l.words) || cut(i) {
			segs = append(segs, l.words[start:i:i])
			start = i
		}
	}
	return segs
}

// columnOf returns the column a word starts in.
func columnOf(cols []float64, x float64) int {
	c := 0
	for i, s := range cols {
		if x >= s-colTolPt {
			c = i
		}
	}
	return c
}

// grid is a table's columns: where each starts (the left edge of its header text) and where
// its header text ends.
type grid struct {
	starts, ends []float64
	// rights, when set, is the right edge of each column's text, header and body: a cell
	// centred in its column starts anywhere from the column's start to there.
	rights []float64
}

// inGutter reports a data word that starts after a wide gap between the end of column c's
// header text and the start of column c+1's: a cell whose header is centred or indented.
func (g grid) inGutter(c int, x, size float64) bool {
	end := g.ends
	if len(g.rights) == len(g.starts) {
		end = g.rights // the column's text, not only its header, reaches there
	}
	return c+1 < len(g.starts) && x > end[c]+0.5*size && x < g.starts[c+1]-colTolPt
}

// inside reports a cell centred in column c: its middle is the middle of the column's text.
func (g grid) inside(c int, ws []word, size float64) bool {
	if len(g.rights) != len(g.starts) {
		return false
	}
	mid := (ws[0].x0 + ws[len(ws)-1].x1) / 2
	return math.Abs(mid-(g.starts[c]+g.rights[c])/2) <= colTolPt+0.3*size
}

// assign splits a line's words into columns. crossing reports a word that runs over the start of
// the next column.
func (g grid) assign(l line) (cells [][]word, crossing bool) {
	cols := g.starts
	cells = make([][]word, len(cols))
	segCol := 0
	for i, w := range l.words {
		c := columnOf(cols, w.x0)
		if i == 0 || w.x0-l.words[i-1].x1 > l.size {
			if g.inGutter(c, w.x0, l.size) {
				c++
			}
			segCol = c
		}
		c = max(c, segCol)
		if c+1 < len(cols) && w.x1 > cols[c+1]+colTolPt {
			crossing = true
		}
		cells[c] = append(cells[c], w)
	}
	if l.x0 < cols[0]-3*l.size || g.runsOn(l, cells) {
		crossing = true
	}
	// Bold text that flows over a column start with an ordinary word space is a group heading
	// running across the table, even when no word happens to straddle the start.
	if l.bold() && g.startsAligned(cells) < 2 {
		var prev *word
		for c := range cells {
			if len(cells[c]) == 0 {
				continue
			}
			if prev != nil && cells[c][0].x0-prev.x1 < 0.6*l.size {
				crossing = true
			}
			prev = &cells[c][len(cells[c])-1]
		}
	}
	return cells, crossing
}

// pastRight reports a line that runs ems ems or more past the right edge of the table's text
// (rights); false for a grid without column extents.
func (g grid) pastRight(l line, ems float64) bool {
	return len(g.rights) == len(g.starts) && l.x1 >= g.rights[len(g.rights)-1]+ems*l.size
}

// runsOn reports a line of running text that falls into two or more columns only because a
// word happens to start on a column's start: no gap between its words is wider than a word space
// (tightGapEm), and it runs an em or more past the right edge of the table's text (rights). A
// paragraph under a table, as wide as the page, is such a line; a row whose cells are set a
// little more than a word space apart keeps within the table.
func (g grid) runsOn(l line, cells [][]word) bool {
	if !g.pastRight(l, 1) {
		return false
	}
	used := 0
	for _, ws := range cells {
		if len(ws) > 0 {
			used++
		}
	}
	if used < 2 || len(l.words) < 4 {
		return false
	}
	_, widest := wordGaps(l)
	return widest <= tightGapEm*l.size
}

// startsAligned counts the cells after the first that start at their column's start: two or
// more say a row of cells (a bold row of instructions under the header), not a heading that
// runs across the table, whose words fall on column starts only by chance.
func (g grid) startsAligned(cells [][]word) int {
	n := 0
	for c := 1; c < len(cells); c++ {
		if len(cells[c]) > 0 && math.Abs(cells[c][0].x0-g.starts[c]) <= colTolPt {
			n++
		}
	}
	return n
}

// aligned reports a line with text in two or more columns, each cell starting at its column's
// left edge (or in the gutter before it), the first column excepted (it may hold an indented
// continuation).
func (g grid) aligned(l line) bool {
	cells, crossing := g.assign(l)
	if crossing {
		return false
	}
	used := 0
	for c, ws := range cells {
		if len(ws) == 0 {
			continue
		}
		used++
		if c > 0 && math.Abs(ws[0].x0-g.starts[c]) > colTolPt+0.5*l.size && !g.inGutter(c-1, ws[0].x0, l.size) && !g.inside(c, ws, l.size) {
			return false
		}
	}
	return used >= 2
}

// restOfRow reports a page that starts with the rest of a row split by the page break, set
// in cells after the first: the first line leaves the first column empty and starts each of its
// cells at its column's start, and an aligned line follows within three lines set close (a gap
// of at most an em: a row's padding). A unit's last line beside the next row's first lines is such a start.
// Past the third line, the lines between must keep to the columns the first line filled (the
// rest of a long wrapped cell, such as a recommendation's text, set at its line spacing) and the
// next row must start in the first column (its number): a row starts where the numbered first
// column's cells start.
func (g grid) restOfRow(ls []line) bool {
	if len(ls) == 0 || len(g.starts) < 2 {
		return false
	}
	cells, crossing := g.assign(ls[0])
	if crossing || len(cells[0]) > 0 {
		return false
	}
	for c, ws := range cells {
		if len(ws) > 0 && math.Abs(ws[0].x0-g.starts[c]) > colTolPt {
			return false
		}
	}
	for k := 1; k < len(ls) && k <= maxRestLines; k++ {
		if gapBetween(ls[k-1], ls[k]) > ls[k].size || !fitsColumns(ls[k], g.starts) {
			return false
		}
		if g.aligned(ls[k]) {
			first, _ := g.assign(ls[k])
			return k <= 3 || rowNumberRe.MatchString(ls[k].text()) || rowNumberCell(first[0])
		}
		if k >= 3 && !keepsCells(g, cells, ls[k]) {
			return false
		}
	}
	return false
}

// maxRestLines is the most lines the rest of a row split by a page break may take before the
// next row starts (restOfRow).
const maxRestLines = 12

// keepsCells reports a line with text only in columns where cells (a line's cells) have text.
func keepsCells(g grid, cells [][]word, l line) bool {
	got, _ := g.assign(l)
	for c, ws := range got {
		if len(ws) > 0 && len(cells[c]) == 0 {
			return false
		}
	}
	return true
}

// numberedRowOf reports a line aligned to g's columns whose first cell is a row's number alone.
func numberedRowOf(g grid, l line) bool {
	cells, crossing := g.assign(l)
	return !crossing && rowNumberCell(cells[0]) && g.aligned(l)
}

// fitsColumns reports a line none of whose words crosses a column boundary.
func fitsColumns(l line, cols []float64) bool {
	_, crossing := grid{starts: cols, ends: cols}.assign(l)
	return !crossing
}

// findTables finds the tables of one page, top to bottom. open is the previous page's table when
// it ran to the end of that page: if this page starts with lines aligned to its columns, they
// continue it even without a repeated header.
func findTables(p pageLines, open *pageTable, v vocabulary) []pageTable {
	var out []pageTable
	ls := p.lines
	if len(ls) == 0 {
		return nil
	}
	start := 0
	_, headed := tableAt(ls, 0, v)
	if headed && open != nil && numberedRowOf(open.grid, ls[0]) {
		// A line whose first cell is a row's number is no header: it is the next row of the
		// table the previous page left open, even when the lines under it would make it one.
		headed = false
	}
	if open != nil && len(ls) > 0 && !headed {
		if g, ok := continuationGrid(ls, open.grid); ok {
			open = &pageTable{grid: g, headerKey: open.headerKey}
		}
	}
	if open != nil && len(ls) > 0 && !headed && (open.grid.aligned(ls[0]) || rowNumberRe.MatchString(ls[0].text()) && fitsColumns(ls[0], open.grid.starts) || open.grid.restOfRow(ls)) {
		t := pageTable{first: 0, last: -1, grid: open.grid, headerKey: open.headerKey, continued: true, centredNumbers: open.centredNumbers,
			data: &textlayer.TableData{Columns: len(open.grid.starts)}}
		parseRows(ls, 0, &t, v)
		if t.last >= 0 {
			t.reachesEnd = t.last == len(ls)-1
			out = append(out, t)
			start = t.last + 1
		}
	}
	for i := start; i < len(ls); i++ {
		// The previous page's table set again under its header keeps its rows' numbering.
		t, ok := tableAtDepthKeep(ls, i, v, 0, i == 0 && open != nil && open.centredNumbers)
		if !ok {
			continue
		}
		t.reachesEnd = t.last == len(ls)-1
		out = append(out, t)
		i = t.last
	}
	return out
}

// continuationGrid returns the columns of a table continued at the top of a page without its
// header and set anew, with other column widths (a browser that prints the rest of a table as a
// table of its own): the first line is a numbered row that does not fit the previous page's
// columns, and the groups (words an em apart or more) of the row's lines (set close together)
// start at as many places as the open table has columns. Those places are the new columns.
func continuationGrid(ls []line, open grid) (grid, bool) {
	if len(ls) == 0 || !numberedText(ls[0].text()) || fitsColumns(ls[0], open.starts) {
		return grid{}, false
	}
	var starts []float64
	for j := 0; j < len(ls) && j < 6; j++ {
		if j > 0 && gapBetween(ls[j-1], ls[j]) > 0.6*ls[j].size {
			break
		}
		for _, sg := range segments(ls[j], 1.0) {
			x := sg[0].x0
			if !slices.ContainsFunc(starts, func(s float64) bool { return math.Abs(s-x) <= colTolPt }) {
				starts = append(starts, x)
			}
		}
	}
	if len(starts) != len(open.starts) {
		return grid{}, false
	}
	slices.Sort(starts)
	return grid{starts: starts, ends: starts}, true
}

func gapBetween(a, b line) float64 { return b.y0 - a.y1 }

// justified reports a line of running text stretched to its measure: three words or more, every
// one apart, with gaps all but equal. A justified line of few words ("Consider increasing the
// economic") has gaps as wide as a table's, but a header's gaps follow its columns' widths.
func justified(l line) bool {
	if len(l.words) < 3 {
		return false
	}
	lo, hi := wordGaps(l)
	return lo > headerGapEm*l.size && hi-lo < 0.15*hi
}

// wordGaps returns the narrowest and the widest gap (pt) between neighbouring words of l, which
// has two words or more.
func wordGaps(l line) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for i := 1; i < len(l.words); i++ {
		g := l.words[i].x0 - l.words[i-1].x1
		lo, hi = math.Min(lo, g), math.Max(hi, g)
	}
	return lo, hi
}

// tableAt tries to read a table whose header row starts at line i.
func tableAt(ls []line, i int, v vocabulary) (pageTable, bool) {
	return tableAtDepth(ls, i, v, 0)
}

// headerBand returns the header line that starts at line i: the line itself, or, where the
// header's titles are centred vertically in a band (two-line titles beside one-line ones, so
// that the lines of the band overlap in height), one line holding the words of all the band's
// lines in x order, with the index of the band's last line. The lines of a band share size and
// weight and each overlaps the one above by a fifth of an em or more, or, bold, stands close
// below it with its words beside the other line's, never under them.
func headerBand(ls []line, i int) (line, int) {
	head := ls[i]
	end := i
	if !titleLine(head) {
		return head, i
	}
	for j := i + 1; j < len(ls) && j <= i+4; j++ {
		l := ls[j]
		if math.Abs(l.size-head.size) > 0.5 || l.bold() != head.bold() || !titleLine(l) {
			break
		}
		// Lines that overlap in height, or bold lines set close whose words stand beside the
		// line above's, never under them (a writer that sets line boxes apart: LibreOffice).
		if gap := gapBetween(ls[j-1], l); gap > -0.2*l.size && !(l.bold() && gap <= 0.4*l.size && besideX(ls[j-1], l)) {
			break
		}
		end = j
	}
	if end == i {
		return head, i
	}
	band := head
	band.words = nil
	for j := i; j <= end; j++ {
		band.words = append(band.words, ls[j].words...)
		band.x0, band.x1 = math.Min(band.x0, ls[j].x0), math.Max(band.x1, ls[j].x1)
		band.y0, band.y1 = math.Min(band.y0, ls[j].y0), math.Max(band.y1, ls[j].y1)
	}
	sort.SliceStable(band.words, func(a, b int) bool { return band.words[a].x0 < band.words[b].x0 })
	return band, end
}

// maxTitleWords is the most words a column title sets on one line ("Management response",
// "Status of implementation as at": titles wrap early, in narrow columns): a longer run is a
// line of prose, such as two newspaper
// columns whose lines overlap in height, which must not join into a header band.
const maxTitleWords = 6

// titleLine reports whether every run of words of l (split at a header's gap) is short enough
// to be a line of column titles.
func titleLine(l line) bool {
	for _, s := range segments(l, headerGapEm) {
		if len(s) > maxTitleWords {
			return false
		}
	}
	return true
}

// underTitles reports a line of a header's wrapped titles set centred under them: every group
// of its words (closer than an em) lies under the words of one title of the header's first
// line (segs) and of no other. A title centred in its column ("Unité" over "responsable") wraps
// to a line wider than itself, which may start left of the title's column start.
func underTitles(l line, segs [][]word) bool {
	for _, s := range segments(l, 1.0) {
		x0, x1, n := s[0].x0, s[len(s)-1].x1, 0
		for _, t := range segs {
			if x0 < t[len(t)-1].x1 && t[0].x0 < x1 {
				n++
			}
		}
		if n != 1 {
			return false
		}
	}
	return true
}

// titleColumn returns the column of the one title of the header's first line (segs) that a
// group of header words lies under, -1 for none or several: a wrapped title centred under its
// first line may start left of its column, and its words belong to that column or a later one.
func titleColumn(cols []float64, segs [][]word, s []word) int {
	x0, x1 := s[0].x0, s[len(s)-1].x1
	hit, n := -1, 0
	for _, t := range segs {
		if x0 < t[len(t)-1].x1 && t[0].x0 < x1 {
			hit, n = columnOf(cols, t[0].x0), n+1
		}
	}
	if n != 1 {
		return -1
	}
	return hit
}

// carriesOn reports words of a cell that go on with the sentence of the cell's line above
// (prev): they start with a small letter and the line above does not end a sentence.
func carriesOn(prev, ws []word) bool {
	if len(prev) == 0 || len(ws) == 0 {
		return false
	}
	r := []rune(ws[0].text)
	last := prev[len(prev)-1].text
	return unicode.IsLower(r[0]) && !strings.HasSuffix(last, ".") && !strings.HasSuffix(last, ";") && !strings.HasSuffix(last, ":")
}

// besideX reports whether no word of b stands over or under a word of a (their x extents
// do not meet).
func besideX(a, b line) bool {
	for _, wa := range a.words {
		for _, wb := range b.words {
			if wa.x0 < wb.x1 && wb.x0 < wa.x1 {
				return false
			}
		}
	}
	return true
}

// tableAtDepth is tableAt; depth counts the tables being read around this one, whose rows look
// for a new header (see parseRows) only at depth 0.
func tableAtDepth(ls []line, i int, v vocabulary, depth int) (pageTable, bool) {
	return tableAtDepthKeep(ls, i, v, depth, false)
}

// tableAtDepthKeep is tableAtDepth; centred says the rows' numbers are centred in their rows, as
// in the table this one continues.
func tableAtDepthKeep(ls []line, i int, v vocabulary, depth int, centred bool) (pageTable, bool) {
	head, bandEnd := headerBand(ls, i)
	segs := segments(head, headerGapEm)
	if len(segs) < 2 || len(head.words) > 12*(bandEnd-i+1) || justified(head) {
		return pageTable{}, false
	}
	cols := make([]float64, len(segs))
	for k, s := range segs {
		cols[k] = s[0].x0
	}
	// A bold header may wrap: following bold lines that fit the columns belong to it, and a
	// group of theirs that starts inside a column splits that column where a header word starts.
	headerEnd := bandEnd
	headGap := math.Inf(1) // the smallest gap between the header's lines
	for j := i + 1; j <= bandEnd; j++ {
		headGap = math.Min(headGap, gapBetween(ls[j-1], ls[j]))
	}
	for j := bandEnd + 1; j < len(ls) && j <= bandEnd+5; j++ {
		l := ls[j]
		// Past its second line a header goes on only with a list of short labels set one a
		// line in one column ("Not started / In progress / Completed").
		if j > bandEnd+2 && (len(l.words) > 3 || len(ls[j-1].words) > 3) {
			break
		}
		if !head.bold() {
			// A plain first line (a table of labels and values) continues only where its
			// cells wrap: close below, nothing in the first column.
			if l.bold() || gapBetween(ls[j-1], l) > 0.4*l.size || !fitsColumns(l, cols) || l.x0 < cols[min(1, len(cols)-1)]-colTolPt {
				break
			}
			headerEnd = j
			continue
		}
		// A header's lines are set as close as a cell's; a bold row below it (a row of
		// template instructions) stands off by the rows' padding.
		if !l.bold() || gapBetween(ls[j-1], l) > 0.6*l.size || !fitsColumns(l, cols) && !underTitles(l, segs) ||
			headerEnd > i && gapBetween(ls[j-1], l) > headGap+0.3*l.size {
			break
		}
		// Bold text in the first column alone continues the header only if the header's
		// first cell was wrapped (its next word would not have fitted); otherwise it is a
		// group heading among the rows.
		if len(cols) > 1 && l.x1 < cols[1]-colTolPt {
			var first []word
			for _, w := range ls[j-1].words {
				if w.x0 < cols[1]-colTolPt {
					first = append(first, w)
				}
			}
			if len(first) > 0 && first[len(first)-1].x1+0.3*l.size+(l.words[0].x1-l.words[0].x0) < cols[1]-colTolPt {
				break
			}
		}
		cols = splitColumns(cols, head, l)
		headGap = math.Min(headGap, gapBetween(ls[j-1], l))
		headerEnd = j
	}
	// Data lines just below the header may split a header group too: "Priority Time
	// implication" set with one space is two columns when data starts under "Time".
	for j := headerEnd + 1; j < len(ls) && j <= headerEnd+4; j++ {
		if gapBetween(ls[j-1], ls[j]) > 1.5*ls[j].size {
			break
		}
		cols = splitColumns(cols, head, ls[j])
	}
	g := grid{starts: cols, ends: make([]float64, len(cols))}
	for j := i; j <= headerEnd; j++ {
		for _, s := range segments(ls[j], 1.0) {
			tc := titleColumn(cols, segs, s)
			for _, w := range s {
				c := max(tc, columnOf(cols, w.x0))
				g.ends[c] = math.Max(g.ends[c], w.x1)
			}
		}
	}
	g = alignColumns(g, ls, i, headerEnd)
	g = splitAtStrips(g, head, ls, i, headerEnd)
	cols = g.starts
	g = refineStarts(g, ls, headerEnd+1, head.bold())
	// Confirmation: an aligned line soon after the header, before any large gap (a padded
	// row may stand a little further off).
	// Rows spanning the table (a recommendation over its actions) may come first.
	confirmed := false
	spanning := 0 // a spanning row right under the header
	for j := headerEnd + 1; j < len(ls) && (j <= headerEnd+4 || spanning > 0 && j <= headerEnd+16); j++ {
		if gap := gapBetween(ls[j-1], ls[j]); gap > 4*ls[j].size || gap > 1.5*ls[j].size && j > headerEnd+1 && spanning == 0 {
			break
		}
		if _, crossing := g.assign(ls[j]); crossing && j == headerEnd+1 {
			spanning++
		}
		if g.aligned(ls[j]) {
			confirmed = true
			break
		}
	}
	if !confirmed {
		return pageTable{}, false
	}

	t := pageTable{first: i, grid: g, data: &textlayer.TableData{Columns: len(cols)}, depth: depth, centredNumbers: centred}
	page := head.page
	hdr := newRowBuilder(len(cols), v)
	for j := i; j <= headerEnd; j++ {
		cells, _ := g.assign(ls[j])
		hdr.addCells(cells)
	}
	hrow := hdr.row(page)
	hrow.Header = true
	t.data.Rows = append(t.data.Rows, hrow)
	var keys []string
	for _, c := range hrow.Cells {
		keys = append(keys, furnitureKey(c.Text))
	}
	t.headerKey = strings.Join(keys, "|")

	t.last = headerEnd
	parseRows(ls, headerEnd+1, &t, v)
	if len(t.data.Rows) < 2 || numberedParagraphs(ls[t.first:t.last+1], g) {
		return pageTable{}, false
	}
	return t, true
}

// evenlySpaced reports a line whose word gaps are all but equal, however wide: a justified line
// of running text stretched to its measure, whose wide gaps separate no cells.
func evenlySpaced(l line) bool {
	if len(l.words) < 3 {
		return false
	}
	lo, hi := wordGaps(l)
	return hi-lo < 0.25*hi
}

// markerRe matches a lone list marker: a number or letter closed by a point or a bracket ("13.",
// "(b)", "iv)"), a roman numeral with a point ("IV."), or a bullet.
var markerRe = regexp.MustCompile(`^(\d{1,3}(\.\d{1,2})*[.)]|\(?[a-zA-Z0-9]{1,4}\)|[IVXLC]{1,6}\.|[a-zA-Z]\.|[•▪●◦‣∙·-])$`)

// numberedParagraphs reports whether the lines of a table (first to last, header included)
// are numbered paragraphs set with an indented number and the text beside it: the first
// line is a marker and a run of text, the first column holds only list markers, and at least one line of running text starts at or left of
// the markers and runs on into the next column with ordinary word spaces (one group of words,
// no gap of a header) where it goes on with the sentence (a small letter) or fills the
// measure: the wrapped line of a paragraph, whose words fall in the marker "column" by chance.
// A table with a number column wraps its cells inside their columns, and a row whose first
// cell holds text other than a marker, set apart from the next cell, says a real table. The
// convention is the UN and ILO resolutions' paragraph style ("13." indented, wrapped lines at
// the margin), also seen with a hanging number in the margin.
func numberedParagraphs(ls []line, g grid) bool {
	if len(g.starts) < 2 || len(ls) == 0 {
		return false
	}
	right := math.Inf(-1)
	for _, l := range ls {
		right = math.Max(right, l.x1)
	}
	isMarker := func(ws []word) bool { return len(ws) == 1 && markerRe.MatchString(ws[0].text) }
	// The first line is a marker and one run of text (its gaps ordinary or all but equal): a
	// table's first row sets its further cells apart.
	head, _ := g.assign(ls[0])
	if !isMarker(head[0]) {
		return false
	}
	rest := line{words: ls[0].words[1:], size: ls[0].size}
	if len(segments(rest, headerGapEm)) > 1 && !evenlySpaced(rest) {
		return false
	}
	prose := 0
	for _, l := range ls {
		cells, _ := g.assign(l)
		if len(cells[0]) == 0 || markerRe.MatchString(cells[0][0].text) {
			continue // a numbered line: a row's number, or a numbered heading or paragraph
		}
		if len(segments(l, headerGapEm)) > 1 && !evenlySpaced(l) {
			return false // a cell set apart from the next one: a table's row
		}
		if l.x0 > g.starts[0]+colTolPt {
			continue
		}
		r, _ := utf8.DecodeRuneInString(l.words[0].text)
		if l.x1 > g.starts[1]+colTolPt && (unicode.IsLower(r) || l.x1 >= right-2*l.size) {
			prose++
		}
	}
	return prose > 0
}

// parseRows reads table rows from line start on, into t, until the table ends.
func parseRows(ls []line, start int, t *pageTable, v vocabulary) {
	g := t.grid
	cols := g.starts
	page := 0
	if start < len(ls) {
		page = ls[start].page
	}
	var cur *rowBuilder
	span := false
	built := map[int]*rowBuilder{} // the builders of the rows read, by their index in t.data.Rows
	flush := func() {
		if cur != nil && !cur.empty() {
			r := cur.row(page)
			// A bold entry alone in the first column, the others empty, heads a group of rows
			// like a spanning row does.
			if !span && len(cols) > 1 && cur.bold() && cur.onlyFirst() {
				span = true
			}
			if span {
				r = textlayer.Row{Page: page, Cells: []textlayer.Cell{{Text: r.Cells[0].Text, Span: len(cols), Bold: r.Cells[0].Bold}}}
			} else {
				built[len(t.data.Rows)] = cur
			}
			t.data.Rows = append(t.data.Rows, r)
		}
		cur = nil
	}
	banded, sep := rowBands(ls, start)
	numbers, centred := numbersFirstColumn(ls, start, g)
	numbered := numbers && (centred || t.centredNumbers)
	// A body read by columns where it fits (cellblocks.go), numbered or not: it keeps the
	// sub-rows that numberBands would join. Where the rows' padding is too thin to cut the
	// columns into cells, it declines and the numbers' bands decide.
	if staggered(ls, start, g) && parseStaggered(ls, start, t, v) {
		t.centredNumbers = numbered
		return
	}
	t.centredNumbers = numbered
	var bands []float64 // row boundaries where numbers are centred in their rows (numberBands)
	if numbered {
		bands = numberBands(ls, start, g)
	}
	band := -1                              // the band of the current row
	colBottom := make([]float64, len(cols)) // where each column's text in the current row ends
	dataSize := 0.0
	rowGap := math.Inf(1) // the smallest gap seen between lines of one row
	// numberedGap is the smallest gap above a numbered row: where rows are numbered, a gap well
	// below it is a paragraph break inside a cell (a title, then its text), not a new row.
	numberedGap := math.Inf(1)
	right := 0.0 // the right edge of the table so far
	for _, e := range g.ends {
		right = math.Max(right, e)
	}
	for j := start; j < len(ls); j++ {
		l := ls[j]
		right = math.Max(right, l.x1)
		gap := 0.0
		if j > 0 {
			gap = gapBetween(ls[j-1], l)
		}
		// A large gap ends the table unless an entry follows it: rows set with generous padding.
		forceRow := false
		if gap > 1.5*l.size {
			entry := g.aligned(l) || rowNumberRe.MatchString(l.text()) && fitsColumns(l, cols)
			if !entry || gap > 4*l.size {
				break
			}
			forceRow = true
		}
		if dataSize == 0 {
			dataSize = l.size
		} else if math.Abs(l.size-dataSize) > 1 && !g.aligned(l) {
			break // another size ends the table, unless the line is a row (a larger title in a cell)
		}
		// A header of more columns after a spanning row or a gap starts another table (a
		// key-actions table under a recommendation's response). A numbered line is a row.
		if t.depth == 0 && j > start && (span || gap > 0.6*l.size) && !rowNumberRe.MatchString(l.text()) {
			if nt, ok := tableAtDepth(ls, j, v, 1); ok && (nt.data.Columns > len(cols) || nt.headerKey == t.headerKey && l.bold()) {
				break
			}
		}
		// A note printed under the table ("Source: ...", "Note: ...") ends it, even where the
		// rows are banded by centred numbers and the last band runs on below the table.
		if cur != nil && tableNoteRe.MatchString(l.text()) {
			break
		}
		cells, crossing := g.assign(l)
		onlyFirst := true
		used := 0
		for c := range cells {
			if len(cells[c]) > 0 {
				used++
				onlyFirst = onlyFirst && c == 0
			}
		}
		// Under a spanning row, running text over several columns with nothing but word
		// spaces spans the table too, even where no word happens to straddle a column's start.
		// (Elsewhere the cells of narrow columns may stand that close.)
		if span && !crossing && used >= 2 && len(l.words) >= 4 && len(segments(l, 1.0)) == 1 {
			crossing = true
		}
		// Anywhere, a line of words set a word space apart that runs over the starts of three
		// columns or more is a row spanning the table (a template's guidance under the header),
		// even where its word spaces happen to fall on the columns' starts.
		if !crossing && used >= 3 && len(l.words) >= 6 && len(segments(l, 1.0)) == 1 && spansColumns(l, cols, 2) {
			crossing = true
		}
		// A wrapped group heading continues while the style holds and no entry starts.
		if span && cur != nil && l.bold() == cur.bold() && gap <= 0.6*l.size &&
			(crossing || onlyFirst) && !rowNumberRe.MatchString(l.text()) {
			cur.addSpan(l.words)
			t.last = j
			continue
		}
		if crossing {
			// A plain line that runs two ems or more past the right edge of the table's text
			// is a paragraph under the table, as wide as the page, not a row spanning it.
			if !l.bold() && g.pastRight(l, 2) {
				break
			}
			if !l.bold() && (!followedByAligned(ls, j, g) || t.depth == 0 && headsAnother(ls, j, t, v)) {
				break
			}
			flush()
			cur = newRowBuilder(len(cols), v)
			span = true
			cur.addSpan(l.words)
			t.last = j
			continue
		}
		newRow := cur == nil || span || forceRow

		// A bold entry alone under plain cells, or one in another size, is another row.
		if !newRow && onlyFirst && cur.styleChanges(l) {
			newRow = true
		}
		lineBand := bandOf(bands, (l.y0+l.y1)/2)
		if bands != nil {
			// Each number stands at the centre of its row: the band of the line's centre
			// alone decides, whatever the gaps (see numberBands).
			newRow = newRow || lineBand > band
		} else if banded {
			// Rows set apart by padding: the gap alone decides, since centred cells put the
			// lines of a row's columns at interleaved heights. The gap is the one in the
			// columns the line writes in: a sub-row (the second key action beside a
			// recommendation cell that spans both) starts its cells below the padding under
			// its columns' last text while the spanning cell's last line runs beside it.
			//
			// Where the first column holds the rows' numbers alone, a number centred in its
			// row comes below the row's first lines: a row without its number yet goes on
			// past a gap (a paragraph break in a tall cell beside it) until it gets one.
			waiting := numbered && cur != nil && !span && !cur.empty() && cur.counts[0] == 0 &&
				(len(cells[0]) == 0 || rowNumberCell(cells[0]))
			// Rows stand one under the other: a line that overlaps the line above in height
			// (a centred cell's line set between a wrapping cell's) is in its row.
			interleaved := numbered && gap < -0.2*l.size
			newRow = newRow || !waiting && !interleaved && (gap > sep || !cur.empty() && subRowGap(cells, colBottom) > sep)
		} else if !newRow {
			if len(cells[0]) > 0 && rowNumberRe.MatchString(wordsText(cells[0])) && math.Abs(cells[0][0].x0-cols[0]) <= colTolPt+l.size {
				newRow = true
				numberedGap = math.Min(numberedGap, gap)
			}
			restart := false
			for c := 1; c < len(cols); c++ {
				if len(cells[c]) > 0 && !cur.lastHad[c] && cur.lines > 0 {
					restart = true
				}
			}
			if gap > rowGap+0.4*l.size && !(gap < 0.6*numberedGap) {
				newRow = true
			}
			// A sub-row (the next key action beside a recommendation whose cell spans its
			// actions) starts while the first column's cell still runs on: its words there
			// carry on the sentence above and stay with the row they belong to.
			if restart && !newRow && len(cells[0]) > 0 && cur.lastHad[0] && carriesOn(cur.last[0], cells[0]) {
				first := make([][]word, len(cols))
				first[0] = cells[0]
				cur.addCells(first)
				cells[0] = nil
			}
			newRow = newRow || restart
			if !newRow && !cur.wrapsInto(cells, g, right, l.size) {
				newRow = true
			}
		}
		if !newRow {
			// Lines of two columns set at different heights overlap: a negative gap says
			// nothing of the gap between a cell's lines.
			rowGap = math.Min(rowGap, math.Max(gap, 0))
		}
		if newRow {
			flush()
			cur = newRowBuilder(len(cols), v)
			span = false
			clear(colBottom)
			band = lineBand
		}
		cur.addCells(cells)
		for c := range cells {
			if len(cells[c]) > 0 {
				colBottom[c] = wordsBottom(cells[c])
			}
		}
		t.last = j
	}
	flush()
	setParas(t.data.Rows, built, len(cols), v)
}

// setParas fills the Paras of the cells of the rows built (by their index in rows): a cell's
// line ends a paragraph when the next line's first word would have fitted after it, a word
// space on, within the column's measure, the right edge of the widest line the column prints
// in the table. A browser or a word processor wraps a long line at the last word that fits, so
// a line that ends with room to spare was broken by its writer. The measure is a lower bound of
// the cell's width, so a break read as the writer's surely is one; a short name wrapped in a
// wide cell may be read as wrapped.
func setParas(rows []textlayer.Row, built map[int]*rowBuilder, cols int, v vocabulary) {
	measure := make([]float64, cols)
	for _, b := range built {
		for c, ls := range b.printed {
			for _, ws := range ls {
				measure[c] = math.Max(measure[c], ws[len(ws)-1].x1)
			}
		}
	}
	for at, b := range built {
		for c, ls := range b.printed {
			if len(ls) == 0 || c >= len(rows[at].Cells) {
				continue
			}
			rows[at].Cells[c].Paras = cellParas(ls, measure[c], v)
		}
	}
}

// cellParas joins the printed lines of one cell into paragraphs (see setParas): lines of one
// paragraph are separated by "\n", a hyphen at a line's end is undone as textJoiner does.
func cellParas(ls [][]word, measure float64, v vocabulary) []string {
	var paras []string
	var cur string
	for i, ws := range ls {
		t := strings.Join(strings.Fields(wordsText(ws)), " ")
		if i == 0 {
			cur = t
			continue
		}
		prev := ls[i-1]
		last, first := prev[len(prev)-1], ws[0]
		hyphen := endsWithHyphen(cur) || strings.HasSuffix(cur, "\u00ad")
		if last.x1+0.3*first.size+(first.x1-first.x0) <= measure && !hyphen {
			paras = append(paras, stripSoftHyphens(cur))
			cur = t
			continue
		}
		if hyphen {
			j := textJoiner{v: v}
			j.b.WriteString(cur)
			j.add(t)
			cur = j.String()
			continue
		}
		cur += "\n" + t
	}
	return append(paras, stripSoftHyphens(cur))
}

// alignColumns finds each column's extent from the text under it: the header's groups seed
// the columns, and a group of a body line (words closer than an em) that overlaps one column
// alone widens it, so a column takes in wrapped lines that lie outside its centred header. The
// sample ends at the first line with a group over two columns (a row spanning the table, prose
// after it): its short last line would otherwise widen a column. Such lines right under the
// header, before any line of cells, are skipped (a template's guidance spanning the table). The column starts where its
// text starts, header or body: a header centred over left-aligned cells, or cells centred under
// their header, give the same columns.
//
// Lines head..headerEnd are the header; the sample also ends at a gap of four ems, a change of
// size or after forty lines.
func alignColumns(g grid, ls []line, head, headerEnd int) grid {
	type extent struct{ x0, x1 float64 }
	cols := make([]extent, len(g.starts))
	for c := range cols {
		cols[c] = extent{g.starts[c], math.Max(g.ends[c], g.starts[c])}
	}
	overlaps := func(s extent) (hit, n int) {
		hit = -1
		for c, e := range cols {
			if s.x0 < e.x1 && s.x1 > e.x0 {
				hit, n = c, n+1
			}
		}
		return hit, n
	}
	var pending []extent // groups under no column yet
	size := 0.0
	sampled := false // a line of cells has been read
	skipped := -1    // the last line skipped as a spanning row right under the header
sample:
	for j := headerEnd + 1; j < len(ls) && j <= headerEnd+40; j++ {
		l := ls[j]
		if gapBetween(ls[j-1], l) > 4*l.size || size > 0 && math.Abs(l.size-size) > 1 {
			break
		}
		size = l.size
		var segs []extent
		for _, s := range segments(l, 1.0) {
			e := extent{s[0].x0, s[len(s)-1].x1}
			if _, n := overlaps(e); n > 2 || n > 1 && n == len(cols) {
				if !sampled && ls[head].bold() && n >= 3 && len(segments(l, 1.0)) == 1 && (j == headerEnd+1 || skipped == j-1 && gapBetween(ls[j-1], l) < 0.6*l.size) {
					// A row of words running over the columns right under a bold header (a
					// template's guidance) comes before the cells: skip its lines.
					skipped = j
					continue sample
				}
				break sample
			} else if n > 1 {
				// Two cells set closer than an em read as one group: neither widens a column.
				continue
			}
			segs = append(segs, e)
		}
		sampled = sampled || len(segs) > 0
		for _, e := range segs {
			hit, n := overlaps(e)
			if n == 0 {
				pending = append(pending, e)
				continue
			}
			cols[hit] = extent{math.Min(cols[hit].x0, e.x0), math.Max(cols[hit].x1, e.x1)}
		}
	}
	for changed := true; changed; {
		changed = false
		for k, e := range pending {
			if hit, n := overlaps(e); n == 1 {
				cols[hit] = extent{math.Min(cols[hit].x0, e.x0), math.Max(cols[hit].x1, e.x1)}
				pending = append(pending[:k], pending[k+1:]...)
				changed = true
				break
			}
		}
	}
	out := grid{starts: make([]float64, len(cols)), ends: g.ends, rights: make([]float64, len(cols))}
	for c, e := range cols {
		out.starts[c], out.rights[c] = e.x0, e.x1
		if c > 0 && e.x0 <= cols[c-1].x1 {
			return g // columns that touch are no columns
		}
	}
	return out
}

// splitAtStrips splits a column whose header holds two titles set a word space apart (cells
// centred in a narrow column beside a wide one: "Responsible office Priority") where the body
// proves two columns: the groups (words closer than an em) of the lines under the header fall
// on either side of a gap between two words of the header's first line, two or more on each
// side, and none crosses it. The new column starts at the leftmost group right of the gap. The
// sample is alignColumns': up to forty lines, to a gap of four ems or a change of size. A grid
// without column extents (rights) is returned as it is.
//
// A narrow column set closer than an em to the one beside it (a Priority or Critical/Important
// column beside the recommendation's text, told apart in print by a ruling line the reader does
// not see) is found by a second pass at a finer scale: the header's two titles stand apart by
// more than a word space (tightGapEm), and the body's words, grouped at that gap, fall on either
// side of it on three lines or more each and never cross it. A word space never runs down a
// column of wrapped text line after line, so prose does not split.
//
// Lines first..headerEnd are the header; head is its first line (or band).
func splitAtStrips(g grid, head line, ls []line, first, headerEnd int) grid {
	g = splitAtStripsGap(g, head, ls, first, headerEnd, 1.0, 2)
	return splitAtStripsGap(g, head, ls, first, headerEnd, tightGapEm, 3)
}

// tightGapEm is the narrowest gap between two columns' cells that splitAtStrips' finer pass
// reads, in ems: wider than a word space (a quarter to a third of an em).
const tightGapEm = 0.35

// splitAtStripsGap is one pass of splitAtStrips: the body's words are grouped where they stand
// more than gapEm ems apart, and a split needs minSide groups on each side of the header's gap.
// Below an em, the header's gap must itself be wider than gapEm ems, and the new column starts
// no further right than a title of a later header line set right of the gap (a title centred
// over the narrow column on two lines: "Critical /" over "Important").
func splitAtStripsGap(g grid, head line, ls []line, first, headerEnd int, gapEm float64, minSide int) grid {
	if len(g.rights) != len(g.starts) {
		return g
	}
	var segs [][]word
	size := 0.0
	for j := headerEnd + 1; j < len(ls) && j <= headerEnd+40; j++ {
		l := ls[j]
		if gapBetween(ls[j-1], l) > 4*l.size || size > 0 && math.Abs(l.size-size) > 1 {
			break
		}
		size = l.size
		segs = append(segs, segments(l, gapEm)...)
	}
	out := g
	for c := len(g.starts) - 1; c >= 0; c-- {
		lo, hi := out.starts[c], out.rights[c]
		var ws []word
		for _, w := range head.words {
			if w.x0 >= lo-colTolPt && w.x1 <= hi+colTolPt {
				ws = append(ws, w)
			}
		}
		for k := len(ws) - 1; k > 0; k-- {
			gapL, gapR := ws[k-1].x1, ws[k].x0
			if gapEm < 1 && gapR-gapL <= gapEm*head.size {
				continue
			}
			left, right, x := 0, 0, math.Inf(1)
			crossed := false
			for _, s := range segs {
				x0, x1 := s[0].x0, s[len(s)-1].x1
				if x1 < lo-colTolPt || x0 > hi+colTolPt {
					continue
				}
				switch {
				case x1 <= gapR:
					left++
				case x0 >= gapL:
					right++
					x = math.Min(x, x0)
				default:
					crossed = true
				}
			}
			if crossed || left < minSide || right < minSide {
				continue
			}
			x = math.Min(x, gapR)
			for j := first + 1; gapEm < 1 && j <= headerEnd; j++ {
				for _, w := range ls[j].words {
					if w.x0 >= gapL && w.x0 < hi {
						x = math.Min(x, w.x0)
					}
				}
			}
			leftEnd := gapL
			for _, s := range segs {
				if x1 := s[len(s)-1].x1; x1 <= gapR && x1 >= lo-colTolPt {
					leftEnd = math.Max(leftEnd, x1)
				}
			}
			out = grid{
				starts: slices.Insert(slices.Clone(out.starts), c+1, x),
				ends:   slices.Insert(slices.Clone(out.ends), c+1, out.ends[c]),
				rights: slices.Insert(slices.Clone(out.rights), c+1, hi),
			}
			out.ends[c], out.rights[c] = gapL, leftEnd
			break
		}
	}
	return out
}

// refineStarts moves a column's start left to where its data starts, for headers centred over
// their columns: the data's left edge is the right end of the empty strip (covered by few lines)
// between the previous column's header and this one's, when that strip ends at or before the
// header's start.
func refineStarts(g grid, ls []line, from int, boldHead bool) grid {
	// The sample: lines of cells up to a large gap. Under a bold header, lines spanning the
	// table are left out, and one after the first line of cells ends the sample (prose after
	// the table). A plain first line may be a row read as a header, whose next lines span.
	to := from
	var sample []line
	for to < len(ls) && to < from+60 {
		if to > from && gapBetween(ls[to-1], ls[to]) > 1.5*ls[to].size {
			break
		}
		if boldHead && spansColumns(ls[to], g.starts, 2) {
			if len(sample) > 0 {
				break
			}
		} else {
			sample = append(sample, ls[to])
		}
		to++
	}
	if len(sample) < 2 {
		return g
	}
	lo, hi := g.starts[0], g.starts[0]
	for _, l := range sample {
		lo, hi = math.Min(lo, l.x0), math.Max(hi, l.x1)
	}
	const step = 0.5
	n := int((hi-lo)/step) + 2
	cover := make([]int, n)
	for _, l := range sample {
		for _, w := range l.words {
			for k := int((w.x0 - lo) / step); k <= int((w.x1-lo)/step) && k < n; k++ {
				if k >= 0 {
					cover[k]++
				}
			}
		}
	}
	limit := int(0.2 * float64(len(sample)))
	out := grid{starts: append([]float64(nil), g.starts...), ends: g.ends, rights: g.rights}
	for c := 1; c < len(g.starts); c++ {
		a, b := g.ends[c-1], g.starts[c]
		if a >= b {
			continue
		}
		// The empty strip that reaches into [a, b], followed to its right end.
		k := int((b - lo) / step)
		for k >= 0 && k < n && cover[k] > limit && float64(k)*step+lo > a {
			k--
		}
		if k < 0 || k >= n || cover[k] > limit {
			continue
		}
		for k+1 < n && cover[k+1] <= limit {
			k++
		}
		if x := lo + float64(k+1)*step; x <= b+colTolPt && x > out.starts[c-1] {
			out.starts[c] = math.Min(x, b)
		}
	}
	return out
}

// spansColumns reports a line with a group of words (closer than an em) that runs over the
// starts of k columns or more, two ems or more past each: a row spanning the table, or prose.
// A cell's last word that reaches a little past the next column's start is no such group.
func spansColumns(l line, starts []float64, k int) bool {
	for _, sg := range segments(l, 1.0) {
		x0, x1, n := sg[0].x0, sg[len(sg)-1].x1, 0
		for _, s := range starts {
			if s > x0+colTolPt && s < x1-2*l.size {
				n++
			}
		}
		if n >= k {
			return true
		}
	}
	return false
}

// rowBands reports whether the table starting at line start sets its rows apart with padding:
// several gaps well above the gap between the lines of one cell. sep is the threshold.
func rowBands(ls []line, start int) (bool, float64) {
	var gaps []float64
	size := 0.0
	for j := start + 1; j < len(ls); j++ {
		g := gapBetween(ls[j-1], ls[j])
		if g > 1.5*ls[j].size || (size > 0 && math.Abs(ls[j].size-size) > 1) {
			break
		}
		size = ls[j].size
		gaps = append(gaps, g)
	}
	if size == 0 {
		return false, 0
	}
	var small []float64
	for _, g := range gaps {
		// Line boxes taller than the line spacing overlap a little: a small negative gap is
		// a cell's next line too.
		if g >= -0.2*size && g < 0.5*size {
			small = append(small, g)
		}
	}
	if len(small) == 0 {
		return false, 0
	}
	sep := median(small) + 0.35*size
	n := 0
	for _, g := range gaps {
		if g > sep {
			n++
		}
	}
	return n >= 2, sep
}

// followedByAligned reports an aligned line soon after line j, before any large gap: j starts a
// row spanning the table, which may run over several lines (a recommendation over its actions).
// A spanning row that runs to the foot of the page is kept too: its rows follow on the next.
func followedByAligned(ls []line, j int, g grid) bool {
	k := j + 1
	for ; k < len(ls) && k <= j+10; k++ {
		if gapBetween(ls[k-1], ls[k]) > 1.5*ls[k].size {
			return false
		}
		if g.aligned(ls[k]) {
			return true
		}
	}
	return k == len(ls) && k > j+1
}

// sameHeader reports whether two header keys (the header's cells, '|' between them) name the
// same columns: equal, or the same number of cells holding mostly the same words (a header
// set again whose titles the reader cut at other lines: "date" under "Completion" read apart
// from it once, with it the next time).
func sameHeader(a, b string) bool {
	if a == b {
		return true
	}
	if strings.Count(a, "|") != strings.Count(b, "|") {
		return false
	}
	words := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == '|' || unicode.IsSpace(r) }) {
			m[w] = true
		}
		return m
	}
	wa, wb := words(a), words(b)
	common := 0
	for w := range wa {
		if wb[w] {
			common++
		}
	}
	return common >= 3 && 4*common >= 3*min(len(wa), len(wb))
}

// headsAnother reports a spanning line j that heads another table rather than rows of t: a
// table header comes between it and the first line aligned to t's columns, and that header is
// t's own header set bold again (one key-action table per recommendation, each under the
// recommendation and its response), or t continues a table on columns guessed from its first
// row.
func headsAnother(ls []line, j int, t *pageTable, v vocabulary) bool {
	for k := j + 1; k < len(ls) && k <= j+10; k++ {
		if t.grid.aligned(ls[k]) {
			return false
		}
		if nt, ok := tableAtDepth(ls, k, v, 1); ok {
			return t.continued || sameHeader(nt.headerKey, t.headerKey) && ls[k].bold()
		}
	}
	return false
}

// splitColumns adds a column where a group of l (after a wide gap) starts inside a header
// column exactly where a word of the header starts.
func splitColumns(cols []float64, head, l line) []float64 {
	for _, s := range segments(l, 1.0) {
		x := s[0].x0
		c := columnOf(cols, x)
		if math.Abs(x-cols[c]) <= colTolPt {
			continue
		}
		for k, w := range head.words {
			// Figures set flush right under the last word of a header ("Share of all
			// items" over "88.3%") start where it starts by chance: it ends where they end.
			last := k+1 == len(head.words) || head.words[k+1].x0-w.x1 > headerGapEm*head.size
			if last && math.Abs(s[len(s)-1].x1-w.x1) <= colTolPt {
				continue
			}
			if k > 0 && math.Abs(w.x0-x) <= colTolPt && w.x0 > cols[c] && w.x0-head.words[k-1].x1 > 0.1*head.size {
				cols = insertSorted(cols, w.x0)
				break
			}
		}
	}
	return cols
}

func insertSorted(xs []float64, x float64) []float64 {
	out := append([]float64(nil), xs...)
	out = append(out, x)
	for i := len(out) - 1; i > 0 && out[i] < out[i-1]; i-- {
		out[i], out[i-1] = out[i-1], out[i]
	}
	return out
}

// rowBuilder accumulates the lines of one table row.
type rowBuilder struct {
	last    [][]word // the cells of the row's last line
	cells   []textJoiner
	printed [][][]word // each column's printed lines, for setParas
	bolds   []int
	counts  []int
	lastHad []bool
	lines   int
	first   []word // the last words the row had in its first column
}

// styleChanges reports a line set larger than the row's first column so far, or in bold after
// plain text: a cell may open with a bold or larger title and go on in plain text, not the
// reverse.
func (r *rowBuilder) styleChanges(l line) bool {
	if len(r.first) == 0 {
		return false
	}
	bold := true
	for _, w := range r.first {
		bold = bold && w.bold
	}
	return l.bold() && !bold || l.size > r.first[0].size+0.5
}

func newRowBuilder(n int, v vocabulary) *rowBuilder {
	r := &rowBuilder{cells: make([]textJoiner, n), bolds: make([]int, n), counts: make([]int, n), lastHad: make([]bool, n)}
	for i := range r.cells {
		r.cells[i].v = v
	}
	return r
}

// wrapsInto reports whether a line with text in several columns continues the row: some cell
// of the row's last line ended with a hyphen, or the line's first word in that column would not
// have fitted after it, and no cell ended with room to spare (a short value such as "High"
// after which the next line's word would easily have fitted). Without evidence either way, as
// in a table of one-line rows, the line starts a new row. A line with text in one column only
// gives no such evidence.
func (r *rowBuilder) wrapsInto(cells [][]word, g grid, right, size float64) bool {
	used := 0
	for _, ws := range cells {
		if len(ws) > 0 {
			used++
		}
	}
	if used < 2 || r.lines == 0 {
		return true
	}
	// A number never wraps onto a second number: numbers on both lines in one column mean two
	// rows, whatever the other columns do.
	for c, ws := range cells {
		if len(ws) > 0 && len(r.last[c]) > 0 && numericRe.MatchString(wordsText(ws)) && numericRe.MatchString(wordsText(r.last[c])) {
			return false
		}
	}
	both, wrapped, ended := false, false, false
	for c, ws := range cells {
		if len(ws) == 0 || len(r.last[c]) == 0 {
			continue
		}
		both = true
		prev := r.last[c][len(r.last[c])-1]
		if strings.HasSuffix(prev.text, "-") {
			return true
		}
		if c == 0 && strings.HasSuffix(prev.text, ":") {
			return false // a label ("Status:") is whole; the next one is another row's
		}
		bound := right
		if c+1 < len(g.starts) {
			bound = g.starts[c+1] - colTolPt
		}
		fit := prev.x1 + 0.3*size + (ws[0].x1 - ws[0].x0)
		switch {
		case fit > bound:
			wrapped = true
		case fit < bound-0.25*(bound-g.starts[c]):
			// Room to spare: this cell surely ended on the last line.
			ended = true
		}
	}
	if ended {
		return false
	}
	return wrapped || !both
}

func (r *rowBuilder) addCells(cells [][]word) {
	if len(cells[0]) > 0 {
		r.first = cells[0]
	}
	r.last = cells
	if r.printed == nil {
		r.printed = make([][][]word, len(r.cells))
	}
	for c, ws := range cells {
		r.lastHad[c] = len(ws) > 0
		if len(ws) == 0 {
			continue
		}
		r.printed[c] = append(r.printed[c], ws)
		r.cells[c].add(wordsText(ws))
		for _, w := range ws {
			r.counts[c]++
			if w.bold {
				r.bolds[c]++
			}
		}
	}
	r.lines++
}

func (r *rowBuilder) addSpan(ws []word) {
	cells := make([][]word, len(r.cells))
	cells[0] = ws
	r.addCells(cells)
}

func (r *rowBuilder) empty() bool {
	for _, n := range r.counts {
		if n > 0 {
			return false
		}
	}
	return true
}

func (r *rowBuilder) onlyFirst() bool {
	for c := 1; c < len(r.counts); c++ {
		if r.counts[c] > 0 {
			return false
		}
	}
	return r.counts[0] > 0
}

func (r *rowBuilder) bold() bool { return r.counts[0] > 0 && r.bolds[0] == r.counts[0] }

func (r *rowBuilder) row(page int) textlayer.Row {
	row := textlayer.Row{Page: page}
	for c := range r.cells {
		row.Cells = append(row.Cells, textlayer.Cell{Text: r.cells[c].String(), Span: 1, Bold: r.counts[c] > 0 && r.bolds[c] == r.counts[c]})
	}
	return row
}

// continuesRow reports whether next, the first row of a table's continuation on a new page,
// is the rest of last, the row the previous page ended with: a row split at the page break.
// A row that starts afresh fills its first cell (the number, the key, the action); a
// continuation leaves it empty, or carries on in it with a small letter while every other cell
// is empty. A sub-row (a key action beside its recommendation's merged cell, the first cell
// empty) split by the page break goes on with its first cell empty and its sentence in small
// letters; a new sub-row starts with its number or a capital.
func continuesRow(last, next textlayer.Row) bool {
	if len(last.Cells) < 2 || len(next.Cells) != len(last.Cells) {
		return false
	}
	if last.Cells[0].Text == "" {
		if next.Cells[0].Text != "" {
			return false
		}
		for _, c := range next.Cells[1:] {
			if c.Text != "" {
				r := []rune(c.Text)
				return unicode.IsLower(r[0])
			}
		}
		return false
	}
	if next.Cells[0].Text == "" {
		for _, c := range next.Cells[1:] {
			if c.Text != "" {
				return true
			}
		}
		return false
	}
	for _, c := range next.Cells[1:] {
		if c.Text != "" {
			return false
		}
	}
	r := []rune(next.Cells[0].Text)
	return unicode.IsLower(r[0])
}

// joinRows appends the cells of next to those of last, as the lines of one row.
func joinRows(last, next textlayer.Row, v vocabulary) textlayer.Row {
	out := last
	out.Cells = append([]textlayer.Cell(nil), last.Cells...)
	for i, c := range next.Cells {
		if c.Text == "" {
			continue
		}
		j := textJoiner{v: v}
		j.add(out.Cells[i].Text)
		j.add(c.Text)
		out.Cells[i].Text = j.String()
		out.Cells[i].Bold = out.Cells[i].Bold && c.Bold
		// The cell goes on after the page break as a wrapped line does.
		if p, q := out.Cells[i].Paras, c.Paras; len(p) > 0 && len(q) > 0 {
			paras := append(append([]string(nil), p[:len(p)-1]...), p[len(p)-1]+"\n"+q[0])
			out.Cells[i].Paras = append(paras, q[1:]...)
		} else {
			out.Cells[i].Paras = nil
		}
	}
	return out
}

// rowNumberCell reports a cell that holds a row's number alone ("1", "12.", "3)"), or a
// sub-item's ("12.1": the actions of a work package, numbered under it).
func rowNumberCell(ws []word) bool {
	return len(ws) == 1 && rowNumberOnlyRe.MatchString(ws[0].text)
}

var rowNumberOnlyRe = regexp.MustCompile(`^\d{1,3}(?:\.\d{1,2})*[.)]?$`)

// numbersFirstColumn reports a table whose first column holds row numbers alone (numbers), and
// whether they are centred vertically in their rows (centred): from line start to a gap of an em and a half, two lines or more put
// text in the first column, each a number and nothing else, and one of them at least overlaps
// the line above in height (a number set half a line lower than a wrapping cell's lines). Top-
// aligned numbers start their rows, and a row without one at a page's top is the rest of the
// previous page's last row.
func numbersFirstColumn(ls []line, start int, g grid) (numbers, centred bool) {
	if len(g.starts) < 2 {
		return false, false
	}
	n, centred := 0, false
	for j := start; j < len(ls); j++ {
		if j > start && gapBetween(ls[j-1], ls[j]) > 1.5*ls[j].size {
			break
		}
		cells, crossing := g.assign(ls[j])
		if crossing || len(cells[0]) == 0 {
			continue
		}
		if !rowNumberCell(cells[0]) {
			if spansColumns(ls[j], g.starts, 1) {
				continue // a row spanning the table, or the prose after it
			}
			return false, false
		}
		n++
		if j > start && gapBetween(ls[j-1], ls[j]) < -0.2*ls[j].size {
			centred = true
		}
	}
	return n >= 2, n >= 2 && centred
}

// wordsBottom is the lowest bottom edge of ws, in points from the top of the page.
func wordsBottom(ws []word) float64 {
	b := 0.0
	for _, w := range ws {
		b = math.Max(b, w.y1)
	}
	return b
}

// subRowGap is the smallest gap between a line's cells and the text above them in their own
// columns within the current row (colBottom holds where each column's text ends, 0 for none
// yet), in points; -Inf when none of the line's columns has text above it. Columns not written yet do not
// count: a cell centred in its row starts lower than its neighbours.
func subRowGap(cells [][]word, colBottom []float64) float64 {
	gap := math.Inf(1)
	any := false
	for c, ws := range cells {
		if len(ws) == 0 || colBottom[c] == 0 {
			continue
		}
		any = true
		top := math.Inf(1)
		for _, w := range ws {
			top = math.Min(top, w.y0)
		}
		gap = math.Min(gap, top-colBottom[c])
	}
	if !any {
		return math.Inf(-1)
	}
	return gap
}

// numberBands places the row boundaries of a table whose first column holds row numbers
// centred vertically in their rows (LibreOffice and Word centre a short cell beside a cell that
// wraps, and the padding between rows is no wider than a cell's line spacing, so gaps cannot
// separate the rows): each number stands at the vertical centre of its row, so the boundary
// between two rows lies midway between their numbers' centres. The first row's top is its
// number's centre mirrored from the bottom of the text below it in the row: a line above that
// is the rest of a row begun on the previous page. It returns the boundaries, in points from the
// top of the page, sorted: a line belongs to the row numbered by how many boundaries lie above
// its vertical centre. Lines from start to a gap of an em and a half are read, as
// numbersFirstColumn does.
//
// It returns nil, and the caller reads the rows by their gaps, where fewer than two numbers
// stand in the first column or a row between two others does not centre its text on its
// number within a quarter of an em: top-aligned numbers start their rows, so the text of such
// a band runs from the lower half of the row above to the upper half of the number's own row.
func numberBands(ls []line, start int, g grid) []float64 {
	if len(g.starts) < 2 {
		return nil
	}
	type span struct{ top, bottom, centre float64 }
	var lines []span
	var centres []float64 // the numbers' vertical centres, top down
	size := 0.0
	for j := start; j < len(ls); j++ {
		l := ls[j]
		if j > start && gapBetween(ls[j-1], l) > 1.5*l.size {
			break
		}
		cells, crossing := g.assign(l)
		if crossing {
			continue
		}
		number := len(cells[0]) > 0 && rowNumberCell(cells[0])
		if len(cells[0]) > 0 && !number {
			if spansColumns(l, g.starts, 1) {
				continue // a row spanning the table, or the prose after it
			}
			return nil
		}
		if size == 0 {
			size = l.size
		}
		lines = append(lines, span{l.y0, l.y1, (l.y0 + l.y1) / 2})
		if !number {
			continue
		}
		w := cells[0][0]
		centres = append(centres, (w.y0+w.y1)/2)
	}
	if len(centres) < 2 {
		return nil
	}
	bounds := make([]float64, 0, len(centres))
	for k := 0; k+1 < len(centres); k++ {
		bounds = append(bounds, (centres[k]+centres[k+1])/2)
	}
	// extent is the top and bottom of the text whose centre lies between lo and hi.
	extent := func(lo, hi float64) (top, bottom float64) {
		top, bottom = math.Inf(1), math.Inf(-1)
		for _, s := range lines {
			if s.centre > lo && s.centre <= hi {
				top, bottom = math.Min(top, s.top), math.Max(bottom, s.bottom)
			}
		}
		return top, bottom
	}
	for k := 1; k+1 < len(centres); k++ {
		top, bottom := extent(bounds[k-1], bounds[k])
		if math.Abs((top+bottom)/2-centres[k]) > 0.25*size {
			return nil
		}
	}
	_, bottom := extent(centres[0], bounds[0])
	if top := 2*centres[0] - bottom; !math.IsInf(bottom, 0) && top < centres[0] {
		bounds = append([]float64{top}, bounds...)
	}
	return bounds
}

// bandOf is the index of the band of bounds (see numberBands) that holds y: how many
// boundaries lie above it.
func bandOf(bounds []float64, y float64) int {
	return sort.SearchFloat64s(bounds, y)
}
