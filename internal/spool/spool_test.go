package spool

import (
	"fmt"
	"os"
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
