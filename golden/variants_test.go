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

// variantsOpen names the variants that the rules do not yet read right, with what goes wrong.
// They are run and reported but do not fail the test; a variant listed here that passes fails
// it, so that the list only shrinks. Every other variant must pass.
var variantsOpen = map[string]string{
	"v01-mr-matrix-ruled":        "the reader merges ruled rows and the instruction row into the header, and prints the rest of a table after page furniture as a paragraph",
	"v02-mr-rows-borderless-fr":  "the reader merges the two key-action rows beside a recommendation cell that spans them",
	"v05-mr-row-matrix-lettered": "the reader splits the table at its shaded, centred header of two-line titles and interleaves the rows' cells",
	"v08-mr-matrix-web":          "the HTML reader joins the lines of a cell split by <br> and reads a one-row table without header as paragraphs",
	"v03-summary-actions-table":  "the reader drops the second line of the time-frame cell of the row after the page break",
}

// TestVariants runs the main job over the authored variants in golden/testdata/variants: one
// folder a document, written for the project in the forms of the genre (management-response
// matrices, summary action tables, terms-of-reference work plans that hold no actions) and in
// several layouts, printed by a browser. They are a held-out check that the rules follow the
// genre and not the documents they were tuned on; gold is in golden/testdata/variants/gold and
// the HTML the PDFs were printed from in golden/testdata/variants/src.
func TestVariants(t *testing.T) {
	if testing.Short() {
		t.Skip("the variants run the whole pipeline")
	}
	root := filepath.Join("testdata", "variants")
	dirs, err := filepath.Glob(filepath.Join(root, "v[0-9]*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Fatalf("no variant folders under %s: the test would check nothing", root)
	}
	sort.Strings(dirs)
	var inputs []string
	for _, dir := range dirs {
		inputs = append(inputs, documentsIn(t, dir)...)
	}
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
	for _, dir := range dirs {
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			gold := t.TempDir()
			b, err := os.ReadFile(filepath.Join(root, "gold", name+".json"))
			if err != nil {
				t.Fatalf("%s: no gold: %v", name, err)
			}
			if err := os.WriteFile(filepath.Join(gold, name+".json"), b, 0o644); err != nil {
				t.Fatal(err)
			}
			rep, err := goldcheck.Score(gold, out)
			if err != nil {
				t.Fatal(err)
			}
			why, open := variantsOpen[name]
			switch {
			case rep.OK() && open:
				t.Errorf("%s passes now: remove it from variantsOpen (%s)", name, why)
			case !rep.OK() && open:
				t.Logf("%s (known open: %s): %s\n  %s", name, why, rep.Summary(), strings.Join(rep.Problems, "\n  "))
			case !rep.OK():
				t.Errorf("%s: %s\n  %s", name, rep.Summary(), strings.Join(rep.Problems, "\n  "))
			}
		})
	}
}
