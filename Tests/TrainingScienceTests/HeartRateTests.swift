import Testing
@testable import TrainingScience

@Suite("Max HR and heart-rate zones")
struct HeartRateTests {
    @Test("Max HR formulas", arguments: [(40.0, 180.0, 180.0, 179.0), (30, 190, 187, 186), (60, 160, 166, 165), (25, 195, 190.5, 189.5)])
    func maxHR(age: Double, fox: Double, tanaka: Double, gellish: Double) throws {
        let max = try MaxHeartRate(age: age)
        #expect(abs(max.fox - fox) < 1e-9)
        #expect(abs(max.tanaka - tanaka) < 1e-9)
        #expect(abs(max.gellish - gellish) < 1e-9)
    }

    @Test("Tanaka is above Fox after 40 and below it before")
    func tanakaVersusFox() throws {
        #expect(try MaxHeartRate(age: 55).tanaka > MaxHeartRate(age: 55).fox)
        #expect(try MaxHeartRate(age: 25).tanaka < MaxHeartRate(age: 25).fox)
    }

    @Test("Percent of max: 50/60/70/80/90/100 % of 190")
    func percentOfMax() throws {
        let zones = try HeartRateZoneSet.percentOfMax(maxHR: 190)
        #expect(zones.zones.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(zones.zones.compactMap(\.minBpm) == [95, 114, 133, 152, 171])
        #expect(zones.zones.last?.maxBpm == 190)
    }

    @Test("Karvonen with max 190 and rest 50: 120/134/148/162/176/190 (reference note)")
    func karvonen() throws {
        let zones = try HeartRateZoneSet.karvonen(maxHR: 190, restingHR: 50)
        let bounds = zones.zones.compactMap(\.minBpm) + [zones.zones.last!.maxBpm!]
        let expected: [Double] = [120, 134, 148, 162, 176, 190]
        #expect(bounds.count == expected.count)
        for (got, want) in zip(bounds, expected) { #expect(abs(got - want) < 1e-9) }
    }

    @Test("Friel running zones for LTHR 170: raw boundaries as printed")
    func friel() throws {
        let zones = try HeartRateZoneSet.lactateThreshold(lthr: 170, maxHR: 190)
        #expect(zones.zones.map(\.label) == ["1", "2", "3", "4", "5a", "5b", "5c"])
        let expected: [(Double?, Double?)] = [
            (nil, 144.5), (144.5, 151.3), (153, 159.8), (161.5, 168.3), (170, 173.4), (175.1, 180.2), (180.2, 190),
        ]
        for (zone, (low, high)) in zip(zones.zones, expected) {
            #expect((zone.minBpm == nil) == (low == nil), "zone \(zone.label)")
            #expect((zone.maxBpm == nil) == (high == nil), "zone \(zone.label)")
            if let got = zone.minBpm, let low { #expect(abs(got - low) < 0.01, "zone \(zone.label)") }
            if let got = zone.maxBpm, let high { #expect(abs(got - high) < 0.01, "zone \(zone.label)") }
        }
    }

    @Test("Friel zone 1 starts at resting HR when it is known")
    func frielWithRest() throws {
        let zones = try HeartRateZoneSet.lactateThreshold(lthr: 170, maxHR: 190, restingHR: 48)
        #expect(zones.zones.first?.minBpm == 48)
    }

    @Test("Zone lookup; values in Friel's printed gaps go to the zone below")
    func lookup() throws {
        let friel = try HeartRateZoneSet.lactateThreshold(lthr: 170, maxHR: 190)
        #expect(friel.zone(for: 120)?.label == "1")
        #expect(friel.zone(for: 152)?.label == "2")   // in the 89→90 % gap
        #expect(friel.zone(for: 171)?.label == "5a")
        #expect(friel.zone(for: 185)?.label == "5c")
        let karvonen = try HeartRateZoneSet.karvonen(maxHR: 190, restingHR: 50)
        #expect(karvonen.zone(for: 100) == nil)
        #expect(karvonen.zone(for: 150)?.label == "3")
    }

    @Test("Bad heart-rate inputs throw")
    func badInputs() {
        #expect(throws: TrainingScienceError.self) { try HeartRateZoneSet.karvonen(maxHR: 50, restingHR: 60) }
        #expect(throws: TrainingScienceError.self) { try HeartRateZoneSet.karvonen(maxHR: 60, restingHR: 60) }
        #expect(throws: TrainingScienceError.self) { try HeartRateZoneSet.percentOfMax(maxHR: 0) }
        #expect(throws: TrainingScienceError.self) { try HeartRateZoneSet.lactateThreshold(lthr: 195, maxHR: 190) }
        #expect(throws: TrainingScienceError.self) { try HeartRateZoneSet.lactateThreshold(lthr: -1) }
        #expect(throws: TrainingScienceError.self) { try MaxHeartRate(age: 0) }
        #expect(throws: TrainingScienceError.self) { try MaxHeartRate(age: -30) }
        #expect(throws: TrainingScienceError.self) { try MaxHeartRate(age: 250) }
    }

    @Test("The max-HR-below-rest message names both values")
    func message() {
        #expect(throws: TrainingScienceError.heartRateOrder(lower: "resting HR", lowerValue: 60, upper: "max HR", upperValue: 50)) {
            try HeartRateZoneSet.karvonen(maxHR: 50, restingHR: 60)
        }
        let text = TrainingScienceError.heartRateOrder(lower: "resting HR", lowerValue: 60, upper: "max HR", upperValue: 50).description
        #expect(text == "max HR (50) must be above resting HR (60): check both values")
    }
}
