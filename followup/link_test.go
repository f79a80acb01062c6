package followup

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"gbtrack/normalize"
)

type dueT = normalize.Due

func sp(s string) *string { return &s }

func itemWith(id, doc, text string) normalize.Item {
	return normalize.Item{ID: id, Doc: doc, Text: text, Kind: normalize.KindActionItem}
}

func numbered(id, doc, num, section, text, status string) normalize.Item {
	it := itemWith(id, doc, text)
	it.Number = sp(num)
	if section != "" {
		it.Section = sp(section)
	}
	it.Status = normalize.ParseStatus(status)
	return it
}

func document(id, sym, title, date, format string) normalize.Document {
	d := normalize.Document{ID: id, Title: sp(title), Format: format}
	if sym != "" {
		d.Symbol = sp(sym)
	}
	if date != "" {
		d.Date = sp(date)
	}
	return d
}

// link is one expected follow-up, reduced to what a test pins.
type link struct {
	From, To, How string
	Weak          bool
}

func links(items []normalize.Item) []link {
	var out []link
	for _, it := range items {
		for _, f := range it.FollowUp {
			to := f.Doc
			if f.Item != nil {
				to = *f.Item
			}
			out = append(out, link{it.ID, to, f.How, f.Weak})
		}
	}
	return out
}

const planTitle = "Implementation plan for the strategy on decent work in supply chains"

