package items

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gbtrack/extract/textlayer"
)

func TestSummaryRestatements(t *testing.T) {
	summary := []textlayer.Block{
		head(1, "Executive summary"),
		para(1, "The programme supported training reform in two countries."),
		head(1, "Summary of recommendations"),
		para(1, "• Give the skills councils a permanent budget line."),
		para(1, "• Attract more women to technical trades."),
	}
	chapter := []textlayer.Block{
		head(2, "1. Findings"),
		para(2, "The councils met regularly and were valued by employers."),
		head(3, "2. Recommendations"),
		para(3, "1. The Ministry should create a permanent budget line for the skills councils' secretariats from 2026."),
		para(3, "2. The programme should fund scholarships for young women who enrol in technical trades."),
	}
	tests := []struct {
		name   string
		blocks []textlayer.Block
		want   []recSummary
	}{
		{"a summary's restatements give way to the chapter", append(append([]textlayer.Block{}, summary...), chapter...), []recSummary{
			{Number: "1", Text: "The Ministry should create a permanent budget line for the skills councils' secretariats from 2026."},
			{Number: "2", Text: "The programme should fund scholarships for young women who enrol in technical trades."},
		}},
		{"a summary with no chapter after it keeps its recommendations", append(append([]textlayer.Block{}, summary...), chapter[:2]...), []recSummary{
			{Text: "Give the skills councils a permanent budget line."},
			{Text: "Attract more women to technical trades."},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := textlayer.Document{Format: "pdf", Blocks: tt.blocks}
			res, err := Detect(context.Background(), &doc, Source{Ref: "in", FileID: "file"})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, summarizeRecs(res.Items)); diff != "" {
				t.Errorf("recommendations (-want +got):\n%s", diff)
			}
		})
	}
}

func TestChapterKeyActions(t *testing.T) {
	doc := textlayer.Document{Format: "pdf", Blocks: []textlayer.Block{
		head(1, "5. Recommendations"),
		para(1, "1. Make the migration units permanent structures of the ministries by the end of 2025."),
		para(1, "Key actions:"),
		para(1, "• Draft the decree that creates each unit, by March 2025."),
		para(1, "Transfer the two posts to the ministry's payroll by December 2025."),
		para(1, "2. Support the negotiation of the bilateral agreement in the next phase."),
		para(1, "• provide technical advice on the clauses on social security;"),
	}}
	res, err := Detect(context.Background(), &doc, Source{Ref: "in", FileID: "file"})
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ Kind, Number, Text, Parent, DueEnd string }
	var got []row
	for _, it := range res.Items {
		r := row{Kind: it.Kind, Text: it.Text}
		if it.Number != nil {
			r.Number = *it.Number
		}
		if it.Parent != nil {
			_, r.Parent, _ = strings.Cut(*it.Parent, "#")
		}
		if it.Due != nil && it.Due.End != nil {
			r.DueEnd = *it.Due.End
		}
		got = append(got, r)
	}
	want := []row{
		{"recommendation", "1", "Make the migration units permanent structures of the ministries by the end of 2025.", "", "2025-12-31"},
		{"action_item", "1.1", "Draft the decree that creates each unit, by March 2025.", "recommendation-1", "2025-03-31"},
		{"action_item", "1.2", "Transfer the two posts to the ministry's payroll by December 2025.", "recommendation-1", "2025-12-31"},
		{"recommendation", "2", "Support the negotiation of the bilateral agreement in the next phase. • provide technical advice on the clauses on social security;", "", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
}
