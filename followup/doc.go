// Package followup links the items of one run across documents, after every document is read:
// it recognises the same paper in two forms (documents.jsonl "same_as") and links a later item
// that reports on an earlier one (items.jsonl "follow_up" and "latest_status").
//
// The rules, from how the Office reports on its own papers:
//
//   - Copies. Two documents are one paper when they carry the same symbol, or, without a
//     symbol, the same title and near-identical items (a web print and an office print of an
//     evaluation, a PDF and its HTML page). The first in input order is the original; the
//     others get its id in SameAs. Every copy keeps its items as evidence.
//   - cited: a later item whose text or heading cites the earlier document's symbol, with the
//     same number (or, for an item without a number, a similar text).
//   - number: a later document that names the earlier paper (its symbol or its title, in the
//     title or in a heading) and an item with the same number: a progress report's table row
//     on action 3 of the plan it reports on.
//   - text: near-identical text in a later document; a news item whose headline reports that
//     the promised thing took place ("ILO launches ...").
//   - session: a decision's request for a report at the Nth Session, answered by a paper of
//     that session (symbol GB.N/...) whose title shares the request's subject.
//
// A link always carries its evidence (Why, Score). A weak link (a similar but not
// near-identical text, a subject only partly shared) is kept for people to judge but never sets
// an item's latest status.
//
// Non-goals: reading document text (only items and document metadata are compared), deciding
// whether a report is satisfactory, and counting copies once in the report (package render).
package followup
