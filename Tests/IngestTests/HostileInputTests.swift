import CadenceCore
import Foundation
@testable import Ingest
import Store
import Testing

/// Issue 17: hostile and damaged files. Each reproduces a case that crashed, ran without bound
/// or lost a whole file, and checks the file's report says what was kept and what was dropped.
struct HostileInputTests {
    // MARK: - One XML stack: invalid encoding is a per-file error

    @Test(arguments: ["gpx", "tcx"])
    func anInvalidUTF8ByteInAnElementNameIsAClearErrorNotACrash(format: String) throws {
        let fixture = try IngestFixture()
        var text = Data((format == "gpx" ? SampleFiles.gpx() : SampleFiles.tcx).utf8)
        let name = Data((format == "gpx" ? "<ele>" : "<AltitudeMeters>").utf8)
        let at = try #require(text.range(of: name))
        text[at.lowerBound + 2] = 0xFF  // <e\xFFe> : not UTF-8
        let path = try fixture.write("bad.\(format)", text)
        let good = try fixture.write("good.gpx", SampleFiles.gpx(startMinute: 600))
        let report = fixture.job.run(paths: [path, good])
        #expect(report.files.map(\.status) == [.failed, .imported])
        let error = try #require(report.files.first?.error)
        #expect(error.contains("bad.\(format): not a valid \(format.uppercased()) file"), "\(error)")
        #expect(error.contains("UTF-8"), "\(error)")
        #expect(try fixture.activities().count == 1)
    }

