import CadenceCore
import Foundation

/// Garmin Training Center (TCX v2) activities: laps with their totals, and trackpoints.
///
/// Per activity: `Sport`, `Id` (start time), `Notes`, `Creator/Name`; per lap `StartTime`,
/// `TotalTimeSeconds`, `DistanceMeters`, `MaximumSpeed`, `Calories`, average and maximum heart
/// rate, `Intensity`, `Cadence`, `TriggerMethod`; per trackpoint time, position, altitude,
/// cumulative distance, heart rate, cadence and the `TPX` extension (`Speed`, `RunCadence`,
/// `Watts`). Distance, calories and timer time are the sums over laps (`movingTimeSeconds`);
/// `durationSeconds` is the elapsed time from the start to the last trackpoint or lap end.
/// Whitespace before `<?xml` is tolerated; malformed XML or invalid UTF-8 imports nothing. An
/// activity with more trackpoints than `ImportLimits.maxSamplesPerActivity` is skipped with a warning.
/// The dedup key is the start time and the sport (`tcx:<ms>:<type>`).
public struct TCXImporter: Importer {
    public let format = "tcx"

    public init() {}

    public func recognizes(head: Data, fileName: String) -> Bool {
        head.headText().contains("<TrainingCenterDatabase")
    }

    struct Lap {
        var start: Int64?
        var totalSeconds: Double?
        var distance: Double?
        var maxSpeed: Double?
        var calories: Double?
        var avgHeartRate: Double?
        var maxHeartRate: Double?
        var intensity: String?
        var cadence: Double?
        var trigger: String?
        var lastPointTime: Int64?
    }

    struct Workout {
        var sport: String?
        var id: ISO8601Timestamp?
        var notes: String?
        var creator: String?
        var laps: [Lap] = []
        var points: [TrackPoint] = []
        var overLimit = false
    }

    public func read(_ data: Data, context: ImportContext) throws -> ImportBatch {
        try read(context: context) { try XMLElementStream.parse(data, handlers: $0) }
    }

    public func read(fileAt url: URL, context: ImportContext) throws -> ImportBatch {
        try read(context: context) { try XMLElementStream.parse(fileAt: url, handlers: $0) }
    }

