package render

import (
	"cmp"
	"errors"
	"regexp"
	"slices"
	"strings"
	"time"

	"gbtrack/changes"
	"gbtrack/normalize"
)

// DueSoonDays is the look-ahead of the "due in the next days" list.
const DueSoonDays = 90

// NoUnit and NoStatus name the groups of items that state no responsible unit or no status in
// the PDF. report.json never writes NoStatus as a status: items without one are counted in
// no_status and their deadline status is null, so every status it writes is of the vocabulary.
const (
	NoUnit   = "(no unit named)"
	NoStatus = "none"
)

// ErrNoAsOf is returned by Build when the Input has no as-of date: every deadline figure
// depends on it, and render never falls back to the clock.
var ErrNoAsOf = errors.New("render: no as-of date")

// Input is what a report is built from.
type Input struct {
	Items []normalize.Item
	Docs  []normalize.Document
	AsOf  time.Time // the day overdue and due-soon figures are judged on; only its date counts
	Title string
	// Changes, when not nil, adds a "Changes since the previous run" section.
	Changes []changes.Change
}

// Report is every figure of the progress report, each with the ids of the items behind it. It
// is what report.json holds; all slices are in a stable order that never depends on maps.
type Report struct {
	Title     string           `json:"title"`
	AsOf      string           `json:"as_of"` // ISO date
	Documents DocumentCounts   `json:"documents"`
	Items     int              `json:"items"`
	ByKind    []Count          `json:"by_kind"`
	ByStatus  []Count          `json:"by_status"` // vocabulary values only, in statusOrder
	Unstated  Count            `json:"no_status"` // items that state no status
	Rate      Implementation   `json:"implementation_rate"`
	Overdue   []OverdueItem    `json:"overdue"`  // most overdue first
	DueSoon   []DueSoonItem    `json:"due_soon"` // soonest first
	NoDue     Count            `json:"no_deadline"`
	ByUnit    []Count          `json:"by_unit"`
	ByDoc     []DocSection     `json:"by_document"`
	Failed    []FailedDoc      `json:"failed_documents"`
	Changes   []changes.Change `json:"changes,omitempty"`
	// HasChanges tells an empty change list (nothing changed) from no comparison at all.
	HasChanges bool `json:"has_changes"`
	// Entries holds every item once, in report order (documents in input order, items in input
	// order within a document); the figures above refer to them by id.
	Entries []normalize.Item `json:"entries"`
}

// DocumentCounts says how many documents the run read.
type DocumentCounts struct {
	Total  int `json:"total"`
	Read   int `json:"read"`
	Failed int `json:"failed"`
}

// Count is one row of a breakdown: a key (a kind, a status value, a unit), how many items, which.
type Count struct {
	Key   string   `json:"key"`
	Count int      `json:"count"`
	IDs   []string `json:"ids"`
}

// Implementation is completed items over items whose status is stated. Items without a status
// are left out of the denominator: the report cannot say whether they were done.
type Implementation struct {
	Completed      int      `json:"completed"`
	Denominator    int      `json:"denominator"`
	Rate           *float64 `json:"rate"` // null when no item states a status
	CompletedIDs   []string `json:"completed_ids"`
	DenominatorIDs []string `json:"denominator_ids"`
}

// Deadline is what the overdue and due-soon lists say of an item.
type Deadline struct {
	ID      string  `json:"id"`
	Doc     string  `json:"doc"`
	DueText string  `json:"due_text"`
	DueEnd  string  `json:"due_end"`
	Status  *string `json:"status"` // status value; null when the item states none
}

// OverdueItem is an item on the overdue list.
type OverdueItem struct {
	Deadline
	DaysOverdue int `json:"days_overdue"` // at least 1
}

// DueSoonItem is an item on the due-soon list.
type DueSoonItem struct {
	Deadline
	DaysLeft int `json:"days_left"` // 0 when due on the as-of date itself
}

