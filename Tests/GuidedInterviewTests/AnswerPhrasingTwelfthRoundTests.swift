import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// Task 13, twelfth corpus round: the conversations of the seventeenth and eighteenth batches (written and
/// committed before any of these fixes). Each row failed before its fix; beside the corpus phrasing are other
/// voices for it, and controls that must stay as they were.
struct AnswerPhrasingTwelfthRoundTests {
    static func check(_ message: String, asked: String?, _ path: String, _ expected: JSONValue?,
                      _ edit: (inout Runner) -> Void = { _ in }) {
        AnswerPhrasingSeventhRoundTests.check(message, asked: asked, path, expected, edit)
    }
    static func days(_ names: String...) -> JSONValue { .array(names.map { .string($0) }) }
    static func marathon(_ runner: inout Runner) { runner.goals.goalType = .race; runner.goals.raceDistance = 42.195 }
    static func tenK(_ runner: inout Runner) { runner.goals.goalType = .race; runner.goals.raceDistance = 10 }

    // MARK: - Names and consent

    @Test func greetingsThatAreNoName() {
        Self.check("Adieu. That's hello, in Vaud, before you panic. Yves.", asked: "identity.name", "identity.name", .string("Yves"))
        Self.check("nyob zoo its tou", asked: "identity.name", "identity.name", .string("Tou"))
        Self.check("Hi! Here's everything: I'm training for a 10k.", asked: "identity.name", "identity.name", nil)
        // A name said in full, then the one to call them by.
        Self.check("Hello. My name is Nikolaos, but please, call me Nikos, everybody does.", asked: "identity.name", "identity.name", .string("Nikos"))
    }

    /// Refusals read as a yes stored health data without consent; each of these is a no now, and the yeses stay.
    @Test func refusalsAreNeverAYes() {
        for refusal in ["absolutely not", "definitely not", "ok hmm, actually I'd rather you didn't", "👎", "not a chance", "hard pass",
                        "nie, dziękuję", "нет", "oh yeah, store my medical history, what could possibly go wrong 🙄"] {
            #expect(Replies.consent(refusal) == false, "\(refusal)")
        }
        #expect(Replies.consent("Hmm, no. My body's business stays between me and my GP, thanks.") == false)
        #expect(Replies.consent("Hmm, why do you need to keep health things? Can I still get a plan if I say no? Then no, please.") == false)
        // Sarcasm that gives in with a plain yes is a yes (corpus writers); without one, a no (a blind answer-set writer).
        for yes in ["no problem", "no worries mate", "nah yeah", "👍", "да, конечно", "no wait, yes", "I'd rather not... oh go on, fine",
                    "Oh sure, store my deepest secrets on a laptop, what could possibly go wrong. Fine. Yes.",
                    "Yes, go on, store my tragic health data 🙄", "Sure, because nothing bad has ever happened with health data. Yes, okay."] {
            #expect(Replies.consent(yes) == true, "\(yes)")
        }
        for neither in ["yes and no", "yes but not my injuries", "not sure tbh", "what happens if I say no?"] {
            #expect(Replies.consent(neither) == nil, "\(neither)")
        }
        // A question back, then the answer.
        #expect(InterviewTests.hear("Will you share it with anyone? No? Then yes.", asked: "legal.healthConsentAt").consent == true)
        // A long message that answers something else is no yes (a "10k" once read as "k", okay).
        let turn = InterviewTests.hear("I ran 10k yesterday in 52 minutes", asked: "legal.healthConsentAt")
        #expect(turn.consent == nil)
    }

    @Test func consentToStoreWhatTheyLike() {
        #expect(Replies.consent("Store what you like. Swiss banking secrecy applies, I assume.") == true)
        #expect(Replies.consent("Keep whatever you need.") == true)
        // Control: a refusal with the same verb.
        #expect(Replies.consent("Don't store it, thanks.") == false)
    }

    // MARK: - Goals, dates and targets

