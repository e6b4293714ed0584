import CadenceCore
import Foundation
@testable import Ingest
import Store
import Testing
import CadenceTestSupport

/// GPX and TCX files imported through `ImportJob` into a real SQLite database.
struct GPXTCXImportTests {
    static let march1 = Int64(1_709_272_800_000)  // 2024-03-01T06:00:00Z
    static let march2 = Int64(1_709_359_200_000)  // 2024-03-02T06:00:00Z

    @Test func gpxTrackBecomesAnActivityWithComputedTotals() throws {
        let fixture = try IngestFixture()
        let path = try fixture.write("run.gpx", SampleFiles.gpx())
        let report = fixture.job.run(paths: [path])
        #expect(report.files.map(\.status) == [.imported])
        #expect(report.files.first?.format == "gpx")
        #expect(report.totals.activities == ImportCounts(inserted: 1))
        let activity = try #require(try fixture.activities().first)
        #expect(activity.source == .gpx)
        #expect(activity.activityType == .running)
        #expect(activity.name == "Morning Run")
        #expect(activity.startTime == Self.march1)
        #expect(activity.endTime == Self.march1 + 300_000)
        #expect(activity.durationSeconds == 300)
        #expect(activity.movingTimeSeconds == 300)
        // 10 steps of 0.0009° of latitude on a 6 371 008.8 m sphere.
        let expected = 10 * 0.0009 * .pi / 180 * 6_371_008.8
        #expect(abs((activity.distanceMeters ?? 0) - expected) < 0.01)
        #expect(activity.avgHeartRateBpm == 145)
        #expect(activity.maxHeartRateBpm == 150)
        #expect(activity.minHeartRateBpm == 140)
        #expect(activity.avgCadenceRpm == 85)
        #expect(activity.elevationGainMeters == 10)
        #expect(activity.elevationLossMeters == 0)
        #expect(activity.startLatitude == 50.0)
        #expect(activity.deviceName == "Garmin Connect")
        #expect(abs((activity.avgPaceMinutesPerKm ?? 0) - 300 / 60 / (expected / 1000)) < 0.001)
        let splits = try #require(activity.splits.flatMap { try? JSONValue(parsing: $0) }?.arrayValue)
        #expect(splits.count == 1)  // the last 0.75 m is too short for a split of its own
        #expect(splits.first?["distanceMeters"] == 1000)
        let hr = try #require(activity.heartRateSamples.flatMap { try? JSONValue(parsing: $0) }?.arrayValue)
        #expect(hr.count == 11)
        #expect(hr.first?["timestamp"] == .number(Double(Self.march1)))
        #expect(hr.first?["bpm"] == 140)
    }

    @Test func gpx10WithoutTypeOrExtensionsIsARun() throws {
        let fixture = try IngestFixture()
        let text = """
        <?xml version="1.0"?>
        <gpx version="1.0" creator="GPSBabel" xmlns="http://www.topografix.com/GPX/1/0">
        <trk><trkseg>
        <trkpt lat="45.0" lon="7.0"><time>2024-03-05T18:00:00Z</time><speed>2.5</speed></trkpt>
        <trkpt lat="45.001" lon="7.0"><time>2024-03-05T18:00:40Z</time><speed>2.9</speed></trkpt>
        <trkpt lat="45.002" lon="7.0"></trkpt>
        </trkseg></trk></gpx>
        """
        let report = fixture.job.run(paths: [try fixture.write("old.gpx", text)])
        #expect(report.files.first?.status == .imported)
        let activity = try #require(try fixture.activities().first)
        #expect(activity.activityType == .running)
        #expect(activity.durationSeconds == 40)
        #expect(activity.maxSpeedMetersPerSecond == 2.9)
        #expect(activity.heartRateSamples == nil)
        #expect(abs((activity.distanceMeters ?? 0) - 111.195) < 0.01)
    }

