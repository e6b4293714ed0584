import Foundation

/// Red flags a coach must not coach through. Checked in code before the model answers: the runner
/// gets a fixed answer that advises medical care, and no plan is offered that turn.
///
/// A flag is raised for a symptom the runner has now. Each sentence that names one is read on its
/// own and does not count when it is negated ("no chest pain"), history ("a fracture years ago",
/// "healed", "back from a stress fracture last year") or a general question ("should I worry about
/// chest pain?"); a word of the present ("now", "today", "this week", "still", "getting worse")
/// makes it current again.
public enum SafetyCheck {
    public struct RedFlag: Sendable, Equatable {
        public let kind: String
        public let matched: String
        /// Where a pain is ("foot", "shin"), when the runner named it: kept with the symptom in the health facts.
        public var site: String? = nil
    }
    /// Body parts a pain is named by, in the words runners use. ("Back" is left out: "I'm back running" names no place.)
    static let painSites: [(String, [String])] = [
        ("foot", ["foot", "feet", "metatarsal", "metatarsals", "arch", "toe", "toes"]), ("shin", ["shin", "shins", "tibia", "shinbone"]),
        ("heel", ["heel"]), ("ankle", ["ankle"]), ("knee", ["knee", "kneecap"]), ("hip", ["hip"]), ("groin", ["groin"]),
        ("thigh", ["thigh", "femur"]), ("calf", ["calf"]), ("achilles", ["achilles"]), ("pelvis", ["pelvis", "pubic"]), ("spine", ["spine", "vertebra"]),
    ]
    /// ", foot" after the words matched, unless they name the place already.
    static func siteSaid(_ flag: RedFlag) -> String {
        guard let site = flag.site, !flag.matched.contains(site) else { return "" }
        return ", " + site
    }
    static func site(in words: String) -> String? {
        let list = words.split(separator: " ").map(String.init)
        for word in list { if let (site, _) = painSites.first(where: { $0.1.contains(word) }) { return site } }
        return nil
    }

    /// Phrases by kind. Matched on lowercased words with apostrophes removed.
    static let phrases: [(kind: String, phrases: [String])] = [
        ("chest_pain", ["chest pain", "chest pains", "pain in my chest", "chest hurts", "chest tightness", "tight chest", "chest feels tight",
                        "pressure in my chest", "chest pressure", "chest gets tight"]),
        ("fainting", ["fainted", "fainting", "faint", "passed out", "pass out", "blacked out", "black out", "blacking out",
                      "lost consciousness", "collapsed", "nearly fainted", "almost fainted"]),
        ("breathing_at_rest", ["short of breath at rest", "breathless at rest", "out of breath sitting", "cant breathe",
                               "can not breathe", "cannot breathe", "struggling to breathe", "out of breath even resting",
                               "short of breath when resting", "short of breath while resting"]),
        ("heart_rhythm", ["palpitations", "palpitation", "palps", "heart is racing at rest", "irregular heartbeat", "heart skipping beats",
                          "heart skips beats", "heart fluttering"]),
        ("sharp_or_worsening_pain", ["sharp pain", "stabbing pain", "shooting pain", "pain is getting worse", "getting worse and worse",
                                     "worsening pain", "pain keeps getting worse", "pain gets worse", "hurts more every",
                                     "cant walk", "can not walk", "cannot walk", "limping", "cant put weight",
                                     "cannot put weight", "can not put weight"]),
        ("suspected_fracture", ["broken bone", "think its broken", "might be broken", "is it broken", "fracture", "fractured",
                                "stress fracture", "hurts to hop", "cant hop", "pain on one spot of the bone", "pinpoint pain"]),
    ]