// DocSection is one document read by the run and the items taken from it.
type DocSection struct {
	ID     string   `json:"id"`
	Title  string   `json:"title"`
	Source string   `json:"source"`
	Date   string   `json:"date"`
	Pages  int      `json:"pages"`
	Error  string   `json:"error,omitempty"`
	IDs    []string `json:"ids"`
}

// FailedDoc is a document the run could not read.
type FailedDoc struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	Error  string `json:"error"`
}

// kindOrder and statusOrder fix the row order of the breakdowns; values outside them follow in
// byte order, so an unexpected value is shown rather than dropped.
var (
	kindOrder   = []string{normalize.KindRecommendation, normalize.KindActionItem, normalize.KindCommitment}
	statusOrder = []string{
		normalize.StatusCompleted, normalize.StatusOngoing, normalize.StatusPlanned, normalize.StatusNotStarted,
		normalize.StatusDelayed, normalize.StatusCancelled, normalize.StatusUnknown,
	}
)

// Build computes the report's figures. It fails only on an Input it cannot judge deadlines for.
func Build(in Input) (*Report, error) {
	if in.AsOf.IsZero() {
		return nil, ErrNoAsOf
	}
	r := &Report{
		Title:      in.Title,
		AsOf:       in.AsOf.Format(time.DateOnly),
		Changes:    in.Changes,
		HasChanges: in.Changes != nil,
	}
	if r.Title == "" {
		r.Title = "Progress report"
	}
	r.Entries, r.ByDoc = groupByDoc(in.Items, in.Docs)
	for i := range r.Entries {
		// Runs written before the unit register have no units: resolve them here.
		if r.Entries[i].Units == nil {
			r.Entries[i].Units = normalize.DefaultRegister().Resolve(r.Entries[i].Responsible)
		}
		orEmpty(&r.Entries[i].Responsible)
	}
	r.Items = len(r.Entries)
	r.NoDue.Key = "no_deadline"
	r.Unstated.Key = "no_status"
	for _, d := range in.Docs {
		r.Documents.Total++
		if d.Error != nil {
			r.Documents.Failed++
			r.Failed = append(r.Failed, FailedDoc{ID: d.ID, Source: d.Source, Error: *d.Error})
		} else {
			r.Documents.Read++
		}
	}

	byKind := map[string][]string{}
	byStatus := map[string][]string{}
	byUnit := map[string][]string{}
	names := unitNames(r.Entries)
	for _, it := range r.Entries {
		byKind[it.Kind] = append(byKind[it.Kind], it.ID)
		sv := statusValue(it)
		if sv == NoStatus {
			r.Unstated.Count++
			r.Unstated.IDs = append(r.Unstated.IDs, it.ID)
		} else {
			byStatus[sv] = append(byStatus[sv], it.ID)
			r.Rate.Denominator++
			r.Rate.DenominatorIDs = append(r.Rate.DenominatorIDs, it.ID)
			if sv == normalize.StatusCompleted {
				r.Rate.Completed++
				r.Rate.CompletedIDs = append(r.Rate.CompletedIDs, it.ID)
			}
		}
		var units []string
		for _, u := range unitKeys(it, names) {
			if !slices.Contains(units, u) {
				units = append(units, u)
				byUnit[u] = append(byUnit[u], it.ID)
			}
		}
		if len(units) == 0 {
			byUnit[NoUnit] = append(byUnit[NoUnit], it.ID)
		}
		r.addDeadline(it, in.AsOf)
	}
	if r.Rate.Denominator > 0 {
		r.Rate.Rate = normalize.Ptr(float64(r.Rate.Completed) / float64(r.Rate.Denominator))
	}
	r.ByKind = breakdown(byKind, kindOrder, "", true)
	r.ByStatus = breakdown(byStatus, statusOrder, "", true)
	r.ByUnit = breakdown(byUnit, nil, NoUnit, false)
	slices.SortStableFunc(r.Overdue, func(a, b OverdueItem) int {
		return cmp.Or(cmp.Compare(b.DaysOverdue, a.DaysOverdue), cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.ID, b.ID))
	})
	slices.SortStableFunc(r.DueSoon, func(a, b DueSoonItem) int {
		return cmp.Or(cmp.Compare(a.DaysLeft, b.DaysLeft), cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.ID, b.ID))
	})
	r.emptyLists()
	return r, nil
}

