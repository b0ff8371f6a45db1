package ingest

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRulesCompile(t *testing.T) {
	r, err := loadRules()
	if err != nil {
		t.Fatal(err)
	}
	if len(r.pats) < 20 {
		t.Errorf("embedded table has %d patterns, want at least 20", len(r.pats))
	}
}

func TestFirstInsts(t *testing.T) {
	r, err := loadRules()
	if err != nil {
		t.Fatal(err)
	}
	filtered := 0
	for _, p := range r.pats {
		if p.first != nil {
			filtered++
		}
	}
	if filtered*2 < len(r.pats) {
		t.Errorf("only %d of %d patterns have a first-rune filter", filtered, len(r.pats))
	}
	for _, tc := range []struct {
		expr string
		r    rune
		want bool
	}{
		{"(?i)^(?:read in korean)$", 'R', true},
		{"(?i)^(?:read in korean)$", 'r', true},
		{"(?i)^(?:read in korean)$", 'T', false},
		{"(?i)^(?:(©|\\(c\\)).*)$", '©', true},
		{"(?i)^(?:(©|\\(c\\)).*)$", '(', true},
		{"(?i)^(?:(©|\\(c\\)).*)$", 'c', false},
		{"(?i)^(?:.*x)$", 'q', true},
		{"(?i)^(?:\\bx)$", 'q', true}, // no filter
	} {
		p := pattern{first: firstInsts(tc.expr)}
		if got := p.mayStartWith(tc.r); got != tc.want {
			t.Errorf("firstInsts(%q).mayStartWith(%q) = %v, want %v", tc.expr, tc.r, got, tc.want)
		}
	}
}

func TestParseRulesError(t *testing.T) {
	_, err := parseRules("# comment\nok line\nblock: (unclosed\n")
	if err == nil || !strings.Contains(err.Error(), "boilerplate.txt:3") {
		t.Errorf("parseRules with a bad pattern on line 3: err = %v, want one naming boilerplate.txt:3", err)
	}
}

