import CadenceCore
import Coaching
import Foundation
import Knowledge
import LLM
import Planning
import Store

/// What a tool call may touch: the runner's record, the knowledge base, and the turn it belongs to.
public struct ToolContext: Sendable {
    public let database: AppDatabase
    public let runnerId: String
    public let knowledge: KnowledgeIndex?
    public let clock: Clock
    public let turn: Int
    public let sessionId: String
    public let ids: IDGenerator

    public init(database: AppDatabase, runnerId: String, knowledge: KnowledgeIndex?, clock: Clock, turn: Int, sessionId: String,
                ids: IDGenerator) {
        self.database = database
        self.runnerId = runnerId
        self.knowledge = knowledge
        self.clock = clock
        self.turn = turn
        self.sessionId = sessionId
        self.ids = ids
    }

    var write: WriteContext { WriteContext(source: .user, turn: turn, sessionId: sessionId) }
}

/// The result of one tool call: what goes back to the model, and the runner changes it made.
public struct ToolOutcome: Sendable {
    public let ok: Bool
    public let result: JSONValue
    public let changes: [RunnerChange]
    /// A plan checked by the safeguard engine: its id, the applications and the verdict.
    public var safeguard: (planId: String, applications: JSONValue, verdict: String)?

    public init(ok: Bool, result: JSONValue, changes: [RunnerChange] = []) {
        self.ok = ok
        self.result = result
        self.changes = changes
    }

    static func success(_ result: JSONValue, changes: [RunnerChange] = []) -> ToolOutcome {
        ToolOutcome(ok: true, result: result, changes: changes)
    }

    static func failure(_ message: String) -> ToolOutcome {
        ToolOutcome(ok: false, result: ["error": .string(message)], changes: [])
    }
}

/// One tool: its spec (name, description from prompts/, JSON Schema) and its handler.
public struct AgentTool: Sendable {
    public typealias Handler = @Sendable (JSONValue, ToolContext) async -> ToolOutcome
    public let spec: ToolSpec
    let handler: Handler

    public init(spec: ToolSpec, handler: @escaping Handler) {
        self.spec = spec
        self.handler = handler
    }
}

/// The tools the coach model may call. Profile tools are generated from the runner field
/// catalogue (`RunnerField`), so a field's type, range and allowed values are defined once.
public struct ToolRegistry: Sendable {
    public let tools: [AgentTool]

    public static let profileSections = ["identity", "physical", "running", "goals", "schedule", "health", "coaching"]

    public init(prompts: PromptSet, includeKnowledge: Bool) throws(AgentError) {
        var tools: [AgentTool] = []
        for section in Self.profileSections {
            let name = "update_\(section)"
            tools.append(AgentTool(spec: ToolSpec(name: name, description: try prompts.description(ofTool: name),
                                                  parameters: Self.schema(forSection: section)),
                                   handler: { arguments, context in await Self.updateSection(section, arguments, context) }))
        }
        tools.append(AgentTool(spec: ToolSpec(name: "get_profile", description: try prompts.description(ofTool: "get_profile"),
                                              parameters: ["type": "object", "properties": [:], "additionalProperties": false]),
                               handler: { _, context in Self.profile(context) }))
        tools.append(AgentTool(
            spec: ToolSpec(name: "confirm_fields", description: try prompts.description(ofTool: "confirm_fields"), parameters: [
                "type": "object", "additionalProperties": false, "required": ["paths"],
                "properties": ["paths": ["type": "array", "items": ["type": "string"], "minItems": 1]],
            ]),
            handler: { arguments, context in Self.confirm(arguments, context) }))
        tools.append(AgentTool(
            spec: ToolSpec(name: "record_consent", description: try prompts.description(ofTool: "record_consent"), parameters: [
                "type": "object", "additionalProperties": false, "required": ["healthData"],
                "properties": [
                    "terms": ["type": "boolean"], "privacy": ["type": "boolean"], "healthData": ["type": "boolean"],
                    "marketing": ["type": "boolean"],
                ],
            ]),
            handler: { arguments, context in Self.consent(arguments, context) }))
        tools.append(AgentTool(
            spec: ToolSpec(name: "create_plan", description: try prompts.description(ofTool: "create_plan"), parameters: [
                "type": "object", "additionalProperties": false,
                "properties": ["start": ["type": "string", "description": "first day, YYYY-MM-DD (default: next Monday)"]],
            ]),
            handler: { arguments, context in Self.createPlan(arguments, context) }))
        tools.append(AgentTool(
            spec: ToolSpec(name: "confirm_plan", description: try prompts.description(ofTool: "confirm_plan"),
                           parameters: ["type": "object", "properties": [:], "additionalProperties": false]),
            handler: { _, context in Self.confirmPlan(context) }))
        tools += try Self.trainingTools(prompts)
        if includeKnowledge {
            tools.append(AgentTool(
                spec: ToolSpec(name: "search_knowledge", description: try prompts.description(ofTool: "search_knowledge"), parameters: [
                    "type": "object", "additionalProperties": false, "required": ["query"],
                    "properties": ["query": ["type": "string", "minLength": 2], "k": ["type": "integer", "minimum": 1, "maximum": 8]],
                ]),
                handler: { arguments, context in await Self.searchKnowledge(arguments, context) }))
        }
        self.tools = tools
    }

