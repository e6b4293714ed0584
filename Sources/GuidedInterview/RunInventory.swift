import Foundation

/// The week's distance counted up from the runs described, as a coach tallies them: each run's distance (a figure with
/// its unit, a race's name: "parkrun" 5 km, "a half marathon" 21.1) times how often it comes ("two easy 4 milers", "3 runs
/// of 5-6 km", "on Tuesday and Thursday", "each way", "twice a week", "weekdays", "every other day", "a day except
/// Sundays"): "Half marathon every Sunday plus two easy 4 milers midweek" is 34 km, "3 miles to work and 3 back,
/// Mon/Wed/Fri" is 18 miles. Runs of other sports, of someone else, of before or of a hoped-for week are left out. Read
/// only when the answer describes runs (more than one, or one with its count); a week's figure said outright is left to
/// `WeekFigures`. Works on `FactExtractor.normalize`d text.
enum RunInventory {
    struct Run {
        let km: Double
        let times: Double
        let start: Int
    }

    /// The week's total in km and whether it was said in miles, or nil when the answer describes no runs to add up.
    static func total(_ text: String) -> (km: Double, miles: Bool)? {
        if weekly.matches(text) { return nil }
        var runs: [Run] = []
        var taken: [Range<Int>] = []
        var miles = false
        for match in item.matches(in: text) {
            let range = match.start..<match.end
            guard !taken.contains(where: { $0.overlaps(range) }) else { continue }
            let clause = FactExtractor.span(around: match.start, in: text, breaks: clauseBreak).text
            if excluded.matches(clause) || otherSportBefore.matches(text.utf16Slice(max(0, match.start - 24), match.start))
                || WeekFigures.otherSport.matches(text.utf16Slice(match.end, match.end + 16))
                || WeekFigures.walkingSaid.matches(text.utf16Slice(FactExtractor.sentenceStart(in: text, before: match.start), match.start)) { continue }
            guard let km = distance(match, in: text, miles: &miles) else { continue }
            taken.append(range)
            let before = text.utf16Slice(max(0, match.start - 48), match.start), after = text.utf16Slice(match.end, match.end + 48)
            let times = timesSaid(before: before, after: after, clause: clause, plural: match[6] != nil)
            // A figure said bare ("About 30k, with a long run of 12k") may be the week's: only runs described as runs count.
            guard times > 1 || match[5] != nil || runCue.matches(before) || dayList.matches(after) else { return nil }
            // ("I run five times a week, 45 to 50 km": a figure too big for one of several runs, not said to be each, is the week's.)
            if times >= 3, km >= 15, match[5] == nil, !eachAfter.matches(after) { return nil }
            runs.append(Run(km: km, times: times, start: match.start))
        }
        // "Usually 3 runs: 4, 4 and a 7 mile long run": figures listed before the one given its unit share it.
        for match in unitlessList.matches(in: text) {
            guard let unit = match[3], let last = Double(match[2] ?? ""), let firsts = match[1] else { continue }
            let perKm = unit.hasPrefix("mi") ? 1.609 : 1
            let earlier = firsts.split(whereSeparator: { !$0.isNumber && $0 != "." }).compactMap { Double($0) }
            runs.removeAll { $0.start >= match.start && $0.start < match.end }
            runs.append(contentsOf: (earlier + [last]).map { Run(km: $0 * perKm, times: 1, start: match.start) })
            if unit.hasPrefix("mi") { miles = true }
        }
        let count = runs.map(\.times).reduce(0, +)
        guard runs.count > 1 || runs.first.map({ $0.times > 1 }) == true, count <= 21 else { return nil }
        let km = runs.map { $0.km * $0.times }.reduce(0, +)
        return km > 0 ? (km, miles) : nil
    }

