package htmltext

import (
	"context"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"gbtrack/extract/textlayer"
)

// Span limits from the HTML standard: larger values are clamped by browsers too, and they keep a
// hostile colspan from allocating millions of cells.
const (
	maxColspan = 1000
	maxRowspan = 65534
)

// tableInfo is one <table> rebuilt as a grid, and whether it holds data or only lays the page
// out.
type tableInfo struct {
	data    bool
	grid    *textlayer.TableData
	caption string
	// headed says a row was read as a header; marked says the markup declares the table
	// layout (role "presentation", a nested table, a heading in a cell); filledRows counts the
	// rows with text in two cells or more, bodyRows the rows with text at all.
	headed, marked       bool
	filledRows, bodyRows int
}

// maxFurnitureChars is the most text that may stand between a data table and a table that
// continues it: a page's running footer ("Page 1 of 2") printed between the two halves of a
// matrix, not a paragraph.
const maxFurnitureChars = 80

// classifyTables rebuilds every table under body and tells data tables from layout tables.
//
// A table with no header that continues the data table before it is data too, however few its
// rows: it has that table's number of columns, at least two of them, text in two cells or more
// of every row, and at most maxFurnitureChars of text stand between the two. A web page
// printed from a paginated matrix splits a table that way and repeats no header ("Page 1 of
// 2" between them); read alone, one row without a header looks like page layout.
func classifyTables(ctx context.Context, body *html.Node) (map[*html.Node]*tableInfo, error) {
	out := map[*html.Node]*tableInfo{}
	var last *tableInfo // the last data table outside any table, while little text follows it
	between, depth := 0, 0
	err := walk(ctx, body, func(n *html.Node, entering bool) bool {
		switch {
		case n.Type == html.TextNode:
			if depth == 0 {
				between += countChars(collapse(n.Data))
			}
		case n.Type == html.ElementNode && n.DataAtom == atom.Table:
			if !entering {
				depth--
				return false
			}
			ti := readTable(n)
			if depth == 0 && !ti.data && continues(last, ti, between) {
				ti.data = true
			}
			if depth == 0 && ti.data {
				last, between = ti, 0
			}
			out[n] = ti
			depth++
		}
		return entering
	})
	return out, err
}

// continues reports whether ti, read after the data table last with between characters of
// text outside tables between them, is the rest of last (see classifyTables).
func continues(last, ti *tableInfo, between int) bool {
	return last != nil && between <= maxFurnitureChars && !ti.marked && !ti.headed &&
		ti.grid.Columns >= 2 && ti.grid.Columns == last.grid.Columns &&
		ti.bodyRows > 0 && ti.filledRows == ti.bodyRows
}

// rawCell is a cell as marked up, before spans are laid out.
type rawCell struct {
	text       string
	bold       bool
	th         bool
	colspan    int
	rowspan    int
	hasHeading bool
}

// readTable builds the grid and classifies the table.
//
// Rowspan: a cell spanning rows appears in its first row only; the rows below get an empty
// cell (with the same column span) in its place. Repeating the text would make every covered
// row look like a new item of a plan, while the empty cell matches how PDF tables and 1999
// pages leave a continued issue cell blank.
func readTable(tbl *html.Node) *tableInfo {
	ti := &tableInfo{grid: &textlayer.TableData{}}
	var rows [][]rawCell
	var headSection []bool
	nested := false
	for c := tbl.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case isElem(c, atom.Caption):
			ti.caption = collapse(nodeText(c))
		case isElem(c, atom.Tr):
			rows = append(rows, readRow(c, &nested))
			headSection = append(headSection, false)
		case isElem(c, atom.Thead, atom.Tbody, atom.Tfoot):
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if isElem(r, atom.Tr) {
					rows = append(rows, readRow(r, &nested))
					headSection = append(headSection, c.DataAtom == atom.Thead)
				}
			}
		}
	}
	type pending struct{ rows, span int }
	var below []pending // by start column: rows still covered by a rowspan from above
	grid := ti.grid
	headerRows, bodyRows, multiCellRows := 0, 0, 0
	var totalChars, nonEmpty int
	headings := false
	for i, raw := range rows {
		var cells []textlayer.Cell
		col := 0
		fillCovered := func() {
			for col < len(below) && below[col].rows > 0 {
				p := &below[col]
				p.rows--
				cells = append(cells, textlayer.Cell{Span: p.span})
				col += p.span
			}
		}
		filled, allHead, allBold := 0, true, true
		for _, rc := range raw {
			fillCovered()
			cells = append(cells, textlayer.Cell{Text: rc.text, Span: rc.colspan, Bold: rc.bold && rc.text != "", Paras: cellParas(rc.text)})
			if rc.rowspan > 1 {
				for len(below) < col+rc.colspan {
					below = append(below, pending{})
				}
				below[col] = pending{rows: rc.rowspan - 1, span: rc.colspan}
			}
			col += rc.colspan
			if rc.text != "" {
				filled++
				totalChars += len(rc.text)
				nonEmpty++
				allHead = allHead && rc.th
				allBold = allBold && rc.bold
			}
			headings = headings || rc.hasHeading
		}
		for col < len(below) {
			if below[col].rows > 0 {
				fillCovered()
				continue
			}
			cells = append(cells, textlayer.Cell{Span: 1})
			col++
		}
		header := filled > 0 && (headSection[i] || allHead)
		if !header && i == 0 && filled >= 2 && allBold && len(rows) > 1 {
			header = true
		}
		if header && filled >= 2 {
			headerRows++
		} else if filled > 0 {
			bodyRows++
			if filled >= 2 {
				ti.filledRows++
			}
		}
		if filled >= 2 {
			multiCellRows++
		}
		grid.Rows = append(grid.Rows, textlayer.Row{Cells: cells, Header: header})
	}
	for _, r := range grid.Rows {
		w := 0
		for _, c := range r.Cells {
			w += c.Span
		}
		grid.Columns = max(grid.Columns, w)
	}
	for i := range grid.Rows {
		w := 0
		for _, c := range grid.Rows[i].Cells {
			w += c.Span
		}
		for ; w < grid.Columns; w++ {
			grid.Rows[i].Cells = append(grid.Rows[i].Cells, textlayer.Cell{Span: 1})
		}
	}
	role := strings.ToLower(attr(tbl, "role"))
	ti.marked = role == "presentation" || role == "none" || nested || headings
	ti.headed, ti.bodyRows = headerRows > 0, bodyRows
	switch {
	case ti.marked:
		ti.data = false
	case headerRows > 0 && bodyRows > 0 && grid.Columns >= 2:
		ti.data = true
	default:
		// No header: a grid of short cells, three columns or more, several of them filled in
		// most rows, is data; one or two columns of mixed content is page layout.
		ti.data = grid.Columns >= 3 && multiCellRows >= 3 && nonEmpty > 0 && totalChars/nonEmpty < 300
	}
	return ti
}

