import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// Task 13, thirty-first round: families of phrasing found in the blind development sets 78 to 81 (their wrong fields read
/// with the conversations) and in conversations of my own. Rows are in other words than those conversations', with
/// controls that must stay as they were. Held-out sets stay unseen.
struct AnswerPhrasingThirtyFirstRoundTests {
    static func check(_ message: String, asked: String?, _ path: String, _ expected: JSONValue?,
                      _ edit: (inout Runner) -> Void = { _ in }) {
        AnswerPhrasingSeventhRoundTests.check(message, asked: asked, path, expected, edit)
    }
    static func day(_ iso: String) -> JSONValue { AnswerPhrasingSeventhRoundTests.millis(iso) }

    // MARK: - Goals

    /// "The first weekend of June 2027", no day said, is that weekend's Sunday; a day said picks it.
    @Test func aWeekendOfTheMonthWithoutItsDay() {
        let asked = "goals.raceDate", path = "goals.raceDate"
        Self.check("first weekend of June 2027", asked: asked, path, Self.day("2027-06-06"))
        Self.check("It's the last weekend in March", asked: asked, path, Self.day("2027-03-28"))
        // Controls: the day said.
        Self.check("3rd weekend of march the saturday", asked: asked, path, Self.day("2027-03-20"))
        Self.check("3rd weekend of march, sunday", asked: asked, path, Self.day("2027-03-21"))
        Self.check("Saturday, June 19th. It's always the third weekend in June.", asked: asked, path, Self.day("2027-06-19"))
    }

    // MARK: - The running now

    /// A month's total is a week's worked out ("roughly 100 km a month" is about 23); "in km that's about 32" after a
    /// figure in miles is 32 km, not 32 miles; runs told by time beside a parkrun are no 5 km week; "intermediate" is casual.
    @Test func theWeekSaidOtherwise() {
        let asked = "running.currentVolume", path = "running.currentVolume"
        Self.check("roughly 100 km a month", asked: asked, path, .number(23))
        Self.check("60 miles a month", asked: asked, path, .number(22.2))
        Self.check("20 miles give or take, I think in km that's about 32", asked: asked, path, .number(32))
        Self.check("I do two 40 minute runs and a parkrun", asked: asked, path, nil)
        // Controls: a week said beside a month's, a figure in miles converted, a parkrun alone.
        Self.check("25k a week, so about 100 a month", asked: asked, path, .number(25))
        Self.check("20 miles, about 32 km", asked: asked, path, .number(32.2))
        Self.check("just a parkrun on saturdays", asked: asked, path, .number(5))
        Self.check("I'd say intermediate", asked: "running.experienceLevel", "running.experienceLevel", .string("casual"))
        Self.check("somewhere between beginner and intermediate", asked: "running.experienceLevel", "running.experienceLevel", .string("beginner"))
    }

    // MARK: - The person and their health

    /// Injuries not from running told after "nothing from running": a ligament torn in a part, a bone broken with "did"
    /// or with "big" or "little", a part "hurt" in a year, a shoulder that "came out", a hammer toe.
    @Test func injuriesBesideNoneFromRunning() {
        let asked = "health.pastInjuries", path = "health.pastInjuries"
        func list(_ items: String...) -> JSONValue { .array(items.map { .string($0) }) }
        Self.check("None from running, but I tore a ligament in my finger in 2020 at climbing.", asked: asked, path, list("finger_ligament_tear"))
        Self.check("Not from running. I did break my ankle on a skateboard in 2011 though.", asked: asked, path, list("ankle_fracture"))
        Self.check("Smashed? No. I broke my little toe on the bed frame in 2023.", asked: asked, path, list("toe_fracture"))
        Self.check("Nothing running-wise. I hurt my back in 2019 moving house.", asked: asked, path, list("back_pain"))
        Self.check("My right shoulder popped out playing water polo, years ago.", asked: asked, path, list("shoulder_injury"))
        Self.check("Only a hammer toe, operated in 2016.", asked: asked, path, list("hammer_toe"))
        // Controls: none at all, a back said to be fine, a year put right leaves the injury.
        Self.check("Nothing from running, no.", asked: asked, path, .array([]))
        Self.check("Nothing from running, touch wood. My back is fine.", asked: asked, path, .array([]))
        Self.check("A stress fracture in 2020. No, 2019, the spring of my first marathon. Third metatarsal.", asked: asked, path, list("stress_fracture"))
    }

