package pipeline

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"gbtrack/schema"
)

var asOf = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)

// htmlSamples returns the bundled HTML samples: they need no PDF engine, so these tests stay
// fast.
func htmlSamples(t *testing.T) []string {
	t.Helper()
	m, err := filepath.Glob("../samples/*.html")
	if err != nil || len(m) == 0 {
		t.Fatalf("no HTML samples under ../samples (%v)", err)
	}
	return m
}

func readAll(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, name := range []string{"items.jsonl", "documents.jsonl", "report.json", "report.pdf"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		out[name] = b
	}
	return out
}

func TestRunWritesOneLinePerDocument(t *testing.T) {
	out := t.TempDir()
	srcs := htmlSamples(t)
	empty := filepath.Join(t.TempDir(), "empty.pdf")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), append(srcs, empty), Options{Out: out, AsOf: asOf, NoCache: true})
	if !errors.Is(err, ErrSomeFailed) {
		t.Fatalf("Run with an empty file: err = %v, want ErrSomeFailed", err)
	}
	if res.Failed != 1 || len(res.Docs) != len(srcs)+1 {
		t.Fatalf("Run: %d docs, %d failed; want %d docs, 1 failed", len(res.Docs), res.Failed, len(srcs)+1)
	}
	if err := schema.ValidateRun(out); err != nil {
		t.Errorf("the run's outputs do not match their schema: %v", err)
	}
	files := readAll(t, out)
	lines := bytes.Count(files["documents.jsonl"], []byte("\n"))
	if lines != len(srcs)+1 {
		t.Errorf("documents.jsonl has %d lines, want %d", lines, len(srcs)+1)
	}
	last := res.Docs[len(res.Docs)-1]
	if last.Error == nil || !strings.Contains(*last.Error, "empty.pdf") {
		t.Errorf("empty file: error = %v, want one naming the document", last.Error)
	}
	if len(res.Items) == 0 {
		t.Error("Run found no items in the samples")
	}
}

// TestInterruptedRunKeepsPreviousOutputs cancels a run while it reads documents: the outputs of
// the previous run must be left as they were.
func TestInterruptedRunKeepsPreviousOutputs(t *testing.T) {
	out := t.TempDir()
	srcs := htmlSamples(t)
	if _, err := Run(context.Background(), srcs, Options{Out: out, AsOf: asOf, NoCache: true}); err != nil {
		t.Fatal(err)
	}
	before := readAll(t, out)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// Cancel as soon as the first document is done, as Ctrl-C would.
	progress := &cancelOnWrite{cancel: cancel}
	_, err := Run(ctx, srcs, Options{Out: out, AsOf: asOf.AddDate(1, 0, 0), NoCache: true, Jobs: 1, Progress: progress})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted Run: err = %v, want context.Canceled", err)
	}
	after := readAll(t, out)
	for name := range before {
		if !bytes.Equal(before[name], after[name]) {
			t.Errorf("%s changed although the run was interrupted", name)
		}
	}
	leftovers, _ := filepath.Glob(filepath.Join(out, "*.tmp*"))
	staging, _ := filepath.Glob(filepath.Join(out, "runs", ".staging-*"))
	leftovers = append(leftovers, staging...)
	if len(leftovers) > 0 {
		t.Errorf("interrupted run left temporary files: %v", leftovers)
	}
}

type cancelOnWrite struct {
	once   sync.Once
	cancel context.CancelFunc
}

func (c *cancelOnWrite) Write(p []byte) (int, error) {
	c.once.Do(c.cancel)
	return len(p), nil
}

