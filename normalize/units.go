package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SplitUnits splits a cell of responsible units into one string per unit, as printed. It
// splits on commas and semicolons outside parentheses and on lines that start with a bullet,
// never on "and": unit names contain it ("Governance and Tripartism Department (GOVERNANCE)",
// "DWTs and country offices (COs)", "Treasurer and Financial Comptroller"). Whitespace is
// collapsed, bullets, a leading "and" of the last list member and trailing dots are dropped.
//
// Units printed one per line with nothing between them ("Care Economy Team (CARE)" over "Gender
// Equality and Inclusion Branch (GEIB)") are told apart by the shape of a unit's name (see
// splitJoined): a name ends with its abbreviation in brackets, is an abbreviation, or ends with
// the noun that says what kind of unit it is ("Branch", "Unit", "Service", "Office"). When the
// cell keeps its line breaks, a line that ends such a name ends the unit; a name that wraps over
// two lines stays one. A blank line marks a break the cell's writer made (the reader saw room for
// the next word on the line before: textlayer.Cell.Paras): a new unit starts after it when the
// next line starts a name (a capital) and the text before does not run on into it (see
// runsOn: "Division of" / "Information Systems" is one name).
func SplitUnits(cell string) []string {
	return SplitUnitsKnown(cell, nil)
}

