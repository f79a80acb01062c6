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
	"c10-communique-fr":                    "commitments in French running text are not read: normalize.FindTimes has no French bound words ('d'ici à', 'avant la fin de', 'à sa 358e session') and the sentence test no French future tense or 's'engage à'",
	"d05-unicef-eb-table":                  "'before its second regular session 2026' ends on 2026-08-31, the day before the month the calendar knows for the session; the session's own days are not in the calendar",
	"d13-gb-decision-web-br":               "the HTML reader leaves out the kicker above the h1 ('RECORD OF DECISIONS | 13 NOVEMBER 2025', a div outside the content it keeps): no date; the clauses split by <br> are read right",
	"m03-rec-table-break-repeat":           "responsible units printed one a line in a PDF cell are joined into one: the PDF reader keeps no line break in a cell, and normalize splits lines only after a unit head word (Unit, Office), not after 'Division of Information Systems'",
	"m04-rec-table-break-borderless":       "LibreOffice's borderless table with cells centred vertically beside wrapping cells: the reader merges rows and starts a new table after the page break",
	"m06-fr-rec-table-four-col-borderless": "addressees printed one a line in a PDF cell are joined into one, as in m03 ('Unité de gestion du projet' / 'Unité de suivi-évaluation')",
	"m08-fr-brief-two-column-prose":        "two bullets of the list in the second column are read as one paragraph (their bullets are dropped and the block is not split: blocks.go, not the table reader); the page is rightly read as prose, not a table",
	"r08-cpe-mr-table-lo":                  "the reader does not find the borderless LibreOffice table whose recommendation and response cells are centred beside their key-action rows",
	"r14-cpe-mr-matrix-fr":                 "responsible units printed one a line in a PDF cell are joined into one, as in m03 ('BP-Dakar' / 'PROGRAM'); the shaded header with its wrapped title ('Unité responsable') and the sub-rows are read right",
	"r20-un80-fiche-fr":                    "normalize's time grammar has no French bounds ('d'ici à mars 2026', 'au premier semestre 2027'), so the actions' deadlines are not read and lines whose bullets were lost are not taken for a list",
	"v01-mr-matrix-ruled":                  "the reader reads the first table's bold instruction row as a heading across the table (a column start moved left by refineStarts cuts into its word 'end'), and joins the responsible units printed one a line",
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
