import Foundation

/// Red flags a coach must not coach through. Checked in code before the model answers: the runner
/// gets a fixed answer that advises medical care, and no plan is offered that turn.
///
/// A flag is raised for a symptom the runner has now. Each sentence that names one is read on its
/// own and does not count when it is negated ("no chest pain"), history ("a fracture years ago",
/// "healed", "back from a stress fracture last year") or a general question ("should I worry about
/// chest pain?"); a word of the present ("now", "today", "this week", "still", "getting worse")
/// makes it current again.
public enum SafetyCheck {
    public struct RedFlag: Sendable, Equatable {
        public let kind: String
        public let matched: String
    }

    /// Phrases by kind. Matched on lowercased words with apostrophes removed.
    static let phrases: [(kind: String, phrases: [String])] = [
        ("chest_pain", ["chest pain", "chest pains", "pain in my chest", "chest hurts", "chest tightness", "tight chest", "chest feels tight",
                        "pressure in my chest", "chest pressure", "chest gets tight"]),
        ("fainting", ["fainted", "fainting", "faint", "passed out", "pass out", "blacked out", "black out", "blacking out",
                      "lost consciousness", "collapsed", "nearly fainted", "almost fainted"]),
        ("breathing_at_rest", ["short of breath at rest", "breathless at rest", "out of breath sitting", "cant breathe",
                               "can not breathe", "cannot breathe", "struggling to breathe", "out of breath even resting",
                               "short of breath when resting", "short of breath while resting"]),
        ("heart_rhythm", ["palpitations", "heart is racing at rest", "irregular heartbeat", "heart skipping beats",
                          "heart skips beats", "heart fluttering"]),
        ("sharp_or_worsening_pain", ["sharp pain", "stabbing pain", "shooting pain", "pain is getting worse", "getting worse and worse",
                                     "worsening pain", "pain keeps getting worse", "pain gets worse", "hurts more every",
                                     "cant walk", "can not walk", "cannot walk", "limping", "cant put weight",
                                     "cannot put weight", "can not put weight"]),
        ("suspected_fracture", ["broken bone", "think its broken", "might be broken", "is it broken", "fracture", "fractured",
                                "stress fracture", "hurts to hop", "cant hop", "pain on one spot of the bone", "pinpoint pain"]),
    ]

    /// Words of the present: the symptom is happening now (they outweigh words of history in the same sentence).
    static let currentCues = [
        "now", "today", "tonight", "this morning", "this week", "yesterday", "currently", "at the moment", "right now",
        "getting worse", "lately", "these days", "this past week", "last night", "days ago", "last week",
    ]
    static let eventBefore = ["before the", "before my", "after the", "after my", "after a", "after an", "since the", "since my", "from the",
                              "from my", "from a", "return after", "comeback after"]
    /// "I've booked the Monday off, for the limping": a symptom expected after the race, not one now.
    static let anticipated = ["for the", "ready for the", "in case of"]
    /// "Fine now", "healed now": "now" that closes a story of recovery.
    static let settledNow = ["fine now", "ok now", "okay now", "healed now", "recovered now", "better now", "good now", "all good now",
                             "gone now", "sorted now", "over now", "nothing hurts now", "no pain now", "doesnt hurt now", "does not hurt now",
                             "pain free now", "nothing now"]
    /// History: over and done with.
    static let historyCues = [
        "years ago", "year ago", "months ago", "last year", "last season", "as a kid", "as a child", "as a teenager",
        "when i was", "in high school", "in college", "at school", "healed", "fully recovered", "recovered", "back from", "getting back", "back to running",
        "coming back from", "came back from", "returning from", "recovering from", "cleared", "used to", "in the past",
        "long ago", "long time ago", "once had", "had one", "history of", "previous", "old injury", "a while back",
        "ages ago", "decade ago", "before covid",
        // A fracture told with its treatment or its month gone by: "last January I broke my ankle, a trimalleolar
        // fracture, plate and seven screws".
        "plate and", "screws", "pinned", "operated", "last january", "last february", "last march",
        "last april", "last may", "last june", "last july", "last august", "last september", "last october", "last november",
        "last december", "my return", "comeback",
        // "Then the fracture in March stopped everything": what it did then, told as a story.
        "stopped everything", "stopped me", "kept me out", "put me out", "sidelined me", "ended my season", "took me out",
        "ruled me out", "laid me up",
    ]
    /// Words right before a phrase that deny it.
    static let negations = ["no", "not", "never", "without", "zero", "nor", "dont have", "do not have", "dont get", "havent had",
                            "have not had", "never had", "no more", "free of", "no sign of", "no signs of", "nothing like", "not any"]
    static let questionOpeners = ["should", "is", "are", "can", "could", "would", "does", "do", "what", "how", "when", "why",
                                  "whats", "hows", "will", "any", "anything"]

