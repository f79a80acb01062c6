package pdftext

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"
)

// line is one row of words sharing a baseline band on a page. A line may hold the cells of
// several table columns; tables.go splits it by x.
type line struct {
	words          []word
	x0, y0, x1, y1 float64
	size           float64 // body size of the line: the size most of its characters have
	page           int     // 1-based
	// colLeft and colRight bound the text column of a line on a page set in columns; zero
	// means the page's own margins.
	colLeft, colRight float64
	// runRight is the right edge of the run of lines set together with this one (no gap, same
	// style): the measure of a boxed or indented passage narrower than the page.
	runRight float64
}

func (l line) text() string {
	switch len(l.words) {
	case 0:
		return ""
	case 1:
		return l.words[0].text
	}
	n := len(l.words) - 1
	for _, w := range l.words {
		n += len(w.text)
	}
	var b strings.Builder
	b.Grow(n)
	for i, w := range l.words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}

// bold reports whether every word that is not a marker is bold.
func (l line) bold() bool {
	n := 0
	for _, w := range l.words {
		if w.sup {
			continue
		}
		if !w.bold {
			return false
		}
		n++
	}
	return n > 0
}

func (l line) height() float64 { return l.y1 - l.y0 }

// buildLines groups the glyphs of one page into lines, top to bottom, each with its words left to
// right. Glyphs on one baseline form a strand; a strand joins a line when their boxes overlap
// vertically by at least half the smaller height and none of its ink lies over the line's, which
// keeps raised footnote markers on their line, puts a cell centred beside a wrapped cell on the
// upper line of the two, and separates lines set solid.
//
// BUG: two text columns whose lines are not level may share a line where their strands
// overlap (columns.go only splits columns whose lines are level; tables.go splits by x).
func buildLines(glyphs []Glyph, page int) []line {
	gs := make([]Glyph, 0, len(glyphs))
	for _, g := range glyphs {
		if g.Text == "" || g.Y1 <= g.Y0 || math.IsNaN(g.X0+g.X1+g.Y0+g.Y1) || math.IsInf(g.X0+g.X1+g.Y0+g.Y1, 0) {
			continue
		}
		if g.X1 < g.X0 {
			g.X0, g.X1 = g.X1, g.X0
		}
		// Some producers set every font at size 1 and scale the text matrix instead, and
		// PDFium then reports size 1: the glyph's box tells the size as printed.
		if h := g.Y1 - g.Y0; g.Size < 0.5*h {
			g.Size = math.Round(h/1.2*2) / 2
		}
		gs = append(gs, g)
	}
	var scratch wordScratch
	scratch.sorter.sortStable(gs, func(g Glyph) float64 { return (g.Y0 + g.Y1) / 2 })
	// Glyphs on one baseline form a strand; strands join a line when they overlap it
	// vertically and none of their glyphs lies over one of the line's. A cell centred between
	// the two lines of a wrapped neighbour overlaps both; it joins the upper one, and the lower
	// line, whose letters would fall among the upper line's, starts a line of its own instead of
	// interleaving with it.
	type band struct {
		y0, y1  float64
		strands [][2]int // the band's strands, as ranges of gs
		gs      []Glyph
		xs      []span // x extents of the band's ink, unsorted
	}
	var bands []*band
	var xs []span        // the strand's, reused: a band keeps a copy
	var dropped [][2]int // strands of spaces that start no line
	for i := 0; i < len(gs); {
		j, c := i+1, (gs[i].Y0+gs[i].Y1)/2
		for j < len(gs) && (gs[j].Y0+gs[j].Y1)/2-c <= 0.2*math.Min(gs[i].Y1-gs[i].Y0, gs[j].Y1-gs[j].Y0) {
			j++
		}
		from, strand := i, gs[i:j]
		i = j
		y0, y1 := math.Inf(1), math.Inf(-1)
		xs = xs[:0]
		for _, g := range strand {
			if !isSpace(g.Text) {
				y0, y1 = math.Min(y0, g.Y0), math.Max(y1, g.Y1)
				xs = addSpan(xs, span{g.X0, g.X1})
			}
		}
		// The recent bands the strand overlaps by half the smaller height, the most first.
		var cur *band
		best := 0.0
		for k := len(bands) - 1; k >= 0 && k >= len(bands)-3; k-- {
			b := bands[k]
			sy0, sy1 := y0, y1
			if math.IsInf(y0, 1) { // spaces only
				sy0, sy1 = strand[0].Y0, strand[0].Y1
			}
			ov := math.Min(b.y1, sy1) - math.Max(b.y0, sy0)
			if ov < 0.5*math.Min(b.y1-b.y0, sy1-sy0) || ov <= best || collides(b.xs, xs) {
				continue
			}
			cur, best = b, ov
		}
		if cur == nil {
			if len(xs) == 0 {
				dropped = append(dropped, [2]int{from, j})
				continue // a space never starts a line
			}
			cur = &band{y0: y0, y1: y1}
			bands = append(bands, cur)
		}
		cur.strands = append(cur.strands, [2]int{from, j})
		if len(xs) > 0 {
			cur.y0, cur.y1 = math.Min(cur.y0, y0), math.Max(cur.y1, y1)
			cur.xs = append(cur.xs, xs...)
		}
	}
	// Each band's glyphs, in strand order, side by side: gs rearranged in place, the strands
	// of spaces that joined no band last.
	order := scratch.sorter.keys[:0]
	for _, b := range bands {
		for _, r := range b.strands {
			for k := r[0]; k < r[1]; k++ {
				order = append(order, glyphKey{at: int32(k)})
			}
		}
	}
	for _, r := range dropped {
		for k := r[0]; k < r[1]; k++ {
			order = append(order, glyphKey{at: int32(k)})
		}
	}
	permuteGlyphs(gs, order)
	scratch.sorter.keys = order
	start := 0
	for _, b := range bands {
		n := 0
		for _, r := range b.strands {
			n += r[1] - r[0]
		}
		b.gs = gs[start : start+n : start+n]
		start += n
	}
	lines := make([]line, 0, len(bands))
	for _, b := range bands {
		ws := buildWords(b.gs, &scratch)
		if len(ws) == 0 {
			continue
		}
		l := line{words: ws, page: page, size: dominantSize(b.gs)}
		l.x0, l.y0, l.x1, l.y1 = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
		for _, w := range ws {
			l.x0 = math.Min(l.x0, w.x0)
			l.x1 = math.Max(l.x1, w.x1)
			if !w.sup {
				l.y0 = math.Min(l.y0, w.y0)
				l.y1 = math.Max(l.y1, w.y1)
			}
		}
		if math.IsInf(l.y0, 0) {
			l.y0, l.y1 = b.y0, b.y1
		}
		lines = append(lines, l)
	}
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].y0 < lines[j].y0 })
	return mergeCentredCells(mergeRaisedMarkers(lines))
}

