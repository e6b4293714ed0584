import CadenceCore
import CadenceTestSupport
import Foundation
import GRDB
import Testing
@testable import Store

/// Every table written with every field populated and read back unchanged.
struct RoundTripTests {
    @Test func everyTableRoundTripsEveryField() throws {
        let database = try AppDatabase.inMemory()
        let rows = try PopulatedDatabase(database)
        #expect(try database.user(id: rows.user.id) == rows.user)
        #expect(try database.runner(id: rows.runner.id) == rows.runner)
        #expect(try database.activities(runnerId: rows.runner.id) == [rows.activity])
        #expect(try database.sleepSessions(runnerId: rows.runner.id) == [rows.sleep])
        #expect(try database.dailySummaries(runnerId: rows.runner.id) == [rows.daily])
        #expect(try database.bodyMeasurements(runnerId: rows.runner.id) == [rows.body])
        #expect(try database.trainingPlans(runnerId: rows.runner.id) == [rows.plan])
        #expect(try database.plannedSessions(runnerId: rows.runner.id) == [rows.session])
        #expect(try database.knowledgeEntries() == [rows.knowledge])
        #expect(try database.safeguards() == [rows.safeguard])
    }

    @Test func theFixtureReallyPopulatesOptionalFields() throws {
        let rows = try PopulatedDatabase(try AppDatabase.inMemory())
        // Guards the round trip against passing on a model full of nils.
        #expect(rows.activity.avgHeartRateBpm != nil)
        #expect(rows.activity.userTags?.count == 2)
        #expect(rows.runner.running.hrZones?.zone3?.max != nil)
        #expect(rows.runner.health.injuryDetails?.first?.severity != nil)
        #expect(rows.plan.seasonView.identifiedRisks.first?.monitoringSignals.count == 2)
        #expect(rows.session.structureSegments?.first?.repetitions != nil)
        #expect(rows.safeguard.condition.applicableWhen?.age?.value != nil)
    }

    @Test func exportHoldsEveryRowOfTheRunner() throws {
        let database = try AppDatabase.inMemory()
        let rows = try PopulatedDatabase(database)
        let export = try database.export(runnerId: rows.runner.id)
        #expect(export.runner == rows.runner)
        #expect(export.user == rows.user)
        #expect(export.activities == [rows.activity])
        #expect(export.sleepSessions == [rows.sleep])
        #expect(export.dailySummaries == [rows.daily])
        #expect(export.bodyMeasurements == [rows.body])
        #expect(export.trainingPlans == [rows.plan])
        #expect(export.plannedSessions == [rows.session])
    }

    @Test func openEnumsAreStoredAsPlainText() throws {
        let database = try AppDatabase.inMemory()
        var activity = try PopulatedDatabase(database).activity
        activity.source = .strava
        activity.activityType = .unknown("paddleboarding")
        try database.saveActivities([activity])
        let stored = try database.reader.read { db in
            try Row.fetchOne(db, sql: "SELECT source, activityType FROM activities WHERE id = ?", arguments: [activity.id])
        }
        #expect(stored?["source"] == "strava")
        #expect(stored?["activityType"] == "paddleboarding")
        #expect(try database.activities(runnerId: activity.runnerId).first?.activityType == .unknown("paddleboarding"))
    }
}
