package pipeline

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyFiles copies the files named in m (destination name -> source path) into a new folder.
func copyFiles(t *testing.T, m map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range m {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// runFolder runs over dir with the cache in cacheDir ("" for none) and returns the outputs.
func runFolder(t *testing.T, dir, cacheDir string) (map[string][]byte, string) {
	t.Helper()
	var log bytes.Buffer
	opts := Options{Out: t.TempDir(), AsOf: asOf, Version: "test", Jobs: 2, Progress: &log, CacheDir: cacheDir, NoCache: cacheDir == ""}
	if _, err := Run(context.Background(), []string{dir}, opts); err != nil {
		t.Fatalf("Run(%s): %v\n%s", dir, err, log.String())
	}
	return readAll(t, opts.Out), log.String()
}

func sameOutputs(t *testing.T, what string, want, got map[string][]byte) {
	t.Helper()
	for name := range want {
		if !bytes.Equal(want[name], got[name]) {
			t.Errorf("%s: %s differs from a run without the cache", what, name)
		}
	}
}

// TestCacheEqualsNoCache: whatever the files are called and however many copies a folder holds,
// a run that reads its results from the cache writes the same bytes as a run that reads every
// document afresh.
func TestCacheEqualsNoCache(t *testing.T) {
	paper := "../samples/gb276-tc-2.html"                            // prints a symbol
	news := "../samples/news-2021-09-25-social-partners-course.html" // prints none
	other := "../samples/news-2020-11-26-subregional-meeting.html"   // prints none
	folders := []struct {
		name  string
		files map[string]string
	}{
		{"as shipped", map[string]string{"paper.html": paper, "news.html": news, "other.html": other}},
		{"two copies of each", map[string]string{"a.html": paper, "b.html": paper, "c.html": news, "d.html": news}},
		{"renamed", map[string]string{"zz-paper.html": paper, "aa-news.html": news, "mm-other.html": other}},
		{"names swapped", map[string]string{"paper.html": news, "news.html": paper, "other.html": other}},
	}
	cache := t.TempDir() // shared by every run below, as in a user's --out folder
	for _, f := range folders {
		t.Run(f.name, func(t *testing.T) {
			dir := copyFiles(t, f.files)
			fresh, _ := runFolder(t, dir, "")
			first, _ := runFolder(t, dir, cache)
			sameOutputs(t, "a run that filled the cache", fresh, first)
			again, log := runFolder(t, dir, cache)
			if got := strings.Count(log, "(cached)"); got != len(f.files) {
				t.Errorf("second run read %d of %d documents from the cache:\n%s", got, len(f.files), log)
			}
			sameOutputs(t, "a run from the cache", fresh, again)
		})
	}
}

// TestCopiesKeepTheirIDs: two byte-identical files get distinct item ids, and the same ones on
// every run, from the cache or not.
func TestCopiesKeepTheirIDs(t *testing.T) {
	plan := "testdata/plan.html" // prints no symbol
	dir := copyFiles(t, map[string]string{"a.html": plan, "b.html": plan})
	cache := t.TempDir()
	var runs [][]byte
	for i := range 3 {
		out, _ := runFolder(t, dir, cache)
		runs = append(runs, out["items.jsonl"])
		if i > 0 && !bytes.Equal(runs[i], runs[0]) {
			t.Errorf("run %d: items.jsonl differs from run 1", i+1)
		}
	}
	res, err := Run(context.Background(), []string{dir}, Options{Out: t.TempDir(), AsOf: asOf, NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, it := range res.Items {
		if seen[it.ID] {
			t.Errorf("item id %q appears twice", it.ID)
		}
		seen[it.ID] = true
		if strings.Contains(it.ID, "a.html") || strings.Contains(it.ID, "b.html") || strings.HasPrefix(it.ID, "a#") || strings.HasPrefix(it.ID, "b#") {
			t.Errorf("item id %q depends on the file name", it.ID)
		}
	}
	if len(seen) == 0 {
		t.Fatal("no items in the copies")
	}
}

// TestEditedCacheEntryIsNotPublished: an entry changed by hand, here with an invented item, is
// not used; the document is read again and the invented item appears nowhere.
func TestEditedCacheEntryIsNotPublished(t *testing.T) {
	dir := copyFiles(t, map[string]string{"plan.html": "testdata/plan.html"})
	cache := t.TempDir()
	fresh, _ := runFolder(t, dir, "")
	runFolder(t, dir, cache)
	all, err := filepath.Glob(filepath.Join(cache, "*", "*"))
	var entries []string // the documents' entries, not the report's
	for _, e := range all {
		if !strings.HasPrefix(filepath.Base(e), "report-") {
			entries = append(entries, e)
		}
	}
	if err != nil || len(entries) != 1 {
		t.Fatalf("cache holds %v (%v), want one document entry", all, err)
	}
	data, err := os.ReadFile(entries[0])
	if err != nil {
		t.Fatal(err)
	}
	const invented = "The Office will abolish the Governing Body by 2027."
	i := bytes.Index(data, []byte(`"text":"`))
	if i < 0 {
		t.Fatalf("no item text in the cache entry %s", entries[0])
	}
	i += len(`"text":"`)
	edited := append(append(append([]byte{}, data[:i]...), invented...), data[i:]...)
	if err := os.WriteFile(entries[0], edited, 0o644); err != nil {
		t.Fatal(err)
	}
	out, log := runFolder(t, dir, cache)
	if strings.Contains(log, "(cached)") {
		t.Errorf("the edited entry was read from the cache:\n%s", log)
	}
	if bytes.Contains(out["items.jsonl"], []byte("abolish")) {
		t.Errorf("items.jsonl holds the invented text of an edited cache entry")
	}
	sameOutputs(t, "a run after the cache entry was edited", fresh, out)
}

// TestCachedRunAfterFailure: a failed document is not cached, so that it is tried again.
func TestFailedDocumentIsNotCached(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "empty.html"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	cache := t.TempDir()
	for range 2 {
		var log bytes.Buffer
		_, err := Run(context.Background(), []string{dir}, Options{Out: t.TempDir(), AsOf: asOf, CacheDir: cache, Progress: &log})
		if !errors.Is(err, ErrSomeFailed) {
			t.Fatalf("Run(empty file) = %v, want ErrSomeFailed", err)
		}
		if strings.Contains(log.String(), "(cached)") {
			t.Errorf("a failed document was read from the cache:\n%s", log.String())
		}
	}
}

// TestReportReused: a re-run with the same items, documents, date and title takes its report
// from the cache and writes the same bytes, another title draws a new one, and the cache
// keeps one report.
func TestReportReused(t *testing.T) {
	dir := copyFiles(t, map[string]string{"plan.html": "testdata/plan.html"})
	cache := t.TempDir()
	out := t.TempDir()
	run := func(title string) map[string][]byte {
		t.Helper()
		// NoPrevious: each run would otherwise add its changes since the one before.
		opts := Options{Out: out, AsOf: asOf, Version: "test", Jobs: 1, CacheDir: cache, Title: title, NoPrevious: true}
		if _, err := Run(context.Background(), []string{dir}, opts); err != nil {
			t.Fatalf("Run(title %q) = %v", title, err)
		}
		return readAll(t, out)
	}
	first := run("A")
	entries := func() []string {
		m, _ := filepath.Glob(filepath.Join(cache, "*", "report-*"))
		return m
	}
	if got := len(entries()); got != 2 { // the report and report-latest
		t.Fatalf("after one run the cache holds %d report entries, want 2: %v", got, entries())
	}
	again := run("A")
	sameOutputs(t, "a re-run with its report from the cache", first, again)
	other := run("B")
	if bytes.Equal(other["report.json"], first["report.json"]) {
		t.Error("a run with another title reused the report drawn for the first title")
	}
	if got := len(entries()); got != 2 {
		t.Errorf("after a new report the cache holds %d report entries, want 2: %v", got, entries())
	}
}
