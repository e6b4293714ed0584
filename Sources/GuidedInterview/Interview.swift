import CadenceCore
import Foundation

/// The offline interview as a pure function: the profile as stored, what the conversation so far
/// has established (`InterviewState`) and the runner's new message give the facts to save, the
/// consent answer to record and what to say. It reads no database and keeps no state of its own;
/// `GuidedInterviewer` carries the state from turn to turn and saves the facts through the tools.
///
/// How it listens:
/// - The answer to the question just asked is read by that slot's parser (high recall); facts
///   about other slots come only from the extractor's specific patterns.
/// - A value the runner already gave is never replaced silently: the change is read back
///   ("You said a marathon earlier: switch to a 5k?") unless the message says it corrects
///   ("no wait", "scratch that", "sorry, more like 35"), and a bare correction applies to the
///   question answered before.
/// - Health facts wait for consent: said before the consent question they are held and saved
///   only after a yes; after a no they are never saved.
public struct Interview: Sendable {
    public let questions: [InterviewQuestion]

    public init(questions: [InterviewQuestion]) {
        self.questions = questions
    }

    /// The longest message read; the rest is dropped and the runner is told.
    public static let maxMessageLength = 4_000

    /// What to do with one message.
    public struct Turn: Sendable, Equatable {
        /// Facts to save now (already valid for their fields).
        public var facts: [ExtractedFact] = []
        /// The runner answered the health-data consent question (true: agreed).
        public var consent: Bool?
        /// What to say when nothing is saved; when facts are saved, `afterSaving` speaks instead.
        public var reply: String?
        /// Said before the acknowledgement once the facts are saved (dropped facts, a read-back).
        public var note: String?
        public var state: InterviewState
    }

    // MARK: - Hearing a message

