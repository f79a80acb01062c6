package changes

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"gbtrack/normalize"
)

// Change kinds, as written in the "kind" field, in the order Compare reports them for one item.
const (
	KindNew           = "new"
	KindRemoved       = "removed"
	KindStatusChanged = "status_changed"
	KindDueChanged    = "due_changed"
	KindNewlyOverdue  = "newly_overdue"
	KindTextChanged   = "text_changed"
)

// kindRank orders the kinds of one item's changes: existence first, then the facts a reader of a
// progress report looks for first.
var kindRank = map[string]int{
	KindNew: 0, KindRemoved: 1, KindStatusChanged: 2, KindDueChanged: 3, KindNewlyOverdue: 4, KindTextChanged: 5,
}

// Change is one difference between two runs for one item.
type Change struct {
	Kind  string `json:"kind"` // one of the Kind constants
	ID    string `json:"id"`   // the item id, the key both runs are matched on
	Doc   string `json:"doc"`
	Old   string `json:"old"`             // the old value as text; empty for "new"
	New   string `json:"new"`             // the new value as text; empty for "removed"
	Words string `json:"words,omitempty"` // text_changed only: the word diff, [-old-]{+new+}
}

// Compare lists what changed from old to new, matching items by id. What each kind means:
//
//   - new, removed: the id is in only one of the runs. Old and New hold the item's text.
//   - status_changed: status.value differs (a missing status reads as "none"); a change of the
//     printed words alone is not a change of progress and is not reported.
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
func Compare(old, new []normalize.Item, asOf time.Time) []Change {
	oldByID := firstByID(old)
	newByID := firstByID(new)
	out := []Change{}
	for id, n := range newByID {
		o, ok := oldByID[id]
		if !ok {
			out = append(out, Change{Kind: KindNew, ID: id, Doc: n.Doc, New: n.Text})
			continue
		}
		out = append(out, itemChanges(o, n, asOf)...)
	}
	for id, o := range oldByID {
		if _, ok := newByID[id]; !ok {
			out = append(out, Change{Kind: KindRemoved, ID: id, Doc: o.Doc, Old: o.Text})
		}
	}
	// The maps above are visited in random order; this sort is what makes the output stable.
	slices.SortFunc(out, func(a, b Change) int {
		return cmp.Or(cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.ID, b.ID), cmp.Compare(kindRank[a.Kind], kindRank[b.Kind]))
	})
	return out
}

func itemChanges(o, n normalize.Item, asOf time.Time) []Change {
	var out []Change
	mk := func(kind, ov, nv string) Change { return Change{Kind: kind, ID: n.ID, Doc: n.Doc, Old: ov, New: nv} }
	if so, sn := statusText(o.Status), statusText(n.Status); so != sn {
		out = append(out, mk(KindStatusChanged, so, sn))
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

func statusText(s *normalize.Status) string {
	if s == nil || s.Value == "" {
		return "none"
	}
	return s.Value
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
