package items

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// symbolRe matches a document symbol of the ILO or the United Nations system.
//
//   - ILO Governing Body papers: GB.340/INS/6, GB.276/TC/2, GB.335/INS/10(Rev.1), GB.274/4(Rev.1);
//   - ILO Conference reports: ILC.112/Report I, ILC.111/Report IV(1), ILC.112/PR No. 3 is not one;
//   - UN symbols (UN Editorial Manual, "Document symbols"): an organ's letters and then
//     components separated by slashes, each letters with an optional number ("RES", "AB", "L.6",
//     "Add.1", "C.5") or a number ("79", "2026"): A/79/5, A/RES/79/245, A/C.5/79/L.1,
//     E/ICEF/2026/AB/L.6/Add.1, DP/2025/3, DP/FPA/2025/1, JIU/REP/2025/2, UNW/2025/1.
//
// A match must hold a slash and a digit (isSymbol): "HIV/AIDS" is no symbol.
var symbolRe = regexp.MustCompile(`\bILC\.\d{2,3}/(?:Report|Record)\s(?:[IVX]+|\d+)(?:\([A-Z0-9]{1,2}\))?|\b[A-Z]{1,6}(?:\.\d{1,3})?(?:/(?:[A-Z][A-Za-z]{0,5}(?:\.\d{1,3})?|\d{1,4}))+(?:\((?:Rev|Add|Corr)\.?\s?\d*\))?`)

// findSymbolIn returns the first symbol in s.
func findSymbolIn(s string) string {
	for _, m := range symbolRe.FindAllString(s, -1) {
		if isSymbol(m) {
			return m
		}
	}
	return ""
}

// isSymbol reports whether a symbolRe match has the slash and the digit a symbol has.
func isSymbol(m string) bool {
	return strings.Contains(m, "/") && strings.ContainsAny(m, "0123456789")
}

// coverBlocks is how many leading blocks count as the cover or masthead of a document.
const coverBlocks = 12

// findSymbol returns the symbol the document carries as its own: in the running header (where
// papers repeat it on every page), else in the title, else wrapped over two lines of the cover
// (wrappedSymbol), else standing alone on the cover (a masthead's cell, a line of its own), else standing alone on a later page's head (a running
// header too short-lived to be found as furniture). Symbols cited in sentences or in footnotes
// ("E/ICEF/2026/9", "A/79/5") are other papers.
func findSymbol(doc *textlayer.Document) string {
	for _, f := range doc.Furniture {
		if m := findSymbolIn(f); m != "" {
			return m
		}
	}
	if m := findSymbolIn(doc.Title); m != "" {
		return m
	}
	alone := func(t string) string {
		t = strings.TrimSpace(t)
		if len(t) > 100 {
			return "" // no symbol is 60 characters long
		}
		// A footnote ("* E/ICEF/2026/9.", "3 A/79/5") cites another paper.
		if strings.HasPrefix(t, "* ") || footnoteStartRe.MatchString(t) {
			return ""
		}
		if m := findSymbolIn(t); m != "" && len(t) < len(m)+40 {
			return m
		}
		return ""
	}
	var cover []string
	for i, b := range doc.Blocks {
		if i >= coverBlocks {
			break
		}
		cover = append(cover, blockTexts(b)...)
	}
	// A symbol wrapped over two lines first: its tail alone may read as a symbol ("AB/L.6").
	if m := wrappedSymbol(cover, doc.Furniture); m != "" {
		return m
	}
	for _, t := range cover {
		if m := alone(t); m != "" {
			return m
		}
	}
	// A masthead whose symbol line the text layer ran into the line below it ("DP/FPA/2026/5
	// Executive Board of the United Nations Development Programme, ..."): the symbol opens one
	// of the first blocks.
	for i, b := range doc.Blocks {
		if i >= 3 || b.Kind == textlayer.Table {
			break
		}
		if m := findSymbolIn(b.Text); m != "" && (strings.HasPrefix(strings.TrimSpace(b.Text), m) || capitalsBeside(b.Text, m)) {
			return m
		}
	}
	for _, b := range doc.Blocks {
		if b.Page < 1 || b.Page > 3 {
			break // a web page has no later pages
		}
		if m := alone(b.Text); m != "" && b.Page > 1 {
			return m
		}
	}
	return ""
}

