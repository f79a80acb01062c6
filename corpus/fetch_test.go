package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const tinyPDF = "%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"

// fakeClock records the waits a Fetcher asks for and returns at once, so
// retry tests take no wall time.
type fakeClock struct {
	mu    sync.Mutex
	waits []time.Duration
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	c.waits = append(c.waits, d)
	c.mu.Unlock()
	return ctx.Err()
}

func (c *fakeClock) Waits() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Duration(nil), c.waits...)
}

// testOptions keeps every limit small so failing servers fail fast.
func testOptions(clock *fakeClock) FetchOptions {
	return FetchOptions{
		MaxBytes:       1 << 16,
		ConnectTimeout: time.Second,
		HeaderTimeout:  300 * time.Millisecond,
		RequestTimeout: 600 * time.Millisecond,
		MaxAttempts:    3,
		BaseBackoff:    10 * time.Millisecond,
		MaxBackoff:     40 * time.Millisecond,
		MaxRetryAfter:  5 * time.Second,
		MaxRedirects:   3,
		PerHost:        2,
		AllowPrivate:   true,                                           // the test servers listen on loopback
		Jitter:         func(time.Duration) time.Duration { return 0 }, // waits are the lower half: base/2, base, ...
		Sleep:          clock.Sleep,
	}
}

func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func fetchURL(t *testing.T, f *Fetcher, u string) (*Fetched, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return f.Fetch(ctx, Source{Ref: u, Kind: KindURL})
}

func TestFetchRetries(t *testing.T) {
	tests := []struct {
		name         string
		codes        []int  // status per request; the last repeats
		retryAfter   string // header sent with failures
		wantErr      bool
		wantRequests int
		wantWaits    []time.Duration
		wantCode     int
	}{
		{"503 then 200", []int{503, 200}, "", false, 2, []time.Duration{5 * time.Millisecond}, 0},
		{"500 502 then 200", []int{500, 502, 200}, "", false, 3, []time.Duration{5 * time.Millisecond, 10 * time.Millisecond}, 0},
		{"429 retry-after honoured", []int{429, 200}, "1", false, 2, []time.Duration{time.Second}, 0},
		{"429 retry-after past the cap fails at once", []int{429, 200}, "3600", true, 1, nil, 429},
		{"429 retry-after at the cap", []int{429, 200}, "5", false, 2, []time.Duration{5 * time.Second}, 0},
		{"503 always gives up", []int{503}, "", true, 3, []time.Duration{5 * time.Millisecond, 10 * time.Millisecond}, 503},
		{"404 not retried", []int{404}, "", true, 1, nil, 404},
		{"403 not retried", []int{403}, "", true, 1, nil, 403},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var n atomic.Int32
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				i := int(n.Add(1)) - 1
				code := tt.codes[min(i, len(tt.codes)-1)]
				if code != 200 {
					if tt.retryAfter != "" {
						w.Header().Set("Retry-After", tt.retryAfter)
					}
					http.Error(w, "nope", code)
					return
				}
				w.Header().Set("Content-Type", "application/pdf")
				io.WriteString(w, tinyPDF)
			})
			clock := &fakeClock{}
			f := NewFetcher(testOptions(clock))
			got, err := fetchURL(t, f, srv.URL+"/doc.pdf")
			if tt.wantErr != (err != nil) {
				t.Fatalf("Fetch(%s) error = %v, want error %v", tt.name, err, tt.wantErr)
			}
			if int(n.Load()) != tt.wantRequests {
				t.Errorf("Fetch(%s) made %d requests, want %d", tt.name, n.Load(), tt.wantRequests)
			}
			if w := clock.Waits(); fmt.Sprint(w) != fmt.Sprint(tt.wantWaits) {
				t.Errorf("Fetch(%s) waited %v, want %v", tt.name, w, tt.wantWaits)
			}
			if err != nil {
				var se *StatusError
				if !errors.As(err, &se) || se.Code != tt.wantCode {
					t.Errorf("Fetch(%s) error %v, want a StatusError %d", tt.name, err, tt.wantCode)
				}
				return
			}
			if string(got.Data) != tinyPDF || got.Format != FormatPDF || got.ContentType != "application/pdf" {
				t.Errorf("Fetch(%s) = %q %q %q, want the PDF", tt.name, got.Data, got.Format, got.ContentType)
			}
		})
	}
}

