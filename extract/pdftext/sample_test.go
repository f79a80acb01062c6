package pdftext

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"gbtrack/extract/textlayer"
	"gbtrack/internal/sharedtest"
)

// corpusDir finds the shared sample corpus: a "shared" sibling of the repository root.
func corpusDir(t testing.TB) string {
	t.Helper()
	return sharedtest.Dir(t, "corpus")
}

func readSample(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpusDir(t), name))
	if err != nil {
		t.Skipf("sample %s absent: %v", name, err)
	}
	return data
}

// testEngine is shared by the tests of this package because compiling the PDFium module takes
// seconds; each test still reads through its own Reader.
var testEngine = sync.OnceValues(func() (*PdfiumEngine, error) {
	o := PdfiumOptions{Workers: 2}
	if dir, err := os.UserCacheDir(); err == nil {
		o.CacheDir = filepath.Join(dir, "gbtrack", "pdfium-wasm")
	}
	return NewPdfiumEngine(context.Background(), o)
})

func sharedEngine(t testing.TB) *PdfiumEngine {
	t.Helper()
	e, err := testEngine()
	if err != nil {
		t.Fatalf("NewPdfiumEngine: %v", err)
	}
	return e
}

// TestDumpGlyphs prints the raw glyphs of one sample page: PDFTEXT_GLYPHS=file.pdf:page.
func TestDumpGlyphs(t *testing.T) {
	spec := os.Getenv("PDFTEXT_GLYPHS")
	if spec == "" {
		t.Skip("set PDFTEXT_GLYPHS=name.pdf:page to dump glyphs")
	}
	var name string
	var page int
	if i := len(spec) - 1; true {
		for i >= 0 && spec[i] != ':' {
			i--
		}
		name = spec[:i]
		fmt.Sscanf(spec[i+1:], "%d", &page)
	}
	data, err := os.ReadFile(name)
	if err != nil {
		data = readSample(t, name)
	}
	raw, err := sharedEngine(t).Read(context.Background(), data, "")
	if err != nil {
		t.Fatal(err)
	}
	p := raw.Pages[page-1]
	t.Logf("page %d %.1fx%.1f err=%v", p.Number, p.Width, p.Height, p.Err)
	for _, g := range p.Glyphs {
		fmt.Printf("%q %.1f %.1f %.1f %.1f s=%.1f %s b=%v\n", g.Text, g.X0, g.Y0, g.X1, g.Y1, g.Size, g.Font, g.Bold)
	}
}

// TestDumpSample prints textlayer.Dump of a sample or any file: PDFTEXT_DUMP=name.pdf, and
// PDFTEXT_ENGINE=go to read with the pure-Go engine.
func TestDumpSample(t *testing.T) {
	name := os.Getenv("PDFTEXT_DUMP")
	if name == "" {
		t.Skip("set PDFTEXT_DUMP=name.pdf to print a sample's text layer")
	}
	o := Options{EngineName: os.Getenv("PDFTEXT_ENGINE")}
	if o.EngineName == "" {
		o.Engine = sharedEngine(t)
	}
	r, err := NewReader(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	data, err := os.ReadFile(name)
	if err != nil {
		data = readSample(t, name)
	}
	doc, err := r.Read(context.Background(), filepath.Base(name), data, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := textlayer.Dump(os.Stdout, doc); err != nil {
		t.Fatal(err)
	}
}
