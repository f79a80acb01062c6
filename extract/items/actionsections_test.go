package items

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// actionSummary is the part of an action item these tests check.
type actionSummary struct{ Number, Text, DueEnd string }

func TestActionSections(t *testing.T) {
	tests := []struct {
		name   string
		blocks []textlayer.Block
		want   []actionSummary
	}{
		{
			name: "numbered actions under an Actions heading",
			blocks: []textlayer.Block{
				head(1, "Work package 7: Review of reporting requirements"),
				head(1, "Actions"),
				para(1, "1. Compile a registry of all recurrent reports, by June 2026."),
				para(1, "2. Present options to Member States."),
				head(1, "Expected results"),
				para(1, "Fewer reports."),
			},
			want: []actionSummary{
				{"1", "Compile a registry of all recurrent reports, by June 2026.", "2026-06-30"},
				{"2", "Present options to Member States.", ""},
			},
		},
		{
			name: "bullets lost by the text layer: one dated sentence a line",
			blocks: []textlayer.Block{
				head(1, "Key actions"),
				para(1, "Complete a baseline of the cost of transactions (Q1 2026)."),
				para(1, "Agree on a common service catalogue (Q2 2026)."),
			},
			want: []actionSummary{
				{"", "Complete a baseline of the cost of transactions (Q1 2026).", "2026-03-31"},
				{"", "Agree on a common service catalogue (Q2 2026).", "2026-06-30"},
			},
		},
		{
			name: "bullets lost and two items' lines joined into one paragraph, in French",
			blocks: []textlayer.Block{
				head(1, "Actions prévues"),
				para(1, "Établir un inventaire des capacités d'ici à mars 2026."),
				para(1, "Proposer un modèle de service commun d'ici à la fin de 2026. Mettre en service une plateforme commune au premier semestre 2027."),
			},
			want: []actionSummary{
				{"", "Établir un inventaire des capacités d'ici à mars 2026.", "2026-03-31"},
				{"", "Proposer un modèle de service commun d'ici à la fin de 2026.", "2026-12-31"},
				{"", "Mettre en service une plateforme commune au premier semestre 2027.", "2027-06-30"},
			},
		},
		{
			name: "a narrative under an Actions heading is no list",
			blocks: []textlayer.Block{
				head(1, "Actions"),
				para(1, "The Office reviewed its procedures in 2024. It found that most offices had complied."),
				para(1, "Further work is planned."),
			},
		},
		{
			name: "actions taken is no list of actions to take",
			blocks: []textlayer.Block{
				head(1, "Actions taken"),
				para(1, "1. Trained 40 inspectors in 2024."),
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
			var got []actionSummary
			for _, it := range res.Items {
				if it.Kind != normalize.KindActionItem {
					continue
				}
				s := actionSummary{Text: it.Text}
				if it.Number != nil {
					s.Number = *it.Number
				}
				if it.Due != nil && it.Due.End != nil {
					s.DueEnd = *it.Due.End
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Detect: action items (-want +got):\n%s", diff)
			}
		})
	}
}