func TestBoilerplate(t *testing.T) {
	r, err := loadRules()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		line      string
		want      bool
		wantBlock bool
	}{
		// Sign-ups and newsletters.
		{"Signup to SomeSite!", true, true},
		{"Sign up for our daily briefing", true, true},
		{"Subscribe to our newsletter", true, true},
		{"Subscribe now", true, true},
		{"Get the latest posts on markets delivered to your inbox!", true, true},
		{"Get our free newsletter every morning", true, true},
		{"Have the top stories sent straight to your inbox.", true, true},
		{"Enter your email address to subscribe", true, false},
		{"Your email address will not be published. Required fields are marked *", true, false},
		{"Our weekly newsletter: sign up to get the analysis first", true, false},
		{"The company said its newsletter had many subscribers.", false, false},
		// Social.
		{"Join our brand new verified Telegram channel and get important news uncensored!", true, false},
		{"Join us on WhatsApp for more", true, false},
		{"Follow us on Twitter", true, false},
		{"Share this article", true, false},
		{"Share on Facebook", true, false},
		{"Facebook Twitter LinkedIn Email", true, false},
		{"Share | Tweet | Email | Print", true, false},
		{"Tweet", true, false},
		{"Join the army, he told his son.", false, false},
		// Comment widgets.
		{"Leave a Comment", true, false},
		{"Leave a Reply", true, false},
		{"12 Comments", true, false},
		{"Comments are closed.", true, false},
		{"This site uses Akismet to filter spam. See how comment data is handled.", true, false},
		{"View all 4 comments", true, false},
		// Editions and feedback.
		{"Read in Korean", true, false},
		{"Read this article in Japanese", true, false},
		{"Available in English", true, false},
		{"Please direct your questions about this story to someone@example.org.", true, false},
		{"Please send your feedback to the desk.", true, false},
		// Credits and reprints.
		{"*Translated by Some Translator", true, false},
		{"Translated by A. Person. Edited by B. Person.", true, false},
		{"(Edited by Some Editor)", true, false},
		{"Written in English by A Writer.", true, false},
		{"Reported by A Reporter for a Korean service. Translated by Someone.", true, false},
		{"This article was originally published by Some Radio and is reprinted with permission.", true, false},
		{"This story first appeared on Example News.", true, false},
		{"Republished with permission from the author.", true, false},
		{"Originally published at example.com", true, false},
		{"READ MORE: Another headline about something else", true, false},
		{"Related articles", true, false},
		{"Read more", true, false},
		{"Click here to read the full report", true, false},
		{"You may also like", true, false},
		{"Translated text from the ministry said units must act.", false, false},
		{"Reporting by Jane Roe in Seoul and John Doe in Beijing; Editing by Some Editor", true, false},
		{"Additional reporting by Staff in Dandong; Writing by A Writer; Editing by B Editor", true, false},
		{"Editing by Some Editor", true, false},
		{"Our Standards: The Agency Trust Principles.", true, false},
		{"Reporting by residents suggests the market reopened in Hyesan.", false, false},
		{"News | Politics | Economy | Society | Defector | Analysis", true, false},
		{"Subscribe | Log in | Pro", true, false},
		{"Korean | English | 中文", true, false},
		{"Most Read | Latest News", true, false},
		{"Most Popular | Share: Facebook Twitter", true, false},
		{"Comments (4) | Share", true, false},
		{"Related: One headline here | Another headline there", true, false},
		{"Related stories: Families face investigation", true, false},
		{"Some News © 2023", true, false},
		{"Reporter Name | 2023-05-02", false, false},
		{"Jan 5, 2024 | By Reporter Name", false, false},
		{"Police raid Hyesan market | Daily report", false, false},
		{"Related to the case, police arrested two men in Hyesan.", false, false},
		// Bare labels.
		{"Updated on", true, false},
		{"Published:", true, false},
		{"Last updated:", true, false},
		{"Published: 12 March 2021", false, false},
		{"Updated on March 3, 2021", false, false},
		{"Advertisement", true, false},
		{"ADVERTISEMENT", true, false},
		{"Story continues below", true, false},
		{"Skip to content", true, false},
		{"By", true, false},
		// Breadcrumbs.
		{"Home » World » Some headline of an article – Site", true, false},
		{"Home > News > Asia", true, false},
		{"News / Politics / Korea", true, false},
		{"Asia › North Korea › Politics", true, false},
		{"Home to 200,000 people, the city was sealed.", false, false},
		// Tags.
		{"Tags: North Korea, smuggling, border", true, false},
		{"Filed under: Asia", true, false},
		// Copyright and disclaimers.
		{"© 2021 Example Media. All rights reserved.", true, false},
		{"Copyright 2020 Example News", true, false},
		{"Copyright © Example", true, false},
		{"All rights reserved.", true, false},
		{"DISCLAIMER: views are the author's own", true, false},
		{"The views expressed in this article are the author's own.", true, false},
		{"Copyright lawsuits rose sharply last year.", false, false},
		// Photo credits: alone they go, captions stay.
		{"Photo: Reuters", true, false},
		{"(Photo: Some Agency)", true, false},
		{"Image: Daily Example", true, false},
		{"Photo credit: Jane Doe/Agency", true, false},
		{"Image source, Getty Images", true, false},
		{"Photo by John Smith on Unsplash", true, false},
		{"Getty Images", true, false},
		{"AFP via Getty Images", true, false},
		{"Photo: soldiers patrol the border near the river", false, false},
		{"Smugglers cross the river in August 2019. / Image: Daily Example", false, false},
		{"North Korean border to China (Someone/WikiCommons)", false, false},
		{"THE LEADER: Kim is hailed by the military in the capital.", false, false},
		// Ordinary text.
		{"North Korea vows punishment for smugglers", false, false},
		{"Officials ordered a crackdown on drugs, a source said.", false, false},
		{"December 19, 2020", false, false},
		{"He shared the news with his family.", false, false},
		{"Sources said the border would reopen.", false, false},
		{"“Sign up,” the officer told the recruits, “or face punishment.”", false, false},
		{strings.Repeat("Share ", 80), false, false}, // too long to be boilerplate
	}
	for _, tc := range tests {
		got, block := r.match(tc.line)
		if got != tc.want || block != tc.wantBlock {
			t.Errorf("match(%q) = %v, %v; want %v, %v", tc.line, got, block, tc.want, tc.wantBlock)
		}
	}
}

func TestBoilerplateBlock(t *testing.T) {
	text := "The text.\n\nGet the latest posts on markets sent straight to your inbox!\nInformation you will not find anywhere else!\n\nMore text."
	_, sents := Segment(text)
	got := sentenceTexts(text, sents)
	want := []string{"The text.", "More text."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Segment(%q) = %q, want %q", text, got, want)
	}
}

func TestNormalizeLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Read\u00a0in   Korean \r", "Read in Korean"},
		{"* Translated by X", "Translated by X"},
		{"• Share", "Share"},
		{"Plain line, nothing to do.", "Plain line, nothing to do."},
		{"two  spaces", "two spaces"},
		{"tab\there", "tab here"},
		{"- dash", "dash"},
		{"| pipe", "pipe"},
		{"trailing ", "trailing"},
		{"x", "x"},
		{"won’t “quote”", `won't "quote"`},
		{"", ""},
	}
	for _, tc := range tests {
		if got := normalizeLine(tc.in); got != tc.want {
			t.Errorf("normalizeLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzNormalizeLine checks the fast path: a line isNormalLine accepts is one
// the general rewrite leaves unchanged.
func FuzzNormalizeLine(f *testing.F) {
	for _, s := range []string{"Read in Korean", " a", "a ", "a  b", "*a", "-a", "|a", "a\tb", "won’t", "", "a b c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if isNormalLine(s) {
			if got := rewriteLine(s); got != s {
				t.Errorf("isNormalLine(%q) but rewriteLine gives %q", s, got)
			}
		}
		if got := normalizeLine(s); got != rewriteLine(s) {
			t.Errorf("normalizeLine(%q) = %q, rewriteLine = %q", s, got, rewriteLine(s))
		}
	})
}

// FuzzRulesMatch checks the first-rune index of the boilerplate table against
// trying every pattern in order, the definition of rules.match.
func FuzzRulesMatch(f *testing.F) {
	r, err := loadRules()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Read in Korean", "Subscribe now!", "Share this article", "© 2024 The Paper", "All rights reserved.",
		"Photo: Jane Doe", "Home » World » Asia", "• Follow us on Telegram", "Éditorial", "Officials sealed the town."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		want, wantBlock := false, false
		if s := normalizeLine(line); s != "" && len(line) <= 4*maxBoilerplateRunes && utf8.RuneCountInString(line) <= maxBoilerplateRunes {
			first, _ := utf8.DecodeRuneInString(s)
			lower := strings.ToLower(s)
			for i := range r.pats {
				p := &r.pats[i]
				if (p.block || !want) && p.mayMatch(first, lower) && p.re.MatchString(s) {
					if p.block {
						want, wantBlock = true, true
						break
					}
					want = true
				}
			}
		}
		if got, block := r.match(line); got != want || block != wantBlock {
			t.Errorf("match(%q) = %v, %v; trying every pattern gives %v, %v", line, got, block, want, wantBlock)
		}
	})
}

func TestLiteralPrefixes(t *testing.T) {
	tests := []struct {
		expr string
		want []string
	}{
		{`(?i)^(?:(sign ?-?up|subscribe)( now)? (to|for) .+)$`, []string{
			"sign -up for ", "sign -up now for ", "sign -up now to ", "sign -up to ", "sign up for ", "sign up now for ",
			"sign up now to ", "sign up to ", "sign-up for ", "sign-up now for ", "sign-up now to ", "sign-up to ",
			"signup for ", "signup now for ", "signup now to ", "signup to ", "subscribe for ", "subscribe now for ",
			"subscribe now to ", "subscribe to "}},
		{`(?i)^(?:[(\[]?(photo|image)s?: .+)$`, []string{"(image: ", "(images: ", "(photo: ", "(photos: ", "[image: ", "[images: ",
			"[photo: ", "[photos: ", "image: ", "images: ", "photo: ", "photos: "}},
		{`(?i)^(?:(see|read)( more)?: .+)$`, []string{"read more: ", "read: ", "see more: ", "see: "}},
		{`(?i)^(?:.*\ball rights reserved\b.*)$`, nil},
		{`(?i)^(?:[^»›]+ [»›] .+)$`, nil},
		{`(?i)^(?:(\d+ )?comments?)$`, nil},
		{`(?i)^(?:read (this|the) article)$`, []string{"read the article", "read this article"}},
	}
	for _, tc := range tests {
		got := literalPrefixes(tc.expr)
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("literalPrefixes(%q) = %q, want %q", tc.expr, got, want)
		}
	}
}

