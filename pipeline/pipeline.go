package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"gbtrack/changes"
	"gbtrack/corpus"
	"gbtrack/extract/htmltext"
	"gbtrack/extract/items"
	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
	"gbtrack/render"
)

// Options configures one run.
type Options struct {
	Out        string        // output folder
	Jobs       int           // documents read at once; <= 0 means the number of CPUs
	AsOf       time.Time     // the date overdue is judged against
	Title      string        // report title
	PDFEngine  string        // "pdfium" (default) or "go"
	Password   string        // tried on password-protected PDFs
	DocTimeout time.Duration // per document; <= 0 means 60 s
	NoCache    bool          // extract every document again
	CacheDir   string        // default: OUT/.cache
	Previous   string        // a previous run's folder: adds a "changes" section
	Version    string        // gbtrack's version, part of the cache key
	// WorkerCommand re-executes gbtrack as an isolated PDF worker for the pure-Go engine.
	WorkerCommand []string
	Progress      io.Writer // diagnostics and progress, one line at a time; nil discards
	Fetch         corpus.FetchOptions
	// Calendar resolves session references; nil means normalize.DefaultCalendar().
	Calendar *normalize.Calendar
}

// Result is the outcome of a run.
type Result struct {
	Items  []normalize.Item
	Docs   []normalize.Document
	Failed int // documents with an error
}

// DefaultTitle is the report's title when none is given.
const DefaultTitle = "Governing Body: progress on recommendations, action items and commitments"

// ErrSomeFailed is returned (wrapped) when the run completed but some documents failed.
var ErrSomeFailed = errors.New("some documents failed")

// docResult is what processing one source yields.
type docResult struct {
	Doc    normalize.Document `json:"doc"`
	Items  []normalize.Item   `json:"items"`
	cached bool               // read from the cache, not extracted
}

