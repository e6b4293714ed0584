import CadenceCore
import Foundation

/// A plan that has been through the safeguard engine: the only kind of plan anyone sees.
public struct CheckedPlan: Sendable {
    public let plan: TrainingPlan
    public let sessions: [PlannedSession]
    public let assessment: GoalAssessment
    /// Confirmations the runner must give before the plan becomes `active` (then it is a `draft`).
    public let confirmations: [PendingConfirmation]
    /// Warnings to show with the plan.
    public let warnings: [String]
    /// Rules that could not be evaluated (unknown condition fields in soft or warning rules).
    public let unevaluated: [String]
    /// The checked draft the rows were rendered from (for re-checking and inspection).
    public let draft: PlanDraft
}

/// The entry point for the CLI and the agent's plan tool: generator, safeguard engine and
/// renderer in one call. Clock and IDs are injected so the same inputs give the same plan.
public struct PlanService: Sendable {
    public let clock: Clock
    public let ids: IDGenerator

    public init(clock: Clock, ids: IDGenerator) {
        self.clock = clock
        self.ids = ids
    }

    /// Builds, checks and renders a plan. Throws `PlanningError` when the runner is not ready,
    /// the goal cannot be planned, the safeguards are missing or invalid, or no safe plan exists.
    public func generate(for runner: Runner, safeguards: [Safeguard], start: Date? = nil) throws(PlanningError) -> CheckedPlan {
        if runner.conversationState.readyForPlan != true {
            let missing = runner.conversationState.fieldsMissing ?? []
            let required = Set(PlanReadiness.requirements.filter(\.required).map { $0.paths[0] })
            throw .notReady(missing: missing.filter { required.contains($0) }.isEmpty ? ["(profile incomplete)"] : missing.filter { required.contains($0) })
        }
        return try generateUnchecked(for: runner, safeguards: safeguards, start: start)
    }

    /// As `generate`, without the `readyForPlan` gate (missing fields get defaults, recorded as
    /// assumptions in the decisions). Used by tests and by callers that have already asked.
    /// `ceiling` caps the weekly volumes (an adapted plan never catches up missed training).
    public func generateUnchecked(for runner: Runner, safeguards: [Safeguard], start: Date? = nil,
                                  ceiling: VolumeCeiling? = nil) throws(PlanningError) -> CheckedPlan {
        let (draft, report) = try checkedDraft(for: runner, safeguards: safeguards, start: start, ceiling: ceiling)
        return render(draft, report: report)
    }

    /// Renders a checked draft into the seed's rows, with the goal assessment.
    public func render(_ draft: PlanDraft, report: SafeguardReport) -> CheckedPlan {
        let assessment = GoalAssessment.assess(draft)
        let (plan, sessions) = PlanRenderer(ids: ids).render(draft, report: report, assessment: assessment)
        return CheckedPlan(plan: plan, sessions: sessions, assessment: assessment, confirmations: report.confirmations,
                           warnings: report.warnings, unevaluated: report.unevaluated, draft: draft)
    }

    /// Generator and safeguard engine without rendering: the checked draft and what the engine did.
    public func checkedDraft(for runner: Runner, safeguards: [Safeguard], start: Date? = nil,
                             ceiling: VolumeCeiling? = nil) throws(PlanningError) -> (PlanDraft, SafeguardReport) {
        guard safeguards.contains(where: \.isActive) else { throw .noSafeguards }
        let now = clock.now()
        var draft = try PlanGenerator().draft(for: runner, start: start ?? now, now: now, ceiling: ceiling)
        let report = try SafeguardEngine(safeguards: safeguards).check(&draft)
        return (draft, report)
    }

    /// The confirmations a stored plan is waiting for (read back from its safeguard log).
    public static func pendingConfirmations(_ plan: TrainingPlan) -> [TrainingPlan.SafeguardApplication] {
        guard plan.status == .draft else { return [] }
        return plan.safeguardApplications.filter { $0.applied && $0.reason.hasPrefix(SafeguardEngine.confirmationPrefix) }
    }

    /// The plan after the runner confirmed its pending safeguards: `active`, with the
    /// confirmation in its modification history.
    public func confirm(_ plan: TrainingPlan) -> TrainingPlan {
        var confirmed = plan
        let pending = Self.pendingConfirmations(plan)
        confirmed.status = .active
        confirmed.lastModifiedAt = clock.millis
        confirmed.modificationHistory = (plan.modificationHistory ?? []) + [.init(
            timestamp: clock.millis, changeType: "confirmed",
            description: "Runner confirmed: " + (pending.isEmpty ? "plan activated" : pending.map(\.safeguardId).joined(separator: ", ")))]
        return confirmed
    }
}
