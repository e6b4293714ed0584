import Foundation

/// Range-checked conversion of outside numbers (typed at the CLI, sent in a model's tool call,
/// read from a file) to integers. `Int(someDouble)` traps on NaN, infinity and anything beyond
/// ±2^63 (`1e19`), which a hostile or mistyped value reaches easily; these return nil or throw a
/// message naming the field and the range instead.
extension Int {
    /// `value` rounded to the nearest whole number, or nil when it is not finite or beyond `Int`.
    public init?(checking value: Double) {
        let rounded = value.rounded()
        guard rounded.isFinite, rounded >= -0x1p63, rounded < 0x1p63 else { return nil }
        self.init(rounded)
    }

    /// `value` rounded to a whole number within `range`; throws naming `field` and the range.
    public init(checking value: Double, field: String, range: ClosedRange<Int>) throws(CadenceCoreError) {
        guard let whole = Int(checking: value), range.contains(whole) else {
            throw .invalidValue(path: field, got: RunnerField.format(value),
                                allowed: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        self = whole
    }
}

extension Int64 {
    /// `value` rounded to the nearest whole number, or nil when it is not finite or beyond `Int64`.
    public init?(checking value: Double) {
        let rounded = value.rounded()
        guard rounded.isFinite, rounded >= -0x1p63, rounded < 0x1p63 else { return nil }
        self.init(rounded)
    }

    /// Milliseconds from a number of seconds, or nil when not finite or beyond ±100 000 years
    /// (no date or duration Cadence stores comes near; it keeps later sums from overflowing).
    public init?(millisFromSeconds seconds: Double) {
        let millis = (seconds * 1000).rounded()
        guard millis.isFinite, abs(millis) <= 3.2e15 else { return nil }
        self.init(millis)
    }
}
