package pipeline

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"gbtrack/followup"
	"gbtrack/internal/heapsample"
	"gbtrack/normalize"
	"gbtrack/progress"
	"gbtrack/rundir"
)

// BenchmarkRun measures the whole batch (fetch, text layer, items, report) over the bundled
// samples without the extraction cache, in documents per second, as one invocation of gbtrack
// does it: each Run starts its PDFium engine, whose compiled module the warm-up run has put in
// the compilation cache.
func BenchmarkRun(b *testing.B) {
	srcs, err := filepath.Glob("../samples/*.*")
	if err != nil {
		b.Fatal(err)
	}
	var docs []string
	for _, s := range srcs {
		if ext := filepath.Ext(s); ext == ".pdf" || ext == ".html" {
			docs = append(docs, s)
		}
	}
	if len(docs) == 0 {
		b.Fatal("no sample documents under ../samples")
	}
	opts := Options{AsOf: time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC), NoCache: true, Version: "bench"}
	warm := opts
	warm.Out = b.TempDir()
	if _, err := Run(context.Background(), docs, warm); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		opts.Out = b.TempDir()
		if _, err := Run(context.Background(), docs, opts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkRunEnd is the end of a run over 20,000 items of 400 documents, without reading any:
// the items back from the spool, assemble, followup.Link, items.jsonl and documents.jsonl, the
// report drawn and the run folder written, as Run does once every document is read. The
// documents share one date, so Link computes every item's words but links none (its pairwise
// work depends on the corpus, not on this stage). peak-heap-MiB is the most heap held, sampled,
// the benchmark's own input (some 25 MB) included (issue 12: within 300 MiB of RSS at -j 2,
// report included).
func BenchmarkRunEnd(b *testing.B) {
	const docs, per = 400, 50
	results := make([]docResult, docs)
	for d := range results {
		sym := fmt.Sprintf("GB.%d/INS/%d", 300+d, d)
		src := fmt.Sprintf("corpus/gb%d-ins-%d.pdf", 300+d, d)
		r := docResult{Root: sym, Doc: normalize.Document{SchemaVersion: normalize.SchemaVersion, ID: sym, Source: src,
			Format: "pdf", SHA256: fmt.Sprintf("%064x", d), Symbol: normalize.Ptr(sym), Title: normalize.Ptr("Paper " + sym),
			Date: normalize.Ptr("2024-03-01"), Pages: normalize.Ptr(20), Items: per}}
		for k := range per {
			end := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, (d*per+k)*3).Format(time.DateOnly)
			r.Items = append(r.Items, normalize.Item{SchemaVersion: normalize.SchemaVersion,
				ID: fmt.Sprintf("%s#action_item-%d", sym, k+1), Kind: normalize.KindActionItem, Number: normalize.Ptr(fmt.Sprint(k + 1)),
				Text: strings.Repeat(fmt.Sprintf("Item %d of %s: review of the technical capacities in Côte d'Ivoire and Русский regions. ", k, sym), 1+k%7),
				Doc:  sym, Source: src, Page: normalize.Ptr(1 + k/3), Responsible: []string{fmt.Sprintf("UNIT-%d", k%9)},
				Due:    &normalize.Due{Text: "By " + end, End: normalize.Ptr(end), Precision: normalize.Ptr("day")},
				Status: &normalize.Status{Text: "Ongoing", Value: normalize.StatusOngoing}})
		}
		normalize.ResolveUnits(r.Items)
		results[d] = r
	}
	ctx := context.Background()
	opts := withDefaults(Options{AsOf: time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC), NoCache: true, NoPrevious: true})
	var top uint64
	for b.Loop() {
		b.StopTimer()
		opts.Out = b.TempDir()
		st, err := rundir.NewStage(opts.Out, rundir.NewID(time.Now()))
		if err != nil {
			b.Fatal(err)
		}
		sp, err := newSpool(st.Temp("items"), len(results))
		if err != nil {
			b.Fatal(err)
		}
		rs := make([]docResult, len(results))
		for i, r := range results {
			if err := sp.put(i, r.Doc.Source, r.Items); err != nil {
				b.Fatal(err)
			}
			r.Items = nil
			rs[i] = r
		}
		runtime.GC()
		b.StartTimer()
		peak := heapsample.Start()
		for i := range rs {
			if rs[i].Items, err = sp.items(i); err != nil {
				b.Fatal(err)
			}
		}
		res := assemble(rs)
		followup.Link(res.Items, res.Docs)
		if err := write(ctx, res, opts, nil, progress.New(io.Discard, true, time.Now), st); err != nil {
			b.Fatal(err)
		}
		top = max(top, peak())
		sp.close()
	}
	b.ReportMetric(float64(top)/(1<<20), "peak-heap-MiB")
}
