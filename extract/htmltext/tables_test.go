package htmltext

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gbtrack/extract/textlayer"
)

// tablesOf returns the Table blocks of a document.
func tablesOf(doc *textlayer.Document) []*textlayer.TableData {
	var out []*textlayer.TableData
	for _, b := range doc.Blocks {
		if b.Kind == textlayer.Table {
			out = append(out, b.Table)
		}
	}
	return out
}

func cells(texts ...string) []textlayer.Cell {
	out := make([]textlayer.Cell, len(texts))
	for i, t := range texts {
		out[i] = textlayer.Cell{Text: t, Span: 1}
	}
	return out
}

func TestDataTables(t *testing.T) {
	cases := []struct {
		name string
		page string
		want *textlayer.TableData
	}{
		{
			name: "th header, colspan group row, nbsp cells",
			page: `<table><tr><th>Issue</th><th>Action</th><th>Time frame</th></tr>
				<tr><td colspan="3"><b>1. A coherent programme</b></td></tr>
				<tr><td>1(a) Coherence</td><td>Guidance notes</td><td>&nbsp;</td></tr>
				<tr><td>&nbsp;</td><td>&nbsp;</td><td>By end 2000</td></tr></table>`,
			want: &textlayer.TableData{Columns: 3, Rows: []textlayer.Row{
				{Header: true, Cells: []textlayer.Cell{{Text: "Issue", Span: 1, Bold: true}, {Text: "Action", Span: 1, Bold: true}, {Text: "Time frame", Span: 1, Bold: true}}},
				{Cells: []textlayer.Cell{{Text: "1. A coherent programme", Span: 3, Bold: true}}},
				{Cells: cells("1(a) Coherence", "Guidance notes", "")},
				{Cells: cells("", "", "By end 2000")},
			}},
		},
		{
			name: "rowspan leaves empty cells below",
			page: `<table><thead><tr><td>Issue</td><td>Action</td><td>Due</td></tr></thead>
				<tr><td rowspan="3">Field structure</td><td>Review</td><td>2000</td></tr>
				<tr><td>Plan</td><td>2001</td></tr>
				<tr><td>Report</td><td>2002</td></tr>
				<tr><td>Other</td><td>Act</td><td>2003</td></tr></table>`,
			want: &textlayer.TableData{Columns: 3, Rows: []textlayer.Row{
				{Header: true, Cells: cells("Issue", "Action", "Due")},
				{Cells: cells("Field structure", "Review", "2000")},
				{Cells: cells("", "Plan", "2001")},
				{Cells: cells("", "Report", "2002")},
				{Cells: cells("Other", "Act", "2003")},
			}},
		},
		{
			name: "rowspan and colspan together, in a middle column",
			page: `<table><tr><th>A</th><th>B</th><th>C</th><th>D</th></tr>
				<tr><td>a1</td><td rowspan="2" colspan="2">bc</td><td>d1</td></tr>
				<tr><td>a2</td><td>d2</td></tr></table>`,
			want: &textlayer.TableData{Columns: 4, Rows: []textlayer.Row{
				{Header: true, Cells: []textlayer.Cell{{Text: "A", Span: 1, Bold: true}, {Text: "B", Span: 1, Bold: true}, {Text: "C", Span: 1, Bold: true}, {Text: "D", Span: 1, Bold: true}}},
				{Cells: []textlayer.Cell{{Text: "a1", Span: 1}, {Text: "bc", Span: 2}, {Text: "d1", Span: 1}}},
				{Cells: []textlayer.Cell{{Text: "a2", Span: 1}, {Span: 2}, {Text: "d2", Span: 1}}},
			}},
		},
		{
			name: "bold first row is the header; short rows padded",
			page: `<TABLE BORDER=1><TR><TD><B>Recommendation</B></TD><TD><B>Status</B></TD></TR>
				<TR><TD>Strengthen<BR>field offices</TD><TD>Ongoing</TD></TR>
				<TR><TD>Publish</TD></TR></TABLE>`,
			want: &textlayer.TableData{Columns: 2, Rows: []textlayer.Row{
				{Header: true, Cells: []textlayer.Cell{{Text: "Recommendation", Span: 1, Bold: true}, {Text: "Status", Span: 1, Bold: true}}},
				{Cells: []textlayer.Cell{{Text: "Strengthen\nfield offices", Span: 1, Paras: []string{"Strengthen", "field offices"}}, {Text: "Ongoing", Span: 1}}},
				{Cells: cells("Publish", "")},
			}},
		},
		{
			name: "headerless grid of short cells",
			page: `<table><tr><td>Region</td><td>2019</td><td>2020</td></tr><tr><td>Africa</td><td>12</td><td>14</td></tr>
				<tr><td>Americas</td><td>9</td><td>11</td></tr><tr><td>Asia</td><td>20</td><td>22</td></tr></table>`,
			want: &textlayer.TableData{Columns: 3, Rows: []textlayer.Row{
				{Cells: cells("Region", "2019", "2020")},
				{Cells: cells("Africa", "12", "14")},
				{Cells: cells("Americas", "9", "11")},
				{Cells: cells("Asia", "20", "22")},
			}},
		},
		{
			name: "lines of a cell kept apart at <br> and <p>, source breaks are spaces",
			page: `<table><tr><th>Action</th><th>Responsible</th></tr>
				<tr><td>Migrate the
				records</td><td>Data Management Unit<br>Regional Office for Africa<p>Skills Branch</p></td></tr></table>`,
			want: &textlayer.TableData{Columns: 2, Rows: []textlayer.Row{
				{Header: true, Cells: []textlayer.Cell{{Text: "Action", Span: 1, Bold: true}, {Text: "Responsible", Span: 1, Bold: true}}},
				{Cells: []textlayer.Cell{{Text: "Migrate the records", Span: 1}, {Text: "Data Management Unit\nRegional Office for Africa\nSkills Branch", Span: 1,
					Paras: []string{"Data Management Unit", "Regional Office for Africa", "Skills Branch"}}}},
			}},
		},
		{
			name: "hostile colspan clamped",
			page: `<table><tr><th>A</th><th>B</th></tr><tr><td colspan="99999999">wide</td></tr></table>`,
			want: &textlayer.TableData{Columns: maxColspan, Rows: nil},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := extractString(t, "<body><p>"+articleText+"</p>"+tc.page+"</body>", "")
			tables := tablesOf(doc)
			if len(tables) != 1 {
				t.Fatalf("Extract(%s) = %d tables, want 1; blocks %+v", tc.name, len(tables), doc.Blocks)
			}
			got := tables[0]
			if tc.want.Rows == nil {
				if got.Columns != tc.want.Columns {
					t.Errorf("Extract(%s) columns = %d, want %d", tc.name, got.Columns, tc.want.Columns)
				}
				return
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Extract(%s) table mismatch (-want +got):\n%s", tc.name, diff)
			}
		})
	}
}

