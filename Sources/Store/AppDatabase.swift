import CadenceCore
import Foundation
import GRDB

/// The Cadence database: every read and write goes through a named method here, so the SQL stays
/// in this module and another store (PostgreSQL for a hosted Cadence) can offer the same methods.
public struct AppDatabase: Sendable {
    let writer: any DatabaseWriter
    let clock: Clock
    let ids: IDGenerator

    /// Wraps an open connection and brings its schema up to date.
    public init(_ writer: any DatabaseWriter, clock: Clock = .system, ids: IDGenerator = .uuid) throws(StoreError) {
        self.writer = writer
        self.clock = clock
        self.ids = ids
        do {
            try Self.migrator.migrate(writer)
        } catch {
            throw StoreError(error, doing: "prepare the database")
        }
    }

    /// Opens (creating when needed) the database file at `path` in WAL mode with foreign keys on.
    /// A new file and its folder are readable by the owner only: it holds health data.
    public static func open(path: String, clock: Clock = .system, ids: IDGenerator = .uuid) throws(StoreError) -> AppDatabase {
        let url = URL(fileURLWithPath: path)
        let manager = FileManager.default
        let folder = url.deletingLastPathComponent().path
        do {
            if !manager.fileExists(atPath: folder) {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o700])
            }
            if !manager.fileExists(atPath: path) {
                guard manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                    throw StoreError.cannotOpen(path: path, reason: "the file could not be created")
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path: path, reason: error.localizedDescription)
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: StoreError(error, doing: "open").description)
        }
        return try AppDatabase(pool, clock: clock, ids: ids)
    }

    /// An empty in-memory database, for tests and dry runs.
    public static func inMemory(clock: Clock = .system, ids: IDGenerator = .uuid) throws(StoreError) -> AppDatabase {
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            return try AppDatabase(DatabaseQueue(configuration: configuration), clock: clock, ids: ids)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(error, doing: "create an in-memory database")
        }
    }

    /// Read-only access for queries that belong to callers' tests and diagnostics.
    public var reader: any DatabaseReader { writer }

    func read<T>(_ what: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(error, doing: what)
        }
    }

    func write<T>(_ what: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(error, doing: what)
        }
    }
}
