package normalize

import (
	"strings"
	"time"
)

// span is what the grammar makes of a time expression before a bound word is applied: the
// interval the words name, with zero civil values for open ends.
type span struct {
	start, end civil
	prec       string
	vague      bool
	point      bool   // names an instant such as "end 2020" or "mid-2020": only an end, no start
	session    bool   // resolved (or meant to be resolved) through the ILO calendar
	cal        string // calendar entry label, for session spans
}

var monthWords = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
	// French, as management-response matrices and plans of francophone offices print them in
	// their deadline cells ("Décembre 2024", "fin juin 2025").
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
	"août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
	"decembre": 12,
}

var fullMonth = [13]string{"", "january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// countWords are the spelled-out counts that precede a unit in "within two years".
var countWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty": 20,
	"thirty": 30, "sixty": 60, "ninety": 90,
}

var ordinalWords = map[string]int{
	"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 4,
}

// notYearBefore are words after which a four-digit number is a reference, an amount or a code.
var notYearBefore = map[string]bool{
	"no": true, "nos": true, "para": true, "paras": true, "paragraph": true, "paragraphs": true,
	"page": true, "pages": true, "p": true, "pp": true, "article": true, "articles": true, "art": true,
	"convention": true, "resolution": true, "decision": true, "rule": true, "rules": true,
	"section": true, "annex": true, "appendix": true, "table": true, "figure": true, "fig": true,
	"chapter": true, "item": true, "footnote": true, "note": true, "volume": true, "vol": true,
	"iso": true, "code": true, "box": true, "us": true, "usd": true, "chf": true, "eur": true,
	"gbp": true, "sfr": true, "number": true, "tel": true, "telephone": true, "phone": true,
	"fax": true, "room": true, "ext": true, "extension": true, "grade": true, "rev": true,
	"add": true, "corr": true, "ref": true, "reference": true, "project": true, "contract": true,
	"line": true, "lines": true, "step": true, "level": true, "staff": true,
}

// notYearAfter are words before which a four-digit number is a count or an amount.
var notYearAfter = map[string]bool{
	"million": true, "billion": true, "thousand": true, "per": true, "percent": true,
	"people": true, "persons": true, "workers": true, "participants": true, "delegates": true,
	"members": true, "employees": true, "staff": true, "hours": true, "km": true, "tonnes": true,
	"cases": true, "children": true, "women": true, "men": true, "jobs": true, "usd": true,
	"chf": true, "eur": true, "dollars": true, "francs": true, "euros": true, "enterprises": true,
	"beneficiaries": true, "companies": true, "households": true, "officials": true, "m": true,
	"bn": true, "units": true, "posts": true, "trainees": true, "students": true,
}

// parser holds one text and its tokens. It is built per call and never shared.
type parser struct {
	text, low string
	toks      []token
	ref       civil // the document's date; zero when unknown
	cal       *Calendar
	// cell is set for a table cell of deadlines (ParseDue): month names are read in any case
	// ("by september 2021"), and a capitalized month alone ("December") is a time. Running text
	// needs the capital to tell "May" from "may", and a bound word before a month alone.
	cell bool
	// inDayRange is set while dayDate reads the second day of a range.
	inDayRange bool
}

func (p *parser) word(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tkWord {
		return ""
	}
	t := p.toks[i]
	return p.low[t.s:t.e]
}

func (p *parser) is(i int, w string) bool { return p.word(i) == w }

func (p *parser) punct(i int, c byte) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tkPunct && p.toks[i].c == c
}

func (p *parser) dash(i int) bool { return i >= 0 && i < len(p.toks) && p.toks[i].kind == tkDash }

func (p *parser) glued(i int) bool { return i >= 0 && i < len(p.toks) && p.toks[i].glued }

func (p *parser) num(i int, minDigits, maxDigits int) (int, bool) {
	if i < 0 || i >= len(p.toks) {
		return 0, false
	}
	t := p.toks[i]
	if t.kind != tkNum || int(t.nd) < minDigits || int(t.nd) > maxDigits {
		return 0, false
	}
	return t.n, true
}

