import Foundation

/// An answer to "What's the longest a single run can be on a busy day?", read as a coach would: every length said (minutes,
/// hours, "1h15", "half hour", a clock window such as "6 to 7am" or "lunch 12-1", a distance at a pace), less those about
/// the weekend or the long run, per week or a race; then the first, unless a later one is settled on after a correction
/// ("30. No actually 40", "an hour, but with the shower it's 45 really") or stretches it ("45 mins to 1 hr", "30, 45 at a
/// push": the longest a run can be). A figure only for the weekend or the long run is no busy-day limit. Works on
/// `FactExtractor.normalize`d text.
enum SessionLength {
    enum Reading: Equatable {
        case minutes(Int)
        /// Lengths were said, none of them a busy day's (only the weekend's or the long run's): nothing is recorded.
        case none
    }

    struct Figure {
        let minutes: Int
        let range: Range<Int>
    }

    static func read(_ text: String) -> Reading? {
        // ("from 5h45 to 7h": the clock as written in Brazil or France, not a length of seven hours.)
        // ("from 5 o'clock to 6:20", "from ten till about eleven-thirty": an hour said on the clock, in digits.)
        let clocked = spokenClock.replacing(in: text) { match in
            (match[1] ?? "") + (match[2] ?? match[4] ?? "") + (match[3].map { ":" + $0 } ?? "")
        }
        let marked = hourMarkWindow.replacing(in: clocked) { match in
            "from \(match[1] ?? ""):\(match[2] ?? "00") \(match[3] ?? "to") \(match[4] ?? ""):\(match[5] ?? "00")"
        }
        // ("seven till quarter past eight", "from six until five to seven": the clock in words, as digits; "5 to 7" alone
        // is a range.)
        let text = wordClock.replacing(in: marked) { match in
            guard let hour = Int(match[4] ?? ""), (1...24).contains(hour), match[1] != nil || Int(match[2] ?? "") == nil else { return match.text }
            let minutes = ["quarter": 15, "half": 30][match[2] ?? ""] ?? Int(match[2] ?? "") ?? 0
            let (h, m) = match[3] == "past" ? (hour, minutes) : (hour == 1 ? 12 : hour - 1, 60 - minutes)
            return (match[1] ?? "") + "\(h):" + String(format: "%02d", m)
        }
        var figures = lengths(in: text)
        guard !figures.isEmpty else { return nil }
        // "Two hours is too long for me now. One hour and a half is the limit", "2h no. 1h30": a length turned down.
        if figures.count > 1 {
            figures.removeAll { turnedDown.matches(text.utf16Slice($0.range.upperBound, $0.range.upperBound + 28)) }
        }
        // ("45 minutes. My knee also hurts after an hour": when something hurts is no session's length.)
        if figures.count > 1, case let kept = figures.filter({
            !FactExtractor.painNow.matches(text.utf16Slice(FactExtractor.sentenceStart(in: text, before: $0.range.lowerBound), $0.range.lowerBound))
        }), !kept.isEmpty {
            figures = kept
        }
        guard let choice = settled(busyDays(figures, in: text), in: text) else { return Reading.none }
        return .minutes(choice.minutes)
    }

