import CadenceCore
import Foundation

/// Physical facts (age, sex, heart rates, weight, height) and identity (name).
extension FactExtractor {
    static let ageStated = TextPattern(
        #"(?<!since i )(?<!since )(?<!before )(?<!when )(?<!after )(?<!when i )(?<!after i )(?<!before i )(?<!until i )(?<!until )(?<!till )(?<!til )(?<!the time )(?<!unless )(?<!once )(?<!\bif )(?<!then )(?<!and then )(?<!from )(?<!\bat )(?<!\bby )\b(?:i am|i'm|age|aged|age is|my age is|(?:(?<=^)|(?<=^\W)|(?<=\bi )|(?<=\bi have )|(?<=\bi've )|(?<=[.!?] ))(?:just )?turned|age:)\s*(\d{1,3})\b(?!\s*(?:k|km|kg|kgs|kilos|lbs?|pounds|cm|ft|feet|foot|'|"|%|miles?|mi|minutes?|mins?|hours?|weeks?|days?|months?|times|x|runs|bpm|st|nd|rd|th|:|\.\d|/|next (?:month|week)|[-–]\d|-(?:foot|feet|ft)\b|(?:come|in|by|next|this) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|birthday|month|week|year)))(?!\s*(?:years?|yrs?) (?:of|running|into|since))"#)
    /// "I'm Tom, 52, male": a number set off by commas right after a name.
    static let ageAfterOpeningName = TextPattern(#"^\s*(?:[\p{L}']+(?:,?\s+[\p{L}']+){0,3}[!,.]+\s+)?(?:i am |my name is |this is |it is )?[\p{L}'-]+(?:\s+[\p{L}'-]+)?(?:\s*\([^)(]{1,30}\))?[,.]\s*(\d{2})(?![\d.]\d)\s*(?=,|\.|;|!|$|\byears\b|(?:this past|this|last) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|birthday|spring|summer|autumn|fall|winter|month|week))"#)
    /// ("I'm D'Arcy (capital D, apostrophe, capital A), 31, …": a name with its apostrophe, and a bracket after it.)
    static let ageAfterName = TextPattern(#"(?:\bi am [\p{L}'’-]+(?: from \p{L}+(?: \p{L}+)?)?|\p{L}+ here)(?:\s*\([^)(]{1,60}\))?(?:,|\.(?=\s*\d\d\b))\s*(\d{1,2})\s*(?:years?(?: old)?\s*)?(?=,|\.|;|!| and\b| btw\b| fyi\b| lol\b| haha\b| if (?:that|it) (?:matters|helps)\b|$)"#)
    /// "Quick rundown: 27, racing the Hackney 10K": a number opening a rundown after a colon is the age.
    static let ageOpeningRundown = TextPattern(#"(?<!\d):\s*(\d{2}),\s+(?=[a-z])(?!(?:k|km|miles?|mi|minutes?|mins?|hours?|kg|lbs?)\b)"#)
    /// "Born in 1988": the age this year (a careful listener does not ask the birthday).
    static let bornIn = TextPattern(#"\bborn (?:in |back in )?((?:19|20)\d\d)\b|\bborn\b(?= (?:in |on |back in )?(?:the )?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|new year))"#)
    static let ageBeganAt = TextPattern(#"\b(?:since|from|starting at|started at)\s*$"#)
    static let ageWillBe = TextPattern(#"\b(?:(?:i will be|i am turning|turning|i turn) (\d{2}) (?:in|on|this|next (?:month|week)|at the end of)|i am (\d{2}) next (?:month|week))\b"#)
    /// "I started after my 45th birthday": the birthday just had.
    static let yearsSince = TextPattern(#"\b(?:\d+|a few|a couple of|several|some) (?:years?|yrs?)\b"#)
    static let birthdayHad = TextPattern(#"\b(?:after|on|at) my (\d{2})(?:st|nd|rd|th) birthday\b"#)
    /// "At 66 I'm not waiting another year".
    static let ageAtNow = TextPattern(#"\bat (\d{2}),? i (?:am|have|can|will|want|do|feel)\b"#)
    static let notBadForAge = TextPattern(#"\b(?:not bad|not too bad|good|pretty good|fine|decent|ok|okay|great|fit|spry)\s+for\s+(?:a |an |someone |somebody )?(\d{2})(?:[- ]?(?:year[- ]old|years old|yo|y/o))?\s*(?:[.!,]|$)"#)
    static let ageHaveYears = TextPattern(#"\b(?:i have|i got|i am having|myself)\s+(\d{1,2})\s+years\b(?!\s+(?:of|running|experience|ago|since))"#)
    /// "I was 96 kilos. Now I am 88!": the weight now, not an age.
    func readWeightThenNow(_ scan: Scan) {
        guard let match = Self.weightThenNow.firstMatch(in: scan.text), let now = Double(match[3] ?? "") else { return }
        let pounds = match[2]?.hasPrefix("p") == true || match[2]?.hasPrefix("lb") == true
        let kg = pounds ? Self.round1(now * 0.45359237) : now
        guard (30...250).contains(kg) else { return }
        scan.drop("physical.age", value: .number(now))
        scan.add("physical.weightKg", .number(kg), said: pounds ? "\(Self.plain(kg)) kg (\(Int(now)) lb)" : "\(Self.plain(kg)) kg",
                 at: match.start(of: 3), checkNegation: false)
    }
    static let weightThenNow = TextPattern(
        #"\b(?:was|weighed|used to be|used to weigh)\s+(\d{2,3})\s*(kilos?|kgs?|pounds|lbs?)\b[^\d]{0,40}?\bnow\s+(?:i am|i'm|im|i weigh|it is|it's)?\s*(\d{2,3})\b(?!\s*(?:years|yrs|y/o))"#)
    static let yearsCompleted = TextPattern(#"\b(\d{2})\s*(?:years?\s*)?(?:completed|complete|finished)\b"#)
    static let turnedIn = TextPattern(#"(?<!when )(?<!since )(?<!after )(?<!before )(?<!until )\bi (?:just )?turned (\d{2})\s+(?:in|on|back in|last|this past)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|summer|spring|autumn|fall|winter)"#)
    static let feelsAge = TextPattern(#"\b(?:thinks?|feels?(?: like)?|feel like|says?|reckons?|acts? like|looks? like|treats? me like|would think|makes? me feel|make me feel)\s+(?:like\s+)?(?:an?\s+)?$"#)
    /// (A subject doing something, not pronouns given with a name: "Lena, she/her, 34 years old" is the runner's age.)
    static let heOrSheBefore = TextPattern(#"\b(?:he|she|they)(?:'ll| will| is| was| does| did| says| said| runs| ran| can| has)\b(?![^.;!?]*\b(?:i|i'm|me)\b)[^.;!?]*$"#)
    static let someoneRanBefore = TextPattern(
        #"\b(?:buddy|friend|mate|pal|colleague|compadre|comadre|teammate|grandson|granddaughter|nephew|niece|cousin|brother|sister|dad|father|mum|mom|mother|uncle|aunt|neighbou?r|wife|husband|partner|coach|boss|son|daughter)(?: of mine)?\b[^.;!?]*\b(?:ran|did|runs|does|won|finished|made|broke|set)\b(?![^.;!?]*\b(?:i|i'm|me)\b)[^.;!?]*$"#)
    static let somethingsAge = TextPattern(#"\b(?:my|our|his|her|their|the|that|this)\s+(?!age\b|body\b)[a-z'-]+(?:\s+[a-z'-]+){0,3}\s+(?:is|are|was|'s|s)\s+(?:about |almost |nearly |over |now )?$"#)
    static let heightAfterAge = TextPattern(#"^\s*(?:m\b|metres?|meters?|cm\b|,\d|\.\d)"#)
    static let ageLikeMe = TextPattern(#"\b(\d{2})(?:[- ]years?[- ]old)?,? like me\b"#)
    static let someoneOfAge = TextPattern(#"\b(?:a|an|the|this|that|some|his|her|their|our|your)\s*$"#)
    static let runnerIsOne = TextPattern(#"\b(?:i am|i'm|im|as|me,?)\s+(?:a|an)\s*$"#)
    static let sentenceOpenerWords: Set<String> = ["before", "after", "now", "then", "today", "currently", "honestly", "well", "so", "yes", "no",
                                                  "yeah", "nope", "maybe", "around", "about", "roughly", "usually", "lately", "recently"]
    static let ageYearsOld = TextPattern(#"\b(\d{1,3})\s*(?:-\s*)?(?:years?|yrs?|yr)[- ]?(?:old|young)\b|\b(\d{1,3})\s*(?:yo|y/o|y\.o\.)\b"#)
    static let sexPattern = TextPattern(
        #"\b(?:(?:i am|i'm) (?:an? )?(?:\d{1,3}[- ]?(?:years?|yrs?)[- ]?old )?(?:(man|guy|bloke|dude|male)|(woman|lady|gal|girl|female))\b|(male|female)\b|(non-?binary|nonbinary)\b)"#)
    static let maxHR = TextPattern(#"\b(?:max(?:imum)?\s*(?:hr|heart ?rate|heart-rate|bpm)|hr ?max|mhr)\s*(?:is|of|:|=|around|about|at)?\s*(?:is\s+)?(?:about |around |roughly |~)?(\d{2,3})\b"#)
    static let heartWords = TextPattern(#"\b(?:heart|hr|bpm|pulse)\b"#)
    static let maxOnly = TextPattern(#"\bmax(?:imum)?\s+(?:is\s+|of\s+|at\s+)?(?:about |around |roughly )?(\d{3})\b"#)
    static let restingHR = TextPattern(#"\b(?:resting\s*(?:hr|heart ?rate|heart-rate|pulse|bpm)?|rhr)\s*(?:is|of|:|=|around|about|at)?\s*(?:is\s+)?(?:about |around |roughly |~)?(\d{2,3})\b"#)
    static let weight = TextPattern(#"(?<![\d.])(\d{2,3}(?:\.\d+)?)\s*(kg|kgs|kilos?|kilograms?|lbs?|pounds)\b|(?<![\d.])(\d{1,2}(?:\.5)?)(?:\s*stone|\s+st)\b(?:\s*(\d{1,2})\s*(?:lbs?|pounds)?)?"#)
    static let weightPutRight = TextPattern(
        #"(?<![\d.])(\d{2,3}(?:\.\d+)?)\s*(kg|kgs|kilos?|kilograms?|lbs?|pounds)\s*[.!;]\s+(?:well|no|actually|sorry|or|ok|okay|hmm)[,.]?\s+(?:more like |maybe |about |probably )?(\d{2,3}(?:\.\d+)?)\b(?!\s*(?:cm|years?|yrs?|km|k\b|miles?|minutes?|mins?))"#)
    /// ("I want 72 kilo before the marathon", "Want to be under fourteen stone by summer": a weight wished for.)
    static let weightExcluded = TextPattern(#"\b(?:lost|lose|losing|gained|gain|gaining|drop|dropped|shed|down|another|bench|lift|lifting|squat|deadlift|carry|(?:i|i'd|i would|i'm|i am|we)\s+(?:really\s+)?(?:want|wanna|would like|'d like|like|love|hope|am hoping|aim|am aiming)|wants? to (?:be|get|weigh|reach)|goal|target|dream)\b[^,.]*$"#)
    /// "172 cm", "1.72 m", and "1m72", as French and Vietnamese runners write it.
    static let heightCm = TextPattern(#"(?<![\d.])(\d{3})\s*(?:cm|centimet(?:er|re)s?)\b|(?<![\d.,])([12](?:[.,]\d{1,2}))\s*(?:m|metres?|meters?)\b(?!\s*(?:a|per|each)\s)|(?<![\d.])([12])m(\d{2})\b|(?<![\d.,])(1[.,][4-9]\d)(?=\s*(?:and|,|/|&)\s*\d{2,3}\s*(?:kg|kgs|kilos?|kilograms?)\b)"#)
    static let heightFeet = TextPattern(#"(?<![\d.])([4-7])\s*-?\s*(?:'|ft|feet|foot)\s*-?\s*(?:(\d{1,2})\s*(?:"|''|in(?:ches)?|inch)?)?(?=\s|$|[,.!;])"#)

    /// ("I'm Priyanka — Priya is fine — 33, a quality inspector": an aside between dashes, as between commas.)
    static let nameCommaAge = TextPattern(
        #"(?:^|[.!?]\s+|^\W*(?i:hi|hello|hey|hiya|good (?:morning|afternoon|evening))[,!]?\s+)(?:(?i:i am|i'm|im|my name is|this is)\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?\s*[,—–]\s*(?:[^,\d.!?:—–]{1,25}\s*[,—–]\s*)?(\d{2})(?:\s+(?i:years?(?: old)?))?\s*,\s*(?=\p{L})(?!(?i:km|k|mi|miles|minutes|mins|hours|years|yrs)\b)"#,
        caseSensitive: true)

    static let ageSentenceAfterName = TextPattern(
        #"[.!—–]\s+(\d{2})(?:\s*(?:years?(?: old)?|yrs?(?: old)?))?\s*(?:,?\s*if (?:that is|that's|thats|it is|it's) (?:useful|helpful|relevant|important|needed|any use)|,?\s*if (?:that|it) (?:helps|matters))?\s*(?:[.!]|$)"#)
    static let ownBirth = TextPattern(#"\b(?:i was|i am|i'm|im|me) born\b|^\W*born\b"#)
    static let olderThanMe = TextPattern(
        #"\b(?:is|'s|turned|turns|just turned)\s+(\d{2}),?\s+(?:so\s+|and\s+|that is\s+|which is\s+)?(?:just\s+|exactly\s+)?(\d{1,2})\s+years?\s+(older|younger)\s+than\s+(?:me|i am|myself)\b"#)
    /// "Is enough for a man of 61", "not bad for a woman of seventy".
    /// (Not "the heart of a man of sixty": what something of the runner's is like.)
    static let personOfAge = TextPattern(#"(?<!\bof )\b(?:a|an)\s+(?:[a-z]+\s+)?(?:man|woman|lady|gentleman|guy|fella|fellow|bloke|chap|gal|girl|lad|lass|runner|grandma|grandad|granny|grandpa|grandmother|grandfather) of (\d{2})\b(?!\s*(?:k\b|km|kg|kilos?|lbs?|pounds|miles?|mi\b|minutes?|mins?|hours?|%|years? (?:of|running)))"#)
    func extractPhysical(_ scan: Scan) {
        for match in Self.personOfAge.matches(in: scan.text) where !scan.aboutSomeoneElse(at: match.start) {
            guard let age = Int(match[1] ?? ""), (16...99).contains(age) else { continue }
            scan.add("physical.age", .number(Double(age)), said: "\(age) years old", at: match.start(of: 1))
        }
        for match in Self.ageStated.matches(in: scan.text) {
            guard let age = Int(match[1] ?? "") else { continue }
            // "My lower back thinks I'm 60": how old something makes the runner feel, not the age.
            if Self.feelsAge.matches(scan.window(before: match.start, 24)) { continue }
            if match.text.hasPrefix("i am"), scan.window(after: match.end, 12).hasPrefix(" and a half") { continue }
            scan.add("physical.age", .number(Double(age)), said: "\(age) years old", at: match.start(of: 1))
        }
        for match in Self.ageAfterName.matches(in: scan.text) {
            guard let age = Int(match[1] ?? "") else { continue }
            scan.add("physical.age", .number(Double(age)), said: "\(age) years old", at: match.start(of: 1))
        }
        // "Hi! Fatima, 27, first half marathon …": a number right after a capitalised name is the age.
        // ("Before, 5-6 years of running": an opening word is no name.)
        // ("Niedziela, 21 marca", asked the race's day: a weekday in another language and a date, no name and age.)
        if [nil, "identity.name", "physical.age", "legal.healthConsentAt"].contains(scan.expecting),
           let match = Replies.nameThenAge.firstMatch(in: scan.original), let name = match[1], let age = Int(match[2] ?? ""),
           !Replies.notNames.contains(name.lowercased()), !Self.sentenceOpenerWords.contains(name.lowercased()) {
            scan.add("physical.age", .number(Double(age)), said: "\(age) years old", at: 0, checkNegation: false)
        }
        // ("Dzień dobry. Wojciech Kowalczyk, Wojtek for short, 45, piano tuner": the name, what to call them, then the age;
        // "I am Chaminda Perera, Chami for short, 42 years, I work at the ice plant" too.)
        if scan.expecting == nil || scan.expecting == "identity.name", let match = Self.nameCommaAge.firstMatch(in: scan.original),
           let age = Int(match[1] ?? ""), (16...99).contains(age) {
            scan.add("physical.age", .number(Double(age)), said: "\(age) years old", at: 0, checkNegation: false)
        }
        // "Kaixo! Ignacio, sixty-three, from Getxo": asked the name, a number right after it is the age (read once
        // the number words are figures, which the capitalised pattern above cannot see).
        if scan.expecting == "identity.name", let match = Self.ageAfterOpeningName.firstMatch(in: scan.text), let age = Int(match[1] ?? ""),
           (10...99).contains(age) {
            scan.add("physical.age", .number(Double(age)), said: "\(age) years old", at: match.start(of: 1))
        }
        // ("Desmond Okafor — Des to my friends. Seventy-one, if that's useful.", "I am Ueli, Ueli Brunner. 64 years.": asked the
        // name, a sentence that is only a number of years is the age.)
        if scan.expecting == "identity.name", let match = Self.ageSentenceAfterName.firstMatch(in: scan.text), let age = Int(match[1] ?? ""),
           (10...99).contains(age) {
            scan.add("physical.age", .number(Double(age)), said: "\(age) years old", at: match.start(of: 1))
        }
        // ("Correction: 45, I was counting the walk", asked how far: a figure after a colon in another answer is that answer's.)
        if scan.expecting == nil || scan.expecting == "identity.name" || scan.expecting == "physical.age",
           let match = Self.ageOpeningRundown.firstMatch(in: scan.text), let age = Int(match[1] ?? ""), (10...99).contains(age) {
            scan.add("physical.age", .number(Double(age)), said: "\(age) years old", at: match.start(of: 1))
        }
        // "At seventy-one my health is an open book": an age said as where the runner is now, with their body or health.
        // ("… that's just being forty-seven and working in a laundry": the age, said of the body.)
        if let match = Self.atMyAgeNow.firstMatch(in: scan.text), let age = Int(match[1] ?? match[2] ?? ""), (16...99).contains(age) {
            scan.add("physical.age", .number(Double(age)), said: "\(age) years old", at: match.start(of: match[1] == nil ? 2 : 1))
        }
        // "I turned forty-six in October": a birthday gone by names the age now.
        if let match = Self.turnedIn.matches(in: scan.text).last, let age = Int(match[1] ?? ""), (10...99).contains(age) {
            scan.add("physical.age", .number(Double(age)), said: "\(age) years old", at: match.start(of: 1))
        }
        // "31 completed. 32 running.": the years completed are the age (the Indian English way of saying it).
        if scan.expecting == "physical.age", let match = Self.yearsCompleted.firstMatch(in: scan.text), let age = Int(match[1] ?? ""), (10...99).contains(age) {
            scan.add("physical.age", .number(Double(age)), said: "\(age) years old", at: scan.text.utf16Length, checkNegation: false)
        }
        // "The winners go under eight, but they're not fifty-four like me": the runner's age, said in comparison.
        if let match = Self.ageLikeMe.firstMatch(in: scan.text), let age = Int(match[1] ?? ""), (10...99).contains(age) {
            scan.add("physical.age", .number(Double(age)), said: "\(age) years old", at: match.start(of: 1), checkNegation: false,
                     checkSomeoneElse: false)
        }
        // ("I am 27. I was born in 1991 in the Ethiopian calendar": an age said outright wins over a year to count from.)
        // ("I am 1 metre 58 and 55 kilos" states no age.)
        let statedOutright = Self.ageStated.matches(in: scan.text).contains {
            (10...110).contains(Int($0[1] ?? "") ?? 0) && !Self.feelsAge.matches(scan.window(before: $0.start, 24))
                && !Self.heightAfterAge.matches(scan.window(after: $0.end, 12))
        }
        if !statedOutright, let match = Self.bornIn.firstMatch(in: scan.text), let age = AgeAnswer.born(scan.text, today: today) ?? Int(match[1] ?? "").flatMap({ year in today.year.map { $0 - year } }),
           (5...100).contains(age) {
            scan.add("physical.age", .number(Double(age)), said: "\(age) years old", at: match.start)
        }
        // "I'll be 42 in January": 41 now.
        for match in Self.ageWillBe.matches(in: scan.text) {
            guard let next = Int(match[1] ?? match[2] ?? "") else { continue }
            scan.add("physical.age", .number(Double(next - 1)), said: "\(next - 1) years old", at: match.start(of: match[1] == nil ? 2 : 1))
        }
        for match in Self.birthdayHad.matches(in: scan.text) {
            guard let age = Int(match[1] ?? ""), (16...99).contains(age) else { continue }
            // ("came back after my twenty-fifth birthday crisis. So, four years of shuffling": a birthday years back.)
            if Self.yearsSince.matches(scan.text.utf16Slice(match.end, min(scan.text.utf16Length, match.end + 80))) { continue }
            scan.add("physical.age", .number(Double(age)), said: "\(age) years old", at: match.start(of: 1))
        }
        for match in Self.ageAtNow.matches(in: scan.text) {
            guard let age = Int(match[1] ?? ""), (16...99).contains(age) else { continue }
            scan.add("physical.age", .number(Double(age)), said: "\(age) years old", at: match.start(of: 1))
        }
        // "no. not bad for 38": the age said in passing, ahead of its question.
        for match in Self.notBadForAge.matches(in: scan.text) {
            guard let age = Int(match[1] ?? ""), (16...99).contains(age) else { continue }
            scan.add("physical.age", .number(Double(age)), said: "\(age) years old", at: match.start(of: 1))
        }
        for match in Self.ageHaveYears.matches(in: scan.text) {
            guard let age = Int(match[1] ?? "") else { continue }
            scan.add("physical.age", .number(Double(age)), said: "\(age) years old", at: match.start(of: 1))
        }
        for match in Self.ageYearsOld.matches(in: scan.text) {
            guard let age = Int(match[1] ?? match[2] ?? "") else { continue }
            let before = scan.window(before: match.start, 20)
            if before.contains("my ") && !before.contains("i am") { continue } // "my son is 8 years old"
            // ("my plantar fasciitis is twelve years old", "the car's 20 years old": something else's age.)
            if Self.somethingsAge.matches(scan.sentenceBefore(match.start)) { continue }
            // ("I am porter since 16 years old": the age a job or sport began at.)
            if Self.ageBeganAt.matches(before) { continue }
            // ("which makes me feel a hundred years old": how old the runner feels.)
            if Self.feelsAge.matches(before) { continue }
            // ("The pastor says he'll do 55, at 48 years old": his age.)
            if Self.heOrSheBefore.matches(scan.sentenceBefore(match.start)) { continue }
            // ("Buddy of mine ran 52 minutes at 50 years old": the age of someone who ran.)
            if Self.someoneRanBefore.matches(scan.sentenceBefore(match.start)) { continue }
            // "to beat a ten-year-old", "the 70-year-old who lapped me": someone of that age, unless the runner is one.
            if Self.someoneOfAge.matches(before), !Self.runnerIsOne.matches(before) { continue }
            scan.add("physical.age", .number(Double(age)), said: "\(age) years old", at: match.start)
        }
        // Asked the age: a birth date or year, the next birthday, or no single age ("over 40", "44 or 45") is read as such,
        // over any figure read alone ("born in '79" is no 79, "40 next month" is 39).
        if scan.expecting == "physical.age" {
            switch statedOutright && Self.bornIn.matches(scan.text) ? nil : AgeAnswer.read(scan.text, today: today) {
            case .age(let years)?:
                scan.drop(["physical.age"])
                // ("I was born in June 1988, the same month as my husband": the runner's birth, whoever the sentence ends on.)
                scan.add("physical.age", .number(Double(years)), said: "\(years) years old", at: scan.text.utf16Length, checkNegation: false,
                         checkSomeoneElse: !Self.ownBirth.matches(scan.text))
            case .none?:
                scan.drop(["physical.age"])
            case nil:
                break
            }
        }
        // ("My brother is 31, two years older than me": the runner's age, from another's.)
        if !scan.has("physical.age"), let match = Self.olderThanMe.firstMatch(in: scan.text), let theirs = Self.number(match[1]),
           let gap = Self.number(match[2]), gap <= 30 {
            let years = match[3] == "older" ? theirs - gap : theirs + gap
            if (5...110).contains(years) {
                scan.add("physical.age", .number(years), said: "\(Self.plain(years)) years old", at: match.start, checkSomeoneElse: false)
            }
        }
        if let match = Self.sexPattern.firstMatch(in: scan.text) {
            let value = match[1] != nil || match[3] == "male" ? "male" : match[2] != nil || match[3] == "female" ? "female" : "other"
            scan.add("physical.biologicalSex", .string(value), said: value, at: match.start)
        }
        for match in Self.maxHR.matches(in: scan.text) {
            guard let bpm = Double(match[1] ?? "") else { continue }
            scan.add("physical.maxHeartRate", .number(bpm), said: "a max heart rate of \(Int(bpm)) bpm", at: match.start)
        }
        if !scan.has("physical.maxHeartRate"), Self.heartWords.matches(scan.text) {
            for match in Self.maxOnly.matches(in: scan.text) {
                guard let bpm = Double(match[1] ?? "") else { continue }
                scan.add("physical.maxHeartRate", .number(bpm), said: "a max heart rate of \(Int(bpm)) bpm", at: match.start)
            }
        }
        for match in Self.restingHR.matches(in: scan.text) {
            guard let bpm = Double(match[1] ?? "") else { continue }
            scan.add("physical.restingHeartRate", .number(bpm), said: "a resting heart rate of \(Int(bpm)) bpm", at: match.start)
        }
        for match in Self.weight.matches(in: scan.text) {
            if Self.weightExcluded.matches(scan.clauseBefore(match.start)) { continue }
            let kg: Double
            if let value = Self.number(match[1]), let unit = match[2] {
                kg = unit.hasPrefix("k") ? value : Self.round1(value * 0.45359237)
            } else if let stone = Self.number(match[3]) {
                kg = Self.round1((stone * 14 + (Self.number(match[4]) ?? 0)) * 0.45359237)
            } else { continue }
            scan.add("physical.weightKg", .number(kg), said: "\(Self.plain(kg)) kg", at: match.start)
        }
        // ("168 cm and 61 kg. Well, 63 after the birthday cake": the weight put right, a figure no age.)
        if let match = Self.weightPutRight.firstMatch(in: scan.text), let said = Self.number(match[1]), let fixed = Self.number(match[3]),
           abs(fixed - said) <= said * 0.1 {
            let pounds = match[2]?.hasPrefix("k") != true
            let kg = pounds ? Self.round1(fixed * 0.45359237) : fixed
            scan.drop("physical.age", value: .number(fixed))
            scan.add("physical.weightKg", .number(kg), said: "\(Self.plain(kg)) kg", at: match.start(of: 3), checkNegation: false)
        }
        for match in Self.heightCm.matches(in: scan.text) {
            let cm: Double
            if let value = Self.number(match[1]) { cm = value }
            // ("1.74 and 68 kilos": metres without the unit, said beside the weight.)
            else if let metres = Self.number((match[2] ?? match[5])?.replacingOccurrences(of: ",", with: ".")) { cm = Self.round1(metres * 100) }
            else if let metres = Self.number(match[3]), let centimetres = Self.number(match[4]) { cm = metres * 100 + centimetres } else { continue }
            scan.add("physical.heightCm", .number(cm), said: "\(Self.plain(cm)) cm", at: match.start)
        }
        for match in Self.heightFeet.matches(in: scan.text) {
            guard let feet = Double(match[1] ?? "") else { continue }
            let inches = Double(match[2] ?? "") ?? 0
            guard inches < 12, match.text.contains("'") || match.text.contains("f") else { continue }
            addHeight(scan, feet: feet, inches: inches, at: match.start)
        }
        // "I'm six-two and I weigh about 205": a height said as "I'm 6-2", and a weight without its unit (pounds beside a
        // height in feet, or above what anyone weighs in kilos).
        if !scan.has("physical.heightCm"), let match = Self.iAmFeetInches.firstMatch(in: scan.text),
           let feet = Double(match[1] ?? ""), let inches = Double(match[2] ?? ""), inches < 12 {
            addHeight(scan, feet: feet, inches: inches, at: match.start)
            // ("49. I'm five seven": the feet are no age.)
            scan.drop("physical.age", value: .number(feet))
        }
        if !scan.has("physical.weightKg"), let match = Self.weighBare.firstMatch(in: scan.text), let value = Self.number(match[1]) {
            let pounds = value > 150 || Self.iAmFeetInches.matches(scan.text) || Self.heightFeet.matches(scan.text)
            if (35...400).contains(value), !pounds || value >= 80 {
                let kg = pounds ? Self.round1(value * 0.45359237) : value
                scan.add("physical.weightKg", .number(kg), said: pounds ? "\(Self.plain(kg)) kg (\(Int(value)) lb)" : "\(Self.plain(kg)) kg", at: match.start)
            }
        }
        if !scan.has("physical.heightCm"), let match = Self.feetInchesBeforePounds.firstMatch(in: scan.text) ?? Self.feetInchesAfterStone.firstMatch(in: scan.text),
           let feet = Double(match[1] ?? ""), let inches = Double(match[2] ?? ""), inches < 12 {
            addHeight(scan, feet: feet, inches: inches, at: match.start)
        }
        // "Six-three, two-oh-five", "five-ten, two-ten", "five foot four and about one sixty": height and weight in
        // pounds, said as a pair the American way. Only as a pair, so "6-3" alone (a score) is nothing.
        for match in Self.spokenHeightWeight.matches(in: scan.text) {
            guard let feet = Double(match[1] ?? ""), let inches = Double(match[2] ?? ""), inches < 12,
                  let hundreds = Double(match[3] ?? ""), let rest = Double(match[4] ?? "") else { continue }
            let pounds = hundreds * 100 + rest
            guard (80...400).contains(pounds) else { continue }
            if !scan.has("physical.heightCm") {
                addHeight(scan, feet: feet, inches: inches, at: match.start)
            }
            if !scan.has("physical.weightKg") {
                let kg = Self.round1(pounds * 0.45359237)
                scan.add("physical.weightKg", .number(kg), said: "\(Self.plain(kg)) kg (\(Int(pounds)) lb)", at: match.start(of: 3))
            }
        }
    }
    /// A height said in feet and inches, kept in centimetres with the words it was said in.
    func addHeight(_ scan: Scan, feet: Double, inches: Double, at position: Int) {
        let cm = Self.round1((feet * 12 + inches) * 2.54)
        scan.add("physical.heightCm", .number(cm), said: "\(Self.plain(cm)) cm (\(Int(feet))'\(Int(inches))\")", at: position)
    }
    /// ("49. Five ten, about 215 pounds", "Five eleven and thirteen and a half stone": feet and inches said aloud, right
    /// before a weight in pounds or stone.)
    static let feetInchesBeforePounds = TextPattern(
        #"(?<![\d.:-])([4-7])[ -](\d{1,2}),?\s*(?:and |& )?(?:about |around |roughly |maybe |like )?(?:\d{2,3}\s*(?:pounds|lbs?)|\d{1,2}(?:\.5)?\s*(?:stone|st))\b"#)
    /// ("47. Fifteen stone, five eleven if you need it": the other way round.)
    static let feetInchesAfterStone = TextPattern(
        #"\b\d{1,3}(?:\.5)?\s*(?:stone|st|pounds|lbs?)\b,?\s*(?:and |& )?([4-7])[ -](\d{1,2})\b(?![.:]\d)(?!\s*(?:k|km|mi|miles?|min|mins|minutes|hours?|times|runs|days|am|pm|weeks?)\b)"#)
    /// ("I'm five seven": said aloud, with a space.)
    static let butYouWont = TextPattern(#"^[^.!?]{0,4}?,?\s*but (?:you|u) (?:won'?t|will not|wont|never|don'?t|do not|shan'?t)\b"#)
    static let iAmFeetInches = TextPattern(#"\b(?:i am|i'm|im)\s+(?:about |around )?([4-7])(?:-|\s+)(\d{1,2})\b(?![.:]\d)(?!\s*(?:k|km|mi|miles?|min|mins|minutes|hours?|times|runs|days|am|pm|weeks?)\b)"#)
    static let weighBare = TextPattern(#"\bweigh(?:s|ing)?\s+(?:in at\s+)?(?:about |around |roughly |maybe |like |just over |just under )?(\d{2,3}(?:\.\d)?)\b(?!\s*(?:kg|kgs|kilos?|kilograms?|lbs?|pounds|stone|st)\b)"#)
    static let spokenHeightWeight = TextPattern(
        #"(?<![\d.:-])([4-7])(?:-| (?:foot|feet|ft) )(\d{1,2})\b,?\s*(?:and |& )?(?:about |around |roughly |maybe |like )?([12])(?:[ :-]|\s*-\s*)?(\d{2})\b(?![.:]\d)(?!\s*(?:k|km|mi|miles?|min|mins|minutes|hours?|times|runs|days|am|pm)\b)"#)

    // MARK: - Name

    static let atMyAgeNow = TextPattern(#"(?:^|[.!?]\s+)at (\d{2}),? (?:my (?:health|healthy|age|body|knees|legs|bones|joints|heart)|i am still|i still|you (?:do not|can not|slow))\b|\b(?:that is|that's|thats|it is|it's) (?:just |simply |only )?being (\d{2})\b(?![- ]?(?:something|ish|odd)\b)(?!\s*(?:k\b|km|miles?|minutes?|mins?|%))"#)
    static let namePattern = TextPattern(
        // ("A bank's name is on it": someone else's name.)
        #"\b(?:my (?:real |full |actual |legal )?name is|my name's|(?<!'s )(?<!’s )(?<!his )(?<!her )(?<!its )(?<!their )(?<!the )(?<!a )(?:name's|name is)|call me|i am called|they call me)\s+([A-Za-z][A-Za-z'-]*(?:\s+[A-Z][A-Za-z'-]*)?)"#)
    static let iAmName = TextPattern(#"(?:^|[.!?:;]\s+|,\s*)(?:hi|hey|hello)?[,!]?\s*(?:I'm|I am|Im)\s+([A-Z][\p{Ll}'-]+)(?![\p{L}'-])(?=\s*(?:$|[,.!;]|and\b|here\b))"#, caseSensitive: true)
    static let bareName = TextPattern(#"^\s*(?:it is |i am |call me |just |my name is |it's |i'm |put |use |make it |go with |write )?([A-Za-z][A-Za-z'-]+(?:\s+[A-Za-z][A-Za-z'-]+){0,2})\s*[.!]?\s*$"#)
    static let notNames: Set<String> = [
        "training", "running", "just", "new", "not", "a", "an", "the", "tired", "fine", "good", "ok", "okay", "yes", "no", "sure",
        "here", "back", "ready", "injured", "free", "available", "busy", "skip", "pass", "next", "none", "nope", "nothing", "hoping",
        "looking", "trying", "planning", "going", "getting", "doing", "male", "female", "still", "also", "really", "very", "pretty",
        "beginner", "casual", "serious", "competitive", "returning", "happy", "glad", "interested", "keen",
    ]


    static let butAnother = TextPattern(#"^[^.!?]{0,12}\bbut\b"#)
    static let othersCall = TextPattern(
        #"\b(?:everybody|everyone|everyone else|people|folks|friends|the lads|the girls|they|the kids|the family|(?:my|me) (?:[a-z]+ )?(?:friends|mates|family|kids|children|colleagues|team ?mates|students|pupils|wife|husband|partner|mum|mom|dad|parents|brothers?|sisters?|grand[a-z]+|nan|coach|boss|patients|clients|workmates|crew)|the [a-z]+ (?:crowd|lot|gang|club|team|folk|crew|group)|at (?:work|church|school|home|the club)|the (?:children|kids|pupils|students|staff|nurses|patients|residents|grandchildren)|(?:in|at|from) my (?:class|school|office|ward|work|club)|the [a-z]+s)\b[^.!?]*$"#)

    static let atAPlace = TextPattern(#"\b(?:at|in) (?:the |my )?(?:work|garage|shop|office|school|gym|club|station|plant|site|factory|market|depot|yard|mine|hospital|clinic|ward|barracks|base|kitchen|restaurant|hotel|bank|farm|port|docks|pub|bar|church|mosque|village|warehouse|mill|store|salon|studio|temple|stall|bakery|garden|hostel|airport|quarry|harbour|harbor|wharf)\b[^.!?]*$"#)
    /// ("… they call me Madam Tally because I count the cocoa bags, but please don't put that.")
    static let notThatName = TextPattern(#"^[^.!?]{0,80}\b(?:do not|don't|dont|never) (?:put|use|write|call me|record) (?:that|it)\b"#)

    func extractIdentity(_ scan: Scan) {
        func clean(_ raw: String) -> String? {
            let words = raw.split(separator: " ").map(String.init)
            guard let first = words.first, !Self.notNames.contains(first.lowercased()) else { return nil }
            let kept = words.prefix { !Self.notNames.contains($0.lowercased()) && !Replies.pointingWords.contains($0.lowercased()) && !["and", "but", "i", "from", "by", "is", "would", "please", "thanks", "will", "works", "here", "fine", "or", "po", "everybody", "everyone", "lah", "la", "please", "pls", "thanks", "ty", "thx", "tysm", "plz", "tbh", "lol", "only", "instead", "then", "too"].contains($0.lowercased()) } // ("call me Pemba only")
            guard !kept.isEmpty else { return nil }
            return kept.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        }
        var name: String?
        var preferred: String?
        let bareOK = scan.expecting == "identity.name" || scan.expecting == "identity.preferredName"
        for match in Self.namePattern.matches(in: scan.original) {
            guard let raw = match[1], let cleaned = clean(raw) else { continue }
            // "Everybody at church call me Sister Marcia": what others call the runner is no name for the coach to use.
            // ("In Laos everybody have nickname, call me Noy": a clause of its own is the runner asking.)
            if match.text.lowercased().hasPrefix("call me"),
               case let lead = scan.original.utf16Slice(max(0, match.start - 40), match.start).lowercased(),
               Self.othersCall.matches(lead.components(separatedBy: CharacterSet(charactersIn: ",.;!?")).last ?? lead) { continue }
            // ("In the roda they call me Mestre Rafa, but Rafael is fine": what they call the runner, set aside.)
            if match.text.lowercased().hasPrefix("they call me"), Self.butAnother.matches(scan.original.utf16Slice(match.end, match.end + 40).lowercased()) { continue }
            // ("My name is Goodluck … at the garage in Arusha they call me Fundi": a nickname used at one place.)
            if match.text.lowercased().hasPrefix("they call me") || match.text.lowercased().hasPrefix("call me"),
               Self.notThatName.matches(scan.original.utf16Slice(match.end, match.end + 90).lowercased()) { continue }
            // ("Delphine. You may call me Madame, but you won't.": leave granted in jest.)
            if match.text.lowercased().hasPrefix("call me"), Self.butYouWont.matches(scan.original.utf16Slice(match.end, match.end + 30).lowercased()) { continue }
            if match.text.lowercased().hasPrefix("they call me"), Self.atAPlace.matches(scan.original.utf16Slice(max(0, match.start - 40), match.start).lowercased()) { continue }
            if match.text.lowercased().hasPrefix("call me") || match.text.lowercased().hasPrefix("they call me") {
                preferred = cleaned
            } else {
                name = cleaned
            }
        }
        // "I'm Tereza" names the runner when the name is asked (or in a first message that says everything);
        // later, "Tough love. I'm Argentine" is no new name.
        if name == nil, preferred == nil, scan.expecting == nil || bareOK,
           let match = Self.iAmName.firstMatch(in: scan.original), let raw = match[1] {
            name = clean(raw)
        }
        if name == nil, preferred == nil, bareOK, let match = Self.bareName.firstMatch(in: scan.original), let raw = match[1],
           !raw.contains(where: \.isNumber) {
            if scan.expecting == "identity.preferredName" { preferred = clean(raw) } else { name = clean(raw) }
        }
        if let name { scan.add("identity.name", .string(name), said: name, at: 0) }
        if let preferred {
            scan.add("identity.preferredName", .string(preferred), said: preferred, at: 1)
            if name == nil, scan.expecting == "identity.name" { scan.add("identity.name", .string(preferred), said: preferred, at: 1) }
        }
    }
}
