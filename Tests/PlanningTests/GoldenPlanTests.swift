import CadenceCore
import Foundation
import Planning
import Testing

/// One plan, with a fixed clock and sequential ids, compared in full with the JSON on disk.
/// Numbers are compared to 3 decimals so libm differences between platforms do not matter.
/// Set CADENCE_UPDATE_GOLDEN=1 to rewrite the file after an intended change, and review the diff.
struct GoldenPlanTests {
    static let file = Runners.fixtures.appendingPathComponent("golden-plan-returning-half-marathon.json")

    static func rounded(_ value: JSONValue) -> JSONValue {
        switch value {
        case .number(let number): .number((number * 1000).rounded() / 1000)
        case .array(let items): .array(items.map(rounded))
        case .object(let fields): .object(fields.mapValues(rounded))
        default: value
        }
    }

    @Test func returningHalfMarathonerMatchesTheGoldenPlan() throws {
        let checked = try Runners.plan(Runners.returningHalf)
        struct Document: Encodable { let plan: TrainingPlan; let plannedSessions: [PlannedSession] }
        let actual = Self.rounded(try JSONValue(encoding: Document(plan: checked.plan, plannedSessions: checked.sessions)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if ProcessInfo.processInfo.environment["CADENCE_UPDATE_GOLDEN"] == "1" {
            try encoder.encode(actual).write(to: Self.file)
        }
        let expected = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: Self.file))
        #expect(actual == expected, "the plan differs from \(Self.file.lastPathComponent); if intended, regenerate it with CADENCE_UPDATE_GOLDEN=1")
    }
}
