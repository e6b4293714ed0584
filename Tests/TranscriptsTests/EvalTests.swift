import Agent
import CadenceCore
import CadenceTestSupport
import Foundation
import LLM
import Store
import Testing
@testable import Transcripts

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Eval suites: loading, the simulated runners, checks, scores, comparison, flakiness and reports.
struct EvalTests {
    static let root = CassetteReplayTests.root
    static let prompts = Result { try PromptSet(directory: root.appendingPathComponent("prompts")) }

    static func folder(_ files: [String: String]) throws -> URL {
        let url = ScratchFolder.root.appendingPathComponent("eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    static let beginner = """
        name: beginner
        persona:
          style: terse
          facts:
            identity.name: Maya
            goals.goalType: race
            goals.raceDistance: 5
            goals.raceDate: 2027-04-11
            running.currentVolume: 6
            running.currentFrequency: 2
            running.experienceLevel: beginner
            schedule.availableDays: 3
            schedule.preferredDays: [tuesday, thursday, saturday]
            schedule.longRunDay: saturday
            health.pastInjuries: []
            health.currentPain: []
            physical.age: 29
        expect:
          tools:
            used: [record_consent]
            notUsed: [create_plan]
          plan:
            peakWeeklyVolume: [6, 20]
            longRunDay: saturday
          turnsToCompletion: 16
        """

    static func runner(_ prompts: PromptSet, coach: EvalCoach = .guided, grader: (any LanguageModel)? = nil,
                       transcripts: URL? = nil) async throws -> EvalRunner {
        EvalRunner(prompts: prompts, coach: coach, knowledge: try await KnowledgeSnapshot.load(from: root.appendingPathComponent("KnowledgeBase")),
                   grader: grader, transcripts: transcripts)
    }

    // MARK: - Loading

    @Test func aSuiteLoadsWithItsSettings() throws {
        let url = try Self.folder(["suite.yaml": "name: s\nthreshold: 0.8\ntoday: 2027-01-04\nmaxTurns: 12\n", "b.yaml": Self.beginner])
        let suite = try EvalSuite.load(from: url)
        #expect(suite.name == "s")
        #expect(suite.threshold == 0.8)
        #expect(suite.maxTurns == 12)
        #expect(RunnerField.formatDate(Int64(suite.today.timeIntervalSince1970 * 1000)) == "2027-01-04")
        let persona = try #require(suite.cases.first?.persona)
        // Dates in facts are brought to the runner object's form.
        #expect(persona.facts["goals.raceDate"] == .number(Double(RunnerField.parseInstant("2027-04-11")!)))
        #expect(suite.cases.first?.expect.plan?.peakWeeklyVolume == [6, 20])
    }

    @Test func badCaseFilesAreNamedWithTheProblem() throws {
        let cases: [(String, String)] = [
            ("name: a\nturns: [hi]\npersona: {facts: {}}\n", "give either `turns` (scripted) or `persona`"),
            ("name: a\npersona:\n  facts:\n    physical.shoeSize: 44\n", "physical.shoeSize is not a runner field"),
            ("name: a\npersona:\n  facts:\n    physical.age: 400\n", "persona.facts.physical.age"),
            ("name: a\nturns: [hi]\nweights: {vibes: 2}\n", "weights.vibes is not a metric"),
            ("name: a\nturns: [hi]\nexpect:\n  replies:\n    matches: ['(unclosed']\n", "is not a regular expression"),
            ("turns: [hi]\n", "name is missing"),
            ("name: a\nturns: [hi\n", "not valid YAML"),
        ]
        for (text, message) in cases {
            let url = try Self.folder(["a.yaml": text])
            #expect {
                _ = try EvalSuite.load(from: url)
            } throws: { error in
                "\(error)".contains(message) && "\(error)".contains("a.yaml")
            }
        }
        #expect(throws: TranscriptError.self) { try EvalSuite.load(from: URL(fileURLWithPath: "/nonexistent/suite")) }
    }

    @Test func fieldMatchers() throws {
        let age = try RunnerField.named("physical.age"), date = try RunnerField.named("goals.raceDate")
        #expect(FieldMatcher.equals(38, tolerance: 0).matches(38, field: age))
        #expect(!FieldMatcher.equals(38, tolerance: 0).matches(39, field: age))
        #expect(FieldMatcher.equals(38, tolerance: 1).matches(39, field: age))
        #expect(FieldMatcher.equals("2027-04-20", tolerance: 0).matches(.number(Double(RunnerField.parseInstant("2027-04-20")!)), field: date))
        #expect(FieldMatcher.within(30, 35).matches(32.2, field: nil))
        #expect(!FieldMatcher.within(30, 35).matches(.null, field: nil))
        #expect(FieldMatcher.contains("shin").matches(["shin_splints"], field: nil))
        #expect(!FieldMatcher.contains("knee").matches(["shin_splints"], field: nil))
        // Case and accents aside: the Turkish capital İ lowercases to "i" with a combining dot.
        #expect(FieldMatcher.contains("izmir").matches("İzmir Marathon", field: nil))
        #expect(FieldMatcher.contains("reykjavik").matches("Reykjavík Half", field: nil))
        #expect(!FieldMatcher.contains("izmit").matches("İzmir Marathon", field: nil))
        #expect(FieldMatcher.equals(["achilles tendinopathy"], tolerance: 0).matches(["achilles_tendinopathy"], field: nil))
        #expect(FieldMatcher.equals(["sunday", "monday"], tolerance: 0).matches(["monday", "sunday"], field: nil))
        #expect(FieldMatcher.absent.matches(.null, field: nil) && !FieldMatcher.absent.matches(3, field: nil))
        #expect(FieldMatcher.oneOf(["tough_love", "analytical"]).matches("analytical", field: nil))
    }

    // MARK: - Simulated runners

    @Test func personaTopicsAreReadFromTheQuestionsOnly() {
        func keys(_ text: String) -> [String] { PersonaTopic.asked(in: text).map(\.key) }
        #expect(keys("Got it: a race on 20 April. \n\nHow old are you? Just the number.") == ["physical.age"])
        #expect(keys("To coach you I'll store what you tell me about your health, injuries and body. Is that OK?") == ["consent"])
        #expect(keys("How many days a week could you run, and which days suit you best?") == ["schedule.availableDays", "schedule.preferredDays"])
        #expect(keys("Great to meet you! What's your name, and how old are you?") == ["identity.name", "physical.age"])
        #expect(keys("That's everything I need for now.") == [])
    }

    @Test func aRuleBasedPersonaAnswersFromItsFactsAndStyle() async throws {
        var persona = Persona(facts: ["physical.age": 41, "running.currentVolume": 32.19, "schedule.longRunDay": "sunday"], style: .vague)
        persona.units = .imperial
        let runner = RuleBasedPersona(persona)
        #expect(try await runner.next(coach: "How old are you?", turn: 1) == "Old enough, ha.")
        #expect(try await runner.next(coach: "Sorry? How old are you?", turn: 2) == "I'm 41.")
        _ = try await runner.next(coach: "How far do you run in a typical week?", turn: 3)
        #expect(try await runner.next(coach: "How far do you run in a typical week?", turn: 4) == "About 20 miles a week.")
        #expect(try await runner.next(coach: "All set, talk soon.", turn: 5) == nil)
    }

    @Test func anLLMPersonaIsPlayedByTheModelAndEndsOnDone() async throws {
        let model = ScriptedModel(turns: [.reply("I'm 41."), .reply("DONE")])
        let runner = LLMPersona(Persona(facts: ["physical.age": 41]), model: model, options: LLMOptions(model: "m"))
        #expect(try await runner.next(coach: "How old are you?", turn: 1) == "I'm 41.")
        #expect(try await runner.next(coach: "Thanks, that's all.", turn: 2) == nil)
        let system = try #require(model.requests.first?.system)
        #expect(system.contains("physical.age: 41"))
        #expect(model.requests.last?.messages.count == 3)
    }

    // MARK: - Running cases

    @Test func aPersonaCaseRunsThroughTheGuidedInterviewAndPasses() async throws {
        let suite = try EvalSuite.load(from: Self.folder(["b.yaml": Self.beginner]))
        let card = try await Self.runner(Self.prompts.get()).run(suite)
        let result = try #require(card.cases.first)
        #expect(result.passed, "\(result.assertions.filter { $0.passed == false })")
        #expect(result.score == 1)
        let metrics = result.metrics
        #expect(metrics.slotCompletion == 1)
        #expect(metrics.turnsToCompletion == 13)  // terse: the goal and its date are two answers
        #expect(metrics.toolPrecision == 1)
        #expect(metrics.costUSD == 0)
        #expect(result.assertions.contains { $0.key == "fields physical.age" && $0.passed == true })
        #expect(result.assertions.contains { $0.key == "plan long run on saturday" && $0.passed == true })
        #expect(card.passed)
    }

    @Test func failedChecksLowerTheScoreAndSayWhy() async throws {
        let text = Self.beginner.replacingOccurrences(of: "physical.age: 29", with: "physical.age: 29\n  answers:\n    physical.age: skip")
            .replacingOccurrences(of: "turnsToCompletion: 16", with: "turnsToCompletion: 16\n  replies:\n    contains: [\"guarantee\"]")
        let suite = try EvalSuite.load(from: Self.folder(["b.yaml": text]))
        let card = try await Self.runner(Self.prompts.get()).run(suite)
        let result = try #require(card.cases.first)
        #expect(!result.passed && !card.passed)
        #expect(result.score < 1 && result.score > 0)
        let failed = result.assertions.filter { $0.passed == false }.map(\.key)
        #expect(failed.contains("fields physical.age"))
        #expect(failed.contains("replies contains \"guarantee\""))
        #expect(failed.contains("plan created"))  // no age, so no plan
        #expect(result.assertions.first { $0.key == "fields physical.age" }?.detail == "expected 29, got nothing")
        #expect(card.report.table.contains("✗ [coach] fields physical.age: expected 29, got nothing"))
    }

    @Test func rubricsAreGradedByAModelOrSkipped() async throws {
        let text = "name: r\nturns: [Jo, 'yes']\nexpect:\n  rubric: The coach asks for consent before health questions.\n"
        let suite = try EvalSuite.load(from: Self.folder(["r.yaml": text]))
        let skipped = try await Self.runner(Self.prompts.get()).run(suite)
        #expect(skipped.cases[0].assertions.first { $0.group == "rubric" }?.passed == nil)
        #expect(skipped.cases[0].passed)

        let grader = ScriptedModel(turns: [.reply(#"{"score": 0.3, "reason": "It never asked."}"#)])
        let graded = try await Self.runner(Self.prompts.get(), grader: grader).run(suite)
        let rubric = try #require(graded.cases[0].assertions.first { $0.group == "rubric" })
        #expect(rubric.passed == false)
        #expect(rubric.detail == "score 0.30: It never asked.")
        #expect(grader.requests.first?.messages.description.contains("Runner: Jo") == true)
    }

    @Test func repeatedRunsReportFlakiness() async throws {
        // A model that saves the age on every other run.
        let counter = Counter()
        let coach = EvalCoach.model(provider: "test", options: LLMOptions(model: "flaky-model", maxTokens: 2048)) {
            let call = ToolCall(id: "1", name: "update_physical", arguments: .parsed(["age": 40]))
            return counter.next() % 2 == 1
                ? ScriptedModel(turns: [.toolCalls([call]), .reply("Noted.")]) as any LanguageModel
                : ScriptedModel(turns: [.reply("Sorry, what?")])
        }
        let suite = try EvalSuite.load(from: Self.folder(["a.yaml": "name: a\nturns: [\"I'm 40\"]\nexpect:\n  fields:\n    physical.age: 40\n"]))
        let card = try await Self.runner(Self.prompts.get(), coach: coach).run(suite, repeat: 4)
        let result = try #require(card.cases.first)
        #expect(result.runs.count == 4)
        #expect(result.passRate == 0.5)
        #expect(result.flaky && !result.passed)
        #expect(result.assertions.first { $0.key == "fields physical.age" }?.passRate == 0.5)
        #expect(card.report.table.contains("FAIL 2/4 flaky"))
        // Tokens and cost come from the model's usage and the price table (unknown model: no price).
        #expect(result.metrics.inputTokens > 0)
        #expect(result.metrics.costUSD == nil)
    }

    @Test func aModelErrorFailsTheCaseWithoutStoppingTheSuite() async throws {
        let coach = EvalCoach.model(provider: "test", options: LLMOptions(model: "broken", maxTokens: 2048)) {
            ScriptedModel(turns: [.failure(after: [], LLMError(.server, "HTTP 500 from the server"))])
        }
        let suite = try EvalSuite.load(from: Self.folder(["a.yaml": "name: a\nturns: [hi]\n", "b.yaml": "name: b\nturns: [hi]\n"]))
        let card = try await Self.runner(Self.prompts.get(), coach: coach).run(suite)
        #expect(card.cases.count == 2)
        #expect(card.cases.allSatisfy { $0.errored && !$0.passed && $0.score == 0 })
        #expect(card.report.cases[0].error?.contains("HTTP 500") == true)
    }

    // MARK: - Comparison and reports

    @Test func comparingPromptSetsShowsWhichCasesChangedAndWhy() async throws {
        // The "previous" prompts never ask for the age, so the interview can't finish.
        let previous = ScratchFolder.root.appendingPathComponent("prompts-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("prompts"), to: previous)
        let questions = previous.appendingPathComponent("guided/questions.yaml")
        let text = try String(contentsOf: questions, encoding: .utf8)
        let start = try #require(text.range(of: "- path: physical.age"))
        let end = try #require(text.range(of: "- path:", range: start.upperBound..<text.endIndex))
        try text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "").write(to: questions, atomically: true, encoding: .utf8)

        let suite = try EvalSuite.load(from: Self.folder(["b.yaml": Self.beginner]))
        let now = try await Self.runner(Self.prompts.get()).run(suite).report
        let before = try await Self.runner(PromptSet(directory: previous)).run(suite).report
        let comparison = ScorecardComparison(before: before, after: now, beforeLabel: "previous", afterLabel: "current")
        let change = try #require(comparison.changes.first)
        #expect(change.status == "better")
        #expect(change.reasons.contains("now passes"))
        #expect(change.reasons.contains { $0.hasPrefix("fields physical.age: FAIL → pass") })
        #expect(comparison.table.contains("▲ better"))

        // A previous run's JSON reads back and compares the same way.
        let json = try JSONEncoder().encode(before)
        let file = ScratchFolder.root.appendingPathComponent("baseline-\(UUID().uuidString).json")
        try json.write(to: file)
        let baseline = try Scorecard.Report.load(from: file)
        #expect(ScorecardComparison(before: baseline, after: now, beforeLabel: "b", afterLabel: "n").changes == comparison.changes)
        #expect(ScorecardComparison(before: now, after: now, beforeLabel: "a", afterLabel: "b").changes.allSatisfy { $0.status == "same" })
    }

    @Test func theJUnitReportIsWellFormedAndCountsFailures() async throws {
        let failing = "name: fails\nturns: [Jo]\nexpect:\n  replies:\n    contains: [\"<never & said>\"]\n"
        let suite = try EvalSuite.load(from: Self.folder(["b.yaml": Self.beginner, "f.yaml": failing]))
        let report = try await Self.runner(Self.prompts.get()).run(suite).report
        let xml = report.junit(timestamp: Date(timeIntervalSince1970: 0))
        let document = try XMLDocument(xmlString: xml)
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        #expect(root.attribute(forName: "tests")?.stringValue == "2")
        #expect(root.attribute(forName: "failures")?.stringValue == "1")
        let testsuite = try #require(root.elements(forName: "testsuite").first)
        #expect(testsuite.attribute(forName: "timestamp")?.stringValue == "1970-01-01T00:00:00Z")
        let cases = testsuite.elements(forName: "testcase")
        #expect(cases.map { $0.attribute(forName: "name")?.stringValue } == ["beginner", "fails"])
        #expect(cases[0].elements(forName: "failure").isEmpty)
        let failure = try #require(cases[1].elements(forName: "failure").first)
        #expect(failure.stringValue?.contains("replies contains \"<never & said>\"") == true)
        #expect(cases.allSatisfy { Double($0.attribute(forName: "time")?.stringValue ?? "") != nil })
    }

    // MARK: - Eval transcripts replay

    @Test func evalTranscriptsReplayTheSameInCassetteMode() async throws {
        let folder = ScratchFolder.root.appendingPathComponent("eval-transcripts-\(UUID().uuidString)")
        let suite = try EvalSuite.load(from: Self.root.appendingPathComponent("evals"), only: ["reports-pain"])
        let prompts = try Self.prompts.get()
        let card = try await Self.runner(prompts, transcripts: folder).run(suite)
        #expect(card.passed)
        let url = folder.appendingPathComponent("reports-pain.jsonl")
        let report = try await CassetteReplay.run(url, prompts: prompts,
                                                  knowledge: try await KnowledgeSnapshot.load(from: Self.root.appendingPathComponent("KnowledgeBase")))
        #expect(report.differences == [])
        #expect(try report.runner.value(at: "health.currentPain") == ["knee"])
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func next() -> Int { lock.withLock { count += 1; return count } }
    }
}
