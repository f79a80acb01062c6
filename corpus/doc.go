// Package corpus finds the documents a run is asked to read and pulls their
// bytes safely: it expands files, folders, URLs and manifests into an ordered
// list of sources, fetches them with size caps, timeouts, retries and
// per-host limits, sniffs what the bytes really are, and offers the
// file-name-safe naming, cache and atomic-write primitives the pipeline uses
// for its outputs.
//
// Non-goals: it does not parse PDF or HTML beyond recognising them (that is
// package extract), it does not decide document ids from content (a symbol
// printed in the paper wins over DocID's file-name fallback), and it does not
// crawl: a web page's links are never followed, only the sources named.
package corpus
