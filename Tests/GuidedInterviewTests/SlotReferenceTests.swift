import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// Answers to one question, written blind by people who never saw the interviewer (`evals/slots/`):
/// the name, finish-time, consent, weekly-distance, runs-a-week, experience, days, long-run-day, injuries and pain
/// questions, each with a set to fix against and one kept unseen. `set-1.tsv` was measured when
/// first met and then fixed against; `heldout.tsv` is kept unseen and only its totals are printed.
enum SlotReference {
    struct Outcome {
        var right = 0
        var failures: [String] = []
        var total: Int { right + failures.count }

        /// The failures but for the rows left as they are (each failure starts with its row's message).
        func failures(except left: some Collection<String>) -> [String] {
            failures.filter { failure in !left.contains { failure.hasPrefix($0 + " →") } }
        }

        /// Rows of `left` that no longer fail (to be dropped from the list).
        func mended(_ left: [String]) -> [String] {
            left.filter { row in !failures.contains { $0.hasPrefix(row + " →") } }
        }
    }

    static func rows(_ path: String) throws -> [[String]] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("evals/slots/\(path)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// `message<TAB>goal type or "a|b" or -<TAB>race distance in km or ->`, asked the goal question by a runner who has given
    /// a name and consent. The corpus's convention (its README) keeps the distance a speed goal is about ("faster 10k": 10
    /// km); the set's writer records none for a speed goal, so for a speed goal read as one the distance is not scored.
    static func goals(_ file: String) throws -> Outcome {
        var outcome = Outcome()
        for row in try rows("goal/\(file)") where row.count == 3 {
            var state = InterviewState()
            state.asked = "goals.goalType"
            var runner = InterviewTests.runner()
            runner.identity.name = "Sam"
            runner.legal.healthConsentAt = 1
            let turn = shipped.hear(row[0], profile: runner, state: state, today: InterviewTests.today)
            let type = InterviewTests.value(turn, "goals.goalType")?.stringValue
            let km = InterviewTests.value(turn, "goals.raceDistance")?.doubleValue
            let types = row[1].split(separator: "|").map(String.init)
            let typeRight = row[1] == "-" ? type == nil : types.contains(type ?? "")
            let distanceRight = type == "speed" && types.contains("speed")
                || Double(row[2]).map { want in km.map { abs($0 - want) <= want * 0.01 + 0.05 } ?? false } ?? (km == nil)
            if typeRight && distanceRight { outcome.right += 1 } else {
                outcome.failures.append("\(row[0]) → \(type ?? "-") | \(km.map { String(format: "%g", $0) } ?? "-") (expected \(row[1]) | \(row[2]))")
            }
        }
        return outcome
    }

    /// `message<TAB>expected name or ->`, asked the name question.
    static func names(_ file: String) throws -> Outcome {
        var outcome = Outcome()
        for row in try rows("names/\(file)") where row.count == 2 {
            let turn = InterviewTests.hear(row[0], asked: "identity.name")
            let heard = InterviewTests.value(turn, "identity.name")?.stringValue
            let expected = row[1] == "-" ? nil : row[1]
            if heard == expected { outcome.right += 1 } else { outcome.failures.append("\(row[0]) → \(heard ?? "-") (expected \(row[1]))") }
        }
        return outcome
    }

    /// `message<TAB>yes, no or ->`, asked the health-data consent question.
    static func consent(_ file: String) throws -> Outcome {
        try consentHeard("consent/\(file)", asked: "legal.healthConsentAt")
    }

    /// `message<TAB>yes, no or ->`, a first message (asked the name) that may give or refuse consent before it is asked.
    static func volunteeredConsent(_ file: String) throws -> Outcome {
        try consentHeard("consent-volunteered/\(file)", asked: "identity.name")
    }

    private static func consentHeard(_ file: String, asked: String) throws -> Outcome {
        var outcome = Outcome()
        for row in try rows(file) where row.count == 2 {
            let turn = InterviewTests.hear(row[0], asked: asked)
            let heard = turn.consent.map { $0 ? "yes" : "no" } ?? "-"
            if heard == row[1] { outcome.right += 1 } else { outcome.failures.append("\(row[0]) → \(heard) (expected \(row[1]))") }
        }
        return outcome
    }

    /// `km<TAB>message<TAB>h:mm:ss or ->`, asked the finish-time question with the race distance on file.
    static func targets(_ file: String) throws -> Outcome {
        var outcome = Outcome()
        for row in try rows("targets/\(file)") where row.count == 3 {
            guard let km = Double(row[0]) else { continue }
            let turn = InterviewTests.hear(row[1], asked: "goals.targetTime") { runner in
                runner.goals.goalType = .race
                runner.goals.raceDistance = km
            }
            let heard = InterviewTests.value(turn, "goals.targetTime")?.doubleValue.map { Int($0) }
            let parts = row[2].split(separator: ":").compactMap { Int($0) }
            let expected = parts.count == 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : nil
            if heard == expected { outcome.right += 1 } else {
                outcome.failures.append("\(row[0]) km: \(row[1]) → \(heard.map { TargetTime.spoken($0) } ?? "-") (expected \(row[2]))")
            }
        }
        return outcome
    }

    // MARK: Later questions, asked as in a real interview

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The interview with the shipped questions, so the question after the one asked is the real one.
    static let shipped: Interview = {
        let yaml = (try? String(contentsOf: root.appendingPathComponent("prompts/guided/questions.yaml"), encoding: .utf8)) ?? ""
        do { return try GuidedInterviewer(questionsYAML: yaml, profile: { InterviewTests.runner() }, clock: .fixed(InterviewTests.today)).interview } catch {
            fatalError("prompts/guided/questions.yaml: \(error)")
        }
    }()

    /// A runner who has answered every question before `path` (a half marathon, 30 km over 3 runs, casual, four days).
    static func answeredBefore(_ path: String) -> Runner {
        let order = shipped.questions.map(\.path)
        let before = Set(order.prefix { $0 != path })
        var runner = InterviewTests.runner()
        runner.legal.healthConsentAt = 1
        runner.goals.goalType = .race
        runner.goals.raceDistance = 21.0975
        runner.goals.raceDate = 1_805_000_000_000
        if before.contains("goals.targetTime") { runner.goals.targetTime = 7200 }
        if before.contains("running.currentVolume") { runner.running.currentVolume = 30 }
        if before.contains("running.currentFrequency") { runner.running.currentFrequency = 3 }
        if before.contains("running.experienceLevel") { runner.running.experienceLevel = .casual }
        if before.contains("schedule.availableDays") { runner.schedule.availableDays = 4 }
        if before.contains("schedule.preferredDays") { runner.schedule.preferredDays = [.monday, .wednesday, .saturday, .sunday] }
        if before.contains("schedule.longRunDay") { runner.schedule.longRunDay = .sunday }
        if before.contains("health.pastInjuries") { runner.health.pastInjuries = [] }
        return runner
    }

    static func hear(_ message: String, asked path: String) -> Interview.Turn {
        var state = InterviewState()
        state.asked = path
        return shipped.hear(message, profile: answeredBefore(path), state: state, today: InterviewTests.today)
    }

    static func score(_ outcome: inout Outcome, _ message: String, heard: String, expected: String, matches: Bool) {
        if matches { outcome.right += 1 } else { outcome.failures.append("\(message) → \(heard) (expected \(expected))") }
    }

    /// `message<TAB>none, -, or items separated by ";" (each "a|b": any of the words in one stored entry)`, asked the
    /// injuries or pain question: each item matched by a different stored entry, and no stored entry left over.
    static func complaints(_ file: String, path: String) throws -> Outcome {
        var outcome = Outcome()
        for row in try rows(file) where row.count == 2 {
            let turn = hear(row[0], asked: path)
            let stored = InterviewTests.value(turn, path)?.arrayValue?.compactMap(\.stringValue)
            let heard = stored.map { $0.isEmpty ? "none" : $0.joined(separator: ";") } ?? "-"
            let matches: Bool
            switch row[1] {
            case "-": matches = stored == nil
            case "none": matches = stored == []
            default:
                let items = row[1].split(separator: ";").map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } }
                let entries = (stored ?? []).map { $0.replacingOccurrences(of: "_", with: " ").lowercased() }
                matches = entries.count == items.count && assign(items, to: entries)
            }
            score(&outcome, row[0], heard: heard, expected: row[1], matches: matches)
        }
        return outcome
    }

    /// Whether each item can take its own entry (few items: try every order).
    static func assign(_ items: [[String]], to entries: [String]) -> Bool {
        guard let first = items.first else { return true }
        for (index, entry) in entries.enumerated() where first.contains(where: { entry.contains($0) }) {
            var rest = entries
            rest.remove(at: index)
            if assign(Array(items.dropFirst()), to: rest) { return true }
        }
        return false
    }

    /// `message<TAB>number, "a|b" or ->` for a numeric slot, within `tolerance` (relative).
    static func numbers(_ file: String, path: String, tolerance: Double) throws -> Outcome {
        var outcome = Outcome()
        for row in try rows(file) where row.count == 2 {
            let heard = InterviewTests.value(hear(row[0], asked: path), path)?.doubleValue
            let options = row[1].split(separator: "|").compactMap { Double($0) }
            let matches = row[1] == "-" ? heard == nil
                : heard.map { value in options.contains { abs(value - $0) <= max(0.5, $0 * tolerance) } } ?? false
            score(&outcome, row[0], heard: heard.map { String(format: "%g", $0) } ?? "-", expected: row[1], matches: matches)
        }
        return outcome
    }

    /// `message<TAB>level, "a|b" or ->`, asked the experience question.
    static func levels(_ file: String) throws -> Outcome {
        var outcome = Outcome()
        for row in try rows(file) where row.count == 2 {
            let heard = InterviewTests.value(hear(row[0], asked: "running.experienceLevel"), "running.experienceLevel")?.stringValue
            let matches = row[1] == "-" ? heard == nil : heard.map { row[1].split(separator: "|").map(String.init).contains($0) } ?? false
            score(&outcome, row[0], heard: heard ?? "-", expected: row[1], matches: matches)
        }
        return outcome
    }

    /// `message<TAB>count<TAB>days<TAB>blocked days` (each "-" when not said), asked the days question. Right when all three are.
    static func days(_ file: String) throws -> Outcome {
        var outcome = Outcome()
        for row in try rows(file) where row.count == 4 {
            let turn = hear(row[0], asked: "schedule.availableDays")
            let count = InterviewTests.value(turn, "schedule.availableDays")?.doubleValue.map { String(Int($0)) } ?? "-"
            func list(_ path: String) -> String {
                guard let days = InterviewTests.value(turn, path)?.arrayValue?.compactMap(\.stringValue), !days.isEmpty else { return "-" }
                return Weekday.knownCases.map(\.rawValue).filter(days.contains).joined(separator: ",")
            }
            let heard = [count, list("schedule.preferredDays"), list("schedule.blockedDays")]
            score(&outcome, row[0], heard: heard.joined(separator: " | "), expected: row[1...].joined(separator: " | "),
                  matches: heard == Array(row[1...]))
        }
        return outcome
    }

    /// `message<TAB>weekday or ->`, asked the long-run question.
    static func longRunDays(_ file: String) throws -> Outcome {
        var outcome = Outcome()
        for row in try rows(file) where row.count == 2 {
            let heard = InterviewTests.value(hear(row[0], asked: "schedule.longRunDay"), "schedule.longRunDay")?.stringValue ?? "-"
            score(&outcome, row[0], heard: heard, expected: row[1], matches: heard == row[1])
        }
        return outcome
    }

    /// The later questions' sets, written blind before any change (see each folder's README): right on set 1 when
    /// first met and now, and the rows still left, each for a reason said in the issue note. A row that newly fails,
    /// or one left that now passes (drop it from the list), fails the test.
    static let later: [(name: String, firstMet: Int, read: @Sendable (String) throws -> Outcome, left: [String])] = [
        ("injuries", 128, { try complaints("injuries/\($0)", path: "health.pastInjuries") }, [
            "broke my arm when i was 9 falling off a trampoline, does that count? other than that nothing",
            "I was in a car accident in 2018, whiplash and a broken collarbone, but no running injuries",
            "sore knees",
            "piriformis syndrome, left side, gave me sciatica type pain down my leg",
            "broken nose boxing lol, nothing in the legs",
            "Yes, I had ligament tear in my left ankle during college cricket, and after that I got plantar fasciitis in 2021",
            "Yes, a tear in my calf muscle in 2022 during a 10k. Also a broken wrist from ice skating but that is not running.",
            "I had the pubalgia for one year, very bad, I could not run",
            "nothing in running, only broken fingers from volleyball",
            "A bit of tendonitis in the top of my foot from lacing my shoes too tight, lasted a couple weeks",
            "stress fractures x2 - left tibia 2017, right femoral neck 2020",
            "hip flexor and lower back, they kinda come together",
            "only a stubbed toe lol",
            "hmm, a meniscus tear (left) from five-a-side, and a broken arm as a kid but that's not running is it",
            "i hurt my knee in the netball final, they said it was a bone bruise, out for 6 weeks",
        ]),
        ("pain", 125, { try complaints("pain/\($0)", path: "health.currentPain") }, [
            "does a bit of stiffness count?",
            "ball of my foot, under the 2nd toe",
            "legs are a bit wrecked from Sunday's long run but that's normal",
            "IT band again, outside of the left knee",
            "my quads are sore from squats at the gym lol, that's expected",
            "toe. big toe. right foot.",
            "my whole body lol. no seriously just my left calf",
            "Yes, the IT band on my right leg, and my lower back is stiff but that's just normal for me",
            "the ball of my foot burns on long runs, between the 3rd and 4th toes",
        ]),
        ("volume", 106, { try numbers("volume/\($0)", path: "running.currentVolume", tolerance: 0.03) }, [
        ]),
        ("frequency", 105, { try numbers("frequency/\($0)", path: "running.currentFrequency", tolerance: 0) }, [
            "a 5k on Tuesday and Thursday and parkrun",
            "Just parkrun on Saturdays and the odd Wednesday jog",
            "weekdays before work plus a long run saturday",
            "I don't really have a pattern, sometimes daily sometimes not for a week",
            "4 days a week, I do two runs on one of them",
        ]),
        ("level", 77, { try levels("level/\($0)") }, [
            "returning I guess, but I was only ever casual",
            "what's the difference between casual and serious?",
        ]),
        ("days", 118, { try days("days/\($0)") }, [
            "4: Mon Wed Fri Sat. Friday is pizza night so that run will be a slow one lol",
            "no mondays no fridays, otherwise up to 4",
            "5. Actually 4. M T Th F?",
            "Mon Tue Wed — no, not Wed, Thu.",
            "3 days, mon/wed/fri, or mon/thu/sat? no, first one",
            "So my week is a bit chaotic. I work retail and the rota comes out on Thursday for the next week. I always get Tuesdays and Sundays off so those for sure, plus one more that moves around. Let's say 3 days.",
            "weekdays except Friday, and Sunday",
            "I could probably do 4 if you include the weekend. Weekdays I'm limited to tues and thurs bc of the school run.",
            "5 days but not samedi (Saturday) because I work at the market",
        ]),
        ("longrun", 132, { try longRunDays("longrun/\($0)") }, [
            "saturday or sunday, no preference",
        ]),
    ]
}

