package items

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

func TestKeyActionLists(t *testing.T) {
	type want struct{ Number, Text, Due, Precision, Parent string }
	tests := []struct {
		name   string
		blocks []textlayer.Block
		want   []want
		// anyParent: the recommendation the form is about may or may not be read as an item
		// (that is the recommendation finder's business); the parent is not checked.
		anyParent bool
	}{
		{
			name: "numbered key actions under a recommendation's label, numbered after it",
			blocks: []textlayer.Block{
				head(1, "Recommendation 5. Pool the resources of the agencies."),
				head(1, "Management response - accept (Time 1)"),
				head(1, "Key actions: (Time 1)"),
				para(1, "1. Promote coordination between the agencies, 1 to 3 months before the start of any project – Programme teams"),
				para(1, "2. Create a post for inter-agency coordination by June 2026. 3. Review the post after a year"),
				head(1, "Implementation monitoring status - discarded/open/completed: (Time 2)"),
				para(1, "4. Not a key action."),
			},
			want: []want{
				{Number: "5.1", Text: "Promote coordination between the agencies, 1 to 3 months before the start of any project – Programme teams",
					Due: "1 to 3 months before the start of any project", Precision: "relative", Parent: "recommendation-5"},
				{Number: "5.2", Text: "Create a post for inter-agency coordination by June 2026.", Due: "by June 2026", Precision: "month", Parent: "recommendation-5"},
				{Number: "5.3", Text: "Review the post after a year", Parent: "recommendation-5"},
			},
		},
		{
			name:      "French form: the recommendation's label numbers the actions, read as an item or not",
			anyParent: true,
			blocks: []textlayer.Block{
				para(2, "Evaluation recommandation # 2: (Time 0) : Les agences devraient capitaliser les leçons."),
				head(2, "Management response - accept (Time 1) Key actions: (Time 1)"),
				para(2, "1. Documenter les acquis, 3 à 6 mois avant toute phase de conception future – Équipes"),
				para(2, "2. Produire des outils, à partir du mois 12 après le début de tout projet"),
			},
			want: []want{
				{Number: "2.1", Text: "Documenter les acquis, 3 à 6 mois avant toute phase de conception future – Équipes",
					Due: "3 à 6 mois avant toute phase de conception future", Precision: "relative"},
				{Number: "2.2", Text: "Produire des outils, à partir du mois 12 après le début de tout projet",
					Due: "à partir du mois 12 après le début de tout projet", Precision: "relative"},
			},
		},
		{
			name:      "a point cut by a page break, or split into a false table by the layout, goes on",
			anyParent: true,
			blocks: []textlayer.Block{
				para(3, "Evaluation recommendation # 4: (Time 0)"),
				head(3, "Key actions:"),
				para(3, "1. Extend the coverage of the support, 1 to 3 months before the start of any project – United"),
				table(3, 2, row(3, true, "Nations", "agencies"), spanRow(3, 2, "2. Consolidate the community mechanisms")),
				para(4, "and the technical support"),
				head(4, "Implementation monitoring status: (Time 2)"),
			},
			want: []want{
				{Number: "4.1", Text: "Extend the coverage of the support, 1 to 3 months before the start of any project – United Nations agencies",
					Due: "1 to 3 months before the start of any project", Precision: "relative"},
				{Number: "4.2", Text: "Consolidate the community mechanisms and the technical support"},
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
			var got []want
			for _, it := range res.Items {
				if it.Kind != normalize.KindActionItem {
					continue
				}
				w := want{Text: it.Text}
				if it.Number != nil {
					w.Number = *it.Number
				}
				if it.Due != nil {
					w.Due = it.Due.Text
					if it.Due.Precision != nil {
						w.Precision = *it.Due.Precision
					}
				}
				if it.Parent != nil && !tt.anyParent {
					_, w.Parent, _ = strings.Cut(*it.Parent, "#") // the root depends on the bytes (IDRoot)
				}
				got = append(got, w)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Detect key actions (-want +got):\n%s", diff)
			}
		})
	}
}
