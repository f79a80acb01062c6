package items

import (
	"regexp"
	"strings"
	"time"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// symbolRe matches an ILO document symbol: GB.340/INS/6, GB.276/TC/2, GB.335/INS/10(Rev.1),
// ILC.111/Report I(A) is left out on purpose (a report, not a paper with its own items).
var symbolRe = regexp.MustCompile(`\bGB\.\d{3}/[A-Z][A-Za-z]*(?:/[A-Za-z0-9]+)*(?:\((?:Rev|Add|Corr)\.?\s?\d*\))?`)

// coverBlocks is how many leading blocks count as the cover or masthead of a document.
const coverBlocks = 12

// findSymbol returns the symbol the document carries as its own: in the running header (where
// GB papers repeat it on every page), else in the title, else on the cover. Symbols cited in the
// body or in footnotes ("GB.340/POL/6") are other papers.
func findSymbol(doc *textlayer.Document) string {
	for _, f := range doc.Furniture {
		if m := symbolRe.FindString(f); m != "" {
			return m
		}
	}
	if m := symbolRe.FindString(doc.Title); m != "" {
		return m
	}
	for i, b := range doc.Blocks {
		if i >= coverBlocks {
			break
		}
		if b.Kind == textlayer.Table {
			continue
		}
		// The symbol stands alone (or nearly) on the cover; a sentence citing one is not it.
		if m := symbolRe.FindString(b.Text); m != "" && len(b.Text) < len(m)+40 {
			return m
		}
	}
	return ""
}

// mastheadRe matches the lines of a GB paper's masthead that are not its title.
var mastheadRe = regexp.MustCompile(`(?i)^(international labour (office|organization|conference)|governing body|\d+(st|nd|rd|th) session\b|.*\bsection\b.*$|date:|original:|.*\bitem on the agenda\b|for (decision|information|debate|discussion)\b|contents\b|[A-Z]{2,6}$)`)

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

// dateLineRe matches a block that is only a date line: "Date: 9 October 2020",
// "Geneva, 28 September 1999.", "26 November 2020".
var dateLineRe = regexp.MustCompile(`^(?:Date:\s*|[A-Z][a-zA-Z\- ]{1,30},\s*)?(\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2})\.?$`)

// dateFieldRe matches the date field of a paper's masthead, wherever the masthead's lines ended
// up.
var dateFieldRe = regexp.MustCompile(`\bDate:\s*(\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})`)

// updatedRe matches the lines that carry a page's maintenance date, never the document's own.
var updatedRe = regexp.MustCompile(`(?i)\b(last )?(update|updated|modified|revised|printed)\b`)

// findDate returns the document's own date: the date line of a paper ("Date: 9 October 2020",
// or "Geneva, 28 September 1999." closing a 1999 paper), else the date the page's metadata gives.
// A browser's print date is furniture and never seen here; "Last update" lines are refused.
func findDate(doc *textlayer.Document) time.Time {
	for i, b := range doc.Blocks {
		if i >= coverBlocks {
			break
		}
		if m := dateFieldRe.FindStringSubmatch(b.Text); m != nil {
			if t, ok := normalize.ParseDocDate(m[1]); ok {
				return t
			}
		}
	}
	for _, b := range doc.Blocks {
		if b.Kind == textlayer.Table || len(b.Text) > 60 || updatedRe.MatchString(b.Text) {
			continue
		}
		m := dateLineRe.FindStringSubmatch(strings.TrimSpace(b.Text))
		if m == nil {
			continue
		}
		if t, ok := normalize.ParseDocDate(m[1]); ok {
			return t
		}
	}
	if doc.Date != "" && !updatedRe.MatchString(doc.Date) {
		if t, ok := normalize.ParseDocDate(doc.Date); ok {
			return t
		}
	}
	return time.Time{}
}
