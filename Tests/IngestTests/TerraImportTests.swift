import CadenceCore
import Foundation
@testable import Ingest
import Store
import Testing

/// Terra webhook payloads imported through `ImportJob`.
struct TerraImportTests {
    static func activity(uploadType: Int = 1, distance: Double = 10_012.5) -> String {
        """
        {"type": "activity", "version": "2022-03-16",
         "user": {"user_id": "u-1", "provider": "GARMIN", "reference_id": "alex"},
         "data": [{
           "metadata": {"name": "Evening Run", "type": 8, "summary_id": "s-42", "upload_type": \(uploadType),
                        "start_time": "2024-05-01T18:00:00.000000+02:00", "end_time": "2024-05-01T18:55:00.000000+02:00",
                        "city": "Zurich", "country": "CH", "timestamp_localization": 1},
           "distance_data": {"summary": {"distance_meters": \(distance), "steps": 8800,
                              "elevation": {"gain_actual_meters": 120, "loss_actual_meters": 118}}},
           "heart_rate_data": {"summary": {"avg_hr_bpm": 151, "max_hr_bpm": 176, "min_hr_bpm": 95,
                                "hr_zone_data": [{"zone": 2, "duration_seconds": 1500}, {"zone": 3, "duration_seconds": 1200}]},
                               "detailed": {"hr_samples": [{"timestamp": "2024-05-01T18:00:00+02:00", "bpm": 98},
                                                           {"timestamp": "2024-05-01T18:00:05+02:00", "bpm": 104}]}},
           "movement_data": {"avg_speed_meters_per_second": 3.2, "avg_cadence_rpm": 86},
           "calories_data": {"total_burned_calories": 690},
           "active_durations_data": {"activity_seconds": 3180},
           "position_data": {"start_pos_lat_lng_deg": [47.37, 8.54]},
           "lap_data": {"laps": [{"start_time": "2024-05-01T18:00:00+02:00", "distance_meters": 1000, "avg_hr_bpm": 140}]},
           "TSS_data": {"TSS_samples": [{"actual": 71.5, "intensity_factor_actual": 0.87, "method": "rTSS"}]},
           "device_data": {"name": "Forerunner 965", "manufacturer": "Garmin"}
         }]}
        """
    }

    static let sleep = """
    {"type": "sleep", "user": {"user_id": "u-1", "provider": "OURA"},
     "data": [{"metadata": {"start_time": "2024-05-01T23:10:00+02:00", "end_time": "2024-05-02T06:50:00+02:00",
                            "is_nap": false, "summary_id": "n-1", "upload_type": 2},
               "sleep_durations_data": {"asleep": {"duration_asleep_state_seconds": 25200, "duration_deep_sleep_state_seconds": 5400,
                                                   "duration_light_sleep_state_seconds": 14400, "duration_REM_sleep_state_seconds": 5400},
                                        "awake": {"duration_awake_state_seconds": 2400, "num_wakeup_events": 3},
                                        "other": {"duration_in_bed_seconds": 27600}, "sleep_efficiency": 91.3},
               "heart_rate_data": {"summary": {"avg_hr_bpm": 52, "resting_hr_bpm": 47, "avg_hrv_rmssd": 71}},
               "readiness_data": {"readiness": 82, "recovery_level": 5},
               "scores": {"sleep": 84}}]}
    """

    static let dailyAndBody = """
    [{"type": "daily", "user": {"user_id": "u-1", "provider": "GARMIN"},
      "data": [{"metadata": {"start_time": "2024-05-02T00:00:00+02:00", "end_time": "2024-05-02T23:59:59+02:00", "upload_type": 1},
                "distance_data": {"steps": 12345, "distance_meters": 9100.5},
                "heart_rate_data": {"summary": {"resting_hr_bpm": 46}},
                "stress_data": {"avg_stress_level": 31, "body_battery_samples": [{"timestamp": "2024-05-02T07:00:00+02:00", "level": 88},
                                                                                 {"timestamp": "2024-05-02T21:00:00+02:00", "level": 35}]}}]},
     {"type": "body", "user": {"user_id": "u-1", "provider": "WITHINGS"},
      "data": [{"metadata": {"start_time": "2024-05-02T07:00:00+02:00", "end_time": "2024-05-02T07:01:00+02:00"},
                "measurements_data": {"measurements": [{"measurement_time": "2024-05-02T07:00:00+02:00", "weight_kg": 70.4, "bodyfat_percentage": 14.2}]},
                "blood_pressure_data": {"blood_pressure_samples": [{"timestamp": "2024-05-02T07:05:00+02:00", "systolic_bp": 117, "diastolic_bp": 74}]}}]}]
    """

