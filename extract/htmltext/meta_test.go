package htmltext

import "testing"

func TestDateHint(t *testing.T) {
	sidebar := `<aside><h2>Upcoming events</h2><ul><li><a href="/e">Session</a> <span class="date">15 March 2031</span></li></ul></aside>`
	unnamedSidebar := `<div class="col-right"><h2>Events</h2><p><a href="/e">Governing Body session</a> <span class="date">7 June 2031</span></p>
		<p><a href="/f">Conference</a> <span class="date">8 June 2031</span></p></div>`
	cases := []struct {
		name string
		page string
		want string
	}{
		{"published_time meta", `<head><meta property="article:published_time" content="2020-11-26T10:00:00Z"></head><body><article><p>` + articleText + `</p></article></body>`,
			"2020-11-26T10:00:00Z"},
		{"empty published_time falls through to the content date", `<head><meta property="article:published_time" content=""></head><body>` + sidebar +
			`<main><article><h1>Title</h1><div class="meta"><span class="date">26 November 2020</span></div><p>` + articleText + `</p></article></main></body>`,
			"26 November 2020"},
		{"time datetime in the article", `<body><article><time datetime="2021-09-25">25 September 2021</time><p>` + articleText + `</p></article></body>`,
			"2021-09-25"},
		{"time without datetime", `<body><article><time>25 Sept. 2021</time><p>` + articleText + `</p></article></body>`,
			"25 Sept. 2021"},
		{"meta name date", `<head><meta name="date" content="1999-09-28"></head><body><p>` + articleText + `</p></body>`,
			"1999-09-28"},
		{"itemprop datePublished", `<body><article><meta itemprop="datePublished" content="2022-01-05"><p>` + articleText + `</p></article></body>`,
			"2022-01-05"},
		{"sidebar dates never taken", `<body>` + sidebar + unnamedSidebar + `<div class="story"><h1>Title</h1><p>` + articleText + `</p><p>` + articleText + `</p></div></body>`,
			""},
		{"sidebar before the article's own date", `<body>` + unnamedSidebar + `<div class="story"><p class="dateline">Geneva, 3 March 2021</p><p>` + articleText + `</p><p>` + articleText + `</p></div></body>`,
			"Geneva, 3 March 2021"},
		{"unnamed events block in main before the article's date", `<body><main><section class="block-upcoming"><h2>Events</h2><ul><li><a href="/e">Governing Body</a> <time datetime="2031-03-15">15 March</time></li></ul></section>
			<article><h1>Title</h1><span class="date">2 February 2021</span><p>` + articleText + `</p></article></main></body>`,
			"2 February 2021"},
		{"related stories list inside the article", `<body><article><h1>Title</h1><p>` + articleText + `</p><ul class="related"><li><a href="/s">Other story</a> <span class="date">9 May 2031</span></li></ul>
			<div class="byline"><span class="date">3 April 2021</span></div></article></body>`,
			"3 April 2021"},
		{"meta list without links is the article's", `<body><article><ul class="meta"><li class="date">4 July 2021</li><li>Geneva</li></ul><p>` + articleText + `</p></article></body>`,
			"4 July 2021"},
		{"last update skipped", `<body><article><p class="updated">Last updated: 4 May 2021</p><span class="date">Updated 4 May 2021</span><p>` + articleText + `</p></article></body>`,
			""},
		{"dateModified skipped for datePublished", `<body><article><span itemprop="dateModified">4 May 2021</span> <span itemprop="datePublished">1 April 2021</span><p>` + articleText + `</p></article></body>`,
			"1 April 2021"},
		{"date class without digits skipped", `<body><article><span class="date">Today</span><p>` + articleText + `</p></article></body>`,
			""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := extractString(t, tc.page, "")
			if doc.Date != tc.want {
				t.Errorf("Extract(%s).Date = %q, want %q", tc.name, doc.Date, tc.want)
			}
		})
	}
}

func TestTitle(t *testing.T) {
	cases := []struct {
		name, page, want string
	}{
		{"title element", "<title>  Paper\n title </title><body><h1>Heading</h1></body>", "Paper title"},
		{"first h1 without title", "<body><h1>First <br>heading</h1><h1>Second</h1></body>", "First heading"},
		{"h1 in a banner that cleaning cuts", "<body><header><h1>Banner title</h1></header><p>x</p></body>", "Banner title"},
		{"svg title is not the page title", `<body><svg><title>Icon</title></svg><h1>Real</h1></body>`, "Real"},
		{"none", "<body><p>x</p></body>", ""},
	}
	for _, tc := range cases {
		if got := extractString(t, tc.page, "").Title; got != tc.want {
			t.Errorf("Extract(%s).Title = %q, want %q", tc.name, got, tc.want)
		}
	}
}
