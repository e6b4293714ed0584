import CadenceTestSupport
import CadenceCore
import Foundation
@testable import Ingest
import Store
import Testing

/// Bounded random-mutation fuzzing of every reader inside `swift test` (the libFuzzer run in
/// `Fuzz/run` covers the byte-level decoders with sanitizers; the JSON and CSV importers need
/// the database types, so they are fuzzed here). Each case mutates real-format seeds with a
/// fixed random seed, so a failure reproduces; a crash or trap fails the whole test run, and a
/// reader must either return records or throw `FormatProblem`. `CADENCE_FUZZ_ITERATIONS`
/// raises the default of 300 mutations per seed.
struct FuzzTests {
    static var iterations: Int { ProcessInfo.processInfo.environment["CADENCE_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 300 }

    /// Interesting values: boundaries of the integer widths, huge and tiny decimals, markup.
    static let tokens: [[UInt8]] = [
        [0xFF, 0xFF, 0xFF, 0xFF], [0x7F, 0xFF, 0xFF, 0xFF], [0, 0, 0, 0x80], [0xFF], [0], [0x80],
        Array("1e19".utf8), Array("-1e308".utf8), Array("NaN".utf8), Array("99999999999999999999".utf8),
        Array("<".utf8), Array("&#27;".utf8), Array("\"".utf8), Array("[".utf8), Array("{".utf8), [0xC3], [0xED, 0xA0, 0x80],
    ]

    /// One mutation of `seed`: flipped bits, replaced, inserted or deleted ranges, spliced tokens,
    /// duplicated or truncated tails.
    static func mutate(_ seed: [UInt8], _ random: inout SeededGenerator) -> [UInt8] {
        var bytes = seed
        for _ in 0 ... random.below(4) {
            guard !bytes.isEmpty else { bytes = tokens[random.below(tokens.count)]; continue }
            let at = random.below(bytes.count)
            switch random.below(7) {
            case 0: bytes[at] ^= UInt8(1 << random.below(8))
            case 1: bytes[at] = UInt8(truncatingIfNeeded: random.next())
            case 2: bytes.insert(contentsOf: tokens[random.below(tokens.count)], at: at)
            case 3: bytes.removeSubrange(at ..< min(bytes.count, at + 1 + random.below(16)))
            case 4: bytes = Array(bytes.prefix(at))
            case 5:
                let length = min(bytes.count - at, 1 + random.below(64))
                bytes.insert(contentsOf: bytes[at ..< at + length], at: random.below(bytes.count))
            default:
                let token = tokens[random.below(tokens.count)]
                bytes.replaceSubrange(at ..< min(bytes.count, at + token.count), with: token)
            }
        }
        return bytes
    }

    static let context = ImportContext(runnerId: "r", userId: "u", fileName: "fuzz", clock: .fixed(Date(timeIntervalSince1970: 1_710_000_000)),
                                       ids: .sequential(prefix: "f"))

    /// Runs `importer` on mutations of each seed; it must return or throw `FormatProblem`, and
    /// every activity it returns must pass through the plausibility filter without trapping.
    func fuzz(_ importer: any Importer, seeds: [String], salt: UInt64) {
        var random = SeededGenerator(seed: salt)
        for seed in seeds.map({ Array($0.utf8) }) {
            for _ in 0 ..< Self.iterations {
                let input = Data(Self.mutate(seed, &random))
                do {
                    var batch = try importer.read(input, context: Self.context)
                    ActivityPlausibility.filter(&batch, notes: ImportNotes())
                    ImportedText.clean(&batch)
                } catch is FormatProblem {
                } catch {
                    Issue.record("\(importer.format): \(error) for input \(input.base64EncodedString())")
                }
            }
        }
    }

    @Test func fitFiles() {
        let seeds = [SampleFIT.run().file(), FITImportTests.runWithBufferedHeartRate().file()]
        var random = SeededGenerator(seed: 17)
        for seed in seeds {
            for _ in 0 ..< Self.iterations {
                let input = Data(Self.mutate(seed, &random))
                do {
                    var batch = try FITImporter().read(input, context: Self.context)
                    ActivityPlausibility.filter(&batch, notes: ImportNotes())
                } catch is FormatProblem {
                } catch {
                    Issue.record("fit: \(error) for input \(input.base64EncodedString())")
                }
            }
        }
    }

    @Test func gpxTCXAndAppleHealth() {
        fuzz(GPXImporter(), seeds: [SampleFiles.gpx(), SampleFiles.appleRoute(start: 1_709_708_400)], salt: 1)
        fuzz(TCXImporter(), seeds: [SampleFiles.tcx], salt: 2)
        fuzz(AppleHealthImporter(), seeds: [AppleHealthImportTests.export], salt: 3)
    }

    @Test func jsonAndCSVImporters() {
        fuzz(StravaImporter(), seeds: [StravaImportTests.detailed], salt: 4)
        fuzz(StravaCSVImporter(), seeds: [StravaImportTests.csv], salt: 5)
        fuzz(TerraImporter(), seeds: [TerraImportTests.activity(), TerraImportTests.sleep, TerraImportTests.dailyAndBody], salt: 6)
        var random = SeededGenerator(seed: 7)
        let streams = Array(#"[{"type":"time","data":[0,1,2]},{"type":"distance","data":[0,5,1e300]},{"type":"latlng","data":[[1,2],[91,200],[1,2]]}]"#.utf8)
        for _ in 0 ..< Self.iterations {
            let input = Data(Self.mutate(streams, &random))
            guard let parsed = try? StravaStreams.parse(input) else { continue }
            let points = StravaStreams.points(parsed, start: 1_700_000_000_000)
            var activity = Self.context.newActivity(source: .strava, start: 1_700_000_000_000, end: 1_700_000_100_000, type: .running, externalId: "x")
            TrackSummary.attach(points, to: &activity)
        }
    }

    @Test func gzipAndZip() throws {
        var random = SeededGenerator(seed: 8)
        let gpx = Data(SampleFiles.gpx().utf8)
        let compressed = try #require(try? HostileInputTests().gzip(gpx))
        for _ in 0 ..< Self.iterations {
            let input = Data(Self.mutate(Array(compressed), &random))
            _ = try? Gzip.decompress(input)
            _ = Gzip.head(input)
        }
        let fixture = try IngestFixture()
        let archive = try fixture.zip("seed.zip", [("a.gpx", gpx), ("b/c.tcx", Data(SampleFiles.tcx.utf8))], compressLevel: 9)
        let seed = Array(try Data(contentsOf: URL(fileURLWithPath: archive)))
        let target = fixture.folder.appendingPathComponent("mutant.zip")
        for _ in 0 ..< Self.iterations {
            try Data(Self.mutate(seed, &random)).write(to: target)
            let folder = try TemporaryFolders.shared.make()
            defer { TemporaryFolders.shared.remove(folder) }
            do {
                _ = try ZipArchive(url: target).extractAll(to: folder)
            } catch is FormatProblem {
            } catch {
                // File-system errors (a mutated name that is not a valid path) are reported, not crashes.
            }
        }
    }
}
