import Testing
@testable import Agent

/// Red flags fit the message: current symptoms escalate; history, negations and general questions do not.
struct SafetyCheckTests {
    /// (phrasing, the kind expected, or nil for no red flag). Written from how runners talk, not from the phrase list.
    static let table: [(String, String?)] = [
        // "and now" turns from a fracture years ago to what hurts today (a corpus runner): the fracture is history.
        ("I had a fracture of fatigue in the tibia in 2019, and now my right heel is sore in the morning since two weeks.", nil),
        ("I broke my foot in 2019 and now it hurts to hop on it.", "suspected_fracture"),
        // A heart symptom told as past is one to see a doctor about while no doctor has seen it (development set 34).
        ("Twice last month on the hill I had a pressure in my chest going into my left arm. I haven't seen a doctor yet.", "chest_pain"),
        ("Twice last month on the hill I had a pressure in my chest going into my left arm. The cardiologist checked me, all fine.", nil),
        // Night pain told after a longer stretch of words (development set 33).
        ("My hip aches on runs and now it hurts walking to the car and last night it woke me up.", "sharp_or_worsening_pain"),
        // A focal foot pain that throbs at night (development set 37), in other words.
        ("There's a sore spot on my shin bone. The last three nights it throbbed so I couldn't sleep.", "sharp_or_worsening_pain"),
        ("My heel hurts in bed after a long run day.", "sharp_or_worsening_pain"),
        // A deep groin ache that has woken the runner, and a pain said to get worse in the sentence after it (development set 40),
        // in other words.
        ("The front of my hip has ached for a month. These past few nights it's woken me up.", "sharp_or_worsening_pain"),
        ("I've got a dull ache deep in my thigh since October. It's getting worse each week.", "sharp_or_worsening_pain"),
        // A hip pain that wakes the runner in the night and makes them limp (development set 43), in other words.
        ("My left hip hurts deep inside. Now it wakes me at night and I walk with a limp.", "sharp_or_worsening_pain"),
        // Controls: tiredness that gets better is no pain getting worse; a baby waking the runner is no night pain.
        ("My legs feel heavy after the long run. It's getting better each week.", nil),
        ("The last few nights the baby has woken me up, so I'm tired.", nil),
        ("The baby wakes me at night, so I'm tired.", nil),
        // Control: tired legs that ache in bed are no red flag.
        ("My legs ache in bed after a long run, nothing else.", nil),
        // Current symptoms.
        ("I get chest pain when I run up hills", "chest_pain"),
        ("My chest feels tight when I run and it's been like that all week", "chest_pain"),
        ("I had chest pains on my run this morning", "chest_pain"),
        ("I fainted at the end of my run yesterday", "fainting"),
        ("I nearly passed out after my intervals today", "fainting"),
        ("I've been having palpitations during easy runs lately", "heart_rhythm"),
        ("I can't breathe properly even sitting on the sofa", "breathing_at_rest"),
        ("There's a sharp pain in my shin when I land", "sharp_or_worsening_pain"),
        ("The pain in my knee is getting worse every week", "sharp_or_worsening_pain"),
        ("I'm limping after every run now", "sharp_or_worsening_pain"),
        ("I think I might have a stress fracture in my foot", "suspected_fracture"),
        ("It hurts to hop on my left leg", "suspected_fracture"),
        ("My foot is swollen, is it broken?", "suspected_fracture"),
        ("I had a fracture years ago but now I have chest pain on runs", "chest_pain"),
        ("I get chest pain on hills, is that normal?", "chest_pain"),
        ("Old shin splints are fine, but I blacked out on Sunday's long run", "fainting"),
        ("I can not put weight on my foot today", "sharp_or_worsening_pain"),
        ("My heart skips beats when I'm resting", "heart_rhythm"),
        ("Stabbing pain in my heel since Tuesday", "sharp_or_worsening_pain"),
        ("I collapsed after a parkrun last week", "fainting"),
        // A recent stretch up to today is now, though said with "had" and "last" (held-out 3 and 4, masters runners
        // whose chest pain on hills went unheard): "I've had …, the last couple of weeks".
        ("I've had a tight chest on the climbs these past couple of weeks", "chest_pain"),
        ("Legs are fine. But I've had pain in my chest on the hill by the school, the last few weeks", "chest_pain"),
        ("I've had a few dizzy spells on runs recently", "fainting"),
        ("I had chest pain once last year, all checked and fine", nil),
        // ("… and my" turns to another part: the fracture stays history though the calf is sore now.)
        ("I had a stress fracture in my tibia in 2022, and my calf has been tight for the past few days.", nil),
        // History.
        ("I had a metatarsal fracture years ago", nil),
        // Standing all night at work is no pain at night (dev-6); the pain that wakes a runner still is.
        ("Before that I was on my feet all night at the hospital, but no running.", nil),
        ("My shin throbs all night after runs now", "sharp_or_worsening_pain"),
        // The chest and dizziness in the languages runners mix into English (dev-9).
        ("Tengo dolor de pecho cuando subo cuestas desde hace una semana", "chest_pain"),
        ("pag paakyat parang may mabigat sa dibdib ko", "chest_pain"),
        ("tapos nahihilo ako sa akyatan, 2 weeks na", "fainting"),
        ("Chest day at the gym, no pain anywhere", nil),
        // A fracture dated by its year, then "and nothing hurts"; a fracture "since I cracked" told with its healing (dev-10).
        ("I had a stress fracture in my left foot in 2022, and nothing hurts at the moment.", nil),
        ("My first race since I cracked my pelvis, and a scan in October said healed.", nil),
        ("I think I cracked my shin this week, it hurts to hop", "suspected_fracture"),
        ("I broke my ankle as a kid, it's totally healed", nil),
        ("I'm back from a stress fracture, cleared by my physio in March", nil),
        ("I had a stress fracture last year", nil),
        ("Getting back to running after a stress fracture in my shin", nil),
        ("Back to running after a fractured metatarsal, all healed", nil),
        ("Fractured my wrist in 2019 skiing", nil),
        // A story dated by the fracture (task 13, third corpus round: this one stopped a runner's interview).
        ("Before the fracture I was fairly serious, two marathons, so I suppose I'm getting back into it now.", nil),
        ("Since my stress fracture I only run on grass now", nil),
        ("I used to get chest tightness with asthma as a teenager", nil),
        ("I fainted once when I was 15, giving blood", nil),
        ("I'm recovering from a stress fracture and the doctor cleared me to run", nil),
        ("I had some sharp pain in my knee a couple of years ago, fully recovered now", nil),
        ("Tibial stress fracture in 2023, healed with no issues since", nil),
        // What the fracture did then (task 13, fourth corpus round: this one stopped a returning runner's interview).
        ("I raced a lot in my thirties, then the fracture in March stopped everything. So returning.", nil),
        ("A stress fracture kept me out for most of the summer", nil),
        ("The fracture in my foot stopped me running and it still hurts now", "suspected_fracture"),
        // Tender to the touch without a bone named (task 13, eleventh round: a black toenail paused a plan).
        ("My left big toe. The nail is black and it hurts when I press, since the 30k on Friday. Is that a problem?", nil),
        ("My shin hurts when I press on one place since Friday", "suspected_fracture"),
        // A diagnosis that is managed, and a fracture told as a story (eleventh round: these paused two plans).
        ("I'm on warfarin for atrial fibrillation, and the cardiologist said slow running is fine.", nil),
        ("In June I broke the fifth metatarsal, Jones fracture, playing basketball. They put a screw inside. Now it is healed.", nil),
        ("Encouraging, but keep me honest. I'm the type to go too hard too soon, that's how I got the fracture.", nil),
        ("My AF is back since last week, I can feel it now", "heart_rhythm"),
        ("I think I have a stress fracture in my shin", "suspected_fracture"),
        // Negations.
        ("No chest pain or anything like that", nil),
        ("I've never fainted", nil),
        ("no palpitations, no dizziness", nil),
        ("I don't get chest pain, just tired legs", nil),
        ("Nothing sharp, no limping, just a bit of soreness", nil),
        ("I have not had any fractures", nil),
        ("Never had a broken bone", nil),
        // Questions about a condition.
        ("Should I worry about chest pain when running?", nil),
        ("Is a stress fracture common in marathon training?", nil),
        ("What happens if someone faints during a race?", nil),
        ("How do you know if it's a stress fracture?", nil),
        ("Can palpitations be caused by caffeine?", nil),
        // Healed fractures told with their treatment or their month, a comeback after one, a limp expected after a race
        // (issue 13, corpus batches 9 and 10); a fracture now is still one.
        ("Last January I broke my ankle on the ice, a trimalleolar fracture, plate and seven screws.", nil),
        ("It is my return after a sacral stress fracture.", nil),
        ("I've already booked the Monday off, for the limping.", nil),
        // dev-64: a limp joked about for a day to come is none now.
        ("The week after is my niece's wedding, which I will attend limping.", nil),
        ("I think I have a stress fracture in my shin, it hurts to hop", "suspected_fracture"),
        ("I'm limping since this morning", "sharp_or_worsening_pain"),
        // Corpus batches 11 and 12: a fracture told with its month or with "nothing hurts now" is history; the same
        // words with pain now are not.
        ("I had a tibial stress fracture in 2024, nothing hurts now.", nil),
        ("I had a stress fracture in my pubic bone, the inferior pubic ramus the sports doctor said, in April.", nil),
        ("I had a stress fracture in April and it hurts to hop now", "suspected_fracture"),
        ("I think I have a stress fracture, my shin hurts now", "suspected_fracture"),
        // A leg swollen and hot or red, or swollen after a long flight or an operation: a possible blood clot
        // (deep vein thrombosis), which needs a doctor the same day. Tight or tired legs, a swollen sprained ankle and
        // a clot long treated are not.
        ("My left calf has been swollen and warm for three days and it's worse today", "blood_clot"),
        ("Since the long-haul flight back from Lima my right calf is puffy and it aches", "blood_clot"),
        ("My leg swelled up after the knee operation and it's red and hot", "blood_clot"),
        ("The back of my leg is red, hot and swollen", "blood_clot"),
        ("My right calf, not the one I strained, has been swollen since Monday, after a 12-hour drive to the coast", "blood_clot"),
        ("My calves are tight and tired after the flight", nil),
        ("After the long flight my calves were a bit sore", nil),
        ("Since the 10-hour flight my left calf aches when I walk", "blood_clot"),
        ("My ankle is a bit swollen from last week's sprain", nil),
        ("I had a blood clot in my leg in 2019 after a flight, all treated since", nil),
        // (dev-20: a calf "thicker than the right, warm" after a 13-hour flight, put down to a strain.)
        ("Since the flight home last week my left calf is fatter than the other one and warm to touch", "blood_clot"),
        ("My right calf is bigger than the left since I started hills, all muscle", nil),
        // "It" carrying the leg named in the sentence before (dev-23: "my left kuit, sorry, calf, decided to become a sausage.
        // It's puffy, warm to the touch"); a calf that is tight and then fine is not.
        ("Since the Lisbon flight my right calf looks odd. It's swollen and hot, and tight when I flex my foot.", "blood_clot"),
        ("My calf is tight after the long run. It's fine after a stretch.", nil),
        ("My wife has a left calf twice the size of the other since the flight. It's warm too, she's seeing the GP.", nil),
        // (A possessive is no one else's leg: "since I flew back from my brother's in Buenos Aires … my left calf".)
        ("Since I flew back from my brother's in Lima, my left calf is thicker than the right and warm.", "blood_clot"),
        // The sit said before "and my …" still goes with the leg ("got back from a 14 hour flight and my calf …"), a calf
        // written "calf's", swelling before the leg is named, and a week laid up: a clot's times too. A sit told as history
        // ("on crutches in 2021 … fine now") is not.
        ("Got back from a 14 hour flight and my calf is still sore and swollen 4 days later", "blood_clot"),
        ("Calf's been throbbing and it's hot and swollen, since the op on my ankle", "blood_clot"),
        ("There's a painful swelling in my calf since I was laid up with flu", "blood_clot"),
        ("Was on crutches in 2021 after an ankle break, calf swelled then but fine now", nil),
        ("I was laid up with flu for a week in November so my running dropped", nil),
        ("My calfs are always tight, foam roller helps", nil),
        ("I fly a lot for work, long haul mostly, and my legs feel heavy after but not swollen", nil),
        // Dizzy once on standing up too fast is a head rush; dizzy on a hill is not (dev-23).
        ("Is it normal I got dizzy for a second standing up too fast from the sofa? Only once.", nil),
        ("I got dizzy on the hill yesterday and had to sit down.", "fainting"),
        // Blood coughed or spat up after a hard effort: a doctor's to explain (dev-20: "pink streaks in what I spit out"
        // after 400s, put down to dust). Blood from the gums or the nose, and a cough without blood, are not.
        ("After Thursday's reps I hacked up some blood-flecked phlegm and it tasted like metal", "coughing_blood"),
        ("There were red specks in my spit after the 800s, twice this week", "coughing_blood"),
        ("I coughed up a bit of blood after the intervals on Thursday.", "coughing_blood"),
        ("My gums bleed when I brush, there's blood in my spit, the dentist says floss more.", nil),
        ("I had a nosebleed on my long run and was spitting blood for a mile.", nil),
        ("Years ago I coughed up blood with pneumonia, all clear since.", nil),
        ("I get a cough after hard sessions in the cold air, no blood or anything.", nil),
        // A question about a symptom, then "it happened to me": the runner's; to someone else, not.
        ("Is it normal to faint after a hard run? It happened to me on Sunday.", "fainting"),
        ("Is it normal to get dizzy after intervals? Just curious.", nil),
        ("What if I get chest pain on a run? It happened to my uncle.", nil),
        // "I had to sit down" is no symptom had in the past, and a weekday gone by is recent (dev-16: a runner whose
        // racing heart and dizziness on a climb were read as history).
        ("Last Thursday I got so dizzy on the hill that I had to sit on the kerb", "fainting"),
        ("On the climb my heart goes fast and fluttery, not the normal fast, and I had to stop twice last Sunday", "heart_rhythm"),
        ("I had a dizzy spell last year, checked and fine", nil),
        ("I had to sit down after the long run last Sunday, my legs were dead", nil),
        // "When" opens a statement about what happens, not only a question (dev set 26): a subject left out, too.
        ("When I take the stairs at the depot, comes a squeezing in the middle of the chest, then it passes", "chest_pain"),
        ("When I push on the climbs my chest goes tight and heavy.", "chest_pain"),
        ("When should I stop running if I get chest pain", nil),
        ("What should I do if my heart starts racing on a run?", nil),
        ("When I was a teenager I fainted once at a school assembly", nil),
        // Typed short (dev set 28): "1 spot", "worse evry wk", "last nite".
        ("1 spot on my shin, its worse evry wk n hurts wen i walk", "suspected_fracture"),
        ("got 1 blister on my heel lol", nil),
        // Swollen at night without pain is no night pain (dev set 25); a part that wakes the runner is.
        ("My knee is a bit puffy at night but it doesn't hurt.", nil),
        ("My heel wakes me at 3 every night this week.", "sharp_or_worsening_pain"),
        // A question about a symptom, then "now it …": the runner's own (dev set 23, opened again).
        ("Is it normal to have a tender spot on the shin bone that gets worse every week? Now it hurts even on the stairs.", "sharp_or_worsening_pain"),
        ("Is it normal to get a tender spot on the shin bone? My friend had one.", nil),
        ("Is it normal to have one spot on my foot bone that hurts? Now it's fine though.", nil),
        // A pressure felt in the jaw or the left arm on effort, the feeling said before the part (dev set 57, opened): the
        // heart's warning, though the chest is not named. A muscle in the shoulder, or a dentist's work, is no such sign.
        ("Going up the long hill last week my jaw got this heavy pressure and I had to stop and walk. No doctor yet.", "chest_pain"),
        ("Squeezing in my left arm and short of breath on the climbs, twice now.", "chest_pain"),
        ("Tightness in my left shoulder from the desk, it's a muscle thing.", nil),
        ("The dentist took out a wisdom tooth and my jaw felt the pressure for a week.", nil),
        // Session 43: a clot's signs told in pieces, the leg named in a short sentence of its own or carried by "it"
        // later in the next one; and "my" after someone else named is the runner's own leg. Someone else's leg, said
        // with "her" or a possessive typed without its apostrophe, is not.
        ("Yes, the calf. Swollen, warm, red, it hurts. Since the long flight.", "blood_clot"),
        ("My left calf. Since the flight from Doha it is swollen and warm, and sore when I walk.", "blood_clot"),
        ("Since I got back from seeing my son in Perth, my right calf is swollen, warm and painful.", "blood_clot"),
        ("My sisters calf is swollen and red since the flight.", nil),
        ("My mum. Her leg is swollen and warm since the flight.", nil),
        ("My brother's chest hurts when he runs.", nil),
        ("My chest hurts when I run, my husband says it's nothing.", "chest_pain"),
        // Session 44: the signs said one word at a time after the leg, listed before it, or in plain words ("gone fat");
        // the signs denied, someone else's leg, and short sentences about other things are no flag.
        ("The calf, since the long flight. Swollen. Warm. Red.", "blood_clot"),
        ("A swollen, warm, red left calf since my long flight on Tuesday; it hurts.", "blood_clot"),
        ("My shin has gone all fat and hot since the op.", "blood_clot"),
        ("My calf. Not swollen. Not warm.", nil),
        ("My calf is not swollen or warm, just tight after the flight.", nil),
        ("My daughter's calf. Swollen. Warm. Red.", nil),
        ("Calf feels tight. Long run Sunday. Warm day. Red face.", nil),
        ("My dog is fat. Warm house. Red sofa.", nil),
        ("Is it normal that my calf is still swollen and warm a week after the flight from Tokyo?", "blood_clot"),
        ("Could a swollen warm calf after a long flight be a problem? Mine is like that.", "blood_clot"),
        ("My left lower leg swelled up after the drive back from Cornwall, 9 hours, and it feels warm and tight.", "blood_clot"),
        ("Could a swollen warm calf after a long flight be a problem? My friend had that.", nil),
        ("If my calf swells up after the flight to Boston, should I still run?", nil),
        ("Is it normal for calves to swell on a long flight? Just curious before my trip.", nil),
        // Session 48: the heart racing "all of a sudden" on a climb, and going grey and having to sit, asked about as "is it
        // normal that …" of what has happened twice (dev set 89); hair gone grey, or a heart that may race, is no flag.
        ("Is it normal that twice now on the bridge my heart's gone racing all of a sudden and I had to stop?", "heart_rhythm"),
        ("Halfway up the hill I went all grey and had to sit on the kerb.", "fainting"),
        ("My beard has gone grey since I took up running.", nil),
        ("Should I worry if my heart races all of a sudden one day?", nil),
        // Ordinary training talk.
        ("My legs are a bit sore after the long run", nil),
        ("I want to run a marathon", nil),
        ("I'm breathing hard on hills, which is normal I guess", nil),
        // Development sets 90–93 (session 49): a calf "swole up" after a flight; a report before a dash stays the runner's when
        // a question is tagged on after it; "and right now" turns from a fracture years ago to another part.
        ("I flew back from Phoenix on Sunday, and since Tuesday my left calf's been swole up, kinda red and warm.", "blood_clot"),
        ("My right calf's been kind of puffy and warm since I flew back on Tuesday — that's just from the plane, right?", "blood_clot"),
        ("My chest tightens going up hills — is that normal at my age?", "chest_pain"),
        ("I had a stress fracture in my shin in 2021, and right now my left knee is a bit sore since a fall last week.", nil),
        ("I think I have a stress fracture in my shin, and right now my knee is sore too.", "suspected_fracture"),
        ("Should I worry if my calf gets puffy and warm after the flight — is that normal?", nil),
        ("My friend's calf got puffy and warm after a flight — could that happen to me?", nil),
        ("I'm getting swole at the gym and my calf is warm after the session.", nil),
        ("My chest strap tightens on long runs.", nil),
    ]