    /// The km in one run, or nil when the figure is no run's distance.
    private static func distance(_ match: TextMatch, in text: String, miles: inout Bool) -> Double? {
        if let race = match[5] {
            if race.hasPrefix("half") { return 21.0975 }
            if race.hasPrefix("marathon") { return 42.195 }
            if race.hasPrefix("parkrun") { return 5 }
            if race == "10" { return 10 }
            return nil
        }
        if let plural = match[6] { return Double(plural.prefix { $0.isNumber }) }
        guard let low = Double(match[1] ?? ""), let unit = match[3] else { return nil }
        let value = Double(match[2] ?? "").map { (low + $0) / 2 } ?? low
        if unit == "m" || unit == "metres" || unit == "meters" { return value >= 200 ? value / 1000 : nil }
        if unit.hasPrefix("mi") {
            miles = true
            return value * 1.609
        }
        return value
    }

    /// How many times a run comes in a week, from the words around it.
    private static func timesSaid(before: String, after: String, clause: String, plural: Bool) -> Double {
        var times: Double = 1
        if let match = countBefore.firstMatch(in: before) {
            let low = Double(match[1] ?? "") ?? (match[3] != nil ? 2 : 1)
            times = Double(match[2] ?? "").map { (low + $0) / 2 } ?? low
        } else if plural {
            times = 2
        }
        // ("3 miles to work and 3 back, Mon/Wed/Fri": the days come after the way back.)
        let back = andBack.firstMatch(in: after)
        let rest = back.map { after.utf16Slice($0.end, after.utf16Length) } ?? after
        if let match = timesAfter.firstMatch(in: after) ?? timesBefore.firstMatch(in: before) {
            if let n = match[1] ?? match[2], let value = Double(n) { times = value }
            else if match[3] != nil { times = 2 }
            else if match[4] != nil { times = 3 }
            else if match[5] != nil { times = 3.5 }
            else if match[6] != nil {
                times = WeekFigures.fiveDays.matches(clause) ? 5 : WeekFigures.sixDays.matches(clause) || sixDays.matches(clause) ? 6 : 7
            }
        } else if let days = dayList.firstMatch(in: rest) ?? dayList.firstMatch(in: rest.replacingOccurrences(of: ",", with: " ")) {
            times = Double(days.text.split(whereSeparator: { !$0.isLetter }).filter { FactExtractor.weekday(String($0)) != nil }.count)
            if days.text.contains("weekday") { times = 5 }
            times = max(times, 1)
        } else if weekdaysBefore.matches(before) {
            times = 5
        } else if everyOtherDay.matches(before) {
            times = 3.5
        }
        // "10k run, 3 times, no I mean 2 times": the corrected count.
        if let fixed = correctedTimes.firstMatch(in: after), let value = Double(fixed[1] ?? "") { times = value }
        if eachWay.matches(after) || back != nil { times *= 2 }
        return times
    }

    // MARK: - Patterns

