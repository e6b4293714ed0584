import CadenceCore
import Foundation
@testable import Ingest
import Store
import Testing

/// FIT files written by `FITEncoder` (real structure, correct CRCs), decoded and imported.
struct FITImportTests {
    @Test func decodesMessagesSentinelsCompressedTimestampsAndDeveloperFields() throws {
        let messages = try FITDecoder.decode(Data(SampleFIT.run().file()))
        let records = messages.filter { $0.globalNumber == 20 }
        #expect(records.count == 21)
        #expect(records.map { $0.integer(253) } == (0 ... 20).map { SampleFIT.t0 + Int64($0) * 5 })
        #expect(records[10].integer(4) == nil)  // 0xFF is invalid: null, not 255
        #expect(records[9].integer(4) == 85)
        let developer = records[0].developerFields
        #expect(developer.count == 2)
        #expect(developer[0].name == "Power")
        #expect(developer[0].units == "W")
        #expect(developer[0].value == .integer(200))
        #expect(developer[1].name == nil)
        #expect(developer[1].value == .bytes([7]))
        let hrv = try #require(messages.first { $0.globalNumber == 78 })
        #expect(hrv[0] == .array([.integer(800), .integer(810), .integer(790), .integer(805), nil]))
        let session = try #require(messages.first { $0.globalNumber == 18 })
        #expect(session.integer(22) == nil)
    }

    @Test func bigEndianDefinitionsAndTwelveByteHeaders() throws {
        let messages = try FITDecoder.decode(Data(SampleFIT.run(sessionBigEndian: true).file(headerSize: 12)))
        let session = try #require(messages.first { $0.globalNumber == 18 })
        #expect(session.integer(9) == 30_000)
        #expect(session.integer(11) == 25)
    }

    @Test func aRunBecomesAnActivityWithLapsSamplesAndHRV() throws {
        let fixture = try IngestFixture()
        let path = try fixture.write("run.fit", Data(SampleFIT.run().file()))
        let report = fixture.job.run(paths: [path])
        #expect(report.files.first?.status == .imported, "\(report.files)")
        #expect(report.files.first?.format == "fit")
        let activity = try #require(try fixture.activities().first)
        #expect(activity.source == .garmin)
        #expect(activity.deviceManufacturer == "garmin")
        #expect(activity.activityType == .running)
        #expect(activity.startTime == SampleFIT.t0Millis)
        #expect(activity.endTime == SampleFIT.t0Millis + 100_000)
        #expect(activity.durationSeconds == 100)
        #expect(activity.movingTimeSeconds == 95)
        #expect(activity.distanceMeters == 300)
        #expect(activity.totalBurnedCalories == 25)
        #expect(activity.avgSpeedMetersPerSecond == 3.158)
        #expect(activity.avgHeartRateBpm == 151)
        #expect(activity.maxHeartRateBpm == 152)
        #expect(activity.avgCadenceRpm == 85.5)
        // Invalid (0xFFFF) in the session, so it comes from the records, which are flat.
        #expect(activity.elevationGainMeters == 0)
        #expect(abs((activity.startLatitude ?? 0) - 47.0) < 1e-6)
        #expect(abs((activity.avgHrvRmssd ?? 0) - (725.0 / 3).squareRoot()) < 1e-9)
        let laps = try #require(activity.laps.flatMap { try? JSONValue(parsing: $0) }?.arrayValue)
        #expect(laps.count == 2)
        #expect(laps[0]["distanceMeters"] == 150)
        #expect(laps[1]["activeDurationSeconds"] == 45)
        #expect(laps[0]["triggerMethod"] == "distance")
        #expect(laps[1]["triggerMethod"] == "session_end")
        let cadence = try #require(activity.cadenceSamples.flatMap { try? JSONValue(parsing: $0) }?.arrayValue)
        #expect(cadence.count == 20)  // the invalid sample is left out
        let positions = try #require(activity.positionSamples.flatMap { try? JSONValue(parsing: $0) }?.arrayValue)
        #expect(positions.count == 21)
        #expect(positions[0]["alt"] == 100)
        let origin = try #require(try fixture.database.importOrigin(table: .activities, recordId: activity.id))
        #expect(origin.utcOffsetSeconds == 7200)
        #expect(origin.externalId == "fit:\(SampleFIT.t0Millis):running")

        let again = fixture.job.run(paths: [path])
        #expect(again.files.first?.status == .unchanged)
    }

