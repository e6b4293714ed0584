import Foundation

/// What a runner says about the name they want to be called by, read before the name itself is looked
/// for (`Replies.name`): a preference over what others say ("Everyone calls me Lizzie but I prefer
/// Elizabeth"), a name given last after a joke or a slip ("Spider-Man. Ok fine, it's Luis.", "Sam... wait
/// no, Samira"), a transliteration beside another script ("Меня зовут Дмитрий (Dmitri)"), a family name
/// said to come first ("Zhang Wei (Zhang is my surname)"), a given name of two words said to be one
/// ("Mary Beth — it's a double first name"), "my name's" after other facts, and the runner named by the
/// person typing for them ("Setting this up for my dad, Graham").
enum StatedName {
    static func read(_ message: String) -> String? {
        let goesBy: (String) -> String? = { Replies.goesBy(in: $0, expecting: "identity.name") }
        // "I'm Jessenia — sorry, autocorrect. Yesenia.": the name put right comes first.
        let corrected: (String) -> String? = { Replies.nameCorrected.firstMatch(in: $0)?[1] }
        for rule in [corrected, spelledOut, initials, preferred, goesBy, givenLast, transliterated, familyNameFirst, doubleGivenName, nameSaidLater,
                     runnerNamedByTypist, labelled] {
            if let name = rule(message), acceptable(name) { return cased(name) }
        }
        return nil
    }

    static func acceptable(_ name: String) -> Bool {
        let lower = name.lowercased()
        return !Replies.notNames.contains(lower) && !FactExtractor.notNames.contains(lower) && !Greeting.words.contains(lower)
            && !notAName.contains(lower)
    }

