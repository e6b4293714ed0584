import Agent
import CadenceCore
import Coaching
import Foundation
import Knowledge
import LLM
import Planning
import Store
import GuidedInterview

/// Who coaches in an eval: the offline guided interviewer, or a language model.
public enum EvalCoach: Sendable {
    case guided
    /// `options` carries the model's name and its sampling (`--max-tokens`, `--temperature`, `--seed`).
    case model(provider: String, options: LLMOptions, make: @Sendable () -> any LanguageModel)

    var provider: String { if case .model(let provider, _, _) = self { provider } else { "guided" } }
    var modelName: String { if case .model(_, let options, _) = self { options.model } else { GuidedInterviewer.modelName } }
    var options: LLMOptions { if case .model(_, let options, _) = self { options } else { LLMOptions(model: modelName, maxTokens: 2048) } }

    /// A conversation with this coach about `runner` (the guided interviewer reads and writes `database`).
    func session(id: String, database: AppDatabase, runner: Runner, prompts: PromptSet, knowledge: KnowledgeSnapshot, clock: Clock,
                 ids: IDGenerator, observers: [any ChatObserver]) throws -> ChatSession {
        let model: any LanguageModel
        switch self {
        case .guided: model = try GuidedInterviewer(database: database, runnerId: runner.id, prompts: prompts, clock: clock)
        case .model(_, _, let make): model = make()
        }
        let info = SessionInfo(id: id, provider: provider, model: modelName, baseURL: nil, promptsDirectory: prompts.directory.path,
                               promptsSHA256: prompts.sha256, runnerId: runner.id, cadenceVersion: "eval")
        return try ChatSession(info: info, model: model, options: options, prompts: prompts,
                               database: database, knowledge: knowledge.index, clock: clock, ids: ids, observers: observers)
    }
}

/// Runs eval cases: each conversation on its own in-memory database, on the suite's fixed day,
/// with the knowledge base and safeguards loaded, then checks the case's expectations.
public struct EvalRunner: Sendable {
    public let prompts: PromptSet
    public let coach: EvalCoach
    /// Plays personas instead of the rules when set.
    public let personaModel: (any LanguageModel)?
    /// Grades rubrics when set; rubrics are skipped otherwise.
    public let grader: (any LanguageModel)?
    public let prices: PriceTable
    /// Writes one transcript per conversation here when set (replayable with `cadence replay`).
    public let transcripts: URL?
    /// Removed from anything written to the transcripts.
    let secrets: [String]
    let knowledge: KnowledgeSnapshot

    public init(prompts: PromptSet, coach: EvalCoach, knowledge: KnowledgeSnapshot, personaModel: (any LanguageModel)? = nil,
                grader: (any LanguageModel)? = nil, prices: PriceTable = .defaults, transcripts: URL? = nil, secrets: [String] = []) {
        self.secrets = secrets
        self.prompts = prompts
        self.coach = coach
        self.personaModel = personaModel
        self.grader = grader
        self.prices = prices
        self.transcripts = transcripts
        self.knowledge = knowledge
    }

    /// Fails once, before any case runs, when the coach cannot start with these prompts: a broken
    /// `guided/questions.yaml` would otherwise fail every case the same way.
    public func checkCoach() throws(TranscriptError) {
        guard case .guided = coach else { return }
        let path = prompts.directory.appendingPathComponent("guided/questions.yaml").path
        guard let text = prompts.guidedQuestions else { throw .prompts(path, "is missing; the guided interviewer asks its questions from it") }
        do {
            _ = try GuidedInterviewer(questionsYAML: text, profile: { throw TranscriptError.prompts(path, "is only being checked") }, clock: .system)
        } catch {
            throw .prompts(path, error.reason)
        }
    }

