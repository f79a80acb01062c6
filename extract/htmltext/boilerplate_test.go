package htmltext

import (
	"strings"
	"testing"
)

const articleText = "The Office will submit a report on the implementation of the plan to the Governing Body at its 341st Session, with figures, targets and a timetable for each region."

func TestBoilerplateRemoval(t *testing.T) {
	cases := []struct {
		name   string
		page   string
		absent []string
	}{
		{"landmark elements", `<body><header>Site header words</header><nav><a href="/">Home</a></nav>
			<div><p>` + articleText + `</p></div><aside>Aside words</aside><footer>Footer words</footer>
			<script>var scriptWords;</script><style>.styleWords{}</style><noscript>Noscript words</noscript>
			<template>Template words</template><form>Form words<input></form><iframe>Iframe words</iframe></body>`,
			[]string{"Site header", "Home", "Aside words", "Footer words", "scriptWords", "styleWords", "Noscript", "Template", "Form words", "Iframe"}},
		{"class and id words", `<body><div id="cookie-banner">We use cookies on this site to improve your experience of it.</div>
			<div class="breadcrumb">Home &gt; News</div><div class="site-footer">Site footer words</div>
			<div class="share-buttons">Share this page with friends</div><ul class="mainMenu"><li>Menu words</li></ul>
			<div class="social_links">Social words</div><div id="sidebar">Sidebar words</div>
			<div class="aside"><h3>Upcoming sessions</h3><ul><li>Governing Body, 9 March 2027</li></ul></div>
			<div class="related-stories">Related words</div>
			<div class="content"><p>` + articleText + `</p></div></body>`,
			[]string{"cookies", "Home > News", "Site footer", "Share this", "Menu words", "Social words", "Sidebar words", "Upcoming sessions", "9 March 2027", "Related words"}},
		{"roles", `<body><div role="navigation">Role nav words</div><div role="banner">Role banner words</div>
			<div role="contentinfo">Role contentinfo words</div><div role="complementary">Role complementary words</div>
			<div><p>` + articleText + `</p></div></body>`,
			[]string{"Role nav", "Role banner", "Role contentinfo", "Role complementary"}},
		{"hidden elements", `<body><div hidden>Hidden attribute words</div><div style="display: none">Display none words</div>
			<div aria-hidden="true">Aria hidden words</div><p>` + articleText + `</p></body>`,
			[]string{"Hidden attribute", "Display none", "Aria hidden"}},
		{"link bar paragraph", `<body><p><a href="/">ILO home</a> | <a href="/gb">Governing Body</a> | <a href="/s">Search</a></p>
			<p>` + articleText + `</p></body>`,
			[]string{"ILO home", "Search"}},
		{"link bar row in a layout table", `<body><table><tr><td>Agency slogan words</td><td><a href="/">Home</a> | <a href="/gb">Site map</a></td></tr></table>
			<p>` + articleText + `</p></body>`,
			[]string{"Agency slogan", "Site map"}},
		{"unnamed menu list", `<body><ul><li><a href="/">Home</a></li><li><a href="/n">Newsroom</a></li><li><a href="/p">Publications</a></li></ul>
			<p>` + articleText + `</p></body>`,
			[]string{"Home", "Newsroom", "Publications"}},
		{"maintenance footer line", `<body><p>` + articleText + `</p><hr><p><font size="1">Updated by VC. Approved by RH. Last update: 2 November 1999.</font></p></body>`,
			[]string{"Last update", "Updated by"}},
		{"copyright line", `<body><p>` + articleText + `</p><p>© 1996-2024 International Labour Organization</p></body>`,
			[]string{"1996-2024"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := paragraphs(extractString(t, tc.page, ""))
			if !strings.Contains(got, articleText) {
				t.Errorf("Extract(%s) lost the article: %q", tc.name, got)
			}
			for _, a := range tc.absent {
				if strings.Contains(got, a) {
					t.Errorf("Extract(%s) kept %q: %q", tc.name, a, got)
				}
			}
		})
	}
}

// TestBoilerplateKeeps checks that the furniture rules do not cut content.
func TestBoilerplateKeeps(t *testing.T) {
	cases := []struct {
		name string
		page string
		want []string
	}{
		{"wrapper named after its sidebar", `<body class="has-sidebar"><div class="layout-with-sidebar"><main><h1>Title words</h1><p>` + articleText + `</p></main></div></body>`,
			[]string{"Title words", articleText}},
		{"article header keeps title", `<body><article><header><h1>Article title</h1></header><p>` + articleText + `</p></article></body>`,
			[]string{"Article title", articleText}},
		{"word inside a longer class word", `<body><div class="menuitem-free navigational"><p>` + articleText + `</p></div></body>`,
			[]string{articleText}},
		{"paragraph with one link", `<body><p>` + articleText + `</p><p>See <a href="/r">the full report</a> for the details of each region.</p></body>`,
			[]string{"the full report"}},
		{"long list of links is content", `<body><p>` + articleText + `</p><p>` + strings.Repeat(`<a href="/d">Document with a rather long title</a>, `, 8) + `</p></body>`,
			[]string{"Document with a rather long title"}},
		{"list of documents is content", `<body><p>` + articleText + `</p><ul><li><a href="/r1">Report of the Director-General on decent work in supply chains</a></li>
			<li><a href="/r2">Conclusions concerning the role of the ILO in technical cooperation</a></li></ul></body>`,
			[]string{"decent work in supply chains"}},
		{"sentence about updating is content", `<body><p>` + articleText + `</p><p>The plan will be updated by the Office.</p></body>`,
			[]string{"The plan will be updated by the Office."}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := paragraphs(extractString(t, tc.page, ""))
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("Extract(%s) = %q, want it to contain %q", tc.name, got, w)
				}
			}
		})
	}
}

func TestTokens(t *testing.T) {
	cases := []struct {
		in   string
		want string
	}{
		{"site-footer", "site footer"},
		{"siteFooter main_nav", "site footer main nav"},
		{"footerless", "footerless"},
		{"  ", ""},
	}
	for _, tc := range cases {
		if got := strings.Join(tokens(tc.in), " "); got != tc.want {
			t.Errorf("tokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