    public func hear(_ rawMessage: String, profile: Runner, state before: InterviewState, today: Date) -> Turn {
        var state = before
        var notes: [String] = []
        var message = rawMessage
        if message.count > Self.maxMessageLength {
            message = String(message.prefix(Self.maxMessageLength))
            notes.append("That message was long, so I read only its first \(Self.maxMessageLength) characters.")
        }
        message = Replies.withoutQuestions(message)
        if Self.mentionsMiles(message) { state.imperial = true }
        let asked = state.asked

        // A read-back waiting for a yes or no.
        if !state.pendingChanges.isEmpty {
            let pending = state.pendingChanges
            state.pendingChanges = []
            switch Replies.yesOrNo(message) {
            case true?:
                return Turn(facts: pending, note: nil, state: state)
            case false?:
                return Turn(reply: "OK, I'll keep what you said before. " + nextQuestion(profile: profile, state: &state), state: state)
            case nil:
                break // a new answer: read it as usual, and the earlier values stay
            }
        }

        let extractor = FactExtractor(today: today)
        let extraction = extractor.extract(message, expecting: asked, knownRaceDistance: profile.goals.raceDistance)
        var facts = extraction.facts
        // The answer can sit inside the runner's own question ("Is 50 minutes doable? That's what I want"):
        // when the statements alone do not answer the question asked, its slot reads the whole message.
        // Not for health slots: a question about a condition is no history of it.
        if let asked, message != rawMessage, !HealthConsent.covers(asked), !facts.contains(where: { $0.path == asked }),
           let fact = extractor.extract(String(rawMessage.prefix(Self.maxMessageLength)), expecting: asked,
                                        knownRaceDistance: profile.goals.raceDistance).fact(asked) {
            facts.append(fact)
        }

        // "At the weekend" in answer to the long-run question is about the long run, not the running days.
        // A list of three or more days is the running days after all (checked against the earlier list below).
        if asked == "schedule.longRunDay", profile.schedule.preferredDays != nil {
            facts.removeAll { $0.path == "schedule.preferredDays" && ($0.value.arrayValue?.count ?? 0) < 3 }
        }
        // In answer to the name question the reply's own reading wins ("hi im Sam" is Sam, "Skip" is no name).
        if asked == "identity.name" { facts.removeAll { $0.path == "identity.name" } }
        if let name = Replies.name(in: message, expecting: asked), !facts.contains(where: { $0.path == "identity.name" }) {
            facts.append(ExtractedFact(path: "identity.name", value: .string(name), said: "you're \(name)"))
        }
        if let asked, !facts.contains(where: { $0.path == asked }), let affirmed = extraction.affirmed,
           let field = try? RunnerField.named(asked), field.kind == .boolean {
            facts.append(ExtractedFact(path: asked, value: .bool(affirmed), said: affirmed ? "yes" : "no"))
        }

        // "30k a week. No wait, … more like 22 now": within one answer, what follows the last correction wins.
        let correcting = Replies.isCorrection(message)
        if correcting, let asked, facts.contains(where: { $0.path == asked }),
           case let lower = message.lowercased(), let cue = Replies.correction.matches(in: lower).last, cue.start > 0 {
            let tail = Replies.withoutCorrection(lower.utf16Slice(cue.end, lower.utf16Length))
            if let fact = extractor.extract(tail, expecting: asked, knownRaceDistance: profile.goals.raceDistance).fact(asked) {
                facts.removeAll { $0.path == asked }
                facts.append(fact)
            }
        }
        // "Sorry, more like 35": a bare correction of the previous answer.
        if correcting {
            let answer = Replies.withoutCorrection(message)
            if let asked, !facts.contains(where: { $0.path == asked }),
               let fact = extractor.extract(answer, expecting: asked, knownRaceDistance: profile.goals.raceDistance).fact(asked) {
                facts.append(fact) // "sorry, 4": the answer to this question after all
            } else if let previous = state.previousAsked, !facts.contains(where: { $0.path == previous }),
                      let fact = extractor.extract(answer, expecting: previous, knownRaceDistance: profile.goals.raceDistance).fact(previous),
                      !document(profile).value(atPath: previous).isNull {
                facts.removeAll { $0.path == asked }
                facts.append(fact)
            }
        }

        // Consent.
        var consent: Bool?
        if asked == "legal.healthConsentAt", let affirmed = Replies.consent(message) ?? extraction.affirmed {
            consent = affirmed
        }
        let status = consent.map { $0 ? HealthConsent.Status.given : .declined } ?? HealthConsent.status(of: profile)
        let health = facts.filter { HealthConsent.covers($0.path) }
        facts.removeAll { HealthConsent.covers($0.path) }
        switch status {
        case .given:
            facts = (consent == true ? state.held : []) + facts + health
            state.held = []
        case .declined:
            if !health.isEmpty {
                notes.append("As you asked, I haven't kept the health details (\(Self.list(health.map(\.said)))).")
            }
            state.held = []
        case .notAsked:
            for fact in health {
                state.held.removeAll { $0.path == fact.path }
                state.held.append(fact)
            }
        }
        if extraction.skipped, let asked { state.skipped.insert(asked) }

        // Never replace an answer silently: read the change back unless the runner said it corrects.
        let document = document(profile)
        var changes: [(ExtractedFact, JSONValue)] = []
        facts = facts.filter { fact in
            let old = document.value(atPath: fact.path)
            // Naming some of the days said before ("any day but Friday", then "Mon, Tue and Sat") says which
            // suit best rather than contradicting it: taken without a read-back (the days available stay).
            if fact.path == "schedule.preferredDays", let new = fact.value.arrayValue, let previous = old.arrayValue,
               Set(new.compactMap(\.stringValue)).isSubset(of: Set(previous.compactMap(\.stringValue))) {
                return true
            }
            guard !old.isNull, old != fact.value, fact.path != asked, !correcting,
                  fact.path != "goals.raceDistanceLabel", fact.path != "identity.name" else { return true }
            changes.append((fact, old))
            return false
        }
        if !changes.isEmpty {
            let labels = facts.filter { $0.path == "goals.raceDistanceLabel" }
            let moved = changes.map(\.0)
            if moved.contains(where: { $0.path == "goals.raceDistance" }) { facts.removeAll { $0.path == "goals.raceDistanceLabel" } }
            state.pendingChanges = moved + (moved.contains { $0.path == "goals.raceDistance" } ? labels : [])
            let readBack = changes.map { fact, old in
                "you said \(ProfileSummary.spoken(old, path: fact.path, imperial: state.imperial)) for \(Self.fieldName(fact.path)) earlier, "
                    + "change it to \(fact.said)"
            }
            notes.append("Just to check: " + readBack.joined(separator: "; ") + "? (Say yes to change it; otherwise I'll keep what you said before.)")
        }

        let note = notes.isEmpty ? nil : notes.joined(separator: " ")
        if !facts.isEmpty || consent != nil {
            if let asked, facts.contains(where: { $0.path == asked }) || consent != nil { state.answered(asked) }
            return Turn(facts: facts, consent: consent, note: note, state: state)
        }
        if !state.pendingChanges.isEmpty { return Turn(reply: (note ?? "") + "\n\n" + nextQuestion(profile: profile, state: &state), state: state) }
        let lead = note.map { $0 + " " } ?? ""
        if !health.isEmpty, status == .notAsked {
            // Held for consent: say so rather than "didn't catch that".
            return Turn(reply: lead + "Thanks, I'll note that once you've said I may keep health details. "
                            + nextQuestion(profile: profile, state: &state), state: state)
        }
        if extraction.skipped { return Turn(reply: lead + "Fine, we'll skip that. " + nextQuestion(profile: profile, state: &state), state: state) }
        let question = questions.first { $0.path == asked }
        if let asked, let question, !question.required,
           extraction.affirmed == false || Replies.leadingYesOrNo(message) == false || Replies.declines(message) {
            state.skipped.insert(asked)
            return Turn(reply: lead + "Fine, we'll leave that out. " + nextQuestion(profile: profile, state: &state), state: state)
        }
        if asked == "health.pastInjuries" || asked == "health.currentPain", status == .declined {
            state.skipped.insert(asked!)
            return Turn(reply: lead + nextQuestion(profile: profile, state: &state), state: state)
        }
        // Asking the same thing over and over helps no one: an optional question is dropped after
        // two misses, a required one after three (any later message can still answer it).
        if let asked, let question {
            state.misses[asked, default: 0] += 1
            if state.misses[asked, default: 0] >= (question.required ? 3 : 2) {
                state.skipped.insert(asked)
                return Turn(reply: lead + "Let's leave that for now; you can tell me any time. " + nextQuestion(profile: profile, state: &state),
                            state: state)
            }
        }
        let again = question.map(ask) ?? nextQuestion(profile: profile, state: &state)
        return Turn(reply: lead + "Sorry, I didn't catch that. " + again, state: state)
    }

