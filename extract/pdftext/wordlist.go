package pdftext

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strings"
	"sync"
)

// hyphenation_words_en.txt.gz lists English words, one a line, lower case, letters only, three
// letters or more: the union of SCOWL's British and American lists up to size 50 (the Debian
// wbritish and wamerican 2020.12.07 packages), possessives and all-capital abbreviations left
// out. SCOWL's notice is in hyphenation_words_en.LICENSE. About 75,000 words; the hyphenation
// rule asks it whether a fragment or a joined pair of fragments is a word.
//
//go:embed hyphenation_words_en.txt.gz
var englishWordsGz []byte

// genreWords are words of the genre's own English that general lists lack, so that a break
// inside them is recognized ("work-" + "plan" in a document that prints soft hyphens).
var genreWords = []string{
	"workplan", "workplans", "timeframe", "timeframes", "roadmap", "roadmaps",
	"stakeholder", "stakeholders", "multistakeholder", "programming",
}

var englishWords = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, 80000)
	for _, w := range genreWords {
		m[w] = true
	}
	zr, err := gzip.NewReader(bytes.NewReader(englishWordsGz))
	if err != nil {
		panic("pdftext: embedded word list: " + err.Error()) // a build defect, caught by tests
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" {
			m[w] = true
		}
	}
	if err := sc.Err(); err != nil {
		panic("pdftext: embedded word list: " + err.Error())
	}
	return m
})

// englishWord reports whether w, in lower case, is an English word of the embedded list.
func englishWord(w string) bool { return englishWords()[w] }
