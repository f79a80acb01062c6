package items

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A recommendation in a list often names whom it addresses at its end, after a spaced dash or
// in brackets, as evaluation summaries and abridged reports print them (the addressee line of
// UNEG's and the ILO's recommendation templates run into the item):
//
//	1. Train the staff of the complaint mechanism in mediation – ILO project team
//	2. Traduire les supports d'information d'ici décembre 2025 (équipe du programme).
//	3. (ILO and national employment agency) Track the earnings of graduates ...
//
// cutAddressee tells such a tail (or head) from a clause or a parenthetical remark by its shape: a short
// list of names (no digits, no sentence inside it, no verb of obligation), after words that
// make a recommendation of their own.

// addresseeDashRe matches a tail after a spaced en or em dash; group 1 is the tail.
var addresseeDashRe = regexp.MustCompile(`\s[–—]\s+([^–—]{2,120}?)\s*\.?$`)

// addresseeLeadRe matches a bracketed addressee that opens the item; group 1 is inside the
// brackets, group 2 the recommendation's words.
var addresseeLeadRe = regexp.MustCompile(`^\(([^()]{2,100})\)\s+(\S.*)$`)

// addresseeBracketRe matches a bracketed tail before the final full stop; group 1 is inside.
var addresseeBracketRe = regexp.MustCompile(`\s\(([^()]{2,100})\)\s*(\.?)$`)

// remarkRe matches the opening of a bracketed remark that is no addressee: "(see Annex 2)",
// "(e.g. ...)", "(voir ...)".
var remarkRe = regexp.MustCompile(`(?i)^(?:see|voir|cf\.?|e\.g\.|i\.e\.|for example|par exemple|notamment|including|y compris|such as|tel(?:le)?s? que|as in|comme|para\.?|paragraph|paragraphe|annex|annexe|chapter|chapitre|finding|constat|recommendation|recommandation)\b`)

// notUnitRe matches a tail that gives the recommendation's time frame or priority rather than
// its addressee: "– Short term", "(priorité élevée)", "– Ongoing".
var notUnitRe = regexp.MustCompile(`(?i)^(?:(?:short|medium|long|mid)[- ]term|immediate(?:ly)?|ongoing|continuous(?:ly)?|urgent|(?:high|medium|low)(?: priority)?|priority\b|court terme|moyen terme|long terme|priorité|(?:haute|élevée|moyenne|faible)\b|en cours|continu)`)

// institutionNouns are the nouns with which French writes the names of institutions in lower
// case ("ministère du Travail", "équipe du programme", "syndicats"): a lower-case addressee
// must open with one; an English lower-case tail ("– especially for women") is no addressee.
var institutionNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`ministère ministères ministre direction directions bureau bureaux
		équipe équipes syndicats syndicat caisse caisses agence agences service services cellule
		comité comités conseil conseils gouvernement gouvernements partenaires mandants école
		écoles observatoire institut instituts collectivités communes mairies autorités
		organisations organisation coopératives chambres chambre unité unités programme projet
		inspection inspections administration administrations secrétariat fonds office offices
		employeurs travailleurs bailleurs donateurs état états centre centres réseau réseaux
		associations association plateforme plateformes`) {
		institutionNouns[w] = true
	}
}

// supportRe matches a part of the tail that names a supporting party rather than an
// addressee: "with ILO support", "avec l'appui du BIT", "supported by the donor".
var supportRe = regexp.MustCompile(`(?i)^(?:with|avec|in (?:cooperation|collaboration|consultation) with|en (?:collaboration|concertation|consultation) avec|supported by|appuyée? par|assisted by)\b`)

// acronymAndRe matches two addressees joined by "and" after an acronym; groups 1 and 2 are
// the two.
var acronymAndRe = regexp.MustCompile(`^([A-Z][A-Z&/]+s?)\s+(?:and|et)\s+(\S.*)$`)

// addresseeColonRe matches an addressee that opens the item before a colon, as bulleted
// summaries print it ("ILO constituents and ROAP: Strengthen ..."); group 1 is the addressee,
// group 2 the recommendation's words.
var addresseeColonRe = regexp.MustCompile(`^([^:;.()]{2,80}):\s+(\S.*)$`)

