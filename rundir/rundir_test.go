package rundir

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// set is a run's four files, each naming the run, so a reader can tell whether it read one set.
func set(n int) []File {
	var fs []File
	for _, name := range Files {
		fs = append(fs, File{Name: name, Data: fmt.Appendf(nil, "run %d\n", n)})
	}
	return fs
}

func publish(t *testing.T, dir string, n int) string {
	t.Helper()
	id := NewID(time.Now())
	if _, err := Write(context.Background(), dir, id, set(n)); err != nil {
		t.Fatalf("Write(run %d): %v", n, err)
	}
	if err := Publish(dir, id); err != nil {
		t.Fatalf("Publish(run %d): %v", n, err)
	}
	return id
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestPublishReplacesTheSet(t *testing.T) {
	dir := t.TempDir()
	publish(t, dir, 1)
	publish(t, dir, 2)
	for _, name := range Files {
		if got := read(t, filepath.Join(dir, name)); got != "run 2\n" {
			t.Errorf("%s after the second run = %q, want run 2", name, got)
		}
	}
	if err := Check(dir); err != nil {
		t.Errorf("Check(published folder) = %v", err)
	}
}

// A folder written by an older gbtrack (plain files) becomes a folder of links on its first
// publication.
func TestPublishConvertsPlainFolder(t *testing.T) {
	dir := t.TempDir()
	for _, f := range set(0) {
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if res, _ := Resolve(dir); res != dir {
		t.Errorf("Resolve(plain folder) = %s, want the folder itself", res)
	}
	publish(t, dir, 1)
	for _, name := range Files {
		fi, err := os.Lstat(filepath.Join(dir, name))
		if err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Errorf("%s after publishing over a plain folder: %v, %v; want a link", name, fi, err)
		}
		if got := read(t, filepath.Join(dir, name)); got != "run 1\n" {
			t.Errorf("%s = %q, want run 1", name, got)
		}
	}
}

// Readers that resolve the current set once read one set, never a mix, however publications
// interleave with their reads; and the top-level names never go missing.
func TestReadersSeeOneSet(t *testing.T) {
	dir := t.TempDir()
	publish(t, dir, 0)
	var stop atomic.Bool
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				res, err := Resolve(dir)
				if err != nil {
					errs <- err
					return
				}
				var got []string
				for _, name := range Files {
					b, err := os.ReadFile(filepath.Join(res, name))
					if err != nil {
						errs <- fmt.Errorf("read %s: %w", name, err)
						return
					}
					got = append(got, string(b))
				}
				if len(slices.Compact(slices.Clone(got))) != 1 {
					errs <- fmt.Errorf("mixed set %q", got)
					return
				}
				if _, err := os.Stat(filepath.Join(dir, ItemsFile)); err != nil {
					errs <- fmt.Errorf("%s missing during a publication: %w", ItemsFile, err)
					return
				}
			}
		}()
	}
	// No Clean here: it removes runs older than Keep publications, which a slow reader of this
	// tight loop could still be reading; runs minutes apart leave readers ample time.
	for n := 1; n <= 20; n++ {
		publish(t, dir, n)
	}
	stop.Store(true)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// What a killed run leaves (a staging folder, a temporary link, an unpublished run) never
