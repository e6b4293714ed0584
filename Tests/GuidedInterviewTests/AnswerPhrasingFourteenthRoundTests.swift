import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// Task 13, fourteenth round: families of phrasing found by blind answer sets written before these fixes (consent said in
/// passing, experience set 2, days set 2) and by the held-out conversations' shape (runners who say everything at once,
/// consent included, were asked again). Each test names the family, with rows in other words than the sets' and controls
/// that must stay as they were.
struct AnswerPhrasingFourteenthRoundTests {
    static func check(_ message: String, asked: String?, _ path: String, _ expected: JSONValue?,
                      _ edit: (inout Runner) -> Void = { _ in }) {
        AnswerPhrasingSeventhRoundTests.check(message, asked: asked, path, expected, edit)
    }
    static func days(_ names: String...) -> JSONValue { .array(names.map { .string($0) }) }

    // MARK: - Consent said before the question

    @Test(arguments: [
        ("Hi, I'm Noor, 31. Half in April, 25k a week. Had a stress fracture in 2021. You can keep my health info, that's fine.", true),
        ("Tom here. 10k in May. Happy for you to store all this, including the knee stuff.", true),
        ("Ama, 44. Health data: yes. Marathon, 50 km a week.", true),
        ("Jo, 29. Please don't save my medical details. Sore Achilles, 5k in March.", false),
        ("Priya. Running stuff is fine to keep, health details no.", false),
        ("Kai, 35. You can have the running numbers but not the health bits.", false),
        ("Leo. I was going to say don't store my health stuff, but actually go ahead.", true),
        ("Mia. Ok to store my details. Wait, not the health part, leave that out.", false),
        // Controls: storage, data and yes/no words about something else say nothing about consent.
        ("Sam, 40. My Garmin stores all my data anyway. No injuries.", nil),
        ("Bea. I keep a training log in a spreadsheet. Happy to run 4 days.", nil),
        ("Raj. Is my data safe? Half marathon in June.", nil),
        ("Lou. Keep it simple please, no pain, no injuries.", nil),
        ("Eve, 52. Data nerd, give me numbers. Sure, Sundays work.", nil),
    ] as [(String, Bool?)])
    func consentSaidInPassing(message: String, consent: Bool?) {
        #expect(VolunteeredConsent.read(message) == consent, "\(message)")
        let turn = InterviewTests.hear(message, asked: "identity.name")
        #expect(turn.consent == consent, "\(message)")
    }

    /// A yes said in passing saves what the message held for it; a no keeps none of it and says so.
    @Test func consentSaidInPassingDecidesTheHealthFacts() {
        let yes = InterviewTests.hear("Dana, 38. Had shin splints in 2022. Yes, you can keep my health details.", asked: "identity.name")
        #expect(InterviewTests.value(yes, "health.pastInjuries") == .array([.string("shin_splints")]))
        let no = InterviewTests.hear("Dana, 38. Had shin splints in 2022. Don't store my health details please.", asked: "identity.name")
        #expect(InterviewTests.value(no, "health.pastInjuries") == nil)
        #expect(InterviewTests.value(no, "physical.age") == .number(38), "the rest of the message is still heard")
        // Asked the consent question itself, an open answer stays open (the consent reader's, not this one's).
        let open = InterviewTests.hear("what do you do with my data? I'll decide about the health stuff later", asked: "legal.healthConsentAt")
        #expect(open.consent == nil)
    }

    // MARK: - Experience

    /// An option word asked back is no pick ("Competitive? Me?"); said with a rising tone it still is ("I'd say casual?").
    @Test(arguments: [
        ("Competitive? Me? I get winded on the stairs. Day one, mate.", "beginner"),
        ("what's the difference between serious and competitive?", nil),
        ("Serious? lol no. I just run round the block to clear my head", nil),
        ("I'd say casual? Started in 2021 and kept it up, a couple of 5Ks.", "casual"),
        ("casual I guess? three runs a week for years", "casual"),
    ] as [(String, String?)])
    func optionWordsAskedBack(message: String, level: String?) {
        Self.check(message, asked: "running.experienceLevel", "running.experienceLevel", level.map { .string($0) })
    }

