package htmltext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gbtrack/extract/textlayer"
)

// brief renders blocks as "kind[level][bold]: text" lines for comparison.
func brief(doc *textlayer.Document) []string {
	var out []string
	for _, b := range doc.Blocks {
		s := b.Kind.String()
		if b.Level > 0 {
			s += fmt.Sprintf("%d", b.Level)
		}
		if b.Bold {
			s += " bold"
		}
		if b.Kind == textlayer.Table {
			s += fmt.Sprintf(" %dx%d", len(b.Table.Rows), b.Table.Columns)
		}
		if b.Page != 0 {
			s += fmt.Sprintf(" page %d", b.Page)
		}
		out = append(out, s+": "+b.Text)
	}
	return out
}

func TestBlocks(t *testing.T) {
	long := strings.Repeat("Long bold lead sentence of the article, with commas. ", 4)
	cases := []struct {
		name string
		page string
		want []string
	}{
		{"headings and paragraphs",
			`<h1>Main title</h1><h3>Sub<br>title</h3><p>First paragraph.</p><ul><li>Item one</li><li>Item two</li></ul><blockquote>Quoted words.</blockquote><dl><dt>Term</dt><dd>Definition</dd></dl>`,
			[]string{"heading1: Main title", "heading3: Sub title", "paragraph: First paragraph.", "paragraph: Item one", "paragraph: Item two", "paragraph: Quoted words.", "paragraph: Term", "paragraph: Definition"}},
		{"short bold paragraph is a heading, long one is a bold paragraph, lead-in is not",
			`<p><b>Reporting on progress</b></p><p><strong>` + long + `</strong></p><p><b>This part sets out the steps:</b></p>`,
			[]string{"heading bold: Reporting on progress", "paragraph bold: " + strings.TrimSpace(long), "paragraph bold: This part sets out the steps:"}},
		{"1999 markup: upper case, unclosed P, FONT, BR",
			`<P><FONT FACE="Arial">1. First<BR>paragraph</FONT><P>2. Second para&shy;graph<P ALIGN=CENTER><B>PART ONE</B><H2 ALIGN="CENTER">Effect<BR>of the plan</H2>`,
			[]string{"paragraph: 1. First paragraph", "paragraph: 2. Second paragraph", "heading bold: PART ONE", "heading2: Effect of the plan"}},
		{"div with direct text and nested blocks",
			`<div>Direct text of the div <em>with emphasis</em><div>Nested block</div>tail text</div>`,
			[]string{"paragraph: Direct text of the div with emphasis", "paragraph: Nested block", "paragraph: tail text"}},
		{"double br separates paragraphs, single br is a space",
			`<div>First line<br>same paragraph<br><br>Second paragraph<br> <br><br>Third</div><h2>Heading<br><br>continued</h2>`,
			[]string{"paragraph: First line same paragraph", "paragraph: Second paragraph", "paragraph: Third", "heading2: Heading continued"}},
		{"br before a typed list marker starts an item",
			`<p>The Office will:<br>- open two centres by June 2026;<br>- report in March 2027.</p><p>Items (a)<br>(b) and c)<br>d) stay</p><p>Year<br>2025 ends</p>`,
			[]string{"paragraph: The Office will:", "paragraph: - open two centres by June 2026;", "paragraph: - report in March 2027.", "paragraph: Items (a)", "paragraph: (b) and c)", "paragraph: d) stay", "paragraph: Year 2025 ends"}},
		{"whitespace, nbsp and invisible characters",
			"<p>  spread \n\t out&nbsp;&nbsp;words\u200b here\u00ad </p><p>&nbsp;</p>",
			[]string{"paragraph: spread out words here"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := extractString(t, "<body>"+tc.page+"</body>", "")
			if doc.Format != "html" || doc.Pages != 0 {
				t.Errorf("Extract(%s) format %q pages %d, want html 0", tc.name, doc.Format, doc.Pages)
			}
			if diff := cmp.Diff(tc.want, brief(doc)); diff != "" {
				t.Errorf("Extract(%s) blocks mismatch (-want +got):\n%s", tc.name, diff)
			}
		})
	}
}