    @Test func tcxLapsAndTrackpoints() throws {
        let fixture = try IngestFixture()
        let report = fixture.job.run(paths: [try fixture.write("session.tcx", SampleFiles.tcx)])
        #expect(report.files.first?.status == .imported, "\(report.files)")
        let activity = try #require(try fixture.activities().first)
        #expect(activity.source == .tcx)
        #expect(activity.activityType == .running)
        #expect(activity.startTime == Self.march2)
        #expect(activity.endTime == Self.march2 + 620_000)
        #expect(activity.distanceMeters == 2000)
        #expect(activity.movingTimeSeconds == 620)
        #expect(activity.durationSeconds == 620)
        #expect(activity.totalBurnedCalories == 125)
        #expect(activity.maxHeartRateBpm == 165)
        #expect(activity.avgHeartRateBpm == 152.5)
        #expect(activity.avgCadenceRpm == 88)
        #expect(activity.maxSpeedMetersPerSecond == 3.9)
        #expect(activity.deviceName == "Forerunner 255")
        #expect(activity.userNotes == "Track session")
        let laps = try #require(activity.laps.flatMap { try? JSONValue(parsing: $0) }?.arrayValue)
        #expect(laps.count == 2)
        #expect(laps[1]["activeDurationSeconds"] == 320)
        #expect(laps[1]["calories"] == 65)
        #expect(laps[0]["triggerMethod"] == "Distance")
        let origin = try #require(try fixture.database.importOrigin(table: .activities, recordId: activity.id))
        #expect(origin.utcOffsetSeconds == 3600)
        #expect(origin.externalId == "tcx:\(Self.march2):running")
    }

    @Test func reimportingChangesNothing() throws {
        let fixture = try IngestFixture()
        let gpx = try fixture.write("run.gpx", SampleFiles.gpx())
        let tcx = try fixture.write("session.tcx", SampleFiles.tcx)
        _ = fixture.job.run(paths: [gpx, tcx])
        let before = try fixture.database.export(runnerId: fixture.runner.id)
        let again = fixture.job.run(paths: [gpx, tcx])
        #expect(again.files.map(\.status) == [.unchanged, .unchanged])
        #expect(again.totals.activities == ImportCounts(skipped: 2))
        #expect(try fixture.database.export(runnerId: fixture.runner.id) == before)
    }

    @Test func aChangedFileUpdatesTheRowButKeepsWhatTheRunnerGave() throws {
        let fixture = try IngestFixture()
        let path = try fixture.write("run.gpx", SampleFiles.gpx())
        _ = fixture.job.run(paths: [path])
        var activity = try #require(try fixture.activities().first)
        activity.sessionType = .tempo
        activity.sessionTypeSource = .user
        activity.userRating = 4
        try fixture.database.saveActivities([activity])
        try fixture.write("run.gpx", SampleFiles.gpx(name: "Renamed run"))
        let report = fixture.job.run(paths: [path])
        #expect(report.totals.activities == ImportCounts(updated: 1))
        let updated = try #require(try fixture.activities().first)
        #expect(updated.id == activity.id)
        #expect(updated.name == "Renamed run")
        #expect(updated.sessionType == .tempo)
        #expect(updated.sessionTypeSource == .user)
        #expect(updated.userRating == 4)
    }

    @Test(arguments: [
        ("truncated.gpx", String(SampleFiles.gpx().prefix(700)), "truncated.gpx: not a valid GPX file: malformed XML at line"),
        ("broken.tcx", SampleFiles.tcx.replacingOccurrences(of: "</Lap>", with: "</Lapp>"), "broken.tcx: not a valid TCX file: malformed XML"),
        ("notimes.gpx", "<gpx version=\"1.1\"><trk><name>x</name><trkseg><trkpt lat=\"1\" lon=\"2\"/></trkseg></trk></gpx>",
         "notimes.gpx: not a valid GPX file: track 1 (\"x\") has points but no times"),
        ("empty.gpx", "<gpx version=\"1.1\"><trk><trkseg></trkseg></trk></gpx>", "empty.gpx: not a valid GPX file: it has no track points"),
        ("notes.txt", "hello", "notes.txt: not a format Cadence imports"),
    ])
    func badFilesFailWithTheirNameAndWriteNothing(name: String, content: String, message: String) throws {
        let fixture = try IngestFixture()
        let report = fixture.job.run(paths: [try fixture.write(name, content)])
        #expect(report.files.map(\.status) == [.failed])
        let error = try #require(report.files.first?.error)
        #expect(error.contains(message), "\(error)")
        #expect(error.hasPrefix(fixture.folder.path))
        #expect(try fixture.activities().isEmpty)
    }

