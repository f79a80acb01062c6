package pipeline

import (
	"encoding/json"
	"fmt"
	"strings"

	"gbtrack/corpus"
	"gbtrack/extract/items"
)

// The cache holds one docResult per document content, keyed by the SHA-256 of the document's
// bytes, under a folder per gbtrack version and PDF engine (cacheVersion). Nothing in an entry
// depends on the name the bytes were read under: item ids are rooted in the content (items.IDRoot)
// and relabel gives the entry the source and document id of the file met now. So a run with the
// cache writes the same bytes as a run without it, whatever the files are called and however
// many copies of one file the run reads.

// fromCache returns the cached result for the fetched bytes f. An entry whose checksum does not
// match its content (corpus.Cache.Get), or that was made from other bytes than f's, is a miss:
// the document is extracted again and the entry replaced.
func (p *processor) fromCache(f *corpus.Fetched) (docResult, bool) {
	if p.cache == nil {
		return docResult{}, false
	}
	data, ok := p.cache.Get(f.SHA256)
	if !ok {
		return docResult{}, false
	}
	var r docResult
	if json.Unmarshal(data, &r) != nil || r.Doc.SHA256 != f.SHA256 || r.Root == "" || r.Doc.Error != nil {
		return docResult{}, false
	}
	for _, it := range r.Items {
		if !strings.HasPrefix(it.ID, r.Root+"#") {
			return docResult{}, false
		}
	}
	r.cached = true
	return r, true
}

// toCache stores a document's result under the hash of its bytes. A failure to store is said
// on the progress writer and is otherwise harmless: the next run extracts again.
func (p *processor) toCache(src corpus.Source, r docResult) {
	if p.cache == nil || r.Doc.Error != nil {
		return
	}
	data, err := json.Marshal(r)
	if err == nil {
		err = p.cache.Put(r.Doc.SHA256, data)
	}
	if err != nil {
		p.progress("gbtrack: %s: cache: %v\n", src, err)
	}
}

// relabel gives a cached result the names it is met under now: the source reference (the same
// bytes may come from another path or URL) and the document id, which falls back on the file
// name when the document prints no symbol. Item ids are left as they are: they depend on the
// content only.
func relabel(r docResult, src corpus.Source) docResult {
	symbol := ""
	if r.Doc.Symbol != nil {
		symbol = *r.Doc.Symbol
	}
	r.Doc.Source = src.String()
	r.Doc.ID = items.Result{Symbol: symbol}.DocID(items.Source{FileID: corpus.DocID(src)})
	for k := range r.Items {
		r.Items[k].Source = src.String()
		r.Items[k].Doc = r.Doc.ID
	}
	return r
}

// uniqueRoots makes the item-id roots of a run's documents distinct, in input order: the first
// document with a root keeps it; another with the same root and other bytes (a second paper
// printing the same symbol) gets "~" and the first 12 hex digits of its SHA-256; a copy of the
// same bytes gets "~2", "~3", ... in the order the sources were given. Ids (and parents) of the
// items are rewritten to match.
func uniqueRoots(results []docResult) {
	used := map[string]bool{}
	holder := map[string]string{} // root -> SHA-256 of the first document holding it
	for i := range results {
		r := &results[i]
		if r.Root == "" {
			continue
		}
		root := r.Root
		if used[root] && holder[root] != r.Doc.SHA256 {
			root += "~" + r.Doc.SHA256[:min(len(r.Doc.SHA256), 12)]
		}
		base := root
		for n := 2; used[root]; n++ {
			root = fmt.Sprintf("%s~%d", base, n)
		}
		used[root] = true
		if _, ok := holder[r.Root]; !ok {
			holder[r.Root] = r.Doc.SHA256
		}
		if root == r.Root {
			continue
		}
		old, repl := r.Root+"#", root+"#"
		for k := range r.Items {
			it := &r.Items[k]
			it.ID = repl + strings.TrimPrefix(it.ID, old)
			if it.Parent != nil {
				p := repl + strings.TrimPrefix(*it.Parent, old)
				it.Parent = &p
			}
		}
		r.Root = root
	}
}
