import Foundation

/// Red flags a coach must not coach through. Checked in code before the model sees a message:
/// the runner gets a fixed answer that advises medical care, and no plan is offered that turn.
public enum SafetyCheck {
    public struct RedFlag: Sendable, Equatable {
        public let kind: String
        public let matched: String
    }

    /// Phrases by kind. Matched on lowercased text with apostrophes removed.
    static let phrases: [(kind: String, phrases: [String])] = [
        ("chest_pain", ["chest pain", "pain in my chest", "chest hurts", "chest tightness", "tight chest", "chest feels tight",
                        "pressure in my chest", "chest pressure"]),
        ("fainting", ["fainted", "fainting", "passed out", "blacked out", "black out", "lost consciousness", "collapsed",
                      "nearly fainted", "almost fainted"]),
        ("breathing_at_rest", ["short of breath at rest", "breathless at rest", "out of breath sitting", "cant breathe",
                               "can not breathe", "cannot breathe", "struggling to breathe", "out of breath even resting",
                               "short of breath when resting", "short of breath while resting"]),
        ("heart_rhythm", ["palpitations", "heart is racing at rest", "irregular heartbeat", "heart skipping beats",
                          "heart fluttering"]),
        ("sharp_or_worsening_pain", ["sharp pain", "stabbing pain", "shooting pain", "pain is getting worse", "getting worse and worse",
                                     "worsening pain", "pain keeps getting worse", "pain gets worse", "hurts more every",
                                     "cant walk", "can not walk", "cannot walk", "limping", "cant put weight",
                                     "cannot put weight", "can not put weight"]),
        ("suspected_fracture", ["broken bone", "think its broken", "might be broken", "is it broken", "fracture", "fractured",
                                "hurts to hop", "cant hop", "pain on one spot of the bone", "pinpoint pain"]),
    ]

    public static func check(_ text: String) -> RedFlag? {
        let normalised = " " + text.lowercased().replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")
            .components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty }.joined(separator: " ") + " "
        for (kind, phrases) in phrases {
            for phrase in phrases where normalised.contains(" \(phrase) ") {
                return RedFlag(kind: kind, matched: phrase)
            }
        }
        return nil
    }

    /// The fixed answer for a red flag.
    public static func answer(for flag: RedFlag) -> String {
        let urgent = ["chest_pain", "fainting", "breathing_at_rest", "heart_rhythm"].contains(flag.kind)
        if urgent {
            return """
                What you describe (\(flag.matched)) needs a doctor, not a coach. Please stop running and get medical care now: \
                if it is happening at the moment or is severe, call your local emergency number (112 in Europe, 911 in the US). \
                I won't suggest any training until a doctor has cleared you. When you have been checked, tell me what they said \
                and we will plan from there.
                """
        }
        return """
            Pain like that (\(flag.matched)) is a reason to stop running and see a doctor or physiotherapist before training \
            again: it can be a bone stress injury or something else that gets worse if you run through it. I won't suggest \
            training for that area until it has been assessed. Tell me what they find and we will adjust your plan around it.
            """
    }
}
