import ArgumentParser
import CadenceCore
import Coaching
import Foundation
import Knowledge
import Planning

extension PlanCommand {
    /// `cadence plan sync`: match the imported runs to the plan.
    struct Sync: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Match the imported runs to the current plan: statuses, actual figures and adherence.",
            discussion: "`cadence import` does this after every import; running it again changes nothing."
        )
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let (database, runner) = try global.openDatabaseAndRunner()
            guard let summary = try PlanSync(database: database).run(runnerId: runner.id) else {
                throw UserError("\(runner.identity.name) has no plan in use; make one with `cadence plan generate`")
            }
            if global.json {
                struct Output: Encodable { let planId: String; let sessions: [String: Int]; let changedSessions: Int; let changedActivities: Int }
                return try Terminal.printJSON(Output(planId: summary.planId, sessions: summary.counts,
                                                     changedSessions: summary.changes.sessions, changedActivities: summary.changes.activities))
            }
            print("Plan: " + Self.describe(summary) + ".")
        }

        /// "3 completed, 1 rescheduled, 2 skipped, 30 scheduled"
        static func describe(_ summary: PlanSync.Summary) -> String {
            ["completed", "rescheduled", "modified", "skipped", "scheduled"]
                .compactMap { key in summary.counts[key].map { "\($0) \(key)" } }.joined(separator: ", ")
        }
    }

    /// `cadence plan adapt`: rebuild the rest of the plan from what was done.
    struct Adapt: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rebuild the rest of the plan from what you actually ran, through the safeguards.",
            discussion: """
            Missed days or weeks, illness, new pain (through the red-flag rules), a run far above plan, \
            a changed race date: the new plan starts from what was done (never catching up missed \
            volume), is checked like every plan, and lists each change with its reason. The old \
            version stays in the plan history.
            """
        )
        @OptionGroup var global: GlobalOptions
        @OptionGroup var location: KnowledgeCommand.Location

        func run() async throws {
            let (database, runner) = try global.openDatabaseAndRunner()
            if let directory = ResourceLocator.find("KnowledgeBase", option: location.dir, environment: "CADENCE_KB") {
                do {
                    _ = try await KnowledgeBase(database: database, directory: directory, now: GlobalOptions.clock().millis).sync()
                } catch KnowledgeError.remoteIndex {
                    // Syncing would re-embed offline what a remote embedder indexed: keep the stored safeguards.
                    Terminal.note("note: using the safeguards stored with the knowledge index (a remote embedder built it; `cadence kb index` updates it)")
                }
            }
            let adapted = try PlanAdapt(database: database, clock: GlobalOptions.clock(), ids: .uuid).run(runnerId: runner.id)
            let checked = adapted.outcome.checked
            let safeguards = try database.safeguards()
            let violations = SafeguardEngine(safeguards: safeguards).violations(in: checked.draft)
            if global.json {
                struct Output: Encodable {
                    let previousPlanId: String; let plan: TrainingPlan; let changes: [TrainingPlan.Decision]
                    let baseKm: Double; let daysWithoutRunning: Int; let safeguardViolations: Int
                    let pendingConfirmations: [TrainingPlan.SafeguardApplication]
                }
                return try Terminal.printJSON(Output(previousPlanId: adapted.previousPlanId, plan: adapted.plan, changes: adapted.outcome.changes,
                                                     baseKm: adapted.outcome.baseKm, daysWithoutRunning: adapted.outcome.daysWithoutRunning,
                                                     safeguardViolations: violations.count,
                                                     pendingConfirmations: PlanService.pendingConfirmations(adapted.plan)))
            }
            print(Terminal.bold("Adapted: \(Terminal.printable(adapted.plan.name))") + " (replaces plan \(adapted.previousPlanId), kept in the history)")
            for change in adapted.outcome.changes {
                print("• \(Terminal.printable(change.what)) — \(Terminal.printable(change.reasoning))")
            }
            let weeks = adapted.plan.weeklyPlan.prefix(6).map { String(format: "%.0f", $0.volumeKm) }.joined(separator: " → ")
            print("Weeks: \(weeks)\(adapted.plan.weeklyPlan.count > 6 ? " …" : "") km")
            print(violations.isEmpty ? "Safeguards: \(adapted.plan.safeguardApplications.count) checked, all hold."
                                     : "Safeguards: \(violations.count) limits not held; see `cadence plan show`.")
            for message in checked.warnings { print("warning: \(Terminal.printable(message))") }
            // An adapted plan that needs the runner's word is saved as a draft: say so, as `plan generate` does.
            for line in PlanFormatter.confirmations(adapted.plan, known: safeguards) { print(line) }
        }
    }
}
