import CadenceCore
import Foundation

/// Strava API streams (`GET /activities/{id}/streams`): the array form
/// `[{"type":"time","data":[…]}, …]` or the form keyed by type (`key_by_type=true`)
/// `{"time":{"data":[…]}, "latlng":{…}, …}`. `time` is seconds after the activity's `start_date`,
/// which is not in the file: streams are always put on the activity they belong to.
enum StravaStreams {
    static let types: Set<String> = ["time", "distance", "latlng", "altitude", "velocity_smooth", "heartrate",
                                     "cadence", "watts", "temp", "moving", "grade_smooth"]

    /// Whether `head` is a streams response: a list whose first object's `type` is a stream
    /// type, or an object whose first key is one (the data arrays can be long, so later keys
    /// may not be in the head).
    static func recognizes(head: Data) -> Bool {
        let text = head.headText(16_384)
        let pattern = #"^\s*(\[\s*\{\s*"type"\s*:\s*"([a-z_]+)"|\{\s*"([a-z_]+)"\s*:\s*\{)"#
        guard let match = try? Regex(pattern).firstMatch(in: text) else { return false }
        let name = (match.output[2].substring ?? match.output[3].substring).map(String.init) ?? ""
        return types.contains(name)
    }

    /// The data arrays by stream type, from either form; nil when the JSON is neither.
    static func streams(_ json: Any) -> [String: [Any]]? {
        if let list = json as? [Any] {
            var byType: [String: [Any]] = [:]
            for case let item as [String: Any] in list {
                guard let type = item["type"] as? String, let data = item["data"] as? [Any] else { return nil }
                byType[type] = data
            }
            return byType.isEmpty ? nil : byType
        }
        guard let object = json as? [String: Any] else { return nil }
        var byType: [String: [Any]] = [:]
        for (type, value) in object where types.contains(type) {
            guard let data = (value as? [String: Any])?["data"] as? [Any] else { return nil }
            byType[type] = data
        }
        return byType.isEmpty ? nil : byType
    }

    /// Reads a streams file; throws when it is not one or has no `time` stream.
    static func parse(_ data: Data) throws -> [String: [Any]] {
        guard let streams = streams(try JSONObject.parse(data)) else {
            throw FormatProblem("expected Strava streams: a list of {\"type\", \"data\"} objects or an object keyed by stream type")
        }
        guard streams["time"] != nil else { throw FormatProblem("it has no \"time\" stream, so its samples cannot be placed in time") }
        return streams
    }

    /// One track point per `time` value (seconds after `start`, Unix ms).
    static func points(_ streams: [String: [Any]], start: Int64) -> [TrackPoint] {
        guard let times = streams["time"] else { return [] }
        func number(_ type: String, _ index: Int) -> Double? {
            guard let values = streams[type], index < values.count else { return nil }
            return JSONObject.number(values[index])
        }
        return times.indices.compactMap { index in
            guard let seconds = JSONObject.number(times[index]), let millis = Int64(millisFromSeconds: seconds) else { return nil }
            var point = TrackPoint(time: start + millis)
            if let values = streams["latlng"], index < values.count, let pair = values[index] as? [Any], pair.count == 2 {
                point.latitude = JSONObject.number(pair[0])
                point.longitude = JSONObject.number(pair[1])
            }
            point.altitude = number("altitude", index)
            point.distance = number("distance", index)
            point.heartRate = number("heartrate", index)
            point.cadence = number("cadence", index)
            point.speed = number("velocity_smooth", index)
            point.power = number("watts", index)
            point.temperature = number("temp", index)
            return point
        }
    }

    /// The activity a streams file belongs to: the longest run of digits in the file name
    /// (`12345_streams.json`), else the name of its folder when that is all digits (`12345/streams.json`).
    static func activityId(path: String) -> String? {
        let url = URL(fileURLWithPath: path)
        let runs = url.lastPathComponent.split { !$0.isASCII || !$0.isNumber }
        if let longest = runs.max(by: { $0.count < $1.count }) { return String(longest) }
        let folder = url.deletingLastPathComponent().lastPathComponent
        return !folder.isEmpty && folder.allSatisfy({ $0.isASCII && $0.isNumber }) ? folder : nil
    }
}
