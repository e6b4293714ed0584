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
}
