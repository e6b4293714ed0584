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

extension AnswerPhrasingThirtiethRoundTests {
    // MARK: - The week

    static func days(_ names: String...) -> JSONValue { .array(names.map { .string($0) }) }
    static func week(_ days: Weekday..., count: Int) -> (inout Runner) -> Void {
        { runner in
            runner.schedule.preferredDays = days
            runner.schedule.availableDays = count
        }
    }

    /// Asked for the long-run day, a range said first ("Mon thru Thu. Friday's date night") is the list of running days
    /// after a broader one, and days that complete the count ("weekends + 1", then "sat sun. wed prob") are the running days.
    @Test func theRunningDaysAtTheLongRunQuestion() {
        let asked = "schedule.longRunDay", path = "schedule.preferredDays"
        let weekdays = Self.week(.monday, .tuesday, .wednesday, .thursday, .friday, count: 4)
        Self.check("Mon thru Thu. Friday's date night, my wife would kill me.", asked: asked, path,
                   Self.days("monday", "tuesday", "wednesday", "thursday"), weekdays)
        Self.check("Tuesday to Friday, mostly.", asked: asked, "schedule.longRunDay", nil, weekdays)
        let weekend = Self.week(.saturday, .sunday, count: 3)
        Self.check("sat sun. wed prob", asked: asked, path, Self.days("wednesday", "saturday", "sunday"), weekend)
        Self.check("sat sun. wed prob", asked: asked, "schedule.longRunDay", nil, weekend)
        // Controls: a long-run day with a range after it, a long-run day and a short day, a range ruled out.
        let everyDay = Self.week(.monday, .tuesday, .wednesday, .thursday, .friday, .saturday, .sunday, count: 5)
        Self.check("Sunday, or anything from Friday to Sunday really", asked: asked, path, nil, everyDay)
        Self.check("Sunday, or anything from Friday to Sunday really", asked: asked, "schedule.longRunDay", .string("sunday"), everyDay)
        Self.check("Sunday, and Wednesday is a short one", asked: asked, "schedule.longRunDay", .string("sunday"), weekend)
        Self.check("Saturday. Monday to Thursday I'm too tired after work.", asked: asked, "schedule.longRunDay", .string("saturday"),
                   Self.week(.monday, .tuesday, .wednesday, .thursday, .friday, .saturday, count: 4))
    }

    /// A day in a sentence of its own with a doubt ("Wednesday probably") still suits; an aside about a day does not.
    @Test func aDayWithADoubtStillSuits() {
        let asked = "schedule.preferredDays", path = "schedule.preferredDays"
        Self.check("Saturday and Sunday. Thursday probably.", asked: asked, path, Self.days("thursday", "saturday", "sunday"))
        Self.check("Tue, Fri. Sun perhaps", asked: asked, path, Self.days("tuesday", "friday", "sunday"))
        // Control: a later sentence that says why a day is out.
        Self.check("Tuesday, Thursday and Saturday. Mondays and Fridays the bank closes late", asked: asked, path,
                   Self.days("tuesday", "thursday", "saturday"))
    }
}
