import Agent
import CadenceCore
import Foundation
import Knowledge
import MCP
import Store
import Testing
import Transcripts
@testable import CadenceMCP
import CadenceTestSupport

/// The server driven by the SDK's own client over its in-memory transport: every tool, resource
/// and prompt, the protocol errors, and the transcript replayed by `cadence replay`'s code.
struct CadenceMCPServerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let today = Date(timeIntervalSince1970: 1_795_780_800)  // 2026-11-27 09:20 UTC

    /// A runner in an in-memory database with the knowledge base loaded, a connected client, and
    /// the transcript file.
    struct Fixture {
        let database: AppDatabase
        let runner: Runner
        let server: CadenceMCPServer
        let client: Client
        let transcript: URL
        let notifications: Notifications

        static func start(readOnly: Bool = false) async throws -> Fixture {
            let clock = Clock.fixed(CadenceMCPServerTests.today)
            let database = try AppDatabase.inMemory(clock: clock, ids: .sequential())
            let runner = try database.createRunner(name: "Alex")
            let (index, _) = try await KnowledgeBase(database: database, directory: root.appendingPathComponent("KnowledgeBase"),
                                                     now: clock.millis).sync()
            let transcript = ScratchFolder.root.appendingPathComponent("mcp-\(UUID().uuidString)/session.jsonl")
            let recorder = try TranscriptRecorder(url: transcript, clock: clock)
            let server = try CadenceMCPServer(.init(
                database: database, runnerId: runner.id, prompts: try PromptSet(directory: root.appendingPathComponent("prompts")),
                knowledge: index, clock: clock, ids: .sequential(prefix: "plan"), readOnly: readOnly, sessionId: "mcp-test",
                cadenceVersion: "test", observers: [recorder]))
            let (clientSide, serverSide) = await InMemoryTransport.createConnectedPair()
            try await server.start(transport: serverSide)
            let client = Client(name: "swift-test-client", version: "1.2.3")
            let notifications = Notifications()
            await client.onNotification(ResourceListChangedNotification.self) { _ in await notifications.add() }
            _ = try await client.connect(transport: clientSide)
            return Fixture(database: database, runner: runner, server: server, client: client, transcript: transcript,
                           notifications: notifications)
        }

        func call(_ name: String, _ arguments: [String: Value] = [:]) async throws -> CallTool.Result {
            try await client.send(CallTool.request(.init(name: name, arguments: arguments))).value
        }

        func structured(_ result: CallTool.Result) -> JSONValue { MCPValue.json(result.structuredContent ?? .null) }

        func text(_ result: CallTool.Result) -> String {
            result.content.compactMap { if case .text(let text, _, _) = $0 { text } else { nil } }.joined()
        }

        func stored() throws -> Runner { try #require(try database.runner(id: runner.id)) }

        /// The file's lines as plain JSON, read independently of the transcript model.
        func lines() throws -> [JSONValue] {
            try String(contentsOf: transcript, encoding: .utf8).split(separator: "\n").map { try JSONValue(parsing: String($0)) }
        }

        /// Enough for a plan, with consent, as the runner would tell it.
        func tellEverything() async throws {
            #expect(try await call("record_consent", ["terms": true, "privacy": true, "healthData": true]).isError == nil)
            #expect(try await call("update_goals", ["goalType": "race", "raceDistance": 10, "raceDate": "2027-03-14"]).isError == nil)
            #expect(try await call("update_running", ["currentVolume": 20, "currentFrequency": 3, "experienceLevel": "casual"]).isError == nil)
            #expect(try await call("update_schedule", ["preferredDays": ["tuesday", "thursday", "sunday"], "longRunDay": "sunday"]).isError == nil)
            #expect(try await call("update_health", ["pastInjuries": [], "currentPain": []]).isError == nil)
            #expect(try await call("update_physical", ["age": 40]).isError == nil)
        }
    }

    actor Notifications {
        private(set) var count = 0
        func add() { count += 1 }
    }

    static func code(of error: any Error) -> Int? { (error as? MCPError)?.code }

    @Test func listsTheChatToolsWithTheirSchemasTheResourcesAndThePrompts() async throws {
        let fixture = try await Fixture.start()
        let (tools, _) = try await fixture.client.listTools()
        let registry = try ToolRegistry(prompts: try PromptSet(directory: Self.root.appendingPathComponent("prompts")), includeKnowledge: true)
        #expect(tools.map(\.name) == registry.specs.map(\.name) + ["get_plan"])
        for tool in tools {
            let spec = registry.specs.first { $0.name == tool.name }
            #expect(tool.inputSchema.objectValue?["type"] == "object", "\(tool.name)")
            if let spec {
                #expect(tool.description == spec.description)
                #expect(MCPValue.json(tool.inputSchema) == spec.parameters, "\(tool.name): the schema is the chat's")
            }
        }
        #expect(tools.first { $0.name == "get_profile" }?.annotations.readOnlyHint == true)
        #expect(tools.first { $0.name == "update_goals" }?.annotations.readOnlyHint == false)

        let (resources, _) = try await fixture.client.listResources()
        let uris = resources.map(\.uri)
        #expect(uris.prefix(3) == ["cadence://runner/profile.json", "cadence://runner/profile.md", "cadence://safeguards"])
        #expect(!uris.contains("cadence://plan/current"), "no plan yet")
        #expect(uris.filter { $0.hasPrefix("cadence://kb/") }.count == (try fixture.database.knowledgeEntries().filter(\.isActive).count))
        let (templates, _) = try await fixture.client.listResourceTemplates()
        #expect(templates.map(\.uriTemplate) == ["cadence://kb/{id}", "cadence://plan/current/week/{week}"])
        let (prompts, _) = try await fixture.client.listPrompts()
        #expect(prompts.map(\.name) == ["onboarding", "review_week"])
    }

    @Test func updateToolsWriteWithProvenanceAndTheTranscriptRecordsTheClient() async throws {
        let fixture = try await Fixture.start()
        let result = try await fixture.call("update_physical", ["age": 38, "heightCm": 178])
        #expect(result.isError == nil)
        #expect(fixture.structured(result)["saved"] == ["physical.age", "physical.heightCm"])
        #expect(try fixture.stored().physical.age == 38)
        let history = try fixture.database.fieldHistory(runnerId: fixture.runner.id, path: "physical.age")
        #expect(history.map(\.source) == [.user])
        #expect(history.first?.sessionId == "mcp-test")
        #expect(history.first?.turn == 1)
        #expect(history.first?.recordedAt == Int64(Self.today.timeIntervalSince1970 * 1000))
        #expect(await fixture.notifications.count >= 0)

        let profile = try await fixture.call("get_profile")
        #expect(fixture.structured(profile)["profile"]?.arrayValue?.contains("physical.age: 38") == true)

        await fixture.server.stop(reason: "test")
        let lines = try fixture.lines()
        #expect(lines.compactMap { $0["type"]?.stringValue } == [
            "session", "user", "model_response", "tool_result", "runner_update", "model_response", "assistant",
            "user", "model_response", "tool_result", "model_response", "assistant", "end",
        ])
        #expect(lines[0]["client"] == ["name": "swift-test-client", "version": "1.2.3"])
        #expect(lines[0]["provider"] == "mcp")
        #expect(lines[0]["id"] == "mcp-test")
        #expect(lines[4]["changes"]?.arrayValue?.map { $0["source"] } == ["user", "user"])
    }

    @Test func aBadArgumentIsAToolErrorWithTheChatsMessageAndWritesNothing() async throws {
        let fixture = try await Fixture.start()
        let result = try await fixture.call("update_physical", ["age": 38, "weightKg": "heavy"])
        #expect(result.isError == true)
        #expect(fixture.text(result).hasPrefix("nothing was saved: "))
        #expect(fixture.text(result).contains("weightKg"))
        #expect(try fixture.stored().physical.age == nil, "one bad field and nothing is written")
        #expect(try fixture.database.fieldHistory(runnerId: fixture.runner.id).filter { $0.source == .user }.isEmpty)

        let unknownField = try await fixture.call("update_goals", ["favouriteColour": "red"])
        #expect(unknownField.isError == true)
        #expect(fixture.text(unknownField).contains("goals.favouriteColour is not a field you can set here"))
    }

    @Test func protocolErrorsAreJSONRPCErrorsWithTheirCodes() async throws {
        let fixture = try await Fixture.start()
        await #expect { try await fixture.call("make_me_fast") } throws: { Self.code(of: $0) == -32602 }
        await #expect { try await fixture.client.readResource(uri: "cadence://nothing") } throws: { Self.code(of: $0) == -32002 }
        await #expect { try await fixture.client.readResource(uri: "cadence://plan/current") } throws: { Self.code(of: $0) == -32002 }
        await #expect { try await fixture.client.readResource(uri: "cadence://kb/no-such-entry") } throws: { Self.code(of: $0) == -32002 }
        await #expect { try await fixture.client.getPrompt(name: "nope") } throws: { Self.code(of: $0) == -32602 }
        await #expect { try await fixture.client.getPrompt(name: "onboarding", arguments: ["voice": "sarcastic"]) } throws: {
            Self.code(of: $0) == -32602
        }
        await #expect { try await fixture.client.getPrompt(name: "review_week") } throws: { Self.code(of: $0) == -32602 }
    }

    @Test func healthFactsNeedConsentAndADeclineIsKept() async throws {
        let fixture = try await Fixture.start()
        let refused = try await fixture.call("update_health", ["currentPain": ["left knee"]])
        #expect(refused.isError == true)
        #expect(fixture.text(refused).hasPrefix("nothing was saved: "))
        #expect(try fixture.stored().health.currentPain == nil)

        let declined = try await fixture.call("record_consent", ["healthData": false])
        #expect(declined.isError == nil)
        let runner = try fixture.stored()
        #expect(runner.legal.consentVersion != nil)
        #expect(runner.legal.healthConsentAt == nil)
        #expect(try await fixture.call("update_health", ["currentPain": ["left knee"]]).isError == true)
        #expect(try fixture.stored().health.currentPain == nil)

        #expect(try await fixture.call("record_consent", ["healthData": true]).isError == nil)
        #expect(try await fixture.call("update_health", ["currentPain": ["left knee"]]).isError == nil)
        #expect(try fixture.stored().health.currentPain == ["left knee"])
    }

    @Test func aRedFlagGetsTheFixedMedicalAdviceAndNoPlan() async throws {
        let fixture = try await Fixture.start()
        try await fixture.tellEverything()
        let flagged = try await fixture.call("update_health", ["currentPain": ["I get chest pain on every run now"]])
        #expect(flagged.isError == nil, "the fact is recorded, as in the chat")
        #expect(fixture.text(flagged).hasPrefix("What you describe (chest pain) needs a doctor"))
        #expect(fixture.structured(flagged)["redFlag"]?["kind"] == "chest_pain")

        let plan = try await fixture.call("create_plan", ["start": "I fainted today"])
        #expect(plan.isError == true)
        #expect(fixture.text(plan).contains("needs a doctor"))
        #expect(fixture.text(plan).contains("no plan this turn"))
        #expect(try fixture.database.currentPlan(runnerId: fixture.runner.id) == nil)
        #expect(try fixture.lines().contains { $0["type"] == "error" && $0["kind"] == "red_flag" })
    }

    @Test func plansGoThroughTheGateAndAreReadableAsResourcesAndByGetPlan() async throws {
        let fixture = try await Fixture.start()
        let early = try await fixture.call("create_plan")
        #expect(early.isError == true)
        #expect(fixture.text(early).hasPrefix("no plan: "))
        #expect(try await fixture.call("get_plan").isError == true)

        try await fixture.tellEverything()
        let before = await fixture.notifications.count
        let made = try await fixture.call("create_plan", ["start": "2026-11-30"])
        #expect(made.isError == nil)
        let structured = try #require(made.structuredContent?.objectValue)
        let plan = try #require(try fixture.database.currentPlan(runnerId: fixture.runner.id))
        #expect(structured["planId"]?.stringValue == plan.id)
        #expect(["passed", "adjusted", "needs_confirmation"].contains(structured["verdict"]?.stringValue ?? ""))
        #expect(structured["safeguardLog"]?.arrayValue?.count == plan.safeguardApplications.count)
        #expect(plan.safeguardApplications.count >= 15)
        try await Task.sleep(for: .milliseconds(50))
        #expect(await fixture.notifications.count > before, "the plan appeared: list changed")

        let (resources, _) = try await fixture.client.listResources()
        #expect(resources.contains { $0.uri == "cadence://plan/current" })
        let document = try JSONValue(parsing: try #require(try await fixture.client.readResource(uri: "cadence://plan/current").first?.text))
        #expect(document["plan"]?["id"]?.stringValue == plan.id)
        #expect(document["plannedSessions"]?.arrayValue?.count == (try fixture.database.plannedSessions(planId: plan.id).count))
        let weekText = try #require(try await fixture.client.readResource(uri: "cadence://plan/current/week/1").first?.text)
        #expect(try JSONValue(parsing: weekText)["sessions"]?.arrayValue?.isEmpty == false)
        await #expect { try await fixture.client.readResource(uri: "cadence://plan/current/week/999") } throws: { Self.code(of: $0) == -32602 }

        let read = try await fixture.call("get_plan", ["week": 2])
        #expect(read.isError == nil)
        #expect(fixture.structured(read)["week"]?["week"] == 2)
        #expect(fixture.structured(read)["week"]?["sessions"]?.arrayValue?.isEmpty == false)
        #expect(try await fixture.call("get_plan", ["week": 0]).isError == true)

        let confirmed = try await fixture.call("confirm_plan")
        if plan.status == .draft {
            #expect(confirmed.isError == nil)
            #expect(try fixture.database.currentPlan(runnerId: fixture.runner.id)?.status == .active)
        } else {
            #expect(fixture.text(confirmed) == "there is no draft plan waiting for confirmation")
        }
        #expect(try fixture.lines().contains { $0["type"] == "safeguard" && $0["planId"]?.stringValue == plan.id })
    }

    @Test func resourcesShowTheProfileTheKnowledgeWithSourcesAndTheSafeguards() async throws {
        let fixture = try await Fixture.start()
        _ = try await fixture.call("update_identity", ["name": "Alexandra"])
        let json = try JSONValue(parsing: try #require(try await fixture.client.readResource(uri: "cadence://runner/profile.json").first?.text))
        #expect(json["identity"]?["name"] == "Alexandra")
        let markdown = try #require(try await fixture.client.readResource(uri: "cadence://runner/profile.md").first?.text)
        #expect(markdown.hasPrefix("# Alexandra\n"))
        #expect(markdown.contains("Missing: "))

        let entry = try #require(try fixture.database.knowledgeEntries().first { $0.isActive })
        let kb = try #require(try await fixture.client.readResource(uri: "cadence://kb/\(entry.id)").first)
        #expect(kb.mimeType == "text/markdown")
        #expect(kb.text?.hasPrefix("# \(entry.title)") == true)
        #expect(kb.text?.contains("## Sources\n\n- \(entry.source)") == true)

        let safeguards = try JSONValue(parsing: try #require(try await fixture.client.readResource(uri: "cadence://safeguards").first?.text))
        #expect(safeguards["safeguards"]?.arrayValue?.count == (try fixture.database.safeguards().count))
    }

    @Test func searchKnowledgeAnswersFromTheIndex() async throws {
        let fixture = try await Fixture.start()
        let result = try await fixture.call("search_knowledge", ["query": "how fast should easy runs be", "k": 2])
        #expect(result.isError == nil)
        let hits = try #require(fixture.structured(result)["results"]?.arrayValue)
        #expect(hits.count == 2)
        #expect(hits.allSatisfy { $0["source"]?.stringValue?.isEmpty == false })
        #expect(try await fixture.call("search_knowledge", ["query": "x"]).isError == true)
    }

    @Test func promptsRenderTheOnboardingPromptInAVoiceAndReviewAWeek() async throws {
        let fixture = try await Fixture.start()
        _ = try await fixture.call("update_identity", ["name": "Alexandra"])
        let prompts = try PromptSet(directory: Self.root.appendingPathComponent("prompts"))
        let (_, messages) = try await fixture.client.getPrompt(name: "onboarding", arguments: ["voice": "tough_love"])
        guard case .text(let text)? = messages.first?.content else { Issue.record("no text"); return }
        #expect(text == prompts.systemPrompt(for: try fixture.stored(), today: Int64(Self.today.timeIntervalSince1970 * 1000), voice: "tough_love"))
        #expect(text.contains("Alexandra"))
        let (_, encouraging) = try await fixture.client.getPrompt(name: "onboarding")
        #expect(encouraging.first?.content != messages.first?.content, "another voice, another prompt")

        try await fixture.tellEverything()
        _ = try await fixture.call("create_plan", ["start": "2026-11-30"])
        let (_, review) = try await fixture.client.getPrompt(name: "review_week", arguments: ["week": "1"])
        guard case .text(let reviewText)? = review.first?.content else { Issue.record("no text"); return }
        #expect(reviewText.hasPrefix("Review my week with me: week 1 of "))
        #expect(reviewText.contains("2026-11-30"))
        #expect(reviewText.contains("- none recorded this week"))
    }

    @Test func readOnlyOffersOnlyTheReadingToolsAndRefusesTheOthers() async throws {
        let fixture = try await Fixture.start(readOnly: true)
        let (tools, _) = try await fixture.client.listTools()
        #expect(Set(tools.map(\.name)) == ["get_profile", "search_knowledge", "get_plan"])
        await #expect { try await fixture.call("update_physical", ["age": 30]) } throws: {
            Self.code(of: $0) == -32602 && "\($0)".contains("--read-only")
        }
        #expect(try fixture.stored().physical.age == nil)
    }

    @Test func theTranscriptReplaysTheSame() async throws {
        let fixture = try await Fixture.start()
        try await fixture.tellEverything()
        _ = try await fixture.call("update_physical", ["age": "forty"])  // refused, and so in the replay
        _ = try await fixture.call("update_health", ["currentPain": ["sharp pain in my shin today"]])
        _ = try await fixture.call("create_plan", ["start": "2026-11-30"])
        _ = try await fixture.call("get_plan", ["week": 1])
        await fixture.server.stop(reason: "test")
        let prompts = try PromptSet(directory: Self.root.appendingPathComponent("prompts"))
        let knowledge = try await KnowledgeSnapshot.load(from: Self.root.appendingPathComponent("KnowledgeBase"))
        let tools = try CadenceMCPServer.registry(prompts: prompts, includeKnowledge: true)
        let report = try await CassetteReplay.run(fixture.transcript, prompts: prompts, knowledge: knowledge, tools: tools)
        #expect(report.differences == [])
        #expect(report.turns == 10)
        #expect(report.runner.running.currentVolume == 20)
        // The red flag said in the tool call is kept as a health fact too (consent was given), as in the chat.
        #expect(report.runner.health.currentPain == ["sharp pain in my shin today", "sharp or worsening pain (sharp pain, shin)"])
    }
}
