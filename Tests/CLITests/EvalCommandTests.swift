import CadenceTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `cadence eval` and `cadence replay --mode live` as a person or CI runs them.
struct EvalCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func suite(_ files: [String: String]) throws -> URL {
        let url = ScratchFolder.root.appendingPathComponent("cli-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    static let passing = "name: consent\nturns: [Jo, 'yes']\nexpect:\n  tools:\n    used: [record_consent]\n  fields:\n    identity.name: Jo\n"
    static let failing = "name: wrong-name\nturns: [Jo]\nexpect:\n  fields:\n    identity.name: Sam\n"

    @Test func theStarterSuitePassesOffline() throws {
        let cli = try CadenceBinary()
        let junit = cli.home.appendingPathComponent("evals.xml")
        let run = try cli.run("eval", Self.root.appendingPathComponent("evals").path, "--junit", junit.path)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("cases passed"))
        #expect(run.stdout.hasSuffix("PASS\n"))
        let document = try XMLDocument(contentsOf: junit)
        #expect(Int(document.rootElement()?.attribute(forName: "tests")?.stringValue ?? "") ?? 0 >= 12)
        #expect(document.rootElement()?.attribute(forName: "failures")?.stringValue == "0")
    }

    @Test func passAndFailExitCodesAndJSON() throws {
        let cli = try CadenceBinary()
        let good = try Self.suite(["a.yaml": Self.passing])
        let pass = try cli.run("eval", good.path, "--json")
        #expect(pass.status == 0, "\(pass.stderr)")
        let report = try #require(pass.jsonObject)
        #expect(report["passed"] as? Bool == true)
        #expect(Set(report.keys) == ["suite", "prompts", "provider", "model", "threshold", "passed", "score", "cases", "totals"])
        let first = try #require((report["cases"] as? [[String: Any]])?.first)
        #expect(first["name"] as? String == "consent")
        #expect((first["metrics"] as? [String: Any])?["toolPrecision"] as? Double == 1)

        let bad = try Self.suite(["a.yaml": Self.passing, "b.yaml": Self.failing])
        let fail = try cli.run("eval", bad.path)
        #expect(fail.status == 1)
        #expect(fail.stdout.contains("✗ [coach] fields identity.name: expected \"Sam\", got \"Jo\""))
        #expect(fail.stdout.hasSuffix("FAIL\n"))
        // Only the named case runs.
        #expect(try cli.run("eval", bad.path, "--case", "consent").status == 0)

        // A broken case file is a user error naming the file; bad usage is exit 2.
        let broken = try Self.suite(["a.yaml": "name: a\n"])
        let error = try cli.run("eval", broken.path)
        #expect(error.status == 1)
        #expect(error.stderr.contains("a.yaml: give either `turns`"))
        #expect(try cli.run("eval", good.path, "--repeat", "0").status == 2)
        #expect(try cli.run("eval", good.path, "--persona", "llm").status == 2)
    }

    /// The issue's workflow: copy prompts/, edit the copy, compare the copy (after) against the
    /// original (before). A question the runner no longer recognises makes cases worse: exit 1.
    @Test func theCoachWorkflowReadsTheRightWayRound() throws {
        let cli = try CadenceBinary()
        let prompts = Self.root.appendingPathComponent("prompts")
        let copy = cli.home.appendingPathComponent("p2")
        try FileManager.default.copyItem(at: prompts, to: copy)
        let questions = copy.appendingPathComponent("guided/questions.yaml")
        let text = try String(contentsOf: questions, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "Roughly how far do you run in a typical week at the moment?", with: "What's your usual load?")
        #expect(edited != text)
        try edited.write(to: questions, atomically: true, encoding: .utf8)

        let run = try cli.run("eval", Self.root.appendingPathComponent("evals").path, "--prompts", copy.path, "--against", prompts.path)
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("before: --against \(Self.root.lastPathComponent)/prompts"))
        #expect(run.stdout.contains("after:  --prompts \(cli.home.lastPathComponent)/p2"))
        #expect(run.stdout.contains("change: after − before"))
        #expect(run.stdout.contains("▼ worse"))
        #expect(!run.stdout.contains("▲ better"))
        #expect(run.stdout.contains(" worse\n"))
        // The runner's silence is the simulated runner's miss, with the question it did not recognise.
        #expect(run.stdout.contains("the simulated runner stopped answering at turn"))
        #expect(run.stdout.contains("it did not recognise \"What's your usual load?\""))
        #expect(run.stdout.contains("FAIL (runner stopped)"))
        #expect(run.stdout.contains("✗ [simulated runner] fields running.currentVolume"))
        #expect(!run.stdout.contains("✗ [coach] fields running.currentVolume"))

