package render

import (
	"os"
	"path/filepath"
	"testing"

	"gbtrack/normalize"
)

func TestRelativeLinks(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	docs := []normalize.Document{
		{ID: "a", Source: "samples/gb340-ins-6.pdf"},
		{ID: "b", Source: filepath.Join(wd, "samples", "with space.pdf")},
		{ID: "c", Source: "https://www.ilo.org/gb/paper.pdf"},
	}
	got := RelativeLinks(docs, "out")
	want := map[string]string{
		"samples/gb340-ins-6.pdf":                      "../samples/gb340-ins-6.pdf",
		filepath.Join(wd, "samples", "with space.pdf"): "../samples/with%20space.pdf",
	}
	for src, w := range want {
		if got[src] != w {
			t.Errorf("RelativeLinks()[%q] = %q, want %q", src, got[src], w)
		}
	}
	if l, ok := got["https://www.ilo.org/gb/paper.pdf"]; ok {
		t.Errorf("RelativeLinks() links a URL source as %q; its URL is its link", l)
	}
}

func TestShareFolder(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"/home/ana/run/out", "/home/ana/papers/x.pdf", true},
		{"/tmp/out", "/home/ana/x.pdf", false},
		{"/out", "/x.pdf", false},
	}
	for _, tt := range tests {
		if got := shareFolder(filepath.FromSlash(tt.a), filepath.FromSlash(tt.b)); got != tt.want {
			t.Errorf("shareFolder(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestPageLink(t *testing.T) {
	tests := []struct {
		link string
		page int
		want string
	}{
		{"../samples/a.pdf", 12, "../samples/a.pdf#page=12"},
		{"https://www.ilo.org/a.pdf#x", 3, "https://www.ilo.org/a.pdf#page=3"},
		{"a.html", 0, "a.html"},
		{"", 4, ""},
	}
	for _, tt := range tests {
		if got := pageLink(tt.link, tt.page); got != tt.want {
			t.Errorf("pageLink(%q, %d) = %q, want %q", tt.link, tt.page, got, tt.want)
		}
	}
}