    @Test func theRunnersRaceAfterSomeoneElses() {
        Self.check("Okay so, a race! My husband Dario's done the Rock 'n' Roll half like three years in a row and this time I'm finally doing the 10K instead of standing at the finish holding his hoodie.",
                   asked: "goals.goalType", "goals.raceDistance", .number(10))
        Self.check("A race! My grandson Marcus signed the both of us up for the Penn Center 5K. He's fourteen and runs like a marsh hen.",
                   asked: "goals.goalType", "goals.raceDistance", .number(5))
        // Control: someone else's race alone is not the runner's.
        Self.check("My husband is doing the Rock 'n' Roll half.", asked: "goals.goalType", "goals.raceDistance", nil)
    }

    @Test func racesWhoseNameSaysTheDistance() {
        Self.check("Western States 100. Got picked in the lottery, fourth year of tickets.", asked: "goals.goalType", "goals.raceDistance", .number(160.9344))
        Self.check("Two Oceans, bru.", asked: "goals.goalType", "goals.raceDistance", .number(56))
    }

    /// A race name typed in lower case before its distance, asked for the goal.
    @Test(arguments: [
        ("canyonlands 5 mile. moab. sister lives there", "canyonlands"),
        ("the cpc 10k in the hague", "cpc"),
        ("race. hella excited. oakland half", "oakland"),
    ])
    func lowerCaseRaceNames(message: String, word: String) {
        let turn = InterviewTests.hear(message, asked: "goals.goalType")
        #expect(InterviewTests.value(turn, "goals.raceName")?.stringValue?.lowercased().contains(word) == true, "\(turn.facts)")
    }

    @Test(arguments: ["a race. my first half", "local 5k with the club", "charity 10k in may", "trail 50k in june",
                      "Roughly 40 km a week at the moment, and a 10k in May."])
    func wordsBeforeADistanceThatNameNoRace(message: String) {
        Self.check(message, asked: "goals.goalType", "goals.raceName", nil)
    }

    @Test func anExplicitDayBesideAHolidayWeekend() {
        Self.check("End of May. Sunday the 30th, Memorial Day weekend.", asked: "goals.raceDate", "goals.raceDate",
                   AnswerPhrasingSeventhRoundTests.millis("2027-05-30"))
    }

    @Test func targetsSaidAsPeopleSayThem() {
        Self.check("I'd like to finish when the Lodge construction finishes, so around 2040. Fine. Four-thirty.", asked: "goals.targetTime",
                   "goals.targetTime", .number(16_200), Self.marathon)
        Self.check("I want to run the Manchester Marathon on Sunday 18 April in 3 hours 50 minutes, insha'Allah. I ran the Egyptian Marathon in Luxor in 2024 in 4:12, so this time I want better.",
                   asked: "goals.goalType", "goals.targetTime", .number(13_800))
        // A time given as the reason for the target is not the target; a wish with "if" still is.
        Self.check("An hour and ten. No, you know what, an hour and five. If I can run the Turkey Trot in thirty-one minutes I can do that.",
                   asked: "goals.targetTime", "goals.targetTime", .number(3_900), Self.tenK)
        Self.check("If I could do it under an hour forty-five I'd be thrilled.", asked: "goals.targetTime", "goals.targetTime", .number(6_300)) {
            $0.goals.goalType = .race; $0.goals.raceDistance = 16.09344
        }
        Self.check("If I could run 1:38 I'd be over the moon", asked: "goals.targetTime", "goals.targetTime", .number(5_880)) {
            $0.goals.goalType = .race; $0.goals.raceDistance = 21.0975
        }
    }

