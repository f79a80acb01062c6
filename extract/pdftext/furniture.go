package pdftext

import (
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page furniture: running headers and footers, page numbers and the header and footer a browser
// prints. Only lines in the top or bottom band of a page are candidates, so body text that
// happens to repeat is never removed.

const furnitureBand = 0.12 // fraction of the page height at top and bottom

var (
	pageNumberRe = regexp.MustCompile(`(?i)^(page\s+)?[-–—]?\s*(\d{1,4}|[ivxlc]{1,7})\s*[-–—]?(\s*(/|of)\s*\d{1,4})?$`)
	// A browser's print header starts with the date and time of printing.
	printStampRe = regexp.MustCompile(`^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(\s*[AaPp]\.?[Mm]\.?)?`)
	// A browser's print footer: the page's URL, then "n/N".
	printURLRe = regexp.MustCompile(`^(https?|file|about|data):\S+`)
	// A page number with the word and the page count ("Page 1 of 2") is furniture wherever
	// the page sets it, as long as it ends or starts the page: a footer printed right after
	// the content of a short page stands well above the bottom band.
	pageOfRe = regexp.MustCompile(`(?i)^(page|p\.|pág\.?|página)\s*\d{1,4}\s*(of|/|de|sur)\s*\d{1,4}$`)
)

// furnitureKey masks digits so that "Page 3" and "Page 4" compare equal: each run of ASCII
// digits becomes "#" and each run of white space (unicode.IsSpace) one space, none at either
// end. It does in one pass what strings.Fields of a regexp replacement did in three allocating
// ones (6% of the layout analysis: it is called for every line near a page's edges).
func furnitureKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // white space seen since the last text written
	write := func(t string) {
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(t)
	}
	for i := 0; i < len(s); {
		if c := s[i]; c >= '0' && c <= '9' {
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				i++
			}
			write("#")
			continue
		}
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			space = true
		} else {
			write(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

type pageLines struct {
	number        int
	width, height float64
	lines         []line
}

// removeFurniture deletes running headers and footers from pages and returns one copy of each
// removed text, in first-seen order.
func removeFurniture(pages []pageLines) []string {
	type occ struct {
		page int
		y    float64
	}
	inBand := func(p pageLines, l line) bool {
		return l.y1 <= p.height*furnitureBand || l.y0 >= p.height*(1-furnitureBand)
	}
	seen := map[string][]occ{}
	variants := map[string]map[string]bool{} // the texts behind each key, in the bands
	// Where a masked text also occurs in the body ("RECOMMENDATION 3" at the top of some pages
	// and lower on others) it is content, unless the band holds it word for word each time.
	inBody := map[string]bool{}
	// The header row of a table repeated at the top of each page it runs over sits where a
	// running header would; it belongs to the table, as do the table's rows, and so does the
	// last line of a cell that reads like a page number ("2019" under "Complete by Q4").
	inTables := make([][]bool, len(pages))
	for pi, p := range pages {
		inTable := make([]bool, len(p.lines))
		for _, t := range findTables(p, nil, vocabulary{}) {
			for i := t.first; i <= t.last; i++ {
				inTable[i] = true
			}
		}
		inTables[pi] = inTable
		for i, l := range p.lines {
			k := furnitureKey(l.text())
			if inTable[i] {
				inBody[k] = true
				continue
			}
			if inBand(p, l) {
				seen[k] = append(seen[k], occ{p.number, (l.y0 + l.y1) / 2})
				if variants[k] == nil {
					variants[k] = map[string]bool{}
				}
				variants[k][l.text()] = true
			} else {
				inBody[k] = true
			}
		}
	}
	// A key repeats when it sits at the same height on at least half the pages (two at least).
	readable := 0
	for _, p := range pages {
		if len(p.lines) > 0 {
			readable++
		}
	}
	need := max(2, (readable+1)/2)
	repeated := map[string]bool{}
	for k, os := range seen {
		// A running header repeats word for word; a text that varies ("RECOMMENDATION 3")
		// and also occurs in the body is content.
		if len(os) < need || (inBody[k] && len(variants[k]) > 1) {
			continue
		}
		ys := make([]float64, len(os))
		for i, o := range os {
			ys[i] = o.y
		}
		med := median(ys)
		pagesAt := map[int]bool{}
		for _, o := range os {
			if math.Abs(o.y-med) < 12 {
				pagesAt[o.page] = true
			}
		}
		if len(pagesAt) >= need {
			repeated[k] = true
		}
	}
	// A document whose only text is a line repeated on every page ("Potato 1", "Potato 2") is
	// that text, not furniture: removing it would leave nothing to read.
	body := 0
	for _, p := range pages {
		for _, l := range p.lines {
			if t := l.text(); !inBand(p, l) || !(repeated[furnitureKey(t)] || isFurnitureLine(t)) {
				body++
			}
		}
	}
	if body == 0 {
		return nil
	}
	var kept []string
	have := map[string]bool{}
	for pi := range pages {
		p := &pages[pi]
		out := p.lines[:0]
		for i, l := range p.lines {
			t := l.text()
			lone := isFurnitureLine(t) && !(inTables[pi][i] && inTableCell(p.lines, i))
			edge := (i == 0 || i == len(p.lines)-1) && pageOfRe.MatchString(strings.TrimSpace(t))
			if inBand(*p, l) && (repeated[furnitureKey(t)] || lone) || edge {
				k := furnitureKey(t)
				if !have[k] {
					have[k] = true
					kept = append(kept, t)
				}
				continue
			}
			out = append(out, l)
		}
		p.lines = out
	}
	return kept
}

// isFurnitureLine recognises furniture that need not repeat: a page number, a browser's print
// stamp or URL footer.
func isFurnitureLine(t string) bool {
	t = strings.TrimSpace(t)
	return pageNumberRe.MatchString(t) || printStampRe.MatchString(t) || printURLRe.MatchString(t)
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s[len(s)/2]
}

// turnedSideBand is the fraction of the page width at either side where text turned on its side
// is furniture.
const turnedSideBand = 0.15

// isTurned reports a glyph set on its side: its box is as wide as the font is high and only as
// tall as the glyph's advance. Upright glyphs are at least as tall as their size.
func isTurned(g Glyph) bool {
	w, h := g.X1-g.X0, g.Y1-g.Y0
	return g.Size > 0 && w >= 0.9*g.Size && h < 0.8*w && h < 0.85*g.Size
}

// splitTurned takes out of a page's glyphs the text turned on its side in the page's side
// bands: the running header and page number of a landscape page printed in the portrait
// position, which stand letter over letter beside the body and would otherwise make a line of
// each letter or join the body's lines. It returns the glyphs left, and the turned texts in the
// order the page draws them (bottom to top for text turned anticlockwise).
//
// Turned text inside the page (a column heading set sideways) stays where it is.
func splitTurned(gs []Glyph, width float64) ([]Glyph, []string) {
	if width <= 0 {
		return gs, nil
	}
	inBand := func(g Glyph) bool {
		return g.X1 <= width*turnedSideBand || g.X0 >= width*(1-turnedSideBand)
	}
	any := false
	for _, g := range gs {
		if isTurned(g) && inBand(g) {
			any = true
			break
		}
	}
	if !any {
		return gs, nil // most pages: nothing to copy
	}
	out := make([]Glyph, 0, len(gs))
	var texts []string
	var cur strings.Builder
	var last *Glyph
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			texts = append(texts, t)
		}
		cur.Reset()
		last = nil
	}
	for i := range gs {
		g := gs[i]
		if isSpace(g.Text) && last != nil && math.Abs(g.X0-last.X0) < 1 {
			cur.WriteString(" ")
			continue
		}
		if isSpace(g.Text) || !isTurned(g) || !inBand(g) {
			if !isSpace(g.Text) {
				flush()
			}
			out = append(out, g)
			continue
		}
		// One turned line shares its x extent, letter after letter.
		if last != nil && (math.Abs(g.X0-last.X0) > 1 || math.Abs(g.X1-last.X1) > 1 ||
			math.Min(math.Abs(g.Y1-last.Y0), math.Abs(g.Y0-last.Y1)) > 0.5*g.Size) {
			flush()
		}
		cur.WriteString(g.Text)
		last = &gs[i]
	}
	flush()
	return out, texts
}

// inTableCell reports a line of a table that continues a cell of the line above it: it follows
// that line at no more than a line's height and starts where one of its words starts, as the
// second line of a wrapped cell does. A page number under a table stands apart from it.
func inTableCell(ls []line, i int) bool {
	if i == 0 {
		return false
	}
	l, prev := ls[i], ls[i-1]
	h := l.y1 - l.y0
	if gap := l.y0 - prev.y1; h <= 0 || gap < -0.5*h || gap > h {
		return false
	}
	for _, w := range prev.words {
		if math.Abs(w.x0-l.x0) < 2 {
			return true
		}
	}
	return false
}