struct SlotReferenceTests {
    /// Set 1 of the name answers: 91 of 150 right when first met; every row now, but for three left as they are:
    /// a joke name with nothing after it ("I'm Batman 🦇" is read as Batman), a starred fix of a typo in the same
    /// message ("Its Mkia. Mika*": the starred word mends the name said before it only in a later message), and
    /// "Tuesday. Yes, really, like the day" (a weekday is never taken for a name).
    @Test func nameAnswersSetOne() throws {
        let outcome = try SlotReference.names("set-1.tsv")
        let left: Set<String> = ["I'm Batman 🦇", "Its Mkia. Mika*", "Tuesday. Yes, really, like the day"]
        let failing = outcome.failures(except: left)
        #expect(failing.isEmpty, "\(failing.joined(separator: "\n"))")
        #expect(outcome.total == 150)
    }

    /// Set 3 of the name answers (written blind in session 30, harder and closer to real chat): 103 of 150 right when first
    /// met (34 wrong). Fixed by family: introductions in the runner's first language ("benim adım", "nama saya", "mera naam",
    /// "tôi tên là", "j'suis"), with a Vietnamese, Chinese, Korean or Japanese family name said first passed over (beside
    /// another script too); "call me" in Polish, Vietnamese, Portuguese and Tagalog ("Jun na lang"); a starred fix
    /// ("Jacob *Jakob"), a name after giving in ("ok fine, Noa") or after a joke ("nah it's Kwame"), "Jen. Actually make that
    /// Jennifer", "name — Priyanka", "Mine's Ayesha"; ranks and titles before the given name, "Dr. Okafor — Chidi"; "Reggie is
    /// fine" after a full name; the typist naming the runner ("his name is Obi", "I'm Desmond's wife", "My kid (Zara, 12)");
    /// and no name from "no names needed", "Mom here", "Ich bin neu hier", "Bom dia! Tudo bem?".
    @Test func nameAnswersSetThree() throws {
        let outcome = try SlotReference.names("set-3.tsv")
        let left = [
            "我不想说",
            "Oi! Meu nome é João Pedro, pode me chamar de João Pedro mesmo, os dois juntos",
            "34, teacher, from Leeds, want to do a marathon before 35 which gives me 10 months lol. Oh and I'm Gemma",
            "Ik ben de moeder van Daan, hij wil graag leren hardlopen",
            "Moja córka Zuzia chce biegać, piszę za nią",
            "Minha esposa, Fernanda, é quem vai correr. Eu só estou configurando",
            "Mabuhay! Aling Nena ang tawag nila sa akin",
        ]
        Self.expectOnly(left, failing: outcome, firstMet: 103)
    }

