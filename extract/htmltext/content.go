package htmltext

import (
	"context"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"gbtrack/extract/textlayer"
)

// Thresholds of content selection, in visible characters.
const (
	// unitMinChars: shorter text (a date, a label, a menu entry) does not vote for its
	// container.
	unitMinChars = 25
	// landmarkMinChars: a <main> or <article> holding less than this and less than a quarter
	// of the page is an empty shell filled by scripts, not the content.
	landmarkMinChars = 200
	// siblingMinChars: a sibling of the best container this long and with few links is more
	// of the same content (an intro div beside the body div).
	siblingMinChars = 80
	// keptTableRows: a data table this long is kept wherever it stands, since a layout page may
	// put its one real table outside the best-scoring container.
	keptTableRows = 3
)

// nodeScore is the text under an element and its Readability-style score.
type nodeScore struct {
	chars, linkChars int
	score            float64
}

func (s *nodeScore) linkDensity() float64 {
	if s == nil || s.chars == 0 {
		return 0
	}
	return float64(s.linkChars) / float64(s.chars)
}

// final is the score discounted by link density: a container of links is navigation.
func (s *nodeScore) final() float64 {
	if s == nil {
		return 0
	}
	return s.score * (1 - s.linkDensity())
}

// selection is the main content: the elements whose blocks are kept.
type selection struct {
	roots []*html.Node // in document order
	// scored: no landmark element named the content, so the page may be a layout page whose
	// data tables stand outside the best container.
	scored bool
}

// selectContent finds the main content: the <main> (or role=main) element, else the single
// <article>, else the best-scoring container and those of its siblings that look like more of
// the same.
func selectContent(gq *goquery.Document, body *html.Node, blocks []block, tables map[*html.Node]*tableInfo) selection {
	scores, order := scoreNodes(body, blocks)
	total := scores[body]
	if total == nil {
		return selection{roots: []*html.Node{body}}
	}
	substantial := func(n *html.Node) bool {
		s := scores[n]
		return s != nil && (s.chars >= landmarkMinChars || s.chars*4 >= total.chars)
	}
	var landmark *html.Node
	gq.Find("main, [role=main]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if n := s.Get(0); contains(body, n) && substantial(n) {
			landmark = n
			return false
		}
		return true
	})
	if landmark != nil {
		return selection{roots: []*html.Node{landmark}}
	}
	var articles []*html.Node
	gq.Find("article").Each(func(_ int, s *goquery.Selection) {
		if n := s.Get(0); contains(body, n) && substantial(n) {
			articles = append(articles, n)
		}
	})
	if len(articles) == 1 {
		return selection{roots: articles}
	}

	var best *html.Node
	for _, n := range order {
		s := scores[n]
		if best == nil || s.final() > scores[best].final() || s.final() == scores[best].final() && contains(n, best) {
			best = n
		}
	}
	if best == nil || best == body || best.Parent == nil || scores[best].final() == 0 {
		return selection{roots: []*html.Node{body}, scored: true}
	}
	// In a layout page the best cell is a grid position, not the article's container: the
	// paragraphs before and after the layout table belong to the content as much as the cell's
	// neighbours do, so siblings are looked for up to the outermost enclosing layout table.
	top := best
	for a := best.Parent; a != nil && a != body; a = a.Parent {
		if ti := tables[a]; ti != nil && !ti.data {
			top = a
		}
	}
	threshold := max(10, 0.2*scores[best].final())
	keep := map[*html.Node]bool{best: true}
	for cur := best; cur != body && cur.Parent != nil; cur = cur.Parent {
		for c := cur.Parent.FirstChild; c != nil; c = c.NextSibling {
			s := scores[c]
			switch {
			case c == cur || c.Type != html.ElementNode || s == nil:
				continue
			case s.final() >= threshold:
			case s.chars >= siblingMinChars && s.linkDensity() < 0.25:
			case isElem(c, atom.P) && s.chars >= unitMinChars && s.linkChars == 0:
			case headingLevel(c) > 0:
			default:
				continue
			}
			keep[c] = true
		}
		keepKickers(cur.Parent, scores, keep)
		if cur == top {
			break
		}
	}
	sel := selection{scored: true}
	_ = walk(context.Background(), body, func(n *html.Node, entering bool) bool {
		if entering && keep[n] {
			sel.roots = append(sel.roots, n)
			return false
		}
		return entering
	})
	return sel
}

