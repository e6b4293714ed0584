import CadenceCore
import Foundation
@testable import Ingest
import Store
import Testing

/// Zip archives (Apple Health's export.zip, Strava's account export) imported like folders.
struct ZipImportTests {
    /// Builds a zip of text entries with Python's zipfile (`.csv` stored, the rest deflated).
    func zip(_ fixture: IngestFixture, name: String, entries: [String: String]) throws -> String {
        try fixture.zip(name, entries.map { ($0.key, Data($0.value.utf8)) })
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

    // MARK: - ZIP64

    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0 ..< 8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// A ZIP64 archive as zip tools write one for an export over 4 GB: stored entries whose local
    /// and central headers carry 0xFFFFFFFF sizes and offset and the real values in a ZIP64 extra
    /// field, then a ZIP64 end record, its locator, and an end record with every field saturated.
    static func zip64(_ entries: [(name: String, data: Data)]) -> Data {
        var out = Data()
        func le<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        var central = Data()
        func cle<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { central.append(contentsOf: $0) } }
        for (name, data) in entries {
            let offset = UInt64(out.count), size = UInt64(data.count), crc = crc32(data), nameBytes = Data(name.utf8)
            le(UInt32(0x0403_4B50)); le(UInt16(45)); le(UInt16(0)); le(UInt16(0)); le(UInt16(0)); le(UInt16(0x21)); le(crc)
            le(UInt32.max); le(UInt32.max); le(UInt16(nameBytes.count)); le(UInt16(20))
            out.append(nameBytes)
            le(UInt16(1)); le(UInt16(16)); le(size); le(size)
            out.append(data)
            cle(UInt32(0x0201_4B50)); cle(UInt16(0x032D)); cle(UInt16(45)); cle(UInt16(0)); cle(UInt16(0)); cle(UInt16(0)); cle(UInt16(0x21))
            cle(crc); cle(UInt32.max); cle(UInt32.max); cle(UInt16(nameBytes.count)); cle(UInt16(28)); cle(UInt16(0)); cle(UInt16(0))
            cle(UInt16(0)); cle(UInt32(0o100644 << 16)); cle(UInt32.max)
            central.append(nameBytes)
            cle(UInt16(1)); cle(UInt16(24)); cle(size); cle(size); cle(offset)
        }
        let directoryOffset = UInt64(out.count)
        out.append(central)
        let record = UInt64(out.count)
        le(UInt32(0x0606_4B50)); le(UInt64(44)); le(UInt16(45)); le(UInt16(45)); le(UInt32(0)); le(UInt32(0))
        le(UInt64(entries.count)); le(UInt64(entries.count)); le(UInt64(central.count)); le(directoryOffset)
        le(UInt32(0x0706_4B50)); le(UInt32(0)); le(record); le(UInt32(1))
        le(UInt32(0x0605_4B50)); le(UInt16(0)); le(UInt16(0)); le(UInt16.max); le(UInt16.max); le(UInt32.max); le(UInt32.max); le(UInt16(0))
        return out
    }

    @Test func zip64ArchivesAreRead() throws {
        let fixture = try IngestFixture()
        let path = try fixture.write("export.zip", Self.zip64([
            ("apple_health_export/export.xml", Data(AppleHealthImportTests.export.utf8)),
            ("apple_health_export/workout-routes/\(AttachmentImportTests.routeName)", Data(SampleFiles.appleRoute(start: AttachmentImportTests.workoutStart).utf8)),
        ]))
        // The structure is checked by a second reader too: Python's zipfile, CRCs included.
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; assert len(z.namelist()) == 2", path]
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0)

        let report = fixture.job.run(paths: [path])
        #expect(report.files.map(\.status) == [.imported, .imported], "\(report.files)")
        try AttachmentImportTests().expectRouteOnWorkout(fixture)
    }

    @Test func aZip64ArchiveWithoutItsLocatorFailsWithItsName() throws {
        let fixture = try IngestFixture()
        var data = Self.zip64([("export.xml", Data(AppleHealthImportTests.export.utf8))])
        data[data.count - 42] ^= 0xFF   // the locator's signature
        let path = try fixture.write("export.zip", data)
        let report = fixture.job.run(paths: [path])
        #expect(report.files.map(\.status) == [.failed])
        #expect(report.files.first?.error?.contains("export.zip: not a valid zip file: the zip end record announces ZIP64 but its locator is missing") == true,
                "\(report.files)")
        #expect(try fixture.activities().isEmpty)
    }
}
