package corpus

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseManifest(t *testing.T) {
	tests := []struct {
		name      string
		data      string
		remote    bool
		want      []Source
		wantLines []int // lines reported in errors, in order
		wantErr   error
	}{
		{
			name: "local relative absolute and url",
			data: "\xEF\xBB\xBF# papers\r\n\r\na.pdf\r\n  sub/b.html  \n/abs/c.pdf\nhttps://h.example/d.pdf\n",
			want: []Source{
				{filepath.Join("base", "a.pdf"), KindFile, true},
				{filepath.Join("base", "sub/b.html"), KindFile, true},
				{"/abs/c.pdf", KindFile, true},
				{"https://h.example/d.pdf", KindURL, true},
			},
		},
		{
			name: "parent relative stays relative to base",
			data: "../up.pdf",
			want: []Source{{filepath.Join("base", "../up.pdf"), KindFile, true}},
		},
		{
			name:      "local unknown schemes",
			data:      "ok.pdf\nftp://h/x.pdf\nfile:///etc/passwd\njavascript:alert(1)\ndata:text/html,hi\n",
			want:      []Source{{filepath.Join("base", "ok.pdf"), KindFile, true}},
			wantLines: []int{2, 3, 4, 5},
			wantErr:   ErrScheme,
		},
		{
			name:      "remote lists a local path",
			data:      "https://h.example/a.pdf\n/etc/passwd\nrelative.pdf\n//h.example/x.pdf\n",
			remote:    true,
			want:      []Source{{"https://h.example/a.pdf", KindURL, true}},
			wantLines: []int{2, 3, 4},
			wantErr:   ErrRemoteLocal,
		},
		{
			name:      "remote lists file scheme",
			data:      "# list\nfile:///etc/passwd\n",
			remote:    true,
			wantLines: []int{2},
			wantErr:   ErrScheme,
		},
		{
			name:      "line too long",
			data:      "a.pdf\n" + strings.Repeat("x", maxManifestLine+1) + "\n",
			want:      []Source{{filepath.Join("base", "a.pdf"), KindFile, true}},
			wantLines: []int{2},
		},
		{name: "only comments", data: "# a\n  # b\n\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseManifest([]byte(tt.data), "m.txt", "base", tt.remote)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("parseManifest(%q) sources (-want +got):\n%s", tt.name, diff)
			}
			var lines []int
			for _, e := range unjoin(err) {
				var me *ManifestError
				if !errors.As(e, &me) {
					t.Fatalf("parseManifest(%q) error %v is not a *ManifestError", tt.name, e)
				}
				if me.Manifest != "m.txt" {
					t.Errorf("parseManifest(%q) error names %q, want m.txt", tt.name, me.Manifest)
				}
				lines = append(lines, me.Line)
			}
			if diff := cmp.Diff(tt.wantLines, lines); diff != "" {
				t.Errorf("parseManifest(%q) error lines (-want +got):\n%s", tt.name, diff)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("parseManifest(%q) error %v, want %v", tt.name, err, tt.wantErr)
			}
		})
	}
}

// unjoin lists the errors of an errors.Join, or err alone.
func unjoin(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func TestManifestErrorRedacts(t *testing.T) {
	_, err := parseManifest([]byte("ftp://bob:hunter2@h.example/x.pdf\n"), Redact("https://u:pw@h.example/m.txt"), "", true)
	if err == nil {
		t.Fatal("parseManifest(ftp line) = nil error, want one")
	}
	for _, secret := range []string{"hunter2", "bob", "u:pw"} {
		if strings.Contains(err.Error(), secret) {
			t.Errorf("parseManifest error %q shows %q", err, secret)
		}
	}
	if !strings.Contains(err.Error(), "line 1") {
		t.Errorf("parseManifest error %q does not name the line", err)
	}
}

func FuzzManifest(f *testing.F) {
	f.Add([]byte("a.pdf\n# c\n\nhttps://h/x.pdf\n"), false)
	f.Add([]byte("/etc/passwd\r\nfile:///x\n"), true)
	f.Add([]byte("\xEF\xBB\xBF../x\x00y\n"), false)
	f.Add([]byte("C:\\x.pdf\nhttp://[::1]:80/a\nhttp://%zz/\n"), true)
	f.Fuzz(func(t *testing.T, data []byte, remote bool) {
		srcs, err := parseManifest(data, "m", "base", remote)
		for _, s := range srcs {
			switch s.Kind {
			case KindURL:
				if k, cerr := classify(s.Ref); cerr != nil || k != KindURL {
					t.Fatalf("parseManifest gave URL %q that classify refuses: %v", s.Ref, cerr)
				}
			case KindFile:
				if remote {
					t.Fatalf("parseManifest(remote) gave local path %q", s.Ref)
				}
				// Joined to base, hence cleaned: no "./" or "a/../" left.
				if filepath.Clean(s.Ref) != s.Ref {
					t.Fatalf("parseManifest gave path %q not joined to its base", s.Ref)
				}
			default:
				t.Fatalf("parseManifest gave kind %q for %q", s.Kind, s.Ref)
			}
			if strings.ContainsRune(s.Ref, 0) || s.Ref == "" || s.Kind == KindURL && strings.TrimSpace(s.Ref) != s.Ref {
				t.Fatalf("parseManifest gave unclean ref %q", s.Ref)
			}
		}
		for _, e := range unjoin(err) {
			var me *ManifestError
			if !errors.As(e, &me) || me.Line < 1 {
				t.Fatalf("parseManifest error %v lacks a line", e)
			}
		}
	})
}
