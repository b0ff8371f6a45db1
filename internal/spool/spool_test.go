package spool

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"geotimeline/pipeline"
)

func TestAppendGetAnyOrder(t *testing.T) {
	s, err := New[pipeline.Event](t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var want []pipeline.Event
	for i := range 1000 {
		e := pipeline.Event{ID: fmt.Sprintf("e%d", i), Type: "arrest", Sentence: fmt.Sprintf("sentence %d", i),
			Actors: []string{"police"}, Mentions: []pipeline.Mention{{DocID: "d", Sentence: i}}}
		want = append(want, e)
		n, err := s.Append(&e)
		if err != nil {
			t.Fatal(err)
		}
		if n != i {
			t.Fatalf("Append returned %d, want %d", n, i)
		}
		if i == 500 { // reading while still appending
			var got pipeline.Event
			if err := s.Get(250, &got); err != nil || got.ID != "e250" {
				t.Fatalf("Get(250) mid-stream = %q, %v", got.ID, err)
			}
		}
	}
	if s.Len() != 1000 {
		t.Fatalf("Len = %d", s.Len())
	}
	var got pipeline.Event
	for _, i := range []int{999, 0, 17, 500, 17} {
		if err := s.Get(i, &got); err != nil {
			t.Fatal(err)
		}
		if got.ID != want[i].ID || got.Sentence != want[i].Sentence || got.Mentions[0].Sentence != i {
			t.Errorf("Get(%d) = %+v", i, got)
		}
	}
	if err := s.Get(1000, &got); err == nil {
		t.Error("Get(1000) succeeded")
	}
}

func TestNoFileLeftBehind(t *testing.T) {
	dir := t.TempDir()
	s, err := New[pipeline.Mention](dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Append(&pipeline.Mention{DocID: "a"})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if entries, _ := readDir(dir); len(entries) != 0 {
		t.Errorf("left %v", entries)
	}
}

func readDir(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Readdirnames(-1)
}

// TestGetThroughWindows reads values of every size — many to a read window,
// and larger than one — in order, backwards, at random and while appending,
// so that each Get is served by a fresh read, a window or a direct read.
func TestGetThroughWindows(t *testing.T) {
	s, err := New[pipeline.Event](t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r := rand.New(rand.NewPCG(7, 7))
	var want []string
	check := func(i int) {
		t.Helper()
		var got pipeline.Event
		if err := s.Get(i, &got); err != nil {
			t.Fatalf("Get(%d): %v", i, err)
		}
		if got.Sentence != want[i] {
			t.Fatalf("Get(%d): sentence of %d bytes, want %d", i, len(got.Sentence), len(want[i]))
		}
	}
	for i := range 600 {
		n := r.IntN(300)
		if i%50 == 7 {
			n = windowSize + r.IntN(3*windowSize) // larger than a window
		}
		text := strings.Repeat(string(rune('a'+i%26)), n) + fmt.Sprint(i)
		want = append(want, text)
		if _, err := s.Append(&pipeline.Event{ID: fmt.Sprint(i), Sentence: text}); err != nil {
			t.Fatal(err)
		}
		if i%10 == 9 {
			check(r.IntN(i + 1)) // reading while appending
			check(i)
		}
	}
	for i := range want {
		check(i)
	}
	for i := len(want) - 1; i >= 0; i-- {
		check(i)
	}
	for range 2000 {
		check(r.IntN(len(want)))
	}
}
