import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// Task 13, thirtieth round: families of phrasing found in the blind development sets 74 to 77 (their wrong fields read
/// with the conversations) and in conversations of my own. Rows are in other words than those conversations', with
/// controls that must stay as they were. Held-out sets stay unseen.
struct AnswerPhrasingThirtiethRoundTests {
    static func check(_ message: String, asked: String?, _ path: String, _ expected: JSONValue?,
                      _ edit: (inout Runner) -> Void = { _ in }) {
        AnswerPhrasingSeventhRoundTests.check(message, asked: asked, path, expected, edit)
    }

    // MARK: - Goals

    /// The week's running told at the goal question ("I run 3 times a week, about 20 km") is no 20 km race.
    @Test func theWeeksRunningAtTheGoalQuestion() {
        let asked = "goals.goalType"
        Self.check("I run 3 times a week, about 20 km", asked: asked, "goals.raceDistance", nil)
        Self.check("I run 3 times a week, about 20 km", asked: asked, "running.currentVolume", .number(20))
        Self.check("Four runs a week, roughly 30 km, and I'd like to keep it like that.", asked: asked, "goals.raceDistance", nil)
        // Controls: a race said beside the week's running, or on its own.
        Self.check("I run 3 times a week, the 10k", asked: asked, "goals.raceDistance", .number(10))
        Self.check("i run 3x a week, 10k in may", asked: asked, "goals.raceDistance", .number(10))
        Self.check("I run around 15k weekly, half marathon in June", asked: asked, "goals.raceDistance", .number(21.0975))
        Self.check("20 km", asked: asked, "goals.raceDistance", .number(20))
    }
}
