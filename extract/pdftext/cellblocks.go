package pdftext

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// Tables whose cells are centred vertically (cellblocks). A word processor (LibreOffice, Word)
// that centres a cell vertically in its row sets its lines at heights of their own, between the
// lines of a neighbour that wraps, so a page's lines join words of several rows: the first line
// of a recommendation centred beside its key actions shares a line with the third line of the
// first key action. Such a body is read column by column rather than line by line:
//
//   - each column's words are set again as the column's own lines, and lines set close (no more
//     than a cell's line spacing apart) form a block: the text of one cell; in cells set too
//     close for that, the next number of a numbered list of entries starts the next cell;
//   - the first column's blocks are the rows' keys (a recommendation, numbered or not, or the
//     row's number alone); a detail column is one with the most blocks (key actions, their
//     units, due dates, status): its blocks that meet in height form a sub-row; the other
//     columns (a management response) hold one cell a row, centred or top-aligned beside the
//     sub-rows;
//   - sub-rows go to keys in order: one that meets a key's block is that key's; the others go
//     where the key's cell stands at the centre (or, top-aligned, at the top) of its sub-rows,
//     whichever reading fits the table better (cellGroups);
//   - a row with several sub-rows is written as one row per sub-row, the key and the single
//     cells in the first and left empty in the others, as a ruled matrix with merged cells is
//     read (a key action is a sub-row under the recommendation whose cell is empty).
//
// The convention is the country programme evaluation's management-response table: "Recommendation
// | Management response | Key actions | Responsible unit | Timeline", the first two cells merged
// over the key actions and centred in them.
//
// A body that does not fit (a cell beside two keys: rows whose cells stand too close to cut) is
// left to the line-by-line reading.
//
// BUG: a paragraph break inside a detail cell (a blank line) reads as a sub-row of its own, and
// a row spanning the table in such a body ends the table. Unnumbered key actions in a table
// ruled tight (Word's cells have no padding by default) cannot be told apart: they read as one
// cell beside their units and dates.

// staggered reports a table body, from line start, whose lines join cells set at different
// heights: in two lines or more, one cell stands lower than another by more than a quarter of an
// em at its top and at its bottom. Cells of a row set at one height (a browser's, top-aligned)
// never do; a bullet's box, shorter than a word's, or a larger word on the same baseline, differ
// at one edge only.
func staggered(ls []line, start int, g grid) bool {
	n := 0
	for _, l := range bodyLines(ls, start, g) {
		cells, _ := g.assign(l)
		type edge struct{ top, bot float64 }
		var es []edge
		for _, ws := range cells {
			e := edge{math.Inf(1), math.Inf(-1)}
			for _, w := range ws {
				if !w.sup {
					e = edge{math.Min(e.top, w.y0), math.Max(e.bot, w.y1)}
				}
			}
			if !math.IsInf(e.top, 0) {
				es = append(es, e)
			}
		}
		lower := func(a, b edge) bool { return a.top-b.top > 0.25*l.size && a.bot-b.bot > 0.25*l.size }
	pairs:
		for _, a := range es {
			for _, b := range es {
				if lower(a, b) {
					n++
					break pairs
				}
			}
		}
	}
	return n >= 2
}

// bodyLines returns the lines of a table body from line start: to a gap of three ems, a change
// of size, or a line that fits no column (prose after the table, a row spanning it). A gap of
// an em and a half (the padding of two rows) goes on only to a line that starts each of its
// cells at its column's start: a page number below a table does not.
func bodyLines(ls []line, start int, g grid) []line {
	end := start
	for end < len(ls) {
		l := ls[end]
		if end > start && (gapBetween(ls[end-1], l) > 3*l.size || math.Abs(l.size-ls[start].size) > 1) {
			break
		}
		if end > start && gapBetween(ls[end-1], l) > 1.5*l.size && !g.startsCells(l) {
			break
		}
		if _, crossing := g.assign(l); crossing {
			break
		}
		end++
	}
	return ls[start:end]
}

// startsCells reports a line whose cells each start at their column's start, none crossing
// into the next column.
func (g grid) startsCells(l line) bool {
	cells, crossing := g.assign(l)
	if crossing {
		return false
	}
	for c, ws := range cells {
		if len(ws) > 0 && math.Abs(ws[0].x0-g.starts[c]) > colTolPt {
			return false
		}
	}
	return true
}

// cellBlock is the text of one cell in a body read by columns: its printed lines, top down.
type cellBlock struct {
	lines    [][]word
	top, bot float64 // points from the top of the page
}

