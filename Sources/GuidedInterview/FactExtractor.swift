import CadenceCore
import Foundation

/// Understands ordinary answers in the guided offline interview.
///
/// It extracts every fact it recognises from any message, not only the one asked for, and
/// invents nothing: a value is only produced from words the runner wrote, and every value is
/// checked with `RunnerField.validate` before it is returned. When a message holds two values
/// for one path (a correction: "30k a week, actually 25"), the later one wins, and a value
/// right after "not" ("Sunday, not Saturday") is dropped.
public struct FactExtractor: Sendable {
    /// Today as a calendar date in the runner's time zone (year, month, day); relative and
    /// year-less dates count from it, and dates are stored at 00:00 UTC of the calendar day.
    let today: DateComponents

    public init(today: Date, calendar timeZone: TimeZone = TimeZone(identifier: "UTC")!) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.today = calendar.dateComponents([.year, .month, .day], from: today)
    }

    /// `expecting` is the runner path of the question just asked (or nil); it resolves bare answers
    /// ("34" after the age question, "Sunday" after the long-run-day question, "none" after the injuries question).
    public func extract(_ text: String, expecting: String?) -> Extraction {
        extract(text, expecting: expecting, knownRaceDistance: nil)
    }

    /// As `extract(_:expecting:)`, with the race distance already on file (km), which decides
    /// whether a bare "sub 20" means minutes or hours when the message names no distance.
    /// `knownRaceMonth` is the month the race was said to be in without its day ("in May"): it dates a bare
    /// "the 23rd" asked for the race date. `knownWeeklyKm` is the weekly volume already on file: an experience
    /// answer that only says how long they have run is not "casual" from someone running 60 km a week.
    public func extract(_ text: String, expecting: String?, knownRaceDistance: Double?, knownRaceMonth: Int? = nil,
                        knownWeeklyKm: Double? = nil) -> Extraction {
        let typed = expecting?.hasPrefix("schedule.") == true ? Self.dessertAsDay(text) : text
        // Asked for a finish time, "Four-thirty" (read as 4-30) is 4:30.
        let normalized = expecting == "goals.targetTime" ? Self.asClockTimes(Self.normalize(typed)) : Self.normalize(typed)
        let scan = Scan(original: Self.typoFixed(typed), text: normalized, expecting: expecting, knownRaceDistance: knownRaceDistance,
                        knownRaceMonth: knownRaceMonth, knownWeeklyKm: knownWeeklyKm)
        let reply = Self.reply(scan.text)
        if reply.skipped {
            // ("Pass. I'm not telling a computer my age. Max heart rate 181 on a treadmill test …": the question passed, and
            // what the runner goes on to say is still heard.)
            let rest = Self.afterFirstSentence.firstMatch(in: typed).map { typed.utf16Slice($0.end, typed.utf16Length) } ?? ""
            guard let expecting, rest.split(separator: " ").count >= 4 else { return Extraction(facts: [], skipped: true, affirmed: nil) }
            let said = extract(rest, expecting: nil, knownRaceDistance: knownRaceDistance, knownRaceMonth: knownRaceMonth, knownWeeklyKm: knownWeeklyKm)
            return Extraction(facts: said.facts.filter { $0.path != expecting }, skipped: true, affirmed: nil)
        }

        extractGoals(scan)
        extractRunning(scan)
        extractSchedule(scan)
        extractHealth(scan)
        extractConditions(scan)
        extractPhysical(scan)
        readWeightThenNow(scan)
        extractIdentity(scan)
        extractCoaching(scan)
        if let expecting, !scan.has(expecting) { extractBare(scan, expecting: expecting, reply: reply.affirmed) }
        // ("My knees hurt when it rains. It's not raining. So, no.": the answer the runner concludes on.)
        // ("No. My feet ache after a double on the tiles, but they're fine by the morning.": a "no", then an ache that passes.)
        if expecting == "health.currentPain", Self.concludedNo.matches(scan.text)
            || Self.openingNo.matches(scan.text) && Self.passesBy.matches(scan.text)
            // ("My shins get a bit sore after gym sometimes, but not right now.": a pain that comes and goes, not now.)
            || Self.painButNotNow.matches(scan.text) && scan.sentences().filter({ Self.painNow.matches($0.0) }).count == 1 {
            scan.drop(["health.currentPain"])
            scan.add("health.currentPain", [], said: "nothing hurts right now", at: scan.text.utf16Length, checkNegation: false)
        }
        settleDaysPerWeek(scan)
        settleVolume(scan)
        settleLongestRun(scan)
        readExperienceEvidence(scan)
        readWeekFigures(scan)
        settleTruthTold(scan)
        readLongRunChoice(scan)
        weighExperienceByVolume(scan)
        weighClaimedLevel(scan)
        inferExperienceFromStory(scan)
        settleCount(scan)
        settleSummedUpDays(scan)
        settleConditional(scan)
        settleRestatement(scan)
        // ("No race. I want to keep my legs for the grandchildren", asked the goal: no race, and no other aim read, is running
        // for health; "10k under 45. no race, just for me" is a time to beat.)
        if expecting == "goals.goalType", !scan.has("goals.goalType"), let match = Self.noRaceCue.firstMatch(in: scan.text) {
            if scan.has("goals.targetTime") {
                scan.add("goals.goalType", "speed", said: "getting faster", at: match.start)
            } else {
                // ("I want to run 10 kilometre without walking … Not a race, only for me": a distance to manage, no race.)
                scan.add("goals.goalType", "general_health", said: "general health and fitness", at: match.start)
            }
        }

        // ("Four times. Three, these weeks.": the count for now, said after the usual one.)
        if expecting == "running.currentFrequency", let match = Self.countForNow.firstMatch(in: scan.text), let now = Self.number(match[1]),
           let usual = scan.latest("running.currentFrequency"), usual.value.doubleValue != now,
           scan.text.utf16Slice(0, match.start).contains(where: \.isNumber) {
            scan.overrule("running.currentFrequency", .number(now), said: Self.sayRuns(Int(now)), after: usual, at: match.start(of: 1))
        }
        return Extraction(facts: scan.resolved(), skipped: false, affirmed: reply.affirmed,
                          daysRunNow: Self.weekdays.filter(scan.daysRunNow.contains))
    }
}

