package render

import (
	"strings"

	"gbtrack/changes"
)

// drawChanges lists the changes since the previous run as a table, one row a change, grouped by
// document: the item in its own words (linked to its register row while it is still there),
// what changed, and the old and the new value; a status reported by a later document names it.
func (rd *renderer) drawChanges() error {
	r := rd.r
	if !r.HasChanges {
		return nil
	}
	rd.section("changes", titleChanges)
	if len(r.Changes) == 0 {
		rd.para(fBody, 0, "Nothing changed since the previous run.", 0, "")
		return nil
	}
	titles := map[string]string{}
	for _, d := range r.ByDoc {
		titles[d.ID] = docHeading(d)
	}
	t := rd.newTable(fSmall, []column{{"Item", 78, "L"}, {"Change", 22, "L"}, {"Before", 34, "L"}, {"Now", 40, "L"}})
	for i, c := range r.Changes {
		if i%64 == 0 {
			if err := rd.check(); err != nil {
				return err
			}
		}
		if i == 0 || c.Doc != r.Changes[i-1].Doc {
			title, ok := titles[c.Doc]
			if !ok {
				title = docHeading(DocSection{ID: c.Doc})
			}
			t.span(title)
		}
		item := cell{}
		if j, ok := rd.byID[c.ID]; ok {
			item = cell{text: gist(rd.r.Entries[j].Text, 160), link: rd.itemLinks[j]}
		} else {
			item = cell{text: gist(c.Old, 160)}
		}
		before, now := changeValues(c)
		t.row([]cell{item, {text: changeLabel(c.Kind)}, before, now})
	}
	t.end()
	return nil
}

// changeValues are a change's before and after as the table shows them.
func changeValues(c changes.Change) (before, now cell) {
	switch c.Kind {
	case changes.KindNew:
		return cell{text: "not listed"}, cell{text: "listed"}
	case changes.KindRemoved:
		return cell{text: "listed"}, cell{text: "no longer listed"}
	case changes.KindMoved, changes.KindReworded:
		return cell{text: idNumber(c.Old)}, cell{text: idNumber(c.New)}
	case changes.KindStatusChanged:
		now = cell{text: statusLabel(orNone(c.New)), bold: true}
		if c.By != "" {
			now.note = "reported by " + c.By
			if c.Date != "" {
				now.note += ", " + isoLong(c.Date)
			}
		}
		return cell{text: statusLabel(orNone(c.Old))}, now
	case changes.KindTextChanged:
		return cell{text: gist(c.Old, 160)}, cell{text: gist(c.New, 160)}
	}
	return cell{text: gist(c.Old, 120)}, cell{text: gist(c.New, 120)}
}

// idNumber is the item's number as its id carries it ("GB.340/INS/6#action_item-7" gives "number
// 7"), for a renumbered item; an id without one is shown as "unnumbered".
func idNumber(id string) string {
	_, key, ok := strings.Cut(id, "#")
	if !ok {
		return id
	}
	if _, n, ok := strings.Cut(key, "-"); ok && n != "" && strings.IndexFunc(n[:1], func(r rune) bool { return r >= '0' && r <= '9' }) == 0 {
		return "number " + n
	}
	return "unnumbered"
}

func orNone(s string) string {
	if s == "none" || s == "" {
		return NoStatus
	}
	return s
}

func changeLabel(k string) string {
	switch k {
	case changes.KindNew:
		return "New"
	case changes.KindRemoved:
		return "Removed"
	case changes.KindStatusChanged:
		return "Status"
	case changes.KindDueChanged:
		return "Deadline"
	case changes.KindNewlyOverdue:
		return "Now overdue"
	case changes.KindTextChanged:
		return "Words"
	case changes.KindMoved:
		return "Renumbered"
	case changes.KindReworded:
		return "Reworded"
	}
	return k
}
