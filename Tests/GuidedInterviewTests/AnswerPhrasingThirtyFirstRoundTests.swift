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
    }
}
