import ArgumentParser
import CadenceCore
import Coaching
import Foundation
import Knowledge
import Planning
import Store

struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Training plans, made for you and checked against the safeguards.",
        subcommands: [Generate.self, Show.self, Export.self, Confirm.self, Sync.self, Adapt.self]
    )

    /// What `--json` prints for a plan: the seed's rows, plus what the runner has to act on.
    struct PlanDocument: Encodable {
        let plan: TrainingPlan
        let plannedSessions: [PlannedSession]
        let pendingConfirmations: [TrainingPlan.SafeguardApplication]
        var warnings: [String]?
        var supersededPlanIds: [String]?
    }

    static func loadPlan(_ global: GlobalOptions) throws -> (AppDatabase, Runner, TrainingPlan, [PlannedSession]) {
        let (database, runner) = try global.openDatabaseAndRunner()
        guard let plan = try database.currentPlan(runnerId: runner.id) else {
            throw UserError("\(runner.identity.name) has no plan yet; make one with `cadence plan generate`")
        }
        return (database, runner, plan, try database.plannedSessions(planId: plan.id))
    }

    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build a new plan from the runner object, check it against every safeguard, and save it.",
            discussion: "The previous plan is kept as history (status abandoned). A plan waiting for confirmations is saved as a draft; run `cadence plan confirm` to activate it."
        )
        @OptionGroup var global: GlobalOptions
        @OptionGroup var location: KnowledgeCommand.Location
        @Option(help: "First day of the plan, YYYY-MM-DD (default: today; weeks start on the Monday on or after it).")
        var start: String?

        func run() async throws {
            let (database, runner) = try global.openDatabaseAndRunner()
            var startDate: Date?
            if let start {
                guard start.count == 10, let millis = RunnerField.parseInstant(start) else {
                    throw UserError("--start must be a date like 2027-01-04 (got \"\(start)\")")
                }
                startDate = Date(timeIntervalSince1970: Double(millis) / 1000)
            }
            // The safeguards: the KnowledgeBase files when at hand (synced first), else the database's.
            if let directory = ResourceLocator.find("KnowledgeBase", option: location.dir, environment: "CADENCE_KB") {
                do {
                    _ = try await KnowledgeBase(database: database, directory: directory, now: GlobalOptions.clock().millis).sync()
                } catch KnowledgeError.remoteIndex {
                    // Syncing would re-embed offline what a remote embedder indexed: keep the stored safeguards.
                    Terminal.note("note: using the safeguards stored with the knowledge index (a remote embedder built it; `cadence kb index` updates it)")
                }
            }
            let gated = try PlanGate(database: database, clock: GlobalOptions.clock(), ids: .uuid).create(runnerId: runner.id, start: startDate)
            let (checked, saved, superseded) = (gated.checked, gated.plan, gated.superseded)
            for message in checked.unevaluated { Terminal.note("warning: \(message)") }
            if global.json {
                return try Terminal.printJSON(PlanDocument(
                    plan: saved, plannedSessions: checked.sessions, pendingConfirmations: PlanService.pendingConfirmations(saved),
                    warnings: checked.warnings, supersededPlanIds: superseded))
            }
            print(PlanFormatter.overview(saved, sessions: checked.sessions, feasibility: checked.assessment.feasibility,
                                         safeguards: (try? database.safeguards()) ?? []))
            if !superseded.isEmpty { print(Terminal.dim("\nThe previous plan is kept as history (\(superseded.count) superseded).")) }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the current plan, or one week of it.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Only this week, with every session and why it is there.") var week: Int?

        func run() async throws {
            let (database, runner, plan, sessions) = try PlanCommand.loadPlan(global)
            if let week, !(1...plan.durationWeeks).contains(week) {
                throw UserError("--week must be from 1 to \(plan.durationWeeks) (got \(week))")
            }
            if global.json {
                return try Terminal.printJSON(PlanDocument(
                    plan: plan, plannedSessions: week.map { number in sessions.filter { $0.weekNumber == number } } ?? sessions,
                    pendingConfirmations: PlanService.pendingConfirmations(plan)))
            }
            if let week {
                print(PlanFormatter.week(plan, number: week, sessions: sessions))
            } else {
                print(PlanFormatter.overview(plan, sessions: sessions, feasibility: runner.goals.goalFeasibility,
                                             safeguards: (try? database.safeguards()) ?? []))
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the plan as a calendar (ICS) or a web page with charts (HTML); files are readable by you only.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Write an iCalendar file: one event per session.") var ics: String?
        @Option(help: "Write an HTML page with the progression and radar charts and a calendar.") var html: String?

        func validate() throws {
            guard ics != nil || html != nil else { throw ValidationError("give --ics FILE, --html FILE or both") }
        }

        func run() async throws {
            let (database, runner, plan, sessions) = try PlanCommand.loadPlan(global)
            var written: [String: String] = [:]
            if let ics {
                try SecureFile.write(Data(PlanCalendarWriter.ics(plan, sessions: sessions).utf8), to: ics)
                written["ics"] = ics
            }
            if let html {
                try SecureFile.write(Data(PlanHTMLReport.html(plan, sessions: sessions, runnerName: runner.identity.name,
                                                                   safeguards: try database.safeguards()).utf8), to: html)
                written["html"] = html
            }
            if global.json { return try Terminal.printJSON(["written": written]) }
            for (kind, path) in written.sorted(by: { $0.key < $1.key }) { print("\(kind.uppercased()): \(path)") }
        }
    }

    struct Confirm: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Confirm the safeguard questions a draft plan is waiting for, and activate it.")
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let (database, runner, plan, _) = try PlanCommand.loadPlan(global)
            let pending = PlanService.pendingConfirmations(plan)
            guard plan.status == .draft,
                  let confirmed = try PlanGate(database: database, clock: GlobalOptions.clock(), ids: .uuid).confirm(runnerId: runner.id) else {
                throw UserError("the current plan is \(plan.status.rawValue); there is nothing to confirm")
            }
            if global.json {
                return try Terminal.printJSON(["status": confirmed.status.rawValue, "confirmed": pending.map(\.safeguardId).joined(separator: ",")])
            }
            for application in pending {
                print("✓ \(application.reason.dropFirst(SafeguardEngine.confirmationPrefix.count))")
            }
            print("Plan \(confirmed.name) is now active.")
        }
    }
}
