// Package pull downloads a session's documents into a cache folder politely
// and resumably: it takes document URLs, manifests (CSV or JSON Lines) and
// index pages whose links it collects, honours robots.txt, spaces and bounds
// its requests per host, revalidates what it already holds with conditional
// requests, and records each document beside a JSON sidecar.
//
// Cache layout (Store): DIR/docs/HH/KEY.body and DIR/docs/HH/KEY.json,
// where KEY is the hex SHA-256 of the normalised URL and HH its first two
// digits. The sidecar is written last and atomically, after the body has
// been renamed into place: a body without a sidecar, or whose SHA-256 does
// not match it, is never taken for a document. While a pull runs,
// DIR/pull.state records when it started; an interrupted pull leaves it
// behind, and the next pull takes every document fetched since that time as
// done and does not ask for it again. A pull that finishes removes it, so
// the next pull revalidates every stale document (If-None-Match,
// If-Modified-Since) and a server answers 304 for those unchanged.
//
// Freshness follows RFC 9111 for a private cache (fresh.go): a stored
// document still fresh by its Cache-Control max-age (s-maxage is for shared
// caches and ignored), its Expires, or heuristically from Last-Modified (a
// tenth of its age, at most a day) is served without a request (outcome
// Fresh); no-cache makes every use a revalidation, no-store every use a full
// download; Options.Revalidate asks again for everything.
//
// Non-goals: no general crawler (links are followed only from the index
// pages asked for, to a depth given), no JavaScript, no Vary or shared-cache
// rules (one user's cache, GET only), and no reading of the documents: that
// is package extract.
package pull
