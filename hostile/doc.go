// Package hostile writes the hostile input files gbtrack's batch must survive (empty, mislabelled,
// truncated, self-referencing, deeply nested, encrypted, huge and random documents, and
// decompression bombs) into a folder, each with the kind of error gbtrack should report for it. It builds every file from
// code, so the repository holds no binary blobs; it is a test fixture generator, not a PDF or
// HTML library, and it neither reads documents nor runs gbtrack.
package hostile
