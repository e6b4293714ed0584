import CadenceCore
import Foundation

/// Coaching voice and motivations, plus the shape of a reply: yes, no or skip.
extension FactExtractor {
    static let voiceStrong: [(String, String, TextPattern)] = [
        ("tough_love", "tough love", TextPattern(#"\b(?:tough love|tell (?:it|me) (?:like|how) it is|no sugar(?:[- ]?coating)?|(?:do not|don'?t|dont) sugar[- ]?coat(?: it)?|like (?:my|an?|the) (?:old |former )?(?:pe|gym|games) teacher|(?:(?<=^)|(?<=[.!?,] )|(?<=please )|(?<=just )|(?<=you can )|(?<=free to ))(?:bark|shout|yell) at me(?! and)|tuff love|(?:do not|don'?t|dont) go soft|keep it real|(?:do not|dont) sugar ?coat|be (?:hard|tough) on me|push me(?: hard)?|drill sergeant|kick my (?:butt|ass|arse)|(?<!have )no excuses(?!\s+(?:left|now|any ?more))|hold me accountable|do not go easy on me|strict|do not (?:be )?(?:soft|gentle|easy|nice) (?:on|with) me|no (?:babying|coddling|hand[- ]?holding|sugar[- ]?coating|pom-?poms|mercy)|do not (?:sugar-?coat|dress it up)|tell (?:me|us) (?:straight|how it is)|straight[- ]talk(?:ing)?|(?:bring|give me) the pain)\b"#)),
        ("encouraging", "encouraging", TextPattern(#"\b(?:be encouraging|encouraging|encouragement|encourage (?:me|mi|pls|please|plz)|supportive|(?<!would )(?<!could )(?<!'d )(?<!will )be (?:nice|kind|gentle|positive)|cheerleader|positive reinforcement|hype me(?: up)?|cheer me on|build me up|lift me up|pep talks?|kind words|give me courage|motivating|motivational|motivate me|gas me up|hype man|big me up|pump me up|cheer me up)\b"#)),
        ("analytical", "analytical, with the data", TextPattern(#"\b(?:give me (?:the )?(?:data|numbers|stats|details)|analytical|data[- ]driven|show me the (?:data|numbers)|the science|numbers and (?:data|details)|explain the why|explain (?:things|why|the reasons?|your reasoning)|(?:like|love|want) (?:knowing|to know|to understand) (?:the )?why|love (?:data|numbers|stats)|(?:hr|heart rate) zones|splits|metrics|graphs|charts)\b"#)),
        ("minimalist", "short and to the point", TextPattern(#"\b(?:bare bones|just the (?:workouts?|sessions?|plan)\b|no long (?:msgs?|messages?|texts?|talks?|essays?|paragraphs?|speeches)|(?:just|jus) tell me (?:what|wat|wot) to (?:run|do)|just tell me the (?:sessions?|workouts?|runs?)|(?:do not|dont) waffle|(?:(?:i am|im) )?not (?:a (?:man|woman|person|guy|girl|lady) )?of many words|(?:without|not|no) (?:too |so )?(?:many|much|a lot of|lots of) words|keep it (?:short|brief|simple|concise)|short and sweet|minimal(?:ist)?|concise|to the point|no fluff|brief|just tell me what to do|just the plan|no fuss|straightforward|just give me the plan|straight to the point|just the facts|facts only|no (?:chit-?chat|small talk|waffle)|bullet points|short and (?:direct|clear|simple)|direct and short|short (?:messages|texts|replies)|few words|(?:1|one|2|two|1 or 2|one or two|a couple of|a few) (?:lines?|sentences?)(?: only| max| at most| tops)?|an? (?:line|sentence) or (?:2|two))\b"#)),
    ]
    static let voiceWeak: [(String, TextPattern)] = [
        ("tough_love", TextPattern(#"\b(?:(?:do not|don'?t|dont) baby me|no[- ]?nonsense|tough|hard|push|blunt|direct|honest|harsh|brutal|firm|firmly|loud|louder|mean(?! (?:it|that|to|by|like))|contempt|straight(?! up (?:numbers|data|stats|splits|figures))|yell(?:ing)?|shout(?:ing)?)\b"#)),
        ("encouraging", TextPattern(#"\b(?:like an? (?:good |close |best |old )?(?:friend|mate|buddy|pal)|positive|patient|kind(?! of)|kindly|gentle|gently|nice|friendly|warm|motivating|sweet|courage|hype|cheerful|cheery|upbeat|patience|kindness)\b"#)),
        ("analytical", TextPattern(#"\b(?:data|numbers|stats|details|detailed|science|nerdy|technical|splits|(?<!\d )(?<!\d)hr(?! ?\d)|heart rate|metrics|graphs?|charts?)\b"#)),
        ("minimalist", TextPattern(#"\b(?:short|simple|quick|less|minimum|brief|briefly|concise|plain|tell me what to (?:do|run))\b"#)),
    ]
    static let someoneElsesManner = TextPattern(
        #"\b(?:(?:my|our|the|his|her) (?:[a-z]+ )?(?:physio|physiotherapist|doctor|gp|surgeon|boss|manager|teacher|wife|husband|partner|mum|mom|dad|mother|father|sister|brother)\b|(?:he|she|they) (?:is|are|was|were)\b)[^.!?]*$"#)
    static let settledChoice = TextPattern(#"\b(?:if i (?:must|have to|had to|need to) (?:pick|choose)(?: 1| one)?|if you make me (?:pick|choose)|pick one|final answer|bottom line|i(?:'ll| will|'d| would) (?:take|go with|go for|pick|choose)|let(?:'s| us) (?:say|go with|go for|make it))[,:]?\s+([^.!?]+)"#)
    static let loneLastSentence = TextPattern(#"[.!?]\s+(?!(?:but|and|though|also|plus)\b)(?![^.!?]*\b(?:not|no|too|less|never)\b)([a-z]+(?: [a-z]+){0,2})[.!]*\s*$"#)
    /// The style a few words name: a named style first, else the words that lean one way.
    static func styleIn(_ text: String) -> String? {
        if let strong = voiceStrong.first(where: { $0.2.matches(text) }) { return strong.0 }
        return voiceWeak.first { $0.1.matches(text) }?.0
    }
    static let plainSpoken = TextPattern(#"\b(?:honest|direct|straight)\b"#)
    static let runnersOwnManner = TextPattern(#"\b(?:i am|i'm|im|i can be|i tend to be) (?:the |a |very |quite |so |pretty |really )?$"#)
    static let kidding = TextPattern(#"\b(?:kidding|only joking|just joking|joking|jk|that was a joke|(?:just )?a joke)\b"#)
    /// ("… a club, a coach until 2024": a coach the runner had is no word about how to coach them.)
    static let voiceContext = TextPattern(#"\b(?:coaching|talk to me|speak to me|tone|style|voice|feedback|approach)\b|(?<!\bhad a )(?<!\bhave a )(?<!\bwith a )(?<!\bmy )(?<!\bour )(?<!\bhis )(?<!\bher )(?<!\bclub )(?<!\bold )(?<!\bformer )\bcoach\b(?! (?:until|till|for \d|since|in (?:19|20)))"#)

    static let motivations: [(String, TextPattern)] = [
        ("health", TextPattern(#"\b(?:health|healthy|fitness|fit)\b"#)),
        ("competition", TextPattern(#"\b(?:competition|compete|competing|racing|winning)\b"#)),
        ("stress_relief", TextPattern(#"\b(?:stress|de-?stress|clears? my head|headspace|unwind|relax(?:ing|ation)?|switch off|mental health|sanity)\b"#)),
        ("social", TextPattern(#"\b(?:social|friends|club|community|people|group runs?)\b"#)),
        ("weight_loss", TextPattern(#"\b(?:lose weight|losing weight|weight loss|weight)\b"#)),
        ("challenge", TextPattern(#"\b(?:challenge|prove|achievement|goals?)\b"#)),
        ("enjoyment", TextPattern(#"\b(?:fun|enjoy|love running|love it|joy)\b"#)),
        ("time_outdoors", TextPattern(#"\b(?:outdoors|outside|nature|fresh air)\b"#)),
    ]
    static let motivationCue = TextPattern(#"\b(?:motivat\w*|keeps me going|why i run|i run (?:because|for|to)|the reason i run|i love (?:running|it) because|gets me out)\b"#)

    static let correctedBefore = TextPattern(#"\b(?:no|nah|actually|sorry|wait|i mean|scratch that|take (?:that|it) back|make (?:that|it)|on second thought|rather)\b[\s,.!:—–-]*(?:just |only |please |then )?(?:be )?$"#)
    static let confirmedAfter = TextPattern(#"^[a-z ]{2,14}?,?\s+(?:yes|yeah|yep|definitely|that is it|for sure)\b"#)
    static let oppositeOf = TextPattern(#"\b(?:opposite of|anything but|anything except|the reverse of|far from)\s+(?:an? |the |my |your )?$"#)
    static let requestForm = TextPattern(#"^\W*(?:can|could|would|will) (?:you|u) (?:please |just |maybe )?(?:be|try to be|keep it|give me|talk|explain)\b"#)
    static let ifYouAre = TextPattern(#"\bif (?:you|u) (?:are|re|'re|get|start being|become|were)\s+(?:too |very |so |really |a bit |very very )?$"#)
    static let withMe = TextPattern(#"^\s*(?:with|to|on) me\b"#)

    func extractCoaching(_ scan: Scan) {
        var voiceFound = false
        // "Tough love, but explain why": the style named first is the choice, the rest a nuance (a correction,
        // "Encouraging. Actually no, analytical", is read by the interview from the words after it).
        let strong = Self.voiceStrong.flatMap { value, said, pattern in
            pattern.matches(in: scan.text).filter { !scan.negated(at: $0.start) && !Self.voiceRefused.matches(scan.window(before: $0.start, 24)) }
                // "I work for the tax authority, so please be nice": a plea in passing, not how to coach, unless asked.
                .filter { match in
                    scan.expecting == "coaching.coachingVoice" || !["be nice", "be kind", "be gentle", "be positive"].contains(match.text)
                        || Self.voiceContext.matches(scan.text) || Self.withMe.matches(scan.text.utf16Slice(match.end, match.end + 12))
                }
                // ("Then I'll say no, let's keep it simple", asked for consent: the data kept simple, not the coaching.)
                .filter { scan.expecting != "legal.healthConsentAt" || !$0.text.hasPrefix("keep it") }
                // ("My physio, Efua, is very strict about it": someone else's manner, not how to coach, unless asked.)
                .filter { scan.expecting == "coaching.coachingVoice" || !Self.someoneElsesManner.matches(scan.sentenceBefore($0.start)) }
                // ("I am the strict one all day at school; I would like someone to be kind to me": the runner's own manner.)
                .filter { !Self.runnersOwnManner.matches(scan.window(before: $0.start, 24)) }
                // ("Whatever the opposite of a motivational poster is": a style turned down by its opposite.)
                .filter { !Self.oppositeOf.matches(scan.window(before: $0.start, 24)) }
                // ("Patient with me, I think. Or is it better to be strict with me?": a style asked about, not chosen.)
                // ("Can you be encouraging but also explain why?": a request put as a question is a choice.)
                .filter { !(scan.inQuestion(at: $0.start) && Replies.questionForm.matches(scan.sentence(around: $0.start).text)
                            && !Self.requestForm.matches(scan.sentence(around: $0.start).text)) }
                // ("Gentle please. If you are strict I will cry": a style feared, not chosen.)
                .filter { !Self.ifYouAre.matches(scan.window(before: $0.start, 24)) }
                .map { (value, said, $0.start) }
        }
        // "Be gentle with me, I bruise easy. Kidding. Tough love": a style taken back as a joke is not the choice.
        let joke = Self.kidding.matches(in: scan.text).last?.end ?? 0
        if var first = strong.filter({ $0.2 >= joke }).min(by: { $0.2 < $1.2 }) ?? strong.min(by: { $0.2 < $1.2 }) {
            // "Tough love. Hmm, no, encouraging": a style named after a correction is the choice.
            // ("Encouraging. Well... a bit tough also. Tough love, yes": or one said and then confirmed.)
            // (Read across the clause break: "Tough love! No... encouraging".)
            if let corrected = strong.filter({ $0.2 > first.2 && $0.0 != first.0 && (Self.correctedBefore.matches(scan.text.utf16Slice(max(0, $0.2 - 24), $0.2))
                                                 || Self.confirmedAfter.matches(scan.window(after: $0.2, 24))) })
                .max(by: { $0.2 < $1.2 }) {
                first = corrected
            }
            // ("Strict. No, gentle.": a plainer style word said as the correction.)
            if scan.expecting == "coaching.coachingVoice",
               let fix = Self.voiceWeak.flatMap({ value, pattern in pattern.matches(in: scan.text).map { (value, $0.start) } })
                // ("Strict, please. No sweet talk.": a style ruled out is no correction.)
                .filter({ $0.1 > first.2 && $0.0 != first.0 && !scan.negated(at: $0.1) && Self.correctedBefore.matches(scan.text.utf16Slice(max(0, $0.1 - 24), $0.1)) })
                .max(by: { $0.1 < $1.1 }) {
                first = (fix.0, Self.voiceStrong.first { $0.0 == fix.0 }?.1 ?? fix.0, fix.1)
            }
            // ("Tell me straight. Short.": plain speaking goes with any manner, so another style's word beside it is the choice.)
            if first.0 == "tough_love", Self.plainSpoken.matches(scan.text.utf16Slice(first.2, first.2 + 20)),
               let other = Self.voiceWeak.flatMap({ value, pattern in pattern.matches(in: scan.text).map { (value, $0.start) } })
                   .filter({ $0.0 != "tough_love" && !scan.negated(at: $0.1) }).min(by: { $0.1 < $1.1 }) {
                first = (other.0, Self.voiceStrong.first { $0.0 == other.0 }?.1 ?? other.0, other.1)
            }
            scan.add("coaching.coachingVoice", .string(first.0), said: first.1, at: first.2)
            voiceFound = true
        }
        // "If I must pick one, the numbers", "Encouraging? Or is analytical better? I'll take analytical", "… Encouraging, but
        // honest. Encouraging.": a choice made at the end, or the style
        // said again alone as the last sentence, is the one, asked about coaching.
        if scan.expecting == "coaching.coachingVoice", let settled = Self.settledChoice.firstMatch(in: scan.text)
            ?? Self.loneLastSentence.firstMatch(in: scan.text).flatMap({ last in
                // (Said again: the style named alone at the end was named before it too.)
                Self.voiceStrong.first(where: { $0.2.matches(last[1] ?? "") }).flatMap { strong in
                    strong.2.matches(scan.text.utf16Slice(0, last.start)) ? last : nil
                }
            }),
           let tail = settled[1], let value = Self.styleIn(tail) {
            let names = ["tough_love": "tough love", "encouraging": "encouraging", "analytical": "analytical, with the data", "minimalist": "short and to the point"]
            scan.add("coaching.coachingVoice", .string(value), said: names[value] ?? value, at: settled.start + 1)
            return
        }
        if !voiceFound, scan.expecting == "coaching.coachingVoice" || Self.voiceContext.matches(scan.text) {
            let names = ["tough_love": "tough love", "encouraging": "encouraging", "analytical": "analytical, with the data", "minimalist": "short and to the point"]
            // "Motivating, but honest": the word said first is the choice, as with the named styles.
            // Not asked: only in the sentence that speaks of coaching ("… feel less stiff … And a friendly tone please":
            // the tone asked for, not "less").
            let context = scan.expecting == "coaching.coachingVoice" ? [] : Self.voiceContext.matches(in: scan.text).map { scan.sentence(around: $0.start) }
            func inContext(_ position: Int) -> Bool {
                context.isEmpty || context.contains { $0.start <= position && position < $0.start + $0.text.utf16Length }
            }
            let weak = Self.voiceWeak.compactMap { value, pattern in
                pattern.matches(in: scan.text).first {
                    !scan.negated(at: $0.start) && !Self.voiceRefused.matches(scan.window(before: $0.start, 24)) && inContext($0.start)
                }.map { (value, $0.start) }
            }
            // "Honest, but kind", "Direct. Short", "Straight and simple": honest, direct or straight words go with any
            // manner, so another style's word beside them is the choice.
            let plain = weak.filter { value, position in
                value != "tough_love" || !Self.plainSpoken.matches(in: scan.text).contains { $0.start == position }
            }
            if let (value, position) = (plain.isEmpty ? weak : plain).min(by: { $0.1 < $1.1 }) {
                scan.add("coaching.coachingVoice", .string(value), said: names[value] ?? value, at: position)
            }
        }

        let cue = Self.motivationCue.firstMatch(in: scan.text)
        if scan.expecting == "coaching.motivations" || cue != nil {
            let from = cue?.start ?? 0
            let text = scan.text.utf16Slice(from, scan.text.utf16Length)
            var found: [(String, Int)] = []
            for (value, pattern) in Self.motivations {
                if let match = pattern.firstMatch(in: text), !found.contains(where: { $0.0 == value }) {
                    found.append((value, match.start + from))
                }
            }
            if !found.isEmpty {
                let sorted = found.sorted { $0.1 < $1.1 }
                scan.add("coaching.motivations", .array(sorted.map { .string($0.0) }),
                         said: Self.sayList(sorted.map { $0.0.replacingOccurrences(of: "_", with: " ") }), at: sorted[0].1, checkNegation: false)
            }
        }
    }

    // MARK: - Replies

    /// ("Numbers. Pace, mileage, heart rate. Skip the pep talk.": a style turned down.)
    static let voiceRefused = TextPattern(#"\b(?:skip|spare me|cut|drop|ditch|enough of|none of|without|forget|hold|save)\s+(?:the |all the |your |any |those |that )?$"#)
    static let skipPattern = TextPattern(
        #"^\s*(?:skip(?: it| this| that| this one| for now)?|pass|next(?: question)?|(?:i(?: would|'d)? )?(?:rather|prefer) not(?: to)?(?: say| answer| share)?(?: that)?|i would rather not(?: say)?|no comment|not telling|none of your business|move on|let us move on|i do not know|do not know|dunno|no idea|not sure|idk|n/?a)\s*[.!]*\s*$"#)
    static let skipLead = TextPattern(#"^\s*(?:skip|pass)\b"#)
    static let skipThenWhy = TextPattern(#"^\s*(?:skip|pass)(?: on)?(?: (?:that|this|it))?(?: one| 1| question)?(?: please)?\s*[,.;!—–-]"#)
    /// "Ask me later — I want to see how the leg responds first. Honestly, skip it for now.": a skip said last.
    static let skipLast = TextPattern(
        #"(?:^|[.!?;]\s+|(?:idk|dunno|no idea|not sure|do not know),\s+|\s[-—–]+\s+)(?:(?:honestly|so|ok|okay|then|just|yeah|look),?\s+)*(?:let us\s+|let'?s\s+|please\s+)?(?:skip(?: it| this| that| this one)?|pass|ask me later|come back to (?:it|this|that)(?: later)?)(?: for now| for the moment)?(?:,? (?:please|pls|plz))?\s*[.!]*\s*$"#)
    static let yesPattern = TextPattern(
        #"^\s*(?:yes+|yeah|yea|yep|yup|ya|y|sure|sure thing|ok|okay|k|alright|all right|correct|right|that is right|that is correct|exactly|absolutely|of course|definitely|certainly|fine|go ahead|please do|yes please|i agree|agreed|i consent|i do|sounds good|perfect|affirmative|indeed|true|that works|why not|do it|let us do it|totally)(?:[\s,]+(?:please|thanks|thank you|i do|i agree|i consent|go ahead|that is fine|sounds good|sure|yes|yeah|ok|okay|fine|of course|absolutely|definitely|that is right|correct))*\s*(?:[.!,;:-]|$)"#)
    static let noPattern = TextPattern(
        #"^\s*(?:no+|nope|nah|n|not really|no thanks|no thank you|no way|i do not|i do not agree|i do not consent|not at all|negative|false|incorrect|wrong|that is wrong|not quite|definitely not|absolutely not|never)(?:\s*(?:thanks|thank you))?\s*(?:[.!,;:-]|$)"#)

    static func reply(_ text: String) -> (skipped: Bool, affirmed: Bool?) {
        // ("Skip that one, it moves with the roster": a skip, then why.)
        if skipPattern.matches(text) || skipLead.matches(text) && (text.split(separator: " ").count <= 4 || skipThenWhy.matches(text)) || skipLast.matches(text) {
            return (true, nil)
        }
        if yesPattern.matches(text) { return (false, true) }
        if noPattern.matches(text) { return (false, false) }
        return (false, nil)
    }
}
