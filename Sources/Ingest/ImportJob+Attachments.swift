import CadenceCore
import Foundation
import Store

extension ImportJob {
    /// Reads a file that adds samples to an activity of another file and writes them onto that
    /// activity in one transaction. An Apple Health route goes on the workout whose export named
    /// it (`link`); Strava streams on the Strava activity with the id in the file's name, imported
    /// earlier or in this run. Without that activity nothing is written and the message says what
    /// to import.
    func importAttachment(_ path: String, kind: AttachmentKind, named: Bool, label: String?, link: ActivityKey?) -> FileReport {
        let activity: ActivityKey
        let track: (Activity) -> [TrackPoint]
        do {
            var data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            } catch {
                throw IngestError.unreadable(file: path, reason: (error as NSError).localizedDescription)
            }
            guard data.count <= ImportLimits.maxInMemoryBytes else {
                throw IngestError.malformed(file: path, format: kind.displayName,
                                            problem: "the file is \(data.count >> 20) MiB, over the \(ImportLimits.maxInMemoryBytes >> 20) MiB limit for files read whole")
            }
            if Gzip.isGzip(data) {
                do {
                    data = try Gzip.decompress(data)
                } catch let problem as FormatProblem {
                    throw IngestError.malformed(file: path, format: "gzip", problem: problem.message)
                }
            }
            switch kind {
            case .appleRoute:
                guard let link else {
                    // A GPX file that only happens to be in a folder called workout-routes is an ordinary track.
                    guard data.headText().contains(AttachmentKind.appleCreator) else { return importFile(path, named: named, label: label) }
                    throw IngestError.unsupported(file: path, reason: """
                        a workout route from an Apple Health export that no workout of this import names; import it \
                        together with its export (export.zip, the apple_health_export folder or its export.xml), which \
                        puts it on its workout; nothing from it was imported
                        """)
                }
                let points = try Self.reading(path, kind) { try AppleHealthRoute.points(data) }
                activity = link
                track = { _ in points }
            case .stravaStreams:
                guard let id = StravaStreams.activityId(path: path) else {
                    throw IngestError.unsupported(file: path, reason: """
                        Strava streams, but neither the file name nor its folder says which activity they belong to; \
                        name it <activity id>_streams.json; nothing from it was imported
                        """)
                }
                let streams = try Self.reading(path, kind) { try StravaStreams.parse(data) }
                activity = ActivityKey(source: .strava, externalId: "strava:\(id)")
                track = { StravaStreams.points(streams, start: $0.startTime) }
            }
            let counts: ImportCounts?
            do {
                counts = try database.amendImportedActivity(source: activity.source, externalId: activity.externalId, runnerId: runnerId) {
                    TrackSummary.attach(track($0), to: &$0)
                }
            } catch {
                throw IngestError.store(file: path, error)
            }
            guard let counts else {
                let id = activity.externalId.split(separator: ":").last.map(String.init) ?? activity.externalId
                throw IngestError.unsupported(file: path, reason: kind == .stravaStreams
                    ? "Strava streams of activity \(id), which is not in your history; import the activity's JSON (GET /activities/\(id)) with this file or before it; nothing from it was imported"
                    : "the workout this route belongs to is not in your history; nothing from it was imported")
            }
            var tables = ImportSummary()
            tables.activities = counts
            return FileReport(path: path, format: kind.format, status: counts.changed ? .imported : .unchanged, tables: tables, error: nil)
        } catch let error as IngestError {
            return FileReport(path: path, format: kind.format, status: .failed, tables: nil, error: error.description)
        } catch {
            return FileReport(path: path, format: kind.format, status: .failed, tables: nil, error: "\(path): \(error)")
        }
    }

    /// Runs a reader, naming the file and format when its content is broken.
    private static func reading<T>(_ path: String, _ kind: AttachmentKind, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let problem as FormatProblem {
            throw IngestError.malformed(file: path, format: kind.displayName, problem: problem.message)
        }
    }
}
