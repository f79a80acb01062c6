package normalize

import "strings"

// session reads a reference to a session of the Governing Body or of the Conference: "its 356th
// Session", "the 352nd Session of the Governing Body", "the 112th Session of the Conference",
// "the 109th (2021) Session", "GB.352", "the November 2024 session", "the 2021 session of the
// Conference", "its next session".
func (p *parser) session(i int) (span, int, bool) {
	j := i
	its := p.is(j, "its") || p.is(j, "sa") || p.is(j, "leur") // French "à sa 356e session"
	if its || p.is(j, "the") || p.is(j, "la") {
		j++
	}
	opening := false
	switch w := p.word(j); {
	case w == "":
	case w == "main" && p.is(j+1, "part") && p.is(j+2, "of"):
		// "the main part of the eightieth session of the Assembly": the main part is what
		// the calendar holds
		j += 3
	case (w == "beginning" || w == "start" || w == "opening") && p.is(j+1, "of"):
		// "at the beginning of the eighty-third session": its first days
		opening, j = true, j+2
	case (w == "end" || w == "close") && p.is(j+1, "of") && (p.is(j+2, "its") || p.is(j+2, "the")):
		j += 2
	}
	if j > i+1 {
		if !(p.is(j, "its") || p.is(j, "the")) {
			return span{}, i, false
		}
		j++
		if sp, k, ok := p.session(j - 1); ok {
			if opening && sp.start.ok() {
				sp.start, sp.end = civil{}, sp.start
			}
			return sp, k, true
		}
		return span{}, i, false
	}
	if w := p.word(j); (w == "forthcoming" || w == "next" || w == "upcoming" || w == "coming" || w == "present" || w == "current") &&
		j+1 < len(p.toks) && (p.toks[j+1].kind == tkOrd || spelledOrdinal(p, j+1) > 0) {
		j++ // its forthcoming 344th Session
	}
	switch w := p.word(j); {
	case w == "":
		// "the 2027 annual session", "its 2026 second regular session"
		if y, ok := p.year(j); ok {
			if w2 := p.word(j + 1); w2 == "first" || w2 == "second" || w2 == "third" || w2 == "annual" {
				if sp, k, ok := p.boardSessionOf(i, j+1, y); ok {
					return sp, k, true
				}
			}
		}
	case w == "first" || w == "second" || w == "third" || w == "annual":
		if sp, k, ok := p.boardSession(i, j); ok {
			return sp, k, true
		}
	case w == "session" || p.lowerWord(j) == "première" || w == "premiere" || p.lowerWord(j) == "deuxième" || w == "deuxieme" || w == "seconde":
		if sp, k, ok := p.frenchBoardSession(i, j); ok {
			return sp, k, true
		}
	case spelledTens[w] > 0 || spelledTensOrd[w] > 0:
		n, k := p.spelledOrd(j)
		if n == 0 || !p.is(k, "session") {
			break
		}
		// "its eightieth session", "the seventy-ninth session of the General Assembly"
		k++
		body, e := p.bodyOf(k)
		if body == "" {
			if p.is(k, "of") {
				return span{}, i, false
			}
			body = p.bodyNamedBefore(i)
			if body == "" {
				body = p.bodyByYear(n)
			}
		}
		return p.resolveSession(body, n, e)
	}
	// GB.352 and ILC.112, but not the paper symbols GB.352/INS/1 and ILC.112/Record No. 5
	if w := p.word(j); (w == "gb" || w == "ilc") && p.punct(j+1, '.') && p.glued(j+1) && p.glued(j+2) {
		if n, ok := p.num(j+2, 2, 3); ok && !p.symbolGoesOn(j+3) {
			if w == "gb" {
				return p.resolveSession(BodyGB, n, j+3)
			}
			return p.resolveSession(BodyILC, n, j+3)
		}
		return span{}, i, false
	}
	if j >= len(p.toks) {
		return span{}, i, false
	}
	// ILC 2022, the 2022 ILC: the Conference meets once a year
	if y, ok := p.year(j + 1); ok && p.is(j, "ilc") {
		return p.conferenceOf(y, j+2)
	}
	if y, ok := p.year(j); ok && p.is(j+1, "ilc") {
		return p.conferenceOf(y, j+2)
	}
	// the 356th Session, the 109th (2021) Session, the 112th International Labour Conference
	if t := p.toks[j]; t.kind == tkOrd {
		n := t.n
		printed, k := p.parenthetical(j + 1)
		body := ""
		switch {
		case p.is(k, "session"):
			k++
			if pr, e := p.parenthetical(k); e > k && p.is(e, "of") {
				printed, k = pr, e // the 114th Session (2026) of the International Labour Conference
			}
			if b, e := p.bodyOf(k); b != "" {
				body, k = b, e
			} else if p.is(k, "of") {
				return span{}, i, false // the 91st Session of the Committee on ..., of the UN General Assembly
			}
			if printed.prec == "" {
				printed, k = p.parenthetical(k)
			}
		case p.is(k, "international") && p.is(k+1, "labour") && p.is(k+2, "conference"):
			body, k = BodyILC, k+3
		case p.is(k, "ilc"):
			body, k = BodyILC, k+1
			if p.is(k, "session") {
				k++
			}
		case p.is(k, "gb"):
			body, k = BodyGB, k+1
			if p.is(k, "session") {
				k++
			}
		case p.is(k, "governing") && p.is(k+1, "body"):
			body, k = BodyGB, k+2
			if p.is(k, "session") {
				k++
			}
		default:
			return span{}, i, false
		}
		if body == "" && n < 200 {
			body = p.bodyNamedBefore(i)
		}
		if body == "" {
			// BUG: the committees number their sessions too (the Committee of Experts met for
			// its 94th session in 2023); "its 94th Session" after a committee's name is read as
			// the Conference's.
			body = p.bodyByYear(n)
		}
		sp, k, _ := p.resolveSession(body, n, k)
		if printed.end.ok() && (!sp.end.ok() || sp.end.before(printed.start) || printed.end.before(sp.start)) {
			// the printed date beats the calendar: a committee's session ("the Committee of
			// Experts, at its 94th Session (November–December 2023)") or one the calendar lacks
			return span{start: printed.start, end: printed.end, prec: PrecisionSession, session: true}, k, true
		}
		return sp, k, true
	}
	// its next session, the forthcoming session of the Conference
	if p.is(j, "next") || p.is(j, "forthcoming") || p.is(j, "upcoming") {
		if w := p.word(j + 1); w == "first" || w == "second" || w == "third" || w == "annual" {
			// "at its next annual session": a board's named session
			for _, bn := range boardNames {
				e := j + 1
				for _, bw := range bn.words {
					if !p.is(e, bw) {
						e = -1
						break
					}
					e++
				}
				if e > 0 {
					return p.nextNamed(i, e, bn.name)
				}
			}
		}
		if !p.is(j+1, "session") {
			return span{}, i, false
		}
		body, k := p.bodyOf(j + 2)
		if body == "" {
			if !its {
				return span{}, i, false
			}
			body = BodyGB
		}
		if !p.ref.ok() {
			return span{prec: PrecisionSession, session: true, vague: true}, k, true
		}
		s, ok := p.cal.Next(body, p.ref.time())
		if !ok {
			return span{prec: PrecisionSession, session: true, vague: true}, k, true
		}
		return sessionSpan(s), k, true
	}
	// the November 2024 session, the 2021 session of the Conference
	if m, k, _, ok := p.month(j); ok {
		y, ok := p.year(k)
		if ok {
			k++
		} else if p.is(k, "session") && j > i {
			// "the March session": the next one after the document's date
			if y, ok = p.resolveMonth(m); !ok {
				body, e := p.bodyOf(k + 1)
				if body == "" {
					e = k + 1
				}
				return span{prec: PrecisionSession, session: true, vague: true}, e, true
			}
		}
		if !ok || !p.is(k, "session") {
			return span{}, i, false
		}
		body, e := p.bodyOf(k + 1)
		if body == "" {
			body, e = BodyGB, k+1
		}
		s, ok := p.cal.InMonth(body, y, m)
		if !ok {
			return span{prec: PrecisionSession, session: true}, e, true
		}
		return sessionSpan(s), e, true
	}
	if y, ok := p.year(j); ok && p.is(j+1, "session") {
		body, e := p.bodyOf(j + 2)
		if body != BodyILC {
			return span{}, i, false // the Governing Body meets three times a year
		}
		return p.conferenceOf(y, e)
	}
	return span{}, i, false
}

