import CadenceCore
import Foundation
@testable import Ingest
import Store
import Testing

/// Zip archives (Apple Health's export.zip, Strava's account export) imported like folders.
struct ZipImportTests {
    /// Builds a zip with Python's zipfile (deflated, and one entry stored).
    func zip(_ fixture: IngestFixture, name: String, entries: [String: String]) throws -> String {
        let source = fixture.folder.appendingPathComponent("zip-src-\(UUID().uuidString)")
        for (entry, text) in entries { try fixture.write(source.lastPathComponent + "/" + entry, text) }
        let target = fixture.folder.appendingPathComponent(name).path
        let script = """
        import os, sys, zipfile
        src, dst = sys.argv[1], sys.argv[2]
        with zipfile.ZipFile(dst, "w") as z:
            for root, _, files in os.walk(src):
                for f in sorted(files):
                    p = os.path.join(root, f)
                    z.write(p, os.path.relpath(p, src), zipfile.ZIP_STORED if f.endswith(".csv") else zipfile.ZIP_DEFLATED)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, source.path, target]
        try process.run()
        process.waitUntilExit()
        try FileManager.default.removeItem(at: source)
        return target
    }

    @Test func appleHealthExportZipIsReadLikeTheFolder() throws {
        let fixture = try IngestFixture()
        let path = try zip(fixture, name: "export.zip", entries: [
            "apple_health_export/export.xml": AppleHealthImportTests.export,
            "apple_health_export/export_cda.xml": "<?xml version=\"1.0\"?><ClinicalDocument xmlns=\"urn:hl7-org:v3\"></ClinicalDocument>",
            "apple_health_export/workout-routes/route_2024-03-06_7.52am.gpx": SampleFiles.appleRoute(start: AttachmentImportTests.workoutStart),
        ])
        let report = fixture.job.run(paths: [path])
        #expect(report.files.map(\.path) == [path + "/apple_health_export/export.xml", path + "/apple_health_export/export_cda.xml",
                                             path + "/apple_health_export/workout-routes/route_2024-03-06_7.52am.gpx"])
        #expect(report.files.map(\.status) == [.imported, .ignored, .imported], "\(report.files)")
        #expect(report.files.map(\.format) == ["applehealth", nil, "applehealth-route"])
        #expect(try fixture.activities().map(\.source) == [.healthkit])   // the route is on the workout
        #expect(try fixture.database.sleepSessions(runnerId: fixture.runner.id).count == 1)
        let origin = try fixture.database.importOrigins(table: .activities, runnerId: fixture.runner.id).values.map(\.file)
        #expect(origin.contains(path + "/apple_health_export/export.xml"))
        #expect(fixture.job.run(paths: [path]).files.map(\.status) == [.unchanged, .ignored, .unchanged])
    }

    @Test func stravaExportZipWithGzippedActivityFiles() throws {
        let fixture = try IngestFixture()
        let path = try zip(fixture, name: "strava.zip", entries: ["activities.csv": StravaImportTests.csv, "activities/9.tcx": SampleFiles.tcx])
        let report = fixture.job.run(paths: [path])
        #expect(report.files.map(\.status) == [.imported, .imported], "\(report.files)")
        #expect(try fixture.activities().count == 3)
    }

    @Test func aTruncatedZipFailsWithItsName() throws {
        let fixture = try IngestFixture()
        let path = try zip(fixture, name: "export.zip", entries: ["export.xml": AppleHealthImportTests.export])
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
        let report = fixture.job.run(paths: [path])
        #expect(report.files.map(\.status) == [.failed])
        #expect(report.files.first?.error?.contains("export.zip: not a valid zip file: no zip central directory") == true, "\(report.files)")
        #expect(try fixture.activities().isEmpty)
    }
}
