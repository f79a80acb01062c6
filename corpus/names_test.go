package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSafeName(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // "" means: only the invariants are checked
	}{
		{"plain kept", "gb340-ins-6", "gb340-ins-6"},
		{"dots kept inside", "report.v2.pdf", "report.v2.pdf"},
		{"symbol", "GB.340/INS/6", ""},
		{"parent", "..", ""},
		{"dot", ".", ""},
		{"traversal", "../../etc/passwd", ""},
		{"windows traversal", `..\..\windows\system32`, ""},
		{"absolute", "/etc/passwd", ""},
		{"url", "https://user:pw@www.ilo.org/gb/340/ins6.pdf?x=1#f", ""},
		{"dots inside", "a..b", ""},
		{"leading dot hidden", ".bashrc", ""},
		{"nul", "a\x00b", ""},
		{"empty", "", ""},
		{"device", "CON", ""},
		{"device ext", "nul.txt", ""},
		{"long", strings.Repeat("ab/", 200), ""},
		{"unicode", "Résumé—Genève", ""},
		{"only separators", "///", ""},
	}
	seen := map[string]string{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SafeName(tt.in)
			if tt.want != "" && got != tt.want {
				t.Errorf("SafeName(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got == "" || got == "." || got == ".." || strings.Contains(got, "..") ||
				strings.ContainsAny(got, "/\\:\x00") || strings.HasPrefix(got, ".") || len(got) > maxNameLen {
				t.Errorf("SafeName(%q) = %q, not a safe single file name", tt.in, got)
			}
			if filepath.Base(got) != got || filepath.Join("root", got) != "root/"+got {
				t.Errorf("SafeName(%q) = %q escapes its folder", tt.in, got)
			}
			if strings.Contains(tt.in, "user:pw@") && strings.Contains(got, "user") {
				t.Errorf("SafeName(%q) = %q shows credentials", tt.in, got)
			}
			if prev, ok := seen[got]; ok && prev != tt.in {
				t.Errorf("SafeName(%q) = SafeName(%q) = %q", tt.in, prev, got)
			}
			seen[got] = tt.in
			t.Logf("SafeName(%q) = %q", tt.in, got)
			if again := SafeName(tt.in); again != got {
				t.Errorf("SafeName(%q) not stable: %q then %q", tt.in, got, again)
			}
		})
	}
}

// Changed names carry a hash so that spellings that clean to the same token
// stay distinct.
func TestSafeNameDistinct(t *testing.T) {
	pairs := [][2]string{
		{"GB.340/INS/6", "GB.340-INS-6"},
		{"a/b", "a\\b"},
		{strings.Repeat("x", 300) + "1", strings.Repeat("x", 300) + "2"},
	}
	for _, p := range pairs {
		if a, b := SafeName(p[0]), SafeName(p[1]); a == b {
			t.Errorf("SafeName(%q) = SafeName(%q) = %q", p[0], p[1], a)
		}
	}
}

// Creating a file under every SafeName result must stay inside the folder.
func TestSafeNameStaysInFolder(t *testing.T) {
	dir := t.TempDir()
	for _, in := range []string{"../x", "../../x", "/tmp/x", "..", "a/../../b", `..\x`, "\x00", "CON"} {
		p := filepath.Join(dir, SafeName(in))
		if filepath.Dir(p) != dir {
			t.Fatalf("SafeName(%q) joins to %q, outside %q", in, p, dir)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatalf("write SafeName(%q): %v", in, err)
		}
	}
}

func TestDocID(t *testing.T) {
	tests := []struct {
		name string
		src  Source
		want string
	}{
		{"file", Source{Ref: "corpus/gb340-ins-6.pdf", Kind: KindFile}, "gb340-ins-6"},
		{"file upper ext", Source{Ref: "/x/REPORT.PDF", Kind: KindFile}, "REPORT"},
		{"file two dots", Source{Ref: "a/news.2021.html", Kind: KindFile}, "news.2021"},
		{"url", Source{Ref: "https://www.ilo.org/wcmsp5/groups/public/gb340-ins-6.pdf", Kind: KindURL}, "gb340-ins-6"},
		{"url with query on file", Source{Ref: "https://h.example/x/doc.pdf?download=1", Kind: KindURL}, "doc"},
		{"url escaped", Source{Ref: "https://h.example/a%20b.pdf", Kind: KindURL}, "a b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DocID(tt.src); got != tt.want {
				t.Errorf("DocID(%+v) = %q, want %q", tt.src, got, tt.want)
			}
		})
	}
}

// URLs without a file name still give a usable id, and credentials never
// show in it.
func TestDocIDFallback(t *testing.T) {
	for _, ref := range []string{
		"https://alice:secret@h.example/",
		"https://h.example/view?id=42",
		"https://alice:secret@h.example",
	} {
		got := DocID(Source{Ref: ref, Kind: KindURL})
		if got == "" || strings.Contains(got, "secret") || strings.Contains(got, "alice") || strings.ContainsAny(got, "/\\") {
			t.Errorf("DocID(%q) = %q, want a non-empty safe id without credentials", ref, got)
		}
	}
	if a, b := DocID(Source{Ref: "https://h.example/view?id=1", Kind: KindURL}), DocID(Source{Ref: "https://h.example/view?id=2", Kind: KindURL}); a == b {
		t.Errorf("DocID gives %q for two different query URLs", a)
	}
}

func FuzzSafeName(f *testing.F) {
	for _, s := range []string{"GB.340/INS/6", "../..", ".", "", "CON", "https://u:p@h/x?y#z", "a\x00b", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := SafeName(s)
		if got == "" || got == "." || got == ".." || strings.Contains(got, "..") ||
			strings.ContainsAny(got, "/\\:\x00") || strings.HasPrefix(got, ".") || len(got) > maxNameLen {
			t.Fatalf("SafeName(%q) = %q, not a safe single file name", s, got)
		}
		if SafeName(s) != got {
			t.Fatalf("SafeName(%q) not stable", s)
		}
	})
}

func BenchmarkSafeName(b *testing.B) {
	in := "https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---relconf/documents/meetingdocument/wcms_757904.pdf"
	for b.Loop() {
		SafeName(in)
	}
}
