package events

import (
	"strings"

	"geotimeline/pipeline"
)

// siteNouns after a trigger make it a modifier of a thing: "a favored
// launch site", "the test pad", "a detention facility".
var siteNouns = map[string]bool{
	"site": true, "sites": true, "pad": true, "pads": true, "facility": true, "facilities": true,
	"vehicle": true, "vehicles": true, "complex": true, "ground": true, "grounds": true,
	// "spotted by surveillance equipment", "patrol boats", "a patrol vessel"
	"equipment": true, "camera": true, "cameras": true, "device": true, "devices": true, "boats": true,
	"boat": true, "vessel": true, "vessels": true, "ship": true, "ships": true, "car": true, "cars": true,
	"plane": true, "planes": true, "aircraft": true,
	// "the repatriation plan", "an evacuation programme": a plan, not a happening
	"plan": true, "plans": true, "proposal": true, "programme": true, "program": true,
	// "the spy agency said", "the spy chief": a body, not a spy caught
	"agency": true, "agencies": true, "chief": true, "chiefs": true,
}

// vehicleNouns are the siteNouns a verb can take as its object ("seized
// cars", "inspected ships"): after a past verb they are what was acted on.
var vehicleNouns = map[string]bool{
	"boat": true, "boats": true, "vessel": true, "vessels": true, "ship": true, "ships": true,
	"car": true, "cars": true, "plane": true, "planes": true, "aircraft": true, "vehicle": true, "vehicles": true,
}

// meansVerbs before a trigger make it a means, not a happening: "using
// public executions to send a message".
var meansVerbs = map[string]bool{"using": true, "use": true, "uses": true, "employing": true, "wielding": true}

// maxNotHappeningReach is how many words a verb of means, aim or
// consequence may stand before a trigger ("means sending them to a labor
// camp").
const maxNotHappeningReach = 5

// maxConsequenceReach is how far a verb of consequence or provision
// reaches ("punishable by up to five years in a labor camp").
const maxConsequenceReach = 8

// consequenceVerbs before a trigger make it a consequence argued or a
// penalty a rule provides, not a happening: "Sending them back means
// sending them to prison camps", "a law which prescribes up to the death
// penalty", "punishable by up to ten years in a labor camp".
var consequenceVerbs = map[string]bool{
	"means": true, "mean": true, "prescribes": true, "prescribe": true, "stipulates": true,
	"stipulate": true, "punishable": true, "carries": true, "carry": true,
}

// aimGerunds before a trigger make it an aim: "It is about preventing
// defections", "focused on stopping smuggling".
var aimGerunds = map[string]bool{
	"preventing": true, "stopping": true, "curbing": true, "deterring": true, "discouraging": true,
	"combating": true, "combatting": true, "fighting": true, "blocking": true, "suppressing": true,
	"countering": true, "tackling": true, "eradicating": true, "eliminating": true, "reducing": true,
	"avoiding": true,
}

// tallyWords before a reported trigger make it a tally of reports: "has
// reported several public executions since then".
var tallyWords = map[string]bool{"several": true, "many": true, "numerous": true, "multiple": true, "countless": true, "various": true}

// attributiveParticiple reports a one-word trigger that is a participle
// between a determiner and the people it describes ("the families of the
// executed men were banished", "the arrested traders were released"): it
// names them by what was done to them, an occasion told elsewhere, while
// the sentence tells something else.
func attributiveParticiple(s *sent, m match) bool {
	if m.first != m.last || m.first == 0 || m.last+1 >= len(s.toks) {
		return false
	}
	w, next := s.toks[m.first].low, s.toks[m.last+1]
	if len(w) < 5 || w[len(w)-2:] != "ed" || !participleDeterminers[s.toks[m.first-1].low] || !describedPeople[next.low] {
		return false
	}
	return next.start-s.toks[m.last].end == 1 && s.doc[s.toks[m.last].end] == ' '
}

// possessedEnd reports a dismissal whose post holder owns what follows
// ("dismissed the chairman's remarks as political"): a rejection of the
// thing owned, not a purge. ("closed the city's Sapo market" is still the
// market's closure.)
func possessedEnd(s *sent, m match) bool {
	k := m.last + 1
	return m.first < m.last && s.toks[m.first].low == "dismissed" && k < len(s.toks) && s.toks[k].low == "s" &&
		isApostrophe(s.doc[s.toks[m.last].end:s.toks[k].start])
}

