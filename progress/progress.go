package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// Meter shows the progress of one command's phases on w. Safe for concurrent use.
type Meter struct {
	w     io.Writer // nil: silent
	quiet bool
	tty   bool
	now   func() time.Time

	mu    sync.Mutex
	bar   *progressbar.ProgressBar // on a terminal, the bar of owner (or a step's spinner)
	owner *Phase
	live  []*Phase // phases started and not finished, in start order
	notes []string // steps going on, told in the bar's description
	spin  func()   // stops the spinner that m.bar is, when it is one
}

// New returns a Meter writing to w (nil writes nothing). quiet shows no progress, only what
// Printf writes. now is the clock (nil: time.Now). A bar is drawn only when w is a terminal.
func New(w io.Writer, quiet bool, now func() time.Time) *Meter {
	if now == nil {
		now = time.Now
	}
	m := &Meter{w: w, quiet: quiet || w == nil, now: now}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		m.tty = true
	}
	return m
}

// Printf writes one diagnostic line (a newline is added when format has none), above the bar on
// a terminal. Quiet or not, it is written.
func (m *Meter) Printf(format string, args ...any) {
	if m.w == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.above(func() {
		s := fmt.Sprintf(format, args...)
		if !strings.HasSuffix(s, "\n") {
			s += "\n"
		}
		io.WriteString(m.w, s)
	})
}

// above runs write with the bar cleared, then draws the bar again. m.mu is held.
func (m *Meter) above(write func()) {
	if m.bar == nil {
		write()
		return
	}
	m.bar.Clear()
	write()
	m.bar.RenderBlank()
}

// Phase is a phase of countable work: documents done of a total.
type Phase struct {
	m                   *Meter
	name, unit          string
	total, done, failed int
	bytes               int64
	start, last         time.Time
	finished            bool
}

// Start begins a phase of total units (documents, say) named name ("reading", "fetching").
func (m *Meter) Start(name string, total int, unit string) *Phase {
	m.mu.Lock()
	defer m.mu.Unlock()
	t := m.now()
	p := &Phase{m: m, name: name, unit: unit, total: total, start: t, last: t}
	if m.quiet || total <= 0 {
		return p
	}
	m.live = append(m.live, p)
	if m.tty && m.owner == nil {
		m.newBar(p)
	}
	return p
}

