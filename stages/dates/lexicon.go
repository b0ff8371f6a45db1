package dates

import "time"

// Word tables as switch statements: no package state, and fast.

// monthOf returns the month named by a lower-cased word; abbr reports a
// short form ("dec", "sept").
func monthOf(w string) (m time.Month, abbr bool, ok bool) {
	switch w {
	case "january":
		return time.January, false, true
	case "february":
		return time.February, false, true
	case "march":
		return time.March, false, true
	case "april":
		return time.April, false, true
	case "may":
		return time.May, false, true
	case "june":
		return time.June, false, true
	case "july":
		return time.July, false, true
	case "august":
		return time.August, false, true
	case "september":
		return time.September, false, true
	case "october":
		return time.October, false, true
	case "november":
		return time.November, false, true
	case "december":
		return time.December, false, true
	case "jan":
		return time.January, true, true
	case "feb":
		return time.February, true, true
	case "mar":
		return time.March, true, true
	case "apr":
		return time.April, true, true
	case "jun":
		return time.June, true, true
	case "jul":
		return time.July, true, true
	case "aug":
		return time.August, true, true
	case "sep", "sept":
		return time.September, true, true
	case "oct":
		return time.October, true, true
	case "nov":
		return time.November, true, true
	case "dec":
		return time.December, true, true
	}
	return 0, false, false
}

// weekdayOf returns the weekday named by a lower-cased full weekday name.
func weekdayOf(w string) (time.Weekday, bool) {
	switch w {
	case "sunday":
		return time.Sunday, true
	case "monday":
		return time.Monday, true
	case "tuesday":
		return time.Tuesday, true
	case "wednesday":
		return time.Wednesday, true
	case "thursday":
		return time.Thursday, true
	case "friday":
		return time.Friday, true
	case "saturday":
		return time.Saturday, true
	}
	return 0, false
}

// Units of time.
type unit int

const (
	uNone unit = iota
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
)

// unitOf returns the unit named by a lower-cased word and whether it is plural.
func unitOf(w string) (u unit, plural bool) {
	switch w {
	case "minute":
		return uMinute, false
	case "minutes":
		return uMinute, true
	case "hour":
		return uHour, false
	case "hours":
		return uHour, true
	case "day":
		return uDay, false
	case "days":
		return uDay, true
	case "week":
		return uWeek, false
	case "weeks":
		return uWeek, true
	case "weekend":
		return uWeekend, false
	case "weekends":
		return uWeekend, true
	case "month":
		return uMonth, false
	case "months":
		return uMonth, true
	case "quarter":
		return uQuarter, false
	case "quarters":
		return uQuarter, true
	case "year":
		return uYear, false
	case "years":
		return uYear, true
	case "decade":
		return uDecade, false
	case "decades":
		return uDecade, true
	case "century":
		return uCentury, false
	case "centuries":
		return uCentury, true
	}
	return uNone, false
}

// isoUnit returns the ISO 8601 duration designator of u and how many of it one u is.
func isoUnit(u unit) (designator string, mult int, timePart bool) {
	switch u {
	case uMinute:
		return "M", 1, true
	case uHour:
		return "H", 1, true
	case uDay:
		return "D", 1, false
	case uWeek:
		return "W", 1, false
	case uWeekend:
		return "D", 2, false
	case uMonth:
		return "M", 1, false
	case uQuarter:
		return "Q", 1, false // TimeML's quarter unit: "the past two quarters" P2Q
	case uYear:
		return "Y", 1, false
	case uDecade:
		return "Y", 10, false
	case uCentury:
		return "Y", 100, false
	}
	return "", 0, false
}

