import CadenceCore
import Foundation
@testable import Ingest
import Store
import Testing

/// Apple Health exports (with the inline DTD real exports carry) imported through `ImportJob`.
struct AppleHealthImportTests {
    static let export = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE HealthData [
    <!-- HealthKit Export Version: 14 -->
    <!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
    <!ATTLIST HealthData
      locale CDATA #REQUIRED
    >
    <!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
    <!ATTLIST Record
      type          CDATA #REQUIRED
      unit          CDATA #IMPLIED
      value         CDATA #IMPLIED
      sourceName    CDATA #REQUIRED
      startDate     CDATA #REQUIRED
      endDate       CDATA #REQUIRED
    >
    ]>
    <HealthData locale="en_US">
     <ExportDate value="2024-03-10 09:00:00 -0800"/>
     <Me HKCharacteristicTypeIdentifierDateOfBirth="1990-01-01" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>
     <Record type="HKQuantityTypeIdentifierStepCount" sourceName="Alex’s iPhone" unit="count" startDate="2024-03-05 08:00:00 -0800" endDate="2024-03-05 08:10:00 -0800" value="1000"/>
     <Record type="HKQuantityTypeIdentifierStepCount" sourceName="Alex’s iPhone" unit="count" startDate="2024-03-05 12:00:00 -0800" endDate="2024-03-05 12:10:00 -0800" value="500"/>
     <Record type="HKQuantityTypeIdentifierStepCount" sourceName="Alex’s Apple\u{00A0}Watch" unit="count" startDate="2024-03-05 08:00:00 -0800" endDate="2024-03-05 08:10:00 -0800" value="1200"/>
     <Record type="HKQuantityTypeIdentifierDistanceWalkingRunning" sourceName="Alex’s Apple\u{00A0}Watch" unit="mi" startDate="2024-03-05 08:00:00 -0800" endDate="2024-03-05 08:10:00 -0800" value="1"/>
     <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Watch" unit="count/min" startDate="2024-03-05 08:00:00 -0800" endDate="2024-03-05 08:00:00 -0800" value="60"/>
     <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Watch" unit="count/min" startDate="2024-03-05 09:00:00 -0800" endDate="2024-03-05 09:00:00 -0800" value="90"/>
     <Record type="HKQuantityTypeIdentifierRestingHeartRate" sourceName="Watch" unit="count/min" startDate="2024-03-05 23:00:00 -0800" endDate="2024-03-05 23:00:00 -0800" value="52"/>
     <Record type="HKQuantityTypeIdentifierHeartRateVariabilitySDNN" sourceName="Watch" unit="ms" startDate="2024-03-05 07:00:00 -0800" endDate="2024-03-05 07:01:00 -0800" value="48">
      <HeartRateVariabilityMetadataList><InstantaneousBeatsPerMinute bpm="61" time="7:00:01.00 AM"/></HeartRateVariabilityMetadataList>
     </Record>
     <Record type="HKQuantityTypeIdentifierBodyMass" sourceName="Scale" unit="lb" startDate="2024-03-05 07:00:00 -0800" endDate="2024-03-05 07:00:00 -0800" value="150"/>
     <Correlation type="HKCorrelationTypeIdentifierBloodPressure" sourceName="Cuff" startDate="2024-03-05 07:05:00 -0800" endDate="2024-03-05 07:05:00 -0800">
      <Record type="HKQuantityTypeIdentifierBloodPressureSystolic" sourceName="Cuff" unit="mmHg" startDate="2024-03-05 07:05:00 -0800" endDate="2024-03-05 07:05:00 -0800" value="118"/>
      <Record type="HKQuantityTypeIdentifierBloodPressureDiastolic" sourceName="Cuff" unit="mmHg" startDate="2024-03-05 07:05:00 -0800" endDate="2024-03-05 07:05:00 -0800" value="76"/>
     </Correlation>
     <Record type="HKQuantityTypeIdentifierBloodPressureSystolic" sourceName="Cuff" unit="mmHg" startDate="2024-03-05 07:05:00 -0800" endDate="2024-03-05 07:05:00 -0800" value="118"/>
     <Record type="HKQuantityTypeIdentifierBloodPressureDiastolic" sourceName="Cuff" unit="mmHg" startDate="2024-03-05 07:05:00 -0800" endDate="2024-03-05 07:05:00 -0800" value="76"/>
     <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Alex’s iPhone" startDate="2024-03-05 22:30:00 -0800" endDate="2024-03-06 06:30:00 -0800" value="HKCategoryValueSleepAnalysisInBed"/>
     <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Watch" startDate="2024-03-05 23:00:00 -0800" endDate="2024-03-06 01:00:00 -0800" value="HKCategoryValueSleepAnalysisAsleepCore"/>
     <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Watch" startDate="2024-03-06 01:00:00 -0800" endDate="2024-03-06 02:00:00 -0800" value="HKCategoryValueSleepAnalysisAsleepDeep"/>
     <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Watch" startDate="2024-03-06 02:00:00 -0800" endDate="2024-03-06 02:10:00 -0800" value="HKCategoryValueSleepAnalysisAwake"/>
     <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Watch" startDate="2024-03-06 02:10:00 -0800" endDate="2024-03-06 03:40:00 -0800" value="HKCategoryValueSleepAnalysisAsleepREM"/>
     <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Watch" startDate="2024-03-06 03:40:00 -0800" endDate="2024-03-06 06:10:00 -0800" value="HKCategoryValueSleepAnalysisAsleepCore"/>
     <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="50" durationUnit="min" sourceName="Watch" device="&lt;&lt;HKDevice: 0x1&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch&gt;" startDate="2024-03-06 07:00:00 -0800" endDate="2024-03-06 07:52:00 -0800">
      <MetadataEntry key="HKIndoorWorkout" value="0"/>
      <MetadataEntry key="HKTimeZone" value="America/Los_Angeles"/>
      <MetadataEntry key="HKElevationAscended" value="4500 cm"/>
      <WorkoutEvent type="HKWorkoutEventTypePause" date="2024-03-06 07:20:00 -0800"/>
      <WorkoutEvent type="HKWorkoutEventTypeResume" date="2024-03-06 07:22:00 -0800"/>
      <WorkoutStatistics type="HKQuantityTypeIdentifierHeartRate" startDate="2024-03-06 07:00:00 -0800" endDate="2024-03-06 07:52:00 -0800" average="148.5" minimum="110" maximum="171" unit="count/min"/>
      <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" startDate="2024-03-06 07:00:00 -0800" endDate="2024-03-06 07:52:00 -0800" sum="520" unit="Cal"/>
      <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" startDate="2024-03-06 07:00:00 -0800" endDate="2024-03-06 07:52:00 -0800" sum="10.2" unit="km"/>
      <WorkoutRoute sourceName="Watch" startDate="2024-03-06 07:00:00 -0800" endDate="2024-03-06 07:52:00 -0800">
       <FileReference path="/workout-routes/route_2024-03-06_7.52am.gpx"/>
      </WorkoutRoute>
     </Workout>
     <ActivitySummary dateComponents="2024-03-05" activeEnergyBurned="450" activeEnergyBurnedGoal="600" activeEnergyBurnedUnit="Cal" appleExerciseTime="35" appleStandHours="11"/>
    </HealthData>
    """

    @Test func workoutsSleepDaysAndBodyMeasurements() throws {
        let fixture = try IngestFixture()
        // The file name is localized (Spanish here): it is recognised by its content.
        let path = try fixture.write("apple_health_export/exportar.xml", Self.export)
        let report = fixture.job.run(paths: [path])
        #expect(report.files.first?.status == .imported, "\(report.files)")
        #expect(report.files.first?.format == "applehealth")

        let workout = try #require(try fixture.activities().first)
        #expect(workout.source == .healthkit)
        #expect(workout.activityType == .running)
        #expect(workout.startTime == 1_709_737_200_000)   // 2024-03-06T15:00:00Z
        #expect(workout.durationSeconds == 3000)
        #expect(workout.movingTimeSeconds == 2880)         // a 2-minute pause
        #expect(workout.distanceMeters == 10_200)
        #expect(workout.avgHeartRateBpm == 148.5)
        #expect(workout.maxHeartRateBpm == 171)
        #expect(workout.totalBurnedCalories == 520)
        #expect(workout.elevationGainMeters == 45)
        #expect(workout.deviceName == "Apple Watch")
        let origin = try #require(try fixture.database.importOrigin(table: .activities, recordId: workout.id))
        #expect(origin.timeZone == "America/Los_Angeles")
        #expect(origin.utcOffsetSeconds == -28_800)

        let sleep = try #require(try fixture.database.sleepSessions(runnerId: fixture.runner.id).first)
        #expect(try fixture.database.sleepSessions(runnerId: fixture.runner.id).count == 1)  // one source per night
        #expect(sleep.lightSleepSeconds == 16_200.0)
        #expect(sleep.deepSleepSeconds == 3600)
        #expect(sleep.remSleepSeconds == 5400.0)
        #expect(sleep.totalAwakeSeconds == 600)
        #expect(sleep.totalAsleepSeconds == 25_200.0)
        #expect(sleep.startTime == 1_709_708_400_000)      // 23:00 -08:00
        #expect(sleep.deviceName == "Watch")

        let day = try #require(try fixture.database.dailySummaries(runnerId: fixture.runner.id).first { $0.date == "2024-03-05" })
        #expect(day.totalSteps == 1500)                    // the iPhone's total, not iPhone + Watch
        #expect(day.totalDistanceMeters == 1609.344)
        #expect(day.avgHeartRateBpm == 75)
        #expect(day.minHeartRateBpm == 60)
        #expect(day.restingHeartRateBpm == 52)
        #expect(day.avgHrvSdnn == 48)
        #expect(day.netActivityCalories == 450)
        #expect(day.activitySeconds == 2100.0)
        #expect(day.standingHoursCount == 11)

        let body = try fixture.database.bodyMeasurements(runnerId: fixture.runner.id)
        #expect(body.count == 2)                           // correlation children are not counted twice
        #expect(abs((body.first { $0.measurementType == .weight }?.weightKg ?? 0) - 68.0389) < 0.001)
        let pressure = try #require(body.first { $0.measurementType == .bloodPressure })
        #expect(pressure.systolicMmHg == 118)
        #expect(pressure.diastolicMmHg == 76)

        let again = fixture.job.run(paths: [path])
        #expect(again.files.first?.status == .unchanged)
    }

    @Test func aTruncatedExportImportsNothing() throws {
        let fixture = try IngestFixture()
        let cut = String(Self.export.prefix(Self.export.count * 2 / 3))
        let report = fixture.job.run(paths: [try fixture.write("export.xml", cut)])
        #expect(report.files.map(\.status) == [.failed])
        #expect(report.files.first?.error?.contains("export.xml: not a valid Apple Health file:") == true)
        #expect(try fixture.activities().isEmpty)
        #expect(try fixture.database.dailySummaries(runnerId: fixture.runner.id).isEmpty)
    }

    @Test func malformedXMLIsNamed() throws {
        let fixture = try IngestFixture()
        let broken = Self.export.replacingOccurrences(of: "<ActivitySummary", with: "<ActivitySummary <")
        let report = fixture.job.run(paths: [try fixture.write("export.xml", broken)])
        #expect(report.files.first?.error?.contains("malformed XML at line") == true, "\(report.files)")
    }

    @Test func longFilesReportHowMuchHasBeenRead() throws {
        let fixture = try IngestFixture()
        let record = "<Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"Watch\" unit=\"count/min\" startDate=\"2024-03-05 08:00:00 -0800\" endDate=\"2024-03-05 08:00:00 -0800\" value=\"60\"/>\n"
        let big = Self.export.replacingOccurrences(of: "</HealthData>", with: String(repeating: record, count: 20_000) + "</HealthData>")
        let path = try fixture.write("export.xml", big)
        final class Seen: @unchecked Sendable {
            let lock = NSLock()
            var fractions: [Double] = []
        }
        let seen = Seen()
        let report = fixture.job.run(paths: [path], reading: { _, fraction in
            seen.lock.lock(); seen.fractions.append(fraction); seen.lock.unlock()
        })
        #expect(report.files.first?.status == .imported)
        #expect(seen.fractions.count >= 3)                 // 1 MiB chunks of a ~3 MB file
        #expect(seen.fractions == seen.fractions.sorted())
        #expect(seen.fractions.last == 1)
    }

    /// Exports from before iOS 13 hold the route inline, as `Location` elements.
    @Test func anInlineRouteOfAnOldExportGoesOnItsWorkout() throws {
        let fixture = try IngestFixture()
        let locations = (0..<5).map { i in
            "<Location date=\"2017-05-28 09:41:\(10 + i * 10) -0700\" latitude=\"\(37.78 + Double(i) * 0.0009)\" longitude=\"-122.4\" altitude=\"\(10 + i)\" horizontalAccuracy=\"5\" verticalAccuracy=\"3\" course=\"-1\" speed=\"\(i == 0 ? "-1" : "3.2")\"/>"
        }.joined(separator: "\n")
        let body = """
             <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="1" durationUnit="min" sourceName="Watch" startDate="2017-05-28 09:41:00 -0700" endDate="2017-05-28 09:42:00 -0700">
              <WorkoutRoute sourceName="Watch" startDate="2017-05-28 09:41:10 -0700" endDate="2017-05-28 09:41:50 -0700">
               <MetadataEntry key="HKMetadataKeySyncVersion" value="2"/>
               \(locations)
              </WorkoutRoute>
             </Workout>
            """
        let path = try fixture.write("export.xml", Self.export(body))
        #expect(fixture.job.run(paths: [path]).files.map(\.status) == [.imported])
        let workout = try #require(try fixture.activities().first)
        let positions = try #require(workout.positionSamples.flatMap { try? JSONValue(parsing: $0) }?.arrayValue)
        #expect(positions.count == 5)
        #expect(positions[0]["lat"] == 37.78 && positions[0]["alt"] == 10)
        #expect(positions[0]["timestamp"] == .number(1_495_989_670_000))
        // Speed -1 means not measured.
        let speeds = try #require(workout.speedSamples.flatMap { try? JSONValue(parsing: $0) }?.arrayValue)
        #expect(speeds.count == 4)
        #expect(workout.startLatitude == 37.78)
        #expect(workout.summaryPolyline != nil)
        #expect(fixture.job.run(paths: [path]).files.map(\.status) == [.unchanged])
    }

    /// An export of the given body elements, with the inline DTD of real exports.
    static func export(_ body: String) -> String {
        let head = export.components(separatedBy: "<HealthData locale=\"en_US\">")[0]
        return head + "<HealthData locale=\"en_US\">\n <ExportDate value=\"2024-03-10 09:00:00 -0800\"/>\n" + body + "\n</HealthData>\n"
    }

    static func statistics(_ type: String, _ start: String, _ end: String, _ values: String) -> String {
        "<WorkoutStatistics type=\"HKQuantityTypeIdentifier\(type)\" startDate=\"2024-06-01 \(start) +0200\" endDate=\"2024-06-01 \(end) +0200\" \(values)/>"
    }

    static func activity(_ start: String, _ end: String, minutes: Double, _ children: String...) -> String {
        "<WorkoutActivity uuid=\"\(UUID().uuidString)\" startDate=\"2024-06-01 \(start) +0200\" endDate=\"2024-06-01 \(end) +0200\" duration=\"\(minutes)\" durationUnit=\"min\">"
            + children.joined() + "</WorkoutActivity>"
    }

    @Test func multisportLegsBecomeLapsWithTheirSport() throws {
        let fixture = try IngestFixture()
        let body = """
        <Workout workoutActivityType="HKWorkoutActivityTypeSwimBikeRun" duration="120" durationUnit="min" sourceName="Watch" startDate="2024-06-01 08:00:00 +0200" endDate="2024-06-01 10:00:00 +0200">
         <MetadataEntry key="HKTimeZone" value="Europe/Berlin"/>
         \(Self.activity("08:00:00", "08:30:00", minutes: 30,
                        Self.statistics("DistanceSwimming", "08:00:00", "08:30:00", "sum=\"1500\" unit=\"m\""),
                        Self.statistics("HeartRate", "08:00:00", "08:30:00", "average=\"130\" minimum=\"100\" maximum=\"150\" unit=\"count/min\"")))
         \(Self.activity("08:30:00", "09:30:00", minutes: 60,
                        Self.statistics("DistanceCycling", "08:30:00", "09:30:00", "sum=\"40\" unit=\"km\""),
                        Self.statistics("CyclingPower", "08:30:00", "09:30:00", "average=\"200\" maximum=\"450\" unit=\"W\""),
                        "<MetadataEntry key=\"HKElevationAscended\" value=\"30000 cm\"/>"))
         \(Self.activity("09:30:00", "10:00:00", minutes: 30,
                        Self.statistics("DistanceWalkingRunning", "09:30:00", "10:00:00", "sum=\"7.5\" unit=\"km\""),
                        Self.statistics("HeartRate", "09:30:00", "10:00:00", "average=\"160\" minimum=\"140\" maximum=\"175\" unit=\"count/min\"")))
         \(Self.statistics("DistanceSwimming", "08:00:00", "10:00:00", "sum=\"1500\" unit=\"m\""))
         \(Self.statistics("DistanceCycling", "08:00:00", "10:00:00", "sum=\"40\" unit=\"km\""))
         \(Self.statistics("DistanceWalkingRunning", "08:00:00", "10:00:00", "sum=\"7.5\" unit=\"km\""))
         \(Self.statistics("ActiveEnergyBurned", "08:00:00", "10:00:00", "sum=\"1400\" unit=\"kcal\""))
        </Workout>
        """
        let report = fixture.job.run(paths: [try fixture.write("export.xml", Self.export(body))])
        #expect(report.files.first?.status == .imported, "\(report.files)")
        let workout = try #require(try fixture.activities().first)
        #expect(workout.distanceMeters == 49_000)             // all three sports, not the last one read
        #expect(workout.totalBurnedCalories == 1400)
        #expect(workout.avgHeartRateBpm == 145)               // 130 for 30 min and 160 for 30 min
        #expect(workout.maxHeartRateBpm == 175)
        #expect(workout.avgWatts == 200)
        #expect(workout.elevationGainMeters == 300)
        let laps = try #require(workout.laps.flatMap { try? JSONValue(parsing: $0) }?.arrayValue)
        #expect(laps.map { $0["activityType"] } == ["swimming", "cycling", "running"])
        #expect(laps.map { $0["distanceMeters"] } == [1500, 40_000, 7500])
        #expect(laps[1]["avgWatts"] == 200)
        #expect(laps[1]["elevationGainMeters"] == 300)
        #expect(laps[2]["avgHrBpm"] == 160)
        #expect(laps[2]["avgSpeedMetersPerSecond"] == 4.166667)      // 7.5 km in 30 min, to 6 decimals
        #expect(laps[0]["startTime"] == .number(1_717_221_600_000))   // 08:00 +02:00
        #expect(laps[0]["activeDurationSeconds"] == 1800)
    }

    @Test func aCustomWorkoutWithFiguresOnlyInItsStepsGetsTheirSums() throws {
        let fixture = try IngestFixture()
        let body = """
        <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="20" durationUnit="min" sourceName="WorkOutDoors" startDate="2024-06-01 07:00:00 +0200" endDate="2024-06-01 07:20:00 +0200">
         \(Self.activity("07:00:00", "07:05:00", minutes: 5,
                        "<MetadataEntry key=\"HKIndoorWorkout\" value=\"1\"/>",
                        Self.statistics("DistanceWalkingRunning", "07:00:00", "07:05:00", "sum=\"1\" unit=\"km\""),
                        Self.statistics("ActiveEnergyBurned", "07:00:00", "07:05:00", "sum=\"60\" unit=\"kcal\""),
                        Self.statistics("HeartRate", "07:00:00", "07:05:00", "average=\"150\" minimum=\"120\" maximum=\"160\" unit=\"count/min\"")))
         \(Self.activity("07:05:00", "07:20:00", minutes: 15,
                        Self.statistics("DistanceWalkingRunning", "07:05:00", "07:20:00", "sum=\"3\" unit=\"km\""),
                        Self.statistics("ActiveEnergyBurned", "07:05:00", "07:20:00", "sum=\"200\" unit=\"kcal\""),
                        Self.statistics("HeartRate", "07:05:00", "07:20:00", "average=\"170\" minimum=\"150\" maximum=\"182\" unit=\"count/min\"")))
        </Workout>
        """
        let report = fixture.job.run(paths: [try fixture.write("export.xml", Self.export(body))])
        #expect(report.files.first?.status == .imported, "\(report.files)")
        let workout = try #require(try fixture.activities().first)
        #expect(workout.activityType == .treadmillRunning)     // HKIndoorWorkout written only inside the step
        #expect(workout.distanceMeters == 4000)
        #expect(workout.totalBurnedCalories == 260)
        #expect(workout.avgHeartRateBpm == 165)                // (150·5 + 170·15) / 20
        #expect(workout.minHeartRateBpm == 120)
        #expect(workout.maxHeartRateBpm == 182)
        #expect(workout.avgSpeedMetersPerSecond == 4000.0 / 1200)
        let laps = try #require(workout.laps.flatMap { try? JSONValue(parsing: $0) }?.arrayValue)
        #expect(laps.map { $0["activityType"] } == ["treadmill_running", "treadmill_running"])
    }

    @Test func oneActivitySpanningTheWorkoutChangesNothingOfIt() throws {
        let fixture = try IngestFixture()
        // iOS 17 repeats the workout's statistics in its single WorkoutActivity, and the
        // workout-level ones come after it: neither may be doubled or overwritten.
        let body = """
        <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="30" durationUnit="min" sourceName="Watch" startDate="2024-06-01 07:00:00 +0200" endDate="2024-06-01 07:30:00 +0200">
         <MetadataEntry key="HKElevationAscended" value="8520 cm"/>
         \(Self.activity("07:00:00", "07:30:00", minutes: 30,
                        "<MetadataEntry key=\"HKElevationAscended\" value=\"100 cm\"/>",
                        Self.statistics("DistanceWalkingRunning", "07:00:00", "07:30:00", "sum=\"6\" unit=\"km\""),
                        Self.statistics("HeartRate", "07:00:00", "07:30:00", "average=\"151.2\" minimum=\"98\" maximum=\"176\" unit=\"count/min\"")))
         \(Self.statistics("DistanceWalkingRunning", "07:00:00", "07:30:00", "sum=\"6\" unit=\"km\""))
         \(Self.statistics("HeartRate", "07:00:00", "07:30:00", "average=\"151.2\" minimum=\"98\" maximum=\"176\" unit=\"count/min\""))
        </Workout>
        """
        #expect(fixture.job.run(paths: [try fixture.write("export.xml", Self.export(body))]).files.first?.status == .imported)
        let workout = try #require(try fixture.activities().first)
        #expect(workout.distanceMeters == 6000)
        #expect(workout.avgHeartRateBpm == 151.2)
        #expect(workout.elevationGainMeters == 85.2)
        #expect(workout.laps == nil)
    }

    @Test func heartRateVariabilityWithItsBeatListsAveragesTheSDNNPerDay() throws {
        let fixture = try IngestFixture()
        func hrv(_ time: String, _ sdnn: String, beats: Int) -> String {
            let list = (0 ..< beats).map { "<InstantaneousBeatsPerMinute bpm=\"\(58 + $0 % 7)\" time=\"7:0\($0 / 60):\(String(format: "%02d", $0 % 60)).\($0 % 100) AM\"/>" }.joined(separator: "\n")
            return """
            <Record type="HKQuantityTypeIdentifierHeartRateVariabilitySDNN" sourceName="Watch" unit="ms" creationDate="2024-03-05 \(time) -0800" startDate="2024-03-05 \(time) -0800" endDate="2024-03-05 \(time) -0800" value="\(sdnn)">
             <HeartRateVariabilityMetadataList>
            \(list)
             </HeartRateVariabilityMetadataList>
            </Record>
            """
        }
        let body = [hrv("07:00:00", "40.5", beats: 300), hrv("13:00:00", "55.5", beats: 80), hrv("23:30:00", "60", beats: 0),
                    "<Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"Watch\" unit=\"count/min\" startDate=\"2024-03-05 08:00:00 -0800\" endDate=\"2024-03-05 08:00:00 -0800\" value=\"72\"/>"]
            .joined(separator: "\n")
        let report = fixture.job.run(paths: [try fixture.write("export.xml", Self.export(body))])
        #expect(report.files.first?.status == .imported, "\(report.files)")
        let days = try fixture.database.dailySummaries(runnerId: fixture.runner.id)
        #expect(days.map(\.date) == ["2024-03-05"])
        #expect(days.first?.avgHrvSdnn == 52)                 // (40.5 + 55.5 + 60) / 3
        #expect(days.first?.avgHeartRateBpm == 72)            // the beats are not heart-rate records
    }
}
