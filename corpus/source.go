package corpus

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
)

// Kinds of Source.
const (
	KindFile = "file"
	KindURL  = "url"
)

// Source is one document to read, as named on the command line or in a
// manifest.
type Source struct {
	Ref  string // the path or URL as given, or as resolved from a manifest line
	Kind string // KindFile or KindURL
	// Listed is true for a source named by a manifest rather than by the
	// user: unless FetchOptions.AllowPrivate, it must lead to a public
	// address.
	Listed bool
}

// String returns the reference with any credentials removed and escaped (see
// Escape), so a Source is safe to print and to record: two sources never
// print the same.
func (s Source) String() string { return Escape(Redact(s.Ref)) }

// ErrScheme is returned for a reference whose scheme is neither http, https
// nor a local path (file:, ftp:, data:, javascript: ...).
var ErrScheme = errors.New("unsupported scheme")

// schemeRE matches a URL scheme prefix as RFC 3986 spells it; single-letter
// schemes are excluded because "C:" is a drive letter, not a scheme.
var schemeRE = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9+.\-]+):`)

// classify tells whether ref is a URL or a local path and refuses any other
// scheme. A local path that happens to contain a colon before its first slash
// must be written with a "./" prefix.
func classify(ref string) (string, error) {
	m := schemeRE.FindStringSubmatch(ref)
	if m == nil {
		return KindFile, nil
	}
	switch strings.ToLower(m[1]) {
	case "http", "https":
		u, err := url.Parse(ref)
		if err != nil {
			return "", errors.New("malformed URL")
		}
		if u.Host == "" {
			return "", errors.New("URL has no host")
		}
		return KindURL, nil
	default:
		return "", fmt.Errorf("%w %q: only http, https and local paths are read", ErrScheme, strings.ToLower(m[1]))
	}
}

// httpScheme reports whether u may be fetched.
func httpScheme(u *url.URL) bool {
	s := strings.ToLower(u.Scheme)
	return s == "http" || s == "https"
}

// userinfoRE finds credentials in a string that does not parse as a URL.
// Greedy through the last '@' of the authority, since a password may
// itself hold an unescaped '@'.
var userinfoRE = regexp.MustCompile(`//[^/?#\s]*@`)

// Redact removes user:password@ from a URL so it can appear in logs and
// errors. Strings that are not URLs pass through with any "//user@" pattern
// removed all the same.
func Redact(ref string) string {
	u, err := url.Parse(ref)
	if err == nil && u.User != nil {
		u.User = nil
		return u.String()
	}
	if err != nil || strings.Contains(ref, "@") {
		return userinfoRE.ReplaceAllString(ref, "//")
	}
	return ref
}
