package items

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gbtrack/extract/textlayer"
)

func TestIsDirective(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"imperative", "Shorten the time between counselling and the payment of grants.", true},
		{"imperative, noun-like verb", "Budget coaching for at least six months after each placement.", true},
		{"French infinitive", "Inscrire au budget national une ligne pour la maintenance.", true},
		{"modal", "The ministry should keep trained staff in the data unit for two years.", true},
		{"French modal", "Le ministère devrait nommer un responsable de la formation.", true},
		{"finding: plural subject", "Returnees valued the reception assistance at the border.", false},
		{"finding: participle second", "Staff trained by the project have moved to other posts.", false},
		{"finding: article", "The project spent less than planned on coaching after placement.", false},
		{"lead-in", "The evaluation makes the following recommendations:", false},
		{"question", "How did workers learn about job offers abroad?", false},
		{"modal only after the first sentence", "The recommendations summarized here are detailed below. Each is an action that IOM should undertake.", false},
		{"finding: a noun of state opens it", "Sustainability remains uncertain because no budget was allocated.", false},
		{"imperative ending like a noun", "Implement the registration campaign in the two northern provinces.", true},
		{"acronym subject", "IOM reached more women than planned in all districts.", false},
		{"too short", "Act now.", false},
		{"committee recommends", "The Committee recommends that the Government fund a mentoring service by 1 July 2027.", true},
		{"we recommend", "We recommend that HSE set out in its next business plan how it will inspect platforms.", true},
		{"French committee recommends", "Le Comité recommande que le Gouvernement publie un rapport annuel.", true},
		{"French team recommends", "L'équipe d'évaluation recommande que le Bureau forme les inspecteurs.", true},
		{"French evaluation recommends", "Cette évaluation recommande de former les inspecteurs.", true},
		{"a recommendation reported in the past", "The Board recommended that UNICEF update its guidance on partners.", false},
		{"a conclusion", "The absence of data on injuries makes it impossible to judge the scale of the problem.", false},
	}
	for _, tt := range tests {
		if got := isDirective(tt.in); got != tt.want {
			t.Errorf("%s: isDirective(%q) = %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestRecommendationChapterForms(t *testing.T) {
	tests := []struct {
		name   string
		blocks []textlayer.Block
		want   []recSummary
	}{
		{
			name: "bullets lost by the text layer, under addressee headings",
			blocks: []textlayer.Block{
				head(1, "RECOMMENDATIONS"),
				head(1, "For IOM Management:"),
				para(1, "Shorten the time between counselling and the payment of grants."),
				para(1, "Recruit a psychosocial officer in each field office."),
				head(1, "For the donor:"),
				para(1, "Allow funds to be moved between budget lines."),
				head(1, "ANNEXES"),
				para(1, "Annex 1: Terms of reference for the evaluation team."),
			},
			want: []recSummary{
				{Text: "Shorten the time between counselling and the payment of grants.", Responsible: []string{"IOM Management"}},
				{Text: "Recruit a psychosocial officer in each field office.", Responsible: []string{"IOM Management"}},
				{Text: "Allow funds to be moved between budget lines.", Responsible: []string{"donor"}},
			},
		},
		{
			name: "numbered headlines set as headings, each elaborated by a plain paragraph",
			blocks: []textlayer.Block{
				head(1, "Key recommendations"),
				head(1, "1. Accredit the two remaining courses with the training authorities"),
				para(1, "The Office should support the centres in preparing the files by mid-2026."),
				head(1, "2. Link every course to a work placement with an employer"),
				para(1, "Placements were the strongest predictor of a job."),
				head(1, "3. Lessons learned from the pilot phase"),
				para(1, "Projects should budget for placements from the start."),
			},
			want: []recSummary{
				{Number: "1", Text: "Accredit the two remaining courses with the training authorities The Office should support the centres in preparing the files by mid-2026.", DueEnd: "2026-06-30"},
				{Number: "2", Text: "Link every course to a work placement with an employer Placements were the strongest predictor of a job."},
			},
		},
		{
			name: "the annexes that follow without the word 'Annex' end the chapter",
			blocks: []textlayer.Block{
				head(1, "Recommandations"),
				para(1, "1. Rendre obligatoire la tenue d'un registre des accidents."),
				head(1, "Principaux enseignements"),
				para(1, "• Un projet de ce type devrait associer les chefs de puits."),
				head(1, "Evaluation questions"),
				para(1, "1. To what extent did the project reduce accidents?"),
				head(1, "People met"),
				para(1, "• Director of mines, Ministry of Mines"),
			},
			want: []recSummary{
				{Number: "1", Text: "Rendre obligatoire la tenue d'un registre des accidents."},
			},
		},
		{
			name: "a numbered paragraph about the recommendations introduces them",
			blocks: []textlayer.Block{
				head(1, "III. Recommendations"),
				para(1, "24. The evaluation makes the following four recommendations, which should be read with the conclusions."),
				para(1, "25. The Office should publish every diagnostic study in the national language."),
				para(1, "26. The Office should follow up the recommendations of the 2019 audit."),
			},
			want: []recSummary{
				{Number: "25", Text: "The Office should publish every diagnostic study in the national language."},
				{Number: "26", Text: "The Office should follow up the recommendations of the 2019 audit."},
			},
		},
		{
			name: "conclusions and recommendations in one list: the entries that recommend, without their paragraph references",
			blocks: []textlayer.Block{
				head(1, "Conclusions and recommendations"),
				para(1, "1. The absence of data on injuries to platform workers makes it impossible to judge the scale of the problem. (Paragraph 4)"),
				para(1, "2. We recommend that the Government amend the reporting regulations by the end of 2026. (Paragraph 5)"),
				para(1, "3. The Committee recommends that HSE publish a code of practice on work by algorithm. (Paragraphs 7 and 8)"),
				head(1, "Formal minutes"),
				para(1, "Draft Report, proposed by the Chair, brought up and read."),
			},
			want: []recSummary{
				{Number: "2", Text: "We recommend that the Government amend the reporting regulations by the end of 2026.", DueEnd: "2026-12-31"},
				{Number: "3", Text: "The Committee recommends that HSE publish a code of practice on work by algorithm."},
			},
		},
		{
			name: "conclusions and recommendations over a recommendations subsection: the conclusions' advice is none",
			blocks: []textlayer.Block{
				head(1, "3. Conclusions and recommendations"),
				head(1, "3.1 Conclusions"),
				para(1, "4. The committees are the project's main achievement and should be its focus until it ends."),
				head(1, "3.2 Recommendations"),
				para(1, "5. Move the negotiation training to the ports."),
			},
			want: []recSummary{
				{Number: "5", Text: "Move the negotiation training to the ports."},
			},
		},
		{
			name: "French conclusions and recommendations",
			blocks: []textlayer.Block{
				head(1, "Conclusions et recommandations"),
				para(1, "1. Le nombre d'inspecteurs a baissé de dix pour cent depuis 2019."),
				para(1, "2. Le Comité recommande que le Gouvernement recrute cent inspecteurs d'ici à la fin de 2027."),
			},
			want: []recSummary{
				{Number: "2", Text: "Le Comité recommande que le Gouvernement recrute cent inspecteurs d'ici à la fin de 2027.", DueEnd: "2027-12-31"},
			},
		},
		{
			name: "a committee's recommending paragraphs in the body, cut by a change of style",
			blocks: []textlayer.Block{
				head(1, "2 Risks and reporting"),
				para(1, "4. Injuries to platform workers are not recorded in a consistent way."),
				para(1, "5. We recommend that the Government amend the reporting regulations so that"),
				para(1, "platform operators must report serious injuries, and that it do so by the end of 2026."),
				para(1, "6. Witnesses told us that the algorithms recommend that workers accept every job."),
				para(1, "7. We recommend the following changes to the regulations:"),
			},
			want: []recSummary{
				{Text: "We recommend that the Government amend the reporting regulations so that platform operators must report serious injuries, and that it do so by the end of 2026.", DueEnd: "2026-12-31"},
			},
		},
		{
			name: "a numbered question is no recommendation",
			blocks: []textlayer.Block{
				head(1, "Recommendations"),
				para(1, "1. Should the programme be extended to the other ports?"),
				para(1, "2. Extend the programme to the other ports."),
			},
			want: []recSummary{
				{Number: "2", Text: "Extend the programme to the other ports."},
			},
		},
		{
			name: "a numbered chapter's next chapter is no headline",
			blocks: []textlayer.Block{
				head(1, "6. Recommendations"),
				para(1, "1. Obtain a written agreement on the sharing of accident data."),
				head(1, "7. Support the annexes with tables"),
				para(1, "Five recommendations are made in the summary."),
			},
			want: []recSummary{
				{Number: "1", Text: "Obtain a written agreement on the sharing of accident data."},
			},
		},
		{
			name: "a lettered list under a French addressee",
			blocks: []textlayer.Block{
				head(1, "Recommandations"),
				head(1, "À l'attention de l'OIM :"),
				para(1, "a. Élaborer un plan de transfert des bases de données."),
				para(1, "b. Partager les leçons du projet avec les pays voisins."),
			},
			want: []recSummary{
				{Number: "a", Text: "Élaborer un plan de transfert des bases de données.", Responsible: []string{"OIM"}},
				{Number: "b", Text: "Partager les leçons du projet avec les pays voisins.", Responsible: []string{"OIM"}},
			},
		},
		{
			name: "a label after each finding and an inline label after a lesson",
			blocks: []textlayer.Block{
				head(1, "Finding 1"),
				para(1, "The statistics office publishes a yearly profile from a single source."),
				head(1, "RECOMMENDATION:"),
				para(1, "The statistics office should add border records to the profile."),
				head(1, "Finding 2"),
				para(1, "Staff trained by the project have moved to other posts."),
				head(1, "Lesson learned 3"),
				para(1, "Agreements take long to sign. Recommendation: Future projects should negotiate agreements early."),
			},
			want: []recSummary{
				{Text: "The statistics office should add border records to the profile."},
				{Text: "Future projects should negotiate agreements early."},
			},
		},
		{
			name: "criterion subheadings over bullets the text layer lost",
			blocks: []textlayer.Block{
				head(1, "Recommendations"),
				para(1, "The recommendations below are grouped by evaluation criterion."),
				head(1, "Relevance"),
				para(1, "Update the list of evacuation centres every year."),
				head(1, "Sustainability"),
				para(1, "The provincial offices should take over the training."),
				para(1, "These recommendations were presented to the board in June 2025."),
				head(1, "Annexes"),
			},
			want: []recSummary{
				{Text: "Update the list of evacuation centres every year."},
				{Text: "The provincial offices should take over the training."},
			},
		},
		{
			name: "a roman-numbered list after a lead-in",
			blocks: []textlayer.Block{
				head(1, "2. Recommendations"),
				para(1, "It is recommended that the project:"),
				para(1, "i. Set a minimum length of six weeks for each assignment."),
				para(1, "ii. Keep a roster of professionals willing to return."),
				head(1, "3. Lessons learned"),
				para(1, "Lesson 1: Short assignments are easier to organise."),
			},
			want: []recSummary{
				{Number: "i", Text: "Set a minimum length of six weeks for each assignment."},
				{Number: "ii", Text: "Keep a roster of professionals willing to return."},
			},
		},
		{
			name: "a level column beside a recommendations column, in French",
			blocks: []textlayer.Block{
				head(1, "5. Recommandations"),
				table(1, 2,
					row(1, true, "Niveau", "Recommandations"),
					row(1, false, "Stratégique", "1. Intégrer la migration dans la stratégie pour l'emploi."),
					row(1, false, "", "2. Créer un comité de pilotage."),
					row(1, false, "Opérationnel", "3. Publier la liste des agences agréées."),
				),
				head(1, "6. Conclusion"),
			},
			want: []recSummary{
				{Number: "1", Text: "Intégrer la migration dans la stratégie pour l'emploi."},
				{Number: "2", Text: "Créer un comité de pilotage."},
				{Number: "3", Text: "Publier la liste des agences agréées."},
			},
		},
		{
			name: "plain paragraphs after numbered recommendations elaborate them",
			blocks: []textlayer.Block{
				head(1, "Recommendations"),
				para(1, "The recommendations below are addressed to IOM. Each should be acted on."),
				para(1, "1. Keep promoting the use of the report templates."),
				para(1, "Make their use mandatory in all offices."),
			},
			want: []recSummary{
				{Number: "1", Text: "Keep promoting the use of the report templates."},
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
		})
	}
}