    /// Set 1 of the finish-time answers: 143 of 150 right when first met; all of them now.
    @Test func targetAnswersSetOne() throws {
        let outcome = try SlotReference.targets("set-1.tsv")
        #expect(outcome.failures.isEmpty, "\(outcome.failures.joined(separator: "\n"))")
        #expect(outcome.total == 150)
    }

    /// Set 2 of the name answers, written after set 1 was fixed against: 108 of 150 right when first met (the rules
    /// found on set 1 reached it little); every row now but "I'm Batman" (read as Batman, as in set 1).
    @Test func nameAnswersSetTwo() throws {
        let outcome = try SlotReference.names("set-2.tsv")
        let failing = outcome.failures(except: ["I'm Batman"])
        #expect(failing.isEmpty, "\(failing.joined(separator: "\n"))")
        #expect(outcome.total == 150)
    }

    /// Set 1 of the consent answers: 102 of 150 right when first met, and three refusals ("absolutely not",
    /// "definitely not", "ok hmm, actually I'd rather you didn't") were read as a yes; all of them now.
    @Test func consentAnswersSetOne() throws {
        let outcome = try SlotReference.consent("set-1.tsv")
        #expect(outcome.failures.isEmpty, "\(outcome.failures.joined(separator: "\n"))")
        #expect(outcome.total == 150)
    }