// SplitUnitsKnown is SplitUnits with the abbreviations that the document gives its units
// ("Care Economy Team (CARE)" makes "CARE" known): a known abbreviation standing before another
// name in a cell without separators is a unit of its own ("CARE Communication and Public
// Information Unit (CPIU)" gives "CARE" and the unit), where an unknown one is taken as part of
// the name ("ILO Regional Office for Africa"). known may be nil.
func SplitUnitsKnown(cell string, known map[string]bool) []string {
	var out []string
	var cur strings.Builder
	depth := 0
	flush := func() {
		for _, part := range splitAnd(cleanUnit(cur.String())) {
			for _, u := range splitJoined(part, known) {
				if u != "" {
					out = append(out, u)
				}
			}
		}
		cur.Reset()
	}
	lines := strings.Split(strings.ReplaceAll(cell, "\r\n", "\n"), "\n")
	para := false // a blank line stands between the text so far and this line
	for li, line := range lines {
		if strings.TrimSpace(line) == "" {
			para = li > 0
			continue
		}
		if li > 0 {
			_, bullet := cutBullet(line)
			switch {
			case bullet:
				flush()
				depth = 0
			case depth == 0 && headsOnly(line):
				// "Global Shared Services" / "Centre": a line of head nouns alone names no unit,
				// it ends the name that wrapped before it
				cur.WriteByte(' ')
			case para && depth == 0 && cur.Len() > 0 && startsUpper(strings.TrimSpace(line)) && !runsOn(cur.String()):
				// the writer broke the line: another name starts
				flush()
			case depth == 0 && isCompleteUnit(cleanUnit(cur.String())) && startsUpper(strings.TrimSpace(line)):
				// one unit a line: the line before ended a name, this one starts another
				flush()
			case depth == 0 && cur.Len() > 0 && !runsOn(cur.String()) &&
				(opensFrenchName(line) || isCollective(paraFrom(lines, li))):
				// "Partenaires d'exécution" / "Unité de suivi-évaluation", "Division of Human
				// Resources" / "Regional" / "bureaux": the line opens a name of its own
				flush()
			default:
				cur.WriteByte(' ')
			}
		}
		para = false
		if rest, ok := cutBullet(line); ok {
			line = rest
		}
		for _, r := range line {
			switch {
			case inlineBullets[r] && depth == 0:
				// "● Project management; ● Donors ● IOM Headquarters": bullets run on in one line
				flush()
				continue
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

// UnitAbbreviations returns the abbreviations given in brackets after unit names in text:
// "Care Economy Team (CARE), Data Hub (DSH)" gives CARE and DSH.
func UnitAbbreviations(text string) map[string]bool {
	out := map[string]bool{}
	for {
		i := strings.IndexByte(text, '(')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(text[i:], ')')
		if j < 0 {
			return out
		}
		if a := text[i+1 : i+j]; isAbbreviation(a) {
			out[a] = true
		}
		text = text[i+j+1:]
	}
}

// unitHeads are the nouns that end the name of an organizational unit and say what kind of
// unit it is; a name may go on after its head with "for", "of", "on" ("Regional Office for
// Africa", "Department of Statistics").
var unitHeads = map[string]bool{
	"Branch": true, "Unit": true, "Units": true, "Service": true, "Services": true, "Section": true,
	"Team": true, "Hub": true, "Department": true, "Division": true, "Office": true, "Offices": true,
	"Bureau": true, "Centre": true, "Center": true, "Desk": true, "Secretariat": true,
	"Directorate": true, "Cluster": true, "Programme": true,
}

// splitJoined splits a string in which several unit names stand one after the other with no
// separator, as the words of a cell with one unit a line read when the line breaks are lost.
// A boundary falls before a capitalized word that follows
//   - a closing bracket of an abbreviation: "Care Economy Team (CARE) | Gender Equality ...";
//   - an abbreviation that is a unit of its own: two abbreviations side by side ("PSU MRRM"), or
//     a known one before a name ("CARE | Communication and Public Information Unit (CPIU)");
//   - the head noun of a name of four words or more, when a name of two words or more with its
//     own head or abbreviation follows: "Labour Inspection and Workplace Compliance Service |
//     Training Design Section (TDS)". Shorter names before a head noun are compounds ("Field
//     Office Support Unit") and stay whole.
func splitJoined(s string, known map[string]bool) []string {
	words := strings.Fields(s)
	if len(words) < 2 {
		return []string{s}
	}
	var out []string
	start := 0
	for i := 1; i < len(words); i++ {
		prev, w := words[i-1], words[i]
		if !startsUpper(w) || strings.HasPrefix(w, "(") {
			continue
		}
		cut := false
		switch {
		case strings.HasSuffix(prev, ")") && strings.Contains(strings.Join(words[start:i], " "), "("):
			cut = isAbbreviation(parenContent(words[start:i]))
		case isAbbreviation(prev) && i-1 == start:
			// "MRRM Programme": an abbreviation and a head noun that ends the name is one name
			cut = isAbbreviation(trimPunct(w)) || known[prev] && !(i+1 == len(words) && unitHeads[trimPunct(w)])
		case unitHeads[prev] && i-start >= 2 && isAbbreviation(trimPunct(w)) && len(trimPunct(w)) >= 3:
			// "Country Office PROGRAM": a name ended by its head noun, then a unit named by its
			// abbreviation, one a line with the line break lost
			cut = true
		case unitHeads[prev] && !unitHeads[trimPunct(w)] && i-start >= 4:
			rest := nextName(words[i:])
			cut = len(rest) >= 2 && isCompleteUnit(strings.Join(rest, " "))
		}
		if cut {
			out = append(out, strings.Join(words[start:i], " "))
			start = i
		}
	}
	return append(out, strings.Join(words[start:], " "))
}

// inlineBullets are bullets that separate units even inside a line.
var inlineBullets = map[rune]bool{'•': true, '●': true, '▪': true, '■': true, '◦': true, '‣': true}

// splitAnd splits "MRRM Programme and Protection Unit" into its two units: "and" parts two
// units when the words on each side are a whole unit name of their own (an abbreviation, or a
// name of two words or more ending with its head noun or its abbreviation in brackets) and the
// right one starts with a capital: "PSU, MRRM and Protection Unit". "Governance and Tripartism Department", "Treasurer and Financial Comptroller" and
// "DWTs and country offices (COs)" stay whole: one side is no unit name by itself.
func splitAnd(s string) []string {
	var out []string
	start := 0 // where the current unit starts in s
	for off := 0; ; {
		k := strings.Index(s[off:], " and ")
		if k < 0 {
			break
		}
		i := off + k
		off = i + 5
		left, right := s[start:i], s[i+5:]
		if strings.Count(left, "(") != strings.Count(left, ")") {
			continue // inside brackets
		}
		whole := len(strings.Fields(left)) >= 2 && isCompleteUnit(left) || isAbbreviation(strings.TrimSpace(left))
		if whole && startsUpper(right) && (isCompleteUnit(firstName(right)) || isCompleteUnit(right)) {
			out = append(out, left)
			start = i + 5
		}
	}
	return append(out, s[start:])
}

// firstName returns the words of s up to its next " and ", or all of s.
func firstName(s string) string {
	if i := strings.Index(s, " and "); i >= 0 {
		return s[:i]
	}
	return s
}

// nextName returns the words of the name that starts words: up to and including the first
// closing bracket, else all of them.
func nextName(words []string) []string {
	for k, w := range words {
		if strings.HasSuffix(w, ")") {
			return words[:k+1]
		}
	}
	return words
}

// parenContent returns the text of the last bracketed group in words.
func parenContent(words []string) string {
	s := strings.Join(words, " ")
	i := strings.LastIndexByte(s, '(')
	j := strings.LastIndexByte(s, ')')
	if i < 0 || j < i {
		return ""
	}
	return s[i+1 : j]
}

// isCompleteUnit reports whether s reads as a whole unit name: an abbreviation, a name ending
// with its abbreviation in brackets, or a name ending with its head noun.
func isCompleteUnit(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	switch {
	case len(words) == 1 && (isAbbreviation(trimPunct(last)) || isOfficeCode(trimPunct(last))):
		return true
	case strings.HasSuffix(last, ")"):
		return isAbbreviation(parenContent(words))
	}
	return unitHeads[trimPunct(last)] || lineUnitHeads[trimPunct(last)]
}

// headsOnly reports a line whose words are all head nouns of a unit's name ("Centre",
// "Services Centre", "Unit (GSSC)" with its abbreviation): no unit is named by its head alone,
// so such a line is the end of a name that wrapped ("Global Shared Services" / "Centre"), not a
// unit printed on a line of its own. A name that opens with its head goes on with "of" or "for"
// ("Division of Human Resources") and is no such line.
func headsOnly(line string) bool {
	words := strings.Fields(line)
	if k := len(words); k > 1 && strings.HasPrefix(words[k-1], "(") && strings.HasSuffix(words[k-1], ")") {
		words = words[:k-1]
	}
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	for _, w := range words {
		if !unitHeads[trimPunct(w)] {
			return false
		}
	}
	return true
}

// lineUnitHeads are further last words of a unit's name (bodies, groups and the holders of a
// post) that end a name when a line break follows them in a cell ("Resident
// Coordinators<br>Operations Management Teams"). They do not cut names whose line breaks
// were lost (splitJoined), where "Regional Director" may go on.
var lineUnitHeads = map[string]bool{
	"Teams": true, "Group": true, "Groups": true, "Committee": true, "Committees": true,
	"Commission": true, "Council": true, "Board": true, "Ministry": true, "Ministries": true,
	"Agency": true, "Agencies": true, "Mission": true, "Missions": true, "Coordinator": true,
	"Coordinators": true, "Director": true, "Directors": true, "Manager": true, "Managers": true,
	"Officer": true, "Officers": true, "Partners": true,
	// the posts an audit names as responsible ("Deputy Resident Representative" over
	// "Programme Analyst", "Operations Manager" over "Finance Associate")
	"Representative": true, "Representatives": true, "Analyst": true, "Analysts": true,
	"Associate": true, "Associates": true, "Adviser": true, "Advisers": true, "Advisor": true,
	"Specialist": true, "Specialists": true, "Assistant": true, "Assistants": true,
	"Controller": true, "Comptroller": true, "Treasurer": true,
}

// isAbbreviation reports an abbreviation of a unit: two or more capitals, with digits, "/", "&",
// "-" or a plural "s" ("PROGRAM", "DDG/P", "M&E", "COs").
func isAbbreviation(s string) bool {
	s = strings.TrimSuffix(s, "s")
	caps := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r >= '0' && r <= '9', r == '/', r == '&', r == '-', r == '.':
		default:
			return false
		}
	}
	return caps >= 2
}

// isOfficeCode reports an office named by its kind's abbreviation and its place, a hyphen
// between: "CO-Abuja", "DWT/CO-Lima", "BP-Dakar", "RO-Africa" (the ILO's codes for country
// offices, decent work teams, bureaux de pays and regional offices, as printed in management
// responses and workplans).
func isOfficeCode(s string) bool {
	i := strings.LastIndexByte(s, '-')
	if i <= 0 || i == len(s)-1 || !isAbbreviation(s[:i]) {
		return false
	}
	place := s[i+1:]
	for _, r := range place {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return startsUpper(place) && strings.ToUpper(place) != place
}

func trimPunct(s string) string { return strings.Trim(s, ".,;:") }

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// mergeSeries joins the members of a unit whose name is itself a list: "Gender, Equality,
// Diversity and Inclusion Branch (GEDI)" splits on its commas into single words ending in a
// part with "and"; so does "Labour Administration, Labour Inspection and Occupational Safety and
// Health Branch", whose members are capitalized phrases of a few words before a last member in
// title case that joins two more with "and" and ends with a head noun. Abbreviations
// ("PROGRAM", "DDG/P") and names with a head of their own stand alone; so does "Employment"
// before "Conditions of Work and Equality Department", a name of its own (it has lower-case
// words besides "and").
func mergeSeries(units []string) []string {
	var out []string
	for i := 0; i < len(units); i++ {
		if i+1 < len(units) && isPostTitle(units[i]) && isPostsUnit(units[i+1]) {
			// "Chief, Engineering Section", "Director, Country Office": the UN system writes
			// the holder of a post as the title, a comma and the unit (the form of the
			// "Title of responsible individual" column of an audit's management response)
			out = append(out, units[i]+", "+units[i+1])
			i++
			continue
		}
		if n := len(out); n > 0 && continuesName(units[i]) {
			// "Bureau de la planification des programmes, des finances et du budget": a part
			// that opens with a preposition goes on with the name before the comma.
			out[n-1] += ", " + units[i]
			continue
		}
		if k := headFirstSeries(units, i); k > i {
			// "Division of Data, Analytics, Planning and Monitoring": a head noun first, then
			// the list of what it covers
			out = append(out, strings.Join(units[i:k+1], ", "))
			i = k
			continue
		}
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
		j = i
		for j < len(units) && isListMember(units[j]) {
			j++
		}
		if j > i && j < len(units) && isListTail(units[j]) {
			out = append(out, strings.Join(units[i:j+1], ", "))
			i = j
			continue
		}
		out = append(out, units[i])
	}
	return out
}

// postTitles are the titles of posts that the UN system writes before a comma and the unit the
// post heads ("Chief, Procurement Section"), in English and in French ("Chef, Service ...").
var postTitles = map[string]bool{"Chief": true, "Director": true, "Head": true, "Manager": true,
	"Coordinator": true, "Officer-in-Charge": true, "Chef": true, "Directeur": true,
	"Directrice": true, "Responsable": true}

// isPostTitle reports a part that is a title alone: a post title, after a rank at most
// ("Chief", "Deputy Director", "Directeur adjoint").
func isPostTitle(s string) bool {
	f := strings.Fields(s)
	switch len(f) {
	case 1:
		return postTitles[f[0]]
	case 2:
		return (f[0] == "Deputy" || f[0] == "Assistant" || f[0] == "Acting") && postTitles[f[1]] ||
			postTitles[f[0]] && (f[1] == "adjoint" || f[1] == "adjointe")
	}
	return false
}

// isPostsUnit reports the part after a post title that names the unit of the post: two words
// or more, capitalized, not itself a post ("Director, Programme Officer" names two posts) and no
// list of abbreviations.
func isPostsUnit(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || !startsUpper(f[0]) || isAbbreviation(trimPunct(f[0])) {
		return false
	}
	return !postHolders[trimPunct(f[len(f)-1])]
}

// postHolders are the last words of the name of a post rather than of a unit.
var postHolders = map[string]bool{"Coordinator": true, "Coordinators": true, "Director": true,
	"Directors": true, "Manager": true, "Managers": true, "Officer": true, "Officers": true,
	"Representative": true, "Analyst": true, "Associate": true, "Adviser": true, "Advisor": true,
	"Specialist": true, "Assistant": true, "Controller": true, "Comptroller": true,
	"Treasurer": true, "Chief": true, "Head": true}

// nameLinkWords are the lower-case words that join the parts of a unit's name and never open
// one, in English and in French.
var nameLinkWords = map[string]bool{"of": true, "for": true, "des": true, "du": true, "de": true,
	"d'": true, "d’": true, "pour": true}

// frenchHeads are the nouns that open the name of a unit in French, where a name puts its head
// first and its complement after ("Unité de suivi-évaluation", "Bureau de pays").
var frenchHeads = map[string]bool{
	"Unité": true, "Bureau": true, "Direction": true, "Service": true, "Division": true,
	"Département": true, "Cellule": true, "Secrétariat": true, "Ministère": true,
	"Programme": true, "Équipe": true, "Section": true, "Comité": true, "Commission": true,
}

// opensFrenchName reports a line that opens with the head of a French unit's name and its
// complement ("Unité de", "Bureau du", "Direction des", "Service d'appui"). French sets a
// modifier after its noun, so such a head does not end the name on the line before.
func opensFrenchName(line string) bool {
	f := strings.Fields(line)
	if len(f) < 2 || !frenchHeads[f[0]] {
		return false
	}
	switch w := f[1]; {
	case w == "de" || w == "du" || w == "des":
		return true
	case strings.HasPrefix(w, "d'") || strings.HasPrefix(w, "d’"):
		return true
	}
	return false
}

// collectiveHeads are the plural nouns, in lower case, that end the name of a kind of unit
// rather than of one unit: "Regional bureaux", "Country offices", "Field units".
var collectiveHeads = map[string]bool{
	"bureaux": true, "bureaus": true, "offices": true, "units": true, "teams": true,
	"departments": true, "branches": true, "missions": true, "delegations": true,
}

// isCollective reports the name of a kind of unit: two to four words, the first capitalized,
// the others in lower case, the last a plural head ("Regional bureaux", "Country and field
// offices").
func isCollective(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 4 || !startsUpper(f[0]) || !collectiveHeads[trimPunct(f[len(f)-1])] {
		return false
	}
	for _, w := range f[1:] {
		if startsUpper(w) {
			return false
		}
	}
	return true
}

// paraFrom returns the lines from i on up to the next blank line, joined by spaces.
func paraFrom(lines []string, i int) string {
	var b strings.Builder
	for _, l := range lines[i:] {
		if strings.TrimSpace(l) == "" {
			break
		}
		b.WriteString(l)
		b.WriteByte(' ')
	}
	return b.String()
}

// runsOn reports whether a unit's name so far must go on in the next line: it ends with a word
// that links the parts of a name ("of", "and", "de", "des", "et") or with a comma, a hyphen or
// an open bracket ("Division of" / "Information Systems", "Unité de suivi-" / "Évaluation").
func runsOn(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if strings.HasSuffix(s, ",") || strings.HasSuffix(s, "-") || strings.HasSuffix(s, "–") || strings.HasSuffix(s, "&") {
		return true
	}
	f := strings.Fields(s)
	last := strings.ToLower(f[len(f)-1])
	return nameLinkWords[last] || last == "and" || last == "et" || last == "the" || last == "la" ||
		last == "le" || last == "les" || last == "on" || strings.HasSuffix(last, "'") || strings.HasSuffix(last, "’")
}

// continuesName reports whether a part of a cell split at its commas goes on with the name
// before it: it opens with a word that only joins parts of a name ("des finances et du budget").
func continuesName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	w := f[0]
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i+len(string([]rune(w[i:])[0]))]
	}
	return nameLinkWords[w]
}

