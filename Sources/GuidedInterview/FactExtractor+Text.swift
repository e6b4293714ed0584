import Foundation

/// Text normalisation shared by the extractors: lower case, plain punctuation, number words as
/// digits, a few spelling variants and typos folded onto one form.
extension FactExtractor {
    static let twoLetterDays = TextPattern(#"(?:^|(?<=[.:-]\s))(?:(?:mo|tu|we|th|fr|sa|su|m|w|f)[ ,]+){2,6}(?:mo|tu|we|th|fr|sa|su|m|w|f)\b"#)
    /// Weekdays by their letters.
    static let dayLetters = ["m": "monday", "w": "wednesday", "f": "friday", "mo": "monday", "tu": "tuesday", "we": "wednesday", "th": "thursday",
                             "fr": "friday", "sa": "saturday", "su": "sunday"]
    static let soloTwoLetterDay = TextPattern(#"^\s*(mo|tu|th|fr|sa|su)\s*[.!]?\s*$"#)
    static let romanMonth = TextPattern(#"\b(\d{1,2})[ .](i{1,3}|iv|vi{0,3}|ix|xi{0,2})[ .]((?:19|20)\d\d)\b"#)
    /// "twenty-one point oh nine seven five": the digits after "point" said one by one ("oh" is nought).
    static let quarterClock = TextPattern(#"\b(a quarter to|quarter to|a quarter past|quarter past|half past)\s+(\d{1,2})\b(?![:.]\d)"#)
    static let pointDecimal = TextPattern(#"\b(\d+) point ((?:(?:oh|o|\d)\s)*(?:oh|o|\d))\b"#)
    static let unitAfterStop = TextPattern(#"\b(\d+(?:\.\d+)?)\.\s+(miles|kilometres|kilometers|km)\s*[,.!]"#)
    static let theDayNumber = TextPattern(#"\bthe day (\d{1,2})\b(?!\s*(?:of|km|k\b|miles?|weeks?|days?|hours?|[:.]\d))"#)
    static let titleDot = TextPattern(#"\b(dr|mr|mrs|ms|prof)\.\s"#)

    static let buddhistEraYear = TextPattern(#"(?<=\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? |\d[./-]\d{1,2}[./-]|\d[./-]|\bbe |\bb\.e\. )(25[5-9]\d)\b"#)
    static let droppedG = TextPattern(#"\b(kill|ach|hurt|pain|bother|act|play|flar|throbb|runn|jogg|do|go|feel|look|pull|work|train|swimm|cycl|walk|hik|lift|morn|even)in(?=s?['’]?(?:\s|[.,!?;]|$))"#)
    static let rForAre = TextPattern(#"(?<=[a-z] )r (out|free|fine|good|ok|okay|busy|bad|best|off|no good|impossible|taken|gone)\b"#)
    static let hourNMinutes = TextPattern(#"\b(hours?|hrs?|hr|h)\s+n\s+(?=\d|a half\b|a quarter\b|half\b)"#)
    static let backToBack = TextPattern(#"\bback[- ]to[- ]backs?\b"#)
    static let plusSign = TextPattern(#"(\d)\s*\+\s*(?=(?:a |an |the |one |1 )?(?:parkruns?|runs?|long run|jogs?|5k|10k|races?)\b)"#)
    static let yearInWords = TextPattern(#"\bnineteen[- ](?:(\d{2})|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))\b(?![- ]?\d)(?!\s*(?:k\b|km|miles?|minutes?|mins?|hours?|kg|kilos?|lbs?|pounds|stone|%))"#)
    static func normalize(_ text: String) -> String {
        // "HM", the whole answer: runners' shorthand for the half marathon (a lower-case "hm" may be a hum).
        let typed = text.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ".!")))
        var s = typed == "HM" ? "half marathon" : Replies.withoutTagQuestions(text).lowercased()
        for (from, to) in [("\u{2019}", "'"), ("\u{2018}", "'"), ("\u{201C}", "\""), ("\u{201D}", "\""), ("\u{2032}", "'"),
                           ("\u{2033}", "\""), ("\u{2013}", " - "), ("\u{2014}", " - "), ("\u{00A0}", " "), ("\n", ". "), ("\t", " "),
                           ("i\u{0307}", "i")] {  // "İzmir" lower-cased keeps a combining dot: "izmir", as typed without it
            s = s.replacingOccurrences(of: from, with: to)
        }
        // "14 March 2570": a year of the Buddhist Era (Thailand), 543 years ahead of the common one.
        s = buddhistEraYear.replacing(in: s) { match in Int(match[1] ?? "").map { String($0 - 543) } ?? match.text }
        // "heavy legs after the back-to-backs": two long runs on consecutive days, no back.
        s = backToBack.replacing(in: s) { _ in "consecutive long runs" }
        // "21 III 2027": a month in Roman numerals, as Lithuanians and Poles write it.
        s = romanMonth.replacing(in: s) { match in
            let months = ["i": "january", "ii": "february", "iii": "march", "iv": "april", "v": "may", "vi": "june", "vii": "july",
                          "viii": "august", "ix": "september", "x": "october", "xi": "november", "xii": "december"]
            return "\(match[1] ?? "") \(months[match[2] ?? ""] ?? "") \(match[3] ?? "")"
        }
        // "mo we th sa su", "4: M W F Su", "5 - tu th f sa su": weekdays in two letters (or M, W, F, whose one letter
        // is no other day's), as a list of three or more (never "we" alone).
        if let list = twoLetterDays.firstMatch(in: s) {
            let expanded = list.text.split(whereSeparator: { " ,".contains($0) }).map { dayLetters[String($0)] ?? String($0) }.joined(separator: " ")
            s = s.replacingOccurrences(of: list.text, with: expanded)
        }
        // "Su": one day in two letters, as the whole answer.
        if let day = soloTwoLetterDay.firstMatch(in: s)?[1] {
            s = dayLetters[day] ?? s
        }
        // ("2 + parkrun": "+" between a count and a run is "plus".)
        s = plusSign.replacing(in: s) { match in (match[1] ?? "") + " plus " }
        // "Dr. Rivera said yes": a title's full stop ends no sentence.
        s = titleDot.replacing(in: s) { match in (match[1] ?? "") + " " }
        // "Eleven. Miles, before you ask": a unit said as its own sentence belongs to the figure before it.
        s = unitAfterStop.replacing(in: s) { match in "\(match[1] ?? "") \(match[2] ?? "")," }
        // "In May, the day 16": the day of the month as Portuguese and Spanish say it ("o dia 16", "el día 16").
        s = theDayNumber.replacing(in: s) { match in "the \(match[1] ?? "")th" }
        // ("neck is killin me tho from lookin up": the final g dropped.)
        s = droppedG.replacing(in: s) { match in (match[1] ?? "") + "ing" }
        // ("mon wed fri r out": "r" for "are".)
        s = rForAre.replacing(in: s) { match in "are \(match[1] ?? "")" }
        // ("I'd just like to finish in one piece": unhurt, no "one" of anything.)
        s = s.replacingOccurrences(of: "in one piece", with: "unhurt")
        // ("hour n 15", "1 hr n 20": "n" for "and" between an hour and its minutes.)
        s = hourNMinutes.replacing(in: s) { match in "\(match[1] ?? "") and " }
        s = typoPattern.replacing(in: s) { match in corrected(match.text) }
        s = shortTypoPattern.replacing(in: s) { match in shortTypos[match.text] ?? match.text }
        // ("so like 3yrs": the number and its unit typed together.)
        s = gluedYears.replacing(in: s) { match in "\(match[1] ?? "") years" }
        // "lun mie vie dom. mar y jue tengo turno": Spanish weekdays shortened, in a list of two or more.
        s = spanishDayList.replacing(in: s) { match in
            spanishDayAbbreviation.replacing(in: match.text) { day in spanishDays[day.text.folding(options: .diacriticInsensitive, locale: nil)] ?? day.text }
        }
        s = rewrite(s, phraseRewrites)
        s = compoundNumber.replacing(in: s) { match in
            String((numberWords[match[1] ?? ""] ?? 0) + (numberWords[match[2] ?? ""] ?? 0))
        }
        // ("Nineteen fifty-nine. You do the math.": a year said in words, one number.)
        s = yearInWords.replacing(in: s) { match in
            guard let tens = match[1].flatMap({ Int($0) }) ?? match[2].flatMap({ numberWords[$0] }), (20...99).contains(tens) else { return match.text }
            return "19\(tens)"
        }
        s = ordinalWord.replacing(in: s) { match in ordinalWords[match.text] ?? match.text }
        // "a hundred and fifty pounds", "two hundred and ten": the hundreds and what follows them, one number.
        s = hundreds.replacing(in: s) { match in
            let base = match[1].map { $0 == "a" ? 1 : numberWords[$0] ?? Int($0) ?? 1 } ?? 1
            let rest = match[2].map { numberWords[$0] ?? Int($0) ?? 0 } ?? 0
            return String(base * 100 + rest)
        }
        s = numberWord.replacing(in: s) { match in numberWords[match.text].map(String.init) ?? match.text }
        // "Thirteen point one miles": the decimal said in words.
        s = pointDecimal.replacing(in: s) { match in
            "\(match[1] ?? "")." + (match[2] ?? "").split(separator: " ").map { $0 == "oh" || $0 == "o" ? "0" : String($0) }.joined()
        }
        // ("Six until a quarter to seven": the clock said in words.)
        s = quarterClock.replacing(in: s) { match in
            guard let hour = Int(match[2] ?? ""), (1...12).contains(hour) else { return match.text }
            switch match[1] {
            case "a quarter to", "quarter to": return "\(hour == 1 ? 12 : hour - 1):45"
            case "a quarter past", "quarter past": return "\(hour):15"
            default: return "\(hour):30"
            }
        }
        s = rewrite(s, numberRewrites)
        // "1 hour 15", "1hr 30 mins", "one hour and fifteen minutes": one duration in minutes.
        s = hourAndMinutes.replacing(in: s) { match in
            guard let hours = Int(match[1] ?? ""), let minutes = Int(match[2] ?? ""), minutes < 60 else { return match.text }
            return "\(hours * 60 + minutes) minutes"
        }
        // "3rd sat of march": a weekday's short form after its ordinal.
        s = ordinalShortDay.replacing(in: s) { match in
            "\(match[1] ?? "") " + (["mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday", "thur": "thursday",
                                      "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday"][match[2] ?? ""] ?? "")
        }
        s = foreignMonth.replacing(in: s) { match in "\(match[1] ?? "") \(foreignMonths[match[2] ?? ""] ?? match[2] ?? "")" }
        s = multipleSpaces.replacing(in: s) { _ in " " }
        return s.trimmingCharacters(in: .whitespaces)
    }

    /// The message as typed, with the same typo folds as `normalize` but its capitals kept: names are read
    /// from it ("Brighten marathin" is the Brighten Marathon, then "*Brighton" mends the place).
    static func typoFixed(_ original: String) -> String {
        longWord.replacing(in: original) { match in
            let fixed = corrected(match.text.lowercased())
            guard fixed != match.text.lowercased() else { return match.text }
            return match.text.first?.isUppercase == true ? fixed.prefix(1).uppercased() + fixed.dropFirst() : fixed
        }
    }

    /// Asked about days: "sundae obvs" (autocorrect's dessert is the day), weekdays in Spanish, French, German,
    /// Italian and Dutch ("Samstag und Sonntag", "mercredi et dimanche", "Domingo"), typed short or wrong ("wknds",
    /// "suday", "weds"), and by their letters ("M-F", "M/W/F", "(m, tu, th, sa)").
    static func dessertAsDay(_ text: String) -> String {
        var text = sundae.replacing(in: text) { match in "sunday" + (match[1] ?? "") }
        // "everything but Monday", "anything except the weekend": every day but those.
        text = anythingBut.replacing(in: text) { _ in "any day except" }
        text = foreignDay.replacing(in: text) { match in
            let word = match.text.lowercased().folding(options: .diacriticInsensitive, locale: nil)
                .replacingOccurrences(of: "dydd ", with: "")
            // The longest name first: "cumartesi" is Saturday, not "cuma" (Friday) and more.
            return foreignDayKeys.first { word.hasPrefix($0) }.flatMap { foreignDays[$0] } ?? match.text
        }
        text = cjkDay.replacing(in: text) { match in
            " " + (cjkDays[match[1] ?? match[2] ?? match[3] ?? ""] ?? match.text) + " "
        }
        text = letterDaySpan.replacing(in: text) { match in
            "\(dayLetters[(match[1] ?? "").lowercased()] ?? "") to \(dayLetters[(match[2] ?? "").lowercased()] ?? "")"
        }
        text = letterDayList.replacing(in: text) { match in
            match.text.split(whereSeparator: { "/, ()".contains($0) }).map { dayLetters[$0.lowercased()] ?? String($0) }.joined(separator: " ")
        }
        return misspeltDays(rewrite(text, dayTypos))
    }

    /// "fridy", "wedensday", "thrusdays": a word one slip from a weekday (two for the long names), starting as it does,
    /// is that weekday. Real words that near are left alone ("sundae", "fridge", "money").
    static func misspeltDays(_ text: String) -> String {
        weekdayLike.replacing(in: text) { match in
            let word = match.text.lowercased()
            let plural = word.hasSuffix("s") && !word.hasSuffix("ss")
            let stem = plural ? String(word.dropLast()) : word
            guard !weekdays.contains(stem), !nearDayWords.contains(stem) else { return match.text }
            let day = weekdays.first { day in
                stem.hasPrefix(String(day.prefix(2))) && editDistance(stem, day) <= (day.count > 7 ? 2 : 1)
            }
            return day.map { $0 + (plural ? "s" : "") } ?? match.text
        }
    }
    static let weekdayLike = TextPattern(#"\b(?:mo|tu|we|th|fr|sa|su)[a-z]{3,9}\b"#)
    static let nearDayWords: Set<String> = ["sundae", "sundry", "sunder", "sundae", "fridge", "frida", "monda", "money", "monkey", "mondo",
                                            "tuesdai", "thursby", "saturn", "saturna", "sunda", "wedding", "wednes", "tuesd"]

    /// The Damerau–Levenshtein distance (adjacent swaps count one) between two short words.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if abs(a.count - b.count) > 2 { return 3 }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
    static let foreignDays = [
        "jumatatu": "monday", "jumanne": "tuesday", "jumatano": "wednesday", "alhamisi": "thursday", "ijumaa": "friday", "jumamosi": "saturday",
        "jumapili": "sunday",
        "lunes": "monday", "martes": "tuesday", "miercoles": "wednesday", "jueves": "thursday", "viernes": "friday", "sabado": "saturday", "sabato": "saturday",
        "domingo": "sunday", "lundi": "monday", "mardi": "tuesday", "mercredi": "wednesday", "jeudi": "thursday", "vendredi": "friday",
        "samedi": "saturday", "dimanche": "sunday", "montag": "monday", "dienstag": "tuesday", "mittwoch": "wednesday",
        "donnerstag": "thursday", "freitag": "friday", "samstag": "saturday", "sonnabend": "saturday", "sonntag": "sunday",
        "lunedi": "monday", "martedi": "tuesday", "mercoledi": "wednesday", "giovedi": "thursday", "venerdi": "friday",
        "domenica": "sunday", "maandag": "monday", "dinsdag": "tuesday", "woensdag": "wednesday", "donderdag": "thursday",
        "vrijdag": "friday", "zaterdag": "saturday", "zondag": "sunday",
        // Portuguese, Tagalog, Swedish, Danish and Norwegian, Turkish, Malay, Indonesian, Hindi and Urdu, Welsh, Polish, Finnish.
        "segunda": "monday", "terca": "tuesday", "quarta": "wednesday", "quinta": "thursday", "sexta": "friday",
        "miyerkules": "wednesday", "huwebes": "thursday", "biyernes": "friday", "linggo": "sunday",
        "mandag": "monday", "tisdag": "tuesday", "tirsdag": "tuesday", "onsdag": "wednesday", "torsdag": "thursday", "fredag": "friday",
        "lordag": "saturday", "lørdag": "saturday", "sondag": "sunday", "søndag": "sunday",
        "pazartesi": "monday", "sali": "tuesday", "carsamba": "wednesday", "persembe": "thursday", "cumartesi": "saturday", "cuma": "friday", "pazar": "sunday",
        "isnin": "monday", "senin": "monday", "selasa": "tuesday", "rabu": "wednesday", "khamis": "thursday", "kamis": "thursday",
        "jumaat": "friday", "jumat": "friday", "sabtu": "saturday", "ahad": "sunday", "minggu": "sunday",
        "somvar": "monday", "somvaar": "monday", "mangalvar": "tuesday", "mangalwar": "tuesday", "budhvar": "wednesday", "budhwar": "wednesday",
        "guruvar": "thursday", "guruwar": "thursday", "shukravar": "friday", "shukrawar": "friday", "shanivar": "saturday", "shaniwar": "saturday",
        "ravivar": "sunday", "raviwar": "sunday", "itvaar": "sunday", "itwar": "sunday",
        "llun": "monday", "mawrth": "tuesday", "mercher": "wednesday", "iau": "thursday", "gwener": "friday", "sadwrn": "saturday", "sul": "sunday",
        "poniedziałek": "monday", "poniedzialek": "monday", "wtorek": "tuesday", "sroda": "wednesday", "srode": "wednesday", "czwartek": "thursday",
        "piatek": "friday", "sobota": "saturday", "sobote": "saturday", "niedziela": "sunday", "niedziele": "sunday",
        "maanantai": "monday", "tiistai": "tuesday", "keskiviikko": "wednesday", "torstai": "thursday", "perjantai": "friday", "lauantai": "saturday", "sunnuntai": "sunday",
    ]
    static let foreignDayKeys = foreignDays.keys.sorted { $0.count > $1.count }
    /// Chinese and Japanese weekdays ("周二、周四和周六", "月曜日", "月・水・土"), read without word boundaries.
    static let cjkDays = ["一": "monday", "二": "tuesday", "三": "wednesday", "四": "thursday", "五": "friday", "六": "saturday", "日": "sunday", "天": "sunday",
                          "月": "monday", "火": "tuesday", "水": "wednesday", "木": "thursday", "金": "friday", "土": "saturday"]
    static let cjkDay = TextPattern(#"(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])|([月火水木金土日])(?:曜日?|(?=\s*[・、,/]\s*[月火水木金土日]))|(?<=[・、,/])([月火水木金土日])(?!\p{Han})"#)
    static let foreignDay = TextPattern(
        #"\b(?:jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]ba(?:do|to)s?|domingos?|lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?|montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonnabends?|sonntags?|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|domeniche|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|(?:segunda|ter[cç]a|quarta|quinta|sexta)(?:-feira)?s?|miyerkules|huwebes|biyernes|linggo|m[aå]ndag(?:ar)?|tisdag(?:ar)?|tirsdag|onsdag(?:ar)?|torsdag(?:ar)?|fredag(?:ar)?|l[öø]rdag(?:ar)?|s[öø]ndag(?:ar)?|pazartesi|sal[ıi]|[çc]ar[şs]amba|per[şs]embe|cumartesi|cuma|pazar|isnin|senin|selasa|rabu|kh?amis|jumaa?t|sabtu|ahad|minggu|somva+r|mangal[vw]ar|budh[vw]ar|guru[vw]ar|shukra[vw]ar|shani[vw]ar|ravi[vw]ar|itva+r|itwar|dydd\s+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)|poniedzia[łl]ek|wtorek|[śs]rod[aę]|czwartek|pi[ąa]tek|sobot[aę]|niedziel[aę]|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)\b"#)
    /// "M-F", "mon-fri" is handled with the full names; here the one-letter span.
    static let letterDaySpan = TextPattern(#"(?<![\w-])(m|mo|w|tu|th|sa|su)\s*-\s*(f|fr|sa|su|th)(?![\w-])"#)
    /// "M/W/F", "(m, tu, th, sa)", "m w f su": two or more weekdays by their letters.
    static let letterDayList = TextPattern(#"(?<![\w/])(?:m|w|f|mo|tu|we|th|fr|sa|su)(?:\s*[/,]\s*|\s+)(?:(?:m|w|f|mo|tu|we|th|fr|sa|su)(?:\s*[/,]\s*|\s+))*(?:m|w|f|mo|tu|we|th|fr|sa|su)(?![\w/])"#)
    static let dayTypos: [(TextPattern, String)] = [
        (TextPattern(#"\bw(?:ee)?ke?nds?\b|\bwkends?\b"#), "weekends"), (TextPattern(#"\bweds\b"#), "wednesday"),
        (TextPattern(#"\bsu(?:nd|da|nda)y\b|\bsunady\b|\bsundy\b"#), "sunday"), (TextPattern(#"\bsat(?:ru|ur|u)r?day\b|\bsaterday\b"#), "saturday"),
        (TextPattern(#"\bwen(?:s|es|ds|nes)day\b|\bwednsday\b|\bwendsday\b"#), "wednesday"), (TextPattern(#"\bthr?usday\b|\bthursdy\b"#), "thursday"),
        (TextPattern(#"\btue?sdy\b|\btuseday\b"#), "tuesday"), (TextPattern(#"\bfir?day\b|\bfirday\b"#), "friday"),
        (TextPattern(#"\bmonady\b|\bmondy\b"#), "monday"),
    ]
    static let anythingBut = TextPattern(#"\b(?:anything|everything|all days)\s+(?:but|except|apart from|other than)\b"#)
    static let longWord = TextPattern(#"\b\p{L}{6,}\b"#)
    static let sundae = TextPattern(#"\bsund(?:ae|ee)(s?)\b"#)

    static func rewrite(_ text: String, _ rules: [(TextPattern, String)]) -> String {
        var s = text
        for (pattern, replacement) in rules {
            s = pattern.replacing(in: s) { match in
                var out = replacement
                for index in 1...3 { out = out.replacingOccurrences(of: "$\(index)", with: match[index] ?? "") }
                return out
            }
        }
        return s
    }

    static let numberWords: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    ]

    static let ordinalWords: [String: String] = {
        let ones = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9]
        var table: [String: String] = [:]
        func suffix(_ n: Int) -> String {
            if (11...13).contains(n % 100) { return "th" }
            switch n % 10 { case 1: return "st"; case 2: return "nd"; case 3: return "rd"; default: return "th" }
        }
        for (word, n) in ones { table[word] = "\(n)\(suffix(n))" }
        let teens = ["tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                     "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30]
        for (word, n) in teens { table[word] = "\(n)\(suffix(n))" }
        for (tens, base) in [("twenty", 20), ("thirty", 30)] {
            for (word, n) in ones where base + n <= 31 {
                table["\(tens)-\(word)"] = "\(base + n)\(suffix(base + n))"
                table["\(tens) \(word)"] = "\(base + n)\(suffix(base + n))"
            }
        }
        return table
    }()

    static let compoundNumber = TextPattern(
        #"\b(twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)\b(?![- ]?(?:st|nd|rd|th)\b)"#)
    static let ordinalWord = TextPattern(
        #"\b(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|(?<!\d )second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b"#)
    static let hundreds = TextPattern(
        #"\b(a|one|two|three|four|five|six|seven|eight|nine)\s+hundred\b(?:(?:\s+and)?\s+(\d{1,2}\b|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine)\b)?"#)
    static let numberWord = TextPattern(
        #"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundred)\b"#)
    static let multipleSpaces = TextPattern(#"[ ]{2,}"#)

    /// Phrases rewritten before number words are turned into digits.
    static let spanishDays = ["lun": "monday", "mar": "tuesday", "mie": "wednesday", "jue": "thursday", "vie": "friday", "sab": "saturday", "dom": "sunday"]
    static let spanishDayAbbreviation = TextPattern(#"\b(?:lun|mar|mi[eé]|jue|vie|s[aá]b|dom)\b"#)
    static let spanishDayList = TextPattern(#"\b(?:lun|mar|mi[eé]|jue|vie|s[aá]b|dom)\b(?:\s*(?:,|y|e|/)?\s*\b(?:lun|mar|mi[eé]|jue|vie|s[aá]b|dom)\b)+"#)
    static let phraseRewrites: [(TextPattern, String)] = [
        // ("dislocated me shoulder", "did me knee in"): "me" for "my", after a word of injury.
        (TextPattern(#"\b(broke|broken|hurt|dislocated|sprained|twisted|tore|torn|pulled|injured|busted|did|done|wrecked|rolled|smashed|fractured) me (?=(?:left |right |bad |dodgy )?(?:knee|ankle|shoulder|back|hip|foot|wrist|arm|leg|hamstring|calf|achilles|elbow|neck|thumb|finger|toe|collarbone)s?\b)"#), "$1 my "),
        // Spanish said inside English answers: "4 años", "nada serio", "3 veces", "20 km x semana", "hace 2 semanas", "1 hr y
        // media", "el año pasado", "me duele … el pie", "exigente".
        (TextPattern(#"(?<=\d) (?:años+|anos)\b"#), " years"), (TextPattern(#"\bnada serio\b"#), "nothing serious"),
        (TextPattern(#"(?<=\d) veces\b"#), " times"), (TextPattern(#"\b(?:x|por|a la) semana\b"#), "a week"), (TextPattern(#"\bsemanas?\b"#), "weeks"),
        (TextPattern(#"\bhace (\d+) (weeks|d[ií]as|meses|años)\b"#), "$1 $2 ago"), (TextPattern(#"\bd[ií]as\b"#), "days"), (TextPattern(#"\bmeses\b"#), "months"),
        (TextPattern(#"\by media\b"#), "and a half"), (TextPattern(#"\bel año pasado\b"#), "last year"),
        (TextPattern(#"\b(?:me )?duele\b"#), "hurts"), (TextPattern(#"\b(?:la )?rodilla\b"#), "knee"), (TextPattern(#"\bel pie\b"#), "the foot"),
        (TextPattern(#"\b(?:el )?tobillo\b"#), "ankle"), (TextPattern(#"\b(?:la )?espalda\b"#), "back"), (TextPattern(#"\b(?:la )?cadera\b"#), "hip"),
        (TextPattern(#"\b(?:la )?pantorrilla\b"#), "calf"), (TextPattern(#"\b(?:el )?tal[oó]n\b"#), "heel"), (TextPattern(#"\bexigente\b"#), "strict"),
        (TextPattern(#"\btengo turno\b"#), "i work"),
        // Scots "isnae", "cannae", "dinnae"; "spose"; Pidgin "make am"; "a score" (twenty) of miles or a week.
        (TextPattern(#"\b(is|was|can|do|did|will|does|could|would|should)nae\b"#), "$1 not"), (TextPattern(#"\bs'?pose\b"#), "suppose"),
        // "b. aug 1999", "b. 1961": born.
        (TextPattern(#"\bb\.\s*(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?(?:19|20)\d\d\b|(?:19|20)\d\d\b|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"#), "born "),
        // "I want to run a mile in under seven minutes": the mile as the distance raced.
        (TextPattern(#"\b(run|race|do|break|finish|time) (?:a|the|one) mile\b(?=\s+(?:in|under|below|faster|quicker|race|time)\b|\s*[.,!]|\s*$)"#), "$1 1 mile"),
        // Vietnamese weekdays said inside English answers: "Thứ Hai, Thứ Tư, Thứ Sáu", "Chủ nhật".
        (TextPattern(#"\bthứ hai\b"#), "monday"), (TextPattern(#"\bthứ ba\b"#), "tuesday"), (TextPattern(#"\bthứ tư\b"#), "wednesday"),
        (TextPattern(#"\bthứ năm\b"#), "thursday"), (TextPattern(#"\bthứ sáu\b"#), "friday"), (TextPattern(#"\bthứ bảy\b"#), "saturday"),
        (TextPattern(#"\bchủ nhật\b"#), "sunday"),
        // Texting's "r" for "are": "sundays r church", "they r fine".
        (TextPattern(#"\b(they|we|you|u|[a-z]+s) r\b(?!\s*\d)"#), "$1 are"),
        (TextPattern(#"\bmake am\b"#), "make it"), (TextPattern(#"(?<=\d) and half\b"#), " and a half"),
        // "Ag no", "Euh, no", "Eish, no", "Aiyo no": the word before a correcting "no" in other Englishes is "oh".
        (TextPattern(#"\b(?:ag|euh|eish|ehn|aish|aiyo|aiyoh|aiya|aiyah|haiya|arre|arey|yoh|ayyo|ayoo)\b,?\s+(?=no\b)"#), "oh "), (TextPattern(#"\ba score(?= (?:a|per|of|miles?|k\b|km))"#), "20"), (TextPattern(#"\btendinitis rotuliana\b"#), "patellar tendinitis"),

        // Voice typing hears numbers as their sound-alikes: "for times a week", "won hour maximum".
        (TextPattern(#"\bfor (times|runs|days|sessions|outings)(?= (?:a|per|each|every|in a) (?:week|wk)\b|/week| weekly)"#), "four $1"),
        (TextPattern(#"\bwon (hours?|k|km|miles?|times?|runs?|days?)\b"#), "one $1"),
        // Words of other languages said inside English answers: Hindi "5 din" (days) and "aur" (and), Indonesian "2 jam"
        // (hours), French "34 ans" (years), Tagalog "seryoso" (serious) and "lang" (only).
        (TextPattern(#"(?<=\d) din\b"#), " days"), (TextPattern(#"\baur\b"#), "and"), (TextPattern(#"(?<=\d) jam\b"#), " hours"),
        (TextPattern(#"(?<=\d) ans\b"#), " years"), (TextPattern(#"\bseryoso\b"#), "serious"), (TextPattern(#"\blang\b"#), "only"),
        // "wala po", "kuch nahi", "nada": none, in Tagalog and Hindi; "tatlong beses" (three times), "isang oras" (one hour),
        // "siku tano" (five days), "mabait" (kind).
        (TextPattern(#"\bwala (?:namang|naman) masakit\b"#), "nothing hurts"), (TextPattern(#"\bwala(?: po| din| naman| pa)?\b"#), "none"),
        (TextPattern(#"\b(?:nahi )?kuch nahi\b"#), "nothing"), (TextPattern(#"\babhi\b"#), "now"),
        (TextPattern(#"\bisang\b"#), "one"), (TextPattern(#"\b(?:dalawa|dalawang)\b"#), "two"), (TextPattern(#"\b(?:tatlo|tatlong)\b"#), "three"),
        (TextPattern(#"\b(?:apat na|apat)\b"#), "four"), (TextPattern(#"\blimang\b"#), "five"),
        (TextPattern(#"\boras\b"#), "hours"), (TextPattern(#"\bbeses\b"#), "times"), (TextPattern(#"\bmabait\b"#), "kind"),
        (TextPattern(#"\bsiku (moja|mbili|tatu|nne|tano|sita|saba)\b"#), "$1 days"), (TextPattern(#"\bmoja\b"#), "one"), (TextPattern(#"\bmbili\b"#), "two"),
        (TextPattern(#"\btatu\b"#), "three"), (TextPattern(#"\bnne\b"#), "four"), (TextPattern(#"\btano\b"#), "five"),
        (TextPattern(#"\bni\b"#), "is"), (TextPattern(#"\bila\b"#), "but"), (TextPattern(#"\bnaweza\b"#), "i can"),
        // Tagalog: "masakit" (sore), "ay meron pala" (oh, there is after all), "pero" (but), "minsan" (sometimes), and the
        // polite "po" said after a figure ("48 po"); Swahili "saa moja na nusu" (an hour and a half); Spanish "abajo de 2 hrs".
        (TextPattern(#"\bmasakit\b"#), "sore"), (TextPattern(#"\b(?:ay |oh )?(?:meron|mayroon) (?:pala|naman|po)\b"#), "wait, actually there is"),
        (TextPattern(#"\bbasta (?:matapos|makatapos|tapusin)\b"#), "just finish"), (TextPattern(#"\bnagsisimula pa (?:lang|only)\b"#), "just starting"),
        (TextPattern(#"\bpero\b"#), "but"), (TextPattern(#"\bminsan\b"#), "sometimes"), (TextPattern(#"(?<=\d) po\b"#), ""),
        (TextPattern(#"\bsaa (\w+) na nusu\b"#), "$1 and a half hours"), (TextPattern(#"\bsaa (moja|mbili|tatu|one|two|three)\b"#), "$1 hours"),
        (TextPattern(#"\b(?:abajo de|menos de|debajo de)\b"#), "under"),
        (TextPattern(#"\bmi (ex|esposo|esposa|marido|novio|novia|hermano|hermana|amigo|amiga|entrenador)\b"#), "my $1"),
        (TextPattern(#"\blo (?:hizo|corri[oó]|termin[oó]) en\b"#), "did it in"),
        // Scots and northern English: "Na, hud on", "aboot fifty", "mair like forty", "I'm kiddin masel".
        (TextPattern(#"\b(?:hud|haud) on\b"#), "hold on"), (TextPattern(#"\baboot\b"#), "about"), (TextPattern(#"\bmair\b"#), "more"),
        (TextPattern(#"\bkiddin\b"#), "kidding"), (TextPattern(#"\bmasel\b"#), "myself"),
        (TextPattern(#"(?:^|(?<=[.!?] ))(?:na|naw),"#), "no,"), (TextPattern(#"\bactually na\b"#), "actually no"),
        // "stress #": the clinician's sign for a fracture.
        (TextPattern(#"\bstress #"#), "stress fracture"),
        // "shin splits": the typo, not a race's splits.
        (TextPattern(#"\bshin splits\b"#), "shin splints"),
        // "Tue/Fri": two days.
        (TextPattern(#"\b(mon|tue|wed|thu|fri|sat|sun)([a-z]*)\s*/\s*(?=(?:mon|tue|wed|thu|fri|sat|sun))"#), "$1$2 and "),
        // "on/off since uni": on and off.
        (TextPattern(#"\bon ?(?:/|-) ?off\b"#), "on and off"),
        // "20 (21 in jan)": the age, then the next birthday.
        (TextPattern(#"\((\d{1,2}) (in|on|next|this) "#), "(turning $1 $2 "),
        // "Three time in week": the count of runs, said without the plural.
        (TextPattern(#"\b(one|two|three|four|five|six|seven|\d) time (?:in|per|a) (?:the |one )?week\b"#), "$1 times a week"),
        // "hour and a half" is a duration, never the half marathon.
        (TextPattern(#"\b(?:(?:an|1|one|a) )?(?:hour|hr) (?:an(?:d)?|n|&) (?:a )?half\b"#), "90 minutes"),
        (TextPattern(#"\b(?:(?:an|1|one|a) )?(?:hour|hr) (?:and|n|&) (?:a )?quarter\b"#), "75 minutes"),
        (TextPattern(#"\b(?:(?:an|1|one|a) )?(?:hour|hr) (?:and|n|&) three[- ]quarters?\b"#), "105 minutes"),
        (TextPattern(#"\bthree[- ]quarters? of an hour\b"#), "45 minutes"),
        // "an hr, got lectures": the short form of the hour.
        (TextPattern(#"\ban hr\b"#), "an hour"),
        (TextPattern(#"\b(?:(?:an|one|a) )?hour (five|ten|fifteen|twenty|twenty-five|thirty|forty|forty-five|fifty)\b"#), "1 hour $1"),
        (TextPattern(#"\bhalf (?:an|a) hour\b"#), "30 minutes"),
        (TextPattern(#"\bhalf-hour\b"#), "30 minutes"),
        (TextPattern(#"\b(?:a|one) quarter of an hour\b"#), "15 minutes"),
        (TextPattern(#"\ba year and a half\b"#), "1.5 years"),
        (TextPattern(#"\ba couple of\b|\ba couple\b"#), "2"),
        // "Sunday, Sunday.": a day said twice for emphasis is one day.
        (TextPattern(#"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(s?),?\s+\1s?(?=\s*(?:[.!]|$))"#), "$1$2"),
        // "wed an fri is gaa": a typed "and" between two days.
        (TextPattern(#"\b(mon|tues?|wed|thu|thurs?|fri|sat|sun)(days?|nesdays?|rsdays?|urdays?|sdays?)? an (?=(?:mon|tue|wed|thu|fri|sat|sun))"#), "$1$2 and "),
        // "the long one on Sunday", "the longest one on Saturday": a run, not the number 1.
        // ("The CSP — the long one, 115 km from Castelló": the longer of a race's distances.)
        // ("Four mornings, short ones": runs, not one more run.)
        (TextPattern(#"\b(long|longest|longer|short|easy|hard|big|slow|quick|steady) ones\b(?!\s*[,:—-]?\s*(?:the |is |at |of )?\d+(?:[.,]\d+)?\s*(?:k|km|miles?|mi)\b)"#), "$1 runs"),
        (TextPattern(#"\b(long|longest|longer|short|easy|hard|big|slow|quick|steady) one\b(?!\s*[,:—-]?\s*(?:the |is |at |of )?\d+(?:[.,]\d+)?\s*(?:k|km|miles?|mi)\b)"#), "$1 run"),
        (TextPattern(#"\ba dozen\b"#), "12"),
        // "runnin' only, five": a dropped g put back by the typo table leaves its apostrophe behind ("running'").
        (TextPattern(#"\b([a-z]+ing)'(?![a-z])"#), "$1"),
        // "So Wednesday in place of Tuesday": a swap.
        (TextPattern(#"\bin (?:place|lieu) of\b"#), "instead of"),
        // "in three sorties", "the long sortie on Sunday": the French word for a run.
        (TextPattern(#"\bsorties\b"#), "runs"), (TextPattern(#"\bsortie\b"#), "run"),
        // "I told him I'd run the full one this year": the full marathon.
        (TextPattern(#"\b(?:the|a) full (?:one|1|42(?:\.2)?(?: ?km?)?|26\.2(?: ?(?:miles?|mi))?)(?!\d|\.\d)"#), "the full marathon"),
        (TextPattern(#"\bonce\b(?= (?:a|per|each|every) (?:week|wk))"#), "1 times"),
        (TextPattern(#"\btwice\b"#), "2 times"),
        (TextPattern(#"\bthrice\b"#), "3 times"),
        (TextPattern(#"\b(?:an|a) hour\b"#), "1 hour"),
        // "under the hour" is under one hour; "hour, tops" opening an answer is one hour.
        (TextPattern(#"\b(under|sub|inside|within|break|breaking|beat|beating|below|around|about) the hour\b"#), "$1 1 hour"),
        (TextPattern(#"^(\s*(?:about |around |roughly |maybe |max |probably |an )?)hour\b"#), "$11 hour"),
        // "20k in a week" is an amount per week; "off for a month" is no date ("for" stays "for").
        (TextPattern(#"\b(in|for) a (year|month|week)\b"#), "$1 1 $2"),
        (TextPattern(#"\bhalf[- ]?marathon\b|\bhalf[- ]marathon\b|\bhalfmarathon\b"#), "half marathon"),
        // "Chicago in October, my first full": the full is the marathon.
        (TextPattern(#"\b(my first|my|a|the|first|next) full\b(?=\s*(?:$|[.,;!?]|(?:in|on|at|this|next|distance|one)\b))"#), "$1 full marathon"),
        // The half in other languages: "semi-marathon", "media maratón", "meia maratona", "mezza maratona", "Halbmarathon".
        // ("setengah maraton" in Indonesian and Malay, "félmaraton" in Hungarian, "puolimaraton" in Finnish.)
        (TextPattern(#"\b(?:semi[- ]?marat(?:h)?on|medi[ao] marat[oó]n|meia maratona|mezza maratona|halbmarathon|halve marathon|p[oó][lł]marato[nń]?|setengah marat(?:h)?on|f[ée]lmaraton|puolimaraton|halvmaraton|halvmarathon)\b"#), "half marathon"),
        (TextPattern(#"\b(a|the|my|1st|first|next) hm\b"#), "$1 half marathon"),
        // "HM in 6 wks", "a 1/2 in the fall", "13.1", "26.2!!": the half and the full in runners' shorthand.
        (TextPattern(#"^(\s*)hm\b(?= (?:in|on|at|this|next|sub|under|race)\b)"#), "$1half marathon"),
        (TextPattern(#"\b(a|the|my) 1/2\b(?! (?:hour|mile|an hour))"#), "$1 half marathon"),
        (TextPattern(#"\b(any ?day|every ?day|all week|whenever|any day of the week) but\b"#), "$1 except"),
        (TextPattern(#"\b(?:any|all) but\b"#), "any day except"),
        (TextPattern(#"\b(a|per|each|every|this|last|next|in a) weak\b"#), "$1 week"),
        (TextPattern(#"\bkilometres\b|\bkilometers\b|\bkilometre\b|\bkilometer\b|\bkms\b|\bklicks?\b|(?<=\d\d)ks\b"#), "km"),
        // "25 mpw", "25 myles": miles a week.
        (TextPattern(#"(?<=\d)\s*mpw\b"#), " miles a week"), (TextPattern(#"\bmyles\b"#), "miles"),
        (TextPattern(#"\bhaven't\b|\bhavent\b"#), "have not"),
        // Northern English: "nowt hurting" is nothing hurting.
        (TextPattern(#"\bnowt\b"#), "nothing"),
        // Caribbean and typed-as-said: "nuttin", "nuthin".
        (TextPattern(#"\b(?:nuttin|nuthin|nuffin|nutten)\b"#), "nothing"),
        (TextPattern(#"\bcan't\b|\bcant\b|\bcannot\b|\bcan not\b"#), "can not"),
        (TextPattern(#"\bdon't\b|\bdont\b"#), "do not"),
        (TextPattern(#"\b(does|is|did|was|are|were)n'?t\b"#), "$1 not"),
        (TextPattern(#"\bi'm\b|\bim\b"#), "i am"),
        (TextPattern(#"\bi've\b|\bive\b"#), "i have"),
        (TextPattern(#"\bit's\b"#), "it is"),
        (TextPattern(#"\bthere's\b"#), "there is"),
        (TextPattern(#"\bthat's\b"#), "that is"),
        (TextPattern(#"\bwon't\b"#), "will not"),
        (TextPattern(#"\bi'd\b"#), "i would"),
        // ("Saturday we're slammed too": said out in full, as the day readers expect.)
        (TextPattern(#"\bwe're\b"#), "we are"), (TextPattern(#"\bthey're\b"#), "they are"),
    ]

    /// Rewrites after number words became digits (`$1`… are the groups).
    /// "on 9. Mai", "le 4 avril", "el 7 de marzo": a month in another language after its day.
    static let foreignMonth = TextPattern(#"\b(\d{1,2})\.?\s+(?:de\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|septiembre|septembre|noviembre|diciembre|setembro|novembre|dezember|décembre|dezembro|janvier|februar|février|fevrier|febrero|juillet|oktober|octobre|octubre|outubro|januar|agosto|enero|marzo|avril|abril|junio|junho|julio|julho|märz|marz|mars|mayo|maio|juni|juin|juli|août|aout|mai|settembre|fevereiro|februari|augustus|desember|febbraio|dicembre|januari|agustus|gennaio|ottobre|janeiro|aprile|maggio|giugno|luglio|maret|maart|março|mei)\b"#)
    static let hourAndMinutes = TextPattern(
        #"(?<![\d.:])([1-9]) ?(?:hours?|hrs?|h) (?:and )?(\d{1,2})(?: ?(?:minutes?|mins?)\b|(?=\s*(?:[,.;!?]|$|max\b|tops\b|on\b|a (?:day|session|run)\b|per\b|each\b|would\b|is\b|if\b|or so\b|ish\b|at\b)))"#)
    static let ordinalShortDay = TextPattern(#"\b(1st|2nd|3rd|4th|last|first|second|third|fourth) (mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b"#)
    static let foreignMonths: [String: String] = ["stycznia": "january", "lutego": "february", "marca": "march", "kwietnia": "april", "maja": "may", "czerwca": "june", "lipca": "july", "sierpnia": "august", "września": "september", "pazdziernika": "october", "października": "october", "listopada": "november", "grudnia": "december", "januar": "january", "janvier": "january", "enero": "january", "februar": "february", "février": "february", "fevrier": "february", "febrero": "february", "märz": "march", "marz": "march", "mars": "march", "marzo": "march", "avril": "april", "abril": "april", "mai": "may", "mayo": "may", "maio": "may", "juni": "june", "juin": "june", "junio": "june", "junho": "june", "juli": "july", "juillet": "july", "julio": "july", "julho": "july", "août": "august", "aout": "august", "agosto": "august", "septembre": "september", "septiembre": "september", "setembro": "september", "oktober": "october", "octobre": "october", "octubre": "october", "outubro": "october", "novembre": "november", "noviembre": "november", "dezember": "december", "décembre": "december", "diciembre": "december", "dezembro": "december",
        // Indonesian and Malay, Dutch, Italian and Portuguese months after a day ("Minggu, 16 Mei", "zondag 11 april").
        "januari": "january", "februari": "february", "maret": "march", "maart": "march", "mei": "may", "agustus": "august", "augustus": "august", "desember": "december", "gennaio": "january", "febbraio": "february", "aprile": "april", "maggio": "may", "giugno": "june", "luglio": "july", "settembre": "september", "ottobre": "october", "dicembre": "december", "janeiro": "january", "fevereiro": "february", "março": "march"]

    static let numberRewrites: [(TextPattern, String)] = [
        // ("Under an hour forty would make me very happy": an hour and forty minutes.)
        (TextPattern(#"\b(?:an|one) hour (?:and )?(?=(?:[1-5]\d|[1-9])(?:\s*(?:minutes?|mins?)\b|\s+(?:would|is|will|or|max|tops|at)\b|\s*[,.;!?]|$))"#), "1 hour "),
        // ("Three five-k runs": 5k runs.)
        (TextPattern(#"(?<=\b\d|\b\d\d)-(?=k\b|km\b)"#), ""),
        // ("21,1k": a decimal comma with the unit glued on.)
        (TextPattern(#"\b(\d+),(\d{1,2})(?:\b|(?=(?:k|km|kms|mi|kg|h)\b))(?![\d,])"#), "$1.$2"),
        // "3 time", "4 day": learners' singulars after a count.
        (TextPattern(#"\b([2-9]) (time|day|run)\b(?!\s*(?:of|in|a|per|for|off)\b)"#), "$1 $2s"),
        (TextPattern(#"\b(\d+) and (?:a )?half (hours?|years?|miles?|km|k)\b"#), "$1.5 $2"),
        // "Two-oh-five": hours and minutes said with "oh".
        (TextPattern(#"\b(\d{1,2})[- ]oh[- ]([1-9])\b"#), "$1:0$2"),
        (TextPattern(#"\b(\d+) (hours?) and (?:a )?half\b"#), "$1.5 $2"),
        // "let's say four and a quarter": hours and a quarter, as a clock.
        (TextPattern(#"\b([1-9]) and (?:a )?quarter\b(?!\s*(?:hours?|years?|miles?|km|k|marathon|of)\b)"#), "$1:15"),
        (TextPattern(#"\b([1-9]) and three[- ]quarters?\b(?!\s*(?:hours?|years?|miles?|km|k|marathon|of)\b)"#), "$1:45"),
        // "forty one and a half" is a number, never the half marathon.
        (TextPattern(#"\b(\d+) and (?:a )?half\b(?!\s*(?:marathon|hours?|years?|miles?|km|k)\b)"#), "$1.5"),
        // "an hour and ten minutes": one figure, so no reader takes the hour alone.
        (TextPattern(#"\b1 hours? and (\d{1,2}) (?:minutes?|mins?)\b"#), "1 hour $1 minutes"),
        // "Ten whole kilometres a week": the flourish goes, the number stays.
        (TextPattern(#"\b(\d+) (?:whole|measly|whopping|entire|glorious|massive|mighty|full) "#), "$1 "),
        // "thirty-odd years", "40ish km": the hedge goes, the number stays.
        (TextPattern(#"\b(\d+)(?:-odd| odd|-ish|ish)\b"#), "$1"),
        (TextPattern(#"\b(\d+) and a quarter (hours?)\b"#), "$1.25 $2"),
        (TextPattern(#"\b(\d+) and three[- ]quarters? (hours?)\b"#), "$1.75 $2"),
        (TextPattern(#"\ba 100\b"#), "100"),
        // (After the number words: "the whole twenty-six point two." "MCM on 10/31 — 26.2, on Halloween", "42.2. stokholm": a comma or a dash after it, or the metric figure opening.)
        // (Before a comma or a dash the miles are kept: "the Twin Cities Marathon, 26.2, on 10/3/27" dates the American way.)
        (TextPattern(#"(?<![\d.])13\.1(?=\s*(?:,|;|[—–]| - ))"#), "half marathon (13.1 miles)"),
        (TextPattern(#"(?<![\d.])26\.2(?=\s*(?:,|;|[—–]| - ))"#), "marathon (26.2 miles)"),
        (TextPattern(#"(?<![\d.])13\.1(?=\s*(?:!+|\.(?!\d)|$| in | this | next ))|^(\s*)21\.1(?=\s*(?:[.!,;](?!\d)|$))"#), "$1half marathon"),
        (TextPattern(#"(?<![\d.])26\.2(?=\s*(?:!+|\.(?!\d)|$| in | this | next ))|^(\s*)42\.2(?=\s*(?:[.!,;](?!\d)|$))"#), "$1marathon"),
        // "race. the 21.1", "my first 42", "the 26.2": the distances runners name by their figure alone.
        (TextPattern(#"\b(the|a|my|my first|first|my 1st|1st|another) (?:21\.1|21\.0975|13\.1)\b(?![\d.:]|\s*(?:k\b|km|miles?|mi\b|minutes?|mins?|hours?|years?|%|kg))"#), "$1 half marathon"),
        (TextPattern(#"\b(the|a|my|my first|first|my 1st|1st|another) (?:42\.2|42\.195|42|26\.2)\b(?![\d.:]|\s*(?:k\b|km|miles?|mi\b|minutes?|mins?|hours?|years?|%|kg))"#), "$1 marathon"),
    ]

    // MARK: - Typos

    /// Words that typos are folded onto (Damerau distance 1 for words of six letters or more).
    static let vocabulary: [String] = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
        "january", "february", "august", "september", "october", "november", "december",
        "marathon", "marathons", "injuries", "injury", "injured", "weekends", "weekend", "weekdays",
        "morning", "mornings", "evening", "evenings", "minutes", "plantar", "fasciitis", "achilles",
        "tendinitis", "tendonitis", "hamstring", "splints", "training", "running", "faster", "kilometres", "kilometers",
        "encouraging", "analytical", "minimalist", "fracture", "beginner", "competitive", "healthy", "ankles",
        "mileage", "usually", "normally", "sometimes", "started", "starting", "depends",
    ]
    static let gluedYears = TextPattern(#"\b(\d{1,2})yrs?\b"#)
    static let typoPattern = TextPattern(#"\b[a-z]{6,}\b"#)
    /// Short words that are typos of one word only (too short for the edit-distance fold).
    static let shortTypos: [String: String] = ["abit": "a bit", "tite": "tight", "pwede": "possible", "puwede": "possible", "halff": "half", "hlaf": "half", "hafl": "half", "agen": "again", "agin": "again", "agian": "again", "stoped": "stopped", "haf": "half", "tmes": "times", "tims": "times",
                                               "tiems": "times", "tines": "times", "nd": "and", "kays": "km", "fastr": "faster", "evry": "every", "undr": "under", "mayb": "maybe", "prob": "probably", "bout": "about", "abt": "about",
                                               "wk": "week", "wks": "weeks", "hrs": "hours", "min": "minutes", "mins": "minutes",
                                               "yr": "year", "yrs": "years", "rn": "right now", "atm": "at the moment",
                                               "miels": "miles", "milse": "miles", "mils": "miles", "mles": "miles",
                                               "ankel": "ankle", "wek": "week", "tuff": "tough", "sundy": "sunday", "mondy": "monday",
                                               "frday": "friday", "satdy": "saturday", "tusday": "tuesday", "exept": "except", "thrus": "thurs", "wens": "wed",
                                               "apirl": "april", "aprl": "april", "arpil": "april", "aprli": "april", "jnue": "june", "juen": "june",
                                               "marhc": "march", "mrach": "march", "macrh": "march", "shrt": "short", "shrot": "short",
                                               "nothng": "nothing", "nothin": "nothing", "nuthin": "nothing", "nuthing": "nothing", "stres": "stress",
                                               "serius": "serious", "seruos": "serious", "runnin": "running", "xcept": "except", "doin": "doing", "goin": "going", "jst": "just",
                                               "lik": "like", "frend": "friend", "rist": "wrist", "str8": "straight", "nonsens": "nonsense",
                                               "brokn": "broken", "brok": "broke", "othrwise": "otherwise", "injry": "injury", "nt": "not", "mrch": "march"]
    /// The words of `shortTypos`, whole (not before a time or a date: "min 5:30").
    static let shortTypoPattern = TextPattern(#"\b(?:"# + shortTypos.keys.sorted().joined(separator: "|") + #")\b(?![:/.]\d)"#)
    static let typoExceptions: Set<String> = ["mundane", "sundae", "sundaes", "easter", "master", "masters", "fasted", "thursty", "matron", "evenings", "morn", "minute",
                                              "injure", "trainings", "runnings", "marathoner", "weekend", "weekday"]

    static func corrected(_ word: String) -> String {
        if vocabulary.contains(word) || typoExceptions.contains(word) { return word }
        if let fixed = knownTypos[word] { return fixed }
        return vocabulary.first { abs($0.count - word.count) <= 1 && damerau($0, word) == 1 } ?? word
    }

    static let knownTypos: [String: String] = [
        "whtevr": "whatever", "watever": "whatever", "wotever": "whatever", "wensday": "wednesday", "wendsday": "wednesday", "wednsday": "wednesday", "thurday": "thursday",
        "thrusday": "thursday", "saterday": "saturday", "satuday": "saturday", "fasciitus": "fasciitis",
        "fascitis": "fasciitis", "faciitis": "fasciitis", "fasciatis": "fasciitis", "achillies": "achilles",
        "achillis": "achilles", "marathan": "marathon", "maraton": "marathon", "marthon": "marathon",
        "nothin": "nothing", "excpet": "except", "injurys": "injuries", "minuts": "minutes", "mintues": "minutes",
        "wensdays": "wednesdays", "wendsdays": "wednesdays", "milage": "mileage", "millage": "mileage", "usualy": "usually",
        "normaly": "normally", "febuary": "february", "feburary": "february",
    ]

    static func damerau(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }

    // MARK: - Numbers and clauses

    static func number(_ text: String?) -> Double? {
        // Numbers people say about running fit in a million; anything larger is no answer (and
        // converting it to Int would trap).
        guard let text, let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite, abs(value) < 1_000_000 else {
            return nil
        }
        return value
    }

    /// One decimal, as people say it back ("32.2").
    static func round1(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    static func plain(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return String(format: "%g", value) }
        return value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// Splits a message into clauses (offsets kept) at sentence ends, semicolons and "but".
    static let clauseBreak = TextPattern(#"[.!?;]+(?:\s|$)|\s+but\s+|,\s*(?:and\s+)?(?:although|though|however|whereas)\s+"#)
}
