package normalize

import "strings"

// SplitUnits splits a cell of responsible units into one string per unit, as printed. It
// splits on commas and semicolons outside parentheses and on lines that start with a bullet,
// never on "and": unit names contain it ("Governance and Tripartism Department (GOVERNANCE)",
// "DWTs and country offices (COs)", "Treasurer and Financial Comptroller"). Whitespace is
// collapsed, bullets, a leading "and" of the last list member and trailing dots are dropped.
func SplitUnits(cell string) []string {
	var out []string
	var cur strings.Builder
	depth := 0
	flush := func() {
		if u := cleanUnit(cur.String()); u != "" {
			out = append(out, u)
		}
		cur.Reset()
	}
	lines := strings.Split(strings.ReplaceAll(cell, "\r\n", "\n"), "\n")
	for li, line := range lines {
		if li > 0 {
			if _, ok := cutBullet(line); ok {
				flush()
				depth = 0
			} else {
				cur.WriteByte(' ')
			}
		}
		if rest, ok := cutBullet(line); ok {
			line = rest
		}
		for _, r := range line {
			switch {
			case r == '(' || r == '[':
				depth++
			case (r == ')' || r == ']') && depth > 0:
				depth--
			case (r == ',' || r == ';') && depth == 0:
				flush()
				continue
			}
			cur.WriteRune(r)
		}
	}
	flush()
	return mergeSeries(out)
}

// mergeSeries joins the members of a unit whose name is itself a list: "Gender, Equality,
// Diversity and Inclusion Branch (GEDI)" splits on its commas into single words ending in a
// part with "and"; such a run is one unit. Abbreviations ("PROGRAM", "DDG/P") and names of
// several words stand alone.
func mergeSeries(units []string) []string {
	var out []string
	for i := 0; i < len(units); i++ {
		j := i
		for j < len(units) && isBareWord(units[j]) {
			j++
		}
		// A name that is a list has at least three members: "A, B, C and D Branch".
		if j-i >= 2 && j < len(units) && strings.Contains(units[j], " and ") {
			out = append(out, strings.Join(units[i:j+1], ", "))
			i = j
			continue
		}
		out = append(out, units[i])
	}
	return out
}

// isBareWord reports a single capitalized word that is no abbreviation: "Gender", not
// "PROGRAM", "COs" or "DDG/P".
func isBareWord(s string) bool {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for _, r := range s[1:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// cutBullet removes a list bullet at the start of a line.
func cutBullet(line string) (string, bool) {
	t := strings.TrimLeft(line, " \t\u00a0")
	for _, b := range []string{"•", "▪", "◦", "‣", "·", "●", "○", "■", "□", "–", "—", "-", "*", "o "} {
		if strings.HasPrefix(t, b) {
			rest := t[len(b):]
			if b == "-" || b == "*" || b == "–" || b == "—" {
				if rest == "" || (rest[0] != ' ' && rest[0] != '\t') {
					return line, false
				}
			}
			return rest, true
		}
	}
	return line, false
}

func cleanUnit(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "etc.") {
		s = strings.TrimSpace(strings.TrimSuffix(s, "."))
	}
	for _, w := range []string{"and ", "And ", "& "} {
		s = strings.TrimPrefix(s, w)
	}
	return strings.TrimSpace(s)
}
