package pull

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/pquerna/cachecontrol/cacheobject"
)

// Freshness by RFC 9111 §4.2, for a private cache (the pull cache serves one user's runs): a
// stored response is served without a request while it is fresh, and revalidated with a
// conditional request once stale. The decision is github.com/pquerna/cachecontrol's (the
// directives' grammar, which of s-maxage, max-age, Expires and the heuristic applies, a
// maintained reading of the RFC rather than our own); around it this file adds what that
// library leaves to its caller:
//
//   - no-cache and no-store (§5.2.2.4, §5.2.2.5): never fresh; no-store is never revalidated
//     either, its next request is a full one (the body is still kept: it is the document the
//     pull was asked for, not a copy kept for reuse);
//   - an Expires that does not parse ("0", "-1") means already expired (§5.3), not "no Expires";
//   - the Age a shared cache on the way reports is subtracted from the lifetime (§4.2.3);
//   - heuristic freshness (§4.2.2) only for a status cacheable by default, from Last-Modified: a
//     tenth of the time since then, at most 24 hours (the library's, after Apache's
//     CacheLastModifiedFactor and CacheMaxExpire).

// freshness is what a stored response says about its reuse.
type freshness struct {
	Until   time.Time // fresh before this instant (UTC); zero: stale at once
	NoStore bool      // never reused: the next request is unconditional
}

// freshFor reads the header fields of a response received at now with the given status.
func freshFor(h http.Header, status int, now time.Time) freshness {
	now = now.UTC()
	dir, err := cacheobject.ParseResponseCacheControl(h.Get("Cache-Control"))
	if err != nil {
		return freshness{} // a directive we cannot read: revalidate every time
	}
	if dir.NoStore {
		return freshness{NoStore: true}
	}
	if dir.NoCachePresent {
		return freshness{}
	}
	obj := cacheobject.Object{
		CacheIsPrivate: true,
		RespDirectives: dir,
		RespHeaders:    h,
		RespStatusCode: status,
		ReqHeaders:     http.Header{},
		ReqMethod:      http.MethodGet,
		NowUTC:         now,
	}
	if v := h.Get("Expires"); v != "" {
		t, err := http.ParseTime(v)
		if err != nil {
			return freshness{} // §5.3: an invalid date means in the past
		}
		obj.RespExpiresHeader = t.UTC()
	}
	if t, err := http.ParseTime(h.Get("Date")); err == nil {
		obj.RespDateHeader = t.UTC()
	}
	explicit := dir.MaxAge != -1 || !obj.RespExpiresHeader.IsZero()
	if !explicit && heuristicStatus(status) {
		if t, err := http.ParseTime(h.Get("Last-Modified")); err == nil {
			obj.RespLastModifiedHeader = t.UTC()
		}
	}
	var rv cacheobject.ObjectResults
	cacheobject.CachableObject(&obj, &rv)
	if len(rv.OutReasons) > 0 {
		return freshness{}
	}
	cacheobject.ExpirationObject(&obj, &rv)
	until := rv.OutExpirationTime
	if until.IsZero() || !until.After(now) {
		return freshness{}
	}
	if age, err := strconv.ParseInt(strings.TrimSpace(h.Get("Age")), 10, 64); err == nil && age > 0 {
		until = until.Add(-time.Duration(age) * time.Second)
	}
	if !until.After(now) {
		return freshness{}
	}
	return freshness{Until: until}
}

// heuristicStatus: the statuses RFC 9110 §15.1 makes heuristically cacheable.
func heuristicStatus(code int) bool {
	switch code {
	case 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501:
		return true
	}
	return false
}

// revalidated is the header a 304 gives a stored response (RFC 9111 §4.3.4): the 304's own
// fields where it sends them, the stored ones where it does not.
func revalidated(stored *Meta, h http.Header) http.Header {
	out := h.Clone()
	if out == nil {
		out = http.Header{}
	}
	keep := map[string]string{"Cache-Control": stored.CacheControl, "Expires": stored.Expires, "Last-Modified": stored.LastModified}
	for k, v := range keep {
		if out.Get(k) == "" && v != "" {
			out.Set(k, v)
		}
	}
	return out
}

func (m *Meta) setFreshness(f freshness) {
	m.FreshUntil, m.NoStore = nil, f.NoStore
	if !f.Until.IsZero() {
		t := f.Until
		m.FreshUntil = &t
	}
}
