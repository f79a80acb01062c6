// Package deploy holds example manifests for running gbtrack's shards on a cluster; its test
// checks that they parse, agree with each other, and work: their scripts are run here with a
// gbtrack built from this tree, and their merge must equal a single-machine run.
package deploy

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	yaml "go.yaml.in/yaml/v3"
)

// job is the part of a Kubernetes Job the test reads.
type job struct {
	Kind     string `yaml:"kind"`
	Metadata struct {
		Name string `yaml:"name"`
	} `yaml:"metadata"`
	Spec struct {
		CompletionMode string `yaml:"completionMode"`
		Completions    int    `yaml:"completions"`
		Parallelism    int    `yaml:"parallelism"`
		Template       struct {
			Spec struct {
				Containers []struct {
					Image   string   `yaml:"image"`
					Command []string `yaml:"command"`
					Args    []string `yaml:"args"`
					Env     []struct {
						Name  string `yaml:"name"`
						Value string `yaml:"value"`
					} `yaml:"env"`
				} `yaml:"containers"`
				Volumes []struct {
					PersistentVolumeClaim struct {
						ClaimName string `yaml:"claimName"`
					} `yaml:"persistentVolumeClaim"`
				} `yaml:"volumes"`
			} `yaml:"spec"`
		} `yaml:"template"`
	} `yaml:"spec"`
}

func (j job) env(name string) string {
	for _, e := range j.Spec.Template.Spec.Containers[0].Env {
		if e.Name == name {
			return e.Value
		}
	}
	return ""
}

// readJobs parses every document of a manifest and returns its Jobs by name; every document must
// name its apiVersion and kind.
func readJobs(t *testing.T, path string) map[string]job {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	dec := yaml.NewDecoder(f)
	jobs := map[string]job{}
	for n := 1; ; n++ {
		var doc map[string]any
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err, "%s: document %d does not parse", path, n)
		require.NotEmpty(t, doc["apiVersion"], "%s: document %d has no apiVersion", path, n)
		require.NotEmpty(t, doc["kind"], "%s: document %d has no kind", path, n)
		if doc["kind"] != "Job" {
			continue
		}
		b, err := yaml.Marshal(doc)
		require.NoError(t, err)
		var j job
		require.NoError(t, yaml.Unmarshal(b, &j), "%s: document %d", path, n)
		require.Len(t, j.Spec.Template.Spec.Containers, 1, "%s: job %s", path, j.Metadata.Name)
		jobs[j.Metadata.Name] = j
	}
	return jobs
}

func TestKubernetesManifestsAgree(t *testing.T) {
	shards := readJobs(t, "kubernetes/gbtrack-shards.yaml")["gbtrack-shards"]
	merge := readJobs(t, "kubernetes/gbtrack-merge.yaml")["gbtrack-merge"]
	require.Equal(t, "Indexed", shards.Spec.CompletionMode, "the shards' Job must be Indexed: JOB_COMPLETION_INDEX is the shard")
	n, err := strconv.Atoi(shards.env("SHARDS"))
	require.NoError(t, err, "gbtrack-shards: SHARDS")
	assert.Equal(t, n, shards.Spec.Completions, "completions must be SHARDS")
	assert.Equal(t, n, shards.Spec.Parallelism, "parallelism must be SHARDS")
	assert.Equal(t, shards.env("SHARDS"), merge.env("SHARDS"), "the merge must wait for every shard")
	assert.NotEmpty(t, shards.env("AS_OF"), "shards must share one --as-of")
	assert.Equal(t, shards.Spec.Template.Spec.Containers[0].Image, merge.Spec.Template.Spec.Containers[0].Image)
	assert.Equal(t, shards.Spec.Template.Spec.Volumes, merge.Spec.Template.Spec.Volumes, "the merge reads the shards' volume")
	assert.Contains(t, script(shards), `--shard "$JOB_COMPLETION_INDEX/$SHARDS"`)
}

// script is a Job's shell script: command sh -c with the script as its one argument.
func script(j job) string {
	c := j.Spec.Template.Spec.Containers[0]
	if len(c.Command) != 2 || c.Command[1] != "-c" || len(c.Args) != 1 {
		return ""
	}
	return c.Args[0]
}

// buildGbtrack builds the command from this tree into a folder put first on the PATH of the
// environment it returns, with the executable's path.
func buildGbtrack(t *testing.T) ([]string, string) {
	t.Helper()
	bin := t.TempDir()
	exe := filepath.Join(bin, "gbtrack")
	cmd := exec.Command("go", "build", "-o", exe, "gbtrack/cmd/gbtrack")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "go build: %s", out)
	return append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH")), exe
}