// Run reads every source named in args and writes the run's outputs to opts.Out. It returns the
// result and, when some documents failed, an error wrapping ErrSomeFailed; outputs are written in
// both cases. A cancelled ctx stops the run before anything is written, leaving the previous
// outputs intact.
func Run(ctx context.Context, args []string, opts Options) (*Result, error) {
	opts = withDefaults(opts)
	srcs, expandErr := corpus.Expand(ctx, args, corpus.ExpandOptions{})
	unexpanded := expandFailures(expandErr)
	if len(srcs) == 0 && len(unexpanded) == 0 {
		if expandErr != nil {
			return nil, expandErr
		}
		return nil, fmt.Errorf("no documents found in %s", strings.Join(args, ", "))
	}
	var cache *corpus.Cache
	if !opts.NoCache {
		var err error
		if cache, err = corpus.OpenCache(opts.CacheDir, cacheVersion(opts)); err != nil {
			fmt.Fprintf(opts.Progress, "gbtrack: cache disabled: %v\n", err)
			cache = nil
		}
	}
	p := &processor{opts: opts, fetcher: corpus.NewFetcher(opts.Fetch), cache: cache, pdf: &lazyPDF{}}
	defer p.close()

	results := make([]docResult, len(srcs))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(opts.Jobs)
	for i, src := range srcs {
		g.Go(func() error {
			results[i] = p.process(gctx, src)
			d := results[i].Doc
			switch {
			case d.Error != nil:
				// Errors name their document already.
				p.progress("gbtrack: %s\n", *d.Error)
			case results[i].cached:
				p.progress("gbtrack: %s: %d items (cached)\n", src, d.Items)
			default:
				p.progress("gbtrack: %s: %d items\n", src, d.Items)
			}
			return gctx.Err()
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, u := range unexpanded {
		p.progress("gbtrack: %s\n", *u.Doc.Error)
	}
	res := assemble(append(results, unexpanded...))
	if err := write(ctx, res, opts); err != nil {
		return res, err
	}
	if res.Failed > 0 {
		return res, fmt.Errorf("%d of %d documents: %w", res.Failed, len(res.Docs), ErrSomeFailed)
	}
	return res, nil
}

func withDefaults(o Options) Options {
	if o.Jobs <= 0 {
		o.Jobs = runtime.NumCPU()
	}
	if o.DocTimeout <= 0 {
		o.DocTimeout = 60 * time.Second
	}
	if o.PDFEngine == "" {
		o.PDFEngine = "pdfium"
	}
	if o.CacheDir == "" {
		o.CacheDir = filepath.Join(o.Out, ".cache")
	}
	if o.Progress == nil {
		o.Progress = io.Discard
	}
	if o.Title == "" {
		o.Title = DefaultTitle
	}
	return o
}

// cacheVersion keys cached results: a new gbtrack version, another PDF engine or another calendar
// extracts again.
func cacheVersion(o Options) string {
	v := o.Version + "+" + o.PDFEngine
	if o.Calendar != nil {
		v += "+cal" + o.Calendar.Digest() // another calendar resolves sessions again
	}
	return v
}

// assemble gives every document a unique id (two sources with the same symbol must not share
// item ids) and collects the items in input order.
func assemble(results []docResult) *Result {
	res := &Result{}
	used := map[string]bool{}
	for _, r := range results {
		d := r.Doc
		if used[d.ID] {
			old := d.ID
			d.ID = d.ID + "~" + corpus.SafeName(filepath.Base(d.Source))
			for k := range r.Items {
				r.Items[k].Doc = d.ID
				r.Items[k].ID = d.ID + strings.TrimPrefix(r.Items[k].ID, old)
			}
		}
		used[d.ID] = true
		if d.Error != nil {
			res.Failed++
		}
		res.Docs = append(res.Docs, d)
		res.Items = append(res.Items, r.Items...)
	}
	return res
}

// processor holds what documents share during a run: the fetcher, the cache and the PDF reader.
type processor struct {
	opts    Options
	fetcher *corpus.Fetcher
	cache   *corpus.Cache
	pdf     *lazyPDF
	mu      sync.Mutex // serializes writes to opts.Progress, which need not be safe for concurrent use
}

// progress writes one diagnostic line.
func (p *processor) progress(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.opts.Progress, format, args...)
}

func (p *processor) close() {
	p.fetcher.Close()
	if p.pdf != nil {
		p.pdf.close()
	}
}

// process reads one source. It never returns an error: a failure is the document's error.
func (p *processor) process(ctx context.Context, src corpus.Source) (out docResult) {
	// Credentials in a URL never reach an output file or a log: the source is recorded redacted.
	out.Doc = normalize.Document{SchemaVersion: normalize.SchemaVersion, ID: corpus.DocID(src), Source: src.String()}
	fail := func(err error) docResult {
		msg := oneLine(err.Error())
		out.Doc.Error = &msg
		out.Items = nil
		return out
	}
	defer func() {
		if r := recover(); r != nil {
			// The document's line says what happened in one line; the frames go to the
			// diagnostics, where a maintainer can find them.
			err := fmt.Errorf("%s: internal error: %v", src, r)
			p.progress("gbtrack: %v\n%s\n", err, firstFrames(debug.Stack()))
			out = fail(err)
		}
	}()
	f, err := p.fetcher.Fetch(ctx, src)
	if err != nil {
		return fail(err)
	}
	out.Doc.SHA256 = f.SHA256
	out.Doc.Format = f.Format
	key := f.SHA256
	if p.cache != nil {
		if data, ok := p.cache.Get(key); ok {
			var cached docResult
			if json.Unmarshal(data, &cached) == nil && cached.Doc.SHA256 == f.SHA256 {
				cached.cached = true
				return relabel(cached, src)
			}
		}
	}
	dctx, cancel := context.WithTimeout(ctx, p.opts.DocTimeout)
	defer cancel()
	// timedOut names the step the document's deadline cut short; the inner error would only
	// repeat the document's name.
	timedOut := func() bool {
		return errors.Is(dctx.Err(), context.DeadlineExceeded) && ctx.Err() == nil
	}
	doc, err := p.extract(dctx, src, f)
	if err != nil {
		if timedOut() {
			err = fmt.Errorf("%s: gave up reading after %s: %w", src, p.opts.DocTimeout, context.DeadlineExceeded)
		}
		return fail(err)
	}
	res, err := items.DetectWith(dctx, doc, items.Source{Ref: src.String(), FileID: corpus.DocID(src)}, items.Options{Calendar: p.opts.Calendar})
	if err != nil {
		if timedOut() {
			err = fmt.Errorf("%s: gave up finding items after %s: %w", src, p.opts.DocTimeout, context.DeadlineExceeded)
		} else {
			err = fmt.Errorf("%s: items: %w", src, err)
		}
		return fail(err)
	}
	out.Doc.ID = res.DocID(items.Source{FileID: corpus.DocID(src)})
	out.Doc.Symbol = nonEmpty(res.Symbol)
	out.Doc.Title = nonEmpty(res.Title)
	if !res.Date.IsZero() {
		out.Doc.Date = normalize.Ptr(res.Date.Format("2006-01-02"))
	}
	if doc.Format == "pdf" {
		out.Doc.Pages = normalize.Ptr(doc.Pages)
	}
	for _, pe := range doc.PageErrors {
		out.Doc.PageErrors = append(out.Doc.PageErrors, fmt.Sprintf("page %d: %s", pe.Page, pe.Err))
	}
	out.Items = res.Items
	out.Doc.Items = len(res.Items)
	if p.cache != nil && ctx.Err() == nil {
		if data, err := json.Marshal(out); err == nil {
			if err := p.cache.Put(key, data); err != nil {
				p.progress("gbtrack: %s: cache: %v\n", src, err)
			}
		}
	}
	return out
}

// relabel gives a cached result the source reference it is met under now (the same bytes may
// come from another path or URL).
func relabel(r docResult, src corpus.Source) docResult {
	r.Doc.Source = src.String()
	for k := range r.Items {
		r.Items[k].Source = src.String()
	}
	return r
}

// expandFailures turns the sources that could not be expanded (a missing file, a manifest line
// refused) into failed documents, so that each still gets its line in documents.jsonl.
func expandFailures(err error) []docResult {
	if err == nil {
		return nil
	}
	var errs []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	} else {
		errs = []error{err}
	}
	var out []docResult
	for _, e := range errs {
		ref := ""
		var ce *corpus.Error
		var me *corpus.ManifestError
		switch {
		case errors.As(e, &ce):
			ref = ce.Source
		case errors.As(e, &me):
			ref = me.Manifest
		}
		msg := oneLine(e.Error())
		out = append(out, docResult{Doc: normalize.Document{
			SchemaVersion: normalize.SchemaVersion, ID: corpus.DocID(corpus.Source{Ref: ref}), Source: ref, Error: &msg,
		}})
	}
	return out
}

// extract reads the text layer of a fetched document, by what its bytes are.
func (p *processor) extract(ctx context.Context, src corpus.Source, f *corpus.Fetched) (*textlayer.Document, error) {
	switch f.Format {
	case "pdf":
		r, err := p.pdfReader(ctx)
		if err != nil {
			return nil, err
		}
		return r.Read(ctx, src.String(), f.Data, p.opts.Password)
	case "html":
		d, err := htmltext.Extract(ctx, f.Data, f.ContentType)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", src, err)
		}
		return d, nil
	}
	return nil, fmt.Errorf("%s: cannot read %s", src, f.Format)
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// oneLine keeps an error message on one line for documents.jsonl.
func oneLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// firstFrames keeps the top of a stack trace for a panic's report on stderr.
func firstFrames(stack []byte) string {
	lines := bytes.Split(stack, []byte("\n"))
	if len(lines) > 12 {
		lines = lines[:12]
	}
	return string(bytes.Join(lines, []byte("\n")))
}

// write writes the outputs as one set: every file is staged under a temporary name first and the
// renames follow only when all are staged, so an interrupted run leaves the previous outputs.
func write(ctx context.Context, res *Result, opts Options) error {
	var items, docs bytes.Buffer
	if err := writeJSONL(&items, res.Items); err != nil {
		return err
	}
	if err := writeJSONL(&docs, res.Docs); err != nil {
		return err
	}
	var chs []changes.Change
	if opts.Previous != "" {
		old, _, err := changes.ReadRun(opts.Previous)
		if err != nil {
			return fmt.Errorf("previous run: %w", err)
		}
		chs = changes.Compare(old, res.Items, opts.AsOf)
	}
	pdf, rjson, err := Render(ctx, res.Items, res.Docs, opts.AsOf, opts.Title, chs)
	if err != nil {
		return err
	}
	return writeAll(ctx, opts.Out, []outFile{
		{"items.jsonl", items.Bytes()},
		{"documents.jsonl", docs.Bytes()},
		{"report.json", rjson},
		{"report.pdf", pdf},
	})
}

// Render draws the report PDF and its report.json.
func Render(ctx context.Context, its []normalize.Item, docs []normalize.Document, asOf time.Time, title string, chs []changes.Change) (pdf, rjson []byte, err error) {
	rep, err := render.Build(render.Input{Items: its, Docs: docs, AsOf: asOf, Title: title, Changes: chs})
	if err != nil {
		return nil, nil, fmt.Errorf("report: %w", err)
	}
	var pb, jb bytes.Buffer
	if err := render.WritePDF(ctx, &pb, rep); err != nil {
		return nil, nil, fmt.Errorf("report.pdf: %w", err)
	}
	if err := render.WriteJSON(&jb, rep); err != nil {
		return nil, nil, fmt.Errorf("report.json: %w", err)
	}
	return pb.Bytes(), jb.Bytes(), nil
}

func writeJSONL[T any](w *bytes.Buffer, vs []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, v := range vs {
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	return nil
}