    /// Every case of the suite, `repeat` times each.
    public func run(_ suite: EvalSuite, repeat count: Int = 1, progress: @Sendable (String) -> Void = { _ in }) async -> Scorecard {
        var results: [CaseResult] = []
        for evalCase in suite.cases {
            var runs: [EvalRun] = []
            for attempt in 1...max(1, count) {
                progress(count > 1 ? "\(evalCase.name) (\(attempt)/\(count))" : evalCase.name)
                runs.append(await run(evalCase, suite: suite, attempt: count > 1 ? attempt : nil))
            }
            results.append(CaseResult(evalCase: evalCase, threshold: evalCase.threshold ?? suite.threshold, runs: runs))
        }
        return Scorecard(suite: suite.name, prompts: prompts.directory.path, promptsSHA256: prompts.sha256, provider: coach.provider,
                         model: coach.modelName, threshold: suite.threshold, cases: results)
    }

    /// One conversation and its checks. Failures of the conversation itself (a model error)
    /// are reported in the run, never thrown: one broken case must not hide the others.
    public func run(_ evalCase: EvalCase, suite: EvalSuite, attempt: Int? = nil) async -> EvalRun {
        let started = ContinuousClock.now
        var record = ConversationRecord()
        do {
            record = try await converse(evalCase, suite: suite, attempt: attempt)
        } catch {
            // Setting the conversation up failed (scratch database, transcript file, prompts).
            record.error = "\(error)"
            record.errorOwner = .harness
        }
        var run = EvalRun(record: record)
        run.assertions = await EvalAssertions(evalCase: evalCase, record: record, grader: grader, prices: prices, model: coach.modelName).check()
        run.wallMs = Self.milliseconds(ContinuousClock.now - started)
        run.metrics = EvalMetrics(record: record, assertions: run.assertions, prices: prices, model: coach.modelName,
                                  wallMs: run.wallMs)
        run.score = EvalAssertions.score(run.assertions, weights: evalCase.weights)
        return run
    }

    func converse(_ evalCase: EvalCase, suite: EvalSuite, attempt: Int?) async throws -> ConversationRecord {
        let clock = Clock.fixed(suite.today)
        let ids = IDGenerator.sequential(prefix: "eval")
        let (database, runner) = try knowledge.scratchDatabase(clock: clock, ids: ids)
        let collector = EventCollector()
        var observers: [any ChatObserver] = [collector]
        if let transcripts {
            let name = evalCase.name.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" } + (attempt.map { "-\($0)" } ?? "")
            observers.append(try TranscriptRecorder(url: transcripts.appendingPathComponent(String(name) + ".jsonl"), clock: clock, secrets: secrets))
        }
        let chat = try coach.session(id: "eval-\(evalCase.name)", database: database, runner: runner, prompts: prompts,
                                     knowledge: knowledge, clock: clock, ids: ids, observers: observers)
        let simulated: any SimulatedRunner
        if let turns = evalCase.turns {
            simulated = ScriptedRunner(turns)
        } else if let persona = evalCase.persona {
            simulated = personaModel.map { LLMPersona(persona, model: $0, options: LLMOptions(model: "persona", maxTokens: 300)) }
                ?? RuleBasedPersona(persona)
        } else {
            simulated = ScriptedRunner([])
        }

        var record = ConversationRecord()
        let budget = evalCase.maxTurns ?? suite.maxTurns
        // Whose step failed, if one did: the coach's reply or the simulated runner's.
        var owner = Owner.coach
        do {
            var coachSaid = try await chat.open() ?? ""
            record.replies.append(coachSaid)
            for turn in 1...max(1, budget) {
                owner = .simulatedRunner
                guard let said = try await simulated.next(coach: coachSaid, turn: turn) else {
                    if let question = simulated.unrecognisedQuestion, try database.runner(id: runner.id)?.conversationState.readyForPlan != true {
                        record.personaStopped = PersonaStop(turn: turn, question: question)
                    }
                    break
                }
                owner = .coach
                record.turns = turn
                coachSaid = try await chat.send(said)
                record.replies.append(coachSaid)
                if record.turnsToCompletion == nil, try database.runner(id: runner.id)?.conversationState.readyForPlan == true {
                    record.turnsToCompletion = turn
                }
            }
        } catch {
            record.error = "turn \(record.turns): \(error)"
            record.errorOwner = owner
        }
        await chat.end(reason: "eval")
        record.events = collector.events
        record.runner = try database.runner(id: runner.id)
        record.plan = planOutcome(database: database, runnerId: runner.id, clock: clock, ids: ids)
        return record
    }

