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
	return out
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
