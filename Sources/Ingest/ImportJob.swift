import CadenceCore
import Foundation
import Store

/// What happened to one file.
public struct FileReport: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable {
        /// Read and written; something was inserted, updated or deleted.
        case imported
        /// Read, and everything in it was already in the database.
        case unchanged
        /// Not read: the message says why. Nothing from the file was written.
        case failed
        /// Found inside a folder but not a format Cadence reads (photos, profile CSVs, …).
        case ignored
    }

    public var path: String
    public var format: String?
    public var status: Status
    /// Per-table counts (the seed's table names), for imported and unchanged files.
    public var tables: ImportSummary?
    public var error: String?
    /// What was imported without something the file names (a workout's missing route).
    public var warnings: [String]?
}

/// The outcome of `cadence import`: one report per file and the totals.
public struct ImportReport: Codable, Sendable, Equatable {
    public var files: [FileReport] = []
    public var totals = ImportSummary()

    public init() {}

    public var failedCount: Int { files.filter { $0.status == .failed }.count }
    public var changed: Bool { totals.changed }
}

/// Imports files and folders into one runner's history: each file is detected by its content,
/// read whole, and written in its own transaction, so a damaged file changes nothing and an
/// import stopped half-way is completed by running it again.
public struct ImportJob: Sendable {
    public let database: AppDatabase
    public let runnerId: String
    public let userId: String
    public let importers: [any Importer]
    public let clock: Clock
    public let ids: IDGenerator
    /// Where archives are unpacked; the CLI's signal handler empties `TemporaryFolders.shared`.
    public let temporaryFolders: TemporaryFolders

    public init(database: AppDatabase, runner: Runner, importers: [any Importer] = ImportRegistry.standard,
                clock: Clock = .system, ids: IDGenerator = .uuid, temporaryFolders: TemporaryFolders = .shared) {
        self.temporaryFolders = temporaryFolders
        self.database = database
        self.runnerId = runner.id
        self.userId = runner.userId
        self.importers = importers
        self.clock = clock
        self.ids = ids
    }

