package items

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

func TestFindSentenceCommitments(t *testing.T) {
	ref := time.Date(2020, 10, 9, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		in      string
		wantEnd []string // due.end of each commitment, in order; nil: none
		actor   string   // actor of the first, when one is named
	}{
		// Commitments: modality that binds the future, with a time bound.
		{"will in year", "A further 35 country teams will follow in 2021.", []string{"2021-12-31"}, "country teams"},
		{"is expected by", "A resolution on that item is expected by December 2020.", []string{"2020-12-31"}, ""},
		{"must by", "All country teams must have such a strategy by 2021.", []string{"2021-12-31"}, "All country teams"},
		{"requested that", "The Deputy Secretary-General has requested that all country teams have a CCA by the end of 2020.", []string{"2020-12-31"}, ""},
		{"target set to", "A target was set to increase the share of common premises to 50 per cent by 2021.", []string{"2021-12-31"}, ""},
		{"will not until", "The formula is under review but it will not change until 2021.", []string{"*"}, ""},
		{"will take place", "A more comprehensive review of the funding model will take place in 2021.", []string{"2021-12-31"}, ""},
		{"coming months", "Two additional chapters will be added to the Framework in the coming months.", []string{"*"}, ""},
		{"office will", "The Office will submit a report to the Governing Body by March 2022.", []string{"2022-03-31"}, "the Office"},
		{"shall before", "Member States shall report before 1 June 2023.", []string{"2023-05-31"}, "Member States"},
		{"plans to", "The Office plans to launch the platform in 2022.", []string{"2022-12-31"}, "the Office"},
		{"is to", "The review is to be completed by mid-2021.", []string{"2021-06-30"}, ""},
		{"date first", "In 2022, the Office will publish the guide.", []string{"2022-12-31"}, "the Office"},
		{"two deadlines", "The Office will issue a draft by March 2021 and a final text by end 2021.", []string{"2021-03-31", "2021-12-31"}, "the Office"},
		{"expected to", "Member States are expected to ratify the Convention by 2025.", []string{"2025-12-31"}, "Member States"},
		{"session", "The Office will present a progress report to the Governing Body at its 350th Session.", []string{"*"}, "the Office"},
		{"same deadline twice", "The Director-General will submit proposals to the 112th Session of the Conference in June 2024.", []string{"*"}, "the Director-General"},
		{"scheduled", "The evaluation is scheduled for completion by the end of the first quarter of 2025.", []string{"2025-03-31"}, ""},
		{"due to be", "The strategy is due to be finalized by end-2025.", []string{"2025-12-31"}, ""},
		{"invited to request", "The Governing Body is invited to request the Office to report on progress by November 2025.", []string{"2025-11-30"}, "the Governing Body"},
		{"should", "Work on the new guidance should be completed by mid-2024.", []string{"2024-06-30"}, ""},
		{"aims to", "The Office aims to double the number of ratifications by 2030.", []string{"2030-12-31"}, "the Office"},
		{"committed to", "Member States committed to achieving universal social protection by 2030.", []string{"2030-12-31"}, "Member States"},
		{"target is to", "The target is to reach 50 per cent by 2025.", []string{"2025-12-31"}, ""},
		{"expected to be", "The new system is expected to be operational in the second half of 2024.", []string{"2024-12-31"}, ""},
		{"start and end", "Implementation will begin in January 2025 and run until December 2026.", []string{"2025-01-31", "*"}, ""},
		{"deadline first", "By the end of 2025, all field offices will have adopted the new policy.", []string{"2025-12-31"}, ""},
		{"no later than", "No later than 31 March 2024, the Office shall transmit the report.", []string{"2024-03-31"}, "the Office"},
		{"planned for", "The consultations are planned for the first half of 2025.", []string{"2025-06-30"}, ""},
		{"requested to report", "The Office is requested to report back to the Governing Body at its 355th Session.", []string{"*"}, "the Office"},
		{"is to be", "A new programme is to be signed in 2025.", []string{"2025-12-31"}, ""},
		{"participle in subject", "By the end of 2025, at least 90 per cent of the project documents approved since 2020 should be tagged.", []string{"2025-12-31"}, ""},
		{"expects to", "The Office expects to issue internal guidance before the end of the first quarter of 2025.", []string{"*"}, "the Office"},
		{"requested someone to", "In March 2024, the Governing Body requested the Office to submit a report at its 356th Session.", []string{"*"}, ""},
		{"between", "The Office will implement the strategy between 2022 and 2025.", []string{"2025-12-31"}, "the Office"},
		{"will be invited at session", "The Governing Body will be invited to consider the matter at its 353rd Session.", []string{"*"}, "the Governing Body"},
		{"as requested at", "The results will be presented to the Governing Body in March 2026, as requested at its 350th Session.", []string{"2026-03-31"}, ""},
		{"adjective after preposition", "The Office will support countries with integrated plans by the end of 2026.", []string{"2026-12-31"}, "the Office"},
		{"has committed to a noun", "The Government has committed to a review of the leave entitlement in 2028.", []string{"2028-12-31"}, "the Government"},
		{"has agreed to, deadline past", "The Office has agreed to a joint review in 2019.", nil, ""},
		{"adjective after a figure", "The fund is expected to reach 50,000 registered domestic workers by the end of 2027.", []string{"2027-12-31"}, ""},
		{"adjective after bare verb", "The ILO will deliver updated guidance to inspectors by June 2026.", []string{"2026-06-30"}, "the ILO"},
		{"is to with -ing", "The Office is to support 30 countries in preparing integrated national financing frameworks by the end of 2026.", []string{"2026-12-31"}, "the Office"},
		{"has set a target", "The Office has set a target of extending social protection to 400 million more people by 2030.", []string{"2030-12-31"}, "the Office"},
		{"has a target", "The Office has a target of 50 ratifications by 2030.", []string{"2030-12-31"}, "the Office"},
		{"future request in the past tense", "Member States were requested to report by the end of 2027.", []string{"2027-12-31"}, "Member States"},
		{"on a day", "The Office will present its report on 15 March 2021.", []string{"2021-03-15"}, "the Office"},
		{"through", "The project will run through 2025.", []string{"2025-12-31"}, ""},
		{"met and will meet", "The Committee met in Geneva in June 2023 and will meet again in 2025.", []string{"2025-12-31"}, ""},

		// Not commitments: past events, descriptions, predictions without a bound, undated
		// intentions.
		{"past launch", "The new guidance was launched in October 2019.", nil, ""},
		{"start alone", "Management agrees. Both measures will be introduced from 2027.", nil, ""},
		{"starting alone", "The new rules will apply starting in March 2026.", nil, ""},
		{"took place", "A tripartite dialogue took place in early September 2020.", nil, ""},
		{"description", "These issues are discussed in the Strategy for 2020–25.", nil, ""},
		{"undated will", "The Office will review the Staff Regulations.", nil, ""},
		{"relative past", "The programme will support the Decade of Action, which was adopted by the General Assembly in September 2019.", nil, ""},
		{"off track", "It was noted that recovery will be long and that many countries are now off track to reach the goals by 2030.", nil, ""},
		{"past relative that", "The teams that started the cycle in 2020 were the first.", nil, ""},
		{"date first past", "In June 1999, the Conference reviewed the role of the ILO.", nil, ""},
		{"perfect", "Reports from the field, including during a meeting in January 2020, have highlighted challenges.", nil, ""},
		{"since", "The Framework has been in use since March 2019.", nil, ""},
		{"bare period", "The meeting was held 24 – 25 November 2020 in an online format.", nil, ""},
		{"agreed results for", "It accelerated the delivery of the agreed results for 2020-2021.", nil, ""},
		{"held in", "The ILO held a dialogue in Lima in September 2019, which helped.", nil, ""},
		{"initiated", "The reform was initiated in 2017 by the Secretary-General.", nil, ""},
		{"launched", "The Office launched the platform in 2022.", nil, ""},
		{"on past", "On 8-24 September 2021, the ILO and the ITCILO organized an online training.", nil, ""},
		{"headline form in running text", "Inspectors to be trained on the new tools by November 2021.", nil, ""},
		{"noun plan under past request", "At its 337th Session (October 2019), the Governing Body requested the Office to prepare a plan to modernize inspection and to report at its 338th Session (March 2020).", nil, ""},
		{"noun plan alone", "A plan to modernize inspection by 2022 is being drafted.", []string{"2022-12-31"}, ""},
		{"is working to", "The Ministry is working to introduce electronic case files by the end of 2021.", []string{"2021-12-31"}, "the Ministry"},
		{"to be launched", "The platform is to be launched by March 2021.", []string{"2021-03-31"}, ""},
		{"session will take place", "The 341st Session of the Governing Body will take place from 11 to 21 March 2021.", nil, ""},
		{"briefing will take place", "An informal briefing for members on the plan will take place on 20 January 2021.", nil, ""},
		{"policy will apply", "The new evaluation policy will apply from 1 January 2021 to 31 December 2024.", nil, ""},
		{"workshop will be organized", "A workshop for inspectors will be organized by the Office in March 2021.", []string{"2021-03-31"}, ""},
		{"two deadlines that overlap", "The evaluation will be completed in the third quarter of 2021, and its management response will be submitted to the Board in September 2021.", []string{"2021-09-30", "2021-09-30"}, ""},
		{"meeting expected to take place", "The next regional meeting is expected to take place in 2022.", nil, ""},
		{"target label", "Target: 18 per cent by 2028", nil, ""},
		{"reported speech would", "The Minister said the Government would submit the bill to Parliament by March 2021.", []string{"2021-03-31"}, "the Government"},
		{"reported speech that would", "She announced that the Ministry would train 150 mediators before the end of 2021.", []string{"2021-12-31"}, "the Ministry"},
		{"reported speech conditional", "The federation said the reform would halve delays by 2022 if the courts were funded.", nil, ""},
		{"reported speech past deadline", "In 2018 the Minister said the law would be adopted by 2019.", nil, ""},
		{"had been expected", "The bill had been expected in 2021, but consultations took longer.", nil, ""},
		{"held on", "The workshop, held on 12 May 2023, gathered 40 participants.", nil, ""},
		{"ratified", "In 2023, 25 countries ratified the Convention.", nil, ""},
		{"budget for", "The Programme and Budget for 2024–25 includes an outcome on social justice.", nil, ""},
		{"covers period", "The report covers the period from 2019 to 2021.", nil, ""},
		{"approved at session", "The Governing Body approved the plan at its 335th Session (March 2019).", nil, ""},
		{"found that", "The evaluation found that, in 2020, delivery fell by 20 per cent.", nil, ""},
		{"would", "The Office would be in a position to deliver by 2025 if funding were available.", nil, ""},
		{"projected", "Employment is projected to recover by 2024.", nil, ""},
		{"runs until", "The project, which runs until 2025, is funded by the European Union.", nil, ""},
		{"decided that", "At its 350th Session, the Governing Body decided that the first progress report should be presented by March 2020; the report was postponed.", nil, ""},
		{"was expected past", "The Office was expected to complete the review by the end of 2019, but the work was delayed.", nil, ""},
		{"which was expected", "The inspectorate, which was expected to reach full staffing by 2019, still has vacant posts.", nil, ""},
		{"reached its target", "The Office reached its target of 40 ratifications by 2019.", nil, ""},
		{"between past", "Between 2018 and 2022, the number of ratifications doubled.", nil, ""},
		{"decision taken at", "In accordance with the decision taken at its 347th Session (March 2023), the Office prepared this report.", nil, ""},
		{"since adoption", "Since its adoption in 2019, the Declaration has guided the work of the Office.", nil, ""},
		{"has been since", "Since 2019, the number of projects has increased.", nil, ""},
		// French running text: the future, a verb of commitment or plan, and the past.
		{"fr future passive", "La plateforme de gestion des dossiers sera lancée d'ici à la fin de mars 2021.", []string{"2021-03-31"}, ""},
		{"fr future", "Le Bureau présentera un rapport au Conseil d'administration à sa 340e session (novembre 2020).", []string{"*"}, ""},
		{"fr s'engage à", "Le ministère s'engage à recruter 80 inspecteurs supplémentaires avant la fin de 2021.", []string{"2021-12-31"}, ""},
		{"fr s'est engagé à", "Le ministère du Travail s'est engagé à ouvrir dix guichets d'orientation avant la fin de 2021.", []string{"2021-12-31"}, ""},
		{"fr near future", "Le ministère va recruter 200 conseillers d'orientation d'ici juin 2021.", []string{"2021-06-30"}, ""},
		{"fr prévoit de", "Le Gouvernement prévoit de ratifier la convention en 2022.", []string{"2022-12-31"}, ""},
		{"fr plural future", "Les textes seront finalisés au premier semestre 2022.", []string{"2022-06-30"}, ""},
		{"fr past", "Le projet, qui a démarré en 2019, a déjà formé 300 inspecteurs.", nil, ""},
		{"fr past passive", "La plateforme a été lancée en mars 2020 par le ministère.", nil, ""},
		{"fr possibility", "Le Bureau pourra présenter un rapport en 2022 si les fonds le permettent.", nil, ""},
		{"fr compte a noun", "Le présent document rend compte des activités menées en 2025 au titre du plan d'action pour 2024–2030.", nil, ""},
		{"fr compte an intention", "Le Bureau compte présenter une stratégie révisée en 2027.", []string{"2027-12-31"}, ""},
		{"fr verbless target", "Objectif : d'ici à 2030, 60 pour cent des entreprises inspectées au moins une fois.", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findSentenceCommitments(nil, tt.in, ref)
			if len(got) != len(tt.wantEnd) {
				var ends []string
				for _, c := range got {
					ends = append(ends, c.due.Text+"→"+deref(c.due.End))
				}
				t.Fatalf("findSentenceCommitments(%q) = %d commitments %v, want %d", tt.in, len(got), ends, len(tt.wantEnd))
			}
			for i, c := range got {
				if tt.wantEnd[i] != "*" && deref(c.due.End) != tt.wantEnd[i] {
					t.Errorf("findSentenceCommitments(%q)[%d].due.end = %q (%q), want %q", tt.in, i, deref(c.due.End), c.due.Text, tt.wantEnd[i])
				}
			}
			if tt.actor != "" && (len(got) == 0 || got[0].actor == nil || !strings.EqualFold(*got[0].actor, tt.actor)) {
				t.Errorf("findSentenceCommitments(%q) actor = %v, want %q", tt.in, deref(got[0].actor), tt.actor)
			}
		})
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

func TestProseTable(t *testing.T) {
	cell := func(text string, span int) textlayer.Cell { return textlayer.Cell{Text: text, Span: span} }
	row := func(cells ...textlayer.Cell) textlayer.Row { return textlayer.Row{Cells: cells} }
	tests := []struct {
		name string
		t    *textlayer.TableData
		want bool
	}{
		{"markers beside their words", &textlayer.TableData{Columns: 2, Rows: []textlayer.Row{
			row(cell("(a)", 1), cell("Secure an ambitious outcome at the Summit", 1)),
			row(cell("in 2025;", 2)),
			row(cell("(b) the 2030", 1), cell("Advance progress", 1)),
		}}, true},
		{"item indented into the wide column", &textlayer.TableData{Columns: 2, Rows: []textlayer.Row{
			row(cell("11.", 1), cell("We commit, by 2030, to:", 1)),
			row(cell("", 1), cell("(a) Develop targets", 1)),
		}}, true},
		{"column titles", &textlayer.TableData{Columns: 2, Rows: []textlayer.Row{
			{Cells: []textlayer.Cell{cell("Action", 1), cell("Deadline", 1)}, Header: true},
			row(cell("1.", 1), cell("Adopt the plan", 1)),
		}}, false},
		{"data in three columns", &textlayer.TableData{Columns: 3, Rows: []textlayer.Row{
			row(cell("1.", 1), cell("Adopt the plan", 1), cell("2026", 1)),
		}}, false},
		{"paragraphs only", &textlayer.TableData{Columns: 2, Rows: []textlayer.Row{
			row(cell("The Office will report by 2026.", 2)),
		}}, false},
		{"long words in the narrow column", &textlayer.TableData{Columns: 2, Rows: []textlayer.Row{
			row(cell("(a)", 1), cell("Adopt", 1)),
			row(cell("Share of countries with a strategy", 1), cell("60 per cent by 2027", 1)),
		}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := proseTable(tt.t, nil); got != tt.want {
				t.Errorf("proseTable(%s) = %v, want %v", tt.name, got, tt.want)
			}
		})
	}
}

func TestListShapes(t *testing.T) {
	tests := []struct {
		name, text string
		closed     bool   // itemClosed
		lead       string // opensList's lead-in, "" when none
	}{
		{"item then and", "recruit sixty inspectors by end-2025; and", true, ""},
		{"item cut by the layout", "adopt a national strategy for labour", false, ""},
		{"numbered paragraph opening a list", "29. We are concerned about degradation. We decide to:", false, "We decide to"},
		{"lettered item ending in a colon", "(a) as follows:", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := itemClosed(tt.text); got != tt.closed {
				t.Errorf("itemClosed(%q) = %v, want %v", tt.text, got, tt.closed)
			}
			lead, ok := opensList(tt.text)
			if ok != (tt.lead != "") || lead != tt.lead {
				t.Errorf("opensList(%q) = %q, %v, want %q", tt.text, lead, ok, tt.lead)
			}
		})
	}
}

