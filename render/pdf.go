package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"github.com/go-fonts/dejavu/dejavusanscondensed"
	"github.com/go-fonts/dejavu/dejavusanscondensedbold"
	"github.com/go-fonts/dejavu/dejavusanscondensedoblique"
)

// ErrPDFPanic wraps a panic of the PDF library caught by WritePDF.
var ErrPDFPanic = errors.New("pdf library panicked")

// WritePDF draws r as the consolidated progress report, in one pass: the first page's contents
// get their page numbers at the end, when every section has been drawn (fpdf can go back to a
// page), so a long register is drawn once and nothing of it is held once drawn.
//
// The output depends on r alone: the PDF's dates are r's as-of date, the catalog is sorted and
// nothing iterates a map, so the same Report always gives the same bytes.
func WritePDF(ctx context.Context, w io.Writer, r *Report) error {
	return writePDF(ctx, w, r, options{compress: true})
}

// options are the test modes of writePDF.
type options struct {
	compress bool
	// onCell, when set, sees every text drawn and the width of its cell (fpdf's current font is
	// the one the text is set in).
	onCell func(pdf *fpdf.Fpdf, text string, cellW float64)
}

func writePDF(ctx context.Context, w io.Writer, r *Report, opt options) (err error) {
	// fpdf panics on some inputs it should reject (its own decoders index without bounds
	// checks); a report is one step of a batch run, so such a panic becomes this call's error.
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("render pdf: %w: %v", ErrPDFPanic, p)
		}
	}()
	asOf, err := time.Parse(time.DateOnly, r.AsOf)
	if err != nil {
		return fmt.Errorf("render pdf: as-of date: %w", err)
	}
	rd, err := draw(ctx, r, asOf, opt)
	if err != nil {
		return err
	}
	var out bytes.Buffer
	if err := rd.pdf.Output(&out); err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	update, err := addNamedDests(out.Bytes(), rd.dests, pageH)
	if err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	if _, err := w.Write(out.Bytes()); err != nil {
		return err
	}
	_, err = w.Write(update)
	return err
}

// renderer holds one drawing pass.
type renderer struct {
	ctx  context.Context
	pdf  *fpdf.Fpdf
	r    *Report
	asOf time.Time
	byID map[string]int // item id to index in r.Entries

	toc      []tocEntry
	pages    []int // pages[i]: the page toc[i] starts on
	tocLinks []int
	// tocAt is where the first page keeps room for the contents' page numbers: the y of each
	// level-0 entry's line, by toc index (0 when the entry is not listed there).
	tocAt []float64

	itemPage  []int // itemPage[i]: the register page of r.Entries[i], once drawn
	itemLinks []int // internal link per entry, set where its register row is drawn
	dests     []dest
	docDates  map[string]string   // document id to its date (ISO), for status sources
	docIdx    map[string]int      // document id to its index in r.ByDoc
	copiesOf  map[string][]string // document id to the ids of its copies (r.Copies), in order
	// reportsOn maps a later item to the earlier one it reports on (a strong follow-up link),
	// so that a progress report's row says which promise it follows up.
	reportsOn map[string]int
	cur       font // the font last set through use
	onCell    func(text string, cellW float64)
}

