package items

import (
	"regexp"
	"slices"
	"strings"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// colRole is what a table column holds, decided by the meaning of its header: the words that
// action plans, management-response matrices and audit status tables of the UN system print
// over their columns, in English and in French.
type colRole int

const (
	roleOther    colRole = iota
	roleNumber           // "No.", "#", "Ref."
	roleText             // the action: "Action", "Key action(s)", "Output", "Activity", "Action clé"
	roleRec              // the recommendation an action answers: "Recommendation", "Recommandation"
	roleIssue            // what the actions address: "Issues to be addressed", "Area", "Objective"
	roleUnits            // "Responsible unit(s)", "Lead unit", "By whom", "Responsable"
	roleDue              // "Due by", "Target date", "Time frame", "Timeline", "Échéance", "Calendrier"
	roleStatus           // "Status", "Progress", "Implementation stage", "Statut", "État d'avancement"
	rolePriority         // "Priority", "Priorité"
	roleResponse         // "Management response", "Acceptance", "Réponse de la direction"
	roleComments         // "Comments", "Remarks", "Follow-up": a status when no column says status
	roleTimeImpl         // an evaluation's "Time implication"
	roleResource         // an evaluation's "Resource implication", "Cost"
	// roleStatusMark is one of a group of columns each headed by a status ("Implemented |
	// Under implementation | Not implemented | Overtaken by events") whose rows mark one with
	// an "x": the marked column's header is the row's status (statusMarks).
	roleStatusMark
)

// headerRules give each role the words of its headers, tried in order on the header's words
// (lower case, accents folded): the first rule with a phrase found in the header decides. A
// phrase ending in "*" matches a word that starts with it. The order settles headers that name
// two things: "Implementation monitoring: comments or status" is a status, "Time implication"
// no deadline, "Progress to date" a status, "Responsible unit(s)" no action though units carry
// out actions, "Agreed action and risk rating" an action.
var headerRules = []struct {
	role    colRole
	phrases []string
	unless  []string // words that, in the same header, send it to a later rule
}{
	{role: roleTimeImpl, phrases: []string{"time implication*"}},
	{role: roleResource, phrases: []string{"resource*", "cost*", "budget*", "financ*"}},
	{role: roleResponse, phrases: []string{"management response*", "response*", "acceptance",
		"accepted", "reponse*", "agree or disagree"}, unless: []string{"action*"}},
	{role: roleStatus, phrases: []string{"status*", "statut*", "progress*", "implementation stage",
		"state of play", "avancement", "etat", "stage", "how addressed", "how it was addressed"}},
	{role: roleDue, phrases: []string{"due", "deadline*", "time frame*", "timeframe*", "timeline*",
		"timing", "target date*", "date*", "by when", "when", "completion", "schedule*",
		"calendar", "calendrier", "echeance*", "delai*", "periode", "duree"}},
	{role: roleUnits, phrases: []string{"by whom", "who", "recommendation to", "recommendations to",
		"addressed to", "recommandation a", "adressee* a"}},
	{role: roleUnits, phrases: []string{"responsib*", "responsable*", "lead", "unit", "units",
		"whom", "owner*", "department*", "focal point*", "entity", "entities", "entite*",
		"in charge", "addressed to"}, unless: []string{"action*", "activit*", "recommendation*",
		"recommandation*", "output*", "mesure*"}},
	{role: roleText, phrases: []string{"action*", "activit*", "output*", "measure*", "mesure*",
		"task*", "deliverable*", "commitment*", "step*", "milestone*", "what", "engagement*",
		"produit*"}},
	{role: rolePriority, phrases: []string{"priorit*"}},
	{role: roleRec, phrases: []string{"recommendation*", "recommandation*"}},
	{role: roleIssue, phrases: []string{"issue*", "item*", "area*", "objective*", "objectif*",
		"theme*", "topic*", "outcome*", "finding*", "conclusion*", "constat*", "domaine*",
		"resultat*", "probleme*"}},
	// an audit's rating of a recommendation (OIOS: "Critical/Important"), after the
	// recommendation's own column, whose header may run into it
	{role: rolePriority, phrases: []string{"critical*"}},
	{role: roleStatus, phrases: []string{"implementation"}},
	{role: roleComments, phrases: []string{"comment*", "commentaire*", "remark*", "remarque*",
		"observation*", "note*", "follow up", "suivi"}},
}

// numberHeaders are the headers of a column of item numbers.
var numberHeaders = map[string]bool{"no": true, "n": true, "n o": true, "nr": true, "ref": true,
	"number": true, "item no": true, "num": true, "s n": true, "sl no": true,
	// an audit status table numbers its rows by the audit report's paragraph
	"para": true, "paragraph": true, "para no": true, "paragraph no": true}

// numberWords end the header of a column of numbers: "No.", "N°" (read "n o"), "Nr", "Number",
// "Ref.", "#".
var numberWords = [][]string{{"no"}, {"n", "o"}, {"nr"}, {"number"}, {"num"}, {"ref"}}

// numberedThings are the words that may stand before a number word and say what the column
// numbers: "Rec. no.", "Recommendation No.", "Action no.", "Para. no.", "Finding No.".
var numberedThings = map[string]bool{"rec": true, "recs": true, "recommendation": true,
	"recommandation": true, "reco": true, "item": true, "action": true, "para": true,
	"paragraph": true, "finding": true, "obs": true, "observation": true, "serial": true,
	"s": true, "sl": true, "audit": true, "row": true, "line": true, "point": true}

// isNumberHeader reports the header of a column of item numbers: a number word after at most
// two words that name what is numbered ("Rec. no.", "Recommendation No.", "Para. no."). The header of an audit status table
// names the recommendation's number so (OIOS, OAI, IAO forms).
func isNumberHeader(words []string) bool {
	for _, nw := range numberWords {
		k := len(words) - len(nw)
		if k < 0 || k > 2 || !slices.Equal(words[k:], nw) {
			continue
		}
		for _, w := range words[:k] {
			if !numberedThings[w] {
				return false
			}
		}
		return true
	}
	return false
}

// columnRole returns the role of a column from its header.
//
// A header that holds a colon is read up to it: "Implementation stage: Not started / In progress"
// names a status, "Comments: due to the methods, ..." (a legend run into the header) no
// deadline. "Due to" is no deadline anywhere.
func columnRole(head string) colRole {
	if i := strings.IndexByte(head, ':'); i > 0 {
		head = head[:i]
	}
	words := headerWords(head)
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "due" && words[i+1] == "to" {
			words = append(words[:i:i], words[i+2:]...)
			i--
		}
	}
	joined := strings.Join(words, " ")
	if strings.TrimSpace(head) == "#" || numberHeaders[joined] || isNumberHeader(words) {
		return roleNumber
	}
	for _, r := range headerRules {
		if !hasPhrase(words, r.phrases) {
			continue
		}
		if len(r.unless) > 0 && hasPhrase(words, r.unless) {
			continue
		}
		return r.role
	}
	return roleOther
}