func TestContentSelection(t *testing.T) {
	para := func(i int) string {
		return fmt.Sprintf("<p>Paragraph %d of the story, which says what the Office did, where, and with whom, at some length.</p>", i)
	}
	story := para(1) + para(2) + para(3) + para(4)
	links := `<ul>` + strings.Repeat(`<li><a href="/x">Another story title that links elsewhere</a></li>`, 8) + `</ul>`
	table := `<table><tr><th>Item</th><th>Due</th></tr><tr><td>a</td><td>2001</td></tr><tr><td>b</td><td>2002</td></tr><tr><td>c</td><td>2003</td></tr></table>`
	cases := []struct {
		name   string
		page   string
		want   []string
		absent []string
		tables int
	}{
		{"main element wins", `<div class="top"><p>Top matter that is long enough to be a paragraph of its own, really.</p></div><main>` + story + `</main>`,
			[]string{"Paragraph 1", "Paragraph 4"}, []string{"Top matter"}, 0},
		{"single article", `<div class="promo"><p>Promotional text long enough to be a paragraph of its own, really.</p></div><article>` + story + `</article>`,
			[]string{"Paragraph 1", "Paragraph 4"}, []string{"Promotional"}, 0},
		{"densest container without landmarks", `<div class="l">` + links + `</div><div class="c"><h1>Story title</h1>` + story + `</div><div class="r">` + links + `</div>`,
			[]string{"Story title", "Paragraph 1", "Paragraph 4"}, []string{"Another story title"}, 0},
		{"split content joined by sibling rule", `<div class="c"><div class="intro">` + para(1) + para(2) + `</div><div class="body">` + para(3) + para(4) + para(5) + `</div></div><div>` + links + `</div>`,
			[]string{"Paragraph 1", "Paragraph 5"}, []string{"Another story title"}, 0},
		{"kicker line above the title kept, breadcrumb not", `<div class="c"><div class="crumbs"><a href="/">Home</a> | <a href="/news">News</a></div><div class="kicker">RECORD OF DECISIONS | 13 NOVEMBER 2025</div><h1>Story title</h1><div class="body">` + story + `</div></div><div class="r">` + links + `</div>`,
			[]string{"RECORD OF DECISIONS | 13 NOVEMBER 2025", "Story title", "Paragraph 1"}, []string{"Home", "Another story title"}, 0},
		{"data table outside the best container kept", `<div class="c">` + story + `</div><div class="annex">` + links + table + `</div>`,
			[]string{"Paragraph 1"}, []string{"Another story title"}, 1},
		{"data table outside main not kept", `<main>` + story + `</main><div class="annex">` + table + `</div>`,
			[]string{"Paragraph 1"}, nil, 0},
		{"1999 layout page keeps the body around the layout table", `<table><tr><td>` + links + `</td><td>` + story + `</td></tr></table>` + para(9),
			[]string{"Paragraph 1", "Paragraph 9"}, []string{"Another story title"}, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := extractString(t, "<body>"+tc.page+"</body>", "")
			got := paragraphs(doc)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("Extract(%s) = %q, want it to contain %q", tc.name, got, w)
				}
			}
			for _, a := range tc.absent {
				if strings.Contains(got, a) {
					t.Errorf("Extract(%s) kept %q", tc.name, a)
				}
			}
			if n := len(tablesOf(doc)); n != tc.tables {
				t.Errorf("Extract(%s) = %d tables, want %d", tc.name, n, tc.tables)
			}
		})
	}
}

