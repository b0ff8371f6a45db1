package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"
)

func TestOffsetsCodePoint(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"ascii", "On Feb. 15 the order came."},
		{"korean", "혜산시 Hyesan, 량강도"},
		{"mixed", "Sinŭiju — “quoted” P’yŏngyang 😀 end"},
		{"empty", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := NewOffsets(tc.text)
			cp := 0
			for b := range tc.text {
				if got := o.CodePoint(b); got != cp {
					t.Fatalf("CodePoint(%d) = %d, want %d", b, got, cp)
				}
				cp++
			}
			if got, want := o.CodePoint(len(tc.text)), utf8.RuneCountInString(tc.text); got != want {
				t.Errorf("CodePoint(len) = %d, want %d", got, want)
			}
		})
	}
}

func FuzzOffsets(f *testing.F) {
	f.Add("P’yŏngyang and 혜산")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		o := NewOffsets(s)
		for b := range s {
			if got, want := o.CodePoint(b), utf8.RuneCountInString(s[:b]); got != want {
				t.Fatalf("CodePoint(%d) = %d, want %d", b, got, want)
			}
		}
	})
}

func TestDate(t *testing.T) {
	d, err := ParseDate("2020-12-19")
	if err != nil || d != (Date{2020, time.December, 19}) {
		t.Fatalf("ParseDate = %v, %v", d, err)
	}
	if d, err := ParseDate("2020-12-19T23:30:00-05:00"); err != nil || d.String() != "2020-12-19" {
		t.Errorf("ParseDate(RFC 3339) = %v, %v; want the day as written", d, err)
	}
	if _, err := ParseDate("19/12/2020"); err == nil {
		t.Error("ParseDate(19/12/2020): want an error")
	}
	if got := (Date{2020, time.February, 1}).EndOfMonth().String(); got != "2020-02-29" {
		t.Errorf("EndOfMonth = %s, want 2020-02-29", got)
	}
	if got := (Date{2020, time.December, 31}).AddDays(1).String(); got != "2021-01-01" {
		t.Errorf("AddDays = %s", got)
	}
	var back Date
	if b, _ := d.MarshalText(); back.UnmarshalText(b) != nil || back != d {
		t.Errorf("MarshalText/UnmarshalText round trip of %v gave %v", d, back)
	}
	if back.UnmarshalText(nil) != nil || !back.IsZero() {
		t.Error("UnmarshalText(\"\") should give the unknown date")
	}
	if (Date{}).String() != "" || !(Date{}).IsZero() {
		t.Error("zero Date must be unknown and print as empty")
	}
	a := Interval{Start: MakeDate(2020, 1, 21), End: MakeDate(2020, 1, 31), Precision: PrecisionWeek}
	b := Interval{Start: MakeDate(2020, 1, 1), End: MakeDate(2020, 1, 31), Precision: PrecisionMonth}
	c := Interval{Start: MakeDate(2020, 2, 1), End: MakeDate(2020, 2, 29), Precision: PrecisionMonth}
	if !a.Overlaps(b) || a.Overlaps(c) || a.Days() != 11 || (Interval{}).Overlaps(a) {
		t.Error("Interval.Overlaps/Days wrong")
	}
}

// sliceSource yields n items; it fails at failAt when failAt >= 0.
type sliceSource struct {
	n, i, failAt int
}

func (s *sliceSource) Next(ctx context.Context) (*Item, error) {
	if s.i == s.failAt {
		return nil, errors.New("boom")
	}
	if s.i >= s.n {
		return nil, io.EOF
	}
	s.i++
	return &Item{Doc: Document{ID: fmt.Sprint(s.i - 1)}}, nil
}

// jitter takes longer for some items so that workers finish out of order.
type jitter struct{}

func (jitter) Name() string { return "jitter" }
func (jitter) Process(ctx context.Context, it *Item) error {
	if len(it.Doc.ID)%2 == 0 {
		time.Sleep(time.Millisecond)
	}
	it.Doc.Title = "seen " + it.Doc.ID
	return nil
}

type failing struct{ id string }

func (failing) Name() string { return "failing" }
func (f failing) Process(ctx context.Context, it *Item) error {
	if it.Doc.ID == f.id {
		return errors.New("corrupt")
	}
	return nil
}

func TestRunOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 7} {
		var got []string
		err := Run(context.Background(), &sliceSource{n: 200, failAt: -1}, []Stage{jitter{}}, func(it *Item) error {
			if it.Doc.Title != "seen "+it.Doc.ID {
				t.Errorf("item %s not processed", it.Doc.ID)
			}
			got = append(got, it.Doc.ID)
			return nil
		}, RunOptions{Workers: workers})
		if err != nil {
			t.Fatalf("workers=%d: Run: %v", workers, err)
		}
		if len(got) != 200 {
			t.Fatalf("workers=%d: got %d items", workers, len(got))
		}
		for i, id := range got {
			if id != fmt.Sprint(i) {
				t.Fatalf("workers=%d: item %d is %s: order not kept", workers, i, id)
			}
		}
	}
}

func TestRunErrors(t *testing.T) {
	sink := func(*Item) error { return nil }
	if err := Run(context.Background(), &sliceSource{n: 50, failAt: 20}, []Stage{jitter{}}, sink, RunOptions{Workers: 3}); err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("source error: got %v", err)
	}
	for _, workers := range []int{1, 3} {
		// The items before the failing one reach the sink, and none after.
		var sunk []int
		err := Run(context.Background(), &sliceSource{n: 50, failAt: -1}, []Stage{failing{"7"}}, func(it *Item) error {
			sunk = append(sunk, it.Seq)
			return nil
		}, RunOptions{Workers: workers})
		if err == nil || !strings.Contains(err.Error(), "failing") || !strings.Contains(err.Error(), "corrupt") {
			t.Errorf("workers=%d: stage error: got %v", workers, err)
		}
		if want := []int{0, 1, 2, 3, 4, 5, 6}; !slices.Equal(sunk, want) {
			t.Errorf("workers=%d: stage error at item 7: sink got %v, want %v", workers, sunk, want)
		}
	}
	sinkErr := errors.New("disk full")
	err := Run(context.Background(), &sliceSource{n: 50, failAt: -1}, nil, func(it *Item) error {
		if it.Seq == 10 {
			return sinkErr
		}
		return nil
	}, RunOptions{Workers: 3})
	if !errors.Is(err, sinkErr) {
		t.Errorf("sink error: got %v, want %v", err, sinkErr)
	}
}

func TestRunCancel(t *testing.T) {
	before := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Run(ctx, &sliceSource{n: 1 << 30, failAt: -1}, []Stage{jitter{}}, func(*Item) error {
		n++
		if n == 5 {
			cancel()
		}
		return nil
	}, RunOptions{Workers: 4})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run after cancel = %v, want context.Canceled", err)
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if g := runtime.NumGoroutine(); g > before {
		t.Errorf("%d goroutines left after Run returned (before: %d)", g, before)
	}
}

// countingSource is a sliceSource that counts the items it has handed out.
type countingSource struct {
	sliceSource
	text string
	out  *atomic.Int64 // items read and not yet sunk
}

func (s *countingSource) Next(ctx context.Context) (*Item, error) {
	it, err := s.sliceSource.Next(ctx)
	if err == nil {
		it.Doc.Text = s.text
		s.out.Add(1)
	}
	return it, err
}

// TestRunInFlightBounded checks that Run holds a bounded number of items,
// whatever the length of the input, and fewer when the texts are long.
func TestRunInFlightBounded(t *testing.T) {
	for _, tc := range []struct {
		name    string
		text    string
		workers int
		most    int64
	}{
		{"short texts, 1 worker", "x", 1, (2*1 + 3 + aheadBatches) * maxBatchItems},
		{"short texts, 4 workers", "x", 4, (2*4 + 3 + aheadBatches) * maxBatchItems},
		{"long texts, 2 workers", strings.Repeat("x", maxBatchBytes), 2, 2*2 + 3 + aheadBatches},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out atomic.Int64
			src := &countingSource{sliceSource: sliceSource{n: 2000, failAt: -1}, text: tc.text, out: &out}
			var most int64
			err := Run(context.Background(), src, []Stage{jitter{}}, func(*Item) error {
				most = max(most, out.Load())
				out.Add(-1)
				return nil
			}, RunOptions{Workers: tc.workers})
			if err != nil {
				t.Fatal(err)
			}
			if most > tc.most {
				t.Errorf("%d items in flight, want at most %d", most, tc.most)
			}
		})
	}
}