// crossedBridge reports a crossing of a river's bridge ("crossed the Tumen
// River bridge to visit relatives"): traffic, not an escape.
func crossedBridge(s *sent, m match) bool {
	crossed := false
	for k := m.first; k <= m.last; k++ {
		crossed = crossed || s.toks[k].low == "crossed"
	}
	for k := m.last + 1; crossed && k < len(s.toks) && k <= m.last+2; k++ {
		if s.toks[k].low == "bridge" {
			return true
		}
	}
	return false
}

// participleDeterminers open a noun phrase a participle may describe.
var participleDeterminers = map[string]bool{
	"the": true, "these": true, "those": true, "his": true, "her": true, "their": true, "its": true,
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true,
}

// describedPeople are the nouns an attributive participle describes.
var describedPeople = map[string]bool{
	"man": true, "men": true, "woman": true, "women": true, "people": true, "person": true, "persons": true,
	"traders": true, "trader": true, "smugglers": true, "smuggler": true, "officials": true, "official": true,
	"defectors": true, "defector": true, "residents": true, "workers": true, "students": true, "suspects": true,
	"suspect": true, "brokers": true, "broker": true, "guards": true, "soldiers": true, "soldier": true,
	"individuals": true, "prisoners": true, "detainees": true, "escapees": true, "fishermen": true, "crew": true,
	"americans": true, "japanese": true, "koreans": true, "foreigners": true, "nationals": true, "citizens": true,
}

// notHappening reports a trigger used for something other than a
// happening: the modifier of a site ("a favored launch site"), a means
// ("using public executions to send a message"), an aim ("about preventing
// defections"), or a tally of reports ("Daily NK has reported several
// public executions").
func notHappening(s *sent, m match) bool {
	if k := m.last + 1; k < len(s.toks) && siteNouns[s.toks[k].low] && !s.coveredByTrigger(k) && s.toks[k].start-s.toks[m.last].end == 1 && !installed(s, m) &&
		!(vehicleNouns[s.toks[k].low] && isPast(s.toks[m.last].low)) && !isCapitalized(s.toks[m.last]) {
		// ("a patrol vessel", not "seized cars", "arrested boat owners",
		// nor "handed over to a North Korean vessel": a trigger ending in
		// a proper adjective names whose the thing is)
		return true
	}
	// "300 kilograms of ice cream", "ice blocking the sluice gate": ice
	// that is no drug
	if s.toks[m.last].low == "ice" && m.last+1 < len(s.toks) && s.toks[m.last+1].soft && !iceFollowers[s.toks[m.last+1].low] {
		return true
	}
	if otherTroops(s, m) || takenFor(s, m) || roadClosure(s, m) || normBan(s, m) || stateUnder(s, m) || seizedGround(s, m) || metWithout(s, m) || attributiveParticiple(s, m) ||
		possessedEnd(s, m) || crossedBridge(s, m) || memberOf(s, m) || chargedWith(s, m) {
		return true
	}
	// "a fire-fighting drill", "the lockdown-hit city": the trigger word
	// modifies a compound.
	// A number after the hyphen is a model's ("a Pukguksong-1 missile").
	if s.compound(m.last) && !s.coveredByTrigger(m.last+1) && !hitWords[s.toks[m.last+1].low] && !digits(s.toks[m.last+1].low) {
		return true // ("the flood-hit county": the flood happened)
	}
	// "The market was inundated with Chinese goods": plenty, not a flood.
	if w := s.toks[m.first].low; (w == "inundated" || w == "submerged" || w == "flooded") && m.last+1 < len(s.toks) && s.toks[m.last+1].low == "with" {
		return true
	}
	clauseStart := s.clauses()[s.clauseOf(m.start)].Start
	for k := m.first - 1; k >= 0 && k >= m.first-maxConsequenceReach && s.toks[k].start >= clauseStart; k-- {
		near := k >= m.first-maxNotHappeningReach
		// (the verb must govern the trigger: a trigger that is a past
		// verb has its own subject — "Residents using Chinese phones
		// were arrested", "Soldiers tasked with preventing defections
		// shot a man" — and happened)
		if (near && s.v.is(s.toks[k], flagMeans|flagAim) || s.v.is(s.toks[k], flagConsequence) && !s.commaBetween(k, m.first)) && !isPast(s.toks[m.first].low) && !pastBetween(s, k, m.first) {
			return true
		}
		if near && s.v.is(s.toks[k], flagTally) {
			for j := k - 1; j >= 1 && j >= k-2; j-- {
				if reportVerbs[s.toks[j].low] && (s.toks[j-1].low == "has" || s.toks[j-1].low == "have") {
					return true
				}
			}
		}
	}
	// "many phone users escaped with fines": spared, not fled.
	if strings.HasPrefix(s.toks[m.first].low, "escap") && m.last+1 < len(s.toks) && s.toks[m.last+1].low == "with" {
		return true
	}
	return false
}

