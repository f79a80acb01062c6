package items

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The clause grammar of decisions and resolutions. Governing bodies across the UN system print
// their decisions the same way (ILO Governing Body records of decisions, UNDP/UNFPA/UNOPS and
// UNICEF Executive Board compendiums, General Assembly resolutions; see the UN Editorial Manual on
// the structure of resolutions and decisions):
//
//	decision  = lead { preamble } { clause } [reference]
//	lead      = [para "."] "The" body ["," participial ","] [verbGroup object] [":" | ","] [inline clauses]
//	body      = "Governing Body" | "Executive Board" | "Council" | "General Assembly" | ...
//	participial = "having" ...                      "having considered the report"
//	preamble  = participle ... ","                  "Recalling its resolution ...,"
//	clause    = [marker] verbGroup rest [":" sub {sub}]
//	                                                "(d) requested the Director-General to ...",
//	                                                "4. Also requests UNDP to ...", "Takes note of ..."
//	sub       = "(a)" rest                          "2. Requests UNFPA: (a) To present ...": item "2(a)"
//	marker    = "(a)" | "a)" | "(iv)" | "1." | "-" | "•"
//	verbGroup = {adverb} verb [particle]            "Further reiterates its request", "calls upon"
//	reference = "(" symbol ["," "paragraph" ...] ")"   "(GB.355/INS/3, paragraph 12)"
//
// The reference closes a decision in ILO minutes and records: a lead in running text that it
// closes is a decision's, as is one in a document titled a record or summary of decisions;
// elsewhere a lead in running text recounts a decision and is none.
//
// A clause is an action item when its operative verb asks someone to act (verbAct: requests,
// urges, invites, calls upon, decides to, instructs, ...) or when such a verb is coordinated
// later in the clause ("Notes the findings ... and requests the Secretary-General to ..."). A lead
// whose own verb asks ("requested the Director-General to:") lends that verb to every clause.
// Clauses that note, welcome, recall, endorse or approve (verbNote) are part of the decision but
// no action item.
//
// French decisions follow the same grammar ("Le Conseil d'administration: a) a pris note ...;
// b) a prié le Directeur général de ..."; "L'Assemblée générale, ... 2. Prie le Secrétaire
// général de ..."): the subject, the verbs in the present or the passé composé with their
// auxiliary ("a prié", "s'est félicité"), and "de" in place of "to" (frenchVerbs).

// verbClass is the class of an operative verb.
type verbClass int

const (
	verbNone verbClass = iota // not an operative verb
	verbNote                  // takes note, welcomes, recalls, approves: records, asks nothing
	verbAct                   // requests, urges, invites, calls upon, decides to: asks someone to act
)

// operativeVerbs maps the printed forms of operative verbs (present, past and base, lower case)
// to their class. "decide" and "reiterate" depend on what follows (see verbAt).
var operativeVerbs = func() map[string]verbClass {
	m := map[string]verbClass{}
	add := func(c verbClass, stems ...string) {
		for _, s := range stems {
			for _, f := range strings.Split(s, "|") {
				m[f] = c
			}
		}
	}
	add(verbAct, "request|requests|requested", "urge|urges|urged", "invite|invites|invited",
		"instruct|instructs|instructed", "ask|asks|asked", "entrust|entrusts|entrusted",
		"mandate|mandates|mandated", "direct|directs|directed", "authorize|authorizes|authorized",
		"authorise|authorises|authorised", "task|tasks|tasked", "commission|commissions|commissioned",
		"demand|demands|demanded", "call|calls|called", "appeal|appeals|appealed")
	add(verbNote, "take|takes|took", "note|notes|noted", "welcome|welcomes|welcomed",
		"recall|recalls|recalled", "reaffirm|reaffirms|reaffirmed", "endorse|endorses|endorsed",
		"approve|approves|approved", "adopt|adopts|adopted", "commend|commends|commended",
		"express|expresses|expressed", "emphasize|emphasizes|emphasized", "emphasise|emphasises|emphasised",
		"stress|stresses|stressed", "recognize|recognizes|recognized", "recognise|recognises|recognised",
		"acknowledge|acknowledges|acknowledged", "appreciate|appreciates|appreciated",
		"thank|thanks|thanked", "elect|elects|elected", "appoint|appoints|appointed",
		"agree|agrees|agreed", "regret|regrets|regretted", "deplore|deplores|deplored",
		"condemn|condemns|condemned", "consider|considers|considered", "underline|underlines|underlined",
		"underscore|underscores|underscored", "highlight|highlights|highlighted",
		"confirm|confirms|confirmed", "support|supports|supported", "encourage|encourages|encouraged",
		"affirm|affirms|affirmed", "declare|declares|declared", "proclaim|proclaims|proclaimed",
		"observe|observes|observed", "reiterate|reiterates|reiterated", "renew|renews|renewed",
		"decide|decides|decided", "accept|accepts|accepted", "remind|reminds|reminded",
		"reject|rejects|rejected", "defer|defers|deferred", "postpone|postpones|postponed",
		"deem|deems|deemed", "concur|concurs|concurred", "share|shares|shared")
	return m
}()

