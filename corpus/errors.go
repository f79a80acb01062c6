package corpus

import (
	"errors"
	"fmt"
)

// Sentinel errors callers branch on. Each is wrapped in an *Error naming the
// source.
var (
	ErrEmpty         = errors.New("empty document")
	ErrUnknownFormat = errors.New("unknown format")
	ErrTooLarge      = errors.New("larger than the size cap")
	ErrRedirect      = errors.New("redirect refused")
	// ErrRemoteLocal: a manifest fetched from the web named something other
	// than an absolute http(s) URL, which would let a remote party read
	// local files.
	ErrRemoteLocal = errors.New("a web manifest may list only http and https URLs")
)

// Error reports which source failed and during which operation. Source is
// always redacted: it never carries credentials.
type Error struct {
	Source string // path or URL, credentials removed
	Op     string // "expand", "read", "fetch", "sniff"
	Err    error
}

func (e *Error) Error() string { return fmt.Sprintf("%s %s: %v", e.Op, e.Source, e.Err) }

func (e *Error) Unwrap() error { return e.Err }

// StatusError is an HTTP response that was not a success and was not (or no
// longer) retried.
type StatusError struct {
	Code   int
	Status string // as the server sent it, e.g. "404 Not Found"
}

func (e *StatusError) Error() string { return "HTTP " + e.Status }

// ManifestError names the manifest and the 1-based line that was refused.
type ManifestError struct {
	Manifest string // path or URL of the manifest, credentials removed
	Line     int    // 1-based
	Text     string // the line, redacted and shortened; "" when not worth showing
	Err      error
}

func (e *ManifestError) Error() string {
	if e.Text != "" {
		return fmt.Sprintf("manifest %s line %d %q: %v", e.Manifest, e.Line, e.Text, e.Err)
	}
	return fmt.Sprintf("manifest %s line %d: %v", e.Manifest, e.Line, e.Err)
}

func (e *ManifestError) Unwrap() error { return e.Err }
