import CadenceCore
import Foundation

/// A reader for one file format: recognises the format from the file's first bytes (not its
/// name) and turns the whole file into seed records.
public protocol Importer: Sendable {
    /// Short name used in messages and `--json` output: `gpx`, `tcx`, `fit`.
    var format: String { get }
    /// Whether `head` (the first few kilobytes, after decompression) is this format.
    func recognizes(head: Data, fileName: String) -> Bool
    /// Reads the whole file. Throws `FormatProblem` when the content is broken.
    func read(_ data: Data, context: ImportContext) throws -> ImportBatch
    /// Reads a file from disk; formats that stream (Apple Health) read it piece by piece.
    func read(fileAt url: URL, context: ImportContext) throws -> ImportBatch
}

extension Importer {
    /// The format's name in messages ("GPX", "Apple Health").
    public var displayName: String {
        switch format {
        case "applehealth": "Apple Health"
        case "terra": "Terra"
        case "strava": "Strava activity JSON"
        case "strava-csv": "Strava activities.csv"
        default: format.uppercased()
        }
    }

    /// Reads the file whole, up to `ImportLimits.maxInMemoryBytes`.
    public func read(fileAt url: URL, context: ImportContext) throws -> ImportBatch {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
        guard size <= ImportLimits.maxInMemoryBytes else {
            throw FormatProblem("the file is \(size >> 20) MiB; \(displayName) files are read whole and limited to \(ImportLimits.maxInMemoryBytes >> 20) MiB")
        }
        return try read(Data(contentsOf: url, options: .mappedIfSafe), context: context)
    }
}

/// Who the records belong to and where ids and times come from.
public struct ImportContext: Sendable {
    public var runnerId: String
    public var userId: String
    public var fileName: String
    public var clock: Clock
    public var ids: IDGenerator
    /// Share of the file read so far (0–1), reported by readers that stream long files.
    public var progress: (@Sendable (Double) -> Void)?
    /// The folder the file is in, for files that name others beside them (Apple Health routes).
    public var folder: URL?
    /// Warnings and linked files the reader reports.
    public var notes: ImportNotes

    public init(runnerId: String, userId: String, fileName: String, clock: Clock, ids: IDGenerator,
                progress: (@Sendable (Double) -> Void)? = nil, folder: URL? = nil, notes: ImportNotes = ImportNotes()) {
        self.runnerId = runnerId
        self.userId = userId
        self.fileName = fileName
        self.clock = clock
        self.ids = ids
        self.progress = progress
        self.folder = folder
        self.notes = notes
    }

    /// A new activity of this runner with the import's id and times; readers fill in the rest.
    func newActivity(source: DataSource, start: Int64, end: Int64, type: ActivityType, externalId: String) -> Activity {
        let now = clock.millis
        return Activity(id: ids.next(), runnerId: runnerId, userId: userId, externalId: externalId, source: source,
                        startTime: start, endTime: end, activityType: type, importedAt: now, lastSyncedAt: now)
    }
}

/// The importers `cadence import` tries, in order.
public enum ImportRegistry {
    public static let standard: [any Importer] = [FITImporter(), AppleHealthImporter(), GPXImporter(), TCXImporter(), StravaImporter(), StravaCSVImporter(), TerraImporter()]

    public static func importer(for head: Data, fileName: String, among importers: [any Importer] = standard) -> (any Importer)? {
        importers.first { $0.recognizes(head: head, fileName: fileName) }
    }
}

extension Data {
    /// The text of the first `count` bytes, for sniffing XML roots (invalid UTF-8 is replaced).
    func headText(_ count: Int = 4096) -> String {
        String(decoding: prefix(count), as: UTF8.self)
    }
}