// numberWord returns the value of a cardinal number word.
func numberWord(w string) (int, bool) {
	switch w {
	case "one", "a", "an", "single":
		return 1, true
	case "two":
		return 2, true
	case "three":
		return 3, true
	case "four":
		return 4, true
	case "five":
		return 5, true
	case "six":
		return 6, true
	case "seven":
		return 7, true
	case "eight":
		return 8, true
	case "nine":
		return 9, true
	case "ten":
		return 10, true
	case "eleven":
		return 11, true
	case "twelve":
		return 12, true
	case "thirteen":
		return 13, true
	case "fourteen":
		return 14, true
	case "fifteen":
		return 15, true
	case "sixteen":
		return 16, true
	case "seventeen":
		return 17, true
	case "eighteen":
		return 18, true
	case "nineteen":
		return 19, true
	case "twenty":
		return 20, true
	case "thirty":
		return 30, true
	case "forty":
		return 40, true
	case "fifty":
		return 50, true
	case "sixty":
		return 60, true
	case "seventy":
		return 70, true
	case "eighty":
		return 80, true
	case "ninety":
		return 90, true
	case "hundred":
		return 100, true
	}
	return 0, false
}

// vagueCount returns the range of a vague quantity word ("few", "several").
func vagueCount(w string) (lo, hi int, ok bool) {
	switch w {
	case "few":
		return 2, 6, true
	case "several":
		return 3, 8, true
	case "couple":
		return 2, 3, true
	case "many", "some":
		return 2, 12, true
	}
	return 0, 0, false
}

// ordinalWord returns the value of an ordinal word ("third").
func ordinalWord(w string) (int, bool) {
	switch w {
	case "first":
		return 1, true
	case "second":
		return 2, true
	case "third":
		return 3, true
	case "fourth":
		return 4, true
	case "fifth":
		return 5, true
	case "sixth":
		return 6, true
	case "seventh":
		return 7, true
	case "eighth":
		return 8, true
	case "ninth":
		return 9, true
	case "tenth":
		return 10, true
	case "eleventh":
		return 11, true
	case "twelfth":
		return 12, true
	}
	return 0, false
}

// seasonOf returns 1 spring, 2 summer, 3 fall, 4 winter.
func seasonOf(w string) int {
	switch w {
	case "spring":
		return 1
	case "summer":
		return 2
	case "fall", "autumn":
		return 3
	case "winter":
		return 4
	}
	return 0
}

// isYearCue reports whether a word before a bare four-digit number makes it a year.
func isYearCue(w string) bool {
	switch w {
	case "in", "since", "by", "of", "during", "until", "till", "before", "after",
		"early", "mid", "late", "year", "years", "fiscal", "from", "through",
		"throughout", "between", "around", "circa", "summer", "spring", "winter",
		"autumn", "fall", "as", "than", "to", "and", "or", "for", "due":
		return true
	}
	return false
}

// isDeterminer reports whether a word before a four-digit number makes it a
// year when a noun follows ("the 1992 protests", "its 1988 recapitalization").
func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "its", "his", "her", "their", "our", "your", "my", "s", "this", "that":
		return true
	}
	return false
}

// isCountNoun reports whether a word after a number makes it a count
// ("2000 people") rather than a year.
func isCountNoun(w string) bool {
	switch w {
	case "people", "persons", "troops", "soldiers", "residents", "households", "km",
		"kilometers", "kilometres", "miles", "mile", "meters", "metres", "feet", "foot",
		"tons", "tonnes", "dollars", "won", "yuan", "units", "cases", "members",
		"workers", "families", "children", "defectors", "times", "percent", "hours",
		"ft", "kg", "pounds", "men", "women", "points", "shares", "barrels", "acres",
		"square", "cubic", "copies", "employees", "refugees", "prisoners", "inmates",
		"votes", "voters", "passengers", "vehicles", "cars", "trucks", "jobs", "yards",
		"degrees", "hectares", "calories", "rounds", "missiles", "guards", "officers",
		"delegates", "students", "patients", "deaths", "beds", "rooms", "pages", "words",
		"mph", "kph", "cc", "mw", "kw", "gb", "mb", "troop", "strong", "other", "more",
		"fewer", "less", "odd", "plus", "lb", "lbs", "oz", "mm", "cm", "m":
		return true
	}
	return false
}

// isReportVerb reports whether w introduces attribution ("said", "told").
func isReportVerb(w string) bool {
	switch w {
	case "said", "says", "told", "tells", "informed", "reported", "reports", "stated",
		"explained", "added", "announced", "according", "noted", "claimed", "confirmed",
		"wrote", "revealed", "disclosed":
		return true
	}
	return false
}