func TestListFurniture(t *testing.T) {
	l := &leadIn{running: map[string]int{"The Pact for the Future A/RES/79/1": 40, "Next steps": 1}}
	tests := []struct {
		name string
		b    textlayer.Block
		want bool
	}{
		{"running head", textlayer.Block{Kind: textlayer.Heading, Text: "The Pact for the Future A/RES/79/1"}, true},
		{"running head as a paragraph", textlayer.Block{Kind: textlayer.Paragraph, Text: "The Pact for the Future A/RES/79/1"}, true},
		{"section heading", textlayer.Block{Kind: textlayer.Heading, Text: "Next steps"}, false},
		{"page number line", textlayer.Block{Kind: textlayer.Paragraph, Text: "24-16433 11/56"}, true},
		{"dated paragraph", textlayer.Block{Kind: textlayer.Paragraph, Text: "by 2026."}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := l.furniture(tt.b); got != tt.want {
				t.Errorf("furniture(%q) = %v, want %v", tt.b.Text, got, tt.want)
			}
		})
	}
}

func TestRunningHeads(t *testing.T) {
	head := "Regional Meeting RTM/2026/Outcome"
	doc := &textlayer.Document{Blocks: []textlayer.Block{
		{Kind: textlayer.Paragraph, Text: head, Page: 1},
		{Kind: textlayer.Heading, Text: "Outcome document", Page: 1},
		{Kind: textlayer.Paragraph, Text: "Outcome document", Page: 1},
		{Kind: textlayer.Table, Page: 2, Table: &textlayer.TableData{Columns: 2, Rows: []textlayer.Row{
			{Header: true, Page: 2, Cells: []textlayer.Cell{{Text: "Regional Meeting", Span: 1}, {Text: "RTM/2026/Outcome", Span: 1}}},
		}}},
	}}
	got := runningHeads(doc)
	if got[head] != 2 {
		t.Errorf("runningHeads: %q on %d pages, want 2 (a paragraph on page 1, a header row on page 2)", head, got[head])
	}
	if got["Outcome document"] != 1 {
		t.Errorf("runningHeads: %q on %d pages, want 1 (twice on one page)", "Outcome document", got["Outcome document"])
	}
}