// month reads a month name at i, with the full stop of an abbreviation.
func (p *parser) month(i int) (m time.Month, next int, abbrev bool, ok bool) {
	w := p.word(i)
	if w == "" {
		return 0, i, false, false
	}
	m, ok = monthWords[w]
	if !ok {
		// the tokens are lowered as ASCII: "Décembre" keeps its capital É
		m, ok = monthWords[strings.ToLower(w)]
	}
	if !ok {
		return 0, i, false, false
	}
	if !p.cell {
		if c := p.text[p.toks[i].s]; (c < 'A' || c > 'Z') && !(frenchMonths[strings.ToLower(w)] && p.yearAt(i+1)) {
			// French writes its months in lower case: "mars 2026" with its year is a month
			return 0, i, false, false
		}
	}
	next = i + 1
	abbrev = w != fullMonth[m]
	if abbrev && p.punct(next, '.') && p.glued(next) {
		next++
	}
	return m, next, abbrev, true
}

// year reads a four-digit year at i, refusing numbers whose neighbours make them something else.
func (p *parser) year(i int) (int, bool) {
	y, ok := p.num(i, 4, 4)
	if !ok || y < minYear || y > maxYear || !p.yearContext(i) {
		return 0, false
	}
	return y, true
}

// yearContext reports whether the neighbours of the number at i allow it to be a year: not
// part of a symbol ("A/RES/2020/1"), an amount ("US$2020", "2020 million"), a reference
// ("No. 2020", "para. 2019"), a decimal or a phone number.
func (p *parser) yearContext(i int) bool {
	t := p.toks[i]
	if t.glued && i > 0 {
		prev := p.toks[i-1]
		quarterOrHalf := i >= 2 && p.toks[i-2].kind == tkMixed && p.toks[i-2].c != 0 && prev.glued
		switch prev.kind {
		case tkWord, tkMixed, tkNum, tkOrd:
			return false
		case tkPunct:
			if !opensDate(prev) && !(prev.c == '/' && quarterOrHalf) {
				return false
			}
		case tkDash:
			// "mid-2020", "end-2025", "pre-2020" are fine; "COVID-2019" and "ILO-2020" are not.
			if i >= 2 && p.toks[i-1].glued && !quarterOrHalf {
				w := p.word(i - 2)
				if w != "mid" && w != "end" && w != "early" && w != "late" && w != "pre" && w != "post" {
					return false
				}
			}
		}
	}
	if i+1 < len(p.toks) {
		next := p.toks[i+1]
		if next.glued {
			switch {
			case next.kind == tkPunct && (next.c == '%' || next.c == '/' || next.c == '$'):
				if next.c == '/' && (p.yearPairAt(i) || p.word(i+2) != "" && p.glued(i+2)) {
					break // 2019/20, "end of 2021/early 2022"; but A/RES/2020/1
				}
				return false
			case next.kind == tkPunct && (next.c == '.' || next.c == ',') && i+2 < len(p.toks) && p.toks[i+2].glued && p.toks[i+2].kind == tkNum:
				return false // 2020.5, 2,020,000
			case (next.kind == tkPunct && next.c == '\'' || p.text[next.s:next.e] == "\u2019") && p.glued(i+2) && p.word(i+2) == "s":
				return false // the 1990's: a decade
			case next.kind == tkDash && i+2 < len(p.toks) && p.toks[i+2].glued:
				switch p.toks[i+2].kind {
				case tkWord, tkMixed, tkOrd:
					if !p.isMonth(i+2) && !(p.toks[i+2].kind == tkMixed && p.toks[i+2].c != 0) {
						// 2019-nCoV, ILO-2020-ABC; but "November 2023–February 2024" and
						// "Q4 2026–Q1 2027"
						return false
					}
				case tkNum:
					if _, ok := p.secondYear(i+2, t.n); !ok {
						return false // 2024-02-30: a broken date, not a year
					}
				}
			}
		}
		if w := p.word(i + 1); w != "" && notYearAfter[w] {
			return false
		}
	}
	if i > 0 {
		j := i - 1
		// one full stop or colon may stand between: "No. 2020", "para. 2019", "Tel.: 2020"
		if p.toks[j].kind == tkPunct && (p.toks[j].c == '.' || p.toks[j].c == ':') && j > 0 {
			j--
		}
		pt := p.toks[j]
		if pt.kind == tkPunct && (pt.c == '$' || pt.c == '#' || pt.c == '+' || pt.c == 0x80 && isCurrency(p.text[pt.s:pt.e])) {
			return false
		}
		if w := p.word(j); w != "" && notYearBefore[w] {
			return false
		}
		// a year after a plain number and a space is a phone number or a list of amounts
		if prev := p.toks[i-1]; prev.kind == tkNum && !t.glued && prev.nd >= 2 && !p.isMonth(i-2) {
			return false
		}
	}
	return true
}

