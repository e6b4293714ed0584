import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// Answers to one question, written blind by people who never saw the interviewer (`evals/slots/`):
/// the name, finish-time and consent questions, each with a set to fix against and one kept unseen. `set-1.tsv` was measured when
/// first met and then fixed against; `heldout.tsv` is kept unseen and only its totals are printed.
enum SlotReference {
    struct Outcome {
        var right = 0
        var failures: [String] = []
        var total: Int { right + failures.count }
    }

    static func rows(_ path: String) throws -> [[String]] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("evals/slots/\(path)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// `message<TAB>expected name or ->`, asked the name question.
    static func names(_ file: String) throws -> Outcome {
        var outcome = Outcome()
        for row in try rows("names/\(file)") where row.count == 2 {
            let turn = InterviewTests.hear(row[0], asked: "identity.name")
            let heard = InterviewTests.value(turn, "identity.name")?.stringValue
            let expected = row[1] == "-" ? nil : row[1]
            if heard == expected { outcome.right += 1 } else { outcome.failures.append("\(row[0]) → \(heard ?? "-") (expected \(row[1]))") }
        }
        return outcome
    }

    /// `message<TAB>yes, no or ->`, asked the health-data consent question.
    static func consent(_ file: String) throws -> Outcome {
        var outcome = Outcome()
        for row in try rows("consent/\(file)") where row.count == 2 {
            let turn = InterviewTests.hear(row[0], asked: "legal.healthConsentAt")
            let heard = turn.consent.map { $0 ? "yes" : "no" } ?? "-"
            if heard == row[1] { outcome.right += 1 } else { outcome.failures.append("\(row[0]) → \(heard) (expected \(row[1]))") }
        }
        return outcome
    }

    /// `km<TAB>message<TAB>h:mm:ss or ->`, asked the finish-time question with the race distance on file.
    static func targets(_ file: String) throws -> Outcome {
        var outcome = Outcome()
        for row in try rows("targets/\(file)") where row.count == 3 {
            guard let km = Double(row[0]) else { continue }
            let turn = InterviewTests.hear(row[1], asked: "goals.targetTime") { runner in
                runner.goals.goalType = .race
                runner.goals.raceDistance = km
            }
            let heard = InterviewTests.value(turn, "goals.targetTime")?.doubleValue.map { Int($0) }
            let parts = row[2].split(separator: ":").compactMap { Int($0) }
            let expected = parts.count == 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : nil
            if heard == expected { outcome.right += 1 } else {
                outcome.failures.append("\(row[0]) km: \(row[1]) → \(heard.map { TargetTime.spoken($0) } ?? "-") (expected \(row[2]))")
            }
        }
        return outcome
    }
}

struct SlotReferenceTests {
    /// Set 1 of the name answers: 91 of 150 right when first met; every row now, but for three left as they are:
    /// a joke name with nothing after it ("I'm Batman 🦇" is read as Batman), a starred fix of a typo in the same
    /// message ("Its Mkia. Mika*": the starred word mends the name said before it only in a later message), and
    /// "Tuesday. Yes, really, like the day" (a weekday is never taken for a name).
    @Test func nameAnswersSetOne() throws {
        let outcome = try SlotReference.names("set-1.tsv")
        let left: Set<String> = ["I'm Batman 🦇", "Its Mkia. Mika*", "Tuesday. Yes, really, like the day"]
        let failing = outcome.failures.filter { failure in !left.contains { failure.hasPrefix($0 + " →") } }
        #expect(failing.isEmpty, "\(failing.joined(separator: "\n"))")
        #expect(outcome.total == 150)
    }

    /// Set 1 of the finish-time answers: 143 of 150 right when first met; all of them now.
    @Test func targetAnswersSetOne() throws {
        let outcome = try SlotReference.targets("set-1.tsv")
        #expect(outcome.failures.isEmpty, "\(outcome.failures.joined(separator: "\n"))")
        #expect(outcome.total == 150)
    }

    /// Set 2 of the name answers, written after set 1 was fixed against: 108 of 150 right when first met (the rules
    /// found on set 1 reached it little); every row now but "I'm Batman" (read as Batman, as in set 1).
    @Test func nameAnswersSetTwo() throws {
        let outcome = try SlotReference.names("set-2.tsv")
        let failing = outcome.failures.filter { !$0.hasPrefix("I'm Batman →") }
        #expect(failing.isEmpty, "\(failing.joined(separator: "\n"))")
        #expect(outcome.total == 150)
    }

    /// Set 1 of the consent answers: 102 of 150 right when first met, and three refusals ("absolutely not",
    /// "definitely not", "ok hmm, actually I'd rather you didn't") were read as a yes; all of them now.
    @Test func consentAnswersSetOne() throws {
        let outcome = try SlotReference.consent("set-1.tsv")
        #expect(outcome.failures.isEmpty, "\(outcome.failures.joined(separator: "\n"))")
        #expect(outcome.total == 150)
    }

    /// The unseen sets: their totals are printed, never asserted or looked into.
    @Test func heldOutTotals() throws {
        let names = try SlotReference.names("heldout.tsv"), targets = try SlotReference.targets("heldout.tsv")
        let consent = try SlotReference.consent("heldout.tsv")
        print("names held-out: \(names.right)/\(names.total) right; targets held-out: \(targets.right)/\(targets.total) right; "
              + "consent held-out: \(consent.right)/\(consent.total) right")
        #expect(names.total == 100 && targets.total == 100 && consent.total == 100)
    }
}
