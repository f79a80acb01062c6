package normalize

import (
	"fmt"
	"testing"
	"time"
)

func TestScratch2(t *testing.T) {
	ref := time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC)
	for _, txt := range []string{
		"The Governing Body requested the Director-General to submit a progress report at its 355th Session (November 2025).",
		"Decides to place an item on the agenda of the 114th Session (2026) of the International Labour Conference.",
		"The evaluation covered the period 2018–2023 and 45 projects in 17 countries, with a budget of US$ 25.3 million.",
		"Recommendation 3: By Q2 2025, PROGRAM should revise the results framework (high priority; medium resource implications).",
		"The Violence and Harassment Convention, 2019 (No. 190), entered into force on 25 June 2021.",
		"In line with the Centenary Declaration (2019) and the Global Call to Action (2021), the Office will, over the 2024–25 biennium, scale up support.",
		"Between 1 January and 30 June 2024, 1,234 participants were trained; a further 2,000 will be trained by end-2025.",
		"The ILO Decent Work Country Programme for 2023–2027 was signed in March 2023 and will run until December 2027.",
		"Phase II (2025-2027) is expected to start no later than the third quarter of 2025, subject to funding.",
		"Contact: ilo@ilo.org, tel. +41 22 799 7912, fax +41 22 798 8685, P.O. Box 1211 Geneva 22.",
		"Table 3. Progress in 2022 and 2023 (in %), see Appendix II, pp. 45–47 and figure 2020-3.",
		"The Committee of Experts, at its 94th Session (November–December 2023), noted with concern...",
		"The DG will report back in March 2026, i.e. at the 356th Session, and again in 2027.",
		"Staff will be trained within the next 12 months and monitoring continues through 2026.",
		"The plan runs from mid-2024 to end-2026 with reviews every six months.",
		"As at 31 December 2023, expenditure stood at 87 per cent.",
		"Delivery rate 2024: 85%; target for 2025: 90%.",
	} {
		fmt.Println(">>", txt)
		for _, m := range FindTimes(txt, ref) {
			fmt.Printf("   %-45q %-10q %s..%s %s %s\n", m.Due.Text, m.Bound, s(m.Due.Start), s(m.Due.End), s(m.Due.Precision), m.Due.Calendar)
		}
	}
}
func s(p *string) string { if p == nil { return "-" }; return *p }
