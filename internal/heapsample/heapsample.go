// Package heapsample measures the peak of a Go heap over a stretch of work, for benchmarks that
// report it (b.ReportMetric "peak-heap-MiB"): the render and pipeline benchmarks of the report at
// scale. It reads runtime/metrics, so it needs no profile and stops no goroutine.
package heapsample

import (
	"runtime/metrics"
	"time"
)

// Start samples the bytes of the heap's live and not yet swept objects
// (/memory/classes/heap/objects:bytes) every 2 ms until the returned function is called, which
// stops the sampling and returns the most seen, in bytes. The returned function must be called
// once.
func Start() (stop func() uint64) {
	done := make(chan struct{})
	most := make(chan uint64)
	go func() {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		var top uint64
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(s)
			top = max(top, s[0].Value.Uint64())
			select {
			case <-done:
				most <- top
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		return <-most
	}
}
