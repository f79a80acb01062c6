package changes

import "strings"

// Op says what a DiffOp does to the old text.
type Op int

const (
	Equal  Op = iota // words in both texts
	Delete           // words only in the old text
	Insert           // words only in the new text
)

// DiffOp is a run of consecutive words with the same fate.
type DiffOp struct {
	Op   Op     `json:"op"`
	Text string `json:"text"` // the words, joined by single spaces
}

// maxDiffCells bounds the LCS table (4 bytes a cell) of the part of two texts between their
// common prefix and suffix; a larger middle is diffed as one deletion and one insertion rather
// than spending quadratic time and memory on hostile input. Everything else in WordDiff is
// linear in the length of the texts.
const maxDiffCells = 1_000_000

// WordDiff returns the word-level edit script from a to b: the longest common subsequence of
// whitespace-separated words kept as Equal, the rest as Delete then Insert. Runs of the same op
// are merged, and a deletion is always given before the insertion that replaces it.
func WordDiff(a, b string) []DiffOp {
	aw, bw := strings.Fields(a), strings.Fields(b)
	// Trim the common prefix and suffix first: most rewordings touch a few words, and this keeps
	// the quadratic table small.
	pre := 0
	for pre < len(aw) && pre < len(bw) && aw[pre] == bw[pre] {
		pre++
	}
	suf := 0
	for suf < len(aw)-pre && suf < len(bw)-pre && aw[len(aw)-1-suf] == bw[len(bw)-1-suf] {
		suf++
	}
	// Runs are gathered as word lists and joined once at the end: appending to a run's string
	// word by word copied it each time, quadratic in the run's length (a 512 KiB text took 17 s).
	var runs []Op
	var words [][]string
	add := func(op Op, w string) {
		if n := len(runs); n > 0 && runs[n-1] == op {
			words[n-1] = append(words[n-1], w)
			return
		}
		runs = append(runs, op)
		words = append(words, []string{w})
	}
	for _, w := range aw[:pre] {
		add(Equal, w)
	}
	// Between two equal words, gather the deletions before the insertions so that a replaced
	// stretch reads as one [-old-]{+new+} pair whatever path the table walk took.
	var dels, ins []string
	flush := func() {
		for _, w := range dels {
			add(Delete, w)
		}
		for _, w := range ins {
			add(Insert, w)
		}
		dels, ins = dels[:0], ins[:0]
	}
	for _, d := range lcsScript(aw[pre:len(aw)-suf], bw[pre:len(bw)-suf]) {
		switch d.op {
		case Delete:
			dels = append(dels, d.word)
		case Insert:
			ins = append(ins, d.word)
		default:
			flush()
			add(Equal, d.word)
		}
	}
	flush()
	for _, w := range aw[len(aw)-suf:] {
		add(Equal, w)
	}
	var ops []DiffOp
	for i, op := range runs {
		ops = append(ops, DiffOp{Op: op, Text: strings.Join(words[i], " ")})
	}
	return ops
}

type wordOp struct {
	op   Op
	word string
}

// lcsScript is the textbook dynamic programme over suffixes, walked forwards so that deletions
// come before insertions at each point of difference.
func lcsScript(a, b []string) []wordOp {
	n, m := len(a), len(b)
	var out []wordOp
	if (n+1)*(m+1) > maxDiffCells {
		for _, w := range a {
			out = append(out, wordOp{Delete, w})
		}
		for _, w := range b {
			out = append(out, wordOp{Insert, w})
		}
		return out
	}
	// l[i][j] is the LCS length of a[i:] and b[j:].
	l := make([][]int32, n+1)
	for i := range l {
		l[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			out = append(out, wordOp{Equal, a[i]})
			i++
			j++
		case l[i+1][j] >= l[i][j+1]:
			out = append(out, wordOp{Delete, a[i]})
			i++
		default:
			out = append(out, wordOp{Insert, b[j]})
			j++
		}
	}
	for ; i < n; i++ {
		out = append(out, wordOp{Delete, a[i]})
	}
	for ; j < m; j++ {
		out = append(out, wordOp{Insert, b[j]})
	}
	return out
}

// FormatDiff renders ops in the wdiff convention: deleted words as [-old-], inserted words as
// {+new+}, unchanged words as they are.
func FormatDiff(ops []DiffOp) string {
	var sb strings.Builder
	for i, o := range ops {
		if i > 0 {
			sb.WriteByte(' ')
		}
		switch o.Op {
		case Delete:
			sb.WriteString("[-" + o.Text + "-]")
		case Insert:
			sb.WriteString("{+" + o.Text + "+}")
		default:
			sb.WriteString(o.Text)
		}
	}
	return sb.String()
}
