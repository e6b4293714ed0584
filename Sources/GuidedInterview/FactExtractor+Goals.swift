import CadenceCore
import Foundation

/// Goals: goal type, race distance and its label, race name, race date, target time and pace.
extension FactExtractor {
    struct NamedDistance {
        let km: Double
        let label: String
        let name: String
    }

    /// The standard distance for a length in km, or a plain "Nk" label.
    static func namedDistance(km: Double) -> NamedDistance {
        let table: [(Double, Double, String, String)] = [
            (5, 0.05, "5k", "5k"), (10, 0.05, "10k", "10k"), (15, 0.05, "15k", "15k"),
            (21.0975, 0.11, "half_marathon", "half marathon"), (42.195, 0.25, "marathon", "marathon"),
            (50, 0.1, "50k", "50k"), (100, 0.1, "100k", "100k"), (1.609344, 0.01, "mile", "mile"),
            (8.04672, 0.05, "5_mile", "5 miles"), (16.09344, 0.05, "10_mile", "10 miles"),
            (80.4672, 0.3, "50_mile", "50 miles"), (160.9344, 0.5, "100_mile", "100 miles"),
        ]
        for (standard, tolerance, label, name) in table where abs(km - standard) <= tolerance {
            return NamedDistance(km: standard, label: label, name: name)
        }
        let short = plain(round1(km))
        return NamedDistance(km: round1(km), label: "\(short)k", name: "\(short) km")
    }

    static func said(_ distance: NamedDistance) -> String {
        "\(distance.name) (\(plain(round1(distance.km))) km)"
    }

    /// A distance phrase ("21.1k", "13.1 miles", "half marathon", "parkrun") as km.
    static func distance(number: String?, unit: String?, named: String?) -> NamedDistance? {
        if let named {
            switch named {
            case "half marathon", "half": return namedDistance(km: 21.0975)
            case "marathon", "full marathon", "42", "42.2": return namedDistance(km: 42.195) // "the whole 42"
            case "parkrun", "park run": return namedDistance(km: 5)
            case "mile": return namedDistance(km: 1.609344)
            default: return nil
            }
        }
        guard let value = number.flatMap(Double.init), let unit else { return nil }
        let km = unit.hasPrefix("mi") ? value * 1.609344 : value
        guard km >= 0.4, km <= 500 else { return nil }
        return namedDistance(km: km)
    }

