package events

import "testing"

// TestBlind11Triggers covers wordings read in the eleventh blind set
// (session 7): officials and workers led off, a returnee handed over "to
// our side", markets and crossings that reopened, people let out of a
// camp, a first-person arrival in Seoul, a fire told by its start, fencing
// put up, and orders "commanded" only with what is commanded. Each row is
// our own sentence; the guards keep what the wording must not catch.
func TestBlind11Triggers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"took away the manager", "Agents in {{Kimchaek|city|KP|North Hamgyong}} took away the plant manager and the chief engineer on [[Dec. 4|2020-12-04]].", []string{"arrest"}},
		{"handed over to our side", "He was handed over to our side at the bridge in {{Sinuiju|city|KP|North Pyongan}} on [[Nov. 12|2021-11-12]].", []string{"defection"}},
		{"a market reopened", "When the market in {{Chongjin|city|KP|North Hamgyong}} reopened on [[the 7th|2022-09-07]], rice cost more.", []string{"other"}},
		{"a crossing reopened", "The crossing at {{Rason|admin1|KP|Rason}} reopened to cargo traffic in [[2022|2022]].", []string{"other"}},
		{"released from a camp, first person", "I was released in [[October 2021|2021-10]] and went home to {{Musan|city|KP|North Hamgyong}}.", []string{"other"}},
		{"released from prison", "The pastor was released from prison in {{Pyongyang|capital|KP|Pyongyang}} on [[May 3|2019-05-03]].", []string{"other"}},
		{"reached Seoul, first person", "I reached {{Seoul|capital|KR|Seoul}} in [[January|2024-01]].", []string{"defection"}},
		{"a fire told by its start", "The fire started in a supply line at the steel works in {{Kimchaek|city|KP|North Hamgyong}} on [[the night of Dec. 2|2020-12-02]].", []string{"other"}},
		{"fencing put up", "Soldiers put up a second row of fencing along the river in {{Onsong|city|KP|North Hamgyong}} in [[October 2024|2024-10]].", []string{"deployment"}},
		{"commanded the units to", "The general commanded the border units to shoot intruders in {{Uiju|city|KP|North Pyongan}} on [[July 28|2024-07-28]].", []string{"order"}},
		{"a lockdown ordering residents to stay in is one lockdown", "Officials placed {{Rason|admin1|KP|Rason}} under lockdown on [[Tuesday|2023-01-24]], ordering residents to stay inside their homes.", []string{"lockdown"}},
		{"guard: an extended closure is no order", "This is not {{Rason|admin1|KP|Rason}}'s first extended closure in [[2023|2023]].", []string{}},
		{"guard: a manager's phone taken away (review)", "Agents in {{Hyesan|city|KP|Ryanggang}} took away the manager's phone on [[May 3|2024-05-03]].", []string{}},
		{"guard: put up with fences (review)", "Residents of {{Hyesan|city|KP|Ryanggang}} put up with the fences until [[May 3|2024-05-03]].", []string{}},
		{"guard: a fire started a debate (review)", "The fire started a debate in {{Pyongyang|capital|KP|Pyongyang}} on [[May 3|2024-05-03]].", []string{}},
		{"guard: released from the hospital (review)", "I was released from the hospital in {{Hamhung|city|KP|South Hamgyong}} on [[May 3|2024-05-03]].", []string{}},
		{"guard: a sentence ending in 'the same' (review: crashed)", "Police in {{Hyesan|city|KP|Ryanggang}} arrested more people on [[May 3|2024-05-03]] at the same.", []string{"arrest"}},
		{"guard: a border that has not reopened (review)", "The border at {{Dandong|city|CN|Liaoning}} has not reopened since [[2020|2020]].", []string{}},
		{"guard: a drill executed (review)", "The army executed a successful drill near {{Hamhung|city|KP|South Hamgyong}} on [[May 3|2024-05-03]].", []string{}},
		{"men executed", "Authorities in {{Hamhung|city|KP|South Hamgyong}} executed two men on [[May 3|2024-05-03]].", []string{"execution"}},
		{"guard: commanded an operation", "The leader personally commanded the rescue operation in {{Uiju|city|KP|North Pyongan}} on [[July 28|2024-07-28]].", []string{}},
		{"guard: a film released", "The film was released in {{Pyongyang|capital|KP|Pyongyang}} in [[October|2024-10]].", []string{}},
		{"guard: a fire in the lede's words", "The fire was still burning in {{Kimchaek|city|KP|North Hamgyong}} on [[Dec. 3|2020-12-03]].", []string{}},
		{"guard: took away the furniture", "Agents in {{Kimchaek|city|KP|North Hamgyong}} took away the furniture on [[Dec. 4|2020-12-04]].", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, blind45Opts, tt.want)
		})
	}
}