func (p *parser) yearAt(i int) bool {
	_, ok := p.year(i)
	return ok
}

func (p *parser) capitalized(i int) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	c := p.text[p.toks[i].s]
	return c >= 'A' && c <= 'Z'
}

func (p *parser) isMonth(i int) bool {
	_, _, _, ok := p.month(i)
	return ok
}

// opensDate reports whether a number glued after tok may still start a date: after an opening
// bracket or a quote, but not after a letter, a digit or a symbol's slash.
func opensDate(tok token) bool {
	return tok.kind == tkPunct && (tok.c == '(' || tok.c == '[' || tok.c == '"' || tok.c == '\'' || tok.c == 0x80)
}

func isCurrency(s string) bool { return s == "€" || s == "£" || s == "¥" || s == "₹" }

// yearPairAt reports whether the year at i starts "2019/20" or "2019/2020".
func (p *parser) yearPairAt(i int) bool {
	if !p.punct(i+1, '/') || !p.glued(i+2) {
		return false
	}
	_, ok := p.secondYear(i+2, p.toks[i].n)
	return ok && !(i+3 < len(p.toks) && p.toks[i+3].glued && p.punct(i+3, '/'))
}

// secondYear reads the closing year of a range after y1: "20" or "2020" in "2019–20".
func (p *parser) secondYear(i, y1 int) (int, bool) {
	if i >= len(p.toks) || p.toks[i].kind != tkNum {
		return 0, false
	}
	t := p.toks[i]
	var y2 int
	switch t.nd {
	case 2:
		y2 = y1/100*100 + t.n
		if y2 <= y1 {
			y2 += 100
		}
	case 4:
		y2 = t.n
	default:
		return 0, false
	}
	if y2 <= y1 || y2-y1 > 50 || y2 > maxYear {
		return 0, false
	}
	if i+1 < len(p.toks) && p.toks[i+1].glued {
		switch n := p.toks[i+1]; n.kind {
		case tkNum, tkWord, tkMixed:
			return 0, false
		case tkPunct:
			if n.c == '/' || n.c == '%' || (n.c == '.' || n.c == ',') && p.glued(i+2) && i+2 < len(p.toks) && p.toks[i+2].kind == tkNum {
				return 0, false
			}
		}
	}
	if w := p.word(i + 1); w != "" && notYearAfter[w] {
		return 0, false
	}
	return y2, true
}

// resolveMonth picks the year of a month named without one: the first such month that starts
// after the document's date, so that "By September" written on 28 September 1999 means
// September 2000.
func (p *parser) resolveMonth(m time.Month) (int, bool) {
	if !p.ref.ok() {
		return 0, false
	}
	y := p.ref.y
	if !p.ref.before(firstOf(y, m)) {
		y++
	}
	return y, true
}

func (p *parser) resolveDay(m time.Month, d int) (civil, bool) {
	if !p.ref.ok() {
		return civil{}, false
	}
	y := p.ref.y
	if d > daysIn(y, m) && !(m == 2 && d == 29) {
		return civil{}, false
	}
	c := civil{y, m, d}
	if m == 2 && d == 29 && daysIn(y, m) < 29 || c.before(p.ref) {
		y++
		for m == 2 && d == 29 && daysIn(y, m) < 29 {
			y++
		}
		c = civil{y, m, d}
	}
	return c, true
}

