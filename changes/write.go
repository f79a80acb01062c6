package changes

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// WriteText writes changes for a person: a heading line per document, then one indented line
// per change. Changes are expected in Compare's order, so each document appears once.
func WriteText(w io.Writer, cs []Change) error {
	bw := bufio.NewWriter(w)
	if len(cs) == 0 {
		fmt.Fprintln(bw, "no changes")
		return bw.Flush()
	}
	doc := ""
	for i, c := range cs {
		if i == 0 || c.Doc != doc {
			doc = c.Doc
			name := doc
			if name == "" {
				name = "(no document)"
			}
			fmt.Fprintln(bw, name)
		}
		fmt.Fprintf(bw, "  %-14s %s: %s\n", c.Kind, c.ID, Summary(c))
	}
	return bw.Flush()
}

// Summary is a change in one line of words, without its id and kind.
func Summary(c Change) string {
	switch c.Kind {
	case KindNew:
		return clipWords(oneLine(c.New), summaryWords)
	case KindRemoved:
		return clipWords(oneLine(c.Old), summaryWords)
	case KindTextChanged:
		return oneLine(c.Words)
	case KindStatusChanged:
		s := oneLine(c.Old) + " → " + oneLine(c.New)
		if c.By != "" {
			s += ", reported by " + oneLine(c.By)
			if c.Date != "" {
				s += " of " + c.Date
			}
		}
		return s
	default:
		return oneLine(c.Old) + " → " + oneLine(c.New)
	}
}

// summaryWords is how many words of a new or removed item's text a summary shows: enough to know
// the item (an evaluation's recommendation runs to hundreds); --json gives the whole text.
const summaryWords = 40

// clipWords cuts s after n words, with an ellipsis, where it is longer.
func clipWords(s string, n int) string {
	ws := strings.Fields(s)
	if len(ws) <= n {
		return s
	}
	return strings.Join(ws[:n], " ") + " …"
}

// oneLine keeps the one-line-per-change promise whatever whitespace a text carries.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// WriteJSON writes {"changes": [...]}, with an empty array rather than null when nothing changed.
func WriteJSON(w io.Writer, cs []Change) error {
	if cs == nil {
		cs = []Change{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(struct {
		Changes []Change `json:"changes"`
	}{cs}); err != nil {
		return fmt.Errorf("write changes: %w", err)
	}
	return nil
}
