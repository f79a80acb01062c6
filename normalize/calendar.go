package normalize

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Session bodies. A calendar file may name others (any upper-case name such as "UNWOMEN"); these
// are the ones the grammar knows how to name in running text.
const (
	BodyGB     = "GB"     // the ILO Governing Body: numbered sessions, three a year
	BodyILC    = "ILC"    // the International Labour Conference: numbered sessions, one a year
	BodyUNGA   = "UNGA"   // the UN General Assembly: the Nth regular session opens in September 1945+N
	BodyUNDP   = "UNDP"   // the Executive Board of UNDP, UNFPA and UNOPS: named sessions
	BodyUNICEF = "UNICEF" // the Executive Board of UNICEF: named sessions
)

// Session is one session of a body: numbered ("the 356th Session" of the Governing Body, "the
// eightieth session" of the General Assembly) or named by its year and place in the year ("the
// first regular session 2027" of an Executive Board).
type Session struct {
	Body   string // BodyGB, BodyILC, BodyUNGA, BodyUNDP, BodyUNICEF or a body a calendar file names
	Number int    // 356 for the 356th Session; 0 for a named session
	// Name is a named session's key: its year and "first regular", "annual" or "second
	// regular" ("2027 first regular"); empty for a numbered one.
	Name string
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

// key is the session's place in its body's table: its number, or its name.
func (s Session) key() string {
	if s.Name != "" {
		return s.Body + "|" + s.Name
	}
	return s.Body + "|" + strconv.Itoa(s.Number)
}

// Label names the session the way a reader expects it: "GB.356, March 2026",
// "ILC.109, May–December 2021", "UNDP 2027 first regular, January 2027".
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
	if s.Name != "" {
		return fmt.Sprintf("%s %s, %s", s.Body, s.Name, when)
	}
	return fmt.Sprintf("%s.%d, %s", s.Body, s.Number, when)
}

// Calendar holds the sessions of the bodies whose sessions bound deadlines: the Governing Body,
// the Conference, the General Assembly and the Executive Boards. It is read-only once built;
// Merge, With and WithBoard return new calendars.
type Calendar struct {
	byKey  map[string]Session // Session.key() -> session
	byTime []Session          // every session, ordered by first day
	// board is the Executive Board that a session named without its body ("the first regular
	// session 2027") belongs to: the board whose paper is being read. Empty: BodyUNDP, then
	// BodyUNICEF.
	board string
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
func DefaultCalendar() *Calendar { return builtin.clone() }

func (c *Calendar) clone() *Calendar {
	out := &Calendar{byKey: make(map[string]Session, len(c.byKey)), board: c.board}
	for k, v := range c.byKey {
		out.byKey[k] = v
	}
	out.byTime = append([]Session(nil), c.byTime...)
	return out
}

// ErrCalendar is wrapped by every error of ParseCalendar.
var ErrCalendar = errors.New("bad calendar")

// ParseCalendar reads the tab-separated form of calendar.tsv: body, number or name, first, last,
// flags, source; lines starting with # are comments. The body is an upper-case name ("GB",
// "UNGA", "UNICEF"); the second field is the session's number ("356"), or for a named session
// its year and name ("2027 first regular", "2027 annual", "2027 second regular"). A session
// listed twice is an error.
func ParseCalendar(data string) (*Calendar, error) {
	c := &Calendar{byKey: map[string]Session{}}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("line %d: %d fields, want 6: %w", n+1, len(f), ErrCalendar)
		}
		if !validBody(f[0]) {
			return nil, fmt.Errorf("line %d: body %q: %w", n+1, f[0], ErrCalendar)
		}
		s := Session{Body: f[0]}
		if num, err := strconv.Atoi(f[1]); err == nil {
			if num <= 0 {
				return nil, fmt.Errorf("line %d: number %q: %w", n+1, f[1], ErrCalendar)
			}
			s.Number = num
		} else if name, ok := sessionName(f[1]); ok {
			s.Name = name
		} else {
			return nil, fmt.Errorf("line %d: number or name %q: %w", n+1, f[1], ErrCalendar)
		}
		first, ex1, ok1 := calendarDay(f[2], false)
		last, ex2, ok2 := calendarDay(f[3], true)
		if !ok1 || !ok2 || last.before(first) {
			return nil, fmt.Errorf("line %d: dates %q %q: %w", n+1, f[2], f[3], ErrCalendar)
		}
		s.First, s.Last = first.String(), last.String()
		s.Exact, s.Irregular, s.Source = ex1 && ex2, f[4] == "irregular", f[5]
		s.label = s.Label()
		if _, dup := c.byKey[s.key()]; dup {
			return nil, fmt.Errorf("line %d: %s twice: %w", n+1, s.Label(), ErrCalendar)
		}
		c.byKey[s.key()] = s
		c.byTime = append(c.byTime, s)
	}
	c.sort()
	return c, nil
}

