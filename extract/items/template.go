package items

import (
	"regexp"
	"strings"
)

// Template text. Management-response matrices and action plans are filled in from templates
// (the UN Evaluation Group's management-response template, the agencies' Word forms), and the
// drafter often leaves some of the template's own words in place: a row of guidance under the
// header, the prompt of a Word content control in a cell nobody filled, a bracketed placeholder.
// Those words are never an item and never a field. The template's words come in four forms:
//
//   - an instruction to the drafter: "Please describe the key actions to be taken ...", "Do not
//     complete this column", "To be completed by the unit", "Copy the recommendation as worded
//     in the report", "List the actions that respond to ...", "Indiquer l'unité";
//   - a bracketed placeholder: "[Insert unit]", "[Describe key action]", "<date>", "[…]";
//   - the prompt Word prints in an empty content control: "Click or tap here to enter text.",
//     "Click here to enter a date.", "Choose an item.", "Cliquez ou appuyez ici pour entrer du
//     texte.";
//   - the prompt of a drop-down left unchosen: "Select response", "Select status", "Select
//     one", "Sélectionner".

// instructionRe matches a cell that opens with an instruction to the drafter: "Do not complete
// this column", "To be completed by the unit", "(to be filled in by ...)", "Please describe the
// key actions ...", "Insert date". Such words are neither a status nor an action.
var instructionRe = regexp.MustCompile(`(?i)^\(?\s*(?:do not (?:complete|fill|use|edit)|to be (?:completed|filled)|please\s+[a-z]+|leave (?:this )?blank|fill in|insert\b|enter\b|for (?:official|internal) use only|veuillez\s+[a-zé]+|à compléter|à remplir)`)

// instructionTailRe matches a parenthesized instruction inside a header: "Status (to be
// completed by the unit)".
var instructionTailRe = regexp.MustCompile(`(?i)\(\s*(?:do not|to be (?:completed|filled)|please|leave|fill in|insert|enter)[^)]*\)`)

// templateVerbRe matches a cell that tells the drafter what to write in its column, as the
// UN management-response templates print under their headers: "List the actions that respond
// to the recommendation", "Give an end date", "Name the lead unit", "Copy the recommendation as
// worded in the report", "Indiquer l'unité".
var templateVerbRe = regexp.MustCompile(`(?i)^(?:list|describe|give|name|indicate|specify|state|summari[sz]e|explain|mention|add|copy|paste|provide|indiquer|d[ée]crire|pr[ée]ciser|lister|mentionner|copier)\s+(?:the|an?|any|all|each|here|l['’]|les?|la|une?|ici)\b`)

// placeholderRe matches a whole cell that is a template's placeholder: a bracketed prompt
// ("[Insert unit]", "<date>"), the prompt of an empty Word content control ("Click or tap here
// to enter text.", "Choose an item.") or of an unchosen drop-down ("Select response").
var placeholderRe = regexp.MustCompile(`(?i)^(?:\[[^\]]{0,60}\]|<[^>]{1,60}>|\{[^}]{1,60}\}|(?:click|tap)(?: or (?:click|tap))?(?: here)? to enter (?:a |the )?(?:text|date|value)\.?|choose an item\.?|(?:select|choose)\s+(?:an?\s+|the\s+|one\s+)?(?:item|one|response|status|option|value|rating|level|priority|category|date|unit|answer|from (?:the )?list)\.?|cliquez(?: ou appuyez)? ici pour (?:entrer|taper|saisir) (?:du texte|une date)\.?|choisissez un [ée]l[ée]ment\.?|s[ée]lectionne[rz](?:\s+\S+)?\.?)$`)

// isTemplateText reports a cell (or header) that holds only a template's words: an instruction
// to the drafter or a placeholder. A cell that only opens with a verb of drafting ("Name the
// focal points", "List the ...") may be a real action: it counts as template text only beside
// other template cells (isInstructionRow).
func isTemplateText(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && (instructionRe.MatchString(s) || placeholderRe.MatchString(s))
}

// isInstructionRow reports a table row of template words only: every filled cell is template
// text, tells the drafter what to write (templateVerbRe) or says "Optional", and either two
// cells do or the one filled cell is template text (guidance spanning the table under its
// header). A row with words of its own beside placeholders (a recommendation whose response
// and key actions were never filled in) is a row: its placeholders are blanked
// (stripInstruction).
func isInstructionRow(cells []string) bool {
	n, filled, strong := 0, 0, 0
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		filled++
		switch {
		case isTemplateText(c):
			n++
			strong++
		case templateVerbRe.MatchString(c) || strings.EqualFold(strings.TrimRight(c, "."), "optional"):
			n++
		}
	}
	return n == filled && (n >= 2 || strong == 1)
}

// stripInstruction returns a cell without template words: "" for a cell that is template text,
// the cell without its parenthesized instruction ("Status (to be completed by the unit)")
// otherwise.
func stripInstruction(s string) string {
	s = instructionTailRe.ReplaceAllString(s, "")
	if isTemplateText(s) {
		return ""
	}
	return strings.TrimSpace(s)
}
