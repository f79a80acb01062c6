package pdftext

import (
	"math"
	"strings"
	"testing"

	"gbtrack/extract/textlayer"

	"github.com/stretchr/testify/assert"
)

// planPages is an action plan table in the manner of a GB paper's appendix: a bold header, bold
// group rows spanning the table (one wrapping), numbered rows with wrapped cells, an empty cell,
// and a continuation on the next page under a repeated header.
func planPages() []RawPage { return planPagesHeader(true) }

// planPagesHeader builds planPages, with or without the header repeated on page 2.
func planPagesHeader(repeat bool) []RawPage {
	const c0, c1, c2, sz = 72.0, 320.0, 420.0, 9.0
	head := func(y float64) []run {
		return []run{
			{text: "Action item", x: c0, y: y, size: sz, bold: true},
			{text: "Due by", x: c1, y: y, size: sz, bold: true},
			{text: "Status", x: c2, y: y, size: sz, bold: true},
		}
	}
	p1 := []run{{text: "Appendix", x: 72, y: 80, size: 12, bold: true}}
	p1 = append(p1, head(110)...)
	p1 = append(p1,
		run{text: fillTo("Component 1: Developing the capacity of national constituents", c0, sz, 500), x: c0, y: 123, size: sz, bold: true},
		run{text: "achievement of the goals", x: c0, y: 136, size: sz, bold: true},
		run{text: "1. In collaboration with others,", x: c0, y: 149, size: sz},
		run{text: "By end 2019", x: c1, y: 149, size: sz},
		run{text: "Completed/ongoing", x: c2, y: 149, size: sz},
		run{text: "development of training materials", x: c0, y: 162, size: sz},
		run{text: "2. Continued technical training", x: c0, y: 175, size: sz},
		run{text: "Ongoing", x: c2, y: 175, size: sz},
		run{text: "for constituent representatives", x: c0, y: 188, size: sz},
		run{text: fillTo("3. Internal consultation on", c0, sz, c1-8), x: c0, y: 201, size: sz},
		run{text: "By end 2019", x: c1, y: 201, size: sz},
		run{text: "Starting 2020 following", x: c2, y: 201, size: sz},
		run{text: "changes to the system", x: c0, y: 214, size: sz},
		run{text: "the revision", x: c2, y: 214, size: sz},
	)
	var p2 []run
	if repeat {
		p2 = head(60)
	}
	p2 = append(p2,
		run{text: "4. Reinforcement of the programme", x: c0, y: 73, size: sz},
		run{text: "By mid-2019", x: c1, y: 73, size: sz},
		run{text: "Ongoing", x: c2, y: 73, size: sz},
		run{text: "for officials", x: c0, y: 86, size: sz},
		run{text: fillTo("A paragraph after the table, well below it", 72, sz, 520), x: 72, y: 140, size: sz},
		run{text: "and its second line.", x: 72, y: 153, size: sz},
	)
	return []RawPage{page(1, p1...), page(2, p2...)}
}

func rowTexts(r textlayer.Row) string {
	var s []string
	for _, c := range r.Cells {
		if c.Span > 1 {
			s = append(s, "<span>"+c.Text)
		} else {
			s = append(s, c.Text)
		}
	}
	return strings.Join(s, " | ")
}

func TestTablePlan(t *testing.T) {
	for _, repeat := range []bool{true, false} {
		testTablePlan(t, repeat)
	}
}