// frenchVerb is an operative verb as printed in a French decision or resolution: its class and
// whether the form is the present ("prie", "décide"), which proposes or decides, rather than the
// past participle of the passé composé ("a prié"), which records.
type frenchVerb struct {
	class   verbClass
	present bool
}

// frenchVerbs maps the printed forms (lower case, present singular and plural, then past
// participle) of the operative verbs of French decisions to their class, following the
// Assemblée générale's and the Conseil d'administration's usage: "prie", "demande", "invite",
// "engage", "exhorte", "charge", "autorise", "décide de" ask; "prend note", "approuve", "se
// félicite", "rappelle", "réaffirme", "souligne", "encourage" record. "décider" and "prendre"
// depend on what follows (see verbAt).
var frenchVerbs = func() map[string]frenchVerb {
	m := map[string]frenchVerb{}
	add := func(c verbClass, forms ...string) {
		for _, f := range forms {
			p := strings.Split(f, "|") // present singular | present plural | past participle
			for k, w := range p {
				m[w] = frenchVerb{class: c, present: k < 2}
			}
		}
	}
	add(verbAct, "prie|prient|prié", "demande|demandent|demandé", "invite|invitent|invité",
		"engage|engagent|engagé", "exhorte|exhortent|exhorté", "charge|chargent|chargé",
		"autorise|autorisent|autorisé", "enjoint|enjoignent|enjoint", "mandate|mandatent|mandaté")
	add(verbNote, "prend|prennent|pris", "note|notent|noté", "approuve|approuvent|approuvé",
		"adopte|adoptent|adopté", "accueille|accueillent|accueilli", "félicite|félicitent|félicité",
		"salue|saluent|salué", "rappelle|rappellent|rappelé", "réaffirme|réaffirment|réaffirmé",
		"souligne|soulignent|souligné", "reconnaît|reconnaissent|reconnu",
		"reconnait|reconnaissent|reconnu", "remercie|remercient|remercié",
		"encourage|encouragent|encouragé", "exprime|expriment|exprimé",
		"constate|constatent|constaté", "confirme|confirment|confirmé", "appuie|appuient|appuyé",
		"souscrit|souscrivent|souscrit", "décide|décident|décidé", "élit|élisent|élu",
		"nomme|nomment|nommé", "réitère|réitèrent|réitéré", "renouvelle|renouvellent|renouvelé",
		"insiste|insistent|insisté", "déplore|déplorent|déploré", "regrette|regrettent|regretté",
		"condamne|condamnent|condamné", "considère|considèrent|considéré",
		"estime|estiment|estimé", "accepte|acceptent|accepté", "reporte|reportent|reporté",
		"diffère|diffèrent|différé", "entérine|entérinent|entériné", "avalise|avalisent|avalisé")
	return m
}()

// frenchAux are the auxiliaries and reflexive pronouns that stand before a French operative verb:
// "a prié", "ont décidé", "s'est félicité", "se félicite".
var frenchAux = set("a", "ont", "s'est", "s’est", "se", "s'", "est", "sont")

// frenchAt returns the French operative verb at ws[k], after an auxiliary when one stands
// there, and the index of the verb.
func frenchAt(ws []word, k int) (frenchVerb, int, bool) {
	if k < len(ws) && frenchAux[ws[k].w] && k+1 < len(ws) {
		// "a prié", "s'est félicité" take the participle, "se félicite" the present: "a note
		// by the Secretary-General" is English
		reflexive := ws[k].w == "se" || ws[k].w == "s'"
		if v, ok := frenchVerbs[ws[k+1].w]; ok && v.present == reflexive {
			return v, k + 1, true
		}
	}
	if k < len(ws) {
		if v, ok := frenchVerbs[ws[k].w]; ok {
			return v, k, true
		}
	}
	return frenchVerb{}, k, false
}