    /// A medicine said by count beside its condition ("one tablet in the morning") is a medicine and no running time; a
    /// condition with no medicine kind of its own is treated by its medication; "So, no." closes the pain answer.
    @Test func medicinesAndTheAnswerConcludedOn() {
        Self.check("High cholesterol, one pill at night.", asked: "health.medications", "health.medications", .array([.string("statin")]))
        Self.check("High cholesterol, one pill at night.", asked: "health.medications", "schedule.preferredTime", nil)
        Self.check("I've got restless legs syndrome and take tablets for it.", asked: "health.medications", "health.medications",
                   .array([.string("restless_legs_medication")]))
        Self.check("My hips ache when it's cold. It's not cold today. So, no.", asked: "health.currentPain", "health.currentPain", .array([]))
        // Controls: the medicine ruled out, a pain said and kept.
        Self.check("Restless legs, but no medication for it.", asked: "health.medications", "health.medications", .array([]))
        Self.check("My hip aches since Saturday. So yes.", asked: "health.currentPain", "health.currentPain", .array([.string("hip")]))
    }

    /// A style feared ("if you are strict I will cry") is not chosen; a request put as a question ("Can you be
    /// encouraging?") is; "forty-something" is no age.
    @Test func voiceAskedForAndAgeSaidLoosely() {
        let asked = "coaching.coachingVoice", path = "coaching.coachingVoice"
        Self.check("Kind, please. If you're too harsh I'll quit.", asked: asked, path, .string("encouraging"))
        Self.check("Could you be encouraging? I respond better to that.", asked: asked, path, .string("encouraging"))
        // Control: a style asked about, not chosen, is still no choice.
        Self.check("Is it better to be strict with me?", asked: asked, path, nil)
        Self.check("Nothing hurts, just stiff, that's being fifty-something.", asked: "health.currentPain", "physical.age", nil)
        Self.check("Nothing hurts, just stiff, that's being fifty-three.", asked: "health.currentPain", "physical.age", .number(53))
    }

    /// Hours of a working day said just before a working week ("eight till four, Monday to Friday") name no running days;
    /// a run dropped ("I dropped the Wednesday run") is no run now; a stretch of a race's course is not its distance.
    @Test func daysOfWorkAndRunsDropped() {
        Self.check("Four days. The depot is seven till three, Monday to Friday, so it's afternoons.", asked: "schedule.availableDays",
                   "schedule.preferredDays", nil)
        Self.check("Four times. Three, actually, I dropped the Friday run in October.", asked: "running.currentFrequency",
                   "running.currentFrequency", .number(3))
        Self.check("It's a marathon, but 10 miles of it are uphill.", asked: "goals.goalType", "goals.raceDistance", .number(42.195))
        // Controls: the days alone, a race's distance said alone.
        Self.check("4 days, Monday to Thursday", asked: "schedule.availableDays", "schedule.preferredDays",
                   .array(["monday", "tuesday", "wednesday", "thursday"].map { .string($0) }))
        Self.check("A 10 mile race", asked: "goals.goalType", "goals.raceDistance", .number(16.09344))
    }
}

extension AnswerPhrasingThirtyFirstRoundTests {
    /// "No time goal, I just want to finish", said with the race before the finish time is asked, passes that question over;
    /// "I've been at it a couple of years" after the running is said is a casual runner's experience.
    @Test func noTimeGoalSaidWithTheRace() {
        let questions = AnswerPhrasingThirtiethRoundTests.questions("identity.name", "goals.goalType", "goals.targetTime", "running.currentVolume")
        let interview = Interview(questions: questions)
        let opening = "Hi, I'm Bea. I've entered the Fenland 10k on Sunday the 14th of March, no time goal, I just want to finish "
            + "without walking. I run about 12k a week over three runs, and I've been at it a couple of years."
        let (runner, state) = AnswerPhrasingTwentyFifthRoundTests.converse(interview, [opening])
        #expect(runner.goals.raceDistance == 10)
        #expect(runner.running.experienceLevel == .casual)
        #expect(state.skipped.contains("goals.targetTime"))
        // Controls: a target said is kept; a race said with no word of time still asks for it.
        let (timed, _) = AnswerPhrasingTwentyFifthRoundTests.converse(interview, ["Hi, I'm Bea. The Fenland 10k in March, I'd like 55 minutes."])
        #expect(timed.goals.targetTime == 3300)
        let (plain, asked) = AnswerPhrasingTwentyFifthRoundTests.converse(interview, ["Hi, I'm Bea. The Fenland 10k in March."])
        #expect(plain.goals.targetTime == nil)
        #expect(!asked.skipped.contains("goals.targetTime"))
        Self.check("I'm a bus driver, I've been at it 20 years.", asked: "identity.name", "running.experienceLevel", nil)
    }
}
