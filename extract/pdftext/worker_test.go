package pdftext

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// The worker tests start the test binary itself as the child, running only
// TestWorkerHelperProcess with the engine named after "--" (the os/exec tests' pattern, which
// needs no TestMain).

const wtHelperArg = "pdftext-worker-helper"

func wtCommand(mode string) []string {
	return []string{os.Args[0], "-test.run=^TestWorkerHelperProcess$", "--", wtHelperArg, mode}
}

// TestWorkerHelperProcess is the child; run directly by go test it does nothing.
func TestWorkerHelperProcess(t *testing.T) {
	args := flag.Args()
	if len(args) != 2 || args[0] != wtHelperArg {
		return
	}
	// A mode "ready-X" is X greeting its parent first, as NewPdfiumWorkerEngine's children do.
	mode, ready := strings.CutPrefix(args[1], "ready-")
	var eng Engine
	switch mode {
	case "go":
		eng = NewGoEngine()
	case "pdfium":
		o := PdfiumOptions{Workers: 1}
		if dir, err := os.UserCacheDir(); err == nil {
			o.CacheDir = filepath.Join(dir, "gbtrack", "pdfium-wasm")
		}
		if err := ServePdfiumWorker(context.Background(), os.Stdin, os.Stdout, o); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	case "nostart":
		err := ServeWorkerReady(context.Background(), os.Stdin, os.Stdout, func() (Engine, error) {
			return nil, errors.New("fake engine: cannot start")
		})
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	case "hang":
		eng = wtFake{read: func() (RawDocument, error) { time.Sleep(time.Hour); return RawDocument{}, nil }}
	case "crash":
		// A panic on another goroutine is one no recover in Read can catch.
		eng = wtFake{read: func() (RawDocument, error) {
			go func() { panic("fake engine: boom") }()
			time.Sleep(time.Hour)
			return RawDocument{}, nil
		}}
	case "oom":
		eng = wtFake{read: func() (RawDocument, error) {
			var keep [][]byte
			for i := 0; i < 256; i++ {
				b := make([]byte, 64<<20)
				for j := 0; j < len(b); j += 4096 {
					b[j] = 1
				}
				keep = append(keep, b)
			}
			return RawDocument{Title: fmt.Sprint(len(keep))}, nil
		}}
	case "sentinel":
		eng = wtFake{read: func() (RawDocument, error) {
			return RawDocument{}, fmt.Errorf("fake engine: %w", ErrEncrypted)
		}}
	case "pages":
		eng = wtFake{read: func() (RawDocument, error) {
			return RawDocument{Title: "T", Pages: []RawPage{
				{Number: 1, Width: 10, Height: 20, Glyphs: []Glyph{{Text: "a", X0: 1, Y0: 2, X1: 3, Y1: 4, Size: 9, Font: "F", Bold: true}}},
				{Number: 2, Err: fmt.Errorf("page 2: %w: bad stream", ErrDamaged)},
				{Number: 3, Err: errors.New("page 3: something else")},
			}}, nil
		}}
	case "silent":
		os.Exit(0)
	case "chatty":
		fmt.Println("usage: gbtrack [command]")
		os.Exit(0)
	default:
		fmt.Fprintf(os.Stderr, "unknown helper mode %q\n", args[1])
		os.Exit(2)
	}
	serve := func() error { return ServeWorker(context.Background(), os.Stdin, os.Stdout, eng) }
	if ready {
		serve = func() error {
			return ServeWorkerReady(context.Background(), os.Stdin, os.Stdout, func() (Engine, error) { return eng, nil })
		}
	}
	if err := serve(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(0)
}

// wtFake is an engine whose Read does what a test needs of a misbehaving parser.
type wtFake struct {
	read func() (RawDocument, error)
}

func (wtFake) Name() string { return "fake" }
func (wtFake) Close() error { return nil }
func (f wtFake) Read(context.Context, []byte, string) (RawDocument, error) {
	return f.read()
}

func TestWorkerFailures(t *testing.T) {
	data := []byte("%PDF-1.4 whatever the fake engine ignores")
	name := workerDocName(data)
	tests := []struct {
		name    string
		mode    string
		limits  WorkerLimits
		wantIs  error
		wantMsg []string
	}{
		{name: "a hanging child is killed at its deadline", mode: "hang", limits: WorkerLimits{Timeout: time.Second},
			wantIs: ErrDamaged, wantMsg: []string{"pdf worker: killed after 1s", name}},
		{name: "a crash is an error naming the document", mode: "crash",
			wantIs: ErrDamaged, wantMsg: []string{"pdf worker: crashed reading " + name, "fake engine: boom"}},
		{name: "an exploding parse hits the memory ceiling", mode: "oom", limits: WorkerLimits{Timeout: 10 * time.Minute, MemoryBytes: 256 << 20},
			wantIs: ErrDamaged, wantMsg: []string{"exceeded memory limit of 256 MiB", name}},
		{name: "a sentinel survives the process boundary", mode: "sentinel",
			wantIs: ErrEncrypted, wantMsg: []string{"fake engine: password-protected PDF"}},
		{name: "a child that exits without answering", mode: "silent",
			wantIs: ErrDamaged, wantMsg: []string{"pdf worker: crashed reading " + name}},
		{name: "a command that is not a worker", mode: "chatty",
			wantIs: ErrDamaged, wantMsg: []string{"not a pdf worker"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.mode == "oom" && !wtHasRlimit() {
				t.Skip("the address-space ceiling exists on Linux only")
			}
			t.Parallel()
			eng := NewWorkerEngine(wtCommand(tt.mode), tt.limits)
			start := time.Now()
			doc, err := eng.Read(context.Background(), data, "")
			took := time.Since(start)
			t.Logf("Read(%s) = %v after %v", tt.mode, err, took.Round(time.Millisecond))
			if !errors.Is(err, tt.wantIs) {
				t.Fatalf("Read(%s) error = %v, want %v", tt.mode, err, tt.wantIs)
			}
			for _, m := range tt.wantMsg {
				if !strings.Contains(err.Error(), m) {
					t.Errorf("Read(%s) error = %q, want it to contain %q", tt.mode, err, m)
				}
			}
			if len(doc.Pages) != 0 {
				t.Errorf("Read(%s) failed with %d pages, want none", tt.mode, len(doc.Pages))
			}
		})
	}
}

func TestWorkerPagesCrossTheBoundary(t *testing.T) {
	doc, err := NewWorkerEngine(wtCommand("pages"), WorkerLimits{}).Read(context.Background(), []byte("x"), "")
	if err != nil {
		t.Fatalf("Read(pages) error = %v", err)
	}
	want := RawDocument{Title: "T", Pages: []RawPage{
		{Number: 1, Width: 10, Height: 20, Glyphs: []Glyph{{Text: "a", X0: 1, Y0: 2, X1: 3, Y1: 4, Size: 9, Font: "F", Bold: true}}},
		{Number: 2},
		{Number: 3},
	}}
	if diff := cmp.Diff(want, doc, cmpopts.IgnoreFields(RawPage{}, "Err")); diff != "" {
		t.Errorf("Read(pages) mismatch (-want +got):\n%s", diff)
	}
	if len(doc.Pages) != 3 {
		t.Fatalf("Read(pages) gave %d pages, want 3", len(doc.Pages))
	}
	if p := doc.Pages[0]; p.Err != nil {
		t.Errorf("Read(pages) page 1 error = %v, want nil", p.Err)
	}
	if p := doc.Pages[1]; !errors.Is(p.Err, ErrDamaged) || p.Err.Error() != "page 2: damaged PDF: bad stream" {
		t.Errorf("Read(pages) page 2 error = %v, want ErrDamaged with the child's message", p.Err)
	}
	if p := doc.Pages[2]; p.Err == nil || gtKnownError(p.Err) || p.Err.Error() != "page 3: something else" {
		t.Errorf("Read(pages) page 3 error = %v, want the plain message and no sentinel", p.Err)
	}
}

func TestWorkerParentCancel(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := NewWorkerEngine(wtCommand("hang"), WorkerLimits{Timeout: time.Minute}).Read(ctx, []byte("x"), "")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Read(hang) under a cancelled ctx error = %v, want ctx's error", err)
	}
	// Logged, not asserted: a child that were never killed would hang the test to go test's timeout.
	t.Logf("Read(hang) under a cancelled ctx stopped after %v", time.Since(start))
}

