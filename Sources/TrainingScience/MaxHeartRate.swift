import Foundation

/// Age-predicted maximum heart rate, by three published formulas.
///
/// These are population estimates (±10 bpm or more for an individual, Robergs & Landwehr 2002);
/// a measured max HR should always win over them.
public struct MaxHeartRate: Sendable, Hashable {
    public let age: Double
    /// Fox et al. 1971: 220 − age.
    public let fox: Double
    /// Tanaka, Monahan & Seals, JACC 2001: 208 − 0.7·age.
    public let tanaka: Double
    /// Gellish et al., MSSE 2007: 207 − 0.7·age.
    public let gellish: Double

    /// Ages the regressions were fitted on, roughly; outside them the numbers mean little.
    public static let supportedAges: ClosedRange<Double> = 10...100

    public init(age: Double) throws {
        guard age.isFinite, age > 0 else {
            throw TrainingScienceError.notPositive(name: "age", value: String(age))
        }
        guard Self.supportedAges.contains(age) else {
            throw TrainingScienceError.outOfRange(name: "age", value: age, range: Self.supportedAges)
        }
        self.age = age
        fox = 220 - age
        tanaka = 208 - 0.7 * age
        gellish = 207 - 0.7 * age
    }
}
