package golden

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"gbtrack/extract/pdftext"
	"gbtrack/extract/textlayer"
	"gbtrack/internal/goldcheck"
	"gbtrack/pipeline"
	"gbtrack/schema"
)

// casesAsOf is the day the fault cases are judged on (their runner passes --as-of 2026-11-29).
var casesAsOf = time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)

// TestFaultCases runs the main job over every fault case kept in golden/testdata/cases (one
// folder a case, each standing for one kind of fault that PDF, HTML, date and table handling trip
// on; written for the project) and judges each against golden/testdata/cases/gold with the
// scorer's rules and the cases' extra checks: nothing missed, extra or wrong.
func TestFaultCases(t *testing.T) {
	if testing.Short() {
		t.Skip("the fault cases run the whole pipeline")
	}
	root := filepath.Join("testdata", "cases")
	dirs, err := filepath.Glob(filepath.Join(root, "[0-9]*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Fatalf("no case folders under %s: the test would check nothing", root)
	}
	sort.Strings(dirs)
	var inputs []string
	caseOf := map[string]string{} // input base name -> case folder
	for _, dir := range dirs {
		docs := documentsIn(t, dir)
		for _, d := range docs {
			if prev, dup := caseOf[filepath.Base(d)]; dup {
				t.Fatalf("%s and %s hold inputs of the same name: gold is keyed by base name", prev, dir)
			}
			caseOf[filepath.Base(d)] = dir
		}
		inputs = append(inputs, docs...)
	}
	out := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if _, err := pipeline.Run(ctx, inputs, pipeline.Options{
		Out: out, Jobs: 2, AsOf: casesAsOf, NoCache: true, Version: "cases", DocTimeout: 5 * time.Minute,
	}); err != nil {
		t.Fatalf("pipeline.Run(%d case inputs): %v", len(inputs), err)
	}
	if err := schema.ValidateRun(out); err != nil {
		t.Errorf("the run's outputs do not match their schema: %v", err)
	}
	var reader *pdftext.Reader
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			gold := t.TempDir()
			n := 0
			for _, in := range documentsIn(t, dir) {
				stem := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
				b, err := os.ReadFile(filepath.Join(root, "gold", stem+".json"))
				if os.IsNotExist(err) {
					continue
				}
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(gold, stem+".json"), b, 0o644); err != nil {
					t.Fatal(err)
				}
				n++
			}
			if n == 0 {
				t.Fatalf("%s: no gold for any of its inputs", dir)
			}
			rep, err := goldcheck.Score(gold, out)
			if err != nil {
				t.Fatal(err)
			}
			for name, seqs := range rep.TextLayer {
				if reader == nil {
					reader = newReader(t)
				}
				words := strings.Fields(textOf(t, reader, filepath.Join(dir, name)))
				for _, s := range seqs {
					if !goldcheck.InOrder(words, s, 8) {
						rep.Problems = append(rep.Problems, "text layer of "+name+" lacks the words of "+s+" in order")
					}
				}
			}
			if !rep.OK() {
				t.Errorf("%s: %s\n  %s", filepath.Base(dir), rep.Summary(), strings.Join(rep.Problems, "\n  "))
			}
		})
	}
	if reader != nil {
		reader.Close()
	}
}

// newReader opens the default PDF engine for text-layer checks.
func newReader(t *testing.T) *pdftext.Reader {
	t.Helper()
	ctx := context.Background()
	eng, err := pdftext.NewPdfiumEngine(ctx, pdftext.PdfiumOptions{Workers: 1, CacheDir: pipeline.EngineCacheDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { eng.Close() })
	r, err := pdftext.NewReader(ctx, pdftext.Options{Engine: eng})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// textOf is what `gbtrack text FILE` prints for a case input.
func textOf(t *testing.T, r *pdftext.Reader, path string) string {
	t.Helper()
	var b bytes.Buffer
	if err := textlayer.Dump(&b, readDocument(t, r, path)); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
