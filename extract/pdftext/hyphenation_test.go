package pdftext

import "testing"

func TestJoinLines(t *testing.T) {
	v := vocabulary{}
	v.addText("the development of a socio-economic plan")
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"plain", []string{"one two", "three"}, "one two three"},
		{"compound kept: capital follows", []string{"an Organization-", "Wide plan"}, "an Organization-Wide plan"},
		{"compound kept: prefix word", []string{"encourage less-", "siloed funding"}, "encourage less-siloed funding"},
		{"compound kept: hyphen inside", []string{"face-to-", "face meetings"}, "face-to-face meetings"},
		{"compound kept: medium-to-long", []string{"Medium-to-long-", "term"}, "Medium-to-long-term"},
		{"compound kept: spelled so elsewhere", []string{"the socio-", "economic areas"}, "the socio-economic areas"},
		{"word broken: joined form elsewhere", []string{"the develop-", "ment of"}, "the development of"},
		{"word broken: bare suffix", []string{"the organiza-", "tion of"}, "the organization of"},
		{"compound kept: common left word before suffix", []string{"well-", "ing"}, "well-ing"},
		{"dash kept with spaces", []string{"reform –", "such as"}, "reform – such as"},
		{"number range", []string{"in 2019-", "20 and"}, "in 2019-20 and"},
		{"en dash range", []string{"Arab States, 2019–", "23"}, "Arab States, 2019–23"},
		{"en dash compound", []string{"humanitarian–", "development–peace nexus"}, "humanitarian–development–peace nexus"},
		{"spaced en dash", []string{"reform –", "such as"}, "reform – such as"},
		{"soft hyphen dropped", []string{"recom\u00ad", "mendation"}, "recommendation"},
		{"Secretary-General", []string{"the Secretary-", "General said"}, "the Secretary-General said"},
	}
	for _, tt := range tests {
		if got := joinLines(tt.lines, v); got != tt.want {
			t.Errorf("%s: joinLines(%q) = %q, want %q", tt.name, tt.lines, got, tt.want)
		}
	}
}

func TestTextJoinerOffsets(t *testing.T) {
	j := textJoiner{v: vocabulary{}}
	if off := j.add("first line ends organiza-"); off != 0 {
		t.Errorf("add(first) = %d, want 0", off)
	}
	off := j.add("tion continues")
	if got := j.String()[off:]; got != "tion continues" {
		t.Errorf("text at offset of second line = %q, want %q", got, "tion continues")
	}
	off = j.add("third")
	if got := j.String()[off:]; got != "third" {
		t.Errorf("text at offset of third line = %q, want %q", got, "third")
	}
}
