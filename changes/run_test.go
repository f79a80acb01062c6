package changes

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gbtrack/normalize"
)

func writeRun(t *testing.T, items []normalize.Item, docs []normalize.Document) string {
	t.Helper()
	dir := t.TempDir()
	write := func(name string, vs []any) {
		var sb strings.Builder
		for _, v := range vs {
			b, err := json.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			sb.Write(b)
			sb.WriteByte('\n')
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(sb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var is, ds []any
	for _, it := range items {
		is = append(is, it)
	}
	for _, d := range docs {
		ds = append(ds, d)
	}
	write(ItemsFile, is)
	write(DocumentsFile, ds)
	return dir
}

func TestReadRunRoundTrip(t *testing.T) {
	items := run()
	docs := []normalize.Document{
		{SchemaVersion: 1, ID: "A", Source: "a.pdf", Format: "pdf", Items: 3},
		{SchemaVersion: 1, ID: "B", Source: "b.pdf", Format: "pdf", Error: normalize.Ptr("pdf: encrypted")},
	}
	gotItems, gotDocs, err := ReadRun(writeRun(t, items, docs))
	if err != nil {
		t.Fatalf("ReadRun: %v", err)
	}
	if diff := cmp.Diff(items, gotItems); diff != "" {
		t.Errorf("ReadRun items (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(docs, gotDocs); diff != "" {
		t.Errorf("ReadRun documents (-want +got):\n%s", diff)
	}
}

func TestReadRunErrors(t *testing.T) {
	dir := writeRun(t, run()[:2], nil)
	bad := `{"id":"A#1","text":"ok"}` + "\n\n" + `{"id": "A#2", "text": tru` + "\n"
	if err := os.WriteFile(filepath.Join(dir, ItemsFile), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := ReadRun(dir)
	var le *LineError
	if !errors.As(err, &le) {
		t.Fatalf("ReadRun(bad items) error = %v, want a *LineError", err)
	}
	if le.Line != 3 || filepath.Base(le.File) != ItemsFile {
		t.Errorf("ReadRun(bad items) error at %s:%d, want %s:3", le.File, le.Line, ItemsFile)
	}
	if !strings.Contains(err.Error(), ItemsFile+":3:") {
		t.Errorf("ReadRun(bad items) error %q does not name file and line", err)
	}

	empty := t.TempDir()
	if _, _, err := ReadRun(empty); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ReadRun(empty dir) error = %v, want os.ErrNotExist", err)
	}
}

func TestReadLinesLongLine(t *testing.T) {
	long := strings.Repeat("word ", 200_000) // past bufio.Scanner's default limit
	b, _ := json.Marshal(normalize.Item{ID: "x", Text: long})
	got, err := ReadLines[normalize.Item](strings.NewReader(string(b)), "items.jsonl")
	if err != nil || len(got) != 1 || got[0].Text != long {
		t.Fatalf("ReadLines(one %d-byte line without newline) = %d items, %v", len(b), len(got), err)
	}
}

func FuzzReadLines(f *testing.F) {
	f.Add([]byte(`{"id":"A#1","kind":"action_item","text":"x","due":{"text":"By 2020","end":"2020-12-31"}}` + "\n"))
	f.Add([]byte("\n\n{}\n{"))
	f.Add([]byte(`{"status": null, "page": 3}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		items, err := ReadLines[normalize.Item](strings.NewReader(string(data)), "items.jsonl")
		if err != nil {
			var le *LineError
			if !errors.As(err, &le) || le.Line < 1 {
				t.Fatalf("ReadLines error %v is not a *LineError with a line", err)
			}
			return
		}
		// Whatever decodes must survive a second Compare against itself with no change.
		if cs := Compare(items, items, asOf); len(cs) != 0 {
			t.Fatalf("Compare(items, items) = %v, want no change", cs)
		}
	})
}