    public var specs: [ToolSpec] { tools.map(\.spec) }

    /// These tools and more (the MCP server's plan reader), run the same way.
    public func adding(_ extra: [AgentTool]) -> ToolRegistry { ToolRegistry(tools: tools + extra) }

    /// Runs one call. An unknown tool or arguments that are not a JSON object are refused
    /// without touching anything.
    init(tools: [AgentTool]) { self.tools = tools }

    /// The same tools with one handler wrapped: how a changed tool is tried out (replay tests a
    /// recorded conversation against it). The wrapper gets the arguments and the original handler.
    public func replacingHandler(of name: String,
                                 with wrapper: @escaping @Sendable (JSONValue, ToolContext, AgentTool.Handler) async -> ToolOutcome) -> ToolRegistry {
        ToolRegistry(tools: tools.map { tool in
            guard tool.spec.name == name else { return tool }
            let original = tool.handler
            return AgentTool(spec: tool.spec) { arguments, context in await wrapper(arguments, context, original) }
        })
    }

    public func run(_ call: ToolCall, context: ToolContext) async -> ToolOutcome {
        guard let tool = tools.first(where: { $0.spec.name == call.name }) else {
            return .failure("unknown tool \(call.name); available: \(tools.map(\.spec.name).joined(separator: ", "))")
        }
        guard case .parsed(let arguments) = call.arguments, arguments.objectValue != nil else {
            return .failure("the arguments of \(call.name) are not a JSON object: \(call.arguments.jsonText.prefix(200))")
        }
        return await tool.handler(arguments, context)
    }

    // MARK: - Schemas

    /// Fields of a section the runner may state, by their key within the section.
    static func writableFields(ofSection section: String) -> [(key: String, field: RunnerField)] {
        RunnerField.all.compactMap { field in
            let parts = field.path.split(separator: ".")
            guard parts.count == 2, String(parts[0]) == section, field.writer == .person,
                  field.path != "identity.nameConfirmed" else { return nil }
            return (String(parts[1]), field)
        }
    }

    static func schema(forSection section: String) -> JSONValue {
        var properties: [String: JSONValue] = [:]
        for (key, field) in writableFields(ofSection: section) { properties[key] = schema(for: field) }
        return ["type": "object", "additionalProperties": false, "properties": .object(properties)]
    }

    static func schema(for field: RunnerField) -> JSONValue {
        let note: [String: JSONValue] = field.note.isEmpty ? [:] : ["description": .string(field.note)]
        func with(_ base: [String: JSONValue]) -> JSONValue { .object(base.merging(note) { first, _ in first }) }
        switch field.kind {
        case .text: return with(["type": "string"])
        case .textList: return with(["type": "array", "items": ["type": "string"]])
        case .enumeration(let values): return with(["type": "string", "enum": .array(values.map { .string($0) })])
        case .enumList(let values):
            return with(["type": "array", "items": ["type": "string", "enum": .array(values.map { .string($0) })]])
        case .boolean: return with(["type": "boolean"])
        case .integer(let range):
            var schema: [String: JSONValue] = ["type": "integer"]
            if let range { schema["minimum"] = .number(Double(range.lowerBound)); schema["maximum"] = .number(Double(range.upperBound)) }
            return with(schema)
        case .number(let range):
            var schema: [String: JSONValue] = ["type": "number"]
            if let range { schema["minimum"] = .number(range.lowerBound); schema["maximum"] = .number(range.upperBound) }
            return with(schema)
        case .date: return ["type": "string", "description": "a date, YYYY-MM-DD"]
        case .timestamp: return ["type": "string", "description": "a date (YYYY-MM-DD) or an ISO-8601 time"]
        case .duration: return ["type": "string", "description": "a duration, h:mm:ss or mm:ss"]
        case .pace: return ["type": "string", "description": "a pace such as 5:40/km or 9:10/mi"]
        case .object: return ["description": .string(field.allowed)]
        }
    }

