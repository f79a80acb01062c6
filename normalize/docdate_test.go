package normalize

import "testing"

func TestParseDocDate(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Date: 9 October 2020", "2020-10-09"},
		{"Geneva, 28 September 1999.", "1999-09-28"},
		{"26 November 2020", "2020-11-26"},
		{"2020-11-26", "2020-11-26"},
		{"2020-11-26T10:00:00Z", "2020-11-26"},
		{"2020-11-26T23:30:00-05:00", "2020-11-26"},
		{"November 26, 2020", "2020-11-26"},
		{"25 September 2021", "2021-09-25"},
		{"Published: Thursday, 26 November 2020 10:15", "2020-11-26"},
		{"Original: English. Date: 1 March 2024", "2024-03-01"},
		{"26.11.2020", "2020-11-26"},
	}
	for _, c := range cases {
		got, ok := ParseDocDate(c.text)
		if !ok || got.Format("2006-01-02") != c.want {
			t.Errorf("ParseDocDate(%q) = %v, %v; want %s", c.text, got, ok, c.want)
		}
	}
	for _, bad := range []string{"", "October 2020", "GB.340/INS/6", "No date", "31 February 2020", "Geneva, 2020"} {
		if got, ok := ParseDocDate(bad); ok {
			t.Errorf("ParseDocDate(%q) = %v, true; want false", bad, got)
		}
	}
}
