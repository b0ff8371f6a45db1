package events

import (
	"testing"

	"geotimeline/pipeline"
)

// TestSession10Speakers covers the state a statement's speaker stands for
// when a demonym names it ("a Chinese foreign ministry spokesperson said",
// "the sister of North Korean leader Kim Jong Un said"): the statement is
// made at that state's capital when the document names it, never at the
// dateline of a foreign bureau nor at a place of what was said. The
// demonym of a leader who travels ("North Korean leader Kim Jong Un met
// Putin at a spaceport") decides nothing.
func TestSession10Speakers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []wantEvent
	}{
		{"a demonym's ministry speaks from its capital",
			"The reports reached {{Beijing|capital|CN|Beijing}} last week. A Chinese foreign ministry spokesperson said on [[Oct. 8|2021-10-08]] that the cases in {{Dandong|city|CN|Liaoning}} were handled by law.",
			[]wantEvent{{"statement", pipeline.Occurred, "2021-10-08..2021-10-08", "Beijing", 1}}},
		{"the leader's sister speaks from Pyongyang, not the bureau's city",
			"{{TOKYO|capital|JP|Tokyo}}, March 26 -- The sister of North Korean leader Kim Jong Un said on [[Tuesday|2024-03-26]] that {{Pyongyang|capital|KP|Pyongyang}} would reject any talks.",
			[]wantEvent{{"statement", pipeline.Occurred, "2024-03-26..2024-03-26", "Pyongyang", 1}}},
		{"the state is never named: where the report was filed",
			"{{TOKYO|capital|JP|Tokyo}}, March 26 -- The sister of North Korean leader Kim Jong Un said on [[Tuesday|2024-03-26]] that talks were pointless.",
			[]wantEvent{{"statement", pipeline.Occurred, "2024-03-26..2024-03-26", "TOKYO", 1}}},
		{"guard: a demonym of someone who is not the speaker",
			"Officials in {{Washington|capital|US|District of Columbia}} were briefed. The American-led command said on [[Tuesday|2024-03-26]] that the drill would go ahead.",
			[]wantEvent{{"statement", pipeline.Occurred, "2024-03-26..2024-03-26", "", 1}}},
		{"guard: a leader named by a demonym travels",
			"{{SEOUL|capital|KR|Seoul}}, Sept. 13 -- North Korean leader Kim Jong Un met Russian President Vladimir Putin at a spaceport in {{Amur|admin1|RU|Amur}} on [[Wednesday|2023-09-13]], weeks after a visit to {{Pyongyang|capital|KP|Pyongyang}}.",
			[]wantEvent{{"meeting", pipeline.Occurred, "2023-09-13..2023-09-13", "Amur", 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEvents(t, tc.text, blind45Opts, tc.want)
		})
	}
}

