package normalize

// SchemaVersion is written into every item and document line. Bump it when a field is renamed or
// dropped; adding a field does not need a bump.
const SchemaVersion = 1

// Item kinds, as written in the "kind" field.
const (
	KindRecommendation = "recommendation"
	KindActionItem     = "action_item"
	KindCommitment     = "commitment"
)

// Item is one line of items.jsonl: a recommendation, an action item or a dated commitment, with
// the words as printed beside each normalized value. Pointer fields are null in JSON when the
// document does not state them.
type Item struct {
	SchemaVersion       int      `json:"schema_version"`
	ID                  string   `json:"id"`     // stable: content-rooted, kind, number or text hash (items.IDRoot)
	Kind                string   `json:"kind"`   // KindRecommendation, KindActionItem or KindCommitment
	Number              *string  `json:"number"` // as printed, without trailing dot: "7", "1(a)"
	Text                string   `json:"text"`   // whitespace collapsed, hyphenation undone, note markers removed
	Doc                 string   `json:"doc"`    // document id: its symbol, or its file name without extension
	Source              string   `json:"source"` // path or URL as given on the command line
	Page                *int     `json:"page"`   // 1-based page where the item starts; null for HTML
	Paragraph           *string  `json:"paragraph"`
	Section             *string  `json:"section"`
	Due                 *Due     `json:"due"`
	Status              *Status  `json:"status"`
	Responsible         []string `json:"responsible"` // never null: [] when no unit is named
	Priority            *string  `json:"priority"`
	TimeImplication     *string  `json:"time_implication"`
	ResourceImplication *string  `json:"resource_implication"`
	Actor               *string  `json:"actor"` // commitments: "the Office", "Member States", ...
	// Parent is the id of the item this one belongs to: a key action under its recommendation,
	// a sub-recommendation (4.2) under its recommendation (4); null otherwise.
	Parent *string `json:"parent"`
	// Response is the management response printed beside a recommendation; null when none is.
	Response *Response `json:"response"`
	// Units is Responsible resolved against the unit register (units.tsv), one entry per
	// printed unit in the same order; never null. Set by ResolveUnits.
	Units []Unit `json:"units"`
	// FollowUp lists what later documents of the same run report on this item, oldest first;
	// never null ([] when nothing does). Set by package followup after all documents are read.
	FollowUp []FollowUp `json:"follow_up"`
	// LatestStatus is the newest status a strong follow-up link reports, with its document and
	// date; without one, the item's own status and document; null when neither states one.
	LatestStatus *LatestStatus `json:"latest_status"`
}

// Follow-up link kinds, as written in follow_up[].how.
const (
	HowCited   = "cited"   // the later item cites the earlier item's document symbol
	HowNumber  = "number"  // same number under a heading or title that names the earlier paper
	HowText    = "text"    // near-identical item text
	HowSession = "session" // a paper of the session a decision asked a report for
)

// FollowUp is one later report on an item: the later item (null when a whole document answers,
// as a paper of the session a decision named), its document and date, the status it reports,
// how the link was made and the evidence for it. Weak links are kept as evidence but never
// give the item its latest status.
type FollowUp struct {
	Item   *string `json:"item"`   // id of the later item; null when the document itself answers
	Doc    string  `json:"doc"`    // id of the later document
	Date   *string `json:"date"`   // the later document's date, ISO; null when it has none
	Status *Status `json:"status"` // what the later document reports; null when it states none
	How    string  `json:"how"`    // HowCited, HowNumber, HowText or HowSession
	// Score is the word similarity of the two subjects, 0 to 1, rounded to 2 decimals: the Dice
	// coefficient of two item texts' content words, or the share of a title's content words
	// (session paper, news headline) found in the item (see package followup).
	Score float64 `json:"score"`
	Weak  bool    `json:"weak"` // true: evidence only, not promoted to LatestStatus
	Why   string  `json:"why"`  // the evidence in words: "cites GB.350/INS/5; number 3"
}

