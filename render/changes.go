package render

import "gbtrack/changes"

func (rd *renderer) drawChanges() error {
	r := rd.r
	if !r.HasChanges {
		return nil
	}
	rd.section("changes", "Changes since the previous run")
	if len(r.Changes) == 0 {
		rd.para(fBody, 0, "Nothing changed since the previous run.", 0, "")
		return nil
	}
	var rows [][]cell
	for _, c := range r.Changes {
		rows = append(rows, []cell{{text: changeLabel(c.Kind)}, rd.itemCell(c.ID), {text: changes.Summary(c)}})
	}
	rd.table([]column{{"Change", 28, "L"}, {"Item", 56, "L"}, {"What changed", 90, "L"}}, rows)
	return nil
}

func changeLabel(k string) string {
	switch k {
	case changes.KindNew:
		return "New"
	case changes.KindRemoved:
		return "Removed"
	case changes.KindStatusChanged:
		return "Status changed"
	case changes.KindDueChanged:
		return "Deadline changed"
	case changes.KindNewlyOverdue:
		return "Newly overdue"
	case changes.KindTextChanged:
		return "Text changed"
	}
	return k
}
