package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"gbtrack/changes"
	"gbtrack/normalize"
	"gbtrack/progress"
	"gbtrack/rundir"
)

// ErrNothingRead is returned (wrapped) when no document of a run could be read and the output
// folder already held a published run: those outputs are kept, not replaced by an empty set.
var ErrNothingRead = errors.New("no document could be read")

// write renders the outputs and publishes them as one set in opts.Out (see package rundir):
// written in full to a new run folder, then made current by one rename, so that an interrupted
// run leaves the previous outputs. A run that read no document while the folder holds a
// published run keeps that run current: its own files go to a run folder that is not published,
// and the error wraps ErrNothingRead. res.RunDir, res.Published and res.PreviousRead are set.
func write(ctx context.Context, res *Result, opts Options, meter *progress.Meter) error {
	res.PreviousRead = previousRead(opts.Out)
	var items, docs bytes.Buffer
	if err := writeJSONL(&items, res.Items); err != nil {
		return err
	}
	if err := writeJSONL(&docs, res.Docs); err != nil {
		return err
	}
	id := rundir.NewID(time.Now())
	if res.Read() == 0 && res.PreviousRead >= 0 {
		dir, err := rundir.Write(ctx, opts.Out, id, []rundir.File{
			{Name: rundir.ItemsFile, Data: items.Bytes()},
			{Name: rundir.DocumentsFile, Data: docs.Bytes()},
		})
		if err != nil {
			return err
		}
		res.RunDir = dir
		return fmt.Errorf("%w: kept the previous outputs in %s (%d documents read); this run's document lines are in %s",
			ErrNothingRead, opts.Out, res.PreviousRead, filepath.Join(dir, rundir.DocumentsFile))
	}
	var chs []changes.Change
	if opts.Previous != "" {
		prev, err := rundir.Resolve(opts.Previous)
		if err != nil {
			return fmt.Errorf("previous run: %w", err)
		}
		old, _, err := changes.ReadRun(prev)
		if err != nil {
			return fmt.Errorf("previous run: %w", err)
		}
		if chs, err = changes.CompareContext(ctx, old, res.Items, opts.AsOf); err != nil {
			return fmt.Errorf("previous run: %w", err)
		}
	}
	done := meter.Step("report", fmt.Sprintf("rendering %d items of %d documents", len(res.Items), len(res.Docs)))
	pdf, rjson, err := Render(ctx, res.Items, res.Docs, opts.AsOf, opts.Title, chs, opts.Out)
	if err != nil {
		done("failed")
		return err
	}
	done(fmt.Sprintf("drawn, %s of PDF and %s of JSON", progress.HumanBytes(int64(len(pdf))), progress.HumanBytes(int64(len(rjson)))))
	dir, err := rundir.Write(ctx, opts.Out, id, []rundir.File{
		{Name: rundir.ItemsFile, Data: items.Bytes()},
		{Name: rundir.DocumentsFile, Data: docs.Bytes()},
		{Name: rundir.ReportJSON, Data: rjson},
		{Name: rundir.ReportPDF, Data: pdf},
	})
	if err != nil {
		return err
	}
	res.RunDir = dir
	// Past this point the run is complete on disk: a late Ctrl-C does not stop its publication,
	// which is one rename.
	if err := rundir.Publish(opts.Out, id); err != nil {
		return err
	}
	res.Published = true
	return nil
}

// previousRead counts the documents the run published in dir read without error; -1 when dir
// holds no published run (a new folder, or one a run left without outputs).
func previousRead(dir string) int {
	if rundir.Check(dir) != nil {
		return -1
	}
	cur, err := rundir.Resolve(dir)
	if err != nil {
		return -1
	}
	_, docs, err := changes.ReadRun(cur)
	if err != nil {
		return -1
	}
	return countRead(docs)
}

func countRead(docs []normalize.Document) int {
	n := 0
	for _, d := range docs {
		if d.Error == nil {
			n++
		}
	}
	return n
}

// Read is the number of documents read without error.
func (r *Result) Read() int { return countRead(r.Docs) }

// Lost is how many fewer documents this run read than the run previously published in the same
// output folder; 0 when it read as many or more, or when there was none.
func (r *Result) Lost() int {
	if r.PreviousRead < 0 {
		return 0
	}
	return max(r.PreviousRead-r.Read(), 0)
}