func TestFoldPrefix(t *testing.T) {
	tests := []struct {
		s, p string
		want bool
	}{
		{"Share this", "share", true},
		{"SHARE", "share", true},
		{"ſhare", "share", true}, // long s folds to s, as (?i) compares
		{"\u212Aeep reading", "keep", true},
		{"Shar", "share", false},
		{"@x", "`x", false},
		{"Étude", "étude", true},
	}
	for _, tc := range tests {
		if got := foldPrefix(tc.s, tc.p); got != tc.want {
			t.Errorf("foldPrefix(%q, %q) = %v, want %v", tc.s, tc.p, got, tc.want)
		}
	}
}

func TestMatchBounds(t *testing.T) {
	tests := []struct {
		expr     string
		maxRunes int
		in, out  string // ASCII bytes the pattern can and cannot consume
	}{
		{`(?i)^(?:advertisement|ad)$`, 13, "ADVERTISEMENTadvertisement", " .0|z"},
		{`(?i)^(?:[^|.!?\d]{1,30}( ?\| ?[^|.!?\d]{1,30}){2,})$`, -1, "aZ |,", ".!?0"},
		{`(?i)^(?:[\p{L}.&' -]{1,40}© ?\d{4}\.?)$`, 47, "aZ.&' -09", ",|!"},
		{`(?i)^(?:\d{1,2} min(ute)? read)$`, 14, "0MINUTE read", "x."},
		{`(?i)^(?:(see|read)( more)?: .+)$`, -1, "\x00\x7f.x", "\n"},
		{`(?i)^(?:\bk\b)$`, 1, "Kk", "x"}, // K also folds to the Kelvin sign, outside ASCII
		{`(?i)^(?:x*)$`, -1, "xX", "y"},
		{`(?i)^(?:(\b)*)$`, 0, "", "x"},
	}
	for _, tc := range tests {
		n, set := matchBounds(tc.expr)
		if n != tc.maxRunes {
			t.Errorf("matchBounds(%q) max runes = %d, want %d", tc.expr, n, tc.maxRunes)
		}
		if !asciiOf(tc.in).subset(set) {
			t.Errorf("matchBounds(%q) set lacks some of %q", tc.expr, tc.in)
		}
		for i := range len(tc.out) {
			if asciiOf(tc.out[i : i+1]).subset(set) {
				t.Errorf("matchBounds(%q) set has %q", tc.expr, tc.out[i])
			}
		}
	}
}

// FuzzMatchBounds checks that no line outside a pattern's bounds matches it.
func FuzzMatchBounds(f *testing.F) {
	r, err := loadRules()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Advertisement", "Home | News | World", "Jane Doe © 2024.", "3 min read", "Share this article", "ſhare"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		runes, set := utf8.RuneCountInString(s), asciiOf(s)
		for i := range r.pats {
			p := &r.pats[i]
			if (p.maxRunes >= 0 && runes > p.maxRunes || !set.subset(p.ascii)) && p.re.MatchString(s) {
				t.Errorf("pattern %d (%s) matches %q, outside its bounds (%d runes, ASCII %x)", i, p.re, s, p.maxRunes, p.ascii)
			}
		}
	})
}

func TestRequiredText(t *testing.T) {
	tests := []struct {
		expr, need, anyOf string
	}{
		{`(?i)^(?:our standards ?:.*)$`, "our standards", ":"},
		{`(?i)^(?:[^|.!?\d]{1,30}( ?\| ?[^|.!?\d]{1,30}){2,})$`, "", "|"},
		{`(?i)^(?:[\p{L}.&' -]{1,40}© ?\d{4}\.?)$`, "", "©"},
		{`(?i)^(?:(a|b)\|x)$`, "", "|"},
		{`(?i)^(?:x(\|y)?z)$`, "", ""},            // an optional part is not required
		{`(?i)^(?:(foo\||bar\|))$`, "", ""},       // nor one of alternatives
		{`(?i)^(?:(\|abc)*)$`, "", ""},            // nor a repetition that may be empty
		{`(?i)^(?:k x)$`, "k x", ""},              // letters have case variants: only as a literal of three
		{`(?i)^(?:(news: )+more)$`, "news: ", ""}, // the longest literal
	}
	for _, tc := range tests {
		need, anyOf := requiredText(tc.expr)
		if need != tc.need || anyOf != tc.anyOf {
			t.Errorf("requiredText(%q) = %q, %q; want %q, %q", tc.expr, need, anyOf, tc.need, tc.anyOf)
		}
	}
}