    @Test func tableOfPhrasings() {
        #expect(Self.table.count >= 40)
        var wrong: [String] = []
        for (text, kind) in Self.table where SafetyCheck.check(text)?.kind != kind {
            wrong.append("\"\(text)\": expected \(kind ?? "none"), got \(SafetyCheck.check(text)?.kind ?? "none")")
        }
        #expect(wrong.isEmpty, "\(wrong.count) misread:\n\(wrong.joined(separator: "\n"))")
    }

    /// Where the pain is goes with the flag into the health facts ("one spot … on my left foot").
    @Test func thePainsPlaceIsKept() {
        let flag = SafetyCheck.check("There's one spot on top of my left foot, on the bone, and it's worse every week.")
        #expect(flag?.site == "foot")
        #expect(flag.map { SafetyCheck.healthFact(for: $0).item } == "suspected fracture (one spot, foot)")
        // "Back" running is no place.
        let back = SafetyCheck.check("I'm back running since May and there's one spot that hurts more every week")
        #expect(back != nil)
        #expect(back?.site == nil)
        // A chest is no pain site: the item stays as it was.
        #expect(SafetyCheck.check("My chest gets tight when I run").map { SafetyCheck.healthFact(for: $0).item } == "chest pain (chest gets tight)")
    }

    /// A fracture told as history, with the clinician's leave to run now, is no red flag; "twenty-one point zero nine" is
    /// a distance, no point of pain. (From blind development sets 53 and 54.)
    @Test func historyAndFiguresAreNoFlags() {
        #expect(SafetyCheck.check("I had a stress fracture in my foot in August, now my orthopaedist says I can start again. No race.") == nil)
        #expect(SafetyCheck.check("The Bucharest half. Twenty-one point zero nine seven five kilometres of joy.") == nil)
        // Controls: a point of pain on the bone now, and a fracture suspected now, still are.
        #expect(SafetyCheck.check("There is one point on my shin that hurts on the bone, worse every week.")?.kind == "suspected_fracture")
        #expect(SafetyCheck.check("I think my foot is broken, it hurts to walk.")?.kind == "suspected_fracture")
    }

    @Test func boundedOnHugeInput() {
        let huge = String(repeating: "I ran a nice easy 10k today. ", count: 400_000) + "chest pain now"
        // Only the start of a huge message is read, so the tail cannot be found (and the call returns quickly).
        #expect(SafetyCheck.check(huge) == nil)
    }
}
