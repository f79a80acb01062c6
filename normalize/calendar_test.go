package normalize

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestCalendarGoverningBody(t *testing.T) {
	c := DefaultCalendar()
	var prev Session
	for n := 270; n <= 361; n++ {
		s, ok := c.GBSession(n)
		if !ok {
			t.Errorf("GBSession(%d) missing", n)
			continue
		}
		if s.Body != BodyGB || s.Number != n || s.Source == "" {
			t.Errorf("GBSession(%d) = %+v, want body GB, its number and a source", n, s)
		}
		f, ok1 := parseISODay(s.First)
		l, ok2 := parseISODay(s.Last)
		if !ok1 || !ok2 || l.before(f) {
			t.Errorf("GBSession(%d) dates %s..%s, want ISO days in order", n, s.First, s.Last)
		}
		if !s.Irregular {
			switch f.m {
			case time.March, time.June, time.October, time.November:
			default:
				t.Errorf("GBSession(%d) starts in %s; regular sessions meet in March, June or October–November", n, f.m)
			}
		}
		if n > 270 {
			if s.First < prev.First {
				t.Errorf("GBSession(%d) starts %s, before GBSession(%d) at %s", n, s.First, n-1, prev.First)
			}
			if gap := f.time().Sub(mustDay(prev.First)); gap > 200*24*time.Hour {
				t.Errorf("GBSession(%d) starts %v after GBSession(%d): more than a gap between sessions", n, gap, n-1)
			}
		}
		prev = s
	}
	// three sessions a year in regular years
	for y := 1998; y <= 2027; y++ {
		k := 0
		for n := 270; n <= 361; n++ {
			if s, _ := c.GBSession(n); strings.HasPrefix(s.First, itoa(y)) {
				k++
			}
		}
		if k < 3 || k > 4 {
			t.Errorf("%d Governing Body sessions in %d, want 3 (4 in a year with an extra session)", k, y)
		}
	}
}

func TestCalendarConference(t *testing.T) {
	c := DefaultCalendar()
	seen := map[int]bool{}
	for n := 87; n <= 114; n++ {
		s, ok := c.ILCSession(n)
		if !ok {
			t.Errorf("ILCSession(%d) missing", n)
			continue
		}
		f := mustDay(s.First)
		if !s.Irregular && f.Month() != time.June && f.Month() != time.May {
			t.Errorf("ILCSession(%d) starts %s, want May or June", n, s.First)
		}
		seen[f.Year()] = true
	}
	if seen[2020] {
		t.Errorf("a Conference session in 2020; the 109th was deferred to 2021")
	}
	for n, y := range map[int]int{87: 1999, 109: 2021, 114: 2026} {
		if s, _ := c.ILCSession(n); !strings.HasPrefix(s.First, itoa(y)) {
			t.Errorf("ILCSession(%d) = %s, want %d", n, s.First, y)
		}
	}
}

func TestCalendarLookups(t *testing.T) {
	c := DefaultCalendar()
	if s, _ := c.GBSession(356); s.Label() != "GB.356, March 2026" {
		t.Errorf("GBSession(356).Label() = %q, want %q", s.Label(), "GB.356, March 2026")
	}
	if s, _ := c.GBSession(352); s.Label() != "GB.352, October–November 2024" {
		t.Errorf("GBSession(352).Label() = %q", s.Label())
	}
	if s, ok := c.InMonth(BodyGB, 2024, time.November); !ok || s.Number != 352 {
		t.Errorf("InMonth(GB, November 2024) = %d, %v; want 352", s.Number, ok)
	}
	if s, ok := c.Next(BodyGB, mustDay("2020-10-09")); !ok || s.Number != 340 {
		t.Errorf("Next(GB, 2020-10-09) = %d, %v; want 340", s.Number, ok)
	}
	if _, ok := c.GBSession(100); ok {
		t.Errorf("GBSession(100) found; the calendar starts at the 270th")
	}
	// DefaultCalendar hands out copies: one caller cannot change another's calendar
	c.byKey["GB|356"] = Session{}
	if s, _ := DefaultCalendar().GBSession(356); s.Number != 356 {
		t.Errorf("DefaultCalendar shares its table between callers")
	}
	if len(c.Sessions()) < 92+28 {
		t.Errorf("Sessions() = %d entries, want every GB and ILC session", len(c.Sessions()))
	}
}

func TestParseCalendarErrors(t *testing.T) {
	for _, bad := range []string{
		"GB\t1\t2020-01\n",
		"GB\tx\t2020-01\t2020-01\t-\tpattern\n",
		"xx\t1\t2020-01\t2020-01\t-\tpattern\n",
		"UNDP\t2027 yearly\t2027-01\t2027-01\t-\tpattern\n",
		"GB\t1\t2020-03\t2020-01\t-\tpattern\n",
		"GB\t1\t2020-13\t2020-13\t-\tpattern\n",
		"GB\t1\t2020-01\t2020-01\t-\tpattern\nGB\t1\t2020-03\t2020-03\t-\tpattern\n",
	} {
		if _, err := ParseCalendar(bad); !errors.Is(err, ErrCalendar) {
			t.Errorf("ParseCalendar(%q) error = %v, want ErrCalendar", bad, err)
		}
	}
}

