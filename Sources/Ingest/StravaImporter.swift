import CadenceCore
import Foundation

/// Strava API activity JSON (a `SummaryActivity` list, or a `DetailedActivity` with `laps` and
/// `splits_metric`; streams in either form may be embedded under `"streams"`; a separate streams
/// file is read by `StravaStreams`).
///
/// `start_date` is the UTC instant; the original offset is `utc_offset`, else the zone in
/// `timezone`, else `start_date_local − start_date` (Strava writes the local wall clock with a `Z`).
/// A `workout_type` the runner set (1 race, 2 long run) becomes a `user` classification.
/// The JSON is kept in `rawPayload`. Dedup key: `strava:<id>`. Malformed JSON imports nothing.
public struct StravaImporter: Importer {
    public let format = "strava"

    public init() {}

    public func recognizes(head: Data, fileName: String) -> Bool {
        let text = head.headText(16_384).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("{") || text.hasPrefix("[") else { return false }
        return text.contains("\"sport_type\"") || (text.contains("\"start_date_local\"") && text.contains("\"elapsed_time\""))
    }

    public func read(_ data: Data, context: ImportContext) throws -> ImportBatch {
        let json = try JSONObject.parse(data)
        let items: [JSONObject]
        if let array = json as? [Any] { items = array.compactMap { JSONObject($0) } } else if let one = JSONObject(json) { items = [one] } else {
            throw FormatProblem("expected a Strava activity object or a list of them")
        }
        var batch = ImportBatch()
        for item in items {
            guard let id = item.string("id") else { throw FormatProblem("an activity has no \"id\"") }
            batch.activities.append(try Self.activity(item, id: id, context: context))
        }
        guard !batch.activities.isEmpty else { throw FormatProblem("it holds no activities") }
        return batch
    }

    static let sportTypes: [String: ActivityType] = [
        "Run": .running, "TrailRun": .trailRunning, "VirtualRun": .treadmillRunning, "Walk": .walking, "Hike": .hiking,
        "Ride": .cycling, "MountainBikeRide": .cycling, "GravelRide": .cycling, "VirtualRide": .indoorCycling, "Swim": .swimming,
        "Rowing": .rowing, "Elliptical": .elliptical, "WeightTraining": .strengthTraining, "Yoga": .yoga, "Workout": .other,
    ]

    static func activityType(_ name: String?, trainer: Bool) -> ActivityType {
        guard let name else { return .other }
        let type = sportTypes[name] ?? sportTypes[name.replacingOccurrences(of: " ", with: "")] ?? .unknown(name.lowercased())
        return type == .running && trainer ? .treadmillRunning : type
    }

