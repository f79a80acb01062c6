package htmltext

import (
	"context"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"gbtrack/extract/textlayer"
)

// brSentenceMinChars: a line of running text at least this long, ended by a <br> with no
// closing punctuation and followed by a capital, ends its block: pages that set one statement
// a line ("The Office will ... by March 2027<br>The ILO will ... in 2028") print no full stop
// between them. Shorter lines (a masthead's "GB.357/INS/9<br>357th Session<br>Governing Body")
// stay one block.
const brSentenceMinChars = 40

// boldHeadingMaxChars bounds a wholly bold paragraph read as a heading; a longer bold paragraph
// is a lead paragraph.
const boldHeadingMaxChars = 150

// block is a textlayer block with what content selection needs to know about it.
type block struct {
	textlayer.Block
	owner     *html.Node // the element whose text it is: a paragraph, a cell, a heading, a table
	chars     int        // visible characters
	linkChars int        // of which inside links
	dataRows  int        // rows, for a data table
}

// blockBuilder accumulates inline text until a block boundary.
type blockBuilder struct {
	tables map[*html.Node]*tableInfo
	out    []block
	owners []*html.Node // open block-level elements; the top owns the pending text

	// leadIns holds the text of list items that end in a colon, the lead-in of a list nested
	// in them ("The Ministry will:"). Each item of the nested list becomes a block that starts
	// with its lead-in ("The Ministry will adopt ... by June 2027;"), so that a sentence test
	// sees the subject and the verb the item continues.
	leadIns map[*html.Node]string

	text   strings.Builder
	brOpen bool // a <br> with no text after it yet
	// lineStart is where in text the line after the last <br> starts; brLine is the length of
	// the line a <br> ended, until the next text decides whether the break ends a block.
	lineStart, brLine           int
	space                       bool
	chars, boldChars, linkChars int
	bold, link                  int
}

