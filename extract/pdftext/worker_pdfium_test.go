package pdftext

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// The PDFium worker's children are the test binary in TestWorkerHelperProcess's "pdfium" mode
// (PDFium without loop checks), or a misbehaving fake engine.

func TestPdfiumWorkerMatchesInProcess(t *testing.T) {
	samples := map[string][]byte{
		"built":     onePagePDF("0 0 612 792", "BT /F1 10 Tf 10 700 Td (Hello, worker) Tj ET"),
		"not a pdf": []byte("plain text"),
	}
	for _, name := range []string{"gb340-ins-6.pdf", "hle-covid19-recommendations.pdf"} {
		samples[name] = readSample(t, name)
	}
	worker := NewPdfiumWorkerEngine(wtCommand("pdfium"), PdfiumWorkerOptions{Workers: 1, Timeout: time.Minute})
	defer worker.Close()
	for name, data := range samples {
		want, wantErr := sharedEngine(t).Read(context.Background(), data, "")
		got, gotErr := worker.Read(context.Background(), data, "")
		if fmt.Sprint(wantErr) != fmt.Sprint(gotErr) || wtKind(gotErr) != wtKind(wantErr) {
			t.Errorf("worker Read(%s) error = %v, want %v", name, gotErr, wantErr)
		}
		if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(RawPage{}, "Err"), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("worker Read(%s) differs from in-process (-in-process +worker):\n%s", name, diff)
		}
	}
}

// wtKind names the sentinel err wraps, "" for none.
func wtKind(err error) string {
	if we := workerErrorOf(err); we != nil {
		return we.Kind
	}
	return ""
}

// TestPdfiumWorkerDeadline: a page whose one call into PDFium runs for seconds (see
// TestDeadlineStopsLongCall), read by a child without loop checks, is stopped by the document's
// deadline, which kills the child; the next document gets a new child. How soon it stops is
// logged, not asserted.
func TestPdfiumWorkerDeadline(t *testing.T) {
	long := onePagePDF("0 0 612 792", "BT /F1 2 Tf 10 700 Td "+strings.Repeat("(ab) Tj 0.001 0 Td ", 200000)+"ET")
	short := onePagePDF("0 0 612 792", "BT /F1 10 Tf 10 700 Td (after) Tj ET")
	tests := []struct {
		name    string
		ctx     time.Duration // the caller's deadline; 0: none
		timeout time.Duration // the engine's own bound
		wantIs  error
		// warm reads a document first, so the deadline is spent in PDFium, and one after, from
		// a new child. With the engine's short timeout neither can succeed: starting a child
		// counts in a document's time.
		warm bool
	}{
		{name: "the caller's deadline", ctx: 100 * time.Millisecond, timeout: time.Minute, wantIs: context.DeadlineExceeded, warm: true},
		{name: "the engine's timeout", timeout: 100 * time.Millisecond, wantIs: ErrDamaged},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := NewPdfiumWorkerEngine(wtCommand("pdfium"), PdfiumWorkerOptions{Workers: 1, Timeout: tt.timeout})
			defer e.Close()
			if tt.warm {
				if _, err := e.Read(context.Background(), short, ""); err != nil {
					t.Fatalf("Read(one line) = %v", err)
				}
			}
			ctx := context.Background()
			if tt.ctx > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, tt.ctx)
				defer cancel()
			}
			start := time.Now()
			_, err := e.Read(ctx, long, "")
			t.Logf("Read(200,000 operators) = %v after %v", err, time.Since(start))
			if !errors.Is(err, tt.wantIs) {
				t.Errorf("Read(200,000 operators) = %v, want %v", err, tt.wantIs)
			}
			if !tt.warm {
				return
			}
			doc, err := e.Read(context.Background(), short, "")
			if err != nil || len(doc.Pages) != 1 || gtText(doc.Pages[0]) != "after" {
				t.Errorf("Read(one line) after a killed read = %v, %+v, want the line", err, doc)
			}
		})
	}
}