    /// Set 1 of the later questions' answers (injuries, pain, weekly distance, runs a week, experience, days, long-run day).
    @Test(arguments: SlotReference.later.map(\.name))
    func laterAnswersSetOne(name: String) throws {
        let set = try #require(SlotReference.later.first { $0.name == name })
        let outcome = try set.read("set-1.tsv")
        let failing = outcome.failures(except: set.left)
        let mended = outcome.mended(set.left)
        #expect(failing.isEmpty, "\(name): \(failing.joined(separator: "\n"))")
        #expect(mended.isEmpty, "\(name): now right, drop from the list: \(mended.joined(separator: "\n"))")
        #expect(outcome.total == 150)
        #expect(outcome.right > set.firstMet)
    }

    /// The later consent sets, each written blind after the one before had been fixed against, with the rows left failing.
    /// Set 2 (half refusals): 128 of 150 right when first met, with five answers that were no yes read as one ("keep it
    /// out", "My wife would kill me if I agreed to that. So no.", "hmm not sure", two questions back); left: "no, that's
    /// fine" (read as a no, where its writer left it open: the safe side).
    /// Set 3 (refusals in agreeable words, "yes I mind", and yeses in refusing ones, "no, go ahead"): 102 of 150, with nine
    /// refusals read as a yes; left, none a refusal read as a yes: "you can keep your storage, thanks" and "fine, but don't
    /// store anything about my body" (asked again), "問題ないです" (a yes not understood, asked again).
    /// Set 4 (60 % yeses: long, chatty, conditional, in dialects and other scripts): 134 of 150, with two refusals read as a
    /// yes ("nah mate, keep it simple, no health stuff", the Czech "ne, radši ne"), a yes waiting on a wife's say read as a
    /// yes, and twelve yeses asked again or read as a no ("yeah no that's fine", "i dont mnid", "not an issue"); none left.
    @Test(arguments: [
        ("set-2.tsv", ["no, that's fine"]),
        ("set-3.tsv", ["you can keep your storage, thanks", "fine, but don't store anything about my body", "問題ないです"]),
        ("set-4.tsv", []),
    ])
    func laterConsentSets(file: String, left: [String]) throws {
        let outcome = try SlotReference.consent(file)
        let failing = outcome.failures(except: left)
        #expect(failing.isEmpty, "\(failing.joined(separator: "\n"))")
        #expect(outcome.total == 150)
    }

