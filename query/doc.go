// Package query selects items from one or more run folders and writes them as JSON Lines, CSV,
// a text table or a Markdown table. It is what `gbtrack query` runs, and what researchers
// would otherwise rebuild with jq and a flattening script.
//
// A Filter's fields combine with AND; an empty field selects everything. Dates compare against
// due.end (ISO days, so byte order is date order). Status is the latest status a follow-up
// reports where the run has one (latest_status), else the item's own status. Units match through
// the unit register (normalize.Register): an abbreviation or any name of the register selects
// every item whose units resolve to that unit, however it was printed.
//
// Non-goals: it extracts nothing and changes no run; it never reads report.json (every figure
// there derives from items.jsonl).
package query
