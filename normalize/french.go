package normalize

import "strings"

// French time expressions in running text, as French decisions and reports print them: "à sa
// 356e session (mars 2026)", "d'ici à la fin de 2026", "au plus tard le 31 mars 2027", "avant
// la fin de juin 2026", "jusqu'en 2027", "en 2026". The bound words map to the English bounds
// (Grevisse, Le Bon usage, on "d'ici (à)", "jusqu'à", "au plus tard"); what follows them is read
// by the same grammar, with French month names, which French writes in lower case, and French
// ordinals ("356e", "1er").

// frenchMonths are the month names that are French only: in running text they are read in
// lower case when a year follows ("mars 2026"), where an English name needs its capital.
var frenchMonths = map[string]bool{"janvier": true, "février": true, "fevrier": true, "mars": true,
	"avril": true, "mai": true, "juin": true, "juillet": true, "août": true, "aout": true,
	"septembre": true, "octobre": true, "novembre": true, "décembre": true, "decembre": true}

// lowerWord returns the token at i in lower case when it is made of letters (ASCII or not:
// "à", "août"), else "".
func (p *parser) lowerWord(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	t := p.toks[i]
	if t.kind != tkWord && !(t.kind == tkMixed && t.c == 0) {
		return ""
	}
	w := strings.ToLower(p.text[t.s:t.e])
	if strings.IndexFunc(w, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 {
		return ""
	}
	return w
}

// apostrophe reports an elision's apostrophe at i: "'" or "’".
func (p *parser) apostrophe(i int) bool {
	return p.punct(i, '\'') || i >= 0 && i < len(p.toks) && p.toks[i].kind == tkPunct && p.toks[i].c == 0x80 &&
		strings.HasPrefix(p.text[p.toks[i].s:], "’")
}

// frenchEnd reads "la fin de", "fin", "la fin du mois de", "fin d'" at i: the end of what
// follows. It returns the index after it and whether it read one.
func (p *parser) frenchEnd(i int) (int, bool) {
	j := i
	if p.lowerWord(j) == "la" {
		j++
	}
	if p.lowerWord(j) != "fin" {
		return i, false
	}
	j++
	switch {
	case p.lowerWord(j) == "de" || p.lowerWord(j) == "du":
		j++
	case p.lowerWord(j) == "d" && p.apostrophe(j+1):
		j += 2
	}
	if p.lowerWord(j) == "mois" && p.lowerWord(j+1) == "de" {
		j += 2
	}
	if p.lowerWord(j) == "l" && p.apostrophe(j+1) && p.lowerWord(j+2) == "année" {
		j += 3 // "la fin de l'année 2026"
	}
	return j, true
}

// frenchBound reads a French bound phrase at i and returns its canonical English form and the
// index after it; "" when there is none. "la fin de" after a bound makes it a deadline at the
// end of the period ("d'ici à la fin de 2026", "avant la fin de juin 2026": by then).
func (p *parser) frenchBound(i int) (string, int) {
	w := p.lowerWord(i)
	canon, j := "", i
	switch {
	case w == "d" && p.apostrophe(i+1) && p.lowerWord(i+2) == "ici":
		canon, j = BoundBy, i+3
		if a := p.lowerWord(j); a == "à" || a == "a" {
			j++
		} else if a == "au" || a == "le" {
			j++ // "d'ici au 31 mars", "d'ici le 31 mars"
		}
	case w == "au" && p.lowerWord(i+1) == "cours" && (p.lowerWord(i+2) == "de" || p.lowerWord(i+2) == "du"):
		canon, j = BoundIn, i+3 // "au cours de 2026", "au cours du premier semestre 2027"
	case w == "au" && p.frenchPart(i+1):
		canon, j = BoundIn, i+1 // "au premier semestre 2027": within the half
	case w == "au" && p.lowerWord(i+1) == "plus" && p.lowerWord(i+2) == "tard":
		canon, j = BoundNoLater, i+3
		if a := p.lowerWord(j); a == "le" || a == "en" || a == "à" {
			j++
		}
	case w == "jusqu" && p.apostrophe(i+1):
		canon, j = BoundUntil, i+2
		switch p.lowerWord(j) {
		case "à", "au":
			j++
		case "en":
			canon, j = BoundThrough, j+1 // "jusqu'en 2027": 2027 included
		}
	case w == "avant":
		canon, j = BoundBefore, i+1
		if p.lowerWord(j) == "le" {
			j++
		}
	case w == "à" || w == "lors":
		// "à sa 356e session", "lors de sa 357e session"
		canon, j = BoundAt, i+1
		if w == "lors" {
			if p.lowerWord(j) != "de" {
				return "", i
			}
			j++
		}
	case w == "en":
		canon, j = BoundIn, i+1
	case w == "fin":
		canon = BoundBy // "fin 2026", "fin juin 2026" in a cell or a sentence
	default:
		return "", i
	}
	if e, ok := p.frenchEnd(j); ok {
		return BoundBy, e
	}
	return canon, j
}

// frenchStart reports whether the token at i may open a French bound phrase: scan tries the
// grammar only at such tokens.
func (p *parser) frenchStart(i int) bool {
	switch p.lowerWord(i) {
	case "d", "au", "jusqu", "avant", "à", "lors", "en", "fin":
		return true
	}
	return false
}

// frenchOrdinals are the ordinal words that count the quarters (trimestres) and halves
// (semestres) of a year; "dernier" is the last of either.
var frenchOrdinals = map[string]int{"premier": 1, "1er": 1, "second": 2, "deuxième": 2, "deuxieme": 2,
	"2e": 2, "troisième": 3, "troisieme": 3, "3e": 3, "quatrième": 4, "quatrieme": 4, "4e": 4, "dernier": 4}

// frenchYearPart reads "premier semestre", "troisième trimestre" at i: 'H' or 'Q' and the
// ordinal. A half is the first or the second; "dernier semestre" is the second.
func (p *parser) frenchYearPart(i int) (c byte, n int, ok bool) {
	w := p.lowerWord(i)
	if w == "" {
		w = p.ordWord(i) // "2e", "1er"
	}
	n, ok = frenchOrdinals[w]
	if !ok {
		return 0, 0, false
	}
	switch p.lowerWord(i + 1) {
	case "trimestre":
		return 'Q', n, true
	case "semestre":
		if w == "dernier" {
			n = 2
		}
		if n > 2 {
			return 0, 0, false
		}
		return 'H', n, true
	}
	return 0, 0, false
}

// frenchPart reports whether a French part of a year ("premier semestre") starts at i.
func (p *parser) frenchPart(i int) bool {
	_, _, ok := p.frenchYearPart(i)
	return ok
}
