// Package golden holds gbtrack's golden files and the tests that compare a run on the bundled
// sample corpus against them: each document's text layer (pages, blocks, tables, footnotes),
// its items and document line, and the report's JSON, text and PDF bytes.
//
// The files under testdata are rewritten only by `go test ./golden/ -update` (make golden);
// every rewrite is a change to review like code. The tests never write an input.
package golden
