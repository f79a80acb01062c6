package render

import (
	"fmt"
	"strings"
	"time"

	"gbtrack/normalize"
)

var asOf2020 = time.Date(2020, 11, 25, 0, 0, 0, 0, time.UTC)

// item builds a test item; due and status may be empty for "not stated".
func item(doc, kind, num, text, dueText, dueEnd, status string, units ...string) normalize.Item {
	it := normalize.Item{
		SchemaVersion: normalize.SchemaVersion,
		ID:            doc + "#" + kind + "-" + num,
		Kind:          kind,
		Number:        normalize.Ptr(num),
		Text:          text,
		Doc:           doc,
		Source:        "corpus/" + strings.ToLower(strings.NewReplacer("/", "-", ".", "").Replace(doc)) + ".pdf",
		Page:          normalize.Ptr(3),
		Responsible:   units,
	}
	if it.Responsible == nil {
		it.Responsible = []string{}
	}
	if dueText != "" {
		it.Due = &normalize.Due{Text: dueText, Precision: normalize.Ptr("year")}
		if dueEnd != "" {
			it.Due.End = normalize.Ptr(dueEnd)
		}
	}
	if status != "" {
		it.Status = &normalize.Status{Text: strings.ToUpper(status[:1]) + status[1:], Value: status}
	}
	return it
}

func doc(id, title string, failed string) normalize.Document {
	d := normalize.Document{SchemaVersion: 1, ID: id, Source: "corpus/" + id + ".pdf", Format: "pdf",
		Symbol: normalize.Ptr(id), Title: normalize.Ptr(title), Date: normalize.Ptr("2020-10-09"), Pages: normalize.Ptr(13)}
	if failed != "" {
		d.Error = normalize.Ptr(failed)
		d.Pages = nil
	}
	return d
}

const longText = "Review of the configuration of ILO technical capacities and expertise in programming, " +
	"including in Côte d'Ivoire – with “curly quotes”, ‘single ones’ and Cyrillic (Русский язык) – " +
	"so that the Office can respond to the requests of constituents at country level; the review " +
	"will cover the regional offices, the Decent Work Teams and the country offices, and will report " +
	"to the Governing Body at its 344th Session (March 2022) on the progress made and the lessons " +
	"learned, together with a proposal for the next biennium. " +
	"Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongtokenwithoutanyspaceatall."

// sampleInput is a small run with every case the report must show: statuses of each kind and
// none, deadlines past, near and far, none and without end, units, a failed document, a URL
// source and texts in several scripts.
func sampleInput() Input {
	const a, b = "GB.340/INS/6", "GB.341/POL/2"
	items := []normalize.Item{
		item(a, normalize.KindActionItem, "1", "In collaboration with ACT/EMP and ACTRAV, development of awareness-raising materials.", "By end 2019", "2019-12-31", "ongoing", "PARTNERSHIPS", "ACTRAV"),
		item(a, normalize.KindActionItem, "2", longText, "2019–20", "2020-12-31", "ongoing", "PROGRAM"),
		item(a, normalize.KindActionItem, "3", "Revision and update of DWCP guidance.", "By end 2019", "2019-12-31", "completed"),
		item(a, normalize.KindActionItem, "4", "Training of staff in field offices.", "Continuously", "", "planned"),
		item(a, normalize.KindActionItem, "5", "Support to the Resident Coordinator system.", "", "", ""),
		item(b, normalize.KindRecommendation, "1", "Strengthen results-based management in Русский language programmes.", "By mid-2021", "2021-06-30", "not_started", "PROGRAM"),
		item(b, normalize.KindRecommendation, "2", "Publish the evaluation on the website.", "", "", "delayed"),
		item(b, normalize.KindCommitment, "3", "The Office will report to the Governing Body at its 341st Session.", "at its 341st Session", "2021-03-27", ""),
	}
	web := item("news-2021", normalize.KindCommitment, "1", "Member States are expected to ratify the Convention by the end of 2020.", "by the end of 2020", "2020-12-31", "")
	web.Source = "https://www.ilo.org/news/item.html"
	web.Page = nil
	items = append(items, web)
	docs := []normalize.Document{
		doc(a, "Update on the United Nations reform", ""),
		doc(b, "Evaluation of the Decent Work Country Programmes", ""),
		doc("broken-scan", "", "pdf: no text layer on any page (scanned document)"),
		{SchemaVersion: 1, ID: "news-2021", Source: "https://www.ilo.org/news/item.html", Format: "html", Title: normalize.Ptr("Subregional meeting"), Date: normalize.Ptr("2021-09-25")},
	}
	return Input{Items: items, Docs: docs, AsOf: asOf2020, Title: "Implementation of Governing Body decisions – progress report"}
}

// bigInput is n items over n/50 documents, for the benchmark and the pagination checks.
func bigInput(n int) Input {
	var in Input
	in.AsOf = asOf2020
	in.Title = "Benchmark report"
	statuses := []string{"completed", "ongoing", "planned", "", "delayed"}
	for i := range n {
		d := fmt.Sprintf("GB.%d/INS/%d", 300+i/50, i/50)
		if i%50 == 0 {
			in.Docs = append(in.Docs, doc(d, "Document "+d, ""))
		}
		end := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i*3).Format(time.DateOnly)
		in.Items = append(in.Items, item(d, normalize.KindActionItem, fmt.Sprint(i%50+1),
			strings.Repeat(fmt.Sprintf("Item %d text with Côte d'Ivoire and Русский words. ", i), 1+i%7),
			"By "+end, end, statuses[i%len(statuses)], fmt.Sprintf("UNIT-%d", i%9)))
	}
	return in
}
