package pipeline

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"gbtrack/corpus"
	"gbtrack/followup"
	"gbtrack/progress"
	"gbtrack/rundir"
	"gbtrack/shard"
)

// A sharded run (Options.Shard) reads its share of the sources and stops before the work that
// needs every document: ids made unique across documents (assemble), follow-up links and copies
// (followup.Link), the report. It writes what it read as a partial run; Merge reads the partial
// runs of every shard, puts the documents back in the order of the whole run's sources, and does
// that work once, so that its outputs are the bytes a single-machine run would have written.

// writePartial writes the shard's documents (those of srcs it owns, then those of unexpanded it
// owns, each with its position in the whole run) to opts.Out as a partial run.
func writePartial(srcs []corpus.Source, results, unexpanded []docResult, opts Options) (*Result, error) {
	names := make([]string, 0, len(srcs)+len(unexpanded))
	var recs []shard.Record
	res := &Result{PreviousRead: -1}
	add := func(i int, r docResult) {
		recs = append(recs, shard.Record{Index: i, Root: r.Root, Doc: r.Doc, Items: r.Items})
		res.Docs = append(res.Docs, r.Doc)
		res.Items = append(res.Items, r.Items...)
		if r.Doc.Error != nil {
			res.Failed++
		}
	}
	for i, src := range srcs {
		names = append(names, src.String())
		if opts.Shard.Owns(shard.Key(src)) {
			add(i, results[i])
		}
	}
	for k, u := range unexpanded {
		names = append(names, u.Doc.Source)
		if opts.Shard.Owns(shard.FailedKey(u.Doc.Source)) {
			add(len(srcs)+k, u)
		}
	}
	h := shard.Header{
		Shard: opts.Shard.I, Shards: opts.Shard.N,
		Sources: len(names), SourcesSHA256: shard.SourcesDigest(names),
		AsOf: opts.AsOf.Format(time.DateOnly), Title: opts.Title, Gbtrack: cacheVersion(opts),
	}
	if err := shard.Write(opts.Out, h, recs); err != nil {
		return nil, fmt.Errorf("partial run: %w", err)
	}
	res.RunDir = filepath.Join(opts.Out, shard.PartialFile)
	return res, res.someFailed()
}

// Merge reads the partial runs parts (each a shard's output folder or its shard.PartialFile),
// checks that they are every shard of one run (shard.Merge), and publishes in opts.Out the
// outputs of that run as a single-machine run writes them: the same ids, documents, items,
// follow-up links, copies and report, byte for byte. A zero opts.AsOf and an empty opts.Title
// take the shards' own; opts.Previous adds a changes section as in Run. The result and errors
// are Run's: ErrSomeFailed when some documents failed, outputs published all the same.
func Merge(ctx context.Context, parts []string, opts Options) (*Result, error) {
	if len(parts) == 0 {
		return nil, errors.New("merge: no partial runs")
	}
	var ps []shard.Part
	for _, part := range parts {
		path := shard.Path(part)
		h, recs, err := shard.Read(path)
		if err != nil {
			return nil, err
		}
		ps = append(ps, shard.Part{Path: path, Header: h, Records: recs})
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	h, recs, err := shard.Merge(ps)
	if err != nil {
		return nil, err
	}
	if opts.AsOf.IsZero() {
		if opts.AsOf, err = time.Parse(time.DateOnly, h.AsOf); err != nil {
			return nil, fmt.Errorf("partial runs: as_of %q: %w", h.AsOf, err)
		}
	}
	if opts.Title == "" {
		opts.Title = h.Title
	}
	opts = withDefaults(opts)
	if err := opts.check(); err != nil {
		return nil, err
	}
	lock, err := openOut(opts)
	if err != nil {
		return nil, err
	}
	defer lock.Release()
	results := make([]docResult, len(recs))
	for i, r := range recs {
		results[i] = docResult{Doc: r.Doc, Items: r.Items, Root: r.Root}
	}
	res := assemble(results)
	followup.Link(res.Items, res.Docs)
	st, err := rundir.NewStage(opts.Out, rundir.NewID(time.Now()))
	if err != nil {
		return nil, err
	}
	defer st.Abort()
	if err := write(ctx, res, opts, nil, progress.New(opts.Progress, opts.Quiet, time.Now), st); err != nil {
		return res, err
	}
	return res, res.someFailed()
}
