package pull

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFreshness pulls one document from a loopback server again and again with a clock moved
// forward, and checks what each pull asks: nothing while the stored copy is fresh, a
// conditional request once stale, a full one after no-store.
func TestFreshness(t *testing.T) {
	type step struct {
		after   time.Duration // since the first pull
		outcome string
		asked   string // "", "conditional" or "full"
	}
	base := time.Now()
	tests := []struct {
		name   string
		header func() http.Header // the response's fields besides ETag
		steps  []step
	}{
		{"max-age", hdr("Cache-Control", "max-age=3600"), []step{
			{10 * time.Minute, Fresh, ""},
			{2 * time.Hour, NotModified, "conditional"},
			// the 304 repeats max-age: fresh again for an hour from then
			{2*time.Hour + 10*time.Minute, Fresh, ""},
		}},
		{"s-maxage is for shared caches", hdr("Cache-Control", "s-maxage=3600"), []step{
			{time.Minute, NotModified, "conditional"},
		}},
		{"Expires", func() http.Header { return hdr("Expires", base.Add(time.Hour).UTC().Format(http.TimeFormat))() }, []step{
			{10 * time.Minute, Fresh, ""},
			{2 * time.Hour, NotModified, "conditional"},
		}},
		{"invalid Expires is past", hdr("Expires", "0"), []step{
			{time.Minute, NotModified, "conditional"},
		}},
		{"max-age wins over Expires", func() http.Header {
			h := hdr("Cache-Control", "max-age=60")()
			h.Set("Expires", base.Add(24*time.Hour).UTC().Format(http.TimeFormat))
			return h
		}, []step{
			{10 * time.Minute, NotModified, "conditional"},
		}},
		{"heuristic from an old Last-Modified: a day at most", hdr("Last-Modified", base.Add(-30*24*time.Hour).UTC().Format(http.TimeFormat)), []step{
			{10 * time.Minute, Fresh, ""},
			{23 * time.Hour, Fresh, ""},
			{25 * time.Hour, NotModified, "conditional"},
		}},
		{"heuristic from a recent Last-Modified: a tenth of its age", hdr("Last-Modified", base.Add(-time.Hour).UTC().Format(http.TimeFormat)), []step{
			{3 * time.Minute, Fresh, ""},
			{10 * time.Minute, NotModified, "conditional"},
		}},
		{"no freshness at all", hdr("X-None", "1"), []step{
			{time.Second, NotModified, "conditional"},
		}},
		{"no-cache", hdr("Cache-Control", "no-cache, max-age=3600"), []step{
			{time.Minute, NotModified, "conditional"},
		}},
		{"no-store", hdr("Cache-Control", "no-store, max-age=3600"), []step{
			{time.Minute, Fetched, "full"},
		}},
		{"Age spent upstream", func() http.Header {
			h := hdr("Cache-Control", "max-age=3600")()
			h.Set("Age", "3590")
			return h
		}, []step{
			{time.Minute, NotModified, "conditional"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mu sync.Mutex
			var asked []string
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" {
					http.NotFound(w, r)
					return
				}
				for k, v := range tt.header() {
					w.Header()[k] = v
				}
				w.Header().Set("ETag", `"v1"`)
				mu.Lock()
				if r.Header.Get("If-None-Match") != "" || r.Header.Get("If-Modified-Since") != "" {
					asked = append(asked, "conditional")
				} else {
					asked = append(asked, "full")
				}
				mu.Unlock()
				if r.Header.Get("If-None-Match") == `"v1"` {
					w.WriteHeader(http.StatusNotModified)
					return
				}
				w.Write(pdf("fresh"))
			}))
			defer srv.Close()
			store, err := OpenStore(t.TempDir())
			require.NoError(t, err)
			now := base
			opts := testOptions()
			opts.Now = func() time.Time { return now }
			p := New(store, opts)
			defer p.Close()
			ctx := context.Background()
			reqs := []Request{{URL: srv.URL + "/doc.pdf"}}
			rep, err := p.Pull(ctx, reqs)
			require.NoError(t, err)
			require.Equal(t, Fetched, rep.Results[0].Outcome, "first pull")
			for _, st := range tt.steps {
				mu.Lock()
				asked = nil
				mu.Unlock()
				now = base.Add(st.after)
				rep, err := p.Pull(ctx, reqs)
				require.NoError(t, err, "pull after %v", st.after)
				assert.Equal(t, st.outcome, rep.Results[0].Outcome, "pull after %v", st.after)
				var want []string
				if st.asked != "" {
					want = []string{st.asked}
				}
				mu.Lock()
				assert.Equal(t, want, asked, "requests of the pull after %v", st.after)
				mu.Unlock()
			}
		})
	}
}

func hdr(k, v string) func() http.Header {
	return func() http.Header { return http.Header{http.CanonicalHeaderKey(k): {v}} }
}

// TestFreshFor checks the decision alone, at a fixed instant.
func TestFreshFor(t *testing.T) {
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	date := now.Format(http.TimeFormat)
	tests := []struct {
		name   string
		header http.Header
		status int
		want   freshness
	}{
		{"max-age", http.Header{"Cache-Control": {"max-age=600"}, "Date": {date}}, 200, freshness{Until: now.Add(10 * time.Minute)}},
		{"Expires minus Date", http.Header{"Expires": {now.Add(time.Hour).Format(http.TimeFormat)}, "Date": {date}}, 200, freshness{Until: now.Add(time.Hour)}},
		{"heuristic", http.Header{"Last-Modified": {now.Add(-10 * time.Hour).Format(http.TimeFormat)}}, 200, freshness{Until: now.Add(time.Hour)}},
		{"no heuristic for 302", http.Header{"Last-Modified": {now.Add(-10 * time.Hour).Format(http.TimeFormat)}}, 302, freshness{}},
		{"no-store", http.Header{"Cache-Control": {"no-store"}}, 200, freshness{NoStore: true}},
		{"private is ours", http.Header{"Cache-Control": {"private, max-age=60"}}, 200, freshness{Until: now.Add(time.Minute)}},
		{"unreadable directive", http.Header{"Cache-Control": {`max-age="`}}, 200, freshness{}},
	}
	for _, tt := range tests {
		got := freshFor(tt.header, tt.status, now)
		assert.Equal(t, tt.want, got, "freshFor(%s)", tt.name)
	}
}

// FuzzFreshFor: the header fields come from any server; no value makes freshFor panic, and a
// response is never fresh past a day without explicit freshness.
func FuzzFreshFor(f *testing.F) {
	f.Add("max-age=60", "", "", "")
	f.Add("no-cache", "0", "Sun, 29 Nov 2026 12:00:00 GMT", "10")
	f.Add("", "", "", "-1")
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, cc, expires, lastModified, age string) {
		h := http.Header{"Cache-Control": {cc}, "Expires": {expires}, "Last-Modified": {lastModified}, "Age": {age}}
		got := freshFor(h, 200, now)
		if cc == "" && expires == "" && got.Until.After(now.Add(24*time.Hour)) {
			t.Fatalf("heuristic freshness %v past a day", got.Until.Sub(now))
		}
	})
}
