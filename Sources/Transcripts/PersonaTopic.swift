import CadenceCore
import Foundation

/// Something a coach asks about, recognised from the words of its question, and how a persona
/// answers it from its facts. The key is a runner field path, or "consent".
public struct PersonaTopic: Sendable, Equatable {
    public let key: String
    /// Any of these in a question means the topic is asked (lowercased).
    let cues: [String]
    /// What a vague runner says the first time.
    let vague: String

    public static func == (lhs: PersonaTopic, rhs: PersonaTopic) -> Bool { lhs.key == rhs.key }

    /// Most specific first: a question matches every topic whose cue it contains.
    static let all: [PersonaTopic] = [
        PersonaTopic(key: "consent", cues: ["consent", "store what you tell", "keep your health", "is that ok", "is that okay", "do you agree"],
                     vague: "Hmm, what does that mean exactly?"),
        PersonaTopic(key: "identity.name", cues: ["your name", "call you", "who am i talking"], vague: "Does it matter?"),
        PersonaTopic(key: "physical.age", cues: ["how old", "your age", "age?"], vague: "Old enough, ha."),
        PersonaTopic(key: "goals.goalType", cues: ["training for", "your goal", "main goal", "hoping to achieve", "want to achieve"],
                     vague: "Not sure really, just want to run better."),
        PersonaTopic(key: "goals.raceDistance", cues: ["which distance", "what distance", "race distance", "how long is the race"],
                     vague: "A longish one."),
        PersonaTopic(key: "goals.raceDate", cues: ["when is the race", "race date", "when is it", "what date", "when's the race"],
                     vague: "Sometime next year."),
        PersonaTopic(key: "goals.targetTime", cues: ["finish time", "target time", "time in mind", "goal time", "time are you aiming"],
                     vague: "Something decent."),
        PersonaTopic(key: "schedule.maxSessionDurationMinutes", cues: ["longest a single run", "busy day", "how long can a run", "time per run"],
                     vague: "Depends on the day."),
        PersonaTopic(key: "running.longestRecentRun", cues: ["longest run you've done", "longest run lately", "longest recent run"],
                     vague: "Not that far, honestly."),
        PersonaTopic(key: "running.currentVolume", cues: ["how far do you run", "how far you run", "how many km", "how many kilomet", "how many miles",
                                                           "weekly mileage", "weekly volume", "weekly distance", "typical week"],
                     vague: "A fair bit, I guess. It varies."),
        PersonaTopic(key: "running.currentFrequency", cues: ["how many times", "how often", "runs a week", "runs per week"],
                     vague: "A few times, when I can."),
        PersonaTopic(key: "running.experienceLevel", cues: ["describe your running", "your experience", "running experience", "running background",
                                                             "how long have you been running", "about your running"],
                     vague: "I've done some running."),
        PersonaTopic(key: "schedule.availableDays", cues: ["how many days"], vague: "It depends on the week."),
        PersonaTopic(key: "schedule.preferredDays", cues: ["which days", "what days"], vague: "Whatever works."),
        PersonaTopic(key: "schedule.longRunDay", cues: ["long run"], vague: "Some day at the weekend maybe."),
        PersonaTopic(key: "health.pastInjuries", cues: ["injur"], vague: "The usual aches."),
        PersonaTopic(key: "health.currentPain", cues: ["hurting", "pain", "sore", "niggle"], vague: "Nothing major, I think."),
        PersonaTopic(key: "coaching.coachingVoice", cues: ["coach you", "coaching style", "tough love"], vague: "Whatever you think."),
    ]

    /// Whether `key` names a topic a persona can be given words for.
    static func known(_ key: String) -> Bool {
        key == "consent" || (try? RunnerField.named(key)) != nil
    }

    /// The topics asked in a coach's message: the sentences that are questions (and a short
    /// question's lead-in, as in "I'll store your data on this computer. Is that OK?").
    static func asked(in message: String) -> [PersonaTopic] {
        let paragraph = message.components(separatedBy: "\n\n").last { $0.contains("?") } ?? ""
        let sentences = Self.sentences(paragraph.lowercased())
        var questions: [String] = []
        for (index, sentence) in sentences.enumerated() where sentence.contains("?") {
            if sentence.split(separator: " ").count <= 4, index > 0 { questions.append(sentences[index - 1]) }
            questions.append(sentence)
        }
        let text = questions.joined(separator: " ")
        let found = all.filter { topic in topic.cues.contains { text.contains($0) } }
        // Consent questions mention health data; that is not a question about injuries.
        return found.contains { $0.key == "consent" } ? found.filter { $0.key == "consent" } : found
    }

