package pipeline

import "testing"

func TestHolding(t *testing.T) {
	sents := []Sentence{{Span: Span{0, 5}}, {Span: Span{6, 10}}, {Span: Span{10, 14}}}
	tests := []struct{ off, want int }{{0, 0}, {4, 0}, {5, -1}, {6, 1}, {9, 1}, {10, 2}, {13, 2}, {14, -1}, {-1, -1}}
	for _, tc := range tests {
		if got := Holding(sents, tc.off); got != tc.want {
			t.Errorf("Holding(sentences, %d) = %d, want %d", tc.off, got, tc.want)
		}
	}
	if got := Holding([]Span{{2, 4}}, 3); got != 0 {
		t.Errorf("Holding(spans, 3) = %d, want 0", got)
	}
}
