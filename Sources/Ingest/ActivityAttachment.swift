import CadenceCore
import Foundation

/// Files that add samples to an activity imported from another file instead of becoming
/// activities of their own. `ImportJob` reads them after every other file of a run.
enum AttachmentKind: String, Sendable {
    /// A GPX route of an Apple Health workout (`workout-routes/route_….gpx`), named by the
    /// workout's `<FileReference>` in export.xml.
    case appleRoute = "applehealth-route"
    /// A Strava API `streams` response for one activity, whose id is in the file or folder name.
    case stravaStreams = "strava-streams"

    var format: String { rawValue }

    var displayName: String {
        switch self {
        case .appleRoute: "Apple Health workout route"
        case .stravaStreams: "Strava streams"
        }
    }

    /// Apple writes this creator into every route file of an export.
    static let appleCreator = "creator=\"Apple Health Export\""

    /// The kind of the file at `path`, from its first bytes (and, for GPX, its folder: routes
    /// live in `workout-routes`); nil for every other file.
    static func detect(path: String) -> AttachmentKind? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var head = (try? handle.read(upToCount: 16_384)) ?? Data()
        // A gzipped streams file (`12345_streams.json.gz`, as Strava exports keep them) is
        // recognised by what it holds; one that does not unpack is left to the ordinary import,
        // which reports it.
        if Gzip.isGzip(head) {
            guard let data = (try? Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)).flatMap({ Gzip.head($0) }) else { return nil }
            head = data.prefix(16_384)
        }
        let text = head.headText(16_384)
        if text.contains("<gpx") {
            let inRoutesFolder = URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent == "workout-routes"
            return inRoutesFolder || text.contains(appleCreator) ? .appleRoute : nil
        }
        return StravaStreams.recognizes(head: head) ? .stravaStreams : nil
    }
}

extension TrackSummary {
    /// Puts a track read from another file (an Apple Health route, Strava streams) on an activity:
    /// the file's sample arrays replace the activity's; start and end positions, the map line and
    /// per-km splits fill only what is empty. `AppDatabase.importBatch` keeps exactly these fields when a later
    /// import of the activity's own file has none, so re-importing both changes nothing.
    static func attach(_ points: [TrackPoint], to activity: inout Activity) {
        let summary = TrackSummary(points: points)
        activity.positionSamples = SampleJSON.positions(points) ?? activity.positionSamples
        activity.summaryPolyline = activity.summaryPolyline ?? Polyline.summary(points)
        activity.heartRateSamples = SampleJSON.series(points, key: "bpm", \.heartRate) ?? activity.heartRateSamples
        activity.cadenceSamples = SampleJSON.series(points, key: "rpm", \.cadence) ?? activity.cadenceSamples
        activity.speedSamples = SampleJSON.series(points, key: "mps", \.speed) ?? activity.speedSamples
        activity.powerSamples = SampleJSON.series(points, key: "watts", \.power) ?? activity.powerSamples
        if activity.startLatitude == nil || activity.startLongitude == nil, let start = summary.start {
            (activity.startLatitude, activity.startLongitude) = (start.lat, start.lng)
        }
        if activity.endLatitude == nil || activity.endLongitude == nil, let end = summary.end {
            (activity.endLatitude, activity.endLongitude) = (end.lat, end.lng)
        }
        activity.splits = activity.splits ?? summary.splits(points: points)
    }
}

/// An Apple Health route file: its track points in time order.
enum AppleHealthRoute {
    static func points(_ data: Data) throws -> [TrackPoint] {
        let points = try GPXImporter.parse(data).tracks.flatMap(\.points).filter { $0.time != nil && $0.latitude != nil && $0.longitude != nil }
        guard !points.isEmpty else { throw FormatProblem("it has no track points with a time and a position") }
        return points.sorted { $0.time! < $1.time! }
    }
}