func draw(ctx context.Context, r *Report, asOf time.Time, opt options) (*renderer, error) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCompression(opt.compress)
	pdf.SetCatalogSort(true)
	stamp := time.Date(asOf.Year(), asOf.Month(), asOf.Day(), 0, 0, 0, 0, time.UTC)
	pdf.SetCreationDate(stamp)
	pdf.SetModificationDate(stamp)
	pdf.SetTitle(printable(r.Title), true)
	pdf.SetSubject(printable("Progress report as of "+longDate(asOf)), true)
	pdf.SetCreator("gbtrack", true)
	pdf.SetProducer("gbtrack", true)
	// Each report gets its own copy of the font bytes: fpdf v0.12's font subsetter appends to
	// a slice of the bytes it is given (getMetrics, for glyphs past the font's long metrics) and
	// so writes into them. Handed the font packages' slices, the first report of a process
	// would differ from every later one.
	// DejaVu Sans Condensed: it draws Vietnamese, the whole of Latin Extended, Greek, Cyrillic
	// and the usual symbols (≥, €, •), the names of places and programmes that the Office's
	// papers print, and its digits and hyphen are those of the text.
	pdf.AddUTF8FontFromBytes(famText, "", bytes.Clone(dejavusanscondensed.TTF))
	pdf.AddUTF8FontFromBytes(famText, "B", bytes.Clone(dejavusanscondensedbold.TTF))
	pdf.AddUTF8FontFromBytes(famText, "I", bytes.Clone(dejavusanscondensedoblique.TTF))
	pdf.SetMargins(marginL, marginTop, marginR)
	pdf.SetAutoPageBreak(false, pageH-bodyBot)
	pdf.AliasNbPages("{nb}")

	rd := &renderer{ctx: ctx, pdf: pdf, r: r, asOf: asOf}
	if opt.onCell != nil {
		rd.onCell = func(text string, w float64) { opt.onCell(pdf, text, w) }
	}
	rd.byID = make(map[string]int, len(r.Entries))
	for i, it := range r.Entries {
		if _, dup := rd.byID[it.ID]; !dup {
			rd.byID[it.ID] = i
		}
	}
	rd.copiesOf = make(map[string][]string)
	for _, c := range r.Copies {
		rd.copiesOf[c.SameAs] = append(rd.copiesOf[c.SameAs], c.ID)
	}
	rd.docDates = make(map[string]string, len(r.ByDoc))
	rd.docIdx = make(map[string]int, len(r.ByDoc))
	for i, d := range r.ByDoc {
		rd.docDates[d.ID] = d.Date
		rd.docIdx[d.ID] = i
	}
	rd.reportsOn = map[string]int{}
	for i, it := range r.Entries {
		for _, f := range it.FollowUp {
			if f.Item != nil && !f.Weak {
				if _, seen := rd.reportsOn[*f.Item]; !seen {
					rd.reportsOn[*f.Item] = i
				}
			}
		}
	}
	rd.itemPage = make([]int, len(r.Entries))
	rd.itemLinks = make([]int, len(r.Entries))
	for i := range rd.itemLinks {
		rd.itemLinks[i] = pdf.AddLink()
	}
	rd.toc = plan(r)
	rd.pages = make([]int, len(rd.toc))
	rd.tocAt = make([]float64, len(rd.toc))
	rd.tocLinks = make([]int, len(rd.toc))
	for i := range rd.tocLinks {
		rd.tocLinks[i] = pdf.AddLink()
	}
	pdf.SetHeaderFunc(rd.header)
	pdf.SetFooterFunc(rd.footer)

	steps := []func() error{rd.drawFirstPage, rd.drawRegister, rd.drawUnits, rd.drawChanges, rd.drawFailed, rd.fillContents}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
		if err := pdf.Error(); err != nil {
			return nil, fmt.Errorf("render pdf: %w", err)
		}
	}
	return rd, nil
}

// check is called once per item and section so a cancelled context stops a long report early.
func (rd *renderer) check() error {
	if err := rd.ctx.Err(); err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	return nil
}

func (rd *renderer) header() {
	if rd.pdf.PageNo() == 1 {
		return // the first page carries the title itself
	}
	p := rd.pdf
	p.SetFont(famText, "", sizeSmall)
	p.SetTextColor(90, 90, 90)
	p.SetXY(marginL, 9)
	asOf := "As of " + longDate(rd.asOf)
	aw := p.GetStringWidth(asOf) + 2*p.GetCellMargin() + 1
	title := printable(rd.r.Title)
	// The title gives way to the date: it is shortened in the header only, never in the body.
	if lines := wrapText(p, title, bodyW-aw); len(lines) > 1 {
		title = lines[0] + " …"
	}
	rd.cell(bodyW-aw, 5, title, "", 0, "L", false, 0, "")
	rd.cell(aw, 5, asOf, "", 0, "R", false, 0, "")
	p.SetDrawColor(180, 180, 180)
	p.SetLineWidth(0.2)
	p.Line(marginL, 15, pageW-marginR, 15)
	p.SetTextColor(0, 0, 0)
	p.SetXY(marginL, marginTop)
}

func (rd *renderer) footer() {
	p := rd.pdf
	p.SetFont(famText, "", sizeSmall)
	p.SetTextColor(90, 90, 90)
	p.SetXY(marginL, pageH-12)
	rd.cell(bodyW, 5, fmt.Sprintf("Page %d of {nb}", p.PageNo()), "", 0, "C", false, 0, "")
	p.SetTextColor(0, 0, 0)
}

// longDate prints a date the way ILO papers do: 9 October 2020.
func longDate(t time.Time) string { return t.Format("2 January 2006") }

// isoLong prints an ISO date (YYYY-MM-DD) as longDate does; other text is returned as it is.
func isoLong(iso string) string {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	return longDate(t)
}

// ensure starts a new page when h millimetres do not fit above the footer; it reports whether
// it did, so a table can repeat its header.
func (rd *renderer) ensure(h float64) bool {
	if rd.pdf.GetY()+h <= bodyBot {
		return false
	}
	rd.pdf.AddPage()
	rd.pdf.SetXY(marginL, marginTop)
	return true
}