extension FactExtractor {
    /// "I work two days, two nights, then four off, so only my off days. Maybe three a week?": asked how many days, the
    /// count said for the week, last, is the answer over a count read from the rota.
    func settleDaysPerWeek(_ scan: Scan) {
        guard scan.expecting == "schedule.availableDays", let match = Self.countPerWeek.matches(in: scan.text).last,
              let count = Self.number(match[1]), (1...7).contains(count),
              // ("Three days. Not Saturday, … the funerals, there is one every week": one of something else, each week.)
              match.text.contains("day") || !Self.somethingEachWeek.matches(scan.window(before: match.start, 12)) else { return }
        if let current = scan.latest("schedule.availableDays"), current.value.doubleValue == count || current.position >= match.start { return }
        scan.add("schedule.availableDays", .number(count), said: Self.sayDaysAvailable(Int(count)), at: match.start)
    }
    static let afterFirstSentence = TextPattern(#"^[^.!?;]*[.!?;]+\s+"#)
    static let somethingEachWeek = TextPattern(#"\b(?:there is|there are|there'?s|is|are|has|have|had)\s*$"#)
    static let countPerWeek = TextPattern(#"(?<![\d.:])([1-7])\s*(?:days?\s*)?(?:a|per|each|every|/|in a)\s*(?:week|wk)\b"#)

    /// "42 km, a month ago — or 45, with the detour to the waterfall. 45.", "Under 45. Or under 50 if I'm a realist. 48.",
    /// "3/21. Or 3/28. Hold on. ...3/21, the Sunday.": after an answer weighed aloud, a last sentence that is only a value
    /// settles it.
    func settleRestatement(_ scan: Scan) {
        guard let slot = scan.expecting, Self.restatable.contains(slot),
              let earlier = scan.candidates.last(where: { $0.path == slot }),
              let last = Self.bareLastSentence.firstMatch(in: scan.text), var value = last[1] else { return }
        // ("13 miles, or 14. 14.": the unit the answer was given in.)
        if slot.hasPrefix("running."), case let before = scan.text.utf16Slice(0, last.start),
           before.range(of: #"\b(?:miles?|mi)\b"#, options: .regularExpression) != nil,
           before.range(of: #"\d\s*(?:k|km|kms|kilomet(?:er|re)s?)\b"#, options: .regularExpression) == nil { value += " miles" }
        let again = extract(value, expecting: slot, knownRaceDistance: scan.goalDistance ?? scan.knownRaceDistance, knownRaceMonth: scan.knownRaceMonth)
        guard let fact = again.facts.first(where: { $0.path == slot }), fact.value != earlier.value else { return }
        scan.add(slot, fact.value, said: fact.said, at: scan.text.utf16Length, checkNegation: false)
    }
    /// "April 10th. If they move it, the 17th.", "18 km, or 21 if you count the walk home": a later value said on a
    /// condition does not replace the one said plainly. (A session length "at a push" is `SessionLength`'s to weigh.)
    func settleConditional(_ scan: Scan) {
        // (A finish time hoped for "if everything goes right" is the target's own reader's to weigh: "Sub 2, and 1:52 if
        // everything goes right" aims for 1:52.)
        guard let slot = scan.expecting, Self.restatable.contains(slot), slot != "goals.targetTime" else { return }
        let said = scan.candidates.filter { $0.path == slot }.sorted { $0.position < $1.position }
        func conditional(_ candidate: Scan.Candidate) -> Bool {
            let start = Self.sentenceStart(in: scan.text, before: candidate.position)
            return Self.conditionOpens.matches(scan.text.utf16Slice(start, candidate.position))
                || Self.conditionAfter.matches(scan.text.utf16Slice(candidate.position, candidate.position + 28))
        }
        guard let last = said.last, conditional(last), let plain = said.last(where: { !conditional($0) && $0.value != last.value }) else { return }
        scan.add(slot, plain.value, said: plain.said, at: scan.text.utf16Length, checkNegation: false)
    }
    static let conditionOpens = TextPattern(#"^\W*(?:(?:sure|so|and|but|even|though|although|ok|okay),?\s+)?(?:if|when|unless)\b"#)
    static let conditionAfter = TextPattern(#"^[\d.:]+\s*(?:hours?|hrs?|h|minutes?|mins?|k|km|miles?)?\s*(?:[a-z]+\s+){0,2}?(?:if|when|unless)\b"#)
    static let restatable: Set<String> = ["goals.targetTime", "goals.raceDate", "running.longestRecentRun", "schedule.maxSessionDurationMinutes"]
    static let bareLastSentence = TextPattern(
        #"(?:[.!?](?!\d)|\s[-—–]+)\s*(?:\.\.+|…)?\s*(?:(?:so|ok|okay|yes|yeah|no|right|fine|then|final answer|let us say|say|write|put|put down|call it|make it),?\s+)*((?:\d{1,2}[:/.])?\d{1,2}(?:st|nd|rd|th)?)(?:\s*(?:k|km|kms|miles?|mi|minutes?|mins?|hours?))?(?:,?\s+(?:then|it is|final answer|the (?:mon|tue|wed|thu|fri|sat|sun)[a-z]*))?\s*(?:[.!]+\s*(?:[^\d.!?]|\d+\s+(?:days?|weeks?|months?|years?)\s+ago)*[.!]*)?\s*$"#)

    /// Asked for a finish time: "Four-thirty" (read as 4-30), "22'30" and a typed "1;55" are clock times, and "four and
    /// three quarter hours" is 4:45.
    static func asClockTimes(_ text: String) -> String {
        var text = hyphenTime.replacing(in: text) { "\($0[1] ?? ""):\($0[2] ?? "")" }
        text = markedTime.replacing(in: text) { "\($0[1] ?? ""):\($0[2] ?? "")" }
        // ("Four forty-five", read as 4 45.)
        text = spacedTime.replacing(in: text) { "\($0[1] ?? ""):\($0[2] ?? "")" }
        // ("two and a quarter hours", read as 2.25 hours, is 2:15.)
        text = decimalQuarterHours.replacing(in: text) { "\($0[1] ?? ""):\($0[2] == "25" ? "15" : "45") hours" }
        text = quarterHours.replacing(in: text) { match in
            let minutes = match[2]?.hasPrefix("3") == true || match[2]?.hasPrefix("three") == true ? "45" : "15"
            return "\(match[1] ?? ""):\(minutes)"
        }
        return text
    }
    static let hyphenTime = TextPattern(#"(?<![\d:.-])([1-9])-([0-5]\d)(?![\d:-]|\.\d)"#)
    static let spacedTime = TextPattern(#"(?<![\d:.,/-]|\d )\b([1-9]) ([1-5]\d)\b(?![\d:/]|[.,]\d| ?(?:k|km|miles?|mi|minutes?|mins?|hours?|h|seconds?|secs?|years?|days?|weeks?|times|x)\b)"#)
    static let markedTime = TextPattern(#"(?<![\d:.])(\d{1,2})(?:'|;)([0-5]\d)(?:"|'')?(?![\d:])"#)
    static let decimalQuarterHours = TextPattern(#"(?<![\d.:])(\d{1,2})\.(25|75)\s*(?:hours?|hrs?)\b"#)
    static let quarterHours = TextPattern(#"\b(\d{1,2}) and (?:a )?((?:3|three)[- ]quarters?|quarter)(?: of an)? hours?\b"#)
}

extension FactExtractor {
    /// The text between the last break ending at or before an offset and the first starting at or after it, with its start.
    static func span(around position: Int, in text: String, breaks: TextPattern) -> (text: String, start: Int) {
        var start = 0
        var end = text.utf16Length
        for match in breaks.matches(in: text) {
            if match.end <= position { start = match.end }
            if match.start >= position { end = min(end, match.start) }
        }
        return (text.utf16Slice(start, end), start)
    }
}

/// The state of one extraction: the normalised text and the candidate values found so far.
final class Scan {
    struct Candidate {
        let path: String
        let value: JSONValue
        let said: String
        let position: Int
    }

    let original: String
    let text: String
    let expecting: String?
    let knownRaceDistance: Double?
    let knownRaceMonth: Int?
    let knownWeeklyKm: Double?
    private(set) var candidates: [Candidate] = []
    /// Set by the goal extractor: the race distance named as a goal in this message (km).
    var goalDistance: Double?
    /// Set by the goal extractor: the message talks about a race or a time goal.
    var goalContext = false
    /// Set by the goal extractor: where a date was said with its weekday ("the Sunday before Paddy's Day"),
    /// whose days are the race's, not running days.
    var dateSpans: [Range<Int>] = []
    /// Set by the schedule extractor: days named in answer to a running question ("Twice. Tuesday and Saturday"),
    /// which are when the runner runs now, not the days they could.
    var daysRunNow: Set<String> = []

    init(original: String, text: String, expecting: String?, knownRaceDistance: Double?, knownRaceMonth: Int? = nil,
         knownWeeklyKm: Double? = nil) {
        self.original = original
        self.text = text
        self.expecting = expecting
        self.knownRaceDistance = knownRaceDistance
        self.knownRaceMonth = knownRaceMonth
        self.knownWeeklyKm = knownWeeklyKm
    }

    /// The message opens by correcting an earlier answer ("Sorry, more like 35", "Actually, make the target 52"):
    /// the slot asked does not read numbers anywhere in it.
    var opensWithCorrection: Bool { Replies.correctionOpening.matches(text) }

    /// Adds a value found at `position` (a UTF-16 offset in `text`) unless "not" comes right before it.
    /// `checkSomeoneElse: false` for a value gathered from several places, each already weighed (the days of a list).
    func add(_ path: String, _ value: JSONValue, said: String, at position: Int, checkNegation: Bool = true, checkSomeoneElse: Bool = true) {
        if checkNegation, negated(at: position) { return }
        if checkSomeoneElse, aboutSomeoneElse(at: position) { return }
        guard let field = try? RunnerField.named(path), let valid = try? field.validate(value) else { return }
        candidates.append(Candidate(path: path, value: valid, said: said, position: position))
    }

    func has(_ path: String) -> Bool { candidates.contains { $0.path == path } }

    /// The candidate for `path` that `resolved()` would keep: the one found furthest into the message.
    func latest(_ path: String) -> Candidate? { candidates.filter { $0.path == path }.max { $0.position < $1.position } }

    /// A value read from the answer as a whole, placed after `current` so that it is the one resolved.
    func overrule(_ path: String, _ value: JSONValue, said: String, after current: Candidate?, at position: Int = 0) {
        add(path, value, said: said, at: max(position, (current?.position ?? -1) + 1), checkNegation: false)
    }

    /// Takes back what was found for these paths (a race named as a someday wish is no race goal).
    func drop(_ paths: Set<String>) { candidates.removeAll { paths.contains($0.path) } }
    func drop(_ path: String, value: JSONValue) { candidates.removeAll { $0.path == path && $0.value == value } }

    /// ("10 kilometres. I negotiated down from the half": the distance left is not the goal.)
    private static let negation = TextPattern(#"(?:\bnot|\bno|\binstead of|\brather than|\b(?:down|up|over|away|switched|changed|moved) from|\bnot on|\b(?:do not|does not|never|no) (?:need|want|like)s?)\s*(?:a|an|the|on|any)?\s*(?:(?:full|whole|entire|real|actual)\s+)?$"#)

    private static let otherPerson = TextPattern(
        #"\b(?:(?:my|me|mi) (?:wife|husband|partner|friend|friends|brother|sister|son|daughter|dad|mum|mom|father|mother|boyfriend|girlfriend|bf|gf|fianc[eé]e?|colleague|officemate|office mate|workmate|co-?worker|classmate|teammate|clubmate|training partner|coach|kids?|children|dog|cat|club|mate|buddy|guy|pal|cousin|uncle|aunt|auntie|nephew|niece|neighbou?r|bestie|best friend|grandson|granddaughter|flatmates?|housemates?|roommates?|room mates?|ex|boss|manager|supervisor|teacher)|my (?:[a-z]+ )?(?:gang|crew|squad|mates|friends)|(?:wor|our|my|me|the) (?:lass|missus|missis|fella|other half|better half|kid)|the (?:wife|husband|hubby|partner|boyfriend|girlfriend|kids|missus)|hubby|wifey|he|she|they|his|he is|she is|they are)\b"#)

    /// "My wife runs 50k a week": facts about someone else are not the runner's.
    func aboutSomeoneElse(at position: Int) -> Bool {
        // "Divya had that IT band thing last year …, but not me": the sentence is about someone else.
        if Self.butNotMe.matches(sentence(around: position).text) { return true }
        if disowned(at: position) { return true }
        // "My sister entered us both": a word that takes the runner along is the runner's fact.
        if Self.intoMe.firstMatch(in: window(after: position, 30))?.start == 0 { return false }
        var phrase = phraseBefore(position)
        // "My sister talked me into the Bath Half": what follows "… me into" is the runner's.
        if let cut = Self.intoMe.matches(in: phrase).last { phrase = phrase.utf16Slice(cut.end, phrase.utf16Length) }
        // "In June they did arthroscopy for FAI": the clinicians' work on the runner is the runner's fact.
        if let cut = Self.cliniciansDid.matches(in: phrase).last { phrase = phrase.utf16Slice(cut.end, phrase.utf16Length) }
        // "My daughter's doing the kids' Super Run, the 2.6K": a phrase that only restates what came before the comma is theirs too.
        // (Only when someone else opens the sentence: "My sister talked me into it, the Cork half" is the runner's race.)
        if Self.appositive.matches(phrase) {
            let sentence = sentenceBefore(position)
            if let other = Self.otherPerson.firstMatch(in: sentence),
               sentence.utf16Slice(0, other.start).trimmingCharacters(in: .whitespaces).isEmpty,
               !Self.intoMe.matches(sentence), !Self.cliniciansDid.matches(sentence) { return true }
        }
        // ("My granddaughter, she is 16, runs the 5 km": a sentence about someone else, from its start, without the runner.)
        let sentence = sentenceBefore(position)
        // ("My mate did 3:58 there last year so anything under four hours …": after "so" the runner speaks again.)
        if let other = Self.otherPerson.firstMatch(in: sentence), sentence.utf16Slice(0, other.start).trimmingCharacters(in: .whitespaces).isEmpty,
           case let rest = sentence.utf16Slice(other.end, sentence.utf16Length),
           !Self.runnerInSentence.matches(rest), !Self.turnBack.matches(rest), !Self.intoMe.matches(sentence),
           !Self.cliniciansDid.matches(sentence) { return true }
        return Self.otherPerson.matches(phrase)
    }
    private static let turnBack = TextPattern(#"\b(?:so|but|and|then|while|whereas|though|although)\b|;"#)
    private static let runnerInSentence = TextPattern(#"\b(?:i|i'm|im|me|my|mine|we|us|our|myself)\b"#)
    /// "Runner's knee in 2024. No, that was my brother Siim.": the next sentence gives the fact to someone else.
    func disowned(at position: Int) -> Bool {
        let said = sentence(around: position)
        let end = said.start + said.text.utf16Length
        return Self.disownedNext.matches(text.utf16Slice(end, min(text.utf16Length, end + 48)))
    }
    private static let disownedNext = TextPattern(
        #"^\W*(?:(?:no|nope|oh|wait|sorry|actually|hmm+|oops|ah)[,.!]*\s+)*(?:that|it|this)(?: one)? (?:was|is|'s|were) (?:(?:actually|really) )?(?:my|our) (?:brother|sister|wife|husband|partner|son|daughter|dad|father|mum|mom|mother|friend|mate|cousin|uncle|aunt|girlfriend|boyfriend|twin|colleague|neighbou?r)\b|^\W*(?:(?:no|nope|oh|wait|sorry|actually)[,.!]*\s+)*(?:that|it) (?:was|is|'s) not me\b"#)
    private static let butNotMe = TextPattern(#"\bbut not (?:me|mine|i)\b\W*$"#)
    private static let appositive = TextPattern(#"^\s*(?:the|a|an|its|that is|i\.e\.)\s*$"#)
    private static let runnerSubject = TextPattern(#"\bthis time i (?:am|will|want|plan|'m)\b|\b(?:but|now|so|while) i (?:am|will|want|plan|'m)\b"#)
    private static let cliniciansDid = TextPattern(
        // ("They do it on the Sunday after, the 28th of February", "they moved it one week later": the organisers, holding
        // or moving the runner's race.)
        // ("They've moved it to the first Sunday of May", "They made arthroscopy on my right hip".)
        #"\bthey(?:'ve|’ve| have| had)? (?:(?:do|hold|run|host|stage|organi[sz]e|have|put on|moved|move|changed|shifted|pushed|postponed|rescheduled|brought) (?:it|the race|the run|the event|the date)\b|made (?:an? |the )?(?:arthroscopy|operation|surgery|scan|mri|x-?ray|injection)|did|put|fixed|operated|removed|repaired|diagnosed|found|shaved|cleaned|scoped|pinned|plated|reconstructed|trimmed|stitched|sewed|reattached|replaced|drained|injected|splinted|set|x-?rayed|scanned|told (?:me|us)|said|called it|gave (?:me|us))\b"#)
    private static let intoMe = TextPattern(
        #"\b(?:talked|talk|talks|got|get|gets|convinced|persuaded|signed|sign|signs|roped|dared|made|make|put|puts|entered|enter|enters|booked|book|books|challenged|bullied|nagged)\s+(?:me|us(?: both| all)?|(?:the )?(?:both|two|three|2|3) of us)\b(?:\s+(?:up|into|onto|in|to|for))?"#)

    /// The words right before an offset that could say whose fact it is: the clause, from its last comma
    /// or "and I" ("my wife runs 50k, and I run 30k" gives the runner's 30k).
    func phraseBefore(_ position: Int) -> String {
        var before = clauseBefore(position)
        if let cut = before.range(of: ",", options: .backwards) { before = String(before[cut.upperBound...]) }
        // A dash closes an aside: "the Bath Half - she did it last year - and it's on the 14th".
        if let cut = before.range(of: " - ", options: .backwards) { before = String(before[cut.upperBound...]) }
        if let cut = before.range(of: " and i ", options: .backwards) { before = String(before[cut.upperBound...]) }
        // "My husband's done the half three years in a row and this time I'm finally doing the 10K": once the runner is
        // the subject again, what follows is theirs.
        if let cut = Self.runnerSubject.matches(in: before).last { before = before.utf16Slice(cut.start, before.utf16Length) }
        // "My mate did 3:58 there last year so anything under four hours": after "so" the runner speaks again.
        if let cut = before.range(of: " so ", options: .backwards) { before = String(before[cut.upperBound...]) }
        return before
    }

    func negated(at position: Int) -> Bool {
        let before = text.utf16Slice(max(0, position - 16), position)
        // ("NOT doin the townsville half this yr": what is not done, a few words after its verb.)
        return Self.negation.matches(before) || Self.notDoingThe.matches(text.utf16Slice(max(0, position - 48), position))
            || Self.tooMuchAfter.matches(text.utf16Slice(position, position + 48))
    }
    /// ("The half's too much by spring", "two hours is too long", "The half is for people with self-respect": what the runner
    /// finds too much, or leaves to others, is not what they take.)
    static let tooMuchAfter = TextPattern(#"^(?:[\p{L}\d:' -]|\.(?=\d)){0,24}?(?:'s|s| is| was| would be| feels| seems) (?:way |a bit |just |far |probably |still )?too (?:much|far|long|big|hard|ambitious|soon|early)\b|^(?:[\p{L}\d:' -]|\.(?=\d)){0,24}?(?:'s|s| is| was) for (?:people|those|folks|other people|normal people|sane people|quitters|wimps)\b"#)
    /// ("I haven't actually entered the half": what the runner has not entered is not their race either.)
    static let notDoingThe = TextPattern(#"\b(?:not|never) (?:actually |really |yet |even )?(?:doing|running|racing|entering|entered|going for|signed up for|signing up for|registered for|booked) (?:the|a|an|that) (?:[a-z']+ ){0,3}$"#)

    /// The newest candidate per path, in the order the paths first appeared.
    func resolved() -> [ExtractedFact] {
        var order: [String] = []
        var newest: [String: Candidate] = [:]
        for candidate in candidates.sorted(by: { $0.position < $1.position }) {
            if newest[candidate.path] == nil { order.append(candidate.path) }
            newest[candidate.path] = candidate
        }
        return order.compactMap { path in
            newest[path].map { ExtractedFact(path: $0.path, value: $0.value, said: $0.said) }
        }
    }

    /// The sentence up to an offset (from its start).
    func sentenceBefore(_ position: Int) -> String {
        let sentence = sentence(around: position)
        return text.utf16Slice(sentence.start, position)
    }

    /// The clause (between sentence ends, semicolons and "but") around an offset, with its start.
    func clause(around position: Int) -> (text: String, start: Int) {
        span(around: position, breaks: FactExtractor.clauseBreak)
    }

    /// The phrase around an offset, narrower than the clause: it also ends at a comma, "so" and "then"
    /// ("gym mon/wed/fri" of "gym mon/wed/fri so running would be tue/thu/sun").
    func phrase(around position: Int) -> String {
        span(around: position, breaks: Self.phraseBreak).text
    }
    private static let phraseBreak = TextPattern(#"[,;.!?—–(]|\s-\s|\b(?:so|then|but|while|because|as)\b"#)

    /// The sentence (between . ! ? ;) around an offset, with its start: wider than the clause ("but" stays in).
    func sentence(around position: Int) -> (text: String, start: Int) {
        span(around: position, breaks: Self.sentenceBreak)
    }
    static let sentenceBreak = TextPattern(#"[.!?;]+(?:\s|$)"#)

    /// Every sentence of the text, in order, with where each starts (the same breaks as `sentence(around:)`).
    func sentences() -> [(text: String, start: Int)] {
        var found: [(text: String, start: Int)] = [], start = 0
        for stop in Self.sentenceBreak.matches(in: text) {
            found.append((text.utf16Slice(start, stop.start), start))
            start = stop.end
        }
        if start < text.utf16Length { found.append((text.utf16Slice(start, text.utf16Length), start)) }
        return found
    }

    private func span(around position: Int, breaks: TextPattern) -> (text: String, start: Int) {
        FactExtractor.span(around: position, in: text, breaks: breaks)
    }

    /// The sentence around an offset ends in a question mark: "should I worry about shin splints?".
    func isQuestion(at position: Int) -> Bool {
        let rest = text.utf16Slice(position, text.utf16Length)
        guard let end = rest.firstIndex(where: { ".!?;".contains($0) }), rest[end] == "?" else { return false }
        // ("Is a dull ache behind my left knee normal? It's been there since Saturday": the next sentence says it is so.)
        if Self.soSinceAfter.matches(String(rest[rest.index(after: end)...])) { return false }
        // "Does a toe broken by a pressure cooker count?": offered, with a question whether it matters.
        if Replies.doesItCount.matches(String(rest[...end])) { return false }
        // "I had shin splints in high school track, does that count?": a statement with a question tagged on.
        if Self.taggedQuestion.matches(String(rest[..<end])) {
            let sentence = sentence(around: position)
            if !Self.questionOpening.matches(text.utf16Slice(sentence.start, position)) { return false }
        }
        // ("Also one time a stress fracture in the foot — metatarsal?": a statement unsure of a word, asked with its voice.)
        let sentence = sentence(around: position)
        // ("In 2021 I have 'menisküs yırtığı', how you say, meniscus tear?": the English word asked for, not a question about it.)
        if Self.askingTheWord.matches(text.utf16Slice(sentence.start, position)) { return false }
        if !Self.questionOpening.matches(sentence.text), Self.unsureOfAWord.matches(text.utf16Slice(position, position + end.utf16Offset(in: rest) + 1)) {
            return false
        }
        return true
    }
    private static let askingTheWord = TextPattern(#"\b(?:"# + Replies.howYouSay + #"|how to say|what(?: is it| do you call it| is the word)(?: called)?(?: in english)?|in english)\b[^?.!]*$"#)
    private static let unsureOfAWord = TextPattern(#"\s[-—–,]\s*[a-z]+\s*\?$"#)
    static let soSinceAfter = TextPattern(
        #"^\s*(?:it|its|it's|it is|it has|they|they have|they've|that|this)\s+(?:has |have |is |s )?(?:been\s+)?(?:there|sore|hurting|aching|achy|tender|painful|like (?:this|that)|going on|on and off)?\s*(?:since|for (?:a|about|over|nearly|almost|two|three|four|five|\d+) (?:days?|weeks?|months?)|ever since|started|began)\b"#)
    private static let taggedQuestion = TextPattern(#",\s*(?:is|are|does|do|did|will|would|can|could|should|any|am|or)\b"#)
    private static let questionOpening = TextPattern(
        #"^\s*(?:is|are|does|do|did|will|would|can|could|should|shall|what|how|why|when|where|who|am|any|anything|has|have|was|were)\b"#)

    /// Whether the sentence around `position` is a question ("Competitive? Me?", "what's the difference between serious
    /// and competitive?"): a word in it is asked about, not said.
    func inQuestion(at position: Int) -> Bool {
        let sentence = sentence(around: position)
        let end = sentence.start + sentence.text.utf16Length
        return text.utf16Slice(end, end + 1) == "?"
    }

    /// Text from the start of the clause up to an offset.
    func clauseBefore(_ position: Int) -> String {
        let (_, start) = clause(around: position)
        return text.utf16Slice(start, position)
    }

    /// Text before an offset, at most `length` units, within the clause.
    func window(before position: Int, _ length: Int) -> String {
        let before = clauseBefore(position)
        return before.utf16Slice(before.utf16Length - length, before.utf16Length)
    }

    func window(after position: Int, _ length: Int) -> String {
        let (clauseText, start) = clause(around: position)
        return clauseText.utf16Slice(position - start, position - start + length)
    }
}
