import CadenceCore
import Foundation
import GRDB

extension FieldProvenance: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "runnerFieldHistory"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension AppDatabase {
    // MARK: - Runners

    /// Creates a user and their runner. The name was typed by the person, so it counts as confirmed.
    public func createRunner(name: String, context: WriteContext = .manual) throws(StoreError) -> Runner {
        let field = try Self.field("identity.name")
        let validName: JSONValue
        do { validName = try field.validate(.string(name)) } catch { throw .field(error) }
        let now = clock.millis
        let user = User(id: ids.next(), name: validName.stringValue, createdAt: now, updatedAt: now)
        var runner = Runner(id: ids.next(), userId: user.id, name: validName.stringValue ?? name, now: now)
        runner.identity.nameConfirmed = PlanReadiness.confirmedSources.contains(context.source)
        return try write("create the runner") { db in
            try user.insert(db)
            runner.conversationState = PlanReadiness.evaluate(runner, sources: [:])
            try runner.insert(db)
            for (path, value) in [("identity.name", validName), ("identity.nameConfirmed", .bool(runner.identity.nameConfirmed))] {
                var entry = FieldProvenance(runnerId: runner.id, path: path, value: value, source: context.source,
                                            recordedAt: now, confidence: context.confidence, turn: context.turn,
                                            sessionId: context.sessionId)
                try entry.insert(db)
            }
            return runner
        }
    }

    public func runner(id: String) throws(StoreError) -> Runner? {
        try read("read the runner") { db in try Runner.fetchOne(db, key: id) }
    }

    public func runners() throws(StoreError) -> [Runner] {
        try read("list runners") { db in try Runner.order(Column("createdAt")).fetchAll(db) }
    }

    /// The runner a command means: `selector` is an id or a name (case-insensitive); without one,
    /// the only runner or the one marked default.
    public func resolveRunner(_ selector: String?) throws(StoreError) -> Runner {
        let all = try runners()
        let names = all.map(\.identity.name)
        guard !all.isEmpty else { throw .noRunner }
        if let selector {
            if let match = all.first(where: { $0.id == selector }) { return match }
            let matches = all.filter { $0.identity.name.caseInsensitiveCompare(selector) == .orderedSame }
            if matches.count == 1 { return matches[0] }
            if matches.count > 1 { throw .ambiguousRunner(selector, matches: matches.map(\.id)) }
            throw .runnerNotFound(selector, known: names)
        }
        if all.count == 1 { return all[0] }
        if let id = try setting("defaultRunnerId"), let match = all.first(where: { $0.id == id }) { return match }
        throw .noDefaultRunner(known: names)
    }

    public func setDefaultRunner(id: String) throws(StoreError) {
        try write("mark the default runner") { db in
            try db.execute(sql: "INSERT OR REPLACE INTO settings (key, value) VALUES ('defaultRunnerId', ?)", arguments: [id])
        }
    }

    public func defaultRunnerId() throws(StoreError) -> String? {
        try setting("defaultRunnerId")
    }

