package corpus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"sync"
	"syscall"
	"time"
)

// FetchOptions tune a Fetcher. The zero value of every field means its
// default, so FetchOptions{} is a sane configuration.
type FetchOptions struct {
	MaxBytes       int64         // largest document, file or response body; default 256 MiB
	ConnectTimeout time.Duration // TCP connect and TLS handshake; default 10 s
	HeaderTimeout  time.Duration // request sent to response headers received; default 30 s
	RequestTimeout time.Duration // one attempt, body included; default 2 min
	MaxAttempts    int           // attempts per URL, first one included; default 4, 1 disables retries
	BaseBackoff    time.Duration // wait before the first retry; default 500 ms, doubled each retry
	MaxBackoff     time.Duration // ceiling of the exponential wait; default 30 s
	MaxRetryAfter  time.Duration // longest Retry-After waited for; a longer one fails at once; default 30 s
	MaxRedirects   int           // redirects followed per attempt; default 5, negative refuses all
	PerHost        int           // concurrent requests per host; default 2
	HostRate       float64       // requests started per second per host, bursts of 1; 0: no limit
	UserAgent      string        // default "gbtrack"
	// AllowPrivate lets redirects and manifest entries lead to loopback,
	// link-local and private addresses. Off by default: a web server or a
	// planted list could otherwise reach services on the user's machine or
	// network. URLs the user names directly may always go anywhere.
	AllowPrivate bool

	// Jitter returns a random duration in [0, max]; tests make it
	// deterministic. Default: a generator owned by the Fetcher.
	Jitter func(max time.Duration) time.Duration
	// Sleep waits d or until ctx is done; tests replace it with a fake
	// clock. Default: a timer.
	Sleep func(ctx context.Context, d time.Duration) error
	// Now gives the time Retry-After dates are measured from. Default
	// time.Now.
	Now func() time.Time
	// Log receives retry notices (URLs redacted). Default: silent.
	Log *slog.Logger
}

// withDefaults fills the zero fields.
func (o FetchOptions) withDefaults() FetchOptions {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = 256 << 20
	}
	def(&o.ConnectTimeout, 10*time.Second)
	def(&o.HeaderTimeout, 30*time.Second)
	def(&o.RequestTimeout, 2*time.Minute)
	def(&o.BaseBackoff, 500*time.Millisecond)
	def(&o.MaxBackoff, 30*time.Second)
	def(&o.MaxRetryAfter, 30*time.Second)
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 4
	}
	if o.MaxRedirects == 0 {
		o.MaxRedirects = 5
	}
	if o.PerHost <= 0 {
		o.PerHost = 2
	}
	if o.UserAgent == "" {
		o.UserAgent = "gbtrack"
	}
	if o.Jitter == nil {
		var mu sync.Mutex
		r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 0x9e3779b97f4a7c15))
		o.Jitter = func(max time.Duration) time.Duration {
			if max <= 0 {
				return 0
			}
			mu.Lock()
			defer mu.Unlock()
			return time.Duration(r.Int64N(int64(max) + 1))
		}
	}
	if o.Sleep == nil {
		o.Sleep = sleepCtx
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	return o
}

// Fetched is a document's bytes and what they turned out to be.
type Fetched struct {
	Source      Source
	Data        []byte
	ContentType string // media type from the HTTP header; "" for files
	Format      string // "pdf" or "html", sniffed from Data, never from the name
	SHA256      string // hex of Data
}

// Fetcher reads local files and downloads URLs under the limits of its
// options. It is safe for concurrent use; its per-host limits apply across
// all its callers.
type Fetcher struct {
	opts   FetchOptions
	client *http.Client
	hosts  *hostLimiter
}

// NewFetcher returns a Fetcher with opts, defaults filled in.
func NewFetcher(opts FetchOptions) *Fetcher {
	o := opts.withDefaults()
	dialer := &net.Dialer{Timeout: o.ConnectTimeout, KeepAlive: 30 * time.Second}
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   o.ConnectTimeout,
		ResponseHeaderTimeout: o.HeaderTimeout,
		ExpectContinueTimeout: time.Second,
		IdleConnTimeout:       90 * time.Second,
		MaxIdleConnsPerHost:   o.PerHost,
		ForceAttemptHTTP2:     true,
	}
	f := &Fetcher{opts: o, hosts: newHostLimiter(o.PerHost, o.HostRate)}
	f.client = &http.Client{Transport: tr, CheckRedirect: f.checkRedirect}
	return f
}

