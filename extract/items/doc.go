// Package items finds what the Office promised in a document's text layer: numbered
// recommendations with their table of responsible units, priority and implications; action
// items from action-plan and status tables (found by the meaning of their header row), from the
// clauses of decisions and resolutions of any governing body that ask someone to act (a clause
// grammar: clauses.go) and from a plan's numbered actions; and commitments, sentences of running
// text that bind someone to an action within a time bound, and items of a list whose lead-in
// lends them its verb. It also reads the document's own symbol, title and date. Session
// references resolve through a calendar that a board paper's masthead may complete.
//
// A recommendation is a directive sentence in one of three forms (recsentence.go): a modal
// ("should"), an imperative, or a recommending clause whose subject is the body that
// recommends ("We recommend that ...", "The Committee recommends that ..."), the form of
// parliamentary committees and oversight bodies; a list of "Conclusions and recommendations"
// holds both, and only the entries that recommend are items. Audit follow-up (audit.go) reads
// "In paragraph N, the Board recommended that ..." with its label block, and status tables whose
// status is a mark under one of several status columns (columns.go).
//
// A document that makes recommendations is read as a whole (advice.go, summaries.go): its
// advice elsewhere and its account of past plans are not commitments, and its executive
// summary's restatements give way to the chapter's recommendations.
//
// Rules are keyed on structure and on the language of the genre (GB papers, evaluation reports,
// news items), never on the words of particular documents. Values are normalized by package
// normalize. Reading bytes (PDF, HTML) is not this package's job: it reads a textlayer.Document.
package items
