package golden

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gbtrack/internal/sharedtest"
	"gbtrack/pipeline"
	"gbtrack/schema"
)

// heldoutAsOf is fixed so that relative expressions resolve the same way on every run.
var heldoutAsOf = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)

// heldoutFloors are the scores the held-out set reached when it was written, rounded down to
// 0.05. They are floors, not targets: the test catches regressions on documents the rules were
// not written against; raise a floor when a fix lifts the measured value.
var heldoutFloors = []struct {
	name  string // as printed by score.py: a kind, or "items" / "fields" for the summary
	floor float64
}{
	{"recommendation", 1.00},
	{"action_item", 0.95},
	{"commitment", 0.95},
	{"items", 0.95},
	{"fields", 0.95},
}

// parseScores reads the per-kind F1 lines and the summary line of score.py's output:
// "commitment      precision 0.85  recall 0.63  F1 0.72   (...)" and
// "score: items F1 0.629 (P 0.652 R 0.608), fields 0.836 (122/146)".
func parseScores(out string) (map[string]float64, error) {
	got := map[string]float64{}
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) >= 7 && f[1] == "precision" && f[5] == "F1":
			var v float64
			if _, err := fmt.Sscanf(f[6], "%f", &v); err != nil {
				return nil, fmt.Errorf("kind line %q: %w", line, err)
			}
			got[f[0]] = v
		case strings.HasPrefix(line, "score:"):
			var items float64
			if _, err := fmt.Sscanf(line, "score: items F1 %f", &items); err != nil {
				return nil, fmt.Errorf("summary line %q: %w", line, err)
			}
			got["items"] = items
			i := strings.Index(line, "fields ")
			if i < 0 {
				return nil, fmt.Errorf("summary line %q: no fields score", line)
			}
			var fields float64
			if _, err := fmt.Sscanf(line[i:], "fields %f", &fields); err != nil {
				return nil, fmt.Errorf("summary line %q: %w", line, err)
			}
			got["fields"] = fields
		}
	}
	return got, nil
}

func TestParseScores(t *testing.T) {
	out := "  missed  x.pdf commitment: y\n" +
		"recommendation  precision 1.00  recall 1.00  F1 1.00   (11 found, 0 extra, 0 missed)\n" +
		"commitment      precision 0.85  recall 0.63  F1 0.72   (17 found, 3 extra, 10 missed)\n" +
		"page                   36/36\n" +
		"score: items F1 0.629 (P 0.652 R 0.608), fields 0.836 (122/146)\n"
	got, err := parseScores(out)
	if err != nil {
		t.Fatalf("parseScores: %v", err)
	}
	want := map[string]float64{"recommendation": 1, "commitment": 0.72, "items": 0.629, "fields": 0.836}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("parseScores(...)[%q] = %v, want %v", k, got[k], v)
		}
	}
	if len(got) != len(want) {
		t.Errorf("parseScores(...) = %v, want exactly the keys of %v", got, want)
	}
	if _, err := parseScores("score: items F1 x"); err == nil {
		t.Errorf("parseScores of a broken summary line: no error")
	}
}

// TestScoreOnHeldout runs the main job on the held-out documents under golden/heldout (written
// after the rules, in the genres of the sample corpus but with other wording and layouts) and
// scores it against golden/heldout/gold with the project's scorer.
func TestScoreOnHeldout(t *testing.T) {
	if testing.Short() {
		t.Skip("scoring the held-out set is not short")
	}
	score, ok := sharedtest.Find("eval", "score.py")
	if !ok {
		t.Skip("../shared/eval/score.py is absent beside the repository: nothing to score with")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is absent: cannot run the scorer")
	}
	docs := documentsIn(t, "heldout")
	out := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := pipeline.Run(ctx, docs, pipeline.Options{
		Out: out, Jobs: 2, AsOf: heldoutAsOf, NoCache: true, Version: "heldout", DocTimeout: 5 * time.Minute,
	})
	if err != nil {
		t.Fatalf("pipeline.Run(%d held-out documents): %v", len(docs), err)
	}
	if err := schema.ValidateRun(out); err != nil {
		t.Errorf("the run's outputs do not match their schema: %v", err)
	}
	if res.Failed != 0 {
		t.Errorf("pipeline.Run: %d of %d held-out documents failed", res.Failed, len(docs))
	}
	cmd := exec.CommandContext(ctx, py, score, filepath.Join("heldout", "gold"), out, "--verbose")
	raw, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("score.py heldout/gold: %v\n%s", err, raw)
	}
	t.Logf("score.py heldout/gold:\n%s", raw)
	got, err := parseScores(string(raw))
	if err != nil {
		t.Fatalf("score.py heldout/gold: %v", err)
	}
	for _, f := range heldoutFloors {
		v, ok := got[f.name]
		if !ok {
			t.Errorf("score.py printed no %s score", f.name)
			continue
		}
		if v < f.floor {
			t.Errorf("held-out %s score %.3f, below its floor %.2f", f.name, v, f.floor)
		}
	}
}
