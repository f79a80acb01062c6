package pdftext

import (
	"slices"
	"testing"
)

// turned returns the glyphs of s set on its side, reading bottom to top, at x from y down.
func turned(s string, x, y, size float64) []Glyph {
	var out []Glyph
	for _, r := range s {
		adv := 0.5 * size
		out = append(out, Glyph{Text: string(r), X0: x, X1: x + 1.3*size, Y0: y - adv, Y1: y, Size: size})
		y -= adv
	}
	return out
}

// TestSplitTurned: text turned on its side in a side band of the page is furniture, read in
// the order the page draws it; upright text and turned text inside the page stay.
func TestSplitTurned(t *testing.T) {
	const w = 842.0
	tests := []struct {
		name      string
		glyphs    []Glyph
		wantTexts []string
		wantKept  int
	}{
		{
			name:      "symbol at the right edge and page number at the left",
			glyphs:    append(append(page(1, run{text: "Action", x: 80, y: 100, size: 9}).Glyphs, turned("GB.358/POL/4", 795, 90, 8)...), turned("2", 30, 270, 8)...),
			wantTexts: []string{"GB.358/POL/4", "2"},
			wantKept:  6,
		},
		{
			name:     "turned column heading inside the page",
			glyphs:   turned("Priority", 400, 200, 8),
			wantKept: 8,
		},
		{
			name:     "upright text in the side band",
			glyphs:   page(1, run{text: "Note", x: 800, y: 300, size: 9}).Glyphs,
			wantKept: 4,
		},
	}
	for _, tt := range tests {
		kept, texts := splitTurned(tt.glyphs, w)
		if !slices.Equal(texts, tt.wantTexts) || len(kept) != tt.wantKept {
			t.Errorf("%s: splitTurned = %d glyphs kept, %q; want %d, %q", tt.name, len(kept), texts, tt.wantKept, tt.wantTexts)
		}
	}
}
