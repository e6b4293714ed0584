import CadenceTestSupport
import Foundation
import Testing

/// Issue 16, end to end: importing one FIT file from years ago must not change what the plan
/// starts from (it used to write `running.actualWeeklyVolume` 0, and the plan went from
/// "30 → 42 km" to "0 → 19 km").
struct StaleHistoryCommandTests {
    /// A real FIT file (a 100 s run on 2021-09-08, from the fuzz corpus).
    static let oldFIT = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/corpus/fit/run.fit").path

    static let runner: [(String, String)] = PlanCommandTests.halfMarathoner.map {
        $0.0 == "running.currentVolume" ? ($0.0, "30") : $0
    }

    static func weeklyVolumes(_ result: CadenceBinary.Result) throws -> [Double] {
        #expect(result.status == 0, "\(result.stderr)")
        let plan = try #require(result.jsonObject?["plan"] as? [String: Any])
        let weeks = try #require(plan["weeklyPlan"] as? [[String: Any]])
        return weeks.compactMap { ($0["volumeKm"] as? NSNumber)?.doubleValue }
    }

    @Test func aYearsOldFITFileDoesNotChangeWhereThePlanStarts() throws {
        let stated = try PlanCommandTests.runner(Self.runner)
        let expected = try Self.weeklyVolumes(try PlanCommandTests.generate(stated, "--json"))

        let withFile = try PlanCommandTests.runner(Self.runner)
        let imported = try withFile.run("import", Self.oldFIT, "--json")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect((try withFile.run("activities", "list", "--json").jsonObject?["activities"] as? [Any])?.count == 1)
        let measured = try withFile.run("runner", "show", "running.actualWeeklyVolume", "--json")
        #expect(measured.status == 0, "\(measured.stderr)")
        #expect(RunnerCommandTests.field(measured.jsonObject as Any, "value") is NSNull
                || RunnerCommandTests.field(measured.jsonObject as Any, "value") == nil)
        let volumes = try Self.weeklyVolumes(try PlanCommandTests.generate(withFile, "--json"))
        #expect(volumes == expected)
        #expect((volumes.first ?? 0) >= 25)
    }
}
