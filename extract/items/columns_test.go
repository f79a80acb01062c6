package items

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

func TestColumnRole(t *testing.T) {
	tests := []struct {
		head string
		want colRole
	}{
		{"Action", roleText},
		{"Rec. no.", roleNumber},
		{"Recommendation No.", roleNumber},
		{"N°", roleNumber},
		{"Para. no.", roleNumber},
		{"Action no.", roleNumber},
		{"No. of staff trained", roleOther},
		{"Critical¹/ Important²", rolePriority},
		{"Title of responsible individual", roleUnits},
		{"Accepted? (Yes/No)", roleResponse},
		{"Key action(s)", roleText},
		{"Output", roleText},
		{"Agreed action and risk rating", roleText},
		{"Elements for action", roleText},
		{"Action(s) clé(s)", roleText},
		{"Issues to be addressed", roleIssue},
		{"Recommendation", roleRec},
		{"Recommandation", roleRec},
		{"Responsible unit(s)", roleUnits},
		{"Lead unit(s)", roleUnits},
		{"By whom", roleUnits},
		{"Responsible individual or unit(s)", roleUnits},
		{"Responsable(s)", roleUnits},
		{"Due by", roleDue},
		{"Target date", roleDue},
		{"Time frame", roleDue},
		{"Timeframe or deadline", roleDue},
		{"Anticipated timeframe", roleDue},
		{"Expected completion date", roleDue},
		{"By when", roleDue},
		{"Échéance", roleDue},
		{"Calendrier", roleDue},
		{"Status", roleStatus},
		{"Status at September 2026", roleStatus},
		{"Progress to date", roleStatus},
		{"Implementation stage", roleStatus},
		{"Implementation monitoring Comments or Status action taken", roleStatus},
		{"Statut", roleStatus},
		{"État d'avancement", roleStatus},
		{"Priority", rolePriority},
		{"Priority level (1 to 3)", rolePriority},
		{"Management response", roleResponse},
		{"Réponse de la direction", roleResponse},
		{"Comments", roleComments},
		{"Remarks", roleComments},
		{"Time implication", roleTimeImpl},
		{"Resource implication", roleResource},
		{"No.", roleNumber},
		{"#", roleNumber},
		{"Para.", roleNumber},
		{"Paragraph", roleNumber},
		{"Supporting documents", roleOther},
		{"How addressed in Phase II", roleStatus},
		{"Implementation stage: Not started In progress Completed Cancelled", roleStatus},
		{"COMMENTS Limitations: due to the methods, due to the context", roleComments},
		{"Delays due to funding", roleOther},
		{"Recommendation to: Project Management and", roleUnits},
	}
	for _, tt := range tests {
		if got := columnRole(tt.head); got != tt.want {
			t.Errorf("columnRole(%q) = %d, want %d", tt.head, got, tt.want)
		}
	}
}

func TestTableResponse(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Agree.", normalize.ResponseAccepted},
		{"Accepted. The Office will ...", normalize.ResponseAccepted},
		{"Partially agree.", normalize.ResponsePartiallyAccepted},
		{"Partiellement acceptée", normalize.ResponsePartiallyAccepted},
		{"Rejected. This is already in place.", normalize.ResponseNotAccepted},
		{"Not accepted", normalize.ResponseNotAccepted},
		{"Noted", normalize.ResponseUnknown},
		{"Yes", normalize.ResponseAccepted},
		{"No", normalize.ResponseNotAccepted},
		{"Oui", normalize.ResponseAccepted},
		{"Non.", normalize.ResponseNotAccepted},
		{"Not supported", normalize.ResponseNotAccepted},
	}
	for _, tt := range tests {
		if got := tableResponse(tt.in); got == nil || got.Value != tt.want {
			t.Errorf("tableResponse(%q) = %v, want %s", tt.in, got, tt.want)
		}
	}
	if got := tableResponse("  "); got != nil {
		t.Errorf("tableResponse(blank) = %v, want nil", got)
	}
}

// tableItem is the part of an item the table tests check.
type tableItem struct {
	Kind, Number, Text, DueEnd, Status, Priority, Response, Parent, TimeImpl string
	Responsible                                                              []string
}

