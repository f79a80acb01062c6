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
	// Links maps a local source, as items and documents name it, to the link the report gives
	// it (RelativeLinks); a source without an entry is linked by its file name alone.
	Links map[string]string
}

// Report is every figure of the progress report, each with the ids of the items behind it. It
// is what report.json holds; all slices are in a stable order that never depends on maps.
//
// Where an item stands is Item.Latest: the newest status a follow-up document reported
// (latest_status), else the item's own. A document that is a copy of another (same_as) is
// listed in Copies and its items, kept in items.jsonl as evidence, are counted nowhere else.
type Report struct {
	Title      string         `json:"title"`
	AsOf       string         `json:"as_of"` // ISO date
	Documents  DocumentCounts `json:"documents"`
	Items      int            `json:"items"` // items counted: copies' items left out
	ByKind     []Count        `json:"by_kind"`
	ByStatus   []Count        `json:"by_status"` // by latest status; vocabulary values only, in statusOrder
	Unstated   Count          `json:"no_status"` // items that state no status, nor does any follow-up
	KindStatus []KindStatus   `json:"by_kind_and_status"`
	Rate       Implementation `json:"implementation_rate"`
	Acceptance Acceptance     `json:"acceptance_rate"`
	// Ages files every item once: completed, not yet due, overdue by age band, or without a
	// deadline (see ageKeys).
	Ages    []Count          `json:"by_age"`
	Overdue []OverdueItem    `json:"overdue"`  // most overdue first
	DueSoon []DueSoonItem    `json:"due_soon"` // soonest first
	NoDue   Count            `json:"no_deadline"`
	ByUnit  []UnitCount      `json:"by_unit"`
	ByDoc   []DocSection     `json:"by_document"`
	Copies  []Copy           `json:"copies"`
	Failed  []FailedDoc      `json:"failed_documents"`
	Changes []changes.Change `json:"changes,omitempty"` // copies' items left out
	// ChangeCounts counts Changes by kind, in the order of the change kinds.
	ChangeCounts []Count `json:"change_counts"`
	// HasChanges tells an empty change list (nothing changed) from no comparison at all.
	HasChanges bool `json:"has_changes"`
	// Entries holds every item counted once, in report order (documents in input order, items
	// in input order within a document); the figures above refer to them by id.
	Entries []normalize.Item `json:"entries"`
}

// KindStatus is one row of the first page's table: the items of a kind by latest status.
type KindStatus struct {
	Kind     string  `json:"kind"`
	Total    int     `json:"total"`
	ByStatus []Count `json:"by_status"` // statusOrder, then NoStatus as key "no_status"
}

// Acceptance is the acceptance rate as the Joint Inspection Unit reports it: recommendations
// accepted (fully or partially) over the recommendations whose management response is known.
// Recommendations without a readable response are left out of the denominator (the JIU
// counts them as "under consideration" or "no information" apart from the rate).
type Acceptance struct {
	Accepted       int      `json:"accepted"`
	Denominator    int      `json:"denominator"`
	Rate           *float64 `json:"rate"` // null when no recommendation states a response
	AcceptedIDs    []string `json:"accepted_ids"`
	DenominatorIDs []string `json:"denominator_ids"`
}

// UnitCount is a unit's line of the by-unit table: its items, how many are completed and how
// many overdue (latest status, as of the report's date).
type UnitCount struct {
	Count
	Completed Count `json:"completed"`
	Overdue   Count `json:"overdue"`
}

// Copy is a document read by the run that is a copy of another (documents.jsonl same_as): its
// items are in items.jsonl as evidence and are counted under the original only.
type Copy struct {
	ID     string   `json:"id"`
	SameAs string   `json:"same_as"`
	Source string   `json:"source"`
	IDs    []string `json:"ids"` // the copy's own item ids
}

// DocumentCounts says how many documents the run read.
type DocumentCounts struct {
	Total  int `json:"total"`
	Read   int `json:"read"`
	Failed int `json:"failed"`
	Copies int `json:"copies"` // read documents that are copies of another, counted once
}

// Count is one row of a breakdown: a key (a kind, a status value, a unit), how many items, which.
type Count struct {
	Key   string   `json:"key"`
	Count int      `json:"count"`
	IDs   []string `json:"ids"`
}