    static func activity(_ item: JSONObject, id: String, context: ImportContext) throws -> ImportBatch.Entry<Activity> {
        guard let start = item.string("start_date").flatMap(ISO8601Timestamp.parse) else {
            throw FormatProblem("activity \(id) has no valid start_date")
        }
        let elapsed = item.double("elapsed_time") ?? 0
        let type = activityType(item.string("sport_type") ?? item.string("type"), trainer: item.bool("trainer") ?? false)
        let externalId = "strava:\(id)"
        var a = context.newActivity(source: .strava, start: start.millis, end: start.millis + (Int64(millisFromSeconds: elapsed) ?? 0),
                                    type: type, externalId: externalId)
        var offset = item.int("utc_offset")
        var zone: String?
        if let timezone = item.string("timezone"), let space = timezone.lastIndex(of: " ") {
            zone = String(timezone[timezone.index(after: space)...])
            if offset == nil, let tz = zone.flatMap(TimeZone.init(identifier:)) {
                offset = tz.secondsFromGMT(for: Date(timeIntervalSince1970: Double(start.millis) / 1000))
            }
        }
        if offset == nil, let local = item.string("start_date_local").flatMap(ISO8601Timestamp.parse) {
            offset = Int((local.millis - start.millis) / 1000)
        }
        a.name = item.string("name")
        a.durationSeconds = elapsed
        a.movingTimeSeconds = item.double("moving_time")
        a.distanceMeters = item.double("distance")
        a.elevationGainMeters = item.double("total_elevation_gain")
        a.elevationMaxMeters = item.double("elev_high")
        a.elevationMinMeters = item.double("elev_low")
        a.avgSpeedMetersPerSecond = item.double("average_speed")
        if a.avgSpeedMetersPerSecond == nil, let d = a.distanceMeters, d > 0, let t = a.movingTimeSeconds ?? a.durationSeconds, t > 0 {
            a.avgSpeedMetersPerSecond = d / t
        }
        a.maxSpeedMetersPerSecond = item.double("max_speed")
        if let v = a.avgSpeedMetersPerSecond, v > 0 { a.avgPaceMinutesPerKm = 1000 / v / 60 }
        if let v = a.maxSpeedMetersPerSecond, v > 0 { a.maxPaceMinutesPerKm = 1000 / v / 60 }
        a.avgCadenceRpm = item.double("average_cadence")
        a.avgHeartRateBpm = item.double("average_heartrate")
        a.maxHeartRateBpm = item.double("max_heartrate")
        a.avgWatts = item.double("average_watts")
        a.maxWatts = item.double("max_watts")
        a.normalizedPowerWatts = item.double("weighted_average_watts")
        a.workKilojoules = item.double("kilojoules")
        a.totalBurnedCalories = item.double("calories")
        a.sufferScore = item.double("suffer_score")
        a.steps = item.int("total_steps")
        if let latlng = item.array("start_latlng") as? [NSNumber], latlng.count == 2 {
            a.startLatitude = latlng[0].doubleValue
            a.startLongitude = latlng[1].doubleValue
        }
        if let latlng = item.array("end_latlng") as? [NSNumber], latlng.count == 2 {
            a.endLatitude = latlng[0].doubleValue
            a.endLongitude = latlng[1].doubleValue
        }
        a.summaryPolyline = item.string("map", "summary_polyline")
        a.deviceName = item.string("device_name")
        a.uploadType = item.bool("manual") == true ? .manual : .automatic
        if type.isRun {
            switch item.int("workout_type") {
            case 1: a.sessionType = .race; a.sessionTypeSource = .user
            case 2: a.sessionType = .long; a.sessionTypeSource = .user
            default: break
            }
        }
        let laps = item.objects("laps").map { lap -> String in
            func n(_ k: String) -> String { lap.double(k).map(SampleJSON.number) ?? "null" }
            let lapStart = lap.string("start_date").flatMap(ISO8601Timestamp.parse).map { String($0.millis) } ?? "null"
            return "{\"startTime\":\(lapStart),\"distanceMeters\":\(n("distance")),\"activeDurationSeconds\":\(n("moving_time"))," +
                "\"elapsedSeconds\":\(n("elapsed_time")),\"avgSpeedMetersPerSecond\":\(n("average_speed")),\"avgHrBpm\":\(n("average_heartrate"))," +
                "\"maxHrBpm\":\(n("max_heartrate")),\"avgCadenceRpm\":\(n("average_cadence"))}"
        }
        a.laps = laps.isEmpty ? nil : "[" + laps.joined(separator: ",") + "]"
        let splits = item.objects("splits_metric").map { split -> String in
            func n(_ k: String) -> String { split.double(k).map(SampleJSON.number) ?? "null" }
            return "{\"split\":\(n("split")),\"distanceMeters\":\(n("distance")),\"elapsedSeconds\":\(n("elapsed_time"))," +
                "\"movingSeconds\":\(n("moving_time")),\"avgSpeedMetersPerSecond\":\(n("average_speed"))," +
                "\"avgHeartRateBpm\":\(n("average_heartrate")),\"elevationDifference\":\(n("elevation_difference"))}"
        }
        a.splits = splits.isEmpty ? nil : "[" + splits.joined(separator: ",") + "]"
        if let streams = item.path("streams").flatMap(StravaStreams.streams) {
            TrackSummary.attach(StravaStreams.points(streams, start: start.millis), to: &a)
        }
        a.rawPayload = item.text
        return .init(a, externalId: externalId, utcOffsetSeconds: offset, timeZone: zone)
    }
}

/// Strava's bulk account export `activities.csv`, read by column position: the header repeats
/// names (the first "Distance" is in the athlete's unit and rounded, the second in metres; the
/// first "Elapsed Time" is whole seconds), and its order drifts between exports, so each value is
/// taken from the first or second column of that name. `Activity Date` ("Oct 7, 2020, 2:43:11
/// PM") is UTC. The files the rows reference (`activities/<id>.fit.gz`, `.gpx`, `.tcx.gz`) are
/// imported on their own when the export folder is imported; inference links each to its row by
/// start time. Dedup key: `strava:<Activity ID>` (the same as the API's). A row that cannot be
/// read (no id or date) fails the whole file.
public struct StravaCSVImporter: Importer {
    public let format = "strava-csv"

