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
//
// Safety rules kept throughout: only http, https and local paths are read; a
// manifest from the web may name only http(s) URLs; redirects stay on
// http(s) and are counted; every read stops at a size cap with an error,
// never a silent truncation; credentials in URLs are removed from errors and
// logs (Redact, Source.String); names derived from outside strings go
// through SafeName, so no path traversal is possible.
//
// Retries: a GET is repeated on 5xx, 429 (honouring Retry-After, capped) and
// a connection dropped before the answer, with exponential backoff and
// jitter; other 4xx answers and timeouts are final.
package corpus
