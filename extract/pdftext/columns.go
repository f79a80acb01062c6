package pdftext

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Pages set in two columns of running text are read column by column: the left column down to
// the next line that spans both, then the right one. A gutter counts only when it is a clear
// vertical strip that few lines cross, with text on both sides of it, and both columns read as
// running text (proseColumn): text fills its column's width line after line and wraps
// mid-sentence. A table's columns fail that test (their cells are short and ragged, each row
// starts afresh), so tables are left to tables.go. The two columns need not share baselines: a
// side column or box set with its own spacing has lines beside the main column's at any height.
//
// BUG: three or more columns, and columns of different lengths beside a figure, are read
// line by line across the page.

// readColumns reorders a two-column page in place; it reports whether it did.
func readColumns(p *pageLines, bodySize float64) bool {
	var prose []int
	for i, l := range p.lines {
		if math.Abs(l.size-bodySize) <= 0.5 {
			prose = append(prose, i)
		}
	}
	if len(prose) < 12 {
		return false
	}
	minX, maxX := math.Inf(1), math.Inf(-1)
	for _, i := range prose {
		minX = math.Min(minX, p.lines[i].x0)
		maxX = math.Max(maxX, p.lines[i].x1)
	}
	w := maxX - minX
	n := float64(len(prose))
	// The widest strip in the middle of the text that words seldom cover and most lines have
	// text on both sides of.
	bestLo, bestHi := 0.0, 0.0
	runLo := math.NaN()
	for x := minX + 0.3*w; x <= minX+0.7*w; x++ {
		covered, both, lefts, rights := 0, 0, 0, 0
		for _, i := range prose {
			l := p.lines[i]
			left, right, cross := sidesOf(l.words, x)
			switch {
			case cross:
				covered++
			case left && right:
				both++
			case left:
				lefts++
			case right:
				rights++
			}
		}
		// Text on both sides: most lines hold both columns, or the columns' lines stand at
		// heights of their own, each side holding a good share of the lines.
		sides := float64(both) >= 0.6*n || (float64(both+lefts) >= 0.3*n && float64(both+rights) >= 0.3*n)
		if float64(covered) <= 0.1*n && sides {
			if math.IsNaN(runLo) {
				runLo = x
			}
			if x-runLo > bestHi-bestLo {
				bestLo, bestHi = runLo, x
			}
		} else {
			runLo = math.NaN()
		}
	}
	if bestHi-bestLo < 0.8*bodySize {
		return false
	}
	gx := (bestLo + bestHi) / 2

	// Both sides must read as running text.
	var leftSide, rightSide [][]word
	rightStart := math.Inf(1)
	for _, i := range prose {
		var lw, rw []word
		for _, wd := range p.lines[i].words {
			if wd.x1 < gx {
				lw = append(lw, wd)
			} else if wd.x0 > gx {
				rw = append(rw, wd)
				rightStart = math.Min(rightStart, wd.x0)
			}
		}
		if len(lw) > 0 {
			leftSide = append(leftSide, lw)
		}
		if len(rw) > 0 {
			rightSide = append(rightSide, rw)
		}
	}
	leftRight, okL := proseColumn(leftSide, minX, bodySize)
	rightRight, okR := proseColumn(rightSide, rightStart, bodySize)
	if !okL || !okR || innerGutter(leftSide, bodySize) || innerGutter(rightSide, bodySize) {
		return false
	}

	var out, left, right []line
	flush := func() {
		out = append(out, left...)
		out = append(out, right...)
		left, right = nil, nil
	}
	for _, l := range p.lines {
		var lw, rw []word
		cross := false
		for _, wd := range l.words {
			switch {
			case wd.x1 < gx:
				lw = append(lw, wd)
			case wd.x0 > gx:
				rw = append(rw, wd)
			default:
				cross = true
			}
		}
		if cross {
			flush()
			out = append(out, l)
			continue
		}
		if len(lw) > 0 {
			left = append(left, subLine(l, lw, minX, leftRight))
		}
		if len(rw) > 0 {
			right = append(right, subLine(l, rw, rightStart, rightRight))
		}
	}
	flush()
	p.lines = out
	return true
}

