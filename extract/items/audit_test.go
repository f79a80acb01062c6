package items

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gbtrack/extract/textlayer"
)

// TestAuditRecommendations checks the audit follow-up forms of the Board of Auditors and other
// oversight bodies: the lead "In paragraph N, the Board recommended that ...", in English and
// in French, with its label block printed as lines, as a table, or as lines then a table.
func TestAuditRecommendations(t *testing.T) {
	tests := []struct {
		name   string
		blocks []textlayer.Block
		want   []recSummary
	}{
		{
			name: "label lines: status, priority and target date after the units",
			blocks: []textlayer.Block{
				para(1, "Date: 2 October 2026"),
				para(1, "5. In paragraph 19 of its report, the Board recommended that the Fund review the ageing of advances."),
				para(1, "Department responsible: Division for Management Services"),
				para(1, "Status: Under implementation"),
				para(1, "Priority: High"),
				para(1, "Target date: Fourth quarter of 2026"),
				para(1, "Management's response: The Fund accepts the recommendation."),
			},
			want: []recSummary{
				{Number: "19", Text: "the Fund review the ageing of advances.", DueEnd: "2026-12-31", Status: "ongoing",
					Response: "accepted", Priority: "High", Responsible: []string{"Division for Management Services"}},
			},
		},
		{
			name: "a units line, then the other labels as a table",
			blocks: []textlayer.Block{
				para(1, "Date: 2 October 2026"),
				para(1, "6. In paragraph 27, the Board recommended that the Fund strengthen the monitoring of deliveries."),
				head(1, "Department responsible: Supply Chain Management Unit Humanitarian Response Division"),
				table(1, 2,
					row(1, true, "Status:", "Implemented"),
					row(1, false, "Priority:", "Medium"),
					row(1, false, "Target date:", "June 2027"),
				),
			},
			want: []recSummary{
				{Number: "27", Text: "the Fund strengthen the monitoring of deliveries.", DueEnd: "2027-06-30", Status: "completed",
					Priority: "Medium", Responsible: []string{"Supply Chain Management Unit", "Humanitarian Response Division"}},
			},
		},
		{
			name: "French lead and labels",
			blocks: []textlayer.Block{
				para(1, "Genève, 14 août 2025"),
				para(1, "12. Au paragraphe 28 de son rapport, le Comité a recommandé que l'Administration établisse un inventaire des biens."),
				para(1, "Département responsable : Bureau des ressources humaines"),
				para(1, "État d'avancement : Non appliquée"),
				para(1, "Priorité : Élevée"),
				para(1, "Date d'application prévue : juin 2026"),
			},
			want: []recSummary{
				{Number: "28", Text: "l'Administration établisse un inventaire des biens.", DueEnd: "2026-06-30", Status: "not_started",
					Priority: "Élevée", Responsible: []string{"Bureau des ressources humaines"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := textlayer.Document{Format: "pdf", Blocks: tt.blocks}
			res, err := Detect(context.Background(), &doc, Source{Ref: "in", FileID: "file"})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, summarizeRecs(res.Items)); diff != "" {
				t.Errorf("Detect: recommendations (-want +got):\n%s", diff)
			}
		})
	}
}