    @Test func chainedFilesAreAllRead() throws {
        let fixture = try IngestFixture()
        let chained = SampleFIT.run().file() + SampleFIT.run(startOffset: 86_400).file(headerSize: 12)
        let report = fixture.job.run(paths: [try fixture.write("chained.fit", Data(chained))])
        #expect(report.totals.activities.inserted == 2, "\(report.files)")
        #expect(try fixture.activities().map(\.startTime) == [SampleFIT.t0Millis, SampleFIT.t0Millis + 86_400_000])
    }

    @Test func sleepLevelsBecomeASleepSession() throws {
        let fixture = try IngestFixture()
        var fit = FITEncoder()
        fit.define(local: 0, global: 0, [(0, 1, 0x00), (1, 2, 0x84), (4, 4, 0x86)])
        fit.data(local: 0, [.int(49), .int(1), .int(SampleFIT.t0)])
        fit.define(local: 1, global: 275, [(253, 4, 0x86), (0, 1, 0x00)])
        // 10 min light, 30 min deep, 20 min REM, 5 min awake, 15 min light, end.
        var t = SampleFIT.t0
        for (level, minutes) in [(2, 10), (3, 30), (4, 20), (1, 5), (2, 15), (1, 0)] {
            fit.data(local: 1, [.int(t), .int(Int64(level))])
            t += Int64(minutes) * 60
        }
        let report = fixture.job.run(paths: [try fixture.write("sleep.fit", Data(fit.file()))])
        #expect(report.totals.sleepSessions.inserted == 1, "\(report.files)")
        let sleep = try #require(try fixture.database.sleepSessions(runnerId: fixture.runner.id).first)
        #expect(sleep.source == .garmin)
        #expect(sleep.lightSleepSeconds == 1500)
        #expect(sleep.deepSleepSeconds == 1800)
        #expect(sleep.remSleepSeconds == 1200)
        #expect(sleep.totalAwakeSeconds == 300)
        #expect(sleep.totalAsleepSeconds == 4500)
        #expect(sleep.inBedSeconds == 4800)
        #expect(sleep.numWakeupEvents == 2)
    }

    static func damage(_ label: String, _ bytes: [UInt8]) -> [UInt8] {
        var b = bytes
        switch label {
        case "truncated": return Array(bytes.prefix(bytes.count - 40))
        case "bad CRC": b[b.count - 30] ^= 0x55
        case "bad header CRC": b[12] ^= 0x01
        default: return bytes + Array(bytes.prefix(20))  // a chained second file cut short
        }
        return b
    }

    // A truncated file keeps its complete records (issue 17): see HostileInputTests. A wrong CRC
    // says the bytes are damaged somewhere, with no telling where: nothing is kept.
    @Test(arguments: [
        ("bad CRC", "file CRC mismatch"),
        ("bad header CRC", "header CRC mismatch"),
    ])
    func damagedFilesImportNothing(label: String, message: String) throws {
        let damage = { Self.damage(label, $0) }
        let fixture = try IngestFixture()
        let path = try fixture.write("damaged.fit", Data(damage(SampleFIT.run().file())))
        let report = fixture.job.run(paths: [path])
        #expect(report.files.map(\.status) == [.failed])
        let error = try #require(report.files.first?.error)
        #expect(error.contains("damaged.fit: not a valid FIT file:"), "\(error)")
        #expect(error.contains(message), "\(label): \(error)")
        #expect(try fixture.activities().isEmpty)
    }

    @Test func aChainedFileCutShortKeepsTheFirstAndSaysWhatWasLost() throws {
        let fixture = try IngestFixture()
        let path = try fixture.write("chained.fit", Data(Self.damage("chained and truncated", SampleFIT.run().file())))
        let report = fixture.job.run(paths: [path])
        let file = try #require(report.files.first)
        #expect(file.status == .imported, "\(file)")
        #expect(file.warnings?.contains { $0.contains("partial import") && $0.contains("(chained file 2)") } == true, "\(file)")
        #expect(try fixture.activities().first?.distanceMeters == 300)
        #expect(throws: FormatProblem.self) { try FITDecoder.decode(Data(Self.damage("truncated", SampleFIT.run().file()))) }
    }

    @Test func aDataMessageBeforeItsDefinitionIsAnError() throws {
        var fit = FITEncoder()
        fit.define(local: 0, global: 0, [(0, 1, 0x00)])
        fit.data(local: 0, [.int(4)])
        var bytes = fit.file()
        bytes[14 + 9] = 0x05  // the data message header now names local type 5
        let fixed = Array(bytes.dropLast(2))
        let crc = FITDecoder.crc(fixed)
        #expect(throws: FormatProblem.self) { try FITDecoder.decode(Data(fixed + [UInt8(crc & 0xFF), UInt8(crc >> 8)])) }
    }