    /// A finish time only asked about is not yet a target (two blind answer-set writers); one said before the question,
    /// or wished for in it, still is (corpus writers).
    @Test func aTimeAskedAboutOrWishedFor() {
        let half: (inout Runner) -> Void = { $0.goals.goalType = .race; $0.goals.raceDistance = 21.0975 }
        Self.check("is 1:50 realistic?", asked: "goals.targetTime", "goals.targetTime", nil, half)
        Self.check("would sub 4 be realistic for a first marathon?", asked: "goals.targetTime", "goals.targetTime", nil, Self.marathon)
        Self.check("I was thinking 1:50 but honestly what would you say is realistic?", asked: "goals.targetTime", "goals.targetTime", .number(6_600), half)
        Self.check("Could I aim for 5:30 per km? Or is that silly for a first half?", asked: "goals.targetTime", "goals.targetPace", .string("5:30/km"), half)
    }

    // MARK: - Volume, runs and the longest run

    @Test func theWeekAfterAMonthOrAFigureThatCountsSomethingElse() {
        Self.check("Septante kilometres a month. Yes, septante, we count properly here. Per week, about seventeen.", asked: "running.currentVolume",
                   "running.currentVolume", .number(17))
        Self.check("70 kilometres a month. Per week, about seventeen.", asked: "running.currentVolume", "running.currentVolume", .number(17))
        Self.check("Thirty miles a week, if you count walking to the fridge. Running? Twenty.", asked: "running.currentVolume",
                   "running.currentVolume", .number(32.2))
        Self.check("Twelve miles a week. Well, that's counting walking the dogs. Running only, about eight.", asked: "running.currentVolume",
                   "running.currentVolume", .number(12.9))
        // Controls: a week beside a month stays; a figure that counts nothing else stays. (A month alone is a week worked
        // out, as a listener would: "About 100 miles a month" is 23 miles, 37 km; round 31.)
        Self.check("About 100 miles a month", asked: "running.currentVolume", "running.currentVolume", .number(37))
        Self.check("30k a week, 120 a month", asked: "running.currentVolume", "running.currentVolume", .number(30))
        Self.check("Thirty miles a week, if you count walking to the fridge.", asked: "running.currentVolume", "running.currentVolume", .number(48.3))
    }

    @Test func runsNotSessionsOfAnotherSport() {
        Self.check("Maybe 35 km a week. And does paddling va'a count? I paddle three times a week also.", asked: "running.currentVolume",
                   "running.currentFrequency", nil)
        Self.check("Three. I also swim twice a week.", asked: "running.currentFrequency", "running.currentFrequency", .number(3))
        Self.check("I swim on Mondays and run four times a week.", asked: "running.currentFrequency", "running.currentFrequency", .number(4))
    }

    @Test func theCountSettledOn() {
        Self.check("Four times. Well, five with the Thursday run club, but that is more Spritzer than running. Four.", asked: "running.currentFrequency",
                   "running.currentFrequency", .number(4))
        Self.check("Three, and never two days on the trot.", asked: "running.currentFrequency", "running.currentFrequency", .number(3))
        Self.check("4 styll", asked: "running.currentFrequency", "running.currentFrequency", .number(4))
    }

    @Test func theLongestRunAsSaid() {
        Self.check("Fourteen miles, back in October. But lately, since the snow came, ten's the most.", asked: "running.longestRecentRun",
                   "running.longestRecentRun", .number(16.1))
        Self.check("Nine miles. Wait, that's the loop past the covered bridge, that's ten miles. Ten.", asked: "running.longestRecentRun",
                   "running.longestRecentRun", .number(16.1))
        Self.check("I want the Leeds Half. The longest I have done lately is 16 km, two Sundays back.", asked: "identity.name",
                   "running.longestRecentRun", .number(16))
        Self.check("The longest I've run this year was 14k.", asked: "goals.goalType", "running.longestRecentRun", .number(14))
    }

    // MARK: - Experience

