package pdftext

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/tetratelabs/wazero"
)

// TestCharsWasmValid: the hand-written helper module passes wazero's validation on its own.
func TestCharsWasmValid(t *testing.T) {
	ctx := context.Background()
	rt := wazero.NewRuntime(ctx)
	defer rt.Close(ctx)
	mod, err := rt.CompileModule(ctx, charsWasm())
	if err != nil {
		t.Fatalf("CompileModule(charsWasm()) = %v", err)
	}
	if _, ok := mod.ExportedFunctions()["chars"]; !ok {
		t.Errorf("charsWasm() exports %v, want chars", mod.ExportedFunctions())
	}
	if got := len(mod.ImportedFunctions()); got != 7 {
		t.Errorf("charsWasm() imports %d functions, want 7", got)
	}
}

// TestCharsMatchOneByOne: reading a page's characters through the helper module gives the same
// glyphs, fonts and boxes as the calls from Go one character at a time.
func TestCharsMatchOneByOne(t *testing.T) {
	fast := sharedEngine(t)
	if fast.chars == nil {
		t.Fatal("the shared engine has no chars helper: go-pdfium's pool changed shape")
	}
	o := PdfiumOptions{Workers: 1}
	if dir, err := os.UserCacheDir(); err == nil {
		o.CacheDir = filepath.Join(dir, "gbtrack", "pdfium-wasm")
	}
	slow, err := NewPdfiumEngine(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close()
	slow.chars.close(context.Background())
	slow.chars = nil
	for _, name := range []string{"gb340-ins-6.pdf", "hle-covid19-recommendations.pdf", "hle-covid19-recommendations-web.pdf"} {
		data := readSample(t, name)
		want, err := slow.Read(context.Background(), data, "")
		if err != nil {
			t.Fatalf("Read(%s) one by one = %v", name, err)
		}
		got, err := fast.Read(context.Background(), data, "")
		if err != nil {
			t.Fatalf("Read(%s) with the helper = %v", name, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Read(%s): helper differs from one by one (-want +got):\n%s", name, diff)
		}
	}
}

// TestReadAllocsPerPage bounds the allocations of reading one page into the text layer (engine
// and layout analysis), and of the layout analysis alone, so that a change that allocates per
// character shows here. Measured at about 1,860 a page on gb340-ins-6.pdf (13 dense pages, some
// 3,300 glyphs each), 1,680 of them in layout analysis (before the glyph sort and word buffers
// were reused: 6,090 and 5,900); the bounds leave room for Go and wazero versions, not for a
// new allocation per glyph.
func TestReadAllocsPerPage(t *testing.T) {
	data := readSample(t, "gb340-ins-6.pdf")
	r, err := NewReader(context.Background(), Options{Engine: sharedEngine(t)})
	if err != nil {
		t.Fatal(err)
	}
	pages := 0
	allocs := testing.AllocsPerRun(3, func() {
		doc, err := r.Read(context.Background(), "gb340-ins-6.pdf", data, "")
		if err != nil {
			t.Fatalf("Read(gb340-ins-6.pdf) = %v", err)
		}
		pages = doc.Pages
	})
	perPage := allocs / float64(pages)
	t.Logf("Read(gb340-ins-6.pdf): %.0f allocations, %.0f a page", allocs, perPage)
	if perPage > maxAllocsPerPage {
		t.Errorf("Read(gb340-ins-6.pdf) allocates %.0f times a page, want at most %d", perPage, maxAllocsPerPage)
	}

	raw, err := sharedEngine(t).Read(context.Background(), data, "")
	if err != nil {
		t.Fatal(err)
	}
	allocs = testing.AllocsPerRun(3, func() {
		if _, err := analyze(context.Background(), raw); err != nil {
			t.Fatalf("analyze(gb340-ins-6.pdf) = %v", err)
		}
	})
	perPage = allocs / float64(len(raw.Pages))
	t.Logf("analyze(gb340-ins-6.pdf): %.0f allocations, %.0f a page", allocs, perPage)
	if perPage > maxLayoutAllocsPerPage {
		t.Errorf("analyze(gb340-ins-6.pdf) allocates %.0f times a page, want at most %d", perPage, maxLayoutAllocsPerPage)
	}
}

const (
	maxAllocsPerPage       = 2300
	maxLayoutAllocsPerPage = 2100
)

// TestDeadlineStopsLongCall: a page whose one call into PDFium runs for seconds (200,000 text
// operators: reading it whole took 9.8 s here) is stopped by the read's deadline inside that
// call, and the instance's pool still serves the next document. How soon it stops is logged,
// not asserted (the machine may be busy).
func TestDeadlineStopsLongCall(t *testing.T) {
	e := sharedEngine(t)
	data := onePagePDF("0 0 612 792", "BT /F1 2 Tf 10 700 Td "+strings.Repeat("(ab) Tj 0.001 0 Td ", 200000)+"ET")
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	if _, err := e.Read(ctx, data, ""); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Read(200,000 operators, 100 ms deadline) = %v, want context.DeadlineExceeded", err)
	}
	t.Logf("Read(200,000 operators, 100 ms deadline) stopped after %v", time.Since(start))
	if _, err := e.Read(context.Background(), readSample(t, "hle-covid19-recommendations.pdf"), ""); err != nil {
		t.Errorf("Read after a stopped read = %v", err)
	}
}
