package followup

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"gbtrack/normalize"
)

// Thresholds of the word similarity (Dice of content words, see words) between two item texts.
const (
	textStrong = 0.85 // near-identical: a text link that may set a status
	textWeak   = 0.6  // similar: a text link kept as evidence only
	// textMinShared is the fewest content words two texts share for any text link: short rows
	// that share three words ("review", "strategy", "training") are often on other subjects.
	textMinShared = 4
	citedText     = 0.5  // an item that cites the earlier paper but has no number to match
	numberLow     = 0.15 // below this, a number match under a citing heading is about something else
)

// Thresholds of a subject matched against a title (coverage of the title's content words). A
// paper's title or a headline is short and every word of it names the subject: a title that
// shares its generic words ("safety", "campaign") but not its qualifier ("domestic workers")
// is about something else, so half the words are not enough.
const (
	titleStrong = 0.75
	titleWeak   = 0.6
	titleMinHit = 2 // words shared, at least, for any subject match
)

// Link recognises copies among docs (setting SameAs) and fills every item's FollowUp and
// LatestStatus from the later documents of the same run. It changes items and docs in place
// and never fails: items of unknown documents, and documents without a date, are simply not
// linked (a follow-up must be dated after what it reports on).
func Link(items []normalize.Item, docs []normalize.Document) {
	byDoc := map[string][]*normalize.Item{}
	for k := range items {
		byDoc[items[k].Doc] = append(byDoc[items[k].Doc], &items[k])
	}
	markCopies(docs, byDoc)
	for k := range items {
		items[k].FollowUp = []normalize.FollowUp{}
	}
	info := make([]docInfo, len(docs))
	for k := range docs {
		info[k] = newDocInfo(&docs[k], byDoc[docs[k].ID])
	}
	for _, e := range info {
		if e.date == "" || e.doc.Error != nil {
			continue
		}
		for _, l := range info {
			// Only originals report: a copy's items would repeat the original's links.
			if l.date <= e.date || l.doc.Error != nil || l.doc.SameAs != nil || root(l.doc) == root(e.doc) {
				continue
			}
			linkItems(e, l)
			linkSession(e, l)
			linkNews(e, l)
		}
	}
	for k := range items {
		it := &items[k]
		slices.SortStableFunc(it.FollowUp, func(a, b normalize.FollowUp) int {
			return cmp.Compare(deref(a.Date), deref(b.Date))
		})
		it.LatestStatus = latest(it, docDate(docs, it.Doc))
	}
}

// docInfo is what the rules compare of one document.
type docInfo struct {
	doc   *normalize.Document
	items []*normalize.Item
	words []wordSet // words(items[k].Text), computed once
	date  string
	names string // title and headings, where a report names the paper it reports on
}

func newDocInfo(d *normalize.Document, its []*normalize.Item) docInfo {
	di := docInfo{doc: d, items: its, date: deref(d.Date)}
	for _, it := range its {
		di.words = append(di.words, words(it.Text))
	}
	var b strings.Builder
	b.WriteString(deref(d.Title))
	seen := map[string]bool{}
	for _, it := range its {
		if s := deref(it.Section); s != "" && !seen[s] {
			seen[s] = true
			b.WriteString("\n")
			b.WriteString(s)
		}
	}
	di.names = b.String()
	return di
}

// namedBy reports whether text names document d: its symbol, or its whole title (of at least
// four content words, so that a generic title names nothing).
func namedBy(text string, d *normalize.Document) (string, bool) {
	if s := deref(d.Symbol); s != "" && citesSymbol(text, s) {
		return s, true
	}
	if t := deref(d.Title); len(words(t)) >= 4 && strings.Contains(fold(text), fold(t)) {
		return fmt.Sprintf("%q", t), true
	}
	return "", false
}

// candidate is a possible link from an earlier item e to a later item l.
type candidate struct {
	e, l  *normalize.Item
	how   string
	score float64
	weak  bool
	why   string
	rank  int // lower is better: strong before weak, then cited, number, text
}

// BUG: linkItems compares every item of e with every item of l, and Link every dated pair of
// documents: quadratic in the run's items. Fine for hundreds of documents; an index of words
// to items would bound it for a whole archive.

