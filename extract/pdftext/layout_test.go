package pdftext

import (
	"context"
	"errors"
	"strings"
	"testing"

	"gbtrack/extract/textlayer"
)

func analyzePages(t *testing.T, pages ...RawPage) *textlayer.Document {
	t.Helper()
	doc, err := analyze(context.Background(), RawDocument{Pages: pages})
	if err != nil {
		t.Fatalf("analyze: %v", err)
	}
	return doc
}

func dump(doc *textlayer.Document) string {
	var b strings.Builder
	textlayer.Dump(&b, doc)
	return b.String()
}

// paperPages is a two-page paper: running header, page numbers, a heading, a numbered
// paragraph with a footnote marker that crosses the page break, two footnotes.
func paperPages() []RawPage {
	const right = 520.0
	first := fillTo("1. At the time of the last discussion", 72, 10, right)
	p1 := []run{
		{text: "GB.999/TST/1", x: 450, y: 30, size: 9},
		{text: "Introduction", x: 72, y: 100, size: 10, bold: true},
		{text: first, x: 72, y: 124, size: 10},
		{text: "of the reform", x: 72, y: 138, size: 10},
		{text: "1", x: run{text: "of the reform", x: 72, size: 10}.end(), y: 138, size: 6, raise: 1.5},
		{text: fillTo("was in an early phase", 140, 10, right), x: 140, y: 138, size: 10},
		{text: fillTo("with several frameworks", 72, 10, right), x: 72, y: 152, size: 10},
		{text: "1See the resolution of 2018 on", x: 72, y: 700, size: 8},
		{text: "the reform.", x: 72, y: 710, size: 8},
		{text: "2Another note.", x: 72, y: 720, size: 8},
		{text: "1", x: 300, y: 770, size: 9},
	}
	p2 := []run{
		{text: "GB.999/TST/1", x: 450, y: 30, size: 9},
		{text: "under way. The end.", x: 72, y: 100, size: 10},
		{text: fillTo("2. A second paragraph", 72, 10, right), x: 72, y: 124, size: 10},
		{text: "that ends here.", x: 72, y: 138, size: 10},
		{text: "2", x: 300, y: 770, size: 9},
	}
	return []RawPage{page(1, p1...), page(2, p2...)}
}