func testTablePlan(t *testing.T, repeat bool) {
	doc := analyzePages(t, planPagesHeader(repeat)...)
	var tables []*textlayer.TableData
	for _, b := range doc.Blocks {
		if b.Kind == textlayer.Table {
			tables = append(tables, b.Table)
		}
	}
	if len(tables) != 1 {
		t.Fatalf("header repeated %v: got %d tables, want 1 continued over two pages\n%s", repeat, len(tables), dump(doc))
	}
	tb := tables[0]
	if tb.Columns != 3 {
		t.Errorf("Columns = %d, want 3", tb.Columns)
	}
	want := []string{
		"Action item | Due by | Status",
		"<span>" + fillTo("Component 1: Developing the capacity of national constituents", 72, 9, 500) + " achievement of the goals",
		"1. In collaboration with others, development of training materials | By end 2019 | Completed/ongoing",
		"2. Continued technical training for constituent representatives |  | Ongoing",
		fillTo("3. Internal consultation on", 72, 9, 312) + " changes to the system | By end 2019 | Starting 2020 following the revision",
		"4. Reinforcement of the programme for officials | By mid-2019 | Ongoing",
	}
	var got []string
	for _, r := range tb.Rows {
		got = append(got, rowTexts(r))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("header repeated %v: rows:\n%s\nwant:\n%s", repeat, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !tb.Rows[0].Header || tb.Rows[1].Header {
		t.Errorf("header flags = %v, %v; want only the first row flagged", tb.Rows[0].Header, tb.Rows[1].Header)
	}
	if span := tb.Rows[1].Cells; len(span) != 1 || span[0].Span != 3 {
		t.Errorf("group row cells = %+v, want one cell spanning 3", span)
	}
	if last := tb.Rows[len(tb.Rows)-1]; last.Page != 2 {
		t.Errorf("last row page = %d, want 2", last.Page)
	}
	lastBlock := doc.Blocks[len(doc.Blocks)-1]
	if lastBlock.Kind != textlayer.Paragraph || !strings.HasPrefix(lastBlock.Text, "A paragraph after the table") {
		t.Errorf("last block = %v %q, want the paragraph after the table", lastBlock.Kind, lastBlock.Text)
	}
}

// TestTableWrappedHeader: four columns, the last header wrapping over two lines, an empty
// column, a wrapped first cell, and a justified bold line with wide gaps that is no table.
func TestTableWrappedHeader(t *testing.T) {
	const sz = 10.0
	runs := []run{
		{text: "Develop an Organization-wide crisis response strategy", x: 72, y: 60, size: sz, bold: true, gapEm: 2.5},
		{text: "headquarters and the field.", x: 72, y: 74, size: sz, bold: true},
		{text: "Responsible units", x: 72, y: 110, size: sz, bold: true},
		{text: "Priority", x: 250, y: 110, size: sz, bold: true},
		{text: "Time implication", x: 320, y: 110, size: sz, bold: true},
		{text: "Resource", x: 430, y: 110, size: sz, bold: true},
		{text: "implication", x: 430, y: 123, size: sz, bold: true},
		{text: "Deputy Director-General for Field", x: 72, y: 140, size: sz},
		{text: "Short-term", x: 320, y: 140, size: sz},
		{text: "Medium", x: 430, y: 140, size: sz},
		{text: "Operations (DDG/FOP), Bureau for", x: 72, y: 153, size: sz},
		{text: "Workers' Activities, Turin Centre", x: 72, y: 166, size: sz},
		{text: "RECOMMENDATION 2", x: 72, y: 220, size: sz, bold: true},
	}
	doc := analyzePages(t, page(1, runs...))
	var tb *textlayer.TableData
	for _, b := range doc.Blocks {
		if b.Kind == textlayer.Table {
			if tb != nil {
				t.Fatalf("more than one table\n%s", dump(doc))
			}
			tb = b.Table
		}
	}
	if tb == nil {
		t.Fatalf("no table\n%s", dump(doc))
	}
	want := []string{
		"Responsible units | Priority | Time implication | Resource implication",
		"Deputy Director-General for Field Operations (DDG/FOP), Bureau for Workers' Activities, Turin Centre |  | Short-term | Medium",
	}
	var got []string
	for _, r := range tb.Rows {
		got = append(got, rowTexts(r))
	}
	if tb.Columns != 4 || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("table %d columns:\n%s\nwant 4 columns:\n%s", tb.Columns, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if first := doc.Blocks[0]; first.Kind == textlayer.Table || !strings.HasPrefix(first.Text, "Develop an Organization-wide crisis") {
		t.Errorf("first block = %v %q, want the justified bold paragraph", first.Kind, first.Text)
	}
}

func BenchmarkFindTables(b *testing.B) {
	pages := planPages()
	p := pageLines{number: 1, width: 600, height: 800, lines: buildLines(pages[0].Glyphs, 1)}
	v := vocabulary{}
	for b.Loop() {
		findTables(p, nil, v)
	}
}

// TestTableOneLineRows: rows of one line each, every column filled, in narrow columns, on three
// pages that each start with the header: one row a line, the header and rows are not furniture,
// and the table runs on over the pages with its repeated header dropped.
func TestTableOneLineRows(t *testing.T) {
	rows := [][]string{{"Austria", "Vienna", "83,859"}, {"Belgium", "Brussels", "30,518"}, {"Denmark", "Copenhagen", "43,094"}}
	var pages []RawPage
	for p := 1; p <= 3; p++ {
		runs := []run{
			{text: "Country", x: 72, y: 40, size: 10, bold: true},
			{text: "Capital", x: 150, y: 40, size: 10, bold: true},
			{text: "Area", x: 250, y: 40, size: 10, bold: true},
		}
		for i, r := range rows {
			y := 54 + float64(i)*14
			runs = append(runs, run{text: r[0], x: 72, y: y, size: 10}, run{text: r[1], x: 150, y: y, size: 10}, run{text: r[2], x: 250, y: y, size: 10})
		}
		pages = append(pages, page(p, runs...))
	}
	doc := analyzePages(t, pages...)
	if len(doc.Furniture) != 0 {
		t.Errorf("Furniture = %q, want none: the header belongs to the table", doc.Furniture)
	}
	tables := 0
	for _, b := range doc.Blocks {
		if b.Kind != textlayer.Table {
			continue
		}
		tables++
		var got []string
		for _, r := range b.Table.Rows {
			got = append(got, rowTexts(r))
		}
		want := []string{"Country | Capital | Area"}
		for p := 0; p < 3; p++ {
			want = append(want, "Austria | Vienna | 83,859", "Belgium | Brussels | 30,518", "Denmark | Copenhagen | 43,094")
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("table p%d rows:\n%s\nwant:\n%s", b.Page, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	if tables != 1 {
		t.Errorf("got %d tables, want one running over the three pages\n%s", tables, dump(doc))
	}
}

func TestTableGroupRowInFirstColumn(t *testing.T) {
	runs := []run{
		{text: "Action", x: 72, y: 60, size: 10, bold: true},
		{text: "Deadline", x: 300, y: 60, size: 10, bold: true},
		{text: "Progress", x: 420, y: 60, size: 10, bold: true},
		{text: "Area 1. Knowledge", x: 72, y: 74, size: 10, bold: true},
		{text: "Publication of a note", x: 72, y: 88, size: 10},
		{text: "March 2024", x: 300, y: 88, size: 10},
		{text: "Completed", x: 420, y: 88, size: 10},
	}
	doc := analyzePages(t, page(1, runs...))
	if len(doc.Blocks) != 1 || doc.Blocks[0].Kind != textlayer.Table {
		t.Fatalf("want one table\n%s", dump(doc))
	}
	rows := doc.Blocks[0].Table.Rows
	if len(rows) != 3 || len(rows[1].Cells) != 1 || rows[1].Cells[0].Span != 3 || rows[1].Cells[0].Text != "Area 1. Knowledge" {
		t.Errorf("group row = %+v, want one cell spanning 3\n%s", rows, dump(doc))
	}
}

// TestTableCentredCells: headers centred over their columns, data cells left-aligned and
// centred vertically in rows set apart by padding, a bold group heading that happens to break at
// a column start.
func TestTableCentredCells(t *testing.T) {
	const sz = 9.0
	runs := []run{
		{text: "No.", x: 74, y: 60, size: sz, bold: true},
		{text: "Output", x: 180, y: 60, size: sz, bold: true},
		{text: "Timeline", x: 320, y: 60, size: sz, bold: true},
		{text: "Status", x: 440, y: 60, size: sz, bold: true},
		{text: "Outcome 1: Knowledge is easier to find", x: 65, y: 76, size: sz, bold: true},
		// Row 1.1: three lines of output; number, timeline and status centred on the middle one.
		{text: "Launch of the new portal", x: 103, y: 94, size: sz},
		{text: "1.1", x: 65, y: 104, size: sz},
		{text: "together with documents", x: 103, y: 105, size: sz},
		{text: "Q2 2025", x: 300, y: 104, size: sz},
		{text: "On track", x: 420, y: 104, size: sz},
		{text: "and evaluation reports", x: 103, y: 116, size: sz},
		// Row 1.2: one line each.
		{text: "1.2", x: 65, y: 135, size: sz},
		{text: "Migration of content", x: 103, y: 135, size: sz},
		{text: "By end 2025", x: 300, y: 135, size: sz},
		{text: "In progress", x: 420, y: 135, size: sz},
		// Row 1.3: two lines of output, the rest centred between them.
		{text: "Training of staff in", x: 103, y: 154, size: sz},
		{text: "1.3", x: 65, y: 159, size: sz},
		{text: "Second half", x: 300, y: 159, size: sz},
		{text: "Not started", x: 420, y: 159, size: sz},
		{text: "the field", x: 103, y: 165, size: sz},
	}
	doc := analyzePages(t, page(1, runs...))
	var tb *textlayer.TableData
	for _, b := range doc.Blocks {
		if b.Kind == textlayer.Table {
			tb = b.Table
		}
	}
	if tb == nil {
		t.Fatalf("no table\n%s", dump(doc))
	}
	want := []string{
		"No. | Output | Timeline | Status",
		"<span>Outcome 1: Knowledge is easier to find",
		"1.1 | Launch of the new portal together with documents and evaluation reports | Q2 2025 | On track",
		"1.2 | Migration of content | By end 2025 | In progress",
		"1.3 | Training of staff in the field | Second half | Not started",
	}
	var got []string
	for _, r := range tb.Rows {
		got = append(got, rowTexts(r))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTableKeyValue: a two-column table of labels and short values, the labels nearly as wide
// as their column: every line is a row.
func TestTableKeyValue(t *testing.T) {
	rows := [][]string{{"Responsible units", "Regional Office for Arab States (ROAS), PARDEV"}, {"Priority", "High"}, {"Time implication", "Short term"}, {"Resource implication", "Low"}}
	var runs []run
	for i, r := range rows {
		y := 100 + float64(i)*17
		runs = append(runs, run{text: r[0], x: 72, y: y, size: 11}, run{text: r[1], x: 72 + run{text: "Resource implication", size: 11}.end() + 6, y: y, size: 11})
	}
	doc := analyzePages(t, page(1, runs...))
	if len(doc.Blocks) != 1 || doc.Blocks[0].Kind != textlayer.Table {
		t.Fatalf("want one table\n%s", dump(doc))
	}
	var got []string
	for _, r := range doc.Blocks[0].Table.Rows {
		got = append(got, rowTexts(r))
	}
	want := "Responsible units | Regional Office for Arab States (ROAS), PARDEV\nPriority | High\nTime implication | Short term\nResource implication | Low"
	if strings.Join(got, "\n") != want {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}

// TestTableCentredLabel: a label centred beside a value of two lines, in a table of labels and
// values whose first row is that one.
func TestTableCentredLabel(t *testing.T) {
	runs := []run{
		{text: "A paragraph before the table.", x: 72, y: 60, size: 11},
		{text: "ROAS, CSPR, Employment-Intensive Investment", x: 200, y: 100, size: 11},
		{text: "Responsible units", x: 72, y: 107, size: 11},
		{text: "Programme (EIIP)", x: 200, y: 114, size: 11},
		{text: "Priority", x: 72, y: 134, size: 11},
		{text: "Medium", x: 200, y: 134, size: 11},
		{text: "Time implication", x: 72, y: 154, size: 11},
		{text: "Medium term", x: 200, y: 154, size: 11},
	}
	doc := analyzePages(t, page(1, runs...))
	var got []string
	for _, b := range doc.Blocks {
		if b.Kind == textlayer.Table {
			for _, r := range b.Table.Rows {
				got = append(got, rowTexts(r))
			}
		}
	}
	want := "Responsible units | ROAS, CSPR, Employment-Intensive Investment Programme (EIIP)\nPriority | Medium\nTime implication | Medium term"
	if strings.Join(got, "\n") != want {
		t.Errorf("rows:\n%s\nwant:\n%s\n%s", strings.Join(got, "\n"), want, dump(doc))
	}
}

// TestTableCentredColumns: columns come from the text under the header, so headers centred over
// left-aligned cells, and cells centred under their headers, give the same table.
func TestTableCentredColumns(t *testing.T) {
	const sz = 12.0
	tests := []struct {
		name string
		runs []run
		want []string
	}{
		{
			name: "header centred over left-aligned cells, rows padded",
			runs: []run{
				{text: "Action", x: 180, y: 100, size: sz, bold: true},
				{text: "Due by", x: 300, y: 100, size: sz, bold: true},
				{text: "Status", x: 420, y: 100, size: sz, bold: true},
				{text: "1. Development of a data", x: 60, y: 131, size: sz},
				{text: "standard for records", x: 60, y: 144, size: sz},
				{text: "By March 2027", x: 290, y: 137.5, size: sz},
				{text: "Ongoing", x: 415, y: 137.5, size: sz},
				{text: "2. Training of statisticians", x: 60, y: 176, size: sz},
				{text: "Second half of 2027", x: 270, y: 176, size: sz},
				{text: "Not started", x: 405, y: 176, size: sz},
			},
			want: []string{
				"Action | Due by | Status",
				"1. Development of a data standard for records | By March 2027 | Ongoing",
				"2. Training of statisticians | Second half of 2027 | Not started",
			},
		},
		{
			name: "cells centred under their headers",
			runs: []run{
				{text: "Action", x: 150, y: 100, size: sz, bold: true},
				{text: "Due by", x: 320, y: 100, size: sz, bold: true},
				{text: "Status", x: 440, y: 100, size: sz, bold: true},
				{text: "1. Development of a data standard for", x: 60, y: 118, size: sz},
				{text: "By March 2027", x: 300, y: 118, size: sz},
				{text: "Ongoing", x: 435, y: 118, size: sz},
				{text: "records", x: 60, y: 132, size: sz},
				{text: "2. Training of statisticians in regions", x: 60, y: 150, size: sz},
				{text: "Second half of 2027", x: 285, y: 150, size: sz},
				{text: "Not started", x: 426, y: 150, size: sz},
			},
			want: []string{
				"Action | Due by | Status",
				"1. Development of a data standard for records | By March 2027 | Ongoing",
				"2. Training of statisticians in regions | Second half of 2027 | Not started",
			},
		},
	}
	for _, tt := range tests {
		doc := analyzePages(t, page(1, tt.runs...))
		tbs := tablesOf(doc)
		if len(tbs) != 1 {
			t.Errorf("%s: %d tables, want 1\n%s", tt.name, len(tbs), dump(doc))
			continue
		}
		var got []string
		for _, r := range tbs[0].Table.Rows {
			got = append(got, rowTexts(r))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: rows:\n%s\nwant:\n%s", tt.name, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

// TestContinuesRow: the first row on a table's next page is the rest of the row the page
// before ended with when its first cell is empty, or goes on in small letters alone.
func TestContinuesRow(t *testing.T) {
	row := func(cells ...string) textlayer.Row {
		r := textlayer.Row{}
		for _, c := range cells {
			r.Cells = append(r.Cells, textlayer.Cell{Text: c, Span: 1})
		}
		return r
	}
	last := row("3", "Action 3: Support to the inspectorate", "By September 2027", "Completed")
	tests := []struct {
		name string
		next textlayer.Row
		want bool
	}{
		{"rest of the action, first cell empty", row("", "in high-risk sectors.", "", ""), true},
		{"next numbered row", row("4", "Action 4: Training", "By 2027", "Planned"), false},
		{"first cell goes on in small letters", row("and of the ministry", "", "", ""), true},
		{"first cell starts a capital entry", row("Training of staff", "", "", ""), false},
		{"an empty row", row("", "", "", ""), false},
		{"a spanning row", textlayer.Row{Cells: []textlayer.Cell{{Text: "Outcome 2", Span: 4}}}, false},
	}
	for _, tt := range tests {
		if got := continuesRow(last, tt.next); got != tt.want {
			t.Errorf("%s: continuesRow = %v, want %v", tt.name, got, tt.want)
		}
	}
	// A sub-row: a key action beside its recommendation's merged cell, the first cell empty.
	sub := row("", "2.3 Commission a baseline", "GEDI", "December")
	subTests := []struct {
		name string
		next textlayer.Row
		want bool
	}{
		{"rest of the key action", row("", "study on disability", "", "2026"), true},
		{"next key action", row("", "2.4 Publish the study", "GEDI", "2027"), false},
		{"next key action, a capital", row("", "Publish the study", "GEDI", "2027"), false},
		{"next recommendation", row("3. Build capacity", "3.1 Train", "ACTRAV", "2026"), false},
	}
	for _, tt := range subTests {
		if got := continuesRow(sub, tt.next); got != tt.want {
			t.Errorf("%s: continuesRow(sub-row) = %v, want %v", tt.name, got, tt.want)
		}
	}
	got := joinRows(last, row("", "in high-risk sectors.", "", ""), vocabulary{})
	if want := "Action 3: Support to the inspectorate in high-risk sectors."; got.Cells[1].Text != want || got.Cells[0].Text != "3" {
		t.Errorf("joinRows = %+v, want cell 1 %q", got.Cells, want)
	}
}

// TestTableTallHeaderSpanningRows: a header whose last column lists its values one a line, and a
// recommendation spanning the table over several lines before the first row of actions.
func TestTableTallHeaderSpanningRows(t *testing.T) {
	const sz = 8.5
	long := "Recommendation 1: The Office should place the prevention of exposure at the centre of"
	runs := []run{
		{text: "Action", x: 77, y: 100, size: sz},
		{text: "Responsible unit", x: 286, y: 100, size: sz},
		{text: "Stage:", x: 420, y: 100, size: sz},
		{text: "Not started", x: 420, y: 110, size: sz},
		{text: "In progress", x: 420, y: 120, size: sz},
		{text: "Completed", x: 420, y: 130, size: sz},
		{text: long, x: 77, y: 146, size: sz},
		{text: "its next programme and make it the basis for decisions.", x: 77, y: 157, size: sz},
		{text: "Subrecommendations include:", x: 77, y: 168, size: sz},
		{text: "(a) Map the crops and the countries where exposure to agrochemicals is highest;", x: 77, y: 179, size: sz},
		{text: "Management response: Agree.", x: 77, y: 190, size: sz},
		{text: "Response to point (a):", x: 77, y: 206, size: sz},
		{text: "Rural Safety Unit", x: 286, y: 206, size: sz},
		{text: "In progress", x: 420, y: 206, size: sz},
		{text: "The Office will prepare a map.", x: 77, y: 217, size: sz},
	}
	doc := analyzePages(t, page(1, runs...))
	tbs := tablesOf(doc)
	if len(tbs) != 1 {
		t.Fatalf("%d tables, want 1\n%s", len(tbs), dump(doc))
	}
	want := []string{
		"Action | Responsible unit | Stage: Not started In progress Completed",
		"<span>" + long + " its next programme and make it the basis for decisions. Subrecommendations include:",
		"<span>(a) Map the crops and the countries where exposure to agrochemicals is highest; Management response: Agree.",
		"Response to point (a): The Office will prepare a map. | Rural Safety Unit | In progress",
	}
	var got []string
	for _, r := range tbs[0].Table.Rows {
		got = append(got, rowTexts(r))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTableStatusColumns: two columns of justified text whose lines are not level, each left
// cell opening with a larger bold numbered title and going on in plain text after a small gap.
func TestTableStatusColumns(t *testing.T) {
	const sz = 8.5
	left := func(s string) string { return fillTo(s, 71, sz, 289) }
	right := func(s string) string { return fillTo(s, 306, sz, 524) }
	runs := []run{
		{text: "Agreed action and risk rating", x: 129, y: 100, size: sz},
		{text: "Status at September 2026", x: 372, y: 100, size: sz},
		{text: "1. Governance [high priority]:", x: 71, y: 125, size: 10, bold: true},
		{text: right("The draft directive has been prepared"), x: 306, y: 125, size: sz},
		{text: right("and is being reviewed."), x: 306, y: 135, size: sz},
		{text: left("Management agreed to set out the roles"), x: 71, y: 144, size: sz},
		{text: "The revised date is 31 March 2027.", x: 306, y: 145, size: sz},
		{text: "of the regional offices.", x: 71, y: 154, size: sz},
		{text: "2. Staffing [medium priority]:", x: 71, y: 182, size: 10, bold: true},
		{text: "See item above.", x: 306, y: 183, size: sz},
		{text: left("Management agreed to align the posts"), x: 71, y: 201, size: sz},
		{text: "with the funds available.", x: 71, y: 211, size: sz},
	}
	doc := analyzePages(t, page(1, runs...))
	tbs := tablesOf(doc)
	if len(tbs) != 1 {
		t.Fatalf("%d tables, want 1\n%s", len(tbs), dump(doc))
	}
	want := []string{
		"Agreed action and risk rating | Status at September 2026",
		"1. Governance [high priority]: " + left("Management agreed to set out the roles") + " of the regional offices. | " +
			right("The draft directive has been prepared") + " " + right("and is being reviewed.") + " The revised date is 31 March 2027.",
		"2. Staffing [medium priority]: " + left("Management agreed to align the posts") + " with the funds available. | See item above.",
	}
	var got []string
	for _, r := range tbs[0].Table.Rows {
		got = append(got, rowTexts(r))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTableNewHeaderEndsTable: under a two-column layout and a spanning response, a header of
// more columns starts a table of its own.
func TestTableNewHeaderEndsTable(t *testing.T) {
	const sz = 9.0
	runs := []run{
		{text: "Recommendation to: Project team", x: 72, y: 100, size: sz},
		{text: "Priority level: 2", x: 300, y: 100, size: sz},
		{text: "Unit: Programme management", x: 72, y: 112, size: sz},
		{text: "Phase: second", x: 300, y: 112, size: sz},
		{text: "Management response: Accepted. The plan is monitored so that the activities take place.", x: 72, y: 130, size: sz},
		{text: "Key actions", x: 72, y: 148, size: sz},
		{text: "Deadline", x: 200, y: 148, size: sz},
		{text: "Responsible", x: 300, y: 148, size: sz},
		{text: "Status", x: 430, y: 148, size: sz},
		{text: "3.1 Include the", x: 72, y: 166, size: sz},
		{text: "Q2 2022", x: 200, y: 166, size: sz},
		{text: "Project team", x: 300, y: 166, size: sz},
		{text: "Ongoing", x: 430, y: 166, size: sz},
		{text: "monitoring plan", x: 72, y: 177, size: sz},
	}
	doc := analyzePages(t, page(1, runs...))
	tbs := tablesOf(doc)
	if len(tbs) != 2 || tbs[1].Table.Columns != 4 {
		t.Fatalf("want a 2-column and a 4-column table\n%s", dump(doc))
	}
	if got, want := rowTexts(tbs[1].Table.Rows[1]), "3.1 Include the monitoring plan | Q2 2022 | Project team | Ongoing"; got != want {
		t.Errorf("key action row = %q, want %q", got, want)
	}
}

// TestJustified: a justified line of few words has gaps as wide as a table's, all equal; a
// header's gaps follow its columns.
func TestJustified(t *testing.T) {
	words := func(xs ...float64) line {
		l := line{size: 10}
		for _, x := range xs {
			l.words = append(l.words, word{text: "w", x0: x, x1: x + 40, size: 10})
		}
		return l
	}
	tests := []struct {
		name string
		l    line
		want bool
	}{
		{"justified prose", words(72, 132, 192.5, 252), true},
		{"table header", words(66, 240, 432, 492), false},
		{"two words", words(72, 300), false},
		{"ordinary word spaces", words(72, 115, 158, 201), false},
	}
	for _, tt := range tests {
		if got := justified(tt.l); got != tt.want {
			t.Errorf("%s: justified = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestTableSubRows: a matrix set with row padding whose recommendation cell spans two key-action
// rows; the second key action starts below the padding under the first one's cells while the
// recommendation's last line runs beside it. Each key action is a row of its own.
func TestTableSubRows(t *testing.T) {
	const sz = 9.0
	const c0, c1, c2, c3 = 60.0, 250.0, 330.0, 470.0
	runs := []run{
		{text: "Recommendation", x: c0, y: 60, size: sz, bold: true},
		{text: "Response", x: c1, y: 60, size: sz, bold: true},
		{text: "Key actions", x: c2, y: 60, size: sz, bold: true},
		{text: "Timeline", x: c3, y: 60, size: sz, bold: true},
		// Row 1: three lines of recommendation beside two key actions.
		{text: "Recommendation 1: The project should", x: c0, y: 80, size: sz},
		{text: "Accepted", x: c1, y: 80, size: sz},
		{text: "a) Sign an agreement with", x: c2, y: 80, size: sz},
		{text: "December", x: c3, y: 80, size: sz},
		{text: "involve the local authorities in", x: c0, y: 91, size: sz},
		{text: "each pilot commune.", x: c2, y: 91, size: sz},
		{text: "2024", x: c3, y: 91, size: sz},
		{text: "the follow-up of returnees.", x: c0, y: 102, size: sz},
		{text: "b) Train the communal staff", x: c2, y: 108, size: sz},
		{text: "June 2025", x: c3, y: 108, size: sz},
		{text: "in the case tool.", x: c2, y: 119, size: sz},
		// Row 2, after the padding.
		{text: "Recommendation 2: The project should", x: c0, y: 138, size: sz},
		{text: "Accepted", x: c1, y: 138, size: sz},
		{text: "a) Publish a yearly summary.", x: c2, y: 138, size: sz},
		{text: "March 2025", x: c3, y: 138, size: sz},
		{text: "publish its survey results.", x: c0, y: 149, size: sz},
		// Row 3, after the padding.
		{text: "Recommendation 3: The project should", x: c0, y: 170, size: sz},
		{text: "Rejected", x: c1, y: 170, size: sz},
		{text: "Not applicable", x: c2, y: 170, size: sz},
		{text: "Not applicable", x: c3, y: 170, size: sz},
		{text: "fund microcredit for all.", x: c0, y: 181, size: sz},
	}
	doc := analyzePages(t, page(1, runs...))
	var tb *textlayer.TableData
	for _, b := range doc.Blocks {
		if b.Kind == textlayer.Table {
			tb = b.Table
		}
	}
	if tb == nil {
		t.Fatalf("no table\n%s", dump(doc))
	}
	want := []string{
		"Recommendation | Response | Key actions | Timeline",
		"Recommendation 1: The project should involve the local authorities in the follow-up of returnees. | Accepted | a) Sign an agreement with each pilot commune. | December 2024",
		" |  | b) Train the communal staff in the case tool. | June 2025",
		"Recommendation 2: The project should publish its survey results. | Accepted | a) Publish a yearly summary. | March 2025",
		"Recommendation 3: The project should fund microcredit for all. | Rejected | Not applicable | Not applicable",
	}
	var got []string
	for _, r := range tb.Rows {
		got = append(got, rowTexts(r))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTableCentredHeaderBand: a header whose one-line titles sit centred beside two-line ones
// (three lines that overlap in height), titles centred over left-aligned cells, and cells of
// two columns set closer than an em: one table of six columns whose rows keep their cells.
func TestTableCentredHeaderBand(t *testing.T) {
	const sz = 9.0
	runs := []run{
		{text: "Management", x: 340, y: 100, size: sz, bold: true},
		{text: "Responsible", x: 676, y: 100, size: sz, bold: true},
		{text: "Recommendation", x: 150, y: 105, size: sz, bold: true},
		{text: "Key action(s)", x: 468, y: 105, size: sz, bold: true},
		{text: "Time frame", x: 601, y: 105, size: sz, bold: true},
		{text: "Status", x: 754, y: 105, size: sz, bold: true},
		{text: "response", x: 348, y: 110, size: sz, bold: true},
		{text: "unit(s)", x: 690, y: 110, size: sz, bold: true},
		{text: "Recommendation 1. The programme should align its", x: 53, y: 130, size: sz},
		{text: "Accepted", x: 331, y: 130, size: sz},
		{text: "(a) Revise the statements at the", x: 414, y: 130, size: sz},
		{text: "Q1 2025", x: 414 + float64(len("(a) Revise the statements at the"))*0.5*sz + 0.5*sz, y: 130, size: sz},
		{text: "Country Office", x: 670, y: 130, size: sz},
		{text: "Ongoing", x: 746, y: 130, size: sz},
		{text: "outcomes with the national policy.", x: 53, y: 141, size: sz},
		{text: "mid-term review.", x: 414, y: 141, size: sz},
		{text: "Recommendation 2. The programme should raise its", x: 53, y: 160, size: sz},
		{text: "Accepted", x: 331, y: 160, size: sz},
		{text: "(a) Prepare a resource plan for", x: 414, y: 160, size: sz},
		{text: "By June 2025", x: 589, y: 160, size: sz},
		{text: "PARDEV", x: 670, y: 160, size: sz},
		{text: "Completed", x: 746, y: 160, size: sz},
		{text: "resources beyond a single donor.", x: 53, y: 171, size: sz},
		{text: "the social protection outcome.", x: 414, y: 171, size: sz},
		{text: "Recommendation 3. Reports should present results", x: 53, y: 190, size: sz},
		{text: "Accepted", x: 331, y: 190, size: sz},
		{text: "(a) Add indicators to the plan.", x: 414, y: 190, size: sz},
		{text: "March 2024", x: 589, y: 190, size: sz},
		{text: "PARDEV", x: 670, y: 190, size: sz},
		{text: "Completed", x: 746, y: 190, size: sz},
		{text: "by sex.", x: 53, y: 201, size: sz},
	}
	p := page(1, runs...)
	p.Width = 842
	doc := analyzePages(t, p)
	var tb *textlayer.TableData
	for _, b := range doc.Blocks {
		if b.Kind == textlayer.Table && tb == nil {
			tb = b.Table
		}
	}
	if tb == nil {
		t.Fatalf("no table\n%s", dump(doc))
	}
	want := []string{
		"Recommendation | Management response | Key action(s) | Time frame | Responsible unit(s) | Status",
		"Recommendation 1. The programme should align its outcomes with the national policy. | Accepted | (a) Revise the statements at the mid-term review. | Q1 2025 | Country Office | Ongoing",
		"Recommendation 2. The programme should raise its resources beyond a single donor. | Accepted | (a) Prepare a resource plan for the social protection outcome. | By June 2025 | PARDEV | Completed",
		"Recommendation 3. Reports should present results by sex. | Accepted | (a) Add indicators to the plan. | March 2024 | PARDEV | Completed",
	}
	var got []string
	for _, r := range tb.Rows {
		got = append(got, rowTexts(r))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestContinuationGrid: the rest of a table printed on the next page as a table of its own,
// with other column widths and no header, takes its columns from its first row's groups when
// that row is numbered and its lines start as many groups as the table has columns.
func TestContinuationGrid(t *testing.T) {
	open := grid{starts: []float64{30, 230, 320, 410, 500}, ends: []float64{90, 260, 380, 440, 540}}
	const sz = 10.0
	tests := []struct {
		name string
		runs []run
		want []float64 // nil: not a continuation
	}{
		{
			name: "numbered row on its own grid, last cell's start on its second line",
			runs: []run{
				{text: "2.2 Publish a guidance note on the role of social", x: 30, y: 40, size: sz},
				{text: "Q1", x: 290, y: 40, size: sz},
				{text: "Employment Policy", x: 335, y: 40, size: sz},
				{text: "Planned", x: 462, y: 40, size: sz},
				{text: "partners in fair recruitment.", x: 30, y: 51, size: sz},
				{text: "2025", x: 290, y: 51, size: sz},
				{text: "Department", x: 335, y: 51, size: sz},
				{text: "review.", x: 520, y: 51, size: sz},
			},
			want: []float64{30, 290, 335, 462, 520},
		},
		{
			name: "unnumbered text",
			runs: []run{
				{text: "Publish a guidance note on the role of social", x: 30, y: 40, size: sz},
				{text: "Q1", x: 290, y: 40, size: sz},
			},
		},
		{
			name: "numbered row with fewer groups than columns",
			runs: []run{
				{text: "2.2 Publish a guidance note on the role of social partners", x: 30, y: 40, size: sz},
				{text: "Q1 2025", x: 335, y: 40, size: sz},
			},
		},
	}
	for _, tt := range tests {
		ls := buildLines(page(2, tt.runs...).Glyphs, 2)
		g, ok := continuationGrid(ls, open)
		if ok != (tt.want != nil) {
			t.Errorf("%s: continuationGrid ok = %v, want %v (starts %v)", tt.name, ok, tt.want != nil, g.starts)
			continue
		}
		for k := range tt.want {
			if math.Abs(g.starts[k]-tt.want[k]) > 1 {
				t.Errorf("%s: starts = %v, want %v", tt.name, g.starts, tt.want)
				break
			}
		}
	}
}

// TestTableBoldInstructionRow: under a bold two-line header, a bold row of template
// instructions that stands off by the rows' padding is a row of cells, not more header nor a
// heading across the table; and rows whose lines' boxes overlap a little are told apart by
// their padding.
func TestTableBoldInstructionRow(t *testing.T) {
	const sz = 10.0
	const c0, c1, c2, c3 = 30.0, 230.0, 330.0, 430.0
	runs := []run{
		{text: "Key action(s)", x: c0, y: 100, size: sz, bold: true},
		{text: "Time", x: c1, y: 100, size: sz, bold: true},
		{text: "Responsible", x: c2, y: 100, size: sz, bold: true},
		{text: "Status", x: c3, y: 100, size: sz, bold: true},
		{text: "frame", x: c1, y: 109.6, size: sz, bold: true},
		{text: "unit(s)", x: c2, y: 109.6, size: sz, bold: true},
		{text: fillTo("List the actions that respond to the", c0, sz, c1-2), x: c0, y: 126, size: sz, bold: true},
		{text: "Give an end", x: c1, y: 126, size: sz, bold: true},
		{text: "Name the lead", x: c2, y: 126, size: sz, bold: true},
		{text: "Do not fill in", x: c3, y: 126, size: sz, bold: true},
		{text: "recommendation", x: c0, y: 135.6, size: sz, bold: true},
		{text: "date", x: c1, y: 135.6, size: sz, bold: true},
		{text: "unit", x: c2, y: 135.6, size: sz, bold: true},
		{text: "1.1 Map the data fields held by", x: c0, y: 152, size: sz},
		{text: "Within six", x: c1, y: 152, size: sz},
		{text: "Data Unit", x: c2, y: 152, size: sz},
		{text: "Ongoing", x: c3, y: 152, size: sz},
		{text: "each country office.", x: c0, y: 161.6, size: sz},
		{text: "months", x: c1, y: 161.6, size: sz},
		{text: "1.2 Migrate the existing records", x: c0, y: 178, size: sz},
		{text: "Q3 2024", x: c1, y: 178, size: sz},
		{text: "Data Unit", x: c2, y: 178, size: sz},
		{text: "Not started", x: c3, y: 178, size: sz},
		{text: "of returning workers.", x: c0, y: 187.6, size: sz},
		{text: "1.3 Report to the board once", x: c0, y: 204, size: sz},
		{text: "Q4 2024", x: c1, y: 204, size: sz},
		{text: "Data Unit", x: c2, y: 204, size: sz},
		{text: "Planned", x: c3, y: 204, size: sz},
		{text: "a year.", x: c0, y: 213.6, size: sz},
	}
	doc := analyzePages(t, page(1, runs...))
	var tb *textlayer.TableData
	for _, b := range doc.Blocks {
		if b.Kind == textlayer.Table && tb == nil {
			tb = b.Table
		}
	}
	if tb == nil {
		t.Fatalf("no table\n%s", dump(doc))
	}
	want := []string{
		"Key action(s) | Time frame | Responsible unit(s) | Status",
		"List the actions that respond to the text recommendation | Give an end date | Name the lead unit | Do not fill in",
		"1.1 Map the data fields held by each country office. | Within six months | Data Unit | Ongoing",
		"1.2 Migrate the existing records of returning workers. | Q3 2024 | Data Unit | Not started",
		"1.3 Report to the board once a year. | Q4 2024 | Data Unit | Planned",
	}
	var got []string
	for _, r := range tb.Rows {
		got = append(got, rowTexts(r))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTableGuidanceRow reads a borderless key-action table from a template: a bold header
// centred over its columns, a row of guidance spanning the table right under it (its word
// spaces happen to fall on the columns' starts), rows whose cells wrap, then the next
// recommendation's paragraph. The guidance is a spanning row, the cells keep their columns and
// the paragraph after the table stays out of it.
func TestTableGuidanceRow(t *testing.T) {
	const sz = 10.0
	runs := []run{
		{text: "Key action(s)", x: 110, y: 100, size: sz, bold: true},
		{text: "Responsible unit(s)", x: 260, y: 100, size: sz, bold: true},
		{text: "Completion date", x: 400, y: 100, size: sz, bold: true},
		{text: "Status", x: 520, y: 100, size: sz, bold: true},
		{text: fillTo("Please describe the key actions to be taken, the responsible unit and", 22, sz, 560), x: 22, y: 118, size: sz},
		{text: "(a) Hold a consultation on the list", x: 22, y: 134, size: sz},
		{text: "ACT/EMP", x: 250, y: 134, size: sz},
		{text: "June 2025", x: 400, y: 134, size: sz},
		{text: "Not", x: 520, y: 134, size: sz},
		{text: "of trades before each intake.", x: 22, y: 146, size: sz},
		{text: "started", x: 520, y: 146, size: sz},
		{text: "(b) Train the staff of the unit", x: 22, y: 162, size: sz},
		{text: "SKILLS", x: 250, y: 162, size: sz},
		{text: "Q1 2026", x: 400, y: 162, size: sz},
		{text: "Planned", x: 520, y: 162, size: sz},
	}
	runs = append(runs, run{text: fillTo("Recommendation 3: The programme should move its regional coordination", 20, sz, 480), x: 20, y: 186, size: sz})
	runs = append(runs, run{text: "Management response: Rejected", x: 20, y: 204, size: sz})
	runs = append(runs, body(260, fullLine("The Office will report on these actions to the committee", 80), "at its next session.")...)
	doc := analyzePages(t, page(1, runs...))
	tbs := tablesOf(doc)
	if len(tbs) != 1 {
		t.Fatalf("%d tables, want 1\n%s", len(tbs), dump(doc))
	}
	var got []string
	for _, r := range tbs[0].Table.Rows {
		got = append(got, rowTexts(r))
	}
	want := []string{
		"Key action(s) | Responsible unit(s) | Completion date | Status",
		"<span> Please describe",
		"(a) Hold a consultation on the list of trades before each intake. | ACT/EMP | June 2025 | Not started",
		"(b) Train the staff of the unit | SKILLS | Q1 2026 | Planned",
	}
	if len(got) != len(want) {
		t.Fatalf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for k := range want {
		if !strings.HasPrefix(got[k], strings.TrimPrefix(want[k], "<span> ")) && !(strings.HasPrefix(want[k], "<span>") && strings.Contains(got[k], "Please describe")) {
			t.Errorf("row %d = %q, want %q", k, got[k], want[k])
		}
	}
	if strings.Contains(strings.Join(got, " "), "Recommendation 3") {
		t.Errorf("the paragraph after the table was read into it:\n%s", strings.Join(got, "\n"))
	}
}

// TestTableHeaderBandApart reads a bold header whose two-line title is centred vertically
// beside one-line titles, printed by a writer that sets the line boxes apart (LibreOffice): the
// title's lines stand above and below the others, close, their words beside theirs. The header
// is one row of four columns, not three columns under a wrapped title.
func TestTableHeaderBandApart(t *testing.T) {
	const sz = 10.0
	runs := []run{
		{text: "Destinataires /", x: 300, y: 100, size: sz, bold: true},
		{text: "Recommandations", x: 40, y: 112, size: sz, bold: true},
		{text: "Priorité", x: 420, y: 112, size: sz, bold: true},
		{text: "Délai", x: 500, y: 112, size: sz, bold: true},
		{text: "Responsables", x: 300, y: 124, size: sz, bold: true},
		{text: "R1. Mettre en place un suivi", x: 40, y: 142, size: sz},
		{text: "Bureau de pays", x: 300, y: 142, size: sz},
		{text: "Élevée", x: 420, y: 142, size: sz},
		{text: "T2 2022", x: 500, y: 142, size: sz},
		{text: "R2. Organiser un atelier", x: 40, y: 160, size: sz},
		{text: "Bureau régional", x: 300, y: 160, size: sz},
		{text: "Faible", x: 420, y: 160, size: sz},
		{text: "T1 2023", x: 500, y: 160, size: sz},
	}
	doc := analyzePages(t, page(1, runs...))
	tbs := tablesOf(doc)
	if len(tbs) != 1 {
		t.Fatalf("%d tables, want 1\n%s", len(tbs), dump(doc))
	}
	var got []string
	for _, r := range tbs[0].Table.Rows {
		got = append(got, rowTexts(r))
	}
	want := []string{
		"Recommandations | Destinataires / Responsables | Priorité | Délai",
		"R1. Mettre en place un suivi | Bureau de pays | Élevée | T2 2022",
		"R2. Organiser un atelier | Bureau régional | Faible | T1 2023",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestHeaderBandSkipsProse: two newspaper columns whose lines overlap in height are prose, not a
// header band of centred titles; short titles that overlap in height are one.
func TestHeaderBandSkipsProse(t *testing.T) {
	// set places words of one line from x at 10 pt, a word 30 pt wide, 3 pt apart (a word
	// space), then a gutter of 40 pt before the next run.
	set := func(y float64, runs ...[]string) line {
		l := line{size: 10, y0: y, y1: y + 10}
		x := 50.0
		for _, run := range runs {
			for _, w := range run {
				l.words = append(l.words, word{text: w, x0: x, x1: x + 30, y0: y, y1: y + 10, size: 10})
				x += 33
			}
			x += 40
		}
		l.x0, l.x1 = l.words[0].x0, l.words[len(l.words)-1].x1
		return l
	}
	prose := []line{
		set(100, strings.Fields("Les partenaires doivent renforcer la coordination des")),
		set(104, strings.Fields("services"), strings.Fields("Le programme devrait etendre son appui aux")),
	}
	titles := []line{
		set(100, []string{"No."}, []string{"Recommendation"}, []string{"Management"}),
		set(104, []string{"response"}, []string{"Responsible"}),
	}
	tests := []struct {
		name    string
		ls      []line
		wantEnd int
	}{
		{"prose lines overlapping in height stay apart", prose, 0},
		{"short titles overlapping in height form a band", titles, 1},
	}
	for _, tt := range tests {
		_, end := headerBand(tt.ls, 0)
		assert.Equal(t, tt.wantEnd, end, tt.name)
	}
}

// TestCellParas checks that a cell's lines are split into paragraphs where the next line's first
// word would have fitted on the line before (the writer broke it), and kept together where the
// line was full (a wrap), with line-end hyphens undone. Words are set 5 pt a letter, a space is
// 3 pt (0.3 of the 10 pt size); the column's measure is 90 pt from x = 0.
func TestCellParas(t *testing.T) {
	line := func(words ...string) []word {
		var ws []word
		x := 0.0
		for _, w := range words {
			ws = append(ws, word{text: w, x0: x, x1: x + 5*float64(len([]rune(w))), size: 10})
			x = ws[len(ws)-1].x1 + 3
		}
		return ws
	}
	tests := []struct {
		name  string
		lines [][]word
		want  []string
	}{
		{"one line", [][]word{line("Evaluation", "Service")}, []string{"Evaluation Service"}},
		// "Information" (ends at 55) has no room for "Systems" (35): a wrap; "Systems" has room
		// for "Global" (30): the writer broke the line.
		{"writer's break", [][]word{line("Division", "of"), line("Information"), line("Systems"), line("Global", "Data"), line("Service")},
			[]string{"Division of\nInformation\nSystems", "Global Data\nService"}},
		// "Information" ends at 55; "Technologies" (60) does not fit: a wrap.
		{"wrap", [][]word{line("Information"), line("Technologies")}, []string{"Information\nTechnologies"}},
		{"hyphen at a wrap undone", [][]word{line("Unité", "de", "suivi-"), line("évaluation")}, []string{"Unité de suivi-évaluation"}},
		{"hyphen ends no paragraph", [][]word{line("Multi-"), line("Partner")}, []string{"Multi-Partner"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, cellParas(tt.lines, 90, vocabulary{}))
		})
	}
}

// TestTableCentredTitlesAndColumns: a shaded header whose title wraps centred under itself and
// so starts left of its column ("Unit" over "responsible"), with a sub-row beside a
// recommendation cell that runs on; and a narrow centred column whose title stands a word space
// after its neighbour's ("Responsible office Priority"), which the body's cells set apart.
func TestTableCentredTitlesAndColumns(t *testing.T) {
	const sz = 10.0
	tests := []struct {
		name string
		runs []run
		want []string
	}{
		{
			name: "wrapped title centred under its first line",
			runs: []run{
				{text: "Recommendation", x: 40, y: 100, size: sz, bold: true},
				{text: "Response", x: 215, y: 100, size: sz, bold: true},
				{text: "Actions", x: 300, y: 100, size: sz, bold: true},
				{text: "Unit", x: 430, y: 100, size: sz, bold: true},
				{text: "Deadline", x: 500, y: 100, size: sz, bold: true},
				{text: "responsible", x: 412.5, y: 111, size: sz, bold: true},
				{text: "1. Align the plan of the office", x: 40, y: 128, size: sz},
				{text: "Accepted", x: 215, y: 128, size: sz},
				{text: "1.1 Hold a workshop", x: 300, y: 128, size: sz},
				{text: "CO-Abuja", x: 425, y: 128, size: sz},
				{text: "March", x: 500, y: 128, size: sz},
				{text: "and its work", x: 40, y: 139, size: sz},
				{text: "with the mandants", x: 300, y: 139, size: sz},
				{text: "2026", x: 500, y: 139, size: sz},
				{text: "with the budget.", x: 40, y: 150, size: sz},
				{text: "1.2 Train staff", x: 300, y: 150, size: sz},
				{text: "CO-Abuja", x: 425, y: 150, size: sz},
				{text: "June 2026", x: 500, y: 150, size: sz},
				{text: "2. Hire an officer.", x: 40, y: 169, size: sz},
				{text: "Rejected", x: 215, y: 169, size: sz},
				{text: "None", x: 300, y: 169, size: sz},
				{text: "CO-Abuja", x: 425, y: 169, size: sz},
				{text: "Never", x: 500, y: 169, size: sz},
			},
			want: []string{
				"Recommendation | Response | Actions | Unit responsible | Deadline",
				"1. Align the plan of the office and its work with the budget. | Accepted | 1.1 Hold a workshop with the mandants | CO-Abuja | March 2026",
				" |  | 1.2 Train staff | CO-Abuja | June 2026",
				"2. Hire an officer. | Rejected | None | CO-Abuja | Never",
			},
		},
		{
			name: "centred column whose title follows its neighbour's",
			runs: []run{
				{text: "No.", x: 40, y: 100, size: sz, bold: true},
				{text: "Recommendation", x: 80, y: 100, size: sz, bold: true},
				{text: "Responsible office Priority", x: 250, y: 100, size: sz, bold: true},
				{text: "Status", x: 420, y: 100, size: sz, bold: true},
				{text: "1", x: 40, y: 118, size: sz},
				{text: "Update the guidance", x: 80, y: 118, size: sz},
				{text: "Programme Group", x: 250, y: 118, size: sz},
				{text: "High", x: 350, y: 118, size: sz},
				{text: "Done", x: 420, y: 118, size: sz},
				{text: "2", x: 40, y: 133, size: sz},
				{text: "Reconcile records", x: 80, y: 133, size: sz},
				{text: "Supply Division", x: 250, y: 133, size: sz},
				{text: "Medium", x: 345, y: 133, size: sz},
				{text: "Open", x: 420, y: 133, size: sz},
				{text: "3", x: 40, y: 148, size: sz},
				{text: "Close grants", x: 80, y: 148, size: sz},
				{text: "Finance", x: 250, y: 148, size: sz},
				{text: "Low", x: 352, y: 148, size: sz},
				{text: "Open", x: 420, y: 148, size: sz},
			},
			want: []string{
				"No. | Recommendation | Responsible office | Priority | Status",
				"1 | Update the guidance | Programme Group | High | Done",
				"2 | Reconcile records | Supply Division | Medium | Open",
				"3 | Close grants | Finance | Low | Open",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyzePages(t, page(1, tt.runs...))
			tbs := tablesOf(doc)
			if len(tbs) != 1 {
				t.Fatalf("%d tables, want 1\n%s", len(tbs), dump(doc))
			}
			var got []string
			for _, r := range tbs[0].Table.Rows {
				got = append(got, rowTexts(r))
			}
			assert.Equal(t, strings.Join(tt.want, "\n"), strings.Join(got, "\n"))
		})
	}
}

func TestCarriesOn(t *testing.T) {
	w := func(s string) []word { return []word{{text: s}} }
	tests := []struct {
		name       string
		prev, next []word
		want       bool
	}{
		{"small letter after an open sentence", w("mandants"), w("tripartites."), true},
		{"capital starts a cell", w("mandants"), w("Tripartite"), false},
		{"sentence ended above", w("budget."), w("with"), false},
		{"label ended above", w("Status:"), w("open"), false},
		{"nothing above", nil, w("with"), false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, carriesOn(tt.prev, tt.next), tt.name)
	}
}

// TestSubRowGap: the gap above a line's cells is measured from their own words, so a centred
// cell's word that the line builder joined to a higher line keeps its own height.
func TestSubRowGap(t *testing.T) {
	w := func(y0 float64) []word { return []word{{text: "x", y0: y0, y1: y0 + 10}} }
	tests := []struct {
		name      string
		cells     [][]word
		colBottom []float64
		want      float64
	}{
		{"next line of a cell", [][]word{w(111), nil}, []float64{110, 0}, 1},
		{"centred word lower than its line", [][]word{nil, w(120)}, []float64{0, 117}, 3},
		{"smallest of the columns", [][]word{w(130), w(121)}, []float64{110, 110}, 11},
		{"no column written yet", [][]word{nil, w(120)}, []float64{110, 0}, math.Inf(-1)},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, subRowGap(tt.cells, tt.colBottom), tt.name)
	}
}

func TestRowNumberCell(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"1", true}, {"12.", true}, {"3)", true}, {"1.1", true}, {"12.3.", true}, {"12.345", false},
		{"1,5", false}, {"Source:", false}, {"2026", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, rowNumberCell([]word{{text: tt.text}}), tt.text)
	}
	assert.False(t, rowNumberCell([]word{{text: "1"}, {text: "Adopt"}}), "a number with text")
}

// TestTableNumbersCentredInRows: a borderless table whose short cells (number, deadline,
// priority) are centred vertically beside cells that wrap, the padding between rows no wider
// than a cell's line spacing (LibreOffice), reads one row a number; the same table with its
// numbers at the top of their rows too; and a table whose last row runs over the page break,
// the next page starting with that row's last unit line beside nothing.
func TestTableNumbersCentredInRows(t *testing.T) {
	const sz, lead = 10.0, 11.5
	header := func(y float64) []run {
		return []run{
			{text: "No.", x: 58, y: y, size: sz, bold: true},
			{text: "Recommendation", x: 80, y: y, size: sz, bold: true},
			{text: "Responsible", x: 360, y: y, size: sz, bold: true},
			{text: "Deadline", x: 445, y: y, size: sz, bold: true},
			{text: "Priority", x: 498, y: y, size: sz, bold: true},
		}
	}
	// rows lays out three rows from y: each cell's lines are centred on the row's middle when
	// centred, else set from the row's top. The rows are 2.8 points apart.
	rows := func(y float64, centred bool) []run {
		cells := [][][]string{
			{{"1"}, {"Adopt a corporate data governance framework that", "sets out the roles of divisions, bureaux and the", "country operations in managing data."}, {"Division of", "Information"}, {"Q3 2020"}, {"High"}},
			{{"2"}, {"Appoint a data management focal point in every", "operation of more than fifty staff."}, {"Regional bureaux"}, {"Q1 2021"}, {"High"}},
			{{"3"}, {"Develop a learning programme on data management", "and data protection for staff who handle personal", "data."}, {"Learning Centre", "Data Protection", "Office"}, {"Q4 2020"}, {"Medium"}},
		}
		xs := []float64{58, 80, 360, 445, 498}
		var out []run
		for _, row := range cells {
			n := 0
			for _, c := range row {
				n = max(n, len(c))
			}
			for i, c := range row {
				top := y
				if centred {
					top += float64(n-len(c)) * lead / 2
				}
				for k, s := range c {
					out = append(out, run{text: s, x: xs[i], y: top + float64(k)*lead, size: sz})
				}
			}
			y += float64(n)*lead + 2.8
		}
		return out
	}
	want := []string{
		"No. | Recommendation | Responsible | Deadline | Priority",
		"1 | Adopt a corporate data governance framework that sets out the roles of divisions, bureaux and the country operations in managing data. | Division of Information | Q3 2020 | High",
		"2 | Appoint a data management focal point in every operation of more than fifty staff. | Regional bureaux | Q1 2021 | High",
		"3 | Develop a learning programme on data management and data protection for staff who handle personal data. | Learning Centre Data Protection Office | Q4 2020 | Medium",
	}
	// The rest of row 3 after a page break: its last unit line, then row 4 centred.
	next := []run{
		{text: "Unit", x: 360, y: 60, size: sz},
		{text: "Publish an annual catalogue of the datasets held by", x: 80, y: 60 + lead + 2.8, size: sz},
		{text: "Global Data", x: 360, y: 60 + 1.5*lead + 2.8, size: sz},
		{text: "4", x: 58, y: 60 + 2*lead + 2.8, size: sz},
		{text: "the operations, with the conditions of their use.", x: 80, y: 60 + 2*lead + 2.8, size: sz},
		{text: "Q2 2021", x: 445, y: 60 + 2*lead + 2.8, size: sz},
		{text: "Low", x: 498, y: 60 + 2*lead + 2.8, size: sz},
		{text: "Service", x: 360, y: 60 + 2.5*lead + 2.8, size: sz},
		{text: "shared.", x: 80, y: 60 + 3*lead + 2.8, size: sz},
		{text: "Review the strategy at mid-term and report the results", x: 80, y: 60 + 4*lead + 5.6, size: sz},
		{text: "5", x: 58, y: 60 + 4.5*lead + 5.6, size: sz},
		{text: "Evaluation Office", x: 360, y: 60 + 4.5*lead + 5.6, size: sz},
		{text: "Q3 2021", x: 445, y: 60 + 4.5*lead + 5.6, size: sz},
		{text: "Low", x: 498, y: 60 + 4.5*lead + 5.6, size: sz},
		{text: "to the senior management committee.", x: 80, y: 60 + 5*lead + 5.6, size: sz},
	}
	wantNext := append(append([]string(nil), want[:3]...),
		"3 | Develop a learning programme on data management and data protection for staff who handle personal data. | Learning Centre Data Protection Office Unit | Q4 2020 | Medium",
		"4 | Publish an annual catalogue of the datasets held by the operations, with the conditions of their use. shared. | Global Data Service | Q2 2021 | Low",
		"5 | Review the strategy at mid-term and report the results to the senior management committee. | Evaluation Office | Q3 2021 | Low",
	)
	tests := []struct {
		name  string
		pages []RawPage
		want  []string
	}{
		{"centred", []RawPage{page(1, append(header(50), rows(66, true)...)...)}, want},
		{"top-aligned", []RawPage{page(1, append(header(50), rows(66, false)...)...)}, want},
		{"centred over a page break", []RawPage{page(1, append(header(684), rows(700, true)...)...), page(2, next...)}, wantNext},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyzePages(t, tt.pages...)
			var got []string
			for _, b := range doc.Blocks {
				if b.Kind == textlayer.Table {
					for _, r := range b.Table.Rows {
						got = append(got, rowTexts(r))
					}
				}
			}
			assert.Equal(t, tt.want, got, dump(doc))
		})
	}
}

// TestBandOf: a line belongs to the band counted by the boundaries above its centre.
func TestBandOf(t *testing.T) {
	bounds := []float64{60, 100, 150}
	tests := []struct {
		y    float64
		want int
	}{{40, 0}, {60, 0}, {61, 1}, {99, 1}, {120, 2}, {200, 3}}
	for _, tt := range tests {
		assert.Equal(t, tt.want, bandOf(bounds, tt.y), "y %v", tt.y)
		assert.Equal(t, 0, bandOf(nil, tt.y), "no bands")
	}
}

// indentedParas is a page of numbered paragraphs in the style of a UN resolution: the number
// indented at x=100, the text beside it at x=130, wrapped lines back at the margin (x=72). Some
// wrapped lines break, by the justification's wider spaces, just where the text beside the
// numbers starts, so their first words stand in the numbers' "column".
func indentedParas() []run {
	const sz, right = 10.0, 520.0
	var rs []run
	para := func(y float64, num, first, split, rest, last string) float64 {
		rs = append(rs,
			run{text: num, x: 100, y: y, size: sz},
			run{text: first, x: 130, y: y, size: sz},
			run{text: split, x: 72, y: y + 14, size: sz},
			run{text: fillTo(rest, 130, sz, right), x: 130, y: y + 14, size: sz},
			run{text: last, x: 72, y: y + 28, size: sz},
		)
		return y + 42
	}
	y := para(100, "12.", "Also reiterates its request to the Secretary-General to provide information", "reports an", "explanation for the delays in the implementation", "of the recommendations of the Board;")
	y = para(y, "13.", "Further reiterates its request to the Secretary-General to indicate expected", "reports an", "time frame for the implementation", "of the recommendations of the Board;")
	para(y, "(b)", "Request the Secretary-General to report comprehensively thereon to the General", "Assembly to", "assist the high-level political forum in its review", "and report thereon.")
	return rs
}

// TestNumberedParagraphsNotTable: paragraphs with an indented number are read as paragraphs in
// order, not as a table of numbers and text whose number column takes words of wrapped lines.
func TestNumberedParagraphsNotTable(t *testing.T) {
	doc := analyzePages(t, page(1, indentedParas()...))
	var paras []string
	for _, b := range doc.Blocks {
		assert.NotEqual(t, textlayer.Table, b.Kind, "block %q\n%s", b.Text, dump(doc))
		paras = append(paras, b.Text)
	}
	if assert.Len(t, paras, 3, dump(doc)) {
		assert.True(t, strings.HasPrefix(paras[1], "13. Further reiterates its request"), paras[1])
		assert.Contains(t, paras[1], "indicate expected reports an time frame")
		assert.Contains(t, paras[2], "to the General Assembly to assist the high-level")
	}
}

func TestNumberedParagraphs(t *testing.T) {
	mk := func(rs []run) []line { return buildLines(page(1, rs...).Glyphs, 1) }
	// A table of numbered recommendations: the number apart at x=72, the text wrapping inside
	// its column at x=100.
	numbered := mk([]run{
		{text: "1.", x: 72, y: 100, size: 10},
		{text: fillTo("Strengthen the monitoring of", 100, 10, 520), x: 100, y: 100, size: 10},
		{text: fillTo("results and report on them", 100, 10, 520), x: 100, y: 114, size: 10},
		{text: "2.", x: 72, y: 128, size: 10},
		{text: "Publish the guidance.", x: 100, y: 128, size: 10},
	})
	// A numbered table with a unit column: the first row sets its cells apart.
	units := mk([]run{
		{text: "•", x: 100, y: 100, size: 10},
		{text: "Project management;", x: 130, y: 100, size: 10},
		{text: "2-3", x: 400, y: 100, size: 10},
		{text: "•", x: 100, y: 114, size: 10},
		{text: "Communication staff", x: 130, y: 114, size: 10},
		{text: fillTo("management response accepted and", 72, 10, 520), x: 72, y: 128, size: 10},
	})
	// A table whose first column holds labels, not markers.
	labels := mk([]run{
		{text: "Area", x: 100, y: 100, size: 10},
		{text: fillTo("Strengthen the monitoring of", 130, 10, 520), x: 130, y: 100, size: 10},
		{text: fillTo("results and report on them", 72, 10, 520), x: 72, y: 114, size: 10},
	})
	tests := []struct {
		name string
		ls   []line
		g    grid
		want bool
	}{
		{"indented numbers, wrapped lines at the margin", mk(indentedParas()), grid{starts: []float64{100, 130}}, true},
		{"numbers apart, wraps in their column", numbered, grid{starts: []float64{72, 100}}, false},
		{"first row with a unit cell", units, grid{starts: []float64{100, 130, 400}}, false},
		{"labels, not markers", labels, grid{starts: []float64{100, 130}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.g.ends = tt.g.starts
			assert.Equal(t, tt.want, numberedParagraphs(tt.ls, tt.g))
		})
	}
}

// TestTableNarrowColumnCloserThanEm: a narrow column (Priority, Priorité) set closer than an em
// to the recommendation's text beside it, as a ruled table prints it (the ruling line is not
// read), is a column of its own where its title stands apart in the header and the body never
// crosses the gap; a body that runs across the gap keeps one column.
func TestTableNarrowColumnCloserThanEm(t *testing.T) {
	const sz = 10.0
	const cNo, cRec, cPri, cResp, cDate = 60.0, 80.0, 156.0, 210.0, 330.0
	type row struct{ no, pri, resp, date string }
	tests := []struct {
		name           string
		titles         [5]string
		rows           []row
		text           []string // the recommendation's words, wrapped into its column
		cross          bool     // the body's lines run on past the priority's start
		wantHead, want []string
	}{
		{
			name:   "english",
			titles: [5]string{"No.", "Recommendation", "Priority", "Responsible", "Target date"},
			rows: []row{
				{"1", "High", "Finance", "March 2026"},
				{"2", "Medium", "Procurement", "June 2026"},
				{"3", "High", "Security", "end 2026"},
			},
			text:     []string{"Reconcile each", "advance paid", "every month."},
			wantHead: []string{"No.", "Recommendation", "Priority", "Responsible", "Target date"},
			want:     []string{"1", "Reconcile each advance paid every month.", "High", "Finance", "March 2026"},
		},
		{
			name:   "french",
			titles: [5]string{"N°", "Recommandation", "Priorité", "Responsable", "Date cible"},
			rows: []row{
				{"1", "Élevée", "Finances", "mars 2026"},
				{"2", "Moyenne", "Achats", "juin 2026"},
				{"3", "Faible", "Sécurité", "fin 2026"},
			},
			text:     []string{"Rapprocher les", "avances", "versées chaque", "mois."},
			wantHead: []string{"N°", "Recommandation", "Priorité", "Responsable", "Date cible"},
			want:     []string{"1", "Rapprocher les avances versées chaque mois.", "Élevée", "Finances", "mars 2026"},
		},
		{
			name:   "body crosses the gap",
			titles: [5]string{"No.", "Recommendation", "Priority", "Responsible", "Target date"},
			rows: []row{
				{"1", "", "Finance", "March 2026"},
				{"2", "", "Procurement", "June 2026"},
				{"3", "", "Security", "end 2026"},
			},
			text:     []string{"Reconcile the", "advances paid", "each month."},
			cross:    true,
			wantHead: []string{"No.", "Recommendation Priority", "Responsible", "Target date"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var runs []run
			for k, x := range []float64{cNo, cRec, cPri, cResp, cDate} {
				runs = append(runs, run{text: tt.titles[k], x: x, y: 100, size: sz, bold: true})
			}
			y := 118.0
			for _, r := range tt.rows {
				runs = append(runs, run{text: r.no, x: cNo, y: y, size: sz})
				for k, s := range tt.text {
					if tt.cross {
						s = fillTo(s, cRec, sz, cResp-8)
					} else if (run{text: s, x: cRec, size: sz}).end() > cPri-0.6*sz {
						t.Fatalf("%q runs past the recommendation's column", s)
					}
					runs = append(runs, run{text: s, x: cRec, y: y + float64(k)*13, size: sz})
				}
				if r.pri != "" {
					runs = append(runs, run{text: r.pri, x: cPri, y: y, size: sz})
				}
				runs = append(runs, run{text: r.resp, x: cResp, y: y, size: sz}, run{text: r.date, x: cDate, y: y, size: sz})
				y += float64(len(tt.text))*13 + 8
			}
			doc := analyzePages(t, page(1, runs...))
			tbs := tablesOf(doc)
			if len(tbs) != 1 {
				t.Fatalf("%d tables, want 1\n%s", len(tbs), dump(doc))
			}
			rows := tbs[0].Table.Rows
			assert.Equal(t, strings.Join(tt.wantHead, " | "), rowTexts(rows[0]))
			if tt.want != nil {
				if assert.Len(t, rows, 1+len(tt.rows)) {
					assert.Equal(t, strings.Join(tt.want, " | "), rowTexts(rows[1]))
				}
			}
		})
	}
}

// TestTableRestOfLongCellAcrossPages: a page that starts with the rest of a long wrapped cell
// (more lines than a unit's last line beside the next row) and then the next numbered row
// continues the table of the previous page, which had no repeated header: the rest joins the
// row the page break split, and the numbered row is a row of its own.
func TestTableRestOfLongCellAcrossPages(t *testing.T) {
	const sz = 10.0
	const cNo, cText, cUnit, cDate = 60.0, 80.0, 300.0, 420.0
	tests := []struct {
		name   string
		titles [4]string
		rest   []string // the rest of row 2's text, at the top of page 2
		want   []string // the rows of the table
	}{
		{
			name:   "english",
			titles: [4]string{"No.", "Recommendation", "Responsible", "Target date"},
			rest:   []string{"including the comparison", "of at least three", "candidates for", "each contract", "signed."},
			want: []string{
				"1 | Review the access rights. | ICT | June 2026",
				"2 | Document the selection of consultants, including the comparison of at least three candidates for each contract signed. | Country Office | December 2026",
				"3 | Test the continuity plan once a year. | Security | 2027",
			},
		},
		{
			name:   "french",
			titles: [4]string{"N°", "Recommandation", "Responsable", "Date cible"},
			rest:   []string{"y compris la comparaison", "d'au moins trois", "candidats pour", "chaque contrat", "signé."},
			want: []string{
				"1 | Revoir les droits d'accès. | Informatique | juin 2026",
				"2 | Documenter la sélection des consultants, y compris la comparaison d'au moins trois candidats pour chaque contrat signé. | Bureau de pays | décembre 2026",
				"3 | Tester le plan de continuité une fois par an. | Sécurité | 2027",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cells := func(s string) []string { return strings.Split(s, " | ") }
			r1, r2, r3 := cells(tt.want[0]), cells(tt.want[1]), cells(tt.want[2])
			var p1 []run
			for k, x := range []float64{cNo, cText, cUnit, cDate} {
				p1 = append(p1, run{text: tt.titles[k], x: x, y: 600, size: sz, bold: true})
			}
			row := func(y float64, c []string, text ...string) []run {
				out := []run{{text: c[0], x: cNo, y: y, size: sz}, {text: c[2], x: cUnit, y: y, size: sz}, {text: c[3], x: cDate, y: y, size: sz}}
				for k, s := range text {
					out = append(out, run{text: s, x: cText, y: y + float64(k)*13, size: sz})
				}
				return out
			}
			p1 = append(p1, row(620, r1, r1[1])...)
			// Row 2 starts at the foot of page 1 and its text goes on on page 2.
			head := strings.TrimSuffix(r2[1], " "+strings.Join(tt.rest, " "))
			p1 = append(p1, row(642, r2, head)...)
			var p2 []run
			for k, s := range tt.rest {
				p2 = append(p2, run{text: s, x: cText, y: 60 + float64(k)*13, size: sz})
			}
			p2 = append(p2, row(60+float64(len(tt.rest))*13+3, r3, r3[1])...)
			p2 = append(p2, body(200, "A paragraph well below the table.")...)
			doc := analyzePages(t, page(1, p1...), page(2, p2...))
			var got []string
			for _, tb := range tablesOf(doc) {
				for _, r := range tb.Table.Rows {
					if !r.Header {
						got = append(got, rowTexts(r))
					}
				}
			}
			assert.Equal(t, strings.Join(tt.want, "\n"), strings.Join(got, "\n"), dump(doc))
		})
	}
}

// TestTableNumberedRowOpensPage: a page that starts with the next numbered row of the table the
// previous page left open (no repeated header) continues that table, even where the row's first
// line, with wrapped cells under it, would pass for a header of its own.
func TestTableNumberedRowOpensPage(t *testing.T) {
	const sz = 10.0
	const cNo, cText, cUnit, cNote = 60.0, 80.0, 300.0, 420.0
	tests := []struct {
		name        string
		titles      [4]string
		row1, row2  [4][]string // each cell's lines
		wantRow2    string
		wantColumns int
	}{
		{
			name:     "english",
			titles:   [4]string{"No.", "Recommendation", "Responsible", "Comments"},
			row1:     [4][]string{{"1"}, {"The Mission should reconcile", "the fuel issued every month."}, {"Chief, Supply"}, {"Started in May."}},
			row2:     [4][]string{{"2"}, {"The Mission should review the consumption", "standards of its fleet and investigate the", "vehicles whose use exceeds them."}, {"Chief, Transport", "Section"}, {"The current", "standards are set by", "Headquarters."}},
			wantRow2: "2 | The Mission should review the consumption standards of its fleet and investigate the vehicles whose use exceeds them. | Chief, Transport Section | The current standards are set by Headquarters.",
		},
		{
			name:     "french",
			titles:   [4]string{"N°", "Recommandation", "Responsable", "Observations"},
			row1:     [4][]string{{"1"}, {"La Mission devrait rapprocher", "le carburant chaque mois."}, {"Chef, Achats"}, {"Commencé en mai."}},
			row2:     [4][]string{{"2"}, {"La Mission devrait revoir les normes de", "consommation de son parc et examiner les", "véhicules qui les dépassent."}, {"Chef, Section des", "transports"}, {"Les normes", "actuelles sont", "fixées par le Siège."}},
			wantRow2: "2 | La Mission devrait revoir les normes de consommation de son parc et examiner les véhicules qui les dépassent. | Chef, Section des transports | Les normes actuelles sont fixées par le Siège.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			xs := []float64{cNo, cText, cUnit, cNote}
			row := func(y float64, cells [4][]string) []run {
				var out []run
				for c, lines := range cells {
					for k, s := range lines {
						x := xs[c]
						if c == 0 {
							x += 5 // the row's number centred in its column
						}
						out = append(out, run{text: s, x: x, y: y + float64(k)*13, size: sz})
					}
				}
				return out
			}
			var p1 []run
			for k, x := range xs {
				p1 = append(p1, run{text: tt.titles[k], x: x, y: 700, size: sz, bold: true})
			}
			p1 = append(p1, row(720, tt.row1)...)
			p2 := row(60, tt.row2)
			p2 = append(p2, body(200, "A paragraph well below the table.")...)
			doc := analyzePages(t, page(1, p1...), page(2, p2...))
			var got []string
			for _, tb := range tablesOf(doc) {
				for _, r := range tb.Table.Rows {
					if !r.Header {
						got = append(got, rowTexts(r))
					}
				}
			}
			if assert.Len(t, got, 2, dump(doc)) {
				assert.Equal(t, tt.wantRow2, got[1], dump(doc))
			}
		})
	}
}

// TestTableParagraphAsWideAsPageEndsTable: a paragraph under a label table that runs across the
// page, one of whose words happens to start on the value column's start, is no row of the table
// (nor a row spanning it), even where the next label table's first line follows it aligned.
func TestTableParagraphAsWideAsPageEndsTable(t *testing.T) {
	const sz = 10.0
	const cLabel, cValue = 58.0, 211.0
	tests := []struct {
		name           string
		labels, values []string
		before, after  string // the paragraph, split where a word starts on the value column
	}{
		{
			name:   "english",
			labels: []string{"Responsible unit(s)", "Priority", "Time implication"},
			values: []string{"MIGRANT; ILO Country Office", "High", "Short term"},
			before: "2. Future projects should include",
			after:  "employers in destination countries in the design of complaint mechanisms.",
		},
		{
			name:   "french",
			labels: []string{"Unité(s) responsable(s)", "Priorité", "Délai"},
			values: []string{"MIGRANT; Bureau de pays de l'OIT", "Élevée", "Court terme"},
			before: "2. Les futurs projets devraient",
			after:  "associer les employeurs des pays de destination à la conception des mécanismes de plainte.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var runs []run
			table := func(y float64) float64 {
				for k := range tt.labels {
					runs = append(runs, run{text: tt.labels[k], x: cLabel, y: y, size: sz}, run{text: tt.values[k], x: cValue, y: y, size: sz})
					y += 15
				}
				return y
			}
			y := table(100)
			// The paragraph's words stand a word space apart (a quarter of an em), one of them on
			// the value column's start.
			w := (run{text: tt.before, size: sz}).end()
			runs = append(runs, run{text: tt.before, x: cValue - 0.25*sz - w, y: y, size: sz}, run{text: tt.after, x: cValue, y: y, size: sz})
			table(y + 23)
			doc := analyzePages(t, page(1, runs...))
			para := tt.before + " " + tt.after
			found := false
			for _, b := range doc.Blocks {
				found = found || b.Kind != textlayer.Table && b.Text == para
			}
			assert.True(t, found, "no paragraph %q\n%s", para, dump(doc))
			for _, tb := range tablesOf(doc) {
				for _, r := range tb.Table.Rows {
					assert.NotContains(t, rowTexts(r), tt.after, dump(doc))
				}
			}
		})
	}
}

// TestTableSubNumbersCentredInRows: the actions of a work package numbered under it (12.1,
// 12.2) and centred vertically in their rows, beside a Lead cell of two units one a line, are
// rows' numbers like 1, 2: each row keeps its action, lead and timeline.
func TestTableSubNumbersCentredInRows(t *testing.T) {
	const sz, lead = 10.0, 11.5
	xs := []float64{52, 97, 400, 480}
	tests := []struct {
		name   string
		titles []string
		cells  [][][]string // rows of cells of lines
	}{
		{
			name:   "english",
			titles: []string{"No.", "Actions", "Lead", "Timeline"},
			cells: [][][]string{
				{{"12.1"}, {"Build a registry of all reports mandated by the", "General Assembly and their subsidiary bodies, with", "their periodicity"}, {"DGACM"}, {"Q2 2026"}},
				{{"12.2"}, {"Identify reports that could be merged or made biennial,", "and consult the entities that prepare them"}, {"DESA", "DGACM"}, {"Q3 2026"}},
				{{"12.3"}, {"Present options for consolidating reporting to the", "Member States"}, {"Office of the SG"}, {"by end-2026"}},
			},
		},
		{
			name:   "french",
			titles: []string{"N°", "Actions", "Chef de file", "Calendrier"},
			cells: [][][]string{
				{{"12.1"}, {"Établir un registre de tous les rapports demandés par", "l'Assemblée générale et ses organes subsidiaires, avec", "leur périodicité"}, {"DGACM"}, {"T2 2026"}},
				{{"12.2"}, {"Recenser les rapports qui pourraient être fusionnés,", "et consulter les entités qui les établissent"}, {"DESA", "DGACM"}, {"T3 2026"}},
				{{"12.3"}, {"Présenter des options de regroupement des rapports", "aux États Membres"}, {"Cabinet du SG"}, {"fin 2026"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var runs []run
			for c, s := range tt.titles {
				runs = append(runs, run{text: s, x: xs[c], y: 100, size: sz, bold: true})
			}
			y := 100 + lead + 2.8
			var want []string
			for _, row := range tt.cells {
				n := 0
				for _, c := range row {
					n = max(n, len(c))
				}
				var texts []string
				for i, c := range row {
					top := y + float64(n-len(c))*lead/2 // centred in the row
					for k, s := range c {
						runs = append(runs, run{text: s, x: xs[i], y: top + float64(k)*lead, size: sz})
					}
					texts = append(texts, strings.Join(c, " "))
				}
				want = append(want, strings.Join(texts, " | "))
				y += float64(n)*lead + 2.8
			}
			runs = append(runs, body(y+30, "A paragraph well below the table.")...)
			doc := analyzePages(t, page(1, runs...))
			tbs := tablesOf(doc)
			if len(tbs) != 1 {
				t.Fatalf("%d tables, want 1\n%s", len(tbs), dump(doc))
			}
			var got []string
			for _, r := range tbs[0].Table.Rows[1:] {
				got = append(got, rowTexts(r))
			}
			assert.Equal(t, strings.Join(want, "\n"), strings.Join(got, "\n"), dump(doc))
		})
	}
}
