// Package render turns a run's items and documents into the consolidated progress report: Build
// computes every figure once (the Report, which is also what report.json holds), WritePDF draws
// it and WriteJSON writes it.
//
// Non-goals: render reads no files and no clock (the as-of date comes in with the Input, so the
// same Input always gives the same bytes; RelativeLinks, which the caller runs, alone consults
// the working folder), it does not extract or normalize anything, and it does not compare runs
// (package changes does; render only prints the changes it is given).
//
// The figures. Where an item stands is normalize.Item.Latest: the newest status a later
// document of the run reported (latest_status), else the item's own. A document that is a copy
// of another (documents.jsonl same_as) and its items are counted once, under the original.
// Overdue means changes.Overdue: due.end strictly before the as-of date and the item not
// completed (an item without a status counts as not completed; a cancelled one as well, since
// only "completed" discharges it). Overdue items fall in age bands, counted in whole years from
// the deadline's last day: under 1 year, 1-2 years, 2-5 years, and 5 years or more, "long
// outstanding". The implementation rate and the acceptance rate are the Joint Inspection
// Unit's (see Implementation and Acceptance). Due soon: not completed, due.end from the as-of
// date to 90 days after it, both ends included. Units are grouped by the unit register's name,
// else as printed, except that an abbreviation the run also spells out ("PROGRAM" beside
// "Strategic Programming and Management Department (PROGRAM)") is grouped under the full name.
//
// The PDF. A first page that answers what was promised and how far it got: items by kind and
// latest status with their totals and shares, the two rates with their denominators, every item
// by deadline age, what changed since the previous run, and the contents. Then the register:
// one row an item, grouped by document (a title linked to the source and a line that sums the
// document up) and by kind, with the item's words (cut at a word with an ellipsis only when
// long, and printed once for a run of plan rows that share their issue's words), its units, its
// deadline as printed with the date it allows and how long overdue, its status with the words
// printed and the document and date that reported it, and its page, linked to the source at
// that page. Then the by-unit table (counts, completed, overdue, the register pages of the
// unit's items, linked), the changes since the previous run when given (the item's words, what
// changed, before and now, and who reported a new status), and the documents that could not be
// read. Dates are written as people write them (9 October 2020); no id stands where words
// should; all text, digits included, is set in one face. Every section and document has an
// outline entry; every page after the first has a running header, and every page "page X of Y".
//
// Links. Each register row is the target of internal links (from the by-unit table and the
// changes) and of a named destination, its item id, so that another document or a browser can
// open report.pdf#<item id>. fpdf v0.12 cannot write named destinations; dests.go appends them
// as an incremental update (a /Dests name tree and a new catalog), leaving every byte fpdf wrote
// in place. A source is linked by Input.Links (relative to report.pdf), else by its URL, else by
// its file name, with #page=N for a page.
//
// Layout and scale. Text is placed line by line from wrapText (fpdf's SplitText, plus a guard
// that breaks any line still wider than its cell), never with automatic page breaks, so that
// breaks fall where this package decides: a table repeats its header on each page, a short row
// is kept on one page, a heading is never left at the foot of a page. The report is drawn in one
// pass and the register row by row (tableWriter): a row's wrapped lines are dropped once it is
// drawn, and the first page's contents get their page numbers at the end (fpdf can go back to
// a page). 20,000 items take about 3.3 s of CPU, report.json included (BenchmarkWritePDF20000);
// the heap peaks near 250 MiB, twice what is live (fpdf's pages, the Report), since fpdf makes
// a 1 MB zlib writer for each page's stream. WriteJSON streams the entries.
//
// Determinism. Dates in the file are the as-of date; the catalog is sorted; no map is iterated
// while drawing; each report copies the font bytes, because fpdf's subsetter writes into the
// slice it is given. Every string is passed through printable first, since fpdf panics on
// invalid UTF-8 and on runes outside the Basic Multilingual Plane.
//
// BUG: scripts DejaVu Sans does not cover (CJK, Arabic, Hebrew) print as missing-glyph boxes;
// there is no font fallback.
package render
