package normalize

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplitUnits(t *testing.T) {
	cases := []struct {
		name, cell string
		want       []string
	}{
		{"commas", "Senior Management Team, DDG/MR, PROGRAM", []string{"Senior Management Team", "DDG/MR", "PROGRAM"}},
		// a unit that wraps in its cell against units printed one a line
		{"head noun wrapped to a line of its own", "Global Shared Services\nCentre", []string{"Global Shared Services Centre"}},
		{"head nouns and abbreviation wrapped", "Global Shared\nServices Centre (GSSC)", []string{"Global Shared Services Centre (GSSC)"}},
		{"head noun wrapped after a blank line", "Global Shared Services\n\nCentre", []string{"Global Shared Services Centre"}},
		{"head first names one a line", "Supply Division\nDivision of Human Resources", []string{"Supply Division", "Division of Human Resources"}},
		{"one a line, each wrapped", "Procurement\nBureau\nRegional\nOffice for\nAfrica", []string{"Procurement Bureau", "Regional Office for Africa"}},
		{"one a line, posts", "Deputy Resident\nRepresentative\nProgramme Analyst", []string{"Deputy Resident Representative", "Programme Analyst"}},
		{"one a line, posts after a blank line", "Resident Representative\n\nOperations Manager", []string{"Resident Representative", "Operations Manager"}},
		{"post, then a post wrapped", "Operations Manager\nInformation and\nCommunications\nTechnology Associate", []string{"Operations Manager", "Information and Communications Technology Associate"}},
		{"name wrapped before a head that could start a name", "Programme Management\nSupport Unit", []string{"Programme Management Support Unit"}},
		{"post wrapped in its line", "Information and\nCommunications\nTechnology Associate", []string{"Information and Communications Technology Associate"}},
		{"title, comma, unit", "Director, Country Office", []string{"Director, Country Office"}},
		{"title, comma, unit, then a unit", "Chief, Supply Chain Management\n\nForce Chief of Staff", []string{"Chief, Supply Chain Management", "Force Chief of Staff"}},
		{"ranked title, comma, unit", "Deputy Director, Finance and Budget Section; EVAL", []string{"Deputy Director, Finance and Budget Section", "EVAL"}},
		{"two posts", "Director, Programme Officer", []string{"Director", "Programme Officer"}},
		{"title before an abbreviation", "Director, PROGRAM", []string{"Director", "PROGRAM"}},
		{"French one a line", "Département des ressources humaines\nBureau du Conseiller juridique", []string{"Département des ressources humaines", "Bureau du Conseiller juridique"}},
		{"French wrapped", "Département de la gestion des\ntechnologies de l'information", []string{"Département de la gestion des technologies de l'information"}},
		{"French wrapped after its head", "Bureau de la programmation et\nde la gestion", []string{"Bureau de la programmation et de la gestion"}},
		{"French title, comma, unit", "Chef, Service de la sécurité", []string{"Chef, Service de la sécurité"}},
		{"and inside names", "Social Protection Department (SOCPRO), DDG/P, DWTs and country offices (COs), DDG/FOP",
			[]string{"Social Protection Department (SOCPRO)", "DDG/P", "DWTs and country offices (COs)", "DDG/FOP"}},
		{"department with and", "Governance and Tripartism Department (GOVERNANCE); SOCPRO",
			[]string{"Governance and Tripartism Department (GOVERNANCE)", "SOCPRO"}},
		{"treasurer", "DDG/FOP, Treasurer and Financial Comptroller.", []string{"DDG/FOP", "Treasurer and Financial Comptroller"}},
		{"one a line, ending in a body or a post", "Resident Coordinators\nOperations Management Teams\nRegional Director",
			[]string{"Resident Coordinators", "Operations Management Teams", "Regional Director"}},
		{"head first, then what it covers", "Division of Data, Analytics, Planning and Monitoring, PROGRAM",
			[]string{"Division of Data, Analytics, Planning and Monitoring", "PROGRAM"}},
		{"head first but two units", "Office of Research, Partnerships Division",
			[]string{"Office of Research", "Partnerships Division"}},
		{"comma inside a French name", "Bureau de la planification des programmes, des finances et du budget",
			[]string{"Bureau de la planification des programmes, des finances et du budget"}},
		{"comma inside an English name", "Office of Programme Planning, of Finance and Budget; EVAL",
			[]string{"Office of Programme Planning, of Finance and Budget", "EVAL"}},
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
		{"one a line, an office code then an abbreviation", "CO-Abuja\nPROGRAM", []string{"CO-Abuja", "PROGRAM"}},
		{"one a line, office codes", "BP-Dakar\nDWT/CO-Lima", []string{"BP-Dakar", "DWT/CO-Lima"}},
		{"an office code in a name", "CO-Abuja programme team", []string{"CO-Abuja programme team"}},
		{"dash bullets", "- EVAL\n- Research Department", []string{"EVAL", "Research Department"}},
		{"hyphenated name kept", "Multi-Partner Trust Fund Office", []string{"Multi-Partner Trust Fund Office"}},
		{"final and", "PROGRAM, PARDEV, and EVAL", []string{"PROGRAM", "PARDEV", "EVAL"}},
		{"spaces", "  HRD ,   FINANCE  ", []string{"HRD", "FINANCE"}},
		{"empty parts", "HRD,, ;FINANCE;", []string{"HRD", "FINANCE"}},
		{"one a line, joined", "Care Economy Team (CARE) Gender Equality and Inclusion Branch (GEIB) Data and Statistics Hub (DSH)",
			[]string{"Care Economy Team (CARE)", "Gender Equality and Inclusion Branch (GEIB)", "Data and Statistics Hub (DSH)"}},
		{"one a line, head noun then a name", "Labour Inspection and Workplace Compliance Service Training Design Section (TDS) Regional Office for Latin America and the Caribbean",
			[]string{"Labour Inspection and Workplace Compliance Service", "Training Design Section (TDS)", "Regional Office for Latin America and the Caribbean"}},
		{"one a line, abbreviation after a name", "Social Security Schemes Unit (SSSU) CARE", []string{"Social Security Schemes Unit (SSSU)", "CARE"}},
		{"two abbreviations side by side", "PSU MRRM", []string{"PSU", "MRRM"}},
		{"unknown abbreviation before a name stays", "ILO Regional Office for Africa", []string{"ILO Regional Office for Africa"}},
		{"compound before a head noun stays", "Field Office Support Unit (FOSU)", []string{"Field Office Support Unit (FOSU)"}},
		{"one a line, with line breaks", "Labour Inspection and Workplace\nCompliance Service\nTraining Design Section (TDS)\nRegional Office for Latin America\nand the Caribbean",
			[]string{"Labour Inspection and Workplace Compliance Service", "Training Design Section (TDS)", "Regional Office for Latin America and the Caribbean"}},
		{"name that is a list of phrases", "Labour Administration, Labour Inspection and Occupational Safety and Health Branch",
			[]string{"Labour Administration, Labour Inspection and Occupational Safety and Health Branch"}},
		{"and between two whole names", "MRRM Programme and Protection Unit", []string{"MRRM Programme", "Protection Unit"}},
		{"and inside a name of three", "MRRM, Protection Unit and Communication Unit", []string{"MRRM", "Protection Unit", "Communication Unit"}},
		{"bullets in one line", "● Project management; ● Donors ● IOM Headquarters", []string{"Project management", "Donors", "IOM Headquarters"}},
		{"and before a name with and", "Evaluation Office and Gender and Inclusion Branch", []string{"Evaluation Office", "Gender and Inclusion Branch"}},
		{"and after a name with and", "Facilities and Procurement Services Bureau and Financial Management Department",
			[]string{"Facilities and Procurement Services Bureau", "Financial Management Department"}},
		{"head noun before a head noun is a compound", "Facilities and Procurement Services Bureau (FPSB)", []string{"Facilities and Procurement Services Bureau (FPSB)"}},
		{"and after an abbreviation", "PSU, MRRM and Protection Unit", []string{"PSU", "MRRM", "Protection Unit"}},
		{"empty", "", nil},
		{"only punctuation", " , ; ", nil},
		// A blank line is a break the writer made (textlayer.Cell.Paras).
		{"writer's break between names", "Division of\nInformation\nSystems\n\nGlobal Data\nService",
			[]string{"Division of Information Systems", "Global Data Service"}},
		{"writer's break after a link word runs on", "Division of\n\nInformation Systems", []string{"Division of Information Systems"}},
		{"writer's break before a small letter runs on", "Unité de suivi\n\névaluation", []string{"Unité de suivi évaluation"}},
		{"writer's break in French", "Unité de gestion du\nprojet\n\nUnité de suivi-évaluation",
			[]string{"Unité de gestion du projet", "Unité de suivi-évaluation"}},
		{"wrapped lines without a writer's break stay one", "Division of\nInformation\nSystems Global\nData", []string{"Division of Information Systems Global Data"}},
		{"wrapped English name before an office stays one", "ILO Regional\nOffice for Africa", []string{"ILO Regional Office for Africa"}},
		{"a French head noun with its complement opens a name", "Partenaires d'exécution\nUnité de suivi-évaluation",
			[]string{"Partenaires d'exécution", "Unité de suivi-évaluation"}},
		{"a French head after a link word runs on", "Direction de la\nCellule de crise", []string{"Direction de la Cellule de crise"}},
		{"a kind of unit after a name", "Division of\nHuman\nResources\nRegional\nbureaux", []string{"Division of Human Resources", "Regional bureaux"}},
		{"a kind of unit in one line", "Division of Strategic Planning\nCountry and field offices", []string{"Division of Strategic Planning", "Country and field offices"}},
		{"a kind of unit after and runs on", "Department of Partnerships and\nRegional bureaux", []string{"Department of Partnerships and Regional bureaux"}},
	}
	for _, c := range cases {
		got := SplitUnits(c.cell)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: SplitUnits(%q) = %q, want %q", c.name, c.cell, got, c.want)
		}
	}
}