// newBar gives p the bar, replacing a spinner. m.mu is held.
func (m *Meter) newBar(p *Phase) {
	m.stopSpinner()
	if m.bar != nil {
		m.bar.Clear()
	}
	m.owner = p
	m.bar = progressbar.NewOptions(p.total,
		progressbar.OptionSetWriter(m.w),
		progressbar.OptionSetDescription(m.describe()),
		progressbar.OptionSetWidth(30),
		progressbar.OptionShowCount(),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(65*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
	m.bar.Set(p.done)
}

// describe is the bar's description: its phase's bytes and failures, the other phases going on
// beside it, the steps under way. m.mu is held.
func (m *Meter) describe() string {
	p := m.owner
	if p == nil {
		return strings.Join(m.notes, ", ")
	}
	parts := []string{fmt.Sprintf("%s %s, %d failed", p.name, HumanBytes(p.bytes), p.failed)}
	for _, o := range m.live {
		if o != p {
			parts = append(parts, fmt.Sprintf("%s %d/%d", o.name, o.done, o.total))
		}
	}
	parts = append(parts, m.notes...)
	return strings.Join(parts, "; ")
}

// Add counts one unit done, of n bytes, failed or not.
func (p *Phase) Add(n int64, failed bool) {
	m := p.m
	m.mu.Lock()
	defer m.mu.Unlock()
	p.done++
	p.bytes += n
	if failed {
		p.failed++
	}
	if m.quiet || p.finished || p.total <= 0 {
		return
	}
	if p.done >= p.total {
		// The last unit ends the phase, though other phases go on.
		p.finishLocked()
		return
	}
	if m.tty {
		if m.owner == nil {
			m.newBar(p)
			return
		}
		m.bar.Describe(m.describe())
		if m.owner == p {
			m.bar.Add(1)
		}
		return
	}
	if t := m.now(); t.Sub(p.last) >= time.Second && p.done < p.total {
		p.last = t
		fmt.Fprintln(m.w, p.line(t))
	}
}

// Finish ends the phase with its last line, unless its last unit already did (Add).
func (p *Phase) Finish() {
	p.m.mu.Lock()
	defer p.m.mu.Unlock()
	p.finishLocked()
}

// finishLocked is Finish with m.mu held.
func (p *Phase) finishLocked() {
	m := p.m
	if p.finished {
		return
	}
	p.finished = true
	if m.quiet || p.total <= 0 {
		return
	}
	for i, o := range m.live {
		if o == p {
			m.live = append(m.live[:i], m.live[i+1:]...)
			break
		}
	}
	if m.owner == p {
		m.bar.Finish()
		m.bar, m.owner = nil, nil
		// Another phase going on takes the bar.
		if len(m.live) > 0 {
			defer m.newBar(m.live[0])
		}
	}
	line := p.line(m.now())
	m.above(func() { fmt.Fprintln(m.w, line) })
}

// line is the plain line of p at t: "reading: 12/40 documents, 3.1 MB, 1 failed, 4.2s elapsed,
// about 10s left".
func (p *Phase) line(t time.Time) string {
	el := t.Sub(p.start)
	s := fmt.Sprintf("%s: %d/%d %s, %s, %d failed, %s elapsed", p.name, p.done, p.total, p.unit, HumanBytes(p.bytes), p.failed, el.Round(100*time.Millisecond))
	if p.done > 0 && p.done < p.total {
		left := time.Duration(float64(el) / float64(p.done) * float64(p.total-p.done))
		s += fmt.Sprintf(", about %s left", left.Round(time.Second))
	}
	return s
}

// Step begins a step of unknown length: "engine: starting PDFium". The function it returns ends
// it with what came of it: "engine: PDFium ready in 1.2s". On a terminal a spinner turns while
// no bar is drawn; under a bar the step is told in its description.
func (m *Meter) Step(name, doing string) (done func(result string)) {
	if m.quiet {
		return func(string) {}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	start := m.now()
	note := name + ": " + doing
	switch {
	case !m.tty:
		fmt.Fprintln(m.w, note)
	case m.bar != nil:
		m.notes = append(m.notes, doing)
		m.bar.Describe(m.describe())
	default:
		m.notes = append(m.notes, note)
		m.bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(m.w),
			progressbar.OptionSetDescription(note),
			progressbar.OptionSpinnerType(14),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionClearOnFinish(),
		)
		bar := m.bar
		quit := make(chan struct{})
		finished := make(chan struct{})
		go func() {
			defer close(finished)
			tick := time.NewTicker(100 * time.Millisecond)
			defer tick.Stop()
			for {
				select {
				case <-quit:
					return
				case <-tick.C:
					bar.Add(1)
				}
			}
		}()
		m.spin = func() {
			close(quit)
			<-finished
		}
	}
	var once sync.Once
	return func(result string) {
		once.Do(func() {
			m.mu.Lock()
			defer m.mu.Unlock()
			for i, n := range m.notes {
				if n == note || n == doing {
					m.notes = append(m.notes[:i], m.notes[i+1:]...)
					break
				}
			}
			if m.spin != nil {
				m.stopSpinner()
				m.bar.Finish()
				m.bar = nil
			} else if m.bar != nil {
				m.bar.Describe(m.describe())
			}
			line := fmt.Sprintf("%s: %s in %s", name, result, m.now().Sub(start).Round(100*time.Millisecond))
			m.above(func() { fmt.Fprintln(m.w, line) })
		})
	}
}

// stopSpinner stops the spinner's goroutine, if one turns. m.mu is held.
func (m *Meter) stopSpinner() {
	if m.spin != nil {
		m.spin()
		m.spin = nil
	}
}

// HumanBytes writes n in B, KB, MB or GB (powers of 1000, one decimal).
func HumanBytes(n int64) string {
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
