import Foundation

/// Someone typing for the runner: a parent setting it up for a child ("I'm setting this up for my son
/// Noah, he's 14"). From then on "he", "his" and "my son" are the runner, so the answers are read as if
/// the runner said them ("he does about 12 km a week" is the runner's 12 km, not someone else's).
enum SpeakingFor {
    /// The words for a child ("son", "lad") and for a child's age ("14-year-old"), shared with `Replies.forMyChild`.
    static let relative =
        #"(?:son|daughter|kid|child|boy|girl|teen|teenager|stepson|stepdaughter|grandson|granddaughter|lad|lass)"#
    static let childAge = #"\d{1,2}[- ]?(?:year[- ]old|yo)"#

    /// "setting this up for my daughter", "on behalf of my boy", "signing my kid up", "for my son Noah",
    /// "for my 14-year-old", "for my son, he's 14". Not "I'm doing this for my kids" or "for my son's charity".
    private static let cue = TextPattern(
        #"\b(?:set(?:ting)?|sign(?:ing)?|fill(?:ing)?)\s+(?:this|it|him|her)\s+(?:up|in|out)\s+for\s+(?:my|our)\s+(?:"# + childAge + #"\s+)?"# + relative
        + #"|\bon behalf of\s+(?:my|our)\s+"# + relative
        + #"|\b(?:sign(?:ing)?|set(?:ting)?)\s+(?:my|our)\s+"# + relative + #"\s+up\b"#
        + #"|\bfor\s+(?:my|our)\s+(?:"# + childAge + #"\s+)?"# + relative + #"(?:\s+(?-i:[A-Z])|,?\s+(?:he|she|who)(?:'s|\s+is)\b)"#
        + #"|\bfor\s+(?:my|our)\s+"# + childAge + #"\b(?!\s+(?:self|me))"#)

    static func detected(in message: String) -> Bool { cue.matches(message) }

    /// Third person to first, after the child has been named: "he's 14" → "I'm 14", "his knees" → "my knees".
    /// "They're 15", "their parkrun best", "they say nothing hurts": a child called "they" is the runner too.
    private static let pronouns: [(TextPattern, String)] = [
        (#"\bthey're\b|\bthey\s+are\b"#, "I'm"),
        (#"\bthey've\b"#, "I've"),
        (#"\bthey'd\b"#, "I'd"),
        (#"\bthey\s+were\b"#, "I was"),
        (#"\bthey\b"#, "I"),
        (#"\bthemselves\b|\bthemself\b"#, "myself"),
        (#"\btheir\b"#, "my"),
        (#"\bthem\b"#, "me"),
        (#"\b(?:he|she)'s\s+(been|had|got|done|run|ran|never|always|only|just)\b"#, "I've $1"),
        (#"\b(?:he|she)'s\b"#, "I'm"),
        (#"\b(?:he|she)\s+is\b"#, "I am"),
        (#"\b(?:he|she)\s+has\b"#, "I have"),
        (#"\b(?:he|she)\s+does\b"#, "I do"),
        (#"\b(?:he|she)\s+doesn'?t\b"#, "I don't"),
        (#"\b(?:he|she)\s+goes\b"#, "I go"),
        (#"\b(?:he|she)\s+(?!was\b)([a-z]+[^s'\s])s\b"#, "I $1"),
        (#"\b(?:he|she)\b"#, "I"),
        (#"\b(?:himself|herself)\b"#, "myself"),
        (#"\bhis\b"#, "my"),
        (#"\bhim\b"#, "me"),
        // "her knee" is "my knee"; "for her" and "tell her" are "me".
        (#"\bher\b(?=\s+(?!(?:to|for|and|or|on|at|in|with|a|an|the|up|out|off|about|too|if|when|that|so|but)\b)[a-z])"#, "my"),
        (#"\bher\b"#, "me"),
    ].map { (TextPattern($0.0), $0.1) }

    /// The speaker's own first person: "I'm 46 and I can barely run for a bus" is the parent, not the runner,
    /// so it is put in the third person before the child's pronouns become "I".
    private static let speaker: [(TextPattern, String)] = [
        (#"\bi'm\b|\bim\b|\bi\s+am\b"#, "the parent is"),
        (#"\bi've\b"#, "the parent has"),
        (#"\bi'd\b"#, "the parent would"),
        (#"\bi'll\b"#, "the parent will"),
        (#"\bi\b"#, "the parent"),
        (#"\bmy\b"#, "the parent's"),
        (#"\bmyself\b|\bme\b"#, "the parent"),
    ].map { (TextPattern($0.0), $0.1) }

    /// The message in the runner's own voice: "he's 14" → "I'm 14", "his knees" → "my knees",
    /// "my son Noah runs" → "I run", "Noah's calf" → "my calf", and the speaker's own "I'm 46" → "the parent is 46".
    static func inRunnersVoice(_ message: String, name: String?) -> String {
        // The child as a noun: "Noah's" is "his", "my son Noah" is "he" (which the pronoun rules turn first person).
        let child = #"\b(?:my|our|the)\s+"# + relative + (name.map { #"(?:\s+"# + NSRegularExpression.escapedPattern(for: $0) + ")?" } ?? "")
        let who = name.map { "(?:" + child + "|\\b" + NSRegularExpression.escapedPattern(for: $0) + ")" } ?? child
        var text = TextPattern(who + #"'s\b"#).replacing(in: message) { _ in "his" }
        text = TextPattern(who + #"\b"#).replacing(in: text) { _ in "he" }
        for (pattern, replacement) in speaker + pronouns {
            text = pattern.replacing(in: text) { match in replacement.replacingOccurrences(of: "$1", with: match[1] ?? "") }
        }
        return text
    }
}
