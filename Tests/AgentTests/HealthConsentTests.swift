import CadenceCore
import Coaching
import CadenceTestSupport
import Foundation
import Knowledge
import LLM
import Planning
import Store
import Testing
@testable import Agent

/// Consent as the seed means it: no health field and no history row for one without `legal.healthConsentAt`.
struct HealthConsentTests {
    static func healthRows(_ database: AppDatabase, _ runnerId: String) throws -> [FieldProvenance] {
        try database.fieldHistory(runnerId: runnerId).filter { HealthConsent.covers($0.path) }
    }

    @Test func declinedConsentKeepsNoHealthDataAndStillGivesACautiousPlan() async throws {
        let (database, runner, said) = try await GuidedInterviewerTests.session([
            "Hi, I'm Dana. I had shin splints last year and my left knee is a bit sore",
            "no, I'd rather not",
            "half marathon on 2027-05-16",
            "skip",
            "25k a week",
            "3",
            "casual",
            "Tue, Thu and Sun",
            "Sunday",
            "my knee still aches a bit and I had plantar fasciitis",
            "41",
            "skip", "skip",
        ])
        let stored = try #require(try database.runner(id: runner.id))
        #expect(stored.health.pastInjuries == nil)
        #expect(stored.health.currentPain == nil)
        #expect(stored.legal.healthConsentAt == nil)
        #expect(stored.legal.termsAcceptedAt == nil)
        #expect(stored.legal.privacyAcceptedAt == nil)
        #expect(HealthConsent.status(of: stored) == .declined)
        #expect(try Self.healthRows(database, runner.id).isEmpty)
        // Nothing about injuries is asked after a no.
        #expect(!said.contains { $0.contains("Have you had any running injuries?") })
        #expect(stored.conversationState.readyForPlan == true, "\(stored.conversationState.fieldsMissing ?? [])")

        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let files = try KnowledgeBaseFiles.load(from: root.appendingPathComponent("KnowledgeBase"), now: 0)
        try database.replaceKnowledgeBase(entries: [], safeguards: files.safeguards, lexicon: [:])
        let gated = try PlanGate(database: database, clock: .fixed(ChatSessionTests.today), ids: .sequential()).create(runnerId: runner.id)
        let notes = gated.plan.decisions.map { $0.what + " " + $0.reasoning }.joined(separator: "\n")
        #expect(notes.contains("health details"), "\(notes)")
        #expect(notes.contains("at most 5% a week"), "\(notes)")
    }

    @Test func healthFactsSaidBeforeConsentAreSavedOnlyAfterYes() async throws {
        let (database, runner, _) = try await GuidedInterviewerTests.session([
            "Sam here, I had shin splints last year",
            "yes that's fine",
        ])
        let stored = try #require(try database.runner(id: runner.id))
        #expect(stored.legal.healthConsentAt != nil)
        #expect(stored.health.pastInjuries == ["shin_splints"])
        let rows = try Self.healthRows(database, runner.id)
        #expect(rows.map(\.path) == ["health.pastInjuries"])
        #expect(stored.legal.termsAcceptedAt == nil, "terms are accepted only where they are shown")
    }

    /// Consent said in passing in a first message that tells everything: kept with what it covers, and the question is
    /// not asked again; a refusal said in passing keeps nothing and asks no injury or pain question.
    @Test func consentSaidBeforeTheQuestionIsTheAnswer() async throws {
        let (database, runner, said) = try await GuidedInterviewerTests.session([
            "Hi, I'm Ines, 36. Half marathon on 2027-05-16, 30 km a week over 4 runs, casual for years. "
                + "Had shin splints in 2022, nothing hurts now. And yes, you can keep my health info.",
        ])
        let stored = try #require(try database.runner(id: runner.id))
        #expect(stored.legal.healthConsentAt != nil)
        #expect(stored.health.pastInjuries == ["shin_splints"])
        #expect(try Self.healthRows(database, runner.id).map(\.path).contains("health.pastInjuries"))
        #expect(!said.contains { $0.contains("Is that OK?") }, "the consent question is not asked after the answer")
        #expect(said.last?.contains("on this computer and nowhere else") == true, "what the consent means is said back")

        let (declinedDatabase, declinedRunner, declinedSaid) = try await GuidedInterviewerTests.session([
            "Ravi, 41. Marathon on 2027-04-11, 50 km a week. My left knee is a bit sore. Please don't store my health details.",
            "5", "serious", "Tue, Thu, Sat and Sun", "Sunday",
        ])
        let declined = try #require(try declinedDatabase.runner(id: declinedRunner.id))
        #expect(HealthConsent.status(of: declined) == .declined)
        #expect(declined.health.currentPain == nil)
        #expect(try Self.healthRows(declinedDatabase, declinedRunner.id).isEmpty)
        #expect(!declinedSaid.contains { $0.contains("Is that OK?") || $0.contains("Have you had any running injuries?") })
    }