// A server that drops the connection before answering is tried again.
func TestFetchRetriesDroppedConnection(t *testing.T) {
	var n atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) == 1 {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		io.WriteString(w, tinyPDF)
	})
	clock := &fakeClock{}
	got, err := fetchURL(t, NewFetcher(testOptions(clock)), srv.URL+"/a.pdf")
	if err != nil || got.Format != FormatPDF {
		t.Fatalf("Fetch(dropped once) = %v, %v; want the PDF", got, err)
	}
	if n.Load() != 2 || len(clock.Waits()) != 1 {
		t.Errorf("Fetch(dropped once) made %d requests and %d waits, want 2 and 1", n.Load(), len(clock.Waits()))
	}
}

// A cancelled context stops the retry loop instead of waiting it out.
func TestFetchCancelDuringBackoff(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { http.Error(w, "busy", 503) })
	opts := testOptions(&fakeClock{})
	opts.Sleep = nil // the real timer
	opts.BaseBackoff = time.Hour
	opts.MaxBackoff = time.Hour
	f := NewFetcher(opts)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	_, err := f.Fetch(ctx, Source{Ref: srv.URL, Kind: KindURL})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Fetch(cancelled during backoff) error = %v, want canceled", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Fetch(cancelled during backoff) took %v", d)
	}
}

func TestFetchFailures(t *testing.T) {
	block := make(chan struct{})
	t.Cleanup(func() { close(block) })
	big := strings.Repeat("x", 1<<17)
	tests := []struct {
		name    string
		handler http.HandlerFunc
		path    string
		wantErr error  // errors.Is target, when there is one
		wantMsg string // part of the message
	}{
		{
			name: "endless redirects",
			handler: func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, r.URL.Path+"x", http.StatusFound)
			},
			wantErr: ErrRedirect, wantMsg: "more than 3 redirects",
		},
		{
			name: "redirect to file scheme",
			handler: func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, "file:///etc/passwd", http.StatusMovedPermanently)
			},
			wantErr: ErrRedirect, wantMsg: `"file" URL`,
		},
		{
			name: "body larger than cap with length",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Length", fmt.Sprint(len(tinyPDF+big)))
				io.WriteString(w, tinyPDF+big)
			},
			wantErr: ErrTooLarge,
		},
		{
			name: "body larger than cap chunked",
			handler: func(w http.ResponseWriter, r *http.Request) {
				io.WriteString(w, tinyPDF)
				w.(http.Flusher).Flush()
				for range 4 {
					fmt.Fprint(w, big[:1<<15])
				}
			},
			wantErr: ErrTooLarge,
		},
		{
			name: "never sends headers",
			handler: func(w http.ResponseWriter, r *http.Request) {
				select {
				case <-r.Context().Done():
				case <-block:
				}
			},
			wantMsg: "timeout awaiting response headers",
		},
		{
			name: "slow body",
			handler: func(w http.ResponseWriter, r *http.Request) {
				io.WriteString(w, tinyPDF)
				w.(http.Flusher).Flush()
				select {
				case <-r.Context().Done():
				case <-block:
				}
			},
			wantErr: context.DeadlineExceeded, wantMsg: "longer than 600ms",
		},
		{
			name: "text served as pdf",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/pdf")
				fmt.Fprint(w, "Access denied. Please log in.")
			},
			wantErr: ErrUnknownFormat, wantMsg: `served as "application/pdf" but is a text file`,
		},
		{
			name: "empty body",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/pdf")
			},
			wantErr: ErrEmpty,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, tt.handler)
			f := NewFetcher(testOptions(&fakeClock{}))
			start := time.Now()
			got, err := fetchURL(t, f, srv.URL+"/doc.pdf")
			if err == nil {
				t.Fatalf("Fetch(%s) = %d bytes, want an error", tt.name, len(got.Data))
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("Fetch(%s) error = %v, want %v", tt.name, err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("Fetch(%s) error = %q, want it to say %q", tt.name, err, tt.wantMsg)
			}
			if !strings.Contains(err.Error(), srv.URL) {
				t.Errorf("Fetch(%s) error = %q does not name the URL", tt.name, err)
			}
			t.Logf("Fetch(%s) error: %v", tt.name, err)
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("Fetch(%s) took %v, the limits did not hold", tt.name, d)
			}
		})
	}
}