// keepKickers keeps, among parent's children, the kicker of a kept heading: the short line with
// no links that stands right above the title ("RECORD OF DECISIONS | 13 NOVEMBER 2025",
// "News | 5 June 2026"), which news and record pages set in a div of its own beside the body.
// It is the article's header (its kind and date), not furniture; a breadcrumb or menu line above
// a title holds links and stays out.
func keepKickers(parent *html.Node, scores map[*html.Node]*nodeScore, keep map[*html.Node]bool) {
	var prev *html.Node
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if keep[c] && headingLevel(c) > 0 && prev != nil && !keep[prev] {
			if s := scores[prev]; s != nil && s.chars > 0 && s.chars < siblingMinChars && s.linkChars == 0 && headingLevel(prev) == 0 {
				keep[prev] = true
			}
		}
		prev = c
	}
}

// scoreNodes adds up the text under every element and gives each block of running text a vote
// (one, plus one per comma, plus one per hundred characters up to three) to the element that
// contains it as a paragraph and, halved and divided by six, to the two levels above, as Readability
// does.
//
// order lists the scored elements in first-seen order, so that ties break the same way on
// every run.
func scoreNodes(body *html.Node, blocks []block) (scores map[*html.Node]*nodeScore, order []*html.Node) {
	scores = map[*html.Node]*nodeScore{}
	get := func(n *html.Node) *nodeScore {
		s := scores[n]
		if s == nil {
			s = &nodeScore{}
			scores[n] = s
			order = append(order, n)
		}
		return s
	}
	for _, b := range blocks {
		for a := b.owner; a != nil; a = a.Parent {
			s := get(a)
			s.chars += b.chars
			s.linkChars += b.linkChars
			if a == body {
				break
			}
		}
		if b.Kind == textlayer.Heading || b.chars < unitMinChars {
			continue
		}
		vote := 1 + float64(strings.Count(b.Text, ",")) + min(float64(b.chars)/100, 3)
		if b.Kind == textlayer.Table {
			vote = 1 + min(float64(b.chars)/100, 3)
		}
		vote *= 1 - float64(b.linkChars)/float64(b.chars)
		c := b.owner
		if isParagraphLike(c) && c != body {
			c = c.Parent
		}
		// A list is part of a text, not its container: its items vote for the element that
		// holds the list and its lead-in ("The Governing Body:" over clauses printed as <li>).
		for isElem(c, atom.Ul, atom.Ol) && c != body && c.Parent != nil {
			c = c.Parent
		}
		for level := 0; c != nil && level < 3; level++ {
			switch level {
			case 0:
				get(c).score += vote
			case 1:
				get(c).score += vote / 2
			default:
				get(c).score += vote / 6
			}
			if c == body {
				break
			}
			c = c.Parent
		}
	}
	return scores, order
}

// isParagraphLike says whether an element is itself a paragraph rather than a container of
// paragraphs.
func isParagraphLike(n *html.Node) bool {
	return isElem(n, atom.P, atom.Li, atom.Dd, atom.Dt, atom.Pre, atom.Blockquote, atom.Td, atom.Th,
		atom.Figcaption, atom.Caption, atom.Address, atom.Table, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6)
}

// keepBlocks keeps the blocks inside the content roots, and on a layout page long data tables
// anywhere, minus the maintenance and legal footer lines.
func keepBlocks(blocks []block, sel selection) []block {
	isRoot := map[*html.Node]bool{}
	for _, r := range sel.roots {
		isRoot[r] = true
	}
	out := make([]block, 0, len(blocks))
	for _, b := range blocks {
		inside := false
		for a := b.owner; a != nil && !inside; a = a.Parent {
			inside = isRoot[a]
		}
		if !inside && !(sel.scored && b.Kind == textlayer.Table && b.dataRows >= keptTableRows) {
			continue
		}
		if b.Kind != textlayer.Table && isFooterLine(b.Text) {
			continue
		}
		out = append(out, b)
	}
	return out
}
