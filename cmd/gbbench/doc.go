// Command gbbench measures gbtrack on a scaled corpus beside pdftotext, for `make bench`.
//
//	gbbench [-bin bin/gbtrack] [-size N] [-count 5] [-jobs 1,2] [-corpus DIR] [-samples samples] [-corpus-only]
//
// It builds a corpus of N documents from the bundled samples, deterministically and without
// downloads: seven in ten are PDFs made by joining one to three sample PDFs in an order drawn
// from the document's number (qpdf --empty --pages, with --deterministic-id), the others are
// sample news pages; every copy carries its number in a comment, so no two have the same bytes
// and the run's cache and ids treat them as different documents. The corpus is written once
// into the user's cache folder (gbtrack/bench/vV-N), never into the repository, and reused.
//
// Then, count times each: gbtrack run --no-cache at each -j, pdftotext over the same PDFs one
// file after the other (one process a file, as a shell loop would), and a re-run of gbtrack over
// the unchanged corpus with its cache. A warm-up run first fills PDFium's compilation cache.
// Every measurement is printed as a Go benchmark line, so the output can be fed to benchstat:
//
//	BenchmarkRun/docs=N/j=1   1   WALL ns/op   D docs/s   P pages/s   R peak-MiB   C cpu-s   ...
//
// with the stage times gbtrack reports (gbtrack run --timings), then a table of medians with
// the ratios to pdftotext. Peak RSS is the child's ru_maxrss. Nothing here asserts a speed:
// the figures are for people and benchstat.
package main
