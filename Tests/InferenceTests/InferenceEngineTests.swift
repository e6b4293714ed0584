import CadenceCore
import Foundation
import Coaching
import Inference
import Store
import Testing
import TrainingScience

/// The inference engine on constructed histories with known loads, in a real SQLite database.
struct InferenceEngineTests {
    static let dayMillis: Int64 = 86_400_000
    /// 2024-06-01T00:00:00Z, the first day of the history.
    static let firstDay: Int64 = 1_717_200_000_000
    static let threshold = TrainingPaces(vdot: try! VDOT(50)).threshold.midpointSecondsPerKm

    struct World {
        let database: AppDatabase
        let runner: Runner
        let engine: StateRefresh
    }

    /// `days` days of one hour at exactly threshold pace each morning (rTSS 100), the clock at 20:00 on the last day.
    static func world(days: Int = 42, vdot: Double? = 50, configure: (inout Runner) -> Void = { _ in }) throws -> World {
        let now = Date(timeIntervalSince1970: Double(firstDay + Int64(days - 1) * dayMillis + 20 * 3_600_000) / 1000)
        let database = try AppDatabase.inMemory(clock: .fixed(now), ids: .sequential(prefix: "id"))
        var runner = try database.createRunner(name: "Alex")
        if let vdot { try database.setRunnerField(runnerId: runner.id, path: "running.vdot", value: .number(vdot), context: .manual) }
        configure(&runner)
        var activities: [Activity] = []
        for day in 0 ..< days {
            let start = firstDay + Int64(day) * dayMillis + 7 * 3_600_000
            activities.append(run(id: "run-\(day)", runner: runner, start: start, seconds: 3600, meters: 3600 / threshold * 1000))
        }
        try database.saveActivities(activities)
        return World(database: database, runner: runner, engine: StateRefresh(clock: .fixed(now)))
    }

    static func run(id: String, runner: Runner, source: DataSource = .garmin, start: Int64, seconds: Double, meters: Double,
                    hr: Double? = nil, gps: Bool = true) -> Activity {
        var activity = Activity(id: id, runnerId: runner.id, userId: runner.userId, externalId: id, source: source,
                                startTime: start, endTime: start + Int64(seconds * 1000), activityType: .running,
                                importedAt: 0, lastSyncedAt: 0)
        activity.durationSeconds = seconds
        activity.movingTimeSeconds = seconds
        activity.distanceMeters = meters
        activity.avgHeartRateBpm = hr
        if gps { activity.startLatitude = 47 }
        return activity
    }

    @Test func constantThresholdHoursGiveTheClosedFormLoads() throws {
        let world = try Self.world()
        let result = try world.engine.run(database: world.database, runnerId: world.runner.id)
        #expect(result.loads.count == 42)
        #expect(result.loads.values.allSatisfy { abs($0.load - 100) < 1e-9 && $0.method == "rTSS" })
        // 42 days of 100 from zero: CTL = 100(1 − e^(−42/42)), ATL = 100(1 − e^(−42/7)); TSB is going into day 42.
        let state = try #require(try world.database.runner(id: world.runner.id)?.currentState)
        #expect(state.chronicTrainingLoad == ((100 * (1 - exp(-1.0))) * 10).rounded() / 10)   // 63.2
        #expect(state.acuteTrainingLoad == ((100 * (1 - exp(-6.0))) * 10).rounded() / 10)     // 99.8
        #expect(state.trainingStressBalance == ((100 * (exp(-41.0 / 7) - exp(-41.0 / 42))) * 10).rounded() / 10)
        #expect(state.trainingLoadTrend == .building)
        #expect(state.last7DaysRunCount == 7)
        #expect(state.last28DaysRunCount == 28)
        let km = 3600 / Self.threshold
        #expect(abs((state.last7DaysVolume ?? 0) - 7 * km) < 0.06)
        #expect(state.injuryRiskLevel == .low)
        #expect(state.lastCalculatedAt == Self.firstDay + 41 * Self.dayMillis + 20 * 3_600_000)
        let history = try world.database.fieldHistory(runnerId: world.runner.id, path: "currentState.chronicTrainingLoad")
        #expect(history.last?.source == .inferred)
        let runner = try #require(try world.database.runner(id: world.runner.id))
        #expect(runner.running.vdot == 50)   // the runner's own value is kept
        #expect(runner.running.trainingConsistency == .high)
        #expect(abs((runner.running.actualWeeklyVolume ?? 0) - 7 * km) < 0.06)
    }