func TestLink(t *testing.T) {
	plan := document("GB.350/POL/3", "GB.350/POL/3", planTitle, "2024-03-01", "pdf")
	report := document("GB.353/POL/2", "GB.353/POL/2", "Progress report on the implementation plan for decent work in supply chains", "2025-03-01", "pdf")
	tests := []struct {
		name   string
		docs   []normalize.Document
		items  []normalize.Item
		want   []link
		latest map[string]string // item id -> latest status value ("" for none)
	}{
		{
			name: "number under a heading that names the plan",
			docs: []normalize.Document{plan, report},
			items: []normalize.Item{
				numbered("p1", plan.ID, "1", "", "Map the supply chains of three sectors", "Planned"),
				numbered("p2", plan.ID, "2", "", "Publish a guide on due diligence for enterprises", "Planned"),
				numbered("r1", report.ID, "1", "Actions of the implementation plan (GB.350/POL/3)", "Map the supply chains of three sectors", "Completed"),
				numbered("r2", report.ID, "2", "Actions of the implementation plan (GB.350/POL/3)", "Publish a practical guide on due diligence for small enterprises", "Ongoing"),
			},
			want: []link{
				{"p1", "r1", normalize.HowCited, false},
				{"p2", "r2", normalize.HowCited, false},
			},
			latest: map[string]string{"p1": "completed", "p2": "ongoing", "r1": "completed"},
		},
		{
			name: "title names the plan, number matches, texts differ",
			docs: []normalize.Document{plan, document("R", "GB.353/POL/2", "Second report on the "+planTitle, "2025-03-01", "pdf")},
			items: []normalize.Item{
				numbered("p1", plan.ID, "1", "", "Map the supply chains of three sectors", "Planned"),
				numbered("p2", plan.ID, "2", "", "Publish a guide on due diligence", "Planned"),
				numbered("r1", "R", "1", "", "Map supply chains in three sectors", "Completed"),
				numbered("r2", "R", "2", "", "Hold a regional forum on wages", "Completed"),
			},
			want: []link{
				{"p1", "r1", normalize.HowNumber, false},
				{"p2", "r2", normalize.HowNumber, true},
			},
			latest: map[string]string{"p1": "completed", "p2": "planned"},
		},
		{
			name: "near-identical text without a citation; an earlier report never follows up",
			docs: []normalize.Document{report, plan},
			items: []normalize.Item{
				numbered("r9", report.ID, "9", "", "Train labour inspectors on supply chain audits", "Completed"),
				numbered("p5", plan.ID, "5", "", "Train labour inspectors on supply chain audits", "Planned"),
			},
			want:   []link{{"p5", "r9", normalize.HowText, false}},
			latest: map[string]string{"p5": "completed", "r9": "completed"},
		},
		{
			name: "similar text is weak and sets no status",
			docs: []normalize.Document{plan, document("N", "", "Other paper", "2025-01-01", "pdf")},
			items: []normalize.Item{
				numbered("p1", plan.ID, "1", "", "Train labour inspectors on supply chain audits in three countries", "Planned"),
				numbered("n1", "N", "4", "", "Train labour inspectors on supply chain audits in agriculture", "Completed"),
			},
			want:   []link{{"p1", "n1", normalize.HowText, true}},
			latest: map[string]string{"p1": "planned"},
		},
		{
			name: "shared words, other subject: no link",
			docs: []normalize.Document{plan, document("N", "", "Other paper", "2025-01-01", "pdf")},
			items: []normalize.Item{
				numbered("p1", plan.ID, "1", "", "Review the training strategy for labour inspectors", "Planned"),
				numbered("n1", "N", "1", "", "Review the strategy for the training centre's finances", "Completed"),
			},
			latest: map[string]string{"p1": "planned", "n1": "completed"},
		},
		{
			name: "decision's request answered by the session's paper",
			docs: []normalize.Document{
				document("GB.353/INS/1", "GB.353/INS/1", "Decisions of the 353rd Session", "2025-03-20", "html"),
				document("GB.356/INS/7", "GB.356/INS/7", "Progress report on the strategy for skills and lifelong learning", "2026-02-10", "pdf"),
				document("GB.356/PFA/2", "GB.356/PFA/2", "Programme and budget proposals", "2026-02-10", "pdf"),
			},
			items: func() []normalize.Item {
				it := numbered("d1", "GB.353/INS/1", "c", "", "requested the Director-General to submit a progress report on the strategy for skills and lifelong learning to its 356th Session", "")
				it.Due = &normalize.Due{Text: "to its 356th Session", Precision: sp("session")}
				return []normalize.Item{it}
			}(),
			want:   []link{{"d1", "GB.356/INS/7", normalize.HowSession, false}},
			latest: map[string]string{"d1": "completed"},
		},
		{
			name: "news headline reports the launch",
			docs: []normalize.Document{plan, document("news-1", "", "ILO launches online course on due diligence for enterprises", "2025-06-01", "html")},
			items: []normalize.Item{
				numbered("p3", plan.ID, "3", "", "Launch an online course on due diligence for enterprises", "Planned"),
				numbered("p4", plan.ID, "4", "", "Publish a guide on due diligence for enterprises", "Planned"),
			},
			want: []link{
				{"p3", "news-1", normalize.HowText, false},
				{"p4", "news-1", normalize.HowText, true},
			},
			latest: map[string]string{"p3": "completed", "p4": "planned"},
		},
		{
			name: "a paper of the session on another subject is no answer",
			docs: []normalize.Document{
				document("GB.353/POL/5", "GB.353/POL/5", "Skills for the green transition in construction", "2025-03-20", "html"),
				document("GB.356/PFA/4", "GB.356/PFA/4", "Construction of the new training centre building: Progress report", "2026-02-10", "pdf"),
			},
			items: func() []normalize.Item {
				it := numbered("d1", "GB.353/POL/5", "3", "", "requested the Director-General to submit a report on skills and training for green construction to its 356th Session", "")
				it.Due = &normalize.Due{Text: "to its 356th Session", Precision: sp("session")}
				return []normalize.Item{it}
			}(),
			latest: map[string]string{"d1": ""},
		},
		{
			name: "a paper of another session is no answer",
			docs: []normalize.Document{
				document("GB.353/POL/5", "GB.353/POL/5", "Skills for the green transition", "2025-03-20", "html"),
				document("GB.355/POL/1", "GB.355/POL/1", "Skills for the green transition", "2025-10-10", "pdf"),
			},
			items: func() []normalize.Item {
				it := numbered("d1", "GB.353/POL/5", "3", "", "requested a report on skills for the green transition to its 356th Session", "")
				it.Due = &normalize.Due{Text: "to its 356th Session", Precision: sp("session")}
				return []normalize.Item{it}
			}(),
			latest: map[string]string{"d1": ""},
		},
		{
			name: "a headline on another subject sharing words is no report",
			docs: []normalize.Document{plan, document("news-2", "", "ILO launches a campaign on the safety of domestic workers", "2025-09-03", "html")},
			items: []normalize.Item{
				numbered("p6", plan.ID, "6", "", "Support to employers' organizations for awareness campaigns on site safety", "Planned"),
			},
			latest: map[string]string{"p6": "planned"},
		},
		{
			name: "a headline without the promise's verb is weak",
			docs: []normalize.Document{plan, document("news-3", "", "ILO opens online course on due diligence for enterprises", "2025-06-01", "html")},
			items: []normalize.Item{
				numbered("p3", plan.ID, "3", "", "Launch an online course on due diligence for enterprises", "Planned"),
			},
			want:   []link{{"p3", "news-3", normalize.HowText, true}},
			latest: map[string]string{"p3": "planned"},
		},
		{
			name: "a PDF paper is no news item",
			docs: []normalize.Document{plan, document("P2", "", "ILO launches online course on due diligence for enterprises", "2025-06-01", "pdf")},
			items: []normalize.Item{
				numbered("p3", plan.ID, "3", "", "Launch an online course on due diligence for enterprises", "Planned"),
			},
			latest: map[string]string{"p3": "planned"},
		},
		{
			name: "undated documents are not linked",
			docs: []normalize.Document{document("A", "", "A", "", "pdf"), document("B", "", "B", "2025-01-01", "pdf")},
			items: []normalize.Item{
				numbered("a1", "A", "1", "", "Train labour inspectors on supply chain audits", "Planned"),
				numbered("b1", "B", "1", "", "Train labour inspectors on supply chain audits", "Completed"),
			},
			latest: map[string]string{"a1": "planned"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			Link(tt.items, tt.docs)
			if diff := cmp.Diff(tt.want, links(tt.items)); diff != "" {
				t.Errorf("Link: links (-want +got):\n%s", diff)
			}
			for _, it := range tt.items {
				if it.FollowUp == nil {
					t.Errorf("Link: %s: follow_up is nil, want []", it.ID)
				}
				want, ok := tt.latest[it.ID]
				if !ok {
					continue
				}
				got := ""
				if it.LatestStatus != nil {
					got = it.LatestStatus.Value
				}
				if got != want {
					t.Errorf("Link: %s: latest status %q, want %q", it.ID, got, want)
				}
			}
		})
	}
}

