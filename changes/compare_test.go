package changes

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"gbtrack/normalize"
)

var asOf = time.Date(2020, 11, 25, 0, 0, 0, 0, time.UTC)

func mkItem(doc string, n int, text, dueText, dueEnd, status string) normalize.Item {
	it := normalize.Item{
		SchemaVersion: 1, ID: fmt.Sprintf("%s#action_item-%d", doc, n), Kind: normalize.KindActionItem,
		Number: normalize.Ptr(fmt.Sprint(n)), Text: text, Doc: doc, Source: "x.pdf", Responsible: []string{},
	}
	if dueText != "" {
		it.Due = &normalize.Due{Text: dueText}
		if dueEnd != "" {
			it.Due.End = normalize.Ptr(dueEnd)
		}
	}
	if status != "" {
		it.Status = &normalize.Status{Text: status, Value: status}
	}
	return it
}

// run is a small run over two documents; each test copies it and changes what it needs.
func run() []normalize.Item {
	return []normalize.Item{
		mkItem("A", 1, "Develop awareness-raising materials.", "By end 2019", "2019-12-31", "ongoing"),
		mkItem("A", 2, "Revise the guidance.", "By end 2021", "2021-12-31", "planned"),
		mkItem("A", 3, "Train the staff.", "Continuously", "", "ongoing"),
		mkItem("B", 1, "Publish the evaluation.", "By mid-2021", "2021-06-30", ""),
		mkItem("B", 2, "Report to the Governing Body.", "", "", "completed"),
	}
}

func clone(items []normalize.Item) []normalize.Item {
	out := make([]normalize.Item, len(items))
	for i, it := range items {
		out[i] = it
		if it.Due != nil {
			d := *it.Due
			out[i].Due = &d
		}
		if it.Status != nil {
			s := *it.Status
			out[i].Status = &s
		}
	}
	return out
}