    /// Consent said in passing in a first message, before the question (a blind set written after the held-out
    /// conversations showed runners who tell everything at once, consent included, and were asked again): 115 of 150
    /// right with the reader written before the set was read (60 before it, when no such consent was heard), one of them a
    /// refusal taken for a yes ("ok to store my details. wait, not the health part, leave that out"); left: a yes said
    /// only in Spanish ("Guardá mis datos de salud tranquilo, todo bien"), not heard (asked again).
    @Test func consentSaidBeforeTheQuestion() throws {
        let outcome = try SlotReference.volunteeredConsent("set-1.tsv")
        let failing = outcome.failures(except: ["Ok so I'm Mateo, 23, Buenos Aires. Quiero correr 42k next year, 25k a week, 3 sessions. Guardá mis datos de salud tranquilo, todo bien. No injuries."])
        #expect(failing.isEmpty, "\(failing.joined(separator: "\n"))")
        #expect(outcome.total == 150)
        #expect(!outcome.failures.contains { $0.hasSuffix("→ yes (expected no)") || $0.hasSuffix("→ yes (expected -)") })
    }

    /// Second sets for the experience, days and weekly-distance questions, written blind after set 1 had been fixed against
    /// (to measure how far those fixes reach answers nobody had seen): experience 105 of 150 right when first met (set 1's
    /// held-out part stood at 79 of 100), days 92 of 150 (held-out part 79), weekly distance 93 of 150 (held-out part 76;
    /// 80 after: a run every day or on the days named, "twice a week, 7 or 8 km each", "mpw", "35ks", "40k a fortnight"). Fixed by family, not by row: an option word asked back
    /// ("Competitive? Me?") is no pick, a level said of the past with what the runner does now after it is history, more
    /// ways of not having started, of coming back, of placing and of training to a plan; weekdays in more languages, a day
    /// refused in other words, a count said bare, "everything but", "rest of the week is open", one of two days. Days, a
    /// second round (118 -> 130 of 150; held-out part 79 -> 80): the days left after those named, said to be taken ("the rest
    /// of the week I'm on the road"), a day given to another pastime ("Gym Mon/Wed/Fri so running would be Tue/Thu/Sun"),
    /// another person's days only as days that keep the runner in ("my wife's on nights Thursday to Saturday so I can't get
    /// out"), "I'm away"/"on nights" before a span, a label's colon ("Mondays: work late"), a day dropped ("scrap Friday"),
    /// "not Wed, not Fri" (no swap), "Jumaat cannot, got prayers". Weekly distance, a second round (105 -> 122 of 150;
    /// held-out part 80 -> 84): the runs described counted up (`RunInventory`: "Half marathon every Sunday plus two easy 4
    /// milers midweek", "3 miles to work and 3 back, Mon/Wed/Fri", "twice a week, it's 5k each way").
    /// Left: rows below, none a set-1 row broken.
    @Test(arguments: [
        ("level", 105, { try SlotReference.levels("level/set-2.tsv") } as @Sendable () throws -> SlotReference.Outcome, [
            "Competitive lol, only with my brother-in-law over who gets the better parkrun time",
            "Competitive? Nah, I'm only in it for the medals and the post-race pint",
            "played rugby for years and did loads of fitness running in preseason back then, but haven't run properly in a decade, starting now",
            "Marathon legend here 😎 (I did one, in 2019, walked most of the last 10k, now I run like twice a week)",
            "Serious? lol no. I run to get away from my kids for 40 minutes, that's the whole strategy",
            "I'd say beginner but I've been running 3 times a week for 4 years now, just never done anything with it",
            "Fell runner, 10 years, do most of the club championship races, firmly middle of the pack",
            "I'm basically elite. Elite at stopping for a flat white halfway round my usual 5k loop.",
            "Honestly more serious than I'd like to admit. Run every day, spreadsheet of splits, race every few weeks.",
        ]),
        ("days", 92, { try SlotReference.days("days/set-2.tsv") } as @Sendable () throws -> SlotReference.Outcome, [
            "Can I get back to you on this? My new rota comes out on Friday.",
            "Pwede ako Lunes, Miyerkules at Sabado. Hindi pwede ang Linggo kasi may simba kami.",
            "I can running 2 day, saturday and sunday. In week I am working until night, is not possible.",
            "MTWThF",
            "M T Th",
            "TTh",
            "Mon and Thu for definite, so 2. Saturday's a maybe, leave it off for now.",
            "Honestly it's been a mad year, we moved house in March and I've only just got back into any kind of routine. My partner does the school run on Tuesdays and Thursdays so those mornings I'm free, and Saturday mornings are usually quiet too. Wednesdays are impossible, I do the late shift at the pharmacy. I'd love to do more but let's be realistic.",
            "sat sun. no wait just sun, sat is parkrun volunteering this term",
            "I'm a teacher so weekdays are rough. Could squeeze in Wednesday though, plus Sat and Sun.",
            "Honestly 2 would be a miracle. Sunday and one midweek, don't know which yet.",
            "Tues/Thurs are best bc my husband gets home early. MWF no bc I have the baby by myself til 7.",
            "lundi, mercredi, vendredi. Le week-end je travaille.",
            "We've got three kids under ten and my partner works away Monday to Thursday, so during the week I'm basically a single parent and can't get out. Fridays she's back by 6 so I could do a Friday evening. Weekends are easier, Saturday morning while the kids are at swimming and Sunday before anyone's up. So 3 runs, I think.",
            "My availability is Tuesdays and Thursdays. Kindly note that on Saturday I will be attending my fellowship.",
            "Only tues. Every other day of the week I'm either at work or with the kids.",
        ]),
        ("volume", 93, { try SlotReference.numbers("volume/set-2.tsv", path: "running.currentVolume", tolerance: 0.03) }
            as @Sendable () throws -> SlotReference.Outcome, [
            "ntn yet lol starting monday",
            "a marathon a week, spread over 5 runs",
            "I cycle about 100km and run 15",
            "about 50,000 steps a week",
            "Nothing at the moment, I'm injured. Usually 40 when healthy.",
            "Swim 3k, bike 150k, run 30k. Triathlete problems.",
            "Used to be 40+ mpw pre-kids. Now about 10, if I'm lucky.",
            "Hmm, what counts? Including the warm-up jog to the track I'd say 22",
            "Approximately 30 km per week normally, at the moment a bit less becauseof work, maybe 22",
            "2500m on the track every day after school",
            "In summer 40k easily, but it's winter now and I'm doing 20 at most",
            "half a dozen km, I'm just getting going",
            "I no dey run at all for now",
            "my husband does 60 miles a week, I don't run at all, he dragged me here",
            "I walk 5k every day but no running yet",
            "about 15000 m a week",
            "arund 20 kn a week",
            "7k a day except Sundays when I do a long 15",
            "twnety k",
            "Just hit 100 km for the first time last week! Usually sits around 80 though",
            "fifteenish",
            "3 or 4 runs a week, usually 3 miles each",
            "My wife does 40k, I'm at maybe half that",
            "Weekdays I do 3 miles at lunch, then Saturday a longer 8",
            "Well over 30 miles, like 32 or 33",
        ]),
    ] as [(String, Int, @Sendable () throws -> SlotReference.Outcome, [String])])
    func secondSets(name: String, firstMet: Int, read: @Sendable () throws -> SlotReference.Outcome, left: [String]) throws {
        let outcome = try read()
        let failing = outcome.failures(except: left)
        let mended = outcome.mended(left)
        #expect(failing.isEmpty, "\(name): \(failing.joined(separator: "\n"))")
        #expect(mended.isEmpty, "\(name): now right, drop from the list: \(mended.joined(separator: "\n"))")
        #expect(outcome.total == 150)
        #expect(outcome.right > firstMet)
    }