func TestFetchSniffsClaimedType(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf; qs=0.9")
		fmt.Fprint(w, "<!DOCTYPE html><html><body><p>Not a PDF</p></body></html>")
	})
	f := NewFetcher(testOptions(&fakeClock{}))
	got, err := fetchURL(t, f, srv.URL+"/report.pdf")
	if err != nil {
		t.Fatalf("Fetch(HTML served as PDF) error: %v", err)
	}
	if got.Format != FormatHTML || got.ContentType != "application/pdf" {
		t.Errorf("Fetch(HTML served as PDF) = format %q type %q, want html, application/pdf", got.Format, got.ContentType)
	}
	if len(got.SHA256) != 64 {
		t.Errorf("Fetch(HTML served as PDF) SHA256 = %q, want 64 hex digits", got.SHA256)
	}
}

func TestFetchRedactsCredentials(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/loop") {
			http.Redirect(w, r, r.URL.Path, http.StatusFound)
			return
		}
		http.NotFound(w, r)
	})
	closed := httptest.NewServer(http.NotFoundHandler())
	closedURL := closed.URL
	closed.Close()
	f := NewFetcher(testOptions(&fakeClock{}))
	for _, base := range []string{srv.URL + "/missing.pdf", srv.URL + "/loop", closedURL + "/x.pdf"} {
		u := strings.Replace(base, "http://", "http://alice:s3cr3t@", 1)
		_, err := fetchURL(t, f, u)
		if err == nil {
			t.Fatalf("Fetch(%s) = nil error, want one", base)
		}
		if msg := err.Error(); strings.Contains(msg, "s3cr3t") || strings.Contains(msg, "alice") {
			t.Errorf("Fetch(%s) error %q shows the credentials", base, msg)
		}
		var ce *Error
		if !errors.As(err, &ce) || ce.Source != base {
			t.Errorf("Fetch(%s) error source = %v, want the redacted URL", base, err)
		}
	}
}

func TestFetchPerHostLimit(t *testing.T) {
	var cur, peak atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		n := cur.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(30 * time.Millisecond)
		cur.Add(-1)
		io.WriteString(w, tinyPDF)
	})
	f := NewFetcher(testOptions(&fakeClock{}))
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for i := range errs {
		wg.Go(func() {
			_, errs[i] = fetchURL(t, f, fmt.Sprintf("%s/%d.pdf", srv.URL, i))
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("Fetch(%d.pdf) error: %v", i, err)
		}
	}
	if p := peak.Load(); p > 2 {
		t.Errorf("peak concurrent requests to one host = %d, want at most PerHost=2", p)
	} else if p < 2 {
		t.Logf("peak concurrent requests = %d: the limit was not reached (slow machine?)", p)
	}

	// Another Fetcher has its own limits: the semaphores are not global.
	g := NewFetcher(testOptions(&fakeClock{}))
	if f.hosts == g.hosts {
		t.Error("two Fetchers share a host limiter")
	}
}

func TestFetchFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	opts := testOptions(&fakeClock{})
	opts.MaxBytes = 1000
	f := NewFetcher(opts)
	tests := []struct {
		name       string
		ref        string
		wantFormat string
		wantErr    error
		wantMsg    string
	}{
		{"pdf", write("a.pdf", tinyPDF), FormatPDF, nil, ""},
		{"html named pdf", write("b.pdf", "<html><body>x"), FormatHTML, nil, ""},
		{"too large", write("c.pdf", tinyPDF+strings.Repeat(" ", 1000)), "", ErrTooLarge, ""},
		{"text", write("d.pdf", "hello"), "", ErrUnknownFormat, "a text file, not a PDF"},
		{"empty", write("e.html", ""), "", ErrEmpty, ""},
		{"missing", filepath.Join(dir, "nope.pdf"), "", os.ErrNotExist, ""},
		{"folder", dir, "", nil, "not a regular file"},
		{"file scheme", "file://" + filepath.Join(dir, "a.pdf"), "", ErrScheme, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := f.Fetch(context.Background(), Source{Ref: tt.ref, Kind: KindFile})
			if tt.wantFormat != "" {
				if err != nil || got.Format != tt.wantFormat || got.ContentType != "" {
					t.Fatalf("Fetch(%s) = %+v, %v; want format %q", tt.name, got, err, tt.wantFormat)
				}
				return
			}
			if err == nil {
				t.Fatalf("Fetch(%s) = nil error, want one", tt.name)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("Fetch(%s) error = %v, want %v", tt.name, err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("Fetch(%s) error = %q, want it to say %q", tt.name, err, tt.wantMsg)
			}
		})
	}
}

// A wait that would end after the caller's deadline is not begun: the fetch
// fails at once, saying so, instead of holding its slot until the deadline.
func TestFetchRetryPastDeadline(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "4")
		http.Error(w, "busy", 429)
	})
	clock := &fakeClock{}
	f := NewFetcher(testOptions(clock))
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	_, err := f.Fetch(ctx, Source{Ref: srv.URL + "/a.pdf", Kind: KindURL})
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "would pass the deadline") {
		t.Errorf("Fetch(Retry-After past the deadline) error = %v, want one saying the retry would pass the deadline", err)
	}
	if w := clock.Waits(); len(w) != 0 {
		t.Errorf("Fetch(Retry-After past the deadline) waited %v, want no wait", w)
	}
}

// Redirects and manifest entries that lead to loopback, link-local or
// private addresses are refused unless AllowPrivate; a URL the user names
// directly is fetched wherever it points.
func TestFetchRefusesPrivate(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/hop":
			http.Redirect(w, r, "/a.pdf", http.StatusFound)
		case "/meta":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data", http.StatusFound)
		default:
			io.WriteString(w, tinyPDF)
		}
	})
	tests := []struct {
		name    string
		src     Source
		allow   bool
		wantErr bool
	}{
		{"named directly", Source{Ref: srv.URL + "/a.pdf", Kind: KindURL}, false, false},
		{"redirect to loopback", Source{Ref: srv.URL + "/hop", Kind: KindURL}, false, true},
		{"redirect to link-local", Source{Ref: srv.URL + "/meta", Kind: KindURL}, false, true},
		{"manifest entry on loopback", Source{Ref: srv.URL + "/a.pdf", Kind: KindURL, Listed: true}, false, true},
		{"redirect allowed", Source{Ref: srv.URL + "/hop", Kind: KindURL}, true, false},
		{"manifest entry allowed", Source{Ref: srv.URL + "/a.pdf", Kind: KindURL, Listed: true}, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := testOptions(&fakeClock{})
			opts.AllowPrivate = tt.allow
			_, err := NewFetcher(opts).Fetch(context.Background(), tt.src)
			if tt.wantErr != errors.Is(err, ErrPrivate) {
				t.Errorf("Fetch(%s, allow private %v) error = %v, want ErrPrivate %v", tt.src, tt.allow, err, tt.wantErr)
			}
			if !tt.wantErr && err != nil {
				t.Errorf("Fetch(%s) error = %v", tt.src, err)
			}
		})
	}
}

func TestPrivateAddr(t *testing.T) {
	for _, tt := range []struct {
		addr string
		want bool
	}{
		{"127.0.0.1", true}, {"::1", true}, {"10.1.2.3", true}, {"172.16.0.1", true}, {"192.168.1.1", true},
		{"169.254.169.254", true}, {"fe80::1", true}, {"fd00::1", true}, {"100.64.0.1", true},
		{"0.0.0.0", true}, {"::ffff:127.0.0.1", true},
		{"8.8.8.8", false}, {"2001:4860:4860::8888", false}, {"172.32.0.1", false},
	} {
		if got := privateAddr(netip.MustParseAddr(tt.addr)); got != tt.want {
			t.Errorf("privateAddr(%s) = %v, want %v", tt.addr, got, tt.want)
		}
	}
}
