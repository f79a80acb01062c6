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
		if direct.Title != slow.Title || len(direct.Pages) != len(slow.Pages) {
			t.Fatalf("readPdfiumDirect(%s): title %q, %d pages; requests: %q, %d pages", name, direct.Title, len(direct.Pages), slow.Title, len(slow.Pages))
		}
		for i := range direct.Pages {
			d, s := direct.Pages[i], slow.Pages[i]
			if d.Width != s.Width || d.Height != s.Height || len(d.Glyphs) != len(s.Glyphs) {
				t.Errorf("readPdfiumDirect(%s) page %d: %.1fx%.1f, %d glyphs; requests: %.1fx%.1f, %d glyphs", name, i+1, d.Width, d.Height, len(d.Glyphs), s.Width, s.Height, len(s.Glyphs))
				continue
			}
			for j := range d.Glyphs {
				if d.Glyphs[j] != s.Glyphs[j] {
					t.Errorf("readPdfiumDirect(%s) page %d glyph %d = %+v, requests %+v", name, i+1, j, d.Glyphs[j], s.Glyphs[j])
					break
				}
			}
		}
	}
}
