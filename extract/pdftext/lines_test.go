package pdftext

import (
	"strings"
	"testing"
)

// TestBuildLinesStrands: lines set closer than their boxes are tall, with a cell centred
// between them, never interleave their letters.
func TestBuildLinesStrands(t *testing.T) {
	tests := []struct {
		name string
		runs []run
		want []string
	}{
		{
			name: "cell centred beside a wrapped cell",
			runs: []run{
				{text: "1. Development of a data standard", x: 60, y: 100, size: 12},
				{text: "for inspection records", x: 60, y: 111, size: 12},
				{text: "By March 2027", x: 300, y: 105.5, size: 12},
			},
			want: []string{"1. Development of a data standard By March 2027", "for inspection records"},
		},
		{
			name: "wrapped cells both sides of a centred one",
			runs: []run{
				{text: "Review of the checklist", x: 60, y: 100, size: 12},
				{text: "June 2027", x: 250, y: 105.5, size: 12},
				{text: "Labour Inspection", x: 380, y: 100, size: 12},
				{text: "for inspectors", x: 60, y: 111, size: 12},
				{text: "Branch", x: 380, y: 111, size: 12},
			},
			want: []string{"Review of the checklist June 2027 Labour Inspection", "for inspectors Branch"},
		},
		{
			name: "raised marker stays on its line",
			runs: []run{
				{text: "in the field", x: 72, y: 100, size: 10},
				{text: "1", x: run{text: "in the field", x: 72, size: 10}.end(), y: 100, size: 6, raise: 1.5},
			},
			want: []string{"in the field 1"},
		},
	}
	for _, tt := range tests {
		var got []string
		for _, l := range buildLines(page(1, tt.runs...).Glyphs, 1) {
			got = append(got, l.text())
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: buildLines = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestBuildLinesScaledFont: a producer that sets fonts at size 1 and scales the text matrix
// gives glyphs of size 1 in boxes of the printed size; the line takes the printed size, so that
// gaps measured in ems are the gaps a reader sees.
func TestBuildLinesScaledFont(t *testing.T) {
	gs := page(1, run{text: "Responsible units", x: 72, y: 100, size: 12}).Glyphs
	for i := range gs {
		gs[i].Size = 1
	}
	ls := buildLines(gs, 1)
	if len(ls) != 1 || ls[0].size != 10 || len(ls[0].words) != 2 {
		t.Fatalf("buildLines of size-1 glyphs in 12-point boxes = %d lines, size %v, %d words; want 1 line of size 10 with 2 words",
			len(ls), ls[0].size, len(ls[0].words))
	}
}