// proseColumn returns a column's right edge and whether its lines (each the words of one line
// on that side of the gutter, top to bottom) read as running text. Either most lines reach the
// edge (justified text), or the column wraps like ragged running text: of the pairs of lines set
// one under the other at the spacing of a paragraph, most break where the next line's first
// word would not have fitted before the edge (the line is full), and many of them break
// mid-sentence (the next line goes on in a small letter). Lines that end a paragraph
// (endsParagraph) may stop short and are not judged. A table's column of short cells
// leaves room on line after line, and its rows start afresh with a capital or a number.
func proseColumn(lines [][]word, x0, size float64) (float64, bool) {
	if len(lines) < 6 {
		return 0, false
	}
	ends := make([]float64, len(lines))
	for i, ws := range lines {
		ends[i] = ws[len(ws)-1].x1
	}
	s := append([]float64(nil), ends...)
	sort.Float64s(s)
	edge := s[len(s)*9/10]
	full := 0
	for _, e := range ends {
		if e >= edge-0.12*(edge-x0) {
			full++
		}
	}
	if float64(full) >= 0.6*float64(len(ends)) {
		return edge, true
	}
	pairs, filled, midSentence := 0, 0, 0
	for i := 0; i+1 < len(lines); i++ {
		a, b := lines[i], lines[i+1]
		if b[0].y0-a[0].y0 > 1.8*size || b[0].y0 <= a[0].y0 || endsParagraph(a) {
			continue // a paragraph's or a heading's end, or a column's top: no wrap to judge
		}
		pairs++
		next := b[0]
		if edge-ends[i] < next.x1-next.x0+0.6*size {
			filled++
		}
		if r, _ := utf8.DecodeRuneInString(next.text); unicode.IsLower(r) {
			midSentence++
		}
	}
	ok := pairs >= 4 && float64(filled) >= 0.75*float64(pairs) && float64(midSentence) >= 0.4*float64(pairs)
	return edge, ok
}

// innerGutter reports whether one side of the gutter is itself cut by a column boundary: a
// strip at least 0.8 em wide that at most a tenth of the side's lines (each the words of one
// line on that side, top to bottom) cross, while a third or more hold text on both sides of it,
// at least 3 em of it on the left. That is a table whose cells wrap like prose (a
// recommendation beside its response, a key action beside its deadline and unit), split at one
// of its column gaps; a column of running text has no such strip, and the gap after a list's
// bullet or number is narrower than 3 em of text before it.
func innerGutter(lines [][]word, size float64) bool {
	if len(lines) == 0 {
		return false
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, ws := range lines {
		lo = math.Min(lo, ws[0].x0)
		hi = math.Max(hi, ws[len(ws)-1].x1)
	}
	n := float64(len(lines))
	run := 0.0
	for x := lo + 3*size; x <= hi-size; x++ {
		covered, both := 0, 0
		for _, ws := range lines {
			left, right, cross := sidesOf(ws, x)
			switch {
			case cross:
				covered++
			case left && right && ws[0].x0 <= x-3*size:
				both++
			}
		}
		if float64(covered) <= 0.1*n && float64(both) >= n/3 {
			run++
			if run >= 0.8*size {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// endsParagraph reports whether a line may end a paragraph however short it is: it ends a
// sentence or a lead-in (". ! ? :"), or it is all bold (a heading, a label).
func endsParagraph(ws []word) bool {
	last := ws[len(ws)-1].text
	if strings.HasSuffix(last, ".") || strings.HasSuffix(last, "!") || strings.HasSuffix(last, "?") || strings.HasSuffix(last, ":") {
		return true
	}
	for _, w := range ws {
		if !w.bold {
			return false
		}
	}
	return true
}

// subLine is the part of l made of ws, in a column from colLeft to colRight.
func subLine(l line, ws []word, colLeft, colRight float64) line {
	s := line{words: ws, size: l.size, page: l.page, colLeft: colLeft, colRight: colRight}
	s.x0, s.y0, s.x1, s.y1 = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, w := range ws {
		s.x0 = math.Min(s.x0, w.x0)
		s.x1 = math.Max(s.x1, w.x1)
		if !w.sup {
			s.y0 = math.Min(s.y0, w.y0)
			s.y1 = math.Max(s.y1, w.y1)
		}
	}
	if math.IsInf(s.y0, 0) {
		s.y0, s.y1 = l.y0, l.y1
	}
	return s
}

// sidesOf reports where the words ws stand against the vertical line at x (pt): some wholly to
// its left, some wholly to its right, some across it (within half a point).
func sidesOf(ws []word, x float64) (left, right, cross bool) {
	for _, w := range ws {
		switch {
		case w.x1 < x-0.5:
			left = true
		case w.x0 > x+0.5:
			right = true
		default:
			cross = true
		}
	}
	return left, right, cross
}
