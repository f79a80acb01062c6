package normalize

import (
	_ "embed"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Session bodies.
const (
	BodyGB  = "GB"  // the Governing Body
	BodyILC = "ILC" // the International Labour Conference
)

// Session is one session of the Governing Body or of the Conference.
type Session struct {
	Body   string // BodyGB or BodyILC
	Number int    // 356 for the 356th Session
	// First and Last are ISO days. Where only the month is known they are the month's first
	// and last day, and Exact is false.
	First, Last string
	Exact       bool
	// Irregular marks a session that broke the usual rhythm: moved, split, cancelled or extra.
	Irregular bool
	// Source is "pattern" for an entry inferred from the rhythm of sessions, else where the
	// dates are stated.
	Source string

	label string // Label, computed once when the calendar is read
}

// Label names the session the way a reader expects it: "GB.356, March 2026",
// "ILC.109, May–December 2021".
func (s Session) Label() string {
	if s.label != "" {
		return s.label
	}
	f, _ := parseISODay(s.First)
	l, _ := parseISODay(s.Last)
	when := fmt.Sprintf("%s %d", f.m, f.y)
	switch {
	case f.y != l.y:
		when = fmt.Sprintf("%s %d–%s %d", f.m, f.y, l.m, l.y)
	case f.m != l.m:
		when = fmt.Sprintf("%s–%s %d", f.m, l.m, l.y)
	}
	return fmt.Sprintf("%s.%d, %s", s.Body, s.Number, when)
}

// Calendar holds the sessions of the Governing Body and of the Conference. It is read-only once
// built.
type Calendar struct {
	gb, ilc map[int]Session
	byTime  []Session // every session, ordered by first day
}

//go:embed calendar.tsv
var calendarTSV string

// builtin is parsed once; it is never modified after init, and DefaultCalendar hands out
// copies.
var builtin = mustCalendar(calendarTSV)

func mustCalendar(data string) *Calendar {
	c, err := ParseCalendar(data)
	if err != nil {
		panic("normalize: embedded calendar.tsv: " + err.Error())
	}
	return c
}

// DefaultCalendar returns the calendar shipped with the package (calendar.tsv).
func DefaultCalendar() *Calendar {
	c := &Calendar{gb: make(map[int]Session, len(builtin.gb)), ilc: make(map[int]Session, len(builtin.ilc))}
	for k, v := range builtin.gb {
		c.gb[k] = v
	}
	for k, v := range builtin.ilc {
		c.ilc[k] = v
	}
	c.byTime = append([]Session(nil), builtin.byTime...)
	return c
}

// ErrCalendar is wrapped by every error of ParseCalendar.
var ErrCalendar = errors.New("bad calendar")

// ParseCalendar reads the tab-separated form of calendar.tsv: body, number, first, last,
// flags, source; lines starting with # are comments.
func ParseCalendar(data string) (*Calendar, error) {
	c := &Calendar{gb: map[int]Session{}, ilc: map[int]Session{}}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("line %d: %d fields, want 6: %w", n+1, len(f), ErrCalendar)
		}
		num, err := strconv.Atoi(f[1])
		if err != nil || num <= 0 {
			return nil, fmt.Errorf("line %d: number %q: %w", n+1, f[1], ErrCalendar)
		}
		first, ex1, ok1 := calendarDay(f[2], false)
		last, ex2, ok2 := calendarDay(f[3], true)
		if !ok1 || !ok2 || last.before(first) {
			return nil, fmt.Errorf("line %d: dates %q %q: %w", n+1, f[2], f[3], ErrCalendar)
		}
		s := Session{Body: f[0], Number: num, First: first.String(), Last: last.String(),
			Exact: ex1 && ex2, Irregular: f[4] == "irregular", Source: f[5]}
		s.label = s.Label()
		var m map[int]Session
		switch f[0] {
		case BodyGB:
			m = c.gb
		case BodyILC:
			m = c.ilc
		default:
			return nil, fmt.Errorf("line %d: body %q: %w", n+1, f[0], ErrCalendar)
		}
		if _, dup := m[num]; dup {
			return nil, fmt.Errorf("line %d: %s.%d twice: %w", n+1, f[0], num, ErrCalendar)
		}
		m[num] = s
		c.byTime = append(c.byTime, s)
	}
	sort.SliceStable(c.byTime, func(i, j int) bool { return c.byTime[i].First < c.byTime[j].First })
	return c, nil
}

// calendarDay reads YYYY-MM-DD, or YYYY-MM as the month's first (or, with last, last) day.
func calendarDay(s string, last bool) (civil, bool, bool) {
	if d, ok := parseISODay(s); ok {
		return d, true, true
	}
	if len(s) != 7 || s[4] != '-' {
		return civil{}, false, false
	}
	d, ok := parseISODay(s + "-01")
	if !ok {
		return civil{}, false, false
	}
	if last {
		d = lastOf(d.y, d.m)
	}
	return d, false, true
}

// GBSession returns the nth session of the Governing Body.
func (c *Calendar) GBSession(n int) (Session, bool) {
	s, ok := c.gb[n]
	return s, ok
}

// ILCSession returns the nth session of the International Labour Conference.
func (c *Calendar) ILCSession(n int) (Session, bool) {
	s, ok := c.ilc[n]
	return s, ok
}

// Sessions returns every session ordered by first day.
func (c *Calendar) Sessions() []Session { return append([]Session(nil), c.byTime...) }

// InMonth returns the session of body that meets during month m of year y: "the November 2024
// session" is the 352nd Session (October–November 2024).
func (c *Calendar) InMonth(body string, y int, m time.Month) (Session, bool) {
	lo, hi := firstOf(y, m).String(), lastOf(y, m).String()
	for _, s := range c.byTime {
		if s.Body == body && s.First <= hi && s.Last >= lo {
			return s, true
		}
	}
	return Session{}, false
}

// Next returns the first session of body that begins after day t.
func (c *Calendar) Next(body string, t time.Time) (Session, bool) {
	after := civilOf(t).String()
	for _, s := range c.byTime {
		if s.Body == body && s.First > after {
			return s, true
		}
	}
	return Session{}, false
}

// sessionSpan turns a calendar entry into the interval a reference to it names.
func sessionSpan(s Session) span {
	f, _ := parseISODay(s.First)
	l, _ := parseISODay(s.Last)
	return span{start: f, end: l, prec: PrecisionSession, session: true, cal: s.Label()}
}