    /// The plan for the final profile, through the same gate as everywhere else.
    func planOutcome(database: AppDatabase, runnerId: String, clock: Clock, ids: IDGenerator) -> PlanOutcome {
        do {
            let gated = try PlanGate(database: database, clock: clock, ids: ids).create(runnerId: runnerId)
            let draft = gated.checked.draft
            let longRunDays = draft.weeks.compactMap { week in week.longRunIndex.map { week.sessions[$0].day } }
            let commonest = Dictionary(grouping: longRunDays) { $0 }.max { ($0.value.count, -$0.key) < ($1.value.count, -$1.key) }?.key
            return PlanOutcome(
                created: true, refusal: nil, verdict: gated.verdict,
                peakWeeklyVolume: draft.weeks.map(\.targetKm).max() ?? 0,
                longRunDay: commonest.map { RunnerProfile.weekdayNames[$0] },
                safeguardTrips: gated.plan.safeguardApplications.filter(\.applied).count,
                // Quality sessions (not the race) in the hardest week.
                maxHardSessionsPerWeek: draft.weeks.map { $0.sessions.filter { $0.kind.isHard && $0.kind != .race }.count }.max() ?? 0,
                hardViolations: SafeguardEngine(safeguards: (try? database.safeguards()) ?? []).violations(in: draft),
                feasibility: gated.checked.assessment.feasibility.rawValue)
        } catch {
            return PlanOutcome(created: false, refusal: "\(error)")
        }
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}

/// Everything a conversation produced that expectations and metrics look at.
public struct ConversationRecord: Sendable {
    /// Runner turns taken.
    public var turns = 0
    /// The first runner turn after which the profile was ready for a plan.
    public var turnsToCompletion: Int?
    /// What the coach said: the greeting (possibly empty) then one reply per turn.
    public var replies: [String] = []
    public var events: [TranscriptEvent] = []
    public var runner: Runner?
    public var plan = PlanOutcome(created: false, refusal: "no conversation")
    /// Why the conversation stopped early, when it did.
    public var error: String?
    /// Whose failure `error` is.
    public var errorOwner: Owner?
    /// The simulated runner fell silent on a question it did not recognise, before the profile was ready.
    public var personaStopped: PersonaStop?

    public var toolCalls: [(name: String, arguments: JSONValue)] {
        events.flatMap { event -> [(name: String, arguments: JSONValue)] in
            guard case .modelResponse(let response) = event else { return [] }
            return response.toolCalls.map { ($0.name, $0.arguments) }
        }
    }

    public var toolOutcomes: [(name: String, ok: Bool)] {
        events.compactMap { event in
            guard case .toolResult(let result) = event else { return nil }
            return (result.name, result.ok)
        }
    }
}

/// Whose a failed check is: the coach under test (model or guided interviewer), the simulated
/// runner that plays the other side, or the eval harness itself (a bad suite file, a setup failure).
public enum Owner: String, Codable, Sendable {
    case coach
    case simulatedRunner = "simulated runner"
    case harness
}

/// Where and on what a rule-based persona stopped answering.
public struct PersonaStop: Codable, Sendable, Equatable {
    public var turn: Int
    public var question: String

    public var description: String { "the simulated runner stopped answering at turn \(turn): it did not recognise \"\(question)\"" }
}

public struct PlanOutcome: Sendable {
    public var created: Bool
    public var refusal: String?
    public var verdict: String?
    public var peakWeeklyVolume: Double?
    public var longRunDay: String?
    public var safeguardTrips = 0
    public var maxHardSessionsPerWeek = 0
    public var hardViolations: [String] = []
    public var feasibility: String?
}

/// Keeps a conversation's events for checking afterwards, in the transcript's typed form, so
/// eval and replay read a live conversation exactly as they read a recorded one.
final class EventCollector: ChatObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [TranscriptEvent] = []
    func record(_ event: ChatEvent) { lock.withLock { recorded.append(TranscriptEvent(event)) } }
    var events: [TranscriptEvent] { lock.withLock { recorded } }
}