    // MARK: - Handlers

    static func updateSection(_ section: String, _ arguments: JSONValue, _ context: ToolContext) async -> ToolOutcome {
        let allowed = Dictionary(uniqueKeysWithValues: writableFields(ofSection: section).map { ($0.key, $0.field) })
        var values: [(path: String, value: JSONValue)] = []
        var problems: [String] = []
        for (key, value) in (arguments.objectValue ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let field = allowed[key] else {
                problems.append("\(section).\(key) is not a field you can set here")
                continue
            }
            do {
                values.append((field.path, try field.validate(value)))
            } catch {
                problems.append(error.description)
            }
        }
        guard problems.isEmpty else {
            return .failure("nothing was saved: " + problems.joined(separator: "; "))
        }
        guard !values.isEmpty else { return .failure("no fields given; pass at least one of \(allowed.keys.sorted().joined(separator: ", "))") }
        do {
            guard let runner = try context.database.runner(id: context.runnerId) else { return .failure("the runner no longer exists") }
            if let refusal = HealthConsent.refusal(writing: values.map(\.path), for: runner) {
                return .failure("nothing was saved: \(refusal)")
            }
            if let seconds = values.first(where: { $0.path == "goals.targetTime" })?.value.doubleValue,
               let km = values.first(where: { $0.path == "goals.raceDistance" })?.value.doubleValue ?? runner.goals.raceDistance,
               let problem = TargetTime.problem(seconds: seconds, distanceKm: km, as: arguments["targetTime"]?.stringValue) {
                return .failure("nothing was saved: \(problem)")
            }
            let changes = try context.database.setRunnerFields(runnerId: context.runnerId, values, context: context.write)
            let state = try context.database.runner(id: context.runnerId)?.conversationState
            return .success([
                "saved": .array(values.map { .string($0.path) }),
                "dataCompleteness": state?.dataCompleteness.map { .number($0) } ?? .null,
                "readyForPlan": state?.readyForPlan.map { .bool($0) } ?? .null,
                "fieldsMissing": .array((state?.fieldsMissing ?? []).map { .string($0) }),
            ], changes: changes)
        } catch {
            return .failure("nothing was saved: \(error)")
        }
    }

    static func profile(_ context: ToolContext) -> ToolOutcome {
        do {
            guard let runner = try context.database.runner(id: context.runnerId) else { return .failure("the runner no longer exists") }
            return .success(ProfileSnapshot(runner).json)
        } catch {
            return .failure("\(error)")
        }
    }

    static func confirm(_ arguments: JSONValue, _ context: ToolContext) -> ToolOutcome {
        guard let paths = arguments["paths"]?.arrayValue?.compactMap(\.stringValue), !paths.isEmpty else {
            return .failure("pass paths, a list of dotted profile paths such as [\"running.currentVolume\"]")
        }
        do {
            let before = try context.database.runner(id: context.runnerId)
            try context.database.confirmRunnerFields(runnerId: context.runnerId, paths: paths, context: context.write)
            let after = try context.database.runner(id: context.runnerId)
            var changes: [RunnerChange] = []
            if before?.identity.nameConfirmed == false, after?.identity.nameConfirmed == true {
                changes.append(RunnerChange(path: "identity.nameConfirmed", old: false, new: true, source: .user))
            }
            return .success(["confirmed": .array(paths.map { .string($0) }),
                             "fieldsToConfirm": .array((after?.conversationState.fieldsToConfirm ?? []).map { .string($0) })],
                            changes: changes)
        } catch {
            return .failure("nothing was confirmed: \(error)")
        }
    }

    static let consentVersion = "2026-11"

    /// Records the runner's answer to the consent question. `healthData` false is a decline, kept
    /// as the answered consent version without `healthConsentAt` (see `HealthConsent`); terms and
    /// privacy are set only when passed true, after the runner was shown them.
    static func consent(_ arguments: JSONValue, _ context: ToolContext) -> ToolOutcome {
        guard let health = arguments["healthData"]?.boolValue else {
            return .failure("pass healthData: true when the runner agrees to health data being kept, false when they decline")
        }
        let now = JSONValue.number(Double(context.clock.millis))
        var values: [(path: String, value: JSONValue)] = []
        for (key, path) in [("terms", "legal.termsAcceptedAt"), ("privacy", "legal.privacyAcceptedAt"), ("healthData", "legal.healthConsentAt")]
        where arguments[key]?.boolValue == true {
            values.append((path, now))
        }
        if !health, (try? context.database.runner(id: context.runnerId))??.legal.healthConsentAt != nil {
            return .failure("health-data consent was already given; withdrawing it means deleting the health data, "
                + "which the runner can do with `cadence runner set health.<field> null` or `cadence runner delete`")
        }
        values.append(("legal.consentVersion", .string(consentVersion)))
        if let marketing = arguments["marketing"]?.boolValue { values.append(("legal.marketingOptIn", .bool(marketing))) }
        do {
            let changes = try context.database.setRunnerFields(runnerId: context.runnerId, values, context: context.write)
            return .success(["recorded": .array(values.map { .string($0.path) })], changes: changes)
        } catch {
            return .failure("nothing recorded: \(error)")
        }
    }

