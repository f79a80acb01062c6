package items

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"gbtrack/normalize"
)

func TestMergeRepeats(t *testing.T) {
	rec := func(num, text string, units ...string) normalize.Item {
		it := normalize.Item{Kind: normalize.KindRecommendation, Text: text, Responsible: units}
		if num != "" {
			it.Number = normalize.Ptr(num)
		}
		return it
	}
	const long = "Develop a multi-year action plan for the border management committees with clear roles"
	tests := []struct {
		name  string
		items []normalize.Item
		want  []string // texts kept, in order, with their number and first unit
	}{
		{
			name:  "a summary printing and the chapter's: the chapter's kept, with the summary's number",
			items: []normalize.Item{rec("6", long), rec("", long+" and a budget.", "IOM Management")},
			want:  []string{"6|" + long + " and a budget.|IOM Management"},
		},
		{
			name:  "a summary that numbers apart from the chapter: the same words are one recommendation",
			items: []normalize.Item{rec("1", long), rec("2", "Communicate with the returnees on every step of their return."), rec("4", long)},
			want:  []string{"2|Communicate with the returnees on every step of their return.|", "4|" + long + "|"},
		},
		{
			name: "different numbers and different words are different recommendations",
			items: []normalize.Item{rec("1.1", long+" in the north"),
				rec("1.2", "Develop a multi-year training plan for the border posts of the south with clear targets")},
			want: []string{"1.1|" + long + " in the north|",
				"1.2|Develop a multi-year training plan for the border posts of the south with clear targets|"},
		},
		{
			name: "a summary that numbers on its own, then the chapter: same words, other numbers",
			items: []normalize.Item{rec("1", long), rec("2", "Train the staff of the country offices in the use of the new case management system"),
				rec("3", long+"."), rec("4", "Train the staff of the country offices in the use of the new case management system")},
			want: []string{"3|" + long + ".|", "4|Train the staff of the country offices in the use of the new case management system|"},
		},
		{
			name:  "short texts are never merged",
			items: []normalize.Item{rec("", "Strengthen coordination."), rec("", "Strengthen coordination.")},
			want:  []string{"|Strengthen coordination.|", "|Strengthen coordination.|"},
		},
		{
			name: "unrelated recommendations stay",
			items: []normalize.Item{rec("1", long),
				rec("2", "Train the staff of the country offices in the use of the new case management system")},
			want: []string{"1|" + long + "|", "2|Train the staff of the country offices in the use of the new case management system|"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &detector{claimed: map[int]bool{}}
			for i, it := range tt.items {
				d.add(i, 0, it)
			}
			d.mergeRepeats()
			var got []string
			for _, f := range d.found {
				n, u := "", ""
				if f.item.Number != nil {
					n = *f.item.Number
				}
				if len(f.item.Responsible) > 0 {
					u = f.item.Responsible[0]
				}
				got = append(got, n+"|"+f.item.Text+"|"+u)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestMergeRepeatsKeepsParents(t *testing.T) {
	const long = "Develop a multi-year action plan for the border management committees with clear roles"
	d := &detector{claimed: map[int]bool{}}
	d.add(0, 0, normalize.Item{Kind: normalize.KindRecommendation, Number: normalize.Ptr("3"), Text: long})
	p := d.add(5, 0, normalize.Item{Kind: normalize.KindRecommendation, Text: long + " within a year"})
	c := d.add(6, 0, normalize.Item{Kind: normalize.KindActionItem, Text: "Draft the plan"})
	d.setParent(c, p)
	first := d.add(1, 0, normalize.Item{Kind: normalize.KindActionItem, Text: "Consult the committees"})
	d.setParent(first, 1) // names the summary printing, which is dropped
	d.mergeRepeats()
	assert.Len(t, d.found, 3)
	for _, f := range d.found[1:] {
		if assert.NotZero(t, f.parent) {
			assert.Equal(t, long+" within a year", d.found[f.parent-1].item.Text)
		}
	}
}
