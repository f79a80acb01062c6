package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"gbtrack/corpus"
	"gbtrack/pipeline"
	"gbtrack/rundir"
)

func cmdMerge(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("merge", stderr)
	asOf := fs.String("as-of", "", "date overdue items are judged against (YYYY-MM-DD; default the shards')")
	title := fs.String("title", "", "report title (default the shards')")
	previous := fs.String("previous", "", "a previous run's folder")
	quiet := fs.Bool("quiet", false, "no progress lines; failures and the summary still")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) < 2 {
		return fmt.Errorf("merge: need OUT and at least one PART: %w", errUsage)
	}
	out, parts := pos[0], pos[1:]
	var day time.Time
	if *asOf != "" {
		if day, err = parseAsOf(*asOf); err != nil {
			return err
		}
	}
	if fi, err := os.Stat(out); err == nil && !fi.IsDir() {
		return fmt.Errorf("merge: OUT %s: not a folder: %w", out, errUsage)
	}
	for _, p := range parts {
		if _, err := os.Stat(p); err != nil {
			return fmt.Errorf("merge: PART %v: %w", err, errUsage)
		}
	}
	if *previous != "" {
		if err := rundir.Check(*previous); err != nil {
			return fmt.Errorf("merge: --previous %v: %w", err, errUsage)
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	res, err := pipeline.Merge(ctx, parts, pipeline.Options{
		Out: out, AsOf: day, Title: *title, Previous: *previous, Progress: stderr, Quiet: *quiet, Version: buildVersion(),
	})
	if res == nil || res.RunDir == "" {
		return err
	}
	switch {
	case res.Published:
		fmt.Fprintln(stderr, summaryLine(res, fmt.Sprintf("merged %d shards into %s", len(parts), corpus.Escape(out))))
	case err != nil:
		fmt.Fprintln(stderr, "gbtrack:", err)
	}
	if err != nil {
		return &exitStatus{code: 1}
	}
	return nil
}
