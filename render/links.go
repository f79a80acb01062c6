package render

import (
	"net/url"
	"path/filepath"
	"strings"

	"gbtrack/normalize"
)

// RelativeLinks maps each local source of docs to a link relative to the folder out, where
// report.pdf is published and opened (out/report.pdf; the run folder it links to is two levels
// down, but readers open the name at the top): "../samples/gb340-ins-6.pdf" for a run written
// with --out out over samples/. A source and a folder that share no folder below the file
// system's root (a report written to /tmp about papers under /home) get no entry: the link
// would spell out the machine's layout, so the report falls back on the file name alone, which
// works when the papers are copied beside it. Web sources get no entry either: their URL is
// their link. Relative paths are taken from the working folder, the one place this package
// reads the process's state; Build never calls it.
func RelativeLinks(docs []normalize.Document, out string) map[string]string {
	base, err := filepath.Abs(out)
	if err != nil {
		return nil
	}
	links := map[string]string{}
	for _, d := range docs {
		src := d.Source
		if src == "" || isWeb(src) {
			continue
		}
		abs, err := filepath.Abs(src)
		if err != nil || !shareFolder(base, abs) {
			continue
		}
		rel, err := filepath.Rel(base, abs)
		if err != nil {
			continue
		}
		links[src] = (&url.URL{Path: filepath.ToSlash(rel)}).String()
	}
	return links
}

// shareFolder reports whether two absolute paths have a common folder other than the root.
func shareFolder(a, b string) bool {
	first := func(p string) string {
		p = strings.TrimPrefix(filepath.ToSlash(p), filepath.ToSlash(filepath.VolumeName(p)))
		p = strings.TrimPrefix(p, "/")
		head, _, _ := strings.Cut(p, "/")
		return head
	}
	return first(a) != "" && first(a) == first(b) && filepath.VolumeName(a) == filepath.VolumeName(b)
}

func isWeb(src string) bool {
	u, err := url.Parse(src)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https")
}
