// Package schema holds the JSON Schemas of gbtrack's outputs (item.schema.json for a line of
// items.jsonl, document.schema.json for a line of documents.jsonl, report.schema.json for
// report.json), generates them from the Go types that write the files, and validates files
// against them. Tests call ValidateRun on every run they make, so an output that drifts from its
// schema fails a test rather than a researcher's script.
//
// The schemas are generated, never edited: `go test ./schema -update` rewrites them from the
// types in normalize, render and changes (with their doc comments as descriptions), and a test
// fails when the files differ from what the types give.
//
// github.com/invopop/jsonschema generates (it reads struct tags and doc comments, so the Go types
// stay the one definition); github.com/santhosh-tekuri/jsonschema/v6 validates (full draft
// 2020-12, errors that name the failing path). Both are pure Go.
//
// Policy (README, "schema_version"): a field may be added without a version bump, so a schema
// allows properties it does not list, and a field added after version 1 is not required, so
// that runs written before it still validate. Renaming or dropping a field bumps
// normalize.SchemaVersion.
package schema