func TestAnalyzePaper(t *testing.T) {
	doc := analyzePages(t, paperPages()...)
	d := dump(doc)

	if !containsString(doc.Furniture, "GB.999/TST/1") {
		t.Errorf("Furniture = %q, want the running header GB.999/TST/1\n%s", doc.Furniture, d)
	}
	for _, b := range doc.Blocks {
		if strings.Contains(b.Text, "GB.999") {
			t.Errorf("block %q holds the running header", b.Text)
		}
	}
	if len(doc.Blocks) != 3 {
		t.Fatalf("got %d blocks, want heading and two paragraphs\n%s", len(doc.Blocks), d)
	}
	if h := doc.Blocks[0]; h.Kind != textlayer.Heading || h.Text != "Introduction" || !h.Bold {
		t.Errorf("block 0 = %v %q bold=%v, want bold heading Introduction", h.Kind, h.Text, h.Bold)
	}
	p := doc.Blocks[1]
	if !strings.HasPrefix(p.Text, "1. At the time") || !strings.Contains(p.Text, "of the reform was in") {
		t.Errorf("paragraph 1 = %q: want it to start with its number and lose the marker", p.Text)
	}
	if len(p.Breaks) != 1 || p.Breaks[0].Page != 2 || !strings.HasPrefix(p.Text[p.Breaks[0].Offset:], "under way.") {
		t.Errorf("paragraph 1 breaks = %+v in %q, want one break to page 2 at \"under way.\"", p.Breaks, p.Text)
	}
	if p.Page != 1 || p.PageAt(len(p.Text)-1) != 2 {
		t.Errorf("paragraph 1 pages = %d..%d, want 1..2", p.Page, p.PageAt(len(p.Text)-1))
	}
	if q := doc.Blocks[2]; !strings.HasPrefix(q.Text, "2. A second") || q.Page != 2 {
		t.Errorf("block 2 = p%d %q, want paragraph 2 on page 2", q.Page, q.Text)
	}
	want := []textlayer.Footnote{
		{Page: 1, Number: "1", Text: "See the resolution of 2018 on the reform."},
		{Page: 1, Number: "2", Text: "Another note."},
	}
	if len(doc.Footnotes) != len(want) {
		t.Fatalf("Footnotes = %+v, want %+v", doc.Footnotes, want)
	}
	for i := range want {
		if doc.Footnotes[i] != want[i] {
			t.Errorf("Footnotes[%d] = %+v, want %+v", i, doc.Footnotes[i], want[i])
		}
	}
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func TestRemoveFurniture(t *testing.T) {
	tests := []struct {
		name     string
		top, bot []string // per page
		want     []string
	}{
		{"running header and page numbers", []string{"GB.1/A/1", "GB.1/A/1", "GB.1/A/1"}, []string{"1", "2", "3"}, []string{"GB.1/A/1", "1"}},
		{"browser print stamp and URL", []string{"11/23/26, 11:05 AM  Title of page", "11/23/26, 11:05 AM  Title of page"},
			[]string{"https://example.org/page.html  1/2", "https://example.org/page.html  2/2"},
			[]string{"11/23/26, 11:05 AM Title of page", "https://example.org/page.html 1/2"}},
		{"header differing by digits", []string{"Report 2020 page 1 of 3", "Report 2020 page 2 of 3", "Report 2020 page 3 of 3"}, nil, []string{"Report 2020 page 1 of 3"}},
		{"single-page print stamp", []string{"1/2/2024, 9:15 PM  Some page"}, []string{"file:///tmp/x.html 1/1"}, []string{"1/2/2024, 9:15 PM Some page", "file:///tmp/x.html 1/1"}},
	}
	for _, tt := range tests {
		var pages []pageLines
		for i := range tt.top {
			runs := body(200, "A body line that stays "+string(rune('A'+i)), "Another body line")
			runs = append(runs, run{text: tt.top[i], x: 72, y: 30, size: 9, gapEm: 0.25})
			if i < len(tt.bot) {
				runs = append(runs, run{text: tt.bot[i], x: 72, y: 770, size: 9})
			}
			p := page(i+1, runs...)
			pages = append(pages, pageLines{number: i + 1, width: p.Width, height: p.Height, lines: buildLines(p.Glyphs, i+1)})
		}
		got := removeFurniture(pages)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: removeFurniture = %q, want %q", tt.name, got, tt.want)
		}
		for _, p := range pages {
			if len(p.lines) != 2 {
				t.Errorf("%s: page %d keeps %d lines, want the 2 body lines", tt.name, p.number, len(p.lines))
			}
		}
	}
}

func TestFootnoteStart(t *testing.T) {
	mk := func(rs ...run) line { return buildLines(page(1, rs...).Glyphs, 1)[0] }
	tests := []struct {
		name    string
		l       line
		last    int
		wantNum int
		wantOK  bool
	}{
		{"glued number", mk(run{text: "3The policies", x: 72, y: 10, size: 8}), 2, 3, true},
		{"raised number", mk(run{text: "4", x: 72, y: 10, size: 5, raise: 1.5}, run{text: "ECOSOC report", x: 76, y: 10, size: 8}), 3, 4, true},
		{"spaced next number", mk(run{text: "5 Least developed", x: 72, y: 10, size: 8}), 4, 5, true},
		{"spaced year is not a note", mk(run{text: "2019 and later", x: 72, y: 10, size: 8}), 4, 0, false},
		{"numbered table row is not a note", mk(run{text: "11. Internal consultation", x: 72, y: 10, size: 8}), 4, 0, false},
		{"glued number out of sequence", mk(run{text: "90Units", x: 72, y: 10, size: 8}), 4, 0, false},
	}
	for _, tt := range tests {
		n, _, ok := footnoteStart(tt.l, tt.last)
		if n != tt.wantNum || ok != tt.wantOK {
			t.Errorf("%s: footnoteStart(%q, %d) = %d, %v, want %d, %v", tt.name, tt.l.text(), tt.last, n, ok, tt.wantNum, tt.wantOK)
		}
	}
}

