import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// Task 13, thirty-fifth round: families of phrasing found in the blind development sets 94 to 97 (their wrong fields
/// read with the conversations). Rows are in other words than those conversations', with controls that must stay as
/// they were. Held-out sets stay unseen.
struct AnswerPhrasingThirtyFifthRoundTests {
    static func check(_ message: String, asked: String?, _ path: String, _ expected: JSONValue?,
                      _ edit: (inout Runner) -> Void = { _ in }) {
        AnswerPhrasingSeventhRoundTests.check(message, asked: asked, path, expected, edit)
    }
    static let days = AnswerPhrasingSeventhRoundTests.days

    // MARK: - The person

    /// The name everyone uses over a "real" one nobody does; one letter alone is no name.
    @Test func theNameEveryoneUses() {
        let asked = "identity.name", path = "identity.name"
        Self.check("The whole yard calls me Bear. Real name's Gregory Doyle, but nobody uses it.", asked: asked, path, .string("Bear"))
        Self.check("All my mates call me Stretch — Norman on paper, but no one says it.", asked: asked, path, .string("Stretch"))
        Self.check("Anouk. No K at the end, people always add one.", asked: asked, path, .string("Anouk"))
        // Controls: a nickname with the real name wanted, and initials.
        Self.check("Everyone calls me Lizzie but I prefer Elizabeth.", asked: asked, path, .string("Elizabeth"))
        Self.check("J.R. Don't ask what it stands for.", asked: asked, path, .string("J.R."))
    }

    /// An age said as a birth year in words, as "a man of 61", or as turned last month; a height in feet is no age.
    @Test func anAgeSaidSideways() {
        let path = "physical.age"
        Self.check("Nineteen sixty-one. Work it out yourself.", asked: "physical.age", path, .number(65))
        Self.check("Not bad going for a woman of 64, I'd say.", asked: "goals.goalType", path, .number(64))
        Self.check("Agnes Pryce. Sixty-eight last month, so don't bother asking.", asked: "identity.name", path, .number(68))
        // Controls: a height with hyphens, a distance in words, someone else's age.
        Self.check("Call me Dez. I'm six-foot-two, for what it's worth.", asked: "identity.name", path, nil)
        Self.check("Call me Dez. I'm six-foot-two, for what it's worth.", asked: "identity.name", "physical.heightCm", .number(188))
        Self.check("My dad ran it as a man of 70.", asked: "goals.goalType", path, nil)
        Self.check("The cardiologist said I have the heart of a man of sixty. Go and run, he said.", asked: "health.pastInjuries", path, nil)
    }

    // MARK: - Goals

    /// What the runner does now, or a word that only opens like "speed", is no speed goal.
    @Test func noSpeedGoalFromAHabitOrAPlace() {
        let asked = "goals.goalType", path = "goals.goalType"
        Self.check("Pavel, and for the record I can still beat my son round the park.", asked: "identity.name", path, nil)
        Self.check("My brother races at the speedway every Sunday and I hand out the drinks.", asked: asked, path, nil)
        // Controls: a wish to beat a time, and a plain speed goal.
        Self.check("I want to beat my PB from last spring.", asked: asked, path, .string("speed"))
        Self.check("Speed, mostly. I'm tired of being slow.", asked: asked, path, .string("speed"))
    }