func TestSplitUnitsKnown(t *testing.T) {
	known := UnitAbbreviations("Care Economy Team (CARE), Data Hub (DSH)")
	if !known["CARE"] || !known["DSH"] || len(known) != 2 {
		t.Fatalf("UnitAbbreviations = %v, want CARE and DSH", known)
	}
	cell := "CARE Communication and Public Information Unit (CPIU)"
	want := []string{"CARE", "Communication and Public Information Unit (CPIU)"}
	if got := SplitUnitsKnown(cell, known); !slices.Equal(got, want) {
		t.Errorf("SplitUnitsKnown(%q) = %q, want %q", cell, got, want)
	}
	if got := SplitUnits(cell); !slices.Equal(got, []string{cell}) {
		t.Errorf("SplitUnits(%q) = %q, want the name whole", cell, got)
	}
	// a name ended by its head noun, then an abbreviation: two units one a line
	if got, want := SplitUnits("Country Office PROGRAM"), []string{"Country Office", "PROGRAM"}; !slices.Equal(got, want) {
		t.Errorf("SplitUnits(%q) = %q, want %q", "Country Office PROGRAM", got, want)
	}
	// a known abbreviation before a head noun that ends the cell names one unit
	known["MRRM"] = true
	if got, want := SplitUnitsKnown("MRRM Programme", known), []string{"MRRM Programme"}; !slices.Equal(got, want) {
		t.Errorf("SplitUnitsKnown(%q) = %q, want %q", "MRRM Programme", got, want)
	}
}

