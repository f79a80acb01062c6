package pdftext

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
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

// TestFurnitureInTableCell: the last line of a table cell that reads like a page number (a
// year under "Complete by Q4") in the top band of a page is the cell's, while a page number
// standing apart at the foot of the page is furniture.
func TestFurnitureInTableCell(t *testing.T) {
	head := []run{
		{text: "Recommended actions", x: 72, y: 40, size: 9, bold: true},
		{text: "Responsible", x: 330, y: 40, size: 9, bold: true},
		{text: "Timeframe", x: 450, y: 40, size: 9, bold: true},
	}
	p1 := append(append([]run{}, head...),
		run{text: "Set up a follow-up contact with every participant.", x: 72, y: 54, size: 9},
		run{text: "SET", x: 330, y: 54, size: 9},
		run{text: "Complete by Q3", x: 450, y: 54, size: 9},
		run{text: "2020", x: 450, y: 65, size: 9},
		run{text: "Allocate course places to regions by demand.", x: 72, y: 80, size: 9},
		run{text: "DPSM", x: 330, y: 80, size: 9},
		run{text: "Complete by Q2", x: 450, y: 80, size: 9},
		run{text: "2021", x: 450, y: 91, size: 9},
		run{text: "1", x: 300, y: 770, size: 9},
	)
	p2 := append(append([]run{}, head...),
		run{text: "Review the fee policy for participants.", x: 72, y: 54, size: 9},
		run{text: "DPSM", x: 330, y: 54, size: 9},
		run{text: "Complete by Q4", x: 450, y: 54, size: 9},
		run{text: "2019", x: 450, y: 65, size: 9},
		run{text: "2", x: 300, y: 770, size: 9},
	)
	doc := analyzePages(t, page(1, p1...), page(2, p2...))
	text := dump(doc)
	for _, want := range []string{"2019", "2020", "2021"} {
		if !strings.Contains(text, want) {
			t.Errorf("the cell line %q is lost; blocks:\n%s", want, text)
		}
	}
	if !slices.Contains(doc.Furniture, "1") {
		t.Errorf("furniture = %q, want the page numbers in it (kept once)", doc.Furniture)
	}
}

// TestFurniturePageOfAfterContent: "Page 1 of 2" printed right after the content of a page,
// well above the bottom band, is furniture when it ends the page; the same words inside the
// text are not.
func TestFurniturePageOfAfterContent(t *testing.T) {
	p1 := append(body(100, "The first paragraph of the paper, with some words in it."),
		run{text: "Page 1 of 2", x: 480, y: 400, size: 8})
	p2 := append(body(100, "See Page 1 of 2 below, which is text."),
		run{text: "Page 1 of 2", x: 72, y: 130, size: 10},
		run{text: "The last paragraph of the paper.", x: 72, y: 160, size: 10},
		run{text: "Page 2 of 2", x: 480, y: 300, size: 8})
	doc := analyzePages(t, page(1, p1...), page(2, p2...))
	text := dump(doc)
	if strings.Contains(text, "Page 2 of 2") {
		t.Errorf("the page footer is read as text:\n%s", text)
	}
	if !strings.Contains(text, "\nPage 1 of 2") {
		t.Errorf("a line in the middle of page 2 was taken for furniture:\n%s", text)
	}
}

// furnitureKeyRef is the definition furnitureKey implements in one pass.
func furnitureKeyRef(s string) string {
	return strings.Join(strings.Fields(regexp.MustCompile(`\d+`).ReplaceAllString(s, "#")), " ")
}

// TestFurnitureKey: digits masked, white space collapsed, as the definition says.
func TestFurnitureKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Page 3 of 12", "Page # of #"},
		{"  GB.340/INS/6  ", "GB.#/INS/#"},
		{"a\u00a0\u2003b\t\nc", "a b c"},
		{"١٢ 2024年", "١٢ #年"}, // only ASCII digits are masked, as \d in RE2
		{"\xff 7\xfe", "\xff #\xfe"},
		{"", ""},
		{" \t ", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, furnitureKey(tt.in), "furnitureKey(%q)", tt.in)
		assert.Equal(t, furnitureKeyRef(tt.in), furnitureKey(tt.in), "furnitureKey(%q) against its definition", tt.in)
	}
}

func FuzzFurnitureKey(f *testing.F) {
	for _, s := range []string{"Page 3 of 12", "a\u00a0b 12\u2003", "\xff 7\xfe", "\u0085x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := furnitureKey(s), furnitureKeyRef(s); got != want {
			t.Errorf("furnitureKey(%q) = %q, want %q", s, got, want)
		}
	})
}
