import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// A profile pasted in one go as labelled lines (the chat's bracketed paste makes it one message):
/// each line answers the question its label names. Before, "Name: Priya" was the name "Name",
/// "Hi! Here's everything:" the name "Here's", "Weekly: about 20 km over 3 runs" no volume,
/// "Injuries: none" nothing, and "Max on a workday: 60 min (weekends up to 2.5 h)" a 150-minute limit.
struct PastedFormTests {
    static func facts(_ message: String) -> [String: JSONValue] {
        // (Consent given: health lines are written, not held.)
        let turn = InterviewTests.hear(message, asked: "identity.name") { $0.legal.healthConsentAt = 1 }
        return Dictionary(turn.facts.map { ($0.path, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    @Test func aColonFormWithNoBullets() {
        let facts = Self.facts("""
            Name: Priya
            Age: 33
            Goal: first half marathon
            Race date: 18 April 2027
            Weekly: about 20 km over 3 runs
            Days: Mon, Wed, Sat
            Long run: Saturday
            Injuries: none
            Pain: none
            """)
        #expect(facts["identity.name"] == .string("Priya"))
        #expect(facts["physical.age"] == .number(33))
        #expect(facts["goals.raceDistance"] == .number(21.0975))
        #expect(facts["running.currentVolume"] == .number(20))
        #expect(facts["running.currentFrequency"] == .number(3))
        #expect(facts["schedule.preferredDays"] == .array(["monday", "wednesday", "saturday"].map { .string($0) }))
        #expect(facts["schedule.longRunDay"] == .string("saturday"))
        #expect(facts["health.pastInjuries"] == .array([]))
        #expect(facts["health.currentPain"] == .array([]))
    }

    @Test func aBulletedFormAfterAGreeting() {
        let facts = Self.facts("""
            Hi! Here's everything:
            - Name: Max Turner
            - Age: 40
            - Goal: Berlin Marathon, 27 September 2027, sub 3:30
            - Days: Tue, Thu, Sat, Sun; long run Sunday
            - Max on a workday: 60 min (weekends up to 2.5 h)
            - Coaching: analytical please
            """)
        #expect(facts["identity.name"] == .string("Max"))
        #expect(facts["physical.age"] == .number(40))
        #expect(facts["goals.targetTime"] == .number(12_600))
        #expect(facts["schedule.maxSessionDurationMinutes"] == .number(60))
        #expect(facts["schedule.longRunMaxDurationMinutes"] == .number(150))
        #expect(facts["coaching.coachingVoice"] == .string("analytical"))
    }

    @Test func starsDashesAndAnImperialVolume() {
        let facts = Self.facts("""
            about me
            * name - Tomás
            * age - 52
            * weekly - 25 miles
            * runs - 4
            * days - Mon to Thu
            * injuries - plantar fasciitis 2022
            * time per run - 90 minutes
            """)
        #expect(facts["identity.name"] == .string("Tomás"))
        #expect(facts["running.currentVolume"]?.doubleValue.map { abs($0 - 40.2) < 0.5 } == true, "25 miles")
        #expect(facts["running.currentFrequency"] == .number(4))
        #expect(facts["schedule.preferredDays"] == .array(["monday", "tuesday", "wednesday", "thursday"].map { .string($0) }))
        #expect(facts["health.pastInjuries"] == .array([.string("plantar_fasciitis")]))
        #expect(facts["schedule.maxSessionDurationMinutes"] == .number(90))
    }

    /// Controls: one labelled line in prose is no form, and a message of sentences on two lines neither.
    @Test func oneLabelIsNoForm() {
        #expect(LabelledAnswers.slots(in: "Note: I'm Sam and I run 30 km a week").isEmpty)
        #expect(LabelledAnswers.slots(in: "I'm Sam.\nI run 30 km a week.").isEmpty)
        #expect(LabelledAnswers.slots(in: "Name: Sam\nFavourite colour: blue").isEmpty, "one known label")
        #expect(Self.facts("Name: Sam\nAge: 41")["identity.name"] == .string("Sam"))
    }

    /// The busy day's limit when the weekend's longer time is said beside it, wherever the words fall.
    @Test(arguments: [
        ("60 min (weekends up to 2.5 h)", 60.0, 150.0),
        ("45 minutes on workdays, up to 2 hours at the weekend", 45, 120),
        ("2.5 h at weekends but 60 min on a workday", 60, 150),
        ("An hour and a half on a Saturday, but on a weekday like 45 minutes", 45, 90),
    ])
    func theBusyDaysLimitBesideTheWeekends(message: String, busy: Double, long: Double) {
        let turn = InterviewTests.hear(message, asked: "schedule.maxSessionDurationMinutes")
        #expect(InterviewTests.value(turn, "schedule.maxSessionDurationMinutes") == .number(busy), "\(turn.facts)")
        #expect(InterviewTests.value(turn, "schedule.longRunMaxDurationMinutes") == .number(long), "\(turn.facts)")
    }

    /// Controls: one duration, or two with no day off named, keep the limit said.
    @Test func oneLimitStaysOneLimit() {
        let one = InterviewTests.hear("40 minutes. Saturdays I have more time", asked: "schedule.maxSessionDurationMinutes")
        #expect(InterviewTests.value(one, "schedule.maxSessionDurationMinutes") == .number(40))
        let two = InterviewTests.hear("Usually 45 minutes, 60 minutes at most", asked: "schedule.maxSessionDurationMinutes")
        #expect(InterviewTests.value(two, "schedule.longRunMaxDurationMinutes") == nil, "\(two.facts)")
    }
}