// capitalsBeside reports whether the words printed beside symbol m in text are all capitals: a
// masthead band ("EXECUTIVE BOARD OF UNDP, UNFPA AND UNOPS · ANNUAL SESSION 2026" with the
// symbol at its right end, which the reader may set among the band's words), not a title or a
// sentence that cites another paper.
func capitalsBeside(text, m string) bool {
	rest := strings.Replace(text, m, "", 1)
	letters := 0
	for _, r := range rest {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// symbolHeadRe matches the first line of a symbol that a narrow masthead cell wrapped after a
// slash: "United Nations DP/FPA/" (the rest, "2026/3", on the next line).
var symbolHeadRe = regexp.MustCompile(`\b[A-Z]{1,6}(?:\.\d{1,3})?(?:/[A-Z][A-Za-z]{0,5}(?:\.\d{1,3})?)*/$`)

// symbolTailRe matches the rest of a wrapped symbol at the start of the next line: "2026/3",
// "79/245", "2025/AB/L.6".
var symbolTailRe = regexp.MustCompile(`^(?:\d{1,4}|[A-Z][A-Za-z]{0,5}(?:\.\d{1,3})?)(?:/(?:\d{1,4}|[A-Z][A-Za-z]{0,5}(?:\.\d{1,3})?))*(?:\((?:Rev|Add|Corr)\.?\s?\d*\))?`)

// wrappedSymbol returns a symbol that the cover prints over two lines, cut after a slash: the
// head ends a cover text, the tail opens the next cover text or a line the reader took for page
// furniture (a lone "2026/3" at the top of the page). "" when there is none.
func wrappedSymbol(cover, furniture []string) string {
	for i, t := range cover {
		h := symbolHeadRe.FindString(strings.TrimSpace(t))
		if h == "" {
			continue
		}
		var next []string
		if i+1 < len(cover) {
			next = append(next, cover[i+1])
		}
		next = append(next, furniture...)
		for _, n := range next {
			if tail := symbolTailRe.FindString(strings.TrimSpace(n)); tail != "" {
				if m := findSymbolIn(h + tail); m == h+tail {
					return m
				}
			}
		}
	}
	return ""
}

// footnoteStartRe matches the number that opens a footnote line.
var footnoteStartRe = regexp.MustCompile(`^\d{1,3}\s`)

// blockTexts returns a block's text, or the texts of a table's cells: a masthead is often a
// borderless table.
func blockTexts(b textlayer.Block) []string {
	if b.Kind != textlayer.Table || b.Table == nil {
		return []string{b.Text}
	}
	var out []string
	for _, r := range b.Table.Rows {
		for _, c := range r.Cells {
			out = append(out, c.Text)
		}
	}
	return out
}

// mastheadRe matches the lines of a masthead that are not the title: a GB paper's ("Governing
// Body", "340th Session", "Date:", "Institutional Section") and a UN paper's ("General
// Assembly", "Seventy-ninth session", "Annual session 2026", "Agenda item 123", "Item 4 of the
// provisional agenda", "Distr.: General", "Resolution adopted by the General Assembly").
var mastheadRe = regexp.MustCompile(`(?i)^(international labour (office|organization|conference)|governing body|\d+(st|nd|rd|th) session\b|.*\bsection\b.*$|date:|original:|.*\bitem on the agenda\b|for (decision|information|debate|discussion)\b|contents\b|[A-Z]{2,6}$|united nations$|general assembly$|economic and social council$|security council$|executive board$|[\pL\- ]{0,40}\bsession\b( \d{4})?$|agenda item\b|item \d+ of the (provisional )?agenda|distr\.|(resolution|decision)s? adopted by\b|on \d{1,2} \pL+ \d{4}$)`)

// findTitle picks the document's title: a web page's h1, else the first cover heading that is
// not part of the masthead, else the metadata title.
func findTitle(doc *textlayer.Document, symbol string) string {
	for _, b := range doc.Blocks {
		if b.Kind == textlayer.Heading && b.Level == 1 {
			return b.Text
		}
	}
	if doc.Format == "pdf" {
		if t := strings.TrimSpace(doc.Title); plausibleTitle(t, symbol) {
			return t
		}
		for i, b := range doc.Blocks {
			if i >= coverBlocks || b.Page > 1 {
				break
			}
			if b.Kind != textlayer.Heading || b.Text == symbol || mastheadRe.MatchString(b.Text) {
				continue
			}
			if len(b.Text) > 8 && len(b.Text) < 250 {
				return b.Text
			}
		}
	}
	t := doc.Title
	if symbol != "" {
		// "GB.276/TC/2 - Effect to be given ..." : the symbol is not part of the title.
		t = strings.TrimSpace(strings.TrimLeft(strings.Replace(t, symbol, "", 1), " -–—:|"))
	}
	if i := strings.Index(t, " | "); i > 0 {
		t = t[:i] // "Page title | Site name"
	}
	return t
}

// producerTitleRe matches the titles word processors and converters put in a PDF's metadata
// when the author gave none: a file name, "Microsoft Word - paper.docx", "untitled".
var producerTitleRe = regexp.MustCompile(`(?i)^(microsoft (word|powerpoint) - |untitled|document\d*$|.*\.(docx?|odt|rtf|pdf|html?|indd|pptx?)$)`)

// plausibleTitle reports whether a PDF's metadata title names the document.
func plausibleTitle(t, symbol string) bool {
	return len(t) > 8 && len(t) < 250 && t != symbol && !producerTitleRe.MatchString(t) && strings.Contains(t, " ")
}

// Document dates. A document's own date is printed in a few places, which findDate tries in
// this order:
//
//  1. a date field on the cover: "Date: 9 October 2020", "Date of publication: 10 June 2025",
//     a UN masthead's "Distr.: Limited 22 April 2026": the date the paper was issued under its
//     symbol, for a resolution as for a report (as for every UN paper: cases 57 and 60);
//     also when the reader set the date a line or a column's words after the distribution;
//  2. a resolution's or decision's adoption ("Resolution adopted by the General Assembly on
//     24 December 2024"), when it has no masthead date;
//  3. a date standing alone on the cover, in a masthead cell or line ("Distr.: General
//     4 December 2026", "27 APRIL 2026"), after a place ("Geneva, March 1999"), or after the
//     page's kind ("News | 13 November 2026", "Record of decisions | 5 November 2026",
//     "EVALUATION BRIEF March 2022");
//  4. such a date line anywhere (a 1999 paper closes on "Geneva, 28 September 1999.");
//  5. a duty station and a year alone on the cover ("Geneva 2026", as the Joint Inspection
//     Unit dates its reports): the year's first day;
//  6. the date the page's metadata gives.
//
// A date printed with a month and no day ("February 2024", "Mai 2022") gives the month's
// first day. Lines of maintenance ("Last updated") are refused; a sidebar's or a footer's
// dates never reach here (htmltext and pdftext remove them).

// monthNames maps English and French month names, lower case, to their number.
var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
	"juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
	"décembre": 12, "decembre": 12,
}

// printedDate is a date as papers print it: "9 October 2020", "27 APRIL 2026", "November 26,
// 2020", "1er juin 2025", "February 2024", "2020-11-26".
const printedDate = `(?:\d{1,2}(?:er)?\s+\pL+\s+\d{4}|\pL+\s+\d{1,2},\s+\d{4}|\pL+,?\s+\d{4}|\d{4}-\d{2}-\d{2})`

// adoptedRe matches the adoption line of a resolution or decision, over the cover's lines.
var adoptedRe = regexp.MustCompile(`(?i)\badopted by the [^.;]{3,80}? on (` + printedDate + `)`)

// dateFieldRe matches the date field of a paper's masthead, wherever its lines ended up: "Date:
// 9 October 2020", an evaluation cover's "Date of the (evaluation|final) report: 18 August
// 2026" (the ILO's evaluation title page), a UN masthead's "Distr.: General 4 December 2026", a
// web record's "Date of adoption: 24 March 2026".
var dateFieldRe = regexp.MustCompile(`(?i)(?:\bDate(?: of (?:publication|issue|adoption|` + reportOfDate + `))?\s?:|\bDistr\.\s?:?\s*\pL+)\s*(` + printedDate + `)`)

// reportOfDate is the report a date label names: "the report", "the evaluation report",
// "final report"; never the evaluation's own dates ("Date of the evaluation: March–May").
const reportOfDate = `(?:the )?(?:evaluation |final )?report`

// dateLineRe matches a block or cell that is only a date line, with what may stand before the
// date: a place ("Geneva, ", in French "Genève, le "), the page's kind and a bar ("News | ") or
// a dash ("Report No. 2025/14 — "), or in capitals ("EVALUATION BRIEF March 2022"), a masthead's distribution ("Distr.: General "); or the page's
// kind after the date and a bar ("14 October 2026 | News").
var dateLineRe = regexp.MustCompile(`^(?:Date:\s*|[\pL][\pL\- ]{1,30},\s*(?:le\s+)?|[^|]{1,40}\s\|\s*|[^|—–]{1,40}\s[—–]\s*|Distr\.\s?:?\s*\pL+\s+|\p{Lu}[\p{Lu}’'\- ]{2,40}\s)?(` + printedDate + `)\.?(?:\s+\|\s+\pL[\pL ]{1,30})?$`)

// coverLineRe matches a cover line of short parts, none with a digit, set apart by bars, middle
// dots, dashes or commas, the last of them a date: "Final independent evaluation | Summary
// version | June 2025", "Note de synthèse · Bamako, novembre 2023", "Évaluation finale
// indépendante — version abrégée — 10 septembre 2025", "Rapport d'évaluation, novembre 2025".
// It is read on the cover only: in the body such a line may be a sentence's last clause.
var coverLineRe = regexp.MustCompile(`^(?:[^|·—–,\d]{1,60}[|·—–,]\s*){1,4}(` + printedDate + `)\.?$`)

// publishedRe matches a line that says when the page was published: "Publié le 12 juin 2025",
// "Published on 3 May 2026", "Published: 3 May 2026".
var publishedRe = regexp.MustCompile(`(?i)^(?:Publiée? le|Published(?: on)?:?)\s+(` + printedDate + `)\.?$`)

// placeDateTailRe matches the place and date that close a masthead line, "Geneva, 12 November
// 2026", where the reader ran the masthead's other column into it ("358th Session Geneva, 12
// November 2026"): a capitalized place of one or two words, a comma, a full date. It is read on
// the cover only and on short lines (maxPlaceDateLine).
var placeDateTailRe = regexp.MustCompile(`(?:^|\s)\p{Lu}\pL+(?:\s\p{Lu}\pL+)?,\s+(\d{1,2}(?:er)?\s+\pL+\s+\d{4})\.?$`)

// maxPlaceDateLine bounds a line read by placeDateTailRe, in bytes.
const maxPlaceDateLine = 60

// maxCoverLine bounds a cover line read by coverLineRe, in bytes: longer is running text.
const maxCoverLine = 100

// placeYearRe matches the cover line of a report dated by its year alone at a duty station, as
// the Joint Inspection Unit and other system-wide bodies print it ("Geneva 2026", "New York,
// 2025"); group 1 is the year. The date is the year's first day.
var placeYearRe = regexp.MustCompile(`^(?:Geneva|Genève|New York|Vienna|Vienne|Nairobi|Rome|Paris|Bangkok|Turin|Bonn|Montreal|Montréal)\s*,?\s+(\d{4})\.?$`)

// registeredRe matches the cover line on which a French parliamentary or official paper
// states when it was registered, tabled or adopted: "Enregistré à la Présidence de l'Assemblée
// nationale le 12 mars 2025", "Déposé le 3 juin 2024"; group 1 is the date.
var registeredRe = regexp.MustCompile(`^(?:Enregistrée?|Déposée?|Publiée?|Adoptée?)\s[^0-9]{0,80}?\ble\s+(` + printedDate + `)\.?$`)

// orderedPrintedRe matches the cover line on which a Westminster parliamentary paper states when
// the House ordered it printed, or when it was published by its authority: "Ordered by the
// House of Commons to be printed 10 March 2026", "Published on 14 March 2026 by authority of
// the House of Commons"; group 1 is the date.
var orderedPrintedRe = regexp.MustCompile(`^(?:Ordered by the [^0-9]{3,60}? to be printed|Published on)\s+(` + printedDate + `)(?:\.|\s+by authority of\b.*)?$`)

// originalLangRe matches the "Original: English" a UN masthead prints after its date line.
var originalLangRe = regexp.MustCompile(`\s+Original\s?:\s*\pL+(?:\s*(?:/|and)\s*\pL+)?\.?$`)

// updatedRe matches the lines that carry a page's maintenance date, never the document's own.
var updatedRe = regexp.MustCompile(`(?i)\b(last )?(update|updated|modified|revised|printed)\b`)

// parsePrintedDate reads a printedDate; a month without a day gives the month's first day.
func parsePrintedDate(s string) (time.Time, bool) {
	if t, ok := normalize.ParseDocDate(s); ok {
		return t, true
	}
	f := strings.Fields(strings.ToLower(strings.NewReplacer(",", " ", ".", " ").Replace(s)))
	if len(f) == 2 || len(f) == 3 {
		mon, okM := monthNames[f[len(f)-2]]
		y, err := strconv.Atoi(f[len(f)-1])
		if !okM || err != nil || y < 1900 || y > 2100 {
			return time.Time{}, false
		}
		day := 1
		if len(f) == 3 {
			d, err := strconv.Atoi(strings.TrimSuffix(f[0], "er"))
			if err != nil || d < 1 || d > 31 {
				return time.Time{}, false
			}
			day = d
		}
		t := time.Date(y, mon, day, 0, 0, 0, 0, time.UTC)
		if t.Day() != day {
			return time.Time{}, false
		}
		return t, true
	}
	return time.Time{}, false
}

// dateLine returns the date of a text that is only a date line.
func dateLine(text string) (time.Time, bool) {
	// a UN masthead sets the language line beside the date: "15 December 2025 Original: English"
	t := originalLangRe.ReplaceAllString(strings.TrimSpace(text), "")
	if len(t) > 60 || updatedRe.MatchString(t) {
		return time.Time{}, false
	}
	m := dateLineRe.FindStringSubmatch(t)
	if m == nil {
		return time.Time{}, false
	}
	return parsePrintedDate(m[1])
}

// coverDateLine returns the date of a cover line whose last part is the date (coverLineRe), or
// that says when the page was published (publishedRe).
func coverDateLine(text string) (time.Time, bool) {
	t := strings.TrimSpace(text)
	if len(t) > maxCoverLine || updatedRe.MatchString(t) {
		return time.Time{}, false
	}
	m := publishedRe.FindStringSubmatch(t)
	if m == nil {
		m = coverLineRe.FindStringSubmatch(t)
	}
	if m == nil {
		// the last part of a line of parts: "Governing Body, 356th Session, Geneva, 16–26
		// March 2026 · Published 27 March 2026" (the meeting's days before it are not the date)
		for _, sep := range []string{" · ", " | "} {
			if k := strings.LastIndex(t, sep); k >= 0 {
				if m = publishedRe.FindStringSubmatch(strings.TrimSpace(t[k+len(sep):])); m != nil {
					break
				}
			}
		}
	}
	if m == nil && len(t) <= maxPlaceDateLine {
		m = placeDateTailRe.FindStringSubmatch(t)
	}
	if m == nil {
		return time.Time{}, false
	}
	return parsePrintedDate(m[1])
}

// dateLabelRe matches a table label that names the document's own date.
var dateLabelRe = regexp.MustCompile(`(?i)^(date|date of (publication|issue|` + reportOfDate + `)|(final )?report date|publication date|issued|published)\s*:?$`)

// dateTexts returns the texts of a block that may give the document's date: a paragraph's, or
// a table's cells, where a value whose row is labelled ("DEADLINE | 31 March 2022", "Date of the
// Evaluation | February 2023", "Project period: | ...") counts only under a label that names
// the document's date ("Date:", "Report date:").
func dateTexts(b textlayer.Block) []string {
	if b.Kind != textlayer.Table || b.Table == nil {
		return []string{b.Text}
	}
	var out []string
	var dueCols map[int]bool // columns whose header names a deadline: "Target date", "Due"
	for _, r := range b.Table.Rows {
		if r.Header && len(r.Cells) >= 3 {
			for i, c := range r.Cells {
				if columnRole(c.Text) == roleDue {
					if dueCols == nil {
						dueCols = map[int]bool{}
					}
					dueCols[i] = true
				}
			}
			continue
		}
		for i, c := range r.Cells {
			if i > 0 && isRowLabel(r.Cells[0].Text) && !dateLabelRe.MatchString(strings.TrimSpace(r.Cells[0].Text)) {
				continue
			}
			if dueCols[i] {
				continue // a row's deadline, never the document's date
			}
			out = append(out, c.Text)
		}
	}
	return out
}

// isRowLabel reports a first cell that labels its row's value: it ends in a colon, or it is
// short and names a date, a period or a deadline.
func isRowLabel(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, ":") || len(t) < 40 && rowLabelWordsRe.MatchString(t)
}

