import CadenceCore
import Foundation
@testable import Ingest
import Store
import Testing

/// Files that add samples to an activity of another file: Apple Health workout routes and Strava
/// streams.
struct AttachmentImportTests {
    static let routeName = "route_2024-03-06_7.52am.gpx"
    /// The export's running workout starts at 2024-03-06T15:00:00Z.
    static let workoutStart = 1_709_737_200

    func samples(_ json: String?) throws -> [JSONValue] {
        try #require(json.flatMap { try? JSONValue(parsing: $0) }?.arrayValue)
    }

    func expectRouteOnWorkout(_ fixture: IngestFixture) throws {
        let activities = try fixture.activities()
        #expect(activities.map(\.source) == [.healthkit])   // no separate GPX activity
        let workout = try #require(activities.first)
        let positions = try samples(workout.positionSamples)
        #expect(positions.count == 11)
        #expect(positions[0]["timestamp"] == .number(Double(Self.workoutStart) * 1000))
        #expect(positions[0]["lat"] == 37.77)
        #expect(positions[0]["alt"] == 20)
        #expect(workout.startLatitude == 37.77)
        #expect(workout.startLongitude == -122.42)
        #expect(abs((workout.endLatitude ?? 0) - 37.779) < 1e-9)
        #expect(try samples(workout.speedSamples).count == 11)
        #expect(try samples(workout.splits).count == 1)      // ≈ 1000.7 m: one full kilometre
        #expect(workout.distanceMeters == 10_200)            // the workout's own figures stay
        #expect(workout.elevationGainMeters == 45)
    }

    @Test func routesOfAnUnpackedExportGoOnTheirWorkout() throws {
        let fixture = try IngestFixture()
        try fixture.write("apple_health_export/export.xml", AppleHealthImportTests.export)
        try fixture.write("apple_health_export/workout-routes/\(Self.routeName)", SampleFiles.appleRoute(start: Self.workoutStart))
        let folder = fixture.folder.appendingPathComponent("apple_health_export").path
        let report = fixture.job.run(paths: [folder])
        #expect(report.files.map(\.status) == [.imported, .imported], "\(report.files)")
        #expect(report.files.map(\.format) == ["applehealth", "applehealth-route"])
        #expect(report.files[1].tables?.activities == ImportCounts(updated: 1))
        #expect(report.files[0].warnings == nil)
        try expectRouteOnWorkout(fixture)

        // Both files again: nothing changes, and the route is still there.
        let again = fixture.job.run(paths: [folder])
        #expect(again.files.map(\.status) == [.unchanged, .unchanged], "\(again.files)")
        try expectRouteOnWorkout(fixture)
    }

    @Test func exportXMLGivenAloneBringsItsRoutes() throws {
        let fixture = try IngestFixture()
        let export = try fixture.write("apple_health_export/export.xml", AppleHealthImportTests.export)
        let route = try fixture.write("apple_health_export/workout-routes/\(Self.routeName)", SampleFiles.appleRoute(start: Self.workoutStart))
        var steps: [String] = []
        let report = fixture.job.run(paths: [export], progress: { index, total, _ in steps.append("\(index)/\(total)") })
        #expect(steps == ["1/1", "2/2"])                    // the route joins the run once the export names it
        #expect(report.files.map(\.path) == [export, route])
        #expect(report.files.map(\.status) == [.imported, .imported], "\(report.files)")
        try expectRouteOnWorkout(fixture)
    }