    @Test func gzippedFilesAndFoldersAreRead() throws {
        let fixture = try IngestFixture()
        try fixture.write("export/activities/1.tcx.gz", try gzip(SampleFiles.tcx))
        try fixture.write("export/activities/2.gpx", SampleFiles.gpx())
        try fixture.write("export/media/photo.jpg", Data([0xFF, 0xD8, 0xFF, 0xE0]))
        try fixture.write("export/activities/3.gpx.gz", Data([0x1F, 0x8B, 0x08, 0x00, 0x01]))
        let report = fixture.job.run(paths: [fixture.folder.appendingPathComponent("export").path])
        #expect(report.files.map { ($0.path as NSString).lastPathComponent } == ["1.tcx.gz", "2.gpx", "3.gpx.gz", "photo.jpg"])
        #expect(report.files.map(\.status) == [.imported, .imported, .failed, .ignored])
        #expect(report.files[2].error?.contains("not a valid gzip file") == true)
        #expect(try fixture.activities().map(\.source) == [.gpx, .tcx])
    }

    @Test func anImportStoppedHalfWayIsCompletedByRunningItAgain() throws {
        let fixture = try IngestFixture()
        let first = try fixture.write("a.gpx", SampleFiles.gpx())
        let second = try fixture.write("b.gpx", SampleFiles.gpx(name: "Later", startMinute: 60))
        // The first run got through one file before it was stopped.
        _ = fixture.job.run(paths: [first])
        let rerun = fixture.job.run(paths: [first, second])
        #expect(rerun.files.map(\.status) == [.unchanged, .imported])
        #expect(try fixture.activities().count == 2)
    }

    @Test func aFailingWriteRollsBackTheWholeFile() throws {
        let fixture = try IngestFixture()
        let (_, batch) = try fixture.job.readFile(try fixture.write("run.gpx", SampleFiles.gpx()))
        var broken = try #require(batch)
        var clash = broken.activities[0]
        clash.externalId = "another"
        broken.activities.append(clash)  // same primary key: the second insert fails
        #expect(throws: StoreError.self) {
            try fixture.database.importBatch(broken, runnerId: fixture.runner.id, file: "run.gpx")
        }
        #expect(try fixture.activities().isEmpty)
        #expect(try fixture.database.importOrigins(table: .activities, runnerId: fixture.runner.id).isEmpty)
    }

    func gzip(_ text: String) throws -> Data {
        let input = fixtureTemp().appendingPathComponent("f.txt")
        try Data(text.utf8).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-kf", input.path]
        try process.run()
        process.waitUntilExit()
        return try Data(contentsOf: URL(fileURLWithPath: input.path + ".gz"))
    }

    func fixtureTemp() -> URL {
        let url = ScratchFolder.root.appendingPathComponent("cadence-gz-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

struct ISO8601TimestampTests {
    @Test(arguments: [
        ("2024-03-01T06:00:00Z", Int64(1_709_272_800_000), 0 as Int?),
        ("2024-03-01T07:00:00.250+01:00", 1_709_272_800_250, 3600),
        ("2024-03-01 01:00:00 -0500", 1_709_272_800_000, -18000),
        ("2024-03-01T06:00:00", 1_709_272_800_000, nil),
        ("1901-01-01T00:00:00Z", -2_177_452_800_000, 0),
    ])
    func parses(text: String, millis: Int64, offset: Int?) throws {
        let parsed = try #require(ISO8601Timestamp.parse(text))
        #expect(parsed.millis == millis)
        #expect(parsed.offsetSeconds == offset)
    }

    @Test func rejectsGarbage() {
        #expect(ISO8601Timestamp.parse("yesterday") == nil)
        #expect(ISO8601Timestamp.parse("2024-13-01T00:00:00Z") == nil)
    }
}