// buildBlocks turns the cleaned tree under body into blocks in document order: every element
// that starts a block (p, div, li, td of a layout table...) ends the text before it, headings
// become Heading blocks, data tables become Table blocks, and <br> is a space.
func buildBlocks(ctx context.Context, body *html.Node, tables map[*html.Node]*tableInfo) ([]block, error) {
	bb := &blockBuilder{tables: tables, owners: []*html.Node{body}, leadIns: map[*html.Node]string{}}
	err := walk(ctx, body, func(n *html.Node, entering bool) bool {
		switch n.Type {
		case html.TextNode:
			bb.addText(n.Data)
			return false
		case html.ElementNode:
		default:
			return n.Type == html.DocumentNode
		}
		if skippedElement(n) {
			return false
		}
		if n.DataAtom == atom.Br {
			// Two <br>s in a row are how 1999 pages without <p> separate paragraphs; a
			// heading broken over lines stays one heading.
			if bb.brOpen && headingLevel(bb.owners[len(bb.owners)-1]) == 0 {
				bb.flush(0)
			}
			if !bb.brOpen {
				bb.brLine = bb.text.Len() - bb.lineStart
			}
			bb.addText(" ")
			bb.brOpen = true
			return false
		}
		if n.DataAtom == atom.Table {
			if ti := tables[n]; ti != nil && ti.data {
				bb.flush(0)
				bb.addTable(n, ti)
				return false
			}
		}
		if isBoldElement(n) {
			if entering {
				bb.bold++
			} else {
				bb.bold--
			}
		}
		if n.DataAtom == atom.A && hasAttr(n, "href") {
			if entering {
				bb.link++
			} else {
				bb.link--
			}
		}
		if n != body && isBlockElement(n) {
			if entering {
				bb.flush(0)
				bb.owners = append(bb.owners, n)
			} else {
				bb.flush(headingLevel(n))
				bb.owners = bb.owners[:len(bb.owners)-1]
			}
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	bb.flush(0)
	return bb.out, nil
}

func (bb *blockBuilder) addText(s string) {
	for _, r := range s {
		switch {
		case isInvisible(r):
			continue
		case unicode.IsSpace(r):
			bb.space = bb.text.Len() > 0
			continue
		}
		if bb.brOpen {
			if unicode.IsUpper(r) && bb.brLine >= brSentenceMinChars && !endsSentence(bb.text.String()) && !endsMidSentence(bb.text.String()) {
				bb.flush(0)
			}
			bb.lineStart = bb.text.Len()
			if bb.space {
				bb.lineStart++
			}
		}
		if bb.space {
			bb.text.WriteByte(' ')
			bb.space = false
		}
		bb.text.WriteRune(r)
		bb.brOpen = false
		bb.chars++
		if bb.bold > 0 {
			bb.boldChars++
		}
		if bb.link > 0 {
			bb.linkChars++
		}
	}
}

// flush ends the pending text as a block owned by the innermost open block element; level > 0
// makes it a heading of that level.
func (bb *blockBuilder) flush(level int) {
	defer func() {
		bb.text.Reset()
		bb.space = false
		bb.brOpen = false
		bb.lineStart, bb.brLine = 0, 0
		bb.chars, bb.boldChars, bb.linkChars = 0, 0, 0
	}()
	if bb.chars == 0 {
		return
	}
	b := block{
		owner:     bb.owners[len(bb.owners)-1],
		chars:     bb.chars,
		linkChars: bb.linkChars,
	}
	b.Text = bb.text.String()
	if b.owner.DataAtom == atom.Li {
		if lead := bb.leadIns[enclosingItem(b.owner)]; lead != "" {
			// The lead-in and the item read as one sentence; the colon only opens the list.
			b.Text = strings.TrimSuffix(strings.TrimSpace(lead), ":") + " " + b.Text
		} else if m := listMarker(b.owner); m != "" {
			if strings.HasSuffix(strings.TrimSpace(b.Text), ":") {
				bb.leadIns[b.owner] = b.Text // the lead-in its nested items continue, unnumbered
			}
			// the number a browser prints before an item of an <ol>: "2. Translate ..."
			b.Text = m + " " + b.Text
		}
		if _, ok := bb.leadIns[b.owner]; !ok && strings.HasSuffix(strings.TrimSpace(b.Text), ":") {
			bb.leadIns[b.owner] = b.Text
		}
	}
	b.Bold = bb.boldChars == bb.chars
	switch {
	case level > 0:
		b.Kind = textlayer.Heading
		b.Level = level
	case b.Bold && len([]rune(b.Text)) <= boldHeadingMaxChars && !endsSentence(b.Text):
		// A short wholly bold paragraph is how pages without h1..h6 mark their headings.
		b.Kind = textlayer.Heading
	}
	bb.out = append(bb.out, b)
}

// listMarker returns the marker a browser prints before li, an item of an ordered list, as
// the HTML standard numbers it: the list's start (default 1) counted over the items before it,
// a value attribute resetting the count, in the list's type ("1", "a", "A", "i", "I"); "" for
// an item of an unordered list or of an ordered list whose style prints no marker.
func listMarker(li *html.Node) string {
	list := li.Parent
	if list == nil || list.DataAtom != atom.Ol || strings.Contains(strings.ReplaceAll(attr(list, "style"), " ", ""), "list-style-type:none") ||
		strings.Contains(strings.ReplaceAll(attr(li, "style"), " ", ""), "list-style-type:none") {
		return ""
	}
	n := 1
	if v, err := strconv.Atoi(strings.TrimSpace(attr(list, "start"))); err == nil {
		n = v
	}
	for c := list.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Li {
			continue
		}
		if v, err := strconv.Atoi(strings.TrimSpace(attr(c, "value"))); err == nil {
			n = v
		}
		if c == li {
			break
		}
		n++
	}
	if n < 1 || n > 999 {
		return ""
	}
	switch attr(list, "type") {
	case "a":
		return string(rune('a'+(n-1)%26)) + "."
	case "A":
		return string(rune('A'+(n-1)%26)) + "."
	case "i":
		return roman(n) + "."
	case "I":
		return strings.ToUpper(roman(n)) + "."
	}
	return strconv.Itoa(n) + "."
}

// roman writes n (1 to 999) in lower-case roman numerals.
func roman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}

// enclosingItem returns the list item that holds the list li belongs to, or nil: the item
// whose text is the lead-in of a nested list.
func enclosingItem(li *html.Node) *html.Node {
	list := li.Parent
	if list == nil || (list.DataAtom != atom.Ul && list.DataAtom != atom.Ol) {
		return nil
	}
	for n := list.Parent; n != nil; n = n.Parent {
		switch n.DataAtom {
		case atom.Li:
			return n
		case atom.Ul, atom.Ol, atom.Body, atom.Table:
			return nil
		}
	}
	return nil
}

// midSentenceWords are words no sentence ends on: articles, prepositions, conjunctions.
var midSentenceWords = map[string]bool{
	"the": true, "a": true, "an": true, "to": true, "of": true, "and": true, "or": true,
	"in": true, "by": true, "for": true, "with": true, "on": true, "at": true, "from": true,
	"that": true, "its": true, "their": true, "his": true, "her": true, "our": true, "as": true,
	"into": true, "than": true, "but": true, "nor": true, "under": true, "between": true,
}

// endsMidSentence says whether text ends on a word no sentence ends on ("... plan to the"), so
// that a capital after it continues the sentence ("Governing Body").
func endsMidSentence(text string) bool {
	if len(text) > 40 {
		text = text[len(text)-40:] // the last word is all that counts; a block may be huge
	}
	f := strings.Fields(text)
	return len(f) > 0 && midSentenceWords[strings.ToLower(f[len(f)-1])]
}

// endsSentence says whether text ends as running text or a lead-in does, which a heading does
// not.
func endsSentence(text string) bool {
	t := strings.TrimRight(text, " \"'”’)")
	return strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..") || strings.HasSuffix(t, ":") ||
		strings.HasSuffix(t, ";") || strings.HasSuffix(t, ",")
}

// addTable emits a data table, after its caption as a paragraph.
func (bb *blockBuilder) addTable(n *html.Node, ti *tableInfo) {
	if ti.caption != "" {
		bb.out = append(bb.out, block{
			Block: textlayer.Block{Kind: textlayer.Paragraph, Text: ti.caption},
			owner: n, chars: countChars(ti.caption),
		})
	}
	chars := 0
	for _, r := range ti.grid.Rows {
		for _, c := range r.Cells {
			chars += countChars(c.Text)
		}
	}
	st := measure(n, -1)
	bb.out = append(bb.out, block{
		Block:     textlayer.Block{Kind: textlayer.Table, Table: ti.grid},
		owner:     n,
		chars:     chars,
		linkChars: min(st.linkChars, chars),
		dataRows:  len(ti.grid.Rows),
	})
}
