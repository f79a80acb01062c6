package normalize

import (
	"strings"
	"time"
)

// TimeMatch is one time expression found in running text.
type TimeMatch struct {
	Start, End int // byte offsets in the text of the whole expression, bound word included
	// Bound is the word that ties the expression to the sentence, in canonical form: "by",
	// "before", "no later than", "until", "through", "in", "on", "during", "from", "starting",
	// "as of", "within", "at", "over", "to" (only before a session), "for", "since", "after",
	// "between", or "" when none. "for" and "since" describe rather than bound ("the Strategy for
	// 2019–2023"); callers decide what counts as a deadline.
	Bound string
	Due   Due // Due.Text is text[Start:End]
	// Role is how the expression ties its sentence to time, by the rule ParseDue ranks cells
	// with: RoleDeadline ("by 2021", "at its 356th Session", "end 2000", "completed in May"),
	// RolePeriod ("in 2021", "2019–20"), RoleStart ("starting 2020", "from March") or
	// RoleDescription ("for 2019–2023", "since 2019").
	Role string
}

// Role values of a TimeMatch.
const (
	RoleDeadline    = "deadline"
	RolePeriod      = "period"
	RoleStart       = "start"
	RoleDescription = "description"
)

var roleNames = [...]string{classDeadline: RoleDeadline, classPeriod: RolePeriod, classStart: RoleStart,
	classDescription: RoleDescription}

// Bound values that FindTimes reports.
const (
	BoundBy       = "by"
	BoundBefore   = "before"
	BoundNoLater  = "no later than"
	BoundUntil    = "until"
	BoundThrough  = "through"
	BoundIn       = "in"
	BoundOn       = "on"
	BoundDuring   = "during"
	BoundFrom     = "from"
	BoundStarting = "starting"
	BoundAsOf     = "as of"
	BoundWithin   = "within"
	BoundAt       = "at"
	BoundOver     = "over"
	BoundTo       = "to"
	BoundFor      = "for"
	BoundSince    = "since"
	BoundAfter    = "after"
	BoundBetween  = "between"
	BoundNone     = ""
)

type boundPhrase struct {
	words []string
	canon string
}

// boundPhrases are tried longest first at every token.
var boundPhrases = func() map[string][]boundPhrase {
	list := []struct{ phrase, canon string }{
		{"by no later than", BoundNoLater}, {"by not later than", BoundNoLater},
		{"no later than", BoundNoLater}, {"not later than", BoundNoLater},
		{"in the course of", BoundDuring}, {"prior to", BoundBefore}, {"ahead of", BoundBefore},
		{"up until", BoundUntil}, {"up to and including", BoundThrough}, {"up to", BoundThrough},
		{"starting from", BoundStarting}, {"starting in", BoundStarting}, {"starting on", BoundStarting},
		{"beginning in", BoundStarting}, {"beginning on", BoundStarting}, {"to start in", BoundStarting},
		{"to start", BoundStarting}, {"to begin in", BoundStarting}, {"to begin", BoundStarting},
		{"as of", BoundAsOf}, {"as at", BoundAsOf}, {"as from", BoundAsOf}, {"with effect from", BoundAsOf},
		{"by", BoundBy}, {"before", BoundBefore}, {"until", BoundUntil}, {"till", BoundUntil},
		{"through", BoundThrough}, {"throughout", BoundDuring}, {"in", BoundIn}, {"on", BoundOn},
		{"during", BoundDuring}, {"from", BoundFrom}, {"starting", BoundStarting},
		{"beginning", BoundStarting}, {"commencing", BoundStarting}, {"start", BoundStarting},
		{"begin", BoundStarting}, {"effective", BoundAsOf}, {"within", BoundWithin}, {"at", BoundAt},
		{"over", BoundOver}, {"to", BoundTo}, {"for", BoundFor}, {"since", BoundSince},
		{"after", BoundAfter}, {"between", BoundBetween},
	}
	m := map[string][]boundPhrase{}
	for _, b := range list {
		w := strings.Fields(b.phrase)
		m[w[0]] = append(m[w[0]], boundPhrase{w, b.canon})
	}
	for k, v := range m {
		// longest first, so that "to start in" wins over "to"
		for i := 1; i < len(v); i++ {
			for j := i; j > 0 && len(v[j].words) > len(v[j-1].words); j-- {
				v[j], v[j-1] = v[j-1], v[j]
			}
		}
		m[k] = v
	}
	return m
}()

