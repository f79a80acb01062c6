// Package export writes the items and documents of one or more runs into a SQLite database, so
// that researchers query them with SQL instead of flattening JSON themselves.
//
// The database holds the tables documents, items (a row per item, the flat columns of
// query.Columns and the item's JSON line in column json), units (a row per item and unit),
// follow_up (a row per follow-up report, when the runs have follow-up) and items_fts, an FTS5
// index on the items' texts and sections. docs/query.md shows the schema and example queries.
//
// It uses modernc.org/sqlite: pure Go, so gbtrack stays one static binary built without cgo,
// with FTS5 compiled in.
//
// Non-goals: it never updates a database in place (the file is written whole, then renamed) and
// it reads no PDFs: it exports what a run wrote.
package export