// linkItems links the items of the earlier document e to those of the later document l: each
// earlier item gets at most one later item of l and each later item reports on at most one item
// of e, the best-ranked pairs first.
func linkItems(e, l docInfo) {
	docNamedAs, docNamed := namedBy(l.names, e.doc)
	var cands []candidate
	for lk, li := range l.items {
		lw := l.words[lk]
		cites := false
		if s := deref(e.doc.Symbol); s != "" {
			cites = citesSymbol(li.Text, s) || citesSymbol(deref(li.Section), s)
		}
		for ek, ei := range e.items {
			ew := e.words[ek]
			sc := dice(ew, lw)
			enough := shared(ew, lw) >= textMinShared
			num := sameNumber(ei.Number, li.Number)
			c := candidate{e: ei, l: li, score: sc}
			switch {
			case cites && (num || ei.Number == nil && sc >= citedText):
				c.how, c.why, c.rank = normalize.HowCited, "cites "+deref(e.doc.Symbol), 0
				if num {
					c.why += "; number " + *li.Number
				}
			case docNamed && num && sc >= numberLow:
				c.how, c.why, c.rank = normalize.HowNumber, "names "+docNamedAs+"; number "+*li.Number, 1
			case docNamed && num:
				c.how, c.why, c.rank, c.weak = normalize.HowNumber, "names "+docNamedAs+"; number "+*li.Number+"; texts differ", 4, true
			case sc >= textStrong && enough:
				c.how, c.why, c.rank = normalize.HowText, "near-identical text", 2
			case sc >= textWeak && enough:
				c.how, c.why, c.rank, c.weak = normalize.HowText, "similar text", 3, true
			default:
				continue
			}
			cands = append(cands, c)
		}
	}
	slices.SortStableFunc(cands, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(b.score, a.score))
	})
	usedE, usedL := map[*normalize.Item]bool{}, map[*normalize.Item]bool{}
	for _, c := range cands {
		if usedE[c.e] || usedL[c.l] {
			continue
		}
		usedE[c.e], usedL[c.l] = true, true
		c.e.FollowUp = append(c.e.FollowUp, normalize.FollowUp{
			Item: normalize.Ptr(c.l.ID), Doc: l.doc.ID, Date: l.doc.Date, Status: c.l.Status,
			How: c.how, Score: round(c.score), Weak: c.weak, Why: c.why,
		})
	}
}

// linkSession links a request of e for a report at the Nth Session of the Governing Body to the
// paper l of that session (symbol "GB.N/...") whose title shares the request's subject. The
// paper's existence is the report asked for: a strong match reports the request completed.
func linkSession(e, l docInfo) {
	sym := deref(l.doc.Symbol)
	title := words(deref(l.doc.Title))
	if sym == "" || len(title) == 0 {
		return
	}
	for _, ei := range e.items {
		n, ok := requestedSession(ei)
		if !ok || !strings.HasPrefix(sym, "GB."+strconv.Itoa(n)+"/") {
			continue
		}
		// A request is about the subject of the paper that makes it: the paper's title counts
		// as the request's words ("... will report on progress at the 353rd Session").
		iw := words(ei.Text + "\n" + deref(e.doc.Title))
		cov, hit := coverage(title, iw), shared(title, iw)
		if cov < titleWeak || hit < titleMinHit {
			continue
		}
		f := normalize.FollowUp{
			Doc: l.doc.ID, Date: l.doc.Date, How: normalize.HowSession, Score: round(cov),
			Why: fmt.Sprintf("paper %s of the %s Session; %d of %d title words in the request or its paper's title", sym, ordinal(n), hit, len(title)),
		}
		if cov >= titleStrong {
			f.Status = &normalize.Status{Text: "Report submitted (" + sym + ")", Value: normalize.StatusCompleted}
		} else {
			f.Weak = true
		}
		ei.FollowUp = append(ei.FollowUp, f)
	}
}

// requestedSession reads the Governing Body session an item's due date names: "at its 356th
// Session", "for the 359th Session (March 2027)". Conference sessions are not papers of a
// Governing Body session and are left out.
func requestedSession(it *normalize.Item) (int, bool) {
	if it.Due == nil || deref(it.Due.Precision) != "session" {
		return 0, false
	}
	t := strings.ToLower(it.Due.Text)
	if strings.Contains(t, "conference") {
		return 0, false
	}
	f := strings.Fields(strings.NewReplacer("(", " ", ")", " ", ",", " ").Replace(t))
	for k := 0; k+1 < len(f); k++ {
		if !strings.HasPrefix(f[k+1], "session") {
			continue
		}
		num := strings.TrimRight(f[k], "stndrh")
		if n, err := strconv.Atoi(num); err == nil && n > 0 && num != f[k] {
			return n, true
		}
	}
	return 0, false
}

