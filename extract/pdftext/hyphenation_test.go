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
		{"compound kept: common left word", []string{"well-", "being"}, "well-being"},
		{"dash kept with spaces", []string{"reform –", "such as"}, "reform – such as"},
		{"number range", []string{"in 2019-", "20 and"}, "in 2019-20 and"},
		{"en dash range", []string{"Arab States, 2019–", "23"}, "Arab States, 2019–23"},
		{"en dash compound", []string{"humanitarian–", "development–peace nexus"}, "humanitarian–development–peace nexus"},
		{"spaced en dash", []string{"reform –", "such as"}, "reform – such as"},
		{"soft hyphen dropped", []string{"recom\u00ad", "mendation"}, "recommendation"},
		{"Secretary-General", []string{"the Secretary-", "General said"}, "the Secretary-General said"},
		// The word list decides where the document is silent.
		{"word broken at a syllable", []string{"full em-", "ployment"}, "full employment"},
		{"word broken after a prefix", []string{"will sub-", "mit it"}, "will submit it"},
		{"month broken", []string{"by Novem-", "ber 2027"}, "by November 2027"},
		{"compound kept: joined form is no word", []string{"decision-", "making"}, "decision-making"},
		{"compound kept: both fragments words", []string{"a work-", "plan"}, "a work-plan"},
		{"compound kept: prefix", []string{"co-", "operation"}, "co-operation"},
		{"break inside a line", []string{"the imple-mentation plan"}, "the implementation plan"},
		{"compound inside a line", []string{"a follow-up and a work-plan"}, "a follow-up and a work-plan"},
		{"soft hyphens inside a line", []string{"recom\u00admen\u00addation"}, "recommendation"},
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

func TestJoinLinesSoftHyphenDocument(t *testing.T) {
	// A document whose lines show two words broken by a hyphen prints its soft hyphens
	// visibly: there a block that shows a break of its own loses the hyphen of an ambiguous
	// pair too; a block without one keeps it.
	v := vocabulary{}
	for _, l := range []string{"The Gov-erning Body", "the revised imple-mentation plan", "Follow-up"} {
		v.addText(l)
	}
	if !v.softHyphens() {
		t.Fatalf("softHyphens() = false after two breaks inside lines (softBreaks %d)", v.softBreaks)
	}
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"ambiguous pair after a break", []string{"The Gov-erning Body will sub-", "mit a costed work-plan"}, "The Governing Body will submit a costed workplan"},
		{"ambiguous pair at a line end after a break", []string{"the imple-mentation work-", "plan"}, "the implementation workplan"},
		{"block without a break", []string{"Follow-up to the review"}, "Follow-up to the review"},
		{"compound", []string{"the Gov-erning Body and decision-making"}, "the Governing Body and decision-making"},
	}
	for _, tt := range tests {
		if got := joinLines(tt.lines, v); got != tt.want {
			t.Errorf("%s: joinLines(%q) = %q, want %q", tt.name, tt.lines, got, tt.want)
		}
	}
	plain := vocabulary{}
	plain.addText("a costed work-plan, decision-making and a follow-up")
	if plain.softHyphens() {
		t.Errorf("softHyphens() = true for a document with compounds only")
	}
}

func TestEnglishWords(t *testing.T) {
	for _, w := range []string{"employment", "implementation", "november", "programme", "organization", "organisation", "workplan"} {
		if !englishWord(w) {
			t.Errorf("englishWord(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"ployment", "mentation", "erning", "decisionmaking", "Employment"} {
		if englishWord(w) {
			t.Errorf("englishWord(%q) = true, want false", w)
		}
	}
}
