package ingest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"geotimeline/pipeline"
)

// texts returns the text of each span.
func sentenceTexts(text string, ss []pipeline.Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = text[s.Start:s.End]
	}
	return out
}

// checkSegmentation asserts the properties every segmentation has.
func checkSegmentation(text string, paras []pipeline.Span, sents []pipeline.Sentence) error {
	valid := utf8.ValidString(text)
	checkSpan := func(what string, s pipeline.Span, prevEnd int) error {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			return fmt.Errorf("%s %v out of range or empty (len %d)", what, s, len(text))
		}
		if s.Start < prevEnd {
			return fmt.Errorf("%s %v overlaps or precedes the one ending at %d", what, s, prevEnd)
		}
		if valid && (!utf8.RuneStart(text[s.Start]) || (s.End < len(text) && !utf8.RuneStart(text[s.End]))) {
			return fmt.Errorf("%s %v not on rune boundaries", what, s)
		}
		if valid {
			first, _ := utf8.DecodeRuneInString(text[s.Start:s.End])
			last, _ := utf8.DecodeLastRuneInString(text[s.Start:s.End])
			if isSpace(first) || isSpace(last) {
				return fmt.Errorf("%s %v %q has surrounding whitespace", what, s, text[s.Start:s.End])
			}
		}
		return nil
	}
	end := 0
	for i, p := range paras {
		if err := checkSpan(fmt.Sprintf("paragraph %d", i), p, end); err != nil {
			return err
		}
		end = p.End
	}
	end = 0
	for i, s := range sents {
		if err := checkSpan(fmt.Sprintf("sentence %d", i), s.Span, end); err != nil {
			return err
		}
		end = s.End
		if s.Paragraph < 0 || s.Paragraph >= len(paras) || !paras[s.Paragraph].Contains(s.Span) {
			return fmt.Errorf("sentence %d %v not inside its paragraph %d", i, s.Span, s.Paragraph)
		}
		if i > 0 && s.Paragraph < sents[i-1].Paragraph {
			return fmt.Errorf("sentence %d: paragraph index goes back", i)
		}
	}
	// Every paragraph has at least one sentence.
	has := make([]bool, len(paras))
	for _, s := range sents {
		has[s.Paragraph] = true
	}
	if i := slices.Index(has, false); i >= 0 {
		return fmt.Errorf("paragraph %d %q has no sentence", i, text[paras[i].Start:paras[i].End])
	}
	return nil
}

func TestSegmentSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"titles and months", "Mr. Kim met Dr. Lee on Jan. 5. They talked.", []string{"Mr. Kim met Dr. Lee on Jan. 5.", "They talked."}},
		{"dotted initials", "The U.S. Army moved north. Troops left the U.N. compound.", []string{"The U.S. Army moved north.", "Troops left the U.N. compound."}},
		{"a.m. and p.m.", "It began at 9 a.m. on Monday and ended at 4 p.m. on Tuesday. Nobody was hurt.", []string{"It began at 9 a.m. on Monday and ended at 4 p.m. on Tuesday.", "Nobody was hurt."}},
		{"single initial", "Kim J. Park arrived in S. Hamgyong. He left at once.", []string{"Kim J. Park arrived in S. Hamgyong.", "He left at once."}},
		{"No. before a digit only", "The No. 3 unit moved. Asked again, he said No. Then he left.", []string{"The No. 3 unit moved.", "Asked again, he said No.", "Then he left."}},
		{"military ranks", "Gen. Ri and Col. Pak met Lt. Choe. Sgt. Han was absent.", []string{"Gen. Ri and Col. Pak met Lt. Choe.", "Sgt. Han was absent."}},
		{"e.g. and vs.", "Goods, e.g. rice, were seized in the Kim vs. Lee case. Prices rose.", []string{"Goods, e.g. rice, were seized in the Kim vs. Lee case.", "Prices rose."}},
		{"all-caps month", "ON JAN. 9 THE BORDER CLOSED. TRADE STOPPED.", []string{"ON JAN. 9 THE BORDER CLOSED.", "TRADE STOPPED."}},
		{"curly quotes", "“It is over,” he said. “We leave now.” She agreed.", []string{"“It is over,” he said.", "“We leave now.”", "She agreed."}},
		{"quote closes after period", "He called it “the enemy.” The order stood.", []string{"He called it “the enemy.”", "The order stood."}},
		{"straight quotes", `He said "stop." Then he went.`, []string{`He said "stop."`, "Then he went."}},
		{"question inside quote continues", "“Who would come forward?” she asked. Nobody did.", []string{"“Who would come forward?” she asked.", "Nobody did."}},
		{"brackets", "The unit (the MSS) moved. (The move was new.) Nothing else happened.", []string{"The unit (the MSS) moved.", "(The move was new.)", "Nothing else happened."}},
		{"square brackets inside", "He was fed up with [the leader's] order. Others agreed.", []string{"He was fed up with [the leader's] order.", "Others agreed."}},
		{"question and exclamation", "Who knew? Nobody! Really.", []string{"Who knew?", "Nobody!", "Really."}},
		{"digit starts a sentence", "Prices rose in 2019. 2020 was worse.", []string{"Prices rose in 2019.", "2020 was worse."}},
		{"decimal numbers", "Gold worth $6.5 million moved. It was seized.", []string{"Gold worth $6.5 million moved.", "It was seized."}},
		{"ellipsis", "He paused... Then he spoke. He stopped… And left.", []string{"He paused...", "Then he spoke.", "He stopped…", "And left."}},
		{"lower case after period", "He said it was done. and then nothing.", []string{"He said it was done. and then nothing."}},
		{"dash opens a quote", "He stayed. – Then I left, he says.", []string{"He stayed.", "– Then I left, he says."}},
		{"backtick quotes", "It stopped. ``We are done,'' he said.", []string{"It stopped.", "``We are done,'' he said."}},
		{"hangul", "북한 당국이 국경을 봉쇄했다. 주민들은 불안해한다.", []string{"북한 당국이 국경을 봉쇄했다.", "주민들은 불안해한다."}},
		{"hangul with latin", "The order came. 국경이 닫혔다. It held.", []string{"The order came.", "국경이 닫혔다.", "It held."}},
		{"cjk full stops", "他们关闭了边境。居民很担心。", []string{"他们关闭了边境。", "居民很担心。"}},
		{"no-break spaces trimmed", "\u00a0The gate shut.\u00a0 It stayed shut.\u00a0", []string{"The gate shut.", "It stayed shut."}},
		{"paragraph break ends a sentence", "A headline without a stop\n\nThe story begins", []string{"A headline without a stop", "The story begins"}},
		{"crlf lines", "Border Closed\r\n\r\nThe border closed. Trade stopped.\r\nA new paragraph.\r\n", []string{"Border Closed", "The border closed.", "Trade stopped.", "A new paragraph."}},
		{"lone carriage returns", "First line\rSecond line.", []string{"First line", "Second line."}},
		{"one paragraph per line", "Units Ordered To The Border\nThe order came on Monday. Units moved.\nA second paragraph follows.", []string{"Units Ordered To The Border", "The order came on Monday.", "Units moved.", "A second paragraph follows."}},
		{"rule lines separate", "First part.\n* * *\nSecond part.\n-----\n", []string{"First part.", "Second part."}},
		{"caption is kept", "Soldiers patrol the river in May 2020. / Image: Some Agency", []string{"Soldiers patrol the river in May 2020. / Image: Some Agency"}},
		{"markdown headings", "# Border Closed\n\n## Trade stops\n\nText here.\n\n#hashtag stays", []string{"Border Closed", "Trade stops", "Text here.", "#hashtag stays"}},
		{"empty", "", nil},
		{"only whitespace", " \r\n\t\u00a0\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			paras, sents := Segment(tc.text)
			if err := checkSegmentation(tc.text, paras, sents); err != nil {
				t.Fatal(err)
			}
			if got := sentenceTexts(tc.text, sents); !slices.Equal(got, tc.want) {
				t.Errorf("Segment(%q) sentences =\n%q\nwant\n%q", tc.text, got, tc.want)
			}
		})
	}
}

