import CadenceTestSupport
import Foundation
import Testing

/// `cadence import` and the history lists, run as a real process against real files.
struct ImportCommandTests {
    static let gpx = """
    <?xml version="1.0" encoding="UTF-8"?>
    <gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
     <trk><name>Lunch Run</name><type>running</type><trkseg>
      <trkpt lat="50.0000" lon="8.0"><time>2024-03-01T12:00:00Z</time></trkpt>
      <trkpt lat="50.0045" lon="8.0"><time>2024-03-01T12:02:30Z</time></trkpt>
      <trkpt lat="50.0090" lon="8.0"><time>2024-03-01T12:05:00Z</time></trkpt>
     </trkseg></trk>
    </gpx>
    """

    func files(_ cli: CadenceBinary) throws -> (good: String, bad: String) {
        let good = cli.home.appendingPathComponent("lunch.gpx")
        try Data(Self.gpx.utf8).write(to: good)
        let bad = cli.home.appendingPathComponent("broken.gpx")
        try Data(Self.gpx.prefix(200).utf8).write(to: bad)
        return (good.path, bad.path)
    }

    @Test func importReportsCountsAndIsIdempotent() throws {
        let cli = try RunnerCommandTests.withRunner()
        let (good, _) = try files(cli)
        let first = try cli.run("import", good, "--json")
        #expect(first.status == 0, "\(first.stderr)")
        let report = try #require(first.jsonObject)
        let file = try #require((report["files"] as? [[String: Any]])?.first)
        #expect(file["status"] as? String == "imported")
        #expect(file["format"] as? String == "gpx")
        #expect(RunnerCommandTests.field(file, "tables.activities.inserted") as? Int == 1)
        #expect(RunnerCommandTests.field(report, "totals.activities.inserted") as? Int == 1)
        #expect(first.stderr.contains("[1/1] lunch.gpx (gpx)"))

        let second = try cli.run("import", good, "--json")
        #expect(second.status == 0)
        #expect(RunnerCommandTests.field(second.jsonObject as Any, "totals.activities.skipped") as? Int == 1)
        #expect(RunnerCommandTests.field(second.jsonObject as Any, "totals.activities.inserted") as? Int == 0)

        let list = try cli.run("activities", "list", "--json")
        #expect(list.status == 0)
        let activities = try #require(list.jsonObject?["activities"] as? [[String: Any]])
        #expect(activities.count == 1)
        #expect(activities[0]["name"] as? String == "Lunch Run")
        #expect(activities[0]["source"] as? String == "gpx")
        #expect(activities[0]["startTime"] as? Int == 1_709_294_400_000)
        #expect(activities[0]["durationSeconds"] as? Int == 300)
        #expect(abs((activities[0]["distanceMeters"] as? Double ?? 0) - 1000.75) < 0.01)

        let human = try cli.run("activities", "list")
        #expect(human.stdout.contains("2024-03-01 12:00Z  running  1.00 km  5:00  5:00/km  easy  gpx  Lunch Run"))
    }

    @Test func aBadFileIsNamedAndExitsOneWhileTheOthersImport() throws {
        let cli = try RunnerCommandTests.withRunner()
        let (good, bad) = try files(cli)
        let result = try cli.run("import", bad, good)
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.gpx: not a valid GPX file"))
        #expect(result.stderr.contains("1 of 2 files could not be imported"))
        #expect(result.stdout.contains("Imported 1 of 2 files"))
        let list = try cli.run("activities", "list", "--json")
        #expect((list.jsonObject?["activities"] as? [Any])?.count == 1)
    }

    @Test func importUpdatesTheStateAndStateShowsIt() throws {
        let cli = try RunnerCommandTests.withRunner()
        let (good, _) = try files(cli)
        let imported = try cli.run("import", good, "--json")
        // A run from 2024 says nothing about the last 28 days (issue 16): no count, rather than "0 runs".
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(RunnerCommandTests.field(imported.jsonObject as Any, "currentState.last28DaysRunCount") == nil)
        #expect(RunnerCommandTests.field(imported.jsonObject as Any, "currentState.lastCalculatedAt") is Int)
        let state = try cli.run("state", "--json")
        #expect(state.status == 0, "\(state.stderr)")
        let current = try #require(state.jsonObject?["currentState"] as? [String: Any])
        #expect(current["lastCalculatedAt"] is Int)
        #expect(current["chronicTrainingLoad"] is Double || current["chronicTrainingLoad"] is Int)
        let show = try cli.run("runner", "show", "currentState.lastCalculatedAt", "--json")
        #expect(RunnerCommandTests.field(show.jsonObject as Any, "value") as? Int == current["lastCalculatedAt"] as? Int)
        let human = try cli.run("state")
        #expect(human.stdout.contains("Fitness (CTL)"))
    }

    @Test func emptyHistoriesListAsEmptyArrays() throws {
        let cli = try RunnerCommandTests.withRunner()
        #expect((try cli.run("sleep", "list", "--json").jsonObject?["sleepSessions"] as? [Any])?.isEmpty == true)
        #expect((try cli.run("daily", "list", "--json").jsonObject?["dailySummaries"] as? [Any])?.isEmpty == true)
        #expect(try cli.run("activities", "list").stdout.contains("No activities yet"))
    }

    @Test func warningsArePrintedUnderTheirFile() throws {
        let cli = try CadenceBinary()
        #expect(try cli.run("runner", "create", "--name", "Alex").status == 0)
        let folder = cli.home.appendingPathComponent("apple_health_export")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let export = """
            <?xml version="1.0" encoding="UTF-8"?>
            <HealthData locale="en_US">
             <ExportDate value="2024-03-10 09:00:00 -0800"/>
             <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="50" durationUnit="min" sourceName="Watch" startDate="2024-03-06 07:00:00 -0800" endDate="2024-03-06 07:52:00 -0800">
              <WorkoutRoute sourceName="Watch" startDate="2024-03-06 07:00:00 -0800" endDate="2024-03-06 07:52:00 -0800">
               <FileReference path="/workout-routes/route_2024-03-06_7.52am.gpx"/>
              </WorkoutRoute>
             </Workout>
            </HealthData>
            """
        try export.write(to: folder.appendingPathComponent("export.xml"), atomically: true, encoding: .utf8)
        let run = try cli.run("import", folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("activities 1 new"), "\(run.stdout)")
        #expect(run.stdout.contains("\nwarning: export.xml: the running workout of 2024-03-06 07:00:00 -0800 names its route"), "\(run.stdout)")
        // The progress line on stderr carries it too.
        #expect(run.stderr.contains("\n  warning: the running workout of 2024-03-06"), "\(run.stderr)")
    }
}