    @Test func exportZipRoutesGoOnTheirWorkout() throws {
        let fixture = try IngestFixture()
        let path = try ZipImportTests().zip(fixture, name: "export.zip", entries: [
            "apple_health_export/export.xml": AppleHealthImportTests.export,
            "apple_health_export/workout-routes/\(Self.routeName)": SampleFiles.appleRoute(start: Self.workoutStart),
        ])
        let report = fixture.job.run(paths: [path])
        #expect(report.files.map(\.path) == [path + "/apple_health_export/export.xml",
                                             path + "/apple_health_export/workout-routes/\(Self.routeName)"])
        #expect(report.files.map(\.status) == [.imported, .imported], "\(report.files)")
        try expectRouteOnWorkout(fixture)
        #expect(fixture.job.run(paths: [path]).files.map(\.status) == [.unchanged, .unchanged])
    }

    @Test func aMissingRouteIsAWarningAndTheWorkoutStillImports() throws {
        let fixture = try IngestFixture()
        let export = try fixture.write("apple_health_export/export.xml", AppleHealthImportTests.export)
        let report = fixture.job.run(paths: [export])
        #expect(report.files.map(\.status) == [.imported], "\(report.files)")
        let warnings = try #require(report.files.first?.warnings)
        #expect(warnings == ["the running workout of 2024-03-06 07:00:00 -0800 names its route /workout-routes/\(Self.routeName), which is not beside export.xml; the workout was imported without its route"])
        let workout = try #require(try fixture.activities().first)
        #expect(workout.positionSamples == nil)
        #expect(workout.distanceMeters == 10_200)
    }

    @Test func aDamagedRouteFailsAloneAndTheWorkoutKeepsItsFigures() throws {
        let fixture = try IngestFixture()
        try fixture.write("apple_health_export/export.xml", AppleHealthImportTests.export)
        let route = SampleFiles.appleRoute(start: Self.workoutStart)
        try fixture.write("apple_health_export/workout-routes/\(Self.routeName)", String(route.prefix(route.count / 2)))
        let report = fixture.job.run(paths: [fixture.folder.appendingPathComponent("apple_health_export").path])
        #expect(report.files.map(\.status) == [.imported, .failed], "\(report.files)")
        let error = try #require(report.files[1].error)
        #expect(error.contains("\(Self.routeName): not a valid Apple Health workout route file:"), "\(error)")
        #expect(error.hasSuffix("nothing from it was imported"))
        let workout = try #require(try fixture.activities().first)
        #expect(workout.positionSamples == nil)
        #expect(workout.totalBurnedCalories == 520)
    }

    @Test func aRouteWithoutItsExportIsRefusedWithAMessage() throws {
        let fixture = try IngestFixture()
        let path = try fixture.write("workout-routes/\(Self.routeName)", SampleFiles.appleRoute(start: Self.workoutStart))
        let report = fixture.job.run(paths: [path])
        #expect(report.files.map(\.status) == [.failed])
        #expect(report.files.first?.error?.contains("a workout route from an Apple Health export that no workout of this import names; import it together with its export") == true,
                "\(report.files)")
        #expect(try fixture.activities().isEmpty)
    }

    @Test func anOrdinaryGPXInAFolderNamedWorkoutRoutesIsATrack() throws {
        let fixture = try IngestFixture()
        let path = try fixture.write("workout-routes/run.gpx", SampleFiles.gpx())
        let report = fixture.job.run(paths: [fixture.folder.appendingPathComponent("workout-routes").path])
        #expect(report.files.map(\.path) == [path])
        #expect(report.files.map(\.format) == ["gpx"], "\(report.files)")
        #expect(try fixture.activities().map(\.source) == [.gpx])
    }

    // MARK: - Strava streams

    static let activityId = "12345678901"

    /// The detailed activity without its embedded streams.
    static var activityJSON: String {
        var object = try! JSONSerialization.jsonObject(with: Data(StravaImportTests.detailed.utf8)) as! [String: Any]
        object["streams"] = nil
        return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    static let arrayStreams = """
    [{"type": "time", "data": [0, 10, 20], "series_type": "distance", "original_size": 3, "resolution": "high"},
     {"type": "latlng", "data": [[37.77, -122.42], [37.7709, -122.42], [37.7718, -122.42]], "series_type": "distance", "original_size": 3, "resolution": "high"},
     {"type": "distance", "data": [0, 100.1, 200.2], "series_type": "distance", "original_size": 3, "resolution": "high"},
     {"type": "altitude", "data": [12.5, 13, 13.5], "series_type": "distance", "original_size": 3, "resolution": "high"},
     {"type": "heartrate", "data": [140, 150, 155], "series_type": "distance", "original_size": 3, "resolution": "high"},
     {"type": "cadence", "data": [88, 89, 90], "series_type": "distance", "original_size": 3, "resolution": "high"},
     {"type": "velocity_smooth", "data": [0, 3.3, 3.4], "series_type": "distance", "original_size": 3, "resolution": "high"}]
    """

    static let keyedStreams = """
    {"latlng": {"data": [[37.77, -122.42], [37.7709, -122.42]], "series_type": "distance", "original_size": 2, "resolution": "high"},
     "time": {"data": [0, 30], "series_type": "distance", "original_size": 2, "resolution": "high"},
     "heartrate": {"data": [130, 135], "series_type": "distance", "original_size": 2, "resolution": "high"},
     "watts": {"data": [250, 260], "series_type": "distance", "original_size": 2, "resolution": "high"}}
    """

    @Test func gzippedStreamsGoOnTheirActivityToo() throws {
        let fixture = try IngestFixture()
        try fixture.write("strava/\(Self.activityId)_x.json", Self.activityJSON)
        try fixture.write("strava/\(Self.activityId)_streams.json.gz", try GPXTCXImportTests().gzip(Self.arrayStreams))
        let folder = fixture.folder.appendingPathComponent("strava").path
        let report = fixture.job.run(paths: [folder])
        #expect(report.files.map(\.format) == ["strava", "strava-streams"], "\(report.files)")
        #expect(report.files.map(\.status) == [.imported, .imported])
        let activity = try #require(try fixture.activities().first)
        #expect(try samples(activity.heartRateSamples).map { $0["bpm"] } == [140, 150, 155])
        // A damaged gzip is named as one and changes nothing.
        let broken = try fixture.write("broken/\(Self.activityId)_streams.json.gz", Data([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]))
        let second = fixture.job.run(paths: [broken])
        #expect(second.files.map(\.status) == [.failed])
        #expect(second.files.first?.error?.contains("gzip") == true, "\(second.files)")
    }

    @Test func streamsBesideTheirActivityGoOnIt() throws {
        let fixture = try IngestFixture()
        // Named so that the streams sort first: they still wait for the activity.
        try fixture.write("strava/\(Self.activityId)_streams.json", Self.arrayStreams)
        try fixture.write("strava/\(Self.activityId)_x.json", Self.activityJSON)
        let folder = fixture.folder.appendingPathComponent("strava").path
        let report = fixture.job.run(paths: [folder])
        #expect(report.files.map(\.format) == ["strava", "strava-streams"], "\(report.files)")
        #expect(report.files.map(\.status) == [.imported, .imported])
        let activity = try #require(try fixture.activities().first)
        #expect(try fixture.activities().count == 1)
        let start = 1_712_075_400_000.0
        let hr = try samples(activity.heartRateSamples)
        #expect(hr.map { $0["bpm"] } == [140, 150, 155])
        #expect(hr.map { $0["timestamp"] } == [.number(start), .number(start + 10_000), .number(start + 20_000)])
        let positions = try samples(activity.positionSamples)
        #expect(positions[1]["lat"] == 37.7709)
        #expect(positions[1]["alt"] == 13)
        #expect(try samples(activity.cadenceSamples).count == 3)
        #expect(try samples(activity.speedSamples)[2]["mps"] == 3.4)
        #expect(activity.startLatitude == 37.77)                           // from the activity JSON
        #expect((activity.splits ?? "").contains("\"distanceMeters\":1000.2"))  // Strava's own splits stay
        #expect(activity.distanceMeters == 12_034.5)

        #expect(fixture.job.run(paths: [folder]).files.map(\.status) == [.unchanged, .unchanged])
    }

    @Test func keyedStreamsInTheActivitysFolderGoOnAnActivityImportedBefore() throws {
        let fixture = try IngestFixture()
        #expect(fixture.job.run(paths: [try fixture.write("activity.json", Self.activityJSON)]).files.first?.status == .imported)
        let report = fixture.job.run(paths: [try fixture.write("\(Self.activityId)/streams.json", Self.keyedStreams)])
        #expect(report.files.map(\.status) == [.imported], "\(report.files)")
        #expect(report.totals.activities == ImportCounts(updated: 1))
        let activity = try #require(try fixture.activities().first)
        #expect(try samples(activity.powerSamples).map { $0["watts"] } == [250, 260])
        #expect(try samples(activity.heartRateSamples)[1]["timestamp"] == .number(1_712_075_430_000))
    }

    @Test func streamsWithoutTheirActivityAreRefusedWithAMessage() throws {
        let fixture = try IngestFixture()
        let report = fixture.job.run(paths: [try fixture.write("\(Self.activityId)_streams.json", Self.arrayStreams)])
        #expect(report.files.map(\.status) == [.failed])
        #expect(report.files.first?.format == "strava-streams")
        #expect(report.files.first?.error?.contains(
            "Strava streams of activity \(Self.activityId), which is not in your history; import the activity's JSON (GET /activities/\(Self.activityId)) with this file or before it") == true,
            "\(report.files)")
        #expect(try fixture.activities().isEmpty)
    }

    @Test(arguments: [
        ("streams.json", arrayStreams, "neither the file name nor its folder says which activity"),
        ("1_streams.json", "[{\"type\": \"heartrate\", \"data\": [1, 2]}]", "not a valid Strava streams file: it has no \"time\" stream"),
        ("2_streams.json", "{\"time\": {\"data\": [0, 1]}, \"heartrate\": [1, 2]}", "not a valid Strava streams file: expected Strava streams"),
        ("3_streams.json", "[{\"type\": \"time\", \"data\": [0, 1]", "not a valid Strava streams file: malformed JSON"),
    ])
    func badStreamsFilesChangeNothing(name: String, content: String, message: String) throws {
        let fixture = try IngestFixture()
        #expect(fixture.job.run(paths: [try fixture.write("activity.json", Self.activityJSON)]).files.first?.status == .imported)
        let before = try fixture.activities()
        let report = fixture.job.run(paths: [try fixture.write(name, content)])
        #expect(report.files.map(\.status) == [.failed])
        #expect(report.files.first?.error?.contains(message) == true, "\(report.files)")
        #expect(try fixture.activities() == before)
    }
}
