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
			name: "a government's verdict on a line of its own below each quoted recommendation",
			blocks: []textlayer.Block{
				head(1, "Recommendation 5"),
				para(1, "The Committee recommends that the Government fund a mentoring service by 1 July 2027."),
				head(1, "Agreed in principle"),
				para(1, "The Government will expand the existing support services."),
				head(1, "Recommendation 6"),
				para(1, "The Committee recommends that the Government establish a travel allowance."),
				head(1, "Not supported"),
				para(1, "Students can already receive support."),
				head(1, "Recommendation 7"),
				para(1, "The Committee recommends that the Government report to the Parliament."),
				head(1, "Noted"),
			},
			want: []recSummary{
				{Number: "5", Text: "The Committee recommends that the Government fund a mentoring service by 1 July 2027.",
					DueEnd: "2027-07-01", Response: "partially_accepted"},
				{Number: "6", Text: "The Committee recommends that the Government establish a travel allowance.", Response: "not_accepted"},
				{Number: "7", Text: "The Committee recommends that the Government report to the Parliament.", Response: "unknown"},
			},
		},
		{
			name: "a government's response to a committee's list of conclusions and recommendations set in bold",
			blocks: []textlayer.Block{
				head(1, "Conclusions and recommendations"),
				head(1, "1. The absence of data on injuries makes it impossible to judge the problem. (Paragraph 4)"),
				para(1, "The Government agrees that better data is needed."),
				head(1, "2. We recommend that the Government amend the reporting regulations by the end of 2026. (Paragraph 5)"),
				para(1, "The Government partially accepts this recommendation. It will consult on the regulations by the end of 2026."),
				head(1, "3. We recommend that HSE publish a code of practice on the management of work by algorithm. (Paragraph 7)"),
				para(1, "The Government does not accept this recommendation."),
			},
			want: []recSummary{
				{Number: "2", Text: "We recommend that the Government amend the reporting regulations by the end of 2026.",
					DueEnd: "2026-12-31", Response: "partially_accepted"},
				{Number: "3", Text: "We recommend that HSE publish a code of practice on the management of work by algorithm.", Response: "not_accepted"},
			},
			commitments: 1,
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

func TestVerdictLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Agreed", normalize.ResponseAccepted},
		{"Agreed in principle.", normalize.ResponsePartiallyAccepted},
		{"Not agreed", normalize.ResponseNotAccepted},
		{"Supported in principle", normalize.ResponsePartiallyAccepted},
		{"Not supported", normalize.ResponseNotAccepted},
		{"Noted", normalize.ResponseUnknown},
		{"Partiellement acceptée", normalize.ResponsePartiallyAccepted},
		{"The Government agrees with the Committee.", ""},
		{"Agreed actions and timeline", ""},
		{"Recommendation 5", ""},
	}
	for _, tt := range tests {
		got := verdictLine(tt.in)
		switch {
		case tt.want == "" && got != nil:
			t.Errorf("verdictLine(%q) = %+v, want nil", tt.in, got)
		case tt.want != "" && (got == nil || got.Value != tt.want):
			t.Errorf("verdictLine(%q) = %+v, want %s", tt.in, got, tt.want)
		}
	}
}