// readRow reads the cells of one row; nested reports a table inside a cell.
func readRow(tr *html.Node, nested *bool) []rawCell {
	var out []rawCell
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if !isElem(c, atom.Td, atom.Th) {
			continue
		}
		rc := rawCell{
			th:      c.DataAtom == atom.Th,
			colspan: spanAttr(c, "colspan", maxColspan),
			rowspan: spanAttr(c, "rowspan", maxRowspan),
		}
		var b strings.Builder
		boldChars, chars, bold := 0, 0, 0
		if rc.th {
			bold = 1
		}
		_ = walk(context.Background(), c, func(n *html.Node, entering bool) bool {
			switch n.Type {
			case html.TextNode:
				if entering {
					// Line breaks in the source are white space; only markup breaks a cell's lines.
					b.WriteString(strings.NewReplacer("\r", " ", "\n", " ").Replace(n.Data))
					k := countChars(n.Data)
					chars += k
					if bold > 0 {
						boldChars += k
					}
				}
				return false
			case html.ElementNode:
				if skippedElement(n) {
					return false
				}
				if n != c && n.DataAtom == atom.Table {
					*nested = true
				}
				if headingLevel(n) > 0 {
					rc.hasHeading = true
				}
				if n.DataAtom == atom.Br || isBlockElement(n) {
					b.WriteByte('\n')
				}
				if isBoldElement(n) {
					if entering {
						bold++
					} else {
						bold--
					}
				}
			}
			return true
		})
		rc.text = collapseLines(b.String())
		rc.bold = chars > 0 && boldChars == chars
		out = append(out, rc)
	}
	return out
}

// cellParas returns a cell's lines as the paragraphs its writer made (textlayer.Cell.Paras),
// nil for a cell of one line: a web page's browser wraps long lines itself, so every line
// break in the cell's text (a <br>, a <p> or <li>) is the writer's, as a unit printed one a
// line ("Project teams<br>Ministries of Labour").
func cellParas(text string) []string {
	if !strings.Contains(text, "\n") {
		return nil
	}
	return strings.Split(text, "\n")
}

// collapseLines collapses the white space of each line of a cell's text (see collapse) and
// joins the lines that hold text with "\n". A cell's lines are those that <br> and block
// elements (<p>, <div>, <li>) make: a cell of responsible units prints one unit a line
// ("Data Management Unit<br>Regional Office for Africa"), and only the break tells the two
// names apart (normalize.SplitUnits splits on it). Line breaks in the source itself are
// white space, as a browser renders them.
func collapseLines(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if c := collapse(line); c != "" {
			out = append(out, c)
		}
	}
	return strings.Join(out, "\n")
}

// spanAttr reads colspan or rowspan, clamped to [1, limit]; rowspan=0 ("to the end of the
// group") is read as 1.
func spanAttr(n *html.Node, key string, limit int) int {
	v, err := strconv.Atoi(strings.TrimSpace(attr(n, key)))
	if err != nil || v < 1 {
		return 1
	}
	return min(v, limit)
}

// isBoldElement says whether an element sets its text in bold.
func isBoldElement(n *html.Node) bool {
	if isElem(n, atom.B, atom.Strong) {
		return true
	}
	s := strings.ToLower(strings.Join(strings.Fields(attr(n, "style")), ""))
	return strings.Contains(s, "font-weight:bold") || strings.Contains(s, "font-weight:700")
}
