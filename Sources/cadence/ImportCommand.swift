import ArgumentParser
import CadenceCore
import Foundation
import Coaching
import Ingest
import Store

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import wearable history (FIT, GPX, TCX, Apple Health export.xml, Strava JSON or activities.csv, Terra JSON; files, folders, .zip or .gz).",
        discussion: """
        Each file is recognised by its content and written in its own transaction: a damaged file is \
        reported and changes nothing, and importing the same file again changes nothing. Progress goes \
        to stderr; --json prints per-file status and per-table inserted/updated/skipped counts.
        """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Files or folders to import.") var paths: [String]

    func run() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder to import") }
        let (database, runner) = try global.openDatabaseAndRunner()
        let signals = Self.removeTemporaryFoldersOnSignals()
        defer { for source in signals { source.cancel() } }
        let tenths = ProgressTenths()
        let outcome = HistoryImport(job: ImportJob(database: database, runner: runner)).run(paths: paths, reading: { file, fraction in
            if let step = tenths.advance(file, fraction) {
                Terminal.note("  \((file as NSString).lastPathComponent): \(step * 10)% read")
            }
        }) { index, total, file in
            Terminal.note("[\(index)/\(total)] \(Self.line(for: file))")
        }
        let report = outcome.report, state = outcome.state
        if let error = outcome.refreshError {
            Terminal.error("warning: the history was imported but the current state could not be updated: \(error)")
        }
        // Every import is matched to the plan (re-matching what did not change changes nothing).
        var sync: PlanSync.Summary?
        do {
            sync = try PlanSync(database: database).run(runnerId: runner.id)
        } catch {
            Terminal.error("warning: the history was imported but could not be matched to the plan: \(error)")
        }
        if global.json {
            struct Output: Encodable {
                let files: [FileReport]; let totals: ImportSummary; let currentState: Runner.CurrentState?; let plan: [String: Int]?
            }
            try Terminal.printJSON(Output(files: report.files, totals: report.totals, currentState: state, plan: sync?.counts))
        } else {
            let t = report.totals
            print("Imported \(report.files.filter { $0.status == .imported }.count) of \(report.files.count) files: " +
                  "activities \(Self.counts(t.activities)); sleep \(Self.counts(t.sleepSessions)); " +
                  "daily \(Self.counts(t.dailySummaries)); body \(Self.counts(t.bodyMeasurements)).")
            for file in report.files where file.status == .failed {
                print("failed: \(Terminal.printable(file.error ?? file.path))")
            }
            for file in report.files {
                for warning in file.warnings ?? [] { print(Terminal.printable("warning: \((file.path as NSString).lastPathComponent): \(warning)")) }
            }
            if let state {
                print(String(format: "Current state: CTL %.1f, ATL %.1f, TSB %.1f (`cadence state` for more).",
                             state.chronicTrainingLoad ?? 0, state.acuteTrainingLoad ?? 0, state.trainingStressBalance ?? 0))
            }
            if let sync { print("Plan: " + PlanCommand.Sync.describe(sync) + " (`cadence week` for more).") }
        }
        if report.failedCount > 0 {
            if !global.json {
                Terminal.error("error: \(report.failedCount) of \(report.files.count) files could not be imported (see above)")
            } else {
                Terminal.error("error: \(report.failedCount) of \(report.files.count) files could not be imported")
            }
            throw ExitCode(1)
        }
    }

    /// Ctrl-C or a `kill` during an import removes the folders archives were unpacked into (they
    /// hold health data) before the process ends; a half-written file changes nothing (one
    /// transaction per file).
    static func removeTemporaryFoldersOnSignals() -> [DispatchSourceSignal] {
        [SIGINT, SIGTERM, SIGHUP].map { number in
            // On macOS a signal source needs the default action turned off; Linux's libdispatch installs its own handler.
            #if os(macOS)
            signal(number, SIG_IGN)
            #endif
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                TemporaryFolders.shared.removeAll()
                Terminal.error("interrupted: nothing more was imported; files already reported are in your history")
                Foundation.exit(128 + number)
            }
            source.resume()
            return source
        }
    }

    static func counts(_ counts: ImportCounts) -> String {
        var parts = ["\(counts.inserted) new", "\(counts.updated) updated", "\(counts.skipped) unchanged"]
        if counts.deleted > 0 { parts.append("\(counts.deleted) deleted") }
        return parts.joined(separator: ", ")
    }

    static func line(for file: FileReport) -> String {
        let name = Terminal.printable((file.path as NSString).lastPathComponent)
        switch file.status {
        case .failed, .ignored: return Terminal.printable(file.error ?? name)
        case .imported, .unchanged:
            let tables = file.tables ?? ImportSummary()
            let parts = [("activities", tables.activities), ("sleep", tables.sleepSessions), ("daily", tables.dailySummaries),
                         ("body", tables.bodyMeasurements)]
                .filter { $0.1 != ImportCounts() }
                .map { "\($0.0) \(counts($0.1))" }
            let line = "\(name) (\(file.format ?? "?")): \(file.status == .unchanged ? "already imported" : parts.joined(separator: "; "))"
            return ([line] + (file.warnings ?? []).map { "  warning: \(Terminal.printable($0))" }).joined(separator: "\n")
        }
    }
}

/// Remembers the last tenth of each long file reported, so progress lines come every 10 %.
final class ProgressTenths: @unchecked Sendable {
    private let lock = NSLock()
    private var last: [String: Int] = [:]

    func advance(_ file: String, _ fraction: Double) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        let step = Int(fraction * 10)
        guard step > (last[file] ?? 0), step < 10 else { return nil }
        last[file] = step
        return step
    }
}