func TestLatestStatusSource(t *testing.T) {
	docs := []normalize.Document{
		document("P", "GB.350/POL/3", planTitle, "2024-03-01", "pdf"),
		document("R1", "GB.353/POL/2", "Progress report (GB.350/POL/3)", "2025-03-01", "pdf"),
		document("R2", "GB.356/POL/2", "Second progress report (GB.350/POL/3)", "2026-03-01", "pdf"),
	}
	items := []normalize.Item{
		numbered("p1", "P", "1", "", "Map the supply chains", "Planned"),
		// the newer report comes first in input order: the date decides
		numbered("s1", "R2", "1", "", "Map the supply chains", "Dropped"),
		numbered("r1", "R1", "1", "", "Map the supply chains", "Ongoing"),
	}
	Link(items, docs)
	want := &normalize.LatestStatus{Value: normalize.StatusCancelled, Text: "Dropped", Doc: "R2", Date: sp("2026-03-01")}
	if diff := cmp.Diff(want, items[0].LatestStatus); diff != "" {
		t.Errorf("Link: p1 latest status (-want +got):\n%s", diff)
	}
	if got := len(items[0].FollowUp); got != 2 {
		t.Fatalf("Link: p1 has %d follow-ups, want 2", got)
	}
	if d := deref(items[0].FollowUp[0].Date); d != "2025-03-01" {
		t.Errorf("Link: p1 first follow-up dated %s, want the oldest, 2025-03-01", d)
	}
	own := &normalize.LatestStatus{Value: normalize.StatusOngoing, Text: "Ongoing", Doc: "R1", Date: sp("2025-03-01")}
	// R2 names the plan, not R1, and three shared words are too few for a text link: r1
	// keeps its own status, read in its own document.
	if diff := cmp.Diff(own, items[2].LatestStatus); diff != "" {
		t.Errorf("Link: r1 latest status (-want +got):\n%s", diff)
	}
}

