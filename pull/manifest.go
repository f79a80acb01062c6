package pull

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
)

// Entry is one document to pull, with what a manifest says about it. Only
// URL is required; the rest is carried into the sidecar as given.
type Entry struct {
	URL      string `json:"url"`
	Symbol   string `json:"symbol,omitempty"`   // document symbol, e.g. "GB.355/INS/2"
	Title    string `json:"title,omitempty"`    //
	Session  string `json:"session,omitempty"`  // e.g. "355"
	Date     string `json:"date,omitempty"`     // as written in the manifest
	Kind     string `json:"kind,omitempty"`     // e.g. "paper", "evaluation", "news"
	Language string `json:"language,omitempty"` // e.g. "en"
}

// ManifestError names the manifest line (1-based) that was refused.
type ManifestError struct {
	Line int
	Err  error
}

func (e *ManifestError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ManifestError) Unwrap() error { return e.Err }

// ErrNoURLColumn: a CSV manifest's header has no "url" column.
var ErrNoURLColumn = errors.New(`no "url" column in the header`)

// maxManifestLine bounds one line or record; nobody writes longer ones.
const maxManifestLine = 64 << 10

// ParseManifest reads a manifest as JSON Lines when its first non-blank
// byte is '{', else as CSV with a header row naming the columns (url,
// symbol, title, session, date, kind, language; case and spaces ignored,
// other columns ignored). Blank lines and lines starting with '#' are
// skipped; a UTF-8 byte-order mark is tolerated. Each URL must
// be absolute http or https. Entries that parse are returned with the
// errors (*ManifestError, joined) of those that do not.
func ParseManifest(data []byte) ([]Entry, error) {
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	if t := bytes.TrimLeft(data, " \t\r\n"); len(t) > 0 && t[0] == '{' {
		return parseJSONL(data)
	}
	return parseCSV(data)
}

func parseJSONL(data []byte) ([]Entry, error) {
	var out []Entry
	var errs []error
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), maxManifestLine)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		var e Entry
		dec := json.NewDecoder(bytes.NewReader(line))
		if err := dec.Decode(&e); err != nil {
			errs = append(errs, &ManifestError{Line: n, Err: err})
			continue
		}
		if dec.More() {
			errs = append(errs, &ManifestError{Line: n, Err: errors.New("more than one JSON value")})
			continue
		}
		if err := checkURL(e.URL); err != nil {
			errs = append(errs, &ManifestError{Line: n, Err: err})
			continue
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, err)
	}
	return out, errors.Join(errs...)
}

func parseCSV(data []byte) ([]Entry, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	r.ReuseRecord = true
	head, err := r.Read()
	if err == io.EOF {
		return nil, nil
	}
	if err != nil {
		return nil, &ManifestError{Line: 1, Err: err}
	}
	col := map[string]int{}
	for i, h := range head {
		h = strings.ToLower(strings.TrimSpace(h))
		if _, dup := col[h]; !dup {
			col[h] = i
		}
	}
	if _, ok := col["url"]; !ok {
		return nil, &ManifestError{Line: 1, Err: ErrNoURLColumn}
	}
	field := func(rec []string, name string) string {
		if i, ok := col[name]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	var out []Entry
	var errs []error
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			// FieldPos may be called only after a successful Read.
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				errs = append(errs, err)
				break
			}
			errs = append(errs, &ManifestError{Line: pe.Line, Err: pe.Err})
			break // a quoting error leaves the reader lost; stop here
		}
		line, _ := r.FieldPos(0)
		e := Entry{
			URL: field(rec, "url"), Symbol: field(rec, "symbol"), Title: field(rec, "title"),
			Session: field(rec, "session"), Date: field(rec, "date"), Kind: field(rec, "kind"),
			Language: field(rec, "language"),
		}
		if len(rec) > 0 && strings.HasPrefix(strings.TrimSpace(rec[0]), "#") {
			continue
		}
		if err := checkURL(e.URL); err != nil {
			errs = append(errs, &ManifestError{Line: line, Err: err})
			continue
		}
		out = append(out, e)
	}
	return out, errors.Join(errs...)
}

// checkURL accepts an absolute http or https URL with a host.
func checkURL(s string) error {
	if s == "" {
		return errors.New("no url")
	}
	if len(s) > maxManifestLine {
		return errors.New("url too long")
	}
	u, err := url.Parse(s)
	if err != nil {
		return errors.New("malformed url")
	}
	if sc := strings.ToLower(u.Scheme); sc != "http" && sc != "https" {
		return fmt.Errorf("url %q: only http and https are pulled", truncate(s, 80))
	}
	if u.Host == "" {
		return fmt.Errorf("url %q has no host", truncate(s, 80))
	}
	return nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
