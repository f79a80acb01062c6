package items

import (
	"context"
	"testing"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// cases/53-board-session-bound: a board paper's masthead dates the session it is written for.
func TestBoardSessions(t *testing.T) {
	masthead := []textlayer.Block{
		table(1, 2,
			row(1, true, "United Nations", "DP/2026/41"),
			row(1, false, "Executive Board of the", "Distr.: General"),
			row(1, false, "United Nations Development Programme, the United Nations Population Fund and the United Nations Office for Project Services", "Original: English"),
			spanRow(1, 2, "First regular session 2027"),
		),
		para(1, "25 to 29 January 2027, New York Item 6 of the provisional agenda"),
	}
	moved, err := normalize.DefaultCalendar().Merge("UNDP\t2027 annual\t2027-07-05\t2027-07-08\tirregular\ttest\n")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		blocks []textlayer.Block
		cal    *normalize.Calendar
		want   string
	}{
		{"the masthead's session", append(masthead, para(1, "UNDP will brief the Executive Board at the first regular session 2027.")), nil, "2027-01-29"},
		{"the board's annual session", append(masthead, para(1, "UNDP will present a report at its annual session 2027.")), nil, "2027-06-30"},
		{"a run's calendar moves a session", append(masthead, para(1, "UNDP will present a report at its annual session 2027.")), moved, "2027-07-08"},
		{"no masthead: the pattern", []textlayer.Block{para(1, "UNDP will brief the Executive Board at the first regular session 2027.")}, nil, "2027-02-28"},
		{"UNICEF named before the session", []textlayer.Block{para(1, "UNICEF will report to its Executive Board at the first regular session 2027.")}, nil, "2027-02-28"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &textlayer.Document{Format: "pdf", Pages: 1, Blocks: tt.blocks}
			res, err := DetectWith(context.Background(), doc, Source{Ref: "t.pdf", FileID: "t"}, Options{Calendar: tt.cal})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, it := range res.Items {
				if it.Kind == normalize.KindCommitment && it.Due != nil && it.Due.End != nil {
					got = append(got, *it.Due.End)
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("commitment due.end = %v, want [%s]", got, tt.want)
			}
		})
	}
}
