import CadenceCore
import Foundation
import LLM
import Store
import Yams

/// The offline coach: a deterministic interviewer that is itself a `LanguageModel`, so the same
/// loop, tools, transcripts and safety check apply as with a real model. It asks for what the
/// profile still lacks, in the order of `prompts/guided/questions.yaml`, understands ordinary
/// answers (every fact it recognises in any message, through `FactExtractor`), saves them with
/// the profile tools, repeats back what it understood, and accepts corrections at any time.
public final class GuidedInterviewer: LanguageModel, OpensConversation, @unchecked Sendable {
    public static let modelName = "guided-interviewer-v1"

    public struct Question: Decodable, Sendable, Equatable {
        public let path: String
        public let required: Bool
        public let question: String
        public let hint: String?
    }

    let database: AppDatabase
    let runnerId: String
    let questions: [Question]
    let clock: Clock
    private let lock = NSLock()
    /// The path of the question asked last, which resolves bare answers ("34", "Sunday").
    private var asked: String?
    private var skipped: Set<String> = []
    /// Answers to each question that could not be understood.
    private var misses: [String: Int] = [:]
    /// Facts sent to the tools in the current turn, to repeat back once saved.
    private var pending: [String: [ExtractedFact]] = [:]
    private var summarised = false
    private var invitedCorrections = false

