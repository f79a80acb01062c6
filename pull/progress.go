package pull

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress shows how a phase goes: on a terminal, a bar redrawn in place;
// elsewhere (a file, a pipe, a test), plain lines, at most one a second
// while work goes on. Both end with one plain line. A nil writer prints
// nothing.
type progress struct {
	w     io.Writer
	phase string
	now   func() time.Time
	start time.Time

	mu                  sync.Mutex
	total, done, failed int
	bytes               int64
	last                time.Time
	bar                 *progressbar.ProgressBar // nil: plain lines
}

func newProgress(w io.Writer, phase string, total int, now func() time.Time) *progress {
	t := now()
	p := &progress{w: w, phase: phase, now: now, start: t, total: total, last: t}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) && total > 0 {
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription(phase),
			progressbar.OptionSetWidth(30),
			progressbar.OptionShowCount(),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

// add counts one finished document of n bytes transferred.
func (p *progress) add(n int64, failed bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	p.bytes += n
	if failed {
		p.failed++
	}
	if p.bar != nil {
		p.bar.Describe(fmt.Sprintf("%s %s, %d failed", p.phase, humanBytes(p.bytes), p.failed))
		p.bar.Add(1)
		return
	}
	if t := p.now(); t.Sub(p.last) >= time.Second && p.done < p.total {
		p.last = t
		p.print(t)
	}
}

// finish prints the last line.
func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Finish()
	}
	p.print(p.now())
}

func (p *progress) print(t time.Time) {
	if p.w == nil {
		return
	}
	el := t.Sub(p.start)
	line := fmt.Sprintf("%s: %d/%d documents, %s, %d failed, %s elapsed", p.phase, p.done, p.total, humanBytes(p.bytes), p.failed, el.Round(100*time.Millisecond))
	if p.done > 0 && p.done < p.total {
		left := time.Duration(float64(el) / float64(p.done) * float64(p.total-p.done))
		line += fmt.Sprintf(", about %s left", left.Round(time.Second))
	}
	fmt.Fprintln(p.w, line)
}

// humanBytes writes n in B, KB, MB or GB (powers of 1000, one decimal).
func humanBytes(n int64) string {
	const k = 1000
	switch {
	case n < k:
		return fmt.Sprintf("%d B", n)
	case n < k*k:
		return fmt.Sprintf("%.1f KB", float64(n)/k)
	case n < k*k*k:
		return fmt.Sprintf("%.1f MB", float64(n)/(k*k))
	}
	return fmt.Sprintf("%.1f GB", float64(n)/(k*k*k))
}
