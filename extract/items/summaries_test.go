package items

import (
	"context"
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
