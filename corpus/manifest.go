package corpus

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
)

// manifestExts name the files Expand reads as lists of sources.
var manifestExts = []string{".manifest", ".txt", ".list"}

// isManifestName reports whether a path or URL path names a manifest.
func isManifestName(name string) bool {
	ext := strings.ToLower(filepathExt(name))
	for _, e := range manifestExts {
		if ext == e {
			return true
		}
	}
	return false
}

// filepathExt is filepath.Ext that also works on URL paths with a query.
func filepathExt(name string) string {
	if i := strings.IndexAny(name, "?#"); i >= 0 && strings.Contains(name, "://") {
		name = name[:i]
	}
	return filepath.Ext(name)
}

// maxManifestLine bounds one line; a longer one is not a path or URL anyone
// wrote on purpose.
const maxManifestLine = 8 << 10

// parseManifest reads a manifest's lines: one source a line, '#' starts a
// comment line, blank lines are skipped, a UTF-8 byte-order mark and CR line
// ends are tolerated. Relative paths are joined to base (the manifest's
// folder). A remote manifest may list only absolute http(s) URLs: anything
// else would let a web server point us at local files. name is the manifest
// as the user should see it (redacted).
func parseManifest(data []byte, name, base string, remote bool) ([]Source, error) {
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	var out []Source
	var errs []error
	for n := 1; len(data) > 0; n++ {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if len(line) > maxManifestLine {
			errs = append(errs, &ManifestError{Manifest: name, Line: n, Err: errors.New("line too long")})
			continue
		}
		ref := strings.TrimSpace(string(line))
		if ref == "" || strings.HasPrefix(ref, "#") {
			continue
		}
		if strings.ContainsRune(ref, 0) {
			errs = append(errs, &ManifestError{Manifest: name, Line: n, Err: errors.New("NUL byte in line")})
			continue
		}
		kind, err := classify(ref)
		if err == nil && remote && kind != KindURL {
			err = ErrRemoteLocal
		}
		if err != nil {
			errs = append(errs, &ManifestError{Manifest: name, Line: n, Text: truncateUTF8(Redact(ref), 80), Err: err})
			continue
		}
		if kind == KindFile {
			if filepath.IsAbs(ref) {
				ref = filepath.Clean(ref)
			} else {
				ref = filepath.Join(base, ref)
			}
		}
		out = append(out, Source{Ref: ref, Kind: kind, Listed: true})
	}
	return out, errors.Join(errs...)
}
