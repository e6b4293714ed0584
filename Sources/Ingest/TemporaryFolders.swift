import Foundation

/// The private folders an import unpacks archives into. Each is made by `mkdtemp` (mode 0700,
/// a fresh unguessable name) and removed when the import ends; the CLI calls `removeAll()` from
/// its SIGINT/SIGTERM handler, so an interrupted import leaves no health data behind either.
public final class TemporaryFolders: @unchecked Sendable {
    public static let shared = TemporaryFolders()

    private let lock = NSLock()
    private var live: Set<String> = []

    /// A registry of its own (tests); the CLI uses `shared`.
    public init() {}

    /// A new empty folder, 0700, registered for removal.
    func make(prefix: String = "cadence-import-") throws -> URL {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent(prefix + "XXXXXX").path
        var bytes = Array(template.utf8CString)
        let made = bytes.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard made != nil else { throw FormatProblem("cannot create a private temporary folder in \(FileManager.default.temporaryDirectory.path)") }
        let path = bytes.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        lock.withLock { _ = live.insert(path) }
        return URL(fileURLWithPath: path)
    }

    /// Removes one folder and everything in it.
    func remove(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
        lock.withLock { _ = live.remove(folder.path) }
    }

    /// Removes every folder still registered (on a signal, before exiting).
    public func removeAll() {
        let paths = lock.withLock { live }
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
        lock.withLock { live.subtract(paths) }
    }

    /// The folders still registered (for tests).
    public var paths: [String] { lock.withLock { Array(live) } }
}
