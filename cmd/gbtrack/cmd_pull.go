package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"gbtrack/corpus"
	"gbtrack/pull"
)

func cmdPull(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("pull", stderr)
	out := fs.String("out", "", "cache folder")
	index := fs.String("index", "", "index page whose links name the documents")
	match := fs.String("match", "", "regular expression (Go syntax) a link's absolute URL must match to be a document")
	follow := fs.String("follow", "", "regular expression for links to more index pages (pagination)")
	depth := fs.Int("depth", 1, "how many --follow links away from --index pages are read")
	hosts := fs.String("hosts", "", "comma-separated hosts besides the index's that links may lead to")
	contact := fs.String("contact", "", "URL or mail address for site operators, sent in the User-Agent")
	jobs := fs.Int("j", 8, "documents downloaded at once over all hosts")
	perHost := fs.Int("per-host", 2, "requests at once to one host")
	rateFlag := fs.Float64("rate", 2, "requests a second to one host; 0: no limit")
	quiet := fs.Bool("quiet", false, "no progress lines")
	revalidate := fs.Bool("revalidate", false, "ask the server again for every stored document, even those still fresh")
	allowPrivate := fs.Bool("allow-private", false, "let redirects, manifest entries and index links lead to loopback, link-local and private addresses")
	srcs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case *out == "":
		return fmt.Errorf("pull: need --out CACHE: %w", errUsage)
	case len(srcs) == 0 && *index == "":
		return fmt.Errorf("pull: need a SOURCE or --index URL: %w", errUsage)
	case *index != "" && *match == "":
		return fmt.Errorf("pull: --index needs --match REGEX: %w", errUsage)
	case *index == "" && (*match != "" || *follow != ""):
		return fmt.Errorf("pull: --match and --follow go with --index: %w", errUsage)
	case *jobs < 1 || *perHost < 1 || *depth < 0 || *rateFlag < 0:
		return fmt.Errorf("pull: -j and --per-host want 1 or more, --depth and --rate 0 or more: %w", errUsage)
	}
	ix := pull.Index{URL: *index, Depth: *depth}
	if *index != "" {
		if ix.Match, err = regexp.Compile(*match); err != nil {
			return fmt.Errorf("pull: --match: %v: %w", err, errUsage)
		}
		if *follow != "" {
			if ix.Follow, err = regexp.Compile(*follow); err != nil {
				return fmt.Errorf("pull: --follow: %v: %w", err, errUsage)
			}
		}
		for _, h := range strings.Split(*hosts, ",") {
			if h = strings.TrimSpace(h); h != "" {
				ix.Hosts = append(ix.Hosts, h)
			}
		}
	}
	store, err := pull.OpenStore(*out)
	if err != nil {
		return err
	}
	opts := pull.Options{
		Jobs: *jobs, Revalidate: *revalidate,
		Fetch: corpus.FetchOptions{
			PerHost: *perHost, HostRate: *rateFlag, AllowPrivate: *allowPrivate,
			UserAgent: pull.UserAgent(version, *contact),
		},
	}
	if !*quiet {
		opts.Progress = stderr
	}
	p := pull.New(store, opts)
	defer p.Close()

	reqs, srcErr := p.Sources(ctx, srcs)
	var errs []error
	if srcErr != nil {
		errs = append(errs, srcErr)
	}
	if *index != "" {
		found, err := p.Crawl(ctx, ix)
		if err != nil {
			errs = append(errs, err)
		}
		reqs = append(reqs, found...)
	}
	for _, e := range errs {
		fmt.Fprintln(stderr, "gbtrack:", e)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	rep, err := p.Pull(ctx, reqs)
	if rep == nil {
		return err
	}
	for i, r := range rep.Results {
		path := ""
		if r.Meta != nil {
			path = store.BodyPath(reqs[i].URL)
		}
		fmt.Fprintf(stdout, "%s\t%s\t%s\n", r.Outcome, r.URL, corpus.Escape(path))
		if r.Err != nil {
			fmt.Fprintln(stderr, "gbtrack:", r.Err)
		}
	}
	fmt.Fprintf(stderr, "%d documents: %d fetched, %d not modified, %d fresh, %d resumed, %d failed; cache %s\n",
		len(rep.Results), rep.Count(pull.Fetched), rep.Count(pull.NotModified), rep.Count(pull.Fresh), rep.Count(pull.Resumed),
		rep.Count(pull.Failed), corpus.Escape(*out))
	switch {
	case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("pull interrupted; the next pull into %s resumes where this one stopped", corpus.Escape(*out))
	case err != nil && !errors.Is(err, pull.ErrSomeFailed):
		return err
	case err != nil || len(errs) > 0:
		return &exitStatus{code: 1}
	}
	return nil
}