// startWords are the words at which an expression (bound or core) may begin; every other word
// is skipped without trying the grammar.
var startWords = func() map[string]bool {
	m := map[string]bool{}
	for k := range boundPhrases {
		m[k] = true
	}
	for k := range monthWords {
		m[k] = true
	}
	for _, w := range []string{"the", "its", "gb", "ilc", "end", "close", "mid", "middle", "early", "late",
		"beginning", "start", "first", "second", "third", "fourth", "last", "next", "coming",
		"this", "year", "biennium", "up"} {
		m[w] = true
	}
	return m
}()

// bound reads a bound phrase at i and returns its canonical form and the index after it.
func (p *parser) bound(i int) (string, int) {
	w := p.word(i)
	for _, b := range boundPhrases[w] {
		ok := true
		for k := 1; k < len(b.words); k++ {
			if !p.is(i+k, b.words[k]) {
				ok = false
				break
			}
		}
		if ok {
			return b.canon, i + len(b.words)
		}
	}
	return p.frenchBound(i)
}

// found is a match with the grammar's own view of it, which ParseDue needs to rank matches.
type found struct {
	start, end int // byte offsets
	tok        int // index of the first token
	bound      string
	sp         span
}

func newParser(text string, ref time.Time, toks []token, cal *Calendar) *parser {
	if want := len(text)/5 + 8; cap(toks) < want {
		toks = make([]token, 0, want) // about one token in five bytes of prose: one allocation
	}
	p := &parser{text: text, low: asciiLower(text), toks: tokenize(text, toks)}
	if y := ref.Year(); !ref.IsZero() && y >= minYear && y <= maxYear {
		p.ref = civilOf(ref) // a date outside the years we read is no document date
	}
	p.cal = cal
	if p.cal == nil {
		p.cal = builtin
	}
	return p
}

// scan finds every expression in the parser's text, left to right, never overlapping.
func (p *parser) scan(out []found) []found {
	for i := 0; i < len(p.toks); {
		t := p.toks[i]
		switch t.kind {
		case tkWord:
			if !startWords[p.low[t.s:t.e]] && !p.frenchStart(i) {
				i++
				continue
			}
		case tkNum, tkOrd:
		case tkMixed:
			if t.c == 0 && !p.frenchStart(i) {
				i++
				continue
			}
		default:
			i++
			continue
		}
		if f, k, ok := p.at(i); ok {
			out = append(out, f)
			i = k
			continue
		}
		i++
	}
	return out
}

// at reads one expression starting at token i.
func (p *parser) at(i int) (found, int, bool) {
	bound, j := p.bound(i)
	sp, k, ok := span{}, j, false
	if j > i {
		sp, k, ok = p.core(j, bound)
		// else "beginning of 2021", "start of the year": the word was no bound after all
	}
	if !ok {
		bound = ""
		if sp, k, ok = p.core(i, ""); !ok {
			return found{}, i, false
		}
	}
	if e := p.onwards(k); e > k && (bound == "" || bound == BoundIn || bound == BoundFrom || bound == BoundStarting) {
		// "2022 onwards", "from 2022 onwards", "in 2022 and beyond": a start
		bound, k = BoundFrom, e
		if !sp.start.ok() {
			sp.start = sp.end // "mid-2022 onwards"
		}
		sp.end, sp.point = civil{}, false
	}
	return found{start: p.toks[i].s, end: p.toks[k-1].e, tok: i, bound: bound, sp: sp}, k, true
}

// onwards reads "onwards", "onward", "and beyond", "and thereafter" at k and returns the
// index after it, or k.
func (p *parser) onwards(k int) int {
	switch {
	case p.is(k, "onwards") || p.is(k, "onward"):
		return k + 1
	case p.is(k, "and") && (p.is(k+1, "beyond") || p.is(k+1, "thereafter") || p.is(k+1, "onwards") || p.is(k+1, "after")):
		return k + 2
	}
	return k
}

// FindTimes returns the time expressions of text in order, with the bound word that ties each
// to its sentence. ref is the document's date, against which expressions such as "in the coming
// months", "next year" or "By September" are resolved; a zero ref leaves them without bounds.
//
// A year inside a symbol, a reference or an amount ("A/75/79", "resolution 72/279", "No. 2020",
// "US$2020 million") is no time expression. A year that describes ("the Strategy for
// 2019–2023") is one, reported with its bound ("for"), so that callers can tell a deadline from
// a description.
func FindTimes(text string, ref time.Time) []TimeMatch { return builtin.FindTimes(text, ref) }

