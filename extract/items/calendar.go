package items

import (
	"regexp"
	"strings"
	"time"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// findTimes finds the time expressions of text, with sessions resolved through the document's
// calendar.
func (d *detector) findTimes(text string) []normalize.TimeMatch {
	return d.cal.FindTimes(text, d.ref)
}

// parseDue reads a table cell's time expression through the document's calendar.
func (d *detector) parseDue(text string) *normalize.Due {
	return d.cal.ParseDue(text, d.ref)
}

// documentCalendar is the calendar a document's session references resolve through: base (the
// run's; the built-in one when nil), told which Executive Board the paper belongs to, and with
// the session its masthead announces when the masthead prints the session's days ("First regular
// session 2027 / 25 to 29 January 2027, New York", the UN Executive Board papers' convention).
func documentCalendar(doc *textlayer.Document, symbol string, base *normalize.Calendar) *normalize.Calendar {
	cal := base
	if cal == nil {
		cal = normalize.DefaultCalendar()
	}
	board := boardOf(doc, symbol)
	if board == "" {
		return cal
	}
	cal = cal.WithBoard(board)
	if s, ok := mastheadSession(doc, board); ok {
		cal = cal.With(s)
	}
	return cal
}

// boardOf names the Executive Board whose paper doc is, from its symbol (DP/..., E/ICEF/...) or
// the board's name on the first page; "" when it is none.
func boardOf(doc *textlayer.Document, symbol string) string {
	switch {
	case strings.HasPrefix(symbol, "DP/"):
		return normalize.BodyUNDP
	case strings.HasPrefix(symbol, "E/ICEF/"):
		return normalize.BodyUNICEF
	}
	head := firstPageText(doc)
	if !strings.Contains(head, "Executive Board") {
		return ""
	}
	switch {
	case strings.Contains(head, "Development Programme") || strings.Contains(head, "Population Fund") || strings.Contains(head, "Project Services"):
		return normalize.BodyUNDP
	case strings.Contains(head, "Children’s Fund") || strings.Contains(head, "Children's Fund") || strings.Contains(head, "UNICEF"):
		return normalize.BodyUNICEF
	}
	return ""
}

// firstPageText joins the words of the first page's blocks and table cells, in order, at most
// a few thousand bytes: the masthead.
func firstPageText(doc *textlayer.Document) string {
	var b strings.Builder
	for _, bl := range doc.Blocks {
		if bl.Page > 1 || b.Len() > 4000 {
			break
		}
		if bl.Kind == textlayer.Table && bl.Table != nil {
			for _, r := range bl.Table.Rows {
				for _, c := range r.Cells {
					b.WriteString(c.Text)
					b.WriteByte(' ')
				}
			}
			continue
		}
		b.WriteString(bl.Text)
		b.WriteByte(' ')
	}
	return b.String()
}

// mastheadSessionRe matches the session line of an Executive Board paper's masthead.
var mastheadSessionRe = regexp.MustCompile(`(?i)\b(first regular|second regular|annual) session,? (\d{4})\b`)

// mastheadSession reads the session a board paper's masthead announces, with the days printed
// right after it ("25 to 29 January 2027").
func mastheadSession(doc *textlayer.Document, board string) (normalize.Session, bool) {
	head := firstPageText(doc)
	m := mastheadSessionRe.FindStringSubmatchIndex(head)
	if m == nil {
		return normalize.Session{}, false
	}
	after := head[m[1]:]
	if len(after) > 80 {
		after = after[:80]
	}
	for _, tm := range normalize.FindTimes(after, time.Time{}) {
		d := tm.Due
		// The dates follow the session's name, maybe after a masthead cell that the layout put
		// between them ("First regular session 2027 | Original: English | 25 to 29 January 2027").
		if d.Start == nil || d.End == nil || d.Precision == nil || *d.Precision != "day" {
			continue
		}
		if (*d.End)[:4] != head[m[4]:m[5]] {
			break
		}
		return normalize.Session{Body: board, Name: head[m[4]:m[5]] + " " + strings.ToLower(head[m[2]:m[3]]),
			First: *d.Start, Last: *d.End, Exact: true, Source: "the paper's masthead"}, true
	}
	return normalize.Session{}, false
}
