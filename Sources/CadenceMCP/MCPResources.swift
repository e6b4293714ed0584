import Agent
import CadenceCore
import Foundation
import MCP
import Planning
import Store

/// What a client can read: the runner's profile (JSON and Markdown), the current plan (and a
/// week of it), each knowledge-base entry with its sources, and the safeguards.
struct MCPResources: Sendable {
    let database: AppDatabase
    let runnerId: String
    /// The indexed entries (nil: read them from the database).
    let knowledgeEntries: [KnowledgeEntry]?

    static let profileJSON = "cadence://runner/profile.json"
    static let profileMarkdown = "cadence://runner/profile.md"
    static let plan = "cadence://plan/current"
    static let planWeekPrefix = "cadence://plan/current/week/"
    static let safeguards = "cadence://safeguards"
    static let knowledgePrefix = "cadence://kb/"

    var templates: [Resource.Template] {
        [
            Resource.Template(uriTemplate: Self.knowledgePrefix + "{id}", name: "knowledge-entry", title: "Knowledge-base entry",
                              description: "One entry of the coaching knowledge base, with its evidence and sources", mimeType: "text/markdown"),
            Resource.Template(uriTemplate: Self.planWeekPrefix + "{week}", name: "plan-week", title: "A week of the current plan",
                              description: "The sessions of one week (1 = the first), with targets and why each is there",
                              mimeType: "application/json"),
        ]
    }

    func list() throws -> [Resource] {
        var resources = [
            Resource(name: "profile", uri: Self.profileJSON, title: "Runner profile (JSON)",
                     description: "The runner object with the seed's field names", mimeType: "application/json"),
            Resource(name: "profile-summary", uri: Self.profileMarkdown, title: "Runner profile",
                     description: "Every recorded field, what is missing for a plan and what needs confirming", mimeType: "text/markdown"),
            Resource(name: "safeguards", uri: Self.safeguards, title: "Safeguards",
                     description: "The rules every plan is checked against", mimeType: "application/json"),
        ]
        if let plan = try protocolErrors({ try database.currentPlan(runnerId: runnerId) }) {
            resources.append(Resource(name: "plan", uri: Self.plan, title: "Current plan: \(plan.name)",
                                      description: "Season, weeks and sessions, with the safeguard log (\(plan.status.rawValue))",
                                      mimeType: "application/json"))
        }
        for entry in try entries() {
            resources.append(Resource(name: "kb-\(entry.id)", uri: Self.knowledgePrefix + entry.id, title: entry.title,
                                      description: entry.summary, mimeType: "text/markdown"))
        }
        return resources
    }

    /// A resource's contents. An unknown URI is the protocol's "resource not found" (-32002).
    func read(_ uri: String) throws -> [Resource.Content] {
        switch uri {
        case Self.profileJSON:
            let runner = try self.runner()
            return [.text(try Self.encoded(runner), uri: uri, mimeType: "application/json")]
        case Self.profileMarkdown:
            return [.text(Self.markdown(try self.runner()), uri: uri, mimeType: "text/markdown")]
        case Self.safeguards:
            let safeguards = try protocolErrors { try database.safeguards() }
            return [.text(try Self.encoded(["safeguards": safeguards]), uri: uri, mimeType: "application/json")]
        case Self.plan:
            let plan = try currentPlan(uri)
            let sessions = try protocolErrors { try database.plannedSessions(planId: plan.id) }
            struct Document: Encodable {
                let plan: TrainingPlan
                let plannedSessions: [PlannedSession]
                let pendingConfirmations: [TrainingPlan.SafeguardApplication]
            }
            return [.text(try Self.encoded(Document(plan: plan, plannedSessions: sessions,
                                                    pendingConfirmations: PlanService.pendingConfirmations(plan))),
                          uri: uri, mimeType: "application/json")]
        case _ where uri.hasPrefix(Self.planWeekPrefix):
            let plan = try currentPlan(uri)
            guard let week = Int(uri.dropFirst(Self.planWeekPrefix.count)), (1...plan.durationWeeks).contains(week) else {
                throw MCPError.invalidParams("\(uri): the week must be a number from 1 to \(plan.durationWeeks)")
            }
            let sessions = try protocolErrors { try database.plannedSessions(planId: plan.id) }.filter { $0.weekNumber == week }
            return [.text(PlanReader.week(week, of: plan, sessions: sessions).jsonString, uri: uri, mimeType: "application/json")]
        case _ where uri.hasPrefix(Self.knowledgePrefix):
            let id = String(uri.dropFirst(Self.knowledgePrefix.count))
            guard let entry = try entries().first(where: { $0.id == id }) else { throw Self.notFound(uri) }
            return [.text(Self.markdown(entry), uri: uri, mimeType: "text/markdown")]
        default:
            throw Self.notFound(uri)
        }
    }

    static func notFound(_ uri: String) -> MCPError {
        .serverError(code: -32002, message: "Resource not found: \(uri)")
    }

    func runner() throws -> Runner {
        guard let runner = try protocolErrors({ try database.runner(id: runnerId) }) else {
            throw MCPError.internalError("the runner \(runnerId) no longer exists")
        }
        return runner
    }

    func currentPlan(_ uri: String) throws -> TrainingPlan {
        guard let plan = try protocolErrors({ try database.currentPlan(runnerId: runnerId) }) else {
            throw Self.notFound("\(uri) (there is no plan yet; create_plan makes one)")
        }
        return plan
    }

    func entries() throws -> [KnowledgeEntry] {
        if let knowledgeEntries { return knowledgeEntries.filter(\.isActive) }
        return try protocolErrors { try database.knowledgeEntries() }.filter(\.isActive).sorted { $0.id < $1.id }
    }

    /// A database failure is the server's internal error, with the store's message.
    func protocolErrors<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw MCPError.internalError("\(error)") }
    }

    static func encoded<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw MCPError.internalError("cannot encode the resource: \(error)")
        }
    }

    static func markdown(_ runner: Runner) -> String {
        let snapshot = ProfileSnapshot(runner)
        let state = runner.conversationState
        var text = "# \(runner.identity.name)\n\n"
        text += snapshot.lines.isEmpty ? "Nothing recorded yet.\n" : snapshot.lines.map { "- \($0)" }.joined(separator: "\n") + "\n"
        text += "\nCompleteness: \(Int(state.dataCompleteness ?? 0)) %. Ready for a plan: \(state.readyForPlan == true ? "yes" : "no").\n"
        if let missing = state.fieldsMissing, !missing.isEmpty { text += "Missing: \(missing.joined(separator: ", ")).\n" }
        if let confirm = state.fieldsToConfirm, !confirm.isEmpty { text += "To confirm with the runner: \(confirm.joined(separator: ", ")).\n" }
        return text
    }

    static func markdown(_ entry: KnowledgeEntry) -> String {
        var text = "# \(entry.title)\n\n\(entry.summary)\n\n\(entry.content)\n\n## Sources\n\n- \(entry.source)"
        if let reference = entry.sourceReference { text += "\n- \(reference)" }
        text += "\n\nEvidence: \(entry.confidence.rawValue). Category: \(entry.category.rawValue)"
        if let validators = entry.validatedBy, !validators.isEmpty { text += ". Validated by \(validators.joined(separator: ", "))" }
        return text + ".\n"
    }
}
