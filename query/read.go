package query

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"gbtrack/changes"
	"gbtrack/normalize"
)

// Record is one line of a run's items.jsonl: the item, the run folder it was read from and the
// line as written, so that JSON Lines output passes fields this version does not know through.
type Record struct {
	normalize.Item
	Run string          // the run folder as given
	Raw json.RawMessage // the line as read, without its newline
	// Latest is the latest_status value when the run has follow-up for the item, else "".
	Latest string
	// FollowUp is the item's follow_up list as written, or nil when the run has none.
	FollowUp json.RawMessage
}

// DocRecord is one line of a run's documents.jsonl with the run it was read from.
type DocRecord struct {
	normalize.Document
	Run string
	Raw json.RawMessage
}

// ReadRuns reads items.jsonl and documents.jsonl of every run folder, runs in the order given
// and lines in file order. It fails on a missing file or an undecodable line, with a
// *changes.LineError naming the file and the 1-based line.
func ReadRuns(dirs []string) ([]Record, []DocRecord, error) {
	var items []Record
	var docs []DocRecord
	for _, dir := range dirs {
		its, err := readItems(dir)
		if err != nil {
			return nil, nil, err
		}
		items = append(items, its...)
		ds, err := readDocs(dir)
		if err != nil {
			return nil, nil, err
		}
		docs = append(docs, ds...)
	}
	return items, docs, nil
}

func readItems(dir string) ([]Record, error) {
	var out []Record
	err := eachLine(filepath.Join(dir, changes.ItemsFile), func(line []byte) error {
		r := Record{Run: dir, Raw: line}
		if err := json.Unmarshal(line, &r.Item); err != nil {
			return err
		}
		var extra struct {
			FollowUp     json.RawMessage `json:"follow_up"`
			LatestStatus json.RawMessage `json:"latest_status"`
		}
		if err := json.Unmarshal(line, &extra); err != nil {
			return err
		}
		if len(extra.FollowUp) > 0 && string(extra.FollowUp) != "null" {
			r.FollowUp = extra.FollowUp
		}
		r.Latest = latestValue(extra.LatestStatus)
		if r.Units == nil {
			// A run written before the register: resolve now, so --unit works on it too.
			r.Units = normalize.DefaultRegister().Resolve(r.Responsible)
		}
		out = append(out, r)
		return nil
	})
	return out, err
}

func readDocs(dir string) ([]DocRecord, error) {
	var out []DocRecord
	err := eachLine(filepath.Join(dir, changes.DocumentsFile), func(line []byte) error {
		d := DocRecord{Run: dir, Raw: line}
		if err := json.Unmarshal(line, &d.Document); err != nil {
			return err
		}
		out = append(out, d)
		return nil
	})
	return out, err
}

// latestValue reads the status value out of latest_status, which follow-up writes as the
// newest status with its document and date: {"status": {"text", "value"}, "doc", "date"}. A
// bare status object {"value": ...} or a string are read too; anything else gives "".
func latestValue(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var obj struct {
		Value  string          `json:"value"`
		Status json.RawMessage `json:"status"`
	}
	if json.Unmarshal(raw, &obj) != nil {
		return ""
	}
	if obj.Value != "" {
		return obj.Value
	}
	if len(obj.Status) > 0 && string(obj.Status) != "null" {
		return latestValue(obj.Status)
	}
	return ""
}

// eachLine calls fn with every non-blank line of the file; an error of fn becomes a
// *changes.LineError.
func eachLine(path string, fn func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read run: %w", err)
	}
	defer f.Close()
	br := bufio.NewReader(f)
	for n := 1; ; n++ {
		b, rerr := br.ReadBytes('\n')
		if rerr != nil && !errors.Is(rerr, io.EOF) {
			return &changes.LineError{File: path, Line: n, Err: rerr}
		}
		if t := bytes.TrimSpace(b); len(t) > 0 {
			if err := fn(bytes.Clone(t)); err != nil {
				return &changes.LineError{File: path, Line: n, Err: err}
			}
		}
		if rerr != nil {
			return nil
		}
	}
}

// WithoutCopies returns recs without the items of documents that are another document's copy
// (normalize.Document.IsCopy), as the report counts them, so that a count is the report's count.
// Documents are told apart by run and source, since runs may share document ids.
func WithoutCopies(recs []Record, docs []DocRecord) []Record {
	type key struct{ run, source string }
	copyOf := map[key]bool{}
	for _, d := range docs {
		if d.IsCopy() {
			copyOf[key{d.Run, d.Source}] = true
		}
	}
	if len(copyOf) == 0 {
		return recs
	}
	out := recs[:0:0]
	for _, r := range recs {
		if !copyOf[key{r.Run, r.Source}] {
			out = append(out, r)
		}
	}
	return out
}
