package goldcheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// run writes a gold file and a run folder and scores them.
func run(t *testing.T, gold, items, docs string) *Report {
	t.Helper()
	g, r := t.TempDir(), t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(g, "d.json"), []byte(gold), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(r, "items.jsonl"), []byte(items), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(r, "documents.jsonl"), []byte(docs), 0o644))
	rep, err := Score(g, r)
	require.NoError(t, err)
	return rep
}

func TestScore(t *testing.T) {
	const doc = `{"source":"in/d.pdf","symbol":"GB.1/2","date":"2026-03-04","title":"A title"}` + "\n"
	tests := []struct {
		name          string
		gold, items   string
		found, extra  int
		missed        int
		right, checks int
		problem       string // a substring of the first problem, when one is expected
	}{
		{
			name:  "anchor matches whatever the case, accents and punctuation",
			gold:  `{"document":"d.pdf","items":[{"kind":"commitment","anchor":"The OFFICE will—submit","due":{"text":"by June 2027","end":["2027-06"]}}]}`,
			items: `{"kind":"commitment","text":"The Office will submit it by June 2027.","source":"in/d.pdf","due":{"text":"by June 2027","end":"2027-06-30"}}`,
			found: 1, right: 1, checks: 1,
		},
		{
			name:   "due.text must be contained too",
			gold:   `{"document":"d.pdf","items":[{"kind":"commitment","anchor":"will submit","due":{"text":"by June 2027"}}]}`,
			items:  `{"kind":"commitment","text":"It will submit it by May 2027.","source":"in/d.pdf","due":{"text":"by May 2027"}}`,
			missed: 1, extra: 1, problem: "missed",
		},
		{
			name:  "a null status alternative accepts no status",
			gold:  `{"document":"d.pdf","items":[{"kind":"action_item","anchor":"train","status":[null]}]}`,
			items: `{"kind":"action_item","text":"Train inspectors","source":"in/d.pdf","status":null}`,
			found: 1, right: 1, checks: 1,
		},
		{
			name:  "responsible needs every unit and the same count",
			gold:  `{"document":"d.pdf","items":[{"kind":"action_item","anchor":"train","responsible":["A Branch","B Unit"]}]}`,
			items: `{"kind":"action_item","text":"Train inspectors","source":"in/d.pdf","responsible":["A Branch B Unit"]}`,
			found: 1, checks: 1, problem: "responsible",
		},
		{
			name:  "optional items are neither found nor missed, but checked when found",
			gold:  `{"document":"d.pdf","items":[{"kind":"action_item","anchor":"train","optional":true,"number":"3"},{"kind":"action_item","anchor":"absent","optional":true}]}`,
			items: `{"kind":"action_item","text":"Train inspectors","source":"in/d.pdf","number":"3"}`,
			right: 1, checks: 1,
		},
		{
			name:  "document fields: symbol, date by month, title",
			gold:  `{"document":"d.pdf","symbol":"GB.1/2","date":"2026-03","title":"A  title","items":[]}`,
			right: 3, checks: 3,
		},
		{
			name:  "kinds limit what is scored",
			gold:  `{"document":"d.pdf","kinds":["recommendation"],"items":[]}`,
			items: `{"kind":"commitment","text":"Something will happen by 2027.","source":"in/d.pdf"}`,
		},
		{
			name:  "must_not_re reads Python expressions with back-references",
			gold:  `{"document":"d.pdf","must_not_re":["(?i)\\b(\\w+)\\s+\\1\\b"],"items":[]}`,
			items: `{"kind":"commitment","text":"The the Office will act by 2027.","source":"in/d.pdf"}`,
			extra: 1, checks: 1, problem: "extra",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := run(t, tt.gold, tt.items, doc)
			var found, extra, missed int
			for _, c := range rep.Kinds {
				found, extra, missed = found+c.Found, extra+c.Extra, missed+c.Missed
			}
			assert.Equal(t, []int{tt.found, tt.extra, tt.missed}, []int{found, extra, missed}, "found, extra, missed; problems: %q", rep.Problems)
			assert.Equal(t, []int{tt.right, tt.checks}, []int{rep.Right, rep.Checked}, "right, checked; problems: %q", rep.Problems)
			if tt.problem != "" {
				require.NotEmpty(t, rep.Problems)
				assert.True(t, strings.Contains(rep.Problems[0], tt.problem), "first problem %q lacks %q", rep.Problems[0], tt.problem)
			}
		})
	}
}

func TestInOrder(t *testing.T) {
	toks := strings.Fields("1 Development of | By March 2027 | a common data standard")
	assert.True(t, InOrder(toks, "Development of a common data standard", 8))
	assert.False(t, InOrder(toks, "Development of a common data standard", 2))
	assert.False(t, InOrder(toks, "standard data", 8))
}
