import CadenceCore
import Coaching
import Foundation
import LLM
import Planning
import Store

/// The tools of the plan in motion: a week's check-in and how a session went.
extension ToolRegistry {
    static func trainingTools(_ prompts: PromptSet) throws(AgentError) -> [AgentTool] {
        [
            AgentTool(spec: ToolSpec(name: "get_week", description: try prompts.description(ofTool: "get_week"), parameters: [
                "type": "object", "additionalProperties": false,
                "properties": ["week": ["type": "integer", "minimum": 1, "description": "plan week (default: this week)"]],
            ]), handler: { arguments, context in Self.week(arguments, context) }),
            AgentTool(spec: ToolSpec(name: "log_session", description: try prompts.description(ofTool: "log_session"), parameters: [
                "type": "object", "additionalProperties": false,
                "properties": [
                    "date": ["type": "string", "description": "the session's day, YYYY-MM-DD (default: today)"],
                    "perceivedExertion": ["type": "number", "minimum": 1, "maximum": 10],
                    "rating": ["type": "integer", "minimum": 1, "maximum": 5],
                    "feedback": ["type": "string", "maxLength": 500],
                    "skipReason": ["type": "string", "maxLength": 500],
                ],
            ]), handler: { arguments, context in Self.logSession(arguments, context) }),
            AgentTool(spec: ToolSpec(name: "adapt_plan", description: try prompts.description(ofTool: "adapt_plan"),
                                     parameters: ["type": "object", "properties": [:], "additionalProperties": false]),
                      handler: { _, context in Self.adaptPlan(context) }),
        ]
    }

    static func week(_ arguments: JSONValue, _ context: ToolContext) -> ToolOutcome {
        let number = arguments["week"]?.doubleValue.flatMap { Int(checking: $0) }
        do {
            let week = try CheckIn(database: context.database, clock: context.clock).week(runnerId: context.runnerId, number: number)
            return .success([
                "week": .number(Double(week.weekNumber)), "of": .number(Double(week.totalWeeks)),
                "phase": week.phaseName.map { .string($0) } ?? .null,
                "plannedKm": .number(week.plannedKm), "doneKm": .number(week.doneKm),
                "adherence": week.adherence.map { .number($0) } ?? .null,
                "sessions": .array(week.sessions.filter { !$0.isRestDay }.map(Self.sessionSummary)),
                "next": .array(week.nextSessions.map(Self.sessionSummary)),
            ])
        } catch {
            return .failure("no week: \(error)")
        }
    }

    static func logSession(_ arguments: JSONValue, _ context: ToolContext) -> ToolOutcome {
        var day = CivilDay.number(millis: context.clock.millis, offsetSeconds: 0)
        if let text = arguments["date"]?.stringValue {
            guard let millis = RunnerField.parseInstant(text) else { return .failure("date must be a day like 2027-01-04 (got \(text))") }
            day = CivilDay.number(millis: millis, offsetSeconds: 0)
        }
        let feedback = SessionFeedback(perceivedExertion: arguments["perceivedExertion"]?.doubleValue,
                                       userRating: arguments["rating"]?.doubleValue.flatMap { Int(checking: $0) },
                                       userFeedback: arguments["feedback"]?.stringValue, skipReason: arguments["skipReason"]?.stringValue)
        do {
            guard let plan = try context.database.currentPlan(runnerId: context.runnerId) else {
                return .failure("there is no plan yet; nothing to log against")
            }
            guard let session = try context.database.plannedSessions(planId: plan.id)
                .first(where: { !$0.isRestDay && CivilDay.number(millis: $0.scheduledDate, offsetSeconds: 0) == day }) else {
                return .failure("no run session is planned on \(CivilDay.string(day))")
            }
            let saved = try context.database.recordSessionFeedback(runnerId: context.runnerId, sessionId: session.id, feedback)
            return .success(["recorded": Self.sessionSummary(saved)])
        } catch {
            return .failure("nothing recorded: \(error)")
        }
    }

    static func adaptPlan(_ context: ToolContext) -> ToolOutcome {
        let adapted: PlanAdapt.Adapted
        do {
            adapted = try PlanAdapt(database: context.database, clock: context.clock, ids: context.ids).run(runnerId: context.runnerId)
        } catch {
            return .failure("not adapted: \(error)")
        }
        let plan = adapted.plan
        var outcome = ToolOutcome.success([
            "planId": .string(plan.id), "replaces": .string(adapted.previousPlanId), "status": .string(plan.status.rawValue),
            "changes": .array(adapted.outcome.changes.map { ["what": .string($0.what), "why": .string($0.reasoning)] }),
            "weeks": .array(plan.weeklyPlan.map { week in
                ["week": .number(Double(week.weekNumber)), "phase": .string(week.phaseName), "km": .number(week.volumeKm.rounded())]
            }),
            "instructions": .string("Tell the runner what changed and why, one line per change. The previous plan is kept in the history."),
        ])
        let adjusted = plan.safeguardApplications.contains { $0.applied && $0.adjustedValue != nil }
        outcome.safeguard = (plan.id, (try? JSONValue(encoding: plan.safeguardApplications)) ?? .array([]),
                             !PlanService.pendingConfirmations(plan).isEmpty ? "needs_confirmation" : adjusted ? "adjusted" : "passed")
        return outcome
    }

    static func sessionSummary(_ session: PlannedSession) -> JSONValue {
        var object: [String: JSONValue] = [
            "date": .string(CivilDay.string(CivilDay.number(millis: session.scheduledDate, offsetSeconds: 0))),
            "type": .string(session.sessionTypeDisplay), "target": .string(session.targetDurationDisplay),
            "status": .string(session.status.rawValue),
        ]
        if let score = session.adherenceScore { object["adherence"] = .number(score) }
        if let meters = session.actualDistanceMeters { object["doneKm"] = .number((meters / 100).rounded() / 10) }
        if let seconds = session.actualDurationSeconds { object["doneMinutes"] = .number((seconds / 60).rounded()) }
        if let reason = session.skipReason { object["skipReason"] = .string(reason) }
        if let rating = session.userRating { object["rating"] = .number(Double(rating)) }
        if let feedback = session.userFeedback { object["feedback"] = .string(feedback) }
        return .object(object)
    }
}