    @Test(arguments: [
        ("I start at sixty, after I retire from the boats. Six years now. Many 5Ks, one half in Providence.", "casual"),
        ("I start running in 2020, in COVID time, when factory is closed. Before, I never run. I did two 10 kilometre race.", "casual"),
        ("started runing 2024 with a dubai run club. did 10k twice", "casual"),
        ("ran xc in hs. on n off since", "casual"),
        ("2nd mara. did 4:32 in london last yr", "casual"),
        ("I ran the 20 km in 1998 in 1h32, then discovered fondue. Back at it since last spring.", "returning"),
        ("I was fairly serious before the foot, 38 minutes for a 10k, a 1:24 half. Now I'm starting over, like.", "returning"),
        // Controls.
        ("Many marathons, I lost count.", "serious"),
        ("Fairly serious, I'd say.", "serious"),
    ])
    func theLevelFromWhatTheyDid(message: String, level: String) {
        Self.check(message, asked: "running.experienceLevel", "running.experienceLevel", .string(level))
    }

    @Test func someoneElsesNeverIsNotTheRunnersLevel() {
        Self.check("My husband Jijo says 2 hours is possible, but he has never run further than the bus stop, so 2:10 is my number. I have been running since 2021, when I did Couch to 5K in the lockdown, so I would say casual, not serious.",
                   asked: "identity.name", "running.experienceLevel", .string("casual"))
    }

    /// Races run, told about experience with the goal on file, are no new goal; a new goal said outright still is.
    @Test func racesRunAreNoNewGoal() {
        let goal: (inout Runner) -> Void = { $0.goals.goalType = .race; $0.goals.raceDistance = 21.0975; $0.goals.targetTime = 6_900 }
        let told = "Running for five years, some 10k races and one half marathon in Papeete, 2:02. Is that serious or casual?"
        Self.check(told, asked: "running.experienceLevel", "goals.targetTime", nil, goal)
        Self.check(told, asked: "running.experienceLevel", "goals.raceDistance", nil, goal)
        Self.check("Casual, and now I want to switch to the full marathon.", asked: "running.experienceLevel", "goals.raceDistance", .number(42.195)) {
            $0.goals.goalType = .race
        }
    }

    // MARK: - Days

    @Test func daysRuledOutAndSwapped() {
        Self.check("Four days: Monday, Wednesday, Friday, Sunday. Ah, Friday no, Friday I have the late shift at the Kaffeehaus. Saturday instead.",
                   asked: "schedule.availableDays", "schedule.preferredDays", Self.days("monday", "wednesday", "saturday", "sunday"))
        Self.check("Three days. Monday, Wednesday and Friday. Well, not Wednesday, that's church supper. Make it Thursday.",
                   asked: "schedule.availableDays", "schedule.preferredDays", Self.days("monday", "thursday", "friday"))
        // Control: a whole list after "make it" replaces the one before.
        Self.check("Three days: Monday, Wednesday and Saturday. Oh wait, Wednesday is my long day on this rota. Make it Monday, Thursday and Saturday.",
                   asked: "schedule.availableDays", "schedule.preferredDays", Self.days("monday", "thursday", "saturday"))
        Self.check("I can run 4 day. Tuesday, Thursday, Saturday and Sunday. Monday, Wednesday, Friday the factory bus come at 6 o'clock, no time.",
                   asked: "schedule.availableDays", "schedule.blockedDays", Self.days("monday", "wednesday", "friday"))
        Self.check("no fixd days sorry. whtevr is off", asked: "schedule.preferredDays", "schedule.preferredDays", .array([]))
    }

    @Test func workNightsAcrossTheDaysNamedFree() {
        let said = "So I work Thursday through Monday nights, which makes Tuesday and Wednesday my weekend. I can do four days: Tuesday, Wednesday, Friday and Sunday, in the afternoon before I go in. Saturday's no good, that's my mom's groceries and then straight to work."
        Self.check(said, asked: "schedule.availableDays", "schedule.blockedDays", Self.days("saturday"))
        // Control: one day named free is an exception to the group ruled out.
        Self.check("Weekdays are chaos, but Tuesday evenings work.", asked: "schedule.availableDays", "schedule.blockedDays",
                   Self.days("monday", "wednesday", "thursday", "friday"))
    }

    @Test func moreOftenThanNotIsNoNot() {
        Self.check("Whichever off day comes after a full night's sleep. That lands on a Sunday more often than not, so say Sunday.",
                   asked: "schedule.longRunDay", "schedule.blockedDays", nil)
    }

