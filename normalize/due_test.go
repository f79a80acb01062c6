package normalize

import (
	"testing"
	"time"
)

// dueCase is one row of the ParseDue table. ref is the document's date ("" for none); start,
// end and prec are "" where the Due must have null.
type dueCase struct {
	text, ref, start, end, prec string
	vague                       bool
}

func day(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

const (
	r99 = "1999-09-28" // a 1999 Governing Body paper
	r20 = "2020-10-09" // a 2020 Governing Body paper
	r24 = "2024-05-15"
)

var dueCases = []dueCase{
	// the conventions of docs/output.md and the cells of action plans
	{"By end 2019", "", "", "2019-12-31", "year", false},
	{"by the end of 2019", "", "", "2019-12-31", "year", false},
	{"by 2019", "", "", "2019-12-31", "year", false},
	{"By end March 2019", "", "", "2019-03-31", "month", false},
	{"By March 2019", "", "", "2019-03-31", "month", false},
	{"By mid-2020", "", "", "2020-06-30", "half", false},
	{"first half 2000", "", "2000-01-01", "2000-06-30", "half", false},
	{"2019–20", "", "2019-01-01", "2020-12-31", "year", false},
	{"Starting January 2000", "", "2000-01-01", "", "month", false},
	{"in 2021", "", "2021-01-01", "2021-12-31", "year", false},
	{"By September", r99, "", "2000-09-30", "month", false},
	{"By September", "1999-08-15", "", "1999-09-30", "month", false},
	{"at its 344th Session", "", "", "2022-03-25", "session", false},
	{"Starting 2020", "", "2020-01-01", "", "year", false},
	{"Completed by April 2000", r99, "", "2000-04-30", "month", false},
	{"Starting March 2000 for annual reports; November 2000 for global", r99, "2000-11-01", "2000-11-30", "month", false},
	{"Planning of review to begin January 2000 and to finish end 2000", r99, "2000-01-01", "2000-12-31", "year", false},
	{"First initiatives first half 2000", r99, "2000-01-01", "2000-06-30", "half", false},
	{"By end 2001, meetings started with five additional donors", r99, "", "2001-12-31", "year", false},
	{"Completed by November 2000 for 2002-03 P&B", r99, "", "2000-11-30", "month", false},
	{"First outputs by September 2000", r99, "", "2000-09-30", "month", false},
	{"By March 2000", r99, "", "2000-03-31", "month", false},
	{"From January 2000 -- as part of review of field structure", r99, "2000-01-01", "", "month", false},
	{"Done by April 2000", r99, "", "2000-04-30", "month", false},
	{"First results by July 2000", r99, "", "2000-07-31", "month", false},
	{"First part done by January 2000", r99, "", "2000-01-31", "month", false},
	{"May 2000", r99, "2000-05-01", "2000-05-31", "month", false},
	{"Action on these initiatives to start January 2000", r99, "2000-01-01", "", "month", false},
	{"Completed by end 2000", r99, "", "2000-12-31", "year", false},
	{"Starting January 2000 and continuing", r99, "2000-01-01", "", "month", false},
	{"First initiatives by December 1999", r99, "", "1999-12-31", "month", false},
	{"By June 2000", r99, "", "2000-06-30", "month", false},
	{"Starting December 1999", r99, "1999-12-01", "", "month", false},
	{"Completed by December 2000", r99, "", "2000-12-31", "month", false},
	{"By October 2019", r20, "", "2019-10-31", "month", false},
	{"By mid-2019", "", "", "2019-06-30", "half", false},
	{"to be completed in 2021", "", "2021-01-01", "2021-12-31", "year", false},
	{"Starting 2020 with a pilot; completed by mid-2021", "", "2020-01-01", "2021-06-30", "half", false},

	// years and ranges of years
	{"2021", "", "2021-01-01", "2021-12-31", "year", false},
	{"2024–2027", "", "2024-01-01", "2027-12-31", "year", false},
	{"2024-2027", "", "2024-01-01", "2027-12-31", "year", false},
	{"2024 - 2027", "", "2024-01-01", "2027-12-31", "year", false},
	{"2024--2027", "", "2024-01-01", "2027-12-31", "year", false},
	{"2024—2027", "", "2024-01-01", "2027-12-31", "year", false},
	{"2019/20", "", "2019-01-01", "2020-12-31", "year", false},
	{"2019-20", "", "2019-01-01", "2020-12-31", "year", false},
	{"2019 - 20", "", "2019-01-01", "2020-12-31", "year", false},
	{"2019--20", "", "2019-01-01", "2020-12-31", "year", false},
	{"2019—20", "", "2019-01-01", "2020-12-31", "year", false},
	{"2019\u201120", "", "2019-01-01", "2020-12-31", "year", false},
	{"2019\u221220", "", "2019-01-01", "2020-12-31", "year", false},
	{"2019 –20", "", "2019-01-01", "2020-12-31", "year", false},
	{"1999–2000", "", "1999-01-01", "2000-12-31", "year", false},
	{"1999-00", "", "1999-01-01", "2000-12-31", "year", false},
	{"2020-21", "", "2020-01-01", "2021-12-31", "year", false},
	{"between 2022 and 2025", "", "2022-01-01", "2025-12-31", "year", false},
	{"from 2019 to 2021", "", "2019-01-01", "2021-12-31", "year", false},
	{"the 2024–25 biennium", "", "2024-01-01", "2025-12-31", "biennium", false},
	{"the biennium 2024–25", "", "2024-01-01", "2025-12-31", "biennium", false},
	{"2026–27 biennium", "", "2026-01-01", "2027-12-31", "biennium", false},
	{"2024-2025 biennium", "", "2024-01-01", "2025-12-31", "biennium", false},
	{"in 2024–25", "", "2024-01-01", "2025-12-31", "year", false},
	{"during 2022", "", "2022-01-01", "2022-12-31", "year", false},
	{"throughout 2023", "", "2023-01-01", "2023-12-31", "year", false},
	{"in the course of 2023", "", "2023-01-01", "2023-12-31", "year", false},
	{"in the year 2020", "", "2020-01-01", "2020-12-31", "year", false},
	{"until 2021", "", "", "2020-12-31", "year", false},
	{"till 2022", "", "", "2021-12-31", "year", false},
	{"up until 2022", "", "", "2021-12-31", "year", false},
	{"before 2021", "", "", "2020-12-31", "year", false},
	{"prior to 2021", "", "", "2020-12-31", "year", false},
	{"ahead of 2021", "", "", "2020-12-31", "year", false},
	{"no later than 2022", "", "", "2022-12-31", "year", false},
	{"not later than 2022", "", "", "2022-12-31", "year", false},
	{"by no later than 2022", "", "", "2022-12-31", "year", false},
	{"through 2025", "", "", "2025-12-31", "year", false},
	{"up to and including 2025", "", "", "2025-12-31", "year", false},
	{"after 2021", "", "2022-01-01", "", "year", false},
	{"as of 2021", "", "2021-01-01", "", "year", false},
	{"as from 2021", "", "2021-01-01", "", "year", false},
	{"from 2021", "", "2021-01-01", "", "year", false},
	{"beginning in 2021", "", "2021-01-01", "", "year", false},
	{"commencing 2021", "", "2021-01-01", "", "year", false},
	{"effective 2021", "", "2021-01-01", "", "year", false},
	{"with effect from 2021", "", "2021-01-01", "", "year", false},
	{"starting from 2023", "", "2023-01-01", "", "year", false},
	{"within 2021", "", "2021-01-01", "2021-12-31", "year", false},
	{"by 2030", "", "", "2030-12-31", "year", false},
	{"By  end   2019", "", "", "2019-12-31", "year", false},
	{"BY END 2019", "", "", "2019-12-31", "year", false},
	{"By end 2019.", "", "", "2019-12-31", "year", false},
	{"  2021  ", "", "2021-01-01", "2021-12-31", "year", false},
	{"(2021)", "", "2021-01-01", "2021-12-31", "year", false},
	{"2019. Ongoing", "", "2019-01-01", "2019-12-31", "year", false},

	// months
	{"March 2019", "", "2019-03-01", "2019-03-31", "month", false},
	// French month names in the deadline cells of francophone plans
	{"Décembre 2024", "", "2024-12-01", "2024-12-31", "month", false},
	{"Mars 2025", "", "2025-03-01", "2025-03-31", "month", false},
	{"juin 2025", "", "2025-06-01", "2025-06-30", "month", false},
	{"Sept. 2020", "", "2020-09-01", "2020-09-30", "month", false},
	{"Sep 2020", "", "2020-09-01", "2020-09-30", "month", false},
	{"by Dec 2021", "", "", "2021-12-31", "month", false},
	{"February 2024", "", "2024-02-01", "2024-02-29", "month", false},
	{"February 2023", "", "2023-02-01", "2023-02-28", "month", false},
	{"October–November 2020", "", "2020-10-01", "2020-11-30", "month", false},
	{"October/November 2020", "", "2020-10-01", "2020-11-30", "month", false},
	{"January to March 2024", "", "2024-01-01", "2024-03-31", "month", false},
	{"March and April 2020", "", "2020-03-01", "2020-04-30", "month", false},
	{"between January and March 2024", "", "2024-01-01", "2024-03-31", "month", false},
	{"November 2023–February 2024", "", "2023-11-01", "2024-02-29", "month", false},
	{"from March 2019 to June 2020", "", "2019-03-01", "2020-06-30", "month", false},
	{"December–January 2025", "", "2024-12-01", "2025-01-31", "month", false},
	{"March, 2021", "", "2021-03-01", "2021-03-31", "month", false},
	{"by end of June 2021", "", "", "2021-06-30", "month", false},
	{"by the end of June 2021", "", "", "2021-06-30", "month", false},
	{"end-March 2019", "", "", "2019-03-31", "month", false},
	{"until March 2020", "", "", "2020-02-29", "month", false},
	{"before April 2021", "", "", "2021-03-31", "month", false},
	{"after March 2021", "", "2021-04-01", "", "month", false},
	{"in May 2022", "", "2022-05-01", "2022-05-31", "month", false},
	{"by september 2021", "", "", "2021-09-30", "month", false},
	{"By September", r20, "", "2021-09-30", "month", false},
	{"By January", r20, "", "2021-01-31", "month", false},
	{"By December", r20, "", "2020-12-31", "month", false},
	{"By October", r20, "", "2021-10-31", "month", false},
	{"in March", r24, "2025-03-01", "2025-03-31", "month", false},
	{"until June", r24, "", "2024-05-31", "month", false},
	{"By September", "", "", "", "month", false},
	{"mid-March 2019", "", "", "2019-03-15", "month", false},
	{"early March 2020", "", "2020-03-01", "2020-03-15", "month", false},
	{"late March 2020", "", "2020-03-16", "2020-03-31", "month", false},
	{"beginning of March 2020", "", "2020-03-01", "2020-03-15", "month", false},
	{"the start of 2021", "", "2021-01-01", "2021-01-31", "month", false},
	{"by the beginning of 2021", "", "", "2021-01-31", "month", false},
	{"end 2025", "", "", "2025-12-31", "year", false},
	{"end-2025", "", "", "2025-12-31", "year", false},
	{"end of 2025", "", "", "2025-12-31", "year", false},
	{"the end of 2025", "", "", "2025-12-31", "year", false},
	{"at the end of 2025", "", "", "2025-12-31", "year", false},
	{"until the end of 2020", "", "", "2020-12-31", "year", false},
	{"before the end of 2020", "", "", "2020-12-31", "year", false},
	{"the close of 2020", "", "", "2020-12-31", "year", false},
	{"mid-2025", "", "", "2025-06-30", "half", false},
	{"mid 2025", "", "", "2025-06-30", "half", false},
	{"middle of 2025", "", "", "2025-06-30", "half", false},
	{"by the middle of 2025", "", "", "2025-06-30", "half", false},
	{"early 2024", "", "2024-01-01", "2024-06-30", "half", false},
	{"early-2024", "", "2024-01-01", "2024-06-30", "half", false},
	{"late 2023", "", "2023-07-01", "2023-12-31", "half", false},
	{"by late 2023", "", "", "2023-12-31", "half", false},
	{"by early 2024", "", "", "2024-06-30", "half", false},

	// quarters and halves
	{"Q1 2024", "", "2024-01-01", "2024-03-31", "quarter", false},
	{"Q2 2024", "", "2024-04-01", "2024-06-30", "quarter", false},
	{"Q3 2024", "", "2024-07-01", "2024-09-30", "quarter", false},
	{"Q4 2024", "", "2024-10-01", "2024-12-31", "quarter", false},
	{"Q1/2024", "", "2024-01-01", "2024-03-31", "quarter", false},
	{"T2 2022", "", "2022-04-01", "2022-06-30", "quarter", false},
	{"T4 2022", "", "2022-10-01", "2022-12-31", "quarter", false},
	{"S1 2023", "", "2023-01-01", "2023-06-30", "half", false},
	{"Q1-2024", "", "2024-01-01", "2024-03-31", "quarter", false},
	{"q2 2025", "", "2025-04-01", "2025-06-30", "quarter", false},
	{"first quarter of 2024", "", "2024-01-01", "2024-03-31", "quarter", false},
	{"1st quarter 2024", "", "2024-01-01", "2024-03-31", "quarter", false},
	{"the second quarter of 2024", "", "2024-04-01", "2024-06-30", "quarter", false},
	{"third quarter 2023", "", "2023-07-01", "2023-09-30", "quarter", false},
	{"fourth quarter of 2023", "", "2023-10-01", "2023-12-31", "quarter", false},
	{"last quarter of 2023", "", "2023-10-01", "2023-12-31", "quarter", false},
	{"by the end of the first quarter of 2024", "", "", "2024-03-31", "quarter", false},
	{"by Q3 2024", "", "", "2024-09-30", "quarter", false},
	{"Q4 of 2024", "", "2024-10-01", "2024-12-31", "quarter", false},
	{"by year-end 2020", "", "", "2020-12-31", "year", false},
	{"year end 2020", "", "", "2020-12-31", "year", false},
	{"by end-year", r20, "", "2020-12-31", "year", false},
	{"end of Q2 2025", "", "", "2025-06-30", "quarter", false},
	{"Q1 2024 – Q3 2024", "", "2024-01-01", "2024-09-30", "quarter", false},
	{"H1 2024", "", "2024-01-01", "2024-06-30", "half", false},
	{"H2 2024", "", "2024-07-01", "2024-12-31", "half", false},
	{"second half of 2024", "", "2024-07-01", "2024-12-31", "half", false},
	{"first half of 2025", "", "2025-01-01", "2025-06-30", "half", false},
	{"1st half 2025", "", "2025-01-01", "2025-06-30", "half", false},
	{"first semester 2021", "", "2021-01-01", "2021-06-30", "half", false},
	{"second semester of 2021", "", "2021-07-01", "2021-12-31", "half", false},
	{"by H1 2025", "", "", "2025-06-30", "half", false},
	{"during the second half of 2024", "", "2024-07-01", "2024-12-31", "half", false},

	// days
	{"31 January 2024", "", "2024-01-31", "2024-01-31", "day", false},
	{"1 March 2024", "", "2024-03-01", "2024-03-01", "day", false},
	{"1st March 2024", "", "2024-03-01", "2024-03-01", "day", false},
	{"1st of March 2024", "", "2024-03-01", "2024-03-01", "day", false},
	{"the 3rd of June 2024", "", "2024-06-03", "2024-06-03", "day", false},
	{"31.01.2024", "", "2024-01-31", "2024-01-31", "day", false},
	{"01.02.2024", "", "2024-02-01", "2024-02-01", "day", false},
	{"31/01/2024", "", "2024-01-31", "2024-01-31", "day", false},
	{"12/31/2024", "", "2024-12-31", "2024-12-31", "day", false},
	{"2024-01-31", "", "2024-01-31", "2024-01-31", "day", false},
	{"2024/01/31", "", "2024-01-31", "2024-01-31", "day", false},
	{"2024.01.31", "", "2024-01-31", "2024-01-31", "day", false},
	{"31-01-2024", "", "2024-01-31", "2024-01-31", "day", false},
	{"January 31, 2024", "", "2024-01-31", "2024-01-31", "day", false},
	{"January 31 2024", "", "2024-01-31", "2024-01-31", "day", false},
	{"June 30, 2021", "", "2021-06-30", "2021-06-30", "day", false},
	{"Dec. 1, 2021", "", "2021-12-01", "2021-12-01", "day", false},
	{"1 Dec 2021", "", "2021-12-01", "2021-12-01", "day", false},
	{"31 Jan 2024", "", "2024-01-31", "2024-01-31", "day", false},
	{"05 March 2024", "", "2024-03-05", "2024-03-05", "day", false},
	{"29 February 2024", "", "2024-02-29", "2024-02-29", "day", false},
	{"29 February 2023", "", "2023-02-01", "2023-02-28", "month", false},
	{"31 April 2024", "", "2024-04-01", "2024-04-30", "month", false},
	{"Monday, 2 November 2020", "", "2020-11-02", "2020-11-02", "day", false},
	{"by 30 June 2021", "", "", "2021-06-30", "day", false},
	{"on 15 March 2021", "", "2021-03-15", "2021-03-15", "day", false},
	{"until 31 January 2024", "", "", "2024-01-31", "day", false},
	{"before 31 January 2024", "", "", "2024-01-30", "day", false},
	{"from 1 January 2024", "", "2024-01-01", "", "day", false},
	{"as of 1 January 2024", "", "2024-01-01", "", "day", false},
	{"after 31 December 2023", "", "2024-01-01", "", "day", false},
	{"14–16 March 2024", "", "2024-03-14", "2024-03-16", "day", false},
	{"14-16 March 2024", "", "2024-03-14", "2024-03-16", "day", false},
	{"14 to 16 March 2024", "", "2024-03-14", "2024-03-16", "day", false},
	{"12–26 March 2020", "", "2020-03-12", "2020-03-26", "day", false},
	{"1 March–30 June 2024", "", "2024-03-01", "2024-06-30", "day", false},
	{"by 31 January", r24, "", "2025-01-31", "day", false},
	{"by 30 June", r24, "", "2024-06-30", "day", false},
	{"by 15 May", r24, "", "2024-05-15", "day", false},
	{"by 15 May", "", "", "", "day", false},

	// sessions of the Governing Body and of the Conference
	{"at its 356th Session", "", "", "2026-03-31", "session", false},
	{"the 352nd Session of the Governing Body", "", "2024-10-01", "2024-11-30", "session", false},
	{"GB.352", "", "2024-10-01", "2024-11-30", "session", false},
	{"to its 340th Session", "", "", "2020-11-14", "session", false},
	{"at its 340th Session (October–November 2020)", "", "", "2020-11-14", "session", false},
	{"the 112th Session of the Conference", "", "2024-06-03", "2024-06-14", "session", false},
	{"the 112th Session of the International Labour Conference", "", "2024-06-03", "2024-06-14", "session", false},
	{"the 112th International Labour Conference", "", "2024-06-03", "2024-06-14", "session", false},
	{"its 109th Session", "", "2021-05-20", "2021-12-11", "session", false},
	{"the 109th (2021) Session", "", "2021-05-20", "2021-12-11", "session", false},
	{"at its 338th Session", "", "", "2020-03-26", "session", false},
	{"at its 339th Session", "", "", "2020-06-06", "session", false},
	{"the November 2024 session", "", "2024-10-01", "2024-11-30", "session", false},
	{"the March session", "2025-11-30", "2026-03-01", "2026-03-31", "session", false},
	{"at the June session of the Conference", r24, "", "2024-06-14", "session", false},
	{"the March session", "", "", "", "session", true},
	{"the March 2026 session", "", "2026-03-01", "2026-03-31", "session", false},
	{"the June 2026 session of the Conference", "", "2026-06-01", "2026-06-30", "session", false},
	{"the 2021 session of the Conference", "", "2021-05-20", "2021-12-11", "session", false},
	{"by its 400th Session", "", "", "", "session", false},
	{"ILC.112", "", "2024-06-03", "2024-06-14", "session", false},
	{"before the 344th Session of the GB", "", "", "2022-02-28", "session", false},
	{"the 344th Session of the ILO Governing Body", "", "2022-03-01", "2022-03-25", "session", false},
	{"the 344th GB Session", "", "2022-03-01", "2022-03-25", "session", false},
	{"the 112th ILC Session", "", "2024-06-03", "2024-06-14", "session", false},
	{"the 112th ILC", "", "2024-06-03", "2024-06-14", "session", false},
	{"the 350th Governing Body", "", "2024-03-04", "2024-03-31", "session", false},
	{"ILC.112/Record No. 5", "", "", "", "", false},
	{"GB.349/INS/3(Rev.1)", "", "", "", "", false},
	{"March 2021 (GB.341)", "", "2021-03-01", "2021-03-31", "month", false},
	{"GB.341 (March 2021)", "", "2021-03-15", "2021-03-27", "session", false},
	{"Starting 2020; GB.341", "", "2021-03-15", "2021-03-27", "session", false},
	{"at its 94th Session (November–December 2023)", "", "", "2023-12-31", "session", false},
	{"at its 356th Session (March 2026)", "", "", "2026-03-31", "session", false},
	// A range of quarters printed with a glued dash starts with its first quarter.
	{"Q4 2026–Q1 2027", "", "2026-10-01", "2027-03-31", "quarter", false},
	{"Q3 2026-Q2 2027", "", "2026-07-01", "2027-06-30", "quarter", false},
	{"H2 2026–H1 2027", "", "2026-07-01", "2027-06-30", "half", false},
	// Sessions of other bodies. The General Assembly's Nth regular session opens in September
	// of 1945+N and its main part closes in December; an Executive Board meets in a first
	// regular session (January–February), an annual session (June) and a second regular
	// session (August–September).
	{"at its eightieth session", "2024-12-24", "", "2025-12-31", "session", false},
	{"at the main part of the eightieth session of the Assembly", "2024-12-24", "", "2025-12-31", "session", false},
	{"at the seventy-ninth session of the General Assembly", "", "", "2024-12-31", "session", false},
	{"at its 80th session", "2024-12-24", "", "2025-12-31", "session", false},
	{"at its 80th session", "", "", "", "session", false}, // without a date: the Conference's (1993), not in the calendar
	{"at its 113th session", "2024-12-24", "", "2025-06-13", "session", false},
	{"at the first regular session 2027", "", "", "2027-02-28", "session", false},
	{"at its annual session 2026", "", "", "2026-06-30", "session", false},
	{"at the second regular session of 2025", "", "", "2025-09-30", "session", false},
	{"at the 2027 annual session", "", "", "2027-06-30", "session", false},
	{"at the first regular session in 2028", "", "", "2028-02-29", "session", false},
	{"at its annual session, in June 2027", "2026-02-20", "", "2027-06-30", "session", false},
	// A named session without its year is the next one after the document's date.
	{"at its annual session", "2026-02-20", "", "2026-06-30", "session", false},
	{"at its annual session", "2026-09-30", "", "2027-06-30", "session", false},
	{"to the Executive Board at its next first regular session", "2026-09-30", "", "2027-02-28", "session", false},
	{"at its annual session", "", "", "", "", false},
	// French names of the board sessions.
	{"à sa session annuelle de 2027", "", "", "2027-06-30", "session", false},
	{"à sa première session ordinaire de 2027", "", "", "2027-02-28", "session", false},
	{"à sa deuxième session ordinaire de 2026", "", "", "2026-09-30", "session", false},
	{"à sa session annuelle", "2026-09-30", "", "2027-06-30", "session", false},
	{"at its 2026 second regular session of the Executive Board", "", "", "2026-09-30", "session", false},
	{"to the UNICEF Executive Board at its first regular session, 2026", "", "", "2026-02-28", "session", false},
	{"at the 115th Session of the Conference", "", "", "2027-06-30", "session", false},
	{"at the beginning of the eighty-third session of the General Assembly", "", "", "2028-09-01", "session", false},
	{"by the end of its 356th Session", "", "", "2026-03-31", "session", false},
	{"at its 367th Session", "", "", "2029-11-30", "session", false},
	{"at its 400th Session (March 2040)", "", "", "2040-03-31", "session", false},
	{"at its forthcoming 344th Session", "", "", "2022-03-25", "session", false},
	{"at its 270th Session", "", "", "1997-11-30", "session", false},
	{"at its 276th Session", "", "", "1999-11-30", "session", false},
	{"its next session", r20, "2020-11-02", "2020-11-14", "session", false},
	{"the next session of the Governing Body", r24, "2024-06-15", "2024-06-15", "session", false},
	{"the next session of the Conference", r24, "2024-06-03", "2024-06-14", "session", false},
	{"at its 313th Session", "", "", "2012-03-30", "session", false},
	{"at its 355th Session", "", "", "2025-11-27", "session", false},
	{"the 346th Session", "", "2022-10-31", "2022-11-10", "session", false},
	{"GB.340", "", "2020-11-02", "2020-11-14", "session", false},
	{"for its 361st Session", "", "2027-10-01", "2027-11-30", "session", false},
	{"before its 344th Session", "", "", "2022-02-28", "session", false},

	// relative to the document's date
	{"in the coming months", r20, "2020-10-09", "2021-04-09", "relative", true},
	{"in the coming weeks", r20, "2020-10-09", "2020-12-09", "relative", true},
	{"in the coming years", r20, "2020-10-09", "2023-10-09", "relative", true},
	{"in the near future", r20, "2020-10-09", "2021-10-09", "relative", true},
	{"in the next few months", r20, "2020-10-09", "2021-04-09", "relative", true},
	{"within 18 months", r20, "2020-10-09", "2022-04-09", "relative", false},
	{"within a year", r20, "2020-10-09", "2021-10-09", "relative", false},
	{"within two years", r20, "2020-10-09", "2022-10-09", "relative", false},
	{"within six weeks", r20, "2020-10-09", "2020-11-20", "relative", false},
	{"within 30 days", r20, "2020-10-09", "2020-11-08", "relative", false},
	{"in two years", r20, "2020-10-09", "2022-10-09", "relative", false},
	{"over the next two years", r20, "2020-10-09", "2022-10-09", "relative", false},
	{"over the next biennium", r20, "2022-01-01", "2023-12-31", "biennium", false},
	{"during the current biennium", r20, "2020-01-01", "2021-12-31", "biennium", false},
	{"this biennium", "2021-03-01", "2020-01-01", "2021-12-31", "biennium", false},
	{"within the next two biennia", r20, "2020-10-09", "2024-10-09", "relative", false},
	{"in the next five years", r20, "2020-10-09", "2025-10-09", "relative", false},
	{"next year", r20, "2021-01-01", "2021-12-31", "year", false},
	{"by next year", r20, "", "2021-12-31", "year", false},
	{"this year", r20, "2020-01-01", "2020-12-31", "year", false},
	{"the current year", r20, "2020-01-01", "2020-12-31", "year", false},
	{"last year", r20, "2019-01-01", "2019-12-31", "year", false},
	{"next month", r20, "2020-11-01", "2020-11-30", "month", false},
	{"by next month", "2020-12-09", "", "2021-01-31", "month", false},
	{"by the end of the year", r20, "", "2020-12-31", "year", false},
	{"by the end of this year", r20, "", "2020-12-31", "year", false},
	{"before the end of the current year", r20, "", "2020-12-31", "year", false},
	{"by the end of next year", r20, "", "2021-12-31", "year", false},
	{"by the end of the month", r20, "", "2020-10-31", "month", false},
	{"by the end of the year", "", "", "", "relative", true},
	{"in the coming months", "", "", "", "relative", true},
	{"within 18 months", "", "", "", "relative", true},
	{"next year", "", "", "", "relative", true},

	// wordings of evaluation reports' timing columns
	{"P&B 2024-25", "", "2024-01-01", "2025-12-31", "biennium", false},
	{"Within the next P&B cycle (2022-23)", "", "2022-01-01", "2023-12-31", "biennium", false},
	{"Q4 2021 - Q2 2022", "", "2021-10-01", "2022-06-30", "quarter", false},
	{"End of 2021/early 2022", "", "2021-12-31", "2022-06-30", "year", false},
	{"Before ILC 2022", "", "", "2022-05-31", "session", false},
	{"Before the 110th ILC (June 2022)", "", "", "2022-05-31", "session", false},
	{"the 2022 ILC", "", "2022-06-01", "2022-06-30", "session", false},
	{"At the latest by June 2022", "", "", "2022-06-30", "month", false},
	{"Within 6 months of approval", r20, "", "", "relative", true},
	{"Jan-Mar 2022", "", "2022-01-01", "2022-03-31", "month", false},
	{"Jan.–Mar. 2022", "", "2022-01-01", "2022-03-31", "month", false},
	{"2022 Q1", "", "2022-01-01", "2022-03-31", "quarter", false},
	{"2024 H2", "", "2024-07-01", "2024-12-31", "half", false},
	{"mid-2022 onwards", "", "2022-06-30", "", "half", false},
	{"From 2022 onwards", "", "2022-01-01", "", "year", false},
	{"2022 and beyond", "", "2022-01-01", "", "year", false},
	{"The 2022–23 biennium and beyond", "", "2022-01-01", "", "biennium", false},
	{"Up to 2025", "", "", "2025-12-31", "year", false},
	{"No later than end-2022", "", "", "2022-12-31", "year", false},
	{"Completed in December 2020", "", "2020-12-01", "2020-12-31", "month", false},
	{"December", "2021-10-01", "2021-12-01", "2021-12-31", "month", false},
	{"end-December", "2021-10-01", "", "2021-12-31", "month", false},
	{"By 15/12/2021", "", "", "2021-12-15", "day", false},

	// words that name no time: a Due with the text and no bounds
	{"Short term", "", "", "", "", false},
	{"Medium term (1-2 years)", "", "", "", "", false},
	{"Long-term", "", "", "", "", false},
	{"ASAP", "", "", "", "", false},
	{"12 months", "", "", "", "", false},
	{"Ongoing (since 2019)", "", "", "", "", false},
	{"December", "", "", "", "month", false},
	{"Continuously", "", "", "", "", false},
	{"Ongoing", "", "", "", "", false},
	{"As required", "", "", "", "", false},
	{"As necessary", "", "", "", "", false},
	{"As needed", "", "", "", "", false},
	{"Continuously by e-mail etc. and periodic meetings", "", "", "", "", false},
	{"Started, to be continued", "", "", "", "", false},
	{"Under negotiation", "", "", "", "", false},
	{"At the end of periods appropriate to specific situations", "", "", "", "", false},
	{"Annually or at least biennially", "", "", "", "", false},
	{"Starting immediately", "", "", "", "", false},
	{"Biennially (each P&B) and updated periodically", "", "", "", "", false},
	{"Continuously, as feasible", "", "", "", "", false},
	{"On a regular basis", "", "", "", "", false},
	{"Linked to review of field structure", "", "", "", "", false},
	{"To be integrated in the field restructuring process", "", "", "", "", false},
	{"Regularly", "", "", "", "", false},
	{"Periodically", "", "", "", "", false},
	{"Immediately", "", "", "", "", false},
	{"To be determined", "", "", "", "", false},
	{"TBD", "", "", "", "", false},
	{"n/a", "", "", "", "", false},
	{"—", "", "", "", "", false},
	{"Every year", "", "", "", "", false},
	{"Each biennium", "", "", "", "", false},
	{"Quarterly", "", "", "", "", false},
	{"every six months", "", "", "", "", false},
	{"for six months", "", "", "", "", false},
	{"3 months", "", "", "", "", false},
	{"the following year", r20, "", "", "", false},
	{"may be postponed", "", "", "", "", false},
	// descriptions: a period that says what, not when
	{"Strategy for 2019–2023", "", "", "", "", false},
	{"Programme and Budget for 2026–27", "", "", "", "", false},
	{"for the 2024–25 biennium", "", "", "", "", false},
	{"since 2019", "", "", "", "", false},
	// numbers that are not years
	{"resolution 72/279", "", "", "", "", false},
	{"A/75/79", "", "", "", "", false},
	{"A/RES/2020/1", "", "", "", "", false},
	{"ILO/2020/05", "", "", "", "", false},
	{"ILO/2020/11/05", "", "", "", "", false},
	{"(31.01.2024)", "", "2024-01-31", "2024-01-31", "day", false},
	{"www.ilo.org/2020/report", "", "", "", "", false},
	{"US$73 million", "", "", "", "", false},
	{"US$2020 million", "", "", "", "", false},
	{"US$ 2020", "", "", "", "", false},
	{"CHF 2021", "", "", "", "", false},
	{"€2020", "", "", "", "", false},
	{"2020 million", "", "", "", "", false},
	{"2020 per cent", "", "", "", "", false},
	{"2020%", "", "", "", "", false},
	{"2020.5", "", "", "", "", false},
	{"2,020 participants", "", "", "", "", false},
	{"2020 workers", "", "", "", "", false},
	{"1999 women", "", "", "", "", false},
	{"Convention No. 208", "", "", "", "", false},
	{"No. 2020", "", "", "", "", false},
	{"Recommendation No. 204", "", "", "", "", false},
	{"para. 3", "", "", "", "", false},
	{"paragraph 2019", "", "", "", "", false},
	{"paragraphs 12–14", "", "", "", "", false},
	{"pages 2019–2020", "", "", "", "", false},
	{"page 2021", "", "", "", "", false},
	{"Article 19", "", "", "", "", false},
	{"ISO 9001", "", "", "", "", false},
	{"ISO 2015", "", "", "", "", false},
	{"Annex 2021", "", "", "", "", false},
	{"table 2020", "", "", "", "", false},
	{"50 per cent", "", "", "", "", false},
	{"3.5 per cent", "", "", "", "", false},
	{"+41 22 799 2020", "", "", "", "", false},
	{"Tel. +41 22 799 6111", "", "", "", "", false},
	{"022 799 2019", "", "", "", "", false},
	{"GB.340/INS/6", "", "", "", "", false},
	{"GB.352/PFA/1", "", "", "", "", false},
	{"COVID-19", "", "", "", "", false},
	{"2019-nCoV", "", "", "", "", false},
	{"the 2020s", "", "", "", "", false},
	{"the 1990's", "", "", "", "", false},
	{"the 1990’s", "", "", "", "", false},
	{"FY2021", "", "", "", "", false},
	{"2500", "", "", "", "", false},
	{"1850", "", "", "", "", false},
	{"12345", "", "", "", "", false},
	{"2024-02-30", "", "", "", "", false},
	{"decision 2019/12", "", "", "", "", false},
	{"the 91st Session of the Committee on Freedom of Association", "", "", "", "", false},
	{"the 73rd session of the UN General Assembly", "", "2018-09-01", "2018-12-31", "session", false}, // main part: September to December of 1945+N
	{"the 20th century", "", "", "", "", false},
	{"the 5th meeting", "", "", "", "", false},
	{"SDG 8.5", "", "", "", "", false},
	{"C190", "", "", "", "", false},
	{"Rule 2020", "", "", "", "", false},
}

func TestParseDueTable(t *testing.T) {
	if len(dueCases) < 300 {
		t.Fatalf("dueCases has %d rows, want at least 300", len(dueCases))
	}
	none := 0
	for _, c := range dueCases {
		if c.end == "" && c.start == "" && c.prec == "" {
			none++
		}
	}
	if none < 50 {
		t.Errorf("dueCases has %d rows without a bound, want at least 50", none)
	}
	for _, c := range dueCases {
		t.Run(c.text+"@"+c.ref, func(t *testing.T) {
			d := ParseDue(c.text, day(c.ref))
			if d == nil {
				t.Fatalf("ParseDue(%q, %s) = nil, want a Due", c.text, c.ref)
			}
			got := [3]string{str(d.Start), str(d.End), str(d.Precision)}
			want := [3]string{c.start, c.end, c.prec}
			if got != want || d.Vague != c.vague {
				t.Errorf("ParseDue(%q, %s) = start %q end %q precision %q vague %v, want %q %q %q %v",
					c.text, c.ref, got[0], got[1], got[2], d.Vague, want[0], want[1], want[2], c.vague)
			}
			if want := trimmed(c.text); d.Text != want {
				t.Errorf("ParseDue(%q).Text = %q, want %q", c.text, d.Text, want)
			}
		})
	}
}

func trimmed(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	for len(s) > 0 && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	return s
}

func TestParseDueEmpty(t *testing.T) {
	for _, s := range []string{"", "   ", "\n\t"} {
		if d := ParseDue(s, time.Time{}); d != nil {
			t.Errorf("ParseDue(%q) = %+v, want nil", s, d)
		}
	}
}

func TestParseDueCalendarLabel(t *testing.T) {
	d := ParseDue("at its 356th Session", time.Time{})
	if d.Calendar != "GB.356, March 2026" {
		t.Errorf("ParseDue(%q).Calendar = %q, want %q", d.Text, d.Calendar, "GB.356, March 2026")
	}
	if d := ParseDue("By end 2019", time.Time{}); d.Calendar != "" {
		t.Errorf("ParseDue(%q).Calendar = %q, want empty", d.Text, d.Calendar)
	}
}

// A bound written back as an ISO day reads as that day: normalizing a normalized value
// changes nothing.
func TestParseDueRoundTrip(t *testing.T) {
	for _, c := range dueCases {
		d := ParseDue(c.text, day(c.ref))
		for _, b := range []*string{d.Start, d.End} {
			if b == nil {
				continue
			}
			again := ParseDue(*b, time.Time{})
			if str(again.End) != *b || str(again.Start) != *b || str(again.Precision) != PrecisionDay {
				t.Errorf("ParseDue(%q) (from %q) = %q..%q %q, want the same day", *b, c.text,
					str(again.Start), str(again.End), str(again.Precision))
			}
		}
	}
}
