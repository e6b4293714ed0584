import CadenceCore
import Foundation

/// Terra payloads (`tryterra` activity, sleep, daily and body models), in a webhook envelope
/// (`{"type", "user", "data": [...]}`) or a REST response (`{"user", "data", "type"}`); a file may
/// also hold a JSON array of envelopes.
///
/// Fields map 1-1 to the seed's columns (the seed is Terra-aligned); the model's JSON is kept in
/// `rawPayload` for activities. Timestamps keep their offset in the ledger. Activities with
/// `upload_type` 4 (delete) remove the earlier import of the same summary; 3 (update) replaces it.
/// Source `terra`, with the provider (GARMIN, OURA, …) as the device maker. Dedup key:
/// `terra:<user_id>:<provider>:<type>:<summary_id>` or, without a summary id, the start and end
/// times. Malformed JSON or an unknown payload type imports nothing from the file.
public struct TerraImporter: Importer {
    public let format = "terra"

    public init() {}

    public func recognizes(head: Data, fileName: String) -> Bool {
        let text = head.headText(16_384).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("{") || text.hasPrefix("[") else { return false }
        return text.contains("\"metadata\"") && (text.contains("\"user_id\"") || text.contains("\"provider\"") || text.contains("\"data\""))
            && !text.contains("\"sport_type\"")
    }

    public func read(_ data: Data, context: ImportContext) throws -> ImportBatch {
        let json = try JSONObject.parse(data)
        let envelopes: [JSONObject]
        if let array = json as? [Any] { envelopes = array.compactMap { JSONObject($0) } } else if let one = JSONObject(json) { envelopes = [one] } else {
            throw FormatProblem("expected a Terra payload object")
        }
        var batch = ImportBatch()
        for envelope in envelopes {
            guard let type = envelope.string("type")?.lowercased() else { throw FormatProblem("a payload has no \"type\"") }
            guard ["activity", "sleep", "daily", "body"].contains(type) else {
                throw FormatProblem("payload type \"\(type)\" is not one Cadence imports (activity, sleep, daily, body)")
            }
            let user = envelope["user"]
            let provider = user?.string("provider")?.uppercased() ?? "UNKNOWN"
            let userId = user?.string("user_id") ?? "unknown"
            guard let models = envelope.array("data") else { throw FormatProblem("the \(type) payload has no \"data\" array") }
            for case let model as [String: Any] in models {
                let item = JSONObject(model)
                let metadata = item["metadata"] ?? JSONObject([:])
                guard let start = metadata.string("start_time").flatMap(ISO8601Timestamp.parse) else {
                    throw FormatProblem("the \(type) record has no valid metadata.start_time")
                }
                let end = metadata.string("end_time").flatMap(ISO8601Timestamp.parse) ?? start
                let key = metadata.string("summary_id").map { "terra:\(userId):\(provider):\(type):\($0)" }
                    ?? "terra:\(userId):\(provider):\(type):\(start.millis):\(end.millis)"
                switch type {
                case "activity":
                    if metadata.int("upload_type") == 4 {
                        batch.deletions.append(.init(table: .activities, source: .terra, externalId: key))
                    } else {
                        batch.activities.append(activity(item, metadata, start, end, key, provider, context))
                    }
                case "sleep": batch.sleepSessions.append(sleep(item, metadata, start, end, key, provider, context))
                case "daily": batch.dailySummaries.append(daily(item, start, end, context))
                default: batch.bodyMeasurements += body(item, start, key, context)
                }
            }
        }
        if batch.isEmpty {
            let why = context.notes.warnings
            throw FormatProblem("it holds no record Cadence can import" + (why.isEmpty ? "" : ": " + why.joined(separator: "; ")))
        }
        return batch
    }

    static let activityTypes: [Int: ActivityType] = [
        1: .cycling, 7: .walking, 8: .running, 35: .hiking, 58: .treadmillRunning, 108: .other, 133: .treadmillRunning,
        149: .trailRunning, 82: .swimming, 53: .rowing, 25: .elliptical, 80: .strengthTraining, 100: .yoga, 4: .cycling,
    ]