func yearSpan(y int) span {
	return span{start: civil{y, 1, 1}, end: civil{y, 12, 31}, prec: PrecisionYear}
}

func monthSpan(y int, m time.Month) span {
	return span{start: firstOf(y, m), end: lastOf(y, m), prec: PrecisionMonth}
}

// core reads the expression at i that follows the bound word (or none). Bare months ("By
// September") are read only after a bound word, since a month name alone is too often
// something else.
func (p *parser) core(i int, bound string) (span, int, bool) {
	if sp, k, ok := p.session(i); ok {
		return sp, k, true
	}
	if bound == "to" {
		return span{}, i, false
	}
	if sp, k, ok := p.relative(i, bound); ok {
		return sp, k, true
	}
	j := i
	the := p.is(j, "the")
	if the {
		j++
	}
	named := false // "the period 2018–2023", "the period from 2019 to 2021"
	if the && p.is(j, "period") {
		named, j = true, j+1
		if p.is(j, "of") || p.is(j, "from") {
			j++
		}
	}
	sp, k, ok := p.modified(j)
	if !ok {
		sp, k, ok = p.period(j, bound != "" || p.cell && p.capitalized(j))
		// "the" belongs to "the first quarter of", "the 2024–25 biennium", "the year 2020";
		// before a plain year or month it belongs to a name ("the 2030 Agenda", "the May 2020
		// meeting"), and the expression starts after it
		if ok && the && !named && (p.toks[j].kind == tkNum || p.isMonth(j)) && !p.is(k-1, "biennium") {
			return span{}, i, false
		}
	}
	if !ok {
		return span{}, i, false
	}
	return p.join(sp, k, bound, named)
}

// join extends a period into a range when another follows: "March 2019–June 2020", "from
// 2019 to 2021", "between 2022 and 2025".
func (p *parser) join(sp span, k int, bound string, named bool) (span, int, bool) {
	if k >= len(p.toks) || sp.session {
		return sp, k, true
	}
	link := p.dash(k) || p.is(k, "to") || p.is(k, "until") || p.is(k, "through") || p.punct(k, '/') ||
		(bound == "between" || named) && p.is(k, "and")
	if !link {
		return sp, k, true
	}
	j := k + 1
	if p.is(j, "the") {
		j++
	}
	sp2, k2, ok := p.modified(j)
	if !ok {
		sp2, k2, ok = p.period(j, false)
	}
	if !ok || !sp2.end.ok() {
		return sp, k, true
	}
	start := sp.start
	if sp.point || !start.ok() {
		start = sp.end
	}
	if !start.ok() || sp2.end.before(start) {
		return sp, k, true
	}
	out := span{start: start, end: sp2.end, prec: coarser(sp.prec, sp2.prec)}
	return out, k2, true
}

var precRank = map[string]int{PrecisionDay: 1, PrecisionMonth: 2, PrecisionQuarter: 3, PrecisionHalf: 4,
	PrecisionYear: 5, PrecisionBiennium: 6}

func coarser(a, b string) string {
	if precRank[b] > precRank[a] {
		return b
	}
	return a
}

// period reads a day, a month, a quarter, a half, a year or a range of years at i.
func (p *parser) period(i int, bareMonth bool) (span, int, bool) {
	if sp, k, ok := p.yearPart(i, bareMonth); ok {
		return sp, k, true
	}
	if sp, k, ok := p.numericDate(i); ok {
		return sp, k, true
	}
	if sp, k, ok := p.dayDate(i); ok {
		return sp, k, true
	}
	if sp, k, ok := p.monthYear(i, bareMonth); ok {
		return sp, k, true
	}
	return p.years(i)
}

