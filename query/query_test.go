package query

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"gbtrack/normalize"
)

func TestParseTerms(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"words", "social protection", []string{"social", "protection"}},
		{"phrase", `"social protection" 2021`, []string{"social protection", "2021"}},
		{"unclosed quote", `"mutual recognition`, []string{"mutual recognition"}},
		{"empty phrase", `"" x`, []string{"x"}},
		{"spaces", "  a   b ", []string{"a", "b"}},
		{"empty", "", nil},
	}
	for _, c := range cases {
		if got := ParseTerms(c.in); !slices.Equal(got, c.want) {
			t.Errorf("%s: ParseTerms(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func FuzzParseTerms(f *testing.F) {
	for _, s := range []string{`"a b" c`, `"`, `""""`, "é \"ü\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, term := range ParseTerms(s) {
			if strings.TrimSpace(term) == "" && term != "" {
				t.Errorf("ParseTerms(%q) gave a blank term", s)
			}
		}
	})
}

// rec builds a record from a JSON line, as ReadRuns would.
func rec(t *testing.T, line string) Record {
	t.Helper()
	r := Record{Raw: json.RawMessage(line)}
	if err := json.Unmarshal([]byte(line), &r.Item); err != nil {
		t.Fatal(err)
	}
	var extra struct {
		LatestStatus json.RawMessage `json:"latest_status"`
	}
	if err := json.Unmarshal([]byte(line), &extra); err != nil {
		t.Fatal(err)
	}
	r.Latest = latestValue(extra.LatestStatus)
	r.Units = normalize.DefaultRegister().Resolve(r.Responsible)
	return r
}

