package dates

import (
	"strings"
	"testing"

	"geotimeline/pipeline"
)

func TestDocumentDate(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		date     string
		earliest string
		basis    pipeline.DateBasis
		evidence string // substring of Evidence
	}{
		{"date line", "Border tightened\nDecember 19, 2020\n\nIn April, the posture was extended.",
			"2020-12-19", "", pipeline.BasisPublished, `dateline "December 19, 2020"`},
		{"weekday date line with time", "Headline\nSaturday, Dec. 19, 2020 10:30 KST\nText follows.",
			"2020-12-19", "", pipeline.BasisPublished, "dateline"},
		{"CRLF and lone CR line ends", "Headline\r\nDecember 19, 2020\r\rText follows.",
			"2020-12-19", "", pipeline.BasisPublished, "dateline"},
		{"published label", "Headline\nPublished: 2020-12-19\n\nText.",
			"2020-12-19", "", pipeline.BasisPublished, "dateline"},
		{"agency dateline with year", "SEOUL, Dec. 5, 2020 (Yonhap) -- Officials said so.",
			"2020-12-05", "", pipeline.BasisPublished, "agency dateline"},
		{"agency dateline without year, year from the text", "SEOUL, Dec. 5 (Yonhap) -- Trade fell after the COVID-19 outbreak.",
			"2020-12-05", "2020-02-01", pipeline.BasisInferred, "agency dateline"},
		{"agency dateline, nothing fixes the year", "SEOUL, Dec. 5 (Yonhap) -- Officials said so.",
			"", "", pipeline.BasisNone, "without a year"},
		{"title-case agency dateline", "Headline\n\nPyongyang, Oct. 12, 2023 (KCNA) -- Leader Kim Jong Un visited a farm on Wednesday and spoke to the workers there at some length about the harvest and the coming winter.",
			"2023-10-12", "", pipeline.BasisPublished, "agency dateline"},
		{"title-case dateline closed by a dash", "Seoul, Jan. 14, 2022 -- The military said a missile was fired.",
			"2022-01-14", "", pipeline.BasisPublished, "agency dateline"},
		{"title-case place and date without a dash is a sentence", "Hyesan, March 3, 2021, was the day the market closed. Police came on March 9, 2021.",
			"2021-03-09", "2021-03-09", pipeline.BasisInferred, "latest explicit date"},
		{"title-case place and date on a line of their own", "Headline\nSeoul, June 3, 2024\n\nA court sentenced a teacher last month.",
			"2024-06-03", "", pipeline.BasisPublished, "agency dateline"},
		{"place, outlet in parentheses, dash and date", "Headline\n\nSeoul (AFP) \u2013 April 16, 2024\n\nA soldier crossed the border early Tuesday.",
			"2024-04-16", "", pipeline.BasisPublished, "agency dateline"},
		{"outlet first, with the year inferred", "Headline\n\nBEIJING (Reuters) - Dec. 5\n\nTrade fell after the COVID-19 outbreak.",
			"2020-12-05", "2020-02-01", pipeline.BasisInferred, "agency dateline"},
		{"a photo credit with a person is no dateline (review)", "Kim Jong Un (AFP) \u2013 June 12, 2018\n\nNorth Korea fired two missiles on Tuesday. The launch was the first since Jan. 14, 2024.",
			"2024-01-14", "2024-01-14", pipeline.BasisInferred, "latest explicit date"},
		{"a parenthesis and a dash in a sentence are no dateline", "Headline\n\nThe ministry (MSS) said many things - on March 3, 2021 it acted. It acted again on March 9, 2021.",
			"2021-03-09", "2021-03-09", pipeline.BasisInferred, "latest explicit date"},
		{"a day of last year does not move the text's date", "On April 16, 2024, a soldier crossed. On October 24 last year, four people arrived by boat.",
			"2024-04-16", "2024-04-16", pipeline.BasisInferred, `latest explicit date "April 16, 2024"`},
		{"a date running past the end of the text", "N. Korea holds party plenum\n\nPyongyang, Dec.\n28",
			"", "", pipeline.BasisNone, ""},
		{"byline with a date", "Headline\nBy staff reporter | July 8, 2021\n\nPolice raided a market on June 24.",
			"2021-07-08", "", pipeline.BasisPublished, `byline "July 8, 2021"`},
		{"byline with a label and time", "Headline\nBy Jane Roe, updated July 8, 2021 10:30 KST\n\nText.",
			"2021-07-08", "", pipeline.BasisPublished, "byline"},
		{"author and date parted by a bar", "Headline\nJung Min | 2021-04-02 5:00 AM\n\nPolice arrested traders on Monday.",
			"2021-04-02", "", pipeline.BasisPublished, "byline"},
		{"section and date parted by a bullet", "Headline\nDaily report · Sept. 14, 2021\n\nPolice arrested traders on Monday.",
			"2021-09-14", "", pipeline.BasisPublished, "byline"},
		{"a sentence opening with By is not a byline", "By March 3, 2021 the camp was full. Guards left on March 9, 2021.",
			"2021-03-09", "2021-03-09", pipeline.BasisInferred, "latest explicit date"},
		{"updated with nothing after", "Headline\n\nUpdated on\n\nOfficials ordered a crackdown.",
			"", "", pipeline.BasisNone, ""},
		{"a date in a sentence is not a dateline", "Headline\n\nThe talks, held on December 19, 2020, failed.\n\nMore text.",
			"2020-12-19", "2020-12-19", pipeline.BasisInferred, "latest explicit date"},
		{"latest explicit date", "On March 3, 2019, police raided a house. On June 5, 2019, they raided another.",
			"2019-06-05", "2019-06-05", pipeline.BasisInferred, `"June 5, 2019"`},
		{"a planned date does not date the text", "On March 3, 2019, police raided a house. The trial will open on June 5, 2020.",
			"2019-03-03", "2019-03-03", pipeline.BasisInferred, `"March 3, 2019"`},
		{"later month-day in the same year", "On March 3, 2019, police raided a house. On Apr. 9 they raided another.",
			"2019-04-09", "2019-03-03", pipeline.BasisInferred, `"Apr. 9"`},
		{"era with likely year", "The COVID-19 outbreak closed the border. On Mar. 2 smugglers were arrested.",
			"2020-03-02", "2020-02-01", pipeline.BasisInferred, "COVID-19"},
		{"an era told as past gives only a bound", "Tourists arrived on Mar. 2, the first group admitted since the COVID-19 pandemic.",
			"", "2020-02-01", pipeline.BasisNone, "not before 2020-02-01"},
		{"an era told as before gives only a bound", "Trade on Mar. 2 was at half its level before the coronavirus pandemic.",
			"", "2020-01-01", pipeline.BasisNone, "not before 2020-01-01"},
		{"era without likely year gives only a bound", "Leader Kim Jong Un ordered it. On Mar. 2 smugglers were arrested.",
			"", "2011-12-01", pipeline.BasisNone, "not before 2011-12-01"},
		{"era beats an older explicit month", "Goods crossed in August 2019. The coronavirus outbreak closed the border on Jan. 30.",
			"2020-01-30", "2020-01-01", pipeline.BasisInferred, "coronavirus outbreak"},
		{"a title held only since 2021 gives a bound", "General Secretary Kim Jong Un ordered it. On Mar. 2 smugglers were arrested.",
			"", "2021-01-01", pipeline.BasisNone, "not before 2021-01-01"},
		{"month and year alone give only a bound", "Goods crossed the river in August 2019.",
			"", "2019-08-01", pipeline.BasisNone, "August 2019"},
		{"party anniversary", "Kim spoke during the party's 76th anniversary on Sunday.",
			"2021-10-10", "2021-10-10", pipeline.BasisInferred, "Workers' Party"},
		{"state anniversary by month", "The capital celebrated its 73rd anniversary in September.",
			"2021-09-09", "2021-09-09", pipeline.BasisInferred, "month named"},
		{"birthday", "Crowds marked Kim Il Sung's 110th birthday.",
			"2022-04-15", "2022-04-15", pipeline.BasisInferred, "Kim Il Sung"},
		{"death anniversary", "Crowds marked the 10th anniversary of the death of Kim Jong Il.",
			"2021-12-17", "2021-12-17", pipeline.BasisInferred, "death of Kim Jong Il"},
		{"death anniversary with a possessive", "Crowds marked the 30th anniversary of Kim Il Sung's death.",
			"2024-07-08", "2024-07-08", pipeline.BasisInferred, "death of Kim Il Sung"},
		{"forward anniversary does not date the text", "Preparations are under way ahead of the party's 80th anniversary.",
			"", "", pipeline.BasisNone, ""},
		{"nothing", "Officials ordered a crackdown.", "", "", pipeline.BasisNone, ""},
		{"numbers in era phrases count", "A Hwasong-5 missile was shown. Talks began on Mar. 2.", "", "", pipeline.BasisNone, ""},
		{"era phrase with a number", "A Hwasong-15 missile was shown. Talks began on Mar. 2.", "", "2017-11-01", pipeline.BasisNone, "Hwasong-15"},
		// A term of office bounds a yearless dateline on both sides; the
		// lede's weekday picks the one year in the term.
		{"a term of office and the lede's weekday", "SEOUL, April 17 (Yonhap) -- North Korea fired a missile on Wednesday, the military said. President Yoon Suk Yeol called a meeting.",
			"2024-04-17", "2022-05-01", pipeline.BasisInferred, `only in 2024 between 2022-05-01 and 2025-04-04`},
		// Oct. 4 was a Tuesday in 2022, and a Wednesday in 2023: a lede
		// telling the day before would make it 2023. Session 24 takes the
		// day itself, as nine of the ten yearless datelines of the
		// dispatch sets do, and names the other reading.
		{"a lede weekday that may be the day before names the other year", "TOKYO, Oct. 4 (Kyodo) -- North Korea fired a missile over Japan on Tuesday, Prime Minister Fumio Kishida said.",
			"2022-10-04", "2021-10-01", pipeline.BasisInferred, "assumed the lede tells the dateline's day (as the day before it, 2023)"},
		{"guard: a day after the term ended", "SEOUL, April 24 (Yonhap) -- North Korea fired artillery on Thursday, and President Yoon Suk Yeol's office said it was monitoring.",
			"", "2022-05-01", pipeline.BasisNone, ""}, // a Thursday in 2025, after the removal on April 4
		{"guard: a former president bounds nothing above", "SEOUL, April 17 (Yonhap) -- North Korea fired a missile on Wednesday. Former President Moon Jae-in criticised it.",
			"", "2017-05-01", pipeline.BasisNone, ""},
		{"guard: two fitting years in a long term", "TOKYO, April 17 (Kyodo) -- North Korea fired a missile on Wednesday, Prime Minister Shinzo Abe said.",
			"", "2006-09-01", pipeline.BasisNone, ""},
		// Session 24: the guards a review asked for when a yearless dateline
		// in a term of office takes the year its lede's weekday falls on the
		// day itself (a lede that tells of the day before, a holder's years
		// out of office, another office, a title told as past after a
		// country's abbreviation, a holder's successor), and more terms.
		{"the lede's weekday on the dateline's day", "SEOUL, Dec. 19 (Yonhap) -- North Korea fired an intercontinental ballistic missile on Monday, President Yoon Suk Yeol's office said.",
			"2022-12-19", "2022-05-01", pipeline.BasisInferred, "as the day before it, 2023"},
		{"guard: the day before told", "SEOUL, Dec. 19 (Yonhap) -- North Korea's ICBM launch on Monday, the day before, drew condemnation from President Yoon Suk Yeol.",
			"", "2022-05-01", pipeline.BasisNone, ""},
		{"guard: yesterday told", "SEOUL, Dec. 19 (Yonhap) -- President Yoon Suk Yeol yesterday ordered a strong response to North Korea's launch of an ICBM on Monday.",
			"", "2022-05-01", pipeline.BasisNone, ""},
		// Sept. 9 was a Thursday in 2010, when Abe was out of office (and a
		// Friday in 2016, which only the day before would fit).
		{"guard: a year out of office", "TOKYO, Sept. 9 (Kyodo) -- Prime Minister Shinzo Abe on Thursday night vowed to respond to the test.",
			"", "2006-09-01", pipeline.BasisNone, ""},
		{"in office again", "TOKYO, Sept. 9 (Kyodo) -- North Korea conducted its fifth nuclear test on Friday, Prime Minister Shinzo Abe said.",
			"2016-09-09", "2006-09-01", pipeline.BasisInferred, "Shinzo Abe"},
		// Foreign Minister Taro Kono (2017-08 to 2019-09) and "said
		// Wednesday": 2018 (in 2019 Jan. 24 was a Thursday).
		{"a foreign minister's term", "TOKYO, Jan. 24 (Kyodo) -- A tanker was seen alongside another ship, the government said Wednesday. Foreign Minister Taro Kono told reporters Japan would watch closely.",
			"2018-01-24", "2017-08-01", pipeline.BasisInferred, "foreign minister taro kono"},
		{"guard: no year of the term fits", "WASHINGTON, Jan. 24 (Yonhap) -- North Korea must give up its weapons, the State Department said Wednesday, as Secretary of State John Kerry met his counterpart.",
			"", "2013-02-01", pipeline.BasisNone, ""}, // Jan. 24 was a Wednesday in no year of his term (2013-2017)
		{"review: a deputy secretary bounds nothing", "WASHINGTON, Jan. 3 (Yonhap) -- North Korea fired a missile on Sunday, Deputy Secretary of State Antony Blinken said.",
			"", "", pipeline.BasisNone, ""},
		{"review: former U.S. Secretary", "SEOUL, Jan. 6 (Yonhap) -- North Korea fired a missile on Monday, former U.S. Secretary of State John Kerry said.",
			"", "2013-02-01", pipeline.BasisNone, ""},
		{"review: a holder's successor", "SEOUL, Jan. 6 (Yonhap) -- North Korea fired a missile on Monday, the envoy told Secretary-General Ban Ki-moon's successor.",
			"", "2007-01-01", pipeline.BasisNone, ""},
		// Russia's prime minister since 2020 keeps a 2013 month from dating
		// a 2025 report.
		{"guard: a later era than the latest month", "MOSCOW, April 30 (Reuters) - Russia and North Korea on Wednesday began building a bridge. Prime Minister Mikhail Mishustin joined by video link. A rail link was reopened in September 2013.",
			"", "2020-01-01", pipeline.BasisNone, ""},
		// The weekday of the telling in the lede, in the first year not
		// before the latest month the text reports (session 12).
		{"the telling's weekday after the latest month reported", "SEOUL, Sept. 15 (Yonhap) -- North Korea executed two people in October last year, the spy agency told lawmakers Thursday. It enacted a law in December 2020.",
			"2022-09-15", "2020-12-01", pipeline.BasisInferred, `"Thursday" falls on the dateline's day in 2022, the first such year not before "December 2020"`},
		{"a part of a year counts as reported", "SEOUL, Sept. 4 (Yonhap) -- A man crossed the border on Sunday, the military said Monday. 99 defectors arrived in the first half of 2023.",
			"2023-09-04", "2023-01-01", pipeline.BasisInferred, `first such year not before "the first half of 2023"`},
		// A bare weekday of the lede's event counts since session 24, the
		// day itself first (Sept. 15 was a Thursday in 2022; the day before
		// it, a Friday dateline, would be 2023) ...
		{"a bare weekday of the event on the dateline's day", "SEOUL, Sept. 15 (Yonhap) -- North Korea fired a missile on Thursday. It enacted a law in December 2020.",
			"2022-09-15", "2020-12-01", pipeline.BasisInferred, `"Thursday" falls on the dateline's day in 2022`},
		// ... but not when the day before fits an earlier year (a Wednesday
		// dateline in 2021) ...
		{"guard: a bare weekday the day before fits first", "SEOUL, Sept. 15 (Yonhap) -- North Korea fired a missile on Tuesday. It enacted a law in December 2020.",
			"", "2020-12-01", pipeline.BasisNone, ""},
		// ... nor when the lede tells of the day before.
		{"guard: a bare weekday told as the day before", "SEOUL, Sept. 15 (Yonhap) -- North Korea's launch on Thursday, the day before, drew protests. It enacted a law in December 2020.",
			"", "2020-12-01", pipeline.BasisNone, ""},
		// A review's misfires: a weekday of some other day than the lede's
		// news — with its own month, in a clause "after" opens, in a quote.
		{"review: a weekday with its own month", "SEOUL, Oct. 24 (Yonhap) -- A defector said he fled on a Sunday in November 2020.",
			"", "2020-11-01", pipeline.BasisNone, ""},
		{"review: a weekday in a clause 'after' opens", "SEOUL, Oct. 24 (Yonhap) -- North Korea executed two officials, days after a U.S. carrier arrived on Sunday. It last executed officials in November 2020.",
			"", "2020-11-01", pipeline.BasisNone, ""},
		{"review: a weekday in a quote", "SEOUL, Oct. 24 (Yonhap) -- Kim Jong-un said the North \"had to respond on Sunday.\" He last spoke in November 2020.",
			"", "2020-11-01", pipeline.BasisNone, ""},
		{"the lede's own weekday beside one a clause 'after' opens", "SEOUL, Oct. 24 (Yonhap) -- North Korea fired a ballistic missile Tuesday, two days after the allies wrapped up drills on Sunday. The previous launch was in November 2020.",
			"2023-10-24", "2020-11-01", pipeline.BasisInferred, `"Tuesday" falls on the dateline's day in 2023`},
		{"guard: no fitting year within five years of the month", "VLADIVOSTOK, Sept. 8 (Reuters) - Workers arrived last week, local media reported on Thursday. Sanctions took effect in July 2017.",
			"", "2017-07-01", pipeline.BasisNone, ""}, // Sept. 8 fell on a Thursday in 2016 and 2022
		{"review: a telling in local time abroad", "WASHINGTON, Sept. 16 (Yonhap) -- The United States condemned the launch, a State Department spokesperson said Thursday (local time). The North fired cruise missiles in March 2021.",
			"", "2021-03-01", pipeline.BasisNone, ""},
		{"review: a telling the lede's news came after", "SEOUL, Sept. 16 (AFP) -- North Korea fired two missiles a day after Seoul's spy agency told lawmakers Thursday that a launch was near. It last fired in March 2021.",
			"", "2021-03-01", pipeline.BasisNone, ""},
		{"review: a month planned is not reported", "SEOUL, Sept. 16 (Yonhap) -- The two Koreas agreed to hold military talks in March 2025, the unification ministry said Thursday.",
			"", "", pipeline.BasisNone, ""},
		{"review: a month of a person's past", "SEOUL, Sept. 16 (Yonhap) -- A defector who fled in March 2016 told reporters Thursday that prisons are full.",
			"", "2016-03-01", pipeline.BasisNone, ""},
		{"guard: an era cue later than the month", "SEOUL, Sept. 15 (Yonhap) -- The spy agency told lawmakers Thursday that leader Kim Jong Un had been ill. A law was passed in June 2009.",
			"", "2011-12-01", pipeline.BasisNone, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := DocumentDate(tc.in)
			if got.Date != mustDate(t, tc.date) || got.Earliest != mustDate(t, tc.earliest) || got.Basis != tc.basis || !strings.Contains(got.Evidence, tc.evidence) {
				t.Errorf("DocumentDate(%q) = %+v,\n want date %q earliest %q basis %s evidence ~%q", tc.in, got, tc.date, tc.earliest, tc.basis, tc.evidence)
			}
		})
	}
}

func TestCueTables(t *testing.T) {
	ct, err := loadCues()
	if err != nil {
		t.Fatal(err)
	}
	if len(ct.eras) < 10 || len(ct.occasions) < 8 {
		t.Errorf("tables: %d eras, %d occasions", len(ct.eras), len(ct.occasions))
	}
	for _, o := range ct.occasions {
		if o.founded.Year < 1900 || o.founded.Year > 2015 { // the latest occasion: Kim Jong Il's death, 2011
			t.Errorf("occasion %s founded %s", o.id, o.founded)
		}
	}
}
