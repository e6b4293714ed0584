import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// Task 13, twenty-eighth round: families of phrasing found in the blind development sets 66 to 69 (their wrong fields
/// read with the conversations). Rows are in other words than those conversations', with controls that must stay as
/// they were. Held-out sets stay unseen.
struct AnswerPhrasingTwentyEighthRoundTests {
    static func check(_ message: String, asked: String?, _ path: String, _ expected: JSONValue?,
                      _ edit: (inout Runner) -> Void = { _ in }) {
        AnswerPhrasingSeventhRoundTests.check(message, asked: asked, path, expected, edit)
    }
    static func list(_ values: String...) -> JSONValue { .array(values.map { .string($0) }) }

    // MARK: - Consent

    /// A no to the consent question that sounds like a correction ("nah", "rather not") answers the consent; it puts
    /// no earlier answer right, so the name asked before it stays.
    @Test func aNoToConsentCorrectsNothingBefore() {
        for message in ["nah rather not", "nope, rather not", "no thanks, I'd rather not"] {
            let turn = InterviewTests.hear(message, asked: "legal.healthConsentAt", previous: "identity.name") { $0.identity.name = "Jye" }
            #expect(turn.consent == false, "\(message)")
            #expect(InterviewTests.value(turn, "identity.name") == nil, "\(message): \(turn.facts)")
        }
        // Control: asked something else, a correction of the answer before is still read.
        let put = InterviewTests.hear("sorry, more like 35", asked: "running.currentFrequency", previous: "running.currentVolume") {
            $0.legal.healthConsentAt = 1
            $0.running.currentVolume = 30
        }
        #expect(InterviewTests.value(put, "running.currentVolume") == .number(35), "\(put.facts)")
    }

    // MARK: - Running now and before

    /// "a bit over a year", "a year and a half", "half a year": a running life said in words, asked for experience.
    @Test func aRunningLifeInWords() {
        let asked = "running.experienceLevel"
        Self.check("bit over a year", asked: asked, "running.experienceLevel", .string("casual"))
        Self.check("about a year and a half", asked: asked, "running.experienceLevel", .string("casual"))
        Self.check("half a year", asked: asked, "running.experienceLevel", .string("beginner"))
        // Controls: short of a year is a beginner; figures in digits as before; a month is a beginner.
        Self.check("Started in the spring, so not even a year yet.", asked: asked, "running.experienceLevel", .string("beginner"))
        Self.check("almost a yr now", asked: asked, "running.experienceLevel", .string("beginner"))
        Self.check("2 yrs", asked: asked, "running.experienceLevel", .string("casual"))
        Self.check("just a month", asked: asked, "running.experienceLevel", .string("beginner"))
    }

    /// A ride or a walk every day, in brackets after the runs, is no run every day.
    @Test func anotherDailyOutingInBrackets() {
        let asked = "running.currentVolume"
        Self.check("About 20 km a week over three runs (and I walk the dog 5 km every day, not counted).", asked: asked,
                   "running.currentFrequency", .number(3))
        // Control: running every day said outright.
        Self.check("About 35 km a week, I run every day.", asked: asked, "running.currentFrequency", .number(7))
    }

    // MARK: - Goals

    /// How long another outing took ("hiked … about five hours, but that was walking") is no finish time.
    @Test func anOutingsLengthIsNoTarget() {
        let asked = "goals.goalType"
        Self.check("The Ljubljana half in October, I want to break 1:50. Last weekend I walked the whole coast path, about six hours.",
                   asked: asked, "goals.targetTime", .number(6600))
        // Control: a time wished for in a sentence with a walk in it is still the target.
        Self.check("A marathon in May; I want to finish in about five hours, walking the hills if I must.", asked: asked,
                   "goals.targetTime", .number(18000))
    }

    // MARK: - Days

    /// "sat or sun" is one day more, not two; a terse day beside "work" is ruled out; a rota's days on are not the
    /// days to run; a day said to be a holiday is free; "the longer one" is the long run.
    @Test func theWeekInShortHand() {
        let asked = "schedule.availableDays"
        Self.check("mon n wed after work, n sat or sun", asked: asked, "schedule.availableDays", .number(3))
        Self.check("Monday and Thursday, and either Saturday or Sunday", asked: asked, "schedule.availableDays", .number(3))
        Self.check("tue-thu and sat. sun work", asked: asked, "schedule.blockedDays", Self.list("sunday"))
        Self.check("tue-thu and sat. sun work", asked: asked, "schedule.preferredDays", Self.list("tuesday", "wednesday", "thursday", "saturday"))
        Self.check("3. on a rota, 4 days 4 nights 4 off", asked: asked, "schedule.availableDays", .number(3))
        Self.check("Friday is our holiday here, so Friday and then Monday and Wednesday after the office.", asked: asked,
                   "schedule.preferredDays", Self.list("monday", "wednesday", "friday"))
        Self.check("Tuesday and Thursday early, and Sunday for the longer one.", asked: asked, "schedule.longRunDay", .string("sunday"))
        // Controls: a count said wins; two named days are two; a day of work with a run after it is still a running day.
        Self.check("3. mon, wed, and sat or sun", asked: asked, "schedule.availableDays", .number(3))
        Self.check("Saturday and Sunday", asked: asked, "schedule.availableDays", .number(2))
        Self.check("4 days, 2 of them weekends", asked: asked, "schedule.availableDays", .number(4))
    }