    /// The age question (a blind set written in session 29, after five held-out conversations had their age wrong): 114 of
    /// 150 right when first met (70 of 100 on its unseen part). Fixed by family: a birth date or year ("DOB 14/03/1979",
    /// "born '79", "a 1974 model"), the next birthday ("40 next month", "nearly 50", "the big five-oh next week"), a decade
    /// just reached ("just hit the big 4-0"), "starting this at 53", "my passport says 55", and no single age ("over 40",
    /// "44 or 45", "born in the 80s", a birthday without its year). Left: number words in other languages and dialects,
    /// jokes, "three score and ten", and one birthday counted on the test's clock (27 November) rather than the writer's.
    @Test func ageAnswers() throws {
        let outcome = try SlotReference.numbers("age/set-1.tsv", path: "physical.age", tolerance: 0)
        let left = [
            "twnety three",
            "a quarter century as of last month",
            "44 — scratch that, 43, I'm not 44 till June",
            "Ah'm sixty-wan",
            "quarante-trois ans",
            "Ich bin zweiunddreißig",
            "21 again, for the 20th time",
            "I'm treinta y cinco jaja",
            "Born 30 Nov 1966",
            "three score and ten, and still going",
            "still in my thirties for 3 more months"
        ]
        Self.expectOnly(left, failing: outcome, firstMet: 114)
    }

