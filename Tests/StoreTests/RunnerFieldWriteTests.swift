import CadenceCore
import Foundation
import Testing
@testable import Store

/// Writing the runner object by dotted seed path, with validation and provenance.
struct RunnerFieldWriteTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    static func makeDatabase() throws -> AppDatabase {
        try AppDatabase.inMemory(clock: .fixed(start), ids: .sequential())
    }

    /// A valid value for any field, from its kind alone (objects get the seed's shape).
    static func sampleValue(for field: RunnerField) -> JSONValue {
        switch field.kind {
        case .text: return .string("sample \(field.path)")
        case .textList: return ["one", "two"]
        case .enumeration(let values): return .string(values.last!)
        case .enumList(let values): return .array(values.prefix(2).map { .string($0) })
        case .boolean: return true
        case .integer(let range): return .number(Double(range.map { ($0.lowerBound + $0.upperBound) / 2 } ?? 7))
        case .number(let range): return .number(range.map { ($0.lowerBound + $0.upperBound) / 2 } ?? 42.5)
        case .date: return .number(1_808_179_200_000)  // 2027-04-20
        case .timestamp: return .number(1_800_000_123_000)
        case .duration: return .number(12_600)
        case .pace: return "5:40/km"
        case .object:
            switch field.path {
            case "health.injuryDetails":
                return [["type": "shin_splints", "severity": "minor", "dateOccurred": 1_700_000_000_000, "notes": "2023"]]
            case "connections.sourcePrecedence.customPriority":
                return [["source": "garmin", "priority": 0], ["source": "strava", "priority": 1]]
            case let path where path.contains("personalBests"):
                return ["time": 1500, "date": 1_750_000_000_000, "source": "race"]
            default:
                return ["min": 120, "max": 140]
            }
        }
    }

    @Test func everyPersonFieldCanBeWrittenAndReadBackByPath() throws {
        let database = try Self.makeDatabase()
        let runner = try database.createRunner(name: "Alex")
        let fields = RunnerField.all.filter { $0.writer == .person }
        #expect(Set(fields.map(\.section)) == ["identity", "physical", "running", "goals", "schedule", "health",
                                               "coaching", "connections", "legal"])
        for field in fields {
            let value = Self.sampleValue(for: field)
            try database.setRunnerField(runnerId: runner.id, path: field.path, value: value, context: .manual)
            let stored = try #require(try database.runner(id: runner.id))
            #expect(try stored.value(at: field.path) == value, "\(field.path)")
        }
        let last = try #require(try database.runner(id: runner.id))
        #expect(last.physical.age == 52)
        #expect(last.goals.raceDate == 1_808_179_200_000)
        #expect(last.schedule.preferredDays == [.monday, .tuesday])
        #expect(last.health.injuryDetails?.first?.severity == .minor)
        #expect(last.running.hrZones?.zone2 == Runner.RunningProfile.HeartRateZones.HeartRateRange(min: 120, max: 140))
    }

    @Test func derivedFieldsAreWrittenOnlyByInference() throws {
        let database = try Self.makeDatabase()
        let runner = try database.createRunner(name: "Alex")
        #expect(throws: StoreError.self) {
            try database.setRunnerField(runnerId: runner.id, path: "running.actualWeeklyVolume", value: 30, context: .manual)
        }
        try database.setRunnerField(runnerId: runner.id, path: "running.actualWeeklyVolume", value: 30,
                                    context: WriteContext(source: .inferred, confidence: 0.8))
        #expect(try database.runner(id: runner.id)?.running.actualWeeklyVolume == 30)
        #expect(throws: StoreError.self) {
            try database.setRunnerField(runnerId: runner.id, path: "conversationState.readyForPlan", value: true,
                                        context: WriteContext(source: .inferred))
        }
    }

    @Test func historyKeepsEveryWriteWithSourceTimeAndConfidence() throws {
        let database = try Self.makeDatabase()
        let runner = try database.createRunner(name: "Alex")
        try database.setRunnerField(runnerId: runner.id, path: "physical.maxHeartRate", value: 188,
                                    context: WriteContext(source: .healthkit, confidence: 0.7))
        try database.setRunnerField(runnerId: runner.id, path: "physical.maxHeartRate", value: 192,
                                    context: WriteContext(source: .user, turn: 4, sessionId: "chat-1"))
        let history = try database.fieldHistory(runnerId: runner.id, path: "physical.maxHeartRate")
        #expect(history.map(\.value) == [188, 192])
        #expect(history.map(\.source) == [.healthkit, .user])
        #expect(history.map(\.confidence) == [0.7, nil])
        #expect(history.last?.turn == 4)
        #expect(history.last?.sessionId == "chat-1")
        #expect(history.allSatisfy { $0.recordedAt == 1_800_000_000_000 })
        #expect(try database.runner(id: runner.id)?.physical.maxHeartRate == 192)
        // The name typed at creation is in the history too.
        #expect(try database.fieldHistory(runnerId: runner.id, path: "identity.name").map(\.source) == [.manual])
    }

    @Test func aBadValueWritesNothing() throws {
        let database = try Self.makeDatabase()
        let runner = try database.createRunner(name: "Alex")
        try database.setRunnerField(runnerId: runner.id, path: "physical.age", value: 34, context: .manual)
        let before = try database.export(runnerId: runner.id)
        let bad: [(String, JSONValue)] = [
            ("physical.age", 300), ("physical.age", "old"), ("schedule.preferredDays", ["monday", "someday"]),
            ("running.experienceLevel", "elite"), ("goals.raceDate", "next spring"), ("running.easyPace", "fast"),
            ("health.injuryDetails", [["severity": "minor"]]), ("identity.name", .null), ("physical.agee", 3),
        ]
        for (path, value) in bad {
            #expect(throws: StoreError.self, "\(path) = \(value.jsonString)") {
                try database.setRunnerField(runnerId: runner.id, path: path, value: value, context: .manual)
            }
        }
        // One bad value among good ones: nothing of the batch is written.
        #expect(throws: StoreError.self) {
            try database.setRunnerFields(runnerId: runner.id, [("physical.heightCm", 180), ("physical.weightKg", 9000)],
                                         context: .manual)
        }
        #expect(try database.export(runnerId: runner.id) == before)
    }

    @Test func errorsNameThePathAndWhatIsAllowed() throws {
        let database = try Self.makeDatabase()
        let runner = try database.createRunner(name: "Alex")
        #expect {
            try database.setRunnerField(runnerId: runner.id, path: "running.experienceLevel", value: "elite", context: .manual)
        } throws: { error in
            "\(error)" == "running.experienceLevel must be one of beginner, returning, casual, serious, competitive (got \"elite\")"
        }
    }

    @Test func conversationStateFollowsWritesAndConfirmations() throws {
        let database = try Self.makeDatabase()
        let runner = try database.createRunner(name: "Alex")
        #expect(runner.conversationState.readyForPlan == false)
        #expect(runner.conversationState.fieldsMissing?.first == "goals.goalType")
        let answers: [(path: String, value: JSONValue)] = [
            ("goals.goalType", "race"), ("goals.raceDistance", 21.0975), ("goals.raceDate", "2027-04-20"),
            ("running.currentVolume", 30), ("running.currentFrequency", 4), ("running.experienceLevel", "casual"),
            ("schedule.preferredDays", ["tuesday", "thursday", "saturday", "sunday"]), ("schedule.longRunDay", "sunday"),
            ("health.pastInjuries", []), ("health.currentPain", []), ("physical.age", 38),
            ("legal.healthConsentAt", "2026-11-27T10:00:00Z"),
        ]
        try database.setRunnerFields(runnerId: runner.id, answers, context: WriteContext(source: .user, turn: 3))
        var state = try #require(try database.runner(id: runner.id)).conversationState
        #expect(state.readyForPlan == true)
        #expect(state.dataCompleteness == 92)
        #expect(state.fieldsMissing == ["running.personalBests", "schedule.maxSessionDurationMinutes", "coaching.coachingVoice"])
        #expect(state.fieldsToConfirm == [])

        // A device's value must be confirmed by the runner.
        try database.setRunnerField(runnerId: runner.id, path: "running.currentVolume", value: 34,
                                    context: WriteContext(source: .garmin))
        state = try #require(try database.runner(id: runner.id)).conversationState
        #expect(state.fieldsToConfirm == ["running.currentVolume"])
        try database.confirmRunnerFields(runnerId: runner.id, paths: ["running.currentVolume"], context: WriteContext(source: .user))
        state = try #require(try database.runner(id: runner.id)).conversationState
        #expect(state.fieldsToConfirm == [])
        #expect(try database.runner(id: runner.id)?.running.currentVolume == 34)
    }
}
