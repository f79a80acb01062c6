package render

import (
	"errors"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"

	"gbtrack/normalize"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestBuildDeadlines(t *testing.T) {
	const d = "GB.1/X/1"
	byEnd2019 := item(d, normalize.KindActionItem, "1", "a", "By end 2019", "2019-12-31", "ongoing")
	noStatus := item(d, normalize.KindActionItem, "2", "b", "By end 2019", "2019-12-31", "")
	done := item(d, normalize.KindActionItem, "3", "c", "By end 2019", "2019-12-31", "completed")
	cancelled := item(d, normalize.KindActionItem, "4", "d", "By end 2019", "2019-12-31", "cancelled")
	tests := []struct {
		name        string
		items       []normalize.Item
		asOf        time.Time
		wantOverdue []OverdueItem
		wantSoon    []DueSoonItem
	}{
		{
			name:     "last allowed day is not overdue",
			items:    []normalize.Item{byEnd2019},
			asOf:     day("2019-12-31"),
			wantSoon: []DueSoonItem{{Deadline{ID: byEnd2019.ID, Doc: d, DueText: "By end 2019", DueEnd: "2019-12-31", Status: normalize.Ptr("ongoing")}, 0}},
		},
		{
			name:        "the day after is one day overdue",
			items:       []normalize.Item{byEnd2019},
			asOf:        day("2020-01-01"),
			wantOverdue: []OverdueItem{{Deadline{ID: byEnd2019.ID, Doc: d, DueText: "By end 2019", DueEnd: "2019-12-31", Status: normalize.Ptr("ongoing")}, 1, AgeUnder1Year}},
		},
		{
			name:        "a time of day and a zone do not shift the day",
			items:       []normalize.Item{byEnd2019},
			asOf:        time.Date(2020, 1, 1, 23, 59, 0, 0, time.FixedZone("UTC-11", -11*3600)),
			wantOverdue: []OverdueItem{{Deadline{ID: byEnd2019.ID, Doc: d, DueText: "By end 2019", DueEnd: "2019-12-31", Status: normalize.Ptr("ongoing")}, 1, AgeUnder1Year}},
		},
		{
			name:        "no status counts as not completed",
			items:       []normalize.Item{noStatus},
			asOf:        day("2020-03-01"),
			wantOverdue: []OverdueItem{{Deadline{ID: noStatus.ID, Doc: d, DueText: "By end 2019", DueEnd: "2019-12-31"}, 61, AgeUnder1Year}},
		},
		{
			name:  "completed is never overdue nor due soon",
			items: []normalize.Item{done},
			asOf:  day("2020-03-01"),
		},
		{
			name:        "cancelled is overdue: only completed ends an obligation",
			items:       []normalize.Item{cancelled},
			asOf:        day("2020-01-02"),
			wantOverdue: []OverdueItem{{Deadline{ID: cancelled.ID, Doc: d, DueText: "By end 2019", DueEnd: "2019-12-31", Status: normalize.Ptr("cancelled")}, 2, AgeUnder1Year}},
		},
		{
			name:     "90 days ahead is due soon",
			items:    []normalize.Item{byEnd2019},
			asOf:     day("2019-10-02"),
			wantSoon: []DueSoonItem{{Deadline{ID: byEnd2019.ID, Doc: d, DueText: "By end 2019", DueEnd: "2019-12-31", Status: normalize.Ptr("ongoing")}, 90}},
		},
		{
			name:  "91 days ahead is not due soon",
			items: []normalize.Item{byEnd2019},
			asOf:  day("2019-10-01"),
		},
		{
			name: "overdue sorted most overdue first",
			items: []normalize.Item{
				item(d, normalize.KindActionItem, "5", "e", "By March 2020", "2020-03-31", "planned"),
				byEnd2019,
			},
			asOf: day("2020-04-01"),
			wantOverdue: []OverdueItem{
				{Deadline{ID: byEnd2019.ID, Doc: d, DueText: "By end 2019", DueEnd: "2019-12-31", Status: normalize.Ptr("ongoing")}, 92, AgeUnder1Year},
				{Deadline{ID: d + "#action_item-5", Doc: d, DueText: "By March 2020", DueEnd: "2020-03-31", Status: normalize.Ptr("planned")}, 1, AgeUnder1Year},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Build(Input{Items: tt.items, AsOf: tt.asOf})
			if err != nil {
				t.Fatalf("Build: %v", err)
			}
			if diff := cmp.Diff(tt.wantOverdue, r.Overdue, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Build(as of %s).Overdue (-want +got):\n%s", tt.asOf, diff)
			}
			if diff := cmp.Diff(tt.wantSoon, r.DueSoon, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Build(as of %s).DueSoon (-want +got):\n%s", tt.asOf, diff)
			}
		})
	}
}

func TestBuildImplementationRate(t *testing.T) {
	const d = "GB.1/X/1"
	rec := func(n, status, response string) normalize.Item {
		it := item(d, normalize.KindRecommendation, n, "text "+n, "", "", status)
		if response != "" {
			it.Response = &normalize.Response{Text: response, Value: response}
		}
		return it
	}
	act := func(n, status string) normalize.Item {
		return item(d, normalize.KindActionItem, n, "text "+n, "", "", status)
	}
	rid := func(n string) string { return d + "#recommendation-" + n }
	aid := func(n string) string { return d + "#action_item-" + n }
	tests := []struct {
		name  string
		items []normalize.Item
		want  Implementation
		acc   Acceptance
	}{
		{
			name:  "action items are accepted; an item without status is not implemented",
			items: []normalize.Item{act("1", "completed"), act("2", "ongoing"), act("3", "")},
			want: Implementation{Completed: 1, Denominator: 3, Rate: normalize.Ptr(1.0 / 3),
				CompletedIDs: []string{aid("1")}, DenominatorIDs: []string{aid("1"), aid("2"), aid("3")}},
		},
		{
			name: "recommendations count once a response accepts them",
			items: []normalize.Item{rec("1", "completed", "accepted"), rec("2", "completed", ""), rec("3", "", "partially_accepted"),
				rec("4", "", "not_accepted"), rec("5", "", "unknown")},
			want: Implementation{Completed: 1, Denominator: 2, Rate: normalize.Ptr(0.5),
				CompletedIDs: []string{rid("1")}, DenominatorIDs: []string{rid("1"), rid("3")}},
			acc: Acceptance{Accepted: 2, Denominator: 3, Rate: normalize.Ptr(2.0 / 3),
				AcceptedIDs: []string{rid("1"), rid("3")}, DenominatorIDs: []string{rid("1"), rid("3"), rid("4")}},
		},
		{
			name: "a later document's status counts",
			items: []normalize.Item{func() normalize.Item {
				it := act("1", "ongoing")
				it.LatestStatus = &normalize.LatestStatus{Value: "completed", Doc: "GB.2/X/1"}
				return it
			}()},
			want: Implementation{Completed: 1, Denominator: 1, Rate: normalize.Ptr(1.0), CompletedIDs: []string{aid("1")}, DenominatorIDs: []string{aid("1")}},
		},
		{
			name:  "no items",
			items: nil,
			want:  Implementation{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Build(Input{Items: tt.items, AsOf: asOf2020})
			if err != nil {
				t.Fatalf("Build: %v", err)
			}
			if diff := cmp.Diff(tt.want, r.Rate, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Build().Rate (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.acc, r.Acceptance, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Build().Acceptance (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAgeBand(t *testing.T) {
	end := day("2019-12-31")
	tests := []struct {
		asOf string
		want string
	}{
		{"2019-12-31", AgeNotYetDue},
		{"2020-01-01", AgeUnder1Year},
		{"2020-12-31", AgeUnder1Year},
		{"2021-01-01", Age1To2Years},
		{"2022-01-01", Age2To5Years},
		{"2024-12-31", Age2To5Years},
		{"2025-01-01", AgeLongOutstanding},
	}
	for _, tt := range tests {
		if got := ageBand(end, day(tt.asOf)); got != tt.want {
			t.Errorf("ageBand(2019-12-31, %s) = %s, want %s", tt.asOf, got, tt.want)
		}
	}
}

// TestBuildCountsCopiesOnce: a document that is a copy of another (same_as) is listed in
// Copies, and its items count nowhere else.
func TestBuildCountsCopiesOnce(t *testing.T) {
	a := item("hle-web", normalize.KindRecommendation, "1", "Strengthen the response.", "", "", "")
	b := item("hle", normalize.KindRecommendation, "1", "Strengthen the response.", "", "", "")
	dw, dc := doc("hle-web", "HLE", ""), doc("hle", "HLE", "")
	dc.SameAs = normalize.Ptr("hle-web")
	r, err := Build(Input{Items: []normalize.Item{a, b}, Docs: []normalize.Document{dw, dc}, AsOf: asOf2020})
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	if r.Items != 1 || len(r.ByDoc) != 1 || r.Documents.Copies != 1 {
		t.Errorf("Build: %d items, %d documents, %d copies; want 1, 1, 1", r.Items, len(r.ByDoc), r.Documents.Copies)
	}
	want := []Copy{{ID: "hle", SameAs: "hle-web", Source: dc.Source, IDs: []string{b.ID}}}
	if diff := cmp.Diff(want, r.Copies); diff != "" {
		t.Errorf("Build().Copies (-want +got):\n%s", diff)
	}
}

func TestBuildBreakdowns(t *testing.T) {
	r, err := Build(sampleInput())
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	const a, b = "GB.340/INS/6", "GB.341/POL/2"
	wantKind := []Count{
		{Key: "recommendation", Count: 2, IDs: []string{b + "#recommendation-1", b + "#recommendation-2"}},
		{Key: "action_item", Count: 5, IDs: []string{a + "#action_item-1", a + "#action_item-2", a + "#action_item-3", a + "#action_item-4", a + "#action_item-5"}},
		{Key: "commitment", Count: 2, IDs: []string{b + "#commitment-3", "news-2021#commitment-1"}},
	}
	if diff := cmp.Diff(wantKind, r.ByKind); diff != "" {
		t.Errorf("Build().ByKind (-want +got):\n%s", diff)
	}
	wantStatus := []Count{
		{Key: "completed", Count: 1, IDs: []string{a + "#action_item-3"}},
		{Key: "ongoing", Count: 2, IDs: []string{a + "#action_item-1", a + "#action_item-2"}},
		{Key: "planned", Count: 1, IDs: []string{a + "#action_item-4"}},
		{Key: "not_started", Count: 1, IDs: []string{b + "#recommendation-1"}},
		{Key: "delayed", Count: 1, IDs: []string{b + "#recommendation-2"}},
		{Key: "cancelled", Count: 0, IDs: []string{}},
		{Key: "unknown", Count: 0, IDs: []string{}},
	}
	if diff := cmp.Diff(wantStatus, r.ByStatus); diff != "" {
		t.Errorf("Build().ByStatus (-want +got):\n%s", diff)
	}
	// Items without a status are counted apart: report.json writes only vocabulary values.
	wantUnstated := Count{Key: "no_status", Count: 3, IDs: []string{a + "#action_item-5", b + "#commitment-3", "news-2021#commitment-1"}}
	if diff := cmp.Diff(wantUnstated, r.Unstated); diff != "" {
		t.Errorf("Build().Unstated (-want +got):\n%s", diff)
	}
	none := func() Count { return Count{Key: AgeCompleted, IDs: []string{}} }
	late := Count{Key: "overdue", Count: 1, IDs: []string{a + "#action_item-1"}}
	wantUnit := []UnitCount{
		// Units the register knows are grouped under its name (ACTRAV, PROGRAM), others as printed.
		{Count{Key: "Bureau for Workers' Activities", Count: 1, IDs: []string{a + "#action_item-1"}}, none(), late},
		{Count{Key: "PARTNERSHIPS", Count: 1, IDs: []string{a + "#action_item-1"}}, none(), late},
		{Count{Key: "Strategic Programming and Management Department", Count: 2, IDs: []string{a + "#action_item-2", b + "#recommendation-1"}},
			none(), Count{Key: "overdue", IDs: []string{}}},
		{Count{Key: NoUnit, Count: 6, IDs: []string{a + "#action_item-3", a + "#action_item-4", a + "#action_item-5", b + "#recommendation-2", b + "#commitment-3", "news-2021#commitment-1"}},
			Count{Key: AgeCompleted, Count: 1, IDs: []string{a + "#action_item-3"}}, Count{Key: "overdue", IDs: []string{}}},
	}
	if diff := cmp.Diff(wantUnit, r.ByUnit); diff != "" {
		t.Errorf("Build().ByUnit (-want +got):\n%s", diff)
	}
	if want := (DocumentCounts{Total: 4, Read: 3, Failed: 1}); r.Documents != want {
		t.Errorf("Build().Documents = %+v, want %+v", r.Documents, want)
	}
	wantFailed := []FailedDoc{{ID: "broken-scan", Source: "corpus/broken-scan.pdf", Error: "pdf: no text layer on any page (scanned document)"}}
	if diff := cmp.Diff(wantFailed, r.Failed); diff != "" {
		t.Errorf("Build().Failed (-want +got):\n%s", diff)
	}
	wantNoDue := []string{a + "#action_item-4", a + "#action_item-5", b + "#recommendation-2"}
	if diff := cmp.Diff(wantNoDue, r.NoDue.IDs); diff != "" || r.NoDue.Count != 3 {
		t.Errorf("Build().NoDue = %d %v, want 3 (-want +got):\n%s", r.NoDue.Count, r.NoDue.IDs, diff)
	}
	if r.Items != 9 || len(r.Entries) != 9 {
		t.Errorf("Build(): Items = %d, len(Entries) = %d, want 9 and 9", r.Items, len(r.Entries))
	}
}

func TestBuildGroupsByDocumentInInputOrder(t *testing.T) {
	x1 := item("X", normalize.KindActionItem, "1", "x1", "", "", "")
	y1 := item("Y", normalize.KindActionItem, "1", "y1", "", "", "")
	x2 := item("X", normalize.KindActionItem, "2", "x2", "", "", "")
	z1 := item("Z", normalize.KindActionItem, "1", "z1", "", "", "") // a document documents.jsonl does not list
	r, err := Build(Input{Items: []normalize.Item{x1, y1, x2, z1}, Docs: []normalize.Document{doc("Y", "", ""), doc("X", "", "")}, AsOf: asOf2020})
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	var got []string
	for _, it := range r.Entries {
		got = append(got, it.ID)
	}
	want := []string{y1.ID, x1.ID, x2.ID, z1.ID}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Build().Entries order (-want +got):\n%s", diff)
	}
	var docs []string
	for _, d := range r.ByDoc {
		docs = append(docs, d.ID)
	}
	if diff := cmp.Diff([]string{"Y", "X", "Z"}, docs); diff != "" {
		t.Errorf("Build().ByDoc order (-want +got):\n%s", diff)
	}
}

func TestBuildNeedsAsOf(t *testing.T) {
	if _, err := Build(Input{}); !errors.Is(err, ErrNoAsOf) {
		t.Errorf("Build(Input{}) error = %v, want ErrNoAsOf", err)
	}
}

func TestBuildMergesUnitAbbreviations(t *testing.T) {
	const d = "GB.1/X/1"
	mk := func(n string, units ...string) normalize.Item {
		return item(d, normalize.KindActionItem, n, "text "+n, "", "", "", units...)
	}
	id := func(n string) string { return d + "#action_item-" + n }
	const program = "Strategic Programming and Management Department (PROGRAM)"
	items := []normalize.Item{
		mk("1", "PROGRAM"),
		mk("2", program, "PROGRAM"), // both spellings on one item: counted once
		mk("3", "COs"),
		mk("4", "Field Operations (FO)"), // two full names claim FO: no merge
		mk("5", "Finance Office (FO)", "FO"),
		mk("6", "Senior Management Team"),
	}
	r, err := Build(Input{Items: items, AsOf: asOf2020})
	if err != nil {
		t.Fatal(err)
	}
	want := []Count{
		{Key: "Country offices", Count: 1, IDs: []string{id("3")}}, // the register's name for COs
		{Key: "Field Operations (FO)", Count: 1, IDs: []string{id("4")}},
		{Key: "Finance Office (FO)", Count: 1, IDs: []string{id("5")}},
		{Key: "FO", Count: 1, IDs: []string{id("5")}},
		{Key: "Senior Management Team", Count: 1, IDs: []string{id("6")}},
		{Key: "Strategic Programming and Management Department", Count: 2, IDs: []string{id("1"), id("2")}},
	}
	var got []Count
	for _, u := range r.ByUnit {
		got = append(got, u.Count)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Build().ByUnit (-want +got):\n%s", diff)
	}
}

// TestLeadCountsManyCopies: the first page names a few copies one by one and counts many, and
// the register names a few beside their original and counts the rest.
func TestLeadCountsManyCopies(t *testing.T) {
	copies := func(n int) []Copy {
		var cs []Copy
		for i := 0; i < n; i++ {
			cs = append(cs, Copy{ID: fmt.Sprintf("copy-%d", i), SameAs: "original"})
		}
		return cs
	}
	tests := []struct {
		copies   int
		want     string
		wantNot  string
		register string
	}{
		{copies: 1, want: "copy-0 is a copy of original and is counted once.", register: "copy-0"},
		{copies: 3, want: "copy-2 is a copy of original and is counted once.", register: "copy-0, copy-1 and copy-2"},
		{copies: 1900, want: " 1900 documents are copies of others read in the run and are counted once", wantNot: "copy-5 is a copy", register: "copy-0, copy-1, copy-2 and 1897 more"},
	}
	for _, tt := range tests {
		t.Run(strconv.Itoa(tt.copies), func(t *testing.T) {
			rd := &renderer{r: &Report{Items: 1, Copies: copies(tt.copies)}}
			lead := rd.lead()
			assert.Contains(t, lead, tt.want)
			if tt.wantNot != "" {
				assert.NotContains(t, lead, tt.wantNot)
			}
			var ids []string
			for _, c := range rd.r.Copies {
				ids = append(ids, c.ID)
			}
			assert.Equal(t, tt.register, namedSome(ids))
		})
	}
}