    static let travelWords: Set<String> = ["back from", "coming back from", "came back from", "returning from", "getting back"]
    /// Words of the present: the symptom is happening now (they outweigh words of history in the same sentence).
    static let currentCues = [
        "now", "today", "tonight", "this morning", "this week", "yesterday", "currently", "at the moment", "right now",
        "getting worse", "lately", "these days", "this past week", "last night", "days ago", "last week",
        // "I've had some chest pain going up hills these last couple of weeks": a recent stretch that runs up to today.
        "last couple of weeks", "last few weeks", "last couple of days", "last few days", "past couple of weeks", "past few weeks",
        "past couple of days", "past few days", "last fortnight", "past fortnight", "recently",
        // A weekday gone by is this week or last.
        "last monday", "last tuesday", "last wednesday", "last thursday", "last friday", "last saturday", "last sunday",
    ]
    static let eventBefore = ["before the", "before my", "after the", "after my", "after a", "after an", "since the", "since my", "since i",
                              "return after", "comeback after"]
    /// "I've booked the Monday off, for the limping": a symptom expected after the race, not one now.
    static let anticipated = ["for the", "ready for the", "in case of"]
    static let futureLimp = regex(#" (?:shall|will|ill|going to|gonna)(?: \w+){0,2} ?$"#)
    /// "Fine now", "healed now": "now" that closes a story of recovery.
    static let settledNow = ["fine now", "ok now", "okay now", "healed now", "recovered now", "better now", "good now", "all good now",
                             "gone now", "sorted now", "over now", "nothing hurts now", "no pain now", "doesnt hurt now", "does not hurt now",
                             "pain free now", "nothing now", "dont notice anything these days", "dont notice them these days", "dont notice anything", "dont notice them", "nothing these days", "no symptoms",
                             "no episodes"]
    static let settledAfterNow = regex(#" now (?:\w+ ){0,2}(?:is |are |its |feels )?(?:fine|good|ok|okay|healed|sorted|gone|normal|great|cleared|allowed)\b| now (?:my |the )?(?:doctor|doc|gp|orthopedist|orthopaedist|surgeon|physio|physiotherapist|specialist|consultant)s? (?:says|said|has said|tells me|told me) i (?:can|may) (?:start|run|train|go back|begin)\b"#)
    /// History: over and done with.
    static let historyCues = [
        "years ago", "year ago", "months ago", "last year", "last season", "as a kid", "as a child", "as a teenager",
        "when i was", "in high school", "in college", "at school", "healed", "fully recovered", "recovered", "back from", "getting back", "back to running",
        "coming back from", "came back from", "returning from", "recovering from", "cleared", "used to", "in the past",
        "long ago", "long time ago", "once had", "had one", "history of", "previous", "old injury", "a while back",
        "ages ago", "decade ago", "before covid",
        // A fracture told with its treatment or its month gone by: "last January I broke my ankle, a trimalleolar
        // fracture, plate and seven screws".
        "plate and", "screws", "pinned", "operated", "last january", "last february", "last march",
        "last april", "last may", "last june", "last july", "last august", "last september", "last october", "last november",
        "last december", "my return", "comeback", "summers ago", "winters ago", "summer ago", "lesson learned", "benign", "harmless", "years back", "year back", "turned out", "as a teen", "giving blood",
        // "Then the fracture in March stopped everything": what it did then, told as a story.
        "stopped everything", "stopped me", "kept me out", "put me out", "sidelined me", "ended my season", "took me out",
        "ruled me out", "laid me up",
    ]
    /// "… in my left foot in 2022": a year named dates the sentence to history (a symptom said with a year and no word
    /// of the present is not one now; a year to come names a race, not a symptom).
    static func yearGoneBy(_ words: String) -> Bool {
        yearSaid.firstMatch(in: words, range: NSRange(location: 0, length: words.utf16.count)) != nil
    }
    static let notSeenYet = regex(#" (?:not|havent|have not|hasnt|has not|didnt|did not|never) (?:yet )?(?:seen|been to|gone to|had it checked|got it checked|been checked)(?: \w+){0,2}? (?:doctor|doc|gp|cardiologist|anyone|anybody|nobody|a doctor|the doctor)\b| no (?:doctor|gp|cardiologist) (?:yet|has seen)\b"#)
    static let yearSaid = regex(#" in (?:19|20)\d\d "#)
    /// ("She" is someone else's: "My sister's calf … She's swollen" is not the runner's leg.)
    static let pronounOpening = ["it ", "its ", "it s ", "they ", "theyre ", "they re "]
    /// Dizzy once on standing up too fast: a head rush, not a sign of the heart.
    static let headRush = ["standing up too fast", "standing up to fast", "stood up too fast", "stood up to fast", "got up too fast",
                           "got up to fast", "standing up too quickly", "stood up too quickly", "got up too quickly", "head rush"]
    static let mouthOrNose = ["gum", "gums", "floss", "flossing", "brushing", "toothbrush", "tooth", "teeth", "dentist", "nose", "nosebleed",
                              "nosebleeds", "bit my tongue", "bit my lip", "lip", "tongue"]
    /// Words right before a phrase that deny it.
    static let negations = ["no", "not", "never", "without", "zero", "denies", "denied", "deny", "nor", "dont have", "do not have", "dont get", "havent had",
                            "have not had", "never had", "no more", "free of", "no sign of", "no signs of", "nothing like", "not any"]
    /// Words typed short or phonetically, read as spelled ("1 spot", "worse evry wk", "throbbin", "last nite").
    static let spelled: [String: String] = [
        "1": "one", "evry": "every", "evrey": "every", "wk": "week", "wks": "weeks", "nite": "night", "nites": "nights", "tonite": "tonight",
        "throbbin": "throbbing", "hurtin": "hurting", "achin": "aching", "painin": "paining", "gettin": "getting", "wen": "when",
        "wrse": "worse", "worser": "worse", "walkin": "walking", "chst": "chest", "brest": "breast", "ankel": "ankle", "bcuz": "because",
    ]
    static let questionVerbs: Set<String> = ["should", "do", "does", "did", "is", "are", "can", "could", "would", "will", "must", "shall", "am"]
    static let questionOpeners = ["should", "is", "are", "can", "could", "would", "does", "do", "what", "how", "when", "why",
                                  "whats", "hows", "will", "any", "anything"]

    public static func check(_ text: String) -> RedFlag? {
        // Bounded work for any input: a red flag is said in a sentence, not in megabytes.
        let all = sentences(String(text.prefix(20_000)))
        // "Twice in November … a pressure in the chest that went into my left arm … I have not seen the doctor yet": a
        // heart symptom told as past is still one to see a doctor about while no doctor has seen it.
        let unseen = all.contains { notSeenYet.firstMatch(in: " " + $0.words + " ", range: NSRange(location: 0, length: $0.words.utf16.count + 2)) != nil }
        for (index, sentence) in all.enumerated() {
            var words = " " + sentence.words + " "
            // "Is it normal to faint after a hard run? It happened to me on Sunday.": the next sentence makes it the runner's.
            let toldAfter = sentence.isQuestion && index + 1 < all.count
                && happenedToMe.firstMatch(in: " " + all[index + 1].words + " ", range: NSRange(location: 0, length: all[index + 1].words.utf16.count + 2)) != nil
            for settled in settledNow { words = words.replacingOccurrences(of: " \(settled) ", with: " settled ") }
            // "Now everything is good": the same, said the other way round.
            words = settledAfterNow.stringByReplacingMatches(in: words, range: NSRange(location: 0, length: words.utf16.count), withTemplate: " settled ")
            // "My left calf decided to become a sausage. It's puffy, warm to the touch": "it" carries the leg named before.
            var named = symptoms(in: words)
            // Where a pain is: named in this sentence, or in the one before ("… my left foot. 1 spot, …").
            func painPlace() -> String? { site(in: words) ?? (index > 0 ? site(in: " " + all[index - 1].words + " ") : nil) }
            // ("My right calf. Since the flight from Dubai it is swollen and warm", "Yes, the calf. Swollen, warm, red": a leg
            // named alone, or "it" later in the sentence, carries it too.)
            if index > 0, Self.pronounOpening.contains(where: { sentence.words.hasPrefix($0) })
                || all[index - 1].words.split(separator: " ").count <= 5 || (" " + sentence.words + " ").contains(" it ")
                // ("Got back from a 14 hour flight and my calf is still sore and swollen": the sit before carries too.)
                // (Not a sit told as history: "Was on crutches in 2021 …, calf swelled then but fine now".)
                // (Nor one asked about: "Could a swollen warm calf after a long flight be a problem? My friend had that.")
                || !all[index - 1].isQuestion && sitBefore(" " + all[index - 1].words + " ") {
                // ("The calf, since the long flight. Swollen. Warm. Red.": signs said one word at a time reach back to the leg.)
                var first = index - 1
                while first > 0, index - first < 3, all[first].words.split(separator: " ").count <= 5 { first -= 1 }
                let previous = all[first..<index].map(\.words).joined(separator: " ")
                let joined = " " + previous + " " + sentence.words + " "
                // (Whose leg it is is read in the sentence that named it: "My wife's calf is huge. It's warm too" is hers.)
                if !all[first..<index].contains(where: { aboutSomeoneElse(" " + $0.words + " ") }) {
                    named += symptoms(in: joined).filter { $0.kind == "blood_clot" }.map { ($0.kind, $0.matched, max(0, $0.start - previous.utf16.count - 1)) }
                }
            }
            for found in named {
                // (Blood from the gums, the nose or a bitten tongue is not coughed up.)
                if found.kind == "coughing_blood", mouthOrNose.contains(where: { words.contains(" \($0) ") }) { continue }
                if found.kind == "fainting", headRush.contains(where: { words.contains(" \($0) ") }) { continue }
                let before = (words as NSString).substring(to: found.start)
                if isNegated(before) || aboutSomeoneElse(before) { continue }
                // ("My calf is not swollen or warm", "My calf. Not swollen. Not warm.": the signs themselves denied.)
                // ("If my calf swells up after the flight to Boston, should I still run?": a leg that may swell, not one that has.)
                if found.kind == "blood_clot", [" if my ", " if the ", " if i get ", " if it ", " what if "].contains(where: { words.hasPrefix($0) }) { continue }
                if found.kind == "blood_clot", deniedSign.firstMatch(in: " \(found.matched) ", range: NSRange(location: 0, length: found.matched.utf16.count + 2)) != nil { continue }
                // "Before the fracture I was fairly serious": the fracture is the event a story is dated by.
                let lead = before.split(separator: " ")
                // (Not the flight or the operation a clot follows: "since the long flight my calf is puffy".)
                if found.kind != "blood_clot",
                   [lead.suffix(2), lead.dropLast().suffix(2)].contains(where: { eventBefore.contains($0.joined(separator: " ")) }) { continue }
                if anticipated.contains(where: { before.hasSuffix(" \($0) ") || before.hasSuffix(" \($0)") }) { continue }
                // ("… my grandson's christening, which I shall attend limping": a limp joked about for later, not one now.)
                if ["limping", "hobbling", "gimping"].contains(where: found.matched.contains),
                   futureLimp.firstMatch(in: before, range: NSRange(location: 0, length: before.utf16.count)) != nil { continue }
                let current = currentCues.contains { words.contains(" \($0) ") }
                // ("Since the flight back from Lima my calf is puffy": a trip, not a recovery.)
                let history = found.kind == "blood_clot" ? historyCues.filter { !travelWords.contains($0) } : historyCues
                let heart = ["chest_pain", "fainting", "heart_rhythm"].contains(found.kind)
                if !current, !(heart && unseen), history.contains(where: { words.contains(" \($0) ") }) || pastOnly(words) || yearGoneBy(words) { continue }
                // "In June I broke the fifth metatarsal, Jones fracture … Now it is healed", "that's how I got the fracture":
                // a fracture named is one suspected now only when said so (now, "I think", "I have a").
                if fractureNamed.contains(found.matched), !current, !suspected(words) { continue }
                if sentence.isQuestion, !toldAfter, !firstPersonNow(words) || hypothetical(words), found.matched != "is it broken" { continue }
                // ("one spot on top of my left foot, on the bone": the pain's place goes with it.)
                let place = ["suspected_fracture", "sharp_or_worsening_pain"].contains(found.kind) ? painPlace() : nil
                return RedFlag(kind: found.kind, matched: found.matched, site: place)
            }
            // "The pain in my knee is getting worse every week." ("… a deep ache in my right groin … It's getting worse each week.":
            // the pain named in the sentence before.)
            let painWords = ["pain", "pains", "hurts", "hurting", "ache", "aches", "sore", "paining", "throbbing", "throbs", "stings", "agony"]
            let saidBefore = index > 0 && [" it ", " its ", " it is ", " this ", " that "].contains(where: { words.hasPrefix($0) })
                && all[max(0, index - 2)..<index].contains { previous in painWords.contains { (" " + previous.words + " ").contains(" \($0) ") } }
            if painWords.contains(where: { words.contains(" \($0) ") }) || saidBefore,
               ["getting worse", "gettin worse", "gets worse", "worse and worse", "worse every", "worse each", "is increasing", "keeps increasing",
                "worse by the day", "worse day by day", "worse than last", "worse daily"].contains(where: { words.contains(" \($0) ") }),
               !["not getting worse", "isnt getting worse", "no pain", "not worse"].contains(where: { words.contains(" \($0) ") }),
               !sentence.isQuestion || firstPersonNow(words) {
                return RedFlag(kind: "sharp_or_worsening_pain", matched: "pain getting worse", site: painPlace())
            }
        }
        return nil
    }

    /// The symptoms named in one sentence's words (" w1 w2 … "), in the order they are said: the fixed
    /// phrases, and a body part with what it does said in the runner's own words ("a squeezing in my chest",
    /// "my eyes go black", "heart does a little drum solo").
    static func symptoms(in words: String) -> [(kind: String, matched: String, start: Int)] {
        var found: [(kind: String, matched: String, start: Int)] = []
        for (kind, phrases) in phrases {
            for phrase in phrases {
                let range = (words as NSString).range(of: " \(phrase) ")
                if range.location != NSNotFound { found.append((kind, phrase, range.location)) }
            }
        }
        let whole = NSRange(location: 0, length: words.utf16.count)
        for (kind, pattern) in patterns {
            var kind = kind
            if kind == "suspected_fracture_if_bone" {
                guard boneNamed.firstMatch(in: words, range: whole) != nil else { continue }
                kind = "suspected_fracture"
            }
            if kind == "chest_pain_if_effort" {
                guard effortNamed.firstMatch(in: words, range: whole) != nil else { continue }
                kind = "chest_pain"
            }
            for match in pattern.matches(in: words, range: whole) {
                let matched = (words as NSString).substring(with: match.range).trimmingCharacters(in: .whitespaces)
                found.append((kind, matched, match.range.location))
            }
        }
        return found.sorted { $0.start < $1.start }
    }

    private static func regex(_ pattern: String) -> NSRegularExpression {
        // The patterns are constants of this file: a typo in one is a programming error.
        try! NSRegularExpression(pattern: pattern)
    }

    /// What a chest is said to do. ("Chest strap", "chest day" and "chest infection" are no symptom of the heart.)
    /// (With the chest's words in the languages runners mix into English: Tagalog "dibdib", Spanish "pecho", Hindi "seene",
    /// "chhati", Swahili "kifua".)
    static let chest = #"(?:chests?(?! (?:strap|straps|belt|monitor|hr|day|press|fly|workout|infection|cold|x ray|hair))|breastbone|sternum|retrosternal|dibdib|pecho|seene|seena|chhati|chhaati|kifua)"#
    static let chestFeeling = #"(?:mabigat|masakit|sakit|dolor|presion|opresion|dard|maumivu|pain|pains|paining|hurt|hurts|hurting|ache|aches|aching|achy|tight|tightness|tightening|tightens|tightened|pressure|pressured|pressing|squeeze|squeezes|squeezing|squeezed|heavy|heaviness|discomfort|burn|burning|burns|sore|crook|band|weird|funny|wrong|parked|sitting on|sat on|vice|vise|clamp|clamped|crushing|crushed|squashed|constricted|numb)"#
    static let restContext = #"(?:at rest|resting|rest|sitting|sit|sat|lying|lie|lay|in bed|at night|in the night|in the nights|in the evening|asleep|sleeping|waking|wake up|wakes me|woke up|couch|sofa|telly|tv|in class|talking|on the phone|walking to|just walking|walking up|walking upstairs|walking around|tying my|getting dressed|in the shower|brushing my teeth|brushing teeth|pillows|standing still|standing|quietly|for no reason|without reason|out of nowhere|doing nothing)"#
    static let breathWords = #"(?:breathless|breathlessness|brethless|breathles|puffing|short of breath|out of breath|breathe hard|breathing hard|breathing|breathings|breath|gasping|panting|puffed out|puffed|winded|sucking wind|cant breathe|struggle to breathe|struggling to breathe|struggling for breath|out of air|short of air|without air|no air|cant get air|dyspnoea|dyspnea)"#
    static let heart = #"(?:heart|hearts|heartbeat|heartbeats|heart beat|ticker|pulse)"#
    static let clotLeg = #"(?:calf|calves|calfs|lower leg|leg|shin|back of my leg|back of the leg|kuit|wade|mollet|pantorrilla|polpaccio|panturrilha)"#
    static let swollen = #"(?:swollen|swelling|swells|swelled|swole(?: up)?|puffy|puffed up|puffed|(?:gone|gotten|got|went|is|looks) (?:all |quite |really )?fat|(?:bigger|fatter|thicker|fuller|wider|larger) than (?:the|my) (?:other|right|left)|twice the size)"#
    static let inflamed = #"(?:hot|warm|red|reddish|redness|purple|purplish|discoloured|discolored|throbbing|burning)"#
    static let deniedSign = regex(#" (?:not|no|never|isnt|arent|wasnt|werent|without|nor|hasnt|havent)(?: \w+)? \#(swollen)\b"#)
    /// A long sit or an operation before the leg swelled: the times a clot forms.
    static let still = #"(?:(?:\d+|several|many|twelve|fourteen|ten|eight|six) hours? (?:drive|driving|flight|flying|bus ride|bus|journey|trip|in the car|in a car|on the plane|on a plane|on the bus|in the truck|in the cab)|long flight|long haul|longhaul|flight|flights|plane|flew|flying|long drive|long bus|bus ride|coach trip|car journey|road trip|surgery|operation|op|cast|plaster|bed rest|hospital bed|laid up|bedridden|bed bound|in bed for|off my feet|immobilised|immobilized|moon boot|crutches)"#
    static let stillBefore = regex(#" \#(still)\b"#)
    static func sitBefore(_ words: String) -> Bool {
        stillBefore.firstMatch(in: words, range: NSRange(location: 0, length: words.utf16.count)) != nil
            && !historyCues.filter { !travelWords.contains($0) }.contains { words.contains(" \($0) ") } && !pastOnly(words) && !yearGoneBy(words)
    }
    static let bodyPart = #"(?:knee|knees|hip|hips|hamstring|hamstrings|calf|calves|shin|shins|foot|feet|ankle|ankles|heel|achilles|back|groin|quad|quads|glute|glutes|toe|toes|arch|thigh|leg|legs|it band)"#

    static let patterns: [(kind: String, pattern: NSRegularExpression)] = [
        ("chest_pain", regex(#" \#(chest)(?: \w+){0,6}? \#(chestFeeling)\b"#)),
        ("chest_pain", regex(#" (?:dolor|dard|maumivu|mabigat|sakit|masakit|pain|pains|tightness|tightening|pressure|pressing|squeezing|squeeze|heaviness|discomfort|ache|aching|burning|band|elephant|feeling|tight|heavy|sore|angina|anginal)(?: \w+){0,6}? \#(chest)\b| (?:angina|anginal|angina like)\b"#)),
        // Pain spreading to the left arm, the jaw or the neck with effort.
        ("chest_pain", regex(#" (?:left arm|l arm|jaw|left shoulder)(?: \w+){0,8}? (?:ache|aches|aching|pain|painful|hurts|hurting|weird|funny|numb|arm)\b| (?:ache|aching|pain) (?:down|in|into) (?:my |the )?(?:left arm|jaw)\b| (?:radiating|radiates|radiate|spreading|spreads|going|goes|travels|travelling|shooting)(?: \w+){0,2}? (?:to|into|down|up) (?:my |the )?(?:left |l )(?:arm|shoulder)\b"#)),
        // A pressure or heaviness in the jaw or the left arm on an effort, the chest not named (dev set 57): the heart's
        // warning too. (Only with the effort said: a jaw sore after the dentist is no such sign.)
        ("chest_pain_if_effort", regex(#" (?:pressure|heaviness|tightness|squeezing|pressing)(?: \w+){0,3}? (?:jaw|left arm)\b| (?:jaw|left arm)(?: \w+){0,4}? (?:pressure|heaviness|tightness|squeezed|squeezing)\b"#)),
        ("fainting", regex(#" (?:nahihilo|nahilo|nahimatay|himatay|mareo|mareado|mareada|desmaye|desmaie|desmayo|desmayé|kizunguzungu|nilizimia|behosh|behoshi|passing out|keeled over|keel over|keeling over|out cold|saw stars|seeing stars|see stars|tunnel vision|dizzy|dizziness|giddy|giddiness|lightheaded|light headed|woozy|chakkar|chakar|blackout|blackouts|presyncope|presyncopal|syncope|syncopal|near syncope|loc|loss of consciousness|(?:feel|felt|feeling|went|go|going|goes|nearly|almost) faint|legs (?:went|go|gave way|gave out)(?: \w+){0,2} from under me|nearly (?:drop|dropped|fell over|went down)|almost (?:drop|dropped|fell over|went down)|dropped like|went down flat|hit the deck|came to|came round|woke up (?:on the|in the|with people)|medical tent|(?:lose|lost|losing) (?:my )?consciousness|(?:street|road|world|room|everything|ground) (?:is |was |starts )?(?:turning|spinning|going) (?:a)?round)\b"#)),
        ("fainting", regex(#" (?:eyes|vision|everything|sight)(?: \w+){0,2} (?:go|goes|went|gone|going|turns|turned|turning|gets|got|became|becomes|becoming|become)(?: \w+)? (?:black|grey|gray|dark|blurry|blurred|blur|white|swimmy|fuzzy|dim|sparkly|spotty|starry|tunnel|tunnely)\b| (?:world|room|everything|head)(?: \w+){0,2} (?:tilts|tilted|tilting|spins|spinning|spun|swims|swimming|spinny|swimmy)\b| went (?:a bit |all |really |very )?(?:white|grey|gray|swimmy|spinny)\b| (?:gone|go|goes|going|turned|turn)(?: a bit| all| really| very)? (?:white|grey|gray|pale)(?: \w+){0,4}? (?:had to|have to|need to|needed to) (?:sit|stop|lie|crouch|lean)\b| black (?:before|in front of) (?:my |the )?eyes\b"#)),
        ("breathing_at_rest", regex(#" \#(breathWords)(?: \w+){0,8}? \#(restContext)\b| \#(restContext)(?: \w+){0,6}? (?:breathless|short of breath|out of breath|gasping|panting|cant breathe|struggling to breathe|catch my breath|get my breath|get me breath|without air|no air|out of air|short of air)\b| (?:cant|can not|cannot|couldnt) (?:even )?(?:catch|get) (?:my|me) breath(?: \w+){0,6}? \#(restContext)\b"#)),
        ("breathing_at_rest", regex(#" \#(breathWords)(?: \w+){0,10}? (?:which is new|is new|this is new|never been like this|never used to|new thing|not like me|disproportionate|out of proportion|came on suddenly|suddenly)\b| new thing(?: \w+){0,4} (?:gasping|breathless|out of breath|winded)\b| breathless (?:climbing|on) the stairs| (?:orthopnoea|orthopnea|pnd|paroxysmal nocturnal)\b"#)),
        // A heartbeat that misbehaves, or races at rest or out of nowhere (not a high heart rate on a hard effort).
        ("heart_rhythm", regex(#" \#(heart)(?: \w+){0,7}? (?:flutter|flutters|fluttering|fluttered|fluttery|skip|skips|skipping|skipped|missing beats|misses beats|missed beats|miss beats|missing a beat|misses a beat|skipping a beat|dropping beats|extra beats|irregular|irregularly|uneven|not regular|out of time|out of rhythm|stumbling|stumbles|stuttering|stutters|jumpy|jumping|funny|weird|somersaults|flip flops|flip flop|flips|flipping|flippy|floppy|drum solo|all over the place|going mad|goes mad|went mad)\b| (?:fluttering|flutter|skipping|irregular|uneven|jumpy|funny) (?:\w+ ){0,2}(?:heart|heartbeat|pulse)\b| (?:fluttering|flutters|flutter|fluttery|flapping)(?: \w+){0,3}? (?:in|inside) (?:my |the )?chest\b| ectopics\b| (?:irregular rhythm|irregular heart|paroxysmal af|af is back|af episode|af episodes|might be af|think its af|(?:afib|a fib|atrial fibrillation|af) (?:is back|again|episode|episodes|kicking in|flaring)|svt episode|svt episodes|svt again)\b| feel it (?:fluttering|flutter|skipping|racing|pounding|hammering)\b"#)),
        ("heart_rhythm", regex(#" \#(heart)(?: \w+){0,10}? (?:racing|races|raced|pounding|pounds|pounded|hammering|hammers|thudding|thuds|thumping|fast|very fast|going like the clappers)\b(?=(?: \w+)*? (?:\#(restContext)|suddenly|all of a sudden|randomly|out of the blue|out of nowhere|for no reason|then stops|then it stops|then drops|stops suddenly|drops suddenly)\b)| (?:racing|pounding|hammering|thudding) (?:heart|heartbeat|pulse)(?=(?: \w+)*? \#(restContext)\b)| (?:hammering|pounding|racing|thudding|thumping)(?: \w+){0,3}? in (?:my |the )?chest(?=(?: \w+)*? (?:\#(restContext)|suddenly|randomly|out of the blue|out of nowhere|then stops|just stops)\b)| (?:random|sudden) bursts of (?:my )?heart| (?:hr|heart rate|heart|pulse)(?: \w+){0,3}? (?:jump|jumps|jumped|spike|spikes|spiked|shot|shoots)(?: \w+){0,4}? 2[0-4]\d\b| \#(heart)(?: \w+){0,6}? (?:randomly|suddenly)(?: \w+){0,4}? (?:fast|racing|pounding|mad)\b"#)),
        ("sharp_or_worsening_pain", regex(#" (?:paining sharply|hurts sharply|sharp (?:in|on|when|every)|sharp as a|(?:stabbing|shooting|knife like|knifelike) pains?|like a knife|skewer|hot poker|no fit waka|(?:cant|cannae|cannot|can not|couldnt) walk (?:right|properly|normally|straight)|can barely walk|(?:cant|can not|cannot|couldnt) (?:put|bear|take) (?:any |much )?weight|hobbling|gimping|gimpin|limping|i limp|(?:with|got|have) a limp|walking like a (?:penguin|cripple|duck)|antalgic|escalating)\b|(?<!\bon my)(?<!\bon our)(?<!\bon her)(?<!\bon his) (?:pain|pains|hurts|hurting|ache|aches|aching|sore|throbbing|throbs) (?:\w+ ){0,8}?(?:wakes me|woke me|waking me|keeps me up|all night|nocturnal|at night)\b|(?<!\bon my)(?<!\bon our)(?<!\bon her)(?<!\bon his) \#(bodyPart) (?:\w+ ){0,6}?(?:wakes me|wake me|woke me|woken me|waking me|keeps me up)\b| (?:pain|pains|hurts|hurting|ache|aches|aching|throbs|throbbing|stings)(?: \w+){0,4}? (?:even (?:when )?(?:sitting|resting|at rest|on the sofa|on the couch|lying)|(?:sitting down|at rest|on the sofa|on the couch|lying down|in bed) too)\b| even (?:on the sofa|on the couch|sitting|resting|at rest)(?: \w+){0,2}? (?:it )?(?:throbs|hurts|aches|stings)\b| \#(bodyPart)(?: \w+){0,8}? (?:getting|gettin|gotten|got|and)? ?worse (?:every|each|with every|daily|by the day)\b| (?:throbbed|throbs|throbbing|hurt|hurts|hurting)(?: \w+){0,3}? (?:in bed|during the night|in the night)\b| (?:it|its|it has|that|they) (?:\w+ )?(?:wakes|wake|woke|woken|waking) me (?:up )?(?:in the night|at night|during the night|every night)\b| (?:the )?(?:last|past) (?:\w+ )?nights? (?:it |its |it has |they |theyve )?(?:throbbed|throbs|hurt|hurts|woke me|woken me|wakes me|kept me up|keeps me up)\b"#)),
        // A calf or leg swollen and hot or red, or swollen after a long flight, a drive, surgery or a cast: the signs of a
        // blood clot in the leg (deep vein thrombosis), which needs a doctor the same day.
        ("blood_clot", regex(#" \#(clotLeg)(?: \w+){0,8}? \#(swollen)(?: \w+){0,14}? \#(inflamed)\b| \#(swollen)(?: \w+){0,4}? \#(clotLeg)(?: \w+){0,10}? \#(inflamed)\b| \#(inflamed)(?: \w+){0,3}? (?:and )?\#(swollen)(?: \w+){0,4}? \#(clotLeg)\b| \#(swollen)(?: \w+){0,3}? \#(inflamed)(?: \w+){0,3}? \#(clotLeg)\b| \#(clotLeg)(?: \w+){0,4}? (?:is |are |has been |have been |got |gone |went |is all |feels )?\#(inflamed)(?: \w+){0,3}? (?:and )?\#(swollen)\b"#)),
        // (Pain alone after a flight counts in one leg: both calves sore after sitting are stiffness, not a clot's sign.)
        ("blood_clot", regex(#" \#(still)(?: \w+){0,12}? (?:\#(clotLeg)(?: \w+){0,8}? (?:\#(swollen)|\#(inflamed))|(?:left |right |one )\#(clotLeg)(?: \w+){0,8}? (?:pain|painful|hurts|hurting|aching|aches|ache|sore|throbs|throbbing))\b| \#(clotLeg)(?: \w+){0,8}? (?:\#(swollen)|\#(inflamed))(?: \w+){0,14}? \#(still)\b| \#(swollen)(?: \w+){0,4}? \#(clotLeg)(?: \w+){0,14}? \#(still)\b"#)),
        // Blood coughed or spat up (after intervals, "pink streaks in what I spit out"): a doctor's to explain, the same day.
        ("coughing_blood", regex(#" (?:cough|coughs|coughed|coughing|spit|spits|spat|spitting|hack|hacked|hacking|bring|brought|bringing)(?: up| out)?(?: \w+){0,3}? blood\b| blood(?: \w+){0,2}? (?:in|on|when i|when) (?:my |the |what i )?(?:\w+ )?(?:spit|spat|spit out|sputum|phlegm|mucus|cough|coughing|hanky|tissue)\b| (?:pink|red|bloody|blood|rusty|brown)(?: \w+){0,2}? (?:streaks|streaky|streaked|flecks|flecked|specks|spots|tinged|tinge|froth|frothy|bits)(?: \w+){0,5}? (?:spit|spat|sputum|phlegm|mucus|cough|coughed|coughing)\b| (?:bloody|blood stained|bloodstained|pink frothy|pink) (?:spit|sputum|phlegm|mucus|froth)\b| (?:haemoptysis|hemoptysis)\b"#)),
        // Tender to the touch: a sign of a fracture on a bone (see `boneNamed`), not on a black toenail.
        ("suspected_fracture_if_bone", regex(#" (?:tender|sore|hurts|painful|pain|agony)(?: \w+){0,4}? (?:to touch|(?:when|if) (?:i|you) (?:press|squeeze|tap|touch|poke)|to press|press on it|when pressed)\b"#)),
        ("suspected_fracture", regex(#" (?:pinpoint|one spot|one point(?! (?:zero|one|two|three|four|five|six|seven|eight|nine|\d))|single spot|one specific spot|specific spot|exact spot|one sore spot|point tenderness|point tender|bony tenderness|positive hop test|went crunch|heard a crunch|felt a crunch|bent funny|looks bent|funny angle|squeez\w* the sides)\b| (?:tender|sore|hurts|painful|pain|agony)(?: \w+){0,4}? (?:on the bone|right on the bone|over the bone|in the bone)\b| (?:swelling|swollen|lump|bump)(?: \w+){0,4}? (?:over|on) (?:the |my )?(?:\w+ )?bone\b| (?:when i hop|hop on|hopping on|the hop test|cant hop|can not hop|cannot hop)\b| (?:heard a crack|heard something crack|felt a crack|felt something crack|cracked something|cracked my|snapped)\b| (?:think|maybe|might|could|probably|reckon|suspect|guess|pretty sure|fairly sure)(?: \w+){0,3}? (?:broke|broken|cracked|fractured)\b"#)),
    ]

    static let effortNamed = regex(#" (?:running|run|runs|ran|uphill|up hill|hills?|climbs?|climbing|ramp|stairs|steps|effort|exercise|training|jogging|sprint\w*|going up|walking up|faster|pushing|race|racing)\b"#)
    static let boneNamed = regex(#" (?:bone|bones|shin|shinbone|tibia|fibula|metatarsal|metatarsals|navicular|heel|femur|pelvis|sacrum)\b"#)

    static let fractureNamed: Set<String> = ["fracture", "fractured", "stress fracture", "broken bone"]
    static func suspected(_ words: String) -> Bool {
        [" think ", " might ", " maybe ", " worried ", " could ", " suspect ", " afraid ", " pretty sure ", " feels like ", " is it ",
         " reckon ", " i have a ", " ive got a ", " i got a ", " ive got ", " probably ", " possible ", " possibly ", " scared "].contains { words.contains($0) }
    }

    /// Someone else's symptom: "My running buddy fainted", "my mate has a stress fracture in his shin".
    static func aboutSomeoneElse(_ before: String) -> Bool {
        let words = before.split(separator: " ").map(String.init)
        // ("Mate, my chest's been crook": a mate or a buddy spoken to is no one else.)
        // ("My sister's calf": a possessive, typed without its apostrophe, is hers too.)
        func isOther(_ word: String) -> Bool { otherPeople.contains(word) || word.hasSuffix("s") && otherPeople.contains(String(word.dropLast())) }
        guard let other = words.indices.last(where: { index in
            isOther(words[index])
                && (!spokenTo.contains(words[index]) || words[max(0, index - 2)..<index].contains { ["my", "a", "the", "our", "his", "her"].contains($0) })
        }) else { return false }
        // ("Since I came back from visiting my daughter in Melbourne, my left calf is swollen": "my" after her is the runner's.)
        return !words[(other + 1)...].contains { ["i", "im", "ive", "me", "id", "myself", "my", "mine"].contains($0) }
    }
    static let spokenTo: Set<String> = ["mate", "buddy", "coach", "friend"]
    static let otherPeople: Set<String> = ["wife", "husband", "partner", "mate", "mates", "buddy", "friend", "friends", "dad", "mum", "mom",
                                           "father", "mother", "brother", "sister", "son", "daughter", "he", "she", "they", "boyfriend",
                                           "girlfriend", "his", "her", "colleague", "uncle", "aunt", "auntie", "cousin", "grandad", "grandpa", "grandma",
                                           "nan", "granny", "neighbour", "neighbor", "coach", "teammate", "coworker", "officemate", "workmate",
                                           "classmate", "clubmate"]

    struct Sentence {
        let words: String
        let isQuestion: Bool
    }

    /// Sentences (split at . ! ? ; and "but"), each as its lowercased words without apostrophes.
    static func sentences(_ text: String) -> [Sentence] {
        var result: [Sentence] = []
        var current = ""
        func flush(question: Bool) {
            let words = current.lowercased().replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "\u{2019}", with: "")
                .components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty }
                .map { spelled[$0] ?? $0 }
            current = ""
            guard !words.isEmpty else { return }
            // "but" starts a new thought: "I had a fracture years ago but my chest hurts now".
            var part: [String] = []
            var parts: [[String]] = []
            for word in words {
                if word == "but", !part.isEmpty { parts.append(part); part = [] }
                // "I had a fracture of fatigue in the tibia in 2019, and now my right heel is sore": "and now" turns to today.
                else if word == "now", part.count > 1, part.last == "and" { part.removeLast(); parts.append(part); part = [word] }
                // ("I had a stress fracture in my shin in 2021, and right now my left knee is a bit sore": so does "and right
                // now", "and currently".)
                else if word == "now", part.count > 2, part.suffix(2) == ["and", "right"] {
                    part.removeLast(2); parts.append(part); part = ["right", word]
                } else if word == "currently", part.count > 1, part.last == "and" { part.removeLast(); parts.append(part); part = [word] }
                // "I had a stress fracture in 2023, and my hip flexor has been sore this past week": "and my" turns to
                // another part of the body, and what is said of it is its own.
                // ("I had a stress fracture in my left foot in 2022, and nothing hurts at the moment": so does "and nothing".)
                else if ["my", "nothing", "everything", "no"].contains(word), part.count > 3, part.last == "and" { part.removeLast(); parts.append(part); part = [word] }
                else { part.append(word) }
            }
            if !part.isEmpty { parts.append(part) }
            // ("When I run up the hill, comes pressing in middle of chest": "when" opens a question only before a verb that
            // asks, as in "when should I stop".)
            let opener = questionOpeners.contains(words[0])
                && (words[0] != "when" || words.count > 1 && questionVerbs.contains(words[1]))
            // ("My wrist hurts in the bone, maybe it is broken, but I can run with it no?": only what follows "but" asks.)
            for (index, piece) in parts.enumerated() {
                result.append(Sentence(words: piece.joined(separator: " "), isQuestion: (question && index == parts.count - 1) || (opener && index == 0)))
            }
        }
        for character in text {
            if character == "?", let cut = questionClause(in: current) {
                // "Went dizzy and dropped on my run this morning, fine now, do I still do thurs?": the report
                // before the comma is no part of the question.
                let asked = String(current[current.index(after: cut)...])
                current = String(current[..<cut])
                flush(question: false)
                current = asked
                flush(question: true)
            } else if ".!?;\n".contains(character) {
                flush(question: character == "?")
            } else {
                current.append(character)
            }
        }
        flush(question: false)
        return result
    }

    /// The comma that opens the question at the end of a sentence ("…, do I still do thurs?"), if one does.
    static func questionClause(in sentence: String) -> String.Index? {
        var index = sentence.endIndex
        while let comma = sentence[..<index].lastIndex(where: { $0 == "," || $0 == "-" || $0 == "—" || $0 == "–" }) {
            // ("My right calf's been puffy and warm since I flew back — that's just from the plane, right?": a report, then a
            // question about it after a dash.)
            if sentence[comma] != ",", sentence[comma] != "-" { return comma }
            let next = sentence[sentence.index(after: comma)...].lowercased().split(whereSeparator: { !$0.isLetter }).first.map(String.init)
            if let next, questionOpeners.contains(next) { return comma }
            index = comma
        }
        return nil
    }

    static func isNegated(_ before: String) -> Bool {
        // The last four words before the phrase: "no chest pain", "never had any chest pain", "not fainted".
        let words = before.split(separator: " ").map(String.init)
        let tail = " " + words.suffix(4).joined(separator: " ") + " "
        if negations.contains(where: { tail.contains(" \($0) ") }) { return true }
        // Across a list: "never had any chest pain or palpitations", "no chest pain, no dizziness".
        var index = words.count
        while index > 0, listGlue.contains(words[index - 1]) { index -= 1 }
        return index < words.count && index > 0 && negations.contains(words[index - 1])
    }
    /// Words a list of symptoms is made of: a negation before them reaches the last one.
    static let listGlue: Set<String> = ["or", "and", "any", "nor", "chest", "pain", "pains", "pressure", "tightness", "dizziness", "fainting",
                                        "heart", "issues", "problems", "palpitations", "breathlessness", "of", "had", "have", "ever", "experienced",
                                        "noticed", "felt"]

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]

    /// "I had shin pain last summer", "fractured my wrist in 2019": a finished past without a present word.
    static func pastOnly(_ words: String) -> Bool {
        let pastYear = words.split(separator: " ").contains { word in
            guard word.count == 4, let year = Int(word) else { return false }
            return (1950...2025).contains(year)
        }
        // "I had a stress fracture in my pubic bone … in April": had, and the month it happened.
        let inMonth = months.contains { words.contains(" in \($0) ") || words.hasSuffix(" in \($0)") }
        // ("I had to sit down": what the runner had to do, not a symptom had.)
        let had = words.replacingOccurrences(of: " had to ", with: " ").contains(" had ")
        return pastYear || had && (words.contains(" last ") || words.contains(" ago ") || inMonth)
    }

    /// "If I get chest pain while running should I stop?": a question about what to do if it happened.
    static func hypothetical(_ words: String) -> Bool {
        words.hasPrefix(" if ") || words.hasPrefix(" what if ") || words.hasPrefix(" what do i do if ") || words.hasPrefix(" what should i do if ")
            // ("When should I stop running if I get chest pain?")
            || words.contains(" if i ") || words.contains(" if my ")
    }

    /// A question that also reports a symptom ("I get chest pain on hills, is that normal?").
    static func firstPersonNow(_ words: String) -> Bool {
        [" i have ", " i had ", " ive had ", " ive been ", " i get ", " i got ", " ive got ", " im getting ", " im having ", " i keep ",
         " my chest ", " my calf ", " my leg ", " my lower leg ", " my shin ", " i felt ", " i feel ", " i fainted ", " i passed ", " i blacked ", " i collapsed ", " i nearly ", " i almost ",
         " i think ", " it hurts ", " anyone else get ", " anyone else gets ", " does anyone else get ",
         // ("is it normal that twice now … my heart's gone racing … and I've gone grey": what happened to the runner, asked about.)
         " my heart ", " my hearts ", " twice now ", " ive gone ", " i went ", " i had to "].contains { words.contains($0) }
    }

    static let happenedToMe = regex(#"^ (?:well |yes |yeah |because |cause |cos )?(?:it|that|this) (?:just |actually )?(?:happened|happens|has happened|keeps happening|happened again) (?:to me|twice|again|last|on|yesterday|this|the other)\b|^ (?:it did|i did|yes i did|happened to me|(?:and |well |yes |yeah )?(?:mine is|mine s|mines|mine has|mine was|thats me|that s me|thats what i have|i have that|ive got that|ive got exactly that))\b|^ (?:and )?now (?:it|its|it s|the pain|my \w+)\b(?! (?:is |s )?(?:fine|ok|okay|better|gone|good|healed|all good|settled|normal)\b)"#)

    /// The fixed answer for a red flag.
    /// Where a flag is kept in the runner's health facts, in words `HealthFlags` (Planning) reads as
    /// a reason to pause running: pain and a suspected fracture in `health.currentPain`, the other
    /// symptoms in `health.medicalConditions`.
    public static func healthFact(for flag: RedFlag) -> (path: String, item: String) {
        switch flag.kind {
        case "chest_pain": return ("health.currentPain", "chest pain (\(flag.matched))")
        case "sharp_or_worsening_pain": return ("health.currentPain", "sharp or worsening pain (\(flag.matched)\(siteSaid(flag)))")
        case "suspected_fracture": return ("health.currentPain", "suspected fracture (\(flag.matched)\(siteSaid(flag)))")
        case "fainting": return ("health.medicalConditions", "fainting (\(flag.matched))")
        case "breathing_at_rest": return ("health.medicalConditions", "short of breath at rest (\(flag.matched))")
        case "heart_rhythm": return ("health.medicalConditions", "palpitations, irregular heart rhythm (\(flag.matched))")
        case "blood_clot": return ("health.medicalConditions", "possible blood clot in the leg (\(flag.matched))")
        case "coughing_blood": return ("health.medicalConditions", "coughing up blood (\(flag.matched))")
        default: return ("health.medicalConditions", "\(flag.kind.replacingOccurrences(of: "_", with: " ")) (\(flag.matched))")
        }
    }

    public static func answer(for flag: RedFlag) -> String {
        let urgent = ["chest_pain", "fainting", "breathing_at_rest", "heart_rhythm", "blood_clot", "coughing_blood"].contains(flag.kind)
        if urgent {
            return """
                What you describe (\(flag.matched)) needs a doctor, not a coach. Please stop running and get medical care now: \
                if it is happening at the moment or is severe, call your local emergency number (112 in Europe, 911 in the US). \
                I won't suggest any training until a doctor has cleared you. When you have been checked, tell me what they said \
                and we will plan from there.
                """
        }
        return """
            Pain like that (\(flag.matched)) is a reason to stop running and see a doctor or physiotherapist before training \
            again: it can be a bone stress injury or something else that gets worse if you run through it. I won't suggest \
            training for that area until it has been assessed. Tell me what they find and we will adjust your plan around it.
            """
    }
}