func TestPdfiumWorkerFailures(t *testing.T) {
	data := []byte("%PDF-1.4 whatever the fake engine ignores")
	name := workerDocName(data)
	tests := []struct {
		mode    string
		wantIs  error // nil: an error of the engine, which must not blame the document
		wantMsg []string
	}{
		{mode: "ready-crash", wantIs: ErrDamaged, wantMsg: []string{"pdf worker: crashed reading " + name, "fake engine: boom"}},
		{mode: "ready-sentinel", wantIs: ErrEncrypted, wantMsg: []string{"fake engine: password-protected PDF"}},
		{mode: "ready-silent", wantMsg: []string{"pdf worker: exited before it was ready"}},
		{mode: "ready-chatty", wantMsg: []string{"not a pdf worker"}},
		{mode: "nostart", wantMsg: []string{"pdf worker: fake engine: cannot start"}},
	}
	for _, tt := range tests {
		t.Run(tt.mode, func(t *testing.T) {
			t.Parallel()
			check := func(what string, err error) {
				t.Helper()
				if tt.wantIs != nil && !errors.Is(err, tt.wantIs) || tt.wantIs == nil && (err == nil || gtKnownError(err)) {
					t.Fatalf("%s(%s) error = %v, want %v", what, tt.mode, err, tt.wantIs)
				}
				for _, m := range tt.wantMsg {
					if !strings.Contains(err.Error(), m) {
						t.Errorf("%s(%s) error = %q, want it to contain %q", what, tt.mode, err, m)
					}
				}
			}
			e := NewPdfiumWorkerEngine(wtCommand(tt.mode), PdfiumWorkerOptions{Workers: 1})
			defer e.Close()
			if err := e.Start(context.Background()); tt.wantIs == nil {
				check("Start", err)
			} else if err != nil {
				t.Fatalf("Start(%s) = %v", tt.mode, err)
			}
			// Twice: a child that died is replaced for the next document.
			for range 2 {
				_, err := e.Read(context.Background(), data, "")
				check("Read", err)
			}
		})
	}
}

func TestPdfiumWorkerClosed(t *testing.T) {
	e := NewPdfiumWorkerEngine(wtCommand("ready-pages"), PdfiumWorkerOptions{Workers: 2})
	if err := e.Start(context.Background()); err != nil {
		t.Fatalf("Start(pages) = %v", err)
	}
	for range 3 {
		if _, err := e.Read(context.Background(), []byte("x"), ""); err != nil {
			t.Fatalf("Read(pages) = %v", err)
		}
	}
	// Reads one after the other are served by the child Start started.
	e.mu.Lock()
	started := len(e.children)
	e.mu.Unlock()
	if started != 1 {
		t.Errorf("Start and 3 reads in turn started %d children, want 1", started)
	}
	if err := e.Close(); err != nil {
		t.Errorf("Close() = %v", err)
	}
	if _, err := e.Read(context.Background(), []byte("x"), ""); err == nil || errors.Is(err, ErrDamaged) {
		t.Errorf("Read after Close = %v, want an error that does not blame the document", err)
	}
	_, err := NewPdfiumWorkerEngine([]string{"/nonexistent/gbtrack", "pdf-worker"}, PdfiumWorkerOptions{}).Read(context.Background(), []byte("x"), "")
	if err == nil || errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "start") {
		t.Errorf("Read() with a missing command error = %v, want a start error that does not blame the document", err)
	}
}

// BenchmarkPdfiumWorkerEngine is BenchmarkPdfiumEngine through a child without loop checks,
// the glyphs crossing the process boundary included.
func BenchmarkPdfiumWorkerEngine(b *testing.B) {
	data := readSample(b, "gb340-ins-6.pdf")
	e := NewPdfiumWorkerEngine(wtCommand("pdfium"), PdfiumWorkerOptions{Workers: 1})
	defer e.Close()
	if _, err := e.Read(context.Background(), data, ""); err != nil {
		b.Fatalf("Read(gb340-ins-6.pdf) = %v", err)
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
}
