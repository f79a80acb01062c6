package followup

import (
	"testing"

	"gbtrack/normalize"
)

// FuzzLink feeds item texts, headings and titles as documents print them (untrusted words) to
// the linking rules: no panic, every item leaves with a non-nil follow_up, and a link's score
// stays within 0 to 1.
func FuzzLink(f *testing.F) {
	f.Add("Map the supply chains (GB.350/POL/3)", "Part I (GB.350/POL/3)", "GB.350/POL/3", "ILO launches a course", "3")
	f.Add("", "", "", "", "")
	f.Add("GB.350/POL/3.GB.350/POL/3/", "–—’", "GB.", "launches launched", "(c)")
	f.Fuzz(func(t *testing.T, text, section, sym, title, num string) {
		docs := []normalize.Document{
			{ID: "a", Symbol: &sym, Title: &title, Date: sp("2024-01-01"), Format: "pdf"},
			{ID: "b", Title: &title, Date: sp("2025-01-01"), Format: "html"},
			{ID: "c", Symbol: &sym, Title: &title, Date: sp("2026-01-01"), Format: "pdf"},
		}
		items := []normalize.Item{
			{ID: "a1", Doc: "a", Text: text, Number: &num, Due: &normalize.Due{Text: text, Precision: sp("session")}},
			{ID: "c1", Doc: "c", Text: text, Number: &num, Section: &section, Status: normalize.ParseStatus(text)},
		}
		Link(items, docs)
		for _, it := range items {
			if it.FollowUp == nil {
				t.Errorf("Link: %s: follow_up nil", it.ID)
			}
			for _, fu := range it.FollowUp {
				if fu.Score < 0 || fu.Score > 1 {
					t.Errorf("Link: %s: score %v out of [0, 1]", it.ID, fu.Score)
				}
			}
		}
	})
}
