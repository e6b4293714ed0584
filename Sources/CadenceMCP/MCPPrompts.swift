import Agent
import CadenceCore
import Foundation
import MCP
import Store

/// The prompts a client can offer its user: the coach's onboarding system prompt rendered for
/// this runner (in the runner's coaching voice, or another), and "review my week".
struct MCPPrompts: Sendable {
    let database: AppDatabase
    let runnerId: String
    let prompts: PromptSet
    let clock: Clock

    static let onboarding = "onboarding"
    static let reviewWeek = "review_week"

    var list: [Prompt] {
        [
            Prompt(name: Self.onboarding, title: "Onboard with your coach",
                   description: "Cadence's coaching system prompt, rendered for the runner as they are now: profile, what is missing, the coaching voice",
                   arguments: [.init(name: "voice", description: "coaching voice: \(PromptSet.voiceNames.joined(separator: ", ")) (default: the runner's)",
                                     required: false)]),
            Prompt(name: Self.reviewWeek, title: "Review my week",
                   description: "The planned sessions of a week and the runs recorded in it, with the request to review them",
                   arguments: [.init(name: "week", description: "a week of the current plan, 1 = the first (default: this week)", required: false)]),
        ]
    }

    func get(_ name: String, arguments: [String: String]) throws -> GetPrompt.Result {
        switch name {
        case Self.onboarding:
            let voice = arguments["voice"]
            if let voice, !PromptSet.voiceNames.contains(voice) {
                throw MCPError.invalidParams("voice must be one of \(PromptSet.voiceNames.joined(separator: ", ")) (got \(voice))")
            }
            let text = prompts.systemPrompt(for: try runner(), today: clock.millis, voice: voice)
            return GetPrompt.Result(description: "Cadence's coaching instructions for this runner", messages: [.user(.text(text: text))])
        case Self.reviewWeek:
            return try review(week: arguments["week"])
        default:
            throw MCPError.invalidParams("unknown prompt \(name); available: \(list.map(\.name).joined(separator: ", "))")
        }
    }

    func review(week requested: String?) throws -> GetPrompt.Result {
        let runner = try runner()
        guard let plan = try stored({ try database.currentPlan(runnerId: runnerId) }) else {
            throw MCPError.invalidParams("\(runner.identity.name) has no plan yet; make one with the create_plan tool first")
        }
        let today = clock.millis
        let number: Int
        if let requested {
            guard let value = Int(requested), (1...plan.durationWeeks).contains(value) else {
                throw MCPError.invalidParams("week must be a number from 1 to \(plan.durationWeeks) (got \(requested))")
            }
            number = value
        } else {
            // This week; before the plan starts the first, after it ends the last.
            number = plan.weeklyPlan.first { $0.weekStartDate <= today && today < $0.weekEndDate + 86_400_000 }?.weekNumber
                ?? (today < plan.startDate ? 1 : plan.durationWeeks)
        }
        guard let week = plan.weeklyPlan.first(where: { $0.weekNumber == number }) else {
            throw MCPError.internalError("the plan has no week \(number)")
        }
        let sessions = try stored { try database.plannedSessions(planId: plan.id) }.filter { $0.weekNumber == number }
        let runs = try stored { try database.activities(runnerId: runnerId) }
            .filter { $0.startTime >= week.weekStartDate && $0.startTime < week.weekEndDate + 86_400_000 }
            .sorted { $0.startTime < $1.startTime }
        var text = "Review my week with me: week \(number) of \(plan.durationWeeks) of \"\(plan.name)\" (\(week.phaseName), "
            + "\(Int(week.volumeKm.rounded())) km planned, \(RunnerField.formatDate(week.weekStartDate)) to \(RunnerField.formatDate(week.weekEndDate))).\n\n"
        text += "Planned:\n"
        for session in sessions.sorted(by: { $0.scheduledDate < $1.scheduledDate }) {
            text += "- \(RunnerField.formatDate(session.scheduledDate)) \(session.dayOfWeekShort): \(session.sessionTypeDisplay)"
            text += session.isRestDay ? "\n" : ", \(session.targetDurationDisplay), \(session.effortDisplay): \(session.description)\n"
        }
        text += "\nRecorded runs:\n"
        if runs.isEmpty { text += "- none recorded this week\n" }
        for run in runs {
            let km = run.distanceMeters.map { String(format: "%.1f km", $0 / 1000) } ?? "distance unknown"
            let minutes = Int((Double(run.endTime - run.startTime) / 60_000).rounded())
            text += "- \(RunnerField.formatDate(run.startTime)): \(run.name ?? run.activityType.rawValue), \(km), \(minutes) min\n"
        }
        text += "\nCompare what I did with what was planned, say what went well and what to adjust, and check with me how I felt. "
            + "Use get_plan for the coming week; if anything hurts, tell me to get it checked before training on."
        return GetPrompt.Result(description: "Week \(number) of the current plan, planned and done", messages: [.user(.text(text: text))])
    }

    func runner() throws -> Runner {
        guard let runner = try stored({ try database.runner(id: runnerId) }) else {
            throw MCPError.internalError("the runner \(runnerId) no longer exists")
        }
        return runner
    }

    func stored<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw MCPError.internalError("\(error)") }
    }
}