// Implementation is the implementation rate as the Joint Inspection Unit reports it:
// recommendations implemented over recommendations accepted (JIU annual reports, section on
// the acceptance and implementation of recommendations, from its web-based tracking system;
// see https://www.unjiu.org/content/acceptance-and-implementation). Here "implemented" is a
// latest status of completed, and "accepted" is a recommendation whose management response is
// accepted or partially accepted, or an action item or commitment (the Office's own plans and
// undertakings, accepted when they were made). A recommendation without a known response is
// outside the denominator; an accepted item without a status is inside it, not implemented.
type Implementation struct {
	Completed      int      `json:"completed"`
	Denominator    int      `json:"denominator"`
	Rate           *float64 `json:"rate"` // null when nothing is accepted
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
	DaysOverdue int    `json:"days_overdue"` // at least 1
	Age         string `json:"age"`          // the age band: one of the overdue keys of ageKeys
}

// DueSoonItem is an item on the due-soon list.
type DueSoonItem struct {
	Deadline
	DaysLeft int `json:"days_left"` // 0 when due on the as-of date itself
}

// DocSection is one document read by the run and the items taken from it.
type DocSection struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Source    string   `json:"source"`
	Link      string   `json:"link"` // where the report links the source: a URL, or a path relative to report.pdf
	Date      string   `json:"date"`
	Pages     int      `json:"pages"`
	Error     string   `json:"error,omitempty"`
	IDs       []string `json:"ids"`
	Completed Count    `json:"completed"` // its items whose latest status is completed
	Overdue   Count    `json:"overdue"`
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

// Age bands of ageKeys, as report.json writes them.
const (
	AgeCompleted       = "completed"
	AgeNotYetDue       = "not_yet_due"
	AgeUnder1Year      = "overdue_under_1_year"
	Age1To2Years       = "overdue_1_to_2_years"
	Age2To5Years       = "overdue_2_to_5_years"
	AgeLongOutstanding = "long_outstanding" // overdue 5 years or more
	AgeNoDeadline      = "no_deadline"
)

// ageKeys orders the age bands. The bands of overdue items follow the oversight bodies' habit
// of reporting outstanding recommendations by age, with those outstanding five years or more
// set apart as "long outstanding" (issue 10 item 3); a band holds the items whose deadline
// passed less than its upper bound before the as-of date, whole calendar years counted from the
// deadline's last day.
var ageKeys = []string{AgeCompleted, AgeNotYetDue, AgeUnder1Year, Age1To2Years, Age2To5Years, AgeLongOutstanding, AgeNoDeadline}

// ageBand is the band of an item not completed whose deadline end is end, as of asOf.
func ageBand(end, asOf time.Time) string {
	switch {
	case !end.Before(dayOf(asOf)):
		return AgeNotYetDue
	case !end.AddDate(1, 0, 0).Before(dayOf(asOf)):
		return AgeUnder1Year
	case !end.AddDate(2, 0, 0).Before(dayOf(asOf)):
		return Age1To2Years
	case !end.AddDate(5, 0, 0).Before(dayOf(asOf)):
		return Age2To5Years
	}
	return AgeLongOutstanding
}

