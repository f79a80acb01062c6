package corpus

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sync/atomic"
	"testing"
	"time"
)

func TestGetConditional(t *testing.T) {
	lastMod := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC).Format(http.TimeFormat)
	tests := []struct {
		name      string
		handler   func(calls int32) http.HandlerFunc
		v         Validators
		status    int // want; 0 when an error is wanted
		body      string
		etag, lm  string
		wantErr   error
		wantCode  int // of a *StatusError, when one is wanted
		wantCalls int32
	}{
		{
			name: "ETag matches: 304, validators kept",
			handler: func(int32) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					if r.Header.Get("If-None-Match") == `"v1"` {
						w.WriteHeader(http.StatusNotModified)
						return
					}
					w.Write([]byte(tinyPDF))
				}
			},
			v: Validators{ETag: `"v1"`, LastModified: lastMod}, status: 304, etag: `"v1"`, lm: lastMod, wantCalls: 1,
		},
		{
			name: "Last-Modified only: If-Modified-Since sent verbatim",
			handler: func(int32) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					if r.Header.Get("If-None-Match") != "" {
						t.Errorf("If-None-Match sent without an ETag")
					}
					if r.Header.Get("If-Modified-Since") == lastMod {
						w.WriteHeader(http.StatusNotModified)
						return
					}
					w.Write([]byte(tinyPDF))
				}
			},
			v: Validators{LastModified: lastMod}, status: 304, lm: lastMod, wantCalls: 1,
		},
		{
			name: "changed: 200 with the new body and validators",
			handler: func(int32) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("ETag", `"v2"`)
					w.Header().Set("Content-Type", "application/pdf; qs=1")
					w.Write([]byte(tinyPDF))
				}
			},
			v: Validators{ETag: `"v1"`}, status: 200, body: tinyPDF, etag: `"v2"`, wantCalls: 1,
		},
		{
			name: "body cut short is retried",
			handler: func(n int32) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Length", fmt.Sprint(len(tinyPDF)))
					if n == 1 {
						w.Write([]byte(tinyPDF[:10]))
						w.(http.Flusher).Flush()
						if c, _, err := w.(http.Hijacker).Hijack(); err == nil {
							c.Close()
						}
						return
					}
					w.Write([]byte(tinyPDF))
				}
			},
			status: 200, body: tinyPDF, wantCalls: 2,
		},
		{
			name: "404 is final",
			handler: func(int32) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) }
			},
			wantCode: 404, wantCalls: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var calls atomic.Int32
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				tt.handler(calls.Add(1))(w, r)
			})
			f := NewFetcher(testOptions(&fakeClock{}))
			defer f.Close()
			res, err := f.GetConditional(context.Background(), Source{Ref: srv.URL + "/d.pdf", Kind: KindURL}, tt.v)
			if got := calls.Load(); got != tt.wantCalls {
				t.Errorf("GetConditional made %d requests, want %d", got, tt.wantCalls)
			}
			if tt.wantCode != 0 {
				var se *StatusError
				if !errors.As(err, &se) || se.Code != tt.wantCode {
					t.Fatalf("GetConditional error = %v, want HTTP %d", err, tt.wantCode)
				}
				return
			}
			if err != nil {
				t.Fatalf("GetConditional: %v", err)
			}
			if res.Status != tt.status || string(res.Data) != tt.body || res.ETag != tt.etag || res.LastModified != tt.lm {
				t.Errorf("GetConditional = status %d, body %q, ETag %q, Last-Modified %q; want %d, %q, %q, %q",
					res.Status, res.Data, res.ETag, res.LastModified, tt.status, tt.body, tt.etag, tt.lm)
			}
			if res.Status == 200 && res.FinalURL != srv.URL+"/d.pdf" {
				t.Errorf("FinalURL = %q, want %q", res.FinalURL, srv.URL+"/d.pdf")
			}
		})
	}
}

func TestGetConditionalRefusesListedPrivate(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { t.Error("a listed private URL was requested") })
	o := testOptions(&fakeClock{})
	o.AllowPrivate = false
	f := NewFetcher(o)
	defer f.Close()
	_, err := f.GetConditional(context.Background(), Source{Ref: srv.URL, Kind: KindURL, Listed: true}, Validators{})
	if !errors.Is(err, ErrPrivate) {
		t.Errorf("GetConditional(listed %s) error = %v, want ErrPrivate", srv.URL, err)
	}
}

func TestHostLimiterRate(t *testing.T) {
	tests := []struct {
		name      string
		perSecond float64
		wantRate  bool
	}{
		{"no rate", 0, false},
		{"a rate", 1000, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHostLimiter(1, tt.perSecond)
			u, _ := url.Parse("http://Example.org:80/x")
			for i := 0; i < 2; i++ {
				release, err := h.acquire(context.Background(), u)
				if err != nil {
					t.Fatalf("acquire %d: %v", i, err)
				}
				release()
			}
			if lim := h.rates["example.org:80"]; (lim != nil) != tt.wantRate || lim != nil && float64(lim.Limit()) != tt.perSecond {
				t.Errorf("newHostLimiter(1, %v): limiter for the host = %v, want one: %v", tt.perSecond, lim, tt.wantRate)
			}
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			if _, err := h.acquire(ctx, u); err == nil {
				t.Errorf("acquire with a cancelled context succeeded")
			}
		})
	}
}

func TestHostLimiterSlow(t *testing.T) {
	u, _ := url.Parse("https://example.org/robots.txt")
	tests := []struct {
		name       string
		configured float64 // the Fetcher's HostRate
		slowTo     []float64
		want       float64 // the host's rate after; 0: none
	}{
		{"no rate, a crawl delay sets one", 0, []float64{0.5}, 0.5},
		{"slower than configured wins", 2, []float64{0.1}, 0.1},
		{"faster than configured is ignored", 0.5, []float64{10}, 0.5},
		{"never sped up again", 0, []float64{0.1, 1}, 0.1},
		{"zero is ignored", 0, []float64{0}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHostLimiter(1, tt.configured)
			if tt.configured > 0 {
				release, err := h.acquire(context.Background(), u)
				if err != nil {
					t.Fatal(err)
				}
				release()
			}
			for _, r := range tt.slowTo {
				h.slow(u, r)
			}
			got := 0.0
			if lim := h.rates[hostKey(u)]; lim != nil {
				got = float64(lim.Limit())
			}
			if got != tt.want {
				t.Errorf("rate after slow(%v) with HostRate %v = %v, want %v", tt.slowTo, tt.configured, got, tt.want)
			}
		})
	}
}
