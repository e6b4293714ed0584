import CadenceCore
import Foundation

/// Terse answers resolved by the question just asked: "34" after the age question, "none" after
/// the injuries question, "yes" after the track question.
extension FactExtractor {
    /// A number at the start of a terse answer ("20k, I'm slow", "3, sometimes 4"), with its unit.
    static let bareNumber = TextPattern(
        #"^\s*(?:about |around |roughly |maybe |probably |approximately |usually |normally |any |~)?(\d+(?:\.\d+)?)(?!\.\d)(?:\s*(?:-|to|or)\s*(\d+(?:\.\d+)?))?\s*(k|km|miles?|mi|kg|kgs|lbs?|cm|bpm|days?|times|runs|years?|months?)?\s*(?:ish|or so)?(?=\s*(?:[,.;!?]|$|(?:but|and|i|sometimes|maybe|or|probably|if|depending|usually|most|mostly|though|going on|at the moment|right now|now|these days|lately|recently|nowadays|currently|since|at present|give or take|this (?:month|year|week)|still|styll|tho|fam|bro|rn|lol)\b))"#)
    static let longAgoRacing = TextPattern(
        #"\b(?:(?:19\d\d|20[01]\d)|back in|years ago|as a (?:kid|teen|teenager|child|boy|girl)|growing up|ever since|since then|decades?|in my (?:youth|teens|twenties|day)|(?:stopped|quit|gave up|resting|nothing))\b|'\d\d\b"#)
    /// ("Fifteen km. Twelve of them were pleasant", "18. Or 17 … 18 is closer": a part, or a hedge taken back, puts nothing right.)
    static let deviceSaid = TextPattern(
        #"\b(?:watch|garmin|strava|gps|app|phone|coros|polar|fitbit|tracker)\s+(?:said|says|showed|shows|had it at|clocked|read|reckons|gave me)\s+(?:about |around |just over |just under |nearly |almost )?(\d+(?:\.\d+)?)\b(?!\s*(?:minutes?|mins?|hours?|hrs?|h\b|:|bpm|steps|calories|kcal|%))"#)
    static let figurePutRight = TextPattern(#"^\s*\d+(?:\.\d+)?\s*(?:k|km|kms|miles?|mi)?\s*[.!]\s+(?:no,?\s+|sorry,?\s+|well,?\s+|actually,?\s+)?(\d+(?:\.\d+)?)\b(?!\s*(?:k\b|km|miles?|mi\b|minutes?|mins?|hours?|years?|weeks?|days?|:|of\b))(?!\D*\d)"#)
    static let sentenceCount = TextPattern(#"[.!?]\s+([1-7])\b(?!\s*(?:k\b|km|miles?|mi\b|minutes?|mins?|hours?|hrs?|years?|:|\.\d))"#)
    static let countThenOther = TextPattern(#"^\s*([1-7])\s*(?:\+|plus|and)\s*(?:\d\s*(?:x\s*)?)?(?:gym|weights|yoga|pilates|spin|swim\w*|bike|cycl\w*|climbing|bouldering|football|soccer|tennis|classes?)\b"#)
    static let finalBareNumber = TextPattern(#"[.!;]\s+(\d)\s*[.!]?\s*$"#)
    static let unitAfterNumber = TextPattern(#"^\s*[^\d]{0,16}?\d+(?:\.\d+)?\s*[,.;:-]?\s*(?:that is |i mean |in |sorry,? )?(k|km|miles?|mi)\b"#)
    static let noneAnswer = TextPattern(#"^\s*(?:(?:no|nah|nope|honestly|really|well|um+|uh+)[,.!]?\s+)?(?:none|no|nope|nah|nothing|never|not really|n/a|no injuries|zero|0|nil|all good|i am fine|fine|no one|none at all|not any|not a thing|none of (?:those|them|these|that)|nothing at all|no injuries|no pain|nothing (?:major|serious|much|significant|to report)|feeling (?:great|good|fine)|i am good|all fine|nada|nowt|zilch|nun|non|nuthin|nothin|noting|nonee|nonne|i am grand|grand|all grand|sound|nutten|mi good)(?:\s+(?:yet|at the moment|at present|presently|right now|currently|really|at all|so far|thankfully|for now|these days|to speak of|worth mentioning))?(?:[,.!]?\s*(?:touch wood|knock on wood|thankfully|luckily|fingers crossed|feeling (?:great|good|fine)))?\s*[.!]?\s*$"#)

    /// "all of 3 whole weeks", "8 months, give or take": a span of time anywhere in the experience answer.
    static let spanAnywhere = TextPattern(#"(?<![\d.:])(\d+(?:\.\d+)?)\s+(?:whole\s+|full\s+)?(weeks?|months?|years?)\b(?!\s+old)"#)
    /// ("bit over a year", "a year and a half", "half a year": a running life said in words, asked for experience.)
    /// ("under a year", "nuh even a year yet", "almost a yr": short of it.)
    static let spanInWords = TextPattern(
        #"\b(under |almost |nearly |less than |not even |nuh even |not quite |just under |barely )?(?:(half) an? (year|yr)|(?:a|one) (year|yr|month)( and a half)?)\b(?!\s+(?:ago|old|off|out|break|back|before)\b)"#)
    static func monthsInWords(_ text: String) -> Double? {
        guard let match = spanInWords.firstMatch(in: text) else { return nil }
        var months: Double = match[2] != nil ? 6 : match[4] == "month" ? 1 : 12
        if match[5] != nil { months *= 1.5 }
        return match[1] != nil ? months - 1 : months
    }
    static func months(in match: TextMatch) -> Double? {
        guard let value = number(match[1]), let unit = match[2] else { return nil }
        return unit.hasPrefix("week") ? value / 4.3 : unit.hasPrefix("month") ? value : value * 12
    }
    static let countAnywhere = TextPattern(#"(?<![\d.:])([1-9])\s*(?:(?:short|easy|little|quick|slow|steady|small|gentle|proper) )?(?:days|times|runs|sessions)\b|\b(?:usually|normally|typically|mostly|generally|say|call it|let us say|so|really|actually)\s+([1-9])\b(?![\d.:])(?!\s*(?:k\b|km|miles?|mi\b|minutes?|mins?|hours?))"#)
    static let birthdaySoon = TextPattern(#"^\s*\d+\s+(?:next (?:month|week)|in (?:a |1 |2 )?(?:weeks?|months?)|soon|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b"#)
    static let ageOnPaper = TextPattern(#"\b(\d{1,2}) (?:on paper|officially|on my passport|by my passport|according to my (?:passport|birth certificate|id))\b|\b(?:passport|birth certificate|id|licen[cs]e|paperwork) says (\d{1,2})\b"#)
    static let ageAnywhere = TextPattern(#"(?<![\d.:/-])(1[0-9]|[2-9][0-9])(?![\d:/-])(?!\.\d)(?!\s*(?:k\b|km|miles?|mi\b|minutes?|mins?|hours?|%|kg|lbs?))"#)
    static let anyDistance = TextPattern(#"(?<![\d.:])(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)\b"#)
    static let weeklyAfter = TextPattern(#"^\s*(?:(?:a|per|each|every|/|in a|in 1|in one)\s*(?:week|wk)\b|weekly\b|pw\b)"#)

    static let goalWords: [(TextPattern, String, String)] = [
        // ("race. my first one thats not a 5k lol": the word, then more about it.)
        (TextPattern(#"^(?:a )?race(?:[.!]?$|\s*[.!,:;—–-]\s+(?!(?:no|nope|not really|nah|or)\b))|^racing[.!]?$"#), "race", "a race"),
        (TextPattern(#"^(?:base|mileage|endurance|volume)[.!]?$"#), "base_building", "building your base"),
        (TextPattern(#"^(?:comeback|coming back|return|returning|getting back)[.!]?$"#), "return_to_fitness", "getting back into running"),
        (TextPattern(#"^(?:general|health|fun|fitness|general fitness)[.!]?$"#), "general_health", "general health and fitness"),
    ]

    static let noneOtherwise = TextPattern(#"\b(?:other than that|otherwise|apart from that|besides that|beyond that),? (?:nothing|none|nada|no|nowt|zilch|all good|she will be right|fine)\b|\bnothing else\b"#)
    static let partSound = TextPattern(
        #"^[^.!?]*\b(?:not|never|no longer) (?:injured|hurt|hurting|painful|a problem|an issue|sore)\b|^(?:'s|’s|\s*(?:is|are|feels?|feeling))\s+(?:fine|good|grand|ok|okay|great|all good|healed|perfect|solid)\b|^(?:'s|’s|\s*(?:is|has|have))\s+been\s+(?:behaving|fine|good|grand|ok|okay|quiet|settled|great)\b"#)
    static let painTakenBackOver = TextPattern(#"\b(?:was|were|used to be|had been|not now|passed|gone|over now|better now|fine now|okay now|ok now|healed|last (?:week|month|year))\b"#)
    static let nothingTakenBack = TextPattern(#"(?:^|[.!?]\s*)(?:well|actually|although|oh|hmm|except|apart from|but|wait)\b[\s,—–-]*"#)
    static let othersPart = TextPattern(#"\b(?:her|his|their)\s+(?:left\s+|right\s+)?$"#)
    static let partWorriedFor = TextPattern(
        #"\b(?:do not want to|would not want to|afraid (?:of|to)|scared (?:of|to)|worried (?:about|i will|i might)|hope i do not|so i do not|try not to|avoid)\b[^.;!?]*$"#)
    static let painButNotNow = TextPattern(#"\b(?:sore|ache|aches|achy|hurt|hurts|painful|niggle|niggles)\b[^.!?]{0,48}\b(?:but|though)\s+not\s+(?:right now|now|at the moment|today|currently|these days)\b"#)
    static let openingNo = TextPattern(#"^\W*(?:no|nope|nah|not really|nothing)\s*[.!,]"#)
    static let passesBy = TextPattern(#"\b(?:but|and)\s+(?:they|it|that)\s*(?:are|is|'re|'s)?\s+(?:fine|ok|okay|gone|good|grand)\s+(?:by|after|once|the next|again by|in the)\b"#)
    static let concludedNo = TextPattern(#"[.!?]\s+(?:so|then|therefore)\W+(?:no|nope|nah|nothing|none)\W*$"#)
    static let partInjuries = ["knee": "knee_pain", "shin": "shin_splints", "hip": "hip_pain", "back": "back_pain", "ankle": "ankle_sprain",
                               "foot": "foot_pain", "heel": "heel_pain", "hamstring": "hamstring_strain", "calf": "calf_strain",
                               "quad": "quad_strain", "groin": "groin_strain", "achilles": "achilles_tendinopathy",
                               "it_band": "itbs", "elbow": "elbow_injury"]

    func extractBare(_ scan: Scan, expecting: String, reply affirmed: Bool?) {
        let text = scan.text
        let number = Self.bareNumber.firstMatch(in: text)
        let value = Self.number(number?[1])
        // "15 to 20 miles": a volume range is read as its middle.
        let high = Self.number(number?[2]).flatMap { high in value.map { max($0, high) } }
        // "22, miles that is": the unit said just after the number.
        let unit = number?[3] ?? (number != nil ? Self.unitAfterNumber.firstMatch(in: text)?[1] : nil)
        func unitIs(_ allowed: [String]) -> Bool { unit.map { allowed.contains($0) } ?? true }
        let none = Self.noneAnswer.matches(text)

        switch expecting {
        case "physical.age":
            // "27 on paper. After a Saturday shift, about 80": the age on paper is the age; the rest is how it feels.
            if let match = Self.ageOnPaper.firstMatch(in: text), let years = Self.number(match[1] ?? match[2]) {
                scan.add(expecting, .number(years), said: "\(Self.plain(years)) years old", at: text.utf16Length)
                return
            }
            // "over 40", "44 or 45": no single age, so none of its figures (see `AgeAnswer`, read with the other facts).
            if case .none? = AgeAnswer.read(text, today: today) { return }
            // "Thirty-something. 36 if you must know."; "29 next month" is 28 now.
            // ("Thirty and a half … My knees feel sixty": how old a part feels is no age.)
            let anywhere = value == nil ? Self.ageAnywhere.matches(in: text).last(where: {
                // ("Late fifties. Fifty-eight. My husband's sixty-two": his age is not the one to keep.)
                !Self.feelsAge.matches(scan.window(before: $0.start, 24)) && !scan.aboutSomeoneElse(at: $0.start)
            }) : nil
            let stated = unit == nil || unit?.hasPrefix("year") == true ? value : nil
            if let said = stated ?? anywhere.flatMap({ Self.number($0[1]) }) {
                let years = said.rounded(.down) - (Self.birthdaySoon.matches(text) ? 1 : 0)
                scan.add(expecting, .number(years), said: "\(Self.plain(years)) years old", at: anywhere?.start ?? 0)
            }
        case "running.currentFrequency", "schedule.availableDays":
            if value == nil, expecting == "schedule.availableDays", let match = Self.countAnywhere.firstMatch(in: text),
               let count = Self.number(match[1] ?? match[2]), count <= 7,
               // "Before the fracture I did Comrades twice": races done, not days a week.
               !Self.raceDoneBefore.matches(scan.window(before: match.start, 48)) {
                // "most days except when it rains, say 4"
                scan.add(expecting, .number(count), said: Self.sayDaysAvailable(Int(count)), at: match.start)
            } else if let value, unitIs(["days", "day", "times", "runs"]),
                      // "One day I want the Mount Cameroon Race of Hope": some day, not one day a week.
                      !(value == 1 && Self.oneDaySomeday.matches(text.utf16Slice(number?.start(of: 1) ?? 0, text.utf16Length))) {
                let count = Int(value)
                let said = expecting == "running.currentFrequency" ? Self.sayRuns(count) : Self.sayDaysAvailable(count)
                scan.add(expecting, .number(value), said: said, at: 0)
            } else if expecting == "running.currentFrequency", Self.mostDays.matches(text),
                      let count = Self.sentenceCount.firstMatch(in: text).flatMap({ Self.number($0[1]) }) ?? (text.contains(where: \.isNumber) ? nil : 5) {
                // ("Most days.": more days than not, five; "Most days. Six, usually.": the count said after it.)
                scan.add(expecting, .number(count), said: count == 5 ? "most days (5 runs a week)" : Self.sayRuns(Int(count)), at: 0)
            } else if expecting == "schedule.availableDays", !scan.has(expecting), Self.mostDays.matches(text), !text.contains(where: \.isNumber) {
                // ("Most days, really, I'm my own boss. Just not Thursdays": every day but those ruled out; else five.)
                let out = scan.latest("schedule.blockedDays")?.value.arrayValue?.count ?? 0
                let count = out > 0 && out < 7 ? 7 - out : 5
                scan.add(expecting, .number(Double(count)), said: "most days (\(Self.sayDaysAvailable(count)))", at: 0)
            } else if none, expecting == "running.currentFrequency" {
                scan.add(expecting, 0, said: "no runs a week at the moment", at: 0)
            } else if expecting == "running.currentFrequency",
                      let match = Self.countAnywhere.matches(in: text).first(where: { !Self.otherTrainingBefore.matches(scan.window(before: $0.start, 14)) }),
                      let count = Self.number(match[1] ?? match[2]) {
                // "I go to run four days", "Four short runs": the count with its word, anywhere in the answer.
                scan.add(expecting, .number(count), said: Self.sayRuns(Int(count)), at: match.start)
            } else if expecting == "running.currentFrequency", let match = Self.countThenOther.firstMatch(in: text), let count = Self.number(match[1]) {
                // ("4 + gym twice": the runs, then another sport's sessions.)
                scan.add(expecting, .number(count), said: Self.sayRuns(Int(count)), at: match.start)
            }
            // "Five. Well, four since the snow. Four.": a number said again alone at the end is the answer.
            if let value, let last = Self.finalBareNumber.firstMatch(in: text), let final = Self.number(last[1]), final != value, final <= 7 {
                let count = Int(final)
                let said = expecting == "running.currentFrequency" ? Self.sayRuns(count) : Self.sayDaysAvailable(count)
                scan.add(expecting, .number(final), said: said, at: last.start(of: 1))
            }
            if expecting == "running.currentFrequency", !scan.has(expecting),
               case let named = scan.candidates.last(where: { $0.path == "schedule.preferredDays" })?.value.arrayValue ?? [],
               case let days = scan.daysRunNow.union(named.compactMap(\.stringValue)), !days.isEmpty {
                // "I run Mon Wed Fri": asked how often, the days named are the runs.
                scan.add(expecting, .number(Double(days.count)), said: Self.sayRuns(days.count), at: 0)
            }
        case "running.currentVolume":
            // ("Last year in the 10k I came 212th": a race run, not the week.)
            if let value, unitIs(["k", "km", "mi", "mile", "miles"]), number.map({ !Self.raceRunBefore.matches(scan.clauseBefore($0.start)) }) ?? true {
                addVolume(scan, high.map { (value + $0) / 2 } ?? value, unit: unit ?? "km", at: 0)
                // "About 30k. Actually no, more like 25": the figure after the correction wins.
                if let said = number, let match = Self.volumeNow.matches(in: text).last(where: { $0.start >= said.end }),
                   let corrected = Self.number(match[1]) {
                    addVolume(scan, corrected, unit: match[2] ?? unit ?? "km", at: match.start(of: 1))
                }
            } else if none {
                scan.add(expecting, 0, said: "0 km a week", at: 0)
            } else {
                volumeAnywhere(scan)
            }
        case "running.longestRecentRun":
            if let value, unitIs(["k", "km", "mi", "mile", "miles"]) {
                // ("18 km. 17.5, the watch died": a bare figure opening the next sentence puts the first right.)
                let fixed = Self.figurePutRight.firstMatch(in: text).flatMap { Double($0[1] ?? "") }.flatMap { abs($0 - value) <= value * 0.25 ? $0 : nil }
                let said = fixed ?? value
                let km = unit?.hasPrefix("mi") == true ? Self.round1(said * 1.609344) : said
                scan.add(expecting, .number(km), said: "a longest recent run of \(Self.plain(km)) km", at: 0)
            } else if let named = Self.goalDistancePattern.firstMatch(in: text), let distance = Self.distance(number: named[1], unit: named[2], named: named[3] ?? named[4]) {
                scan.add(expecting, .number(Self.round1(distance.km)), said: "a longest recent run of \(Self.said(distance))", at: 0)
            } else if let match = Self.anyDistance.matches(in: text).first(where: { !Self.weeklyAfter.matches(scan.window(after: $0.end, 20)) }),
                      let value = Self.number(match[1]), let unit = match[2] {
                // Asked for the longest run, a distance anywhere in the answer is it ("I did 16 km two weeks ago").
                let km = unit.hasPrefix("mi") ? Self.round1(value * 1.609344) : value
                scan.add(expecting, .number(km), said: "a longest recent run of \(Self.plain(km)) km", at: match.start)
            } else if let match = Self.deviceSaid.firstMatch(in: text), let km = Self.number(match[1]) {
                // ("The loop past the Kakabeka road. My watch said 17 and a bit": the device's figure, in kilometres.)
                scan.add(expecting, .number(km), said: "a longest recent run of \(Self.plain(km)) km", at: match.start)
            }
        case "goals.raceDistance", "goals.goalType":
            if text == "half" || text == "the half" || text == "a half" {
                let distance = Self.namedDistance(km: 21.0975)
                scan.add("goals.raceDistance", .number(distance.km), said: Self.said(distance), at: 0)
                scan.add("goals.raceDistanceLabel", .string(distance.label), said: distance.name, at: 0)
                scan.add("goals.goalType", "race", said: "a race", at: 0)
            } else if let value, unit == nil, expecting == "goals.raceDistance" {
                // "26.2" and "13.1" are the marathon and the half in miles; other bare numbers are km.
                let miles: Set<Double> = [26.2, 13.1, 6.2, 3.1]
                let distance = Self.namedDistance(km: miles.contains(value) ? value * 1.609344 : value)
                scan.add("goals.raceDistance", .number(distance.km), said: Self.said(distance), at: 0)
                scan.add("goals.raceDistanceLabel", .string(distance.label), said: distance.name, at: 0)
            } else if expecting == "goals.goalType" {
                for (pattern, goal, said) in Self.goalWords where pattern.matches(text) {
                    scan.add("goals.goalType", .string(goal), said: said, at: 0)
                }
            }
        case "goals.raceName":
            if !none, affirmed == nil, text.split(separator: " ").count <= 6, !text.contains(where: \.isNumber) {
                let name = scan.original.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
                let cased = name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
                scan.add(expecting, .string(cased), said: "the \(cased)", at: 0)
            }
        case "schedule.blockedDays", "health.pastInjuries", "health.currentPain", "schedule.preferredDays":
            // Asked about injuries or pain, a reply that names none and says all is well is none
            // ("nothing from running, no", "unless you count my pride, no", "all good now").
            // Parts read as hurting now are not past injuries ("none really, but my hip has been niggling").
            let hurtingNow = Set(scan.candidates.filter { $0.path == "health.currentPain" }.flatMap { $0.value.arrayValue ?? [] }.compactMap(\.stringValue))
            // Tightness or stiffness alone is no injury and no pain ("just tight calves after long runs").
            let tightnessOnly = Self.notPainWords.matches(text) && !Self.hurts(text) && !Self.injuryWord.matches(text)
            let partInjuries = tightnessOnly ? []
                : Self.bodyParts.filter { part in
                    // ("My knees are old, but they are not injured": a part said to be sound is no injury.)
                    // ("I don't want to break my ankle on the trails": a worry, not an injury.)
                    part.1.matches(in: text).contains {
                        !Self.partSound.matches(text.utf16Slice($0.end, $0.end + 50)) && !Self.partWorriedFor.matches(text.utf16Slice(max(0, $0.start - 36), $0.start))
                            // ("My mom had a stress fracture in her foot": someone else's.)
                            && !Self.othersPart.matches(text.utf16Slice(max(0, $0.start - 16), $0.start)) && !scan.aboutSomeoneElse(at: $0.start)
                    } && !hurtingNow.contains(part.0)
                }.compactMap { Self.partInjuries[$0.0] }
            let healthClear = expecting.hasPrefix("health.") && (Self.allClear.matches(Self.numberPutRight.replacing(in: text) { _ in " " }) || tightnessOnly)
                && (expecting == "health.currentPain" || partInjuries.isEmpty)
            // "No running ones. Does a toe broken by a pressure cooker count?": an injury named is not none.
            // ("Does a sprained wrist count? Ha. No running injuries.": the last word on it wins.)
            let lastNone = (Self.noInjuries.matches(in: text) + Self.allClear.matches(in: text)).map(\.start).max() ?? -1
            let namedInjury = expecting == "health.pastInjuries"
                && scan.candidates.contains { $0.path == "health.pastInjuries" && !($0.value.arrayValue ?? []).isEmpty && $0.position > lastNone }
            // "only a stubbed toe lol … otherwise nada": with no injury read, "otherwise nothing" is none.
            let noneBesides = expecting == "health.pastInjuries" && Self.noneOtherwise.matches(text) && !scan.has("health.pastInjuries")
                && partInjuries.isEmpty
            // "Nothing. Well — my right heel, a bit, in the mornings. Yeah, put that.": a part named after the "nothing" is
            // taken back hurts now.
            if expecting == "health.currentPain", !scan.has("health.currentPain"), !tightnessOnly,
               let turn = Self.nothingTakenBack.matches(in: text).last, turn.start > lastNone,
               // ("Nothing. Well, my right knee was sore last week, but not now, it passed.": over already.)
               !Self.painTakenBackOver.matches(text.utf16Slice(turn.start, text.utf16Length)) {
                let parts = Self.bodyParts.filter { part in part.1.matches(in: text).contains { $0.start > turn.start } }.map(\.0)
                if !parts.isEmpty {
                    scan.add(expecting, .array(parts.map { .string($0) }), said: Self.sayList(parts), at: text.utf16Length, checkNegation: false)
                    break
                }
            }
            // ("No injuries. Hmm, one: my left ankle, sprained on the beach": a part named after the none, taken back.)
            let partTakenBack = expecting == "health.pastInjuries" && !partInjuries.isEmpty
                && Self.nothingTakenBack.matches(in: text).contains { $0.start > lastNone }
                && Self.bodyParts.contains { part in part.1.matches(in: text).contains { $0.start > lastNone } }
                // ("Nothing from running. I hurt my back in 2022 lifting boxes": a part hurt once, told after the none from running.)
                || expecting == "health.pastInjuries" && !partInjuries.isEmpty && Self.noneFromRunning.matches(text)
                && scan.sentences().contains { sentence, _ in Self.partHurtOnce.matches(sentence) && Self.bodyParts.contains { $0.1.matches(sentence) } }
            if none || affirmed == false || healthClear || noneBesides, !namedInjury, !partTakenBack {
                let said = ["schedule.blockedDays": "no days ruled out", "health.pastInjuries": "no past injuries",
                            "health.currentPain": "nothing hurts right now", "schedule.preferredDays": "no particular days"][expecting] ?? "none"
                if expecting != "schedule.preferredDays" { scan.add(expecting, [], said: said, at: 0, checkNegation: false) }
            } else if expecting == "health.pastInjuries" {
                // "my knee" / "knees" after the injuries question.
                let found = partInjuries
                if !found.isEmpty { scan.add(expecting, .array(found.map { .string($0) }), said: Self.sayList(found.map { $0.replacingOccurrences(of: "_", with: " ") }), at: 0) }
            }
        case "schedule.hasTrackAccess", "schedule.hasHillsAccess", "schedule.hasGymAccess", "health.hasPhysicianClearance",
             "health.tracksMenstrualCycle", "legal.marketingOptIn", "coaching.notificationsEnabled":
            if let affirmed {
                scan.add(expecting, .bool(affirmed), said: affirmed ? "yes" : "no", at: 0)
            }
        case "physical.biologicalSex":
            let table = ["m": "male", "male": "male", "man": "male", "f": "female", "female": "female", "woman": "female",
                         "other": "other", "nonbinary": "other", "non-binary": "other"]
            let word = text.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
            if let sex = table[word] { scan.add(expecting, .string(sex), said: sex, at: 0) }
        case "physical.weightKg", "physical.heightCm", "physical.maxHeartRate", "physical.restingHeartRate":
            if let value {
                var converted = value
                if expecting == "physical.weightKg", unit?.hasPrefix("lb") == true { converted = Self.round1(value * 0.45359237) }
                let suffix = ["physical.weightKg": "kg", "physical.heightCm": "cm"][expecting] ?? "bpm"
                scan.add(expecting, .number(converted), said: "\(Self.plain(converted)) \(suffix)", at: 0)
            }
        case "running.experienceLevel":
            // An option word said, not asked about ("Competitive? Me?"), ruled out ("not really serious") or of the past.
            let said = Self.levelWord.matches(in: text).first {
                !Self.askedAbout(scan, at: $0.start) && !Self.levelNegated.matches(scan.window(before: $0.start, 22)) && !Self.pastThenNow(scan, at: $0.start)
                    && !Self.takenBack(scan, after: $0.end) && !Self.quoted(text, at: $0.start)
            }
            if let level = said?[1] {
                scan.add(expecting, .string(level), said: level, at: 0)
            } else if let months = scan.candidates.last(where: { $0.path == "running.monthsRunning" })?.value.doubleValue
                        ?? Self.spanAnywhere.firstMatch(in: text).flatMap(Self.months(in:)) ?? Self.monthsInWords(text) {
                // "I am running since six years", "a seasoned veteran of all of 3 weeks": the length of a
                // running life says the level.
                // Under a year of running is a beginner, as "running since March" is.
                let level = months < 12 ? "beginner" : "casual"
                scan.add(expecting, .string(level), said: level == "beginner" ? "a beginner" : "a casual runner", at: 0)
            } else if let background = scan.candidates.last(where: { $0.path == "running.runningBackground" })?.value.stringValue,
                      background == "youth_sports" || background == "college" {
                // "I ran the school cross country in 1998 and I've been resting ever since": racing long ago is a
                // comeback; "cross country two seasons for the school" with nothing saying it ended is racing now.
                if Self.longAgoRacing.matches(text) {
                    scan.add(expecting, "returning", said: "returning to running", at: 0)
                } else if ExperienceEvidence.thatIsAll.matches(text) {
                    // ("ran track for my high school 3 seasons. thats about it": the team's seasons, and no more.)
                    scan.add(expecting, "casual", said: "a casual runner", at: 0)
                } else {
                    scan.add(expecting, "serious", said: "a serious runner", at: 0)
                }
            }
        case "running.runningBackground":
            if none || text.contains("never") { scan.add(expecting, "never", said: "no running background", at: 0) }
            else if text.contains("college") || text.contains("university") { scan.add(expecting, "college", said: "ran in college", at: 0) }
            else if text.contains("school") || text.contains("kid") { scan.add(expecting, "youth_sports", said: "sports as a kid", at: 0) }
            else if text.contains("hobby") || text.contains("adult") { scan.add(expecting, "adult_hobby", said: "took up running as an adult", at: 0) }
        case "running.monthsRunning":
            if let value, let unit, unit.hasPrefix("year") || unit.hasPrefix("month") {
                let months = unit.hasPrefix("year") ? Int((value * 12).rounded()) : Int(value.rounded())
                scan.add(expecting, .number(Double(months)), said: Self.sayMonths(months), at: 0)
            }
        case "coaching.coachingVoice":
            let table = ["tough": "tough_love", "encouraging": "encouraging", "analytical": "analytical", "minimalist": "minimalist",
                         "minimal": "minimalist", "data": "analytical"]
            if let (_, voice) = table.first(where: { text.hasPrefix($0.key) }) {
                scan.add(expecting, .string(voice), said: voice.replacingOccurrences(of: "_", with: " "), at: 0)
            }
        default:
            break
        }
    }
}