func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Build computes the report's figures. It fails only on an Input it cannot judge deadlines for.
func Build(in Input) (*Report, error) {
	if in.AsOf.IsZero() {
		return nil, ErrNoAsOf
	}
	r := &Report{
		Title:      in.Title,
		AsOf:       in.AsOf.Format(time.DateOnly),
		HasChanges: in.Changes != nil,
	}
	if r.Title == "" {
		r.Title = "Progress report"
	}
	copyOf := map[string]string{}
	for _, d := range in.Docs {
		if d.IsCopy() {
			copyOf[d.ID] = *d.SameAs
		}
	}
	var counted []normalize.Item
	copyIDs := map[string][]string{}
	for _, it := range in.Items {
		if _, ok := copyOf[it.Doc]; ok {
			copyIDs[it.Doc] = append(copyIDs[it.Doc], it.ID)
			continue
		}
		counted = append(counted, it)
	}
	var docs []normalize.Document
	for _, d := range in.Docs {
		if o, ok := copyOf[d.ID]; ok {
			r.Copies = append(r.Copies, Copy{ID: d.ID, SameAs: o, Source: d.Source, IDs: nonNil(copyIDs[d.ID])})
			continue
		}
		docs = append(docs, d)
	}
	for _, c := range in.Changes {
		if _, ok := copyOf[c.Doc]; !ok {
			r.Changes = append(r.Changes, c)
		}
	}
	if in.Changes != nil {
		orEmpty(&r.Changes)
	}
	r.ChangeCounts = changeCounts(r.Changes)

	r.Entries, r.ByDoc = groupByDoc(counted, docs)
	for i := range r.ByDoc {
		r.ByDoc[i].Link = sourceLink(r.ByDoc[i].Source, in.Links)
	}
	for i := range r.Entries {
		// Runs written before the unit register have no units: resolve them here.
		if r.Entries[i].Units == nil {
			r.Entries[i].Units = normalize.DefaultRegister().Resolve(r.Entries[i].Responsible)
		}
		orEmpty(&r.Entries[i].Responsible)
	}
	r.Items = len(r.Entries)
	r.NoDue.Key = AgeNoDeadline
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
	r.Documents.Copies = len(r.Copies)

	byKind := map[string][]string{}
	byStatus := map[string][]string{}
	kindStatus := map[[2]string][]string{}
	byUnit := map[string][]string{}
	unitDone := map[string][]string{}
	unitLate := map[string][]string{}
	ages := map[string][]string{}
	docIdx := map[string]int{}
	for i, d := range r.ByDoc {
		docIdx[d.ID] = i
		r.ByDoc[i].Completed.Key, r.ByDoc[i].Overdue.Key = AgeCompleted, "overdue"
	}
	names := unitNames(r.Entries)
	for _, it := range r.Entries {
		byKind[it.Kind] = append(byKind[it.Kind], it.ID)
		sv := statusValue(it)
		kindStatus[[2]string{it.Kind, sv}] = append(kindStatus[[2]string{it.Kind, sv}], it.ID)
		if sv == NoStatus {
			r.Unstated.Count++
			r.Unstated.IDs = append(r.Unstated.IDs, it.ID)
		} else {
			byStatus[sv] = append(byStatus[sv], it.ID)
		}
		if accepted(it) {
			r.Rate.Denominator++
			r.Rate.DenominatorIDs = append(r.Rate.DenominatorIDs, it.ID)
			if sv == normalize.StatusCompleted {
				r.Rate.Completed++
				r.Rate.CompletedIDs = append(r.Rate.CompletedIDs, it.ID)
			}
		}
		if it.Kind == normalize.KindRecommendation && it.Response != nil && it.Response.Value != "" && it.Response.Value != normalize.ResponseUnknown {
			r.Acceptance.Denominator++
			r.Acceptance.DenominatorIDs = append(r.Acceptance.DenominatorIDs, it.ID)
			if it.Response.Value == normalize.ResponseAccepted || it.Response.Value == normalize.ResponsePartiallyAccepted {
				r.Acceptance.Accepted++
				r.Acceptance.AcceptedIDs = append(r.Acceptance.AcceptedIDs, it.ID)
			}
		}
		age := r.addDeadline(it, in.AsOf)
		ages[age] = append(ages[age], it.ID)
		d := &r.ByDoc[docIdx[it.Doc]]
		if sv == normalize.StatusCompleted {
			d.Completed.Count++
			d.Completed.IDs = append(d.Completed.IDs, it.ID)
		}
		late := age != AgeCompleted && age != AgeNotYetDue && age != AgeNoDeadline
		if late {
			d.Overdue.Count++
			d.Overdue.IDs = append(d.Overdue.IDs, it.ID)
		}
		var units []string
		for _, u := range unitKeys(it, names) {
			if !slices.Contains(units, u) {
				units = append(units, u)
			}
		}
		if len(units) == 0 {
			units = []string{NoUnit}
		}
		for _, u := range units {
			byUnit[u] = append(byUnit[u], it.ID)
			if sv == normalize.StatusCompleted {
				unitDone[u] = append(unitDone[u], it.ID)
			}
			if late {
				unitLate[u] = append(unitLate[u], it.ID)
			}
		}
	}
	if r.Rate.Denominator > 0 {
		r.Rate.Rate = normalize.Ptr(float64(r.Rate.Completed) / float64(r.Rate.Denominator))
	}
	if r.Acceptance.Denominator > 0 {
		r.Acceptance.Rate = normalize.Ptr(float64(r.Acceptance.Accepted) / float64(r.Acceptance.Denominator))
	}
	r.ByKind = breakdown(byKind, kindOrder, "", true)
	r.ByStatus = breakdown(byStatus, statusOrder, "", true)
	r.Ages = breakdown(ages, ageKeys, "", true)
	for _, k := range r.ByKind {
		row := KindStatus{Kind: k.Key, Total: k.Count}
		for _, sv := range append(slices.Clone(statusOrder), NoStatus) {
			ids := kindStatus[[2]string{k.Key, sv}]
			key := sv
			if sv == NoStatus {
				key = "no_status"
			}
			row.ByStatus = append(row.ByStatus, Count{Key: key, Count: len(ids), IDs: nonNil(ids)})
		}
		r.KindStatus = append(r.KindStatus, row)
	}
	for _, u := range breakdown(byUnit, nil, NoUnit, false) {
		r.ByUnit = append(r.ByUnit, UnitCount{Count: u,
			Completed: Count{Key: AgeCompleted, Count: len(unitDone[u.Key]), IDs: nonNil(unitDone[u.Key])},
			Overdue:   Count{Key: "overdue", Count: len(unitLate[u.Key]), IDs: nonNil(unitLate[u.Key])}})
	}
	slices.SortStableFunc(r.Overdue, func(a, b OverdueItem) int {
		return cmp.Or(cmp.Compare(b.DaysOverdue, a.DaysOverdue), cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.ID, b.ID))
	})
	slices.SortStableFunc(r.DueSoon, func(a, b DueSoonItem) int {
		return cmp.Or(cmp.Compare(a.DaysLeft, b.DaysLeft), cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.ID, b.ID))
	})
	r.emptyLists()
	return r, nil
}

