package hostile_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"gbtrack/hostile"
	"gbtrack/internal/sharedtest"
	"gbtrack/normalize"
	"gbtrack/pipeline"
)

var asOf = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)

const samplesDir = "../samples"

// bigCases take most of a full run's time (the 50 MB page about 5 s of CPU for HTML parsing and
// item detection, linear in its size, and 600 MB of memory): -short leaves them out. The
// 3,000-page PDF (about 3 s) and the deep-nesting page (under a second) stay in.
var bigCases = map[string]bool{"large-50mb": true}

// docTimeout is the per-document deadline of the batch runs. Every hostile case ends on a bound
// of its own (a size cap, a stream cap, the engine's memory ceiling, a parse error) in seconds of
// CPU, so the deadline is only a backstop against a hang, sized for a machine many times slower
// than a quiet 2-core one: no case may depend on it, and no result depends on wall-clock speed.
const docTimeout = 10 * time.Minute

// knownIssues are cases where gbtrack's behaviour is wrong today, with where the fix belongs.
// Their failures are logged rather than reported, so the suite stays green while they are open;
// a known issue that no longer reproduces is logged too, to be struck off.
var knownIssues = map[string]string{}

// anyError is a robustness file's Want when any clear error will do.
const anyError = "any error"

// robustWant is what the shared set's README says of some of its files, as a case's Want: "" when
// the text must be read, else the kind of error. Files not listed must only finish with a clear
// line.
var robustWant = map[string]string{
	"pdfminer-aes-128.pdf":                      hostile.WantEncrypted,
	"pdfminer-rc4-40.pdf":                       hostile.WantEncrypted,
	"pdfminer-aes-256-r6.pdf":                   hostile.WantEncrypted,
	"qpdf-bad-encryption-length.pdf":            hostile.WantEncrypted,
	"pdfminer-pdf-with-jbig2.pdf":               hostile.WantNoText,
	"qpdf-bad1.pdf":                             anyError,
	"qpdf-issue-335b.pdf":                       anyError,
	"qpdf-issue-141a.pdf":                       anyError,
	"pdfminer-zen_of_python_corrupted.pdf":      "",
	"qpdf-bad-xref.pdf":                         "",
	"qpdf-bad-xref-entry.pdf":                   "",
	"pdfminer-missing_xref_trailer.pdf":         "",
	"qpdf-inherited-rotate.pdf":                 "",
	"qpdf-linearization-large-vector-alloc.pdf": "",
}

// robustDir finds the shared robustness set beside the repository root.
func robustDir(t testing.TB) string {
	t.Helper()
	p, _ := sharedtest.Find("robust")
	if p == "" {
		t.Fatal("repository root not found")
	}
	return p
}

// batch is the input of the hostile run: the cases, the bundled samples and, when present, the
// shared robustness set.
type batch struct {
	cases   []hostile.Case
	samples []string // sources under samplesDir, as the folder walk names them
	robust  []string
	args    []string
	inputs  []string // every source that must get a documents.jsonl line
}

func newBatch(t testing.TB, short bool) batch {
	t.Helper()
	all, err := hostile.Write(t.TempDir())
	if err != nil {
		t.Fatalf("hostile.Write: %v", err)
	}
	var b batch
	for _, c := range all {
		if short && bigCases[c.Name] {
			continue
		}
		b.cases = append(b.cases, c)
		b.args = append(b.args, c.File)
		b.inputs = append(b.inputs, c.File)
	}
	b.samples = documentsUnder(t, samplesDir)
	if len(b.samples) == 0 {
		t.Fatalf("no documents under %s", samplesDir)
	}
	b.args = append(b.args, samplesDir)
	b.inputs = append(b.inputs, b.samples...)
	rd := robustDir(t)
	if _, err := os.Stat(rd); err == nil {
		b.robust = documentsUnder(t, rd)
		b.args = append(b.args, rd)
		b.inputs = append(b.inputs, b.robust...)
	} else {
		t.Logf("robustness set absent (%v): the run covers the hostile cases and samples only", err)
	}
	return b
}

