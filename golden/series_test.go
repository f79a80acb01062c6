package golden

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gbtrack/normalize"
	"gbtrack/pipeline"
)

// seriesLink is one follow-up as the series pins it: the earlier item, what reports on it (a
// later item, or a document when the document itself answers), how, and whether it is weak.
type seriesLink struct {
	From, To, How string
	Weak          bool
}

// seriesKey names an item by its document and number, or, without a number, by its first words:
// the series pins links, not ids.
func seriesKey(it normalize.Item) string {
	if it.Number != nil {
		return it.Doc + " " + *it.Number
	}
	w := strings.Fields(it.Text)
	return it.Doc + " " + strings.Join(w[:min(4, len(w))], " ")
}

// TestSeries runs the authored follow-up series (golden/testdata/series: an implementation plan, two
// progress reports on it, a decision asking for a report at a session and that session's paper,
// news of a launch, and two negative documents that share words but not a subject) and pins
// every link and every latest status.
func TestSeries(t *testing.T) {
	t.Chdir("..")
	docs := documentsIn(t, "golden/testdata/series")
	res, err := pipeline.Run(context.Background(), docs, pipeline.Options{
		Out: t.TempDir(), Jobs: 2, AsOf: asOf, NoCache: true, Version: "golden", DocTimeout: 5 * time.Minute,
	})
	if err != nil {
		t.Fatal(err)
	}
	const (
		plan    = "GB.350/POL/3"
		first   = "GB.353/POL/2"
		second  = "GB.356/POL/3"
		request = "GB.353/POL/5"
		answer  = "GB.356/POL/6"
		launch  = "news-2025-06-24-construction-course"
	)
	wantLinks := []seriesLink{
		{plan + " Each action has a", first, normalize.HowSession, false},
		{plan + " 1", first + " 1", normalize.HowCited, false},
		{plan + " 1", second + " 1", normalize.HowCited, false},
		{plan + " 2", first + " 2", normalize.HowCited, false},
		{plan + " 2", launch, normalize.HowText, false},
		{plan + " 2", second + " 2", normalize.HowCited, false},
		// the row reworded in the progress reports still follows action 3
		{plan + " 3", first + " 3", normalize.HowCited, false},
		{plan + " 3", second + " 3", normalize.HowCited, false},
		{plan + " 4", first + " 4", normalize.HowCited, false},
		{plan + " 4", second + " 4", normalize.HowCited, false},
		{plan + " 5", first + " 5", normalize.HowCited, false},
		{plan + " 5", second + " 5", normalize.HowCited, false},
		{first + " 1", second + " 1", normalize.HowNumber, false},
		{first + " 2", launch, normalize.HowText, false},
		{first + " 2", second + " 2", normalize.HowNumber, false},
		{first + " 3", second + " 3", normalize.HowNumber, false},
		{first + " 4", second + " 4", normalize.HowNumber, false},
		{first + " 5", second + " 5", normalize.HowNumber, false},
		// the action added by the first report, followed in the second
		{first + " 6", second + " 6", normalize.HowCited, false},
		{request + " The Governing Body requested", answer, normalize.HowSession, false},
	}
	wantLatest := map[string]string{
		plan + " 1": "completed", plan + " 2": "completed", plan + " 3": "completed",
		plan + " 4":                 "cancelled", // dropped in the second report
		plan + " 5":                 "ongoing",
		plan + " Each action has a": "completed",
		first + " 6":                "ongoing",
		request + " The Governing Body requested": "completed",
		second + " 6": "ongoing",
	}
	// Nothing links to the two negative documents (the training centre paper, the domestic
	// workers campaign): they are absent from wantLinks, and the comparison is exact.
	var gotLinks []seriesLink
	keys := map[string]string{}
	for _, it := range res.Items {
		keys[it.ID] = seriesKey(it)
	}
	for _, it := range res.Items {
		for _, f := range it.FollowUp {
			to := f.Doc
			if f.Item != nil {
				to = keys[*f.Item]
			}
			gotLinks = append(gotLinks, seriesLink{seriesKey(it), to, f.How, f.Weak})
			if f.Why == "" {
				t.Errorf("%s -> %s: a link without its evidence (why)", seriesKey(it), to)
			}
		}
		want, ok := wantLatest[seriesKey(it)]
		if !ok {
			continue
		}
		got := ""
		if it.LatestStatus != nil {
			got = it.LatestStatus.Value
		}
		if got != want {
			t.Errorf("%s: latest status %q, want %q", seriesKey(it), got, want)
		}
	}
	if diff := cmp.Diff(wantLinks, gotLinks); diff != "" {
		t.Errorf("series links (-want +got):\n%s", diff)
	}
	for _, d := range res.Docs {
		if d.SameAs != nil {
			t.Errorf("%s: same_as %s, want null: the series has no copies", d.ID, *d.SameAs)
		}
	}
}

// TestSampleCopies checks that the sample evaluation, printed from a word processor and from a
// browser, is recognised as one paper: the second file names the first in same_as.
func TestSampleCopies(t *testing.T) {
	t.Chdir("..")
	docs := []string{"samples/hle-covid19-recommendations-web.pdf", "samples/hle-covid19-recommendations.pdf"}
	res, err := pipeline.Run(context.Background(), docs, pipeline.Options{
		Out: t.TempDir(), Jobs: 2, AsOf: asOf, NoCache: true, Version: "golden", DocTimeout: 5 * time.Minute,
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range res.Docs {
		s := "null"
		if d.SameAs != nil {
			s = *d.SameAs
		}
		got = append(got, d.ID+" same_as "+s)
	}
	want := []string{
		"hle-covid19-recommendations-web same_as null",
		"hle-covid19-recommendations same_as hle-covid19-recommendations-web",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("same_as (-want +got):\n%s", diff)
	}
	for _, it := range res.Items {
		if len(it.FollowUp) != 0 {
			t.Errorf("%s: %d follow-ups; copies of one paper never follow each other up", it.ID, len(it.FollowUp))
		}
	}
}