// verbAdverbs may stand before the operative verb: "Also requests", "Further reiterates",
// "Once again urges", "Strongly encourages".
var verbAdverbs = set("also", "further", "furthermore", "again", "once", "strongly", "moreover",
	"finally", "hereby", "therefore", "urgently", "kindly", "earnestly", "repeatedly", "respectfully",
	"in", "addition", "additionally", "subsequently", "accordingly", "thereafter",
	"également", "aussi", "en", "outre", "de", "nouveau", "en outre", "par", "ailleurs")

// word is a word of a clause, lower case, with its byte offset; comma and semicolon after it are
// remembered because a coordinated verb follows one of them.
type word struct {
	w          string
	start, end int
	comma      bool // a "," or ";" follows the word
}

// clauseWords splits text into words: letters, digits, hyphens and apostrophes.
func clauseWords(text string) []word {
	var out []word
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if (r == ',' || r == ';') && len(out) > 0 {
				out[len(out)-1].comma = true
			}
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r2, sz := utf8.DecodeRuneInString(text[j:])
			if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '-' || r2 == '\'' || r2 == '’') {
				break
			}
			j += sz
		}
		out = append(out, word{w: strings.ToLower(text[i:j]), start: i, end: j})
		i = j
	}
	return out
}

// verbAt classifies the verb group that starts at ws[k] (adverbs already skipped): "calls upon"
// and "call on" ask, "calls for" and "asked for" ask nothing of anyone in particular; "decides to" asks,
// "decides that" records; "reiterates its request" and "renews its call" ask. It returns the
// class and the index after the group.
func verbAt(ws []word, k int) (verbClass, int) {
	if k >= len(ws) {
		return verbNone, k
	}
	w := ws[k].w
	c, ok := operativeVerbs[w]
	if !ok {
		return frenchVerbAt(ws, k)
	}
	next := ""
	if k+1 < len(ws) {
		next = ws[k+1].w
	}
	switch {
	case strings.HasPrefix(w, "call"):
		if next == "upon" || next == "on" {
			return verbAct, k + 2
		}
		return verbNone, k
	case strings.HasPrefix(w, "ask") && next == "for":
		return verbNone, k // "asked for a stronger regional dimension", like "calls for"
	case strings.HasPrefix(w, "decide"):
		if next == "to" {
			return verbAct, k + 2
		}
		return verbNote, k + 1
	case strings.HasPrefix(w, "reiterat") || strings.HasPrefix(w, "renew") || strings.HasPrefix(w, "reaffirm") || strings.HasPrefix(w, "recall"):
		// "Reiterates its request to the Secretary-General to ...", "renews its call upon"
		if k+2 < len(ws) && (next == "its" || next == "the") {
			switch ws[k+2].w {
			case "request", "requests", "call", "calls", "invitation", "appeal", "urging":
				return verbAct, k + 3
			}
		}
	case w == "take" || w == "takes" || w == "took":
		if next != "note" {
			return verbNone, k
		}
		return verbNote, k + 2
	}
	return c, k + 1
}

// frenchVerbAt classifies the French verb group that starts at ws[k]: "prend note" and "a pris
// note" record; "décide de" and "a décidé d'" ask, "décide que" records; "réitère sa demande"
// asks. It returns the class and the index after the group.
func frenchVerbAt(ws []word, k int) (verbClass, int) {
	v, j, ok := frenchAt(ws, k)
	if !ok {
		return verbNone, k
	}
	w, next := ws[j].w, ""
	if j+1 < len(ws) {
		next = ws[j+1].w
	}
	switch {
	case w == "prend" || w == "prennent" || w == "pris":
		if next != "note" && next != "acte" {
			return verbNone, k
		}
		return verbNote, j + 2
	case strings.HasPrefix(w, "décid"):
		if next == "de" || strings.HasPrefix(next, "d'") || strings.HasPrefix(next, "d’") {
			return verbAct, j + 1
		}
		return verbNote, j + 1
	case strings.HasPrefix(w, "réit") || strings.HasPrefix(w, "renouvel"):
		if j+2 < len(ws) && (next == "sa" || next == "son" || next == "ses") {
			switch ws[j+2].w {
			case "demande", "demandes", "appel", "invitation":
				return verbAct, j + 3
			}
		}
	}
	return v.class, j + 1
}

