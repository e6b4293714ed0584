import Foundation

/// Every limit the readers put on outside files, in one place; the README's "Limits" section
/// lists them. They are far above what a real watch, phone or export produces and only stop
/// hostile or damaged files from taking unbounded memory, disk or time.
public enum ImportLimits {
    // MARK: XML (GPX, TCX, Apple Health)

    /// Longer attribute values are cut to this many bytes (and the file's report says how many were).
    public static let maxAttributeBytes = 4_096
    /// Longer element text is cut to this many bytes.
    public static let maxTextBytes = 65_536
    /// Deeper nesting is refused (GPX, TCX and Apple Health nest fewer than 10 levels).
    public static let maxXMLDepth = 256

    // MARK: Activities

    /// An activity longer than this (2 000 km) is dropped as implausible, with a warning.
    public static let maxActivityDistanceMeters = 2_000_000.0
    /// An activity lasting longer than this (14 days) is dropped as implausible, with a warning.
    public static let maxActivityDurationSeconds = 14 * 86_400.0
    /// An activity with more samples than this (a point a second for 11.5 days) is dropped, with a warning.
    public static let maxSamplesPerActivity = 1_000_000
    /// A GPS step faster than this (360 km/h) between two timed points is a position glitch: it
    /// is left out of the distance and the report counts it.
    public static let maxSpeedMetersPerSecond = 100.0

    // MARK: Files and archives

    /// Formats read whole into memory (FIT, JSON, CSV, gzip output) refuse larger files.
    public static let maxInMemoryBytes = 64 << 20
    /// A zip with more entries is refused.
    public static let maxArchiveEntries = 100_000
    /// A zip entry larger than this uncompressed (Apple Health's export.xml reaches a few GB) is refused.
    public static let maxEntryBytes: UInt64 = 16 << 30
    /// A zip whose entries add up to more than this uncompressed is refused.
    public static let maxArchiveBytes: UInt64 = 32 << 30
    /// A zip entry or gzip file that expands more than this many times is refused (real exports
    /// compress 10–40 times; zip bombs about 1 000 times). Entries under 1 MiB are not checked.
    public static let maxCompressionRatio: UInt64 = 200
    static let ratioFreeBytes: UInt64 = 1 << 20
}