    /// Imports every path (files, folders searched recursively, `.gz` files), reporting each file
    /// to `progress` as it finishes (index from 1, total, report). Files that add samples to an
    /// activity of another file (Apple Health routes, Strava streams) are read after all others,
    /// so the activity is in the history by then; routes an export names are read even when only
    /// its export.xml was given.
    public func run(paths: [String], reading: (@Sendable (String, Double) -> Void)? = nil,
                    progress: (Int, Int, FileReport) -> Void = { _, _, _ in }) -> ImportReport {
        var report = ImportReport()
        var files: [(path: String, named: Bool, label: String?)] = []
        var extracted: [URL] = []
        defer { for folder in extracted { temporaryFolders.remove(folder) } }
        func add(_ path: String, named: Bool) {
            guard Self.isZip(path) else { return files.append((path, named, nil)) }
            // A zip is unpacked to a private temporary folder (entry by entry, in chunks) and read like a folder.
            do {
                let archive = try ZipArchive(url: URL(fileURLWithPath: path))
                let folder = try temporaryFolders.make()
                extracted.append(folder)
                for inner in try archive.extractAll(to: folder).sorted() {
                    files.append((inner, false, path + "/" + String(inner.dropFirst(folder.path.count + 1))))
                }
            } catch {
                let problem = (error as? FormatProblem)?.message ?? "\(error)"
                report.files.append(FileReport(path: path, format: "zip", status: .failed, tables: nil,
                                               error: IngestError.malformed(file: path, format: "zip", problem: problem).description))
            }
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                for file in Self.filesInFolder(path) { add(file, named: false) }
            } else {
                add(path, named: true)
            }
        }
        var total = files.count, done = 0
        func finish(_ file: (path: String, named: Bool, label: String?), _ result: FileReport) {
            var fileReport = result
            if let label = file.label {
                fileReport.path = label
                fileReport.error = fileReport.error?.replacingOccurrences(of: file.path, with: label)
            }
            if let tables = fileReport.tables { report.totals = report.totals + tables }
            report.files.append(fileReport)
            done += 1
            progress(done, total, fileReport)
        }
        var attachments: [(file: (path: String, named: Bool, label: String?), kind: AttachmentKind)] = []
        var links: [String: ActivityKey] = [:]
        for file in files {
            if let kind = AttachmentKind.detect(path: file.path) {
                attachments.append((file, kind))
                continue
            }
            let shown = file.label ?? file.path
            let notes = ImportNotes()
            let fileReport = importFile(file.path, named: file.named, label: file.label, notes: notes,
                                        reading: reading.map { report in { @Sendable fraction in report(shown, fraction) } })
            // Only an export that was written links its routes: a failed one has no workouts to link to.
            if fileReport.status == .imported || fileReport.status == .unchanged {
                for (path, activity) in notes.links { links[Self.normalized(path)] = activity }
            }
            finish(file, fileReport)
        }
        let queued = Set(attachments.map { Self.normalized($0.file.path) })
        for (path, _) in links.sorted(by: { $0.key < $1.key }) where !queued.contains(path) {
            if let kind = AttachmentKind.detect(path: path) {
                attachments.append(((path, false, nil), kind))
                total += 1
            }
        }
        for (file, kind) in attachments {
            finish(file, importAttachment(file.path, kind: kind, named: file.named, label: file.label, link: links[Self.normalized(file.path)]))
        }
        return report
    }

    /// One spelling per file (`a/./b`, `a//b`), so a route named by an export matches the same file found in a folder.
    static func normalized(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }

    static func isZip(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return ZipArchive.isZip((try? handle.read(upToCount: 4)) ?? Data())
    }

    /// Regular, non-hidden files under `folder`, sorted by path.
    static func filesInFolder(_ folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        var paths: [String] = []
        for case let url as URL in enumerator {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { paths.append(url.path) }
        }
        return paths.sorted()
    }

    /// Reads and writes one file; `named` files that are not a known format fail, files found in
    /// a folder are ignored.
    public func importFile(_ path: String, named: Bool = true, label: String? = nil, notes: ImportNotes = ImportNotes(),
                           reading: (@Sendable (Double) -> Void)? = nil) -> FileReport {
        let name = (path as NSString).lastPathComponent
        do {
            let (format, batch) = try readFile(path, named: named, notes: notes, reading: reading)
            guard let format, let batch else {
                return FileReport(path: path, format: nil, status: .ignored, tables: nil,
                                  error: "\(name): not a format Cadence imports; ignored")
            }
            let summary: ImportSummary
            do {
                summary = try database.importBatch(batch, runnerId: runnerId, file: label ?? path)
            } catch {
                throw IngestError.store(file: path, error)
            }
            let warnings = notes.warnings
            return FileReport(path: path, format: format, status: summary.changed ? .imported : .unchanged, tables: summary, error: nil,
                              warnings: warnings.isEmpty ? nil : warnings)
        } catch let error as IngestError {
            return FileReport(path: path, format: nil, status: .failed, tables: nil, error: error.description)
        } catch {
            return FileReport(path: path, format: nil, status: .failed, tables: nil, error: "\(path): \(error)")
        }
    }

    /// The format and records of one file, without writing anything; nil for an unknown format
    /// found in a folder.
    public func readFile(_ path: String, named: Bool = true, notes: ImportNotes = ImportNotes(),
                         reading: (@Sendable (Double) -> Void)? = nil) throws -> (String?, ImportBatch?) {
        let url = URL(fileURLWithPath: path)
        var head: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            head = try handle.read(upToCount: 16_384) ?? Data()
        } catch {
            throw IngestError.unreadable(file: path, reason: (error as NSError).localizedDescription)
        }
        var fileName = (path as NSString).lastPathComponent
        var whole: Data?
        if Gzip.isGzip(head) {
            do {
                let data = try Gzip.decompress(try Data(contentsOf: url, options: .mappedIfSafe))
                whole = data
                head = data.prefix(16_384)
            } catch let problem as FormatProblem {
                throw IngestError.malformed(file: path, format: "gzip", problem: problem.message)
            } catch {
                throw IngestError.unreadable(file: path, reason: (error as NSError).localizedDescription)
            }
            if fileName.lowercased().hasSuffix(".gz") { fileName = String(fileName.dropLast(3)) }
        } else if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw IngestError.unsupported(file: path, reason: "a zip inside a zip is not read; unzip the outer one first")
        }
        guard let importer = ImportRegistry.importer(for: head, fileName: fileName, among: importers) else {
            if named { throw IngestError.unrecognized(file: path) }
            return (nil, nil)
        }
        let context = ImportContext(runnerId: runnerId, userId: userId, fileName: fileName, clock: clock, ids: ids, progress: reading,
                                    folder: url.deletingLastPathComponent(), notes: notes)
        do {
            var batch = try whole.map { try importer.read($0, context: context) } ?? importer.read(fileAt: url, context: context)
            ImportedText.clean(&batch)
            let problems = ActivityPlausibility.filter(&batch, notes: notes)
            if batch.isEmpty, let first = problems.first {
                throw FormatProblem("no activity in it is plausible: \(first)")
            }
            return (importer.format, batch)
        } catch let problem as FormatProblem {
            throw IngestError.malformed(file: path, format: importer.displayName, problem: problem.message)
        } catch {
            throw IngestError.malformed(file: path, format: importer.displayName, problem: "\(error)")
        }
    }
}
