package items

import "testing"

func TestTemplateText(t *testing.T) {
	tests := []struct {
		cell string
		want bool
	}{
		{"Please describe the key actions to be taken in response to the recommendation.", true},
		{"[Insert unit]", true},
		{"<insert date>", true},
		{"Click or tap here to enter text.", true},
		{"Click here to enter a date.", true},
		{"Choose an item.", true},
		{"Select response", true},
		{"Select status", true},
		{"Cliquez ou appuyez ici pour entrer du texte.", true},
		{"Veuillez indiquer l'unité responsable", true},
		{"Do not complete this column at the drafting stage", true},
		// real words of a matrix
		{"Name the focal points of each office", false},
		{"Select three pilot provinces for the tracer survey", false},
		{"Accepted", false},
		{"Q3 2025", false},
		{"LABADMIN/OSH", false},
		{"Not applicable", false},
	}
	for _, tt := range tests {
		if got := isTemplateText(tt.cell); got != tt.want {
			t.Errorf("isTemplateText(%q) = %v, want %v", tt.cell, got, tt.want)
		}
	}
}

func TestInstructionRow(t *testing.T) {
	tests := []struct {
		name  string
		cells []string
		want  bool
	}{
		{"guidance row under the header", []string{"Copy the recommendation as worded in the evaluation report.", "Select response", "Please describe the key actions.", "[Insert unit]", "Click or tap here to enter a date.", "Select status"}, true},
		{"verbs of drafting in every cell", []string{"List the actions that respond to the recommendation", "Give an end date", "Name the lead unit", "Optional"}, true},
		{"guidance spanning the table", []string{"Please describe the key actions to be taken, the responsible unit and the date.", "", "", ""}, true},
		{"a recommendation whose other cells were never filled", []string{"Recommendation 4. Country offices should report each year.", "Select response", "Please describe the key actions.", "[Insert unit]"}, false},
		{"an action with one placeholder left", []string{"2.1 Review the plan with the donors.", "PARDEV", "December 2025", "Click or tap here to enter text."}, false},
		{"an action that opens with a verb of drafting", []string{"Name the focal points of each office", "Country Office", "Q1 2027", "Ongoing"}, false},
	}
	for _, tt := range tests {
		if got := isInstructionRow(tt.cells); got != tt.want {
			t.Errorf("isInstructionRow(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
