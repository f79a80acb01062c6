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