func TestActionTables(t *testing.T) {
	tests := []struct {
		name   string
		blocks []textlayer.Block
		want   []tableItem
	}{
		{
			name: "recommendation rows spanning a response matrix, with their key actions",
			blocks: []textlayer.Block{table(2, 4,
				row(2, true, "Action", "Responsible unit(s)", "Expected completion date", "Implementation stage"),
				spanRow(2, 4, "Evaluation recommendation 1: Make apprenticeships the frame of the skills outcome. Management response: Agree."),
				row(2, false, "The proposals will include a results framework.", "Programme Design Service (PRODES)", "June 2027", "In progress"),
				spanRow(2, 4, "Evaluation recommendation 2: Strengthen the social partners. Management response: Partially agree."),
				row(2, false, "A guide will be published.", "Employers' Liaison Unit, Workers' Liaison Unit", "March 2027", "Not started"),
			)},
			want: []tableItem{
				{Kind: "recommendation", Number: "1", Text: "Make apprenticeships the frame of the skills outcome.", Response: "accepted"},
				{Kind: "action_item", Text: "The proposals will include a results framework.", DueEnd: "2027-06-30", Status: "ongoing",
					Responsible: []string{"Programme Design Service (PRODES)"}, Parent: "recommendation-1"},
				{Kind: "recommendation", Number: "2", Text: "Strengthen the social partners.", Response: "partially_accepted"},
				{Kind: "action_item", Text: "A guide will be published.", DueEnd: "2027-03-31", Status: "not_started",
					Responsible: []string{"Employers' Liaison Unit", "Workers' Liaison Unit"}, Parent: "recommendation-2"},
			},
		},
		{
			name: "a numbered recommendation table with follow-up columns in a recommendations chapter is read through its columns",
			blocks: []textlayer.Block{
				{Kind: textlayer.Heading, Page: 4, Text: "5. Recommendations"},
				para(4, "The recommendations below respond to the findings."),
				table(4, 5,
					row(4, true, "No.", "Recommendation", "Responsible", "Deadline", "Priority"),
					row(4, false, "1", "Adopt a data governance framework.", "Global Data Service", "Q3 2020", "High"),
					row(4, false, "2", "Appoint a data focal point in every operation.", "Division of Human Resources", "End of Q1 2021", "Medium"),
				),
			},
			want: []tableItem{
				{Kind: "recommendation", Number: "1", Text: "Adopt a data governance framework.", DueEnd: "2020-09-30",
					Responsible: []string{"Global Data Service"}, Priority: "High"},
				{Kind: "recommendation", Number: "2", Text: "Appoint a data focal point in every operation.", DueEnd: "2021-03-31",
					Responsible: []string{"Division of Human Resources"}, Priority: "Medium"},
			},
		},
		{
			name: "French recommendations numbered R1. with addressees, priority and a quarter as deadline",
			blocks: []textlayer.Block{table(3, 4,
				row(3, true, "Recommandations", "Destinataires / Responsables", "Priorité", "Délai"),
				row(3, false, "R1. Mettre en place un dispositif de suivi des jeunes formés.", "Bureau de pays", "Élevée", "T2 2022"),
				row(3, false, "R2. Organiser un atelier de capitalisation.", "Bureau régional", "Faible", "T1 2023"),
			)},
			want: []tableItem{
				{Kind: "recommendation", Number: "R1", Text: "Mettre en place un dispositif de suivi des jeunes formés.", DueEnd: "2022-06-30",
					Responsible: []string{"Bureau de pays"}, Priority: "Élevée"},
				{Kind: "recommendation", Number: "R2", Text: "Organiser un atelier de capitalisation.", DueEnd: "2023-03-31",
					Responsible: []string{"Bureau régional"}, Priority: "Faible"},
			},
		},
		{
			name: "a Board of Auditors status annex: the status is the header of the column its row marks",
			blocks: []textlayer.Block{table(7, 8,
				row(7, true, "No.", "Recommendation of the Board", "Management response", "Status after verification", "", "", ""),
				row(7, true, "", "", "", "Implemented", "Under implementation", "Not implemented", "Overtaken by events"),
				row(7, false, "1", "Review the allocation of indirect costs to trust funds.", "Reviewed and disclosed.", "x", "", "", ""),
				row(7, false, "2", "Establish a plan to reduce the backlog of obligations.", "In preparation.", "", "", "X", ""),
				row(7, false, "3", "Complete the replacement of the payroll system.", "Cancelled.", "", "", "", "✓"),
				row(7, false, "Total", "", "", "1", "0", "1", "1"),
			)},
			want: []tableItem{
				{Kind: "recommendation", Number: "1", Text: "Review the allocation of indirect costs to trust funds.", Status: "completed", Response: "unknown"},
				{Kind: "recommendation", Number: "2", Text: "Establish a plan to reduce the backlog of obligations.", Status: "not_started", Response: "unknown"},
				{Kind: "recommendation", Number: "3", Text: "Complete the replacement of the payroll system.", Status: "cancelled", Response: "unknown"},
			},
		},
		{
			name: "columns headed by statuses whose cells are words are no marks",
			blocks: []textlayer.Block{table(7, 4,
				row(7, true, "Recommendation", "Completed", "Ongoing", "Target date"),
				row(7, false, "Review the allocation of indirect costs.", "Part one", "Part two", "June 2026"),
			)},
			want: []tableItem{
				{Kind: "recommendation", Text: "Review the allocation of indirect costs.", DueEnd: "2026-06-30"},
			},
		},
		{
			name: "a two-column numbered list of recommendations outside any recommendations chapter",
			blocks: []textlayer.Block{table(6, 2,
				row(6, true, "N°", "Recommandation"),
				row(6, false, "1", "Le projet devrait mettre en place un dispositif de suivi."),
				row(6, false, "2", "Le Bureau de pays devrait associer les services de l'emploi."),
			)},
			want: []tableItem{
				{Kind: "recommendation", Number: "1", Text: "Le projet devrait mettre en place un dispositif de suivi."},
				{Kind: "recommendation", Number: "2", Text: "Le Bureau de pays devrait associer les services de l'emploi."},
			},
		},
		{
			name: "a key-action table after its recommendation is read as actions, not as the recommendation's fields",
			blocks: []textlayer.Block{
				para(1, "Recommendation 1. Bring the publications together in one repository."),
				table(1, 5,
					row(1, true, "Key action", "Time frame", "Responsible unit(s)", "Status", "Comments"),
					row(1, false, "Select a repository platform", "June 2027", "Library and Archives Unit (LAU)", "Ongoing", ""),
					row(1, false, "Add the project reports", "December 2027", "LAU", "Not started", ""),
				),
			},
			want: []tableItem{
				{Kind: "recommendation", Number: "1", Text: "Bring the publications together in one repository."},
				{Kind: "action_item", Text: "Select a repository platform", DueEnd: "2027-06-30", Status: "ongoing",
					Responsible: []string{"Library and Archives Unit (LAU)"}, Parent: "recommendation-1"},
				{Kind: "action_item", Text: "Add the project reports", DueEnd: "2027-12-31", Status: "not_started",
					Responsible: []string{"LAU"}, Parent: "recommendation-1"},
			},
		},
		{
			name: "an audit status table: due date from the status narrative, priority from the title",
			blocks: []textlayer.Block{table(1, 2,
				row(1, true, "Agreed action and risk rating", "Status at September 2026"),
				row(1, false, "1. Governance arrangements [high priority]: Management agreed to set out the roles.",
					"The directive has been delayed by the reorganization. The revised implementation date is 31 March 2027."),
				row(1, false, "2. Cost recovery [medium priority]: Management agreed to define a policy.",
					"A model was tested. Work is ongoing. The revised target date is 30 June 2027."),
				row(1, false, "3. Staffing [medium priority]: Management agreed to align the posts.", "See item above."),
				row(1, false, "4. Assets [low priority]: Management agreed to count the assets.", "See item 1 above."),
			)},
			want: []tableItem{
				{Kind: "action_item", Number: "1", Text: "Governance arrangements [high priority]: Management agreed to set out the roles.",
					DueEnd: "2027-03-31", Status: "delayed", Priority: "High"},
				{Kind: "action_item", Number: "2", Text: "Cost recovery [medium priority]: Management agreed to define a policy.",
					DueEnd: "2027-06-30", Status: "ongoing", Priority: "Medium"},
				{Kind: "action_item", Number: "3", Text: "Staffing [medium priority]: Management agreed to align the posts.",
					DueEnd: "2027-06-30", Status: "ongoing", Priority: "Medium"},
				{Kind: "action_item", Number: "4", Text: "Assets [low priority]: Management agreed to count the assets.",
					DueEnd: "2027-03-31", Status: "delayed", Priority: "Low"},
			},
		},
		{
			name: "an evaluation's work plan under its title is the evaluators' calendar, not actions",
			blocks: []textlayer.Block{
				head(2, "Work plan of the evaluation"),
				table(2, 3,
					row(2, true, "Tasks", "Timeframe", "Deliverable"),
					row(2, false, "Review of the documents", "May 2023", "Note to the manager"),
					row(2, false, "Interviews in the provinces", "By 30 June 2023", "Summary of interviews"),
				),
			},
			want: nil,
		},
		{
			name: "a table whose rows name an evaluation's stages is its calendar wherever it stands",
			blocks: []textlayer.Block{table(3, 3,
				row(3, true, "Activity", "Timeline", "Output"),
				row(3, false, "Desk review", "Weeks 1-2", "Inception report"),
				row(3, false, "Field mission", "July 2024", "Debriefing"),
				row(3, false, "Drafting", "By 30 August 2024", "Draft report"),
			)},
			want: nil,
		},
		{
			name: "key-action cells that say 'not applicable' give no item",
			blocks: []textlayer.Block{table(1, 4,
				row(1, true, "Recommandation", "Réponse de la direction", "Actions clés", "Calendrier"),
				row(1, false, "Recommandation 3 : Financer des microcrédits.", "Rejetée", "Sans objet", "Sans objet"),
			)},
			want: []tableItem{
				{Kind: "recommendation", Number: "3", Text: "Financer des microcrédits.", Response: "not_accepted"},
			},
		},
		{
			name: "a unit named alone by its abbreviation is known: a cell that joins it to a name splits",
			blocks: []textlayer.Block{table(1, 3,
				row(1, true, "Recommended actions", "Responsible", "Anticipated timeframe"),
				row(1, false, "Review the fee policy", "SET", "Complete by Q4 2019"),
				row(1, false, "Host the course in two regions", "SET Regional Office for Latin America", "N/A"),
			)},
			want: []tableItem{
				{Kind: "action_item", Text: "Review the fee policy", DueEnd: "2019-12-31", Responsible: []string{"SET"}},
				{Kind: "action_item", Text: "Host the course in two regions", Responsible: []string{"SET", "Regional Office for Latin America"}},
			},
		},
		{
			name: "a header printed again in the body with its lines cut elsewhere is no row",
			blocks: []textlayer.Block{table(1, 3,
				row(1, true, "Key actions", "Timeframe or", "Responsible"),
				row(1, false, "Draft the plan", "Q2 2027", "Project team"),
				row(1, false, "Key actions", "Timeframe or deadline", "Responsible unit(s)"),
				row(1, false, "Plan the visits", "Q4 2027", "Project team"),
			)},
			want: []tableItem{
				{Kind: "action_item", Text: "Draft the plan", DueEnd: "2027-06-30", Responsible: []string{"Project team"}},
				{Kind: "action_item", Text: "Plan the visits", DueEnd: "2027-12-31", Responsible: []string{"Project team"}},
			},
		},
		{
			name: "a row of template instructions is no action",
			blocks: []textlayer.Block{table(1, 4,
				row(1, true, "Key action(s)", "Time frame", "Responsible unit(s)", "Status"),
				row(1, false, "List the actions that respond to the recommendation", "Give an end date", "Name the lead unit", "Do not complete this column"),
				row(1, false, "Name the focal points of each office", "Q1 2027", "Country Office", "Ongoing"),
			)},
			want: []tableItem{
				{Kind: "action_item", Text: "Name the focal points of each office", DueEnd: "2027-03-31", Status: "ongoing", Responsible: []string{"Country Office"}},
			},
		},
		{
			name: "a headerless table after page furniture continues the action table above, under its recommendation",
			blocks: []textlayer.Block{
				para(1, "Evaluation recommendation 2: Involve the social partners in the training."),
				table(1, 3,
					row(1, true, "Key action(s)", "Time frame", "Responsible unit(s)"),
					row(1, false, "2.1 Invite the social partners to review the curriculum", "Q4 2026", "Skills Branch"),
				),
				para(1, "Page 1 of 2"),
				table(2, 3,
					row(2, false, "2.2 Publish a guidance note on fair recruitment", "Q1 2027", "Employment Policy Department"),
				),
			},
			want: []tableItem{
				{Kind: "recommendation", Number: "2", Text: "Involve the social partners in the training."},
				{Kind: "action_item", Number: "2.1", Text: "Invite the social partners to review the curriculum", DueEnd: "2026-12-31",
					Responsible: []string{"Skills Branch"}, Parent: "recommendation-2"},
				{Kind: "action_item", Number: "2.2", Text: "Publish a guidance note on fair recruitment", DueEnd: "2027-03-31",
					Responsible: []string{"Employment Policy Department"}, Parent: "recommendation-2"},
			},
		},
		{
			name: "a header table whose group column names its sub-columns on a second line heads the table below it",
			blocks: []textlayer.Block{
				para(2, "Recommendation 6. Open a peer network of focal points."),
				table(2, 4,
					row(2, true, "Key action(s)", "Timeline", "Lead unit(s)", "Follow-up"),
					row(2, false, "", "", "", "Status Remarks"),
				),
				table(2, 5,
					row(2, true, "Launch the peer network of", "December", "EVS", "Ongoing", "Workspace"),
					row(2, false, "focal points, with a shared workspace", "2026", "", "", "opened"),
				),
			},
			want: []tableItem{
				{Kind: "recommendation", Number: "6", Text: "Open a peer network of focal points."},
				{Kind: "action_item", Text: "Launch the peer network of focal points, with a shared workspace", DueEnd: "2026-12-31",
					Status: "ongoing", Responsible: []string{"EVS"}, Parent: "recommendation-6"},
			},
		},
		{
			name: "a headerless number | text | status table",
			blocks: []textlayer.Block{table(4, 3,
				row(4, false, "1.", "Publish the survey of member States", "Completed"),
				row(4, false, "2.", "Train the regional staff", "Ongoing"),
				row(4, false, "3.", "Revise the guidelines", "Not started"),
			)},
			want: []tableItem{
				{Kind: "action_item", Number: "1", Text: "Publish the survey of member States", Status: "completed"},
				{Kind: "action_item", Number: "2", Text: "Train the regional staff", Status: "ongoing"},
				{Kind: "action_item", Number: "3", Text: "Revise the guidelines", Status: "not_started"},
			},
		},
		{
			name: "template instructions are neither statuses nor texts",
			blocks: []textlayer.Block{table(1, 3,
				row(1, true, "Action", "Deadline", "Status (to be completed by the unit)"),
				row(1, false, "Review the policy", "End 2026", "Do not complete this column"),
			)},
			want: []tableItem{
				{Kind: "action_item", Text: "Review the policy", DueEnd: "2026-12-31"},
			},
		},
		{
			name: "rows cut by a page break or a wrapped line continue the row above",
			blocks: []textlayer.Block{table(1, 4,
				row(1, true, "No.", "Action", "Timeline", "Status"),
				row(1, false, "3", "Action 3: Support to the national", "By September 2027", "Completed"),
				row(2, false, "", "inspectorate, with a report.", "", ""),
				row(2, false, "4", "Action 4: Train the inspectors", "By December 2027", "Not started"),
			), table(3, 3,
				row(3, true, "Key action(s)", "Timeline", "Lead unit(s)"),
				row(3, false, "Review the indicators of the results", "March 2027", "Programme Design Service"),
				row(3, false, "framework and propose a shorter list", "", "(PRODES)"),
			)},
			want: []tableItem{
				{Kind: "action_item", Number: "3", Text: "Action 3: Support to the national inspectorate, with a report.", DueEnd: "2027-09-30", Status: "completed"},
				{Kind: "action_item", Number: "4", Text: "Action 4: Train the inspectors", DueEnd: "2027-12-31", Status: "not_started"},
				{Kind: "action_item", Text: "Review the indicators of the results framework and propose a shorter list", DueEnd: "2027-03-31",
					Responsible: []string{"Programme Design Service (PRODES)"}},
			},
		},
		{
			name: "a recommendation's points and response over rows of their own; the action's lead dropped",
			blocks: []textlayer.Block{table(3, 4,
				row(3, true, "Action", "Responsible unit(s)", "Expected completion date", "Implementation stage"),
				spanRow(3, 4, "Evaluation recommendation 3: Strengthen the data on injuries. Subrecommendations include:"),
				spanRow(3, 4, "(a) Support national statistical offices; and"),
				spanRow(3, 4, "Management response: Partially agree. Within current resources."),
				row(3, false, "Response to point (a): A technical note will be published.", "Data and Statistics Hub (DSH)", "June 2027", "Not started"),
				spanRow(3, 4, "Part II -- Funding"),
				row(3, false, "Response to the second part: A funding proposal will be presented.", "PDESK", "December 2027", "Not started"),
			)},
			want: []tableItem{
				{Kind: "recommendation", Number: "3", Text: "Strengthen the data on injuries. Subrecommendations include: (a) Support national statistical offices; and",
					Response: "partially_accepted"},
				{Kind: "action_item", Text: "A technical note will be published.", DueEnd: "2027-06-30", Status: "not_started",
					Responsible: []string{"Data and Statistics Hub (DSH)"}, Parent: "recommendation-3"},
				{Kind: "action_item", Text: "A funding proposal will be presented.", DueEnd: "2027-12-31", Status: "not_started",
					Responsible: []string{"PDESK"}, Parent: "recommendation-3"},
			},
		},
		{
			name: "a recommendations table with a time frame and a status: recommendations with their fields",
			blocks: []textlayer.Block{table(6, 4,
				row(6, true, "Recommendation", "Responsible unit", "Timeframe", "Status"),
				row(6, false, "1. Keep promoting the templates", "Central Evaluation Division", "Short term", "Open"),
				row(6, false, "2. Build capacity", "Regional offices", "By end 2026", "Discarded"),
			)},
			want: []tableItem{
				{Kind: "recommendation", Number: "1", Text: "Keep promoting the templates", Status: "ongoing", TimeImpl: "Short term", Responsible: []string{"Central Evaluation Division"}},
				{Kind: "recommendation", Number: "2", Text: "Build capacity", DueEnd: "2026-12-31", Status: "cancelled", Responsible: []string{"Regional offices"}},
			},
		},
		{
			name: "in a table of numbered actions an unnumbered row continues the row above; a group row does not",
			blocks: []textlayer.Block{table(1, 2,
				row(1, true, "Agreed action and risk rating", "Status at September 2026"),
				spanRow(1, 2, "Component 1: Consultants"),
				row(1, false, "6. Performance evaluation [medium priority]:", "Delayed. The revised implementation date is 30 April 2027."),
				row(1, false, "Management agreed to make the evaluation a condition of payment.", ""),
				spanRow(1, 2, "Component 2: Spending"),
				row(1, false, "7. Data on spending [medium priority]:", "Ongoing. The revised implementation date is 31 December 2026."),
			)},
			want: []tableItem{
				{Kind: "action_item", Number: "6", Text: "Performance evaluation [medium priority]: Management agreed to make the evaluation a condition of payment.",
					DueEnd: "2027-04-30", Status: "delayed", Priority: "Medium"},
				{Kind: "action_item", Number: "7", Text: "Data on spending [medium priority]:", DueEnd: "2026-12-31", Status: "ongoing", Priority: "Medium"},
			},
		},
		{
			name: "a recommendation heading taken into the table above keeps the words after the table",
			blocks: []textlayer.Block{
				para(1, "Recommendation 3. Simplify the indicators."),
				table(1, 3,
					row(1, true, "Key action(s)", "Timeline", "Lead unit(s)"),
					row(1, false, "Review the indicators", "March 2027", "PRODES"),
					spanRow(1, 3, "Recommendation 4."),
				),
				para(1, "Give country offices one dashboard."),
				table(1, 3,
					row(1, true, "Key action(s)", "Timeline", "Lead unit(s)"),
					row(1, false, "Build the dashboard", "June 2027", "ITMD"),
				),
			},
			want: []tableItem{
				{Kind: "recommendation", Number: "3", Text: "Simplify the indicators."},
				{Kind: "action_item", Text: "Review the indicators", DueEnd: "2027-03-31", Responsible: []string{"PRODES"}, Parent: "recommendation-3"},
				{Kind: "recommendation", Number: "4", Text: "Give country offices one dashboard."},
				{Kind: "action_item", Text: "Build the dashboard", DueEnd: "2027-06-30", Responsible: []string{"ITMD"}, Parent: "recommendation-4"},
			},
		},
		{
			name: "a row with only a time frame takes the words of the heading it stands under",
			blocks: []textlayer.Block{table(2, 2,
				row(2, true, "Output", "Timeline"),
				spanRow(2, 2, "Part I -- Relevance"),
				row(2, false, "", "By end 2001"),
				spanRow(2, 2, "A coherent programme"),
				row(2, false, "Map the portfolio", "By mid-2002"),
				row(2, false, "", "By end 2002"),
			)},
			want: []tableItem{
				{Kind: "action_item", Text: "Part I -- Relevance", DueEnd: "2001-12-31"},
				{Kind: "action_item", Text: "Map the portfolio", DueEnd: "2002-06-30"},
				{Kind: "action_item", Text: "Map the portfolio", DueEnd: "2002-12-31"},
			},
		},
		{
			name: "French key-action table",
			blocks: []textlayer.Block{table(3, 4,
				row(3, true, "Action(s) clé(s)", "Calendrier", "Responsable(s)", "Statut"),
				row(3, false, "Réviser le guide de suivi", "Décembre 2026", "Unité de suivi et évaluation", "En cours"),
			)},
			want: []tableItem{
				{Kind: "action_item", Text: "Réviser le guide de suivi", DueEnd: "2026-12-31", Responsible: []string{"Unité de suivi et évaluation"}, Status: "ongoing"},
			},
		},
		{
			name: "a response matrix with a recommendation column: recommendations with their response, actions under them",
			blocks: []textlayer.Block{table(5, 5,
				row(5, true, "Recommendation", "Management response", "Key actions", "Responsible", "Deadline"),
				row(5, false, "1. Improve the data", "Accepted", "Build a dashboard", "M&E Unit", "Q2 2027"),
				row(5, false, "", "", "Train the staff", "HR Unit", "Q4 2027"),
				row(5, false, "2. Review the budget", "Rejected", "", "", ""),
			)},
			want: []tableItem{
				{Kind: "recommendation", Number: "1", Text: "Improve the data", Response: "accepted"},
				{Kind: "action_item", Text: "Build a dashboard", DueEnd: "2027-06-30", Responsible: []string{"M&E Unit"}, Parent: "recommendation-1"},
				{Kind: "action_item", Text: "Train the staff", DueEnd: "2027-12-31", Responsible: []string{"HR Unit"}, Parent: "recommendation-1"},
				{Kind: "recommendation", Number: "2", Text: "Review the budget", Response: "not_accepted"},
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
			var got []tableItem
			for _, it := range res.Items {
				if it.Kind == normalize.KindCommitment {
					continue
				}
				g := tableItem{Kind: it.Kind, Text: it.Text, Responsible: it.Responsible}
				if it.Number != nil {
					g.Number = *it.Number
				}
				if it.Due != nil && it.Due.End != nil {
					g.DueEnd = *it.Due.End
				}
				if it.Status != nil {
					g.Status = it.Status.Value
				}
				if it.Priority != nil {
					g.Priority = *it.Priority
				}
				if it.Response != nil {
					g.Response = it.Response.Value
				}
				if it.TimeImplication != nil {
					g.TimeImpl = *it.TimeImplication
				}
				if it.Parent != nil {
					_, g.Parent, _ = strings.Cut(*it.Parent, "#") // the root depends on the bytes (IDRoot)
				}
				if len(g.Responsible) == 0 {
					g.Responsible = nil
				}
				got = append(got, g)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Detect items (-want +got):\n%s", diff)
			}
		})
	}
}