// Close releases idle connections.
func (f *Fetcher) Close() { f.client.CloseIdleConnections() }

func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	// A redirect to file:, ftp: or data: would let a server make us read
	// something that is not on the web at all.
	if !httpScheme(req.URL) {
		return fmt.Errorf("%w: to a %q URL", ErrRedirect, req.URL.Scheme)
	}
	if f.opts.MaxRedirects < 0 {
		return fmt.Errorf("%w: redirects are disabled", ErrRedirect)
	}
	if len(via) > f.opts.MaxRedirects {
		return fmt.Errorf("%w: more than %d redirects", ErrRedirect, f.opts.MaxRedirects)
	}
	if !f.opts.AllowPrivate {
		if err := checkPublic(req.Context(), req.URL.Hostname()); err != nil {
			return fmt.Errorf("%w: %w", ErrRedirect, err)
		}
	}
	return nil
}

// Fetch reads src and sniffs its format. It fails with ErrEmpty or
// ErrUnknownFormat when the bytes are neither PDF nor HTML, whatever the name
// or the server claimed.
func (f *Fetcher) Fetch(ctx context.Context, src Source) (*Fetched, error) {
	kind, err := classify(src.Ref)
	if err == nil && src.Kind != "" && kind != src.Kind {
		err = fmt.Errorf("source of kind %q looks like a %s", src.Kind, kind)
	}
	if err != nil {
		return nil, &Error{Source: Redact(src.Ref), Op: "fetch", Err: err}
	}
	var data []byte
	var ctype string
	if kind == KindFile {
		data, err = f.readFile(ctx, src.Ref)
	} else if err = f.checkListed(ctx, src); err == nil {
		data, ctype, err = f.get(ctx, src.Ref, f.opts.MaxBytes)
	}
	if err != nil {
		return nil, &Error{Source: Redact(src.Ref), Op: "fetch", Err: err}
	}
	format, err := checkFormat(data, ctype)
	if err != nil {
		return nil, &Error{Source: Redact(src.Ref), Op: "sniff", Err: err}
	}
	sum := sha256.Sum256(data)
	return &Fetched{
		Source:      Source{Ref: src.Ref, Kind: kind},
		Data:        data,
		ContentType: ctype,
		Format:      format,
		SHA256:      hex.EncodeToString(sum[:]),
	}, nil
}

// checkListed refuses a URL listed in a manifest that leads to a private
// address, unless AllowPrivate.
func (f *Fetcher) checkListed(ctx context.Context, src Source) error {
	if !src.Listed || f.opts.AllowPrivate {
		return nil
	}
	u, err := url.Parse(src.Ref)
	if err != nil {
		return errors.New("malformed URL")
	}
	return checkPublic(ctx, u.Hostname())
}

// readFile reads a regular file of at most MaxBytes. The size is checked
// both before and while reading, since a file may grow in between.
func (f *Fetcher) readFile(ctx context.Context, path string) ([]byte, error) {
	return readFileCapped(ctx, path, f.opts.MaxBytes)
}

func readFileCapped(ctx context.Context, path string, limit int64) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	fi, err := fh.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file (%s)", fi.Mode().Type())
	}
	if fi.Size() > limit {
		return nil, fmt.Errorf("%w: %d bytes, cap %d", ErrTooLarge, fi.Size(), limit)
	}
	return readCapped(fh, limit)
}

// readCapped reads r to the end, failing rather than truncating past limit.
func readCapped(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return data, nil
}

