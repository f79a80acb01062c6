// Package items finds what the Office promised in a document's text layer: numbered
// recommendations with their table of responsible units, priority and implications; action
// items from action-plan and status tables (found by the meaning of their header row) and from the
// enumerated requests of a Governing Body decision; and commitments, sentences of running text
// that bind someone to an action within a time bound. It also reads the document's own symbol,
// title and date.
//
// Rules are keyed on structure and on the language of the genre (GB papers, evaluation reports,
// news items), never on the words of particular documents. Values are normalized by package
// normalize. Reading bytes (PDF, HTML) is not this package's job: it reads a textlayer.Document.
package items
