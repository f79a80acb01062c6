package render

import (
	"bytes"
	"context"
	"runtime"
	"testing"
)

// Allocation bounds of drawing the register (TestWritePDFAllocs). Measured on bigInput(1000)
// (107 pages): about 420 allocations an item and 1.7 MB a page, most of it fpdf's zlib writer,
// one for each page's content stream (compress/flate's compressor, about 1.1 MB, made anew for
// every stream by fpdf v0.12). The bounds leave room for Go and fpdf versions, not for a
// per-glyph allocation or for holding every wrapped text.
const (
	maxAllocsPerItem = 600
	maxBytesPerPage  = 2 << 20
)

// TestWritePDFAllocs bounds what drawing a report allocates per item and per page, so that a
// change that allocates per character, or copies the report again, shows here (issue 12: the
// report drawn without holding every wrapped text). Counts, not times.
func TestWritePDFAllocs(t *testing.T) {
	r, err := Build(bigInput(1000))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	draw := func() {
		buf.Reset()
		if err := WritePDF(context.Background(), &buf, r); err != nil {
			t.Fatalf("WritePDF: %v", err)
		}
	}
	draw() // warm: fonts parsed, buffers grown
	allocs := testing.AllocsPerRun(2, draw)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	draw()
	runtime.ReadMemStats(&after)
	pages := bytes.Count(buf.Bytes(), []byte("/Type /Page\n"))
	perItem := allocs / float64(len(r.Entries))
	perPage := float64(after.TotalAlloc-before.TotalAlloc) / float64(pages)
	t.Logf("WritePDF(%d items, %d pages): %.0f allocations an item, %.0f bytes a page", len(r.Entries), pages, perItem, perPage)
	if perItem > maxAllocsPerItem {
		t.Errorf("WritePDF allocates %.0f times an item, want at most %d", perItem, maxAllocsPerItem)
	}
	if perPage > maxBytesPerPage {
		t.Errorf("WritePDF allocates %.0f bytes a page, want at most %d", perPage, maxBytesPerPage)
	}
}