func TestFilterSelect(t *testing.T) {
	recs := []Record{
		rec(t, `{"id":"a","kind":"commitment","doc":"GB.340/INS/6","source":"x/gb340-ins-6.pdf","text":"The Office will extend Social Protection floors vis-à-vis partners.","due":{"text":"in 2021","start":"2021-01-01","end":"2021-12-31","precision":"year","vague":false},"status":null,"responsible":[]}`),
		rec(t, `{"id":"b","kind":"action_item","doc":"GB.276/TC/2","source":"gb276-tc-2.html","text":"Mutual recognition of skills","due":{"text":"at its 279th Session","end":"2000-11-30","precision":"session","vague":false,"calendar":"GB.279, November 2000"},"status":{"text":"Done","value":"completed"},"responsible":["Strategic Programming and Management Department (PROGRAM)"]}`),
		rec(t, `{"id":"c","kind":"recommendation","doc":"hle-covid","source":"hle-covid.pdf","text":"Protectionism is not protection","due":{"text":"By end 2019","end":"2019-12-31","precision":"year","vague":false},"status":{"text":"Ongoing","value":"ongoing"},"latest_status":{"status":{"text":"Completed","value":"completed"},"doc":"GB.341/INS/1","date":"2021-03-01"},"responsible":["PROGRAM","Nowhere Unit"]}`),
	}
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	cases := []struct {
		name string
		f    Filter
		want []string
	}{
		{"zero filter", Filter{}, []string{"a", "b", "c"}},
		{"kind", Filter{Kinds: []string{"commitment", "recommendation"}}, []string{"a", "c"}},
		{"doc glob crosses slashes", Filter{Docs: []string{"gb.34*"}}, []string{"a"}},
		{"doc file name", Filter{Docs: []string{"gb276-tc-2.html"}}, []string{"b"}},
		{"doc file name without extension", Filter{Docs: []string{"hle-cov?d"}}, []string{"c"}},
		{"latest status wins", Filter{Statuses: []string{"completed"}}, []string{"b", "c"}},
		{"no status", Filter{Statuses: []string{NoStatus}}, []string{"a"}},
		{"due before is strict", Filter{DueBefore: "2019-12-31"}, []string{"b"}},
		{"due after is strict", Filter{DueAfter: "2000-11-30"}, []string{"a", "c"}},
		{"overdue uses the latest status", Filter{OverdueAsOf: day("2022-06-01")}, []string{"a"}},
		{"unit through the register", Filter{Units: []string{"strategic programming and management department"}}, []string{"b", "c"}},
		{"unknown unit by its words", Filter{Units: []string{"Nowhere Unit"}}, []string{"c"}},
		{"text is whole words", Filter{Text: []string{"protection"}}, []string{"a", "c"}},
		{"text phrase, accents aside", Filter{Text: []string{"VIS A VIS", "social protection"}}, []string{"a"}},
		{"session of the document", Filter{Sessions: []int{340}}, []string{"a"}},
		{"session due at", Filter{Sessions: []int{279}}, []string{"b"}},
		{"AND across fields", Filter{Kinds: []string{"action_item"}, Units: []string{"PROGRAM"}}, []string{"b"}},
	}
	for _, c := range cases {
		var got []string
		for _, r := range c.f.Select(recs) {
			got = append(got, r.ID)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: Select = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestFilterValidate(t *testing.T) {
	cases := []struct {
		name string
		f    Filter
		want string // "" for valid
	}{
		{"valid", Filter{Kinds: []string{"commitment"}, Statuses: []string{"none", "delayed"}, DueBefore: "2020-01-31"}, ""},
		{"kind", Filter{Kinds: []string{"commitments"}}, "--kind"},
		{"status", Filter{Statuses: []string{"done"}}, "--status"},
		{"date", Filter{DueAfter: "2020-02-30"}, "--due-after"},
	}
	for _, c := range cases {
		err := c.f.Validate()
		if (err == nil) != (c.want == "") || (err != nil && !strings.Contains(err.Error(), c.want)) {
			t.Errorf("%s: Validate() = %v, want an error naming %q", c.name, err, c.want)
		}
	}
}

func TestLatestValue(t *testing.T) {
	cases := map[string]string{
		``: "", `null`: "", `"delayed"`: "delayed", `{"value":"ongoing"}`: "ongoing",
		`{"status":{"text":"Done","value":"completed"},"doc":"x"}`: "completed", `{"status":"planned"}`: "planned",
		`[1]`: "", `{"status":null}`: "",
	}
	for in, want := range cases {
		if got := latestValue(json.RawMessage(in)); got != want {
			t.Errorf("latestValue(%s) = %q, want %q", in, got, want)
		}
	}
}

func TestWriteFormats(t *testing.T) {
	r := rec(t, `{"id":"x|1","kind":"commitment","doc":"d","source":"d.pdf","page":3,"text":"Say \"hi\", then\nleave | go","due":{"text":"in 2021","start":"2021-01-01","end":"2021-12-31","precision":"year","vague":true},"responsible":["PROGRAM","Nowhere"]}`)
	recs := []Record{r}
	var b bytes.Buffer
	if err := Write(&b, "csv", recs); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatalf("csv output does not parse: %v", err)
	}
	if len(rows) != 2 || !slices.Equal(rows[0], Columns) {
		t.Fatalf("csv rows = %q", rows)
	}
	cell := func(col string) string { return rows[1][slices.Index(Columns, col)] }
	for col, want := range map[string]string{
		"text": "Say \"hi\", then\nleave | go", "page": "3", "due_vague": "true", "due_end": "2021-12-31",
		"unit_abbrs": "PROGRAM; ", "unit_names": "Strategic Programming and Management Department; Nowhere", "status_value": "",
	} {
		if got := cell(col); got != want {
			t.Errorf("csv %s = %q, want %q", col, got, want)
		}
	}
	b.Reset()
	if err := Write(&b, "markdown", recs); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[2], `| x\|1 | commitment | 2021-12-31 | none | PROGRAM, Nowhere | Say "hi", then leave \| go |`) {
		t.Errorf("markdown = %q", lines)
	}
	b.Reset()
	if err := Write(&b, "jsonl", recs); err != nil || b.String() != string(r.Raw)+"\n" {
		t.Errorf("jsonl = %q, %v; want the line as read", b.String(), err)
	}
	if err := Write(&b, "xml", recs); err == nil {
		t.Error(`Write("xml") = nil, want an error`)
	}
}

// FuzzLatestValue: latest_status comes from a run file, which may be any JSON: never a panic,
// and a value only from a string.
func FuzzLatestValue(f *testing.F) {
	for _, s := range []string{`{"status":{"value":"completed"}}`, `"x"`, `null`, `{"status":{"status":{"status":1}}}`, `[`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = latestValue(json.RawMessage(s))
	})
}

// TestWithoutCopies: the items of a copy (same_as another document) go; those of the original,
// of a document of the same source in another run, and of a failed document stay.
func TestWithoutCopies(t *testing.T) {
	orig, failed := "web", "boom"
	docs := []DocRecord{
		{Document: normalize.Document{ID: "web", Source: "a-web.pdf"}, Run: "r1"},
		{Document: normalize.Document{ID: "office", Source: "a.pdf", SameAs: &orig}, Run: "r1"},
		{Document: normalize.Document{ID: "office", Source: "a.pdf"}, Run: "r2"},
		{Document: normalize.Document{ID: "bad", Source: "b.pdf", SameAs: &orig, Error: &failed}, Run: "r1"},
	}
	rec := func(run, src string) Record {
		return Record{Item: normalize.Item{Source: src}, Run: run}
	}
	recs := []Record{rec("r1", "a-web.pdf"), rec("r1", "a.pdf"), rec("r2", "a.pdf"), rec("r1", "b.pdf")}
	got := WithoutCopies(recs, docs)
	want := []Record{recs[0], recs[2], recs[3]}
	if len(got) != len(want) {
		t.Fatalf("WithoutCopies kept %d items, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i].Run != want[i].Run || got[i].Source != want[i].Source {
			t.Errorf("item %d = %s %s, want %s %s", i, got[i].Run, got[i].Source, want[i].Run, want[i].Source)
		}
	}
}