    // MARK: - Session limits

    @Test func aClockTimeIsNoSessionLength() {
        Self.check("On a work day, like an hour? I have to be on the floor by 7:30 and I need time to shower and do my hair.",
                   asked: "schedule.maxSessionDurationMinutes", "schedule.maxSessionDurationMinutes", .number(60))
        Self.check("On a work day? Forty-five minutes. I'm up at 4:30 for a six o'clock shift.",
                   asked: "schedule.maxSessionDurationMinutes", "schedule.maxSessionDurationMinutes", .number(45))
        Self.check("Two hours. Ah, on a busy day? Then one hour.", asked: "schedule.maxSessionDurationMinutes",
                   "schedule.maxSessionDurationMinutes", .number(60))
        // Control: an hours-and-minutes length still is one.
        Self.check("1:30 max", asked: "schedule.maxSessionDurationMinutes", "schedule.maxSessionDurationMinutes", .number(90))
    }

    // MARK: - Health and body

    @Test func historyToldAsPainIsNoPainNow() {
        Self.check("One time, shin pain. Doctor says shin splints. In 2023.", asked: "health.pastInjuries", "health.currentPain", nil)
        Self.check("Shin splints last year, and my knee hurts at the moment.", asked: "health.pastInjuries", "health.currentPain", Self.days("knee"))
        Self.check("Runner's knee in 2022, still a bit sore.", asked: "health.pastInjuries", "health.currentPain", Self.days("knee"))
        Self.check("Only my ego, and my lower back from the office chair. The back is more stiff than pain, relax.", asked: "health.currentPain",
                   "health.currentPain", .array([]))
    }

    @Test func injuriesInTheirWords() {
        Self.check("Getting back after a stress fracture: the sesamoid bone under my big toe, right foot, the summer just gone.",
                   asked: "goals.goalType", "health.pastInjuries", Self.days("sesamoid_stress_fracture"))
        Self.check("pulled my hammy in grade 12 at the 1500", asked: "health.pastInjuries", "health.pastInjuries", Self.days("hamstring_strain"))
    }

    /// Height and weight said as a pair, the American way; "6-3" alone (a score) is nothing.
    @Test(arguments: [
        ("29. Six-three, two-oh-five, if you need that.", 190.5, 93.0),
        ("Fifty. Six-one, one ninety, if you need that.", 185.4, 86.2),
        ("Forty-five. Five-ten, two-ten.", 177.8, 95.3),
        ("Fifty-two. I'm five foot four and about one sixty, if that helps you any.", 162.6, 72.6),
        ("41. And since everybody asks at the doctor's office: five-four, 162 pounds, working on it.", 162.6, 73.5),
    ])
    func heightAndWeightAsAPair(message: String, cm: Double, kg: Double) {
        Self.check(message, asked: "physical.age", "physical.heightCm", .number(cm))
        Self.check(message, asked: "physical.age", "physical.weightKg", .number(kg))
    }

    @Test func aScoreIsNoHeight() {
        Self.check("4. We lost 6-3, 2-1 at half time.", asked: "running.currentFrequency", "physical.heightCm", nil)
    }

    @Test func agesThatAreNotNow() {
        Self.check("Forty-five. No, forty-four, I'm forty-five come March.", asked: "physical.age", "physical.age", .number(44))
        Self.check("Oh, a good few years now. I started when I turned forty, I've done the Guernsey half twice.", asked: "running.experienceLevel",
                   "physical.age", nil)
        Self.check("I just turned 52.", asked: "physical.age", "physical.age", .number(52))
    }

    // MARK: - Coaching voice

    @Test(arguments: [("Straightforward, no fuss.", "minimalist"), ("just the plan", "minimalist"),
                      ("encourage pls im bit scared of half", "encouraging")])
    func voices(message: String, voice: String) {
        Self.check(message, asked: "coaching.coachingVoice", "coaching.coachingVoice", .string(voice))
    }
}
