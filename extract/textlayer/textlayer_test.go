package textlayer

import (
	"strings"
	"testing"
)

func TestPageAt(t *testing.T) {
	b := Block{Page: 3, Text: strings.Repeat("x", 100), Breaks: []PageBreak{{Offset: 40, Page: 4}, {Offset: 80, Page: 5}}}
	tests := []struct {
		off, want int
	}{{0, 3}, {39, 3}, {40, 4}, {79, 4}, {80, 5}, {99, 5}}
	for _, tt := range tests {
		if got := b.PageAt(tt.off); got != tt.want {
			t.Errorf("PageAt(%d) = %d, want %d", tt.off, got, tt.want)
		}
	}
	if got := (Block{}).PageAt(5); got != 0 {
		t.Errorf("PageAt on an HTML block = %d, want 0", got)
	}
}

func TestDump(t *testing.T) {
	d := &Document{
		Format: "pdf", Pages: 2, Title: "A paper", Furniture: []string{"GB.1/X/1"},
		PageErrors: []PageError{{Page: 2, Err: "damaged"}},
		Blocks: []Block{
			{Kind: Heading, Page: 1, Text: "Introduction", Bold: true},
			{Kind: Paragraph, Page: 1, Text: "1. First words. Next page words.", Breaks: []PageBreak{{Offset: 16, Page: 2}}},
			{Kind: Table, Page: 2, Table: &TableData{Columns: 2, Rows: []Row{
				{Page: 2, Header: true, Cells: []Cell{{Text: "Action", Span: 1}, {Text: "Due by", Span: 1}}},
				{Page: 2, Cells: []Cell{{Text: "Component 1", Span: 2}}},
				{Page: 2, Cells: []Cell{{Text: "1. Do it", Span: 1}, {Text: "By end 2019", Span: 1}}},
			}}},
		},
		Footnotes: []Footnote{{Page: 1, Number: "1", Text: "A note."}},
	}
	var b strings.Builder
	if err := Dump(&b, d); err != nil {
		t.Fatal(err)
	}
	want := `format: pdf
pages: 2
title: A paper
furniture: GB.1/X/1
page error: p2: damaged

[heading p1 bold]
Introduction

[paragraph p1] [p2 at 16]
1. First words. Next page words.

[table p2, 2 columns]
  head p2: Action | Due by
  row p2: <span 2> Component 1
  row p2: 1. Do it | By end 2019

footnotes:
  p1 [1] A note.
`
	if got := b.String(); got != want {
		t.Errorf("Dump =\n%s\nwant\n%s", got, want)
	}
}

func TestRowWords(t *testing.T) {
	r := Row{Cells: []Cell{{Text: " 10. "}, {Text: ""}, {Text: "Requests the Secretary-General\nto report "}}}
	if got, want := r.Words(), "10. Requests the Secretary-General\nto report"; got != want {
		t.Errorf("Row.Words() = %q, want %q", got, want)
	}
	if got := (Row{}).Words(); got != "" {
		t.Errorf("Row{}.Words() = %q, want empty", got)
	}
}