// isListMember reports a member of a name that is a list: two or three capitalized words with
// no head noun, no post and no abbreviation ("Labour Administration", not "Operations
// Manager").
func isListMember(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) || unitHeads[w] || lineUnitHeads[w] || isAbbreviation(w) {
			return false
		}
	}
	return true
}

// isListTail reports the last member of a name that is a list: title case, "and" its only
// lower-case word, ending with a head noun or a bracketed abbreviation.
func isListTail(s string) bool {
	words := strings.Fields(s)
	and := false
	for _, w := range words {
		switch {
		case w == "and":
			and = true
		case !startsUpper(w) && !strings.HasPrefix(w, "("):
			return false
		}
	}
	return and && isCompleteUnit(s)
}

// headFirstSeries returns the index of the last part of a name that opens with its head noun
// and lists what the unit covers ("Division of Data, Analytics, Planning and Monitoring",
// "Office of Research, Policy and Statistics"): part i is "<Head> of|for <Words>", the parts
// after it single capitalized words, the last capitalized words joined by "and". It returns i
// when the parts from i are no such name.
func headFirstSeries(units []string, i int) int {
	w := strings.Fields(units[i])
	if len(w) < 3 || !unitHeads[w[0]] || (w[1] != "of" && w[1] != "for") {
		return i
	}
	j := i + 1
	for j < len(units) && isBareWord(units[j]) {
		j++
	}
	if j >= len(units) || !strings.Contains(units[j], " and ") {
		return i
	}
	for _, x := range strings.Fields(units[j]) {
		if x != "and" && !isBareWord(x) {
			return i
		}
	}
	return j
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
