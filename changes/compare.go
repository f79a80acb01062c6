package changes

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"gbtrack/normalize"
)

// Change kinds, as written in the "kind" field, in the order Compare reports them for one item.
const (
	KindNew           = "new"
	KindRemoved       = "removed"
	KindMoved         = "moved"
	KindReworded      = "reworded"
	KindStatusChanged = "status_changed"
	KindDueChanged    = "due_changed"
	KindNewlyOverdue  = "newly_overdue"
	KindTextChanged   = "text_changed"
)

// kindRank orders the kinds of one item's changes: existence first, then the facts a reader of a
// progress report looks for first.
var kindRank = map[string]int{
	KindNew: 0, KindRemoved: 1, KindMoved: 2, KindReworded: 3, KindStatusChanged: 4, KindDueChanged: 5,
	KindNewlyOverdue: 6, KindTextChanged: 7,
}

// Change is one difference between two runs for one item.
type Change struct {
	Kind  string `json:"kind"` // one of the Kind constants
	ID    string `json:"id"`   // the item id in the new run (in the old one for "removed")
	Doc   string `json:"doc"`
	Old   string `json:"old"`             // the old value as text; empty for "new"
	New   string `json:"new"`             // the new value as text; empty for "removed"
	Words string `json:"words,omitempty"` // text_changed only: the word diff, [-old-]{+new+}
	// OldID is the item's id in the old run when it differs from ID (moved, reworded and the
	// changes reported with them), else empty.
	OldID string `json:"old_id,omitempty"`
	// By and Date name the document that reported a status_changed and its date (ISO), when a
	// later document of the run reported it through a follow-up link (latest_status); empty
	// when the item's own document states it.
	By   string `json:"by,omitempty"`
	Date string `json:"date,omitempty"`
}

// Compare is CompareContext without a way to stop it.
func Compare(old, new []normalize.Item, asOf time.Time) []Change {
	out, _ := CompareContext(context.Background(), old, new, asOf)
	return out
}

// CompareContext lists what changed from old to new. Items are matched by id first; the items
// left over are then matched within their document and kind (see match): by the part of the id
// after '#' (the document's bytes changed, so its content-rooted ids did, but not the item's own
// key), then by the same text (a renumbered item), then by similar text (a reworded item without
// a printed number, whose id is a hash of its text). What each kind means:
//
//   - new, removed: the item is in only one of the runs. Old and New hold the item's text.
//   - moved: the item's id changed and its text did not (a recommendation renumbered, a row
//     moved to another number). Old and New hold the old and the new id.
//   - reworded: the item's id changed with its text, which is still mostly the same words. Old
//     and New hold the ids; a text_changed follows with the word diff.
//   - status_changed: where the item stands differs (Item.Latest: the newest status a
//     follow-up reported, else its own; a missing status reads as "none"); a change of the
//     printed words alone is not a change of progress and is not reported. When a later
//     document reported the new status, By and Date name it.
//   - due_changed: due.end or due.text differs (a missing due reads as "none").
//   - newly_overdue: the item is in both runs, Overdue(new, asOf) holds and Overdue(old, asOf)
//     does not, both judged as of the same asOf. The same day is used for both so that only
//     the item's own data can make it overdue (a deadline moved earlier, a completed status
//     withdrawn), never the passing of time between the runs. An item that is only in the new
//     run is reported as new, not also as newly overdue.
//   - text_changed: the text differs once whitespace is collapsed; Words holds the word diff.
//
// When an id occurs more than once in a run, its first occurrence is the one compared. The result
// is ordered by doc, then id, then kind in the order of the Kind constants. It is never nil, so
// that "compared, nothing changed" (empty) stays distinct from "not compared" (nil) downstream.
//
// Time and memory are bounded whatever the texts: the word diff is linear beyond a bounded
// table (WordDiff), and the similarity pass compares a bounded number of pairs of bounded
// signatures. CompareContext returns ctx's error, and no changes, when ctx is done first.
func CompareContext(ctx context.Context, old, new []normalize.Item, asOf time.Time) ([]Change, error) {
	oldByID := firstByID(old)
	newByID := firstByID(new)
	// An id in both runs whose texts are unlike (a recommendation renumbered: number 8 is now
	// what 7 was) is left to match like an id in one run only; it falls back on its namesake.
	unlike := func(id string) bool {
		o, ok1 := oldByID[id]
		n, ok2 := newByID[id]
		return ok1 && ok2 && o.Text != n.Text && dice(signature(o.Text), signature(n.Text)) < minSimilarity
	}
	out := []Change{}
	lostOld := unmatched(old, newByID, unlike) // in input order, so that matching is deterministic
	lostNew := unmatched(new, oldByID, unlike)
	for id, n := range newByID {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if o, ok := oldByID[id]; ok && !unlike(id) {
			out = append(out, itemChanges(o, n, asOf)...)
		}
	}
	pairs, err := match(ctx, lostOld, lostNew)
	if err != nil {
		return nil, err
	}
	matchedOld := map[string]bool{}
	matchedNew := map[string]bool{}
	for _, p := range pairs {
		o, n := lostOld[p.old], lostNew[p.new]
		matchedOld[o.ID], matchedNew[n.ID] = true, true
		if p.how != "" {
			out = append(out, Change{Kind: p.how, ID: n.ID, OldID: o.ID, Doc: n.Doc, Old: o.ID, New: n.ID})
		}
		for _, c := range itemChanges(o, n, asOf) {
			c.OldID = o.ID
			out = append(out, c)
		}
	}
	for _, n := range lostNew {
		if matchedNew[n.ID] {
			continue
		}
		if o, ok := oldByID[n.ID]; ok && !matchedOld[n.ID] {
			// Unlike its namesake, but nothing else took either: the same item, rewritten.
			matchedOld[n.ID] = true
			out = append(out, itemChanges(o, n, asOf)...)
			continue
		}
		out = append(out, Change{Kind: KindNew, ID: n.ID, Doc: n.Doc, New: n.Text})
	}
	for _, o := range lostOld {
		if !matchedOld[o.ID] {
			out = append(out, Change{Kind: KindRemoved, ID: o.ID, Doc: o.Doc, Old: o.Text})
		}
	}
	// The maps above are visited in random order; this sort is what makes the output stable.
	slices.SortFunc(out, func(a, b Change) int {
		return cmp.Or(cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.ID, b.ID), cmp.Compare(kindRank[a.Kind], kindRank[b.Kind]))
	})
	return out, nil
}

