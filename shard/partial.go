package shard

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"gbtrack/corpus"
	"gbtrack/normalize"
)

// PartialFile is the name of a partial run in a shard's output folder.
const PartialFile = "partial.jsonl"

// Format is the Header's format name; FormatVersion its version, bumped when a Record changes
// shape.
const (
	Format        = "gbtrack-partial"
	FormatVersion = 1
)

// Header is a partial run's first line.
type Header struct {
	Format        string `json:"format"`         // Format
	Version       int    `json:"version"`        // FormatVersion
	Shard         int    `json:"shard"`          // 0-based
	Shards        int    `json:"shards"`         // how many shards the run was split into
	Sources       int    `json:"sources"`        // sources of the whole run, every shard's
	SourcesSHA256 string `json:"sources_sha256"` // SourcesDigest of the whole run's sources
	AsOf          string `json:"as_of"`          // YYYY-MM-DD, the date overdue is judged against
	Title         string `json:"title"`          // the report's title
	Gbtrack       string `json:"gbtrack"`        // the version that extracted (the cache key's)
}

// Record is one document of a shard as extracted: Index is its 0-based position in the whole
// run's sources (the ones that could not be expanded come last, in their order), Root what its
// item ids start with before '#' (items.IDRoot), not yet made unique across the run.
type Record struct {
	Index int                `json:"index"`
	Root  string             `json:"root,omitempty"`
	Doc   normalize.Document `json:"doc"`
	Items []normalize.Item   `json:"items"`
}

// SourcesDigest is the hex SHA-256 of the sources' names, one a line, in the run's order: shards
// that expanded their arguments into another list (a folder changed between two shards' starts)
// are not shards of one run.
func SourcesDigest(names []string) string {
	h := sha256.New()
	for _, n := range names {
		io.WriteString(h, n)
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Write writes the partial run h, recs to dir/PartialFile atomically (a temporary name, then a
// rename), records in Index order.
func Write(dir string, h Header, recs []Record) error {
	h.Format, h.Version = Format, FormatVersion
	recs = append([]Record(nil), recs...)
	sort.SliceStable(recs, func(a, b int) bool { return recs[a].Index < recs[b].Index })
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(h); err != nil {
		return err
	}
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("%s: %w", r.Doc.Source, err)
		}
	}
	return corpus.WriteFileAtomic(filepath.Join(dir, PartialFile), buf.Bytes(), 0o644)
}

// Error says which partial run, and which line of it, could not be used.
type Error struct {
	Path string
	Line int // 1-based; 0 when the file as a whole is at fault
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("partial run %s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("partial run %s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Sentinel errors of Read and Merge.
var (
	ErrNotPartial = errors.New("not a partial run")
	ErrMismatch   = errors.New("not a shard of the same run")
	ErrMissing    = errors.New("shards missing")
)

// Path returns the partial run a PART argument names: PART itself when it is a file, else
// PART/PartialFile.
func Path(part string) string {
	if fi, err := os.Stat(part); err == nil && fi.IsDir() {
		return filepath.Join(part, PartialFile)
	}
	return part
}

// maxLine bounds one record's line: a document of many thousand items stays well under it.
const maxLine = 256 << 20

// Read reads the partial run at path (see Path). Errors are *Error; a file that does not begin
// with a Header of this Format and version wraps ErrNotPartial.
func Read(path string) (Header, []Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return Header{}, nil, &Error{Path: path, Err: err}
	}
	defer f.Close()
	return read(path, f)
}

func read(path string, r io.Reader) (Header, []Record, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	var h Header
	var recs []Record
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			if err := json.Unmarshal(sc.Bytes(), &h); err != nil || h.Format != Format {
				return Header{}, nil, &Error{Path: path, Line: 1, Err: ErrNotPartial}
			}
			if h.Version != FormatVersion {
				return Header{}, nil, &Error{Path: path, Line: 1, Err: fmt.Errorf("%w: format version %d, want %d", ErrNotPartial, h.Version, FormatVersion)}
			}
			if h.Shards < 1 || h.Shard < 0 || h.Shard >= h.Shards || h.Sources < 0 {
				return Header{}, nil, &Error{Path: path, Line: 1, Err: fmt.Errorf("%w: shard %d/%d of %d sources", ErrNotPartial, h.Shard, h.Shards, h.Sources)}
			}
			continue
		}
		var rec Record
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return Header{}, nil, &Error{Path: path, Line: line, Err: err}
		}
		if rec.Index < 0 || rec.Index >= h.Sources {
			return Header{}, nil, &Error{Path: path, Line: line, Err: fmt.Errorf("index %d outside the run's %d sources", rec.Index, h.Sources)}
		}
		recs = append(recs, rec)
	}
	if err := sc.Err(); err != nil {
		return Header{}, nil, &Error{Path: path, Line: line + 1, Err: err}
	}
	if line == 0 {
		return Header{}, nil, &Error{Path: path, Err: fmt.Errorf("%w: empty file", ErrNotPartial)}
	}
	return h, recs, nil
}

