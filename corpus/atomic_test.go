package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "items.jsonl")
	if err := WriteFileAtomic(p, []byte("first\n"), 0o640); err != nil {
		t.Fatalf("WriteFileAtomic(new) error: %v", err)
	}
	if err := WriteFileAtomic(p, []byte("second\n"), 0o640); err != nil {
		t.Fatalf("WriteFileAtomic(replace) error: %v", err)
	}
	got, err := os.ReadFile(p)
	if err != nil || string(got) != "second\n" {
		t.Errorf("after WriteFileAtomic, file = %q, %v; want %q", got, err, "second\n")
	}
	fi, err := os.Stat(p)
	if err != nil || fi.Mode().Perm() != 0o640 {
		t.Errorf("WriteFileAtomic mode = %v, %v; want 0640", fi.Mode().Perm(), err)
	}
	assertOnly(t, dir, "items.jsonl")
}

// A write that fails midway leaves the old file whole and no temporary file
// behind.
func TestWriteFileAtomicFailureKeepsOld(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "documents.jsonl")
	if err := os.WriteFile(p, []byte("old complete content\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("disk full")
	err := writeAtomic(p, 0o644, func(f *os.File) error {
		if _, err := f.Write([]byte("new half")); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("writeAtomic(failing) error = %v, want %v", err, boom)
	}
	got, err := os.ReadFile(p)
	if err != nil || string(got) != "old complete content\n" {
		t.Errorf("after a failed write, file = %q, %v; want the old content", got, err)
	}
	assertOnly(t, dir, "documents.jsonl")
}

func TestWriteFileAtomicMissingFolder(t *testing.T) {
	p := filepath.Join(t.TempDir(), "no", "such", "out.pdf")
	if err := WriteFileAtomic(p, []byte("x"), 0o644); err == nil {
		t.Errorf("WriteFileAtomic(%s) = nil error, want one", p)
	}
}

func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range ents {
		got = append(got, e.Name())
	}
	if len(got) != len(names) {
		t.Errorf("folder holds %v, want only %v", got, names)
		return
	}
	for i := range names {
		if got[i] != names[i] {
			t.Errorf("folder holds %v, want only %v", got, names)
		}
	}
}
