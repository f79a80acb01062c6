package pull

import (
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestExtractLinks(t *testing.T) {
	pageURL, _ := url.Parse("https://www.example.org/gb/355/index.html?lang=en")
	match := regexp.MustCompile(`\.(pdf|html?)$`)
	follow := regexp.MustCompile(`index\.html\?(.*&)?page=\d+`)
	sameSite := func(u *url.URL) bool { return u.Host == "www.example.org" }
	tests := []struct {
		name    string
		page    string
		allowed func(*url.URL) bool
		want    Links
	}{
		{
			name: "relative, absolute, fragment and duplicate",
			page: `<a href="a.pdf">A</a><a href="/gb/355/b.pdf#page=3">B</a><a href=" a.pdf ">A</a>
				<a href="https://www.example.org/gb/355/news.htm">N</a>`,
			allowed: sameSite,
			want: Links{Docs: []string{
				"https://www.example.org/gb/355/a.pdf", "https://www.example.org/gb/355/b.pdf",
				"https://www.example.org/gb/355/news.htm",
			}},
		},
		{
			name:    "pagination is followed, not taken as a document",
			page:    `<a href="index.html?lang=en&page=2">2</a><a href="index.html?page=3">3</a><a href="other.html?page=2">x</a>`,
			allowed: sameSite,
			want: Links{
				Pages: []string{"https://www.example.org/gb/355/index.html?lang=en&page=2", "https://www.example.org/gb/355/index.html?page=3"},
				Docs:  nil,
			},
		},
		{
			name:    "other hosts and schemes dropped",
			page:    `<a href="https://cdn.example.net/x.pdf">x</a><a href="mailto:a@b.pdf">m</a><a href="javascript:go('.pdf')">j</a><a href="ftp://www.example.org/f.pdf">f</a>`,
			allowed: sameSite,
			want:    Links{},
		},
		{
			name:    "other hosts kept when allowed",
			page:    `<a href="https://cdn.example.net/x.pdf">x</a>`,
			allowed: nil,
			want:    Links{Docs: []string{"https://cdn.example.net/x.pdf"}},
		},
		{
			name:    "base href",
			page:    `<html><head><base href="https://www.example.org/docs/"></head><body><a href="c.pdf">c</a></body></html>`,
			allowed: sameSite,
			want:    Links{Docs: []string{"https://www.example.org/docs/c.pdf"}},
		},
		{name: "not html at all", page: "%PDF-1.4 \x00\x01", allowed: sameSite, want: Links{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractLinks([]byte(tt.page), pageURL, match, follow, tt.allowed)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ExtractLinks(%q) (-want +got):\n%s", tt.page, diff)
			}
		})
	}
}

func FuzzExtractLinks(f *testing.F) {
	f.Add([]byte(`<a href="a.pdf">a</a><a href="index.html?page=2">n</a>`))
	f.Add([]byte(`<base href="//other/"><a href="%zz">x</a>`))
	f.Add([]byte(`<a href="` + strings.Repeat("../", 50) + `x.pdf">`))
	pageURL, _ := url.Parse("http://example.org/i/index.html")
	match := regexp.MustCompile(`\.pdf$`)
	follow := regexp.MustCompile(`page=`)
	f.Fuzz(func(t *testing.T, page []byte) {
		got := ExtractLinks(page, pageURL, match, follow, func(u *url.URL) bool { return u.Host == "example.org" })
		for _, l := range append(got.Docs, got.Pages...) {
			u, err := url.Parse(l)
			if err != nil || u.Host != "example.org" || u.Fragment != "" {
				t.Fatalf("ExtractLinks gave %q: not an absolute same-site URL without fragment", l)
			}
		}
	})
}
