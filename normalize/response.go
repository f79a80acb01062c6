package normalize

import "strings"

// responseLabels are the labels a management response is printed under, lowered, longest
// first; ParseResponse drops one that opens its text, with an options list in brackets
// ("Management response (Accept/Partially Accept/Reject):"), as response matrices print the
// template's own words.
var responseLabels = []string{
	"réponse de la direction", "reponse de la direction", "réponse de la gestion",
	"management response", "response of management", "réponse du gouvernement",
	"government's response", "government’s response", "government response", "réponse", "response",
}

// responseRules decide a response's value from its verdict sentence, lowered; the first rule
// with a phrase found as whole words wins. A partial or a negative verdict is tried before
// the plain one that its words contain ("partially accepted" holds "accepted", "not agree"
// holds "agree"). The words are those of evaluation and audit management responses in
// English and French (UNEG management response templates: Accepted / Partially accepted /
// Rejected; "Management agrees"; "Acceptée", "Partiellement acceptée", "Rejetée").
var responseRules = []struct {
	value   string
	phrases []string
}{
	// "Agreed in principle": a government's response to a parliamentary committee that
	// supports a recommendation's aim, not its means
	{ResponsePartiallyAccepted, []string{"agreed in principle", "agree in principle",
		"accepted in principle", "supported in principle", "accepté en principe", "acceptée en principe",
		"partially accepted", "partially accept", "partially accepts", "partly accepted", "partly accepts",
		"accepts in part", "accepts in principle", "agrees in principle",
		"accepted in part", "partially agree", "partially agrees", "partially agreed", "partly agree",
		"partly agrees", "agrees in part", "agree in part", "partially endorsed", "partially supported",
		"partiellement acceptée", "partiellement accepté", "partiellement acceptées",
		"partiellement acceptés", "acceptée partiellement", "accepté partiellement",
		"partiellement d'accord", "partiellement d’accord", "accord partiel"}},
	{ResponseNotAccepted, []string{"not accepted", "not accept", "rejected", "reject", "rejects",
		"does not agree", "do not agree", "not agreed", "disagree", "disagrees", "disagreed",
		"declined", "not endorsed", "not supported", "does not support", "do not support",
		"non retenue", "non retenu", "non acceptée", "non accepté", "non acceptées", "rejetée",
		"rejeté", "rejetées", "pas d'accord", "pas d’accord", "désaccord"}},
	{ResponseAccepted, []string{"accepted", "accept", "accepts", "agree", "agrees", "agreed",
		"fully agree", "endorsed", "endorses", "supported", "supports", "acceptée", "accepté",
		"acceptées", "acceptés", "d'accord", "d’accord", "approuvée", "approuvé"}},
}

// ParseResponse reads a management response as printed beside a recommendation ("Agree.",
// "Management partially agrees. The workplan will ...", "Management response (Accept/Partially
// Accept/Reject): Rejected. This is already in place.", "Partiellement acceptée") into a
// Response whose Text is the verdict as printed (the first sentence, label dropped) and whose
// Value is one of the Response* constants: ResponseUnknown when the first sentence gives no
// verdict ("The Office has drafted terms of reference ..."). An empty text gives nil.
func ParseResponse(text string) *Response {
	t := strings.Join(strings.Fields(text), " ")
	t = strings.TrimSpace(dropResponseLabel(t))
	if t == "" {
		return nil
	}
	first := firstSentence(t)
	low := strings.ToLower(first)
	for _, r := range responseRules {
		for _, ph := range r.phrases {
			if containsWords(low, ph) {
				return &Response{Text: first, Value: r.value}
			}
		}
	}
	return &Response{Text: first, Value: ResponseUnknown}
}

// dropResponseLabel removes a response label and its options list from the start of t.
func dropResponseLabel(t string) string {
	low := strings.ToLower(t)
	for _, l := range responseLabels {
		if !strings.HasPrefix(low, l) {
			continue
		}
		rest := strings.TrimSpace(t[len(l):])
		if strings.HasPrefix(rest, "(") {
			if k := strings.Index(rest, ")"); k > 0 {
				rest = strings.TrimSpace(rest[k+1:])
			}
		}
		if r, ok := strings.CutPrefix(rest, ":"); ok {
			return r
		}
		if r, ok := strings.CutPrefix(rest, "–"); ok {
			return r
		}
		if r, ok := strings.CutPrefix(rest, "-"); ok {
			return r
		}
		return rest
	}
	return t
}

// firstSentence returns t up to its first full stop, question or exclamation mark that ends a
// word and is followed by a space or the end: "Agree." of "Agree. The Office will ...".
func firstSentence(t string) string {
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '.', '!', '?', ';':
			if i+1 == len(t) || t[i+1] == ' ' {
				// "e.g." and initials do not end a sentence: the word before is one letter.
				if t[i] == '.' && i >= 2 && t[i-2] == '.' {
					continue
				}
				return strings.TrimSpace(t[:i+1])
			}
		}
	}
	return t
}
