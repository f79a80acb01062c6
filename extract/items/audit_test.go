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
			name: "the Administration's comment between the recommendation and its labels gives the response and stays running text",
			blocks: []textlayer.Block{
				para(1, "Distr.: General 14 August 2026"),
				para(1, "12. In paragraph 27 of its report, the Board recommended that the Administration review the fuel consumption of generators."),
				para(1, "13. The Administration accepted the recommendation. The Department of Operational Support will issue guidance to all missions by the fourth quarter of 2026."),
				para(1, "Department responsible: Department of Operational Support"),
				para(1, "Status: Under implementation"),
				para(1, "Priority: Medium"),
				para(1, "Target date: Fourth quarter of 2026"),
				para(1, "14. In paragraph 41 of its report, the Board recommended that the Administration update the rotation policy."),
				para(1, "15. The Administration did not accept the recommendation, as the policy is set by the General Assembly."),
				para(1, "Department responsible: Department of Operational Support; Department of Peace Operations"),
				para(1, "Status: Not accepted"),
			},
			want: []recSummary{
				{Number: "27", Text: "the Administration review the fuel consumption of generators.", DueEnd: "2026-12-31", Status: "ongoing",
					Response: "accepted", Priority: "Medium", Responsible: []string{"Department of Operational Support"}},
				{Number: "41", Text: "the Administration update the rotation policy.", Status: "unknown", Response: "not_accepted",
					Responsible: []string{"Department of Operational Support", "Department of Peace Operations"}},
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
		{
			name: "internal audit: bracketed numbers, in bold or answered by number",
			blocks: []textlayer.Block{
				para(1, "14. The Department did not always document why a consultant was selected."),
				bold(1, "(1) DESA should require a written justification for every consultant selected without competition."),
				para(1, "DESA accepted recommendation 1 and stated that a form will be introduced by 31 August 2026."),
				para(1, "(2) DESA should ensure that evaluations are completed before the final payment."),
				para(1, "DESA partially accepted recommendation 2."),
				para(1, "(3) The sample should cover all offices."),
			},
			want: []recSummary{
				{Number: "1", Text: "DESA should require a written justification for every consultant selected without competition.", Response: "accepted"},
				{Number: "2", Text: "DESA should ensure that evaluations are completed before the final payment.", Response: "partially_accepted"},
			},
		},
		{
			name: "a recommendations table row's own deadline",
			blocks: []textlayer.Block{
				table(1, 3,
					row(1, true, "No.", "Recommendation", "Government response"),
					row(1, false, "3", "The Committee recommends that the Department introduce penalties, by 1 July 2026.", "Not agreed"),
				),
			},
			want: []recSummary{
				{Number: "3", Text: "The Committee recommends that the Department introduce penalties, by 1 July 2026.", DueEnd: "2026-07-01", Response: "not_accepted"},
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