    func setting(_ key: String) throws(StoreError) -> String? {
        try read("read settings") { db in
            try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [key])
        }
    }

    /// Writes several fields in one transaction: all are validated first, and one bad value
    /// writes nothing. Each write is kept in the field history, and `conversationState` is
    /// recomputed. Returns the changes actually made (a value equal to the current one is still
    /// recorded in the history, as a confirmation, but is not a change).
    @discardableResult
    public func setRunnerFields(runnerId: String, _ values: [(path: String, value: JSONValue)],
                                context: WriteContext) throws(StoreError) -> [RunnerChange] {
        var validated: [(RunnerField, JSONValue)] = []
        for (path, value) in values {
            let field = try Self.field(path)
            try Self.checkWritable(field, by: context.source)
            do { validated.append((field, try field.validate(value))) } catch { throw .field(error) }
        }
        let now = clock.millis
        return try write("update the runner") { db in
            try Self.applyFields(db, runnerId: runnerId, validated, context: context, now: now)
        }
    }

    /// Validates `values` as `setRunnerFields` does, for a write that also touches other tables.
    static func validateFields(_ values: [(path: String, value: JSONValue)], source: DataSource) throws(StoreError) -> [(RunnerField, JSONValue)] {
        var validated: [(RunnerField, JSONValue)] = []
        for (path, value) in values {
            let field = try Self.field(path)
            try Self.checkWritable(field, by: source)
            do { validated.append((field, try field.validate(value))) } catch { throw .field(error) }
        }
        return validated
    }

    /// Writes validated fields inside a transaction, with history and a fresh `conversationState`.
    static func applyFields(_ db: Database, runnerId: String, _ validated: [(RunnerField, JSONValue)],
                            context: WriteContext, now: Int64) throws -> [RunnerChange] {
            guard var runner = try Runner.fetchOne(db, key: runnerId) else {
                throw StoreError.runnerNotFound(runnerId, known: [])
            }
            var changes: [RunnerChange] = []
            for (field, value) in validated {
                let old = try runner.value(at: field.path)
                runner = try runner.setting(field.path, to: value)
                var entry = FieldProvenance(runnerId: runnerId, path: field.path, value: value, source: context.source,
                                            recordedAt: now, confidence: context.confidence, turn: context.turn,
                                            sessionId: context.sessionId)
                try entry.insert(db)
                if old != value { changes.append(RunnerChange(path: field.path, old: old, new: value, source: context.source)) }
            }
            runner.updatedAt = now
            let latest = try Self.latestWrites(db, runnerId: runnerId)
            runner.conversationState = PlanReadiness.evaluate(runner, sources: latest.sources, order: latest.order)
            try runner.update(db)
            return changes
    }

    @discardableResult
    public func setRunnerField(runnerId: String, path: String, value: JSONValue,
                               context: WriteContext) throws(StoreError) -> [RunnerChange] {
        try setRunnerFields(runnerId: runnerId, [(path, value)], context: context)
    }

    /// Records that the runner confirmed the current values of `paths` (they stop being listed in
    /// `fieldsToConfirm`). `identity.name` also sets `identity.nameConfirmed`.
    public func confirmRunnerFields(runnerId: String, paths: [String], context: WriteContext) throws(StoreError) {
        guard let runner = try runner(id: runnerId) else { throw .runnerNotFound(runnerId, known: []) }
        var values: [(path: String, value: JSONValue)] = []
        for path in paths {
            _ = try Self.field(path)
            let current: JSONValue
            do { current = try runner.value(at: path) } catch { throw StoreError(error, doing: "read \(path)") }
            guard !current.isNull else { throw .notWritable(path: path, reason: "it has no value to confirm yet") }
            values.append((path, current))
            if path == "identity.name" { values.append(("identity.nameConfirmed", .bool(true))) }
        }
        try setRunnerFields(runnerId: runnerId, values, context: context)
    }

    /// The history of one field (or of every field), oldest first.
    public func fieldHistory(runnerId: String, path: String? = nil) throws(StoreError) -> [FieldProvenance] {
        try read("read the field history") { db in
            var request = FieldProvenance.filter(Column("runnerId") == runnerId)
            if let path { request = request.filter(Column("path") == path) }
            return try request.order(Column("recordedAt"), Column("id")).fetchAll(db)
        }
    }

    /// Deletes the runner and every row that belongs to them, in every table, and their user
    /// when no other runner shares it.
    public func deleteRunner(id: String) throws(StoreError) {
        try write("delete the runner") { db in
            guard let runner = try Runner.fetchOne(db, key: id) else { throw StoreError.runnerNotFound(id, known: []) }
            try runner.delete(db)
            if try Runner.filter(Column("userId") == runner.userId).fetchCount(db) == 0 {
                _ = try User.deleteOne(db, key: runner.userId)
            }
            try db.execute(sql: "DELETE FROM settings WHERE key = 'defaultRunnerId' AND value = ?", arguments: [id])
        }
    }

    // MARK: - Helpers

    static func field(_ path: String) throws(StoreError) -> RunnerField {
        do { return try RunnerField.named(path) } catch { throw .field(error) }
    }

    static func checkWritable(_ field: RunnerField, by source: DataSource) throws(StoreError) {
        switch field.writer {
        case .person:
            return
        case .derived:
            if source == .inferred { return }
            throw .notWritable(path: field.path, reason: "it is derived by Cadence from your history and plan (run `cadence import` and `cadence state`)")
        case .system:
            throw .notWritable(path: field.path, reason: "Cadence computes it from the rest of the runner object")
        }
    }

    static func latestSources(_ db: Database, runnerId: String) throws -> [String: DataSource] {
        try latestWrites(db, runnerId: runnerId).sources
    }

    /// The source of each field's latest write and that write's history id (later writes have larger ids).
    static func latestWrites(_ db: Database, runnerId: String) throws -> (sources: [String: DataSource], order: [String: Int64]) {
        let rows = try Row.fetchAll(db, sql: """
            SELECT path, source, id FROM runnerFieldHistory h
            WHERE runnerId = ? AND id = (SELECT MAX(id) FROM runnerFieldHistory WHERE runnerId = h.runnerId AND path = h.path)
            """, arguments: [runnerId])
        var sources: [String: DataSource] = [:]
        var order: [String: Int64] = [:]
        for row in rows {
            sources[row["path"]] = DataSource(rawValue: row["source"])
            order[row["path"]] = row["id"]
        }
        return (sources, order)
    }
}
