package items

import (
	"fmt"
	"testing"

	"gbtrack/extract/textlayer"
)

func mpara(text string) textlayer.Block {
	return textlayer.Block{Kind: textlayer.Paragraph, Text: text, Page: 1}
}

func mheading(text string) textlayer.Block {
	return textlayer.Block{Kind: textlayer.Heading, Text: text, Page: 1}
}

// mastheadTable is a borderless masthead read as a table: one row a line pair.
func mastheadTable(rows ...[]string) textlayer.Block {
	t := &textlayer.TableData{Columns: 2}
	for _, r := range rows {
		var row textlayer.Row
		for _, c := range r {
			row.Cells = append(row.Cells, textlayer.Cell{Text: c, Span: 1})
		}
		t.Rows = append(t.Rows, row)
	}
	return textlayer.Block{Kind: textlayer.Table, Table: t, Page: 1}
}

func TestSymbolSeries(t *testing.T) {
	tests := []struct{ text, want string }{
		{"GB.340/INS/6", "GB.340/INS/6"},
		{"GB.274/4(Rev.1)", "GB.274/4(Rev.1)"},
		{"GB.335/INS/10(Rev.1)", "GB.335/INS/10(Rev.1)"},
		{"DP/2025/3", "DP/2025/3"},
		{"DP/FPA/2025/1", "DP/FPA/2025/1"},
		{"E/ICEF/2025/4", "E/ICEF/2025/4"},
		{"E/ICEF/2026/AB/L.6/Add.1", "E/ICEF/2026/AB/L.6/Add.1"},
		{"JIU/REP/2025/2", "JIU/REP/2025/2"},
		{"A/79/5", "A/79/5"},
		{"A/RES/79/245", "A/RES/79/245"},
		{"A/C.5/79/L.1", "A/C.5/79/L.1"},
		{"ILC.112/Report I", "ILC.112/Report I"},
		{"ILC.111/Report IV(1)", "ILC.111/Report IV(1)"},
		{"see E/ICEF/2026/9.", "E/ICEF/2026/9"},
		{"HIV/AIDS and TCP/IP", ""},
		{"the 2024/25 biennium", ""},
	}
	for _, tt := range tests {
		if got := findSymbolIn(tt.text); got != tt.want {
			t.Errorf("findSymbolIn(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestFindSymbol(t *testing.T) {
	tests := []struct {
		name string
		doc  textlayer.Document
		want string
	}{
		{"running header", textlayer.Document{Furniture: []string{"A/RES/79/1 The Pact for the Future"}, Blocks: []textlayer.Block{mpara("The General Assembly recalls A/79/5.")}}, "A/RES/79/1"},
		{"masthead cell, not a cited symbol or a footnote", textlayer.Document{Blocks: []textlayer.Block{
			mastheadTable([]string{"United Nations", "E/ICEF/2026/AB/L.6/Add.1"}, []string{"Economic and Social Council", "Distr.: Limited 22 April 2026"}),
			mpara("The parent report E/ICEF/2026/AB/L.6 and JIU/REP/2025/6 are cited here."),
			mheading("* E/ICEF/2026/9."),
		}}, "E/ICEF/2026/AB/L.6/Add.1"},
		{"footnote on the cover is another paper", textlayer.Document{Blocks: []textlayer.Block{mheading("Follow-up report"), mheading("* E/ICEF/2026/9.")}}, ""},
		{"running header of page 2", textlayer.Document{Blocks: []textlayer.Block{
			mpara("1. The Board reviewed the report A/81/5/Add.3 in its annual session, with many other words."),
			{Kind: textlayer.Heading, Text: "*2609312* E/ICEF/2026/AB/L.6/Add.1", Page: 2},
		}}, "E/ICEF/2026/AB/L.6/Add.1"},
		{"symbol run into the masthead line below it", textlayer.Document{Blocks: []textlayer.Block{
			mpara("DP/FPA/2026/5 Executive Board of the United Nations Development Programme, the United Nations Population Fund"),
			mpara("Annual session 2026"),
		}}, "DP/FPA/2026/5"},
		{"sentence citing a symbol", textlayer.Document{Blocks: []textlayer.Block{mpara("As requested in GB.340/INS/6, the Office reports on the progress made so far.")}}, ""},
		{"symbol wrapped after a slash, its tail taken for furniture", textlayer.Document{Furniture: []string{"2026/3"}, Blocks: []textlayer.Block{
			mheading("United Nations DP/FPA/"), mpara("Distr.: General Executive Board of the United Nations Development Programme"),
		}}, "DP/FPA/2026/3"},
		{"symbol wrapped after a slash, its tail on the next line", textlayer.Document{Blocks: []textlayer.Block{
			mheading("United Nations E/ICEF/"), mpara("2026/AB/L.6"), mpara("Executive Board"),
		}}, "E/ICEF/2026/AB/L.6"},
		{"symbol among the capitals of a masthead band", textlayer.Document{Blocks: []textlayer.Block{
			mheading("EXECUTIVE BOARD OF UNDP, UNFPA AND UNOPS · ANNUAL DP/OPS/2026/4 SESSION 2026"), mheading("27 APRIL 2026"),
		}}, "DP/OPS/2026/4"},
		{"a title that cites a decision is no masthead band", textlayer.Document{Blocks: []textlayer.Block{
			mheading("Report on the follow-up to decision DP/2025/3 of the Executive Board"),
		}}, ""},
		{"a slash at a line's end without a symbol's tail", textlayer.Document{Furniture: []string{"Annual report"}, Blocks: []textlayer.Block{
			mheading("HIV/"), mpara("AIDS response"),
		}}, ""},
	}
	for _, tt := range tests {
		if got := findSymbol(&tt.doc); got != tt.want {
			t.Errorf("%s: findSymbol = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestFindDate(t *testing.T) {
	tests := []struct {
		name string
		doc  textlayer.Document
		want string // YYYY-MM-DD; "" for none
	}{
		{"date field", textlayer.Document{Blocks: []textlayer.Block{mpara("Date: 9 October 2026"), mpara("Original: English")}}, "2026-10-09"},
		{"date of publication", textlayer.Document{Blocks: []textlayer.Block{mpara("Date of publication: 10 June 2025")}}, "2025-06-10"},
		// The masthead's date is the paper's issue under its symbol, for a resolution as for a
		// report, wherever the reader set it: on the line after "Distr.: General" too.
		{"distribution beats adoption, its date on the next line", textlayer.Document{Blocks: []textlayer.Block{
			mastheadTable([]string{"United Nations", "A/RES/79/245"}, []string{"General Assembly", "Distr.: General"}),
			mpara("31 December 2024"), mheading("Seventy-ninth session"),
			mheading("Resolution adopted by the General Assembly"), mheading("on 24 December 2024"),
		}}, "2024-12-31"},
		{"adoption when the masthead has no date", textlayer.Document{Blocks: []textlayer.Block{
			mastheadTable([]string{"United Nations", "A/RES/79/245"}, []string{"General Assembly", "Distr.: General"}),
			mheading("Seventy-ninth session"), mheading("Agenda item 136"),
			mheading("Resolution adopted by the General Assembly"), mheading("on 24 December 2024"),
		}}, "2024-12-24"},
		{"distribution without a date, then the session's days", textlayer.Document{Blocks: []textlayer.Block{
			mpara("United Nations DP/2026/38"), mpara("Executive Board Distr.: General"),
			mpara("First regular session 2027"), mpara("25 to 29 January 2027, New York"),
		}}, ""},
		{"distribution with the neighbouring column's words between", textlayer.Document{Blocks: []textlayer.Block{
			mpara("Distr.: General Executive Board of the United Nations Development Programme, the United Nations 2 April 2026 Population Fund and the United Nations Office for Project Services Original:"),
			mpara("Annual session 2026"), mpara("1 to 5 June 2026, New York"),
		}}, "2026-04-02"},
		{"distribution date cut by the neighbouring column's words", textlayer.Document{Blocks: []textlayer.Block{
			mpara("United Nations DP/2027/2"),
			mpara("Distr.: General 30 September Executive Board of the United Nations Development Programme, the United 2026"),
			mpara("First regular session 2027"), mpara("2 to 5 February 2027, New York"), mpara("4 September 2026"),
		}}, "2026-09-30"},
		{"French masthead: Distr. générale without a colon", textlayer.Document{Blocks: []textlayer.Block{
			mastheadTable([]string{"Nations Unies", "DP/2026/12"}, []string{"Conseil d'administration du Programme des Nations Unies pour le développement", "Distr. générale 3 avril 2026 Français Original : anglais"}),
			mpara("Session annuelle de 2026"), mpara("1er-5 juin 2026, New York"),
		}}, "2026-04-03"},
		{"French date field with a space before its colon", textlayer.Document{Blocks: []textlayer.Block{mpara("Date : 20 février 2026")}}, "2026-02-20"},
		{"masthead cell with the distribution", textlayer.Document{Blocks: []textlayer.Block{
			mastheadTable([]string{"United Nations", "E/ICEF/2026/AB/L.6/Add.1"}, []string{"Economic and Social Council", "Distr.: Limited 22 April 2026 Original: English"}),
			mpara("Annual session 2026"), mpara("9 to 12 June 2026"),
		}}, "2026-04-22"},
		{"masthead cell alone, not the session's dates", textlayer.Document{Blocks: []textlayer.Block{
			mastheadTable([]string{"United Nations", "DP/2026/38"}, []string{"Executive Board", "Distr.: General"}, []string{"United Nations", "4 December 2026"}),
			mpara("25 to 29 January 2027, New York"),
		}}, "2026-12-04"},
		{"news meta line, not the sidebar", textlayer.Document{Format: "html", Blocks: []textlayer.Block{
			mheading("Governing Body reviews the programme"), mpara("News | 13 November 2026"),
			mpara("The Office will report in November 2027."), mpara("Governing Body, 9 March 2027"),
		}}, "2026-11-13"},
		{"record of decisions", textlayer.Document{Blocks: []textlayer.Block{mpara("Record of decisions | 5 November 2026")}}, "2026-11-05"},
		{"date line beside the language line", textlayer.Document{Blocks: []textlayer.Block{
			mpara("United Nations Children's Fund Executive Board First regular session 2026 10–13 February 2026"),
			mpara("Distr.: General"), mpara("15 December 2025 Original: English"),
		}}, "2025-12-15"},
		{"date of adoption of a web record", textlayer.Document{Format: "html", Blocks: []textlayer.Block{
			mpara("Governing Body decisions"), mheading("Programme, Financial and Administrative Section: decisions"),
			mpara("Date of adoption: 24 March 2026"), mpara("Provisional minutes – 15 May 2026"),
		}}, "2026-03-24"},
		{"published, after the session's days on the same line", textlayer.Document{Format: "html", Blocks: []textlayer.Block{
			mheading("Record of decisions: Institutional Section"),
			mpara("Governing Body, 356th Session, Geneva, 16–26 March 2026 · Published 27 March 2026"),
		}}, "2026-03-27"},
		{"place and date run into the masthead's other column", textlayer.Document{Blocks: []textlayer.Block{
			mheading("INTERNATIONAL LABOUR ORGANIZATION"), mpara("Governing Body"), mpara("358th Session Geneva, 12 November 2026"),
			mpara("The next session will be held from 15 to 26 March 2027."),
		}}, "2026-11-12"},
		{"capitals", textlayer.Document{Blocks: []textlayer.Block{mpara("27 APRIL 2026")}}, "2026-04-27"},
		{"place and month", textlayer.Document{Blocks: []textlayer.Block{mpara("Geneva, March 1999")}}, "1999-03-01"},
		{"ordered to be printed", textlayer.Document{Blocks: []textlayer.Block{mpara("Fourth Report of Session 2025–26"), mpara("Ordered by the House of Commons to be printed 10 March 2026")}}, "2026-03-10"},
		{"published by authority", textlayer.Document{Blocks: []textlayer.Block{mpara("Published on 14 March 2026 by authority of the House of Commons")}}, "2026-03-14"},
		{"French place and day", textlayer.Document{Blocks: []textlayer.Block{mpara("Genève, le 3 novembre 2025")}}, "2025-11-03"},
		{"French place and first day", textlayer.Document{Blocks: []textlayer.Block{mpara("Genève, le 1er juin 2025")}}, "2025-06-01"},
		{"kind and month in a heading", textlayer.Document{Blocks: []textlayer.Block{mheading("EVALUATION BRIEF March 2022")}}, "2022-03-01"},
		{"French month", textlayer.Document{Blocks: []textlayer.Block{mheading("BRÈVE D’ÉVALUATION Décembre 2020")}}, "2020-12-01"},
		{"month alone on a cover", textlayer.Document{Blocks: []textlayer.Block{mpara("February, 2023")}}, "2023-02-01"},
		{"labelled cells name other dates", textlayer.Document{Blocks: []textlayer.Block{
			mastheadTable([]string{"DEADLINE", "31 MARCH 2022"}, []string{"Date of the Evaluation", "February 2023"}, []string{"Project period:", "March 2021 – November 2022"}),
		}}, ""},
		{"labelled cell that names the report's date", textlayer.Document{Blocks: []textlayer.Block{mastheadTable([]string{"Report date:", "February 2022"})}}, "2022-02-01"},
		{"last updated refused", textlayer.Document{Blocks: []textlayer.Block{mpara("Last updated: 3 May 2026")}}, ""},
		{"duty station and year on a JIU cover", textlayer.Document{Blocks: []textlayer.Block{mheading("Report of the Joint Inspection Unit"), mpara("Geneva 2026")}}, "2026-01-01"},
		{"a year in a title is no date", textlayer.Document{Blocks: []textlayer.Block{mheading("Vision 2030")}}, ""},
		{"report number and a dash", textlayer.Document{Blocks: []textlayer.Block{mpara("Report No. 2025/14 — 30 September 2025")}}, "2025-09-30"},
		{"a table's target dates are no document date", textlayer.Document{Blocks: []textlayer.Block{
			{Kind: textlayer.Table, Page: 1, Table: &textlayer.TableData{Columns: 3, Rows: []textlayer.Row{
				{Header: true, Cells: []textlayer.Cell{{Text: "Recommendation"}, {Text: "Status"}, {Text: "Target date"}}},
				{Cells: []textlayer.Cell{{Text: "Reconcile the register."}, {Text: "Open"}, {Text: "31 December 2025"}}},
			}}},
		}}, ""},
		{"French registration line", textlayer.Document{Blocks: []textlayer.Block{mheading("ASSEMBLÉE NATIONALE"),
			mpara("Enregistré à la Présidence de l'Assemblée nationale le 12 mars 2025")}}, "2025-03-12"},
		{"the page's kind after the date", textlayer.Document{Blocks: []textlayer.Block{mpara("14 October 2026 | News"), mpara("The Ministry will open ten desks by March 2027.")}}, "2026-10-14"},
		{"date of the evaluation report on a cover", textlayer.Document{Blocks: []textlayer.Block{mpara("Evaluation manager: Regional Evaluation Officer"), mpara("Date of the evaluation report: 18 August 2026")}}, "2026-08-18"},
		{"the evaluation's own dates are not the report's", textlayer.Document{Blocks: []textlayer.Block{mpara("Date of the evaluation: 18 August 2026")}}, ""},
		{"date of the report", textlayer.Document{Blocks: []textlayer.Block{mpara("Evaluation type: final Date of the report: October 2024")}}, "2024-10-01"},
		{"cover line of parts with bars", textlayer.Document{Blocks: []textlayer.Block{mpara("Final independent evaluation | Summary version | June 2025")}}, "2025-06-01"},
		{"cover line of parts with dashes", textlayer.Document{Blocks: []textlayer.Block{mpara("Évaluation finale indépendante — version abrégée — 10 septembre 2025")}}, "2025-09-10"},
		{"cover line with a middle dot and a place", textlayer.Document{Blocks: []textlayer.Block{mpara("Note de synthèse · Bamako, novembre 2023")}}, "2023-11-01"},
		{"cover line with an apostrophe", textlayer.Document{Blocks: []textlayer.Block{mpara("Rapport d'évaluation, novembre 2025")}}, "2025-11-01"},
		{"published on", textlayer.Document{Blocks: []textlayer.Block{mheading("Résumé"), mpara("Publié le 12 juin 2025")}}, "2025-06-12"},
		{"a body sentence's last clause is no cover line", textlayer.Document{Blocks: append(
			coverFiller(12), mpara("The evaluation team met the partners in Dakar, March 2025"))}, ""},
		{"a session's part of a line with digits is no cover line", textlayer.Document{Blocks: []textlayer.Block{mpara("Work plan, phase 2, 31 March 2026 and later")}}, ""},
		{"metadata last", textlayer.Document{Date: "2026-10-23T09:00:00+02:00", Blocks: []textlayer.Block{mpara("The Office will act by 2027.")}}, "2026-10-23"},
	}
	for _, tt := range tests {
		got := findDate(&tt.doc)
		gotS := ""
		if !got.IsZero() {
			gotS = got.Format("2006-01-02")
		}
		if gotS != tt.want {
			t.Errorf("%s: findDate = %q, want %q", tt.name, gotS, tt.want)
		}
	}
}

func TestFindTitleSkipsMasthead(t *testing.T) {
	tests := []struct {
		name string
		doc  textlayer.Document
		want string
	}{
		{"UN resolution", textlayer.Document{Format: "pdf", Blocks: []textlayer.Block{
			mastheadTable([]string{"United Nations", "A/RES/79/280"}, []string{"General Assembly", "Distr.: General"}),
			mpara("16 April 2025"), mheading("Seventy-ninth session"), mpara("Agenda item 144"),
			mheading("Human resources management"), mheading("Resolution adopted by the General Assembly"), mheading("on 11 April 2025"),
		}}, "Human resources management"},
		{"Executive Board paper", textlayer.Document{Format: "pdf", Blocks: []textlayer.Block{
			mheading("Executive Board"), mheading("Annual session 2026"), mheading("Item 12 of the provisional agenda"),
			mheading("Follow-up to the recommendations of the Audit Advisory Committee"),
		}}, "Follow-up to the recommendations of the Audit Advisory Committee"},
		{"GB paper", textlayer.Document{Format: "pdf", Blocks: []textlayer.Block{
			mheading("INTERNATIONAL LABOUR OFFICE"), mheading("Governing Body"), mheading("358th Session, Geneva, November 2026"),
			mheading("Institutional Section"), mheading("Plan of action on labour inspection"),
		}}, "Plan of action on labour inspection"},
	}
	for _, tt := range tests {
		if got := findTitle(&tt.doc, findSymbol(&tt.doc)); got != tt.want {
			t.Errorf("%s: findTitle = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// coverFiller returns n heading blocks without dates, to push what follows off the cover.
func coverFiller(n int) []textlayer.Block {
	out := make([]textlayer.Block, n)
	for i := range out {
		out[i] = mheading(fmt.Sprintf("Section %c", 'A'+i))
	}
	return out
}