// changes the current set, and the next run's Clean removes it, keeping Keep older runs.
func TestCleanRemovesLeftovers(t *testing.T) {
	dir := t.TempDir()
	var ids []string
	for n := 1; n <= 4; n++ {
		ids = append(ids, publish(t, dir, n))
	}
	// Killed after writing, before publishing.
	unpublished := NewID(time.Now())
	if _, err := Write(context.Background(), dir, unpublished, set(5)); err != nil {
		t.Fatal(err)
	}
	// Killed while writing.
	if err := os.MkdirAll(filepath.Join(dir, RunsDir, stagingPfx+"x", "junk"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.Symlink("runs/x", filepath.Join(dir, linkTmpPfx+"x"))
	os.WriteFile(filepath.Join(dir, ".items.jsonl.tmp-123"), nil, 0o644) // an older gbtrack's
	if got := read(t, filepath.Join(dir, ItemsFile)); got != "run 4\n" {
		t.Fatalf("items.jsonl after an interrupted run = %q, want run 4", got)
	}
	if err := Clean(dir); err != nil {
		t.Fatalf("Clean: %v", err)
	}
	ents, _ := os.ReadDir(filepath.Join(dir, RunsDir))
	var left []string
	for _, e := range ents {
		left = append(left, e.Name())
	}
	want := []string{ids[2], ids[3], unpublished}
	slices.Sort(want)
	if !slices.Equal(left, want) {
		t.Errorf("runs after Clean = %q, want %q", left, want)
	}
	top, _ := os.ReadDir(dir)
	for _, e := range top {
		if n := e.Name(); n != CurrentLink && n != RunsDir && !slices.Contains(Files, n) {
			t.Errorf("Clean left %s", n)
		}
	}
	if got := read(t, filepath.Join(dir, ItemsFile)); got != "run 4\n" {
		t.Errorf("items.jsonl after Clean = %q, want run 4", got)
	}
}

// A cancelled Write leaves no run folder and no staging.
func TestWriteCancelled(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Write(ctx, dir, NewID(time.Now()), set(1)); !errors.Is(err, context.Canceled) {
		t.Errorf("Write(cancelled) = %v, want context.Canceled", err)
	}
	ents, _ := os.ReadDir(filepath.Join(dir, RunsDir))
	if len(ents) != 0 {
		t.Errorf("Write(cancelled) left %v", ents)
	}
}

// A second lock on a folder is refused with a clear error until the first is released.
func TestAcquireRefusesSecond(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	l, err := Acquire(dir)
	if err != nil {
		t.Fatalf("Acquire: %v", err)
	}
	if _, err := Acquire(dir); !errors.Is(err, ErrLocked) {
		t.Errorf("second Acquire = %v, want ErrLocked", err)
	}
	if err := l.Release(); err != nil {
		t.Fatalf("Release: %v", err)
	}
	l2, err := Acquire(dir)
	if err != nil {
		t.Fatalf("Acquire after Release: %v", err)
	}
	l2.Release()
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f")
	os.WriteFile(file, nil, 0o644)
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	run := filepath.Join(dir, "run")
	publish(t, run, 1)
	tests := []struct {
		name, dir string
		ok        bool
	}{
		{"missing", filepath.Join(dir, "nonexistent"), false},
		{"a file", file, false},
		{"empty folder", empty, false},
		{"published run", run, true},
		{"a run folder itself", filepath.Join(run, CurrentLink), true},
	}
	for _, tt := range tests {
		err := Check(tt.dir)
		if tt.ok != (err == nil) || err != nil && !errors.Is(err, ErrNotRun) {
			t.Errorf("Check(%s) = %v, want ok %v", tt.name, err, tt.ok)
		}
	}
}

func TestOwned(t *testing.T) {
	for _, n := range []string{"items.jsonl", "report.pdf", "current", "runs", ".lock", ".cache", ".report.pdf.tmp-99", ".link.tmp-ab"} {
		if !Owned(n) {
			t.Errorf("Owned(%q) = false, want true", n)
		}
	}
	for _, n := range []string{"gb340.pdf", "report.pdf.bak", "items.jsonl.old", "notes"} {
		if Owned(n) {
			t.Errorf("Owned(%q) = true, want false", n)
		}
	}
}

// A run folder the caller is about to read (a --previous given by its path) is not cleaned away,
// however old.
func TestCleanSparesPrevious(t *testing.T) {
	dir := t.TempDir()
	var ids []string
	for n := 1; n <= 5; n++ {
		ids = append(ids, publish(t, dir, n))
	}
	prev := filepath.Join(dir, RunsDir, ids[0])
	if err := Clean(dir, filepath.Join(prev, ".")); err != nil {
		t.Fatal(err)
	}
	if err := Check(prev); err != nil {
		t.Errorf("Clean(spare %s) removed it: %v", ids[0], err)
	}
	if _, err := os.Stat(filepath.Join(dir, RunsDir, ids[1])); err == nil {
		t.Errorf("Clean(spare %s) kept %s too", ids[0], ids[1])
	}
}
