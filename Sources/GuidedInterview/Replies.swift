import Foundation

/// The shape of a reply, whatever it is about: yes or no, a correction, a name, a polite "no answer".
enum Replies {
    /// A yes/no answer, or nil when the message is neither.
    static func yesOrNo(_ message: String) -> Bool? {
        let text = FactExtractor.normalize(message)
        let reply = FactExtractor.reply(text)
        return reply.affirmed ?? leadingYesOrNo(message)
    }

    /// A yes to keeping health details, said after a no: "Then yes, it is okay, you can keep it".
    static func grantsConsentAfterAll(_ message: String) -> Bool {
        guard let match = consentAfterAll.firstMatch(in: message.lowercased()) else { return false }
        return consent(match.text) != false
    }
    static let consentAfterAll = TextPattern(
        #"\b(?:yes|yeah|ok|okay|fine)\b[^.!?]{0,24}\byou (?:can|may) (?:keep|store|save|have) (?:it|them|that|my (?:health )?(?:data|details|info|information))\b|\b(?:i(?:'ve| have) changed my mind|on second thought)[^.!?]{0,30}\b(?:keep|store|save) (?:it|them|my)\b"#)

    /// The answer to the consent question, read generously ("ya thats fine", "Is okay.", "Aye, fine by
    /// me", "no problem") but never taking a refusal for a yes ("no thanks", "I'd rather not").
    /// `typed` is the message as typed, emoji included, when `message` has been cleaned of them and of questions back.
    static func consent(_ message: String, typed: String? = nil) -> Bool? {
        // ("Go on then. What's the worst that could happen? Don't answer that.": a joke after the yes, not a refusal.)
        let message = dontAnswerThat.replacing(in: message) { _ in "" }
        let lower = message.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        let withEmoji = typed ?? message
        // A refusal said outright, in any words or an emoji, is a no before anything else is read: "absolutely not",
        // "hard pass", "I'd rather you didn't", "👎". (A yes read into a refusal would store health data without consent.)
        // "sure about the running stuff, but leave my weight out of it": a partial yes asks again, before any refusal word.
        if partial.matches(lower) { return nil }
        // "no, go ahead", "nope, doesn't bother me", "nah that's fine, keep it": a no to the worry, then a yes.
        // ("No, that's fine" alone can decline, so it is not one of them.)
        if reassuringNo.matches(lower) { return true }
        // "No, okay. Yes it is fine.": the "no" waves the worry away, and a yes follows.
        if noOkayYes.matches(lower) { return true }
        if outrightRefusal.matches(lower) || ["\u{1F44E}", "\u{274C}", "\u{1F645}", "\u{1F6AB}", "\u{270B}"].contains(where: withEmoji.contains)
            || ["不用", "不要", "不行", "不可以"].contains(where: lower.contains),
           !correctedToYes.matches(lower), !misreadThenYes.matches(lower) { return false }
        if misreadThenYes.matches(lower) { return true }
        // "oh yeah, store my medical history, what could possibly go wrong 🙄": sarcasm.
        // (Unless a plain yes is said as well: "… what could possibly go wrong. Fine. Yes.", "Yes, go on, store my tragic health data 🙄".)
        if sarcasm.matches(lower) || withEmoji.contains("\u{1F644}"), !plainYes.matches(lower) { return false }
        // ("What happens if I say no? Never mind, yes, it's fine", "No. Well... it stays on this computer? Then yes, okay": a
        // question or a no, then the yes the runner comes round to.)
        if let round = cameRound.matches(in: lower).last, let word = round[1] { return !["no", "nope", "nah"].contains(word) }
        // "yes and no", "yes but not my injuries", "not sure tbh", "what happens if I say no?": no answer yet.
        if undecided.matches(lower) { return nil }
        // "how long do you keep it for", "can I say yes to injuries but not the rest?": a question back is no answer.
        if questionOnly(withEmoji) { return nil }
        // "yeah no, that's fine": the "no" waves the worry away.
        if yeahNoFine.matches(lower) { return true }
        if ["好的", "没问题", "可以", "行"].contains(where: lower.contains) { return true }
        // "no wait, yes", "no... actually ok": the answer after the correction.
        if let cut = consentCorrection.matches(in: lower).last, cut.end < lower.utf16Length,
           let after = consentIn(lower.utf16Slice(cut.end, lower.utf16Length)) {
            return after
        }
        if let word = consentWords.firstMatch(in: lower) { return word[1] != nil }
        // "Ja, fine. Store away. My knees have no secrets": a first sentence that agrees outright is the answer,
        // unless a later one takes it back ("Yes. No wait, I'd rather not").
        // (A sarcastic "Oh sure, hand my records to a computer. No." is a no: a later sentence that opens with one.)
        let sentences = message.split(omittingEmptySubsequences: true, whereSeparator: { ".!?".contains($0) })
        if sentences.count > 1, let first = sentences.first, consentIn(String(first)) == true,
           !takenBack.matches(message.lowercased()),
           !sentences.dropFirst().contains(where: { refusalOpening.matches($0.lowercased()) }) {
            return true
        }
        return consentIn(message, typed: withEmoji)
    }
    static let outrightRefusal = TextPattern(
        #"\b(?:i'?ll|i will|i'?d|i would|let'?s|i'?m going to|i am going to|gonna)\s+(?:just\s+)?(?:say|go with|answer|pick|choose|stick with)\s+(?:a\s+)?no\b|\b(?:no|not) for now\b|\b(?:i think |probably |maybe )?(?:better|best) not\b(?! to (?:worry|bother|ask))|\b(?:absolutely not|definitely not|certainly not|of course not|not a chance|no chance|nae chance|no way|hard pass|i'?ll pass|i will pass|pass on (?:that|this)|not now|not today|not really|(?:rather|sooner) (?:you )?(?:didn'?t|did not|not)(?! (?:think|dwell|look|know) (?:about|at|on|of)\b)|prefer (?:you )?(?:didn'?t|did not|not)|not comfortable|don'?t want (?:that|to|you|my|any|it|them|this|anything)\b|do not want|nope|no,? thanks|no,? thank you|no ta|nah thanks|nej tack|ei kiitos|non merci|nein danke|(?:keep|leave) (?:it|that|them|this|my [a-z ]{1,24}?|the (?:health|medical|body|injury)[a-z ]{0,16}?) (?:out|off|private|empty|blank|to (?:yourself|myself))|rather (?:this|the|that|my|your) (?:computer|app|program|laptop|thing|machine|chatbot|bot) (?:didn'?t|did not|not|wouldn'?t|would not)|rather tell (?:those|these|that|them|it|this)(?: things| stuff)? (?:to )?(?:my|a) (?:own )?(?:doctor|gp|physio)|(?:leave|keep) (?:me|it|that|my [a-z ]{1,24}?) out of (?:it|this|that)|(?:skip|drop) (?:the|that|all the|my) (?:health|medical|body|injury)|rather keep (?:it|that|them|this|my [a-z ]{1,24}?) (?:to myself|private)|(?:don'?t|do not|please don'?t) (?:store|keep|save|record|log)|(?:go|do|manage|carry on|continue|fine|ok|okay|good|happy|just go)(?: ahead)? without(?: (?:it|that|them|this))?|skip (?:it|that|this|that part|the health(?: stuff)?)|let'?s not|let us not|can we not|sooner not|happier if you didn'?t|not to have (?:it|that|them|anything|my [a-z ]{1,24}?) (?:stored|kept|saved)|(?:store|keep|save|record) nothing|\bi (?:do )?mind\b(?! if)|(?<!would )(?<!'d )(?<!you )(?<!will )(?<!'ll )never share|keep dreaming|keep (?:it|this|that|things) (?:to|about) (?:the )?(?:running|training|basics|runs?)|(?:just|only) (?:the )?(?:running|training)(?: (?:stuff|side|part|bits?|data))?(?=\s*(?:[.!,]|please\b|thanks\b|$))|no (?:health|medical|body|injury|personal) (?:stuff|data|details|info|information|things|records)|(?:radši|radsi|radije|raje|radšej|radsej|raděj|radej) ne|ne,? (?:díky|diky|děkuji|dekuji|ďakujem|dakujem|hvala|dziękuję|dziekuje|treba|trebam|chci|chcem|želim|zelim)|nechci|nechcem|ne želim|ne zelim|prefiro que n[aã]o|absolutely\W+not)\b|^\W*(?:leave it|pass|skip|skip it)\W*$|^\W*(?:ayoko|ayaw ko|nea|неа|нет(?! проблем)|не(?! против)|la2|لا(?!\s*مانع)|नहीं|nahi|não)(?![\p{L}])|(?:^|[.!?]\s*)(?:so |then |and |i'?d say )?(?:no|nope|nah|naw)\s*[.!]*\s*$|^\W*(?:no|nah|naw|nay|nope|nop|non|nein|nee|nie|nej|ei|não|nao|нет|net|hayır|hayir|hapana|iie|いいえ|nahi|nahin|bo|aniyo|아니요|아니오|la(?=\s*[,.!]|\s+shukran))\b(?!\s*(?:problem|problems|prob|probs|problm|worries|worry|bother|bothers|drama|dramas|stress|issue|issues|hassle|objection|objections|wahala|tension|yeah|idea|biggie|complaints?|reason|hay problema|ma sprawy|проблем)(?![\p{L}]))"#)
    /// "Never mind,", "Then", "In that case": a sentence opening on the answer the runner comes round to.
    static let comingRound = #"(?:^|[.!?]\s*)(?:never ?mind|then|ok(?:ay)? then|well then|fine then|in that case)[,.!]*\s+"#
    static let cameRound = TextPattern(comingRound + #"(yes|yeah|yep|ok|okay|sure|fine|no|nope|nah)\b"#)
    static let correctedToYes = TextPattern(
        comingRound + #"(?:yes|yeah|yep|ok|okay|sure|fine)\b|(?:\b(?:wait|actually|on second thought|hmm|ok then|changed my mind)\b|\.\.\.|…)[^.!?]{0,16}\b(?:yes|ok|okay|fine|sure|go ahead|alright|go on)\b|\b(?:wait|actually|on second thought|thinking about it|come to think of it|changed my mind|read it wrong|misread)\b.*[.!?,]\s*(?:ok(?:ay)?,? |fine,? |alright,? |then )?(?:yes|ok|okay|fine|sure|go ahead)(?:,? (?:that'?s|that is|it'?s|it is) (?:ok|okay|fine|alright|good))?\W*$|\bbut (?:yeah|yes|ok|okay|sure|fine)\b[^.!?]{0,24}[.!]*\s*$"#)
    /// ("No — sorry, I read it wrong. Yes, you can keep it.": a no put right as misread, then a yes.)
    static let misreadThenYes = TextPattern(#"\b(?:read it wrong|misread|changed my mind|on second thought)\b[^.!?]*[.!?]\s*(?:yes|yeah|yep|ok|okay|sure|fine)\b(?![^.!?]*\b(?:not|don'?t|rather)\b)"#)
    static let noOkayYes = TextPattern(#"^\W*(?:no|nope)\W+(?:ok|okay|fine|alright|sure)\W+(?:yes|yeah|yep|ok|okay|fine)\b(?![^.!?]*\b(?:not|don'?t|rather)\b)"#)
    static let yeahNoFine = TextPattern(#"^\W*(?:yeah|yea|ya|yeh) no\W+(?:that'?s|thats|it'?s|its)?\s*(?:fine|ok|okay|all good|good|grand|sweet|sound)\b"#)
    static let plainYes = TextPattern(#"\byes\b|(?:^|[.!?]\s*)(?:fine|ok|okay|alright)[.!]*\s*(?:yes\b|$)"#)
    static let sarcasm = TextPattern(#"\bwhat could (?:possibly )?go wrong\b|\byeah,? right\b|\bsure,? because\b"#)
    static let reassuringNo = TextPattern(
        #"^\W*(?:no+|nope|nah|na|never)\b[\W]*(?:no\W+)?(?:(?!(?:don'?t|dont|do|not|never|won'?t|wont|please don'?t)\b)[a-z',]+\s+){0,4}?(?:go ahead|go for it|(?:it )?does(?:n'?t| not) bother|not (?:worried|bothered|fussed)|(?:store|keep|save) (?:it|them|whatever|away|everything)(?=\s*(?:[.!,]|$|all\b|then\b|mate\b|pal\b|man\b|bro\b))|biggie|complaints|reason not to|need to ask|(?:had )?an? (?:issue|problem) with|all good|sweet as)\b"#)
    static let partial = TextPattern(
        #"\b(?:yes|ok|okay|fine|sure) (?:to|for|on) (?:the |my )?[a-z]+(?: [a-z]+){0,3},? but (?:no|not)\b|\b(?:yes|yeah|sure|ok|okay|fine)\b[^.!?]{0,40}\bbut (?:not|leave|keep|don'?t|no)\b[^.!?]{0,30}\b(?:injur\w*|weight|health|medical|body|medication\w*|heart|history)\b|\b(?:injur\w*|weight|health|medical|body|running)\s+(?:yes|ok|fine)\W+[a-z ]{0,24}\b(?:no|not)\b"#)
    static let undecided = TextPattern(
        #"^\W*yes and no\b|^\W*(?:maybe)\b|^\W*(?:ok|okay|yes|yeah|sure|fine)\W+maybe\W*$|\b(?:not sure|unsure|dunno|don'?t know|do not know|idk|let me think|no idea)\b|\bwhat happens if i say no\b|\b(?:i'?ll|i will|let me|i need to|i have to|i'?d have to|gotta|got to) (?:ask|check with|talk to|run it (?:past|by)|see what)\b|\bif (?:my|the) (?:wife|husband|partner|boyfriend|girlfriend|mum|mom|dad|parents?|doctor|gp|physio|coach|lawyer|boss) (?:agrees|says|is ok|is okay|approves|lets)\b"#)
    /// An answer to the consent question that says it is not decided yet: partial, undecided, or only a question back.
    static func leftOpen(_ message: String, typed: String? = nil) -> Bool {
        let lower = message.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        return partial.matches(lower) || undecided.matches(lower) || questionOnly(typed ?? message)
    }

    /// Every sentence a question ("how long do you keep it for", typed without its question mark), none a yes or no.
    static func questionOnly(_ message: String) -> Bool {
        var sentences: [String] = [], current = ""
        for character in message.lowercased() {
            current.append(character)
            if ".!?\n".contains(character) { sentences.append(current); current = "" }
        }
        sentences = (sentences + [current]).map { $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".!\n"))) }
            .filter { !$0.isEmpty }
        return !sentences.isEmpty && sentences.allSatisfy { sentence in
            (sentence.hasSuffix("?") || questionOpening.matches(sentence)) && !answerOpening.matches(sentence)
        }
    }
    /// Without its question mark a sentence is a question only when it opens with a question word ("how long do you keep it
    /// for"); "Is okay." is an answer.
    static let questionOpening = TextPattern(#"^(?:how|what|why(?! not)|when|where|who|which|whats|what's)\b"#)
    static let answerOpening = TextPattern(#"^\W*(?:yes|yeah|yep|sure|ok|okay|fine|no|nope|nah|why not)\b"#)
    static let consentCorrection = TextPattern(#"\b(?:wait|actually|on second thought|changed my mind|oh go on|go on then)\b[,.\s]*|\bbut\s+(?=(?:yeah|yes|ok|okay|sure|fine|go ahead)\b)|\.\.\.\s*|…\s*"#)
    /// One-word answers in other languages and slang ("да, конечно", "네 좋아요", "aiwa", "say less", "nah yeah").
    static let consentWords = TextPattern(
        #"^\W*(?:(да|da|tak|ja|jo|ano|igen|evet|sim|s[iíì]+|oui|sawa|sige|theek hai|thik hai|boleh|100 ?%|100 percent|a hundred percent|hundred percent|can lah|can lor|can can|can(?=\s*[,.!]|\s*$)|hai|はい|네|예|ndiyo|ehe|aiwa|ewe|yebo|haan|haa|opo|oo|ae|jes|jah|yse|yess+|deffo|defo|aight|aite|ight|sound|say less|yeah nah yeah|nah yeah|works for me|if you must|i suppose|i guess(?: so)?|suppose so|go on then|kein problem|pas de souci|pas de problème|nessun problema|sin problema|no problema|sem problema|geen probleem|nema problema|k|kk)|(yeah nah))(?![\p{L}\d'])"#)
    static let takenBack = TextPattern(#"\b(?:wait|actually|on second thought|second thoughts|rather not|prefer not|changed my mind|scratch that|hold on|hang on|not comfortable|decline|refuse)\b"#)
    static let dontAnswerThat = TextPattern(#"\b(?:don['’]?t|do not)\s+answer\s+that\b[.!]*"#)
    static let refusalOpening = TextPattern(#"^\s*(?:no|nope|nah|nay|never|don't|dont|do not|no way|not really|not a chance|absolutely not|hard pass|pass)\b"#)

    private static func consentIn(_ message: String, typed: String? = nil) -> Bool? {
        var text = " " + message.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            .components(separatedBy: CharacterSet.letters.union(CharacterSet(charactersIn: "'")).inverted)
            .filter { !$0.isEmpty }.joined(separator: " ") + " "
        // ("… and I just said yes after a glass of wine": a yes told of in a story is no answer.)
        text = reportedYes.replacing(in: text) { _ in " " }
        // "Yeah, that's fine. Just don't go sellin' it to the insurance jagoffs": a condition on how it is used, not a no.
        text = useCondition.replacing(in: text) { _ in " " }
        // "I reckon that's alright. Long as it stays on this here computer and don't go to the insurance people":
        // what follows "as long as" is the condition of a yes.
        if let condition = aslongAs.firstMatch(in: text), condition.start > 1 { text = text.utf16Slice(0, condition.start) + " " }
        let agreeing = [" no problem ", " no worries ", " not a problem ", " no issue ", " no issues ", " don't mind ", " do not mind ", " dont mind ",
                        " not bothered ", " why not ", " no bother ", " no bothers ", " go on ", " no objection ", " no objections ",
                        " no probs ", " no prob ", " no harm ", " no wahala ", " no wukkas ", " no wuckas ", " no worries mate ", " nae bother ", " no hassle ", " no stress ", " no dramas ", " no drama ",
                        " no tension ", " no tensions ", " no worry ", " all good ", " by all means ", " please do ",
                        " wouldn't say no ", " would not say no ", " no reason not to ", " yeah nah yeah ", " don't object ", " do not object ", " not an issue ", " non issue ", " no big deal ", " not a big deal ", " لا مانع ",
                        " dont object ", " no complaints ", " no biggie ", " never minded ", " never had an issue ", " never had a problem ",
                        " no hay problema ", " sem problemas ", " sem problema ", " koi baat nahi ", " walang problema ", " problem yok ",
                        " nie ma sprawy ", " нет проблем ", " без проблем ", " не против ",
                        // "Sure, go ahead, my knees have no secrets."
                        " have no secrets ", " has no secrets ", " no secrets here ", " nothing to hide ", " got nothing to hide "]
        // ("yes ok no problm": a typed "no problem" is no refusal.)
        if agreeing.contains(where: text.contains) || typedNoProblem.matches(text) { return true }
        let refusing = [" no ", " nope ", " nah ", " rather not ", " prefer not ", " don't ", " dont ", " do not ", " not ok ", " not okay ",
                        " not comfortable ", " decline ", " refuse ", " never ", " nein ", " non ", " not gud ", " no gud "]
        if refusing.contains(where: text.contains) { return false }
        let yes = [" yes ", " yeah ", " yea ", " ya ", " yep ", " yup ", " aye ", " sure ", " ok ", " okay ", " okey ", " fine ", " alright ",
                   " all right ", " go ahead ", " of course ", " agree ", " agreed ", " happy ", " absolutely ", " definitely ", " consent ",
                   " si ", " sí ", " ja ", " oui ", " da ", " hai ", " yess ", " go for it ", " sounds good ", " that works ",
                   " sim ", " tak ", " ano ", " igen ", " kyllä ", " evet ", " sawa ", " ndiyo ", " haan ", " opo ", " ae ", " cool ", " sweet ",
                   " grand ", " good ", " klar ", " store away ", " keep it ", " sharp ", " shap ", " sho ", " yebo ", " ewe ", " bet ",
                   " dale ", " vale ", " claro ", " ye ", " yeh ", " gud ", " jes ", " jah ", " yah ", " theek hai ", " thik hai ", " kk ", " okie ", " oki ",
                   // "Store what you like. Swiss banking secrecy applies, I assume."
                   " store what you ", " whatever you need ", " knock yourself out ", " be my guest ", " crack on ", " righto ", " fire away ",
                   " have at it ", " help yourself ", " va bene ", " हाँ ", " हां ", " ठीक है ", " نعم ", " موافق ", " keep what you ", " store whatever ", " keep whatever ", " store it ", " store them ", " save it "]
        // "sharp 👍": a thumbs-up is a yes.
        let thumbsUp = ["\u{1F44D}", "\u{1F44C}", "\u{2705}", "\u{1F197}"].contains { message.contains($0) || (typed?.contains($0) ?? false) }
        return yes.contains(where: text.contains) || thumbsUp ? true : nil
    }

    static let reportedYes = TextPattern(#" (?:said|say|says|saying) (?:yes|yeah|ok|okay) (?:to|after|when|because|without|before|on|and|at) "#)
    static let useCondition = TextPattern(
        #" (?:don't|dont|do not|never) (?:go |ever )?(?:sell|sellin'?|selling|share|sharing|send|give|tell|pass|post|show|spam|leak|upload|hand|go to|end up with|get to)(?: it| them| my [a-z]+)?(?: [a-z']+){0,5}(?= )"#)
    static let aslongAs = TextPattern(#" (?:as |so )?long as |\bprovid(?:ed|ing) (?:that )?(?:it|you) "#)
    static let typedNoProblem = TextPattern(#" no p[a-z]{0,2}bl?[a-z]{0,2}m | (?:don'?t|dont|do not) (?:mnid|midn|mimd|mond|mnd|mine) "#)

    /// A yes/no question answered in a sentence ("Yes, that's fine with me", "no thanks").
    static func leadingYesOrNo(_ message: String) -> Bool? {
        let first = message.lowercased().split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        if ["yes", "yeah", "yep", "yup", "sure", "ok", "okay", "fine", "absolutely", "definitely", "agreed", "ja", "si", "oui"].contains(first) {
            return true
        }
        if ["no", "nope", "nah"].contains(first) { return false }
        return nil
    }

    /// "I just want to finish", "there's no real limit": no answer to give to an optional question.
    /// "Whichever's free that week", "No fixed days, it depends on the rota": no days to name.
    static let noFixedDays = TextPattern(
        #"\b(?:whichever|any (?:day|days|of them|of the rest|that (?:is|are) free)|it varies|varies|changes?|different (?:every|each)|depends|no (?:fixed|fixd|fix|set|particular|regular) days?|not fixed|flexible|can ?not (?:choose|say)|rota|shifts?|turno|wh?atev(?:er|a)|wtvr|wtv|whatevs|(?:days?|whenever) i(?:'m| am|m) off|they move|move (?:every|each)|moves? around|bounces around|(?:can ?not|cannot) promise (?:you )?(?:a|any|which)|(?:are not|aren't|none) (?:any )?(?:days? )?(?:that )?i can (?:promise|commit to|guarantee)|whatever days i am off|surprise me|no fav(?:ou?rite)?s?(?: days?)?|(?:do not|dont|don't) (?:really |rly |much )?(?:mind|care) (?:what|wat|which|wich|about the) days?|whenever (?:the )?(?:baby|bub|kids?) (?:naps?|sleeps?)|^\W*none(?=\s*(?:[.!,]|$)))\b"#)

    static func declines(_ message: String) -> Bool {
        let lower = message.lowercased()
        return ["just want to finish", "just finish", "no limit", "no real limit", "no preference", "doesn't matter",
                "does not matter", "don't mind", "do not mind", "no target", "no time goal", "not fussed", "whatever"].contains { lower.contains($0) }
            || ownFinishOnly(lower) != nil
    }
    /// "just finish" said as the runner's own aim, not quoted from someone ("Dad would've said 'just get round, girl'").
    static func ownFinishOnly(_ text: String) -> TextMatch? {
        finishOnly.matches(in: text).first { !quotedSaying.matches(text.utf16Slice(max(0, $0.start - 24), $0.start)) }
    }
    static let quotedSaying = TextPattern(#"\b(?:said|says|say|saying|told me|tells me|would(?:'ve| have) said)\s*[:,]?\s*["'“‘]?\s*$"#)
    /// "Just to get round. No time.", "only to finish": finishing is the whole aim.
    static let finishOnly = TextPattern(
        #"\b(?:just|only|simply) (?:want |hoping |hope |aiming |looking )?(?:to )?(?:get (?:a)?round|get to the finish|finish(?: it)?|complete(?: it)?|cross the (?:finish )?line)\b|(?:^|[.!?]\s+)no time(?:, | |\.|$)(?!for\b|to\b)"#)

    static let correction = TextPattern(
        // ("Sixteen k. No, that was October. Last Sunday I did 18": a "no" that dates the first figure to another time.)
        #"(?:^|[.!?]\s+)no[,.]?\s+(?=that was (?:in |back in |last |a |an |the )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|last|ages|years?|months?|weeks?|summer|spring|autumn|fall|winter|before)\w*)|(?:^|[.!?]\s+)(?:or,?\s+)?(?:to be honest|if i'?m honest|if i am honest|truthfully|honestly),?\s+(?=(?:about |around |more like |maybe |probably |only )?\d)|\((?:kidding|joking|jk)\)|(?<!not |cant |can't )\bwait(?=\s*[,.!—-])|\b(?:no wait|wait,? no|oh wait|hang on|hold on|on second thought|scratch that|sorry(?! (?:for|about|if|in advance|to (?:say|hear|bother|ask)|typing|i am typing|im typing|on (?:my|the) phone|from (?:my|the) phone|autocorrect|typos?|my english|english)\b)|(?<!not |never |n't |n’t )actually|correction|i meant|i mean|make that|(?<!was |were )more like(?![^.!?]*\b(?:on|in|during) (?:the |those |my )?(?:[a-z-]+ )?(?:weeks?|months?)\b)(?!\s+\S+\s+(?:in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|last (?:month|year|summer|spring|autumn|fall|winter)|before)\b)|not \d+|rather|oops|my bad|let me correct|i misspoke|typo|who am i kidding|kidding myself|jk|(?<=[.!]\s)(?:just )?kidding(?=[.!,])|only joking|just joking|on reflection|thinking about it|come to think of it|scrap that|strike that|forget that)\b|\b(?:ha|haha|hah|oh|ah|ahh|eh|er|erm|um|hmm|hm|mmm|heqq|och|ach|ay|ai|ayy|aie|oy|oi|whoops|argh|dang|damn|ag|euh|eish|ehn|aish|yoh|arre|arey|ayyo|aiyo|aiyoh|haiya),? (?:no|na(?=,)|naw)\b|(?:^|[.!?]\s+)(?:ay|ayy|ai|aiyo|aiya|oops)\s+(?=\d)|(?:^|[.!?]\s+)(?:no|non|nein|nee|nie)(?:,?\s+(?:lah|la|leh|ah|eh|mate|sorry))?[,.!]?\s*(?:[-—–]\s*)?(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty)\b)|(?:^|[.!?]\s+)no,\s+(?=[^.!?\d]*\d)|(?:^|[.!?]\s+)no\s+(?:its|it is|it's)\b(?=[^.!?\d]*\d)|(?<=[.!?]\s)(?:ah |oh |hmm,? |ach,? |och,? )?(?:nah|naw|non|na(?=,))\b,?|\battends\b|\bhang about\b|(?:^|[.!?]\s+)well(?:,|\.\.+|…)\s*(?=(?:(?:under|sub|below|about|around|maybe|probably|realistically)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b))|(?:^|[.!?]\s+)(?:so |ok,? |okay,? |just )?(?:use|go with|call it|let'?s say|lets say|put down|put)(?=\s+(?:about |around |maybe )?\d)|\bmake it(?=\s+(?:\d|an?\s|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b))|(?:^|[.!?]\s+)then,?(?=\s+(?:about |around |maybe )?(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|half an?)\s*(?:hours?|minutes?|mins?|k|km|miles?|days?|times|runs)?\s*[.!]?\s*$)"#)

    /// A message that opens by correcting an earlier answer ("Sorry, more like 35", "Actually, make the target 52").
    static let correctionOpening = TextPattern(
        #"^\s*(?:no wait|wait|oh wait|sorry(?! (?:for|about|if|in advance|to (?:say|hear|bother|ask)|typing|i am typing|im typing|on (?:my|the) phone|from (?:my|the) phone|autocorrect|typos?|my english|english)\b)|actually|scratch that|oops|my bad|correction|i meant|i mean|hang on|hold on)\b"#)

    /// The message without the questions the runner asks back ("Five. Is five too many?" → "Five."),
    /// when something else is left: the answer is in the statements.
    static func withoutQuestions(_ rawMessage: String) -> String {
        // "Saturday and Sunday, plus Tuesday — or would you spread them differently?": the question after
        // a dash is a sentence of its own.
        // "Monday, Wednesday and Saturday. Sunday? Maybe, sometimes.": a day wondered about, then hedged, is left out.
        let unhedged = hedgedDayQuestion.replacing(in: rawMessage) { _ in "" }
        let message = dashQuestion.replacing(in: withoutTagQuestions(unhedged)) { _ in ". " }
        var sentences: [String] = []
        var current = ""
        for character in message {
            current.append(character)
            if ".!?\n".contains(character) {
                sentences.append(current)
                current = ""
            }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { sentences.append(current) }
        // "It's three little runs of about 5k, so fifteen-ish kilometres a week?" is a statement said with a
        // rising voice; "Is 50 minutes doable?" and "what about Saturdays?" ask.
        let statements = sentences.indices.filter { index in
            let trimmed = sentences[index].trimmingCharacters(in: .whitespaces)
            // ("Is a dull ache behind my knee normal? It's been there since Sunday": asked, and then told as so.)
            if trimmed.hasSuffix("?"), index + 1 < sentences.count, Scan.soSinceAfter.matches(sentences[index + 1].lowercased()) { return true }
            // "Does a toe broken by a pressure cooker count?" offers the toe: it stays.
            // ("Any day I'm not on a client site, so honestly, three?": a figure said with a rising voice.)
            // ("In 2019 I had 'rotura de menisco', how do you call it, a meniscus tear?": the English word asked for.)
            return !trimmed.hasSuffix("?") || !questionForm.matches(trimmed.lowercased()) || doesItCount.matches(trimmed.lowercased())
                || risingFigure.matches(trimmed.lowercased()) || askingTheWord.matches(trimmed.lowercased())
                // ("33. Does it matter that I take the contraceptive pill?": the question takes for granted that the runner does.)
                || FactExtractor.presupposed.matches(trimmed.lowercased())
        }.map { sentences[$0] }
        // (The rising figure is read as said: "three?" is three.)
        let settled = statements.map { sentence in
            risingFigure.matches(sentence.trimmingCharacters(in: .whitespaces).lowercased()) ? String(sentence.dropLast()) + "." : sentence
        }
        guard !statements.isEmpty, statements.count < sentences.count || settled != statements else { return message }
        return settled.joined().trimmingCharacters(in: .whitespaces)
    }

    static let risingFigure = TextPattern(
        #"^(?!(?:is|are|was|were|would|should|shall|can|could|do|does|did|will|what|how|why|which|when|where|or|maybe|perhaps|and|but)\b)[^?]*,\s*(?:so\s+)?(?:honestly,?\s+|maybe\s+|probably\s+|i guess\s+|i think\s+)?(?:\d+|one|two|three|four|five|six|seven)\s*\?$"#)
    /// A message that only asks ("is 1:50 realistic?", "would sub 4 be realistic for a first marathon?"): no answer given yet.
    static func onlyAsks(_ message: String) -> Bool {
        let sentences = message.split(whereSeparator: { ".!?".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let trimmed = message.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasSuffix("?"), !sentences.isEmpty else { return false }
        // Every sentence a question: each piece of text ends at a "?" and reads as one.
        let pieces = trimmed.split(separator: "?").map { $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".!"))) }.filter { !$0.isEmpty }
        return !trimmed.contains(".") && !trimmed.contains("!") && pieces.allSatisfy { askingOpening.matches($0.lowercased()) }
            && !wishWords.matches(trimmed.lowercased())
    }
    /// ("I was thinking 1:50 but … what would you say?" says a time; "Could I aim for 5:30 per km?" wishes for one.)
    static let askingOpening = TextPattern(
        #"^\W*(?:(?:and|but|so|ok|okay|well|hmm)[,]?\s+)?(?:is|are|am|was|were|do|does|did|can|could|should|shall|will|would|may|might|what|what's|whats|how|how's|why|when|where|which|who)\b"#)
    static let wishWords = TextPattern(#"\b(?:aim|aiming|want|wanna|like|hoping|hope|thinking|go for|target|goal)\b"#)

    /// "how do you say", "how you call it": the runner asking for the English word, not asking the coach.
    static let howYouSay = #"how (?:do |would )?(?:you|u|one) (?:say|call)(?: it| that)?"#
    static let askingTheWord = TextPattern(#"^[^?]{3,}\b"# + howYouSay + #"\b"#)
    static let questionForm = TextPattern(
        #"^\W*(?:(?:and|but|so|also|oh|ok|okay|well|hmm|sorry|then|or|like|honestly|seriously|quick question)[,:]?\s+)*(?:is|are|am|was|were|do|does|did|can|could|should|shall|will|would|may|might|must|have|has|had|what|what's|whats|how|how's|why|when|where|which|who|whose|any|anything|isn't|aren't|don't|doesn't|won't|can't|cannot|wouldn't|shouldn't|hows|wat|wot|u|you)\b|(?<!\d )\b(?:is|are|does|do|did|would|will|can|should|could|shall|may|am|was|were|have|has|isn't|aren't|don't|doesn't|won't|can't)\s+(?:that|this|it|i|you|u|they|he|she|we|there|these|those)\b|\bor (?:is|are|should|would|do|does|can|will|not)\b|\b(?:what|how|why|where|which|who) (?:about|if|is|are|do|does|should|would|can|much|many|long|far|often)\b|\bright\s*\?$|\bor\s*\?$|^\W*(?:no|yes|nope|yeah|yep|right|really|ok|okay|sure|so|and|huh|eh|hmm|why not|or not)\W*$"#)
    static let dashQuestion = TextPattern(
        #"\s+[—–-]+\s+(?=(?:or |and |(?:wait|hmm|hm|oh|um|uh),? )?(?:do|does|did|is|are|was|should|would|could|can|will|what|how|why|when|which|who|am i|any)\b[^.!]*\?)"#)

    /// "I had plantar fasciitis, that counts, doesn't it?" is a statement with a tag, not a question.
    static let tagQuestion = TextPattern(
        #",\s*(?:does(?:n't| not)?|is(?:n't| not)?|do(?:n't| not)?|did(?:n't| not)?|was(?:n't| not)?|won't|would(?:n't)?|right|yeah|yes|no|ok|okay|correct|surely|innit|eh)(?:\s+(?:it|that|i|you|they|he|she|we|there|this))?(?:\s+(?:think|know))?\s*\?"#)

    /// "I had shin splints in high school track, does that count?", "I take a statin, is that a problem?": a statement,
    /// then a question about whether it matters.
    static let mattersQuestion = TextPattern(
        #",\s*(?:(?:and|but|so)\s+)?(?:does|do|is|would|will|should|could|can|might)\s+(?:that|this|it|those|these)\s+(?:(?:still|even|really)\s+)?(?:count|matter|be (?:a problem|an issue|relevant|important|bad|ok|okay)|a problem|an issue|relevant|important|bad|normal|ok|okay|help|make a difference|affect [a-z ]+)(?:\s+(?:as|for)\s+[^?.!]{1,40})?\s*\?"#)

    static func withoutTagQuestions(_ message: String) -> String {
        let untagged = mattersQuestion.replacing(in: tagQuestion.replacing(in: message) { _ in "." }) { _ in "." }
        return adviceAskedAfter.replacing(in: untagged) { _ in "." }
    }
    /// "Weekends I'm at my parents' and there's no time there, should I try anyway?": a statement, then advice asked about it.
    static let adviceAskedAfter = TextPattern(#",\s*(?:so\s+)?(?:should|shall) i\b[^?.!,]{1,40}\?"#)

    static let correctionLead = TextPattern(
        #"^(?:[\s,.!-]*(?:no+|wait|sorry|scratch that|actually|correction|i meant|i mean|make that|more like|oops|my bad|it's|it is|its|rather|not|,))+[\s,.!:-]*"#)

    /// "Sorry, more like 35" → "35": the answer without the words that announce a correction.
    static func withoutCorrection(_ message: String) -> String {
        correctionLead.replacing(in: message) { _ in "" }
    }

    /// The message corrects something said before ("no wait, 35", "scratch that", "sorry, more like 35").
    static func isCorrection(_ message: String) -> Bool {
        let lower = message.lowercased()
        // ("In a normal week about 20. When the tourists come in January it's more like 12": a figure for those weeks.)
        return correction.matches(in: lower).contains { cue in
            !(cue.text.hasPrefix("more like") && conditionalSentence.matches(lower.utf16Slice(FactExtractor.sentenceStart(in: lower, before: cue.start), cue.start)))
        }
    }
    static let conditionalSentence = TextPattern(#"^\W*(?:when|whenever|if(?! (?:you|u) (?:need|want)| i (?:had|have) to| i must| pushed| forced)|during|in (?:the )?(?:summer|winter|spring|autumn|fall|high season|busy season)|in (?:"# + FactExtractor.monthPattern + #"))\b"#)

    /// "Marnie 🙃", "Sunday 🙏": pictographs carry tone, not facts, and would end a name or split a phrase.
    /// Digits, "#" and "*" are emoji too in Unicode, so only pictographs (and their modifiers) go.
    /// An emoji between two sentences ends the first: "that's his problem 😄 I run three times a week".
    static func withoutEmoji(_ message: String) -> String {
        guard message.unicodeScalars.contains(where: isPictograph) else { return message }
        var out = ""
        let characters = Array(message)
        for (index, character) in characters.enumerated() {
            if character.unicodeScalars.contains(where: isPictograph) {
                let next = characters[(index + 1)...].first { $0 != " " && !$0.unicodeScalars.contains(where: isPictograph) }
                let previous = out.last { $0 != " " }
                if next?.isUppercase == true, let previous, previous.isLetter || previous.isNumber {
                    while out.last == " " { out.removeLast() }
                    out.append(index + 1 < characters.count && characters[index + 1] == " " ? "." : ". ")
                } else if out.last != " " {
                    out.append(" ")
                }
            } else {
                out.append(character)
            }
        }
        return out.replacingOccurrences(of: #" +([.,!?;:])"#, with: "$1", options: .regularExpression)
            .trimmingCharacters(in: .whitespaces)
    }

    private static func isPictograph(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isEmojiPresentation || scalar.value == 0xFE0F || (scalar.properties.isEmoji && scalar.value >= 0x2190)
    }

    /// The name the coach will use, from the name `name(in:expecting:)` found: one the runner states as theirs
    /// (`StatedName`) as said, else the name they go by, else the first name of a name given in full.
    static func calledName(in message: String, given: String, expecting: String?) -> String {
        if expecting == "identity.name", let stated = StatedName.read(message) { return stated }
        return goesBy(in: message, expecting: expecting) ?? firstName(of: given)
    }

    /// "I'm Alex", "my name is Sam Lee", "call me Jo", or a bare answer to the name question.
    static func name(in said: String, expecting: String?) -> String? {
        // A dash ends the name as a comma does: "Tobias — do you need my surname as well?"
        var message = said.replacingOccurrences(of: " - ", with: " — ")
        // "Frau Margarethe Pichler", "Doamna Ileana", "Yusuf Bey": a title of respect, in any language, is no part of the name.
        message = honorific.replacing(in: message) { _ in "" }
        // "put Lachlan", the words after a correction: the name to write down.
        if expecting == "identity.name" { message = putName.replacing(in: message) { _ in "" } }
        // "Lachie's fine. Actually no, put Lachlan": a name corrected to the one to write down.
        if expecting == "identity.name", let match = nameCorrectedTo.matches(in: message).last, let name = match[1],
           !notNames.contains(name.lowercased()), !Greeting.words.contains(name.lowercased()) {
            return name
        }
        // "jaydn. jayden sry": a typo in the name, put right straight after.
        if expecting == "identity.name", let match = nameTypoFixed.firstMatch(in: message), let typed = match[1], let fixed = match[2] ?? match[3],
           typed.lowercased() != fixed.lowercased(), Self.nearlySame(typed.lowercased(), fixed.lowercased()) {
            return fixed.prefix(1).uppercased() + fixed.dropFirst()
        }
        // ("heyy its dnaiel. daniel* lol fat thumbs": a word starred to fix an earlier one a letter or two off.)
        if expecting == "identity.name", let star = starredWord.firstMatch(in: message), let fixed = star[1],
           message.utf16Slice(0, star.start).split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" })
               .contains(where: { $0.lowercased() != fixed.lowercased() && Self.nearlySame(String($0).lowercased(), fixed.lowercased()) }) {
            return fixed.prefix(1).uppercased() + fixed.dropFirst()
        }
        // "Tigist. Ti-gist.": the name, then how it sounds.
        if expecting == "identity.name", let match = nameThenSounded.firstMatch(in: message), let name = match[1], let sounded = match[2],
           sounded.lowercased().filter(\.isLetter) == name.lowercased() {
            return name
        }
        if expecting == "identity.name", let stated = StatedName.read(message) { return stated }
        // "Hello, here is Lukas": "hier ist …", said in English (a capitalised name; "here's everything" is none).
        if expecting == "identity.name", let match = hereIsName.firstMatch(in: message), let name = match[1],
           !notNames.contains(name.lowercased()), !Greeting.words.contains(name.lowercased()) {
            return name
        }
        // "rather not say", "not telling", "call me whatever you like", "Call me crazy but …": no name given.
        // ("My name is Deolinda, …, you can call me whatever you like": a name said outright still stands.)
        if expecting == "identity.name", noNameGiven.matches(message.lowercased()), !nameSaidOutright.matches(message) { return nil }
        // "what do you need my name for": a question back, typed without its question mark.
        if expecting == "identity.name", !message.contains(where: { ".!,?".contains($0) }), message.split(separator: " ").count >= 3,
           questionForm.matches(message.lowercased()), !givingName.matches(message.lowercased()) { return nil }
        // "Margaret Holloway, but Margaret will do": the name they want used.
        // "Everybody at church call me Sister Marcia, but just Marcia is fine".
        if expecting == "identity.name", let match = butNameWillDo.firstMatch(in: message), let name = match[1] ?? match[2] ?? match[3] ?? match[4],
           !notNames.contains(name.lowercased()), !Greeting.words.contains(name.lowercased()), !["that", "this", "it", "anything"].contains(name.lowercased()),
           !StatedName.notAName.contains(name.lowercased()) {
            return name
        }
        // "The young ones at the lab say Doamna Ileana" (the surname offered after it set aside): what others say is the name.
        if expecting == "identity.name", let match = othersSayName.firstMatch(in: message), let name = match[1],
           !notNames.contains(name.lowercased()), !Greeting.words.contains(name.lowercased()) {
            return name
        }
        // "Friends are calling me Gana, you also can call": what others say, offered to the coach too.
        if expecting == "identity.name", let match = othersCallYouToo.firstMatch(in: message), let name = match[1],
           !notNames.contains(name.lowercased()) {
            return name
        }
        // "Sak pase! Wilner.", "Buenas. Osvaldo, 68", "Hello, what you saying? It's Prenisha.": an opening sentence with no
        // name in it — an exclamation, a question or a greeting, in any language — then the name in the sentences after.
        // "Hi, Marybeth. One word, capital M, little b.": a greeting and a name make the opening sentence.
        if expecting == "identity.name", let match = openingSentence.firstMatch(in: message), let opening = match[1],
           let greeted = greetingThenName.firstMatch(in: opening), let name = greeted[1], !notNames.contains(name.lowercased()),
           !Greeting.words.contains(name.lowercased()) {
            return name
        }
        if expecting == "identity.name", let match = openingSentence.firstMatch(in: message), let opening = match[1], let rest = match[3],
           !nameCue.matches(opening),
           // ("Moien. Emil. Tax lawyer", "Góðan dag. I am Oddur": a full stop too, when a name or its cue follows.)
           match[2]?.first != "." || Greeting.opensWith(opening) || introduction.matches(rest)
               || leadingLoneName.matches(rest),
           let name = name(in: rest, expecting: expecting) {
            return name
        }
        // "It's Robert, but please call me Bob": the name comes first, the one to use after "call me".
        if expecting == "identity.name", message.lowercased().contains("call me"), let match = nameThenBut.firstMatch(in: message),
           let name = match[1], !notNames.contains(name.lowercased()) {
            return name
        }
        // "Na Chidi be my name", "Bernard is my name": the name said outright.
        if expecting == "identity.name", let match = isMyName.firstMatch(in: message), let name = match[1], !notNames.contains(name.lowercased()) {
            return name
        }
        // A parent setting it up: "I'm setting this up for my son Noah" names the runner.
        if expecting == "identity.name", let match = forMyChild.firstMatch(in: message), let name = match[1] {
            return name
        }
        // "Sawubona! Sipho here.": a greeting in any language, then the name with "here".
        if expecting == "identity.name", let match = nameHere.firstMatch(in: message), let name = match[1] ?? match[2].map({ $0.prefix(1).uppercased() + $0.dropFirst() }),
           !notNames.contains(name.lowercased()), !FactExtractor.notNames.contains(name.lowercased()), !StatedName.notAName.contains(name.lowercased()) {
            return name
        }
        let cleaned = message.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        let lower = cleaned.lowercased()
        var candidate: String?
        // A question back ("Does it matter?") is not a name; "Pete. Why do you need it?" is Pete.
        if cleaned.isEmpty || message.prefix(while: { !".,!;—–".contains($0) }).contains("?") { return nil }
        // "it's …" names someone only in answer to the name question ("it's more like 20k" does not).
        // ("it's Sam" names someone only at the start of the answer: "Niamh. It's pronounced Neeve" is Niamh.)
        let prefixes = ["my full name is ", "my name is ", "my name's ", "mi name is ", "call me ", "i'm called ", "i am called ", "name's ", "names ", "mi name ", "me name ", "my name ",
                        "my naem is ", "my nmae is ", "naem's ", "nmae's "]
        for prefix in prefixes {
            // "we've all put our names down" names no one: "name's"/"names" opens the answer.
            if prefix.hasPrefix("name"), !lower.hasPrefix(prefix), !lower.hasPrefix("the " + prefix) { continue }
            // "Everybody at church call me Sister Marcia": what others call the runner is no name for the coach to use.
            if let range = lower.range(of: prefix), prefix == "call me ",
               FactExtractor.othersCall.matches(String(lower[..<range.lowerBound].suffix(40))) { continue }
            // ("Delphine. You may call me Madame, but you won't.": leave granted in jest; the name said first stands.)
            if let range = lower.range(of: prefix), prefix == "call me ",
               FactExtractor.butYouWont.matches(String(lower[range.upperBound...].drop { !$0.isWhitespace && $0 != "," })) { continue }
            if let range = lower.range(of: prefix) {
                // ("the parkrun crowd call me an old hand", said of experience, is no name.)
                if expecting != nil, expecting != "identity.name", cleaned[range.upperBound...].first?.isUppercase != true { continue }
                // ("Sai. My full name is longer than the traffic": a full name is said with its capital.)
                if prefix == "my full name is ", cleaned[range.upperBound...].first?.isUppercase != true { continue }
                // ("Karl-Heinz on paper, but only my Oma and the Finanzamt call me that": no name after it.)
                let rest = String(cleaned[range.upperBound...])
                if pointingWords.contains(rest.lowercased().split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? "") { continue }
                candidate = rest
                break
            }
        }
        // "heyy wat di go aan, im queenie": typed in lower case, "im" and one word end the answer.
        if candidate == nil, expecting == "identity.name", let match = lowerCaseIntroduction.firstMatch(in: message), let name = match[1],
           !notNames.contains(name.lowercased()), !FactExtractor.notNames.contains(name.lowercased()), !Greeting.words.contains(name.lowercased()) {
            return name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        }
        // "To save us both time: I'm Mateo, 35, …": a capitalised name after "I'm" anywhere.
        if candidate == nil, expecting == "identity.name", let match = FactExtractor.iAmName.firstMatch(in: message), let name = match[1],
           !notNames.contains(name.lowercased()), !FactExtractor.notNames.contains(name.lowercased()) {
            return name
        }
        if candidate == nil, expecting == "identity.name" {
            candidate = cleaned
            // "hi im Sam", "hello, I'm Sam": greetings first, then "I'm".
            var changed = true
            while changed, let current = candidate {
                changed = false
                let lowered = current.lowercased()
                // "hey there", "hi coach", "hello Cadence": the greeting's addressee is no name either.
                // ("Ola" alone is a name; "ola im joao" is a greeting.)
                if let greeting = lowered.range(of: greetingPrefix, options: .regularExpression), !greeting.isEmpty,
                   case let rest = String(current.dropFirst(lowered.distance(from: lowered.startIndex, to: greeting.upperBound)))
                       .trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)),
                   !rest.isEmpty || !Greeting.alsoNames.contains(lowered) {
                    candidate = rest
                    changed = true
                }
            }
        }
        // The name ends at the first break: "Anna. My knee's been sore", "Ben, 34, training for …".
        if let current = candidate, let cut = current.firstIndex(where: { ".,!;:(—–".contains($0) }) {
            candidate = String(current[..<cut])
        }
        // Everything in one message: "quick summary: Lena, 30, 5k PB is 24:30" names the runner before the age.
        if candidate.map({ $0.split(separator: " ").count > 3 }) ?? true, expecting == "identity.name",
           let match = nameThenAge.firstMatch(in: message), let name = match[1], !notNames.contains(name.lowercased()) {
            return name
        }
        let stop: Set<String> = ["and", "but", "im", "i'm", "here", "by", "from", "the", "a", "thanks", "please", "btw", "speaking", "lol", "haha", "lmao", "hehe", "this", "hier", "hir", "ici",
                                 "und", "et", "y", "e", "en", "ve", "dan", "og", "och", "i",
                                 "ty", "thx", "tysm", "pls", "plz", "tbh", "po"]
        // "Pieter van den Berg", "Maria de la Cruz": the particles of a family name are part of it, so the first name is the first word.
        var all = candidate?.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "!" }) ?? []
        if all.count > 3, all.count <= 6, all.first?.first?.isUppercase == true, all.dropFirst().contains(where: { namePrefixes.contains($0.lowercased()) }),
           all.allSatisfy({ $0.first?.isUppercase == true || namePrefixes.contains($0.lowercased()) }) {
            all = [all[0]]
        }
        // "I'm nervous tbh, never done this before": how the runner is, not who.
        if let first = all.first, StatedName.notAName.contains(first.lowercased()) { return nameSentence(in: message, expecting: expecting) }
        let named = all.prefix(while: { $0.first?.isLetter == true && !stop.contains($0.lowercased()) })
        // "Under 55 would make my year" is no name: after the name only a word like "here" or "and" may follow.
        if named.count < all.count, !stop.contains(all[named.count].lowercased()) { return nameSentence(in: message, expecting: expecting) }
        guard let words = Optional(named),
              (1...3).contains(words.count), words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" } }) else {
            return nameSentence(in: message, expecting: expecting)
        }
        if words.contains(where: { notNames.contains($0.lowercased()) }) { return nil }
        return StatedName.cased(words.joined(separator: " "))
    }
    static let namePrefixes: Set<String> = ["van", "von", "den", "der", "de", "la", "le", "del", "della", "da", "di", "du", "dos", "das", "bin", "binti", "ibn",
                                            "al", "el", "ter", "ten", "zu", "y", "st"]

    /// The first name of a name given in full ("Travis Wade"), past a title or a form of address ("Sister Marcia").
    static func firstName(of name: String) -> String {
        let words = name.split(separator: " ").map(String.init)
        // "Wei Ming", "Thi Lan", "Ji Hoon": a given name of two syllables written apart is one name.
        if words.count == 2, words.allSatisfy({ givenNameSyllables.contains($0.lowercased()) }) { return name }
        let first = words.first { !addressTitles.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
        return first ?? name
    }
    static let givenNameSyllables: Set<String> = [
        "wei", "ming", "mei", "ling", "li", "xiao", "jun", "hui", "yan", "hong", "jie", "hao", "yu", "xin", "ying", "jing", "hua", "lan",
        "qing", "ping", "fang", "feng", "lei", "tao", "yi", "zhi", "kai", "siu", "wai", "man", "kin", "chun", "thi", "van", "minh", "anh",
        "thu", "huong", "ngoc", "duc", "ji", "hoon", "min", "seo", "yeon", "soo", "hyun", "jin", "young", "eun", "hye", "sung", "woo"]
    static let addressTitles: Set<String> = ["sister", "brother", "father", "mother", "auntie", "aunty", "uncle", "pastor", "coach", "doc",
                                             "doctor", "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame", "rev", "reverend",
                                             "sgt", "sergeant", "capt", "captain", "cpt", "col", "colonel", "lt", "lieutenant", "cpl", "corporal",
                                             "maj", "major", "gen", "fr", "lord", "lady", "nurse", "officer"]

    /// "Yevgenia, but everybody calls me Zhenya": the name the runner goes by, said after their name.
    static func goesBy(in message: String, expecting: String?) -> String? {
        guard expecting == "identity.name", let match = butOthersCallMe.firstMatch(in: message), let name = match[1],
              !notNames.contains(name.lowercased()), !addressTitles.contains(name.lowercased()) else { return nil }
        return name
    }
    static let butOthersCallMe = TextPattern(
        #"\b(?i:but|though)\s+(?i:everybody|everyone|people|most people|friends|my friends|all my friends|they all|everyone else|the family|my family)\s+(?i:just\s+)?(?i:calls?|knows?)\s+me\s+(?i:as\s+)?([A-Z][\p{Ll}'-]+)\b"#,
        caseSensitive: true)

    /// "Alright my 'ansum! Jago. Jago Pascoe, but nobody uses the Pascoe": a sentence that is only a name.
    static func nameSentence(in message: String, expecting: String?) -> String? {
        guard expecting == "identity.name" else { return nil }
        for match in nameOnlySentence.matches(in: message) {
            guard let raw = match[1], let first = raw.split(separator: " ").first?.lowercased(),
                  !notNames.contains(first), !FactExtractor.notNames.contains(first), !Greeting.words.contains(first) else { continue }
            return raw
        }
        return nil
    }
    static let nameCorrected = TextPattern(#"\b(?i:autocorrect(?:ed)?|auto-correct|typo|i meant|sorry,? (?:wrong|typo|autocorrect))\b[^.!?]*[.!?]+\s+(\p{Lu}[\p{L}'-]+(?=\s*(?:[.!]|$))|\p{Ll}[\p{L}'-]+(?=\s*[.!]*\s*$))"#, caseSensitive: true)
    static let lowerCaseIntroduction = TextPattern(
        #"(?:^|[,.!:;]\s*|^\s*(?:hi+|hey+|hello|hiya|heya|hie+|hola+|holi)\s+)(?:i'm|im|i am|am|mi|soy|je suis|ako si|saya)\s+(\p{Ll}[\p{Ll}'-]{1,}(?:\s+(?!sorry\b|here\b|lol\b|btw\b|haha\b|hehe\b|and\b|from\b)\p{Ll}[\p{Ll}'-]{1,})?)\s*(?:[.!]*\s*$|\W*\s+(?:sorry|here|lol|btw|haha|hehe)\b)"#,
        caseSensitive: true)
    static let introduction = TextPattern(#"^(?i:i'm|i am|im|my name is|my name's|me name is|name's|call me|i be)\s+\p{Lu}"#, caseSensitive: true)
    /// "Emil. Tax lawyer …": a sentence of one capitalised word opening what follows a greeting.
    /// Words that point back at a name rather than give one ("only my Oma calls me that").
    static let pointingWords: Set<String> = ["that", "this", "it", "so", "whatever"]
    static let hedgedDayQuestion = TextPattern(#"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\?\s*(?:maybe|perhaps|possibly|sometimes|not sure)\b[^.!?]*[.!?]?"#)
    static let greetingThenName = TextPattern(#"^(?i:hi|hey|hello|hiya|howdy|yo|morning|evening|good morning|good evening)[,!]?\s+(\p{Lu}[\p{Ll}'-]+)$"#, caseSensitive: true)
    static let nameThenSounded = TextPattern(#"^\s*(\p{Lu}[\p{Ll}']+)[.!,]\s+(\p{L}+(?:-\p{L}+)+)[.!,]"#, caseSensitive: true)
    static let nameThenSurnameOffered = TextPattern(
        #"^\s*(?:(?i:hi|hey|hello|hiya|howdy|morning|evening|good morning|good evening)[,!.]*\s+)?(\p{Lu}[\p{Ll}'-]+)(?:\s+here)?[.!]\s+[^.!?]*\b(?i:last name|surname|family name)\b|^[^.!?]*\s(\p{Lu}[\p{Ll}'-]+)[.!]\s+[^.!?]*\b(?i:need|want|give)\b[^.!?]*\b(?i:last name|surname|family name)\b[^.!?]*\?"#,
        caseSensitive: true)
    static let surnameSentence = TextPattern(#"\b(?i:it'?s|it is|that'?s)\s+\p{Lu}[\p{L}'’-]+\s*[.!]?"#, caseSensitive: true)
    /// "Haruto. Should I give my family name too? Tanaka.": the surname alone, straight after the question about it.
    static let surnameAloneAfterQuestion = TextPattern(#"\?\s*\p{Lu}[\p{L}'’-]+\s*[.!]?\s*$"#, caseSensitive: true)
    static let loneLastWord = TextPattern(#"(?<=[.!]\s)\p{Lu}[\p{L}'’-]+\s*[.!]?\s*$"#, caseSensitive: true)
    static let leadingLoneName = TextPattern(#"^\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+)?(?=[.!]|,\s+\d|,\s+(?i:i'm|i am|im|age|aged)\b|\s*$)"#, caseSensitive: true)
    static let nameOnlySentence = TextPattern(
        #"(?:^|[.!?]\s+)(\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+)?)(?=[.!]|,\s+(?:but|and|though)\b|\s*$)"#, caseSensitive: true)
    /// "oh", "well", a greeting and whom it is for, "I'm", "my name is", a title: what comes before a name.
    static let greetingPrefix = #"^(?:(?:ah'm|a'm|oh|ah|well|um+|so|ok|okay|aye|och|ach|right|"# + Greeting.opening
        + #")|i'm|i am|im|it's|its|this is|just|my name is|my name's|me name is|me name|mi name is|mi name|my name|i be|call me|the name's|name's|dr|mr|mrs|ms|mx|prof|sgt|rev|capt|cpt|col|lt|cpl|maj|fr|my naem is|my nmae is|naem's|nmae's"#
        // The same in the runner's first language: "c'est Léa", "ich bin Jonas", "me llamo Inés".
        + #"|c'est|moi c'est|je suis|je m'appelle|ich bin|ich heiße|soy|me llamo|sono|mi chiamo|ik ben|jeg er|jag heter|eu sou|meu nome é"#
        + #"|sou a|sou o|sou|mani sauc|mình là|tôi là|em là|anh là|mimi ni|ako si|ako ay|jestem|mam na imię|ben|benim adım|naitwa|jina langu ni|mina olen|minu nimi on|ke|kuv lub npe yog|kuv yog|jau sun|sutiyqa|o lo'u igoa o|ah'm|a'm|i'm called|ngiyinga|igama lami ngu|ismi|menya zovut|zovut|ya)\b[\s,!.:-]*"#
    static let givingName = TextPattern(#"\b(?:i'm|i am|im|my name is|my name's|call me|it's|its|this is)\b"#)
    static let hereIsName = TextPattern(#"^\W*(?:(?i:hi|hello|hey|hallo|good morning|good evening)[,!.]*\s+)?(?i:here is|here's)\s+(\p{Lu}\p{Ll}+)\s*[.!]?\s*$"#, caseSensitive: true)
    static let nameSaidOutright = TextPattern(#"\b(?i:my name is|my name's|name's|i am|i'm|here is|this is)\s+\p{Lu}\p{Ll}+"#, caseSensitive: true)
    static let noNameGiven = TextPattern(
        #"^\W*(?:i'?d )?rather not(?: say)?\b|^\W*not telling\b|\bno names? (?:needed|necessary|required|please)\b|\bwithout (?:a |my )?name\b|\b(?:do not|don'?t) need my name\b|^\W*(?:no|nah),? (?:thanks|thank you)\b|\bcall me (?:whatever|anything|what you (?:like|want))\b|\bcall me crazy\b|^\W*i'?m (?:good|fine|great|well|ok|okay|alright|not bad)\b[^.!]*\bhow are you\b"#)
    /// ("Does a toe broken by a pressure cooker count?", "Do you need to know I take montelukast?": what the runner offers.)
    static let doesItCount = TextPattern(#"\bcounts?(?: (?:as|for) [a-z' ]{1,30})?\s*\?+$|^(?:and )?(?:do|does) (?:you|it|that) (?:need|want|have) to know (?:that |about )?(?:i|my)\b"#)
    static let butNameWillDo = TextPattern(
        #"(?:\b(?:but|so),? (?:please,? |just |only )?(?:put |write |use |go with )?([A-Z][\p{Ll}'-]+)(?=\s*[.!]?\s*$)|\b(?:but|so) (?:just |only )?([A-Z][\p{Ll}'-]+)(?:'ll do| will do| is fine|'s fine| is okay| works| is good| is ok| is better| is best| please)\b|(?:^|[.!?]\s+)([A-Z][\p{Ll}'-]+)(?:'ll do|'s fine)\b|\b(?i:for you|to you),? ([A-Z][\p{Ll}'-]+) (?:is enough|is fine|will do|is good)\b)"#,
        caseSensitive: true)
    static let honorific = TextPattern(
        #"\b(?:Frau|Herr|Fräulein|Madame|Mme|Monsieur|Señora|Señor|Sra\.?|Doña|Signora|Signor|Senhora|Senhor|Doamna|Domnul|Pani|Pan)\s+(?=\p{Lu})|(?<=\p{L})\s+(?:Bey|Hanım|Hanim|Sensei)\b|^\s*(?:Ranger|Constable|Inspector|Detective|Officer|Nurse|Pastor|Imam|Rabbi|Judge|Councillor|Cllr|Coach|Sergeant|Sgt|Captain|Capt|Professor|Prof)\.?\s+(?=\p{Lu}[\p{L}'’-]*\s+\p{Lu})"#, caseSensitive: true)
    static let putName = TextPattern(#"^\s*(?:put|use|make it|go with|write|just put|just use)\s+(?=\p{L})"#)
    static let nameCorrectedTo = TextPattern(
        #"\b(?i:actually|no|sorry|wait|scratch that)[,.!\s]+(?:(?i:no)[,.!\s]+)?(?i:put|use|make it|go with|write|just put|just use)\s+(?:(?i:my (?:full|real|proper|whole) name),?\s+)?(\p{Lu}[\p{Ll}'-]+)\b"#, caseSensitive: true)
    static let othersSayName = TextPattern(#"^[^.!?]*\b(?:say|says|call me|calls me)\s+(\p{Lu}[\p{Ll}'-]+)\s*[.!]?\s*$"#, caseSensitive: true)
    static let othersCallYouToo = TextPattern(#"\bcall(?:s|ing)? me ([A-Z][\p{Ll}'-]+)\b[^.!?]{0,12}\byou (?:also |too |can also )?(?:can|may) (?:call|use)"#, caseSensitive: true)
    /// The first sentence of a message, how it ends, and the rest ("¡Buenas! Iballa, from Gran Canaria.").
    static let openingSentence = TextPattern(#"^\s*[¡¿]?([^.!?]+?)([.!?]+)\s+(\S[\s\S]*)$"#)
    /// Words that say a name is coming or being given: a sentence with one is no mere opener.
    static let nameCue = TextPattern(#"\b(?:i'm|i am|im|my name|me name|name's|names|it's|its|it is|call me|here|i be|this is)\b"#)
    static let isMyName = TextPattern(#"\b([A-Z][\p{L}'-]+) (?:(?:be|is) my (?:name|real name)|is ainm dom)\b"#, caseSensitive: true)
    /// ("hai wei here": a greeting and a name typed in lower case.)
    static let nameHere = TextPattern(#"(?:^|[.!,:]\s*)([A-Z][\p{L}'-]+) here\b|^\s*(?:hai|hi+|hey+|hello|yo|oi)[,!]?\s+([a-z][a-z'-]+) here\b"#, caseSensitive: true)
    static let nameThenBut = TextPattern(#"^(?:(?i:hi|hey|hello|hiya|hola|ola|oi|ciao|salut|bonjour)[!,.]*\s+)?(?:(?i:it's|i'm|my name is|name's|it is)\s+)?([A-Z][a-z'-]+)\s*,?\s+but\b"#, caseSensitive: true)
    static let forMyChild = TextPattern(
        #"\b(?:[Ff]or|[Oo]f) (?:my|our) (?:(?:"# + SpeakingFor.childAge + " )?" + SpeakingFor.relative + "|" + SpeakingFor.childAge + #"),? ([A-Z][\p{L}'-]+)"#,
        caseSensitive: true)
    /// "Lena, 30," or "Lena (30)" or "Dwayne. 34, 6'1\"": a capitalised word right before an age, opening the message (after a
    /// greeting or a colon at most): "About 20 miles. Sorry, 20 km" is no Sorry aged 20.
    static let nameThenAge = TextPattern(#"(?:^|:\s*|^(?i:hi|hey|hello|hiya|howdy|yo)(?i: there)?[!,.]*\s+)([A-Z][\p{L}'-]+)(?:,\s*|\s+\(|[.!]+\s+(?:(?i:hi|hey|hello|hiya)[.!,]*\s+)?(?=\d{1,2}\s*(?:[,.!;]|$|(?i:y/?o|years?|yrs?)\b)))(\d{1,2})\b(?![.,:]\d)(?!\s*(?:k\b|km|mi|miles?|min|minutes?|hours?|:|%|-\s*\d|(?:years?|yrs?) (?:of|running|ago|since)))(?![.,]?\s+\#(monthWord))"#, caseSensitive: true)
    /// Months in English and the languages runners mix in ("Minggu, 14 Maret": a weekday and a date, no name and age).
    static let monthWord = "(?i:" + FactExtractor.monthPattern + "|(?:" + (Array(FactExtractor.foreignMonths.keys) + otherMonths).joined(separator: "|") + #")\b)"#
    /// Months of the languages runners mix in that `FactExtractor.foreignMonths` does not translate (Indonesian, Italian,
    /// Portuguese and a few spellings).
    static let starredWord = TextPattern(#"(?<![\p{L}*])([\p{L}'-]{2,})\*(?![\p{L}*])"#)
    static let nameTypoFixed = TextPattern(#"^\s*([\p{L}'-]{2,})[.,!]*\s+(?:(?:i mean|sorry|oops|\*)[,]?\s*([\p{L}'-]{2,})\*?|([\p{L}'-]{2,})\*?[.,!]?\s+(?:sorry|sry|soz|oops|typo))\s*[.!]*\s*$"#)
    /// Two spellings one letter apart (one added, dropped or changed, or two side by side swapped): "jaydn" and "jayden",
    /// "dnaiel" and "daniel".
    static func nearlySame(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        if x.count == y.count, x.count >= 3, let first = x.indices.first(where: { x[$0] != y[$0] }), first + 1 < x.count,
           x[first] == y[first + 1], x[first + 1] == y[first], x[(first + 2)...] == y[(first + 2)...] {
            return true
        }
        guard abs(x.count - y.count) <= 1, min(x.count, y.count) >= 3 else { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }
    static let otherMonths = ["januari", "februari", "maret", "mei", "agustus", "desember", "setiembre", "maerz", "gennaio", "febbraio", "aprile",
                              "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "janeiro", "fevereiro", "março", "marco",
                              // Turkish: "Pazar, 28 Mart" is a Sunday and a date.
                              "ocak", "şubat", "subat", "mart", "nisan", "mayıs", "mayis", "haziran", "temmuz", "ağustos", "eylül", "eylul",
                              "ekim", "kasım", "kasim", "aralık", "aralik"]

    static let notNames: Set<String> = ["skip", "pass", "next", "no", "yes", "none", "nope", "hi", "hello", "hey", "ok", "okay", "sure",
                                     "why", "what", "later", "n/a", "anonymous", "nobody", "runner", "dunno", "idk",
                                     "yep", "yeah", "yup", "ya", "yea", "nah", "aye", "och", "naw", "po", "thanks", "cheers", "fine", "hola", "ciao", "hallo", "y", "n",
                                     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekends", "weekdays", "here's", "heres", "here",
                                     "either", "both", "whichever", "any", "neither",
                                     // ("Dutch-speaking, but English is fine", "Forgive me, I've just come in": a language, an apology.)
                                     "english", "dutch", "french", "german", "spanish", "italian", "portuguese", "polish",
                                     "forgive", "pardon", "excuse", "apologies"]
}