    public static func check(_ text: String) -> RedFlag? {
        // Bounded work for any input: a red flag is said in a sentence, not in megabytes.
        for sentence in sentences(String(text.prefix(20_000))) {
            var words = " " + sentence.words + " "
            for settled in settledNow { words = words.replacingOccurrences(of: " \(settled) ", with: " settled ") }
            for (kind, phrases) in phrases {
                for phrase in phrases {
                    guard let range = words.range(of: " \(phrase) ") else { continue }
                    let before = String(words[..<range.lowerBound])
                    if isNegated(before) { continue }
                    // "Before the fracture I was fairly serious": the fracture is the event a story is dated by.
                    let lead = before.split(separator: " ")
                    if [lead.suffix(2), lead.dropLast().suffix(2)].contains(where: { eventBefore.contains($0.joined(separator: " ")) }) { continue }
                    if anticipated.contains(where: { before.hasSuffix(" \($0) ") || before.hasSuffix(" \($0)") }) { continue }
                    let current = currentCues.contains { words.contains(" \($0) ") }
                    if !current, historyCues.contains(where: { words.contains(" \($0) ") }) || pastOnly(words) { continue }
                    if sentence.isQuestion, !firstPersonNow(words), !["is it broken"].contains(phrase) { continue }
                    return RedFlag(kind: kind, matched: phrase)
                }
            }
            // "The pain in my knee is getting worse every week."
            if ["pain", "hurts", "hurting", "ache", "aches", "sore"].contains(where: { words.contains(" \($0) ") }),
               ["getting worse", "gets worse", "worse and worse", "worse every", "worse each"].contains(where: { words.contains(" \($0) ") }),
               !["not getting worse", "isnt getting worse", "no pain", "not worse"].contains(where: { words.contains(" \($0) ") }),
               !sentence.isQuestion || firstPersonNow(words) {
                return RedFlag(kind: "sharp_or_worsening_pain", matched: "pain getting worse")
            }
        }
        return nil
    }

    struct Sentence {
        let words: String
        let isQuestion: Bool
    }

    /// Sentences (split at . ! ? ; and "but"), each as its lowercased words without apostrophes.
    static func sentences(_ text: String) -> [Sentence] {
        var result: [Sentence] = []
        var current = ""
        func flush(question: Bool) {
            let words = current.lowercased().replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "\u{2019}", with: "")
                .components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty }
            current = ""
            guard !words.isEmpty else { return }
            // "but" starts a new thought: "I had a fracture years ago but my chest hurts now".
            var part: [String] = []
            var parts: [[String]] = []
            for word in words {
                if word == "but", !part.isEmpty { parts.append(part); part = [] } else { part.append(word) }
            }
            if !part.isEmpty { parts.append(part) }
            let opener = questionOpeners.contains(words[0])
            for piece in parts { result.append(Sentence(words: piece.joined(separator: " "), isQuestion: question || opener)) }
        }
        for character in text {
            if ".!?;\n".contains(character) {
                flush(question: character == "?")
            } else {
                current.append(character)
            }
        }
        flush(question: false)
        return result
    }

    static func isNegated(_ before: String) -> Bool {
        // The last four words before the phrase: "no chest pain", "never had any chest pain", "not fainted".
        let tail = " " + before.split(separator: " ").suffix(4).joined(separator: " ") + " "
        return negations.contains { tail.contains(" \($0) ") }
    }

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]

    /// "I had shin pain last summer", "fractured my wrist in 2019": a finished past without a present word.
    static func pastOnly(_ words: String) -> Bool {
        let pastYear = words.split(separator: " ").contains { word in
            guard word.count == 4, let year = Int(word) else { return false }
            return (1950...2025).contains(year)
        }
        // "I had a stress fracture in my pubic bone … in April": had, and the month it happened.
        let inMonth = months.contains { words.contains(" in \($0) ") || words.hasSuffix(" in \($0)") }
        return pastYear || words.contains(" had ") && (words.contains(" last ") || words.contains(" ago ") || inMonth)
    }

    /// A question that also reports a symptom ("I get chest pain on hills, is that normal?").
    static func firstPersonNow(_ words: String) -> Bool {
        [" i have ", " i had ", " ive had ", " ive been ", " i get ", " i got ", " ive got ", " im getting ", " im having ", " i keep ",
         " my chest ", " i felt ", " i feel ", " i fainted ", " i passed ", " i blacked ", " i collapsed ", " i nearly ", " i almost ",
         " i think ", " it hurts "].contains { words.contains($0) }
    }

    /// The fixed answer for a red flag.
    /// Where a flag is kept in the runner's health facts, in words `HealthFlags` (Planning) reads as
    /// a reason to pause running: pain and a suspected fracture in `health.currentPain`, the other
    /// symptoms in `health.medicalConditions`.
    public static func healthFact(for flag: RedFlag) -> (path: String, item: String) {
        switch flag.kind {
        case "chest_pain": return ("health.currentPain", "chest pain (\(flag.matched))")
        case "sharp_or_worsening_pain": return ("health.currentPain", "sharp or worsening pain (\(flag.matched))")
        case "suspected_fracture": return ("health.currentPain", "suspected fracture (\(flag.matched))")
        case "fainting": return ("health.medicalConditions", "fainting (\(flag.matched))")
        case "breathing_at_rest": return ("health.medicalConditions", "short of breath at rest (\(flag.matched))")
        case "heart_rhythm": return ("health.medicalConditions", "palpitations, irregular heart rhythm (\(flag.matched))")
        default: return ("health.medicalConditions", "\(flag.kind.replacingOccurrences(of: "_", with: " ")) (\(flag.matched))")
        }
    }

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
