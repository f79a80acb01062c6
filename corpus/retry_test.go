package corpus

import (
	"net/http"
	"testing"
	"time"
)

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		in     string
		want   time.Duration
		wantOK bool
	}{
		{"seconds", "1", time.Second, true},
		{"zero", "0", 0, true},
		{"spaces", " 120 ", 2 * time.Minute, true},
		{"http date", now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second, true},
		{"date in the past", now.Add(-time.Hour).Format(http.TimeFormat), 0, true},
		{"huge clamped", "99999999999999999", 24 * time.Hour, true},
		{"negative", "-5", 0, false},
		{"garbage", "soon", 0, false},
		{"absent", "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseRetryAfter(tt.in, now)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("parseRetryAfter(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestBackoff(t *testing.T) {
	full := NewFetcher(FetchOptions{BaseBackoff: 100 * time.Millisecond, MaxBackoff: time.Second, MaxRetryAfter: 5 * time.Second,
		Jitter: func(max time.Duration) time.Duration { return max }})
	none := NewFetcher(FetchOptions{BaseBackoff: 100 * time.Millisecond, MaxBackoff: time.Second,
		Jitter: func(time.Duration) time.Duration { return 0 }})
	wild := NewFetcher(FetchOptions{BaseBackoff: 100 * time.Millisecond, MaxBackoff: time.Second,
		Jitter: func(time.Duration) time.Duration { return time.Hour }})
	tests := []struct {
		name    string
		f       *Fetcher
		attempt int
		ra      time.Duration
		hasRA   bool
		want    time.Duration
	}{
		{"first full jitter", full, 0, 0, false, 100 * time.Millisecond},
		{"first no jitter", none, 0, 0, false, 50 * time.Millisecond},
		{"doubles", full, 2, 0, false, 400 * time.Millisecond},
		{"capped", full, 10, 0, false, time.Second},
		{"huge attempt capped", full, 1000, 0, false, time.Second},
		{"jitter clamped", wild, 0, 0, false, 100 * time.Millisecond},
		{"retry-after honoured", full, 0, 2 * time.Second, true, 2 * time.Second},
		{"retry-after capped", full, 0, time.Hour, true, 5 * time.Second},
		{"retry-after zero", full, 3, 0, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f.backoff(tt.attempt, tt.ra, tt.hasRA); got != tt.want {
				t.Errorf("backoff(%d, %v, %v) = %v, want %v", tt.attempt, tt.ra, tt.hasRA, got, tt.want)
			}
		})
	}
}
