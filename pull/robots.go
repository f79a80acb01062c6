package pull

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"sync"
	"time"

	"github.com/temoto/robotstxt"

	"gbtrack/corpus"
)

// Agent is the product token robots.txt groups are matched against.
const Agent = "gbtrack"

// ErrRobots: the site's robots.txt disallows the path for gbtrack.
var ErrRobots = errors.New("disallowed by robots.txt")

// robots fetches each host's robots.txt once per pull and answers whether
// a URL may be fetched. The rules are those of RFC 9309 as the temoto
// parser reads them: a 4xx answer allows everything, a 5xx answer or an
// unreachable server disallows everything (§2.3.1.3-4).
type robots struct {
	f  *corpus.Fetcher
	mu sync.Mutex
	m  map[string]*robotsEntry
}

type robotsEntry struct {
	once  sync.Once
	group *robotstxt.Group // nil: disallow all
	err   error            // why robots.txt could not be read, when it could not
}

// maxCrawlDelay caps the Crawl-delay honoured.
const maxCrawlDelay = 60 * time.Second

func newRobots(f *corpus.Fetcher) *robots {
	return &robots{f: f, m: make(map[string]*robotsEntry)}
}

// check returns nil when u may be fetched, ErrRobots when robots.txt
// disallows it, and the reason, wrapping ErrRobots, when robots.txt could
// not be read at all (a refused private address, a dead server).
func (r *robots) check(ctx context.Context, u *url.URL, listed bool) error {
	origin := u.Scheme + "://" + u.Host
	// A listed URL's robots.txt is fetched under the listed rules (no
	// private address unless allowed), a named one's under the named
	// rules: one must not decide for the other.
	key := fmt.Sprintf("%s listed=%v", origin, listed)
	r.mu.Lock()
	e := r.m[key]
	if e == nil {
		e = &robotsEntry{}
		r.m[key] = e
	}
	r.mu.Unlock()
	e.once.Do(func() {
		res, err := r.f.GetConditional(ctx, corpus.Source{Ref: origin + "/robots.txt", Kind: corpus.KindURL, Listed: listed}, corpus.Validators{})
		var data *robotstxt.RobotsData
		var se *corpus.StatusError
		switch {
		case err == nil:
			data, err = robotstxt.FromStatusAndBytes(res.Status, res.Data)
		case errors.As(err, &se):
			data, err = robotstxt.FromStatusAndBytes(se.Code, nil)
		}
		if err != nil {
			e.err = fmt.Errorf("%w: robots.txt unreadable: %w", ErrRobots, err)
		} else if data != nil {
			e.group = data.FindGroup(Agent)
			if d := e.group.CrawlDelay; d > 0 {
				// Crawl-delay (not in RFC 9309, but widely written)
				// asks for seconds between requests; capped so that a
				// hostile value cannot stall a pull for good.
				r.f.SlowHost(u, 1/min(d, maxCrawlDelay).Seconds())
			}
		}
	})
	if e.err != nil {
		return e.err
	}
	if e.group == nil {
		return ErrRobots
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	if !e.group.Test(p) {
		return ErrRobots
	}
	return nil
}
