import Testing
@testable import TrainingScience

@Suite("Training paces")
struct TrainingPacesTests {
    /// Reference note, section 1: the 2nd-edition table converted to s/km.
    static let referenceRows: [(vdot: Double, e: Double, m: Double, t: Double, i: Double, r: Double)] = [
        (30, 472, 410.7, 384, 355, 340),
        (40, 379, 326.8, 306, 282, 265),
        (50, 318, 271.5, 255, 235, 217.5),
        (60, 275, 232.4, 220, 203, 187.5),
        (70, 242, 203.8, 194, 179, 162.5),
    ]

    /// Tolerance from the reference note: 4 s/km in general, 12 (E) and 11 (R) at VDOT 30.
    static func tolerance(_ zone: TrainingZone, vdot: Int) -> Double {
        guard vdot == 30 else { return 4 }
        return zone == .easy ? 12 : zone == .repetition ? 11 : 4
    }

    @Test("Reference-note paces at VDOT 30/40/50/60/70", arguments: referenceRows.indices)
    func referencePaces(index: Int) throws {
        let row = Self.referenceRows[index]
        let paces = TrainingPaces(vdot: try VDOT(row.vdot))
        let expected: [(TrainingZone, Double)] = [(.easy, row.e), (.marathon, row.m), (.threshold, row.t), (.interval, row.i), (.repetition, row.r)]
        for (zone, published) in expected {
            let computed = paces[zone].midpointSecondsPerKm
            #expect(abs(computed - published) <= Self.tolerance(zone, vdot: Int(row.vdot)),
                    "\(zone) at VDOT \(row.vdot): \(computed) vs \(published)")
        }
    }

    @Test("Every table row 30–85: each pace within tolerance of the published value", arguments: DanielsTable.rows.map(\.vdot))
    func tablePaces(vdot: Int) throws {
        let row = DanielsTable.row(vdot)
        let paces = TrainingPaces(vdot: try VDOT(Double(vdot)))
        for zone in TrainingZone.allCases {
            let computed = paces[zone].midpointSecondsPerKm
            #expect(abs(computed - row.pace(zone)) <= Self.tolerance(zone, vdot: vdot),
                    "\(zone) at VDOT \(vdot): \(computed) vs \(row.pace(zone))")
        }
    }

    @Test("E midpoint costs about 67 % of VDOT in oxygen (reference note)")
    func easyShare() throws {
        for value in stride(from: 30.0, through: 85, by: 5) {
            let midpoint = TrainingPaces(vdot: try VDOT(value)).easy.midpointSecondsPerKm
            let share = VDOT.oxygenCost(metersPerMinute: 60_000 / midpoint) / value
            #expect(abs(share - 0.67) < 0.005)
        }
    }

    @Test("E slower than M slower than T slower than I slower than R, bands not overlapping, VDOT 30–85")
    func ordered() throws {
        for value in stride(from: 30.0, through: 85, by: 0.5) {
            let paces = TrainingPaces(vdot: try VDOT(value))
            let order = TrainingZone.allCases.map { paces[$0] }
            for (slower, faster) in zip(order, order.dropFirst()) {
                #expect(slower.fastSecondsPerKm > faster.slowSecondsPerKm, "VDOT \(value)")
            }
            for band in order { #expect(band.fastSecondsPerKm < band.slowSecondsPerKm) }
        }
    }

    @Test("Higher VDOT gives faster paces in every zone")
    func monotone() throws {
        for zone in TrainingZone.allCases {
            var previous = Double.infinity
            for value in stride(from: 30.0, through: 85, by: 1) {
                let pace = TrainingPaces(vdot: try VDOT(value))[zone].midpointSecondsPerKm
                #expect(pace < previous)
                previous = pace
            }
        }
    }

    @Test("Pace formatting: per km, per mile, ranges")
    func formatting() {
        #expect(PaceFormat.format(secondsPerKm: 295) == "4:55/km")
        #expect(PaceFormat.format(secondsPerKm: 271.5, unit: .mile) == "7:17/mi")  // VDOT 50 M pace
        #expect(PaceFormat.formatRange(fastSecondsPerKm: 295, slowSecondsPerKm: 305) == "4:55–5:05/km")
        #expect(PaceFormat.formatRange(fastSecondsPerKm: 299.6, slowSecondsPerKm: 300.4) == "5:00/km")
        #expect(abs(PaceFormat.secondsPerMile(fromSecondsPerKm: 300) - 482.8032) < 1e-9)
        #expect(abs(PaceFormat.secondsPerKm(fromSecondsPerMile: 482.8032) - 300) < 1e-9)
    }
}
