package htmltext

import (
	"context"
	"regexp"
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

// typedMarkerRe matches a list marker typed into an item's text ("1.", "(a)", "iv)").
var typedMarkerRe = regexp.MustCompile(`^\(?(?:\d{1,3}|[A-Za-z]|[ivxlIVXL]{1,6})[.)]\s`)

// brListItemRe matches the start of a line that is a list item typed by hand after a <br>: a
// dash or a bullet, "(a)", "b)", "(iv)", "2." or "3)", followed by a space.
var brListItemRe = regexp.MustCompile(`^\s*(?:[-–—•·▪*]|\([a-z]{1,2}\)|[a-z]\)|\([ivx]{1,4}\)|\(?\d{1,2}[.)])\s`)

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
	// styles are the page's list styles by class, for the markers of ordered lists.
	styles listStyles
	// marker is the marker of the list item just opened ("3. "), written before its first
	// word; not counted among the block's characters.
	marker string
	// markerLen is the length of the marker that opens the pending text, 0 when none.
	markerLen int

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
	bb := &blockBuilder{tables: tables, owners: []*html.Node{body}, leadIns: map[*html.Node]string{},
		styles: readListStyles(body)}
	err := walk(ctx, body, func(n *html.Node, entering bool) bool {
		switch n.Type {
		case html.TextNode:
			if bb.brOpen && brListItemRe.MatchString(n.Data) {
				// "The Ministry will:<br>- open ...;<br>- register ...": each line that opens
				// with a list marker is an item of its own, as a <li> would be
				bb.flush(0)
			}
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
				if n.DataAtom == atom.Li && bb.leadIns[enclosingItem(n)] == "" {
					// The number the browser draws before an ordered list's item opens the
					// item's first words, also when they sit in a <p> inside the item.
					bb.marker = bb.styles.listMarker(n)
				}
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
		if bb.marker != "" {
			if bb.text.Len() == 0 {
				bb.text.WriteString(bb.marker)
				bb.markerLen = len(bb.marker)
			}
			bb.marker = ""
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
		bb.markerLen = 0
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
	if bb.markerLen > 0 && typedMarkerRe.MatchString(b.Text[bb.markerLen:]) {
		// The item types its own marker ("(a) ..."): the browser's would double it.
		b.Text = b.Text[bb.markerLen:]
		bb.markerLen = 0
	}
	if b.owner.DataAtom == atom.Li {
		if lead := bb.leadIns[enclosingItem(b.owner)]; lead != "" {
			// The lead-in and the item read as one sentence; the colon only opens the list.
			b.Text = strings.TrimSuffix(strings.TrimSpace(lead), ":") + " " + b.Text
		}
		if strings.HasSuffix(strings.TrimSpace(b.Text), ":") {
			bb.leadIns[b.owner] = b.Text[min(bb.markerLen, len(b.Text)):] // without its number
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
