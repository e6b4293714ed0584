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
}
