package changes_test

import (
	"fmt"
	"os"
	"time"

	"gbtrack/changes"
	"gbtrack/normalize"
)

func ExampleWordDiff() {
	ops := changes.WordDiff("The Office will report in 2020", "The Office shall report in 2021")
	fmt.Println(changes.FormatDiff(ops))
	// Output: The Office [-will-] {+shall+} report in [-2020-] {+2021+}
}

func ExampleCompare() {
	old := []normalize.Item{{ID: "GB.340/INS/6#action_item-7", Doc: "GB.340/INS/6", Text: "Review the configuration.",
		Status: &normalize.Status{Text: "Planned", Value: normalize.StatusPlanned}}}
	cur := []normalize.Item{{ID: "GB.340/INS/6#action_item-7", Doc: "GB.340/INS/6", Text: "Review the configuration.",
		Status: &normalize.Status{Text: "Completed", Value: normalize.StatusCompleted}}}
	cs := changes.Compare(old, cur, time.Date(2020, 11, 25, 0, 0, 0, 0, time.UTC))
	changes.WriteText(os.Stdout, cs)
	// Output:
	// GB.340/INS/6
	//   status_changed GB.340/INS/6#action_item-7: planned → completed
}