    /// The busy-day session length (a blind set written in session 30, the question's first): 109 of 150 right when first
    /// met (72 of 100 on its unseen part, 9 of them wrong). Read by `SessionLength` from the answer as a whole: every length
    /// said (hours and minutes written many ways, a clock window, a distance at a pace), less the weekend's, the long run's,
    /// a week's or a race's; the figure settled on after a correction, or the longer end of a stretch ("45 mins to 1 hr",
    /// "30, 45 at a push"); a figure beside it about something else is an aside. Left: "an hour on weekdays, longer at
    /// weekends" (nothing is kept, on purpose: a cap read from it would cap the long run too, see `RunnerProfile`), a gap
    /// between two times given in brackets, and which of two named kinds of day is the busy one.
    @Test func sessionAnswers() throws {
        let outcome = try SlotReference.numbers("session/set-1.tsv", path: "schedule.maxSessionDurationMinutes", tolerance: 0)
        let left = [
            "The gap between school drop off (9) and my shift (10.30)",
            "1 hour on weekdays, longer at weekends",
            "On my WFH days I can do 60 but office days 30. Office days are the busy ones.",
        ]
        Self.expectOnly(left, failing: outcome, firstMet: 109)
    }

    /// Set 3 of the experience answers (written blind in session 30, after sets 1 and 2 had been fixed against): 108 of 150
    /// right when first met, many of them missed in other languages. Fixed by family: not started yet and coming back in
    /// Spanish, Portuguese, French, German, Dutch, Italian and Pidgin; racing and training to a plan in other languages;
    /// years of another sport are no years of running ("Rowed at uni for four years … only been running for a few weeks");
    /// "started back", "trying again", "rebuilding", "haven't run since", a run-walk after time off; "take it seriously",
    /// "train hard", "ranked", "4th in my AG", "race ultras to win"; "since my forties", "for ages", "about a decade".
    @Test func levelAnswersSetThree() throws {
        let outcome = try SlotReference.levels("level/set-3.tsv")
        let left = [
            "I do a marathon every year but don't really follow a plan, just run 4-5 times a week with a long one on Sunday",
            "Member of a running club for 3 years but I only go to the Tuesday social run and skip all the speedwork lol",
            "Starting from zero running-wise. Swimmer my whole life.",
            "Not serious at all. Done about 10 parkruns this year and the occasional longer run on a Sunday.",
            "Competitive in the sense that I want to beat my brother at the Great North Run 😂 otherwise training properly for it, 4 days a week on a plan",
        ]
        Self.expectOnly(left, failing: outcome, firstMet: 108)
    }