    static let uploadTypes: [Int: UploadType] = [1: .automatic, 2: .manual, 3: .update, 4: .delete, 5: .pending, 6: .thirdPartyUpload]

    private func activity(_ item: JSONObject, _ metadata: JSONObject, _ start: ISO8601Timestamp, _ end: ISO8601Timestamp,
                          _ key: String, _ provider: String, _ context: ImportContext) -> ImportBatch.Entry<Activity> {
        let type = metadata.int("type").map { Self.activityTypes[$0] ?? .unknown("terra_\($0)") } ?? .other
        var a = context.newActivity(source: .terra, start: start.millis, end: end.millis, type: type, externalId: key)
        a.name = metadata.string("name")
        a.uploadType = metadata.int("upload_type").flatMap { Self.uploadTypes[$0] }
        a.city = metadata.string("city")
        a.country = metadata.string("country")
        a.timestampLocalization = metadata.int("timestamp_localization")
        a.durationSeconds = Double(end.millis - start.millis) / 1000
        let distance = item.path("distance_data", "summary").flatMap(JSONObject.init) ?? JSONObject([:])
        a.distanceMeters = distance.double("distance_meters")
        a.steps = distance.int("steps")
        a.floorsClimbed = distance.int("floors_climbed")
        a.elevationGainMeters = distance.double("elevation", "gain_actual_meters")
        a.elevationLossMeters = distance.double("elevation", "loss_actual_meters")
        a.elevationAvgMeters = distance.double("elevation", "avg_meters")
        a.elevationMaxMeters = distance.double("elevation", "max_meters")
        a.elevationMinMeters = distance.double("elevation", "min_meters")
        a.swimLaps = distance.int("swimming", "num_laps")
        a.swimStrokes = distance.int("swimming", "num_strokes")
        a.poolLengthMeters = distance.double("swimming", "pool_length_meters")
        let hr = item.path("heart_rate_data", "summary").flatMap(JSONObject.init) ?? JSONObject([:])
        a.avgHeartRateBpm = hr.double("avg_hr_bpm")
        a.maxHeartRateBpm = hr.double("max_hr_bpm")
        a.minHeartRateBpm = hr.double("min_hr_bpm")
        a.restingHeartRateBpm = hr.double("resting_hr_bpm")
        a.userMaxHeartRateBpm = hr.double("user_max_hr_bpm")
        a.avgHrvRmssd = hr.double("avg_hrv_rmssd")
        a.avgHrvSdnn = hr.double("avg_hrv_sdnn")
        for zone in hr.objects("hr_zone_data") {
            guard let number = zone.int("zone"), let seconds = zone.double("duration_seconds") else { continue }
            switch number {
            case 0: a.hrZone0Seconds = seconds
            case 1: a.hrZone1Seconds = seconds
            case 2: a.hrZone2Seconds = seconds
            case 3: a.hrZone3Seconds = seconds
            case 4: a.hrZone4Seconds = seconds
            case 5: a.hrZone5Seconds = seconds
            default: break
            }
        }
        a.heartRateSamples = JSONObject.samples(item.objects("heart_rate_data", "detailed", "hr_samples"), key: "bpm", as: "bpm")
        let movement = item["movement_data"] ?? JSONObject([:])
        a.avgSpeedMetersPerSecond = movement.double("avg_speed_meters_per_second")
        a.maxSpeedMetersPerSecond = movement.double("max_speed_meters_per_second")
        a.normalizedSpeedMetersPerSecond = movement.double("normalized_speed_meters_per_second")
        a.avgPaceMinutesPerKm = movement.double("avg_pace_minutes_per_kilometer")
        a.maxPaceMinutesPerKm = movement.double("max_pace_minutes_per_kilometer")
        a.avgCadenceRpm = movement.double("avg_cadence_rpm")
        a.maxCadenceRpm = movement.double("max_cadence_rpm")
        a.avgTorqueNewtonMeters = movement.double("avg_torque_newton_meters")
        a.maxTorqueNewtonMeters = movement.double("max_torque_newton_meters")
        a.speedSamples = JSONObject.samples(movement.objects("speed_samples"), key: "speed_meters_per_second", as: "mps")
        a.cadenceSamples = JSONObject.samples(movement.objects("cadence_samples"), key: "cadence_rpm", as: "rpm")
        let calories = item["calories_data"] ?? JSONObject([:])
        a.totalBurnedCalories = calories.double("total_burned_calories")
        a.netActivityCalories = calories.double("net_activity_calories")
        a.bmrCalories = calories.double("BMR_calories")
        let active = item["active_durations_data"] ?? JSONObject([:])
        a.activitySeconds = active.double("activity_seconds")
        a.inactivitySeconds = active.double("inactivity_seconds")
        a.restSeconds = active.double("rest_seconds")
        a.lowIntensitySeconds = active.double("low_intensity_seconds")
        a.moderateIntensitySeconds = active.double("moderate_intensity_seconds")
        a.vigorousIntensitySeconds = active.double("vigorous_intensity_seconds")
        a.movingTimeSeconds = a.activitySeconds
        if let startPos = item.array("position_data", "start_pos_lat_lng_deg") as? [NSNumber], startPos.count == 2 {
            a.startLatitude = startPos[0].doubleValue
            a.startLongitude = startPos[1].doubleValue
        }
        if let endPos = item.array("position_data", "end_pos_lat_lng_deg") as? [NSNumber], endPos.count == 2 {
            a.endLatitude = endPos[0].doubleValue
            a.endLongitude = endPos[1].doubleValue
        }
        a.summaryPolyline = item.string("polyline_map_data", "summary_polyline")
        let laps = item.objects("lap_data", "laps").map { lap -> String in
            func n(_ k: String) -> String { lap.double(k).map(SampleJSON.number) ?? "null" }
            func t(_ k: String) -> String { lap.string(k).flatMap(ISO8601Timestamp.parse).map { String($0.millis) } ?? "null" }
            return "{\"startTime\":\(t("start_time")),\"endTime\":\(t("end_time")),\"distanceMeters\":\(n("distance_meters"))," +
                "\"calories\":\(n("calories")),\"avgHrBpm\":\(n("avg_hr_bpm")),\"avgSpeedMetersPerSecond\":\(n("avg_speed_meters_per_second"))," +
                "\"avgWatts\":\(n("avg_watts")),\"activeDurationSeconds\":\(n("active_duration_seconds"))}"
        }
        a.laps = laps.isEmpty ? nil : "[" + laps.joined(separator: ",") + "]"
        a.avgWatts = item.double("power_data", "avg_watts")
        a.maxWatts = item.double("power_data", "max_watts")
        a.powerSamples = JSONObject.samples(item.objects("power_data", "power_samples"), key: "watts", as: "watts")
        a.avgOxygenSaturation = item.double("oxygen_data", "avg_saturation_percentage")
        a.vo2MaxMlPerMinPerKg = item.double("oxygen_data", "vo2max_ml_per_min_per_kg")
        let met = item["MET_data"] ?? JSONObject([:])
        a.avgMetLevel = met.double("avg_level")
        a.highIntensityMinutes = met.double("num_high_intensity_minutes")
        a.moderateIntensityMinutes = met.double("num_moderate_intensity_minutes")
        a.lowIntensityMinutes = met.double("num_low_intensity_minutes")
        a.inactiveMinutes = met.double("num_inactive_minutes")
        if let tss = item.objects("TSS_data", "TSS_samples").first {
            a.trainingStressScore = tss.double("actual")
            a.intensityFactor = tss.double("intensity_factor_actual")
            a.normalizedPowerWatts = tss.double("normalized_power_watts")
        }
        a.energyKilojoules = item.double("energy_data", "energy_kilojoules")
        a.workKilojoules = item.double("work_data", "work_kilojoules")
        a.strainLevel = item.double("strain_data", "strain_level")
        a.deviceName = item.string("device_data", "name")
        a.deviceManufacturer = item.string("device_data", "manufacturer") ?? provider.lowercased()
        a.deviceSoftwareVersion = item.string("device_data", "software_version")
        a.rawPayload = item.text
        return .init(a, externalId: key, utcOffsetSeconds: start.offsetSeconds)
    }

