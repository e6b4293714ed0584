import CadenceTestSupport
import Foundation
import Testing

/// Issue 17 through the real binary: huge numbers are refused with the field and range named,
/// escape sequences in imported names are not printed raw, and piped `chat` exits 1 when a
/// message got no answer.
struct HostileInputCommandTests {
    @Test(arguments: [("physical.age", "1e19"), ("physical.age", "-1e300"), ("running.monthsRunning", "99999999999999999999"),
                      ("goals.targetTime", "99999999999999999999"), ("goals.targetTime", "9999999999999:00:00")])
    func aHugeNumberIsRefusedNotACrash(path: String, value: String) throws {
        let cli = try RunnerCommandTests.withRunner()
        let run = try cli.run("runner", "set", path, value)
        #expect(run.status == 1, "\(path) \(value): \(run.status) \(run.stderr)")
        #expect(run.stderr.contains(path), "\(run.stderr)")
        #expect(run.stderr.contains("must be"), "\(run.stderr)")
        let show = try cli.run("runner", "show", path, "--json")
        #expect(show.status == 0)
        #expect(RunnerCommandTests.field(try show.json(), "value") is NSNull)
    }

    @Test func theAgeRangeIsNamed() throws {
        let cli = try RunnerCommandTests.withRunner()
        let run = try cli.run("runner", "set", "physical.age", "1e19")
        #expect(run.stderr.contains("a whole number from"), "\(run.stderr)")
    }

    /// A name stored before imports cleaned names (or written by another tool) still prints escaped.
    @Test func escapeSequencesInANameAreNotPrinted() throws {
        let cli = try RunnerCommandTests.withRunner()
        let file = cli.home.appendingPathComponent("lunch.gpx")
        try Data(ImportCommandTests.gpx.utf8).write(to: file)
        #expect(try cli.run("import", file.path).status == 0)
        let poison = Process()
        poison.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        poison.arguments = ["python3", "-c", "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); "
            + "db.execute(\"UPDATE activities SET name = 'Lunch\\x1b]0;pwned\\x07\\x1b[2J Run'\"); db.commit()", cli.databasePath]
        try poison.run()
        poison.waitUntilExit()
        let list = try cli.run("activities", "list")
        #expect(list.status == 0)
        #expect(!list.stdout.contains("\u{1B}") && !list.stdout.contains("\u{07}"), "\(list.stdout.debugDescription)")
        #expect(list.stdout.contains("Lunch\\u{1B}]0;pwned\\u{7}\\u{1B}[2J Run"), "\(list.stdout)")
    }

    @Test func anImportOfAZipLeavesNoTemporaryFolder() throws {
        let cli = try RunnerCommandTests.withRunner()
        let tmp = cli.home.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let source = cli.home.appendingPathComponent("a.gpx")
        try Data(ImportCommandTests.gpx.utf8).write(to: source)
        let zip = cli.home.appendingPathComponent("a.zip").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys, zipfile; zipfile.ZipFile(sys.argv[1], 'w').write(sys.argv[2], 'a.gpx')", zip, source.path]
        try process.run()
        process.waitUntilExit()
        let withTmp = try CadenceBinary(environment: ["TMPDIR": tmp.path, "CADENCE_HOME": cli.home.path])
        let run = try withTmp.run("import", zip)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).isEmpty)
    }

    @Test func pipedChatExitsOneWhenAMessageGotNoAnswer() throws {
        let failure = OpenAIWireScript.error(status: 400, message: "Invalid value for 'temperature'", type: "invalid_request_error")
        let server = try ScriptedHTTPServer(responses: [failure, failure, failure])
        let cli = try CadenceBinary(environment: ["OPENAI_API_KEY": "sk-test-0123456789"])
        #expect(try cli.run("runner", "create", "--name", "Alex").status == 0)
        let run = try cli.run(["chat", "--provider", "openai", "--base-url", server.baseURL.absoluteString + "/v1"], stdin: "I'm 41\n")
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("1 message(s) got no answer"), "\(run.stderr)")
    }

    @Test func aHugeTimeoutIsRefused() throws {
        let cli = try CadenceBinary(environment: ["OPENAI_API_KEY": "sk-test-0123456789"])
        let run = try cli.run(["chat", "--provider", "openai", "--timeout", "1e19"], stdin: "hi\n")
        #expect(run.status == 2, "\(run.status) \(run.stderr)")
        #expect(run.stderr.contains("--timeout must be"), "\(run.stderr)")
    }
}

extension HostileInputCommandTests {
    /// Killed between the history's commit and the recompute: the re-import (all unchanged)
    /// still derives the state, because the commit left the marker.
    @Test func aReimportRecomputesAStaleState() throws {
        let cli = try RunnerCommandTests.withRunner()
        let file = cli.home.appendingPathComponent("lunch.gpx")
        try Data(ImportCommandTests.gpx.utf8).write(to: file)
        #expect(try cli.run("import", file.path).status == 0)
        let again = try cli.run("import", file.path)
        #expect(!again.stdout.contains("Current state:"), "\(again.stdout)")
        // What a kill right after the commit leaves behind: the marker, written in the same transaction.
        let mark = Process()
        mark.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        mark.arguments = ["python3", "-c", """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            runner = db.execute("SELECT id FROM runners").fetchone()[0]
            db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, '1')", ("stateStale:" + runner,))
            db.commit()
            """, cli.databasePath]
        try mark.run()
        mark.waitUntilExit()
        let recovered = try cli.run("import", file.path)
        #expect(recovered.status == 0)
        #expect(recovered.stdout.contains("Current state:"), "\(recovered.stdout)")
        #expect(!(try cli.run("import", file.path).stdout.contains("Current state:")))
    }
}
