package hostile

import (
	"bytes"
	"crypto/md5"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"gbtrack/internal/sharedtest"
)

// TestRC4SecurityKnownAnswer checks the key derivation against a file another producer
// encrypted: from its owner password "foo" it recovers the user password (algorithm 7), then
// rebuilds /O and /U from both passwords and the file's /ID, which must match the file's.
func TestRC4SecurityKnownAnswer(t *testing.T) {
	path := filepath.Join(sharedDir(t), "robust", "pdfminer-rc4-40.pdf")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("known-answer file absent: %v", err)
	}
	o := literalAfter(t, data, "/O")
	u := literalAfter(t, data, "/U")
	id := literalAfter(t, data, "/ID[")
	if !bytes.Contains(data, []byte("/R 2/O")) || !bytes.Contains(data, []byte("/P -4")) {
		t.Fatalf("%s: not the revision 2, /P -4 file the test expects", path)
	}
	ownerKey := md5.Sum(pad("foo"))
	padded := rc4Crypt(ownerKey[:5], o)
	user := ""
	for k := 0; k <= 32; k++ {
		if bytes.Equal(padded[k:], passwordPad[:32-k]) {
			user = string(padded[:k])
			break
		}
	}
	s := newRC4Security(user, "foo", id)
	if !bytes.Equal(s.o, o) {
		t.Errorf("newRC4Security(%q, \"foo\"): /O = %x, want the file's %x", user, s.o, o)
	}
	if !bytes.Equal(s.u, u) {
		t.Errorf("newRC4Security(%q, \"foo\"): /U = %x, want the file's %x", user, s.u, u)
	}
}

// TestRC4CryptObjectKeys checks that each object gets its own key: the same bytes encrypted as
// two objects differ, and decrypting with the right object number restores them.
func TestRC4CryptObjectKeys(t *testing.T) {
	s := newRC4Security(Password, "owner", fileID[:])
	plain := []byte("BT /F1 11 Tf (text) Tj ET")
	a, b := s.crypt(7, 0, plain), s.crypt(8, 0, plain)
	if bytes.Equal(a, b) {
		t.Errorf("crypt(7) and crypt(8) of the same bytes are equal: object keys ignore the object number")
	}
	if got := s.crypt(7, 0, a); !bytes.Equal(got, plain) {
		t.Errorf("crypt(7, crypt(7, %q)) = %q, want the plain text back", plain, got)
	}
}

var octalRe = regexp.MustCompile(`^[0-7]{1,3}`)

var literalEscapes = map[byte]byte{'n': '\n', 'r': '\r', 't': '\t', 'b': '\b', 'f': '\f', '(': '(', ')': ')', '\\': '\\'}

// literalAfter decodes the PDF literal string that follows the last occurrence of key.
func literalAfter(t *testing.T, data []byte, key string) []byte {
	t.Helper()
	i := bytes.LastIndex(data, []byte(key+"("))
	if i < 0 {
		t.Fatalf("no %s( literal string", key)
	}
	var out []byte
	depth := 0
	for j := i + len(key) + 1; j < len(data); j++ {
		c := data[j]
		switch {
		case c == '\\' && j+1 < len(data):
			j++
			if e, ok := literalEscapes[data[j]]; ok {
				out = append(out, e)
				continue
			}
			if m := octalRe.Find(data[j:min(j+3, len(data))]); m != nil {
				v, _ := strconv.ParseUint(string(m), 8, 8)
				out = append(out, byte(v))
				j += len(m) - 1
				continue
			}
			if data[j] == '\r' && j+1 < len(data) && data[j+1] == '\n' {
				j++
			}
			// A backslash before an end of line continues the string; before anything else it
			// is ignored.
			if data[j] != '\r' && data[j] != '\n' {
				out = append(out, data[j])
			}
		case c == '(':
			depth++
			out = append(out, c)
		case c == ')' && depth == 0:
			return out
		case c == ')':
			depth--
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	t.Fatalf("%s: unterminated literal string", key)
	return nil
}

// sharedDir finds the shared folder beside the repository root.
func sharedDir(t *testing.T) string {
	t.Helper()
	p, _ := sharedtest.Find()
	if p == "" {
		t.Fatal("repository root not found")
	}
	return p
}