    @Test func runsAreClassifiedButAGivenClassificationIsKept() throws {
        let world = try Self.world(days: 10)
        var given = try #require(try world.database.activities(runnerId: world.runner.id).first)
        given.sessionType = .easy
        given.sessionTypeSource = .user
        try world.database.saveActivities([given])
        try world.engine.run(database: world.database, runnerId: world.runner.id)
        let activities = try world.database.activities(runnerId: world.runner.id)
        #expect(activities[0].sessionType == .easy)
        #expect(activities[0].sessionTypeSource == .user)
        for activity in activities.dropFirst() {
            #expect(activity.sessionType == .tempo)   // an hour at threshold pace
            #expect(activity.sessionTypeSource == .inferred)
            #expect(activity.sessionTypeConfidence == 0.65)
        }
        // Running it again changes nothing in the activities, and adds no history for unchanged fields.
        let history = try world.database.fieldHistory(runnerId: world.runner.id).count
        try world.engine.run(database: world.database, runnerId: world.runner.id)
        #expect(try world.database.activities(runnerId: world.runner.id) == activities)
        #expect(try world.database.fieldHistory(runnerId: world.runner.id).count == history)
    }

    @Test func dailySummariesGainAggregates() throws {
        let world = try Self.world(days: 3)
        try world.engine.run(database: world.database, runnerId: world.runner.id)
        let days = try world.database.dailySummaries(runnerId: world.runner.id)
        #expect(days.map(\.date) == ["2024-06-01", "2024-06-02", "2024-06-03"])
        #expect(days.allSatisfy { $0.runCount == 1 && $0.activityCount == 1 && $0.runDurationSeconds == 3600 })
        #expect(days.allSatisfy { $0.sources == ["garmin"] })
        #expect(days[0].acuteTrainingLoad == ((100 * (1 - exp(-1.0 / 7))) * 10).rounded() / 10)
    }

    @Test func theSameRunFromTwoSourcesIsOneWorkoutWithFieldRules() throws {
        // A week of history, so the 7-day count is known (issue 16); the first day's run comes from two sources.
        let world = try Self.world(days: 7)
        let start = Self.firstDay + 7 * 3_600_000
        let strava = Self.run(id: "strava-1", runner: world.runner, source: .strava, start: start + 20_000, seconds: 3580,
                              meters: 9000, hr: 155, gps: false)
        try world.database.saveActivities([strava])
        var garmin = try #require(try world.database.activities(runnerId: world.runner.id).first { $0.id == "run-0" })
        garmin.avgHeartRateBpm = nil
        try world.database.saveActivities([garmin])
        let result = try world.engine.run(database: world.database, runnerId: world.runner.id)
        #expect(result.workouts.count == 7)
        let workout = try #require(result.workouts.first)
        #expect(workout.primary.source == .garmin)
        #expect(workout.effective.distanceMeters == garmin.distanceMeters)   // distance from GPS
        #expect(workout.effective.avgHeartRateBpm == 155)                   // HR from the record that has it
        #expect(try world.database.runner(id: world.runner.id)?.currentState.last7DaysRunCount == 7)   // 8 records, 7 runs

        var custom = world.runner
        custom.connections.sourcePrecedence = .init(customPriority: [.init(source: .strava, priority: 0)])
        let linked = LogicalWorkout.link([garmin, strava], precedence: SourcePrecedence(runner: custom))
        #expect(linked.first?.primary.source == .strava)
        #expect(linked.first?.effective.distanceMeters == garmin.distanceMeters)   // still the GPS distance
    }

    /// Issue 16: Apple Health holds the Watch's run and the same run written back by Strava, both
    /// from the `healthkit` source; they are one workout (counted once), told apart by the app or
    /// device that wrote them. Two overlapping records of one recorder stay two.
    @Test func oneRunTwiceInAnAggregatorIsOneWorkout() throws {
        let world = try Self.world(days: 1)
        let start = Self.firstDay + 30 * Self.dayMillis
        var watch = Self.run(id: "hk-watch", runner: world.runner, source: .healthkit, start: start, seconds: 2400, meters: 6500, hr: 144)
        watch.deviceName = "Apple Watch"
        var strava = Self.run(id: "hk-strava", runner: world.runner, source: .healthkit, start: start, seconds: 2400, meters: 6500, gps: false)
        strava.deviceName = "Strava"
        let linked = LogicalWorkout.link([watch, strava], precedence: SourcePrecedence(runner: world.runner))
        #expect(linked.count == 1)
        #expect(linked.first?.members.count == 2)
        #expect(linked.first?.effective.avgHeartRateBpm == 144)
        var again = strava
        again.deviceName = "Apple Watch"
        #expect(LogicalWorkout.link([watch, again], precedence: SourcePrecedence(runner: world.runner)).count == 2)
    }