    /// A run: a figure with its unit (1-3, "4-6 km"), a race by name (5), or runs of one distance counted ("5ks", 6).
    static let item = TextPattern(
        #"(?<![\d.:/])(\d+(?:\.\d+)?)(?:\s*(?:-|to|or)\s*(\d+(?:\.\d+)?))?\s*(km|kms|k|ks|kilometers|kilometres|miles?|milers?|mi|m|metres|meters)\b(?!\s*(?:/|per)\s*(?:km|mile))|\b(?:a |an |the )?((half[- ]?marathons?|marathons?|parkruns?|(?<=a )10(?=\s+(?:on|at|in|every|and)\b)))\b|\b((?:5|10)ks)\b"#)
    /// "two easy 4 milers", "3 runs of 5-6 km", "a couple of 5ks" (normalised "2 5ks").
    static let countBefore = TextPattern(
        #"(?:^|\s)([2-7])(?:\s*(?:-|or|to)\s*([2-7]))?\s+(?:(?:easy|short|long|slow|quick|steady|little|small|gentle|runs? of|runs? of about|x|times)\s+)*$|\b(couple of|couple|pair of)\s+(?:(?:easy|short|long|slow|quick|steady)\s+)*$"#)
    /// "twice a week", "3 times", "x3", "4 days a week", "every other day", "every day", "a day".
    static let timesAfter = TextPattern(
        #"^[^.;]{0,32}?\b(?:(\d) (?:times|days)(?: a week| per week| weekly)?|x ?(\d))\b|^[^.;]{0,32}?\b(twice)\b|^[^.;]{0,32}?\b(three times)\b|^[^.;]{0,32}?\b(every other day|alternate days)\b|^\s*(?:\w+\s+){0,2}?(?:(every|each) (?:day|morning|evening)|a day\b|daily)"#)
    static let correctedTimes = TextPattern(#"\b(?:no|i mean|sorry|actually)\b[^\d.;]{0,12}(\d)\s*times\b"#)
    /// "twice a week, it's 6km each way": the count said before the run, in its sentence.
    static let timesBefore = TextPattern(
        #"\b(?:(\d) (?:times|days)|x ?(\d))(?: a week| per week| weekly)\b[^.;\d]*$|\b(twice)(?: a week)?\b[^.;\d]*$|\b(three times)(?: a week)?\b[^.;\d]*$"#)
    /// Days named after the run: "on Tuesday and Thursday", "Tues and Thurs", "Mon/Wed/Fri", "weekdays".
    static let dayList = TextPattern(
        #"^\s*(?:on\s+)?(?:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)[a-z]*s?(?:\s*(?:,|/|&|and|\+)\s*|\s+))*(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)[a-z]*s?\b|^\s*(?:on\s+)?weekdays\b"#)
    static let weekdaysBefore = TextPattern(#"\b(?:weekdays|week days|monday to friday|mon-fri)\b[^.;,]{0,20}$"#)
    static let everyOtherDay = TextPattern(#"\b(?:every other day|alternate days)\b[^.;]{0,6}$"#)
    static let sixDays = TextPattern(#"\b(?:except|but not|apart from)\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*s?\b"#)
    static let eachAfter = TextPattern(#"^\s*(?:each|every time|apiece|per run|a run|a go|a pop)\b"#)
    static let eachWay = TextPattern(#"^\s*(?:\w+\s+){0,3}?each way\b"#)
    static let andBack = TextPattern(#"^\s*(?:to (?:work|the office|school|my [a-z']+)(?:'s)?\s+)?and\s+(?:\d+(?:\.\d+)?\s+)?back\b"#)
    /// A week's total said outright ("30 km a week"), left to `WeekFigures`.
    static let weekly = TextPattern(#"\d\s*(?:k|km|kms|miles?|mi)?\s*(?:a|per|each|every|in a|in the|in 1|by|the|/)\s*(?:week|wk)\b|\b(?:mpw|kpw|pw|weekly)\b"#)
    /// Before, someone else's, hoped for, another sport, the longest run or a race to come: no run of this week's.
    static let excluded = TextPattern(
        #"\b(?:used to|was|were|before(?! work| school| breakfast| the kids)|pre-|hoping|hope|want|aim|goal|target|plan|longest|race is|race on|steps)\b|\b(?:wife|husband|partner|friend|mum|mom|dad|brother|sister|son|daughter)\s+(?:does|runs|did|ran|is doing)\b"#)
    /// Words before a figure that make it one run of several: "a 10k", "plus 5k", "and 8 miles", "Tuesday 6k", "runs of 5k".
    static let runCue = TextPattern(
        #"(?:\b(?:a|an|plus|and|then|another|runs? of|long|longer|easy|short|of)|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*s?\s*[:-]?|[,+])\s*(?:,\s*)?(?:(?:maybe|about|around|roughly|like)\s+)?$"#)
    /// Another sport's distance, or a programme's name ("Couch to 5K"), is no run.
    static let otherSportBefore = TextPattern(#"\b(?:cycle|ride|bike|swim|walk|hike|row)s?\s+(?:about |around |maybe )?$|\bcouch (?:to|2)\s*$"#)
    static let clauseBreak = TextPattern(#"[.;!?]|\bbut\b|\bplus\b|,\s*(?:and|then)\b"#)
    /// "4, 4 and a 7 mile long run": figures without a unit before one with it.
    static let unitlessList = TextPattern(
        #"(?<![\d.:/])(?<!between )((?:\d+(?:\.\d+)?\s*,\s*)+\d+(?:\.\d+)?)\s*(?:,|and)\s*(?:a\s+)?(\d+(?:\.\d+)?)\s*(km|k|miles?|mi|milers?)\b"#)
}
