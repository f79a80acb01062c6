// Package shard splits one run's sources among machines and puts their partial runs back
// together: gbtrack run --shard i/n reads the sources the rule gives shard i and writes a partial
// run; gbtrack merge reads the n partial runs, checks that they are the shards of one run, and
// hands their documents back in the order a single-machine run would have read them.
//
// The rule (Of): a source belongs to shard SHA-256(key) mod n, the first 8 bytes of the digest
// read as a big-endian integer, where key is the source as named (an http(s) URL in the one
// spelling of corpus.CanonicalURL, credentials removed; a path cleaned, with forward slashes).
// It depends on the source alone, so a source keeps its shard when others are added to the run
// or removed from it, and a shard's extraction cache stays warm from one run to the next.
//
// A partial run is one JSON Lines file, PartialFile in the shard's output folder: a Header line
// (which shard of how many, how many sources the whole run had and a digest of their list, the
// date and title of the report, the gbtrack version), then one Record a document of the shard:
// its position in the whole run's list of sources and its document and items as extracted,
// before ids are made unique across documents and before follow-up links are drawn, which need
// every document and are the merge's work (package pipeline).
//
// Non-goals: scheduling the shards (a Kubernetes Indexed Job, a Slurm job array: deploy/), moving
// the files between machines, and the documents' contents (package pipeline).
package shard