// unmatched returns the first occurrence of each id of items that other lacks, or whose namesake
// in other is unlike it, in items' order.
func unmatched(items []normalize.Item, other map[string]normalize.Item, unlike func(id string) bool) []normalize.Item {
	var out []normalize.Item
	seen := map[string]bool{}
	for _, it := range items {
		if seen[it.ID] {
			continue
		}
		seen[it.ID] = true
		if _, ok := other[it.ID]; !ok || unlike(it.ID) {
			out = append(out, it)
		}
	}
	return out
}

func itemChanges(o, n normalize.Item, asOf time.Time) []Change {
	var out []Change
	mk := func(kind, ov, nv string) Change { return Change{Kind: kind, ID: n.ID, Doc: n.Doc, Old: ov, New: nv} }
	if so, sn := latestText(o), latestText(n); so != sn {
		c := mk(KindStatusChanged, so, sn)
		if ls := n.Latest(); ls != nil && ls.Doc != "" && ls.Doc != n.Doc {
			c.By = ls.Doc
			if ls.Date != nil {
				c.Date = *ls.Date
			}
		}
		out = append(out, c)
	}
	if dueKey(o.Due) != dueKey(n.Due) {
		out = append(out, mk(KindDueChanged, DueText(o.Due), DueText(n.Due)))
	}
	if days, over := Overdue(n, asOf); over {
		if _, wasOver := Overdue(o, asOf); !wasOver {
			out = append(out, mk(KindNewlyOverdue, DueText(o.Due), fmt.Sprintf("%s, %d days overdue", DueText(n.Due), days)))
		}
	}
	ops := WordDiff(o.Text, n.Text)
	if len(ops) > 1 || (len(ops) == 1 && ops[0].Op != Equal) {
		c := mk(KindTextChanged, o.Text, n.Text)
		c.Words = FormatDiff(ops)
		out = append(out, c)
	}
	return out
}

func firstByID(items []normalize.Item) map[string]normalize.Item {
	m := make(map[string]normalize.Item, len(items))
	for _, it := range items {
		if _, dup := m[it.ID]; !dup {
			m[it.ID] = it
		}
	}
	return m
}

// latestText is where the item stands as a status value, "none" when nothing states it.
func latestText(it normalize.Item) string {
	if ls := it.Latest(); ls != nil {
		return ls.Value
	}
	return "none"
}

// dueKey holds exactly the fields whose change is a due_changed.
func dueKey(d *normalize.Due) [3]string {
	if d == nil {
		return [3]string{"nil"}
	}
	end := ""
	if d.End != nil {
		end = *d.End
	}
	return [3]string{"due", d.Text, end}
}

// DueText renders a due date for a person: the words as printed and the last day they allow,
// "By end 2019 (end 2019-12-31)"; "none" when the item names no time.
func DueText(d *normalize.Due) string {
	if d == nil {
		return "none"
	}
	if d.End == nil {
		return fmt.Sprintf("%s (no end date)", d.Text)
	}
	return fmt.Sprintf("%s (end %s)", d.Text, *d.End)
}
