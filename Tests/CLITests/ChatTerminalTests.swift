import CadenceCore
import CadenceTestSupport
import Foundation
import Testing

/// `cadence chat` on a pseudo-terminal: replies stream, Ctrl-C stops a reply and keeps the
/// session, ↑ recalls earlier messages, Ctrl-D at the empty prompt ends it.
struct ChatTerminalTests {
    @Test func streamingAndCtrlC() throws {
        // The reply's first words arrive at once; the rest would take 30 s.
        let server = try ScriptedHTTPServer(responses: [
            .eventStream([.text(OpenAIWireScript.chunk(delta: ["role": "assistant", "content": "First words "])), .delay(30),
                          .text(OpenAIWireScript.chunk(delta: ["content": "never shown"], finishReason: "stop")),
                          .text(OpenAIWireScript.done)]),
        ])
        let cli = try CadenceBinary(environment: ["OPENAI_API_KEY": "sk-pty-test-key-0000"])
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/pty_chat.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, CadenceBinary.executable.path, server.baseURL.absoluteString + "/v1"]
        process.environment = cli.environment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(String(decoding: data, as: UTF8.self))")
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
