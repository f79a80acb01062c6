package items

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

func para(page int, text string) textlayer.Block {
	return textlayer.Block{Kind: textlayer.Paragraph, Page: page, Text: text}
}

func head(page int, text string) textlayer.Block {
	return textlayer.Block{Kind: textlayer.Heading, Page: page, Text: text, Bold: true}
}

func table(page, cols int, rows ...textlayer.Row) textlayer.Block {
	return textlayer.Block{Kind: textlayer.Table, Page: page, Table: &textlayer.TableData{Columns: cols, Rows: rows}}
}

func row(page int, header bool, cells ...string) textlayer.Row {
	r := textlayer.Row{Page: page, Header: header}
	for _, c := range cells {
		r.Cells = append(r.Cells, textlayer.Cell{Text: c, Span: 1})
	}
	return r
}

func spanRow(page, span int, text string) textlayer.Row {
	return textlayer.Row{Page: page, Cells: []textlayer.Cell{{Text: text, Span: span}}}
}

// summary is the part of an item these tests check.
type summary struct {
	ID, Kind, Number, Text, Section, DueEnd, Status string
	Page                                            int
	Responsible                                     []string
}

func summarize(its []normalize.Item) []summary {
	var out []summary
	for _, it := range its {
		s := summary{ID: it.ID, Kind: it.Kind, Text: it.Text, Responsible: it.Responsible}
		if it.Number != nil {
			s.Number = *it.Number
		}
		if it.Section != nil {
			s.Section = *it.Section
		}
		if it.Due != nil && it.Due.End != nil {
			s.DueEnd = *it.Due.End
		}
		if it.Status != nil {
			s.Status = it.Status.Value
		}
		if it.Page != nil {
			s.Page = *it.Page
		}
		if len(s.Responsible) == 0 {
			s.Responsible = nil
		}
		out = append(out, s)
	}
	return out
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name   string
		doc    textlayer.Document
		symbol string
		date   string
		want   []summary
	}{
		{
			name: "action table with group rows and a status column",
			doc: textlayer.Document{Format: "pdf", Furniture: []string{"GB.350/PFA/1"}, Blocks: []textlayer.Block{
				para(1, "Date: 1 March 2024"),
				table(9, 3,
					row(9, true, "Action", "Deadline", "Progress"),
					spanRow(9, 3, "Outcome A: Better data"),
					row(9, false, "1. Publish the survey", "By end 2024", "Completed"),
					row(10, false, "2. Train the staff", "Q2 2025", "Delayed"),
				),
			}},
			symbol: "GB.350/PFA/1", date: "2024-03-01",
			want: []summary{
				{ID: "GB.350/PFA/1#action_item-1", Kind: "action_item", Number: "1", Text: "Publish the survey", Section: "Outcome A: Better data", DueEnd: "2024-12-31", Status: "completed", Page: 9},
				{ID: "GB.350/PFA/1#action_item-2", Kind: "action_item", Number: "2", Text: "Train the staff", Section: "Outcome A: Better data", DueEnd: "2025-06-30", Status: "delayed", Page: 10},
			},
		},
		{
			name: "group rows nest under the part they stand in",
			doc: textlayer.Document{Format: "html", Blocks: []textlayer.Block{
				table(0, 2,
					row(0, true, "Output", "Timeline"),
					spanRow(0, 2, "Part I -- Relevance"),
					spanRow(0, 2, "1. A coherent programme"),
					row(0, false, "Map the portfolio", "By end 2001"),
					spanRow(0, 2, "Part II -- Quality"),
					row(0, false, "Review the field structure", "By mid-2002"),
				),
			}},
			want: []summary{
				{ID: "sha256-f11e#action_item-3fb6602b", Kind: "action_item", Text: "Map the portfolio", Section: "Part I -- Relevance › 1. A coherent programme", DueEnd: "2001-12-31"},
				{ID: "sha256-f11e#action_item-8f4d5a75", Kind: "action_item", Text: "Review the field structure", Section: "Part II -- Quality", DueEnd: "2002-06-30"},
			},
		},
		{
			name: "plan rows that carry only a time frame belong to their issue",
			doc: textlayer.Document{Format: "html", Title: "GB.300/TC/1 - A plan", Blocks: []textlayer.Block{
				para(0, "Geneva, 1 October 2007."),
				table(0, 3,
					row(0, true, "Issues", "Elements for action", "Time frame"),
					row(0, false, "1(a) Improving delivery", "The Office will improve delivery.", ""),
					row(0, false, "", "", "By March 2008"),
					row(0, false, "", "", "Continuously"),
				),
			}},
			symbol: "GB.300/TC/1", date: "2007-10-01",
			want: []summary{
				{ID: "GB.300/TC/1#action_item-1(a).1", Kind: "action_item", Number: "1(a)", Text: "Improving delivery", DueEnd: "2008-03-31"},
				{ID: "GB.300/TC/1#action_item-1(a).2", Kind: "action_item", Number: "1(a)", Text: "Improving delivery"},
			},
		},
		{
			name: "recommendation with its table of units and implications",
			doc: textlayer.Document{Format: "pdf", Blocks: []textlayer.Block{
				head(3, "RECOMMENDATION 4"),
				{Kind: textlayer.Paragraph, Page: 3, Bold: true, Text: "Strengthen the monitoring of crisis response."},
				para(3, "The Office should track its actions."),
				table(4, 4,
					row(4, true, "Responsible units", "Priority", "Time implication", "Resource implication"),
					row(4, false, "PROGRAM, Research Department (RESEARCH), DWTs and country offices (COs)", "", "Short-term", "Low"),
				),
				head(4, "RECOMMENDATION 5"),
				para(4, "Review the capacity to deliver."),
			}},
			want: []summary{
				{ID: "sha256-f11e#recommendation-4", Kind: "recommendation", Number: "4", Text: "Strengthen the monitoring of crisis response. The Office should track its actions.", Page: 3,
					Responsible: []string{"PROGRAM", "Research Department (RESEARCH)", "DWTs and country offices (COs)"}},
				{ID: "sha256-f11e#recommendation-5", Kind: "recommendation", Number: "5", Text: "Review the capacity to deliver.", Page: 4},
			},
		},
		{
			name: "recommendations with label | value tables and labelled lines",
			doc: textlayer.Document{Format: "pdf", Blocks: []textlayer.Block{
				head(1, "Recommendation 1. Anchor every programme in a steering committee."),
				table(1, 2,
					row(1, true, "Responsible units", "Regional Office for Arab States (ROAS), PARDEV"),
					row(1, false, "Priority", "High"),
					row(1, false, "Time implication", "Short term"),
				),
				head(2, "Recommendation 2. Invest in skills."),
				para(2, "Responsible units: SKILLS, Turin Centre Priority: High"),
				para(2, "Resource implication: Low"),
			}},
			want: []summary{
				{ID: "sha256-f11e#recommendation-1", Kind: "recommendation", Number: "1", Text: "Anchor every programme in a steering committee.", Page: 1,
					Responsible: []string{"Regional Office for Arab States (ROAS)", "PARDEV"}},
				{ID: "sha256-f11e#recommendation-2", Kind: "recommendation", Number: "2", Text: "Invest in skills.", Page: 2,
					Responsible: []string{"SKILLS", "Turin Centre"}},
			},
		},
		{
			name: "a table that lists recommendations, one a row",
			doc: textlayer.Document{Format: "pdf", Blocks: []textlayer.Block{
				head(7, "Summary of recommendations"),
				table(7, 3,
					row(7, true, "Recommendation", "Responsible unit", "Priority"),
					row(7, false, "1. Strengthen the monitoring of crisis response.", "PROGRAM, EVAL", "High"),
					row(8, false, "Recommendation 2: Review the capacity to deliver.", "PARDEV", "Medium"),
				),
			}},
			want: []summary{
				{ID: "sha256-f11e#recommendation-1", Kind: "recommendation", Number: "1", Text: "Strengthen the monitoring of crisis response.", Page: 7, Responsible: []string{"PROGRAM", "EVAL"}},
				{ID: "sha256-f11e#recommendation-2", Kind: "recommendation", Number: "2", Text: "Review the capacity to deliver.", Page: 8, Responsible: []string{"PARDEV"}},
			},
		},
		{
			name: "a follow-up table with a status column stays a plan",
			doc: textlayer.Document{Format: "pdf", Blocks: []textlayer.Block{
				table(3, 3,
					row(3, true, "Recommendation", "Action taken", "Status"),
					row(3, false, "1. Strengthen monitoring", "A dashboard was built", "Completed"),
				),
			}},
			want: []summary{
				{ID: "sha256-f11e#action_item-1", Kind: "action_item", Number: "1", Text: "A dashboard was built", Status: "completed", Page: 3},
			},
		},
		{
			name: "a decision's requests are action items, not commitments",
			doc: textlayer.Document{Format: "pdf", Furniture: []string{"GB.352/INS/4"}, Blocks: []textlayer.Block{
				para(1, "Date: 2 October 2024"),
				head(5, "Draft decision"),
				para(5, "The Governing Body: (a) took note of the report; (b) endorsed the plan; and (c) requested the Director-General to submit a report on its implementation to its 356th Session."),
			}},
			symbol: "GB.352/INS/4", date: "2024-10-02",
			want: []summary{
				{ID: "GB.352/INS/4#action_item-c", Kind: "action_item", Number: "c", Text: "requested the Director-General to submit a report on its implementation to its 356th Session.", Section: "Draft decision", DueEnd: "2026-03-31", Page: 5},
			},
		},
		{
			name: "commitments carry their paragraph and page; past events do not count",
			doc: textlayer.Document{Format: "pdf", Blocks: []textlayer.Block{
				para(1, "Date: 9 October 2020"),
				{Kind: textlayer.Paragraph, Page: 2, Text: "12. The plan was adopted in March 2019. The Office will report on it by June 2021.", Breaks: []textlayer.PageBreak{{Offset: 40, Page: 3}}},
			}},
			date: "2020-10-09",
			want: []summary{
				{ID: "sha256-f11e#commitment-2748dd4c", Kind: "commitment", Text: "The Office will report on it by June 2021.", DueEnd: "2021-06-30", Page: 3},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Detect(context.Background(), &tt.doc, Source{Ref: "in", FileID: "file", Hash: "f11e"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Symbol != tt.symbol {
				t.Errorf("symbol = %q, want %q", res.Symbol, tt.symbol)
			}
			gotDate := ""
			if !res.Date.IsZero() {
				gotDate = res.Date.Format(time.DateOnly)
			}
			if gotDate != tt.date {
				t.Errorf("date = %q, want %q", gotDate, tt.date)
			}
			if diff := cmp.Diff(tt.want, summarize(res.Items)); diff != "" {
				t.Errorf("Detect items (-want +got):\n%s", diff)
			}
		})
	}
}
