package normalize

import (
	"testing"
	"time"
)

func TestFrenchTimes(t *testing.T) {
	ref := time.Date(2025, 11, 13, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text, due, bound, end string
	}{
		{"de lui soumettre un rapport à sa 356e session (mars 2026);", "à sa 356e session (mars 2026)", BoundAt, "2026-03-31"},
		{"de soumettre lors de sa 357e session une proposition", "lors de sa 357e session", BoundAt, "2026-06-30"},
		{"un plan de mobilisation des ressources d’ici à la fin de 2026.", "d’ici à la fin de 2026", BoundBy, "2026-12-31"},
		{"un rapport au plus tard le 31 mars 2027", "au plus tard le 31 mars 2027", BoundNoLater, "2027-03-31"},
		{"achever l'examen avant la fin de juin 2026", "avant la fin de juin 2026", BoundBy, "2026-06-30"},
		{"le programme se poursuivra jusqu'en 2027", "jusqu'en 2027", BoundThrough, "2027-12-31"},
		{"une évaluation en 2026", "en 2026", BoundIn, "2026-12-31"},
		{"Fin juin 2025", "Fin juin 2025", BoundBy, "2025-06-30"},
		{"D'ici fin 2024", "D'ici fin 2024", BoundBy, "2024-12-31"},
		{"mettre en service une plateforme au premier semestre 2027.", "au premier semestre 2027", BoundIn, "2027-06-30"},
		{"achever les travaux au cours du troisième trimestre de 2026", "au cours du troisième trimestre de 2026", BoundIn, "2026-09-30"},
		{"d'ici au second semestre 2026", "d'ici au second semestre 2026", BoundBy, "2026-12-31"},
		{"au cours de 2026", "au cours de 2026", BoundIn, "2026-12-31"},
	}
	for _, tt := range tests {
		ms := FindTimes(tt.text, ref)
		if len(ms) != 1 {
			t.Errorf("FindTimes(%q) = %d matches, want 1: %+v", tt.text, len(ms), ms)
			continue
		}
		m := ms[0]
		end := ""
		if m.Due.End != nil {
			end = *m.Due.End
		}
		if m.Due.Text != tt.due || m.Bound != tt.bound || end != tt.end {
			t.Errorf("FindTimes(%q) = %q bound %q end %q, want %q bound %q end %q", tt.text, m.Due.Text, m.Bound, end, tt.due, tt.bound, tt.end)
		}
	}
	// Words that open no French time expression stay none.
	for _, s := range []string{"en consultation avec les mandants", "à la demande du Conseil", "la mise en œuvre du plan", "au premier étage", "au troisième trimestre"} {
		if ms := FindTimes(s, ref); len(ms) != 0 {
			t.Errorf("FindTimes(%q) = %+v, want none", s, ms)
		}
	}
}
