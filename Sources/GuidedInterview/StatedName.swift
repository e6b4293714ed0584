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
        // "Skip. No really, my name is Skip": a word that is no name elsewhere, insisted on.
        if let name = insisted.firstMatch(in: message)?[1] { return cased(name) }
        // "My name is Sunday. Yes, Sunday, like the day": a day's name, said again, is the runner's.
        if let match = dayAsName.firstMatch(in: message), let name = match[1], match[2]?.lowercased() == name.lowercased() { return cased(name) }
        // ("Kendrick. Ken's fine. Actually, Kendrick, Ken is my dad.": the first name, said again after a correction.)
        if let name = firstSaidAgain.firstMatch(in: message)?[1] { return cased(name) }
        let askedFor: (String) -> String? = { butNamePlease.firstMatch(in: $0)?[1] }
        for rule in [corrected, askedFor, starredFix, spelledOut, initials, preferred, goesBy, givenLast, titled, transliterated, familyNameFirst, doubleGivenName,
                     introducedInOtherTongue, nameSaidLater, runnerNamedByTypist, labelled] {
            if let name = rule(message), acceptable(name) { return cased(name) }
        }
        return nil
    }
    static let firstSaidAgain = TextPattern(#"^\W*(\p{Lu}\p{Ll}{2,}(?:-\p{L}+)?)\b(?!['’])(?!-).*?[.!?]\s+(?i:actually|no|sorry|wait|nah),?\s+(?:(?i:it'?s|just)\s+)?\1\b"#, caseSensitive: true)
    static let insisted = TextPattern(
        #"\b(?i:no,? really|really|actually|seriously|genuinely|honestly)[,.!]?\s+(?i:my name is|my name's|it's|it is|i'm|i am)\s+("# + capitalised + #")\b[^.!?]{0,40}\b(?i:parents|mum|mom|dad|funny|really|legally|birth certificate|joke)"#,
        caseSensitive: true)

    static let dayAsName = TextPattern(
        #"\b(?i:my name is|my name's|i am called|they named me)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*[.!,]\s*(?:(?i:yes|yeah|yep|really)[,.!]?\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"#,
        caseSensitive: true)

    /// "Hi I'm Jacob *Jakob with a k": a starred word puts right the name said before it.
    static func starredFix(_ message: String) -> String? { starred.firstMatch(in: message)?[1] }
    static let starred = TextPattern(#"(?:^|\s)\*\s?("# + capitalised + #")\b"#, caseSensitive: true)

    /// "Sgt Major (ret.) Dave Higgins": ranks and titles, then the given name before a family name; "Dr. Okafor — Chidi":
    /// a title and a family name, then the given name.
    static func titled(_ message: String) -> String? {
        (titleThenGiven.firstMatch(in: message) ?? titleSurnameThenGiven.firstMatch(in: message))?[1]
    }
    static let titles = #"(?:sgt|sergeant|maj|major|capt|captain|lt|lieutenant|col|colonel|gen|general|cpl|corporal|pte|private|brig|brigadier|cdr|commander|adm|admiral|dr|doctor|prof|professor|rev|reverend|fr|father|sister|sir|dame|mr|mrs|ms|mx|miss|ranger|constable|inspector|detective|officer|nurse|pastor|imam|rabbi|judge|councillor|cllr|chief)"#
    static let titleThenGiven = TextPattern(
        #"^\s*(?:(?i:"# + titles + #")\.?\s+)+(?:\((?i:ret|retd|retired)\.?\)\s+)?("# + capitalised + #")\s+\p{Lu}[\p{L}'’-]+(?:\s+(?:I{1,3}|Jr|Sr)\.?)?\s*[.!]?\s*$"#,
        caseSensitive: true)
    static let titleSurnameThenGiven = TextPattern(#"^\s*(?i:"# + titles + #")\.?\s+\p{Lu}[\p{L}'’-]+\s*[—–-]\s*("# + capitalised + #")\s*[.!]?\s*$"#, caseSensitive: true)

    /// "Merhaba, benim adım Çağla", "Halo kak, nama saya Putri", "Namaste! Mera naam Rohan hai", "Xin chào, tôi tên là Nguyễn Văn
    /// Minh", "J'suis Maël, 19 ans": the name after an introduction in the runner's first language (a Vietnamese or East Asian
    /// family name first is passed over).
    static func introducedInOtherTongue(_ message: String) -> String? {
        guard let match = foreignIntroduction.firstMatch(in: message), let said = match[1] else { return nil }
        let words = said.split(separator: " ").map(String.init)
        if words.count >= 2, vietnameseFamilyNames.contains(folded(words[0])) { return words.last }
        if words.count == 2, eastAsianFamilyNames.contains(folded(words[0])) || japaneseFamilyNames.contains(folded(words[0])) { return words[1] }
        if words.count >= 2, doubleCue.matches(message.lowercased()) { return words.prefix(2).joined(separator: " ") }
        return words.first
    }
    static let foreignIntroduction = TextPattern(
        #"\b(?i:me llamo|mi nombre es|je m'appelle|j'suis|moi c'est|ich heiße|ich heisse|mein name ist|mi chiamo|il mio nome è|ik heet|mijn naam is|meu nome é|meu nome e|me chamo|mam na imię|nazywam się|benim adım|adım|nama saya|nama aku|tôi tên là|tên tôi là|tên là|tôi là|em là|anh là|chị là|mình là|mera naam|mera nam|ako si|ako po si|naitwa|jina langu ni|ni|mimi ni|na|myself|me i am|me i'm|mi name|mi nem|a(?=\s+\p{Lu}[\p{L}'’-]*\s+(?:dis|dat)\b)|orúkọ mi ni|oruko mi ni|ismi)\s+("# + capitalised + #"(?:\s+\p{Lu}[\p{L}'’-]*){0,2})"#,
        caseSensitive: true)
    static func folded(_ word: String) -> String { word.lowercased().folding(options: .diacriticInsensitive, locale: nil).replacingOccurrences(of: "đ", with: "d") }
    static let vietnameseFamilyNames: Set<String> = [
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly", "truong", "dinh", "lam", "mai", "trinh", "doan", "luong", "ha", "cao", "quach", "ta",
    ]
    static let japaneseFamilyNames: Set<String> = [
        "sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "yamamoto", "nakamura", "kobayashi", "kato", "yoshida", "yamada", "sasaki",
        "yamaguchi", "matsumoto", "inoue", "kimura", "hayashi", "shimizu", "yamazaki", "mori", "abe", "ikeda", "hashimoto", "ishikawa", "ogawa",
        "okada", "goto", "hasegawa", "murakami", "kondo", "saito", "sakamoto", "endo", "aoki", "fujita", "nishimura", "fukuda", "ota", "miura",
        "okamoto", "matsuda", "nakajima", "harada", "fujii", "ono", "takeuchi", "nakano", "ishii", "murata", "ueda", "morita", "sakai", "kudo",
    ]

    static func acceptable(_ name: String) -> Bool {
        let lower = name.lowercased()
        // ("as in 'fine, I'll do it'": the pronoun of a saying.)
        // ("Margo. No T.": one letter alone is no name; initials come with their stops, "J.R.".)
        return lower.count > 1 && !Replies.notNames.contains(lower) && !FactExtractor.notNames.contains(lower) && !Greeting.words.contains(lower)
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
        // ("tanaka hina. hina is fine": typed small, the one of the two words said again.)
        if let match = smallNameWillDo.firstMatch(in: message), let said = match[3], [match[1], match[2]].contains(said) { return said }
        for pattern in [othersUseNotReal, twoWordsWillDo, butCallMe, useThat, willDoAfterComma, willDoSentence, saidAgainIsFine, othersSayAndFine, whatEveryoneUses, iAmAfterOthers, quotedNickname, toYou, callMeInOtherTongues,
                        firstNameSaid] {
            if let match = pattern.firstMatch(in: message), let name = match[1] ?? match[2] { return name }
        }
        return nil
    }
    /// "Everybody calls me Moose. Real name's Kevin Strand, but nobody uses it.": the name everyone uses, over one nobody does.
    static let othersUseNotReal = TextPattern(
        #"\b(?i:everybody|everyone|people|folks|they all|all my \p{L}+|the (?:\p{L}+ )?\p{L}+) (?i:calls?|call) me ("# + capitalised + #")\b.{0,60}\b(?i:nobody|no one|no-one|hardly anyone|never) (?i:uses?|calls? me|says?) (?i:it|that|them)\b"#,
        caseSensitive: true)
    static let smallNameWillDo = TextPattern(#"^\s*(\p{Ll}+)\s+(\p{Ll}+)\s*[.,]\s+(\p{Ll}+) (?:is fine|will do|please|works|is good)\b"#, caseSensitive: true)
    /// "My name is Nikolaos, but please, call me Nikos, everybody does."
    static let butCallMe = TextPattern(#"\b(?i:but|so),? (?i:please,? )?(?i:just |you can |do )?(?i:call me) ("# + capitalised + ")", caseSensitive: true)
    /// "my kids call me Boss, just use Dave", "Christopher but my mates call me Kit, go with Kit", "Giuseppe, Joe for short, use that".
    static let useThat = TextPattern(
        #"\b(?i:just use|use|go with|stick with)\s+("# + capitalised + #")\s*[.!]?\s*$|\b("# + capitalised + #") for short,? (?i:use that|please|is fine)"#,
        caseSensitive: true)
    /// "Alexandra, Sasha will do", "Officially Oluwadamilare, Dami is easier".
    /// "Reginald Thompson III. Reggie is fine.", "Nur Aisyah binti Rahman. Aisyah please".
    static let willDoSentence = TextPattern(#"[.!?]\s+("# + capitalised + #")(?: is fine| will do| please| works| is good)\s*(?:[.!]|,[^.!?]*[.!]?)?\s*$"#, caseSensitive: true)
    /// "… everyone has called me Tibby since I was two. Tibby's good.": a name said before, then said to be fine ("Life's good"
    /// names no one).
    static let saidAgainIsFine = TextPattern(#"\b("# + capitalised + #")\b.*[.!?]\s+\1['’]s (?:fine|good|grand|ok|okay|great)\s*[.!]?\s*$"#, caseSensitive: true)
    /// "J.R. Whitcombe. The golf lot call me J.R., but Joan, please.": the name asked for, after what others use.
    /// ("… — but Hilary, please. Everyone does.": with more said after it.)
    static let butNamePlease = TextPattern(#"\b(?i:but)\s+("# + capitalised + #"),?\s+(?i:please)\s*(?:[.!]|$)"#, caseSensitive: true)
    /// ("Huang Wei Ling. Wei Ling will do, the Huang is for the taxman": two words of the name said again, with a reason after.)
    static let twoWordsWillDo = TextPattern(#"^\s*\p{Lu}[\p{L}'’-]*\s+(\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*)\s*[.!]\s+\1(?: is fine| will do| please| works| is good)\b"#, caseSensitive: true)
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
        #"\b(?i:dime|llámame|llamame|me dicen|me llaman|appelle-moi|appelez-moi|chiamami|nenn mich|me chame de|me chamam|pode me chamar de|mów mi|mówcie mi|gọi (?:em|anh|tôi|mình|chị) là|panggil (?:saya|aku))\s+("# + capitalised + #")|\b("# + capitalised + #") na lang\b"#,
        caseSensitive: true)
    /// "Prof. Okafor, first name Chidi".
    /// ("I am Zhang Liwei. Liwei is first name.": the name, then which part is the first.)
    static let firstNameSaid = TextPattern(
        #"\b(?i:first name|given name)(?:'s|’s| is)?[:\s]+("# + capitalised + #"(?:\s+\p{Lu}[\p{L}'’-]*)?)|(?:^|[.!?]\s+)("# + capitalised + #") (?i:is (?:my |the )?(?:first|given) name)\b"#, caseSensitive: true)

    /// "S-I-O-B-H-A-N": a name spelt out.
    static func spelledOut(_ message: String) -> String? {
        guard let match = spelt.firstMatch(in: message), let letters = match[1] else { return nil }
        let joined = letters.filter(\.isLetter).lowercased()
        return joined.prefix(1).uppercased() + joined.dropFirst()
    }
    static let spelt = TextPattern(#"(?:^|\s)((?:\p{L}[-. ]){3,}\p{L})\s*[.!]?\s*$"#)

    /// "J.P.", "call me D.J.", "T.J. Don't ask what it stands for.": initials are the name.
    static func initials(_ message: String) -> String? {
        initialsOnly.firstMatch(in: message)?[1]
    }
    static let initialsOnly = TextPattern(#"^\s*(?i:call me |i'm |it's |its )?((?:\p{Lu}\.){2,3})(?:\s*$|\s+(?=\p{Lu}))"#, caseSensitive: true)

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
        #"\bcalls? me ("# + capitalised + #")\b[^.!?]{0,20}\b(?:I (?:like|love|prefer) (?:it|that)|that'?s fine|which is fine|which I prefer|I don'?t mind)"#, caseSensitive: true)

    /// A name given after a joke, a slip or a question: the last "it's X" ("Fine, it's Derek", "Ok fine, it's Luis.",
    /// "Honestly I'm knackered, long day. It's Ben.") or a correction ("Sam... wait no, Samira").
    static func givenLast(_ message: String) -> String? {
        // ("Siobhan. Before you ask, it's Shiv-awn": after a name said alone, "it's" says how it sounds, unless the runner gives in.)
        if let match = itsNameAtEnd.firstMatch(in: message),
           !Replies.leadingLoneName.matches(message) || givingIn.matches(message.utf16Slice(0, match.start + 1).lowercased() + " " + match.text.lowercased()) {
            return match[1]
        }
        if let match = correctedName.firstMatch(in: message) { return match[1] }
        // ("hii its kaitlynn, wait kaitlyn one n lol autocorrect": a spelling put right, typed small.)
        if let match = respeltSmall.firstMatch(in: message), let first = match[1], let second = match[2], first != second,
           first.hasPrefix(String(second.prefix(3))) {
            return second.prefix(1).uppercased() + second.dropFirst()
        }
        // "Do I have to? ok fine, Noa": giving in, then the name.
        if let match = givingInThenName.firstMatch(in: message) { return match[1] }
        return nil
    }
    static let respeltSmall = TextPattern(#"\b(?:its|it's|im|i'm|i am)\s+([a-z]{3,}),?\s+(?:wait|sorry|no|oops|actually),?\s+(?:its\s+|it's\s+)?([a-z]{3,})\b(?=\s+(?:one|with|1|double|two|2|no)\b|\s*[.,!]|\s*$)"#, caseSensitive: true)
    static let givingInThenName = TextPattern(#"\b(?i:ok(?:ay)? fine|fine|alright|ugh)[,!.]?\s+("# + capitalised + #")\s*[.!]*\s*$"#, caseSensitive: true)
    static let itsNameAtEnd = TextPattern(#"(?:[.!?,]\s*|\b(?:fine|ok|okay|alright|really|seriously|nah|no|nope|jk|kidding|lol|haha)[,!]?\s+)(?i:it'?s|it is)\s+("# + capitalised + #")\s*[.!]*\s*$"#,
                                          caseSensitive: true)
    static let givingIn = TextPattern(#"\b(?:fine|ok|okay|alright|really|seriously|real (?:one|name)|actually|kidding|joking)\b"#)
    static let correctedName = TextPattern(
        #"^\s*\p{L}+\b\s*(?:\.\.\.|…|,|\.)?\s*(?i:wait|sorry|no|oops|actually),?\s+(?i:no,?\s+|i mean\s+|it'?s\s+|make (?:that|it)\s+)?("# + capitalised + #")\b"#, caseSensitive: true)

    /// "Меня зовут Дмитрий (Dmitri)", "健太です — Kenta", "اسمي ليلى — Laila": the name in Latin letters beside another script.
    static func transliterated(_ message: String) -> String? {
        guard message.unicodeScalars.contains(where: { $0.properties.isAlphabetic && $0.value > 0x024F }),
              let match = latinBeside.firstMatch(in: message) else { return nil }
        // ("佐藤健です (Sato Ken)", "(Chen Wei)": a family name first is passed over.)
        guard let latin = match[1] ?? match[2] else { return nil }
        let words = latin.split(separator: " ").map(String.init)
        if words.count == 2, eastAsianFamilyNames.contains(folded(words[0])) || japaneseFamilyNames.contains(folded(words[0])) { return words[1] }
        return latin
    }
    static let latinBeside = TextPattern(
        #"\(([A-Z][a-zA-Z'-]+(?:[ -][A-Z][a-zA-Z'-]+)?)\)|[—–\-,/]\s*([A-Z][a-zA-Z'-]+)(?:\s+in English)?\s*[.!]?\s*$"#, caseSensitive: true)

    /// "Zhang Wei (Zhang is my surname)", "Kim Min-jun — Kim is the family name", "Nagy Péter, Hungarian order so surname
    /// first", "Tanaka Yuki (family name first)", "Tran Thi Lan, my given name is Thi Lan".
    static func familyNameFirst(_ message: String) -> String? {
        if let match = givenNameIs.firstMatch(in: message) { return match[1] }
        // "I'm Wei Ming (Lim is the surname)": a surname said apart leaves the two words before it as the given name.
        if let match = givenBesideSurname.firstMatch(in: message), let given = match[1], let family = match[2],
           !given.lowercased().split(separator: " ").contains(Substring(family.lowercased())) { return given }
        if let match = myFirstNameIs.firstMatch(in: message) { return match[1] }
        // "LIU, Yang": a family name in capitals, then the given name.
        if let match = capitalsThenGiven.firstMatch(in: message) { return match[1] }
        // "Zhang Wei", "Kim Min-jun": a Chinese or Korean family name, said alone first, then the given name.
        if let match = twoNamesOpening.firstMatch(in: message), let family = match[1], let given = match[2],
           eastAsianFamilyNames.contains(family.lowercased()) || japaneseFamilyNames.contains(family.lowercased()),
           !eastAsianFamilyNames.contains(given.lowercased()), !japaneseFamilyNames.contains(given.lowercased()),
           twoNamesOnly.matches(message) {
            return given
        }
        // ("Chan Wai-fai. Friends say Ah Fai.": a known family name, then a given name of two syllables joined by a hyphen.)
        if let match = hyphenatedGivenOpening.firstMatch(in: message), let family = match[1], let given = match[2],
           eastAsianFamilyNames.contains(family.lowercased()) || southernChineseFamilyNames.contains(family.lowercased()) {
            return given
        }
        // "Nguyen Thi Mai", "Trần Thị Hoa": a Vietnamese name is said family name first, the given name last.
        if let match = vietnameseName.firstMatch(in: message), let family = match[1], let given = match[2],
           vietnameseFamilyNames.contains(folded(family)) { return given }
        guard familyFirstCue.matches(message), let match = twoNamesOpening.firstMatch(in: message), let family = match[1], let given = match[2] else {
            return nil
        }
        // ("Haruto Kobayashi. In Japan the family name comes first, so Kobayashi Haruto": said both ways, the opening is the
        // English order, the given name first.)
        // (Unless the first is a known family name: "Sato Yui … Family name first, so in English Yui Sato".)
        if message.range(of: "\(given) \(family)") != nil {
            let known = { (word: String) in eastAsianFamilyNames.contains(folded(word)) || japaneseFamilyNames.contains(folded(word)) }
            return known(family) && !known(given) ? given : family
        }
        // ("Zhang Wei (Wei is my surname)": the one called the surname goes.)
        if let named = surnameIs.firstMatch(in: message)?[1], named.lowercased() == given.lowercased() { return family }
        // ("Tan Wei Ling. Tan is my surname": the given name is the two words after it.)
        if let three = threeNamesSentence.firstMatch(in: message), three[1] == family, let rest = three[2],
           surnameIs.firstMatch(in: message)?[1]?.lowercased() == family.lowercased() { return rest }
        return given
    }
    static let givenBesideSurname = TextPattern(
        #"\b(?:I'm|I am|Im|it's|name's|my name is)\s+("# + capitalised + #"\s+\p{Lu}[\p{L}'’-]*)\s*\(\s*("# + capitalised + #") is (?:the|my) (?:surname|family name|last name)\s*\)"#,
        caseSensitive: true)
    static let myFirstNameIs = TextPattern(#"(?:^|[,.;—–]\s*)("# + capitalised + #"(?:\s+\p{Lu}[\p{L}'’-]*)?) is my (?:first|given) name\b"#, caseSensitive: true)
    static let capitalsThenGiven = TextPattern(#"^\s*\p{Lu}{2,},\s*("# + capitalised + #")\s*[.!]?\s*$"#, caseSensitive: true)
    static let twoNamesOnly = TextPattern(#"^\s*\p{Lu}[\p{L}'’]*\s+\p{Lu}[\p{L}'’]*(?:-\p{L}+)?\s*[.!]?\s*$"#, caseSensitive: true)
    /// Common Chinese and Korean family names (not Lee, Ho or Ma, which are given names in English too).
    static let eastAsianFamilyNames: Set<String> = [
        "zhang", "wang", "liu", "chen", "yang", "huang", "zhao", "zhou", "xu", "sun", "zhu", "hu", "guo", "lin", "gao", "luo", "zheng", "liang",
        "xie", "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du",
        "kim", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "jang", "lim", "shin", "oh", "seo", "kwon", "hwang", "ahn", "yoo", "hong",
    ]
    /// Cantonese and Hokkien spellings, as in Hong Kong, Singapore and Malaysia (only read before a hyphenated given name).
    static let southernChineseFamilyNames: Set<String> = [
        "chan", "wong", "cheung", "lau", "leung", "tsang", "yip", "kwok", "chow", "tse", "yeung", "tan", "goh", "teo", "ong", "koh", "chua", "ng", "lam", "lee",
    ]
    static let hyphenatedGivenOpening = TextPattern(#"^\s*(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+-\p{Ll}+)(?![\p{L}'’-])\s*(?:[.!,;—–]|$)"#, caseSensitive: true)
    static let givenNameIs = TextPattern(#"\b(?i:my )?(?i:given|first) name is\s+("# + capitalised + #"(?:\s+\p{Lu}[\p{L}'’-]*)?)"#, caseSensitive: true)
    static let familyFirstCue = TextPattern(
        #"\b(?:surname first|family name first|last name first|(?:surname|family name|last name) (?:comes )?first|(?:is|'s) (?:my |the |our )?(?:surname|family name|last name)|(?:hungarian|chinese|japanese|korean|vietnamese|eastern) (?:order|style|way)|as in (?:japan|china|korea|hungary|vietnam))\b"#)
    static let surnameIs = TextPattern(#"\b(\p{L}+) is (?:my |the |our )?(?:surname|family name|last name)\b"#)
    static let vietnameseName = TextPattern(#"^\s*(\p{Lu}[\p{L}]*)\s+\p{Lu}[\p{L}]*\s+(\p{Lu}[\p{L}]*)\s*[.!]?\s*$"#, caseSensitive: true)
    static let threeNamesSentence = TextPattern(#"^\s*(\p{Lu}[\p{L}'’]*)\s+(\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*)\s*[.!,;—–]"#, caseSensitive: true)
    static let twoNamesOpening = TextPattern(#"^\s*(\p{Lu}[\p{L}'’]*)\s+(\p{Lu}[\p{L}'’]*(?:-\p{L}+)?)\b"#, caseSensitive: true)

    /// "Mary Beth — it's a double first name, both words", "Juan Carlos Ortega. I go by Juan Carlos, both".
    static func doubleGivenName(_ message: String) -> String? {
        guard doubleCue.matches(message), let match = twoNamesOpening.firstMatch(in: message), let first = match[1], let second = match[2] else {
            return nil
        }
        return "\(first) \(second)"
    }
    static let doubleCue = TextPattern(#"\b(?:double (?:first |given )?name|both (?:words|names|of them|parts|together|please)|(?:that'?s|it'?s) my first name,? two words|two words|os dois(?: juntos)?|las dos|los dos|les deux|beide|entrambi|not just \p{L}+|(?:it'?s |is )?one name|,\s*both\s*[.!]?\s*$|(?:folks|people|everyone|everybody) (?:say|call me) \p{L}+ \p{L}+\s*[.!]?\s*$)"#)

    /// "Mum of three, 38, Glasgow — name's Fiona", "45, teacher from Leeds, my name is Pat": the name said after other facts.
    static func nameSaidLater(_ message: String) -> String? {
        nameCueLater.firstMatch(in: message)?[1]
    }
    static let nameCueLater = TextPattern(
        #"[,—–;:.]\s*(?i:oh,?\s+)?(?i:and\s+)?(?i:my name is|my name's|name's|names|the name's|my naem is|my nmae is|naem's|nmae's|name is|mine's|mine is|name\s*[—–:])\s*("# + word + #")"#, caseSensitive: true)

    /// "Setting this up for my dad, Graham", "My daughter Isla is the runner, I'm just typing for her".
    static func runnerNamedByTypist(_ message: String) -> String? {
        (forMyRelative.firstMatch(in: message) ?? relativeIsTheRunner.firstMatch(in: message) ?? typistIsTheRunner.firstMatch(in: message))
            .flatMap { $0[1] ?? $0[2] ?? $0[3] ?? $0[4] ?? $0[5] }
    }
    /// "this is Karen's account, I'm her husband Pete", "logged in as my wife Jo but the training plan is for me, Andy".
    static let typistIsTheRunner = TextPattern(
        #"\b(?:I'm|I am|im) (?:her|his|their) "# + relatives + #",? ("# + capitalised + #")|\b(?i:is for me|for me, it'?s|it'?s for me),?\s+("# + capitalised + ")"
            + #"|\b(?i:his|her|their) name(?:'s| is)\s+("# + capitalised + #")|\b(?:I'm|I am) ("# + capitalised + #")'s "# + relatives + #"\b"#
            + #"|\b(?i:my|our) (?:kid|son|daughter|boy|girl|child|lad|lass) \(("# + capitalised + #")[,)]"#,
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
        "everything", "everyone", "everybody", "all", "life", "that", "this", "it", "either", "any", "both", "weather", "work",
        "with", "without", "neu", "nouveau", "nouvelle", "nuevo", "nueva", "nuovo", "nuova", "novo", "nova", "nieuw", "kak", "mine's",
    ]
}