    /// "Thursday I keep free, in case" keeps a day free, it rules nothing out; asked for the long run, a running day on file
    /// ruled out for the long run only stays a running day.
    @Test func aDayKeptFreeAndADayNotForTheLongRun() {
        Self.check("Tuesday, Friday and Sunday. Wednesday I keep free, just in case.", asked: "schedule.preferredDays", "schedule.blockedDays", nil)
        Self.check("Tuesday, Friday and Sunday. Wednesday I work late.", asked: "schedule.preferredDays", "schedule.blockedDays", Self.list("wednesday"))
        let asked = "schedule.longRunDay"
        let onFile: (inout Runner) -> Void = { $0.schedule.preferredDays = [.tuesday, .thursday, .saturday, .sunday] }
        Self.check("Sunday. Saturday I'm at the allotment by seven, too early for a long one.", asked: asked, "schedule.blockedDays", nil, onFile)
        Self.check("Sunday. Saturday I'm at the allotment by seven, too early for a long one.", asked: asked, "schedule.longRunDay", .string("sunday"), onFile)
        // Control: a day not among the running days, ruled out, still is.
        Self.check("Sunday. Monday I work late.", asked: asked, "schedule.blockedDays", Self.list("monday"), onFile)
    }

    // MARK: - More of the week

    /// "4 mornings, short ones" is four runs; "35 all in" after the runs is the week.
    @Test func runsAndTheirTotal() {
        Self.check("Three mornings, easy ones.", asked: "running.currentFrequency", "running.currentFrequency", .number(3))
        Self.check("two weekday 5ks, sat 12ish. 22 all in", asked: "running.currentVolume", "running.currentVolume", .number(22))
        // (A figure settled on after the total wins: "twenty-odd all in. Call it twenty-two.")
        Self.check("Ten k midweek and the long one, so thirty-odd all in. Call it thirty-two.", asked: "running.currentVolume",
                   "running.currentVolume", .number(32))
        // Controls: a longer one added to a count of mornings adds a run; a total for the month is no week.
        Self.check("Two mornings a week, and a longer one on Sunday.", asked: "running.currentFrequency", "running.currentFrequency", .number(3))
        Self.check("About 25 km a week, 100 in total last month.", asked: "running.currentVolume", "running.currentVolume", .number(25))
    }

    /// A clock said as "5 o'clock" or "eleven-thirty" is a time of day in a window.
    @Test func clockWordsInAWindow() {
        let asked = "schedule.maxSessionDurationMinutes"
        Self.check("On a work day from 6 o'clock to 7:15, then the shop opens.", asked: asked, asked, .number(75))
        Self.check("Between routes from nine till about ten-thirty.", asked: asked, asked, .number(90))
        // Controls: a length in minutes and a plain window as before.
        Self.check("45 minutes", asked: asked, asked, .number(45))
        Self.check("from 10 till 11:30", asked: asked, asked, .number(90))
    }

    // MARK: - Goals and the person

    /// A distance the runner has not entered, or finds too much, is not the goal after a correction to another one.
    @Test func aDistanceNotEnteredIsNoGoal() {
        let asked = "goals.raceDistance"
        Self.check("The marathon. No, the half, I haven't actually entered the marathon.", asked: asked, asked, .number(21.0975))
        Self.check("A half in May. Hmm, no, the 10K, same weekend. The half is too much by spring.", asked: "goals.goalType", asked, .number(10))
        Self.check("The half, I never actually entered the marathon.", asked: asked, asked, .number(21.0975))
        Self.check("The 5k, I haven't signed up for the 10k.", asked: asked, asked, .number(5))
        // Control: the distance named last after a correction, with nothing against it.
        Self.check("The 10k. Sorry, no, the half.", asked: asked, asked, .number(21.0975))
    }

    /// Something else's age ("my plantar fasciitis is twelve years old") is not the runner's.
    @Test func somethingElsesAge() {
        let asked = "physical.age"
        Self.check("51. My knees are about eighty years old though.", asked: asked, asked, .number(51))
        Self.check("39, and my car is 20 years old, before you ask.", asked: asked, asked, .number(39))
        // Control: the runner's own age said with "years old".
        Self.check("I'm 44 years old.", asked: asked, asked, .number(44))
    }