func (b cellBlock) centre() float64 { return (b.top + b.bot) / 2 }

// meets reports blocks whose heights overlap.
func (b cellBlock) meets(o cellBlock) bool { return b.top < o.bot && o.top < b.bot }

// columnBlocks sets the words of one column (any order) as lines, words whose bottoms lie
// within a quarter of an em of each other, and joins lines set close into blocks: a gap between
// lines (pt) above sep starts a new block, and so does a gap above numSep before a line that
// starts with an entry's number ("2.", "1.2"): a table ruled tight, whose cells stand apart by
// little more than their lines, numbers its entries.
func columnBlocks(ws []word, size, sep, numSep float64) []cellBlock {
	ws = slices.Clone(ws)
	slices.SortStableFunc(ws, func(a, b word) int {
		if math.Abs(a.y1-b.y1) > 0.25*size {
			return cmpFloat(a.y1, b.y1)
		}
		return cmpFloat(a.x0, b.x0)
	})
	var out []cellBlock
	var cur []word
	flush := func() {
		if len(cur) == 0 {
			return
		}
		top, bot := math.Inf(1), math.Inf(-1)
		for _, w := range cur {
			top, bot = math.Min(top, w.y0), math.Max(bot, w.y1)
		}
		n := len(out)
		numbered := numberedText(wordsText(cur))
		if n > 0 && top-out[n-1].bot <= sep && !(numbered && top-out[n-1].bot > numSep) {
			out[n-1].lines = append(out[n-1].lines, cur)
			out[n-1].bot = math.Max(out[n-1].bot, bot)
		} else {
			out = append(out, cellBlock{lines: [][]word{cur}, top: top, bot: bot})
		}
		cur = nil
	}
	for _, w := range ws {
		if len(cur) > 0 && math.Abs(w.y1-cur[0].y1) > 0.25*size {
			flush()
		}
		cur = append(cur, w)
	}
	flush()
	return out
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// blockSep is the largest gap (pt) between two lines of one cell: the usual gap between a
// column's lines (their median, where lines set close overlap a little) plus a third of an em
// (sep), or a sixth of an em before a numbered line (numSep). The padding of a row is wider.
func blockSep(cols [][]word, size float64) (sep, numSep float64) {
	var gaps []float64
	for _, ws := range cols {
		bs := columnBlocks(ws, size, math.Inf(1), math.Inf(1)) // one block: every line of the column
		for _, b := range bs {
			for k := 1; k < len(b.lines); k++ {
				g := wordsTop(b.lines[k]) - wordsBottom(b.lines[k-1])
				if g < 0.5*size {
					gaps = append(gaps, g)
				}
			}
		}
	}
	m := 0.0
	if len(gaps) > 0 {
		m = median(gaps)
	}
	return m + 0.35*size, m + 0.15*size
}

// wordsTop is the highest top edge of ws, in points from the top of the page.
func wordsTop(ws []word) float64 {
	t := math.Inf(1)
	for _, w := range ws {
		t = math.Min(t, w.y0)
	}
	return t
}

// parseStaggered reads the rows of a staggered body (see staggered) from line start into t. It
// reports false, leaving t as it was, where the body does not fit the model: a cell stands
// beside the cells of two keys, or a cell of a column with one cell a row beside the rows of two
// keys (cells set so close that two rows' cells read as one), which the line-by-line reading
// (parseRows) is left to cut.
func parseStaggered(ls []line, start int, t *pageTable, v vocabulary) bool {
	body := bodyLines(ls, start, t.grid)
	if len(body) == 0 {
		return false
	}
	n := len(t.grid.starts)
	size := body[0].size
	cols := make([][]word, n)
	for _, l := range body {
		cells, _ := t.grid.assign(l)
		for c, ws := range cells {
			cols[c] = append(cols[c], ws...)
		}
	}
	sep, numSep := blockSep(cols, size)
	blocks := make([][]cellBlock, n)
	most := 0
	for c := range cols {
		blocks[c] = splitSequence(columnBlocks(cols[c], size, sep, numSep), c == 0)
		if c > 0 {
			most = max(most, len(blocks[c]))
		}
	}
	keys := mergeUnnumbered(blocks[0])
	var detail []int // the columns with the most blocks: their cells make the sub-rows
	for c := 1; c < n; c++ {
		if len(blocks[c]) == most && most > 0 {
			detail = append(detail, c)
		}
	}
	// A cell beside the cells of two keys is two rows' cells read as one (set too close to
	// tell apart): the model does not fit.
	for c := 1; c < n; c++ {
		for _, b := range blocks[c] {
			beside := 0
			for _, k := range keys {
				if math.Min(k.bot, b.bot)-math.Max(k.top, b.top) > 0.5*size {
					beside++
				}
			}
			if beside > 1 {
				return false
			}
		}
	}
	subs := subRows(blocks, detail)
	// Above the first key there may be the rest of the previous page's row: where the body
	// continues a table at the top of a page, with its header set again or not.
	owner := cellGroups(keys, subs, t.continued && start == 0 || t.first == 0)

	type rowCells struct{ blocks []*cellBlock } // one block or none a column
	var rows []rowCells
	emit := func(k int, first bool, sub *subRow) {
		r := rowCells{blocks: make([]*cellBlock, n)}
		if first && k >= 0 {
			r.blocks[0] = &keys[k]
		}
		if sub != nil {
			for c, b := range sub.cells {
				if b != nil {
					r.blocks[c] = b
				}
			}
		}
		rows = append(rows, r)
	}
	// rowOf[k] is the index in rows of key k's first row (-1 before the first key).
	rowOf := map[int]int{}
	for k := -1; k < len(keys); k++ {
		firstRow := true
		for j := range subs {
			if owner[j] == k {
				if firstRow {
					rowOf[k] = len(rows)
				}
				emit(k, firstRow, &subs[j])
				firstRow = false
			}
		}
		if firstRow && k >= 0 {
			rowOf[k] = len(rows)
			emit(k, true, nil)
		}
	}
	// The single cells of the other columns go to the first row of the key they stand beside.
	isDetail := func(c int) bool { return slices.Contains(detail, c) }
	extents := rowExtents(keys, subs, owner)
	for c := 1; c < n; c++ {
		if isDetail(c) {
			continue
		}
		for bi := range blocks[c] {
			b := &blocks[c][bi]
			beside := 0
			for _, e := range extents {
				if math.Min(e[1], b.bot)-math.Max(e[0], b.top) > 0.5*size {
					beside++
				}
			}
			if beside > 1 {
				return false
			}
			k := keyBeside(*b, keys, subs, owner)
			at, ok := rowOf[k]
			if !ok {
				continue
			}
			if cur := rows[at].blocks[c]; cur != nil {
				merged := cellBlock{lines: append(slices.Clone(cur.lines), b.lines...), top: cur.top, bot: b.bot}
				rows[at].blocks[c] = &merged
			} else {
				rows[at].blocks[c] = b
			}
		}
	}
	page := body[0].page
	built := map[int]*rowBuilder{}
	for _, r := range rows {
		rb := newRowBuilder(n, v)
		for c, b := range r.blocks {
			if b == nil {
				continue
			}
			for _, ws := range b.lines {
				cells := make([][]word, n)
				cells[c] = ws
				rb.addCells(cells)
			}
		}
		if rb.empty() {
			continue
		}
		built[len(t.data.Rows)] = rb
		t.data.Rows = append(t.data.Rows, rb.row(page))
	}
	setParas(t.data.Rows, built, n, v)
	t.last = start + len(body) - 1
	return true
}

// rowExtents returns the top and bottom (pt) of each key's row, the key's block and the
// sub-rows it owns (owner as cellGroups gives it), and of the rest of a row above the first key.
func rowExtents(keys []cellBlock, subs []subRow, owner []int) [][2]float64 {
	ext := map[int][2]float64{}
	grow := func(k int, top, bot float64) {
		e, ok := ext[k]
		if !ok {
			e = [2]float64{top, bot}
		}
		ext[k] = [2]float64{math.Min(e[0], top), math.Max(e[1], bot)}
	}
	for k, b := range keys {
		grow(k, b.top, b.bot)
	}
	for j, s := range subs {
		grow(owner[j], s.top, s.bot)
	}
	out := make([][2]float64, 0, len(ext))
	for k := -1; k < len(keys); k++ {
		if e, ok := ext[k]; ok {
			out = append(out, e)
		}
	}
	return out
}

// entryNumber returns the number a line opens with, as its parts ("2." gives [2], "1.2" gives
// [1 2], "3)" gives [3]), or nil.
func entryNumber(ws []word) []int {
	if len(ws) == 0 {
		return nil
	}
	tok := strings.TrimRight(ws[0].text, ".)")
	if tok == "" || tok == ws[0].text && !strings.Contains(tok, ".") {
		return nil // "2" alone is no entry's number; "2." and "1.2" are
	}
	var out []int
	for _, p := range strings.Split(tok, ".") {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || n > 999 {
			return nil
		}
		out = append(out, n)
	}
	return out
}

// follows reports a number that comes right after prev in a list: the same parts but the last,
// which is one more ("2." after "1.", "1.3" after "1.2").
func follows(next, prev []int) bool {
	if len(next) == 0 || len(next) != len(prev) {
		return false
	}
	last := len(next) - 1
	return slices.Equal(next[:last], prev[:last]) && next[last] == prev[last]+1
}

// splitSequence splits a block at a line that opens with the number after the number of the
// block's entry ("2." in a block that opens with "1."): cells set so close that no gap tells
// them apart, the numbering of their entries does. Outside the first column (keys: any
// number) only numbers of two parts or more are entries' ("1.2": a key action's); "1." and "2."
// there make a list inside a cell.
func splitSequence(bs []cellBlock, keys bool) []cellBlock {
	var out []cellBlock
	for _, b := range bs {
		num := entryNumber(b.lines[0])
		if !keys && len(num) < 2 {
			num = nil
		}
		from := 0
		for k := 1; k < len(b.lines); k++ {
			if n := entryNumber(b.lines[k]); num != nil && follows(n, num) {
				out = append(out, blockOf(b.lines[from:k]))
				from, num = k, n
			}
		}
		if from == 0 {
			out = append(out, b)
		} else {
			out = append(out, blockOf(b.lines[from:]))
		}
	}
	return out
}

// blockOf is the block of the lines given, top down.
func blockOf(lines [][]word) cellBlock {
	b := cellBlock{lines: lines, top: math.Inf(1), bot: math.Inf(-1)}
	for _, ws := range lines {
		b.top, b.bot = math.Min(b.top, wordsTop(ws)), math.Max(b.bot, wordsBottom(ws))
	}
	return b
}

// mergeUnnumbered joins a block of the first column that does not start with a row number to
// the block above it, where the column's blocks are numbered ("1.", "2)"): a paragraph break in
// a recommendation's cell, not another row.
func mergeUnnumbered(bs []cellBlock) []cellBlock {
	numbered := 0
	for _, b := range bs {
		if rowNumberRe.MatchString(wordsText(b.lines[0])) {
			numbered++
		}
	}
	if numbered < 2 {
		return bs
	}
	var out []cellBlock
	for _, b := range bs {
		if n := len(out); n > 0 && !rowNumberRe.MatchString(wordsText(b.lines[0])) {
			out[n-1].lines = append(out[n-1].lines, b.lines...)
			out[n-1].bot = math.Max(out[n-1].bot, b.bot)
			continue
		}
		out = append(out, b)
	}
	return out
}

// subRow is one sub-row of a staggered body: the blocks of the detail columns that meet in
// height, one a column (nil where the column is empty).
type subRow struct {
	cells    []*cellBlock
	top, bot float64
}

// subRows groups the blocks of the detail columns into sub-rows, top down: blocks that meet in
// height, directly or through another, are one sub-row.
func subRows(blocks [][]cellBlock, detail []int) []subRow {
	type ref struct{ c, i int }
	var refs []ref
	for _, c := range detail {
		for i := range blocks[c] {
			refs = append(refs, ref{c, i})
		}
	}
	slices.SortStableFunc(refs, func(a, b ref) int { return cmpFloat(blocks[a.c][a.i].top, blocks[b.c][b.i].top) })
	var out []subRow
	for _, r := range refs {
		b := &blocks[r.c][r.i]
		if n := len(out); n > 0 && b.top < out[n-1].bot && out[n-1].cells[r.c] == nil {
			out[n-1].cells[r.c] = b
			out[n-1].bot = math.Max(out[n-1].bot, b.bot)
			continue
		}
		s := subRow{cells: make([]*cellBlock, len(blocks)), top: b.top, bot: b.bot}
		s.cells[r.c] = b
		out = append(out, s)
	}
	return out
}

// cellGroups gives each sub-row the index of its key (-1: above the first key, the rest of a row
// begun on the previous page, only where the body continues a table: continued). Sub-rows go to keys in order, each key taking a run of them
// (maybe none). A sub-row that meets a key's block is that key's; one that lies wholly below the
// next key's block or above the previous key's is not. Among the groupings left, the one chosen
// puts each key's block at the centre of its run (cells centred vertically), or at its top
// (cells top-aligned), whichever fits the table better: the smaller sum of distances, in points.
func cellGroups(keys []cellBlock, subs []subRow, continued bool) []int {
	owner := make([]int, len(subs))
	if len(keys) == 0 {
		for j := range owner {
			owner[j] = -1
		}
		return owner
	}
	// met[j] is the key whose block sub-row j meets: -1 none, -2 several.
	met := make([]int, len(subs))
	for j, s := range subs {
		met[j] = -1
		for k := range keys {
			if s.top < keys[k].bot && keys[k].top < s.bot {
				if met[j] == -1 {
					met[j] = k
				} else {
					met[j] = -2
				}
			}
		}
	}
	feasible := func(j, k int) bool {
		s := subs[j]
		if k < 0 {
			return continued && s.bot <= keys[0].top
		}
		if met[j] != -1 && met[j] != k {
			return false // it meets another key's block
		}
		if k+1 < len(keys) && s.top >= keys[k+1].bot {
			return false
		}
		if k > 0 && s.bot <= keys[k-1].top {
			return false
		}
		return true
	}
	best, bestCost := []int(nil), math.Inf(1)
	for _, centred := range []bool{true, false} {
		cost := func(a, b, k int) float64 {
			if centred {
				return math.Abs((subs[a].top+subs[b].bot)/2 - keys[k].centre())
			}
			return math.Abs(subs[a].top - keys[k].top)
		}
		got, c := groupRuns(len(subs), len(keys), feasible, cost)
		if got != nil && c < bestCost {
			best, bestCost = got, c
		}
	}
	if best == nil {
		// No grouping keeps the order: each sub-row goes to the last key that starts above it.
		for j, s := range subs {
			owner[j] = -1
			for k := range keys {
				if keys[k].top <= s.bot {
					owner[j] = k
				}
			}
		}
		return owner
	}
	return best
}

// groupRuns splits m items in order into runs given to keys 0..n-1 in order (a key may take none;
// a first run may go to no key, -1), each item j only to a key k with feasible(j, k), at the
// least sum of cost(first, last, k) over the runs given to keys. It returns each item's key, or
// nil when no split is feasible.
func groupRuns(m, n int, feasible func(j, k int) bool, cost func(a, b, k int) float64) ([]int, float64) {
	inf := math.Inf(1)
	// f[k][b] is the least cost of giving items 0..b-1 to keys below k (and -1); took[k][b] is
	// where the run of key k-1 starts in that split (b when it takes none).
	f := make([][]float64, n+1)
	took := make([][]int, n+1)
	for k := range f {
		f[k] = make([]float64, m+1)
		took[k] = make([]int, m+1)
		for b := range f[k] {
			f[k][b] = inf
		}
	}
	f[0][0] = 0
	for b := 1; b <= m && feasible(b-1, -1); b++ {
		f[0][b] = 0
	}
	for k := 1; k <= n; k++ {
		for b := 0; b <= m; b++ {
			f[k][b], took[k][b] = f[k-1][b], b
			for a := b - 1; a >= 0 && feasible(a, k-1); a-- {
				if p := f[k-1][a]; p < inf {
					if c := p + cost(a, b-1, k-1); c < f[k][b] {
						f[k][b], took[k][b] = c, a
					}
				}
			}
		}
	}
	if f[n][m] == inf {
		return nil, inf
	}
	owner := make([]int, m)
	b := m
	for k := n; k >= 1; k-- {
		a := took[k][b]
		for j := a; j < b; j++ {
			owner[j] = k - 1
		}
		b = a
	}
	for j := 0; j < b; j++ {
		owner[j] = -1
	}
	return owner, f[n][m]
}

// keyBeside returns the key whose row holds block b of a column with one cell a row: the key
// whose block or sub-rows b meets the most, in points of height, or the nearest key by centre.
func keyBeside(b cellBlock, keys []cellBlock, subs []subRow, owner []int) int {
	overlap := func(top, bot float64) float64 { return math.Max(0, math.Min(bot, b.bot)-math.Max(top, b.top)) }
	best, most := -2, 0.0
	for k := -1; k < len(keys); k++ {
		o := 0.0
		if k >= 0 {
			o = overlap(keys[k].top, keys[k].bot)
		}
		for j, s := range subs {
			if owner[j] == k {
				o += overlap(s.top, s.bot)
			}
		}
		if o > most {
			best, most = k, o
		}
	}
	if best > -2 {
		return best
	}
	dist := math.Inf(1)
	for k := range keys {
		if d := math.Abs(keys[k].centre() - b.centre()); d < dist {
			best, dist = k, d
		}
	}
	if best == -2 {
		return -1
	}
	return best
}
