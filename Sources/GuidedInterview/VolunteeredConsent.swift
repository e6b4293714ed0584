import Foundation

/// Consent said before the consent question, inside another answer: "… Had shin splints in 2022. And yes, you can keep
/// my health info." or "Don't store the medical stuff, just the running."
///
/// Only a sentence about the coach keeping the runner's details counts (a verb of keeping with its object, a consent
/// word, or a "Health data: yes" label): "my Garmin stores all my data", "no injuries", "happy to run four days" and
/// "keep it simple" say nothing about it. Within a sentence a refusal wins over a permission ("you can have the running
/// stuff but not the health bits"); across sentences the last one that decides wins ("… keep it all. Actually, not the
/// medical stuff").
enum VolunteeredConsent {
    /// true: the runner lets the coach keep health details; false: they refuse; nil: the message does not say.
    static func read(_ message: String) -> Bool? {
        let lower = message.lowercased()
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{2018}", with: "'")
        var decision: Bool?
        var previousOnTopic = false
        for sentence in sentences(lower) {
            let text = " " + sentence.trimmingCharacters(in: .whitespaces) + " "
            if let reading = readSentence(text) {
                decision = reading
                previousOnTopic = true
            } else if previousOnTopic, let bare = bareAnswer(text) {
                // "… but my health? Hard no.": a bare yes or no right after a sentence about keeping details answers it.
                decision = bare
            } else {
                // ("… but my health? Hard no.": a sentence that ends on the details asks about them.)
                previousOnTopic = onTopic(text) || endsOnDetails.matches(text)
            }
        }
        return decision
    }

    static func readSentence(_ text: String) -> Bool? {
        // "I was going to say don't store my health stuff, but actually go ahead": the words after the change of mind.
        if let cue = changeOfMind.matches(in: text).last, refusal.matches(text) || permission.matches(text) || onTopic(text) {
            let after = " " + text.utf16Slice(cue.end, text.utf16Length)
            if let reading = readSentence(after) ?? Replies.consent(withAgreeingIdioms(after)) { return reading }
        }
        if refusal.matches(text) { return false }
        if permission.matches(text) { return true }
        guard onTopic(text) else { return nil }
        // A sentence about the coach keeping the runner's details, in words the patterns above do not know: its yes or no.
        let agreed = withAgreeingIdioms(text)
        if negated.matches(agreed) { return false }
        return Replies.consent(agreed)
    }

    /// "no problem", "don't mind" as a plain "ok", so their no-words are not read as a refusal.
    static func withAgreeingIdioms(_ text: String) -> String { agreeing.replacing(in: text) { _ in " ok " } }