    static let recoveryLevels: [Int: RecoveryLevel] = [1: .veryPoor, 2: .poor, 3: .compromised, 4: .ok, 5: .good, 6: .veryGood]

    private func sleep(_ item: JSONObject, _ metadata: JSONObject, _ start: ISO8601Timestamp, _ end: ISO8601Timestamp,
                       _ key: String, _ provider: String, _ context: ImportContext) -> ImportBatch.Entry<SleepSession> {
        let now = context.clock.millis
        var s = SleepSession(id: context.ids.next(), runnerId: context.runnerId, userId: context.userId, externalId: key,
                             source: .terra, startTime: start.millis, endTime: end.millis, importedAt: now, lastSyncedAt: now)
        s.isNap = metadata.bool("is_nap")
        let durations = item["sleep_durations_data"] ?? JSONObject([:])
        s.totalAsleepSeconds = durations.double("asleep", "duration_asleep_state_seconds")
        s.deepSleepSeconds = durations.double("asleep", "duration_deep_sleep_state_seconds")
        s.lightSleepSeconds = durations.double("asleep", "duration_light_sleep_state_seconds")
        s.remSleepSeconds = durations.double("asleep", "duration_REM_sleep_state_seconds")
        s.numRemEvents = durations.int("asleep", "num_REM_events")
        s.totalAwakeSeconds = durations.double("awake", "duration_awake_state_seconds")
        s.awakeInterruptionSeconds = durations.double("awake", "duration_long_interruption_seconds")
        s.numWakeupEvents = durations.int("awake", "num_wakeup_events")
        s.numOutOfBedEvents = durations.int("awake", "num_out_of_bed_events")
        s.sleepLatencySeconds = durations.double("awake", "sleep_latency_seconds")
        s.wakeUpLatencySeconds = durations.double("awake", "wake_up_latency_seconds")
        s.inBedSeconds = durations.double("other", "duration_in_bed_seconds")
        s.unmeasurableSleepSeconds = durations.double("other", "duration_unmeasurable_sleep_seconds")
        // Real payloads give efficiency both as 0–1 and as 0–100; the seed stores 0–1.
        s.sleepEfficiency = durations.double("sleep_efficiency").map { $0 > 1 ? $0 / 100 : $0 }
        s.hypnogramSamples = JSONObject.samples(durations.objects("hypnogram_samples"), key: "level", as: "level")
        let hr = item.path("heart_rate_data", "summary").flatMap(JSONObject.init) ?? JSONObject([:])
        s.avgHeartRateBpm = hr.double("avg_hr_bpm")
        s.minHeartRateBpm = hr.double("min_hr_bpm")
        s.maxHeartRateBpm = hr.double("max_hr_bpm")
        s.restingHeartRateBpm = hr.double("resting_hr_bpm")
        s.avgHrvRmssd = hr.double("avg_hrv_rmssd")
        s.avgHrvSdnn = hr.double("avg_hrv_sdnn")
        s.heartRateSamples = JSONObject.samples(item.objects("heart_rate_data", "detailed", "hr_samples"), key: "bpm", as: "bpm")
        s.avgBreathsPerMin = item.double("respiration_data", "breaths_data", "avg_breaths_per_min")
        s.minBreathsPerMin = item.double("respiration_data", "breaths_data", "min_breaths_per_min")
        s.maxBreathsPerMin = item.double("respiration_data", "breaths_data", "max_breaths_per_min")
        s.avgOxygenSaturation = item.double("respiration_data", "oxygen_saturation_data", "avg_saturation_percentage")
        s.numSnoringEvents = item.int("respiration_data", "snoring_data", "num_snoring_events")
        s.totalSnoringSeconds = item.double("respiration_data", "snoring_data", "total_snoring_duration_seconds")
        s.readinessScore = item.double("readiness_data", "readiness")
        s.recoveryLevel = item.int("readiness_data", "recovery_level").flatMap { Self.recoveryLevels[$0] }
        s.temperatureDelta = item.double("temperature_data", "delta")
        s.sleepScore = item.double("scores", "sleep") ?? item.double("data_enrichment", "sleep_score")
        s.deviceName = item.string("device_data", "name")
        s.deviceManufacturer = item.string("device_data", "manufacturer") ?? provider.lowercased()
        return .init(s, externalId: key, utcOffsetSeconds: start.offsetSeconds)
    }