func TestCompareThreeEdits(t *testing.T) {
	old := run()
	new := clone(old)
	new[1].Status = &normalize.Status{Text: "Completed", Value: "completed"}           // A#2 status
	new = append(new[:2], new[3:]...)                                                  // A#3 removed
	new[2].Due = &normalize.Due{Text: "By end 2021", End: normalize.Ptr("2021-12-31")} // B#1 moved later
	got := Compare(old, new, asOf)
	want := []Change{
		{Kind: KindStatusChanged, ID: "A#action_item-2", Doc: "A", Old: "planned", New: "completed"},
		{Kind: KindRemoved, ID: "A#action_item-3", Doc: "A", Old: "Train the staff."},
		{Kind: KindDueChanged, ID: "B#action_item-1", Doc: "B", Old: "By mid-2021 (end 2021-06-30)", New: "By end 2021 (end 2021-12-31)"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Compare(run, run with three edits) (-want +got):\n%s", diff)
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name string
		edit func(old, new []normalize.Item) ([]normalize.Item, []normalize.Item)
		want []Change
	}{
		{
			name: "identical runs",
			edit: func(o, n []normalize.Item) ([]normalize.Item, []normalize.Item) { return o, n },
		},
		{
			name: "order of items does not matter",
			edit: func(o, n []normalize.Item) ([]normalize.Item, []normalize.Item) {
				n[0], n[4] = n[4], n[0]
				return o, n
			},
		},
		{
			name: "new item",
			edit: func(o, n []normalize.Item) ([]normalize.Item, []normalize.Item) {
				return o, append(n, mkItem("A", 9, "A new action.", "", "", ""))
			},
			want: []Change{{Kind: KindNew, ID: "A#action_item-9", Doc: "A", New: "A new action."}},
		},
		{
			name: "deadline moved earlier makes the item overdue",
			edit: func(o, n []normalize.Item) ([]normalize.Item, []normalize.Item) {
				n[1].Due = &normalize.Due{Text: "By end 2019", End: normalize.Ptr("2019-12-31")}
				return o, n
			},
			want: []Change{
				{Kind: KindDueChanged, ID: "A#action_item-2", Doc: "A", Old: "By end 2021 (end 2021-12-31)", New: "By end 2019 (end 2019-12-31)"},
				{Kind: KindNewlyOverdue, ID: "A#action_item-2", Doc: "A", Old: "By end 2021 (end 2021-12-31)", New: "By end 2019 (end 2019-12-31), 330 days overdue"},
			},
		},
		{
			name: "completed withdrawn on a past deadline",
			edit: func(o, n []normalize.Item) ([]normalize.Item, []normalize.Item) {
				o[0].Status = &normalize.Status{Text: "Completed", Value: "completed"}
				return o, n
			},
			want: []Change{
				{Kind: KindStatusChanged, ID: "A#action_item-1", Doc: "A", Old: "completed", New: "ongoing"},
				{Kind: KindNewlyOverdue, ID: "A#action_item-1", Doc: "A", Old: "By end 2019 (end 2019-12-31)", New: "By end 2019 (end 2019-12-31), 330 days overdue"},
			},
		},
		{
			name: "already overdue in both is not newly overdue",
			edit: func(o, n []normalize.Item) ([]normalize.Item, []normalize.Item) {
				n[0].Status = &normalize.Status{Text: "Delayed", Value: "delayed"}
				return o, n
			},
			want: []Change{{Kind: KindStatusChanged, ID: "A#action_item-1", Doc: "A", Old: "ongoing", New: "delayed"}},
		},
		{
			name: "status removed reads as none",
			edit: func(o, n []normalize.Item) ([]normalize.Item, []normalize.Item) {
				n[4].Status = nil
				return o, n
			},
			want: []Change{{Kind: KindStatusChanged, ID: "B#action_item-2", Doc: "B", Old: "completed", New: "none"}},
		},
		{
			name: "printed status words alone are no change",
			edit: func(o, n []normalize.Item) ([]normalize.Item, []normalize.Item) {
				n[0].Status = &normalize.Status{Text: "In progress", Value: "ongoing"}
				return o, n
			},
		},
		{
			name: "due text changed with the same end",
			edit: func(o, n []normalize.Item) ([]normalize.Item, []normalize.Item) {
				n[1].Due.Text = "By the end of 2021"
				return o, n
			},
			want: []Change{{Kind: KindDueChanged, ID: "A#action_item-2", Doc: "A", Old: "By end 2021 (end 2021-12-31)", New: "By the end of 2021 (end 2021-12-31)"}},
		},
		{
			name: "due added",
			edit: func(o, n []normalize.Item) ([]normalize.Item, []normalize.Item) {
				n[4].Due = &normalize.Due{Text: "Continuously"}
				return o, n
			},
			want: []Change{{Kind: KindDueChanged, ID: "B#action_item-2", Doc: "B", Old: "none", New: "Continuously (no end date)"}},
		},
		{
			name: "text reworded",
			edit: func(o, n []normalize.Item) ([]normalize.Item, []normalize.Item) {
				n[2].Text = "Train all the field staff."
				return o, n
			},
			want: []Change{{Kind: KindTextChanged, ID: "A#action_item-3", Doc: "A", Old: "Train the staff.", New: "Train all the field staff.",
				Words: "Train {+all+} the {+field+} staff."}},
		},
		{
			name: "whitespace alone is no text change",
			edit: func(o, n []normalize.Item) ([]normalize.Item, []normalize.Item) {
				n[2].Text = "Train  the\nstaff. "
				return o, n
			},
		},
		{
			name: "a repeated id is compared by its first occurrence",
			edit: func(o, n []normalize.Item) ([]normalize.Item, []normalize.Item) {
				dup := n[0]
				dup.Text = "A different text under the same id."
				return o, append(n, dup)
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old, new := tt.edit(run(), clone(run()))
			got := Compare(old, new, asOf)
			if got == nil {
				t.Fatal("Compare returned nil, want a non-nil slice")
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Compare (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCompareOrder(t *testing.T) {
	old := []normalize.Item{mkItem("B", 1, "b one", "", "", "planned"), mkItem("A", 2, "a two", "", "", "")}
	new := []normalize.Item{mkItem("A", 1, "a one", "", "", ""), mkItem("B", 1, "b one changed", "", "", "ongoing")}
	got := Compare(old, new, asOf)
	var keys []string
	for _, c := range got {
		keys = append(keys, c.Doc+" "+c.ID+" "+c.Kind)
	}
	want := []string{
		"A A#action_item-1 new",
		"A A#action_item-2 removed",
		"B B#action_item-1 status_changed",
		"B B#action_item-1 text_changed",
	}
	if diff := cmp.Diff(want, keys); diff != "" {
		t.Errorf("Compare order (-want +got):\n%s", diff)
	}
}

func TestOverdue(t *testing.T) {
	it := mkItem("A", 1, "x", "By end 2019", "2019-12-31", "ongoing")
	bad := mkItem("A", 2, "x", "By end 2019", "end of 2019", "ongoing")
	tests := []struct {
		name     string
		it       normalize.Item
		asOf     time.Time
		wantDays int
		wantOK   bool
	}{
		{"on the last allowed day", it, time.Date(2019, 12, 31, 23, 59, 0, 0, time.UTC), 0, false},
		{"the day after", it, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), 1, true},
		{"a year after", it, time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC), 366, true},
		{"end that is no ISO date", bad, asOf, 0, false},
		{"no due", mkItem("A", 3, "x", "", "", ""), asOf, 0, false},
		{"no end", mkItem("A", 4, "x", "Continuously", "", ""), asOf, 0, false},
		{"far future end does not overflow", mkItem("A", 5, "x", "By 9999", "9999-12-31", ""), asOf, 0, false},
		{"far past end does not overflow", mkItem("A", 6, "x", "By 1", "0001-12-31", ""), asOf, 737389, true},
	}
	for _, tt := range tests {
		days, ok := Overdue(tt.it, tt.asOf)
		if days != tt.wantDays || ok != tt.wantOK {
			t.Errorf("%s: Overdue(due %v, %s) = %d, %v, want %d, %v", tt.name, DueText(tt.it.Due), tt.asOf.Format(time.DateOnly), days, ok, tt.wantDays, tt.wantOK)
		}
	}
}

func BenchmarkCompare(b *testing.B) {
	var old []normalize.Item
	for i := range 1000 {
		old = append(old, mkItem(fmt.Sprintf("D%d", i%20), i, fmt.Sprintf("Item %d: develop and publish the guidance for the field offices by the stated date.", i), "By end 2020", "2020-12-31", "ongoing"))
	}
	new := clone(old)
	for i := range new {
		if i%10 == 0 {
			new[i].Text += " Revised."
			new[i].Status = &normalize.Status{Value: "completed"}
		}
	}
	for b.Loop() {
		Compare(old, new, asOf)
	}
}

// TestCompareFollowUpStatus: a status that moved because a later document reported it (the
// item's own words unchanged) is a status_changed naming that document; the same latest status
// in both runs is no change, whatever the item's own printed status says.
func TestCompareFollowUpStatus(t *testing.T) {
	reported := &normalize.LatestStatus{Value: normalize.StatusCompleted, Text: "Completed", Doc: "GB.350/INS/5", Date: normalize.Ptr("2024-03-01")}
	cases := []struct {
		name     string
		old, new *normalize.LatestStatus
		want     []Change
	}{
		{"reported completed by a later paper", nil, reported,
			[]Change{{Kind: KindStatusChanged, ID: "A#action_item-1", Doc: "A", Old: "ongoing", New: "completed", By: "GB.350/INS/5", Date: "2024-03-01"}}},
		{"the same report in both runs", reported, reported, []Change{}},
		{"the report withdrawn", reported, nil,
			[]Change{{Kind: KindStatusChanged, ID: "A#action_item-1", Doc: "A", Old: "completed", New: "ongoing"},
				{Kind: KindNewlyOverdue, ID: "A#action_item-1", Doc: "A", Old: "By end 2019 (end 2019-12-31)", New: "By end 2019 (end 2019-12-31), 330 days overdue"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			old, cur := run()[:1], run()[:1]
			old[0].LatestStatus, cur[0].LatestStatus = c.old, c.new
			got := Compare(old, cur, asOf)
			if d := cmp.Diff(c.want, got); d != "" {
				t.Errorf("Compare (-want +got):\n%s", d)
			}
		})
	}
}
