package render

import (
	"encoding/json"
	"fmt"
	"io"
)

// WriteJSON writes r as indented JSON (report.json). The encoding is deterministic: every list in
// a Report is a slice in a fixed order.
func WriteJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("write report json: %w", err)
	}
	return nil
}
