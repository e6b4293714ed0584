import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// The readers that take an answer as a whole (`WeekFigures`, `ExperienceEvidence`, `DayChoice`), on the answers that
/// broke or nearly broke them: found on the blind slot sets and on corpus conversations while they were written.
struct SlotReadersTests {
    static func heard(_ message: String, _ asked: String, _ path: String? = nil) -> JSONValue? {
        InterviewTests.value(SlotReference.hear(message, asked: asked), path ?? asked)
    }

    @Test(arguments: [
        ("in between 30-40 kms", 35.0),
        ("Tuesday 6k, Thursday 6k, Sunday 12k", 24),
        ("i run abt 4k 3 times weekly", 12),
        ("Was 60k a week before covid, now I'm lucky to get 10", 10),
        ("16k, no 18k", 18),
        ("I'll do like 5 miles one day and maybe 3 another", 12.9),
        ("Used to do 100k weeks. Now 0, recovering from surgery.", 0),
        // A weekly total is the week: the sessions after it are not added ("Two club sessions and parkrun").
        ("Honestly I don't know, maybe 15k a week? Two club sessions and parkrun.", 15),
        ("I'm doing around 40k a week over four runs, one of them's parkrun on a Saturday", 40),
        // "so three of those" counts runs, not kilometres.
        ("About 15k a week now in term time. I run along the prom, that's five and a bit, so three of those.", 15),
        ("Around 60 km a week. No, 60 was my best week, in October. Normally it is 50.", 50),
        ("Sixty miles a week right now. Eighty in the summer, when I'm out moving pipe anyway.", 96.6),
        ("Fifty k a week, give or take, but it's all up and down, so more like eight hour on me feet.", 50),
    ])
    func weeklyDistance(message: String, km: Double) {
        #expect(Self.heard(message, "running.currentVolume")?.doubleValue == km, "\(message)")
    }

    /// Numbers that are no week's running: a loop count, "this one".
    @Test(arguments: ["In a backyard there is no finish time, the clock runs the race. Only the number of loops: 24.", "I'll come back to this one"])
    func noWeeklyDistance(message: String) {
        #expect(Self.heard(message, "running.currentVolume") == nil, "\(message)")
    }

    @Test(arguments: [
        ("Four, usually. Three if the shop's slammed.", 4.0),
        ("Three, sometimes four.", 3),
        ("Three times. Twice on me own and once with the running club down the Marshes.", 3),
        ("Four times, two of them with the club.", 4),
        ("Three times, one day yes, one day no.", 3),
        ("2 runs, 1 parkrun", 3),
        ("2 weekday runs and a long run", 3),
        ("I aim for 4 but usually manage 3", 3),
        ("want to start with 3 a week, haven't done any yet", 0),
        ("4 runs and 2 bike sessions", 4),
        ("every day but sunday, and wednesdays are just a short shakeout", 6),
        ("quatre fois par semaine", 4),
    ])
    func runsPerWeek(message: String, runs: Double) {
        #expect(Self.heard(message, "running.currentFrequency")?.doubleValue == runs, "\(message)")
    }

    /// A finish-time answer that lands on the volume question holds no count of runs.
    @Test func aPacerIsNoCount() {
        let turn = SlotReference.hear("If I'm over the line before the four-hour pacer I'll be greetin' my eyes out. Kirsty says she's going for 3:45.",
                                      asked: "running.currentVolume")
        #expect(InterviewTests.value(turn, "running.currentFrequency") == nil, "\(turn.facts)")
    }

    @Test(arguments: [
        ("race nearly every weekend, usually on the AG podium", "competitive"),
        ("5k PB 21:30, trying to break 20 this year", "serious"),
        ("weekend warrior", "casual"),
        ("I'm a lapsed runner", "returning"),
        ("zero experience", "beginner"),
        ("I was competitive in my 20s, now just jog for fun", "casual"),
        ("Running is a big part of my life, I do a structured plan and race a lot", "serious"),
        ("been jogging since uni, not competitive at all", "casual"),
        ("Run 3 times a week for 2 yrs. Did a 10k last year in 58 min. Want to get faster", "casual"),
        // An option picked in so many words stands over what the rest suggests.
        ("Ran Boston for charity in 2019 and a couple of halves since. Casual, I'd say.", "casual"),
        ("Serious, not competitive, I'm a mid-pack guy. I've done three 50ks and a 75k.", "serious"),
        ("A beginner, I suppose. I used to run the 100 metres at school back home, but that was 1993.", "beginner"),
    ])
    func experience(message: String, level: String) {
        #expect(Self.heard(message, "running.experienceLevel")?.stringValue == level, "\(message)")
    }

