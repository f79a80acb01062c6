package pipeline

import (
	"fmt"
	"sync/atomic"
	"time"
)

// Stages is the time a run spent in each stage. The per-document stages (TextLayer, Items,
// Normalize) add up the time of every document, so at -j 2 they can exceed the run's wall time;
// EngineStart and Report happen once. A document served from the cache adds nothing.
type Stages struct {
	EngineStart time.Duration // starting the PDF engine (compiling or loading PDFium)
	TextLayer   time.Duration // reading documents into text layers (PDF and HTML)
	Items       time.Duration // finding items in the text layers
	Normalize   time.Duration // units, cross-document links, assembling the run
	Report      time.Duration // rendering and writing the outputs
}

// String gives the stages as name=seconds pairs, the form `gbtrack run --timings` prints and
// `make bench` reads.
func (s Stages) String() string {
	return fmt.Sprintf("engine-start=%.3fs text-layer=%.3fs items=%.3fs normalize=%.3fs report=%.3fs",
		s.EngineStart.Seconds(), s.TextLayer.Seconds(), s.Items.Seconds(), s.Normalize.Seconds(), s.Report.Seconds())
}

// stageClock accumulates Stages from concurrent documents.
type stageClock struct {
	engineStart, textLayer, items, normalize, report atomic.Int64 // nanoseconds
}

// since adds the time since start to the counter.
func since(c *atomic.Int64, start time.Time) { c.Add(int64(time.Since(start))) }

func (c *stageClock) stages() Stages {
	return Stages{
		EngineStart: time.Duration(c.engineStart.Load()),
		TextLayer:   time.Duration(c.textLayer.Load()),
		Items:       time.Duration(c.items.Load()),
		Normalize:   time.Duration(c.normalize.Load()),
		Report:      time.Duration(c.report.Load()),
	}
}
