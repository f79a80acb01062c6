package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"time"
)

// Validators are what a cache kept of an earlier response to revalidate it
// (RFC 9110 §8.8, RFC 9111 §4.3.1). Empty fields are not sent.
type Validators struct {
	ETag         string // sent back as If-None-Match
	LastModified string // sent back as If-Modified-Since, verbatim as the server wrote it
}

// Response is the answer to a conditional GET.
type Response struct {
	Status       int    // 200 (or another 2xx), or 304 Not Modified
	FinalURL     string // after redirects, credentials removed
	Data         []byte // the body; nil on 304
	ContentType  string // media type without parameters; "" on 304
	ETag         string
	LastModified string
	Header       http.Header // the response's header fields, for the caller's cache rules (RFC 9111)
}

// NotModified reports whether the server said the cached copy is current.
func (r *Response) NotModified() bool { return r.Status == http.StatusNotModified }

// GetConditional downloads src (a URL) with the same limits, retries and
// address checks as Fetch, sending v's validators so that an unchanged
// document comes back as 304 with no body. It does not sniff the bytes: the
// caller stores them and sniffs. Errors are *Error naming the redacted URL;
// a final non-2xx, non-304 answer wraps a *StatusError.
func (f *Fetcher) GetConditional(ctx context.Context, src Source, v Validators) (*Response, error) {
	fail := func(err error) (*Response, error) {
		return nil, &Error{Source: Redact(src.Ref), Op: "fetch", Err: err}
	}
	if kind, err := classify(src.Ref); err != nil {
		return fail(err)
	} else if kind != KindURL {
		return fail(errors.New("not a URL"))
	}
	if err := f.checkListed(ctx, src); err != nil {
		return fail(err)
	}
	u, err := url.Parse(src.Ref)
	if err != nil || u.Host == "" {
		return fail(errors.New("malformed URL"))
	}
	for attempt := 0; ; attempt++ {
		res, ar := f.conditionalAttempt(ctx, u, v)
		if ar.err == nil {
			return res, nil
		}
		if !ar.retry || attempt+1 >= f.opts.MaxAttempts {
			if attempt > 0 {
				return fail(fmt.Errorf("%w (after %d attempts)", ar.err, attempt+1))
			}
			return fail(ar.err)
		}
		if ar.hasRetryAfter && ar.retryAfter > f.opts.MaxRetryAfter {
			return fail(fmt.Errorf("%w: the server asks to wait %v (Retry-After), more than %v", ar.err, ar.retryAfter, f.opts.MaxRetryAfter))
		}
		wait := f.backoff(attempt, ar.retryAfter, ar.hasRetryAfter)
		if dl, ok := ctx.Deadline(); ok && f.opts.Now().Add(wait).After(dl) {
			return fail(fmt.Errorf("%w (a retry in %v would pass the deadline: %w)", ar.err, wait.Round(time.Millisecond), context.DeadlineExceeded))
		}
		f.opts.Log.Info("retrying", "url", Redact(src.Ref), "error", ar.err.Error(), "wait", wait)
		if err := f.opts.Sleep(ctx, wait); err != nil {
			return fail(fmt.Errorf("%w (gave up waiting to retry: %w)", ar.err, err))
		}
	}
}

// conditionalAttempt is attempt with validators sent and 304 accepted.
func (f *Fetcher) conditionalAttempt(ctx context.Context, u *url.URL, v Validators) (*Response, attemptResult) {
	release, err := f.hosts.acquire(ctx, u)
	if err != nil {
		return nil, attemptResult{err: err}
	}
	defer release()
	actx, cancel := context.WithTimeout(ctx, f.opts.RequestTimeout)
	defer cancel()

	req, err := http.NewRequestWithContext(actx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, attemptResult{err: errors.New("malformed URL")}
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "application/pdf, text/html;q=0.9, */*;q=0.1")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, attemptResult{err: f.requestError(ctx, actx, err), retry: droppedConnection(err)}
	}
	defer resp.Body.Close()
	out := &Response{
		Status:       resp.StatusCode,
		FinalURL:     Redact(resp.Request.URL.String()),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		Header:       resp.Header,
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		if out.ETag == "" {
			out.ETag = v.ETag
		}
		if out.LastModified == "" {
			out.LastModified = v.LastModified
		}
		return out, attemptResult{}
	case retryable(resp.StatusCode):
		io.CopyN(io.Discard, resp.Body, 64<<10)
		ra, ok := parseRetryAfter(resp.Header.Get("Retry-After"), f.opts.Now())
		return nil, attemptResult{
			err:   &StatusError{Code: resp.StatusCode, Status: resp.Status},
			retry: true, retryAfter: ra, hasRetryAfter: ok,
		}
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, attemptResult{err: &StatusError{Code: resp.StatusCode, Status: resp.Status}}
	}
	if resp.ContentLength > f.opts.MaxBytes {
		return nil, attemptResult{err: fmt.Errorf("%w: Content-Length %d, cap %d", ErrTooLarge, resp.ContentLength, f.opts.MaxBytes)}
	}
	data, err := readCapped(resp.Body, f.opts.MaxBytes)
	if err != nil {
		// A body cut short is a dropped connection: worth another try.
		return nil, attemptResult{err: f.requestError(ctx, actx, err), retry: droppedConnection(err)}
	}
	out.Data = data
	out.ContentType = resp.Header.Get("Content-Type")
	if mt, _, err := mime.ParseMediaType(out.ContentType); err == nil {
		out.ContentType = mt
	}
	return out, attemptResult{}
}

// SlowHost makes requests to u's host start at most perSecond a second
// from now on, when that is slower than the Fetcher's HostRate; a site's
// robots.txt Crawl-delay is the usual reason.
func (f *Fetcher) SlowHost(u *url.URL, perSecond float64) { f.hosts.slow(u, perSecond) }
