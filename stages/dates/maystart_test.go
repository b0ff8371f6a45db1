package dates

import (
	"go/ast"
	goparser "go/parser"
	gotoken "go/token"
	"os"
	"strconv"
	"strings"
	"testing"
)

// startExprs are expressions starting with "the", "to" or "a" (after a
// word that some need), one for each parser wordStart tries on them:
// mayStart must let every one through.
var startExprs = []string{
	"the end of March", "the beginning of the year", "the middle of next month",
	"the past week", "the last decade", "the previous day", "the following Monday", "the next morning",
	"the current quarter", "the coming weeks", "the upcoming months", "the months ahead",
	"the same day", "the day before", "the week of March 6", "the weekend", "the latest fiscal year",
	"the most recent quarter", "the quarter", "the fiscal year ended Sept. 30",
	"the first nine months", "the two years", "the nine months", "the few weeks",
	"the future", "the near future", "in the near term", "the past, they said",
	"the nineties", "on the 5th of last month", "the 20th century", "the third quarter",
	"the fiscal third quarter", "the year-ago quarter", "the comparable year-earlier period",
	"the 1988 period", "the first half of 1989", "the latter half of March",
	"the final week of June", "the first two quarters of 1990",
	"to this day",
	"for a while", "at a later date", "a few weeks ago", "a dozen years", "a year ago", "a week or so ago",
	"for an hour", "a day after the vote", "a year-earlier loss", "a couple of months", "a year and a half",
}

// TestMayStart checks scan's filter: where mayStart is false for a word,
// parseFrom finds nothing, on the expressions above, the benchmark text, the seeds and
// the TempEval texts.
func TestMayStart(t *testing.T) {
	for _, s := range startExprs {
		text := "He said " + s + " was hard."
		p := parser{text: text, t: tokenize(text, nil)}
		p.hol, _ = loadHolidays()
		i := 2
		for i < len(p.t) && p.t[i].low != "the" && p.t[i].low != "to" && p.t[i].low != "a" && p.t[i].low != "an" {
			i++
		}
		if i == len(p.t) || !p.mayStart(i) {
			t.Errorf("mayStart(%q) = false", s)
		} else if e, ok := p.parseFrom(i); !ok || e.e <= i+1 {
			t.Errorf("parseFrom(%q) = %v, %v: want an expression of two tokens or more", s, e.e, ok)
		}
	}
	texts := append([]string{benchText}, startExprs...)
	texts = append(texts, tokenTexts...)
	if dir, err := os.ReadDir(seedsDir); err == nil {
		for _, f := range dir {
			if strings.HasSuffix(f.Name(), ".txt") {
				b, err := os.ReadFile(seedsDir + "/" + f.Name())
				if err != nil {
					t.Fatal(err)
				}
				texts = append(texts, string(b))
			}
		}
	}
	if _, err := os.Stat(tbaqPath); err == nil {
		for _, d := range readTBAQ(t) {
			texts = append(texts, d.Text)
		}
	}
	for _, text := range texts {
		checkMayStart(t, text)
	}
}

// FuzzMayStart checks scan's filter on any input.
func FuzzMayStart(f *testing.F) {
	for _, s := range startExprs {
		f.Add(s)
	}
	f.Add(benchText)
	f.Fuzz(func(t *testing.T, text string) {
		checkMayStart(t, text)
	})
}

func checkMayStart(t *testing.T, text string) {
	t.Helper()
	p := parser{text: text, t: tokenize(text, nil)}
	p.hol, _ = loadHolidays()
	for i := range p.t {
		// Words only: for punctuation mayStart is what tells an apostrophe
		// ('90s) from the rest, shortDecade does not look again.
		if p.t[i].kind != tWord || p.mayStart(i) {
			continue
		}
		if e, ok := p.parseFrom(i); ok {
			s, end := max(0, int(p.t[i].start)-40), min(len(text), int(p.t[i].end)+40)
			t.Errorf("mayStart = false at %q in …%s…, but parseFrom finds %q", text[p.t[i].start:p.t[i].end], text[s:end], text[p.t[e.s].start:p.t[e.e-1].end])
		}
	}
}

// TestTriggerLexicon checks that isTrigger holds every word of the word
// tables an expression can start with, read from their switch statements in
// lexicon.go, and no frequent word that starts none.
func TestTriggerLexicon(t *testing.T) {
	fset := gotoken.NewFileSet()
	f, err := goparser.ParseFile(fset, "lexicon.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	tables := map[string]bool{"monthOf": true, "weekdayOf": true, "numberWord": true, "unitOf": true, "ordinalWord": true, "seasonOf": true}
	n := 0
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || !tables[fn.Name.Name] {
			continue
		}
		delete(tables, fn.Name.Name)
		ast.Inspect(fn.Body, func(nd ast.Node) bool {
			cc, ok := nd.(*ast.CaseClause)
			if !ok {
				return true
			}
			for _, e := range cc.List {
				lit, ok := e.(*ast.BasicLit)
				if !ok {
					continue
				}
				w, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				n++
				if !isTrigger(w) {
					t.Errorf("isTrigger(%q) = false; %s knows it", w, fn.Name.Name)
				}
				if fn.Name.Name == "weekdayOf" && !isTrigger(w+"s") {
					t.Errorf("isTrigger(%q) = false", w+"s")
				}
			}
			return true
		})
	}
	if len(tables) > 0 || n < 90 {
		t.Fatalf("read %d words; tables not found: %v", n, tables)
	}
	for _, w := range []string{"of", "and", "in", "on", "said", "it", "s", "government", "border", ""} {
		if isTrigger(w) {
			t.Errorf("isTrigger(%q) = true", w)
		}
	}
}
