// Package pipeline runs gbtrack's main job over a batch of sources: it expands and pulls them
// (package corpus), reads each document's text (extract/pdftext, extract/htmltext), finds its
// items (extract/items), and publishes items.jsonl, documents.jsonl and the report as one set
// (package rundir).
//
// Documents are processed in parallel with a limit; results are stored by input position so the
// output order never depends on scheduling. A document that fails for any reason (unreadable,
// encrypted, a timeout, a panic inside a library) becomes an error on its documents.jsonl line and
// the batch goes on. Per-document results are cached by content hash and gbtrack version, so a
// re-run over an unchanged corpus extracts nothing again; an entry carries a checksum, holds no
// file name (item ids are rooted in content) and is relabelled with the name its bytes are met
// under, so a run from the cache writes the same bytes as one without it (cache.go). The package does not parse arguments;
// cmd/gbtrack does.
package pipeline
