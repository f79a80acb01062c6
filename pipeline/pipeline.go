package pipeline

import (
	"bufio"
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
	"golang.org/x/sync/semaphore"

	"gbtrack/changes"
	"gbtrack/corpus"
	"gbtrack/extract/htmltext"
	"gbtrack/extract/items"
	"gbtrack/extract/textlayer"
	"gbtrack/followup"
	"gbtrack/normalize"
	"gbtrack/progress"
	"gbtrack/render"
	"gbtrack/rundir"
	"gbtrack/shard"
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
	// NoPrevious leaves the changes section out when Previous is empty; otherwise the run Out
	// holds before this one is the previous run.
	NoPrevious bool
	Version    string // gbtrack's version, part of the cache key
	// WorkerCommand re-executes gbtrack as an isolated PDF worker: for the pure-Go engine as it
	// is, one process a document; for PDFium with the argument "pdfium" appended, long-lived
	// processes that read without loop checks and are killed on a document's deadline. Without
	// it PDFium runs in this process with its loop checks, at twice the CPU.
	WorkerCommand []string
	Progress      io.Writer // diagnostics and progress (package progress: a bar on a terminal); nil discards
	// Quiet shows no progress: no bar, no phase lines, no line a document read. Failures and
	// diagnostics are still written to Progress.
	Quiet bool
	Fetch corpus.FetchOptions
	// Calendar resolves session references; nil means normalize.DefaultCalendar().
	Calendar *normalize.Calendar
	// FetchURL, when set, downloads URL sources instead of a Fetcher with Fetch's options
	// (package pull's cache, for instance); its Fetched.Source must be the source it was given.
	FetchURL func(ctx context.Context, src corpus.Source) (*corpus.Fetched, error)
	// Shard, when set, reads only the sources shard.Spec.Owns and writes a partial run
	// (shard.PartialFile in Out) for Merge instead of publishing outputs.
	Shard shard.Spec
	// HeapProfile, when set, is called at each stage of the run's end, to write a heap profile
	// there (gbtrack run --heap-profile): "assembled" (every document read and linked), "built"
	// (the report's figures computed) and "drawn" (the report drawn), to see where a run's bytes
	// are (make bench's peak RSS).
	HeapProfile func(stage string)
}

// Result is the outcome of a run.
type Result struct {
	Items  []normalize.Item
	Docs   []normalize.Document
	Failed int // documents with an error

	RunDir       string // the run folder written in Out; "" when nothing was written
	Published    bool   // RunDir is Out's current set
	PreviousRead int    // documents read by the run Out held before; -1 when it held none
	Stages       Stages // where the time went
}

// DefaultTitle is the report's title when none is given.
const DefaultTitle = "Governing Body: progress on recommendations, action items and commitments"

// ErrSomeFailed is returned (wrapped) when the run completed but some documents failed.
var ErrSomeFailed = errors.New("some documents failed")

// someFailed is the error a run, a shard's partial run or a merge that completed returns:
// ErrSomeFailed, saying how many of its documents failed, when some did; else nil.
func (r *Result) someFailed() error {
	if r.Failed > 0 {
		return fmt.Errorf("%d of %d documents: %w", r.Failed, len(r.Docs), ErrSomeFailed)
	}
	return nil
}

// docResult is what processing one source yields; it is also what the cache holds.
type docResult struct {
	Doc   normalize.Document `json:"doc"`
	Items []normalize.Item   `json:"items"`
	// Root is what every item id starts with before '#' (items.IDRoot): it depends on the
	// document's content only, so a cached result needs no new ids, only new labels (relabel).
	Root   string `json:"root"`
	cached bool   // read from the cache, not extracted
	size   int64  // bytes of the document, for progress
}

// openOut takes opts.Out's lock (rundir.ErrLocked when another run holds it) and clears what
// earlier interrupted runs left there, sparing the run opts.Previous names; a folder it cannot
// clean is reported on opts.Progress, not fatal. The caller releases the lock.
func openOut(opts Options) (*rundir.Lock, error) {
	lock, err := rundir.Acquire(opts.Out)
	if err != nil {
		return nil, err
	}
	var spare []string
	if opts.Previous != "" {
		if prev, err := rundir.Resolve(opts.Previous); err == nil {
			spare = append(spare, prev)
		}
	}
	if err := rundir.Clean(opts.Out, spare...); err != nil {
		fmt.Fprintf(opts.Progress, "gbtrack: cleaning %s: %v\n", corpus.Escape(opts.Out), oneLine(err.Error()))
	}
	return lock, nil
}

