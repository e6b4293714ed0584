import CadenceCore
import Foundation

/// FIT activity and sleep files, decoded by `FITDecoder`.
///
/// Each `session` (except multisport transitions) becomes an activity: totals from the session
/// (elapsed and timer time, distance, calories, speed preferring the enhanced fields, HR, cadence
/// with its fractional part, power, ascent/descent, start position), laps from `lap` messages,
/// samples and splits from `record` messages (positions in semicircles, enhanced speed and
/// altitude preferred), HRV (RMSSD, SDNN) from `hrv` R-R intervals; records without heart rate
/// get it from buffered `hr` messages (chest straps). The original UTC offset is
/// `activity.local_timestamp − activity.timestamp`, else `timestamp_correlation`'s.
/// `sleep_level` messages become one sleep session with stage totals, its score, awakenings and
/// part scores from `sleep_assessment`, and its overnight HRV from `hrv_status_summary`
/// (last-night average, RMSSD) and `hrv_value` (5-minute RMSSD samples); that HRV also goes to
/// the daily summary of the morning. Source: the device maker when known (garmin, coros, suunto, polar),
/// else `fit`. Dedup key: `fit:<session start ms>:<sport>`. A damaged file (truncated, bad CRC)
/// imports nothing.
public struct FITImporter: Importer {
    public let format = "fit"

    public init() {}

    public func recognizes(head: Data, fileName: String) -> Bool {
        FITDecoder.looksLikeFIT(head)
    }

    enum Message {
        static let fileId: UInt16 = 0, session: UInt16 = 18, lap: UInt16 = 19, record: UInt16 = 20
        static let activity: UInt16 = 34, hrv: UInt16 = 78, sleepLevel: UInt16 = 275, deviceInfo: UInt16 = 23
        static let hr: UInt16 = 132, timestampCorrelation: UInt16 = 162, sleepAssessment: UInt16 = 346
        static let hrvStatusSummary: UInt16 = 370, hrvValue: UInt16 = 371, sport: UInt16 = 12
    }

    static let manufacturers: [Int64: (name: String, source: DataSource)] = [
        1: ("garmin", .garmin), 294: ("coros", .coros), 23: ("suunto", .suunto), 123: ("polar", .polar),
        32: ("wahoo", .fit), 265: ("strava", .fit), 255: ("development", .fit), 260: ("zwift", .fit),
    ]

    static func sport(_ sport: Int64?, _ subSport: Int64?) -> ActivityType {
        switch (sport, subSport) {
        case (1?, 1?), (1?, 45?): return .treadmillRunning
        case (1?, 3?): return .trailRunning
        case (1?, 4?): return .trackRunning
        case (1?, _): return .running
        case (2?, 6?), (2?, 58?): return .indoorCycling
        case (2?, _): return .cycling
        case (5?, _): return .swimming
        case (11?, _): return .walking
        case (17?, _): return .hiking
        case (15?, _): return .rowing
        case (4?, 15?): return .elliptical
        case (10?, 20?), (4?, 20?): return .strengthTraining
        case (nil, _): return .other
        case (let s?, _): return .unknown("fit_sport_\(s)")
        }
    }