// digits reports a non-empty run of ASCII digits.
func digits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// pastBetween reports whether a past verb stands between tokens i and j of
// s ("using Chinese phones were arrested"): what comes after it is the
// clause's own predicate, not the object of the verb at i.
func pastBetween(s *sent, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if w := s.toks[k].low; isPast(w) || w == "were" || w == "was" {
			return true
		}
	}
	return false
}

// archiveMarkers mark a caption whose picture is from an archive or a
// release: its date is the picture's, and what it shows is told, if at
// all, in the story ("A file image of a launch released by KCNA in
// February", "in an image released by KCNA on Dec. 31").
var archiveMarkers = []string{"file image", "file photo", "file picture", "archive photo", "archive image", "released by", "image released", "photo released"}

// archiveCaption reports whether caption names an archive or released
// picture.
func archiveCaption(caption string) bool {
	low := strings.ToLower(caption)
	for _, m := range archiveMarkers {
		if strings.Contains(low, m) {
			return true
		}
	}
	return false
}

// trialOnly reports whether an execution trigger names only a trial ("public
// trial"), not a killing.
func trialOnly(trigger string) bool {
	return strings.Contains(strings.ToLower(trigger), "trial")
}

// killingWords tell an execution carried out.
var killingWords = map[string]bool{
	"shot": true, "executed": true, "execution": true, "executions": true, "hanged": true, "firing": true, "killed": true,
}

// killingTold reports whether s tells a killing ("sentenced to death and
// shot in front of 500 residents").
func killingTold(s *sent) bool {
	for _, t := range s.toks {
		if killingWords[t.low] {
			return true
		}
	}
	return false
}

// closeVerbs open a trigger of closing ("closed off", "sealed off").
var closeVerbs = map[string]bool{
	"close": true, "closed": true, "closes": true, "closing": true, "seal": true, "sealed": true,
	"seals": true, "sealing": true, "cordon": true, "cordoned": true, "block": true, "blocked": true,
}

// roadNouns are ways whose closing is traffic control, not a lockdown.
var roadNouns = map[string]bool{
	"road": true, "roads": true, "street": true, "streets": true, "highway": true, "highways": true,
	"lane": true, "lanes": true, "route": true, "avenue": true,
}

// roadClosure reports a trigger of closing whose object, within two words,
// is a road: "police closed off the road to the bridge" closes a way, not a
// city.
func roadClosure(s *sent, m match) bool {
	if !closeVerbs[s.toks[m.first].low] {
		return false
	}
	for k := m.last + 1; k < len(s.toks) && k <= m.last+3; k++ {
		if roadNouns[s.toks[k].low] {
			return true
		}
	}
	return false
}

// normSubjects are international norms, not authorities: "U.N. sanctions
// banned iron ore exports" tells a rule of the world, not an order given in
// the story.
var normSubjects = map[string]bool{"sanctions": true, "sanction": true, "resolution": true, "resolutions": true, "embargo": true}

// maxNormReach is how far before a ban its norm subject may stand.
const maxNormReach = 12

// banWords are triggers of prohibition.
var banWords = map[string]bool{"ban": true, "bans": true, "banned": true, "banning": true, "prohibit": true, "prohibits": true, "prohibited": true, "prohibiting": true}

