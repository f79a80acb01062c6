// Package render turns a run's items and documents into the consolidated progress report: Build
// computes every figure once (the Report, which is also what report.json holds), WritePDF draws
// it and WriteJSON writes it.
//
// Non-goals: render reads no files and no clock (the as-of date comes in with the Input, so the
// same Input always gives the same bytes), it does not extract or normalize anything, and it
// does not compare runs (package changes does; render only prints the changes it is given).
//
// The figures. Overdue means changes.Overdue: due.end strictly before the as-of date and status
// not completed (an item without a status counts as not completed; a cancelled one as well,
// since only "completed" discharges it). Due soon: not completed, due.end from the as-of date to
// 90 days after it, both ends included. Implementation rate: completed items over items that
// state a status, any value; items without one are left out of the denominator, which the
// report prints beside the rate. An item without a due end (no due, or "Continuously") is on
// the no-deadline list. Units are grouped as printed, except that an abbreviation the run also
// spells out ("PROGRAM" beside "Strategic Programming and Management Department (PROGRAM)") is
// grouped under the full name.
//
// The PDF. A cover; a table of contents with page numbers; a summary (counts by kind and
// status, a status bar chart of vector rectangles, the rate with its denominator, the overdue,
// due-soon and no-deadline tables); the items by responsible unit (a table per unit: id, whole
// text, deadline, status; items naming no unit as a compact table); the items by document, each
// in full (number, id, whole text, deadline as printed and as normalized, status, units,
// section, source linked as file-name#page=N or URL#page=N); failed documents with their error;
// and, when given, the changes since the previous run. Every section and document has an
// outline entry; every page has a running header and "page X of Y".
//
// Links to items. An item's id in any table is an internal link to its full entry in the
// by-document section, and every item id is also a named destination, so that another document
// or a browser can open report.pdf#<item id>. fpdf v0.12 cannot write named destinations;
// dests.go appends them as an incremental update (a /Dests name tree and a new catalog), leaving
// every byte fpdf wrote in place.
//
// Layout. Text is placed line by line from wrapText (fpdf's SplitText, plus a guard that breaks
// any line still wider than its cell), never with automatic page breaks, so that breaks fall
// where this package decides: a table repeats its header on each page, an entry that fits on
// one page is kept on one, a heading is never left at the foot of a page. The contents' page
// numbers come from drawing the whole report twice: the first pass records where each section
// starts; the contents take the same room in both passes, so the numbers hold in the second.
//
// Determinism. Dates in the file are the as-of date; the catalog is sorted; no map is iterated
// while drawing; each pass copies the font bytes, because fpdf's subsetter writes into the
// slice it is given. Every string is passed through printable first, since fpdf panics on
// invalid UTF-8 and on runes outside the Basic Multilingual Plane.
//
// BUG: scripts the Go fonts do not cover (CJK, Arabic, Hebrew) print as missing-glyph boxes;
// there is no font fallback.
package render
