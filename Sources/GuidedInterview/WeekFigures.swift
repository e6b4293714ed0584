import Foundation

/// The week's running in an answer to "how far in a typical week" or "how many times a week", read as a coach
/// would from figures said every way people say them: a range is its middle ("in between 30-40"), runs added up
/// ("Tuesday 6k, Thursday 6k, Sunday 12k", "2 runs, 1 parkrun"), a run times its count ("4k 3 times"), the
/// figure for now over the one for before ("was 60k before covid, now I'm lucky to get 10"), the correction over
/// what it corrects ("16k, no 18k"), and nothing yet as none. Works on `FactExtractor.normalize`d text.
enum WeekFigures {
    struct Reading: Equatable {
        let value: Double
        /// Miles when the figure was said in miles.
        let miles: Bool
        /// Read from the answer's structure (a sum, a product, a range, a correction, now against before): it
        /// overrules a figure read alone.
        let decisive: Bool
    }

    static let notYet = TextPattern(
        #"\b(?:none|nada|nil|nothing|zilch|have not (?:been running|started|run|done any)|not (?:really )?(?:running|a runner)(?: yet)?|not yet|just getting started|walker|never)\b"#)
    /// Nothing yet, said of the weekly distance ("never measured it" is no answer, so no "never" here).
    /// ("I walk up 800 metres a day with the supplies, but that is not running": something else is not running.)
    static let noDistanceYet = TextPattern(
        #"\b(?:none|nada|nil|zilch|have not (?:been running|started|run)|not (?:really )?(?:running|a runner) yet|(?<!that is |this is |it is |which is )not running|just getting started|walker)\b"#)
    /// Figures that vary or that are other sports: "sometimes 80 in a peak week", "20km cycling" are not runs to add up.
    static let notToAdd = TextPattern(#"\b(?:sometimes|some weeks|big week|peak|building|build up|drops?|recovery|on average|average|cycl\w*|bike|swim\w*|walk\w*|row\w*|hik\w*|up to|max|at most|or so|that is|runs of)\b"#)
    static let walkingSaid = TextPattern(#"\b(?:i|we)\s+(?:also\s+|usually\s+|then\s+)?(?:walk|cycle|bike|ride|hike|swim|commute by bike)\b(?![^.;]*\brun)[^.;]*$"#)
    static let otherSport = TextPattern(#"^\s*(?:km|k|miles?|mi)?\s*(?:of\s+)?(?:cycl|bik|swim|walk|row|hik|spin|gym|yoga|strength|weights)"#)
    static let unitlessCue = TextPattern(
        #"\bnow[\s,]+(?:with|in|during) (?:the |this |all the )?[a-z]+[\s,]*$|\b(?:about|around|roughly|maybe|approx\w*|so|now|normally|usually|mostly|typically|realistically|actually|like|more like|closer to|call it|i mean|no|it is|between|from|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\W*$|[~(]\s*$|(?:^|[.!?]\s*)(?:well|hmm+|erm|okay|ok)[.,]?\s+$"#)
    /// A run said with its day or as one of a list: "Tuesday 6k", "a 5k on tuesday", "5k plus 5k".
    static let runItem = TextPattern(#"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*[:-]?\s*$|(?:^|\s)(?:a|an|plus|\+|of)(?:\s+(?:maybe|about|around|like|roughly|another))?\s*$"#)

    /// A clause about before, someone else, or what is planned rather than done.
    static let notNow = TextPattern(
        #"\b(?:used to|was|were|before|last week|the week before|in college|at uni|in the past|until|wife|husband|partner|plan(?:s)?|plan says|aim(?:ing)? for|want|hoping|goal|target|been \d)\b"#)
    static let nowCue = TextPattern(
        #"\b(?:now|normally|usually|mostly|realistically|actually|closer to|i mean|(?<!was |were )more like|call it|put|put down|write down|go with|let's say|lets say|let us say|let's use|lets use|use|say|average|on average|averages out at|so|manage|typically|these days|right now|reckon|probably|i guess|altogether|all together|in total|total|overall|in all|all in|all told|(?:1|a|one|single) (?:number|figure)|properly|running alone|running only|the running is|the running alone is|alone|without (?:the |my )?(?:walking|walks?|hiking|hikes?|cycling|bike))\b(?:[\s,]+(?:it is|i do|i run|i get|about|around|roughly|approx|approximately|more like|i would say|i would guess|i guess|i think|maybe|only|just|less|fewer|in (?:the )?(?:[a-z]+ )?(?:winter|summer|spring|autumn|fall|months?|season|weather)|in (?:the )?week|with (?:the |all the |this |my )?[a-z]+)){0,3}(?:[\s,:~]|\.\.+|…)*$"#)
    /// ("Forty kilometres a week. Well, thirty-five", "Five times. Hmm, four": a sentence opening on the figure put right.)
    static let correction = TextPattern(#"(?:\bno\b|\bactually\b|\bi mean\b|\bsorry\b|\bwait\b|(?<!was |were )\bmore like\b|\bso\b)[\s,~]+(?:\w+[\s,~]+){0,3}$|(?:^|[.!?]\s*)(?:well|hmm+|hm+|umm*|erm|fine|ok|okay|alright|all right|bah|meh|pff+|nah)(?:[\s,]+|\.\s+)$"#)

    // MARK: Weekly distance

    static let distance = TextPattern(
        #"(?<![\d.:/])(?:(?:between|from|anywhere from|anywhere between)\s+)?(\d+(?:\.\d+)?)\s*(k|km|kms|kilometers|kilometres|miles?|mi)?(?:\s*(?:-|to|and|or)\s*(\d+(?:\.\d+)?))?\s*(k|km|kms|kilometers|kilometres|miles?|mi)?\b(?!\s*(?::\d|minutes?|mins?|hours?|hrs?|h\b|years?|months?|weeks?\b|am\b|pm\b|%|metres|meters|m\b)|\.\d|-(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?)\b)"#)
    static let times = TextPattern(#"^\s*(?:runs?|loops?|each|every time)?\s*,?\s*(?:x\s*(\d)|(\d)\s*(?:x|times)|(once|twice|three times)|every (?:morning|day|evening))"#)
    static let runsTimesDistance = TextPattern(
        #"(?<![\d.])([2-7])\s*x\s*\d+(?:\.\d+)?\s*(?:k|km|kms|miles?|mi)\b|\b\d+(?:\.\d+)?\s*(?:k|km|kms|miles?|mi)\s*x\s*([2-7])\b(?!\.\d)"#)
    static let countBefore = TextPattern(#"\b(\d)\s*(?:runs?\s*)?x\s*$"#)
    static let parkrun = TextPattern(#"\b(?:(\d|one|two|a) )?parkruns?\b"#)
    /// "a couple of 5s" (normalised to "2 5s"): runs of one distance, counted.
    static let coupleOf = TextPattern(#"\b([2-7]) (\d+)s\b"#)

    /// A run every day, or on the days named: "5 km every morning", "Daily 5 km", "a mile a day" (seven days), "10km every
    /// morning except Sunday" (six), "Weekdays 6km each morning" (five).
    static let perDay = TextPattern(
        #"(?<![\d.])(\d+(?:\.\d+)?|a)\s*(k|km|kms|miles?|mi)\s+(?:(?:every|each|a|per) (?:day|morning|evening|night)|daily)\b|\bdaily,?\s+(\d+(?:\.\d+)?)\s*(k|km|kms|miles?|mi)\b"#)
    static let sixDays = TextPattern(#"\b(?:except (?:on )?(?:a |one )?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*s?|but (?:not )?(?:on )?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*s?|(?:mon|sun)[a-z]* to (?:sat|fri)[a-z]*|6 days|six days)\b"#)
    static let fiveDays = TextPattern(#"\b(?:weekdays|week days|monday to friday|mon(?:day)?\s*(?:-|to)\s*fri(?:day)?|5 days|five days|work ?days)\b"#)
    static let timesThenRun = TextPattern(
        #"\b(twice|once|three times|four times|[2-7] times|[2-7] ?x|[2-7] days|[2-7] runs)(?: a week| per week| weekly)?,?\s+(?:x\s*|of\s+)?(?:about |around |maybe |roughly |usually |like )?(\d+(?:\.\d+)?)(?:\s*(?:or|-|to)\s*(\d+(?:\.\d+)?))?\s*(k|km|miles?|mi)\b(?!\s*(?:a|per|in the|in a|in one|each|every|/)\s*(?:week|wk)\b)(?:\s+(each way)|\s+each\b|\s+every time\b)?"#)
    static func timesCount(_ word: String) -> Double? {
        if word == "twice" { return 2 }
        if word == "once" { return 1 }
        if word.hasPrefix("three") { return 3 }
        if word.hasPrefix("four") { return 4 }
        return word.first.flatMap { Double(String($0)) }
    }
    /// "about 40k a fortnight": half of it a week.
    /// ("Twenty miles. Every two weeks.": the period said as its own sentence.)
    static let perFortnight = TextPattern(#"(?<![\d.])(\d+(?:\.\d+)?)\s*(k|km|kms|miles?|mi)?(?:\s+|\s*[.,]\s*)(?:a|per|every|each) (?:fortnight|2 weeks|two weeks)\b"#)

    /// A figure said for the week ("Like 20 km a week. Plus about 15 km a night between tables"): the week's, over runs
    /// counted up.
    static let saidForTheWeek = TextPattern(#"\d\s*(?:k|km|miles?|mi)?\s*(?:a|per|each|every|/|in a|in 1|in one)\s*(?:week|wk)\b|\d\s*(?:k|km|miles?|mi)?\s+weekly\b|\b(?:every|each|per|in a|in 1|in one) (?:week|wk),?\s+(?:i (?:do|run|make) )?(?:about |around |maybe )?\d"#)

    /// "40-something km", "20-odd k": the figure is the one said, its unit kept beside it.
    static let roughly = TextPattern(#"(\d)[- ]?(?:something|odd|ish)\b"#)

    /// "Ten kilometres on the treadmill at the gym, and five outside": the treadmill's and the road's, added up.
    static let treadmillAndOutside = TextPattern(
        #"(?<![\d.])(\d+(?:\.\d+)?)\s*(k|km|kms|kilometres|kilometers|miles?|mi)?\s+(?:on|in) (?:the |a )?(?:treadmill|tredmil|tredmill|treadmil|dreadmill)\b[^.;?]{0,40}?\b(?:and|plus|n|&|\+)\s+(?:about |around |maybe |like |roughly )?(\d+(?:\.\d+)?)\s*(k|km|kms|kilometres|kilometers|miles?|mi)?\s+(?:outside|outsde|outdoors|on the road|on roads|on the roads|road|out)\b|(?<![\d.])(\d+(?:\.\d+)?)\s*(k|km|kms|kilometres|kilometers|miles?|mi)?\s+(?:outside|outsde|outdoors|on the road|on roads|on the roads)\b[^.;?]{0,40}?\b(?:and|plus|n|&|\+)\s+(?:about |around |maybe |like |roughly )?(\d+(?:\.\d+)?)\s*(k|km|kms|kilometres|kilometers|miles?|mi)?\s+(?:on|in) (?:the |a )?(?:treadmill|tredmil|tredmill|treadmil|dreadmill)\b"#)

    /// "25 km in the week, and 10 more in the treadmill when it rains": the treadmill's added to the week said.
    static let moreOnTheTreadmill = TextPattern(
        #"(?<![\d.])(\d+(?:\.\d+)?)\s*(k|km|kms|kilometres|kilometers|miles?|mi)\b[^.;?]{0,30}?\b(?:and|plus)\s+(?:about |around |maybe |like |roughly )?(\d+(?:\.\d+)?)\s*(k|km|kms|miles?|mi)?\s+more\s+(?:on|in) (?:the |a )?(?:treadmill|tredmil|tredmill|treadmil|dreadmill)\b"#)

    static let totalSaid = TextPattern(#"(?<![\d.:/])(\d+(?:\.\d+)?)(?:\s*(?:-|to|or)\s*(\d+(?:\.\d+)?))?\s*(k|km|kms|miles?|mi)?\s+(?:all in|all told|in total|total|altogether|in all)\b(?![^.;!?]*\b(?:month|year|season|fortnight|two weeks|2 weeks)\b)"#)
    static func weeklyDistance(_ said: String) -> Reading? {
        let text = roughly.replacing(in: said) { match in match[1] ?? "" }
        // ("weekdays 6-8k, sun 15ish. 35 all in": the total the runner adds up to, after the runs.)
        // (Not when a figure is settled on after it: "twenty-odd all in. Call it twenty-two.")
        if let match = totalSaid.matches(in: text).last, let low = Double(match[1] ?? ""),
           !text.utf16Slice(match.end, text.utf16Length).contains(where: \.isNumber) {
            let value = Double(match[2] ?? "").map { (low + $0) / 2 } ?? low
            return Reading(value: value, miles: (match[3] ?? "").hasPrefix("mi"), decisive: true)
        }
        if let week = weekSummedUp(text) { return week }
        if let match = treadmillAndOutside.firstMatch(in: text), let first = Double(match[1] ?? match[5] ?? ""),
           let second = Double(match[3] ?? match[7] ?? "") {
            let unit = match[2] ?? match[4] ?? match[6] ?? match[8] ?? "km"
            return Reading(value: first + second, miles: unit.hasPrefix("mi"), decisive: true)
        }
        if let match = moreOnTheTreadmill.firstMatch(in: text), let first = Double(match[1] ?? ""), let second = Double(match[3] ?? "") {
            return Reading(value: first + second, miles: (match[2] ?? match[4] ?? "").hasPrefix("mi"), decisive: true)
        }
        let forTheWeek = saidForTheWeek.matches(text)
        // "Half marathon every Sunday plus two easy 4 milers midweek": the runs described, counted up.
        if !forTheWeek, let runs = RunInventory.total(text) { return Reading(value: runs.km, miles: false, decisive: true) }
        if !forTheWeek, let match = perDay.firstMatch(in: text), !notToAdd.matches(text.utf16Slice(max(0, match.start - 24), match.start)) {
            let raw = match[1] ?? match[3] ?? ""
            let unit = match[2] ?? match[4] ?? "km"
            if let each = raw == "a" ? 1 : Double(raw) {
                let days: Double = sixDays.matches(text) ? 6 : fiveDays.matches(text) ? 5 : 7
                return Reading(value: each * days, miles: unit.hasPrefix("mi"), decisive: true)
            }
        }
        // "twice a week, 7 or 8 km each", "maybe 3 times 5km", "8 km each way, 3 days a week": a run times its count.
        if !forTheWeek, let match = timesThenRun.firstMatch(in: text), let count = timesCount(match[1] ?? ""), let low = Double(match[2] ?? ""),
           // ("I run five times a week, 45 to 50 km": a figure too big for one of several runs, not said to be each, is the week's.)
           match[5] != nil || match.text.hasSuffix("each") || match.text.hasSuffix("every time") || count < 3
               || low * ((match[4] ?? "").hasPrefix("mi") ? 1.609344 : 1) < 15 {
            let each = Double(match[3] ?? "").map { (low + $0) / 2 } ?? low
            let ways: Double = match[5] != nil ? 2 : 1
            return Reading(value: count * each * ways, miles: match[4]?.hasPrefix("mi") == true, decisive: true)
        }
        if let match = perFortnight.firstMatch(in: text), let value = Double(match[1] ?? "") {
            return Reading(value: value / 2, miles: match[2]?.hasPrefix("mi") == true, decisive: true)
        }
        var figures: [(value: Double, miles: Bool, start: Int, end: Int, ranged: Bool, unit: Bool)] = []
        for match in distance.matches(in: text) {
            guard var low = Double(match[1] ?? "") else { continue }
            // ("20 miles give or take, I think in km that's about 32": a figure said after "in km" is in kilometres.)
            let unit = match[4] ?? match[2] ?? (inKilometres.matches(text.utf16Slice(max(0, match.start - 24), match.start)) ? "km" : nil)
            var high = Double(match[3] ?? "")
            // "30k or 35k", "in between 30-40 kms"; a second unit only on the second figure ("8-10km") is still one range.
            if match[2] != nil, match[4] == nil, high != nil { high = nil }
            // ("the office hours, seven to five": a span of the clock, not a distance.)
            if unit == nil, let top = high, top < low, match.text.contains(" to ") { continue }
            if let top = high, top < low { (low, high) = (top, low) }
            // Runs, days and times are no distance ("3 times", "4 days"); numbers beside a distance elsewhere are.
            let after = text.utf16Slice(match.end, min(text.utf16Length, match.end + 12))
            if unit == nil, after.range(of: #"^\s*(?:x\b|times|runs?\b|days?\b|sessions|weeks?|a week|/week|loops|laps|mornings|evenings|nights|outings)"#, options: .regularExpression) != nil { continue }
            if unit == nil, text.utf16Slice(max(0, match.start - 3), match.start).hasSuffix("x ") { continue }
            // "this one" (normalised to "this 1"), "one parkrun": no distance.
            if unit == nil, high == nil, low > 0, low < 3 { continue }
            if after.range(of: #"^\s*parkruns?"#, options: .regularExpression) != nil { continue }
            // ("Well, thirty-five, the forty was one good week": a figure said before, referred back to.)
            if text.utf16Slice(max(0, match.start - 4), match.start) == "the ",
               after.range(of: #"^\s*(?:was|were|is)\b"#, options: .regularExpression) != nil { continue }
            // ("Into the Dunedin wind, so it feels like ninety": how it feels, not how far.)
            if feltLike.matches(text.utf16Slice(max(0, match.start - 16), match.start)) { continue }
            // ("It is minus 4 in the mornings", "30 degrees": the weather, not how far.)
            if unit == nil, text.utf16Slice(max(0, match.start - 6), match.start).hasSuffix("minus ")
                || after.range(of: #"^\s*(?:degrees|°|celsius|fahrenheit)"#, options: .regularExpression) != nil { continue }
            if otherSport.matches(after) { continue }
            // ("Plus I walk to school, 3 km each way": the runner's walking, said before its figure.)
            if walkingSaid.matches(text.utf16Slice(FactExtractor.sentenceStart(in: text, before: match.start), match.start)) { continue }
            // ("Roughly 100 km a month": a month's running said, a week's worked out, when it is the only figure with a unit.)
            // ("Strava reckons I did 130 k in November", "In month I make around 150 kilometres", "96 km over the last four weeks":
            // the same, the month said after the figure or before it in its clause.)
            let clauseBefore = clause(text, before: match.start)
            let monthly = unit != nil && !FactExtractor.weekAfterFigure.matches(text.utf16Slice(match.start, match.end + 20))
                && (monthAfter.matches(after + text.utf16Slice(match.end + 12, match.end + 30)) || monthBefore.matches(clauseBefore))
            let fourWeeks = unit != nil && !monthly && fourWeeksAround.matches(clauseBefore + " " + text.utf16Slice(match.end, match.end + 40))
                && !FactExtractor.weekAfterFigure.matches(text.utf16Slice(match.start, match.end + 20))
            if !monthly, after.range(of: #"^\s*(?:of (?:those|them|these)|loops? of|(?:a|per|each|every|in a|/)\s*(?:month|year|day)\b|monthly|daily)"#, options: .regularExpression) != nil { continue }
            let value = (high.map { (low + $0) / 2 } ?? low) * (monthly ? weekPerMonth : fourWeeks ? 0.25 : 1)
            figures.append((value, unit?.hasPrefix("mi") == true, match.start, match.end, high != nil, unit != nil))
        }
        // A number without a unit is a distance only at the start, as a range, beside a cue or a day, or among distances
        // said with units ("Only the number of loops: 24" is no week's running).
        if !figures.contains(where: { $0.unit }) {
            figures = figures.filter { figure in
                figure.start <= 2 || figure.ranged || unitlessCue.matches(text.utf16Slice(max(0, figure.start - 16), figure.start))
            }
        }
        var extras: [(value: Double, start: Int)] = []
        for match in parkrun.matches(in: text) {
            // ("Actually 25 if I count the parkrun": counted in the figure already.)
            if countedIn.matches(text.utf16Slice(max(0, match.start - 20), match.start)) { continue }
            let count: Double = ["two": 2.0, "2": 2][match[1] ?? ""] ?? 1
            extras.append((5 * count, match.start))
        }
        for match in coupleOf.matches(in: text) {
            if let each = Double(match[2] ?? match[1] ?? "") { extras.append((each * (Double(match[1] ?? "") ?? 2), match.start)) }
            figures.removeAll { $0.start >= match.start && $0.start < match.end }
        }
        // ("A tenner of miles midweek … Call it twenty-two": bare figures in an answer said in miles are miles.)
        // ("I go by minutes, not miles … about 5K each time": miles said to be not the unit are not it.)
        let miles = figures.contains { $0.miles } || text.range(of: #"(?<!not )(?<!no )\bmiles?\b"#, options: .regularExpression) != nil
            && (figures.count == 1 || !figures.contains { $0.unit && !$0.miles })
        if let match = noDistanceYet.firstMatch(in: text), figures.allSatisfy({ $0.value == 0 || notNow.matches(clause(text, before: $0.start)) || $0.start > match.start }) {
            return Reading(value: 0, miles: false, decisive: true)
        }
        if figures.isEmpty && extras.isEmpty { return nil }
        // ("Ten kilometres a week. Well. Eight. Ten if you count running after the jeepney": a figure that counts
        // something else beside the running is no answer when another is said.)
        let countingOther = figures.filter { countsOtherAfter.matches(text.utf16Slice($0.end, min(text.utf16Length, $0.end + 40))) }
        // (Not for a figure of before: "Maybe 8 km including the walking? Before the injury I did 40".)
        if !countingOther.isEmpty, countingOther.count < figures.count,
           figures.contains(where: { figure in !countingOther.contains { $0.start == figure.start } && !notNow.matches(clause(text, before: figure.start)) }) {
            figures.removeAll { figure in countingOther.contains { $0.start == figure.start } }
        }
        // The last figure said as the one for now, or as a correction, wins.
        // ("More like 15 on the weeks I'm stacked with nights": some weeks, not the usual one.)
        if let last = figures.last, figures.count > 1 || extras.isEmpty,
           settledBefore(text, last.start), !someWeeksAfter.matches(text.utf16Slice(last.end, min(text.utf16Length, last.end + 24))),
           // ("30 km in one week. Four times I run, so 7 or 8 km each time": one run's, worked out from the week.)
           !eachRunAfter.matches(text.utf16Slice(last.end, min(text.utf16Length, last.end + 24))),
           // ("Now 15: three runs of 5 km": one run's figure, after the week's.)
           !runsOfBefore.matches(text.utf16Slice(max(0, last.start - 24), last.start)),
           // ("In summer 25 kilometres, now in winter maybe 15": a figure for now, after another season's in its sentence.)
           case let sentence = text.utf16Slice(FactExtractor.sentenceStart(in: text, before: last.start), last.start),
           !Replies.conditionalSentence.matches(sentence) || clauseNow.matches(sentence)
               // ("Now in the hot months less, maybe 6": a sentence that opens on now.)
               || sentence.trimmingCharacters(in: .whitespaces).hasPrefix("now "),
           figures.count > 1 || notNow.matches(text.utf16Slice(0, last.start)) {
            return Reading(value: last.value, miles: last.miles || miles && !last.unit, decisive: true)
        }
        // "Now 0, recovering": nothing now.
        if nothingNow.matches(text) { return Reading(value: 0, miles: false, decisive: true) }
        let current = figures.filter { figure in !notNow.matches(clause(text, before: figure.start)) }
        // A run times its count: "4k 3 times", "3 x 5k", "7.5km loops twice a week", "the same 4k loop every morning".
        if current.count == 1 || (current.count == 2 && current[1].value <= 7 && !current[1].miles && text.range(of: #"\b\d\s*(?:x|times)"#, options: .regularExpression) != nil) {
            let figure = current[0]
            let after = text.utf16Slice(figure.end, min(text.utf16Length, figure.end + 40))
            let before = text.utf16Slice(max(0, figure.start - 4), figure.start)
            var count: Double?
            if let match = times.firstMatch(in: after) {
                count = Double(match[1] ?? match[2] ?? "") ?? ["once": 1, "twice": 2, "three times": 3][match[3] ?? ""] ?? 7
                // "10k run, 3 times, no I mean 2 times": the corrected count.
                if let fixed = after.range(of: #"(?:no|i mean|sorry)[^\d]{0,12}(\d)\s*times"#, options: .regularExpression) {
                    count = Double(after[fixed].filter(\.isNumber)) ?? count
                }
            } else if let match = countBefore.firstMatch(in: before) {
                count = Double(match[1] ?? "")
            } else if current.count == 1, eachRunAfter.matches(after), let runs = runsPerWeek(text), runs.value >= 2 {
                // ("Three mornings …, forty minutes each … maybe 4 each time?": one run's figure, times the runs said.)
                count = runs.value
            }
            if let count, count > 1, count <= 7, current.count == 1 || figure.value > 7 {
                return Reading(value: figure.value * count, miles: figure.miles || miles, decisive: true)
            }
        }
        // Runs added up: "Tuesday 6k, Thursday 6k, Sunday 12k", "5k plus 5k plus maybe 8k", "parkrun and a 10k".
        // Only runs listed as such: each with its day, "a 5k …", "plus", or one day and another.
        // ("30 km, long run sunday 12k": the long run is part of the week said first, not one more run.)
        let partOfTheFirst = current.count > 1 && !runItem.matches(text.utf16Slice(max(0, current[0].start - 14), current[0].start))
            && current.dropFirst().contains { longRunBefore.matches(text.utf16Slice(max(0, $0.start - 24), $0.start)) }
        let listed = !partOfTheFirst && (current.dropFirst().allSatisfy { runItem.matches(text.utf16Slice(max(0, $0.start - 14), $0.start)) }
            || text.contains("another") || !extras.isEmpty)
        // ("maybe 15k a week? Two club sessions and parkrun": a weekly total is the week, not one run to add to.)
        let weekly = figures.contains { weekAfter.matches(text.utf16Slice($0.end, min(text.utf16Length, $0.end + 16))) }
        if current.count + extras.count > 1, current.count == figures.count, listed, !weekly, !notToAdd.matches(text),
           !current.contains(where: \.ranged), !text.contains(" or "), !text.contains("between") {
            let total = current.map(\.value).reduce(0, +) + extras.map(\.value).reduce(0, +)
            return Reading(value: total, miles: current.contains { $0.miles }, decisive: true)
        }
        // ("Two 40 minute runs and a parkrun": the other runs told by time, the week's distance is not the parkrun's.)
        if current.isEmpty, figures.isEmpty, let parkruns = extras.first, !timedRuns.matches(text) { return Reading(value: parkruns.value, miles: false, decisive: true) }
        // "Six on Tuesday, five Thursday, four Friday and seven on Sunday. Twenty-two miles, four runs": the days' runs
        // told without a unit, then the week's figure with one.
        if case let withUnit = figures.filter(\.unit), withUnit.count == 1, figures.count > 2,
           figures.filter({ !$0.unit }).allSatisfy({ dayNamed.matches(text.utf16Slice($0.end, min(text.utf16Length, $0.end + 12))) }) {
            return Reading(value: withUnit[0].value, miles: withUnit[0].miles, decisive: true)
        }
        // ("About 3 km each time, so in a week 6, maybe 9 km": one run's figure, then the week's, worked out from it.)
        if let run = current.first, current.count > 1, eachRunAfter.matches(text.utf16Slice(run.end, min(text.utf16Length, run.end + 24))),
           text.utf16Slice(run.end, current[1].start).range(of: #"\b(?:week|wk)\b"#, options: .regularExpression) != nil {
            let week = current.dropFirst().map(\.value)
            return Reading(value: ((week.min() ?? 0) + (week.max() ?? 0)) / 2, miles: current[1].miles || miles, decisive: true)
        }
        guard let first = current.first ?? figures.last else { return nil }
        return Reading(value: first.value, miles: first.miles || miles, decisive: first.ranged || current.count < figures.count)
    }

    static let countsOtherAfter = TextPattern(
        #"^\s*(?:k|km|kms|miles?|mi)?\s*(?:a week\s*)?,?\s*(?:if (?:you|ya|u|we|i) (?:count|include|add)|counting|including|incl|with (?:the |my )?(?:walk|cycl|bik|commut|swim|hik|treadmill walk))(?!\w*\s+(?:the |my |a )?(?:parkruns?|long runs?|races?)\b)"#)
    /// "I jog 2 km, three times a week, so 6 km", "3-4 km on weekdays and 7 on Sunday, total around 18-20 km a week",
    /// "each time 3 or 4 km. In one week maybe 12 to 15": after the runs, the figure the runner sums the week up with.
    static let summedWeek = TextPattern(
        #"(?:\b(?:so|total|in total|altogether|all together|that is|that makes|makes|comes to)|\bin (?:a|1|one|the) (?:week|wk)|=)[\s,:]+(?:(?:about|around|arnd|abt|roughly|approx|maybe|like|probably|~)[\s,]+)*(\d+(?:\.\d+)?)(?:\s*(?:-|to|or|,?\s*(?:or )?maybe)\s*(\d+(?:\.\d+)?))?\s*(k|km|kms|miles?|mi)?\b(?!\s*(?::|\.\d|minutes?|mins?|hours?|hrs?|runs?|times|days?|x\b|years?|months?|weeks?\b|am\b|pm\b|%|(?:a|per|each|every|in a|/)\s*(?:month|year)\b|monthly))"#)
    static let moreOnTop = TextPattern(#"^\s*(?:k|km|kms|miles?|mi)?\s*(?:more|extra|on top|besides)\b"#)
    /// "5 runs x 8k. 40": a bare figure closing the answer after a run times its count.
    static let productThenFigure = TextPattern(#"\b([2-7])\s*(?:runs?\s*)?(?:x|times)\s*(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)\b[.,;:=\s]+(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)?\s*[.!]?\s*$"#)

    /// Each run's figure in a list before a closing sum ("3 mile, 3 mile and 6"), not the count of runs or days.
    static let runFigure = TextPattern(#"(?<![\d.:])(\d+(?:\.\d+)?)\b(?!\s*(?:runs?|times|x\b|days?|weeks?|mornings|evenings|:|years?|months?))"#)
    static let closingFigure = TextPattern(
        #"[.!?]\s+(?:so |so about |about |around |roughly |call it |that is |that's )?(\d+(?:\.\d+)?)\s*(k|km|kms|miles?|mi)\s*(?:a week|per week|total|in total|all up)?\s*[.!]*\s*$"#)
    /// The figure of one run, said after the runs: "three runs of 5 km".
    static let runsOfBefore = TextPattern(#"\b(?:runs?|loops?|outings|sessions|jogs?) of (?:about |around |maybe |roughly )?$"#)

    static func weekSummedUp(_ text: String) -> Reading? {
        if let match = productThenFigure.firstMatch(in: text), let count = Double(match[1] ?? ""), let each = Double(match[2] ?? ""),
           let total = Double(match[4] ?? ""), abs(total - count * each) <= count * each * 0.15 {
            return Reading(value: total, miles: (match[5] ?? match[3])?.hasPrefix("mi") == true, decisive: true)
        }
        // ("4 runs. 6 6 8 10": the runs counted, then each one's figure.)
        if let match = runsThenList.firstMatch(in: text), let count = Int(match[1] ?? ""),
           case let each = (match[2] ?? "").split(whereSeparator: { !$0.isNumber && $0 != "." }).compactMap({ Double($0) }), each.count == count {
            return Reading(value: each.reduce(0, +), miles: (match[3] ?? "").hasPrefix("mi"), decisive: true)
        }
        // ("I run 5 km three times a week, and football on Saturday … If not, 15 km": the runs' product said again as the week,
        // last, with its unit.)
        if let product = runTimesCount.firstMatch(in: text), let each = Double(product[1] ?? product[5] ?? ""),
           let count = Double(product[3] ?? product[4] ?? ""),
           let last = distance.matches(in: text).last, last.start >= product.end, last[2] != nil || last[4] != nil, let total = Double(last[1] ?? ""),
           last[3] == nil, abs(total - count * each) <= count * each * 0.15 {
            return Reading(value: total, miles: (last[4] ?? last[2])?.hasPrefix("mi") == true, decisive: true)
        }
        // ("Three runs, three mile, three mile and six at the weekend. Twelve mile.": a closing sentence of a figure alone sums
        // the runs up.)
        if let close = closingFigure.firstMatch(in: text), let total = Double(close[1] ?? ""),
           case let parts = runFigure.matches(in: text.utf16Slice(0, close.start)).compactMap({ Double($0[1] ?? "") }), parts.count >= 2,
           parts.allSatisfy({ $0 <= total }), total <= parts.reduce(0, +) {
            return Reading(value: total, miles: (close[2] ?? "").hasPrefix("mi"), decisive: true)
        }
        guard let match = summedWeek.matches(in: text).last, let low = Double(match[1] ?? "") else { return nil }
        // A sum comes after its parts and is at least each of them; a figure for some weeks or counting another sport is none.
        let parts = distance.matches(in: text.utf16Slice(0, match.start)).compactMap { Double($0[3] ?? $0[1] ?? "") }
        let tail = text.utf16Slice(match.end, min(text.utf16Length, match.end + 40))
        // ("28 k. Wait, this week I did the loop twice, so like 34. But usually 28": a figure said after the sum, unless
        // it is another sport's or the walking's, puts it aside.)
        // ("… so 20 km. Before the pandemic I ran 40": nor does a figure of before.)
        let later = distance.matches(in: text.utf16Slice(match.end, text.utf16Length)).filter { figure in
            !notToAdd.matches(FactExtractor.span(around: match.end + figure.start, in: text, breaks: Scan.sentenceBreak).text)
                && !notNow.matches(clause(text, before: match.end + figure.start))
        }
        guard later.isEmpty, !parts.isEmpty, parts.allSatisfy({ $0 <= max(low, Double(match[2] ?? "") ?? low) }),
              !someWeeksAfter.matches(tail), !countsOtherAfter.matches(tail), !otherSport.matches(tail),
              // ("Skiing I don't count, that is maybe 60 more": a figure on top of the week is no sum of it.)
              !moreOnTop.matches(tail) else { return nil }
        let value = Double(match[2] ?? "").map { (low + $0) / 2 } ?? low
        let miles = (match[3] ?? "").hasPrefix("mi") || match[3] == nil && text.range(of: #"\bmiles?\b"#, options: .regularExpression) != nil
            && !inKilometres.matches(text.utf16Slice(max(0, match.start - 24), match.start))
        return Reading(value: value, miles: miles, decisive: true)
    }

    /// "… Tuesday and Thursday mornings for about half an hour each, and on a Sunday forty-five minutes, … all at about seven
    /// and a half minutes a kilometre": the runs' minutes added up (a figure "each" times the days or runs said before it
    /// in its sentence) over the pace said after them.
    static func minutesAtPace(_ text: String) -> Reading? {
        guard let pace = paceSaid.matches(in: text).last, let paceMinutes = Double(pace[1] ?? "") else { return nil }
        let perUnit = paceMinutes + (Double(pace[2] ?? "") ?? 0) / 60
        guard perUnit >= 3, perUnit <= 15 else { return nil }
        var minutes = 0.0, runs = 0
        for match in runMinutes.matches(in: text.utf16Slice(0, pace.start)) {
            guard let said = Double(match[1] ?? ""), case let each = (match[2] ?? "").hasPrefix("h") ? said * 60 : said, each >= 10, each <= 240 else { continue }
            let sentenceStart = FactExtractor.sentenceStart(in: text, before: match.start)
            let before = text.utf16Slice(sentenceStart, match.start)
            // (Walking and other sports are not the running.)
            if walkingSaid.matches(before) || otherSport.matches(text.utf16Slice(match.end, match.end + 16)) { continue }
            var count = 1
            if match[3] != nil {
                let days = Set(FactExtractor.dayToken.matches(in: before).compactMap { ($0[1] ?? $0[2]).flatMap(FactExtractor.weekday) })
                count = days.count >= 2 ? days.count : runCountSaid.matches(in: before).last.flatMap { Int($0[1] ?? "") } ?? 0
                guard count >= 2 else { return nil }
            }
            minutes += each * Double(count)
            runs += count
        }
        guard runs >= 2, minutes / perUnit >= 2 else { return nil }
        return Reading(value: (minutes / perUnit * 10).rounded() / 10, miles: (pace[3] ?? "").hasPrefix("mi"), decisive: true)
    }
    /// "In a week maybe two hours altogether? … it said I go at seven minutes per kilometre": the week's time said as a
    /// total, over the pace said anywhere in the answer (not a pace wished for).
    static func weekTimeAtPace(_ text: String) -> Reading? {
        guard let pace = paceStated.matches(in: text).last(where: {
                  !goalPaceCue.matches(FactExtractor.span(around: $0.start, in: text, breaks: Scan.sentenceBreak).text)
              }),
              let paceMinutes = Double(pace[1] ?? "") else { return nil }
        let perUnit = paceMinutes + (Double(pace[2] ?? "") ?? 0) / 60
        let totals = weekTimeAfter.matches(in: text) + weekTimeBefore.matches(in: text)
        guard perUnit >= 3, perUnit <= 15, totals.count == 1, let total = totals.first, let amount = Double(total[1] ?? "") else { return nil }
        var minutes = (total[2] ?? "").hasPrefix("h") ? amount * 60 + (Double(total[3] ?? "") ?? 0) : amount
        // ("About three hours a week. No, let me be honest, two and a half.": the total put right, in its unit.)
        if let fixed = timePutRight.firstMatch(in: text.utf16Slice(total.end, text.utf16Length)), let said = Double(fixed[1] ?? "") {
            minutes = (total[2] ?? "").hasPrefix("h") ? said * 60 : said
        }
        guard minutes >= 20, minutes <= 1200 else { return nil }
        return Reading(value: (minutes / perUnit * 10).rounded() / 10, miles: (pace[3] ?? "").hasPrefix("mi"), decisive: true)
    }
    static let timePutRight = TextPattern(
        #"^[^.!?]{0,12}[.!?]?\s*(?:no|actually|sorry|i mean|make that|make it|more like|correction)\b[^.!?\d]{0,30}?(?<![\d.:])(\d{1,3}(?:\.\d+)?)\b(?![\d:])(?!\s*(?:k\b|km|kms|kilomet\w*|miles?|mi\b|minutes? (?:per|a)|mins? (?:per|a)|runs?|times|days?|x\b))"#)
    static let paceStated = TextPattern(
        #"(?<![\d.:])(\d{1,2}(?:\.\d)?)(?::(\d\d)\s*|\s*(?:minutes?|mins?|min)\s*)(?:per|a|/|each|every)\s*(km|k|kilomet(?:re|er)|mile|mi)\b"#)
    static let goalPaceCue = TextPattern(#"\b(?:want|wanna|goal|target|aim|aiming|hope|hoping|race pace|would like)\b"#)
    static let weekTime = #"(?<![\d.:])(\d{1,4}(?:\.\d)?)\s*(hours?|hrs?|minutes?|mins?)\b(?:\s*(?:and\s*)?(\d{1,2})\s*(?:minutes?|mins?)\b)?"#
    static let weekTimeAfter = TextPattern(weekTime
        + #"(?=\s*(?:a|per|each|every|in a|in 1|in the)\s*(?:week|wk)\b|\s*(?:altogether|in total|total|all together|all told|weekly)\b)"#)
    static let weekTimeBefore = TextPattern(#"\b(?:a|per|in 1|in a|each|every) (?:week|wk)\b[^.;?\d]{0,24}?"# + weekTime
        + #"(?!\s*(?:per|a|/|each|every)\s*(?:km|k|kilomet\w*|miles?|mi)\b)(?!\s*(?:a|per|each|every|in a|in 1|in the)\s*(?:week|wk)\b|\s*(?:altogether|in total|total|all together|all told|weekly)\b)"#)
    static let paceSaid = TextPattern(
        #"\bat (?:about |around |roughly |maybe |an? (?:easy )?)?(\d{1,2}(?:\.\d)?)(?::(\d\d))?\s*(?:minutes?\s*|mins?\s*)?(?:per|a|/|each)\s*(km|k|kilomet(?:re|er)|mile|mi)\b"#)
    static let runCountSaid = TextPattern(#"\b([2-7])\s*(?:times|runs|x|mornings|evenings|nights|days|sessions)\b"#)
    static let runMinutes = TextPattern(#"(?<![\d.:])(\d{1,3})\s*(minutes?|mins?|hours?|hrs?)\b(\s+(?:each|apiece|every time))?"#)
    static let anotherRunAdded = TextPattern(#"\b(?:and|plus)\s+(?:then\s+|also\s+)?(?:a|an|one|1)\s+(?:[a-z]+\s+)?(?:run|one|jog|outing)\b"#)
    static let runsSaidWithTheWeek = TextPattern(
        #"(?:^|[.!?]\s*)([2-7]) (?:days|times|mornings|evenings|nights)(?: a week| most weeks| per week| every week)?,? i (?:run|jog|walk-run|go out|go running)\b|\bi (?:do|run) (?:the |my )?(?:[a-z]+ ){0,3}?([2-7]) times (?:most weeks|a week|per week|every week|weekly)\b"#)
    static let runsThenList = TextPattern(
        #"\b([2-7])\s*runs?\b[.:,;\s-]+((?:\d+(?:\.\d+)?\s*(?:,|\+|&|and|\s)\s*)+\d+(?:\.\d+)?)\s*(k|km|kms|miles?|mi)?\s*[.!]?\s*$"#)
    static let runTimesCount = TextPattern(
        #"(?<![\d.])(\d+(?:\.\d+)?)\s*(k|km|kms|miles?|mi)\s+([2-7])\s*(?:x|times)\b|\b([2-7])\s*(?:x|times)(?: a week| per week)?,?\s+(\d+(?:\.\d+)?)\s*(?:k|km|kms|miles?|mi)\b"#)
    static let longRunBefore = TextPattern(#"\blong(?:est)? (?:run|one)\b[^\d.;]*$"#)
    static let countedIn = TextPattern(#"\b(?:count|counting|including|incl|with)\s+(?:the\s+|my\s+|a\s+)?$"#)
    static let feltLike = TextPattern(#"\b(?:feels?|felt|feeling|seems?|seemed) like\s*$"#)
    static let nothingNow = TextPattern(#"\b(?:now|right now|currently)\b[^.;?!]{0,20}?\b(?:0|none|nothing|zero)\b|\b(?:0|zero)\b[^.;]{0,4}\b(?:now|right now)\b|\bso 0\b"#)
    static let eachRunAfter = TextPattern(#"^\s*(?:k|km|kms|miles?|mi)?\s*(?:each|per|a|every) (?:time|run|session|outing|go)\b"#)
    /// ("30 miles a week now, 45 at my peak", "25k, more like 35 in the summer": another season's or time's week.)
    static let someWeeksAfter = TextPattern(
        #"^\s*(?:k|km|kms|miles?|mi)?\s*(?:on (?:the |my |our )?(?:[a-z-]+ ){0,2}?(?:weeks?|days?)\b|in (?:the )?weeks|in (?:the )?week (?:when|that|where|i|of)|in an? (?:good|big|great|heavy|light|bad|easy|busy|quiet) week|on an? (?:good|big|great|heavy|light|bad|easy|busy|quiet) (?:week|one|1|run)|when|if|during|some weeks)\b|^"# + datedTail)
    static let anotherTime = #"in (?:the )?(?:summer|winter|spring|autumn|fall|season|off ?season|high season|dry season|rainy season)|at (?:my |the |its )?(?:peak|best|most|height)|back then|before|last (?:year|summer|spring|autumn|fall|winter|season)|in my (?:prime|heyday|twenties|thirties|forties|20s|30s|40s)|(?:in|on) an? (?:big|good|heavy|long|peak|busy|great)(?: training)? week"#
    /// A figure dated to another time right after it: "45 at my peak", "35 in the summer" (the week now is another figure).
    static let anotherTimeAfterFigure = TextPattern("^" + figureDatedElsewhere)
    /// The words after a figure that date its week to another time: " km a week, at my peak".
    static let datedTail = #"\s*(?:k|km|kms|miles?|mi)?\s*(?:a week\s*)?,?\s*(?:"# + anotherTime + #")\b"#
    static let figureDatedElsewhere = #"\d+(?:\.\d+)?"# + datedTail
    static let datedElsewhere = TextPattern(#"(?<![\d.])"# + figureDatedElsewhere)
    static let dayNamed = TextPattern(#"^\s*(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"#)
    static let weekAfter = TextPattern(#"^\s*(?:a|per|each|every|in a|in the|/)\s*(?:week|wk)\b|^\s*(?:weekly|pw|p/w)\b"#)
    static let clauseNow = TextPattern(#"(?:^|[,;])\s*(?:but\s+|and\s+)?(?:now|right now|these days|nowadays|currently)\b[^,;]*$"#)
    static let clauseBreak = TextPattern(#"[.;,!?]|\bbut\b|\bnow\b"#)

    /// The clause up to `position`: "was 50 before I hurt my calf" is about before, "around 40kms" is not.
    static func clause(_ text: String, before position: Int) -> String {
        let head = text.utf16Slice(0, position)
        return head.utf16Slice(clauseBreak.matches(in: head).last?.end ?? 0, head.utf16Length)
    }

    // MARK: Runs a week

    static let foreignCounts: [String: Int] = [
        "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
        "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
        "ein": 1, "einmal": 1, "zwei": 2, "zweimal": 2, "drei": 3, "dreimal": 3, "vier": 4, "viermal": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    ]
    static let count = TextPattern(
        #"(?<![\d.:/])(\d)(?![\d])(?!\s*(?:-|to|or|/)\s*\d+(?:\.\d+)?\s*(?:k\b|km|kms|miles?|mi\b|minutes|mins))(?:\s*(?:-|to|or|/)\s*(\d)(?![\d]))?(?!\s*(?:k\b|km|kms|miles?|mi\b|minutes?\b|mins?\b|hours?\b|hrs?\b|years?\b|months?\b|weeks?\b|am\b|pm\b|:|\.\d|%|kg))(?:\s*ish)?|\b(once|twice|couple of times|a couple|everyday|every day|every single day|daily)\b|\b(uno|una|dos|tres|cuatro|cinco|seis|siete|une|deux|trois|quatre|cinq|sept|ein|einmal|zwei|zweimal|drei|dreimal|vier|viermal|fünf|sechs|sieben)\b(?=\s*(?:veces|fois|mal\b|times|x\b|a week|per|\.|$))"#)
    static let everyDayBut = TextPattern(#"\b(?:every ?day|every (?:morning|evening|night)|daily|all days)\s+(?:but|except|bar|apart from)\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)(?:\s*(?:and|,|&)\s*((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*))?"#)
    static let addedRun = TextPattern(#"\b(?:plus|and|,)\s+(?:(?:do|then|also|i do)\s+)?(?:a |an |one |1 )?(?:(?:easy|long|longer|short|shorter|slow|extra|sunday|saturday|weekend|other|parkrun)\s+)*(?:run|parkrun|jog|5k|10k)\b(?!\s*(?:club|group|mostly|usually|normally|all|each|apiece|though|mainly))|\b(?:plus|and|,)\s+one (?:long|longer)\b(?=\s*[,.]|\s+(?:maybe|about|around|of)\b)"#)

    static func runsPerWeek(_ text: String) -> Reading? {
        if notYet.matches(text), !text.contains("every"),
           count.matches(in: text).allSatisfy({ notNow.matches(clause(text, before: $0.start)) }) {
            return Reading(value: 0, miles: false, decisive: true)
        }
        if let match = everyDayBut.firstMatch(in: text) {
            return Reading(value: match[1] == nil ? 6 : 5, miles: false, decisive: true)
        }
        if text.range(of: #"^\s*(?:only )?(?:on )?weekdays\b"#, options: .regularExpression) != nil { return Reading(value: 5, miles: false, decisive: true) }
        if let span = daySpan.firstMatch(in: text), let from = dayIndex(span[1]), let to = dayIndex(span[2]) {
            return Reading(value: Double((to - from + 7) % 7 + 1), miles: false, decisive: true)
        }
        var counts: [(value: Double, start: Int, ranged: Bool)] = []
        for match in count.matches(in: text) {
            let after = text.utf16Slice(match.end, min(text.utf16Length, match.end + 16))
            if after.range(of: #"^\s*(?:\w+\s)?(?:bike|cycl|swim|gym|yoga|strength|weights|spin|pilates|walk|football|swims|rides)"#, options: .regularExpression) != nil { continue }
            // ("4 + gym twice": the count of another sport named just before it.)
            if FactExtractor.otherTrainingBefore.matches(text.utf16Slice(max(0, match.start - 16), match.start)) { continue }
            if let word = match[3] {
                let value: Double = ["once": 1, "twice": 2, "couple of times": 2, "a couple": 2][word] ?? 7
                counts.append((value, match.start, false))
            } else if let word = match[4], let value = foreignCounts[word] {
                counts.append((Double(value), match.start, false))
            } else if let low = Double(match[1] ?? "") {
                // A digit is a count of runs only said as one: first, with "times", "runs", "a week", after "usually",
                // "about", or in a short answer ("If I'm over the line before the 4-hour pacer" holds none).
                let before = text.utf16Slice(max(0, match.start - 16), match.start)
                let after = text.utf16Slice(match.end, min(text.utf16Length, match.end + 20))
                let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count
                guard match.start <= 2 || words <= 6 || countAfter.matches(after) || countCue.matches(before) else { continue }
                // ("Four — one of those is a soccer game": a range goes up; "4 - 1" is two figures.)
                let high = Double(match[2] ?? "").flatMap { $0 > low ? $0 : nil }
                counts.append((high.map { (low + $0) / 2 }?.rounded(.down) ?? low, match.start, high != nil))
            }
        }
        // "Four runs usually, one of them with the club": a part of the week named, not a count of it.
        if counts.count > 1 {
            counts.removeAll { partOf.matches(text.utf16Slice($0.start, min(text.utf16Length, $0.start + 24))) }
        }
        guard !counts.isEmpty else { return nil }
        // "Four, usually. Three if the shop's slammed": a count with a condition after it is not the usual week.
        // ("Three, sometimes four": the count after "sometimes" is the occasional week.)
        let conditional = counts.filter {
            conditionAfter.matches(text.utf16Slice($0.start, min(text.utf16Length, $0.start + 28)))
                || occasionalBefore.matches(text.utf16Slice(max(0, $0.start - 20), $0.start))
        }.map(\.start)
        let current = counts.filter { !notNow.matches(clause(text, before: $0.start)) && !conditional.contains($0.start) }
        // The count settled on: "I aim for 4 but usually manage 3", "Once or twice, mostly once", "3 probably".
        // ("Four runs. Three, really, one always gets cancelled": the settled count need not be the last one said.)
        if counts.count > 1, let last = counts.dropFirst().last(where: { !conditional.contains($0.start) && settledBefore(text, $0.start) }) {
            return Reading(value: last.value, miles: false, decisive: true)
        }
        // ("3 – I run with a buddy on Tuesdays", "Three times. Twice on me own and once with the club": the count said
        // first is the answer, and what follows explains it.)
        // ("Three, four times." is a range, which the count with its word settles.)
        let ranged = counts.count > 1 && text.utf16Slice(counts[0].start, counts[1].start).range(of: #"^\d\s*(?:,|or|/)\s*$"#, options: .regularExpression) != nil
        if ranged { return nil }
        let opening = text.range(of: #"^\s*(?:\d|once|twice)(?:\s*(?:times|runs|x))?\s*(?:[.,:;!-]|$)"#, options: .regularExpression) != nil
        // Runs added up: "2 runs, 1 parkrun", "twice a week with the club plus one easy run", "2 weekday runs and a long run".
        if let first = current.first, !first.ranged {
            // ("… and then 1 longer run of 8": a run added with its "1", when that 1 was not read as a count.)
            // ("Three times usually. Tuesday and Thursday …, and a longer one at the weekend": a longer run said after a count of
            // all the runs is one of them; after "two mornings a week" it is one more.)
            let countsAllRuns = text.utf16Slice(first.start, min(text.utf16Length, first.start + 12)).range(of: #"^\S+\s*(?:times|runs|x)\b"#, options: .regularExpression) != nil
            // ("Twice, plus a parkrun on a Saturday": after an opening count, a run added with "plus".)
            let extra = addedRun.matches(in: text).filter { match in
                let said = text.utf16Slice(match.start, match.end)
                return (!opening || said.hasPrefix("plus")) && match.start > first.start && !counts.contains { (match.start..<match.end).contains($0.start) }
                    && said.filter(\.isNumber).allSatisfy { $0 == "1" } && !(countsAllRuns && (said.contains("longer") || said.contains("shorter")))
            }.count
            let others = current.dropFirst().filter { other in
                let between = text.utf16Slice(first.start, other.start)
                // After an opening count, only another kind of run adds ("2 runs, 1 parkrun"; not "Three times, one day yes").
                let runAfter = text.utf16Slice(other.start, min(text.utf16Length, other.start + 20))
                    .range(of: #"^\S+\s+(?:\w+\s)?(?:runs?|parkruns?|jogs?|long run|sessions?|5k|10k)\b"#, options: .regularExpression) != nil
                // ("Four runs, plus two evenings at the bouldering gym": outings of another sport are no runs.)
                let outing = text.utf16Slice(other.start, min(text.utf16Length, other.start + 40))
                // ("4 times running, and 2 times I go with bicycle to the bank": the other sessions' own words.)
                let ownWords = outing.components(separatedBy: CharacterSet(charactersIn: ",;.!?()-")).first ?? outing
                if FactExtractor.otherActivity.matches(outing)
                    || FactExtractor.otherTraining.matches(ownWords) && !FactExtractor.runWord.matches(ownWords) { return false }
                return between.range(of: #"\b(?:plus|and|,)\s*$"#, options: .regularExpression) != nil
                    && (!opening || runAfter || between.range(of: #"\bplus\s*$"#, options: .regularExpression) != nil)
                    && !between.contains("(") && !between.contains(".")
            }
            // ("Three - parkrun on the Saturday plus two runs": one run named, and a count, make up the count said first.)
            let namedRuns = Double(singleRunNamed.matches(in: text.utf16Slice(first.start, text.utf16Length))
                .filter { match in text.utf16Slice(max(0, first.start + match.start - 4), first.start + match.start).range(of: #"\d\s*$"#, options: .regularExpression) == nil }.count)
            let breakdown = others.map(\.value).reduce(0, +) == first.value || breakdownCue.matches(text)
                || namedRuns > 0 && others.map(\.value).reduce(0, +) + namedRuns == first.value
            let added = Double(extra) + (breakdown ? 0 : others.map(\.value).reduce(0, +))
            if added > 0, first.value + added <= 7 {
                return Reading(value: first.value + added, miles: false, decisive: true)
            }
        }
        guard let first = current.first ?? counts.last else { return nil }
        return Reading(value: first.value, miles: false, decisive: first.ranged || opening || current.count < counts.count)
    }

    static let countAfter = TextPattern(#"^\s*(?:,\s*(?:really|honestly|realistically|actually|tbh)\b|x\b|times|runs?\b|days?\b|sessions|outings|jogs|a week|per week|/week|/wk|in a week|ish|probably|i guess|usually|mostly|mate|proper (?:ones|runs)|real (?:ones|runs))"#)
    static let countCue = TextPattern(#"\b(?:usually|normally|mostly|about|around|maybe|like|reckon|say|so|probably|realistically|manage|only|just|at least|or|and|plus|runs?:?|anywhere|between|do|go)\s*$|[,:]\s*$"#)
    /// A month's running said, the week's share of it: a month is 30.44 days on average.
    static let weekPerMonth = 7 / 30.44
    static let monthAfter = TextPattern(#"^\s*(?:k|km|kms|kilometres|kilometers|miles?|mi)?\s*(?:(?:a|per|each|every|in a|in one|/)\s*month\b|monthly|(?:last|this|past) month\b|(?:in|for|during|over|across) (?:the month|last month|a month|(?:the month of )?(?:january|february|march|april|may|june|july|august|september|october|november|december))\b)"#)
    static let monthBefore = TextPattern(#"\b(?:in (?:a |one |1 |the )?month|a month|per month|monthly|last month|this month|(?:in|for) (?:january|february|march|april|may|june|july|august|september|october|november|december))\b[^.;!?]*$"#)
    static let fourWeeksAround = TextPattern(#"\b(?:over|in|for|across) the (?:last|past) (?:4|four) weeks\b"#)
    static let inKilometres = TextPattern(#"\bin (?:km|kms|k|kilometres|kilometers)\b[^\d.;!?]*$"#)
    static let timedRuns = TextPattern(#"\b\d+(?:\.\d+)?\s*-?\s*(?:min|mins|minutes?|hours?|hrs?)\b|\b(?:an|half an) hour\b"#)
    static let conditionAfter = TextPattern(#"^\S+(?:\s+(?:times?|runs?|x))?\s+(?:if|when|on a (?:good|bad|big|busy|light|heavy) week|in (?:the )?(?:summer|winter|spring)|at a push|max|a month|per month|a year)\b"#)
    static let occasionalBefore = TextPattern(#"\b(?:sometimes|sometims|occasionally|some weeks|now and then|at most|up to|or even|if lucky)\s+(?:a\s+)?$"#)
    static let singleRunNamed = TextPattern(#"\b(?:parkrun|park run|(?:a|the|my|one) (?:long|club|tempo|easy|track|group) (?:run|session))\b"#)
    static let breakdownCue = TextPattern(#"\b(?:(?:one|two|three|\d) of (?:them|those|which)|of which|including|one is|1 is)\b"#)

    /// A cue just before a figure, in the same sentence, that settles on it ("realistically 3", "no, 18k").
    static func settledBefore(_ text: String, _ position: Int) -> Bool {
        let before = text.utf16Slice(max(0, position - 32), position)
        return nowCue.matches(before) || correction.matches(before)
            || settledAfter.matches(text.utf16Slice(position, min(text.utf16Length, position + 30)))
            || sentenceDatesTheWeek(text.utf16Slice(FactExtractor.sentenceStart(in: text, before: position), position))
    }
    /// The sentence so far opens on the usual week or the weeks just gone.
    static func sentenceDatesTheWeek(_ soFar: String) -> Bool { usualWeekOpens.matches(soFar) || recentOpens.matches(soFar) || sinceOpens.matches(soFar) }
    /// ("About 30 km a week. No, … Since exam season started at the library it's 20": the week since a change.)
    static let sinceOpens = TextPattern(#"^\s*(?:but |and |so )?(?:ever )?since\b[^\d.!?;]*$"#)
    /// "30 km a week. Hmm, less, this last month with the harvest I did maybe 22": the figure of the weeks just gone
    /// ("30 km a week lately, 40 in the summer": not when the word dates a figure said before it; "My longest run lately
    /// was 14 miles": nor one run.)
    static let recentOpens = TextPattern(#"^(?![^.!?;]*\b(?:longest|long run|furthest|farthest|race|parkrun|single run)\b)[^\d.!?;]*\b(?:this (?:last|past) (?:month|few weeks|couple of weeks|fortnight)|the (?:last|past) (?:month|few weeks|couple of weeks|fortnight)|lately|recently)\b[^.!?;]*$"#)
    /// "Thirty k in a good week. In a normal week, with ghost tours every night, twenty-five": the sentence of the usual week.
    static let usualWeekOpens = TextPattern(#"^\s*(?:but |and |so )?(?:in|on) (?:a|an|my|the) (?:normal|usual|typical|regular|ordinary|average) week\b[^.!?;]*$"#)
    /// "Five runs. Hmm, four really": a count that the word after it settles on.
    static let settledAfter = TextPattern(
        #"^\d+\s*(?:(?:runs?|times|x|days|k|km|miles?)\s*)?,?\s*(?:really|actually|in reality|realistically|to be honest|tbh|honestly|if i am honest|if i'm honest|if im honest|in truth|let'?s say|lets say|let us say|i would say|call it|on average|as an average|average|proper|real (?:ones|runs))\b"#)
    static let partOf = TextPattern(#"^\d+\s+(?:of (?:them|those|these|which)|is\b|being\b)"#)

    static let daySpan = TextPattern(#"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*(?:-|to|through|thru|till|until)\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"#)

    static func dayIndex(_ word: String?) -> Int? {
        word.flatMap(FactExtractor.weekday).flatMap(FactExtractor.weekdays.firstIndex(of:))
    }
}
