// Package normalize turns printed words into values: deadlines and periods into ISO intervals,
// status phrases into a closed set of values, cells of responsible units into unit names, and
// it defines the JSON schema of items.jsonl and documents.jsonl (see schema.go).
//
// It knows the ILO calendar (Governing Body and Conference sessions) so that "at its 356th
// Session" resolves to a date. It does not find items in documents; package extract/items
// does, and calls this package for every value it reports.
package normalize
