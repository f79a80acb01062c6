package normalize

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRegisterLookup(t *testing.T) {
	reg := DefaultRegister()
	cases := []struct {
		name, printed, want string // want: the entry's abbr, "" for unknown
	}{
		{"abbreviation", "PROGRAM", "PROGRAM"},
		{"full name with abbreviation", "Strategic Programming and Management Department (PROGRAM)", "PROGRAM"},
		{"full name alone", "Employment Policy Department", "EMPLOYMENT"},
		{"former name", "Partnerships and Development Cooperation Department", "PARDEV"},
		{"variant with abbreviation", "Deputy Director-General for Field Operations (DDG/FOP)", "DDG/FOP"},
		{"curly apostrophe", "Bureau for Workers\u2019 Activities", "ACTRAV"},
		{"case and spacing", "  social   protection DEPARTMENT ", "SOCPRO"},
		{"leading the", "the Turin Centre", "ITCILO"},
		{"plural abbreviation in brackets", "DWTs and country offices (COs)", "CO"},
		{"slash abbreviation", "DDG/MR", "DDG/MR"},
		{"unknown", "Department of Imaginary Affairs", ""},
		{"unknown abbreviation in brackets", "Department of Imaginary Affairs (IMAG)", ""},
		{"empty", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ""
			if e := reg.Lookup(c.printed); e != nil {
				got = e.Abbr
			}
			if got != c.want {
				t.Errorf("Lookup(%q) = %q, want %q", c.printed, got, c.want)
			}
		})
	}
}

func TestResolveUnits(t *testing.T) {
	items := []Item{
		{Responsible: []string{"PROGRAM", "Strategic Programming and Management Department (PROGRAM)", "Nowhere Unit"}},
		{Responsible: []string{}},
		{},
	}
	unknown := ResolveUnits(items)
	if unknown != 1 {
		t.Errorf("ResolveUnits unknown = %d, want 1", unknown)
	}
	prog := "Strategic Programming and Management Department"
	want := [][]Unit{
		{
			{Name: prog, Abbr: Ptr("PROGRAM"), AsPrinted: "PROGRAM"},
			{Name: prog, Abbr: Ptr("PROGRAM"), AsPrinted: "Strategic Programming and Management Department (PROGRAM)"},
			{Name: "Nowhere Unit", AsPrinted: "Nowhere Unit"},
		},
		{}, {},
	}
	for i := range items {
		if items[i].Units == nil {
			t.Errorf("item %d: Units is nil, want a list", i)
		}
		if d := cmp.Diff(want[i], items[i].Units); d != "" {
			t.Errorf("item %d units (-want +got):\n%s", i, d)
		}
	}
}

func TestRegisterMatches(t *testing.T) {
	reg := DefaultRegister()
	units := reg.Resolve([]string{"Partnerships and Field Support Department (PARDEV)", "Nowhere Unit"})
	cases := []struct {
		name  string
		unit  Unit
		query string
		want  bool
	}{
		{"abbreviation", units[0], "PARDEV", true},
		{"lower-case abbreviation", units[0], "pardev", true},
		{"canonical name", units[0], "Partnerships and Field Support Department", true},
		{"former name", units[0], "Partnerships and Development Cooperation Department", true},
		{"other unit", units[0], "PROGRAM", false},
		{"unknown query", units[0], "PARD", false},
		{"unknown unit by its words", units[1], "nowhere unit", true},
		{"unknown unit, other words", units[1], "PROGRAM", false},
		{"empty query", units[0], " ", false},
	}
	for _, c := range cases {
		if got := reg.Matches(c.unit, c.query); got != c.want {
			t.Errorf("%s: Matches(%q, %q) = %v, want %v", c.name, c.unit.AsPrinted, c.query, got, c.want)
		}
	}
}

func TestParseRegisterErrors(t *testing.T) {
	cases := []struct{ name, tsv, want string }{
		{"columns", "A\tB\n", "2 columns"},
		{"empty source", "A\tAlpha\t-\t-\t\n", "empty"},
		{"name claimed twice", "A\tAlpha\t-\t-\ts\nB\tBeta\tAlpha\t-\ts\n", "already names A"},
		{"unknown parent", "A\tAlpha\t-\tZ\ts\n", "parent \"Z\""},
	}
	for _, c := range cases {
		_, err := ParseRegister(c.tsv)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: ParseRegister error = %v, want one containing %q", c.name, err, c.want)
		}
	}
}

// TestRegisterRows checks the shipped register: every row has a source, and every unit the
// sample corpus prints resolves.
func TestRegisterRows(t *testing.T) {
	reg := DefaultRegister()
	if len(reg.Entries) < 20 {
		t.Fatalf("register has %d rows, want the Office's units", len(reg.Entries))
	}
	for _, p := range []string{
		"Senior Management Team", "DDG/P", "DDG/FOP", "DDG/MR", "PARDEV", "SOCPRO", "EVAL", "COs",
		"Bureau for Employers' Activities", "Turin Centre", "Treasurer and Financial Comptroller",
		"Research Department", "International Labour Standards Department (NORMES)",
		"Sectoral Policies Department", "Governance and Tripartism Department (GOVERNANCE)",
		"Conditions of Work and Equality Department", "ENTERPRISES", "MULTILATERALS",
		"Human Resources Development Department (HRD)", "Multilateral Cooperation Department (MULTILATERALS)",
	} {
		if reg.Lookup(p) == nil {
			t.Errorf("Lookup(%q) = nil; the sample corpus prints it", p)
		}
	}
}

// FuzzParseRegister: a register edited by hand must fail with an error, never a panic, and a
// register that parses resolves each of its own abbreviations to its row.
func FuzzParseRegister(f *testing.F) {
	f.Add(unitsTSV)
	f.Add("A\tAlpha\t-\t-\ts\n")
	f.Add("A\tAlpha\tB | C\tA\ts\n# x\n\n")
	f.Fuzz(func(t *testing.T, tsv string) {
		r, err := ParseRegister(tsv)
		if err != nil {
			return
		}
		for _, e := range r.Entries {
			if got := r.Lookup(e.Abbr); got == nil || got.Abbr != e.Abbr {
				t.Errorf("Lookup(%q) = %v, want its own row", e.Abbr, got)
			}
		}
	})
}
