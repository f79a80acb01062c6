package corpus

import (
	"errors"
	"net/url"
	"testing"
)

func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://alice:s3cret@h.example/x.pdf", "https://h.example/x.pdf"},
		{"https://alice@h.example/x.pdf?q=1", "https://h.example/x.pdf?q=1"},
		{"https://h.example/x.pdf", "https://h.example/x.pdf"},
		{"corpus/a@b.pdf", "corpus/a@b.pdf"},
		{"http://u:p@ss@h.example/%zz", "http://h.example/%zz"},
		{"http://u:pw@h.example:bad/", "http://h.example:bad/"},
	}
	for _, tt := range tests {
		if got := Redact(tt.in); got != tt.want {
			t.Errorf("Redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr error
	}{
		{"corpus/a.pdf", KindFile, nil},
		{"/abs/a.pdf", KindFile, nil},
		{`C:\docs\a.pdf`, KindFile, nil},
		{"./odd:name.pdf", KindFile, nil},
		{"http://h.example/a.pdf", KindURL, nil},
		{"HTTPS://h.example/a.pdf", KindURL, nil},
		{"ftp://h.example/a.pdf", "", ErrScheme},
		{"file:///etc/passwd", "", ErrScheme},
		{"javascript:alert(1)", "", ErrScheme},
		{"data:text/html,x", "", ErrScheme},
		{"mailto:x@h.example", "", ErrScheme},
	}
	for _, tt := range tests {
		got, err := classify(tt.in)
		if got != tt.want || !errors.Is(err, tt.wantErr) {
			t.Errorf("classify(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
	if _, err := classify("https:///nohost"); err == nil {
		t.Errorf("classify(https:///nohost) = nil error, want one")
	}
}

func TestHostKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://H.Example/x", "h.example:443"},
		{"https://h.example:443/x", "h.example:443"},
		{"http://h.example/x", "h.example:80"},
		{"http://h.example:8080/x", "h.example:8080"},
		{"http://[::1]:9/x", "::1:9"},
	}
	for _, tt := range tests {
		u, err := url.Parse(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := hostKey(u); got != tt.want {
			t.Errorf("hostKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
