package followup

import "gbtrack/normalize"

// Thresholds for two documents without a symbol to be one paper: their titles fold to the same
// words, their item counts differ by at most a fifth, and at least 80% of the second's items
// have an item of the first whose words are near-identical (Dice ≥ 0.9). A web print and an
// office print differ in page furniture and line breaks, not in the words of their items.
const (
	copyItemScore = 0.9
	copyItemShare = 0.8
	copyCountRate = 0.8
)

// markCopies sets SameAs on every document that repeats an earlier one of docs (input order):
// the same symbol, or the same title and near-identical items (see the thresholds above).
// Failed documents are never copies. byDoc holds each document's items by document id.
func markCopies(docs []normalize.Document, byDoc map[string][]*normalize.Item) {
	for j := range docs {
		dj := &docs[j]
		dj.SameAs = nil
		if dj.Error != nil {
			continue
		}
		for i := 0; i < j; i++ {
			di := &docs[i]
			if di.Error != nil || di.SameAs != nil {
				continue
			}
			if sameDocument(di, dj, byDoc[di.ID], byDoc[dj.ID]) {
				dj.SameAs = normalize.Ptr(di.ID)
				break
			}
		}
	}
}

// sameDocument decides whether b is a copy of a.
func sameDocument(a, b *normalize.Document, ai, bi []*normalize.Item) bool {
	if a.Symbol != nil && b.Symbol != nil {
		return *a.Symbol == *b.Symbol
	}
	if a.Symbol != nil || b.Symbol != nil || a.Title == nil || b.Title == nil || fold(*a.Title) != fold(*b.Title) {
		return false
	}
	if len(ai) == 0 && len(bi) == 0 {
		// Two prints of a news item: the same headline on the same day.
		return a.Date != nil && b.Date != nil && *a.Date == *b.Date
	}
	lo, hi := min(len(ai), len(bi)), max(len(ai), len(bi))
	if lo == 0 || float64(lo)/float64(hi) < copyCountRate {
		return false
	}
	aw := make([]wordSet, len(ai))
	for k, it := range ai {
		aw[k] = words(it.Text)
	}
	found := 0
	for _, it := range bi {
		w := words(it.Text)
		for _, x := range aw {
			if dice(w, x) >= copyItemScore {
				found++
				break
			}
		}
	}
	return float64(found)/float64(len(bi)) >= copyItemShare
}
