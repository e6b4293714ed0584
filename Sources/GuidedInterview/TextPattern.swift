import Foundation

/// A compiled, case-insensitive regular expression with offsets in UTF-16 units.
///
/// `NSRegularExpression` is immutable once built, so sharing one across tasks is safe.
final class TextPattern: @unchecked Sendable {
    private let regex: NSRegularExpression

    init(_ pattern: String, caseSensitive: Bool = false) {
        do {
            regex = try NSRegularExpression(pattern: pattern, options: caseSensitive ? [] : [.caseInsensitive])
        } catch {
            preconditionFailure("Invalid pattern \(pattern): \(error)")
        }
    }

    func matches(in text: String) -> [TextMatch] {
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { TextMatch($0, in: ns) }
    }

    func firstMatch(in text: String) -> TextMatch? {
        let ns = text as NSString
        return regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)).map { TextMatch($0, in: ns) }
    }

    func matches(_ text: String) -> Bool { firstMatch(in: text) != nil }

    /// Replaces every match with what `replacement` returns for it.
    func replacing(in text: String, _ replacement: (TextMatch) -> String) -> String {
        let all = matches(in: text)
        guard !all.isEmpty else { return text }
        let ns = NSMutableString(string: text)
        for match in all.reversed() {
            ns.replaceCharacters(in: NSRange(location: match.start, length: match.end - match.start), with: replacement(match))
        }
        return ns as String
    }
}

struct TextMatch {
    /// UTF-16 offsets of the whole match.
    let start: Int
    let end: Int
    let text: String
    private let groups: [String?]
    private let groupStarts: [Int]

    init(_ result: NSTextCheckingResult, in ns: NSString) {
        start = result.range.location
        end = result.range.location + result.range.length
        text = ns.substring(with: result.range)
        var groups: [String?] = []
        var starts: [Int] = []
        for index in 0..<result.numberOfRanges {
            let range = result.range(at: index)
            groups.append(range.location == NSNotFound ? nil : ns.substring(with: range))
            starts.append(range.location == NSNotFound ? result.range.location : range.location)
        }
        self.groups = groups
        groupStarts = starts
    }

    subscript(_ index: Int) -> String? {
        index < groups.count ? groups[index] : nil
    }

    func start(of index: Int) -> Int {
        index < groupStarts.count ? groupStarts[index] : start
    }
}

extension String {
    /// UTF-16 substring between two offsets, clamped.
    func utf16Slice(_ from: Int, _ to: Int) -> String {
        let ns = self as NSString
        let lower = max(0, min(from, ns.length))
        let upper = max(lower, min(to, ns.length))
        return ns.substring(with: NSRange(location: lower, length: upper - lower))
    }

    var utf16Length: Int { (self as NSString).length }
}