    // MARK: - After saving

    /// The acknowledgement of what was saved (and any refusal), then the next question or the summary.
    public func afterSaving(saved: [ExtractedFact], consented: Bool?, problems: [String], note: String?,
                            profile: Runner, state before: InterviewState) -> (text: String, state: InterviewState) {
        var state = before
        var text = ""
        if consented == true { text += "Thank you, noted. " }
        if consented == false {
            text += "No problem: I won't keep health details such as injuries or pain, and your plan will be built without them, "
                + "at the most cautious progression. "
        }
        var understood: [String] = []
        // The distance label repeats the distance; say each thing once.
        for said in saved.filter({ $0.path != "goals.raceDistanceLabel" }).map(\.said) where !understood.contains(said) {
            understood.append(said)
        }
        if !understood.isEmpty { text += "Got it: " + Self.list(understood) + ". " }
        if !problems.isEmpty { text += "I couldn't save everything: " + problems.joined(separator: "; ") + ". " }
        if !understood.isEmpty, !state.invitedCorrections {
            text += "(If I get anything wrong, just say so, for example \"no, 25k a week\".) "
            state.invitedCorrections = true
        }
        if let note { text += note + " " }
        if !text.isEmpty { text += "\n\n" }
        return (text + nextQuestion(profile: profile, state: &state), state)
    }