func TestSplitEndnotes(t *testing.T) {
	para := func(p int, s string) textlayer.Block {
		return textlayer.Block{Kind: textlayer.Paragraph, Page: p, Text: s}
	}
	head := func(p int, s string) textlayer.Block {
		return textlayer.Block{Kind: textlayer.Heading, Page: p, Text: s}
	}
	blocks := []textlayer.Block{
		para(1, "Body with a marker."),
		head(2, "Notes"),
		para(2, "1. First note."),
		para(3, "2 Second note, on the next page."),
		head(3, "Annex"),
		para(3, "1. An annex paragraph stays."),
	}
	got, notes := splitEndnotes(blocks)
	want := []textlayer.Footnote{{Page: 2, Number: "1", Text: "First note."}, {Page: 3, Number: "2", Text: "Second note, on the next page."}}
	if len(notes) != len(want) || notes[0] != want[0] || notes[1] != want[1] {
		t.Errorf("splitEndnotes notes = %+v, want %+v", notes, want)
	}
	if len(got) != 3 || got[1].Text != "Annex" || got[2].Text != "1. An annex paragraph stays." {
		t.Errorf("splitEndnotes blocks = %+v, want body, Annex and its paragraph", got)
	}
}

func TestFurnitureKeepsRepeatedHeadings(t *testing.T) {
	// "RECOMMENDATION n" opens pages 1 and 2 at the same height and also appears lower on page 3:
	// it is content.
	var pages []pageLines
	for i := 0; i < 3; i++ {
		y := 40.0
		if i == 2 {
			y = 300
		}
		p := page(i+1, append(body(200, "Body text"), run{text: "RECOMMENDATION " + string(rune('1'+i)), x: 72, y: y, size: 10, bold: true})...)
		pages = append(pages, pageLines{number: i + 1, width: p.Width, height: p.Height, lines: buildLines(p.Glyphs, i+1)})
	}
	if got := removeFurniture(pages); len(got) != 0 {
		t.Errorf("removeFurniture = %q, want nothing removed", got)
	}
}

// TestBlocksDecision: a decision's lettered items with hanging indents are one block each, and
// a lettered mark inside running text does not split its paragraph.
func TestBlocksDecision(t *testing.T) {
	const right = 520.0
	runs := []run{
		{text: fillTo("Draft decision text that introduces the items of the", 72, 10, right), x: 72, y: 100, size: 10},
		{text: "decision:", x: 72, y: 114, size: 10},
		{text: "(a)", x: 90, y: 128, size: 10},
		{text: fillTo("took note of the report and of the", 110, 10, right), x: 110, y: 128, size: 10},
		{text: "progress made;", x: 110, y: 142, size: 10},
		{text: "(b)", x: 90, y: 156, size: 10},
		{text: fillTo("requested the Director-General to submit a", 110, 10, right), x: 110, y: 156, size: 10},
		{text: "report to its 356th Session.", x: 110, y: 170, size: 10},
		{text: fillTo("A paragraph naming cases such as", 72, 10, right), x: 72, y: 200, size: 10},
		{text: fillTo("(c) in the middle of a sentence that", 72, 10, right), x: 72, y: 214, size: 10},
		{text: "goes on.", x: 72, y: 228, size: 10},
	}
	doc := analyzePages(t, page(1, runs...))
	var got []string
	for _, b := range doc.Blocks {
		got = append(got, b.Text[:min(12, len(b.Text))])
	}
	want := []string{"Draft decisi", "(a) took not", "(b) requeste", "A paragraph "}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("blocks start %q, want %q\n%s", got, want, dump(doc))
	}
}

func TestBlocksSplitLine(t *testing.T) {
	runs := []run{
		{text: "Institutional Section", x: 72, y: 100, size: 10},
		{text: "INS", x: 500, y: 100, size: 10},
		{text: "Date: 9 October 2020", x: 72, y: 114, size: 10},
		{text: "Original: English", x: 72, y: 128, size: 10},
	}
	doc := analyzePages(t, page(1, runs...))
	if len(doc.Blocks) < 2 || doc.Blocks[0].Text != "Institutional Section INS" {
		t.Errorf("blocks: want the split line alone first\n%s", dump(doc))
	}
}

