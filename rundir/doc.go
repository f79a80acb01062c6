// Package rundir is the one home of a run's output folder: its layout, the lock that keeps a
// second run out, publishing a run's files as one set, cleaning what an interrupted run left,
// and finding the files of the current set again.
//
// A run folder DIR (the --out of gbtrack run) holds:
//
//	DIR/runs/<id>/            one folder a run: items.jsonl, documents.jsonl, report.json, report.pdf
//	DIR/current -> runs/<id>  the published run: a symbolic link, replaced by one rename
//	DIR/items.jsonl -> current/items.jsonl   (and the same for the other files)
//	DIR/.lock                 held (flock) by the run writing DIR
//	DIR/.cache/               per-document results (package corpus)
//	DIR/runs/.staging-<id>/   a run being written; renamed to runs/<id> when complete
//
// The files at the top of DIR are fixed links through DIR/current, so users and scripts open
// DIR/items.jsonl as always. A new set is published by renaming one link (DIR/current): a
// reader or a kill at any moment sees the old set or the new one. A reader that opens several
// files at different times and must not straddle a publication resolves DIR/current once
// (Resolve) and reads from that run folder, which stays in place for at least one more run.
//
// Non-goals: what the files contain (pipeline and changes), the cache's entries (corpus).
//
// BUG: publication needs symbolic links, which Windows grants only to some users.
package rundir