// FindTimes is the package's FindTimes with sessions resolved through c.
func (c *Calendar) FindTimes(text string, ref time.Time) []TimeMatch {
	var buf [64]token
	p := newParser(text, ref, buf[:0], c)
	var fbuf [8]found
	fs := p.scan(fbuf[:0])
	if len(fs) == 0 {
		return nil
	}
	out := make([]TimeMatch, len(fs))
	for k, f := range fs {
		out[k] = TimeMatch{Start: f.start, End: f.end, Bound: f.bound, Due: f.due(text[f.start:f.end]),
			Role: roleNames[p.dueClass(f)]}
	}
	return out
}

// due applies the bound word to the interval the words name.
func (f found) due(text string) Due {
	start, end := applyBound(f.bound, f.sp)
	return makeDue(text, start, end, f.sp)
}

// makeDue builds a Due with its optional fields in one block and its two dates in one string:
// FindTimes reports many matches per document, and separate small allocations dominated its
// cost.
func makeDue(text string, start, end civil, sp span) Due {
	d := Due{Text: text, Vague: sp.vague, Calendar: sp.cal}
	// a bound pushed outside the years we read ("until 1900", "within 999 years") is dropped
	// rather than written as a date no reader of ours would take back
	if start.y < minYear || start.y > maxYear {
		start = civil{}
	}
	if end.y < minYear || end.y > maxYear {
		end = civil{}
	}
	box := new(struct{ start, end, prec string })
	var b [20]byte
	n := 0
	if start.ok() {
		start.appendISO(b[:0])
		n = 10
	}
	if end.ok() {
		end.appendISO(b[n:n])
		n += 10
	}
	iso := string(b[:n])
	if start.ok() {
		box.start, d.Start = iso[:10], &box.start
		iso = iso[10:]
	}
	if end.ok() {
		box.end, d.End = iso, &box.end
	}
	if sp.prec != "" {
		box.prec, d.Precision = sp.prec, &box.prec
	}
	return d
}

// applyBound turns the interval an expression names into the interval its bound word allows.
//
//   - "by", "no later than", "at", "to", "through": a deadline, only an end.
//   - "before": ends the day before the interval starts ("before 2021": 2020-12-31).
//   - "until": like "before" for a month, a quarter, a half, a year or a session ("will not
//     change until 2021" says the change comes in 2021, so the state lasts to 2020-12-31), but
//     inclusive for a day or an instant ("until 31 January 2024", "until the end of 2020").
//   - "from", "starting", "as of", "since": only a start; a range keeps both ends ("from 2019
//     to 2021").
//   - "after": starts the day after the interval ends.
//   - "in", "on", "during", "over", "within", "for", "between", none: the interval itself.
func applyBound(bound string, sp span) (start, end civil) {
	switch bound {
	case BoundBy, BoundNoLater, BoundAt, BoundTo, BoundThrough:
		return civil{}, sp.end
	case BoundBefore:
		if sp.start.ok() && !sp.point && sp.prec != PrecisionRelative {
			return civil{}, sp.start.addDays(-1)
		}
		return civil{}, sp.end
	case BoundUntil:
		if sp.start.ok() && !sp.point && sp.prec != PrecisionDay && sp.prec != PrecisionRelative {
			return civil{}, sp.start.addDays(-1)
		}
		return civil{}, sp.end
	case BoundFrom, BoundStarting, BoundAsOf, BoundSince:
		if sp.start.ok() && sp.end.ok() && isRange(sp) {
			return sp.start, sp.end
		}
		if sp.start.ok() {
			return sp.start, civil{}
		}
		return sp.end, civil{}
	case BoundAfter:
		if sp.end.ok() {
			return sp.end.addDays(1), civil{}
		}
		return civil{}, civil{}
	}
	return sp.start, sp.end
}

// isRange reports whether a span covers more than the unit its precision names, i.e. came from
// "2019 to 2021" rather than "2019".
func isRange(sp span) bool {
	switch sp.prec {
	case PrecisionDay:
		return sp.start != sp.end
	case PrecisionMonth:
		return sp.start.y != sp.end.y || sp.start.m != sp.end.m
	case PrecisionYear, PrecisionBiennium:
		return sp.start.y != sp.end.y
	case PrecisionQuarter:
		return sp.end.time().Sub(sp.start.time()) > 93*24*time.Hour
	case PrecisionHalf:
		return sp.end.time().Sub(sp.start.time()) > 185*24*time.Hour
	}
	return false
}
