package changes

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gbtrack/normalize"
)

// row is a plan row without a printed number: its id is its document's root and a hash of its
// text, as gbtrack gives it.
func row(root, doc, key, text string) normalize.Item {
	return normalize.Item{SchemaVersion: 1, ID: root + "#action_item-" + key, Kind: normalize.KindActionItem,
		Text: text, Doc: doc, Source: doc + ".pdf", Responsible: []string{}}
}

func rec(root, doc, num, text string) normalize.Item {
	return normalize.Item{SchemaVersion: 1, ID: root + "#recommendation-" + num, Kind: normalize.KindRecommendation,
		Number: normalize.Ptr(num), Text: text, Doc: doc, Source: doc + ".pdf", Responsible: []string{}}
}

// TestCompareMatchesChangedIDs is what a reader of `gbtrack diff` meets when items changed ids.
func TestCompareMatchesChangedIDs(t *testing.T) {
	tests := []struct {
		name     string
		old, new []normalize.Item
		want     []Change
	}{
		{
			name: "one unnumbered row inserted into a plan is one new item",
			old:  []normalize.Item{row("P", "plan", "aa", "Map the portfolio."), row("P", "plan", "bb", "Review the field structure.")},
			new: []normalize.Item{row("P", "plan", "aa", "Map the portfolio."), row("P", "plan", "cc", "Open a field office."),
				row("P", "plan", "bb", "Review the field structure.")},
			want: []Change{{Kind: KindNew, ID: "P#action_item-cc", Doc: "plan", New: "Open a field office."}},
		},
		{
			name: "a row reworded is reworded, not removed and added",
			old:  []normalize.Item{row("P", "plan", "aa", "Map the portfolio of the Office by region."), row("P", "plan", "bb", "Train the staff.")},
			new:  []normalize.Item{row("P", "plan", "a2", "Map the whole portfolio of the Office by region."), row("P", "plan", "bb", "Train the staff.")},
			want: []Change{
				{Kind: KindReworded, ID: "P#action_item-a2", OldID: "P#action_item-aa", Doc: "plan", Old: "P#action_item-aa", New: "P#action_item-a2"},
				{Kind: KindTextChanged, ID: "P#action_item-a2", OldID: "P#action_item-aa", Doc: "plan",
					Old: "Map the portfolio of the Office by region.", New: "Map the whole portfolio of the Office by region.",
					Words: "Map the {+whole+} portfolio of the Office by region."},
			},
		},
		{
			name: "a recommendation renumbered is moved",
			old:  []normalize.Item{rec("GB.1/X/1", "GB.1/X/1", "7", "Strengthen the monitoring."), rec("GB.1/X/1", "GB.1/X/1", "8", "Invest in skills.")},
			new:  []normalize.Item{rec("GB.1/X/1", "GB.1/X/1", "8", "Strengthen the monitoring."), rec("GB.1/X/1", "GB.1/X/1", "9", "Invest in skills.")},
			want: []Change{
				{Kind: KindMoved, ID: "GB.1/X/1#recommendation-8", OldID: "GB.1/X/1#recommendation-7", Doc: "GB.1/X/1", Old: "GB.1/X/1#recommendation-7", New: "GB.1/X/1#recommendation-8"},
				{Kind: KindMoved, ID: "GB.1/X/1#recommendation-9", OldID: "GB.1/X/1#recommendation-8", Doc: "GB.1/X/1", Old: "GB.1/X/1#recommendation-8", New: "GB.1/X/1#recommendation-9"},
			},
		},
		{
			name: "an edited document without a symbol: new root, same items, only the real change",
			old:  []normalize.Item{row("sha256-aaaa", "plan", "aa", "Map the portfolio."), row("sha256-aaaa", "plan", "bb", "Train the staff.")},
			new: []normalize.Item{row("sha256-bbbb", "plan", "aa", "Map the portfolio."), row("sha256-bbbb", "plan", "bb", "Train the staff."),
				row("sha256-bbbb", "plan", "cc", "Close the office.")},
			want: []Change{{Kind: KindNew, ID: "sha256-bbbb#action_item-cc", Doc: "plan", New: "Close the office."}},
		},
		{
			name: "unlike texts stay removed and new",
			old:  []normalize.Item{row("P", "plan", "aa", "Map the portfolio.")},
			new:  []normalize.Item{row("P", "plan", "zz", "Close the regional office in Dakar.")},
			want: []Change{
				{Kind: KindRemoved, ID: "P#action_item-aa", Doc: "plan", Old: "Map the portfolio."},
				{Kind: KindNew, ID: "P#action_item-zz", Doc: "plan", New: "Close the regional office in Dakar."},
			},
		},
		{
			name: "a recommendation rewritten under its number is text_changed",
			old:  []normalize.Item{rec("GB.1/X/1", "GB.1/X/1", "7", "Strengthen the monitoring.")},
			new:  []normalize.Item{rec("GB.1/X/1", "GB.1/X/1", "7", "Invest in skills.")},
			want: []Change{{Kind: KindTextChanged, ID: "GB.1/X/1#recommendation-7", Doc: "GB.1/X/1",
				Old: "Strengthen the monitoring.", New: "Invest in skills.", Words: "[-Strengthen the monitoring.-] {+Invest in skills.+}"}},
		},
		{
			name: "items of another document are never matched",
			old:  []normalize.Item{row("P", "plan", "aa", "Map the portfolio.")},
			new:  []normalize.Item{row("Q", "other", "aa", "Map the portfolio.")},
			want: []Change{
				{Kind: KindNew, ID: "Q#action_item-aa", Doc: "other", New: "Map the portfolio."},
				{Kind: KindRemoved, ID: "P#action_item-aa", Doc: "plan", Old: "Map the portfolio."},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compare(tt.old, tt.new, asOf)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Compare (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCompareLongTexts: texts of half a megabyte, reworded or not, are compared in bounded time
// and memory (the word diff used to be quadratic), and the diff still spells both texts.
func TestCompareLongTexts(t *testing.T) {
	var sb strings.Builder
	for i := 0; sb.Len() < 512<<10; i++ {
		fmt.Fprintf(&sb, "word%d ", i%5000)
	}
	long := sb.String()
	edited := strings.Replace(long, "word2500 ", "changed ", 3)
	old := []normalize.Item{row("P", "plan", "aa", long), row("P", "plan", "bb", long)}
	new := []normalize.Item{row("P", "plan", "aa", edited), row("P", "plan", "b2", edited)}
	got := Compare(old, new, asOf)
	kinds := map[string]int{}
	for _, c := range got {
		kinds[c.Kind]++
		if c.Kind == KindTextChanged {
			checkScript(t, c.Old, c.New, WordDiff(c.Old, c.New))
		}
	}
	want := map[string]int{KindTextChanged: 2, KindReworded: 1}
	if diff := cmp.Diff(want, kinds); diff != "" {
		t.Errorf("Compare(512 KiB texts): kinds of changes (-want +got):\n%s", diff)
	}
}

// TestCompareManyLeftovers: more leftover pairs than the similarity pass may score leaves them as
// removed and new instead of running for minutes.
func TestCompareManyLeftovers(t *testing.T) {
	var old, new []normalize.Item
	for i := range 600 {
		old = append(old, row("P", "plan", fmt.Sprint("o", i), fmt.Sprintf("Old action number %d of the plan.", i)))
		new = append(new, row("P", "plan", fmt.Sprint("n", i), fmt.Sprintf("New action number %d of the plan.", i)))
	}
	kinds := map[string]int{}
	for _, c := range Compare(old, new, asOf) {
		kinds[c.Kind]++
	}
	if kinds[KindNew] != 600 || kinds[KindRemoved] != 600 {
		t.Errorf("Compare(600 removed, 600 new beyond the pair bound) = %v, want 600 new and 600 removed", kinds)
	}
}

func TestCompareContextStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	old := []normalize.Item{row("P", "plan", "aa", "Map the portfolio.")}
	new := []normalize.Item{row("P", "plan", "bb", "Map the whole portfolio.")}
	got, err := CompareContext(ctx, old, new, asOf)
	if !errors.Is(err, context.Canceled) || got != nil {
		t.Errorf("CompareContext(cancelled) = %v, %v; want nil, context.Canceled", got, err)
	}
}

func TestDice(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"Train the staff", "train the STAFF.", 1},
		{"Train the staff", "Map the portfolio", 1.0 / 3},
		{"", "", 0},
		{"a b c d", "a b", 2.0 * 2 / 6},
	}
	for _, tt := range tests {
		if got := dice(signature(tt.a), signature(tt.b)); got != tt.want {
			t.Errorf("dice(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