    @Test(arguments: [
        ("sunday or wednesday, i'll say wednesday", "wednesday"),
        ("Tuesday — Sundays are impossible with my shifts", "tuesday"),
        ("Friday, since I work Saturday and Sunday", "friday"),
        ("Saturday, so Sunday I can sleep in. Tiff wants to do hers Sunday because of church.", "saturday"),
        ("Sunday. Or Saturday... no, Sunday, on Saturday we work until one on the site.", "sunday"),
        ("Domingo", "sunday"),
        ("sun or mon, prob mon", "monday"),
    ])
    func longRunDay(message: String, day: String) {
        #expect(Self.heard(message, "schedule.longRunDay")?.stringValue == day, "\(message)")
    }

    /// Left open, or a list of running days: no long-run day.
    @Test(arguments: ["idk, sat or sun", "Sunday? Saturday? Eh you decide", "Monday, Tuesday, Thursday, Saturday and Sunday."])
    func noLongRunDay(message: String) {
        let day = Self.heard(message, "schedule.longRunDay")?.stringValue
        #expect(day == nil || message.hasPrefix("Monday") && day != "monday", "\(message) → \(day ?? "-")")
    }

    @Test(arguments: [
        ("all days fine except thursdays", 6.0, ["monday", "tuesday", "wednesday", "friday", "saturday", "sunday"]),
        ("Samstag und Sonntag, and Mittwoch evening", 3, ["wednesday", "saturday", "sunday"]),
        ("M/W/F", 3, ["monday", "wednesday", "friday"]),
        ("Sat/Sun plus one weekday evening, probably wed", 3, ["wednesday", "saturday", "sunday"]),
    ])
    func days(message: String, count: Double, days: [String]) {
        let turn = SlotReference.hear(message, asked: "schedule.availableDays")
        #expect(InterviewTests.value(turn, "schedule.availableDays")?.doubleValue == count, "\(message): \(turn.facts)")
        #expect(InterviewTests.value(turn, "schedule.preferredDays")?.arrayValue?.compactMap(\.stringValue) == days, "\(message): \(turn.facts)")
    }

    /// "few years back" is a time, not the back; a hamstring is a "hammy".
    @Test func yearsBackIsNoBack() {
        let injuries = Self.heard("Did me hammy at the footy few years back, otherwise she'll be right", "health.pastInjuries")
        #expect(injuries == .array([.string("hamstring_strain")]))
    }

    @Test(arguments: [
        ("knee and ankle both a bit sore", ["knee", "ankle"]),
        ("A bit of pain in my left hip and my right knee. Weird combo", ["hip", "knee"]),
        ("arch of my right foot", ["foot"]),
        ("Itb is acting up again, right side", ["it_band"]),
        ("my waist is paining me", ["back"]),
    ])
    func painNow(message: String, parts: [String]) {
        #expect(Self.heard(message, "health.currentPain")?.arrayValue?.compactMap(\.stringValue) == parts, "\(message)")
    }
}

/// A consent answer that leaves the question open is no yes, however short ("maybe ok" holds an "ok").
struct ConsentLeftOpenTests {
    @Test(arguments: ["maybe ok", "not sure, ok?", "how long do you keep it for", "hmm not sure", "yes and no", "ok maybe", "fine, not sure", "sure? what for", "yes but not my weight", "ok, idk"])
    func leftOpen(message: String) {
        #expect(InterviewTests.hear(message, asked: "legal.healthConsentAt").consent == nil, "\(message)")
    }
}

/// Answers that open like a question but are none: "Is okay." agrees.
struct ConsentNotAQuestionTests {
    @Test(arguments: ["Is okay.", "Is fine for me", "can't see why not"])
    func agrees(message: String) {
        #expect(InterviewTests.hear(message, asked: "legal.healthConsentAt").consent == true, "\(message)")
    }
}

/// Days not named yet are counted, whatever else the answer says about weekdays.
struct UnnamedDaysTests {
    @Test(arguments: [
        ("i can do 2 weekdays and both weekend days", 4.0),
        ("Weekend days and one day in middle of week, maybe Wednesday", 3),
        ("3x a week. Wed is my only free weekday evening, plus sat and sun", 3),
    ])
    func counted(message: String, count: Double) {
        let turn = SlotReference.hear(message, asked: "schedule.availableDays")
        #expect(InterviewTests.value(turn, "schedule.availableDays")?.doubleValue == count, "\(message): \(turn.facts)")
    }

    /// "every weekday morning" is every weekday; "my only free weekday evening" is not all of them.
    @Test func everyWeekdayMorning() {
        let turn = SlotReference.hear("I run every weekday morning", asked: "running.currentFrequency")
        #expect(InterviewTests.value(turn, "running.currentFrequency")?.doubleValue == 5, "\(turn.facts)")
    }
}