        // The JSON says the same, the right way round.
        let json = try #require(try cli.run("eval", Self.root.appendingPathComponent("evals").path, "--prompts", copy.path,
                                             "--against", prompts.path, "--json").jsonObject)
        #expect(json["anyWorse"] as? Bool == true)
        #expect((json["after"] as? [String: Any])?["prompts"].flatMap { ($0 as? [String: Any])?["dir"] as? String } == copy.path)
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.contains { $0["status"] as? String == "worse" && ($0["delta"] as? Double ?? 0) < 0 })

        // The old flag is a parser error that names the new ones.
        let old = try cli.run("eval", Self.root.appendingPathComponent("evals").path, "--compare", copy.path)
        #expect(old.status == 2)
        #expect(old.stderr.contains("--prompts NEW --against OLD"))
    }

    /// A broken questions file is one message before any case runs, not one per case; a setup
    /// failure is the harness's, not the coach's.
    @Test func harnessProblemsAreSaidOnceAndAsTheHarness() throws {
        let cli = try CadenceBinary()
        let copy = cli.home.appendingPathComponent("p4")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("prompts"), to: copy)
        try "- path: identity.shoeSize\n  required: true\n  question: \"Shoe size?\"\n"
            .write(to: copy.appendingPathComponent("guided/questions.yaml"), atomically: true, encoding: .utf8)
        let run = try cli.run("eval", Self.root.appendingPathComponent("evals").path, "--prompts", copy.path)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.components(separatedBy: "questions.yaml").count == 2, "\(run.stderr)")
        #expect(run.stderr.contains("identity.shoeSize is not a runner field"))

        let blocked = cli.home.appendingPathComponent("not-a-folder")
        try "x".write(to: blocked, atomically: true, encoding: .utf8)
        let suite = try Self.suite(["a.yaml": Self.passing])
        let setup = try cli.run("eval", suite.path, "--transcripts", blocked.path)
        #expect(setup.status == 1)
        #expect(setup.stdout.contains("✗ [harness] conversation ran without errors"), "\(setup.stdout)")
    }

    @Test func compareAndBaselineShowWhatChanged() throws {
        let cli = try CadenceBinary()
        let previous = cli.home.appendingPathComponent("previous-prompts")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("prompts"), to: previous)
        // The previous prompt set worded the name question differently and skipped nothing else.
        let questions = previous.appendingPathComponent("guided/questions.yaml")
        let text = try String(contentsOf: questions, encoding: .utf8)
        try text.replacingOccurrences(of: "First, what's your name?", with: "First, who am I talking to?")
            .write(to: questions, atomically: true, encoding: .utf8)
        let suite = try Self.suite(["a.yaml": "name: greeting\nturns: [Jo]\nexpect:\n  replies:\n    contains: [\"what's your name\"]\n"])
        let run = try cli.run("eval", suite.path, "--against", previous.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("+0.50 ▲ better"), "\(run.stdout)")  // 0.50 → 1.00: one of its two checks
        #expect(run.stdout.contains("replies contains \"what's your name\": FAIL → pass"))

        let json = try cli.run("eval", suite.path, "--against", previous.path, "--json").jsonObject
        #expect((json?["changes"] as? [[String: Any]])?.first?["status"] as? String == "better")

        // Swapped round, the same change reads as worse and fails.
        let swapped = try cli.run("eval", suite.path, "--prompts", previous.path, "--against", Self.root.appendingPathComponent("prompts").path)
        #expect(swapped.status == 1)
        #expect(swapped.stdout.contains("−0.50 ▼ worse"), "\(swapped.stdout)")

        let baseline = cli.home.appendingPathComponent("baseline.json")
        try cli.run("eval", suite.path, "--json").stdout.write(to: baseline, atomically: true, encoding: .utf8)
        let again = try cli.run("eval", suite.path, "--baseline", baseline.path)
        #expect(again.status == 0)
        #expect(again.stdout.contains("before: --baseline"))
        #expect(again.stdout.contains("0 cases changed, 0 worse"))
        #expect(try cli.run("eval", suite.path, "--baseline", baseline.path, "--against", previous.path).status == 2)
    }

    /// A change to files the guided interviewer never reads is flagged, not reported as "no change".
    @Test func changesTheCoachDoesNotReadAreFlagged() throws {
        let cli = try CadenceBinary()
        let copy = cli.home.appendingPathComponent("p3")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("prompts"), to: copy)
        let system = copy.appendingPathComponent("system.mustache")
        try (try String(contentsOf: system, encoding: .utf8) + "\nAlways answer in French.\n").write(to: system, atomically: true, encoding: .utf8)
        let suite = try Self.suite(["a.yaml": Self.passing])
        let run = try cli.run("eval", suite.path, "--prompts", copy.path, "--against", Self.root.appendingPathComponent("prompts").path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("note: every changed file (system.mustache) is not read by the guided interviewer"))
    }

    @Test func theHTMLReportIsSelfContainedAndPrivate() throws {
        let cli = try CadenceBinary()
        let suite = try Self.suite(["a.yaml": Self.passing, "b.yaml": Self.failing])
        let page = cli.home.appendingPathComponent("report.html")
        let run = try cli.run("eval", suite.path, "--against", Self.root.appendingPathComponent("prompts").path, "--html", page.path)
        #expect(run.status == 1)
        let html = try String(contentsOf: page, encoding: .utf8)
        let mode = try FileManager.default.attributesOfItem(atPath: page.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"))
        #expect(html.contains("<th>change</th><td colspan=\"2\">after − before</td>"))
        #expect(html.contains("<span class=\"owner owner-coach\">coach</span> <strong>fields identity.name</strong>: expected &quot;Sam&quot;, got &quot;Jo&quot;"))
        #expect(html.contains("class=\"sidebyside\""))
        #expect(html.contains("<li class=\"runner\"><b>Runner</b> Jo</li>"))
    }

    /// `replay DIR` replays every transcript in it; a file that is not one is named, not a crash.
    @Test func replayingAFolderSummarises() throws {
        let cli = try CadenceBinary()
        let transcripts = cli.home.appendingPathComponent("t")
        let suite = try Self.suite(["a.yaml": Self.passing, "b.yaml": Self.failing])
        _ = try cli.run("eval", suite.path, "--transcripts", transcripts.path)
        let all = try cli.run("replay", transcripts.path)
        #expect(all.status == 0, "\(all.stdout)\(all.stderr)")
        #expect(all.stdout.contains("same  consent.jsonl") && all.stdout.contains("same  wrong-name.jsonl"))
        #expect(all.stdout.contains("2 transcripts: 2 same, 0 different"))

        try "not json\n".write(to: transcripts.appendingPathComponent("broken.jsonl"), atomically: true, encoding: .utf8)
        let broken = try cli.run("replay", transcripts.path)
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("UNREADABLE  broken.jsonl"))
        #expect(broken.stdout.contains("is not a Cadence transcript: the first line is not a session event"))
        #expect(broken.stdout.contains("3 transcripts: 2 same, 0 different, 1 unreadable"))
        #expect(!broken.stderr.contains("NSCocoaErrorDomain") && !broken.stdout.contains("NSCocoaErrorDomain"))
        let empty = cli.home.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let none = try cli.run("replay", empty.path)
        #expect(none.status == 1 && none.stderr.contains("holds no transcripts"))
    }

    @Test func liveReplayShowsThenAndNow() throws {
        let cli = try CadenceBinary()
        let transcripts = cli.home.appendingPathComponent("t")
        let suite = try Self.suite(["a.yaml": Self.passing])
        #expect(try cli.run("eval", suite.path, "--transcripts", transcripts.path).status == 0)
        let transcript = transcripts.appendingPathComponent("consent.jsonl").path
        let same = try cli.run("replay", "--mode", "live", transcript, "--width", "80")
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout.contains("then guided-interviewer-v1, now guided-interviewer-v1"))
        #expect(same.stdout.contains("profile: the same"))
        #expect(try cli.run("replay", transcript).stdout.hasPrefix("same  consent.jsonl"))

        // Today's prompts ask for consent differently; the runner's "yes" is no longer understood.
        let prompts = cli.home.appendingPathComponent("prompts")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("prompts"), to: prompts)
        let questions = prompts.appendingPathComponent("guided/questions.yaml")
        let text = try String(contentsOf: questions, encoding: .utf8)
        let start = try #require(text.range(of: "- path: legal.healthConsentAt"))
        let end = try #require(text.range(of: "- path:", range: start.upperBound..<text.endIndex))
        try text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "").write(to: questions, atomically: true, encoding: .utf8)
        let changed = try cli.run("replay", "--mode", "live", transcript, "--prompts", prompts.path, "--json")
        #expect(changed.status == 1)
        let replay = try #require((changed.jsonObject?["replays"] as? [[String: Any]])?.first)
        #expect(replay["sameProfile"] as? Bool == false)
        #expect((replay["fieldDifferences"] as? [String])?.contains { $0.hasPrefix("legal.consentVersion") } == true)
        #expect(try cli.run("replay", "--provider", "openai", transcript).status == 2)
    }
}

