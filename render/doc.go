// Package render turns a run's items and documents into the consolidated progress report: Build
// computes every figure once (the Report, which is also what report.json holds), WritePDF draws
// it and WriteJSON writes it.
//
// Non-goals: render reads no files and no clock (the as-of date comes in with the Input, so the
// same Input always gives the same bytes), it does not extract or normalize anything, and it
// does not compare runs (package changes does; render only prints the changes it is given).
package render
