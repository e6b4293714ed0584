import CadenceCore
import CadenceTestSupport
import Foundation
import Testing

/// `cadence chat` on a pseudo-terminal: replies stream, Ctrl-C stops a reply and keeps the
/// session, ↑ recalls earlier messages, Ctrl-D at the empty prompt ends it.
/// Runs one of the pty drivers in `Tests/Fixtures` (`pty_chat.py`, `pty_terminal.py`) against the
/// built `cadence`, in `cli`'s home, and returns the JSON report it prints.
enum PtyScript {
    static func run(_ name: String, _ arguments: [String], cli: CadenceBinary) throws -> [String: Any] {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(name)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, CadenceBinary.executable.path] + arguments
        process.environment = cli.environment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(String(decoding: data, as: UTF8.self))")
    }
}

struct ChatTerminalTests {
    @Test func streamingAndCtrlC() throws {
        // The reply's first words arrive at once; the rest would take 30 s.
        let server = try ScriptedHTTPServer(responses: [
            .eventStream([.text(OpenAIWireScript.chunk(delta: ["role": "assistant", "content": "First words "])), .delay(30),
                          .text(OpenAIWireScript.chunk(delta: ["content": "never shown"], finishReason: "stop")),
                          .text(OpenAIWireScript.done)]),
        ])
        let cli = try CadenceBinary(environment: ["OPENAI_API_KEY": "sk-pty-test-key-0000"])
        let report = try PtyScript.run("pty_chat.py", [server.baseURL.absoluteString + "/v1"], cli: cli)
        #expect(report["prompt"] as? Bool == true)
        #expect(report["streamedBeforeEnd"] as? Bool == true)
        #expect(report["stopped"] as? Bool == true)
        #expect(report["promptAgain"] as? Bool == true)
        #expect(report["neverShownPrinted"] as? Bool == false)
        #expect(report["historyRecall"] as? Bool == true)
        #expect(report["exitCode"] as? Int == 0)
        // Input history is kept across sessions, readable by the owner only.
        let history = cli.home.appendingPathComponent("chat_history")
        #expect(try String(contentsOf: history, encoding: .utf8) == "hello\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: history.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }
}

/// `cadence chat --provider guided` on a pty 80 and 120 columns wide (`pty_terminal.py`): the line
/// editor's keys in each terminal's sequences, long input, word-wrapped output, plain-word
/// summaries, and what Ctrl-C at the empty prompt says.
struct ChatTerminalWidthTests {
    static func run(columns: Int) throws -> [String: Any] {
        try PtyScript.run("pty_terminal.py", [String(columns)], cli: try CadenceBinary())
    }

    @Test(arguments: [80, 120]) func aTerminalThatBehaves(columns: Int) throws {
        let report = try Self.run(columns: columns)
        #expect(report["prompt"] as? Bool == true)
        // The greeting: wrapped by Cadence at words, within the width.
        #expect((report["greetingRows"] as? Int ?? 0) > 1)
        #expect((report["greetingWidest"] as? Int ?? 999) <= columns)
        #expect((report["greetingMidWordBreaks"] as? [String]) == [], "\(report["greetingMidWordBreaks"] ?? "")")
        // Long input: no prompt reprinted while typing, the text whole on the wrapped rows.
        #expect(report["promptsWhileTyping"] as? Int == 0)
        #expect(report["longAnswerOnScreen"] as? Bool == true)
        #expect(report["ctrlUClears"] as? Bool == true)
        #expect(report["rowsAfterCtrlU"] as? Bool == true, "the wrapped rows are cleared too")
        let editing = try #require(report["editing"] as? [[String: Any]])
        #expect(editing.count == 11)
        for step in editing { #expect(step["ok"] as? Bool == true, "\(step)") }
        // A two-line paste is one message: no prompt until Enter, its break shown as ⏎; the
        // summary's "30 km a week" below shows both lines were read as the one answer.
        #expect(report["bracketedPasteOn"] as? Bool == true)
        #expect(report["pastedSentNothing"] as? Bool == true)
        #expect(report["pasteOnScreen"] as? String == "› 30k a week⏎over 4 days")
        // /missing and the summary in plain words and kilometres, never field paths.
        let missing = try #require(report["missing"] as? String)
        #expect(missing.hasPrefix("A plan still needs"), "\(missing)")
        let summary = try #require(report["summary"] as? String)
        for text in [missing, summary] {
            #expect(text.range(of: #"\b(goals|running|schedule|health|physical|legal|identity|coaching)\.[a-zA-Z]+"#, options: .regularExpression) == nil,
                    "\(text)")
        }
        #expect(summary.contains("30 km a week"), "\(summary)")
        #expect((report["summaryMidWordBreaks"] as? [String]) == [], "\(report["summaryMidWordBreaks"] ?? "")")
        #expect((report["widestRow"] as? Int ?? 999) <= columns)
        // Ctrl-C at the empty prompt ends the session and says how to resume it.
        let note = try #require(report["ctrlCNote"] as? String)
        #expect(note.contains("Session saved"), "\(note)")
        #expect(note.contains("`cadence chat`"), "\(note)")
        #expect(report["exitCode"] as? Int == 0)
    }
}

struct ChatJSONFlagTests {
    /// `chat --json` used to be accepted and ignored; it is a usage error that names the transcript.
    @Test func chatRefusesJSONAndPointsToTheTranscript() throws {
        let cli = try CadenceBinary()
        for arguments in [["chat", "--json"], ["--json", "chat", "--provider", "guided"]] {
            let run = try cli.run(arguments, stdin: "Alex\n")
            #expect(run.status == 2)
            #expect(run.stderr.contains("one JSON object per line to its transcript"), "\(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
    }
}
