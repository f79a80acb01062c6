package pull

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"

	"gbtrack/corpus"
	"gbtrack/progress"
)

// Options tune a pull. The zero value is usable.
type Options struct {
	Fetch    corpus.FetchOptions // limits, retries, per-host concurrency and rate, User-Agent
	Jobs     int                 // documents pulled at once over all hosts; default 8
	Progress io.Writer           // plain progress lines; nil: silent
	Now      func() time.Time    // default time.Now
	// Revalidate asks again for every stored document, fresh or not (as a request's
	// Cache-Control: no-cache would, RFC 9111 §5.2.1.4): conditionally, a 304 keeping it.
	Revalidate bool
}

// UserAgent is the User-Agent gbtrack sends: "gbtrack/VERSION", followed by
// "(+CONTACT)" when a contact (a URL or mail address the site's operators
// can reach) is given, as RFC 9110 §10.1.5 suggests for automated clients.
func UserAgent(version, contact string) string {
	ua := Agent + "/" + version
	if c := strings.TrimSpace(contact); c != "" {
		ua += " (+" + strings.Map(func(r rune) rune {
			if r < 0x20 || r == 0x7f || r == '(' || r == ')' {
				return -1
			}
			return r
		}, c) + ")"
	}
	return ua
}

// Request is one document to pull.
type Request struct {
	URL    string
	Entry  *Entry // what a manifest said; nil for a URL named alone
	Listed bool   // named by a manifest or an index page rather than the user: must be public unless AllowPrivate
}

// Outcomes of one document.
const (
	Fetched     = "fetched"      // a body was downloaded and stored
	NotModified = "not-modified" // the server answered 304; the stored body is current
	Resumed     = "resumed"      // done by the interrupted pull this one resumes; not asked again
	Fresh       = "fresh"        // stored and still fresh by RFC 9111 (max-age, Expires, heuristic); not asked
	Failed      = "failed"
)

// Result is what happened to one Request.
type Result struct {
	URL     string // redacted
	Outcome string // Fetched, NotModified, Fresh, Resumed or Failed
	Meta    *Meta  // the stored entry; nil when Failed
	Err     error  // non-nil when Failed
}

// Report is a pull's results, in the order of its requests.
type Report struct {
	Results []Result
}

// Count returns how many results had outcome.
func (r *Report) Count(outcome string) int {
	n := 0
	for _, x := range r.Results {
		if x.Outcome == outcome {
			n++
		}
	}
	return n
}

// ErrSomeFailed: at least one document was not pulled; the others were.
var ErrSomeFailed = errors.New("some documents failed")

// statePath names the marker of a pull in progress.
const stateFile = "pull.state"

type state struct {
	Started time.Time `json:"started"` // UTC
}

// Puller pulls documents into a Store. One Puller serves one pull: it
// fetches each host's robots.txt once.
type Puller struct {
	store  *Store
	opts   Options
	f      *corpus.Fetcher
	robots *robots
}

