package pipeline

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"gbtrack/changes"
	"gbtrack/corpus"
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
//
// A report is drawn from the items and documents only (and the date, title, output folder and
// changes): when a run has the same ones as a report in the cache, that report is reused
// (reportFromCache).
func write(ctx context.Context, res *Result, opts Options, cache *corpus.Cache, meter *progress.Meter, st *rundir.Stage) error {
	res.PreviousRead = previousRead(opts.Out)
	// items.jsonl and documents.jsonl go straight to the staged run folder, hashed on the way
	// for the report's cache key.
	itemsSum, docsSum := sha256.New(), sha256.New()
	if err := writeJSONLFile(st, rundir.ItemsFile, itemsSum, res.Items); err != nil {
		return err
	}
	if err := writeJSONLFile(st, rundir.DocumentsFile, docsSum, res.Docs); err != nil {
		return err
	}
	if res.Read() == 0 && res.PreviousRead >= 0 {
		dir, err := st.Commit(ctx)
		if err != nil {
			return err
		}
		res.RunDir = dir
		read := fmt.Sprintf("%d documents read", res.PreviousRead)
		if res.PreviousRead == 1 {
			read = "1 document read"
		}
		return fmt.Errorf("%w: kept the previous outputs in %s (%s); this run's document lines are in %s",
			ErrNothingRead, opts.Out, read, filepath.Join(dir, rundir.DocumentsFile))
	}
	chs, err := compareWithPrevious(ctx, res, opts)
	if err != nil {
		return err
	}
	done := meter.Step("report", fmt.Sprintf("rendering %d items of %d documents", len(res.Items), len(res.Docs)))
	key := ""
	if cache != nil {
		key = reportKey(itemsSum.Sum(nil), docsSum.Sum(nil), chs, opts)
	}
	if pdf, rjson, ok := reportFromCache(cache, key); ok {
		if err := st.WriteFile(rundir.ReportJSON, rjson); err != nil {
			return err
		}
		if err := st.WriteFile(rundir.ReportPDF, pdf); err != nil {
			return err
		}
	} else {
		at := func(string) {}
		if opts.HeapProfile != nil {
			at = opts.HeapProfile
		}
		at("assembled")
		if err := renderTo(ctx, st, res.Items, res.Docs, opts.AsOf, opts.Title, chs, opts.Out, at); err != nil {
			done("failed")
			return err
		}
		reportToCache(cache, key, st, opts.Progress)
	}
	done(fmt.Sprintf("drawn, %s of PDF and %s of JSON", progress.HumanBytes(fileSize(st.Path(rundir.ReportPDF))),
		progress.HumanBytes(fileSize(st.Path(rundir.ReportJSON)))))
	if err := ctx.Err(); err != nil {
		return err
	}
	dir, err := st.Commit(ctx)
	if err != nil {
		return err
	}
	res.RunDir = dir
	// Past this point the run is complete on disk: a late Ctrl-C does not stop its publication,
	// which is one rename.
	if err := rundir.Publish(opts.Out, id(dir)); err != nil {
		return err
	}
	res.Published = true
	return nil
}

// id is the run id of the run folder dir.
func id(dir string) string { return filepath.Base(dir) }