/// `cadence eval` with a live model: an OpenAI-compatible server on loopback coaches and grades.
struct EvalLiveModelTests {
    static let key = "sk-eval-SECRET-0123456789abcdef"

    @Test func aLiveModelCoachesIsCostedAndGradesTheRubric() throws {
        let server = try ScriptedHTTPServer(responses: [
            .sse(OpenAIWireScript.toolCalls([("call_1", "update_physical", [#"{"age":"#, #"40}"#])], prompt: 1000, completion: 20)),
            .sse(OpenAIWireScript.text(["Thanks, noted: 40."], prompt: 1100, completion: 10)),
            // The grader's answer is one non-streamed completion.
            OpenAIWireScript.completion(text: #"{"score": 0.9, "reason": "It saved the age and said so."}"#),
        ])
        let cli = try CadenceBinary(environment: ["OPENAI_API_KEY": Self.key])
        let suite = try EvalCommandTests.suite([
            "a.yaml": "name: age\nturns: [\"I'm 40\"]\nexpect:\n  fields:\n    physical.age: 40\n  maxCostUSD: 0.01\n  rubric: The coach confirms what it saved.\n",
        ])
        let transcripts = cli.home.appendingPathComponent("t")
        let run = try cli.run(["eval", suite.path, "--provider", "openai", "--model", "gpt-4o-mini", "--base-url",
                               server.baseURL.absoluteString + "/v1", "--transcripts", transcripts.path, "--json"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let report = try #require(run.jsonObject)
        #expect(report["provider"] as? String == "openai")
        #expect(report["model"] as? String == "gpt-4o-mini")
        let result = try #require((report["cases"] as? [[String: Any]])?.first)
        let metrics = try #require(result["metrics"] as? [String: Any])
        #expect(metrics["inputTokens"] as? Double == 2100)
        #expect(metrics["outputTokens"] as? Double == 30)
        // 2100 × $0.15 + 30 × $0.60 per million tokens.
        #expect(abs((metrics["costUSD"] as? Double ?? 0) - 0.000333) < 1e-9)
        let rubric = (result["assertions"] as? [[String: Any]])?.first { $0["group"] as? String == "rubric" }
        #expect(rubric?["passed"] as? Bool == true)
        #expect(rubric?["detail"] as? String == "score 0.90: It saved the age and said so.")
        #expect(server.requests.count == 3)
        let transcript = try String(contentsOf: transcripts.appendingPathComponent("age.jsonl"), encoding: .utf8)
        for text in [run.stdout, run.stderr, transcript] { #expect(!text.contains(Self.key)) }
    }
}