    /// "It's Eilidh. Do you need my surname?": the "it's" that is all the message says is the name.
    @Test func itsTheNameBeforeTheSurnameQuestion() {
        Self.check("It's Morven. Do you need my last name too?", asked: "identity.name", "identity.name", .string("Morven"))
        // Control: the surname offered after the question is not the name.
        Self.check("Morven. Do you need my last name? It's Baird.", asked: "identity.name", "identity.name", .string("Morven"))
    }

    /// A race the runner will not enter ("…, but I am not entering") is no race goal; a distance "negotiated down from" is
    /// not the goal either.
    @Test func aRaceNotEntered() {
        let asked = "goals.goalType"
        Self.check("The parish has a 5k in April and my kids want me in it, but I'm not entering. I just want to lose some weight.",
                   asked: asked, "goals.goalType", .string("general_health"))
        Self.check("10k. I talked myself down from the half.", asked: "goals.raceDistance", "goals.raceDistance", .number(10))
        // Controls: a race the runner enters stays one; "instead of" as before.
        Self.check("The Derby 10k in April. I'm entering with my brother.", asked: asked, "goals.goalType", .string("race"))
        Self.check("The 10k instead of the half.", asked: "goals.raceDistance", "goals.raceDistance", .number(10))
    }

    /// A number in words after the distance ("A half marathon. Twenty-one kilometres") is no place in a race's name.
    @Test func aNumberInWordsIsNoPlace() {
        Self.check("A half marathon. Twenty-one kilometres, give or take.", asked: "goals.raceDistance", "goals.raceName", nil)
        // Control: a place after the distance still names the race.
        Self.check("Marathon. London, April 25th.", asked: "goals.goalType", "goals.raceName", .string("London Marathon"))
    }

    /// A predictor's time ("the calculators say 10:30") is not the runner's target.
    @Test func aPredictorsTimeIsNoTarget() {
        let asked = "goals.targetTime"
        Self.check("Under 5 hours. My watch predicts 4:40, but watches don't get cramp.", asked: asked, asked, .number(18000),
                   { $0.goals.goalType = .race; $0.goals.raceDistance = 42.195 })
        // Control: the runner's own time after a friend's.
        Self.check("My friend says 4:30. I say 4:50.", asked: asked, asked, .number(17400),
                   { $0.goals.goalType = .race; $0.goals.raceDistance = 42.195 })
    }

    /// A day said to be someone's birthday after it ("May 9 is my mother's birthday") is no race date.
    @Test func aBirthdayAfterADateIsNotTheRace() {
        Self.check("April 18. No, April 11! April 18 is my wife's birthday, I always mix them up.", asked: "goals.raceDate", "goals.raceDate",
                   AnswerPhrasingSeventhRoundTests.millis("2027-04-11"), { $0.goals.goalType = .race })
        // Control: a race on the runner's birthday keeps its date.
        Self.check("Saturday 8 May, which is my birthday.", asked: "goals.raceDate", "goals.raceDate",
                   AnswerPhrasingSeventhRoundTests.millis("2027-05-08"), { $0.goals.goalType = .race })
    }

    /// An age said outright wins over a birth year in another calendar; how old a part feels is no age.
    @Test func anAgeSaidOutright() {
        let asked = "physical.age"
        Self.check("I am 29. Born in 1989 by the Ethiopian calendar, in yours 1997.", asked: asked, asked, .number(29))
        Self.check("Forty. Forty and a bit. My back feels seventy though.", asked: asked, asked, .number(40))
        // Controls: a birth year alone still gives the age, and beside a height said with "I am".
        Self.check("Born in 1990.", asked: asked, asked, .number(36))
        Self.check("I was born in May 1950. I am 1 metre 62 and 60 kilos.", asked: asked, asked, .number(76))
    }

    /// "No — sorry, I read it wrong. Yes, you can keep it": a no put right as misread, then a yes. A no after the misreading
    /// stays a no.
    @Test func aNoPutRightAsMisread() {
        for (message, expected) in [("No, sorry, I misread. Yes, you can keep it.", true), ("Sorry, I read it wrong. Yes, that's fine.", true),
                                    ("Sorry, I misread it. No, don't keep it.", false), ("No. I read it twice, and no.", false)] {
            let turn = InterviewTests.hear(message, asked: "legal.healthConsentAt")
            #expect(turn.consent == expected, "\(message)")
        }
    }

