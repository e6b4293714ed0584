import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// Task 13, eleventh corpus round: the conversations of the fifteenth and sixteenth batches (written and
/// committed before any of these fixes) and what the corpus as a whole still got wrong. Each row failed
/// before its fix; beside the corpus phrasing are other voices for it, and controls that must stay as they were.
struct AnswerPhrasingEleventhRoundTests {
    static func check(_ message: String, asked: String?, _ path: String, _ expected: JSONValue?,
                      _ edit: (inout Runner) -> Void = { _ in }) {
        AnswerPhrasingSeventhRoundTests.check(message, asked: asked, path, expected, edit)
    }

    // MARK: - Names

    /// The question asks for a first name: a name given in full is stored as the first name, and the name the
    /// runner goes by wins ("but call me", "but everybody calls me"). In ten corpus conversations written by
    /// different people, every writer expected that name; one expected the full name.
    @Test(arguments: [
        ("Howdy. Travis Wade, out of Fort Worth.", "Travis"),
        ("Sat Sri Akal. Surinder Singh here.", "Surinder"),
        ("Good day. My name is Yevgenia, but everybody calls me Zhenya. I am from Minsk.", "Zhenya"),
        ("Josianne, but call me Josie, everyone does.", "Josie"),
        ("Dr. Anand Rao", "Anand"),
        // A given name of two syllables written apart stays whole.
        ("hi im wei ming", "Wei Ming"),
        ("Nguyen Thi Lan? Just Thi Lan", "Thi Lan"),
        // Controls: one name, and what others call the runner without the runner's say-so.
        ("Sam", "Sam"),
        ("Anne-Marie", "Anne-Marie"),
    ])
    func theNameTheyGoBy(message: String, name: String) {
        Self.check(message, asked: "identity.name", "identity.name", .string(name))
    }
}

extension AnswerPhrasingEleventhRoundTests {
    /// Names typed in lower case or with "mi name", an apology that is no correction, and what others call the runner.
    @Test(arguments: [
        ("heyy wat di go aan, im queenie", "Queenie"),
        ("hi mi name xiomara", "Xiomara"),
        ("Salam! My name is Zaur. I am from Baku. Sorry for my English.", "Zaur"),
        ("Salam! I am Bahruz. My Scottish colleagues call me Bruce, but Bahruz is better.", "Bahruz"),
        ("yo whats good, im dre", "Dre"),
        // Control: a capitalised name as before.
        ("Hello. My name is Ines. Sorry about the typos.", "Ines"),
    ])
    func namesTypedAsPeopleType(message: String, name: String) {
        Self.check(message, asked: "identity.name", "identity.name", .string(name))
    }

    /// "The parkrun crowd call me an old hand", said of experience, is no name.
    @Test func aNicknameForTheRunnerIsNoNewName() {
        let turn = InterviewTests.hear("I only started at sixty-nine. The parkrun crowd call me an old hand.", asked: "running.experienceLevel") {
            $0.identity.name = "Cyril"
        }
        #expect(InterviewTests.value(turn, "identity.name") == nil, "\(turn.facts)")
    }

    /// An age given with a full name: "Quincy Barnes. Sixty-six, Dundalk".
    @Test(arguments: [
        ("Quincy Barnes. Sixty-six, Dundalk, Maryland.", 66.0),
        ("Maria Lopez, 41, from Lisbon.", 41.0),
    ])
    func anAgeAfterAFullName(message: String, age: Double) {
        Self.check(message, asked: "identity.name", "physical.age", .number(age))
    }

    /// "33. I'm five-six and about 145 pounds": the height is no age.
    @Test func aHeightIsNoAge() {
        Self.check("33. I'm five-six and about 145 pounds, if you need that.", asked: "physical.age", "physical.age", .number(33))
    }

    // MARK: - Consent

    /// A yes with a condition on how the data is used, or a yes said first and an aside with "no" after it.
    @Test(arguments: [
        ("I reckon that's alright. Long as it stays on this here computer and don't go to the insurance people.", true),
        ("Ja, fine. Store away. My knees have no secrets, they announce everything.", true),
        ("Sure, as long as nobody else sees it.", true),
        // Controls: a no, and a yes taken back.
        ("No, I'd rather not.", false),
        ("Yes. Actually, no, I'd rather not.", false),
    ])
    func consentWithAConditionOrAnAside(message: String, agreed: Bool) {
        #expect(Replies.consent(message) == agreed, "\(message)")
    }

    // MARK: - Goals

