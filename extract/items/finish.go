package items

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"gbtrack/normalize"
)

// IDRoot is the part of an item id before '#': the document's symbol when it prints one
// ("GB.340/INS/6"), else "sha256-" and the first 12 hex digits of hash, the SHA-256 of the
// document's bytes. It never depends on the file name or URL a document is read under, so that
// a renamed or re-downloaded document keeps its ids.
func IDRoot(symbol, hash string) string {
	if symbol != "" {
		return symbol
	}
	return "sha256-" + hash[:min(len(hash), 12)]
}

// finish orders the items as they stand in the document, cleans their texts (CleanText) and gives
// each an id that depends on the document's content, never on its file name or on the order of
// unnumbered items:
//
//	ROOT#KIND-NUMBER   an item with a printed number ("GB.340/INS/6#action_item-7"); when the
//	                   number is printed more than once for one kind, ".1", ".2", ... in
//	                   document order
//	ROOT#KIND-HASH     an item without one (table rows, commitments): HASH is textKey, the first
//	                   8 hex digits of the SHA-256 of its kind and normalized text; an exact
//	                   duplicate of an earlier item's key gets ".2", ".3", ...
//
// ROOT is IDRoot. So inserting a row into a plan adds one id and leaves the others as they were.
func (d *detector) finish() []normalize.Item {
	handle := make([]int, len(d.found)) // position in sorted order -> handle (1-based)
	for i := range handle {
		handle[i] = i + 1
	}
	sort.SliceStable(handle, func(i, j int) bool {
		a, b := d.found[handle[i]-1], d.found[handle[j]-1]
		if a.block != b.block {
			return a.block < b.block
		}
		return a.offset < b.offset
	})
	sorted := make([]found, len(handle))
	for i, h := range handle {
		sorted[i] = d.found[h-1]
		cleanItem(&sorted[i].item)
	}
	numbered := map[string]int{} // kind+number -> how many items carry it
	for _, f := range sorted {
		if n := f.item.Number; n != nil && f.item.Kind != normalize.KindCommitment {
			numbered[f.item.Kind+"\x00"+*n]++
		}
	}
	root := d.idRoot()
	seen := map[string]int{}
	used := map[string]bool{}
	out := make([]normalize.Item, 0, len(sorted))
	idOf := make(map[int]string, len(sorted)) // handle -> id
	for k, f := range sorted {
		it := f.item
		var base, id string
		if it.Number != nil && it.Kind != normalize.KindCommitment {
			base = root + "#" + it.Kind + "-" + *it.Number
			seen[base]++
			id = base
			if numbered[it.Kind+"\x00"+*it.Number] > 1 {
				id = fmt.Sprintf("%s.%d", base, seen[base])
			}
		} else {
			base = root + "#" + it.Kind + "-" + textKey(it.Kind, it.Text)
			seen[base]++
			id = base
			if seen[base] > 1 {
				id = fmt.Sprintf("%s.%d", base, seen[base])
			}
		}
		// Only a number printed as "7.1" beside a repeated "7" could meet an id made above.
		for used[id] {
			id += "+"
		}
		used[id] = true
		it.ID = id
		idOf[handle[k]] = id
		out = append(out, it)
	}
	for k, f := range sorted {
		if f.parent != 0 {
			if pid, ok := idOf[f.parent]; ok {
				out[k].Parent = normalize.Ptr(pid)
			}
		}
	}
	return out
}

// idRoot is IDRoot for this document. Without the hash of its bytes (a caller that has only the
// text layer), the hash of its text stands in: it too depends on content only.
func (d *detector) idRoot() string {
	if d.src.Hash != "" || d.docSymbol != "" {
		return IDRoot(d.docSymbol, d.src.Hash)
	}
	h := sha256.New()
	for _, b := range d.doc.Blocks {
		h.Write([]byte(b.Text))
		h.Write([]byte{0})
		if b.Table == nil {
			continue
		}
		for _, r := range b.Table.Rows {
			for _, c := range r.Cells {
				h.Write([]byte(c.Text))
				h.Write([]byte{0})
			}
		}
	}
	return IDRoot("", hex.EncodeToString(h.Sum(nil)))
}

// textKey is the id part of an item without a printed number: the first 8 hex digits of the
// SHA-256 of its kind and its text, lower-cased with whitespace collapsed, so that a change of
// case or spacing (a re-extraction, a reflowed line) keeps the id.
func textKey(kind, text string) string {
	flat := strings.Join(strings.Fields(strings.ToLower(text)), " ")
	sum := sha256.Sum256([]byte(kind + "\x00" + flat))
	return hex.EncodeToString(sum[:4])
}

// CleanText removes the characters that make a text read differently from what it is: Unicode
// format characters (category Cf: the bidirectional overrides and isolates U+202A–U+202E and
// U+2066–U+2069, the marks U+200E/U+200F, zero-width spaces and joiners U+200B–U+200D, the word
// joiner U+2060, the byte order mark U+FEFF, the soft hyphen U+00AD, tag characters), which have
// no width and may stand inside a word. Control characters (C0 and C1), line and paragraph
// separators (U+2028, U+2029) become spaces: no word holds one, and a text layer that maps a
// glyph to a control character ("0\x1900") has still printed two words, which removing it would
// glue into one that is not in the document. Accented letters take their composed form (NFC).
// Nothing else changes. See Unicode Technical Report #36, section 2.
func CleanText(s string) string {
	// One spelling of each accented letter (Unicode NFC): a text layer may give "é" as "e" and
	// a combining accent, which no search or comparison would take for "é".
	s = norm.NFC.String(s)
	if !strings.ContainsFunc(s, invisible) {
		return s
	}
	// Collapsed again, so that a removed character leaves no double space behind.
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		switch {
		case r == '\u2028' || r == '\u2029' || unicode.IsControl(r):
			return ' '
		case invisible(r):
			return -1
		}
		return r
	}, s)), " ")
}

func invisible(r rune) bool {
	return unicode.Is(unicode.Cf, r) || unicode.IsControl(r) || r == '\u2028' || r == '\u2029'
}

// cleanItem applies CleanText to every text an item carries.
func cleanItem(it *normalize.Item) {
	it.Text = CleanText(it.Text)
	for _, p := range []*string{it.Number, it.Paragraph, it.Section, it.Priority, it.TimeImplication, it.ResourceImplication, it.Actor} {
		if p != nil {
			*p = CleanText(*p)
		}
	}
	for i := range it.Responsible {
		it.Responsible[i] = CleanText(it.Responsible[i])
	}
	if it.Due != nil {
		it.Due.Text = CleanText(it.Due.Text)
	}
	if it.Status != nil {
		it.Status.Text = CleanText(it.Status.Text)
	}
	if it.Response != nil {
		it.Response.Text = CleanText(it.Response.Text)
	}
	if it.Number != nil {
		*it.Number = bareNumber(*it.Number)
	}
}

// bareNumber is a number as output.md writes it: without the brackets that enclose it or the
// punctuation that follows it ("(c)" and "c)" are "c", "7." is "7"); brackets inside it stay
// ("1(a)").
func bareNumber(n string) string {
	n = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(n), ".:;,"))
	if strings.HasPrefix(n, "(") && strings.HasSuffix(n, ")") && strings.Count(n, "(") == 1 {
		n = n[1 : len(n)-1]
	} else if strings.HasSuffix(n, ")") && !strings.Contains(n, "(") {
		n = n[:len(n)-1]
	}
	if n == "" {
		return "?" // never empty: an id is built from it
	}
	return n
}
