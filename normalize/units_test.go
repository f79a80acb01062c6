package normalize

import (
	"slices"
	"testing"
)

func TestSplitUnits(t *testing.T) {
	cases := []struct {
		name, cell string
		want       []string
	}{
		{"commas", "Senior Management Team, DDG/MR, PROGRAM", []string{"Senior Management Team", "DDG/MR", "PROGRAM"}},
		{"and inside names", "Social Protection Department (SOCPRO), DDG/P, DWTs and country offices (COs), DDG/FOP",
			[]string{"Social Protection Department (SOCPRO)", "DDG/P", "DWTs and country offices (COs)", "DDG/FOP"}},
		{"department with and", "Governance and Tripartism Department (GOVERNANCE); SOCPRO",
			[]string{"Governance and Tripartism Department (GOVERNANCE)", "SOCPRO"}},
		{"treasurer", "DDG/FOP, Treasurer and Financial Comptroller.", []string{"DDG/FOP", "Treasurer and Financial Comptroller"}},
		{"name that is a list", "SKILLS, Gender, Equality, Diversity and Inclusion Branch (GEDI), EVAL", []string{"SKILLS", "Gender, Equality, Diversity and Inclusion Branch (GEDI)", "EVAL"}},
		{"single words without a following and", "Research, Statistics", []string{"Research", "Statistics"}},
		{"abbreviations before a name with and", "SOCPRO, COs, Conditions of Work and Equality Department", []string{"SOCPRO", "COs", "Conditions of Work and Equality Department"}},
		{"one word before a name with and", "Employment, Conditions of Work and Equality Department", []string{"Employment", "Conditions of Work and Equality Department"}},
		{"comma in parentheses", "Employment Policy Department (EMPLOYMENT, incl. DEVINVEST), ENTERPRISES",
			[]string{"Employment Policy Department (EMPLOYMENT, incl. DEVINVEST)", "ENTERPRISES"}},
		{"wrapped line", "Strategic Programming and\nManagement Department (PROGRAM), DDG/P",
			[]string{"Strategic Programming and Management Department (PROGRAM)", "DDG/P"}},
		{"bullets", "• PARDEV\n• Turin Centre\n• Bureau for Workers' Activities",
			[]string{"PARDEV", "Turin Centre", "Bureau for Workers' Activities"}},
		{"dash bullets", "- EVAL\n- Research Department", []string{"EVAL", "Research Department"}},
		{"hyphenated name kept", "Multi-Partner Trust Fund Office", []string{"Multi-Partner Trust Fund Office"}},
		{"final and", "PROGRAM, PARDEV, and EVAL", []string{"PROGRAM", "PARDEV", "EVAL"}},
		{"spaces", "  HRD ,   FINANCE  ", []string{"HRD", "FINANCE"}},
		{"empty parts", "HRD,, ;FINANCE;", []string{"HRD", "FINANCE"}},
		{"empty", "", nil},
		{"only punctuation", " , ; ", nil},
	}
	for _, c := range cases {
		got := SplitUnits(c.cell)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: SplitUnits(%q) = %q, want %q", c.name, c.cell, got, c.want)
		}
	}
}