// leadingVerb reads the verb group a clause opens with, after its marker: the adverbs, then the
// verb. It returns verbNone when the clause opens with anything else ("to prepare a plan").
func leadingVerb(ws []word) (verbClass, int) {
	k := 0
	for k < len(ws) && k < 3 && verbAdverbs[ws[k].w] {
		k++
	}
	return verbAt(ws, k)
}

// clauseClass classifies a clause: its leading verb, raised to verbAct when a verb that asks is
// coordinated later in the clause (", and requests the Secretary-General to", "; urges").
func clauseClass(text string) verbClass {
	ws := clauseWords(text)
	c, k := leadingVerb(ws)
	if c == verbAct {
		return c
	}
	if c == verbNone {
		return verbNone
	}
	for i := k; i < len(ws); i++ {
		if !(ws[i].w == "and" || ws[i].w == "et" || ws[i-1].comma) {
			continue
		}
		j := i
		if ws[i].w == "and" || ws[i].w == "et" {
			j++
		}
		for j < len(ws) && j < i+3 && verbAdverbs[ws[j].w] {
			j++
		}
		if v, _ := verbAt(ws, j); v == verbAct && finiteLike(ws[j].w, ws[0:k]) {
			return verbAct
		}
	}
	return c
}

// finiteLike reports whether a coordinated verb form can be the clause's second operative verb:
// the third person ("requests") or the past ("requested"), not a base form that is more often a
// noun ("a request", "the call").
func finiteLike(w string, _ []word) bool {
	if _, fr := frenchVerbs[w]; fr || frenchAux[w] {
		return true // "et prie le Directeur général de", "et a demandé au Bureau de"
	}
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed")
}

// participles open the phrase that may stand between a decision's subject and its verb: "The
// Governing Body, having considered the report, requests ...", "Le Conseil d'administration,
// ayant examiné le rapport, prie ...".
var participles = set("having", "ayant")

// afterParticiple returns the index of the first word after a participial phrase that opens
// ws ("having considered the progress report," -> the word after "report"), 0 when ws opens
// with none. A phrase that runs to the end of ws ("having taken note of the report:") is all
// of it.
func afterParticiple(ws []word) int {
	if len(ws) == 0 || !participles[ws[0].w] {
		return 0
	}
	for k, w := range ws {
		if w.comma {
			return k + 1
		}
	}
	return len(ws)
}

// participialLead reports a lead whose words after the subject are a participial phrase and a
// colon, with no verb of their own: "The Governing Body, having taken note of the report:".
func participialLead(rest string) bool {
	ws := clauseWords(rest)
	return len(ws) > 0 && afterParticiple(ws) == len(ws) && strings.HasSuffix(strings.TrimSpace(rest), ":")
}

// leadVerb is the verb class of a lead's words after its subject ("requests the Director-General:"):
// the first operative verb among them, after a participial phrase ("having considered the
// report, requests ..."), whose verb is not the lead's.
func leadVerb(rest string) verbClass {
	ws := clauseWords(rest)
	ws = ws[afterParticiple(ws):]
	for k := 0; k < len(ws) && k < 12; k++ {
		if v, _ := verbAt(ws, k); v != verbNone {
			return v
		}
	}
	return verbNone
}

// bodySubjectRe matches the subject of a decision at the start of a paragraph, with an optional
// paragraph number: "The Governing Body", "3. The Executive Board", "The General Assembly",
// "The Human Rights Council", "The Economic and Social Council", "The Commission on the Status
// of Women" (its name's small words too), and in French "Le Conseil d'administration", "L'Assemblée
// générale", "Le Conseil exécutif"; a web summary may open the paragraph with a run-in head
// ("Decision: The Governing Body requested ...", "Outcome: The Governing Body: (a) ..."). The
// paragraph number is group 1, the run-in head group 2, the subject group 3.
var bodySubjectRe = regexp.MustCompile(`^(?:(\d{1,3})\.\s+)?(?:((?i:draft decision|decision|outcome|projet de décision|décision|résultat))\s*[:.–—]\s+)?((?:The (?:(?:[A-Z][\w-]*|and|of|on|for|the)\s+){0,6}?(?:Governing Body|Executive Board|Executive Committee|Council|General Assembly|Assembly|Conference|Board|Commission|Committee))|(?:(?:Le|La)\s+|L['’]\s?)(?:Conseil d['’]administration|Conseil exécutif|Conseil économique et social|Conseil des droits de l['’]homme|Conseil|Assemblée générale|Assemblée mondiale de la santé|Assemblée|Conférence internationale du Travail|Conférence|Commission|Comité exécutif|Comité))(?:\b|[\s,:;.]|$)`)

