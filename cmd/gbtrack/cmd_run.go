package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"gbtrack/corpus"
	"gbtrack/normalize"
	"gbtrack/pipeline"
	"gbtrack/pull"
	"gbtrack/rundir"
	"gbtrack/shard"
)

func cmdRun(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("run", stderr)
	out := fs.String("out", "", "output folder")
	jobs := fs.Int("j", 0, "documents read at once; 0: one a CPU")
	asOf := fs.String("as-of", "", "date overdue items are judged against (YYYY-MM-DD; default today)")
	title := fs.String("title", "", "report title")
	engine := fs.String("pdf-engine", "pdfium", "pdfium or go")
	password := fs.String("password", "", "password tried on password-protected PDFs")
	timeout := fs.Duration("doc-timeout", 60*time.Second, "give up on one document after this long")
	noCache := fs.Bool("no-cache", false, "extract every document again")
	previous := fs.String("previous", "", "a previous run's folder (default: the run DIR holds)")
	noPrevious := fs.Bool("no-previous", false, "no changes section, even when DIR holds a run")
	pullCache := fs.String("pull-cache", "", "folder URL sources are pulled through (see gbtrack help pull); default DIR/.cache/pull")
	contact := fs.String("contact", "", "URL or mail address for site operators, sent in the User-Agent")
	allowPrivate := fs.Bool("allow-private", false, "let redirects and manifest entries lead to loopback, link-local and private addresses")
	calendar := fs.String("calendar", "", "a TSV of sessions that adds to or overrides the built-in calendar")
	quiet := fs.Bool("quiet", false, "no progress (bars, phase lines, a line a document); failures and the summary are still written")
	shardFlag := fs.String("shard", "", "i/n: read only shard i (0-based) of n and write a partial run for gbtrack merge")
	timings := fs.Bool("timings", false, "print the time spent in each stage on standard error (make bench reads it)")
	var prof profiles
	prof.flags(fs)
	srcs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *out == "" || len(srcs) == 0 {
		return fmt.Errorf("run: need --out DIR and at least one SOURCE: %w", errUsage)
	}
	if *engine != "pdfium" && *engine != "go" {
		return fmt.Errorf("run: --pdf-engine %q: want pdfium or go: %w", *engine, errUsage)
	}
	if *jobs < 0 {
		return fmt.Errorf("run: -j %d: want 0 (one a CPU) or more: %w", *jobs, errUsage)
	}
	if *timeout <= 0 {
		return fmt.Errorf("run: --doc-timeout %v: want a positive duration: %w", *timeout, errUsage)
	}
	day, err := parseAsOf(*asOf)
	if err != nil {
		return err
	}
	if fi, err := os.Stat(*out); err == nil && !fi.IsDir() {
		return fmt.Errorf("run: --out %s: not a folder: %w", *out, errUsage)
	}
	if *previous != "" {
		if err := rundir.Check(*previous); err != nil {
			return fmt.Errorf("run: --previous %v: %w", err, errUsage)
		}
	}
	var sh shard.Spec
	if *shardFlag != "" {
		if sh, err = shard.Parse(*shardFlag); err != nil {
			return fmt.Errorf("run: --shard: %v: %w", err, errUsage)
		}
		if *previous != "" {
			return fmt.Errorf("run: --previous goes with gbtrack merge, not with --shard: %w", errUsage)
		}
	}
	cal, err := readCalendar(*calendar)
	if err != nil {
		return err
	}
	stopProfiles, err := prof.start()
	if err != nil {
		return err
	}
	defer stopProfiles(stderr)
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	opts := pipeline.Options{
		Out: *out, Jobs: *jobs, AsOf: day, Title: *title, PDFEngine: *engine, Password: *password,
		DocTimeout: *timeout, NoCache: *noCache, Previous: *previous, NoPrevious: *noPrevious, Version: buildVersion(),
		Progress: stderr, Quiet: *quiet, Calendar: cal, Shard: sh, HeapProfile: prof.heapAt(stderr),
	}
	opts.Fetch.AllowPrivate = *allowPrivate
	opts.Fetch.UserAgent = pull.UserAgent(version, *contact)
	if *pullCache == "" {
		*pullCache = filepath.Join(*out, ".cache", "pull")
	}
	puller := lazyPuller(*pullCache, opts.Fetch)
	defer puller.close()
	opts.FetchURL = puller.fetch
	if exe := self(); exe != "" {
		opts.WorkerCommand = []string{exe, "pdf-worker"}
	}
	res, err := pipeline.Run(ctx, srcs, opts)
	if res == nil || res.RunDir == "" {
		return err
	}
	if *timings {
		fmt.Fprintln(stderr, "gbtrack: timings", res.Stages)
	}
	// The summary is the last line on standard error, whatever happened.
	switch {
	case sh.Sharded():
		fmt.Fprintf(stderr, "shard %s: %d documents (%d failed), %d items; wrote %s\n",
			sh, len(res.Docs), res.Failed, len(res.Items), corpus.Escape(res.RunDir))
	case res.Published:
		fmt.Fprintln(stderr, summaryLine(res, "wrote "+*out))
	case err != nil:
		fmt.Fprintln(stderr, "gbtrack:", err)
	}
	if err != nil {
		return &exitStatus{code: 1}
	}
	return nil
}

