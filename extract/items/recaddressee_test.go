package items

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCutAddressee(t *testing.T) {
	cases := []struct {
		name, in, text string
		units          []string
	}{
		{"after an en dash", "Train the staff of the complaint mechanism in mediation – ILO project team",
			"Train the staff of the complaint mechanism in mediation", []string{"ILO project team"}},
		{"after an em dash, French lower-case names", "Instaurer un taux de cotisation réduit — ministère du Travail, caisse de sécurité sociale",
			"Instaurer un taux de cotisation réduit", []string{"ministère du Travail", "caisse de sécurité sociale"}},
		{"a supporting party is no addressee", "Include the fee ban in the licensing rules by 2025 – Ministries of Labour, with ILO support",
			"Include the fee ban in the licensing rules by 2025", []string{"Ministries of Labour"}},
		{"in brackets before the full stop", "Traduire les supports dans les trois langues (équipe du programme).",
			"Traduire les supports dans les trois langues.", []string{"équipe du programme"}},
		{"in brackets after the number", "(ILO and national employment agency) Track the earnings of graduates for a year.",
			"Track the earnings of graduates for a year.", []string{"ILO", "national employment agency"}},
		{"a remark in brackets stays", "Publish the data every quarter (see Annex 2).", "Publish the data every quarter (see Annex 2).", nil},
		{"a date in brackets stays", "Publish the data every quarter (by March 2026).", "Publish the data every quarter (by March 2026).", nil},
		{"a clause after a dash stays", "Publish the data every quarter – this should help the inspectors plan.",
			"Publish the data every quarter – this should help the inspectors plan.", nil},
		{"a range dash is no addressee", "Fund the second phase for 2025 – 2027.", "Fund the second phase for 2025 – 2027.", nil},
		{"too short a recommendation", "Staff – ILO", "Staff – ILO", nil},
		{"an English lower-case tail is no addressee", "Strengthen the monitoring of placements – especially for women",
			"Strengthen the monitoring of placements – especially for women", nil},
		{"a time frame after a dash is no addressee", "Revise the curriculum with employers – Short term",
			"Revise the curriculum with employers – Short term", nil},
		{"before a colon, a party's name", "ILO constituents and ROAP: Strengthen the capacity of labour inspectors to detect forced labour.",
			"Strengthen the capacity of labour inspectors to detect forced labour.", []string{"ILO constituents", "ROAP"}},
		{"before a colon, a topic is no addressee", "Sustainability: Plan the hand-over of the platforms from the start of the next phase.",
			"Sustainability: Plan the hand-over of the platforms from the start of the next phase.", nil},
		{"a label before a colon is no addressee", "Priority: High", "Priority: High", nil},
		{"a French article before an institution noun", "Traduire les supports dans les trois langues (l'équipe du programme).",
			"Traduire les supports dans les trois langues.", []string{"l'équipe du programme"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text, units := cutAddressee(c.in)
			if text != c.text {
				t.Errorf("cutAddressee(%q) text = %q, want %q", c.in, text, c.text)
			}
			if diff := cmp.Diff(c.units, units); diff != "" {
				t.Errorf("cutAddressee(%q) units (-want +got):\n%s", c.in, diff)
			}
		})
	}
}

func TestCutLabelTail(t *testing.T) {
	cases := []struct {
		name, in, words, labels string
	}{
		{"labels after an addressee in brackets", "Involve the unions from the design stage. (ILO constituents, ROAP) Priority: High; Timing: short term",
			"Involve the unions from the design stage. (ILO constituents, ROAP)", "Priority: High; Timing: short term"},
		{"labels after a full stop", "Revise the targets for young women. Responsible units: PROGRAM, EVAL Priority: Medium",
			"Revise the targets for young women.", "Responsible units: PROGRAM, EVAL Priority: Medium"},
		{"French labels", "Intégrer les modules dans le catalogue national. Priorité : élevée ; Délai : court terme",
			"Intégrer les modules dans le catalogue national.", "Priorité : élevée ; Délai : court terme"},
		{"no labels", "Revise the targets for young women.", "Revise the targets for young women.", ""},
		{"a label word inside a sentence", "Give the timing: the board should meet twice a year.", "Give the timing: the board should meet twice a year.", ""},
		{"a long value is a sentence, not a field", "Revise the targets. Priority: the Office should first agree with the donors on the revised targets, then with the constituents, and only then publish them.",
			"Revise the targets. Priority: the Office should first agree with the donors on the revised targets, then with the constituents, and only then publish them.", ""},
		{"too few words before the labels", "Act now. Priority: High", "Act now. Priority: High", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			words, labels := cutLabelTail(c.in)
			if words != c.words || labels != c.labels {
				t.Errorf("cutLabelTail(%q) = %q, %q; want %q, %q", c.in, words, labels, c.words, c.labels)
			}
		})
	}
}