func TestSegmentParagraphs(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"blank lines", "One.\n\nTwo.\n\n\nThree.", []string{"One.", "Two.", "Three."}},
		{"single newlines, one paragraph per line", "Head\nFirst para.\nSecond para.", []string{"Head", "First para.", "Second para."}},
		{"crlf", "A.\r\n\r\nB.", []string{"A.", "B."}},
		{"caption then dateline", "Border guards at a river crossing (Agency)\nDecember 19, 2020\n\nText.", []string{"Border guards at a river crossing (Agency)", "December 19, 2020", "Text."}},
		{"boilerplate lines are not paragraphs", "Read in Korean\n\nThe text.\nShare this article\nMore text.", []string{"The text.", "More text."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			paras, sents := Segment(tc.text)
			if err := checkSegmentation(tc.text, paras, sents); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range paras {
				got = append(got, tc.text[p.Start:p.End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Segment(%q) paragraphs = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// wrap lays words out greedily at width columns, as a mail client would.
func wrap(s string, width int, eol string) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(s) {
		l := utf8.RuneCountInString(w)
		if n > 0 && n+1+l > width {
			b.WriteString(eol)
			n = 0
		} else if n > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += l
	}
	return b.String()
}

func TestSegmentHardWrapped(t *testing.T) {
	p1 := "Security officials in the northern province began a sweep of the border towns last week, " +
		"stopping traders at every checkpoint and seizing mobile phones that could call abroad. " +
		"Residents said the inspections went on late into the night and covered every district."
	p2 := "The sweep follows an order that arrived from the capital in the spring, according to two " +
		"residents who spoke on condition of anonymity because they feared punishment for talking " +
		"to foreign media about the campaign."
	head := "Border Towns Face New Inspections"
	for _, tc := range []struct {
		name string
		eol  string
		sep  string // between the paragraphs
	}{
		{"blank lines", "\n", "\n\n"},
		{"crlf and blank lines", "\r\n", "\r\n\r\n"},
		{"no blank lines", "\n", "\n"},
	} {
		for _, width := range []int{60, 72, 80} {
			t.Run(fmt.Sprintf("%s/%d", tc.name, width), func(t *testing.T) {
				text := head + tc.eol + wrap(p1, width, tc.eol) + tc.sep + wrap(p2, width, tc.eol) + tc.eol
				paras, sents := Segment(text)
				if err := checkSegmentation(text, paras, sents); err != nil {
					t.Fatal(err)
				}
				if len(paras) != 3 && tc.sep != "\n" {
					t.Fatalf("got %d paragraphs, want 3: %q", len(paras), sentenceTexts(text, sents))
				}
				got := sentenceTexts(text, sents)
				for i, s := range got {
					got[i] = strings.Join(strings.Fields(s), " ")
				}
				want := []string{head,
					"Security officials in the northern province began a sweep of the border towns last week, stopping traders at every checkpoint and seizing mobile phones that could call abroad.",
					"Residents said the inspections went on late into the night and covered every district.",
					p2}
				if !slices.Equal(got, want) {
					t.Errorf("sentences =\n%q\nwant\n%q", got, want)
				}
				if sents[0].Paragraph == sents[1].Paragraph {
					t.Errorf("headline shares a paragraph with the text")
				}
				if sents[1].Paragraph != sents[2].Paragraph {
					t.Errorf("wrapped paragraph split in two")
				}
			})
		}
	}
}

func TestDetectWrap(t *testing.T) {
	long := strings.Repeat("word ", 40)
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"one paragraph per line", long + "\n" + long + "\n" + long, false},
		{"two short lines", "A caption line of some length here ok\nDecember 19, 2020", false},
		{"wrapped", wrap(long+long, 70, "\n"), true},
		{"short list", "Apples\nPears\nPlums\nFigs", false},
		{"headline over byline, links under a heading", "Man publicly executed in South Pyongan for selling South Korean dramas\nBy Lee Chae-un - 2023-10-12 16:20\n\n" + long +
			"\n\nRelated Stories\n- North Korea steps up phone inspections of young people in border areas\n- Hyesan residents face new limits on TV sets\n- Memory cards fetch higher prices", false},
		{"headline over a date line and a byline, links under a heading", "Soldier walks across the front line to defect: army\nPublished : Aug. 21, 2024 - 10:48    Updated : Aug. 21, 2024 - 15:02\nBy Kim Ara\n\n" + long +
			"\n\nRelated Articles\nSeoul adds loudspeakers near the border\nMinister pledges help for new arrivals", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := loadRules()
			if err != nil {
				t.Fatal(err)
			}
			lines := splitLines(tc.text)
			classify(tc.text, lines, r)
			if got := detectWrap(tc.text, lines).wrapped; got != tc.want {
				t.Errorf("detectWrap(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestIsAbbreviation(t *testing.T) {
	tests := []struct {
		before string
		next   rune
		want   bool
	}{
		{"Mr", 'K', true},
		{"met Dr", 'L', true},
		{"(Gen", 'R', true},
		{"the U.S", 'A', true},
		{"at 9 a.m", 'O', true},
		{"J", 'P', true},
		{"in 2019", 'T', false},
		{"the end", 'T', false},
		{"No", '3', true},
		{"No", 'T', false},
		{"said no", 'T', false},
		{"SEPT", '1', true},
		{"plan a", 'T', false},
		{strings.Repeat("x", 40), 'T', false},
		{"", 'T', false},
	}
	for _, tc := range tests {
		if got := isAbbreviation(tc.before, tc.next); got != tc.want {
			t.Errorf("isAbbreviation(%q, %q) = %v, want %v", tc.before, tc.next, got, tc.want)
		}
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"", "A.", "Mr. Kim left. He came back.\n\nNew para.", "Head\r\nBody text. More.\r\n",
		"“Quote.” Next (one.) And [two]! 북한. 他们。居民", "...\n\n\n. . .", "a\rb\r\nc\nd",
		"Read in Korean\nSign up for our newsletter\nshort blurb\n\ntext.", "\xff\xfe bad utf8. Yes.",
		wrap(strings.Repeat("some words here and there ", 20), 60, "\n"),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		paras, sents := Segment(text)
		if err := checkSegmentation(text, paras, sents); err != nil {
			t.Fatalf("Segment(%q): %v", text, err)
		}
		p2, s2 := Segment(text)
		if !slices.Equal(paras, p2) || !slices.Equal(sents, s2) {
			t.Fatalf("Segment(%q) not deterministic", text)
		}
	})
}

func BenchmarkSegment(b *testing.B) {
	para := "On Feb. 15 the ministry issued an order to every unit, a source said. “The units were told to act at once,” he added. "
	var sb strings.Builder
	for i := 0; i < 200; i++ {
		sb.WriteString(para + para + "\n\n")
		if i%10 == 0 {
			sb.WriteString("Share this article\n\nA Short Headline Here\n\n")
		}
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Segment(text)
	}
}

func TestIsBylineLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"By Ji Da-gyum", true},
		{"By KIM SOO-AH | Updated 4:15 AM EDT, July 10, 2024", true},
		{"Published : Aug. 21, 2024 - 10:48    Updated : Aug. 21, 2024 - 15:02", true},
		{"Report by KIM Ara / May 20, 2022", true},
		{"Posted on March 14, 2022 by Anna Berg", true},
		{"By the 6th, notices told residents that anyone approaching the river would be", false},
		{"By Monday, officials had sealed the", false},
		{"Published notices told residents to stay", false},
		{"Updated rules took effect", false},
		{"Reported cases rose", false},
	}
	for _, tc := range tests {
		if got := isBylineLine(tc.in); got != tc.want {
			t.Errorf("isBylineLine(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