    public init() {}

    public func recognizes(head: Data, fileName: String) -> Bool {
        var text = head.headText(64)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text.hasPrefix("Activity ID,")
    }

    public func read(_ data: Data, context: ImportContext) throws -> ImportBatch {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let rows = try CSV.parse(text)
        guard let header = rows.first else { throw FormatProblem("it is empty") }
        func column(_ name: String, occurrence: Int = 1) -> Int? {
            var seen = 0
            for (index, value) in header.enumerated() where value.trimmingCharacters(in: .whitespaces) == name {
                seen += 1
                if seen == occurrence { return index }
            }
            return nil
        }
        guard let idColumn = column("Activity ID"), let dateColumn = column("Activity Date") else {
            throw FormatProblem("the header has no Activity ID or Activity Date column")
        }
        let nameColumn = column("Activity Name"), typeColumn = column("Activity Type")
        let elapsedColumn = column("Elapsed Time", occurrence: 2) ?? column("Elapsed Time")
        let distanceColumn = column("Distance", occurrence: 2)
        let movingColumn = column("Moving Time")
        let maxHRColumn = column("Max Heart Rate", occurrence: 2) ?? column("Max Heart Rate")
        let avgHRColumn = column("Average Heart Rate")
        let caloriesColumn = column("Calories")
        let gainColumn = column("Elevation Gain")
        let maxSpeedColumn = column("Max Speed")
        let avgSpeedColumn = column("Average Speed")
        let cadenceColumn = column("Average Cadence")
        let stepsColumn = column("Total Steps")
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "MMM d, yyyy, h:mm:ss a"
        var batch = ImportBatch()
        for (index, row) in rows.dropFirst().enumerated() where !(row.count == 1 && row[0].isEmpty) {
            func value(_ column: Int?) -> String? {
                guard let column, column < row.count else { return nil }
                let v = row[column].trimmingCharacters(in: .whitespaces)
                return v.isEmpty ? nil : v
            }
            func number(_ column: Int?) -> Double? { value(column).flatMap { Double($0.replacingOccurrences(of: ",", with: "")) } }
            guard let id = value(idColumn) else { throw FormatProblem("row \(index + 2) has no Activity ID") }
            guard let dateText = value(dateColumn), let date = formatter.date(from: dateText) else {
                throw FormatProblem("row \(index + 2) has an unreadable Activity Date \"\(value(dateColumn) ?? "")\"")
            }
            guard let start = Int64(millisFromSeconds: date.timeIntervalSince1970) else {
                throw FormatProblem("row \(index + 2) has an unreadable Activity Date \"\(dateText)\"")
            }
            let elapsed = number(elapsedColumn) ?? 0
            let type = StravaImporter.activityType(value(typeColumn), trainer: false)
            let externalId = "strava:\(id)"
            var a = context.newActivity(source: .strava, start: start, end: start + (Int64(millisFromSeconds: elapsed) ?? 0), type: type,
                                        externalId: externalId)
            a.name = value(nameColumn)
            a.durationSeconds = elapsed
            a.movingTimeSeconds = number(movingColumn)
            a.distanceMeters = number(distanceColumn)
            a.maxHeartRateBpm = number(maxHRColumn)
            a.avgHeartRateBpm = number(avgHRColumn)
            a.totalBurnedCalories = number(caloriesColumn)
            a.elevationGainMeters = number(gainColumn)
            a.maxSpeedMetersPerSecond = number(maxSpeedColumn)
            a.avgSpeedMetersPerSecond = number(avgSpeedColumn)
            a.avgCadenceRpm = number(cadenceColumn)
            a.steps = number(stepsColumn).map { Int($0) }
            if let v = a.avgSpeedMetersPerSecond, v > 0 { a.avgPaceMinutesPerKm = 1000 / v / 60 }
            a.uploadType = value(column("Filename")) == nil ? .manual : .automatic
            batch.activities.append(.init(a, externalId: externalId))
        }
        return batch
    }
}

/// RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and newlines.
enum CSV {
    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar?
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\n": row.append(field); rows.append(row); row = []; field = ""
            case "\r": break
            default: field.unicodeScalars.append(c)
            }
        }
        if quoted { throw FormatProblem("malformed CSV: a quoted field is not closed (truncated?)") }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
