import CadenceCore
import Foundation

/// The offline interview as a pure function: the profile as stored, what the conversation so far
/// has established (`InterviewState`) and the runner's new message give the facts to save, the
/// consent answer to record and what to say. It reads no database and keeps no state of its own;
/// `GuidedInterviewer` carries the state from turn to turn and saves the facts through the tools.
///
/// How it listens:
/// - The answer to the question just asked is read by that slot's parser (high recall); facts
///   about other slots come only from the extractor's specific patterns.
/// - A value the runner already gave is never replaced silently: the change is read back
///   ("You said a marathon earlier: switch to a 5k?") unless the message says it corrects
///   ("no wait", "scratch that", "sorry, more like 35"), and a bare correction applies to the
///   question answered before.
/// - Health facts wait for consent: said before the consent question they are held and saved
///   only after a yes; after a no they are never saved.
public struct Interview: Sendable {
    public let questions: [InterviewQuestion]

    public init(questions: [InterviewQuestion]) {
        self.questions = questions
    }

    static let sameDaysCue = TextPattern(
        #"\b(?:(?:the )?same (?:\d+ |two |three |four |five |six )?(?:days|ones)|same as (?:i do |i run )?(?:now|before|i said|already)|same as now|like now|as now|the days i (?:already )?run)\b"#)
    static let daysJustBefore = TextPattern(#"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*,?\s*$"#)
    static let dayListSlots: Set<String> = ["schedule.availableDays", "schedule.preferredDays", "schedule.blockedDays"]

    /// The longest message read; the rest is dropped and the runner is told.
    public static let maxMessageLength = 4_000

    /// What to do with one message.
    public struct Turn: Sendable, Equatable {
        /// Facts to save now (already valid for their fields).
        public var facts: [ExtractedFact] = []
        /// The runner answered the health-data consent question (true: agreed).
        public var consent: Bool?
        /// What to say when nothing is saved; when facts are saved, `afterSaving` speaks instead.
        public var reply: String?
        /// Said before the acknowledgement once the facts are saved (dropped facts, a read-back).
        public var note: String?
        public var state: InterviewState
    }

    /// A race name whose "Half Marathon", "Marathon", "10K" or "5K" says another distance than `km`, renamed
    /// ("The 10k in Cluj. Actually no, I switched to the half": the Cluj Half Marathon).
    static func raceName(_ name: String, for km: Double) -> String? {
        guard let label = FactExtractor.raceLabel(km: km),
              let suffix = [" Half Marathon", " Marathon", " 10K", " 5K"].first(where: { name.lowercased().hasSuffix($0.lowercased()) }),
              suffix.lowercased() != " " + label.lowercased() else { return nil }
        return String(name.dropLast(suffix.count)) + " " + label
    }

    static let starred = TextPattern(#"^\s*\*\s*(\p{L}[\p{L}'-]+)\b"#)

    /// The race name or the name with one word swapped for the starred word it was a typo of.
    static func starredFix(_ message: String, profile: Runner) -> [ExtractedFact] {
        guard let match = starred.firstMatch(in: message), let word = match[1] else { return [] }
        func mend(_ text: String) -> String? {
            var words = text.split(separator: " ").map(String.init)
            guard let index = words.firstIndex(where: { old in
                (1...2).contains(FactExtractor.damerau(old.lowercased(), word.lowercased())) && old.count >= 3
            }) else { return nil }
            words[index] = word.prefix(1).uppercased() + word.dropFirst()
            return words.joined(separator: " ")
        }
        var facts: [ExtractedFact] = []
        if let race = profile.goals.raceName, let fixed = mend(race) {
            facts.append(ExtractedFact(path: "goals.raceName", value: .string(fixed), said: "the \(fixed)"))
        } else if let fixed = mend(profile.identity.name) {
            facts.append(ExtractedFact(path: "identity.name", value: .string(fixed), said: "you're \(fixed)"))
        }
        return facts
    }

    // MARK: - Hearing a message

    static let bareFigures = TextPattern(#"\b(\d+(?:\.\d+)?)\b(?!\s*(?:%|:|weeks?|days?|times|runs|minutes?|mins?|hours?|years?))"#)
    static let painPastCue = TextPattern(#"\b(?:(?:one|1) time|once|the first (?:month|months|year|weeks?)|at first|in the beginning|when i (?:started|began)|in (?:19|20)\d\d|(?:19|20)\d\d|ago|last (?:year|summer|spring|winter|autumn|fall|season)|years back|back then|used to|had)\b"#)
    static let painNowCue = TextPattern(
        #"\b(?:now|right now|currently|at the moment|atm|still|these days|this week|today|lately|recently|since (?:last|one|a|two|three|\d)|is (?:sore|aching|hurting|painful|tender)|hurts|aches|niggl\w*)\b"#)
    static let newGoalWords = TextPattern(#"\b(?:want|wanna|aim|aiming|plan|planning|goal|training for|signed up|entered|registered|switch|change)\b"#)
    static let othersPart = TextPattern(
        #"\b(?:my|our|his|her)\s+(?:son|daughter|kids?|children|wife|husband|partner|brother|sister|mum|mom|dad|father|mother|friend|boss|twin|cousin|grandson|granddaughter)\b|\b(?:he|she|they)\s+(?:is|are|was|were)\b|\b\d+\s+(?:is|was)\s+(?:my|our)\s+[a-z]+|\b(?:i am|i'm|im|i will be|i'll be|turning)\s+\d{2}\s+(?:in|on|next|this|come)\b"#)
    static let figureSentence = TextPattern(#"[.!?]\s+\d+(?:\.\d+)?\s*(?:k|km|mi|miles?|minutes?|mins?)?\s*[.!]?\s*$"#)
    static let trailingFigure = TextPattern(#"(\d+(?:\.\d+)?\s*(?:k|km|mi|miles?|minutes?|mins?)?)\s*(?:then|it is|so|i guess)?\s*[.!]?\s*$"#)

    /// The running days on file with one swapped for another ("Wednesday instead of Tuesday").
    static func swapping(_ swap: (new: String, old: String), in days: [String]) -> ExtractedFact {
        let swapped = FactExtractor.weekdays.filter { $0 == swap.new || $0 != swap.old && days.contains($0) }
        return ExtractedFact(path: "schedule.preferredDays", value: .array(swapped.map { .string($0) }),
                             said: "\(swap.new.capitalized) instead of \(swap.old.capitalized)")
    }

    static let nothingAtAll = TextPattern(#"\b(?:nothing(?: at all)?|all good|grand now|fine now|none)\b"#)
    /// The runner's own "call me …" (not what others call them).
    static let callMe = TextPattern(#"(?:^|[,.;!]\s*|\b(?:you can|you may|you|just|please|pls|so|but|and)\s+)call me\b"#)
    /// "Call me crazy, but …": a saying, not a name.
    static let callMeIdiom = TextPattern(#"\bcall me (?:crazy|mad|old[- ]fashioned|silly|stupid|naive|a \w+|an \w+|what you like|whatever|anything|ishmael)\b"#)
    static let sideNotWhat = TextPattern(#"^\W*(?:it was |it'?s |it is )?(?:the |my )?(?:left|right|other)(?: one| side| \w+)?\s*(?:[.!,;]|$)"#)
    static let whenNotWhat = TextPattern(#"^\W*(?:(?:that|it|this|the \w+) (?:was|were|is)\s+(?:in |back in |actually |more like )?(?:(?:19|20)\d\d|last|\d+ (?:years?|months?) ago)|(?:in )?(?:19|20)\d\d)\b"#)
    static let noneToThis = TextPattern(#"^\W*(?:none|nothing|nada|no)\b[\s,.!]*(?:just finish|just to finish|only finish|to finish)?\W*$"#)
    static let monthFigure = TextPattern(
        #"\d\s*(?:k|km|kms|miles?|mi)?\s+(?:a month|per month|monthly|last month|this month|(?:in|for) (?:january|february|march|april|may|june|july|august|september|october|november|december))\b"#)
    /// The words a "none" said ahead of its question must carry to be that question's answer.
    static let noneTopic: [String: TextPattern] = [
        "health.pastInjuries": TextPattern(#"\b(?:injur\w*|hurt|broke\w*|fracture\w*|sprain\w*|strain\w*|surgery|operation|problems?|issues?|niggles?|touch wood|knock on wood)\b"#),
        "health.currentPain": TextPattern(#"\b(?:pain\w*|hurt\w*|sore\w*|ache\w*|aching|niggles?|fine|good|okay|ok|nothing)\b"#),
        "health.medicalConditions": TextPattern(#"\b(?:conditions?|medical|health\w*|illness\w*|diseases?|medications?|pills?)\b"#),
        "schedule.blockedDays": TextPattern(#"\b(?:days?|week\w*|mon|tue|wed|thu|fri|sat|sun)\w*\b"#),
    ]

    public func hear(_ rawMessage: String, profile: Runner, state before: InterviewState, today: Date) -> Turn {
        var state = before
        var notes: [String] = []
        var message = rawMessage
        if message.count > Self.maxMessageLength {
            message = String(message.prefix(Self.maxMessageLength))
            notes.append("That message was long, so I read only its first \(Self.maxMessageLength) characters.")
        }
        message = Replies.withoutEmoji(message)
        let withQuestions = message
        message = Replies.withoutQuestions(message)
        // "Nilufar. Do you need my last name too? It's Yusupova.": the surname offered after a question about it is not
        // the name to call them by (with the question gone, it would read as the name put right).
        // ("It's Eilidh. Do you need my surname as well?": an "it's" that is all the message says is the name itself.)
        if state.asked == "identity.name", Replies.nameThenSurnameOffered.matches(withQuestions),
           case let left = Replies.surnameSentence.replacing(in: message, { _ in "" }), left.contains(where: \.isLetter) {
            message = left
            if Replies.surnameAloneAfterQuestion.matches(withQuestions) { message = Replies.loneLastWord.replacing(in: message) { _ in "" } }
        }
        if Self.mentionsMiles(message) { state.imperial = true }
        let asked = state.asked
        // "Five times. Oh wait, and sorry, the date — it's Sunday the 11th of April, not the 18th", "Seventy minutes. Oh — and
        // that 2:15, make it 2:20": an earlier answer named and put right beside this one. Those words are read for that
        // answer (below), and this question's answer is read without them.
        // (The profile as a document, once per message: what is on file.)
        let onFile = document(profile)
        let late = LateCorrection.find(in: message, asked: asked) { !onFile.value(atPath: $0).isNull }
        message = LateCorrection.removing(late, from: message)
        // A parent answering for a child: read "he", "his" and "my son" as the runner from here on.
        // The name is read from the words as typed ("for my son Noah").
        let typed = message
        if asked == "identity.name" || asked == nil, SpeakingFor.detected(in: message) { state.speaksFor = true }
        if state.speaksFor {
            let name = Replies.name(in: typed, expecting: asked) ?? profile.identity.name
            message = SpeakingFor.inRunnersVoice(message, name: name)
        }

        // A read-back waiting for a yes or no.
        if !state.pendingChanges.isEmpty {
            let pending = state.pendingChanges
            state.pendingChanges = []
            switch Replies.yesOrNo(message) {
            case true?:
                return Turn(facts: pending, note: nil, state: state)
            case false?:
                // "No pain now, the Achilles is just stiff": a no that also answers the question asked
                // keeps the earlier values and is read as that answer too. A bare "no" only keeps them.
                let words = message.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count
                let answers = FactExtractor(today: today).extract(message, expecting: state.asked, knownRaceDistance: profile.goals.raceDistance)
                guard words >= 3, let asked = state.asked, answers.fact(asked) != nil else {
                    return Turn(reply: "OK, I'll keep what you said before. " + nextQuestion(profile: profile, state: &state), state: state)
                }
                notes.append("OK, I'll keep what you said before.")
            case nil:
                break // a new answer: read it as usual, and the earlier values stay
            }
        }

        let extractor = FactExtractor(today: today)
        // "There's one in my town in May", then "It's on the 23rd": the month said before dates the day.
        let raceMonth = asked == "goals.raceDate" ? state.raceMonth : nil
        func read(_ text: String, expecting slot: String?) -> Extraction {
            extractor.extract(text, expecting: slot, knownRaceDistance: profile.goals.raceDistance, knownRaceMonth: raceMonth,
                              knownWeeklyKm: profile.running.currentVolume)
        }
        // ("Elite. Olympic hopeful. Fine, running casually for two years.": the joke, then the truth after "Fine,".)
        if asked == "running.experienceLevel", let truth = Self.truthAfterJoke.firstMatch(in: message), truth.start > 0 {
            message = message.utf16Slice(truth.end, message.utf16Length)
        }
        let extraction = read(message, expecting: asked)
        var restated: String?
        // ("About 15 km. Five kilometres, three mornings", then "Three, and aqua-aerobics on Tuesday." asked about experience:
        // the runs a week were heard in passing, so their question was passed over, and the runner answers it anyway. The
        // answer says what is on file already: say so, and ask the question asked again.)
        // (Only at the first asking, and not a count of days: "Three days, Monday, Wednesday and Friday", said when the
        // question is asked again, has moved on to the days.)
        // ("… that's just being forty-two", asked about pain, then "42. I just said that, didn't I?" asked the session limit: the
        // age again, not 42 minutes.)
        if let asked, let passed = state.passedOver, passed != asked, state.misses[asked, default: 0] == 0,
           extraction.fact(asked) == nil || passed == "physical.age" && !Self.timeUnit.matches(message.lowercased()),
           !Self.daysWord.matches(message.lowercased()),
           let known = onFile.value(atPath: passed).doubleValue, let again = read(message, expecting: passed).fact(passed),
           let question = questions.first(where: { $0.path == asked }) {
            state.passedOver = nil
            if again.value.doubleValue == known {
                // ("Fifty. Five foot four and nine stone twelve, before you ask.": the rest of the message is read as usual.)
                guard extraction.facts.contains(where: { $0.path != asked && $0.path != passed }) else {
                    return Turn(reply: "Yes, \(again.said). " + ask(question), state: state)
                }
                restated = passed
                notes.append("Yes, \(again.said).")
            }
            // ("About six k, a couple of times, and something longer at the weekend", then "Three times." asked about experience:
            // the runner's own answer to the question passed over puts the count heard in passing right; the question asked
            // comes again.)
            // (Only a count that opens the answer: "Before that nothing, only walking" is no count of runs.)
            if passed == "running.currentFrequency", extraction.fact(asked) == nil, (again.value.doubleValue ?? 0) >= 1,
               Self.countOpens.matches(message.lowercased()) {
                return Turn(facts: [again], note: nil, state: state)
            }
        }
        // ("Coming back from a navicular stress fracture" told with the goal, then "Serious, before. Racing most weekends … Right
        // now, coming back." asked the days: the experience, passed over, answered anyway; the days question comes again.)
        if let asked, state.passedOver == "running.experienceLevel", asked != "running.experienceLevel", state.misses[asked, default: 0] == 0,
           Self.levelOpens.matches(message.lowercased()), var again = read(message, expecting: "running.experienceLevel").fact("running.experienceLevel") {
            state.passedOver = nil
            // ("Before, I was fairly serious … Now I feel like a beginner again": new again after a break is a comeback.)
            if again.value == "beginner", message.lowercased().contains("again") {
                again = ExtractedFact(path: again.path, value: "returning", said: "returning to running")
            }
            return Turn(facts: [again], note: nil, state: state)
        }
        if asked?.hasPrefix("goals.") == true, extraction.fact("goals.raceDate") == nil,
           let match = FactExtractor.monthMentioned.firstMatch(in: message.lowercased()), let month = FactExtractor.month(match[1] ?? "") {
            state.raceMonth = month
        }
        if asked?.hasPrefix("running.") == true, !extraction.daysRunNow.isEmpty { state.daysRunNow = extraction.daysRunNow }
        var facts = extraction.facts
        let normalized = FactExtractor.normalize(message)
        // ("tue thu sat. weeknights after the kids r in bed", then "sat mornin" asked for the long-run day: the long run's
        // time of day, not the week's.)
        if asked == "schedule.longRunDay", profile.schedule.preferredTime != nil { facts.removeAll { $0.path == "schedule.preferredTime" } }
        // ("Saturday or Sunday, it doesn't matter to me": either will do, so the first named is the long-run day.)
        if asked == "schedule.longRunDay", !facts.contains(where: { $0.path == "schedule.longRunDay" }),
           Self.eitherWillDo.matches(normalized), let day = FactExtractor.eitherOr.firstMatch(in: normalized)?[1].flatMap(FactExtractor.weekday) {
            facts.append(ExtractedFact(path: "schedule.longRunDay", value: .string(day), said: "long runs on \(day.capitalized)"))
        }
        // (The answer passed over, said again with other facts: neither it nor the question asked is read from it.)
        if let restated, let asked { facts.removeAll { $0.path == restated || $0.path == asked } }
        // ("weekends + 1", then "sat sun. wed prob" asked for the long-run day: the days named complete the count, so they
        // are the running days, and the long-run day is asked again.)
        if asked == "schedule.longRunDay", let count = profile.schedule.availableDays, let days = profile.schedule.preferredDays, days.count < count,
           case let asDays = read(message, expecting: "schedule.preferredDays"),
           let listed = asDays.fact("schedule.preferredDays")?.value.arrayValue?.compactMap(\.stringValue), listed.count == count,
           Set(days.map(\.rawValue)).isSubset(of: Set(listed)) {
            facts = asDays.facts.filter { Self.dayListSlots.contains($0.path) }
        } else if asked == "schedule.longRunDay", let days = profile.schedule.preferredDays, days.count >= 3,
                  let listed = [read(message, expecting: "schedule.preferredDays"), read(message, expecting: "schedule.availableDays")]
                    .lazy.compactMap({ $0.fact("schedule.preferredDays")?.value.arrayValue?.compactMap(\.stringValue) }).first,
                  Set(listed) == Set(days.map(\.rawValue)), !FactExtractor.longRunCue.matches(normalized) {
            // ("Six. Tuesday is a 14-hour shift", then "Monday, and Wednesday through Sunday." asked the long-run day: the
            // days on file said again, and none of them picked out; the long-run question comes again. "… And the long one
            // always Saturday" picks it out.)
            facts.removeAll { Self.dayListSlots.contains($0.path) || $0.path == "schedule.longRunDay" }
        }
        // The answer can sit inside the runner's own question ("Is 50 minutes doable? That's what I want"):
        // when the statements alone do not answer the question asked, its slot reads the whole message.
        // Not for health slots: a question about a condition is no history of it.
        // The race named in the question comes with it ("Is a half marathon too ambitious? That's what I want").
        if let asked, typed != withQuestions, !HealthConsent.covers(asked), asked.hasPrefix("goals.") || !facts.contains(where: { $0.path == asked }) {
            var said = withQuestions
            if state.speaksFor { said = SpeakingFor.inRunnersVoice(said, name: profile.identity.name) }
            let whole = read(said, expecting: asked)
            if whole.fact(asked) != nil {
                // (Asked for the date or the time, "is that the half?" is a doubt, not a new distance.)
                // ("More km. I run 15 a week now. Can I get to 30 a week by the summer?": the week wished for, asked about.)
                var together: Set<String> = asked == "goals.goalType" || asked == "goals.raceDistance"
                    ? ["goals.goalType", "goals.raceDistance", "goals.raceDistanceLabel"] : []
                if asked == "goals.goalType" { together.insert("goals.targetVolume") }
                facts += whole.facts.filter { fact in
                    (fact.path == asked || together.contains(fact.path)) && !facts.contains { $0.path == fact.path }
                }
                // ("The Vivicittá in April — they have a half and a 10k, which is better for me? I think the 10k": the race
                // named in the question, unless its name says another distance.)
                if !together.isEmpty, !facts.contains(where: { $0.path == "goals.raceName" }), let name = whole.fact("goals.raceName"),
                   let km = facts.last(where: { $0.path == "goals.raceDistance" })?.value.doubleValue,
                   let text = name.value.stringValue, Self.raceName(text, for: km) == nil {
                    facts.append(name)
                }
            }
        }

        // "At the weekend" in answer to the long-run question is about the long run, not the running days.
        // A list of three or more days is the running days after all (checked against the earlier list below).
        if asked == "schedule.longRunDay", profile.schedule.preferredDays != nil {
            facts.removeAll { $0.path == "schedule.preferredDays" && ($0.value.arrayValue?.count ?? 0) < 3 }
            // ("Sunday. Saturday I've got to be at the markets by eight": a running day on file ruled out for the long run
            // only stays a running day.)
            let running = Set(profile.schedule.preferredDays?.map(\.rawValue) ?? [])
            if let index = facts.firstIndex(where: { $0.path == "schedule.blockedDays" }), let blocked = facts[index].value.arrayValue?.compactMap(\.stringValue),
               blocked.contains(where: running.contains) {
                let left = blocked.filter { !running.contains($0) }
                if left.isEmpty { facts.remove(at: index) } else {
                    facts[index] = Self.blockedDaysFact(left)
                }
            }
        }
        // "Whichever. Only not Sunday — that is Mass": no fixed days, said beside a day ruled out, answers the question too.
        // ("No fixed days. We rotate days, arvos and nights": with a time of day said too.)
        if asked == "schedule.preferredDays", !facts.contains(where: { $0.path == "schedule.preferredDays" }),
           facts.contains(where: { $0.path == "schedule.blockedDays" }) || facts.contains(where: { $0.path == "schedule.preferredTime" })
               && facts.allSatisfy({ ["schedule.blockedDays", "schedule.preferredTime"].contains($0.path) }),
           Replies.noFixedDays.matches(message.lowercased()) {
            facts.append(ExtractedFact(path: "schedule.preferredDays", value: .array([]), said: "no fixed days (I'll spread the runs through the week)"))
        }
        // "Two hours on weekdays. Weekends have no limit": in answer to the session limit, days named are
        // about time, not which days suit.
        // The same in answer to a health question ("sore shins after Tuesday's run").
        // And in answer to the race date ("the last Sunday in October, the bank holiday weekend").
        if asked == "schedule.maxSessionDurationMinutes" || asked == "goals.raceDate" || asked.map(HealthConsent.covers) == true {
            facts.removeAll { Self.dayListSlots.contains($0.path) }
        }
        // "Like I said, the same 4 days", "Same as I do now, plus Sunday", asked which days: the days run now (said
        // before, asked how often), with any named now added.
        // ("Tuesday, Thursday and Saturday like now, and Sunday": the days named are the same ones; nothing to add.)
        let lowered = message.lowercased()
        if asked == "schedule.availableDays" || asked == "schedule.preferredDays", !state.daysRunNow.isEmpty,
           let same = Self.sameDaysCue.firstMatch(in: lowered),
           !Self.daysJustBefore.matches(lowered.utf16Slice(max(0, same.start - 24), same.start)) {
            let named = facts.first { $0.path == "schedule.preferredDays" }?.value.arrayValue?.compactMap(\.stringValue) ?? []
            let blocked = Set(facts.first { $0.path == "schedule.blockedDays" }?.value.arrayValue?.compactMap(\.stringValue) ?? [])
            let days = FactExtractor.weekdays.filter { (state.daysRunNow.contains($0) || named.contains($0)) && !blocked.contains($0) }
            facts.removeAll { $0.path == "schedule.preferredDays" }
            facts.append(ExtractedFact(path: "schedule.preferredDays", value: .array(days.map { .string($0) }),
                                       said: days.map(\.capitalized).joined(separator: ", ")))
            if !facts.contains(where: { $0.path == "schedule.availableDays" }) {
                facts.append(ExtractedFact(path: "schedule.availableDays", value: .number(Double(days.count)), said: FactExtractor.sayDaysAvailable(days.count)))
            }
        }
        // ("Sunday mornings I take my mother to mass", then asked which days: "Monday, Tuesday, Thursday and Sunday"): a day
        // named to run on is no longer ruled out.
        if asked == "schedule.preferredDays" || asked == "schedule.availableDays",
           let named = facts.last(where: { $0.path == "schedule.preferredDays" })?.value.arrayValue?.compactMap(\.stringValue),
           !facts.contains(where: { $0.path == "schedule.blockedDays" }),
           let blocked = profile.schedule.blockedDays?.map(\.rawValue), blocked.contains(where: named.contains) {
            let left = blocked.filter { !named.contains($0) }
            facts.append(Self.blockedDaysFact(left))
        }
        // "Probably 4 days a week", asked which days, is the days free, not the runs done now (asked before).
        if asked == "schedule.availableDays", profile.running.currentFrequency != nil { facts.removeAll { $0.path == "running.currentFrequency" } }
        // ("The right Achilles … a tendinopathy", then asked what hurts now, "Yes, now it is there again, sore since Saturday":
        // "it" is the one injury told before.)
        if asked == "health.currentPain", !facts.contains(where: { $0.path == "health.currentPain" }),
           Self.itIsBack.matches(message.lowercased()), let injuries = profile.health.pastInjuries, injuries.count == 1,
           let part = FactExtractor.bodyParts.first(where: { injuries[0].contains($0.0) })?.0 {
            facts.append(ExtractedFact(path: "health.currentPain", value: .array([.string(part)]), said: "some pain in your \(part)"))
        }
        // "One time, shin pain. Doctor says shin splints. In 2023.", asked about past injuries: history, no pain now,
        // unless the runner says it is now ("and my knee is still sore").
        if asked == "health.pastInjuries", !Self.painNowCue.matches(message.lowercased()), Self.painPastCue.matches(message.lowercased()) {
            facts.removeAll { $0.path == "health.currentPain" && !($0.value.arrayValue ?? []).isEmpty }
        }
        // "is 1:50 realistic?", "would sub 4 be realistic for a first marathon?": asked back, not yet a target (or a new goal).
        if asked == "goals.targetTime", Replies.onlyAsks(withQuestions) { facts.removeAll { $0.path.hasPrefix("goals.") } }
        // "42 km — a training marathon in October", asked for the longest run, is no new goal.
        if asked == "running.longestRecentRun" { facts.removeAll { $0.path.hasPrefix("goals.") } }
        // "Some 10k races and one half marathon in Papeete, 2:02", asked about running so far with the goal on file: races
        // run, not a new goal (unless the runner says they now want one).
        if asked == "running.experienceLevel", profile.goals.goalType != nil, !Self.newGoalWords.matches(message.lowercased()) {
            facts.removeAll { $0.path.hasPrefix("goals.") }
        }
        // "My hamstrings are tight on a Monday after the long run" is about the body, not the long-run day.
        // Nor are "stiff hands in the mornings" a time to run.
        if asked.map(HealthConsent.covers) == true { facts.removeAll { $0.path == "schedule.longRunDay" || $0.path == "schedule.preferredTime" } }
        // In answer to the name question the reply's own reading wins ("hi im Sam" is Sam, "Skip" is no name).
        if asked == "identity.name" { facts.removeAll { $0.path == "identity.name" } }
        let called = facts.first { $0.path == "identity.preferredName" }?.value.stringValue
        let ownCallMe = Self.callMe.matches(typed.lowercased()) && !Self.callMeIdiom.matches(typed.lowercased())
        // ("Hello, my name Nguyễn Thị Lan, you call me Lan is OK": the name to use, when the full one is not read.)
        if let given = Replies.name(in: typed, expecting: asked) ?? (asked == "identity.name" && ownCallMe ? called : nil),
           !facts.contains(where: { $0.path == "identity.name" }) {
            // The name the coach will use, as the question asks for it: "Travis Wade" is Travis, and "Josianne, but
            // call me Josie" or "Yevgenia, but everybody calls me Zhenya" is the name they go by.
            // (A name the runner states as theirs wins over a "call me" read in passing: "at work they call me Tank, I'm Colin";
            // not over the runner's own "call me Lan".)
            let stated = asked == "identity.name" ? StatedName.read(typed) : nil
            // ("call me D.J.": the name as typed when it begins with what was read.)
            let askedToBeCalled = ownCallMe && called.map { !given.hasPrefix($0) } == true
            let name = (askedToBeCalled ? called : nil) ?? stated ?? called ?? Replies.calledName(in: typed, given: given, expecting: asked)
            facts.append(ExtractedFact(path: "identity.name", value: .string(name), said: "you're \(name)"))
        }
        if let asked, !facts.contains(where: { $0.path == asked }), let affirmed = extraction.affirmed,
           let field = try? RunnerField.named(asked), field.kind == .boolean {
            facts.append(ExtractedFact(path: asked, value: .bool(affirmed), said: affirmed ? "yes" : "no"))
        }

        // "30k a week. No wait, … more like 22 now": within one answer, what follows the last correction wins.
        // Not for lists of days, whose parser reads a swap itself ("Tue, Thu and Sun. Sorry, not Thursday,
        // Wednesday instead"): the words after "sorry" alone are not the whole list.
        let correcting = Replies.isCorrection(message)
        // ("27. No, 28 … 168 cm and 61 kg. Well, 63 after the birthday cake": a correction whose figure was read for a body
        // measure, the weight, puts right that one; the one before it puts right this answer.)
        let figureOfAnother = { (tail: String) in
            Self.bareFigures.firstMatch(in: tail).flatMap { Double($0[1] ?? "") }.map { value in
                facts.contains { $0.path != state.asked && $0.path.hasPrefix("physical.") && $0.value.doubleValue == value }
            } ?? false
        }
        if correcting, let asked, facts.contains(where: { $0.path == asked }), !Self.dayListSlots.contains(asked), asked != "goals.raceDate",
           case let lower = message.lowercased(),
           // ("I'm 36. Sorry, 35 — 36 is my husband. I'm 36 in January": an age put right at once is read as such already.)
           !(asked == "physical.age" && AgeAnswer.agePutRight.matches(FactExtractor.normalize(lower))),
           let cue = Replies.correction.matches(in: lower).last(where: { cue in
               !figureOfAnother(Replies.withoutCorrection(FactExtractor.normalize(lower.utf16Slice(cue.end, lower.utf16Length))))
           }), cue.start > 0 {
            // (Read as normalised, so "three forty-five" after "I'm kiddin masel" is a figure too.)
            var tail = Replies.withoutCorrection(FactExtractor.normalize(lower.utf16Slice(cue.end, lower.utf16Length)))
            // "Twenty-five miles a week. Hold on … averaged 21. Call it 21": a bare figure keeps the unit it corrects.
            if asked == "running.currentVolume" || asked == "running.longestRecentRun", Self.mentionsMiles(lower.utf16Slice(0, cue.start)),
               !Self.mentionsMiles(tail), tail.range(of: #"\b(?:k|km|kms|kilomet\w*)\b"#, options: .regularExpression) == nil {
                tail = Self.bareFigures.replacing(in: tail) { match in (match[1] ?? "") + " miles" }
            } else if asked == "running.currentVolume" || asked == "running.longestRecentRun", !Self.mentionsMiles(tail),
                      FactExtractor.normalize(lower.utf16Slice(0, cue.start)).range(of: #"\d\s*(?:k|km|kms|kilomet\w*)\b"#, options: .regularExpression) != nil,
                      tail.range(of: #"\b(?:k|km|kms|kilomet\w*)\b"#, options: .regularExpression) == nil {
                // ("Sixteen k. No, that was October. Last Sunday I did 18": a bare figure keeps the kilometres too.)
                // ("My Strava says 94 km for November. Hang on, that includes a hike. Running only, about 80": and the month.)
                let month = asked == "running.currentVolume" && Self.monthFigure.matches(FactExtractor.normalize(lower.utf16Slice(0, cue.start)))
                    && !FactExtractor.weekWord.matches(FactExtractor.normalize(lower))
                tail = Self.bareFigures.replacing(in: tail) { match in (match[1] ?? "") + (month ? " km a month" : " km") }
            }
            // "52. Oh hold on, my birthday was last week, 53": the value ends the correction.
            // (A decimal point ends no part: "Wait, 15 - the app says 15.2" ends on 15.2.)
            let lastPart = tail.replacingOccurrences(of: #"\.(?!\d)"#, with: ",", options: .regularExpression)
                // ("No, 41 — I had my birthday in November. My son is 14, my daughter 11": not a part about someone else.)
                .components(separatedBy: CharacterSet(charactersIn: ",;")).last { $0.contains(where: \.isNumber) && !Self.othersPart.matches($0) }
            // "Saturday. And oops, I meant Tuesdays not Thursdays": a swap of another day than the one just
            // given corrects the list of running days, not this answer.
            let given = facts.first { $0.path == asked }?.value.stringValue
            let swapsAnother = asked == "schedule.longRunDay" && FactExtractor.daySwap(in: tail).map { $0.old != given } == true
            // ("No, the round-the-bays recce a fortnight ago was 18": the figure the correction ends on.)
            let figure = Self.trailingFigure.firstMatch(in: tail)?[1]
            // ("Four times. Well, five with the Thursday run club, but that is more Spritzer than running. Four.": a
            // figure alone as the last sentence is the one settled on.)
            // ("… that's ten miles. Ten.": the bare figure in the unit the answer is in.)
            let settledFigure = figure.map { figure in
                (asked == "running.currentVolume" || asked == "running.longestRecentRun") && Self.mentionsMiles(lower)
                    && figure.allSatisfy({ $0.isNumber || $0 == "." }) ? figure + " miles" : figure
            }
            let settled = Self.figureSentence.matches(tail) ? settledFigure.flatMap({ read($0, expecting: asked).fact(asked) }) : nil
            // ("A stress fracture …, the third metatarsal. Sorry, the second. The second metatarsal.": a detail of the same
            // injury put right, not another injury.)
            let refinesSame = given == nil && facts.first { $0.path == asked }?.value.arrayValue.map { items in
                let said = items.compactMap(\.stringValue).joined(separator: " ")
                return !said.isEmpty && tail.split(whereSeparator: { !$0.isLetter }).contains { $0.count >= 5 && said.contains($0) }
            } == true
            // ("My right heel, a little … Since maybe ten days... no, two weeks": a date put right leaves the heel; only a
            // "none" said outright empties a list.)
            // ("… plantar fasciitis, last year. No wait, that was 2023": when it was put right, not what.)
            let whenPutRight = Self.whenNotWhat.matches(tail)
                // ("The left knee, a meniscus tear in 2015. Sorry, the right knee. And I broke two fingers": the side put right.)
                || Self.sideNotWhat.matches(tail)
            let emptiedByTheWay = { (fact: ExtractedFact) in
                fact.value.arrayValue?.isEmpty == true && facts.first { $0.path == asked }?.value.arrayValue?.isEmpty == false
                    && !FactExtractor.noneAnswer.matches(tail) && !Self.noneToThis.matches(tail)
                    // ("… Ah no, sorry, that was last week. It's grand now, nothing at all": said to be over.)
                    && !FactExtractor.painOver.matches(tail) && !FactExtractor.noPain.matches(tail) && !Self.nothingAtAll.matches(tail)
                    // ("… lower back. Actually no, it's stiffness from standing at the counter, it doesn't hurt.")
                    && !FactExtractor.saidNotPain.matches(tail)
                    && !(asked == "health.currentPain" && FactExtractor.notPainWords.matches(tail) && !FactExtractor.hurts(tail))
            }
            // ("25k a week, more like 35 in the summer": another season's week puts nothing right.)
            let anotherSeason = asked == "running.currentVolume" && WeekFigures.datedElsewhere.matches(tail)
            if !swapsAnother, !refinesSame, !anotherSeason, !(whenPutRight && asked == "health.pastInjuries"), let fact = settled ?? read(tail, expecting: asked).fact(asked)
                ?? lastPart.flatMap({ read($0, expecting: asked).fact(asked) }) ?? figure.flatMap({ read($0, expecting: asked).fact(asked) }),
               !emptiedByTheWay(fact) {
                facts.removeAll { $0.path == asked }
                // "I'm doing the London Marathon. Nah, I'm telling porkies … Just fitness": the race taken back goes too.
                if asked == "goals.goalType", fact.value.stringValue != "race" {
                    facts.removeAll { ["goals.raceDistance", "goals.raceDistanceLabel", "goals.raceName", "goals.raceDate", "goals.targetTime"].contains($0.path) }
                }
                facts.append(fact)
            }
        }
        // "Saturday. And oops, I meant Tuesdays not Thursdays": the swap corrects the running days on file.
        if correcting, !facts.contains(where: { $0.path == "schedule.preferredDays" }), let swap = FactExtractor.daySwap(in: message.lowercased()),
           let days = profile.schedule.preferredDays?.map(\.rawValue), days.contains(swap.old), !days.contains(swap.new),
           // ("Sunday, sorry, Sunday not Saturday", asked for the long run, corrects that answer.)
           facts.first(where: { $0.path == "schedule.longRunDay" })?.value.stringValue != swap.new {
            facts.append(Self.swapping(swap, in: days))
        }
        // "Sorry, more like 35": a bare correction of the previous answer. Only when the message does not
        // answer the question just asked ("Saturday. Scratch that, Sunday" corrects itself, not the answer before).
        // ("nah rather not", asked for consent: the no answers the consent, it puts nothing before it right.)
        if correcting, asked.map({ asked in !facts.contains { $0.path == asked } }) ?? true,
           asked != "legal.healthConsentAt" || Replies.consent(message, typed: rawMessage) == nil {
            let answer = Replies.withoutCorrection(message)
            // A number close to the previous answer corrects it ("32", then "Sorry, more like 35"); one far from
            // it answers this question after all ("30k a week", then "sorry, 4" to the runs question).
            let previousCorrected = state.previousAsked.flatMap { previous -> ExtractedFact? in
                guard let old = onFile.value(atPath: previous).doubleValue, old > 0,
                      let fact = read(answer, expecting: previous).fact(previous),
                      let new = fact.value.doubleValue, new != old, (0.67...1.5).contains(new / old) else { return nil }
                return fact
            }
            if let fact = previousCorrected, !facts.contains(where: { $0.path == fact.path }) {
                facts.append(fact)
            } else if let asked, let fact = read(answer, expecting: asked).fact(asked) {
                facts.append(fact) // "sorry, 4": the answer to this question after all
            } else if let previous = state.previousAsked, facts.isEmpty, // "make the target 52" names what it corrects
                      let fact = read(answer, expecting: previous).fact(previous),
                      !onFile.value(atPath: previous).isNull {
                facts.append(fact)
            }
        }

        // The earlier answers put right beside this one, read by their own fields' readers; a correction needs no read-back.
        var lateCorrected: Set<String> = []
        // ("I said Tuesday before — please change it to Monday": a running day on file swapped for another.)
        if asked.map({ !Self.dayListSlots.contains($0) }) ?? true,
           let swap = LateCorrection.daySwap(in: withQuestions), let days = profile.schedule.preferredDays?.map(\.rawValue),
           days.contains(swap.old), !days.contains(swap.new) {
            facts.removeAll { Self.dayListSlots.contains($0.path) }
            facts.append(Self.swapping(swap, in: days))
            lateCorrected.insert("schedule.preferredDays")
            if profile.schedule.longRunDay?.rawValue == swap.old {
                facts.removeAll { $0.path == "schedule.longRunDay" }
                facts.append(ExtractedFact(path: "schedule.longRunDay", value: .string(swap.new), said: "long runs on \(swap.new.capitalized)"))
                lateCorrected.insert("schedule.longRunDay")
            }
        }
        for found in late {
            guard let fact = read(found.text, expecting: found.slot).fact(found.slot) else { continue }
            facts.removeAll { $0.path == found.slot }
            facts.append(fact)
            lateCorrected.insert(found.slot)
        }

        // A form pasted in one go ("Name: Max", "Age: 40", "Max on a workday: 60 min"): each labelled line
        // answers its own question, read by that slot's parser; it wins over the whole message's reading.
        let form = LabelledAnswers.slots(in: typed)
        for (slot, value) in form {
            var heard: [ExtractedFact]
            if slot == "identity.name" {
                heard = Replies.name(in: value, expecting: slot).map { given in
                    let name = Replies.calledName(in: value, given: given, expecting: slot)
                    return [ExtractedFact(path: slot, value: .string(name), said: "you're \(name)")]
                } ?? []
            } else {
                heard = read(value, expecting: slot).facts
                // ("Goal: Berlin Marathon, 27 September 2027, sub 3:30": a goal line says its race's facts too.)
                if !slot.hasPrefix("goals.") { heard.removeAll { $0.path.hasPrefix("goals.") } }
            }
            for fact in heard {
                facts.removeAll { $0.path == fact.path }
                facts.append(fact)
            }
        }

        // One missed answer must not shift the rest of the interview. A message that says nothing
        // the asked slot or any other slot's specific patterns understand is read, with high recall,
        // as the answer to the next open question: the runner answered what they expected to be
        // asked next (or the question before was answered earlier in a way that was missed).
        // Not for yes/no or "no answer" replies, which say nothing about another slot.
        var movedOn = false
        // ("Four days. Monday, Wednesday, Friday and Saturday. Tuesdays and Thursdays I got my grandson", after an
        // experience answer that was missed, answers the days question even though its ruled-out days were heard anyway.)
        // (Not for health answers: pain now said to the injuries question is the same topic, asked again.)
        if let asked, facts.isEmpty || !HealthConsent.covers(asked) && !facts.contains(where: { $0.path == asked }),
           !extraction.skipped, extraction.affirmed == nil, !correcting, form.isEmpty,
           !["identity.name", "legal.healthConsentAt"].contains(asked),
           Replies.leadingYesOrNo(message) == nil, !Replies.declines(message),
           // ("None. … Really no fixed days": an answer to the days question, read below.)
           !(asked == "schedule.preferredDays" && Replies.noFixedDays.matches(message.lowercased())),
           // ("Wala po, basta matapos", asked a finish time: "none, just finish" answers it, and is no week of 0 km.)
           !Self.noneToThis.matches(FactExtractor.normalize(message)),
           let next = nextOpenSlot(after: asked, profile: profile, state: state),
           // (Days ruled out belong to the days question: "mon wed fri sun. tues n thurs i work doubles", asked the level.)
           facts.allSatisfy({ fact in
               let path = fact.path == "schedule.blockedDays" ? "schedule.availableDays" : fact.path
               return (questions.firstIndex { $0.path == path } ?? -1) >= (questions.firstIndex { $0.path == next } ?? Int.max)
           }) {
            let asNext = read(message, expecting: next)
            // ("There are no fixed days, the roster moves every two weeks", after the long-run question, is no "no injuries":
            // a "none" read ahead must be said of that question's topic, or be short.)
            let noneAboutOther = asNext.fact(next)?.value.arrayValue?.isEmpty == true && message.split(separator: " ").count > 5
                && !(Self.noneTopic[next]?.matches(message.lowercased()) ?? false)
            if asNext.fact(next) != nil, !noneAboutOther {
                facts = asNext.facts + facts.filter { fact in !asNext.facts.contains { $0.path == fact.path } }
                movedOn = true
            }
        }

        // "*Brighton lol stupid autocorrect": a starred word mends a misspelt word in the race name or the name.
        let mended = Self.starredFix(message, profile: profile)
        for fact in mended { facts.removeAll { $0.path == fact.path }; facts.append(fact) }

        // Named running days are also how many days there are ("Mon, Wed, Fri and Sun" is 4), unless
        // the runner gave a count of their own; a count already on file stays. One day named in passing
        // ("parkrun on a Saturday") is no count.
        // A count that only mirrored the earlier list follows a longer one ("Tue, Thu and Sat" said of the runs
        // now, then "four days at most: Tue, Thu, Sat and Sun").
        let countFollowsList = profile.schedule.availableDays == nil || profile.schedule.availableDays == profile.schedule.preferredDays?.count
        if countFollowsList, !facts.contains(where: { $0.path == "schedule.availableDays" }),
           let days = facts.first(where: { $0.path == "schedule.preferredDays" })?.value.arrayValue,
           days.count > profile.schedule.availableDays ?? 0,
           days.count >= 2 || asked?.hasPrefix("schedule.") == true {
            facts.append(ExtractedFact(path: "schedule.availableDays", value: .number(Double(days.count)),
                                       said: FactExtractor.sayDaysAvailable(days.count)))
        }

        // Consent.
        var consent: Bool?
        var volunteered = false
        // (Read on the message as typed, emoji and all: "👍" agrees, "👎" refuses. The extractor's yes or no only for a
        // short reply that leaves nothing open: "I ran 10k yesterday in 52 minutes" answers nothing, "hmm not sure" is no yes.)
        if asked == "legal.healthConsentAt",
           let affirmed = Replies.consent(message, typed: rawMessage)
            ?? (message.split(separator: " ").count <= 4 && !Replies.leftOpen(message, typed: rawMessage) ? extraction.affirmed : nil) {
            consent = affirmed
        } else if HealthConsent.status(of: profile) == .declined, Replies.grantsConsentAfterAll(message) {
            // "No, I think no", then "Sorry, I read it again … Then yes, it is okay, you can keep it": a change of
            // mind said outright gives the consent after all.
            consent = true
        } else if asked != "legal.healthConsentAt", HealthConsent.status(of: profile) == .notAsked, let said = VolunteeredConsent.read(withQuestions) {
            // "… Had shin splints in 2022. And yes, you can keep my health info": the answer, given before the question.
            // What it means is said back, as the question would have said it.
            consent = said
            volunteered = true
            if said {
                notes.append("You said I may keep your health details: I'll store them on this computer and nowhere else "
                    + "(say so any time if you change your mind).")
            }
        }
        let status = consent.map { $0 ? HealthConsent.Status.given : .declined } ?? HealthConsent.status(of: profile)
        let health = facts.filter { HealthConsent.covers($0.path) }
        facts.removeAll { HealthConsent.covers($0.path) }
        switch status {
        case .given:
            facts = (consent == true ? state.held : []) + facts + health
            state.held = []
        case .declined:
            if !health.isEmpty {
                notes.append("As you asked, I haven't kept the health details (\(Self.list(health.map(\.said)))).")
            }
            state.held = []
        case .notAsked:
            for fact in health {
                state.held.removeAll { $0.path == fact.path }
                state.held.append(fact)
            }
        }
        if extraction.skipped, let asked { state.skipped.insert(asked) }
        var weekWorkedOut = false
        // ("About five miles a run." then "Three times.": one run's distance, then the runs, make the week.)
        // (Only with no count in the answer: "five outings, about 5 km each" is the week already.)
        if asked == "running.currentVolume", let km = facts.first(where: { $0.path == "running.currentVolume" })?.value.doubleValue,
           !facts.contains(where: { $0.path == "running.currentFrequency" }), !Self.countAndRun.matches(message.lowercased()),
           Self.perRunSaid.matches(message.lowercased()), !Self.weekSaid.matches(message.lowercased()) {
            if let runs = profile.running.currentFrequency.map(Double.init) {
                if runs > 1 {
                    facts.removeAll { $0.path == "running.currentVolume" }
                    facts.append(Self.weekOfRuns(km, runs))
                }
            } else {
                state.perRunKm = km
                facts = facts.map { $0.path == "running.currentVolume"
                    ? ExtractedFact(path: $0.path, value: $0.value, said: "\(FactExtractor.plain(km)) km a run (the week, once I know how many runs)") : $0 }
            }
        } else if asked == "running.currentFrequency", let km = state.perRunKm, profile.running.currentVolume == km,
                  let runs = facts.first(where: { $0.path == "running.currentFrequency" })?.value.doubleValue, runs > 1,
                  !facts.contains(where: { $0.path == "running.currentVolume" }) {
            facts.append(Self.weekOfRuns(km, runs))
            weekWorkedOut = true
        }
        if asked != "running.currentVolume" { state.perRunKm = nil }
        // ("I've entered the 10k at the Busselton fun run …, no time goal, I just want to finish": the finish time said to be
        // none before it is asked is not asked.)
        if asked != "goals.targetTime", profile.goals.goalType == .race || facts.contains(where: { $0.path == "goals.goalType" && $0.value == "race" }),
           !facts.contains(where: { $0.path == "goals.targetTime" }), Self.noTimeGoal.matches(message.lowercased()) {
            state.skipped.insert("goals.targetTime")
        }

        // "The Rotterdam half marathon. Wait, I switched to the full": the name follows the distance.
        if let km = facts.last(where: { $0.path == "goals.raceDistance" })?.value.doubleValue,
           let name = facts.last(where: { $0.path == "goals.raceName" })?.value.stringValue ?? profile.goals.raceName,
           let renamed = Self.raceName(name, for: km), renamed != name {
            facts.removeAll { $0.path == "goals.raceName" }
            facts.append(ExtractedFact(path: "goals.raceName", value: .string(renamed), said: "the \(renamed)"))
        }

        // Never replace an answer silently: read the change back unless the runner said it corrects.
        let document = onFile
        // Injuries and days ruled out add up: "a tibial stress fracture" with the goal, then "plantar fasciitis
        // as well" asked for injuries, is both (a correction replaces the list).
        // (A correction of the running days keeps a day ruled out before unless it is named free now: "Not the Friday",
        // then "Monday, Tuesday, … Wait — Tuesday I have the football" rules out both.)
        let freeNow = Set(facts.first { $0.path == "schedule.preferredDays" }?.value.arrayValue ?? [])
        for path in ["health.pastInjuries", "schedule.blockedDays"] where !correcting || path == "schedule.blockedDays" {
            guard var earlier = document.value(atPath: path).arrayValue, !earlier.isEmpty else { continue }
            // (A day named free now is no longer ruled out, correcting or not.)
            if correcting || path == "schedule.blockedDays" { earlier.removeAll { freeNow.contains($0) } }
            facts = facts.map { fact in
                guard fact.path == path, let new = fact.value.arrayValue, !new.isEmpty else { return fact }
                var merged = earlier + new.filter { !earlier.contains($0) }
                if path == "schedule.blockedDays" {
                    merged = FactExtractor.weekdays.filter { merged.contains(.string($0)) }.map { .string($0) }
                }
                return ExtractedFact(path: fact.path, value: .array(merged), said: fact.said)
            }
        }
        var changes: [(ExtractedFact, JSONValue)] = []
        facts = facts.filter { fact in
            let old = document.value(atPath: fact.path)
            // Naming some of the days said before ("any day but Friday", then "Mon, Tue and Sat") says which
            // suit best rather than contradicting it: taken without a read-back (the days available stay).
            // So is a list that keeps every day said before and adds some ("parkrun on a Saturday", then five days).
            if fact.path == "schedule.preferredDays", let new = fact.value.arrayValue.map({ Set($0.compactMap(\.stringValue)) }),
               let previous = old.arrayValue.map({ Set($0.compactMap(\.stringValue)) }), new.isSubset(of: previous) || previous.isSubset(of: new) {
                return true
            }
            // A count that only mirrored the days said before follows a longer list that keeps them
            // ("Tue, Thu and Sat" said of the runs now, then "four days at most: Tue, Thu, Sat and Sun").
            if fact.path == "schedule.availableDays", let earlier = profile.schedule.preferredDays, old.doubleValue == Double(earlier.count),
               let listed = facts.first(where: { $0.path == "schedule.preferredDays" })?.value.arrayValue?.compactMap(\.stringValue),
               Set(earlier.map(\.rawValue)).isSubset(of: Set(listed)), fact.value.doubleValue == Double(listed.count) {
                return true
            }
            if ["health.pastInjuries", "schedule.blockedDays"].contains(fact.path), let new = fact.value.arrayValue, let previous = old.arrayValue,
               previous.allSatisfy(new.contains) {
                return true
            }
            // ("… the Fredericton Marathon weekend", then "under two and a half hours … for a first half": the event's half is the
            // same race, named for its distance.)
            if fact.path == "goals.raceName", let new = fact.value.stringValue?.lowercased(), let was = old.stringValue?.lowercased(),
               new.replacingOccurrences(of: "half ", with: "") == was.replacingOccurrences(of: "half ", with: "") {
                return true
            }
            // "Haven't seen a doctor" about a new pain, after a clearance for something else: the cautious value is taken
            // at once (a read-back could leave a red flag cleared).
            if fact.path == "health.hasPhysicianClearance", fact.value == .bool(false) { return true }
            // (The week worked out from one run's distance said before and the runs said now puts nothing said before right.)
            if fact.path == "running.currentVolume", weekWorkedOut { return true }
            // The days question asks for the count and the days at once: both answer it.
            let answersAsked = fact.path == asked || asked.map { Self.dayListSlots.contains($0) && Self.dayListSlots.contains(fact.path) } == true
            guard !old.isNull, old != fact.value, !answersAsked, !correcting, !lateCorrected.contains(fact.path), !mended.contains(where: { $0.path == fact.path }),
                  fact.path != "goals.raceDistanceLabel", fact.path != "identity.name" else { return true }
            changes.append((fact, old))
            return false
        }
        if !changes.isEmpty {
            let labels = facts.filter { $0.path == "goals.raceDistanceLabel" }
            let moved = changes.map(\.0)
            if moved.contains(where: { $0.path == "goals.raceDistance" }) { facts.removeAll { $0.path == "goals.raceDistanceLabel" } }
            state.pendingChanges = moved + (moved.contains { $0.path == "goals.raceDistance" } ? labels : [])
            let readBack = changes.map { fact, old in
                "you said \(ProfileSummary.spoken(old, path: fact.path, imperial: state.imperial)) for \(Self.fieldName(fact.path)) earlier, "
                    + "change it to \(fact.said)"
            }
            notes.append("Just to check: " + readBack.joined(separator: "; ") + "? (Say yes to change it; otherwise I'll keep what you said before.)")
        }

        let note = notes.isEmpty ? nil : notes.joined(separator: " ")
        var missCounted = false
        if let asked {
            if consent != nil && !volunteered || answers(asked, facts + health, profile) {
                state.answered(asked)
            } else if !extraction.skipped, !["identity.name", "legal.healthConsentAt"].contains(asked) {
                // The runner answered a later question instead: this one comes back at the end (once)
                // rather than taking the next answers for itself. A message about an earlier question
                // (one that was not asked, or a correction) leaves it in place, asked again once.
                let index = questions.firstIndex { $0.path == asked } ?? questions.count
                // Pain now in answer to the injuries question is the same topic: the history is asked
                // again at once ("my knee's been sore lately" says nothing about injuries before).
                let later = facts.contains { fact in
                    (questions.firstIndex { $0.path == fact.path }).map { $0 > index } == true
                        && document.value(atPath: fact.path).isNull
                        && !(asked == "health.pastInjuries" && fact.path == "health.currentPain")
                }
                // ("Monday, Wednesday and Saturday. Three is enough at my age, I am 80", asked the long-run day: the days
                // answer put right, with a later answer in passing; the question stays, asked again once.)
                let earlier = facts.contains { fact in (questions.firstIndex { $0.path == fact.path }).map { $0 < index } == true }
                if movedOn || later && !earlier {
                    moveOn(from: asked, state: &state)
                } else if !correcting, !facts.isEmpty || !health.isEmpty || !state.pendingChanges.isEmpty {
                    missCounted = true
                    state.misses[asked, default: 0] += 1
                    if state.misses[asked, default: 0] >= 2 || state.deferredOnce.contains(asked) { moveOn(from: asked, state: &state) }
                }
            }
        }
        if !facts.isEmpty || consent != nil {
            return Turn(facts: facts, consent: consent, note: note, state: state)
        }
        if !state.pendingChanges.isEmpty { return Turn(reply: (note ?? "") + "\n\n" + nextQuestion(profile: profile, state: &state), state: state) }
        let lead = note.map { $0 + " " } ?? ""
        if !health.isEmpty, status == .notAsked {
            // Held for consent: say so rather than "didn't catch that".
            return Turn(reply: lead + "Thanks, I'll note that once you've said I may keep health details. "
                            + nextQuestion(profile: profile, state: &state), state: state)
        }
        if extraction.skipped { return Turn(reply: lead + "Fine, we'll skip that. " + nextQuestion(profile: profile, state: &state), state: state) }
        let question = questions.first { $0.path == asked }
        if let asked, let question, !question.required,
           extraction.affirmed == false || Replies.leadingYesOrNo(message) == false || Replies.declines(message) {
            state.skipped.insert(asked)
            return Turn(reply: lead + "Fine, we'll leave that out. " + nextQuestion(profile: profile, state: &state), state: state)
        }
        if asked == "schedule.preferredDays", Replies.noFixedDays.matches(message.lowercased()) {
            state.skipped.insert("schedule.preferredDays")
            // "Depends on the gig calendar": no fixed days is an answer, an empty list (the plan spreads the runs).
            state.answered("schedule.preferredDays")
            return Turn(facts: [ExtractedFact(path: "schedule.preferredDays", value: .array([]),
                                              said: "no fixed days (I'll spread the runs through the week)")], note: lead.isEmpty ? nil : lead, state: state)
        }
        if asked == "health.pastInjuries" || asked == "health.currentPain", status == .declined {
            state.skipped.insert(asked!)
            return Turn(reply: lead + nextQuestion(profile: profile, state: &state), state: state)
        }
        // A question is asked again once, saying what was not understood; after a second miss the
        // interview moves on (a required question comes back once at the end; any later message
        // can still answer it). Never a loop.
        if let asked, let question, !state.skipped.contains(asked), !state.deferred.contains(asked) {
            if !missCounted { state.misses[asked, default: 0] += 1 }
            if state.misses[asked, default: 0] >= 2 || state.deferredOnce.contains(asked) {
                moveOn(from: asked, state: &state)
                return Turn(reply: lead + "Let's leave \(Self.fieldName(asked)) for now; you can tell me any time. "
                                + nextQuestion(profile: profile, state: &state), state: state)
            }
            if missCounted { return Turn(reply: lead + ask(question), state: state) }
            let what = ProfileSummary.names[asked].map { "I didn't catch \($0) there" } ?? "I didn't catch that"
            return Turn(reply: lead + "Sorry, \(what). " + ask(question), state: state)
        }
        let sorry = missCounted || asked != nil ? "" : "Sorry, I didn't catch that. "
        return Turn(reply: lead + sorry + nextQuestion(profile: profile, state: &state), state: state)
    }

    /// Leaves a question for later: a required one comes back once after the others, an optional
    /// one (or one already brought back) is not asked again.
    func moveOn(from path: String, state: inout InterviewState) {
        let required = questions.first { $0.path == path }?.required ?? false
        if !required || state.deferredOnce.contains(path) || path == "legal.healthConsentAt" {
            state.skipped.insert(path)
        } else {
            state.deferredOnce.insert(path)
            state.deferred.append(path)
        }
    }

    /// Whether `facts` answer the question for `path` once saved (the race distance answers the
    /// goal, named days answer how many days, a non-race goal answers the race questions).
    func answers(_ path: String, _ facts: [ExtractedFact], _ profile: Runner) -> Bool {
        if facts.contains(where: { $0.path == path }) { return true }
        guard !facts.isEmpty, path != "identity.name", path != "legal.healthConsentAt" else { return false }
        let updated = Self.applying(facts, to: profile)
        return isAnswered(path, updated, document(updated))
    }

    /// The first question after `path` still open: neither answered, skipped nor left for later.
    func nextOpenSlot(after path: String, profile: Runner, state: InterviewState) -> String? {
        guard let index = questions.firstIndex(where: { $0.path == path }) else { return nil }
        let document = document(profile)
        return questions[(index + 1)...].first { question in
            !state.skipped.contains(question.path) && !state.deferred.contains(question.path)
                && !isAnswered(question.path, profile, document)
        }?.path
    }

    /// The profile with `facts` written in (for deciding what they answer; nothing is saved).
    static func applying(_ facts: [ExtractedFact], to runner: Runner) -> Runner {
        guard case .object(var root)? = try? JSONValue(encoding: runner) else { return runner }
        for fact in facts {
            let parts = fact.path.split(separator: ".").map(String.init)
            guard parts.count == 2, case .object(var section)? = root[parts[0]] else { continue }
            section[parts[1]] = fact.value
            root[parts[0]] = .object(section)
        }
        return (try? JSONValue.object(root).decode(as: Runner.self)) ?? runner
    }

    // MARK: - After saving

    /// The acknowledgement of what was saved (and any refusal), then the next question or the summary.
    public func afterSaving(saved: [ExtractedFact], consented: Bool?, problems: [String], note: String?,
                            profile: Runner, state before: InterviewState) -> (text: String, state: InterviewState) {
        var state = before
        var text = ""
        if consented == true { text += "Thank you, noted. " }
        if consented == false {
            text += "No problem: I won't keep health details such as injuries or pain, and your plan will be built without them, "
                + "at the most cautious progression. "
        }
        var understood: [String] = []
        // The distance label repeats the distance; say each thing once.
        for said in saved.filter({ $0.path != "goals.raceDistanceLabel" }).map(\.said) where !understood.contains(said) {
            understood.append(said)
        }
        if !understood.isEmpty { text += "Got it: " + Self.list(understood) + ". " }
        if !problems.isEmpty { text += "I couldn't save everything: " + problems.joined(separator: "; ") + ". " }
        if !understood.isEmpty, !state.invitedCorrections {
            text += "(If I get anything wrong, just say so, for example \"no, 25k a week\".) "
            state.invitedCorrections = true
        }
        if let note { text += note + " " }
        if !text.isEmpty { text += "\n\n" }
        return (text + nextQuestion(profile: profile, state: &state), state)
    }

    /// The greeting and the first question.
    public func opening(profile: Runner, state before: InterviewState) -> (text: String, state: InterviewState) {
        var state = before
        let greeting = "Hi, I'm Cadence, your running coach. I'll ask a few questions so I can build a plan that fits you; "
            + "answer in your own words, say \"skip\" to pass on one, and correct me any time.\n\n"
        return (greeting + nextQuestion(profile: profile, state: &state), state)
    }

    // MARK: - Questions

    /// A yes or a no in the runner's words ("yeah go on", "nah rather not"), or nil when the message is neither.
    public static func yesOrNo(_ message: String) -> Bool? { Replies.yesOrNo(message) }

    static let daysWord = TextPattern(#"\bdays?\b"#)
    /// Questions whose answer, passed over, a runner may still give at the next one.
    static let restatable: Set<String> = ["running.currentFrequency", "physical.age", "running.experienceLevel"]
    static let eitherWillDo = TextPattern(
        #"\b(?:(?:does not|do not|dont|doesnt) (?:really )?(?:matter|mind)|(?:is )?not important|no preference|(?:either|both)(?: is| one| are| works| will do)? (?:fine|ok|okay|good)|either (?:works|way|will do)|whichever|not fussed|same to me|all the same)\b"#)
    static let levelOpens = TextPattern(#"^\W*(?:before,?\s+(?:i was\s+|i used to be\s+)?)?(?:(?:fairly|pretty|quite|very|a)\s+)?(?:beginner|casual|serious|competitive|returning|intermediate|newbie|novice)\b"#)
    static let itIsBack = TextPattern(#"\b(?:it is|it's|its|it has been|it's been)\s+(?:there|back|sore|hurting|aching|playing up|flaring up|acting up|niggling)\b|\b(?:it|that one)\s+(?:is\s+)?(?:hurts|aches|niggles|flared up|is playing up)\b"#)
    static let truthAfterJoke = TextPattern(#"[.!?]\s+(?:ok(?:ay)? fine|fine|alright,? alright|jokes? aside|joking aside|seriously(?: though)?|in reality|real answer|but really|no,? really|honestly)[,:.!]\s+"#)
    /// One run's distance said as such: "5k a run", "every time I run, around 6 kilometre", "about five miles a go".
    static let perRunSaid = TextPattern(#"\b(?:a|per|each|every|for every) (?:run|outing|go|time|session|jog)\b|\b(?:each|every) time(?: i (?:run|go|go out))?\b|\beach\b(?! (?:way|direction|day|morning|evening|week|month|of))"#)
    static let weekSaid = TextPattern(#"\b(?:a|per|each|every|in a|in the|in one|/) ?(?:week|wk)\b|\bweekly\b|\btotal\b|\ball (?:in|up|told)\b"#)
    /// A count said with its runs ("3 runs of 5k"): the week already worked out in the answer.
    static let countAndRun = TextPattern(#"\b(?:[2-9]|two|three|four|five|six|seven|twice)\s*(?:x|times|runs?|outings?|sessions?|evenings?|mornings?|days?)?\b(?!\s*(?:k\b|km|kms|kilomet|miles?|mi\b|minutes?|mins?|hours?))"#)
    static func weekOfRuns(_ km: Double, _ runs: Double) -> ExtractedFact {
        let week = (km * runs * 10).rounded() / 10
        return ExtractedFact(path: "running.currentVolume", value: .number(week),
                             said: "\(FactExtractor.plain(week)) km a week (\(FactExtractor.plain(km)) km a run, \(FactExtractor.plain(runs)) runs)")
    }
    static let noTimeGoal = TextPattern(
        #"\bno (?:time (?:goal|target)|target time|goal time|finish(?:ing)? time (?:in mind|goal))\b|\bno (?:particular|specific|real) (?:time|target time)\b|\bnot (?:bothered|fussed) about (?:the |my )?time\b|\bjust (?:want|wanna|hope|hoping|looking|aiming|trying|going) (?:to )?(?:finish|get (?:a)?round|complete it)\b"#)
    static let countOpens = TextPattern(#"^\W*(?:[1-7]|one|two|three|four|five|six|seven|once|twice)\b"#)
    static let timeUnit = TextPattern(#"\b(?:minutes?|mins?|hours?|hrs?|h|an hour|half an hour)\b|\d:\d"#)

    /// The first unanswered question, or the summary when the interview is complete.
    public func nextQuestion(profile: Runner, state: inout InterviewState) -> String {
        let document = (try? JSONValue(encoding: profile)) ?? .null
        for question in questions where !state.skipped.contains(question.path) && !state.deferred.contains(question.path)
            && !isAnswered(question.path, profile, document) {
            // The question just passed over because the answer before it told it ("five kilometres, three mornings").
            if let index = questions.firstIndex(of: question), index >= 2, Self.restatable.contains(questions[index - 1].path),
               state.asked == questions[index - 2].path {
                state.passedOver = questions[index - 1].path
            } else if state.asked != question.path {
                state.passedOver = nil
            }
            if state.asked != question.path { state.previousAsked = state.asked }
            state.asked = question.path
            return ask(question)
        }
        // The questions left for later, once each.
        while let path = state.deferred.first {
            state.deferred.removeFirst()
            guard !state.skipped.contains(path), !isAnswered(path, profile, document),
                  let question = questions.first(where: { $0.path == path }) else { continue }
            if state.asked != path { state.previousAsked = state.asked }
            state.asked = path
            return "Back to one I still need. " + ask(question)
        }
        state.previousAsked = state.asked
        state.asked = nil
        let summary = ProfileSummary(runner: profile, imperial: state.imperial || profile.identity.locale == "en-US")
        var text = state.summarised ? "" : "That's everything I need for now. Here's what I have:\n\n"
            + summary.lines.map { "  " + $0 }.joined(separator: "\n") + "\n\n"
        state.summarised = true
        let missing = summary.stillNeeded
        if missing.isEmpty {
            text += "Your profile is ready for a plan: run `cadence plan generate` when you like. "
                + "Anything else you want to tell me or correct?"
        } else if RedFlagSymptoms.holdPlan(profile), missing.count == 1 {
            // The fixed medical answer said no training until a doctor has seen the runner: the plan waits for that.
            text += "The plan waits for a doctor's check: tell me when a doctor has cleared you to run, and we'll make it."
        } else {
            text += "A plan still needs \(Self.list(missing)). Tell me whenever you're ready."
        }
        return text
    }

    func ask(_ question: InterviewQuestion) -> String {
        question.question + (question.hint.map { " " + $0 } ?? "")
    }

    func isAnswered(_ path: String, _ runner: Runner, _ document: JSONValue) -> Bool {
        if path == "identity.name" { return runner.identity.nameConfirmed }
        if path == "legal.healthConsentAt" { return HealthConsent.status(of: runner) != .notAsked }
        // No health questions for a runner who declined to have health data kept.
        if HealthConsent.covers(path), HealthConsent.status(of: runner) == .declined { return true }
        // The longest recent run is asked for a half marathon or longer, unless imported history has it.
        if path == "running.longestRecentRun" {
            guard runner.goals.goalType == .race, let km = runner.goals.raceDistance, km >= 21 else { return true }
            if runner.running.actualLongRunDistance != nil { return true }
        }
        // "On site I could run every day … let's say five days": every day, fewer of them to run on; which ones is still open.
        if path == "schedule.preferredDays", runner.schedule.preferredDays?.count == 7, let count = runner.schedule.availableDays, count < 7 {
            return false
        }
        // ("Four or five, it depends on the market days. Not Sunday": the days left over are more than the days to run; which
        // ones is still open.)
        if path == "schedule.preferredDays", let days = runner.schedule.preferredDays, let blocked = runner.schedule.blockedDays, !blocked.isEmpty,
           days.count + blocked.count == 7, let count = runner.schedule.availableDays, days.count > count {
            return false
        }
        if path == "goals.raceDistance" || path == "goals.raceDate" || path == "goals.targetTime",
           runner.goals.goalType != .race {
            return true  // only asked for a race goal (and not before the goal is known)
        }
        // ("I don't know about a finish time, I just want to hold 6 minutes per kilometre": a pace to hold is the aim.)
        if path == "goals.targetTime", runner.goals.targetPace != nil { return true }
        return !document.value(atPath: path).isNull
    }

    /// The days still ruled out after some were named free again.
    static func blockedDaysFact(_ days: [String]) -> ExtractedFact {
        ExtractedFact(path: "schedule.blockedDays", value: .array(days.map { .string($0) }),
                      said: days.isEmpty ? "no days ruled out" : "not " + days.map(\.capitalized).joined(separator: ", "))
    }

    func document(_ profile: Runner) -> JSONValue { (try? JSONValue(encoding: profile)) ?? .null }

    // MARK: - Words

    static func mentionsMiles(_ message: String) -> Bool {
        message.range(of: #"\b(?:miles?|mi|mpw)\b"#, options: [.regularExpression, .caseInsensitive]) != nil
    }

    static func fieldName(_ path: String) -> String {
        // A field without a plain name still reads as words: "physical.restingHeartRate" → "resting heart rate".
        if path == "legal.healthConsentAt" { return "the health-details question" }
        return ProfileSummary.names[path] ?? String(path.split(separator: ".").last ?? Substring(path)).reduce(into: "") { words, character in
            words += character.isUppercase ? " " + character.lowercased() : String(character)
        }
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}

/// One question of `prompts/guided/questions.yaml`.
public struct InterviewQuestion: Decodable, Sendable, Equatable {
    public let path: String
    public let required: Bool
    public let question: String
    public let hint: String?

    public init(path: String, required: Bool, question: String, hint: String?) {
        self.path = path
        self.required = required
        self.question = question
        self.hint = hint
    }
}

/// What the conversation so far has established, carried from turn to turn.
public struct InterviewState: Sendable, Equatable {
    /// The slot of the question asked last, which reads terse answers ("34", "Sunday").
    public var asked: String?
    /// The slot asked before it: what a bare correction ("sorry, more like 35") refers to.
    public var previousAsked: String?
    public var skipped: Set<String> = []
    /// Answers to each question that could not be understood.
    public var misses: [String: Int] = [:]
    /// Required questions left for later (the runner talked about something else, or the answer was
    /// missed twice), asked again once after the others.
    public var deferred: [String] = []
    /// Every question ever left for later: the second time it is not understood, it is skipped.
    public var deferredOnce: Set<String> = []
    /// Health facts said before the consent question, saved only if the runner agrees.
    public var held: [ExtractedFact] = []
    /// Changes to earlier answers, read back and waiting for a yes.
    public var pendingChanges: [ExtractedFact] = []
    /// One run's distance said at the weekly-distance question ("5k a run"): the week once the runs are counted.
    public var perRunKm: Double?
    /// The runner talks in miles.
    public var imperial = false
    /// The month the race is in, said without its day ("in May"): it dates a later "the 23rd".
    public var raceMonth: Int?
    /// The days the runner said they run now, asked how far or how often: what "the same days" means later.
    public var daysRunNow: [String] = []
    /// A question passed over because the answer before it told it (the runs a week in the week's distance): the runner
    /// may still answer it at the next question.
    public var passedOver: String?
    /// Someone else is typing for the runner (a parent for a child): "he" and "his" are the runner.
    public var speaksFor = false
    public var summarised = false
    public var invitedCorrections = false

    public init() {}

    mutating func answered(_ path: String) {
        misses[path] = nil
    }
}
