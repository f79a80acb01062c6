package pull

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gbtrack/corpus"
)

// pdf is a minimal body Sniff takes for a PDF.
func pdf(name string) []byte { return []byte("%PDF-1.4\n% " + name + "\n%%EOF\n") }

// counts is what the test site saw for one path.
type counts struct {
	Full        int // answered 200 with the whole body
	Conditional int // requests carrying If-None-Match or If-Modified-Since
	NotModified int // answered 304
}

// site is a loopback web site for pulls: an index with pagination, a
// robots.txt disallowing /private/, a document with an ETag, one with only
// Last-Modified, a slow one, and one whose first answer is cut midway.
type site struct {
	srv  *httptest.Server
	mu   sync.Mutex
	seen map[string]*counts
	ua   map[string]bool
	// block, when set, is called by /docs/b.pdf before it answers.
	block func(r *http.Request)
	drops int
}

var modTime = time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)

func newSite(t *testing.T) *site {
	s := &site{seen: map[string]*counts{}, ua: map[string]bool{}}
	mux := http.NewServeMux()
	page := func(body string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, "<!doctype html><html><body>"+body+"</body></html>")
		}
	}
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	mux.HandleFunc("/session/", page(`<a href="/docs/a.pdf">A</a> <a href="../docs/b.pdf#p2">B</a>
		<a href="/private/c.pdf">C</a> <a href="http://elsewhere.invalid/x.pdf">X</a>
		<a href="/docs/a.pdf">A again</a> <a href="/session/?page=2">next</a> <a href="mailto:x@y">mail</a>`))
	mux.HandleFunc("/docs/a.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"a1"`)
		w.Header().Set("Content-Type", "application/pdf")
		if r.Header.Get("If-None-Match") == `"a1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write(pdf("a"))
	})
	mux.HandleFunc("/docs/b.pdf", func(w http.ResponseWriter, r *http.Request) {
		if s.block != nil {
			s.block(r)
		}
		// Last-Modified only: ServeContent answers If-Modified-Since.
		http.ServeContent(w, r, "b.pdf", modTime, strings.NewReader(string(pdf("b"))))
	})
	mux.HandleFunc("/docs/slow.html", func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(20 * time.Millisecond)
		w.Header().Set("ETag", `"s1"`)
		if r.Header.Get("If-None-Match") == `"s1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>slow news</p></body></html>")
	})
	mux.HandleFunc("/docs/drop.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"d1"`)
		if r.Header.Get("If-None-Match") == `"d1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		s.mu.Lock()
		drop := s.drops == 0
		s.drops++
		s.mu.Unlock()
		body := pdf("drop")
		if drop {
			// Promise the whole body, send half, and hang up.
			w.Header().Set("Content-Length", fmt.Sprint(len(body)))
			w.Write(body[:len(body)/2])
			w.(http.Flusher).Flush()
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		w.Write(body)
	})
	mux.HandleFunc("/private/c.pdf", func(w http.ResponseWriter, r *http.Request) { w.Write(pdf("c")) })
	mux.HandleFunc("/deep/e.pdf", func(w http.ResponseWriter, r *http.Request) { w.Write(pdf("e")) })
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		c := s.seen[r.URL.Path]
		if c == nil {
			c = &counts{}
			s.seen[r.URL.Path] = c
		}
		if r.Header.Get("If-None-Match") != "" || r.Header.Get("If-Modified-Since") != "" {
			c.Conditional++
		}
		s.ua[r.UserAgent()] = true
		s.mu.Unlock()
		if r.URL.Path == "/session/" && r.URL.Query().Get("page") == "2" {
			page(`<a href="/docs/slow.html">S</a> <a href="/docs/drop.pdf">D</a> <a href="/docs/a.pdf">A</a>
				<a href="/session/?page=3">next</a>`)(w, r)
			return
		}
		if r.URL.Path == "/session/" && r.URL.Query().Get("page") == "3" {
			page(`<a href="/deep/e.pdf">E</a>`)(w, r)
			return
		}
		rec := &statusRecorder{ResponseWriter: w}
		mux.ServeHTTP(rec, r)
		s.mu.Lock()
		switch rec.code {
		case http.StatusOK:
			if !rec.hijacked {
				c.Full++
			}
		case http.StatusNotModified:
			c.NotModified++
		}
		s.mu.Unlock()
	}))
	t.Cleanup(s.srv.Close)
	return s
}

// statusRecorder notes the status a handler sent.
type statusRecorder struct {
	http.ResponseWriter
	code     int
	hijacked bool
}

func (r *statusRecorder) WriteHeader(code int) {
	if r.code == 0 {
		r.code = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	if r.code == 0 {
		r.code = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

func (r *statusRecorder) Flush() { r.ResponseWriter.(http.Flusher).Flush() }

func (r *statusRecorder) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	r.hijacked = true
	return r.ResponseWriter.(http.Hijacker).Hijack()
}

func (s *site) counts() map[string]counts {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]counts{}
	for k, v := range s.seen {
		out[k] = *v
	}
	return out
}

func (s *site) reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seen = map[string]*counts{}
}

func testOptions() Options {
	return Options{
		Jobs: 2,
		Fetch: corpus.FetchOptions{
			AllowPrivate: true, // the site is on loopback
			BaseBackoff:  time.Millisecond, MaxBackoff: time.Millisecond,
			UserAgent: UserAgent("test", "ops@example.org"),
		},
	}
}

func (s *site) index() Index {
	return Index{
		URL:    s.srv.URL + "/session/",
		Match:  regexp.MustCompile(`/(docs|private|deep)/[^/]+\.(pdf|html)$`),
		Follow: regexp.MustCompile(`/session/\?page=\d+$`),
		Depth:  1,
	}
}

func outcomes(rep *Report, prefix string) map[string]string {
	out := map[string]string{}
	for _, r := range rep.Results {
		out[strings.TrimPrefix(r.URL, prefix)] = r.Outcome
	}
	return out
}

func TestPullIndexThenRevalidate(t *testing.T) {
	s := newSite(t)
	store, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	p := New(store, testOptions())
	defer p.Close()
	ctx := context.Background()

	reqs, err := p.Crawl(ctx, s.index())
	if err != nil {
		t.Errorf("Crawl: %v", err)
	}
	var got []string
	for _, r := range reqs {
		got = append(got, strings.TrimPrefix(r.URL, s.srv.URL))
	}
	// Depth 1 reaches page 2 but not page 3; the external link is off-site;
	// the fragment is dropped and the duplicate of a.pdf kept once.
	want := []string{"/docs/a.pdf", "/docs/b.pdf", "/private/c.pdf", "/docs/slow.html", "/docs/drop.pdf"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("Crawl documents (-want +got):\n%s", diff)
	}

	rep, err := p.Pull(ctx, reqs)
	if !errors.Is(err, ErrSomeFailed) {
		t.Errorf("first Pull error = %v, want ErrSomeFailed (robots.txt refuses /private/)", err)
	}
	wantOut := map[string]string{
		"/docs/a.pdf": Fetched, "/docs/b.pdf": Fetched, "/private/c.pdf": Failed,
		"/docs/slow.html": Fetched, "/docs/drop.pdf": Fetched,
	}
	if diff := cmp.Diff(wantOut, outcomes(rep, s.srv.URL)); diff != "" {
		t.Errorf("first Pull outcomes (-want +got):\n%s", diff)
	}
	for _, r := range rep.Results {
		if r.Outcome == Failed && !errors.Is(r.Err, ErrRobots) {
			t.Errorf("%s failed with %v, want ErrRobots", r.URL, r.Err)
		}
	}
	c := s.counts()
	for _, d := range []string{"/docs/a.pdf", "/docs/b.pdf", "/docs/slow.html", "/docs/drop.pdf"} {
		if c[d].Full != 1 {
			t.Errorf("%s: served in full %d times, want 1", d, c[d].Full)
		}
	}
	if s.drops != 2 {
		t.Errorf("/docs/drop.pdf answered %d times, want 2: cut once, then whole", s.drops)
	}
	if n := c["/private/c.pdf"]; n != (counts{}) {
		t.Errorf("/private/c.pdf was requested (%+v) although robots.txt disallows it", n)
	}
	if c["/deep/e.pdf"] != (counts{}) {
		t.Errorf("/deep/e.pdf was requested, beyond --depth 1")
	}
	if !s.ua["gbtrack/test (+ops@example.org)"] {
		t.Errorf("User-Agents seen %v, want gbtrack/test (+ops@example.org)", s.ua)
	}
	m, ok := store.Meta(s.srv.URL + "/docs/b.pdf")
	if !ok {
		t.Fatal("b.pdf not complete in the store")
	}
	if m.ETag != "" || m.LastModified != modTime.Format(http.TimeFormat) || m.Format != corpus.FormatPDF || m.Status != 200 {
		t.Errorf("b.pdf sidecar = %+v, want no ETag, Last-Modified %s, pdf, 200", m, modTime.Format(http.TimeFormat))
	}

	// The second pull asks only conditionally and gets 304s, except for b.pdf: it has only
	// Last-Modified, months old, so it is heuristically fresh (RFC 9111 §4.2.2) and not asked.
	s.reset()
	ok2 := reqs[:0:0]
	for _, r := range reqs {
		if !strings.Contains(r.URL, "/private/") {
			ok2 = append(ok2, r)
		}
	}
	// A URL named twice, spelled two ways, is asked for once.
	ok2 = append(ok2, Request{URL: strings.Replace(ok2[0].URL, "http://", "HTTP://", 1) + "#page=2"})
	rep, err = p.Pull(ctx, ok2)
	if err != nil {
		t.Fatalf("second Pull: %v", err)
	}
	for _, r := range rep.Results {
		want := NotModified
		if strings.HasSuffix(r.URL, "/docs/b.pdf") {
			want = Fresh
		}
		if r.Outcome != want {
			t.Errorf("second Pull %s = %s, want %s", r.URL, r.Outcome, want)
		}
	}
	for path, n := range s.counts() {
		if path == "/robots.txt" {
			continue
		}
		if path == "/docs/b.pdf" {
			t.Errorf("second Pull asked for /docs/b.pdf (%+v), which is still fresh", n)
			continue
		}
		if n.Full != 0 || n.Conditional != 1 || n.NotModified != 1 {
			t.Errorf("second Pull %s: %+v, want one conditional request answered 304", path, n)
		}
	}

	// --revalidate asks again for every document, conditionally.
	s.reset()
	rp := New(store, func() Options { o := testOptions(); o.Revalidate = true; return o }())
	defer rp.Close()
	if rep, err = rp.Pull(ctx, ok2); err != nil {
		t.Fatalf("Pull with Revalidate: %v", err)
	}
	for _, r := range rep.Results {
		if r.Outcome != NotModified {
			t.Errorf("Pull with Revalidate %s = %s, want %s", r.URL, r.Outcome, NotModified)
		}
	}
	for path, n := range s.counts() {
		if path != "/robots.txt" && (n.Full != 0 || n.Conditional != 1 || n.NotModified != 1) {
			t.Errorf("Pull with Revalidate %s: %+v, want one conditional request answered 304", path, n)
		}
	}
}

func TestPullResumesAfterInterruption(t *testing.T) {
	s := newSite(t)
	dir := t.TempDir()
	store, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	opts := testOptions()
	opts.Jobs = 1 // in order: a, then b, where the pull is interrupted
	reqs := []Request{{URL: s.srv.URL + "/docs/a.pdf"}, {URL: s.srv.URL + "/docs/b.pdf"}, {URL: s.srv.URL + "/docs/slow.html"}}

	ctx, cancel := context.WithCancel(context.Background())
	s.block = func(r *http.Request) {
		cancel()
		<-r.Context().Done()
	}
	p := New(store, opts)
	rep, err := p.Pull(ctx, reqs)
	p.Close()
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted Pull error = %v, want context.Canceled", err)
	}
	if got := outcomes(rep, s.srv.URL)["/docs/a.pdf"]; got != Fetched {
		t.Fatalf("a.pdf = %s before the interruption, want fetched", got)
	}
	if _, err := os.Stat(dir + "/" + stateFile); err != nil {
		t.Fatalf("interrupted Pull left no %s: %v", stateFile, err)
	}
	if _, ok := store.Meta(reqs[1].URL); ok {
		t.Fatal("b.pdf is complete in the store after its fetch was interrupted")
	}

	s.block = nil
	s.reset()
	p = New(store, opts)
	defer p.Close()
	rep, err = p.Pull(context.Background(), reqs)
	if err != nil {
		t.Fatalf("resumed Pull: %v", err)
	}
	want := map[string]string{"/docs/a.pdf": Resumed, "/docs/b.pdf": Fetched, "/docs/slow.html": Fetched}
	if diff := cmp.Diff(want, outcomes(rep, s.srv.URL)); diff != "" {
		t.Errorf("resumed Pull outcomes (-want +got):\n%s", diff)
	}
	if n := s.counts()["/docs/a.pdf"]; n != (counts{}) {
		t.Errorf("resumed Pull asked for a.pdf again: %+v", n)
	}
	if _, err := os.Stat(dir + "/" + stateFile); !os.IsNotExist(err) {
		t.Errorf("finished Pull left %s behind (err %v)", stateFile, err)
	}
}

func TestStoreRefusesIncompleteEntries(t *testing.T) {
	const u = "http://example.org/doc.pdf"
	tests := []struct {
		name  string
		setup func(t *testing.T, s *Store)
	}{
		{"body without sidecar", func(t *testing.T, s *Store) {
			os.Remove(s.MetaPath(u))
		}},
		{"body cut short", func(t *testing.T, s *Store) {
			os.WriteFile(s.BodyPath(u), pdf("x")[:5], 0o644)
		}},
		{"body edited, same size", func(t *testing.T, s *Store) {
			b := pdf("x")
			b[len(b)-2] ^= 1
			os.WriteFile(s.BodyPath(u), b, 0o644)
		}},
		{"sidecar for another URL", func(t *testing.T, s *Store) {
			m, _ := s.readMeta(u)
			m.URL = "http://example.org/other.pdf"
			s.putMeta(u, m)
		}},
		{"sidecar garbled", func(t *testing.T, s *Store) {
			os.WriteFile(s.MetaPath(u), []byte("{"), 0o644)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := OpenStore(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			data := pdf("x")
			if err := s.put(u, data, &Meta{URL: u, Size: int64(len(data)), SHA256: sha256Hex(data)}); err != nil {
				t.Fatal(err)
			}
			if _, ok := s.Meta(u); !ok {
				t.Fatal("Meta of a complete entry: miss")
			}
			tt.setup(t, s)
			if m, ok := s.Meta(u); ok {
				t.Errorf("Meta after %s = %+v, want a miss", tt.name, m)
			}
		})
	}
}

func TestKey(t *testing.T) {
	same := [][2]string{
		{"HTTP://Example.org:80/a.pdf", "http://example.org/a.pdf"},
		{"https://example.org:443/a.pdf#page=2", "https://example.org/a.pdf"},
		{"http://example.org", "http://example.org/"},
	}
	for _, p := range same {
		if Key(p[0]) != Key(p[1]) {
			t.Errorf("Key(%q) != Key(%q), want one entry", p[0], p[1])
		}
	}
	if Key("http://example.org/a.pdf") == Key("http://example.org/a.pdf?v=2") {
		t.Error("Key ignores the query; two documents would share an entry")
	}
}

func TestUserAgent(t *testing.T) {
	tests := []struct{ version, contact, want string }{
		{"1.0", "", "gbtrack/1.0"},
		{"1.0", "https://example.org/bot", "gbtrack/1.0 (+https://example.org/bot)"},
		{"1.0", "a\r\nX-Evil: 1 (b)", "gbtrack/1.0 (+aX-Evil: 1 b)"},
	}
	for _, tt := range tests {
		if got := UserAgent(tt.version, tt.contact); got != tt.want {
			t.Errorf("UserAgent(%q, %q) = %q, want %q", tt.version, tt.contact, got, tt.want)
		}
	}
}

func TestRemoveStaleTemps(t *testing.T) {
	s, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	const u = "http://example.org/a.pdf"
	data := pdf("a")
	if err := s.put(u, data, &Meta{URL: u, Size: int64(len(data)), SHA256: sha256Hex(data)}); err != nil {
		t.Fatal(err)
	}
	dir := s.BodyPath(u)[:strings.LastIndexByte(s.BodyPath(u), '/')]
	old, fresh := dir+"/.x.body.tmp-1", dir+"/.x.body.tmp-2"
	for _, f := range []string{old, fresh} {
		if err := os.WriteFile(f, []byte("partial"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Now()
	os.Chtimes(old, now.Add(-48*time.Hour), now.Add(-48*time.Hour))
	s.removeStaleTemps(now.Add(-staleTemp))
	tests := []struct {
		path   string
		exists bool
	}{
		{old, false}, {fresh, true}, {s.BodyPath(u), true}, {s.MetaPath(u), true},
	}
	for _, tt := range tests {
		if _, err := os.Stat(tt.path); (err == nil) != tt.exists {
			t.Errorf("after removeStaleTemps, %s exists = %v, want %v", tt.path, err == nil, tt.exists)
		}
	}
}