// headerWords returns the words of a header in lower case with accents folded: "Échéance" gives
// "echeance", "Unit(s)" gives "unit", "s".
func headerWords(s string) []string {
	s = accentFolder.Replace(strings.ToLower(s))
	return strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') })
}

var accentFolder = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "ë", "e", "à", "a", "â", "a",
	"î", "i", "ï", "i", "ô", "o", "œ", "oe", "ù", "u", "û", "u", "ç", "c", "°", "o", "º", "o")

// hasPhrase reports whether one of the phrases occurs in words; a phrase's last word ending in
// "*" matches any word it starts.
func hasPhrase(words, phrases []string) bool {
	for _, ph := range phrases {
		pw := strings.Fields(ph)
		for i := 0; i+len(pw) <= len(words); i++ {
			ok := true
			for k, p := range pw {
				w := words[i+k]
				if strings.HasSuffix(p, "*") {
					ok = strings.HasPrefix(w, strings.TrimSuffix(p, "*"))
				} else {
					ok = w == p
				}
				if !ok {
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// tableModel is a table read through its header: the role of each column and the body rows.
type tableModel struct {
	head  []string
	roles []colRole
	body  []textlayer.Row
	cols  int
	// headerless is set when no row of the table names its columns and the roles were read from
	// the cells ("1. | Publish the survey | Completed").
	headerless bool
	// parent is the recommendation (a handle) that rows go on under when no recommendation
	// stands right before the table: the one of the table it continues; 0 for none.
	parent int
}

// newTableModel reads a table's header into column roles. A table whose header row names no
// role is tried as a headerless "number | text | status" table; it returns nil when neither
// reading gives roles.
func newTableModel(t *textlayer.TableData) *tableModel {
	if t == nil || len(t.Rows) == 0 {
		return nil
	}
	head, body := splitHeader(t)
	if head != nil {
		m := &tableModel{head: head, body: body, cols: len(head), roles: make([]colRole, len(head))}
		named := false
		for c, h := range head {
			m.roles[c] = columnRole(stripInstruction(h))
			named = named || m.roles[c] != roleOther
		}
		if m.markStatusColumns() {
			named = true
		}
		if named {
			return m
		}
	}
	return headerlessModel(t)
}

// markRe matches a cell that only marks its column: "x", "X", a tick or a bullet.
var markRe = regexp.MustCompile(`^(?:[xX✓✔√•●■]|\(x\))$`)

// markStatusColumns finds a group of two or more adjacent columns each headed by a status
// (normalize.ParseStatus reads it to a known value) whose body cells are all empty or marks,
// with at least one mark: the form of the Board of Auditors' annexes on the status of prior
// recommendations ("Status after verification" over "Implemented | Under implementation | Not
// implemented | Overtaken by events", an "x" in one of them). Their roles become
// roleStatusMark, and it reports whether it found such a group. A row of totals ("1 | 2 | 1")
// under them is no mark.
func (m *tableModel) markStatusColumns() bool {
	isStatusHead := func(c int) bool {
		st := normalize.ParseStatus(m.head[c])
		return st != nil && st.Value != normalize.StatusUnknown && len(strings.Fields(m.head[c])) <= 6
	}
	marksOnly := func(c int) (ok bool, marks int) {
		for _, r := range m.body {
			v := strings.TrimSpace(expandCells(r, m.cols)[c])
			switch {
			case v == "":
			case markRe.MatchString(v):
				marks++
			case itemNumberRe.MatchString(v) && filledCells(r) > 0 && isTotalsRow(r):
			default:
				return false, 0
			}
		}
		return true, marks
	}
	found := false
	for c := 0; c < m.cols; {
		end, marks := c, 0
		for end < m.cols && isStatusHead(end) {
			ok, n := marksOnly(end)
			if !ok {
				break
			}
			marks += n
			end++
		}
		if end-c >= 2 && marks > 0 {
			for k := c; k < end; k++ {
				m.roles[k] = roleStatusMark
			}
			found = true
		}
		c = max(end, c+1)
	}
	return found
}

// isTotalsRow reports a row that adds the table up: its first filled cell opens with "Total".
func isTotalsRow(r textlayer.Row) bool {
	for _, c := range r.Cells {
		if t := strings.TrimSpace(c.Text); t != "" {
			return strings.HasPrefix(strings.ToLower(t), "total")
		}
	}
	return false
}

// markedStatus returns the status a row marks in its roleStatusMark columns: the header of the
// first marked column, cut to the words that name the status ("Status after verification
// Implemented" gives "Implemented"); "" when the table has no such columns or the row marks
// none.
func (m *tableModel) markedStatus(cells []string) string {
	for c, role := range m.roles {
		if role != roleStatusMark || c >= len(cells) || !markRe.MatchString(strings.TrimSpace(cells[c])) {
			continue
		}
		words := strings.Fields(m.head[c])
		want := normalize.ParseStatus(m.head[c]).Value
		for k := len(words) - 1; k >= 0; k-- {
			if st := normalize.ParseStatus(strings.Join(words[k:], " ")); st != nil && st.Value == want {
				return strings.Join(words[k:], " ")
			}
		}
		return m.head[c]
	}
	return ""
}

// col returns the first column of a role, or -1.
func (m *tableModel) col(r colRole) int {
	for c, role := range m.roles {
		if role == r {
			return c
		}
	}
	return -1
}

func (m *tableModel) has(r colRole) bool { return m.col(r) >= 0 }

// isActionTable reports a table whose rows are actions to follow: a column of actions (or of the
// issues or recommendations they answer) beside a column that follows them up (a deadline, a
// status, the units responsible).
func (m *tableModel) isActionTable() bool {
	if m.has(roleText) {
		return m.has(roleDue) || m.has(roleStatus) || m.has(roleUnits) || m.has(roleComments)
	}
	if m.has(roleIssue) || m.has(roleRec) {
		return m.has(roleDue) || m.has(roleStatus) || m.has(roleStatusMark)
	}
	return false
}

// followsUp reports a table with a column that follows its items up or qualifies them: units,
// a deadline, a status, a priority, a management response, implications or actions. Such a
// table is read through its columns (findRecommendationTables, findTables), never as a list.
func (m *tableModel) followsUp() bool {
	for _, r := range m.roles {
		switch r {
		case roleUnits, roleDue, roleStatus, roleStatusMark, rolePriority, roleResponse, roleTimeImpl, roleResource, roleText:
			return true
		}
	}
	return false
}

// headerlessModel reads a table without a header row whose columns are "number | text | status"
// (or "text | status"): most rows carry a status word in their last filled column and words in
// the column before. It returns nil for any other table.
func headerlessModel(t *textlayer.TableData) *tableModel {
	cols := t.Columns
	if cols < 2 || cols > 4 {
		return nil
	}
	rows, statuses := 0, 0
	for _, r := range t.Rows {
		cells := expandCells(r, cols)
		if filledCells(r) < 2 {
			continue
		}
		rows++
		if s := normalize.ParseStatus(cells[cols-1]); s != nil && s.Value != normalize.StatusUnknown && len(cells[cols-1]) < 80 {
			statuses++
		}
	}
	if rows == 0 || statuses*4 < rows*3 {
		return nil
	}
	m := &tableModel{head: make([]string, cols), roles: make([]colRole, cols), body: t.Rows, cols: cols, headerless: true}
	m.roles[cols-1] = roleStatus
	m.roles[cols-2] = roleText
	if cols >= 3 && numericColumn(t.Rows, 0, cols) {
		m.roles[0] = roleNumber
	}
	return m
}

// numericColumn reports whether every filled cell of column c is a short item number.
func numericColumn(rows []textlayer.Row, c, cols int) bool {
	n := 0
	for _, r := range rows {
		v := expandCells(r, cols)[c]
		if v == "" {
			continue
		}
		if !itemNumberRe.MatchString(v) {
			return false
		}
		n++
	}
	return n > 0
}

var itemNumberRe = regexp.MustCompile(`^\(?[0-9]{1,3}(?:\.[0-9]{1,2})*[.)]?$|^\(?[a-zA-Z][.)]$`)

// recRowRe matches a cell or a row that opens with a recommendation's label: "Evaluation
// recommendation 1:", "Recommendation 3.", "Recommandation 2 :", "Audit recommendation 4 -";
// group 1 is the number, group 2 the words after the label.
var recRowRe = regexp.MustCompile(`(?i)^(?:(?:evaluation|audit|key|main|review)\s+)?(?:recommendation|recommandation)\s+(?:no\.?\s*|n°\s*|#\s*)?([0-9]{1,2}(?:\.[0-9]{1,2})?[a-z]?|[A-Z](?:\.[0-9]{1,2})?)\s*(?:[:.\-–—]\s*|$)(.*)$`)

// responseRe finds the management response printed after a recommendation in the same cell:
// "Management response: Agree.", "Management response (Accept/Partially accept/Reject):
// Partially accepted.", "Réponse de la direction : Acceptée".
var responseRe = regexp.MustCompile(`(?i)\b(?:management response|réponse de la direction|response of management)\s*(?:\([^)]*\))?\s*:\s*`)

// splitResponse separates a recommendation's words from the management response that follows
// them in the same cell.
func splitResponse(s string) (text, response string) {
	if loc := responseRe.FindStringIndex(s); loc != nil {
		return strings.TrimSpace(s[:loc[0]]), strings.TrimSpace(s[loc[1]:])
	}
	return s, ""
}

// tableResponse reads a management response cell ("Agree.", "Partially accepted. The Office
// will ...", "Rejected", "Acceptée") with normalize.ParseResponse, the one reader of responses;
// nil for an empty cell.
//
// A column that asks "Accepted? (Yes/No)" (OIOS) answers "Yes" or "No" (in French "Oui",
// "Non"): accepted or not accepted.
func tableResponse(s string) *normalize.Response {
	switch t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), ".")); strings.ToLower(t) {
	case "yes", "oui":
		return &normalize.Response{Text: t, Value: normalize.ResponseAccepted}
	case "no", "non":
		return &normalize.Response{Text: t, Value: normalize.ResponseNotAccepted}
	}
	return normalize.ParseResponse(s)
}