var rowLabelWordsRe = regexp.MustCompile(`(?i)\b(date|deadline|period|duration|timeline|due)\b`)

// distrRe finds a UN masthead's distribution line, whose date may be printed on the next line
// or, where the reader joined the masthead's columns, after words of the column beside it
// ("Distr.: General Executive Board of ... 2 April 2026 ..."); French prints "Distr. générale"
// and "Original : anglais", with or without the colon and its space.
var distrRe = regexp.MustCompile(`(?i)\bDistr\.\s?:?\s*(?:General|Limited|Restricted|Générale|Limitée|Restreinte)\b`)

// printedDateRe finds printed dates in running text.
var printedDateRe = regexp.MustCompile(printedDate)

// distrWindow is how far after "Distr.: General" the masthead's date may be printed, in bytes:
// the lines of the column beside it (the organ's name, at most about three lines).
const distrWindow = 240

// distrDate returns the date of a UN masthead's distribution line in the cover's text: the first
// printed date within distrWindow after "Distr.: General" (the UN Editorial Manual's masthead:
// symbol, distribution, date, original language). An adoption date further on is no masthead's.
func distrDate(cover string) (time.Time, bool) {
	loc := distrRe.FindStringIndex(cover)
	if loc == nil {
		return time.Time{}, false
	}
	w := cover[loc[1]:min(len(cover), loc[1]+distrWindow)]
	if k := strings.Index(strings.ToLower(w), "session"); k >= 0 {
		w = w[:k] // the session's lines follow the masthead: their dates are the meeting's
	}
	for _, m := range printedDateRe.FindAllStringIndex(w, -1) {
		if before := w[max(0, m[0]-4):m[0]]; strings.Contains(before, "to ") || strings.ContainsAny(before, "-–") {
			continue // the end of a range of days ("25 to 29 January 2027")
		}
		if t, ok := parsePrintedDate(w[m[0]:m[1]]); ok {
			return t, true
		}
	}
	// The reader may have set the words of the column beside it between the day and month and
	// the year of a date that the masthead prints on one line ("Distr.: General 30 September
	// Executive Board of the ... the United 2026"): the first day and month, then the first year
	// after them.
	for _, m := range dayMonthRe.FindAllStringIndex(w, -1) {
		if y := yearRe.FindString(w[m[1]:]); y != "" {
			if t, ok := parsePrintedDate(w[m[0]:m[1]] + " " + y); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// dayMonthRe finds a day and a month's name ("30 September"); yearRe a year standing alone.
var (
	dayMonthRe = regexp.MustCompile(`\b\d{1,2}(?:er)?\s+\pL+\b`)
	yearRe     = regexp.MustCompile(`\b(?:19|20)\d{2}\b`)
)

// findDate returns the document's own date (see the order above), or the zero time.
func findDate(doc *textlayer.Document) time.Time {
	var cover []string
	for i, b := range doc.Blocks {
		if i >= coverBlocks {
			break
		}
		cover = append(cover, dateTexts(b)...)
	}
	for _, c := range cover {
		if m := dateFieldRe.FindStringSubmatch(c); m != nil {
			if t, ok := parsePrintedDate(m[1]); ok {
				return t
			}
		}
	}
	joined := strings.Join(cover, " ")
	if t, ok := distrDate(joined); ok {
		return t
	}
	if m := adoptedRe.FindStringSubmatch(joined); m != nil {
		if t, ok := parsePrintedDate(m[1]); ok {
			return t
		}
	}
	for _, c := range cover {
		if t, ok := dateLine(c); ok {
			return t
		}
		if t, ok := coverDateLine(c); ok {
			return t
		}
		// "Enregistré à la Présidence de l'Assemblée nationale le 12 mars 2025", "Ordered by
		// the House of Commons to be printed 10 March 2026"
		m := registeredRe.FindStringSubmatch(strings.TrimSpace(c))
		if m == nil {
			m = orderedPrintedRe.FindStringSubmatch(strings.TrimSpace(c))
		}
		if m != nil {
			if t, ok := parsePrintedDate(m[1]); ok {
				return t
			}
		}
	}
	for _, b := range doc.Blocks {
		if b.Kind == textlayer.Table {
			continue
		}
		if t, ok := dateLine(b.Text); ok {
			return t
		}
	}
	for _, c := range cover {
		if m := placeYearRe.FindStringSubmatch(strings.TrimSpace(c)); m != nil {
			if y, err := strconv.Atoi(m[1]); err == nil && y >= 1945 && y <= 2100 {
				return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			}
		}
	}
	if doc.Date != "" && !updatedRe.MatchString(doc.Date) {
		if t, ok := normalize.ParseDocDate(doc.Date); ok {
			return t
		}
	}
	return time.Time{}
}
