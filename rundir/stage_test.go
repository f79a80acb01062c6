package rundir

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestStage: files streamed into a stage appear in the run folder only at Commit, without the
// stage's scratch files; a stage that
// is abandoned (the process died) is removed by the next Clean with its scratch file, and Abort
// after Commit leaves the run in place.
func TestStage(t *testing.T) {
	dir := t.TempDir()
	id := NewID(time.Now())
	st, err := NewStage(dir, id)
	if err != nil {
		t.Fatalf("NewStage: %v", err)
	}
	f, err := st.Create(ItemsFile)
	if err != nil {
		t.Fatalf("Create(%s): %v", ItemsFile, err)
	}
	for _, line := range []string{"{\"id\":1}\n", "{\"id\":2}\n"} {
		if _, err := f.Write([]byte(line)); err != nil {
			t.Fatalf("Write: %v", err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := st.WriteFile(DocumentsFile, []byte("{}\n")); err != nil {
		t.Fatalf("WriteFile(%s): %v", DocumentsFile, err)
	}
	if _, err := st.Create(ItemsFile); err == nil {
		t.Errorf("Create(%s) a second time succeeded, want an error", ItemsFile)
	}
	if err := os.WriteFile(st.Temp("items"), []byte("spool"), 0o600); err != nil {
		t.Fatal(err)
	}
	final := filepath.Join(dir, RunsDir, id)
	if _, err := os.Stat(final); err == nil {
		t.Fatalf("the run folder exists before Commit")
	}
	got, err := st.Commit(context.Background())
	if err != nil || got != final {
		t.Fatalf("Commit = %q, %v; want %q", got, err, final)
	}
	st.Abort()
	if s := read(t, filepath.Join(final, ItemsFile)); s != "{\"id\":1}\n{\"id\":2}\n" {
		t.Errorf("items.jsonl after Commit = %q", s)
	}
	ents, err := os.ReadDir(final)
	if err != nil || len(ents) != 2 {
		t.Errorf("the run folder holds %v (%v), want items.jsonl and documents.jsonl only", ents, err)
	}

	// A stage left by a process that died, scratch file and all.
	dead, err := NewStage(dir, NewID(time.Now()))
	if err != nil {
		t.Fatalf("NewStage: %v", err)
	}
	if err := os.WriteFile(dead.Temp("items"), []byte("spool"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Clean(dir); err != nil {
		t.Fatalf("Clean: %v", err)
	}
	if _, err := os.Stat(dead.dir); !os.IsNotExist(err) {
		t.Errorf("Clean left the abandoned stage %s: %v", dead.dir, err)
	}
	if _, err := os.Stat(final); err != nil {
		t.Errorf("Clean removed the committed run: %v", err)
	}
}

// TestStageCommitCancelled: a cancelled context stops Commit before the rename and removes the
// staging folder.
func TestStageCommitCancelled(t *testing.T) {
	dir := t.TempDir()
	st, err := NewStage(dir, NewID(time.Now()))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := st.Commit(ctx); err == nil {
		t.Fatal("Commit(cancelled) succeeded")
	}
	if _, err := os.Stat(filepath.Join(dir, RunsDir)); !os.IsNotExist(err) {
		t.Errorf("a cancelled Commit leaves %s (%v), want it removed with the stage", RunsDir, err)
	}
}