// accepted says whether an item counts in the implementation rate's denominator: an action
// item or a commitment, or a recommendation whose management response accepts it in full or in
// part (see Implementation).
func accepted(it normalize.Item) bool {
	if it.Kind != normalize.KindRecommendation {
		return true
	}
	return it.Response != nil && (it.Response.Value == normalize.ResponseAccepted || it.Response.Value == normalize.ResponsePartiallyAccepted)
}

// changeKinds is the order of ChangeCounts: the order of the change kinds in package changes.
var changeKinds = []string{changes.KindNew, changes.KindRemoved, changes.KindMoved, changes.KindReworded,
	changes.KindStatusChanged, changes.KindDueChanged, changes.KindNewlyOverdue, changes.KindTextChanged}

func changeCounts(cs []changes.Change) []Count {
	by := map[string][]string{}
	for _, c := range cs {
		by[c.Kind] = append(by[c.Kind], c.ID)
	}
	return breakdown(by, changeKinds, "", false)
}

// emptyLists replaces nil slices by empty ones: report.json writes [] for an empty list, never
// null (docs/schema.md).
func (r *Report) emptyLists() {
	orEmpty(&r.ByKind)
	orEmpty(&r.KindStatus)
	orEmpty(&r.Ages)
	orEmpty(&r.Copies)
	orEmpty(&r.ChangeCounts)
	orEmpty(&r.Acceptance.AcceptedIDs)
	orEmpty(&r.Acceptance.DenominatorIDs)
	for i := range r.ByDoc {
		orEmpty(&r.ByDoc[i].Completed.IDs)
		orEmpty(&r.ByDoc[i].Overdue.IDs)
	}
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

// addDeadline files it on the overdue or due-soon list, or counts it as without a deadline,
// and returns its age band. Completed items are on neither deadline list: nothing is left to do
// for them. "No deadline" means no due end: an item due "Continuously" has nothing to be late
// for.
func (r *Report) addDeadline(it normalize.Item, asOf time.Time) string {
	sv := statusValue(it)
	if sv == normalize.StatusCompleted {
		return AgeCompleted
	}
	end, ok := changes.DueEnd(it)
	if !ok {
		r.NoDue.Count++
		r.NoDue.IDs = append(r.NoDue.IDs, it.ID)
		return AgeNoDeadline
	}
	dl := Deadline{ID: it.ID, Doc: it.Doc, DueText: it.Due.Text, DueEnd: *it.Due.End}
	if sv != NoStatus {
		dl.Status = &sv
	}
	if days, over := changes.Overdue(it, asOf); over {
		age := ageBand(end, asOf)
		r.Overdue = append(r.Overdue, OverdueItem{dl, days, age})
		return age
	}
	if left := changes.DaysBetween(asOf, end); left >= 0 && left <= DueSoonDays {
		r.DueSoon = append(r.DueSoon, DueSoonItem{dl, left})
	}
	return AgeNotYetDue
}

// statusValue is where the item stands (Item.Latest) as a status value, NoStatus when nothing
// states one, and unknown for a value outside the vocabulary, so that the report only ever
// shows vocabulary values.
func statusValue(it normalize.Item) string {
	ls := it.Latest()
	if ls == nil || strings.TrimSpace(ls.Value) == "" {
		return NoStatus
	}
	if !slices.Contains(statusOrder, ls.Value) {
		return normalize.StatusUnknown
	}
	return ls.Value
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
