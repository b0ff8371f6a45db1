package dates

import "testing"

// refIsTrigger is isTrigger as it was before triggerFilter, one switch.
// It reports whether an expression can start with word w; the parser
// skips every other word at once. It runs on every word of a text, so it
// is one switch: the words of monthOf, weekdayOf (also plural: on Mondays),
// numberWord, unitOf, ordinalWord and seasonOf, and the other first words
// of wordStart's parsers. TestTriggerLexicon checks that it holds every
// word of those tables.
func refIsTrigger(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sundays", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays",
		"one", "a", "an", "single", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
		"ninety", "hundred",
		"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "weekend", "weekends",
		"month", "months", "quarter", "quarters", "year", "years", "decade", "decades", "century",
		"centuries",
		"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth",
		"spring", "summer", "fall", "autumn", "winter",
		"half", "the", "early", "late", "mid", "end", "beginning", "start", "middle", "earlier", "later",
		"today", "yesterday", "tomorrow", "tonight", "this", "last", "next", "past", "coming", "upcoming",
		"previous", "following", "current", "few", "several", "couple", "many", "some",
		"more", "less", "fewer", "at", "nearly", "almost", "about", "around", "roughly",
		"approximately", "over", "up", "daily", "weekly", "monthly", "annually", "yearly", "hourly",
		"nightly", "every", "each", "per", "once", "twice", "now", "currently", "presently",
		"nowadays", "these", "to", "recently", "lately", "recent", "future", "fiscal", "yearend",
		"noon", "midnight", "midday", "that", "post", "pre", "juche",
		"hourlong", "daylong", "weeklong", "monthlong", "yearlong", "decadelong":
		return true
	}
	return false
}

// FuzzIsTriggerSame checks isTrigger against refIsTrigger, and every word
// of triggerWords (and each with one byte changed, which the filter
// mostly turns away) against it.
func FuzzIsTriggerSame(f *testing.F) {
	for _, w := range []string{"march", "marsh", "the", "they", "a", "", "é", "yearlong", "yearlang", "s"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := isTrigger(w), refIsTrigger(w); got != want {
			t.Fatalf("isTrigger(%q) = %v, want %v", w, got, want)
		}
	})
}

func TestIsTriggerSame(t *testing.T) {
	for _, w := range triggerWords {
		if !isTrigger(w) || !refIsTrigger(w) {
			t.Errorf("isTrigger(%q) = %v, refIsTrigger = %v, want true", w, isTrigger(w), refIsTrigger(w))
		}
		for i := range len(w) {
			for _, c := range []byte{'a', 'e', 's', 'z', 'A', '1', 0xc3} {
				v := w[:i] + string(c) + w[i+1:]
				if got, want := isTrigger(v), refIsTrigger(v); got != want {
					t.Errorf("isTrigger(%q) = %v, want %v", v, got, want)
				}
			}
		}
	}
}