    // MARK: - Buffered heart rate, overnight HRV, sleep assessment

    /// Little-endian 12-bit values packed into bytes, as `hr.event_timestamp_12` is written.
    static func pack12(_ values: [Int64]) -> [Int64] {
        var bytes = [Int64](repeating: 0, count: values.count * 12 / 8)
        for (i, value) in values.enumerated() {
            let bit = i * 12
            bytes[bit / 8] |= (value << Int64(bit % 8)) & 0xFF
            bytes[bit / 8 + 1] |= (value << Int64(bit % 8)) >> 8 & 0xFF
        }
        return bytes
    }

    /// A 10 s run whose records have no heart rate (one does: 90), and the strap's buffered
    /// beats, one a second from the start: an anchor (100 bpm), eight with 12-bit event times
    /// (101…108 bpm) and two with full ones (150 bpm).
    static func runWithBufferedHeartRate() -> FITEncoder {
        let t0 = SampleFIT.t0
        let anchorEvent: Int64 = 5_000_000   // 1/1024 s; its low 12 bits roll over every 4 s
        var fit = FITEncoder()
        fit.define(local: 0, global: 0, [(0, 1, 0x00), (1, 2, 0x84), (4, 4, 0x86)])
        fit.data(local: 0, [.int(4), .int(1), .int(t0)])
        fit.define(local: 1, global: 20, [(253, 4, 0x86), (5, 4, 0x86)])
        fit.define(local: 2, global: 20, [(253, 4, 0x86), (5, 4, 0x86), (3, 1, 0x02)])
        for i in Int64(0) ... 10 {
            if i == 2 { fit.data(local: 2, [.int(t0 + i), .int(i * 300), .int(90)]) } else { fit.data(local: 1, [.int(t0 + i), .int(i * 300)]) }
        }
        fit.define(local: 3, global: 132, [(253, 4, 0x86), (0, 2, 0x84), (9, 4, 0x86), (6, 1, 0x02)])
        fit.data(local: 3, [.int(t0), .int(0), .int(anchorEvent), .int(100)])
        fit.define(local: 4, global: 132, [(10, 12, 0x0D), (6, 8, 0x02)])
        fit.data(local: 4, [.array(pack12((1 ... 8).map { (anchorEvent + $0 * 1024) & 0xFFF })), .array((101 ... 108).map { $0 })])
        fit.define(local: 5, global: 132, [(9, 8, 0x86), (6, 2, 0x02)])
        fit.data(local: 5, [.array([anchorEvent + 9 * 1024, anchorEvent + 10 * 1024]), .array([150, 150])])
        fit.define(local: 6, global: 18, [(253, 4, 0x86), (2, 4, 0x86), (7, 4, 0x86), (9, 4, 0x86), (5, 1, 0x00)])
        fit.data(local: 6, [.int(t0 + 10), .int(t0), .int(10_000), .int(3000), .int(1)])
        return fit
    }

    @Test func bufferedHeartRateFillsTheRecordsThatHaveNone() throws {
        let messages = try FITDecoder.decode(Data(Self.runWithBufferedHeartRate().file()))
        let beats = FITBufferedHeartRate.expand(messages.filter { $0.globalNumber == 132 })
        #expect(beats.count == 11 + 10 * 3)                      // 11 beats, 1 s apart, carried in 250 ms steps
        #expect(beats.last?.time == Double(SampleFIT.t0 + 10))
        #expect(beats.prefix(5).map(\.bpm) == [100, 100, 100, 100, 101])

        let fixture = try IngestFixture()
        let report = fixture.job.run(paths: [try fixture.write("hrm.fit", Data(Self.runWithBufferedHeartRate().file()))])
        #expect(report.files.first?.status == .imported, "\(report.files)")
        let activity = try #require(try fixture.activities().first)
        let hr = try #require(activity.heartRateSamples.flatMap { try? JSONValue(parsing: $0) }?.arrayValue)
        #expect(hr.count == 11)
        #expect(hr.map { $0["timestamp"] } == (0 ... 10).map { .number(Double(SampleFIT.t0Millis + Int64($0) * 1000)) })
        // Each record: the mean of the beats since the previous one (three carried, one new).
        #expect(hr.map { $0["bpm"] } == [100, 100, 90, 102, 103, 104, 105, 106, 107, 119, 150])
        #expect(activity.maxHeartRateBpm == 150)
    }