// modified reads "end 2019", "the end of March 2020", "mid-2020", "early 2024", "late 2023",
// "the beginning of 2021" (the caller has consumed a leading "the").
func (p *parser) modified(i int) (span, int, bool) {
	w := p.word(i)
	j := i + 1
	mod := ""
	if w == "year" && (p.is(j, "end") || p.dash(j) && p.is(j+1, "end")) {
		// "year-end 2020", "year end 2020"
		w, j = "end", j+1
		if p.is(j, "end") {
			j++
		}
		if p.is(j, "of") {
			j++
		}
		b, k, ok := p.period(j, false)
		if !ok || !b.end.ok() {
			return span{}, i, false
		}
		return span{end: b.end, prec: b.prec, point: true}, k, true
	}
	switch w {
	case "end", "close":
		mod = "end"
		if p.is(j, "of") {
			j++
		} else if w == "close" {
			return span{}, i, false
		} else if p.dash(j) && p.glued(j) {
			j++
		}
	case "mid", "middle":
		mod = "mid"
		if p.is(j, "of") {
			j++
		} else if w == "middle" {
			return span{}, i, false
		} else if p.dash(j) {
			j++
		}
	case "early", "late":
		mod = w
		if p.dash(j) && p.glued(j) {
			j++
		}
	case "beginning", "start":
		mod = "begin"
		if !p.is(j, "of") {
			return span{}, i, false
		}
		j++
	default:
		return span{}, i, false
	}
	if p.is(j, "the") && (mod == "end" || mod == "mid" || mod == "begin") {
		j++
	}
	b, k, ok := p.period(j, true)
	if !ok {
		b, k, ok = p.relativeYear(j)
	}
	if !ok || !b.end.ok() {
		if ok && !b.end.ok() {
			// an unresolved bare month: keep the expression, without bounds
			return span{prec: b.prec, vague: b.vague}, k, true
		}
		return span{}, i, false
	}
	switch mod {
	case "end":
		return span{end: b.end, prec: b.prec, point: true}, k, true
	case "mid":
		if b.prec == PrecisionYear {
			return span{end: civil{b.end.y, 6, 30}, prec: PrecisionHalf, point: true}, k, true
		}
		if b.prec == PrecisionMonth {
			return span{end: civil{b.end.y, b.end.m, 15}, prec: PrecisionMonth, point: true}, k, true
		}
		return span{end: b.end, prec: b.prec, point: true}, k, true
	case "early", "begin":
		switch b.prec {
		case PrecisionYear:
			if mod == "begin" {
				return span{start: b.start, end: lastOf(b.start.y, 1), prec: PrecisionMonth}, k, true
			}
			return span{start: b.start, end: civil{b.start.y, 6, 30}, prec: PrecisionHalf}, k, true
		case PrecisionMonth:
			return span{start: b.start, end: civil{b.start.y, b.start.m, 15}, prec: PrecisionMonth}, k, true
		}
		return b, k, true
	case "late":
		switch b.prec {
		case PrecisionYear:
			return span{start: civil{b.end.y, 7, 1}, end: b.end, prec: PrecisionHalf}, k, true
		case PrecisionMonth:
			return span{start: civil{b.end.y, b.end.m, 16}, end: b.end, prec: PrecisionMonth}, k, true
		}
		return b, k, true
	}
	return span{}, i, false
}

