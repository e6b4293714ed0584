import CadenceCore
import Foundation
import Store

extension GlobalOptions {
    /// `$CADENCE_HOME` (default `~/.cadence`).
    static var cadenceHome: String {
        if let home = ProcessInfo.processInfo.environment["CADENCE_HOME"], !home.isEmpty { return home }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cadence").path
    }

    var databasePath: String {
        db ?? URL(fileURLWithPath: Self.cadenceHome).appendingPathComponent("cadence.sqlite").path
    }

    /// The composition root for the database: the only place that opens the live file.
    func openDatabase() throws -> AppDatabase {
        try AppDatabase.open(path: databasePath)
    }

    func openDatabaseAndRunner() throws -> (AppDatabase, Runner) {
        let database = try openDatabase()
        return (database, try database.resolveRunner(runner))
    }
}