// bodyOf reads "of the Governing Body", "of the Conference", "of the International Labour
// Conference", "of the ILC" at i.
func (p *parser) bodyOf(i int) (string, int) {
	if !p.is(i, "of") {
		return "", i
	}
	j := i + 1
	if p.is(j, "the") {
		j++
	}
	if p.is(j, "ilo") {
		j++
	}
	switch {
	case p.is(j, "gb"):
		return BodyGB, j + 1
	case p.is(j, "governing") && p.is(j+1, "body"):
		return BodyGB, j + 2
	case p.is(j, "conference"):
		return BodyILC, j + 1
	case p.is(j, "international") && p.is(j+1, "labour") && p.is(j+2, "conference"):
		return BodyILC, j + 3
	case p.is(j, "ilc"):
		return BodyILC, j + 1
	case p.is(j, "general") && p.is(j+1, "assembly"):
		return BodyUNGA, j + 2
	case (p.is(j, "un") || p.is(j, "united") && p.is(j+1, "nations")) && p.is(j+1+boolInt(p.is(j, "united")), "general"):
		return BodyUNGA, j + 3 + boolInt(p.is(j, "united"))
	case p.is(j, "assembly"):
		return BodyUNGA, j + 1
	}
	return "", i
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// bodyNamedBefore returns the numbered body (Conference, General Assembly) named last in the
// words just before the session reference at token i, as in "report to the General Assembly at
// its eightieth session" or "the Conference will, at its 114th Session, ...", or "" when none
// is. The Governing Body's numbers (200 and up) need no name.
func (p *parser) bodyNamedBefore(i int) string {
	if i >= len(p.toks) {
		return ""
	}
	before := p.low[:p.toks[i].s]
	if len(before) > 120 {
		before = before[len(before)-120:]
	}
	ga := max(strings.LastIndex(before, "general assembly"), strings.LastIndex(before, "the assembly"))
	ilc := max(strings.LastIndex(before, "labour conference"), strings.LastIndex(before, "the conference"))
	switch {
	case ga > ilc:
		return BodyUNGA
	case ilc > ga:
		return BodyILC
	}
	return ""
}

// bodyByYear tells whose numbered session "its Nth session" is when the words name no body. The
// numbers barely overlap: the Governing Body passed its 270th session in 1997, the Conference
// holds its Nth in about 1912+N, the General Assembly its Nth in 1945+N. Below 200, the body
// whose Nth session falls nearest the document's date wins (the Conference without a date).
func (p *parser) bodyByYear(n int) string {
	if n >= 200 {
		return BodyGB
	}
	if !p.ref.ok() {
		return BodyILC
	}
	dist := func(y int) int {
		if d := y - p.ref.y; d >= 0 {
			return d
		}
		return p.ref.y - y
	}
	if dist(1945+n) < dist(1912+n) {
		return BodyUNGA
	}
	return BodyILC
}

// spelledTens are the tens of spelled ordinals, as cardinals ("eighty-first") and ordinals
// ("eightieth").
var spelledTens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90}

