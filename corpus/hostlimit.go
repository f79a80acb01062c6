package corpus

import (
	"context"
	"net/url"
	"strings"
	"sync"

	"golang.org/x/sync/semaphore"
	"golang.org/x/time/rate"
)

// hostLimiter bounds concurrent requests per host so that a batch fanned out
// over many documents does not hammer one server. It belongs to a Fetcher:
// two Fetchers do not share limits. With a rate, each host also gets a token
// bucket that spaces the starts of requests (retries included).
type hostLimiter struct {
	n     int64
	rate  rate.Limit // 0: no rate limit
	mu    sync.Mutex
	m     map[string]*semaphore.Weighted
	rates map[string]*rate.Limiter
}

func newHostLimiter(n int, perSecond float64) *hostLimiter {
	return &hostLimiter{n: int64(n), rate: rate.Limit(perSecond), m: make(map[string]*semaphore.Weighted), rates: make(map[string]*rate.Limiter)}
}

// acquire blocks until a slot for host is free or ctx is done; the returned
// func releases the slot.
func (h *hostLimiter) acquire(ctx context.Context, u *url.URL) (func(), error) {
	host := hostKey(u)
	h.mu.Lock()
	s, ok := h.m[host]
	if !ok {
		s = semaphore.NewWeighted(h.n)
		h.m[host] = s
	}
	lim := h.rates[host]
	if lim == nil && h.rate > 0 {
		lim = rate.NewLimiter(h.rate, 1)
		h.rates[host] = lim
	}
	h.mu.Unlock()
	if err := s.Acquire(ctx, 1); err != nil {
		return nil, err
	}
	if lim != nil {
		if err := lim.Wait(ctx); err != nil {
			s.Release(1)
			return nil, err
		}
	}
	return func() { s.Release(1) }, nil
}

// hostKey names a server regardless of case and of an explicit default port,
// so "H.example" and "h.example:443" share one limit.
func hostKey(u *url.URL) string {
	port := u.Port()
	if port == "" {
		port = "80"
		if strings.EqualFold(u.Scheme, "https") {
			port = "443"
		}
	}
	return strings.ToLower(u.Hostname()) + ":" + port
}

// slow lowers host's rate to perSecond when that is slower than its
// current one (or it has none), for a site that asks for it (robots.txt
// Crawl-delay). It never speeds a host up.
func (h *hostLimiter) slow(u *url.URL, perSecond float64) {
	if perSecond <= 0 {
		return
	}
	host := hostKey(u)
	h.mu.Lock()
	defer h.mu.Unlock()
	lim := h.rates[host]
	switch {
	case lim == nil && (h.rate == 0 || rate.Limit(perSecond) < h.rate):
		h.rates[host] = rate.NewLimiter(rate.Limit(perSecond), 1)
	case lim != nil && rate.Limit(perSecond) < lim.Limit():
		lim.SetLimit(rate.Limit(perSecond))
	}
}
