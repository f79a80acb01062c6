package render

import "strings"

// glyphFallback maps symbols the Go fonts lack to look-alikes they have. Extracted texts keep
// the bullets and check marks of their source ("▶ Recommendations"); printed as they are, these
// would show as empty boxes. Only shapes are substituted; a letter of a script the fonts do not
// cover is left alone, as the missing-glyph box is then the honest rendering.
var glyphFallback = strings.NewReplacer(
	"▶", "►", "▸", "►", "➤", "►", "⯈", "►",
	"◆", "♦", "❖", "♦",
	"✓", "√", "✔", "√", "☑", "√",
	"✗", "×", "✘", "×",
	"◻", "□", "☐", "□", "❑", "□",
	"◼", "■", "◾", "■",
)

// printable prepares a text for the Go fonts.
func printable(s string) string { return glyphFallback.Replace(s) }
