import CadenceCore
import Foundation

/// Apple Health's "Export All Health Data" `export.xml` (the file name is localized, so it is
/// recognised by its `HealthData` root), streamed through a SAX parser: the document is never
/// held in memory, only per-day and per-night running totals.
///
/// - `Workout` → an activity (type, duration, distance, energy; iOS 16+ `WorkoutStatistics` for
///   distance (summed over the sports of a multisport workout), energy, heart rate, power and
///   steps; `MetadataEntry` HKIndoorWorkout, HKTimeZone, HKElevationAscended; pause/resume events
///   for moving time). Its `WorkoutActivity` children (legs of a multisport workout, steps of a
///   custom workout) keep their own statistics: two or more become `laps`, with the sport read
///   from their distance type, and they fill the figures the workout itself lacks. The route
///   files a workout names (`WorkoutRoute > FileReference`, relative to the export's folder) are
///   handed to `ImportJob`, which puts their points on the workout after this file; a missing
///   one is a warning.
/// - Sleep analysis records → one sleep session per night (the night ends on the day of waking,
///   cut at 18:00 local), from one source per night: the one with stage data, else the one with
///   the most sleep. Core → light, Deep, REM, Unspecified/Asleep → asleep, Awake → awake,
///   InBed → in bed; unknown values count as unmeasurable.
/// - Quantity records → the day's summary (local day from the record's own offset): steps,
///   walking/running distance, active and basal energy and flights (one source per day, the one
///   with the largest total, so iPhone and Watch are not added), heart rate average/min/max,
///   resting HR, HRV (the mean of the day's SDNN values; the beat-by-beat
///   `InstantaneousBeatsPerMinute` list inside each is not needed and skipped), VO2max, SpO2; `ActivitySummary` gives active energy, exercise time
///   and stand hours.
/// - Body mass, body fat, BMI, blood pressure (systolic and diastolic of the same time as one
///   measurement), blood glucose and body temperature → body measurements. Records inside a
///   `Correlation` are skipped: the export repeats them at the top level.
///
/// Malformed or truncated XML (or invalid UTF-8) imports nothing; attribute values are cut at
/// `ImportLimits.maxAttributeBytes`, with a warning. Dedup keys: workouts
/// `hk:<type>:<start ms>:<end ms>:<source>`, sleep `hk-sleep:<night>`, body
/// `hk:<type>:<start ms>:<source>`, days by date.
public struct AppleHealthImporter: Importer {
    public let format = "applehealth"

    public init() {}

    public func recognizes(head: Data, fileName: String) -> Bool {
        let text = head.headText(16_384)
        return text.contains("<!DOCTYPE HealthData") || text.contains("<HealthData")
    }

    public func read(_ data: Data, context: ImportContext) throws -> ImportBatch {
        try parse(context: context) { try $0.parse(data) }
    }

    public func read(fileAt url: URL, context: ImportContext) throws -> ImportBatch {
        try parse(context: context) { try $0.parse(fileAt: url, progress: context.progress) }
    }

    private func parse(context: ImportContext, _ body: (SAXReader) throws -> Void) throws -> ImportBatch {
        let handler = AppleHealthParser(context: context)
        let reader = SAXReader(start: { handler.didStart($0, $1) }, end: { name, _ in handler.didEnd(name) })
        try body(reader)
        guard handler.sawRoot else { throw FormatProblem("no <HealthData> element") }
        if reader.truncatedValues > 0 {
            context.notes.warn("\(reader.truncatedValues) attribute value(s) longer than \(ImportLimits.maxAttributeBytes) bytes were cut")
        }
        return handler.batch()
    }
}

/// The SAX handler behind `AppleHealthImporter`, keeping only running totals.
final class AppleHealthParser {
    let context: ImportContext
    var sawRoot = false
    private var correlationDepth = 0

    init(context: ImportContext) {
        self.context = context
    }