// TestCacheSkipsUnchangedDocuments re-runs over the same sources: nothing is extracted again and
// the outputs are the same.
func TestCacheSkipsUnchangedDocuments(t *testing.T) {
	out := t.TempDir()
	srcs := htmlSamples(t)
	if _, err := Run(context.Background(), srcs, Options{Out: out, AsOf: asOf, Version: "test"}); err != nil {
		t.Fatal(err)
	}
	first := readAll(t, out)
	var log bytes.Buffer
	// NoPrevious: the first run had no previous run to compare with, so neither does this one.
	if _, err := Run(context.Background(), srcs, Options{Out: out, AsOf: asOf, Version: "test", Progress: &log, NoPrevious: true}); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(log.String(), "(cached)"); got != len(srcs) {
		t.Errorf("second run read %d of %d documents from the cache:\n%s", got, len(srcs), log.String())
	}
	second := readAll(t, out)
	for name := range first {
		if !bytes.Equal(first[name], second[name]) {
			t.Errorf("%s differs between a run and its cached re-run", name)
		}
	}
	log.Reset()
	if _, err := Run(context.Background(), srcs, Options{Out: out, AsOf: asOf, Version: "test", NoCache: true, Progress: &log}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(log.String(), "(cached)") {
		t.Errorf("NoCache run read from the cache:\n%s", log.String())
	}
}

// TestSameSymbolTwiceGetsDistinctIDs: two copies of one paper must not share item ids, and the
// first copy keeps the ids it has alone.
func TestSameSymbolTwiceGetsDistinctIDs(t *testing.T) {
	data, err := os.ReadFile("../samples/gb276-tc-2.html")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.html"), filepath.Join(dir, "b.html")
	for _, p := range []string{a, b} {
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	alone, err := Run(context.Background(), []string{a}, Options{Out: t.TempDir(), AsOf: asOf, NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	both, err := Run(context.Background(), []string{a, b}, Options{Out: t.TempDir(), AsOf: asOf, NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, it := range both.Items {
		if seen[it.ID] {
			t.Fatalf("item id %q appears twice", it.ID)
		}
		seen[it.ID] = true
	}
	for i, it := range alone.Items {
		if both.Items[i].ID != it.ID {
			t.Fatalf("item %d: id %q alone, %q beside a copy", i, it.ID, both.Items[i].ID)
		}
	}
}

// TestMissingSourceIsADocumentError: a source that cannot be expanded (a missing file) gets its
// line with an error, and the other sources are still read.
func TestMissingSourceIsADocumentError(t *testing.T) {
	srcs := htmlSamples(t)
	missing := filepath.Join(t.TempDir(), "missing.pdf")
	res, err := Run(context.Background(), append([]string{missing}, srcs...), Options{Out: t.TempDir(), AsOf: asOf, NoCache: true})
	if !errors.Is(err, ErrSomeFailed) {
		t.Fatalf("Run with a missing file: err = %v, want ErrSomeFailed", err)
	}
	if len(res.Docs) != len(srcs)+1 || res.Failed != 1 {
		t.Fatalf("Run: %d docs, %d failed; want %d docs, 1 failed", len(res.Docs), res.Failed, len(srcs)+1)
	}
	found := false
	for _, d := range res.Docs {
		if d.Error != nil && strings.Contains(*d.Error, "missing.pdf") {
			found = true
		}
	}
	if !found {
		t.Errorf("no document line names missing.pdf: %+v", res.Docs)
	}
}

// TestIDsStableWhenAnUnrelatedDocumentIsAdded: a document's item ids do not depend on what else
// the run reads, nor on the order of the sources.
func TestIDsStableWhenAnUnrelatedDocumentIsAdded(t *testing.T) {
	paper := "../samples/gb276-tc-2.html"
	ids := func(srcs ...string) []string {
		res, err := Run(context.Background(), srcs, Options{Out: t.TempDir(), AsOf: asOf, NoCache: true})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, it := range res.Items {
			if strings.HasSuffix(it.Source, "gb276-tc-2.html") {
				out = append(out, it.ID)
			}
		}
		return out
	}
	alone := ids(paper)
	if len(alone) == 0 {
		t.Fatal("no items in the paper")
	}
	with := ids("../samples/news-2021-09-25-social-partners-course.html", paper, "../samples/news-2020-11-26-subregional-meeting.html")
	if strings.Join(alone, "\n") != strings.Join(with, "\n") {
		t.Errorf("ids changed when other documents were added:\nalone: %v\nwith:  %v", alone[:3], with[:min(3, len(with))])
	}
}

// TestRerunComparesWithPrevious: without Previous, a run into a folder that holds a run reports
// the changes since that run (here none), and a third run over the same sources writes the
// second's bytes, its report taken from the cache.
func TestRerunComparesWithPrevious(t *testing.T) {
	out := t.TempDir()
	srcs := htmlSamples(t)
	run := func() (map[string][]byte, string) {
		t.Helper()
		var log bytes.Buffer
		if _, err := Run(context.Background(), srcs, Options{Out: out, AsOf: asOf, Version: "test", Progress: &log}); err != nil {
			t.Fatal(err)
		}
		return readAll(t, out), log.String()
	}
	first, _ := run()
	second, _ := run()
	third, _ := run()
	if !bytes.Contains(first["report.json"], []byte(`"has_changes": false`)) {
		t.Errorf("the first run into an empty folder has a changes section")
	}
	if !bytes.Contains(second["report.json"], []byte(`"has_changes": true`)) ||
		!bytes.Contains(second["report.json"], []byte(`"change_counts": []`)) {
		t.Errorf("a re-run does not report 'nothing changed' since the run before it")
	}
	for name := range second {
		if !bytes.Equal(second[name], third[name]) {
			t.Errorf("%s differs between two re-runs over the same sources", name)
		}
	}
}