    private func daily(_ item: JSONObject, _ start: ISO8601Timestamp, _ end: ISO8601Timestamp, _ context: ImportContext) -> DailySummary {
        let offset = start.offsetSeconds ?? 0
        let local = start.millis + Int64(offset) * 1000
        let day = Int((local - (local % 86_400_000 + 86_400_000) % 86_400_000) / 86_400_000)
        var d = DailySummary(id: context.ids.next(), runnerId: context.runnerId, userId: context.userId,
                             date: AppleHealthParser.date(day), startTime: start.millis, endTime: end.millis,
                             sources: ["terra"], lastUpdatedAt: context.clock.millis)
        let distance = item["distance_data"] ?? JSONObject([:])
        d.totalDistanceMeters = distance.double("distance_meters")
        d.totalSteps = distance.int("steps")
        d.floorsClimbed = distance.int("floors_climbed")
        d.elevationGainMeters = distance.double("elevation", "gain_actual_meters")
        let calories = item["calories_data"] ?? JSONObject([:])
        d.totalBurnedCalories = calories.double("total_burned_calories")
        d.netActivityCalories = calories.double("net_activity_calories")
        d.bmrCalories = calories.double("BMR_calories")
        d.netIntakeCalories = calories.double("net_intake_calories")
        let active = item["active_durations_data"] ?? JSONObject([:])
        d.activitySeconds = active.double("activity_seconds")
        d.inactivitySeconds = active.double("inactivity_seconds")
        d.restSeconds = active.double("rest_seconds")
        d.lowIntensitySeconds = active.double("low_intensity_seconds")
        d.moderateIntensitySeconds = active.double("moderate_intensity_seconds")
        d.vigorousIntensitySeconds = active.double("vigorous_intensity_seconds")
        d.standingHoursCount = active.int("standing_hours_count")
        d.standingSeconds = active.double("standing_seconds")
        d.numInactivePeriods = active.int("num_continuous_inactive_periods")
        let hr = item.path("heart_rate_data", "summary").flatMap(JSONObject.init) ?? JSONObject([:])
        d.avgHeartRateBpm = hr.double("avg_hr_bpm")
        d.maxHeartRateBpm = hr.double("max_hr_bpm")
        d.minHeartRateBpm = hr.double("min_hr_bpm")
        d.restingHeartRateBpm = hr.double("resting_hr_bpm")
        d.avgHrvRmssd = hr.double("avg_hrv_rmssd")
        d.avgHrvSdnn = hr.double("avg_hrv_sdnn")
        d.avgOxygenSaturation = item.double("oxygen_data", "avg_saturation_percentage")
        d.vo2MaxMlPerMinPerKg = item.double("oxygen_data", "vo2max_ml_per_min_per_kg")
        let met = item["MET_data"] ?? JSONObject([:])
        d.avgMetLevel = met.double("avg_level")
        d.highIntensityMinutes = met.double("num_high_intensity_minutes")
        d.moderateIntensityMinutes = met.double("num_moderate_intensity_minutes")
        d.lowIntensityMinutes = met.double("num_low_intensity_minutes")
        d.inactiveMinutes = met.double("num_inactive_minutes")
        d.activityScore = item.double("scores", "activity")
        d.recoveryScore = item.double("scores", "recovery")
        d.sleepScore = item.double("scores", "sleep")
        d.strainLevel = item.double("strain_data", "strain_level")
        let stress = item["stress_data"] ?? JSONObject([:])
        d.avgStressLevel = stress.double("avg_stress_level")
        d.maxStressLevel = stress.double("max_stress_level")
        d.stressRating = stress.double("stress_rating")
        d.lowStressSeconds = stress.double("low_stress_duration_seconds")
        d.mediumStressSeconds = stress.double("medium_stress_duration_seconds")
        d.highStressSeconds = stress.double("high_stress_duration_seconds")
        d.restStressSeconds = stress.double("rest_stress_duration_seconds")
        let battery = stress.objects("body_battery_samples").compactMap { $0.double("level") }
        if !battery.isEmpty {
            d.bodyBatteryHigh = battery.max()
            d.bodyBatteryLow = battery.min()
            d.bodyBatteryCurrent = battery.last
        }
        d.respiratoryScore = item.double("data_enrichment", "respiratory_score")
        return d
    }