// normBan reports a prohibition whose subject, right before it, is an
// international norm ("sanctions banned …", "a resolution that bans …").
func normBan(s *sent, m match) bool {
	if !banWords[s.toks[m.first].low] {
		return false
	}
	// (as far back as the clause's subject: "UN sanctions cap North
	// Korea's imports … and ban ship-to-ship transfers")
	clauseStart := s.clauses()[s.clauseOf(m.start)].Start
	coordinated := false
	for k := m.first - 1; k >= 0 && k >= m.first-maxNormReach && s.toks[k].start >= clauseStart; k-- {
		coordinated = coordinated || s.toks[k].low == "and"
		if k < m.first-2 {
			// beyond two words, only across a coordination and no other
			// verb's clause ("The sanctions committee said North Korea
			// had banned …")
			switch s.toks[k].low {
			case "said", "that", "which", "by", "passed", "adopted", "had", "has":
				return false
			}
			if !coordinated {
				continue
			}
		}
		if normSubjects[s.toks[k].low] {
			return true
		}
	}
	return false
}

// meetingNouns name a meeting that decides.
var meetingNouns = map[string]bool{
	"meeting": true, "plenum": true, "session": true, "politburo": true, "conference": true,
	"congress": true, "bureau": true, "committee": true,
}

// decisionVerbs tell what a meeting decided.
var decisionVerbs = map[string]bool{"decided": true, "resolved": true, "adopted": true, "approved": true, "agreed": true}

