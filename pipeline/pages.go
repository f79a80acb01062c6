package pipeline

import (
	"errors"
	"fmt"

	"gbtrack/extract/textlayer"
)

// ErrPageClaim is returned (wrapped) for a PDF whose page tree claims more pages than its bytes
// can hold: a damaged or hostile file, whose thousands of empty pages would only bury the report.
var ErrPageClaim = errors.New("claims more pages than the file can hold")

// minPageBytes is the fewest bytes a page can take in a PDF: a page object is at least
// "<</Type/Page>>" plus its reference in the page tree; compressed in an object stream, many
// alike pages still take a few bytes each. Real documents take kilobytes a page.
const minPageBytes = 4

// checkPageCount fails for a PDF that claims more than size/minPageBytes pages.
func checkPageCount(doc *textlayer.Document, size int) error {
	if doc.Format != "pdf" || doc.Pages <= 1 || doc.Pages <= size/minPageBytes {
		return nil
	}
	return fmt.Errorf("%w: %d pages in %d bytes", ErrPageClaim, doc.Pages, size)
}

// maxPageErrorLines bounds the page errors a document's line lists.
const maxPageErrorLines = 10

// maxPageErrorLen bounds one of them, in bytes.
const maxPageErrorLen = 200

// summarizePageErrors says which pages failed in a few bounded lines: consecutive pages that
// failed the same way are one line ("pages 2-999: load page: ..."), at most maxPageErrorLines
// lines are kept, and a last line counts the pages left out.
func summarizePageErrors(pes []textlayer.PageError) []string {
	var out []string
	left := 0
	for i := 0; i < len(pes); {
		j := i + 1
		for j < len(pes) && pes[j].Err == pes[i].Err && pes[j].Page == pes[j-1].Page+1 {
			j++
		}
		if len(out) == maxPageErrorLines {
			left += j - i
		} else {
			msg := oneLine(pes[i].Err)
			if len(msg) > maxPageErrorLen {
				msg = truncate(msg, maxPageErrorLen) + "..."
			}
			if j-i == 1 {
				out = append(out, fmt.Sprintf("page %d: %s", pes[i].Page, msg))
			} else {
				out = append(out, fmt.Sprintf("pages %d-%d: %s", pes[i].Page, pes[j-1].Page, msg))
			}
		}
		i = j
	}
	if left > 0 {
		out = append(out, fmt.Sprintf("and %d more pages", left))
	}
	return out
}

// truncate cuts s to at most n bytes without splitting a UTF-8 sequence.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}
