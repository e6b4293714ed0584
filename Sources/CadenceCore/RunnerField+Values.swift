import Foundation

extension RunnerField {
    /// What the field accepts, in words, for error messages and tool descriptions.
    public var allowed: String {
        switch kind {
        case .text: return "text"
        case .textList: return "a comma-separated list (or `none`)"
        case .enumeration(let values): return "one of \(values.joined(separator: ", "))"
        case .enumList(let values): return "a comma-separated list of \(values.joined(separator: ", ")) (or `none`)"
        case .boolean: return "true or false"
        case .integer(let range):
            return range.map { "a whole number from \($0.lowerBound) to \($0.upperBound)" } ?? "a whole number"
        case .number(let range):
            return range.map { "a number from \(Self.format($0.lowerBound)) to \(Self.format($0.upperBound))" } ?? "a number"
        case .date: return "a date like 2027-04-20"
        case .timestamp: return "a date like 2027-04-20 or an ISO-8601 time like 2027-04-20T07:30:00Z"
        case .duration(let range):
            return "a duration like 3:45:00 or 45:00, from \(Self.clock(range.lowerBound)) to \(Self.clock(range.upperBound))"
        case .pace: return "a pace like 5:40/km or 9:10/mi"
        case .object: return Self.objectShape(for: path)
        }
    }

    /// Parses text typed by a person (the CLI's `runner set PATH VALUE`) into the stored JSON value.
    /// `null` clears an optional field.
    public func parse(_ text: String) throws(CadenceCoreError) -> JSONValue {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed == "null" { return try validate(.null) }
        let candidate: JSONValue
        switch kind {
        case .text:
            candidate = .string(trimmed)
        case .textList, .enumList:
            if trimmed.hasPrefix("["), let json = try? JSONValue(parsing: trimmed) {
                candidate = json
            } else if trimmed.isEmpty || trimmed.lowercased() == "none" {
                candidate = .array([])
            } else {
                candidate = .array(trimmed.split(separator: ",").map {
                    .string($0.trimmingCharacters(in: .whitespaces))
                })
            }
        case .enumeration:
            candidate = .string(trimmed)
        case .boolean:
            switch trimmed.lowercased() {
            case "true", "yes", "y", "1": candidate = .bool(true)
            case "false", "no", "n", "0": candidate = .bool(false)
            default: throw invalid(text)
            }
        case .integer, .number:
            guard let number = Double(trimmed) else { throw invalid(text) }
            candidate = .number(number)
        case .date, .timestamp:
            if let millis = Int64(trimmed) {
                candidate = .number(Double(millis))
            } else {
                guard let millis = Self.parseInstant(trimmed) else { throw invalid(text) }
                candidate = .number(Double(millis))
            }
        case .duration:
            guard let seconds = Self.parseDuration(trimmed) else { throw invalid(text) }
            candidate = .number(Double(seconds))
        case .pace:
            candidate = .string(trimmed)
        case .object:
            guard let json = try? JSONValue(parsing: trimmed) else { throw invalid(text) }
            candidate = json
        }
        do {
            return try validate(candidate)
        } catch {
            // Show what the person typed, not our parsed form of it.
            throw invalid(text)
        }
    }

