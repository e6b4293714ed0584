import ArgumentParser
import CadenceCore
import Foundation
import Coaching
import Inference
import Store

struct StateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state",
        abstract: "Run the inference engine on the runner's history and print currentState.",
        discussion: """
        Computes ATL/CTL/TSB, trend, readiness, volumes, injury and overtraining risk and the latest \
        biometrics, the derived running.actual* fields, VDOT and personal bests, classifies runs and \
        fills the daily aggregates; everything is written with source `inferred`. `cadence import` \
        runs it too when something changed. --json prints {"currentState": {...}} with the seed's names.
        """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let (database, runner) = try global.openDatabaseAndRunner()
        let result = try StateRefresh().run(database: database, runnerId: runner.id)
        if global.json { return try Terminal.printJSON(["currentState": result.currentState]) }
        print(Self.describe(result))
    }

    static func describe(_ result: InferenceResult) -> String {
        let s = result.currentState
        func num(_ value: Double?, _ digits: Int = 1) -> String { value.map { String(format: "%.\(digits)f", $0) } ?? "—" }
        var lines = [
            "Fitness (CTL) \(num(s.chronicTrainingLoad))  fatigue (ATL) \(num(s.acuteTrainingLoad))  form (TSB) \(num(s.trainingStressBalance))  trend \(s.trainingLoadTrend?.rawValue ?? "—")",
            "Last 7 days: \(num(s.last7DaysVolume)) km in \(s.last7DaysRunCount ?? 0) runs; last 28 days: \(num(s.last28DaysVolume)) km in \(s.last28DaysRunCount ?? 0) runs",
            "Readiness \(num(s.readinessScore, 0))" + ((s.readinessFactors ?? []).isEmpty ? "" : " (\(s.readinessFactors!.joined(separator: ", ")))"),
            "Injury risk \(s.injuryRiskLevel?.rawValue ?? "—")" + ((s.injuryRiskFactors ?? []).isEmpty ? "" : " (\(s.injuryRiskFactors!.joined(separator: ", ")))")
                + "; overtraining risk \(s.overtrainingRisk?.rawValue ?? "—")",
            "Latest resting HR \(num(s.latestRestingHr, 0)), HRV \(num(s.latestHrv, 0)), weight \(num(s.latestWeight)), sleep score \(num(s.latestSleepScore, 0))",
        ]
        if let vdot = result.estimatedVDOT { lines.append("VDOT from your best effort this year: \(num(vdot))") }
        if result.workouts.isEmpty {
            lines.append("No activities yet: `cadence import FILE…` to bring in your history.")
        } else if !result.coverage.covers(days: 28) {
            lines.append("Your history does not cover the last 28 days, so no weekly volume is derived from it; your own figures stand.")
        }
        return lines.joined(separator: "\n")
    }
}