    private func read(context: ImportContext, _ run: (XMLElementStream.Handlers) throws -> XMLElementStream.Outcome) throws -> ImportBatch {
        var workouts: [Workout] = []
        var workout: Workout?
        var lap: Lap?
        var point: TrackPoint?
        var handlers = XMLElementStream.Handlers()
        handlers.start = { name, attributes, _ in
            switch name {
            case "Activity": workout = Workout(sport: attributes["Sport"])
            case "Lap": lap = Lap(start: attributes["StartTime"].flatMap(ISO8601Timestamp.parse)?.millis)
            case "Trackpoint": point = TrackPoint()
            default: break
            }
        }
        handlers.end = { name, text, path in
            let parent = path.count >= 2 ? path[path.count - 2] : ""
            if point != nil {
                switch (name, parent) {
                case ("Time", "Trackpoint"): point?.time = ISO8601Timestamp.parse(text)?.millis
                case ("LatitudeDegrees", _): point?.latitude = Double(text)
                case ("LongitudeDegrees", _): point?.longitude = Double(text)
                case ("AltitudeMeters", _): point?.altitude = Double(text)
                case ("DistanceMeters", "Trackpoint"): point?.distance = Double(text)
                case ("Value", "HeartRateBpm"): point?.heartRate = Double(text)
                case ("Cadence", "Trackpoint"), ("RunCadence", _): point?.cadence = Double(text)
                case ("Speed", _): point?.speed = Double(text)
                case ("Watts", _): point?.power = Double(text)
                case ("Trackpoint", _):
                    if let p = point, workout != nil {
                        if workout!.points.count < ImportLimits.maxSamplesPerActivity {
                            workout!.points.append(p)
                        } else {
                            workout!.overLimit = true
                        }
                        if let t = p.time, var current = lap {
                            current.lastPointTime = max(current.lastPointTime ?? t, t)
                            lap = current
                        }
                    }
                    point = nil
                default: break
                }
                return
            }
            switch (name, parent) {
            case ("Id", "Activity"): workout?.id = ISO8601Timestamp.parse(text)
            case ("Notes", "Activity"): workout?.notes = text
            case ("Name", "Creator"): if path.contains("Activity") { workout?.creator = text }
            case ("TotalTimeSeconds", "Lap"): lap?.totalSeconds = Double(text)
            case ("DistanceMeters", "Lap"): lap?.distance = Double(text)
            case ("MaximumSpeed", "Lap"): lap?.maxSpeed = Double(text)
            case ("Calories", "Lap"): lap?.calories = Double(text)
            case ("Value", "AverageHeartRateBpm"): lap?.avgHeartRate = Double(text)
            case ("Value", "MaximumHeartRateBpm"): lap?.maxHeartRate = Double(text)
            case ("Intensity", "Lap"): lap?.intensity = text
            case ("Cadence", "Lap"): lap?.cadence = Double(text)
            case ("TriggerMethod", "Lap"): lap?.trigger = text
            case ("Lap", _):
                if let l = lap { workout?.laps.append(l) }
                lap = nil
            case ("Activity", _):
                if let w = workout { workouts.append(w) }
                workout = nil
            default: break
            }
        }
        let outcome = try run(handlers)
        guard outcome.root == "TrainingCenterDatabase" else {
            throw FormatProblem("the root element is <\(outcome.root ?? "none")>, not <TrainingCenterDatabase>")
        }
        guard !workouts.isEmpty else { throw FormatProblem("it has no <Activity>") }
        if outcome.truncatedValues > 0 {
            context.notes.warn("\(outcome.truncatedValues) text or attribute value(s) longer than the limits were cut")
        }
        var batch = ImportBatch()
        var skipped: [String] = []
        for (index, workout) in workouts.enumerated() {
            if workout.overLimit {
                skipped.append("activity \(index + 1) has more than \(ImportLimits.maxSamplesPerActivity) trackpoints and was not imported")
                continue
            }
            let points = workout.points.filter { $0.time != nil }.sorted { $0.time! < $1.time! }
            guard let start = workout.id?.millis ?? workout.laps.first?.start ?? points.first?.time else {
                throw FormatProblem("an activity has no start time (no <Id>, lap StartTime or trackpoint time)")
            }
            let lapEnds = workout.laps.compactMap { lap in lap.start.flatMap { start in Int64(millisFromSeconds: lap.totalSeconds ?? 0).map { start + $0 } } }
            let end = max(start, points.last?.time ?? start, lapEnds.max() ?? start)
            let type = ActivityTypeName.activityType(workout.sport) ?? .other
            let externalId = "tcx:\(start):\(type.rawValue)"
            var activity = context.newActivity(source: .tcx, start: start, end: end, type: type, externalId: externalId)
            activity.durationSeconds = Double(end - start) / 1000
            let timer = workout.laps.compactMap(\.totalSeconds)
            if !timer.isEmpty { activity.movingTimeSeconds = timer.reduce(0, +) }
            let distances = workout.laps.compactMap(\.distance)
            if !distances.isEmpty { activity.distanceMeters = distances.reduce(0, +) }
            let calories = workout.laps.compactMap(\.calories)
            if !calories.isEmpty { activity.totalBurnedCalories = calories.reduce(0, +) }
            activity.maxSpeedMetersPerSecond = workout.laps.compactMap(\.maxSpeed).max()
            activity.maxHeartRateBpm = workout.laps.compactMap(\.maxHeartRate).max()
            if points.allSatisfy({ $0.heartRate == nil }) {
                // No per-point HR: the time-weighted mean of the laps' averages.
                let weighted = workout.laps.compactMap { lap in lap.avgHeartRate.flatMap { hr in lap.totalSeconds.map { (hr, $0) } } }
                let seconds = weighted.map(\.1).reduce(0, +)
                if seconds > 0 { activity.avgHeartRateBpm = weighted.map { $0.0 * $0.1 }.reduce(0, +) / seconds }
            }
            activity.userNotes = workout.notes
            activity.deviceName = workout.creator
            activity.laps = Self.lapsJSON(workout.laps)
            TrackSummary(points: points).fill(&activity, points: points)
            batch.activities.append(.init(activity, externalId: externalId, utcOffsetSeconds: workout.id?.offsetSeconds))
        }
        if batch.activities.isEmpty { throw FormatProblem(skipped.joined(separator: "; ")) }
        for message in skipped { context.notes.warn(message) }
        return batch
    }

    /// `[{startTime, endTime, distanceMeters, calories, avgHrBpm, maxHrBpm, avgSpeedMetersPerSecond,
    /// maxSpeedMetersPerSecond, activeDurationSeconds, avgCadenceRpm, intensity, triggerMethod}]`
    /// (Terra's lap fields, camelCase).
    static func lapsJSON(_ laps: [Lap]) -> String? {
        guard !laps.isEmpty else { return nil }
        func num(_ value: Double?) -> String { value.map(SampleJSON.number) ?? "null" }
        func str(_ value: String?) -> String { value.map { "\"\($0.replacingOccurrences(of: "\"", with: ""))\"" } ?? "null" }
        let items = laps.map { lap -> String in
            let end = lap.start.flatMap { start in lap.totalSeconds.flatMap { Int64(millisFromSeconds: $0) }.map { start + $0 } }
            let speed = lap.distance.flatMap { d in lap.totalSeconds.flatMap { $0 > 0 ? d / $0 : nil } }
            return "{\"startTime\":\(lap.start.map(String.init) ?? "null"),\"endTime\":\(end.map(String.init) ?? "null")," +
                "\"distanceMeters\":\(num(lap.distance)),\"calories\":\(num(lap.calories)),\"avgHrBpm\":\(num(lap.avgHeartRate))," +
                "\"maxHrBpm\":\(num(lap.maxHeartRate)),\"avgSpeedMetersPerSecond\":\(num(speed))," +
                "\"maxSpeedMetersPerSecond\":\(num(lap.maxSpeed)),\"activeDurationSeconds\":\(num(lap.totalSeconds))," +
                "\"avgCadenceRpm\":\(num(lap.cadence)),\"intensity\":\(str(lap.intensity)),\"triggerMethod\":\(str(lap.trigger))}"
        }
        return "[" + items.joined(separator: ",") + "]"
    }
}
