package items

import (
	"context"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

func TestParseRecChapterHead(t *testing.T) {
	tests := []struct {
		in        string
		ok, mixed bool
		addressee string
	}{
		{"Recommendations", true, false, ""},
		{"10. Recommendations", true, false, ""},
		{"KEY RECOMMENDATIONS", true, false, ""},
		{"5. Conclusions and recommendations", true, true, ""},
		{"Recommendations, lessons learned and good practices", true, true, ""},
		{"Main recommendations and follow-up", true, false, ""},
		{"5.2 Recommendations", true, false, ""},
		{"Recommendations for the ILO", true, false, "ILO"},
		{"Recommendations for the social partners", true, false, ""},
		{"Conclusions, enseignements et recommandations", true, true, ""},
		{"Conclusions and lessons learned", false, false, ""},
		{"Implementation of the recommendations", false, false, ""},
		{"Recommendations for further research are in Annex 3", false, false, ""},
	}
	for _, tt := range tests {
		h, ok := parseRecChapterHead(tt.in)
		if ok != tt.ok || h.mixed != tt.mixed || h.addressee != tt.addressee {
			t.Errorf("parseRecChapterHead(%q) = %+v, %v; want mixed %v addressee %q, %v", tt.in, h, ok, tt.mixed, tt.addressee, tt.ok)
		}
	}
}

func TestParseRecHead(t *testing.T) {
	cases := []struct {
		text      string
		ok        bool
		num, rest string
	}{
		{"RECOMMENDATION 3", true, "3", ""},
		{"Recommendation 3: Develop a plan.", true, "3", "Develop a plan."},
		{"Recommendation 1.", true, "1", ""},
		{"(a) Recommendation 1: The executive heads should approve it.", true, "1", "The executive heads should approve it."},
		{"Evaluation recommendation 2: The Office should act.", true, "2", "The Office should act."},
		{"Recommandation 4. Mieux formuler les résultats.", true, "4", "Mieux formuler les résultats."},
		{"EVALUATION RECOMMENDATION A - COMMUNICATION", true, "A", "COMMUNICATION"},
		{"Recommendation 4.2: Give the unit its own panel.", true, "4.2", "Give the unit its own panel."},
		{"Recommendation 4 is addressed to the Governing Body.", false, "", ""},
		{"the Social Protection Floors Recommendation, 2012 (No. 202)", false, "", ""},
		{"recommendation 2. The Office should act.", false, "", ""},
		{"Recommendations", false, "", ""},
	}
	for _, c := range cases {
		h, ok := parseRecHead(c.text)
		if ok != c.ok || h.num != c.num || h.rest != c.rest {
			t.Errorf("parseRecHead(%q) = %+v, %v; want num %q rest %q, %v", c.text, h, ok, c.num, c.rest, c.ok)
		}
	}
}

func TestSplitUnitList(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Financial Management Department and Treasury Services Unit", []string{"Financial Management Department", "Treasury Services Unit"}},
		{"Financial Management Department, Field Operations Support Unit and Information and Technology Management Department",
			[]string{"Financial Management Department", "Field Operations Support Unit", "Information and Technology Management Department"}},
		{"Facilities and Procurement Services Bureau and Financial Management Department", []string{"Facilities and Procurement Services Bureau", "Financial Management Department"}},
		{"Treasurer and Financial Comptroller", []string{"Treasurer and Financial Comptroller"}},
		{"Strategic Programming and Management Department", []string{"Strategic Programming and Management Department"}},
	}
	for _, c := range cases {
		if diff := cmp.Diff(c.want, splitUnitList(c.in)); diff != "" {
			t.Errorf("splitUnitList(%q) (-want +got):\n%s", c.in, diff)
		}
	}
}

// recSummary is the part of a recommendation these tests check.
type recSummary struct {
	Number, Text, Parent, DueEnd, Status, Response, Priority string
	Responsible                                              []string
}

