import CadenceCore
import Foundation

/// Running: weekly volume, runs per week (or days available), longest recent run, experience,
/// months running and background.
extension FactExtractor {
    static let distanceUnit = #"(k|km|miles?|mi)\b"#
    static let volume = TextPattern(
        #"(?<![\d.:])(\d+(?:\.\d+)?)(?:\s*(?:-|to)\s*(\d+(?:\.\d+)?))?\s*"# + distanceUnit
        + #"\s*(?:total\s+|in total\s+|altogether\s+)?(?:(?:a|per|each|every|/|in a|in 1|in one|in the|for|for a|for the|by|by the)\s*(?:week|wk)\b|weekly\b|pw\b|p/w\b|most weeks\b|(?:over|in|across) [2-7] (?:runs|outings|sessions)\b)"#)
    static let weekThenCallIt = TextPattern(
        #"(?<![\d.:])(\d+(?:\.\d+)?)\s*(k|km|kms|miles?|mi)\s*(?:a|per|/)\s*(?:week|wk)\b[^.;]{0,60}?,\s*(?:call it|let's say|lets say|say|so)\s+(?:about |around |roughly )?(\d+(?:\.\d+)?)\b(?!\s*(?:runs?|times|days?|minutes?|mins?|hours?|years?|x\b|:))"#)
    static let volumeLead = TextPattern(
        #"\b(?:weekly (?:mileage|volume|distance|km)|mileage|volume|km per week|km a week)\s*(?:is|of|:|=|at|around|about|sits at)?\s*(?:is\s+)?(?:about |around |roughly |approximately |~)?(\d+(?:\.\d+)?)\s*(?:(k|km|miles?|mi)\b)?"#)
    static let notRunning = TextPattern(
        #"\b(?:i am not (?:currently |really )?running(?: at all| at the moment| right now| currently)?|i do not (?:currently )?run(?: at all)?(?: at the moment| right now| currently| these days)?|not running at (?:all|the moment)|(?:i have been|have been|been|i am|am) off (?:running )?(?:for|since)|have not (?:been running|run) (?:in|for) (?:years|ages|months|a while|a long time|\d+ (?:years|months)))(?!\s+(?:on|in the|much|far|fast|more|as|at|when|with|before|after|[a-z]*days?|weekends?|mon|tue|wed|thu|fri|sat|sun|mornings?|evenings?|long|every|twice|often))\b"#)

    static let frequency = TextPattern(
        #"(?<![\d.:])(\d+)(?:\s*(?:-|to|or)\s*(\d+))?\s*(?:x|times|runs|days|sessions|days of running|run days)\s*(?:a|per|each|every|/|in a|in the|in 1|by|by the|for|for a|for the|in)\s*(?:week|wk)\b"#)
    static let frequencyLoose = TextPattern(#"(?<![\d.:])(\d)(?:\s*(?:-|to|or)\s*(\d))?\s*(?:(?:short|easy|little|quick|slow|steady|small|gentle|proper) )?(?:x|times|runs|outings|jogs)\b(?!\s*(?:a|per|each|every|/|in a)\s*(?:week|wk|day|month))"#)
    static let volumeLoose = TextPattern(#"(?<![\d.:])(\d+(?:\.\d+)?)(?:\s*(?:-|to)\s*(\d+(?:\.\d+)?))?\s*(k|km|miles?|mi)\s+(?:total|in total|altogether)\b"#)
    static let volumeAfterCount = TextPattern(
        #"\b[1-7]\s*(?:x|times|runs)\s*(?:a|per|in|in a|in the|every|each|by|for)\s*(?:week|wk)\s*,?\s*(?:and\s+|so\s+)?(?:about|around|roughly|approximately|maybe|~)\s*(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)\b(?!\s*(?:each|per run|a run|apiece|a go|long|run\b))"#)
    static let volumeAfterHours = TextPattern(
        #"\b(?:hours?|hrs?) (?:a|per|each) (?:week|wk)\s*,?\s*(?:which |that |so |or )?(?:works out (?:at |to |as )?|comes (?:out )?to |is |means |makes )?(?:about|around|roughly|approximately|maybe|~)?\s*(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)\b(?!\s*(?:each|per run|a run|apiece|a go|long|run\b))"#)
    static let rangeAfterCount = TextPattern(
        #"\b[2-7]\s*(?:x|times|runs)\s*(?:a|per|every)\s*(?:week|wk)\s*,\s*(\d+(?:\.\d+)?)\s*(?:-|to)\s*(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)\b(?!\s*(?:each|per run|a run|apiece|a go|long|run\b))"#)
    static let volumeAimedFor = TextPattern(
        #"(?:\b(?:get(?:ting)?|build(?:ing)?|work(?:ing)?|ramp(?:ing)?|increas(?:e|ing)|bump(?:ing)?|go(?:ing)?|be)\s+(?:it\s+|myself\s+|my mileage\s+|my volume\s+)?(?:back\s+)?(?:up\s+)?to|(?:^|[.!?]\s*)back (?:up )?to|\b(?:aim(?:ing)? for|target(?:ing)?(?: of| is)?|goal(?: of| is)?|reach(?:ing)?|hit(?:ting)?|i'?d like|i would like|i'?d love|i want)|\b(?:like|love|want|hope|hoping|aim|aiming) to be (?:on|at|doing|running)|\bup to(?= about| around| roughly))\s+(?:about |around |roughly |maybe )?$"#)
    static let volumeByWhen = TextPattern(
        #"^\s*(?:(?:eventually|hopefully|ideally|maybe),?\s+)?(?:tak\s+|until\s+)?(?:by|before|come)\s+(?:the\s+)?(?:end of\s+(?:the\s+)?)?(?:summer|spring|autumn|fall|winter|midsummer|midwinter|christmas|easter|new year|next year|race day|the race|year end|(?:dry|wet|rainy|cool|hot) seas(?:o)?n|time (?:the|it|i|we|spring|summer)\b|"#
            + monthPattern + ")")
    static let racesTalk = TextPattern(#"\b(?:\d+|several|many|a few|some) (?:ultras|marathons|races|halfs|halves|100s|hundreds)\b"#)
    static let notRunningAfter = TextPattern(#"^[^.!?]*\b(?:(?:this|that|it|which) is not running|not running though)\b"#)
    static let aspiration = TextPattern(#"\b(?:want|wanna|would like|hope|hoping|aim|aiming|goal|get back to|back to where|build up to|work up to|eventually|dream)\b"#)
    static let runsNoun = TextPattern(#"\b(?:runs|outings|jogs)\b"#)
    static let weekThenCount = TextPattern(#"\b(?:a|per|in a|in 1|each|every) week,\s*(?:about |around |maybe )?$"#)
    static let weekWord = TextPattern(#"\b(?:most weeks|each week|every week|a week|per week|weekly|in a week|in 1 week|usual week|typical week|normal week|by (?:the )?week|for (?:the )?week|in week)\b"#)
    static let usualWeek = TextPattern(
        #"\b(?:(?:on )?(?:a|an|the|my) (?:usual|typical|normal|average|regular|ordinary) week|^per week|(?<=[.!;]\s)per week),?\s*(?:call it|say|it is|it's|i do|i run|i get|is|about|around|roughly)\s*(?:about |around |roughly |maybe )?(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)?\b(?!\s*(?:minutes|hours|runs|times|days))"#)
    static let countCouldWork = TextPattern(#"^\s*(?:maybe |probably |i think |about )?([1-7])\s+(?:could|would|should|might|will|can) (?:work|be (?:fine|ok|okay|possible|doable))\b"#)
    static let groupRunsBefore = TextPattern(#"\b(?:the|my|our) (?:club|group|team|crew|squad|run club|running club|running group)\s+(?:runs|meets|trains|goes out|does)\s*$"#)
    static let mostWeeks = TextPattern(
        #"\b(?:most|usual|normal|ordinary) weeks\s*(?:(?:it is|it's|i do|i run|i get|i manage|are|is|about|around|roughly|more like|just|only|it is more like)\s+)*(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)?\b(?!\s*(?:minutes|hours|runs|times|days))"#)
    static let countOfOutings = TextPattern(#"(?<![\d.:])([1-7])\s+(?:(?:early|short|easy) )?(?:mornings|evenings|nights|lunchtimes|days|sessions|goes|trips)\b"#)
    /// ("Two times round is about 2 kilometres": laps of one run; "three times around the lake" may be the runs.)
    static let lapsAfter = TextPattern(#"^\s+(?:round|around|up and down|back and forth)\s*(?:is|was|makes|are|equals|gives|=|[,.;]|$)"#)
    static let timesOfDayCount = TextPattern(
        #"(?<![\d.:])(?<!\bat )(?<!\bby )(?<!\bbefore )([1-7])\s*(?:early |late |short |quiet )?(?:mornings|evenings|nights|lunchtimes|lunch ?breaks|afternoons|(?<=[2-7] )morning|(?<=[2-7] )evening)\b(?!\s*(?:a month|off|shifts?|of work|at work))(?!\s*(?:a week\s*)?(?:at|in) (?:the |my )?(?:hospital|work|job|office|factory|plant|mine|restaurant|bar|pub|shop|store|station|depot|warehouse|site|ward|club|kitchen|hotel|airport|port|school))(?![^.;!?]{0,16}\b(?:and|plus) (?:a|one|the)\b)"#)
    static let workedTimes = TextPattern(#"\b(?:(?<!before )(?<!after )(?<!from )work|works|working|shifts?|on call|night duty|i do nights)\b"#)
    static let frequencyParts = TextPattern(
        #"(?<![\d.:])([1-6]) times (?:with|on|at|in|alone|by|for|during)\b[^.;]{0,40}?\band (?:then )?([1-6]|once) (?:times? )?(?:with|on|at|in|alone|by|for|during|solo|on my own)\b"#)
    /// "since march", asked about experience: running began that month.
    static let sinceMonthOnly = TextPattern(#"(?:^|[.!;]\s*)\s*(?:only )?since (?:last )?"# + monthPattern + #"\s*(?:[.!;]|$)"#)
    static let countPart = TextPattern(#"\b(?:([1-6]) times|once)\b"#)
    static let openingCount = TextPattern(#"^\s*([1-7])(?:\s*(?:times|x|runs))?(?:,?\s*(?:usually|normally|mostly|typically))?\s*[.,!]"#)
    /// "38, 44 and 41 for the last three weeks, so call it 40": the figure the runner settles on.
    static let callIt = TextPattern(#"\b(?:so )?call it (?:about |around |roughly )?(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)?\b(?!\s*(?:minutes|hours|runs|times|days))"#)
    static let frequencyOver = TextPattern(#"\bover\s+(\d)\s+(?:days|runs|sessions)\b"#)
    static let everyOtherDay = TextPattern(#"\b(?:every (?:other|second|secnd|scnd|2nd|othr) day|alternate days|every 2 days)\b"#)
    /// ("… cleared me to run, and I take aspirin every day": a medicine taken daily, not a run.)
    static let medicineTaken = TextPattern(#"\b(?:take|takes|taking|pills?|tablets?|meds|medication|medicine|dose|inhaler)\b[^,.;!?]*$"#)
    static let everyDay = TextPattern(#"\b(?:every ?day|daily|7 days a week)\b"#)
    static let availableCue = TextPattern(
        #"\b(?:can|could|able|available|have time|free|would like|like to|want|wanted|willing|manage|fit in|plan|planning|hoping|commit|happy to)\b"#)

    static let moreOfAUnit = TextPattern(#"\bmore (km|k|kms|kilomet\w*|miles?|mi)\b"#)
    static let plainFigure = TextPattern(#"(?<![\d.:])(\d+)(?:\s*(?:k|km|kms|miles?|mi)\b)?"#)
    static let figureWanted = TextPattern(#"\b(?:want|wanna|aim for|aiming for|goal)\s+(?:to (?:get to|hit|reach|do) )?(\d+)\s*(?:k|km|kms|miles?|mi)?\s*(?:a|per|/)\s*(?:wk|week)\b"#)
    static let figureNow = TextPattern(#"(?<![\d.:])(\d+)\s*(?:k|km|kms|miles?|mi)?(?:\s*(?:a|per|/)\s*(?:week|wk))?\s+(?:now|right now|currently|at the moment|atm)\b"#)
    static let longestRun = TextPattern(
        #"\b(?:longest(?: recent)?(?: run)?(?: (?:i have|i've|i) (?:done|run|ran|managed|gone))?(?: lately| recently| so far| this year| in a while)?(?:\s+(?:since|in|over)\s+[a-z ]{1,24}?(?=\s+(?:is|was|has been)\b))?|long runs? (?:are|is|of)|long run)\s*(?:is|was|has been|of|are|:|=)?\s*(?:about |around |roughly |approximately |maybe |probably |just over |just under |~)?(?:a\s+)?(?:(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)?\b(?!\s*-?\s*(?:hours?|hrs?|h\b|minutes?|mins?|:))|(half marathon|marathon|parkrun))"#)
    /// ("Three. Well — two, most weeks.": the count most weeks, put right after the first.)
    static let countForNow = TextPattern(#"(?:^|[.!?;]\s+)(?:(?:well|honestly|realistically|really|actually)\s*[,—–-]*\s*)?([1-7]),?\s+(?:these (?:weeks|days)|this (?:month|winter|time of year)|right now|at the moment|lately|currently|for now|most weeks|realistically|in practice|really)\b"#)
    static let countThenParts = TextPattern(#"\b([1-7])\s*(?:times|runs)\s*(?:a|per|each|every|in a)\s*(?:week|wk)\s*(?::|—|–|\s-)\s*"#)
    static let longestWhenThenDistance = TextPattern(
        #"\blongest(?: recent)?(?: run)?(?: lately| recently| so far)?\s*(?:is|was|has been)\s+(?:last|this past|this|on|on the)\s+(?:week(?:end)?|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^.!?;]{0,60}?(?<![\d.:])(?:about |around |roughly |maybe |~)?(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)\b"#)
    /// "My longest lately was a two-hour run, about 19 km": the time, then the distance.
    static let longestTimeThenDistance = TextPattern(
        #"\blongest(?: recent)?(?: run)?(?: lately| recently| so far)?\s*(?:is|was|has been)?\s*(?:a\s+)?\d+(?:\.\d+)?\s*-?\s*(?:hours?|hrs?|h|minutes?|mins?)(?: run| one)?,?\s*(?:about |around |roughly |so |which is |or |that is |approximately |~)*(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)\b"#)

    func extractRunning(_ scan: Scan) {
        defer {
            // "No race, no stopwatch. I just want to be doing 30 mile a week by the summer": asked the goal, a week aimed
            // for is building the base.
            if scan.expecting == "goals.goalType", !scan.has("goals.goalType"), scan.has("goals.targetVolume") {
                scan.add("goals.goalType", "base_building", said: "building your base", at: scan.text.utf16Length, checkNegation: false)
            }
        }
        // Weekly volume.
        for match in Self.volume.matches(in: scan.text) {
            guard let low = Self.number(match[1]), let unit = match[3] else { continue }
            let high = Self.number(match[2]) ?? low
            // "I want to build up, get to about 50k a week by the spring": the week aimed for, not this one.
            // ("base. 40k/wk by summer": a week with a deadline is aimed for too.)
            // ("30k a week before Christmas; lately 22", asked the week now: "before" dates the week gone by.)
            let byWhen = scan.window(after: match.end, 44)
            if Self.volumeAimedFor.matches(scan.window(before: match.start, 40))
                || Self.volumeByWhen.matches(byWhen) && !(scan.expecting == "running.currentVolume" && byWhen.trimmingCharacters(in: .whitespaces).hasPrefix("before")) {
                let km = unit.hasPrefix("mi") ? Self.round1((low + high) / 2 * 1.609344) : (low + high) / 2
                scan.add("goals.targetVolume", .number(km), said: "aiming for \(Self.plain(km)) km a week", at: match.start)
                continue
            }
            addVolume(scan, (low + high) / 2, unit: unit, at: match.start)
        }
        // ("about 25 km a week offshore and 35 at home, call it 30": the figure the runner settles on for the week.)
        if let match = Self.weekThenCallIt.firstMatch(in: scan.text),
           let value = Self.number(match[3]), let said = Self.number(match[1]), value >= said * 0.5, value <= said * 2 {
            addVolume(scan, value, unit: match[2] ?? "km", at: max((scan.latest("running.currentVolume")?.position ?? -1) + 1, match.start(of: 3)))
        }
        // ("from a heroic 15 km a week to 30 by March": the week now, and the week aimed for after "to".)
        if scan.expecting == "goals.goalType" || scan.expecting == nil, !scan.has("goals.targetVolume"),
           let match = Self.fromWeekToWeek.firstMatch(in: scan.text), let now = Self.number(match[1]), let aim = Self.number(match[3]),
           aim > now, aim <= 300 {
            let unit = match[2] ?? "km"
            let km = unit.hasPrefix("mi") ? Self.round1(aim * 1.609344) : aim
            scan.add("goals.targetVolume", .number(km), said: "aiming for \(Self.plain(km)) km a week", at: match.start(of: 3))
        }
        // "more km. 50 a week by june": asked the goal, a week with a deadline and the unit said beside it.
        if scan.expecting == "goals.goalType" || scan.expecting == nil, !scan.has("goals.targetVolume"),
           let match = Self.unitlessWeekly.firstMatch(in: scan.text), Self.volumeByWhen.matches(scan.window(after: match.end, 44)),
           let value = Self.number(match[1]), (5...300).contains(value), let unit = Self.unitWord.firstMatch(in: scan.text)?.text {
            let km = unit.hasPrefix("mi") ? Self.round1(value * 1.609344) : value
            scan.add("goals.targetVolume", .number(km), said: "aiming for \(Self.plain(km)) km a week", at: match.start)
        }
        // "I'm doing about 12 miles a week and I want to be up to 25 by May": a bare figure aimed for, with a deadline,
        // in the unit of the week said beside it.
        if scan.expecting == "goals.goalType" || scan.expecting == nil, !scan.has("goals.targetVolume"),
           let match = Self.plainFigure.matches(in: scan.text).first(where: {
               Self.volumeAimedFor.matches(scan.window(before: $0.start, 40)) && Self.volumeByWhen.matches(scan.text.utf16Slice($0.end, $0.end + 44))
           }), let value = Self.number(match[1]), (5...300).contains(value), let unit = Self.unitWord.firstMatch(in: scan.text)?.text {
            let km = unit.hasPrefix("mi") ? Self.round1(value * 1.609344) : value
            scan.add("goals.targetVolume", .number(km), said: "aiming for \(Self.plain(km)) km a week", at: match.start)
        }
        // The time run at a pace, as distance: "40 minutes at about 7 minutes per km, four times a week", "four times a week,
        // usually for about fifty minutes, at roughly six minutes a kilometre", "about three hours a week, mostly easy at
        // around 6 minutes per kilometre".
        // (A pace from 3 to 15 minutes a unit, runs up to 4 hours, a week up to 20 hours.)
        func addTimeAtPace(minutes: Double, runs: Double, pace match: TextMatch, _ minutesGroup: Int, at position: Int) {
            guard let paceMinutes = Self.number(match[minutesGroup]) else { return }
            let pace = paceMinutes + (Self.number(match[minutesGroup + 1]) ?? 0) / 60
            guard pace >= 3, pace <= 15 else { return }
            addVolume(scan, Self.round1(minutes / pace * runs), unit: match[minutesGroup + 2]?.hasPrefix("mi") == true ? "miles" : "km", at: position)
        }
        if !scan.has("running.currentVolume"), let match = Self.durationAtPaceTimes.firstMatch(in: scan.text),
           let minutes = Self.number(match[1]), minutes <= 240, let runs = Self.number(match[5]) {
            addTimeAtPace(minutes: minutes, runs: runs, pace: match, 2, at: match.start)
        }
        if !scan.has("running.currentVolume"), let match = Self.timesThenDurationAtPace.firstMatch(in: scan.text),
           let runs = Self.number(match[1]), let minutes = Self.number(match[2]), minutes <= 240 {
            addTimeAtPace(minutes: minutes, runs: runs, pace: match, 3, at: match.start)
        }
        if !scan.has("running.currentVolume"), let match = Self.weekHoursAtPace.firstMatch(in: scan.text), let hours = Self.number(match[1]), hours <= 20 {
            addTimeAtPace(minutes: hours * 60, runs: 1, pace: match, 2, at: match.start)
        }
        if !scan.has("running.currentVolume"), scan.expecting == "running.currentVolume",
           let week = WeekFigures.minutesAtPace(scan.text) ?? WeekFigures.weekTimeAtPace(scan.text) {
            addVolume(scan, week.value, unit: week.miles ? "miles" : "km", at: 0)
        }
        // ("mileage. 25k now, want 40 by winter": asked the goal, building mileage, the figure said for now is the week's.)
        if scan.expecting == "goals.goalType", !scan.has("running.currentVolume"), Self.baseCue.matches(scan.text) || Self.mileageWord.matches(scan.text),
           let match = Self.figureNow.firstMatch(in: scan.text) ?? Self.nowFigure.firstMatch(in: scan.text), let value = Self.number(match[1]) {
            addVolume(scan, value, unit: Self.unitAfterFigure.firstMatch(in: scan.text)?[1] ?? "km", at: match.start)
        }
        // ("build mileage. 20k a wk now, want 35": asked the goal, a bare figure wanted after the week now.)
        if scan.expecting == "goals.goalType", !scan.has("goals.targetVolume"), scan.has("running.currentVolume"),
           let match = Self.bareFigureWanted.firstMatch(in: scan.text), let value = Self.number(match[1]), (5...300).contains(value),
           let unit = Self.unitWord.firstMatch(in: scan.text)?.text ?? Self.unitAfterFigure.firstMatch(in: scan.text)?[1] {
            let km = unit.hasPrefix("mi") ? Self.round1(value * 1.609344) : value
            scan.add("goals.targetVolume", .number(km), said: "aiming for \(Self.plain(km)) km a week", at: match.start)
        }
        // "more km. 15 now, 30 by may": asked the goal, the week now and the week aimed for, in the unit the goal names.
        if scan.expecting == "goals.goalType" || scan.expecting == nil, let unit = Self.moreOfAUnit.firstMatch(in: scan.text)?[1] {
            let miles = unit.hasPrefix("mi")
            // ("Can I get to 30 a week by the summer": "a week" may come between the figure and when.)
            let byWhen = Self.plainFigure.matches(in: scan.text).first {
                Self.volumeByWhen.matches(Self.aWeekFirst.replacing(in: scan.text.utf16Slice($0.end, $0.end + 54)) { _ in "" })
            }
            if !scan.has("goals.targetVolume"), let match = byWhen ?? Self.figureWanted.firstMatch(in: scan.text),
               let value = Self.number(match[1]), (5...300).contains(value) {
                let km = miles ? Self.round1(value * 1.609344) : value
                scan.add("goals.targetVolume", .number(km), said: "aiming for \(Self.plain(km)) km a week", at: match.start)
            }
            if !scan.has("running.currentVolume"), let match = Self.figureNow.firstMatch(in: scan.text), let value = Self.number(match[1]), (1...300).contains(value) {
                addVolume(scan, value, unit: miles ? "miles" : "km", at: match.start)
            }
        }
        // ("In a month I run about 80 km, the app says": a month's running, said in passing, is the week worked out.)
        for match in Self.volumeLoose.matches(in: scan.text) where Self.weekWord.matches(scan.clause(around: match.start).text) || Self.monthSaid(scan, at: match.start) {
            guard let low = Self.number(match[1]), let unit = match[3] else { continue }
            addVolume(scan, (low + (Self.number(match[2]) ?? low)) / 2, unit: unit, at: match.start)
        }
        // "When it's blowing I can do 70. On a usual week, call it 50 kilometres": the usual week's figure wins.
        // ("Well, 50 in a good week; most weeks 42.": most weeks are the usual one.)
        for match in Self.usualWeek.matches(in: scan.text) + Self.mostWeeks.matches(in: scan.text) {
            guard let value = Self.number(match[1]), match[2] != nil || scan.expecting == "running.currentVolume" else { continue }
            addVolume(scan, value, unit: match[2] ?? Self.unitSaidBefore(scan), at: match.start)
        }
        // "I run 3 times in one week, every time 6 or 7 kilometers": the runs times each run's distance.
        if let match = Self.countThenEachRun.firstMatch(in: scan.text), let runs = Self.number(match[1]), let low = Self.number(match[2]), let unit = match[4] {
            let each = Self.number(match[3]).map { ($0 + low) / 2 } ?? low
            addVolume(scan, runs * each, unit: unit, at: match.end)
        }
        // "5k every other day" is about 17.5 km a week; "8k twice a week" is 16.
        for match in Self.perRunHabit.matches(in: scan.text) where !scan.has("running.currentVolume") {
            guard let distance = Self.number(match[1]), let unit = match[2], let habit = match[3] else { continue }
            let runs = habit.contains("other") || habit.contains("second") || habit.contains("2nd") || habit.contains("alternate") ? 3.5
                : habit.contains("every") || habit.contains("daily") ? 7 : Self.number(match[4]) ?? 0
            guard runs > 0 else { continue }
            addVolume(scan, Self.round1(distance * runs), unit: unit, at: match.start)
        }
        // ("3 miles a time, 3 times a week" is 9 miles, over the 3 read alone: said later, so it wins.)
        // ("About 30 km in one week. Four times I run, so 7 or 8 km each time": the week said first, worked out again.)
        func workedOut(_ total: Double, unit: String, before position: Int) -> Bool {
            guard let stated = scan.candidates.last(where: { $0.path == "running.currentVolume" && $0.position < position })?.value.doubleValue,
                  stated > 0 else { return false }
            let km = unit.hasPrefix("mi") ? total * 1.609344 : total
            return abs(km - stated) <= 0.25 * stated
        }
        for match in Self.runsOfEach.matches(in: scan.text) {
            guard let runs = Self.number(match[1] ?? match[6]), let distance = Self.number(match[2] ?? match[4]),
                  let unit = match[3] ?? match[5], !workedOut(distance * runs, unit: unit, before: match.start) else { continue }
            addVolume(scan, Self.round1(distance * runs), unit: unit, at: match.end - 1)
        }
        for match in Self.runsThenEach.matches(in: scan.text) {
            guard let runs = Self.number(match[1]), let low = Self.number(match[2]), let unit = match[4] else { continue }
            let each = Self.number(match[3]).map { ($0 + low) / 2 } ?? low
            if workedOut(each * runs, unit: unit, before: match.start) { continue }
            addVolume(scan, Self.round1(each * runs), unit: unit, at: match.end - 1)
        }
        if scan.expecting == "running.currentVolume", let match = Self.callIt.matches(in: scan.text).last, let value = Self.number(match[1]) {
            // ("A tenner of miles midweek … Call it twenty-two": in the unit the answer is in.)
            addVolume(scan, value, unit: match[2] ?? (Self.mentionsMilesBefore(scan, match.start) ? "miles" : Self.unitSaidBefore(scan)), at: scan.text.utf16Length)
        }
        // "three little runs of about 5k" is 15 km a week.
        // Only as the week's running: "I've done a couple of runs of about 3k" is no week.
        for match in Self.runsOf.matches(in: scan.text) where !scan.has("running.currentVolume")
            && (scan.expecting == "running.currentVolume" || Self.weekWord.matches(scan.sentence(around: match.start).text))
            && !Self.doneBefore.matches(scan.window(before: match.start, 16)) {
            guard let runs = Self.number(match[1]), let distance = Self.number(match[2]), let unit = match[3] else { continue }
            addVolume(scan, Self.round1(distance * runs), unit: unit, at: match.start)
        }
        // "30k a week. Well, that was before Christmas; realistically 22 right now": the figure for now wins.
        if let earlier = scan.candidates.last(where: { $0.path == "running.currentVolume" }),
           // ("longest run lately 18 km" is one run, not the week.)
           let match = Self.volumeNow.matches(in: scan.text).last(where: { $0.start > earlier.position && !Self.longestJustBefore.matches(scan.window(before: $0.start, 24)) }),
           // ("More like 15 on the weeks I'm stacked with nights": the figure for some weeks, not the usual one.)
           !WeekFigures.someWeeksAfter.matches(scan.text.utf16Slice(match.end, min(scan.text.utf16Length, match.end + 24))),
           !Replies.conditionalSentence.matches(scan.text.utf16Slice(Self.sentenceStart(in: scan.text, before: match.start), match.start)),
           let value = Self.number(match[1]) {
            let unit = match[2] ?? Self.unitSaidBefore(scan)
            addVolume(scan, value, unit: unit, at: match.start)
        }
        // "I run 4 times in week, about 32 km": the distance right after the runs a week is the week's.
        for match in Self.volumeAfterCount.matches(in: scan.text) where !scan.has("running.currentVolume") {
            guard let value = Self.number(match[1]), let unit = match[2] else { continue }
            addVolume(scan, value, unit: unit, at: match.start(of: 1))
        }
        // ("about four hours a week, which works out around 35 km": the week's time, then its distance.)
        for match in Self.volumeAfterHours.matches(in: scan.text) where !scan.has("running.currentVolume") {
            guard let value = Self.number(match[1]), let unit = match[2] else { continue }
            addVolume(scan, value, unit: unit, at: match.start(of: 1))
        }
        // ("Right now I run five times a week, 45 to 50 km": a range after the count, too big for one run, is the week's.)
        for match in Self.rangeAfterCount.matches(in: scan.text) where !scan.has("running.currentVolume") {
            guard let low = Self.number(match[1]), let high = Self.number(match[2]), high > low, let unit = match[3],
                  low * (unit.hasPrefix("mi") ? 1.609344 : 1) >= 15 else { continue }
            addVolume(scan, (low + high) / 2, unit: unit, at: match.start(of: 1))
        }
        for match in Self.volumeLead.matches(in: scan.text) where !scan.has("running.currentVolume") {
            guard let value = Self.number(match[1]) else { continue }
            addVolume(scan, value, unit: match[2] ?? "km", at: match.start(of: 1))
        }
        // ("On shift days I don't run at all" is about those days, not the week.)
        if let match = Self.notRunning.firstMatch(in: scan.text), !Self.onSomeDays.matches(scan.sentenceBefore(match.start)) {
            scan.add("running.currentVolume", 0, said: "not running at the moment (0 km a week)", at: match.start)
            scan.add("running.currentFrequency", 0, said: "no runs a week at the moment", at: match.start)
        }

        // Runs per week, or days available.
        for match in Self.frequency.matches(in: scan.text) {
            guard let count = Int(match[1] ?? "") else { continue }
            addFrequency(scan, count, at: match.start, said: match.text)
        }
        if scan.expecting == "running.currentFrequency", let match = Self.everyOtherDay.firstMatch(in: scan.text) {
            scan.add("running.currentFrequency", 3, said: "3 or 4 runs a week (every other day)", at: match.start)
        }
        if scan.expecting == "schedule.availableDays", let match = Self.everyOtherDay.firstMatch(in: scan.text) {
            scan.add("schedule.availableDays", 3, said: "3 or 4 days a week available (every other day)", at: match.start)
        }
        for match in Self.frequencyLoose.matches(in: scan.text)
        // ("15 km in a week, three times": the week said in the clause just before.)
        where Self.weekWord.matches(scan.clause(around: match.start).text) || scan.expecting == "running.currentFrequency"
            || Self.weekThenCount.matches(scan.window(before: match.start, 20))
            || scan.expecting == "running.currentVolume" {
            guard let count = Int(match[1] ?? "") else { continue }
            // "twice, three times if I'm lucky": the hedged count is not the usual one.
            if scan.has("running.currentFrequency"), Self.hedgedCount.matches(scan.window(after: match.end, 24))
                || Self.hedgeBefore.matches(scan.window(before: match.start, 16)) { continue }
            // "parkrun on Saturdays, that's 5k, and a couple of little runs with my neighbour", asked how far: one part
            // of a week listed run by run, not the count of runs (the count comes from the whole, `WeekFigures`).
            if scan.expecting == "running.currentVolume", Self.listItemBefore.matches(scan.window(before: match.start, 12)) { continue }
            // "I've done Amsterdam twice and Rotterdam once": races run, not runs a week.
            if Self.racesDoneBefore.matches(scan.window(before: match.start, 30)) { continue }
            // "this week I did the Griffith Park loop twice": laps of a route, not runs a week.
            if Self.lapsBefore.matches(scan.window(before: match.start, 16)) { continue }
            // ("Two times round is about 2 kilometres": laps; "three runs around 5k" are runs.)
            if match.text.hasSuffix("times") || match.text.hasSuffix("x"), Self.lapsAfter.matches(scan.window(after: match.end, 16)) { continue }
            addFrequency(scan, count, at: match.start, said: match.text)
        }
        // "I run about 3 km, three mornings a week": asked the week, runs counted by the time of day they are run at.
        // ("I work three nights a week" is no run.)
        if scan.expecting == "running.currentVolume" || scan.expecting == "running.currentFrequency", !scan.has("running.currentFrequency"),
           let match = Self.timesOfDayCount.firstMatch(in: scan.text), let count = Int(match[1] ?? ""),
           !Self.workedTimes.matches(scan.clauseBefore(match.start)) {
            addFrequency(scan, count, at: match.start, said: match.text)
        }
        // "Three times. Twice with the ladies and once by myself": the parts add up to the runs.
        if let match = Self.frequencyParts.firstMatch(in: scan.text), let first = Int(match[1] ?? ""), let second = match[2] == "once" ? 1 : Int(match[2] ?? ""),
           scan.expecting == "running.currentFrequency" || Self.weekWord.matches(scan.sentence(around: match.start).text) {
            scan.add("running.currentFrequency", .number(Double(first + second)), said: "\(first + second) runs a week", at: match.end)
        }
        // "Four times, usually. Twice before the lifts open, and twice on my days off": the count that opens the
        // answer is the runs a week; the smaller counts after it are its parts.
        if scan.expecting == "running.currentFrequency", let open = Self.openingCount.firstMatch(in: scan.text), let count = Int(open[1] ?? ""),
           case let parts = Self.countPart.matches(in: scan.text.utf16Slice(open.end, scan.text.utf16Length)),
           parts.count >= 2, parts.reduce(0, { $0 + (Int($1[1] ?? "") ?? 1) }) == count {
            scan.add("running.currentFrequency", .number(Double(count)), said: "\(count) runs a week", at: scan.text.utf16Length)
        }
        // "Three mornings.", asked how often: a count of runs by the part of the day they take.
        if scan.expecting == "running.currentFrequency", !scan.has("running.currentFrequency"),
           let match = Self.countOfOutings.matches(in: scan.text).first(where: { !Self.neverBefore.matches(scan.window(before: $0.start, 12)) }),
           let count = Int(match[1] ?? "") {
            scan.add("running.currentFrequency", .number(Double(count)), said: "\(count) runs a week", at: match.start)
        }
        // "Runs: 4 a week onshore.": a label and its count, inside a message that tells everything.
        if !scan.has("running.currentFrequency"), let match = Self.runsLabel.firstMatch(in: scan.text), let count = Int(match[1] ?? ""), (1...14).contains(count) {
            scan.add("running.currentFrequency", .number(Double(count)), said: Self.sayRuns(count), at: match.start(of: 1))
        }
        for match in Self.frequencyOver.matches(in: scan.text) where !scan.has("running.currentFrequency") {
            guard let count = Int(match[1] ?? ""), scan.clause(around: match.start).text.contains("week") else { continue }
            scan.add("running.currentFrequency", .number(Double(count)), said: "\(count) runs a week", at: match.start)
        }
        for match in Self.everyDay.matches(in: scan.text) {
            // ("… over four runs (I also cycle 12 km to the mill every day)": a bracket opens a clause of its own.)
            let clause = scan.clauseBefore(match.start)
            let before = clause.components(separatedBy: "(").last ?? clause
            if Self.availableCue.matches(before) {
                scan.add("schedule.availableDays", 7, said: "7 days a week available", at: match.start)
            } else if Self.runningVerb.matches(before), !before.contains("walk"), !Self.medicineTaken.matches(before) {
                scan.add("running.currentFrequency", 7, said: "7 runs a week", at: match.start)
            }
        }
        // ("I run four times a week: three runs of around 40 minutes in the week and a longer one on Sunday": the count,
        // then its parts after the colon.)
        if let match = Self.countThenParts.firstMatch(in: scan.text), let count = Self.number(match[1]),
           scan.candidates.contains(where: { $0.path == "running.currentFrequency" && $0.position >= match.end }),
           scan.candidates.contains(where: { $0.path == "running.currentFrequency" && $0.value.doubleValue == count && $0.position < match.end }) {
            scan.drop(["running.currentFrequency"])
            scan.add("running.currentFrequency", .number(count), said: Self.sayRuns(Int(count)), at: match.start, checkNegation: false)
        }

        // Longest recent run.
        if let match = Self.longestTimeThenDistance.firstMatch(in: scan.text), let value = Self.number(match[1]), let unit = match[2] {
            let km = unit.hasPrefix("mi") ? Self.round1(value * 1.609344) : value
            scan.add("running.longestRecentRun", .number(km), said: "a longest recent run of \(Self.plain(km)) km", at: match.start(of: 1))
        }
        // ("My longest run lately was last Sunday: two hours on my feet, about 17 km": when it was, then its distance.)
        if !scan.has("running.longestRecentRun"), let match = Self.longestWhenThenDistance.firstMatch(in: scan.text),
           let value = Self.number(match[1]), let unit = match[2] {
            let km = unit.hasPrefix("mi") ? Self.round1(value * 1.609344) : value
            scan.add("running.longestRecentRun", .number(km), said: "a longest recent run of \(Self.plain(km)) km", at: match.start(of: 1))
        }
        for match in Self.longestRun.matches(in: scan.text) {
            // "Eight ultras, the longest was 100 km", said of experience: the longest race ever, not a recent run.
            if scan.expecting != "running.longestRecentRun", !match.text.contains("recent"), Self.racesTalk.matches(scan.sentence(around: match.start).text)
                || Self.racesTalk.matches(scan.sentenceBefore(match.start)) { continue }
            if let named = match[3], let distance = Self.distance(number: nil, unit: nil, named: named) {
                scan.add("running.longestRecentRun", .number(Self.round1(distance.km)), said: "a longest recent run of \(Self.said(distance))", at: match.start)
            } else if let value = Self.number(match[1]) {
                let unit = match[2] ?? "km"
                if match[2] == nil, !match.text.hasPrefix("longest") { continue }
                let km = unit.hasPrefix("mi") ? Self.round1(value * 1.609344) : value
                scan.add("running.longestRecentRun", .number(km), said: "a longest recent run of \(Self.plain(km)) km", at: match.start(of: 1))
            }
        }

        extractExperience(scan)
    }

    static let longestJustBefore = TextPattern(#"\b(?:longest|long run|long runs|furthest|farthest)\b[^.;,]*$"#)
    static let volumeNow = TextPattern(
        #"\b(?:(?<=^|[.!?] )now(?:,\s*[a-z ]{1,24},)?\s*(?:it is|i do|i run|i am at|im at)?|realistically|(?<!was |were )more like|these days|nowadays|right now|at the moment|currently|lately|(?:on )?average|averages?(?: out)?(?: at| to)?)\s*,?\s*(?:about |around |maybe |more like )?(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)?\b(?!\s*(?:minutes?|mins?|hours?|hrs?|runs?|times|days?|years?|%))"#)
    static let hedgedCount = TextPattern(#"^\s*(?:if\b|when\b|unless\b|on a (?:good|great|heroic|big|decent) week|when i can|at (?:the )?most|max|tops|at a push|occasionally|sometimes|if the weather)"#)
    static let hedgeBefore = TextPattern(#"\b(?:sometimes|occasionally|up to|at most|rarely|maybe|or)\s*$"#)

    /// "3 runs, about 8k each", "8k each time, 3 times": the runs times the distance of each.
    static let runsOfEach = TextPattern(
        #"(?<![\d.:])([1-7])\s*(?:runs|times|outings|sessions)\b[^.;]{0,30}?(?<![\d.:])(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)\s+(?:each|per run|a run|apiece|a go|each time|every time|a time|at a time|per time|per outing)\b|(?<![\d.:])(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)\s+(?:each|per run|a run|apiece|a go|each time|every time|a time|at a time|per time|per outing)\b(?!\s*(?:week|wk|month)\b)[^.;]{0,30}?(?<![\d.:])([1-7])\s*(?:runs|times|outings|sessions)\b"#)

    /// "four times in the week, every time like 7, 8 km": the runs, then the distance of each (a range is its middle).
    static let runsThenEach = TextPattern(
        #"(?<![\d.:])([1-7])\s*(?:runs|times|outings|sessions)\b[^.;]{0,30}?\b(?:every time|each time|each|every run|each run)\s+(?:like |about |around |roughly |maybe )?(\d+(?:\.\d+)?)(?:\s*(?:,|-|to|or)\s*(\d+(?:\.\d+)?))?\s*(k|km|miles?|mi)\b"#)

    /// The unit of the weekly distance read earlier in the message, for a figure said without one.
    static func unitSaidBefore(_ scan: Scan) -> String {
        scan.candidates.last { $0.path == "running.currentVolume" }.map { $0.said.contains("miles") ? "miles" : "km" } ?? "km"
    }
    static let runsOf = TextPattern(
        #"(?<![\d.:])([1-7])\s*(?:(?:short|easy|little|quick|small|gentle|steady) )?(?:runs|outings|jogs|times)(?: (?:a|per|each) week)? of (?:about |around |roughly |maybe |~)?(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)\b"#)
    static let runningVerb = TextPattern(#"\b(?:run|running|jog|jogging|(?<!the )train|training|go out)\b"#)
    static let currentCue = TextPattern(#"\b(?:i|usually|currently|normally|typically|generally|right now|at the moment|mostly|do|run|running)\b"#)

    static let countThenEachRun = TextPattern(
        #"\b([1-7])\s*(?:times|runs|x)\s*(?:a|per|in a|in one|in 1|in the|each|every)\s*week\b[,;]?\s*(?:and\s+)?(?:every|each) (?:time|run|one)\s*(?:is\s+)?(?:about |around |roughly |maybe )?(\d+(?:\.\d+)?)(?:\s*(?:or|-|to)\s*(\d+(?:\.\d+)?))?\s*(k|km|miles?|mi)\b"#)
    static let perRunHabit = TextPattern(
        #"(?<![\d.:])(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)\b(?:\s+runs?)?\s+((?:every other|every second|every 2nd|on alternate|alternate) days?|every ?day|daily|(\d) times (?:a|per|each|every) week)"#)
    static let unitlessWeekly = TextPattern(#"(?<![\d.:])(\d+(?:\.\d+)?)\s*(?:a|per|each|every|/|for|in a)\s*(?:week|wk)\b"#)
    static let aWeekFirst = TextPattern(#"^\s*(?:a|per|/)\s*(?:week|wk)\b"#)
    static let unitAfterFigure = TextPattern(#"\d\s*(km|k|miles?|mi)\b"#)
    /// ("Now is around 20, I want to come to 40": the figure for now, said after "now".)
    static let nowFigure = TextPattern(#"\bnow (?:is |it is |i do |i run |i am at |im at |i'm at )?(?:about |around |maybe |roughly |like )?(\d+(?:\.\d+)?)\s*(?:k|km|kms|miles?|mi)?\b(?!\s*(?:minutes?|mins?|hours?|runs?|times|days?|years?|%|:|\.\d))"#)
    static let mileageWord = TextPattern(#"\b(?:mileage|milage|volume|more (?:k|km|kms|kilometers|kilometres|miles))\b"#)
    static let bareFigureWanted = TextPattern(#"\b(?:want|wanna|aiming for|aim for|goal is|target is|hoping for)\s+(?:to get to |to hit |to reach |to do )?(\d+)\s*(?:k|km|kms|miles?|mi)?\s*(?:(?:by|before|in|for) (?:the )?[a-z]+\s*)?(?:[.,;!]|$)"#)
    static let countTimesDistance = TextPattern(#"(?<![\d.:])([2-7])\s*x\s*(\d+(?:\.\d+)?)\s*(?:k|km|miles?|mi)?\b(?!\s*(?:minutes?|mins?|hours?|reps?|m\b))"#)
    static let timesThenDurationAtPace = TextPattern(
        #"(?<![\d.:])([1-7])\s*(?:times|runs|x|days)\s*(?:a|per|each|every|in a)\s*(?:week|wk)\b[^.;?]{0,30}?(?<![\d.:])(\d{2,3})\s*(?:minutes?|mins?)\b[^.;?]{0,40}?\b(\d{1,2})(?::(\d\d))?\s*(?:minutes?\s*|mins?\s*)?(?:per|a|/|each)\s*(km|k|kilomet(?:re|er)|mile|mi)\b"#)
    static let weekHoursAtPace = TextPattern(
        #"(?<![\d.:])(\d{1,2}(?:\.\d)?)\s*(?:hours?|hrs?|h)\s*(?:a|per|each|every|in a)\s*(?:week|wk)\b[^.;?]{0,30}?\bat (?:about |around |roughly |maybe |an? (?:easy )?)?(\d{1,2})(?::(\d\d))?\s*(?:minutes?\s*|mins?\s*)?(?:per|a|/|each)\s*(km|k|kilomet(?:re|er)|mile|mi)\b"#)
    static let durationAtPaceTimes = TextPattern(
        #"(?<![\d.:])(\d{2,3})\s*(?:minutes?|mins?)\b[^.;?]{0,20}?\bat (?:about |around |roughly |maybe )?(\d{1,2})(?::(\d\d))?\s*(?:minutes?\s*|mins?\s*)?(?:per|a|/|each)\s*(km|k|kilomet(?:re|er)|mile|mi)\b[^.;?]{0,12}?\b([1-7])\s*(?:times|runs|x|days)\s*(?:a|per|each|every|in a)\s*(?:week|wk)\b"#)
    static let unitWord = TextPattern(#"\b(?:km|k|miles?|mi)\b"#)

    /// Asked for the weekly distance, the answer names it anywhere: "Without warm-ups, about 30 km";
    /// "About 20 a week. Miles, sorry, not kilometres" (the unit said without "not" is the one meant).
    func volumeAnywhere(_ scan: Scan) {
        if scan.opensWithCorrection { return }
        let units = Self.unitWord.matches(in: scan.text).filter { !scan.text.utf16Slice(max(0, $0.start - 4), $0.start).contains("not") }
        // "My husband does 50 km a week, I do about 20k": the first distance that is the runner's.
        if let match = Self.unitlessWeekly.matches(in: scan.text).first(where: { !scan.aboutSomeoneElse(at: $0.start) }),
           let value = Self.number(match[1]) {
            addVolume(scan, value, unit: units.last?.text ?? "km", at: match.start)
        } else if let match = Self.anyDistance.matches(in: scan.text).first(where: {
                      !Self.pastRun.matches(scan.clauseBefore($0.start)) && !scan.aboutSomeoneElse(at: $0.start)
                  }),
                  let value = Self.number(match[1]), let unit = match[2] {
            addVolume(scan, value, unit: unit, at: match.start)
        } else if let match = Self.runnersFigure.matches(in: scan.text).first(where: { !scan.aboutSomeoneElse(at: $0.start(of: 1)) }),
                  let value = Self.number(match[1]) {
            // "My husband does about 50k a week, but me, I'd say I'm at about 20": the runner's own figure.
            addVolume(scan, value, unit: units.last?.text ?? "km", at: match.start(of: 1))
        }
    }
    /// "Thirty miles a week, if you count walking to the fridge. Running? Twenty.": a figure that counts something
    /// else gives way to the bare figure said after it, in the same unit. (After every other reading of the volume.)
    func settleVolume(_ scan: Scan) {
        // "Total with the walking maybe 10 km in the week, but the actual running part is maybe 4": the running alone.
        if scan.expecting == "running.currentVolume", let match = Self.runningPart.matches(in: scan.text).last, var value = Self.number(match[1] ?? match[3] ?? match[5]) {
            let unit = match[2] ?? match[4] ?? match[6] ?? (Self.mentionsMilesBefore(scan, match.start) ? "miles" : "km")
            // ("My Strava says 94 km for November. … Running only, about 80.": the running's share of the month.)
            if Self.anyFigure.matches(in: scan.text).contains(where: { Self.monthSaid(scan, at: $0.start) }),
               !Self.weekWord.matches(scan.text.utf16Slice(match.start, scan.text.utf16Length)) {
                value = Self.round1(value * WeekFigures.weekPerMonth)
            }
            scan.overrule("running.currentVolume", .number(unit.hasPrefix("mi") ? Self.round1(value * 1.609344) : value),
                          said: "\(Self.plain(value)) \(unit.hasPrefix("mi") ? "miles" : "km") a week", after: scan.latest("running.currentVolume"))
            return
        }
        // ("Twenty miles a week. No, that's with the walking. Fifteen of running.": the running's share, in the unit said.)
        if scan.expecting == "running.currentVolume", let match = Self.ofRunning.matches(in: scan.text).last, let value = Self.number(match[1]),
           scan.candidates.contains(where: { $0.path == "running.currentVolume" && $0.position < match.start }) {
            let unit = match[2] ?? Self.unitSaidBefore(scan)
            scan.overrule("running.currentVolume", .number(unit.hasPrefix("mi") ? Self.round1(value * 1.609344) : value),
                          said: "\(Self.plain(value)) \(unit.hasPrefix("mi") ? "miles" : "km") a week", after: scan.latest("running.currentVolume"), at: match.start)
            return
        }
        // ("30 is with the walking to the metro. running only, 22": a figure without its unit counts as said, too.)
        if scan.expecting == "running.currentVolume",
           let earlier = scan.candidates.last(where: { $0.path == "running.currentVolume" })?.position ?? Self.anyFigure.firstMatch(in: scan.text)?.start,
           // ("I'm counting the bike to the faculty, 8 km a day. Running alone, 22": what is counted can come first, too.)
           Self.countingOther.matches(scan.text.utf16Slice(max(0, earlier - 48), min(scan.text.utf16Length, earlier + 64))),
           let match = Self.trailingBareFigure.firstMatch(in: scan.text), match.start > earlier, let value = Self.number(match[1]) {
            addVolume(scan, value, unit: Self.unitSaidBefore(scan), at: match.start(of: 1))
            return
        }
        // ("About 30 km a week. Eh, less. 25.": a figure said last after "less" or "more" puts the first right.)
        if scan.expecting == "running.currentVolume", let earlier = scan.candidates.last(where: { $0.path == "running.currentVolume" }),
           let known = earlier.value.doubleValue, let match = Self.trailingBareFigure.firstMatch(in: scan.text), match.start > earlier.position,
           Self.lessOrMore.matches(scan.text.utf16Slice(earlier.position, match.start)), let value = Self.number(match[1]),
           value != known, value >= known * 0.5, value <= known * 1.5 {
            addVolume(scan, value, unit: Self.unitSaidBefore(scan), at: match.start(of: 1))
        }
    }
    /// "Roughly 20k. 'Roughly' is doing a lot of work there. It's 17.", "30 — well, 25 if I'm honest.": the truth told after the
    /// figure puts it right, however the figure was read.
    /// ("Now, with the work in the winery, only 40 km. Normally 60.": the week now, over the usual one said after it.)
    func settleTruthTold(_ scan: Scan) {
        if scan.expecting == "running.currentVolume", let latest = scan.latest("running.currentVolume"),
           let usual = Self.usualFigure.matches(in: scan.text).last, Self.number(usual[1]) == latest.value.doubleValue,
           let now = Self.volumeNowLead.matches(in: scan.text).last(where: { $0.start(of: 1) < usual.start }),
           let value = Self.number(now[1]), value != latest.value.doubleValue {
            addVolume(scan, value, unit: now[2] ?? Self.unitSaidBefore(scan), at: scan.text.utf16Length)
            return
        }
        // ("In the summer I make 40 kilometres in the week. Now in winter, with the snow, only 25.": the season's figure, then
        // the week now.)
        if scan.expecting == "running.currentVolume", let latest = scan.latest("running.currentVolume"), let known = latest.value.doubleValue,
           Self.seasonOrUsual.matches(scan.sentenceBefore(latest.position)),
           let now = Self.volumeNowLead.matches(in: scan.text).first(where: { $0.start > latest.position }),
           let value = Self.number(now[1]), case let unit = now[2] ?? Self.unitSaidBefore(scan),
           // ("in xc season we did like 30 miles a wk but now its like 10": the figures compared in one unit.)
           case let km = unit.hasPrefix("mi") ? value * 1.609344 : value, km != known, km >= known * 0.3, km <= known * 1.5 {
            addVolume(scan, value, unit: unit, at: now.start(of: 1))
            return
        }
        // ("About 15 miles outside, plus 10 or so on the treadmill": the treadmill's running added to the week outside.)
        if scan.expecting == "running.currentVolume", let latest = scan.latest("running.currentVolume"), let known = latest.value.doubleValue,
           let more = Self.plusTreadmill.firstMatch(in: scan.text), more.start > latest.position, let value = Self.number(more[1]), value < known * 2 {
            let unit = more[2] ?? Self.unitSaidBefore(scan)
            let km = Self.round1(known + (unit.hasPrefix("mi") ? value * 1.609344 : value))
            scan.overrule("running.currentVolume", .number(km), said: "\(Self.plain(km)) km a week", after: latest, at: more.start(of: 1))
            return
        }
        // ("Gaz does forty-odd k a week … Me, I'm about twenty-five k.": the runner's own figure, said after another's.)
        if scan.expecting == "running.currentVolume", let latest = scan.latest("running.currentVolume"), let known = latest.value.doubleValue,
           let mine = Self.myFigureAfter.matches(in: scan.text).first(where: { $0.start > latest.position }),
           let value = Self.number(mine[1]), value != known {
            addVolume(scan, value, unit: mine[2] ?? Self.unitSaidBefore(scan), at: mine.start(of: 1))
            return
        }
        if scan.expecting == "running.currentVolume", let earlier = scan.candidates.last(where: { $0.path == "running.currentVolume" }),
           let known = earlier.value.doubleValue,
           let match = Self.truthLast.firstMatch(in: scan.text) ?? Self.honestFigure.matches(in: scan.text).last(where: { $0.start > earlier.position }),
           match.start > earlier.position,
           let value = Self.number(match[1]), value != known, value >= known * 0.4, value <= known * 1.5 {
            addVolume(scan, value, unit: match[2] ?? Self.unitSaidBefore(scan), at: match.start(of: 1))
        }
    }
    static let plusTreadmill = TextPattern(
        #"\b(?:plus|and another)\s+(?:about |around |maybe |roughly |another )?(\d{1,3}(?:\.\d+)?)(?: or so)?\s*(k|km|kms|miles?|mi)?\s+(?:or so\s+)?(?:on the treadmill|on a treadmill|on the dreadmill|on the mill)\b"#)
    static let seasonOrUsual = TextPattern(#"\b(?:in (?:the )?(?:summer|winter|spring|autumn|fall|season|off-?season|high season)|in (?:the |my )?[a-z]{2,12} season|normally|usually|typically|in a (?:normal|usual|good) week)\b"#)
    /// The runner's own figure opening a sentence after another's ("Me, I'm about 25 k"), unit or not; unlike
    /// `runnersFigure`, which finds a first figure without a unit anywhere after "I do" or "me".
    static let myFigureAfter = TextPattern(
        #"(?:^|[.!?;]\s*|\bbut\s+)(?:me|as for me|myself|and me)[,:]?\s+(?:i am|i do|i run|i would say|i'd say|i'm)?\s*(?:about|around|roughly|maybe|like|only|just|at)?\s*(\d{1,3}(?:\.\d+)?)\s*(k|km|kms|miles?|mi)?\b(?![\d:]|\.\d)(?!\s*(?:times|runs|days?|years?|minutes?|mins?|hours?|%))"#)
    static let usualFigure = TextPattern(
        #"(?:^|[.!?;]\s*)(?:but |and )?(?:normally|usually|typically|generally|in a (?:normal|usual|good|typical) (?:week|time)|when (?:i am |i'?m )?(?:healthy|not busy|not working))\b[^.!?\d]{0,24}?(\d+(?:\.\d+)?)\b"#)
    static let volumeNowLead = TextPattern(
        #"\b(?:now|right now|at the moment|currently|these days|this month|lately)\b[^.!?\d]{0,48}?\b(\d+(?:\.\d+)?)\s*(k|km|kms|miles?|mi)?\b(?!\s*(?:minutes?|mins?|hours?|runs?|times|days?|years?|%|:))"#)
    static let honestFigure = TextPattern(
        #"(?:^|[.!?,;:—–-]\s*)(?:(?:well|maybe|probably|more like|really|ok|okay|no)[,.]?\s+)*(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)?,?\s+(?:if i am honest|if i'?m honest|if im honest|to be honest|tbh|truth be told|realistically|honestly|in truth|if (?:we|you|i) (?:take off|take out|leave out|knock off|subtract|do not count|don't count)|not counting|minus the|without the)\b"#)
    static let truthLast = TextPattern(
        #"[.!?]\s+(?:it is|its|really|honestly|truthfully|(?:the )?truth is|in truth|actually|realistically)[,:]?\s+(?:about |more like |only |just |closer to )?(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)?\s*[.!]*\s*$"#)
    static let lessOrMore = TextPattern(#"[.!?,]\s*(?:(?:eh|hmm|um|erm|well|actually|no|nah|ok|okay|maybe)[,.]?\s+)*(?:a bit |bit |a little |little |a tad |probably |actually )?(?:less|more|fewer|lower|higher|not that much|not quite)\b"#)
    /// "Fourteen miles, back in October. But lately, since the snow came, ten's the most": the recent figure wins.
    func settleLongestRun(_ scan: Scan) {
        guard scan.expecting == "running.longestRecentRun",
              let earlier = scan.candidates.last(where: { $0.path == "running.longestRecentRun" }),
              // ("16k. Actually it was 18, I forgot the loop back to the car": a correction's figure, in the unit said.)
              let match = (Self.longestLately.matches(in: scan.text) + Self.longestCorrected.matches(in: scan.text))
                .filter({ $0.start(of: 1) > earlier.position }).max(by: { $0.start < $1.start }),
              let value = Self.number(match[1]) else { return }
        let unit = match[2] ?? (earlier.said.contains("miles") || Self.mentionsMilesBefore(scan, match.start) ? "miles" : "km")
        let km = unit.hasPrefix("mi") ? Self.round1(value * 1.609344) : value
        scan.add("running.longestRecentRun", .number(km), said: "a longest recent run of \(Self.plain(km)) km", at: match.start(of: 1))
    }
    static let longestCorrected = TextPattern(
        #"\b(?:actually|no|sorry|wait|(?<!as )well|i mean|make that|make it|(?<!was |were )more like|correction|scratch that|(?:watch|garmin|strava|app|gps|phone) (?:said|says|showed|shows|had it at|reckons)|(?:check|checked|checking) (?:my |the )?(?:watch|garmin|strava|app|gps|phone))\b[^.!?\d]{0,24}?\b(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)?\b(?![\d:])(?!\s*(?:minutes?|mins?|hours?|hrs?|weeks?|days?|years?|months?|%|times|runs|am|pm|o'?clock|(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b))"#)
    static func mentionsMilesBefore(_ scan: Scan, _ position: Int) -> Bool {
        scan.text.utf16Slice(0, position).range(of: #"\b(?:miles?|mi)\b"#, options: .regularExpression) != nil
    }
    static let longestLately = TextPattern(
        #"\b(?:lately|recently|these days|nowadays|since then|right now)\b\??[^.!?\d]{0,64}?\b(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)?\b(?!\s*(?:minutes?|mins?|hours?|hrs?|weeks?|days?|years?|months?|%|times|runs))"#)
    static let runsLabel = TextPattern(#"\bruns(?: per week| a week| weekly)?\s*:\s*(?:about |around |usually )?(\d{1,2})\b(?!\s*(?:k\b|km|miles?|mi\b|minutes?|mins?|hours?))"#)
    static let lapsBefore = TextPattern(#"\b(?:loop|loops|lap|laps|circuit|circuits|(?:a)?round (?:it|the (?:park|lake|block|field|track|pond|square|loop))|reps?|repeats?)\s*$"#)
    /// ("About 30 km a week. No, that's with my cycling to work counted in somehow": another sport counted in.)
    static let anyFigure = TextPattern(#"(?<![\d.:])\d+(?:\.\d+)?\b"#)
    static let weeksLaps = TextPattern(
        #"\b(?:most weeks|every week|each week|in a week|a week)\b[^.!?]{0,16}\b(?:get|go|do|run|make it)\s+(?:round|around|it|the loop)(?:\s+it)?\s+(?:(once|twice|three times)|([2-7]) times)\b"#)
    static let dayWithFigure = TextPattern(#"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*[:-]?\s*\d+(?:\.\d+)?\s*(?:k|km|kms|miles?|mi)?\b(?!\s*(?::|am\b|pm\b|minutes?|mins?|hours?|hrs?|h\b))"#)
    static let runningPart = TextPattern(
        #"\b(?:(?:actual|real|pure|just the|only the)\s+running(?: part| bit| bits| itself)?|(?:the )?running (?:alone|on its own|by itself|itself|part|bit))\s+(?:is|was|comes to|would be|adds up to)\s+(?:about |around |maybe |like |roughly )?(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)?\b|(?<![\d.])(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)\s+of (?:actual|real|pure|proper|just) running\b|\b(?:running only|only running|just running|just the running)\s*(?:[,:-]|\.{2,}|…)?\s*(?:it is |it's |its |about |around |maybe |like |roughly |more like )*(\d+(?:\.\d+)?)\s*(k|km|miles?|mi)?\b"#)
    /// (Not "20 of that is running to the airport and back": a run commute is running too, a part of the week named.)
    /// ("Twenty k. No, that's with the walk to work. Fifteen, running.": the figure, then "running" alone.)
    static let ofRunning = TextPattern(#"(?<![\d.:])(\d+(?:\.\d+)?)\s*(k|km|kms|miles?|mi)?(?:\s+(?:of (?:that |it |those |them )?(?:is |are )?(?:actual |real |proper )?(?:running|runs?)|(?:is|are) (?:the )?(?:actual |real |proper )?running)\b|,\s*(?:just |only )?running(?: only| alone)?\s*(?:[.!]|$))(?!\s+(?:to|from|into|in to|home|back|there)\b)"#)
    static let countingOther = TextPattern(
        #"\b(?:if (?:you|ya|u|we|i) count|if (?:you|ya|u) include|counting|including|counted in|with (?:my |the )?(?:cycl\w*|bik\w*|walk\w*|commut\w*|swim\w*))\b"#)
    static let trailingBareFigure = TextPattern(
        #"(?:^|[.!?]\s+)(?:(?:just |without (?:the |my )?|minus (?:the |my )?)?[a-z]+(?: only| alone| proper)?[?,]\s+)?(?:about |around |maybe |probably |really |honestly |actual |actually )?(\d+(?:\.\d+)?)\s*[.!]?\s*$"#)
    static func monthSaid(_ scan: Scan, at position: Int) -> Bool {
        let figure = scan.text.utf16Slice(position, min(scan.text.utf16Length, position + 48))
        // ("Last month 35-40 km in week", "Now, in December, I'm at 55 to 60 km a week": a week's figure, the month aside.)
        if weekAfterFigure.matches(figure) { return false }
        let afterFigure = figure.replacingOccurrences(of: #"^\d+(?:\.\d+)?"#, with: "", options: .regularExpression)
        return WeekFigures.monthAfter.matches(afterFigure) || WeekFigures.monthBefore.matches(scan.window(before: position, 48))
    }
    static let weekAfterFigure = TextPattern(#"^\d+(?:\.\d+)?(?:\s*(?:-|to)\s*\d+(?:\.\d+)?)?\s*(?:k|km|kms|kilomet\w*|miles?|mi)?\s*(?:(?:a|per|in|in a|in the|in one|in 1|each|every|/)\s*(?:week|wk)\b|weekly\b)"#)
    static let runnersFigure = TextPattern(
        #"\b(?:i am|i do|i run|i would say|me)\b(?:[^.;]|\.\.+){0,24}?\b(?:about|around|roughly|maybe|like|at)\s+(\d{1,3}(?:\.\d+)?)\b(?![\d.:])(?!\s*(?:times|runs|days?|years?|minutes?|mins?|hours?|%|k\b|km|miles?|mi\b))"#)

    /// "Last year in the 10k I came 212th": a race run, named with "the" (not "Same as last year: a pathetic 15 k or so").
    private static let raceRunWords = #"\b(?:in|at|ran|did|finished) the\s*$"#
    static let raceRunBefore = TextPattern(raceRunWords)
    /// "Last week I did a canal loop, 14k": one run, not the week; and a race run.
    static let pastRun = TextPattern(#"\b(?:last (?:week|weekend|sunday|saturday|month)|yesterday|my longest|longest|long run|race|parkrun|ago)\b|"# + raceRunWords)

    func addVolume(_ scan: Scan, _ value: Double, unit: String, at position: Int) {
        // "I do like 100 km a week on the bike": another sport's distance, not running.
        if Self.otherSportAfter.matches(scan.window(after: position, 32).components(separatedBy: CharacterSet(charactersIn: ".;!?,")).first ?? "")
            || Self.otherSportBefore.matches(scan.window(before: position, 20)) { return }
        // "Before the injury I was fairly serious, 60 km a week": the volume before a break is history.
        if Self.beforeTheBreak.matches(scan.sentenceBefore(position)) { return }
        // "We run together, she does like 30k a week, I'm def less": her week, not the runner's.
        if scan.aboutSomeoneElse(at: position) { return }
        // "70 kilometres a month", "130 k in November", "In month I make around 150 kilometres": a month's running, the
        // week worked out as a listener would (a week said beside it is read after it, and wins).
        // ("96 km over the last four weeks": four weeks' running, a quarter of it.)
        var value = value
        let figure = scan.text.utf16Slice(position, min(scan.text.utf16Length, position + 48))
        if Self.monthSaid(scan, at: position) {
            value = Self.round1(value * WeekFigures.weekPerMonth)
        } else if WeekFigures.fourWeeksAround.matches(scan.window(before: position, 48) + " " + figure),
                  // ("average 38 kilometres per week, for the last four weeks": the week's average over them.)
                  !Self.weekAfterFigure.matches(figure) {
            value = Self.round1(value / 4)
        }
        // ("30 miles a week now, 45 at my peak": the peak's week is not this one.)
        if WeekFigures.anotherTimeAfterFigure.matches(scan.text.utf16Slice(position, min(scan.text.utf16Length, position + 48))) { return }
        if unit.hasPrefix("mi") {
            let km = Self.round1(value * 1.609344)
            scan.add("running.currentVolume", .number(km), said: "\(Self.plain(km)) km a week (\(Self.plain(value)) miles)", at: position)
        } else {
            scan.add("running.currentVolume", .number(value), said: "\(Self.plain(value)) km a week", at: position)
        }
    }

    func addFrequency(_ scan: Scan, _ count: Int, at position: Int, said: String) {
        let before = scan.clauseBefore(position)
        // "Also the stairs in my office tower, two times per week, but this is not running": not runs.
        if Self.notRunning.matches(scan.sentence(around: position).text) || Self.notRunningAfter.matches(scan.text.utf16Slice(position, min(position + 60, scan.text.utf16Length))) { return }
        // "I just want to get back to where I was, running three or four times a week": a wish, said of the goal.
        if scan.expecting == nil || scan.expecting?.hasPrefix("goals.") == true, Self.aspiration.matches(scan.sentenceBefore(position)) { return }
        // "Three, and never two days on the trot": a count ruled out.
        if Self.neverBefore.matches(scan.window(before: position, 12)) { return }
        // "The club runs twice in the week, 6 km each time …", asked how far: the club's week, which the runner may
        // not run all of (asked how often, the runner says their own).
        if scan.expecting != "running.currentFrequency", Self.groupRunsBefore.matches(before) { return }
        // "I paddle three times a week also", "swim twice a week": another sport's sessions, not runs.
        if let other = Self.otherSport.matches(in: before).last, !Self.runWord.matches(before.utf16Slice(other.end, before.utf16Length)) { return }
        // ("… and 2 times I go with bicycle to the bank", "4 + gym twice": the other sessions named beside the count.)
        // (Its own words end at a comma or a dash: "three outings - half of it walking" is about the week.)
        let ownWords = (scan.text.utf16Slice(position, min(position + 48, scan.text.utf16Length))
            .components(separatedBy: CharacterSet(charactersIn: ",;.!?()-")).first ?? "")
        if Self.otherTraining.matches(ownWords) && !Self.runWord.matches(ownWords) || Self.otherTrainingBefore.matches(scan.window(before: position, 14)) { return }
        // "I get out when I can, three runs of five-ish": runs are runs, whatever the clause says of time.
        // "I want to run a marathon in May, I run 4 times a week": the wish is another clause's.
        let phrase = before.components(separatedBy: ",").last ?? before
        if Self.availableCue.matches(phrase), !Self.runsNoun.matches(said) {
            scan.add("schedule.availableDays", .number(Double(count)), said: Self.sayDaysAvailable(count), at: position)
        } else {
            scan.add("running.currentFrequency", .number(Double(count)), said: Self.sayRuns(count), at: position)
        }
    }

    static let otherSportAfter = TextPattern(#"\b(?:on the bike|on my bike|by bike|on the turbo|of cycling|cycling|biking|riding|swimming|rowing|paddling|walking|hiking)\b"#)
    static let otherSportBefore = TextPattern(#"\b(?:cycl\w*|bik\w*|rid(?:e|es|ing)|swim\w*|row(?:ing)?|paddl\w*|walk(?:s|ing)?|hik\w*)\s+(?:about\s+|around\s+|like\s+|maybe\s+|another\s+)?$"#)
    static let listItemBefore = TextPattern(#"(?:\band|\bplus|\balso|\bthen)\s*(?:a\s+|then\s+|also\s+)?$"#)
    static let neverBefore = TextPattern(#"\b(?:never|not|no)\s+$"#)
    static let otherSport = TextPattern(
        #"\b(?:i |we )(?:also )?(?:paddle|swim|cycle|bike|ride|row|climb|lift|box|dance|surf|ski|skate|play (?:football|soccer|tennis|squash|netball|hockey|rugby|golf|basketball|cricket|padel)|do (?:yoga|pilates|crossfit|spin|weights|gym)|go to (?:the gym|yoga|pilates|spin|crossfit))\b"#)
    /// Other sports and training, named as nouns: one list for the counts, the weekly figures and the days they take.
    static let otherSportNames = #"gym|spin|swim\w*|yoga|pilates|lifting|weights|crossfit|cycl\w*|bik(?:e|es|ing)|climb\w*|boulder\w*|football|soccer|netball|tennis|basketball|volleyball|hockey|rugby|cricket|badminton|squash|padel|golf|boxing|karate|judo|zumba|danc(?:e|ing)|rowing|surfing"#
    static let otherTraining = TextPattern(#"\b(?:\#(otherSportNames)|bicycle|ride|riding|class(?:es)?|walk\w*|hik\w*|ski\w*)\b"#)
    static let otherTrainingBefore = TextPattern(#"\b(?:gym|weights|yoga|pilates|spin|swim(?:ming)?|bike|cycling|climbing|bouldering)\s+$"#)
    static let runWord = TextPattern(#"\b(?:run|runs|running|jog|jogs|jogging)\b"#)

    // MARK: - Experience

    static let beginnerCue = TextPattern(
        #"\b(?:just (?:started|start|starting|began|begin|beginning)|new to (?:running|this|it)|(?:i am|i'm|im) (?:a )?new runner|(?:a |complete |total |absolute )?beginner|novice|newbie|noob|newb|never (?:really )?(?:run|ran|been a runner|done any running)|couch to 5k|c25k|started running (?:recently|last month|a few weeks ago|\d+ (?:weeks|months) ago)|(?:fairly|pretty|quite|very|still|relatively|rather|completely|totally|brand|kinda|kind of|sort of|sorta|a bit|bit) new\b|new to (?:proper |real )?running|only (?:just )?started|start(?:ed)? (?:running |jogging |to run |to jog )?(?:only |just )?(?:in|this|last) (?:the )?(?:spring|summer|autumn|fall|winter|year|january|february|march|april|may|june|july|august|september|october|november|december)|started (?:running )?(?:about |around |only )?(?:\d+ weeks?|[1-5] months?) ago|only (?:proper(?:ly)? |really )?(?:running|runnin|run) (?:this|since this) (?:yr|year))"#)
    static let returningCue = TextPattern(
        #"\b(?:get(?:ting)? back (?:in|into) (?:it|running|shape)|(?:started|starting) up again|beg[au]n (?:running )?again|(?:so,? )?getting back\s*[.!]?\s*$|(?:i am )?back since (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|last|the|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)|back into running|back (?:running )?for (?:a|one|1|two|2|a few|\d+) (?:years?|months?|weeks?)(?: now)?|coming back (?:to running|from|after|into)|(?:now|right now|currently|these days),? (?:i am |i'm |im )?coming back\b|returning (?:to running|from|after)|returning runner|took (?:a|some) (?:break|time off)|after a (?:long )?break|have not run in|before (?:the|my|this) injury|so returning|returning(?:,)? i guess|(?:feel like i|i am|am) start(?:ing)? (?:again|over)|start(?:ing)? again (?:almost |nearly |practically )?from (?:zero|scratch|nothing)|came back (?:this|last|in)\b|before the (?:fracture|surgery|operation|accident|baby|pregnancy|break)\b)"#)
    /// "I used to run": a comeback only in answer to the experience question ("me who used to run from nothing
    /// except a boda boda", said of a goal, is no level).
    static let saysComeback = TextPattern(#"\b(?:back|again|returning|comeback|start(?:ed|ing)? over)\b"#)
    static let usedToRun = TextPattern(#"\bused to run\b"#)
    static let competitiveCue = TextPattern(
        #"\b(?:i race (?:a lot|often|regularly)|race a lot|(?:i am|am|fairly|pretty|quite|very|more|was|be|a bit|reasonably|rather|somewhat) competitive|competitive (?:runner|racer|athlete|running|racing|level|club|age group)|competitive(?=\s*(?:[.,;!]|$| i (?:guess|suppose|think|would say)))|(?:race|racing|raced|run|running|ran|compete|train) competitively|compete|elite (?:runner|athlete|level|field|squad|group)|racing regularly|race most (?:weekends|weeks|months)|(?:on|in|for) (?:the |my |a )?(?:school |club |college |university |uni |county )?(?:running |xc |cross country |track )?(?:team|squad)\b|(?:school|club|college|uni|university|county|track|xc|cross country) (?:team|squad) (?:since|for)\b|(?:inter-?school|county|national|regional) (?:races|championships|champs)|run for a club|club runner|racing since (?:\d+|i was|school|a kid|my teens)\b|(?<!never )(?<!not )(?:been on|made|reached|got on|got onto|stood on) (?:the |a )?podium|podium (?:finish|place|spot)s?|(?<!never )(?:won|win|placed in) (?:my |an |the )?age[- ]?group|age[- ]?group (?:wins?|podiums?|titles?))"#)
    static let seriousCue = TextPattern(
        #"\b(?:serious (?:runner|about)|pretty serious|quite serious|(?:train|training|run|running|at it|been at it) seriously|fairly serious|(?:been )?racing (?:for )?(?:\d+|many|several|a few) (?:years|yrs|seasons)\b)"#)
    /// A qualifying time run, said about experience (as a goal, "I want my Boston qualifier" is no level).
    static let nthRace = TextPattern(#"\b(\d)(?:st|nd|rd|th)\s+(?:mara|marathon|half|halfie|ultra|race|10k|5k)\b"#)
    static let qualifier = TextPattern(#"\b(?:boston qualifier|bq\b|qualified for boston|good for age|gfa\b)"#)
    /// How many races, asked about experience: "about 20 marathons" is serious, "a few 10ks and a half" casual.
    static let raceTally = TextPattern(
        #"\b(?:(\d+)|(a few|a couple of|a couple|couple of|some|several|a handful of|a bunch of)|(dozens of|loads of|lots of|tons of|many|countless|plenty of|heaps of))\s+(?:(?:road|trail|local|club|fun) )?(races|marathons|fulls|halfs|halves|half marathons|halfmarathons|10ks|5ks|ultras|\d+-?milers|parkruns|triathlons)\b|^\s*(\d+) (?:done|finished|completed)\b"#)
    static let kindThenCount = TextPattern(#"\b(marathons|ultras|races|halfs|halves|half marathons)\b,?\s+(?:about |around |maybe )?(\d+) of (?:them|those)\b"#)
    /// Ultras finished, said about experience: "I finished the Velebit 50k and Lavaredo 80k".
    static let ultrasDone = TextPattern(#"\b(?:finished|completed|done|ran|run)\b[^.;]*?\b(?:(?:5\d|[6-9]\d|1\d\d)\s?k\b|(?:50|100) ?(?:miles?|milers?)\b|ultras?\b)"#)
    /// "I run about 15k a week over three runs, and I've been at it a couple of years": years "at it", in a sentence that
    /// has said the running first.
    static let atItYears = TextPattern(
        #"\b(?:i have|i've|ive|been) (?:been )?at it (?:for )?(?:about |around |nearly |almost |over |more than )?(?:a couple of|a few|a good few|several|many|some|\d+|two|three|four|five|six|seven|eight|nine|ten) (?:years|yrs)\b"#)
    static func yearsAtIt(_ scan: Scan) -> TextMatch? {
        guard let match = atItYears.firstMatch(in: scan.text),
              runWord.matches(scan.text.utf16Slice(sentenceStart(in: scan.text, before: match.start), match.start)) else { return nil }
        return match
    }
    static let casualCue = TextPattern(
        #"\b(?:(?:i have|been) run(?:ning)? (?:properly |regularly |consistently |seriously )?(?:for |on and off for )?(?:about |around |over |more than |nearly |almost |roughly )?(?:years|ages|a long time|a while|\d+(?:\.\d+)? years)|run for years|casual(?! (?:little|stroll|walk|jog|pace|chat|day|friday|clothes|wear|look|observer|glance))|recreational|on and off|on (?:n|'n'|&) off|nothing (?:too |very |that |particularly |really )?(?:serious|fancy|competitive)|hobby(?:ist)? runner|just for fun|running since (?:uni|university|college|school|\d{4}|\d+ years?)|running (?:with|for|at) (?:the |a |my )?[a-z' ]{1,30}? since (?:19|20)\d\d\b|run since \d+ years|(?:run|running) (?:pretty |quite |fairly )?regularly|so (?:about |around |nearly |almost )?\d+ years\b|not (?:a )?beginner,? (?:but |and )?not (?:a )?(?:pro|expert|elite|serious)|average (?:runner|joe|jogger)|intermediate(?! cuneiform)|(?:somewhere )?in the middle|middle of the pack|mid-?pack|(?:running|runnin|racing|been running|been runnin|been racing)(?: [^.;,]{0,30}?)? since i (?:was|were) (?:like |about |around )?(?:(?:a )?(?:lad|lass|kid|boy|girl|child|teen|teenager|nipper|wee one)|1\d\b))"#)
    static let beforeTheBreak = TextPattern(#"\bbefore (?:the|my|that) (?:injury|fracture|surgery|operation|op|baby|pregnancy|break|layoff|kids|knee|accident|foot|ankle|hip|back|achilles|hamstring|illness|covid|cancer|chemo)\b"#)
    static let racesDoneBefore = TextPattern(#"\b(?:done|did|ran|raced|finished|completed)\s+(?:the\s+|it\s+)?[a-z]+(?:\s+[a-z]+)?\s*$"#)
    static let monthsRunning = TextPattern(
        #"\b(?:been running|running|run|jogging|jogged|ran)\s+(?:on and off\s+)?(?:only\s+|just\s+)?(?:for\s+)?(?:about |around |almost |nearly |over |roughly |just over |just under |more than |maybe )?(\d+(?:\.\d+)?|a(?=\s+(?:year|month)\b(?!\s+ago)))\s+(years?|yrs?|months?|weeks?)\b(?!\s+old)"#)
    static let monthsRunningTrailing = TextPattern(
        #"\b(\d+(?:\.\d+)?)\s+(years?|yrs?|months?)\s+(?:of running|running|now)\b|\bstarted running (?:about |around )?(\d+(?:\.\d+)?)\s+(years?|months?) ago\b"#)
    static let yearsOfSomethingElse = TextPattern(#"\b(?:liv(?:e|ed|ing)|moved|married|work(?:ed|ing)?|been (?:here|there|in)|in this country)\b"#)
    static let onSomeDays = TextPattern(#"\b(?:on [a-z]+ days?|on (?:my )?(?:shifts?|work ?days?|nights?|weekdays)|when i am (?:on|working|in|at|away|travel\w*)|whenever|if i am|during|in (?:the )?weeks? (?:when|that|i)|(?:the )?days? (?:when |that )?i (?:fly|work|travel|am away|am on|do)\b)\b"#)
    static let runningSince = TextPattern(
        #"\b(?:running since|run since|jogging since|(?:started|start|starting)(?: runn?ing| jogging| to run)?(?: in)?(?= (?:19|20)\d\d)|(?:began|begin) (?:running |jogging )?in|took (?:it |running )?up in) ((?:19|20)\d\d)\b"#)

    static let collegeCue = TextPattern(#"\b(?:(?:ran|running|run|raced|competed) for (?:my |the |a )?(?:college|university|uni)\b|(?:ran|running|run|competed) (?:track |cross country |xc )?(?:in|at|for) (?:college|university|uni)|college (?:runner|track|cross country|team)|ncaa|varsity)"#)
    static let youthCue = TextPattern(
        #"\b(?:(?:played|did|ran) [a-z ]{0,25}(?:as a (?:kid|child|teen|teenager)|in (?:high )?school|growing up)|(?:ran|running|did) (?:track|cross country|xc) (?:in|at) (?:high )?school|school (?:cross country|track|sports)|(?:track|cross country|xc)\b[^.;]{0,40}\b(?:for|at|in) (?:the |my |our )?(?:high )?school\b)"#)
    /// "Mozart never ran, and look how he turned out": a "never" whose subject is a word other than the runner's own.
    static func neverSaidOfOther(_ scan: Scan, at match: TextMatch) -> Bool {
        guard match.text.hasPrefix("never"), let subject = neverSubject.firstMatch(in: scan.window(before: match.start, 24))?[1] else { return false }
        return !runnerNeverSubjects.contains(subject)
    }
    static let neverSubject = TextPattern(#"(?:^|[^a-z'])([a-z']+)\s+(?:really\s+|actually\s+|literally\s+)?$"#)
    static let runnerNeverSubjects: Set<String> = [
        "i", "i've", "ive", "have", "had", "i'd", "id", "just", "almost", "basically", "honestly", "truly", "pretty", "much",
        "and", "but", "so", "also", "still", "nearly", "practically", "probably", "'ve", "me", "i'm", "im", "am", "was", "being",
    ]
    static let neverCue = TextPattern(#"\bnever (?:ran|run|really ran|really run|been a runner|done any running|been sporty)\b(?:\s+before)?(?! (?:a step |in my life )?(?:until|till)\b)"#)
    static let adultCue = TextPattern(#"\b(?:started (?:running )?(?:as an adult|in my (?:20s|30s|40s|50s|60s|twenties|thirties|forties|fifties))|took (?:it )?up (?:running )?(?:as an adult|in my)|picked (?:it|running) up (?:as an adult|in my))"#)

    /// A level the runner names for themselves ("so let's say serious", "Casual, I'd say"), not negated
    /// ("not competitive") nor about something else ("nothing serious").
    static let selfCalled = TextPattern(
        #"\b(?:call myself|consider myself|describe myself as|would describe myself as|would say i am|would call myself|class myself as)\s+(?:a\s+|an\s+)?(?:fairly\s+|pretty\s+|quite\s+|very\s+|reasonably\s+)?(beginner|casual|serious|competitive|returner)\b"#)
    /// ("Casual. Competitive only in arguments": a level said of something else.)
    static let levelWord = TextPattern(#"\b(beginner|returning|casual|serious|competitive)\b(?! only (?:in|at|about|with|when|on|over)\b)(?!'?s?'? (?:injur|about|problem|issue|question|pain|group|class|club|course|program|programme|session|wave|section|squad|team)s?\b)"#)
    /// Whether the level word ending at `position` is taken back straight after ("Beginner. Well, not really, …").
    static func takenBack(_ scan: Scan, after position: Int) -> Bool {
        // ("Casual, let's say, since 'serious' would be lying": or said to be untrue.)
        levelTakenBack.matches(scan.text.utf16Slice(position, position + 36)) || levelDenied.matches(scan.text.utf16Slice(position, position + 28))
    }
    static let levelDenied = TextPattern(#"^['"’”]?\s*(?:would be|is|'s) (?:a )?(?:lie|lying|a stretch|stretching it|too much|pushing it)\b"#)
    /// ("I'm an elite athlete. No. Two hours would be a miracle.": a bare "No." after it, too.)
    static let levelTakenBack = TextPattern(#"^\W*no\s*[.!]|^\W*(?:(?:well|hmm+|ok|okay|or|actually)[,.]?\s+)?(?:no,?\s+)?(?:not really|not quite|scratch that|no wait|(?:that'?s |that is |it'?s |it is )?not (?:true|right|correct)|that'?s wrong|i (?:am |'m )?(?:exaggerat\w*|kidding|joking)|just (?:kidding|joking))\b"#)
    static let neitherLevel = TextPattern(#"\bneither\s+(?:a\s+)?$"#)
    static let levelNegated = TextPattern(#"\b(?:calls?|called|call|thinks?|says?|reckons?) me\s+(?:a |an )?$|\b(?:about to (?:get|be|become)|going to (?:get|be)|meaning to get|never got|pretending to be|(?:i will|i'll|ill|will|gonna|should|wanna|want to|hope to|plan to|one day) (?:get|be|become|go)(?: more)?)\s+$|(?:\bnot|\bnever|n't|\bwouldnt|\bdont|\bhardly|\bwould hardly|\bbarely|\bscarcely)\s+(?:really\s+)?(?:call|consider|describe|class) (?:myself|it|me|that)(?: as)?(?: an?)?\s+$|\b(?:do not|don't|dont|never|not)\s+(?:really\s+)?(?:want|wish|need|plan|intend|trying|try)\s+to\s+(?:be\s+|get\s+)?$|\b(?:not|nothing|no|never|hardly|anything but|less|more)\s+(?:like (?:those |these |the |them )?|one of (?:those |these |the )?)?(?:very |that |really |so |too |a |an |anything |particularly |remotely )?(?:total |complete |absolute |real |proper |true )?$"#)
    /// Back after a break: "took ten years off", "stopped for 6 years, getting back into it", "started back up".
    static let breakCue = TextPattern(
        #"\b(?:had to stop|(?:basically |pretty much |more or less )?stopped (?:running )?(?:until|till|til) (?:last|this|a|about|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|get(?:ting)? back to running|i run again\b|started (?:running )?again|(?:then )?nothing for (?:about |around |like )?(?:(?:\d+|a few|some|many) )?(?:years?|yrs?)|(?:then )?i stop(?:ped)? for (?:the |my )?(?:work|job|marriage|kids|children|family|studies|university|uni)\b|since (?:last year|\d+ months?|a few months) i (?:return|came back|come back)\b|(?:then )?(?:nothing|nothin|nada|zilch|not much|no running) (?:until|till|til|'?til) (?:this|last|the) (?:summer|spring|autumn|fall|winter|year|month)|took (?:about |around |nearly |almost |roughly )?(?:\d+|a few|some|several|many) (?:years?|months?) off|(?:stopped|stoped|quit|gave up)(?: running| everything| completely)? for (?:about |around |like |nearly |almost )?(?:\d+|a few|some|several|many|a) (?:years?|yrs?|months?|decade)|started back(?: up)?\b|picked (?:it|running) back up|back into it\b|back at it\b|(?:i'?m|i am|im) coming back\b(?! (?:home|from work))|back on it\b|getting back into|gettin back into)"#)
    /// Months named as when running began ("been running since September", "started in aug").
    static let lastYearAfter = TextPattern(#"^\s*,?\s*(?:of )?last year\b"#)
    /// ("church running club since aug", "In April I start to run: one minute run, two minutes walk": when running began.)
    static let sinceMonth = TextPattern(#"\b(?:(?:running|runnin|run|parkrun|jogging|at it)(?: properly| proper| seriously| regularly)?(?: club| group| crew)? since|start(?:ed)?(?: running| jogging| to run| to jog)? in|began(?: running| jogging| to run)? in|begun(?: running)? in)\.*\s*(?:last )?"# + monthPattern
        + #"|(?:^|[.!?;]\s*)in (?:last )?"# + monthPattern + #",? i (?:start|started|began|begin|took up) (?:to run|running|to jog|jogging)\b"#)
    /// ("Six weeks in a moon boot" is no running.)
    static let weeksRunning = TextPattern(#"\b(\d+) weeks? (?:in(?=\s*[.,!;]|\s*$| now| so far)|into (?:it|running|this)|of running|running|now)\b"#)

    func extractExperience(_ scan: Scan) {
        extractMonthsRunning(scan)
        let months = scan.candidates.last { $0.path == "running.monthsRunning" }?.value.doubleValue
        // "Not beginner but not serious also", "neither a beginner nor serious": in between is casual.
        if scan.expecting == "running.experienceLevel", case let negated = Self.levelWord.matches(in: scan.text).filter({
            Self.levelNegated.matches(scan.window(before: $0.start, 22)) || scan.window(before: $0.start, 12).hasSuffix("nor ")
                || Self.neitherLevel.matches(scan.window(before: $0.start, 12))
        }).compactMap({ $0[1] }), negated.contains("beginner"), negated.contains("serious") || negated.contains("competitive"),
           let first = Self.levelWord.firstMatch(in: scan.text) {
            scan.add("running.experienceLevel", "casual", said: "a casual runner", at: first.start, checkNegation: false)
            return
        }
        // "… a few marathons behind me, so I'd call myself serious": a level the runner gives themselves, in any answer.
        if let match = Self.selfCalled.matches(in: scan.text).last(where: {
               !Self.levelNegated.matches(scan.window(before: $0.start(of: 1), 22)) && !Self.neverBefore.matches(scan.window(before: $0.start, 12))
           }),
           let said = match[1] {
            let level = said == "returner" ? "returning" : said
            scan.add("running.experienceLevel", .string(level), said: Self.levelSaid[level] ?? level, at: match.start(of: 1))
            return
        }
        // "Before the injury I was fairly serious … Now I'm getting back into it": the level before a break is history.
        let usedToRun = scan.expecting == "running.experienceLevel" ? Self.usedToRun.firstMatch(in: scan.text) : nil
        let comingBack = Self.breakCue.matches(scan.text) || Self.returningCue.matches(scan.text) || usedToRun != nil
        if scan.expecting == "running.experienceLevel",
           let match = Self.levelWord.matches(in: scan.text).last(where: {
               !Self.levelNegated.matches(scan.window(before: $0.start, 22))
                   && !(comingBack && Self.beforeTheBreak.matches(scan.sentence(around: $0.start).text))
                   && !Self.askedAbout(scan, at: $0.start) && !Self.pastThenNow(scan, at: $0.start) && !Self.quoted(scan.text, at: $0.start)
                   // ("Beginner. Well, not really, I ran at university …": a level taken back.)
                   && !Self.takenBack(scan, after: $0.end)
           }),
           let level = match[1] {
            // ("My girlfriend calls me serious, I say casual. After the surgery I'm just getting back into it": the comeback
            // said now, after the level, is where the runner is.)
            let sentenceEnd = scan.sentence(around: match.start).start + scan.sentence(around: match.start).text.utf16Length
            if level != "returning", let back = Self.returningCue.matches(in: scan.text).first(where: { $0.start >= sentenceEnd }),
               Self.comebackNow.matches(scan.sentence(around: back.start).text) {
                scan.add("running.experienceLevel", "returning", said: "returning to running", at: back.start)
                return
            }
            scan.add("running.experienceLevel", .string(level), said: Self.levelSaid[level] ?? level, at: match.start)
            return
        }
        if let match = Self.breakCue.firstMatch(in: scan.text) ?? Self.returningCue.firstMatch(in: scan.text) ?? usedToRun,
           // ("1:30. Before the fracture I was at 1:27", asked for a time: a story of before, said in another answer,
           // is no comeback unless it says so; the experience question asks.)
           scan.expecting == nil || scan.expecting == "identity.name" || scan.expecting == "running.experienceLevel"
               || Self.saysComeback.matches(match.text) {
            // "Pretty new, I started back in July": new, said first, and "back in July" is when it started.
            if Self.newOpening.matches(scan.text),
               scan.text.utf16Slice(match.start, match.start + 20).hasPrefix("started back in") || !Self.saysComeback.matches(match.text) {
                scan.add("running.experienceLevel", "beginner", said: "a beginner", at: match.start)
            // "Picked it back up two years ago and run regularly now": the comeback is long done.
            } else if Self.comebackLongDone(scan.text, after: match.end) || Self.comebackLongDone(scan.text) {
                scan.add("running.experienceLevel", "casual", said: "a casual runner", at: match.start)
            } else {
                scan.add("running.experienceLevel", "returning", said: "returning to running", at: match.start)
            }
        } else if let match = Self.competitiveCue.matches(in: scan.text).first(where: {
            !Self.levelNegated.matches(scan.window(before: $0.start, 22)) && !Self.quoted(scan.text, at: $0.start) && !Self.takenBack(scan, after: $0.end)
        }) {
            scan.add("running.experienceLevel", "competitive", said: "a competitive runner", at: match.start)
        } else if let match = Self.seriousCue.matches(in: scan.text).first(where: { !Self.levelNegated.matches(scan.window(before: $0.start, 22)) && !Self.quoted(scan.text, at: $0.start) }) {
            scan.add("running.experienceLevel", "serious", said: "a serious runner", at: match.start)
        } else if let match = Self.beginnerCue.matches(in: scan.text).first(where: { match in
            // "not beginner, not pro": ruled out. ("My husband … has never run further than the bus stop": his.)
            !Self.levelNegated.matches(scan.window(before: match.start, 22)) && !scan.aboutSomeoneElse(at: match.start)
                && !Self.neverSaidOfOther(scan, at: match) && !Self.takenBack(scan, after: match.end) && (
            // "Achilles tendinopathy, started last January": in a health answer, what started is the injury.
            scan.expecting.map(HealthConsent.covers) != true || !scan.text.utf16Slice(match.start, match.end).hasPrefix("started")
                || scan.text.utf16Slice(match.start, match.end).contains("running"))
        }) {
            // "Couch to 5k six years ago and never really stopped" began as a beginner, years back; "started in 2024 so
            // kinda new still" calls themselves new.
            let calledNew = ["new", "beginner", "novice", "newbie", "noob", "newb"].contains { scan.text.utf16Slice(match.start, match.end).contains($0) }
            // ("Started at 35 with couch to 5k, done a few halves since": several races run since; "my second race" is
            // still early days.)
            // ("started last yr …, did 2 5ks": a couple of the shortest races are a beginner's too.)
            let severalRaces = Self.racesRun.matches(in: scan.text).contains { !$0.text.hasPrefix("my ") && !$0.text.contains("5k") && !$0.text.contains("parkrun") }
            if !calledNew, (months ?? 0) >= 12 || Self.longAgo.matches(scan.text) || severalRaces {
                scan.add("running.experienceLevel", "casual", said: "a casual runner", at: match.start)
            } else {
                scan.add("running.experienceLevel", "beginner", said: "a beginner", at: match.start)
            }
        } else if let match = Self.casualCue.firstMatch(in: scan.text) ?? Self.yearsAtIt(scan),
                  // "Nothing competitive, I just want to stay healthy", asked the goal: no race in mind, not a level.
                  !(scan.expecting?.hasPrefix("goals.") == true && match.text.hasPrefix("nothing")) {
            // ("I've been running eight years now, six marathons", said all in one: the races run outweigh the years.)
            let level = Self.tallyLevel(scan.text)?.level == "serious" ? "serious" : "casual"
            scan.add("running.experienceLevel", .string(level), said: Self.levelSaid[level] ?? level, at: match.start)
        } else if let match = Self.sinceMonth.firstMatch(in: scan.text) ?? Self.weeksRunning.firstMatch(in: scan.text), let months, months < 12 {
            scan.add("running.experienceLevel", "beginner", said: "a beginner", at: match.start)
        } else if scan.expecting == "running.experienceLevel", let match = Self.newOpening.firstMatch(in: scan.text) ?? Self.sinceMonthOnly.firstMatch(in: scan.text) {
            scan.add("running.experienceLevel", "beginner", said: "a beginner", at: match.start)
        } else if scan.expecting == "running.experienceLevel", let match = Self.nthRace.firstMatch(in: scan.text),
                  let nth = Int(match[1] ?? ""), (2...9).contains(nth) {
            // "2nd mara. did 4:32 in london last yr": a race that is the runner's second (to ninth) has been run before.
            scan.add("running.experienceLevel", "casual", said: "a casual runner", at: match.start)
        } else if scan.expecting == "running.experienceLevel", let match = Self.ultrasDone.firstMatch(in: scan.text) {
            scan.add("running.experienceLevel", "serious", said: "a serious runner", at: match.start)
        } else if scan.expecting == "running.experienceLevel", let tally = Self.tallyLevel(scan.text) {
            scan.add("running.experienceLevel", .string(tally.level), said: Self.levelSaid[tally.level] ?? tally.level, at: tally.position)
        }
    }

    /// The level the races run say, where the runner tallies them: ten races, or four marathons or ultras, make a serious
    /// runner; fewer, a casual one. ("Mostly marathons, nine of them", "9 halves, 2 fulls": told in several tallies,
    /// added up; "Many 5Ks, one half": lots of short races are a casual runner's.)
    static func tallyLevel(_ text: String) -> (level: String, position: Int)? {
        // ("I do five or six races a year with the club": racing through the year.)
        if let match = racesAYear.firstMatch(in: text), let count = number(match[1]), count >= 4 { return ("serious", match.start) }
        if let match = kindThenCount.firstMatch(in: text), let count = number(match[2]), let kind = match[1] {
            let long = kind.hasPrefix("marathon") || kind.hasPrefix("ultra")
            return (count >= (long ? 4 : 10) ? "serious" : "casual", match.start)
        }
        let tally = raceTally.firstMatch(in: text), qualified = qualifier.firstMatch(in: text)
        guard let match = tally ?? qualified else { return nil }
        let long = ["marathons", "fulls", "ultras"].contains(tally?[4] ?? "") || tally?[4]?.hasSuffix("milers") == true
        let short = ["5ks", "10ks", "parkruns"].contains(tally?[4] ?? "")
        let tallies = raceTally.matches(in: text)
        let allRaces = tallies.compactMap { number($0[1]) }.reduce(0, +)
        // ("Three ultras, the longest 45 km, and many mountain races": ultras run, or many races of any length but
        // the shortest, in any of the tallies.)
        let manyOrUltras = tallies.contains { $0[4] == "ultras" || $0[3] != nil && !["5ks", "10ks", "parkruns"].contains($0[4] ?? "") }
        let serious = qualified != nil || tally?[3] != nil && !short || (number(tally?[1]) ?? 0) >= (long ? 4 : 10) || allRaces >= 10 || manyOrUltras
        return (serious ? "serious" : "casual", match.start)
    }

    static let racesAYear = TextPattern(#"(?<![\d.])(\d{1,2})(?:\s*(?:or|-|to)\s*\d{1,2})?\s+(?:\w+\s+)?(?:races|events) (?:a|per|each|every) (?:year|season)\b"#)
    /// A count settled on after a range: "3, 4. Let us say 4", "3, 4 times. Usually 3", "4, maybe 5. Call it 4".
    static let settledCount = TextPattern(
        #"\b(?:usually|normally|typically|mostly|generally|say|call it|make it|put|put down|write|more like|realistically|most weeks)\s+(?:it is |it's |i do |i run |i get |i manage )?([1-7])\b(?!\s*(?:km|k\b|mi\b|miles?|hours?|minutes?|mins?|weeks?|months?|years?|am\b|pm\b|:|\.\d|,\d|[^.;!?]*\b(?:in (?:the )?(?:summer|winter|spring|autumn|fall)|when|if)\b))"#)

    /// "Five days. No, four, Wednesdays I coach": a count put right.
    static let countThenActually = TextPattern(#"(?:^|[.!?,;]\s*)(?:(?:hmm+|um+|er+|erm|well|no|oh|ok|okay)[,.!]?\s+)*([1-7]),?\s+actually\b(?!\s+(?:i|we|it|that|is|are)\b)"#)
    static let countPutRight = TextPattern(#"(?:^|[.!?,;]\s*)(?:no|nope|sorry|actually|wait|make (?:that|it)|i mean|scratch that|strike that|correction)(?:[,.!]?\s+|\s*-\s*)(?:(?:let me be honest|to be honest|if i am honest|honestly|truthfully|realistically),?\s+)?(?:only |just |more like |rather )?([1-7])\b(?!\s*(?:k\b|km|miles?|mi\b|hours?|minutes?|mins?|am\b|pm\b|:\d|\.\d|weeks?|months?|years?|kg))"#)
    /// "So four days, but it's never the same four", "So figure three days a week", "about five days in one week": after a
    /// week told at length, the count the runner sums it up with.
    static let summedUpCount = TextPattern(
        #"(?:^|[.!?]\s+)so,?\s+(?:like |maybe |about |roughly |figure |i guess |i would say |call it |probably )*([1-7])(?:\s*(?:-|to|or)\s*[1-7])?\b(?!\s*(?:k\b|km|miles?|hours?|minutes?|am\b|pm\b|:))|\babout ([1-7]) days? in (?:a|one|1|the) week\b|\b([1-7]) of (?:the|my|those) (?:\w+ )?[2-7]\b(?!\s*(?:k\b|km|miles?|hours?|minutes?))"#)
    /// "So Monday, plus any two afternoons", "Sunday, and maybe two evenings", "Tuesdays and Thursdays, plus one weekend day":
    /// the days named and a number more.
    static let countOpensAnswer = TextPattern(#"^\W*([1-7])\s*(?:times|runs|x)(?: a week| per week| weekly)?\s*[.!]\s+(?:because|as|since|cause|cos|coz)\b"#)
    static let openingDaysCount = TextPattern(#"^\W*([1-7])\s*(?:days?|times)?\b"#)
    static let countSaidFirst = TextPattern(#"^\W*(?:i can (?:do |run )?)?[1-7]\s*(?:days?|times|runs)?\b"#)
    static let plusMore = TextPattern(
        #"\b(?:plus|and|\+)\s+(?:then\s+)?(?:maybe\s+|any\s+|another\s+)?(one|two|three|1|2|3|a)\s+(?:more\s+)?(?:weekends? days?|(?:days? )?(?:at|of|on|over|during) (?:the )?weekends?|(?:week)?(?:days|nights|evenings|afternoons|mornings)|more)\b"#)

    /// Asked for runs or days a week, the count the runner settles on after giving a range is the answer.
    func settleCount(_ scan: Scan) {
        // "Four could work, I think. … except Wednesday": the count that opens the answer, whatever days follow.
        if scan.expecting == "schedule.availableDays", let match = Self.countCouldWork.firstMatch(in: scan.text), let count = Int(match[1] ?? ""),
           scan.latest("schedule.availableDays")?.value.doubleValue != Double(count) {
            scan.add("schedule.availableDays", .number(Double(count)), said: Self.sayDaysAvailable(count), at: scan.text.utf16Length,
                     checkNegation: false, checkSomeoneElse: false)
            return
        }
        // ("Five days. No — four: Tuesday, Thursday, Friday and Sunday": the count put right, before the days it names.)
        if scan.expecting == "schedule.availableDays", let fixed = Self.countPutRight.firstMatch(in: scan.text), let count = Int(fixed[1] ?? ""),
           let opening = Self.openingDaysCount.firstMatch(in: scan.text), opening.end <= fixed.start, Int(opening[1] ?? "") != count {
            scan.add("schedule.availableDays", .number(Double(count)), said: Self.sayDaysAvailable(count), at: scan.text.utf16Length,
                     checkNegation: false, checkSomeoneElse: false)
            return
        }
        if scan.expecting == "schedule.availableDays" || scan.expecting == "schedule.preferredDays" {
            // (Not over a count said outright: "Three days. Tuesday and Thursday, and one day at the weekend".)
            if !Self.countSaidFirst.matches(scan.text),
               let more = Self.plusMore.firstMatch(in: scan.text), let days = scan.latest("schedule.preferredDays")?.value.arrayValue?.compactMap(\.stringValue),
               case let named = days.count, named > 0,
               // ("… and then one weekend day, usually Saturday": the weekend day is already named.)
               // ("… and one more, Sunday?": the one more is named.)
               case let weekendNamed = more.text.contains("weekend") && days.contains(where: { $0 == "saturday" || $0 == "sunday" })
                    || FactExtractor.dayToken.matches(scan.window(after: more.end, 10)),
               let said = ["one": 1, "two": 2, "three": 3, "1": 1, "2": 2, "3": 3, "a": 1][more[1] ?? ""], case let extra = weekendNamed ? 0 : said,
               named + extra <= 7 {
                scan.add("schedule.availableDays", .number(Double(named + extra)), said: Self.sayDaysAvailable(named + extra),
                         at: scan.text.utf16Length, checkNegation: false)
                return
            }
            if let summed = Self.summedUpCount.matches(in: scan.text).last, let count = Int(summed[1] ?? summed[2] ?? summed[3] ?? "") {
                scan.add("schedule.availableDays", .number(Double(count)), said: Self.sayDaysAvailable(count), at: scan.text.utf16Length, checkNegation: false)
                return
            }
        }
        // ("3 times. Because the office is Saturday until Wednesday, 8 until 4.": the count said first, then why.)
        if scan.expecting == "running.currentFrequency", let opening = Self.countOpensAnswer.firstMatch(in: scan.text), let count = Int(opening[1] ?? ""),
           !Replies.isCorrection(scan.text), scan.latest("running.currentFrequency")?.value.doubleValue != Double(count) {
            scan.add("running.currentFrequency", .number(Double(count)), said: Self.sayRuns(count), at: scan.text.utf16Length, checkNegation: false)
            return
        }
        guard let slot = scan.expecting, slot == "running.currentFrequency" || slot == "schedule.availableDays",
              let found = scan.candidates.last(where: { $0.path == slot }),
              // ("Five days. No, four, Wednesdays I coach": or put right.)
              // ("Two. Hmm, three, actually.": or put right with "actually" after it.)
              let settled = (Self.settledCount.matches(in: scan.text) + Self.countPutRight.matches(in: scan.text)
                  + Self.countThenActually.matches(in: scan.text)).max(by: { $0.start < $1.start }),
              settled.start > found.position || found.position == 0,
              let count = Int(settled[1] ?? ""), Double(count) != found.value.doubleValue else { return }
        let said = slot == "running.currentFrequency" ? Self.sayRuns(count) : Self.sayDaysAvailable(count)
        scan.add(slot, .number(Double(count)), said: said, at: max(settled.start(of: 1), found.position + 1), checkNegation: false)
    }

    /// Weekly km above which years of running without a word for the level make a serious runner, not a casual one:
    /// few who call themselves casual run 55 km (34 miles) a week.
    static let seriousWeeklyKm = 55.0
    /// Words a runner uses to call themselves casual, which the volume does not overrule.
    static let casualSelfDescription = TextPattern(
        #"\b(?:casual|recreational|hobby|for fun|on and off|average|middle|mid-?pack|nothing (?:too |very |that |particularly |really )?(?:serious|fancy|competitive)|not (?:a |very |that |too |really )?(?:serious|competitive|fast))"#)

    /// An option word asked about, not picked: "Competitive? Me?", "what's the difference between serious and competitive?".
    /// A pick said with a rising tone is still a pick: "I'd say casual?", "casual I guess?".
    static func askedAbout(_ scan: Scan, at position: Int) -> Bool {
        scan.inQuestion(at: position) && !hedgedPick.matches(scan.window(before: position, 24))
            && !hedgeAfter.matches(scan.window(after: position, 20))
    }
    static let hedgedPick = TextPattern(#"\b(?:i'?d say|i would say|maybe|probably|i guess|i think|i suppose|perhaps|sort of|kind of|kinda|sorta|more like|somewhere)\s+(?:\w+\s+)?$"#)
    static let hedgeAfter = TextPattern(#"^\w*\s+(?:i guess|i think|i suppose|maybe|probably|now|these days)\b"#)

    /// "Used to be competitive … 25 years ago. Now I just potter round the park": a level said of the past, with what
    /// the runner does now said after it.
    static func pastThenNow(_ scan: Scan, at position: Int) -> Bool {
        guard ExperienceEvidence.pastClause.matches(scan.clauseBefore(position)) || ExperienceEvidence.pastClause.matches(scan.window(after: position, 40))
        else { return false }
        return ExperienceEvidence.nowContrast.matches(scan.text.utf16Slice(position, scan.text.utf16Length))
    }

    static let levelSaid = ["beginner": "a beginner", "returning": "returning to running", "casual": "a casual runner",
                            "serious": "a serious runner", "competitive": "a competitive runner"]

    /// "I've been 'getting serious next month' for six years": a level word inside a quoted phrase of three words or more
    /// is said ironically (a quoted option word alone, "I'd call myself 'serious'", is still the pick).
    static func quoted(_ text: String, at position: Int) -> Bool {
        let start = FactExtractor.sentenceStart(in: text, before: position)
        let sentence = text.utf16Slice(start, text.utf16Length)
        return quotedPhrase.matches(in: sentence).contains { match in
            let phrase = match[2] ?? ""
            let from = start + match.start(of: 2)
            let words = phrase.split(separator: " ")
            // ("I've been 'getting serious' every January since 2015": two words quoted with a verb are ironic too; "fairly
            // serious" quoted is the option's own words.)
            return (from..<from + phrase.utf16Length).contains(position)
                && (words.count >= 3 || words.count == 2 && !Self.optionDegree.contains(String(words[0])))
        }
    }
    static let optionDegree: Set<String> = ["fairly", "very", "quite", "pretty", "really", "somewhat", "just", "running", "a", "the", "total", "complete"]
    static let quotedPhrase = TextPattern(#"(?:^|\s)(['"‘“])([a-z][^'"’”]{2,48})(['"’”])(?=\s|[.,;!?]|$)"#)

    static func sayRuns(_ count: Int) -> String { "\(count) run\(count == 1 ? "" : "s") a week" }
    static func sayDaysAvailable(_ count: Int) -> String { "\(count) day\(count == 1 ? "" : "s") a week available" }

    /// Asked about experience, what the runner says they do: the level when nothing else gave one, and over the
    /// option words or years of running when said in so many words ("returning I guess" aside, "I race to win").
    func readExperienceEvidence(_ scan: Scan) {
        guard scan.expecting == "running.experienceLevel", let reading = ExperienceEvidence.reading(scan.text) else { return }
        let current = scan.latest("running.experienceLevel")
        // "So not beginner, but not so serious": in between, said in so many words, stands.
        let ruledOut = Self.levelWord.matches(in: scan.text).filter { Self.levelNegated.matches(scan.window(before: $0.start, 22)) }.compactMap { $0[1] }
        if current?.value.stringValue == "casual", ruledOut.contains("beginner"), ruledOut.contains("serious") || ruledOut.contains("competitive") { return }
        guard current == nil || reading.decisive && current?.value.stringValue != reading.level else { return }
        // ("treadmill at the gym. since feb. never raced": months of running, not years, and no races yet is new.)
        if current?.value.stringValue == "beginner", reading.level == "casual", Self.sinceMonthOnly.matches(scan.text) { return }
        // An option the runner picked in so many words stands ("Casual, I'd say", "Serious, not competitive, I'm a
        // mid-pack guy"); "competitive with myself" picks none.
        let picked = Self.levelWord.matches(in: scan.text).filter {
            !Self.levelNegated.matches(scan.window(before: $0.start, 22)) && !scan.window(after: $0.end, 14).hasPrefix(" with myself")
                && !Self.askedAbout(scan, at: $0.start)
                && !ExperienceEvidence.pastClause.matches(scan.clauseBefore($0.start)) // "I was competitive in my 20s, now …"
                && !Self.takenBack(scan, after: $0.end)
        }.compactMap { $0[1] }
        if let value = current?.value.stringValue, picked.contains(value), !reading.putRight { return }
        scan.overrule("running.experienceLevel", .string(reading.level), said: Self.levelSaid[reading.level] ?? reading.level,
                      after: current, at: reading.position)
    }

    /// Asked how far or how often, the week read as a whole (`WeekFigures`): the answer when nothing else gave one,
    /// and over a figure read alone when the answer's shape says otherwise (a sum, a range, now against before).
    func readWeekFigures(_ scan: Scan) {
        guard let slot = scan.expecting, slot == "running.currentVolume" || slot == "running.currentFrequency" else { return }
        // "mon 6 wed 6 fri 8 sun 10": the runs listed by their days are the week's count, too.
        if slot == "running.currentVolume", !scan.has("running.currentFrequency"),
           case let days = Set(Self.dayWithFigure.matches(in: scan.text).compactMap { $0[1] }), (2...7).contains(days.count) {
            scan.add("running.currentFrequency", .number(Double(days.count)), said: Self.sayRuns(days.count), at: scan.text.utf16Length,
                     checkNegation: false)
        }
        // "20k. 4x5": the week, then its runs times their distance: the runs are the count.
        if slot == "running.currentVolume", !scan.has("running.currentFrequency"), let match = Self.countTimesDistance.firstMatch(in: scan.text),
           let count = Int(match[1] ?? ""), let each = Self.number(match[2]), let week = scan.latest("running.currentVolume")?.value.doubleValue,
           abs(Double(count) * each - week) <= week * 0.15 || abs(Double(count) * each * 1.609344 - week) <= week * 0.15 {
            scan.add("running.currentFrequency", .number(Double(count)), said: Self.sayRuns(count), at: match.start, checkNegation: false)
        }
        // "a loop of about 4 km, and most weeks I get round it twice": the week's laps are its runs.
        if slot == "running.currentVolume", !scan.has("running.currentFrequency"), let match = Self.weeksLaps.firstMatch(in: scan.text),
           let count = ["once": 1, "twice": 2, "three times": 3][match[1] ?? ""] ?? Int(match[2] ?? "") {
            scan.add("running.currentFrequency", .number(Double(count)), said: Self.sayRuns(count), at: match.start, checkNegation: false)
        }
        // ("I do two runs of 6 and a long one of 13", asked how far: the runs listed are the week's count.)
        // ("I do two runs of 6 and a long one of 13", asked how far: the runs listed are the week's count; "I jog 3 km every
        // morning except Sunday, so 18 km a week": so are the days run.)
        if slot == "running.currentVolume",
           let runs = WeekFigures.everyDayBut.firstMatch(in: scan.text).map({ $0[1] == nil ? 6.0 : 5.0 })
               // ("Five days I walk-run about 4 km …", "I do the prom loop three times most weeks": the runs said with the week.)
               // ("Two mornings a week I walk-run …, and then one longer one of 8": not when another run is added to them.)
               ?? (WeekFigures.anotherRunAdded.matches(scan.text) ? nil
                   : WeekFigures.runsSaidWithTheWeek.firstMatch(in: scan.text).flatMap({ Double($0[1] ?? $0[2] ?? "") }))
               ?? (WeekFigures.addedRun.matches(scan.text) ? WeekFigures.runsPerWeek(scan.text).flatMap { $0.decisive ? $0.value : nil } : nil)
               // ("3x6k. 18": the runs times each one's distance.)
               ?? WeekFigures.runsTimesDistance.firstMatch(in: scan.text).flatMap({ Double($0[1] ?? $0[2] ?? "") }),
           runs >= 1, runs <= 14, runs == runs.rounded() {
            let current = scan.latest("running.currentFrequency")
            if current?.value.doubleValue != runs {
                scan.overrule("running.currentFrequency", .number(runs), said: Self.sayRuns(Int(runs)), after: current)
            }
        }
        // (The running alone said in so many words is the answer: "Running only, 22.")
        if slot == "running.currentVolume", Self.runningPart.matches(scan.text) { return }
        // (Nor the runs times each run's distance: "3 times in one week, every time 6 or 7 km".)
        if slot == "running.currentVolume", Self.countThenEachRun.matches(scan.text) { return }
        // (Nor a race run, the only distance said: "Last year in the 10k I came 212th".)
        if slot == "running.currentVolume", case let distances = Self.anyDistance.matches(in: scan.text), distances.count == 1,
           Self.raceRunBefore.matches(scan.clauseBefore(distances[0].start)) { return }
        let reading = slot == "running.currentVolume" ? WeekFigures.weeklyDistance(scan.text) : WeekFigures.runsPerWeek(scan.text)
        guard let reading else { return }
        let current = scan.latest(slot)
        let miles = slot == "running.currentVolume" && (reading.miles || (current == nil && Self.unitSaidBefore(scan) == "miles"))
        let value = miles ? Self.round1(reading.value * 1.609344) : Self.round1(reading.value)
        guard current == nil || reading.decisive && current?.value.doubleValue != value else { return }
        if slot == "running.currentFrequency" {
            let count = Int(reading.value)
            scan.overrule(slot, .number(Double(count)), said: Self.sayRuns(count), after: current)
        } else {
            let said = miles ? "\(Self.plain(value)) km a week (\(Self.plain(reading.value)) miles)" : "\(Self.plain(value)) km a week"
            scan.overrule(slot, .number(value), said: said, after: current)
        }
    }

    /// "It will be my third marathon", "Running 8 yrs, 6 marathons, club member": a first message that tells everything
    /// says how experienced the runner is without the option words. Several races run make a casual runner at least;
    /// a big week, structured training or a fast time a serious one. A comeback or racing to win is left to the question.
    func inferExperienceFromStory(_ scan: Scan) {
        guard scan.expecting == nil || scan.expecting == "identity.name", !scan.has("running.experienceLevel"),
              scan.has("goals.goalType"), scan.has("running.currentVolume") || scan.has("running.currentFrequency"),
              // ("… been running a year more or less, i can do three days": how long, told with the rest.)
              case let months = scan.latest("running.monthsRunning")?.value.doubleValue,
              Self.racesRun.matches(scan.text) || months != nil, !ExperienceEvidence.comeback.matches(scan.text),
              !ExperienceEvidence.winning.matches(scan.text), !ExperienceEvidence.notYet.matches(scan.text) else { return }
        let km = scan.latest("running.currentVolume")?.value.doubleValue ?? 0
        let serious = km >= 50 || ExperienceEvidence.training.matches(scan.text) || ExperienceEvidence.fastRaceTime(scan.text) != nil
            || km >= 40 && Self.clubMember.matches(scan.text)
        let level = serious ? "serious" : months.map({ $0 < 6 }) == true && !Self.racesRun.matches(scan.text) ? "beginner" : "casual"
        scan.add("running.experienceLevel", .string(level), said: Self.levelSaid[level] ?? level, at: scan.text.utf16Length, checkNegation: false)
    }
    static let fromWeekToWeek = TextPattern(
        #"\bfrom (?:a |an |my |the )?(?:[a-z]+ )?(\d+(?:\.\d+)?)\s*(k|km|kms|miles?|mi)?\s*(?:a|per|/)\s*(?:week|wk)\s+(?:up )?to\s+(?:about |around )?(\d+(?:\.\d+)?)\b(?!\s*(?:minutes?|mins?|hours?|years?|%))"#)
    static let comebackNow = TextPattern(#"\b(?:i am|i'm|im|now|currently|these days|right now)\b"#)
    static let racesRun = TextPattern(
        #"\b(?:[2-9]|\d{2}|several|many|a few|a couple of|loads of|lots of|a pile of) (?:[a-z]+ )?(?:marathons|halves|halfs|half marathons|half-marathons|10ks|5ks|races|ultras|triathlons|parkruns)\b|\bmy (?:[2-9](?:nd|rd|th)|1\dth) (?:marathon|half|half marathon|race|ultra|10k)\b|\b(?:race|marathon|half|10k|5k|\d+ km|parkrun|ultra)\b[^.!?]{0,40}\bevery year\b"#)
    static let clubMember = TextPattern(#"\b(?:club member|running club|athletics club|member of (?:a|the|my) [a-z ]{0,20}club|with (?:a|the|my) club)\b"#)

    /// "Fifteen years" from someone who runs 60 km a week: the years alone read as casual, the volume says serious.
    func weighExperienceByVolume(_ scan: Scan) {
        guard scan.expecting == "running.experienceLevel", let km = scan.knownWeeklyKm, km >= Self.seriousWeeklyKm,
              let level = scan.candidates.last(where: { $0.path == "running.experienceLevel" }), level.value == "casual",
              !Self.casualSelfDescription.matches(scan.text) else { return }
        scan.add("running.experienceLevel", "serious", said: "a serious runner", at: level.position, checkNegation: false)
    }

    /// A level claimed against what the runner then tells: "Elite. I've been running for eight whole weeks" is a
    /// beginner, "Elite, clearly. Okay, about a year. Casually" is casual. Running for under six months makes a
    /// beginner whatever is claimed; otherwise a modest word said after the claim takes it back.
    func weighClaimedLevel(_ scan: Scan) {
        guard scan.expecting == "running.experienceLevel",
              let level = scan.latest("running.experienceLevel"), ["competitive", "serious"].contains(level.value.stringValue ?? "") else { return }
        if let months = scan.latest("running.monthsRunning")?.value.doubleValue, months < 6 {
            scan.overrule("running.experienceLevel", "beginner", said: "a beginner", after: level)
        } else if let modest = Self.modestAfterClaim.matches(in: scan.text).first(where: { $0.start > level.position }),
                  !Self.levelNegated.matches(scan.window(before: modest.start, 22)) {
            scan.overrule("running.experienceLevel", "casual", said: "a casual runner", after: level, at: modest.start)
        }
    }
    static let modestAfterClaim = TextPattern(#"\b(?:casually|casual|just for fun|for fun|recreationally|a hobby jogger|a plodder)\b"#)

    static let yearsAgo = TextPattern(#"^\s*(?:about |around |some |over )?((?:\d+|a few|several|many)) years ago\b"#)
    /// "then started again three years ago": the comeback itself was years back.
    static let backYearsAgo = TextPattern(
        #"\b(?:started (?:running |jogging )?again|started back(?: up)?|picked (?:it|running) (?:back )?up(?: again)?|came back(?: to it)?|got back into it|returned to running)\s+(?:about |around |some |over |nearly |almost )?((?:\d+|a few|several|many)) years ago\b"#)
    static let racesSince = TextPattern(#"\b(?:\d+|a few|several|many) (?:ultras|marathons|halves|halfs|half marathons|races|10ks) since\b"#)
    static let regularSince = TextPattern(#"\b(?:regularly|ever since|since then|consistently|never stopped since)\b"#)

    /// Whether a comeback said to be years back is long done: three years or more, or fewer with running regularly since
    /// ("picked it back up two years ago and run pretty regularly now"); "I came back two years ago" after forty years off
    /// is still a comeback.
    static func comebackLongDone(_ text: String, after position: Int? = nil) -> Bool {
        let match = position.map { yearsAgo.firstMatch(in: text.utf16Slice($0, $0 + 30)) } ?? backYearsAgo.firstMatch(in: text)
        // ("… started again at 38. Four ultras since": races run since the comeback.)
        if racesSince.matches(text) { return true }
        guard let years = match?[1] else { return false }
        return Int(years).map { $0 >= 3 } ?? true || regularSince.matches(text)
    }
    static let longAgo = TextPattern(#"\b(?:\d+ years ago|never (?:really )?stopped|ever since|since then|kept (?:going|at it|running)|(?:during|in|since) (?:the )?lockdown|since (?:19|20)\d\d)\b"#)
    static let newOpening = TextPattern(#"^(?:very |pretty |quite |brand |totally )?new\b"#)

    func extractMonthsRunning(_ scan: Scan) {
        for match in Self.monthsRunning.matches(in: scan.text) + Self.monthsRunningTrailing.matches(in: scan.text) {
            guard let value = match[1] == "a" ? 1 : Self.number(match[1] ?? match[3]), let unit = match[2] ?? match[4] else { continue }
            // "living in Queens twenty years now": years somewhere else, not years of running.
            if match.text.hasSuffix("now"), Self.yearsOfSomethingElse.matches(scan.window(before: match.start, 40)) { continue }
            let months = unit.hasPrefix("y") ? Int((value * 12).rounded()) : unit.hasPrefix("w") ? max(1, Int(value * 12 / 52)) : Int(value.rounded())
            scan.add("running.monthsRunning", .number(Double(months)), said: Self.sayMonths(months), at: match.start)
        }
        if let match = Self.runningSince.firstMatch(in: scan.text), let year = Int(match[1] ?? ""), let thisYear = today.year,
           year <= thisYear, year > thisYear - 80 {
            // ("Started in 2023": whole years, as said.)
            let months = max(1, (thisYear - year) * 12)
            scan.add("running.monthsRunning", .number(Double(months)), said: Self.sayMonths(months), at: match.start)
        }
        if !scan.has("running.monthsRunning"), let match = Self.sinceMonth.firstMatch(in: scan.text),
           let month = Self.month(match[1] ?? match[2] ?? ""), let thisMonth = today.month {
            // The most recent such month: September said in December is three months back.
            // ("Started in March last year", said in November: a year and eight months.)
            var months = (thisMonth - month + 12) % 12
            if month <= thisMonth, Self.lastYearAfter.matches(scan.window(after: match.end, 16)) { months += 12 }
            scan.add("running.monthsRunning", .number(Double(max(1, months))), said: Self.sayMonths(max(1, months)), at: match.start)
        }
        // ("My knee aches after long runs, for about two weeks now": asked what hurts, weeks are the pain's.)
        if !scan.has("running.monthsRunning"), scan.expecting.map(HealthConsent.covers) != true,
           let match = Self.weeksRunning.firstMatch(in: scan.text), let weeks = Int(match[1] ?? ""), weeks < 52 {
            let months = max(1, weeks * 12 / 52)
            scan.add("running.monthsRunning", .number(Double(months)), said: Self.sayMonths(months), at: match.start)
        }

        if let match = Self.collegeCue.firstMatch(in: scan.text) {
            scan.add("running.runningBackground", "college", said: "ran in college", at: match.start)
        } else if let match = Self.youthCue.firstMatch(in: scan.text) {
            scan.add("running.runningBackground", "youth_sports", said: "sports as a kid", at: match.start)
        } else if let match = Self.adultCue.firstMatch(in: scan.text) {
            scan.add("running.runningBackground", "adult_hobby", said: "took up running as an adult", at: match.start)
        } else if let match = Self.neverCue.matches(in: scan.text).first(where: { !Self.neverSaidOfOther(scan, at: $0) }) {
            scan.add("running.runningBackground", "never", said: "no running background", at: match.start)
        }
    }

    static func sayMonths(_ months: Int) -> String {
        if months >= 12, months % 12 == 0 { return "running for \(months / 12) year\(months == 12 ? "" : "s")" }
        return "running for \(months) month\(months == 1 ? "" : "s")"
    }
}