// yearPart reads a quarter or a half of a year: "Q1 2024", "Q3/2024", "Q4 of 2024", "H2 2024",
// "first quarter of 2024", "the 4th quarter 2024", "second half of 2024", "first half 2000",
// "first semester 2021", in French "premier semestre 2027", "troisième trimestre 2026"; and, when bareQuarter is set (a bound word stands before it), "Q3"
// alone: the first such quarter that has not ended at the document's date ("by Q4" in a news
// item of March or of October 2025 ends 2025-12-31). Unlike a month alone, the current quarter
// counts: a quarter is the unit plans are reported in, and "by Q4" written in October means
// this one.
func (p *parser) yearPart(i int, bareQuarter bool) (span, int, bool) {
	var c byte
	n, j := 0, i
	if i < len(p.toks) && p.toks[i].kind == tkMixed && p.toks[i].c != 0 {
		c, n, j = p.toks[i].c, p.toks[i].n, i+1
		if (p.punct(j, '/') || p.dash(j)) && p.glued(j) || p.is(j, "of") {
			j++
		}
	} else if fc, k, ok := p.frenchYearPart(i); ok {
		c, n, j = fc, k, i+2
		if w := p.lowerWord(j); w == "de" || w == "du" {
			j++ // "premier semestre de 2027"
		}
	} else if k, ok := ordinalWords[p.ordWord(i)]; ok {
		switch p.word(i + 1) {
		case "quarter":
			c = 'Q'
		case "half", "semester":
			if p.ordWord(i) == "last" {
				k = 2
			}
			if k > 2 {
				return span{}, i, false
			}
			c = 'H'
		default:
			return span{}, i, false
		}
		n, j = k, i+2
		if p.is(j, "of") {
			j++
		}
	} else {
		return span{}, i, false
	}
	y, ok := p.year(j)
	if !ok {
		if bareQuarter && c == 'Q' && j == i+1 && n >= 1 && n <= 4 {
			return p.bareQuarter(n, j)
		}
		return span{}, i, false
	}
	return partSpan(c, n, y), j + 1, true
}

// bareQuarter resolves the nth quarter printed without a year ("by Q3") to the first one that
// has not ended at the document's date; without a date the expression is kept, without bounds.
func (p *parser) bareQuarter(n, next int) (span, int, bool) {
	if !p.ref.ok() {
		return span{prec: PrecisionQuarter}, next, true
	}
	sp := partSpan('Q', n, p.ref.y)
	if sp.end.before(p.ref) {
		sp = partSpan('Q', n, p.ref.y+1)
	}
	return sp, next, true
}

// partSpan is the nth quarter (c 'Q') or half (c 'H') of year y.
func partSpan(c byte, n, y int) span {
	months, prec := 3, PrecisionQuarter
	if c == 'H' {
		months, prec = 6, PrecisionHalf
	}
	m := time.Month(months*(n-1) + 1)
	return span{start: firstOf(y, m), end: lastOf(y, m+time.Month(months)-1), prec: prec}
}

// ordWord returns the word or ordinal at i in lower case ("first", "1st").
func (p *parser) ordWord(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	if t := p.toks[i]; t.kind == tkWord || t.kind == tkOrd {
		return p.low[t.s:t.e]
	}
	return ""
}

// numericDate reads 2024-01-31, 31.01.2024, 31/01/2024 (day first, as the ILO writes them;
// month first only when the first number cannot be a month).
func (p *parser) numericDate(i int) (span, int, bool) {
	if i+4 >= len(p.toks) {
		return span{}, i, false
	}
	for k := i + 1; k <= i+4; k++ {
		if !p.toks[k].glued {
			return span{}, i, false
		}
	}
	if i > 0 && p.toks[i].glued {
		// glued to a word or to a symbol's slash ("ILO/2020/11/05"), it is part of a name
		if !opensDate(p.toks[i-1]) {
			return span{}, i, false
		}
	}
	if i+5 < len(p.toks) && p.toks[i+5].glued {
		if n := p.toks[i+5]; n.kind == tkNum || n.kind == tkWord || n.kind == tkMixed ||
			n.kind == tkDash || (n.kind == tkPunct && (n.c == '/' || n.c == '.') && p.glued(i+6)) {
			return span{}, i, false
		}
	}
	sep1, sep2 := p.toks[i+1], p.toks[i+3]
	same := sep1.kind == sep2.kind && (sep1.kind == tkDash || sep1.c == sep2.c && (sep1.c == '.' || sep1.c == '/'))
	if !same {
		return span{}, i, false
	}
	var y, m, d int
	if a, ok := p.num(i, 4, 4); ok {
		// year first: 2024-01-31, 2024/01/31, 2024.01.31
		mm, ok1 := p.num(i+2, 1, 2)
		dd, ok2 := p.num(i+4, 1, 2)
		if !ok1 || !ok2 {
			return span{}, i, false
		}
		y, m, d = a, mm, dd
	} else {
		a, ok0 := p.num(i, 1, 2)
		b, ok1 := p.num(i+2, 1, 2)
		yy, ok2 := p.num(i+4, 4, 4)
		if !ok0 || !ok1 || !ok2 {
			return span{}, i, false
		}
		y, d, m = yy, a, b
		if b > 12 && a <= 12 {
			d, m = b, a
		}
	}
	if y < minYear || y > maxYear || m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return span{}, i, false
	}
	c := civil{y, time.Month(m), d}
	return span{start: c, end: c, prec: PrecisionDay}, i + 5, true
}