func TestWorkerMatchesInProcess(t *testing.T) {
	samples := map[string][]byte{
		"built":     gtPage("/Rotate 90", "BT /F1 10 Tf 10 20 Td [(A) -500 (B)] TJ ET"),
		"not a pdf": []byte("plain text"),
	}
	if files, err := wtSamples(); err == nil {
		for name, data := range files {
			samples[name] = data
		}
	}
	worker := NewWorkerEngine(wtCommand("go"), WorkerLimits{Timeout: 30 * time.Second})
	for name, data := range samples {
		want, wantErr := NewGoEngine().Read(context.Background(), data, "")
		got, gotErr := worker.Read(context.Background(), data, "")
		if fmt.Sprint(wantErr) != fmt.Sprint(gotErr) || !errors.Is(gotErr, errors.Unwrap(wantErr)) {
			t.Errorf("worker Read(%s) error = %v, want %v", name, gotErr, wantErr)
		}
		if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(RawPage{}, "Err"), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("worker Read(%s) differs from in-process (-in-process +worker):\n%s", name, diff)
		}
		for i := range min(len(want.Pages), len(got.Pages)) {
			if fmt.Sprint(want.Pages[i].Err) != fmt.Sprint(got.Pages[i].Err) {
				t.Errorf("worker Read(%s) page %d error = %v, want %v", name, i+1, got.Pages[i].Err, want.Pages[i].Err)
			}
		}
	}
}

