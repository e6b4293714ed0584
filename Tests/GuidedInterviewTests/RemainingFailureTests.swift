import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// The failure classes left after the last corpus round (task 13), as tables of phrasings: a few
/// from the corpus, most in new voices. Written before the fixes.
struct RemainingFailureTests {
    static func hear(_ message: String, asked: String?, _ edit: (inout Runner) -> Void = { _ in }) -> Interview.Turn {
        InterviewTests.hear(message, asked: asked, edit)
    }

    static func consented(_ runner: inout Runner) { runner.legal.healthConsentAt = 1 }

    /// Injuries, then pain, then age: the order the health questions come in.
    static let healthQuestions = [
        InterviewQuestion(path: "health.pastInjuries", required: true, question: "Injuries?", hint: nil),
        InterviewQuestion(path: "health.currentPain", required: true, question: "Pain?", hint: nil),
        InterviewQuestion(path: "physical.age", required: true, question: "Age?", hint: nil),
    ]

    // MARK: - 1. Named days are the count of days available

    @Test(arguments: [
        ("Mon, Wed, Fri and Sun", "schedule.availableDays", 4.0),
        ("Tuesday to Thursday plus the weekend", "schedule.availableDays", 5),
        ("tues thurs sat", "schedule.availableDays", 3),
        ("Weekdays only, the weekend is family time", "schedule.availableDays", 5),
        ("any day except Wednesday works", "schedule.availableDays", 6),
        ("Mondays, Wednesdays and Saturdays suit me best", "running.currentFrequency", 3),
        ("I'm Lena, 30. I run 25k a week, any day except Wednesday works, long run on Saturdays.", "identity.name", 6),
        ("Any day really, I'm retired. Say Tuesday, Thursday and Saturday.", "schedule.availableDays", 7),
        ("Every day except Friday is possible. Best is Monday, Wednesday and Sunday.", "schedule.availableDays", 6),
        ("Thursdays are out, anything else works.", "schedule.availableDays", 6),
        ("Tuesdays and Fridays are almost always free.", "schedule.availableDays", 2),
        ("Any day the kids allow. Realistically Monday, Wednesday and Saturday.", "schedule.availableDays", 3),
    ])
    func namedDaysGiveTheCount(message: String, asked: String, count: Double) {
        let turn = Self.hear(message, asked: asked)
        #expect(InterviewTests.value(turn, "schedule.availableDays") == .number(count), "\(message): \(turn.facts)")
    }

    @Test(arguments: [
        ("4 days, Mon Tue Thu Sat Sun, whichever suits", 4.0),
        ("three days, any of Monday, Wednesday, Friday or Sunday", 3),
        ("Could do five days. Monday to Thursday and Saturday best.", 5),
    ])
    func anExplicitCountWinsOverTheNamedDays(message: String, count: Double) {
        let turn = Self.hear(message, asked: "schedule.availableDays")
        #expect(InterviewTests.value(turn, "schedule.availableDays") == .number(count), "\(message): \(turn.facts)")
    }

    @Test func oneDayInPassingIsNoCount() {
        let turn = Self.hear("About 40k a week over four runs, one of them's parkrun on a Saturday which I'm not giving up",
                             asked: "running.currentVolume")
        #expect(InterviewTests.value(turn, "schedule.availableDays") == nil, "\(turn.facts)")
    }

    @Test func aCountAlreadyGivenIsNotReplacedByNamedDays() {
        let turn = Self.hear("Tuesday and Thursday, then Sunday long", asked: "schedule.preferredDays") { $0.schedule.availableDays = 5 }
        #expect(InterviewTests.value(turn, "schedule.availableDays") == nil, "\(turn.facts)")
        #expect(turn.state.pendingChanges.isEmpty)
    }

    // MARK: - 2. Pain now: "none" is heard, and pain named with the injury history is kept

    @Test(arguments: [
        "all good now", "no niggles", "No niggles at all", "Nothing hurts, touch wood", "nah, I'm fine", "everything's fine",
        "Not at the moment", "No, nothing", "Nope. Legs feel fresh.", "all good now, the knee settled down over the summer",
        "Nothing from running, no.", "No pain at all", "zero aches", "I'm pain free these days",
        "My shoulders are stiff from the desk, but my legs don't hurt", "Knees are creaky but they don't hurt.", "Hips get tight after long runs but it's not painful.",
    ])
    func noPainNow(message: String) {
        let turn = Self.hear(message, asked: "health.currentPain", Self.consented)
        #expect(InterviewTests.value(turn, "health.currentPain") == .array([]), "\(message): \(turn.facts)")
    }