// TestSession10Coordination covers a coordinated subject of countries
// written with an article ("South Korea and the United States began their
// drills"): the event is placed at the first, as "Hamhung and Sunchon"
// already was, not at the one nearest the trigger.
func TestSession10Coordination(t *testing.T) {
	tests := []struct {
		name, text string
		want       []wantEvent
	}{
		{"and the: the first of the pair",
			"{{South Korea|country|KR}} and the {{United States|country|US}} began their annual summer military exercises on [[Monday|2023-08-21]].",
			[]wantEvent{{"other", pipeline.Occurred, "2023-08-21..2023-08-21", "South Korea", 1}}},
		{"a plan reaches over its infinitive's object",
			"The allies plan to stage a combined air exercise near {{Gunsan|city|KR|North Jeolla}}.",
			[]wantEvent{{"other", pipeline.Planned, "", "Gunsan", 1}}},
		{"guard: a place after the pair still wins",
			"{{South Korea|country|KR}} and the {{United States|country|US}} began their annual air drills near {{Gunsan|city|KR|North Jeolla}} on [[Monday|2023-08-21]].",
			[]wantEvent{{"other", pipeline.Occurred, "2023-08-21..2023-08-21", "Gunsan", 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEvents(t, tc.text, blind45Opts, tc.want)
		})
	}
}

// TestSession10Statements covers statements dated or spoken in ways the
// first rules missed: a month after "said in" when "that" opens what was
// said, an opening phrase that names the statement and its day ("In his
// concluding speech on December 30, Kim Jong Un said"), a briefing's day
// without "on", a stance ("ready to send relief") that is no event of its
// own, and North Korea's leader or his sister as the speaker.
func TestSession10Statements(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"said in a month, that", "{{North Korea|country|KP}} said in [[November 2023|2023-11]] that it would no longer abide by the military pact.", []string{"statement"}},
		{"an opening phrase names the speech and its day", "In his closing speech on [[December 30|2023-12-30]], Kim Jong Un said that the South was no longer a partner.", []string{"statement"}},
		{"a briefing's day without on", "Asked about the talks at a regular briefing [[Thursday|2022-03-03]], a spokesman of the foreign ministry of {{China|country|CN}} said the two sides were friends.", []string{"statement"}},
		{"a stance is no event of its own", "On [[Thursday|2024-08-01]], the Red Cross of {{South Korea|country|KR}} said it was ready to send relief supplies to flood victims in the North.", []string{"statement"}},
		{"guard: said in a month without that", "{{North Korea|country|KP}} said in [[November 2023|2023-11]] the weather was mild.", []string{}},
		{"guard: an opening phrase without a statement noun", "In the town on [[December 30|2023-12-30]], the leader said the harvest was good.", []string{}},
		{"guard: a leader's act is no statement", "Kim Jong Un inspected a farm in {{Hamju|county|KP|South Hamgyong}} on [[December 30|2023-12-30]].", []string{"other"}},
		{"guard: how often a kind of event happens", "Detention of an entire family is rare in {{Musan|city|KP|North Hamgyong}}.", []string{}},
		{"guard: how often, dated", "Defections across the Tumen near {{Musan|city|KP|North Hamgyong}} have become extremely rare since [[2020|2020]].", []string{}},
		{"a rarity in an aside is no predicate", "A public execution, rare in the capital, was carried out in {{Pyongyang|capital|KP|Pyongyang}} on [[May 3|2024-05-03]].", []string{"execution"}},
		// from the review of session 10
		{"a dateline before the opening phrase", "{{SEOUL|capital|KR|Seoul}}, Jan. 2 (Yonhap) -- In his closing speech on [[December 30|2023-12-30]], Kim Jong Un said that the South was no longer a partner.", []string{"statement"}},
		{"guard: the leader as an object", "A biographer of Kim Jong Un said on [[Thursday|2024-03-21]] that the leader might travel abroad.", []string{}},
		{"guard: prepared as an adjective", "The ministry said on [[Thursday|2024-03-21]] that prepared meals were delivered to flood victims in {{Sinuiju|city|KP|North Pyongan}}.", []string{"other"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, blind45Opts, tt.want)
		})
	}
}

// TestSession10Asides covers phrases of the lexicon running across an
// aside between commas — an apposition ("the city's Chaeha market, the
// largest in the province, was shut") or a participle phrase — where
// before any comma stopped them. A relative clause, other punctuation, a
// long aside and a comma without an opener still stop them.
func TestSession10Asides(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"an apposition between subject and verb", "The Chaeha market, the largest in the province, was shut in {{Sinuiju|city|KP|North Pyongan}} on [[May 13|2022-05-13]].", []string{"lockdown"}},
		{"a participle phrase between subject and verb", "The market, known for its Chinese goods, was shut in {{Sinuiju|city|KP|North Pyongan}} on [[May 13|2022-05-13]].", []string{"lockdown"}},
		{"guard: a relative clause tells its own event", "The woman, who was arrested in {{Yanji|city|CN|Jilin}} on [[March 3|2023-03-03]], was sent back to {{North Korea|country|KP}} in [[April|2023-04]].", []string{"arrest", "defection"}},
		{"guard: no opener", "The market, vendors said, was shut in {{Sinuiju|city|KP|North Pyongan}} on [[May 13|2022-05-13]].", []string{}},
		{"guard: a long aside", "The market, the largest of all the many markets in the whole of the northern province, was shut in {{Sinuiju|city|KP|North Pyongan}} on [[May 13|2022-05-13]].", []string{}},
		{"guard: a dash is no comma", "The market – the largest in the province – was shut in {{Sinuiju|city|KP|North Pyongan}} on [[May 13|2022-05-13]].", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, blind45Opts, tt.want)
		})
	}
}