    private func body(_ item: JSONObject, _ start: ISO8601Timestamp, _ key: String, _ context: ImportContext) -> [ImportBatch.Entry<BodyMeasurement>] {
        var out: [ImportBatch.Entry<BodyMeasurement>] = []
        let now = context.clock.millis
        func entry(_ stamp: ISO8601Timestamp, _ kind: MeasurementType, _ suffix: String, _ fill: (inout BodyMeasurement) -> Void) {
            var m = BodyMeasurement(id: context.ids.next(), runnerId: context.runnerId, userId: context.userId, timestamp: stamp.millis,
                                    source: .terra, measurementType: kind, importedAt: now)
            fill(&m)
            out.append(.init(m, externalId: "\(key):\(suffix):\(stamp.millis)", utcOffsetSeconds: stamp.offsetSeconds))
        }
        // A section in another shape than Terra's (an object where a list belongs) is reported, not passed over.
        for (section, list) in [("measurements_data", "measurements"), ("blood_pressure_data", "blood_pressure_samples"),
                                ("glucose_data", "blood_glucose_samples"), ("temperature_data", "body_temperature_samples")] {
            guard let value = item.raw[section], !(value is NSNull) else { continue }
            let inner = (value as? [String: Any])?[list]
            if !(inner is [Any]) && !(inner == nil && value is [String: Any] && (value as! [String: Any]).isEmpty) {
                context.notes.warn("\(section) has no \"\(list)\" list (Terra's body model), so it was not imported")
            }
        }
        for m in item.objects("measurements_data", "measurements") {
            let stamp = m.string("measurement_time").flatMap(ISO8601Timestamp.parse) ?? start
            let composition = m.double("bodyfat_percentage") != nil || m.double("muscle_mass_g") != nil
            entry(stamp, composition ? .bodyComposition : .weight, "measurement") { b in
                b.weightKg = m.double("weight_kg")
                b.bodyFatPercentage = m.double("bodyfat_percentage")
                b.muscleMassKg = m.double("muscle_mass_g").map { $0 / 1000 }
                b.boneMassKg = m.double("bone_mass_g").map { $0 / 1000 }
                b.waterPercentage = m.double("water_percentage")
                b.bmi = m.double("BMI")
                b.visceralFat = m.double("visceral_fat_level")
                b.metabolicAge = m.double("estimated_fitness_age")
            }
        }
        for sample in item.objects("blood_pressure_data", "blood_pressure_samples") {
            guard let stamp = sample.string("timestamp").flatMap(ISO8601Timestamp.parse) else { continue }
            entry(stamp, .bloodPressure, "bp") { b in
                b.systolicMmHg = sample.double("systolic_bp")
                b.diastolicMmHg = sample.double("diastolic_bp")
            }
        }
        for sample in item.objects("glucose_data", "blood_glucose_samples") {
            guard let stamp = sample.string("timestamp").flatMap(ISO8601Timestamp.parse) else { continue }
            entry(stamp, .glucose, "glucose") { $0.bloodGlucoseMgPerDl = sample.double("blood_glucose_mg_per_dL") }
        }
        for sample in item.objects("temperature_data", "body_temperature_samples") {
            guard let stamp = sample.string("timestamp").flatMap(ISO8601Timestamp.parse) else { continue }
            entry(stamp, .unknown("temperature"), "temperature") { $0.bodyTemperatureCelsius = sample.double("temperature_celsius") }
        }
        return out
    }
}
