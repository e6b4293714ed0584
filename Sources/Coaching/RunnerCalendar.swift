import CadenceCore
import Foundation

/// Which calendar day it is for the runner, so that "today", "this week" and "the day has
/// passed" mean the runner's day and not UTC's: at 23:30 in Los Angeles it is already tomorrow
/// in UTC, and a session still to run tonight must not be counted as skipped.
///
/// The zone is, in order: the runner's stated `identity.timezone` (an IANA name), the UTC offset
/// of their most recent imported run (where they last ran), else `fallback` (the CLI passes the
/// machine's zone; tests pass a fixed one). Plan dates are calendar days (UTC midnights), so a
/// local day number compares with them directly.
public struct RunnerCalendar: Sendable {
    public let fallback: TimeZone

    public init(fallback: TimeZone = .current) {
        self.fallback = fallback
    }

    public static let utc = RunnerCalendar(fallback: TimeZone(identifier: "UTC")!)

    /// The runner's UTC offset at `date`, in seconds.
    public func offsetSeconds(for runner: Runner, at date: Date, latestRunOffset: Int?) -> Int {
        if let name = runner.identity.timezone, let zone = TimeZone(identifier: name) {
            return zone.secondsFromGMT(for: date)
        }
        return latestRunOffset ?? fallback.secondsFromGMT(for: date)
    }

    /// The runner's local day number (days since 1970-01-01) at `millis`.
    public func day(for runner: Runner, millis: Int64, latestRunOffset: Int?) -> Int {
        let date = Date(timeIntervalSince1970: Double(millis) / 1000)
        return CivilDay.number(millis: millis, offsetSeconds: offsetSeconds(for: runner, at: date, latestRunOffset: latestRunOffset))
    }
}