// corpus copies the HTML samples (no PDF engine needed) and a PDF that fails into a folder.
func corpus(t *testing.T, dir string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(dir, 0o755))
	m, err := filepath.Glob("../samples/*.html")
	require.NoError(t, err)
	require.NotEmpty(t, m, "no HTML samples")
	for _, p := range m {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, filepath.Base(p)), b, 0o644))
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "broken.pdf"), []byte("not a PDF"), 0o644))
}

func run(t *testing.T, env []string, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Env = env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	require.NoError(t, cmd.Run(), "%s %s:\n%s", name, strings.Join(args, " "), out.String())
}

func sameRun(t *testing.T, whole, merged string) {
	t.Helper()
	for _, name := range []string{"items.jsonl", "documents.jsonl", "report.json", "report.pdf"} {
		w, err := os.ReadFile(filepath.Join(whole, name))
		require.NoError(t, err)
		g, err := os.ReadFile(filepath.Join(merged, name))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(w, g), "merged %s differs from the single-machine run's", name)
	}
}

// TestKubernetesJobsWork runs the Jobs' scripts as their pods would, one a completion index,
// with /data a temporary folder, then the merge's; the merged run must be the single-machine run.
func TestKubernetesJobsWork(t *testing.T) {
	if testing.Short() {
		t.Skip("builds gbtrack")
	}
	env, exe := buildGbtrack(t)
	shards := readJobs(t, "kubernetes/gbtrack-shards.yaml")["gbtrack-shards"]
	merge := readJobs(t, "kubernetes/gbtrack-merge.yaml")["gbtrack-merge"]
	data := t.TempDir()
	corpus(t, filepath.Join(data, "corpus"))
	local := func(s string) string { return strings.ReplaceAll(s, "/data", data) }
	n := shards.Spec.Completions
	for i := range n {
		e := append(env, "JOB_COMPLETION_INDEX="+strconv.Itoa(i), "SHARDS="+shards.env("SHARDS"), "AS_OF="+shards.env("AS_OF"))
		run(t, e, "sh", "-c", local(script(shards)))
	}
	run(t, append(env, "SHARDS="+merge.env("SHARDS")), "sh", "-c", local(script(merge)))
	whole := filepath.Join(data, "whole")
	cmd := exec.Command(exe, "run", "--out", whole, "--as-of", shards.env("AS_OF"), filepath.Join(data, "corpus"))
	cmd.Env = env
	cmd.Run() // exit 1: broken.pdf
	sameRun(t, whole, filepath.Join(data, "out"))
}

// TestSlurmScriptsWork runs the array's script once a task, as sbatch would with the environment
// submit.sh exports, then the merge's.
func TestSlurmScriptsWork(t *testing.T) {
	if testing.Short() {
		t.Skip("builds gbtrack")
	}
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	for _, s := range []string{"slurm/gbtrack-shards.sbatch", "slurm/gbtrack-merge.sbatch", "slurm/submit.sh"} {
		run(t, os.Environ(), "bash", "-n", s)
	}
	b, err := os.ReadFile("slurm/gbtrack-shards.sbatch")
	require.NoError(t, err)
	require.Contains(t, string(b), "#SBATCH --array=0-", "the array must start at 0: SLURM_ARRAY_TASK_ID is the shard")
	env, exe := buildGbtrack(t)
	work := t.TempDir()
	corpus(t, filepath.Join(work, "corpus"))
	const n = 3
	env = append(env, "CORPUS="+filepath.Join(work, "corpus"), "WORK="+work, "AS_OF=2026-11-29")
	for i := range n {
		run(t, append(env, "SLURM_ARRAY_TASK_ID="+strconv.Itoa(i), "SLURM_ARRAY_TASK_COUNT="+strconv.Itoa(n)), "bash", "slurm/gbtrack-shards.sbatch")
	}
	run(t, append(env, "SHARDS="+strconv.Itoa(n)), "bash", "slurm/gbtrack-merge.sbatch")
	whole := filepath.Join(work, "whole")
	cmd := exec.Command(exe, "run", "--out", whole, "--as-of", "2026-11-29", filepath.Join(work, "corpus"))
	cmd.Env = env
	cmd.Run()
	sameRun(t, whole, filepath.Join(work, "out"))
}
