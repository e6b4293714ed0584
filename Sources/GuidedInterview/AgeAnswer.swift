import Foundation

/// An answer to "How old are you?" said other than as the number: a birth date or year ("DOB 14/03/1979", "born in
/// '79", "a 1974 model"), the next birthday ("40 next month", "nearly 50", "the big five-oh next week" are a year less),
/// a birthday just had ("just hit the big 4-0"), or no single age at all ("over 40", "44 or 45, can't remember",
/// "born in the 80s", "my birthday's 14 March"). Works on `FactExtractor.normalize`d text.
enum AgeAnswer {
    static let ageThenNext = TextPattern(
        #"^\s*(?:i am |i'm |im )?(\d{2})\s*(?:[-,.;:]|but|and|now|for now|still)*\s*(?:i will be |i'll be |turning |will be |i am |i'm |im )?(\d{2})\s+(?:in|on|next|this|come|by|at)\b"#)
    static let ageInMonth = TextPattern(#"\b(?:i am|i'm|im|i will be|i'll be) (\d{2}) (?:in|come) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"#)
    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let ownAgeThenNext = TextPattern(
        #"\b(?:i am|i'm|im) (\d{2})\b[^.!?\d]{0,30}[.!?,;]*\s*(?:i will be |i'll be |turning |will be |i am |i'm |im )(\d{2})\s+(?:in|on|next|this|come|by|at)\b"#)
    /// "29 age. Next month 30.": the age now, then when the next one comes, then it.
    static let ageThenWhenNext = TextPattern(
        #"^\s*(?:i am |i'm |im )?(\d{2})\s*(?:age|years?(?: old)?|yrs?(?: old)?|y/?o)?\s*[-,.;:]*\s*(?:next (?:month|week|year)|in (?:a |1 |2 )?(?:weeks?|months?)|soon|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\s*,?\s*(?:i will be |i'll be |turning |will be |i turn )?(\d{2})\b"#)
    static let useAge = TextPattern(#"\b(?:use|put|write|put down|write down|go with|make it)\s+(\d{2})\b(?!\s*(?:k|km|miles?|minutes?|mins?|hours?|kg|lbs?|cm|%|:))"#)
    enum Reading: Equatable {
        case age(Int)
        /// The answer gives no single age: nothing is recorded (rather than one of its numbers).
        case none
    }

    static func read(_ text: String, today: DateComponents) -> Reading? {
        guard let thisYear = today.year else { return nil }
        // ("35. Korean age 36, international 35, use 35": the one the runner says to write down.)
        if let match = useAge.matches(in: text).last, let age = Int(match[1] ?? "") { return plausible(age) }
        // "still 32 for now": said outright, whatever else the answer works out.
        if let match = stillAge.firstMatch(in: text), let age = Int(match[1] ?? "") { return .age(age) }
        // ("40. No, 41 — I had my birthday in November. My son is 14", "I'm 36. Sorry, 35 — 36 is my husband": the age put
        // right straight after it is the age.)
        if let match = agePutRight.firstMatch(in: text), let said = Int(match[1] ?? ""), let fixed = Int(match[2] ?? ""),
           abs(fixed - said) <= 3 { return plausible(fixed) }
        // ("Forty-something. Forty-six, if you insist": the decade, then the age in it.)
        if let match = decadeThenAge.firstMatch(in: text), let decade = Int(match[1] ?? ""), let age = Int(match[2] ?? ""),
           age / 10 == decade { return plausible(age) }
        // "38 — 39 in February": the age now, then the next one and when it comes.
        // ("Does it matter that I'm 52? I'm 53 in March.": the same, said inside a question.)
        if let match = ageThenNext.firstMatch(in: text) ?? ageThenWhenNext.firstMatch(in: text) ?? ownAgeThenNext.firstMatch(in: text), let now = Int(match[1] ?? ""),
           Int(match[2] ?? "") == now + 1 { return plausible(now) }
        if let age = born(text, today: today) { return plausible(age) }
        if let match = birthYear.firstMatch(in: text), let raw = match[1] ?? match[2] ?? match[3] ?? match[4], let year = fullYear(raw) {
            let toCome = birthdayToCome.matches(text)
            return plausible(thisYear - year - (toCome ? 1 : 0))
        }
        // "Fifty-one. I'll be fifty-two on the start line": an age said first is the answer; what follows is about later.
        if leadingAge.matches(text) { return nil }
        let decade = bigDecade.replacing(in: text) { match in "the big \(match[1] ?? "")0" }
        // ("Hit the big five-oh in March", said in December: a birthday had, whatever month is named.)
        if let match = bigDecadeHad.firstMatch(in: decade), let age = Int(match[1] ?? "") { return plausible(age) }
        if let match = nextBirthday.firstMatch(in: decade), let age = Int(match[1] ?? match[2] ?? match[3] ?? "") {
            return plausible(age - 1)
        }
        // ("I'm 53 in March", said in December: the next birthday, named by its month.)
        if let match = ageInMonth.firstMatch(in: text), let age = Int(match[1] ?? ""),
           let month = monthNames.firstIndex(where: { (match[2] ?? "").hasPrefix($0) }), month + 1 != today.month {
            return plausible(age - 1)
        }
        if let match = startingAt.firstMatch(in: text), let age = Int(match[1] ?? "") { return plausible(age) }
        if noSingleAge.matches(text) { return Reading.none }
        return nil
    }

    private static func plausible(_ age: Int) -> Reading? { (5...110).contains(age) ? .age(age) : nil }

    /// The age from a birth date said with its month: a whole date ("born on the 3rd of March 1978", "DOB 14/03/1979")
    /// or a month and year ("born in January 1957", "born march 95", "born in September of '85", "born new years day
    /// 2000"), counting whether this year's birthday has come (in the month itself, it is taken as come).
    static func born(_ text: String, today: DateComponents) -> Int? {
        guard let thisYear = today.year, let thisMonth = today.month, let thisDay = today.day else { return nil }
        if let (day, month, year) = birthDate(text) {
            return thisYear - year - ((month, day) <= (thisMonth, thisDay) ? 0 : 1)
        }
        if let match = bornMonthYear.firstMatch(in: text), let year = fullYear(match[3] ?? "") {
            let month = match[2] != nil ? 1 : monthNumber(match[1] ?? "") ?? 1
            return thisYear - year - (month <= thisMonth ? 0 : 1)
        }
        return nil
    }

    /// '79 is 1979, '00 is 2000: a two-digit year up to this one is this century's.
    private static func fullYear(_ raw: String) -> Int? {
        let digits = raw.trimmingCharacters(in: CharacterSet(charactersIn: "'’ "))
        guard let value = Int(digits) else { return nil }
        if digits.count == 4 { return value }
        return value <= 26 ? 2000 + value : 1900 + value
    }

    private static func birthDate(_ text: String) -> (Int, Int, Int)? {
        if let match = numericBirthDate.firstMatch(in: text), let first = Int(match[1] ?? ""), let second = Int(match[2] ?? ""),
           let year = Int(match[3] ?? "") {
            // Day first, as most of the world writes it, unless that cannot be a month ("03/14/1979").
            let (day, month) = second > 12 ? (second, first) : (first, second)
            guard (1...12).contains(month), (1...31).contains(day) else { return nil }
            return (day, month, year)
        }
        if let match = wordBirthDate.firstMatch(in: text), let year = Int(match[5] ?? ""),
           let month = monthNumber(match[2] ?? match[3] ?? ""), let day = Int(match[1] ?? match[4] ?? ""), (1...31).contains(day) {
            return (day, month, year)
        }
        return nil
    }

    private static func monthNumber(_ word: String) -> Int? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return months.firstIndex { word.hasPrefix($0) }.map { $0 + 1 }
    }

    static let stillAge = TextPattern(#"\bstill (\d{1,2})\b(?!\s*(?:k|km|miles?|mi|minutes?|mins?|hours?|weeks?|days?|months?|times|runs)\b)"#)
    static let numericBirthDate = TextPattern(#"\b(?:dob|d\.o\.b\.?|date of birth|born(?: on)?)\s*:?\s*(?:is\s+)?(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b"#)
    private static let month = #"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"#
    /// "born on 2 January 1990", "born March 14th, 1979": day or month first, then the year.
    static let wordBirthDate = TextPattern(
        #"\b(?:dob|date of birth|born(?: on)?(?: the)?)\s*:?\s*(?:(\d{1,2})(?:st|nd|rd|th)?(?: of)?\s+"# + month + #"|"# + month
            + #"\s+(\d{1,2})(?:st|nd|rd|th)?,?)\s+((?:19|20)\d\d)\b"#)
    static let bornMonthYear = TextPattern(
        #"\bborn(?: in| on| back in)?(?: the)?\s+(?:"# + month + #"|(new years?'? day|new year's day))(?:\s+of)?,?\s+('?\d\d(?:\d\d)?)\b(?!s|\s*(?:k|km|miles?|minutes?|mins?)\b)"#)
    static let birthYear = TextPattern(
        #"\b(?:born(?: in| back in| in the year)?|b\.|dob:?|year of birth:?)\s*('?\d\d(?:\d\d)?)\b(?!s)|(?:\b(?:a |an )?|(?<![\w'])(?=['’]))((?:19|20)\d\d|['’]\d\d) (?:baby|model|vintage|kid|edition)\b|^\s*((?:19|20)\d\d)\s*(?:[,.;!]|$)|\bmy year (?:is |was |of birth is )?((?:19|20)\d\d)\b"#)
    static let birthdayToCome = TextPattern(
        #"\b(?:birthday|bday|b-day)(?:'s| is)?\s+(?:not (?:till|until)|isn'?t (?:till|until)|still to come|later (?:this|in the) (?:month|year)|next month|in december)\b|\bnot (?:till|until) (?:the )?\d{1,2}(?:st|nd|rd|th)?\b"#)
    /// "the big 4-0", "the big five-oh": after number words are figures, a decade said as two figures.
    static let bigDecade = TextPattern(#"\bthe big ([1-9])[- ]?(?:0|oh)\b"#)
    static let nextBirthday = TextPattern(
        #"\b(\d{2}) (?:next birthday|next (?:week|month|year)|in (?:a |\d )?(?:weeks?|months?))\b|\b(?:nearly|almost|nearing|about to (?:be|turn|hit)|going to be|gonna be|will be|i will be|i'll be|turning|turn(?= \d\d (?:in|on|this|next|at)))\s+(?:the big )?(\d{2})\b(?!\s*(?:k\b|km|kms|miles?|mi\b|minutes?|mins?|hours?|weeks?|days?|months?|times|runs|kg|kilos|lbs?|pounds|%|mph|bpm))|\bthe big (\d{2}) (?:next|in|this|on|coming)\b"#)
    static let leadingAge = TextPattern(#"^\W*(?:i am |i'm )?\d{2}(?: years old)?\s*[.!,;]"#)
    /// "crazy starting this at 53": the age now, said of starting now.
    static let startingAt = TextPattern(#"\b(?:starting|beginning|taking (?:it|this|running) up|getting into (?:it|this|running))\b[^.!?]{0,24}\bat (\d{2})\b(?!\s*(?:k\b|km|miles?|mi\b|minutes?|mins?|kg|:|am\b|pm\b))"#)
    static let bigDecadeHad = TextPattern(#"(?<!to )(?<!will )(?<!ll )\b(?:just )?(?:hit|turned|reached) the big (\d{2})\b"#)
    static let agePutRight = TextPattern(
        #"^\W*(?:i am |i'm |im )?(\d{2})(?: years old)?\s*[.!,;]?\s*(?:no|sorry|oops|wait|actually|scratch that|ai|ay|ah|oh|er|hmm)\b[\s,.!-]*(?:(?:that is|that's|thats) [a-z ]{1,24}?[\s,.!—–-]+)?(?:i am |i'm |im )?(\d{2})\b(?!\s*(?:k\b|km|miles?|minutes?|mins?|kg|lbs?|cm|:|next|in|on|this|come)\b)"#)
    static let decadeThenAge = TextPattern(#"^\W*([1-9])0[- ]?(?:something|ish|odd)\b[^\d]{0,24}?\b(\d{2})\b(?!\s*(?:k\b|km|miles?|minutes?|mins?|kg|lbs?|cm|:))"#)
    static let noSingleAge = TextPattern(
        #"^\W*(?:over|under|above|below|past|north of|south of|older than|younger than)\s+\d{2}\b(?!\s*(?:and|,)\s*\d)|\bbetween \d{2} and \d{2}\b|\beither \d{2} or \d{2}\b|^\W*\d{2}\s*(?:or|/)\s*\d{2}\b|\b(?:born )?in the (?:19)?\d0s\b|\bin my (?:\d0s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties)\b(?![^.!?]*\d{2})|\bmy (?:birthday|bday)(?:'s| is)? (?:on )?(?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)? "# + month + #"\b(?![^.!?]*(?:19|20)\d\d)"#)
}