    /// A race called a half is a half marathon; building to a weekly distance is base building, and a race
    /// "maybe next year" beside it is no goal now.
    @Test(arguments: [
        ("bath half", "goals.raceDistance", JSONValue?.some(.number(21.0975))),
        ("chilly half", "goals.raceDistance", .number(21.0975)),
        ("Honestly, no race yet. I want to build up to running 20 miles a week by the summer, and then maybe pick a race after.",
         "goals.goalType", .string("base_building")),
        ("buildin my milage up. tryna get to 30 miles a week by summer, no race rn. maybe a half next yr", "goals.goalType", .string("base_building")),
        ("buildin my milage up. tryna get to 30 miles a week by summer, no race rn. maybe a half next yr", "goals.raceDistance", JSONValue?.none),
        // Controls: "my other half" is a partner, and a half next year with a race goal stays.
        ("A 10k with my other half", "goals.raceDistance", .number(10)),
    ])
    func halvesAndBases(message: String, path: String, expected: JSONValue?) {
        Self.check(message, asked: "goals.goalType", path, expected)
    }

    // MARK: - Experience

    @Test(arguments: [
        ("Started in 2023 when my doctor said lose the weight or lose a foot. Never raced except a Turkey Trot.", "casual"),
        ("been doin parkrun at albert park since i was 16 but only proper runnin this yr", "beginner"),
        // Control: a runner who calls themselves new stays new whatever the year.
        ("startd in 2024 so kinda new still, done 1 10k", "beginner"),
    ])
    func yearsStartedAndNewThisYear(message: String, level: String) {
        Self.check(message, asked: "running.experienceLevel", "running.experienceLevel", .string(level))
    }

    // MARK: - Days

    @Test(arguments: [
        // A sentence opening with "not" rules the day out; a full stop after an abbreviated day ends its sentence.
        ("Well, I could do five. Monday through Thursday, and Saturday. Not Sunday, I play piano at church.", "schedule.availableDays",
         "schedule.blockedDays", ["sunday"]),
        ("mon tues thurs sat. i work nights at the hub wed fri n sun so those r out", "schedule.availableDays",
         "schedule.preferredDays", ["monday", "tuesday", "thursday", "saturday"]),
        ("3 days. tues thurs n sunday. sat mi work at di bank till 12 so no", "schedule.availableDays", "schedule.blockedDays", ["saturday"]),
        // "I can't promise you a Tuesday" names no day; a day off work is free.
        ("Whatever days I'm off. The schedule changes every six weeks, so I can't promise you a Tuesday.", "schedule.preferredDays",
         "schedule.preferredDays", []),
        ("Sunday, if I can get it. I request most Sundays off anyway for church.", "schedule.longRunDay", "schedule.longRunDay", ["sunday"]),
        ("Put Sunday. Most rotas give me Sunday off.", "schedule.longRunDay", "schedule.blockedDays", nil),
        // Controls: a correction swaps days; a day ruled out after a list stays ruled out.
        ("Tuesday, Thursday and Sunday, not Saturday", "schedule.availableDays", "schedule.blockedDays", nil),
    ])
    func daysAsTyped(message: String, asked: String, path: String, days: [String]?) {
        let expected: JSONValue? = days.map { path == "schedule.longRunDay" ? .string($0[0]) : .array($0.map { .string($0) }) }
        Self.check(message, asked: asked, path, expected)
    }

    /// "Probably 4 days a week", asked which days, is no new count of runs.
    @Test func daysFreeAreNoRunCount() {
        let turn = InterviewTests.hear("I work three twelves in the ER, so it bounces around. Probably 4 days a week.", asked: "schedule.availableDays") {
            $0.running.currentFrequency = 3
        }
        #expect(InterviewTests.value(turn, "running.currentFrequency") == nil, "\(turn.facts)")
        #expect(InterviewTests.value(turn, "schedule.availableDays") == .number(4), "\(turn.facts)")
    }

    // MARK: - Time, pain, health, voice

