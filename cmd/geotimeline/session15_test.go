package main

import "testing"

// TestSession15EndToEnd runs `extract` on passages of our own through every
// stage, for the rules of session 15: a long title after opening phrases
// of time ("Three days later, on May 2, the UN special envoy on …
// said") and "said in a statement last Friday" date statements; one
// "issued in Geneva" is placed there; what "announced" is made at the
// speaker's capital; a date in apposition narrows a wider one ("earlier
// this year, on March 3, 2024"); a day counted from another occasion ("the
// day after the test") dates that occasion, not the rest of the sentence;
// a trigger ending in "through", "via" or "at" happened at the place
// right after it; a dateline without its year takes it from "this year, on
// <a full date>" and the lede's weekday; relatives in a second country
// are no place of the event; a leader "met Putin at the" site is a
// meeting there (the gazetteer now holds the Vostochny Cosmodrome); a
// trigger of a relative clause in the past perfect ("a woman who had
// defected … swam back across the border") yields to the clause's own;
// climbing a fence is a crossing, and meeting officials or authorities a
// meeting; a date inside such a clause ("who had fled two years earlier")
// dates none of the clause after it.
func TestSession15EndToEnd(t *testing.T) {
	runEndToEnd(t, []endToEndCase{
		{"a long title after two opening phrases of time; a statement issued in a city",
			"Returns\n\nThree days later, on May 2, the UN special envoy on the rights of North Korean refugees said in a statement issued in Geneva that the returns broke international law.\n", "2024-05-20",
			[]string{"statement 2024-05-02 Geneva"}},
		{"said in a statement last Friday",
			"Drills\n\nKim Yo Jong, the sister of leader Kim Jong Un, said in a statement last Friday that the drills were rehearsals for an invasion.\n", "2024-03-12",
			[]string{"statement 2024-03-08 Pyongyang"}},
		{"guard: a place with its day opening the sentence is no time phrase",
			"Harvest\n\nIn the county seat on October 30, the farm manager in charge of the collective farm's third work team said the harvest was good.\n", "2023-11-02",
			nil},
		{"a day counted from another occasion dates it, not the announcement",
			"Satellite\n\nOn April 9, the day after the test, KCNA announced that the engine had worked as planned.\n", "2024-04-15",
			[]string{"statement 2024-04-09 Pyongyang"}},
		{"a date in apposition narrows the wider one",
			"Satellite\n\nNorth Korea last launched a satellite earlier this year, on March 3, 2024, state media said.\n", "2024-09-20",
			[]string{"other 2024-03-03 North Korea"}},
		{"returned through a crossing, however far back the subject reaches",
			"Returns\n\nIn March, some 40 men who had been held in jails in Jilin were returned through Namyang.\n", "2024-05-20",
			[]string{"defection 2024-03-01 Namyang"}},
		{"relatives in a second country are no place of the event",
			"Lists\n\nIn Hoeryong, officials were ordered on June 3 to list every family with relatives in China or South Korea.\n", "2023-06-20",
			[]string{"order 2023-06-03 Hoeryong"}},
		{"a yearless dateline takes its year from 'this year, on <date>' and the lede's weekday",
			"Missiles\n\nSEOUL, Oct 10 (Reuters) - North Korea fired two ballistic missiles from Sunan on Thursday, the South's military said. The North last fired a missile earlier this year, on May 30, 2024.\n", "",
			[]string{"other 2024-10-10 Sunan", "other 2024-05-30 North Korea"}},
		{"a named leader met at a site; the spaceport the gazetteer lacked",
			"Summit\n\nOn Sept. 13, the North Korean leader met Putin at the Vostochny Cosmodrome in the Amur region.\n", "2023-09-20",
			[]string{"meeting 2023-09-13 Vostochny Cosmodrome"}},
		{"guard: demands met are no meeting",
			"Quotas\n\nThe farm met the demands in full last year.\n", "2023-09-20",
			nil},
		{"a past perfect relative clause yields to the clause's own trigger",
			"Border\n\nIn August 2021, a woman who had defected to the South years before swam back across the border near Kaesong.\n", "2022-01-10",
			[]string{"defection 2021-08-01 Kaesong"}},
		{"climbing back over a border fence; an envoy who met regional authorities",
			"Border\n\nOn Jan. 2, 2023, a man climbed back over the fence in Cheorwon. The North's ambassador met provincial authorities in Khabarovsk in March 2023.\n", "2023-05-01",
			[]string{"defection 2023-01-02 Cheorwon", "meeting 2023-03-01 Khabarovsk"}},
		{"a date of a past perfect relative clause is not the main clause's",
			"Kaesong\n\nThe city was sealed on July 26, after a man who had fled to the South two years earlier swam back across the border on July 20.\n", "2020-07-30",
			[]string{"lockdown 2020-07-26 Kaesong", "defection 2020-07-20 Kaesong"}},
		{"what a warning says opening with a quotation is threatened, not done",
			"Notices\n\nOn Monday, officials warned that \"even children\" could be shot near the river in Hyesan.\n", "2020-09-04",
			[]string{"statement 2020-08-31 Hyesan", "execution 2020-08-31 Hyesan threatened"}},
		{"a meeting not held is denied",
			"Anniversary\n\nThe national meeting marking the anniversary was not held in Pyongyang this year. The rally in Wonsan did not take place on Monday.\n", "2023-08-17",
			[]string{"meeting 2023-01-01 Pyongyang negated", "meeting 2023-08-14 Wonsan negated"}},
	})
}

