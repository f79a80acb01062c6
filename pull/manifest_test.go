package pull

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseManifest(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []Entry
		errLine []int // lines of the ManifestErrors expected, in order
	}{
		{
			name: "csv with all columns, any order and case",
			in: "Symbol, URL ,title,session,date,kind,language,extra\n" +
				"GB.355/INS/2,https://example.org/a.pdf,\"Agenda, revised\",355,2025-10-30,paper,en,x\n",
			want: []Entry{{URL: "https://example.org/a.pdf", Symbol: "GB.355/INS/2", Title: "Agenda, revised", Session: "355", Date: "2025-10-30", Kind: "paper", Language: "en"}},
		},
		{
			name: "csv url only, BOM, CRLF, blank and comment lines",
			in:   "\ufeffurl\r\nhttp://example.org/a.pdf\r\n\r\n# later\r\nhttp://example.org/b.html\r\n",
			want: []Entry{{URL: "http://example.org/a.pdf"}, {URL: "http://example.org/b.html"}},
		},
		{
			name:    "csv without url column",
			in:      "symbol,title\nA,B\n",
			errLine: []int{1},
		},
		{
			name:    "csv bad rows are named and skipped",
			in:      "url,symbol\nfile:///etc/passwd,X\n/relative.pdf,Y\nhttps://example.org/ok.pdf,Z\n,W\n",
			want:    []Entry{{URL: "https://example.org/ok.pdf", Symbol: "Z"}},
			errLine: []int{2, 3, 5},
		},
		{
			name:    "csv short row keeps what it has",
			in:      "symbol,url,title\nS,https://example.org/a.pdf\nT\n",
			want:    []Entry{{URL: "https://example.org/a.pdf", Symbol: "S"}},
			errLine: []int{3},
		},
		{
			name: "jsonl",
			in: `{"url":"https://example.org/a.pdf","symbol":"GB.355/PFA/1","kind":"paper"}` + "\n\n# comment\n" +
				`{"url":"https://example.org/n.html","language":"fr","unknown":1}` + "\n",
			want: []Entry{
				{URL: "https://example.org/a.pdf", Symbol: "GB.355/PFA/1", Kind: "paper"},
				{URL: "https://example.org/n.html", Language: "fr"},
			},
		},
		{
			name:    "jsonl bad lines",
			in:      `{"url":"https://example.org/a.pdf"}` + "\n{\"url\":\n" + `{"symbol":"x"}` + "\n" + `{"url":"https://example.org/b.pdf"} {}` + "\n",
			want:    []Entry{{URL: "https://example.org/a.pdf"}},
			errLine: []int{2, 3, 4},
		},
		{name: "empty", in: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseManifest([]byte(tt.in))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseManifest(%q) entries (-want +got):\n%s", tt.in, diff)
			}
			var lines []int
			for _, e := range unjoin(err) {
				var me *ManifestError
				if !errors.As(e, &me) {
					t.Errorf("ParseManifest(%q) error %v is not a *ManifestError", tt.in, e)
					continue
				}
				lines = append(lines, me.Line)
			}
			if diff := cmp.Diff(tt.errLine, lines); diff != "" {
				t.Errorf("ParseManifest(%q) error lines (-want +got):\n%s\nerror: %v", tt.in, diff, err)
			}
		})
	}
}

func unjoin(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, unjoin(e)...)
		}
		return out
	}
	return []error{err}
}

func FuzzParseManifest(f *testing.F) {
	f.Add([]byte("url,symbol\nhttps://example.org/a.pdf,GB.1\n"))
	f.Add([]byte(`{"url":"https://example.org/a.pdf"}` + "\n"))
	f.Add([]byte("url\n\"unterminated\n"))
	f.Add([]byte("\ufeff{\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, _ := ParseManifest(data)
		for _, e := range got {
			if err := checkURL(e.URL); err != nil {
				t.Fatalf("ParseManifest(%q) returned an entry with a bad URL %q: %v", data, e.URL, err)
			}
		}
	})
}
