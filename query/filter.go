package query

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"gbtrack/changes"
	"gbtrack/normalize"
)

// NoStatus is the --status value that selects items whose status is not stated.
const NoStatus = "none"

// Filter selects items. Every set field must hold (AND); within a list field one match is
// enough (OR). The zero Filter selects every item.
type Filter struct {
	Kinds    []string // item kinds: recommendation, action_item, commitment
	Docs     []string // globs (* and ?, case-insensitive) on the doc id or the source's file name
	Statuses []string // status values of the vocabulary, or NoStatus
	// DueBefore and DueAfter are ISO days; an item matches when its due.end is strictly before
	// (after) the day. Items without a due.end never match a date filter.
	DueBefore, DueAfter string
	// OverdueAsOf selects items overdue on that day (changes.Overdue with the latest status).
	OverdueAsOf time.Time
	Units       []string // an abbreviation or any name of the unit register, or printed words
	// Text holds terms that must all occur in the item's text as whole words, case and accents
	// aside; a term may be a phrase of several words.
	Text     []string
	Sessions []int // Governing Body sessions: the document's (GB.N/...) or the one the item is due at
}

// Validate checks the values a user typed: kinds and statuses of the vocabulary, ISO dates,
// non-empty globs. The error names the flag.
func (f Filter) Validate() error {
	for _, k := range f.Kinds {
		switch k {
		case normalize.KindRecommendation, normalize.KindActionItem, normalize.KindCommitment:
		default:
			return fmt.Errorf("--kind %q: want recommendation, action_item or commitment", k)
		}
	}
	for _, s := range f.Statuses {
		if !isStatus(s) && s != NoStatus {
			return fmt.Errorf("--status %q: want one of %s or %s", s, strings.Join(statusVocabulary, ", "), NoStatus)
		}
	}
	for flag, d := range map[string]string{"--due-before": f.DueBefore, "--due-after": f.DueAfter} {
		if d == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			return fmt.Errorf("%s %q: want YYYY-MM-DD", flag, d)
		}
	}
	return nil
}

var statusVocabulary = []string{
	normalize.StatusCompleted, normalize.StatusOngoing, normalize.StatusPlanned, normalize.StatusNotStarted,
	normalize.StatusDelayed, normalize.StatusCancelled, normalize.StatusUnknown,
}

func isStatus(s string) bool {
	for _, v := range statusVocabulary {
		if s == v {
			return true
		}
	}
	return false
}

// Select returns the records f selects, in input order.
func (f Filter) Select(recs []Record) []Record {
	m := f.matcher()
	var out []Record
	for _, r := range recs {
		if m.match(r) {
			out = append(out, r)
		}
	}
	return out
}

// matcher is a Filter with its globs and terms compiled once.
type matcher struct {
	Filter
	globs []*regexp.Regexp
	terms []string // folded, padded with spaces
	reg   *normalize.Register
}

func (f Filter) matcher() matcher {
	m := matcher{Filter: f, reg: normalize.DefaultRegister()}
	for _, g := range f.Docs {
		m.globs = append(m.globs, compileGlob(g))
	}
	for _, t := range f.Text {
		if ft := foldText(t); ft != " " {
			m.terms = append(m.terms, ft)
		}
	}
	return m
}

func (m matcher) match(r Record) bool {
	return m.matchKind(r) && m.matchDoc(r) && m.matchStatus(r) && m.matchDue(r) &&
		m.matchOverdue(r) && m.matchUnit(r) && m.matchText(r) && m.matchSession(r)
}

func (m matcher) matchKind(r Record) bool {
	if len(m.Kinds) == 0 {
		return true
	}
	for _, k := range m.Kinds {
		if r.Kind == k {
			return true
		}
	}
	return false
}

func (m matcher) matchDoc(r Record) bool {
	if len(m.globs) == 0 {
		return true
	}
	// The source is a path of any system or a URL: its file name follows the last separator.
	base := r.Source[strings.LastIndexAny(r.Source, "/\\")+1:]
	names := []string{r.Doc, base, strings.TrimSuffix(base, filepath.Ext(base))}
	for _, g := range m.globs {
		for _, n := range names {
			if n != "" && g.MatchString(n) {
				return true
			}
		}
	}
	return false
}

// StatusOf is the status value a query judges r by: the latest status follow-up reports, else
// the item's own, else NoStatus.
func StatusOf(r Record) string {
	if r.Latest != "" {
		return r.Latest
	}
	if r.Status == nil || strings.TrimSpace(r.Status.Value) == "" {
		return NoStatus
	}
	return r.Status.Value
}

