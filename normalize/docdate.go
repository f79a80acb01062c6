package normalize

import (
	"strings"
	"time"
)

// ParseDocDate reads a document's own date as printed on it: "Date: 9 October 2020", "Geneva,
// 28 September 1999.", "26 November 2020", "November 26, 2020", "2020-11-26",
// "2020-11-26T10:00:00Z". It takes the first date that names a day; a month alone is no
// document date.
func ParseDocDate(text string) (time.Time, bool) {
	t := strings.TrimSpace(text)
	if t == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04"} {
		if ts, err := time.Parse(layout, t); err == nil {
			y, m, d := ts.Date()
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
		}
	}
	var buf [32]token
	p := newParser(t, time.Time{}, buf[:0], builtin)
	for _, f := range p.scan(nil) {
		if f.sp.prec == PrecisionDay && f.sp.start.ok() && f.sp.start == f.sp.end {
			return f.sp.start.time(), true
		}
	}
	return time.Time{}, false
}
