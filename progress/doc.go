// Package progress tells, on standard error, how the long phases of a command go: how many of how
// many documents are done, the bytes, the failures, the time elapsed and the time left. On a
// terminal it draws a bar redrawn in place (github.com/schollz/progressbar/v3, the maintained
// library pull already used); elsewhere (a file, a pipe, a CI log, a test) it writes plain lines,
// at most one a second a phase while it goes on and one when it ends, so a log stays readable.
// Steps of unknown length (starting the PDF engine, rendering the report) get a line when they
// start and one with their duration when they end, and a spinner on a terminal.
//
// Diagnostics written through Meter.Printf go above the bar, which is redrawn under them. A
// quiet Meter shows no progress at all but still writes diagnostics.
//
// Non-goals: several bars at once (a phase that runs beside the bar's is told in its
// description), colours, and anything on standard output, which is for data.
package progress
