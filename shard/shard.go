package shard

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"gbtrack/corpus"
)

// Spec names one shard of a run: shard I (0-based) of N. The zero Spec is a whole run.
type Spec struct {
	I, N int
}

// ErrSpec is returned (wrapped) by Parse for a shard that is not "i/n" with 0 <= i < n.
var ErrSpec = errors.New("want i/n with 0 <= i < n")

// Parse reads "i/n": shard i (0-based, as JOB_COMPLETION_INDEX and SLURM_ARRAY_TASK_ID of an
// array started at 0 count) of n.
func Parse(s string) (Spec, error) {
	a, b, ok := strings.Cut(strings.TrimSpace(s), "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 0 || i >= n {
		return Spec{}, fmt.Errorf("shard %q: %w", s, ErrSpec)
	}
	return Spec{I: i, N: n}, nil
}

// Sharded reports whether s names a shard rather than the whole run.
func (s Spec) Sharded() bool { return s.N > 0 }

func (s Spec) String() string { return fmt.Sprintf("%d/%d", s.I, s.N) }

// Owns reports whether the source named by key (Key, FailedKey) belongs to s. The whole run
// owns every source.
func (s Spec) Owns(key string) bool { return !s.Sharded() || Of(key, s.N) == s.I }

// Of is the shard, 0 to n-1, of the source named by key: the SHA-256 of key, its first 8 bytes
// read as a big-endian integer, modulo n.
func Of(key string, n int) int {
	sum := sha256.Sum256([]byte(key))
	return int(binary.BigEndian.Uint64(sum[:8]) % uint64(n))
}

// Key names a source for sharding: "url:" and its canonical spelling (credentials removed) for a
// URL, "file:" and the cleaned path with forward slashes for a file. Paths are kept as given,
// not made absolute, so that machines that mount the documents in one place and start in one
// folder agree.
func Key(src corpus.Source) string {
	if src.Kind == corpus.KindURL {
		return "url:" + corpus.CanonicalURL(corpus.Redact(src.Ref))
	}
	return "file:" + filepath.ToSlash(filepath.Clean(src.Ref))
}

// FailedKey names, for sharding, a source that could not be expanded (a missing file, a refused
// manifest line), by the reference its error line records.
func FailedKey(ref string) string { return "failed:" + ref }