    @Test func overnightHRVAndTheSleepAssessmentGoOnTheNightAndTheMorning() throws {
        let fixture = try IngestFixture()
        let t0 = SampleFIT.t0   // 2021-09-08T01:46:40Z
        var fit = FITEncoder()
        fit.define(local: 0, global: 0, [(0, 1, 0x00), (1, 2, 0x84), (4, 4, 0x86)])
        fit.data(local: 0, [.int(49), .int(1), .int(t0)])
        // UTC+10: the summary's 21:46:40Z is 07:46:40 on the 8th, local.
        fit.define(local: 1, global: 162, [(253, 4, 0x86), (3, 4, 0x86)])
        fit.data(local: 1, [.int(t0 - 4 * 3600), .int(t0 - 4 * 3600 + 36_000)])
        fit.define(local: 2, global: 275, [(253, 4, 0x86), (0, 1, 0x00)])
        let bedtime: Int64 = t0 - 6 * 3600
        let levels: [(minute: Int64, level: Int64)] = [(0, 2), (30, 3), (60, 4), (80, 1)]
        for (minute, level) in levels { fit.data(local: 2, [.int(bedtime + minute * 60), .int(level)]) }
        fit.define(local: 3, global: 371, [(253, 4, 0x86), (0, 2, 0x84)])
        fit.data(local: 3, [.int(t0 - 5 * 3600), .int(40 * 128)])
        fit.data(local: 3, [.int(t0 - 5 * 3600 + 300), .int(50 * 128 + 64)])
        fit.define(local: 4, global: 370, [(253, 4, 0x86), (0, 2, 0x84), (1, 2, 0x84), (2, 2, 0x84), (6, 1, 0x00)])
        fit.data(local: 4, [.int(t0 - 4 * 3600), .int(48 * 128), .int(45 * 128 + 64), .int(61 * 128), .int(4)])
        fit.define(local: 5, global: 346, [(6, 1, 0x02), (11, 1, 0x02), (3, 1, 0x02), (9, 1, 0x02), (15, 2, 0x84)])
        fit.data(local: 5, [.int(82), .int(3), .int(90), .int(0xFF), .int(1850)])
        let report = fixture.job.run(paths: [try fixture.write("sleep.fit", Data(fit.file()))])
        #expect(report.totals.sleepSessions.inserted == 1, "\(report.files)")
        #expect(report.totals.dailySummaries.inserted == 1)

        let sleep = try #require(try fixture.database.sleepSessions(runnerId: fixture.runner.id).first)
        #expect(sleep.sleepScore == 82)
        #expect(sleep.numWakeupEvents == 3)                       // the watch's count
        #expect(sleep.avgHrvRmssd == 45.5)                        // last night's average
        let contributors = try #require(sleep.sleepContributors.flatMap { try? JSONValue(parsing: $0) })
        #expect(contributors == .object(["deepSleepScore": 90, "averageStressDuringSleep": 18.5]))
        let hrv = try #require(sleep.hrvSamples.flatMap { try? JSONValue(parsing: $0) }?.arrayValue)
        #expect(hrv.map { $0["hrvRmssd"] } == [40, 50.5])
        #expect(try fixture.database.importOrigin(table: .sleepSessions, recordId: sleep.id)?.utcOffsetSeconds == 36_000)

        let day = try #require(try fixture.database.dailySummaries(runnerId: fixture.runner.id).first)
        #expect(day.date == "2021-09-08")
        #expect(day.avgHrvRmssd == 45.5)
        #expect(day.sources == ["garmin"])
        #expect(fixture.job.run(paths: [try fixture.write("sleep.fit", Data(fit.file()))]).files.first?.status == .unchanged)
    }

    @Test func anHRVFileWithoutSleepStagesStillGivesTheDay() throws {
        let fixture = try IngestFixture()
        var fit = FITEncoder()
        fit.define(local: 0, global: 0, [(0, 1, 0x00), (1, 2, 0x84), (4, 4, 0x86)])
        fit.data(local: 0, [.int(44), .int(1), .int(SampleFIT.t0)])
        fit.define(local: 1, global: 371, [(253, 4, 0x86), (0, 2, 0x84)])
        fit.data(local: 1, [.int(SampleFIT.t0), .int(30 * 128)])
        fit.data(local: 1, [.int(SampleFIT.t0 + 300), .int(40 * 128)])
        let report = fixture.job.run(paths: [try fixture.write("hrv.fit", Data(fit.file()))])
        #expect(report.files.first?.status == .imported, "\(report.files)")
        let day = try #require(try fixture.database.dailySummaries(runnerId: fixture.runner.id).first)
        #expect(day.date == "2021-09-08")                        // UTC: the file has no local time
        #expect(day.avgHrvRmssd == 35)                           // no summary: the mean of the values
        #expect(try fixture.database.sleepSessions(runnerId: fixture.runner.id).isEmpty)
    }
}