func summarizeRecs(its []normalize.Item) []recSummary {
	var out []recSummary
	for _, it := range its {
		if it.Kind != normalize.KindRecommendation {
			continue
		}
		s := recSummary{Text: it.Text, Responsible: it.Responsible}
		if it.Number != nil {
			s.Number = *it.Number
		}
		if it.Parent != nil {
			// the part after '#': the root depends on the document's bytes (IDRoot)
			_, s.Parent, _ = strings.Cut(*it.Parent, "#")
		}
		if it.Due != nil && it.Due.End != nil {
			s.DueEnd = *it.Due.End
		}
		if it.Status != nil {
			s.Status = it.Status.Value
		}
		if it.Response != nil {
			s.Response = it.Response.Value
		}
		if it.Priority != nil {
			s.Priority = *it.Priority
		}
		if len(s.Responsible) == 0 {
			s.Responsible = nil
		}
		out = append(out, s)
	}
	return out
}

func bold(page int, text string) textlayer.Block {
	return textlayer.Block{Kind: textlayer.Paragraph, Page: page, Text: text, Bold: true}
}

func TestRecommendationForms(t *testing.T) {
	tests := []struct {
		name   string
		blocks []textlayer.Block
		want   []recSummary
		// commitments is the number of commitments expected besides the recommendations
		commitments int
	}{
		{
			name: "sub-recommendations under a bare heading and under a lead-in (case 44)",
			blocks: []textlayer.Block{
				para(1, "Date: 8 October 2026"),
				bold(1, "Recommendation 1."),
				para(1, "1.1. Let the head of the service present the workplan in person each year."),
				para(1, "1.2. Give the service its own selection panel."),
				para(1, "Management response: Management partially agrees. A panel will be tested."),
				para(1, "Recommendation 2. Publish a rolling three-year plan of evaluations."),
				para(1, "Management response: Management agrees."),
				para(1, "Recommendation 3. Make more use of evaluation findings by:"),
				para(1, "3.1. Holding a learning session after each evaluation."),
				para(1, "3.2. Publishing a synthesis every year."),
			},
			want: []recSummary{
				{Number: "1.1", Text: "Let the head of the service present the workplan in person each year.", Response: "partially_accepted"},
				{Number: "1.2", Text: "Give the service its own selection panel.", Response: "partially_accepted"},
				{Number: "2", Text: "Publish a rolling three-year plan of evaluations.", Response: "accepted"},
				{Number: "3", Text: "Make more use of evaluation findings by:"},
				{Number: "3.1", Text: "Holding a learning session after each evaluation.", Parent: "recommendation-3"},
				{Number: "3.2", Text: "Publishing a synthesis every year.", Parent: "recommendation-3"},
			},
		},
		{
			name: "a bare heading takes its paragraph, not the findings after it",
			blocks: []textlayer.Block{
				bold(5, "Recommendation 1."),
				para(5, "Conduct a systematic study on the benefits of legal residence."),
				para(5, "The project attained its main outputs without significant technical challenges."),
				bold(12, "Recommendation 2."),
				bold(12, "Ensure that the results are well articulated."),
				para(12, "1.6. Certain of the performance indicators could have been better formulated."),
			},
			want: []recSummary{
				{Number: "1", Text: "Conduct a systematic study on the benefits of legal residence."},
				{Number: "2", Text: "Ensure that the results are well articulated."},
			},
		},
		{
			name: "a sentence cut by a page continues the recommendation",
			blocks: []textlayer.Block{
				bold(8, "Recommendation 10."),
				para(8, "Draft a management response matrix to propose action plans to address the"),
				para(9, "evaluation recommendations."),
				para(9, "The project provided support to partners."),
			},
			want: []recSummary{
				{Number: "10", Text: "Draft a management response matrix to propose action plans to address the evaluation recommendations."},
			},
		},
		{
			name: "a deadline in the recommendation's own words, never a commitment (cases 55, 62)",
			blocks: []textlayer.Block{
				para(1, "Date: 16 October 2026"),
				para(1, "(a) Recommendation 1: The executive heads should approve, by June 2027, a plan for each office."),
				para(1, "(b) Recommendation 2: The executive heads should hold a joint test at least once a year."),
				head(1, "Recommendation 3"),
				para(1, "At its 361st Session (November 2027), the Governing Body should examine proposals."),
				para(1, "4. The Office will report to the Governing Body at its 361st Session (November 2027)."),
			},
			want: []recSummary{
				{Number: "1", Text: "The executive heads should approve, by June 2027, a plan for each office.", DueEnd: "2027-06-30"},
				{Number: "2", Text: "The executive heads should hold a joint test at least once a year."},
				{Number: "3", Text: "At its 361st Session (November 2027), the Governing Body should examine proposals.", DueEnd: "2027-11-30"},
			},
			commitments: 1,
		},
		{
			name: "audit paragraphs with a label block and a response (case 41)",
			blocks: []textlayer.Block{
				para(1, "Date: 2 October 2026"),
				para(1, "3. In paragraph 28, the Board recommended that the Office establish a quarterly review of"),
				bold(1, "contributions receivable."),
				table(1, 2,
					row(1, true, "Department(s) responsible:", "Financial Management Department and Treasury Services Unit"),
					row(1, false, "Status:", "Under implementation"),
					row(1, false, "Priority:", "High"),
					row(1, false, "Original target date:", "Fourth quarter of 2026"),
					row(1, false, "Revised target date:", "Second quarter of 2027"),
				),
				para(1, "4. Management response: Agreed. The Office has drafted terms of reference."),
			},
			want: []recSummary{
				{Number: "28", Text: "the Office establish a quarterly review of contributions receivable.", DueEnd: "2027-06-30", Status: "ongoing",
					Response: "accepted", Priority: "High", Responsible: []string{"Financial Management Department", "Treasury Services Unit"}},
			},
		},
		{
			name: "a label block that ran on into the response and the next recommendation (case 52)",
			blocks: []textlayer.Block{
				para(1, "Date: 2 October 2026"),
				para(1, "2. In paragraph 19, the Board recommended that the Office review the method."),
				table(1, 2,
					row(1, true, "Department(s) responsible:", "Financial Management Department"),
					row(1, false, "Status:", "Under implementation"),
					row(1, false, "Target date:", "First quarter of 2027"),
					row(1, false, "3. Management response: The Office is", "comparing its assumptions and plans to submit a revised"),
					spanRow(1, 2, "method to the Governing Body in March 2027."),
					spanRow(1, 2, "4. In paragraph 26, the Board recommended that the Office introduce a checklist for the"),
					spanRow(1, 2, "closure of projects."),
					row(1, false, "Department(s) responsible:", "Strategic Programming and Management Department"),
					row(1, false, "Target date:", "Fourth quarter of 2026"),
				),
			},
			want: []recSummary{
				{Number: "19", Text: "the Office review the method.", DueEnd: "2027-03-31", Status: "ongoing", Response: "unknown",
					Responsible: []string{"Financial Management Department"}},
				{Number: "26", Text: "the Office introduce a checklist for the closure of projects.", DueEnd: "2026-12-31",
					Responsible: []string{"Strategic Programming and Management Department"}},
			},
			commitments: 1,
		},
		{
			name: "a lettered recommendation heads numbered points, each with its own response",
			blocks: []textlayer.Block{
				head(1, "EVALUATION RECOMMENDATION B - REINTEGRATION SUPPORT"),
				para(1, "1. Explore the possibilities to ensure reintegration support. This can be done through:"),
				para(1, "a. an appeal to donors."),
				para(1, "2. Tie in the reintegration assistance with community projects."),
				para(2, "Recommendation 1 accepted: this depends on funds."),
				para(2, "Recommendation 2 partially accepted: synergies are expected."),
			},
			want: []recSummary{
				{Number: "B", Text: "REINTEGRATION SUPPORT"},
				{Number: "B.1", Text: "Explore the possibilities to ensure reintegration support. This can be done through: a. an appeal to donors.",
					Parent: "recommendation-B", Response: "accepted"},
				{Number: "B.2", Text: "Tie in the reintegration assistance with community projects.", Parent: "recommendation-B", Response: "partially_accepted"},
			},
		},
		{
			name: "a recommendations chapter of bullets under addressee lines and number | text rows",
			blocks: []textlayer.Block{
				head(40, "RECOMMENDATIONS"),
				head(40, "Relevance"),
				para(40, "For IOM Management:"),
				para(40, "▪ Align the objectives with the SDGs."),
				table(40, 2,
					row(40, false, "▪", "Engage the private sector."),
					spanRow(40, 2, "Efficiency"),
					row(40, false, "For the", "Donor"),
					row(40, false, "▪", "Consider funding a third phase."),
				),
				head(41, "RECOMMANDATIONS CLÉS"),
				table(41, 2,
					row(41, false, "1.", "Améliorer le ciblage ;"),
					row(41, false, "2.", "Renforcer la communication ;"),
				),
				head(42, "LESSONS LEARNED"),
				para(42, "▪ Community studies provided valuable information."),
			},
			want: []recSummary{
				{Text: "Align the objectives with the SDGs.", Responsible: []string{"IOM Management"}},
				{Text: "Engage the private sector.", Responsible: []string{"IOM Management"}},
				{Text: "Consider funding a third phase.", Responsible: []string{"Donor"}},
				{Number: "1", Text: "Améliorer le ciblage ;"},
				{Number: "2", Text: "Renforcer la communication ;"},
			},
		},
		{
			name: "a plain recommendations heading keeps its short subheadings and ends at a section heading",
			blocks: []textlayer.Block{
				head(9, "Recommendations"),
				head(9, "Relevance"),
				para(9, "• Align the objectives with the SDGs."),
				bold(9, "For the Donor:"),
				para(9, "1. Fund a second phase."),
				para(9, "a. with a larger budget."),
				head(10, "Background of the evaluation"),
				para(10, "• The evaluation took place in 2024."),
			},
			want: []recSummary{
				{Text: "Align the objectives with the SDGs."},
				{Number: "1", Text: "Fund a second phase. a. with a larger budget.", Responsible: []string{"Donor"}},
			},
		},
		{
			name: "a response matrix: label cells, a unit cut at its line's end, a response after the fields",
			blocks: []textlayer.Block{
				bold(1, "Evaluation recommendation 1: To maintain a flexible approach."),
				table(1, 2,
					row(1, false, "Recommendation to: Project Management and", "Priority level (1 to 3): 1"),
					row(1, false, "project implementation team", ""),
					spanRow(1, 2, "Management response (Accept/Partially Accept/Reject): Partially accepted. The initial phase of"),
					row(1, false, "engagement has started", "and includes members"),
				),
				para(1, "IOM will monitor the participation of all members."),
				bold(2, "Evaluation recommendation 2: To design a workplan."),
				table(2, 2,
					row(2, true, "Recommendation to:", "Priority level (1 to 3):"),
					row(2, false, "● project management; ● donors ● IOM Offices. Management response (Accept/Partially Accept/Reject)", "2"),
					row(2, false, "Recommendation accepted: funds are sought.", ""),
				),
				head(3, "Management response - reject (Time 1)"),
			},
			want: []recSummary{
				{Number: "1", Text: "To maintain a flexible approach.", Response: "partially_accepted", Priority: "1",
					Responsible: []string{"Project Management", "project implementation team"}},
				{Number: "2", Text: "To design a workplan.", Priority: "2", Response: "not_accepted",
					Responsible: []string{"project management", "donors", "IOM Offices"}},
			},
		},
		{
			name: "a label line without values and the table that gives them, with responses point by point",
			blocks: []textlayer.Block{
				head(4, "EVALUATION RECOMMENDATION D - GENDER AND INCLUSION"),
				para(4, "1. Do not use gender as a blanket justification."),
				para(4, "2. Use the data that are collected."),
				head(4, "Recommendation to: Priority level (1 to 3):"),
				table(4, 3,
					row(4, true, "●", "project management;", "1 -2"),
					row(4, false, "●", "senior management", ""),
					spanRow(4, 3, "Management response (Accept/Partially Accept/Reject)"),
					spanRow(4, 3, "Recommendation 1 accepted: the prioritization is a risk measure."),
					spanRow(4, 3, "Recommendation 2 partially accepted: disaggregation will be done."),
				),
			},
			want: []recSummary{
				{Number: "D", Text: "GENDER AND INCLUSION", Priority: "1 -2", Responsible: []string{"project management", "senior management"}},
				{Number: "D.1", Text: "Do not use gender as a blanket justification.", Parent: "recommendation-D", Response: "accepted",
					Priority: "1 -2", Responsible: []string{"project management", "senior management"}},
				{Number: "D.2", Text: "Use the data that are collected.", Parent: "recommendation-D", Response: "partially_accepted",
					Priority: "1 -2", Responsible: []string{"project management", "senior management"}},
			},
		},
		{
			name: "label lines under numbered paragraphs of a chapter, over a page break",
			blocks: []textlayer.Block{
				head(3, "5. Recommendations"),
				para(3, "1. The Ministry should include the survey in the regular work of the statistics office."),
				para(3, "Responsible units: Ministry of Labour; ILO Country Office"),
				para(3, "Priority: High"),
				para(3, "2. The ILO should complete the productivity study before the next wage round."),
				para(3, "Responsible units: INWORK"),
				para(4, "Priority: Low"),
				head(4, "Annex 1. Terms of reference"),
			},
			want: []recSummary{
				{Number: "1", Text: "The Ministry should include the survey in the regular work of the statistics office.",
					Priority: "High", Responsible: []string{"Ministry of Labour", "ILO Country Office"}},
				{Number: "2", Text: "The ILO should complete the productivity study before the next wage round.",
					Priority: "Low", Responsible: []string{"INWORK"}},
			},
		},
		{
			name: "headed recommendations with labels run into their paragraph (a web page's <br>)",
			blocks: []textlayer.Block{
				head(0, "Recommendations"),
				para(0, "Recommendation 1: Extend the apprenticeship model to two more sectors before the project closes. Addressed to: Project team; SKILLS Priority: High; Timing: short term"),
				para(0, "Recommendation 3 – Train the trainers of the national institute in the new curriculum. (ILO Country Office, SKILLS) Priority: Medium"),
			},
			want: []recSummary{
				{Number: "1", Text: "Extend the apprenticeship model to two more sectors before the project closes.",
					Priority: "High", Responsible: []string{"Project team", "SKILLS"}},
				{Number: "3", Text: "Train the trainers of the national institute in the new curriculum.",
					Priority: "Medium", Responsible: []string{"ILO Country Office", "SKILLS"}},
			},
		},
		{
			name: "a plain 'Recommendation N' line alone heads its paragraph (a web page's <dt>); a sentence naming one does not",
			blocks: []textlayer.Block{
				head(0, "Recommendations"),
				para(0, "Recommendation 1"),
				para(0, "Strengthen the capacity of labour inspectors to detect forced labour. (ILO constituents, ROAP)"),
				para(0, "Recommendation 2"),
				para(0, "Develop a resource mobilization strategy. Priority: Medium | Timing: Medium term"),
				para(0, "Recommendation 2 is addressed to the Office."),
			},
			want: []recSummary{
				{Number: "1", Text: "Strengthen the capacity of labour inspectors to detect forced labour.", Responsible: []string{"ILO constituents", "ROAP"}},
				{Number: "2", Text: "Develop a resource mobilization strategy.", Priority: "Medium"},
			},
		},
		{
			name: "addressees in brackets after the heading's number, before a colon, and R-numbers",
			blocks: []textlayer.Block{
				head(0, "Recommendations"),
				bold(0, "Recommendation 1 (ILO constituents, ROAP): Strengthen the capacity of labour inspectors."),
				head(0, "Recommendations for the Office"),
				para(0, "PARDEV: Develop a resource mobilization strategy for the second phase."),
				head(0, "Recommendations to the Ministry"),
				para(0, "R1. Publish the register of licensed agencies every year."),
			},
			want: []recSummary{
				{Number: "1", Text: "Strengthen the capacity of labour inspectors.", Responsible: []string{"ILO constituents", "ROAP"}},
				{Text: "Develop a resource mobilization strategy for the second phase.", Responsible: []string{"PARDEV"}},
				{Number: "R1", Text: "Publish the register of licensed agencies every year.", Responsible: []string{"Ministry"}},
			},
		},
		{
			name: "a joined chapter 'Conclusions and recommendations': numbered conclusions are no recommendations",
			blocks: []textlayer.Block{
				head(4, "5. Conclusions and recommendations"),
				para(4, "1. The project was relevant to the needs of the constituents and well managed."),
				para(4, "2. Sustainability remains uncertain because no budget was allocated."),
				para(4, "3. The Ministry should allocate a budget line for the survey."),
				para(4, "Management response: Accepted. The Ministry will add the line to the budget by March 2027."),
				head(5, "6. Lessons learned"),
				para(5, "1. Extend nothing."),
			},
			want: []recSummary{
				{Number: "3", Text: "The Ministry should allocate a budget line for the survey."},
			},
			commitments: 1,
		},
		{
			name: "a joined chapter's bulleted and lettered conclusions are no recommendations, as its numbered ones",
			blocks: []textlayer.Block{
				head(4, "Conclusions and recommendations"),
				para(4, "• The project was relevant to the needs of the constituents and well managed."),
				para(4, "• Sustainability remains uncertain because no budget was allocated."),
				para(4, "• The Ministry should allocate a budget line for the survey."),
				para(4, "a) Les partenaires ont été associés dès le début du projet."),
				head(5, "Lessons learned"),
			},
			want: []recSummary{
				{Text: "The Ministry should allocate a budget line for the survey."},
			},
		},
		{
			name: "a joined chapter's numbered section of conclusions ends it until the recommendations' section",
			blocks: []textlayer.Block{
				head(2, "3. Conclusions and recommendations"),
				head(2, "3.1 Conclusions"),
				para(2, "4. The committees should remain the project's focus until it ends."),
				head(2, "3.2 Recommendations"),
				para(2, "5. Move the negotiation training to the ports."),
			},
			want: []recSummary{
				{Number: "5", Text: "Move the negotiation training to the ports."},
			},
		},
		{
			name: "a numbered paragraph's label table; a label met again ends its block",
			blocks: []textlayer.Block{
				head(1, "Recommendations"),
				para(1, "1. The ILO should support the regulator in publishing a register of licensed agencies."),
				table(1, 2,
					row(1, false, "Responsible unit(s)", "MIGRANT; ILO Country Office"),
					row(1, false, "Priority", "High"),
					row(1, false, "2. Future projects should include", "employers in the design of complaint mechanisms. ROAS"),
					row(1, false, "Priority", "Medium"),
				),
			},
			want: []recSummary{
				{Number: "1", Text: "The ILO should support the regulator in publishing a register of licensed agencies.",
					Priority: "High", Responsible: []string{"MIGRANT", "ILO Country Office"}},
			},
		},
		{
			name: "addressees in brackets and labels run into a list item's end (a web page's <br>)",
			blocks: []textlayer.Block{
				head(0, "Recommendations"),
				para(0, "1. Involve workers' organizations from the design stage of any follow-up project. (ILO constituents, ROAP) Priority: High; Timing: short term"),
				para(0, "2. Document the results in a short knowledge product. (Project team)"),
				para(0, "Priority: Low; Timing: long term"),
			},
			want: []recSummary{
				{Number: "1", Text: "Involve workers' organizations from the design stage of any follow-up project.",
					Priority: "High", Responsible: []string{"ILO constituents", "ROAP"}},
				{Number: "2", Text: "Document the results in a short knowledge product.",
					Priority: "Low", Responsible: []string{"Project team"}},
			},
		},
		{
			name: "a key-action table is not the recommendation's own table (case 65)",
			blocks: []textlayer.Block{
				bold(1, "Recommendation 1. Strengthen the evaluation function."),
				para(1, "Management response: Accepted."),
				table(1, 4,
					row(1, true, "Key action", "Time frame", "Responsible unit(s)", "Status"),
					row(1, false, "Update the guidelines", "June 2027", "EVAL", "Ongoing"),
				),
			},
			want: []recSummary{
				{Number: "1", Text: "Strengthen the evaluation function.", Response: "accepted"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := textlayer.Document{Format: "pdf", Blocks: tt.blocks}
			res, err := Detect(context.Background(), &doc, Source{Ref: "in", FileID: "file"})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, summarizeRecs(res.Items)); diff != "" {
				t.Errorf("recommendations (-want +got):\n%s", diff)
			}
			n := 0
			for _, it := range res.Items {
				if it.Kind == normalize.KindCommitment {
					n++
				}
			}
			if n != tt.commitments {
				t.Errorf("%d commitments, want %d", n, tt.commitments)
			}
		})
	}
}