    /// About keeping details at all: a word of keeping and a word for the runner's details, or a consent word; not
    /// a watch, an app or a doctor keeping them, nor the runner keeping a log.
    static func onTopic(_ text: String) -> Bool {
        guard !someoneElseKeeps.matches(text) else { return false }
        return keptDetails.matches(text) || detailsKept.matches(text) || consentWord.matches(text)
    }
    /// The keeping and the details close together: "keep notes on my injuries", "store my health info", "the health data,
    /// don't store it", "health details: save". ("Keep it simple please, no pain, no injuries" is about something else.)
    static let keptDetails = TextPattern(#"\b(?:\#(keepingWords))\W+(?:[\w']+\W+){0,3}?(?:\#(detailWords))\b"#)
    static let detailsKept = TextPattern(#"\b(?:\#(detailWords))\b[^.;!?]{0,60}?\b(?:\#(keepingWords))\b"#)

    /// "Hard no", "nope", "yes", "sure, go ahead": a sentence that is only an answer.
    static func bareAnswer(_ text: String) -> Bool? {
        guard let match = bare.firstMatch(in: text) else { return nil }
        return match[1] == nil
    }
    static let bare = TextPattern(
        #"^\W*(?:(?:hard|absolutely|definitely|god|oh|then|so|but|and)\W+)?(?:(no|nope|nah|never|no way|no thanks|no thank you|not a chance|pass)|yes|yeah|yep|sure|ok|okay|fine|go ahead|please do|of course|absolutely|definitely)\W*$"#)
    static let changeOfMind = TextPattern(#"\b(?:actually|on second thoughts?|(?:i'?ve |i have )?changed my mind|scratch that|no wait|wait|hang on|hold on)\b"#)

    static let keepingWords =
        #"(?:stor(?:e|ed|es|ing|age)|keep(?:s|ing)?|kept|sav(?:e|ed|es|ing)|record(?:s|ed|ing)?|remember(?:ed|ing)?|hold(?:ing)?|retain(?:ed|ing)?|log(?:ged|ging)?|notes? (?:on|of|about)|write (?:it |them |that )?down|leave (?:it|that|them|this|those) out|leave out|speicher\w*|gespeichert|garder|gardez|garde|enregistr\w+|guardar|guardá|guarda|guardes|salvare|salva|conservar|conservare|opslaan|bewaren|spara|lagra|gemme|tallenna|zapisz\w*|simpan|lưu)"#
    static let detailWords =
        #"(?:health|healthy|medical|injur\w*|medication\w*|conditions?|records?|data|details?|info|infos|information|history|gist|matters?|datos|données|donnees|daten|gesundheit\w*|salud|santé|sante|salute|dati|gegevens|dane|kesihatan)"#
    static let endsOnDetails = TextPattern(#"\bbut (?:my |the )?(?:health|medical)(?: (?:data|details|info|stuff|bits|side|part|history))?\s*$"#)
    static let consentWord = TextPattern(#"\b(?:consent|permission)\b"#)
    static let someoneElseKeeps = TextPattern(
        #"\b(?:my|the|our|his|her)\s+(?:\w+\s+)?(?:watch|garmin|strava|app|apps|phone|doctor|doc|gp|physio|clinic|hospital|coach|wife|husband|partner|insurer|insurance|employer|company|coros|polar|fitbit|whoop)\s+(?:already\s+|also\s+)?(?:stores|keeps|saves|records|holds|logs|tracks|has)\b|\bi\s+(?:already\s+|also\s+|always\s+|usually\s+)?(?:keep|record|log|track|store|save)\s+(?:a |my own |my |all my )?(?:log|diary|journal|spreadsheet|notes|runs|training|everything|data)\b"#)
    /// A no tied to the keeping ("please not save", "I don't want them kept", "they weren't stored", "no saving it",
    /// "health details no").
    static let negated = TextPattern(
        #"\b(?:not|don'?t|dont|do not|never|no|nicht|kein\w*|pas|non|nah|nope|without|rather not|prefer not|weren'?t|wasn'?t|aren'?t|isn'?t|shouldn'?t|won'?t)\b(?:\s+[\w']+){0,3}?\s+(?:stor(?:e|ed|ing|age)|keep(?:ing)?|kept|sav(?:e|ed|ing)|record(?:ed|ing)?|remember(?:ed|ing)?|retain(?:ed)?|log(?:ged)?|speicher\w*|gespeichert|garder|enregistr\w+|guardar|guardá|guarda|salvare|conservar|opslaan|bewaren)\b|\b(?:health|medical|injur\w*)(?:\s+[\w']+){0,2}?\s*[:,\-–—]?\s*(?:no|nope|nah|don'?t|not|never|hard no)\b|\bleave (?:it|that|them|this|those) out\b|\bleave out\b"#)
    static let agreeing = TextPattern(
        #"\b(?:no (?:problem|problems|prob|probs|worries|issue|issues|objection|objections|wahala|bother|stress|dramas?|biggie)|nae bother|(?:don'?t|do not|dont|wouldn'?t|would not|never) mind|not bothered|not an issue|(?:i'?m|i am) not (?:fussed|worried|bothered))\b"#)

    /// Sentences, split at full stops, question and exclamation marks, semicolons and line breaks (not at the decimal
    /// point in "1.5", nor at an abbreviation's dot followed by a lower-case word, which a period in chat rarely is).
    static func sentences(_ text: String) -> [String] {
        var result: [String] = [], current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if ".!?;\n".contains(character) {
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                let previous = index > 0 ? characters[index - 1] : " "
                if character == ".", previous.isNumber, next.isNumber { current.append(character); continue }
                result.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        result.append(current)
        return result.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    // The pieces the patterns are built of.
    private static let verb = #"(?:store|keep|save|record|hold|log|use|note|track|remember|retain|collect|process|share|have|write down|jot down|hang on to|hang onto)"#
    private static let verbing = #"(?:storing|keeping|saving|recording|holding|logging|using|noting|tracking|remembering|retaining|collecting|processing|sharing|having)"#
    /// What is kept: the runner's details ("my health info", "the medical stuff", "all this", "whatever you need").
    private static let object =
        #"(?:(?:(?:my|the|all|any|all my|all the|all of my|this|that|those|these|our|his|her|their)\s+)?(?:(?:health|medical|personal|injury|injuries|body|private|physical|pain|heart|medication|medications|wellbeing|well-being|sensitive|own)(?:[- ](?:related|and (?:injury|body|fitness|personal|running)))?\s+)(?:data|info|infos|information|details|detail|stuff|bits|records|history|notes|particulars|side|things)|(?:my|all my|all of my|the)\s+(?:data|info|infos|information|details|particulars)|all (?:of )?(?:this|that|it)|everything|anything|whatever (?:you (?:need|want|like)|i (?:tell|say|share|give))|what i (?:tell|say|share|give)|it all|(?:them|it|that) (?:all|safe|on (?:this|the|your) (?:computer|laptop|machine|device|pc)))"#
    /// Words saying the coach may.
    private static let may =
        #"(?:you'?re (?:welcome|free|allowed) to|you (?:can|may|could|are (?:welcome|free|allowed) to|have (?:my )?(?:permission|consent|blessing) to|(?:'re|are) (?:good|fine|ok|okay) to)|feel free to|go ahead and|by all means|(?:happy|fine|ok|okay|glad|content|cool|good|comfortable|alright|all right) (?:for you |with you |to let you |having you )?to|permission to|consent to|agree to|(?:i'?m|i am|am) (?:happy|fine|ok|okay|good|cool|comfortable|alright|all right) (?:with|about|for) (?:you |cadence |the app |the coach )?|no (?:problem|issue|issues|objection|objections|worries) (?:with )?(?:you )?|don'?t mind (?:you )?|do not mind (?:you )?)"#

    static let permission = TextPattern(
        // "you can keep my health info", "happy for you to store all this", "I'm fine with you saving the medical stuff"
        #"\b\#(may)\s*(?:\w+\s+){0,2}?(?:\#(verb)|\#(verbing))\b[^.;]{0,40}?\b\#(object)"#
        // "store my health data, that's fine", "yes, keep whatever you need", "save it all"
        + #"|(?:^|[,:]|\b(?:yes|yeah|yep|yup|sure|ok|okay|fine|and|so|oh|also|please|pls|go on|aye))\s*(?:please\s+|pls\s+|just\s+|go ahead,?\s+|do\s+)?(?:store|keep|save|record|log|note)\s+\#(object)(?!\s+(?:simple|short|light|easy|brief|fun|real|going|up|clean|tidy))"#
        + #"|\b(?:store|keep|save) (?:away|whatever you (?:need|want|like)|everything you need|what you need)\b"#
        // "health data is fine to store", "storing my injury history is ok with me"
        + #"|\b\#(object)\b[^.;]{0,20}\b(?:is|are|'s)\s+(?:fine|ok|okay|alright|all good|cool|no problem|grand|good)\s+(?:to|for you to)\s+\#(verb)\b"#
        + #"|\b\#(verbing)\s+(?:\w+\s+){0,3}?\#(object)\s+(?:is|'s)\s+(?:fine|ok|okay|alright|all good|cool|no problem|grand|good)\b"#
        // "consent given", "I give my consent", "you have my permission", "I consent to …"
        + #"|\b(?:consent|permission)\s+(?:is\s+)?(?:given|granted|yes)\b|\bi (?:hereby )?(?:give|grant) (?:you )?(?:my |full )?(?:consent|permission)\b|\bi (?:hereby )?consent\b(?! to (?:nothing|none))|\byou have my (?:consent|permission|blessing)\b"#
        // "Health data: yes", "privacy — fine", "consent: ok"
        + #"|\b(?:health(?: data| details| info| stuff| consent| question)?|medical(?: data| details| info| stuff)?|data(?: storage| consent)?|privacy|consent|storage)\s*[:=\-–—]+\s*(?:yes|yep|yeah|ok|okay|fine|sure|go ahead|granted|given|agreed|all good|no problem)\b"#)

    static let refusal = TextPattern(
        // "don't store my health details", "please don't keep the medical stuff", "never save my data"
        #"(?:^\s*|[,:(]\s*|\b(?:and|but|so|just|please|pls|though|also|oh|i'?d say)\s+)(?:please\s+|pls\s+|but\s+)?(?:don'?t|do not|dont|never|no need to)\s+(?:\w+\s+){0,1}?\#(verb)\b[^.;]{0,40}?\b\#(object)"#
        // "I'd rather you didn't keep …", "I don't want you storing …", "not happy for you to save …"
        + #"|\b(?:i'?d|i would) (?:rather|prefer)(?: if)? (?:you )?(?:not|didn'?t|did not|don'?t)\s+(?:\w+\s+){0,1}?\#(verb)\b[^.;]{0,40}?\b\#(object)"#
        + #"|\b(?:i )?(?:don'?t|do not|dont) (?:want|need|like) (?:you|cadence|the app|the coach|anyone|anything) (?:to )?(?:\#(verb)|\#(verbing))\b[^.;]{0,40}?\b\#(object)"#
        + #"|\bnot (?:happy|comfortable|keen|ok|okay|fine|cool) (?:with |about |for )?(?:you )?(?:to )?(?:\#(verb)|\#(verbing))\b[^.;]{0,40}?\b\#(object)"#
        + #"|\b(?:rather|prefer) (?:not|you didn'?t) (?:\#(verb)|\#(verbing)|have|share|give)\b[^.;]{0,40}?\b(?:health|medical|injur\w*|personal|body)\b"#
        // "no storing of health data", "no health data please", "keep the medical stuff out", "but not the health bits"
        + #"|\bno (?:\#(verbing) (?:of )?)?(?:my |the )?(?:health|medical|injury|personal|body) (?:data|details|info|information|stuff|bits|records|history)\b(?! (?:problems?|issues?|conditions?|worries|concerns))"#
        + #"|\b(?:keep|leave) (?:the |my |all the |any )?(?:health|medical|injury|personal|body|private)(?:[- ]related)? (?:data |details |info |information |stuff |bits |side |things |records |history )?(?:out|off|private|to (?:me|myself)|aside)\b"#
        + #"|\b(?:but|except|though)(?: please)?,? not (?:the |my |any )?(?:health|medical|injury|body|personal)(?: (?:data|details|info|stuff|bits|side|things|records|history))?\b"#
        + #"|\b(?:only|just) (?:the |my )?(?:running|training)(?: (?:data|stuff|side|bits|numbers|info))?,? (?:not|no|please,? not) (?:the |my |any )?(?:health|medical|injur\w*|body|personal)\b"#
        // "I don't consent", "no consent", "consent: no", "health data — no thanks"
        + #"|\bi (?:do not|don'?t|dont) (?:consent|agree to (?:you )?(?:\#(verbing)|\#(verb)))\b|\bno consent\b|\bconsent (?:is )?(?:not given|refused|declined|withheld)\b"#
        + #"|\b(?:health(?: data| details| info| stuff| consent| question)?|medical(?: data| details| info| stuff)?|data(?: storage| consent)?|privacy|consent|storage)\s*[:=\-–—]+\s*(?:no|nope|nah|declined|refused|rather not|no thanks|not ok|pass)\b"#
        // "Running details fine, health details no."
        + #"|\b(?:health|medical)(?: data| details| info| information| stuff| bits| side| part| history)?\s*[:,\-–—]?\s*(?:no|nope|nah|hard no|no thanks)(?=\s*(?:[.,;!]|$|thanks|thank you|please))"#)
}
