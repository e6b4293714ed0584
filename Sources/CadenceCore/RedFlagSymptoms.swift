import Foundation

/// The red-flag symptoms on a runner's health facts: chest pain, fainting, palpitations, breathlessness at rest, a possible
/// blood clot in the leg, blood coughed up, and the suspected fracture or sharp, worsening pain the chat's red-flag check wrote down. The check writes them to
/// `health.currentPain` and `health.medicalConditions` in these words (see `SafetyCheck.healthFact`); Planning pauses
/// running on them, and a profile that carries one is not ready for a plan until a clinician has cleared the runner
/// (`health.hasPhysicianClearance`).
public enum RedFlagSymptoms {
    static let terms = ["chest", "faint", "near faint", "syncope", "collaps", "passed out", "blacked out", "black out",
                        "lost consciousness", "palpitation", "heart rhythm", "irregular heart", "heart racing",
                        "racing heart", "heart skipping", "breathing at rest", "breathless at rest",
                        "short of breath at rest", "cant breathe", "cannot breathe", "possible blood clot", "coughing up blood"]
    /// How the red-flag check writes the pain it sent to a doctor.
    static let writtenByTheCheck = ["suspected fracture (", "sharp or worsening pain ("]
    /// Named like a red flag, and not one.
    static let exceptions = ["chest infection"]

    /// The items of the runner's current pain and medical conditions that are red flags, as written.
    public static func items(of runner: Runner) -> [String] {
        ((runner.health.currentPain ?? []) + (runner.health.medicalConditions ?? [])).filter(isRedFlag)
    }

    /// Whether a written symptom is a red flag.
    public static func isRedFlag(_ item: String) -> Bool {
        writtenByTheCheck.contains(where: item.lowercased().hasPrefix) || isSymptom(item)
    }

    /// Whether a written item names one of the symptoms (chest pain, fainting, palpitations, breathlessness at rest).
    public static func isSymptom(_ item: String) -> Bool {
        let text = normalise(item)
        return terms.contains { text.contains(" " + $0) } && !exceptions.contains { text.contains(" " + $0) }
    }

    /// Lowercase words separated by single spaces, padded with a space at both ends, so that a term matches at the
    /// start of a word.
    public static func normalise(_ text: String) -> String {
        let words = text.lowercased().replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")
            .components(separatedBy: CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "/.")).inverted)
            .filter { !$0.isEmpty }
        return " " + words.joined(separator: " ") + " "
    }

    /// A red flag stands until a clinician has cleared the runner.
    public static func holdPlan(_ runner: Runner) -> Bool {
        runner.health.hasPhysicianClearance != true && !items(of: runner).isEmpty
    }
}