// New returns a Puller into store.
func New(store *Store, opts Options) *Puller {
	if opts.Jobs <= 0 {
		opts.Jobs = 8
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	f := corpus.NewFetcher(opts.Fetch)
	return &Puller{store: store, opts: opts, f: f, robots: newRobots(f)}
}

// Close releases idle connections.
func (p *Puller) Close() { p.f.Close() }

// Pull fetches every request into the store, at most Jobs at once, and
// returns one Result a request, in order. A document already stored is
// revalidated (a 304 leaves it as it is); one stored by an interrupted pull
// since it began is not asked for again. The error is ErrSomeFailed when
// any document failed, or ctx's error when the pull was interrupted: the
// pull.state marker then stays so that the next pull resumes.
func (p *Puller) Pull(ctx context.Context, reqs []Request) (*Report, error) {
	since, err := p.begin()
	if err != nil {
		return nil, err
	}
	// A URL asked for twice (two manifests, a manifest and an index) is
	// pulled once; its later copies get the first one's result.
	first := make([]int, len(reqs))
	byKey := map[string]int{}
	var uniq int
	for i, r := range reqs {
		k := Key(r.URL)
		if j, ok := byKey[k]; ok {
			first[i] = j
			continue
		}
		byKey[k], first[i] = i, i
		uniq++
	}
	prog := progress.New(p.opts.Progress, false, p.opts.Now).Start("pull", uniq, "documents")
	rep := &Report{Results: make([]Result, len(reqs))}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(p.opts.Jobs)
	for i, r := range reqs {
		if first[i] != i {
			continue
		}
		g.Go(func() error {
			res, n := p.one(gctx, r, since)
			rep.Results[i] = res
			prog.Add(n, res.Outcome == Failed)
			return nil
		})
	}
	g.Wait()
	for i, j := range first {
		rep.Results[i] = rep.Results[j]
	}
	prog.Finish()
	if err := ctx.Err(); err != nil {
		return rep, err
	}
	if err := os.Remove(filepath.Join(p.store.dir, stateFile)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return rep, err
	}
	if rep.Count(Failed) > 0 {
		return rep, ErrSomeFailed
	}
	return rep, nil
}

// begin reads the marker an interrupted pull left, or writes a new one. It
// returns the interrupted pull's start, or the zero time.
func (p *Puller) begin() (time.Time, error) {
	path := filepath.Join(p.store.dir, stateFile)
	if b, err := os.ReadFile(path); err == nil {
		var s state
		if json.Unmarshal(b, &s) == nil && !s.Started.IsZero() {
			return s.Started, nil
		}
	}
	p.store.removeStaleTemps(p.opts.Now().Add(-staleTemp))
	b, _ := json.Marshal(state{Started: p.opts.Now().UTC()})
	return time.Time{}, corpus.WriteFileAtomic(path, append(b, '\n'), 0o644)
}

// noResume is the since of a pull that resumes nothing: every stored
// document is revalidated.
var noResume time.Time

// one pulls r and returns its result and the bytes transferred.
//
// BUG: robots.txt is checked for the URL asked for, not for the hosts its
// redirects lead to; and a body is held in memory (up to FetchOptions.MaxBytes)
// before it is written, rather than streamed to its temporary file.
func (p *Puller) one(ctx context.Context, r Request, since time.Time) (Result, int64) {
	res := Result{URL: corpus.Redact(r.URL), Outcome: Failed}
	fail := func(err error) (Result, int64) {
		res.Err = err
		return res, 0
	}
	u, err := url.Parse(r.URL)
	if err != nil || u.Host == "" {
		return fail(&corpus.Error{Source: res.URL, Op: "pull", Err: errors.New("malformed URL")})
	}
	old, have := p.store.Meta(r.URL)
	if have && !since.IsZero() && !old.CheckedAt.Before(since) {
		res.Outcome, res.Meta = Resumed, old
		return res, 0
	}
	if have && !p.opts.Revalidate && old.FreshUntil != nil && p.opts.Now().Before(*old.FreshUntil) {
		res.Outcome, res.Meta = Fresh, old
		return res, 0
	}
	if err := p.robots.check(ctx, u, r.Listed); err != nil {
		return fail(&corpus.Error{Source: res.URL, Op: "pull", Err: err})
	}
	var v corpus.Validators
	if have && !old.NoStore {
		v = corpus.Validators{ETag: old.ETag, LastModified: old.LastModified}
	}
	resp, err := p.f.GetConditional(ctx, corpus.Source{Ref: r.URL, Kind: corpus.KindURL, Listed: r.Listed}, v)
	if err != nil {
		return fail(err)
	}
	now := p.opts.Now().UTC()
	if resp.NotModified() {
		if !have {
			return fail(&corpus.Error{Source: res.URL, Op: "pull", Err: errors.New("304 Not Modified to an unconditional request")})
		}
		m := *old
		m.CheckedAt, m.ETag, m.LastModified = now, resp.ETag, resp.LastModified
		h := revalidated(old, resp.Header)
		m.CacheControl, m.Expires = h.Get("Cache-Control"), h.Get("Expires")
		m.setFreshness(freshFor(h, old.Status, now))
		if r.Entry != nil {
			m.Entry = r.Entry
		}
		if err := p.store.putMeta(r.URL, &m); err != nil {
			return fail(&corpus.Error{Source: res.URL, Op: "store", Err: err})
		}
		res.Outcome, res.Meta = NotModified, &m
		return res, 0
	}
	m := &Meta{
		URL: res.URL, FinalURL: resp.FinalURL, Status: resp.Status, ETag: resp.ETag,
		LastModified: resp.LastModified, ContentType: resp.ContentType, FetchedAt: now, CheckedAt: now,
		Size: int64(len(resp.Data)), SHA256: sha256Hex(resp.Data), Format: corpus.Sniff(resp.Data), Entry: r.Entry,
		CacheControl: resp.Header.Get("Cache-Control"), Expires: resp.Header.Get("Expires"),
	}
	m.setFreshness(freshFor(resp.Header, resp.Status, now))
	if err := p.store.put(r.URL, resp.Data, m); err != nil {
		return fail(&corpus.Error{Source: res.URL, Op: "store", Err: err})
	}
	res.Outcome, res.Meta = Fetched, m
	return res, m.Size
}

// Index describes an index page whose links name the documents.
type Index struct {
	URL    string
	Match  *regexp.Regexp // links to documents
	Follow *regexp.Regexp // links to more index pages (pagination); nil: none
	Depth  int            // how many Follow links deep from URL; 0: URL alone
	Hosts  []string       // other hosts links may lead to; the index's own is always allowed
}

// Crawl reads the index page and the pages it leads to (breadth first, each
// once, robots.txt honoured) and returns the documents they link to, in
// the order found, each once. Pages that fail are reported in the joined
// error; the documents found elsewhere are still returned.
func (p *Puller) Crawl(ctx context.Context, ix Index) ([]Request, error) {
	root, err := url.Parse(ix.URL)
	if err != nil || root.Host == "" {
		return nil, fmt.Errorf("--index %q: not an absolute URL", corpus.Redact(ix.URL))
	}
	hosts := map[string]bool{strings.ToLower(root.Host): true}
	for _, h := range ix.Hosts {
		hosts[strings.ToLower(strings.TrimSpace(h))] = true
	}
	allowed := func(u *url.URL) bool { return hosts[strings.ToLower(u.Host)] || hosts[strings.ToLower(u.Hostname())] }

	var out []Request
	var errs []error
	read := 0 // index pages read
	seenDoc := map[string]bool{}
	seenPage := map[string]bool{root.String(): true}
	level := []string{root.String()}
	for depth := 0; len(level) > 0 && depth <= ix.Depth; depth++ {
		var next []string
		for _, page := range level {
			if err := ctx.Err(); err != nil {
				return out, err
			}
			pu, _ := url.Parse(page)
			listed := depth > 0
			if err := p.robots.check(ctx, pu, listed); err != nil {
				errs = append(errs, &corpus.Error{Source: corpus.Redact(page), Op: "index", Err: err})
				continue
			}
			resp, err := p.f.GetConditional(ctx, corpus.Source{Ref: page, Kind: corpus.KindURL, Listed: listed}, corpus.Validators{})
			if err != nil {
				errs = append(errs, err)
				continue
			}
			read++
			base := pu
			if fu, err := url.Parse(resp.FinalURL); err == nil && fu.Host != "" {
				base = fu
			}
			links := ExtractLinks(resp.Data, base, ix.Match, ix.Follow, allowed)
			for _, d := range links.Docs {
				if k := Key(d); !seenDoc[k] {
					seenDoc[k] = true
					out = append(out, Request{URL: d, Listed: true})
				}
			}
			for _, pg := range links.Pages {
				if !seenPage[pg] {
					seenPage[pg] = true
					next = append(next, pg)
				}
			}
		}
		level = next
	}
	if p.opts.Progress != nil {
		fmt.Fprintf(p.opts.Progress, "pull: index %s: %d pages read, %d documents linked\n", corpus.Redact(ix.URL), read, len(out))
	}
	return out, errors.Join(errs...)
}
