package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"gbtrack/changes"
	"gbtrack/pipeline"
	"gbtrack/rundir"
)

// cmdReport re-renders the report of an existing run without extracting again, and publishes
// it with the run's items and documents as one set in the output folder.
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
	if err := rundir.Check(pos[0]); err != nil {
		return fmt.Errorf("report: %v: %w", err, errUsage)
	}
	if *previous != "" {
		if err := rundir.Check(*previous); err != nil {
			return fmt.Errorf("report: --previous %v: %w", err, errUsage)
		}
	}
	dir := *out
	if dir == "" {
		dir = pos[0]
	}
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		return fmt.Errorf("report: --out %s: not a folder: %w", dir, errUsage)
	}
	lock, err := rundir.Acquire(dir)
	if err != nil {
		return err
	}
	defer lock.Release()
	src, err := rundir.Resolve(pos[0])
	if err != nil {
		return err
	}
	its, docs, err := changes.ReadRun(src)
	if err != nil {
		return err
	}
	// The run's own bytes are published again as they are, not re-encoded.
	itemsData, err := os.ReadFile(filepath.Join(src, rundir.ItemsFile))
	if err != nil {
		return err
	}
	docsData, err := os.ReadFile(filepath.Join(src, rundir.DocumentsFile))
	if err != nil {
		return err
	}
	var chs []changes.Change
	if *previous != "" {
		prev, err := rundir.Resolve(*previous)
		if err != nil {
			return fmt.Errorf("previous run: %w", err)
		}
		old, _, err := changes.ReadRun(prev)
		if err != nil {
			return fmt.Errorf("previous run: %w", err)
		}
		chs = changes.Compare(old, its, day)
	}
	t := *title
	if t == "" {
		t = pipeline.DefaultTitle
	}
	pdf, rjson, err := pipeline.Render(ctx, its, docs, day, t, chs, dir)
	if err != nil {
		return err
	}
	if err := rundir.Clean(dir); err != nil {
		fmt.Fprintf(stderr, "gbtrack: cleaning %s: %v\n", dir, err)
	}
	id := rundir.NewID(time.Now())
	if _, err := rundir.Write(ctx, dir, id, []rundir.File{
		{Name: rundir.ItemsFile, Data: itemsData},
		{Name: rundir.DocumentsFile, Data: docsData},
		{Name: rundir.ReportJSON, Data: rjson},
		{Name: rundir.ReportPDF, Data: pdf},
	}); err != nil {
		return err
	}
	if err := rundir.Publish(dir, id); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "%d items from %d documents; wrote %s\n", len(its), len(docs), filepath.Join(dir, rundir.ReportPDF))
	return nil
}
