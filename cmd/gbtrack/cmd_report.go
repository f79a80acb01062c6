package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"gbtrack/changes"
	"gbtrack/corpus"
	"gbtrack/pipeline"
)

// cmdReport re-renders the report of an existing run without extracting again.
func cmdReport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("report", stderr)
	out := fs.String("out", "", "output folder (default: RUN_DIR)")
	asOf := fs.String("as-of", "", "date overdue items are judged against (YYYY-MM-DD)")
	title := fs.String("title", "", "report title")
	previous := fs.String("previous", "", "a previous run's folder")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("report: need one RUN_DIR: %w", errUsage)
	}
	day, err := parseAsOf(*asOf)
	if err != nil {
		return err
	}
	dir := *out
	if dir == "" {
		dir = pos[0]
	}
	its, docs, err := changes.ReadRun(pos[0])
	if err != nil {
		return err
	}
	var chs []changes.Change
	if *previous != "" {
		old, _, err := changes.ReadRun(*previous)
		if err != nil {
			return fmt.Errorf("previous run: %w", err)
		}
		chs = changes.Compare(old, its, day)
	}
	t := *title
	if t == "" {
		t = pipeline.DefaultTitle
	}
	pdf, rjson, err := pipeline.Render(ctx, its, docs, day, t, chs)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := corpus.WriteFileAtomic(filepath.Join(dir, "report.json"), rjson, 0o644); err != nil {
		return err
	}
	if err := corpus.WriteFileAtomic(filepath.Join(dir, "report.pdf"), pdf, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d items from %d documents; wrote %s\n", len(its), len(docs), filepath.Join(dir, "report.pdf"))
	return nil
}