// decisionOfMeeting reports a clause that opens with "The meeting decided …"
// (up to two words between noun and verb: "The meeting also decided", "The
// enlarged plenum resolved"): the decision was made at the meeting told
// before, whose date and place it shares.
func decisionOfMeeting(s *sent, clause pipeline.Span) bool {
	k := s.tokenAt(clause.Start)
	if k >= len(s.toks) || s.toks[k].low != "the" {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+3 && s.toks[j].end <= clause.End; j++ {
		if !meetingNouns[s.toks[j].low] {
			continue
		}
		for v := j + 1; v < len(s.toks) && v <= j+2 && s.toks[v].end <= clause.End; v++ {
			if decisionVerbs[s.toks[v].low] {
				return true
			}
		}
		return false
	}
	return false
}

// meetingReference reports "at that meeting", "during the same session":
// a meeting told before, where what its clause tells was done ("At that
// meeting the minister was dismissed"). Alone in its clause it stands.
func meetingReference(s *sent, m match) bool {
	if m.last != m.first || !meetingNouns[s.toks[m.first].low] {
		return false
	}
	k := m.first - 1
	if k >= 0 && s.toks[k].low == "same" {
		k--
	}
	return k >= 1 && anaphoricDet[s.toks[k].low] && (s.toks[k-1].low == "at" || s.toks[k-1].low == "during") && meetingEnds(s, m.first)
}

// meetingEnds reports whether the meeting noun at token j ends its phrase:
// a comma or the end follows it, or a word that opens the clause's subject
// ("At that meeting the minister was dismissed") — not a noun it modifies
// ("the meeting point", "the conference hall") nor a possessive ("the
// committee's inspection").
func meetingEnds(s *sent, j int) bool {
	if j+1 >= len(s.toks) || s.toks[j+1].comma {
		return true
	}
	switch n := s.toks[j+1]; n.low {
	case "the", "a", "an", "he", "she", "it", "they", "his", "its", "their", "officials", "participants", "members":
		return true
	default:
		return isCapitalized(n)
	}
}

// atMeeting reports a clause that opens with a meeting told before ("At
// that meeting, …", "During the session, …"): what it tells was done at
// that meeting, as what "The meeting decided" tells.
func atMeeting(s *sent, clause pipeline.Span) bool {
	k := s.tokenAt(clause.Start)
	if k+2 >= len(s.toks) || s.toks[k].low != "at" && s.toks[k].low != "during" || !anaphoricDet[s.toks[k+1].low] {
		return false
	}
	j := k + 2
	if s.toks[j].low == "same" {
		j++
	}
	return j < len(s.toks) && s.toks[j].end <= clause.End && meetingNouns[s.toks[j].low] && meetingEnds(s, j)
}

// timePrepositions open a phrase that dates by another event: "before the
// plenum opened", "after the meeting".
var timePrepositions = map[string]bool{"before": true, "after": true, "until": true, "since": true, "following": true}

// timeReference reports a one-word nominal trigger right after a time preposition and "the"
// ("before the plenum opened", "after the meeting"): it names the time of
// another event of its clause.
func timeReference(s *sent, m match) bool {
	if m.last != m.first || isPast(s.toks[m.first].low) {
		return false // "since the border was sealed" tells the sealing
	}
	k := m.first - 1
	return k >= 1 && s.toks[k].low == "the" && timePrepositions[s.toks[k-1].low]
}

// priorState reports whether b is told in a past perfect relative clause
// ("who had been held", "which had been seized") and dated the same as
// another event of its sentence, in sent: the clause describes the people
// or things of that event.
func priorState(s *sent, b built, sent []built) bool {
	cl := s.clauses()[s.clauseOf(b.Trigger.Start)]
	k := s.tokenAt(cl.Start)
	if !relativeClause(s, cl) && !(k < len(s.toks) && s.toks[k].low == "that") {
		return false
	}
	if k+1 >= len(s.toks) || s.toks[k+1].low != "had" || !b.Date.Known() {
		return false
	}
	for _, o := range sent {
		if o.Trigger != b.Trigger && o.Date == b.Date && s.clauseOf(o.Trigger.Start) != s.clauseOf(b.Trigger.Start) {
			return true
		}
	}
	return false
}

// underVerbs before "under" make what follows a state lived in: "Kim lived
// under surveillance", "remained under quarantine".
var underVerbs = map[string]bool{
	"live": true, "lived": true, "lives": true, "living": true, "remain": true, "remained": true,
	"remains": true, "stay": true, "stayed": true,
}

// stateUnder reports a watch lived under ("lived under surveillance"); a
// lockdown lived under is a lockdown ("lived under lockdown for 40 days").
func stateUnder(s *sent, m match) bool {
	k := m.first - 1
	return k >= 1 && s.toks[k].low == "under" && underVerbs[s.toks[k-1].low] && watchWords[s.toks[m.first].low]
}

// watchWords are states of being watched.
var watchWords = map[string]bool{"surveillance": true, "watch": true, "suspicion": true, "scrutiny": true, "investigation": true}

// hitWords after a hyphen keep the trigger an event: "the flood-hit
// county", "lockdown-hit Kaesong".
var hitWords = map[string]bool{"hit": true, "stricken": true, "affected": true, "ravaged": true, "damaged": true, "struck": true}

// installVerbs before a trigger make a site noun after it a thing put up:
// "installed new surveillance cameras along the river".
var installVerbs = map[string]bool{
	"installed": true, "install": true, "installing": true, "set": true, "deployed": true, "added": true,
	"erected": true, "mounted": true, "put": true, "placed": true, "built": true,
}

// installed reports an install verb within three words before the trigger.
func installed(s *sent, m match) bool {
	for k := m.first - 1; k >= 0 && k >= m.first-3; k-- {
		if installVerbs[s.toks[k].low] {
			return true
		}
	}
	return false
}

// metObjects after "met with" are no meeting: "have met with resistance",
// "met with reporters".
var metObjects = map[string]bool{
	"resistance": true, "opposition": true, "criticism": true, "skepticism": true, "scepticism": true,
	"backlash": true, "approval": true, "success": true, "failure": true, "reporters": true, "journalists": true,
	"the": true, "a": true, "silence": true, "protests": true, "protest": true, "anger": true, "praise": true,
	"little": true, "mixed": true, "widespread": true, "strong": true,
}

// metWithout reports "met" that is no meeting: a passive ("the quotas
// were met in full"), or "met with" before something that is not a party
// met ("met with resistance", "met with reporters", "met with the
// source").
func metWithout(s *sent, m match) bool {
	if prev := m.first - 1; s.toks[m.first].low == "met" && prev >= 0 && (beForms[s.toks[prev].low] || s.toks[prev].low == "was" || s.toks[prev].low == "were") {
		return true // "the demands were met in full", "quotas have been met on time"
	}
	if m.last-m.first != 1 || s.toks[m.first].low != "met" || s.toks[m.last].low != "with" || m.last+1 >= len(s.toks) {
		return false
	}
	if s.compound(m.last + 1) {
		return false // "met with strong-willed workers"
	}
	next := s.toks[m.last+1].low
	if next == "the" || next == "a" {
		// "met with the source", "met with a reporter" — but "met with the
		// Russian president" is a meeting
		return m.last+2 < len(s.toks) && (metObjects[s.toks[m.last+2].low] || s.toks[m.last+2].low == "source" || s.toks[m.last+2].low == "reporter")
	}
	return metObjects[next]
}

// arrivalNonPersons arrive without defecting: "a North Korean delegation
// arrived in South Korea", "balloons reached the South".
var arrivalNonPersons = map[string]bool{
	"delegation": true, "delegations": true, "team": true, "teams": true, "minister": true, "president": true,
	"premier": true, "envoy": true, "envoys": true, "balloons": true, "balloon": true, "drones": true,
	"drone": true, "shipment": true, "shipments": true, "aid": true, "hackers": true, "tourists": true,
	"athletes": true, "troupe": true, "goods": true, "rice": true, "letter": true, "leaflets": true,
	"trash": true, "garbage": true, "missile": true, "missiles": true, "rocket": true, "debris": true,
	"cheerleaders": true, "orchestra": true, "musicians": true, "journalists": true, "reporters": true,
	"flight": true, "plane": true, "aircraft": true, "jet": true,
}

// visitWords make a first-person crossing a visit: "crossed the river on a
// boat tour", "with the South Korean delegation".
var visitWords = map[string]bool{
	"tour": true, "tours": true, "tourist": true, "tourists": true, "delegation": true, "ferry": true,
	"cruise": true, "business": true, "trip": true, "visit": true, "visitors": true, "journalists": true,
}

// notArrival reports a trigger of arrival that is not a flight: something
// or someone other than a refugee arrived ("a delegation arrived in South
// Korea", "the flight landed at Incheon"), a possessive ("reached South
// Korea's defense contractors"), or visitors crossing in the first person.
func notArrival(s *sent, m match) bool {
	t := strings.ToLower(s.doc[m.start:m.end])
	// "We crossed the Yalu River on a boat tour from Dandong": visitors
	if w := s.toks[m.first].low; w == "i" || w == "we" {
		cl := s.clauses()[s.clauseOf(m.start)]
		for k := s.tokenAt(cl.Start); k < len(s.toks) && s.toks[k].start < cl.End; k++ {
			if visitWords[s.toks[k].low] {
				return true
			}
		}
	}
	// "The Chinese trader said she crossed into China": a pronoun for the
	// speaker, one whose crossing is no flight (not "After a broker
	// bribed the guards, she crossed into China")
	if w := s.toks[m.first].low; (w == "he" || w == "she") && strings.Contains(t, "china") {
		said := false
		for k := m.first - 1; k >= 0; k-- {
			said = said || isSaidVerb(s.toks[k].low)
			if said && visitorWords[s.toks[k].low] {
				return true
			}
		}
	}
	if !arrival(t) && !strings.Contains(t, "cross") {
		return false
	}
	if arrival(t) {
		// the subject's head: the word before the verb, past adverbs and
		// auxiliaries ("the delegation finally arrived", "a flight carrying
		// the minister landed"); not after "former" ("the son of a former
		// minister, arrived")
		k := m.first - 1
		for k >= 0 && (strings.HasSuffix(s.toks[k].low, "ly") || s.toks[k].low == "also" || s.toks[k].low == "had" || s.toks[k].low == "has" || s.toks[k].low == "have") {
			k--
		}
		if k >= 0 && arrivalNonPersons[s.toks[k].low] && !(k >= 1 && s.toks[k-1].low == "former") &&
			!strings.ContainsAny(s.doc[s.toks[k].end:s.toks[min(k+1, m.first)].start], ",;") {
			return true
		}
		if k := m.last + 1; k < len(s.toks) && s.toks[k].low == "s" && isApostrophe(strings.TrimSpace(s.doc[s.toks[m.last].end:s.toks[k].start])) {
			return true
		}
	}
	return false
}

// visitorWords name, before "he" or "she" in a sentence, someone whose
// crossing into China is no flight: foreigners, brokers, traders,
// reporters and envoys.
var visitorWords = map[string]bool{
	"chinese": true, "russian": true, "american": true, "japanese": true, "vietnamese": true,
	"journalist": true, "reporter": true, "envoy": true, "diplomat": true, "broker": true, "trader": true,
	"smuggler": true, "fisherman": true, "tourist": true, "businessman": true, "businesswoman": true, "driver": true,
}

// groundNouns are what armies seize: "Ukrainian forces seized territory"
// is a battle, not contraband.
var groundNouns = map[string]bool{
	"territory": true, "control": true, "power": true, "land": true, "ground": true, "initiative": true,
	"towns": true, "villages": true, "positions": true, "area": true, "areas": true,
}

// seizedGround reports a seizure trigger whose object, within two words, is
// ground taken rather than goods.
func seizedGround(s *sent, m match) bool {
	if !seizure(s.toks[m.first].low) {
		return false
	}
	k := m.last + 1
	if k < len(s.toks) && (s.toks[k].low == "the" || s.toks[k].low == "more" || s.toks[k].low == "some") {
		k++
	}
	if k >= len(s.toks) || !groundNouns[s.toks[k].low] {
		return false
	}
	// the noun ends its phrase ("seized territory in August", "seized
	// control of"), unlike "seized power banks", "seized land documents"
	if k+1 >= len(s.toks) || strings.ContainsAny(s.doc[s.toks[k].end:s.toks[k+1].start], ",;:.") {
		return true
	}
	return groundEnders[s.toks[k+1].low]
}

// groundEnders may follow the ground an army seized.
var groundEnders = map[string]bool{
	"of": true, "in": true, "near": true, "from": true, "and": true, "around": true, "along": true,
	"across": true, "on": true, "inside": true, "within": true, "after": true, "during": true,
}

// toDeath reports a sentence trigger followed, within three words, by
// "death" and then by "and" and a killing ("sentenced to death and shot",
// "… to death and publicly executed"): the sentence carried out on the
// same person.
func toDeath(s *sent, trig pipeline.Span) bool {
	k := s.tokenAt(trig.End)
	for j := k; j < len(s.toks) && j < k+3; j++ {
		if s.toks[j].low != "death" {
			continue
		}
		if j+1 >= len(s.toks) || s.toks[j+1].low != "and" {
			return false
		}
		for n := j + 2; n < len(s.toks) && n <= j+4; n++ {
			switch w := s.toks[n].low; {
			case w == "shot" || w == "executed" || w == "hanged":
				return true
			case w == "then" || w == "later" || w == "publicly" || w == "immediately" || w == "was" || w == "were":
			default:
				return false
			}
		}
		return false
	}
	return false
}

// memberOf reports a trigger that names the place or body people belong
// to: "30 former inmates of the Jongo-ri labour camp", "guards of the
// prison" describe people, not an event ("victims of the execution" do
// not: the execution happened).
func memberOf(s *sent, m match) bool {
	if isPast(s.toks[m.first].low) {
		return false // "Guards of the prison executed three inmates": the verb of that subject
	}
	k := m.first - 1
	for k >= 0 && k >= m.first-4 && s.toks[k].low != "of" {
		if endsNounPhrase(s.toks[k].low) {
			return false
		}
		k--
	}
	return k >= 1 && s.toks[k].low == "of" && memberNouns[s.toks[k-1].low]
}

// endsNounPhrase reports words that end a noun phrase before a trigger.
func endsNounPhrase(w string) bool { return w == "and" || w == "or" || isPast(w) }

// memberNouns are people named by what they belong to.
var memberNouns = map[string]bool{
	"inmates": true, "inmate": true, "prisoners": true, "prisoner": true, "detainees": true, "detainee": true,
	"guards": true, "guard": true, "veterans": true, "veteran": true,
}

// takenFor reports people "taken to" a police or security office for a
// purpose other than detention: "Officials were taken to the security
// office for a lecture", "Children were taken to the police station to
// watch a film" — not "to be questioned", "to face interrogation".
func takenFor(s *sent, m match) bool {
	if s.toks[m.first].low != "taken" {
		return false
	}
	k := m.last + 1
	for k < len(s.toks) && k <= m.last+10 && !s.commaBetween(k-1, k) {
		switch w := s.toks[k].low; {
		case w == "to" && k+1 < len(s.toks) && attendVerbs[s.toks[k+1].low]:
			return true // not "to be questioned", "to face interrogation"
		case w == "for":
			for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
				if gatheringNouns[s.toks[j].low] {
					return true // "for an ideological education session"
				}
			}
		}
		k++
	}
	return false
}

