package items

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// TestResponsesAndTrailingFields checks the responses printed apart from their recommendation
// (by number under a "Management response" heading, or as "Response: Agreed" below it) and the
// bracketed fields that close a recommendation's words.
func TestResponsesAndTrailingFields(t *testing.T) {
	tests := []struct {
		name        string
		blocks      []textlayer.Block
		want        []recSummary
		commitments int
	}{
		{
			name: "responses by number under their own heading stay running text",
			blocks: []textlayer.Block{
				head(0, "Recommendations"),
				para(0, "1. The Office should train the inspectors. (Addressed to: ILO Country Office for Ghana, SKILLS; Priority: High; Time frame: Short term)"),
				para(0, "2. Future projects should collect data on graduates."),
				head(0, "Management response"),
				para(0, "Recommendation 1: Accepted. The Country Office will include training in the second phase."),
				para(0, "Recommendation 2: Partially accepted. A tracer study will be carried out by December 2026."),
			},
			want: []recSummary{
				{Number: "1", Text: "The Office should train the inspectors.", Response: "accepted", Priority: "High",
					Responsible: []string{"ILO Country Office for Ghana", "SKILLS"}},
				{Number: "2", Text: "Future projects should collect data on graduates.", Response: "partially_accepted"},
			},
			commitments: 1,
		},
		{
			name: "a government's response below each recommendation",
			blocks: []textlayer.Block{
				head(1, "Recommendation 2"),
				para(1, "The Committee recommends that the Government increase the number of inspectors by 30 June 2027."),
				bold(1, "Response: Agreed in principle"),
				para(1, "The Government supports the intent of the recommendation."),
			},
			want: []recSummary{
				{Number: "2", Text: "The Committee recommends that the Government increase the number of inspectors by 30 June 2027.",
					DueEnd: "2027-06-30", Response: "partially_accepted"},
			},
		},
		{
			name: "a response table that names the recommendations by number",
			blocks: []textlayer.Block{
				bold(0, "Recommendation 1. Build the capacity of labour inspectors."),
				head(0, "Management response"),
				table(0, 4,
					row(0, true, "Recommendation", "Response", "Planned action", "Timing"),
					row(0, false, "1", "Partially accepted", "Include households in the training programme", "By June 2026"),
				),
			},
			want: []recSummary{
				{Number: "1", Text: "Build the capacity of labour inspectors.", Response: "partially_accepted"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := textlayer.Document{Format: "html", Blocks: tt.blocks}
			res, err := Detect(context.Background(), &doc, Source{Ref: "in", FileID: "file"})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, summarizeRecs(res.Items)); diff != "" {
				t.Errorf("Detect: recommendations (-want +got):\n%s", diff)
			}
			n := 0
			for _, it := range res.Items {
				if it.Kind == normalize.KindCommitment {
					n++
				}
			}
			for _, it := range res.Items {
				if it.Kind == normalize.KindActionItem && (it.Parent == nil || *it.Parent == "") {
					t.Errorf("Detect: action item %q has no parent", it.Text)
				}
			}
			if n != tt.commitments {
				t.Errorf("Detect: %d commitments, want %d", n, tt.commitments)
			}
		})
	}
}
