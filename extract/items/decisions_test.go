package items

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gbtrack/extract/textlayer"
)

// brief is what the decision tests check of an item.
type brief struct {
	Kind, Number, Text, DueEnd, Actor string
}

func briefs(t *testing.T, blocks ...textlayer.Block) []brief {
	t.Helper()
	doc := &textlayer.Document{Format: "html", Blocks: append([]textlayer.Block{para(0, "Geneva, 10 October 2026.")}, blocks...)}
	res, err := Detect(context.Background(), doc, Source{Ref: "t.html", FileID: "t"})
	if err != nil {
		t.Fatal(err)
	}
	var out []brief
	for _, it := range res.Items {
		b := brief{Kind: it.Kind, Text: it.Text}
		if it.Number != nil {
			b.Number = *it.Number
		}
		if it.Due != nil && it.Due.End != nil {
			b.DueEnd = *it.Due.End
		}
		if it.Actor != nil {
			b.Actor = *it.Actor
		}
		out = append(out, b)
	}
	return out
}

func TestDecisions(t *testing.T) {
	tests := []struct {
		name   string
		blocks []textlayer.Block
		want   []brief
	}{
		{
			// cases/50-html-decision-lead-paragraph
			name: "web record of decisions: lead and clauses one paragraph each",
			blocks: []textlayer.Block{
				para(0, "The Governing Body:"),
				para(0, "(a) took note of the report of the working group;"),
				para(0, "(b) approved the changes to the Standing Orders;"),
				para(0, "(c) decided to discuss at its 359th Session (March 2027) the arrangements for the rotation;"),
				para(0, "(d) requested the Director-General to take its guidance into account;"),
				para(0, "(e) decided to review its working methods at its 361st Session (November 2027)."),
				para(0, "(GB.358/INS/11, paragraph 14)"),
			},
			want: []brief{
				{"action_item", "c", "decided to discuss at its 359th Session (March 2027) the arrangements for the rotation", "2027-03-31", ""},
				{"action_item", "d", "requested the Director-General to take its guidance into account", "", "the Director-General"},
				{"action_item", "e", "decided to review its working methods at its 361st Session (November 2027).", "2027-11-30", ""},
			},
		},
		{
			// cases/35-decision-lead-verb
			name: "a lead verb shared by the clauses",
			blocks: []textlayer.Block{
				head(0, "Draft decision"),
				para(0, "5. The Governing Body requested the Director-General to:"),
				para(0, "(a) prepare a plan of action and submit it to the Governing Body at its 359th Session (March 2027); and"),
				para(0, "(b) report on its implementation to the 362nd Session of the Governing Body."),
			},
			want: []brief{
				{"action_item", "a", "prepare a plan of action and submit it to the Governing Body at its 359th Session (March 2027)", "2027-03-31", "the Director-General"},
				{"action_item", "b", "report on its implementation to the 362nd Session of the Governing Body.", "2028-03-31", "the Director-General"},
			},
		},
		{
			name: "a web record of one decision in one sentence",
			blocks: []textlayer.Block{
				head(0, "Decision on the fifth item on the agenda: Inspection data"),
				para(0, "Record of decisions | 12 November 2026"),
				para(0, "The Governing Body requested the Office to report on the plan at its 359th Session."),
				para(0, "(GB.358/INS/5, paragraph 9)"),
			},
			want: []brief{
				{"action_item", "", "The Governing Body requested the Office to report on the plan at its 359th Session.", "2027-03-31", "the Office"},
			},
		},
		{
			name: "a record of one decision that asks nothing",
			blocks: []textlayer.Block{
				head(0, "Decision on the sixth item on the agenda"),
				para(0, "The Governing Body took note of the report for 2027."),
			},
			want: nil,
		},
		{
			name: "elements of a decision in a board paper",
			blocks: []textlayer.Block{
				head(0, "IV. Elements of a decision"),
				para(0, "The Executive Board may wish to:"),
				para(0, "(a) Take note of the present report;"),
				para(0, "(b) Request UNICEF to present an update at its annual session 2027."),
			},
			want: []brief{
				{"action_item", "b", "Request UNICEF to present an update at its annual session 2027.", "2027-06-30", "UNICEF"},
			},
		},
		{
			name: "a board proposing clauses outside a decision section",
			blocks: []textlayer.Block{
				para(0, "The Governing Body is invited to:"),
				para(0, "(a) request the Office to report by March 2027;"),
				para(0, "(b) take note of the plan."),
			},
			want: []brief{
				{"action_item", "a", "request the Office to report by March 2027", "2027-03-31", "the Office"},
			},
		},
		{
			name: "clauses inline in the lead's paragraph",
			blocks: []textlayer.Block{
				para(0, "The Governing Body: (a) took note of the report; (b) requested the Office to submit options for the 359th Session (March 2027)."),
			},
			want: []brief{
				{"action_item", "b", "requested the Office to submit options for the 359th Session (March 2027).", "2027-03-31", "the Office"},
			},
		},
		{
			// cases/49-executive-board-decisions
			name: "Executive Board: present-tense operative verbs, numbered clauses, a page break between",
			blocks: []textlayer.Block{
				head(0, "2026/19"),
				para(0, "The Executive Board"),
				para(0, "1. Takes note of the report on the structured funding dialogue for 2025;"),
				para(0, "2. Requests UNDP to present an analysis by June 2027;"),
				para(0, "2 26-16204"),
				para(0, "3. Also requests UNDP to hold an informal consultation no later than March 2027;"),
				para(0, "4. Encourages Member States to increase their contributions."),
				para(0, "Second regular session 4 September 2026"),
				head(0, "2026/20"),
				para(0, "The Executive Board"),
				para(0, "1. Calls upon UNDP, UNFPA and UNOPS to close the recommendations of their audit offices;"),
				para(0, "2. Invites the three organizations to present jointly, before June 2027, an overview."),
			},
			want: []brief{
				{"action_item", "2", "Requests UNDP to present an analysis by June 2027", "2027-06-30", "UNDP"},
				{"action_item", "3", "Also requests UNDP to hold an informal consultation no later than March 2027", "2027-03-31", "UNDP"},
				{"action_item", "1", "Calls upon UNDP, UNFPA and UNOPS to close the recommendations of their audit offices", "", "UNDP, UNFPA and UNOPS"},
				{"action_item", "2", "Invites the three organizations to present jointly, before June 2027, an overview.", "2027-05-31", "the three organizations"},
			},
		},
		{
			name: "General Assembly resolution: preamble, a request coordinated after 'Notes', footnotes between",
			blocks: []textlayer.Block{
				para(0, "The General Assembly,"),
				para(0, "Recalling its resolution 52/212 B of 31 March 1998,"),
				para(0, "Having considered the reports of the Board of Auditors,"),
				para(0, "Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 5."),
				para(0, "1. Takes note of the audit opinions;"),
				para(0, "2. Notes the findings of the Board, and requests the Secretary-General to submit a comprehensive report at the main part of the eightieth session of the Assembly;"),
				para(0, "3. Reiterates its request to the Secretary-General to ensure full implementation;"),
				para(0, "4. Expresses concern over the findings, and in this regard emphasizes that controls need to improve."),
				para(0, "55th plenary meeting 24 December 2024"),
			},
			want: []brief{
				{"action_item", "2", "Notes the findings of the Board, and requests the Secretary-General to submit a comprehensive report at the main part of the eightieth session of the Assembly", "2025-12-31", "the Secretary-General"},
				{"action_item", "3", "Reiterates its request to the Secretary-General to ensure full implementation", "", ""},
			},
		},
		{
			name: "a request reported in a paper's narrative is no decision",
			blocks: []textlayer.Block{
				para(0, "2. The Conference requested the Office to provide the Governing Body with an implementation plan, including a timetable for:"),
				para(0, "3. The implementation plan responds to this request."),
				para(0, "4. The Conference also called on the Director-General to take its conclusions into account."),
			},
			want: nil,
		},
		{
			name: "French decisions: a bare lead over lettered clauses, a one-sentence decision",
			blocks: []textlayer.Block{
				head(0, "Décision concernant le cinquième point de l’ordre du jour: Rapport annuel"),
				para(0, "Le Conseil d’administration:"),
				para(0, "a) a pris note du rapport;"),
				para(0, "b) a prié le Directeur général de tenir compte des orientations formulées;"),
				para(0, "c) a demandé au Bureau d’élaborer un plan d’action."),
				head(0, "Décision concernant le sixième point de l’ordre du jour"),
				para(0, "Le Conseil d’administration a approuvé les propositions et s’est félicité des progrès accomplis."),
				head(0, "Projet de décision"),
				para(0, "12. Le Conseil d’administration prie le Directeur général de donner suite aux conclusions."),
			},
			want: []brief{
				{"action_item", "b", "a prié le Directeur général de tenir compte des orientations formulées", "", "le Directeur général"},
				{"action_item", "c", "a demandé au Bureau d’élaborer un plan d’action.", "", "le Bureau"},
				{"action_item", "", "Le Conseil d’administration prie le Directeur général de donner suite aux conclusions.", "", "le Directeur général"},
			},
		},
		{
			name: "French resolution: L'Assemblée générale, preamble in participles, numbered paragraphs",
			blocks: []textlayer.Block{
				para(0, "L’Assemblée générale,"),
				para(0, "Rappelant sa résolution 78/260 du 22 décembre 2023,"),
				para(0, "Ayant examiné le rapport du Corps commun d’inspection,"),
				para(0, "1. Prend note du rapport;"),
				para(0, "2. Prie le Secrétaire général de veiller à l’application intégrale des recommandations;"),
				para(0, "3. Réaffirme le rôle du Corps commun d’inspection."),
			},
			want: []brief{
				{"action_item", "2", "Prie le Secrétaire général de veiller à l’application intégrale des recommandations", "", "le Secrétaire général"},
			},
		},
		{
			name: "run-in heads open decisions in a web summary; a request coordinated after the lead's verb",
			blocks: []textlayer.Block{
				para(0, "Discussion: Groups asked the Office to report regularly."),
				para(0, "Decision: The Governing Body requested the Director-General to present an update to its 356th Session (March 2026)."),
				para(0, "Outcome: The Governing Body: (a) took note of the report; (b) requested the Office to convene a meeting in 2026."),
				para(0, "Outcome: The Governing Body approved the calendar of meetings."),
				para(0, "Decision: The Governing Body endorsed the strategy and requested the Director-General to take it into account."),
			},
			want: []brief{
				{"action_item", "", "The Governing Body requested the Director-General to present an update to its 356th Session (March 2026).", "2026-03-31", "the Director-General"},
				{"action_item", "b", "requested the Office to convene a meeting in 2026.", "2026-12-31", "the Office"},
				{"action_item", "", "The Governing Body endorsed the strategy and requested the Director-General to take it into account.", "", "the Director-General"},
			},
		},
		{
			name: "ECOSOC: a subject with small words, under 'Draft elements of a decision'",
			blocks: []textlayer.Block{
				head(0, "Draft elements of a decision"),
				para(0, "The Economic and Social Council,"),
				para(0, "1. Welcomes the report;"),
				para(0, "2. Requests the Secretary-General to report to the Council in May 2027."),
			},
			want: []brief{
				{"action_item", "2", "Requests the Secretary-General to report to the Council in May 2027.", "2027-05-31", "the Secretary-General"},
			},
		},
		{
			name: "roman sub-clauses belong to their clause",
			blocks: []textlayer.Block{
				para(0, "The Governing Body:"),
				para(0, "(a) requested the Director-General to:"),
				para(0, "(i) prepare a report by March 2027;"),
				para(0, "(ii) consult the constituents;"),
				para(0, "(b) approved the budget."),
			},
			want: []brief{
				{"action_item", "a", "requested the Director-General to: (i) prepare a report by March 2027; (ii) consult the constituents", "2027-03-31", "the Director-General"},
			},
		},
		{
			name: "clauses set as a table by the layout",
			blocks: []textlayer.Block{
				para(0, "The General Assembly,"),
				table(0, 2,
					row(0, false, "1.", "Takes note of the audit opinions;"),
					row(0, false, "2.", "Requests the Secretary-General to continue to ensure"),
					row(0, false, "communication and cooperation", "with the Board;"),
				),
				para(0, "3. Invites the Secretary-General to tighten accountability."),
			},
			want: []brief{
				{"action_item", "2", "Requests the Secretary-General to continue to ensure communication and cooperation with the Board", "", "the Secretary-General"},
				{"action_item", "3", "Invites the Secretary-General to tighten accountability.", "", "the Secretary-General"},
			},
		},
		{
			name: "numbered actions of a plan",
			blocks: []textlayer.Block{
				para(0, "Action 1. We will take bold actions to implement the 2030 Agenda."),
				para(0, "Action 12. We will strengthen our efforts by 2030 and beyond."),
				para(0, "Action 3: Go"),
			},
			want: []brief{
				{"action_item", "1", "Action 1. We will take bold actions to implement the 2030 Agenda.", "", ""},
				{"action_item", "12", "Action 12. We will strengthen our efforts by 2030 and beyond.", "2030-12-31", ""},
			},
		},
		{
			// variants/e02: minutes print decisions in their numbered paragraphs, with no head,
			// each closed by the reference to the paper's draft decision
			name: "minutes: decisions closed by a reference line, speakers' requests are none",
			blocks: []textlayer.Block{
				para(0, "42. The Worker Vice-Chairperson welcomed the progress. Her group requested the Office to give more visibility to the social partners."),
				para(0, "46. The Governing Body, having taken note of the report:"),
				para(0, "(a) requested the Director-General to report on the progress made to its 358th Session (November 2026);"),
				para(0, "(b) requested the Director-General to convene, before the end of June 2026, a meeting of the partners."),
				para(0, "(GB.355/INS/3, paragraph 12, as amended)"),
				para(0, "47. The Governing Body approved the proposals contained in the document."),
				para(0, "(GB.355/INS/4, paragraph 5)"),
				para(0, "52. The Governing Body requested the Director-General to give effect to the resolutions adopted by the Conference at its 113th Session (2025) and to submit a plan of action to its 356th Session (March 2026)."),
				para(0, "(GB.355/INS/6, paragraph 9)"),
				para(0, "53. The Governing Body requested the Office in 2024 to prepare a report, which is before it."),
			},
			want: []brief{
				{"action_item", "a", "requested the Director-General to report on the progress made to its 358th Session (November 2026)", "2026-11-30", "the Director-General"},
				{"action_item", "b", "requested the Director-General to convene, before the end of June 2026, a meeting of the partners.", "2026-06-30", "the Director-General"},
				{"action_item", "", "The Governing Body requested the Director-General to give effect to the resolutions adopted by the Conference at its 113th Session (2025) and to submit a plan of action to its 356th Session (March 2026).", "2026-03-31", "the Director-General"},
			},
		},
		{
			name: "minutes: the reference printed at the end of the decision's last paragraph",
			blocks: []textlayer.Block{
				para(0, "41. The Workers' group asked the Office to do more."),
				para(0, "42. The Governing Body requested the Director-General to report to its 358th Session (November 2026). (GB.355/INS/6, paragraph 9)"),
				para(0, "44. The Governing Body, having taken note of the report:"),
				para(0, "(a) requested the Director-General to prepare a plan by March 2027;"),
				para(0, "(b) requested the Office to report to its 359th Session (March 2027). (GB.355/INS/7, paragraph 4)"),
				para(0, "45. The Chairperson closed the sitting."),
			},
			want: []brief{
				{"action_item", "", "The Governing Body requested the Director-General to report to its 358th Session (November 2026).", "2026-11-30", "the Director-General"},
				{"action_item", "a", "requested the Director-General to prepare a plan by March 2027", "2027-03-31", "the Director-General"},
				{"action_item", "b", "requested the Office to report to its 359th Session (March 2027).", "2027-03-31", "the Office"},
			},
		},
		{
			name: "minutes: a lead that notes and then asks lends the request to its clauses; French minutes",
			blocks: []textlayer.Block{
				para(0, "45. The Governing Body took note of the report and requested the Office to:"),
				para(0, "(a) prepare a plan by June 2027;"),
				para(0, "(b) report to its 361st Session (November 2027)."),
				para(0, "(GB.355/PFA/6, paragraph 3)"),
				para(0, "46. Le Conseil d'administration, ayant pris note du rapport:"),
				para(0, "a) a prié le Directeur général de lui présenter un plan à sa 358e session (novembre 2026);"),
				para(0, "b) a pris note des informations fournies."),
				para(0, "(GB.355/INS/3, paragraphe 12)"),
			},
			want: []brief{
				{"action_item", "a", "prepare a plan by June 2027", "2027-06-30", "the Office"},
				{"action_item", "b", "report to its 361st Session (November 2027).", "2027-11-30", "the Office"},
				{"action_item", "a", "a prié le Directeur général de lui présenter un plan à sa 358e session (novembre 2026)", "2026-11-30", "le Directeur général"},
			},
		},
		{
			name: "lettered sub-clauses of a numbered clause, on their own lines or in its paragraph",
			blocks: []textlayer.Block{
				para(0, "The Executive Board,"),
				para(0, "1. Takes note of the evaluation;"),
				para(0, "2. Requests UNFPA:"),
				para(0, "(a) To present a plan at the annual session 2026;"),
				para(0, "(b) To submit a report at the second regular session 2027;"),
				para(0, "3. Requests UNOPS to: (a) strengthen controls by June 2026; and (b) report at the annual session 2027."),
				para(0, "4. Welcomes the progress made."),
			},
			want: []brief{
				{"action_item", "2(a)", "Requests UNFPA: To present a plan at the annual session 2026", "2026-06-30", "UNFPA"},
				{"action_item", "2(b)", "Requests UNFPA: To submit a report at the second regular session 2027", "2027-09-30", "UNFPA"},
				{"action_item", "3(a)", "Requests UNOPS to: strengthen controls by June 2026", "2026-06-30", "UNOPS"},
				{"action_item", "3(b)", "Requests UNOPS to: report at the annual session 2027.", "2027-06-30", "UNOPS"},
			},
		},
		{
			name: "a lead set in bold is no heading",
			blocks: []textlayer.Block{
				head(0, "The Governing Body:"),
				para(0, "(a) took note of the report;"),
				para(0, "(b) requested the Director-General to report to its 358th Session (November 2026)."),
				para(0, "(GB.356/INS/3, paragraph 21)"),
			},
			want: []brief{
				{"action_item", "b", "requested the Director-General to report to its 358th Session (November 2026).", "2026-11-30", "the Director-General"},
			},
		},
		{
			// variants/e03
			name: "a draft decision's lead verb after a participial phrase is shared by the clauses",
			blocks: []textlayer.Block{
				head(0, "Draft decision"),
				para(0, "19. The Governing Body, having considered the progress report, requests the Director-General to:"),
				para(0, "(a) take into account the guidance provided during the discussion;"),
				para(0, "(b) submit a final report to the Governing Body at its 362nd Session (March 2028)."),
			},
			want: []brief{
				{"action_item", "a", "take into account the guidance provided during the discussion", "", "the Director-General"},
				{"action_item", "b", "submit a final report to the Governing Body at its 362nd Session (March 2028).", "2028-03-31", "the Director-General"},
			},
		},
		{
			// cases/26-nested-lists
			name: "a lead-in lends its verb to the list items that follow",
			blocks: []textlayer.Block{
				para(0, "The Ministry of Labour will:"),
				para(0, "adopt the revised Employment Relations Act by June 2027;"),
				para(0, "- recruit ten additional inspectors by December 2027;"),
				para(0, "The ILO will provide technical assistance until the end of 2028."),
				para(0, "The partners agreed on the following:"),
				para(0, "(a) the plan was adopted in May 2026;"),
			},
			want: []brief{
				{"commitment", "", "adopt the revised Employment Relations Act by June 2027", "2027-06-30", "the Ministry of Labour"},
				{"commitment", "", "recruit ten additional inspectors by December 2027", "2027-12-31", "the Ministry of Labour"},
				{"commitment", "", "The ILO will provide technical assistance until the end of 2028.", "2028-12-31", "the ILO"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, briefs(t, tt.blocks...)); diff != "" {
				t.Errorf("Detect items (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRecordOfDecisions: in a document titled a record or summary of decisions, a paragraph that
// opens with the body and an operative verb is a decision; the same paragraph in a paper's
// narrative is an account of one.
func TestRecordOfDecisions(t *testing.T) {
	body := []textlayer.Block{
		head(0, "INS/5 – Update on the reform of the United Nations development system"),
		para(0, "The Governing Body requested the Director-General to provide an update at its 360th Session (June 2027)."),
		head(0, "INS/6 – Programme of meetings"),
		para(0, "The Governing Body approved the programme of meetings for 2027."),
	}
	tests := []struct {
		name  string
		title textlayer.Block
		kind  string
	}{
		{"summary of decisions", head(0, "Summary of decisions adopted by the Governing Body at its 358th Session"), "action_item"},
		{"relevé des décisions", head(0, "Relevé des décisions"), "action_item"},
		{"a paper's narrative", head(0, "Update on the reform of the United Nations development system"), "commitment"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(t, append([]textlayer.Block{tt.title}, body...)...)
			if len(got) != 1 || got[0].Kind != tt.kind || got[0].DueEnd != "2027-06-30" {
				t.Errorf("items = %+v, want one %s due 2027-06-30", got, tt.kind)
			}
		})
	}
}

func TestIsDecisionRef(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"(GB.355/INS/3, paragraph 12)", true},
		{"(GB.355/INS/5, paragraphs 88, 115 and 143)", true},
		{"(GB.355/INS/3, paragraph 12, as amended)", true},
		{"(GB.356/INS/7, paragraphe 24)", true},
		{"(GB.274/4(Rev.1), paragraph 3).", true},
		{"(GB.356/INS/2)", true},
		{"(see GB.355/INS/3, paragraph 12)", false},
		{"(a) requested the Director-General to report to its 358th Session;", false},
		{"(HIV/AIDS, paragraph 2)", false},
		{"The Governing Body took note (GB.355/INS/3, paragraph 12)", false},
	}
	for _, tt := range tests {
		if got := isDecisionRef(tt.text); got != tt.want {
			t.Errorf("isDecisionRef(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestTrailingRef(t *testing.T) {
	tests := []struct {
		text string
		want string // the text before the reference; "" when there is none
	}{
		{"The Governing Body approved it. (GB.355/INS/6, paragraph 9)", "The Governing Body approved it."},
		{"(b) requested the Office to report in 2027; (GB.355/INS/7, paragraphs 4 and 5).", "(b) requested the Office to report in 2027;"},
		{"The Office will report (see GB.355/INS/6, paragraph 9)", ""},
		{"The Office will report in 2027 (A/79/5).", ""},
	}
	for _, tt := range tests {
		got := ""
		if k := trailingRef(tt.text); k >= 0 {
			got = tt.text[:k]
		}
		if got != tt.want {
			t.Errorf("trailingRef(%q) leaves %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestDescribesPast(t *testing.T) {
	tests := []struct {
		before string
		want   bool
	}{
		{"to give effect to the resolutions adopted by the Conference ", true},
		{"the meeting held ", true},
		{"to report on the progress made ", false},
		{"a meeting to be held ", false},
		{"the resolutions adopted by the Conference and to report ", false},
		{"requested the Director-General to submit a report ", false},
	}
	for _, tt := range tests {
		if got := describesPast(tt.before); got != tt.want {
			t.Errorf("describesPast(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}

func TestClauseClass(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want verbClass
	}{
		{"Takes note of the report", verbNote},
		{"took note of the report requested by the Governing Body", verbNote},
		{"Requests UNDP to present an analysis", verbAct},
		{"Also requests UNDP to hold a consultation", verbAct},
		{"Further reiterates its request to the Secretary-General to indicate", verbAct},
		{"Calls upon Member States to ratify", verbAct},
		{"Calls for restraint", verbNone},
		{"adopted the decision, following an exchange in which the groups welcomed the plan and asked for a stronger regional dimension", verbNote},
		{"decided to discuss at its 359th Session", verbAct},
		{"Decides that the item shall be considered", verbNote},
		{"noted the concerns of the group and requested the Office to submit options", verbAct},
		{"Emphasizes the recommendations of the Board, requests the Secretary-General to expedite", verbAct},
		{"Welcomes the request of the Government", verbNote},
		{"to prepare a plan of action", verbNone},
		// French: present and passé composé, "de" for "to"
		{"a pris note du rapport", verbNote},
		{"Prend note du rapport annuel", verbNote},
		{"a prié le Directeur général de soumettre un rapport", verbAct},
		{"Prie également le Secrétaire général de présenter", verbAct},
		{"a demandé au Bureau d'élaborer un plan", verbAct},
		{"s'est félicité des progrès accomplis", verbNote},
		{"Se félicite du rapport", verbNote},
		{"Décide de reporter l'examen de la question", verbAct},
		{"Décide que la question sera examinée", verbNote},
		{"a approuvé les propositions et a prié le Bureau de faire rapport", verbAct},
		{"Réitère sa demande au Secrétaire général", verbAct},
		{"a note by the Secretary-General on the review", verbNone},
	} {
		if got := clauseClass(tt.in); got != tt.want {
			t.Errorf("clauseClass(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestMarkerAt(t *testing.T) {
	for _, tt := range []struct {
		in, prev string
		num      string
		kind     byte
		ok       bool
	}{
		{"(a) took note", "", "a", 'a', true},
		{"b) approved", "a", "b", 'a', true},
		{"c. requests the Office", "b", "c", 'a', true},
		{"(iv) consult", "iii", "iv", 'i', true},
		{"(i) the letter after (h)", "h", "i", 'a', true},
		{"(i) a sub-clause", "c", "i", 'i', true},
		{"12. Requests", "", "12", '1', true},
		{"- recruit", "", "", '-', true},
		{"• adopt", "", "", '-', true},
		{"(GB.358/INS/11, paragraph 14)", "", "", 0, false},
		{"2026/19 Structured funding", "", "", 0, false},
	} {
		mk, ok := markerAt(tt.in, tt.prev)
		if ok != tt.ok || ok && (mk.num != tt.num || mk.kind != tt.kind) {
			t.Errorf("markerAt(%q, %q) = %+v, %v; want num %q kind %q, %v", tt.in, tt.prev, mk, ok, tt.num, tt.kind, tt.ok)
		}
	}
}