// lead is the opening of a decision.
type lead struct {
	para  string    // the paragraph number printed before the subject, "" when none
	body  string    // "The Governing Body"
	rest  string    // the words after the subject, up to the first inline clause
	verb  verbClass // of the lead's own verb, verbNone when it has none
	bare  bool      // subject alone ("The Executive Board", "The Governing Body:")
	colon bool      // the lead ends with ":" or ",", announcing clauses
	// inline is the byte offset in the block's text of the first clause printed in the same
	// paragraph ("The Governing Body: (a) ..."), -1 when none.
	inline int
	start  int  // byte offset of the subject in the block's text
	runIn  bool // a run-in head names the paragraph a decision ("Decision: The Governing Body ...")
}

// parseLead reads the lead of a decision at the start of text.
func parseLead(text string) (lead, bool) {
	m := bodySubjectRe.FindStringSubmatchIndex(text)
	if m == nil {
		return lead{}, false
	}
	l := lead{body: text[m[6]:m[7]], inline: -1, start: m[6], runIn: m[4] >= 0}
	if m[2] >= 0 {
		l.para = text[m[2]:m[3]]
	}
	rest := text[m[7]:]
	if loc := inlineMarkRe.FindStringIndex(rest); loc != nil && strings.Contains(rest[:loc[0]+1], ":") {
		l.inline = m[7] + loc[0]
		rest = rest[:loc[0]]
	}
	l.rest = strings.TrimSpace(rest)
	switch strings.TrimRight(l.rest, " ") {
	case "", ":", ",", "—", "-":
		l.bare = true
	}
	l.colon = l.bare || strings.HasSuffix(l.rest, ":") || strings.HasSuffix(l.rest, ",") && leadVerb(l.rest) == verbNone
	if !l.bare {
		l.verb = leadVerb(l.rest)
		if l.verb == verbNote && clauseClass(l.rest) == verbAct {
			// "took note of the report and requested the Office to:": the request is the
			// verb the clauses take
			l.verb = verbAct
		}
	}
	return l, true
}

// inlineMarkRe finds a lettered or roman clause marker inside a paragraph: "(a) ", "(iv) ".
var inlineMarkRe = regexp.MustCompile(`(?:^|[\s:;])\(([a-z]|[ivx]{1,4})\)\s+`)

// markerRe matches a clause marker at the start of a paragraph: "(a)", "a)", "a.", "(iv)",
// "(1)", "1.", "-", "•". Group 1, 2 or 3 holds the number as printed without brackets.
var markerRe = regexp.MustCompile(`^(?:(?:\(([a-z]{1,2}|[ivxlc]{1,5}|\d{1,2})\)|([a-z]|[ivx]{1,4})[.)]|(\d{1,3})\.)\s+|[-–—•▪·*]\s*)`)

// marker is a clause marker read at the start of a paragraph.
type marker struct {
	num  string // as printed without brackets or dot: "a", "iv", "3"; "" for a dash or bullet
	kind byte   // 'a' letter, 'i' roman, '1' number, '-' dash or bullet
	end  int    // byte offset after the marker and its space
}

// markerAt reads a clause marker at the start of text. prev is the number of the clause before,
// which tells a roman "(i)" from the letter after "(h)".
func markerAt(text, prev string) (marker, bool) {
	m := markerRe.FindStringSubmatchIndex(text)
	if m == nil {
		return marker{}, false
	}
	mk := marker{end: m[1], kind: '-'}
	for g := 1; g <= 3; g++ {
		if m[2*g] >= 0 {
			mk.num = text[m[2*g]:m[2*g+1]]
		}
	}
	switch {
	case mk.num == "":
	case mk.num[0] >= '0' && mk.num[0] <= '9':
		mk.kind = '1'
	case isRoman(mk.num) && !(len(mk.num) == 1 && prev != "" && prev[0]+1 == mk.num[0]):
		mk.kind = 'i'
	default:
		mk.kind = 'a'
	}
	return mk, true
}

func isRoman(s string) bool {
	return s != "" && strings.Trim(s, "ivxlc") == ""
}