    /// Checks a JSON value (from the CLI parser or a model's tool call) against the field's kind,
    /// range and enum, and returns it in canonical form (enum values lowercased, paces tidied).
    public func validate(_ value: JSONValue) throws(CadenceCoreError) -> JSONValue {
        if value.isNull {
            if required { throw .invalidValue(path: path, got: "null", allowed: "\(allowed); it is required") }
            return .null
        }
        switch kind {
        case .text:
            guard let text = value.stringValue?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty,
                  text.count <= 500 else { throw invalid(value) }
            return .string(text)
        case .textList:
            guard let items = value.arrayValue else { throw invalid(value) }
            return .array(try items.map { item throws(CadenceCoreError) in
                guard let text = item.stringValue?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
                    throw invalid(value)
                }
                return .string(text)
            })
        case .enumeration(let values):
            return .string(try enumValue(value, in: values, whole: value))
        case .enumList(let values):
            guard let items = value.arrayValue else { throw invalid(value) }
            var seen: [String] = []
            for item in items {
                let canonical = try enumValue(item, in: values, whole: value)
                if !seen.contains(canonical) { seen.append(canonical) }
            }
            return .array(seen.map { .string($0) })
        case .boolean:
            guard value.boolValue != nil else { throw invalid(value) }
            return value
        case .integer(let range):
            guard let number = value.doubleValue, number.rounded() == number, let whole = Int(checking: number),
                  range.map({ $0.contains(whole) }) ?? true else { throw invalid(value) }
            return .number(number)
        case .number(let range):
            guard let number = value.doubleValue, number.isFinite, range.map({ $0.contains(number) }) ?? true else {
                throw invalid(value)
            }
            return .number(number)
        case .date, .timestamp:
            if let text = value.stringValue, let millis = Self.parseInstant(text) { return .number(Double(millis)) }
            guard let number = value.doubleValue, number.rounded() == number,
                  number > -2_208_988_800_000, number < 4_102_444_800_000 else { throw invalid(value) }
            return .number(number)
        case .duration(let range):
            if let text = value.stringValue, let seconds = Self.parseDuration(text), range.contains(seconds) {
                return .number(Double(seconds))
            }
            guard let number = value.doubleValue, let seconds = Int(checking: number), range.contains(seconds) else {
                throw invalid(value)
            }
            return .number(number)
        case .pace:
            guard let text = value.stringValue, let pace = Self.canonicalPace(text) else { throw invalid(value) }
            return .string(pace)
        case .object:
            guard value.objectValue != nil || value.arrayValue != nil else { throw invalid(value) }
            return value
        }
    }

    private func enumValue(_ item: JSONValue, in values: [String], whole: JSONValue) throws(CadenceCoreError) -> String {
        guard let text = item.stringValue else { throw invalid(whole) }
        let canonical = text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        // Seed values are mostly lowercase; a few (radar labels) are not, so match case-insensitively.
        guard let match = values.first(where: { $0.lowercased() == canonical }) else { throw invalid(whole) }
        return match
    }

    func invalid(_ value: JSONValue) -> CadenceCoreError {
        .invalidValue(path: path, got: value.jsonString, allowed: allowed)
    }

    func invalid(_ text: String) -> CadenceCoreError {
        .invalidValue(path: path, got: "\"\(text)\"", allowed: allowed)
    }

    // MARK: - Formats

    /// `2027-04-20` (00:00 UTC) or a full ISO-8601 instant → Unix milliseconds.
    public static func parseInstant(_ text: String) -> Int64? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if text.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let components = DateComponents(year: year, month: month, day: day)
            guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else { return nil }
            return Int64((date.timeIntervalSince1970 * 1000).rounded())
        }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return Int64((date.timeIntervalSince1970 * 1000).rounded()) }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return Int64((date.timeIntervalSince1970 * 1000).rounded()) }
        return nil
    }

    /// Unix milliseconds → `2027-04-20` (UTC, as calendar dates are stored).
    public static func formatDate(_ millis: Int64) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(millis) / 1000))
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// `h:mm:ss`, `mm:ss` or whole seconds → seconds; nil beyond 1 000 000 hours (the sum
    /// must not overflow).
    public static func parseDuration(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy({ $0 != nil && $0! >= 0 && $0! <= 3_600_000_000 }) else { return nil }
        let numbers = parts.map { $0! }
        if numbers.count > 1, numbers.dropFirst().contains(where: { $0 >= 60 }) { return nil }
        let total = numbers.reduce(0) { $0 * 60 + $1 }
        return total <= 3_600_000_000 ? total : nil
    }

    public static func clock(_ seconds: Int) -> String {
        seconds >= 3600
            ? String(format: "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
            : String(format: "%d:%02d", seconds / 60, seconds % 60)
    }

    /// `5:40/km`, `5:40 /km`, `5:40` (per km) or `9:10/mi` → `5:40/km` / `9:10/mi`,
    /// between 2:00 and 20:00 per km.
    public static func canonicalPace(_ text: String) -> String? {
        let compact = text.lowercased().replacingOccurrences(of: " ", with: "")
        var unit = "km"
        var clockText = compact
        for (suffix, name) in [("/km", "km"), ("/mile", "mi"), ("/mi", "mi")] where compact.hasSuffix(suffix) {
            unit = name
            clockText = String(compact.dropLast(suffix.count))
            break
        }
        let parts = clockText.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let minutes = Int(parts[0]), let seconds = Int(parts[1]), parts[1].count == 2,
              (0..<1000).contains(minutes), (0..<60).contains(seconds) else { return nil }
        let total = Double(minutes * 60 + seconds)
        let perKm = unit == "km" ? total : total / 1.609344
        guard (120...1200).contains(perKm) else { return nil }
        return "\(minutes):\(String(format: "%02d", seconds))/\(unit)"
    }

    static func objectShape(for path: String) -> String {
        if path == "health.injuryDetails" {
            return #"a JSON list like [{"type":"shin_splints","severity":"minor","dateOccurred":1700000000000,"notes":"2023"}] (type required; severity minor, moderate or severe; dates in Unix ms)"#
        }
        if path.hasPrefix("running.hrZones.") { return #"JSON like {"min":120,"max":140} (beats per minute)"# }
        if path.hasPrefix("running.personalBests.") {
            return #"JSON like {"time":1500,"date":1750000000000,"source":"race"} (time in seconds, date in Unix ms)"#
        }
        if path == "connections.sourcePrecedence.customPriority" {
            return #"a JSON list like [{"source":"garmin","priority":0},{"source":"strava","priority":1}] (0 = highest)"#
        }
        return "JSON matching the data model's shape for this field"
    }

    /// A number without a needless ".0" ("38", "21.0975").
    public static func format(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