// attendVerbs are what people are taken somewhere to do when they are
// not held: "taken to the police station to watch a film".
var attendVerbs = map[string]bool{
	"watch": true, "attend": true, "see": true, "hear": true, "listen": true, "learn": true, "study": true, "view": true,
}

// gatheringNouns are what people are taken somewhere to attend.
var gatheringNouns = map[string]bool{
	"lecture": true, "lectures": true, "meeting": true, "meetings": true, "rally": true, "session": true,
	"training": true, "screening": true, "film": true, "study": true, "education": true, "ceremony": true,
}

// otherTroops reports the bare word "troops" naming forces that guard,
// answer or are somewhere rather than deploy: an agent ("guarded by
// troops on both sides"), the South's allies' ("U.S. troops"; the South's
// own are southWatch's), or troops told as present ("are now in Russia").
func otherTroops(s *sent, m match) bool {
	if m.first != m.last || s.toks[m.first].low != "troops" {
		return false
	}
	for k := m.first - 1; k >= 0 && k >= m.first-3; k-- {
		switch s.toks[k].low {
		case "by", "allied", "american", "ukrainian", "u", "us":
			return true
		}
	}
	// "guarded by hundreds of thousands of troops", "the presence of North
	// Korean troops", "11,000 North Korean troops are now in Russia": who
	// is there, not a sending
	for k := m.first - 1; k >= 0 && k >= m.first-6; k-- {
		if w := s.toks[k].low; w == "by" || w == "presence" {
			return true
		}
	}
	if k := m.last + 1; k < len(s.toks) && (s.toks[k].low == "are" || s.toks[k].low == "remain") {
		return true
	}
	return false
}

