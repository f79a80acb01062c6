package normalize

import (
	"strings"
	"testing"
)

type wantMatch struct {
	expr, bound, start, end string
}

var findCases = []struct {
	name, text, ref string
	want            []wantMatch
}{
	{"expected by", "A UN General Assembly resolution on that item is expected by December 2020.", r20,
		[]wantMatch{{"by December 2020", "by", "", "2020-12-31"}}},
	{"coming months", "Two additional chapters will be added to the Framework in the coming months.", r20,
		[]wantMatch{{"in the coming months", "in", "2020-10-09", "2021-04-09"}}},
	{"quarter without year", "The application is expected to go live by Q4.", r20,
		[]wantMatch{{"by Q4", "by", "", "2020-12-31"}}},
	{"quarter without year next", "The application is expected to go live by Q3.", r20,
		[]wantMatch{{"by Q3", "by", "", "2021-09-30"}}},
	{"assembly named before", "The Secretary-General will report to the General Assembly at its eightieth session.", "",
		[]wantMatch{{"at its eightieth session", "at", "", "2025-12-31"}}},
	{"in year", "A further 35 country teams will follow in 2021.", r20,
		[]wantMatch{{"in 2021", "in", "2021-01-01", "2021-12-31"}}},
	{"by the end of", "It requested that all country teams have a CCA by the end of 2020.", r20,
		[]wantMatch{{"by the end of 2020", "by", "", "2020-12-31"}}},
	{"amount and deadline", "to increase common premises to 50 per cent by 2021", r20,
		[]wantMatch{{"by 2021", "by", "", "2021-12-31"}}},
	{"until", "The arrangement will not change until 2021.", r20,
		[]wantMatch{{"until 2021", "until", "", "2020-12-31"}}},
	{"session request", "(c) requested the Director-General to submit a report to its 356th Session.", "",
		[]wantMatch{{"to its 356th Session", "to", "", "2026-03-31"}}},
	{"at session", "The Governing Body will review the matter at its 352nd Session (November 2024).", "",
		[]wantMatch{{"at its 352nd Session (November 2024)", "at", "", "2024-11-30"}}},
	{"committee session", "The Committee of Experts, at its 94th Session (November–December 2023), noted progress.", "",
		[]wantMatch{{"at its 94th Session (November–December 2023)", "at", "", "2023-12-31"}}},
	{"conference with year", "an item on the agenda of the 114th Session (2026) of the International Labour Conference", "",
		[]wantMatch{{"the 114th Session (2026) of the International Labour Conference", "", "2026-06-01", "2026-06-30"}}},
	{"between days", "Between 1 January and 30 June 2024, 1,234 participants were trained.", "",
		[]wantMatch{{"Between 1 January and 30 June 2024", "between", "2024-01-01", "2024-06-30"}}},
	{"as at", "As at 31 December 2023, expenditure stood at 87 per cent.", "",
		[]wantMatch{{"As at 31 December 2023", "as of", "2023-12-31", ""}}},
	{"session of the body", "the report to the 352nd Session of the Governing Body", "",
		[]wantMatch{{"to the 352nd Session of the Governing Body", "to", "", "2024-11-30"}}},
	{"symbol is no session", "See document GB.340/INS/6, discussed at GB.340.", "",
		[]wantMatch{{"at GB.340", "at", "", "2020-11-14"}}},
	{"description", "in line with the Strategy for 2019–2023 and the 2024–25 biennium", "",
		[]wantMatch{{"for 2019–2023", "for", "2019-01-01", "2023-12-31"}, {"the 2024–25 biennium", "", "2024-01-01", "2025-12-31"}}},
	{"programme and budget", "The Programme and Budget for 2022–23 will incorporate indicators.", "",
		[]wantMatch{{"for 2022–23", "for", "2022-01-01", "2023-12-31"}}},
	{"past event", "The meeting took place in September 2020 in Geneva.", "",
		[]wantMatch{{"in September 2020", "in", "2020-09-01", "2020-09-30"}}},
	{"numbers are not years", "resolution 72/279 and A/75/79 provide US$73 million, 50 per cent, Convention No. 208 and para. 3.", "",
		nil},
	{"phone and symbol", "Call +41 22 799 2020 or see ILO/2020/05 and www.ilo.org/2020/report.", "",
		nil},
	{"two deadlines", "The Office will publish the guide by March 2021 and train staff before the end of 2021.", "",
		[]wantMatch{{"by March 2021", "by", "", "2021-03-31"}, {"before the end of 2021", "before", "", "2021-12-31"}}},
	{"within", "Member States are expected to report within 18 months.", r20,
		[]wantMatch{{"within 18 months", "within", "2020-10-09", "2022-04-09"}}},
	{"next year", "The review will be completed next year.", r20,
		[]wantMatch{{"next year", "", "2021-01-01", "2021-12-31"}}},
	{"over the next", "Funding will grow over the next two years.", r20,
		[]wantMatch{{"over the next two years", "over", "2020-10-09", "2022-10-09"}}},
	{"conference", "to be discussed by the 112th Session of the Conference in June 2024", "",
		[]wantMatch{{"by the 112th Session of the Conference", "by", "", "2024-06-14"}, {"in June 2024", "in", "2024-06-01", "2024-06-30"}}},
	{"quarters", "Phase one ends in Q1 2024; phase two by the end of the first quarter of 2025.", "",
		[]wantMatch{{"in Q1 2024", "in", "2024-01-01", "2024-03-31"}, {"by the end of the first quarter of 2025", "by", "", "2025-03-31"}}},
	{"halves", "from the second half of 2024 until mid-2025", "",
		[]wantMatch{{"from the second half of 2024 until mid-2025", "from", "2024-07-01", "2025-06-30"}}},
	{"between", "Surveys will be run between 2022 and 2025 in all regions.", "",
		[]wantMatch{{"between 2022 and 2025", "between", "2022-01-01", "2025-12-31"}}},
	{"from to", "Data from 2019 to 2021 show a decline.", "",
		[]wantMatch{{"from 2019 to 2021", "from", "2019-01-01", "2021-12-31"}}},
	{"days", "Submissions are due no later than 31 January 2024, i.e. 31.01.2024.", "",
		[]wantMatch{{"no later than 31 January 2024", "no later than", "", "2024-01-31"}, {"31.01.2024", "", "2024-01-31", "2024-01-31"}}},
	{"us date", "The call closes on January 31, 2024 at noon.", "",
		[]wantMatch{{"on January 31, 2024", "on", "2024-01-31", "2024-01-31"}}},
	{"iso date", "Last updated 2024-01-31.", "",
		[]wantMatch{{"2024-01-31", "", "2024-01-31", "2024-01-31"}}},
	{"modifiers", "Targets for end-2025, end March 2019, early 2024 and late 2023.", "",
		[]wantMatch{{"for end-2025", "for", "", "2025-12-31"}, {"end March 2019", "", "", "2019-03-31"},
			{"early 2024", "", "2024-01-01", "2024-06-30"}, {"late 2023", "", "2023-07-01", "2023-12-31"}}},
	{"may the verb", "Member States may wish to march on; the Office may report in May.", r24,
		[]wantMatch{{"in May", "in", "2025-05-01", "2025-05-31"}}},
	{"starting", "Starting January 2000, reports will be annual; as of 1 March 2024 the rule applies.", "",
		[]wantMatch{{"Starting January 2000", "starting", "2000-01-01", ""}, {"as of 1 March 2024", "as of", "2024-03-01", ""}}},
	{"since and after", "since 2019 and after 2021", "",
		[]wantMatch{{"since 2019", "since", "2019-01-01", ""}, {"after 2021", "after", "2022-01-01", ""}}},
	{"named month session", "the November 2024 session and the June 2026 session of the Conference", "",
		[]wantMatch{{"the November 2024 session", "", "2024-10-01", "2024-11-30"}, {"the June 2026 session of the Conference", "", "2026-06-01", "2026-06-30"}}},
	{"year in parentheses", "Recommendation No. 204 (2015) applies.", "",
		[]wantMatch{{"2015", "", "2015-01-01", "2015-12-31"}}},
	{"hyphenated and spaced", "during 2019 -- 2020 and in 2019 –20", "",
		[]wantMatch{{"during 2019 -- 2020", "during", "2019-01-01", "2020-12-31"}, {"in 2019 –20", "in", "2019-01-01", "2020-12-31"}}},
	{"next session", "It requested a report to its next session.", r20,
		[]wantMatch{{"to its next session", "to", "", "2020-11-14"}}},
	{"year in a name", "to contribute to the 2030 Agenda in the coming years", r20,
		[]wantMatch{{"2030", "", "2030-01-01", "2030-12-31"}, {"in the coming years", "in", "2020-10-09", "2023-10-09"}}},
	{"month in a name", "At the May 2020 meeting, the regional directors agreed.", "",
		[]wantMatch{{"May 2020", "", "2020-05-01", "2020-05-31"}}},
	{"day range with from", "The session was held from 2 to 14 November 2020 in virtual format.", "",
		[]wantMatch{{"from 2 to 14 November 2020", "from", "2020-11-02", "2020-11-14"}}},
	{"end of the year", "The Office will finish the review by the end of the year.", r20,
		[]wantMatch{{"by the end of the year", "by", "", "2020-12-31"}}},
	{"the period", "The evaluation covers the period 2018–2023 and, over the period from 2019 to 2021, the pandemic.", "",
		[]wantMatch{{"the period 2018–2023", "", "2018-01-01", "2023-12-31"}, {"over the period from 2019 to 2021", "over", "2019-01-01", "2021-12-31"}}},
	{"empty", "", "", nil},
	{"no time", "The Office will continue to support constituents.", "", nil},
}

