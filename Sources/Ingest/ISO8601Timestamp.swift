import CadenceCore
import Foundation

/// A point in time read from text: the UTC instant and, when the text carried one, its offset.
struct ISO8601Timestamp: Sendable, Equatable {
    /// Unix milliseconds (UTC).
    var millis: Int64
    /// Seconds east of UTC written in the text (`Z` is 0); nil when the text had no zone.
    var offsetSeconds: Int?

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM|±HHMM]` (also with a space instead of `T`).
    /// A time without a zone is read as UTC.
    static func parse(_ text: String) -> ISO8601Timestamp? {
        var utf8 = Array(text.utf8)
        while let last = utf8.last, last == 0x20 || last == 0x0A || last == 0x0D || last == 0x09 { utf8.removeLast() }
        var index = 0
        while index < utf8.count, utf8[index] == 0x20 || utf8[index] == 0x0A || utf8[index] == 0x09 { index += 1 }
        func number(_ digits: Int) -> Int? {
            guard index + digits <= utf8.count else { return nil }
            var value = 0
            for offset in 0 ..< digits {
                let byte = utf8[index + offset]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += digits
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < utf8.count, utf8[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect(0x2D), let month = number(2), expect(0x2D), let day = number(2) else { return nil }
        guard index < utf8.count, utf8[index] == 0x54 || utf8[index] == 0x20 || utf8[index] == 0x74 else { return nil }
        index += 1
        guard let hour = number(2), expect(0x3A), let minute = number(2), expect(0x3A), let second = number(2) else { return nil }
        guard (1...12).contains(month), (1...31).contains(day), hour <= 24, minute < 60, second <= 60 else { return nil }
        var millis = 0
        if index < utf8.count, utf8[index] == 0x2E || utf8[index] == 0x2C {
            index += 1
            var scale = 100
            while index < utf8.count, utf8[index] >= 0x30, utf8[index] <= 0x39 {
                millis += Int(utf8[index] - 0x30) * scale
                scale /= 10
                index += 1
            }
        }
        var offset: Int?
        if index < utf8.count {
            if utf8[index] == 0x20 { index += 1 }
            guard index < utf8.count else { return nil }
            let sign = utf8[index]
            if sign == 0x5A || sign == 0x7A {
                offset = 0
                index += 1
            } else if sign == 0x2B || sign == 0x2D {
                index += 1
                guard let hours = number(2) else { return nil }
                _ = expect(0x3A)
                let minutes = number(2) ?? 0
                offset = (hours * 3600 + minutes * 60) * (sign == 0x2D ? -1 : 1)
            } else {
                return nil
            }
        }
        guard index == utf8.count else { return nil }
        let days = CivilDay.number(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offset ?? 0)
        return ISO8601Timestamp(millis: seconds * 1000 + Int64(millis), offsetSeconds: offset)
    }
}
