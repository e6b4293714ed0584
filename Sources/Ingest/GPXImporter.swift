import CadenceCore
import Foundation

/// GPX 1.0 and 1.1 tracks, one activity per `<trk>`, streamed through `SAXReader`.
///
/// Points: `lat`/`lon`, `ele`, `time`, and in `extensions` Garmin's TrackPointExtension (`hr`,
/// `cad`, `atemp`, v1 or v2, any prefix) or Apple's `speed`; GPX 1.0's `<speed>`. Distance is the
/// 2-D haversine sum, moving time the time between points moving at 0.5 m/s or more. A track
/// without a type is taken as a run. Points without a time are kept in the route; a track with
/// no time at all, or with more points than `ImportLimits.maxSamplesPerActivity`, is skipped
/// with a warning while the other tracks import. Malformed XML (or invalid UTF-8) imports nothing.
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
        /// Points beyond the sample limit were not kept.
        var overLimit = false
    }

    struct Document {
        var creator: String?
        var tracks: [Track]
        var truncatedValues: Int
    }

    public func read(_ data: Data, context: ImportContext) throws -> ImportBatch {
        try batch(Self.parse(data), context: context)
    }

    public func read(fileAt url: URL, context: ImportContext) throws -> ImportBatch {
        try batch(Self.parse(fileAt: url), context: context)
    }

    private func batch(_ document: Document, context: ImportContext) throws -> ImportBatch {
        var batch = ImportBatch()
        var skipped: [String] = []
        for (index, track) in document.tracks.enumerated() where !track.points.isEmpty {
            let label = "track \(index + 1)" + (track.name.map { " (\"\(ImportedText.clean($0))\")" } ?? "")
            if track.overLimit {
                skipped.append("\(label) has more than \(ImportLimits.maxSamplesPerActivity) points and was not imported")
                continue
            }
            let points = track.points.filter { $0.time != nil }.sorted { $0.time! < $1.time! }
            guard let first = points.first?.time, let last = points.last?.time else {
                skipped.append("\(label) has points but no times, so it cannot be placed in your history; it was not imported")
                continue
            }
            let type = ActivityTypeName.activityType(track.type) ?? .running
            let externalId = "gpx:\(first):\(type.rawValue)"
            var activity = context.newActivity(source: .gpx, start: first, end: last, type: type, externalId: externalId)
            activity.name = track.name
            activity.durationSeconds = Double(last - first) / 1000
            activity.deviceName = document.creator
            let summary = TrackSummary(points: points)
            summary.fill(&activity, points: points)
            if summary.glitches > 0 {
                context.notes.warn("\(label): \(summary.glitches) GPS jump(s) faster than \(Int(ImportLimits.maxSpeedMetersPerSecond)) m/s left out of the distance")
            }
            batch.activities.append(.init(activity, externalId: externalId))
        }
        if batch.activities.isEmpty {
            throw FormatProblem(skipped.isEmpty ? "it has no track points" : skipped.joined(separator: "; "))
        }
        for message in skipped { context.notes.warn(message) }
        if document.truncatedValues > 0 {
            context.notes.warn("\(document.truncatedValues) text or attribute value(s) longer than the limits were cut")
        }
        return batch
    }

    static func parse(_ data: Data) throws -> Document {
        try parse { try XMLElementStream.parse(data, handlers: $0) }
    }

    static func parse(fileAt url: URL) throws -> Document {
        try parse { try XMLElementStream.parse(fileAt: url, handlers: $0) }
    }

    /// The `creator` and the tracks of a GPX document (throws on malformed XML or another root).
    private static func parse(_ run: (XMLElementStream.Handlers) throws -> XMLElementStream.Outcome) throws -> Document {
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
                    guard point.latitude != nil || point.time != nil, current != nil else { break }
                    if current!.points.count < ImportLimits.maxSamplesPerActivity {
                        current!.points.append(point)
                    } else {
                        current!.overLimit = true
                    }
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
        let outcome = try run(handlers)
        guard outcome.root == "gpx" else { throw FormatProblem("the root element is <\(outcome.root ?? "none")>, not <gpx>") }
        return Document(creator: creator, tracks: tracks, truncatedValues: outcome.truncatedValues)
    }
}