    /// History said with the goal or in passing is heard as history.
    @Test(arguments: [
        ("Building back after tearing my calf in the spring", "calf_strain"),
        ("I had Osgood-Schlatter in both knees as a teenager, settled now", "osgood_schlatter"),
    ])
    func historyInPassing(message: String, injury: String) {
        let turn = Self.hear(message, asked: "goals.goalType", Self.consented)
        #expect(InterviewTests.value(turn, "health.pastInjuries")?.arrayValue?.contains(.string(injury)) == true, "\(message): \(turn.facts)")
    }

    @Test(arguments: ["No running injuries to speak of.", "No running injuries as such, just a hip replacement in 2021.",
                      "Just tight calves after long runs", "My knees get a bit stiff in the cold"])
    func noRunningInjuries(message: String) {
        let turn = Self.hear(message, asked: "health.pastInjuries", Self.consented)
        #expect(InterviewTests.value(turn, "health.pastInjuries") == .array([]), "\(message): \(turn.facts)")
    }

    @Test(arguments: [
        ("Shin splints last year, and my left knee is a bit sore at the moment", ["shin_splints"], ["knee"]),
        ("Plantar fasciitis two years ago. Right now my achilles is a bit achy.", ["plantar_fasciitis"], ["achilles"]),
        ("None really, but my hip has been niggling this week", [], ["hip"]),
        ("I tore my calf in 2023 and my right ankle is sore since Sunday", ["calf_strain"], ["ankle"]),
    ])
    func painNamedWithTheHistoryIsKept(message: String, injuries: [String], pain: [String]) {
        let turn = Self.hear(message, asked: "health.pastInjuries", Self.consented)
        #expect(InterviewTests.value(turn, "health.pastInjuries") == .array(injuries.map { .string($0) }), "\(message): \(turn.facts)")
        #expect(InterviewTests.value(turn, "health.currentPain") == .array(pain.map { .string($0) }), "\(message): \(turn.facts)")
    }

    @Test(arguments: [
        "I tore my calf in 2023, nothing hurts now",
        "Shin splints years ago, all good now",
        "ITB in 2022. No niggles since.",
        "Runner's knee a while back, fine now",
    ])
    func historyThenNothingNow(message: String) {
        let turn = Self.hear(message, asked: "health.pastInjuries", Self.consented)
        #expect(InterviewTests.value(turn, "health.pastInjuries")?.arrayValue?.isEmpty == false, "\(message): \(turn.facts)")
        let pain = InterviewTests.value(turn, "health.currentPain")
        #expect(pain == nil || pain == .array([]), "\(message): \(turn.facts)")
    }

    /// The interview asks about pain after the injury history, unless the answer already said.
    @Test func painIsAskedAfterTheInjuryHistory() {
        let interview = Interview(questions: Self.healthQuestions)
        var runner = InterviewTests.runner(Self.consented)
        var state = InterviewState()
        #expect(interview.nextQuestion(profile: runner, state: &state) == "Injuries?")
        let injuries = interview.hear("IT band last spring", profile: runner, state: state, today: InterviewTests.today)
        #expect(InterviewTests.value(injuries, "health.currentPain") == nil, "\(injuries.facts)")
        runner = Interview.applying(injuries.facts, to: runner)
        state = injuries.state
        #expect(interview.nextQuestion(profile: runner, state: &state) == "Pain?")
        let none = interview.hear("no niggles", profile: runner, state: state, today: InterviewTests.today)
        #expect(InterviewTests.value(none, "health.currentPain") == .array([]), "\(none.facts)")
    }

    /// Pain now said in answer to the injuries question: recorded as pain, and the history asked again
    /// at once (not left for the end, where a scripted or hurried runner may never answer it).
    @Test func painInAnswerToTheInjuriesQuestion() {
        let interview = Interview(questions: Self.healthQuestions)
        var runner = InterviewTests.runner(Self.consented)
        var state = InterviewState()
        _ = interview.nextQuestion(profile: runner, state: &state)
        let pain = interview.hear("My right knee has been a bit sore lately", profile: runner, state: state, today: InterviewTests.today)
        #expect(InterviewTests.value(pain, "health.currentPain") == .array(["knee"]), "\(pain.facts)")
        #expect(InterviewTests.value(pain, "health.pastInjuries") == nil, "\(pain.facts)")
        runner = Interview.applying(pain.facts, to: runner)
        state = pain.state
        #expect(interview.nextQuestion(profile: runner, state: &state) == "Injuries?")
        let none = interview.hear("No, nothing else", profile: runner, state: state, today: InterviewTests.today)
        #expect(InterviewTests.value(none, "health.pastInjuries") == .array([]), "\(none.facts)")
    }

    // MARK: - Experience as people say it (the corpus's most common missing required field)

