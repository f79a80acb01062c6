package changes

import (
	"time"

	"gbtrack/normalize"
)

// Overdue reports whether it is overdue as of asOf and by how many whole days. An item is
// overdue when its due.end is a valid ISO date strictly before asOf's calendar date (in asOf's
// own location) and where it stands (Item.Latest: the newest status a follow-up reported, else
// its own) is not completed. The last day an expression allows is still in
// time: "by end 2019" (end 2019-12-31) is not overdue on 2019-12-31 and is one day overdue on
// 2020-01-01. Items without a status count as not completed: nothing says they were done.
// Render's summary and Compare's newly_overdue share this one definition.
func Overdue(it normalize.Item, asOf time.Time) (days int, ok bool) {
	end, ok := DueEnd(it)
	if !ok {
		return 0, false
	}
	if ls := it.Latest(); ls != nil && ls.Value == normalize.StatusCompleted {
		return 0, false
	}
	d := DaysBetween(end, asOf)
	if d <= 0 {
		return 0, false
	}
	return d, true
}

// DueEnd returns the item's due.end as a UTC midnight, and false when the item has no due date,
// no end or an end that is not an ISO date.
func DueEnd(it normalize.Item) (time.Time, bool) {
	if it.Due == nil || it.Due.End == nil {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, *it.Due.End)
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// DaysBetween counts calendar days from the date of from to the calendar date of to, each
// taken in its own location, so that a time of day or a zone never shifts the count by one.
func DaysBetween(from, to time.Time) int {
	fy, fm, fd := from.Date()
	ty, tm, td := to.Date()
	a := time.Date(fy, fm, fd, 0, 0, 0, 0, time.UTC)
	b := time.Date(ty, tm, td, 0, 0, 0, 0, time.UTC)
	// Unix seconds rather than Sub: Sub saturates past 292 years and due dates are untrusted.
	return int((b.Unix() - a.Unix()) / 86400)
}