    /// Every length said, in order: lengths said outright, else a clock window, else the time between two times of day,
    /// else a distance at a pace.
    private static func lengths(in text: String) -> [Figure] {
        var taken: [Range<Int>] = []
        var figures: [Figure] = []
        func free(_ range: Range<Int>) -> Bool { !taken.contains { $0.overlaps(range) } }
        func add(_ minutes: Int, _ range: Range<Int>) {
            taken.append(range)
            if (5...600).contains(minutes) { figures.append(Figure(minutes: minutes, range: range)) }
        }
        // A distance at a pace: "6 miles, I average 9:30 a mile", "7km at 7min/km". The pace alone is no length.
        let paces = pace.matches(in: text)
        for match in paces { taken.append(match.start..<match.end) }
        // Clock windows: "6 to 7am", "from 6 till 7", "lunch 12-1", "0600-0700", "between 5 and 6 in the morning".
        var windows: [Figure] = []
        for match in window.matches(in: text) {
            let range = match.start..<match.end
            guard free(range), let length = windowLength(match, in: text), !workBefore.matches(text.utf16Slice(max(0, match.start - 14), match.start)) else {
                continue
            }
            taken.append(range)
            windows.append(Figure(minutes: length, range: range))
        }
        for match in hoursAndMinutes.matches(in: text) where free(match.start..<match.end) {
            guard let hours = Int(match[1] ?? match[3] ?? ""), let extra = Int(match[2] ?? match[4] ?? ""), extra < 60,
                  !clockBefore.matches(text.utf16Slice(max(0, match.start - 16), match.start)) else { continue }
            add(hours * 60 + extra, match.start..<match.end)
        }
        for match in hourAnd.matches(in: text) where free(match.start..<match.end) {
            add(match[1].flatMap { Int($0) }.map { 60 + $0 } ?? 90, match.start..<match.end)
        }
        for match in hours.matches(in: text) where free(match.start..<match.end) {
            guard let value = number(match[1]) else { continue }
            add(Int((value * 60).rounded()), match.start..<match.end)
        }
        for match in minutes.matches(in: text) where free(match.start..<match.end) {
            guard let value = Int(match[1] ?? "") else { continue }
            add(value, match.start..<match.end)
        }
        // "une heure trente", "una hora y media", "eine Stunde fünfzehn".
        for match in foreignHour.matches(in: text) where free(match.start..<match.end) {
            let extra = match[1].map { word in
                Int(word) ?? (["quinze", "quince", "quindici", "fünfzehn", "vijftien"].contains(word) ? 15 : 30)
            } ?? 0
            add(60 + extra, match.start..<match.end)
        }
        for match in wordHours.matches(in: text) where free(match.start..<match.end) {
            add(match[1] != nil ? 30 : match[2] != nil ? 45 : match[3] != nil ? 15 : 60, match.start..<match.end)
        }
        for match in bare.matches(in: text) where free(match.start..<match.end) {
            guard let raw = match[1], let value = Double(raw) else { continue }
            let after = text.utf16Slice(match.end, match.end + 24), before = text.utf16Slice(max(0, match.start - 16), match.start)
            if notALength.matches(after) || clockBefore.matches(before) { continue }
            if raw.contains("."), let dot = raw.firstIndex(of: "."), raw[raw.index(after: dot)...].count == 2, value < 5 {
                // "1.15" is 1 h 15 min, as runners write it.
                let whole = Int(value), extra = Int(raw[raw.index(after: dot)...]) ?? 0
                if extra < 60 { add(whole * 60 + extra, match.start..<match.end) }
            } else if value <= 4 {
                // "2", "1.5": hours, said as the answer ("one car", "a 4-on 4-off rota" are no lengths).
                if match.start <= 12 || text.split(separator: " ").count <= 4 { add(Int((value * 60).rounded()), match.start..<match.end) }
            } else if value >= 20, value <= 300, !raw.contains(".") {
                add(Int(value), match.start..<match.end)
            }
        }
        // A length said outright wins over a window also named ("Hour and a half. The baby naps from 1 to 3").
        if figures.isEmpty { figures = windows }
        // "I finish at 5:30 and have to collect my son at 6:20": the time between two times of day.
        if figures.isEmpty, case let times = clockTime.matches(in: text), times.count == 2,
           let from = minutesOfDay(times[0]), var to = minutesOfDay(times[1]) {
            if to <= from { to += 12 * 60 }
            if (10...240).contains(to - from) { add(to - from, times[0].start..<times[1].end) }
        }
        if figures.isEmpty, let first = paces.first, let distance = number(first[1]), let minutesPer = number(first[3]) {
            let perUnit = minutesPer + (number(first[4]) ?? 0) / 60
            let distanceKm = first[2]?.hasPrefix("m") == true ? distance * 1.609 : distance
            let paceKm = first[5]?.hasPrefix("m") == true ? perUnit / 1.609 : perUnit
            add(Int((distanceKm * paceKm).rounded()), first.start..<first.end)
        }
        return figures.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Not the weekend's or the long run's (unless the busy day is named with it), not a week's, not a race's.
    private static func busyDays(_ figures: [Figure], in text: String) -> [Figure] {
        var restBefore = false
        return figures.enumerated().filter { index, figure in
            let busy = isBusyDays(index, figure, figures, in: text)
            // ("On my off days an hour, maybe an hour and fifteen": a figure that stretches a rest day's is one too.)
            let stretch = index > 0 && stretchOfPrevious.matches(text.utf16Slice(figures[index - 1].range.upperBound, figure.range.lowerBound))
            defer { restBefore = !busy || (restBefore && stretch) }
            return busy && !(restBefore && stretch)
        }.map(\.element)
    }
    static let stretchOfPrevious = TextPattern(#"^\W*(?:or|maybe|perhaps|possibly|up to|to|even|at most)?\W*(?:maybe|even)?\s*(?:an?\s*)?$"#)

    private static func isBusyDays(_ index: Int, _ figure: Figure, _ figures: [Figure], in text: String) -> Bool {
        if perWeek.matches(text.utf16Slice(figure.range.upperBound, figure.range.upperBound + 16)) { return false }
        if raceBefore.matches(text.utf16Slice(max(0, figure.range.lowerBound - 24), figure.range.lowerBound)) { return false }
        // Its own words (between commas), else its sentence's, neither past the figures beside it: "1 hour on weekdays,
        // longer at weekends" is the busy day's; "35 weekdays. Sat and Sun I can go long, like 2 hours" the weekend's.
        let before = index > 0 ? figures[index - 1].range.upperBound : 0
        let after = index + 1 < figures.count ? figures[index + 1].range.lowerBound : text.utf16Length
        func words(_ breaks: TextPattern) -> String {
            let span = FactExtractor.span(around: figure.range.lowerBound, in: text, breaks: breaks)
            return text.utf16Slice(max(span.start, before), min(span.start + span.text.utf16Length, after))
        }
        let own = words(commaBreak)
        if busyCue.matches(own) { return true }
        if restCue.matches(own) { return false }
        let sentence = words(sentenceBreak)
        // ("No, an hour, I was thinking of Saturday": the day behind the slip names no day's limit.)
        if FactExtractor.thinkingOf.matches(sentence) { return true }
        return !restCue.matches(sentence) || busyCue.matches(sentence)
    }

    /// The first figure, unless a later one is settled on after a correction or as the upshot ("so 45 really"), or
    /// stretches it ("45 mins to 1 hr", "30, 45 at a push", "an hour, maybe an hour and 10"); a later figure said
    /// beside it about something else ("Practice is usually an hour and a half") is an aside.
    private static func settled(_ busy: [Figure], in text: String) -> Figure? {
        guard var choice = busy.first else { return nil }
        for next in busy.dropFirst() {
            let lead = text.utf16Slice(max(0, next.range.lowerBound - 28), next.range.lowerBound)
            let tail = text.utf16Slice(next.range.upperBound, next.range.upperBound + 20)
            let between = text.utf16Slice(choice.range.upperBound, next.range.lowerBound)
            let comes = !neverHappens.matches(text.utf16Slice(next.range.upperBound, next.range.upperBound + 60))
            // ("On the weeks with the boys, 40 minutes … Otherwise an hour is fine": the other days' figure, not a correction.)
            if next.minutes > choice.minutes, otherwiseBefore.matches(lead) { continue }
            if settledBefore.matches(lead) || settledAfter.matches(tail) {
                choice = next
            } else if busyCue.matches(lead) || busyAfter.matches(tail), !busyCue.matches(FactExtractor.span(around: choice.range.lowerBound, in: text, breaks: sentenceBreak).text),
                      next.minutes < choice.minutes {
                // ("An hour. Ah, on grill days 45 minutes": the busy day's limit over the one said in general.)
                choice = next
            } else if next.minutes > choice.minutes, next.minutes * 2 <= choice.minutes * 3, comes,
                      between.trimmingCharacters(in: .whitespaces) == ",", !busy.contains(where: { $0.range.lowerBound > next.range.lowerBound }) {
                // "One hour, one hour and ten": a figure refined upward, said straight after.
                choice = next
            } else if next.minutes > choice.minutes, comes,
                      stretchAfter.matches(tail) || !between.contains(where: { ".!?;".contains($0) })
                        && (stretchBetween.matches(between) || between.trimmingCharacters(in: .whitespaces) == "and"
                            && text.utf16Slice(max(0, choice.range.lowerBound - 12), choice.range.lowerBound).contains("between")) {
                choice = next
            }
        }
        return choice
    }

    private static func number(_ raw: String?) -> Double? {
        guard let raw else { return nil }
        if raw == "½" { return 0.5 }
        if raw.hasSuffix("½") { return (Double(raw.dropLast()) ?? 0) + 0.5 }
        return Double(raw)
    }

    /// The length of a clock window in minutes, or nil when it is no window ("45-60" is a range of minutes).
    private static func windowLength(_ match: TextMatch, in text: String) -> Int? {
        if let fromHour = Int(match[8] ?? ""), let fromMinute = Int(match[9] ?? ""), let toHour = Int(match[10] ?? ""), let toMinute = Int(match[11] ?? "") {
            let length = toHour * 60 + toMinute - fromHour * 60 - fromMinute
            return (5...240).contains(length) ? length : nil
        }
        guard let fromHour = Int(match[2] ?? ""), let toHour = Int(match[5] ?? ""), fromHour <= 24, toHour <= 24 else { return nil }
        let after = text.utf16Slice(match.end, match.end + 20)
        if unitAfter.matches(after) { return nil }
        let lead = match[1]
        // "between" needs "and"; "and" needs "between".
        if (lead == "between") != match.text.contains(" and ") { return nil }
        // ("6 to 7. loom at 7:30": whole hours opening the answer, an hour or two apart, are the clock.)
        // ("On a weekday, 6 to 7.": after a day said first, too.)
        let opening = match.start <= 2 || dayLead.matches(text.utf16Slice(0, match.start))
        let openingHours = opening && fromHour >= 4 && (1...2).contains(toHour - fromHour)
        guard lead != nil || match[4] != nil || match[7] != nil || match[3] != nil || match[6] != nil || clockAfter.matches(after) || openingHours else { return nil }
        var from = fromHour * 60 + (Int(match[3] ?? "") ?? 0), to = toHour * 60 + (Int(match[6] ?? "") ?? 0)
        if to <= from { to += 12 * 60 }
        if to - from > 12 * 60 { from += 12 * 60 }
        let length = to - from
        return (5...240).contains(length) ? length : nil
    }

    /// "5:30", "6.20pm", "7am": a time of day, in minutes after midnight on a 12-hour face.
    private static func minutesOfDay(_ match: TextMatch) -> Int? {
        guard let hour = Int(match[1] ?? match[3] ?? ""), hour <= 24 else { return nil }
        return (hour % 12) * 60 + (Int(match[2] ?? "") ?? 0)
    }

    // MARK: - Patterns

    static let sentenceBreak = TextPattern(#"[.;!?]"#)
    static let commaBreak = TextPattern(#"[.;!?,]"#)

    /// "6 to 7am", "6:00-6:40am", "from 6 till 7", "lunch 12-1", "between 5 and 6 in the morning", "4:30 to 5:15" (1 the
    /// word before, 2-4 from, 5-7 to); "0600-0700" (8-11).
    static let window = TextPattern(
        #"(?:\b(from|between|lunch|lunch is|lunch from)\s+)?(?<![\d.:])(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm)?\s*(?:-|–|to|till|til|until|and)\s*(?:about |around |roughly |approximately )?(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm)?(?![\d:]|\.\d)|\b(\d{2})(\d{2})\s*(?:-|–|to)\s*(\d{2})(\d{2})\b"#)
    static let dayLead = TextPattern(
        #"^\s*(?:on )?(?:a |an |the |my )?(?:weekdays?|week days?|work ?days?|working days?|school days?|busy days?|normal days?|weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\s*[,:-]?\s*$"#)
    /// After a window, words that make it one on the clock.
    static let clockAfter = TextPattern(#"^\s*(?:in the (?:morning|evening|afternoon)|at night|before|after|o'?clock)\b"#)
    /// After a range, a unit that makes it a range of lengths or distances, not a window ("30 to 40 minutes").
    static let unitAfter = TextPattern(#"^\s*(?:minutes?|mins?|min\b|hours?|hrs?|h\b|km|k\b|miles?|mi\b|times|days|runs|kids|years)"#)
    /// "quarter past 8", "half past 6", "quarter to 7", and after a window's "till", "5 to 7" (1 the word before, 2 the
    /// minutes, 3 past or to, 4 the hour).
    static let wordClock = TextPattern(
        #"(\b(?:until|till|til|to|and)\s+)?\b(quarter|half|5|10|20|25)\s+(past|to)\s+(\d{1,2})\b(?!\s*(?:minutes?|mins?|hours?|km|k\b|miles?))"#)
    static let spokenClock = TextPattern(
        #"\b((?:from|till|til|until|to|at|between)\s+(?:about |around |roughly )?)(\d{1,2})(?:\s*o'?\s?clock\b|[- ](15|30|45)\b(?!\s*(?:minutes?|mins?|km|k\b|miles?|mi\b)))|\b(\d{1,2})\s*o'?\s?clock\b"#)
    static let hourMarkWindow = TextPattern(#"\bfrom (\d{1,2})h(\d{2})?\s*(to|till|until|-)\s*(\d{1,2})h(\d{2})?(?![\d\p{L}])"#)
    static let workBefore = TextPattern(#"\b(?:work|works|working|shift|office|job|open|opens|closed?)\s*(?:is |from |hours )?$"#)
    static let hoursAndMinutes = TextPattern(#"(?<![\d:.])([0-4])\s*(?:h|hr|hrs|hours?)\s*(\d{1,2})\b(?:\s*(?:m|min|mins|minutes)\b)?|(?<![\d:.])([0-4]):(\d{2})(?!\s*(?:am|pm|/|per|a mile|a km|min(?:ute)?s? (?:per|a)))(?![\d:])"#)
    static let hourAnd = TextPattern(#"\b(?:(?:an?|1) )?hour and (?:a half|(\d{1,2})(?:\s*(?:minutes?|mins?))?)\b"#)
    static let hours = TextPattern(#"(?<![\d.:/])(\d+(?:\.\d+)?½?|½)\s*(?:hours?|hrs?|h)\b(?!\s*(?:a|per|each|/)\s*(?:week|wk|day))(?!\s*shifts?)"#)
    static let minutes = TextPattern(#"(?<![\d.:/])(\d{1,3})\s*(?:minutes?|mins?|min\b|')(?!\s*(?:/|per|a)\s*(?:km|k\b|kilometers?|miles?|mi\b))"#)
    /// "half hour", "a good hour", "lunch hour", "3/4 hour", "quarter of 1 hour", "eine Stunde", "une heure".
    static let wordHours = TextPattern(
        #"\b(?:(half(?: an?| 1)? hour|halbe stunde|media hora|demi-heure|mezz'ora|half uur|meia hora)|(3/4 (?:of an? )?hour)|(quarter of (?:an?|1) hour)|(?:an?|1|one|good|lunch|whole|full) hour|eine stunde|une heure|una hora|un'ora|een uur|uma hora)\b"#)
    static let foreignHour = TextPattern(
        #"\b(?:une heure|una hora|eine stunde|un'ora|een uur|uma hora)(?:\s+(?:et |y |e |und |en )?(trente|treinta|trenta|dreißig|dertig|trinta|quinze|quince|quindici|fünfzehn|vijftien|demie|media|mezza|halbe|half|meia|\d{1,2})\b)?"#)
    static let bare = TextPattern(#"(?<![\d.:/£$€])(\d{1,3}(?:\.\d{1,2})?)(?![\d:/]|\.\d|%)(?!(?!ish)[a-z])"#)
    static let clockTime = TextPattern(#"(?<![\d.:])(\d{1,2})(?:[.:](\d{2}))\s*(?:am|pm)?(?![\d.:])|(?<![\d.:])(\d{1,2})\s*(?:am|pm)\b"#)
    /// After a bare number, a word that says it is something else.
    static let notALength = TextPattern(
        #"^\s*(?:-?\s*(?:year|yr)s?|yo\b|hours?|hrs?|h\b|minutes?|mins?|kids?|children|boys|girls|times|x\b|days?|nights?|weeks?|months?|runs?|km|k\b|kilomet|miles?|mi\b|am\b|pm\b|o'?clock|kg|lbs?|pounds|stone|per|a week|/|:|bpm|floors?|minutes? (?:per|a) (?:km|mile)|or so runs|of (?:us|them)|degrees|°|celsius|fahrenheit)"#)
    static let clockBefore = TextPattern(#"\b(?:at|by|from|till|til|until|after|before|around|since|aged?|i am|i'm|im|under|over|sub|about age|finishes|finish|ends|starts|start|closes|opens)\s*$"#)
    /// "8k, I'm around 6:30 per km", "6 miles, I average 9:30 a mile", "7km at 7min/km": a distance (1, 2) and its pace (3, 4, 5).
    static let pace = TextPattern(
        #"(\d+(?:\.\d+)?)\s*(km|k|kilometers?|kilometres?|miles?|mi)\b[^.;!?]{0,30}?\b(\d{1,2})(?::(\d{2}))?\s*(?:min(?:ute)?s?)?\s*(?:/|per|a|each)\s*(km|k|kilometer|kilometre|mile|mi)\b|\b(\d{1,2}):(\d{2})\s*(?:min(?:ute)?s?)?\s*(?:/|per|a|each)\s*(?:km|k|kilometer|kilometre|mile|mi)\b"#)
    static let perWeek = TextPattern(#"^\s*(?:total\s+)?(?:a|per|each|every|in a|/)\s*(?:week|wk|fortnight|month)\b|^\s*(?:weekly|shifts?)\b"#)
    static let raceBefore = TextPattern(#"\b(?:pb|pr|personal best|best time|target|goal|did|ran|finish(?:ed|ing)? in|race in|marathon in|half in|10k in|5k in)\s*(?:of|is|was|in)?\s*$"#)
    static let restCue = TextPattern(#"\b(?:saturdays?|sundays?|(?<!i )sat(?! down)|(?<!the )sun|weekends?|days? off|off days?|rest days?|long runs?|long ones?|go long|holidays?)\b"#)
    /// ("On factory days, one hour only": a kind of working day names a busy day.)
    static let busyCue = TextPattern(#"\b(?:end of (?:the )?(?:quarter|month|year|term|financial year)|(?:quarter|month|year)[- ]end|crunch time|mon-fri|mon to fri|monday to friday|weekdays?|week days?|week ?nights?|school ?nights?|work ?days?|working days?|busy|school days?|during the week|normal days?|office days?|shift days?|before work|after work|(?:because|cause|cuz|cos) of work|lunch|on (?:grill|market|shop|stall|bakery|site|duty|clinic|hospital|ward|teaching|class|delivery|route|harvest|boat|fishing|farm|gig|service|night|late|early|double|long) (?:days?|shifts?)|during (?:the )?(?:seeding|sowing|planting|harvest|lambing|calving|exams?|exam season|tax season|busy season|peak season|high season|term|term time|school term|rush|crunch)|on (?!(?:rest|off|free|long|easy|weekend|lazy|good|bad|my|the|those|these|some|most|other|race|run|running|sunny|rainy|hot|cold)\b)[a-z]+ days)\b"#)
    /// ("forty-five on a Saturday late", "60 before a night": the busy day said after its figure.)
    static let busyAfter = TextPattern(#"^\s*(?:minutes?|mins?)?\s*"# + shiftDay)
    /// A busy day named by its shift: "on a Saturday late", "on night shifts", "before a night".
    static let shiftDay = #"(?:on (?:a |an |my )?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]* )?(?:late|lates|early|earlies|shift|night|nights|double|work ?day|busy day)s?|before (?:a |my )?(?:night|shift|late|early)s?)\b"#
    static let otherwiseBefore = TextPattern(#"\b(?:otherwise|other days|the rest of the time|the other weeks?)\b[^.;!?\d]*$"#)
    static let settledBefore = TextPattern(
        #"\b(?:no|actually|i mean|sorry|pardon|oops|correction|make (?:that|it)|let'?s say|say|scratch that|my bad|wait|or rather|realistically|so|well|call it|typo|really|put|put down|write|go with)\b[^.;!?\d]*$"#)
    /// "Fifty if a client cancels, which they never do": a stretch on a condition that does not come.
    static let neverHappens = TextPattern(
        #"^[^.!?;]*\b(?:which|and that|that|but (?:that|it|they))\s+(?:\w+\s+)?(?:never|rarely|hardly ever|almost never|does not|do not|will not|is not going to|never ever)\b"#)
    static let turnedDown = TextPattern(
        #"^\s*(?:minutes|mins)?\s*(?:(?:is|are|would be|'s)\s+(?:too (?:long|much|many)|not (?:possible|realistic|doable)|out of the question)|(?:no|nope|nah)\b(?!\s+(?:more|longer|problem)))"#)
    static let stretchBetween = TextPattern(
        #"^\s*(?:[-–]|to|or)\s*$|\b(?:to|or|maybe|perhaps|possibly|up to|well|though|could|can|stretch|push|sometimes|occasionally|if)\b"#)
    static let stretchAfter = TextPattern(
        #"^\s*(?:minutes|mins)?\s*(?:at a push|at most|at the most|max|tops|if\b|on a good day|occasionally|sometimes|is fine|at a stretch|would be)"#)
    static let settledAfter = TextPattern(
        #"^\s*(?:minutes|mins)?\s*(?:really|realistically|then|i mean|my bad|is more like it|is (?:the|my) (?:real|actual|true|absolute|hard) (?:max|maximum|limit)|tops|max|maximum|at most|at the most)\b"#)
}