func TestFindTimesRole(t *testing.T) {
	text := "Data for 2019–2023 show that, starting 2020 and in 2021, the Office must finish end 2022 and report by 2023; since 2018 it has grown, from 2015 to 2017 it fell."
	want := []struct{ expr, role string }{
		{"for 2019–2023", RoleDescription}, {"starting 2020", RoleStart}, {"in 2021", RolePeriod},
		{"end 2022", RoleDeadline}, {"by 2023", RoleDeadline}, {"since 2018", RoleDescription},
		{"from 2015 to 2017", RolePeriod},
	}
	got := FindTimes(text, day(r20))
	if len(got) != len(want) {
		t.Fatalf("FindTimes(%q) found %d, want %d", text, len(got), len(want))
	}
	for k, w := range want {
		if got[k].Due.Text != w.expr || got[k].Role != w.role {
			t.Errorf("FindTimes(%q)[%d] = %q role %q, want %q role %q", text, k, got[k].Due.Text, got[k].Role, w.expr, w.role)
		}
	}
}

func TestFindTimes(t *testing.T) {
	for _, c := range findCases {
		t.Run(c.name, func(t *testing.T) {
			got := FindTimes(c.text, day(c.ref))
			if len(got) != len(c.want) {
				var exprs []string
				for _, m := range got {
					exprs = append(exprs, c.text[m.Start:m.End])
				}
				t.Fatalf("FindTimes(%q) found %d %q, want %d", c.text, len(got), exprs, len(c.want))
			}
			from := 0
			for k, w := range c.want {
				m := got[k]
				at := strings.Index(c.text[from:], w.expr)
				if at < 0 {
					t.Fatalf("test bug: %q not in %q", w.expr, c.text)
				}
				at += from
				if m.Start != at || m.End != at+len(w.expr) {
					t.Errorf("FindTimes(%q)[%d] = [%d:%d] %q, want [%d:%d] %q", c.text, k, m.Start, m.End,
						c.text[m.Start:m.End], at, at+len(w.expr), w.expr)
				}
				if m.Bound != w.bound {
					t.Errorf("FindTimes(%q)[%d].Bound = %q, want %q", c.text, k, m.Bound, w.bound)
				}
				if m.Due.Text != c.text[m.Start:m.End] {
					t.Errorf("FindTimes(%q)[%d].Due.Text = %q, want the matched text", c.text, k, m.Due.Text)
				}
				if s, e := str(m.Due.Start), str(m.Due.End); s != w.start || e != w.end {
					t.Errorf("FindTimes(%q)[%d] %q = %q..%q, want %q..%q", c.text, k, w.expr, s, e, w.start, w.end)
				}
				from = at + len(w.expr)
			}
		})
	}
}

// Every expression ParseDue reads in a cell, FindTimes finds in a sentence, at the same place.
func TestFindTimesInSentence(t *testing.T) {
	for _, c := range dueCases {
		if c.end == "" && c.start == "" {
			continue
		}
		expr := strings.TrimSpace(c.text)
		if _, bare := monthWords[strings.ToLower(expr)]; bare {
			continue // a month alone is a time in a cell, not in a sentence
		}
		if strings.ContainsAny(expr, ",;") || strings.Contains(strings.ToLower(expr), "may ") || strings.Contains(expr, "september") {
			continue // several expressions or a month the sentence would need capitalized
		}
		text := "The Office will act " + expr + " as agreed."
		ms := FindTimes(text, day(c.ref))
		if len(ms) == 0 {
			t.Errorf("FindTimes(%q) found nothing, want %q", text, expr)
			continue
		}
		lo, hi := len("The Office will act "), len(text)-len(" as agreed.")
		for _, m := range ms {
			if m.Start < lo || m.End > hi {
				t.Errorf("FindTimes(%q) = [%d:%d] %q, want within %q", text, m.Start, m.End, text[m.Start:m.End], expr)
			}
		}
	}
}
