package hostile

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

const htmlHead = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
<body><main><h1>%s</h1>
`

const htmlTail = "</main></body></html>\n"

// paragraph is neutral prose: it states no deadline, so hostile pages add no items to a run.
const paragraph = "The committee discussed the report of the working party on the functioning of the " +
	"organization, and several members took the floor to comment on the structure of the document."

// commitment ends every document that must be read: a dated commitment the item detector
// reports, so that one item in the output shows the text was read to its end.
const commitment = "The Office will submit a progress report on these documents to the Governing Body by March 2027."

// htmlPage is a short well-formed page, the body of the HTML named .pdf.
func htmlPage(title string) string {
	var b strings.Builder
	fmt.Fprintf(&b, htmlHead, title, title)
	for range 3 {
		fmt.Fprintf(&b, "<p>%s</p>\n", paragraph)
	}
	fmt.Fprintf(&b, "<p>%s</p>\n", commitment)
	b.WriteString(htmlTail)
	return b.String()
}

// badCharsetPage declares UTF-8 and then carries 0xFF 0xFE, bytes no UTF-8 text contains, in the
// middle of a paragraph (not at the start, where they would be a UTF-16 byte order mark).
func badCharsetPage() []byte {
	var b strings.Builder
	fmt.Fprintf(&b, htmlHead, "Invalid bytes", "Invalid bytes for the declared charset")
	fmt.Fprintf(&b, "<p>%s</p>\n<p>Before the bytes \xff\xfe after the bytes, and \xff\xfe\xff\xfe again, then \xc3 a cut sequence.</p>\n<p>%s</p>\n",
		paragraph, commitment)
	b.WriteString(htmlTail)
	return []byte(b.String())
}

// writeLargePage writes a page of at least size bytes of paragraphs, streamed so the generator
// itself stays small.
func writeLargePage(w io.Writer, size int) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	n, _ := fmt.Fprintf(bw, htmlHead, "A very large page", "A very large page")
	for i := 0; n < size; i++ {
		if i%50 == 0 {
			m, _ := fmt.Fprintf(bw, "<h2>Section %d</h2>\n", i/50+1)
			n += m
		}
		m, _ := fmt.Fprintf(bw, "<p>%d. %s</p>\n", i+1, paragraph)
		n += m
	}
	fmt.Fprintf(bw, "<p>%s</p>\n", commitment)
	bw.WriteString(htmlTail)
	return bw.Flush()
}

// writeDeepPage nests depth elements, alternating div, section and span so that no single
// element's nesting rule short-cuts the parser, with the commitment at the bottom and a normal
// paragraph after it all.
func writeDeepPage(w io.Writer, depth int) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	fmt.Fprintf(bw, htmlHead, "Deep nesting", "Deep nesting")
	tags := []string{"div", "section", "span"}
	for i := range depth {
		fmt.Fprintf(bw, "<%s>", tags[i%len(tags)])
	}
	bw.WriteString(commitment)
	for i := depth - 1; i >= 0; i-- {
		fmt.Fprintf(bw, "</%s>", tags[i%len(tags)])
	}
	fmt.Fprintf(bw, "\n<p>%s</p>\n", paragraph)
	bw.WriteString(htmlTail)
	return bw.Flush()
}