    @Test func modelPathToolRefusesHealthFieldsBeforeConsent() async throws {
        let clock = Clock.fixed(ChatSessionTests.today)
        let database = try AppDatabase.inMemory(clock: clock, ids: .sequential())
        let runner = try database.createRunner(name: "Model", context: WriteContext(source: .inferred))
        let context = ToolContext(database: database, runnerId: runner.id, knowledge: nil, clock: clock, turn: 1, sessionId: "s", ids: .sequential())
        let before = await ToolRegistry.updateSection("health", ["currentPain": ["knee"]], context)
        #expect(!before.ok)
        #expect(before.result["error"]?.stringValue?.contains("consent") == true)
        let heart = await ToolRegistry.updateSection("physical", ["age": 40, "restingHeartRate": 52], context)
        #expect(!heart.ok, "one call, one transaction: the age is not saved either")
        #expect(try database.runner(id: runner.id)?.physical.age == nil)
        #expect(try Self.healthRows(database, runner.id).isEmpty)

        let declined = ToolRegistry.consent(["healthData": false], context)
        #expect(declined.ok)
        let after = await ToolRegistry.updateSection("health", ["currentPain": ["knee"]], context)
        #expect(!after.ok)
        #expect(after.result["error"]?.stringValue?.contains("declined") == true)

        #expect(ToolRegistry.consent(["healthData": true], context).ok)
        let agreed = await ToolRegistry.updateSection("health", ["currentPain": ["knee"]], context)
        #expect(agreed.ok)
        #expect(try database.runner(id: runner.id)?.health.currentPain == ["knee"])
    }

    /// Issue #13/#20: a current red flag is kept in the runner's health facts, where the plan's
    /// stop-running safeguard reads it — but only once health consent is recorded.
    @Test func aCurrentRedFlagIsKeptAsAHealthFactOnlyWithConsent() async throws {
        let message = "My shin has a sharp pain on one spot and it's getting worse this week"
        let (database, runner, said) = try await GuidedInterviewerTests.session(["Ria", "yes", message])
        #expect(said.last?.contains("stop running") == true, "\(said.last ?? "")")
        let stored = try #require(try database.runner(id: runner.id))
        let pain = stored.health.currentPain ?? []
        #expect(pain.contains { $0.hasPrefix("sharp or worsening pain") }, "\(pain)")
        let flags = HealthFlags(runner: stored, now: ChatSessionTests.today)
        #expect(!flags.stopPain.isEmpty, "the planner's stop-running rule sees it: \(flags)")
        let rows = try Self.healthRows(database, runner.id)
        #expect(rows.contains { $0.path == "health.currentPain" })

        let (declinedDatabase, declinedRunner, declinedSaid) = try await GuidedInterviewerTests.session(["Rob", "no", message])
        #expect(declinedSaid.last?.contains("stop running") == true)
        let declined = try #require(try declinedDatabase.runner(id: declinedRunner.id))
        #expect(declined.health.currentPain == nil)
        #expect(try Self.healthRows(declinedDatabase, declinedRunner.id).isEmpty)

        let (earlyDatabase, earlyRunner, _) = try await GuidedInterviewerTests.session(["I had chest pain on my run this morning"])
        #expect(try earlyDatabase.runner(id: earlyRunner.id)?.health.currentPain == nil, "not before consent is asked")
        #expect(try Self.healthRows(earlyDatabase, earlyRunner.id).isEmpty)
    }