// dayNum reads a day of the month: "31", "05", "1st".
func (p *parser) dayNum(i int) (int, bool) {
	if i < 0 || i >= len(p.toks) {
		return 0, false
	}
	if t := p.toks[i]; (t.kind == tkNum || t.kind == tkOrd) && t.nd <= 2 && t.n >= 1 && t.n <= 31 {
		return t.n, true
	}
	return 0, false
}

// dayDate reads "31 January 2024", "1st of March 2024", "14–16 March 2024", "January 31, 2024",
// and the same without a year, resolved against the document's date.
func (p *parser) dayDate(i int) (span, int, bool) {
	if d, ok := p.dayNum(i); ok {
		j := i + 1
		d2 := 0
		if (p.dash(j) || p.is(j, "to") || p.is(j, "and")) && j+1 < len(p.toks) {
			if v, ok := p.dayNum(j + 1); ok && v > d {
				if _, _, _, okm := p.month(j + 2); okm {
					d2, j = v, j+2
				}
			}
		}
		if p.is(j, "of") {
			j++
		}
		m, k, _, ok := p.month(j)
		if !ok {
			return span{}, i, false
		}
		if p.punct(k, ',') {
			if _, ok := p.year(k + 1); ok {
				k++
			}
		}
		if _, ok := p.year(k); !ok && d2 == 0 && !p.inDayRange && (p.dash(k) || p.is(k, "to") || p.is(k, "and")) {
			// "1 March–30 June 2024": the first day takes the year of the second. One level
			// only: a chain "1 March–2 March–3 March–..." must not recurse down its length.
			p.inDayRange = true
			sp2, k2, ok := p.dayDate(k + 1)
			p.inDayRange = false
			if ok && sp2.end.ok() && sp2.start == sp2.end && k2 > 0 && p.yearAt(k2-1) {
				if d <= daysIn(sp2.end.y, m) {
					start := civil{sp2.end.y, m, d}
					if sp2.end.before(start) {
						start.y--
					}
					return span{start: start, end: sp2.end, prec: PrecisionDay}, k2, true
				}
			}
		}
		return p.finishDay(i, d, d2, m, k)
	}
	m, j, _, ok := p.month(i)
	if !ok {
		return span{}, i, false
	}
	d, ok := p.dayNum(j)
	if !ok {
		return span{}, i, false
	}
	// "March 2019" is not a day: dayNum refuses four digits, but "June 20 20" would be odd anyway
	k := j + 1
	if p.punct(k, ',') {
		if _, ok := p.year(k + 1); ok {
			k++
		}
	}
	return p.finishDay(i, d, 0, m, k)
}

// finishDay completes a day date at k with an optional year; d2 > 0 makes a range of days.
func (p *parser) finishDay(i, d, d2 int, m time.Month, k int) (span, int, bool) {
	last := d
	if d2 > 0 {
		last = d2
	}
	if y, ok := p.year(k); ok {
		if last > daysIn(y, m) {
			return span{}, i, false
		}
		return span{start: civil{y, m, d}, end: civil{y, m, last}, prec: PrecisionDay}, k + 1, true
	}
	if last > 31 || last > daysIn(2000, m) {
		return span{}, i, false
	}
	c, ok := p.resolveDay(m, d)
	if !ok {
		return span{prec: PrecisionDay}, k, true
	}
	e := c
	if d2 > 0 {
		e = civil{c.y, m, d2}
	}
	return span{start: c, end: e, prec: PrecisionDay}, k, true
}

