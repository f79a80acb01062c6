package textlayer

import (
	"fmt"
	"io"
	"strings"
)

// Dump writes a readable, stable rendering of the document: one block a paragraph, tables as
// rows of cells separated by " | ", footnotes at the end. Golden tests compare it; a reviewer
// reads its diff to see what a change to layout analysis did.
func Dump(w io.Writer, d *Document) error {
	var b strings.Builder
	fmt.Fprintf(&b, "format: %s\npages: %d\n", d.Format, d.Pages)
	if d.Title != "" {
		fmt.Fprintf(&b, "title: %s\n", d.Title)
	}
	if d.Date != "" {
		fmt.Fprintf(&b, "date: %s\n", d.Date)
	}
	for _, f := range d.Furniture {
		fmt.Fprintf(&b, "furniture: %s\n", f)
	}
	for _, pe := range d.PageErrors {
		fmt.Fprintf(&b, "page error: p%d: %s\n", pe.Page, pe.Err)
	}
	for _, bl := range d.Blocks {
		b.WriteString("\n")
		switch bl.Kind {
		case Table:
			fmt.Fprintf(&b, "[table p%d, %d columns]\n", bl.Page, bl.Table.Columns)
			for _, r := range bl.Table.Rows {
				mark := "row"
				if r.Header {
					mark = "head"
				}
				cells := make([]string, len(r.Cells))
				for i, c := range r.Cells {
					cells[i] = c.Text
					if c.Span > 1 {
						cells[i] = fmt.Sprintf("<span %d> %s", c.Span, c.Text)
					}
				}
				fmt.Fprintf(&b, "  %s p%d: %s\n", mark, r.Page, strings.Join(cells, " | "))
			}
		default:
			attr := ""
			if bl.Bold {
				attr += " bold"
			}
			if bl.Level > 0 {
				attr += fmt.Sprintf(" h%d", bl.Level)
			}
			fmt.Fprintf(&b, "[%s p%d%s]", bl.Kind, bl.Page, attr)
			for _, br := range bl.Breaks {
				fmt.Fprintf(&b, " [p%d at %d]", br.Page, br.Offset)
			}
			b.WriteString("\n" + bl.Text + "\n")
		}
	}
	if len(d.Footnotes) > 0 {
		b.WriteString("\nfootnotes:\n")
		for _, f := range d.Footnotes {
			fmt.Fprintf(&b, "  p%d [%s] %s\n", f.Page, f.Number, f.Text)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