// TestFootnotesOwnPage: a browser prints the notes on a page of their own, the number raised
// onto a line of its own above the note.
func TestFootnotesOwnPage(t *testing.T) {
	const right = 520.0
	p1 := page(1,
		run{text: fillTo("1. A paragraph of body text that", 72, 12, right), x: 72, y: 100, size: 12},
		run{text: "ends.", x: 72, y: 116, size: 12},
		run{text: fillTo("2. Another paragraph of body text", 72, 12, right), x: 72, y: 140, size: 12},
		run{text: "ends too.", x: 72, y: 156, size: 12},
	)
	p2 := page(2,
		run{text: "1", x: 72, y: 60, size: 6},
		run{text: "ILO, Resolution concerning platform work, 2023.", x: 76, y: 66, size: 9},
	)
	doc := analyzePages(t, p1, p2)
	want := textlayer.Footnote{Page: 2, Number: "1", Text: "ILO, Resolution concerning platform work, 2023."}
	if len(doc.Footnotes) != 1 || doc.Footnotes[0] != want {
		t.Errorf("Footnotes = %+v, want %+v\n%s", doc.Footnotes, want, dump(doc))
	}
}

// TestFootnotesBodySize: notes set at the body's size are found by the raised marker in the
// body, the gap above them and their number; the paragraph they cut continues on the next page.
func TestFootnotesBodySize(t *testing.T) {
	const right = 520.0
	field := run{text: "in the field", x: 72, size: 10}.end()
	p1 := page(1,
		run{text: fillTo("The evaluation found promising examples", 72, 10, right), x: 72, y: 100, size: 10},
		run{text: "in the field", x: 72, y: 114, size: 10},
		run{text: "1", x: field, y: 114, size: 6, raise: 1.5},
		run{text: fillTo("and in the regions. These should be", field+6, 10, right), x: field + 6, y: 114, size: 10},
		run{text: fillTo("1 The Facility was established with funding from", 72, 10, right), x: 72, y: 700, size: 10},
		run{text: "a Member State.", x: 84, y: 714, size: 10},
	)
	p2 := page(2, run{text: "documented and scaled up.", x: 72, y: 100, size: 10})
	doc := analyzePages(t, p1, p2)
	if len(doc.Footnotes) != 1 || doc.Footnotes[0].Number != "1" || !strings.HasSuffix(doc.Footnotes[0].Text, "a Member State.") {
		t.Errorf("Footnotes = %+v, want note 1 ending \"a Member State.\"\n%s", doc.Footnotes, dump(doc))
	}
	if len(doc.Blocks) != 1 || len(doc.Blocks[0].Breaks) != 1 {
		t.Errorf("want one paragraph crossing to page 2\n%s", dump(doc))
	}
}

// TestBlocksShortLabelLines: a list of short "Label: value" lines is one block a line.
func TestBlocksShortLabelLines(t *testing.T) {
	runs := body(100, fillTo("A paragraph of text that fills its line", 72, 10, 520), "and ends here.")
	for i, s := range []string{"Responsible units: ACT/EMP, ACTRAV, Turin Centre", "Priority: High", "Time implication: Medium term"} {
		runs = append(runs, run{text: s, x: 90, y: 140 + float64(i)*14, size: 10})
	}
	doc := analyzePages(t, page(1, runs...))
	var got []string
	for _, b := range doc.Blocks {
		got = append(got, b.Text)
	}
	if len(got) != 4 || got[2] != "Priority: High" {
		t.Errorf("blocks = %q, want the paragraph and one block a label line", got)
	}
}

// TestBlocksCentredHeadingOverTable: a two-line centred heading on a page that holds little
// else is one heading; the page borrows the document's margins.
func TestBlocksCentredHeadingOverTable(t *testing.T) {
	var p1 []run
	for i := 0; i < 8; i++ {
		p1 = append(p1, run{text: fillTo("Body text of the paper", 72, 11, 520), x: 72, y: 100 + float64(i)*14, size: 11})
	}
	first := fillTo("Status of the plan of action to maximize the", 102, 11, 490)
	p2 := []run{
		{text: first, x: 102, y: 100, size: 11, bold: true},
		{text: "opportunities of the reform", x: 141, y: 112, size: 11, bold: true},
	}
	doc := analyzePages(t, page(1, p1...), page(2, p2...))
	last := doc.Blocks[len(doc.Blocks)-1]
	if last.Kind != textlayer.Heading || last.Text != first+" opportunities of the reform" {
		t.Errorf("last block = %v %q, want the whole centred heading\n%s", last.Kind, last.Text, dump(doc))
	}
}