func TestCopies(t *testing.T) {
	recs := []string{
		"Continue to strengthen the capacity of the tripartite constituents to respond to crises",
		"Develop an Organization-wide crisis response strategy",
		"Enhance the capacity to monitor, report and evaluate crisis responses",
	}
	evalItems := func(doc string, texts []string) []normalize.Item {
		var out []normalize.Item
		for k, s := range texts {
			out = append(out, numbered(doc+"-"+string(rune('1'+k)), doc, string(rune('1'+k)), "", s, ""))
		}
		return out
	}
	tests := []struct {
		name  string
		docs  []normalize.Document
		items []normalize.Item
		want  []string // same_as per document, "" for null
	}{
		{
			name: "web print and office print",
			docs: []normalize.Document{
				document("web", "", "High-level evaluation of the response, 2020–22", "", "pdf"),
				document("office", "", "High-level evaluation of the response, 2020-22", "", "pdf"),
			},
			items: append(evalItems("web", recs), evalItems("office", recs)...),
			want:  []string{"", "web"},
		},
		{
			name: "same symbol, PDF and HTML",
			docs: []normalize.Document{
				document("GB.350/POL/3", "GB.350/POL/3", "Plan", "2024-03-01", "pdf"),
				document("GB.350/POL/3~plan.html", "GB.350/POL/3", "Plan", "2024-03-01", "html"),
			},
			want: []string{"", "GB.350/POL/3"},
		},
		{
			name: "same title, other items",
			docs: []normalize.Document{
				document("a", "", "Independent evaluation", "", "pdf"),
				document("b", "", "Independent evaluation", "", "pdf"),
			},
			items: append(evalItems("a", recs), evalItems("b", []string{"Hire staff", "Open an office", "Close a fund"})...),
			want:  []string{"", ""},
		},
		{
			name: "a news item saved twice",
			docs: []normalize.Document{
				document("news-a", "", "ILO launches a course", "2025-06-24", "html"),
				document("news-a-print", "", "ILO launches a course", "2025-06-24", "pdf"),
			},
			want: []string{"", "news-a"},
		},
		{
			name: "one generic title on two days (UN resolutions headed by their session)",
			docs: []normalize.Document{
				document("res-1", "", "Seventy-ninth session", "2024-09-22", "pdf"),
				document("res-2", "", "Seventy-ninth session", "2025-04-16", "pdf"),
			},
			want: []string{"", ""},
		},
		{
			name: "a failed document is no copy",
			docs: []normalize.Document{
				document("GB.350/POL/3", "GB.350/POL/3", "Plan", "", "pdf"),
				func() normalize.Document {
					d := document("GB.350/POL/3~b", "GB.350/POL/3", "Plan", "", "pdf")
					d.Error = sp("unreadable")
					return d
				}(),
			},
			want: []string{"", ""},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			Link(tt.items, tt.docs)
			var got []string
			for _, d := range tt.docs {
				got = append(got, deref(d.SameAs))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Link: same_as (-want +got):\n%s", diff)
			}
			if l := links(tt.items); len(l) != 0 {
				t.Errorf("Link: copies linked as follow-ups: %v", l)
			}
		})
	}
}