    /// With a pace to hold and no finish time ("I just want to hold 6 minutes per kilometre"), the finish time is not asked.
    @Test func aPaceToHoldAnswersTheTarget() {
        let interview = InterviewTests.interview
        var runner = InterviewTests.runner { $0.goals.goalType = .race; $0.goals.raceDistance = 21.0975; $0.goals.targetPace = "6:00/km" }
        #expect(interview.isAnswered("goals.targetTime", runner, interview.document(runner)))
        runner.goals.targetPace = nil
        #expect(!interview.isAnswered("goals.targetTime", runner, interview.document(runner)))
    }

    /// The distance someone else wanted ("Chantal wanted the half marathon but I put my foot down") is not the goal.
    @Test func theDistanceSomeoneElseWanted() {
        let asked = "goals.raceDistance"
        Self.check("The 5K. Dorota wanted the 10K but I said no.", asked: asked, asked, .number(5))
        // Control: the runner's own wish.
        Self.check("I wanted the half marathon, and I still do.", asked: asked, asked, .number(21.0975))
    }

    /// A decade, then the age, beside someone else's age; an age after a name and an aside between dashes.
    @Test func agesBesideOthers() {
        Self.check("Early sixties. Sixty-three. My wife's fifty-nine and runs faster.", asked: "physical.age", "physical.age", .number(63))
        Self.check("Hello, I'm Oluwaseun — Seun is fine — 38, a bus mechanic in Lagos.", asked: "identity.name", "physical.age", .number(38))
        // Control: an age after a name and commas, as before.
        Self.check("I'm Tomas, 41, a welder from Brno.", asked: "identity.name", "physical.age", .number(41))
    }

    // MARK: - Health

    /// A neck, a shoulder or a wrist that aches now is pain now; "nothing in my legs" clears the legs, not the part named
    /// before it; a flare-up that "settled down" is over.
    @Test func painInOtherPlaces() {
        let asked = "health.currentPain"
        Self.check("My neck's been aching for weeks from the desk. Nothing in the legs though.", asked: asked, asked, Self.list("neck"))
        Self.check("Nothing in my feet. My right shoulder hurts when I lift the crates, most days.", asked: asked, asked, Self.list("shoulder"))
        Self.check("My wrist is sore from the secateurs. Legs fine.", asked: asked, asked, Self.list("wrist"))
        Self.check("Not now. My hip flared up in September but it settled down.", asked: asked, asked, Self.list())
        // Controls: nothing at all hurts; a femoral neck fracture told as history is no neck pain now.
        Self.check("Nothing hurts, legs are just heavy.", asked: asked, asked, Self.list())
        Self.check("No pain now. The femoral neck fracture was in 2022.", asked: asked, asked, Self.list())
    }

    /// Scoliosis is a condition; "blood presure" typed with one s is still blood pressure.
    @Test func conditionsTypedAndNamed() {
        Self.check("I have a mild scoliosis, it never stopped me.", asked: "health.currentPain", "health.medicalConditions", Self.list("scoliosis"))
        Self.check("im on pills for blood presure", asked: "physical.age", "health.medicalConditions", Self.list("high_blood_pressure"))
    }

    /// A distance left to others ("The half is for people with self-respect"), another's race said by name ("Kirsty's
    /// aiming for 3:45 in the full") or a result at a distance, asked the target ("My best marathon is 3:41"), is no goal.
    @Test func distancesThatAreNotTheGoal() {
        Self.check("The full marathon. The half is for people with sense.", asked: "goals.raceDistance", "goals.raceDistance", .number(42.195))
        Self.check("Under 11 hours. My best marathon is 3:50, so the calculators say 10 hours, but they don't run.", asked: "goals.targetTime",
                   "goals.targetTime", .number(39600), { $0.goals.goalType = .race; $0.goals.raceDistance = 100 })
        Self.check("Siobhan's aiming for 3:30 in the full. I'd be happy with 2:10.", asked: "goals.targetTime", "goals.raceDistance", nil,
                   { $0.goals.goalType = .race; $0.goals.raceDistance = 21.0975 })
        // Control: the runner's own distance said after it.
        Self.check("The marathon. The half is too easy for me now.", asked: "goals.raceDistance", "goals.raceDistance", .number(42.195))
    }

    /// "Thursday I keep free, in case": after the running days, a day kept spare is neither a running day nor ruled out.
    @Test func aSpareDay() {
        Self.check("Monday, Wednesday and Saturday. Friday I keep free, in case.", asked: "schedule.preferredDays", "schedule.preferredDays",
                   Self.list("monday", "wednesday", "saturday"))
        // Control: a later day said to suit adds to the list.
        Self.check("Monday, Wednesday and Saturday. Friday is possible too.", asked: "schedule.preferredDays", "schedule.preferredDays",
                   Self.list("monday", "wednesday", "friday", "saturday"))
    }
}