// documentsUnder lists the files a folder walk must pick up: .pdf, .html and .htm files, hidden
// ones left out. It is written here rather than taken from package corpus so that a walk that
// drops a file is caught.
func documentsUnder(t testing.TB, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(d.Name(), ".") && path != dir {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		switch strings.ToLower(filepath.Ext(path)) {
		case ".pdf", ".html", ".htm":
			if d.Type().IsRegular() {
				out = append(out, path)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("walk %s: %v", dir, err)
	}
	return out
}

// lockedWriter collects progress lines; the pipeline writes them from several goroutines.
type lockedWriter struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (w *lockedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.Write(p)
}

// run calls pipeline.Run and turns a panic that escapes it into a test failure.
func run(t *testing.T, args []string, opts pipeline.Options) (res *pipeline.Result, err error, took time.Duration) {
	t.Helper()
	start := time.Now()
	func() {
		defer func() {
			if p := recover(); p != nil {
				t.Fatalf("pipeline.Run(%d sources) panicked: %v", len(args), p)
			}
		}()
		res, err = pipeline.Run(context.Background(), args, opts)
	}()
	return res, err, time.Since(start)
}

func readLines[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for n := 1; sc.Scan(); n++ {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s line %d: %v", path, n, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return out
}

// docsBySource checks that documents.jsonl has exactly one line per input and no other, and
// returns the lines by source.
func docsBySource(t *testing.T, out string, inputs []string) map[string]normalize.Document {
	t.Helper()
	docs := readLines[normalize.Document](t, filepath.Join(out, "documents.jsonl"))
	if len(docs) != len(inputs) {
		t.Errorf("documents.jsonl has %d lines, want %d (one per input)", len(docs), len(inputs))
	}
	by := map[string]normalize.Document{}
	for _, d := range docs {
		if _, dup := by[d.Source]; dup {
			t.Errorf("documents.jsonl: two lines for %s", d.Source)
		}
		by[d.Source] = d
	}
	for _, in := range inputs {
		if _, ok := by[in]; !ok {
			t.Errorf("documents.jsonl: no line for %s", in)
		}
	}
	return by
}

// lineProblem says what is wrong with a failed document's error line, or "".
func lineProblem(d normalize.Document) string {
	if d.Error == nil {
		return ""
	}
	e := *d.Error
	switch {
	case e == "":
		return "empty error"
	case strings.ContainsAny(e, "\r\n"):
		return "error spans several lines"
	case !strings.Contains(e, d.Source):
		return "error does not name the document"
	case strings.Contains(e, "internal error"), strings.Contains(e, "panic"), strings.Contains(e, "goroutine "):
		return "a panic inside a library"
	}
	return ""
}

// caseProblem says how a case's outcome differs from what it wants, or "".
func caseProblem(c hostile.Case, d normalize.Document) string {
	if p := lineProblem(d); p != "" {
		return p
	}
	switch {
	case c.Want == anyError:
		if d.Error == nil {
			return "read, want an error"
		}
	case c.Want == "" && d.Error != nil:
		return "want the document read"
	case c.Want != "" && d.Error == nil:
		return fmt.Sprintf("read, want an error with %q", c.Want)
	case c.Want != "" && !strings.Contains(*d.Error, c.Want):
		return fmt.Sprintf("want an error with %q", c.Want)
	case c.Items > 0 && d.Items != c.Items:
		return fmt.Sprintf("%d items, want %d: text lost on the way", d.Items, c.Items)
	}
	return ""
}

func errText(d normalize.Document) string {
	if d.Error == nil {
		return fmt.Sprintf("read: %d items", d.Items)
	}
	return *d.Error
}

// TestHostileBatch runs one batch over the hostile cases, the samples and the shared robustness
// set: the batch must finish with ErrSomeFailed, give every input one line, give every failure a
// one-line error naming its document, and leave the samples' items as a run over them alone.
func TestHostileBatch(t *testing.T) {
	b := newBatch(t, testing.Short())
	out := t.TempDir()
	progress := &lockedWriter{}
	res, err, took := run(t, b.args, pipeline.Options{
		Out: out, Jobs: 2, DocTimeout: docTimeout, AsOf: asOf, NoCache: true,
		Version: "hostile-test", Progress: progress,
	})
	t.Logf("batch of %d inputs: %v", len(b.inputs), took.Round(time.Second))
	if !errors.Is(err, pipeline.ErrSomeFailed) {
		t.Fatalf("pipeline.Run(hostile batch) = %v, want an error wrapping ErrSomeFailed", err)
	}
	if res == nil {
		t.Fatal("pipeline.Run(hostile batch) returned no result with ErrSomeFailed")
	}
	by := docsBySource(t, out, b.inputs)
	for src, d := range by {
		if d.Error != nil && strings.Contains(*d.Error, "gave up") {
			t.Errorf("%s ended on the %v deadline, not on a bound of its own: %s", src, docTimeout, *d.Error)
		}
	}
	if res.Failed != countFailed(by) {
		t.Errorf("pipeline.Run: Result.Failed = %d, documents.jsonl has %d errors", res.Failed, countFailed(by))
	}

	checks := slices.Clone(b.cases)
	for _, r := range b.robust {
		if w, ok := robustWant[filepath.Base(r)]; ok {
			checks = append(checks, hostile.Case{Name: filepath.Base(r), File: r, Want: w, Should: "as the robustness set's README says"})
		}
	}
	for _, c := range checks {
		d, ok := by[c.File]
		if !ok {
			continue
		}
		t.Logf("case %-45s %s", c.Name, errText(d))
		p := caseProblem(c, d)
		issue, known := knownIssues[c.Name]
		switch {
		case p != "" && known:
			t.Logf("case %s: known issue (%s): %s; %s", c.Name, p, errText(d), issue)
		case p != "":
			t.Errorf("case %s (%s): %s: %s", c.Name, c.Should, p, errText(d))
		case known:
			t.Logf("case %s: known issue no longer reproduces, strike it off: %s", c.Name, issue)
		}
	}
	for _, r := range b.robust {
		d, ok := by[r]
		if !ok {
			continue
		}
		if _, checked := robustWant[filepath.Base(r)]; !checked {
			t.Logf("robust %-45s %s", filepath.Base(r), errText(d))
		}
		if p := lineProblem(d); p != "" {
			t.Errorf("robust %s: %s: %s", filepath.Base(r), p, errText(d))
		}
	}
	for _, s := range b.samples {
		if d, ok := by[s]; ok && d.Error != nil {
			t.Errorf("sample %s failed in the hostile batch: %s", s, *d.Error)
		}
	}

	// The samples alone, for comparison: hostile neighbours must not change their items.
	alone := t.TempDir()
	if _, err, _ := run(t, []string{samplesDir}, pipeline.Options{
		Out: alone, Jobs: 2, DocTimeout: docTimeout, AsOf: asOf, NoCache: true, Version: "hostile-test",
	}); err != nil {
		t.Fatalf("pipeline.Run(%s) = %v, want no error", samplesDir, err)
	}
	want := itemLines(t, alone, b.samples)
	got := itemLines(t, out, b.samples)
	if len(want) == 0 {
		t.Fatalf("pipeline.Run(%s) found no items: nothing to compare", samplesDir)
	}
	if !slices.Equal(got, want) {
		t.Errorf("samples' items in the hostile batch differ from a run over the samples alone: %d vs %d lines; first difference:\n%s",
			len(got), len(want), firstDiff(got, want))
	}
}

func countFailed(by map[string]normalize.Document) int {
	n := 0
	for _, d := range by {
		if d.Error != nil {
			n++
		}
	}
	return n
}

// itemLines returns the lines of items.jsonl whose source is one of srcs, as written.
func itemLines(t *testing.T, out string, srcs []string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(out, "items.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		var it struct {
			Source string `json:"source"`
		}
		if err := json.Unmarshal([]byte(l), &it); err != nil {
			t.Fatalf("items.jsonl in %s: %v", out, err)
		}
		if slices.Contains(srcs, it.Source) {
			lines = append(lines, l)
		}
	}
	return lines
}

func firstDiff(got, want []string) string {
	for i := range max(len(got), len(want)) {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			return fmt.Sprintf("line %d\n got: %s\nwant: %s", i+1, g, w)
		}
	}
	return "none"
}

// TestPasswords opens the encrypted files with their passwords, one small run per password,
// since a run tries a single password on every document.
func TestPasswords(t *testing.T) {
	dir := t.TempDir()
	all, err := hostile.Write(dir)
	if err != nil {
		t.Fatalf("hostile.Write: %v", err)
	}
	var generated string
	for _, c := range all {
		if c.Want == hostile.WantEncrypted {
			generated = c.File
		}
	}
	const generatedTitle = "An encrypted document"
	rd := robustDir(t)
	tests := []struct {
		name, password string
		files          []string
	}{
		{"generated RC4 40-bit, user password", hostile.Password, []string{generated}},
		// The README gives only the owner password of these two; PDFium accepts either.
		{"pdfminer AES-128 and RC4, owner password", "foo", []string{filepath.Join(rd, "pdfminer-aes-128.pdf"), filepath.Join(rd, "pdfminer-rc4-40.pdf")}},
		{"pdfminer AES-256 R6, user password", "usersecret", []string{filepath.Join(rd, "pdfminer-aes-256-r6.pdf")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, f := range tt.files {
				if _, err := os.Stat(f); err != nil {
					t.Skipf("%s absent: %v", f, err)
				}
			}
			out := t.TempDir()
			res, err, took := run(t, tt.files, pipeline.Options{
				Out: out, Jobs: 2, DocTimeout: docTimeout, AsOf: asOf, NoCache: true,
				Version: "hostile-test", Password: tt.password,
			})
			if err != nil && !errors.Is(err, pipeline.ErrSomeFailed) {
				t.Fatalf("pipeline.Run(password %q) = %v", tt.password, err)
			}
			t.Logf("%d documents in %v", len(res.Docs), took.Round(time.Millisecond))
			by := docsBySource(t, out, tt.files)
			for _, f := range tt.files {
				d := by[f]
				t.Logf("%s with %q: %s", filepath.Base(f), tt.password, errText(d))
				// A document that opens but has no text still opened: only a password error fails.
				if d.Error != nil && !strings.Contains(*d.Error, hostile.WantNoText) {
					t.Errorf("pipeline.Run(%s, password %q): %s, want it opened", filepath.Base(f), tt.password, *d.Error)
				}
				// The title is an encrypted string of the Info dictionary: read back, it shows that
				// strings were decrypted as well as the content stream.
				if f == generated && d.Error == nil && (d.Title == nil || *d.Title != generatedTitle || d.Items != 1) {
					t.Errorf("pipeline.Run(%s, password %q): title %v, %d items; want %q and the one commitment of its text",
						filepath.Base(f), tt.password, d.Title, d.Items, generatedTitle)
				}
			}
		})
	}
}
