import Foundation

/// The long-run day in an answer to "Which day works best for your long run?", read as a coach would when more
/// than one day is named: the day settled on ("sunday or wednesday, i'll say wednesday", "sun or mon, prob mon"),
/// not a day ruled out ("Tuesday — Sundays are impossible with my shifts", "Friday, since I work Saturday and
/// Sunday"), and none when the runner leaves it open ("idk, sat or sun", "Sunday? Saturday? Eh you decide").
/// Works on `FactExtractor.normalize`d text.
enum DayChoice {
    enum Reading: Equatable {
        case day(String)
        case undecided
    }

    static let day = TextPattern(
        #"\b(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|(mon|tues?|wed|thu|thur|thurs|fri|sat|sun)\b|(weekends?))"#)
    static let piece = TextPattern(#"[.;!?]|,|\s-\s|\b(?:since|because|as|so|but|if not)\b"#)
    static let ruledOut = TextPattern(
        #"\b(?:can not|cannot|can't|could not|do not run|don't run|impossible|not possible|no good|out of the question|never|busy|i work|work(?:ing)? (?:on )?(?:mon|tue|wed|thu|fri|sat|sun|weekends)|shifts?|taken|off limits|not (?:on )?(?:mon|tue|wed|thu|fri|sat|sun|weekends)|at a (?:push|pinch)|as a (?:backup|fallback)|if (?:really )?needed|if i must|if i have to)\b"#)
    static let settled = TextPattern(
        #"\b(?:say|i will say|i would say|prob(?:ably)?|mostly|usually|prefer(?:ably)?|ideally|rather|let us say|go with|pick|put|best|easiest|i guess)(?:\s+(?:go|go with|go for|do|pick|take))?\s+$"#)
    static let settledAfter = TextPattern(#"^\s*(?:mostly|probably|preferably|ideally|is (?:easiest|best|better)|works best|is my (?:pick|choice)|usually|if i (?:had|have) to (?:pick|choose))\b"#)
    static let open = TextPattern(
        #"\b(?:idk|i do not know|dunno|no preference|do not mind|does not matter|doesn't matter|you decide|you choose|you pick|either|whichever|up to you|don't mind|not sure)\b"#)

    static let takenBack = TextPattern(#"^\W*(?:no|nah|nope|scratch that)\b(?! (?:preference|difference|matter|idea|clue|strong|real))"#)
    static let askedAbout = TextPattern(#"\b(?:unless|or is|or would|or should|or do you|or does)\b[^.!]*$"#)
    static let orBetween = TextPattern(#"^[^.!;]*\bor\b[^.!;]*$|^[a-z]*\s*[?]\s*$|^\w+\?\s*(?:or\s+)?(?:maybe\s+)?$"#)

    static let correctedTo = TextPattern(#"(?:^|[.!?;]\s+)(?:no|nah|nope|sorry|wait|actually|oh)[,.!]?\s+(?:(?:make it|better|rather|i mean|then)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b(?!\s+(?:is|are|'s)\b)"#)
    static let unsaidBefore = TextPattern(#"\b(?:did not|never) (?:say|mean)\s+$"#)
    static let openingDay = TextPattern(#"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*(?:[,.;!]|\s-\s)"#)
    static let closingDay = TextPattern(#"[.!;]\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*[.!]?\s*$"#)

    static func longRun(_ text: String) -> Reading? {
        var named: [(day: String, start: Int, ruled: Bool, settled: Bool, weekend: Bool)] = []
        let breaks = piece.matches(in: text)
        for match in day.matches(in: text) {
            let days = match[3] != nil ? ["saturday", "sunday"]
                : [FactExtractor.weekday(match[1] ?? match[2] ?? "") ?? ""]
            // The stretch between breaks the day sits in: "since I work Saturday and Sunday" rules both out.
            let from = breaks.last { $0.end <= match.start }?.start ?? 0
            let to = breaks.first { $0.start >= match.end }?.start ?? text.utf16Length
            let stretch = text.utf16Slice(from, to)
            // "Or Saturday... no, Sunday": a day taken back; "Saturday, unless you think Sunday is better?": a day asked about.
            let taken = takenBack.matches(text.utf16Slice(match.end, min(text.utf16Length, match.end + 8)))
            let asked = named.last.map { askedAbout.matches(text.utf16Slice($0.start, match.start)) } ?? false
            let ruled = ruledOut.matches(stretch) || taken || asked
            let isSettled = settled.matches(text.utf16Slice(max(0, match.start - 16), match.start))
                || settledAfter.matches(text.utf16Slice(match.end, min(text.utf16Length, match.end + 20)))
            for day in days where !day.isEmpty { named.append((day, match.start, ruled, isSettled, match[3] != nil)) }
        }
        // "Monday, Tuesday, Thursday, Saturday and Sunday." in answer to the long-run question is a list of running days
        // (the interview reads it as such), not a choice among them.
        let listed = Dictionary(grouping: named, by: { FactExtractor.sentenceStart(in: text, before: $0.start) }).values
            .contains { Set($0.filter { !$0.weekend && !$0.ruled }.map(\.day)).count >= 3 }
        if listed { return nil }
        // ("Sunday. Wait, I didn't say Sunday. Saturday.": a day taken back anywhere is taken back everywhere.)
        let unsaid = Set(named.filter { unsaidBefore.matches(text.utf16Slice(max(0, $0.start - 20), $0.start)) }.map(\.day))
        let candidates = named.filter { !$0.ruled && !unsaid.contains($0.day) }
        let distinct = Set(candidates.map(\.day))
        // Corrections and swaps ("Sunday. Wait, I don't run Sundays. Saturday then", "I meant Tuesdays not Thursdays") are
        // read by the schedule extractor, which knows the days on file.
        // ("Sunday, after church. No, Saturday, on Sunday the grandchildren come.": a sentence that opens by taking the
        // day back names the one.)
        if let match = correctedTo.firstMatch(in: text), let said = match[1], let day = FactExtractor.weekday(said),
           named.contains(where: { $0.start < match.start && $0.day != day }),
           let picked = named.first(where: { $0.start >= match.start(of: 1) }), picked.day == day, !picked.ruled {
            return .day(day)
        }
        guard !named.isEmpty, !FactExtractor.correctionCue.matches(text), !FactExtractor.dayPutInstead.matches(text),
              FactExtractor.daySwap(in: text) == nil else { return nil }
        if let pick = candidates.last(where: \.settled) { return .day(pick.day) }
        if distinct.count == 1, let only = candidates.first { return .day(only.day) }
        // "Saturday, so Sunday I can sleep in", "Tuesday — Sundays are impossible": a day opening the answer is the answer;
        // "sunday. or saturday. sunday.": so is a day said alone at the end.
        // ("Saturday. Hmm, Sunday, the Corniche is empty on Sunday morning. Sunday.": the day said alone at the end, after
        // weighing it, is the one; "sunday. or saturday. sunday." too.)
        if let last = candidates.last, closingDay.matches(text), text.utf16Length - last.start < 12,
           candidates.dropLast().contains(where: { $0.day == last.day }) { return .day(last.day) }
        if let first = candidates.first, first.start == 0, openingDay.matches(text) { return .day(first.day) }
        if let last = candidates.last, closingDay.matches(text), text.utf16Length - last.start < 12 { return .day(last.day) }
        // Two days with "or" between them and no lean, or left to the coach.
        let joined = zip(candidates, candidates.dropFirst()).contains { pair in
            pair.0.day != pair.1.day && orBetween.matches(text.utf16Slice(pair.0.start, pair.1.start))
        }
        if distinct.count > 1, open.matches(text) || joined { return .undecided }
        return nil
    }
}
