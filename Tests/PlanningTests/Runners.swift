import CadenceCore
import Foundation
import Knowledge
import Planning

/// The runners of issue 7 and the fixtures the plan tests share.
enum Runners {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The real safeguard files (copied from the knowledge-base content into the fixtures).
    static let safeguards: [Safeguard] = {
        (try? KnowledgeBaseFiles.load(from: fixtures.appendingPathComponent("PlanKnowledgeBase"), now: 0).safeguards) ?? []
    }()

    /// Monday 2027-01-04, 08:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_799_049_600 + 8 * 3600)

    static func date(_ text: String) -> Int64 {
        if text == "2027-01-05" { return 1_799_107_200_000 }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return Int64(formatter.date(from: text)!.timeIntervalSince1970 * 1000)
    }

    static func base(_ name: String) -> Runner {
        var runner = Runner(id: "runner-\(name.lowercased())", userId: "user-\(name.lowercased())", name: name, now: 0)
        runner.conversationState.readyForPlan = true
        return runner
    }

    /// A beginner aiming at a 5K in 10 weeks.
    static var beginner5K: Runner {
        var r = base("Bea")
        r.physical.age = 29
        r.running.experienceLevel = .beginner
        r.running.currentVolume = 6
        r.running.currentFrequency = 2
        r.goals = .init(goalType: .race, raceDistance: 5, raceDate: date("2027-03-14"), raceName: "Parkrun 5K", goalPriority: .finish)
        r.schedule = .init(availableDays: 3, preferredDays: [.tuesday, .thursday, .saturday], longRunDay: .saturday,
                           maxSessionDurationMinutes: 45)
        r.health = .init(pastInjuries: [], currentPain: [])
        return r
    }

    /// A returning runner with shin splints aiming at a half marathon in 12 weeks.
    static var returningHalf: Runner {
        var r = base("Rui")
        r.physical.age = 36
        r.physical.maxHeartRate = 186
        r.physical.restingHeartRate = 54
        r.running.experienceLevel = .returning
        r.running.currentVolume = 15
        r.running.currentFrequency = 3
        r.running.easyPace = "6:15/km"
        r.goals = .init(goalType: .race, raceDistance: 21.0975, raceDate: date("2027-03-28"), raceName: "Riverside Half",
                        targetTime: 2 * 3600 + 5 * 60, goalPriority: .timeGoal)
        r.schedule = .init(availableDays: 4, preferredDays: [.monday, .wednesday, .friday, .sunday], blockedDays: [.thursday],
                           longRunDay: .sunday, hasGymAccess: true, hasHillsAccess: true)
        r.health = .init(pastInjuries: ["shin_splints"], currentPain: [])
        return r
    }

    /// A 55-year-old marathoner running 3 days a week.
    static var mastersMarathon: Runner {
        var r = base("Mo")
        r.physical.age = 55
        r.running.experienceLevel = .serious
        r.running.currentVolume = 35
        r.running.currentFrequency = 3
        r.running.personalBests = .init(halfMarathon: .init(time: 1 * 3600 + 48 * 60, date: date("2026-10-04"), source: "manual"))
        r.goals = .init(goalType: .race, raceDistance: 42.195, raceDate: date("2027-05-02"), raceName: "Spring Marathon",
                        targetTime: 3 * 3600 + 50 * 60, goalPriority: .timeGoal)
        r.schedule = .init(availableDays: 3, preferredDays: [.tuesday, .thursday, .sunday], longRunDay: .sunday)
        r.health = .init(pastInjuries: ["achilles_tendinopathy"], currentPain: [])
        return r
    }

    /// A competitive 10K runner with 6 days.
    static var competitive10K: Runner {
        var r = base("Kip")
        r.physical.age = 27
        r.physical.maxHeartRate = 194
        r.running.experienceLevel = .competitive
        r.running.currentVolume = 60
        r.running.currentFrequency = 6
        r.running.personalBests = .init(tenK: .init(time: 35 * 60 + 30, date: date("2026-11-01"), source: "manual"))
        r.goals = .init(goalType: .race, raceDistance: 10, raceDate: date("2027-04-11"), raceName: "City 10K",
                        targetTime: 34 * 60 + 30, goalPriority: .pr)
        r.schedule = .init(availableDays: 6, blockedDays: [.friday], longRunDay: .sunday, hasTrackAccess: true)
        r.health = .init(pastInjuries: [], currentPain: [])
        return r
    }

    /// Base building, no race.
    static var baseBuilder: Runner {
        var r = base("Ana")
        r.physical.age = 42
        r.running.experienceLevel = .casual
        r.running.currentVolume = 20
        r.running.currentFrequency = 3
        r.goals = .init(goalType: .baseBuilding, targetVolume: 30)
        r.schedule = .init(availableDays: 4, longRunDay: .saturday, maxSessionDurationMinutes: 75)
        r.health = .init(pastInjuries: [], currentPain: [])
        return r
    }

    static func plan(_ runner: Runner, start: Date = now) throws -> CheckedPlan {
        try PlanService(clock: .fixed(now), ids: .sequential(prefix: "id")).generate(for: runner, safeguards: safeguards, start: start)
    }
}
