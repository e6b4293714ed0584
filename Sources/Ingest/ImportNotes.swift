import CadenceCore
import Foundation

/// An activity of the history, named by its source and dedup key.
public struct ActivityKey: Sendable, Equatable, Hashable {
    public var source: DataSource
    public var externalId: String

    public init(source: DataSource, externalId: String) {
        self.source = source
        self.externalId = externalId
    }
}

/// What a reader reports besides its records: warnings for the file's report, and the files that
/// belong to one of its activities (an Apple Health workout's route), which `ImportJob` reads
/// after it. Readers run on one thread; the lock only makes the type honestly `Sendable`.
public final class ImportNotes: @unchecked Sendable {
    private let lock = NSLock()
    private var warningList: [String] = []
    private var linkList: [(path: String, activity: ActivityKey)] = []

    public init() {}

    public var warnings: [String] { lock.withLock { warningList } }
    /// Absolute paths of other files and the activity each belongs to, in the order found.
    public var links: [(path: String, activity: ActivityKey)] { lock.withLock { linkList } }

    func warn(_ message: String) { lock.withLock { warningList.append(message) } }
    func link(_ path: String, to activity: ActivityKey) { lock.withLock { linkList.append((path, activity)) } }
}
