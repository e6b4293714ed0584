/// Which recent windows the imported history speaks for.
///
/// A figure such as "kilometres in the last 28 days" is only evidence when the history was being
/// recorded during those 28 days: an old FIT file from years ago says nothing about this month,
/// and reading its silence as "0 km" would outrank what the runner just said. A window of `days`
/// ending today is covered when the history starts on or before the window's first day and has a
/// record (any activity, night or daily summary) in the last `recentDays` days.
public struct HistoryCoverage: Sendable, Equatable {
    /// How fresh the newest record must be for the history to describe the present.
    public static let recentDays = 7

    /// Local day numbers of the oldest and newest record, nil without history.
    public let firstDay: Int?
    public let lastDay: Int?
    public let today: Int

    public init(recordDays: [Int], today: Int) {
        firstDay = recordDays.min()
        lastDay = recordDays.max()
        self.today = today
    }

    /// The newest record is at most `recentDays` days old.
    public var isRecent: Bool {
        guard let lastDay else { return false }
        return today - lastDay < Self.recentDays
    }

    /// The history covers the `days`-day window ending today.
    public func covers(days: Int) -> Bool {
        guard isRecent, let firstDay else { return false }
        return firstDay <= today - days + 1
    }

    /// How many whole weeks back from today the history covers, at most `limit` (0 when it is not recent).
    public func coveredWeeks(limit: Int) -> Int {
        guard isRecent, let firstDay else { return 0 }
        return max(0, min(limit, (today - firstDay + 1) / 7))
    }
}
