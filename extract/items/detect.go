package items

import (
	"context"
	"fmt"
	"time"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// Source says where a document came from; it is copied into every item.
type Source struct {
	Ref    string // path or URL as given
	FileID string // fallback document id: the file name without extension; never part of an item id
	// Hash is the hex SHA-256 of the document's bytes: the root of its item ids when it prints no
	// symbol (see IDRoot). Empty: the hash of the text layer stands in.
	Hash string
}

// Result is what Detect finds in one document.
type Result struct {
	Symbol string    // "GB.340/INS/6"; empty when the document has none
	Title  string    // the document's title; empty when unknown
	Date   time.Time // the document's own date; zero when unknown
	Items  []normalize.Item
}

// DocID is the document id items carry: its symbol, else the file id.
func (r Result) DocID(src Source) string {
	if r.Symbol != "" {
		return r.Symbol
	}
	return src.FileID
}

// Detect finds the items of one document. Items come in document order: recommendations, table
// rows and decisions where they stand, commitments where their sentence stands.
func Detect(ctx context.Context, doc *textlayer.Document, src Source) (res Result, err error) {
	return DetectWith(ctx, doc, src, Options{})
}

// Options tune detection.
type Options struct {
	// Calendar resolves session references ("at its 359th Session", "at the annual session
	// 2027"); nil means normalize.DefaultCalendar().
	Calendar *normalize.Calendar
}

// DetectWith is Detect with options.
func DetectWith(ctx context.Context, doc *textlayer.Document, src Source, opts Options) (res Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: item detection: internal error: %v", src.Ref, r)
		}
	}()
	res.Symbol = findSymbol(doc)
	res.Title = findTitle(doc, res.Symbol)
	res.Date = findDate(doc)
	d := &detector{doc: doc, src: src, ref: res.Date, docID: res.DocID(src), docSymbol: res.Symbol, claimed: make(map[int]bool)}
	d.cal = documentCalendar(doc, res.Symbol, opts.Calendar)
	if err := d.run(ctx); err != nil {
		return res, err
	}
	res.Items = d.finish()
	return res, nil
}

// detector holds the state of one Detect call.
type detector struct {
	doc   *textlayer.Document
	src   Source
	ref   time.Time
	docID string
	cal   *normalize.Calendar // the run's calendar, with what the document's masthead adds
	// docSymbol is the symbol the document prints, "" when none; it roots the item ids.
	docSymbol string
	// claimed marks blocks whose words were already reported as a recommendation or a
	// decision's action items, so that they are not reported again as commitments.
	claimed map[int]bool
	found   []found
}

// found is an item with the position that orders it in the output.
type found struct {
	block, offset int
	item          normalize.Item
	// parent is the handle (see add) of the item this one belongs to; 0 when none. finish turns
	// it into the parent's id.
	parent int
}

// add records an item found at a block and an offset within it, and returns a handle that a
// later item can name as its parent (setParent). Handles are 1-based; 0 means none.
func (d *detector) add(block, offset int, it normalize.Item) int {
	it.SchemaVersion = normalize.SchemaVersion
	it.Doc = d.docID
	it.Source = d.src.Ref
	if it.Responsible == nil {
		it.Responsible = []string{}
	}
	d.found = append(d.found, found{block: block, offset: offset, item: it})
	return len(d.found)
}

// setParent makes the item with handle child belong to the item with handle parent.
func (d *detector) setParent(child, parent int) {
	if child > 0 && child <= len(d.found) && parent > 0 && parent <= len(d.found) && child != parent {
		d.found[child-1].parent = parent
	}
}

func (d *detector) run(ctx context.Context) error {
	d.splitLabelBlocks()
	d.findRecommendations()
	d.findBracketedRecommendations()
	d.readTrailingFields()
	d.findRecommendationTables()
	d.attachNumberedResponses()
	d.findTables()
	d.findNumberedActions()
	d.findKeyActionLists()
	d.findActionSections()
	d.findDecisions()
	d.findRecommendingParagraphs()
	if err := d.findCommitments(ctx); err != nil {
		return err
	}
	d.dropRestatements()
	d.mergeRepeats()
	d.dropAdvice()
	return nil
}