func (m matcher) matchStatus(r Record) bool {
	if len(m.Statuses) == 0 {
		return true
	}
	s := StatusOf(r)
	for _, want := range m.Statuses {
		if s == want {
			return true
		}
	}
	return false
}

func (m matcher) matchDue(r Record) bool {
	if m.DueBefore == "" && m.DueAfter == "" {
		return true
	}
	end, ok := changes.DueEnd(r.Item)
	if !ok {
		return false
	}
	e := end.Format(time.DateOnly)
	return (m.DueBefore == "" || e < m.DueBefore) && (m.DueAfter == "" || e > m.DueAfter)
}

func (m matcher) matchOverdue(r Record) bool {
	if m.OverdueAsOf.IsZero() {
		return true
	}
	it := r.Item
	if r.Latest != "" {
		it.Status = &normalize.Status{Value: r.Latest}
	}
	_, over := changes.Overdue(it, m.OverdueAsOf)
	return over
}

func (m matcher) matchUnit(r Record) bool {
	if len(m.Units) == 0 {
		return true
	}
	for _, q := range m.Units {
		for _, u := range r.Units {
			if m.reg.Matches(u, q) {
				return true
			}
		}
	}
	return false
}

func (m matcher) matchText(r Record) bool {
	if len(m.terms) == 0 {
		return true
	}
	t := foldText(r.Text)
	for _, term := range m.terms {
		if !strings.Contains(t, term) {
			return false
		}
	}
	return true
}

// gbSymbol finds the session of a Governing Body symbol: "GB.340/INS/6" is session 340.
var gbSymbol = regexp.MustCompile(`^GB\.(\d+)/`)

// sessionDue finds the session an item is due at: the calendar entry "GB.356, March 2026" or a
// printed "356th Session".
var (
	calendarGB  = regexp.MustCompile(`^GB\.(\d+)\b`)
	printedSess = regexp.MustCompile(`(?i)\b(\d+)(?:st|nd|rd|th)\s+Session\b`)
)

// Sessions returns the Governing Body sessions r belongs to: its document's session (from a
// GB.N/... symbol) and the session it is due at, when either is known.
func Sessions(r Record) []int {
	var out []int
	add := func(s string) {
		if n, err := strconv.Atoi(s); err == nil {
			for _, o := range out {
				if o == n {
					return
				}
			}
			out = append(out, n)
		}
	}
	if mm := gbSymbol.FindStringSubmatch(r.Doc); mm != nil {
		add(mm[1])
	}
	if r.Due != nil {
		if mm := calendarGB.FindStringSubmatch(r.Due.Calendar); mm != nil {
			add(mm[1])
		} else if r.Due.Precision != nil && *r.Due.Precision == "session" {
			if mm := printedSess.FindStringSubmatch(r.Due.Text); mm != nil {
				add(mm[1])
			}
		}
	}
	return out
}

func (m matcher) matchSession(r Record) bool {
	if len(m.Sessions) == 0 {
		return true
	}
	for _, s := range Sessions(r) {
		for _, want := range m.Sessions {
			if s == want {
				return true
			}
		}
	}
	return false
}

// compileGlob turns a glob into an anchored, case-insensitive expression: * is any run of
// characters (slashes included, so GB.34* matches GB.340/INS/6), ? one character.
func compileGlob(g string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString("(?is)^")
	for _, r := range g {
		switch r {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	b.WriteString("$")
	return regexp.MustCompile(b.String())
}

// foldText lower-cases s, drops accents, turns every run of non-letters and non-digits into one
// space and pads the result with a space each side, so that whole words and phrases are found
// by substring search.
func foldText(s string) string {
	var b strings.Builder
	b.WriteByte(' ')
	space := true
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		case !space:
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// ParseTerms splits a --text value into terms: words, and phrases in double quotes.
// `social protection` is two terms; `"social protection" 2021` is a phrase and a word.
func ParseTerms(s string) []string {
	var out []string
	for len(s) > 0 {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			break
		}
		if s[0] == '"' {
			end := strings.IndexByte(s[1:], '"')
			if end < 0 {
				out = append(out, s[1:])
				break
			}
			if p := strings.TrimSpace(s[1 : end+1]); p != "" {
				out = append(out, p)
			}
			s = s[end+2:]
			continue
		}
		end := strings.IndexFunc(s, unicode.IsSpace)
		if end < 0 {
			end = len(s)
		}
		out = append(out, s[:end])
		s = s[end:]
	}
	return out
}
