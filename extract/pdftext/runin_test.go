package pdftext

import (
	"strings"
	"testing"
)

// TestRunInHead checks that a numbered paragraph's bold run-in head, alone on its line, stays
// with the paragraph in regular type below it, while a bold heading (no closing period, or no
// number) starts a block of its own.
func TestRunInHead(t *testing.T) {
	cases := []struct {
		name, head string
		want       int // blocks
	}{
		{"numbered head ending a sentence", "1. Fund the peace committees.", 1},
		{"numbered heading", "2. Findings", 2},
		{"bold sentence without number", "Key findings of the team.", 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			// A column as narrow as the head, so that the paragraph's first word, a long one,
			// could not have followed it on its line.
			head := run{text: tc.head, x: 72, y: 90, size: 10, bold: true}
			right := head.end() + 10
			runs := []run{head}
			for i := 0; i < 3; i++ {
				runs = append(runs, run{text: fillTo("internationally", 72, 10, right), x: 72, y: 104 + float64(i)*14, size: 10})
			}
			doc := analyzePages(t, page(1, runs...))
			if len(doc.Blocks) != tc.want {
				t.Errorf("%q over a paragraph read as %d blocks, want %d\n%s", tc.head, len(doc.Blocks), tc.want, dump(doc))
			}
			if !strings.HasPrefix(doc.Blocks[0].Text, tc.head) {
				t.Errorf("first block %q, want it to start with %q", doc.Blocks[0].Text, tc.head)
			}
		})
	}
}
