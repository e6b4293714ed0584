import Foundation

/// A profile pasted as a form, one labelled line per fact ("Name: Max", "- Age: 40",
/// "Weekly: 45 km over 4 runs", "Max on a workday: 60 min"): each line answers the question its
/// label names, so it is read by that slot's parser, as if the question had just been asked.
/// Only a message with at least two such lines is a form; one "Note: …" line in a sentence is not.
enum LabelledAnswers {
    /// Label words, as typed in lower case, and the slot each answers. Checked in order: the first
    /// label that the line's label starts with (after "my", "current", "your") wins, so longer
    /// labels come before the shorter ones they start with.
    static let labels: [(words: [String], slot: String)] = [
        (["name", "first name", "called", "call me"], "identity.name"),
        (["age", "years old"], "physical.age"),
        (["race date", "date of the race", "date", "when", "race day"], "goals.raceDate"),
        (["target time", "goal time", "target", "finish time", "time goal", "aiming for"], "goals.targetTime"),
        (["race distance", "distance"], "goals.raceDistance"),
        (["goal", "goals", "training for", "race", "event", "aim"], "goals.goalType"),
        (["weekly volume", "weekly distance", "weekly mileage", "weekly km", "weekly", "mileage", "volume", "km per week",
          "km a week", "km/week", "miles per week", "miles a week", "per week"], "running.currentVolume"),
        (["runs per week", "runs a week", "runs/week", "runs", "frequency", "sessions per week", "times a week"], "running.currentFrequency"),
        (["experience", "level", "running experience", "background"], "running.experienceLevel"),
        (["long run day", "long run", "long runs"], "schedule.longRunDay"),
        (["days available", "available days", "running days", "days i can run", "days", "availability"], "schedule.preferredDays"),
        (["longest recent run", "longest run", "longest"], "running.longestRecentRun"),
        (["max on a workday", "max on a busy day", "max session", "max per run", "max run", "time per run", "time available",
          "time per session", "busy day", "session length", "max time", "max"], "schedule.maxSessionDurationMinutes"),
        (["past injuries", "injury history", "injuries", "injury", "previous injuries"], "health.pastInjuries"),
        (["current pain", "pain", "niggles", "hurting", "anything hurting"], "health.currentPain"),
        (["medical conditions", "conditions", "medical", "health conditions"], "health.medicalConditions"),
        (["medications", "medication", "meds"], "health.medications"),
        (["coaching style", "coaching", "coach style", "voice", "tone", "style"], "coaching.coachingVoice"),
        (["height"], "physical.height"),
        (["weight"], "physical.weight"),
    ]

    /// `- Label: value`, `* Label - value`, `Label = value` on a line of its own.
    private static let line = TextPattern(#"^\s*(?:[-*•·]|\d+[.)])?\s*([a-z][a-z /']{0,30}?)\s*(?::|=|\s-\s)\s*(\S.*)$"#)
    private static let filler = TextPattern(#"^(?:my|your|current|currently|the)\s+"#)

    /// The (slot, value) of each labelled line, in order; empty unless two or more lines have a known label.
    static func slots(in message: String) -> [(slot: String, value: String)] {
        let lines = message.split(whereSeparator: \.isNewline)
        guard lines.count >= 2 else { return [] }
        var found: [(slot: String, value: String)] = []
        for text in lines {
            // (Case-insensitive: the value keeps its capitals, which names need.)
            guard let match = line.firstMatch(in: String(text)), let rawLabel = match[1]?.lowercased(),
                  let value = match[2]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { continue }
            let label = filler.replacing(in: rawLabel.trimmingCharacters(in: .whitespaces)) { _ in "" }
            guard let slot = labels.first(where: { entry in entry.words.contains { label == $0 || label.hasPrefix($0 + " ") } })?.slot
            else { continue }
            found.append((slot, value))
        }
        return found.count >= 2 ? found : []
    }
}