// isForwardCue reports whether w, before a date in its sentence, points to
// the future strongly (will, next, scheduled): weekdays then resolve on or
// after the anchor.
func isForwardCue(w string) bool {
	switch w {
	case "will", "shall", "ll", "plans", "plan", "planned", "planning", "scheduled",
		"slated", "expected", "expects", "expect", "upcoming", "intends", "intend", "next",
		"tomorrow", "coming":
		return true
	}
	return false
}

// judgedThing reports "to be" at token k ("to") that tells what a thing
// was judged to be, not a plan: after "what", "which" or "that" and a verb
// of seeming or saying ("fired what appeared to be an ICBM on Thursday",
// "what it claimed to be a new engine"), or after a noun and such a
// participle ("a man believed to be a smuggler"), and before a noun
// phrase ("a", "an", "the", a number). "Kim is said to be visiting Moscow
// on Tuesday", "the summit is believed to be held on Monday", "appears to
// be on track for Tuesday" still look ahead (a review of session 24).
func judgedThing(toks []token, k int) bool {
	if k < 2 || k+2 >= len(toks) {
		return false
	}
	switch n := toks[k+2]; {
	case n.kind == tNum, n.low == "a", n.low == "an", n.low == "the", n.low == "its", n.low == "their",
		n.low == "his", n.low == "her", n.low == "two", n.low == "three", n.low == "several":
	default:
		return false
	}
	v, w := toks[k-1].low, toks[k-2].low
	if !raisingVerbs[v] {
		return false
	}
	if w == "it" || w == "they" || w == "he" || w == "she" || w == "officials" {
		if k < 3 {
			return false
		}
		w = toks[k-3].low // "what it claimed to be"
	}
	if w == "what" || w == "which" || w == "that" {
		return true
	}
	// a reduced relative: a participle right after its noun
	return !finiteRaising[v] && toks[k-2].kind == tWord && !beOrHave[w] && !isModal(w) && w != "to"
}

// raisingVerbs take "to be" as a judgement: "appeared to be", "believed to be".
var raisingVerbs = map[string]bool{
	"appeared": true, "appears": true, "appear": true, "seemed": true, "seems": true, "seem": true,
	"believed": true, "thought": true, "known": true, "said": true, "reported": true, "presumed": true,
	"assumed": true, "understood": true, "alleged": true, "claimed": true, "estimated": true,
	"confirmed": true, "found": true, "proved": true, "proven": true,
}

// finiteRaising are the raising verbs that cannot follow their noun as a
// participle, as "a man believed to be a smuggler" does.
var finiteRaising = map[string]bool{
	"appeared": true, "appears": true, "appear": true, "seemed": true, "seems": true, "seem": true, "proved": true,
}

// beOrHave are the auxiliaries before a finite raising verb ("is said to
// be"), which make it no participle of a noun.
var beOrHave = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"am": true, "has": true, "have": true, "had": true, "s": true, "not": true, "also": true, "widely": true,
	"now": true, "still": true, "generally": true,
}

// isFutureVerb reports the forward cues that are future verb forms, never
// nouns: "will", "scheduled".
func isFutureVerb(w string) bool {
	switch w {
	case "will", "shall", "ll", "scheduled", "slated":
		return true
	}
	return false
}

// isWeakForwardCue reports whether w, before a date in its sentence, makes a
// future reading possible (would, by, until, payable): a month and day then
// takes the reading closest to the anchor rather than the latest before it.
func isWeakForwardCue(w string) bool {
	switch w {
	case "would", "hopes", "hope", "going", "ahead", "soon", "by", "until", "till", "through":
		return true
	}
	return false
}

// isIntrinsicForward reports whether w names a future date by itself
// ("payable Dec. 15", "expires Nov. 21", "extended to Nov. 16").
func isIntrinsicForward(w string) bool {
	switch w {
	case "payable", "effective", "effect", "expire", "expires", "expiring", "deadline", "record", "due",
		"reconvenes", "extended", "postponed", "delayed":
		return true
	}
	return false
}