// preambleOpeners start the preambular paragraphs of a resolution besides the participles in
// "-ing": "Mindful of ...", "Deeply concerned ...".
var preambleOpeners = set("mindful", "aware", "convinced", "conscious", "concerned", "alarmed",
	"deeply", "gravely", "determined", "desirous", "guided", "cognizant", "encouraged", "bearing",
	"having", "noting", "recalling", "recognizing", "welcoming", "reaffirming", "emphasizing",
	"stressing", "acknowledging", "considering", "taking", "expressing", "underlining", "fully",
	"further", "also", "seriously", "profoundly", "keenly", "reiterating",
	// French: "Rappelant sa résolution ...", "Ayant examiné ...", "Consciente de ...".
	"rappelant", "ayant", "notant", "prenant", "considérant", "reconnaissant", "soulignant",
	"réaffirmant", "accueillant", "saluant", "tenant", "conscient", "consciente", "convaincu",
	"convaincue", "préoccupé", "préoccupée", "profondément", "vivement", "gravement", "résolu",
	"résolue", "guidé", "guidée", "déterminé", "déterminée", "sachant", "se", "réitérant",
	"insistant", "exprimant", "encouragé", "encouragée")

// isPreamble reports a preambular paragraph: "Recalling its resolution ...", "Having considered
// ...", "Mindful of ...".
func isPreamble(text string) bool {
	ws := clauseWords(text)
	if len(ws) == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(r) {
		return false
	}
	w := ws[0].w
	return preambleOpeners[w] || strings.HasSuffix(w, "ing") && len(w) > 5
}

// opensWithVerb reports a paragraph that opens, after its optional marker, with a capitalized
// operative verb: "Takes note of the reports ...", "Also requests UNOPS to ...".
func opensWithVerb(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(r) {
		return false
	}
	c, _ := leadingVerb(clauseWords(text))
	return c != verbNone
}

// isJunk reports a paragraph with no words of its own, such as a page number and a job number
// left between two clauses by a page break ("2 26-16204", "*2616204*").
func isJunk(text string) bool {
	n := 0
	for _, w := range clauseWords(text) {
		if len(w.w) >= 3 && strings.IndexFunc(w.w, unicode.IsDigit) < 0 {
			n++
		}
	}
	return n == 0
}

// actorAfterVerb returns who a clause's asking verb addresses: the words between the verb and
// the "to" of its infinitive ("Requests UNDP to", "Calls upon UNDP, UNFPA and UNOPS to",
// "requested the Director-General to"), or nil.
func actorAfterVerb(text string) *string {
	ws := clauseWords(text)
	for k := 0; k < len(ws); k++ {
		v, e := verbAt(ws, k)
		if v != verbAct {
			continue
		}
		if strings.HasPrefix(ws[k].w, "decide") {
			return nil
		}
		if e < len(ws) && (ws[e].w == "its" || ws[e].w == "their") {
			return nil // "reiterates its request to the Secretary-General": handled by the object
		}
		if _, _, fr := frenchAt(ws, k); fr {
			return frenchActor(text, ws, e)
		}
		for j := e; j < len(ws) && j < e+10; j++ {
			if ws[j].w == "to" || ws[j].w == "that" {
				if j == e {
					break
				}
				a := strings.TrimRight(strings.TrimSpace(text[ws[e].start:ws[j-1].end]), ",")
				if strings.HasPrefix(a, "The ") {
					a = "the " + a[4:]
				}
				return &a
			}
		}
		return nil
	}
	return nil
}

// frenchActor returns whom a French asking verb addresses: the words between the verb and the
// "de" or "à" of its infinitive ("a prié le Directeur général de", "a demandé au Bureau
// d'élaborer" -> "le Bureau"), or nil.
func frenchActor(text string, ws []word, e int) *string {
	for j := e; j < len(ws) && j < e+10; j++ {
		w := ws[j].w
		elided := strings.HasPrefix(w, "d'") || strings.HasPrefix(w, "d’")
		if w != "de" && w != "à" && !elided {
			continue
		}
		if j == e {
			return nil
		}
		a := strings.TrimRight(strings.TrimSpace(text[ws[e].start:ws[j-1].end]), ",")
		switch {
		case strings.HasPrefix(a, "au "):
			a = "le " + a[3:]
		case strings.HasPrefix(a, "aux "):
			a = "les " + a[4:]
		}
		return &a
	}
	return nil
}
