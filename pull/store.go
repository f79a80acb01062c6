package pull

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"gbtrack/corpus"
)

// Meta is a document's sidecar: what the server said and what the bytes
// are. It is written after the body, so its presence marks the body complete.
type Meta struct {
	URL          string    `json:"url"`       // as asked for, credentials removed
	FinalURL     string    `json:"final_url"` // after redirects
	Status       int       `json:"status"`    // HTTP status of the response that gave the body (200)
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"` // verbatim HTTP date
	ContentType  string    `json:"content_type,omitempty"`  // media type, no parameters
	FetchedAt    time.Time `json:"fetched_at"`              // UTC; when the body was downloaded
	CheckedAt    time.Time `json:"checked_at"`              // UTC; when the server last confirmed it (200 or 304)
	Size         int64     `json:"size"`                    // bytes
	SHA256       string    `json:"sha256"`                  // hex of the body
	Format       string    `json:"format"`                  // sniffed from the bytes: pdf, html, text, binary, empty
	Entry        *Entry    `json:"entry,omitempty"`         // what the manifest said, when one named it
	// RFC 9111 freshness (fresh.go): the server's Cache-Control and Expires, verbatim, and what
	// they, with Date, Age and Last-Modified, made of the response when it was stored or last
	// revalidated.
	CacheControl string     `json:"cache_control,omitempty"`
	Expires      string     `json:"expires,omitempty"`
	FreshUntil   *time.Time `json:"fresh_until,omitempty"` // UTC; served without a request before it
	NoStore      bool       `json:"no_store,omitempty"`    // never reused: asked for in full again
}

// Store is a pull cache folder. Safe for concurrent use on different URLs;
// two pulls into one folder at once are not guarded against.
type Store struct {
	dir string
}

// OpenStore opens (creating) the cache folder dir.
func OpenStore(dir string) (*Store, error) {
	if dir == "" {
		return nil, errors.New("pull cache: empty folder name")
	}
	if err := os.MkdirAll(filepath.Join(dir, "docs"), 0o755); err != nil {
		return nil, fmt.Errorf("pull cache: %w", err)
	}
	return &Store{dir: dir}, nil
}

// Dir is the cache folder.
func (s *Store) Dir() string { return s.dir }

// Key is the hex SHA-256 of rawURL written as corpus.CanonicalURL writes it,
// so that two spellings of one URL share an entry.
func Key(rawURL string) string {
	sum := sha256.Sum256([]byte(corpus.CanonicalURL(rawURL)))
	return hex.EncodeToString(sum[:])
}

// BodyPath and MetaPath are where rawURL's body and sidecar live.
func (s *Store) BodyPath(rawURL string) string { return s.base(rawURL) + ".body" }
func (s *Store) MetaPath(rawURL string) string { return s.base(rawURL) + ".json" }

func (s *Store) base(rawURL string) string {
	k := Key(rawURL)
	return filepath.Join(s.dir, "docs", k[:2], k)
}

// maxMeta bounds a sidecar read; a real one is well under 4 KiB.
const maxMeta = 1 << 20

// Meta returns rawURL's sidecar when the entry is complete: the sidecar
// parses, names the same URL, and the body's size and SHA-256 match it.
// Anything else (no entry, a body left by an interrupted pull, a file
// edited since) is a miss.
func (s *Store) Meta(rawURL string) (*Meta, bool) {
	m, ok := s.readMeta(rawURL)
	if !ok {
		return nil, false
	}
	f, err := os.Open(s.BodyPath(rawURL))
	if err != nil {
		return nil, false
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil || n != m.Size || hex.EncodeToString(h.Sum(nil)) != m.SHA256 {
		return nil, false
	}
	return m, true
}

func (s *Store) readMeta(rawURL string) (*Meta, bool) {
	f, err := os.Open(s.MetaPath(rawURL))
	if err != nil {
		return nil, false
	}
	defer f.Close()
	var m Meta
	if err := json.NewDecoder(io.LimitReader(f, maxMeta)).Decode(&m); err != nil {
		return nil, false
	}
	if m.URL != corpus.Redact(rawURL) || len(m.SHA256) != 64 {
		return nil, false
	}
	return &m, true
}

// Body reads rawURL's body when its entry is complete (see Meta).
func (s *Store) Body(rawURL string) ([]byte, *Meta, error) {
	m, ok := s.Meta(rawURL)
	if !ok {
		return nil, nil, fmt.Errorf("%s: not in the pull cache", corpus.Redact(rawURL))
	}
	data, err := os.ReadFile(s.BodyPath(rawURL))
	if err != nil {
		return nil, nil, err
	}
	sum := sha256.Sum256(data)
	if hex.EncodeToString(sum[:]) != m.SHA256 {
		return nil, nil, fmt.Errorf("%s: pull cache entry changed while read", corpus.Redact(rawURL))
	}
	return data, m, nil
}

// put stores a new body and then its sidecar, each atomically (temporary
// name, then rename): an interruption between the two leaves a body no
// sidecar vouches for, which Meta refuses.
func (s *Store) put(rawURL string, data []byte, m *Meta) error {
	if err := os.MkdirAll(filepath.Dir(s.BodyPath(rawURL)), 0o755); err != nil {
		return err
	}
	// Remove the old sidecar first, so that no moment pairs it with the
	// new body.
	if err := os.Remove(s.MetaPath(rawURL)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if err := corpus.WriteFileAtomic(s.BodyPath(rawURL), data, 0o644); err != nil {
		return err
	}
	return s.putMeta(rawURL, m)
}

func (s *Store) putMeta(rawURL string, m *Meta) error {
	j, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return corpus.WriteFileAtomic(s.MetaPath(rawURL), append(j, '\n'), 0o644)
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// staleTemp is how old a temporary file must be before a new pull removes
// it: older than any download in progress by another pull.
const staleTemp = 24 * time.Hour

// removeStaleTemps removes the temporary files (".NAME.tmp-*", see
// corpus.WriteFileAtomic) that a killed pull left in the cache, when last
// written before cutoff. They are never read; this only frees the space.
func (s *Store) removeStaleTemps(cutoff time.Time) {
	matches, _ := filepath.Glob(filepath.Join(s.dir, "docs", "*", ".*.tmp-*"))
	for _, m := range matches {
		if fi, err := os.Lstat(m); err == nil && fi.Mode().IsRegular() && fi.ModTime().Before(cutoff) {
			os.Remove(m)
		}
	}
}
