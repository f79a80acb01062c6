package normalize

// How far the vague wordings reach past the document's date. They are guesses, kept generous
// because End is the last day an expression allows; Vague marks them.
var vagueReach = map[string][3]int{ // years, months, days
	"days":   {0, 1, 0},
	"weeks":  {0, 2, 0},
	"months": {0, 6, 0},
	"years":  {3, 0, 0},
}

var unitWords = map[string]string{
	"day": "days", "days": "days", "week": "weeks", "weeks": "weeks", "month": "months",
	"months": "months", "year": "years", "years": "years", "biennium": "biennia", "biennia": "biennia",
}

// relative reads expressions anchored on the document's date: "the coming months", "the next
// two years", "the near future", "next year", "this year", and, after "within", "in" or
// "over", a duration such as "18 months" or "a year".
func (p *parser) relative(i int, bound string) (span, int, bool) {
	j := i
	the := p.is(j, "the")
	if the {
		j++
	}
	switch w := p.word(j); {
	case w == "coming" || w == "next" || w == "following" && the || w == "forthcoming" && the:
		j++
		n, vague := 0, w == "coming"
		if c, ok := p.count(j); ok {
			n, j = c, j+1
			if p.is(j, "of") { // "a couple of"
				j++
			}
		} else if p.is(j, "few") || p.is(j, "several") || p.is(j, "couple") {
			vague, j = true, j+1
			if p.is(j, "of") {
				j++
			}
		}
		unit := unitWords[p.word(j)]
		if unit == "" {
			return span{}, i, false
		}
		j++
		if n == 0 && !vague && !the && (unit == "years" || unit == "months") && (p.word(j-1) == "year" || p.word(j-1) == "month") {
			// "next year", "next month": the calendar period after the document's date
			return p.calendarNext(unit, 1, j)
		}
		if w == "following" {
			return span{}, i, false // "the following year" counts from a date the text names, not from ours
		}
		if unit == "biennia" && n == 0 && !vague {
			return p.biennium(2, j) // the next biennium: the ILO's, which start in even years
		}
		if n == 0 && !vague {
			n = 1
		}
		if vague {
			r := vagueReach[unit]
			return p.fromRef(r[0], r[1], r[2], true), j, true
		}
		return p.duration(n, unit, j)
	case the && w == "near" && p.is(j+1, "future"):
		return p.fromRef(1, 0, 0, true), j + 2, true
	case !the && (w == "this" || w == "last") && (p.is(j+1, "year") || p.is(j+1, "month")):
		unit := unitWords[p.word(j+1)]
		if w == "last" {
			return p.calendarNext(unit, -1, j+2)
		}
		return p.calendarNext(unit, 0, j+2)
	case the && w == "current" && p.is(j+1, "year"):
		return p.calendarNext("years", 0, j+2)
	case (the && w == "current" || !the && w == "this") && p.is(j+1, "biennium"):
		return p.biennium(0, j+2)
	}
	if the || (bound != "within" && bound != "in" && bound != "over") {
		return span{}, i, false
	}
	n, ok := p.count(j)
	if !ok {
		return span{}, i, false
	}
	unit := unitWords[p.word(j+1)]
	if unit == "" {
		return span{}, i, false
	}
	return p.duration(n, unit, j+2)
}

// count reads a small count: "18", "two", "a".
func (p *parser) count(i int) (int, bool) {
	if n, ok := p.num(i, 1, 3); ok && n > 0 {
		return n, true
	}
	n, ok := countWords[p.word(i)]
	return n, ok
}

func (p *parser) duration(n int, unit string, next int) (span, int, bool) {
	if w := p.word(next); w == "of" || w == "after" || w == "following" || w == "from" {
		// "within 6 months of approval": counted from an event, not from the document's date
		return span{prec: PrecisionRelative, vague: true}, next, true
	}
	switch unit {
	case "days":
		return p.fromRef(0, 0, n, false), next, true
	case "weeks":
		return p.fromRef(0, 0, 7*n, false), next, true
	case "months":
		return p.fromRef(0, n, 0, false), next, true
	case "years":
		return p.fromRef(n, 0, 0, false), next, true
	case "biennia":
		return p.fromRef(2*n, 0, 0, false), next, true
	}
	return span{}, next, false
}

// fromRef is the interval from the document's date to that date moved by the given amounts.
func (p *parser) fromRef(years, months, days int, vague bool) span {
	if !p.ref.ok() {
		return span{prec: PrecisionRelative, vague: true}
	}
	end := civilOf(p.ref.time().AddDate(years, months, days))
	return span{start: p.ref, end: end, prec: PrecisionRelative, vague: vague}
}

// calendarNext is the calendar year or month delta steps from the document's date.
func (p *parser) calendarNext(unit string, delta, next int) (span, int, bool) {
	if !p.ref.ok() {
		return span{prec: PrecisionRelative, vague: true}, next, true
	}
	if unit == "years" {
		return yearSpan(p.ref.y + delta), next, true
	}
	t := firstOf(p.ref.y, p.ref.m).time().AddDate(0, delta, 0)
	return monthSpan(t.Year(), t.Month()), next, true
}

// biennium is the ILO biennium (2024–25, 2026–27: they start in even years) that holds the
// document's date, moved by delta years.
func (p *parser) biennium(delta, next int) (span, int, bool) {
	if !p.ref.ok() {
		return span{prec: PrecisionRelative, vague: true}, next, true
	}
	y := p.ref.y - p.ref.y%2 + delta
	return span{start: civil{y, 1, 1}, end: civil{y + 1, 12, 31}, prec: PrecisionBiennium}, next, true
}
