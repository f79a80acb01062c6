package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"gbtrack/extract/textlayer"
	"gbtrack/rundir"
)

// A run in which every source fails (a mistyped name) keeps the outputs of the previous run:
// the error says so, and this run's document lines are kept aside in an unpublished run folder.
func TestNothingReadKeepsPreviousOutputs(t *testing.T) {
	out := t.TempDir()
	srcs := htmlSamples(t)
	if _, err := Run(context.Background(), srcs, Options{Out: out, AsOf: asOf, NoCache: true}); err != nil {
		t.Fatal(err)
	}
	before := readAll(t, out)
	typo := filepath.Join(t.TempDir(), "gb340-ins-6.pfd")
	res, err := Run(context.Background(), []string{typo}, Options{Out: out, AsOf: asOf, NoCache: true})
	if !errors.Is(err, ErrNothingRead) || res == nil || res.Published {
		t.Fatalf("Run(mistyped name) = %+v, %v; want ErrNothingRead and nothing published", res, err)
	}
	if !strings.Contains(err.Error(), fmt.Sprintf("(%d documents read)", len(srcs))) {
		t.Errorf("Run(mistyped name) error %q does not say how many documents the kept outputs read", err)
	}
	after := readAll(t, out)
	for name := range before {
		if !bytes.Equal(before[name], after[name]) {
			t.Errorf("%s changed although the run read nothing", name)
		}
	}
	lines, err := os.ReadFile(filepath.Join(res.RunDir, rundir.DocumentsFile))
	if err != nil || !bytes.Contains(lines, []byte("gb340-ins-6.pfd")) {
		t.Errorf("the failed run's documents.jsonl in %s: %q, %v; want its error line", res.RunDir, lines, err)
	}
}

// A first run with nothing to keep writes its error lines where users look for them.
func TestNothingReadFirstRunPublishes(t *testing.T) {
	out := t.TempDir()
	res, err := Run(context.Background(), []string{filepath.Join(t.TempDir(), "missing.pdf")}, Options{Out: out, AsOf: asOf, NoCache: true})
	if !errors.Is(err, ErrSomeFailed) || res == nil || !res.Published {
		t.Fatalf("Run(missing file into a new folder) = %+v, %v; want ErrSomeFailed and published", res, err)
	}
	if b := readAll(t, out)["documents.jsonl"]; !bytes.Contains(b, []byte("missing.pdf")) {
		t.Errorf("documents.jsonl = %q, want the missing file's line", b)
	}
}

// A run that reads fewer documents than the previous one in the same folder is published, and
// says how many it lost.
func TestFewerDocumentsCounted(t *testing.T) {
	out := t.TempDir()
	srcs := htmlSamples(t)
	if _, err := Run(context.Background(), srcs, Options{Out: out, AsOf: asOf, NoCache: true}); err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), srcs[:1], Options{Out: out, AsOf: asOf, NoCache: true})
	if err != nil || !res.Published {
		t.Fatalf("Run(fewer sources) = %v, published %v", err, res.Published)
	}
	if got, want := res.Lost(), len(srcs)-1; got != want {
		t.Errorf("Run(1 of %d sources).Lost() = %d, want %d", len(srcs), got, want)
	}
}

// A second run on a folder that another run is writing is refused before any work.
func TestRunRefusesLockedFolder(t *testing.T) {
	out := t.TempDir()
	l, err := rundir.Acquire(out)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	res, err := Run(context.Background(), htmlSamples(t), Options{Out: out, AsOf: asOf, NoCache: true})
	if !errors.Is(err, rundir.ErrLocked) || res != nil {
		t.Errorf("Run(locked folder) = %v, %v; want ErrLocked", res, err)
	}
}

// A --previous that is not a run is refused before any work.
func TestRunRefusesBadPrevious(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	_, err := Run(context.Background(), htmlSamples(t), Options{Out: out, AsOf: asOf, NoCache: true, Previous: filepath.Join(out, "nonexistent")})
	if !errors.Is(err, rundir.ErrNotRun) {
		t.Errorf("Run(--previous nonexistent) = %v, want ErrNotRun", err)
	}
	if _, err := os.Stat(filepath.Join(out, rundir.RunsDir)); err == nil {
		t.Errorf("Run(--previous nonexistent) wrote a run")
	}
}