    @Test func gpxAndTCXNoLongerUseFoundationXML() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Ingest")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("FoundationXML") && !text.contains("XMLParser("), "\(file) still uses Foundation's XML parser")
        }
    }

    // MARK: - Unbounded work

    /// 200 points alternating between antipodes, a second apart: 4 000 km of "distance" made a
    /// loop of 4 million splits (2.9 GB). The jumps are now GPS glitches, left out and counted.
    @Test func antipodalJumpsAreGlitchesNotFourThousandKilometres() throws {
        let fixture = try IngestFixture()
        var gpx = #"<?xml version="1.0"?><gpx version="1.1" creator="x"><trk><name>Jumpy</name><trkseg>"#
        for i in 0 ..< 200 {
            let (lat, lon) = i % 2 == 0 ? (45.0, 0.0) : (-45.0, 180.0)
            gpx += #"<trkpt lat="\#(lat)" lon="\#(lon)"><time>2024-03-01T06:\#(String(format: "%02d:%02d", i / 60, i % 60))Z</time></trkpt>"#
        }
        gpx += "</trkseg></trk></gpx>"
        let report = fixture.job.run(paths: [try fixture.write("jumps.gpx", gpx)])
        #expect(report.files.first?.status == .imported, "\(report.files)")
        #expect(report.files.first?.warnings?.contains { $0.contains("199 GPS jump(s)") } == true, "\(report.files)")
        let activity = try #require(try fixture.activities().first)
        #expect(activity.distanceMeters == 0)
        #expect(activity.splits == nil)
    }

    /// The same points without times cannot be told from a real track by speed: 4 000 km is
    /// beyond the per-activity limit, and the track has no times anyway, so nothing is imported.
    @Test func aHugeUntimedTrackIsRefusedInBoundedTime() throws {
        let fixture = try IngestFixture()
        var gpx = #"<?xml version="1.0"?><gpx version="1.1" creator="x"><trk><trkseg>"#
        for i in 0 ..< 200 { gpx += i % 2 == 0 ? #"<trkpt lat="45" lon="0"/>"# : #"<trkpt lat="-45" lon="180"/>"# }
        gpx += "</trkseg></trk></gpx>"
        let report = fixture.job.run(paths: [try fixture.write("untimed.gpx", gpx)])
        #expect(report.files.first?.status == .failed)
        #expect(report.files.first?.error?.contains("no times") == true, "\(report.files)")
    }

    /// A 1.6 KB TCX whose device distance jumps to 10^15 m: the splits loop never ended.
    @Test func aTCXWithAnAbsurdDistanceIsDroppedWithTheLimitNamed() throws {
        let fixture = try IngestFixture()
        let tcx = SampleFiles.tcx.replacingOccurrences(of: "<DistanceMeters>500.0</DistanceMeters>", with: "<DistanceMeters>1e15</DistanceMeters>")
        #expect(tcx != SampleFiles.tcx)
        let report = fixture.job.run(paths: [try fixture.write("far.tcx", tcx)])
        let file = try #require(report.files.first)
        #expect(file.status == .imported, "\(file)")
        // The laps' own distances are plausible, so the activity stays, without splits from the broken track.
        let activity = try #require(try fixture.activities().first)
        #expect(activity.distanceMeters == 2000)
        #expect(activity.splits == nil)
    }

    @Test func anActivityBeyondTheDistanceOrDurationLimitIsDroppedAndTheOthersImport() throws {
        let fixture = try IngestFixture()
        let tcx = SampleFiles.tcx.replacingOccurrences(of: "<TotalTimeSeconds>300</TotalTimeSeconds><DistanceMeters>1000</DistanceMeters>",
                                                        with: "<TotalTimeSeconds>1e300</TotalTimeSeconds><DistanceMeters>1e300</DistanceMeters>")
        #expect(tcx != SampleFiles.tcx)
        let report = fixture.job.run(paths: [try fixture.write("absurd.tcx", tcx), try fixture.write("ok.gpx", SampleFiles.gpx())])
        #expect(report.files.map(\.status) == [.failed, .imported])
        let error = try #require(report.files.first?.error)
        #expect(error.contains("beyond the 2000 km limit per activity"), "\(error)")
    }

    @Test func aStravaActivityWithHugeNumbersDoesNotCrash() throws {
        let fixture = try IngestFixture()
        let json = StravaImportTests.detailed
            .replacingOccurrences(of: #""elapsed_time": 3420"#, with: #""elapsed_time": 1e300"#)
            .replacingOccurrences(of: #""utc_offset": -25200"#, with: #""utc_offset": 1e19"#)
            .replacingOccurrences(of: #""time": {"data": [0, 1, 2]}"#, with: #""time": {"data": [0, 1e300, 2]}, "distance": {"data": [0, 1e12, 2e12]}"#)
        let report = fixture.job.run(paths: [try fixture.write("huge.json", json)])
        let file = try #require(report.files.first)
        #expect(file.status == .failed, "\(file)")
        #expect(file.error?.contains("beyond the 14-day limit per activity") == true, "\(file)")
    }

    // MARK: - Archives

    func gzip(_ data: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-9", "-c"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // Written from another thread: gzip's output pipe fills while we write.
        let writer = Thread { input.fileHandleForWriting.write(data); try? input.fileHandleForWriting.close() }
        writer.start()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return result
    }

    @Test func aZipBombIsRefusedBeforeAnythingIsWritten() throws {
        let fixture = try IngestFixture()
        let bomb = Data(count: 200 << 20)  // 200 MiB of zeros deflate to about 200 KB
        let path = try fixture.zip("bomb.zip", [("export.xml", bomb)], compressLevel: 9)
        let report = fixture.job.run(paths: [path])
        #expect(report.files.map(\.status) == [.failed])
        #expect(report.files.first?.error?.contains("expands more than 200 times") == true, "\(report.files)")
        #expect(fixture.temporaryFolders.paths.isEmpty)
    }

    @Test func aGzipBombInsideAZipIsRefused() throws {
        let fixture = try IngestFixture()
        let inner = try gzip(Data(count: 100 << 20))  // 100 MiB of zeros → about 100 KB of gzip
        let path = try fixture.zip("strava.zip", [("activities/1.gpx.gz", inner), ("ok.gpx", Data(SampleFiles.gpx().utf8))], compressLevel: 9)
        let report = fixture.job.run(paths: [path])
        #expect(report.files.map(\.status).sorted { $0.rawValue < $1.rawValue } == [.failed, .imported], "\(report.files)")
        let failed = try #require(report.files.first { $0.status == .failed })
        #expect(failed.error?.contains("gzip: it") == true, "\(failed)")
    }

    @Test func anEntryThatUnpacksToMoreThanItsHeaderSaysIsRefused() throws {
        let fixture = try IngestFixture()
        let path = try fixture.zip("liar.zip", [("a.gpx", Data(SampleFiles.gpx().utf8))], compressLevel: 9)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        // The central directory's uncompressed size (offset 24 in the 46-byte entry) says 100 bytes.
        let central = try #require(bytes.range(of: Data([0x50, 0x4B, 0x01, 0x02]))).lowerBound
        bytes.replaceSubrange(central + 24 ..< central + 28, with: [100, 0, 0, 0])
        try bytes.write(to: URL(fileURLWithPath: path))
        let report = fixture.job.run(paths: [path])
        #expect(report.files.map(\.status) == [.failed])
        #expect(report.files.first?.error?.contains("more than the 100 bytes its header declares") == true, "\(report.files)")
    }

    @Test func tooManyEntriesAreRefusedFromTheEndRecord() throws {
        let fixture = try IngestFixture()
        var bytes = ZipImportTests.zip64([("a.gpx", Data(SampleFiles.gpx().utf8))])
        // The ZIP64 end record's entry count (offset 32) claims 200 000 entries.
        let record = try #require(bytes.range(of: Data([0x50, 0x4B, 0x06, 0x06]), options: .backwards)).lowerBound
        let count = withUnsafeBytes(of: UInt64(200_000).littleEndian) { Data($0) }
        bytes.replaceSubrange(record + 32 ..< record + 40, with: count)
        let path = try fixture.write("many.zip", bytes)
        let report = fixture.job.run(paths: [path])
        #expect(report.files.map(\.status) == [.failed])
        #expect(report.files.first?.error?.contains("it has 200000 entries, more than the 100000 allowed") == true, "\(report.files)")
    }

    @Test func extractedFilesArePrivateAndRemoved() throws {
        let fixture = try IngestFixture()
        let path = try fixture.zip("export.zip", [("apple_health_export/export.xml", Data(AppleHealthImportTests.export.utf8))], compressLevel: 9)
        let folder = try TemporaryFolders.shared.make()
        defer { TemporaryFolders.shared.remove(folder) }
        let files = try ZipArchive(url: URL(fileURLWithPath: path)).extractAll(to: folder)
        func mode(_ path: String) throws -> Int {
            try #require((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue)
        }
        #expect(try mode(folder.path) == 0o700)
        #expect(try mode(URL(fileURLWithPath: files[0]).deletingLastPathComponent().path) == 0o700)
        #expect(try mode(files[0]) == 0o600)
        TemporaryFolders.shared.remove(folder)
        #expect(!FileManager.default.fileExists(atPath: folder.path))

        let report = fixture.job.run(paths: [path])
        #expect(report.files.first?.status == .imported, "\(report.files)")
        #expect(fixture.temporaryFolders.paths.isEmpty)
    }

    // MARK: - Caps

    @Test func aHugeAttributeIsCutAndReported() throws {
        let fixture = try IngestFixture()
        let long = String(repeating: "é", count: 100_000)  // 200 KB
        let export = AppleHealthImportTests.export.replacingOccurrences(of: #"sourceName="Alex’s iPhone""#, with: #"sourceName="\#(long)""#)
        #expect(export != AppleHealthImportTests.export)
        let report = fixture.job.run(paths: [try fixture.write("export.xml", export)])
        let file = try #require(report.files.first)
        #expect(file.status == .imported, "\(file)")
        #expect(file.warnings?.contains { $0.contains("longer than 4096 bytes were cut") } == true, "\(file)")
        for activity in try fixture.activities() {
            #expect((activity.deviceName ?? "").utf8.count <= ImportedText.maxLength * 2)
        }
    }

    /// XML cannot carry control characters (libxml2 refuses them), but JSON can.
    @Test func escapeSequencesInNamesAreNotStored() throws {
        let fixture = try IngestFixture()
        let json = StravaImportTests.detailed.replacingOccurrences(of: #""name": "Tempo Tuesday""#,
                                                                   with: #""name": "Tempo\u001b]0;owned\u0007\u001b[2J Tuesday""#)
        #expect(json != StravaImportTests.detailed)
        let report = fixture.job.run(paths: [try fixture.write("esc.json", json)])
        #expect(report.files.first?.status == .imported, "\(report.files)")
        let name = try #require(try fixture.activities().first?.name)
        #expect(name == "Tempo]0;owned[2J Tuesday")
    }

    // MARK: - Salvage

    /// A recording cut 19 bytes short of its header's size (as the Strava Android file): the
    /// complete records are kept, the lost session is rebuilt from them, and the activity is
    /// flagged partial.
    /// Found by the fuzzer (`Fuzz/run fit`): a full timestamp near the top of Int64, then a compressed one, trapped
    /// on the overflow of timestamp + offset. Now a format problem, salvaged or refused, never a crash.
    @Test func aCompressedTimestampPastTheLargestTimeIsAProblemNotACrash() {
        let data = Data(base64Encoded: "DiBUCKcAAAAuRklU8k9QAAAAAAMAAQABAoQEYC8AAP///////////3////////////////////8m/////////////////////////yj///////////////////////////////////////////////////////////////////8Emg4A")!
        #expect(throws: FormatProblem.self) { try FITDecoder.decode(data) }
        _ = try? FITDecoder.decodeSalvaging(data)
    }

    @Test func aTruncatedFITKeepsItsCompleteRecordsAndIsPartial() throws {
        let fixture = try IngestFixture()
        let whole = SampleFIT.run().file()
        let path = try fixture.write("cut.fit", Data(whole.prefix(whole.count - 19)))
        let report = fixture.job.run(paths: [path])
        let file = try #require(report.files.first)
        #expect(file.status == .imported, "\(file)")
        let warnings = (file.warnings ?? []).joined(separator: " | ")
        #expect(warnings.contains("partial import: the file is 19 byte(s) shorter than its header says"), "\(warnings)")
        let activity = try #require(try fixture.activities().first)
        #expect(activity.rawPayload?.contains(#""partial":true"#) == true)
        #expect(activity.startTime == SampleFIT.t0Millis)
        // The last complete record before the cut is the 21st, 100 s in, 300 m.
        #expect(activity.distanceMeters == 300)
        #expect(activity.activityType == .running)
    }

    @Test func aFITCutInsideItsRecordsKeepsThoseBefore() throws {
        let fixture = try IngestFixture()
        let whole = SampleFIT.run().file()
        let path = try fixture.write("cut.fit", Data(whole.prefix(whole.count / 2)))
        let report = fixture.job.run(paths: [path])
        let file = try #require(report.files.first)
        #expect(file.status == .imported, "\(file)")
        #expect(file.warnings?.contains { $0.contains("session summary was cut off; the activity was rebuilt from its") } == true, "\(file)")
        let activity = try #require(try fixture.activities().first)
        #expect(activity.startTime == SampleFIT.t0Millis)
        #expect(activity.endTime > activity.startTime)
        #expect(activity.endTime < SampleFIT.t0Millis + 100_000)
    }

    @Test func aFITSessionWithoutAStartTimeTakesItFromTheRecords() throws {
        let t0 = SampleFIT.t0
        var fit = FITEncoder()
        fit.define(local: 0, global: 0, [(0, 1, 0x00), (1, 2, 0x84), (4, 4, 0x86)])
        fit.data(local: 0, [.int(4), .int(1), .int(t0)])
        // Records with compressed timestamps only: their times count from file_id.time_created.
        fit.define(local: 1, global: 20, [(5, 4, 0x86), (3, 1, 0x02)])
        for i in Int64(1) ... 10 { fit.data(local: 1, [.int(i * 300), .int(140)], compressedOffset: UInt8((t0 + i * 3) & 0x1F)) }
        // The session: no start_time, its timestamp compressed too.
        fit.define(local: 2, global: 18, [(7, 4, 0x86), (9, 4, 0x86), (5, 1, 0x00)])
        fit.data(local: 2, [.int(27_000), .int(300_000), .int(1)], compressedOffset: UInt8((t0 + 30) & 0x1F))
        let fixture = try IngestFixture()
        let report = fixture.job.run(paths: [try fixture.write("nostart.fit", Data(fit.file()))])
        let file = try #require(report.files.first)
        #expect(file.status == .imported, "\(file)")
        #expect(file.warnings?.contains { $0.contains("no start time; it was taken from the first record") } == true, "\(file)")
        let activity = try #require(try fixture.activities().first)
        #expect(activity.startTime == SampleFIT.t0Millis + 3000)
        #expect(activity.distanceMeters == 3000)
    }

    @Test func aGPXTrackWithoutTimesIsSkippedAndTheOthersImport() throws {
        let fixture = try IngestFixture()
        var gpx = SampleFiles.gpx()
        let untimed = #"<trk><name>Planned route</name><trkseg><trkpt lat="50" lon="8"/><trkpt lat="50.01" lon="8"/></trkseg></trk>"#
        gpx = gpx.replacingOccurrences(of: "</gpx>", with: untimed + "</gpx>")
        let report = fixture.job.run(paths: [try fixture.write("two.gpx", gpx)])
        let file = try #require(report.files.first)
        #expect(file.status == .imported, "\(file)")
        #expect(file.warnings == [#"track 2 ("Planned route") has points but no times, so it cannot be placed in your history; it was not imported"#])
        #expect(try fixture.activities().map(\.name) == ["Morning Run"])
    }

    // MARK: - Terra

    @Test func aTerraBodyPayloadInAnotherShapeIsReportedNotUnchanged() throws {
        let fixture = try IngestFixture()
        let json = #"""
        {"type": "body", "user": {"provider": "WITHINGS", "user_id": "u1"},
         "data": [{"metadata": {"start_time": "2024-03-01T07:00:00Z", "end_time": "2024-03-01T07:00:00Z"},
                   "measurements_data": {"measurements": {"weight_kg": 70.2}}}]}
        """#
        let report = fixture.job.run(paths: [try fixture.write("body.json", json)])
        let file = try #require(report.files.first)
        #expect(file.status == .failed, "\(file)")
        #expect(file.error?.contains(#"measurements_data has no "measurements" list"#) == true, "\(file)")
    }
}
