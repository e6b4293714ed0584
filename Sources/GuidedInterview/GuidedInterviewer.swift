import CadenceCore
import Foundation
import LLM
import Yams

/// The offline coach as a `LanguageModel`, so the same chat loop, tools, transcripts and safety
/// check apply as with a real model. Each runner message goes through `Interview` (pure); the
/// facts it finds are saved with the profile tools, and once the tool results come back the
/// interviewer acknowledges them and asks the next question. It reads the profile through an
/// injected closure and touches no database.
public final class GuidedInterviewer: LanguageModel, OpensConversation, @unchecked Sendable {
    public static let modelName = "guided-interviewer-v1"

    public let interview: Interview
    let profile: @Sendable () throws -> Runner
    let clock: Clock
    private let lock = NSLock()
    private var state = InterviewState()
    /// What the current turn sent to the tools, to acknowledge once saved.
    private var pending: [String: [ExtractedFact]] = [:]
    private var consentCall: (id: String, agreed: Bool)?
    private var note: String?
    private var callCount = 0

    /// `questionsYAML` is `prompts/guided/questions.yaml`; `profile` reads the runner as stored now.
    public init(questionsYAML: String, profile: @escaping @Sendable () throws -> Runner, clock: Clock) throws(InterviewError) {
        let questions: [InterviewQuestion]
        do {
            questions = try YAMLDecoder().decode([InterviewQuestion].self, from: questionsYAML)
        } catch {
            throw .questions("is not a list of {path, required, question, hint}: \(error)")
        }
        for question in questions where question.path != "legal.healthConsentAt" {
            guard (try? RunnerField.named(question.path)) != nil else { throw .questions("\(question.path) is not a runner field") }
        }
        interview = Interview(questions: questions)
        self.profile = profile
        self.clock = clock
    }

    public func stream(_ request: LLMRequest) -> AsyncThrowingStream<LLMEvent, Error> {
        let events: [LLMEvent]
        do {
            events = try lock.withLock { try respond(to: request) }
        } catch {
            return AsyncThrowingStream { $0.finish(throwing: LLMError(.invalidResponse, "The guided interviewer failed: \(error)")) }
        }
        return AsyncThrowingStream { continuation in
            for event in events { continuation.yield(event) }
            continuation.finish()
        }
    }

    private func respond(to request: LLMRequest) throws -> [LLMEvent] {
        let runner = try profile()
        switch request.messages.last {
        case nil:
            let (text, next) = interview.opening(profile: runner, state: state)
            state = next
            return self.text(text)
        case .user(let message)?:
            return hear(message, runner)
        case .toolResults(let results)?:
            return acknowledge(results, runner)
        case .assistant?, .context?:
            return text(interview.nextQuestion(profile: runner, state: &state))
        }
    }

    private func hear(_ message: String, _ runner: Runner) -> [LLMEvent] {
        let turn = interview.hear(message, profile: runner, state: state, today: clock.now())
        state = turn.state
        note = turn.note
        pending = [:]
        consentCall = nil
        var calls: [ToolCall] = []
        if let agreed = turn.consent {
            // Only the health-data answer: terms and privacy are accepted where they are shown.
            let consent = call("record_consent", ["healthData": .bool(agreed)])
            consentCall = (consent.id, agreed)
            calls.append(consent)
        }
        let bySection = Dictionary(grouping: turn.facts) { String($0.path.prefix { $0 != "." }) }
        for section in ["identity", "physical", "running", "goals", "schedule", "health", "coaching"] {
            guard let facts = bySection[section], !facts.isEmpty else { continue }
            var arguments: [String: JSONValue] = [:]
            for fact in facts { arguments[String(fact.path.dropFirst(section.count + 1))] = fact.value }
            let tool = call("update_\(section)", .object(arguments))
            pending[tool.id] = facts
            calls.append(tool)
            if facts.contains(where: { $0.path == "identity.name" }) {
                calls.append(call("confirm_fields", ["paths": ["identity.name"]]))
            }
        }
        if calls.isEmpty { return text(turn.reply ?? interview.nextQuestion(profile: runner, state: &state)) }
        return toolCalls(calls)
    }

    private func acknowledge(_ results: [ToolResult], _ runner: Runner) -> [LLMEvent] {
        var saved: [ExtractedFact] = []
        var problems: [String] = []
        var consented: Bool?
        for result in results {
            if result.isError {
                let message = (try? JSONValue(parsing: result.content))?["error"]?.stringValue ?? result.content
                problems.append(message)
            } else if let facts = pending[result.callID] {
                saved += facts
            } else if result.callID == consentCall?.id {
                consented = consentCall?.agreed
            }
        }
        pending = [:]
        consentCall = nil
        let (text, next) = interview.afterSaving(saved: saved, consented: consented, problems: problems, note: note,
                                                 profile: runner, state: state)
        note = nil
        state = next
        return self.text(text)
    }

    // MARK: - Events

    private func call(_ name: String, _ arguments: JSONValue) -> ToolCall {
        callCount += 1
        return ToolCall(id: "guided-\(callCount)", name: name, arguments: .parsed(arguments))
    }

    private func text(_ text: String) -> [LLMEvent] {
        [.textDelta(text), .usage(TokenUsage()), .stop(.endTurn)]
    }

    private func toolCalls(_ calls: [ToolCall]) -> [LLMEvent] {
        var events: [LLMEvent] = []
        for (index, call) in calls.enumerated() {
            events += [.toolCallStarted(index: index, id: call.id, name: call.name),
                       .toolCallArgumentsDelta(index: index, fragment: call.arguments.jsonText),
                       .toolCallCompleted(index: index, call: call)]
        }
        return events + [.usage(TokenUsage()), .stop(.toolUse)]
    }
}

/// What can go wrong setting up the interview.
public enum InterviewError: Error, CustomStringConvertible, Sendable {
    case questions(String)

    /// What is wrong with the questions file.
    public var reason: String {
        switch self {
        case .questions(let reason): return reason
        }
    }

    public var description: String { "prompts/guided/questions.yaml \(reason); fix the file and try again" }
}
