import CadenceCore
import Foundation
import Coaching
import Inference
import Store
import Testing

/// Issue 16: derived figures only when the history covers their window; a stated figure the
/// history contradicts widely goes to `fieldsToConfirm`.
struct HistoryCoverageTests {
    static let day = InferenceEngineTests.dayMillis

    @Test func aWindowIsCoveredWhenTheHistoryStartsBeforeItAndIsRecent() {
        let today = 1000
        #expect(HistoryCoverage(recordDays: [today - 27, today], today: today).covers(days: 28))
        #expect(!HistoryCoverage(recordDays: [today - 26, today], today: today).covers(days: 28))     // starts inside the window
        #expect(!HistoryCoverage(recordDays: [today - 400, today - 7], today: today).covers(days: 28)) // nothing in the last 7 days
        #expect(HistoryCoverage(recordDays: [today - 400, today - 6], today: today).covers(days: 28))
        #expect(!HistoryCoverage(recordDays: [], today: today).covers(days: 7))
        #expect(HistoryCoverage(recordDays: [today - 41, today], today: today).coveredWeeks(limit: 8) == 6)
        #expect(HistoryCoverage(recordDays: [today - 400, today], today: today).coveredWeeks(limit: 8) == 8)
    }

    @Test func aYearsOldHistoryWritesNoRecentFigures() throws {
        // 42 days of runs in 2024, the clock three years later.
        let world = try InferenceEngineTests.world(days: 42)
        let later = Date(timeIntervalSince1970: Double(InferenceEngineTests.firstDay + 3 * 365 * Self.day) / 1000)
        let result = try StateRefresh(clock: .fixed(later)).run(database: world.database, runnerId: world.runner.id)
        #expect(result.coverage.covers(days: 28) == false)
        let runner = try #require(try world.database.runner(id: world.runner.id))
        #expect(runner.running.actualWeeklyVolume == nil)
        #expect(runner.running.actualLongRunDistance == nil)
        #expect(runner.running.actualEasyPace == nil)
        #expect(runner.running.trainingConsistency == nil)
        #expect(runner.currentState.last28DaysVolume == nil && runner.currentState.last7DaysVolume == nil)
        // What the history does say is still derived: the load has decayed towards zero.
        #expect((runner.currentState.chronicTrainingLoad ?? -1) < 1)
    }

    @Test func figuresWhoseWindowIsNoLongerCoveredAreCleared() throws {
        let world = try InferenceEngineTests.world(days: 42)
        try world.engine.run(database: world.database, runnerId: world.runner.id)
        #expect(try world.database.runner(id: world.runner.id)?.running.actualWeeklyVolume != nil)
        let later = Date(timeIntervalSince1970: Double(InferenceEngineTests.firstDay + 80 * Self.day) / 1000)
        try StateRefresh(clock: .fixed(later)).run(database: world.database, runnerId: world.runner.id)
        let runner = try #require(try world.database.runner(id: world.runner.id))
        #expect(runner.running.actualWeeklyVolume == nil)
        #expect(runner.running.actualWeeklyVolumeSource == nil)
        #expect(runner.running.trainingConsistencyScore == nil)
        let history = try world.database.fieldHistory(runnerId: world.runner.id, path: "running.actualWeeklyVolume")
        #expect(history.last?.value == .null && history.last?.source == .inferred)
    }

    @Test func aShortHistoryDoesNotSpeakForTheWholeMonth() throws {
        let world = try InferenceEngineTests.world(days: 10)
        try world.engine.run(database: world.database, runnerId: world.runner.id)
        let runner = try #require(try world.database.runner(id: world.runner.id))
        #expect(runner.running.actualWeeklyVolume == nil)
        #expect(runner.currentState.last7DaysRunCount == 7)
        #expect(runner.currentState.last28DaysVolume == nil)
        #expect(runner.running.trainingConsistency == nil)   // fewer than 4 whole weeks
    }

    @Test func aWideDisagreementWithTheRunnerIsToConfirmUntilTheyAnswer() throws {
        // About 99 km a week measured; the runner said 30.
        let world = try InferenceEngineTests.world(days: 42)
        let id = world.runner.id
        try world.database.setRunnerField(runnerId: id, path: "running.currentVolume", value: 30, context: .init(source: .user))
        #expect(try world.database.runner(id: id)?.conversationState.fieldsToConfirm?.contains("running.currentVolume") == false)
        try world.engine.run(database: world.database, runnerId: id)
        var runner = try #require(try world.database.runner(id: id))
        #expect((runner.running.actualWeeklyVolume ?? 0) > 90)
        #expect(runner.running.currentVolume == 30)    // never replaced
        #expect(runner.conversationState.fieldsToConfirm?.contains("running.currentVolume") == true)
        // The runner answers (keeps 30): no longer asked, and a recompute of the same history does not ask again.
        try world.database.confirmRunnerFields(runnerId: id, paths: ["running.currentVolume"], context: .init(source: .user))
        runner = try #require(try world.database.runner(id: id))
        #expect(runner.conversationState.fieldsToConfirm?.contains("running.currentVolume") == false)
        try world.engine.run(database: world.database, runnerId: id)
        runner = try #require(try world.database.runner(id: id))
        #expect(runner.conversationState.fieldsToConfirm?.contains("running.currentVolume") == false)
    }

    @Test func aCloseMeasurementIsNotADisagreement() throws {
        #expect(PlanReadiness.disagree(stated: 30, measured: 20) == false)
        #expect(PlanReadiness.disagree(stated: 30, measured: 12))
        #expect(PlanReadiness.disagree(stated: 30, measured: 0))
        #expect(PlanReadiness.disagree(stated: 3, measured: 0) == false)   // under 5 km apart
        #expect(PlanReadiness.disagree(stated: 20, measured: 40))
    }
}
