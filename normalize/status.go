package normalize

import "strings"

// statusRules are tried in order on the lowered text; the first phrase found as whole words
// decides. Order matters: "not started" before "started", "Completed/ongoing" is ongoing (work
// continues), "partially completed" is ongoing, and a cancellation or a delay outranks the
// progress words that often stand beside it ("Started, then postponed").
var statusRules = []struct {
	value   string
	phrases []string
}{
	{StatusNotStarted, []string{"not started", "not yet started", "not begun", "not yet begun",
		"not initiated", "not yet initiated", "yet to start", "yet to begin", "yet to be started",
		"yet to be initiated", "no action", "no progress", "not implemented",
		"not yet implemented", "not achieved", "not yet achieved", "not done", "not yet done",
		// French
		"non commencé", "non commencée", "pas commencé", "pas encore commencé", "non démarré",
		"non démarrée", "pas encore démarré", "non initié", "non initiée", "non entamé", "non réalisé",
		"non réalisée", "non mis en œuvre", "non mise en œuvre", "pas encore mis en œuvre", "à démarrer",
		// the categories of the Board of Auditors' follow-up in French
		"non appliqué", "non appliquée", "non appliquées", "pas encore appliqué", "pas encore appliquée"}},
	{StatusCancelled, []string{"cancelled", "canceled", "discontinued", "abandoned", "withdrawn",
		"dropped", "terminated", "discarded", "no longer", "superseded", "not pursued", "not to be pursued", "annulé", "annulée",
		"sans objet", // "Devenue sans objet", the French of "Overtaken by events"
		"abandonné", "abandonnée",
		// the Board of Auditors' category for a recommendation that events made moot, and its
		// French wording
		"overtaken by events", "devenue caduque", "devenu caduc", "caduque"}},
	{StatusDelayed, []string{"delayed", "postponed", "deferred", "on hold", "behind schedule",
		"suspended", "overdue", "slipped", "rescheduled", "stalled", "at risk", "off track",
		"defer", "postpone", "held back", "retardé", "retardée",
		"en retard", "reporté", "reportée", "suspendu", "suspendue", "en suspens"}},
	// audit follow-up: the entity reports the recommendation implemented and the auditors have
	// yet to verify it ("Implemented (pending IAO validation)"), before "pending" below
	{StatusCompleted, []string{"pending validation", "pending verification", "pending closure",
		"awaiting validation", "awaiting verification", "awaiting closure", "implemented (pending",
		"implemented, pending", "implemented - pending", "implemented – pending"}},
	// "Pending" alone has not started; "On hold pending funding" is a delay, decided above.
	{StatusNotStarted, []string{"pending"}},
	{StatusOngoing, []string{"ongoing", "on-going", "on going", "in progress", "under way",
		"underway", "continuing", "continued", "continuous", "continuously", "being implemented",
		"partially", "partly", "started", "initiated", "in process", "under negotiation",
		"under discussion", "under review", "under development", "under preparation",
		"in preparation", "incomplete", "progressing", "in train", "advanced", "not completed",
		"not yet completed", "to be continued", "in hand", "work in progress", "commenced",
		"on track", "open", "under implementation", "being addressed", "en cours", "partiellement",
		"partielle", "partiel", "ouverte", "ouvert",
		"en partie", "démarré", "démarrée", "entamé", "entamée", "initié", "initiée", "en voie",
		"en cours d'application", "en cours d’application"}},
	{StatusCompleted, []string{"completed", "complete", "done", "achieved", "implemented",
		"finished", "closed", "accomplished", "fulfilled", "met", "delivered", "adopted",
		"concluded", "finalized", "finalised", "fully implemented", "carried out", "in place",
		"established", "approved", "launched", "published", "achevé", "achevée", "terminé",
		"terminée", "réalisé", "réalisée", "complété", "complétée", "accompli", "accomplie",
		"mis en œuvre", "mise en œuvre", "finalisé", "finalisée", "clôturé", "clôturée",
		"appliqué", "appliquée", "appliquées",
		// audit follow-up: the entity considers the recommendation implemented and asks the
		// auditors to close it
		"closure requested", "proposed for closure"}},
	{StatusPlanned, []string{"planned", "starting", "to start", "will start", "to begin",
		"will begin", "to be", "scheduled", "forthcoming", "upcoming", "foreseen", "envisaged",
		"proposed", "expected", "intended", "will be", "next", "future", "prévu", "prévue",
		"planifié", "planifiée", "à venir", "programmé", "programmée"}},
}

