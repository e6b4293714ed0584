import Testing
@testable import TrainingScience

@Suite("Acute:chronic workload ratio")
struct AcuteChronicWorkloadTests {
    /// Three easy weeks at 30 then a back-loaded week: each method puts it in a different zone.
    static let mixedWeeks: [Double] = Array(repeating: 30, count: 21) + [0, 0, 0, 0, 60, 120, 120]

    @Test("Mixed weeks: coupled sweet spot, uncoupled caution, EWMA danger")
    func mixedWeeksZones() throws {
        let coupled = try AcuteChronicWorkload(dailyLoads: Self.mixedWeeks, method: .rollingCoupled)
        #expect(abs(coupled.acute - 42.857142857142854) < 1e-9)
        #expect(abs(coupled.chronic - 33.214285714285715) < 1e-9)
        #expect(abs(coupled.ratio - 1.2903225806451613) < 1e-9)
        #expect(coupled.zone == .sweetSpot)

        let uncoupled = try AcuteChronicWorkload(dailyLoads: Self.mixedWeeks, method: .rollingUncoupled)
        #expect(abs(uncoupled.chronic - 30) < 1e-9)
        #expect(abs(uncoupled.ratio - 1.4285714285714284) < 1e-9)
        #expect(uncoupled.zone == .caution)

        let ewma = try AcuteChronicWorkload(dailyLoads: Self.mixedWeeks, method: .ewma)
        #expect(abs(ewma.acute - 64.9420166015625) < 1e-9)
        #expect(abs(ewma.chronic - 37.75988701960494) < 1e-9)
        #expect(abs(ewma.ratio - 1.7198678737530277) < 1e-9)
        #expect(ewma.zone == .danger)
    }

    @Test("Irregular 30-day series uses only its last 28 days for rolling averages")
    func irregular() throws {
        let loads: [Double] = [10, 80, 0, 55, 35, 70, 20, 0, 65, 90, 15, 45, 30, 60, 75, 5, 50, 40, 85, 25,
                               0, 95, 30, 60, 10, 70, 45, 100, 20, 55]
        let coupled = try AcuteChronicWorkload(dailyLoads: loads, method: .rollingCoupled)
        #expect(abs(coupled.ratio - 1.152) < 1e-9)
        let uncoupled = try AcuteChronicWorkload(dailyLoads: loads, method: .rollingUncoupled)
        #expect(abs(uncoupled.ratio - 1.2134831460674158) < 1e-9)
        let ewma = try AcuteChronicWorkload(dailyLoads: loads, method: .ewma)
        #expect(abs(ewma.ratio - 1.1891909701315555) < 1e-9)
    }

    @Test("Constant load gives 1.0 in the sweet spot", arguments: AcuteChronicWorkload.Method.allCases)
    func constantLoad(method: AcuteChronicWorkload.Method) throws {
        let result = try AcuteChronicWorkload(dailyLoads: Array(repeating: 50, count: 28), method: method)
        #expect(abs(result.ratio - 1) < 1e-12)
        #expect(abs(result.acute - 50) < 1e-12)
        #expect(result.zone == .sweetSpot)
    }

    @Test("Zone boundaries: low < 0.8 ≤ sweet_spot ≤ 1.3 < caution < 1.5 ≤ danger")
    func boundaries() {
        #expect(WorkloadZone(ratio: 0.79) == .low)
        #expect(WorkloadZone(ratio: 0.8) == .sweetSpot)
        #expect(WorkloadZone(ratio: 1.3) == .sweetSpot)
        #expect(WorkloadZone(ratio: 1.31) == .caution)
        #expect(WorkloadZone(ratio: 1.49) == .caution)
        #expect(WorkloadZone(ratio: 1.5) == .danger)
        #expect(WorkloadZone.sweetSpot.rawValue == "sweet_spot")
    }

    @Test("A deload week reads low")
    func deload() throws {
        let loads = Array(repeating: 60.0, count: 21) + Array(repeating: 20.0, count: 7)
        let result = try AcuteChronicWorkload(dailyLoads: loads, method: .rollingUncoupled)
        #expect(abs(result.ratio - 1.0 / 3) < 1e-12)
        #expect(result.zone == .low)
    }

    @Test("Bad ACWR inputs throw")
    func badInputs() {
        #expect(throws: TrainingScienceError.self) { try AcuteChronicWorkload(dailyLoads: Array(repeating: 50, count: 27), method: .rollingCoupled) }
        #expect(throws: TrainingScienceError.self) { try AcuteChronicWorkload(dailyLoads: Array(repeating: 0, count: 28), method: .ewma) }
        #expect(throws: TrainingScienceError.self) { try AcuteChronicWorkload(dailyLoads: [], method: .ewma) }
        #expect(throws: TrainingScienceError.self) { try AcuteChronicWorkload(dailyLoads: [50, -1], method: .ewma) }
        #expect(throws: TrainingScienceError.self) { try AcuteChronicWorkload(dailyLoads: Array(repeating: 50, count: 28), method: .ewma, acuteDays: 28, chronicDays: 7) }
    }
}
