import CadenceCore
import Foundation
import LLM

/// The runner's side of an eval conversation: what they say next, given what the coach just
/// said. Nil means they have nothing more to say and the conversation ends.
public protocol SimulatedRunner: AnyObject, Sendable {
    func next(coach: String, turn: Int) async throws -> String?
    /// The coach's question this runner fell silent on because it did not recognise it, if it
    /// did: then what the coach missed afterwards is the simulated runner's failure, not the coach's.
    var unrecognisedQuestion: String? { get }
}

extension SimulatedRunner {
    public var unrecognisedQuestion: String? { nil }
}

/// Says its lines in order, whatever the coach asks.
public final class ScriptedRunner: SimulatedRunner, @unchecked Sendable {
    private let lines: [String]
    private let lock = NSLock()
    private var said = 0

    public init(_ lines: [String]) { self.lines = lines }

    public func next(coach: String, turn: Int) async throws -> String? {
        lock.withLock {
            guard said < lines.count else { return nil }
            said += 1
            return lines[said - 1]
        }
    }
}

/// A persona played by rules: it works out what the coach asked (`PersonaTopic`) and answers
/// from its facts in its style, or with the case's own words for that topic. It ends the
/// conversation when the coach asks nothing it recognises.
public final class RuleBasedPersona: SimulatedRunner, @unchecked Sendable {
    let persona: Persona
    private let lock = NSLock()
    private var timesAsked: [String: Int] = [:]
    private var unrecognised: String?

    public init(_ persona: Persona) { self.persona = persona }

    public var unrecognisedQuestion: String? { lock.withLock { unrecognised } }

    public func next(coach: String, turn: Int) async throws -> String? {
        lock.withLock {
            if turn == 1, let opening = persona.opening { return opening }
            if let interjection = persona.interjections.first(where: { $0.turn == turn }) { return interjection.say }
            var topics = PersonaTopic.asked(in: coach)
            // "How many days, and which ones?" is one answer.
            if topics.contains(where: { $0.key == "schedule.availableDays" }) { topics.removeAll { $0.key == "schedule.preferredDays" } }
            guard !topics.isEmpty else {
                // Silence after a question (not after a closing remark) means the rules missed it.
                if let question = Self.question(in: coach) { unrecognised = question }
                return nil
            }
            let answers = topics.map { answer($0) }
            return answers.joined(separator: persona.style == .terse ? ", " : " ")
        }
    }

    /// The last sentence with a question mark in a coach's message, nil when it asks nothing.
    static func question(in message: String) -> String? {
        guard let mark = message.lastIndex(of: "?") else { return nil }
        let head = message[..<mark]
        let start = head.lastIndex { ".!?\n".contains($0) }.map { message.index(after: $0) } ?? message.startIndex
        let sentence = message[start...mark].trimmingCharacters(in: .whitespacesAndNewlines)
        return sentence.isEmpty ? nil : sentence
    }

    private func answer(_ topic: PersonaTopic) -> String {
        let count = timesAsked[topic.key, default: 0]
        timesAsked[topic.key] = count + 1
        if let own = persona.answers[topic.key], !own.isEmpty { return own[min(count, own.count - 1)] }
        if persona.style == .vague, count == 0 { return topic.vague }
        return PersonaTopic.render(topic.key, facts: persona.facts, consent: persona.consent, style: persona.style, units: persona.units)
    }
}

/// A persona played by a language model, which is given the facts, the style and the words to use.
public final class LLMPersona: SimulatedRunner, @unchecked Sendable {
    let persona: Persona
    let model: any LanguageModel
    let options: LLMOptions
    private let lock = NSLock()
    private var history: [LLMMessage] = []
    public private(set) var usage = TokenUsage()

    /// What the model says when the coach has nothing more to ask.
    static let done = "DONE"

    public init(_ persona: Persona, model: any LanguageModel, options: LLMOptions) {
        self.persona = persona
        self.model = model
        self.options = options
    }

    public func next(coach: String, turn: Int) async throws -> String? {
        if turn == 1, let opening = persona.opening { return remember(coach: coach, said: opening) }
        if let interjection = persona.interjections.first(where: { $0.turn == turn }) { return remember(coach: coach, said: interjection.say) }
        let messages = lock.withLock { history } + [.user(coach.isEmpty ? "(The coach is waiting for you to start.)" : coach)]
        let response = try await model.complete(LLMRequest(system: system, messages: messages, tools: [], options: options))
        lock.withLock { usage += response.usage ?? TokenUsage() }
        let text = response.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty || text.uppercased().hasPrefix(Self.done) { return nil }
        return remember(coach: coach, said: text)
    }

    private func remember(coach: String, said: String) -> String {
        lock.withLock {
            history += [.user(coach.isEmpty ? "(The coach is waiting for you to start.)" : coach), .assistant(AssistantMessage(content: [.text(said)]))]
        }
        return said
    }

    var system: String {
        var lines = [
            "You are role-playing a runner talking to a running coach in a chat. Stay in character; never mention being an AI.",
            "Answer only what the coach asks, in one or two short sentences, in the style described. Never volunteer a fact that was not asked for.",
            "When the coach has nothing more to ask you, reply with exactly \(Self.done).",
            "Style: \(persona.style.rawValue). Units: \(persona.units.rawValue)\(persona.units == .imperial ? " (talk in miles)" : "").",
            persona.consent ? "You agree to the coach keeping your health data." : "You do not agree to the coach keeping your health data.",
            "What is true about you:",
        ]
        for (path, _) in persona.facts.sorted(by: { $0.key < $1.key }) {
            lines.append("- \(path): \(PersonaTopic.render(path, facts: persona.facts, consent: persona.consent, style: .terse, units: persona.units))")
        }
        if !persona.answers.isEmpty {
            lines.append("When asked about these, say (in order, if several):")
            for (topic, answers) in persona.answers.sorted(by: { $0.key < $1.key }) {
                lines.append("- \(topic): \(answers.map { "\"\($0)\"" }.joined(separator: " then "))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