func TestLayoutTablesFlattened(t *testing.T) {
	cases := []struct {
		name string
		page string
		want []string // paragraphs, in order
	}{
		{"two-column masthead", `<TABLE WIDTH="100%"><TR><TD><B>GB.999/XX/1</B></TD><TD ALIGN="RIGHT"><B>999th Session<BR>Geneva, May 2099</B></TD></TR></TABLE>`,
			[]string{"GB.999/XX/1", "999th Session Geneva, May 2099"}},
		{"navigation column beside content", `<table><tr><td><ul><li><a href="/a">Alpha page</a></li><li><a href="/b">Beta page</a></li><li><a href="/c">Gamma page</a></li></ul></td>
			<td><h2>Programme</h2><p>` + articleText + `</p><p>Second paragraph of running text, long enough to count as content here.</p></td></tr></table>`,
			[]string{"Programme", articleText, "Second paragraph of running text, long enough to count as content here."}},
		{"nested tables", `<table><tr><td><table><tr><th>Inner</th><th>Head</th></tr><tr><td>x</td><td>y</td></tr></table></td><td>Beside</td></tr></table>`,
			nil},
		{"presentation role", `<table role="presentation"><tr><th>A</th><th>B</th></tr><tr><td>Cell one</td><td>Cell two</td></tr></table>`,
			[]string{"A", "B", "Cell one", "Cell two"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := extractString(t, "<body>"+tc.page+"<p>"+articleText+" Again.</p></body>", "")
			if tc.name == "nested tables" {
				// The outer table lays out; the inner one, a real grid, stays a table.
				ts := tablesOf(doc)
				if len(ts) != 1 || ts[0].Columns != 2 || ts[0].Rows[0].Cells[0].Text != "Inner" {
					t.Errorf("Extract(%s) tables = %+v, want the inner 2-column table only", tc.name, ts)
				}
				if !strings.Contains(paragraphs(doc), "Beside") {
					t.Errorf("Extract(%s) lost the outer cell text: %q", tc.name, paragraphs(doc))
				}
				return
			}
			if ts := tablesOf(doc); len(ts) != 0 {
				t.Errorf("Extract(%s) = %d tables, want a layout table flattened", tc.name, len(ts))
			}
			got := strings.Split(paragraphs(doc), "\n")
			want := append(tc.want, articleText+" Again.")
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Extract(%s) paragraphs mismatch (-want +got):\n%s", tc.name, diff)
			}
		})
	}
}

// TestContinuedTables checks that a header-less table after a data table is read as the rest of
// it only when it has that table's columns, fills two cells or more of each row and follows it
// across no more than page furniture.
func TestContinuedTables(t *testing.T) {
	const head = `<table><tr><th>Key action</th><th>Time frame</th><th>Status</th></tr>
		<tr><td>1.1 Map the fields.</td><td>Q3 2024</td><td>Ongoing</td></tr></table>`
	cases := []struct {
		name       string
		page       string
		wantTables int
	}{
		{"one row after a page footer", head + `<p>Page 1 of 2</p><table><tr><td>2.2 Publish a note.</td><td>Q1 2025</td><td>Planned</td></tr></table>`, 2},
		{"directly after", head + `<table><tr><td>2.2 Publish a note.</td><td>Q1 2025</td><td>Planned</td></tr></table>`, 2},
		{"after a paragraph of text", head + `<p>` + articleText + `</p><table><tr><td>2.2 Publish a note.</td><td>Q1 2025</td><td>Planned</td></tr></table>`, 1},
		{"other number of columns", head + `<table><tr><td>2.2 Publish a note.</td><td>Q1 2025</td></tr></table>`, 1},
		{"a row with one cell filled", head + `<table><tr><td>2.2 Publish a note.</td><td></td><td></td></tr></table>`, 1},
		{"layout role", head + `<table role="presentation"><tr><td>a</td><td>b</td><td>c</td></tr></table>`, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := extractString(t, "<body><p>"+articleText+"</p>"+tc.page+"<p>"+articleText+" Again.</p></body>", "")
			if got := len(tablesOf(doc)); got != tc.wantTables {
				t.Errorf("Extract(%s) = %d tables, want %d; blocks %+v", tc.name, got, tc.wantTables, doc.Blocks)
			}
		})
	}
}
