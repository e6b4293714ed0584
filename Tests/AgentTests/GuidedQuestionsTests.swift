import CadenceCore
import Foundation
import Testing

/// prompts/guided/questions.yaml names real runner fields, each once, with wording for each.
@Test func guidedQuestionsNameRealFields() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("prompts/guided/questions.yaml")
    let text = try String(contentsOf: url, encoding: .utf8)
    let entries = text.components(separatedBy: "\n- path: ").dropFirst()
    #expect(entries.count >= 16)
    var seen: Set<String> = []
    for entry in entries {
        let lines = entry.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let path = lines[0]
        #expect((try? RunnerField.named(path)) != nil, "\(path) is not a runner field")
        #expect(seen.insert(path).inserted, "\(path) appears twice")
        for key in ["required: ", "question: \"", "hint: \""] {
            #expect(lines.contains { $0.hasPrefix(key) }, "\(path) has no \(key)")
        }
    }
    #expect(Array(seen).contains("goals.goalType") && seen.contains("health.pastInjuries") && seen.contains("physical.age"))
}
