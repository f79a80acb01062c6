package pull

import (
	"bytes"
	"net/url"
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// Links are what an index page points to, absolute, without fragments, in
// page order, each once.
type Links struct {
	Docs  []string // links matching the document pattern
	Pages []string // links matching the follow pattern (and not Docs): more index pages
}

// ExtractLinks reads an HTML index page fetched from pageURL and sorts its
// <a href> links: those whose absolute URL matches match are documents,
// else those matching follow (nil: none) are further index pages. Links are
// resolved against <base href> when the page has one (HTML §4.2.3), else
// against pageURL; only http and https links are kept, and only on a host
// that allowed accepts. Never fails: a page that does not parse yields the
// links found so far.
func ExtractLinks(page []byte, pageURL *url.URL, match, follow *regexp.Regexp, allowed func(*url.URL) bool) Links {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(page))
	if err != nil {
		return Links{}
	}
	base := pageURL
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok {
		if b, err := pageURL.Parse(strings.TrimSpace(href)); err == nil {
			base = b
		}
	}
	var out Links
	seen := map[string]bool{}
	doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		u, err := base.Parse(strings.TrimSpace(href))
		if err != nil {
			return
		}
		if sc := strings.ToLower(u.Scheme); sc != "http" && sc != "https" || u.Host == "" {
			return
		}
		u.Fragment, u.RawFragment = "", ""
		s := u.String()
		if seen[s] || allowed != nil && !allowed(u) {
			return
		}
		switch {
		case match != nil && match.MatchString(s):
			out.Docs = append(out.Docs, s)
		case follow != nil && follow.MatchString(s):
			out.Pages = append(out.Pages, s)
		default:
			return
		}
		seen[s] = true
	})
	return out
}
