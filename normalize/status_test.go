package normalize

import "testing"

func TestParseStatus(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Completed", StatusCompleted},
		{"Implemented (pending IAO validation)", StatusCompleted},
		{"Implemented – pending verification", StatusCompleted},
		{"Pending", StatusNotStarted},
		{"On hold pending funding", StatusDelayed},
		{"Mise en œuvre partielle", StatusOngoing},
		{"Ouverte", StatusOngoing},
		{"Devenue sans objet", StatusCancelled},
		{"En cours", StatusOngoing},
		{"En cours de mise en œuvre", StatusOngoing},
		{"Partiellement mis en œuvre", StatusOngoing},
		{"Achevé", StatusCompleted},
		{"Mis en œuvre", StatusCompleted},
		{"Non commencé", StatusNotStarted},
		// the Board of Auditors' follow-up categories, in English and in French
		{"Under implementation", StatusOngoing},
		{"Not implemented", StatusNotStarted},
		{"Overtaken by events", StatusCancelled},
		{"En cours d'application", StatusOngoing},
		{"Non appliquée", StatusNotStarted},
		{"Appliquée", StatusCompleted},
		{"Devenue caduque", StatusCancelled},
		{"Non réalisée", StatusNotStarted},
		{"Reporté à 2026", StatusDelayed},
		{"Annulée", StatusCancelled},
		{"Prévu", StatusPlanned},
		{"The directive has been delayed by the reorganization. The revised implementation date is 31 March 2027.", StatusDelayed},
		{"A model was tested; the policy will be finalized once the test has been assessed. Work is ongoing.", StatusOngoing},
		{"completed.", StatusCompleted},
		{"Ongoing", StatusOngoing},
		{"On-going", StatusOngoing},
		{"Completed/ongoing", StatusOngoing},
		{"Completed / ongoing", StatusOngoing},
		{"Starting 2020", StatusPlanned},
		{"Starting 2020 following the revision and UNSDG endorsement of the guidance", StatusPlanned},
		{"Not started", StatusNotStarted},
		{"Not yet started", StatusNotStarted},
		{"Yet to begin", StatusNotStarted},
		{"Delayed", StatusDelayed},
		{"Postponed", StatusDelayed},
		{"Postponed to 2021", StatusDelayed},
		{"Deferred", StatusDelayed},
		{"On hold", StatusDelayed},
		{"On hold pending funding", StatusDelayed},
		{"Cancelled", StatusCancelled},
		{"Canceled", StatusCancelled},
		{"Discontinued", StatusCancelled},
		{"In progress", StatusOngoing},
		{"Under way", StatusOngoing},
		{"Underway", StatusOngoing},
		{"Partially completed", StatusOngoing},
		{"Partly achieved", StatusOngoing},
		{"Incomplete", StatusOngoing},
		{"Not yet completed", StatusOngoing},
		{"Started, to be continued", StatusOngoing},
		{"Under negotiation", StatusOngoing},
		{"Done", StatusCompleted},
		{"Achieved", StatusCompleted},
		{"Fully implemented", StatusCompleted},
		{"Finalized in March 2020", StatusCompleted},
		{"Pending", StatusNotStarted},
		{"Under implementation", StatusOngoing},
		{"Closure requested", StatusCompleted},
		{"Planned", StatusPlanned},
		{"Scheduled for 2021", StatusPlanned},
		{"To start in January", StatusPlanned},
		{"COMPLETED", StatusCompleted},
		{"  Ongoing \n", StatusOngoing},
		{"Not implemented", StatusNotStarted},
		{"Partially implemented", StatusOngoing},
		{"Implemented", StatusCompleted},
		{"Being implemented", StatusOngoing},
		{"Open", StatusOngoing},
		{"Closed", StatusCompleted},
		{"On track", StatusOngoing},
		{"Off track", StatusDelayed},
		{"Completed late", StatusCompleted},
		{"No longer relevant", StatusCancelled},
		{"Ongoing, but delayed by the pandemic", StatusDelayed},
		{"See paragraph 12", StatusUnknown},
		{"Not applicable", StatusUnknown},
		{"Methodology", StatusUnknown}, // "met" is a word, not a prefix
		{"Yes", StatusUnknown},
	}
	for _, c := range cases {
		s := ParseStatus(c.text)
		if s == nil {
			t.Errorf("ParseStatus(%q) = nil, want %q", c.text, c.want)
			continue
		}
		if s.Value != c.want {
			t.Errorf("ParseStatus(%q) = %q, want %q", c.text, s.Value, c.want)
		}
		if s.Text == "" {
			t.Errorf("ParseStatus(%q).Text is empty, want the printed words", c.text)
		}
	}
	for _, e := range []string{"", "  ", "\n"} {
		if s := ParseStatus(e); s != nil {
			t.Errorf("ParseStatus(%q) = %+v, want nil", e, s)
		}
	}
	if s := ParseStatus("Under  way\n(see annex)"); s.Text != "Under way (see annex)" {
		t.Errorf("ParseStatus text = %q, want whitespace collapsed", s.Text)
	}
}