    static func createPlan(_ arguments: JSONValue, _ context: ToolContext) -> ToolOutcome {
        var start: Date?
        if let text = arguments["start"]?.stringValue {
            guard let millis = RunnerField.parseInstant(text) else { return .failure("start must be a date like 2027-01-04 (got \(text))") }
            start = Date(timeIntervalSince1970: Double(millis) / 1000)
        }
        let gate = PlanGate(database: context.database, clock: context.clock, ids: context.ids)
        let gated: PlanGate.Gated
        do {
            gated = try gate.create(runnerId: context.runnerId, start: start)
        } catch {
            return .failure("no plan: \(error)")
        }
        let plan = gated.plan
        let pending = PlanService.pendingConfirmations(plan)
        let adjusted = plan.safeguardApplications.filter { $0.applied && $0.adjustedValue != nil }
        var outcome = ToolOutcome.success([
            "planId": .string(plan.id), "name": .string(plan.name), "status": .string(plan.status.rawValue),
            "startDate": .string(RunnerField.formatDate(plan.startDate)), "endDate": .string(RunnerField.formatDate(plan.endDate)),
            "coachSummary": .string(plan.seasonView.coachSummary),
            "goalFeasibility": .string(gated.checked.assessment.feasibility.rawValue),
            "goalFeasibilityReason": .string(gated.checked.assessment.reason),
            "weeks": .array(plan.weeklyPlan.map { week in
                ["week": .number(Double(week.weekNumber)), "phase": .string(week.phaseName), "km": .number(week.volumeKm.rounded()),
                 "label": week.weekLabel.map { .string($0) } ?? .null]
            }),
            "safeguards": [
                "checked": .number(Double(plan.safeguardApplications.count)), "adjustments": .array(adjusted.map { .string($0.reason) }),
                "warnings": .array(gated.checked.warnings.map { .string($0) }),
            ],
            "pendingConfirmations": .array(pending.map { .string($0.reason) }),
            "instructions": .string(pending.isEmpty
                ? "Present this plan; it passed the safeguard check. The runner can see it all with /plan or `cadence plan show`."
                : "Put each pending confirmation to the runner; call confirm_plan only after they agree. Until then the plan stays a draft."),
        ])
        outcome.safeguard = (plan.id, (try? JSONValue(encoding: plan.safeguardApplications)) ?? .array([]), gated.verdict)
        return outcome
    }

    static func confirmPlan(_ context: ToolContext) -> ToolOutcome {
        do {
            guard let plan = try PlanGate(database: context.database, clock: context.clock, ids: context.ids)
                .confirm(runnerId: context.runnerId) else {
                return .failure("there is no draft plan waiting for confirmation")
            }
            return .success(["planId": .string(plan.id), "status": .string(plan.status.rawValue)])
        } catch {
            return .failure("not confirmed: \(error)")
        }
    }

    static func searchKnowledge(_ arguments: JSONValue, _ context: ToolContext) async -> ToolOutcome {
        guard let query = arguments["query"]?.stringValue, query.count >= 2 else { return .failure("pass a query of at least 2 characters") }
        guard let knowledge = context.knowledge else { return .failure("the knowledge base is not available in this session") }
        let k = min(max(arguments["k"]?.doubleValue.flatMap { Int(checking: $0) } ?? 3, 1), 8)
        do {
            let runner = try context.database.runner(id: context.runnerId)
            let filter = KnowledgeFilter(goal: runner?.goals.goalType?.rawValue, experience: runner?.running.experienceLevel?.rawValue)
            let hits = try await knowledge.search(query, k: k, filter: filter)
            return .success(["results": .array(hits.map { hit in
                [
                    "id": .string(hit.entry.id), "title": .string(hit.entry.title), "summary": .string(hit.entry.summary),
                    "content": .string(hit.entry.content), "source": .string(hit.entry.sourceReference ?? hit.entry.source),
                    "score": .number((hit.score * 1000).rounded() / 1000),
                ]
            })])
        } catch {
            return .failure("search failed: \(error)")
        }
    }
}
