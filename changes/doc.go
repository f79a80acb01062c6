// Package changes compares two runs item by item and says what moved between them: new and
// removed items, changed statuses, moved deadlines, items that became overdue and reworded
// texts (with a word-level diff); it also reads a run's items.jsonl and documents.jsonl back.
//
// Items are matched by id, then, for the ones whose id changed, within their document by id key,
// same text and similar text, so that a renumbered or reworded item is reported as moved or
// reworded rather than removed and added (CompareContext). Time and memory are bounded whatever
// the lengths of the texts.
//
// Non-goals: it does not draw anything (render does) and it does not decide what an item is
// (extract does).
package changes
