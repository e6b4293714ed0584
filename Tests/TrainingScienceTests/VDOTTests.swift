import Testing
@testable import TrainingScience

@Suite("VDOT and race prediction")
struct VDOTTests {
    static let everyFifth = stride(from: 30, through: 85, by: 5).map { $0 }
    static var mainDistances: [(RaceDistance, KeyPath<DanielsRow, Double>)] {
        [(.fiveK, \.fiveK), (.tenK, \.tenK), (.halfMarathon, \.half), (.marathon, \.marathon)]
    }

    @Test("5K in 20:00 gives VDOT 49.81 (reference worked example)")
    func fiveKInTwentyMinutes() throws {
        let vdot = try VDOT(distance: .fiveK, timeSeconds: 20 * 60)
        #expect(abs(vdot.value - 49.81) < 0.01)
        // Between the table rows VDOT 49 (20:18) and VDOT 50 (19:57).
        #expect(vdot.value > 49 && vdot.value < 50)
    }

    @Test("Published race times give back their table VDOT within 0.2", arguments: everyFifth)
    func vdotFromPublishedTimes(vdot: Int) throws {
        let row = DanielsTable.row(vdot)
        for (distance, time) in Self.mainDistances {
            let computed = try VDOT(distance: distance, timeSeconds: row[keyPath: time])
            #expect(abs(computed.value - Double(vdot)) < 0.2, "\(distance) at VDOT \(vdot): got \(computed.value)")
        }
    }

    @Test("Tabled spot checks: 5K 21:25 → 46, 10K 35:22 → 60, marathon 2:01:10 → 85")
    func spotChecks() throws {
        #expect(abs(try VDOT(distance: .fiveK, timeSeconds: 21 * 60 + 25).value - 46) < 0.1)
        #expect(abs(try VDOT(distance: .tenK, timeSeconds: 35 * 60 + 22).value - 60) < 0.1)
        #expect(abs(try VDOT(distance: .marathon, timeSeconds: 2 * 3600 + 70).value - 85) < 0.1)
    }

    @Test("VDOT 50 marathon is 3:10:40 by the formula (table 3:10:49)")
    func marathonAtFifty() throws {
        let seconds = try VDOT(50).raceTime(for: .marathon)
        #expect(abs(seconds - (3 * 3600 + 10 * 60 + 40)) < 1.5)
    }

    @Test("VDOT 30 marathon is 4:49:49 by the formula (table 4:49:17)")
    func marathonAtThirty() throws {
        let seconds = try VDOT(30).raceTime(for: .marathon)
        #expect(abs(seconds - (4 * 3600 + 49 * 60 + 49)) < 1.5)
    }

    @Test("Race times agree with the published table (within 5 s or 0.2 %)", arguments: everyFifth)
    func raceTimesMatchTable(vdot: Int) throws {
        let row = DanielsTable.row(vdot)
        let model = try VDOT(Double(vdot))
        for (distance, time) in Self.mainDistances + [(.mile, \DanielsRow.mile)] {
            let published = row[keyPath: time]
            let computed = model.raceTime(for: distance)
            #expect(abs(computed - published) <= max(5, 0.002 * published),
                    "\(distance) at VDOT \(vdot): \(DurationFormat.format(computed)) vs \(DurationFormat.format(published))")
        }
    }

    @Test("Race time and VDOT are inverse functions", arguments: [1500.0, 5000, 10000, 21097.5, 42195, 100_000])
    func roundTrip(meters: Double) throws {
        let distance = try RaceDistance(meters: meters)
        for value in [20.0, 35, 50, 65, 85] {
            let time = try VDOT(value).raceTime(for: distance)
            #expect(abs(VDOT.value(distanceMeters: meters, timeSeconds: time) - value) < 1e-6)
        }
    }

    @Test("A faster race gives a higher VDOT", arguments: [RaceDistance.mile, .fiveK, .tenK, .halfMarathon, .marathon])
    func fasterIsHigher(distance: RaceDistance) throws {
        let slowest = try VDOT(30).raceTime(for: distance), fastest = try VDOT(85).raceTime(for: distance)
        var previous = 0.0
        for step in 0...50 {
            let time = slowest - (slowest - fastest) * Double(step) / 50
            let vdot = try VDOT(distance: distance, timeSeconds: time).value
            #expect(vdot > previous)
            previous = vdot
        }
    }

    @Test("Higher VDOT predicts a faster race at every distance")
    func higherIsFaster() throws {
        for distance in RaceDistance.standard {
            var previous = Double.infinity
            for value in stride(from: 30.0, through: 85, by: 1) {
                let time = try VDOT(value).raceTime(for: distance)
                #expect(time < previous)
                previous = time
            }
        }
    }

    @Test("Oxygen cost and speed are inverse; F(t) at the known anchor points")
    func equationsPieces() {
        for v in [150.0, 200, 250, 300, 400] {
            #expect(abs(VDOT.speed(forOxygenCost: VDOT.oxygenCost(metersPerMinute: v)) - v) < 1e-9)
        }
        // F(0) = 0.8 + 0.1894393 + 0.2989558; F → 0.8 for very long efforts.
        #expect(abs(VDOT.fractionOfVO2max(minutes: 0) - 1.2883951) < 1e-7)
        #expect(abs(VDOT.fractionOfVO2max(minutes: 10_000) - 0.8) < 1e-6)
    }

    @Test("Bad inputs throw a TrainingScienceError")
    func badInputs() {
        #expect(throws: TrainingScienceError.self) { try VDOT(distance: .fiveK, timeSeconds: 0) }
        #expect(throws: TrainingScienceError.self) { try VDOT(distance: .fiveK, timeSeconds: -60) }
        #expect(throws: TrainingScienceError.self) { try VDOT(distance: .fiveK, timeSeconds: .nan) }
        #expect(throws: TrainingScienceError.self) { try RaceDistance(meters: 0) }
        #expect(throws: TrainingScienceError.self) { try RaceDistance(meters: -5000) }
        #expect(throws: TrainingScienceError.self) { try VDOT(0) }
        #expect(throws: TrainingScienceError.self) { try VDOT(150) }
        // A 5K walked in two hours is outside what the equations describe.
        #expect(throws: TrainingScienceError.self) { try VDOT(distance: .fiveK, timeSeconds: 7200) }
        // A 5K in 5 minutes is no human.
        #expect(throws: TrainingScienceError.self) { try VDOT(distance: .fiveK, timeSeconds: 300) }
    }
}