// Run reads every source named in args and publishes the run's outputs in opts.Out as one set
// (see package rundir). It returns the result and, when some documents failed, an error wrapping
// ErrSomeFailed; outputs are published in both cases. When no document could be read and
// opts.Out already holds a published run, that run stays current and the error wraps
// ErrNothingRead. Before any work it checks the options (opts.Previous must be a run: ErrNotRun)
// and takes opts.Out's lock (rundir.ErrLocked when another run holds it). A cancelled ctx stops
// the run before anything is published, leaving the previous outputs intact.
func Run(ctx context.Context, args []string, opts Options) (*Result, error) {
	opts = withDefaults(opts)
	if err := opts.check(); err != nil {
		return nil, err
	}
	lock, err := openOut(opts)
	if err != nil {
		return nil, err
	}
	defer lock.Release()
	fetcher := corpus.NewFetcher(opts.Fetch)
	srcs, expandErr := corpus.Expand(ctx, args, corpus.ExpandOptions{
		OutDir: opts.Out, Owned: rundir.Owned, Fetcher: fetcher,
	})
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
	p := &processor{opts: opts, fetcher: fetcher, cache: cache, pdf: &lazyPDF{}, cpu: semaphore.NewWeighted(int64(opts.Jobs)),
		meter: progress.New(opts.Progress, opts.Quiet, time.Now), clock: &stageClock{}}
	defer p.close()
	var owned, urls int
	for _, src := range srcs {
		if opts.Shard.Owns(shard.Key(src)) {
			owned++
			if src.Kind == corpus.KindURL {
				urls++
			}
		}
	}
	reading := p.meter.Start("reading", owned, "documents")
	p.fetching = p.meter.Start("fetching", urls, "documents")

	// The run folder is staged from the start: the documents' items wait in its spool, not in
	// memory, until every document is read.
	st, err := rundir.NewStage(opts.Out, rundir.NewID(time.Now()))
	if err != nil {
		return nil, err
	}
	defer st.Abort()
	sp, err := newSpool(st.Temp("items"), len(srcs))
	if err != nil {
		return nil, err
	}
	defer sp.close()
	results := make([]docResult, len(srcs))
	g, gctx := errgroup.WithContext(ctx)
	// Documents waiting for the network do not hold one of the Jobs CPU slots (process takes
	// one after fetching); maxFetching more may wait meanwhile.
	g.SetLimit(opts.Jobs + maxFetching)
	for i, src := range srcs {
		if !opts.Shard.Owns(shard.Key(src)) {
			continue
		}
		g.Go(func() error {
			r := p.process(gctx, src)
			if err := sp.put(i, src.String(), r.Items); err != nil {
				return err
			}
			r.Items = nil
			results[i] = r
			d := r.Doc
			switch {
			case d.Error != nil:
				// Errors name their document already.
				p.progress("gbtrack: %s\n", *d.Error)
			case opts.Quiet:
			case results[i].cached:
				p.progress("gbtrack: %s: %d items (cached)\n", src, d.Items)
			default:
				p.progress("gbtrack: %s: %d items\n", src, d.Items)
			}
			reading.Add(results[i].size, d.Error != nil)
			return gctx.Err()
		})
	}
	err = g.Wait()
	p.fetching.Finish()
	reading.Finish()
	// What follows reads no document: the PDF engine's memory goes back before the report's
	// is taken.
	p.close()
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for i := range results {
		if results[i].Items, err = sp.items(i); err != nil {
			return nil, err
		}
	}
	if err := sp.close(); err != nil {
		return nil, err
	}
	if opts.Shard.Sharded() {
		return writePartial(srcs, results, unexpanded, opts)
	}
	for _, u := range unexpanded {
		p.progress("gbtrack: %s\n", *u.Doc.Error)
	}
	start := time.Now()
	res := assemble(append(results, unexpanded...))
	// Links across documents need them all: copies, follow-ups and latest statuses.
	followup.Link(res.Items, res.Docs)
	since(&p.clock.normalize, start)
	start = time.Now()
	err = write(ctx, res, opts, cache, p.meter, st)
	since(&p.clock.report, start)
	res.Stages = p.clock.stages()
	if err != nil {
		return res, err
	}
	return res, res.someFailed()
}

