package pipeline

import (
	"context"
	"path/filepath"
	"testing"
	"time"
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