// get downloads rawURL with retries. Errors never carry the URL: the caller
// wraps them with the redacted one.
func (f *Fetcher) get(ctx context.Context, rawURL string, limit int64) (data []byte, ctype string, err error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return nil, "", errors.New("malformed URL")
	}
	if !httpScheme(u) {
		return nil, "", ErrScheme
	}
	for attempt := 0; ; attempt++ {
		res := f.attempt(ctx, u, limit)
		if res.err == nil {
			return res.data, res.ctype, nil
		}
		if !res.retry || attempt+1 >= f.opts.MaxAttempts {
			if attempt > 0 {
				return nil, "", fmt.Errorf("%w (after %d attempts)", res.err, attempt+1)
			}
			return nil, "", res.err
		}
		if res.hasRetryAfter && res.retryAfter > f.opts.MaxRetryAfter {
			// Waiting less than asked would only be refused again.
			return nil, "", fmt.Errorf("%w: the server asks to wait %v (Retry-After), more than %v", res.err, res.retryAfter, f.opts.MaxRetryAfter)
		}
		wait := f.backoff(attempt, res.retryAfter, res.hasRetryAfter)
		if dl, ok := ctx.Deadline(); ok && f.opts.Now().Add(wait).After(dl) {
			return nil, "", fmt.Errorf("%w (a retry in %v would pass the deadline: %w)", res.err, wait.Round(time.Millisecond), context.DeadlineExceeded)
		}
		f.opts.Log.Info("retrying", "url", Redact(rawURL), "error", res.err.Error(), "wait", wait)
		if err := f.opts.Sleep(ctx, wait); err != nil {
			return nil, "", fmt.Errorf("%w (gave up waiting to retry: %w)", res.err, err)
		}
	}
}

type attemptResult struct {
	data          []byte
	ctype         string
	err           error
	retry         bool
	retryAfter    time.Duration
	hasRetryAfter bool
}

// attempt makes one request under the host's concurrency limit and the
// per-attempt timeout, which covers reading the body too.
func (f *Fetcher) attempt(ctx context.Context, u *url.URL, limit int64) attemptResult {
	release, err := f.hosts.acquire(ctx, u)
	if err != nil {
		return attemptResult{err: err}
	}
	defer release()
	actx, cancel := context.WithTimeout(ctx, f.opts.RequestTimeout)
	defer cancel()

	req, err := http.NewRequestWithContext(actx, http.MethodGet, u.String(), nil)
	if err != nil {
		return attemptResult{err: errors.New("malformed URL")}
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "application/pdf, text/html;q=0.9, */*;q=0.1")
	resp, err := f.client.Do(req)
	if err != nil {
		return attemptResult{err: f.requestError(ctx, actx, err), retry: droppedConnection(err)}
	}
	defer resp.Body.Close()

	if retryable(resp.StatusCode) {
		// Drain a little so the connection can be reused; not more, the
		// body of an error page is of no use.
		io.CopyN(io.Discard, resp.Body, 64<<10)
		ra, ok := parseRetryAfter(resp.Header.Get("Retry-After"), f.opts.Now())
		return attemptResult{
			err:   &StatusError{Code: resp.StatusCode, Status: resp.Status},
			retry: true, retryAfter: ra, hasRetryAfter: ok,
		}
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return attemptResult{err: &StatusError{Code: resp.StatusCode, Status: resp.Status}}
	}
	if resp.ContentLength > limit {
		return attemptResult{err: fmt.Errorf("%w: Content-Length %d, cap %d", ErrTooLarge, resp.ContentLength, limit)}
	}
	data, err := readCapped(resp.Body, limit)
	if err != nil {
		return attemptResult{err: f.requestError(ctx, actx, err)}
	}
	ctype := resp.Header.Get("Content-Type")
	if mt, _, err := mime.ParseMediaType(ctype); err == nil {
		ctype = mt
	}
	return attemptResult{data: data, ctype: ctype}
}

// droppedConnection reports whether the server closed or reset the
// connection before answering: a GET is safe to repeat, and busy servers do
// this under load. Timeouts are not retried; they would multiply the wait.
func droppedConnection(err error) bool {
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET)
}

// requestError strips the URL that net/http puts in its errors (it keeps
// the user name) and says which timeout fired.
func (f *Fetcher) requestError(ctx, actx context.Context, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	if ctx.Err() == nil && errors.Is(actx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("request took longer than %v: %w", f.opts.RequestTimeout, context.DeadlineExceeded)
	}
	return err
}
