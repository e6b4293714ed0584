import CadenceCore
import Foundation
import Planning

/// Independent checks computed from the rendered rows only (not from the generator's draft),
/// so the tests catch a renderer that drifts from what the engine checked.
struct PlanChecks {
    let plan: TrainingPlan
    let sessions: [PlannedSession]

    let byWeek: [Int: [PlannedSession]]

    init(_ checked: CheckedPlan) {
        plan = checked.plan
        sessions = checked.sessions
        byWeek = Dictionary(grouping: checked.sessions, by: \.weekNumber)
    }

    var weeks: [Int] { Array(1...plan.durationWeeks) }
    func week(_ number: Int) -> [PlannedSession] { byWeek[number] ?? [] }
    func runs(_ number: Int) -> [PlannedSession] { week(number).filter { !$0.isRestDay } }
    static func isHard(_ session: PlannedSession) -> Bool { !session.isRestDay && session.isKeySession && session.sessionType != .longRun }
    func hard(_ number: Int) -> [PlannedSession] { runs(number).filter(Self.isHard) }
    func trainingKm(_ number: Int) -> Double {
        runs(number).filter { $0.sessionType != .race }.reduce(0) { $0 + ($1.targetDistanceMeters ?? 0) } / 1000
    }

    /// Largest rise of a week above the highest of the 4 weeks before it (the safeguards' new-high
    /// measure, issue 20); `current` stands in for the weeks before the plan when it is regular
    /// running of 5 km a week or more.
    func largestIncrease(current: Double) -> Double {
        let kms = weeks.map(trainingKm)
        var largest = -1.0
        for index in kms.indices {
            var high = index < 4 && current >= 5 ? current : 0
            for back in max(0, index - 4)..<index { high = max(high, kms[back]) }
            if high > 0 { largest = max(largest, (kms[index] - high) / high) }
        }
        return largest
    }

    /// Longest streak of calendar days with a hard session (the race counts).
    var longestHardStreak: Int {
        let days = Set(sessions.filter(Self.isHard).map { $0.scheduledDate / 86_400_000 })
        return days.map { day in
            var length = 1
            while days.contains(day + Int64(length)) { length += 1 }
            return length
        }.max() ?? 0
    }

    var longestTrainingSessionMinutes: Double {
        sessions.filter { !$0.isRestDay && $0.sessionType != .race }.map { ($0.targetDurationSeconds ?? 0) / 60 }.max() ?? 0
    }

    func applications(_ id: String) -> [TrainingPlan.SafeguardApplication] {
        plan.safeguardApplications.filter { $0.safeguardId == id }
    }
}
