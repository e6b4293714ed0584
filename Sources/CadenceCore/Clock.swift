import Foundation

/// The time source, injected so tests and replays are deterministic.
public struct Clock: Sendable {
    public let now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    public static let system = Clock { Date() }

    public static func fixed(_ date: Date) -> Clock { Clock { date } }

    /// Unix milliseconds, the seed's timestamp unit.
    public var millis: Int64 { Int64((now().timeIntervalSince1970 * 1000).rounded()) }
}

/// The source of record ids, injected for the same reason.
public struct IDGenerator: Sendable {
    public let next: @Sendable () -> String

    public init(next: @escaping @Sendable () -> String) { self.next = next }

    public static let uuid = IDGenerator { UUID().uuidString.lowercased() }

    /// `prefix-1`, `prefix-2`, … for tests.
    public static func sequential(prefix: String = "id") -> IDGenerator {
        let counter = Counter()
        return IDGenerator { "\(prefix)-\(counter.increment())" }
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
