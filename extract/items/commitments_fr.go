package items

import "strings"

// The sentence test in French. French running text states a commitment with the same features
// as English (a future act bound by a time), in its own verb groups:
//
//   - the simple future ("sera lancée", "seront finalisés", "présentera"), which French uses
//     where English uses "will";
//   - a verb of commitment or plan before an infinitive: "s'engage à recruter", "prévoit de
//     lancer", "entend", "compte", "vise à", "doit", "devra";
//   - "est prévu(e)(s)" (is planned);
//
// and it reports the past with an auxiliary and a participle ("a démarré en 2021", "ont
// présenté", "a été lancée") or the imperfect ("était prévu"). (Grevisse, Le Bon usage, on the
// future and the passé composé.)

// frenchWords are frequent French function words: a sentence with several of them and few
// English ones is read with the French cues.
var frenchWords = set("le", "la", "les", "des", "du", "de", "et", "une", "un", "au", "aux",
	"est", "sont", "sera", "seront", "dans", "pour", "sur", "par", "ou", "sa", "ses", "leur", "qui", "ce", "cette")

// englishWords are frequent English function words.
var englishWords = set("the", "of", "and", "to", "is", "are", "will", "be", "by", "with", "for", "that", "this")

// frenchSentence reports whether a sentence is French: at least two French function words and
// more of them than English ones.
func frenchSentence(toks []token) bool {
	fr, en := 0, 0
	for _, t := range toks {
		w := t.w
		if i := strings.IndexAny(w, "'’"); i > 0 && i < 3 {
			fr++ // an elision: "d'étape", "l'inspection", "s'engage"
			continue
		}
		switch {
		case frenchWords[w]:
			fr++
		case englishWords[w]:
			en++
		}
	}
	return fr >= 2 && fr > en
}

// frenchFutureIrregular are futures whose ending the suffix rule does not catch, or catches in
// other words; "pourra" and "pourront" state a possibility and commit no one.
var frenchFutureIrregular = set("sera", "seront", "fera", "feront", "aura", "auront", "devra",
	"devront", "ira", "iront", "viendra", "viendront", "tiendra", "tiendront", "prendra",
	"prendront", "mettra", "mettront", "permettra", "permettront", "soumettra", "soumettront",
	"transmettra", "transmettront", "rendra", "rendront", "saura", "sauront", "verra", "verront",
	"recevra", "recevront", "suivra", "suivront", "produira", "produiront", "conduira", "conduiront")

// frenchFutureSuffixes are the endings of the regular simple future, third person.
var frenchFutureSuffixes = []string{"era", "eront", "ira", "iront"}

// notFrenchFuture are words with a future's ending that are no verb.
var notFrenchFuture = set("opéra", "caméra", "choléra", "chimera", "camera", "opera", "cholera",
	"etcetera", "lira", "tiara", "sierra", "riviera", "hetaira", "mira", "pourra", "pourront")

// frenchFuture reports a verb in the simple future, third person.
func frenchFuture(w string) bool {
	if notFrenchFuture[w] {
		return false
	}
	if frenchFutureIrregular[w] {
		return true
	}
	if len(w) < 5 {
		return false
	}
	for _, s := range frenchFutureSuffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// frenchPlanVerbs govern an infinitive that states a plan, an intention or an obligation:
// "prévoit de lancer", "entend présenter", "vise à", "doit achever".
var frenchPlanVerbs = set("prévoit", "prévoient", "prévoyons", "envisage", "envisagent", "entend",
	"entendent", "compte", "comptent", "vise", "visent", "doit", "doivent", "s'engage",
	"s’engage", "s'engagent", "s’engagent", "engage", "engagent", "promet", "promettent",
	"décide", "décident", "s'efforce", "s’efforce", "cherche", "cherchent", "projette", "projettent")

// frenchAuxPast are the auxiliaries and imperfects that, before a participle, report the past.
var frenchAuxPast = set("a", "ont", "avait", "avaient", "eut", "était", "étaient", "fut", "furent")

// frenchPlanned are the participles that, after "est"/"sont", state a plan: "est prévue".
var frenchPlanned = set("prévu", "prévue", "prévus", "prévues", "programmé", "programmée",
	"programmés", "programmées", "attendu", "attendue", "attendus", "attendues", "engagé",
	"engagée", "engagés", "engagées", "tenu", "tenue", "tenus", "tenues", "appelé", "appelée",
	"appelés", "appelées", "invité", "invitée", "invités", "invitées", "prié", "priée", "priés", "priées")

// frenchParticiple reports a word that may be a past participle: "démarré", "présentés",
// "tenu", "fini", "atteint", "été".
func frenchParticiple(w string) bool {
	for _, s := range []string{"é", "ée", "és", "ées", "i", "is", "ie", "ies", "u", "us", "ue", "ues", "t", "ts", "te", "tes"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+1 {
			return true
		}
	}
	return false
}

// frenchInfinitive reports a word with the ending of an infinitive: "recruter", "ouvrir",
// "mettre", "recevoir".
func frenchInfinitive(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re"))
}

// frenchCueAt classifies the word toks[k] of a French sentence as a cue that commits, one that
// reports, or no cue, as cueAt does in English.
func frenchCueAt(toks []token, k int) int {
	w := toks[k].w
	prev, next := "", ""
	if k > 0 {
		prev = toks[k-1].w
	}
	if k+1 < len(toks) {
		next = toks[k+1].w
	}
	switch {
	case (w == "compte" || w == "comptent") && !frenchInfinitive(next):
		return cueNone // "rend compte des activités" (a noun), not "compte présenter"
	case frenchPlanVerbs[w]:
		return cueAccept
	case (w == "est" || w == "sont") && frenchPlanned[next]:
		return cueAccept // "est prévue", "sont invités à"
	case strings.HasPrefix(w, "engag") && (prev == "s'est" || prev == "s’est" || prev == "sont" && k > 1 && toks[k-2].w == "se"):
		return cueAccept // "s'est engagé à", "se sont engagés à": the elided pronoun is one token with "est"
	case (w == "va" || w == "vont") && frenchInfinitive(next):
		return cueAccept // the near future: "va recruter", "vont publier"
	case frenchAuxPast[w] && (next == "été" || frenchParticiple(next)):
		return cueReject // "a démarré", "ont présenté", "a été lancée", "était prévu"
	case frenchFuture(w):
		return cueAccept
	}
	return cueNone
}
