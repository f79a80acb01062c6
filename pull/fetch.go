package pull

import (
	"context"
	"errors"
	"fmt"

	"gbtrack/corpus"
)

// Fetch pulls one URL source through the store, as a run does with
// --pull-cache: the stored copy when the server confirms it (304), else
// the new body, stored. It returns the bytes as corpus.Fetcher.Fetch does,
// Source unchanged (the URL, not the cache path), and fails the same way
// when they are neither PDF nor HTML. A file source is an error: the
// caller reads files itself.
func (p *Puller) Fetch(ctx context.Context, src corpus.Source) (*corpus.Fetched, error) {
	if src.Kind != corpus.KindURL {
		return nil, &corpus.Error{Source: corpus.Redact(src.Ref), Op: "pull", Err: errors.New("not a URL")}
	}
	res, _ := p.one(ctx, Request{URL: src.Ref, Listed: src.Listed}, noResume)
	if res.Err != nil {
		return nil, res.Err
	}
	data, m, err := p.store.Body(src.Ref)
	if err != nil {
		return nil, &corpus.Error{Source: res.URL, Op: "pull", Err: err}
	}
	switch m.Format {
	case corpus.FormatPDF, corpus.FormatHTML:
	case corpus.FormatEmpty:
		return nil, &corpus.Error{Source: res.URL, Op: "sniff", Err: corpus.ErrEmpty}
	default:
		return nil, &corpus.Error{Source: res.URL, Op: "sniff", Err: fmt.Errorf("%w: served as %q but is %s, not a PDF or HTML", corpus.ErrUnknownFormat, m.ContentType, corpus.Describe(data))}
	}
	return &corpus.Fetched{Source: src, Data: data, ContentType: m.ContentType, Format: m.Format, SHA256: m.SHA256}, nil
}
