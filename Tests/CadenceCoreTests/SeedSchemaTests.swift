import CadenceCore
import CadenceTestSupport
import Foundation
import Testing

/// The Swift types carry the seed's fields 1-1: same names, same nesting, nothing missing, nothing invented.
struct SeedSchemaTests {
    static let seed = Result { try SeedDocument.load() }

    static let types: [(table: String, encode: @Sendable () throws -> JSONValue)] = [
        ("activities", { try JSONValue(encoding: ArbitraryValue.make(Activity.self)) }),
        ("sleepSessions", { try JSONValue(encoding: ArbitraryValue.make(SleepSession.self)) }),
        ("dailySummaries", { try JSONValue(encoding: ArbitraryValue.make(DailySummary.self)) }),
        ("bodyMeasurements", { try JSONValue(encoding: ArbitraryValue.make(BodyMeasurement.self)) }),
        ("runners", { try JSONValue(encoding: ArbitraryValue.make(Runner.self)) }),
        ("trainingPlans", { try JSONValue(encoding: ArbitraryValue.make(TrainingPlan.self)) }),
        ("plannedSessions", { try JSONValue(encoding: ArbitraryValue.make(PlannedSession.self)) }),
        ("knowledgeBase", { try JSONValue(encoding: ArbitraryValue.make(KnowledgeEntry.self)) }),
        ("safeguards", { try JSONValue(encoding: ArbitraryValue.make(Safeguard.self)) }),
    ]

    @Test func seedDocumentDeclaresNineTables() throws {
        let seed = try Self.seed.get()
        #expect(Set(seed.tables.keys) == Set(Self.types.map(\.table)))
        #expect(seed.tables["activities"]?.fieldPaths.count == 100)
    }

    @Test(arguments: types.map(\.table))
    func typeHasExactlyTheSeedFields(table: String) throws {
        let seed = try #require(try Self.seed.get().tables[table])
        let encoded = try #require(Self.types.first { $0.table == table }).encode()
        // Free-form seed fields (`v.any()`) have no inner structure to compare.
        let typePaths = Set(Self.keyPaths(encoded)).subtracting(["id"])
        let seedPaths = Set(seed.fieldPaths).union(SeedDocument.cadenceAdditions[table] ?? [])
        #expect(seedPaths.subtracting(typePaths).sorted() == [], "fields the seed declares but the type lacks")
        #expect(typePaths.subtracting(seedPaths).sorted() == [], "fields the type adds to the seed")
    }

    @Test func optionalityFollowsTheSeed() throws {
        // A required seed field must fail to decode when absent; an optional one must not.
        let seed = try Self.seed.get()
        let activity = try JSONValue(encoding: ArbitraryValue.make(Activity.self))
        for field in try #require(seed.tables["activities"]).topLevelFields {
            guard var object = activity.objectValue else { return }
            object.removeValue(forKey: field.name)
            let decoded = try? JSONValue.object(object).decode(as: Activity.self)
            #expect((decoded != nil) == field.optional, "activities.\(field.name)")
        }
    }

    @Test func unknownEnumValuesAreKept() throws {
        let decoded = try JSONValue(parsing: #"{"value":"paddleboarding"}"#)["value"]!.decode(as: ActivityType.self)
        #expect(decoded == .unknown("paddleboarding"))
        #expect(decoded.rawValue == "paddleboarding")
        #expect(try JSONValue(encoding: decoded) == "paddleboarding")
        #expect(ActivityType(rawValue: "running") == .running)
        #expect(ActivityType(known: "paddleboarding") == nil)
    }

    static func keyPaths(_ value: JSONValue, prefix: String = "") -> [String] {
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