// TestSession15Review holds the guard rows of the session's review: each
// passage made one of the session's rules misfire on its first version.
func TestSession15Review(t *testing.T) {
	runEndToEnd(t, []endToEndCase{
		{"review: a bare lapse counts from the sentence before, and dates its own",
			"Raid\n\nAuthorities raided the Hyesan market on October 3, a source in Ryanggang Province told Daily NK. Police arrested ten traders the day after, the source said.\n", "2024-10-20",
			[]string{"crackdown 2024-10-03 Hyesan", "arrest 2024-10-04 Hyesan"}},
		{"review: a quota, a death or the police met at a place are no meeting",
			"Quotas\n\nThe farm met its grain quota at the end of the year, KCNA said. The soldier met his death at the hands of drones in Kursk last month. Protesters met police at the gate of the consulate in Shenyang on Tuesday.\n", "2024-05-10",
			nil},
		{"review: the first item of a list of days narrows nothing",
			"Arrests\n\nPolice arrested two smugglers in Hyesan in 2023, on March 3 and April 5. Police arrested three more in Musan last month, on September 14 or 15.\n", "2024-10-20",
			[]string{"arrest 2023-01-01 Hyesan", "arrest 2024-09-01 Musan"}},
		{"review: a local committee's announcement is placed where the source is",
			"Phones\n\nA source in Ryanggang Province said that the local party committee announced on Tuesday that residents must not use Chinese phones.\n", "2024-10-20",
			[]string{"statement 2024-10-15 Ryanggang"}},
		{"review: a state named after 'from' before 'said' is no speaker",
			"Families\n\nFour days later, on October 13, the families of the defectors who had been repatriated from China said they had not heard from them.\n", "2024-10-20",
			nil},
		{"review: a part of the day after 'last <weekday>'",
			"Drills\n\nKim Yo Jong said in a statement last Sunday night that the drills were a rehearsal for war.\n", "2024-10-20",
			[]string{"statement 2024-10-13 Pyongyang"}},
		{"review: returned through an embassy or via a capital is no forced return",
			"Returns\n\nThe passports of the men were returned through the embassy in Beijing last month. Five Japanese women were returned via Beijing to Tokyo in 2002.\n", "2024-05-10",
			nil},
		{"review: another place named Vostochny is not the spaceport",
			"Shells\n\nNorth Korean shells were smuggled to Vostochny Port from Rajin on October 3.\n", "2024-10-20",
			[]string{"smuggling 2024-10-03 Rajin"}},
		{"review: relatives in a list of countries",
			"Lists\n\nIn Onsong, police arrested residents with relatives in China or in South Korea on Monday, and others with relatives in China, South Korea or Japan.\n", "2024-10-20",
			[]string{"arrest 2024-10-14 Onsong"}},
		{"review 2: a date in what a speaker with a relative clause said is the event's",
			"Arrests\n\nA source who had visited Hyesan said that last week, police arrested ten traders at the market.\n", "2024-07-20",
			[]string{"arrest 2024-07-08 Hyesan"}},
		{"review 2: a relative clause yields only to a dated event of its clause",
			"Brothers\n\nTwo brothers who had been executed in Hyesan last year had smuggled phones from China.\n", "2024-07-20",
			[]string{"execution 2023-01-01 Hyesan"}},
		{"review 2: an escape from a camp is no defection; the fence of a farm is no border",
			"Escapes\n\nA smuggler who had been sentenced in 2022 escaped from a prison camp near Hoeryong on Monday. Hungry soldiers climbed over the fence of a collective farm near Haeju and stole corn on Sunday.\n", "2024-07-20",
			[]string{"other 2024-07-15 Hoeryong"}},
		{"review 2: receptions and teams meet no one",
			"Plans\n\nThe plan met resistance from local officials in Hyesan last year. The plan met the governor's approval in March. North Korea's women's team met Japan at the Olympic qualifier in Jeddah on Feb. 24.\n", "2024-07-20",
			nil},
		{"review 2: a past event quoted in a warning happened",
			"Lecture\n\nThe source warned that \"three smugglers were executed\" in Hyesan last week.\n", "2024-07-20",
			[]string{"execution 2024-07-08 Hyesan"}},
		{"review 2: not held until, not held in secret, not held responsible",
			"Meetings\n\nThe meeting in Pyongyang was not held until Friday, KCNA said. The party meeting in Hamhung on Monday was not held in secret, a source said. The official arrested in Hyesan on July 3 was not held responsible for the deaths.\n", "2024-07-20",
			[]string{"meeting 2024-07-19 Pyongyang", "meeting 2024-07-15 Hamhung", "arrest 2024-07-03 Hyesan"}},
		{"review 2: diplomats from a state speak for it",
			"Border\n\nDiplomats from Russia said on Tuesday that the border crossing at Tumangang would reopen.\n", "2024-10-20",
			[]string{"statement 2024-10-15 Russia"}},
	})
}