func TestTimeFeaturesCommits(t *testing.T) {
	base := timeFeatures{deadlineBound: true, bounded: true, cue: 4}
	tests := []struct {
		name string
		edit func(*timeFeatures)
		want bool
	}{
		{"deadline with a cue", func(*timeFeatures) {}, true},
		{"a description's bound", func(f *timeFeatures) { f.deadlineBound = false }, false},
		{"a start alone", func(f *timeFeatures) { f.bounded = false }, false},
		{"the same deadline again", func(f *timeFeatures) { f.repeats = true }, false},
		{"no committing verb", func(f *timeFeatures) { f.cue = -1 }, false},
		{"a cue at the sentence's start", func(f *timeFeatures) { f.cue = 0 }, true},
		{"told of in the past", func(f *timeFeatures) { f.reportedPast = true }, false},
		{"a schedule", func(f *timeFeatures) { f.schedule = true }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := base
			tt.edit(&f)
			if got := f.commits(); got != tt.want {
				t.Errorf("%+v.commits() = %v, want %v", f, got, tt.want)
			}
		})
	}
}

func TestRestates(t *testing.T) {
	cases := []struct {
		name, body, head string
		want             bool
	}{
		{"the first paragraph repeats the headline", "The Ministry announced that inspectors will be trained on the new tools by November 2025.",
			"Inspectors to be trained on the new tools by November 2025", true},
		{"another act with the same deadline", "The fund is expected to reach 50,000 registered domestic workers by the end of 2027.",
			"Ostrana to extend paid care leave to domestic workers by 2027", false},
		{"a verb's other form", "The Government will launch the registration platform in 2026.", "Government launching registration platform in 2026", true},
		{"a headline of short words only: the deadline decides", "The Office will act in 2026.", "ILO to act in 2026", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := restates(c.body, c.head); got != c.want {
				t.Errorf("restates(%q, %q) = %v, want %v", c.body, c.head, got, c.want)
			}
		})
	}
}

