import Foundation

/// An earlier answer named and put right beside the answer to this question: "Five times. Oh wait, and sorry, the date —
/// it's Sunday the 11th of April, not the 18th", "Seventy minutes. Oh — and that 2:15, make it 2:20", "Ninety minutes on a
/// work day. And let's move the long run to Saturday morning". A sentence names the field it corrects (the date, the
/// target, the weekly volume, the long run, my age …) and says it is a change (sorry, make it, move, I said …), and that
/// field was answered before;
/// its words, with the sentence after it when the new value comes there ("… I said 50 — that was my peak. Now it's more
/// like 40"), are read by that field's reader. Works on the message as typed.
enum LateCorrection {
    struct Found {
        let slot: String
        /// The words to read for the slot.
        let text: String
        /// Where those words sit in the message, to read the asked question's answer without them.
        let range: Range<String.Index>
    }

    static let cues: [(slot: String, pattern: TextPattern)] = [
        ("goals.targetTime", TextPattern(#"\b(?:the |my |that )(?:target|goal time|finish time|time goal)\b|\b(?:that|the) \d{1,2}:\d{2}(?::\d{2})?\b(?!\s*(?:bus|train|tram|boat|ferry|flight|shift|service|mass|start|alarm|am|pm)\b)"#)),
        ("goals.raceDate", TextPattern(#"\b(?:the |race )?date\b|\brace day\b|\bthe race\b(?=[^.!?]*\b\d{1,2}(?:st|nd|rd|th)\b)|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"# + FactExtractor.monthPattern + #"|\b"# + FactExtractor.monthPattern + #"\s+\d{1,2}(?:st|nd|rd|th)?\b"#)),
        // ("Ah, and the kilometre, I forget the Sunday long run, together it is 35 in the week".)
        ("running.currentVolume", TextPattern(#"\b(?:the |my )(?:weekly (?:volume|distance|mileage|kilometres|kilometers|km|miles)|mileage|volume|kilometres?|kilometers?|kms)\b"#)),
        // ("Oh, and I said four runs earlier, it's really three".)
        ("running.currentFrequency", TextPattern(#"\b(?:the |my )(?:runs a week|runs per week|number of runs)\b|\bi said \w+ runs\b"#)),
        ("schedule.longRunDay", TextPattern(#"\bthe (?:(?:mon|tue|wednes|thurs|fri|satur|sun)day )?long run\b"#)),
        ("physical.age", TextPattern(#"\bmy age\b"#)),
        ("running.longestRecentRun", TextPattern(#"\bthe longest (?:run|one)\b|\bmy longest\b"#)),
    ]
    static let runsSaidBefore = TextPattern(#"\bi said \w+ runs(?: (?:a week|earlier|before))*\s*,?"#)
    /// Words that say a sentence changes something said before.
    static let changing = TextPattern(
        #"\b(?:sorry|oh wait|make it|make that|change (?:it|that)|move|switch|scrap|instead|put|correction|(?<!as )i said|(?<!as )i wrote|wrong|not the|now it is|now it's|more like|let'?s (?:move|make|say|change|put)|should be|is actually|it's actually|forgot to say|i forg[eo]t|i meant|not \d{1,2}(?:st|nd|rd|th)?(?=\s*(?:[,.!]|$))|checked (?:on )?the (?:site|website|web ?site|page|flyer|app|email|calendar)|i (?:looked|checked)(?: at| it up| again)?|i told you|turns out|this year it'?s|(?:one|a) week (?:earlier|later))\b"#)
    /// "… the Heart Run is the 1st of May this year. Not the 24th": the next sentence says it changes the one before.
    static let notTheOld = TextPattern(#"^\s*(?:not|no,? not) (?:the |on the )?\d{1,2}(?:st|nd|rd|th)?\b"#)
    static let newGoal = TextPattern(#"\b(?:half[- ]?marathon|marathon|ultra|\d+ ?(?:k|km)\b(?! a week)|parkrun)\b"#)
    static let weekdayNamed = TextPattern(#"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"#)
    static let clauseBreak = TextPattern(#"[,;:—–]\s*|\s-\s|\band\s+"#)
    /// The new value said in the next sentence: "… that was my peak before Valencia. Now it's more like 40", "… is my dream. Put 13".
    static let valueFollows = TextPattern(#"^\s*(?:now|put|make it|say|call it|let'?s say|actually|more like|so)\b"#)

    /// Only fields already answered (`onFile`) can be put right.
    static func find(in message: String, asked: String?, onFile: (String) -> Bool) -> [Found] {
        // (Patterns ignore case, so the words keep theirs: a name said in them stays a name.)
        let sentences = sentenceRanges(in: message)
        var found: [Found] = []
        for (index, range) in sentences.enumerated() {
            let sentence = String(message[range])
            guard changing.matches(sentence) || (index + 1 < sentences.count && (valueFollows.matches(String(message[sentences[index + 1]]))
                    || notTheOld.matches(String(message[sentences[index + 1]])))) else { continue }
            // ("Actually I've changed my mind: I want to do a half marathon on 16 May instead": a new goal, read whole as one.)
            if newGoal.matches(sentence) { continue }
            for (slot, pattern) in cues where slot != asked && onFile(slot) {
                guard let cue = pattern.firstMatch(in: sentence) else { continue }
                // The words from the field's name on, and the next sentence when the value is said there.
                // (From the clause that names it: "and scrap the Sunday long run, make it Saturday" keeps its "scrap".)
                let clauseStart = clauseBreak.matches(in: sentence.utf16Slice(0, cue.start)).last?.end ?? 0
                let start = message.utf16.index(range.lowerBound, offsetBy: clauseStart)
                var end = range.upperBound
                if index + 1 < sentences.count {
                    let next = String(message[sentences[index + 1]])
                    let afterCue = sentence.utf16Slice(cue.end, sentence.utf16Length)
                    let valueAfterCue = afterCue.contains(where: \.isNumber) || weekdayNamed.matches(afterCue)
                    let nextGivesValue = next.contains(where: \.isNumber) && !cues.contains(where: { $0.slot != slot && $0.pattern.matches(next) })
                    if valueFollows.matches(next) || !valueAfterCue && nextGivesValue { end = sentences[index + 1].upperBound }
                }
                var text = String(message[start..<end])
                // ("I said four runs earlier, it's really three": the count said before is what is put right, not the answer.)
                if slot == "running.currentFrequency" { text = runsSaidBefore.replacing(in: text) { _ in "" } }
                found.append(Found(slot: slot, text: text, range: range.lowerBound..<end))
                break
            }
        }
        return found
    }

    /// The message without the words `found` reads for other fields.
    static func removing(_ found: [Found], from message: String) -> String {
        var rest = ""
        var cursor = message.startIndex
        for each in found.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where each.range.lowerBound >= cursor {
            rest += message[cursor..<each.range.lowerBound]
            cursor = each.range.upperBound
        }
        return rest + message[cursor...]
    }

    /// "Also, forget Friday — the office has me on overtime. Make it Saturday", "I said Tuesday before — please change it to
    /// Monday": a running day said before, swapped for another (asked or not; a question that asks for it counts).
    /// (In the shape of `FactExtractor.daySwap`'s answer.)
    static func daySwap(in message: String) -> (new: String, old: String)? {
        guard let match = swap.firstMatch(in: message),
              let old = FactExtractor.weekday(match[1] ?? ""), let new = FactExtractor.weekday(match[2] ?? ""), old != new else { return nil }
        return (new, old)
    }
    static let day = #"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"#
    static let swap = TextPattern(
        #"\b(?:forget|scrap|drop|scratch|i said|not)\s+(?:the\s+)?"# + day + #"\b(?:[^.!?]*[.!?]\s*){0,2}?[^.!?]*?\b(?:make it|make that|change (?:it|that) to|switch (?:it |that )?to|move (?:it |that )?to|swap (?:it |that )?for|instead,?|rather)\s+(?:a\s+|the\s+)?"# + day + #"\b"#)

    /// The message's sentences, each ending after its full stop, exclamation or question mark.
    static func sentenceRanges(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if ".!?".contains(text[index]), next == text.endIndex || text[next] == " " {
                ranges.append(start..<next)
                start = next
            }
            index = next
        }
        if start < text.endIndex, text[start...].contains(where: { !$0.isWhitespace }) { ranges.append(start..<text.endIndex) }
        return ranges
    }
}
