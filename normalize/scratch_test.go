package normalize

import (
	"fmt"
	"testing"
	"time"
)

func TestScratch3(t *testing.T) {
	ref := time.Date(2021, 10, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []string{"Short term", "Medium term (1-2 years)", "Long-term", "Immediate", "12 months", "By end of 2022",
		"2022-2023", "Within next biennium", "P&B 2024-25", "Within the next P&B cycle (2022-23)", "Q4 2021 - Q2 2022",
		"End of 2021/early 2022", "Before ILC 2022", "Before the 110th ILC (June 2022)", "ASAP", "At the latest by June 2022",
		"Within 6 months of approval", "Jan-Mar 2022", "Jan.–Mar. 2022", "Sept 2022", "1Q 2022", "2022 Q1", "mid-2022 onwards",
		"From 2022 onwards", "2022 and beyond", "Up to 2025", "No later than end-2022", "The 2022–23 biennium and beyond",
		"Ongoing (since 2019)", "Completed in December 2020", "Late 2021", "Spring 2022", "December", "end-December", "By 15/12/2021"} {
		d := ParseDue(c, ref)
		fmt.Printf("%-45q %s..%s %s %v %s\n", c, s(d.Start), s(d.End), s(d.Precision), d.Vague, d.Calendar)
	}
}
func s(p *string) string { if p == nil { return "-" }; return *p }
