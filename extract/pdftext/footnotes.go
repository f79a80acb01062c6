package pdftext

import (
	"regexp"
	"strconv"
	"strings"

	"gbtrack/extract/textlayer"
)

// Footnotes are the block of lines, smaller than the body text, at the foot of a page, the
// first of which starts with a note number. The number is printed raised, or glued to the
// note's first word ("1See"), or followed by a space when it is the next number expected.

const footnoteSizeRatio = 0.93 // a note line is set at most this fraction of the body size

var gluedNumberRe = regexp.MustCompile(`^(\d{1,3})([\p{L}"“‘(\[].*)$`)

// footnoteStart reports whether l starts a note and returns the note's number and the rest of
// the first line. last is the number of the previous note in the document (0 before the first).
func footnoteStart(l line, last int) (num int, rest []word, ok bool) {
	if len(l.words) == 0 {
		return 0, nil, false
	}
	w0 := l.words[0]
	plausible := func(n int) bool { return n == 1 || (n > last && n <= last+10) }
	if w0.sup {
		if n, err := strconv.Atoi(w0.text); err == nil && plausible(n) {
			return n, l.words[1:], true
		}
		return 0, nil, false
	}
	if m := gluedNumberRe.FindStringSubmatch(w0.text); m != nil {
		n, _ := strconv.Atoi(m[1])
		if plausible(n) {
			w := w0
			w.text = m[2]
			return n, append([]word{w}, l.words[1:]...), true
		}
		return 0, nil, false
	}
	if n, err := strconv.Atoi(w0.text); err == nil && len(l.words) > 1 && (n == last+1 || (last == 0 && n == 1)) {
		return n, l.words[1:], true
	}
	return 0, nil, false
}

// splitFootnotes removes the note zone from the foot of each page and returns the notes, in
// page order. Lines of notes are joined with the document's hyphenation rule.
func splitFootnotes(pages []pageLines, bodySize float64, v vocabulary) []textlayer.Footnote {
	var notes []textlayer.Footnote
	last := 0
	for pi := range pages {
		p := &pages[pi]
		ls := p.lines
		// The run of small lines at the bottom of the page.
		start := len(ls)
		for start > 0 && ls[start-1].size > 0 && ls[start-1].size < bodySize*footnoteSizeRatio {
			start--
		}
		zone := -1
		for i := start; i < len(ls); i++ {
			// Notes sit low on the page, unless the page holds nothing else (a web page's notes
			// printed on a page of their own).
			if ls[i].y0 < p.height*0.35 && start > 0 {
				continue
			}
			if _, _, ok := footnoteStart(ls[i], last); ok {
				zone = i
				break
			}
		}
		if zone < 0 {
			zone = bodySizeNotes(ls, last)
		}
		if zone < 0 {
			continue
		}
		var cur *textlayer.Footnote
		var joiner textJoiner
		flush := func() {
			if cur != nil {
				cur.Text = joiner.String()
				notes = append(notes, *cur)
			}
		}
		for _, l := range ls[zone:] {
			if n, rest, ok := footnoteStart(l, last); ok {
				flush()
				cur = &textlayer.Footnote{Page: p.number, Number: strconv.Itoa(n)}
				joiner = textJoiner{v: v}
				joiner.add(wordsText(rest))
				last = n
				continue
			}
			joiner.add(wordsText(l.words))
		}
		flush()
		p.lines = ls[:zone]
	}
	return notes
}

// bodySizeNotes finds notes set at the body's size: the page's last few lines, after a gap wider
// than a line, starting with the next note's number, which the page's body carries as a raised
// marker. It returns the index of the first note line, or -1.
func bodySizeNotes(ls []line, last int) int {
	markers := map[string]bool{}
	for _, l := range ls {
		for _, w := range l.words {
			if w.sup {
				markers[w.text] = true
			}
		}
	}
	if len(markers) == 0 {
		return -1
	}
	for i := max(1, len(ls)-8); i < len(ls); i++ {
		n, _, ok := footnoteStart(ls[i], last)
		if ok && markers[strconv.Itoa(n)] && gapBetween(ls[i-1], ls[i]) > ls[i].size {
			return i
		}
	}
	return -1
}

// stripMarkers removes footnote markers from body lines.
func stripMarkers(pages []pageLines) {
	for pi := range pages {
		for li := range pages[pi].lines {
			l := &pages[pi].lines[li]
			ws := l.words[:0:0]
			for _, w := range l.words {
				if !w.sup {
					ws = append(ws, w)
				}
			}
			if len(ws) > 0 {
				l.words = ws
			}
		}
	}
}

func wordsText(ws []word) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}

var (
	notesHeadingRe = regexp.MustCompile(`(?i)^(notes|endnotes|footnotes)$`)
	noteLineRe     = regexp.MustCompile(`^\[?(\d{1,3})[.)\]]?\s+(\S.*)$`)
)

// splitEndnotes moves the notes that a web page prints at its end, under a "Notes" heading, from
// the blocks to the footnotes: the heading and the numbered paragraphs that follow it.
func splitEndnotes(blocks []textlayer.Block) ([]textlayer.Block, []textlayer.Footnote) {
	for i, b := range blocks {
		if b.Kind != textlayer.Heading || !notesHeadingRe.MatchString(strings.TrimSpace(strings.TrimSuffix(b.Text, ":"))) {
			continue
		}
		var notes []textlayer.Footnote
		j := i + 1
		for ; j < len(blocks); j++ {
			m := noteLineRe.FindStringSubmatch(blocks[j].Text)
			if blocks[j].Kind != textlayer.Paragraph || m == nil {
				break
			}
			notes = append(notes, textlayer.Footnote{Page: blocks[j].Page, Number: m[1], Text: m[2]})
		}
		if len(notes) == 0 {
			continue
		}
		rest := append(append([]textlayer.Block(nil), blocks[:i]...), blocks[j:]...)
		more, moreNotes := splitEndnotes(rest[i:])
		return append(rest[:i], more...), append(notes, moreNotes...)
	}
	return blocks, nil
}
