package golden

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"gbtrack/internal/goldcheck"
	"gbtrack/pipeline"
	"gbtrack/schema"
)

// variantsOpen names the variants that gbtrack does not yet read right (by their gold file's
// stem), with the reason. TestVariants logs their problems instead of failing, and fails when
// one of them passes, so that the list only ever shrinks. Every other variant must pass.
var variantsOpen = map[string]string{
	"a03-oios-mr-annex":            "'Chief, Supply Chain Management' / 'Force Chief of Staff' in one centred cell has no break the reader can see (the narrow Critical/Important column and the last row, alone on page 2, are now read)",
	"a09-boa-status-ticks":         "the reader does not find the columns of a Board of Auditors status annex whose header is set at the bottom of two levels ('Status after verification' over Implemented | Under implementation | Not implemented | Overtaken by events, an 'x' marking the status): it reads two columns; once the columns are read, the marked column should give the status",
	"d05-unicef-eb-table":          "'before its second regular session 2026' ends on 2026-08-31, the day before the month the calendar knows for the session: the calendar now holds the first days of the UNICEF sessions whose days are stated in a source, and those of 2026 are not among them (a --calendar file that states them closes it)",
	"e09-unops-eb-paper-caps-date": "'before the second regular session 2026' ends on the last day of the month before the one the calendar gives for the session (July), where the session opens in late August or September",
	"n12-eval-lo-label-tables":     "recommendation 2 is read (the paragraph under the first label table ends it), but its own label table, narrower, reads 'Time implication' and 'Resource implication' as one row: the rows are one line each, set as close as a wrapped cell's lines, and the value column's measure is too short for the wrap test",
}

// TestVariants runs the main job over the authored variant documents in golden/testdata/variants
// (forms of the genre written for the project and printed by a browser from the HTML in src/:
// recommendations chapters numbered, lettered or bulleted under addressee lines, labels after
// findings, briefs with a side column or a box, recommendation tables, management-response
// matrices ruled and borderless, summary action tables across a page, terms-of-reference work
// plans and results frameworks that hold no actions, a research annex with none). Their gold was
// written before the rules were changed; each document is judged with the scorer's rules. They
// are a held-out check that the rules follow the genre, not the documents they were tuned on.
// A variant is a document at the top of the folder or a folder v* holding one.
func TestVariants(t *testing.T) {
	if testing.Short() {
		t.Skip("the variants run the whole pipeline")
	}
	root := filepath.Join("testdata", "variants")
	var inputs []string
	for _, pat := range []string{"*.pdf", "*.html", "v*/*.pdf", "v*/*.html"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, m...)
	}
	if len(inputs) == 0 {
		t.Fatalf("no variants under %s: the test would check nothing", root)
	}
	sort.Strings(inputs)
	out := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if _, err := pipeline.Run(ctx, inputs, pipeline.Options{
		Out: out, Jobs: 2, AsOf: casesAsOf, NoCache: true, Version: "variants", DocTimeout: 5 * time.Minute,
	}); err != nil {
		t.Fatalf("pipeline.Run(%d variant inputs): %v", len(inputs), err)
	}
	if err := schema.ValidateRun(out); err != nil {
		t.Errorf("the run's outputs do not match their schema: %v", err)
	}
	for _, in := range inputs {
		name := filepath.Base(in)
		stem := strings.TrimSuffix(name, filepath.Ext(name))
		t.Run(stem, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(root, "gold", stem+".json"))
			if err != nil {
				t.Fatalf("%s has no gold: %v", name, err)
			}
			gold := t.TempDir()
			if err := os.WriteFile(filepath.Join(gold, stem+".json"), b, 0o644); err != nil {
				t.Fatal(err)
			}
			rep, err := goldcheck.Score(gold, out)
			if err != nil {
				t.Fatal(err)
			}
			why, open := variantsOpen[stem]
			switch {
			case open && rep.OK():
				t.Errorf("%s now passes (%s): remove it from variantsOpen", stem, rep.Summary())
			case open:
				t.Logf("known open, %s: %s\n  %s", why, rep.Summary(), strings.Join(rep.Problems, "\n  "))
			case !rep.OK():
				t.Errorf("%s: %s\n  %s", stem, rep.Summary(), strings.Join(rep.Problems, "\n  "))
			}
		})
	}
}
