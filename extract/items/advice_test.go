package items

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// TestAdviceInReportsWithRecommendations checks the document-level model of advice.go: dated
// advice, past plans and deadlines passed by the document's date are commitments only in a
// document that makes no recommendations.
func TestAdviceInReportsWithRecommendations(t *testing.T) {
	findings := []textlayer.Block{
		para(1, "Date: 1 March 2026"),
		head(1, "Findings"),
		para(1, "The ministries should agree on common definitions before 2027 if the database is to serve the region."),
		para(1, "The project was expected to train 300 inspectors by 2030, and the target was kept."),
		para(1, "The Office will publish the final dataset by June 2027."),
		para(1, "The evaluation team will submit the inception report by 15 January 2026."),
	}
	chapter := []textlayer.Block{
		head(2, "Recommendations"),
		para(2, "1. Obtain a written agreement of the ministries on the sharing of accident data."),
		para(2, "2. Set a target for the share of women among the inspectors trained."),
	}
	tests := []struct {
		name   string
		blocks []textlayer.Block
		want   []string // the commitments' texts
		recs   int
	}{
		{"a report with a recommendations chapter keeps only binding sentences", append(append([]textlayer.Block{}, findings...), chapter...),
			[]string{"The Office will publish the final dataset by June 2027."}, 2},
		{"a paper with no recommendations keeps its dated advice", findings, []string{
			"The ministries should agree on common definitions before 2027 if the database is to serve the region.",
			"The project was expected to train 300 inspectors by 2030, and the target was kept.",
			"The Office will publish the final dataset by June 2027.",
			"The evaluation team will submit the inception report by 15 January 2026.",
		}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := textlayer.Document{Format: "pdf", Blocks: tt.blocks}
			res, err := Detect(context.Background(), &doc, Source{Ref: "in", FileID: "file"})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			recs := 0
			for _, it := range res.Items {
				switch it.Kind {
				case normalize.KindCommitment:
					got = append(got, it.Text)
				case normalize.KindRecommendation:
					recs++
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("commitments (-want +got):\n%s", diff)
			}
			if recs != tt.recs {
				t.Errorf("%d recommendations, want %d", recs, tt.recs)
			}
		})
	}
}