// LatestStatus is an item's newest known status and where it was read.
type LatestStatus struct {
	Value string  `json:"value"` // one of the Status* values
	Text  string  `json:"text"`  // as printed
	Doc   string  `json:"doc"`   // id of the document that reports it
	Date  *string `json:"date"`  // that document's date, ISO; null when it has none
}

// Management response values, as written in response.value.
const (
	ResponseAccepted          = "accepted"
	ResponsePartiallyAccepted = "partially_accepted"
	ResponseNotAccepted       = "not_accepted"
	ResponseUnknown           = "unknown"
)

// Response is a management response to a recommendation, as printed ("Partially accepted",
// "Accepté") and its normalized value: one of the Response* constants.
type Response struct {
	Text  string `json:"text"`
	Value string `json:"value"`
}

// Due is a time expression as printed and the interval it allows. Start and End are ISO dates
// (YYYY-MM-DD); both are null for expressions with no bound ("Continuously", "As required").
type Due struct {
	Text      string  `json:"text"`
	Start     *string `json:"start"`
	End       *string `json:"end"`
	Precision *string `json:"precision"` // day, month, quarter, half, year, biennium, session, relative
	Vague     bool    `json:"vague"`
	// Calendar names the calendar entry a session reference was resolved through, such as
	// "GB.356, March 2026"; empty otherwise.
	Calendar string `json:"calendar,omitempty"`
}

// Status values, as written in status.value.
const (
	StatusCompleted  = "completed"
	StatusOngoing    = "ongoing"
	StatusPlanned    = "planned"
	StatusNotStarted = "not_started"
	StatusDelayed    = "delayed"
	StatusCancelled  = "cancelled"
	StatusUnknown    = "unknown"
)

// Status is an item's printed status and its normalized value.
type Status struct {
	Text  string `json:"text"`
	Value string `json:"value"`
}

// Document is one line of documents.jsonl, written for every source, including the ones that
// could not be read (then Error says why in one line).
type Document struct {
	SchemaVersion int     `json:"schema_version"`
	ID            string  `json:"id"`
	Source        string  `json:"source"`
	SHA256        string  `json:"sha256"`
	Format        string  `json:"format"` // pdf, html
	Symbol        *string `json:"symbol"`
	Title         *string `json:"title"`
	Date          *string `json:"date"` // the document's own date, ISO
	Pages         *int    `json:"pages"`
	Items         int     `json:"items"`
	Error         *string `json:"error"`
	// PageErrors lists pages that could not be read in a document that was otherwise read.
	PageErrors []string `json:"page_errors,omitempty"`
	// SameAs is the id of the first document of the run that is the same paper in another
	// form (a web print and an office print, PDF and HTML); null otherwise. Set by package
	// followup.
	SameAs *string `json:"same_as"`
}

// IsCopy reports whether d is another document's copy that the report and every figure count
// once: a document read without error whose SameAs names a document other than itself.
func (d Document) IsCopy() bool {
	return d.SameAs != nil && *d.SameAs != "" && *d.SameAs != d.ID && d.Error == nil
}

// Ptr returns a pointer to v; it keeps optional-field literals short.
func Ptr[T any](v T) *T { return &v }

// Latest is where the item stands: its LatestStatus when a later document of the run reported
// it (LatestStatus.Doc is another document), else its own status as a LatestStatus of its own
// document (dated as LatestStatus dates it, if at all); nil when neither states a status. The
// item's own status field wins over a LatestStatus that only repeats it, so that a run edited by
// hand, or written before package followup, reads as its status field says.
func (it *Item) Latest() *LatestStatus {
	if ls := it.LatestStatus; ls != nil && ls.Value != "" && ls.Doc != "" && ls.Doc != it.Doc {
		return ls
	}
	if it.Status == nil || it.Status.Value == "" {
		return nil
	}
	own := &LatestStatus{Value: it.Status.Value, Text: it.Status.Text, Doc: it.Doc}
	if ls := it.LatestStatus; ls != nil && ls.Doc == it.Doc {
		own.Date = ls.Date
	}
	return own
}