// An output folder inside the input folder is never read back: run after run reads the same
// documents.
func TestOutInsideInputNotRead(t *testing.T) {
	in := t.TempDir()
	for _, src := range htmlSamples(t) {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(in, filepath.Base(src)), b, 0o644)
	}
	out := filepath.Join(in, "out")
	var counts []int
	for range 3 {
		res, err := Run(context.Background(), []string{in}, Options{Out: out, AsOf: asOf, Version: "test"})
		if err != nil {
			t.Fatal(err)
		}
		counts = append(counts, len(res.Docs), len(res.Items))
	}
	if counts[0] != counts[2] || counts[1] != counts[3] || counts[0] != counts[4] || counts[1] != counts[5] {
		t.Errorf("documents and items, run by run, with --out inside the input folder: %v, want the same each time", counts)
	}
}

// A manifest with many missing files gives one documents.jsonl line each.
func TestManifestMissingFilesOneLineEach(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := range 50 {
		fmt.Fprintf(&b, "missing-%d.pdf\n", i)
	}
	m := filepath.Join(dir, "papers.list")
	os.WriteFile(m, []byte(b.String()), 0o644)
	srcs := htmlSamples(t)
	res, _ := Run(context.Background(), append([]string{m}, srcs[0]), Options{Out: t.TempDir(), AsOf: asOf, NoCache: true})
	if res == nil {
		t.Fatal("Run(manifest with 50 missing files) wrote nothing")
	}
	missing := 0
	for _, d := range res.Docs {
		if d.Error != nil && strings.Contains(d.Source, "missing-") {
			missing++
		}
	}
	if missing != 50 {
		t.Errorf("Run(manifest with 50 missing files): %d error lines for them, want 50", missing)
	}
}

