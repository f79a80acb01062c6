package normalize

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Unit is one responsible unit of an item, resolved against the unit register: the register's
// canonical name and abbreviation beside the words as printed. A unit the register does not
// know passes through: Name is the printed words and Abbr is null.
type Unit struct {
	Name      string  `json:"name"`       // canonical name; as printed when the unit is unknown
	Abbr      *string `json:"abbr"`       // the Office's abbreviation ("PROGRAM"); null when unknown
	AsPrinted string  `json:"as_printed"` // one entry of the item's responsible list
}

// RegisterEntry is one row of the unit register (units.tsv).
type RegisterEntry struct {
	Abbr   string   // unique: "PROGRAM", "DDG/MR"
	Name   string   // current canonical name
	Others []string // former names and variants met in print
	Parent string   // the abbr of the department or portfolio above; "" when none or not known
	Source string   // where the row comes from
}

// Register resolves printed unit names to register entries. Lookups fold case, accents,
// apostrophe shapes, spacing and a leading "the".
type Register struct {
	Entries []RegisterEntry
	index   map[string]int // folded name, abbr or other name -> Entries index
}

//go:embed units.tsv
var unitsTSV string

var builtinUnits = func() *Register {
	r, err := ParseRegister(unitsTSV)
	if err != nil {
		panic("normalize: embedded units.tsv: " + err.Error())
	}
	return r
}()

// DefaultRegister returns the register shipped in units.tsv. It is shared and must not be
// modified.
func DefaultRegister() *Register { return builtinUnits }

// ParseRegister reads a register in the units.tsv layout: tab-separated abbr, name, other names
// (" | "-separated, "-" for none), parent ("-" for none), source; lines starting with "#" and
// blank lines are skipped. It fails on a row with the wrong number of columns, an empty abbr,
// name or source, or a name that two rows claim, naming the 1-based line.
func ParseRegister(tsv string) (*Register, error) {
	r := &Register{index: map[string]int{}}
	claim := func(line int, key string, i int) error {
		k := foldUnit(key)
		if k == "" {
			return nil
		}
		if j, ok := r.index[k]; ok && j != i {
			return fmt.Errorf("units.tsv:%d: %q already names %s", line, key, r.Entries[j].Abbr)
		}
		r.index[k] = i
		return nil
	}
	for n, line := range strings.Split(tsv, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("units.tsv:%d: %d columns, want 5", n+1, len(f))
		}
		e := RegisterEntry{Abbr: strings.TrimSpace(f[0]), Name: strings.TrimSpace(f[1]), Source: strings.TrimSpace(f[4])}
		if foldUnit(e.Abbr) == "" || foldUnit(e.Name) == "" || e.Source == "" {
			return nil, fmt.Errorf("units.tsv:%d: empty abbreviation, name or source", n+1)
		}
		if o := strings.TrimSpace(f[2]); o != "-" && o != "" {
			for _, s := range strings.Split(o, "|") {
				if s = strings.TrimSpace(s); s != "" {
					e.Others = append(e.Others, s)
				}
			}
		}
		if p := strings.TrimSpace(f[3]); p != "-" {
			e.Parent = p
		}
		i := len(r.Entries)
		r.Entries = append(r.Entries, e)
		for _, k := range append([]string{e.Abbr, e.Name}, e.Others...) {
			if err := claim(n+1, k, i); err != nil {
				return nil, err
			}
		}
	}
	for _, e := range r.Entries {
		if e.Parent != "" && r.Lookup(e.Parent) == nil {
			return nil, fmt.Errorf("units.tsv: %s: parent %q is not in the register", e.Abbr, e.Parent)
		}
	}
	return r, nil
}

// Lookup returns the entry that s names (its abbreviation, canonical name or another name), or
// nil. s is one unit as printed: "Strategic Programming and Management Department (PROGRAM)" is
// found through its name or, failing that, the abbreviation in brackets at its end.
func (r *Register) Lookup(s string) *RegisterEntry {
	if i, ok := r.index[foldUnit(s)]; ok {
		return &r.Entries[i]
	}
	name, abbr, ok := splitAbbr(s)
	if !ok {
		return nil
	}
	if i, ok := r.index[foldUnit(abbr)]; ok {
		return &r.Entries[i]
	}
	if i, ok := r.index[foldUnit(name)]; ok {
		return &r.Entries[i]
	}
	return nil
}

// Resolve returns one Unit for each printed unit, in order; never nil. Unknown units pass
// through with Name as printed and a null Abbr.
func (r *Register) Resolve(responsible []string) []Unit {
	out := make([]Unit, 0, len(responsible))
	for _, p := range responsible {
		if e := r.Lookup(p); e != nil {
			out = append(out, Unit{Name: e.Name, Abbr: Ptr(e.Abbr), AsPrinted: p})
		} else {
			out = append(out, Unit{Name: p, AsPrinted: p})
		}
	}
	return out
}

// Matches reports whether a query names the unit u: the query is the unit's abbreviation or any
// name the register holds for it, or, for a unit the register does not know, its printed words.
// Case, accents and spacing do not count.
func (r *Register) Matches(u Unit, query string) bool {
	q := foldUnit(query)
	if q == "" {
		return false
	}
	if u.Abbr != nil {
		if e := r.Lookup(*u.Abbr); e != nil {
			if qe, ok := r.index[q]; ok {
				return r.Entries[qe].Abbr == e.Abbr
			}
			return false
		}
		if foldUnit(*u.Abbr) == q {
			return true
		}
	}
	return foldUnit(u.Name) == q || foldUnit(u.AsPrinted) == q
}

// ResolveUnits sets the Units of every item from its Responsible list with the default
// register, and returns how many printed units it did not know. The pipeline calls it once
// items are detected.
func ResolveUnits(items []Item) (unknown int) {
	reg := DefaultRegister()
	for i := range items {
		items[i].Units = reg.Resolve(items[i].Responsible)
	}
	return CountUnknownUnits(items)
}

// CountUnknownUnits counts the units of items that the register does not know (null abbr).
func CountUnknownUnits(items []Item) int {
	n := 0
	for _, it := range items {
		for _, u := range it.Units {
			if u.Abbr == nil {
				n++
			}
		}
	}
	return n
}

// splitAbbr splits "Name (ABBR)" into its name and the abbreviation in brackets at its end.
func splitAbbr(s string) (name, abbr string, ok bool) {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ")") {
		return "", "", false
	}
	i := strings.LastIndex(s, "(")
	if i <= 0 {
		return "", "", false
	}
	abbr = strings.TrimSpace(s[i+1 : len(s)-1])
	if abbr == "" || strings.ContainsRune(abbr, ' ') {
		return "", "", false
	}
	return strings.TrimSpace(s[:i]), abbr, true
}

// foldUnit is the lookup key of a unit name: lower case, accents and apostrophe shapes folded,
// spacing collapsed, a leading "the" dropped.
func foldUnit(s string) string {
	s = norm.NFD.String(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\u2019' || r == '\u2018' || r == '`':
			r = '\''
		case r == '\u00a0':
			r = ' '
		}
		b.WriteRune(unicode.ToLower(r))
	}
	f := strings.Join(strings.Fields(b.String()), " ")
	return strings.TrimPrefix(f, "the ")
}