// TestRepeatedLineOnlyIsText: a document whose only text is one line near the top of every page,
// numbered ("Potato 1", "Potato 2"), is that text: removing it as a running header would leave
// nothing, and the reader would call the file a scan.
func TestRepeatedLineOnlyIsText(t *testing.T) {
	var pages []RawPage
	for p := 1; p <= 6; p++ {
		pages = append(pages, page(p, run{text: "Potato " + itoa(p), x: 72, y: 40, size: 12}))
	}
	doc := analyzePages(t, pages...)
	text := dump(doc)
	if len(doc.Furniture) != 0 || len(doc.Blocks) == 0 {
		t.Fatalf("analyze(6 pages of one repeated line) furniture %q, %d blocks; want no furniture, the lines as text\n%s", doc.Furniture, len(doc.Blocks), text)
	}
	for p := 1; p <= 6; p++ {
		if !strings.Contains(text, "Potato "+itoa(p)) {
			t.Errorf("analyze(6 pages of one repeated line) lost %q\n%s", "Potato "+itoa(p), text)
		}
	}
	// With a body beside it, the same line is a running header again.
	for i := range pages {
		pages[i].Glyphs = append(pages[i].Glyphs, page(i+1, body(200, "The body of the page goes on here.")...).Glyphs...)
	}
	doc = analyzePages(t, pages...)
	if len(doc.Furniture) != 1 || strings.Contains(doc.Blocks[0].Text, "Potato") {
		t.Errorf("analyze(a repeated line over a body) furniture = %q, want the line\n%s", doc.Furniture, dump(doc))
	}
}

// TestReadNoTextMessage: a document whose glyphs make no text is not called a scan; one without
// glyphs is.
func TestReadNoTextMessage(t *testing.T) {
	tests := []struct {
		name        string
		raw         RawDocument
		wantScanned bool
	}{
		{"no glyphs", RawDocument{Pages: []RawPage{{Number: 1, Width: 600, Height: 800}}}, true},
		{"only spaces", RawDocument{Pages: []RawPage{page(1, run{text: "   ", x: 72, y: 300, size: 10, spaces: true})}}, false},
	}
	for _, tt := range tests {
		r, err := NewReader(context.Background(), Options{Engine: fixedEngine{tt.raw}})
		if err != nil {
			t.Fatal(err)
		}
		_, err = r.Read(context.Background(), tt.name+".pdf", []byte("%PDF-1.4"), "")
		if !errors.Is(err, ErrNoText) {
			t.Fatalf("Read(%s) = %v, want ErrNoText", tt.name, err)
		}
		if got := strings.Contains(err.Error(), "scanned"); got != tt.wantScanned {
			t.Errorf("Read(%s) = %q: says scanned %v, want %v", tt.name, err, got, tt.wantScanned)
		}
	}
}

// fixedEngine returns the same document for every read.
type fixedEngine struct{ raw RawDocument }

func (fixedEngine) Name() string { return "fixed" }
func (fixedEngine) Close() error { return nil }
func (e fixedEngine) Read(context.Context, []byte, string) (RawDocument, error) {
	return e.raw, nil
}

// TestBlocksItemSpacing: a list whose bullets a browser drew as shapes (lost with them) keeps
// its items apart by a little more space than a line's; an item whose last line is nearly full
// and ends a sentence ends its block there, though the next item's first word would not have
// fitted on it. Lines within a paragraph, and a sentence that ends a line at the usual gap,
// stay joined.
func TestBlocksItemSpacing(t *testing.T) {
	const right = 520.0
	tests := []struct {
		name string
		gap  float64 // the space between the two items' baselines
		want int     // blocks
	}{
		{"item spacing splits", 17, 2},
		{"line spacing joins", 14, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runs := []run{
				{text: fillTo("Provide the field agents with the means of", 72, 10, right), x: 72, y: 100, size: 10},
				{text: fillTo("travel needed for a quarterly follow-up", 72, 10, right-30) + ".", x: 72, y: 114, size: 10},
				{text: fillTo("Harmonize the data collection tools of the", 72, 10, right), x: 72, y: 114 + tt.gap, size: 10},
				{text: "partners in every region.", x: 72, y: 128 + tt.gap, size: 10},
			}
			doc := analyzePages(t, page(1, runs...))
			if len(doc.Blocks) != tt.want {
				t.Errorf("%d blocks, want %d\n%s", len(doc.Blocks), tt.want, dump(doc))
			}
		})
	}
}