// completionVerbs are the headline verbs by which news reports that something took place, each
// with the stem a promise of it would use ("will launch", "the launch of").
var completionVerbs = []struct{ headline, stem string }{
	{"launches", "launch"}, {"launched", "launch"}, {"launch", "launch"},
	{"adopts", "adopt"}, {"adopted", "adopt"}, {"opens", "open"}, {"opened", "open"},
	{"signs", "sign"}, {"signed", "sign"}, {"publishes", "publish"}, {"published", "publish"},
	{"completes", "complet"}, {"completed", "complet"}, {"inaugurates", "inaugurat"},
	{"establishes", "establish"}, {"established", "establish"},
}

// linkNews links a promise of e (an action item or commitment not yet completed) to a news item
// l whose headline reports it done: a completion verb whose stem the promise uses, and the
// headline's subject found in the promise's words. A news item is an HTML document without a
// symbol. Without the verb's stem in the promise, a shared subject is only weak evidence.
func linkNews(e, l docInfo) {
	if l.doc.Format != "html" || l.doc.Symbol != nil || l.doc.Title == nil {
		return
	}
	head := strings.ToLower(*l.doc.Title)
	verb, stem := "", ""
	for _, f := range strings.FieldsFunc(head, func(r rune) bool { return r == ' ' || r == ':' || r == ',' }) {
		for _, v := range completionVerbs {
			if f == v.headline {
				verb, stem = v.headline, v.stem
			}
		}
		if verb != "" {
			break
		}
	}
	if verb == "" {
		return
	}
	title := words(*l.doc.Title).without(words(verb))
	for _, ei := range e.items {
		if ei.Kind == normalize.KindRecommendation || ei.Status != nil && ei.Status.Value == normalize.StatusCompleted {
			continue
		}
		iw := words(ei.Text)
		cov, hit := coverage(title, iw), shared(title, iw)
		if cov < titleWeak || hit < titleMinHit {
			continue
		}
		usesVerb := strings.Contains(strings.ToLower(ei.Text), stem)
		f := normalize.FollowUp{
			Doc: l.doc.ID, Date: l.doc.Date, How: normalize.HowText, Score: round(cov),
			Why: fmt.Sprintf("news headline %q; %d of %d headline words in the item", *l.doc.Title, hit, len(title)),
		}
		if usesVerb && cov >= titleStrong {
			f.Status = &normalize.Status{Text: *l.doc.Title, Value: normalize.StatusCompleted}
		} else {
			f.Weak = true
		}
		ei.FollowUp = append(ei.FollowUp, f)
	}
}

// latest is the newest status a strong follow-up reports; without one, the item's own status
// read in its own document (dated date); nil when neither states one.
func latest(it *normalize.Item, date *string) *normalize.LatestStatus {
	var best *normalize.FollowUp
	for k := range it.FollowUp {
		f := &it.FollowUp[k]
		if f.Weak || f.Status == nil {
			continue
		}
		if best == nil || deref(f.Date) >= deref(best.Date) {
			best = f
		}
	}
	if best != nil {
		return &normalize.LatestStatus{Value: best.Status.Value, Text: best.Status.Text, Doc: best.Doc, Date: best.Date}
	}
	if it.Status == nil {
		return nil
	}
	return &normalize.LatestStatus{Value: it.Status.Value, Text: it.Status.Text, Doc: it.Doc, Date: date}
}

func root(d *normalize.Document) string {
	if d.SameAs != nil {
		return *d.SameAs
	}
	return d.ID
}

func docDate(docs []normalize.Document, id string) *string {
	for k := range docs {
		if docs[k].ID == id {
			return docs[k].Date
		}
	}
	return nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func round(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

func ordinal(n int) string {
	suf := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suf = "st"
	case n%10 == 2:
		suf = "nd"
	case n%10 == 3:
		suf = "rd"
	}
	return strconv.Itoa(n) + suf
}
