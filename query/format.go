package query

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// Columns names the flat columns of an item, in their stable order: CSV headers, SQLite items
// columns. A nested field becomes parent_child (due_end, status_value); a list becomes one
// cell with its members joined by ListSep (responsible, unit_abbrs). docs/query.md documents
// each column.
var Columns = []string{
	"id", "kind", "number", "doc", "source", "page", "paragraph", "section", "text",
	"due_text", "due_start", "due_end", "due_precision", "due_vague",
	"status_text", "status_value", "latest_status",
	"responsible", "unit_names", "unit_abbrs",
	"priority", "time_implication", "resource_implication", "actor", "parent",
	"response_text", "response_value", "run",
}

// ListSep joins the members of a list in one cell. "; " never occurs inside a unit name that
// SplitUnits returned, since it splits on semicolons.
const ListSep = "; "

// Row returns r's cells in Columns order. A null value is the empty string; due_vague is
// "true" or "false"; page is a decimal number.
func Row(r Record) []string {
	s := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	var dueText, dueStart, dueEnd, duePrec, dueVague string
	if d := r.Due; d != nil {
		dueText, dueStart, dueEnd, duePrec, dueVague = d.Text, s(d.Start), s(d.End), s(d.Precision), strconv.FormatBool(d.Vague)
	}
	var stText, stValue string
	if st := r.Status; st != nil {
		stText, stValue = st.Text, st.Value
	}
	var page string
	if r.Page != nil {
		page = strconv.Itoa(*r.Page)
	}
	var names, abbrs []string
	for _, u := range r.Units {
		names = append(names, u.Name)
		abbrs = append(abbrs, s(u.Abbr))
	}
	var respText, respValue string
	if rs := r.Response; rs != nil {
		respText, respValue = rs.Text, rs.Value
	}
	return []string{
		r.ID, r.Kind, s(r.Number), r.Doc, r.Source, page, s(r.Paragraph), s(r.Section), r.Text,
		dueText, dueStart, dueEnd, duePrec, dueVague,
		stText, stValue, r.Latest,
		strings.Join(r.Responsible, ListSep), strings.Join(names, ListSep), strings.Join(abbrs, ListSep),
		s(r.Priority), s(r.TimeImplication), s(r.ResourceImplication), s(r.Actor), s(r.Parent),
		respText, respValue, r.Run,
	}
}

// Formats lists the output formats Write knows.
var Formats = []string{"jsonl", "csv", "table", "markdown"}

// Write writes recs to w in format: "jsonl" (each item's line as the run wrote it), "csv"
// (RFC 4180, CRLF line ends, a header row of Columns), "table" (aligned text for a terminal:
// id, kind, due end, status, units, text cut to 70 characters) or "markdown" (the same columns
// as a Markdown table). It fails on an unknown format before writing anything.
func Write(w io.Writer, format string, recs []Record) error {
	switch format {
	case "jsonl":
		for _, r := range recs {
			if _, err := fmt.Fprintf(w, "%s\n", r.Raw); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		cw.UseCRLF = true // RFC 4180
		if err := cw.Write(Columns); err != nil {
			return err
		}
		for _, r := range recs {
			if err := cw.Write(Row(r)); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	case "table":
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, strings.Join(shortHeader, "\t"))
		for _, r := range recs {
			fmt.Fprintln(tw, strings.Join(shortRow(r, func(s string) string {
				return strings.ReplaceAll(s, "\t", " ")
			}), "\t"))
		}
		return tw.Flush()
	case "markdown":
		var b strings.Builder
		b.WriteString("| " + strings.Join(shortHeader, " | ") + " |\n")
		b.WriteString("|" + strings.Repeat("---|", len(shortHeader)) + "\n")
		for _, r := range recs {
			b.WriteString("| " + strings.Join(shortRow(r, escapeMarkdown), " | ") + " |\n")
		}
		_, err := io.WriteString(w, b.String())
		return err
	}
	return fmt.Errorf("unknown format %q: want %s", format, strings.Join(Formats, ", "))
}

var shortHeader = []string{"id", "kind", "due_end", "status", "units", "text"}

// shortRow is the row of the table and Markdown formats; esc makes a cell safe for the format.
func shortRow(r Record, esc func(string) string) []string {
	row := Row(r)
	get := func(col string) string {
		for i, c := range Columns {
			if c == col {
				return row[i]
			}
		}
		return ""
	}
	// Abbreviations are short; an unknown unit has none, so its name stands in.
	var parts []string
	for _, u := range r.Units {
		if u.Abbr != nil {
			parts = append(parts, *u.Abbr)
		} else {
			parts = append(parts, u.Name)
		}
	}
	units := strings.Join(parts, ", ")
	status := StatusOf(r)
	cells := []string{r.ID, r.Kind, get("due_end"), status, units, cut(r.Text, 70)}
	for i := range cells {
		cells[i] = esc(strings.Join(strings.Fields(cells[i]), " "))
	}
	return cells
}

// cut shortens s to at most n characters, ending in "…" when it cut.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// escapeMarkdown keeps a cell inside its table cell: pipes and backslashes escaped.
func escapeMarkdown(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	return strings.ReplaceAll(s, "|", `\|`)
}