func mustDay(s string) time.Time {
	c, ok := parseISODay(s)
	if !ok {
		panic(s)
	}
	return c.time()
}

func itoa(y int) string { return civil{y, 1, 1}.String()[:4] }

func TestCalendarMergeWith(t *testing.T) {
	base := DefaultCalendar()
	c, err := base.Merge("GB\t359\t2027-02\t2027-02\tirregular\ttest\nUNWOMEN\t2027 annual\t2027-06-16\t2027-06-18\t-\ttest\n")
	if err != nil {
		t.Fatalf("Merge: %v", err)
	}
	if s, _ := c.GBSession(359); s.Last != "2027-02-28" || !s.Irregular {
		t.Errorf("merged GBSession(359) = %+v, want February 2027, irregular", s)
	}
	if s, _ := base.GBSession(359); s.Last != "2027-03-31" {
		t.Errorf("Merge changed its receiver: GBSession(359) = %+v", s)
	}
	if s, ok := c.Named("UNWOMEN", 2027, "annual"); !ok || s.First != "2027-06-16" {
		t.Errorf("Named(UNWOMEN, 2027, annual) = %+v, %v; want the added session", s, ok)
	}
	if n := len(c.Sessions()); n != len(base.Sessions())+1 {
		t.Errorf("merged calendar has %d sessions, want %d (one replaced, one added)", n, len(base.Sessions())+1)
	}
	if c.Digest() == base.Digest() {
		t.Errorf("Digest() is the same for two different calendars")
	}
	if _, err := base.Merge("GB\t359\n"); !errors.Is(err, ErrCalendar) {
		t.Errorf("Merge(bad) error = %v, want ErrCalendar", err)
	}

	// A masthead's session replaces the pattern entry for that paper only.
	m := base.WithBoard(BodyUNDP).With(Session{Body: BodyUNDP, Name: "2027 first regular", First: "2027-01-25", Last: "2027-01-29", Exact: true, Source: "masthead"})
	for _, tc := range []struct {
		cal  *Calendar
		text string
		want string
	}{
		{m, "at the first regular session 2027", "2027-01-29"},
		{base, "at the first regular session 2027", "2027-02-28"},
		{m.WithBoard(BodyUNICEF), "at the annual session 2027", "2027-06-30"},
		{m, "UNICEF will report at its first regular session 2027", "2027-02-28"},
	} {
		ms := tc.cal.FindTimes(tc.text, time.Time{})
		if len(ms) != 1 || ms[0].Due.End == nil || *ms[0].Due.End != tc.want {
			t.Errorf("FindTimes(%q) = %+v, want one match ending %s", tc.text, ms, tc.want)
		}
	}
}

// FuzzParseCalendar feeds any bytes to the calendar reader (run --calendar FILE): no panic; a
// calendar it accepts has every session in order, and merges over the built-in one.
func FuzzParseCalendar(f *testing.F) {
	f.Add("GB\t359\t2027-02\t2027-02\tirregular\ttest\n")
	f.Add("UNICEF\t2027 annual\t2027-06-16\t2027-06-18\t-\ttest\r\n# comment\n")
	f.Add("GB\t1\t2020-13\t2020-01\t-\tx\nXX\t\t\t\t\t\n")
	f.Fuzz(func(t *testing.T, data string) {
		c, err := ParseCalendar(data)
		if err != nil {
			if !errors.Is(err, ErrCalendar) {
				t.Fatalf("ParseCalendar(%q) error %v does not wrap ErrCalendar", data, err)
			}
			return
		}
		for _, s := range c.Sessions() {
			if s.Last < s.First {
				t.Fatalf("ParseCalendar(%q): session %+v ends before it starts", data, s)
			}
		}
		if _, err := DefaultCalendar().Merge(data); err != nil {
			t.Fatalf("Merge(%q) = %v after ParseCalendar accepted it", data, err)
		}
	})
}

// TestCalendarBeforeSessionFirstDay: "before" a session ends the day before the session's first
// day where the calendar knows it, else the day before the month the session is held in; a
// calendar file that states a session's days (--calendar) makes them known.
func TestCalendarBeforeSessionFirstDay(t *testing.T) {
	ref := mustDay("2023-06-20")
	tests := []struct {
		name, cal, text, end string
	}{
		{"first day known", "", "before its second regular session 2023", "2023-09-04"},
		{"month only", "", "before its second regular session 2027", "2027-08-31"},
		{"days from a calendar file", "UNICEF\t2027 second regular\t2027-09-07\t2027-09-10\t-\ttest\n", "before its second regular session 2027", "2027-09-06"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultCalendar()
			if tt.cal != "" {
				var err error
				if c, err = c.Merge(tt.cal); err != nil {
					t.Fatal(err)
				}
			}
			ms := c.WithBoard(BodyUNICEF).FindTimes("The Board requests UNICEF to brief Member States "+tt.text+".", ref)
			if len(ms) != 1 || ms[0].Due.End == nil {
				t.Fatalf("FindTimes(%q) = %+v, want one match with an end", tt.text, ms)
			}
			if got := *ms[0].Due.End; got != tt.end {
				t.Errorf("FindTimes(%q) end = %s, want %s", tt.text, got, tt.end)
			}
		})
	}
}
