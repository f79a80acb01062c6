// Package htmltext reads an HTML page (a news item, a 1999-style Governing Body paper) into a
// textlayer.Document: the main content's headings, paragraphs and data tables in reading order,
// with navigation, banners, sidebars, footers and other page furniture left out.
//
// It decodes the page as a browser would (HTTP charset, byte order mark, <meta> declaration,
// then sniffing), finds the main content with generic structural rules (landmark elements,
// class and role words, link density, Readability-style text scoring) and never with rules keyed
// on one site's markup, and tells data tables (kept as tables) from layout tables (flattened
// into paragraphs).
//
// Non-goals: it does not fetch pages, run scripts, apply CSS beyond inline "display:none", follow
// frames, or decide which words are items or which date is the document's date; Document.Title
// and Document.Date are hints for extract/items.
package htmltext