    @Test(arguments: [
        ("I'm fairly new, about a year.", "beginner"), ("Pretty new, I only started in the spring.", "beginner"),
        ("I started six weeks ago, so, seasoned veteran.", "beginner"), ("Still quite new to it, since September", "beginner"),
        ("I've been running since uni, so about eight years, mostly for my head.", "casual"),
        ("I run since three years, before I played football.", "casual"), ("Been at it on and off since 2019", "casual"),
        ("Ran at school, picked it back up two years ago and run pretty regularly now.", "casual"),
        ("I started at 65, so seven years. Steady but slow.", "casual"),
        ("Been on the school team since year 7, so 4 years", "competitive"), ("I run for a club and race most months", "competitive"),
        ("I'd been running for six years before the injury, so returning, I guess.", "returning"),
    ])
    func experience(message: String, level: String) {
        let turn = Self.hear(message, asked: "running.experienceLevel")
        #expect(InterviewTests.value(turn, "running.experienceLevel") == .string(level), "\(message): \(turn.facts)")
    }

    // MARK: - 3. Names from greetings

    @Test(arguments: [
        ("hi im Sam", "Sam"), ("Hey there! I'm Dana", "Dana"), ("hello there, Priya here", "Priya"), ("Hiya, it's Gus.", "Gus"),
        ("Yo, name's Tariq", "Tariq"), ("good morning! Marta", "Marta"), ("hi there, call me Jo", "Jo"),
        ("Hey coach, Ravi here", "Ravi"), ("Hi Cadence! I'm Leo.", "Leo"), ("hey, its Mo", "Mo"), ("hi im jake", "Jake"),
        ("Hello, I am Aiko, nice to meet you", "Aiko"), ("Morning! It's Bea", "Bea"),
    ])
    func namesAfterGreetings(message: String, name: String) {
        #expect(Replies.name(in: message, expecting: "identity.name") == name, "\(message)")
        let turn = Self.hear(message, asked: "identity.name")
        #expect(InterviewTests.value(turn, "identity.name") == .string(name), "\(message): \(turn.facts)")
    }

    /// Everything in one message: the age said right after the name.
    @Test(arguments: [
        ("Hi! Fatima, 27, first half marathon in Birmingham in October", "Fatima", 27.0),
        ("George here, 63 years young. Signed up for a marathon in October", "George", 63),
        ("ok quick summary so you don't have to ask: Lena, 30, 5k PB is 24:30", "Lena", 30),
    ])
    func nameAndAgeInOneMessage(message: String, name: String, age: Double) {
        let turn = Self.hear(message, asked: "identity.name")
        #expect(InterviewTests.value(turn, "identity.name") == .string(name), "\(message): \(turn.facts)")
        #expect(InterviewTests.value(turn, "physical.age") == .number(age), "\(message): \(turn.facts)")
    }

    @Test(arguments: ["Marathon, 26.2 miles of it", "Sunday, 10 am is best", "Tom, 5k in 25 minutes",
                      "About 20 miles a week. Sorry, 20 kilometres, I'm in Canada."])
    func aNumberAfterAWordIsNotAlwaysAnAge(message: String) {
        #expect(InterviewTests.value(Self.hear(message, asked: "identity.name"), "physical.age") == nil, "\(message)")
    }

    @Test(arguments: ["hey there", "Hi there!", "Skip", "skip that", "skip it please", "hello coach", "Hey!", "hi cadence",
                      "I'd rather not say", "pass", "good morning"])
    func greetingsAndSkipsAreNoNames(message: String) {
        #expect(Replies.name(in: message, expecting: "identity.name") == nil, "\(message)")
        let turn = Self.hear(message, asked: "identity.name")
        #expect(InterviewTests.value(turn, "identity.name") == nil, "\(message): \(turn.facts)")
    }
}

/// Race names said around the distance (corpus round after task 13): "Half" belongs to the
/// distance, and a place after the distance names the race; a race in the past names nothing.
struct RaceNameTests {
    @Test(arguments: [
        ("The Lisbon Half Marathon, March 21st", "Lisbon Half Marathon"),
        ("Marathon in Rotterdam, April 11th.", "Rotterdam Marathon"),
        ("Marathon. London, April 25th.", "London Marathon"),
        ("Half, Cardiff, in October", "Cardiff Half Marathon"),
        ("So my sister and I signed up for the Cardiff Half Marathon, it's on the 3rd of October", "Cardiff Half Marathon"),
        ("the berlin half marathon in april", "Berlin Half Marathon"),
        ("I did the marathon in Rotterdam last year", nil),
        ("Marathon in April", nil),
        ("Half marathon, I think. In May", nil),
        ("Marathon, Sunday the 12th", nil),
        ("A marathon. Because a half was apparently too easy for my ego.", nil),
        ("Half marathon. Probably Sub 2 if I'm lucky", nil),
    ] as [(String, String?)])
    func raceNames(message: String, name: String?) {
        let turn = InterviewTests.hear(message, asked: "goals.goalType")
        #expect(InterviewTests.value(turn, "goals.raceName") == name.map { .string($0) }, "\(message): \(turn.facts)")
    }
}
