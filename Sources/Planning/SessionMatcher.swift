import CadenceCore
import Foundation
import TrainingScience

/// Matches the runs a runner did to the sessions of their plan, and scores how well each run
/// fulfilled its session. Pure: the caller reads the plan and the history and saves the outcome.
///
/// **Matching.** Within each plan week, every run (one per logical workout: duplicates from
/// several sources already merged by source precedence) may fulfil one run session of that week,
/// on its own day or on a moved day. Pairs are taken greedily, best first, scored by
/// `adherence + 1` on the planned day and `adherence + 0.5 − 0.05 × days moved` on another
/// day; each session takes one run and each run one session. Rest days take no run.
///
/// **Statuses.** A run on the planned day: `completed`, or `modified` when its adherence is under
/// `modifiedBelow`. A run on another day of the week: `rescheduled`. No run: `skipped` once the
/// day has passed (or when the runner gave a skip reason), else `scheduled`.
///
/// **Adherence** (0–1, two decimals) is a weighted mean over what the session specifies:
/// duration (weight 0.4) and distance (0.3) each score `1 − |log2(actual / target)|`, floored at 0
/// (1 on target, 0 at half or double); intensity (0.3) scores 1 when the average pace is inside
/// the target pace range (3 % slack either side) and falls linearly to 0 at 15 % outside it, or,
/// without a pace range or a pace, 1 when the run's session type has the session's intensity
/// (hard: tempo, intervals, race; easy: easy, recovery, long) and 0.5 when not. A session that
/// specifies none of these scores 1 for being done.
public struct SessionMatcher: Sendable {
    public static let modifiedBelow = 0.5

    /// One run: the winning record of a logical workout, on its local day (days since 1970-01-01).
    public struct Run: Sendable {
        public let activity: Activity
        public let day: Int

        public init(activity: Activity, day: Int) {
            self.activity = activity
            self.day = day
        }
    }

    /// What matching decided for one session.
    public struct Result: Sendable, Equatable {
        public let sessionId: String
        public let status: SessionStatus
        public let activityId: String?
        public let completedAt: Int64?
        public let adherence: Double?
        public let actualDurationSeconds: Double?
        public let actualDistanceMeters: Double?
    }

    public init() {}

    /// The planned day of a session (scheduled dates are UTC midnights).
    public static func day(of session: PlannedSession) -> Int { CivilDay.number(millis: session.scheduledDate, offsetSeconds: 0) }

    /// Matches `runs` to `sessions` (one plan). `today` is the runner's local day number.
    public func match(sessions: [PlannedSession], runs: [Run], today: Int) -> [Result] {
        var results: [Result] = []
        let weeks = Dictionary(grouping: sessions, by: \.weekNumber)
        let sortedRuns = runs.sorted { ($0.day, $0.activity.startTime, $0.activity.id) < ($1.day, $1.activity.startTime, $1.activity.id) }
        for number in weeks.keys.sorted() {
            let week = weeks[number]!.sorted { ($0.scheduledDate, $0.id) < ($1.scheduledDate, $1.id) }
            let days = week.map(Self.day(of:))
            // A plan week is the seven days from its first (a Monday).
            guard let first = days.min() else { continue }
            let last = max(days.max() ?? first, first + 6)
            let runSessions = week.filter { !$0.isRestDay }
            let weekRuns = sortedRuns.filter { $0.day >= first && $0.day <= last }
            var pairs: [(score: Double, session: Int, run: Int, adherence: Double)] = []
            for (s, session) in runSessions.enumerated() {
                let planned = Self.day(of: session)
                for (r, run) in weekRuns.enumerated() {
                    let adherence = Self.adherence(session, run.activity)
                    let moved = abs(run.day - planned)
                    pairs.append((adherence + (moved == 0 ? 1 : 0.5 - 0.05 * Double(moved)), s, r, adherence))
                }
            }
            // Best first; ties go to the earlier session, then the earlier run, so the outcome is deterministic.
            pairs.sort { ($0.score, -$0.session, -$0.run) > ($1.score, -$1.session, -$1.run) }
            var sessionTaken = Set<Int>(), runTaken = Set<Int>()
            var matched: [Int: (run: Run, adherence: Double)] = [:]
            for pair in pairs where !sessionTaken.contains(pair.session) && !runTaken.contains(pair.run) {
                sessionTaken.insert(pair.session)
                runTaken.insert(pair.run)
                matched[pair.session] = (weekRuns[pair.run], pair.adherence)
            }
            for (s, session) in runSessions.enumerated() {
                let planned = Self.day(of: session)
                if let (run, adherence) = matched[s] {
                    let a = run.activity
                    let status: SessionStatus = run.day != planned ? .rescheduled : adherence < Self.modifiedBelow ? .modified : .completed
                    results.append(Result(sessionId: session.id, status: status, activityId: a.id, completedAt: a.endTime,
                                          adherence: adherence, actualDurationSeconds: a.movingTimeSeconds ?? a.durationSeconds,
                                          actualDistanceMeters: a.distanceMeters))
                } else {
                    let skipped = planned < today || session.skipReason != nil
                    results.append(Result(sessionId: session.id, status: skipped ? .skipped : .scheduled, activityId: nil,
                                          completedAt: nil, adherence: nil, actualDurationSeconds: nil, actualDistanceMeters: nil))
                }
            }
        }
        return results
    }

    /// How well `activity` fulfilled `session` (see the type's documentation).
    public static func adherence(_ session: PlannedSession, _ activity: Activity) -> Double {
        var total = 0.0, weights = 0.0
        func add(_ score: Double, _ weight: Double) {
            total += score * weight
            weights += weight
        }
        let seconds = activity.movingTimeSeconds ?? activity.durationSeconds
        if let target = session.targetDurationSeconds, target > 0 {
            add(ratioScore(seconds, target), 0.4)
        }
        if let target = session.targetDistanceMeters, target > 0 {
            add(ratioScore(activity.distanceMeters, target), 0.3)
        }
        if let fast = session.targetPaceMin.flatMap({ try? PaceFormat.parse($0) }),
           let slow = session.targetPaceMax.flatMap({ try? PaceFormat.parse($0) }),
           let distance = activity.distanceMeters, distance > 0, let seconds, seconds > 0 {
            let pace = seconds / distance * 1000
            let low = min(fast, slow) * 0.97, high = max(fast, slow) * 1.03
            let off = pace < low ? (low - pace) / low : pace > high ? (pace - high) / high : 0
            add(max(0, 1 - off / 0.15), 0.3)
        } else if let type = activity.sessionType {
            add(isHard(type) == isHard(session.sessionType) ? 1 : 0.5, 0.3)
        }
        guard weights > 0 else { return 1 }
        return (total / weights * 100).rounded() / 100
    }

    static func ratioScore(_ actual: Double?, _ target: Double) -> Double {
        guard let actual, actual > 0 else { return 0 }
        return max(0, 1 - abs(log2(actual / target)))
    }

    static func isHard(_ type: ActivitySessionType) -> Bool { type == .tempo || type == .interval || type == .race }
    static func isHard(_ type: PlannedSessionType) -> Bool { type == .tempo || type == .intervals || type == .race }
}