    // Per-day accumulators (key: local day number).
    struct Day {
        var offset = 0
        var sums: [String: [String: Double]] = [:]   // type → source → sum
        var hrSum = 0.0, hrCount = 0.0, hrMin = Double.infinity, hrMax = -Double.infinity
        var restingHR: Double?, restingAt: Int64 = .min
        var hrvSum = 0.0, hrvCount = 0.0
        var vo2: Double?, spo2Sum = 0.0, spo2Count = 0.0
        var activeSummary: Double?, exerciseMinutes: Double?, standHours: Int?
        var sources: Set<String> = []
    }

    struct Night {
        var offset = 0
        var bySource: [String: SleepTotals] = [:]
    }

    struct SleepTotals {
        var light = 0.0, deep = 0.0, rem = 0.0, unspecified = 0.0, awake = 0.0, inBed = 0.0, unknown = 0.0
        var start = Int64.max, end = Int64.min, awakenings = 0, hasStages = false
        var asleep: Double { light + deep + rem + unspecified }
    }

    var days: [Int: Day] = [:]
    var nights: [Int: Night] = [:]
    var activities: [ImportBatch.Entry<Activity>] = []
    var measurements: [String: ImportBatch.Entry<BodyMeasurement>] = [:]
    var measurementOrder: [String] = []

    // The workout being read.
    private var workout: Activity?
    private var workoutAttributes: [String: String] = [:]
    private var workoutZone: String?
    private var workoutOffset: Int?
    private var pauses: [(Int64, Bool)] = []
    private var routes: [String] = []
    /// Exports before iOS 13 wrote routes inline, as `WorkoutRoute > Location` elements.
    private var inlineRoute: [TrackPoint] = []
    private var workoutDistances: [String: Double] = [:]
    /// The `WorkoutActivity` being read (iOS 16+: the legs of a multisport workout, the steps of
    /// a custom workout), and those read so far.
    private var segment: Segment?
    private var segments: [Segment] = []

    struct Segment {
        var start: Int64, end: Int64
        var activeSeconds: Double?
        var distance: Double?, distanceType: String?
        var energy: Double?, steps: Double?, elevationGain: Double?
        var hrAvg: Double?, hrMin: Double?, hrMax: Double?
        var powerAvg: Double?, powerMax: Double?
        var seconds: Double { activeSeconds ?? Double(end - start) / 1000 }
    }

