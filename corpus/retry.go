package corpus

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// retryable reports whether a status is worth another attempt: the server
// is overloaded or failing, which is usually transient. Other 4xx answers
// will not change.
func retryable(code int) bool {
	return code == http.StatusTooManyRequests || code >= 500 && code <= 599
}

// parseRetryAfter reads a Retry-After header (RFC 9110 §10.2.3): a number of
// seconds or an HTTP date. ok is false when the header is absent or
// unreadable; a date in the past gives 0.
func parseRetryAfter(v string, now time.Time) (d time.Duration, ok bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			return 0, false
		}
		// Clamp before multiplying: a hostile header must not overflow.
		if secs > int64(24*time.Hour/time.Second) {
			secs = int64(24 * time.Hour / time.Second)
		}
		return time.Duration(secs) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return max(t.Sub(now), 0), true
}

// backoff returns the wait before retry number attempt (0-based): the
// server's Retry-After when it gave one, capped, or else exponential backoff
// with jitter over its upper half, so that many clients do not retry in step.
func (f *Fetcher) backoff(attempt int, retryAfter time.Duration, hasRetryAfter bool) time.Duration {
	if hasRetryAfter {
		return min(retryAfter, f.opts.MaxRetryAfter)
	}
	d := f.opts.BaseBackoff
	for i := 0; i < attempt && d < f.opts.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, f.opts.MaxBackoff)
	half := d / 2
	j := f.opts.Jitter(half)
	j = min(max(j, 0), half)
	return d - half + j
}

// sleepCtx waits for d or until ctx is done.
func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