func TestNestedListLeadIn(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string
	}{
		{"nested list under a lead-in item",
			`<ul><li>The Ministry will:<ul><li>adopt the Act by June 2027;</li><li>recruit inspectors by December 2027;</li></ul></li><li>The ILO will help until 2028.</li></ul>`,
			[]string{"The Ministry will:", "The Ministry will adopt the Act by June 2027;", "The Ministry will recruit inspectors by December 2027;", "The ILO will help until 2028."}},
		{"nested ordered list",
			`<ol><li>The Office shall:<ol><li>submit a plan by March 2027; and</li><li>report in 2028.</li></ol></li></ol>`,
			// the outer item carries the number the browser draws; the lead-in lent to the
			// nested items does not
			[]string{"1. The Office shall:", "The Office shall submit a plan by March 2027; and", "The Office shall report in 2028."}},
		{"ordered list items carry the numbers a browser prints",
			`<ol start="3"><li>Translate the leaflets.</li><li value="7">Open a desk.</li><li>Train staff.</li></ol><ol type="a"><li>first point</li><li>second point</li></ol>`,
			[]string{"3. Translate the leaflets.", "7. Open a desk.", "8. Train staff.", "a. first point", "b. second point"}},
		{"item without a colon is no lead-in",
			`<ul><li>Adopted measures<ul><li>a new Act in 2025</li></ul></li></ul>`,
			[]string{"Adopted measures", "a new Act in 2025"}},
		{"list after a paragraph lead-in stays as it is",
			`<p>The partners agreed:</p><ul><li>The ILO will help by 2028.</li></ul>`,
			[]string{"The partners agreed:", "The ILO will help by 2028."}},
	}
	for _, tt := range tests {
		doc := extractString(t, "<html><body><main>"+tt.page+"</main></body></html>", "text/html; charset=utf-8")
		var got []string
		for _, b := range doc.Blocks {
			got = append(got, b.Text)
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: blocks = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestOrderedListMarkers(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string
		head       string
	}{
		{"decimal by default, from start",
			`<p>The Executive Board,</p><ol start="3"><li>Requests UNDP to report;</li><li>Invites UNFPA to act.</li></ol>`,
			[]string{"The Executive Board,", "3. Requests UNDP to report;", "4. Invites UNFPA to act."}, ""},
		{"letters by the type attribute, an item in a paragraph of its own",
			`<ol type="a"><li><p>took note of the report;</p></li><li><p>requested the Office to act.</p></li></ol>`,
			[]string{"a. took note of the report;", "b. requested the Office to act."}, ""},
		{"roman numerals by inline style, a value attribute",
			`<ol style="list-style-type: lower-roman"><li>one</li><li value="7">seven</li><li>eight</li></ol>`,
			[]string{"i. one", "vii. seven", "viii. eight"}, ""},
		{"letters by a class of the page's style sheet",
			`<ol class="x alpha"><li>first</li><li>second</li></ol>`,
			[]string{"a. first", "b. second"}, `<style>main ol.alpha, .letters { list-style-type: lower-alpha }</style>`},
		{"reversed",
			`<ol reversed><li>three</li><li>two</li><li>one</li></ol>`,
			[]string{"3. three", "2. two", "1. one"}, ""},
		{"no marker for a list drawn without one, nor for bullets",
			`<ol style="list-style: none"><li>plain</li></ol><ul><li>bullet</li></ul>`,
			[]string{"plain", "bullet"}, ""},
		{"decimal from one",
			`<ol><li>Strengthen monitoring.</li><li>Train staff.</li></ol>`,
			[]string{"1. Strengthen monitoring.", "2. Train staff."}, ""},
		{"start, value and a paragraph in the item",
			`<ol start="4"><li><p>Fund the plan.</p><p>It costs little.</p></li><li value="9">Report.</li><li>Close.</li></ol>`,
			[]string{"4. Fund the plan.", "It costs little.", "9. Report.", "10. Close."}, ""},
		{"a marker typed into the text is not doubled",
			`<ol style="list-style-type:none"><li>(a) one</li></ol><ol><li>(b) two</li></ol>`,
			[]string{"(a) one", "(b) two"}, ""},
	}
	for _, tt := range tests {
		doc := extractString(t, "<html><head>"+tt.head+"</head><body><main>"+tt.page+"</main></body></html>", "text/html; charset=utf-8")
		var got []string
		for _, b := range doc.Blocks {
			got = append(got, b.Text)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: blocks (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestBrLines(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string
	}{
		{"statements a line without full stops",
			`<p>The Office will publish the revised guidelines by March 2027<br>The ILO will train 150 inspectors during 2027</p>`,
			[]string{"The Office will publish the revised guidelines by March 2027", "The ILO will train 150 inspectors during 2027"}},
		{"masthead lines stay together",
			`<p><b>GB.357/INS/9</b><br>357th Session<br>Governing Body<br>Geneva, November 2026</p>`,
			[]string{"GB.357/INS/9 357th Session Governing Body Geneva, November 2026"}},
		{"a sentence wrapped by a break stays whole",
			`<p>The Office will submit the revised implementation plan to the<br>Governing Body by November 2027.</p>`,
			[]string{"The Office will submit the revised implementation plan to the Governing Body by November 2027."}},
		{"after a full stop the break changes nothing",
			`<p>The Office will publish the revised guidelines by March 2027.<br>The ILO will train 150 inspectors.</p>`,
			[]string{"The Office will publish the revised guidelines by March 2027. The ILO will train 150 inspectors."}},
	}
	for _, tt := range tests {
		doc := extractString(t, "<html><body><main>"+tt.page+"</main></body></html>", "text/html; charset=utf-8")
		var got []string
		for _, b := range doc.Blocks {
			got = append(got, b.Text)
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: blocks = %q, want %q", tt.name, got, tt.want)
		}
	}
}