// mergeCentredCells joins a short line set between two lines of another column to the upper
// of them: a table cell centred vertically beside a cell of two lines ("Responsible units"
// beside a wrapped list of units) belongs to their row, and read alone it would hide the row.
func mergeCentredCells(ls []line) []line {
	disjoint := func(a, b line) bool { return a.x1 < b.x0-a.size || b.x1 < a.x0-a.size }
	for i := 1; i+1 < len(ls); i++ {
		p, l, n := ls[i-1], ls[i], ls[i+1]
		if l.y0 <= p.y0 || l.y1 >= n.y1 || gapBetween(p, n) > 0.6*n.size || p.page != n.page {
			continue
		}
		if !disjoint(l, p) || !disjoint(l, n) || disjoint(p, n) {
			continue
		}
		merged := p
		merged.words = append(append([]word(nil), p.words...), l.words...)
		sort.SliceStable(merged.words, func(a, b int) bool { return merged.words[a].x0 < merged.words[b].x0 })
		merged.x0, merged.x1 = math.Min(p.x0, l.x0), math.Max(p.x1, l.x1)
		out := append(append([]line(nil), ls[:i-1]...), merged)
		ls = append(out, ls[i+1:]...)
		i--
	}
	return ls
}

// mergeRaisedMarkers joins a line made only of a small number to the line just below it, as
// the raised marker it is: a browser raises a note's number so far that it forms its own line.
func mergeRaisedMarkers(ls []line) []line {
	out := ls[:0:0]
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		if i+1 < len(ls) && len(l.words) == 1 && isMarkerText(l.words[0].text) {
			next := ls[i+1]
			if l.size < supSizeRatio*next.size && next.y0-l.y1 < 0.5*next.size && l.y1 > next.y0-0.5*next.size &&
				l.x1 <= next.x0+0.5*next.size && l.x0 >= next.x0-2*next.size {
				w := l.words[0]
				w.sup = true
				next.words = append([]word{w}, next.words...)
				next.x0 = math.Min(next.x0, w.x0)
				ls[i+1] = next
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

func isMarkerText(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for _, r := range s {
		if (r < '0' || r > '9') && !strings.ContainsRune("*†‡", r) {
			return false
		}
	}
	return true
}

// dominantSize returns the font size most characters have, rounded to a tenth of a point.
func dominantSize(gs []Glyph) float64 {
	// A line has a handful of sizes, so a slice beats a map.
	type tally struct {
		size float64
		n    int
	}
	var counts []tally
	best, bestN := 0.0, 0
	for _, g := range gs {
		if isSpace(g.Text) {
			continue
		}
		s := math.Round(g.Size*10) / 10
		i := 0
		for i < len(counts) && counts[i].size != s {
			i++
		}
		if i == len(counts) {
			counts = append(counts, tally{size: s})
		}
		counts[i].n++
		if n := counts[i].n; n > bestN || (n == bestN && s > best) {
			best, bestN = s, n
		}
	}
	return best
}

// span is an x extent of ink on a line, in points.
type span struct{ x0, x1 float64 }

// addSpan adds a glyph's extent to a strand's, merging it with the last one when they touch
// (glyphs of one strand come in x order within a word, mostly).
func addSpan(xs []span, s span) []span {
	if n := len(xs); n > 0 && s.x0 <= xs[n-1].x1+0.5 && s.x1 >= xs[n-1].x0-0.5 {
		xs[n-1] = span{math.Min(xs[n-1].x0, s.x0), math.Max(xs[n-1].x1, s.x1)}
		return xs
	}
	return append(xs, s)
}

// collides reports ink of a strand lying over ink of a line: more than a point and a third of
// the narrower extent in common. Kerning and a raised marker touch their word; the letters of
// another line cover them.
func collides(line, strand []span) bool {
	for _, a := range strand {
		for _, b := range line {
			ov := math.Min(a.x1, b.x1) - math.Max(a.x0, b.x0)
			if ov > 1 && ov > 0.3*math.Min(a.x1-a.x0, b.x1-b.x0) {
				return true
			}
		}
	}
	return false
}

// isSpace reports text that is only white space (unicode.IsSpace), or empty. Most glyphs are one
// ASCII letter: they are answered without strings.TrimSpace.
func isSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return strings.TrimSpace(s) == ""
		case c != ' ' && (c < '\t' || c > '\r'):
			return false
		}
	}
	return true
}
