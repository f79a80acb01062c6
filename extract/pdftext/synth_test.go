package pdftext

import "strings"

// Synthetic pages for the layout tests: every glyph is half an em wide and as tall as its
// size, so positions are easy to reason about.

type run struct {
	text       string
	x, y, size float64 // y is the top of the line
	bold       bool
	raise      float64 // points the run sits above the line (a superscript)
	spaces     bool    // emit space glyphs as an engine that reports them would
	gapEm      float64 // width of a space in ems; 0 means a quarter
	glyphEm    float64 // width of a glyph in ems; 0 means a half
	trackEm    float64 // extra space after each glyph, in ems (letter-spacing)
}

func (r run) glyphWidth() float64 {
	if r.glyphEm > 0 {
		return r.glyphEm * r.size
	}
	return 0.5 * r.size
}

func (r run) glyphs() []Glyph {
	var out []Glyph
	x := r.x
	gap := r.gapEm
	if gap == 0 {
		gap = 0.25
	}
	for _, ch := range r.text {
		if ch == ' ' {
			if r.spaces {
				out = append(out, Glyph{Text: " ", X0: x, X1: x + gap*r.size, Y0: r.y - r.raise, Y1: r.y + r.size - r.raise, Size: r.size, Bold: r.bold})
			}
			x += gap * r.size
			continue
		}
		w := r.glyphWidth()
		out = append(out, Glyph{Text: string(ch), X0: x, X1: x + w, Y0: r.y - r.raise, Y1: r.y + r.size - r.raise, Size: r.size, Font: "Serif", Bold: r.bold})
		x += w + r.trackEm*r.size
	}
	return out
}

// width returns the x just after the run's last glyph.
func (r run) end() float64 {
	gap := r.gapEm
	if gap == 0 {
		gap = 0.25
	}
	x := r.x
	for _, ch := range r.text {
		if ch == ' ' {
			x += gap * r.size
		} else {
			x += r.glyphWidth() + r.trackEm*r.size
		}
	}
	return x
}

func page(n int, runs ...run) RawPage {
	p := RawPage{Number: n, Width: 600, Height: 800}
	for _, r := range runs {
		p.Glyphs = append(p.Glyphs, r.glyphs()...)
	}
	return p
}

// body lays out paragraphs of plain lines at size 10 from y, 14 points apart, at x=72.
func body(y float64, lines ...string) []run {
	var out []run
	for i, l := range lines {
		out = append(out, run{text: l, x: 72, y: y + float64(i)*14, size: 10})
	}
	return out
}

// fullLine pads s with words to roughly n characters so that the line reaches the margin.
func fullLine(s string, n int) string {
	for len(s) < n {
		s += " text"
	}
	return s
}

func texts(ws []word) string {
	var s []string
	for _, w := range ws {
		if w.sup {
			s = append(s, "^"+w.text)
		} else {
			s = append(s, w.text)
		}
	}
	return strings.Join(s, "|")
}

// fillTo pads s with words until a run of it at x reaches about right.
func fillTo(s string, x, size, right float64) string {
	for (run{text: s + " text", x: x, size: size}).end() <= right {
		s += " text"
	}
	return s
}
