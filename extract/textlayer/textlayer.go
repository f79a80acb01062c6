package textlayer

import "strings"

// Document is the text of one source, cleaned of page furniture.
type Document struct {
	Format string // "pdf" or "html"
	Pages  int    // number of pages; 0 for HTML
	// Title and Date are metadata hints as found (a PDF's Info title, an HTML <title> or
	// published-time meta); item detection decides what the document's own title and date are.
	Title string
	Date  string
	// Furniture holds the running header and footer lines that were removed (one copy each),
	// for the document's symbol and for the dump; never read for items.
	Furniture []string
	Blocks    []Block
	Footnotes []Footnote
	// PageErrors names the pages that could not be read, when others could.
	PageErrors []PageError
}

// BlockKind says what a block is.
type BlockKind int

const (
	Paragraph BlockKind = iota
	Heading
	Table
)

func (k BlockKind) String() string {
	switch k {
	case Heading:
		return "heading"
	case Table:
		return "table"
	default:
		return "paragraph"
	}
}

// Block is a paragraph, a heading or a table.
type Block struct {
	Kind BlockKind
	// Text is the block's words: whitespace collapsed, line-end hyphenation undone, footnote
	// markers removed. Empty for tables.
	Text string
	Page int // 1-based page where the block starts; 0 for HTML
	// Breaks are the places in Text where a later page starts, for a paragraph that crosses
	// pages; ascending by Offset.
	Breaks []PageBreak
	Bold   bool // every word of the block is bold
	Level  int  // heading level where the source says (HTML h1..h6); 0 otherwise
	Table  *TableData
}

// PageBreak marks the byte offset in Block.Text where page Page starts.
type PageBreak struct {
	Offset int
	Page   int
}

// Words returns the row's cells that hold words, trimmed, joined by a space: the row read as a
// paragraph (a numbered paragraph that the layout set beside its number as a table row).
func (r Row) Words() string {
	var parts []string
	for _, c := range r.Cells {
		if t := strings.TrimSpace(c.Text); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

// PageAt returns the page of the byte at offset off in the block's text.
func (b Block) PageAt(off int) int {
	p := b.Page
	for _, br := range b.Breaks {
		if br.Offset > off {
			break
		}
		p = br.Page
	}
	return p
}

// TableData is a table rebuilt from a page (cells from x positions) or from HTML markup. A table
// that continues on the next page is one table; its repeated header rows are dropped.
type TableData struct {
	Columns int   // number of columns
	Rows    []Row // the header row(s) first, flagged
}

// Row is one row of a table.
type Row struct {
	Cells  []Cell
	Page   int  // 1-based page of the row; 0 for HTML
	Header bool // a header row (column titles)
}

// Cell is one cell. A cell spanning columns appears once with Span > 1, so a group row that
// spans the whole table has a single cell with Span == Columns.
type Cell struct {
	Text string
	Span int // columns covered, at least 1
	Bold bool
	// Paras is the cell's text in the paragraphs its writer made, when the reader can tell
	// them (nil otherwise). In a web page's table every line of a cell of several lines is one
	// (the browser wraps, the writer breaks). In a PDF table a paragraph ends with a line that had room for the next
	// line's first word, so the break was not the wrapping of a long line but the writer's
	// (one unit a line in a responsible-units cell). Within a paragraph the printed lines are
	// separated by "\n", with line-end hyphenation undone. Text joins them all with spaces.
	Paras []string
}

// Footnote is a note from the foot of a page (or the end of a web page), with its number as
// printed.
type Footnote struct {
	Page   int
	Number string
	Text   string
}

// PageError says why one page could not be read.
type PageError struct {
	Page int
	Err  string
}
