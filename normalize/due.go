package normalize

import (
	"strings"
	"time"
)

// How ParseDue ranks the expressions of one cell, best first.
const (
	classDeadline    = iota // "by", "before", "until", "at its Nth Session", "end 2000", "completed in May"
	classPeriod             // "2019–20", "in 2021", "first half 2000", "May 2000", "GB.341"
	classStart              // "Starting January 2000", "from 2019", "as of March"
	classDescription        // "for 2002-03", "since 2019": says what, not when
)

// completionWords before an expression make it a deadline even without "by": "to finish end
// 2000", "completed in May 2000", "due March 2021".
var completionWords = map[string]bool{
	"finish": true, "finished": true, "complete": true, "completed": true, "completion": true,
	"done": true, "conclude": true, "concluded": true, "due": true, "deadline": true, "end": true,
	"ending": true, "ends": true, "delivered": true, "deliver": true, "submitted": true, "ready": true,
}

// ParseDue reads a time expression as printed in a table cell ("By end 2019", "2019–20",
// "Starting January 2000", "Continuously", "By September") into a Due. ref is the document's
// date, against which a month without a year and relative wordings are resolved. It returns nil
// for an empty cell, and a Due with the text and no bounds for wording that names no time
// ("Continuously", "As required", "Under negotiation").
//
// A cell may hold several expressions. The rule: a deadline wins ("by", "before", "until",
// "no later than", "at" a session, "end 2000", or any expression after "finish", "completed",
// "done", "due"); then a period ("2019–20", "May 2000", "first half 2000"); then a start
// ("Starting March 2000"). The first of the best class gives End and Precision. A winning
// deadline takes its Start from a start expression of the same cell that does not come after
// it ("to begin January 2000 and to finish end 2000": 2000-01-01 to 2000-12-31).
// A description alone ("Strategy for 2019–2023", "for 2002-03 P&B", "since 2019") is no
// deadline: the Due keeps the text, with no bounds and no precision.
func ParseDue(text string, ref time.Time) *Due { return builtin.ParseDue(text, ref) }

// ParseDue is the package's ParseDue with sessions resolved through c.
func (c *Calendar) ParseDue(text string, ref time.Time) *Due {
	t := strings.TrimSpace(text)
	if t == "" {
		return nil
	}
	var buf [32]token
	p := newParser(t, ref, buf[:0], c)
	p.cell = true
	var fbuf [4]found
	fs := p.scan(fbuf[:0])
	d := &Due{Text: t}
	best, bestClass := -1, classDescription
	for k, f := range fs {
		if c := p.dueClass(f); c < bestClass {
			best, bestClass = k, c
		}
	}
	if best < 0 {
		return d
	}
	w := fs[best]
	start, end := applyBound(w.bound, w.sp)
	if bestClass == classDeadline && !start.ok() && end.ok() {
		for _, f := range fs {
			if p.dueClass(f) != classStart {
				continue
			}
			if s, _ := applyBound(f.bound, f.sp); s.ok() && !end.before(s) {
				start = s
				break
			}
		}
	}
	*d = makeDue(t, start, end, w.sp)
	return d
}

func (p *parser) dueClass(f found) int {
	switch f.bound {
	case BoundBy, BoundNoLater, BoundBefore, BoundUntil, BoundThrough, BoundAt, BoundTo, BoundWithin:
		return classDeadline
	case BoundFrom, BoundStarting, BoundAsOf, BoundAfter:
		if f.bound != BoundAfter && f.sp.start.ok() && f.sp.end.ok() && isRange(f.sp) {
			return classPeriod // "from 2019 to 2021"
		}
		return classStart
	case BoundFor, BoundSince:
		if f.sp.session {
			return classDeadline // "for its 356th Session"
		}
		return classDescription
	}
	if f.sp.point || completionWords[p.word(f.tok-1)] {
		return classDeadline
	}
	return classPeriod
}
