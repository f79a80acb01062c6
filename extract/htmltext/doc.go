// Package htmltext reads an HTML page (a news item, a 1999-style Governing Body paper) into a
// textlayer.Document: the main content's headings, paragraphs and data tables in reading order,
// with navigation, banners, sidebars, footers and other page furniture left out.
//
// Non-goals: it does not fetch pages, run scripts, apply CSS beyond inline "display:none",
// follow frames, read footnotes apart from the text, or decide which words are items or which
// date is the document's; Document.Title and Document.Date are hints for extract/items.
//
// The steps, each in its own file:
//
//   - charset.go: decoding as browsers do. A byte order mark wins (as in browsers, even over
//     the HTTP header), then the HTTP charset, then a <meta> declaration in the first 4 KB,
//     then a sniff (valid UTF-8 is UTF-8, anything else windows-1252). ISO-8859-1 and
//     US-ASCII mean windows-1252. Unlike browsers, bytes overrule a label they contradict:
//     valid UTF-8 with high bytes is UTF-8 whatever the label, and a page read as UTF-8 reads
//     its invalid bytes as windows-1252, never as U+FFFD. Numeric references in the 0x80–0x9F
//     range (&#150;) are mapped to windows-1252 characters by x/net/html itself.
//   - parse.go: x/net/html refuses pages nested deeper than 512 elements; such a page is
//     reparsed with the excess tags dropped, keeping its text.
//   - ligatures.go: the Latin ligature presentation forms (U+FB00–U+FB06) of text pasted from
//     a PDF are spelled out by their NFKC decomposition ("Oﬃce" reads "Office").
//   - boilerplate.go: furniture removal by element (nav, aside, footer, page-level header,
//     form, script...), role, hidden state, class/id words (whole words: "site-footer" but not
//     "footerless"; "sidebar", "aside", "related"...), short link bars, menu lists, and "Last
//     update"/copyright footer lines.
//   - tables.go: grids with colspan (Cell.Span) and rowspan; a cell spanning rows appears in
//     its first row and leaves an empty cell (same span) in the rows below, the way PDF tables
//     and old pages leave a continued cell blank, so no row looks like a new item. Data tables
//     (a header row of th or bold cells, or a grid of short cells three columns wide) stay
//     tables; layout tables are flattened into paragraphs.
//   - blocks.go: headings (h1–h6, and short wholly bold paragraphs with Level 0), paragraphs
//     (any block element's own text; <br> is a space, two <br>s a paragraph break, and so is
//     one after a full line of running text with no closing punctuation), tables; the items
//     of a list nested under a lead-in item ("The Ministry will:") each start with the
//     lead-in; an item of an ordered list starts with the marker a browser prints ("1.",
//     "b.", "iv.": start, value and type attributes) unless its text types one.
//   - content.go: the main content is <main>/role=main, else a single <article>, else the
//     container with the best Readability-style score (a list's items vote for the element
//     that holds the list and its lead-in) with its like-looking siblings (up to
//     the outermost layout table on a layout page); on such a page, long data tables are kept
//     wherever they stand.
//   - meta.go: title (<title>, else the first h1) and date hint (article:published_time,
//     <time>, date-named <meta>, class/itemprop date), the last two only from the content.
//
// All tree walks are iterative and check the context every few thousand nodes.
package htmltext
