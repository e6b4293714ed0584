import CadenceCore
import Foundation
import Ingest
import Store
import CadenceTestSupport

/// A temp folder with real files, an in-memory database with one runner, and an import job.
struct IngestFixture {
    let folder: URL
    let database: AppDatabase
    let runner: Runner
    let job: ImportJob
    /// The folders this fixture's imports unpack archives into (checked empty after a run).
    let temporaryFolders = TemporaryFolders()

    static let now = Date(timeIntervalSince1970: 1_710_000_000)

    init(importers: [any Importer] = ImportRegistry.standard) throws {
        folder = ScratchFolder.root.appendingPathComponent("cadence-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let clock = Clock.fixed(Self.now)
        database = try AppDatabase.inMemory(clock: clock, ids: .sequential(prefix: "db"))
        runner = try database.createRunner(name: "Alex")
        job = ImportJob(database: database, runner: runner, importers: importers, clock: clock, ids: .sequential(prefix: "rec"),
                        temporaryFolders: temporaryFolders)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url.path
    }

    func activities() throws -> [Activity] { try database.activities(runnerId: runner.id) }

    /// A zip made by Python's zipfile (an outside writer) with the given entries: `.csv` entries
    /// stored, the rest deflated (at `compressLevel` when given).
    func zip(_ name: String, _ entries: [(String, Data)], compressLevel: Int? = nil) throws -> String {
        let source = folder.appendingPathComponent("zip-src-\(UUID().uuidString)")
        for (entry, data) in entries { try write(source.lastPathComponent + "/" + entry, data) }
        let target = folder.appendingPathComponent(name).path
        let level = compressLevel.map { ", compresslevel=\($0)" } ?? ""
        let script = """
        import os, sys, zipfile
        src, dst = sys.argv[1], sys.argv[2]
        with zipfile.ZipFile(dst, "w") as z:
            for root, _, files in os.walk(src):
                for f in sorted(files):
                    p = os.path.join(root, f)
                    z.write(p, os.path.relpath(p, src), zipfile.ZIP_STORED if f.endswith(".csv") else zipfile.ZIP_DEFLATED\(level))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, source.path, target]
        try process.run()
        process.waitUntilExit()
        try FileManager.default.removeItem(at: source)
        return target
    }
}

enum SampleFiles {
    /// 11 points due north 0.0009° apart (≈ 100.07 m), 30 s apart, HR 140…150, cadence 85, ele 100…110.
    static func gpx(version: String = "1.1", type: String? = "running", name: String = "Morning Run",
                    startMinute: Int = 0, points: Int = 11) -> String {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gpx version="\(version)" creator="Garmin Connect" xmlns="http://www.topografix.com/GPX/1/1"
             xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
          <metadata><time>2024-03-01T06:00:00Z</time></metadata>
          <trk><name>\(name)</name>
        """
        if let type { out += "<type>\(type)</type>\n" }
        out += "<trkseg>\n"
        for i in 0 ..< points {
            let seconds = startMinute * 60 + i * 30
            let time = String(format: "2024-03-01T%02d:%02d:%02dZ", 6 + seconds / 3600, seconds / 60 % 60, seconds % 60)
            out += """
            <trkpt lat="\(String(format: "%.4f", 50.0 + Double(i) * 0.0009))" lon="8.0"><ele>\(100 + i)</ele><time>\(time)</time>
              <extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>\(140 + i)</gpxtpx:hr><gpxtpx:cad>85</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>
            </trkpt>

            """
        }
        out += "</trkseg></trk></gpx>\n"
        return out
    }

    /// Two laps of 1000 m (300 s, 320 s), HR and cadence per trackpoint, 60 + 65 kcal; written with
    /// leading whitespace before `<?xml`, as some Strava exports are.
    static let tcx: String = {
        var out = """
          \n<?xml version="1.0" encoding="UTF-8"?>
        <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"
            xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">
         <Activities>
          <Activity Sport="Running">
           <Id>2024-03-02T07:00:00.000+01:00</Id>
        """
        var distance = 0.0
        for (lapIndex, (seconds, calories, avg, max)) in [(300, 60, 150, 160), (320, 65, 155, 165)].enumerated() {
            let lapStart = lapIndex == 0 ? 0 : 300
            out += """
               <Lap StartTime="\(time(lapStart))">
                <TotalTimeSeconds>\(seconds)</TotalTimeSeconds><DistanceMeters>1000</DistanceMeters>
                <MaximumSpeed>3.9</MaximumSpeed><Calories>\(calories)</Calories>
                <AverageHeartRateBpm><Value>\(avg)</Value></AverageHeartRateBpm>
                <MaximumHeartRateBpm><Value>\(max)</Value></MaximumHeartRateBpm>
                <Intensity>Active</Intensity><TriggerMethod>Distance</TriggerMethod>
                <Track>
            """
            for step in 0 ... 10 {
                let t = lapStart + step * seconds / 10
                distance = Double(lapIndex) * 1000 + Double(step) * 100
                out += """
                 <Trackpoint><Time>\(time(t))</Time>
                  <Position><LatitudeDegrees>47.0</LatitudeDegrees><LongitudeDegrees>\(8.0 + distance / 76_000)</LongitudeDegrees></Position>
                  <AltitudeMeters>400</AltitudeMeters><DistanceMeters>\(distance)</DistanceMeters>
                  <HeartRateBpm><Value>\(avg)</Value></HeartRateBpm>
                  <Extensions><ns3:TPX><ns3:Speed>3.3</ns3:Speed><ns3:RunCadence>88</ns3:RunCadence></ns3:TPX></Extensions>
                 </Trackpoint>
                """
            }
            out += "</Track></Lap>\n"
        }
        out += "<Notes>Track session</Notes><Creator><Name>Forerunner 255</Name></Creator></Activity></Activities></TrainingCenterDatabase>\n"
        return out
    }()

    static func time(_ secondsAfterStart: Int) -> String {
        // 06:00:00Z is 07:00:00+01:00.
        String(format: "2024-03-02T06:%02d:%02dZ", secondsAfterStart / 60, secondsAfterStart % 60)
    }
}

extension SampleFiles {
    /// A route as Apple Health exports it (`creator="Apple Health Export"`, speed/course/accuracy
    /// extensions): `points` points due north 0.0009° apart (≈ 100 m), 30 s apart from `start`
    /// (Unix seconds), elevation 20…
    static func appleRoute(start: Int, points: Int = 11) -> String {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gpx version="1.1" creator="Apple Health Export" xmlns="http://www.topografix.com/GPX/1/1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd">
          <metadata>
            <time>2024-03-10T17:00:00Z</time>
          </metadata>
          <trk>
            <name>Route 2024-03-06 7:00am</name>
            <trkseg>

        """
        let formatter = ISO8601DateFormatter()
        for i in 0 ..< points {
            let time = formatter.string(from: Date(timeIntervalSince1970: Double(start + i * 30)))
            out += """
                  <trkpt lon="-122.420000" lat="\(String(format: "%.6f", 37.77 + Double(i) * 0.0009))"><ele>\(20 + i)</ele><time>\(time)</time><extensions><speed>3.336</speed><course>0.5</course><hAcc>3.1</hAcc><vAcc>2.2</vAcc></extensions></trkpt>

            """
        }
        out += "    </trkseg>\n  </trk>\n</gpx>\n"
        return out
    }
}