// monthYear reads "March 2019", "Sept. 2020", "October–November 2020", "March and April 2020",
// and, when bareMonth is set, "September" alone.
func (p *parser) monthYear(i int, bareMonth bool) (span, int, bool) {
	m, j, abbrev, ok := p.month(i)
	if !ok {
		return span{}, i, false
	}
	if p.punct(j, ',') {
		if _, ok := p.year(j + 1); ok {
			j++
		}
	}
	if y, ok := p.year(j); ok {
		return monthSpan(y, m), j + 1, true
	}
	// a range of months sharing one year
	if p.dash(j) || p.is(j, "to") || p.is(j, "and") || p.punct(j, '/') {
		if m2, k, _, ok := p.month(j + 1); ok {
			if p.punct(k, ',') {
				k++
			}
			if y, ok := p.year(k); ok {
				y1 := y
				if m2 < m {
					y1--
				}
				return span{start: firstOf(y1, m), end: lastOf(y, m2), prec: PrecisionMonth}, k + 1, true
			}
		}
	}
	if !bareMonth || abbrev {
		return span{}, i, false
	}
	y, ok := p.resolveMonth(m)
	if !ok {
		return span{prec: PrecisionMonth}, j, true
	}
	return monthSpan(y, m), j, true
}

// years reads "2021", "the year 2021", "2019–20", "2024-2027", "2019/20", "the 2024–25
// biennium", "the biennium 2024–25".
func (p *parser) years(i int) (span, int, bool) {
	j := i
	biennium := false
	if p.is(j, "year") {
		j++
	} else if p.is(j, "biennium") {
		biennium = true
		j++
	}
	y1, ok := p.year(j)
	if !ok {
		return span{}, i, false
	}
	k := j + 1
	sp := yearSpan(y1)
	if !biennium && k < len(p.toks) && p.toks[k].kind == tkMixed && p.toks[k].c != 0 {
		return partSpan(p.toks[k].c, p.toks[k].n, y1), k + 1, true // "2022 Q1", "2024 H2"
	}
	if p.dash(k) || (p.punct(k, '/') && p.glued(k) && p.glued(k+1)) {
		if y2, ok := p.secondYear(k+1, y1); ok {
			sp.end = civil{y2, 12, 31}
			k += 2
			if y2 == y1+1 && y1%2 == 0 && (biennium || p.is(k, "biennium") || p.budgetNear(j, k)) {
				sp.prec = PrecisionBiennium
				if p.is(k, "biennium") {
					k++
				}
			}
		}
	}
	if biennium && sp.prec != PrecisionBiennium {
		return span{}, i, false
	}
	return sp, k, true
}

// budgetNear reports whether a programme and budget is named right around a two-year range,
// which makes the range an ILO biennium: "Programme and Budget for 2026–27", "2002-03 P&B".
func (p *parser) budgetNear(i, k int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if w := p.word(j); w == "budget" || w == "budgets" || w == "biennium" || w == "b" && p.punct(j-1, '&') && p.is(j-2, "p") {
			return true
		}
	}
	return p.is(k, "p") && p.punct(k+1, '&') || p.is(k, "programme") || p.is(k, "budget")
}

// relativeYear reads the calendar year or month that "the end of" may name without a number:
// "the year", "this year", "the current year", "next year", "this month".
func (p *parser) relativeYear(j int) (span, int, bool) {
	switch {
	case p.is(j, "year"):
		return p.calendarNext("years", 0, j+1)
	case p.is(j, "month"):
		return p.calendarNext("months", 0, j+1)
	case p.is(j, "current") && p.is(j+1, "year"):
		return p.calendarNext("years", 0, j+2)
	case (p.is(j, "this") || p.is(j, "next")) && (p.is(j+1, "year") || p.is(j+1, "month")):
		return p.relative(j, "")
	}
	return span{}, j, false
}
