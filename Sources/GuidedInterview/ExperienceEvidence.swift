import Foundation

/// The experience level in an answer to the experience question, read from what the runner says they do rather
/// than from the option words: "race nearly every weekend, usually on the AG podium" is competitive, "5k PB 21:30,
/// trying to break 20" serious, "weekend warrior" casual, "I'm a lapsed runner" returning, "zero experience" a beginner.
///
/// Families are tried in order: not started yet, a comeback, placing and winning, structured training or racing
/// for times, running for fun. When the runner contrasts then and now ("I was competitive in my 20s, now just jog
/// for fun"), only what they do now is read. Works on `FactExtractor.normalize`d text.
enum ExperienceEvidence {
    struct Reading: Equatable {
        let level: String
        let position: Int
        /// Said in so many words (a win, a plan, a comeback), strong enough to overrule a reading from the option
        /// words or from years of running.
        let decisive: Bool
        /// Said as the answer put right ("Just starting. Well, … so getting back into it"): over the option words too.
        var putRight = false
    }

    static let notYet = TextPattern(
        #"\b(?:(?:a|1|one) (?:yr|year) only\b|only since (?:last |this |the )?(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december|year)\b|only (?:for )?(?:a|1|one) (?:yr|year)\b|only (?:been (?:running|jogging|at it|doing it)|started)\b(?!\s+(?:up\s+|running\s+|jogging\s+)?(?:again|back))|first time (?:trying|running|jogging)|never done (?:any )?(?:proper|real|actual) running|starting (?:from )?(?:zero|scratch) running|(?:i am|i'm|im) a walker|run[- /]walk\b|comecei agora|come[cç]ando agora|empezando|empiezo (?:a correr|ahora)|acabo de empezar|fange (?:gerade )?(?:erst )?an\b|anf[äa]nger(?:in)?|je d[ée]bute|d[ée]butante?\b|principiante|ik begin net|just dey start|have not (?:started|begun)(?: running)?|have not (?:run|ran) (?:yet|before)|not (?:a runner|running|started)(?: yet)|not yet (?:started|running)|never (?:run|ran|jogged) (?:before|in my life)|neva run|(?:zero|0|no) (?:running )?experience|fresher|newly started|just (?:took|taking) it up|took it up (?:recently|last month|this year|a (?:few )?(?:weeks?|months?) ago)|started (?:jogging |running )?(?:a|1|2|3|a few|a couple of|couple of) (?:weeks?|months?) ago|(?:1st|2nd|3rd|first|second|third) week\b|mostly walking|walk(?:ing)?[- /](?:run|jog)|jus(?:t)? a start|start(?:ed)? (?:in|this) (?:the )?new year|complete (?:newbie|novice|beginner)|first time runner|never been a runner|never (?:actually |really )?(?:gone|been) for a run|never (?:actually |really )?(?:run|ran) (?:since|on purpose|a step)(?! (?:in my life )?(?:until|till|before)\b)|have not (?:run|ran) a (?:step|single step|metre|meter|mile|km)|literally never|(?:\w+ )?times in my life|day (?:one|1)\b|(?:first|1st) (?:ever )?(?:run|parkrun|jog|run-walk|run walk)\b[^.;]{0,30}\b(?:yesterday|today|last|this|was)\b|(?:start|started|starting) (?:running |jogging )?(?:only )?this (?:week|month)|want to start (?:running|jogging)|run \d+ (?:seconds?|secs?|minutes?|mins?),? walk \d+)"#)
    static let runWalk = TextPattern(#"^(?:run[- /]walk|walk(?:ing)?[- /](?:run|jog)|mostly walking)"#)
    static let comeback = TextPattern(
        #"\b(?:coming back (?:from|after)\b|(?:\d+|a few|several|many) weeks off\b|start(?:ed|ing)? back|trying again|(?:get|getting) going again|(?:slowly )?rebuild(?:ing)?\b|have not (?:run|ran|been running)(?: much| properly)? since\s*(?:[.;,!]|$|then)|(?:ran|run|running) for (?:\d+|many|years|decades) (?:years )?before (?:that|it|the|my)|(?:ran|run|running) for (?:\d+|many|years|decades) (?:years )?before(?=\s*[-,.;]|\s*$)|(?:now i|but now i|i) feel (?:like )?(?:a )?(?:new|beginner|novice)(?: again)?\b|before (?:i )?got pregnant|back to (?:slow|short|easy|gentle|little)\b|stopped\b(?! playing| rugby| football| soccer| cricket| hockey| rowing| swimming| cycling)[^;]{0,40}\b\d+ years ago|retomando|vuelvo a correr|volver a correr|wieder (?:einsteiger(?:in)?|anfangen|laufen)|je reprends|reprise\b|ik begin weer|ricomincio|riprendo|recome[cç]ando|voltando a correr|re-? ?start(?:ing|ed)?|starting (?:out )?again|start(?:ed)? again|beg[au]n again|begin again|running again|again after|lapsed|come-? ?back(?! to (?:this|that|it later|later|the question))|back after|post-? ?partum|after (?:the |my )?(?:baby|pregnancy|kids?)|ran before (?:pregnancy|the baby|kids)|gettin'? back|getting back|back (?:in|into|intae) (?:it|running|shape)|(?:years?|months?) off\b|(?:\d+|a few|many|several) years (?:out|away|break)|stop(?:ped)? (?:\d+|a few|many|several) (?:years?|months?)|have not (?:run|ran|been running) since (?:school|uni|university|college|my (?:teens|20s|twenties))|have not (?:run|ran|been running) (?:in|for) (?:ages|years|a long time|a while|\d+ years|donkey's)|(?:left|stopped|quit|gave up)\b(?! playing| rugby| football| soccer| cricket| hockey| rowing| swimming| cycling)[^.;]{0,40}\b(?:got lazy|now|ago)|got lazy|fell off the wagon|used to (?:run|jog|race)\b[^.;]{0,40}\b(?:now|again|back|off)|(?:\d+|ten|many) years off|\d+[- ]years?(?: [a-z]+)? (?:break|pause|gap)|(?:took|had|taken) an? (?:[a-z-]+ ){0,3}(?:break|pause)|(?:\d+|one|a) years? (?:pause|break|gap)|new beginning|starting over|start(?:ed)? over|from scratch|now again|(?:again|back) (?:from|since) (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|last)|since (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter) again|(?:build|building|ease|easing|work|working|edge|edging) (?:my way )?back (?:up|in|into)\b|back (?:to|into) (?:it|running|the running)\b|life happened|nothing for (?:about |around |like |nearly |almost )?(?:\d+|a few|some|many|several) (?:years?|months?)|\bi run again\b|lac(?:e|ed|ing) up again|(?:did not|have not|had not) run (?:for|in) (?:\d+|a few|some|several|many|\w+) (?:months?|years?)|(?:until|till|before) (?:the |my )?(?:long covid|chemo|surgery|operation|covid|baby|pregnancy|twins|kids|injury|fracture|stent|diagnosis)\b|after (?:having )?(?:the |my |a )?(?:twins|chemo|treatment|surgery|operation|stent|covid|long covid|burn-? ?out))"#)
    static let winning = TextPattern(
        #"\b(?:ranked\b|rac(?:e|ing) (?:\w+ )?to win|won (?:two|three|four|\d+|a|my|the) (?:\d+ ?ks?|\d+ ?milers?|ultras?|marathons?|races?)\b|(?:1st|2nd|3rd|\dth|first|second|third|fourth|fifth) in (?:my|the) ag\b|comp[ée]tition\b|competici[oó]n|wettk[äa]mpfe?|wedstrijden|podium|podiums|(?:won|win|winning|took) (?:my |the |a |our )?(?:ag|age group|age-group|category|club champs|race|county|regional|national)|win (?:my|the) (?:ag|age group)|(?:regional|national|county|state|club|xc|cross country) champion|champion\b|club records?|first team|semi-? ?pro|sub-? ?elite|(?<!basically )(?<!practically )(?<!virtually )(?<!pretty much )(?:former |ex-? ?)?elite\b|olympic (?:trials|team|squad|qualif\w*|standard|athlete)|trials\b|race to win|placing|placed|top (?:\d+|three|ten) (?:women|men|overall|finish|in)|\bd1\b|division (?:1|i)\b|top group|international|represent(?:ed|ing|s)? (?!myself)\w+|still racing hard|national level|(?:national|county|area|regional|district|state|inter-?county) (?:league|champs|championships?|relays?|road relays|team|squad|level|masters)|(?:won|win|winning|first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|silver|gold|bronze|medal\w*)\b[^.;]{0,40}\b(?:champs|championships?|category|age group|masters|m[3-8]\d|f[3-8]\d|w[3-8]\d|v[3-8]\d)\b|(?:first|1st) (?:woman|man|lady|female|male|overall|finisher)|(?:win|won|winning) (?:a few |some |several |the odd |a couple of |a couple |lots of |many )?(?:local )?races|prize money|junior (?:team|squad|international)|(?:i was|i came|i finished|i placed|came|finished|placed) (?:[1-9]|10)(?:st|nd|rd|th)\b(?! (?:time|year|week|month|grade|place in line)))"#)
    static let training = TextPattern(
        #"\b(?:take (?:it|my running|running) (?:very |really |quite )?seriously|train(?:ing)? hard\b|ultra ?runner|back to back long runs|(?:getting|get) (?:my |a )?(?:5k|10k|half|marathon|pb|pr) under \d|track (?:tuesdays|wednesdays|thursdays|nights|sessions)|entreno en serio|volgens schema|nach (?:trainings)?plan|avec un plan|con (?:un )?entrenador|con allenatore|met een trainer|mit trainer|structured|training plan|(?:to|on|following|follow|using|with) (?:a|my|the|an) (?:[\w-]+ )?plan\b|(?:with|have|got|had) a coach|coach[- ]?(?:written|set|made)|my coach|coached|higdon|mcmillan|80/20|advanced plan|speed ?work|speed sessions?|fartlek|hill reps|regular (?:half marathons|halfs|marathons|races|racing)|(?:get|go|going|run|break) under \d|ironmans?|(?:2nd|3rd|\dth|second|third|fourth|fifth) comrades|requalify|qualif(?:y|ied) for|boston|intervals|tempo|threshold|track sessions?|chasing (?:a |my )?(?:pb|pr|time|sub)|break(?:ing)? \d|sub-? ?\d|pfitz|hansons?|daniels|training block|\d(?:st|nd|rd|th) block|dedicated|[56] days a week|race(?:s|d)? (?:a lot|regularly|often|\d+ times)|race (?:maybe |about |around )?\d+ times|raced \d+\+? times|(?:improve|improving|lower|get faster)\b[^.;]{0,20}\b(?:time|pace|pb|pr)|rac(?:e|ing)\b[^.;]{0,20}\bto get faster|working on my \d|train (?:it )?properly|train to a plan|running club member|club runner|race the club)"#)
    /// A finish time beside a race distance: "Half marathon in 1:38", "my 10k is 34 minutes", "currently 19:50".
    /// Only a time faster than about 5 min/km (5:30 for the marathon) says serious: "a 10k last year in 58 min" does not.
    static let raceTime = TextPattern(
        #"\b(5k|10k|half(?: marathon)?|marathon|mara)\b[^.;]{0,24}?\b(?:(\d{1,2}):(\d\d)|(\d{2,3}) minutes?)|\b(\d{1,2}):(\d\d)\b[^.;]{0,16}\b(5k|10k|half|marathon)\b|\bcurrently (\d{1,2}):(\d\d)"#)

    /// Each finish time said beside a race: where, the distance (nil for "currently 19:50") and the time in minutes.
    private static func raceTimes(_ text: String) -> [(start: Int, km: Double?, minutes: Double)] {
        raceTime.matches(in: text).compactMap { match in
            guard let race = match[1] ?? match[7] else { return (match.start, nil, 0) }
            // ("the half at Marathon Bahamas twice, 2:08": the distance said first is the race; "Marathon" is its name.)
            if otherDistance.matches(text.utf16Slice(max(0, match.start - 30), match.start)) { return nil }
            let km = race.hasPrefix("5") ? 5.0 : race.hasPrefix("10") ? 10 : race.hasPrefix("half") ? 21.0975 : 42.195
            let first = Double(match[2] ?? match[5] ?? match[4] ?? "") ?? 0, second = Double(match[3] ?? match[6] ?? "0") ?? 0
            // h:mm for the half and the marathon, mm:ss or minutes for the shorter races.
            let minutes = match[4] != nil ? first : km > 20 ? first * 60 + second : first + second / 60
            return (match.start, km, minutes)
        }
    }

    static func fastRaceTime(_ text: String) -> Int? {
        for time in raceTimes(text) {
            guard let km = time.km else { return time.start } // "currently 19:50", racing for a time
            if time.minutes > 0, time.minutes * 60 / km < (km > 40 ? 330 : 300) { return time.start }
        }
        return nil
    }

    /// A time only the fastest club runners run (5k under 17 minutes, 10k under 35, the half under 1:17, the marathon
    /// under 2:45, about 3:25-3:55 a km): racing for places, whatever else is said.
    static let jokeTakenBack = TextPattern(#"\b(?:no|nah|ok|okay)[,.!]?\s+(?:i am |i'm |im )?(?:joking|kidding|exaggerating|i exaggerate)\b|\bjust (?:kidding|joking)\b"#)
    static func eliteRaceTime(_ text: String) -> Int? {
        raceTimes(text).first { time in
            guard let km = time.km, time.minutes > 0 else { return false }
            let limit = km < 6 ? 17.0 : km < 11 ? 35 : km < 22 ? 77 : 165
            return time.minutes < limit && time.minutes * 60 / km > 150
        }?.start
    }
    static let otherDistance = TextPattern(#"\b(?:5k|10k|half|10 ?miler?|ultra)\b"#)
    static let forFun = TextPattern(
        #"\b(?:since my (?:teens|twenties|thirties|forties|fifties|20s|30s|40s|50s)|(?:about |over |nearly |almost )?a decade|for ages|if i can be bothered|i run a bit|ganz entspannt|senza programma|sin plan|sans pression|gemoedelijk|plod|plodder|plodding|potter(?:ing)?|slow trot|gentle (?:\d+k|jog|run|runs|5k|10k)|no stress|jog(?:ger|ging|s)?\b|for fun|fun run(?:ner)?|hobby|weekend warrior|social(?:ly)?\b|for the social|keep fit|mental health|(?:run|running|jog|jogging) (?:just |only |mostly )?for (?:my |the )?(?:health|fitness)|to stay (?:healthy|fit|active)|no plan|nothing structured|for years|for the (?:last|past) (?:\d+ )?years?|with the dog|yonks|a while|(?:few|couple of|many|\d+) years\b|since (?:19|20)\d\d|since uni|a fair bit|not (?:very |that |too |really )?fast|back-? ?of-? ?the-? ?pack|for the pub|no races|do not race|never raced|not (?:at all )?competitive|competitive with myself|lil jogger|hate to call myself a runner|enjoy it|(?:just|only|purely|mostly) (?:running |jogging )?for (?:me|myself)\b|(?:running|jogging|run|jog) (?:just |only |purely )?for (?:me|myself)\b|nothing special|nothing serious|regular(?:ly)?,? but not (?:very |too |that |really )?serious(?:ly)?)"#)
    /// "now just jog for fun" after "I was competitive in my 20s": the part about now.
    static let nowContrast = TextPattern(#"\b(?:now|these days|nowadays|currently|(?:running|jogging) (?:only|just) (?:since|for|the (?:last|past))|only (?:been )?(?:running|jogging) (?:since|for (?=\d|a |the |about|over|nearly|almost|two|three|four|five|six|seven|eight|nine|ten|many|some|several)|the (?:last|past)))\b"#)
    static let pastClause = TextPattern(#"\b(?:was|used to|raced|in the (?:sixties|seventies|eighties|nineties|[5-9]0s|(?:19|20)\d0s)|in my (?:20s|30s|twenties|thirties|youth|day)|before|formerly|back then|back in the day|as a (?:kid|teen|teenager|junior|student|youngster)|at (?:uni|university|college|school)|in (?:high )?school)\b"#)
    static let negatedBefore = TextPattern(#"\b(?:not|no|never|nothing|hardly)\s+(?:\w+\s+){0,3}$"#)

    static func reading(_ text: String) -> Reading? {
        let backs = comebacks(in: text), longDone = FactExtractor.comebackLongDone(text)
        // A comeback is itself a then-and-now story, so it is read on the whole answer first.
        // ("Just starting. Well, I did one of those apps two years ago, then stopped, so getting back into it": put right.)
        if let new = first(notYet, in: text) ?? Self.newSaidFirst.firstMatch(in: text)?.start,
           let back = backs.last(where: { $0.start > new }), putRight.matches(text.utf16Slice(new, back.start)) {
            return Reading(level: "returning", position: back.start, decisive: true, putRight: true)
        }
        if let match = first(notYet, in: text) {
            // ("Stress fracture, 4 months off, just started back with walk-run": run-walk is how a comeback starts too.)
            if let back = backs.first?.start, runWalk.matches(text.utf16Slice(match, match + 16)) {
                return Reading(level: "returning", position: back, decisive: true)
            }
            return Reading(level: "beginner", position: match, decisive: true)
        }
        // ("… then started again three years ago": a comeback long done is no comeback now.)
        // ("Pretty new, I started back in July when I quit smoking": new, said first, and "back in July" is when.)
        if let match = backs.first?.start, !longDone,
           !(FactExtractor.newOpening.matches(text) && (text.utf16Slice(match, match + 20).hasPrefix("started back in")
               || !FactExtractor.saysComeback.matches(text.utf16Slice(match, match + 30)))) {
            return Reading(level: "returning", position: match, decisive: true)
        }
        var part = text, offset = 0
        // ("I ran many marathons when I was young, then twenty years nothing, and I came back three years ago": what was
        // done before the break is history; only the running since it counts.)
        if longDone, let gap = backs.last {
            part = text.utf16Slice(gap.end, text.utf16Length)
            offset = gap.end
        } else if let now = nowContrast.matches(in: text).last, pastClause.matches(text.utf16Slice(0, now.start)) {
            part = text.utf16Slice(now.start, text.utf16Length)
            offset = now.start
        }
        // ("Elite! No, I'm joking. I run with a club …": what was said in jest is taken back.)
        if let joke = jokeTakenBack.firstMatch(in: part) {
            part = part.utf16Slice(joke.end, part.utf16Length)
            offset += joke.end
        }
        if let match = first(winning, in: part) ?? eliteRaceTime(part) { return Reading(level: "competitive", position: offset + match, decisive: true) }
        if let match = first(training, in: part) ?? fastRaceTime(part) {
            return Reading(level: "serious", position: offset + match, decisive: true)
        }
        // ("Ten years, 12 marathons, not fast": the races run outweigh the years of running.)
        if let tally = FactExtractor.tallyLevel(part), tally.level == "serious" {
            return Reading(level: "serious", position: offset + tally.position, decisive: true)
        }
        let casual = forFun.matches(in: part)
        if let match = casual.first {
            // "not competitive at all", "back of the pack": said to rule out more, so decisive.
            let modest = casual.contains { match in
                match.text.hasPrefix("not") || match.text.contains("pack") || match.text.contains("myself")
                    || match.text.contains("race") || match.text.contains("social")
            }
            return Reading(level: "casual", position: offset + match.start, decisive: modest || offset > 0)
        }
        // ("Been at it since I turned fifty. Two 10Ks and a turkey trot": years of running, from an age.)
        if let match = sinceAnAge.firstMatch(in: part) { return Reading(level: "casual", position: offset + match.start, decisive: false) }
        // "did xc for skool 2 seasons in gr 9 n 10. thats it": a school team's seasons, and running since, is casual.
        if let match = schoolSport.firstMatch(in: part) { return Reading(level: "casual", position: offset + match.start, decisive: false) }
        return nil
    }
    /// The comebacks said, not negated: in so many words, or a gap after running ("I ran many marathons when I was young,
    /// then twenty years nothing"; not "I played football until 35, then nothing, then … I started running").
    static func comebacks(in text: String) -> [TextMatch] {
        let said = unnegated(comeback, in: text)
        let gaps = gap.matches(in: text).filter { ranBefore.matches(text.utf16Slice(0, $0.start)) }
        return (said + gaps).sorted { $0.start < $1.start }
    }
    static let gap = TextPattern(
        #"\b(?:(?:\d+|a few|some|many|several) years (?:of )?nothing\b|then nothing\b(?! (?:else|much|special|serious))|nothing but [a-z]+ for (?:\d+ )?(?:years|ages|a decade))"#)
    static let ranBefore = TextPattern(
        #"\b(?:ran|run|runner|running|jog\w*|athlete|athletics|marathons?|halves|races|track|cross[- ]country|\d{3,4} ?(?:m|metres|meters))\b"#)
    static let newSaidFirst = TextPattern(#"^\W*(?:just starting|just started|starting out|new|brand new|pretty new|beginner|a beginner|novice)\b"#)
    static let putRight = TextPattern(#"[.!?,]\s*(?:well|actually|no|i mean|or rather|rather|hmm)\b|\bso\s*$"#)
    static let sinceAnAge = TextPattern(#"\b(?:been (?:at it|running|jogging|doing it)|running|jogging|started) (?:ever )?since i (?:turned|was|hit) (?:\d{2}|forty|fifty|sixty|seventy|thirty)\b"#)
    static let thatIsAll = TextPattern(#"\b(?:that is|thats|that's) (?:about |pretty much |really )?(?:it|all)\b"#)
    static let schoolSport = TextPattern(
        #"\b(?:did|ran|run|running|on the|made the) (?:xc|cross country|cross-country|track)\b[^.;]{0,30}\b(?:for|at|in) (?:the |my |our )?(?:high )?(?:school|skool|skul)\b|\b(?:school|skool) (?:xc|cross country|track) (?:team )?(?:for )?(?:\d|a|one|two|three) (?:seasons?|years?)\b"#)

    /// The first match not negated just before it ("no podiums", "not structured").
    private static func first(_ pattern: TextPattern, in text: String) -> Int? { unnegated(pattern, in: text).first?.start }

    /// The matches not negated just before them.
    private static func unnegated(_ pattern: TextPattern, in text: String) -> [TextMatch] {
        pattern.matches(in: text).filter { !negatedBefore.matches(text.utf16Slice(max(0, $0.start - 30), $0.start)) }
    }
}