    static let perLoopAfter = TextPattern(#"^\s*(?:per|a|each|every|the) (?:loop|lap|circuit|round)\b|^\s*(?:loops?|laps?|circuits?)\b|^\s*each way\b"#)
    static let goalDistancePattern = TextPattern(
        #"(?<![\d.:])(\d+(?:\.\d+)?)[\s-]?(k|km|miles?|mi|miler)\b(?:\s+ultra\b)?|(?<!ultra )(?<!ultra-)\b(half marathon|full marathon|marathon|parkrun|park run|(?<=the whole |the full |the entire )42(?:\.2)?(?=\s*(?:[.,;!?]|$)))\b|\b(?:a|the|my|1st|another|next|this|\d:\d\d|sub[- ]?\d+(?::\d\d)?)\s+(?:(?!other\b|better\b)[a-z]+\s+)?(half)\b(?!\s+(?:of(?! the marathon)|an?|the|hours?|way|price|day|time|term|past|as|and (?:a |an )?(?:half|quarter|hours?)|my|marathons?)\b)"#)
    static let distanceAtEvent = TextPattern(#"\b(?:half(?: marathon)?|\d+(?:\.\d+)?\s?(?:k|km|kilomet(?:re|er)s?|miles?|mi)),?\s+(?:(?:race|run|walk-run|walk|fun run|event|category|course|distance|route)\s+)?(?:at|of|during|in|on) (?:the )?(?:[a-z']+ ){1,4}$"#)
    static let goalTrigger = TextPattern(
        #"\b(?:training for|train for|trainning for|prepar(?:e|ing) for|prepping for|(?:want|would like|like|going|planning|plan|hoping|hope|aim|aiming|trying|try|intend|intending|keen|need) to (?:run|do|complete|finish|race|tackle|try|enter|sign up for|break|beat|pr|improve)|wanna (?:run|do|race)|gonna (?:run|do|race)|sign(?:ed|ing)? up for|registered for|entered|entering|doing (?:a|an|the|my)|racing|my (?:1st|next|goal|target)|goal is|goal(?=\s*:)|goal race|target race|aiming for|for (?:a|an|the|my)(?! moment| time being| minute| now| week| day| rest)|(?:pr|pb) (?:my|in|at|for|the)|faster|improve my|speed up my|first ever|run (?:a|an|my 1st)|make it (?:the|a)|switch(?:ed|ing)? to (?:the|a)|(?:in|at) the(?! moment| minute| mo| week| time| same| evening| morning| gym| city| town| park| village| streets?| mountains?| hills?| forest| woods| snow| rain| dark| heat| cold| valley| gorge| neighbou?rhood| area| countryside| afternoon| night)|sub[- ]?\d+(?::\d\d)?(?: minutes?| mins?| hours?)?(?: in| for| at)?(?: the| a| my)?)\b"#)
    static let startTimeThenIt = TextPattern(#"\b(?:start(?:ing)? time|gun time|start)\b[^.;]{0,12}[?.!:]\s*(?:it is|it's|its|at|=)?\s*$"#)
    static let timeOfDayBefore = TextPattern(
        #"\b(?:leaves?|leaving|left|starts?|starting|opens?|closes?|finish(?:es)? work|wake(?: up)?|wakes|get up|gets? up|up|alarm(?: goes off)?|shift|bus|train|boat|ferry|gun|goes|go off|goes off|kicks? off|school|work|pick(?:ing)? up|drop(?:ping)? off|bed|sunrise|sunset|dawn)\b[^.;,]{0,12}\b(?:at|by|before|after|around|till|until)\s*$|\b(?:first|1st|last|early|next) (?:bus|train|tram|boat|ferry)\s+(?:is|leaves|goes|comes)(?: at)?\s*$"#)
    static let someoneRanIt = TextPattern(
        #"\b(?:(?:one|1) of (?:them|the [a-z]+|my [a-z]+)|she|he|they|my (?:friend|mate|colleague|cousin|brother|sister|husband|wife|partner|boss|coach|son|daughter|dad|mum|mom))\s+(?:has\s+|have\s+|had\s+)?(?:already\s+)?(?:run|ran|done|did|raced|finished)\s+(?:it|this|that|the [a-z]+)\b[^.;!?]{0,30}$"#)
    static let clockFrom = TextPattern(#"\b(?:from|between)\s*$"#)
    static let clockTo = TextPattern(#"\bfrom\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s*(?:to|till|until|-|–)\s*$"#)
    static let clockUntil = TextPattern(#"^\s*(?:to|till|until|and|-|–)\s*\d"#)
    static let gluedRaceName = TextPattern(
        #"(?<!\p{L})(\p{Lu}\p{Ll}{2,}(?:maraþon|maraton|marathon|maratona|maratón|maratonas|maraton|halvmaraton|puolimaraton|halbmarathon))(?!\p{L})"#, caseSensitive: true)
    static let tallyBefore = TextPattern(
        #"\b(?:\d+|a few|a good few|several|some|many|a couple of|loads of|lots of|a bunch of)\s+(?:halves|half marathons|halfs|marathons|10ks|5ks|ultras|races|parkruns|trail races)\s*(?:,|and|&)\s*(?:and\s+)?(?:\d+|an?|one)?\s*$"#)
    static let pastCue = TextPattern(#"\b(?:ran|raced|done|did|finished|completed|have run|had run|longest|long runs?|used to|was|went|watched|watching|saw|cheered|spectated|volunteered|volunteering|previously|so far|until now|till now|up to now|only ever|before,? i (?:only |just |mostly |usually )?(?:ran|run|did|do|have))\b|\b\d{1,2}:\d{2}(?::\d{2})? from (?:the |my )?(?:\d{4} )?$"#)
    static let distanceFigurePutRight = TextPattern(
        #"(?:^|[.!?,;:—–-]\s*)(?:(?:no|nope|sorry|wait|actually|i mean|make (?:that|it)|rather)[,.!]?\s+)+(?:the\s+|a\s+)?(\d{1,3}(?:\.\d)?)(?![\d:])\s*(?=[.,;!?—–-]|$)"#)
    static let distancePutRight = TextPattern(#"^\W*(?:oh,?\s+|ah,?\s+)?(?:wait|actually|sorry|no|hang on|hold on)\b[^.!?]{0,12}\b(?:it is|it's|its)\s+(?:now\s+)?(?:a\s+)?$"#)
    static let entryBefore = TextPattern(
        #"\b(?:entered|signed (?:me |us |us both |myself )?up for|registered for|booked|got (?:into|in to)|got (?:a|my) (?:spot|place|number|bib|entry|slot|ticket) (?:in|for|at|to)|(?:i am|i'm|im) (?:running|doing|racing))\s+(?:the\s+)?$"#)
    static let routineAfter = TextPattern(#"^\s*(?:on (?:the )?weekends|every|each|most|(?:a|per|each|every|/|in a) (?:week|wk|day|month)|weekly)\b"#)
    static let habitualAfter = TextPattern(
        #"^\s*(?:(?:a|per|each|every|/|in a|in the|in 1)\s*(?:week|wk|day|month)\b|weekly\b|pw\b|long runs?\b|yesterday\b|last\b|ago\b|(?:in|back in) (?:19|20)\d\d\b|(?:last|this) (?:year|month|week|spring|summer|autumn|fall|winter)\b|every\b|each\b|most\b|on (?:the )?weekends\b|(?:is|was) my longest|time\b)"#)
    static let lapBefore = TextPattern(#"\b(?:loops?|laps?|repeats?|reps?|circuits?|legs?|stages?)\s+of\s+(?:about |around |roughly |just over |just under )?$|\d\s*x\s*$|\b(?:each|every|one|a|the) (?:lap|loop|circuit) (?:is|was|of|measures)\s+(?:about |around |roughly )?$"#)
    /// "four laps of the ring road, and each lap is 2.5 km": the race is the laps times the lap.
    static let lapsTimesLap = TextPattern(#"\b([2-9]|1\d|20) (?:laps|loops|circuits)\b[^.!?]{0,50}?\b(?:each|every|one|a|the) (?:lap|loop|circuit) (?:is|was|of|measures)\s+(?:about |around |roughly )?(\d+(?:\.\d+)?)\s*(k|km|kms|miles?|mi)\b"#)
    static let lapAfter = TextPattern(#"^\s*(?:loops?|laps?|circuits?|lapped)\b"#)
    static let timeToImprove = TextPattern(#"^\s*times?\s+(?:down|under|below|faster|quicker|lower)\b"#)
    static let improveBefore = TextPattern(#"\b(?:improve|improving|lower|lowering|better|bring down|cut|cutting|speed up|beat|beating)\s+(?:(?:my|me|a)\s+)?$"#)
    static let eventAfter = TextPattern(
        #"^\s*(?:race\b|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|on (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:the )?\d|on (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|next (?:year|spring|summer|autumn|fall|winter|month)|this (?:year|spring|summer|autumn|fall|winter)|in \d+ (?:weeks|months))"#)

    static let articleBefore = TextPattern(#"\b(?:the|a|an|my)\s+$"#)
    static let weekRunsSentence = TextPattern(#"\b(?:a week|per week|weekly|a wk|runs?:|i run about|i run around)\b"#)
    static let resultAtDistanceBefore = TextPattern(#"\b(?:best|fastest|last|previous|pb|pr|personal best)\s+$"#)
    static let someoneWanted = TextPattern(#"\b(?!(?:i|we|i really|really)\b)[a-z]+ (?:wanted|wants|suggested|suggests|preferred|prefers|pushed for|was pushing for|would rather)(?: me to do| me to run| us to do| us to run| to do| to run)? (?:the |a |an )?$"#)
    static let otherOuting = TextPattern(#"\b(?:hiked|hiking|cycled|cycling|bike ride|rode|swam|skied|skiing|drove|driving|flew|flight)\b"#)
    static let goalFrame = TextPattern(
        #"\b(?:want|wanna|would like|like to|goal|aim|aiming|hoping|hope|trying|looking to|training|plan|planning|mainly|mostly|main thing|focus|priority)\b"#)
    static let raceCue = TextPattern(
        #"\b(?:training for|train for|prepar(?:e|ing) for|sign(?:ed|ing)? up (?:for|to)|registered|entered|(?:want|wanna|would like|hope|hoping|plan|planning|going) to race(?: again)?\b(?! (?:less|more|the clock|myself|against))|race (?:in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the spring|the summer|the autumn|the fall|the winter|\d+ (?:weeks|months))|on|day|is(?! (?:with|against)\b))|(?:a|the|my|next|goal|target|upcoming|1st|spring|autumn|fall) race\b(?! (?:a lot|often|regularly|(?:is|was) (?:with|against)\b))|racing (?:a|an|the|in)\b)"#)
    static let speedCue = TextPattern(
        #"\b(?:get(?:ting)? faster|run faster|be faster|faster|quicker|more fast|more quick|speed\b|improve my (?:[a-z0-9.]+ )?(?:time|times|timing|pace|pb|pr)|better (?:[a-z0-9.]+ )?(?:time|times|pace)|plus vite|más rápido|mais rápido|più veloce|schneller|sneller|(?:get|bring|knock) (?:my )?(?:[a-z0-9.]+ )?times? down|(?:get|bring) my (?:[a-z0-9.]+ )?(?:time )?(?:under|below|sub|down to)|(?:pr|pb) (?:my|at|in|for)|(?:new|a new|set a) (?:pb|pr|personal best|personal record)|(?:get|go|run|dip|duck|be) (?:under|below|sub) \d(?!\d*\s*(?:stone|st\b|kg|kilos?|lbs?|pounds))|(?:want|get|set|chasing|go for|going for|after|hoping for|aiming for) (?:a |an |my )?(?:new )?(?:[a-z0-9.]+ )?(?:pb|pr|personal best)\b|(?<!still )(?<!always )(?<!can )(?<!usually )beat my|break my(?!self)(?! (?:ankles?|legs?|neck|foot|feet|wrists?|arms?|back|knees?|hips?|toes?|bones?|body)\b))"#)
    static let paceSoTime = TextPattern(
        #"\b(?:want|wanna|aim(?:ing)? for|target is|goal is|hoping for|would like|'d like)\s+(?:to (?:run|average|hold|do) )?(?:about |around )?\d{1,2}(?::\d{2})?\s*(?:minutes?|mins?)?\s*(?:/|per|a)\s*(?:km|k|kilometre|mile|mi)\b,?\s*(?:so|which is|that is|that's|=)\s+(?:about |around |roughly |under |sub )?(\d{1,2}(?::\d{2}){1,2}|\d{1,3}\s*(?:minutes?|mins?|hours?|hrs?|h)\b)"#)
    static let figureWishedFor = TextPattern(
        #"\b(?:(?:like|love|want|hope|wanna|dream) to (?:see|hit|break)|(?:i|i'd) (?:want|wanna|would like|'d like|hope for|am aiming for)|(?<=[,.;] )aim(?:ing)?(?: for)?|(?<=[,.;] )target:?|(?<=[,.;] )goal:?)\s+(?:a |an )?(\d{2,3}|\d{1,2}:\d{2}(?::\d{2})?)\b(?!\s*(?:k\b|km|kms|miles?|mi\b|kg|%|years?|days?|times|runs|a week|per week|weeks?))"#)
    static let wishSetAside = TextPattern(#"\d|\b(?:but|one day|someday|some day|eventually|dream|maybe|no|not)\b"#)
    static let beatingSomeone = TextPattern(#"\b(?:beat|beating|outrun)\b"#)
    static let speedRuledOut = TextPattern(#"\b(?:rather than|not|instead of|never|no|more than|over)\s+(?:(?:for|about|really|that|bothered|fussed|worried|so|chasing|much)\s+)*(?:the\s+)?$"#)
    static let timeGoalCue = TextPattern(#"\b(?:sub[- ]?\d|break(?:ing)? \d)"#)
    static let baseCue = TextPattern(
        #"\b(?:build(?:ing|in)? (?:up )?(?:my |the )?(?:weekly )?(?:mileage|milage|base|volume|endurance|aerobic base|miles|km)|build(?:ing|in)? (?:it |myself )?up to (?:running |doing )?\d+ ?(?:k|km|kilometers|kilometres|miles?|mi)\b|(?:get|getting|gettin|tryna get|trying to get|want to get) (?:up )?to \d+ ?(?:k|km|kilometers|kilometres|miles?|mi)(?: a| per|/)? ?(?:week|wk)\b|base[- ]?building|run more\b|increase (?:my )?(?:mileage|volume|distance)|(?:get|getting|gettin|bump|bumping|push|pushing) (?:my |the )?(?:kms|km|kilometres|kilometers|miles|mileage|milage|volume|distance) up\b|more mileage|higher mileage|(?:a |my )?(?:proper|bigger|solid|better|aerobic) base\b|more km\b|more miles\b|^\s*(?:a |my )?base\s*[.!,:;-])"#)
    static let returnCue = TextPattern(
        #"\b(?:get(?:ting)? back (?:in|into) (?:running|it|shape|the habit)|back into running|back to running|return(?:ing)? to running|(?:come|coming) back (?:to running|from|after|into)|(?:come|coming|get|getting|go|going) back to (?:my )?(?:fitness|form|shape)|comeback|after (?:a|an|my) (?:long |few years'? |year'?s? )?(?:break|injury|time off|hiatus|layoff|lay-off|pregnancy|baby|while)|start(?:ing)? (?:running )?again|(?:run|running|jog|jogging) (?:normally |properly |pain[- ]free |without pain )?again|have not run in (?:years|ages|a long time|\d+ years))"#)
    static let turnToNow = TextPattern(#"[,;.]\s*(?:and |but |so )?(?:now|this time|next(?! to)|this year)\b"#)
    static let runnerIsAt = TextPattern(#"\b(?:i am|im|i'm) (?:at|on|running|doing) (?:about |around |like )?$"#)
    static let usedToRunIn = TextPattern(#"\b(?:used to (?:run|do|finish) (?:it|that|them|one)|(?:i |we )?(?:ran|did|finished) it|my (?:old |best |last )?time (?:was|is))\s+(?:in\s+)?(?:about |around |roughly |just under |just over )?(?:an? )?$"#)
    static let currentResultBefore = TextPattern(
        #"\b(?:rn|right now|currently|at the moment|atm|these days|at present)\s*,?\s*(?:(?:i am|i'm|im|i do|i run|i can do|i'm at|im at|i am at)\s+)?(?:an? [a-z]+\s+)?(?:(?:like|about|around|at|on)\s+)?$"#)
    static let changedTo = TextPattern(#"\b(?:switch(?:ed)?|swapp?(?:ed)?|chang(?:e|ed)|mov(?:e|ed)|enter(?:ed)?|sign(?:ed)? up|regist(?:er|ered)|upgrad(?:e|ed)|downgrad(?:e|ed)|drop(?:ped)? down|step(?:ped)? up)\b[^.;!?]{0,12}$"#)
    /// (Not "the 15K, I signed up yesterday": the day it was entered.)
    static let agoAfter = TextPattern(#"^(?![^.;!?]{0,25}?\b(?:signed up|registered|entered|booked|paid)\b)[^.;!?]{0,25}?\b(?:ago|(?<!the )last (?:week|weekend|month|sunday|saturday)(?! (?:in|of)\b)|yesterday)\b"#)
    static let doneBefore = TextPattern(#"\b(?:did|ran|raced|completed|finished|done|have done|had done|walked)\s+(?:my |a |an |the |our |that |a (?:good |fair )?few |a couple (?:of )?|several |loads of |lots of |plenty of |a bunch of |many |some |\d+ )?(?:first |1st |last |only |local )?$"#)
    /// ("There is a 5 km fun run at our church …, but I am not entering": a race the runner will not enter.)
    static let noRaceCue = TextPattern(#"(?:^|[.!?;]\s*)not a race\b|\b(?:(?:i am|i'm|im) not (?:entering|doing it|running it|signing up|going to enter)\b|no (?:specific |particular |real |actual |set |planned )?races?|not (?:training for|doing|entering|planning) (?:a |any )?race|not racing(?! (?:it|this|that|them|him|her|anyone|anybody|my \w+|the \w+))|without a race|no races? (?:planned|in mind|booked|lined up|entered)|(?:do not|does not|never) have (?:a |any )?races? (?:lined up|planned|in mind|booked|entered|yet)|not (?:entered|signed up for|booked) (?:a |any )?races?|(?:it is|this is|that is|it is) not (?:a |about a )?race|not for (?:a |any |some )?(?:race|competition)|not (?:really |much of |exactly |at all )?(?:a )?(?:race|racing) (?:person|type|kind of (?:person|guy|girl|gal))|not (?:really |much of |exactly )?a racer)\b"#)
    /// "A marathon. Because a half was too easy", "the half is too much for me now": a distance set aside. ("The half can wait
    /// till next year": put off.)
    static let describedAsPast = TextPattern(
        #"^\s*(?:can|will have to|has to|must|could) wait\b|^\s*(?:is|'s) for (?:next year|another (?:year|time|day)|later)\b|^\s*(?:was|were|felt|seemed|sold out|is (?:full|sold out)|filled up|is (?:too|way too|a bit too|much too))\b|^\s*(?:that |which )?i (?:did|ran|finished|completed|raced)\b(?! (?:not|never))|^\s*(?:in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* )?last (?:year|month|spring|summer|autumn|fall|winter)\b|^\s*(?:in \p{L}+ )?in (?:19|20)\d\d\b"#)
    static let someday = TextPattern(#"\b(?:long[- ]term|(?:one|1) day(?!s)|some ?day|eventually|down the (?:line|road)|at some point|in the future|further down|the year after|not yet|maybe,? (?:maybe,? )?think about|maybe (?:a|an|one|do a|pick a) [a-z0-9 ]{0,20}next (?:yr|year))\b"#)
    static let hedgedRace = TextPattern(#"\b(?:maybe|perhaps|possibly|eventually|one day|someday|let'?s see|we will see|we'?ll see|if (?:it|the \w+) (?:holds|goes))\b"#)
    static let goalSaid = ["return_to_fitness": "getting back into running", "speed": "getting faster", "base_building": "building your base",
                           "general_health": "general health and fitness"]
    static let speedWords: Set<String> = ["faster", "quicker", "better", "speedier", "sub", "under", "improved"]
    static let monthNamed = TextPattern(#"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\b"#)
    static let healthCue = TextPattern(
        #"\b(?:stay(?:ing)? (?:healthy|fit|in shape|active)|keep(?:ing)? fit|get(?:ting)? (?:fit|fitter|in shape|healthier|in better shape)|fitter|lose (?:some |a bit of |a little |a little bit of |the )?weight|losing weight|weight loss|for (?:my )?health|general (?:health|fitness)|just for fitness|for fitness|fitness|mental health|for fun|feel better|be healthier|healthier|health)\b"#)

    func extractGoals(_ scan: Scan) {
        var distanceFound: (NamedDistance, Int)?
        var foundUnit: String?
        for match in Self.goalDistancePattern.matches(in: scan.text) {
            let named = match[3] ?? match[4]
            let position = match[4] != nil ? match.start(of: 4) : match.start
            guard let distance = Self.distance(number: match[1], unit: match[2], named: named) else { continue }
            let before = scan.window(before: position, 48)
            let after = scan.window(after: match.end, 40)
            // ("I switched to the half last week": when the goal changed, not when it was run.)
            let changed = Self.changedTo.matches(before)
            // "my 5k time is 27" is a result; "get my 5k time down", "improve my 10k time" name a speed goal's distance.
            // ("I told him I'd run the full marathon this year": a race to come, this year.)
            // ("Oh, wait, it's 12 km this year, they changed the course": the distance put right, for this year's race.)
            let putRight = Self.distancePutRight.matches(scan.sentenceBefore(position))
            if Self.habitualAfter.matches(after), !Self.timeToImprove.matches(after), !Self.improveBefore.matches(before), !changed, !putRight,
               !(named != nil && Self.willRunBefore.matches(before)) { continue }
            if Self.perUnitBefore.matches(scan.window(before: position, 24)) { continue }
            // ("our church has a team in the Azalea City Marathon Relay, and I've got a leg": the runner's leg is the race.)
            if Self.relayAfter.matches(after) { continue }
            // ("the academic oval, 2.2 km per loop": a loop's length, not a race.)
            if named == nil, Self.perLoopAfter.matches(after) { continue }
            // ("It's the Fredericton Marathon weekend, they do all the distances, the 5K, the 10K, the half and the full": the
            // event's weekend, and the distances it offers, are no goal.)
            if named != nil, Self.eventWordAfter.matches(after) { continue }
            if Self.distancesOffered.matches(scan.sentenceBefore(position)) { continue }
            // ("The 10k. There's a 5k too, but no chance": once the goal's distance is found, another the event offers.)
            if distanceFound != nil, Self.alsoOffered.matches(scan.sentence(around: position).text) { continue }
            // ("It's a half, 13.1 miles, but it's 8 miles straight up and 5 down": once the race's distance is found, a stretch of
            // its course.)
            if distanceFound != nil, Self.partOfCourseAfter.matches(after) { continue }
            // ("100K. About 62 miles.", "The half marathon. Thirteen miles and a bit.": the distance said again in the other unit.)
            if let found = distanceFound, abs(distance.km - found.0.km) <= found.0.km * 0.05 { continue }
            // ("The half marathon. Darla's doing the full, bless her": once the goal's distance is found, someone named's race.)
            if distanceFound != nil, Self.namedOther(scan, sentence: scan.sentenceBefore(position)) { continue }
            // "the 10 km of the Barachois every year": a race run every year is a habit, not this goal.
            if Self.everyYearAfter.matches(after) { continue }
            // "Did my first parkrun in October", "a half marathon three weeks ago": a race done, not a goal.
            if Self.doneBefore.matches(before) || Self.agoAfter.matches(after) && !changed { continue }
            // ("run with a club for about eight years: a few halves, one marathon": a tally of races run.)
            if Self.tallyBefore.matches(before) { continue }
            // "Before the injury I was fairly serious, … the Rotterdam half in 1:29": a race from before a break.
            if Self.beforeTheBreak.matches(scan.sentenceBefore(position)) { continue }
            // "100 miles, ten loops of ten miles": a lap, not the race.
            if Self.lapBefore.matches(before) || Self.lapAfter.matches(after) { continue }
            // "A marathon. Because a half was apparently too easy": the half is what was, not the goal.
            if Self.describedAsPast.matches(after), !changed { continue }
            // ("… a half marathon in Helsinki … Right now I run about 35 km a week, four runs: … a 6 k with the club": once the
            // goal's distance is found, a distance in a sentence about the week's running is one of its runs.)
            if distanceFound != nil, Self.weekRunsSentence.matches(scan.sentenceBefore(position)) { continue }
            // "55 miles … my first ultra beyond 50k": a distance the race is measured against, once one is found.
            if distanceFound != nil, Self.comparedWith.matches(before) { continue }
            // ("… one for sure, down in Fargo in May. There's a half back home in the fall I might do after, but don't count on
            // it": a maybe race beside the sure one.)
            if Self.sureOne.matches(scan.text), Self.mightDo.matches(scan.sentence(around: position).text) { continue }
            // ("The full marathon … The fall one would only be the half, but that one's a maybe": another race's distance.)
            if distanceFound != nil, Self.otherRaceBefore.matches(scan.sentenceBefore(position)) { continue }
            // ("A race, my first one longer than a 5K": the distance the race outgrows, not the race's.)
            if Self.outgrown.matches(before) { continue }
            // ("The Ashby 20 … It's my warm-up for a spring marathon I haven't picked yet": the race after the goal.)
            if distanceFound != nil, Self.warmUpFor.matches(before) { continue }
            // ("I chose the 21K because the 5K is full of our managers": the reason, not the goal.)
            if distanceFound != nil, Self.becauseBefore.matches(before) { continue }
            // ("No, the 10k, the 5k is the kids' race": the other distance, said to be someone else's race.)
            if distanceFound != nil, Self.othersRaceAfter.matches(after) { continue }
            // Asked about running so far, a race is one run before ("the Ottawa half twice before the leg went") unless wished for.
            // ("Now, with the work in the winery, only 40 km": not a place said with "in the".)
            if scan.expecting?.hasPrefix("running.") == true, Self.goalTrigger.matches(in: before).allSatisfy({ Self.weakTrigger.matches($0.text) }) { continue }
            // "The half marathon at the Tata Mumbai Marathon": the event's name, not a second distance.
            // ("the 10k at the Yangzhou half marathon", "it's the 10k, at the Lahore Marathon": the event's name too.)
            if named == "marathon" || named.map({ $0.hasPrefix("half") }) == true, Self.distanceAtEvent.matches(before) { continue }
            let lastTrigger = Self.goalTrigger.matches(in: before).last
            var trigger = lastTrigger?.end ?? -1
            var past = Self.pastCue.matches(in: before).last?.end ?? -1
            // ("I ran the half last week, now a marathon in May": what comes after "now" is to come.)
            if past >= 0, Self.turnToNow.matches(before.utf16Slice(past, before.utf16Length)) { past = -1 }
            // "I've done a good few 5ks at the parkrun": "at the" after a race done names where, not a goal.
            // ("Last year I trained for the half and got a stress fracture": a goal of a year gone by.)
            if let lastTrigger, Self.weakTrigger.matches(lastTrigger.text),
               case let sentence = scan.sentenceBefore(position), Self.pastCue.matches(sentence) || Self.yearGoneBy.matches(sentence) {
                trigger = -1
                past = max(past, 0)
            }
            let isEvent = named != nil
            let terse = scan.text.split(separator: " ").count <= 5
                && (scan.expecting == "goals.raceDistance" || scan.expecting == "goals.goalType")
            // "so I told him I'd run the full one this year": a race the runner says they will run.
            var goal = trigger > past || named != nil && Self.willRunBefore.matches(before)
            if !goal, past < 0, isEvent && named != "parkrun" && named != "park run" || Self.eventAfter.matches(after) { goal = true }
            if !goal, terse, past < 0 { goal = true }
            // In answer to the goal or distance question a distance is the race's ("100 km with 6000 m of climbing").
            // ("mileage. 25k now, want 40 by winter. no race": a week's figure, not a race.)
            // ("I run 3 times a week, about 20 km": the week's running told at the goal question.)
            if !goal, past < 0, scan.expecting == "goals.goalType" || scan.expecting == "goals.raceDistance", !Self.weekFigureAfter.matches(after),
               !(named == nil && Self.weekRunsSentence.matches(scan.sentenceBefore(position)) && !Self.articleBefore.matches(before)) { goal = true }
            // "the 56k ultra, not the half": the distance ruled out is not the goal's.
            // ("The 10K. Chantal wanted the half marathon but I put my foot down": what someone else wanted.)
            guard goal, !scan.negated(at: position), !scan.aboutSomeoneElse(at: position),
                  !Self.someoneWanted.matches(scan.window(before: position, 40)),
                  // ("My best marathon is 3:41": a result at a distance, asked the target, is no new goal.)
                  !(scan.expecting == "goals.targetTime" && Self.resultAtDistanceBefore.matches(scan.window(before: position, 16))),
                  // ("Kirsty's aiming for 3:45 in the full": a sentence about someone called by name.)
                  !Self.namedOther(scan, sentence: scan.sentenceBefore(position)) else { continue }
            scan.add("goals.raceDistance", .number(distance.km), said: Self.said(distance), at: position)
            scan.add("goals.raceDistanceLabel", .string(distance.label), said: distance.name, at: position)
            distanceFound = (distance, position)
            foundUnit = match[2]
        }
        // ("The 50 kilometres — no, the 80.": a bare figure put right after a distance takes that distance's unit.)
        if let (_, position) = distanceFound, let unit = foundUnit,
           let match = Self.distanceFigurePutRight.matches(in: scan.text).first(where: { $0.start > position }),
           let distance = Self.distance(number: match[1], unit: unit, named: nil) {
            scan.add("goals.raceDistance", .number(distance.km), said: Self.said(distance), at: match.start(of: 1))
            scan.add("goals.raceDistanceLabel", .string(distance.label), said: distance.name, at: match.start(of: 1))
            distanceFound = (distance, match.start(of: 1))
        }
        // "Boston." asked for the goal: a city known for its marathon, with no other distance said.
        if distanceFound == nil, scan.expecting == "goals.goalType" || scan.expecting == "goals.raceDistance",
           let match = Self.marathonCity.firstMatch(in: scan.text) {
            let marathon = Self.namedDistance(km: 42.195)
            scan.add("goals.raceDistance", .number(marathon.km), said: Self.said(marathon), at: match.start)
            scan.add("goals.raceDistanceLabel", .string(marathon.label), said: marathon.name, at: match.start)
            distanceFound = (marathon, match.start)
        }
        // "Western States 100. Got picked in the lottery": a race known by its name has a known distance.
        if distanceFound == nil, scan.expecting == "goals.goalType" || scan.expecting == "goals.raceDistance",
           let (match, km) = Self.knownRaceDistances.lazy.compactMap({ race in race.0.firstMatch(in: scan.text).map { ($0, race.1) } }).first,
           !scan.negated(at: match.start), !scan.aboutSomeoneElse(at: match.start) {
            let distance = Self.namedDistance(km: km)
            scan.add("goals.raceDistance", .number(distance.km), said: Self.said(distance), at: match.start)
            scan.add("goals.raceDistanceLabel", .string(distance.label), said: distance.name, at: match.start)
            distanceFound = (distance, match.start)
        }
        // "8 Tuff Miles, over on St. John": asked for the goal, a race whose name is its distance.
        if distanceFound == nil, scan.expecting == "goals.goalType" || scan.expecting == "goals.raceDistance",
           let match = Self.distanceInName.firstMatch(in: scan.text),
           let distance = Self.distance(number: match[1], unit: match[2], named: nil) {
            scan.add("goals.raceDistance", .number(distance.km), said: Self.said(distance), at: match.start)
            scan.add("goals.raceDistanceLabel", .string(distance.label), said: distance.name, at: match.start)
            distanceFound = (distance, match.start)
        }
        // "bath half", "chilly half": asked for the goal, a race called a half is a half marathon.
        if distanceFound == nil, scan.expecting == "goals.goalType" || scan.expecting == "goals.raceDistance",
           let match = Self.namedHalf.firstMatch(in: scan.text), !scan.negated(at: match.start) {
            let half = Self.namedDistance(km: 21.0975)
            scan.add("goals.raceDistance", .number(half.km), said: Self.said(half), at: match.start)
            scan.add("goals.raceDistanceLabel", .string(half.label), said: half.name, at: match.start)
            distanceFound = (half, match.start)
        }
        // "half. sun 28 feb", "HM. oct 24": asked for the goal, an answer that opens with the half (or its shorthand,
        // typed in capitals: a lower-case "hm" may be a hum) names a half marathon.
        // ("half. bergen city marathon": the half at an event with "marathon" in its name.)
        // ("A half. No wait, the full.": not the marathon a correction puts in its place.)
        if distanceFound == nil || distanceFound.map({ found in
               found.0.km == 42.195 && !Replies.correction.matches(in: scan.text).contains { $0.start < found.1 } }) == true,
           scan.expecting == "goals.goalType" || scan.expecting == "goals.raceDistance",
           Self.openingHalf.matches(scan.text) || Self.openingHM.matches(scan.original) || Self.nameThenHalf.matches(scan.text) {
            if distanceFound != nil { scan.drop(["goals.raceDistance", "goals.raceDistanceLabel"]) }
            let half = Self.namedDistance(km: 21.0975)
            scan.add("goals.raceDistance", .number(half.km), said: Self.said(half), at: 0)
            scan.add("goals.raceDistanceLabel", .string(half.label), said: half.name, at: 0)
            distanceFound = (half, 0)
        }
        if distanceFound == nil, let match = Self.lapsTimesLap.firstMatch(in: scan.text), let laps = Self.number(match[1]), let lap = Self.number(match[2]),
           let distance = Self.distance(number: Self.plain(laps * lap), unit: match[3], named: nil) {
            scan.add("goals.raceDistance", .number(distance.km), said: Self.said(distance), at: match.start)
            scan.add("goals.raceDistanceLabel", .string(distance.label), said: distance.name, at: match.start)
            distanceFound = (distance, match.start)
        }
        scan.goalDistance = distanceFound?.0.km
        if distanceFound != nil { scan.goalContext = true }

        extractRaceName(scan)
        let dateFound = extractRaceDate(scan)

        // Goal type, from the strongest cue.
        // "I'm not racing anyone but myself", "no specific race": no race goal.
        let noRace = Self.noRaceCue.matches(scan.text)
        // ("She does parkrun every Saturday" is her race, not the runner's.)
        // ("Never a race, never a plan, never a watch": no race at all.)
        let race = noRace ? nil : Self.raceCue.matches(in: scan.text).first {
            !scan.negated(at: $0.start) && !scan.aboutSomeoneElse(at: $0.start) && !Self.neverARace.matches(scan.window(before: $0.start, 12))
        }
        let openGoal = scan.expecting == nil || scan.expecting == "goals.goalType"
        // Softer goal words ("healthy", "faster") set the goal only when goals are being talked
        // about: "I had knee trouble but I'm healthy now" after the injury question is no new goal.
        func framed(_ match: TextMatch) -> Bool {
            openGoal || Self.goalFrame.matches(scan.clauseBefore(match.start))
        }
        // "mostly for my head rather than for speed" is no speed goal.
        // ("She's dead quick, 26 minutes": someone else's speed is no goal.)
        let speed = Self.speedCue.matches(in: scan.text).first {
            !Self.speedRuledOut.matches(scan.window(before: $0.start, 24)) && !scan.aboutSomeoneElse(at: $0.start)
        }
            ?? (openGoal || noRace && distanceFound != nil ? Self.timeGoalCue.firstMatch(in: scan.text) : nil)
        if race != nil { scan.goalContext = true }
        if let race {
            scan.add("goals.goalType", "race", said: "a race", at: race.start)
        } else if let dateFound, !noRace {
            // ("No race for now …, cleared me to start running again on the 1st of November": a date that is no race day.)
            scan.add("goals.goalType", "race", said: "a race", at: dateFound)
        } else if scan.expecting == "goals.goalType", let (_, position) = distanceFound, !noRace,
                  // (Not a "race name" made of the speed words themselves: "quicker 5k. sub 20".)
                  scan.latest("goals.raceName")?.value.stringValue.map({ !Self.speedCue.matches($0.lowercased()) }) == true
                    || Self.monthNamed.matches(scan.text) {
            // "sydney marathon in august mate, want to go under 4", "sub 20 5k at the Podium 5k in February": a time goal
            // at a named race or in a named month is a race goal.
            scan.add("goals.goalType", "race", said: "a race", at: position)
        } else if let speed, framed(speed), !(scan.expecting == "goals.targetTime" && (speed.text.contains(where: \.isNumber) || Self.beatingSomeone.matches(speed.text)
                    || Self.fasterThanSomeone.matches(scan.text))) {
            // (In answer to the target question, "I'd like to go under 4:15" or "I want to beat my brother's 59" is the
            // target, not a new goal.)
            scan.add("goals.goalType", "speed", said: "getting faster", at: speed.start)
            scan.goalContext = true
        } else if let (_, position) = distanceFound, !noRace {
            scan.add("goals.goalType", "race", said: "a race", at: position)
        } else if scan.has("goals.raceName"), !noRace, let name = scan.candidates.first(where: { $0.path == "goals.raceName" }) {
            // "The Great North Run in September!": a race named is a race goal.
            scan.add("goals.goalType", "race", said: "a race", at: name.position)
        } else if openGoal, !noRace, let match = Self.ultraGoal.firstMatch(in: scan.text), !scan.negated(at: match.start),
                  !scan.aboutSomeoneElse(at: match.start) {
            // ("Transvulcania on La Palma, the ultra.": an ultra is a race, its distance asked next.)
            scan.add("goals.goalType", "race", said: "a race", at: match.start)
            scan.goalContext = true
        } else if let match = Self.returnCue.firstMatch(in: scan.text), framed(match) {
            scan.add("goals.goalType", "return_to_fitness", said: "getting back into running", at: match.start)
        } else if let match = Self.baseCue.firstMatch(in: scan.text), framed(match) {
            scan.add("goals.goalType", "base_building", said: "building your base", at: match.start)
        } else if let match = Self.healthCue.firstMatch(in: scan.text), framed(match) {
            scan.add("goals.goalType", "general_health", said: "general health and fitness", at: match.start)
        }
        // "Long term I'd like to do a half again, but for now I just want to run without breaking": the race
        // is a someday wish; the goal now is the comeback (or the base, or health).
        // ("No race yet: I want to build up to 50k a week …, then pick a marathon for next year": no race now.)
        // (A day said beside "no race" is no race day.)
        if noRace, race == nil { scan.drop(["goals.raceDate"]) }
        if race == nil, dateFound == nil, distanceFound != nil, let later = Self.someday.firstMatch(in: scan.text) ?? (noRace ? Self.noRaceCue.firstMatch(in: scan.text) : nil) {
            let now: (String, String)? = Self.returnCue.matches(scan.text) ? ("return_to_fitness", "getting back into running")
                : Self.baseCue.matches(scan.text) ? ("base_building", "building your base")
                : Self.healthCue.matches(scan.text) ? ("general_health", "general health and fitness") : nil
            if let (goal, said) = now {
                scan.add("goals.goalType", .string(goal), said: said, at: max(later.start, scan.text.utf16Length - 1))
                scan.drop(["goals.raceDistance", "goals.raceDistanceLabel", "goals.raceName"])
            }
        }
        if scan.expecting == "goals.goalType", race == nil, dateFound == nil, !scan.has("goals.raceName") {
            // "Build up to running 5k non-stop", "Couch to 5k!": a distance the runner wants to be able to run is no race.
            // ("I want to join the 10K fun run …, this year I want to run all the way": an event joined is a race.)
            if distanceFound != nil, let ability = GoalKind.ability.firstMatch(in: scan.text), noRace || !GoalKind.eventJoined.matches(scan.text) {
                // (A comeback or a health goal said with it stays the goal: "come back …, one day 5 km without stopping".)
                let kept = scan.latest("goals.goalType").flatMap { $0.value.stringValue }.flatMap { $0 == "race" ? nil : $0 }
                scan.drop(["goals.raceDistance", "goals.raceDistanceLabel", "goals.goalType"])
                let kind = kept ?? "base_building"
                scan.add("goals.goalType", .string(kind), said: Self.goalSaid[kind] ?? kind, at: ability.start, checkNegation: false)
            } else if distanceFound != nil, Self.hedgedRace.matches(scan.text), Self.returnCue.matches(scan.text) || GoalKind.comeback.matches(scan.text) {
                // "comeback after plantar fasciitis, maybe a half later in the year but let's see": the race is a maybe.
                scan.drop(["goals.raceDistance", "goals.raceDistanceLabel", "goals.goalType"])
                scan.add("goals.goalType", "return_to_fitness", said: Self.goalSaid["return_to_fitness"] ?? "", at: scan.text.utf16Length, checkNegation: false)
            } else if !scan.has("goals.goalType"), !Self.raceOpens.matches(scan.text), let (kind, position) = GoalKind.read(scan.text),
                      !scan.inQuestion(at: position) {
                // Other words for the same kinds of goal, in English and other languages (see `GoalKind`); not asked back
                // ("What distance would you recommend?").
                scan.add("goals.goalType", .string(kind), said: Self.goalSaid[kind] ?? kind, at: scan.text.utf16Length, checkNegation: false)
            }
        }
        if scan.expecting?.hasPrefix("goals.") == true { scan.goalContext = true }

        extractTargetTime(scan)
        extractPaces(scan)
    }

    // MARK: - Race name

    static let ultraGoal = TextPattern(#"\b(?:an?|the|my(?: first)?|first)\s+ultra(?:[- ]?marathon|[- ]trail| race)?\b(?!\s*(?:runners?|running|friends?|club|group|crowd|people))"#)
    static let nameOnPlaceThenKind = TextPattern(#"^\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:on|in|at|around)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2},\s+the\s+(?:ultra|marathon|half|trail race|race)\b"#, caseSensitive: true)
    static let runOfTheName = TextPattern(#"\b[Tt]he\s+(run|race|marathon|relay|walk|trail)\s+of\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:the\s+|of\s+)?\p{Lu}[\p{L}'’-]*){0,3})"#, caseSensitive: true)
    static let cappedThenSmallKind = TextPattern(#"\b[Tt]he\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3})(fun run|run|race|relay|trail run|ultra)\b"#, caseSensitive: true)
    static let marathonCityCased = TextPattern(#"\b(Boston|New York|NYC|Tokyo|Berlin|Chicago|London|Sydney|Valencia|Rotterdam|Paris|Amsterdam|Seville|Sevilla|Barcelona|Dublin|Frankfurt|Hamburg|Vienna|Honolulu)\b"#, caseSensitive: true)
    static let routeBefore = TextPattern(#"\b(?:on|along|up|down|around|round|via|at|in|off|from) the\s*$"#)
    static let nicknameBefore = TextPattern(#"\b(?:call|calls|called|know it as|knows it as|known as|nicknamed)(?: it)?\s+(?:the\s+)?$"#)
    static let raceNameCased = TextPattern(
        #"(?<!\p{L})((?:(?<=\s)[dl]['’]\p{Lu}[\p{L}'.&-]*\s+|\p{Lu}[\p{L}'.&-]*\s+(?:(?:the|of|and)\s+(?=\p{Lu})|(?:festival|night|fun|charity|memorial)\s+)?){1,5})((?i:half[- ]?marathon|marathon|half|ultra|10k|5k|10 ?km|10 miler|ten[- ]miler|trail race|trail run|trail)|Fun Run|Run|Race|Relay|Mini|Classic|Challenge|Trails?|Miles|Mile|Dash|Skyrace|International|Invitational|(?:Ten|Twenty|Thirty|Fifty|Hundred)(?![- ]?(?i:k\b|km|kilo|mile|min|hour|week|day|year|time|run|of\b)))\b((?<=Run|Race)\s+for\s+(?:a\s+|the\s+)?\p{Lu}[\p{L}'-]*)?"#,
        caseSensitive: true)
    /// "The first was 3:48", "my last one was 4:41": a race before, by its place among the runner's races.
    static let earlierRaceWas = #"(?:1st|first|2nd|second|3rd|third|4th|fourth|other|last|previous|old) (?:one |1 |race |marathon |half |attempt |go )?was"#
    static let resultSentence = TextPattern(#"\b"# + earlierRaceWas + #"\b"#)
    static let myEarlierRaceWas = TextPattern(#"\bmy "# + earlierRaceWas + #"\s*(?:about |around |just |only )?$"#)
    static let terseDistanceThenName = TextPattern(#"^\s*(?:(?:a |the )?race\s*[.,:!-]+\s*)?(?:a |the )?(half marathon|half|full|marathon|10k|5k|ultra)\s*[.,:!-]+\s*((?:\p{Ll}[\p{Ll}'-]*)(?:\s+\p{Ll}[\p{Ll}'-]*){0,3})\s*(?:[.!]*\s*$|,\s*(?=(?:mon|tue|wed|thu|fri|sat|sun|\d)))"#)
    static let raceRunInBrackets = TextPattern(#"\b(?:one|a|an|1|2|3|two|three|few|couple of|several|last)\s+(?:half|halves|half marathons?|marathons?|10ks?|5ks?|\d+ ?km|races?|ultras?)\s*\([^)]*$"#)
    static let weakTrigger = TextPattern(#"^(?:at the|in the|for (?:a|an|the|my))\b"#)
    static let yearGoneBy = TextPattern(#"\b(?:last (?:year|season|spring|summer|autumn|fall|winter)|trained)\b"#)
    static let endsJustFinish = TextPattern(#"(?:^|[.!?…]\s*)(?:(?:write|put|say|mark)(?: (?:down|me down))?(?: as| for)? )?(?:just|only) (?:to )?finish(?:ing)?(?: it)?\s*[.!]*\s*$"#)
    static let everyYearAfter = TextPattern(#"^[^,.;!?]{0,30}\b(?:every|each) (?:year|summer|spring|autumn|fall|winter)\b"#)
    static let willRunBefore = TextPattern(#"\b(?:i would|i will|i am going to|i am gonna|i am|i want to|i would like to|i plan to|i hope to)\s+(?:run|do|race|finish|complete|running|doing)\s+(?:the |a |an |my )?(?:full |1st |first )?$"#)
    static let distanceInName = TextPattern(#"^\W*(?:the |an? )?(\d+(?:\.\d+)?)\s+(?!a\b|per\b|each\b|every\b)[a-z'-]+\s+(miles?|k|km)\b(?!\s*(?:a|per|each|every)\s+(?:week|wk|day|month))"#)
    static let namedHalf = TextPattern(
        #"\b(?!(?:other|better|first|second|last|and|a|one|the|my|this|that|next|another)\b)[a-z]+ half\b(?!\s+(?:of|the|an?|hour|way|time|price|term|day|marathon|mara))"#)
    /// ("race. first one thats longer than a 5k": the answer opens with the kind of goal.)
    static let raceOpens = TextPattern(#"^\s*(?:a )?race\b(?!\s*\?)"#)
    static let outgrown = TextPattern(#"\b(?:longer|further|farther|bigger) than (?:a |the |my )?$"#)
    static let comparedWith = TextPattern(#"\b(?:beyond|longer than|further than|farther than|more than|bigger than|past|over|above|than (?:a|the|my))\s*(?:a |the |my )?$"#)
    static let othersWishAfter = TextPattern(
        #"^\s*(?:is|was)\s+(?:what|the time)\s+(?:my|his|her|their)\s+(?:\w+\s+){0,2}?(?:wants|wanted|thinks|said|says|expects|reckons)\b"#)
    static let dayOpensSentence = TextPattern(#"^\s*(?:(?:on|it is|it's|its|that is)\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?$"#)
    static let otherDateOfTheRace = TextPattern(
        #"^\s*(?:was|is|'s)\s+(?:just\s+)?(?:the\s+|when\s+)?(?:registration|entry|entries|early[- ]?bird|deadline|expo|packet|bib|closing|sign[- ]?up|ballot|cut[- ]?off)|^\s*(?:is|was)\s+(?:the|a|an|my|our|their)\s+(?:[a-z']+\s+)?(?:conference|wedding|party|meeting|graduation|funeral|festival|exam|holiday|christening|baptism|reunion|trip|concert|match|game|service)"#)
    static let alsoFineAfter = TextPattern(#"^\s*(?:(?:and )?\d{1,2}\s*(?:seconds?|secs?|s)\s+)?(?:(?:also|too|is also|would also be)\s+(?:can|ok|okay|fine|good|acceptable)|(?:still )?counts|would count)\b"#)
    static let concededBefore = TextPattern(#"\b(?:even|heck even|hell even)\s+$"#)
    static let dreamCondition = TextPattern(#"^\s*(?:if i (?:dream|am dreaming|dream big)|in my (?:wildest )?dreams|(?:is|would be) (?:a |my )?(?:fantasy|pipe dream))\b"#)
    static let dreamAfter = TextPattern(#"^\s*(?:would be|is|'d be)\s+(?:a dream|my dream|the dream|amazing|incredible|a bonus|a stretch|a miracle)"#)
    static let namedGoalTime = TextPattern(#"\b(?:is|as) (?:the|my) (?:goal|target|aim|real goal)\b|\bis realistic\b"#)
    static let openingHalf = TextPattern(#"^\s*(?:a |the |my )?half\s*(?:[.,;:!-]|$)"#)
    /// ("varvet. half. sat 15 may": the race's name typed small, then the half on its own.)
    static let nameThenHalf = TextPattern(#"^\s*([a-z][a-z'-]{2,}(?: [a-z][a-z'-]{2,})?)\s*[.,:;!-]+\s*half\s*(?:[.,;:!-]|$)"#)
    static let openingHM = TextPattern(#"^\s*(?:a |the |my )?HM\b(?!')"#, caseSensitive: true)
    /// ("doin the strand 10k in june": a short race's name typed small.)
    static let distanceAtLowerPlace = TextPattern(
        #"^\s*(?:a |the |my )?(half marathon|half|marathon|10k|5k)\s+(?:at|in)\s+((?:\p{Ll}[\p{Ll}'-]+)(?:\s+\p{Ll}[\p{Ll}'-]+)?)\s*(?=\s(?:on|along|by|near|in|this|next)\b|[,.!]|$)"#)
    static let lowerShortRace = TextPattern(#"\bthe\s+([a-z]{3,}(?:\s+[a-z]{3,})?)\s+(10k|5k)\b"#)
    /// ("The 10K night run in Putrajaya", "the 65 km trail race in Taroko": a race called by its kind and its place.)
    static let kindInPlace = TextPattern(
        #"(?i:\bthe\s+\d+(?:\.\d+)?\s*(?:k|km|kms|miles?|mi)?\s+((?:night|trail|fun|charity|city|color|colour|mountain|sky|beach|hill|river|forest)\s+(?:run|race)|trail))\s+(?i:in|at|around|through)\s+(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)"#, caseSensitive: true)
    /// ("A marathon … Enschede, Sunday 18 April": the place said alone with the race's day.)
    static let placeThenDay = TextPattern(
        #"(?:^|[.!?]\s+)(\p{Lu}[\p{L}'-]{2,}(?:\s+\p{Lu}[\p{L}'-]+)?),\s+(?:on\s+)?(?:the\s+)?(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d{1,2}(?:st|nd|rd|th)?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"#, caseSensitive: true)
    static let raceNameLower = TextPattern(#"(?:\bthe\s+|^\s*)([a-z]+(?:\s+[a-z]+)??)\s+(half marathon|marathon|half(?=\s*(?:,|\.|$|in |on |next |this |with |w |w/ |for |at )))\b"#)
    /// "the mudbug dash in shreveport", "the gobbler trot": a race typed small, called a dash or a trot.
    static let lowerDashName = TextPattern(#"\bthe\s+([a-z][a-z'-]{2,}(?:\s+[a-z][a-z'-]{2,})?)\s+(dash|trot|stampede|scramble)\b"#)
    /// "Round the Bays with my work crew.": a name of capitalised words opening the answer to the goal question.
    static let openingName = TextPattern(
        #"^\s*(?:(?i:an? )?(?i:race)[.:!]\s+)?(?:The\s+)?(\p{Lu}\p{Ll}+(?:\s+(?:the|of|de|du|la|to)\s+|\s+)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?=\s*[.,!]|\s+(?:with|in|on|at|this|next|for|again)\b|\s*$)"#,
        caseSensitive: true)
    /// "the Race for Life", "the Carrera de la Mujer": a name that opens with its kind of race.
    static let kindThenName = TextPattern(
        #"\b((?:Race|Run|Walk|Trail|Ultra|Raid|Carrera|Corrida|Course|Corsa|Lauf|Maratón|Maratona|Media Maratón|Meia Maratona)\s+(?:(?:for|to|of|the|de|del|la|las|los|do|da|des|du|di|della)\s+)+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?|Ultra-Trail\s+\p{Lu}[\p{L}'-]+(?:\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}'-]+)?)"#,
        caseSensitive: true)
    /// "Transgrancanaria. The Advanced: 84 kilometres": one word of a name, alone, opening the goal answer.
    static let capitalOne = TextPattern(#"\b(?i:the)\s+(\p{Lu}[\p{L}'-]{2,}(?:\s+\p{Lu}[\p{L}'-]{2,})?)\s+(?i:one)\b"#, caseSensitive: true)
    static let numberOfPlace = TextPattern(#"\b(?i:the)\s+(\d{1,3})\s+(van|de|of|du|der|von)\s+(\p{Lu}[\p{L}'-]+)"#, caseSensitive: true)
    static let capitalRace = TextPattern(#"\b(?i:an?|the|my)\s+(\p{Lu}[\p{L}'-]{3,}(?:\s+\p{Lu}[\p{L}'-]{2,})?)\s+(race|run)\b"#, caseSensitive: true)
    static let capitalisedAfter = TextPattern(#"^\s+(\p{Lu}\p{Ll}[\p{L}'-]+(?:\s+\p{Lu}\p{Ll}[\p{L}'-]+){0,2})\b"#, caseSensitive: true)
    static let placeAndYear = TextPattern(#"(?<![\p{L}\d] )(?<!(?i:in|of|at|since|from|by|for) )\b(\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}{2,})?)\s+(20\d\d)\b"#, caseSensitive: true)
    static let gotInto = TextPattern(#"\b(?i:got into|got in to|got a place in|got myself a place in|got a spot in|got a bib for|drawn for|got through the ballot for)\s+(?:(?i:the)\s+)?(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,3})\b"#, caseSensitive: true)
    static let putOnBy = TextPattern(#"\b(?i:the)\s+(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,3})\s+(?i:puts? on|put on|organi[sz]es?|hosts?|holds?)\b"#, caseSensitive: true)
    static let organisersRace = TextPattern(#"\bthe ([a-z]+(?: [a-z]+)?)'s (?:race|run|fun run|10k|5k|half)\b"#)
    static let raceInitials = TextPattern(#"\b(?i:running|racing|doing|entered|signed up for|registered for|training for|got into|got in to)\s+(?:(?i:the)\s+)?(\p{Lu}{3,5})\b(?!['’]s)(?!\s+(?i:method|plan|program|programme|approach|diet|test|training|style|way|workouts?|sessions?|classes?))"#, caseSensitive: true)
    static let notRaceInitials: Set<String> = ["ASAP", "TBH", "LOL", "OMG", "GPS", "BMI", "ACL", "MCL", "ITB", "NHS", "ICU", "BPM", "HIIT", "AND", "THE",
                                               "FOR", "NOT", "YES", "KM", "NOW", "CBD", "ALL", "AM", "PM", "MY", "SUB", "PB", "PR", "HR"]
    static let peopleWords: Set<String> = ["son", "daughter", "kid", "kids", "friend", "brother", "sister", "wife", "husband", "mum", "mom", "dad",
                                           "partner", "boss", "club", "school", "children", "women", "men", "mothers", "fathers", "year", "week"]
    static let articleOfPlace = TextPattern(#"\b(?i:la|el|le|les|los|las|il|lo|o|a)\s+(\p{L}+\s+(?:de|del|di|du|des|da|do)\s+\p{Lu}[\p{L}'-]+)"#, caseSensitive: true)
    static let kindRunAlone = TextPattern(#"\bthe\s+(colou?r run|fun run|night run|charity run|santa run|glow run|mud run)\b(?:\s+(?:in|at)\s+([a-z]{3,}))?"#)
    static let theOneWordName = TextPattern(#"^\s*(?i:the)\s+(\p{Lu}[\p{L}-]{2,})\s*[.!]"#, caseSensitive: true)
    static let raceKindSaid = TextPattern(#"\b(?:ultra|marathon|half|race|10k|5k|trail)\b"#)
    static let oneWordName = TextPattern(#"^\s*(\p{Lu}[\p{L}-]{3,})\s*[.!]"#, caseSensitive: true)
    /// "race. bay to breakers": a terse answer naming the race in lower case after the kind of goal.
    static let terseRaceName = TextPattern(#"^\s*(?:a )?race[.:,!]*\s+([a-z]+(?:\s+[a-z]+){0,4})\s*[.!]*\s*$"#)
    static let notInTerseName: Set<String> = ["in", "on", "at", "next", "this", "my", "not", "sure", "yet", "maybe", "some", "soon", "a", "an",
                                              "one", "probably", "spring", "summer", "autumn", "fall", "winter", "year", "month", "week", "i",
                                              "dunno", "idk", "tbd", "local", "first", "fun", "please", "thanks", "lol", "obviously", "duh"]
    static let notRaceNameWords: Set<String> = [
        "fitness", "health", "healthy", "weight", "speed", "faster", "base", "mileage", "running", "comeback", "back", "fit", "general",
        "just", "getting", "building", "staying", "coming", "lose", "losing", "race", "marathon", "half", "ultra", "fun", "good", "great",
    ]
    /// Whether a name is only an article and a distance ("Les 10 Km").
    static func distanceOnlyName(_ name: String) -> Bool {
        name.lowercased().split(separator: " ").allSatisfy { ["les", "la", "le", "el", "the", "il", "k", "km", "kms"].contains($0) || $0.first?.isNumber == true }
    }
    static let namedInItsLanguage = TextPattern(
        #"(?:(?i:les|el|la|il|lo|o|a|der|die|das)\s+)?(?i:media marat[oó]n|meia[- ]maratona|mezza[- ]maratona|semi[- ]marat(?:h)?on|demi[- ]marathon|halbmarathon|marat[oó]na|marat[oó]n|maraton|marathon|carrera|corrida|course|corsa|\d{1,3} ?(?:km|k|kms|kilom[eè]tres?))\s+(?:de|da|do|des|del|della|delle|dei|di|du|von|der)\s+(?:(?i:la|le|les|el|los|las|l'|the)\s*)?[\p{L}'’-]{3,}(?:\s+(?:y|e|et|und)\s+[\p{L}'’-]+|\s+\p{Lu}[\p{L}'’-]+){0,2}"#, caseSensitive: true)
    /// "The Fellsman. Sixty-one k over the Dales tops": a race called by its name alone, opening the goal answer or after a comma.
    /// ("The Vivicittá in April — they have a half and a 10k", "My first full marathon, the Bluenose in May": the name, then when.)
    static let theNameAlone = TextPattern(#"(?:^|,)\s*(?:The|the)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?:\s+\p{Lu}\p{Ll}+)?)\s*(?:[.!]|\s(?:in|on) (?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"#, caseSensitive: true)
    /// "Marathon in Rotterdam", "Marathon. London, April 25th", "Half, Cardiff": the distance, then
    /// the place (a capitalised word that is not a month, a day or a word of the sentence).
    static let raceNamePlaceAfter = TextPattern(
        #"(?<!(?i:and a) )\b((?i:half[- ]?marathon|semi[- ]?marathon|marathon|maratonina|maratona|marat[oó]n?|half|10k|5k|ultra|ten[- ]miler|10[- ]miler|(?:5|10|15|21|42) ?(?:kilomet(?:re|er)s?|kms?|K)))[.,!]?\s+(?:(?i:in|of|di|de|do|da|du|del|della|dei|degli|delle|des)\s+|(?i:at(?: the)?|(?:a)?round(?: the)?|on the|along the|by the)\s+)?([A-Z]\p{Ll}+(?:-[A-Z]?\p{Ll}+)*(?:\s+(?:(?:de la|de las|de los|de|da|do|dos|del|di|du|des|della|la|le|el|al|upon|on|sur|am)\s+)?[A-Z]\p{Ll}+(?:-[A-Z]?\p{Ll}+)*){0,2})\b"#,
        caseSensitive: true)
    static let foreignRaceWord = TextPattern(
        #"\b((?:\p{Lu}\p{L}+\s+(?:tot|de|van|der|am|an|im|sur)\s+)?\p{Lu}\p{Ll}+(?:loppet|löpet|løpet|løbet|loopet|loop|lauf|laufen|juoksu|hlaup|stafetten))\b"#, caseSensitive: true)
    static let halfOf = TextPattern(#"^half\s+of\s"#)
    static let amountWords: Set<String> = ["roughly", "about", "around", "approximately", "approx", "maybe", "nearly", "almost", "over", "under",
                                           "only", "like", "say", "some", "few", "couple", "usually", "mostly", "doing", "did", "done", "ran", "run"]
    static let lowerNameBeforeDistance = TextPattern(
        #"(?:^|[.!?:]\s+)(?:the\s+)?([a-z][a-z'-]{2,}(?:\s+[a-z][a-z'-]{2,}){0,2})\s+(?:\d+(?:\.\d+)?\s*(?:k|km|mile|miles|miler|mi)\b|half\b|marathon\b)"#)
    static let nameThenOne = TextPattern(#"(?:\bthe\s+|(?:^|[.!?:]\s+))(?!the\b)([a-z][a-z'-]+(?:\s+[a-z][a-z'-]+){0,2})\s+(?:one|1)\b(?![.,]\d|\s+(?:of|day|year|week|month|time|more|hour|k|km|mile|miles|min|minute|minutes)\b|\s*(?:k|km|:))"#)
    /// Words that describe a race rather than name it ("the muddy one", "the usual one").
    static let oneAdjectives: Set<String> = [
        "other", "usual", "famous", "popular", "main", "official", "new", "old", "small", "short", "hard", "scenic", "muddy", "hot", "cold",
        "early", "late", "night", "morning", "evening", "christmas", "easter", "charity", "cheap", "expensive", "nice", "good", "best",
        "only", "proper", "little", "same", "next", "previous", "final", "longer", "shorter", "harder", "easier", "bigger", "hillier", "flatter",
        "beach", "park", "track", "mountain", "forest", "river", "coastal", "country", "street", "hill", "ultra", "5k", "10k", "this", "that",
    ]
    static let kindThenStop = TextPattern(#"^\S+[.!]\s"#)
    static let placeGoesOn = TextPattern(#"^\s*(?:[.!?]|$|,?\s*(?:(?:in|on|the|this|next)\b|\d(?!\d?[:.h]\d)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"#)
    static let distanceOfPlace = TextPattern(#"\b(?i:the)\s+(\d{1,3})\s?(?i:k|km|kilometres|kilometers|kilómetros)\s+(?i:of|de)\s+(\p{Lu}[\p{L}'-]+(?:\s+(?:(?:de|del|da|do|dos|la|el|al)\s+)?\p{Lu}[\p{L}'-]+){0,2})"#, caseSensitive: true)
    static let theLowerOne = TextPattern(#"\b(half marathon|half|marathon|10k|5k|ultra)\w*\s*[,:.-]?\s+the\s+([a-z]+(?:\s+[a-z]+){0,2})\s+(?:one|1)\b"#)
    /// Words that describe a race without naming it: "the hilly one", "the big city one".
    static let notAPlace: Set<String> = ["hilly", "flat", "big", "small", "first", "last", "local", "new", "old", "same", "easy", "hard", "long",
                                         "short", "fast", "slow", "next", "other", "usual", "famous", "scenic", "trail", "road", "night", "early",
                                         "late", "cheap", "expensive", "nice", "good", "popular", "little", "city", "charity", "official"]
    static let theOneIn = TextPattern(#"\b((?i:half[- ]?marathon|marathon|half|10k|5k))\s*[,:.-]?\s+(?i:the)\s+([A-Z]\p{Ll}+) (?i:one)\b"#, caseSensitive: true)
    static let oneInPlace = TextPattern(#"\b(?i:the|a|a new|this|that)\s+(?i:one)\s+(?i:in|at|around|round|along|by)\s+(?:the\s+)?([A-Z]\p{Ll}+(?:\s+(?:(?:de|des|da|do|du|la|le|of|the)\s+)?[A-Z]\p{Ll}+)?)\b"#, caseSensitive: true)
    /// A word that is no part of a race's name said by its place: a stop word, a sentence opener, a weekday or a month.
    static func cannotNameRace(_ word: String) -> Bool {
        nameStopWords.contains(word) || sentenceOpeners.contains(word) || weekdays.contains(word) || wholeMonth.matches(word)
    }
    static let holidayWords: Set<String> = ["christmas", "easter", "halloween", "new", "thanksgiving", "spring", "summer", "autumn", "fall", "winter"]
    /// "A half marathon, the one in Prague", "A 10k race, the one around the Lac des Nations": the place after "the one in".
    static let theOneInPlace = TextPattern(#"\b((?i:half[- ]?marathon|marathon|half|10k|5k))(?:\s+(?i:race))?\s*[,:.-]?\s+(?i:the)\s+(?i:one)\s+(?i:in|at|around|round|along|by)\s+(?:the\s+)?([A-Z]\p{Ll}+(?:\s+(?:(?:de|des|da|do|du|la|le|of|the)\s+)?[A-Z]\p{Ll}+)?)\b"#, caseSensitive: true)
    /// "the Umstead 100 in Raleigh", "the Arc 50": a race called by its name and its number.
    static let nameWithNumber = TextPattern(#"\b(?i:the)\s+((?:[A-Z][\p{L}'-]+\s+){1,3}?)(\d{2,3}(?:[kK]|\s?(?i:miler|miles|mile|km))?|\d[- ]?(?:[kK]|(?i:miler|mile|km)))\b(?!\s*(?i:k\b|km|miles?|mi\b|minutes?|hours?|%|:))"#, caseSensitive: true)
    /// "Tarawera 100k in Feb.": a name and its number opening a sentence (kept only when the number is the goal's distance).
    static let cityAfterKind = TextPattern(#"^\s+(\p{Lu}\p{Ll}{2,})(?=\s*(?:[.,!;]|$))"#, caseSensitive: true)
    /// Whether a word typed small after "race." can be part of the race's name: not a word of time, amount or doubt, and not
    /// "race" or "run" first. ("erdenet spring run": a season inside the name, and its kind last, are the name's.)
    static func smallNameWord(_ word: String, at index: Int, of count: Int) -> Bool {
        if index == 0, ["race", "run", "running"].contains(word) { return false }
        // ("the great scottish run": "great" opens many a race's name.)
        if index == 0, word == "great", count >= 3 { return true }
        if index > 0, nameInnerWords.contains(word) || index == count - 1 && raceKindWords.contains(word) { return true }
        return !(nameStopWords.contains(word) || sentenceOpeners.contains(word) || wholeMonth.matches(word) || weekdays.contains(word)
            || notInTerseName.contains(word) || amountWords.contains(word)
            || ["just", "maybe", "probably", "first", "next", "goal", "local", "some", "any", "one", "not", "which"].contains(word))
    }
    static let raceKindWords: Set<String> = ["marathon", "half", "ultra", "run", "race", "trail", "dash", "relay"]
    static let raceThenSmallName = TextPattern(#"^\s*(?:(?:a |the )?(?:\d+\s?km?|half|marathon|ultra)\s+)?race\s*[.:!-]+\s*(?:the\s+)?([a-z][a-z'-]+(?:\s+[a-z][a-z'-]+){1,3}?)(?:\s+(\d+\s?k|half marathon|half|marathon)\b)?\s*(?:,|[.!]*\s*$|\s+(?:in|at|on)\b)"#)
    static let smallNamedRun = TextPattern(#"^\s*(?:[a-z]{2,5}\s*[.:]\s+)?(?:the\s+)?([a-z][a-z'-]{2,}(?:\s+[a-z][a-z'-]+){1,2})\s+(run|race|relay)\s*(?:[.!,]|$|\s+(?:in|on|this|next)\b)"#)
    static let pointingContraction = TextPattern(#"^(?:that|it|there|here|what|this)['’]?s$"#)
    static let nameWithNumberLead = TextPattern(#"(?:^|[.!?:]\s+)((?:[A-Z][\p{L}'-]+\s+){1,2}?)(\d{2,3}(?:\s?(?:k|km|K|KM|miler?|miles?))?)\b"#, caseSensitive: true)
    /// "the Highland Fling, 53 miles on the West Highland Way": a name, then its distance after a comma.
    static let nameThenDistance = TextPattern(
        #"\b(?i:the)\s+((?:[A-Z][\p{L}'-]+\s+){0,3}[A-Z][\p{L}'-]+),\s+(?:a\s+|the\s+)?\d+(?:[.,]\d+)?\s*(?:k|km|kilometres|kilometers|miles?|mi)\b"#,
        caseSensitive: true)
    /// "A marathon, because apparently I hate myself. Vermont City, up in Burlington.": a sentence that is a name.
    static let nameSentence = TextPattern(#"(?:^|[.!?]\s+)([A-Z]\p{Ll}+(?:\s+[A-Z]\p{Ll}+){1,2})\s*(?:[,.!]|$)"#, caseSensitive: true)
    /// "half-marathon in my home city, Poznań".
    static let distanceOfTheEvent = TextPattern(
        #"\b(?i:\d+ ?k|\d+ ?km|half(?: marathon)?|marathon|\d+ ?miler?)\s+(?i:of|at) (?i:the)\s+(\p{Lu}[\p{L}'-]+(?:\s+(?:(?:y|de|del|la|of|the|and|&)\s+)?\p{Lu}[\p{L}'-]+){0,4})"#,
        caseSensitive: true)
    /// ("A 10 km race in spring, the Bieg Wiosenny in Wrocław": the event named after a comma, then where.)
    static let eventAfterComma = TextPattern(
        #"[,:—–]\s+the\s+(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,3})\s+(?i:in|at)\s+\p{Lu}"#, caseSensitive: true)
    /// A name of capitalised words, with the small words names hold inside ("Beach to Beacon", "Man versus Horse").
    static let eventName = #"(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:to|versus|vs|of|the|and|&|de|des|del|di|du|la|le|von|van)\s+)?\p{Lu}[\p{L}'’-]+){0,3})"#
    /// What ends such a name: the sentence, or words of time and reason that follow it ("the Peachtree this summer").
    static let eventNameEnd = #"(?=(?:\s*(?:[.,!?;:—–]|\s-\s|$)|\s+(?i:this|next|in|on|that|again|for|through|because|as|so|and|last|at)\b))"#
    static let enteredEvent = TextPattern(
        #"\b(?i:entered|entering|signed (?:me|us|us both|myself) up for|signed up for|got (?:into|in to)|got (?:a|my) (?:spot|place|number|bib|entry|slot|ticket) (?:in|for|at|to)|i'?m running|am running|i'?m doing|am doing|i'?m racing)\s+(?:(?i:the)\s+)?"# + eventName + eventNameEnd,
        caseSensitive: true)
    static let raceThenEventName = TextPattern(
        #"\b(?i:race|an ultra|ultra)\s*(?:[.:,]|\s[—–-])\s*(?:(?i:the)\s+)?"# + eventName + #"\s*(?:[.!]|$)"#, caseSensitive: true)
    static let eventSentenceAlone = TextPattern(#"^\s*(?i:the)\s+"# + eventName + #"\s*[.!]"#, caseSensitive: true)
    static let realOneIs = TextPattern(
        #"\b(?i:the real one|the real race|the main one|the main race|the big one|my real goal|the real goal|my goal race|the goal race) (?i:is) (?:(?i:the)\s+)?"# + eventName + eventNameEnd,
        caseSensitive: true)
    static let smallNameBeforeDate = TextPattern(
        #"^\s*(?:the\s+)?([a-z][a-z'-]{2,}(?:\s+[a-z][a-z'-]{2,}){0,2})[.,]?\s+(?=(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b)"#)
    /// An event named without a race's word: "I got into Beach to Beacon this year", "A race — the Bix.", "The Surf Coast
    /// Century. A hundred k", "the real one is Leadville". Nil where the words are no name (a month, a day, an opener).
    static func eventByNameAlone(_ scan: Scan) -> String? {
        let asked = scan.expecting == "goals.goalType" || scan.expecting == "goals.raceName"
        let candidates = [enteredEvent.firstMatch(in: scan.original), realOneIs.firstMatch(in: scan.original),
                          asked ? raceThenEventName.firstMatch(in: scan.original) : nil,
                          asked && scan.goalDistance != nil ? eventSentenceAlone.firstMatch(in: scan.original) : nil]
        for match in candidates.compactMap({ $0 }) {
            guard let raw = match[1] else { continue }
            let words = raw.split(separator: " ").map { $0.lowercased() }
            if words.contains(where: { neverInRaceName($0) || ["i", "me", "my", "race", "marathon", "half", "ultra", "run", "it", "one"].contains($0) }) { continue }
            if let first = words.first, nameStopWords.contains(first) || first.hasSuffix("ly") { continue }
            if doneBefore(scan.original, at: match.start) { continue }
            return raw
        }
        return nil
    }
    static let runNamedEvent = TextPattern(
        #"\b(?i:run|do|race|enter|join|doing|running)\s+(?:the\s+)?(\p{Lu}[\p{L}'-]{3,})\s+(?i:here|in|this|next|on|at)\b"#, caseSensitive: true)
    static let homeCity = TextPattern(
        #"\b((?i:half[- ]?marathon|marathon|half|10k|5k))\s+in\s+(?i:my)\s+(?i:home\s*(?:city|town)|hometown|city|town)\s*,?\s+([A-Z]\p{Ll}+)"#,
        caseSensitive: true)
    /// "putrajaya night run": an event's own kind of run, said in lower case.
    static let eventRunLower = TextPattern(#"\b([a-z]+)\s+(night run|fun run|colou?r run|charity run)\b"#)
    /// Monday = 0 … Sunday = 6, as `weekdays` lists them.
    static func weekday(year: Int, month: Int, day: Int) -> Int? {
        utcCalendar.date(from: DateComponents(year: year, month: month, day: day)).map { (utcCalendar.component(.weekday, from: $0) + 5) % 7 }
    }
    static let lastDayOfMonth = TextPattern(#"\b(?:the )?last day of "# + monthPattern)
    static let holidayName = TextPattern(#"^(?:Memorial|Labou?r|Independence|Victoria|Canada|Australia|Anzac|ANZAC|Boxing|Thanksgiving|Christmas|Easter|Presidents'?|Veterans'?|Columbus|Patriots'?|Juneteenth|May|Bank Holiday|New Year'?s?) (?:Day|Monday)\b"#, caseSensitive: true)
    static let countThenDistance = TextPattern(#"^(?i:two|three|four|five|six|seven|several|some|a few)\s+\d"#)
    static let nameStopWords: Set<String> = [
        "i", "i'm", "im", "i've", "i'd", "i'll", "we", "you", "our", "we're", "the", "a", "an", "my", "training", "for", "next", "this", "running", "doing", "want", "in", "on",
        "and", "it", "its", "it's", "half", "full", "first", "marathon", "just", "hi", "hey", "so", "but", "also", "then",
        "local", "big", "spring", "autumn", "fall", "winter", "summer", "city", "same", "whole", "that", "upcoming", "real",
        "last", "virtual", "trail", "road", "hilly", "flat", "fast", "slow", "easy", "long", "another", "1st", "yes", "no",
        "ok", "sure", "actually", "well", "hello", "race", "run", "to", "of", "at", "do", "go", "can", "will", "would",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ultra", "new",
    ]

    /// "Western States, June 26th": a capitalised name right before the date, in answer to a goal question.
    static let nameBeforeDate = TextPattern(
        #"(?:^|[.!:;]\s+)(?:(?:The|the)\s+)?([A-Z][\p{L}'&.-]+(?:\s+[A-Z][\p{L}'&.-]+){0,3}),?\s+(?:on\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?i:"# + monthPattern + #")|(?i:"# + monthPattern + #")\s+\d{1,2}(?:st|nd|rd|th)?\b)"#,
        caseSensitive: true)
    static let wholeMonth = TextPattern("^" + monthPattern + "$")
    static let nameInnerWords: Set<String> = ["city", "trail", "ultra", "mountain", "road", "big", "new", "spring", "autumn", "winter", "summer", "of", "the"]

    /// Capitalised only because they start a sentence: "A marathon. Because a half was too easy".
    static let whatItIs = TextPattern(#"(?:'s|\bis|\bwas)\s*$"#)
    static let weekdayAfter = TextPattern(#"\bthe (monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:right |just |straight |directly |immediately )?after\b"#)
    static let sentenceOpeners: Set<String> = [
        "is", "because", "probably", "maybe", "hopefully", "though", "although", "not", "never", "really", "definitely", "obviously",
        "apparently", "honestly", "sadly", "luckily", "ideally", "realistically", "definitely", "please", "thanks", "thank", "sorry",
        "what", "which", "who", "why", "how", "when", "where", "there", "here", "they", "she", "he", "me", "mine", "one", "two",
        "nothing", "none", "something", "nope", "yeah", "yep", "dunno", "no", "if", "as", "or", "with", "without", "from", "after",
        "before", "around", "about", "only", "all", "most", "some", "any", "every", "each", "wish", "hope", "think", "guess",
        "now", "then", "still", "also", "just", // ("… maybe 15 km. Now it's cooler": no "Now 15K".)
        "hang", "hold", "wait", "oops", "oh", "ah", "hmm", "erm", "um", // ("10 km. Hang on, it's the 5k": no "Hang 5K".)
    ]

    /// Races known by their own name, which need no distance word ("Comrades", "Two Oceans", "the CCC").
    /// The marathon majors, named by the city alone at the start of a goal answer ("Boston. I qualified at Chicago").
    static let marathonCity = TextPattern(#"^\s*(?:the\s+)?(boston|new york|nyc|tokyo|berlin|chicago|london|sydney|valencia|rotterdam|paris|amsterdam|seville|sevilla|barcelona|dublin|frankfurt|hamburg|vienna|honolulu)\b(?![^.!?]{0,40}\b(?:half|10k|5k|\d+ ?km|ultra)\b)(?!\s+\d)"#)
    static let racesByName: [(String, TextPattern)] = [
        ("Comrades Marathon", TextPattern(#"\bcomrades\b"#)),
        ("Two Oceans Marathon", TextPattern(#"\b(?:two|2) oceans\b"#)),
        ("Great North Run", TextPattern(#"\bgreat north run\b|\bgnr\b"#)),
        ("CCC", TextPattern(#"\bccc\b"#)),
        ("UTMB", TextPattern(#"\butmb\b"#)),
        ("Western States 100", TextPattern(#"\bwestern states\b"#)),
        ("Marathon des Sables", TextPattern(#"\bmarathon des sables\b|\bmds\b"#)),
        ("Badwater 135", TextPattern(#"\bbadwater\b"#)),
    ]
    /// Races whose name says their distance (km), within what the planner takes (up to 170 km).
    static let knownRaceDistances: [(TextPattern, Double)] = [
        (TextPattern(#"\bwestern states\b"#), 160.9344), (TextPattern(#"\bleadville(?: trail)? 100\b"#), 160.9344),
        (TextPattern(#"\bhardrock(?: 100)?\b"#), 160.9344), (TextPattern(#"\bthames path 100\b"#), 160.9344),
        (TextPattern(#"\b(?:two|2) oceans\b(?! half)"#), 56), (TextPattern(#"\bccc\b"#), 100),
        // Road races known by name the world over.
        (TextPattern(#"\bgreat north run\b|\bgnr\b"#), 21.0975), (TextPattern(#"\bgreat south run\b"#), 16.0934),
        (TextPattern(#"\bpeachtree\b"#), 10), (TextPattern(#"\bcity2surf\b|\bcity to surf\b"#), 14),
        (TextPattern(#"\bbay to breakers\b"#), 12), (TextPattern(#"\bdam tot damloop\b"#), 16.0934),
        (TextPattern(#"\bs[aã]o silvestre\b"#), 15), (TextPattern(#"\bcity-pier-city\b"#), 21.0975),
        (TextPattern(#"\blakeland 50\b"#), 80.4672), (TextPattern(#"\blakeland 100\b"#), 160.9344),
        (TextPattern(#"\bcim\b|\bcalifornia international\b|\btwin cities marathon\b"#), 42.195),
    ]
    /// A place raced, with the distance said elsewhere: "doing Dublin", "got into Chicago", "training for Berlin".
    static let distanceInThePlace = TextPattern(
        #"\b(?i:the|an?)\s+(\d+(?:\.\d+)?\s*(?i:k|km|kms|miles?|mi|miler)|(?i:ultra|half marathon|half|marathon))\s+(?i:in|at|on|through|across)\s+(?i:the)\s+(\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}{2,})?)"#,
        caseSensitive: true)
    static let racingPlace = TextPattern(
        #"\b(?i:doing|running|(?:to|gonna|wanna) run|racing|got into|got a (?:place|spot|ballot place|ballot spot|bib) (?:in|for|at)|entered|signed up (?:for|to)|training for)\s+(?:the\s+)?([A-Z]\p{Ll}+(?:\s+[A-Z]\p{Ll}+)?)(?=\s*(?:[,.!?;:—–-]|$)|\s+(?i:in|on|this|next|again|later|for)\b)"#,
        caseSensitive: true)

    /// The words a distance said as a kind ("half", "full", "10k") adds to a race's name: "Half Marathon", "Marathon", "10K".
    static func kindLabel(_ kind: String) -> String {
        let kind = kind.lowercased()
        return kind.hasPrefix("half") ? "Half Marathon" : kind.hasPrefix("marathon") || kind == "full" ? "Marathon" : kind.uppercased()
    }

    /// The distance's words for a race name ("Marathon", "Half Marathon"), for the standard road distances only.
    static func raceLabel(km: Double) -> String? {
        let distance = namedDistance(km: km)
        guard ["5k", "10k", "half_marathon", "marathon"].contains(distance.label) else { return nil }
        return distance.name.capitalized
    }

    /// Whether the words just before `position`, in its clause, say the race was run before ("I did", "she ran").
    static func doneBefore(_ text: String, at position: Int) -> Bool {
        var lead = text.utf16Slice(max(0, position - 30), position).lowercased()
        if let cut = lead.lastIndex(where: { ",.!?;".contains($0) }) { lead = String(lead[lead.index(after: cut)...]) }
        return pastCue.matches(lead)
    }

    /// Whether words typed in lower case before a distance can be a race's name ("kumasi city", not "half" or "about").
    static func canNameRace(typedSmall raw: String) -> Bool {
        let words = raw.split(separator: " ").map(String.init)
        // ("kumasi city 10k": "city" inside a name is the name's own word.)
        return !words.enumerated().contains(where: { index, word in
            Self.nameStopWords.contains(word) && !(index > 0 && Self.nameInnerWords.contains(word) && !["the", "of"].contains(word))
            // ("bishkek spring 10k": a season inside a name is the name's own word.)
            || Self.notInTerseName.contains(word) && !(index > 0 && Self.nameInnerWords.contains(word))
            || Self.notRaceNameWords.contains(word) || Self.oneAdjectives.contains(word) || Self.neverInRaceName(word) })
    }
    /// A word no race's name holds, wherever it stands: a sentence opener, a weekday, a month, a greeting or an amount.
    static func neverInRaceName(_ word: String) -> Bool {
        sentenceOpeners.contains(word) || weekdays.contains(word) || wholeMonth.matches(word) || Greeting.words.contains(word) || amountWords.contains(word)
    }

    func extractRaceName(_ scan: Scan) {
        var name: String?
        for match in Self.raceNameCased.matches(in: scan.original) {
            var words = (match[1] ?? "").split(separator: " ").map(String.init)
            guard var kind = match[2] else { continue }
            // "the Volcànica trail" names a race; "16 miles on the Alameda Creek trail" is a route (and no later name).
            let onRoute = Self.routeBefore.matches(scan.original.utf16Slice(max(0, match.start - 12), match.start).lowercased())
            if kind == "trail", name != nil || onRoute { continue }
            // ("Zane Grey 50. Fifty miles on the Highline Trail": the capitalised trail is the route of the race named by its
            // number; "A 50K on the Cumberland Trail" is the race.)
            if kind == "Trail", onRoute, Self.nameWithNumberLead.matches(scan.original) || Self.nameWithNumber.matches(scan.original) { continue }
            // "The Lisbon Half Marathon": "Half" belongs to the distance, not the name.
            if kind.lowercased() == "marathon", words.last?.lowercased() == "half" {
                words.removeLast()
                kind = "Half Marathon"
            }
            var kept: [String] = []
            // ("the That Luang Half Marathon": after "the", a capitalised word is the name's, whatever it means in English.)
            let afterThe = scan.original.utf16Slice(max(0, match.start - 4), match.start).lowercased() == "the "
            for (index, word) in words.enumerated() {
                // "Big Sur Marathon", "New York City Marathon": a word like "Big" opening a name belongs to it.
                // ("The Big Half": capitalised, straight before the race's capitalised kind, too.)
                let opensName = kept.isEmpty && ["big", "new"].contains(word.lowercased()) && (index + 1 < words.count
                    && !Self.nameStopWords.contains(words[index + 1].lowercased()) || index + 1 == words.count && word.first?.isUppercase == true
                    && kind.first?.isUppercase == true)
                // "The Cork City Marathon": a word like "City" inside a name belongs to it.
                // "Race. 10k in May": a word ending its sentence is no part of a name after it ("St. Jude" keeps its "St.").
                if word.hasSuffix(".") && !["st.", "mt.", "ste.", "ft.", "pt.", "dr.", "jr."].contains(word.lowercased())
                    || Self.pointingContraction.matches(word.lowercased()) {
                    kept = []
                } else if !opensName, !(afterThe && index == 0 && words.count >= 2), Self.nameStopWords.contains(word.lowercased()), kept.isEmpty || !Self.nameInnerWords.contains(word.lowercased()),
                          // ("The Lantau Peaks and Monasteries Ultra Trail": "and" between words of the name.)
                          !(word == "and" && !kept.isEmpty && index + 1 < words.count) {
                    kept = []
                } else {
                    kept.append(word)
                }
            }
            // "After the Tirana Marathon": a word capitalised for opening the sentence is no part of the name
            // ("the Two Oceans", inside a sentence, keeps its "Two").
            let opensSentence = scan.original.utf16Slice(max(0, match.start - 2), match.start).trimmingCharacters(in: .whitespaces)
                .allSatisfy { ".!?:".contains($0) }
            // ("The Two Oceans Ultra in Cape Town": a number word before another word of the name is part of it.)
            while opensSentence, let first = kept.first, Self.sentenceOpeners.contains(first.lowercased()) || ["the", "of"].contains(first),
                  !(["one", "two"].contains(first.lowercased()) && kept.count > 1) {
                kept.removeFirst()
            }
            guard !kept.isEmpty else { continue }
            // "The Swansea Half! I did Cardiff Half back in 2019": a race done is no later name.
            // ("did the Bristol Half twice" is no name for the goal, first or later.)
            if Self.doneBefore(scan.original, at: match.start) { continue }
            // ("The Naval Hill 10K. Locals call it the Giraffe Run": a nickname after the name said is no other race.)
            if name != nil, Self.nicknameBefore.matches(scan.original.utf16Slice(max(0, match.start - 24), match.start).lowercased()) { continue }
            // "the Easter festival 10k" is the Easter Festival 10k; "Alexander the Great" keeps its "the".
            let cased = kept.map { ["the", "of", "and"].contains($0) || $0.hasPrefix("d'") || $0.hasPrefix("l'") ? $0 : $0.prefix(1).uppercased() + $0.dropFirst() }
            name = (cased + kind.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }).joined(separator: " ")
            // ("HBF Run for a Reason", "Race for Life": a cause after "for" is part of the name.)
            if let cause = match[3] { name? += cause.split(whereSeparator: \.isWhitespace).map { " " + $0 }.joined() }
            // ("The NN Marathon Rotterdam.": a sponsor's name first, the city after the distance.)
            else if let city = Self.cityAfterKind.firstMatch(in: scan.original.utf16Slice(match.end, min(scan.original.utf16Length, match.end + 30)))?[1],
                    !Self.nameStopWords.contains(city.lowercased()), !Self.sentenceOpeners.contains(city.lowercased()),
                    !Self.wholeMonth.matches(city.lowercased()), !Self.weekdays.contains(city.lowercased()) {
                name? += " " + city
            }
        }
        // "the Vormaraþon", "Helsinki Citymaraton": a race named in one word, the distance glued on.
        if name == nil, let match = Self.gluedRaceName.matches(in: scan.original).last(where: { !Self.doneBefore(scan.original, at: $0.start) }) {
            name = match[1]
            // ("El Ultramaratón Caballo Blanco": the capitalised words after it are the name's too.)
            if let glued = name, let rest = Self.capitalisedAfter.firstMatch(in: scan.original.utf16Slice(match.end, scan.original.utf16Length))?[1],
               !rest.split(separator: " ").contains(where: { Self.nameStopWords.contains($0.lowercased()) || Self.weekdays.contains($0.lowercased())
                   || Self.wholeMonth.matches($0.lowercased()) }) {
                name = glued + " " + rest
            }
        }
        if name == nil {
            for match in Self.raceNameLower.matches(in: scan.text) {
                let words = (match[1] ?? "").split(separator: " ").map(String.init)
                guard !words.contains(where: { Self.nameStopWords.contains($0) || $0.first?.isNumber == true }), let kind = match[2],
                      // "The half marathon in Killarney … My daughter did the Dublin Marathon": not the goal's name.
                      !Self.doneBefore(scan.text, at: match.start) else { continue }
                name = (words + kind.split(separator: " ").map(String.init)).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            }
        }
        if name == nil, scan.expecting == "goals.goalType" || scan.expecting == "goals.raceName", scan.goalDistance != nil,
           let match = Self.lowerDashName.firstMatch(in: scan.text), let raw = match[1], let kind = match[2],
           case let words = raw.split(separator: " ").map(String.init),
           !words.contains(where: { Self.nameStopWords.contains($0) || Self.notInTerseName.contains($0) || Self.oneAdjectives.contains($0)
               || Self.notRaceNameWords.contains($0) || Self.amountWords.contains($0) }),
           !Self.doneBefore(scan.text, at: match.start) {
            name = (words + [kind]).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        }
        // "half. punta del este", "half. bergen city marathon", asked the goal: the distance, then the race's name typed small.
        if name == nil, scan.expecting == "goals.goalType" || scan.expecting == "goals.raceDistance",
           let match = Self.terseDistanceThenName.firstMatch(in: scan.text), let kind = match[1],
           // ("half. kevätpuolikas in oulu": the name, then where.)
           case let words = Array((match[2] ?? "").split(separator: " ").map(String.init).prefix(while: { !["in", "at"].contains($0) })), !words.isEmpty,
           !Self.nameStopWords.contains(words[0]), !Self.sentenceOpeners.contains(words[0]),
           !words.contains(where: { Self.wholeMonth.matches($0) || Self.weekdays.contains($0)
               || ["please", "maybe", "probably", "not", "sure", "which", "just", "fun", "thanks", "lol", "ok", "yes", "no", "sometime", "in", "this", "next"].contains($0) }) {
            let named = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }
            let label = ["marathon", "half", "ultra", "run", "race", "trail"].contains(words.last ?? "") ? [] : [Self.kindLabel(kind)]
            name = (named + label).joined(separator: " ")
        }
        // ("race. cubbon park 10k in bengaluru", "10k race. erdenet spring run, sun 16 may", asked the goal: "race", then its
        // name typed small.)
        if name == nil, scan.expecting == "goals.goalType",
           let match = Self.raceThenSmallName.firstMatch(in: scan.text), case let words = (match[1] ?? "").split(separator: " ").map(String.init),
           words.indices.allSatisfy({ Self.smallNameWord(words[$0], at: $0, of: words.count) }) {
            let named = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }
            let kind = match[2].map { [Self.kindLabel($0)] }
                ?? (Self.raceKindWords.contains(words.last ?? "") ? []
                    : (scan.goalDistance ?? scan.knownRaceDistance).flatMap(Self.raceLabel).map { [$0] } ?? [])
            name = (named + kind).joined(separator: " ")
        }
        // ("hcr. helsinki city run", asked the goal: a race typed small, its kind last, alone or after its initials.)
        if name == nil, scan.expecting == "goals.goalType",
           let match = Self.smallNamedRun.firstMatch(in: scan.text), let kind = match[2],
           case let words = (match[1] ?? "").split(separator: " ").map(String.init), words.count >= 2,
           words.indices.allSatisfy({ Self.smallNameWord(words[$0], at: $0, of: words.count + 1) }), !Self.doneBefore(scan.text, at: match.start) {
            name = (words + [kind]).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        }
        // ("varvet. half. sat 15 may", asked the goal: the name typed small before the half.)
        if name == nil, scan.expecting == "goals.goalType" || scan.expecting == "goals.raceName",
           let match = Self.nameThenHalf.firstMatch(in: scan.text), case let words = (match[1] ?? "").split(separator: " ").map(String.init),
           !words.contains(where: { Self.nameStopWords.contains($0) || Self.sentenceOpeners.contains($0) || Self.wholeMonth.matches($0) || Self.weekdays.contains($0)
               || ["race", "a", "the", "my", "yes", "yeah", "ok", "okay", "run", "running", "just", "maybe", "probably", "first", "next", "goal"].contains($0) }) {
            name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        }
        if name == nil, let match = Self.kindInPlace.firstMatch(in: scan.original), let kind = match[1], let place = match[2],
           !Self.doneBefore(scan.original, at: match.start), !Self.monthNames.contains(place), Self.weekdayNumber(place.lowercased()) == nil {
            name = place + " " + kind.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
        }
        if name == nil, let match = Self.lowerShortRace.firstMatch(in: scan.text), let kind = match[2],
           case let words = (match[1] ?? "").split(separator: " ").map(String.init),
           !words.contains(where: { Self.nameStopWords.contains($0) || Self.notInTerseName.contains($0) || Self.oneAdjectives.contains($0)
               || Self.notRaceNameWords.contains($0) || Self.amountWords.contains($0) || Self.wholeMonth.matches($0) || Self.weekdays.contains($0) }),
           !Self.doneBefore(scan.text, at: match.start) {
            name = (words.map { $0.prefix(1).uppercased() + $0.dropFirst() } + [kind.uppercased()]).joined(separator: " ")
        }
        // ("A marathon, because apparently I hate myself. Enschede, Sunday 18 April": the place and the day of the distance's race.)
        if name == nil, scan.expecting == "goals.goalType", let label = scan.goalDistance.flatMap(Self.raceLabel),
           let match = Self.placeThenDay.firstMatch(in: scan.original), let place = match[1],
           !Self.monthNames.contains(place), Self.weekdayNumber(place.lowercased()) == nil, !Self.sentenceOpeners.contains(place.lowercased()),
           !Self.nameStopWords.contains(place.lowercased()) {
            name = place + " " + label
        }
        // ("half marathn at coxs bazar on the beach road", asked the goal: the distance at a place typed small.)
        if name == nil, scan.expecting == "goals.goalType" || scan.expecting == "goals.raceDistance",
           let match = Self.distanceAtLowerPlace.firstMatch(in: scan.text), let kind = match[1],
           case let words = (match[2] ?? "").split(separator: " ").map(String.init), !words.isEmpty,
           !words.contains(where: { Self.notAPlace.contains($0) || Self.nameStopWords.contains($0) || Self.wholeMonth.matches($0)
               || Self.weekdays.contains($0) || Self.notInTerseName.contains($0) || ["home", "work", "school", "town", "city", "park", "end"].contains($0) }) {
            name = (words.map { $0.prefix(1).uppercased() + $0.dropFirst() } + [Self.kindLabel(kind)]).joined(separator: " ")
        }
        // "The 21 kilometres of Asunción": a race called by its distance and its place.
        if name == nil, let match = Self.distanceOfPlace.firstMatch(in: scan.original), let place = match[2], !Self.doneBefore(scan.original, at: match.start) {
            name = "\(match[1] ?? "")K of \(place)"
        }
        // "half marathn, the karura forest one": a race called by its place in small letters, after its distance.
        if name == nil, scan.expecting == "goals.goalType" || scan.expecting == "goals.raceDistance",
           let match = Self.theLowerOne.firstMatch(in: scan.text), let kind = match[1],
           // (Two words at least: "the muddy one" describes, "the karura forest one" names.)
           case let words = (match[2] ?? "").split(separator: " ").map(String.init), words.count >= 2,
           !words.contains(where: { Self.notAPlace.contains($0) || Self.nameStopWords.contains($0) || Self.wholeMonth.matches($0) }) {
            name = (words.map { $0.prefix(1).uppercased() + $0.dropFirst() } + [Self.kindLabel(kind)]).joined(separator: " ")
        }
        var said: String?  // where the name was said, when not in its own words ("marathon in Rotterdam")
        if name == nil {
            for match in Self.raceNamePlaceAfter.matches(in: scan.original) {
                // "Marathon in Rio de Janeiro", "Half in Ras Al Khaimah"; "Marathon. London April 25th" ends at the month.
                // ("Not the half, God no": a distance ruled out has no place after it.)
                guard let kind = match[1], let words = match[2]?.split(separator: " "), !scan.negated(at: match.start) else { continue }
                // ("Half of Truro just calls me Love": half the town, no race.)
                if kind.lowercased() == "half", Self.halfOf.matches(match.text) { continue }
                var kept = Array(words.prefix { word in
                    word.first?.isLowercase == true
                        || !(Self.nameStopWords.contains(word.lowercased()) || Self.sentenceOpeners.contains(word.lowercased()))
                })
                // ("the semi-marathon of Saint-Pierre on Sunday 13 June": the place ends before "on Sunday".)
                if kept.count < words.count { while kept.count > 1, kept.last?.first?.isLowercase == true { kept.removeLast() } }
                guard kept.last?.first?.isUppercase == true else { continue }
                // ("A half marathon. Twenty-one kilometres and a bit": a number in words is no place.)
                if kept.contains(where: { word in word.lowercased().split(separator: "-").contains { Self.numberWords[String($0)] != nil } }) { continue }
                // After a full stop the word must go on like a place ("Marathon. London, April 25th", "Half. Cardiff."),
                // not like a remark ("A marathon. Crazy, I know.").
                if kept.count == words.count, Self.kindThenStop.matches(match.text) {
                    let after = scan.original.utf16Slice(match.end, min(match.end + 16, scan.original.utf16.count))
                    guard after.isEmpty || Self.placeGoesOn.matches(after) else { continue }
                }
                let place = kept.joined(separator: " ")
                let distance = kind.lowercased().replacingOccurrences(of: "-", with: " ")
                // ("the 5 kilometres at Hillside Dams": the Hillside Dams 5K.)
                let kilometres = distance.range(of: #"^\d+ ?(?:kilomet|km|k$)"#, options: .regularExpression) != nil
                let label = distance == "half" || distance == "halfmarathon" || distance.hasPrefix("semi") || distance.hasPrefix("maratonin") ? "Half Marathon"
                    : distance.hasPrefix("marat") ? "Marathon"
                    : kilometres ? distance.prefix(while: \.isNumber) + "K"
                    : distance.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
                name = "\(place) \(label)"
                // ("the 10 km at the Colombo Port City run": the event's own name, its "run" typed small after it.)
                if words.allSatisfy({ $0.first?.isUppercase == true }),
                   let event = scan.original.utf16Slice(match.end, min(match.end + 8, scan.original.utf16.count))
                       .range(of: #"^\s+(?:run|race)\b"#, options: .regularExpression) {
                    let word = scan.original.utf16Slice(match.end, min(match.end + 8, scan.original.utf16.count))[event]
                        .trimmingCharacters(in: .whitespaces)
                    name = (words.map(String.init) + [word.capitalized]).joined(separator: " ")
                }
                said = match.text.lowercased()
            }
        }
        // "A half marathon, the Edinburgh one in May": the place, then the distance said before it.
        if name == nil, let match = Self.theOneIn.firstMatch(in: scan.original) ?? Self.theOneInPlace.firstMatch(in: scan.original),
           let kind = match[1], let place = match[2],
           !Self.nameStopWords.contains(place.lowercased()), !Self.sentenceOpeners.contains(place.lowercased()) {
            let label = Self.kindLabel(kind)
            name = "\(place) \(label)"
            said = place.lowercased()
        }
        let goalAnswer = scan.expecting == nil || scan.expecting?.hasPrefix("goals.") == true
        // ("A half marathon, because … fifty looks like now. The one in Harrisburg.", "A half marathon. There's a new one
        // round Boulevard Lake": the race named by its place a sentence after its distance.)
        if name == nil, goalAnswer, let km = scan.goalDistance, let label = Self.raceLabel(km: km),
           let match = Self.oneInPlace.firstMatch(in: scan.original), let place = match[1],
           !place.lowercased().split(separator: " ").contains(where: { Self.cannotNameRace(String($0)) || Self.holidayWords.contains(String($0)) }) {
            name = "\(place) \(label)"
            said = place.lowercased()
        }
        func nameLike(_ words: [String], numbered: Bool = false) -> Bool {
            guard let first = words.first?.lowercased() else { return false }
            // "the BIG 25", "the Big 10": capitalised before its number, "big" is the name's own word.
            // ("That's 10 km, not 10 miles": a sentence about the distance.)
            return !(Self.nameStopWords.contains(first) && !(numbered && first == "big")) && !Self.sentenceOpeners.contains(first) && !Self.wholeMonth.matches(first)
                && !Self.pointingContraction.matches(first)
                && !words.contains { Self.weekdays.contains($0.lowercased()) || Self.wholeMonth.matches($0.lowercased()) }
        }
        // Only with a distance said: "Maybe the Tely 10 in July if I'm feeling foolish" names no goal. In a message
        // about everything, only after a goal's words: "I want to run the BIG 25 in Berlin, that's 25 km".
        if name == nil, let km = scan.goalDistance {
            let numbered = Self.nameWithNumber.matches(in: scan.original).map { ($0, true) }
                + Self.nameWithNumberLead.matches(in: scan.original).map { ($0, false) }
            for (match, withThe) in numbered {
                guard let raw = match[1], let number = match[2], let value = Double(number.prefix { $0.isNumber }),
                      case let words = raw.split(separator: " ").map(String.init), nameLike(words, numbered: true) else { continue }
                let asked = scan.expecting == "goals.goalType" || scan.expecting == "goals.raceName" || scan.expecting == "goals.raceDistance"
                    || scan.expecting == nil
                // (The match is in the words as typed, so the goal's words are looked for there too.)
                let lead = scan.original.utf16Slice(max(0, match.start - 60), match.start).lowercased()
                guard asked || Self.goalTrigger.matches(lead) else { continue }
                // Without "the", the number must be the race's own distance: "Tarawera 100k", not "Monday 10k".
                // ("Istria 100" for its 110 km race: near enough.)
                guard withThe || abs(value - km) <= max(0.6, km * 0.15) || abs(value * 1.609344 - km) <= max(0.6, km * 0.15) else { continue }
                name = (words + [number]).joined(separator: " ")
                said = name?.lowercased()
                break
            }
        }
        if name == nil, goalAnswer, scan.goalDistance != nil, let match = Self.nameThenDistance.firstMatch(in: scan.original), let raw = match[1],
           case let words = raw.split(separator: " ").map(String.init), nameLike(words) {
            name = words.joined(separator: " ")
        }
        if name == nil, goalAnswer, let match = Self.homeCity.firstMatch(in: scan.original), let kind = match[1], let place = match[2] {
            let label = Self.kindLabel(kind)
            name = "\(place) \(label)"
            said = place.lowercased()
        }
        if name == nil, goalAnswer, let match = Self.eventRunLower.firstMatch(in: scan.text), let place = match[1], let kind = match[2],
           !Self.nameStopWords.contains(place), !Self.sentenceOpeners.contains(place) {
            name = ([place] + kind.split(separator: " ").map(String.init)).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            said = place
        }
        // "A marathon … Vermont City, up in Burlington.": a sentence of two or three capitalised words is the race's name.
        if name == nil, goalAnswer, let km = scan.goalDistance ?? scan.knownRaceDistance, let label = Self.raceLabel(km: km) {
            for match in Self.nameSentence.matches(in: scan.original) {
                guard let raw = match[1], case let words = raw.split(separator: " ").map(String.init), nameLike(words),
                      !words.dropFirst().contains(where: { Self.nameStopWords.contains($0.lowercased()) && !Self.nameInnerWords.contains($0.lowercased()) }),
                      !words.contains(where: { Self.sentenceOpeners.contains($0.lowercased()) }) else { continue }
                name = "\(raw) \(label)"
                said = raw.lowercased()
                break
            }
        }
        if name == nil, scan.expecting?.hasPrefix("goals.") == true, let match = Self.nameBeforeDate.firstMatch(in: scan.original),
           let raw = match[1], case let words = raw.split(separator: " ").map(String.init),
           let first = words.first?.lowercased(), !Self.nameStopWords.contains(first), !Self.sentenceOpeners.contains(first),
           !raw.hasSuffix("."),
           !words.contains(where: { Self.wholeMonth.matches($0.lowercased()) || Self.weekdays.contains($0.lowercased()) }) {
            name = words.joined(separator: " ")
        }
        if name == nil, scan.expecting == "goals.goalType" || scan.expecting == "goals.raceName", scan.goalDistance != nil,
           let match = Self.theNameAlone.firstMatch(in: scan.original), let raw = match[1],
           case let words = raw.split(separator: " ").map(String.init), nameLike(words) {
            name = words.joined(separator: " ")
        }
        if name == nil, scan.expecting == "goals.goalType", let match = Self.openingName.firstMatch(in: scan.original), let raw = match[1],
           case let words = raw.split(separator: " ").map(String.init), nameLike(words),
           !words.contains(where: { Self.notRaceNameWords.contains($0.lowercased()) || Self.sentenceOpeners.contains($0.lowercased()) }) {
            name = words.joined(separator: " ")
        }
        if name == nil, goalAnswer, let match = Self.kindThenName.firstMatch(in: scan.original), let raw = match[1] {
            name = raw
        }
        // "Boston. I qualified at Chicago in October": a marathon city said alone is its marathon.
        if name == nil, scan.expecting == "goals.goalType" || scan.expecting == "goals.raceDistance",
           let match = Self.marathonCity.firstMatch(in: scan.text), let city = match[1] {
            let cased = ["nyc", "new york"].contains(city) ? "New York City" : city.capitalized
            name = "\(cased) Marathon"
            said = city
        }
        // "Comrades, bru", "Two Oceans — the 56k ultra": races known by their own name, in answer to a goal question.
        if name == nil, goalAnswer,
           let (match, race) = Self.racesByName.lazy.compactMap({ race in race.1.firstMatch(in: scan.text).map { ($0, race.0) } }).first {
            name = race
            said = match.text
        }
        // "I'm finally doing Dublin — the marathon", "I got into Chicago!! … 26.2 miles": the city and the distance.
        if name == nil, goalAnswer,
           let km = scan.goalDistance ?? scan.knownRaceDistance, let label = Self.raceLabel(km: km),
           let match = Self.racingPlace.matches(in: scan.original).first(where: { match in
               let words = (match[1] ?? "").split(separator: " ").map { $0.lowercased() }
               return !words.contains { Self.nameStopWords.contains($0) || Self.sentenceOpeners.contains($0) || Self.weekdays.contains($0)
                   || Self.weekdays.contains(String($0.dropLast())) }
           }), let place = match[1] {
            name = "\(place) \(label)"
            said = place.lowercased()
        }
        // ("An ultra, the 80 km in the Cederberg": a race called by its distance and a place said with "the".)
        if name == nil, goalAnswer, let match = Self.distanceInThePlace.firstMatch(in: scan.original), let distance = match[1], let place = match[2],
           !place.split(separator: " ").contains(where: { Self.nameStopWords.contains($0.lowercased()) || Self.sentenceOpeners.contains($0.lowercased()) }),
           !Self.doneBefore(scan.original, at: match.start) {
            name = place + " " + ((scan.goalDistance ?? scan.knownRaceDistance).flatMap(Self.raceLabel) ?? distance)
            said = place.lowercased()
        }
        // ("The Flying Pig in Cincinnati, Sunday May 2nd", asked the date: the race named first, in its place.)
        if name == nil, scan.expecting == "goals.raceDate" || scan.expecting == "goals.raceDistance",
           let match = Self.theNameInPlace.firstMatch(in: scan.original), let raw = match[1],
           !raw.lowercased().split(separator: " ").contains(where: { Self.cannotNameRace(String($0)) }) {
            name = raw
            said = raw.lowercased()
        }
        // ("got myself a place in Blackpool 2027", "A race. Bix 2027.", "I finally got into Broad Street through the lottery",
        // "the one the Lions Club puts on round the lake", "the fire brigade's race": a race called by its place and year, by
        // the place a runner got into, or by who puts it on.)
        if name == nil, goalAnswer {
            let plain = { (words: String) in
                !words.lowercased().split(separator: " ").contains { Self.cannotNameRace(String($0)) || Greeting.words.contains(String($0)) }
            }
            let label = (scan.goalDistance ?? scan.knownRaceDistance).flatMap(Self.raceLabel)
            if let match = Self.placeAndYear.matches(in: scan.original).first(where: { plain($0[1] ?? "") && !Self.doneBefore(scan.original, at: $0.start) }),
               let place = match[1], let year = match[2], let thisYear = today.year, let number = Int(year), number >= thisYear, number <= thisYear + 2 {
                name = "\(place) \(year)"
                said = place.lowercased()
            } else if let match = Self.gotInto.firstMatch(in: scan.original), let raw = match[1], plain(raw) {
                name = label.map { raw.lowercased().contains($0.lowercased()) ? raw : "\(raw) \($0)" } ?? raw
                said = raw.lowercased()
            } else if let match = Self.putOnBy.firstMatch(in: scan.original), let raw = match[1], plain(raw) {
                name = "\(raw) \(label ?? "Race")"
                said = raw.lowercased()
            } else if let match = Self.organisersRace.firstMatch(in: scan.text), let raw = match[1], !Self.peopleWords.contains(raw.split(separator: " ").last.map(String.init) ?? "") {
                let cased = raw.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
                name = "\(cased) \(label ?? "Race")"
                said = raw
            } else if let match = Self.raceInitials.matches(in: scan.original).first(where: { !Self.notRaceInitials.contains($0[1] ?? "") }),
                      let initials = match[1] {
                // ("I'm running MCM on 10/31 — 26.2": a race known by its initials.)
                name = initials
                said = initials.lowercased()
            }
        }
        // Races called as people call them, asked the goal: "The Generali one in Berlin", "the 20 van Alphen", "A Spartan race",
        // "la Mitja de Granollers", "the colour run for the air ambulance", "The Crim." or "Laugavegur. The ultra …" said alone.
        if name == nil, scan.expecting == "goals.goalType" {
            let unnamed = { (word: String) in
                word.split(separator: " ").contains { Self.nameStopWords.contains($0.lowercased()) || Self.sentenceOpeners.contains($0.lowercased())
                    || Self.notRaceNameWords.contains($0.lowercased()) || Greeting.words.contains($0.lowercased()) || Self.wholeMonth.matches($0.lowercased())
                    || Self.weekdays.contains($0.lowercased()) }
            }
            if let match = Self.capitalOne.firstMatch(in: scan.original), let raw = match[1], !unnamed(raw), !Self.doneBefore(scan.original, at: match.start) {
                name = raw
            } else if let match = Self.numberOfPlace.firstMatch(in: scan.original), let number = match[1], let link = match[2], let place = match[3] {
                name = "\(number) \(link) \(place)"
            } else if let match = Self.capitalRace.firstMatch(in: scan.original), let raw = match[1], let kind = match[2], !unnamed(raw),
                      !Self.doneBefore(scan.original, at: match.start) {
                name = raw + " " + kind.prefix(1).uppercased() + kind.dropFirst()
            } else if let match = Self.articleOfPlace.firstMatch(in: scan.original), let raw = match[1] {
                name = raw.prefix(1).uppercased() + raw.dropFirst()
            } else if let match = Self.kindRunAlone.firstMatch(in: scan.text), let kind = match[1] {
                // ("the night run in Putrajaya": the place it is run in goes first.)
                let place = match[2].flatMap { Self.monthNames.contains($0) || Self.nameStopWords.contains($0) ? nil : $0 }
                name = ((place.map { [$0] } ?? []) + kind.split(separator: " ").map(String.init))
                    .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            } else if let theWord = Self.theOneWordName.firstMatch(in: scan.original)?[1], !unnamed(theWord),
                      !["marathon", "half", "ultra", "trail", "parkrun"].contains(theWord.lowercased()) {
                name = theWord
            } else if let match = Self.oneWordName.firstMatch(in: scan.original),
                      let word = match[1], !unnamed(word), scan.goalDistance != nil || Self.raceKindSaid.matches(scan.text),
                      !["ultramarathon", "trail", "racing", "triathlon", "parkrun", "marathon", "half", "ultra"].contains(word.lowercased()) {
                name = word
            }
        }
        // "Transgrancanaria. The Advanced: 84 kilometres", "race. bay to breakers": a name said alone, after the known ones.
        if name == nil, scan.expecting == "goals.goalType", scan.goalDistance != nil, let match = Self.oneWordName.firstMatch(in: scan.original),
           let word = match[1], nameLike([word]), !Self.notRaceNameWords.contains(word.lowercased()), !Greeting.words.contains(word.lowercased()),
           !["ultramarathon", "trail", "racing", "yes", "no", "sure", "both", "triathlon", "parkrun"].contains(word.lowercased()) {
            name = word
        }
        // "hafl marathon! the launnie one in june", "race. 30k. taff trail one": a race called by its name and "one".
        // ("The Aarhus one, Sunday 23 May", asked the date: the name said with it.)
        if name == nil, scan.expecting == "goals.goalType" || scan.expecting == "goals.raceDate",
           let km = scan.goalDistance ?? scan.knownRaceDistance, let match = Self.nameThenOne.firstMatch(in: scan.text),
           let raw = match[1], case let words = raw.split(separator: " ").map(String.init),
           let first = words.first, !Self.nameStopWords.contains(first), !Self.notInTerseName.contains(first), !Self.notRaceNameWords.contains(first),
           !words.contains(where: { Self.oneAdjectives.contains($0) || Self.weekdays.contains($0) || Self.wholeMonth.matches($0) }) {
            let cased = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            name = Self.raceLabel(km: km).map { "\(cased) \($0)" } ?? cased
            said = raw
        }
        if name == nil, scan.expecting == "goals.goalType", let match = Self.terseRaceName.firstMatch(in: scan.text), let raw = match[1],
           case let words = raw.split(separator: " ").map(String.init),
           !words.contains(where: { Self.notInTerseName.contains($0) || Self.notRaceNameWords.contains($0) || Self.weekdays.contains($0) || Self.wholeMonth.matches($0) }) {
            name = words.map { ["to", "the", "of", "de", "la"].contains($0) ? $0 : $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        }
        // "canyonlands 5 mile. moab.", "surf city half": asked for the goal, a name typed in lower case before the distance.
        // ("sat 13 march. kumasi city 10k", asked the date: the name said with it.)
        if name == nil, scan.expecting == "goals.goalType" || scan.expecting == "goals.raceDistance"
            || scan.expecting == "goals.raceDate", let km = scan.goalDistance ?? scan.knownRaceDistance,
           // ("half marathon!! the sun city half": the first that can be a name.)
           let match = Self.lowerNameBeforeDistance.matches(in: scan.text).first(where: { Self.canNameRace(typedSmall: $0[1] ?? "") }), let raw = match[1],
           case let words = raw.split(separator: " ").map(String.init),
           !FactExtractor.perWeek.matches(scan.window(after: match.end, 16)) {
            // ("nyc half" is the NYC Half; "sun city half" the Sun City Half.)
            let cased = words.map { $0.count <= 3 && !["mon", "tue", "wed", "thu", "fri", "sat", "sun"].contains($0) ? $0.uppercased() : $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            name = Self.raceLabel(km: km).map { "\(cased) \($0)" } ?? cased
            said = raw
        }
        // "The 10K of the San Felipe y Santiago", "I want to run Vårruset here in Luleå": asked the goal, the event named after
        // its distance ("of the …") or as what is run, before where (after every other reading).
        if name == nil, scan.expecting == "goals.goalType" || scan.expecting == "goals.raceName",
           let match = Self.distanceOfTheEvent.firstMatch(in: scan.original) ?? Self.runNamedEvent.firstMatch(in: scan.original)
               ?? (scan.goalDistance != nil ? Self.eventAfterComma.firstMatch(in: scan.original) : nil), let raw = match[1],
           case let words = raw.split(separator: " ").map(String.init), nameLike(words),
           !words.contains(where: { Self.notRaceNameWords.contains($0.lowercased()) || Self.sentenceOpeners.contains($0.lowercased()) }) {
            name = raw
        }
        // "Les 10 km des Ponts", "Mezza Maratona delle Due Torri", "meia maratona da liberdade": a race named in its own
        // language, the distance and then whose or where, over a name read from part of it.
        // (Only where no name was read, or one of an article and a distance: "Les 10 Km"; "the Maratona di Roma" stays the
        // Roma Marathon.)
        if name == nil || name.map(Self.distanceOnlyName) == true,
           scan.expecting == nil || scan.expecting?.hasPrefix("goals.") == true || scan.expecting == "identity.name",
           let match = Self.namedInItsLanguage.firstMatch(in: scan.original), !Self.doneBefore(scan.original, at: match.start) {
            let words = match.text.trimmingCharacters(in: .whitespaces).split(separator: " ").map(String.init)
            name = ([words[0].prefix(1).uppercased() + words[0].dropFirst()] + words.dropFirst()).joined(separator: " ")
            said = match.text.lowercased().trimmingCharacters(in: .whitespaces)
        }
        // ("Transvulcania on La Palma, the ultra": the name, where, then what kind.)
        if name == nil, scan.expecting == "goals.goalType", let match = Self.nameOnPlaceThenKind.firstMatch(in: scan.original), let raw = match[1],
           case let words = raw.split(separator: " ").map(String.init), nameLike(words),
           !words.contains(where: { Self.notRaceNameWords.contains($0.lowercased()) || Self.sentenceOpeners.contains($0.lowercased()) || Greeting.words.contains($0.lowercased()) }) {
            name = raw
            said = raw.lowercased()
        }
        // ("the run of the Seven Bridges", "the race of Alexander the Great": the event named after what is run, then whose.)
        if name == nil, scan.expecting == "goals.goalType" || scan.expecting == "goals.raceName", let match = Self.runOfTheName.firstMatch(in: scan.original), let kind = match[1], let raw = match[2],
           !Self.doneBefore(scan.original, at: match.start), !scan.aboutSomeoneElse(at: match.start) {
            name = "\(kind.prefix(1).uppercased() + kind.dropFirst()) of \(raw)"
            said = "\(kind) of \(raw.lowercased())"
        }
        // ("the Dragon's Back run out past the reservoir": capitalised words with the kind typed small after them.)
        if name == nil, scan.expecting == "goals.goalType" || scan.expecting == "goals.raceName", let match = Self.cappedThenSmallKind.firstMatch(in: scan.original), let raw = match[1], let kind = match[2],
           case let words = raw.split(separator: " ").map(String.init), nameLike(words),
           !words.contains(where: { Self.notRaceNameWords.contains($0.lowercased()) || Self.sentenceOpeners.contains($0.lowercased()) }),
           !Self.doneBefore(scan.original, at: match.start), !scan.aboutSomeoneElse(at: match.start) {
            name = (words + [kind.prefix(1).uppercased() + kind.dropFirst()]).joined(separator: " ")
            said = raw.lowercased()
        }
        // ("A marathon. Is Berlin too much for a first one? That's the one I entered": a marathon city named anywhere in the
        // goal's answer, once the marathon is the goal.)
        if name == nil, scan.expecting == "goals.goalType" || scan.expecting == "goals.raceDistance", scan.goalDistance == 42.195,
           let match = Self.marathonCityCased.firstMatch(in: scan.original), let city = match[1],
           !Self.doneBefore(scan.original, at: match.start), !scan.aboutSomeoneElse(at: match.start) {
            name = "\(city == "NYC" || city == "New York" ? "New York City" : city) Marathon"
            said = city.lowercased()
        }
        // An event known by its name alone, without a race's word ("the Bix", "Leadville", "Beach to Beacon"): after entering or
        // running it, after "a race", as the goal's whole sentence, or as the real one of two (after every other reading).
        // ("I got into Beach to Beacon this year": over a reading of its first word alone.)
        if scan.expecting == nil || scan.expecting == "goals.goalType" || scan.expecting == "goals.raceName"
            || scan.expecting == "goals.raceDistance", let raw = Self.eventByNameAlone(scan),
           name == nil || name?.split(separator: " ").first == raw.split(separator: " ").first && raw.count > name?.count ?? 0 {
            name = raw
            said = raw.lowercased()
        }
        // ("flying pig may 2nd", "gold coast. sun 4 jul", asked the date: an event typed small before its date.)
        // ("sun 23rd may", "dimanche 7 mars": a day's name, short or in another language, is no race's.)
        if name == nil, scan.expecting == "goals.raceDate", let match = Self.smallNameBeforeDate.firstMatch(in: scan.text), let raw = match[1],
           Self.canNameRace(typedSmall: raw), !raw.split(separator: " ").contains(where: { Self.dayWord.matches(String($0)) || Self.foreignDay.matches(String($0)) }) {
            name = raw.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            said = raw
        }
        // ("Lidingöloppet, if that counts as a race?", "The Dam tot Damloop": a name made with another language's word for a race.)
        if name == nil, scan.expecting == nil || scan.expecting?.hasPrefix("goals.") == true, let match = Self.foreignRaceWord.firstMatch(in: scan.original),
           let raw = match[1], !Self.doneBefore(scan.original, at: match.start) {
            name = raw
            said = raw.lowercased()
        }
        guard let name else { return }
        // "Faster 10K, no race", "quicker 5k. sub 20": the words of a speed goal are no race's name.
        if let first = name.split(separator: " ").first?.lowercased(), Self.speedWords.contains(first) { return }
        // ("Three 5k runs and a long one": a count of runs and their distance, not a name.)
        if Self.countThenDistance.matches(name) { return }
        // ("Memorial Day, like always. So Monday, May 31st.", asked the date: the holiday dates the race.)
        if scan.expecting == "goals.raceDate", Self.holidayName.matches(name) { return }
        // ("The half marathon. Darla's doing the full": a person named, doing something, is not a race's name.)
        if let first = name.split(separator: " ").first?.lowercased(), !scan.text.contains(name.lowercased()),
           scan.text.range(of: #"\b"# + NSRegularExpression.escapedPattern(for: first) + #"(?:'s)? (?:runs|ran|did|does|is doing|doing|is running|is racing|has done|has run|wants|aims)\b"#,
                           options: .regularExpression) != nil { return }
        func isHistory(_ lower: Int) -> Bool {
            // "I ran the Chicago Marathon last year" is history, not a goal.
            var before = scan.window(before: lower, 30)
            if let comma = before.range(of: ",", options: .backwards) { before = String(before[comma.upperBound...]) }
            let after = scan.window(after: lower + (said ?? name).utf16.count, 30)
            // ("I entered the Hawke's Bay half last night", "I'm running the Peachtree this summer": entered or run this year is
            // the goal, unless it comes round every week.)
            let entered = Self.entryBefore.matches(before)
            if entered ? Self.routineAfter.matches(after) : Self.pastCue.matches(before) || Self.habitualAfter.matches(after) { return true }
            if Self.describedAsPast.matches(after) { return true }
            // Asked about something else, a race is the goal only with a goal's words before it: "I've done
            // City2Surf every year, and the Sydney Half twice" (about experience) is history.
            if let asked = scan.expecting, !asked.hasPrefix("goals."), asked != "identity.name",
               case let sentence = scan.sentence(around: lower), !Self.goalTrigger.matches(scan.text.utf16Slice(sentence.start, lower)) { return true }
            return false
        }
        let spoken = said ?? name.lowercased()
        let occurrences = scan.text.ranges(of: spoken).map { scan.text.utf16.distance(from: scan.text.startIndex, to: $0.lowerBound) }
        // ("My niece ran the Mini last year … So that's the goal. The Mini.": the race said again, as the goal, after its history.)
        let lower = occurrences.first(where: { !isHistory($0) })
        guard occurrences.isEmpty || lower != nil else { return }
        let canonical = name.replacingOccurrences(of: "Half-marathon", with: "Half Marathon")
            .replacingOccurrences(of: "Halfmarathon", with: "Half Marathon")
        let position = lower ?? 0
        scan.add("goals.raceName", .string(canonical), said: "the \(canonical)", at: position)
        scan.goalContext = true
        // ("I'm running the Olomouc Spring 10k": the distance the name ends on is the race's, when none was read.)
        if !scan.has("goals.raceDistance"), let match = Self.distanceClosingName.firstMatch(in: canonical.lowercased()),
           let distance = Self.distance(number: match[1], unit: match[2], named: match[3]) {
            scan.add("goals.raceDistance", .number(distance.km), said: Self.said(distance), at: position)
            scan.add("goals.raceDistanceLabel", .string(distance.label), said: distance.name, at: position)
        }
    }
    static let distanceClosingName = TextPattern(#"\b(\d{1,3})\s?(k|km)$"#)

    // MARK: - Race date

    static let monthPattern = #"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?:(?<=jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.)?"#
    /// ("the one that pass over the bridge 25 de Abril": a bridge, a street or a square named for a day.)
    static let placeBeforeADay = TextPattern(#"\b(?:bridge|ponte|puente|avenue|avenida|av|rua|street|square|praça|plaza|calle|via|station|estação|estación|stadium|estadio|estádio)\s+$"#)
    static let placeNamedForADay = TextPattern(#"^\s*(?:bridge|avenue|av|street|square|road|stadium|park|ponte|avenida|rua|praça|plaza|calle|via)\b"#)
    static let theOneAsRace = TextPattern(#",\s+the\s+1\s+(?:for|that|with|where|which|in|on|at|around|by|i|we|my|they|run|organi[sz]ed)\b"#)
    static let monthDay = TextPattern(#"\b"# + monthPattern + #",?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?![:.,]\d)(?!\s*(?:k|km|miles?|mi|minutes?|mins?|hours?|weeks?|days?|times|runs|x)\b)(?:,?\s+(\d{4})\b)?"#)
    static let dayMonth = TextPattern(#"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"# + monthPattern + #"(?:,?\s+(\d{4})\b)?"#)
    static let isoDate = TextPattern(#"\b((?:19|20)\d\d)([-./])(\d{1,2})\2(\d{1,2})\b"#)
    /// "24.4.2027", "05/02/27", and "20. 3. 2027" typed with spaces after the dots (as Czech and German runners do).
    /// "11-04-2027, Sunday": with dashes only with the year in full ("3-4-5" is no date).
    static let dashedDate = TextPattern(#"\b(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)\b"#)
    static let numericDate = TextPattern(#"\b(\d{1,2})(?:[/.]|\.\s)(\d{1,2})(?:[/.](\d{4}|\d{2})|\.\s((?:19|20)\d\d))\b"#)
    static let nextYear = TextPattern(#"^\s*,?\s*next year\b"#)
    static let monthWord = TextPattern(#"\b"# + monthPattern)
    /// A month named as a time, not "may" the verb: "in May", "on the May bank holiday", "early March".
    static let monthMentioned = TextPattern(#"\b(?:in|on|the|of|early|late|mid|this|next)[\s-]+(?:the\s+)?(?:early\s+|late\s+)?"# + monthPattern)
    static let dayOfNextMonth = TextPattern(#"\b(?:the )?(\d{1,2})(?:st|nd|rd|th)? of next month\b"#)
    static let easterDay = TextPattern(#"\b(good friday|easter (?:saturday|sunday|monday|day)|holy saturday)\b"#)
    /// ("In June I broke the 5th metatarsal": an ordinal before a noun is no day of the month.)
    static let dayAloneAsDate = TextPattern(
        #"\bthe (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?!(?:of|and|or|at|in|on|is|was|which|so|but|i|we|it|if|then|too|maybe|probably|weekend|sunday|saturday|monday|tuesday|wednesday|thursday|friday)\b)[a-z])"#)
    /// ("It's always the third weekend in June": an ordinal of something else is no day.)
    static let weekdayJustBefore = TextPattern(#"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*$"#)
    static let dayAlone = TextPattern(#"\b(?:the|its|it is) (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:weekend|week|time|year|month|saturday|sunday|monday|tuesday|wednesday|thursday|friday|one|race|marathon|half|mile|km|k)\b)"#)
    /// A sentence that is only a date ("Sunday 25th April.", "Saturday, the 3rd of April").
    static let dateSentenceOnly = TextPattern(#"^\s*(?:on |it is |its |it's )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:the )?(?:\d{1,2}(?:st|nd|rd|th)?(?: of)? [a-z]+|[a-z]+ \d{1,2}(?:st|nd|rd|th)?)(?:,? \d{4})?\s*[.!]*\s*$"#)
    static let otherDayAfter = TextPattern(#"^[\p{L}\d .]{0,20}?\s(?:is|was|'s) (?:my |our |the |his |her )?(?:[a-z]+'s )?(?:birthday|bday|anniversary|wedding|wedding day)\b"#)
    static let mistakenDateBefore = TextPattern(#"\b(?:keep saying|kept saying|always say|i said|not|never)\s*$|\b(?:which|that) is (?:on )?$"#)
    static let countCorrects = TextPattern(#"\b(?:no|nope|actually|sorry|wait|i mean|scratch that|correction|oops|rather|make (?:it|that))\b"#)
    static let askedBack = TextPattern(#"\?|\bright\b|\bis that\b|\b(?:that is|which is|which makes it)\b"#)
    static let dottedDate = TextPattern(#"(?<![\d/.:])(\d{1,2})\.(\d{2}|\d(?=\.(?!\d)|\s*$))(?![\d/:]|\.\d|\s*(?:k|km|miles?|mi|hours?|h|minutes?|mins?)\b)"#)
    static let weekdayThenDotted = TextPattern(#"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(\d{1,2})\.(\d{1,2})\b\.?(?!\d)"#)
    static let weekdayNear = TextPattern(#"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"#)
    static let shortNumericDate = TextPattern(#"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])"#)
    /// Miles (or the marathon and half in miles) say an American runner, who writes the month first.
    static let americanCue = TextPattern(#"\b(?:miles?|mi|mpw|26\.2|13\.1)\b"#)
    static let runInTheSpan = TextPattern(#"^\s*,?\s*(?:i|we)\s+(?:usually\s+|normally\s+)?(?:run|do|make|cover|clock|average|ran|did|log|manage)\b"#)
    static let relativeDate = TextPattern(#"\bin\s+(?:about |around |roughly |approximately |just over |just under |~)?(\d+)\s+(weeks?|months?|days)\b|\b(\d+)\s+(weeks?|months?|days)\s+(?:from now|from today|away|out|to go|time|left)\b"#)
    /// "116 days. its a sat": asked for the date, a countdown.
    static let countdown = TextPattern(#"^\s*(?:about |around |~)?(\d+)\s+(days|weeks)\s*(?:[.!,]|$)"#)
    static let raceWords = TextPattern(#"\b(?:race|racing|marathon|half|ultra|parkrun|\d+(?:\.\d+)? ?(?:k|km|miles?)\b|event|run|running|trail|10 miler)"#)
    static let amountBefore = TextPattern(#"\d+(?:\.\d+)?\s*(?:k|km|miles?|mi|runs?|times|sessions|hours?|minutes?|mins?)\s*(?:total\s*)?$"#)
    static let datePastCue = TextPattern(#"\b(?:since|started|ago|was on|back in|born|birthday|ran|did|raced|last)\b(?:(?! - )[^,;])*$"#)

    static func month(_ text: String) -> Int? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return months.firstIndex(of: String(text.prefix(3))).map { $0 + 1 }
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                             "November", "December"]

    /// Extracts the race date; returns its position when one was found.
    func extractRaceDate(_ scan: Scan) -> Int? {
        var found: Int?
        var lastMonth: Int?
        func add(year: Int?, month: Int, day: Int, at position: Int) {
            if Self.datePastCue.matches(scan.window(before: position, 30)) { return }
            if Self.placeBeforeADay.matches(scan.window(before: position, 12)) { return }
            // ("Sunday the 7th of March. Carnival Tuesday is the 9th of February": another day's date.)
            if Self.namedDayIs.matches(scan.window(before: position, 30)) { return }
            // "I keep saying the 24th 'cause that's Zain's birthday": the date said by mistake.
            if Self.mistakenDateBefore.matches(scan.window(before: position, 24)) { return }
            // ("May 9 is my mother's birthday, I always mix them up": the day of something else, said as such.)
            if Self.otherDayAfter.matches(scan.text.utf16Slice(position, position + 60)) { return }
            // ("My leg's the third one", "I came in the 3rd place": an ordinal of something else, no day of the month.)
            if Self.ordinalOfAThing.matches(scan.text.utf16Slice(position, position + 24)) { return }
            // A date is a race date only when the message is about a race (or the race date was asked for).
            // ("I got a London Marathon ballot place on my fifth go!! Sunday 25th April.": the race said just before.)
            if scan.expecting?.hasPrefix("goals.") != true, !Self.raceWords.matches(scan.clause(around: position).text) {
                let sentence = scan.sentence(around: position)
                guard Self.dateSentenceOnly.matches(sentence.text),
                      Self.raceWords.matches(scan.sentence(around: max(0, sentence.start - 2)).text) else { return }
            }
            guard let millis = futureDate(year: year, month: month, day: day) else { return }
            // ("My friend says it is always the first Sunday of August, so the 1st of August": the runner's own conclusion
            // after what someone else said.)
            let concluded = Self.soTheDate.matches(scan.window(before: position, 12))
            scan.add("goals.raceDate", .number(Double(millis)), said: Self.sayDate(millis), at: position, checkSomeoneElse: !concluded)
            found = position
            lastMonth = month
        }
        // The first of this year's and next year's dates (`dateIn`) still ahead, added at `position`.
        func addNext(at position: Int, _ dateIn: (Int) -> Date?) -> Bool {
            guard let thisYear = today.year else { return false }
            for year in [thisYear, thisYear + 1] {
                guard let date = dateIn(year) else { continue }
                let parts = Self.utcCalendar.dateComponents([.year, .month, .day], from: date)
                guard let y = parts.year, let m = parts.month, let d = parts.day, futureDate(year: y, month: m, day: d) != nil else { continue }
                add(year: y, month: m, day: d, at: position)
                return true
            }
            return false
        }
        defer {
            // "The Sunday right after my birthday. My birthday's the 3rd of May": that weekday after the date said.
            // ("Sunday the 23rd of May. Victoria Day's the Monday after": what another day is, not the race.)
            if found != nil, let match = Self.weekdayAfter.firstMatch(in: scan.text), let weekday = match[1].flatMap(Self.weekdayNumber),
               !Self.whatItIs.matches(scan.window(before: match.start, 8)),
               let said = scan.latest("goals.raceDate")?.value.doubleValue,
               // (A date already on that weekday, as "the Sunday after Easter" is read, stays.)
               Self.utcCalendar.component(.weekday, from: Date(timeIntervalSince1970: said / 1000)) != weekday {
                var date = Date(timeIntervalSince1970: said / 1000)
                repeat { date = Self.utcCalendar.date(byAdding: .day, value: 1, to: date) ?? date }
                while Self.utcCalendar.component(.weekday, from: date) != weekday
                let parts = Self.utcCalendar.dateComponents([.year, .month, .day], from: date)
                if let y = parts.year, let m = parts.month, let d = parts.day, let millis = futureDate(year: y, month: m, day: d) {
                    scan.add("goals.raceDate", .number(Double(millis)), said: Self.sayDate(millis), at: scan.text.utf16Length)
                }
            }
        }
        defer {
            // "On the 14th of March. No, sorry, … it's Sunday the 21st": the day corrected, in the month said.
            if let at = found, let month = lastMonth, let cue = Replies.correction.matches(in: scan.text).last(where: { $0.start > at }),
               let day = Self.dayAlone.firstMatch(in: scan.text.utf16Slice(cue.end, scan.text.utf16Length)), let d = Int(day[1] ?? ""),
               // ("… no, it's 3.4.27, Saturday. The 13th is when registration closes": another date of the race's.)
               !Self.otherDateOfTheRace.matches(scan.window(after: cue.end + day.end, 40)),
               // ("Sunday 18 April. My birthday's the 17th": the day of something else.)
               !Self.otherDayBefore.matches(scan.text.utf16Slice(max(0, cue.end + day.start - 28), cue.end + day.start)) {
                add(year: nil, month: month, day: d, at: cue.end + day.start)
            }
        }
        var covered: [Range<Int>] = []
        // "Last day of January": the month's last date.
        if let match = Self.lastDayOfMonth.firstMatch(in: scan.text), let month = Self.month(match[1] ?? "") {
            if addNext(at: match.start, { year in
                Self.utcCalendar.date(from: DateComponents(year: month == 12 ? year + 1 : year, month: month % 12 + 1, day: 1))
                    .flatMap { Self.utcCalendar.date(byAdding: .day, value: -1, to: $0) }
            }) { covered.append(match.start..<match.end) }
        }
        for match in Self.isoDate.matches(in: scan.text) {
            guard let y = Int(match[1] ?? ""), let m = Int(match[3] ?? ""), let d = Int(match[4] ?? "") else { continue }
            add(year: y, month: m, day: d, at: match.start)
            covered.append(match.start..<match.end)
        }
        for match in Self.numericDate.matches(in: scan.text) + Self.dashedDate.matches(in: scan.text) {
            guard let a = Int(match[1] ?? ""), let b = Int(match[2] ?? ""), var y = Int(match[3] ?? match[4] ?? "") else { continue }
            if y < 100 { y += 2000 }
            var (d, m) = a > 12 ? (a, b) : b > 12 ? (b, a) : Self.americanCue.matches(scan.text) ? (b, a) : (a, b)
            // "05/02/27. That's a Sunday.": the weekday said picks which number is the month.
            if a <= 12, b <= 12, a != b, let named = Self.weekdays.firstIndex(where: { scan.text.contains($0) }),
               Self.weekday(year: y, month: m, day: d) != named, Self.weekday(year: y, month: d, day: m) == named {
                (d, m) = (m, d)
            }
            add(year: y, month: m, day: d, at: match.start)
            covered.append(match.start..<match.end)
        }
        // "on 5/2" without a year: month first next to miles (an American runner), day first otherwise.
        let american = Self.americanCue.matches(scan.text)
        for match in Self.shortNumericDate.matches(in: scan.text) where !covered.contains(where: { $0.overlaps(match.start..<match.end) }) {
            guard let a = Int(match[1] ?? ""), let b = Int(match[2] ?? "") else { continue }
            var (d, m) = a > 12 ? (a, b) : b > 12 ? (b, a) : american ? (b, a) : (a, b)
            // "half marathon in May … sunday 5/2": either way round could be a date; the race's month, or the weekday
            // said beside it, tells which.
            if a <= 12, b <= 12, a != b {
                let weekday = Self.weekdayNear.matches(in: scan.window(before: match.start, 16) + " " + scan.window(after: match.end, 12))
                    .last.flatMap { $0[1] }.flatMap(Self.weekdayNumber)
                func falls(_ month: Int, _ day: Int) -> Bool {
                    guard let weekday, let millis = futureDate(year: nil, month: month, day: day) else { return false }
                    var calendar = Calendar(identifier: .gregorian)
                    calendar.timeZone = TimeZone(identifier: "UTC")!
                    return calendar.component(.weekday, from: Date(timeIntervalSince1970: Double(millis) / 1000)) == weekday
                }
                if let known = scan.knownRaceMonth, known == a || known == b {
                    (d, m) = known == a ? (b, a) : (a, b)
                } else if falls(b, a) != falls(a, b) {
                    (d, m) = falls(b, a) ? (a, b) : (b, a)
                }
            }
            add(year: nil, month: m, day: d, at: match.start)
            covered.append(match.start..<match.end)
        }
        // "It is 25.04, Sunday", asked for the date: day and month with a dot. ("half. łódź, 18.04", asked the goal: a month
        // typed with its zero is a date too.)
        if scan.expecting == "goals.raceDate" || scan.expecting == "goals.goalType" {
            for match in Self.dottedDate.matches(in: scan.text) where !covered.contains(where: { $0.overlaps(match.start..<match.end) }) {
                // ("… the Vienna City Marathon, on 18.4. This is a Sunday": the German day-and-month's closing dot, or "on".)
                guard let d = Int(match[1] ?? ""), let m = Int(match[2] ?? ""), (1...12).contains(m), (1...31).contains(d),
                      scan.expecting == "goals.raceDate" || match[2]?.hasPrefix("0") == true
                        || scan.text.utf16Slice(match.end, min(scan.text.utf16Length, match.end + 1)) == "."
                        || scan.window(before: match.start, 4).hasSuffix("on ") else { continue }
                add(year: nil, month: m, day: d, at: match.start)
                covered.append(match.start..<match.end)
            }
        }
        // "bergen, sat 24.4": day and month with a dot, right after the weekday, in any answer about the race.
        if scan.expecting?.hasPrefix("goals.") == true || scan.expecting == nil {
            for match in Self.weekdayThenDotted.matches(in: scan.text) where !covered.contains(where: { $0.overlaps(match.start..<match.end) }) {
                guard let d = Int(match[1] ?? ""), let m = Int(match[2] ?? ""), (1...12).contains(m), (1...31).contains(d) else { continue }
                add(year: nil, month: m, day: d, at: match.start(of: 1))
                covered.append(match.start..<match.end)
            }
        }
        // "December 5th next year": the year after this one.
        func year(_ said: String?, after end: Int) -> Int? {
            if let said, let year = Int(said) { return year }
            return Self.nextYear.matches(scan.window(after: end, 16)) ? today.year.map { $0 + 1 } : nil
        }
        // "The last Sunday in October", "the first Sunday of May": that weekday of the next such month.
        for match in Self.weekdayOfMonth.matches(in: scan.text) {
            guard let ordinal = match[1], let weekday = match[2].flatMap(Self.weekdayNumber), let m = Self.month(match[3] ?? "") else { continue }
            if addNext(at: match.start, { Self.weekdayIn($0, m, weekday: weekday, nth: Self.ordinals[ordinal] ?? -1) }) {
                covered.append(match.start..<match.end)
            }
        }
        // "3rd weekend of march the sunday": the weekend of that month's nth Saturday. ("The first weekend of June 2027",
        // no day said: its Sunday, the day most races of a weekend are run.)
        for match in Self.weekendOfMonth.matches(in: scan.text) {
            guard let ordinal = match[1], let m = Self.month(match[2] ?? "") else { continue }
            // ("Saturday, June 19th. It's always the third weekend in June": the date said outright is the day.)
            if match[3] == nil, !covered.isEmpty || !Self.dayMonth.matches(in: scan.text).isEmpty || !Self.monthDay.matches(in: scan.text).isEmpty { continue }
            let took = addNext(at: match.start) { year in
                Self.weekdayIn(year, m, weekday: 7, nth: Self.ordinals[ordinal] ?? -1)
                    .flatMap { Self.utcCalendar.date(byAdding: .day, value: match[3] == "saturday" ? 0 : 1, to: $0) }
            }
            if took {
                covered.append(match.start..<match.end)
                scan.dateSpans.append(match.start..<match.end)
            }
        }
        for match in Self.dayMonth.matches(in: scan.text) {
            guard let d = Int(match[1] ?? ""), let m = Self.month(match[2] ?? "") else { continue }
            // ("signed up together at the Fourth of July cookout": the day of a party, not the race.)
            if Self.partyAfter.matches(scan.window(after: match.end, 16)) { covered.append(match.start..<match.end); continue }
            // ("the half marathon that pass on the 25 de Abril bridge": a bridge named for a day.)
            if Self.placeNamedForADay.matches(scan.window(after: match.end, 16)) { covered.append(match.start..<match.end); continue }
            add(year: year(match[3], after: match.end), month: m, day: d, at: match.start)
            covered.append(match.start..<match.end)
        }
        for match in Self.monthDay.matches(in: scan.text) where !covered.contains(where: { $0.overlaps(match.start..<match.end) }) {
            guard let m = Self.month(match[1] ?? ""), let d = Int(match[2] ?? "") else { continue }
            // ("a 10k in Sligo town in May, the one for the cancer unit": "the one" is the race, not the 1st.)
            if Self.theOneAsRace.matches(scan.text.utf16Slice(match.start, min(scan.text.utf16Length, match.end + 12))) { continue }
            add(year: year(match[3], after: match.end), month: m, day: d, at: match.start)
        }
        // "Easter Saturday", "Good Friday": that day of the next Easter.
        for match in Self.easterDay.matches(in: scan.text) {
            guard let name = match[1] else { continue }
            let offset = (["good friday": -2, "easter saturday": -1, "holy saturday": -1, "easter monday": 1][name] ?? 0)
                + Self.daysFromHoliday(scan.window(before: match.start, 30))
            if addNext(at: match.start, { Self.utcCalendar.date(byAdding: .day, value: offset, to: Self.easterSunday(year: $0)) }) {
                covered.append(match.start..<match.end)
            }
        }
        // "The Sunday before Paddy's Day", "the May bank holiday weekend, the Sunday", "Memorial Day weekend":
        // a holiday of the next year that has it, moved to the weekday named with it.
        for (pattern, dayOf) in Self.holidays {
            for match in pattern.matches(in: scan.text) where !covered.contains(where: { $0.overlaps(match.start..<match.end) }) {
                // "the Easter festival 10k" is a race's name; "talked me into it at Thanksgiving" is when something else happened.
                if Self.raceWordAfter.matches(scan.text.utf16Slice(match.end, match.end + 24)) { continue }
                if scan.expecting != "goals.raceDate", Self.occasionBefore.matches(scan.window(before: match.start, 12)) { continue }
                // "Saturday, the third of April. The week after Easter": a week named by the holiday, not a day.
                if Self.weekOfHoliday.matches(scan.window(before: match.start, 20)) { continue }
                let shift = Self.daysFromHoliday(scan.window(before: match.start, 30))
                let before = Self.weekdayBefore.firstMatch(in: scan.window(before: match.start, 40))
                let weekend = Self.weekendDay.firstMatch(in: scan.text.utf16Slice(match.end, min(scan.text.utf16Length, match.end + 40)))
                // "sat may 29. memorial day wknd": a holiday that only names the weekend of a date said outright.
                if scan.has("goals.raceDate"), before == nil, shift == 0, weekend == nil { continue }
                // ("End of May. Sunday the 30th, Memorial Day weekend": the day said outright is read after this, and wins.)
                if before == nil, shift == 0, Self.ordinalDay.matches(scan.text), Self.monthMentioned.matches(scan.text) { continue }
                // ("The 21st — Independence Day. It falls on a Sunday": Namibia's, in March; the day said outright wins.)
                if before == nil, shift == 0,
                   let said = Self.dayOrdinal.matches(in: scan.window(before: match.start, 24) + " " + scan.window(after: match.end, 24)).first.flatMap({ Int($0[1] ?? "") }),
                   let year = today.year, let holiday = dayOf(year), Self.utcCalendar.component(.day, from: holiday) != said { continue }
                let spanStart = before.map { max(0, match.start - 40) + $0.start } ?? match.start
                let took = addNext(at: spanStart) { year in
                    guard let holiday = dayOf(year), let date = Self.utcCalendar.date(byAdding: .day, value: shift, to: holiday) else { return nil }
                    if let before, let weekday = before[1], let direction = before[2] {
                        return Self.shifted(date, to: weekday, after: direction == "after")
                    }
                    if let weekend, let weekday = weekend[1] {
                        // The holiday's weekend: the Saturday or Sunday next to it.
                        return Self.shifted(date, to: weekday, after: Self.utcCalendar.component(.weekday, from: date) == 6)
                    }
                    return date
                }
                if took {
                    covered.append(match.start..<match.end)
                    scan.dateSpans.append(spanStart..<(match.end + (weekend?.end ?? 0)))
                }
            }
        }
        // "In May, on the 23rd", "the May bank holiday, the early one, Monday the 3rd": the month, then the day.
        if found == nil, let month = Self.monthMentioned.firstMatch(in: scan.text), let m = Self.month(month[1] ?? ""),
           let day = Self.dayAloneAsDate.firstMatch(in: scan.text.utf16Slice(month.end, min(scan.text.utf16Length, month.end + 60))),
           let d = Int(day[1] ?? ""),
           // ("The Leiden Marathon, in May. It will be my second one, the first was Amsterdam": another sentence's ordinal.)
           case let between = scan.text.utf16Slice(month.end, month.end + day.start),
           !between.contains(where: { ".!?".contains($0) })
               // ("… in Winnipeg in February. Sunday the 21st.": a sentence that opens with the day.)
               || Self.dayOpensSentence.matches(between.components(separatedBy: CharacterSet(charactersIn: ".!?")).last ?? "") {
            add(year: nil, month: m, day: d, at: month.start)
        }
        // "The 14th of next month": the month after this one.
        for match in Self.dayOfNextMonth.matches(in: scan.text) {
            guard let d = Int(match[1] ?? ""), let thisMonth = today.month, let thisYear = today.year else { continue }
            add(year: thisMonth == 12 ? thisYear + 1 : thisYear, month: thisMonth % 12 + 1, day: d, at: match.start)
            covered.append(match.start..<match.end)
        }
        // Asked for the date, "the 12th. Hang on, no, the 19th": a day alone is the next one of that number
        // (in the month named earlier in the message, or in an earlier answer, if any).
        if scan.expecting == "goals.raceDate" {
            // ("sat 8 may i think?? or the 15th. no its 8th": the month of the date said first.)
            let saidMonth = scan.latest("goals.raceDate")?.value.doubleValue.map { Self.utcCalendar.component(.month, from: Date(timeIntervalSince1970: $0 / 1000)) }
            let named = Self.monthWord.firstMatch(in: scan.text).flatMap { Self.month($0[1] ?? "") } ?? saidMonth ?? scan.knownRaceMonth
            for match in Self.dayAlone.matches(in: scan.text) where found.map({ match.start > $0 + 12 }) ?? true {
                guard let d = Int(match[1] ?? ""), let thisMonth = today.month,
                      !Self.mistakenDateBefore.matches(scan.window(before: match.start, 24)),
                      // ("Sunday the 7th of March. Carnival Tuesday is the 9th of February": another day's date, not the 9th
                      // of the month named first.)
                      !Self.namedDayIs.matches(scan.window(before: match.start, 30)),
                      // ("Sunday 18 April. My birthday's the 17th": the day of something else, unless the race is dated by it,
                      // "the Sunday right after my birthday".)
                      !Self.otherDayBefore.matches(scan.window(before: match.start, 28)) || Self.weekdayAfter.matches(scan.text),
                      // ("… Saturday the 20th of March. The 13th was the registration deadline": another date of the race's.)
                      !Self.otherDateOfTheRace.matches(scan.window(after: match.end, 40)),
                      !Self.ordinalOfAThing.matches(scan.text.utf16Slice(match.start, match.start + 24)) else { continue }
                // ("Sunday the 11th", no month said: the next month whose 11th is a Sunday.)
                let weekdaySaid = Self.weekdayJustBefore.firstMatch(in: scan.window(before: match.start, 14))
                    .flatMap { FactExtractor.weekdays.firstIndex(of: $0[1] ?? "") }
                let months = named.map { [$0] } ?? (weekdaySaid == nil ? [thisMonth, thisMonth % 12 + 1] : (0..<12).map { (thisMonth - 1 + $0) % 12 + 1 })
                let dates = months.lazy.compactMap { self.futureDate(year: nil, month: $0, day: d) }
                guard let millis = dates.first(where: { millis in
                    guard let weekdaySaid, named == nil else { return true }
                    let date = Date(timeIntervalSince1970: Double(millis) / 1000)
                    return Self.weekday(year: Self.utcCalendar.component(.year, from: date), month: Self.utcCalendar.component(.month, from: date),
                                        day: Self.utcCalendar.component(.day, from: date)) == weekdaySaid
                }) ?? dates.first else { continue }
                // ("or the 15th. no its 8th": "no" opening the sentence corrects; it does not negate.)
                let corrects = Self.noOpensSentence.matches(scan.text.utf16Slice(max(0, match.start - 12), match.start))
                scan.add("goals.raceDate", .number(Double(millis)), said: Self.sayDate(millis), at: match.start, checkNegation: !corrects)
                found = match.start
            }
        }
        let countdown = scan.expecting == "goals.raceDate" ? Self.countdown.matches(in: scan.text) : []
        for match in Self.relativeDate.matches(in: scan.text) + countdown {
            guard let count = Int(match[1] ?? match[3] ?? ""), let unit = match[2] ?? match[4],
                  unit == "days" ? (14...400).contains(count) && scan.expecting?.hasPrefix("goals.") == true : (1...104).contains(count) else { continue }
            if Self.datePastCue.matches(scan.window(before: match.start, 30)) { continue }
            // ("In a month I run about 80 km": the span a distance is run in, not when the race is.)
            if Self.runInTheSpan.matches(scan.window(after: match.end, 24)) { continue }
            // "It's Sunday, May 2nd. That's like 22 weeks, right?": a count asked about beside a date said is no new date.
            // ("Sunday, May 23rd. That's about 24 weeks out": the runner's own count to the date said.)
            // ("Saturday 17 April. Is that enough time? It's about four months away.": unless the count corrects the date.)
            if found != nil || scan.latest("goals.raceDate").map({ $0.position < match.start }) == true,
               Self.askedBack.matches(scan.sentence(around: match.start).text + scan.window(after: match.end, 12))
                || !Self.countCorrects.matches(scan.sentenceBefore(match.start)) { continue }
            // "I'm coming back after seven months out": time away, not the race's date.
            if Self.timeAway.matches(scan.window(before: match.start, 16)) { continue }
            // "Achilles tendinitis in 2022, about three months out": time off, not a race date.
            if scan.expecting?.hasPrefix("goals.") != true, !Self.raceWords.matches(scan.clause(around: match.start).text) { continue }
            // "20 km in one week", "3 runs in a week": an amount per week, not a date.
            if count == 1, unit.hasPrefix("week"), scan.expecting != "goals.raceDate" { continue }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            guard let start = calendar.date(from: DateComponents(year: today.year, month: today.month, day: today.day)),
                  let date = unit.hasPrefix("week") || unit == "days"
                    ? calendar.date(byAdding: .day, value: unit == "days" ? count : 7 * count, to: start)
                    : calendar.date(byAdding: .month, value: count, to: start) else { continue }
            let millis = Int64((date.timeIntervalSince1970 * 1000).rounded())
            scan.add("goals.raceDate", .number(Double(millis)), said: "\(Self.sayDate(millis)) (in \(count) \(unit))", at: match.start)
            found = match.start
        }
        return found
    }

    /// Holidays races are held on or named by, with their date in a year.
    static let holidays: [(TextPattern, @Sendable (Int) -> Date?)] = [
        (TextPattern(#"\b(?:st\.? ?|saint )?(?:patrick'?s|paddy'?s|patty'?s) day\b"#), { fixed($0, 3, 17) }),
        (TextPattern(#"\bvalentine'?s day\b"#), { fixed($0, 2, 14) }),
        (TextPattern(#"\b(?:anzac day)\b"#), { fixed($0, 4, 25) }),
        (TextPattern(#"\b(?:canada day)\b"#), { fixed($0, 7, 1) }),
        // ("A race in Accra on Independence Day" is Ghana's, 6 March: only the American one said so is 4 July.)
        (TextPattern(#"\b(?:(?:us|u\.s\.|american|america'?s) independence day|fourth of july|4th of july|july 4th)\b"#), { fixed($0, 7, 4) }),
        (TextPattern(#"\bmemorial day\b"#), { weekdayIn($0, 5, weekday: 2, nth: -1) }),
        (TextPattern(#"\bpatriots'? day\b"#), { weekdayIn($0, 4, weekday: 2, nth: 3) }),
        // "Labor Day" spelled the American way is September's; "Labour Day" is 1 May in most of the world that spells it so
        // (Zambia, Kenya, India, Singapore …; Canada's is in September, and its runners see the date read back).
        (TextPattern(#"\blabor day\b"#), { weekdayIn($0, 9, weekday: 2, nth: 1) }),
        (TextPattern(#"\bthanksgiving\b"#), { weekdayIn($0, 11, weekday: 5, nth: 4) }),
        (TextPattern(#"\b(?:presidents'?|president'?s|washington'?s birthday) day\b|\bwashington'?s birthday\b"#), { weekdayIn($0, 2, weekday: 2, nth: 3) }),
        (TextPattern(#"\b(?:mlk|martin luther king(?: jr\.?)?) day\b"#), { weekdayIn($0, 1, weekday: 2, nth: 3) }),
        (TextPattern(#"\bjuneteenth\b"#), { fixed($0, 6, 19) }),
        (TextPattern(#"\b(?:st\.? ?|saint )?george'?s day\b"#), { fixed($0, 4, 23) }),
        (TextPattern(#"\b(?:st\.? ?|saint )?david'?s day\b"#), { fixed($0, 3, 1) }),
        (TextPattern(#"\b(?:st\.? ?|saint )?andrew'?s day\b"#), { fixed($0, 11, 30) }),
        (TextPattern(#"\bwaitangi day\b"#), { fixed($0, 2, 6) }),
        (TextPattern(#"\baustralia day\b"#), { fixed($0, 1, 26) }),
        (TextPattern(#"\bvictoria day\b"#), { weekdayIn($0, 5, weekday: 2, nth: -1).flatMap { lastMonday in
            // The Monday before 25 May.
            var calendar = Calendar(identifier: .gregorian); calendar.timeZone = TimeZone(identifier: "UTC")!
            let day = calendar.component(.day, from: lastMonday)
            return day >= 25 ? calendar.date(byAdding: .day, value: -7, to: lastMonday) : lastMonday
        } }),
        (TextPattern(#"\b(?:workers'? day|labou?r day \(?1st may\)?|labour day|may day)\b(?! bank)"#), { fixed($0, 5, 1) }),
        (TextPattern(#"\bpi day\b"#), { fixed($0, 3, 14) }),
        (TextPattern(#"\b(?:late may|spring|whit) bank holiday\b"#), { weekdayIn($0, 5, weekday: 2, nth: -1) }),
        (TextPattern(#"\b(?:(?:early )?may bank holiday|may day bank holiday)\b(?!,? the late)"#), { weekdayIn($0, 5, weekday: 2, nth: 1) }),
        (TextPattern(#"\b(?:easter sunday|easter day)\b|\beaster\b(?! (?:saturday|monday|friday|weekend))"#), { easterSunday(year: $0) }),
    ]
    static let raceWordAfter = TextPattern(#"^\s*(?:festival|fun run|run|race|classic|relay|marathon|half|10k|5k|\d+k|\d+ ?km|trail|series|parkrun|dash|mile|miler)\b"#)
    static let neverARace = TextPattern(#"\bnever (?:a |an |any |one )?$"#)
    static let theNameInPlace = TextPattern(#"^\s*(?i:the)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3})\s+(?:in|at)\s+\p{Lu}"#, caseSensitive: true)
    static let fieldSizeBefore = TextPattern(#"\b(?:out of|of the|among|from)\s+(?:about |around |nearly |almost |over |some )?$"#)
    static let soTheDate = TextPattern(#"(?:^|[,.;]\s*)so,?\s+(?:the\s+|it is\s+|it's\s+|that is\s+|that's\s+)?$"#)
    static let partyAfter = TextPattern(#"^\s*(?:cookout|party|barbecue|bbq|picnic|parade|fireworks|dinner|lunch|celebrations?|festivities)\b"#)
    static let occasionBefore = TextPattern(#"\b(?:at|over|during|since|last|after|for)\s+(?:the\s+)?$"#)
    static let weekOfHoliday = TextPattern(#"\b(?:the|that) week (?:after|before|of)\s+(?:the\s+)?$"#)
    static let weeksFromHoliday = TextPattern(#"\b(\d+)\s*(weeks?|wks?|days?)\s+(after|before)\s+(?:the\s+)?$"#)
    /// "One week after Easter", "3 wks after easter sunday": days from the holiday.
    static func daysFromHoliday(_ before: String) -> Int {
        guard let match = weeksFromHoliday.firstMatch(in: before), let count = Int(match[1] ?? "") else { return 0 }
        let days = (match[2] ?? "").hasPrefix("d") ? count : count * 7
        return match[3] == "before" ? -days : days
    }
    /// "The Sunday before …", "the day after …".
    static let weekdayBefore = TextPattern(#"\bthe (monday|tuesday|wednesday|thursday|friday|saturday|sunday|day) (before|after)\s+(?:the\s+)?$"#)
    /// "… bank holiday weekend, the Sunday", "… weekend. The Sunday".
    static let weekendDay = TextPattern(#"^\s*(?:bank holiday\s+)?weekend[,.]?\s+(?:on\s+)?(?:the\s+)?(saturday|sunday)\b"#)

    static func fixed(_ year: Int, _ month: Int, _ day: Int) -> Date? {
        utcCalendar.date(from: DateComponents(year: year, month: month, day: day))
    }

    /// "sunday" is 1 … "saturday" 7, as `Calendar` numbers weekdays.
    static func weekdayNumber(_ name: String) -> Int? {
        ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"].firstIndex(of: name).map { $0 + 1 }
    }
    static let ordinals = ["1st": 1, "2nd": 2, "3rd": 3, "4th": 4]

    /// The nth weekday (1 = Sunday … 7 = Saturday) of a month; nth -1 is the last.
    static func weekdayIn(_ year: Int, _ month: Int, weekday: Int, nth: Int) -> Date? {
        guard let first = fixed(year, month, 1), let length = utcCalendar.range(of: .day, in: .month, for: first)?.count else { return nil }
        let days = (0..<length).compactMap { utcCalendar.date(byAdding: .day, value: $0, to: first) }
            .filter { utcCalendar.component(.weekday, from: $0) == weekday }
        return nth < 0 ? days.last : days.indices.contains(nth - 1) ? days[nth - 1] : nil
    }

    /// The nearest `weekday` ("sunday", or "day" for the very next one) strictly before or after a date.
    static func shifted(_ date: Date, to weekday: String, after: Bool) -> Date {
        let step = after ? 1 : -1
        if weekday == "day" { return utcCalendar.date(byAdding: .day, value: step, to: date) ?? date }
        guard let target = weekdayNumber(weekday) else { return date }
        var day = date
        repeat { day = utcCalendar.date(byAdding: .day, value: step, to: day) ?? day } while utcCalendar.component(.weekday, from: day) != target
        return day
    }

    static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Easter Sunday of a year (the anonymous Gregorian computus), at 00:00 UTC.
    static func easterSunday(year: Int) -> Date {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return Self.utcCalendar.date(from: DateComponents(year: year, month: month, day: day)) ?? Date(timeIntervalSince1970: 0)
    }

    static let weekendOfMonth = TextPattern(
        #"\b(1st|2nd|3rd|4th|last) weekend (?:in|of) "# + monthPattern + #"(?:[,.]?\s+(?:on\s+)?(?:the\s+)?(saturday|sunday)\b)?"#)
    static let partOfCourseAfter = TextPattern(#"^\s*(?:straight\s+|all\s+)?(?:up|down|uphill|downhill|climbing|descending|of (?:it|that|climbing|climb|trails?|road|gravel|sand|hills?|uphill|downhill)|(?:is|are) (?:uphill|downhill|up|down|on (?:trails?|road|gravel|sand)))\b"#)
    static let weekdayOfMonth = TextPattern(
        #"\b(1st|2nd|3rd|4th|last|final) (monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:in|of) "# + monthPattern)

    /// The next occurrence of a calendar date on or after today (this year or next when no year is
    /// given), as Unix ms at 00:00 UTC; nil when invalid or in the past.
    func futureDate(year: Int?, month: Int, day: Int) -> Int64? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let thisYear = today.year, let todayDate = calendar.date(from: DateComponents(year: thisYear, month: today.month, day: today.day)) else {
            return nil
        }
        for candidateYear in year.map({ [$0] }) ?? [thisYear, thisYear + 1] {
            let components = DateComponents(year: candidateYear, month: month, day: day)
            guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else { continue }
            if date >= todayDate, candidateYear <= thisYear + 5 {
                return Int64((date.timeIntervalSince1970 * 1000).rounded())
            }
        }
        return nil
    }

    static func sayDate(_ millis: Int64) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(millis) / 1000))
        return "\(parts.day ?? 0) \(monthNames[(parts.month ?? 1) - 1]) \(parts.year ?? 0)"
    }

    // MARK: - Target time

    static let timeValue = #"(\d{1,2}:\d{2}(?::\d{2})?|\d+(?:\.\d+)?\s*(?:hours?|hrs?|h)\b(?:\s*(?:and\s*)?\d{1,2}(?:\s*(?:minutes?|mins?|m)\b)?)?|\d+h\d{2}|\d+\s*(?:minutes?|mins?)\b|\d+(?:\.\d+)?)(?![\d:]|\.\d|\s\d{2}\b)(?!\s*(?:/|per\b|min|a\.?m\b|p\.?m\b|am\b|pm\b|o'?clock|k\b|km|miles?|mi\b|weeks?|days?|months?|years?|yrs?|times|x\b|runs?|%|kg|kilos?|lbs?|pounds|stone|st\b|bpm|cm|y/?o\b|ish\b|(?:a|per|each|every|most|on) (?:day|week|run|session|time|morning|evening|weekday|weekend)s?\b))"#
    static let strongTimeTrigger = TextPattern(
        #"\b(?:sub[- ]?|break(?:ing)?\s+|aim(?:ing)? (?:for|at)\s+|target(?:ing)?(?:\s+time)?(?:\s+(?:is|of))?\s*:?\s*|goal(?:\s+time)?\s+(?:is|of)\s+(?:about |around )?|goal time\s*:?\s*|hoping for\s+|hope for\s+|finish(?:ing)?(?: it)? in\s+(?:about |around |under )?|run it in\s+|do it in\s+|faster than\s+|time of\s+|under\s+|below\s+|beneath\s+|(?:in )?less than\s+)"# + timeValue)
    static let weakTimeTrigger = TextPattern(
        #"\b(?:in(?: under| about| around| roughly)?\s+|around\s+|about\s+|roughly\s+|approximately\s+|maybe\s+|~\s*)"# + timeValue)
    /// A clock anywhere ("1:35 would be amazing"), not a pace ("5:30/km") or a time of day ("6:30 am").
    static let anyClock = TextPattern(#"(?<![\d:.])(\d{1,2}:\d{2}(?::\d{2})?)(?!\d|:\d)(?!\s*(?:/|per\b|min|a\.?m\b|p\.?m\b|am\b|pm\b|o'?clock|sharp\b|in the|k\b|km|miles?|mi\b|pace))"#)
    /// "1 45 maybe", "3.30": a clock typed without its colon.
    /// "my best time is 3:41", "ran 1:52 last year": a result, not a target.
    /// "did the Auckland half once in", "I did Comrades twice": a race done, with no new clause or wish since.
    /// ("I'd like to get my leg done in under an hour": a wish, not a result.)
    static let raceDoneBefore = TextPattern(#"\b(?:did|(?<!\bget(?:ting)? [a-z' ]{0,16})done|ran|raced|finished|completed)\b(?:(?!\b(?:so|and|but|want|would|like|hope|aim)\b)[^,;.]){0,40}$"#)
    static let pastTime = TextPattern(#"\b(?:best,[^;]{0,30}\b(?:was|is)|stuck (?:on|at|around)|hovering (?:around|at)|currently (?:on|at)|time (?:in|at|on|for)\b[^,;]*\bwas|(?:walking|old|usual) time|was like|best|pb|pr|personal best|record|ran|did|took|run was|finished in|last time|last year|previous|last (?:one|1) was|last race was|qualified|last year i made|i made|last (?:half|marathon|10k|5k) was|"# + earlierRaceWas + #"|(?:first|second|third|fourth|1st|2nd|3rd|4th|other) time|before (?:the |my )?(?:injury|fracture|baby|pregnancy|kids|war|covid|pandemic))\b[^,;]*$"#)
    static let spacedClock = TextPattern(#"(?:^\s*|\b(?:with|in|about|around|under|sub|maybe|like|be|get|hit|for|do)\s+)(?:about |around |maybe |under |sub[- ]?)?(\d)[ .-](\d{2})\b(?!\s*(?:k|km|miles?|mi|kg|minutes?|mins?|hours?|times|runs|x)\b)"#)
    static let timeWithUnitOrClock = TextPattern(#"\b\d{1,2}:\d{2}\b|\b\d{1,2}h\d{2}\b|\b\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?)\b"#)
    static let boundAfterFinish = TextPattern(#"^\s*(?:it |the race )?(?:in|under|sub|below|by|before|around|about|within|inside|faster than|less than|at)\b|^\s*\d"#)
    static let soICanDoThat = TextPattern(#"\b(?:then )?i (?:can|could|should) (?:do|manage|make|run) (?:that|this|it)\b"#)
    static let ifICanRun = TextPattern(#"\bif i (?:can|could|ran|run|did|do|managed to) (?:run|do|finish|manage|get round)\b[^.!?;,]*$"#)
    static let bareTime = TextPattern(#"^\s*(?:about |around |roughly |maybe |under |sub[- ]?)?"# + timeValue + #"\s*(?:ish)?\s*[.!]?\s*$"#)

    func extractTargetTime(_ scan: Scan) {
        defer {
            // ("45 minutes. Okay, 48, let's not be daft.": a bare figure near the first, said after it, puts it right.)
            if scan.expecting == "goals.targetTime", let current = scan.latest("goals.targetTime"), let seconds = current.value.doubleValue,
               let match = Self.bareFigurePutRight.matches(in: scan.text).first(where: { $0.start > current.position }),
               let figure = Double(match[1] ?? ""), seconds < 3 * 3600, case let minutes = seconds / 60,
               figure != minutes, abs(figure - minutes) <= minutes * 0.25 {
                scan.overrule("goals.targetTime", .number(figure * 60), said: TargetTime.spoken(Int(figure) * 60), after: current)
            }
        }
        // "No time goal this time. Finishing with the tendon in one piece is the win": no figure is a target.
        if scan.expecting == "goals.targetTime", Self.noTarget.matches(scan.text) { return }
        // "Maybe under five hours… no, I don't promise. Write just finish.": the last word is no time.
        if scan.expecting == "goals.targetTime", Self.endsJustFinish.matches(scan.text) { return }
        // "last time 1:02, just want to finish this one": finishing is the aim (not "just want to finish under two hours").
        if scan.expecting == "goals.targetTime", let finish = Replies.ownFinishOnly(scan.text),
           !Self.boundAfterFinish.matches(scan.text.utf16Slice(finish.end, min(scan.text.utf16Length, finish.end + 24))),
           // ("Stan says first marathon you just finish, so yeah, let's say under five hours": a time wished for after it.)
           !Self.timeWithUnitOrClock.matches(scan.text.utf16Slice(finish.end, scan.text.utf16Length)) { return }
        let distance = scan.goalDistance ?? scan.knownRaceDistance
        var matches = Self.strongTimeTrigger.matches(in: scan.text).map { ($0, true) }
        // Asked about running so far, a time is a result ("One marathon in Lyon in 2024, in 3h52") unless wished for.
        let goalContext = scan.goalContext && scan.expecting?.hasPrefix("running.") != true
        if goalContext || scan.expecting == "goals.targetTime" {
            matches += Self.weakTimeTrigger.matches(in: scan.text).map { ($0, false) }
        }
        if scan.expecting == "goals.targetTime", let match = Self.bareTime.firstMatch(in: scan.text) {
            matches.append((match, true))
        }
        if scan.expecting == "goals.targetTime" || goalContext {
            matches += Self.anyClock.matches(in: scan.text).map { ($0, true) }
        }
        if scan.goalContext, scan.expecting != "goals.targetTime" {
            // "Tarawera 100k in Feb. Thirteen hours would be a dream": a time with its unit, wished for.
            matches += Self.timeWithUnit.matches(in: scan.text)
                .filter { Self.wishAfter.matches(scan.window(after: $0.end, 24)) }.map { ($0, true) }
        }
        if scan.expecting == "goals.targetTime" {
            // Asked for a time, any time said with its unit is the answer ("If possible, one hour and fifty
            // minutes", "Realistically 22 hours"), except a result or a cutoff (filtered below).
            matches += Self.timeWithUnit.matches(in: scan.text).map { ($0, true) }
        }
        var clocks: [Int] = []  // targets taken so far, in the order said
        // ("Sub-three, obviously. That was a joke. Four forty-five": a time taken back as a joke, with another said after.)
        let joke = Self.kidding.matches(in: scan.text).last.flatMap { joke in matches.contains { $0.0.start > joke.end } ? joke.start : nil }
        for (match, strong) in matches.sorted(by: { $0.0.start < $1.0.start }) {
            guard let raw = match[1] else { continue }
            if let joke, match.start < joke { continue }
            var before = scan.window(before: match.start, 24)
            // "5k PB is 24:30 and I want sub 23": what comes after the wish is the target.
            if let wish = Self.goalFrame.matches(in: before).last { before = before.utf16Slice(wish.end, before.utf16Length) }
            // ("did the Auckland half once in 2:01": the verb that makes it a result can sit further back.)
            var wide = scan.window(before: match.start, 48)
            if let wish = Self.goalFrame.matches(in: wide).last { wide = wide.utf16Slice(wish.end, wide.utf16Length) }
            // ("My best on the treadmill is 31:40": the words that make it a result can sit 30 letters back.)
            var reach = String(scan.phraseBefore(match.start).suffix(40))
            if let wish = Self.goalFrame.matches(in: reach).last { reach = reach.utf16Slice(wish.end, reach.utf16Length) }
            // ("I want to run 6 minute for one kilometre, all the way": a pace, not a finish time.)
            if Self.perUnitAfter.matches(scan.window(after: match.end, 24)) { continue }
            if before.contains("pace") || Self.pastTime.matches(before) || Self.pastTime.matches(reach) || Self.raceDoneBefore.matches(wide) { continue }
            // ("When I was seventeen I'd have wanted it under an hour and a half": a wish of long ago.)
            if Self.wishOfLongAgo.matches(scan.sentenceBefore(match.start)) { continue }
            // ("the shift bus leaves at 6:40", "my alarm goes off at 5:15": a time of day.)
            if Self.timeOfDayBefore.matches(before) { continue }
            // ("I also hiked up the Dobratsch and down again last Sunday, about five hours, but that was walking": how long
            // another outing took, in a sentence that wishes for nothing.)
            if case let sentence = scan.sentence(around: match.start).text, Self.otherOuting.matches(sentence), !Self.goalFrame.matches(sentence) { continue }
            // ("On a work day I have 90 minutes max, from 5:30 to 7": a stretch of the clock.)
            if Self.clockFrom.matches(before) && Self.clockUntil.matches(scan.window(after: match.end, 12)) || Self.clockTo.matches(before) { continue }
            // ("Do you need the start time? It is 8:30.": the clock the race starts at.)
            if Self.startTimeThenIt.matches(scan.text.utf16Slice(max(0, match.start - 40), match.start)) { continue }
            // ("a few 10ks and one half (2:01 in Akureyri)": a race run, its time in brackets.)
            if Self.raceRunInBrackets.matches(wide) { continue }
            // "My first was Omaha in September, 4:41": a sentence about a race before is a result.
            // ("My first was 2:04 and this time I want to go under 1:55": the wish after the result is the target.)
            var sentenceSoFar = scan.sentenceBefore(match.start)
            if let wish = Self.goalFrame.matches(in: sentenceSoFar).last { sentenceSoFar = sentenceSoFar.utf16Slice(wish.end, sentenceSoFar.utf16Length) }
            if Self.resultSentence.matches(sentenceSoFar) { continue }
            // ("Under 1:50. My first one was 1:58, so that's the number to beat": "my first" is no wish here.)
            if Self.myEarlierRaceWas.matches(scan.text.utf16Slice(max(0, match.start(of: 1) - 40), match.start(of: 1))) { continue }
            // "The cut-off is 30 hours", "Under 24 gets the silver buckle": the race's rules, not the runner's goal.
            if Self.raceRule(scan, match) { continue }
            // "Jean says I should aim for 2:30, but she's not the one running it": someone else's wish.
            // ("Stan says first marathon you just finish, …, so yeah, let's say under five hours": Stan's words end at the comma.)
            if Self.someoneElsesTarget.matches(scan.phraseBefore(match.start)) { continue }
            // ("… and one of them has already run it twice, 1:52 and then 1:49": the times of someone who ran it.)
            if Self.someoneRanIt.matches(String(scan.sentenceBefore(match.start).suffix(70))) { continue }
            // "Chioma's 4:45 is her own business": a time that is someone's by name.
            if Self.othersPossessive.matches(scan.window(before: match.start, 24)) { continue }
            // "My grandson runs it too, he is much faster, about 40 minutes": the sentence is about someone else.
            let sentence = scan.sentenceBefore(match.start)
            // ("The cutoff is 9 and the winner usually runs around 4:30": someone else's, after "and" too.)
            // ("1:44. pb 1:49, brother 1:38": and after a comma.)
            let lastPart = sentence.components(separatedBy: " and ").last ?? sentence
            let lastClause = sentence.components(separatedBy: ",").last ?? sentence
            if let (part, subject) = Self.otherSubject.matches(in: sentence).last.map({ (sentence, $0) })
                ?? Self.otherSubject.matches(in: lastPart).last.map({ (lastPart, $0) })
                ?? Self.otherSubject.matches(in: lastClause).last.map({ (lastClause, $0) }),
               !Self.runnerAgain.matches(part.utf16Slice(subject.end, part.utf16Length)) { continue }
            // ("Yaritza runs it in 25 minutes. I would be happy in 50": someone called by name.)
            if Self.namedOther(scan, sentence: sentence) { continue }
            // "If I can run the Turkey Trot in thirty-one minutes I can do that": the reason for a target, not the target.
            if Self.ifICanRun.matches(sentence), Self.soICanDoThat.matches(scan.window(after: match.end, 30)) { continue }
            // "6:10 last year", "2 hours and 3 minutes, so I want better": a result to beat, not the target.
            if Self.resultAfter.matches(scan.window(after: match.end, 24)) { continue }
            // ("Sub 1:50. I was 1:38 before the Achilles went": a time from before a break.)
            if Self.beforeABreakAfter.matches(scan.window(after: match.end, 40)) { continue }
            if Self.cutoffAfter.matches(scan.window(after: match.end, 16)) { continue }
            // ("about three hours down the road … there's a 7:15 bus", "3 hours and half from here": a journey, not a finish time.)
            if Self.journeyAfter.matches(scan.window(after: match.end, 24)) || Self.clockOfTheDayAfter.matches(scan.window(after: match.end, 24))
                || Self.thereIsA.matches(scan.window(before: match.start, 12)) { continue }
            // ("under 25 min, rn im like 27:40": the time run now, beside the target.)
            if !clocks.isEmpty, Self.currentResultBefore.matches(scan.window(before: match.start, 36)) { continue }
            // ("get my 5k under 21 min … im at 23:40 rn": where the runner is, not where they want to be.)
            if Self.runnerIsAt.matches(scan.window(before: match.start, 14)) { continue }
            // ("Just to finish. I used to run it in about an hour five": the time it took once, not the one wanted.)
            if Self.usedToRunIn.matches(scan.text.utf16Slice(max(0, match.start - 40), match.start)) { continue }
            // "3:45 is what my boyfriend wants for me, not what I want": someone else's wish, said after the time.
            if Self.othersWishAfter.matches(scan.window(after: match.end, 40)) { continue }
            // "Just under 2 hours. Even 1:59:59, I'll take it": a time conceded after the target is not a new one.
            if !clocks.isEmpty, Self.concededBefore.matches(scan.window(before: match.start, 10)) { continue }
            // ("4 hours can already, 3:59:59 also can": a time allowed beside the target is not a new one.)
            if !clocks.isEmpty, Self.alsoFineAfter.matches(scan.window(after: match.end, 32)) { continue }
            // "1h55 would be a dream, but under 2 hours is the goal": the dream is not the goal the runner names.
            if Self.dreamAfter.matches(scan.window(after: match.end, 24)), Self.namedGoalTime.matches(scan.text) { continue }
            // ("2:10 maybe. 2:05 if I dream": a time dreamt of after the target is no new one.)
            if !clocks.isEmpty, Self.dreamCondition.matches(scan.window(after: match.end, 24)) { continue }
            // "I qualified at Chicago in October with 3:58": the time that qualified is a result.
            if scan.clauseBefore(match.start).contains("qualified") { continue }
            // "Sub-40 10k in 2022. That man is gone": a result from a year gone by.
            if let year = Self.yearAfter.firstMatch(in: scan.window(after: match.end, 24)).flatMap({ Int($0[1] ?? "") }),
               let thisYear = today.year, year < thisYear { continue }
            // ("I ran the Egyptian Marathon in Luxor in 2024 in 4:12, so this time I want better": the year comes first.)
            if let year = Self.yearBefore.firstMatch(in: scan.window(before: match.start, 24)).flatMap({ Int($0[1] ?? "") }),
               let thisYear = today.year, year < thisYear { continue }
            // ("Two hours and thirty minutes. Maybe two twenty-five if the wind is nice": a time hoped for on a condition.)
            if !clocks.isEmpty, Self.maybeBefore.matches(scan.text.utf16Slice(max(0, match.start(of: 1) - 16), match.start(of: 1))),
               Self.conditionAfter.matches(scan.text.utf16Slice(match.start(of: 1), match.start(of: 1) + 36)) { continue }
            // ("Under two hours. I'd say under 1:45, but … I know what an unrealistic declaration looks like": withdrawn.)
            if !clocks.isEmpty, Self.withdrawnAfter.matches(scan.text.utf16Slice(match.end, match.end + 90)) { continue }
            // ("Under one hour 10 minute. Last year I walk some part, 1 hour 18": last year's result, after the target.)
            if !clocks.isEmpty, Self.lastTimeBefore.matches(scan.sentenceBefore(match.start)) { continue }
            // ("Put down 2:25. Sure if I do 2:30 I'll still be buying the drinks": a time inside a condition, after the target.)
            if !clocks.isEmpty, Self.conditionOpens.matches(scan.sentenceBefore(match.start)) { continue }
            if !strong, !raw.contains(":"), !raw.contains("h"), !raw.contains("min") { continue }
            if !strong || match.text.hasPrefix("under") || match.text.contains("less than") {
                // "under an hour" about sessions is a time limit, not a goal.
                if !scan.goalContext, scan.expecting != "goals.targetTime" { continue }
            }
            guard let seconds = Self.targetSeconds(raw, distanceKm: distance) else { continue }
            // "My goal is 1:59, so under two hours": the bound restates the time said before it.
            // ("Under 4:51 … so yeah, let's say under five hours": a bound the runner settles on revises it.)
            if Self.bound.matches(match.text) || Self.boundBefore.matches(scan.window(before: match.start, 16)), clocks.contains(where: { $0 < seconds && Double($0) >= Double(seconds) * 0.9 }),
               !Self.settling.matches(scan.window(before: match.start, 24)),
               // ("Three forty-five. No, be serious, Gianluca: under four hours.": a sentence that opens by taking it back.)
               !Self.takenBackOpening.matches(scan.sentenceBefore(match.start)),
               // ("1:35. No, be realistic, Benedikt. Under 1:40.": or a sentence of its own between them.)
               !Self.takenBackSentence.matches(scan.text.utf16Slice(scan.latest("goals.targetTime")?.position ?? match.start, match.start)) { continue }
            clocks.append(seconds)
            scan.add("goals.targetTime", .number(Double(seconds)), said: TargetTime.spoken(seconds), at: match.start(of: 1))
        }
        // ("I ran 2:15 last spring. I'd like to beat it": asked for a time, the result the runner wants to beat is the mark.)
        // (Only when that time is the one figure said: "I ran 58 last year and I'd like to beat that, so 57 or so" names its own.)
        if scan.expecting == "goals.targetTime", !scan.has("goals.targetTime"), let beat = Self.beatThatTime.firstMatch(in: scan.text),
           Set(Self.figureSaid.matches(in: scan.text).map(\.text)).count == 1,
           let match = (Self.anyClock.matches(in: scan.text) + Self.timeWithUnit.matches(in: scan.text)).filter({ $0.start < beat.end })
               .max(by: { $0.start < $1.start }),
           let raw = match[1], let seconds = Self.targetSeconds(raw, distanceKm: distance) {
            scan.add("goals.targetTime", .number(Double(seconds)), said: TargetTime.spoken(seconds), at: match.start(of: 1))
        }
        // ("I want to be faster than my brother. He did 1:52 last year": asked for a time, the one to beat is the mark.)
        if scan.expecting == "goals.targetTime", !scan.has("goals.targetTime"), Self.fasterThanSomeone.matches(scan.text),
           case let clocks = Self.anyClock.matches(in: scan.text), clocks.count == 1, let raw = clocks[0][1],
           let seconds = Self.targetSeconds(raw, distanceKm: distance) {
            scan.add("goals.targetTime", .number(Double(seconds)), said: TargetTime.spoken(seconds), at: clocks[0].start(of: 1),
                     checkSomeoneElse: false)
        }
        // "I'd be happy with two fifteen": asked for a time, hours and minutes said as two numbers.
        if scan.expecting == "goals.targetTime", !scan.has("goals.targetTime"), let match = Self.spacedClock.firstMatch(in: scan.text),
           let hours = match[1], let minutes = match[2],
           let seconds = Self.targetSeconds("\(hours):\(minutes)", distanceKm: scan.goalDistance ?? scan.knownRaceDistance) {
            scan.add("goals.targetTime", .number(Double(seconds)), said: TargetTime.spoken(seconds), at: match.start)
        }
        // "45 minutes would be great. Well... 47 is more honest": the figure called realistic is the target.
        if scan.expecting == "goals.targetTime" || scan.goalContext {
            let put = scan.expecting == "goals.targetTime" ? Self.putTarget.matches(in: scan.text) + Self.madeIt.matches(in: scan.text) : []
            // ("my cross country coach says 1:55 is doable": someone else's view of what is doable.)
            for match in Self.honestTarget.matches(in: scan.text) + put where !Self.pastTime.matches(scan.window(before: match.start, 24))
                && !Self.someoneElsesTarget.matches(scan.phraseBefore(match.start)) {
                guard let raw = match[1], let seconds = Self.targetSeconds(raw, distanceKm: distance) else { continue }
                scan.add("goals.targetTime", .number(Double(seconds)), said: TargetTime.spoken(seconds), at: match.start(of: 1))
            }
        }
        // ("I want 6 minutes per km, so an hour": the time the pace wished for comes to, said after it.)
        if !scan.has("goals.targetTime"), scan.goalContext || scan.expecting == "goals.targetTime",
           let match = Self.paceSoTime.firstMatch(in: scan.text), let raw = match[1],
           let seconds = Self.targetSeconds(raw, distanceKm: distance) {
            scan.add("goals.targetTime", .number(Double(seconds)), said: TargetTime.spoken(seconds), at: match.start(of: 1))
        }
        // ("My 10k is stuck at 58 minutes and I'd like to see 52 before I die": a bare figure wished for, beside the distance's time.)
        // ("My 10k is 55 minutes, I want 50": the time now said first, the one wished for after it.)
        if scan.goalContext || scan.expecting == "goals.targetTime", let distance,
           let match = Self.figureWishedFor.firstMatch(in: scan.text), let raw = match[1],
           (scan.candidates.last { $0.path == "goals.targetTime" }?.position).map({ $0 < match.start }) ?? true,
           // ("I want 50 but realistically 55", "I'd like 1:50 one day but no": a wish set aside in its sentence.)
           case let sentence = scan.sentence(around: match.end),
           !Self.wishSetAside.matches(sentence.text.utf16Slice(match.end - sentence.start, sentence.text.utf16Length)),
           let seconds = Self.targetSeconds(raw, distanceKm: distance) {
            scan.drop(["goals.targetTime"])
            scan.add("goals.targetTime", .number(Double(seconds)), said: TargetTime.spoken(seconds), at: match.start(of: 1))
        }
        // Asked for a time, a plain number that is not a result is the target: "I ran 58 last year and
        // I'd like to beat that, so 57 or so" (minutes or hours by the race distance).
        if scan.expecting == "goals.targetTime", !scan.has("goals.targetTime"), distance != nil,
           // ("The cut-off is 30 hours. I'd like 27. Under 24 gets the silver buckle": not the race's rules.)
           case let plain = Self.plainNumber.matches(in: scan.text).filter({ !Self.pastTime.matches(scan.window(before: $0.start, 24))
               && !Self.raceRule(scan, $0)
               // ("I came 212th out of about 400": a field's size, not a time.)
               && !Self.fieldSizeBefore.matches(scan.window(before: $0.start, 16))
               // ("5 minutes 30 every kilometre": a pace's seconds.)
               && !Self.perUnitAfter.matches(scan.window(after: $0.end, 24)) }),
           let match = plain.last(where: { Self.wishBefore.matches(scan.window(before: $0.start, 24)) }) ?? plain.last,
           let raw = match[1], let seconds = Self.targetSeconds(raw, distanceKm: distance) {
            scan.add("goals.targetTime", .number(Double(seconds)), said: TargetTime.spoken(seconds), at: match.start(of: 1))
        }
        // ("faster 5k. no race. 27 min now, want 25", asked the goal: the time now, then the time wanted.)
        if !scan.has("goals.targetTime"), let distance, let match = Self.nowThenWanted.firstMatch(in: scan.text), let raw = match[2],
           let now = Double(match[1] ?? ""), let wanted = Double(raw.prefix { $0.isNumber }), wanted < now,
           let target = Self.targetSeconds(raw, distanceKm: distance) {
            scan.add("goals.targetTime", .number(Double(target)), said: TargetTime.spoken(target), at: match.start(of: 2))
        }
        // ("45 minutes. Sorry, 48. The 45 is my friend Yaw's time": a time said, then said to be someone else's.)
        if let distance, let disowned = Self.timeDisowned.firstMatch(in: scan.text), let raw = disowned[1],
           let seconds = Self.targetSeconds(raw, distanceKm: distance) {
            scan.drop("goals.targetTime", value: .number(Double(seconds)))
            // (The other figure said, put right before it, is the target: "Sorry, 48".)
            if scan.expecting == "goals.targetTime", !scan.has("goals.targetTime"),
               let match = Self.plainNumber.matches(in: scan.text).last(where: { $0[1] != raw && $0.end <= disowned.start }),
               let other = match[1], let target = Self.targetSeconds(other, distanceKm: distance) {
                scan.add("goals.targetTime", .number(Double(target)), said: TargetTime.spoken(target), at: match.start(of: 1))
            }
        }
    }

    static let otherSubject = TextPattern(
        #"^\s*(?:my (?:(?:older|younger|big|little|elder|baby|best|old|twin|oldest|youngest) )?(?:grandson|granddaughter|son|daughter|husband|wife|partner|brother-in-law|sister-in-law|father-in-law|mother-in-law|brother|sister|dad|father|mum|mom|mother|friend|mate|buddy|guy|boyfriend|girlfriend|bf|gf|coach|cousin|uncle|aunt|nephew|niece|colleague|neighbou?r|team leader|boss|manager|supervisor|teammate|training partner|classmate|flatmate|roommate)|(?:husband|wife|partner|brother|sister|dad|father|mum|mom|mother|friend|mate|buddy|boyfriend|girlfriend|coach|cousin|colleague|boss)(?=(?:\s+(?:did|ran|runs|does|got|was|is))?(?:\s+it in)?\s*:?\s*$)|(?:he|she|they) (?:is|are|was|were|ran|runs|did|does|will|wants|aims)|the (?:winners?|elites?|pros|leaders|fast (?:ones|guys|people|runners)|[\p{L}-]+ (?:guys|lads|ones|people|runners|boys|girls)|top (?:runners|guys|ones|women|men)|front[- ]runners|course record)(?: (?:do|did|does|run|ran|is|are|was|were|finish|finished))?)\b"#)
    /// A sentence whose subject is someone named: a word capitalised where the runner typed it, then what they run or did.
    static func namedOther(_ scan: Scan, sentence: String) -> Bool {
        guard let match = namedSubject.firstMatch(in: sentence), let word = match[1], !sentenceOpeners.contains(word),
              !Self.runnerAgain.matches(sentence.utf16Slice(match.end, sentence.utf16Length)) else { return false }
        return scan.original.range(of: #"\b"# + word.prefix(1).uppercased() + word.dropFirst() + #"\b"#, options: .regularExpression) != nil
    }
    static let namedSubject = TextPattern(#"^\s*(?:our |my )?([a-z]{3,})(?:'s)? (?:runs|ran|did|does|finished|finishes|clocked|got|has done|has run|had|is doing|doing|went|goes|walks|walked|aiming|is aiming|aims|wants|is going for|is running|is racing|running|racing)\b"#)
    static let runnerAgain = TextPattern(#"\b(?:i|me|my (?:goal|target|aim)|so|but|whereas|while|though|although)\b"#)
    /// (Not an ordinal, nor the "1" of "my first one": "My first one was 2:14. I'd like to beat that.")
    static let figureSaid = TextPattern(#"(?<![\d:.])(?!(?:19|20)\d\d\b)(?!1st\b|1 was\b)\d+(?::\d\d)*(?:\.\d+)?"#)
    static let fasterThanSomeone = TextPattern(#"\b(?:faster than|quicker than|beat|ahead of)\s+(?:my|our)\s+(?:big |little |older |younger |kid |twin )?(?:brother|sister|bro|sis|dad|father|mum|mom|mother|husband|wife|partner|boyfriend|girlfriend|son|daughter|cousin|uncle|aunt|friend|mate|colleague|boss|neighbou?r)\b"#)
    static let beatThatTime = TextPattern(#"\b(?:beat|better|improve on|go under|get under|faster than|quicker than)\s+(?:it|that|this|that time|my time|the (?:\d{1,2}:\d\d|time))\b"#)
    static let beforeABreakAfter = TextPattern(#"^\s*before (?:the |my )?(?:\w+ )?(?:went|gave out|gave way|snapped|broke|tore|ruptured|injury|surgery|operation|op|fracture|baby|pregnancy|kids|covid|pandemic|lockdown)\b"#)
    static let resultAfter = TextPattern(#"^\s*(?:(?:(?:in|at) [a-z]+ )?last (?:year|time|season|month|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)|(?:\d+|a|two|few) years? ago|years ago|ago|,?\s*so (?:this time )?i (?:want|would like|need|hope) (?:better|faster|to beat|to improve|to go faster))\b"#)
    static let bound = TextPattern(#"^(?:under|sub|in under|in less than|less than|faster than|break)"#)
    static let noTarget = TextPattern(#"^\s*no time\b(?! (?:for|to)\b)|\b(?:no (?:time )?(?:goal|target)|no (?:particular|specific|real) (?:time|target|goal)|not (?:bothered|fussed) about (?:the )?time)\b"#)
    static let maybeBefore = TextPattern(#"\b(?:maybe|perhaps|possibly|might be|could be)\s+(?:even\s+)?$"#)
    static let withdrawnAfter = TextPattern(#"^[^.!?]*\bbut\b[^.!?]*\b(?:unrealistic|not realistic|dreaming|dream on|wishful|fantasy|never happen|kidding myself|not going to happen|no chance)\b"#)
    static let clockOfTheDayAfter = TextPattern(#"^\s*(?:am|pm|a\.m|p\.m|o'?clock|on the (?:mon|tue|wed|thu|fri|sat|sun)[a-z]*(?: morning| evening| afternoon| night)?|in the (?:morning|evening|afternoon)|bus|train|ferry|flight|coach|departure)\b"#)
    static let thereIsA = TextPattern(#"\b(?:there is|there's|theres|catch the|catch a|get the) (?:a )?$"#)
    static let journeyAfter = TextPattern(#"^\s*(?:and (?:a )?half\s+)?(?:down the road|away|up the road|drive|driving|of driving|by (?:bus|car|plane|train|coach|ferry)|on the (?:bus|train|plane|ferry)|flight|from (?:here|home|my house)|of travel|travel)\b"#)
    static let lastTimeBefore = TextPattern(#"\b(?:last|previous) (?:year|time|season|month|race|attempt|go|one|1)\b"#)
    static let noOpensSentence = TextPattern(#"(?:^|[.!?,;]\s*)no[,.!]?\s*$"#)
    static let weekFigureAfter = TextPattern(#"^\s*(?:now|right now|at the moment|currently|a week|per week|weekly|/ ?wk|/ ?week|pw|a wk)\b"#)
    static let warmUpFor = TextPattern(#"\b(?:warm[- ]?up|tune[- ]?up|build[- ]?up|prep|preparation|practice|training run|stepping stone) (?:race |run )?(?:for|before|towards) (?:a|an|the|my) (?:[a-z]+ )?$"#)
    static let eventWordAfter = TextPattern(#"^\s*(?:weekend|festival|expo|village|week)\b"#)
    static let distancesOffered = TextPattern(#"\b(?:all (?:the |of the )?(?:distances|races)|(?:several|many|different|other|four|three) distances)\b[^.;!?]*$"#)
    static let alsoOffered = TextPattern(#"^\s*(?:but |and |oh |well )?(?:there'?s|there is|there are|there was|they have|they also have|they do|they also do|it also has|it has)\b(?=[^.!?]*\b(?:also|as well|too)\b)"#)
    static let othersRaceAfter = TextPattern(#"^\s*(?:one |race |run )?(?:(?:is|was|'s) (?:the |for (?:the )?)?|for (?:the )?)(?:kids|kid's|children|childrens|juniors|youngsters|beginners|walkers|families|family)\b|^\s*(?:is|was|'s) (?:the |a )?(?:other|different|another) (?:one|1|race|event)\b|^\s*(?:one |race )?(?:is|was|'s) (?:the one|the 1|the race|what) (?:my|his|her|our|their) [a-z]+(?: [a-z]+)? (?:wants?|wanted|is doing|does|will do|is running|runs|signed up for|picked|chose)\b"#)
    static let nowThenWanted = TextPattern(
        #"\b(\d{1,3})\s*(?:min|mins|minutes)\s+(?:now|currently|right now|atm)\b[\s,.;]*(?:i )?(?:want|wanna|aim(?:ing)? for|goal(?: is)?|target)\s+(?:sub |under |a )?(\d{1,3}(?::\d\d)?)\b(?!\s*(?:k\b|km|miles?|a week|per week|runs?|times))"#)
    static let timeDisowned = TextPattern(#"\bthe (\d{1,2}(?::\d\d)?) (?:is|was) (?:my|his|her|their|our) [a-z' ]{1,30}?\btime\b"#)
    static let becauseBefore = TextPattern(#"\b(?:because|since|as|cos|cause) (?:the |a |an )?$"#)
    static let namedDayIs = TextPattern(
        #"\b(?!race\b|marathon\b|half\b|event\b|run\b|big\b|the\b|that\b|it\b|my\b|our\b)[a-z]+ (?:day|eve|monday|tuesday|wednesday|thursday|friday|saturday|sunday|birthday) (?:is|was|falls on|'s)\s+(?:on\s+)?(?:the\s+)?$"#)
    static let otherDayBefore = TextPattern(#"\b(?:birthday|bday|anniversary|wedding|party|holiday|day off)(?:'s| is| was)?\s+(?:on\s+)?(?:the\s+)?$"#)
    static let dayOrdinal = TextPattern(#"\b(\d{1,2})(?:st|nd|rd|th)\b"#)
    static let ordinalOfAThing = TextPattern(
        #"^\s*(?:on\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:one|1|leg|lap|stage|loop|place|time|race|runner|of (?:us|them|the|four|five|six))\b"#)
    static let bareFigurePutRight = TextPattern(#"(?:^|[.!?]\s+)(?:okay|ok|fine|alright|right|well|no|actually|make it|sorry),?\s+(\d{1,3})\b(?!\s*(?:k\b|km|miles?|mi\b|:|%|years?|runs?|times|days?))"#)
    static let otherRaceBefore = TextPattern(#"\b(?:the |that )?(?:other|fall|autumn|spring|summer|winter|second|next|later|backup|back-up) (?:one|1|race)\b[^.!?]{0,30}$"#)
    static let sureOne = TextPattern(#"\b(?:(?:one|1) for sure|for sure (?:one|1)|the main (?:one|1|race)|definitely (?:one|1|doing))\b"#)
    static let mightDo = TextPattern(#"\b(?:i might|might do|might run|maybe|possibly|(?:do not|don't) count on it|a maybe)\b"#)
    static let relayAfter = TextPattern(#"^\s*(?:team )?relay\b"#)
    static let ordinalDay = TextPattern(#"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? the \d{1,2}(?:st|nd|rd|th)\b"#)
    static let yearBefore = TextPattern(#"\b(?:in|back in|from) ((?:19|20)\d\d),?\s+(?:in|with|i ran|i did|i got|was|it was|i was|i did it in)?\s*$"#)
    /// (Not inside an aside that opens after the time: "target 1:50 (my PB from 2021 is 1:54)".)
    static let yearAfter = TextPattern(#"^[^.;!?(]{0,14}?\b(?:in|back in|from) ((?:19|20)\d\d)\b"#)
    static let othersPossessive = TextPattern(#"\b(?!(?:it|that|what|target|goal|aim|plan|there|here|one|time|mine|pb|best|today|year|race|who)'s)[a-z]+'s(?: (?:going for|aiming for|aiming at|hoping for|after|chasing|doing|running|target is|goal is|pb is|best is))?\s*$"#)
    /// ("the calculators say 10:30, but calculators don't run": a predictor's time is no more the runner's than a friend's.)
    static let someoneElsesTarget = TextPattern(#"\b(?:says|reckons|thinks|suggests|wants me to|told me to|keeps telling me|keeps saying)\b|\b(?:calculators?|predictors?|the apps?|my watch|garmin|strava|vdot|the tables?|the charts?)\s+(?:says?|predicts?|reckons?|gives?|puts? me at|suggests?)\b"#)
    static let honestTarget = TextPattern(
        #"(?<![\d.:/])(\d{1,2}(?::\d{2}){0,2}|\d{1,3})\s*(?:minutes?|mins?|hours?|hrs?)?\s+(?:is|would be|'s|feels)\s+(?:more |probably more |a (?:bit )?more |the |much more )?(?:honest|realistic|likely|sensible|doable|achievable|like it)\b"#)

    /// A number on its own: no unit, no range ("4 or 5 hours, no idea" is no target).
    static let plainNumber = TextPattern(#"(?<![\d.:/])(?<!\d or )(?<!minutes or )(?<!mins or )(?<!hours or )(?<!to )(?<!-)(?<!last )(\d{1,3}(?:\.\d+)?)(?!\s+was\b)(?![\d:/])(?!\s*(?:or|to|-)\s*\d)(?!\s*(?:k\b|km|miles?|mi\b|%|kg|lbs?|years?|yrs?|weeks?|days?|months?|times|runs?|x\b|st\b|nd\b|rd\b|th\b|hours?|hrs?|minutes?|mins?))"#)

    /// Reads a time ("1:45", "3 hours 30", "45 minutes", a bare "20") as seconds, choosing between
    /// hours and minutes by what is plausible for the distance.
    static func targetSeconds(_ raw: String, distanceKm: Double?) -> Int? {
        var text = raw.lowercased().trimmingCharacters(in: .whitespaces)
        // "3.30" is a clock typed with a dot (3:30), not 3.3 hours.
        if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) == 3, text.allSatisfy({ $0.isNumber || $0 == "." }),
           let minutes = Int(text[text.index(after: dot)...]), minutes < 60 {
            text.replaceSubrange(dot...dot, with: ":")
        }
        var candidates: [Int] = []
        if text.contains(":") {
            let parts = text.split(separator: ":").compactMap { Int($0) }
            if parts.count == 3 {
                candidates = [parts[0] * 3600 + parts[1] * 60 + parts[2]]
            } else if parts.count == 2, parts[1] < 60 {
                candidates = [parts[0] * 3600 + parts[1] * 60, parts[0] * 60 + parts[1]]
                if distanceKm == nil { candidates = parts[0] <= 9 ? [candidates[0]] : [candidates[1]] }
            }
        } else if let match = hoursMinutes.firstMatch(in: text), let hours = number(match[1]), hours <= 100 {
            let minutes = Int(match[2] ?? "") ?? 0
            guard minutes < 60 else { return nil }
            candidates = [Int((hours * 3600).rounded()) + minutes * 60]
        } else if let match = minutesOnly.firstMatch(in: text), let minutes = Int(match[1] ?? ""), minutes <= 6000 {
            candidates = [minutes * 60]
        } else if let value = Double(text), value > 0 {
            guard value <= 600 else { return nil }
            if distanceKm != nil {
                candidates = [Int((value * 3600).rounded()), Int((value * 60).rounded())]
            } else if value <= 9 {
                candidates = [Int((value * 3600).rounded())]
            } else if value >= 12, value.rounded() == value {
                candidates = [Int(value) * 60]
            }
        }
        if let distanceKm {
            let slowest = distanceKm > 45 ? 1200.0 : 900.0
            return candidates.first { Double($0) / distanceKm >= 150 && Double($0) / distanceKm <= slowest }
        }
        return candidates.first { (60...259_200).contains($0) }
    }

    /// Not the top of a guessed range ("around 4 or 5 hours, no idea really").
    static let timeWithUnit = TextPattern(#"(?<![\d.:])(?<!\d or )(?<!minutes or )(?<!mins or )(?<!hours or )(?<!to )(?<!-)(?<!- )("# + #"\d+(?:\.\d+)?\s*(?:hours?|hrs?)\b(?:\s*(?:and\s*)?\d{1,2}(?:\s*(?:minutes?|mins?))?)?|\d+h\d{2}|\d+\s*(?:minutes?|mins?)\b)(?!\s*(?:/|per\b|a (?:week|day|run|session)|each|every|on (?:week|the week)|limit|cut))"#)
    /// "the 26 and a half hour limit", "a 30 hour cutoff": the race's rule, not the runner's goal.
    static let wishAfter = TextPattern(
        #"^\s*(?:would be|'d be|would make|is) (?:a |the |my )?(?:dream|amazing|nice|great|lovely|brilliant|class|ideal|awesome|fantastic|perfect|goal|target|aim)\b"#)
    static let boundBefore = TextPattern(#"\b(?:under|sub|less than|faster than|break)[- ]?$"#)
    static let timeAway = TextPattern(#"\b(?:after|following|from)\s+(?:about |around |nearly |almost |over )?$"#)
    static let settling = TextPattern(#"\b(?:(?:let(?:'s| us) )?say|put|put down|make it|call it|realistically|realistic|honestly|actually|i mean|no|sorry)\s*[,:]?\s*(?:(?:under|sub|less than)[- ]?)?$"#)
    static let takenBackSentence = TextPattern(#"[.!?]\s+(?:no|nah|nope|actually|sorry|wait)\b[^.!?]*[.!?]"#)
    static let wishOfLongAgo = TextPattern(#"\b(?:i'?d have|i would have|would'?ve|i'?d'?ve)\s+(?:wanted|liked|aimed|gone for|expected|demanded)\b"#)
    static let takenBackOpening = TextPattern(#"^\W*(?:no|nah|nope|actually|sorry|wait|hmm+,? no|ok,? no|okay,? no)\b"#)
    static let wishBefore = TextPattern(#"\b(?:i would like|i'd like|i want|i am hoping for|hoping for|i hope for|i would take|i would be happy with|aiming for)\s+(?:about |around |under |sub )?$"#)
    /// "The cut-off is 30 hours", "Under 24 gets the silver buckle": a time that is the race's rule.
    static func raceRule(_ scan: Scan, _ match: TextMatch) -> Bool {
        cutoffBefore.matches(scan.window(before: match.start, 24)) || rewardAfter.matches(scan.window(after: match.end, 20))
    }
    static let cutoffBefore = TextPattern(#"\b(?:cut-?off|cut off|time limit|limit)\s+(?:is|was|of|at)\s+(?:about |around )?$"#)
    static let rewardAfter = TextPattern(#"^\s*(?:gets?|wins?|earns?)\s+(?:you\s+)?(?:the|a|an)\b"#)
    /// "Ach nein, be realistic. Put 55": the figure the runner has written down is the target. ("Abeg make am 55, make I no
    /// kill myself": Pidgin's "make it", a reason after it, in `madeIt`.)
    static let putTarget = TextPattern(#"\b(?:put(?: down)?|put me down for|put me down as|write(?: down)?|mark(?: down)?|mark me down for|make it|make am|call it|say|let(?:'s| us) be realistic:?|realistically,?)\s+(?:under |sub[- ]?)?(\d{1,2}(?::\d{2}){0,2}|\d{1,3})\s*(?:minutes?|mins?|hours?|hrs?)?\s*(?:[.!](?!\d)|$)"#)
    static let madeIt = TextPattern(#"\bmake (?:it|am)\s+(?:under |sub[- ]?)?(\d{1,2}(?::\d{2}){0,2}|\d{1,3})\s*(?:minutes?|mins?|hours?|hrs?)?\s*,(?![^.!?]*(?:\d|\bbut\b))"#)
    static let cutoffAfter = TextPattern(#"^\s*(?:limit|cut-?off|cut off|time limit)\b"#)
    static let hoursMinutes = TextPattern(#"^(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\s*(?:and\s*)?(\d{1,2})?"#)
    static let minutesOnly = TextPattern(#"^(\d+)\s*(?:minutes?|mins?)$"#)

    // MARK: - Paces

    static let paceClock = TextPattern(
        #"(?<![\d:])(\d{1,2}):(\d{2})\s*(?:min(?:utes?)?\s*)?(?:/\s*|per\s+|a\s+|an?\s+|(?:for\s+)?each\s+)(km|k|kilomet(?:re|er)|mile|mi)\b"#)
    static let paceMinutes = TextPattern(
        #"(?<![\d:.])(\d{1,2})\s*(?:-\s*)?(?:min(?:ute)?s?)\s*(?:(\d{2})\s*(?:s|secs?|seconds?)?\s*)?(?:/\s*|per\s+|a\s+|(?:for|in)\s+(?:1|one|a|an|each|every)\s+|(?:each|every)\s+)?(km|k|kilomet(?:re|er)s?|mile|mi|miles)\b"#)
    /// "6 minute for one kilometre", "5:30 per km": what a pace is measured over, not a race.
    static let perUnitBefore = TextPattern(#"\b\d{1,2}(?::\d\d)?\s*(?:min(?:ute)?s?\s*)?(?:for|per|each|every|a|/)\s*(?:(?:one|1|a|an|each|every)\s+)?$"#)
    static let perUnitAfter = TextPattern(#"^\s*(?:min(?:ute)?s?\s*)?(?:/|per|an?|(?:for|in) (?:one|1|a|an|each|every)|each|every)\s*(?:km|k|kilomet|mile|mi)\b"#)
    static let paceContextGoal = TextPattern(#"\b(?:goal|target|race pace|aim|aiming|want|wanna|hoping)\b"#)
    static let paceContextOther = TextPattern(#"\b(?:tempo|threshold|interval|intervals|fastest|pb|pr|5k pace|10k pace|marathon pace|best)\b"#)
    static let bareClock = TextPattern(#"^\s*(?:about |around |roughly |maybe )?(\d{1,2}):(\d{2})\s*(?:ish)?\s*[.!]?\s*$"#)

    func extractPaces(_ scan: Scan) {
        var found: [(String, Int)] = []
        for match in Self.paceClock.matches(in: scan.text) {
            guard let m = match[1], let s = match[2], let unit = match[3] else { continue }
            found.append(("\(Int(m) ?? 0):\(s)/\(unit.hasPrefix("mi") ? "mi" : "km")", match.start))
        }
        for match in Self.paceMinutes.matches(in: scan.text) {
            guard let m = Int(match[1] ?? ""), let unit = match[3] else { continue }
            // ("I want to go at 5 minutes 30 every kilometre": the seconds said after the minutes.)
            let seconds = match[2].flatMap(Int.init).map { $0 < 60 ? String(format: "%02d", $0) : "00" } ?? "00"
            found.append(("\(m):\(seconds)/\(unit.hasPrefix("mi") ? "mi" : "km")", match.start))
        }
        if found.isEmpty, scan.expecting == "running.easyPace" || scan.expecting == "goals.targetPace",
           let match = Self.bareClock.firstMatch(in: scan.text), let m = Int(match[1] ?? ""), let s = match[2] {
            found.append(("\(m):\(s)/km", match.start))
        }
        for (pace, position) in found {
            guard let canonical = RunnerField.canonicalPace(pace) else { continue }
            let clause = scan.clause(around: position).text
            if scan.expecting == "goals.targetPace" || Self.paceContextGoal.matches(clause) {
                scan.add("goals.targetPace", .string(canonical), said: "a target pace of \(canonical)", at: position)
            } else if scan.expecting == "running.easyPace" || !Self.paceContextOther.matches(clause) {
                scan.add("running.easyPace", .string(canonical), said: "an easy pace of \(canonical)", at: position)
            }
        }
    }
}
