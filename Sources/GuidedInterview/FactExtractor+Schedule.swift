import CadenceCore
import Foundation

/// Schedule: preferred, blocked and long-run days, time of day, longest session, and access to a
/// track, hills and a gym.
extension FactExtractor {
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let dayToken = TextPattern(
        #"\b(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|(mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun|sats|suns|mons|fris)\b\.?|(weekends?)|(weekdays|weekday(?! (?:evenings?|mornings?|nights?|runs?|slots?|sessions?|lunch\w*))|(?<=every )weekday|work ?days?)|(every ?day|every (?:morning|evening|night)(?=,? (?:except|but|apart from|bar|other than) (?:on )?(?:mon|tue|wed|thu|fri|sat|sun))|any ?day|all week|7 days|anything else|any other days?|all other days|anything(?= (?:but|except|apart from|other than|bar)\b)|everything(?= (?:but|except|apart from|other than|bar)\b)|all of them(?= (?:but|except|apart from|other than|bar)\b)|(?<![a-z] )all(?= (?:but|except|apart from|other than|bar) (?:on |the )?(?:mon|tue|wed|thu|fri|sat|sun))|(?:the )?rest of the week(?= (?:is|are|'s|r) (?:fine|free|open|ok|okay|good|available|clear|all good))|everything else(?= (?:is|'s) (?:fine|free|open|ok|okay|good|available))|(?<=so )(?:all )?(?:the )?other days))"#)
    static let blockedCue = TextPattern(
        #"\b(?:(?<!than )not(?! every)(?! need (?:me|us)\b)|rest|resting|rest days?(?: are)?|(?<!my )(?<!our )days? off(?: on)?|(?<!am )(?<!are )(?<!be )off on|off on (?:a|an|the|my) \w+|can not|could not|unable to|not able to|never|not on|no running on|no runs on|do not run on|will not|busy|unavailable|not available|except|apart from|but not|bar|barring|(?<=them |thing |day |days )but|off limits|avoid|out on|(?<!before )(?<!after )(?<!from )work(?:ing)? (?:late )?on|work(?:ing)? (?:every other|most|alternate)|(?:am|are) (?:away|on nights|on lates|on the road|travell?ing)|nothing on|my (?:shifts?|work ?days?|rota(?: days)?|rotation days?) (?:are|is|fall on|=))\b|\bno(?=\s*$)|\b(?:i|we) (?:work|am working)(?: (?:(?:\d+|four|three|five) )?(?:tens|twelves|10s|12s|(?:10|12|ten|twelve)[- ]hour (?:days|shifts)|long days|shifts|nights|earlies|lates|doubles))?,?(?:\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun),?(?:\s+(?:and|or|&|n))?)*(?=\s*$)"#)
    static let spacingRule = TextPattern(#"^(?:never|not|no)\s+(?:\d|two)\s+(?:days?|runs?)\s+(?:in a row|on the trot|back to back|running|straight|together|consecutive(?:ly)?)\b"#)
    static let soIRun = TextPattern(#"^\s*so,?\s+(?:i (?:can |will |would |could )?(?:run|do|go running|train)|i'?ll run|running (?:is|on|days are)|(?:on )?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b(?=[^.!?]*\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b))\b"#)
    static let atPlaceForHours = TextPattern(#"^\s*,?\s*(?:i am |i'?m |we are |we'?re )?(?:at |in )?(?:the|my|our) (?!(?:park|parkrun|track|club|gym|trails?|beach|river)\b)[a-z'-]+(?: [a-z'-]+){0,3}?,?\s+(?:from )?(?:morning|dawn|early|sunrise|opening|open|first light|sun ?up) (?:till|til|until|to) (?:night|dark|late|close|closing|evening|dusk|midnight|sun ?down)\b|^\s*(?:i am |i'?m |we are |we'?re )?(?:at|in) (?:the|my|our|a) (?!(?:park|parkrun|track|club|gym|trails?|beach|river)\b)[a-z'-]+(?: [a-z'-]+){0,3}?,?\s+(?:from )?\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*(?:till|til|until|to|-)\s*\d"#)
    static let cannotRunThose = TextPattern(#"^[^.!?]*?\b(?:(?:can not|cannot|could not|can'?t|no) (?:run|running|go running|train)(?: on)? (?:those|them|these|that day|those days|these days)\b|(?:so|but|and) not (?:those|them|these|those days|these days|on those|on them)\b(?! (?:are|is)\b))"#)
    static let ownedBy = TextPattern(#"\b(?:owns|has|takes|eats|gets|swallows) (?:all )?(?:my|our)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s*,?\s*(?:and\s+)?)*$"#)
    static let noTimeEnd = TextPattern(#"[,;-]\s*(?:no time|no way|impossible|not possible|no chance|forget it|out of the question)\s*[.!]?\s*$"#)
    static let cannotPromise = TextPattern(#"\b(?:can not|cannot|could not|will not) (?:promise|guarantee|commit to)(?: you)? (?:a |any |the )?$"#)
    static let offWorkBefore = TextPattern(#"\b(?:request|requested|get|got|gets|have|has|take|took|book|booked|ask for|asked for|give me|gives me|given)\s+(?:most|every|all|the|my|some)?\s*$|\bdays? off (?:is|are|=|:)\s*$"#)
    static let availability = TextPattern(#"\b(?:prefer|free|available|can (?:run|do|only)|only|suits?|best|works?|good for me|like to run|want to run|would run)\b"#)
    static let rangeJoin = TextPattern(#"^\s*(?:to|through|thru|till|until|-)\s*$"#)
    /// Said after a day: "Mondays I work late", "Fridays are out".
    /// (Not when the runner runs that day all the same: "Monday I'm on the early shift, so I run at 5 before the bus".)
    static let rotaAfter = TextPattern(#"^\s*(?:on\b)?[\s,]*(?:\d|two|three|four|five|six|seven)\s*(?:nights?|nites?|off|on|days? off)\b"#)
    /// ("fri netball, sat work": a lone day, then the work that fills it; not "Sunday, Tuesday and Thursday work".)
    static let oneDayIsAfter = TextPattern(#"^\s*,\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*(?:'s|’s| s| is)\b"#)
    static let loneDayAtWork = TextPattern(#"^\s*(?:work|working|at work|job|on shift|shift|on duty|duty|on call)\s*(?:[,.;!]|$)"#)
    static let blockedAfter = TextPattern(#"^\s*(?:go|goes|going|went) out (?:of )?the window\b|^\s*(?:no|nope|is a no|is out|are out)\s*[:.,;!—–]|^\s*(?:never|does not|will not|can not) works?\b|^[^.;,]{0,40}\b(?:double|night|late|early|long|12[- ]hour) shifts\b|^\s*i (?!(?:run|jog|train|go running|can run)\b)[a-z]+\b[^.;,]{0,40}\b(?:until|till|til) (?:night|late|midnight)\b|^(?![^.;!?]*\b(?:so i (?:still )?ru|i (?:finish|knock off|get off|leave)(?: work)? (?:at|early|by|before)\b|i (?:still )?run (?:at|before|after|early|first)|before i (?:hea|go|run|set|lea|sta)))\s*(?:(?:day|night|early|late|long) shifts?\b|(?:i|we|me|mi) (?:do|work|have|am on|pull) (?:the |a |my )?(?:late |night |early |day |double |long |12[- ]hour )?shifts?\b|(?:me|mi) (?:umpire|work|coach|teach|play|drive)\b|(?:i|mi) run (?:the|a|my|our) (?!(?:long|easy|short|slow|hill|hills|tempo|trail|trails|route|loop|park|club|10k|5k|half|marathon|race|session|intervals?|track|beach|river|lake|canal|city|same|usual|whole|first|last|next|\d)\b)[a-z]+|(?:i|mi) (?:work|am working|have work|coach|have(?! (?:more |the |some )?time| free| (?:all|the whole|the entire) day)|can not|will not|never(?! (?:work|have work|am working|do shifts|on shift|on call)))|(?:(?:are|is) )?(?:not possible|impossible|out of the question)|(?:'s|’s|s) (?:always |usually |normally |generally |totally |completely |definitely |basically )(?:out|no good|busy|impossible|off limits|a no)\b|(?:are|is) (?:always |usually |normally |generally |totally |completely |definitely |basically |right )?(?:out|no good|bad|busy|impossible|off limits|a no|slammed|swamped|rammed|flat out|mad busy)|(?:we|i) are (?:slammed|swamped|rammed|flat out|mad busy)|i am (?:busy|out|away|working)|no good|are tricky|is tricky|off\b)\b|^\s*(?:also |too |either )?(?:no|nope|never|not|nahi|nahin|nai|nee|nein|niet|non|não|nao|hindi)(?=\s*[,.!;(-]|\s*$|\s+(?:running|run|runs|jogging|way|chance|because|bc|cause|cos|coz|as|since|porque|perch[eé]|parce|weil|omdat|kasi|lah|la|got|have|i have)\b)|^\s*(?:nahi|nahin|nahii)\b|^\s*(?:(?:geht|kann ich|kan ik|gaat|passt) (?:nicht|niet|net)|imposible|impossibile|non posso|no puedo|no puc|n[aã]o (?:posso|d[aá]|consigo)|hindi pwede)\b|^[^.;]*?\bno can\b|^\s*(?:can not|could not)(?=\s*(?:[,.;!-]|$|lah\b|la\b|because\b|bc\b|as\b|got\b|have\b|i have\b|work))|^\s*(?:[a-z0-9]+,?\s+){1,7}?so (?:i )?(?:can not|could not|no)\b(?!\s+(?:probl|worr|prom|say|tell|guar|comm|be s|know|pred|plan))"#)
    /// After a day, "I …" or "is/are …" says what else fills it ("Mondays I teach", "Sundays are church and
    /// family", "Saturdays I'm at the market"), and so does a label's colon ("Mondays: work late"), unless the words are
    /// about running or being free.
    static let dayFilledAfter = TextPattern(#"^(?![^.;!?]*\b(?:(?:are|is) (?:the |my )?(?:easy|easiest|best|good|free|ideal|most convenient|handiest)\b|before (?:i (?:hea|go|run|set|lea|sta)|running|my run|the run)|so i (?:still )?ru|i (?:finish|knock off|get off|leave)(?: work)? (?:at|early|by|before)\b|i (?:still )?run (?:at|before|after|early|first)))\s*(?:there (?:is|are|'s) (?!(?:a |the |my |our )?(?:club|running|run|runs|parkrun|track|group|intervals?|tempo|time|no |nothing|free)\b)|(?:i|we) (?!(?:keep (?:it |that |them )?(?:free|open|spare|clear)|can|could|might|may|should|like|prefer|would|will|do(?= (?:run|runs|running|my|a|an|the (?:long|parkrun|club|track|intervals?|tempo|hills?|speed|easy|run)|long|intervals?|tempo|speed|hills?|track|parkrun|easy|sessions?|workouts?|training|it|that|this|some|strides)\b)|usually|normally|tend|try|want|love|run|train|go (?:for|out)|have (?:more |the |some )?time|have (?:all|the whole|the entire) day|am (?:free|available|off|usually|happy)|suppose|guess|think|reckon|mean|meant|said)\b)[a-z]+|(?:are|is|'s|na) (?!(?:pretty |quite |fairly |totally |completely |usually |normally |generally |mostly |often |always |also |both |all )?(?:(?:the )?(?:ones?|days?) (?:that |which |i can )?(?:work|suit|are free)\b|the usual\b(?! (?:madness|chaos|rush|suspects?))|(?:the |my )(?:good|nice|fine|better|free|open|easy|easier|ideal|perfect|usual|ok|okay|great|right|possible|available|running) (?:days?|ones?|1s?)\b|(?:our|my|the) (?:weekends?|free days?|days? off)|(?:a |my |our |the )?(?:holiday|day off|off day)\b|(?:the |my )?(?:club|running club|club run|club night|track|intervals?|tempo|speed ?work|hills?|group run|parkrun|park run)\b|my (?:only|best|usual|favou?rite|preferred|running|go-to|regular|long(?! shifts?\b)|free|days? off|day|(?:short|shorter|early|half|light|lighter|easy|quiet)(?: work)? day)|the long(?:er)? (?:run|one|day)|good|fine|best|better|ok|okay|great|free|open|possible|available|slow|slower|quiet|quieter|dead|calm|light|lighter|my long(?! shifts?\b)|(?:the |my )?only (?:time|times|days?|ones?|chance|window)|ideal|perfect|easiest|easy|the best|when|usually|guaranteed|certain|safe|solid|reliable|doable|fixed|clear|also|almost|always|generally|normally|typically|often|flexible|long|for (?:my |the )?long(?:er)?|for running|for parkrun|parkrun|my parkrun|running|mine|all mine)\b)[a-z0-9]+|:\s*(?!(?:free|ok|okay|good|fine|great|yes|available|open|possible|can|could|maybe|best|long|run|running|runs|easy|tempo|intervals?|speed|hills?|track|parkrun|jog|any|all|both|mornings?|evenings?|afternoons?|early|after|before|only|lunch|am|pm|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b)[a-z]|the (?!long|big|race|run|first|last|next|club|group|track|parkrun)[a-z]+(?: (?!is\b|are\b|has\b|have\b)[a-z]+)? (?:(?:has|have|is|are|opens?|needs?|gets?|stays? open|runs? late)\b(?! (?:closed|shut|off|quiet|empty|free|dead)\b)|(?:too |very |so |really |always |just )?(?:busy|packed|slammed|swamped|rammed|mad|crazy|full on)\b)|(?:my|our) (?:son|daughter|kids?|children|boy|girl|wife|husband|partner|boss|mother|father|mum|mom|dad) (?:has|have|is at|are at|goes|go|plays|play|needs?)\b|belongs? to (?!me\b|us\b|myself\b|running\b|the (?:long|run))|(?:church|mass|work|market|shop|shifts?|duty|family)\s+(?:the\s+)?(?:whole|all)\s+day\b)"#)
    static let kindOfWeekend = TextPattern(#"\b(?:my|our|the|on) (?:off|free|spare|on-call|on call|working|work|busy|quiet|home|away)\s+$|\b(?:off|on-call|on call)\s+$"#)
    static let ownWeekend = TextPattern(#"\b(?:our|my|their)\s+$"#)
    /// "Friday is our weekend, so that's my long run": the day, and the long run said of it later in the sentence.
    static let dayThenLongRun = TextPattern(
        #"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b[^.;!?]{0,40}?\bso (?:that is|it is|that will be|it will be) (?:my|the|our) long (?:run|one)\b"#)
    static let dayChain = TextPattern(#"^(?:\s*(?:,|and\s|or\s|n\s|an\s|y\s|&|\+)\s*|\s+)+(?:on\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b"#)
    static let joinedBefore = TextPattern(#"(?:\b(?:and|or)|&)\s+(?:on\s+)?$"#)
    /// "Monday to Friday plus Sunday — Saturdays I'm with my daughter": a spaced dash after a day added on opens an aside.
    static let addedBefore = TextPattern(#"\b(?:plus|also|then)\s+(?:on\s+)?$"#)
    static let listJoiner = TextPattern(#"\b(?:and|or|n|an|y)\b|&|\+"#)
    /// Days said to suit ("I work" is no such word).
    static let suitsCue = TextPattern(#"\b(?:prefer|free|available|can (?:run|do|only)|suits?|best|good for me|like to run|want to run|would run)\b"#)
    static let isBefore = TextPattern(#"\b(?:are|is|were|was)\s+$"#)
    static let listedEveryOther = TextPattern(#"(?:,|\band|\bor|&|\+)\s+every (?:second|other|2nd|third|3rd)\s+$"#)
    static let dayThenPart = TextPattern(#"^[a-z]+\s+(?:only\s+)?(?:in the\s+|at\s+)?(?:morning|afternoon|evening|night|lunch(?:time)?)s?\b"#)
    static let someWeeksOnly = TextPattern(#"\b(?:every (?:other|second|third|2nd|3rd) week|the other weeks|half and half|some weeks|alternate weeks)\b"#)
    static let noProblem = TextPattern(#"\b(?:that|it|this) (?:is|'s) (?:no problem|not a problem)\b"#)
    static let sentenceOrDash = TextPattern(#"[.!?;]+(?:\s|$)|\s-\s"#)
    static let otherDoing = TextPattern(#"\b(?:i|we)\s+(?!(?:run|jog|train|can|could|am|will|would|usually|normally|go|do|prefer|like|want|try)\b)[a-z]{3,}\b"#)
    static let workingHoursAfter = TextPattern(#"^\s*,?\s*(?:from\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am|a\.m\.)?\s*(?:to|-|till|until|til)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:pm|p\.m\.)?(?!\s*(?:km|k\b|miles?|times|days|runs))"#)
    static let workingHoursBefore = TextPattern(#"\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|a\.m\.)?\s*(?:to|-|till|until|til)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:pm|p\.m\.)?\s*,?\s*$"#)
    static let jobClause = TextPattern(#"\b(?:open|opens|close|closes|work|works|working|shop|store|office|shifts?|clinic|school|classes|lectures|market|factory|restaurant|stall|farm|depot|plant|hospital|ward|rota|roster|nights|mill|deliver|delivering|route|bakery|manufactory|site|lessons|teach|teaching|salon|cafe|café|garage|pharmacy|surgery)\b"#)
    static let runningVerbNear = TextPattern(#"\b(?:run|runs|running|jog|jogging|train|training)\b"#)
    static let jobDayAdded = TextPattern(#"^\s*,?\s*(?:and\s+)?(?:also|even|including|incl|plus)\s+(?:on\s+)?(?:the\s+)?$"#)
    static let exceptJoin = TextPattern(#"^\s*,?\s*(?:except|but not|apart from|other than|bar|save)\s+(?:on\s+|for\s+)?$"#)
    static let workBefore = TextPattern(#"\b(?:i|we) (?:work|am working)\s+$"#)
    static let pickedFrom = TextPattern(#"^\s*,?\s*(?:i (?:prefer|like|would pick|pick|can do|do)|only|mostly|ideally|say|like)\b"#)
    static let datedByEvent = TextPattern(#"^\s*(?:right |just |straight )?(?:before|after) (?:our|the|my|his|her|their|easter|christmas|new year)\b"#)
    static let everyOther = TextPattern(#"\b(?:every (?:second|other|2nd|third|3rd)|alternate|alternating|some)\s+$"#)
    static let singleWeekendDay = TextPattern(#"\b(?:one|1|a|any|either)\s+$"#)
    static let oneAtTheWeekend = TextPattern(#"\b(?:one|1|any|either)(?:\s+(?:day|run|morning|evening|afternoon))?\s+(?:at|on|of|over|during)\s+(?:the\s+)?$"#)
    static let weekendThing = TextPattern(#"^\s+(?:market|markets|job|jobs|class|classes|warrior|trip|trips|bag|paper|edition|crowd|traffic|rush|special|brunch|getaway|desk|shifts?|rota|duty|staff)\b"#)
    static let mayBe = TextPattern(#"^\s*(?:can|could|might|may|will|would) (?:be|turn|end up|become)\b"#)
    static let listGoesOn = TextPattern(#"\b(?:and|plus|also|more|another|then)\s*(?:\.\.+|…)\s*$"#)
    /// "Sunday also possible, but I prefer those four": a day allowed, then passed over.
    static let allowedButPassedOver = TextPattern(#"^\s*(?:is |would be |also |too |,\s*)*(?:possible|ok|okay|fine|doable|an option|at a push)\b[^.!?]{0,12}\bbut (?:i )?(?:prefer|would rather|rather|like)\b"#)
    /// ("… so weekdays get tight": days said to be hard, neither ruled out nor picked.)
    static let thinkingOf = TextPattern(#"\b(?:i was|i am|i'm|was) (?:thinking|thinking about|thinking of|confusing it with|mixing it up with)\b|\bmixed (?:it |that )?up\b"#)
    static let hedgedDay = TextPattern(#"^\s*(?:get|gets|getting|are|is) (?:a bit |quite |very |really )?(?:tight|tricky|hectic|hard|difficult)\b|^\s*\?\s*(?:maybe|perhaps|sometimes|not sure|possibly|we will see)\b|^\s*(?:only )?(?:sometimes|some weeks|now and then|occasionally)\s*(?:[.!,;]|$)|^\s*only (?:on |in )?(?:my |the )?(?:free|off|odd|some|alternate|other|quiet) weeks?\b|^[^.;!?]{0,30}\b(?:do not|don'?t) count (?:it|that|them)\b"#)
    static let workDaysAfter = TextPattern(#"^\s*(?:are|is) (?:my |our |the )?(?:work ?days?|working days|workweek|work week|school days)\b"#)
    static let stillFine = TextPattern(#"\bbut i (?:still |can still |can )?run\b[^.!?]*\b(?:fine|ok|okay)\b|\bbut (?:after that|afterwards|after|then|later) i (?:can|could|can still) (?:run|go)\b|\bso that is fine\b|\b(?:that one|that 1|it|that)(?: would| will|'d|d)? (?:have to|has to|need to|needs to) be (?:the |in the )?(?:afternoon|evening|morning|later|earlier)\b"#)
    static let ellipticalFilled = TextPattern(#"^\s*(?:the|all the) (?!long|big|race|run|first|last|next|best|free|only|\d)[a-z]+s?\b"#)
    static let conditionalAddition = TextPattern(#"^\s*(?:too|as well|also),?\s+(?:if|when|unless|but only if|depending)\b"#)
    static let refusingEnd = TextPattern(#"(?:\b(?:ain'?t|am not|not|never|can not|cannot|will not|won'?t) (?:be )?miss(?:ing|in'?)? (?:that|it|this|them)|[,-]\s*(?:impossible|out of the question|not possible|a no[- ]go)|\bso (?:not|never) (?:those|them|these|then)|\bso (?:those (?:\d+ |days )?(?:are|r) )?(?:a )?no|\bno (?:chance|way|can do)|\b(?:those|these|they|both) (?:\d+ |days )?(?:are|r) (?:a no|out|no good|impossible|a no go))(?:\s*[.!]*\s*$|\s*,\s+(?:i|i'm|we|because|as|since|cause|cos)\b)"#)
    static let dayOutLater = TextPattern(#"\b(?:(?:those|these|the) days are (?:gone|taken|dead|no good)|that is out|is out|are out|(?:those|these|they) r out|out of the question|not possible|no go|(?:both|all|each) (?:impossible|out|taken|busy))\b"#)
    /// The day taken back in "Tuesdays not Thursdays", "Sunday instead of Saturday".
    /// The day put in and the day taken out in "Tuesdays not Thursdays", "Sunday instead of Saturday".
    static func daySwap(in text: String) -> (new: String, old: String)? {
        guard let match = swapPair.firstMatch(in: text), let new = match[1], let old = match[2],
              let newDay = weekdays.first(where: { $0.hasPrefix(new) }), let oldDay = weekdays.first(where: { $0.hasPrefix(old) }),
              newDay != oldDay else { return nil }
        return (newDay, oldDay)
    }
    static let swapPair = TextPattern(#"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+(?:not|instead of|rather than)\s+(?:on\s+)?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"#)
    static let swapAfter = TextPattern(#"^\s*,?\s*(?:and\s+)?(?:not|instead of|rather than)\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"#)
    static let swapBefore = TextPattern(#"(?<!not )\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+(?:not|instead of|rather than)\s+(?:on\s+)?$"#)
    /// "Sorry, not Thursday … Wednesday instead": a correction that swaps days in the list said before.
    static let dropBefore = TextPattern(#"\b(?:scratch|scrap|drop|ditch|cross off|cross out|take out|take off|remove|minus|forget)\s+(?:the\s+)?$"#)
    static let swapFor = TextPattern(
        #"\b(?:swap|switch|change|trade|replace|move|make)\s+(?:the\s+)?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+(?:for|with|to|into|by|a|an)\s+(?:a\s+|the\s+)?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"#)
    static let durationJustBefore = TextPattern(#"\d+\s*(?:minutes?|mins?|hours?|hrs?|h)\s+(?:on|for|during)\s+(?:a\s+|the\s+|my\s+)?$"#)
    static let timeOfDayOnly = TextPattern(#"\bso (?:only )?(?:early )?(?:mornings?|evenings?|lunchtimes?)(?: only)?\b|\b(?:mornings?|evenings?|lunchtimes?) only\b|\bi can only (?:run|go|train) (?:after|before|from) \d"#)
    static let spacedDayBefore = TextPattern(#"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\s+$"#)
    static let scratchThenMake = TextPattern(
        #"\b(?:scratch|scrap|drop|ditch|cross off|take out|lose)\s+(?:the\s+)?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b[^.!?]{0,80}[.!?]?\s*(?:so\s+)?(?:make it|swap in|take|use|do)\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"#)
    /// "Thursday — no, scratch Thursday, that's my daughter's dance class. Wednesday then."
    /// "Hmm, Tuesday is the weekly call with Aberdeen, swap it for Wednesday": the day said, then swapped as "it".
    static let dayThenSwapIt = TextPattern(
        #"(?:^|[.!?]\s*)(?:[a-z]+,?\s+)?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b[^.!?]{0,80}?[,;-]?\s*(?:so\s+)?(?:swap|switch|change|trade|replace|move)\s+(?:it|that|that one)\s+(?:for|with|to|into)\s+(?:a\s+|the\s+)?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"#)
    static let scratchThenDay = TextPattern(
        #"\b(?:scratch|scrap|drop|ditch|cross off|take out|lose)\s+(?:the\s+)?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b[^.!?]{0,80}[.!?]\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+(?:then|instead)\b"#)
    /// "Ehn no, Saturday na owambe day, make am Sunday after church": a day said no to, and another put in its place.
    static let noDayThenMake = TextPattern(
        #"(?:^|[.!?]\s*)(?:[a-z]+\s+)?(?:no|wait|actually|sorry|oops)(?:,?\s+(?:no|wait|actually|sorry))?,?\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b[^.!?]{0,160}?(?:[.!?]\s*[^.!?]{0,100}?)?,?\s*make (?:it|that)\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"#)
    /// "No, Friday I can't, the lab makes the fresh pasta. Saturday then.": a day said no to, and another put in its place.
    static let cannotThatDay = TextPattern(#"^[a-z]+\s+(?:i|we)\s+(?:can not|cannot|could not)\b|^[a-z]+\s+(?:is|are)\s+(?:out|impossible|no good)\b"#)
    static let noDayThenDay = TextPattern(
        #"(?:^|[.!?]\s*)(?:no|sorry|actually|wait|oh),?\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b[^.!?]{0,120}[.!?]\s*(?:so\s+)?(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+(?:then|instead)\b"#)
    static let myDayOff = TextPattern(
        #"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*s?(?:,| is| are|'s)\s+(?:my|our) (?:days? off|free days?)\b|\b(?:my|our) (?:days? off|free day) (?:is|are) (?:on )?(mon|tue|wed|thu|fri|sat|sun)[a-z]*"#)
    static let dayFineAfterAll = TextPattern(
        #"\b(?:sorry|actually|wait|no|oh|hmm|but),?\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*s?(?: (?:morning|afternoon|evening|night)s?)? (?:is|are) (?:fine|ok|okay|free|good|possible)(?: (?:too|after all|now))?\b"#)
    static let dayLaterInTheDay = TextPattern(
        #"\bso,?\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*s?(?:'s|’s| (?:would|will|could|can|has to|needs to|must) be| is| are| i run| i would run| i will run| i can run| i could run)? (?:later(?: in the day| on)?|in the (?:afternoon|evening)|an? (?:afternoon|evening|late) (?:one|run)|after(?:wards| that| lunch)?)\b"#)
    /// "Monday to Friday, but not Tuesday. Monday, Wednesday, Thursday are the best ones": the days called best, of those said.
    static let bestOnes = TextPattern(
        #"\b((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*(?:\s*(?:,|and|&)\s*(?:and\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)+)\s+(?:are|r) (?:the )?(?:best|ideal|preferred|better)(?: ones?| days?| for me)?\b"#)
    /// "Saturday no, Thursday.": a day of the list said no to, and the one put in its place.
    static let dayNoThenDay = TextPattern(
        #"(?:^|[.!?]\s*)(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+no\b[,.!]?\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b(?:\s*(?:[.!]|$)|,?\s+(?:then|instead)\b)"#)
    static let notThisButThat = TextPattern(
        #"(?:^|[.!;]\s*)(?:(?:ay|oh|ah),?\s+)?(?:no|sorry|wait|oops|actually)[,.!]?\s+not\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*,\s*(?:but\s+|make it\s+)?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b(?!\s*(?:,|or\b|and\b|nor\b|either|too|as well|neither))"#)
    /// ("Not Thursday, I just said it always gets cancelled — Wednesday": the day that closes the sentence after a dash.)
    static let notThenDash = TextPattern(
        #"(?:^|[.!;]\s*)not\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b[^.!?;]{0,80}?\s*[—–-]+\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*(?:instead\s*)?(?:[.!]|$)"#)
    static let insteadCue = TextPattern(#"\binstead\b"#)
    /// ("for the long exit, always Sunday": the French sortie longue.)
    static let noWorkThatDay = TextPattern(
        #"\b(?:(?:restaurant|shop|store|office|factory|salon|bakery|stall|market|business|clinic|school|plant|mill)\s+(?:is\s+)?(?:close|closes|closed)(?:\s+on)?(?:\s+(?:the|a))?\s*$|do not|does not|never|not|no)\s+(?:work|working|fish|fishing|teach|teaching|sail|sailing|drive|driving|trade|trading|open|preach|lecture|lectures|classes|school|shifts?|deliver|deliveries|cook|farm|fly|flying|guide|guiding)(?:\s+on)?(?:\s+(?:the|a))?(?:\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*(?:,|or|and|&|n)?)*\s*$"#)
    /// "… Then Saturday.", "… Saturday then.": a day put in the place of one said before, closing the answer.
    static let dayPutInstead = TextPattern(#"[.!?]\s*(?:ok,?\s+|so,?\s+)?then,?\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*[.!]*\s*$|[.!?]\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+then\s*[.!]*\s*$"#)
    /// (Not "every day except": "I open the shop every day except Sunday" tells the job's days, read elsewhere.)
    static let allButBefore = TextPattern(#"\b(?:all of them|all the days|all days|all|any ?day|anything|everything)\s*,?\s+(?:but|bar|except)\s+(?:on\s+|for\s+)?(?:the\s+)?$"#)
    static let closesAlone = TextPattern(#"^\s*[.!]*\s*$"#)
    static let thenBefore = TextPattern(#"^\s*(?:ok,?\s+|okay,?\s+|so,?\s+)?then,?\s*$"#)
    static let thenAfter = TextPattern(#"^\s*,?\s*then\s*[.!]*\s*$"#)
    static let cannotAfter = TextPattern(#"\b(?:can not|cannot|could not|never) (?:make|do|manage|run)\b"#)
    static let longRunCue = TextPattern(#"\blong(?:est|er)? (?:run|runs|one|ones|exit|outing)\b|\b(?:run|go) long\b"#)
    static let runsLong = TextPattern(#"\b(?:run|go) long\b"#)
    /// "Five: Monday, Tuesday, …": a count opening the answer to how many days.
    static let leadingCount = TextPattern(#"^\s*([1-7])\s*[:,.-]\s+(?=[a-z])"#)
    static let exceptWhen = TextPattern(#"^\s*,?\s*(?:(?:except|but not|apart from|unless)\s+(?:when|if|i am on|on nights|during|it)|when|whenever|that i am free|i am (?:home|free|off|around|available|not\b)|if i am)\b"#)
    static let partOfDay = TextPattern(#"^\s*(?:mornings?|nights?|evenings?|afternoons?|sunset|sundown|dusk|sunrise|dawn)\b"#)
    /// ("From Friday sunset to Saturday sunset is Sabbath": a stretch of time that starts part way through the day.)
    static let partThenUntil = TextPattern(#"^\s*(?:mornings?|nights?|evenings?|afternoons?|sunset|sundown|dusk|sunrise|dawn|noon|midday)\s+(?:to|till|until|through)\s+(?:mon|tue|wed|thu|fri|sat|sun)"#)
    static let dateAfterDay = TextPattern(#"^\s*,?\s*(?:the\s+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}\s+(?:of\s+)?"# + FactExtractor.monthPattern
        + #"|"# + FactExtractor.monthPattern + #"\s+\d{1,2}(?:st|nd|rd|th)?\b)"#)
    static let bodySentence = TextPattern(#"\b(?:sore|hurts?|hurting|aching|aches|pain(?:ful)?|injur(?:ed|y)|twisted|sprained|pulled|tweaked|strained)\b[^.!?;]*\bsince\b|\bsince\b[^.!?;]*\b(?:sore|hurts?|hurting|aching|pain(?:ful)?)\b"#)
    static let daysBack = TextPattern(#"^\s*(?:back|ago)\b"#)
    static let dayPastCue = TextPattern(#"\b(?:yesterday|last|ago|this past|race (?:is|was)|race on|the race)\b"#)

    struct DayMention {
        let days: [String]
        let start: Int
        let end: Int
        let abbreviated: Bool
        /// Said as a range ("Mon thru Thu"), not one word for several days ("weekdays").
        var range = false
    }

    static let sinceBefore = TextPattern(#"\b(?:since|since last|since this past)\s+$"#)

    func dayMentions(_ scan: Scan) -> [DayMention] {
        var mentions: [DayMention] = []
        for match in Self.dayToken.matches(in: scan.text) where !scan.dateSpans.contains(where: { $0.contains(match.start) }) {
            // "my shin hurts since Tuesday", "sore since last Saturday's long run": a day gone by, not a running day.
            if Self.sinceBefore.matches(scan.text.utf16Slice(max(0, match.start - 12), match.start)) { continue }
            // ("My name is Sunday. Yes, Sunday, like the day": a name.)
            if scan.expecting == nil || scan.expecting == "identity.name", StatedName.dayAsName.matches(scan.original) { continue }
            if let full = match[1] {
                mentions.append(DayMention(days: [full], start: match.start, end: match.end, abbreviated: false))
            } else if let short = match[2] {
                // "before the sun", "the sat nav": a word, not a day.
                if scan.window(before: match.start, 4).hasSuffix("the ") { continue }
                let day = Self.weekday(short) ?? short
                // ("mon tues thurs sat. wed fri n sun are out": the full stop after "sat" ends the sentence.)
                let end = match.text.hasSuffix(".") ? match.end - 1 : match.end
                mentions.append(DayMention(days: [day], start: match.start, end: end, abbreviated: true))
            } else if match[3] != nil {
                // "Friday is our weekend": whose weekend, not Saturday and Sunday; "one of the weekend days": not both.
                if Self.ownWeekend.matches(scan.window(before: match.start, 8)) || Self.oneOfBefore.matches(scan.window(before: match.start, 12)) { continue }
                // ("the weekend market", "weekend shifts"): the word names a thing, not the days.
                if Self.weekendThing.matches(scan.window(after: match.end, 16)) { continue }
                // ("the lab makes the fresh pasta for the weekend": what the weekend is for, not the days.)
                if scan.window(before: match.start, 8).hasSuffix("for the ") { continue }
                // ("and Saturday on my off weekends", "on-call weekends": which weekends a day is run, not both days.)
                if Self.kindOfWeekend.matches(scan.window(before: match.start, 16)) { continue }
                // ("every second weekend my daughter works": some weekends, not the days.)
                if Self.everyOther.matches(scan.window(before: match.start, 16)) { continue }
                // ("plus one weekend day": one of the two, not both.)
                if Self.singleWeekendDay.matches(scan.window(before: match.start, 8)), scan.window(after: match.end, 6).hasPrefix(" day") { continue }
                // ("and one day at the weekend", "plus one at the weekend", "one day of weekend": one of the two.)
                if Self.oneAtTheWeekend.matches(scan.window(before: match.start, 20)) { continue }
                mentions.append(DayMention(days: ["saturday", "sunday"], start: match.start, end: match.end, abbreviated: false))
            } else if match[4] != nil {
                // "2 weekdays and both weekend days", "one weekday evening": some weekdays, not all of them.
                if Self.countBefore.matches(scan.window(before: match.start, 10)) { continue }
                // "Sunday to Thursday are work days here": what the days named are, not the weekdays.
                if match.text.hasPrefix("work"), Self.isBefore.matches(scan.window(before: match.start, 6)) { continue }
                mentions.append(DayMention(days: Array(Self.weekdays.prefix(5)), start: match.start, end: match.end, abbreviated: false))
            } else if match[5] != nil {
                // "we say good morning before anything else": "anything else" names days only beside a day or asked for days.
                if match.text.hasPrefix("any") && match.text.contains("else") || match.text.hasPrefix("any other") || match.text.hasPrefix("all other")
                    || match.text.hasPrefix("everything") || match.text.hasPrefix("anything") || match.text.contains("rest of") || match.text.contains("other days"),
                   !(scan.expecting.map { $0.hasPrefix("schedule.") } ?? false), mentions.isEmpty { continue }
                mentions.append(DayMention(days: Self.weekdays, start: match.start, end: match.end, abbreviated: false))
            }
        }
        // "Tuesday to Friday", "mon-thu": a range is every day in it.
        var merged: [DayMention] = []
        for mention in mentions {
            if let last = merged.last, last.days.count == 1, mention.days.count == 1,
               case let joiner = scan.text.utf16Slice(last.end, mention.start), Self.rangeJoin.matches(joiner),
               // ("Monday, Wednesday, Friday and Sunday — Tuesday and Thursday I am at the caserne": a dash after the
               // last day of a list opens a new thought, not a range.)
               !(joiner.contains("-") && Self.joinedBefore.matches(scan.window(before: last.start, 12))),
               !(joiner.contains(" - ") && Self.addedBefore.matches(scan.window(before: last.start, 12))),
               // ("Mon, Wed, Fri — Saturday and Sunday is the big market": a dash after a list of days opens a new thought.)
               !(joiner.contains(" - ") && scan.window(before: last.start, 4).contains(",")),
               // ("Mon-Wed-Fri", "mon-wed-fri + sat": days chained by hyphens are a list.)
               !(joiner.trimmingCharacters(in: .whitespaces) == "-"
                 && (scan.text.utf16Slice(mention.end, min(scan.text.utf16Length, mention.end + 1)) == "-"
                     || scan.text.utf16Slice(max(0, last.start - 1), last.start) == "-")),
               let from = Self.weekdays.firstIndex(of: last.days[0]), let to = Self.weekdays.firstIndex(of: mention.days[0]), from != to {
                let span = (0...((to - from + 7) % 7)).map { Self.weekdays[(from + $0) % 7] }
                merged[merged.count - 1] = DayMention(days: span, start: last.start, end: mention.end, abbreviated: false, range: true)
                continue
            }
            merged.append(mention)
        }
        mentions = merged
        // Abbreviations ("sat", "sun", "wed") count only in a list of days or when days were asked for.
        let expectingDays = scan.expecting.map { $0.hasPrefix("schedule.") && $0.hasSuffix("Days") || $0 == "schedule.longRunDay" } ?? false
        if !expectingDays, mentions.count < 2 {
            mentions.removeAll { $0.abbreviated && !scan.window(before: $0.start, 6).hasSuffix("on ") }
        }
        return mentions
    }

    func extractSchedule(_ scan: Scan) {
        let mentions = dayMentions(scan)
        // "I request most Sundays off": a day off work is a day free to run.
        func offWork(_ mention: DayMention) -> Bool { Self.offWorkBefore.matches(scan.window(before: mention.start, 30)) }
        if let match = Self.dayThenLongRun.firstMatch(in: scan.text), let day = match[1],
           // ("scrap the Sunday long run, make it Saturday": the long-run day dropped.)
           !Self.dropBefore.matches(scan.window(before: match.start, 16)) {
            scan.add("schedule.longRunDay", .string(day), said: "long runs on \(day.capitalized)", at: match.end)
        }
        var preferred: [(String, Int)] = []
        var blocked: [(String, Int)] = []
        var withdrawn: [String] = []
        var longRunDays: [(String, Int)] = []
        let askedForDays = scan.expecting.map { $0.hasSuffix("Days") || $0 == "schedule.longRunDay" } ?? false
        // "Mon, Tue, Thu, Sat and Sun" in answer to the long-run question is the list of running days.
        // (Three days in one sentence: "Sunday. Saturday's for recovering from Friday" is the long run and two asides.)
        let singleDays = mentions.filter { $0.days.count == 1 }
        // ("Mon thru Thu. Friday's date night": a range of days said first is the list too; "Sunday, or anything from Friday
        // to Sunday" is about the long run.)
        let dayList = scan.expecting == "schedule.longRunDay"
            && (Dictionary(grouping: singleDays, by: { scan.sentence(around: $0.start).start }).values.contains { Set($0.flatMap(\.days)).count >= 3 }
                || mentions.first.map { $0.range && (3...6).contains($0.days.count) } == true)
            // ("Tuesday, Thursday and Saturday. No, Monday instead of Tuesday": a list with a day swapped is still a list.)
            && !Self.longRunCue.matches(scan.text) && (!Self.correctionCue.matches(scan.text) || Self.swapPair.matches(scan.text))
        // "Actually swap Friday for Saturday", "No, not Friday, Saturday": one day of the list said before traded for another.
        let traded = askedForDays && (scan.expecting != "schedule.longRunDay" || dayList)
            ? (Self.swapFor.matches(in: scan.text) + Self.notThisButThat.matches(in: scan.text) + Self.scratchThenMake.matches(in: scan.text)
               + Self.scratchThenDay.matches(in: scan.text) + Self.noDayThenMake.matches(in: scan.text) + Self.noDayThenDay.matches(in: scan.text) + Self.notThenDash.matches(in: scan.text) + Self.dayThenSwapIt.matches(in: scan.text)
               + Self.dayNoThenDay.matches(in: scan.text)).compactMap { match -> (out: (String, Int), in: (String, Int))? in
                guard let out = Self.weekday(match[1] ?? ""), let into = Self.weekday(match[2] ?? ""), out != into else { return nil }
                return ((out, match.start(of: 1)), (into, match.start(of: 2)))
            } : []
        var workWeekEnd: Int?
        for mention in mentions {
            let covers = { (position: Int) in mention.start <= position && position < mention.end }
            if case let trades = traded.filter({ covers($0.out.1) || covers($0.in.1) }), !trades.isEmpty {
                withdrawn += trades.filter { covers($0.out.1) }.map(\.out.0)
                // ("No, Friday I can't …": a day traded out because the runner cannot run it is ruled out, too.)
                // ("No, swap Thursday for Friday, I have choir on Thursdays": or with the reason said after the trade.)
                blocked += trades.filter { trade in
                    covers(trade.out.1) && (Self.cannotThatDay.matches(scan.text.utf16Slice(trade.out.1, trade.out.1 + 24))
                        || Self.reasonAfter.matches(String(scan.text.utf16Slice(trade.in.1, trade.in.1 + 40).drop(while: \.isLetter)))
                        || Self.dayFilledAfter.matches(String(scan.text.utf16Slice(trade.out.1, trade.out.1 + 60).drop(while: \.isLetter))))
                }.map { ($0.out.0, $0.out.1) }
                preferred += trades.filter { covers($0.in.1) }.map { ($0.in.0, $0.in.1) }
                continue
            }
            let before = scan.clauseBefore(mention.start)
            let clause = scan.clause(around: mention.start).text
            let around = scan.window(before: mention.start, 24) + " " + scan.window(after: mention.end, 24)
            if Self.dayPastCue.matches(around), scan.expecting?.hasPrefix("schedule.") != true { continue }
            // ("Ten miles, two Sundays back": weeks counted back by a day, not a day to run.)
            if scan.expecting?.hasPrefix("schedule.") != true, Self.daysBack.matches(scan.window(after: mention.end, 8)) { continue }
            // "my lower back is sore since I lifted a heavy patient on Monday": the day something happened to the body.
            if scan.expecting?.hasPrefix("schedule.") != true, Self.bodySentence.matches(scan.sentence(around: mention.start).text) { continue }
            // ("And the shop is open Saturdays, I work until 3": the days a business keeps, not the runner's choice.)
            if Self.openThatDay.matches(scan.window(before: mention.start, 20)) { continue }
            // ("It means a girl born on Sunday, so maybe Sunday should be my running day, hahaha": a day said as a joke.)
            if scan.expecting?.hasPrefix("schedule.") != true,
               Self.laughing.matches(scan.text.utf16Slice(mention.end, mention.end + 48).components(separatedBy: CharacterSet(charactersIn: ".!?")).first ?? "") {
                continue
            }
            if mention.days.count == 1, Self.partThenUntil.matches(scan.window(after: mention.end, 30)) { continue }
            // "I can't promise you a Tuesday": a day named only as an example of none being fixed.
            if Self.cannotPromise.matches(scan.window(before: mention.start, 30)) { continue }
            // ("a Monday can be a work day for two weeks and then free for two": any Monday, as an example.)
            if mention.days.count == 1, scan.window(before: mention.start, 4).hasSuffix(" a ") || scan.window(before: mention.start, 4) == "a ",
               Self.mayBe.matches(scan.window(after: mention.end, 24)) { continue }
            // "Saturday too if I've had a saintly Friday": a day inside a condition names no running day.
            if Self.insideCondition.matches(scan.window(before: mention.start, 40)) { continue }
            // "Tuesday, Thursday and Sunday. Saturday too if I've had a saintly Friday": a day added on a condition is no running day.
            if Self.conditionalAddition.matches(scan.window(after: mention.end, 20)), preferred.count >= 2 { continue }
            // "(Sunday the 21st of Feb)", "Monday the 3rd": the weekday of a date, not a running day.
            if mention.days.count == 1, Self.dateAfterDay.matches(scan.window(after: mention.end, 24)) { continue }
            // ("the Saturday before our New Year", "the Sunday right after my birthday": a day that dates something.)
            if mention.days.count == 1, scan.window(before: mention.start, 4).hasSuffix("the "),
               Self.datedByEvent.matches(scan.window(after: mention.end, 24)) { continue }
            // "All of them but Monday", "any day bar Wednesday": the day left out of every day.
            if askedForDays, Self.allButBefore.matches(scan.text.utf16Slice(max(0, mention.start - 32), mention.start)) {
                blocked += mention.days.map { ($0, mention.start) }
                continue
            }
            // "Sunday for sure, we don't fish Sundays": a day free of the work named is a day to run.
            if askedForDays, scan.expecting != "schedule.longRunDay", Self.noWorkThatDay.matches(scan.window(before: mention.start, 28)) {
                preferred += mention.days.map { ($0, mention.start) }
                continue
            }
            let isEveryDay = mention.days.count == 7
            // "I work every day from 8 to 5, so I run in the evening — Monday, Wednesday and Friday": work, not running days.
            if isEveryDay, Self.workBefore.matches(scan.window(before: mention.start, 12)) { continue }
            // "I open the shop at six every day except Sunday, so I run at five": the hours of a job, its days off
            // included, name no running day.
            // ("I weave kente from Monday to Saturday, 7 to 5, so I run early": days with the hours of a working day.)
            // ("I work four tens at the beet plant, Monday through Thursday, 6 to 4:30": a shorter week with its hours.)
            let workingHours = mention.days.count >= 3 && Self.workingHoursAfter.matches(scan.text.utf16Slice(mention.end, mention.end + 24))
            // ("The engine shed's eight till four, Monday to Friday": the hours said just before the days.)
            let hoursBefore = mention.days.count >= 5 && Self.workingHoursBefore.matches(scan.window(before: mention.start, 28))
            if (isEveryDay || mention.days.count >= 5) && Self.jobClause.matches(before) || hoursBefore
                || workingHours && (Self.jobClause.matches(before) || Self.otherDoing.matches(before)),
               !Self.runningVerbNear.matches(before) {
                workWeekEnd = mention.end
                continue
            }
            // (Nor a day left out of the job's days, nor one added to them: "I deliver the newspaper …, every day, also Sunday".)
            if let end = workWeekEnd, case let joiner = scan.text.utf16Slice(end, mention.start),
               Self.exceptJoin.matches(joiner) || Self.jobDayAdded.matches(joiner) { continue }
            // ("Every second Sunday I'm with my mother in Turda, so Sundays only sometimes": some of that day, not it.)
            // ("Monday, Friday and every second Saturday": one in a list of running days is still one.)
            if mention.days.count == 1, Self.everyOther.matches(scan.window(before: mention.start, 16)),
               !Self.listedEveryOther.matches(scan.window(before: mention.start, 28)) { continue }
            // ("Every other weekend I'm on Saturday lates at the pool too, but I can still go out early": some weeks only.)
            if !askedForDays || mentions.count > 1, Self.someWeeksClause.matches(scan.sentenceBefore(mention.start)) { continue }
            // "Sunday? Maybe, sometimes.": a day wondered about is no running day.
            if Self.hedgedDay.matches(scan.window(after: mention.end, 24)) { continue }
            // ("Plus something on the weekend, usually the Sunday": the weekend narrowed to the day said after it.)
            if mention.days == ["saturday", "sunday"], Self.weekendNarrowed.matches(scan.text.utf16Slice(mention.end, mention.end + 30)) { continue }
            // ("So Monday, Wednesday and the weekend are what I have": the days that are left, said to be free.)
            if askedForDays, Self.whatIHave.matches(scan.text.utf16Slice(mention.end, mention.end + 30)) {
                preferred += mention.days.map { ($0, mention.start) }
                continue
            }
            if case let sentence = scan.sentence(around: mention.start), mention.end >= sentence.start,
               Self.allowedButPassedOver.matches(sentence.text.utf16Slice(mention.end - sentence.start, sentence.text.utf16Length)) { continue }
            // "Sunday to Thursday are work days here, so Sunday, Tuesday, Wednesday and Thursday before work": the work week.
            if mention.days.count > 2, Self.workDaysAfter.matches(scan.window(after: mention.end, 24)) { continue }
            // "Any day except when I'm on nights": no day is fixed, so none is named.
            if isEveryDay, Self.exceptWhen.matches(scan.window(after: mention.end, 24)) { continue }
            // ("Half marathon at Ottawa Race Weekend. Last Sunday in May": asked the goal, days are the race's unless said
            // to suit the runner.)
            if scan.expecting?.hasPrefix("goals.") == true, !Self.availability.matches(clause) { continue }
            if mentions.count < 2, !askedForDays, !Self.dayContext.matches(clause) {
                continue // "a half day on Fridays" says nothing about running.
            }
            // "15-20km a week, team training + weekend", "Twice. Tuesday and Saturday": when the runner runs now,
            // not the days they could (asked next).
            // ("Three, actually, I dropped the Wednesday run in November": a run no longer done.)
            if scan.expecting?.hasPrefix("running.") == true, Self.runDropped.matches(scan.window(before: mention.start, 24)) { continue }
            if scan.expecting?.hasPrefix("running.") == true, !Self.availability.matches(clause) {
                scan.daysRunNow.formUnion(mention.days)
                // ("Five, and the Saturday one is the long one": the day of the long run now, alone in its clause.)
                if mention.days.count == 1, Self.longRunCue.matches(clause), !scan.has("schedule.longRunDay"),
                   mentions.filter({ scan.clause(around: $0.start).start == scan.clause(around: mention.start).start }).count == 1,
                   !scan.aboutSomeoneElse(at: mention.start), !clause.contains("club") {
                    scan.add("schedule.longRunDay", .string(mention.days[0]), said: "long runs on \(mention.days[0].capitalized)", at: mention.start)
                }
                continue
            }
            // "My wife's on nights Thursday to Saturday so I'm on kid duty and can't get out those days": another person's
            // days are the runner's only as days it keeps them in.
            // ("My husband is home Thursday and Sunday, so those work": or as days it frees them.)
            if scan.aboutSomeoneElse(at: mention.start), case let sentence = scan.sentence(around: mention.start).text, !Self.freedBy.matches(sentence) {
                // ("… my daughter's hockey team and Sunday is church": a day filled in its own words is ruled out all the same.)
                if !isEveryDay, Self.keptIn.matches(sentence) || Self.dayFilledAfter.matches(scan.window(after: mention.end, 40)) {
                    blocked += mention.days.map { ($0, mention.start) }
                }
                continue
            }
            // ("no more than 70 minutes on a work day": how long on those days, not which days.)
            if mention.days.count >= 5, !askedForDays, Self.durationJustBefore.matches(scan.window(before: mention.start, 30)) { continue }
            if Self.durationInClause.matches(clause), !Self.dayContext.matches(before), !askedForDays {
                continue // "45 minutes on weekdays" is about time, not which days.
            }
            // ("… and Saturday. Not Sunday, I play piano at church": a sentence opening with "not" rules the day out.)
            // ("Not every Sunday, though": some of them, still a running day.)
            if mentions.count > 1, scan.negated(at: mention.start), Self.blockedCue.matches(in: before).last?.text == "not",
               !scan.window(before: mention.start, 12).hasSuffix("not every "),
               scan.expecting != "schedule.blockedDays", scan.expecting != nil,
               !scan.sentenceBefore(mention.start).trimmingCharacters(in: .whitespaces).hasPrefix("not") {
                withdrawn += mention.days
                // "Weekdays, but not Wednesdays", "mon tue thu sat, not wed (bible study) and not fri": a day taken out
                // of a group, or with "but"/"and" or a reason, is ruled out, not a correction.
                let previous = mentions.last { $0.end <= mention.start }
                // ("four days, but not Tuesday and Thursday": days listed after "not" are ruled out, where a correction
                // takes back one.)
                let listedAfter = mentions.first { $0.start >= mention.end }.map { Self.dayListJoin.matches(scan.text.utf16Slice(mention.end, $0.start)) } ?? false
                if Self.butNot.matches(scan.text.utf16Slice(max(0, mention.start - 10), mention.start)) || (previous?.days.count ?? 0) > 1
                    || Self.reasonAfter.matches(scan.window(after: mention.end, 14)) || listedAfter {
                    blocked += mention.days.map { ($0, mention.start) }
                }
                continue // "Sunday, not Saturday": a correction, not a blocked day.
            }
            // "Saturday. And oops, I meant Tuesdays not Thursdays": a swap in the running days said before,
            // not a new long-run day (nor a day ruled out).
            if scan.expecting == "schedule.longRunDay", scan.has("schedule.longRunDay"), mention.days.count == 1,
               Self.swapAfter.matches(scan.window(after: mention.end, 20)) || Self.swapBefore.matches(scan.window(before: mention.start, 20)) {
                continue
            }
            // "Wednesday instead of Tuesday": the day swapped out of the list said before.
            // ("Mon, Wed, Fri... actually scrap Friday and make it Thursday": a day dropped from it, too.)
            if scan.expecting != "schedule.longRunDay",
               Self.swapBefore.matches(scan.window(before: mention.start, 32)) || Self.dropBefore.matches(scan.window(before: mention.start, 16)) {
                // ("Five days. No, four. Drop Monday, it's my late clinic", asked how many days: the count put right by a day
                // dropped, with no list yet, rules that day out.)
                if scan.expecting == "schedule.availableDays", Self.dropBefore.matches(scan.window(before: mention.start, 16)),
                   FactExtractor.countPutRight.firstMatch(in: scan.text).map({ $0.end <= mention.start }) == true {
                    blocked += mention.days.map { ($0, mention.start) }
                } else {
                    withdrawn += mention.days
                }
                continue
            }
            // ("Wait, I didn't say Sunday": a day taken back, not one ruled out.)
            if scan.expecting == "schedule.longRunDay", DayChoice.unsaidBefore.matches(scan.window(before: mention.start, 20)) { continue }
            if scan.expecting == "schedule.longRunDay", mention.days.count == 1, !dayList {
                // The first day named is the answer, unless the runner corrects it ("Saturday. Scratch that,
                // Sunday"); a day they cannot run ("I don't run Sundays", "Saturdays I'm at netball") is none.
                // "Saturday morning is my daughter's piano lesson": past the part of the day, what fills it.
                let part = Self.partOfDay.firstMatch(in: scan.window(after: mention.end, 24))?.end ?? 0
                let ruledOut = scan.negated(at: mention.start) || Self.blockedCue.matches(in: before).last.map { _ in true } == true
                    // ("scrap the Sunday long run, make it Saturday": the day dropped.)
                    || Self.dropBefore.matches(scan.window(before: mention.start, 16))
                    || Self.dayFilledAfter.matches(scan.window(after: mention.end + part, 40))
                    // ("Saturday is parkrun, so Thursday would be my longer one": a running day, but taken.)
                    || Self.parkrunAfter.matches(scan.window(after: mention.end + part, 20))
                // ("Monday, Tuesday, … Sunday. All the others. And the long one always Saturday": the day said with the long run.)
                // ("The club's long run is Saturday but I can't make it" is theirs, and ruled out.)
                // ("Long one on Saturday, back-to-back Sunday": the cue goes with the day nearest after it.)
                let cueWindow = scan.window(before: mention.start, 24)
                let withTheCue = Self.longRunCue.matches(in: cueWindow).last.map { cue in
                    !Self.dayToken.matches(cueWindow.utf16Slice(cue.end, cueWindow.utf16Length))
                } == true && Self.longRunCue.matches(before)
                    // ("Long run on Saturday, back-to-back with Sunday": the second of consecutive long runs is not the long-run day.)
                    && !scan.window(before: mention.start, 40).contains("consecutive")
                    && !scan.aboutSomeoneElse(at: mention.start) && !before.contains("'s long") && !before.contains("club")
                    && !Self.cannotAfter.matches(scan.window(after: mention.end, 30))
                // ("Friday … Oh, but I said Friday I rest. Then Saturday.": a day put in place with "then".)
                // ("Saturday. Hmm, Sunday, the Corniche is empty on Sunday morning. Sunday.": the day said alone, last.)
                let putInstead = Self.thenBefore.matches(before) || Self.thenAfter.matches(scan.window(after: mention.end, 12))
                    || mention.start > 0 && Self.sentenceStart(in: scan.text, before: mention.start) == mention.start
                        && Self.closesAlone.matches(scan.text.utf16Slice(mention.end, scan.text.utf16Length))
                if !ruledOut, !scan.has("schedule.longRunDay") || withTheCue || putInstead || Self.correctionCue.matches(before)
                    || Self.correctionCue.matches(scan.text.utf16Slice(0, mention.start)) {
                    scan.add("schedule.longRunDay", .string(mention.days[0]), said: "long runs on \(mention.days[0].capitalized)", at: mention.start)
                } else if Self.blockedCue.matches(before) || Self.blockedAfter.matches(scan.window(after: mention.end, 30)) && !offWork(mention)
                            // ("Saturday. Sunday is church and then the grandkids, so not Sunday": the whole day taken.)
                            || part == 0 && Self.dayFilledAfter.matches(scan.window(after: mention.end, 40)) && scan.has("schedule.longRunDay")
                                && scan.text.utf16Slice(mention.end, scan.text.utf16Length)
                                    .range(of: #"\b(?:not|no|never) (?:on )?"# + mention.days[0].prefix(3), options: .regularExpression) != nil {
                    // "Saturday. Sundays I'm working at the café all day": a day ruled out is blocked.
                    blocked += mention.days.map { ($0, mention.start) }
                }
                continue
            }
            if scan.expecting == "schedule.longRunDay", !dayList { continue }
            if let cue = Self.blockedCue.matches(in: before).last, !isEveryDay,
               !Self.unblock.matches(before.utf16Slice(cue.end, before.utf16Length)),
               // ("the physio says never two days in a row: Monday, Wednesday, Friday": a rule for spacing runs.)
               !Self.spacingRule.matches(before.utf16Slice(cue.start, before.utf16Length)) {
                blocked += mention.days.map { ($0, mention.start) }
                continue
            }
            // "Tuesdays and Thursdays I'm at the allotment": what follows the last day of a list fills each.
            var end = mention.end
            // "fri and sat, sunday is church": after "and" the list is closed; a comma then starts a new subject.
            // ("Monday to Thursday, Friday is my niece's swimming": a range is a whole; a day after its comma is a new subject.)
            var closed = Self.joinedBefore.matches(scan.window(before: mention.start, 12))
                || mention.days.count >= 3 && Self.oneDayIsAfter.matches(scan.window(after: mention.end, 24))
            // ("mon wed fri got tuition": a list typed with spaces only, which stops at the end of its clause.)
            let home = scan.clause(around: mention.start)
            // ("mon wed fri sat, sun i visit my parents": a list typed with spaces closes at a comma.)
            var spacedOnly = true, sawSpaced = Self.spacedDayBefore.matches(scan.window(before: mention.start, 12))
            while end < home.start + home.text.utf16Length, let next = Self.dayChain.firstMatch(in: scan.window(after: end, 24)) {
                let joinedByComma = !Self.listJoiner.matches(next.text)
                if joinedByComma, closed { break }
                let spaced = !next.text.contains(",") && !Self.listJoiner.matches(next.text)
                if !spaced, spacedOnly, sawSpaced { break }
                spacedOnly = spacedOnly && spaced
                sawSpaced = sawSpaced || spaced
                closed = closed || !joinedByComma
                end += next.end
            }
            // "Tuesday night is dominoes": the part of the day, then what fills it.
            if let part = Self.partOfDay.firstMatch(in: scan.window(after: end, 24)) { end += part.end }
            let after = scan.window(after: end, 40)
            // ("Monday, Wednesday, Friday the factory bus come at 6 o'clock, no time.": the sentence ends by ruling them out.)
            // "Wednesday night is supper at church but I run in the morning so that's fine": filled, and still free to run.
            if Self.stillFine.matches(scan.sentence(around: mention.start).text) { preferred += mention.days.map { ($0, mention.start) }; continue }
            // "Saturday is the sanshin class I teach, Sunday the grandchildren": the same said again without its verb.
            if !blocked.isEmpty, mention.days.count == 1, Self.ellipticalFilled.matches(after) {
                blocked += mention.days.map { ($0, mention.start) }
                continue
            }
            // ("Weekdays I often work till ten, so mornings only": the days are kept, at another time of day.)
            // ("The mill is Monday to Saturday, so only evenings, and Wednesday is my Quran class": a day said after it is
            // its own.)
            let keptAtAnotherTime = {
                let sentence = scan.sentence(around: mention.start)
                return Self.timeOfDayOnly.firstMatch(in: sentence.text).map { mention.start < sentence.start + $0.start } ?? false
            }()
            // (A group of days kept at another time names no running day of its own.)
            if keptAtAnotherTime, mention.days.count >= 5 { continue }
            // ("Monday I drive to the gorge and run long": a day filled with the long run is a running day.)
            if !keptAtAnotherTime, !isEveryDay, !Self.runsLong.matches(scan.window(after: end, 50)),
               Self.blockedAfter.matches(scan.window(after: end, 40)) && !offWork(mention) || Self.dayFilledAfter.matches(after)
                || end == mention.end && mention.days.count == 1 && !Self.joinedBefore.matches(scan.window(before: mention.start, 12))
                    && Self.loneDayAtWork.matches(scan.window(after: end, 20))
                || mentions.count > 1 && Self.dayOutLater.matches(after)
                // ("Mon, Wed, Fri — Saturday and Sunday is the big market, impossible": a day named after the list takes the cue.)
                || Self.noTimeEnd.matches(scan.sentence(around: mention.start).text) && !Self.availability.matches(scan.sentence(around: mention.start).text)
                    && !Self.dayToken.matches(scan.text.utf16Slice(end, scan.sentence(around: mention.start).start + scan.sentence(around: mention.start).text.utf16Length))
                // ("Boat days are Tuesday and Friday, out on the reef from 7 till 5, can't run those": the sentence rules them out.)
                || Self.cannotRunThose.firstMatch(in: scan.window(after: end, 80)).map({ cue in
                    !Self.dayToken.matches(scan.window(after: end, 80).utf16Slice(0, cue.start)) }) == true
                // ("wkends at the chippy 11 till 11": a place kept for hours of the day.)
                || Self.atPlaceForHours.matches(scan.window(after: end, 50))
                // ("The shop owns my Tuesdays, Thursdays and Saturdays": days something else has.)
                || Self.ownedBy.matches(scan.window(before: mention.start, 60)) {
                blocked += mention.days.map { ($0, mention.start) }
                continue
            }
            // One day named in passing ("one of them parkrun on Saturday") says nothing about running days
            // unless days were asked for or the runner says the day suits them.
            if mentions.count == 1, mention.days.count == 1, !askedForDays, !Self.longRunCue.matches(clause),
               !Self.availability.matches(clause) {
                continue
            }
            if mention.days.count == 1, let long = Self.longRunCue.matches(in: clause).first {
                // "long runs on Sunday" / "Sunday for my long run": the day nearest the cue.
                let cueStart = scan.clause(around: mention.start).start + long.start
                let cueEnd = scan.clause(around: mention.start).start + long.end
                // A day after the cue ("long run on Sunday") is preferred over one before it.
                // ("Sunday long run, plus Wednesday": a day after the cue but past a comma or an "and" is another day.)
                func distance(_ other: DayMention) -> Int {
                    guard other.start >= cueEnd else { return cueStart - other.end + 10 }
                    return other.start - cueEnd + (Self.listGap.matches(scan.text.utf16Slice(cueEnd, other.start)) ? 20 : 0)
                }
                let nearest = mentions.filter { $0.days.count == 1 && scan.clause(around: $0.start).start == scan.clause(around: mention.start).start }
                    .min { distance($0) < distance($1) }
                if nearest?.start == mention.start {
                    scan.add("schedule.longRunDay", .string(mention.days[0]), said: "long runs on \(mention.days[0].capitalized)", at: mention.start)
                    // "Tuesdays and Thursdays, a Saturday one, and Sundays belong to the long run": in a list of
                    // running days, the long-run day is one of them (joined after the loop).
                    if scan.expecting != "schedule.longRunDay" { longRunDays += mention.days.map { ($0, mention.start) } }
                    continue
                }
            }
            if scan.expecting == "schedule.longRunDay", mention.days.count == 1, !dayList {
                scan.add("schedule.longRunDay", .string(mention.days[0]), said: "long runs on \(mention.days[0].capitalized)", at: mention.start)
                continue
            }
            if scan.expecting == "schedule.blockedDays" {
                blocked += mention.days.map { ($0, mention.start) }
                continue
            }
            // "I run every day" is a frequency; "I run 25k a week, any day except Wednesday works" names days.
            let phrase = before.components(separatedBy: ",").last ?? before
            if isEveryDay, mention.days == Self.weekdays, Self.currentCue.matches(phrase), !Self.availableCue.matches(before),
               scan.expecting != "schedule.preferredDays", scan.expecting != "schedule.availableDays" {
                continue // "I run every day" is a frequency, handled with running.
            }
            // "Gym Mon/Wed/Fri so running would be Tue/Thu/Sun", "I do spin on Monday mornings as well": a day given to
            // another sport or pastime, not said to be taken, is no running day; ruled out only when the runner says so
            // ("marshalling, not running").
            if askedForDays || scan.expecting == nil || scan.expecting == "identity.name", !isEveryDay, case let phrase = scan.phrase(around: mention.start), Self.otherActivity.matches(phrase), !Self.runningWord.matches(phrase) {
                if Self.notRunningThatDay.matches(scan.sentence(around: mention.start).text) { blocked += mention.days.map { ($0, mention.start) } }
                continue
            }
            preferred += mention.days.map { ($0, mention.start) }
        }
        // ("… Thursday I'm at the tannery until dark … Sorry, Thursday is fine, the tannery closes at four now": a day ruled
        // out, then said to be fine after all, is free, and adds to the list rather than replacing it.)
        // ("Saturday mornings I'm at the farmers' market first, so Saturday would be later in the day": a run later that day.)
        // ("the ski-rental shop is open every day, nine to six, except Wednesday, my day off": the runner's day off is free.)
        let daysOff = Set(Self.myDayOff.matches(in: scan.text).compactMap { Self.weekday($0[1] ?? $0[2] ?? "") })
        blocked.removeAll { daysOff.contains($0.0) }
        let fineAfterAll = Self.dayFineAfterAll.matches(in: scan.text).compactMap { match in Self.weekday(match[1] ?? "").map { ($0, match.start) } }
            + Self.dayLaterInTheDay.matches(in: scan.text).compactMap { match in Self.weekday(match[1] ?? "").map { ($0, match.end) } }
        blocked.removeAll { day in fineAfterAll.contains { $0.0 == day.0 && $0.1 > day.1 } }
        // A correction ("no, I meant Tuesday and Friday") replaces the list: keep the last sentence that names
        // days, unless it only swaps days ("not Thursday … Wednesday instead"): then the list is kept with the swap.
        // ("Tuesday through Thursday. No — Tuesday through Friday. On Friday I finish at one.": the list starts with the first
        // day after the last correction, and a day said again after it is an aside.)
        // (Not a swap: "Ugh, no, Thursday is when I teach … Wednesday instead" keeps the list with the swap, below.)
        let afterCue = Self.insteadCue.matches(scan.text) ? nil
            : Self.correctionCue.matches(in: scan.text).last.flatMap { cue in preferred.first { $0.1 >= cue.end } }
        if let lastStart = (afterCue ?? preferred.last).map({ scan.clause(around: $0.1).start }), Self.correctionCue.matches(scan.text),
           !fineAfterAll.contains(where: { fine in preferred.last.map { $0.1 >= fine.1 } ?? false }) {
            let last = preferred.filter { scan.clause(around: $0.1).start >= lastStart }
            let lastClause = scan.clause(around: preferred.last?.1 ?? lastStart).text
            // ("Thứ Hai, Thứ Tư, Thứ Sáu, sorry, Monday, Wednesday, Friday. And Chủ nhật, Sunday": a clause opening with "and" adds.)
            if withdrawn.isEmpty, last.count > 1 || !Self.insteadCue.matches(scan.text), last.count == preferred.count || !Self.additiveCue.matches(lastClause),
               !Self.opensWithAnd.matches(lastClause) {
                preferred = last
            }
        }
        preferred.removeAll { withdrawn.contains($0.0) }
        if let best = Self.bestOnes.matches(in: scan.text).last,
           case let named = Set(Self.dayToken.matches(in: best[1] ?? "").compactMap { Self.weekday($0.text) }), named.count >= 2 {
            preferred.removeAll { !named.contains($0.0) }
        }
        // "No fixed days … but for the long exit, always Sunday, I ask my chef to have Sunday free": with no fixed days,
        // the day kept free is the long run's, not a list of running days.
        let longRunNamed = Set(scan.candidates.filter { $0.path == "schedule.longRunDay" }.compactMap(\.value.stringValue))
        if Replies.noFixedDays.matches(scan.text), !longRunNamed.isEmpty, preferred.allSatisfy({ longRunNamed.contains($0.0) }) {
            preferred = []
        }
        // "Four days, Monday, Wednesday, Friday and Saturday? My labs on Tuesday and Thursday go till 6": the
        // count said is filled by the first list; days in a later sentence are asides, not running days.
        if scan.expecting == "schedule.availableDays" || scan.expecting == "schedule.preferredDays", !Self.correctionCue.matches(scan.text),
           let count = (Self.dayCount.firstMatch(in: scan.text) ?? Self.leadingCount.firstMatch(in: scan.text)).flatMap({ Self.number($0[1]) }),
           let first = preferred.first.map({ scan.sentence(around: $0.1).start }) {
            let inFirst = preferred.filter { scan.sentence(around: $0.1).start == first }
            // ("Four days: Monday, Wednesday, Friday, Sunday. Ah, Friday no, … late shift. Saturday instead.": a day of
            // the first list ruled out after it leaves the count to be filled by a later one.)
            let stillFree = inFirst.filter { day in !blocked.contains { $0.0 == day.0 } }
            // ("Saturday and Sunday, and Tuesday. Three days. Ah, and Thursday also, so four.": the count said last counts them all.)
            let recounted = Self.closingCount.firstMatch(in: scan.text).flatMap { Self.number($0[1]) }.map { Int($0) == Set(preferred.map(\.0)).count } ?? false
            if Set(stillFree.map(\.0)).count == Int(count), inFirst.count < preferred.count, !recounted { preferred = inFirst }
        }
        // "Four days I could do. My shift's six to two-thirty, Monday to Friday, so after work Tuesday and Thursday, and then
        // both weekend days": a span of days is the week's frame; the count said is filled by the days named one or two at a time.
        // ("… so those three are dead to me. Monday, Friday and the glorious weekend: four.": the count said last.)
        if scan.expecting == "schedule.availableDays" || scan.expecting == "schedule.preferredDays", !Self.correctionCue.matches(scan.text),
           let count = (Self.dayCount.firstMatch(in: scan.text) ?? Self.leadingCount.firstMatch(in: scan.text) ?? Self.closingCount.firstMatch(in: scan.text))
               .flatMap({ Self.number($0[1]) }),
           Set(preferred.map(\.0)).count > Int(count) {
            let small = preferred.filter { day in mentions.contains { $0.start == day.1 && $0.days.count <= 2 } }
            if Set(small.map(\.0)).count == Int(count) { preferred = small }
        }
        // "Tuesday, Wednesday, Thursday, Saturday and Sunday. Mondays and Fridays the bank closes late": after a list,
        // days in a later sentence that neither add to it nor say they suit are asides (why not), not running days.
        // ("Monday, Tuesday, Wednesday, Friday and Sunday — the taproom is slammed Thursdays and Saturdays": a dash parts an
        // aside as a full stop does; "Tuesday through Friday. We fly Saturday to Monday …": a span said alone is a list too.)
        let part = { (position: Int) in FactExtractor.span(around: position, in: scan.text, breaks: Self.asideBreak) }
        if scan.expecting == "schedule.availableDays" || scan.expecting == "schedule.preferredDays", !Self.correctionCue.matches(scan.text),
           let first = preferred.first.map({ part($0.1).start }),
           case let firstList = preferred.filter({ part($0.1).start == first }),
           firstList.allSatisfy({ day in mentions.contains { $0.start == day.1 && $0.days.count == 1 } })
               || Self.wordsBesideDays(part(first).text).allSatisfy({ ["and", "to", "through", "thru", "till", "until", "s", "the", "from"].contains($0) }),
           Set(firstList.map(\.0)).count >= 2 {
            preferred.removeAll { day in
                let sentence = part(day.1)
                // ("… Wednesday.", "Saturday instead.": a sentence of days alone is an answer, not an aside.)
                let rest = Self.wordsBesideDays(sentence.text).filter { !["and", "or", "instead", "then", "maybe", "s", "the", "on"].contains($0) }
                // ("Tuesday, Thursday, Saturday and one more... Sunday, after Mass": the list goes on past the dots.)
                let continued = Self.listGoesOn.matches(scan.text.utf16Slice(max(0, sentence.start - 24), sentence.start))
                // ("… so those are impossible, I am at the stall from 4 until 1. So Monday, Wednesday, Friday and Sunday after Mass":
                // a sentence opening with "so" concludes, it is no aside.)
                let concludes = sentence.text.trimmingCharacters(in: .whitespaces).hasPrefix("so ")
                // (After a dash, a clause of its own: "— usually Sunday" fills the list, "— the taproom is slammed Thursdays" is an aside.)
                let afterDash = sentence.start != scan.sentence(around: day.1).start
                return sentence.start != first && !rest.isEmpty && (!afterDash || rest.count >= 3) && !continued && !concludes && !Self.additiveCue.matches(sentence.text) && !Self.opensWithAnd.matches(sentence.text)
                    // ("Thursday I keep free, in case": a day kept spare is no running day either.)
                    && (!Self.laterDaySuits.matches(sentence.text) || Self.keptSpare.matches(sentence.text))
                    && !Self.insteadCue.matches(sentence.text) && !traded.contains { $0.in.1 == day.1 }
            }
        }
        // ("… the ski-rental shop Saturday and Sunday from 8 to 19, and weekdays I do repairs from 9. So I run Monday to Friday,
        // five days": a closing sentence saying which days the runner runs is the answer; the days before it framed the week.)
        if askedForDays, scan.expecting != "schedule.longRunDay", let last = preferred.last, case let sentence = scan.sentence(around: last.1),
           Self.soIRun.matches(sentence.text), case let concluded = preferred.filter({ scan.sentence(around: $0.1).start == sentence.start }),
           Set(concluded.map(\.0)).count >= 2, concluded.count < preferred.count {
            preferred = concluded
        }
        // "… Thursday to Sunday so those evenings are gone. I can do 4 days: Monday, Wednesday, Friday and Saturday mornings":
        // a count with its list straight after it is the running days; days said before it are asides, and days it names
        // are no longer ruled out ("… Monday and Tuesday off. … Four days: Monday, Tuesday, Thursday, Saturday").
        if !Self.correctionCue.matches(scan.text), let match = Self.countThenList.firstMatch(in: scan.text), let count = Self.number(match[1]),
           case let end = scan.sentence(around: match.end).start + scan.sentence(around: match.end).text.utf16Length,
           case let listed = preferred.filter({ $0.1 >= match.end && $0.1 < end }), Set(listed.map(\.0)).count == Int(count) {
            // (Days said after the list may put it right: "Four days: Monday, … Friday no … Saturday instead".)
            if listed.count < preferred.count, preferred.allSatisfy({ $0.1 >= match.end || $0.1 < match.start }), !preferred.contains(where: { $0.1 >= end }) {
                preferred = listed
            }
            blocked.removeAll { day in day.1 < match.start && listed.contains { $0.0 == day.0 } }
        }
        // ("i can do 4 days but idk wich ones, the salon is tue thru sat 10 to 7", "I can do four days a week, any four": with
        // the days not chosen yet, days said only as spans are the week's frame, not the running days.)
        if askedForDays, Self.whichNotKnown.matches(scan.text),
           preferred.allSatisfy({ day in mentions.contains { $0.start == day.1 && $0.days.count > 2 } }) {
            preferred = []
        }
        // "Five days a week: at home any day, on board it depends …, so I can't promise which days": every day said beside
        // days that cannot be promised names no running days.
        if Set(preferred.map(\.0)).count == 7, mentions.contains(where: { $0.days.count == 7 }),
           Self.whichDaysUnsure.matches(scan.text) {
            preferred = []
        }
        // The long-run day joins a list of other running days; alone it is only the long-run day.
        if preferred.count >= (askedForDays ? 1 : 2) { preferred += longRunDays.filter { day in !preferred.contains { $0.0 == day.0 } } }
        // "Any day really. Say Monday, Wednesday, Friday and Sunday": the named days are the answer.
        // The days available are then every day (less those ruled out), the named ones those that suit best.
        let named = preferred.filter { day in mentions.contains { $0.start == day.1 && $0.days.count == 1 } }
        var anyDay = false
        // "weekdays I prefer Tuesday and Thursday, plus Saturday Sunday": the weekdays are where the named ones are picked from.
        if named.count >= 2, let group = mentions.first(where: { $0.days.count == 5 }),
           named.contains(where: { $0.1 > group.start && group.days.contains($0.0) }), Self.pickedFrom.matches(scan.window(after: group.end, 20)) {
            preferred.removeAll { day in day.1 == group.start }
        }
        if named.count >= 2, named.count < preferred.count,
           let every = mentions.first(where: { $0.days.count == 7 }), named.allSatisfy({ $0.1 > every.start }) {
            preferred.removeAll { day in day.1 == every.start }
            // "Any day my boss doesn't ruin. Realistically Tuesday, Thursday and Sunday": the named days are all there is.
            let firstNamed = named.map(\.1).min() ?? every.start
            anyDay = !Self.narrowingCue.matches(scan.text.utf16Slice(every.start, firstNamed))
        }
        // "3. mon wed n sun. fri n sat im at my dads restrant til late no chance", "Monday's my long day at the nursery and
        // Wednesday's the swimming lessons, so those two are a no": after the running days, a later sentence that ends by
        // refusing rules out every day it names.
        // (In a message that tells everything at once, too: "I can run Monday, Wednesday, Friday and Sunday. Saturdays the
        // restaurant is insane, impossible.")
        if askedForDays || scan.expecting == nil || scan.expecting == "identity.name", scan.expecting != "schedule.longRunDay" {
            // ("Tuesday, Thursday, Saturday and Sunday — Mondays and Wednesdays the boats bring the big catch …, so never
            // those": a dash opens the next thought as a full stop would.)
            func part(around position: Int) -> (text: String, start: Int) { Self.span(around: position, in: scan.text, breaks: Self.sentenceOrDash) }
            for mention in mentions where mention.days.count < 7 {
                let sentence = part(around: mention.start)
                // ("3 days, netball training is tues n thurs so not them": with no running day named, too.)
                guard preferred.isEmpty || preferred.contains(where: { part(around: $0.1).start != sentence.start }),
                      Self.refusingEnd.matches(sentence.text), !Self.suitsCue.matches(sentence.text),
                      !preferred.contains(where: { part(around: $0.1).start != sentence.start && mention.days.contains($0.0) })
                else { continue }
                preferred.removeAll { $0.1 == mention.start }
                blocked += mention.days.filter { day in !blocked.contains { $0.0 == day } }.map { ($0, mention.start) }
            }
        }
        // "Only Wednesdays and Sundays, the other days I'm working doubles": the days left are ruled out.
        if askedForDays, !preferred.isEmpty, let rest = Self.restFilled.firstMatch(in: scan.text) {
            blocked += Self.weekdays.filter { day in !preferred.contains { $0.0 == day } && !blocked.contains { $0.0 == day } }.map { ($0, rest.start) }
        }
        // ("Thursday morning I'm a zombie, but I can still jog": a day that is hard, said to be runnable after all.)
        blocked.removeAll { day in
            Self.dayToken.matches(in: scan.text).filter { Self.weekday($0.text) == day.0 }.contains { mention in
                Self.canStill.matches(scan.text.utf16Slice(mention.start, mention.start + 100).components(separatedBy: CharacterSet(charactersIn: ".;!?")).first ?? "")
            }
        }
        // ("Thursday evening is my grandson's tabla class, that is no problem, I run at 6": what fills the day is said
        // not to keep the runner from it.)
        // ("Saturdays I work at the clinic every other week, so those are half and half", "those weeks Tuesday is impossible,
        // but the other weeks it's fine": some weeks only.)
        // ("… and every other Saturday I have our Tyler": a day taken only some weeks.)
        blocked.removeAll { Self.noProblem.matches(scan.sentence(around: $0.1).text) || Self.someWeeksOnly.matches(scan.sentence(around: $0.1).text)
            || Self.restOfDayFree.matches(scan.sentence(around: $0.1).text)
            || Self.everyOther.matches(scan.window(before: $0.1, 16))
                && !(Self.listedEveryOther.matches(scan.window(before: $0.1, 28)) && Self.dayToken.matches(scan.window(before: $0.1, 28))) }
        if !blocked.isEmpty {
            // A day named as free wins over a group ruled out ("weekdays are chaos, but Tuesday evenings work"),
            // not over the same day ruled out by name ("Tuesdays and Fridays are gone … five-a-side on a Friday").
            let singles = Set(preferred.filter { day in mentions.contains { $0.start == day.1 && $0.days.count == 1 } }.map(\.0))
            // ("I work Thursday through Monday nights … I can do Tuesday, Wednesday, Friday and Sunday": two or more days
            // of the group named free show it does not keep the runner from running; one is an exception to it.)
            let notBlocking = Set(mentions.filter { $0.days.count > 1 && Set($0.days).intersection(singles).count >= 2 }.map(\.start))
            blocked.removeAll { day in notBlocking.contains(day.1) }
            blocked.removeAll { day in singles.contains(day.0) && mentions.contains { $0.start == day.1 && $0.days.count > 1 } }
            // ("Saturday morning I help my father with the goats. So I run … Saturday afternoon": part of a day taken, and the
            // rest named to run on.)
            // ("Friday evening I have the English course, so Friday only in the morning": the rest of it named.)
            blocked.removeAll { day in
                Self.dayThenPart.matches(scan.text.utf16Slice(day.1, day.1 + 24))
                    && mentions.contains { $0.days == [day.0] && $0.start != day.1 && Self.dayThenPart.matches(scan.text.utf16Slice($0.start, $0.start + 32)) }
            }
            // ("… six day, only Tuesday I rest. Afternoon is too hot, so I run in evening, on Tuesday, Thursday and Saturday": a day
            // the runner says they run on, in a later sentence, is free; the rest said before was from work.)
            blocked.removeAll { day in
                preferred.contains { free in
                    free.0 == day.0 && scan.sentence(around: free.1).start > scan.sentence(around: day.1).start
                        && Self.runOnThem.matches(scan.sentence(around: free.1).text)
                }
            }
            // "any day except Wednesday": the exception is not a preferred day.
            preferred.removeAll { day in blocked.contains { $0.0 == day.0 } }
        }
        // "Six days, Monday off": the count and the day off name the other days.
        if preferred.isEmpty, !blocked.isEmpty, scan.expecting == "schedule.availableDays",
           let count = Self.bareNumber.firstMatch(in: scan.text).flatMap({ Self.number($0[1]) }),
           Int(count) + Set(blocked.map(\.0)).count == 7 {
            preferred = Self.weekdays.filter { day in !blocked.contains { $0.0 == day } }.map { ($0, blocked[0].1) }
        }
        // "all days fine except thursdays", "4 days, except Tuesday and Friday": the days left are those they can run.
        if preferred.isEmpty, !blocked.isEmpty, scan.expecting == "schedule.availableDays", Self.exceptCue.matches(scan.text) {
            preferred = Self.weekdays.filter { day in !blocked.contains { $0.0 == day } }.map { ($0, blocked[0].1) }
        }
        // "Sat/Sun plus one weekday evening", "Sunday every week and 2 other days that change": days not named yet.
        let unnamedSpans = Self.unnamedDays.matches(in: scan.text)
        let unnamed = unnamedSpans.reduce(0) { total, match in
            // ("one weekday evening, probably wed": the day named after fills it; "2 weekdays and both weekend days": the
            // weekend days fill no weekday.)
            let weekdaysOnly = match.text.contains("week") || match.text.contains("midweek")
            let filled = preferred.filter { day in
                day.1 > match.end && scan.sentence(around: day.1).start == scan.sentence(around: match.start).start
                    && (!weekdaysOnly || Self.weekdays.prefix(5).contains(day.0))
            }.count
            return total + max(0, (Int(match[1] ?? match[2] ?? match[3] ?? "") ?? 0) - filled)
        }
        // "either Saturday or Sunday, don't mind which", "a long run on Saturday or Sunday, whichever's drier": one of two
        // days, not both, and not yet which; neither is a day that suits for sure (unless named again elsewhere).
        if askedForDays {
            for pair in Self.eitherOr.matches(in: scan.text) {
                let sentence = scan.sentence(around: pair.start).text
                guard pair.text.hasPrefix("either") || Self.indifferent.matches(sentence), let first = pair[1].flatMap(Self.weekday),
                      let second = pair[2].flatMap(Self.weekday) else { continue }
                for day in [first, second] {
                    let elsewhere = mentions.contains { $0.days == [day] && ($0.start < pair.start || $0.start >= pair.end) }
                    if !elsewhere { preferred.removeAll { $0.0 == day && $0.1 >= pair.start && $0.1 < pair.end } }
                }
            }
        }
        if !preferred.isEmpty {
            let days = Self.ordered(preferred.map(\.0))
            scan.add("schedule.preferredDays", .array(days.map { .string($0) }), said: Self.sayDays(days), at: preferred[0].1, checkNegation: false, checkSomeoneElse: false)
            if scan.expecting == "schedule.availableDays" {
                // "4 days, Mon Tue Thu Sat Sun, whichever suits": a count said outright wins over the days named.
                // ("Four days … No, hold on … Three days then": after a correction the last count said.)
                // ("one day in middle of week": a day not named yet, not the count of days.)
                let saidBare = Self.countSaid.matches(in: scan.text)
                let counts = (Self.dayCount.matches(in: scan.text) + saidBare).sorted { $0.start < $1.start }
                    .filter { count in !unnamedSpans.contains { $0.start <= count.start && count.start < $0.end } }
                    // ("I work in the hotel from 4 until 12 to make the bread, six day, only Tuesday I rest": the job's days.)
                    .filter { count in
                        let sentence = scan.sentence(around: count.start)
                        let before = sentence.text.utf16Slice(0, count.start - sentence.start)
                        return !(Self.workOpens.matches(before) && !Self.runningWord.matches(before))
                    }
                // ("I'd love to say 5 but let's be real, 3": of counts said bare, the last.)
                let settled = counts.count > 1 && counts.contains { count in saidBare.contains { $0.start == count.start } }
                let counted = Self.correctionCue.matches(scan.text) || settled ? counts.last : counts.first
                let said = (counted ?? Self.leadingCount.firstMatch(in: scan.text)).flatMap { Self.number($0[1] ?? $0[2]) }
                    .flatMap { (1...7).contains($0) ? Int($0) : nil }
                // ("tues n thurs …, n sat or sun mornin": one of two days is one day more, whether or not both stay named.)
                // ("either Sat or Sun depending on the kids": both left out of the list above, and one of them is a day more.)
                // (Not two days ruled out: "cannot do Mon or Fri", "except fri or sat".)
                let oneOfTwo = Self.eitherOr.matches(in: scan.text).map { pair -> Int in
                    guard let first = pair[1].flatMap(Self.weekday), let second = pair[2].flatMap(Self.weekday),
                          !Self.ruledOutBefore.matches(scan.window(before: pair.start, 24)) else { return 0 }
                    if days.contains(first), days.contains(second) { return -1 }
                    let either = pair.text.hasPrefix("either") || Self.indifferent.matches(scan.sentence(around: pair.start).text)
                    return either && !days.contains(first) && !days.contains(second) && !blocked.contains(where: { $0.0 == first || $0.0 == second }) ? 1 : 0
                }.reduce(0, +)
                let count = said ?? (anyDay ? 7 - Set(blocked.map(\.0)).count : max(1, min(7, days.count + unnamed + oneOfTwo)))
                scan.add("schedule.availableDays", .number(Double(count)), said: Self.sayDaysAvailable(count), at: preferred[0].1, checkSomeoneElse: false)
            }
        }
        if !blocked.isEmpty {
            let days = Self.ordered(blocked.map(\.0))
            scan.add("schedule.blockedDays", .array(days.map { .string($0) }), said: "not \(Self.sayDays(days))", at: blocked[0].1, checkNegation: false, checkSomeoneElse: false)
            // "Saturday. Heqq, no, Saturdays I have my nephew's football. Sunday": a day taken by something else is no
            // long-run day; the last free day named is.
            let blockedSet = Set(days)
            if scan.expecting == "schedule.longRunDay",
               let long = scan.candidates.last(where: { $0.path == "schedule.longRunDay" }), let day = long.value.stringValue, blockedSet.contains(day) {
                if let free = mentions.last(where: { $0.days.count == 1 && !blockedSet.contains($0.days[0]) }), free.start > long.position {
                    scan.drop(["schedule.longRunDay"])
                    scan.add("schedule.longRunDay", .string(free.days[0]), said: "long runs on \(free.days[0].capitalized)", at: free.start)
                }
            }
        }

        // "I could do five days if you made me": a count said anywhere in answer to how many days.
        if scan.expecting == "schedule.availableDays", !scan.has("schedule.availableDays"),
           // ("Five. Nah, four — … Saturdays go out the window": the count put right.)
           let match = Self.dayCount.firstMatch(in: scan.text)
               ?? (Self.correctionCue.matches(scan.text) ? Self.countSaid.matches(in: scan.text).last : Self.countSaid.firstMatch(in: scan.text))
               ?? Self.countAskedBack.firstMatch(in: scan.text),
           let count = Self.number(match[1] ?? match[2]), (1...7).contains(count),
           // "I did Comrades twice", "One day I want the Race of Hope": races done and some day, not days a week.
           !Self.raceDoneBefore.matches(scan.window(before: match.start, 48)),
           // ("4. rotating shifts, 2 days 2 nights 4 off": the rota's days on, not the days free to run.)
           !Self.rotaAfter.matches(scan.window(after: match.end, 20)),
           !(count == 1 && Self.oneDaySomeday.matches(scan.text.utf16Slice(match.start, scan.text.utf16Length))) {
            scan.add("schedule.availableDays", .number(count), said: Self.sayDaysAvailable(Int(count)), at: match.start)
        }

        // "an hour on weekdays, longer on Sundays": the longer day is the long-run day.
        if !scan.has("schedule.longRunDay"), let match = Self.longerOnDay.firstMatch(in: scan.text), let day = match[1] ?? match[2] {
            scan.add("schedule.longRunDay", .string(day), said: "long runs on \(day.capitalized)", at: match.start)
        }

        extractPreferredTime(scan)
        extractSessionLimit(scan)
        // Asked the busy-day limit, the answer as a whole decides it (see `SessionLength`), unless it corrects the answer
        // before ("Sorry, more like 35"), gives the long run's limit too (read above), or says the weekend is longer
        // without a figure: a cap read from it would cap the long run as well (`RunnerProfile`), so none is kept.
        if scan.expecting == "schedule.maxSessionDurationMinutes", !scan.opensWithCorrection, !scan.has("schedule.longRunMaxDurationMinutes"),
           !Self.longerSometimes.matches(scan.text), let reading = SessionLength.read(scan.text) {
            scan.drop(["schedule.maxSessionDurationMinutes"])
            if case .minutes(let minutes) = reading {
                scan.add("schedule.maxSessionDurationMinutes", .number(Double(minutes)), said: "sessions of at most \(TargetTime.spoken(minutes * 60))",
                         at: scan.text.utf16Length, checkNegation: false, checkSomeoneElse: false)
            }
        }
        extractAccess(scan)
    }

    static let keptIn = TextPattern(
        #"\b(?:i|we) (?:can not|could not|am not able to|will not be able to) (?:get out|go out|run|get away|leave)|\bi am (?:on (?:kid|baby|child|dad|mum|mom) duty|home with|stuck (?:at home|with)|left with|minding|looking after|with the (?:kids|baby|children))|\bi (?:have|have got|got) (?:the )?(?:kids|baby|children|boys|girls)\b|\b(?:and|so) i (?:drive|take|bring|pick|drop|watch|coach|mind)\b|\b(?:practice|practise|training|lessons?|class|clinic|appointment)\b[^.;]{0,20}\bi (?:drive|take|bring|pick|drop)\b"#)
    static let freedBy = TextPattern(
        #"\bso (?:those|these|that|they|then)?\s*(?:days )?(?:work|suit|are (?:good|fine|free|my days))\b|\bso i (?:can(?! not)|am free)\b|\bi can (?:run|go|get out)\b|\bso (?:those|these|them) (?:\d|two|three|four|five)\b|\b(?:the )?(?:kids|children|boys|girls|little ones) (?:are|go|stay|sleep) (?:at|with|to) (?:their|his|her|my) "#)
    static let parkrunAfter = TextPattern(#"^\s*(?:is|'s|are) (?:my |the )?parkrun\b"#)
    static let listGap = TextPattern(#"\b(?:plus|also|as well as)\b|,\s*and\b"#)
    static let oneOfBefore = TextPattern(#"\b(?:1|either)\s+of\s+(?:the\s+)?$"#)
    static let otherActivity = TextPattern(#"\b(?:\#(otherSportNames)|volunteer(?:ing)?|marshal(?:l)?ing|choir|fellowship|bible study)\b"#)
    static let runningWord = TextPattern(#"(?<!not )(?<!no )\b(?:run|runs|running|jog|jogging)\b"#)
    static let notRunningThatDay = TextPattern(#"\b(?:not|no) (?:running|run|runs)\b"#)
    /// The days left after those named, said to be taken: "the rest of the week I'm on the road", "every other day of the week I'm at work".
    static let restFilled = TextPattern(
        #"\b(?:rest of (?:the )?week|(?:the|all the|all) other days(?: of the week)?|every other day of the week|the rest)\b(?=[^.!?;]{0,40}\b(?:work|working|job|shifts?|on the road|busy|away|kids|minding|caring|impossible|not possible|a no|no good|can not|no way|out)\b)"#)
    static let longerOnDay = TextPattern(
        #"\blonger (?:runs? |one |ones )?(?:on|at) (?:the )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s? (?:i can go |can be |are |is )?longer\b"#)
    static let narrowingCue = TextPattern(#"\b(?:realistically|in practice|in reality|honestly|actually|but really)\b|(?:^|[.!?]\s*)(?:fine|ok|okay|alright|all right)\s*[:,.!-]"#)
    /// "I could do 5 days"; not "never two days in a row".
    static let someWeeksClause = TextPattern(#"\b(?:every (?:other|second|2nd|third|3rd) (?:weeks?|weekends?|fortnight)|alternate (?:weeks|weekends)|some weeks|some weekends|(?:on|in|during) (?:the )?(?:[a-z]+[- ]){1,2}weeks)\b"#)
    static let openThatDay = TextPattern(#"\b(?:is|are|'s) open (?:on |all day )?(?:on )?$|\bopens (?:on )?$"#)
    /// ("i can do 4 days but idk wich ones, the salon is tue thru sat 10 to 7": which days not known yet.)
    static let whichNotKnown = TextPattern(#"\b(?:idk|i dunno|dunno|(?:i )?(?:do not|don't|dont) know|not sure|no idea)\s+(?:yet\s+)?(?:which|wich|what) (?:days?|ones)\b|\bany (?:2|3|4|5|6|two|three|four|five|six)\b"#)
    /// ("Sunday mornings I am in church …, but the afternoon is free": the rest of the day free.)
    static let restOfDayFree = TextPattern(#"\bbut (?:the |in the )?(?:afternoons?|evenings?|mornings?) (?:is|are|is still|are still) (?:free|fine|ok|okay|open)\b"#)
    static let laughing = TextPattern(#"\b(?:ha(?:ha)+|he(?:he)+|lol|lmao|jk|just kidding|only joking|joking)\b"#)
    static let runOnThem = TextPattern(#"\b(?:so |then )?i (?:will |can |could |would )?(?:run|jog|go running|train)\b(?! (?:late|out of))"#)
    static let workOpens = TextPattern(#"^\W*(?:i|we) (?:work|am working)\b"#)
    static let dayListJoin = TextPattern(#"^\s*(?:,|,?\s*(?:and|or|nor|&))\s*$"#)
    static let butNot = TextPattern(#"\b(?:but|and|except)\s+not\s+(?:on\s+)?$"#)
    static let reasonAfter = TextPattern(#"^\s*(?:s\b)?\s*(?:\(|because|bc|as|since|cause|cos|[-—:]\s*[a-z]|,\s*(?:that is|that|it is|its|i have|i am|there is|we have|my)\b)"#)
    /// The weekday a word names by its first three letters ("tues", "Thurs" and "sat" too).
    static func weekday(_ word: String) -> String? {
        let prefix = word.lowercased().prefix(3)
        return prefix.count == 3 ? weekdays.first { $0.hasPrefix(prefix) } : nil
    }
    /// Whether a word is a weekday's name and nothing more ("Tues", "Saturdays"), where `weekday` would take any word that
    /// opens like one ("Montair" is a medicine, "sun" in "sun 23rd may" still a day).
    static let dayWord = TextPattern(#"^(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|days|s)?$|^(?:wednes|satur|thurs|tues)days?$"#)

    static let countBefore = TextPattern(#"\b(?:[1-4]|both|the|a|an|one)\s+(?:of the\s+)?$"#)
    static let exceptCue = TextPattern(#"\b(?:except|apart from|but not|other than|excluding|bar|barring)\b"#)
    static let unnamedDays = TextPattern(
        #"\b([1-4]) (?:other |more |extra |random |different )?(?:weekdays?|week days?|weekday (?:evenings?|mornings?|nights?)|days? (?:in (?:the )?middle of (?:the )?week|midweek)|other days?|more days?|days? (?:that|which) (?:change|move|vary))\b|\bplus ([1-4]) more\b|\bweekends?\s*(?:\+|plus)\s*([1-4])\b(?!\s*(?:hours?|hrs?|h|k|km|miles?|mins?|minutes?)\b)"#)
    static let ruledOutBefore = TextPattern(#"\b(?:not|no|never|cannot|can not|can't|cant|except|but|bar|apart from|other than)\b[^.;!?]*$"#)
    static let eitherOr = TextPattern(
        #"\b(?:either\s+)?(?:on\s+)?(mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?\s+or\s+(?:on\s+)?(mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?\b"#)
    static let indifferent = TextPattern(#"\b(?:whichever|depending|depends|(?:do not|don'?t) mind which|not fussed|not sure which|either one|either is fine|either works)\b"#)
    /// A count said without "days", asked how many days: "I'd aim for 3 though", "Put me down for 3", "At least 3",
    /// "3 for now", "Let's go 5", "Three. Sorry, four."
    static let countSaid = TextPattern(
        #"\b(?:aim(?:ing)? for|(?:i'?d |i would |let'?s |let us )?say|let'?s go|let'?s do|let us go|go for|put me down for|pencil me in for|at least|at most|max(?:imum)? of|make it|call it|realistically|happy with)\s+([1-7])\b(?!\s*(?:km|k\b|mi\b|miles?|hours?|hrs?|h\b|minutes?|mins?|am\b|pm\b|:|\.\d|weeks?|months?|years?|kids?|children|o'?clock))|(?:^|[.!,;]\s*)(?:(?:sorry|no|nah|naw|nope|actually|wait|ok|okay|so|maybe|probably|honestly),?\s+)?([1-7])\s*(?:for now|max|tops|at most|at a push|,? (?:maybe|probably|realistically|i think|i guess))?\s*(?=[.!,;—–]|\s-\s|$)"#)
    static let whichDaysUnsure = TextPattern(#"\b(?:can ?not|cannot|can't) (?:promise|say|tell you|commit to) (?:you )?(?:which|what|the) (?:days?|ones)\b|\bno (?:fixed|set) days\b"#)
    static let countThenList = TextPattern(#"\b([2-7]) days?(?: a week)?\s*[:\-–—]\s*(?=(?:on )?(?:mon|tue|wed|thu|fri|sat|sun))"#)
    static let dayCount = TextPattern(#"(?<!work )(?<!works )(?<!working )(?<!never )(?<!not )(?<!the )(?<!for )(?<!that )(?<!this )(?<!only )\b(\d)\s*(?:(?:days?|times|runs|x)\b(?! off| in a row| on the trot| back to back| running| straight| on\s*,?\s*(?:and\s+)?(?:\d|one|two|three|four|five|six)\s*(?:days?\s*)?off)|(?:at (?:the )?most|max(?:imum)?|tops)\b)"#)
    static let durationInClause = TextPattern(#"\b\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?)\b"#)
    static let dayContext = TextPattern(
        #"\b(?:run|running|runs|jog|jogging|train|training|prefer|free|available|can do|can not|never|not|work(?:s)? (?:best|well)|suits?|best|good|ok|okay|fine|long|mornings?|evenings?|sessions?|workouts?|mostly|usually|typically|rest|off|busy|except)\b"#)
    /// Words after a "can't"/"except" that start a new, positive statement about days.
    static let unblock = TextPattern(#"\b(?:but|so|plus|and also|as well as|along with|then|long (?:run|runs|one|ones)|prefer|like|love|usually|works? (?:best|well|for me)|best|free|available|can run|can do|happy)\b"#)
    static let correctionCue = TextPattern(
        #"\b(?:actually|i meant|i mean|sorry|pardon|correction|scratch that|make that|make it|rather|wait|hang on|hold on|on second thought)\b|(?:^|[.!;]\s*)(?:so,? )?(?:call it|let'?s say|lets say|put down|go with)\b(?=[^.!?]*:)|(?:^|[.!;]\s*)(?:no[\s,]+)*no\s*[-,.]+\s*(?=$|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)|(?:^|[.!;]\s*)(?:ah |oh )?(?:nah|naw|non|na(?=,))\b,?|\b(?:ah|oh|ugh|uh|hmm|eh|ach|och|ay|ai|ayy|oops|whoops|argh|dang|damn),? (?:no|na(?=,)|naw)\b"#)
    /// "Actually, add Sunday": a correction that adds to the days rather than replacing them.
    /// "One day I want the Race of Hope": some day, not one day a week.
    static let insideCondition = TextPattern(#"\b(?:if|unless|as long as|provided)\b[^,.;:!?]*$"#)
    static let mostDays = TextPattern(#"^\s*(?:(?:oh|well|um|erm|hmm|yeah|honestly),?\s+)?(?:most days|nearly every day|almost every day)\b"#)
    static let oneDaySomeday = TextPattern(#"^(?:1|one) day,?\s+(?:i|we|i'd|i'll|i will|i would|maybe|hopefully|when|soon)\b"#)
    static let keptSpare = TextPattern(#"\b(?:keep|keeping|leave|leaving) (?:it |that |them )?(?:free|open|spare|clear)\b|\bin case\b"#)
    static let laterDaySuits = TextPattern(#"\b(?:can|could|free|available|suits?|fine|ok|okay|good|run|running|runs|maybe|sometimes|possible|make it|probably|prob|prolly|perhaps|possibly|likely)\b"#)
    /// "… so Saturdays are out. Six then?": the count offered back as a question, closing the answer.
    static let countAskedBack = TextPattern(#"(?:^|[.!?]\s+)(?:so,?\s+)?([1-7])(?:\s+days?)?,?\s+(?:then|i guess|i suppose|i think)\s*\?+\s*$"#)
    static let closingCount = TextPattern(#"(?:\bso,?\s+|:\s*)([1-7])(?:\s+days?)?\s*[.!]*\s*$"#)
    /// The words of a stretch of text other than its days' names.
    static func wordsBesideDays(_ text: String) -> [Substring] {
        dayToken.replacing(in: text) { _ in " " }.split(whereSeparator: { !$0.isLetter })
    }
    static let asideBreak = TextPattern(#"[.!?;]+(?:\s|$)|\s[—–-]\s"#)
    static let additiveCue = TextPattern(#"\b(?:add|also|plus|as well|too|include)\b"#)
    static let opensWithAnd = TextPattern(#"^\W*and\b"#)

    static func ordered(_ days: [String]) -> [String] {
        weekdays.filter { days.contains($0) }
    }

    /// "… Saturday and Sunday the bazaar is busy, only Sunday evening sometimes 5 km. So five days: Monday, Tuesday, Thursday,
    /// Friday, Sunday.": after a week told as a story, the days summed up at the end are the answer, whatever the story
    /// said of each.
    func settleSummedUpDays(_ scan: Scan) {
        guard scan.expecting == "schedule.availableDays" || scan.expecting == "schedule.preferredDays" else { return }
        let days: [String]
        if let match = Self.summedUpDays.matches(in: scan.text).last, let list = match[2] {
            let named = Self.dayToken.matches(in: list).compactMap { Self.weekday($0.text) }
            days = Self.weekdays.filter(named.contains)
            guard days.count >= 2, match[1].flatMap({ Int($0) }).map({ $0 == days.count }) ?? true else { return }
        } else if let match = Self.summedUpSpan.firstMatch(in: scan.text), let from = match[1].flatMap(Self.weekday),
                  let to = match[2].flatMap(Self.weekday), let start = Self.weekdays.firstIndex(of: from), let end = Self.weekdays.firstIndex(of: to),
                  case let span = (0...((end - start + 7) % 7)).map({ Self.weekdays[(start + $0) % 7] }), span.count == Int(match[3] ?? "") {
            // "… Friday is dinner at my mother's… no, only every second Friday. Thursday to Sunday, four days.": a span and its count, last.
            days = Self.weekdays.filter(span.contains)
        } else {
            return
        }
        let end = scan.text.utf16Length
        scan.add("schedule.preferredDays", .array(days.map { .string($0) }), said: Self.sayDays(days), at: end, checkNegation: false)
        scan.add("schedule.availableDays", .number(Double(days.count)), said: Self.sayDaysAvailable(days.count), at: end, checkNegation: false)
        if let blocked = scan.latest("schedule.blockedDays")?.value.arrayValue?.compactMap(\.stringValue), blocked.contains(where: days.contains) {
            let left = blocked.filter { !days.contains($0) }
            scan.add("schedule.blockedDays", .array(left.map { .string($0) }), said: left.isEmpty ? "no days ruled out" : "not \(Self.sayDays(left))",
                     at: end, checkNegation: false)
        }
    }
    static let summedUpSpan = TextPattern(
        #"(?:^|[.!?]\s+)(?:so\s+)?((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\s+(?:to|through|thru|till|until|-|–)\s+((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*),?\s+([2-7]) days?\s*[.!]?\s*$"#)
    static let summedUpDays = TextPattern(
        #"(?:^|[.!?]\s+)(?:so|that is|that makes|in total|all in all|so that is|so that makes|total)[,:]?\s+(?:([2-7]) days?(?: a week)?\s*[:,-]?\s*)?((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*(?:\s*,\s*|\s+and\s+|\s*&\s*|\s+)){1,6}(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\s*[.!]?\s*$"#)

    static func sayDays(_ days: [String]) -> String {
        let names = days.map(\.capitalized)
        if days == weekdays { return "every day" }
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }

    // MARK: - Time of day

    static let timeOfDay = TextPattern(
        #"\b(?:(mornings?|early|before work|(?:before|b4) (?:school|the school run|(?:the )?(?:kids|family|house|everyone|baby|bub) (?:are|r|is|get|gets|wake|wakes) up)|(?:school|work) starts at [^.!?;]{0,24}so i (?:run|go) before|first thing|1st thing|(?:at|before|by|around|from|after) (?:sunrise|dawn)|[5-9] ?am\b)|(lunch ?times?|lunch|midday|mid-day|noon|middle of the day)|(evenings?|after work|at night|after dark|nights|weeknights?|after dinner|(?:after|once) (?:the )?(?:kids|children|baby|bub) (?:are|r|is|go|goes) (?:in bed|asleep|down|to bed)|after (?:the kids'? )?bedtime|[5-9] ?pm\b)|(it varies|varies|depends|flexible|whenev(?:er|r) (?:the )?(?:baby|bub|kids?|little one|toddler) (?:naps?|sleeps?|is asleep)|whenever|any ?time|different times|all over the place))\b"#)

    static let alternatives = TextPattern(#"\b(?:or|sometimes|other times|some days|depending)\b"#)
    static let timeDepends = TextPattern(#"\b(?:the )?time(?: of day)?\b[^.!?]{0,12}\b(?:depends|varies)\b"#)
    static let itVaries = TextPattern(#"\b(?:it varies|varies|depends|all over the place)\b"#)
    static let weekendNarrowed = TextPattern(#"^\s*,?\s*(?:usually|mostly|probably|normally|likely|generally|typically|often)\s+(?:the\s+|on\s+(?:the\s+)?)?(?:saturday|sunday)\b"#)
    static let whatIHave = TextPattern(#"^\s*,?\s*(?:are|is|'re|'s)\s+(?:what|all|the days?)\s+(?:i|i've|i have)\s*(?:have|got|get|'ve got|can do|have free)\b"#)
    static let canStill = TextPattern(#"\bbut (?:i |i'll |i will )?(?:can )?still (?:jog|run|go|get out|manage|do it)\b"#)
    static let runDropped = TextPattern(#"\b(?:dropped|stopped|quit|gave up|given up|cut|cut out|lost|no longer do|don't do|do not do)\s+(?:the\s+|my\s+|our\s+)?$"#)
    static let medicineBefore = TextPattern(#"\b(?:tablets?|pills?|meds|medication|medicine|inhaler|puffs?|insulin|injections?|dose|thyroxine|levothyroxine|vitamins?)\b[^.;!?]{0,16}$"#)
    static let tabletTaken = TextPattern(#"\b(?:i take|i am taking|i'm taking|taken|take it|take one|take them|pill|pills|tablet|tablets|inhaler|dose|medication|medicine|meds)\b[^.!?]{0,40}$"#)
    static let greetingOpens = TextPattern(#"(?:^|[.!?]\s*)$"#)
    static let greetingEnds = TextPattern(#"^'?[!,.]"#)

    func extractPreferredTime(_ scan: Scan) {
        for match in Self.timeOfDay.matches(in: scan.text) {
            let before = scan.window(before: match.start, 20)
            // "when I'm on nights": a night shift, not a time to run.
            if match.text == "nights", ["on ", "do ", "doing ", "work ", "working ", "of ", "after ", "from "].contains(where: before.hasSuffix) { continue }
            if before.hasSuffix("this ") || before.hasSuffix("yesterday ") || before.hasSuffix("tomorrow ") || before.hasSuffix("last ") { continue }
            // ("High blood pressure, one tablet in the morning": when a medicine is taken, not when to run.)
            if Self.medicineBefore.matches(scan.window(before: match.start, 30)) { continue }
            // ("Mass at ten and then lunch with the whole family": a meal, not a time to run.)
            if match[2] == "lunch", scan.text.utf16Slice(match.end, match.end + 6) == " with " { continue }
            // "Good morning!": a greeting.
            if before.hasSuffix("good ") || before.hasSuffix("top of the ") { continue }
            // "The Sydney Morning Herald Half": a word of the race's name.
            if scan.candidates.contains(where: { $0.path == "goals.raceName" && $0.value.stringValue?.lowercased().contains(match.text) == true }) { continue }
            // "Morning! Dave here", "Mornin'. Horace, seventy-four": a greeting opening a sentence.
            if ["morning", "evening"].contains(match.text), scan.expecting != "schedule.preferredTime", Self.greetingOpens.matches(before), Self.greetingEnds.matches(scan.text.utf16Slice(match.end, match.end + 2)) { continue }
            // ("I take Euthyrox every morning, for the thyroid": the time of a tablet, not of a run.)
            if scan.expecting != "schedule.preferredTime", Self.tabletTaken.matches(scan.sentenceBefore(match.start)) { continue }
            // "Sunday morning is my swim": a time of day taken by something else.
            if Self.dayToken.matches(in: before).last.map({ before.utf16Slice($0.end, before.utf16Length).trimmingCharacters(in: .whitespaces).isEmpty }) == true,
               Self.dayFilledAfter.matches(scan.window(after: match.end, 40)) { continue }
            // ("early, b4 the heat": early before something of the day is the morning.)
            if match[1] == "early", !scan.window(after: match.end, 12).contains("morning"), scan.expecting != "schedule.preferredTime",
               !before.contains("run"), scan.text.utf16Slice(match.end, match.end + 8).range(of: #"^\s*,?\s*(?:before|b4)\b"#, options: .regularExpression) == nil { continue }
            let value: String
            if match[1] != nil { value = "morning" } else if match[2] != nil { value = "midday" } else if match[3] != nil { value = "evening" } else {
                // ("whenevr bub naps": a time of day set by the baby's sleep, said in any answer.)
                if scan.expecting != "schedule.preferredTime", !scan.clause(around: match.start).text.contains("time"),
                   !match.text.contains("nap"), !match.text.contains("sleep") { continue }
                value = "varies"
            }
            let said = value == "varies" ? "no fixed time of day" : value == "midday" ? "around midday" : "in the \(value)"
            scan.add("schedule.preferredTime", .string(value), said: said, at: match.start)
        }
        // ("It varies: early before work, or after dark with a headlamp", "sometimes lunch, sometimes night": times of day
        // said as alternatives, or beside "it varies", are no one time.)
        for (sentence, start) in scan.sentences() {
            let times = scan.candidates.filter { $0.path == "schedule.preferredTime" && $0.position >= start && $0.position < start + sentence.utf16Length }
            let kinds = Set(times.compactMap(\.value.stringValue).filter { $0 != "varies" })
            // ("The time depends on the weather: if it's over 80 I'm out at dawn, …": the time said to depend.)
            guard Self.alternatives.matches(sentence) && (kinds.count >= 2 || kinds.count == 1 && Self.itVaries.matches(sentence))
                    || kinds.count >= 2 && Self.itVaries.matches(sentence) || !kinds.isEmpty && Self.timeDepends.matches(sentence) else { continue }
            scan.add("schedule.preferredTime", "varies", said: "no fixed time of day", at: start + sentence.utf16Length)
        }
    }

    // MARK: - Longest session

    static let durationValue = #"(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|minutes?|mins?)\b"#
    static let sessionLimitBefore = TextPattern(
        #"\b(?:no more than|not more than|no longer than|not longer than|at most|maximal|maximally|maximum(?: of)?|max(?: of)?|up to|only (?:have|got)|can not do more than|can not go (?:over|beyond|past)|limit(?:ed)? to|cap(?:ped)? at|keep (?:it|them|each run|my runs|runs|sessions|the runs?) (?:to|under|within|below)|tops out at|max(?:es)? out at|longer than|(?:on (?:a |an )?(?:weekday|"# + busyDayKind + #" ?day)s?,? )i (?:can|could) (?:only |just )?(?:do|manage|spare|find|run|go(?: for)?)|(?:on (?:a |an )?)?(?:weekdays?|week days?|work ?days?|working days?|busy days?|school days?|office days?|shift days?)\s*,?\s*i (?:only |just )?(?:have|get|got|have got)|(?:the )?(?:longest|most) i (?:can|could) (?:do|go|run|manage|spare)(?: on (?:a |an )?(?:weekday|work ?day|working day|busy day|school day|shift day)s?)? is)\s+(?:about |around |roughly )?"# + durationValue)
    // ("An hour on a work day is all I got": the busy day said between the duration and its limit.)
    static let sessionLimitAfter = TextPattern(durationValue + #"\s*(?:on (?:a |an |my )?(?:work|working|busy|school|shift|week) ?days?\s+)?(?:(?:is )?my (?:max|maximum|limit)|is the (?:limit|max|maximum)|is the most|is all i (?:have|get|got)|max|maximum|tops|at most|at the most|per (?:session|run|workout)|a (?:session|run|workout)|each (?:session|run)|,? (?:and )?no (?:more|longer)\b)\b"#)
    /// "An hour and a half on a Saturday, but on a weekday like 45 minutes": which day a duration belongs to.
    static let contrastBefore = TextPattern(
        #"(?:\bbut\b|\bthough\b|\bwhen\b|\bwhenever\b|\bonly\b|\bif\b|\b(?:on|in|before|after) (?:a |an |my )?(?:[a-z0-9-]+(?: [a-z]+)? )?(?:days?|nights?|shifts?|evenings?|mornings?|weeks?)\b)[^.!?]{0,60}$"#)
    /// ("Ninety minutes normally. On a storm night, forty-five": the figure after the other day's words, without its unit.)
    static let contrastThenBare = TextPattern(
        #"\b(?:(?:on|before|after) (?:a |an |my )?[a-z]+(?: [a-z]+)? (?:days?|nights?|shifts?|evenings?|mornings?)|when [^.!?,]{0,50})\s*,?\s+(?:it is |it's |just |only |maybe |about )?(\d+(?:\.\d+)?)\b(?!\s*(?:k\b|km|miles?|mi\b|am\b|pm\b|:|hours?|hrs?|h\b|minutes?|mins?|degrees|%))"#)
    static let shiftAfter = TextPattern(#"^\s*(?:-\s*)?(?:shifts?|days? shifts?|night shifts?)\b"#)
    // ("forty-five on a Saturday late": a Saturday shift is a busy day.)
    static let bareThenBusy = TextPattern(#"(?<![\d.:])(?<!and )(?<!hour )(?<!hours )(?<!h)(\d{1,3})\s+"# + SessionLength.shiftDay)
    static let restDayCue = TextPattern(#"\b(?:saturdays?|sundays?|weekends?|days? off|rest days?|free days?|off days?)\b(?! (?:lates?|earlies|early|shifts?|nights?|doubles?)\b)"#)
    static let busyDayBareFigure = TextPattern(
        #"\b(?:on )?(?:a |an |my )?(?:normal|busy|work|working|school|shift) days?,?\s+(?:it is |it's |just |only |maybe |about )?(\d+(?:\.\d+)?)\b(?!\s*(?:k\b|km|miles?|mi\b|am\b|pm\b|:|hours?|hrs?|minutes?|mins?))"#)
    static let busyDayCue = TextPattern(#"\b(?:weekdays?|week days?|work ?days?|working days?|busy days?|school days?|during the week|normal days?|shift days?)\b"#)
    static let perWeek = TextPattern(#"\b(?:a|per|each|every|in a|/)\s*(?:week|wk)\b|\bweekly\b"#)
    /// ("hr. skool til 3 then rink til 9": the hour said first, then why.)
    static let bareHour = TextPattern(#"^\s*(?:hr|hour)\s*(?:max|tops|maximum|at most)?\s*(?:[.!;,]|$|(?=on\b|for\b|during\b))"#)
    static let bareDuration = TextPattern(
        #"^\s*(?:about |around |roughly |maybe |probably |up to |max |no more than )?(?:(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|minutes?|mins?)?)(?:-?ish)?\s*(?:max|tops)?(?=\s*(?:[,.;!?]|$|(?:on|for|a|per|each|at|but|and|or|if|during|maybe|usually|mostly|most)\b))"#)

    /// The kinds of day a busy-day limit is said of ("on a shop day", "on work days").
    static let busyDayKind = #"(?:work|working|busy|school|shift|office|clinic|mill|market|shop|boat|duty)"#
    static let workingDayLimit = TextPattern(
        #"\bon (?:a |my )?"# + busyDayKind + #" ?days?\b[^.;]*\b(?:max|maximum|at most|only|tops|limit)\b|\b(?:max|maximum|at most|tops)\b[^.;]{0,30}\bon (?:a |my )?"# + busyDayKind + #" ?days?\b"#)
    static let longerSometimes = TextPattern(#"\b(?:longer|more time|more|as long as i like|no limit)\s+(?:on|at)\s+(?:the\s+)?(?:weekends?|sundays?|saturdays?|days off)\b|\bexcept (?:on )?(?:the )?(?:weekends?|sundays?|saturdays?)\b|\b(?:weekends?|sundays?|saturdays?) (?:i can go |can be |are )?longer\b"#)

    /// "My long run can't be more than 2 hours": a limit on the long run only. Never asked (most runners
    /// have none); taken when volunteered, and never read as the limit on every session.
    static let longRunLimit = TextPattern(
        #"\blong (?:run|runs|one|ones)\b(?:(?!\blong\b)[^.;!?,]){0,50}?\b(?:more than|longer than|at most|at the most|max(?:imum)?|up to|fit (?:in|into|within)|limited to|limit of|capped at|cap of|under|within)\s+(?:of\s+)?(?:about |around |roughly )?"# + durationValue)

    func extractSessionLimit(_ scan: Scan) {
        var longRunSpans: [Range<Int>] = []
        for match in Self.longRunLimit.matches(in: scan.text) {
            guard let value = Self.number(match[1]), let unit = match[2] else { continue }
            let minutes = Int((unit.hasPrefix("h") ? value * 60 : value).rounded())
            scan.add("schedule.longRunMaxDurationMinutes", .number(Double(minutes)),
                     said: "long runs of at most \(TargetTime.spoken(minutes * 60))", at: match.start)
            longRunSpans.append(match.start..<match.end)
        }
        // "An hour and a half on a Saturday, but on a weekday like 45 minutes": the busy day's limit, and the long-run day's.
        if scan.expecting == "schedule.maxSessionDurationMinutes", longRunSpans.isEmpty {
            let tagged = Self.anyDuration.matches(in: scan.text).compactMap { match -> (busy: Bool, minutes: Int, start: Int)? in
                guard let value = Self.number(match[1]), let unit = match[2] else { return nil }
                // (Within the figure's sentence: "Normally …, an hour and a quarter. On a busy day, … forty minutes".)
                let lead = scan.window(before: match.start, 48), tail = scan.window(after: match.end, 24)
                let near = String(lead.split(separator: ".", omittingEmptySubsequences: false).last ?? "") + " "
                    + String(tail.split(separator: ".", omittingEmptySubsequences: false).first ?? "")
                let rest = Self.restDayCue.matches(near), busy = Self.busyDayCue.matches(near)
                // ("Fifty minutes. No, an hour, I was thinking of Saturday": the day that caused the slip, no day's limit.)
                guard rest != busy, !Self.thinkingOf.matches(near) else { return nil }
                return (busy, Int((unit.hasPrefix("h") ? value * 60 : value).rounded()), match.start)
            }
            var pair = tagged.first(where: \.busy).flatMap { busy in tagged.first { !$0.busy }.map { (busy: busy, free: $0) } }
            // "Three hours on a free day. On a normal day two": the busy day's figure said without its unit, in the other's.
            if pair == nil, tagged.count == 1, let free = tagged.first, !free.busy,
               let bare = Self.busyDayBareFigure.firstMatch(in: scan.text), let value = Self.number(bare[1]) {
                let minutes = Int((value <= 6 ? value * 60 : value).rounded())
                if minutes < free.minutes { pair = ((busy: true, minutes: minutes, start: bare.start(of: 1)), free) }
            }
            // Every duration said, in order, untagged. ("after a twelve-hour shift": a shift's length is no run's.)
            let all = Self.anyDuration.matches(in: scan.text).compactMap { match -> (busy: Bool, minutes: Int, start: Int)? in
                guard let value = Self.number(match[1]), let unit = match[2],
                      !Self.shiftAfter.matches(scan.text.utf16Slice(match.end, min(scan.text.utf16Length, match.end + 12))) else { return nil }
                return (false, Int((unit.hasPrefix("h") ? value * 60 : value).rounded()), match.start)
            }
            if pair == nil {
                // "60 min (weekends up to 2.5 h)", "45 minutes on workdays, up to 2 hours at the weekend": a day off
                // named beside the longer of two durations makes the shorter one the busy day's, wherever the cues sit.
                if all.count == 2, let short = all.min(by: { $0.minutes < $1.minutes }), let long = all.max(by: { $0.minutes < $1.minutes }),
                   short.minutes < long.minutes,
                   case let near = scan.window(before: long.start, 24) + " " + scan.window(after: long.start, 40),
                   Self.restDayCue.matches(near), !Self.thinkingOf.matches(near) {
                    pair = (short, long)
                }
            }
            // ("90 minutes. On a work day, one hour": the busy day's figure said after the other.)
            if pair == nil, let busy = tagged.first(where: \.busy), tagged.filter(\.busy).count == 1,
               let other = all.first(where: { $0.start != busy.start }), other.minutes > busy.minutes {
                pair = (busy, other)
            }
            // ("An hour and a quarter most days, forty-five on a Saturday late", "90 min. 60 before a night": a shorter bare figure
            // with the busy day said after it.)
            if pair == nil, all.count == 1, let bare = Self.bareThenBusy.firstMatch(in: scan.text), bare.start > all[0].start,
               let value = Self.number(bare[1]), case let minutes = Int((value <= 6 ? value * 60 : value).rounded()), minutes < all[0].minutes {
                pair = ((busy: true, minutes: minutes, start: bare.start), all[0])
            }
            // ("On a normal day two hours. When the bees swarm, one hour", "Ninety minutes. On a school day, sixty": the
            // shorter said second, after a contrast, is the busy day's.)
            if pair == nil {
                var said = all
                if said.count == 1, let bare = Self.busyDayBareFigure.firstMatch(in: scan.text) ?? Self.contrastThenBare.firstMatch(in: scan.text),
                   bare.start(of: 1) > said[0].start, let value = Self.number(bare[1]) {
                    said.append((true, Int((value <= 6 ? value * 60 : value).rounded()), bare.start(of: 1)))
                }
                // ("I get an hour for lunch but need 15 mins to shower and eat, so 45 really": time for something else, and
                // a figure settled on after it.)
                if said.count == 2, said[1].minutes < said[0].minutes,
                   Self.contrastBefore.matches(scan.text.utf16Slice(max(0, said[1].start - 64), said[1].start)),
                   case let rest = scan.text.utf16Slice(said[1].start, scan.text.utf16Length),
                   rest.range(of: #"^\S+\s*(?:minutes?|mins?|hours?|hrs?|h)?\s+(?:to|for)\b"#, options: .regularExpression) == nil,
                   // ("No, on a work day one and a half, the shop opens at nine": a clock time after it is no other figure.)
                   !rest.dropFirst(4).replacingOccurrences(of: #"\b(?:at|by|till|until) \d{1,2}(?::\d\d)?\b|\d{1,2}(?::\d\d)?\s*(?:am|pm|o'?clock)\b"#,
                                                           with: "", options: .regularExpression).contains(where: \.isNumber) {
                    pair = (said[1], said[0])
                }
            }
            if let (busy, free) = pair, free.minutes > busy.minutes {
                addSessionLimit(scan, busy.minutes, at: busy.start)
                scan.add("schedule.longRunMaxDurationMinutes", .number(Double(free.minutes)),
                         said: "long runs of at most \(TargetTime.spoken(free.minutes * 60))", at: free.start)
                return
            }
        }
        // A weekday limit with longer weekend runs is not a limit on every session (the long run is the point).
        // (Unless the limit is said to be a working day's: "On work days … 55 minutes max; Saturday longer" is the busy
        // day's limit, which is the one recorded.)
        if Self.longerSometimes.matches(scan.text), !Self.workingDayLimit.matches(scan.text) { return }
        // ("3 hours and 50 minutes maximum", asked the finish time: the most the race may take, not a session's limit.)
        if scan.expecting == "goals.targetTime" { return }
        var matches = Self.sessionLimitBefore.matches(in: scan.text) + Self.sessionLimitAfter.matches(in: scan.text)
        if scan.expecting == "schedule.maxSessionDurationMinutes", let bare = Self.bareDuration.firstMatch(in: scan.text),
           !longRunSpans.contains(where: { $0.contains(bare.start) }) {
            matches.append(bare)
        } else if scan.expecting == "schedule.maxSessionDurationMinutes", let hour = Self.bareHour.firstMatch(in: scan.text) {
            // "hr max", "hour tops": an hour.
            scan.add("schedule.maxSessionDurationMinutes", 60, said: "sessions of at most 1 hour", at: hour.start)
        }
        for match in matches where !longRunSpans.contains(where: { $0.overlaps(match.start..<match.end) }) {
            guard let value = Self.number(match[1]), !Self.raceTimeBefore.matches(scan.clauseBefore(match.start)) else { continue }
            if Self.perWeek.matches(scan.clause(around: match.start).text) { continue } // "3 hours a week" is volume
            let unit = match[2] ?? (value <= 6 ? "hours" : "minutes")
            let minutes = Int((unit.hasPrefix("h") ? value * 60 : value).rounded())
            if scan.expecting == "schedule.longRunDay" {
                // "Saturday, I can do up to two hours then": the limit of the long-run day, not of every run.
                scan.add("schedule.longRunMaxDurationMinutes", .number(Double(minutes)),
                         said: "long runs of at most \(TargetTime.spoken(minutes * 60))", at: match.start)
                continue
            }
            addSessionLimit(scan, minutes, at: match.start)
        }
        // Not for a message that opens by correcting an earlier answer ("Sorry, more like 35").
        guard scan.expecting == "schedule.maxSessionDurationMinutes", !scan.has("schedule.maxSessionDurationMinutes"),
              longRunSpans.isEmpty, !scan.opensWithCorrection else { return }
        // Asked for the limit, the answer names it anywhere: "Realistically 1h15 on workdays",
        // "Weekdays 80 minutes", "If it does, 70 minutes", "I can squeeze in 40 before work".
        // "Actually, make the target 52 minutes": a race time is no session limit.
        // ("I have to be on the floor by 7:30": a time of day, not a length.)
        let outsideLongRun = { (match: TextMatch) in
            !longRunSpans.contains { $0.overlaps(match.start..<match.end) } && !Self.raceTimeBefore.matches(scan.clauseBefore(match.start))
                && !(match.text.contains(":") && Self.clockTimeBefore.matches(scan.window(before: match.start, 12)))
        }
        if let match = Self.hoursAndMinutes.matches(in: scan.text).first(where: outsideLongRun),
           let hours = Self.number(match[1]), let extra = Self.number(match[2]), extra < 60 {
            addSessionLimit(scan, Int(hours * 60 + extra), at: match.start)
        } else if let match = Self.anyDuration.matches(in: scan.text).first(where: { outsideLongRun($0) && !Self.perWeek.matches(scan.clause(around: $0.start).text) }),
                  let value = Self.number(match[1]), let unit = match[2] {
            addSessionLimit(scan, Int((unit.hasPrefix("h") ? value * 60 : value).rounded()), at: match.start)
        } else if case let numbers = Self.anyNumber.matches(in: scan.text), numbers.count == 1, let match = numbers.first,
                  let value = Self.number(match[1]), (20...300).contains(value) {
            addSessionLimit(scan, Int(value), at: match.start)
        }
    }

    static let clockTimeBefore = TextPattern(#"\b(?:by|at|until|till|til|before|after|from|around|between|leave|start)\s*$"#)
    static let raceTimeBefore = TextPattern(#"\b(?:target|goal|aim(?:ing)?|pb|pr|personal best|best time|finish(?:ing)? in|race in|did|ran)\b"#)
    static let hoursAndMinutes = TextPattern(#"(?<![\d:.])(\d)\s*(?:h|hr|hrs|hours?|:)\s*(\d{2})\b(?!\s*(?:km|k|miles?|mi)\b)"#)
    static let anyDuration = TextPattern(#"(?<![\d.])"# + durationValue)
    static let anyNumber = TextPattern(#"(?<![\d.:/])(\d+(?:\.\d+)?)(?![\d:/])"#)

    func addSessionLimit(_ scan: Scan, _ minutes: Int, at position: Int) {
        scan.add("schedule.maxSessionDurationMinutes", .number(Double(minutes)), said: "sessions of at most \(TargetTime.spoken(minutes * 60))", at: position)
    }

    // MARK: - Access

    static let trackYes = TextPattern(
        #"\b(?:there is a (?:running |athletics )?track|(?:i )?have (?:access to )?a (?:running |athletics )?track|access to a (?:running |athletics )?track|(?:a |the )?track (?:near|nearby|close|down the road|around the corner|at (?:my|the) (?:school|gym|park))|near a track|use the track|track nearby|track access)"#)
    static let trackNo = TextPattern(#"\b(?:no (?:running |athletics )?track|no access to a track|do not have (?:access to )?a track|not near a track|no track access|nowhere near a track)"#)
    static let hillsYes = TextPattern(#"\b(?:hills (?:are )?(?:everywhere|all around|nearby|near me|close by|around here)|(?:lots of |plenty of |some |there are |have |got |near |access to )hills|hilly|hill(?:s)? (?:near|nearby|close)|a hill near|mountains|mountainous)"#)
    static let hillsNo = TextPattern(#"\b(?:(?:it is |pretty |very |totally |completely |all |quite |really )?flat (?:here|around here|where i live|area|terrain|as a pancake|everywhere)|it is (?:pretty |very |quite |all )?flat|no hills|not hilly|do not have (?:any )?hills|flat as a pancake)"#)
    static let gymYes = TextPattern(#"\b(?:gym membership|(?:i )?have a gym|go to the gym|access to a gym|gym at work|home gym|member of a gym|gym access|i use a gym|my gym)"#)
    static let gymNo = TextPattern(#"\b(?:no gym|do not have (?:a |access to a )?gym|no access to a gym|not a gym member|without a gym)"#)

    func extractAccess(_ scan: Scan) {
        let rules: [(String, TextPattern, TextPattern, String)] = [
            ("schedule.hasTrackAccess", Self.trackYes, Self.trackNo, "a track"),
            ("schedule.hasHillsAccess", Self.hillsYes, Self.hillsNo, "hills"),
            ("schedule.hasGymAccess", Self.gymYes, Self.gymNo, "a gym"),
        ]
        for (path, yes, no, thing) in rules {
            for match in no.matches(in: scan.text) {
                scan.add(path, false, said: "no access to \(thing)", at: match.start, checkNegation: false)
            }
            for match in yes.matches(in: scan.text) where !no.matches(in: scan.text).contains(where: { $0.start <= match.start && $0.end >= match.end }) {
                if scan.negated(at: match.start) || scan.window(before: match.start, 10).hasSuffix("not ") { continue }
                scan.add(path, true, said: "access to \(thing)", at: match.start)
            }
        }
    }

    /// Asked for the long-run day, the day settled on when more than one is named (`DayChoice`), and none when the
    /// runner leaves it open.
    func readLongRunChoice(_ scan: Scan) {
        guard scan.expecting == "schedule.longRunDay", let reading = DayChoice.longRun(scan.text) else { return }
        let current = scan.latest("schedule.longRunDay")
        switch reading {
        case .undecided:
            scan.drop(["schedule.longRunDay"])
        case .day(let day):
            guard current?.value.stringValue != day else { return }
            // ("Tuesday, Thursday and Saturday. No, Monday instead of Tuesday": the running days put right, no long-run day.)
            if current == nil, (scan.latest("schedule.preferredDays")?.value.arrayValue?.count ?? 0) >= 3 { return }
            scan.overrule("schedule.longRunDay", .string(day), said: "long runs on \(day.capitalized)", after: current)
        }
    }
}