// FuzzSplitUnits feeds cells of any shape to the unit splitter: no panic, no empty unit, and
// every word of a unit is a word of the cell.
func FuzzSplitUnits(f *testing.F) {
	for _, s := range []string{
		"Care Economy Team (CARE) Gender Equality and Inclusion Branch (GEIB)",
		"Labour Administration, Labour Inspection and Occupational Safety and Health Branch",
		"● Project management; ● Donors ● IOM Headquarters",
		"MRRM Programme and Protection Unit and and (( ))",
		"Service Service Service Unit (U) (",
		"a\nb\n• c\n- d",
		// writer's breaks (blank lines), French heads, kinds of unit
		"Division of\nInformation\nSystems\n\nGlobal Data\nService",
		"Partenaires d'exécution\nUnité de suivi-évaluation\n\n\nBureau du\n,\n-\n(",
		"Division of\nHuman\nResources\nRegional\nbureaux",
	} {
		f.Add(s, "CARE")
	}
	f.Fuzz(func(t *testing.T, cell, abbr string) {
		if !utf8.ValidString(cell) {
			return // the text layer gives valid UTF-8
		}
		for _, u := range SplitUnitsKnown(cell, map[string]bool{abbr: true}) {
			if strings.TrimSpace(u) == "" {
				t.Fatalf("SplitUnitsKnown(%q): an empty unit", cell)
			}
			for _, w := range strings.Fields(u) {
				if !strings.Contains(cell, strings.TrimRight(w, ".,;")) {
					t.Fatalf("SplitUnitsKnown(%q): unit %q has %q, not in the cell", cell, u, w)
				}
			}
		}
	})
}
