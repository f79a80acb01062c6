package progress

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// clock is a fake time that moves only when told.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func lines(b *bytes.Buffer) []string {
	return strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
}

// TestPlainLines: off a terminal, a phase writes at most one line a second while it goes on and
// one when it ends, with done of total, bytes, failures, elapsed and remaining time.
func TestPlainLines(t *testing.T) {
	var out bytes.Buffer
	c := &clock{t: time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)}
	m := New(&out, false, c.now)
	p := m.Start("reading", 4, "documents")
	c.add(500 * time.Millisecond)
	p.Add(1500, false) // under a second: no line
	c.add(time.Second)
	p.Add(2500, true)
	m.Printf("gbtrack: x.pdf: empty file")
	c.add(2 * time.Second)
	p.Add(1000, false)
	p.Add(1000, false)
	p.Finish()
	p.Finish() // once only
	want := []string{
		"reading: 2/4 documents, 4.0 KB, 1 failed, 1.5s elapsed, about 2s left",
		"gbtrack: x.pdf: empty file",
		"reading: 3/4 documents, 5.0 KB, 1 failed, 3.5s elapsed, about 1s left",
		"reading: 4/4 documents, 6.0 KB, 1 failed, 3.5s elapsed",
	}
	assert.Equal(t, want, lines(&out))
}

func TestStepLines(t *testing.T) {
	var out bytes.Buffer
	c := &clock{t: time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)}
	m := New(&out, false, c.now)
	done := m.Step("engine", "starting PDFium")
	c.add(1234 * time.Millisecond)
	done("PDFium ready")
	done("again") // once only
	assert.Equal(t, []string{"engine: starting PDFium", "engine: PDFium ready in 1.2s"}, lines(&out))
}

// TestQuiet: a quiet Meter shows no progress but still writes diagnostics.
func TestQuiet(t *testing.T) {
	var out bytes.Buffer
	c := &clock{t: time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)}
	m := New(&out, true, c.now)
	p := m.Start("reading", 2, "documents")
	done := m.Step("report", "rendering")
	c.add(5 * time.Second)
	p.Add(10, false)
	m.Printf("gbtrack: %s: %s", "y.pdf", "damaged")
	p.Add(10, false)
	p.Finish()
	done("drawn")
	assert.Equal(t, "gbtrack: y.pdf: damaged\n", out.String())
}

// TestNilWriter: a Meter on no writer writes nothing and does not fail.
func TestNilWriter(t *testing.T) {
	m := New(nil, false, nil)
	p := m.Start("pull", 1, "documents")
	p.Add(1, false)
	p.Finish()
	m.Step("x", "y")("z")
	m.Printf("nothing")
	assert.NotNil(t, m)
}

func TestHumanBytes(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{{0, "0 B"}, {999, "999 B"}, {1000, "1.0 KB"}, {1_500_000, "1.5 MB"}, {2_000_000_000, "2.0 GB"}}
	for _, tt := range tests {
		assert.Equal(t, tt.want, HumanBytes(tt.n), "HumanBytes(%d)", tt.n)
	}
}
