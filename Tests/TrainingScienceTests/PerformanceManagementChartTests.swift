import Foundation
import Testing
@testable import TrainingScience

@Suite("Performance Management Chart")
struct PerformanceManagementChartTests {
    // Expected values computed independently with GoldenCheetah's recurrence
    // X_d = X_{d-1} + (load_d − X_{d-1})·(1 − e^(−1/T)); tolerance 0.01 per the reference note.

    @Test("GoldenCheetah weights: 0.023528 (42 d) and 0.133122 (7 d)")
    func weights() throws {
        let chart = try PerformanceManagementChart()
        #expect(abs(chart.ctlWeight - 0.023528) < 1e-6)
        #expect(abs(chart.atlWeight - 0.133122) < 1e-6)
    }

    @Test("Loads 100, 0, 50 from zero")
    func threeDays() throws {
        let days = try PerformanceManagementChart().days(dailyLoads: [100, 0, 50])
        let expected: [(ctl: Double, atl: Double, tsb: Double)] = [
            (2.3528313347756735, 13.312210024981841, 0),
            (2.2974731818766507, 11.54006066748957, -10.959378690206167),
            (3.419833180333226, 16.65992856691396, -9.242587485612919),
        ]
        #expect(days.map(\.day) == [1, 2, 3])
        #expect(days.map(\.load) == [100, 0, 50])
        for (day, want) in zip(days, expected) {
            #expect(abs(day.ctl - want.ctl) < 0.01)
            #expect(abs(day.atl - want.atl) < 0.01)
            #expect(abs(day.tsb - want.tsb) < 0.01)
        }
    }

    @Test("TSB is form going into the day: yesterday's CTL − ATL")
    func tsbTiming() throws {
        let days = try PerformanceManagementChart().days(dailyLoads: [80, 120, 0, 60], ctlStart: 45, atlStart: 55)
        #expect(abs(days[0].tsb - (45 - 55)) < 1e-12)
        for (yesterday, today) in zip(days, days.dropFirst()) {
            #expect(abs(today.tsb - (yesterday.ctl - yesterday.atl)) < 1e-12)
        }
    }

    @Test("Explicit start values: two rest weeks from CTL 60 / ATL 80")
    func restFromStart() throws {
        let last = try PerformanceManagementChart().days(dailyLoads: Array(repeating: 0, count: 14), ctlStart: 60, atlStart: 80).last!
        #expect(abs(last.ctl - 42.99187863442739) < 0.01)
        #expect(abs(last.atl - 10.826822658929013) < 0.01)
        #expect(abs(last.tsb - 31.53833436572754) < 0.01)
    }

    @Test("A training week from CTL 50 / ATL 40")
    func trainingWeek() throws {
        let last = try PerformanceManagementChart().days(dailyLoads: [60, 30, 0, 90, 0, 45, 120], ctlStart: 50, atlStart: 40).last!
        #expect(abs(last.ctl - 50.00331634782982) < 0.01)
        #expect(abs(last.atl - 49.03240986103343) < 0.01)
        #expect(abs(last.tsb - 10.182457663671897) < 0.01)
    }

    @Test("Time constants are configurable (28 and 5 days)")
    func customConstants() throws {
        let last = try PerformanceManagementChart(ctlDays: 28, atlDays: 5).days(dailyLoads: [100, 0, 50]).last!
        #expect(abs(last.ctl - 5.020748616976668) < 0.01)
        #expect(abs(last.atl - 21.214303340262198) < 0.01)
        #expect(abs(last.tsb - -11.455754237399526) < 0.01)
    }

    @Test("Constant load converges to that load", arguments: [30.0, 75, 150])
    func converges(load: Double) throws {
        let days = try PerformanceManagementChart().days(dailyLoads: Array(repeating: load, count: 500))
        #expect(abs(days.last!.ctl - load) < 0.01)
        #expect(abs(days.last!.atl - load) < 0.01)
        #expect(abs(days.last!.tsb) < 0.01)
        // Monotone approach from below, never overshooting.
        for (a, b) in zip(days, days.dropFirst()) { #expect(b.ctl >= a.ctl && b.ctl <= load) }
    }

    @Test("Same-day loads are added and missing days count as zero")
    func dailySlots() throws {
        let loads = try PerformanceManagementChart.dailyLoads(sessions: [(day: 1, load: 30), (day: 1, load: 20), (day: 4, load: 10)])
        #expect(loads == [50, 0, 0, 10])
        let padded = try PerformanceManagementChart.dailyLoads(sessions: [(day: 2, load: 40)], dayCount: 5)
        #expect(padded == [0, 40, 0, 0, 0])
        #expect(throws: TrainingScienceError.self) { try PerformanceManagementChart.dailyLoads(sessions: [(day: 0, load: 40)]) }
    }

    @Test("Bad PMC inputs throw")
    func badInputs() {
        #expect(throws: TrainingScienceError.self) { try PerformanceManagementChart().days(dailyLoads: []) }
        #expect(throws: TrainingScienceError.self) { try PerformanceManagementChart().days(dailyLoads: [50, -10]) }
        #expect(throws: TrainingScienceError.self) { try PerformanceManagementChart().days(dailyLoads: [50, .nan]) }
        #expect(throws: TrainingScienceError.self) { try PerformanceManagementChart().days(dailyLoads: [50], ctlStart: -1) }
        #expect(throws: TrainingScienceError.self) { try PerformanceManagementChart(ctlDays: 0) }
    }
}