func TestSplitUnitListPeople(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Central Evaluation Division, evaluation managers and RPMEOs,", []string{"Central Evaluation Division", "evaluation managers", "RPMEOs"}},
		{"Project Management and project implementation team", []string{"Project Management", "project implementation team"}},
		{"Management and Administration Department", []string{"Management and Administration Department"}},
	}
	for _, c := range cases {
		if diff := cmp.Diff(c.want, splitUnitList(c.in)); diff != "" {
			t.Errorf("splitUnitList(%q) (-want +got):\n%s", c.in, diff)
		}
	}
}

// FuzzRecommendations feeds lines of any shape, as headings, bold and plain paragraphs, to
// the recommendation finders: no panic, every recommendation numbered or worded, every parent
// an id of the run, and every text made of the input's words.
func FuzzRecommendations(f *testing.F) {
	for _, s := range []string{
		"Recommendation 1.\n1.1. Let the head present it.\n1.2 Give it a panel.\nManagement response: Partially agree.",
		"(a) Recommendation 1: The heads should approve, by June 2027, a plan.\nRecommendation 4 is addressed to the Board.",
		"3. In paragraph 28, the Board recommended that the Office establish a\nreview of contributions.\nDepartment(s) responsible: Treasury and FINANCE Unit",
		"RECOMMENDATIONS\nFor IOM Management:\n▪ Align the objectives.\n8. Develop activities 9. Provide training",
		"EVALUATION RECOMMENDATION A - COMMUNICATION\n1. Communicate better:\na. videos\n5. Perform checks\nRecommendation 1 accepted: yes",
		"Recommendation 9.9:\n9.9 x\n99. y\nRecommendation A\nRecommandation 2 -",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		var blocks []textlayer.Block
		for k, line := range strings.Split(text, "\n") {
			b := textlayer.Block{Kind: textlayer.Paragraph, Page: 1 + k/4, Text: line}
			switch k % 3 {
			case 1:
				b.Kind, b.Bold = textlayer.Heading, true
			case 2:
				b.Bold = true
			}
			blocks = append(blocks, b)
		}
		doc := &textlayer.Document{Format: "pdf", Blocks: blocks}
		res, err := Detect(context.Background(), doc, Source{Ref: "fuzz", FileID: "fuzz"})
		if err != nil {
			t.Fatalf("Detect(%q): %v", text, err)
		}
		// CleanText drops zero-width format characters, which may stand inside a word: an
		// item's words are the input's once those are gone.
		joined := strings.Map(func(r rune) rune {
			if unicode.Is(unicode.Cf, r) {
				return -1
			}
			return r
		}, text)
		ids := map[string]bool{}
		for _, it := range res.Items {
			ids[it.ID] = true
		}
		for _, it := range res.Items {
			if it.Kind != normalize.KindRecommendation {
				continue
			}
			if it.Number == nil && strings.TrimSpace(it.Text) == "" {
				t.Fatalf("Detect(%q): a recommendation with neither number nor words", text)
			}
			if it.Parent != nil && !ids[*it.Parent] {
				t.Fatalf("Detect(%q): parent %q is no item of the run", text, *it.Parent)
			}
			for _, w := range strings.Fields(it.Text) {
				if !strings.Contains(joined, w) {
					t.Fatalf("Detect(%q): word %q of %q is not in the input", text, w, it.Text)
				}
			}
		}
	})
}

