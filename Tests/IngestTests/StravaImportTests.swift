import CadenceCore
import Foundation
@testable import Ingest
import Store
import Testing

/// Strava API JSON and the bulk export's activities.csv.
struct StravaImportTests {
    static let detailed = """
    {"resource_state": 3, "id": 12345678901, "external_id": "garmin_push_1", "name": "Tempo Tuesday",
     "distance": 12034.5, "moving_time": 3300, "elapsed_time": 3420, "total_elevation_gain": 88.2,
     "type": "Run", "sport_type": "Run", "workout_type": 1,
     "start_date": "2024-04-02T16:30:00Z", "start_date_local": "2024-04-02T09:30:00Z",
     "timezone": "(GMT-08:00) America/Los_Angeles", "utc_offset": -25200,
     "start_latlng": [37.77, -122.42], "end_latlng": [37.78, -122.41],
     "map": {"id": "a1", "summary_polyline": "abc~de"}, "trainer": false, "manual": false,
     "average_speed": 3.647, "max_speed": 5.1, "average_cadence": 88.5, "has_heartrate": true,
     "average_heartrate": 162.3, "max_heartrate": 181, "calories": 801, "suffer_score": 97, "device_name": "Garmin Forerunner 965",
     "splits_metric": [{"split": 1, "distance": 1000.2, "elapsed_time": 280, "moving_time": 275, "average_speed": 3.64, "average_heartrate": 150.1}],
     "laps": [{"start_date": "2024-04-02T16:30:00Z", "distance": 6000, "moving_time": 1650, "elapsed_time": 1700, "average_speed": 3.64}],
     "streams": {"time": {"data": [0, 1, 2]}, "heartrate": {"data": [120, 122, 125]}, "latlng": {"data": [[37.77, -122.42], [37.7701, -122.42], [37.7702, -122.42]]}}}
    """

    static let csv = #"""
    Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed,Elevation Gain,Elevation Loss,Max Heart Rate,Average Heart Rate,Calories
    4123,"Oct 7, 2020, 2:43:11 PM",Lunch Run,Run,"Easy, with strides",2711,8.02,171,55,false,,,activities/4123.fit.gz,70,,2711.0,2650.0,8021.7,4.9,3.03,45.0,44.0,171.0,148.2,612
    4124,"Oct 9, 2020, 6:05:00 AM","Morning ""Run""",Run,,1800,5.00,,,false,,,,70,,1800.0,1790.0,5003.1,3.5,2.79,10.0,9.0,,,

    """#

    @Test func apiActivityWithLapsSplitsAndStreams() throws {
        let fixture = try IngestFixture()
        let report = fixture.job.run(paths: [try fixture.write("activity.json", Self.detailed)])
        #expect(report.files.first?.status == .imported, "\(report.files)")
        #expect(report.files.first?.format == "strava")
        let a = try #require(try fixture.activities().first)
        #expect(a.source == .strava)
        #expect(a.activityType == .running)
        #expect(a.startTime == 1_712_075_400_000)
        #expect(a.endTime == 1_712_075_400_000 + 3_420_000)
        #expect(a.movingTimeSeconds == 3300)
        #expect(a.distanceMeters == 12_034.5)
        #expect(a.avgHeartRateBpm == 162.3)
        #expect(a.totalBurnedCalories == 801)
        #expect(a.sufferScore == 97)
        #expect(a.sessionType == .race)           // the runner tagged it a race on Strava
        #expect(a.sessionTypeSource == .user)
        #expect(a.summaryPolyline == "abc~de")
        #expect((a.splits ?? "").contains("\"distanceMeters\":1000.2"))
        #expect((a.laps ?? "").contains("\"distanceMeters\":6000"))
        let hr = try #require(a.heartRateSamples.flatMap { try? JSONValue(parsing: $0) }?.arrayValue)
        #expect(hr.count == 3)
        #expect(hr[2]["timestamp"] == .number(1_712_075_402_000))
        let origin = try #require(try fixture.database.importOrigin(table: .activities, recordId: a.id))
        #expect(origin.externalId == "strava:12345678901")
        #expect(origin.utcOffsetSeconds == -25200)
        #expect(origin.timeZone == "America/Los_Angeles")
        #expect(fixture.job.run(paths: [try fixture.write("activity.json", Self.detailed)]).files.first?.status == .unchanged)
    }

    @Test func zeroAndOneAreNumbersNotBooleans() throws {
        let fixture = try IngestFixture()
        let json = #"{"id": 7, "sport_type": "Run", "start_date": "2024-04-02T16:30:00Z", "elapsed_time": 600, "moving_time": 600, "distance": 1, "total_elevation_gain": 0, "trainer": true}"#
        #expect(fixture.job.run(paths: [try fixture.write("flat.json", json)]).files.first?.status == .imported)
        let a = try #require(try fixture.activities().first)
        #expect(a.elevationGainMeters == 0)
        #expect(a.distanceMeters == 1)
        #expect(a.activityType == .treadmillRunning)   // a real boolean is still read as one
    }

    @Test func bulkExportCSVIsReadByPosition() throws {
        let fixture = try IngestFixture()
        let report = fixture.job.run(paths: [try fixture.write("export/activities.csv", Self.csv)])
        #expect(report.files.first?.status == .imported, "\(report.files)")
        let activities = try fixture.activities()
        #expect(activities.count == 2)
        let first = activities[0]
        #expect(first.startTime == 1_602_081_791_000)   // 2020-10-07T14:43:11Z
        #expect(first.name == "Lunch Run")
        #expect(first.distanceMeters == 8021.7)          // the second Distance column, in metres
        #expect(first.durationSeconds == 2711)
        #expect(first.movingTimeSeconds == 2650)
        #expect(first.maxHeartRateBpm == 171)
        #expect(first.avgHeartRateBpm == 148.2)
        #expect(first.totalBurnedCalories == 612)
        #expect(first.uploadType == .automatic)
        #expect(activities[1].name == "Morning \"Run\"")
        #expect(activities[1].avgHeartRateBpm == nil)
        #expect(activities[1].uploadType == .manual)
    }

    @Test(arguments: [
        ("bad.json", "{\"id\": 1, \"sport_type\": \"Run\", \"start_date\": ", "not a valid Strava activity JSON file: malformed JSON"),
        ("nodate.json", "{\"id\": 1, \"sport_type\": \"Run\"}", "activity 1 has no valid start_date"),
        ("activities.csv", "Activity ID,Activity Date,Activity Name\n1,\"Oct 7, 2020", "malformed CSV: a quoted field is not closed"),
        ("activities.csv", "Activity ID,Activity Date,Activity Name\n1,yesterday,x\n", "row 2 has an unreadable Activity Date"),
    ])
    func badFilesImportNothing(name: String, content: String, message: String) throws {
        let fixture = try IngestFixture()
        let report = fixture.job.run(paths: [try fixture.write(name, content)])
        #expect(report.files.map(\.status) == [.failed])
        #expect(report.files.first?.error?.contains(message) == true, "\(report.files)")
        #expect(try fixture.activities().isEmpty)
    }
}