var leadingPlanned = []string{"starting", "to start", "will start", "to begin", "will begin",
	"planned", "scheduled", "foreseen", "envisaged", "expected", "to be launched", "to be started"}

// ParseStatus reads a printed status ("Completed", "Ongoing", "Completed/ongoing", "Starting
// 2020 following the revision ...", "Not started", "Postponed") into one of the Status*
// values. Unknown wording gives StatusUnknown with the text kept; an empty text gives nil.
func ParseStatus(text string) *Status {
	t := strings.Join(strings.Fields(text), " ")
	if t == "" {
		return nil
	}
	low := strings.ToLower(t)
	for _, r := range statusRules[:5] {
		for _, ph := range r.phrases {
			if containsWords(low, ph) {
				return &Status{Text: t, Value: r.value}
			}
		}
	}
	// a status that opens with what will happen is planned, whatever it then says of the
	// conditions ("Starting 2020 following the revision and endorsement of ...")
	for _, ph := range leadingPlanned {
		if strings.HasPrefix(low, ph) && (len(low) == len(ph) || !isASCIIAlnum(low[len(ph)])) {
			return &Status{Text: t, Value: StatusPlanned}
		}
	}
	for _, r := range statusRules[4:] {
		for _, ph := range r.phrases {
			if containsWords(low, ph) {
				return &Status{Text: t, Value: r.value}
			}
		}
	}
	return &Status{Text: t, Value: StatusUnknown}
}

// containsWords reports whether phrase occurs in s with a word boundary on both sides, so that
// "complete" does not match "incomplete" and "met" does not match "method".
func containsWords(s, phrase string) bool {
	for off := 0; ; {
		k := strings.Index(s[off:], phrase)
		if k < 0 {
			return false
		}
		a, b := off+k, off+k+len(phrase)
		if (a == 0 || !isASCIIAlnum(s[a-1])) && (b == len(s) || !isASCIIAlnum(s[b])) {
			return true
		}
		off = a + 1
	}
}

// recurrence are time-frame words that say how often work is done, not where it stands:
// "Continuously", "On a regular basis", "As required". A plan's time-frame cell that holds only
// such words names no status, although "continuously" alone reads as ongoing in a status cell.
var recurrence = []string{"continuously", "continuous", "continually", "on a regular basis",
	"regularly", "periodically", "as required", "as needed", "as necessary", "when required",
	"annually", "every year", "each year", "permanent", "permanently", "en permanence",
	"régulièrement", "au besoin"}

// StatusOfTimeFrame reads where the work stands from a time-frame cell that names no time:
// "Ongoing", "Under negotiation", "Started, to be continued" (due.text, both bounds null, as
// docs/output.md keeps them). It returns nil when d is nil, when d has a start or an end (the
// words are a time, and a status word beside it, "Starting 2000", is a plan), when the words
// are only a recurrence ("Continuously, as feasible"), and when they state no completed,
// ongoing, delayed, cancelled or not-started work: a cell such as "To be integrated in the
// field restructuring process" says how the work will be done, not how far it got. The
// convention is the action plans' own: a plan printed before the work began gives a time
// frame, and the same column of a later update reports progress in its place.
func StatusOfTimeFrame(d *Due) *Status {
	if d == nil || d.Start != nil || d.End != nil {
		return nil
	}
	text := strings.Join(strings.Fields(d.Text), " ")
	low := strings.ToLower(text)
	for _, w := range recurrence {
		if containsWords(low, w) {
			low = strings.ReplaceAll(low, w, " ")
		}
	}
	s := ParseStatus(low)
	if s == nil {
		return nil
	}
	switch s.Value {
	case StatusOngoing, StatusCompleted, StatusDelayed, StatusCancelled, StatusNotStarted:
		return &Status{Text: text, Value: s.Value}
	}
	return nil
}