// wtSamples reads the smallest corpus PDF, when the corpus is there.
func wtSamples() (map[string][]byte, error) {
	dir := gtSharedOrEmpty("corpus")
	if dir == "" {
		return nil, os.ErrNotExist
	}
	data, err := os.ReadFile(dir + "/hle-covid19-recommendations.pdf")
	if err != nil {
		return nil, err
	}
	return map[string][]byte{"hle-covid19-recommendations.pdf": data}, nil
}

func wtHasRlimit() bool {
	_, err := os.Stat("/proc/self/statm")
	return err == nil
}

func TestWorkerTail(t *testing.T) {
	tests := []struct {
		name   string
		writes []string
		want   string
	}{
		{"short", []string{"abc", "def"}, "abcdef"},
		{"exactly half", []string{"abcd"}, "abcd"},
		{"overlapping head and tail", []string{"abcdef"}, "abcdef"},
		{"long keeps both ends", []string{"abcd", "efghijklmn"}, "abcd\n…\nklmn"},
	}
	for _, tt := range tests {
		w := &workerTail{max: 8}
		for _, s := range tt.writes {
			w.Write([]byte(s))
		}
		if got := w.String(); got != tt.want {
			t.Errorf("%s: workerTail.String() = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// FuzzWorkerReadFrame feeds the parent's frame reader what a broken child might write.
func FuzzWorkerReadFrame(f *testing.F) {
	var good strings.Builder
	workerWriteFrame(&good, workerResponse{Title: "t", Pages: []workerPage{{Number: 1}}})
	f.Add([]byte(good.String()))
	f.Add([]byte("GBPW\xff\xff\xff\xff"))
	f.Add([]byte("usage: gbtrack"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var resp workerResponse
		_ = workerReadFrame(strings.NewReader(string(data)), &resp)
	})
}

func BenchmarkWorkerEngine(b *testing.B) {
	data := gtPage("", "BT /F1 10 Tf 10 20 Td (Hi) Tj ET")
	eng := NewWorkerEngine(wtCommand("go"), WorkerLimits{})
	for b.Loop() {
		if _, err := eng.Read(context.Background(), data, ""); err != nil {
			b.Fatalf("Read() error = %v", err)
		}
	}
}

func TestServeWorker(t *testing.T) {
	var oneRequest strings.Builder
	if err := workerWriteFrame(&oneRequest, workerRequest{Data: gtPage("", "BT /F1 10 Tf 10 20 Td (Hi) Tj ET")}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		stdin     string
		wantErr   bool
		wantPages []string // text of each page of each response, in order
	}{
		{name: "no request", stdin: "", wantErr: false},
		{name: "one request", stdin: oneRequest.String(), wantPages: []string{"Hi"}},
		{name: "two requests", stdin: oneRequest.String() + oneRequest.String(), wantPages: []string{"Hi", "Hi"}},
		{name: "garbage", stdin: "hello", wantErr: true},
		{name: "truncated request", stdin: oneRequest.String()[:20], wantErr: true},
	}
	for _, tt := range tests {
		var stdout strings.Builder
		err := ServeWorker(context.Background(), strings.NewReader(tt.stdin), &stdout, NewGoEngine())
		if (err != nil) != tt.wantErr {
			t.Errorf("%s: ServeWorker() error = %v, want error %v", tt.name, err, tt.wantErr)
		}
		r := strings.NewReader(stdout.String())
		var got []string
		for {
			doc, err, rerr := workerReadResponse(r)
			if rerr != nil {
				break
			}
			if err != nil {
				t.Errorf("%s: ServeWorker() answered error %v", tt.name, err)
			}
			for _, p := range doc.Pages {
				got = append(got, gtText(p))
			}
		}
		if diff := cmp.Diff(tt.wantPages, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: ServeWorker() pages mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestWorkerStartFailure(t *testing.T) {
	_, err := NewWorkerEngine([]string{"/nonexistent/gbtrack", "pdf-worker"}, WorkerLimits{}).Read(context.Background(), []byte("x"), "")
	if err == nil || errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "start") {
		t.Errorf("Read() with a missing command error = %v, want a start error that does not blame the document", err)
	}
	_, err = NewWorkerEngine(nil, WorkerLimits{}).Read(context.Background(), []byte("x"), "")
	if err == nil || errors.Is(err, ErrDamaged) {
		t.Errorf("Read() with no command error = %v, want a configuration error", err)
	}
}
