package pdftext

import (
	"context"
	"testing"
)

// TestDirectMatchesRequests: the direct calls into the module must reach it with this go-pdfium
// (else every read silently takes the slow path) and read the same glyphs as go-pdfium's
// requests do.
func TestDirectMatchesRequests(t *testing.T) {
	for _, name := range []string{"gb340-ins-6.pdf"} {
		data := readSample(t, name)
		e := sharedEngine(t)
		inst, err := e.pool.GetInstanceWithContext(context.Background())
		if err != nil {
			t.Fatalf("GetInstance: %v", err)
		}
		calls, err := newWasmCalls(context.Background(), inst)
		if err != nil {
			inst.Close()
			t.Fatalf("newWasmCalls = %v, want the module reached", err)
		}
		direct, err := readPdfiumDirect(calls, data, "")
		if err != nil {
			inst.Close()
			t.Fatalf("readPdfiumDirect(%s) = %v", name, err)
		}
		slow, err := readPdfium(context.Background(), inst, data, "")
		inst.Close()
		if err != nil {
			t.Fatalf("readPdfium(%s) = %v", name, err)
		}
		compareRaw(t, "readPdfiumDirect", name, direct, slow)
	}
}

// compareRaw reports where got differs from want.
func compareRaw(t *testing.T, call, name string, got, want RawDocument) {
	t.Helper()
	if got.Title != want.Title || len(got.Pages) != len(want.Pages) {
		t.Fatalf("%s(%s): title %q, %d pages; want %q, %d pages", call, name, got.Title, len(got.Pages), want.Title, len(want.Pages))
	}
	for i := range got.Pages {
		g, w := got.Pages[i], want.Pages[i]
		if g.Number != w.Number || g.Width != w.Width || g.Height != w.Height || len(g.Glyphs) != len(w.Glyphs) {
			t.Errorf("%s(%s) page %d: %.1fx%.1f, %d glyphs; want %.1fx%.1f, %d glyphs", call, name, i+1, g.Width, g.Height, len(g.Glyphs), w.Width, w.Height, len(w.Glyphs))
			continue
		}
		for j := range g.Glyphs {
			if g.Glyphs[j] != w.Glyphs[j] {
				t.Errorf("%s(%s) page %d glyph %d = %+v, want %+v", call, name, i+1, j, g.Glyphs[j], w.Glyphs[j])
				break
			}
		}
	}
}