// objectRelative reports a trigger verb in a relative clause without
// "that" describing the people or forces it acted on: "on top of the
// 11,000 soldiers it deployed there last year", "the workers they sent
// home". The clause tells an earlier event beside the sentence's own
// (sentenceEvents).
func objectRelative(s *sent, m match) bool {
	k := m.first
	if k < 2 {
		return false
	}
	switch s.toks[k-1].low {
	case "it", "they", "he", "she", "we":
	default:
		return false
	}
	return relativeHeads[s.toks[k-2].low] && s.toks[k-1].soft && s.toks[k].soft
}

// relativeHeads are the people and forces a relative clause without
// "that" may describe ("the troops it sent").
var relativeHeads = map[string]bool{
	"troops": true, "soldiers": true, "forces": true, "units": true, "workers": true, "laborers": true,
	"labourers": true, "people": true, "officials": true, "agents": true, "guards": true, "personnel": true,
	"refugees": true, "defectors": true, "detainees": true, "missiles": true, "men": true, "women": true,
}

// chargedWith reports "accused" in the passive ("he was accused of
// disloyalty", "the two had been accused of killing") or after the people
// it describes ("a woman accused of trafficking"): the charge a person
// faced, no statement of a government; and a trigger that is the charge
// ("accused of meeting agents").
func chargedWith(s *sent, m match) bool {
	k := m.first
	// The charge itself ("prosecutors indicted four officials accused of
	// meeting North Korean agents", "suspected of running a cell"): an act
	// alleged, not told as an event.
	if k >= 2 && (s.toks[k-1].low == "of" || s.toks[k-1].low == "with") && s.toks[k-1].soft && s.toks[k].soft {
		switch s.toks[k-2].low {
		case "accused", "suspected", "convicted", "guilty", "charged", "charges", "suspicion", "acquitted":
			return true
		}
	}
	if m.last != k || s.toks[k].low != "accused" || k == 0 {
		return false
	}
	switch s.toks[k-1].low {
	case "was", "were", "been", "being", "is", "are", "be":
		return true
	}
	// ("a woman accused of trafficking", "the two men accused of")
	return describedPeople[s.toks[k-1].low] && k+1 < len(s.toks) && s.toks[k+1].low == "of"
}

// iceFollowers may follow "ice" that is methamphetamine ("three kilograms
// of ice hidden in a freight car", "of ice in a car", "of ice from a dealer").
var iceFollowers = map[string]bool{
	"hidden": true, "in": true, "from": true, "at": true, "on": true, "and": true, "inside": true,
	"to": true, "that": true, "which": true, "worth": true, "bound": true, "near": true, "during": true,
	"off": true, "with": true, "stashed": true, "concealed": true, "packed": true, "for": true,
	"smuggled": true, "seized": true, "destined": true,
}
