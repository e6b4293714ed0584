import Agent
import CadenceCore
import Foundation
import LLM
import Planning
import Store

/// The `get_plan` tool: the current plan, or one week of it, as the coach's client reads it.
struct PlanReader {
    static let toolName = "get_plan"

    let database: AppDatabase
    let runnerId: String

    static func tool(prompts: PromptSet) throws(AgentError) -> AgentTool {
        AgentTool(spec: ToolSpec(name: toolName, description: try prompts.description(ofTool: toolName), parameters: [
            "type": "object", "additionalProperties": false,
            "properties": ["week": ["type": "integer", "minimum": 1, "description": "a week of the plan, 1 = the first"]],
        ])) { arguments, context in
            PlanReader(database: context.database, runnerId: context.runnerId).read(arguments)
        }
    }

    func read(_ arguments: JSONValue) -> ToolOutcome {
        do {
            guard let plan = try database.currentPlan(runnerId: runnerId) else {
                return ToolOutcome(ok: false, result: ["error": "there is no plan yet; make one with create_plan once the profile is ready"],
                                   changes: [])
            }
            var result = Self.overview(plan)
            if let requested = arguments["week"] {
                guard let number = requested.doubleValue, number.rounded() == number, (1...Double(plan.durationWeeks)).contains(number) else {
                    return ToolOutcome(ok: false, result: ["error": .string("week must be a whole number from 1 to \(plan.durationWeeks) (got \(requested.jsonString))")],
                                       changes: [])
                }
                let sessions = try database.plannedSessions(planId: plan.id).filter { $0.weekNumber == Int(number) }
                result["week"] = Self.week(Int(number), of: plan, sessions: sessions)
            }
            return ToolOutcome(ok: true, result: .object(result), changes: [])
        } catch {
            return ToolOutcome(ok: false, result: ["error": .string("the plan cannot be read: \(error)")], changes: [])
        }
    }

    static func overview(_ plan: TrainingPlan) -> [String: JSONValue] {
        [
            "planId": .string(plan.id), "name": .string(plan.name), "status": .string(plan.status.rawValue),
            "startDate": .string(RunnerField.formatDate(plan.startDate)), "endDate": .string(RunnerField.formatDate(plan.endDate)),
            "coachSummary": .string(plan.seasonView.coachSummary),
            "weeks": .array(plan.weeklyPlan.map { week in
                ["week": .number(Double(week.weekNumber)), "phase": .string(week.phaseName), "km": .number(week.volumeKm.rounded()),
                 "recovery": .bool(week.isRecoveryWeek)]
            }),
            "pendingConfirmations": .array(PlanService.pendingConfirmations(plan).map { .string($0.reason) }),
        ]
    }

    static func week(_ number: Int, of plan: TrainingPlan, sessions: [PlannedSession]) -> JSONValue {
        let week = plan.weeklyPlan.first { $0.weekNumber == number }
        return [
            "week": .number(Double(number)), "phase": week.map { .string($0.phaseName) } ?? .null,
            "km": week.map { .number($0.volumeKm.rounded()) } ?? .null,
            "sessions": .array(sessions.sorted { $0.scheduledDate < $1.scheduledDate }.map { session in
                [
                    "date": .string(RunnerField.formatDate(session.scheduledDate)), "day": .string(session.dayOfWeekShort),
                    "type": .string(session.sessionTypeDisplay), "rest": .bool(session.isRestDay), "key": .bool(session.isKeySession),
                    "duration": .string(session.targetDurationDisplay),
                    "distanceKm": session.targetDistanceMeters.map { .number(($0 / 100).rounded() / 10) } ?? .null,
                    "pace": session.targetPaceDisplay.map { .string($0) } ?? .null, "effort": .string(session.effortDisplay),
                    "description": .string(session.description), "why": .string(session.justification),
                ]
            }),
        ]
    }
}