    @Test func vdotAndPersonalBestsAreEstimatedWhenNobodyGaveThem() throws {
        let world = try Self.world(days: 2, vdot: nil)
        let race = Self.run(id: "race", runner: world.runner, start: Self.firstDay + Self.dayMillis + 18 * 3_600_000,
                            seconds: 1200, meters: 5000)
        try world.database.saveActivities([race])
        try world.engine.run(database: world.database, runnerId: world.runner.id)
        let runner = try #require(try world.database.runner(id: world.runner.id))
        #expect(runner.running.vdot == ((VDOT.value(distanceMeters: 5000, timeSeconds: 1200)) * 10).rounded() / 10)
        #expect(runner.running.vdotSource == .estimated)
        #expect(runner.running.personalBests?.fiveK?.time == 1200)
        #expect(try world.database.fieldHistory(runnerId: world.runner.id, path: "running.vdot").last?.source == .inferred)
        let classified = try world.database.activities(runnerId: world.runner.id).first { $0.id == "race" }
        #expect(classified?.sessionType == .race)
    }

    @Test func readinessAndRiskFollowTheRunnersBaseline() throws {
        let world = try Self.world(days: 42)
        var days: [DailySummary] = []
        for day in 0 ..< 10 {
            days.append(DailySummary(id: "d\(day)", runnerId: world.runner.id, userId: world.runner.userId,
                                     date: String(format: "2024-07-%02d", day + 3), startTime: 0, endTime: 0,
                                     restingHeartRateBpm: day == 9 ? 58 : 50, avgHrvRmssd: day == 9 ? 40 : 60,
                                     sources: ["garmin"], lastUpdatedAt: 0))
        }
        try world.database.saveDailySummaries(days)
        try world.database.setRunnerField(runnerId: world.runner.id, path: "health.injuryDetails",
                                          value: [["type": "shin_splints", "severity": "minor"]], context: .manual)
        try world.engine.run(database: world.database, runnerId: world.runner.id)
        let state = try #require(try world.database.runner(id: world.runner.id)?.currentState)
        #expect(state.latestRestingHr == 58)
        #expect(state.latestHrv == 40)
        #expect(state.readinessFactors?.contains("low_hrv") == true)
        #expect(state.readinessFactors?.contains("elevated_resting_hr") == true)
        #expect((state.readinessScore ?? 100) < 50)
        #expect(state.injuryRiskFactors == ["recent_injury"])
        #expect(state.injuryRiskLevel == .moderate)
    }

    @Test func anEmptyHistoryLeavesLoadsUnset() throws {
        let world = try Self.world(days: 0)
        let result = try world.engine.run(database: world.database, runnerId: world.runner.id)
        #expect(result.currentState.chronicTrainingLoad == nil)
        #expect(result.currentState.last7DaysRunCount == nil)
        #expect(try world.database.runner(id: world.runner.id)?.currentState.lastCalculatedAt != nil)
    }
}

/// Issue 17: an import killed between its commit and the recompute left `currentState` stale and
/// a re-import (unchanged) skipped the recompute. The marker is written with the history and
/// cleared with the derived state.
struct StaleStateTests {
    @Test func anImportMarksTheStateStaleUntilTheEngineRuns() throws {
        let world = try InferenceEngineTests.world(days: 3)
        let id = world.runner.id
        #expect(try world.database.isStateStale(runnerId: id) == false)
        var batch = ImportBatch()
        let activity = InferenceEngineTests.run(id: "new", runner: world.runner, start: InferenceEngineTests.firstDay + 3_600_000,
                                                seconds: 1800, meters: 5000)
        batch.activities.append(.init(activity, externalId: "new"))
        _ = try world.database.importBatch(batch, runnerId: id, file: "a.fit")
        #expect(try world.database.isStateStale(runnerId: id))
        // The same batch again changes nothing, and the marker stays until the state is derived.
        _ = try world.database.importBatch(batch, runnerId: id, file: "a.fit")
        #expect(try world.database.isStateStale(runnerId: id))
        _ = try world.engine.run(database: world.database, runnerId: id)
        #expect(try world.database.isStateStale(runnerId: id) == false)
    }
}