    @Test func activityFieldsMapOneToOne() throws {
        let fixture = try IngestFixture()
        let path = try fixture.write("terra-activity.json", Self.activity())
        let report = fixture.job.run(paths: [path])
        #expect(report.files.first?.status == .imported, "\(report.files)")
        #expect(report.files.first?.format == "terra")
        let a = try #require(try fixture.activities().first)
        #expect(a.source == .terra)
        #expect(a.activityType == .running)
        #expect(a.name == "Evening Run")
        #expect(a.startTime == 1_714_579_200_000)   // 16:00Z
        #expect(a.durationSeconds == 3300)
        #expect(a.movingTimeSeconds == 3180)
        #expect(a.distanceMeters == 10_012.5)
        #expect(a.elevationGainMeters == 120)
        #expect(a.avgHeartRateBpm == 151)
        #expect(a.hrZone3Seconds == 1200)
        #expect(a.trainingStressScore == 71.5)
        #expect(a.city == "Zurich")
        #expect(a.startLatitude == 47.37)
        #expect(a.deviceManufacturer == "Garmin")
        #expect(a.uploadType == .automatic)
        #expect(a.rawPayload?.contains("\"summary_id\":\"s-42\"") == true)
        let samples = try #require(a.heartRateSamples.flatMap { try? JSONValue(parsing: $0) }?.arrayValue)
        #expect(samples.count == 2)
        let origin = try #require(try fixture.database.importOrigin(table: .activities, recordId: a.id))
        #expect(origin.externalId == "terra:u-1:GARMIN:activity:s-42")
        #expect(origin.utcOffsetSeconds == 7200)
    }

    @Test func updatesReplaceAndDeletesRemove() throws {
        let fixture = try IngestFixture()
        _ = fixture.job.run(paths: [try fixture.write("a.json", Self.activity())])
        let update = fixture.job.run(paths: [try fixture.write("b.json", Self.activity(uploadType: 3, distance: 10_100))])
        #expect(update.totals.activities == ImportCounts(updated: 1))
        #expect(try fixture.activities().map(\.distanceMeters) == [10_100])
        let delete = fixture.job.run(paths: [try fixture.write("c.json", Self.activity(uploadType: 4))])
        #expect(delete.totals.activities == ImportCounts(deleted: 1))
        #expect(try fixture.activities().isEmpty)
    }

    @Test func sleepDailyAndBody() throws {
        let fixture = try IngestFixture()
        let report = fixture.job.run(paths: [try fixture.write("sleep.json", Self.sleep), try fixture.write("daily.json", Self.dailyAndBody)])
        #expect(report.files.map(\.status) == [.imported, .imported], "\(report.files)")
        let sleep = try #require(try fixture.database.sleepSessions(runnerId: fixture.runner.id).first)
        #expect(sleep.totalAsleepSeconds == 25_200)
        #expect(sleep.deepSleepSeconds == 5400)
        #expect(abs((sleep.sleepEfficiency ?? 0) - 0.913) < 1e-12)
        #expect(sleep.restingHeartRateBpm == 47)
        #expect(sleep.avgHrvRmssd == 71)
        #expect(sleep.recoveryLevel == .good)
        #expect(sleep.sleepScore == 84)
        #expect(sleep.isNap == false)
        let day = try #require(try fixture.database.dailySummaries(runnerId: fixture.runner.id).first { $0.date == "2024-05-02" })
        #expect(day.totalSteps == 12_345)
        #expect(day.restingHeartRateBpm == 46)
        #expect(day.bodyBatteryHigh == 88)
        #expect(day.bodyBatteryCurrent == 35)
        let body = try fixture.database.bodyMeasurements(runnerId: fixture.runner.id)
        #expect(body.count == 2)
        #expect(body.first { $0.measurementType == .bodyComposition }?.bodyFatPercentage == 14.2)
        #expect(body.first { $0.measurementType == .bloodPressure }?.systolicMmHg == 117)
        #expect(fixture.job.run(paths: [try fixture.write("daily.json", Self.dailyAndBody)]).files.first?.status == .unchanged)
    }

    @Test(arguments: [
        ("{\"type\": \"activity\", \"user\": {\"provider\": \"GARMIN\"}, \"data\": [{\"metadata\": {", "malformed JSON"),
        ("{\"type\": \"nutrition\", \"user\": {\"provider\": \"GARMIN\"}, \"data\": [{\"metadata\": {}}]}", "payload type \"nutrition\" is not one Cadence imports"),
        ("{\"type\": \"activity\", \"user\": {\"provider\": \"GARMIN\"}, \"data\": [{\"metadata\": {\"start_time\": \"soon\"}}]}", "the activity record has no valid metadata.start_time"),
    ])
    func badPayloadsImportNothing(content: String, message: String) throws {
        let fixture = try IngestFixture()
        let report = fixture.job.run(paths: [try fixture.write("bad.json", content)])
        #expect(report.files.map(\.status) == [.failed])
        #expect(report.files.first?.error?.contains("bad.json: not a valid Terra file: \(message)") == true, "\(report.files)")
        #expect(try fixture.activities().isEmpty)
    }
}