    public init(database: AppDatabase, runnerId: String, prompts: PromptSet, clock: Clock) throws(AgentError) {
        self.database = database
        self.runnerId = runnerId
        self.clock = clock
        let path = prompts.directory.appendingPathComponent("guided/questions.yaml").path
        guard let text = prompts.guidedQuestions else { throw .prompts(path: path, reason: "is missing") }
        do {
            questions = try YAMLDecoder().decode([Question].self, from: text)
        } catch {
            throw .prompts(path: path, reason: "is not a list of {path, required, question, hint}: \(error)")
        }
        for question in questions where question.path != "legal.healthConsentAt" {
            guard (try? RunnerField.named(question.path)) != nil else {
                throw .prompts(path: path, reason: "\(question.path) is not a runner field")
            }
        }
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

    // MARK: - Turns

    private func respond(to request: LLMRequest) throws -> [LLMEvent] {
        switch request.messages.last {
        case nil:
            return text(greeting() + nextQuestion(after: []))
        case .user(let message)?:
            return try interpret(message)
        case .toolResults(let results)?:
            return text(acknowledge(results) + nextQuestion(after: results))
        case .assistant?:
            return text(nextQuestion(after: []))
        }
    }

    private func interpret(_ message: String) throws -> [LLMEvent] {
        let runner = try currentRunner()
        let extractor = FactExtractor(today: clock.now())
        let extraction = extractor.extract(message, expecting: asked, knownRaceDistance: runner.goals.raceDistance)
        var facts = extraction.facts
        // "At the weekend" in answer to the long-run question is about the long run, not the running days.
        if asked == "schedule.longRunDay", runner.schedule.preferredDays != nil { facts.removeAll { $0.path == "schedule.preferredDays" } }
        if let name = Self.name(in: message, expecting: asked), !facts.contains(where: { $0.path == "identity.name" }) {
            facts.append(ExtractedFact(path: "identity.name", value: .string(name), said: "you're \(name)"))
        }
        if let asked, !facts.contains(where: { $0.path == asked }), let affirmed = extraction.affirmed,
           let field = try? RunnerField.named(asked), field.kind == .boolean {
            facts.append(ExtractedFact(path: asked, value: .bool(affirmed), said: affirmed ? "yes" : "no"))
        }

        var calls: [ToolCall] = []
        if asked == "legal.healthConsentAt", let affirmed = extraction.affirmed ?? Self.leadingYesOrNo(message) {
            if affirmed {
                calls.append(call("record_consent", ["terms": true, "privacy": true, "healthData": true]))
            } else {
                skipped.insert("legal.healthConsentAt")
            }
        }
        if extraction.skipped, let asked { skipped.insert(asked) }

        pending = [:]
        let bySection = Dictionary(grouping: facts) { String($0.path.prefix { $0 != "." }) }
        for section in ToolRegistry.profileSections {
            guard let sectionFacts = bySection[section], !sectionFacts.isEmpty else { continue }
            var arguments: [String: JSONValue] = [:]
            for fact in sectionFacts { arguments[String(fact.path.dropFirst(section.count + 1))] = fact.value }
            let tool = call("update_\(section)", .object(arguments))
            pending[tool.id] = sectionFacts
            calls.append(tool)
            if sectionFacts.contains(where: { $0.path == "identity.name" }) {
                calls.append(call("confirm_fields", ["paths": ["identity.name"]]))
            }
        }
        if !calls.isEmpty { return toolCalls(calls) }

        if asked == "legal.healthConsentAt", (extraction.affirmed ?? Self.leadingYesOrNo(message)) == false {
            return text("No problem. Without your consent I can't keep health details such as injuries on this computer, "
                + "so I'll leave those out and your plan will be more cautious. " + nextQuestion(after: []))
        }
        if extraction.skipped { return text("Fine, we'll skip that. " + nextQuestion(after: [])) }
        let question = questions.first { $0.path == asked }
        if let asked, let question, !question.required,
           extraction.affirmed == false || Self.leadingYesOrNo(message) == false || Self.declines(message) {
            skipped.insert(asked)
            return text("Fine, we'll leave that out. " + nextQuestion(after: []))
        }
        // Asking the same thing over and over helps no one: an optional question is dropped after
        // two misses, a required one after three (any later message can still answer it).
        if let asked, let question {
            misses[asked, default: 0] += 1
            if misses[asked, default: 0] >= (question.required ? 3 : 2) {
                skipped.insert(asked)
                return text("Let's leave that for now; you can tell me any time. " + nextQuestion(after: []))
            }
        }
        return text("Sorry, I didn't catch that. " + (question.map { ask($0) } ?? nextQuestion(after: [])))
    }

    /// "Got it: half marathon (21.1 km), race on 20 April 2027." and any value the tools refused.
    private func acknowledge(_ results: [ToolResult]) -> String {
        var understood: [String] = []
        var problems: [String] = []
        var consented = false
        for result in results {
            if result.isError {
                let message = (try? JSONValue(parsing: result.content))?["error"]?.stringValue ?? result.content
                problems.append(message)
            } else if let facts = pending[result.callID] {
                // The distance label repeats the distance; say each thing once.
                for said in facts.filter({ $0.path != "goals.raceDistanceLabel" }).map(\.said) where !understood.contains(said) {
                    understood.append(said)
                }
            } else if (try? JSONValue(parsing: result.content))?["recorded"] != nil {
                consented = true
            }
        }
        pending = [:]
        var text = consented ? "Thank you, noted. " : ""
        if !understood.isEmpty { text += "Got it: " + Self.list(understood) + ". " }
        if !problems.isEmpty { text += "I couldn't save everything: " + problems.joined(separator: "; ") + ". " }
        if !understood.isEmpty, !invitedCorrections {
            text += "(If I get anything wrong, just say so, for example \"no, 25k a week\".)"
            invitedCorrections = true
        }
        return text.isEmpty ? "" : text + "\n\n"
    }

    private func greeting() -> String {
        "Hi, I'm Cadence, your running coach. I'll ask a few questions so I can build a plan that fits you; "
            + "answer in your own words, say \"skip\" to pass on one, and correct me any time.\n\n"
    }

    /// The first unanswered question, or a summary when the interview is complete.
    private func nextQuestion(after results: [ToolResult]) -> String {
        guard let runner = try? currentRunner() else { return "I can't read your profile right now. Try again in a moment." }
        let document = (try? JSONValue(encoding: runner)) ?? .null
        for question in questions where !skipped.contains(question.path) && !isAnswered(question.path, runner, document) {
            asked = question.path
            return ask(question)
        }
        asked = nil
        let state = runner.conversationState
        var text = summarised ? "" : "That's everything I need for now. Here's what I have:\n\n" + ProfileSnapshot(runner).lines
            .filter { !$0.hasPrefix("legal.") && !$0.hasPrefix("identity.nameConfirmed") }.map { "  " + $0 }.joined(separator: "\n") + "\n\n"
        summarised = true
        if state.readyForPlan == true {
            text += "Your profile is \(Int(state.dataCompleteness ?? 0))% complete and ready for a plan: "
                + "run `cadence plan generate` when you like. Anything else you want to tell me or correct?"
        } else {
            text += "A plan still needs: \((state.fieldsMissing ?? []).joined(separator: ", ")). Tell me whenever you're ready."
        }
        return text
    }

    private func ask(_ question: Question) -> String {
        question.question + (question.hint.map { " " + $0 } ?? "")
    }

    private func isAnswered(_ path: String, _ runner: Runner, _ document: JSONValue) -> Bool {
        if path == "identity.name" { return runner.identity.nameConfirmed }
        // Named running days say how many days there are (plan readiness takes either).
        if path == "schedule.availableDays", runner.schedule.preferredDays?.isEmpty == false { return true }
        if path == "goals.raceDistance" || path == "goals.raceDate" || path == "goals.targetTime",
           runner.goals.goalType != nil, runner.goals.goalType != .race {
            return true  // only asked for a race goal
        }
        return !document.value(atPath: path).isNull
    }

    private func currentRunner() throws -> Runner {
        guard let runner = try database.runner(id: runnerId) else { throw AgentError.store("the runner no longer exists") }
        return runner
    }

    /// A yes/no question answered in a sentence ("Yes, that's fine with me", "no thanks").
    static func leadingYesOrNo(_ message: String) -> Bool? {
        let first = message.lowercased().split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        if ["yes", "yeah", "yep", "yup", "sure", "ok", "okay", "fine", "absolutely", "definitely", "agreed"].contains(first) { return true }
        if ["no", "nope", "nah"].contains(first) { return false }
        return nil
    }

    /// "I just want to finish", "there's no real limit": no answer to give to an optional question.
    static func declines(_ message: String) -> Bool {
        let lower = message.lowercased()
        return ["just want to finish", "just finish", "no limit", "no real limit", "no preference", "doesn't matter",
                "does not matter", "don't mind", "do not mind", "no target"].contains { lower.contains($0) }
    }

    // MARK: - Names

    /// "I'm Alex", "my name is Sam Lee", "call me Jo", or a bare answer to the name question.
    static func name(in message: String, expecting: String?) -> String? {
        let cleaned = message.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        let lower = cleaned.lowercased()
        var candidate: String?
        // A question back ("Does it matter?") is not a name.
        if cleaned.isEmpty || message.contains("?") { return nil }
        // "it's …" names someone only in answer to the name question ("it's more like 20k" does not).
        let prefixes = ["my name is ", "my name's ", "call me ", "i'm called ", "i am called ", "name's "] + (expecting == "identity.name" ? ["it's "] : [])
        for prefix in prefixes {
            if let range = lower.range(of: prefix) {
                candidate = String(cleaned[range.upperBound...])
                break
            }
        }
        if candidate == nil, expecting == "identity.name" {
            candidate = cleaned
            for prefix in ["i'm ", "i am ", "im ", "hi ", "hello "] where lower.hasPrefix(prefix) {
                candidate = String(cleaned.dropFirst(prefix.count))
            }
        }
        guard let words = candidate?.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })
            .prefix(while: { $0.first?.isLetter == true && !["and", "but", "im", "i'm"].contains($0.lowercased()) }),
              (1...3).contains(words.count), words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" } }) else {
            return nil
        }
        return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    // MARK: - Events

    private var callCount = 0

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

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}
