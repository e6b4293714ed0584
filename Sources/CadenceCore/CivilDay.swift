/// Calendar dates as day numbers since 1970-01-01 (proleptic Gregorian; Howard Hinnant's
/// algorithms). No `Calendar` or formatter: importers and inference bucket millions of records
/// by day.
public enum CivilDay {
    public static let millis: Int64 = 86_400_000

    /// The day number of a date.
    public static func number(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The local day of an instant at a UTC offset.
    public static func number(millis instant: Int64, offsetSeconds: Int) -> Int {
        let local = instant + Int64(offsetSeconds) * 1000
        return Int((local - (local % millis + millis) % millis) / millis)
    }

    /// "2027-03-14".
    public static func string(_ number: Int) -> String {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func padded(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
        }
        return padded(y, 4) + "-" + padded(m, 2) + "-" + padded(d, 2)
    }
}