// readCalendar reads --calendar FILE over the built-in calendar; nil when no file is given.
func readCalendar(path string) (*normalize.Calendar, error) {
	if path == "" {
		return nil, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("run: --calendar: %w", err)
	}
	cal, err := normalize.DefaultCalendar().Merge(string(data))
	if err != nil {
		return nil, fmt.Errorf("run: --calendar %s: %w: %w", path, err, errUsage)
	}
	return cal, nil
}

// self returns the path that runs this gbtrack again, for the PDF worker: the name it was
// started under (a test harness or a multi-call binary dispatches on it), resolved to a path,
// else the executable itself.
func self() string {
	name := os.Args[0]
	if strings.ContainsRune(name, filepath.Separator) {
		if abs, err := filepath.Abs(name); err == nil {
			return abs
		}
	} else if p, err := exec.LookPath(name); err == nil {
		if abs, err := filepath.Abs(p); err == nil {
			return abs
		}
	}
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	return exe
}

// lazyPull opens the pull cache on the first URL, so that a run over files alone leaves no
// trace of it.
type lazyPull struct {
	dir  string
	fo   corpus.FetchOptions
	once sync.Once
	p    *pull.Puller
	err  error
}

func lazyPuller(dir string, fo corpus.FetchOptions) *lazyPull {
	fo.HostRate = 2 // requests a second to one host, as pull's default
	return &lazyPull{dir: dir, fo: fo}
}

func (l *lazyPull) fetch(ctx context.Context, src corpus.Source) (*corpus.Fetched, error) {
	l.once.Do(func() {
		var store *pull.Store
		if store, l.err = pull.OpenStore(l.dir); l.err == nil {
			l.p = pull.New(store, pull.Options{Fetch: l.fo})
		}
	})
	if l.err != nil {
		return nil, l.err
	}
	return l.p.Fetch(ctx, src)
}

func (l *lazyPull) close() {
	if l.p != nil {
		l.p.Close()
	}
}

// summaryLine is the run's last line on standard error: documents read and failed, items, units
// not in the register, then where (e.g. "wrote out"), and a warning when the run read fewer
// documents than the previous one.
func summaryLine(res *pipeline.Result, where string) string {
	line := fmt.Sprintf("%d documents (%d failed), %d items, %d units not in the register; %s",
		len(res.Docs), res.Failed, len(res.Items), normalize.CountUnknownUnits(res.Items), where)
	if n := res.Lost(); n > 0 {
		line += fmt.Sprintf("; read %d fewer documents than the previous run (%d)", n, res.PreviousRead)
	}
	return line
}
