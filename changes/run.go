package changes

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"gbtrack/normalize"
)

// The file names a run directory holds, as promised in docs/output.md.
const (
	ItemsFile     = "items.jsonl"
	DocumentsFile = "documents.jsonl"
)

// LineError is a JSON Lines record that could not be decoded, with where it is.
type LineError struct {
	File string // as given to ReadRun, joined with the file name
	Line int    // 1-based
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// ReadRun reads the items and documents a run wrote into dir. Blank lines are skipped; the first
// undecodable line stops the read with a *LineError naming the file and the line.
func ReadRun(dir string) ([]normalize.Item, []normalize.Document, error) {
	items, err := readFile[normalize.Item](filepath.Join(dir, ItemsFile))
	if err != nil {
		return nil, nil, err
	}
	docs, err := readFile[normalize.Document](filepath.Join(dir, DocumentsFile))
	if err != nil {
		return nil, nil, err
	}
	return items, docs, nil
}

func readFile[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read run: %w", err)
	}
	defer f.Close()
	return ReadLines[T](f, path)
}

// ReadLines decodes one JSON object a line from r; name is used in errors only. Unknown fields
// are accepted, since the output contract lets later versions add fields.
func ReadLines[T any](r io.Reader, name string) ([]T, error) {
	br := bufio.NewReader(r)
	var out []T
	for line := 1; ; line++ {
		// ReadBytes rather than a Scanner: an item's text has no length limit.
		b, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, &LineError{File: name, Line: line, Err: err}
		}
		if t := bytes.TrimSpace(b); len(t) > 0 {
			var v T
			if derr := json.Unmarshal(t, &v); derr != nil {
				return nil, &LineError{File: name, Line: line, Err: derr}
			}
			out = append(out, v)
		}
		if err != nil {
			return out, nil
		}
	}
}