    /// Every row right but those `left` (none of which may have come right unnoticed), and more right than when first met.
    static func expectOnly(_ left: [String], failing outcome: SlotReference.Outcome, firstMet: Int) {
        let failing = outcome.failures(except: left)
        let mended = outcome.mended(left)
        #expect(failing.isEmpty, "\(failing.joined(separator: "\n"))")
        #expect(mended.isEmpty, "now right, drop from the list: \(mended.joined(separator: "\n"))")
        #expect(outcome.total == 150 && outcome.right > firstMet)
    }

    /// The goal question (a blind set written in session 30, after the goal answer was found writing five wrong race
    /// distances in the held-out conversations): 92 of 150 right when first met (36 with no goal heard at all), 60 of 100
    /// on its unseen part. Fixed by family: the kinds of goal in other words and languages (`GoalKind`), a distance the
    /// runner wants to be able to run is no race ("5k non-stop", "Couch to 5k"), a maybe-race beside a comeback is the
    /// comeback, a time goal at a named race or in a named month is a race, road races known by name, more marathon cities,
    /// runners' shorthand ("HM in 6 wks", "a 1/2", "26.2!!", "medio maratón"), "improve my timing", "plus vite".
    @Test func goalAnswers() throws {
        let outcome = try SlotReference.goals("set-1.tsv")
        let left = [
            "a 10 in the summer, the one round the lake near us",
            "Maratón de Sevilla en febrero, quiero bajar de 3:30",
            "Boston 2026. Finally qualified after three tries and I just want to soak it up",
            "Track! I want to race the 1500 this summer",
            "Comrades down run in June, it's about 89km this year. My 3rd one, I want the back-to-back medal",
            "Marathon in the spring, with a 30k race in February as a tune up",
        ]
        Self.expectOnly(left, failing: outcome, firstMet: 92)
    }

    /// The unseen sets: their totals are printed, never asserted or looked into.
    @Test func heldOutTotals() throws {
        let names = try SlotReference.names("heldout.tsv"), targets = try SlotReference.targets("heldout.tsv")
        let consent = try SlotReference.consent("heldout.tsv"), volunteered = try SlotReference.volunteeredConsent("heldout.tsv")
        print("names held-out: \(names.right)/\(names.total) right; targets held-out: \(targets.right)/\(targets.total) right; "
              + "consent held-out: \(consent.right)/\(consent.total) right; consent said in passing held-out: \(volunteered.right)/\(volunteered.total) right")
        #expect(names.total == 100 && targets.total == 100 && consent.total == 100 && volunteered.total == 100)
        let age = try SlotReference.numbers("age/heldout.tsv", path: "physical.age", tolerance: 0)
        print("age held-out: \(age.right)/\(age.total) right")
        #expect(age.total == 100)
        let session = try SlotReference.numbers("session/heldout.tsv", path: "schedule.maxSessionDurationMinutes", tolerance: 0)
        let goal = try SlotReference.goals("heldout.tsv")
        print("session held-out: \(session.right)/\(session.total) right; goal held-out: \(goal.right)/\(goal.total) right")
        #expect(session.total == 100 && goal.total == 100)
        for set in SlotReference.later {
            let outcome = try set.read("heldout.tsv")
            print("\(set.name) held-out: \(outcome.right)/\(outcome.total) right")
            #expect(outcome.total == 100)
        }
    }
}
