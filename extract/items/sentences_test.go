package items

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "The Office will act. It will report.", []string{"The Office will act.", "It will report."}},
		{"convention number", "It ratified Convention No. 208 in 2020. Then it stopped.", []string{"It ratified Convention No. 208 in 2020.", "Then it stopped."}},
		{"paragraph reference", "See para. 3 above. The rest follows.", []string{"See para. 3 above.", "The rest follows."}},
		{"e.g.", "Some units, e.g. PROGRAM, will act. Others will not.", []string{"Some units, e.g. PROGRAM, will act.", "Others will not."}},
		{"U.S.", "The U.S. Government agreed. The Office noted it.", []string{"The U.S. Government agreed.", "The Office noted it."}},
		{"symbol", "See GB.340/INS/6. The paper says more.", []string{"See GB.340/INS/6.", "The paper says more."}},
		{"symbol inside", "The paper GB.340/INS/6 is due. It is late.", []string{"The paper GB.340/INS/6 is due.", "It is late."}},
		{"quote closes", `He said "we will act." Then he left.`, []string{`He said "we will act."`, "Then he left."}},
		{"lower case follows", "Meetings by e-mail etc. and periodic visits.", []string{"Meetings by e-mail etc. and periodic visits."}},
		{"initial", "Report by J. Smith was read. It helped.", []string{"Report by J. Smith was read.", "It helped."}},
		{"digit follows", "The total rose. 35 teams follow in 2021.", []string{"The total rose.", "35 teams follow in 2021."}},
		{"no final stop", "A heading without a stop", []string{"A heading without a stop"}},
		{"url", "The Office will publish it at https://www.ilo.org/gb/358/standard.pdf by December 2027. It will say so.", []string{"The Office will publish it at https://www.ilo.org/gb/358/standard.pdf by December 2027.", "It will say so."}},
		{"url in brackets", "It will open (see www.ilo.org/consultation) by May. Then it closes.", []string{"It will open (see www.ilo.org/consultation) by May.", "Then it closes."}},
		{"line break", "The Office will act by March 2027\nThe ILO will report by June 2027", []string{"The Office will act by March 2027", "The ILO will report by June 2027"}},
		{"line break after a stop", "One line.\n\nAnother line.", []string{"One line.", "Another line."}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range splitSentences(tt.in) {
				got = append(got, tt.in[s.start:s.end])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("splitSentences(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
