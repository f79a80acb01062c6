package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gbtrack/normalize"
)

// goldenRun assembles the golden run of the sample corpus (golden/testdata/run) into a run
// folder.
func goldenRun(t *testing.T) (dir string, items []normalize.Item) {
	t.Helper()
	dir = t.TempDir()
	for _, kind := range []string{"items", "documents"} {
		parts, err := filepath.Glob(filepath.Join("..", "..", "golden", "testdata", "run", "*."+kind+".jsonl"))
		if err != nil || len(parts) == 0 {
			t.Fatalf("no golden %s files (%v)", kind, err)
		}
		var all []byte
		for _, p := range parts {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, b...)
		}
		if err := os.WriteFile(filepath.Join(dir, kind+".jsonl"), all, 0o644); err != nil {
			t.Fatal(err)
		}
		if kind == "items" {
			for _, line := range bytes.Split(bytes.TrimSpace(all), []byte("\n")) {
				var it normalize.Item
				if err := json.Unmarshal(line, &it); err != nil {
					t.Fatal(err)
				}
				items = append(items, it)
			}
		}
	}
	return dir, items
}

func writeItems(t *testing.T, dir string, items []normalize.Item) {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "items.jsonl"), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDiffReportsExactlyTheChanges: a copy of the sample run with one status changed, one item
// removed and one deadline moved gives exactly those three changes.
func TestDiffReportsExactlyTheChanges(t *testing.T) {
	oldDir, items := goldenRun(t)
	newDir := t.TempDir()
	docs, err := os.ReadFile(filepath.Join(oldDir, "documents.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(newDir, "documents.jsonl"), docs, 0o644); err != nil {
		t.Fatal(err)
	}
	var statusID, dueID, removedID string
	var edited []normalize.Item
	for _, it := range items {
		switch {
		case statusID == "" && it.Status != nil && it.Status.Value == normalize.StatusOngoing:
			statusID = it.ID
			it.Status = &normalize.Status{Text: "Completed", Value: normalize.StatusCompleted}
		case dueID == "" && it.Status == nil && it.Due != nil && it.Due.End != nil:
			dueID = it.ID
			moved := *it.Due
			moved.Text, moved.End = "By end 2031", normalize.Ptr("2031-12-31")
			it.Due = &moved
		case removedID == "" && it.Kind == normalize.KindCommitment:
			removedID = it.ID
			continue
		}
		edited = append(edited, it)
	}
	if statusID == "" || dueID == "" || removedID == "" {
		t.Fatalf("the golden run lacks an item to edit: status %q, due %q, removed %q", statusID, dueID, removedID)
	}
	writeItems(t, newDir, edited)

	var stdout, stderr bytes.Buffer
	err = run(context.Background(), []string{"diff", "--json", "--as-of", "2026-11-25", oldDir, newDir}, nil, &stdout, &stderr)
	if code := exitCode(err, io.Discard); code != 1 {
		t.Fatalf("gbtrack diff of differing runs: exit status %d (%v), want 1\n%s", code, err, stderr.String())
	}
	if want := "3 changes (0 new, 1 removed, 1 status changed, 1 due changed"; !strings.HasPrefix(stderr.String(), want) {
		t.Errorf("gbtrack diff summary = %q, want it to start %q", stderr.String(), want)
	}
	var got struct {
		Changes []struct{ Kind, ID string }
	}
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("gbtrack diff --json: %v\n%s", err, stdout.String())
	}
	want := []string{"due_changed " + dueID, "removed " + removedID, "status_changed " + statusID}
	var have []string
	for _, c := range got.Changes {
		have = append(have, c.Kind+" "+c.ID)
	}
	slices.Sort(want)
	slices.Sort(have)
	if !slices.Equal(want, have) {
		t.Errorf("gbtrack diff --json changes = %q, want %q", have, want)
	}
}