    func didStart(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "HealthData": sawRoot = true
        case "Record": if correlationDepth == 0 && workout == nil { record(attributes) }
        case "Correlation": correlationDepth += 1
        case "Workout": startWorkout(attributes)
        case "WorkoutActivity": if workout != nil { startSegment(attributes) }
        case "WorkoutStatistics":
            if segment != nil { segmentStatistics(attributes) } else if workout != nil { statistics(attributes) }
        case "WorkoutEvent":
            if workout != nil, let type = attributes["type"], let date = attributes["date"].flatMap(ISO8601Timestamp.parse)?.millis {
                if type == "HKWorkoutEventTypePause" || type == "HKWorkoutEventTypeMotionPaused" { pauses.append((date, true)) }
                if type == "HKWorkoutEventTypeResume" || type == "HKWorkoutEventTypeMotionResumed" { pauses.append((date, false)) }
            }
        case "MetadataEntry":
            if segment != nil { segmentMetadata(attributes) } else if workout != nil { metadata(attributes) }
        case "FileReference": if workout != nil, let path = attributes["path"] { routes.append(path) }
        case "Location": if workout != nil { inlineLocation(attributes) }
        case "ActivitySummary": activitySummary(attributes)
        default: break
        }
    }

    func didEnd(_ name: String) {
        switch name {
        case "Correlation": correlationDepth -= 1
        case "WorkoutActivity":
            if let done = segment { segments.append(done) }
            segment = nil
        case "Workout": finishWorkout()
        default: break
        }
    }

    // MARK: - Records

    static func value(_ text: String?) -> Double? { text.flatMap(Double.init) }

    private func dayKey(_ stamp: ISO8601Timestamp) -> Int {
        let offset = stamp.offsetSeconds ?? 0
        let local = stamp.millis + Int64(offset) * 1000
        return Int((local - (local % 86_400_000 + 86_400_000) % 86_400_000) / 86_400_000)
    }

    private func record(_ a: [String: String]) {
        guard let type = a["type"], let startText = a["startDate"], let start = ISO8601Timestamp.parse(startText) else { return }
        let source = a["sourceName"] ?? "unknown"
        if type == "HKCategoryTypeIdentifierSleepAnalysis" {
            guard let end = a["endDate"].flatMap(ISO8601Timestamp.parse) else { return }
            sleep(start: start, end: end, value: a["value"] ?? "", source: source)
            return
        }
        guard let raw = Self.value(a["value"]) else { return }
        let unit = a["unit"] ?? ""
        let short = type.hasPrefix("HKQuantityTypeIdentifier") ? String(type.dropFirst(24)) : type
        switch short {
        case "StepCount", "DistanceWalkingRunning", "ActiveEnergyBurned", "BasalEnergyBurned", "FlightsClimbed":
            let value = short == "DistanceWalkingRunning" ? Units.meters(raw, unit) : short.hasSuffix("EnergyBurned") ? Units.kilocalories(raw, unit) : raw
            update(start) { day in day.sums[short, default: [:]][source, default: 0] += value; day.sources.insert(source) }
        case "HeartRate":
            update(start) { day in
                day.hrSum += raw; day.hrCount += 1; day.hrMin = min(day.hrMin, raw); day.hrMax = max(day.hrMax, raw)
            }
        case "RestingHeartRate":
            update(start) { day in if start.millis >= day.restingAt { day.restingHR = raw; day.restingAt = start.millis }; day.sources.insert(source) }
        case "HeartRateVariabilitySDNN":
            update(start) { day in day.hrvSum += raw; day.hrvCount += 1; day.sources.insert(source) }
        case "VO2Max":
            update(start) { day in day.vo2 = raw }
        case "OxygenSaturation":
            update(start) { day in day.spo2Sum += unit == "%" && raw <= 1 ? raw * 100 : raw; day.spo2Count += 1 }
        case "BodyMass":
            measure(type: short, start: start, source: source, kind: .weight) { $0.weightKg = Units.kilograms(raw, unit) }
        case "BodyFatPercentage":
            measure(type: short, start: start, source: source, kind: .bodyComposition) { $0.bodyFatPercentage = raw <= 1 ? raw * 100 : raw }
        case "BodyMassIndex":
            measure(type: short, start: start, source: source, kind: .bodyComposition) { $0.bmi = raw }
        case "BloodPressureSystolic":
            measure(type: "BloodPressure", start: start, source: source, kind: .bloodPressure) { $0.systolicMmHg = raw }
        case "BloodPressureDiastolic":
            measure(type: "BloodPressure", start: start, source: source, kind: .bloodPressure) { $0.diastolicMmHg = raw }
        case "BloodGlucose":
            measure(type: short, start: start, source: source, kind: .glucose) { $0.bloodGlucoseMgPerDl = unit.lowercased().hasPrefix("mmol") ? raw * 18.016 : raw }
        case "BodyTemperature":
            measure(type: short, start: start, source: source, kind: .unknown("temperature")) {
                $0.bodyTemperatureCelsius = unit == "degF" ? (raw - 32) * 5 / 9 : raw
            }
        default: break
        }
    }

    private func update(_ stamp: ISO8601Timestamp, _ change: (inout Day) -> Void) {
        let key = dayKey(stamp)
        var day = days[key] ?? Day(offset: stamp.offsetSeconds ?? 0)
        change(&day)
        days[key] = day
    }

    private func measure(type: String, start: ISO8601Timestamp, source: String, kind: MeasurementType,
                         _ fill: (inout BodyMeasurement) -> Void) {
        let key = "hk:\(type):\(start.millis):\(source)"
        var entry = measurements[key] ?? .init(
            BodyMeasurement(id: context.ids.next(), runnerId: context.runnerId, userId: context.userId, timestamp: start.millis,
                            source: .healthkit, measurementType: kind, importedAt: context.clock.millis),
            externalId: key, utcOffsetSeconds: start.offsetSeconds)
        if measurements[key] == nil { measurementOrder.append(key) }
        fill(&entry.record)
        measurements[key] = entry
    }

    private func sleep(start: ISO8601Timestamp, end: ISO8601Timestamp, value: String, source: String) {
        let seconds = Double(max(0, end.millis - start.millis)) / 1000
        // The night a record belongs to: the local day of waking, records ending after 18:00 count for the next day.
        let shifted = ISO8601Timestamp(millis: end.millis + 6 * 3_600_000, offsetSeconds: end.offsetSeconds)
        let key = dayKey(shifted)
        var night = nights[key] ?? Night(offset: end.offsetSeconds ?? 0)
        var totals = night.bySource[source] ?? SleepTotals()
        let stage = value.hasPrefix("HKCategoryValueSleepAnalysis") ? String(value.dropFirst(28)) : value
        switch stage {
        case "InBed", "0": totals.inBed += seconds
        case "AsleepCore", "3": totals.light += seconds; totals.hasStages = true
        case "AsleepDeep", "4": totals.deep += seconds; totals.hasStages = true
        case "AsleepREM", "5": totals.rem += seconds; totals.hasStages = true
        case "Asleep", "AsleepUnspecified", "1": totals.unspecified += seconds
        case "Awake", "2": totals.awake += seconds; totals.awakenings += 1
        default: totals.unknown += seconds
        }
        if stage != "InBed" && stage != "0" || totals.start == .max {
            totals.start = min(totals.start, start.millis)
            totals.end = max(totals.end, end.millis)
        }
        night.bySource[source] = totals
        nights[key] = night
    }

    private func activitySummary(_ a: [String: String]) {
        guard let date = a["dateComponents"], let stamp = ISO8601Timestamp.parse(date + "T12:00:00Z") else { return }
        let key = dayKey(ISO8601Timestamp(millis: stamp.millis - 12 * 3_600_000, offsetSeconds: 0))
        var day = days[key] ?? Day()
        if let energy = Self.value(a["activeEnergyBurned"]) { day.activeSummary = Units.kilocalories(energy, a["activeEnergyBurnedUnit"] ?? "kcal") }
        if let exercise = Self.value(a["appleExerciseTime"]) { day.exerciseMinutes = exercise }
        if let stand = Self.value(a["appleStandHours"]) { day.standHours = Int(checking: stand) }
        days[key] = day
    }

    // MARK: - Workouts

    static let workoutTypes: [String: ActivityType] = [
        "Running": .running, "Walking": .walking, "Hiking": .hiking, "Cycling": .cycling, "Swimming": .swimming,
        "Rowing": .rowing, "Elliptical": .elliptical, "TraditionalStrengthTraining": .strengthTraining,
        "FunctionalStrengthTraining": .strengthTraining, "Yoga": .yoga, "Other": .other,
    ]

    private func startWorkout(_ a: [String: String]) {
        guard let start = a["startDate"].flatMap(ISO8601Timestamp.parse), let end = a["endDate"].flatMap(ISO8601Timestamp.parse) else { return }
        let rawType = a["workoutActivityType"] ?? "HKWorkoutActivityTypeOther"
        let short = rawType.hasPrefix("HKWorkoutActivityType") ? String(rawType.dropFirst(21)) : rawType
        let type = Self.workoutTypes[short] ?? .unknown(short.lowercased())
        var activity = context.newActivity(source: .healthkit, start: start.millis, end: end.millis, type: type, externalId: "")
        if let duration = Self.value(a["duration"]) {
            activity.durationSeconds = Units.seconds(duration, a["durationUnit"] ?? "min")
        } else {
            activity.durationSeconds = Double(end.millis - start.millis) / 1000
        }
        if let distance = Self.value(a["totalDistance"]) { activity.distanceMeters = Units.meters(distance, a["totalDistanceUnit"] ?? "km") }
        if let energy = Self.value(a["totalEnergyBurned"]) { activity.totalBurnedCalories = Units.kilocalories(energy, a["totalEnergyBurnedUnit"] ?? "kcal") }
        activity.deviceName = a["device"].flatMap(Self.deviceName) ?? a["sourceName"]
        activity.deviceSoftwareVersion = a["sourceVersion"]
        activity.deviceManufacturer = a["device"].flatMap { Self.deviceField($0, "manufacturer") }
        workout = activity
        workoutAttributes = a
        workoutZone = nil
        workoutOffset = start.offsetSeconds
        pauses = []
        routes = []
        inlineRoute = []
        segments = []
        workoutDistances = [:]
    }

    private func inlineLocation(_ a: [String: String]) {
        guard let time = a["date"].flatMap(ISO8601Timestamp.parse)?.millis, let lat = Self.value(a["latitude"]),
              let lng = Self.value(a["longitude"]) else { return }
        // Apple writes -1 for a speed it did not measure.
        let speed = Self.value(a["speed"]).flatMap { $0 >= 0 ? $0 : nil }
        inlineRoute.append(TrackPoint(time: time, latitude: lat, longitude: lng, altitude: Self.value(a["altitude"]), speed: speed))
    }

    private func statistics(_ a: [String: String]) {
        guard let type = a["type"] else { return }
        let unit = a["unit"] ?? ""
        switch type {
        case "HKQuantityTypeIdentifierDistanceWalkingRunning", "HKQuantityTypeIdentifierDistanceCycling", "HKQuantityTypeIdentifierDistanceSwimming":
            // A multisport workout has one per sport: its distance is their sum.
            if let sum = Self.value(a["sum"]) { workoutDistances[type] = Units.meters(sum, unit) }
        case "HKQuantityTypeIdentifierActiveEnergyBurned":
            if let sum = Self.value(a["sum"]) {
                workout?.netActivityCalories = Units.kilocalories(sum, unit)
                if workoutAttributes["totalEnergyBurned"] == nil { workout?.totalBurnedCalories = Units.kilocalories(sum, unit) }
            }
        case "HKQuantityTypeIdentifierBasalEnergyBurned":
            if let sum = Self.value(a["sum"]) { workout?.bmrCalories = Units.kilocalories(sum, unit) }
        case "HKQuantityTypeIdentifierHeartRate":
            workout?.avgHeartRateBpm = Self.value(a["average"])
            workout?.minHeartRateBpm = Self.value(a["minimum"])
            workout?.maxHeartRateBpm = Self.value(a["maximum"])
        case "HKQuantityTypeIdentifierRunningPower":
            workout?.avgWatts = Self.value(a["average"])
            workout?.maxWatts = Self.value(a["maximum"])
        case "HKQuantityTypeIdentifierStepCount":
            if let sum = Self.value(a["sum"]) { workout?.steps = Int(checking: sum) }
        default: break
        }
    }

    private func metadata(_ a: [String: String]) {
        guard let key = a["key"], let value = a["value"] else { return }
        switch key {
        case "HKTimeZone": workoutZone = value
        case "HKIndoorWorkout":
            if value == "1", workout?.activityType == .running { workout?.activityType = .treadmillRunning }
        case "HKElevationAscended":
            let parts = value.split(separator: " ")
            if let number = parts.first.flatMap({ Double($0) }) {
                workout?.elevationGainMeters = Units.meters(number, parts.count > 1 ? String(parts[1]) : "m")
            }
        case "HKAverageMETs":
            workout?.avgMetLevel = value.split(separator: " ").first.flatMap { Double($0) }
        default: break
        }
    }

    private func startSegment(_ a: [String: String]) {
        guard let start = a["startDate"].flatMap(ISO8601Timestamp.parse), let end = a["endDate"].flatMap(ISO8601Timestamp.parse) else { return }
        segment = Segment(start: start.millis, end: end.millis,
                          activeSeconds: Self.value(a["duration"]).map { Units.seconds($0, a["durationUnit"] ?? "min") })
    }

    private func segmentStatistics(_ a: [String: String]) {
        guard let type = a["type"] else { return }
        let unit = a["unit"] ?? ""
        switch type {
        case "HKQuantityTypeIdentifierDistanceWalkingRunning", "HKQuantityTypeIdentifierDistanceCycling", "HKQuantityTypeIdentifierDistanceSwimming":
            if let sum = Self.value(a["sum"]) { segment?.distance = Units.meters(sum, unit); segment?.distanceType = type }
        case "HKQuantityTypeIdentifierActiveEnergyBurned":
            segment?.energy = Self.value(a["sum"]).map { Units.kilocalories($0, unit) }
        case "HKQuantityTypeIdentifierHeartRate":
            segment?.hrAvg = Self.value(a["average"])
            segment?.hrMin = Self.value(a["minimum"])
            segment?.hrMax = Self.value(a["maximum"])
        case "HKQuantityTypeIdentifierRunningPower", "HKQuantityTypeIdentifierCyclingPower":
            segment?.powerAvg = Self.value(a["average"])
            segment?.powerMax = Self.value(a["maximum"])
        case "HKQuantityTypeIdentifierStepCount":
            segment?.steps = Self.value(a["sum"])
        default: break
        }
    }

    /// A segment's elevation is its own; the rest (HKIndoorWorkout, HKTimeZone…) describes the
    /// workout, which some exports only write inside its activities.
    private func segmentMetadata(_ a: [String: String]) {
        switch a["key"] {
        case "HKElevationAscended":
            let parts = (a["value"] ?? "").split(separator: " ")
            segment?.elevationGain = parts.first.flatMap { Double($0) }.map { Units.meters($0, parts.count > 1 ? String(parts[1]) : "m") }
        case "HKTimeZone": if workoutZone == nil { metadata(a) }
        case "HKAverageMETs": if workout?.avgMetLevel == nil { metadata(a) }
        default: metadata(a)
        }
    }

    /// Figures the workout lacks are summed (distance, energy, steps, climb) or time-weighted
    /// (heart rate, power) over its segments; two or more segments become its laps.
    private func applySegments(_ activity: inout Activity) {
        guard !segments.isEmpty else { return }
        func sum(_ value: (Segment) -> Double?) -> Double? {
            let values = segments.compactMap(value)
            return values.isEmpty ? nil : values.reduce(0, +)
        }
        func weighted(_ value: (Segment) -> Double?) -> Double? {
            let pairs = segments.compactMap { s in value(s).map { ($0, s.seconds) } }
            let time = pairs.map(\.1).reduce(0, +)
            return time > 0 ? pairs.map { $0.0 * $0.1 }.reduce(0, +) / time : nil
        }
        activity.distanceMeters = activity.distanceMeters ?? sum(\.distance)
        if activity.totalBurnedCalories == nil, let energy = sum(\.energy) {
            activity.netActivityCalories = activity.netActivityCalories ?? energy
            activity.totalBurnedCalories = energy
        }
        activity.steps = activity.steps ?? sum(\.steps).flatMap { Int(checking: $0) }
        activity.elevationGainMeters = activity.elevationGainMeters ?? sum(\.elevationGain)
        if activity.avgHeartRateBpm == nil {
            activity.avgHeartRateBpm = weighted(\.hrAvg)
            activity.minHeartRateBpm = segments.compactMap(\.hrMin).min()
            activity.maxHeartRateBpm = segments.compactMap(\.hrMax).max()
        }
        if activity.avgWatts == nil {
            activity.avgWatts = weighted(\.powerAvg)
            activity.maxWatts = segments.compactMap(\.powerMax).max()
        }
        guard segments.count >= 2 else { return }
        func num(_ value: Double?) -> String { value.map(SampleJSON.number) ?? "null" }
        let laps = segments.map { s -> String in
            let speed = s.distance.flatMap { d in s.seconds > 0 ? d / s.seconds : nil }
            let sport = s.distanceType.map { type -> String in
                switch type {
                case "HKQuantityTypeIdentifierDistanceSwimming": "swimming"
                case "HKQuantityTypeIdentifierDistanceCycling": "cycling"
                default: [.walking, .hiking].contains(activity.activityType) || activity.activityType.isRun ? activity.activityType.rawValue : "running"
                }
            }
            return "{\"startTime\":\(s.start),\"endTime\":\(s.end),\"activityType\":\(sport.map { "\"\($0)\"" } ?? "null")," +
                "\"distanceMeters\":\(num(s.distance)),\"calories\":\(num(s.energy)),\"avgHrBpm\":\(num(s.hrAvg)),\"maxHrBpm\":\(num(s.hrMax))," +
                "\"avgSpeedMetersPerSecond\":\(num(speed)),\"avgWatts\":\(num(s.powerAvg)),\"activeDurationSeconds\":\(num(s.activeSeconds))," +
                "\"elapsedSeconds\":\(num(Double(s.end - s.start) / 1000)),\"elevationGainMeters\":\(num(s.elevationGain))}"
        }
        activity.laps = "[" + laps.joined(separator: ",") + "]"
    }

    private func finishWorkout() {
        guard var activity = workout else { return }
        workout = nil
        if !workoutDistances.isEmpty { activity.distanceMeters = workoutDistances.values.reduce(0, +) }
        applySegments(&activity)
        var paused = 0.0
        var pausedAt: Int64?
        for (time, isPause) in pauses.sorted(by: { $0.0 < $1.0 }) {
            if isPause { pausedAt = pausedAt ?? time } else if let at = pausedAt { paused += Double(time - at) / 1000; pausedAt = nil }
        }
        if let duration = activity.durationSeconds { activity.movingTimeSeconds = max(0, duration - paused) }
        if let d = activity.distanceMeters, d > 0, let t = activity.movingTimeSeconds, t > 0 {
            activity.avgSpeedMetersPerSecond = d / t
            activity.avgPaceMinutesPerKm = t / d * 1000 / 60
        }
        let source = workoutAttributes["sourceName"] ?? "unknown"
        let externalId = "hk:\(workoutAttributes["workoutActivityType"] ?? ""):\(activity.startTime):\(activity.endTime):\(source)"
        activity.externalId = externalId
        var offset = workoutOffset
        if let zone = workoutZone, let tz = TimeZone(identifier: zone) {
            offset = tz.secondsFromGMT(for: Date(timeIntervalSince1970: Double(activity.startTime) / 1000))
        }
        if !inlineRoute.isEmpty { TrackSummary.attach(inlineRoute.sorted { $0.time! < $1.time! }, to: &activity) }
        activities.append(.init(activity, externalId: externalId, utcOffsetSeconds: offset, timeZone: workoutZone))
        linkRoutes(of: activity, externalId: externalId)
    }

    /// Hands the workout's route files to the import job (which reads them after this file), or
    /// warns that one is missing: the workout is imported without it.
    private func linkRoutes(of activity: Activity, externalId: String) {
        for path in routes {
            let relative = path.split(separator: "/").map(String.init)
            if let folder = context.folder, !relative.isEmpty, !relative.contains("..") {
                let file = relative.reduce(folder) { $0.appendingPathComponent($1) }
                if FileManager.default.fileExists(atPath: file.path) {
                    context.notes.link(file.path, to: ActivityKey(source: .healthkit, externalId: externalId))
                    continue
                }
            }
            let start = workoutAttributes["startDate"] ?? String(activity.startTime)
            context.notes.warn("the \(activity.activityType.rawValue) workout of \(start) names its route \(path), which is not beside \(context.fileName); the workout was imported without its route")
        }
    }

    static func deviceField(_ device: String, _ key: String) -> String? {
        guard let range = device.range(of: "\(key):") else { return nil }
        let rest = device[range.upperBound...]
        let value = rest.prefix { $0 != "," && $0 != ">" }
        return value.isEmpty ? nil : String(value).trimmingCharacters(in: .whitespaces)
    }

    static func deviceName(_ device: String) -> String? { deviceField(device, "name") }

    // MARK: - Result

    func batch() -> ImportBatch {
        var batch = ImportBatch()
        batch.activities = activities
        batch.bodyMeasurements = measurementOrder.compactMap { measurements[$0] }
        let now = context.clock.millis
        for key in nights.keys.sorted() {
            guard let night = nights[key] else { continue }
            let ranked = night.bySource.sorted { a, b in
                (a.value.hasStages ? 1 : 0, a.value.asleep, a.key) > (b.value.hasStages ? 1 : 0, b.value.asleep, b.key)
            }
            guard let (source, totals) = ranked.first, totals.end > totals.start else { continue }
            let date = Self.date(key)
            let externalId = "hk-sleep:\(date)"
            var session = SleepSession(id: context.ids.next(), runnerId: context.runnerId, userId: context.userId, externalId: externalId,
                                       source: .healthkit, startTime: totals.start, endTime: totals.end,
                                       importedAt: now, lastSyncedAt: now)
            session.totalAsleepSeconds = totals.asleep
            if totals.hasStages {
                session.lightSleepSeconds = totals.light
                session.deepSleepSeconds = totals.deep
                session.remSleepSeconds = totals.rem
            }
            session.totalAwakeSeconds = totals.awake
            session.numWakeupEvents = totals.awakenings
            session.unmeasurableSleepSeconds = totals.unknown > 0 ? totals.unknown : nil
            let inBed = totals.inBed > 0 ? totals.inBed : Double(totals.end - totals.start) / 1000
            session.inBedSeconds = inBed
            session.sleepEfficiency = inBed > 0 ? min(1, totals.asleep / inBed) : nil
            session.deviceName = source
            session.isNap = false
            batch.sleepSessions.append(.init(session, externalId: externalId, utcOffsetSeconds: night.offset))
        }
        for key in days.keys.sorted() {
            guard let day = days[key] else { continue }
            let start = Int64(key) * 86_400_000 - Int64(day.offset) * 1000
            var summary = DailySummary(id: context.ids.next(), runnerId: context.runnerId, userId: context.userId, date: Self.date(key),
                                       startTime: start, endTime: start + 86_400_000 - 1, sources: ["healthkit"], lastUpdatedAt: now)
            func best(_ type: String) -> Double? { day.sums[type]?.values.max() }
            summary.totalSteps = best("StepCount").flatMap { Int(checking: $0) }
            summary.totalDistanceMeters = best("DistanceWalkingRunning")
            summary.floorsClimbed = best("FlightsClimbed").flatMap { Int(checking: $0) }
            summary.netActivityCalories = day.activeSummary ?? best("ActiveEnergyBurned")
            summary.bmrCalories = best("BasalEnergyBurned")
            if let active = summary.netActivityCalories, let basal = summary.bmrCalories { summary.totalBurnedCalories = active + basal }
            if day.hrCount > 0 {
                summary.avgHeartRateBpm = day.hrSum / day.hrCount
                summary.minHeartRateBpm = day.hrMin
                summary.maxHeartRateBpm = day.hrMax
            }
            summary.restingHeartRateBpm = day.restingHR
            summary.avgHrvSdnn = day.hrvCount > 0 ? day.hrvSum / day.hrvCount : nil
            summary.vo2MaxMlPerMinPerKg = day.vo2
            summary.avgOxygenSaturation = day.spo2Count > 0 ? day.spo2Sum / day.spo2Count : nil
            summary.activitySeconds = day.exerciseMinutes.map { $0 * 60 }
            summary.standingHoursCount = day.standHours
            batch.dailySummaries.append(summary)
        }
        return batch
    }

    static func date(_ day: Int) -> String { CivilDay.string(day) }
}

/// Unit conversions for the units Apple Health writes.
enum Units {
    static func meters(_ value: Double, _ unit: String) -> Double {
        switch unit {
        case "km": value * 1000
        case "mi": value * 1609.344
        case "cm": value / 100
        case "ft": value * 0.3048
        case "yd": value * 0.9144
        default: value
        }
    }

    static func kilocalories(_ value: Double, _ unit: String) -> Double {
        switch unit {
        case "kJ": value / 4.184
        case "cal": value / 1000
        default: value   // kcal, Cal
        }
    }

    static func kilograms(_ value: Double, _ unit: String) -> Double {
        switch unit {
        case "lb": value * 0.45359237
        case "g": value / 1000
        case "st": value * 6.35029318
        default: value
        }
    }

    static func seconds(_ value: Double, _ unit: String) -> Double {
        switch unit {
        case "min": value * 60
        case "hr", "h": value * 3600
        case "s": value
        default: value * 60
        }
    }
}