// unitWordRe matches a word that makes a lead a party's name rather than a topic ("Gender:",
// "Sustainability:"): an acronym or a noun of an institution or its people.
var unitWordRe = regexp.MustCompile(`\b(?:[A-Z][A-Z&/-]{1,}s?|(?i:office|offices|ministry|ministries|government|governments|constituents|partners|team|teams|unit|units|department|departments|management|donors?|employers|workers|organizations?|organisations?|agency|agencies|secretariat|board|committee|staff|project|programme|headquarters|bureau|branch|ministère|gouvernement|mandants|partenaires|équipe|bureau|direction|agence))\b`)

// cutColonAddressee splits "ILO constituents and ROAP: Strengthen ..." into the words and the
// units; units is nil when the lead names no party or the words give no order.
func cutColonAddressee(text string) (string, []string) {
	m := addresseeColonRe.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil || recFieldRe.MatchString(text) || !unitWordRe.MatchString(m[1]) || !isDirective(m[2]) {
		return text, nil
	}
	if units := addresseeUnits(m[2], m[1]); units != nil {
		return m[2], units
	}
	return text, nil
}

// cutAddressee splits text into the recommendation's words and the units its tail addresses;
// units is nil, and text returned whole, when the tail names no addressee.
func cutAddressee(text string) (string, []string) {
	text = strings.TrimSpace(text)
	if m := addresseeDashRe.FindStringSubmatchIndex(text); m != nil {
		head, tail := text[:m[0]], text[m[2]:m[3]]
		if units := addresseeUnits(head, tail); units != nil {
			return strings.TrimSpace(head), units
		}
	}
	if m := addresseeLeadRe.FindStringSubmatch(text); m != nil {
		if units := addresseeUnits(m[2], m[1]); units != nil {
			return m[2], units
		}
	}
	if m := addresseeBracketRe.FindStringSubmatchIndex(text); m != nil {
		head, tail := text[:m[0]], text[m[2]:m[3]]
		if units := addresseeUnits(head, tail); units != nil {
			return strings.TrimSpace(head) + text[m[4]:m[5]], units
		}
	}
	return cutColonAddressee(text)
}

// addresseeUnits returns the units a tail names, or nil when it does not read as a list of
// names after a recommendation.
func addresseeUnits(head, tail string) []string {
	if len(strings.Fields(head)) < 4 || strings.ContainsAny(tail, "0123456789:") || strings.Contains(tail, ". ") ||
		remarkRe.MatchString(tail) || notUnitRe.MatchString(strings.TrimSpace(tail)) || modalRe.MatchString(tail) || len(strings.Fields(tail)) > 14 {
		return nil
	}
	var parts []string
	for _, u := range splitUnitList(strings.TrimRight(tail, ".;")) {
		// "ILO and national employment agency": an acronym is a whole name
		if m := acronymAndRe.FindStringSubmatch(strings.TrimSpace(u)); m != nil {
			parts = append(parts, m[1], m[2])
			continue
		}
		parts = append(parts, u)
	}
	var units []string
	for _, u := range parts {
		u = strings.TrimSpace(u)
		if u == "" || supportRe.MatchString(u) {
			continue
		}
		// the first addressee opens as a name; the ones it leads may be lower case ("ILO and
		// national employment agency", "Employment agency; city governments")
		if len(strings.Fields(u)) > 7 || !startsName(u) && (len(units) == 0 || !continuesNames(u)) {
			return nil
		}
		units = append(units, u)
	}
	return units
}

// continuesNames reports whether s, an addressee after the first of a list, opens with a
// word that can begin a name: no function word or verb.
func continuesNames(s string) bool {
	w := strings.ToLower(strings.Fields(s)[0])
	return !nonVerbs[w] && !finiteVerbs[w] && !strings.HasSuffix(w, "ly")
}

// startsName reports whether s opens as a name does: a capital ("ILO project team"), or, as
// French writes the names of institutions, a lower-case institution noun, after an article
// or not ("ministère du Travail", "l'équipe du programme", "syndicats").
func startsName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	r := []rune(f[0])
	if unicode.IsUpper(r[0]) {
		return true
	}
	w := strings.ToLower(strings.Trim(f[0], `"'“”‘’«»,;:()`))
	if i := strings.IndexAny(w, "'’"); i >= 0 {
		_, size := utf8.DecodeRuneInString(w[i:])
		w = w[i+size:] // "l'équipe"
	} else if (w == "le" || w == "la" || w == "les") && len(f) > 1 {
		w = strings.ToLower(f[1])
	}
	return institutionNouns[w]
}
