import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// The pure interview: one message, the profile and the state in; facts, consent and words out.
struct InterviewTests {
    static let today = Date(timeIntervalSince1970: 1_795_737_600) // 2026-11-27
    static let questions = [
        InterviewQuestion(path: "identity.name", required: true, question: "Name?", hint: nil),
        InterviewQuestion(path: "legal.healthConsentAt", required: true, question: "Consent?", hint: nil),
        InterviewQuestion(path: "goals.targetTime", required: false, question: "Time?", hint: nil),
        InterviewQuestion(path: "running.currentVolume", required: true, question: "Volume?", hint: nil),
        InterviewQuestion(path: "running.currentFrequency", required: true, question: "Runs?", hint: nil),
        InterviewQuestion(path: "schedule.availableDays", required: true, question: "Days?", hint: nil),
        InterviewQuestion(path: "health.currentPain", required: true, question: "Pain?", hint: nil),
    ]
    static let interview = Interview(questions: questions)

    static func runner(_ edit: (inout Runner) -> Void = { _ in }) -> Runner {
        var runner = Runner(id: "r", userId: "u", name: "Runner", now: 0)
        edit(&runner)
        return runner
    }

    static func hear(_ message: String, asked: String?, previous: String? = nil, _ edit: (inout Runner) -> Void = { _ in }) -> Interview.Turn {
        var state = InterviewState()
        state.asked = asked
        state.previousAsked = previous
        return interview.hear(message, profile: runner(edit), state: state, today: today)
    }

    static func value(_ turn: Interview.Turn, _ path: String) -> JSONValue? {
        turn.facts.first { $0.path == path }?.value
    }

    static func half(_ runner: inout Runner) {
        runner.goals.goalType = .race
        runner.goals.raceDistance = 21.0975
    }

    static func marathon(_ runner: inout Runner) {
        runner.goals.goalType = .race
        runner.goals.raceDistance = 42.195
    }

    @Test(arguments: [
        ("1:35 would be amazing", 21.0975, 5700.0),
        ("3:45 would be nice", 42.195, 13_500),
        ("I'd like to run 3:30", 42.195, 12_600),
        ("four and a half hours", 42.195, 16_200),
        ("25:30", 5, 1530),
        ("sub 50", 10, 3000),
    ])
    func targetTimesAsPeopleSayThem(message: String, km: Double, seconds: Double) {
        let turn = Self.hear(message, asked: "goals.targetTime") { $0.goals.goalType = .race; $0.goals.raceDistance = km }
        #expect(Self.value(turn, "goals.targetTime") == .number(seconds), "\(turn.facts)")
        #expect(Self.value(turn, "coaching.coachingVoice") == nil)
    }