    /// "jean-luc" is Jean-Luc, "anne-marie" Anne-Marie; a name typed with capitals keeps them.
    static func cased(_ name: String) -> String {
        // ("Min-jun", "Ji-hoon": a name typed with its capital is kept as typed.)
        // ("JAMES": a name typed in capitals is written as a name.)
        if name.count >= 3, !name.contains("."), name.allSatisfy({ $0.isUppercase || !$0.isLetter }) {
            return name.lowercased().split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        }
        if name.first?.isUppercase == true { return name }
        return name.split(separator: " ").map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).map { part in
                part.first.map { String($0).uppercased() + part.dropFirst() } ?? ""
            }.joined(separator: "-")
        }.joined(separator: " ")
    }

    static let word = #"\p{L}[\p{L}'’-]*"#
    static let capitalised = #"\p{Lu}[\p{L}'’-]*"#

    // MARK: - Rules

    /// "Everyone calls me Lizzie but I prefer Elizabeth", "My mates call me Gazza but it's Gary", "The lads call me Tank
    /// but I'm Callum", "Alexandra — I go by Sasha", "Chen Xiaoling, but I use Linda", "Tom to my friends, and to you",
    /// "People call me Peaches and honestly I like it".
    static func preferred(_ message: String) -> String? {
        if let match = preferOver.firstMatch(in: message) { return match[1] }
        if let match = goBy.firstMatch(in: message) { return match[1] }
        if let match = useName.firstMatch(in: message) { return match[1] }
        if let match = toFriendsAndYou.firstMatch(in: message) { return match[1] }
        if let match = othersCallAndILikeIt.firstMatch(in: message) { return match[1] }
        for pattern in [butCallMe, useThat, willDoAfterComma, othersSayAndFine, whatEveryoneUses, iAmAfterOthers, quotedNickname, toYou, callMeInOtherTongues,
                        firstNameSaid] {
            if let match = pattern.firstMatch(in: message), let name = match[1] ?? match[2] { return name }
        }
        return nil
    }
    /// "My name is Nikolaos, but please, call me Nikos, everybody does."
    static let butCallMe = TextPattern(#"\b(?i:but|so),? (?i:please,? )?(?i:just |you can |do )?(?i:call me) ("# + capitalised + ")", caseSensitive: true)
    /// "my kids call me Boss, just use Dave", "Christopher but my mates call me Kit, go with Kit", "Giuseppe, Joe for short, use that".
    static let useThat = TextPattern(
        #"\b(?i:just use|use|go with|stick with)\s+("# + capitalised + #")\s*[.!]?\s*$|\b("# + capitalised + #") for short,? (?i:use that|please|is fine)"#,
        caseSensitive: true)
    /// "Alexandra, Sasha will do", "Officially Oluwadamilare, Dami is easier".
    static let willDoAfterComma = TextPattern(#",\s*("# + capitalised + #")(?:'ll do| will do| is fine|'s fine| is easier| is better| works| please)\b"#, caseSensitive: true)
    /// "it's Elizabeth but everyone says Liz and that's fine".
    static let othersSayAndFine = TextPattern(#"\b(?i:everyone|everybody|people|folks) (?i:says?|calls? me) ("# + capitalised + #")(?:\s+\p{Lu}[\p{L}'’-]*)? (?i:and that'?s fine|and I like it)"#, caseSensitive: true)
    /// "It's Siddharth, but Sid's what everyone uses".
    static let whatEveryoneUses = TextPattern(#"\b("# + capitalised + #")(?:'s| is) what (?i:everyone|everybody|people|most people) (?i:uses?|calls? me)\b"#, caseSensitive: true)
    /// "at work they call me Tank, I'm Colin".
    static let iAmAfterOthers = TextPattern(#"\bcall me \p{L}+,\s*(?i:but )?(?:I'm|I am|im)\s+("# + capitalised + ")", caseSensitive: true)
    /// Lt Col James "Jim" Whitaker.
    static let quotedNickname = TextPattern(#"\p{Lu}\p{L}+\s+["“']("# + capitalised + #")["”']\s+\p{Lu}"#, caseSensitive: true)
    /// "Mrs Patel to my students, Meera to you".
    static let toYou = TextPattern(#"\b("# + capitalised + #") to you\b"#, caseSensitive: true)
    /// "me llamo Javier pero dime Javi", "pero todos me dicen Marián", "appelle-moi Jo", "chiamami Beppe".
    static let callMeInOtherTongues = TextPattern(
        #"\b(?i:dime|llámame|llamame|me dicen|me llaman|appelle-moi|appelez-moi|chiamami|nenn mich|me chame de|me chamam)\s+("# + capitalised + ")",
        caseSensitive: true)
    /// "Prof. Okafor, first name Chidi".
    static let firstNameSaid = TextPattern(#"\b(?i:first name|given name)[:\s]+("# + capitalised + ")", caseSensitive: true)

    /// "S-I-O-B-H-A-N": a name spelt out.
    static func spelledOut(_ message: String) -> String? {
        guard let match = spelt.firstMatch(in: message), let letters = match[1] else { return nil }
        let joined = letters.filter(\.isLetter).lowercased()
        return joined.prefix(1).uppercased() + joined.dropFirst()
    }
    static let spelt = TextPattern(#"(?:^|\s)((?:\p{L}[-. ]){3,}\p{L})\s*[.!]?\s*$"#)

    /// "J.P.", "call me D.J.": initials are the name.
    static func initials(_ message: String) -> String? {
        initialsOnly.firstMatch(in: message)?[1]
    }
    static let initialsOnly = TextPattern(#"^\s*(?i:call me |i'm |it's |its )?((?:\p{Lu}\.){2,3})\s*$"#, caseSensitive: true)

    /// "name: Hannah. goal: sub-4 marathon", "Name is Luis, 40", "myname is olga", "Bazza's the name".
    static func labelled(_ message: String) -> String? {
        (labelName.firstMatch(in: message) ?? nameIsTheName.firstMatch(in: message) ?? nameHowSpelt.firstMatch(in: message))?[1]
    }
    /// "Katelynn with two n's".
    static let nameHowSpelt = TextPattern(#"^\s*("# + capitalised + #"),? (?i:with (?:two|double|one|a) \p{L}'?s?|spelt|spelled)\b"#, caseSensitive: true)
    static let labelName = TextPattern(#"^\s*(?i:name\s*[:=-]|name is|myname is|my name:)\s*("# + word + ")", caseSensitive: true)
    static let nameIsTheName = TextPattern(#"\b("# + capitalised + #")(?:'s| is) the name\b"#, caseSensitive: true)
    static let preferOver = TextPattern(
        #"\bcalls? me \p{L}+[^.!?]{0,20}?\b(?:but|though)\s+(?:I(?:'d| would)? prefer|it'?s|I'?m|I am|my name is|my name's|I go by)\s+("# + capitalised + ")",
        caseSensitive: false)
    static let goBy = TextPattern(#"\b(?:I|i) go by\s+("# + capitalised + #"(?:\s+\p{Lu}[\p{L}'’-]*(?=,?\s+both\b))?)"#, caseSensitive: true)
    static let useName = TextPattern(#"\bbut I use\s+("# + capitalised + #")\b"#, caseSensitive: true)
    static let toFriendsAndYou = TextPattern(#"\b("# + capitalised + #") to my (?:friends|mates|family)(?:,)? and to you\b"#, caseSensitive: true)
    static let othersCallAndILikeIt = TextPattern(
        #"\bcall me ("# + capitalised + #")\b[^.!?]{0,20}\b(?:I (?:like|love) it|that'?s fine|which is fine|I don'?t mind)"#, caseSensitive: true)

    /// A name given after a joke, a slip or a question: the last "it's X" ("Fine, it's Derek", "Ok fine, it's Luis.",
    /// "Honestly I'm knackered, long day. It's Ben.") or a correction ("Sam... wait no, Samira").
    static func givenLast(_ message: String) -> String? {
        // ("Siobhan. Before you ask, it's Shiv-awn": after a name said alone, "it's" says how it sounds, unless the runner gives in.)
        if let match = itsNameAtEnd.firstMatch(in: message),
           !Replies.leadingLoneName.matches(message) || givingIn.matches(message.utf16Slice(0, match.start + 1).lowercased() + " " + match.text.lowercased()) {
            return match[1]
        }
        if let match = correctedName.firstMatch(in: message) { return match[1] }
        return nil
    }
    static let itsNameAtEnd = TextPattern(#"(?:[.!?,]\s*|\b(?:fine|ok|okay|alright|really|seriously),?\s+)(?i:it'?s|it is)\s+("# + capitalised + #")\s*[.!]*\s*$"#,
                                          caseSensitive: true)
    static let givingIn = TextPattern(#"\b(?:fine|ok|okay|alright|really|seriously|real (?:one|name)|actually|kidding|joking)\b"#)
    static let correctedName = TextPattern(
        #"^\s*\p{L}+\s*(?:\.\.\.|…|,)?\s*(?i:wait|sorry|no|oops|actually),?\s+(?i:no,?\s+|i mean\s+|it'?s\s+)?("# + capitalised + #")\b"#, caseSensitive: true)

    /// "Меня зовут Дмитрий (Dmitri)", "健太です — Kenta", "اسمي ليلى — Laila": the name in Latin letters beside another script.
    static func transliterated(_ message: String) -> String? {
        guard message.unicodeScalars.contains(where: { $0.properties.isAlphabetic && $0.value > 0x024F }),
              let match = latinBeside.firstMatch(in: message) else { return nil }
        return match[1] ?? match[2]
    }
    static let latinBeside = TextPattern(
        #"\(([A-Z][a-zA-Z'-]+(?:[ -][A-Z][a-zA-Z'-]+)?)\)|[—–\-,/]\s*([A-Z][a-zA-Z'-]+)(?:\s+in English)?\s*[.!]?\s*$"#, caseSensitive: true)

    /// "Zhang Wei (Zhang is my surname)", "Kim Min-jun — Kim is the family name", "Nagy Péter, Hungarian order so surname
    /// first", "Tanaka Yuki (family name first)", "Tran Thi Lan, my given name is Thi Lan".
    static func familyNameFirst(_ message: String) -> String? {
        if let match = givenNameIs.firstMatch(in: message) { return match[1] }
        if let match = myFirstNameIs.firstMatch(in: message) { return match[1] }
        // "LIU, Yang": a family name in capitals, then the given name.
        if let match = capitalsThenGiven.firstMatch(in: message) { return match[1] }
        // "Zhang Wei", "Kim Min-jun": a Chinese or Korean family name, said alone first, then the given name.
        if let match = twoNamesOpening.firstMatch(in: message), let family = match[1], let given = match[2],
           eastAsianFamilyNames.contains(family.lowercased()), !eastAsianFamilyNames.contains(given.lowercased()),
           twoNamesOnly.matches(message) {
            return given
        }
        guard familyFirstCue.matches(message), let match = twoNamesOpening.firstMatch(in: message), let family = match[1], let given = match[2] else {
            return nil
        }
        // ("Zhang Wei (Wei is my surname)": the one called the surname goes.)
        if let named = surnameIs.firstMatch(in: message)?[1], named.lowercased() == given.lowercased() { return family }
        return given
    }
    static let myFirstNameIs = TextPattern(#"^\s*("# + capitalised + #"(?:\s+\p{Lu}[\p{L}'’-]*)?) is my first name\b"#, caseSensitive: true)
    static let capitalsThenGiven = TextPattern(#"^\s*\p{Lu}{2,},\s*("# + capitalised + #")\s*[.!]?\s*$"#, caseSensitive: true)
    static let twoNamesOnly = TextPattern(#"^\s*\p{Lu}[\p{L}'’]*\s+\p{Lu}[\p{L}'’]*(?:-\p{L}+)?\s*[.!]?\s*$"#, caseSensitive: true)
    /// Common Chinese and Korean family names (not Lee, Ho or Ma, which are given names in English too).
    static let eastAsianFamilyNames: Set<String> = [
        "zhang", "wang", "liu", "chen", "yang", "huang", "zhao", "zhou", "xu", "sun", "zhu", "hu", "guo", "lin", "gao", "luo", "zheng", "liang",
        "xie", "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du",
        "kim", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "jang", "lim", "shin", "oh", "seo", "kwon", "hwang", "ahn", "yoo", "hong",
    ]
    static let givenNameIs = TextPattern(#"\b(?i:my )?(?i:given|first) name is\s+("# + capitalised + #"(?:\s+\p{Lu}[\p{L}'’-]*)?)"#, caseSensitive: true)
    static let familyFirstCue = TextPattern(
        #"\b(?:surname first|family name first|last name first|(?:surname|family name|last name) (?:comes )?first|(?:is|'s) (?:my|the) (?:surname|family name|last name)|(?:hungarian|chinese|japanese|korean|vietnamese|eastern) (?:order|style|way)|as in (?:japan|china|korea|hungary|vietnam))\b"#)
    static let surnameIs = TextPattern(#"\b(\p{L}+) is (?:my|the) (?:surname|family name|last name)\b"#)
    static let twoNamesOpening = TextPattern(#"^\s*(\p{Lu}[\p{L}'’]*)\s+(\p{Lu}[\p{L}'’]*(?:-\p{L}+)?)\b"#, caseSensitive: true)

    /// "Mary Beth — it's a double first name, both words", "Juan Carlos Ortega. I go by Juan Carlos, both".
    static func doubleGivenName(_ message: String) -> String? {
        guard doubleCue.matches(message), let match = twoNamesOpening.firstMatch(in: message), let first = match[1], let second = match[2] else {
            return nil
        }
        return "\(first) \(second)"
    }
    static let doubleCue = TextPattern(#"\b(?:double (?:first |given )?name|both (?:words|names|of them|parts|together)|(?:it'?s |is )?one name|,\s*both\s*[.!]?\s*$|(?:folks|people|everyone|everybody) (?:say|call me) \p{L}+ \p{L}+\s*[.!]?\s*$)"#)

    /// "Mum of three, 38, Glasgow — name's Fiona", "45, teacher from Leeds, my name is Pat": the name said after other facts.
    static func nameSaidLater(_ message: String) -> String? {
        nameCueLater.firstMatch(in: message)?[1]
    }
    static let nameCueLater = TextPattern(
        #"[,—–;:.]\s*(?i:and\s+)?(?i:my name is|my name's|name's|names|the name's|my naem is|my nmae is|naem's|nmae's|name is)\s+("# + word + #")"#, caseSensitive: true)

    /// "Setting this up for my dad, Graham", "My daughter Isla is the runner, I'm just typing for her".
    static func runnerNamedByTypist(_ message: String) -> String? {
        (forMyRelative.firstMatch(in: message) ?? relativeIsTheRunner.firstMatch(in: message) ?? typistIsTheRunner.firstMatch(in: message)).flatMap { $0[1] ?? $0[2] }
    }
    /// "this is Karen's account, I'm her husband Pete", "logged in as my wife Jo but the training plan is for me, Andy".
    static let typistIsTheRunner = TextPattern(
        #"\b(?:I'm|I am|im) (?:her|his|their) "# + relatives + #",? ("# + capitalised + #")|\b(?i:is for me|for me, it'?s|it'?s for me),?\s+("# + capitalised + ")",
        caseSensitive: true)
    static let relatives = #"(?:dad|father|mum|mom|mother|husband|wife|partner|grandad|grandpa|granddad|gran|grandma|nan|brother|sister|son|daughter|boy|girl|kid|friend)"#
    static let forMyRelative = TextPattern(#"\b(?i:for|on behalf of) (?i:my|our) "# + relatives + #",? ("# + capitalised + ")", caseSensitive: true)
    static let relativeIsTheRunner = TextPattern(#"\b(?i:my|our) "# + relatives + #",? ("# + capitalised + #") (?i:is the (?:runner|one running)|wants to (?:run|start))"#, caseSensitive: true)

    /// Words after "I'm" that say how the runner is, not who: "I'm good thanks", "I'm nervous tbh".
    static let notAName: Set<String> = [
        "good", "fine", "great", "well", "ok", "okay", "nervous", "tired", "knackered", "excited", "new", "ready", "keen", "here", "back",
        "sorry", "not", "so", "just", "still", "happy", "glad", "alright", "doing", "scared", "worried", "busy", "late", "old", "young",
        "retired", "married", "single", "injured", "sore", "bored", "hungry", "curious", "interested", "honestly", "rather", "whatever",
        "crazy", "anonymous", "nobody", "someone", "somebody", "anyone", "tbh", "lol", "really", "actually", "basically", "literally",
        "mum", "mom", "dad", "setting", "typing", "writing", "asking", "wondering", "training", "running", "looking", "trying", "hoping",
        "your", "ur", "officially", "name", "myname", "mani", "sou", "mimi", "mình", "krub", "krab",
    ]
}
