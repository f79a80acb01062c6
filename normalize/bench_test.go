package normalize

import (
	"strings"
	"testing"
)

// benchText reads like the body of a Governing Body paper: long sentences, few of them with a
// date, numbers that are not years.
const benchText = `1. The Governing Body, at its 335th Session (March 2019), requested the Office to
report on the implementation of resolution 72/279 of the General Assembly. The present document
provides an update on the main developments since then and outlines the next steps, in line with
the Strategic Plan for 2022–25 and the Programme and Budget for 2020–21.
2. The repositioning of the United Nations development system has advanced steadily. A further
35 country teams will follow in 2021, and all country teams must have a cooperation framework by
the end of 2021. The Office contributed US$2.2 million to the resident coordinator system, that is
50 per cent more than in the previous biennium, as set out in document GB.340/PFA/1 and in
paragraphs 12 to 14 of the report of the Secretary-General (A/75/79).
3. Two additional chapters will be added to the Management and Accountability Framework in the
coming months. The funding compact commits Member States to increase core contributions to
30 per cent by 2023, and the UN development system to increase the proportion of common premises
to 50 per cent by 2021. The hybrid funding model will not change until 2021; a comprehensive
review will take place in 2021, and the results will be submitted to the General Assembly no later
than 31 December 2021.
4. Regional reviews took place between January and March 2020 in Africa, the Americas, Asia and
the Pacific, and Europe and Central Asia. The Office organized consultations with constituents on
14–16 October 2020, and will report to the Governing Body at its 341st Session (March 2021) on the
outcome. Country offices were asked to complete their self-assessments within six months and to
share them with the regional offices by mid-2021. The Office will also prepare guidance notes for
the second half of 2021, and training will continue throughout 2022.
5. The ILO Decent Work Country Programmes that end in 2020 or 2021 will be aligned with the new
cooperation frameworks, subject to the availability of resources. Contact: +41 22 799 6111.
Convention No. 190 and Recommendation No. 206 (2019) remain central to this work, as do the
conclusions adopted by the Conference at its 108th Session (June 2019). The Governing Body may
wish to request the Director-General to take into account its guidance in preparing the
Programme and Budget proposals for 2022–23 and to report on progress at its 343rd Session.
`

func BenchmarkFindTimes(b *testing.B) {
	ref := day(r20)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		FindTimes(benchText, ref)
	}
}

func BenchmarkParseDue(b *testing.B) {
	ref := day(r99)
	cells := []string{"By end 2019", "2019–20", "By mid-2020", "Starting January 2000", "Continuously",
		"Planning of review to begin January 2000 and to finish end 2000", "By September",
		"Completed by November 2000 for 2002-03 P&B", "at its 356th Session", "Under negotiation"}
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range cells {
			ParseDue(c, ref)
		}
	}
}

func BenchmarkParseStatus(b *testing.B) {
	texts := []string{"Completed", "Ongoing", "Completed/ongoing", "Starting 2020 following the revision", "Unclear wording here"}
	for b.Loop() {
		for _, s := range texts {
			ParseStatus(s)
		}
	}
}

// BenchmarkFindTimesHostile reads text built to make a rule look far ahead; its MB/s should stay
// near BenchmarkFindTimes's. A chain of day ranges once recursed down its whole length from
// every token.
func BenchmarkFindTimesHostile(b *testing.B) {
	for _, pat := range []string{"1 March–", "by the end of the ", "(2020/", "its 356th (", "2019–20–", "from 2019 to "} {
		text := strings.Repeat(pat, 5000) + "2024"
		b.Run(strings.TrimSpace(pat), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				FindTimes(text, day(r20))
			}
		})
	}
}