// emptyLists replaces nil slices by empty ones: report.json writes [] for an empty list, never
// null (docs/schema.md).
func (r *Report) emptyLists() {
	orEmpty(&r.ByKind)
	orEmpty(&r.ByStatus)
	orEmpty(&r.ByUnit)
	orEmpty(&r.ByDoc)
	orEmpty(&r.Overdue)
	orEmpty(&r.DueSoon)
	orEmpty(&r.Failed)
	orEmpty(&r.Entries)
	orEmpty(&r.Rate.CompletedIDs)
	orEmpty(&r.Rate.DenominatorIDs)
	orEmpty(&r.NoDue.IDs)
	orEmpty(&r.Unstated.IDs)
}

func orEmpty[T any](s *[]T) {
	if *s == nil {
		*s = []T{}
	}
}

// StatusRows is ByStatus followed by the no-status row when some items state none: the rows of
// the PDF's status table and chart.
func (r *Report) StatusRows() []Count {
	rows := slices.Clone(r.ByStatus)
	if r.Unstated.Count > 0 {
		rows = append(rows, Count{Key: NoStatus, Count: r.Unstated.Count, IDs: r.Unstated.IDs})
	}
	return rows
}

// addDeadline files it on the overdue, due-soon or no-deadline list. Completed items are on
// neither deadline list: nothing is left to do for them. "No deadline" means no due end: an
// item due "Continuously" has nothing to be late for.
func (r *Report) addDeadline(it normalize.Item, asOf time.Time) {
	end, ok := changes.DueEnd(it)
	if !ok {
		r.NoDue.Count++
		r.NoDue.IDs = append(r.NoDue.IDs, it.ID)
		return
	}
	dl := Deadline{ID: it.ID, Doc: it.Doc, DueText: it.Due.Text, DueEnd: *it.Due.End}
	if sv := statusValue(it); sv != NoStatus {
		dl.Status = &sv
	}
	if days, over := changes.Overdue(it, asOf); over {
		r.Overdue = append(r.Overdue, OverdueItem{dl, days})
		return
	}
	if dl.Status != nil && *dl.Status == normalize.StatusCompleted {
		return
	}
	if left := changes.DaysBetween(asOf, end); left >= 0 && left <= DueSoonDays {
		r.DueSoon = append(r.DueSoon, DueSoonItem{dl, left})
	}
}

// statusValue is the item's status value, NoStatus when it states none, and unknown for a value
// outside the vocabulary, so that the report only ever shows vocabulary values.
func statusValue(it normalize.Item) string {
	if it.Status == nil || strings.TrimSpace(it.Status.Value) == "" {
		return NoStatus
	}
	if !slices.Contains(statusOrder, it.Status.Value) {
		return normalize.StatusUnknown
	}
	return it.Status.Value
}

// unitKeys are the groups of by_unit the item counts in: the register's name for a unit it
// knows (items.units), else the printed name, spelled out where the run spells it out (names).
func unitKeys(it normalize.Item, names map[string]string) []string {
	units := it.Units
	if units == nil {
		units = normalize.DefaultRegister().Resolve(unitsOf(it))
	}
	var out []string
	for _, u := range units {
		k := strings.Join(strings.Fields(u.AsPrinted), " ")
		if u.Abbr != nil {
			k = u.Name
		} else if n, ok := names[k]; ok {
			k = n
		}
		if k != "" {
			out = append(out, k)
		}
	}
	return out
}

