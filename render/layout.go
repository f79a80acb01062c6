package render

import (
	"strings"
	"unicode"

	"codeberg.org/go-pdf/fpdf"
)

// Page geometry in millimetres (A4 portrait). The body sits between the running header and the
// footer; every text line is placed by the code below, never by fpdf's automatic page break, so
// that a break always repeats a table header and never splits a line.
const (
	pageW     = 210.0
	pageH     = 297.0
	marginL   = 18.0
	marginR   = 18.0
	marginTop = 22.0
	bodyBot   = 297.0 - 18.0 // the lowest y a body line may reach
	bodyW     = pageW - marginL - marginR
)

// Type sizes in points. Nothing is set smaller than sizeSmall, the smallest size the brief
// allows for a printed report.
const (
	sizeSmall = 8.5
	sizeMeta  = 9.0
	sizeBody  = 10.0
	sizeH2    = 12.5
	sizeH1    = 16.0
	sizeTitle = 26.0
)

// The font family, DejaVu Sans Condensed (see draw).
const (
	famText = "go"
)

// lineH gives a comfortable leading for a size in points, in millimetres.
func lineH(size float64) float64 { return size * 0.5 }

// wrapText breaks s into lines that fit a cell of width w (mm) in the pdf's current font. A
// newline starts a new line; other runs of whitespace are collapsed. A word wider than the cell
// is broken inside the word rather than cut. Every returned line satisfies
// GetStringWidth(line) <= w - 2*cell margin.
func wrapText(pdf *fpdf.Fpdf, s string, w float64) []string {
	var out []string
	for _, par := range strings.Split(printable(s), "\n") {
		words := strings.Fields(par)
		if len(words) == 0 {
			continue
		}
		for i, wd := range words {
			parts := strings.Fields(breakAfterSlashes(pdf, wd, w-2*pdf.GetCellMargin()))
			for j, p := range parts {
				parts[j] = hyphenate(pdf, p, w-2*pdf.GetCellMargin())
			}
			words[i] = strings.Join(parts, " ")
		}
		par = strings.Join(words, " ")
		for _, line := range pdf.SplitText(par, w) {
			out = append(out, splitOverwide(pdf, line, w)...)
		}
	}
	if len(out) == 0 {
		return []string{""}
	}
	return out
}

// breakAfterSlashes gives a word wider than limit (mm) break points after its slashes
// ("Completed/ongoing" as "Completed/" and "ongoing"), so that it wraps where a reader expects
// rather than inside a word. A word that fits, or holds no slash, is returned as it is; parts
// that still share a line show a space after their slash.
func breakAfterSlashes(pdf *fpdf.Fpdf, word string, limit float64) string {
	if !strings.Contains(strings.TrimSuffix(word, "/"), "/") || pdf.GetStringWidth(word) <= limit {
		return word
	}
	return strings.ReplaceAll(strings.TrimSuffix(word, "/"), "/", "/ ") + word[len(strings.TrimSuffix(word, "/")):]
}

// minTail is the fewest letters a hyphenated word leaves for its next line, so that a break never
// strands a letter and its comma ("MULTILATERAL" over "S,").
const minTail = 3

// hyphenate breaks a word of letters ("MULTILATERALS,") wider than limit (mm) into parts that
// fit, each but the last ending in a hyphen and the last keeping at least minTail letters, joined
// by spaces for SplitText to wrap, as a typesetter breaks a word too long for its column. Any
// other string (a URL, a symbol, a compound with hyphens) is returned as it is, for SplitText to
// break where it must: a mark it does not hold, or a break after its own hyphen (which text
// extractors join away), would keep it from reading back whole. A word that fits is returned as
// it is.
func hyphenate(pdf *fpdf.Fpdf, word string, limit float64) string {
	if pdf.GetStringWidth(word) <= limit {
		return word
	}
	r := []rune(word)
	// end: r without its trailing punctuation; a word of letters up to there is hyphenated
	end := len(r)
	for end > 0 && !unicode.IsLetter(r[end-1]) && !unicode.IsDigit(r[end-1]) {
		end--
	}
	if end == 0 {
		return word
	}
	for _, c := range r[:end] {
		if !unicode.IsLetter(c) {
			return word
		}
	}
	var parts []string
	for pdf.GetStringWidth(string(r)) > limit {
		cut := 1
		for cut < len(r) && pdf.GetStringWidth(string(r[:cut+1])+"-") <= limit {
			cut++
		}
		if end-cut < minTail && end > minTail+1 {
			cut = max(1, end-minTail) // the tail's letters, not its comma, count
		}
		if cut >= len(r) {
			break // one rune wider than the column: splitOverwide's last resort
		}
		parts = append(parts, string(r[:cut])+"-")
		end -= cut
		r = r[cut:]
	}
	parts = append(parts, string(r))
	return strings.Join(parts, " ")
}

// splitOverwide is a guard behind SplitText, whose integer rounding of widths can leave a line a
// hair wider than the cell: such a line is broken again, at the last space that fits or, for one
// long word, at the last rune that fits.
func splitOverwide(pdf *fpdf.Fpdf, line string, w float64) []string {
	limit := w - 2*pdf.GetCellMargin()
	var out []string
	for pdf.GetStringWidth(line) > limit {
		r := []rune(line)
		cut := 1
		for cut < len(r) && pdf.GetStringWidth(string(r[:cut+1])) <= limit {
			cut++
		}
		if sp := strings.LastIndex(string(r[:cut]), " "); sp > 0 {
			head := string(r[:cut])[:sp]
			out = append(out, head)
			line = strings.TrimLeft(line[len(head):], " ")
			continue
		}
		out = append(out, string(r[:cut]))
		line = string(r[cut:])
	}
	return append(out, line)
}