var spelledTensOrd = map[string]int{"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100}

var spelledUnitOrd = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
	"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}

// spelledOrd reads a spelled ordinal from 20 to 100 at i, as the General Assembly numbers its
// sessions: "eightieth", "seventy-ninth", "eighty first". It returns 0 when there is none.
func (p *parser) spelledOrd(i int) (int, int) {
	w := p.word(i)
	if n, ok := spelledTensOrd[w]; ok {
		return n, i + 1
	}
	t, ok := spelledTens[w]
	if !ok {
		return 0, i
	}
	j := i + 1
	if p.dash(j) {
		j++
	}
	if u, ok := spelledUnitOrd[p.word(j)]; ok {
		return t + u, j + 1
	}
	return 0, i
}

func spelledOrdinal(p *parser, i int) int {
	n, _ := p.spelledOrd(i)
	return n
}

// boardNames are the named sessions of an Executive Board, as printed after "the" or "its".
var boardNames = []struct {
	words []string
	name  string
}{
	{[]string{"first", "regular", "session"}, "first regular"},
	{[]string{"second", "regular", "session"}, "second regular"},
	{[]string{"third", "regular", "session"}, "third regular"},
	{[]string{"annual", "session"}, "annual"},
}

// boardSession reads a named session of an Executive Board at j ("first regular session 2027",
// "annual session of 2026", "second regular session, 2025") and resolves it through the calendar:
// the board named shortly before in the text (UNICEF, UNDP, UNFPA, UNOPS), else the calendar's
// board (WithBoard), else the Executive Board of UNDP/UNFPA/UNOPS, then UNICEF's. Without a year
// it is the next such session after the document's date (nextNamed). i is where the expression
// began ("the", "its").
func (p *parser) boardSession(i, j int) (span, int, bool) {
	return p.boardSessionOf(i, j, 0)
}

// boardSessionOf reads a board session's name at j; a year printed before the name ("the 2027
// annual session") is y, else 0 and the year must follow the name.
func (p *parser) boardSessionOf(i, j, y int) (span, int, bool) {
	for _, bn := range boardNames {
		k := j
		ok := true
		for _, w := range bn.words {
			if !p.is(k, w) {
				ok = false
				break
			}
			k++
		}
		if !ok {
			continue
		}
		return p.namedSession(i, k, y, bn.name)
	}
	return span{}, i, false
}

// frenchBoardNames are the named sessions of an Executive Board as French prints them, after "sa"
// or "la": "session annuelle", "première session ordinaire", "deuxième session ordinaire".
var frenchBoardNames = []struct {
	words []string
	name  string
}{
	{[]string{"session", "annuelle"}, "annual"},
	{[]string{"première", "session", "ordinaire"}, "first regular"},
	{[]string{"premiere", "session", "ordinaire"}, "first regular"},
	{[]string{"deuxième", "session", "ordinaire"}, "second regular"},
	{[]string{"deuxieme", "session", "ordinaire"}, "second regular"},
	{[]string{"seconde", "session", "ordinaire"}, "second regular"},
}

// frenchBoardSession reads a board session's French name at j ("à sa session annuelle de 2027",
// "à sa première session ordinaire de 2027") and resolves it as boardSessionOf does.
func (p *parser) frenchBoardSession(i, j int) (span, int, bool) {
	for _, bn := range frenchBoardNames {
		k := j
		ok := true
		for _, w := range bn.words {
			if p.lowerWord(k) != w {
				ok = false
				break
			}
			k++
		}
		if !ok {
			continue
		}
		if p.lowerWord(k) == "de" {
			if y, ok := p.year(k + 1); ok {
				return p.namedSession(i, k+2, y, bn.name)
			}
		}
		return p.namedSession(i, k, 0, bn.name)
	}
	return span{}, i, false
}

// namedSession resolves a board session named name whose name ends before token k: of year y, or
// when y is 0 of the year printed at k (after a comma, "of" or "in"), else the next such
// session after the document's date (nextNamed).
func (p *parser) namedSession(i, k, y int, name string) (span, int, bool) {
	if y == 0 {
		e := k
		if p.punct(e, ',') {
			e++
		}
		if p.is(e, "of") || p.is(e, "in") {
			e++
		}
		if yy, ok := p.year(e); ok {
			y, k = yy, e+1
		} else if _, me, _, ok := p.month(e); ok && p.is(e-1, "in") {
			// "at its annual session, in June 2027": the month's year names the session
			if yy, ok := p.year(me); ok {
				y, k = yy, me+1
			}
		}
		if y == 0 {
			return p.nextNamed(i, k, name)
		}
	}
	for _, body := range p.boards(i) {
		if s, ok := p.cal.Named(body, y, name); ok {
			return sessionSpan(s), k, true
		}
	}
	return span{prec: PrecisionSession, session: true}, k, true
}

// nextNamed resolves a board session named without its year ("at its annual session", "at its
// next first regular session"), which a decision or a board paper means as the next such session
// after the document's date: the first of that name in the calendar that opens after it. Without
// a document date, or where the calendar holds none, it is no expression. k is the index after
// the name.
func (p *parser) nextNamed(i, k int, name string) (span, int, bool) {
	if !p.ref.ok() {
		return span{}, i, false
	}
	after := p.ref.String()
	for _, body := range p.boards(i) {
		for y := p.ref.y; y <= p.ref.y+1; y++ {
			if s, ok := p.cal.Named(body, y, name); ok && s.First > after {
				return sessionSpan(s), k, true
			}
		}
	}
	return span{}, i, false
}

// boards lists the Executive Boards a named session before token i may belong to, likeliest
// first.
func (p *parser) boards(i int) []string {
	var out []string
	if i < len(p.toks) {
		before := p.low[:p.toks[i].s]
		if len(before) > 300 {
			before = before[len(before)-300:]
		}
		u := strings.LastIndex(before, "unicef")
		d := max(strings.LastIndex(before, "undp"), strings.LastIndex(before, "unfpa"), strings.LastIndex(before, "unops"),
			strings.LastIndex(before, "pnud"), strings.LastIndex(before, "fnuap")) // French: PNUD, FNUAP
		switch {
		case u >= 0 && u > d:
			out = append(out, BodyUNICEF)
		case d >= 0:
			out = append(out, BodyUNDP)
		}
	}
	if b := p.cal.board; b != "" {
		out = append(out, b)
	}
	return append(out, BodyUNDP, BodyUNICEF)
}

func (p *parser) resolveSession(body string, n, next int) (span, int, bool) {
	s, ok := p.cal.Numbered(body, n)
	if !ok {
		// a session outside the calendar is still a session: keep it, without bounds
		return span{prec: PrecisionSession, session: true}, next, true
	}
	return sessionSpan(s), next, true
}

// symbolGoesOn reports whether the token at k continues a document symbol: "GB.352/INS/1",
// "GB.352.3", "GB.352A".
func (p *parser) symbolGoesOn(k int) bool {
	if !p.glued(k) || k >= len(p.toks) {
		return false
	}
	switch t := p.toks[k]; t.kind {
	case tkWord, tkNum, tkMixed, tkOrd:
		return true
	case tkPunct:
		return t.c == '/' || t.c == '.' && p.glued(k+1)
	}
	return false
}

// parenthetical reads a date in parentheses at i, "(March 2026)", "(2021)",
// "(October–November 2020)", and returns it with the index after the closing parenthesis; it
// returns i and no span when there is none.
func (p *parser) parenthetical(i int) (span, int) {
	if !p.punct(i, '(') {
		return span{}, i
	}
	sp, k, ok := p.period(i+1, false)
	if ok {
		sp, k, ok = p.join(sp, k, "", false)
	}
	if !ok || !p.punct(k, ')') {
		return span{}, i
	}
	return sp, k + 1
}

// conferenceOf is the session of the Conference held in year y (the first, in a year with a
// maritime session).
func (p *parser) conferenceOf(y, next int) (span, int, bool) {
	for _, s := range p.cal.byTime {
		if f, _ := parseISODay(s.First); s.Body == BodyILC && f.y == y {
			return sessionSpan(s), next, true
		}
	}
	return span{prec: PrecisionSession, session: true}, next, true
}
