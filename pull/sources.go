package pull

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"strings"

	"gbtrack/corpus"
)

// manifestExts mark a URL that names a manifest rather than a document.
var manifestExts = []string{".csv", ".jsonl", ".ndjson"}

// maxManifestBytes bounds a manifest read from disk or the web.
const maxManifestBytes = 16 << 20

// Sources turns command-line SOURCEs into requests, in order, each URL once:
// an http(s) URL is a document unless its path ends in .csv, .jsonl or
// .ndjson, when it is a manifest fetched and read; anything else is a local
// manifest file. Errors for each source are joined; the requests that did
// resolve are returned with them.
func (p *Puller) Sources(ctx context.Context, args []string) ([]Request, error) {
	var out []Request
	var errs []error
	seen := map[string]bool{}
	add := func(r Request) {
		if k := Key(r.URL); !seen[k] {
			seen[k] = true
			out = append(out, r)
		}
	}
	for _, a := range args {
		if isURL(a) {
			if !isManifestURL(a) {
				add(Request{URL: a})
				continue
			}
			resp, err := p.f.GetConditional(ctx, corpus.Source{Ref: a, Kind: corpus.KindURL}, corpus.Validators{})
			if err != nil {
				errs = append(errs, err)
				continue
			}
			errs = append(errs, p.addManifest(resp.Data, corpus.Redact(a), add))
			continue
		}
		data, err := readCapped(a)
		if err != nil {
			errs = append(errs, fmt.Errorf("manifest %s: %w", corpus.Escape(a), err))
			continue
		}
		if f := corpus.Sniff(data); f != corpus.FormatText && f != corpus.FormatEmpty {
			errs = append(errs, fmt.Errorf("manifest %s: %w: %s, not a CSV or JSON Lines list (a local document needs no pull)", corpus.Escape(a), corpus.ErrUnknownFormat, corpus.Describe(data)))
			continue
		}
		errs = append(errs, p.addManifest(data, corpus.Escape(a), add))
	}
	return out, errors.Join(errs...)
}

func (p *Puller) addManifest(data []byte, name string, add func(Request)) error {
	entries, err := ParseManifest(data)
	for i := range entries {
		add(Request{URL: entries[i].URL, Entry: &entries[i], Listed: true})
	}
	if err != nil {
		return fmt.Errorf("manifest %s: %w", name, err)
	}
	return nil
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

func isManifestURL(s string) bool {
	p := s
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p = p[:i]
	}
	ext := strings.ToLower(path.Ext(p))
	for _, e := range manifestExts {
		if ext == e {
			return true
		}
	}
	return false
}

func readCapped(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxManifestBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxManifestBytes {
		return nil, fmt.Errorf("%w: more than %d bytes", corpus.ErrTooLarge, maxManifestBytes)
	}
	return data, nil
}
