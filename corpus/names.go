package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"path"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxNameLen bounds SafeName's result in bytes, well under the 255-byte
// limit of common file systems so callers can add a suffix and extension.
const maxNameLen = 120

// DocID returns a fallback document id: the base name of the file or of the
// URL's path without its extension ("corpus/gb340-ins-6.pdf" gives
// "gb340-ins-6"). A URL with no usable path falls back to its host and query,
// made safe. Credentials never appear in the result.
func DocID(src Source) string {
	base := ""
	if src.Kind == KindURL {
		if u, err := url.Parse(src.Ref); err == nil {
			base = path.Base(u.Path)
			if base == "/" || base == "." {
				base = ""
			}
			if base == "" || u.RawQuery != "" && !strings.Contains(base, ".") {
				return SafeName(u.Host + u.Path + "?" + u.RawQuery)
			}
		}
	} else {
		base = filepath.Base(src.Ref)
	}
	id := strings.TrimSpace(strings.TrimSuffix(base, path.Ext(base)))
	if id == "" || id == "." || id == ".." {
		return SafeName(Redact(src.Ref))
	}
	return id
}

// SafeName turns any string (a URL, a symbol such as "GB.340/INS/6") into a
// token usable as a single file name on any common file system: letters,
// digits, '-', '_' and inner '.', never a path separator, never "." or "..",
// at most maxNameLen bytes. When the token differs from s, a short hash of s
// is appended so that distinct inputs stay distinct ("GB.340/INS/6" and
// "GB.340-INS-6" do not collide).
//
// Credentials in a URL are dropped from the readable part (the hash still
// covers them, so two users' URLs stay distinct without showing either).
func SafeName(s string) string {
	readable := s
	if strings.Contains(s, "@") && strings.Contains(s, "://") {
		readable = Redact(s)
	}
	var b strings.Builder
	lastDash := false
	for _, r := range readable {
		ok := r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.')
		if !ok && r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			ok = true
		}
		if !ok {
			if !lastDash {
				b.WriteByte('-')
				lastDash = true
			}
			continue
		}
		b.WriteRune(r)
		lastDash = false
	}
	t := b.String()
	// No "..": collapse dot runs, and no leading or trailing dot (hidden
	// files, Windows trailing-dot stripping).
	for strings.Contains(t, "..") {
		t = strings.ReplaceAll(t, "..", ".")
	}
	t = strings.Trim(t, ".-")
	if t == s && t != "" && len(t) <= maxNameLen && !reservedName(t) {
		return t
	}
	sum := sha256.Sum256([]byte(s))
	suffix := hex.EncodeToString(sum[:4])
	if len(t) > maxNameLen-len(suffix)-1 {
		t = truncateUTF8(t, maxNameLen-len(suffix)-1)
		t = strings.TrimRight(t, ".-")
	}
	if t == "" {
		return suffix
	}
	return t + "-" + suffix
}

// reservedName catches the device names Windows refuses as file names.
func reservedName(t string) bool {
	stem := strings.ToUpper(t)
	if i := strings.IndexByte(stem, '.'); i >= 0 {
		stem = stem[:i]
	}
	switch stem {
	case "CON", "PRN", "AUX", "NUL":
		return true
	}
	if len(stem) == 4 && (strings.HasPrefix(stem, "COM") || strings.HasPrefix(stem, "LPT")) && stem[3] >= '0' && stem[3] <= '9' {
		return true
	}
	return false
}

func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