    /// Then and now: what the runner does now is the level ("used to be competitive … now I potter").
    @Test(arguments: [
        ("Used to be competitive, ran for Wales as a junior, but that was 20 years ago. Now I potter round the park twice a week.", "casual"),
        ("Raced for my college cross country team back in the day, these days it's a slow trot with the dog.", "casual"),
        ("I raced at county level as a teenager, then nothing for about fifteen years. Lacing up again this month.", "returning"),
        ("Ran a few marathons in my 30s, then life happened. Now 50 and trying to get back to it.", "returning"),
        ("Was running well until chemo. Building back up slowly, ten minutes at a time.", "returning"),
        // Control: racing now is racing.
        ("Ran for my county as a junior and I still race for the club in the national league.", "competitive"),
    ] as [(String, String?)])
    func thenAndNow(message: String, level: String?) {
        Self.check(message, asked: "running.experienceLevel", "running.experienceLevel", level.map { .string($0) })
    }

    @Test(arguments: [
        // Not started: a run-walk programme, a first run days ago, never gone for a run.
        ("the app has me doing run 60 seconds walk 90 seconds", "beginner"),
        ("first ever parkrun was last saturday and I walked half of it", "beginner"),
        ("I play five-a-side but I've never actually gone for a run", "beginner"),
        ("Only started running this month, the doctor told me to", "beginner"),
        // Placing and times only the fastest run.
        ("I'm 63 and won the M60 category at the national 10k champs last year", "competitive"),
        ("First woman at our parkrun most weeks", "competitive"),
        ("Run for the county at cross country, 5k PB 15:40", "competitive"),
        ("Represented Ireland at the European cross country champs last winter", "competitive"),
        // Structured training.
        ("Triathlete, two Ironmans, running off a coach-written plan", "serious"),
        ("Running 5 years, regular half marathons on a Hal Higdon plan", "serious"),
        ("parkrun every week, down to 22 minutes, speedwork on Tuesdays to get under 21", "serious"),
        // Controls: a race's name is not its distance, "a plan" wanted is not training to one, "come back to this" no comeback.
        ("Been running about three years. Did the half at Marathon Bahamas twice, 2:08 the last time.", "casual"),
        ("I just want a plan for losing weight", nil),
        ("can we come back to this later", nil),
    ] as [(String, String?)])
    func whatTheRunnerDoes(message: String, level: String?) {
        Self.check(message, asked: "running.experienceLevel", "running.experienceLevel", level.map { .string($0) })
    }

    // MARK: - Days

    /// Weekdays in more languages, read only in answer to a days question.
    @Test(arguments: [
        ("tisdag och torsdag, plus lördag", ["tuesday", "thursday", "saturday"]),
        ("Pazartesi ve Çarşamba, also Cumartesi", ["monday", "wednesday", "saturday"]),
        ("Selasa, Kamis dan Sabtu", ["tuesday", "thursday", "saturday"]),
        ("Somvar aur Shanivar best hai", ["monday", "saturday"]),
        ("Dydd Llun a dydd Iau", ["monday", "thursday"]),
        ("Posso segunda, quarta e sábado", ["monday", "wednesday", "saturday"]),
        ("周二、周四和周日", ["tuesday", "thursday", "sunday"]),
        ("月・水・金がいいです", ["monday", "wednesday", "friday"]),
    ] as [(String, [String])])
    func weekdaysInOtherLanguages(message: String, days: [String]) {
        Self.check(message, asked: "schedule.availableDays", "schedule.preferredDays", .array(days.map { .string($0) }))
    }

    @Test func aDaySaidNoInOtherWords() {
        Self.check("Tuesday, Wednesday, Sunday. Thursday no because of my German class.", asked: "schedule.availableDays",
                   "schedule.blockedDays", Self.days("thursday"))
        Self.check("Dinsdag en zondag. Vrijdag kan ik niet.", asked: "schedule.availableDays", "schedule.blockedDays", Self.days("friday"))
        Self.check("Dienstag und Samstag. Montags geht nicht.", asked: "schedule.availableDays", "schedule.blockedDays", Self.days("monday"))
        // Control: a day that cannot be long is still a running day.
        Self.check("Tuesday, Thursday and Sunday. Sunday can't be too long though.", asked: "schedule.availableDays",
                   "schedule.preferredDays", Self.days("tuesday", "thursday", "sunday"))
    }

    /// The count said wins over the days listed, said bare too ("I'd aim for 3", "Let's go 5", "Three. Sorry, four.").
    @Test(arguments: [
        ("Any day except Wednesday works, I'd aim for 3 though.", 3),
        ("Mon Tue Wed Thu Fri Sat Sun, any of them really. Let's go 5.", 5),
        ("Three. Sorry, four. Mon Tue Thu Sat.", 4),
        ("I'd love to say 6 but let's be real, 4. Mon, Wed, Fri, Sun", 4),
        ("Put me down for 3, my rota changes every week.", 3),
        // Control: a clock time is no count.
        ("Tuesday and Thursday, I finish at 4 those days.", 2),
    ] as [(String, Int)])
    func aCountSaid(message: String, count: Int) {
        Self.check(message, asked: "schedule.availableDays", "schedule.availableDays", .number(Double(count)))
    }