    public func read(_ data: Data, context: ImportContext) throws -> ImportBatch {
        let decoded = try FITDecoder.decodeSalvaging(data)
        let messages = decoded.messages
        var sessions: [FITMessage] = [], laps: [FITMessage] = [], records: [FITMessage] = [], rr: [Double] = []
        var sleepLevels: [(time: Int64, level: Int64)] = []
        var fileId: FITMessage?
        var activityOffset: Int?, correlationOffset: Int?
        var buffered: [FITMessage] = []
        var hrvSummary: FITMessage?, sleepAssessment: FITMessage?, sportMessage: FITMessage?
        var hrvValues: [(time: Int64, rmssd: Double)] = []
        for message in messages {
            switch message.globalNumber {
            case Message.fileId: if fileId == nil { fileId = message }
            case Message.session: sessions.append(message)
            case Message.sport: if sportMessage == nil { sportMessage = message }
            case Message.lap: laps.append(message)
            case Message.record: records.append(message)
            case Message.activity:
                if let utc = message.integer(253), let local = message.integer(5) { activityOffset = Self.offset(local: local, utc: utc) }
            case Message.timestampCorrelation:
                if let utc = message.integer(253), let local = message.integer(3) { correlationOffset = Self.offset(local: local, utc: utc) }
            case Message.hr: buffered.append(message)
            case Message.hrvStatusSummary: hrvSummary = message
            case Message.hrvValue:
                if let time = message.time(253), let rmssd = message.double(0, scale: 128) { hrvValues.append((time, rmssd)) }
            case Message.sleepAssessment: sleepAssessment = message
            case Message.hrv:
                if case .array(let items)? = message[0] {
                    rr += items.compactMap { $0?.doubleValue }.map { $0 / 1000 }
                } else if let value = message.double(0, scale: 1000) {
                    rr.append(value)
                }
            case Message.sleepLevel:
                if let time = message.time(253), let level = message.integer(0) { sleepLevels.append((time, level)) }
            default: break
            }
        }
        let offset = activityOffset ?? correlationOffset
        let beats = FITBufferedHeartRate.expand(buffered)
        let maker = fileId?.integer(1).flatMap { Self.manufacturers[$0] }
        let source = maker?.source ?? .fit
        var batch = ImportBatch()
        if sessions.isEmpty, decoded.damage != nil, let session = Self.sessionFromRecords(records, sport: sportMessage) {
            // The session is written last, so a cut-off recording usually lacks it: its records still make the workout.
            sessions.append(session)
            context.notes.warn("the session summary was cut off; the activity was rebuilt from its \(records.count) records"
                + (sportMessage?.integer(0) == nil ? " and, its sport being unknown, imported as a run" : ""))
        }
        let runSessions = sessions.filter { $0.integer(5) != 3 }
        for (number, session) in runSessions.enumerated() {
            batch.activities.append(try activity(session, number: number, of: runSessions.count, laps: laps, records: records,
                                                 rr: runSessions.count == 1 ? rr : [], beats: beats, source: source, maker: maker?.name,
                                                 product: fileId?.integer(2), offset: offset, context: context))
        }
        if sessions.isEmpty, !records.isEmpty {
            throw FormatProblem("it has records but no session message, so the workout's totals are missing")
        }
        let nightRmssd = hrvSummary?.double(1, scale: 128)
            ?? (hrvValues.isEmpty ? nil : hrvValues.map(\.rmssd).reduce(0, +) / Double(hrvValues.count))
        if var sleep = sleepSession(sleepLevels, source: source, maker: maker?.name, offset: offset, context: context) {
            Self.addAssessment(sleepAssessment, to: &sleep.record)
            sleep.record.avgHrvRmssd = nightRmssd
            if !hrvValues.isEmpty {
                sleep.record.hrvSamples = "[" + hrvValues.map { "{\"timestamp\":\($0.time),\"hrvRmssd\":\(SampleJSON.number($0.rmssd))}" }
                    .joined(separator: ",") + "]"
            }
            batch.sleepSessions.append(sleep)
        }
        // Garmin's overnight HRV (RMSSD) belongs to the day the night ends: the local day of the
        // summary's timestamp (UTC when the file gives no local time).
        if let rmssd = nightRmssd, let time = hrvSummary?.time(253) ?? hrvValues.last?.time {
            let local = time + Int64(offset ?? 0) * 1000
            let day = Int((local - ((local % 86_400_000) + 86_400_000) % 86_400_000) / 86_400_000)
            let start = Int64(day) * 86_400_000 - Int64(offset ?? 0) * 1000
            var summary = DailySummary(id: context.ids.next(), runnerId: context.runnerId, userId: context.userId,
                                       date: AppleHealthParser.date(day), startTime: start, endTime: start + 86_399_999,
                                       sources: [source.rawValue], lastUpdatedAt: context.clock.millis)
            summary.avgHrvRmssd = rmssd
            batch.dailySummaries.append(summary)
        }
        if batch.isEmpty {
            throw FormatProblem("it holds no activity session, sleep or HRV data (file type \(fileId?.integer(0).map(String.init) ?? "unknown"))"
                + (decoded.damage.map { "; \($0)" } ?? ""))
        }
        if let damage = decoded.damage {
            // Imported as partial: said in the file's report and kept on each activity.
            context.notes.warn("partial import: \(damage)")
            let flag = "{\"cadenceImport\":{\"partial\":true,\"reason\":\"\(damage.replacingOccurrences(of: "\"", with: "'"))\"}}"
            for index in batch.activities.indices { batch.activities[index].record.rawPayload = flag }
        }
        return batch
    }

    private func activity(_ session: FITMessage, number: Int, of count: Int, laps: [FITMessage], records: [FITMessage],
                          rr: [Double], beats: [(time: Double, bpm: Double)], source: DataSource, maker: String?, product: Int64?, offset: Int?,
                          context: ImportContext) throws -> ImportBatch.Entry<Activity> {
        let elapsed = session.double(7, scale: 1000)
        // Without its start_time (some devices leave it out), the session starts at its first
        // record, its first lap, or its end less its elapsed time.
        let sessionEnd = session.time(253)
        let firstRecord = records.lazy.compactMap { $0.time(253) }.first { t in sessionEnd.map { t <= $0 } ?? true }
        let derived = firstRecord ?? laps.lazy.compactMap { $0.time(2) }.first
            ?? sessionEnd.flatMap { end in elapsed.flatMap { Int64(millisFromSeconds: $0) }.map { end - $0 } }
        guard let start = session.time(2) ?? derived else {
            throw FormatProblem("session \(number + 1) has no start time, and no record, lap or elapsed time to derive it from")
        }
        if session.time(2) == nil {
            context.notes.warn("session \(number + 1) has no start time; it was taken from the \(firstRecord != nil ? "first record" : "laps or the elapsed time")")
        }
        let elapsedMillis = Int64(millisFromSeconds: elapsed ?? 0) ?? 0
        let end = session.time(253).map { max($0, start) } ?? start + elapsedMillis
        let type = Self.sport(session.integer(5), session.integer(6))
        let externalId = "fit:\(start):\(type.rawValue)"
        var activity = context.newActivity(source: source, start: start, end: max(end, start + elapsedMillis),
                                           type: type, externalId: externalId)
        activity.durationSeconds = elapsed ?? Double(end - start) / 1000
        activity.movingTimeSeconds = session.double(8, scale: 1000)
        activity.distanceMeters = session.double(9, scale: 100)
        activity.totalBurnedCalories = session.double(11)
        activity.avgSpeedMetersPerSecond = session.double(124, scale: 1000) ?? session.double(14, scale: 1000)
        activity.maxSpeedMetersPerSecond = session.double(125, scale: 1000) ?? session.double(15, scale: 1000)
        activity.avgHeartRateBpm = session.double(16)
        activity.maxHeartRateBpm = session.double(17)
        activity.minHeartRateBpm = session.double(64)
        if let cadence = session.double(18) { activity.avgCadenceRpm = cadence + (session.double(92, scale: 128) ?? 0) }
        if let cadence = session.double(19) { activity.maxCadenceRpm = cadence + (session.double(93, scale: 128) ?? 0) }
        activity.avgWatts = session.double(20)
        activity.maxWatts = session.double(21)
        activity.elevationGainMeters = session.double(22)
        activity.elevationLossMeters = session.double(23)
        activity.startLatitude = session.degrees(3)
        activity.startLongitude = session.degrees(4)
        activity.deviceManufacturer = maker
        activity.deviceName = product.map { "\(maker ?? "product") \($0)" }
        if rr.count >= 2 {
            let diffs = zip(rr, rr.dropFirst()).map { ($1 - $0) * 1000 }
            activity.avgHrvRmssd = (diffs.map { $0 * $0 }.reduce(0, +) / Double(diffs.count)).squareRoot()
            let mean = rr.reduce(0, +) / Double(rr.count) * 1000
            activity.avgHrvSdnn = (rr.map { ($0 * 1000 - mean) * ($0 * 1000 - mean) }.reduce(0, +) / Double(rr.count)).squareRoot()
        }
        let within: (FITMessage) -> Bool = { message in
            guard let t = message.time(253) else { return count == 1 }
            return t >= start && t <= activity.endTime
        }
        let sessionLaps = laps.filter { lap in
            guard let t = lap.time(2) else { return count == 1 }
            return t >= start && t <= activity.endTime
        }
        activity.laps = Self.lapsJSON(sessionLaps)
        var points: [TrackPoint] = records.filter(within).map { record in
            TrackPoint(time: record.time(253), latitude: record.degrees(0), longitude: record.degrees(1),
                       altitude: record.double(78, scale: 5, offset: 500) ?? record.double(2, scale: 5, offset: 500),
                       distance: record.double(5, scale: 100), heartRate: record.double(3),
                       cadence: record.double(4).map { $0 + (record.double(53, scale: 128) ?? 0) },
                       speed: record.double(73, scale: 1000) ?? record.double(6, scale: 1000), power: record.double(7),
                       temperature: record.double(13))
        }
        if !beats.isEmpty { FITBufferedHeartRate.merge(beats, into: &points) }
        TrackSummary(points: points).fill(&activity, points: points)
        return .init(activity, externalId: externalId, utcOffsetSeconds: offset)
    }

    /// A session standing in for the one a truncated file lost: from the first to the last
    /// timed record, the sport from the file's `sport` message (a run when there is none).
    static func sessionFromRecords(_ records: [FITMessage], sport: FITMessage?) -> FITMessage? {
        let times = records.compactMap { $0.integer(253) }
        guard let first = times.min(), let last = times.max() else { return nil }
        var fields: [(number: UInt8, value: FITValue)] = [(253, .integer(last)), (2, .integer(first)), (5, .integer(sport?.integer(0) ?? 1))]
        if let sub = sport?.integer(1) { fields.append((6, .integer(sub))) }
        return FITMessage(globalNumber: Message.session, fields: fields, developerFields: [])
    }

    /// Seconds east of UTC from a local and a UTC timestamp; nil beyond ±18 hours (damaged values).
    static func offset(local: Int64, utc: Int64) -> Int? {
        let (difference, overflow) = local.subtractingReportingOverflow(utc)
        return !overflow && abs(difference) <= 18 * 3600 ? Int(difference) : nil
    }

    /// Terra's lap fields, camelCase, as in TCX.
    static func lapsJSON(_ laps: [FITMessage]) -> String? {
        guard !laps.isEmpty else { return nil }
        func num(_ value: Double?) -> String { value.map(SampleJSON.number) ?? "null" }
        let triggers = ["manual", "time", "distance", "position_start", "position_lap", "position_waypoint",
                        "position_marked", "session_end", "fitness_equipment"]
        let items = laps.map { lap -> String in
            let start = lap.time(2)
            let trigger = lap.integer(24).flatMap { Int($0) < triggers.count ? "\"\(triggers[Int($0)])\"" : nil } ?? "null"
            let speed = lap.double(110, scale: 1000) ?? lap.double(13, scale: 1000)
            return "{\"startTime\":\(start.map(String.init) ?? "null"),\"endTime\":\(lap.time(253).map(String.init) ?? "null")," +
                "\"distanceMeters\":\(num(lap.double(9, scale: 100))),\"calories\":\(num(lap.double(11)))," +
                "\"avgHrBpm\":\(num(lap.double(15))),\"maxHrBpm\":\(num(lap.double(16)))," +
                "\"avgSpeedMetersPerSecond\":\(num(speed)),\"maxSpeedMetersPerSecond\":\(num(lap.double(111, scale: 1000) ?? lap.double(14, scale: 1000)))," +
                "\"activeDurationSeconds\":\(num(lap.double(8, scale: 1000))),\"elapsedSeconds\":\(num(lap.double(7, scale: 1000)))," +
                "\"avgCadenceRpm\":\(num(lap.double(17))),\"intensity\":\(lap.integer(23).map { "\($0)" } ?? "null"),\"triggerMethod\":\(trigger)}"
        }
        return "[" + items.joined(separator: ",") + "]"
    }

    /// Garmin's `sleep_assessment` (it has no time of its own: it describes the file's night):
    /// the overall score, the awakenings the watch counted, and the part scores as contributors.
    static func addAssessment(_ assessment: FITMessage?, to session: inout SleepSession) {
        guard let assessment else { return }
        session.sleepScore = assessment.double(6)
        if let awakenings = assessment.integer(11) { session.numWakeupEvents = Int(awakenings) }
        let parts: [(String, Double?)] = [
            ("combinedAwakeScore", assessment.double(0)), ("awakeTimeScore", assessment.double(1)),
            ("awakeningsCountScore", assessment.double(2)), ("deepSleepScore", assessment.double(3)),
            ("sleepDurationScore", assessment.double(4)), ("lightSleepScore", assessment.double(5)),
            ("sleepQualityScore", assessment.double(7)), ("sleepRecoveryScore", assessment.double(8)),
            ("remSleepScore", assessment.double(9)), ("sleepRestlessnessScore", assessment.double(10)),
            ("interruptionsScore", assessment.double(14)), ("averageStressDuringSleep", assessment.double(15, scale: 100)),
        ]
        let known = parts.compactMap { name, value in value.map { "\"\(name)\":\(SampleJSON.number($0))" } }
        session.sleepContributors = known.isEmpty ? nil : "{" + known.joined(separator: ",") + "}"
    }

    /// `sleep_level` samples (each level lasts until the next sample) as one session:
    /// 1 awake, 2 light, 3 deep, 4 REM, 0 unmeasurable.
    private func sleepSession(_ levels: [(time: Int64, level: Int64)], source: DataSource, maker: String?, offset: Int?,
                              context: ImportContext) -> ImportBatch.Entry<SleepSession>? {
        let sorted = levels.sorted { $0.time < $1.time }
        guard sorted.count >= 2, let first = sorted.first, let last = sorted.last else { return nil }
        var totals: [Int64: Double] = [:]
        var wakeups = 0
        var hypnogram: [String] = []
        for (current, next) in zip(sorted, sorted.dropFirst()) {
            totals[current.level, default: 0] += Double(next.time - current.time) / 1000
        }
        for (previous, current) in zip(sorted, sorted.dropFirst()) where current.level == 1 && previous.level != 1 { wakeups += 1 }
        // Terra hypnogram levels: 1 awake, 4 light, 5 deep, 6 REM, 0 unknown.
        let terra: [Int64: Int] = [0: 0, 1: 1, 2: 4, 3: 5, 4: 6]
        for sample in sorted { hypnogram.append("{\"timestamp\":\(sample.time),\"level\":\(terra[sample.level] ?? 0)}") }
        let now = context.clock.millis
        let light = totals[2] ?? 0, deep = totals[3] ?? 0, rem = totals[4] ?? 0, awake = totals[1] ?? 0
        let asleep = light + deep + rem
        let inBed = Double(last.time - first.time) / 1000
        let externalId = "fit-sleep:\(first.time)"
        var session = SleepSession(id: context.ids.next(), runnerId: context.runnerId, userId: context.userId,
                                   externalId: externalId, source: source, startTime: first.time, endTime: last.time,
                                   importedAt: now, lastSyncedAt: now)
        session.totalAsleepSeconds = asleep
        session.lightSleepSeconds = light
        session.deepSleepSeconds = deep
        session.remSleepSeconds = rem
        session.totalAwakeSeconds = awake
        session.unmeasurableSleepSeconds = totals[0]
        session.inBedSeconds = inBed
        session.numWakeupEvents = wakeups
        session.sleepEfficiency = inBed > 0 ? asleep / inBed : nil
        session.hypnogramSamples = "[" + hypnogram.joined(separator: ",") + "]"
        session.deviceManufacturer = maker
        return .init(session, externalId: externalId, utcOffsetSeconds: offset)
    }
}
