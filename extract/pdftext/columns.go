package pdftext

import (
	"math"
	"sort"
)

// Pages set in two columns of running text are read column by column: the left column down to
// the next line that spans both, then the right one. A gutter counts only when it is a clear
// vertical strip most lines have text on both sides of, and both columns look like prose: most
// of their lines run to the column's right edge. A table's columns fail that test (their cells
// are ragged), so tables are left to tables.go.
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
		covered, both := 0, 0
		for _, i := range prose {
			l := p.lines[i]
			left, right, cross := false, false, false
			for _, wd := range l.words {
				switch {
				case wd.x1 < x-0.5:
					left = true
				case wd.x0 > x+0.5:
					right = true
				default:
					cross = true
				}
			}
			if cross {
				covered++
			} else if left && right {
				both++
			}
		}
		if float64(covered) <= 0.1*n && float64(both) >= 0.6*n {
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

	// Both sides must look like prose.
	var leftEnds, rightEnds []float64
	rightStart := math.Inf(1)
	for _, i := range prose {
		le, re := math.Inf(-1), math.Inf(-1)
		for _, wd := range p.lines[i].words {
			if wd.x1 < gx {
				le = math.Max(le, wd.x1)
			} else if wd.x0 > gx {
				re = math.Max(re, wd.x1)
				rightStart = math.Min(rightStart, wd.x0)
			}
		}
		if !math.IsInf(le, -1) {
			leftEnds = append(leftEnds, le)
		}
		if !math.IsInf(re, -1) {
			rightEnds = append(rightEnds, re)
		}
	}
	leftRight, okL := proseColumn(leftEnds, minX)
	rightRight, okR := proseColumn(rightEnds, rightStart)
	if !okL || !okR {
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

// proseColumn returns a column's right edge and whether most of its lines reach it.
func proseColumn(ends []float64, x0 float64) (float64, bool) {
	if len(ends) < 6 {
		return 0, false
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
	return edge, float64(full) >= 0.6*float64(len(ends))
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