// check refuses options no run can go on with, before any work: a missing output folder, a
// previous run that is not one.
func (o Options) check() error {
	if o.Out == "" {
		return errors.New("no output folder")
	}
	if o.Previous != "" {
		if err := rundir.Check(o.Previous); err != nil {
			return fmt.Errorf("previous run: %w", err)
		}
	}
	return nil
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

// assemble gives every document a unique id and every item a unique id, and collects the items
// in input order. Two sources with the same symbol, or two copies of the same bytes, must not
// share item ids: see uniqueRoots.
func assemble(results []docResult) *Result {
	n := 0
	for _, r := range results {
		n += len(r.Items)
	}
	res := &Result{Items: make([]normalize.Item, 0, n), Docs: make([]normalize.Document, 0, len(results))}
	used := map[string]bool{}
	uniqueRoots(results)
	for _, r := range results {
		d := r.Doc
		if used[d.ID] {
			// The document id is for people: the file name tells the copies apart.
			d.ID = d.ID + "~" + corpus.SafeName(filepath.Base(d.Source))
			for k := range r.Items {
				r.Items[k].Doc = d.ID
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
	cpu     *semaphore.Weighted // Jobs slots for reading files and extracting; downloading holds none
	meter   *progress.Meter     // progress and diagnostics on opts.Progress, one line at a time
	// fetching counts the URL sources downloaded (or revalidated), beside the documents read.
	fetching  *progress.Phase
	clock     *stageClock // time spent in each stage, for --timings
	closeOnce sync.Once
}

// maxFetching is how many documents may be fetched (or wait to be fetched) beyond those being
// extracted: enough that a slow server does not idle the CPUs, few enough to bound the memory
// of fetched documents waiting for a slot.
const maxFetching = 8

// progress writes one diagnostic line.
func (p *processor) progress(format string, args ...any) {
	p.meter.Printf(format, args...)
}

// close stops the fetcher and the PDF engine; a second call does nothing.
func (p *processor) close() {
	p.closeOnce.Do(func() {
		p.fetcher.Close()
		if p.pdf != nil {
			p.pdf.close()
		}
	})
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
	// A CPU slot is taken before reading a local file (reading it is quick, and holding its
	// bytes while waiting for a slot would only cost memory) but after downloading a URL, so
	// that a slow server keeps no slot from the other documents.
	held := false
	takeCPU := func() error {
		if held {
			return nil
		}
		if err := p.cpu.Acquire(ctx, 1); err != nil {
			return err
		}
		held = true
		return nil
	}
	defer func() {
		if held {
			p.cpu.Release(1)
		}
	}()
	if src.Kind != corpus.KindURL {
		if err := takeCPU(); err != nil {
			return fail(err)
		}
	}
	// The document's deadline covers its download (retries and their waits included); waiting
	// for a CPU slot after it does not count.
	start := time.Now()
	fctx, fcancel := context.WithTimeout(ctx, p.opts.DocTimeout)
	fetch := p.fetcher.Fetch
	if src.Kind == corpus.KindURL && p.opts.FetchURL != nil {
		fetch = p.opts.FetchURL
	}
	f, err := fetch(fctx, src)
	if src.Kind == corpus.KindURL && p.fetching != nil {
		n := int64(0)
		if f != nil {
			n = int64(len(f.Data))
		}
		p.fetching.Add(n, err != nil)
	}
	fetchTimedOut := errors.Is(fctx.Err(), context.DeadlineExceeded) && ctx.Err() == nil
	fcancel()
	if err != nil {
		if fetchTimedOut {
			err = fmt.Errorf("%s: gave up fetching after %s: %w", src, p.opts.DocTimeout, context.DeadlineExceeded)
		}
		return fail(err)
	}
	out.Doc.SHA256 = f.SHA256
	out.Doc.Format = f.Format
	out.size = int64(len(f.Data))
	if r, ok := p.fromCache(f); ok {
		r.size = out.size
		return relabel(r, src)
	}
	if err := takeCPU(); err != nil {
		return fail(err)
	}
	dctx, cancel := context.WithTimeout(ctx, p.opts.DocTimeout-time.Since(start))
	defer cancel()
	// timedOut names the step the document's deadline cut short; the inner error would only
	// repeat the document's name.
	timedOut := func() bool {
		return errors.Is(dctx.Err(), context.DeadlineExceeded) && ctx.Err() == nil
	}
	stageStart := time.Now()
	doc, err := p.extract(dctx, src, f)
	since(&p.clock.textLayer, stageStart)
	if err != nil {
		if timedOut() {
			err = fmt.Errorf("%s: gave up reading after %s: %w", src, p.opts.DocTimeout, context.DeadlineExceeded)
		}
		return fail(err)
	}
	if err := checkPageCount(doc, len(f.Data)); err != nil {
		return fail(fmt.Errorf("%s: %w", src, err))
	}
	stageStart = time.Now()
	res, err := items.DetectWith(dctx, doc, items.Source{Ref: src.String(), FileID: corpus.DocID(src), Hash: f.SHA256}, items.Options{Calendar: p.opts.Calendar})
	if err != nil {
		if timedOut() {
			err = fmt.Errorf("%s: gave up finding items after %s: %w", src, p.opts.DocTimeout, context.DeadlineExceeded)
		} else {
			err = fmt.Errorf("%s: items: %w", src, err)
		}
		return fail(err)
	}
	since(&p.clock.items, stageStart)
	stageStart = time.Now()
	out.Doc.ID = res.DocID(items.Source{FileID: corpus.DocID(src)})
	out.Root = items.IDRoot(res.Symbol, f.SHA256)
	out.Doc.Symbol = nonEmpty(res.Symbol)
	out.Doc.Title = nonEmpty(items.CleanText(res.Title))
	if !res.Date.IsZero() {
		out.Doc.Date = normalize.Ptr(res.Date.Format("2006-01-02"))
	}
	if doc.Format == "pdf" {
		out.Doc.Pages = normalize.Ptr(doc.Pages)
	}
	out.Doc.PageErrors = summarizePageErrors(doc.PageErrors)
	out.Items = res.Items
	// Units as one name: the register resolves every printed unit (normalize/units.tsv).
	normalize.ResolveUnits(out.Items)
	out.Doc.Items = len(res.Items)
	since(&p.clock.normalize, stageStart)
	if ctx.Err() == nil {
		p.toCache(src, out)
	}
	return out
}

// expandFailures turns the sources that could not be expanded (a missing file, a manifest line
// refused, a link not followed) into failed documents, one a source, so that each still gets its
// line in documents.jsonl.
func expandFailures(err error) []docResult {
	var out []docResult
	for _, e := range corpus.Failures(err) {
		ref := corpus.FailedSource(e)
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

// Render draws the report PDF and its report.json, to be published in the folder out: the
// report links each local source relative to out (render.Input.Links), so that the links work
// where the report is opened, out/report.pdf.
func Render(ctx context.Context, its []normalize.Item, docs []normalize.Document, asOf time.Time, title string, chs []changes.Change, out string) (pdf, rjson []byte, err error) {
	rep, err := buildReport(its, docs, asOf, title, chs, out)
	if err != nil {
		return nil, nil, err
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

func buildReport(its []normalize.Item, docs []normalize.Document, asOf time.Time, title string, chs []changes.Change, out string) (*render.Report, error) {
	rep, err := render.Build(render.Input{Items: its, Docs: docs, AsOf: asOf, Title: title, Changes: chs, Links: render.RelativeLinks(docs, out)})
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	return rep, nil
}

// renderTo is Render writing report.pdf and report.json straight into the staged run st, so that
// neither is held whole beside the report's figures; it calls at(stage) once the figures are
// "built" and once the report is "drawn".
func renderTo(ctx context.Context, st *rundir.Stage, its []normalize.Item, docs []normalize.Document, asOf time.Time, title string, chs []changes.Change, out string, at func(stage string)) error {
	rep, err := buildReport(its, docs, asOf, title, chs, out)
	if err != nil {
		return err
	}
	at("built")
	if err := writeStaged(st, rundir.ReportPDF, func(w io.Writer) error { return render.WritePDF(ctx, w, rep) }); err != nil {
		return fmt.Errorf("report.pdf: %w", err)
	}
	at("drawn")
	if err := writeStaged(st, rundir.ReportJSON, func(w io.Writer) error { return render.WriteJSON(w, rep) }); err != nil {
		return fmt.Errorf("report.json: %w", err)
	}
	return nil
}

// writeStaged writes the output file name of st with write, buffered.
func writeStaged(st *rundir.Stage, name string, write func(io.Writer) error) error {
	f, err := st.Create(name)
	if err != nil {
		return err
	}
	return writeBuffered(f, write)
}

// writeBuffered writes f with write through a 64 KiB buffer and closes f, returning the first
// error of the writes, the flush or the close.
func writeBuffered(f io.WriteCloser, write func(io.Writer) error) error {
	w := bufio.NewWriterSize(f, 64<<10)
	err := write(w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

func writeJSONL[T any](w io.Writer, vs []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, v := range vs {
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	return nil
}
