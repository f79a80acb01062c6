package pdftext

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestReadRobust reads the broken and unusual PDFs of the shared robustness set: each must give
// a document or an error that names the file, within its deadline, without a panic.
func TestReadRobust(t *testing.T) {
	dir := filepath.Join(filepath.Dir(corpusDir(t)), "robust")
	files, err := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if err != nil || len(files) == 0 {
		t.Skipf("robustness set absent in %s", dir)
	}
	// Every file ends on a bound of its own (a parse error, the stream cap, the memory ceiling);
	// the deadline is only a backstop against a hang, long enough for a much slower machine, and
	// a file that reaches it fails as not one of the sentinel errors.
	r, err := NewReader(context.Background(), Options{Engine: sharedEngine(t), Timeout: 10 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	wantErr := map[string]error{
		"pdfminer-aes-128.pdf":           ErrEncrypted,
		"pdfminer-rc4-40.pdf":            ErrEncrypted,
		"pdfminer-aes-256-r6.pdf":        ErrEncrypted,
		"qpdf-bad1.pdf":                  nil, // any error
		"pdfminer-pdf-with-jbig2.pdf":    ErrNoText,
		"qpdf-bad-encryption-length.pdf": ErrEncrypted,
	}
	// Files whose text must be read, as the set's README says.
	wantText := map[string]bool{
		"qpdf-linearization-large-vector-alloc.pdf": true, // its only text repeats on every page
		"qpdf-inherited-rotate.pdf":                 true,
		"pdfminer-missing_xref_trailer.pdf":         true,
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			doc, err := r.Read(context.Background(), name, data, "")
			t.Logf("%s: %v in %v", name, err, time.Since(start).Round(time.Millisecond))
			if (doc == nil) == (err == nil) {
				t.Fatalf("Read(%s) = %v, %v: want exactly one of document and error", name, doc, err)
			}
			if want, ok := wantErr[name]; ok {
				if err == nil {
					t.Errorf("Read(%s) succeeded, want an error", name)
				} else if want != nil && !errors.Is(err, want) {
					t.Errorf("Read(%s) = %v, want %v", name, err, want)
				}
			}
			if wantText[name] && err != nil {
				t.Errorf("Read(%s) = %v, want its text", name, err)
			}
			if err != nil && errors.Is(err, ErrNoText) && strings.Contains(err.Error(), "scanned") {
				if raw, rerr := sharedEngine(t).Read(context.Background(), data, ""); rerr == nil && glyphCount(raw) > 0 {
					t.Errorf("Read(%s) = %v: the file has %d characters, so it is no scan", name, err, glyphCount(raw))
				}
			}
			if err != nil && !IsUserError(err) {
				t.Errorf("Read(%s) = %v: not one of the package's sentinel errors", name, err)
			}
		})
	}
}

// TestReadPassword opens the encrypted samples with their passwords.
func TestReadPassword(t *testing.T) {
	dir := filepath.Join(filepath.Dir(corpusDir(t)), "robust")
	r, err := NewReader(context.Background(), Options{Engine: sharedEngine(t)})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ file, password string }{
		{"pdfminer-aes-128.pdf", "foo"},
		{"pdfminer-aes-256-r6.pdf", "usersecret"},
	}
	for _, tt := range tests {
		data, err := os.ReadFile(filepath.Join(dir, tt.file))
		if err != nil {
			t.Skipf("%s absent", tt.file)
		}
		doc, err := r.Read(context.Background(), tt.file, data, tt.password)
		if err != nil && !errors.Is(err, ErrNoText) {
			t.Errorf("Read(%s, %q) = %v, want the document", tt.file, tt.password, err)
			continue
		}
		if _, err := r.Read(context.Background(), tt.file, data, "wrong"); !errors.Is(err, ErrEncrypted) {
			t.Errorf("Read(%s, wrong password) = %v, want ErrEncrypted", tt.file, err)
		}
		_ = doc
	}
}

func glyphCount(raw RawDocument) int {
	n := 0
	for _, p := range raw.Pages {
		n += len(p.Glyphs)
	}
	return n
}
