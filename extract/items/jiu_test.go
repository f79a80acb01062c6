package items

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gbtrack/extract/textlayer"
)

// TestJIUForms checks the forms of a Joint Inspection Unit review: the executive summary's list
// of recommendations ends at the report's first chapter ("I. Introduction"), whose numbered
// paragraphs are no recommendations, and a boxed recommendation names its deadline in its own
// words.
func TestJIUForms(t *testing.T) {
	blocks := []textlayer.Block{
		bold(1, "Recommendations"),
		para(1, "Recommendation 1: The executive heads should, by the end of 2026, require a capacity assessment."),
		bold(1, "I. Introduction"),
		para(1, "1. As part of its programme of work for 2024, the Unit conducted a review."),
		bold(2, "Recommendation 2"),
		para(2, "The legislative organs should request the executive heads to report annually."),
	}
	want := []recSummary{
		{Number: "1", Text: "The executive heads should, by the end of 2026, require a capacity assessment.", DueEnd: "2026-12-31"},
		{Number: "2", Text: "The legislative organs should request the executive heads to report annually."},
	}
	doc := textlayer.Document{Format: "pdf", Blocks: blocks}
	res, err := Detect(context.Background(), &doc, Source{Ref: "in", FileID: "file"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, summarizeRecs(res.Items)); diff != "" {
		t.Errorf("Detect: recommendations (-want +got):\n%s", diff)
	}
}
