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
// under, so a run from the cache writes the same bytes as one without it (cache.go). The package
// does not parse arguments; cmd/gbtrack does.
//
// Memory. While documents are read, a run holds the documents in flight and the PDF engine, not
// the results so far: each document's items go to a spool file in the run's staging folder
// (spool.go, rundir.Stage) as it finishes, and the engine is closed once the last is read. The
// work that needs every document at once (assemble, followup.Link, the changes, the report's
// figures) then reads the items back; items.jsonl, documents.jsonl, report.pdf and report.json
// are streamed into the staged run folder and the report cache is filled from those files, so
// no output is held whole beside the items. What is left growing with the corpus is that
// cross-document step: about 1.4 KB an item in memory (55 MiB for the 40,849 items of the
// 2,000-document bench corpus) and the word sets Link compares, and the report's register
// (fpdf keeps every page until it writes the file). --heap-profile shows where the bytes are.
// Measured on the 2,000-document bench corpus (21,522 pages), --no-cache at -j 2: peak RSS
// 279 MiB (397 MiB before the spool), of which reading holds about 150 MiB.
package pipeline