    /// A race's name made with another language's word for a race, "Big" before a capitalised kind, a "Mini", a race said
    /// again as the goal after its history, and the distance someone named is doing.
    @Test func raceNamesOfOtherShapes() {
        let asked = "goals.goalType", path = "goals.raceName"
        Self.check("Vasaloppet, the summer running one. Is that a race for you?", asked: asked, path, .string("Vasaloppet"))
        Self.check("A race. The Rhein-Ruhr Silvesterlauf, if I can find the start.", asked: asked, path, .string("Silvesterlauf"))
        Self.check("The Big Half, the one over Tower Bridge.", asked: asked, path, .string("Big Half"))
        Self.check("The Lakeshore Mini — thirteen miles along the water.", asked: asked, path, .string("Lakeshore Mini"))
        Self.check("I ran the Fargo Marathon last year and hated it. But I'm back: the Fargo Marathon again, in May.", asked: asked, path,
                   .string("Fargo Marathon"))
        Self.check("The Harbour Half. Our Jodie's doing the 5K that morning.", asked: asked, "goals.raceDistance", .number(21.0975))
        // Controls: half of a town, a race done before, a race done and not said again.
        Self.check("Half of Leeds knows me from the bakery, ha.", asked: "identity.name", path, nil)
        Self.check("Half in Cardiff, in the autumn.", asked: asked, path, .string("Cardiff Half Marathon"))
        Self.check("I ran the Bix last year and loved it.", asked: asked, path, nil)
    }

    // MARK: - Running

    /// A week's figure given per fortnight in its own sentence; a season's figure in miles, then the one now.
    @Test func figuresForOtherPeriods() {
        let path = "running.currentVolume"
        Self.check("Thirty k. Every two weeks, mind.", asked: path, path, .number(15))
        Self.check("in track season we did like 40 miles a wk but now its 15 maybe", asked: path, path, .number(24.1))
        // Control: a week's figure alone.
        Self.check("Thirty k. Every week, mind.", asked: path, path, .number(30))
    }

    // MARK: - The week

    /// Days named after a list as an aside (after a dash, or after a span said alone) are no running days; a count
    /// closing the answer after a colon picks the days it counts.
    @Test func asidesAfterAListOfDays() {
        let asked = "schedule.availableDays", path = "schedule.preferredDays"
        Self.check("Monday, Wednesday, Thursday and Saturday — the bakery opens at four on Tuesdays and Fridays.", asked: asked, path,
                   Self.days("monday", "wednesday", "thursday", "saturday"))
        Self.check("Monday through Thursday. We sail Friday to Sunday and I'm wrecked after.", asked: asked, path,
                   Self.days("monday", "tuesday", "wednesday", "thursday"))
        Self.check("Clinic's Monday to Wednesday, twelve-hour days, so those are out. Thursday, Friday and the weekend: four.", asked: asked, path,
                   Self.days("thursday", "friday", "saturday", "sunday"))
        Self.check("Clinic's Monday to Wednesday, twelve-hour days, so those are out. Thursday, Friday and the weekend: four.", asked: asked,
                   "schedule.availableDays", .number(4))
        // Controls: a dash that fills the list, and a list said alone.
        Self.check("Tuesdays and Thursdays, and one day at the weekend — probably Saturday.", asked: asked, path,
                   Self.days("tuesday", "thursday", "saturday"))
        Self.check("Monday, Wednesday and Friday.", asked: asked, path, Self.days("monday", "wednesday", "friday"))
    }

    // MARK: - Health

    /// Clearance said as permission given, a run "okayed", an orthopod, or the race itself said to be fine.
    @Test func clearanceInOtherWords() {
        let asked = "goals.goalType", path = "health.hasPhysicianClearance"
        let consented: (inout Runner) -> Void = { $0.legal.healthConsentAt = 1 }
        Self.check("Back from a broken ankle. In November the surgeon gave me permission to run again.", asked: asked, path, .bool(true), consented)
        Self.check("Coming back from a hip op; the orthopod's cleared me to jog with walk breaks.", asked: asked, path, .bool(true), consented)
        Self.check("Back after knee surgery, my physio okayed running in October.", asked: asked, path, .bool(true), consented)
        Self.check("I take bisoprolol, and after the stress test my cardiologist said the marathon is fine.", asked: "health.medications", path,
                   .bool(true), consented)
        // Controls: permission not given yet (no clearance), and only promised.
        Self.check("Coming back from a broken ankle; the surgeon hasn't given me permission to run yet.", asked: asked, path, .bool(false), consented)
        Self.check("My surgeon will give me permission to run once the scan is back.", asked: asked, path, nil, consented)
    }
}