    /// Sentences end at ".", "?" or "!" followed by a space, or at a line break.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previous: Character = " "
        for character in text {
            if character == "\n" || (character == " " && ".?!".contains(previous)) {
                if !current.trimmingCharacters(in: .whitespaces).isEmpty { result.append(current.trimmingCharacters(in: .whitespaces)) }
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { result.append(current.trimmingCharacters(in: .whitespaces)) }
        return result
    }

    // MARK: - Answers from facts

    /// How a runner with these facts answers `key`.
    static func render(_ key: String, facts: [String: JSONValue], consent: Bool, style: Persona.Style, units: Persona.Units) -> String {
        let terse = style == .terse
        let value = facts[key]
        switch key {
        case "consent":
            return consent ? (terse ? "yes" : "Yes, that's fine.") : (terse ? "no" : "No, I'd rather you didn't.")
        case "identity.name":
            guard let name = value?.stringValue else { return "I'd rather not say." }
            return terse ? name : "I'm \(name)."
        case "physical.age":
            guard let age = value?.doubleValue else { return "I'd rather not say, skip that." }
            return terse ? "\(Int(age))" : "I'm \(Int(age))."
        case "goals.goalType":
            return goal(facts, terse: terse, units: units)
        case "goals.raceDistance":
            guard let km = value?.doubleValue else { return "I haven't picked one yet." }
            return terse ? distanceName(km, units: units) : "The \(distanceName(km, units: units))."
        case "goals.raceDate":
            guard let millis = value?.doubleValue else { return "I haven't picked a date yet." }
            return terse ? RunnerField.formatDate(Int64(millis)) : "It's on \(longDate(millis))."
        case "goals.targetTime":
            guard let seconds = value?.doubleValue else { return terse ? "no" : "No, I just want to finish." }
            return terse ? RunnerField.clock(Int(seconds)) : "I'd like to finish in \(RunnerField.clock(Int(seconds)))."
        case "running.currentVolume":
            guard let km = value?.doubleValue else { return "I don't really know." }
            if km == 0 { return terse ? "none" : "None at the moment." }
            let amount = units == .imperial ? "\(Int((km / 1.609344).rounded())) miles" : "\(RunnerField.format(km.rounded())) km"
            return terse ? amount : "About \(amount) a week."
        case "running.longestRecentRun":
            guard let km = value?.doubleValue else { return terse ? "not sure" : "I'm not sure, I don't track it." }
            let amount = units == .imperial ? "\(Int((km / 1.609344).rounded())) miles" : "\(RunnerField.format(km.rounded())) km"
            return terse ? amount : "About \(amount)."
        case "running.currentFrequency":
            guard let runs = value?.doubleValue else { return "It varies." }
            return terse ? "\(Int(runs))" : "\(Int(runs)) runs a week."
        case "running.experienceLevel":
            let words = ["beginner": "I'm new to running", "returning": "I'm getting back into it after a break",
                         "casual": "I've run casually for a few years", "serious": "I'm fairly serious about it",
                         "competitive": "I'm competitive and race a lot"]
            return (value?.stringValue).flatMap { words[$0] }.map { $0 + "." } ?? "Hard to say."
        case "schedule.availableDays":
            guard let days = value?.doubleValue else { return "Any day really." }
            let preferred = (facts["schedule.preferredDays"]?.arrayValue ?? []).compactMap(\.stringValue).map(dayName)
            if preferred.isEmpty { return terse ? "\(Int(days))" : "\(Int(days)) days a week." }
            return terse ? "\(Int(days)) days, \(preferred.joined(separator: " "))" : "\(Int(days)) days: \(list(preferred))."
        case "schedule.preferredDays":
            let preferred = (value?.arrayValue ?? []).compactMap(\.stringValue).map(dayName)
            return preferred.isEmpty ? "Any day." : (terse ? preferred.joined(separator: " ") : "\(list(preferred)).")
        case "schedule.longRunDay":
            guard let day = value?.stringValue else { return "Any day." }
            return terse ? dayName(day) : "\(dayName(day)) works best."
        case "health.pastInjuries":
            let injuries = (value?.arrayValue ?? []).compactMap(\.stringValue).map { $0.replacingOccurrences(of: "_", with: " ") }
            if injuries.isEmpty { return terse ? "none" : "No injuries so far." }
            return terse ? injuries.joined(separator: ", ") : "I've had \(list(injuries))."
        case "health.currentPain":
            let pains = (value?.arrayValue ?? []).compactMap(\.stringValue).map { $0.replacingOccurrences(of: "_", with: " ") }
            if pains.isEmpty { return terse ? "nothing" : "Nothing hurts right now." }
            return terse ? pains.joined(separator: ", ") : "My \(list(pains)) is a bit sore."
        case "schedule.maxSessionDurationMinutes":
            guard let minutes = value?.doubleValue else { return terse ? "no limit" : "There's no real limit." }
            return terse ? "\(Int(minutes)) minutes" : "About \(Int(minutes)) minutes."
        case "coaching.coachingVoice":
            let words = ["tough_love": "tough love", "encouraging": "be encouraging", "analytical": "give me data", "minimalist": "keep it brief"]
            return (value?.stringValue).flatMap { words[$0] } ?? "skip"
        default:
            guard let value else { return "I don't know." }
            return value.stringValue ?? value.jsonString
        }
    }

    static func goal(_ facts: [String: JSONValue], terse: Bool, units: Persona.Units) -> String {
        switch facts["goals.goalType"]?.stringValue {
        case "race":
            guard let km = facts["goals.raceDistance"]?.doubleValue else { return "A race." }
            let name = distanceName(km, units: units)
            if terse { return name }
            let date = facts["goals.raceDate"]?.doubleValue.map { " on \(longDate($0))" } ?? ""
            return "I'm training for a \(name)\(date)."
        case "speed": return terse ? "getting faster" : "I want to get faster."
        case "base_building": return terse ? "building mileage" : "I want to build up my mileage."
        case "return_to_fitness": return terse ? "coming back from a break" : "I'm coming back from a break."
        case "general_health": return terse ? "general fitness" : "Just general fitness and staying healthy."
        default: return "I'm not sure yet."
        }
    }

    static func distanceName(_ km: Double, units: Persona.Units) -> String {
        for (distance, name) in [(5.0, "5k"), (10.0, "10k"), (21.0975, "half marathon"), (42.195, "marathon")] where abs(km - distance) < 0.2 {
            return name
        }
        return units == .imperial ? "\(RunnerField.format((km / 1.609344 * 10).rounded() / 10)) miles" : "\(RunnerField.format(km)) km"
    }

    static func longDate(_ millis: Double) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "d MMMM yyyy"
        return formatter.string(from: Date(timeIntervalSince1970: millis / 1000))
    }

    static func dayName(_ day: String) -> String { day.prefix(1).uppercased() + day.dropFirst() }

    static func list(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