func (c *Calendar) sort() {
	sort.SliceStable(c.byTime, func(i, j int) bool {
		if c.byTime[i].First != c.byTime[j].First {
			return c.byTime[i].First < c.byTime[j].First
		}
		return c.byTime[i].key() < c.byTime[j].key()
	})
}

// validBody accepts an upper-case name of letters, digits and hyphens.
func validBody(b string) bool {
	if b == "" || len(b) > 16 || b[0] < 'A' || b[0] > 'Z' {
		return false
	}
	for i := 0; i < len(b); i++ {
		if c := b[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// sessionName reads a named session's key, "2027 first regular", in any case and spacing.
func sessionName(s string) (string, bool) {
	f := strings.Fields(strings.ToLower(s))
	if len(f) < 2 || len(f[0]) != 4 {
		return "", false
	}
	if y, err := strconv.Atoi(f[0]); err != nil || y < minYear || y > maxYear {
		return "", false
	}
	name := strings.Join(f[1:], " ")
	switch name {
	case "first regular", "annual", "second regular", "third regular", "special":
		return f[0] + " " + name, true
	}
	return "", false
}

// Merge returns a calendar holding c's sessions and those of data (calendar.tsv's format); a
// session of data replaces c's session of the same body and number or name. c is not changed.
// Errors wrap ErrCalendar.
func (c *Calendar) Merge(data string) (*Calendar, error) {
	add, err := ParseCalendar(data)
	if err != nil {
		return nil, err
	}
	out := c.clone()
	for _, s := range add.byTime {
		out.put(s)
	}
	return out, nil
}

// With returns a calendar with session s added, or replacing the session of the same body and
// number or name: a paper's masthead that prints its session's dates ("First regular session 2027
// / 25 to 29 January 2027") makes them the calendar's for that paper. c is not changed.
func (c *Calendar) With(s Session) *Calendar {
	out := c.clone()
	s.label = ""
	s.label = s.Label()
	out.put(s)
	return out
}

// WithBoard returns a calendar whose sessions named without their body ("at the annual session
// 2027") are the given Executive Board's. c is not changed.
func (c *Calendar) WithBoard(body string) *Calendar {
	out := c.clone()
	out.board = body
	return out
}

func (c *Calendar) put(s Session) {
	if _, ok := c.byKey[s.key()]; ok {
		for i := range c.byTime {
			if c.byTime[i].key() == s.key() {
				c.byTime = append(c.byTime[:i], c.byTime[i+1:]...)
				break
			}
		}
	}
	c.byKey[s.key()] = s
	c.byTime = append(c.byTime, s)
	c.sort()
}

// Digest is a short fingerprint of the calendar's entries: two calendars with the same sessions
// have the same digest. A run's cache keys on it, so that another calendar extracts again.
func (c *Calendar) Digest() string {
	h := sha256.New()
	for _, s := range c.byTime {
		fmt.Fprintf(h, "%s\t%s\t%s\t%v\n", s.key(), s.First, s.Last, s.Irregular)
	}
	fmt.Fprintf(h, "board %s\n", c.board)
	return hex.EncodeToString(h.Sum(nil))[:16]
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
func (c *Calendar) GBSession(n int) (Session, bool) { return c.Numbered(BodyGB, n) }

// ILCSession returns the nth session of the International Labour Conference.
func (c *Calendar) ILCSession(n int) (Session, bool) { return c.Numbered(BodyILC, n) }

// Numbered returns the nth session of body.
func (c *Calendar) Numbered(body string, n int) (Session, bool) {
	s, ok := c.byKey[body+"|"+strconv.Itoa(n)]
	return s, ok
}

// Named returns body's session of year y named name ("first regular", "annual", "second
// regular").
func (c *Calendar) Named(body string, y int, name string) (Session, bool) {
	s, ok := c.byKey[body+"|"+strconv.Itoa(y)+" "+name]
	return s, ok
}

// Board returns the Executive Board that sessions named without their body belong to (see
// WithBoard); empty when the calendar has none.
func (c *Calendar) Board() string { return c.board }

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
