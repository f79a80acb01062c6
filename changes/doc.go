// Package changes compares two runs item by item and says what moved between them: new and
// removed items, changed statuses, moved deadlines, items that became overdue and reworded
// texts (with a word-level diff); it also reads a run's items.jsonl and documents.jsonl back.
//
// Non-goals: it does not match items whose id changed between runs (ids are promised stable, so
// a changed id is reported as one removal and one addition), it does not draw anything (render
// does) and it does not decide what an item is (extract does).
package changes