    @Test(arguments: [
        ("hr max", "schedule.maxSessionDurationMinutes", "schedule.maxSessionDurationMinutes", JSONValue?.some(.number(60))),
        ("An hour and a half. On shift days I don't run at all, I'm dead on my feet.", "schedule.maxSessionDurationMinutes",
         "running.currentVolume", JSONValue?.none),
        ("Define hurting. My right ankle, since I stepped off a tram platform wrong on Friday. Nothing dramatic, just sore.",
         "health.currentPain", "health.currentPain", .array([.string("ankle")])),
        ("The foot is okay. When it is cold I feel the screw a little, but it is not pain, only I know it is there.",
         "health.currentPain", "health.currentPain", .array([])),
        ("Not a thing right now, praise the Lord. I'm on metoprolol for my blood pressure, if that matters any.",
         "health.currentPain", "health.medicalConditions", .array([.string("high_blood_pressure")])),
        ("no injury. wait mi sprain mi ankle playin netball in hi school, dat count?", "health.pastInjuries", "health.pastInjuries",
         .array([.string("ankle_sprain")])),
        ("Oh, and I have celiac disease.", "health.currentPain", "health.medicalConditions", .array([.string("celiac_disease")])),
        ("encourage mi pls lol", "coaching.coachingVoice", "coaching.coachingVoice", .string("encouraging")),
        ("tuff love pls im dead lazy", "coaching.coachingVoice", "coaching.coachingVoice", .string("tough_love")),
        ("keep it real w me. dont sugar coat nothin", "coaching.coachingVoice", "coaching.coachingVoice", .string("tough_love")),
    ])
    func otherAnswers(message: String, asked: String, path: String, expected: JSONValue?) {
        Self.check(message, asked: asked, path, expected) { $0.legal.healthConsentAt = 1; $0.running.currentVolume = 24 }
    }
}

extension AnswerPhrasingEleventhRoundTests {
    // MARK: - Dates, targets and corrections

    /// A month at a sentence's end and "First one" after it, or an ordinal before a noun, date no race.
    @Test(arguments: [
        "Marathon. Newport, in April. First one since I turned forty.",
        "In June I broke the fifth metatarsal, Jones fracture, playing basketball with my juniors.",
    ])
    func noDayFromAnOrdinalWord(message: String) {
        Self.check(message, asked: "goals.goalType", "goals.raceDate", nil)
    }

    @Test func anAbbreviatedMonthStillDates() {
        Self.check("Apr. 11", asked: "goals.raceDate", "goals.raceDate", AnswerPhrasingSixthRoundTests.millis("2027-04-11"))
    }

    /// Asked for the date, "is that the half?" is a doubt, not a new distance.
    @Test func aDoubtIsNoNewDistance() {
        let turn = InterviewTests.hear("Sunday the 11th of April. Hang on, is that the half? ... No, it's all the same weekend, the 11th is right.",
                                       asked: "goals.raceDate") { $0.goals.raceDistance = 42.195 }
        #expect(InterviewTests.value(turn, "goals.raceDistance") == nil, "\(turn.facts)")
    }

    @Test(arguments: [
        ("3:45. Actually, no. My mate Stavros said 3:45 and he's been at it two years. Put me down for four hours.", "goals.targetTime",
         JSONValue.number(4 * 3600)),
        ("About fifty k. Hold on, the missus is pulling a face, she's got the Garmin app open. Forty-two, she says. Forty-two then.",
         "running.currentVolume", .number(42)),
        ("Twenty-five miles a week. Hold on, let me check Strava... the last four weeks averaged 21. Call it 21.", "running.currentVolume",
         .number(33.8)),
        ("Sixteen miles. Wait, that was October. The last few weeks, the longest was eleven.", "running.longestRecentRun", .number(17.7)),
        ("Four days: Monday, Wednesday, Friday, Saturday. No, hold on, Fridays I'm doing overtime through March. Three days then: Monday, Wednesday, Saturday.",
         "schedule.availableDays", .number(3)),
        // Control: "can't wait" corrects nothing.
        ("Under 3:30. I can't wait, honestly.", "goals.targetTime", .number(3.5 * 3600)),
    ])
    func corrections(message: String, asked: String, expected: JSONValue) {
        let turn = InterviewTests.hear(message, asked: asked) { $0.goals.raceDistance = 42.195 }
        let value = InterviewTests.value(turn, asked)
        if case .number(let want) = expected, case .number(let got)? = value {
            #expect(abs(got - want) <= max(0.2, want * 0.01), "\(message): \(turn.facts)")
        } else {
            #expect(value == expected, "\(message): \(turn.facts)")
        }
    }
}

extension AnswerPhrasingEleventhRoundTests {
    /// A sarcastic yes followed by a plain no is a no.
    @Test(arguments: [
        "Oh sure, let me just hand my medical history to a laptop. No.",
        "Yeah right. Nope, not happening.",
    ])
    func aSarcasticYesThenANo(message: String) {
        #expect(Replies.consent(message) == false, "\(message)")
    }
}