// unitsOf returns the item's units, trimmed and without repeats, so one item counts once per unit.
func unitsOf(it normalize.Item) []string {
	var out []string
	for _, u := range it.Responsible {
		u = strings.Join(strings.Fields(u), " ")
		if u != "" && !slices.Contains(out, u) {
			out = append(out, u)
		}
	}
	return out
}

// abbreviated matches a unit named in full with its abbreviation in brackets at the end:
// "Strategic Programming and Management Department (PROGRAM)", "DWTs and country offices (COs)".
var abbreviated = regexp.MustCompile(`^\S.*\((\S+)\)$`)

// unitNames maps a unit's abbreviation to its full name, for the units the run names both
// ways. Papers spell a unit out once, abbreviation in brackets, and use the abbreviation alone
// elsewhere; both are one unit and are grouped under the full name. An abbreviation that two
// full names claim is left alone.
func unitNames(items []normalize.Item) map[string]string {
	full := map[string]string{}
	ambiguous := map[string]bool{}
	for _, it := range items {
		for _, u := range unitsOf(it) {
			m := abbreviated.FindStringSubmatch(u)
			if m == nil {
				continue
			}
			if f, ok := full[m[1]]; ok && f != u {
				ambiguous[m[1]] = true
			}
			full[m[1]] = u
		}
	}
	for ab := range ambiguous {
		delete(full, ab)
	}
	return full
}

// breakdown turns groups into rows: keys of order first (with zero rows when withZero), then the
// other keys in alphabetical order, then last (the "none" group) if it has items.
func breakdown(groups map[string][]string, order []string, last string, withZero bool) []Count {
	var out []Count
	for _, k := range order {
		if ids := groups[k]; len(ids) > 0 || withZero {
			out = append(out, Count{Key: k, Count: len(ids), IDs: nonNil(ids)})
		}
	}
	var rest []string
	for k := range groups {
		if !slices.Contains(order, k) && k != last {
			rest = append(rest, k)
		}
	}
	// Case aside first, as a reader scans an index; byte order breaks the ties.
	slices.SortFunc(rest, func(a, b string) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a), strings.ToLower(b)), cmp.Compare(a, b))
	})
	for _, k := range rest {
		out = append(out, Count{Key: k, Count: len(groups[k]), IDs: groups[k]})
	}
	if ids := groups[last]; last != "" && len(ids) > 0 {
		out = append(out, Count{Key: last, Count: len(ids), IDs: ids})
	}
	return out
}

func nonNil(ids []string) []string {
	if ids == nil {
		return []string{}
	}
	return ids
}

// groupByDoc orders items by document (documents in input order, then documents only items name,
// in order of first mention) keeping the input order within a document, because that is the
// order of the paper itself.
func groupByDoc(items []normalize.Item, docs []normalize.Document) ([]normalize.Item, []DocSection) {
	idx := map[string]int{}
	var secs []DocSection
	for _, d := range docs {
		if _, dup := idx[d.ID]; dup {
			continue
		}
		idx[d.ID] = len(secs)
		s := DocSection{ID: d.ID, Source: d.Source, IDs: []string{}}
		if d.Title != nil {
			s.Title = *d.Title
		}
		if d.Date != nil {
			s.Date = *d.Date
		}
		if d.Pages != nil {
			s.Pages = *d.Pages
		}
		if d.Error != nil {
			s.Error = *d.Error
		}
		secs = append(secs, s)
	}
	per := make([][]normalize.Item, len(secs))
	for _, it := range items {
		i, ok := idx[it.Doc]
		if !ok {
			i = len(secs)
			idx[it.Doc] = i
			secs = append(secs, DocSection{ID: it.Doc, Source: it.Source, IDs: []string{}})
			per = append(per, nil)
		}
		per[i] = append(per[i], it)
		secs[i].IDs = append(secs[i].IDs, it.ID)
	}
	var out []normalize.Item
	for _, p := range per {
		out = append(out, p...)
	}
	return out, secs
}