    /// The greeting and the first question.
    public func opening(profile: Runner, state before: InterviewState) -> (text: String, state: InterviewState) {
        var state = before
        let greeting = "Hi, I'm Cadence, your running coach. I'll ask a few questions so I can build a plan that fits you; "
            + "answer in your own words, say \"skip\" to pass on one, and correct me any time.\n\n"
        return (greeting + nextQuestion(profile: profile, state: &state), state)
    }

    // MARK: - Questions

    /// The first unanswered question, or the summary when the interview is complete.
    public func nextQuestion(profile: Runner, state: inout InterviewState) -> String {
        let document = (try? JSONValue(encoding: profile)) ?? .null
        for question in questions where !state.skipped.contains(question.path) && !isAnswered(question.path, profile, document) {
            if state.asked != question.path { state.previousAsked = state.asked }
            state.asked = question.path
            return ask(question)
        }
        state.previousAsked = state.asked
        state.asked = nil
        let summary = ProfileSummary(runner: profile, imperial: state.imperial || profile.identity.locale == "en-US")
        var text = state.summarised ? "" : "That's everything I need for now. Here's what I have:\n\n"
            + summary.lines.map { "  " + $0 }.joined(separator: "\n") + "\n\n"
        state.summarised = true
        let missing = summary.stillNeeded
        if missing.isEmpty {
            text += "Your profile is ready for a plan: run `cadence plan generate` when you like. "
                + "Anything else you want to tell me or correct?"
        } else {
            text += "A plan still needs \(Self.list(missing)). Tell me whenever you're ready."
        }
        return text
    }

    func ask(_ question: InterviewQuestion) -> String {
        question.question + (question.hint.map { " " + $0 } ?? "")
    }

    func isAnswered(_ path: String, _ runner: Runner, _ document: JSONValue) -> Bool {
        if path == "identity.name" { return runner.identity.nameConfirmed }
        if path == "legal.healthConsentAt" { return HealthConsent.status(of: runner) != .notAsked }
        // No health questions for a runner who declined to have health data kept.
        if HealthConsent.covers(path), HealthConsent.status(of: runner) == .declined { return true }
        // Named running days say how many days there are (plan readiness takes either).
        if path == "schedule.availableDays", runner.schedule.preferredDays?.isEmpty == false { return true }
        if path == "goals.raceDistance" || path == "goals.raceDate" || path == "goals.targetTime",
           runner.goals.goalType != nil, runner.goals.goalType != .race {
            return true  // only asked for a race goal
        }
        return !document.value(atPath: path).isNull
    }

    func document(_ profile: Runner) -> JSONValue { (try? JSONValue(encoding: profile)) ?? .null }

    // MARK: - Words

    static func mentionsMiles(_ message: String) -> Bool {
        message.range(of: #"\b(?:miles?|mi|mpw)\b"#, options: [.regularExpression, .caseInsensitive]) != nil
    }

    static func fieldName(_ path: String) -> String {
        ProfileSummary.names[path] ?? path.split(separator: ".").last.map(String.init) ?? path
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}

/// One question of `prompts/guided/questions.yaml`.
public struct InterviewQuestion: Decodable, Sendable, Equatable {
    public let path: String
    public let required: Bool
    public let question: String
    public let hint: String?

    public init(path: String, required: Bool, question: String, hint: String?) {
        self.path = path
        self.required = required
        self.question = question
        self.hint = hint
    }
}

/// What the conversation so far has established, carried from turn to turn.
public struct InterviewState: Sendable, Equatable {
    /// The slot of the question asked last, which reads terse answers ("34", "Sunday").
    public var asked: String?
    /// The slot asked before it: what a bare correction ("sorry, more like 35") refers to.
    public var previousAsked: String?
    public var skipped: Set<String> = []
    /// Answers to each question that could not be understood.
    public var misses: [String: Int] = [:]
    /// Health facts said before the consent question, saved only if the runner agrees.
    public var held: [ExtractedFact] = []
    /// Changes to earlier answers, read back and waiting for a yes.
    public var pendingChanges: [ExtractedFact] = []
    /// The runner talks in miles.
    public var imperial = false
    public var summarised = false
    public var invitedCorrections = false

    public init() {}

    mutating func answered(_ path: String) {
        misses[path] = nil
    }
}