// Part is one partial run read back.
type Part struct {
	Path    string
	Header  Header
	Records []Record
}

// Merge checks that parts are every shard of one run, each once (same number of shards, same
// sources, same date, title and gbtrack version), and returns their common header and their
// records in the whole run's order, one a source. Errors wrap ErrMismatch, ErrMissing or name
// the duplicate.
func Merge(parts []Part) (Header, []Record, error) {
	if len(parts) == 0 {
		return Header{}, nil, fmt.Errorf("no partial runs: %w", ErrMissing)
	}
	first := parts[0]
	h := first.Header
	seen := make([]string, h.Shards)
	total := 0
	for _, p := range parts {
		g := p.Header
		switch {
		case g.Shards != h.Shards:
			return Header{}, nil, &Error{Path: p.Path, Err: fmt.Errorf("%w: %d shards, %s has %d", ErrMismatch, g.Shards, first.Path, h.Shards)}
		case g.Sources != h.Sources || g.SourcesSHA256 != h.SourcesSHA256:
			return Header{}, nil, &Error{Path: p.Path, Err: fmt.Errorf("%w: its %d sources are not the %d of %s", ErrMismatch, g.Sources, h.Sources, first.Path)}
		case g.AsOf != h.AsOf || g.Title != h.Title:
			return Header{}, nil, &Error{Path: p.Path, Err: fmt.Errorf("%w: as of %s, title %q; %s: as of %s, title %q", ErrMismatch, g.AsOf, g.Title, first.Path, h.AsOf, h.Title)}
		case g.Gbtrack != h.Gbtrack:
			return Header{}, nil, &Error{Path: p.Path, Err: fmt.Errorf("%w: extracted by gbtrack %s, %s by %s", ErrMismatch, g.Gbtrack, first.Path, h.Gbtrack)}
		case seen[g.Shard] != "":
			return Header{}, nil, &Error{Path: p.Path, Err: fmt.Errorf("shard %d/%d given twice (also %s)", g.Shard, g.Shards, seen[g.Shard])}
		}
		seen[g.Shard] = p.Path
		total += len(p.Records)
	}
	var missing []int
	for i, s := range seen {
		if s == "" {
			missing = append(missing, i)
		}
	}
	if len(missing) > 0 {
		return Header{}, nil, fmt.Errorf("%w: %v of %d", ErrMissing, missing, h.Shards)
	}
	out := make([]Record, h.Sources)
	from := make([]string, h.Sources)
	for _, p := range parts {
		for _, r := range p.Records {
			if from[r.Index] != "" {
				return Header{}, nil, &Error{Path: p.Path, Err: fmt.Errorf("%w: source %d (%s) is also in %s", ErrMismatch, r.Index, r.Doc.Source, from[r.Index])}
			}
			from[r.Index] = p.Path
			out[r.Index] = r
		}
	}
	if total != h.Sources {
		return Header{}, nil, fmt.Errorf("%w: the shards hold %d of the run's %d sources", ErrMissing, total, h.Sources)
	}
	return h, out, nil
}