// TestWithUnitLines checks that the units column is read in the paragraphs its reader saw, a
// spanning cell before it counted by its span, and that other columns keep their text.
func TestWithUnitLines(t *testing.T) {
	paras := textlayer.Cell{Text: "Division of Information Systems Global Data Service", Span: 1,
		Paras: []string{"Division of\nInformation\nSystems", "Global Data\nService"}}
	tests := []struct {
		name string
		row  textlayer.Row
		col  int
		want []string
	}{
		{"units column in paragraphs", textlayer.Row{Cells: []textlayer.Cell{{Text: "1", Span: 1}, {Text: "Adopt it.", Span: 1, Paras: []string{"Adopt", "it."}}, paras}},
			2, []string{"1", "Adopt it.", "Division of\nInformation\nSystems\n\nGlobal Data\nService"}},
		{"after a spanning cell", textlayer.Row{Cells: []textlayer.Cell{{Text: "1 Adopt it.", Span: 2}, paras}},
			2, []string{"1 Adopt it.", "", "Division of\nInformation\nSystems\n\nGlobal Data\nService"}},
		{"no paragraphs known", textlayer.Row{Cells: []textlayer.Cell{{Text: "1", Span: 1}, {Text: "EVAL, PROGRAM", Span: 1}}},
			1, []string{"1", "EVAL, PROGRAM"}},
		{"no units column", textlayer.Row{Cells: []textlayer.Cell{{Text: "1", Span: 1}, paras}},
			-1, []string{"1", "Division of Information Systems Global Data Service"}},
	}
	for _, tt := range tests {
		got := withUnitLines(expandCells(tt.row, len(tt.want)), tt.row, tt.col)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: withUnitLines (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestRecTableUnitsOneALine checks a recommendation table whose responsible units are printed
// one a line in a PDF cell: each is a unit of its own, and a wrapped name stays one.
func TestRecTableUnitsOneALine(t *testing.T) {
	cell := func(s string, paras ...string) textlayer.Cell {
		return textlayer.Cell{Text: s, Span: 1, Paras: paras}
	}
	doc := &textlayer.Document{Format: "pdf", Blocks: []textlayer.Block{
		{Kind: textlayer.Heading, Page: 1, Text: "5. Recommendations", Bold: true},
		{Kind: textlayer.Table, Page: 1, Table: &textlayer.TableData{Columns: 3, Rows: []textlayer.Row{
			{Page: 1, Header: true, Cells: []textlayer.Cell{cell("No."), cell("Recommendation"), cell("Responsible")}},
			{Page: 1, Cells: []textlayer.Cell{cell("1", "1"), cell("Adopt a corporate data governance framework.", "Adopt a corporate data\ngovernance framework."),
				cell("Division of Information Systems Global Data Service", "Division of\nInformation\nSystems", "Global Data\nService")}},
			{Page: 1, Cells: []textlayer.Cell{cell("2", "2"), cell("Appoint a data focal point in every operation.", "Appoint a data focal point\nin every operation."),
				cell("Division of Human Resources Regional bureaux", "Division of\nHuman\nResources\nRegional\nbureaux")}},
			{Page: 1, Cells: []textlayer.Cell{cell("3", "3"), cell("Set minimum standards for the systems.", "Set minimum standards for\nthe systems."),
				cell("Department of Partnerships and Field Support", "Department of\nPartnerships and\nField Support")}},
		}}},
	}}
	res, err := Detect(context.Background(), doc, Source{Ref: "t", FileID: "t"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"1": {"Division of Information Systems", "Global Data Service"},
		"2": {"Division of Human Resources", "Regional bureaux"},
		"3": {"Department of Partnerships and Field Support"},
	}
	got := map[string][]string{}
	for _, it := range res.Items {
		if it.Kind == normalize.KindRecommendation && it.Number != nil {
			got[*it.Number] = it.Responsible
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("responsible units by recommendation (-want +got):\n%s", diff)
	}
}