// isPastMarker reports whether w is a past-tense verb form, or a verb that
// tells its object as past.
func isPastMarker(w string) bool {
	switch w {
	case "was", "were", "had", "did", "went", "said", "told", "came", "began", "left", "took",
		"made", "saw", "got", "gave", "ran", "fled", "held", "met", "sent", "kept", "brought",
		"rose", "fell", "won", "lost", "paid", "sold", "bought", "found", "fought", "led", "caught",
		"stood", "spoke", "wrote", "broke", "chose", "drove", "grew", "knew", "threw", "became",
		"felt", "heard", "thought", "struck", "sank", "shot", "slid", "built", "spent", "sought",
		"withdrew", "overtook", "undertook", "forgot", "froze", "hid", "swore", "tore", "wore",
		"laid", "drew", "flew", "blew", "swept", "swam", "dealt", "meant", "drank", "ate", "stole",
		"taught", "understood", "shook", "swung", "oversaw", "upheld", "withheld", "overthrew",
		"forbade", "forgave", "arose", "slept", "wept", "hung", "stuck", "dug", "sprang", "sang", "rang",
		// the same form in the present (invariantPast); news tells the
		// past ("North Korea shut its border in late January")
		"shut", "cut", "hit", "spread", "quit", "shed", "burst",
		// a present that tells what it names as before ("It follows the
		// parade in Kim Il Sung Square on February 8")
		"follows":
		return true
	}
	return len(w) > 4 && w[len(w)-2:] == "ed" && w != "need" && w != "speed" && w != "indeed"
}

// invariantPast reports a past form that is also the present ("shut",
// "hit"): pastVerb asks more of it.
func invariantPast(w string) bool {
	switch w {
	case "shut", "cut", "hit", "spread", "quit", "shed", "burst":
		return true
	}
	return false
}

// timeOfDay returns the TIMEX3 part-of-day code for a word after a weekday.
func timeOfDay(w string) string {
	switch w {
	case "morning":
		return "MO"
	case "afternoon":
		return "AF"
	case "evening":
		return "EV"
	case "night":
		return "NI"
	}
	return ""
}

// triggerWords are the words an expression can start with: the words of
// monthOf, weekdayOf (also plural: on Mondays), numberWord, unitOf,
// ordinalWord and seasonOf, and the other first words of wordStart's
// parsers. TestTriggerLexicon checks that it holds every word of those
// tables.
var triggerWords = []string{
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
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
	"hourlong", "daylong", "weeklong", "monthlong", "yearlong", "decadelong",
}

// triggerSet is triggerWords as a set.
var triggerSet = func() map[string]bool {
	m := make(map[string]bool, len(triggerWords))
	for _, w := range triggerWords {
		m[w] = true
	}
	return m
}()

// triggerFilter has the bit triggerKey(w) set for every trigger word w. Of
// the other words of news text, about one in ten has a set bit, so most
// words are turned away without a lookup (1 KB: it stays in the nearest
// cache).
var triggerFilter = func() (f [1 << 13 / 64]uint64) {
	for _, w := range triggerWords {
		k := triggerKey(w)
		f[k/64] |= 1 << (k % 64)
	}
	return f
}()

// triggerKey hashes the length and the first, second and last bytes of a
// non-empty w into 13 bits.
func triggerKey(w string) uint32 {
	n := len(w)
	h := uint32(n)*0x9e3779b1 ^ uint32(w[0])*0x85ebca6b ^ uint32(w[min(1, n-1)])*0xc2b2ae35 ^ uint32(w[n-1])*0x27d4eb2f
	return h >> (32 - 13)
}

// isTrigger reports whether an expression can start with word w (one of
// triggerWords); the parser skips every other word at once. It runs on
// every word of a text: triggerFilter turns most words away before the set
// is consulted.
func isTrigger(w string) bool {
	if w == "" {
		return false
	}
	if k := triggerKey(w); triggerFilter[k/64]&(1<<(k%64)) == 0 {
		return false
	}
	return triggerSet[w]
}