    /// A red flag told after the runner declined to have health data kept: the fixed advice, then one question whether a
    /// note may be kept so the plan waits for a doctor. A yes records the consent and the symptom (the profile is not ready
    /// for a plan); anything else keeps nothing, and the message is read as usual.
    @Test func aRedFlagAfterADeclineAsksOnceToKeepANote() async throws {
        let message = "My left calf has been swollen and warm since the flight back from Perth, a bit red too."
        let (database, runner, said) = try await GuidedInterviewerTests.session(["Ruth", "no", message, "yes"])
        #expect(said[3].contains("May I keep health notes"), "\(said[3])")
        #expect(said[4].contains("kept a note"), "\(said[4])")
        let agreed = try #require(try database.runner(id: runner.id))
        #expect(HealthConsent.status(of: agreed) == .given)
        #expect(RedFlagSymptoms.holdPlan(agreed), "\(String(describing: agreed.health.medicalConditions))")

        let (otherDatabase, otherRunner, otherSaid) = try await GuidedInterviewerTests.session(["Ruth", "no", message, "a half marathon"])
        #expect(!otherSaid[4].contains("kept a note"))
        let declined = try #require(try otherDatabase.runner(id: otherRunner.id))
        #expect(HealthConsent.status(of: declined) == .declined)
        #expect(declined.health.medicalConditions == nil)
        #expect(try Self.healthRows(otherDatabase, otherRunner.id).isEmpty)
        #expect(declined.goals.raceDistance != nil, "the answer after it is read as usual")

        // A plain no keeps nothing and is no answer to the question asked before the symptom: that question comes again.
        let (noDatabase, noRunner, noSaid) = try await GuidedInterviewerTests.session(["Ruth", "no", message, "no thanks", "a half marathon"])
        let openQuestion = try #require(noSaid[2].components(separatedBy: "\n\n").last)
        #expect(noSaid[4].contains("kept no note") && noSaid[4].hasSuffix(openQuestion), "\(noSaid[4])")
        let refused = try #require(try noDatabase.runner(id: noRunner.id))
        #expect(HealthConsent.status(of: refused) == .declined && refused.health.medicalConditions == nil)
        #expect(try Self.healthRows(noDatabase, noRunner.id).isEmpty)
        #expect(refused.goals.raceDistance == 21.0975, "the question was still open: \(String(describing: refused.goals.raceDistance))")

        // Control: with consent given, no such question.
        let (_, _, givenSaid) = try await GuidedInterviewerTests.session(["Ruth", "yes", message])
        #expect(givenSaid[3].contains("stop running") && !givenSaid[3].contains("May I keep"))
    }

    /// A red flag said before the consent question: the stop-running advice at once, the symptom
    /// held in the conversation and written only if consent follows (never dropped, never early).
    @Test(arguments: [
        "Hi, I'm Eva. I had chest pain on my run this morning",
        "Eva here. My shin has a sharp pain on one spot and it's getting worse this week",
        "I'm Eva and I nearly fainted on my run yesterday",
    ])
    func aRedFlagBeforeConsentIsHeldUntilTheAnswer(message: String) async throws {
        let (database, runner, said) = try await GuidedInterviewerTests.session([message])
        #expect(said.last?.contains("stop running") == true, "\(said.last ?? "")")
        #expect(try Self.healthRows(database, runner.id).isEmpty, "nothing written before consent")

        let (agreedDatabase, agreedRunner, agreedSaid) = try await GuidedInterviewerTests.session([message, "Eva", "yes"])
        #expect(agreedSaid[1].contains("stop running"))
        let agreed = try #require(try agreedDatabase.runner(id: agreedRunner.id))
        let flag = try #require(SafetyCheck.check(message))
        let (path, item) = SafetyCheck.healthFact(for: flag)
        let kept = path == "health.currentPain" ? agreed.health.currentPain : agreed.health.medicalConditions
        #expect(kept?.contains(item) == true, "\(String(describing: kept))")
        #expect(try Self.healthRows(agreedDatabase, agreedRunner.id).contains { $0.path == path })

        let (declinedDatabase, declinedRunner, _) = try await GuidedInterviewerTests.session([message, "Eva", "no"])
        let declined = try #require(try declinedDatabase.runner(id: declinedRunner.id))
        #expect(declined.health.currentPain == nil && declined.health.medicalConditions == nil)
        #expect(try Self.healthRows(declinedDatabase, declinedRunner.id).isEmpty)
    }
}