    @Test func everyOtherDayAndOneOfTwo() {
        // "Rest of the week is open", "everything but Friday": the other days.
        Self.check("Wednesdays are a write-off, choir. Rest of the week is open.", asked: "schedule.availableDays", "schedule.preferredDays",
                   Self.days("monday", "tuesday", "thursday", "friday", "saturday", "sunday"))
        Self.check("6 days, everything but Monday which is my rest day", asked: "schedule.availableDays", "schedule.preferredDays",
                   Self.days("tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
        // One of two, not yet which: neither is a day for sure.
        Self.check("3 days: Monday, Wednesday and either Saturday or Sunday, don't mind which.", asked: "schedule.availableDays",
                   "schedule.preferredDays", Self.days("monday", "wednesday"))
        Self.check("Tue and Thu with the club, and a long one Saturday or Sunday, whichever's drier. So 3.", asked: "schedule.availableDays",
                   "schedule.preferredDays", Self.days("tuesday", "thursday"))
        // Controls: "the other days" filled with something else are no running days; "Saturday or Sunday" both wanted stays.
        Self.check("mon wed fri, I lift weights the other days", asked: "schedule.availableDays", "schedule.preferredDays",
                   Self.days("monday", "wednesday", "friday"))
        Self.check("Saturday or Sunday mornings are best, both if I can", asked: "schedule.availableDays", "schedule.preferredDays",
                   Self.days("saturday", "sunday"))
    }
}

extension AnswerPhrasingFourteenthRoundTests {
    /// The age said other than as the number (the tests' day is 27 November 2026), and answers that give no single age.
    @Test(arguments: [
        ("Born 2 January 1990", 36), ("DOB 03/14/1985", 41), ("born in '88", 38), ("a 1972 model, still running", 54),
        ("1983, birthday was in March", 43), ("born 1990, but my birthday isn't till the 20th", 35),
        ("40 next month", 39), ("nearly 60", 59), ("the big five-oh next week, help", 49), ("just hit the big 4-0", 40),
        ("my kids think I'm mad, starting this at 57", 57), ("My passport says 44, my knees say 80", 44),
        ("Birthday's next week so still 32 for now", 32),
    ] as [(String, Int)])
    func ageSaidOtherwise(message: String, age: Int) {
        Self.check(message, asked: "physical.age", "physical.age", .number(Double(age)))
    }

    @Test(arguments: ["over 40", "44 or 45, I forget which", "born in the 70s", "my birthday's 3 May, if that helps"])
    func noSingleAge(message: String) {
        Self.check(message, asked: "physical.age", "physical.age", nil)
    }

    /// Controls: outside the age question, "nearly 50 km" and "turning 40 minutes" are no age.
    @Test func noAgeOutsideItsQuestion() {
        Self.check("I run nearly 50 km a week", asked: "running.currentVolume", "physical.age", nil)
        Self.check("Born in 1990, still 36", asked: "identity.name", "physical.age", .number(36))
    }
}

extension AnswerPhrasingFourteenthRoundTests {
    /// The week from a run a day or a run times its count, and units said short.
    @Test(arguments: [
        ("I do 6 km every morning", 42.0), ("8km every day except Sunday", 48), ("4 km every morning, weekdays only", 20),
        ("a mile a day, every day", 11.3), ("twice a week, 9 or 10 km each", 19), ("maybe 4 times 5km", 20),
        ("About 30 mpw", 48.3), ("45ks, give or take", 45), ("about 60k a fortnight", 30),
        // Controls: a run a day said of walking, a figure for the week as it was.
        ("30 km a week, about 6 km each run", 30),
    ] as [(String, Double)])
    func aWeekFromItsRuns(message: String, km: Double) {
        let turn = InterviewTests.hear(message, asked: "running.currentVolume") { $0.legal.healthConsentAt = 1 }
        let value = InterviewTests.value(turn, "running.currentVolume")?.doubleValue
        #expect(value.map { abs($0 - km) <= max(0.5, km * 0.03) } == true, "\(message): \(String(describing: value))")
    }
}