    @Test(arguments: [
        ("Tuesday to Friday", ["tuesday", "wednesday", "thursday", "friday"], [String]()),
        ("Tue, Wed and Fri suit me. Mondays I work late", ["tuesday", "wednesday", "friday"], ["monday"]),
        ("every day but Monday", ["tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], ["monday"]),
        ("any day except Tuesdays and Thursdays", ["monday", "wednesday", "friday", "saturday", "sunday"], ["tuesday", "thursday"]),
    ])
    func dayRangesAndExclusions(message: String, preferred: [String], blocked: [String]) {
        let turn = Self.hear(message, asked: "schedule.availableDays")
        #expect(Self.value(turn, "schedule.preferredDays") == .array(preferred.map { .string($0) }), "\(turn.facts)")
        if blocked.isEmpty {
            #expect(Self.value(turn, "schedule.blockedDays") == nil)
        } else {
            #expect(Self.value(turn, "schedule.blockedDays") == .array(blocked.map { .string($0) }))
        }
    }

    @Test func numberWords() {
        #expect(Self.value(Self.hear("five runs", asked: "running.currentFrequency"), "running.currentFrequency") == 5)
        #expect(Self.value(Self.hear("ninety minutes tops", asked: "schedule.maxSessionDurationMinutes"), "schedule.maxSessionDurationMinutes") == 90)
        #expect(Self.value(Self.hear("about thirty k", asked: "running.currentVolume"), "running.currentVolume") == 30)
    }

    @Test func passingRemarksDoNotOverwrite() {
        // "31st" is a date, not 31 stone.
        let date = Self.hear("10k on August 31st", asked: nil)
        #expect(Self.value(date, "physical.weightKg") == nil)
        // A week of running is volume, not a race date next week.
        let volume = Self.hear("I run 20 kilometers in one week", asked: "running.currentVolume") {
            Self.half(&$0)
            $0.goals.raceDate = 1_800_000_000_000
        }
        #expect(Self.value(volume, "running.currentVolume") == 20)
        #expect(Self.value(volume, "goals.raceDate") == nil)
        #expect(volume.state.pendingChanges.isEmpty)
        // A parkrun mentioned in passing is not a new goal: the change is read back, not saved.
        let parkrun = Self.hear("40 km a week over four runs, one of them parkrun on Saturday", asked: "running.currentVolume", Self.marathon)
        #expect(Self.value(parkrun, "running.currentVolume") == 40)
        #expect(Self.value(parkrun, "goals.raceDistance") == nil)
        #expect(Self.value(parkrun, "goals.goalType") == nil)
    }

    @Test func changesAreReadBackAndSavedOnYes() {
        var state = InterviewState()
        state.asked = "running.currentFrequency"
        let profile = Self.runner { Self.marathon(&$0); $0.running.currentVolume = 40 }
        let turn = Self.interview.hear("4 runs. Actually, my goal is a 10k in the spring", profile: profile, state: state, today: Self.today)
        // "Actually" says the runner is correcting: saved straight away.
        #expect(Self.value(turn, "goals.raceDistance") == 10)

        let quiet = Self.interview.hear("4 runs, and I'm training for a 10k in April", profile: profile, state: state, today: Self.today)
        #expect(Self.value(quiet, "running.currentFrequency") == 4)
        #expect(Self.value(quiet, "goals.raceDistance") == nil)
        #expect(quiet.note?.contains("marathon") == true, "\(quiet.note ?? "")")
        let yes = Self.interview.hear("yes", profile: profile, state: quiet.state, today: Self.today)
        #expect(Self.value(yes, "goals.raceDistance") == 10)
        let no = Self.interview.hear("no", profile: profile, state: quiet.state, today: Self.today)
        #expect(no.facts.isEmpty)
    }

    @Test(arguments: ["sorry, more like 35", "no wait, 35", "scratch that, 35k"])
    func bareCorrectionsFixThePreviousAnswer(message: String) {
        let turn = Self.hear(message, asked: "running.currentFrequency", previous: "running.currentVolume") { $0.running.currentVolume = 30 }
        #expect(Self.value(turn, "running.currentVolume") == 35, "\(turn.facts)")
        #expect(Self.value(turn, "running.currentFrequency") == nil)
    }

    @Test func namesAndNonAnswers() {
        #expect(Self.value(Self.hear("hi im Sam", asked: "identity.name"), "identity.name") == "Sam")
        #expect(Self.value(Self.hear("Skip", asked: "identity.name"), "identity.name") == nil)
        let none = Self.hear("nothing at present", asked: "health.currentPain") { $0.legal.healthConsentAt = 1 }
        #expect(Self.value(none, "health.currentPain") == .array([]))
        let tight = Self.hear("calves tight but not painful", asked: "health.currentPain") { $0.legal.healthConsentAt = 1 }
        #expect(Self.value(tight, "health.currentPain") != .array(["calf"]))
        let question = Self.hear("should I worry about shin splints?", asked: "running.currentVolume") { $0.legal.healthConsentAt = 1 }
        #expect(Self.value(question, "health.pastInjuries") == nil)
    }

    @Test func healthFactsWaitForConsent() {
        let early = Self.hear("I'm Ana and I had shin splints last year", asked: "identity.name")
        #expect(Self.value(early, "health.pastInjuries") == nil)
        #expect(early.state.held.map(\.path) == ["health.pastInjuries"])
        var state = early.state
        state.asked = "legal.healthConsentAt"
        let yes = Self.interview.hear("yes", profile: Self.runner(), state: state, today: Self.today)
        #expect(yes.consent == true)
        #expect(Self.value(yes, "health.pastInjuries") == .array(["shin_splints"]))
        let no = Self.interview.hear("no thanks", profile: Self.runner(), state: state, today: Self.today)
        #expect(no.consent == false)
        #expect(no.facts.isEmpty)
        #expect(no.state.held.isEmpty)
    }

    @Test func hugeNumbersAndLongLinesAreHarmless() {
        let turn = Self.hear("running for 99999999999999999999 months, 1e308 km a week", asked: "running.currentVolume")
        #expect(Self.value(turn, "running.monthsRunning") == nil)
        let long = String(repeating: "I like running on the beach. ", count: 40_000)
        let started = Date()
        let heard = Self.hear(long, asked: "running.currentVolume")
        #expect(heard.reply?.contains("first 4000 characters") == true)
        _ = started
    }

    @Test func summaryInTheRunnersUnitsAndOnlyRequiredNeeds() {
        let runner = Self.runner {
            Self.half(&$0)
            $0.running.currentVolume = 32.18688
            $0.legal.healthConsentAt = 1
        }
        let summary = ProfileSummary(runner: runner, imperial: true)
        #expect(summary.lines.contains("Running now: about 20 miles a week"), "\(summary.lines)")
        #expect(summary.lines.contains { $0.hasPrefix("Goal: a half marathon (13.1 miles)") }, "\(summary.lines)")
        #expect(!summary.lines.joined().contains("running.currentVolume"))
        #expect(summary.stillNeeded.contains("the race date"))
        #expect(!summary.stillNeeded.contains { $0.contains("coaching") || $0.contains("session") })
    }
}

extension InterviewTests {
    @Test func summaryNamesConditionsMedicationAndClearance() {
        let runner = Self.runner {
            $0.legal.healthConsentAt = 1
            $0.health.medicalConditions = ["asthma", "high_blood_pressure"]
            $0.health.medications = ["inhaler"]
            $0.health.hasPhysicianClearance = true
        }
        let lines = ProfileSummary(runner: runner, imperial: false).lines
        #expect(lines.contains("Conditions: asthma and high blood pressure"), "\(lines)")
        #expect(lines.contains("Medication: inhaler"), "\(lines)")
        #expect(lines.contains("Cleared to run by a doctor or physio"), "\(lines)")
    }
}