func TestSummarizePageErrors(t *testing.T) {
	pe := func(page int, err string) textlayer.PageError { return textlayer.PageError{Page: page, Err: err} }
	many := make([]textlayer.PageError, 0, 1000)
	for p := 2; p <= 1000; p++ {
		many = append(many, pe(p, "load page: cannot parse"))
	}
	var alternating []textlayer.PageError
	for p := 1; p <= 40; p += 2 {
		alternating = append(alternating, pe(p, "bad font"))
	}
	tests := []struct {
		name string
		in   []textlayer.PageError
		want []string
	}{
		{"none", nil, nil},
		{"one", []textlayer.PageError{pe(3, "bad")}, []string{"page 3: bad"}},
		{"a run", many, []string{"pages 2-1000: load page: cannot parse"}},
		{"two kinds", []textlayer.PageError{pe(1, "a"), pe(2, "a"), pe(3, "b")}, []string{"pages 1-2: a", "page 3: b"}},
		{"bounded", alternating, []string{
			"page 1: bad font", "page 3: bad font", "page 5: bad font", "page 7: bad font", "page 9: bad font",
			"page 11: bad font", "page 13: bad font", "page 15: bad font", "page 17: bad font", "page 19: bad font",
			"and 10 more pages",
		}},
		{"long message", []textlayer.PageError{pe(1, strings.Repeat("x", 500)+"\nsecond line")}, []string{"page 1: " + strings.Repeat("x", 200) + "..."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarizePageErrors(tt.in)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("summarizePageErrors(%s) = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
}

func TestCheckPageCount(t *testing.T) {
	tests := []struct {
		name   string
		format string
		pages  int
		size   int
		ok     bool
	}{
		{"a million pages in 702 bytes", "pdf", 1000000, 702, false},
		{"one page in a tiny file", "pdf", 1, 60, true},
		{"a real paper", "pdf", 13, 180000, true},
		{"html has no pages", "html", 0, 10, true},
	}
	for _, tt := range tests {
		err := checkPageCount(&textlayer.Document{Format: tt.format, Pages: tt.pages}, tt.size)
		if tt.ok != (err == nil) || err != nil && !errors.Is(err, ErrPageClaim) {
			t.Errorf("checkPageCount(%s) = %v, want ok %v", tt.name, err, tt.ok)
		}
	}
}

// A newline in a file name cannot forge a line of the log, and two names that differ only in
// bytes that are not UTF-8 keep two distinct sources.
func TestFileNamesEscaped(t *testing.T) {
	data, err := os.ReadFile("../samples/news-2020-11-26-subregional-meeting.html")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	names := []string{"a.html\ngbtrack: forged.html: 99 items", "r\xe9sum\xe9.html", "r\xe8sum\xe8.html"}
	var srcs []string
	for i, n := range names {
		p := filepath.Join(dir, n)
		// Different bytes each, so that no cache or copy detection merges them.
		if err := os.WriteFile(p, append(bytes.Clone(data), fmt.Sprintf("<!-- %d -->", i)...), 0o644); err != nil {
			t.Skipf("this file system refuses the name %q: %v", n, err)
		}
		srcs = append(srcs, p)
	}
	var log bytes.Buffer
	out := t.TempDir()
	if _, err := Run(context.Background(), srcs, Options{Out: out, AsOf: asOf, NoCache: true, Progress: &log}); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(log.String()), "\n") {
		if strings.HasPrefix(line, "gbtrack: forged") {
			t.Errorf("a file name forged the log line %q", line)
		}
	}
	// As written: JSON would turn every byte that is not UTF-8 into the same U+FFFD.
	seen := map[string]bool{}
	for _, line := range bytes.Split(bytes.TrimSpace(readAll(t, out)["documents.jsonl"]), []byte("\n")) {
		var d struct{ Source string }
		if err := json.Unmarshal(line, &d); err != nil {
			t.Fatal(err)
		}
		if seen[d.Source] {
			t.Errorf("two documents share the source %q in documents.jsonl", d.Source)
		}
		seen[d.Source] = true
	}
}

// A document waiting for a slow server holds none of the -j CPU slots: with one slot, a local
// file listed after it is read while the server still has not answered.
func TestSlowFetchHoldsNoCPUSlot(t *testing.T) {
	release := make(chan struct{})
	var once sync.Once
	open := func() { once.Do(func() { close(release) }) }
	defer open()
	html, err := os.ReadFile("../samples/gb276-tc-2.html")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-time.After(time.Minute): // a safety net; the test opens it much sooner
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write(html)
	}))
	defer srv.Close()
	local := htmlSamples(t)[0]
	// The local file's line opens the server: the URL's document can only finish after it.
	log := &watchLog{match: filepath.Base(local), then: open}
	_, err = Run(context.Background(), []string{srv.URL + "/slow.html", local}, Options{Out: t.TempDir(), AsOf: asOf, NoCache: true, Jobs: 1, Progress: log})
	if err != nil {
		t.Fatal(err)
	}
	// The documents' lines, without the progress of the phases.
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(log.String()), "\n") {
		if strings.HasPrefix(l, "gbtrack: ") {
			lines = append(lines, l)
		}
	}
	if len(lines) != 2 || !strings.Contains(lines[0], filepath.Base(local)) || !strings.Contains(lines[1], "slow.html") {
		t.Errorf("progress with one CPU slot = %q, want the local file read first, while the server waited", lines)
	}
}

// watchLog is a progress writer that calls then once a line containing match is written.
type watchLog struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	match string
	then  func()
}

func (w *watchLog) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if bytes.Contains(p, []byte(w.match)) {
		w.then()
	}
	return w.buf.Write(p)
}

func (w *watchLog) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// The per-document deadline covers fetching: a server that never answers fails its document
// when the deadline passes, not after the fetcher's own (minutes long) timeouts.
func TestDeadlineCoversFetch(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	res, err := Run(context.Background(), []string{srv.URL + "/never.pdf"}, Options{Out: t.TempDir(), AsOf: asOf, NoCache: true, DocTimeout: 200 * time.Millisecond})
	if !errors.Is(err, ErrSomeFailed) || res == nil || len(res.Docs) != 1 || res.Docs[0].Error == nil {
		t.Fatalf("Run(server that never answers) = %+v, %v; want one failed document", res, err)
	}
	if msg := *res.Docs[0].Error; !strings.Contains(msg, "gave up fetching after 200ms") {
		t.Errorf("Run(server that never answers) error = %q, want it to say the deadline passed while fetching", msg)
	}
}
