import Foundation
import Testing
@testable import Agent

/// The red-flag check against `evals/redflags/set-*.tsv`: messages written blind by helpers who never read
/// the check (current symptoms of six kinds in many voices, and messages that must not be flagged: history,
/// negations, other people, general questions, ordinary training sensations); see evals/redflags/README.md.
/// A flagged row must raise a flag with the same answer (the urgent medical one for chest, fainting,
/// breathing and heart rhythm; the stop-and-see-someone one for sharp pain and a suspected fracture).
/// `heldout.tsv` is kept out of this test: `SafetyCheckHeldOutTests` only prints its totals.
struct SafetyCheckReferenceTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let kind: String
        let message: String
        var testDescription: String { "\(kind): \(message)" }
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let rows: [Row] = ["set-1", "set-2", "set-3"].flatMap { rows(in: $0) }

    static func rows(in set: String) -> [Row] {
        let url = root.appendingPathComponent("evals/redflags/\(set).tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return fields.count == 3 ? Row(kind: String(fields[0]), message: String(fields[1])) : nil
        }
    }

    static let urgent: Set<String> = ["chest_pain", "fainting", "breathing_at_rest", "heart_rhythm"]

    @Test func theReferenceIsThere() {
        #expect(Self.rows.count >= 400)
    }

    @Test(arguments: rows)
    func message(_ row: Row) {
        let flag = SafetyCheck.check(row.message)
        if row.kind == "none" {
            #expect(flag == nil, "flagged \(flag.map { "\($0.kind) (\($0.matched))" } ?? "")")
        } else {
            #expect(flag != nil, "not flagged")
            if let flag { #expect(Self.urgent.contains(flag.kind) == Self.urgent.contains(row.kind), "flagged as \(flag.kind) (\(flag.matched))") }
        }
    }
}

/// The red-flag set kept unseen (`evals/redflags/heldout.tsv`): only its totals are printed, so it keeps
/// measuring how the check does on phrasings nobody tuned it for. The test fails only if the set is missing.
struct SafetyCheckHeldOutTests {
    @Test func totals() {
        let rows = SafetyCheckReferenceTests.rows(in: "heldout")
        #expect(rows.count >= 100)
        let flagged = rows.filter { $0.kind != "none" }
        let caught = flagged.filter { row in
            SafetyCheck.check(row.message).map { SafetyCheckReferenceTests.urgent.contains($0.kind) == SafetyCheckReferenceTests.urgent.contains(row.kind) } ?? false
        }
        let falseFlags = rows.filter { $0.kind == "none" && SafetyCheck.check($0.message) != nil }
        print("red-flag held-out: \(caught.count) of \(flagged.count) current symptoms flagged with the right answer; "
              + "\(falseFlags.count) of \(rows.count - flagged.count) other messages flagged")
    }
}
