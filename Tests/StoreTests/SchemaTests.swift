import CadenceCore
import CadenceTestSupport
import Foundation
import GRDB
import Testing
@testable import Store

/// The database schema against the seed: every field is a column or a key inside a JSON column,
/// and every index the seed lists exists with its columns in order.
struct SchemaTests {
    static let tables = ["activities", "sleepSessions", "dailySummaries", "bodyMeasurements", "runners",
                         "trainingPlans", "plannedSessions", "knowledgeBase", "safeguards"]

    @Test(arguments: tables)
    func everySeedFieldIsStored(table: String) throws {
        let seed = try #require(try SeedDocument.load().tables[table])
        let database = try AppDatabase.inMemory()
        _ = try PopulatedDatabase(database)
        let (columns, stored) = try database.reader.read { db in
            (try db.columns(in: table).map(\.name),
             try Row.fetchOne(db, sql: "SELECT * FROM \(table) LIMIT 1"))
        }
        let row = try #require(stored)
        for field in seed.topLevelFields {
            #expect(columns.contains(field.name), "\(table).\(field.name) has no column")
        }
        // Nested fields live in JSON columns: parse them and collect their key paths.
        var paths: Set<String> = Set(columns)
        for column in columns {
            let value: DatabaseValue = row[column]
            guard case .string(let text) = value.storage, let json = try? JSONValue(parsing: text),
                  json.objectValue != nil || json.arrayValue != nil else { continue }
            paths.formUnion(Self.keyPaths(json, prefix: column + "."))
        }
        let missing = seed.fieldPaths.filter { !paths.contains($0) }
        #expect(missing == [], "\(table) does not store \(missing)")
    }

    @Test(arguments: tables)
    func everySeedIndexExists(table: String) throws {
        let seed = try #require(try SeedDocument.load().tables[table])
        let database = try AppDatabase.inMemory()
        let indexes = try database.reader.read { db in try db.indexes(on: table) }
        #expect(!seed.indexes.isEmpty)
        for index in seed.indexes {
            let found = indexes.first { $0.name == "\(table)_\(index.name)" }
            #expect(found?.columns == index.columns, "\(table).\(index.name) on \(index.columns)")
        }
    }

    @Test func requiredSeedFieldsAreNotNull() throws {
        let seed = try SeedDocument.load()
        let database = try AppDatabase.inMemory()
        for table in Self.tables {
            let columns = try database.reader.read { db in
                Dictionary(uniqueKeysWithValues: try db.columns(in: table).map { ($0.name, $0) })
            }
            for field in try #require(seed.tables[table]).topLevelFields {
                #expect(columns[field.name]?.isNotNull == !field.optional, "\(table).\(field.name)")
            }
        }
    }

    static func keyPaths(_ value: JSONValue, prefix: String) -> [String] {
        switch value {
        case .object(let object):
            return object.flatMap { key, child in [prefix + key] + keyPaths(child, prefix: prefix + key + ".") }
        case .array(let items):
            return items.flatMap { keyPaths($0, prefix: prefix) }
        default:
            return []
        }
    }
}
