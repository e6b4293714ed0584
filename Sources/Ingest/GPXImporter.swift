import CadenceCore
import Foundation
import Store

/// GPX 1.0 and 1.1 tracks, one activity per `<trk>`.
///
/// Points: `lat`/`lon`, `ele`, `time`, and in `extensions` Garmin's TrackPointExtension (`hr`,
/// `cad`, `atemp`, v1 or v2, any prefix) or Apple's `speed`; GPX 1.0's `<speed>`. Distance is the
/// 2-D haversine sum, moving time the time between points moving at 0.5 m/s or more. A track
/// without a type is taken as a run. Points without a time are kept in the route but a track
/// with no time at all is an error, as is malformed XML: nothing from a damaged file is kept.
/// The dedup key is the first point's time and the sport (`gpx:<ms>:<type>`).
public struct GPXImporter: Importer {
    public let format = "gpx"

    public init() {}

    public func recognizes(head: Data, fileName: String) -> Bool {
        let text = head.headText()
        return text.contains("<gpx") && !text.contains("<TrainingCenterDatabase")
    }

    struct Track {
        var name: String?
        var type: String?
        var points: [TrackPoint] = []
    }

    public func read(_ data: Data, context: ImportContext) throws -> ImportBatch {
        let (creator, tracks) = try Self.parse(data)
        var batch = ImportBatch()
        for track in tracks where !track.points.isEmpty {
            let points = track.points.filter { $0.time != nil }.sorted { $0.time! < $1.time! }
            guard let first = points.first?.time, let last = points.last?.time else {
                throw FormatProblem("track \(track.name.map { "\"\($0)\"" } ?? "") has points but no times, so it cannot be placed in your history")
            }
            let type = ActivityTypeName.activityType(track.type) ?? .running
            let externalId = "gpx:\(first):\(type.rawValue)"
            var activity = context.newActivity(source: .gpx, start: first, end: last, type: type, externalId: externalId)
            activity.name = track.name
            activity.durationSeconds = Double(last - first) / 1000
            activity.deviceName = creator
            TrackSummary(points: points).fill(&activity, points: points)
            batch.activities.append(.init(activity, externalId: externalId))
        }
        if batch.activities.isEmpty { throw FormatProblem("it has no track points") }
        return batch
    }

    /// The `creator` and the tracks of a GPX document (throws on malformed XML or another root).
    static func parse(_ data: Data) throws -> (creator: String?, tracks: [Track]) {
        var tracks: [Track] = []
        var current: Track?
        var point = TrackPoint()
        var creator: String?
        var inPoint = false
        var handlers = XMLElementStream.Handlers()
        handlers.start = { name, attributes, _ in
            switch name {
            case "gpx": creator = attributes["creator"]
            case "trk": current = Track()
            case "trkpt", "rtept":
                inPoint = true
                point = TrackPoint(latitude: attributes["lat"].flatMap(Double.init), longitude: attributes["lon"].flatMap(Double.init))
            default: break
            }
        }
        handlers.end = { name, text, path in
            if inPoint {
                switch name {
                case "ele": point.altitude = Double(text)
                case "time": point.time = ISO8601Timestamp.parse(text)?.millis
                case "hr": point.heartRate = Double(text)
                case "cad": point.cadence = Double(text)
                case "atemp": point.temperature = Double(text)
                case "speed": point.speed = Double(text)
                case "power", "PowerInWatts": point.power = Double(text)
                case "trkpt", "rtept":
                    inPoint = false
                    if point.latitude != nil || point.time != nil { current?.points.append(point) }
                default: break
                }
                return
            }
            let parent = path.count >= 2 ? path[path.count - 2] : ""
            switch (name, parent) {
            case ("name", "trk"): current?.name = text
            case ("type", "trk"): current?.type = text
            case ("trk", _):
                if let track = current { tracks.append(track) }
                current = nil
            default: break
            }
        }
        let root = try XMLElementStream.parse(data, handlers: handlers)
        guard root == "gpx" else { throw FormatProblem("the root element is <\(root ?? "none")>, not <gpx>") }
        return (creator, tracks)
    }
}
