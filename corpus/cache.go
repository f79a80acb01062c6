package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Cache is a folder of blobs the pipeline reuses when it resumes a run. Keys
// are chosen by the caller (typically the sha256 of a document's content);
// entries live in a subfolder per version so that a new gbtrack never reads
// an old one's results. File names come from SafeName only: a key can never
// name a path outside the cache.
type Cache struct {
	dir string // the version's folder
}

// maxCacheEntry bounds what Get reads, so a corrupted or planted entry
// cannot exhaust memory.
const maxCacheEntry = 1 << 30

// OpenCache opens (creating if needed) the cache under dir for version.
func OpenCache(dir, version string) (*Cache, error) {
	if dir == "" {
		return nil, errors.New("open cache: empty folder name")
	}
	d := filepath.Join(dir, SafeName("v"+version))
	if err := os.MkdirAll(d, 0o755); err != nil {
		return nil, fmt.Errorf("open cache: %w", err)
	}
	return &Cache{dir: d}, nil
}

// Dir returns the folder holding this version's entries.
func (c *Cache) Dir() string { return c.dir }

func (c *Cache) path(key string) string { return filepath.Join(c.dir, SafeName(key)) }

// entryMagic starts every entry's first line; the hex SHA-256 of the rest of the entry follows,
// then a newline: "gbtrack-cache sha256=HEX\n" DATA.
const entryMagic = "gbtrack-cache sha256="

// Get returns the entry for key. A missing, unreadable or oversized entry is
// a miss, and so is one whose content does not match the checksum Put wrote
// beside it (an entry edited by hand, truncated or planted): the caller
// recomputes, which is always correct.
func (c *Cache) Get(key string) ([]byte, bool) {
	p := c.path(key)
	fi, err := os.Stat(p)
	if err != nil || !fi.Mode().IsRegular() || fi.Size() > maxCacheEntry {
		return nil, false
	}
	raw, err := os.ReadFile(p)
	if err != nil {
		return nil, false
	}
	head, data, ok := bytes.Cut(raw, []byte("\n"))
	sum, ok2 := bytes.CutPrefix(head, []byte(entryMagic))
	if !ok || !ok2 {
		return nil, false
	}
	want := sha256.Sum256(data)
	if !bytes.Equal(sum, []byte(hex.EncodeToString(want[:]))) {
		return nil, false
	}
	return data, true
}

// Put stores data under key atomically, with a checksum of data: a crash leaves the old entry or
// none, and an entry changed afterwards is not returned by Get.
func (c *Cache) Put(key string, data []byte) error {
	sum := sha256.Sum256(data)
	entry := make([]byte, 0, len(entryMagic)+64+1+len(data))
	entry = append(entry, entryMagic...)
	entry = hex.AppendEncode(entry, sum[:])
	entry = append(entry, '\n')
	entry = append(entry, data...)
	if err := WriteFileAtomic(c.path(key), entry, 0o644); err != nil {
		return fmt.Errorf("cache put %s: %w", SafeName(key), err)
	}
	return nil
}

// PutFiles stores under key, as Put stores data, head followed by the content of the files at
// paths, without holding them in memory: each file is read twice, for the checksum and to copy
// it. The files must not change meanwhile.
func (c *Cache) PutFiles(key string, head []byte, paths ...string) error {
	h := sha256.New()
	h.Write(head)
	copyFiles := func(w io.Writer) error {
		for _, p := range paths {
			f, err := os.Open(p)
			if err != nil {
				return err
			}
			_, err = io.Copy(w, f)
			f.Close()
			if err != nil {
				return err
			}
		}
		return nil
	}
	if err := copyFiles(h); err != nil {
		return fmt.Errorf("cache put %s: %w", SafeName(key), err)
	}
	err := writeAtomic(c.path(key), 0o644, func(f *os.File) error {
		if _, err := io.WriteString(f, entryMagic+hex.EncodeToString(h.Sum(nil))+"\n"); err != nil {
			return err
		}
		if _, err := f.Write(head); err != nil {
			return err
		}
		return copyFiles(f)
	})
	if err != nil {
		return fmt.Errorf("cache put %s: %w", SafeName(key), err)
	}
	return nil
}

// Delete removes the entry for key; a missing entry is not an error.
func (c *Cache) Delete(key string) error {
	err := os.Remove(c.path(key))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("cache delete %s: %w", SafeName(key), err)
	}
	return nil
}