func TestStatusOfTimeFrame(t *testing.T) {
	end := Ptr("2019-12-31")
	cases := []struct {
		name string
		due  *Due
		want string // "" for nil
	}{
		{"no due", nil, ""},
		{"ongoing", &Due{Text: "Ongoing"}, StatusOngoing},
		{"under negotiation", &Due{Text: "Under negotiation"}, StatusOngoing},
		{"started, to be continued", &Due{Text: "Started, to be continued"}, StatusOngoing},
		{"done", &Due{Text: "Done"}, StatusCompleted},
		{"postponed", &Due{Text: "Postponed"}, StatusDelayed},
		{"a time with a status word", &Due{Text: "Completed by end 2000", End: end}, ""},
		{"a start", &Due{Text: "Starting January 2000", Start: Ptr("2000-01-01")}, ""},
		{"recurrence", &Due{Text: "Continuously"}, ""},
		{"recurrence with a condition", &Due{Text: "Continuously, as feasible"}, ""},
		{"as required", &Due{Text: "As required"}, ""},
		{"a plan, not a state", &Due{Text: "To be integrated in the field restructuring process"}, ""},
		{"linked", &Due{Text: "Linked to review of field structure"}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := StatusOfTimeFrame(c.due)
			switch {
			case c.want == "" && got != nil:
				t.Errorf("StatusOfTimeFrame(%+v) = %+v, want nil", c.due, got)
			case c.want != "" && (got == nil || got.Value != c.want || got.Text != c.due.Text):
				t.Errorf("StatusOfTimeFrame(%+v) = %+v, want %s with the printed words", c.due, got, c.want)
			}
		})
	}
}

func TestItemLatest(t *testing.T) {
	own := &Status{Text: "Ongoing", Value: StatusOngoing}
	later := &LatestStatus{Value: StatusCompleted, Text: "Completed", Doc: "GB.350/INS/5", Date: Ptr("2024-03-01")}
	cases := []struct {
		name string
		it   Item
		want *LatestStatus
	}{
		{"none", Item{Doc: "A"}, nil},
		{"own status", Item{Doc: "A", Status: own}, &LatestStatus{Value: StatusOngoing, Text: "Ongoing", Doc: "A"}},
		{"followed up", Item{Doc: "A", Status: own, LatestStatus: later}, later},
		{"own status edited after the run", Item{Doc: "A", Status: &Status{Text: "Completed", Value: StatusCompleted},
			LatestStatus: &LatestStatus{Value: StatusOngoing, Text: "Ongoing", Doc: "A"}}, &LatestStatus{Value: StatusCompleted, Text: "Completed", Doc: "A"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := c.it.Latest()
			if (got == nil) != (c.want == nil) || got != nil && (got.Value != c.want.Value || got.Doc != c.want.Doc || got.Text != c.want.Text) {
				t.Errorf("Latest() = %+v, want %+v", got, c.want)
			}
		})
	}
}
