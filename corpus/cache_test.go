package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCache(t *testing.T) {
	root := t.TempDir()
	c, err := OpenCache(root, "1.2.0")
	if err != nil {
		t.Fatalf("OpenCache error: %v", err)
	}
	keys := []string{
		"3f2a9c" + strings.Repeat("0", 58),
		"../../escape",
		"/etc/passwd",
		"GB.340/INS/6",
		"",
	}
	for i, k := range keys {
		if _, ok := c.Get(k); ok {
			t.Errorf("Cache.Get(%q) hit before any Put", k)
		}
		data := []byte(strings.Repeat("x", i) + k)
		if err := c.Put(k, data); err != nil {
			t.Fatalf("Cache.Put(%q) error: %v", k, err)
		}
		got, ok := c.Get(k)
		if !ok || string(got) != string(data) {
			t.Errorf("Cache.Get(%q) = %q, %v; want %q", k, got, ok, data)
		}
	}
	// Every entry sits directly in the version's folder, whatever its key.
	err = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && filepath.Dir(p) != c.Dir() {
			t.Errorf("cache entry %s outside %s", p, c.Dir())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	other, err := OpenCache(root, "1.3.0")
	if err != nil {
		t.Fatalf("OpenCache(other version) error: %v", err)
	}
	if _, ok := other.Get(keys[0]); ok {
		t.Errorf("Cache.Get(%q) of version 1.3.0 hit an entry of 1.2.0", keys[0])
	}
	if err := c.Delete(keys[0]); err != nil {
		t.Errorf("Cache.Delete(%q) error: %v", keys[0], err)
	}
	if _, ok := c.Get(keys[0]); ok {
		t.Errorf("Cache.Get(%q) hit after Delete", keys[0])
	}
	if err := c.Delete("never stored"); err != nil {
		t.Errorf("Cache.Delete(missing) error: %v", err)
	}
}

func TestOpenCacheVersionTraversal(t *testing.T) {
	root := t.TempDir()
	c, err := OpenCache(root, "../../x")
	if err != nil {
		t.Fatalf("OpenCache error: %v", err)
	}
	if filepath.Dir(c.Dir()) != root {
		t.Errorf("OpenCache(version ../../x) folder %s is not inside %s", c.Dir(), root)
	}
}

// TestCacheRefusesChangedEntries: an entry changed after Put (edited by hand, truncated, or
// written by something else than Put) is a miss, never returned.
func TestCacheRefusesChangedEntries(t *testing.T) {
	c, err := OpenCache(t.TempDir(), "1")
	if err != nil {
		t.Fatal(err)
	}
	const key = "k"
	good := []byte(`{"items":[{"text":"Train the staff"}]}`)
	tests := []struct {
		name string
		edit func(entry []byte) []byte
	}{
		{"an invented item", func(e []byte) []byte {
			return []byte(strings.Replace(string(e), `"Train the staff"}`, `"Train the staff"},{"text":"Invented"}`, 1))
		}},
		{"truncated", func(e []byte) []byte { return e[:len(e)-3] }},
		{"without its checksum line", func(e []byte) []byte { return good }},
		{"checksum of other data", func(e []byte) []byte {
			return []byte(strings.Replace(string(e), entryMagic, entryMagic+"00", 1))
		}},
		{"empty", func(e []byte) []byte { return nil }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := c.Put(key, good); err != nil {
				t.Fatal(err)
			}
			if got, ok := c.Get(key); !ok || string(got) != string(good) {
				t.Fatalf("Cache.Get after Put = %q, %v", got, ok)
			}
			entry, err := os.ReadFile(c.path(key))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(c.path(key), tt.edit(entry), 0o644); err != nil {
				t.Fatal(err)
			}
			if got, ok := c.Get(key); ok {
				t.Errorf("Cache.Get of an entry %s = %q, want a miss", tt.name, got)
			}
		})
	}
}

// TestCachePutFiles: an entry put from files is the entry Put writes for the head and their
// bytes, and Get returns them; a missing file is an error and leaves no entry.
func TestCachePutFiles(t *testing.T) {
	c, err := OpenCache(t.TempDir(), "1")
	if err != nil {
		t.Fatal(err)
	}
	for _, data := range []string{"", "report\n", strings.Repeat("%PDF-1.4 \x00\xff", 50000)} {
		dir := t.TempDir()
		a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
		if err := os.WriteFile(a, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(b, []byte("{}"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := c.PutFiles("from-files", []byte("7\n"), a, b); err != nil {
			t.Fatalf("PutFiles(%d bytes): %v", len(data), err)
		}
		want := "7\n" + data + "{}"
		if err := c.Put("from-bytes", []byte(want)); err != nil {
			t.Fatal(err)
		}
		ea, _ := os.ReadFile(c.path("from-files"))
		eb, _ := os.ReadFile(c.path("from-bytes"))
		if string(ea) != string(eb) {
			t.Errorf("PutFiles(%d bytes) writes another entry than Put", len(data))
		}
		if got, ok := c.Get("from-files"); !ok || string(got) != want {
			t.Errorf("Get after PutFiles(%d bytes) = %d bytes, %v", len(data), len(got), ok)
		}
	}
	if err := c.PutFiles("missing", nil, filepath.Join(t.TempDir(), "none")); err == nil {
		t.Error("PutFiles(missing file) succeeded")
	}
	if _, ok := c.Get("missing"); ok {
		t.Error("PutFiles(missing file) left an entry")
	}
}
