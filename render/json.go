package render

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// WriteJSON writes r as indented JSON (report.json). The encoding is deterministic: every list in
// a Report is a slice in a fixed order.
//
// The bytes are those of a json.Encoder with SetIndent("", "  ") given r, but the entries (every
// item, the bulk of the file) are encoded one at a time as they are written, so that the
// report's JSON is never held whole in memory, nor twice as encoding/json's compact and indented
// forms of it.
func WriteJSON(w io.Writer, r *Report) error {
	head := *r
	head.Entries = nil
	var hb bytes.Buffer
	enc := json.NewEncoder(&hb)
	enc.SetIndent("", "  ")
	if err := enc.Encode(&head); err != nil {
		return fmt.Errorf("write report json: %w", err)
	}
	// Entries is the Report's last field: the head ends with its null.
	const null = "null\n}\n"
	if !bytes.HasSuffix(hb.Bytes(), []byte(null)) {
		return fmt.Errorf("write report json: entries are not the report's last field")
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.Write(hb.Bytes()[:hb.Len()-len(null)])
	switch {
	case r.Entries == nil:
		bw.WriteString(null)
	case len(r.Entries) == 0:
		bw.WriteString("[]\n}\n")
	default:
		bw.WriteString("[\n")
		for i := range r.Entries {
			data, err := json.MarshalIndent(&r.Entries[i], "    ", "  ")
			if err != nil {
				return fmt.Errorf("write report json: entry %s: %w", r.Entries[i].ID, err)
			}
			bw.WriteString("    ")
			bw.Write(data)
			if i < len(r.Entries)-1 {
				bw.WriteByte(',')
			}
			bw.WriteByte('\n')
		}
		bw.WriteString("  ]\n}\n")
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write report json: %w", err)
	}
	return nil
}
