package pdftext

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
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

// onePagePDF builds a PDF of one page with the given media box and content stream, in Helvetica.
func onePagePDF(mediaBox, content string) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [" + mediaBox + "] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		"<< /Length " + strconv.Itoa(len(content)) + " >>\nstream\n" + content + "\nendstream",
	}
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	var offs []int
	for i, o := range objs {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return []byte(b.String())
}

// TestMediaBoxOrigin: a page whose media box does not start at (0,0) reads as the same page
// drawn on a box that does.
func TestMediaBoxOrigin(t *testing.T) {
	e := sharedEngine(t)
	plain, err := e.Read(context.Background(), onePagePDF("0 0 612 792", "BT /F1 12 Tf 72 692 Td (Offset box) Tj ET"), "")
	if err != nil {
		t.Fatalf("Read(plain page) = %v", err)
	}
	shifted, err := e.Read(context.Background(), onePagePDF("100 -50 712 742", "BT /F1 12 Tf 172 642 Td (Offset box) Tj ET"), "")
	if err != nil {
		t.Fatalf("Read(shifted page) = %v", err)
	}
	pg, sg := plain.Pages[0].Glyphs, shifted.Pages[0].Glyphs
	if len(pg) == 0 || len(pg) != len(sg) {
		t.Fatalf("Read(shifted page) = %d glyphs, plain page %d", len(sg), len(pg))
	}
	for i := range pg {
		d := math.Abs(pg[i].X0-sg[i].X0) + math.Abs(pg[i].Y0-sg[i].Y0) + math.Abs(pg[i].X1-sg[i].X1) + math.Abs(pg[i].Y1-sg[i].Y1)
		if d > 0.01 {
			t.Errorf("Read(shifted page) glyph %d %q at %.1f,%.1f, want %.1f,%.1f as on the plain page", i, sg[i].Text, sg[i].X0, sg[i].Y0, pg[i].X0, pg[i].Y0)
		}
	}
}

// BenchmarkPdfiumEngine measures the engine alone, without layout analysis: with the loop
// checks that let a deadline stop a call, and without them (what a worker child runs).
func BenchmarkPdfiumEngine(b *testing.B) {
	data := readSample(b, "gb340-ins-6.pdf")
	uninterruptible := sync.OnceValues(func() (*PdfiumEngine, error) {
		o := PdfiumOptions{Workers: 1, Uninterruptible: true}
		if dir, err := os.UserCacheDir(); err == nil {
			o.CacheDir = filepath.Join(dir, "gbtrack", "pdfium-wasm")
		}
		return NewPdfiumEngine(context.Background(), o)
	})
	for _, bc := range []struct {
		name   string
		engine func() (*PdfiumEngine, error)
	}{
		{"checks", testEngine},
		{"uninterruptible", uninterruptible},
	} {
		b.Run(bc.name, func(b *testing.B) {
			e, err := bc.engine()
			if err != nil {
				b.Fatal(err)
			}
			pages := 0
			for b.Loop() {
				raw, err := e.Read(context.Background(), data, "")
				if err != nil {
					b.Fatalf("Read(gb340-ins-6.pdf) = %v", err)
				}
				pages += len(raw.Pages)
			}
			b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

// TestDamaged: an error PDFium meets on the bytes becomes ErrDamaged; a sentinel or the read's
// cancellation stays as it is.
func TestDamaged(t *testing.T) {
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	trap := fmt.Errorf("PDFium failed in FPDF_LoadMemDocument: wasm error: unreachable")
	tests := []struct {
		name string
		ctx  context.Context
		err  error
		want error
	}{
		{"trap", context.Background(), trap, ErrDamaged},
		{"sentinel", context.Background(), fmt.Errorf("%w: no password given", ErrEncrypted), ErrEncrypted},
		{"cancelled", cancelled, context.Canceled, context.Canceled},
	}
	for _, tt := range tests {
		got := damaged(tt.ctx, tt.err)
		if !errors.Is(got, tt.want) || (tt.want != ErrDamaged && errors.Is(got, ErrDamaged)) {
			t.Errorf("damaged(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
