import CadenceCore
import Foundation
import Planning
import Testing

/// Matching runs to planned sessions and the documented adherence score, against values worked
/// out by hand from the documentation.
struct SessionMatcherTests {
    /// Monday 2027-01-04 as a day number.
    static let monday = CivilDay.number(year: 2027, month: 1, day: 4)

    static func session(_ id: String, day: Int, type: PlannedSessionType = .easy, seconds: Double? = 2400, meters: Double? = 8000,
                        pace: (String, String)? = ("5:00/km", "5:20/km"), rest: Bool = false) -> PlannedSession {
        var s = PlannedSession(id: id, planId: "plan", runnerId: "r", weekNumber: (day - monday) / 7 + 1, dayOfWeek: .monday,
                               dayOfWeekShort: "Mon", scheduledDate: Int64(day) * 86_400_000, sessionType: rest ? .rest : type,
                               sessionTypeDisplay: rest ? "Rest" : "Easy", isKeySession: false, isRestDay: rest,
                               targetDurationDisplay: "40 min", effortLevel: 3, effortDisplay: "3/10", description: "",
                               justification: "", physiologicalTarget: .aerobicBase, isMoveable: true, status: .scheduled)
        s.targetDurationSeconds = rest ? nil : seconds
        s.targetDistanceMeters = rest ? nil : meters
        s.targetPaceMin = rest ? nil : pace?.0
        s.targetPaceMax = rest ? nil : pace?.1
        return s
    }

    static func run(_ id: String, day: Int, seconds: Double, meters: Double) -> SessionMatcher.Run {
        let start = Int64(day) * 86_400_000 + 7 * 3_600_000
        var a = Activity(id: id, runnerId: "r", userId: "u", externalId: id, source: .garmin, startTime: start,
                         endTime: start + Int64(seconds * 1000), activityType: .running, importedAt: 0, lastSyncedAt: 0)
        a.movingTimeSeconds = seconds
        a.durationSeconds = seconds
        a.distanceMeters = meters
        return SessionMatcher.Run(activity: a, day: day)
    }

    @Test func adherenceFollowsTheDocumentedFormula() {
        let s = Self.session("s", day: Self.monday)
        // On target: 40 min, 8 km at 5:00/km (inside 5:00-5:20).
        #expect(SessionMatcher.adherence(s, Self.run("a", day: Self.monday, seconds: 2400, meters: 8000).activity) == 1)
        // Half the time and distance: 0 and 0; pace on target: 1 → 0.3 / 1.0.
        #expect(SessionMatcher.adherence(s, Self.run("b", day: Self.monday, seconds: 1200, meters: 4000).activity) == 0.3)
        // 50 min for 8 km: duration 1 − log2(1.25) = 0.678; distance 1; pace 6:15/km is 13.8 % beyond
        // 5:20 + 3 % → 1 − 0.1377/0.15 = 0.082; 0.4·0.678 + 0.3 + 0.3·0.082 = 0.596.
        #expect(SessionMatcher.adherence(s, Self.run("c", day: Self.monday, seconds: 3000, meters: 8000).activity) == 0.6)
        // Nothing specified: done is done.
        let open = Self.session("o", day: Self.monday, seconds: nil, meters: nil, pace: nil)
        #expect(SessionMatcher.adherence(open, Self.run("d", day: Self.monday, seconds: 600, meters: 2000).activity) == 1)
    }

    @Test func runsMatchTheirDayThenAMovedDayAndMissedDaysAreSkipped() {
        let m = Self.monday
        let sessions = [Self.session("mon", day: m), Self.session("tue", day: m + 1, rest: true),
                        Self.session("wed", day: m + 2), Self.session("sat", day: m + 5),
                        Self.session("next-mon", day: m + 7)]
        let runs = [Self.run("r-mon", day: m, seconds: 2400, meters: 8000), Self.run("r-thu", day: m + 3, seconds: 2300, meters: 7600)]
        let results = SessionMatcher().match(sessions: sessions, runs: runs, today: m + 6)
        let byId = Dictionary(uniqueKeysWithValues: results.map { ($0.sessionId, $0) })
        #expect(byId["mon"]?.status == .completed && byId["mon"]?.activityId == "r-mon")
        #expect(byId["wed"]?.status == .rescheduled && byId["wed"]?.activityId == "r-thu")
        #expect(byId["sat"]?.status == .skipped && byId["sat"]?.activityId == nil)
        #expect(byId["next-mon"]?.status == .scheduled)
        #expect(byId["tue"] == nil)   // rest days are not matched
        #expect(byId["mon"]?.actualDistanceMeters == 8000 && byId["mon"]?.actualDurationSeconds == 2400)
        // One run per session and one session per run, and the same input gives the same outcome.
        #expect(results.compactMap(\.activityId).count == Set(results.compactMap(\.activityId)).count)
        #expect(SessionMatcher().match(sessions: sessions, runs: runs.reversed(), today: m + 6) == results)
    }

    @Test func aRunFarBelowPlanOnItsDayIsModified() {
        let m = Self.monday
        let results = SessionMatcher().match(sessions: [Self.session("mon", day: m)],
                                             runs: [Self.run("short", day: m, seconds: 900, meters: 2500)], today: m + 1)
        #expect(results.first?.status == .modified)
        #expect((results.first?.adherence ?? 1) < SessionMatcher.modifiedBelow)
    }

    @Test func aRunInAnotherWeekDoesNotFulfilThisWeek() {
        let m = Self.monday
        let results = SessionMatcher().match(sessions: [Self.session("mon", day: m)],
                                             runs: [Self.run("next", day: m + 7, seconds: 2400, meters: 8000)], today: m + 8)
        #expect(results.first?.status == .skipped)
    }
}
