package normalize

import (
	"strconv"
	"time"
)

// Precision values, as written in due.precision.
const (
	PrecisionDay      = "day"
	PrecisionMonth    = "month"
	PrecisionQuarter  = "quarter"
	PrecisionHalf     = "half"
	PrecisionYear     = "year"
	PrecisionBiennium = "biennium"
	PrecisionSession  = "session"
	PrecisionRelative = "relative"
)

// civil is a calendar day without a clock or a zone. The zero value means "no date", which is
// how an open bound travels through the grammar before it becomes a JSON null.
type civil struct {
	y int
	m time.Month
	d int
}

// Years outside this range are never read as years: they are amounts, codes or typing errors.
const (
	minYear = 1900
	maxYear = 2099
)

func (c civil) ok() bool { return c.y != 0 }

func (c civil) before(o civil) bool {
	if c.y != o.y {
		return c.y < o.y
	}
	if c.m != o.m {
		return c.m < o.m
	}
	return c.d < o.d
}

func (c civil) time() time.Time { return time.Date(c.y, c.m, c.d, 0, 0, 0, 0, time.UTC) }

// addDays moves by n days; AddDate normalizes month and year overflow.
func (c civil) addDays(n int) civil { return civilOf(c.time().AddDate(0, 0, n)) }

// String formats the day as ISO 8601 (YYYY-MM-DD).
func (c civil) String() string {
	var b [10]byte
	return string(c.appendISO(b[:0]))
}

// appendISO appends YYYY-MM-DD without going through time.Format, which is the hot part of
// building a Due.
func (c civil) appendISO(b []byte) []byte {
	y := c.y
	return append(b, byte('0'+y/1000%10), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+int(c.m)/10), byte('0'+int(c.m)%10), '-', byte('0'+c.d/10), byte('0'+c.d%10))
}

func civilOf(t time.Time) civil {
	y, m, d := t.Date()
	return civil{y, m, d}
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func firstOf(y int, m time.Month) civil { return civil{y, m, 1} }
func lastOf(y int, m time.Month) civil  { return civil{y, m, daysIn(y, m)} }

// parseISODay reads YYYY-MM-DD, the form every Due bound is written in.
func parseISODay(s string) (civil, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return civil{}, false
	}
	y, err1 := strconv.Atoi(s[0:4])
	m, err2 := strconv.Atoi(s[5:7])
	d, err3 := strconv.Atoi(s[8:10])
	if err1 != nil || err2 != nil || err3 != nil || m < 1 || m > 12 || y < 1 {
		return civil{}, false
	}
	if d < 1 || d > daysIn(y, time.Month(m)) {
		return civil{}, false
	}
	return civil{y, time.Month(m), d}, true
}
