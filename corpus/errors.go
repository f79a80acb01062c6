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
	// ErrPrivate: a redirect or a manifest entry led to a loopback, link-local
	// or private address, which would let a remote party or a planted list
	// reach services on the user's machine or network.
	ErrPrivate = errors.New("private address refused (--allow-private allows it)")
	// ErrInOutput: a source inside the run's own output folder (its outputs,
	// cache or staging), which must never be read back as input.
	ErrInOutput = errors.New("inside the output folder")
)

// Error reports which source failed and during which operation. Source is
// always redacted: it never carries credentials.
type Error struct {
	Source string // path or URL, credentials removed
	Op     string // "expand", "read", "fetch", "sniff"
	Err    error
}

// Error names the source first, as every other error of a run does ("gbtrack: FILE: damaged
// PDF"), then what failed in a user's words: "samples/x.pdf: no such file or directory",
// "https://…/a.pdf: fetching: HTTP 404 Not Found". Op stays for callers that sort errors.
func (e *Error) Error() string {
	switch e.Op {
	case "fetch", "read":
		return fmt.Sprintf("%s: %sing: %v", Escape(e.Source), e.Op, e.Err)
	}
	return fmt.Sprintf("%s: %v", Escape(e.Source), e.Err)
}

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
		return fmt.Sprintf("manifest %s line %d %q: %v", Escape(e.Manifest), e.Line, e.Text, e.Err)
	}
	return fmt.Sprintf("manifest %s line %d: %v", Escape(e.Manifest), e.Line, e.Err)
}

func (e *ManifestError) Unwrap() error { return e.Err }

// Failures flattens what Expand returned into one error a source: joined
// errors are unjoined at any depth, and each *Error or *ManifestError stays
// whole. Nil gives nil.
func Failures(err error) []error {
	if err == nil {
		return nil
	}
	switch err.(type) {
	case *Error, *ManifestError:
		return []error{err}
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, Failures(e)...)
		}
		return out
	}
	return []error{err}
}

// FailedSource is the source a failure of Expand is about, as Source.String
// shows it: the path or URL, or for a manifest line refused before it named
// anything, the line's text or else "MANIFEST:LINE". "" when the error names
// no source.
func FailedSource(err error) string {
	var ce *Error
	var me *ManifestError
	switch {
	case errors.As(err, &me):
		if me.Text != "" {
			return Escape(me.Text)
		}
		return fmt.Sprintf("%s:%d", Escape(me.Manifest), me.Line)
	case errors.As(err, &ce):
		return Escape(ce.Source)
	}
	return ""
}
