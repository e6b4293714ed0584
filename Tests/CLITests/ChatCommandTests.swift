import CadenceCore
import CadenceTestSupport
import Foundation
import Testing

/// `cadence chat` as a subprocess, not on a terminal: one message per input line, each reply printed.
@Suite(.serialized)
struct ChatCommandTests {
    static let key = "sk-chat-SECRET-0123456789abcdef"

    static func transcriptLines(_ cli: CadenceBinary) throws -> [JSONValue] {
        let folder = cli.home.appendingPathComponent("transcripts")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonl") }
        let file = try #require(files.first)
        return try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(separator: "\n")
            .map { try JSONValue(parsing: String($0)) }
    }

    static func everythingStored(_ cli: CadenceBinary) throws -> String {
        let folder = cli.home.appendingPathComponent("transcripts")
        var text = ""
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            text += try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        }
        return text + String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: cli.databasePath))) ?? Data(), as: UTF8.self)
    }

    @Test func anOpenAICompatibleModelFillsTheProfileThroughTools() throws {
        let call = OpenAIWireScript.toolCalls([("call_1", "update_goals",
                                                [#"{"goalType":"race","raceDist"#, #"ance":10,"raceDate":"2027-03-14"}"#])])
        let server = try ScriptedHTTPServer(responses: [
            .sse(call, chunkSize: 7),
            .sse(OpenAIWireScript.text(["A 10K on 14 March, ", "great. How much do you run now?"])),
        ])
        let cli = try CadenceBinary(environment: ["OPENAI_API_KEY": Self.key])
        #expect(try cli.run("runner", "create", "--name", "Alex").status == 0)
        let run = try cli.run(["chat", "--provider", "openai", "--base-url", server.baseURL.absoluteString + "/v1"],
                              stdin: "I'm running a 10k on 2027-03-14\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("A 10K on 14 March, great. How much do you run now?"))
        let runner = try cli.run("runner", "show", "--json").json() as? [String: Any]
        let goals = runner?["goals"] as? [String: Any]
        #expect(goals?["goalType"] as? String == "race")
        #expect(goals?["raceDistance"] as? Int == 10)
        #expect(goals?["raceDate"] as? Int == 1_804_982_400_000)
        let history = try cli.run("runner", "history", "goals.raceDate", "--json").json() as? [String: Any]
        #expect((history?["history"] as? [[String: Any]])?.first?["source"] as? String == "user")

        // The second request sent the tool result back as a `tool` message.
        let second = try #require(server.requests.last?.json)
        #expect(second["messages"]?.arrayValue?.last?["role"] == "tool")
        #expect(second["messages"]?.arrayValue?.first?["role"] == "system")
        let lines = try Self.transcriptLines(cli)
        #expect(lines.first?["type"] == "session")
        #expect(lines.first?["provider"] == "openai")
        #expect(lines.first?["prompts"]?["sha256"]?.stringValue?.count == 64)
        #expect(lines.contains { $0["type"] == "runner_update" })
        #expect(lines.last?["type"] == "end")
        for text in [run.stdout, run.stderr, try Self.everythingStored(cli)] { #expect(!text.contains(Self.key)) }
    }

    @Test func anAnthropicModelToo() throws {
        let tool = AnthropicWireScript.toolUseBlock(index: 0, id: "toolu_1", name: "update_physical", fragments: [#"{"age""#, #": 41}"#])
        let server = try ScriptedHTTPServer(responses: [
            .sse([AnthropicWireScript.messageStart()] + tool
                 + [AnthropicWireScript.messageDelta(stopReason: "tool_use", outputTokens: 9), AnthropicWireScript.messageStop]),
            .sse(AnthropicWireScript.text(["Thanks, noted that you're 41."])),
        ])
        let cli = try CadenceBinary(environment: ["ANTHROPIC_API_KEY": Self.key])
        #expect(try cli.run("runner", "create", "--name", "Sam").status == 0)
        let run = try cli.run(["chat", "--provider", "anthropic", "--base-url", server.baseURL.absoluteString], stdin: "I'm 41\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Thanks, noted that you're 41."))
        #expect(try cli.run("runner", "show", "physical.age").stdout == "41\n")
        let second = try #require(server.requests.last?.json)
        let lastContent = second["messages"]?.arrayValue?.last?["content"]?.arrayValue?.first
        #expect(lastContent?["type"] == "tool_result")
        #expect(second["system"] != nil)
        #expect(!(try Self.everythingStored(cli)).contains(Self.key))
    }

    /// Issue 15, bug 1: a reply cut by max_tokens inside a tool call. The call is not run, goes back
    /// to the server with `{}` arguments and an error result (llama.cpp answered the raw `{"age":`
    /// with HTTP 500 and Cadence retried it), and the turn ends without asking again.
    @Test func aToolCallCutByTheTokenLimitIsNeitherRunNorEchoed() throws {
        let cut = [OpenAIWireScript.chunk(delta: ["role": "assistant", "content": .null]),
                   OpenAIWireScript.toolFragment(index: 0, id: "call_1", name: "update_physical", arguments: ""),
                   OpenAIWireScript.toolFragment(index: 0, arguments: #"{"age":"#),
                   OpenAIWireScript.chunk(delta: [:], finishReason: "length"),
                   OpenAIWireScript.usageChunk(prompt: 20, completion: 6), OpenAIWireScript.done]
        let server = try ScriptedHTTPServer(responses: [.sse(cut), .sse(OpenAIWireScript.text(["How old are you?"]))])
        let cli = try CadenceBinary(environment: ["OPENAI_API_KEY": Self.key])
        #expect(try cli.run("runner", "create", "--name", "Alex").status == 0)
        let run = try cli.run(["chat", "--provider", "openai", "--base-url", server.baseURL.absoluteString + "/v1", "--max-tokens", "6"],
                              stdin: "I'm 38\nhello\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("cut off at its token limit"))
        #expect(run.stdout.contains("How old are you?"))
        #expect(server.requests.count == 2)
        #expect(try cli.run("runner", "show", "physical.age").stdout != "38\n")

        let second = try #require(server.requests.last?.json?["messages"]?.arrayValue)
        let echoed = try #require(second.first { $0["tool_calls"] != nil })
        #expect(echoed["tool_calls"]?.arrayValue?.first?["function"]?["arguments"] == "{}")
        let result = try #require(second.first { $0["role"] == "tool" })
        #expect(result["tool_call_id"] == "call_1")
        #expect(result["content"]?.stringValue?.contains("was not run") == true)
        #expect(server.requests.last?.json?["max_tokens"] == 6)
        let lines = try Self.transcriptLines(cli)
        #expect(lines.contains { $0["type"] == "error" && $0["kind"] == "tool_call_cut" })
        #expect(!lines.contains { $0["type"] == "runner_update" })
    }

    @Test func aModelErrorIsReportedAndTheSessionGoesOn() throws {
        let server = try ScriptedHTTPServer(responses: [
            OpenAIWireScript.error(status: 401, message: "Incorrect API key provided: sk-chat-***", type: "invalid_request_error",
                                   code: "invalid_api_key"),
            .sse(OpenAIWireScript.text(["Hello again."])),
        ])
        let cli = try CadenceBinary(environment: ["OPENAI_API_KEY": Self.key])
        let run = try cli.run(["chat", "--provider", "openai", "--base-url", server.baseURL.absoluteString + "/v1"], stdin: "hi\nhi again\n")
        // The session goes on, but piped input exits 1: one message got no answer (the CLI contract).
        #expect(run.status == 1)
        #expect(run.stderr.contains("error:"))
        #expect(run.stderr.contains("1 message(s) got no answer"))
        #expect(run.stdout.contains("Hello again."))
        #expect(try Self.transcriptLines(cli).contains { $0["type"] == "error" && $0["kind"] == "authentication" })
    }

    @Test func continueResumesTheLastConversation() throws {
        let server = try ScriptedHTTPServer(responses: [
            .sse(OpenAIWireScript.text(["Nice to meet you, Alex."])),
            .sse(OpenAIWireScript.text(["Welcome back."])),
        ])
        let cli = try CadenceBinary(environment: ["OPENAI_API_KEY": Self.key])
        #expect(try cli.run("runner", "create", "--name", "Alex").status == 0)
        let arguments = ["chat", "--provider", "openai", "--base-url", server.baseURL.absoluteString + "/v1"]
        #expect(try cli.run(arguments, stdin: "Hi, I'm Alex\n").status == 0)
        let resumed = try cli.run(arguments + ["--continue"], stdin: "I'm back\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("Continuing from"))
        let messages = try #require(server.requests.last?.json?["messages"]?.arrayValue)
        // The earlier exchange comes back as it was said; this turn's message carries the runner's
        // context ahead of its text (issue 15: the prefix before it stays the same, so it caches).
        let contents = messages.compactMap { $0["content"]?.stringValue }.suffix(3)
        #expect(Array(contents.prefix(2)) == ["Hi, I'm Alex", "Nice to meet you, Alex."])
        let last = contents.last ?? ""
        #expect(last.hasPrefix("<context>") && last.hasSuffix("</context>\n\nI'm back"), "\(last)")
    }

    @Test func aGuidedOnboardingReplaysTheSame() throws {
        let cli = try CadenceBinary()
        let transcript = cli.home.appendingPathComponent("onboarding.jsonl").path
        let chat = try cli.run(["chat", "--provider", "guided", "--transcript", transcript],
                               stdin: "Alex\nyes\n10k on 2027-05-08\nskip\n25k a week\n3\ncasual\n")
        #expect(chat.status == 0, "\(chat.stderr)")
        let replay = try cli.run("replay", transcript)
        #expect(replay.status == 0, "\(replay.stdout)\(replay.stderr)")
        #expect(replay.stdout.hasPrefix("same  onboarding.jsonl  (7 turns)"))
        let json = try cli.run("replay", transcript, "--json").json() as? [String: Any]
        #expect((json?["replays"] as? [[String: Any]])?.first?["same"] as? Bool == true)
        #expect(try cli.run("replay", cli.home.appendingPathComponent("missing.jsonl").path).status == 1)
    }

    /// `/undo` and `/profile` speak as the interview does, in plain words and the runner's units,
    /// never in field paths (issue #19).
    @Test func undoAndProfileSpeakPlainly() throws {
        let cli = try CadenceBinary()
        let run = try cli.run(["chat", "--provider", "guided"],
                              stdin: "Alex\nyes\nhalf marathon on 2027-04-20\n30k a week over 4 days\n/undo\n/profile\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Took back your last message and what it changed. Now "), "\(run.stdout)")
        #expect(run.stdout.contains("your weekly distance: not set"), "\(run.stdout)")
        #expect(run.stdout.contains("Goal: a half marathon (21.1 km), on 20 April 2027"), "\(run.stdout)")
        #expect(run.stdout.contains("A plan still needs "), "\(run.stdout)")
        for path in ["running.currentVolume", "goals.raceDate", "goals.raceDistance", "legal.", "Still needed:"] {
            #expect(!run.stdout.contains(path), "\(path) in \(run.stdout)")
        }
    }

    @Test func planInTheChatAfterAGuidedOnboarding() throws {
        let cli = try CadenceBinary()
        let run = try cli.run(["chat", "--provider", "guided"], stdin: "Alex\nyes\nhalf marathon on 2027-04-20, aiming for 1:45\n"
            + "30k a week over 4 days\ncasual\nMon, Wed, Fri and Sun\nSunday\nshin splints last year\nnothing\n38\nskip\nskip\n/plan\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Half marathon"))
        #expect(run.stdout.contains("Safeguards:"))
        let show = try cli.run("plan", "show", "--json").json() as? [String: Any]
        #expect((show?["plan"] as? [String: Any])?["goalType"] as? String == "race")
    }

    @Test func slashCommandsWork() throws {
        let server = try ScriptedHTTPServer(responses: [])
        let cli = try CadenceBinary(environment: ["OPENAI_API_KEY": Self.key])
        #expect(try cli.run("runner", "create", "--name", "Alex").status == 0)
        let run = try cli.run(["chat", "--provider", "openai", "--base-url", server.baseURL.absoluteString + "/v1"],
                              stdin: "/help\n/missing\n/tokens\n/kb shin pain\n/nope\n/quit\nnever sent\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("/profile"))
        // /missing speaks plainly and names only what a plan requires (issue #13; it used to list field paths).
        #expect(run.stdout.contains("A plan still needs your goal, "))
        #expect(!run.stdout.contains("goals.goalType"))
        #expect(run.stdout.contains("tokens: input 0"))
        #expect(run.stdout.contains("Shin splints"))
        #expect(run.stdout.contains("Unknown command /nope"))
        #expect(server.requests.isEmpty)
    }
}
