// Package goldcheck scores a run's items against expected items (gold) the way the project's
// scorer does (shared/eval/score.py), and makes the extra checks of the fault cases
// (shared/cases/check.py): due.start, precision, calendar, paragraph, actor, exact and
// forbidden substrings, titles. Tests use it so that every case copied into golden/testdata
// is judged in Go, without the shared material.
//
// Matching follows score.py: an extracted item matches an expected one when the kind is the
// same, it comes from the same document (base name of its source), its text contains the
// expected anchor with case and everything but [a-z0-9] ignored, and, where the expected item
// names a due.text, its due.text contains that too. The first unused candidate in document
// order wins.
package goldcheck

import (
	"bufio"
	"encoding/json"
	"fmt"
	"github.com/dlclark/regexp2"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Gold is one expected-items file.
type Gold struct {
	Document  string   `json:"document"` // base name of the source
	Symbol    *string  `json:"symbol"`
	Date      *string  `json:"date"` // YYYY-MM-DD, or YYYY-MM for any day of the month
	Title     *string  `json:"title"`
	Kinds     []string `json:"kinds"`
	Items     []Want   `json:"items"`
	MustNot   []string `json:"must_not"`
	MustNotRE []string `json:"must_not_re"`
	// ItemsOrError asks that a document with no item says why in documents.jsonl.
	ItemsOrError bool `json:"items_or_error"`
	TextLayer    struct {
		InOrder []string `json:"in_order"`
	} `json:"text_layer"`
}

// Want is one expected item. Alternatives are lists: any one of them is right.
type Want struct {
	Kind        string         `json:"kind"`
	Anchor      string         `json:"anchor"`
	Number      *string        `json:"number"`
	Page        *int           `json:"page"`
	Due         *WantDue       `json:"due"`
	Status      []*string      `json:"status"` // alternatives; null: no status stated
	Responsible []string       `json:"responsible"`
	Priority    *string        `json:"priority"`
	Time        *string        `json:"time_implication"`
	Resource    *string        `json:"resource_implication"`
	Paragraph   []*string      `json:"paragraph"`
	Actor       []*string      `json:"actor"`
	Exact       []string       `json:"exact"`
	MustNot     []string       `json:"must_not"`
	Count       map[string]int `json:"count"`
	Optional    bool           `json:"optional"`

	has map[string]bool // keys present in the file, for fields whose null is a value
}

// WantDue is an expected due: End, Start and Precision hold alternatives (null allowed).
type WantDue struct {
	Text      string    `json:"text"`
	End       []*string `json:"end"`
	Start     []*string `json:"start"`
	Precision []*string `json:"precision"`
	Calendar  []*string `json:"calendar"`

	has map[string]bool
}

// UnmarshalJSON records which keys the file holds, since a present null differs from absence.
func (w *Want) UnmarshalJSON(b []byte) error {
	type plain Want
	if err := json.Unmarshal(b, (*plain)(w)); err != nil {
		return err
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(b, &keys); err != nil {
		return err
	}
	w.has = map[string]bool{}
	for k := range keys {
		w.has[k] = true
	}
	return nil
}

// UnmarshalJSON records which keys the file holds.
func (d *WantDue) UnmarshalJSON(b []byte) error {
	type plain WantDue
	if err := json.Unmarshal(b, (*plain)(d)); err != nil {
		return err
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(b, &keys); err != nil {
		return err
	}
	d.has = map[string]bool{}
	for k := range keys {
		d.has[k] = true
	}
	return nil
}

// item is the part of an items.jsonl line that scoring reads.
type item struct {
	Kind   string  `json:"kind"`
	Text   string  `json:"text"`
	Source string  `json:"source"`
	Number *string `json:"number"`
	Page   *int    `json:"page"`
	Due    *struct {
		Text      string  `json:"text"`
		Start     *string `json:"start"`
		End       *string `json:"end"`
		Precision *string `json:"precision"`
		Calendar  string  `json:"calendar"`
	} `json:"due"`
	Status *struct {
		Value string `json:"value"`
	} `json:"status"`
	Responsible []string `json:"responsible"`
	Priority    *string  `json:"priority"`
	Time        *string  `json:"time_implication"`
	Resource    *string  `json:"resource_implication"`
	Paragraph   *string  `json:"paragraph"`
	Actor       *string  `json:"actor"`
}

type document struct {
	Source     string   `json:"source"`
	Symbol     *string  `json:"symbol"`
	Date       *string  `json:"date"`
	Title      *string  `json:"title"`
	Error      *string  `json:"error"`
	PageErrors []string `json:"page_errors"`
}

// Counts are true positives, false positives and misses of one kind.
type Counts struct{ Found, Extra, Missed int }

// Report is the outcome of scoring one run against a folder of gold files.
type Report struct {
	Kinds    map[string]*Counts // by kind
	Right    int                // field checks that held
	Checked  int                // field checks made
	Problems []string           // one line each: missed, extra, wrong, failed check
	// TextLayer lists, per document, the word sequences its text layer must hold in order.
	TextLayer map[string][]string
}

// OK reports whether nothing was missed, extra or wrong.
func (r *Report) OK() bool { return len(r.Problems) == 0 }

// Summary is the scorer's last line: items F1 (P, R) and field accuracy.
func (r *Report) Summary() string {
	var tp, fp, fn int
	for _, c := range r.Kinds {
		tp, fp, fn = tp+c.Found, fp+c.Extra, fn+c.Missed
	}
	p, rc, f := F1(tp, fp, fn)
	acc := 0.0
	if r.Checked > 0 {
		acc = float64(r.Right) / float64(r.Checked)
	}
	return fmt.Sprintf("items F1 %.3f (P %.3f R %.3f), fields %.3f (%d/%d)", f, p, rc, acc, r.Right, r.Checked)
}

// F1 gives precision, recall and F1 with the scorer's conventions for empty sets.
func F1(tp, fp, fn int) (p, r, f float64) {
	p, r = 1, 1
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	} else if fn > 0 {
		p = 0
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Score reads every *.json gold file of goldDir and the run's items.jsonl and documents.jsonl.
// Errors are for unreadable input; a poor score is not an error.
func Score(goldDir, runDir string) (*Report, error) {
	golds, err := filepath.Glob(filepath.Join(goldDir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(golds)
	var items []item
	if err := readJSONL(filepath.Join(runDir, "items.jsonl"), func(b []byte) error {
		var it item
		err := json.Unmarshal(b, &it)
		items = append(items, it)
		return err
	}); err != nil {
		return nil, err
	}
	docs := map[string]document{}
	if err := readJSONL(filepath.Join(runDir, "documents.jsonl"), func(b []byte) error {
		var d document
		err := json.Unmarshal(b, &d)
		docs[filepath.Base(d.Source)] = d
		return err
	}); err != nil && !os.IsNotExist(err) {
		return nil, err
	}
	byDoc := map[string][]item{}
	for _, it := range items {
		byDoc[filepath.Base(it.Source)] = append(byDoc[filepath.Base(it.Source)], it)
	}
	r := &Report{Kinds: map[string]*Counts{}, TextLayer: map[string][]string{}}
	for _, k := range []string{"recommendation", "action_item", "commitment"} {
		r.Kinds[k] = &Counts{}
	}
	for _, gf := range golds {
		b, err := os.ReadFile(gf)
		if err != nil {
			return nil, err
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("%s: %w", gf, err)
		}
		r.scoreDoc(g, byDoc[g.Document], docs)
	}
	return r, nil
}

func readJSONL(path string, each func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if err := each([]byte(line)); err != nil {
			return fmt.Errorf("%s line %d: %w", path, n, err)
		}
	}
	return sc.Err()
}

func (r *Report) check(field string, ok bool, msg string, args ...any) {
	r.Checked++
	if ok {
		r.Right++
		return
	}
	r.Problems = append(r.Problems, fmt.Sprintf("wrong   "+msg, args...)+" ["+field+"]")
}

func (r *Report) scoreDoc(g Gold, mine []item, docs map[string]document) {
	name := g.Document
	kinds := map[string]bool{"recommendation": true, "action_item": true, "commitment": true}
	if len(g.Kinds) > 0 {
		kinds = map[string]bool{}
		for _, k := range g.Kinds {
			kinds[k] = true
		}
	}
	var cand []item
	for _, it := range mine {
		if kinds[it.Kind] {
			cand = append(cand, it)
		}
	}
	used := make([]bool, len(cand))
	for _, w := range g.Items {
		best := -1
		for k, p := range cand {
			if used[k] || p.Kind != w.Kind || !Contains(p.Text, w.Anchor) {
				continue
			}
			if w.Due != nil && w.Due.Text != "" && (p.Due == nil || !Contains(p.Due.Text, w.Due.Text)) {
				continue
			}
			best = k
			break
		}
		counts := r.Kinds[w.Kind]
		if counts == nil {
			counts = &Counts{}
			r.Kinds[w.Kind] = counts
		}
		if best < 0 {
			if !w.Optional {
				counts.Missed++
				due := ""
				if w.Due != nil && w.Due.Text != "" {
					due = " [" + w.Due.Text + "]"
				}
				r.Problems = append(r.Problems, fmt.Sprintf("missed  %s %s: %.70s%s", name, w.Kind, w.Anchor, due))
			}
			continue
		}
		used[best] = true
		r.matched(name, w, cand[best], counts)
	}
	for k, p := range cand {
		if !used[k] {
			r.Kinds[p.Kind].Extra++
			r.Problems = append(r.Problems, fmt.Sprintf("extra   %s %s: %.80s", name, p.Kind, norm(p.Text)))
		}
	}
	d, haveDoc := docs[name]
	if g.Symbol != nil {
		r.check("document.symbol", haveDoc && d.Symbol != nil && *d.Symbol == *g.Symbol, "%s document.symbol: want %q got %s", name, *g.Symbol, show(d.Symbol))
	}
	if g.Date != nil {
		ok := haveDoc && d.Date != nil && len(*d.Date) >= len(*g.Date) && (*d.Date)[:len(*g.Date)] == *g.Date
		r.check("document.date", ok, "%s document.date: want %q got %s", name, *g.Date, show(d.Date))
	}
	if g.Title != nil {
		r.check("title", haveDoc && d.Title != nil && ws(*d.Title) == ws(*g.Title), "%s title: want %q got %s", name, *g.Title, show(d.Title))
	}
	for _, s := range g.MustNot {
		for _, p := range mine {
			if strings.Contains(p.Text, s) {
				r.check("must_not", false, "%s: an item text holds %q: %.60q", name, s, ws(p.Text))
				break
			}
		}
	}
	for _, expr := range g.MustNotRE {
		// The gold files are written for Python's re, back-references included, which Go's
		// regexp lacks: regexp2 reads them as Python does.
		re, err := regexp2.Compile(expr, regexp2.None)
		if err != nil {
			r.check("must_not_re", false, "%s: bad expression %q: %v", name, expr, err)
			continue
		}
		for _, p := range mine {
			if m, _ := re.FindStringMatch(p.Text); m != nil {
				r.check("must_not_re", false, "%s: item text matches /%s/: %q", name, expr, m.String())
				break
			}
		}
	}
	if g.ItemsOrError {
		said := haveDoc && (d.Error != nil || len(d.PageErrors) > 0)
		r.check("items_or_error", len(mine) > 0 || said, "%s: no item and no error in documents.jsonl", name)
	}
	if len(g.TextLayer.InOrder) > 0 {
		r.TextLayer[name] = g.TextLayer.InOrder
	}
}

// matched makes the field checks of an expected item paired with an extracted one. Optional
// items found are checked only for due.end, status and number, as check.py does.
func (r *Report) matched(name string, w Want, p item, counts *Counts) {
	tag := fmt.Sprintf("%s %s %.40q", name, w.Kind, w.Anchor)
	var due struct {
		text, calendar        string
		start, end, precision *string
	}
	if p.Due != nil {
		due.text, due.calendar, due.start, due.end, due.precision = p.Due.Text, p.Due.Calendar, p.Due.Start, p.Due.End, p.Due.Precision
	}
	status := (*string)(nil)
	if p.Status != nil {
		status = &p.Status.Value
	}
	if !w.Optional {
		counts.Found++
		if w.has["number"] {
			r.check("number", norm(deref(p.Number)) == norm(deref(w.Number)), "%s: number want %s got %s", tag, show(w.Number), show(p.Number))
		}
		if w.has["page"] {
			r.check("page", eqInt(p.Page, w.Page), "%s: page want %s got %s", tag, showInt(w.Page), showInt(p.Page))
		}
		if w.Due != nil && w.Due.has["end"] {
			r.check("due.end", endIn(w.Due.End, due.end, p.Due != nil), "%s: due.end want %s got %s", tag, showAlts(w.Due.End), show(due.end))
		}
		if w.has["status"] {
			r.check("status.value", oneOf(w.Status, status), "%s: status want %s got %s", tag, showAlts(w.Status), show(status))
		}
		if w.has["responsible"] {
			joined := strings.Join(p.Responsible, " | ")
			ok := len(p.Responsible) == len(w.Responsible)
			for _, u := range w.Responsible {
				ok = ok && Contains(joined, u)
			}
			r.check("responsible", ok, "%s: responsible want %q got %q", tag, w.Responsible, p.Responsible)
		}
		for _, f := range []struct {
			key       string
			want, got *string
		}{{"priority", w.Priority, p.Priority}, {"time_implication", w.Time, p.Time}, {"resource_implication", w.Resource, p.Resource}} {
			if w.has[f.key] {
				r.check(f.key, norm(deref(f.want)) == norm(deref(f.got)), "%s: %s want %s got %s", tag, f.key, show(f.want), show(f.got))
			}
		}
	} else {
		if w.Due != nil && w.Due.has["end"] {
			r.check("due.end", endIn(w.Due.End, due.end, p.Due != nil), "%s (optional, found): due.end want %s got %s", tag, showAlts(w.Due.End), show(due.end))
		}
		if w.has["status"] {
			r.check("status.value", oneOf(w.Status, status), "%s (optional, found): status want %s got %s", tag, showAlts(w.Status), show(status))
		}
		if w.has["number"] {
			r.check("number", norm(deref(p.Number)) == norm(deref(w.Number)), "%s (optional, found): number want %s got %s", tag, show(w.Number), show(p.Number))
		}
	}
	if w.Due != nil && w.Due.has["start"] {
		r.check("due.start", dateIn(w.Due.Start, due.start), "%s: due.start want %s got %s", tag, showAlts(w.Due.Start), show(due.start))
	}
	if w.Due != nil && w.Due.has["precision"] {
		ok := false
		for _, a := range w.Due.Precision {
			ok = ok || (a == nil && due.precision == nil) || (a != nil && due.precision != nil && *a == *due.precision)
		}
		r.check("due.precision", ok, "%s: due.precision want %s got %s", tag, showAlts(w.Due.Precision), show(due.precision))
	}
	if w.Due != nil && w.Due.has["calendar"] {
		ok := false
		for _, a := range w.Due.Calendar {
			ok = ok || (a == nil && due.calendar == "") || (a != nil && due.calendar != "" && strings.HasPrefix(due.calendar, *a))
		}
		r.check("due.calendar", ok, "%s: due.calendar want %s got %q", tag, showAlts(w.Due.Calendar), due.calendar)
	}
	if w.has["paragraph"] {
		ok := false
		for _, a := range w.Paragraph {
			ok = ok || (a == nil && p.Paragraph == nil) || (a != nil && p.Paragraph != nil && *a == *p.Paragraph)
		}
		r.check("paragraph", ok, "%s: paragraph want %s got %s", tag, showAlts(w.Paragraph), show(p.Paragraph))
	}
	if w.has["actor"] {
		ok := false
		for _, a := range w.Actor {
			ok = ok || (a == nil && deref(p.Actor) == "") || (a != nil && p.Actor != nil && strings.HasPrefix(strings.ToLower(*p.Actor), strings.ToLower(*a)))
		}
		r.check("actor", ok, "%s: actor want %s got %s", tag, showAlts(w.Actor), show(p.Actor))
	}
	text := ws(p.Text)
	for _, s := range w.Exact {
		r.check("exact", strings.Contains(text, ws(s)), "%s: text lacks %q (text: %.120q)", tag, s, text)
	}
	for _, s := range w.MustNot {
		r.check("must_not", !strings.Contains(text, s), "%s: text holds %q", tag, s)
	}
	for s, n := range w.Count {
		c := strings.Count(text, s)
		r.check("count", c == n, "%s: %q occurs %d times, want %d", tag, s, c, n)
	}
}

// Squash keeps the ASCII letters and digits of s, lower-cased: the scorer's text comparison
// forgives case, punctuation, hyphens, spacing and every non-ASCII letter.
func Squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Contains reports whether needle occurs in hay once both are squashed.
func Contains(hay, needle string) bool { return strings.Contains(Squash(hay), Squash(needle)) }

var dashes = strings.NewReplacer("\u00ad", "", "’", "'", "‘", "'", "“", `"`, "”", `"`, "–", "-", "—", "-", "‐", "-", "‑", "-")

func norm(s string) string { return strings.ToLower(ws(dashes.Replace(s))) }

func ws(s string) string { return strings.Join(strings.Fields(s), " ") }

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func show(p *string) string {
	if p == nil {
		return "null"
	}
	return fmt.Sprintf("%q", *p)
}

func showInt(p *int) string {
	if p == nil {
		return "null"
	}
	return fmt.Sprint(*p)
}

func showAlts(a []*string) string {
	parts := make([]string, len(a))
	for i, s := range a {
		parts[i] = show(s)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func eqInt(a, b *int) bool { return (a == nil && b == nil) || (a != nil && b != nil && *a == *b) }

// oneOf reports whether got is one of the alternatives, null included.
func oneOf(alts []*string, got *string) bool {
	for _, a := range alts {
		if (a == nil && got == nil) || (a != nil && got != nil && *a == *got) {
			return true
		}
	}
	return false
}

// endIn is dateIn for due.end, where "relative" accepts any stated due, bounded or not.
func endIn(alts []*string, end *string, stated bool) bool {
	for _, a := range alts {
		if a != nil && *a == "relative" && stated {
			return true
		}
	}
	return dateIn(alts, end)
}

// dateIn reports whether got is one of the alternatives: null matches a missing date, "relative"
// any date, and "YYYY-MM" any day of that month.
func dateIn(alts []*string, got *string) bool {
	for _, a := range alts {
		switch {
		case a == nil:
			if got == nil || *got == "" {
				return true
			}
		case *a == "relative":
			if got != nil { // the caller passes a non-nil got for any stated due
				return true
			}
		case got != nil && len(*got) >= 10 && (*got)[:10] == *a:
			return true
		case got != nil && len(*a) == 7 && strings.HasPrefix(*got, *a):
			return true
		}
	}
	return false
}

// InOrder reports whether the words of want occur in tokens in order, with at most gap other
// tokens between two of them (words of neighbouring cells may stand between).
func InOrder(tokens []string, want string, gap int) bool {
	w := strings.Fields(want)
	if len(w) == 0 {
		return true
	}
	for s, tok := range tokens {
		if tok != w[0] {
			continue
		}
		i, k := s, 1
		for k < len(w) {
			next := -1
			for j := i + 1; j < len(tokens) && j < i+2+gap; j++ {
				if tokens[j] == w[k] {
					next = j
					break
				}
			}
			if next < 0 {
				break
			}
			i, k = next, k+1
		}
		if k == len(w) {
			return true
		}
	}
	return false
}