// writeJSONLFile writes vs, one JSON value a line, as the output file name of st, and to sum.
func writeJSONLFile[T any](st *rundir.Stage, name string, sum io.Writer, vs []T) error {
	f, err := st.Create(name)
	if err != nil {
		return err
	}
	if err := writeBuffered(f, func(w io.Writer) error { return writeJSONL(io.MultiWriter(w, sum), vs) }); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// reportKey is the cache key of the report drawn from a run's items.jsonl and documents.jsonl,
// given by their SHA-256, with opts' date and title; the cache's folder already keys gbtrack's
// version.
func reportKey(items, docs []byte, chs []changes.Change, opts Options) string {
	h := sha256.New()
	// The report links each source relative to the output folder, so the folder is part of it.
	out, err := filepath.Abs(opts.Out)
	if err != nil {
		out = opts.Out
	}
	fmt.Fprintf(h, "report\x00%s\x00%s\x00%s\x00", opts.AsOf.Format(time.DateOnly), opts.Title, out)
	h.Write(items)
	h.Write(docs)
	if chs != nil { // the changes section: none, or these
		if data, err := json.Marshal(chs); err == nil {
			h.Write(data)
		} else {
			h.Write([]byte(err.Error()))
		}
	}
	return "report-" + hex.EncodeToString(h.Sum(nil))
}

// reportFromCache returns the report stored under key: report.pdf and report.json in one entry,
// the PDF's length first.
func reportFromCache(cache *corpus.Cache, key string) (pdf, rjson []byte, ok bool) {
	if cache == nil || key == "" {
		return nil, nil, false
	}
	data, ok := cache.Get(key)
	if !ok {
		return nil, nil, false
	}
	head, rest, found := bytes.Cut(data, []byte("\n"))
	n, err := strconv.Atoi(string(head))
	if !found || err != nil || n < 0 || n > len(rest) {
		return nil, nil, false
	}
	return rest[:n:n], rest[n:], true
}

// reportToCache stores the report staged in st under key and removes the one stored before (a
// run folder keeps one report; so does the cache). The entry is the PDF's length, a newline, the
// PDF and the JSON (reportFromCache), copied from the staged files. A failure is said and
// otherwise harmless.
func reportToCache(cache *corpus.Cache, key string, st *rundir.Stage, progress io.Writer) {
	if cache == nil || key == "" {
		return
	}
	const latest = "report-latest"
	pdf, rjson := st.Path(rundir.ReportPDF), st.Path(rundir.ReportJSON)
	head := strconv.AppendInt(nil, fileSize(pdf), 10)
	err := cache.PutFiles(key, append(head, '\n'), pdf, rjson)
	if err == nil {
		if old, ok := cache.Get(latest); ok && string(old) != key && strings.HasPrefix(string(old), "report-") {
			err = cache.Delete(string(old))
		}
	}
	if err == nil {
		err = cache.Put(latest, []byte(key))
	}
	if err != nil {
		fmt.Fprintf(progress, "gbtrack: report cache: %v\n", err)
	}
}

// fileSize is the size of the file at path in bytes; -1 when it cannot be read.
func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return -1
	}
	return fi.Size()
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

// compareWithPrevious returns the changes since the previous run, for the report's "Changes since
// the previous run": against opts.Previous when given (its errors are the run's), else against
// the run opts.Out holds before this one is published, unless opts.NoPrevious; nil when there is
// nothing to compare with. An unreadable run in opts.Out is reported on opts.Progress and
// skipped: it must not stop a new run from replacing it.
func compareWithPrevious(ctx context.Context, res *Result, opts Options) ([]changes.Change, error) {
	dir, given := opts.Previous, opts.Previous != ""
	if !given {
		if opts.NoPrevious || res.PreviousRead < 0 || rundir.Check(opts.Out) != nil {
			return nil, nil
		}
		dir = opts.Out
	}
	chs, err := func() ([]changes.Change, error) {
		prev, err := rundir.Resolve(dir)
		if err != nil {
			return nil, err
		}
		old, _, err := changes.ReadRun(prev)
		if err != nil {
			return nil, err
		}
		return changes.CompareContext(ctx, old, res.Items, opts.AsOf)
	}()
	switch {
	case err == nil:
		return chs, nil
	case given || ctx.Err() != nil:
		return nil, fmt.Errorf("previous run: %w", err)
	default:
		fmt.Fprintf(opts.Progress, "gbtrack: the run in %s is not compared with: %v\n", corpus.Escape(opts.Out), oneLine(err.Error()))
		return nil, nil
	}
}
