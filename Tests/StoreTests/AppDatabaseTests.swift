import CadenceCore
import Foundation
import GRDB
import Testing
@testable import Store

struct AppDatabaseTests {
    @Test func newFileIsOwnerOnlyInWALModeWithForeignKeys() throws {
        let folder = try temporaryDirectory().appendingPathComponent("nested/home")
        let path = folder.appendingPathComponent("cadence.sqlite").path
        let database = try AppDatabase.open(path: path)
        _ = try database.createRunner(name: "Alex")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let folderAttributes = try FileManager.default.attributesOfItem(atPath: folder.path)
        #expect((folderAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        let (journal, foreignKeys) = try database.reader.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(journal == "wal")
        #expect(foreignKeys == true)
    }

    @Test func reopeningKeepsDataAndDoesNotRemigrate() throws {
        let path = try temporaryDirectory().appendingPathComponent("cadence.sqlite").path
        let runner = try AppDatabase.open(path: path).createRunner(name: "Alex")
        let reopened = try AppDatabase.open(path: path)
        #expect(try reopened.runner(id: runner.id) == runner)
        let applied = try reopened.reader.read { db in try AppDatabase.migrator.appliedMigrations(db) }
        #expect(applied == ["0001 seed tables", "0002 runner field history and settings", "0003 import ledger"])
    }

    @Test func aFileThatIsNotADatabaseGetsAClearError() throws {
        let path = try temporaryDirectory().appendingPathComponent("cadence.sqlite").path
        try Data("this is not sqlite, just text that is long enough to look like a header".utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try AppDatabase.open(path: path)
        } throws: { error in
            "\(error)".contains("cannot open the database at \(path)")
        }
    }

    @Test func deletingARunnerRemovesTheirRowsInEveryTable() throws {
        let database = try AppDatabase.inMemory()
        let kept = try PopulatedDatabase(database, runnerId: "kept", seed: 1)
        let gone = try PopulatedDatabase(database, runnerId: "gone", seed: 50_000)
        try database.setDefaultRunner(id: "gone")
        try database.deleteRunner(id: gone.runner.id)

        let counts = try database.reader.read { db in
            try ["users", "runners", "activities", "sleepSessions", "dailySummaries", "bodyMeasurements",
                 "trainingPlans", "plannedSessions", "runnerFieldHistory"].map { table in
                (table, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table) WHERE \(["users", "runners"].contains(table) ? "id" : "runnerId") = ?",
                                         arguments: [table == "users" ? gone.user.id : "gone"]) ?? -1)
            }
        }
        for (table, count) in counts { #expect(count == 0, "\(table) still holds rows of the deleted runner") }
        #expect(try database.defaultRunnerId() == nil)
        // The other runner is untouched, and shared tables (knowledge, safeguards) are not runner data.
        #expect(try database.runner(id: "kept") == kept.runner)
        #expect(try database.activities(runnerId: "kept") == [kept.activity])
        #expect(try database.knowledgeEntries().count == 2)
    }

    @Test func resolvingRunners() throws {
        let database = try AppDatabase.inMemory(ids: .sequential())
        #expect(throws: StoreError.noRunner) { try database.resolveRunner(nil) }
        let alex = try database.createRunner(name: "Alex")
        #expect(try database.resolveRunner(nil) == alex)
        let sam = try database.createRunner(name: "Sam")
        #expect(throws: StoreError.noDefaultRunner(known: ["Alex", "Sam"])) { try database.resolveRunner(nil) }
        #expect(try database.resolveRunner("sam") == sam)
        #expect(try database.resolveRunner(alex.id) == alex)
        #expect(throws: StoreError.runnerNotFound("Kim", known: ["Alex", "Sam"])) { try database.resolveRunner("Kim") }
        try database.setDefaultRunner(id: sam.id)
        #expect(try database.resolveRunner(nil) == sam)
    }
}
