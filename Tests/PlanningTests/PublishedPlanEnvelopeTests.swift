import CadenceCore
import Foundation
import Planning
import Testing

/// Cadence's plans for runners matched to 21 published plans, measured as published-plans.md
/// measures them, against the envelope of issue 14. Set CADENCE_PLAN_TABLE=FILE to write the
/// measured table (Markdown) to FILE.
struct PublishedPlanEnvelopeTests {
    /// The table, whatever the plans look like (the envelope test below asserts it).
    @Test func measuresEveryPublishedPlan() throws {
        let measurements = try Self.measure()
        if let path = ProcessInfo.processInfo.environment["CADENCE_PLAN_TABLE"] {
            try Self.table(measurements).write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(measurements.count == 21)
        #expect(measurements.allSatisfy { $0.peak > 0 && $0.longest > 0 })
    }

    static func measure() throws -> [PlanMeasurement] {
        try PublishedPlan.all.map { published in
            let checked = try PlanService(clock: .fixed(Runners.now), ids: .sequential(prefix: "id"))
                .generate(for: published.runner, safeguards: Runners.safeguards, start: Runners.now)
            return PlanMeasurement(published, checked)
        }
    }

    static func table(_ measurements: [PlanMeasurement]) -> String {
        let count = { (test: (PlanMeasurement) -> Bool) in measurements.filter(test).count }
        let novices = measurements.filter { $0.published.group.isNovice }
        var lines = [PlanMeasurement.header] + measurements.map(\.row)
        lines.append("")
        lines.append("- Longest run in range: \(count(\.longestInRange)) of \(measurements.count)")
        lines.append("- Peak in range: \(count(\.peakInRange)) of \(measurements.count)")
        lines.append("- Taper in range: \(count(\.taperInRange)) of \(measurements.count)")
        lines.append("- Rises within the group's published maximum: \(count(\.risesWithinGroup)) of \(measurements.count)")
        lines.append("- Novice plans with more quality days than published: \(novices.filter(\.moreQualityThanPublished).count) of \(novices.count)")
        lines.append("- Long-run-share warning fires: \(count(\.longRunShareWarning)) of \(measurements.count)")
        lines.append("- \"cut (1xx %)\" text: \(count(\.cutText)) of \(measurements.count)")
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func plansForMatchedRunnersFallInsideThePublishedEnvelope() throws {
        let measurements = try Self.measure()
        let table = Self.table(measurements)
        let count = { (test: (PlanMeasurement) -> Bool) in measurements.filter(test).count }
        #expect(measurements.count == 21)
        #expect(count(\.longestInRange) >= 17, "\(table)")
        #expect(count(\.peakInRange) >= 15)
        #expect(count(\.taperInRange) >= 16)
        let tooSteep = measurements.filter { !$0.risesWithinGroup }.map { "\($0.published.name): +\(Int($0.maxRise))% / new high +\(Int($0.newHighRise))%" }
        #expect(tooSteep.isEmpty, "rising faster than every published plan of their group")
        #expect(measurements.filter { $0.published.group.isNovice && $0.moreQualityThanPublished }.count <= 2)
        #expect(count(\.cutText) == 0)
    }

    /// The long-run-share warning (the safeguards' rule) agrees with what the generator does on purpose.
    @Test func longRunShareWarningAgreesWithTheGenerator() throws {
        let measurements = try Self.measure()
        let warned = measurements.filter(\.longRunShareWarning).map(\.published.name)
        #expect(warned.count <= 2, "long-run-share warning in \(warned)")
    }
}
