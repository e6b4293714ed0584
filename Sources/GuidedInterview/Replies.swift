import Foundation

/// The shape of a reply, whatever it is about: yes or no, a correction, a name, a polite "no answer".
enum Replies {
    /// A yes/no answer, or nil when the message is neither.
    static func yesOrNo(_ message: String) -> Bool? {
        let text = FactExtractor.normalize(message)
        let reply = FactExtractor.reply(text)
        return reply.affirmed ?? leadingYesOrNo(message)
    }

    /// A yes/no question answered in a sentence ("Yes, that's fine with me", "no thanks").
    static func leadingYesOrNo(_ message: String) -> Bool? {
        let first = message.lowercased().split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        if ["yes", "yeah", "yep", "yup", "sure", "ok", "okay", "fine", "absolutely", "definitely", "agreed", "ja", "si", "oui"].contains(first) {
            return true
        }
        if ["no", "nope", "nah"].contains(first) { return false }
        return nil
    }

    /// "I just want to finish", "there's no real limit": no answer to give to an optional question.
    static func declines(_ message: String) -> Bool {
        let lower = message.lowercased()
        return ["just want to finish", "just finish", "no limit", "no real limit", "no preference", "doesn't matter",
                "does not matter", "don't mind", "do not mind", "no target", "no time goal", "not fussed", "whatever"].contains { lower.contains($0) }
    }

    static let correction = try! NSRegularExpression(
        pattern: #"\b(?:no wait|wait,? no|scratch that|sorry|actually|correction|i meant|i mean|make that|more like|not \d+|rather|oops|my bad|let me correct|i misspoke|typo)\b"#,
        options: [.caseInsensitive])

    static let correctionLead = try! NSRegularExpression(
        pattern: #"^(?:[\s,.!-]*(?:no+|wait|sorry|scratch that|actually|correction|i meant|i mean|make that|more like|oops|my bad|it's|it is|its|rather|not|,))+[\s,.!:-]*"#,
        options: [.caseInsensitive])

    /// "Sorry, more like 35" → "35": the answer without the words that announce a correction.
    static func withoutCorrection(_ message: String) -> String {
        let range = NSRange(message.startIndex..., in: message)
        return correctionLead.stringByReplacingMatches(in: message, range: range, withTemplate: "")
    }

    /// The message corrects something said before ("no wait, 35", "scratch that", "sorry, more like 35").
    static func isCorrection(_ message: String) -> Bool {
        let range = NSRange(message.startIndex..., in: message)
        return correction.firstMatch(in: message, range: range) != nil
    }

    /// "I'm Alex", "my name is Sam Lee", "call me Jo", or a bare answer to the name question.
    static func name(in message: String, expecting: String?) -> String? {
        let cleaned = message.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        let lower = cleaned.lowercased()
        var candidate: String?
        // A question back ("Does it matter?") is not a name.
        if cleaned.isEmpty || message.contains("?") { return nil }
        // "it's …" names someone only in answer to the name question ("it's more like 20k" does not).
        let prefixes = ["my name is ", "my name's ", "call me ", "i'm called ", "i am called ", "name's ", "names "]
            + (expecting == "identity.name" ? ["it's ", "its ", "this is "] : [])
        for prefix in prefixes {
            if let range = lower.range(of: prefix) {
                candidate = String(cleaned[range.upperBound...])
                break
            }
        }
        if candidate == nil, expecting == "identity.name" {
            candidate = cleaned
            // "hi im Sam", "hello, I'm Sam": greetings first, then "I'm".
            var changed = true
            while changed, let current = candidate {
                changed = false
                let lowered = current.lowercased()
                for prefix in ["hi ", "hi, ", "hey ", "hey, ", "hello ", "hello, ", "hiya ", "i'm ", "i am ", "im ", "it's ", "its ", "just "]
                where lowered.hasPrefix(prefix) {
                    candidate = String(current.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
                    changed = true
                    break
                }
            }
        }
        // The name ends at the first break: "Anna. My knee's been sore", "Ben, 34, training for …".
        if let current = candidate, let cut = current.firstIndex(where: { ".,!;:(".contains($0) }) {
            candidate = String(current[..<cut])
        }
        let stop: Set<String> = ["and", "but", "im", "i'm", "here", "by", "from", "the", "a", "thanks", "please", "btw", "speaking"]
        guard let words = candidate?.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "!" })
            .prefix(while: { $0.first?.isLetter == true && !stop.contains($0.lowercased()) }),
              (1...3).contains(words.count), words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" } }) else {
            return nil
        }
        let notNames: Set<String> = ["skip", "pass", "next", "no", "yes", "none", "nope", "hi", "hello", "hey", "ok", "okay", "sure",
                                     "why", "what", "later", "n/a", "anonymous", "nobody", "runner", "dunno", "idk"]
        if words.contains(where: { notNames.contains($0.lowercased()) }) { return nil }
        return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