// TestHeadingLeadIn: a heading that ends on a verb of commitment's "to" lends it to the list
// below, whose items are grouped under labels and numbered again in each group (a news page's
// nested lists).
func TestHeadingLeadIn(t *testing.T) {
	heads := []struct {
		text string
		want bool
	}{
		{"What the Government has committed to", true},
		{"What the partners agreed to", true},
		{"The Ministry will:", true},
		{"Welcome to", false},
		{"Contributions of the partners to", false},
		{"Background", false},
	}
	for _, h := range heads {
		if got := headingLeadIn(h.text); got != h.want {
			t.Errorf("headingLeadIn(%q) = %v, want %v", h.text, got, h.want)
		}
	}
	doc := textlayer.Document{Format: "html", Date: "2026-06-02", Blocks: []textlayer.Block{
		head(0, "What the Government has committed to"),
		para(0, "Leave entitlements"),
		para(0, "1. Ten days of paid care leave a year for all workers from 1 January 2027."),
		para(0, "2. A review of the leave entitlement, with the social partners, in 2028."),
		para(0, "Financing"),
		para(0, "1. A joint costing of the scheme by October 2026."),
		para(0, "The scheme was piloted in 2024."),
	}}
	res, err := Detect(context.Background(), &doc, Source{Ref: "in", FileID: "file"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range res.Items {
		if it.Kind == normalize.KindCommitment && it.Due != nil && it.Due.End != nil {
			got = append(got, it.Text+" | "+*it.Due.End)
		}
	}
	want := []string{
		"A review of the leave entitlement, with the social partners, in 2028. | 2028-12-31",
		"A joint costing of the scheme by October 2026. | 2026-10-31",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("commitments of the list (-want +got):\n%s", diff)
	}
}

// TestSentenceTestKinds: three kinds the sentence test reads, in English and French. A
// participle on a modal's object (a reduced relative clause) leaves the modal governing the
// time; a request by a speaker in a debate is a position, not a body's request; an event is
// scheduled when its days are fixed or it is an occurrence of a series, and committed when it is
// a new event to be held within a horizon.
func TestSentenceTestKinds(t *testing.T) {
	ref := time.Date(2025, 10, 15, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		in      string
		wantEnd []string // due.end of each commitment; nil: none
	}{
		// Participles on the object of a modal.
		{"reduced relative with as", "The unit will validate the implementation of the recommendations reported as implemented during its follow-up review in the first quarter of 2026.", []string{"2026-03-31"}},
		{"reduced relative", "The Office will review the measures proposed by the task team before the end of 2026.", []string{"2026-12-31"}},
		{"classified as closed", "The team will audit the cases classified as closed by June 2026.", []string{"2026-06-30"}},
		{"participle's own past event", "The Office will follow up on the recommendations accepted in 2019.", nil},
		{"relative clause is its own", "The Office will follow the resolution that the Conference adopted in 2024.", nil},
		{"clause after but", "The Office will publish the guide, but the Committee adopted its plan in 2026.", nil},
		{"fr participe sur l'objet", "L'unité validera la mise en œuvre des recommandations déclarées mises en œuvre lors de son examen de suivi au premier trimestre 2026.", []string{"2026-03-31"}},
		{"fr passé composé", "Le Bureau a validé les recommandations déclarées mises en œuvre au premier trimestre 2025.", nil},

		// Requests: of a speaker in a debate, of a body or an official.
		{"representative asked", "Speaking on behalf of a regional group, a Government representative supported the amendment and asked the Office to hold regional dialogues in 2026.", nil},
		{"group requested", "Her group requested the Office to present an assessment of the results by the end of 2026.", nil},
		{"vice-chairperson requested that", "The Employer Vice-Chairperson requested that the Office report on the pilots by June 2026.", nil},
		{"body requested", "The Governing Body requested the Office to present an assessment by the end of 2026.", []string{"2026-12-31"}},
		{"official requested that", "The Deputy Secretary-General has requested that all country teams have a plan by the end of 2026.", []string{"2026-12-31"}},
		{"member States requested", "Member States requested the Office to report on progress by the end of 2026.", []string{"2026-12-31"}},
		{"fr représentant a demandé", "Un représentant gouvernemental a demandé au Bureau d'organiser des dialogues régionaux en 2026.", nil},
		{"fr le groupe a prié", "Le groupe des travailleurs a prié le Bureau de présenter une évaluation d'ici à la fin de 2026.", nil},

		// Events: schedules and undertakings.
		{"new event within a horizon", "A first meeting of the network is to be held in the second half of 2026.", []string{"2026-12-31"}},
		{"next meeting of a series", "The next regional meeting is expected to take place in 2030.", nil},
		{"numbered session", "The 358th Session of the Governing Body will take place in November 2026.", nil},
		{"fixed days", "A meeting of the network will be held from 8 to 11 September 2026.", nil},
		{"fr nouvel atelier dans un horizon", "Un premier atelier du réseau se tiendra au second semestre 2026.", []string{"2026-12-31"}},
		{"fr prochaine réunion", "La prochaine réunion régionale se tiendra en 2030.", nil},
		{"fr jours fixés", "La réunion du réseau aura lieu le 10 septembre 2026.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range findSentenceCommitments(nil, tt.in, ref) {
				got = append(got, deref(c.due.End))
			}
			if diff := cmp.Diff(tt.wantEnd, got); diff != "" {
				t.Errorf("findSentenceCommitments(%q) due.end (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
