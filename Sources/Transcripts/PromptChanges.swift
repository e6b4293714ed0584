import Foundation

/// Which files differ between two prompt sets, and which of them a coach never reads — so a
/// comparison that cannot show a difference says why instead of reporting "0 cases changed".
public struct PromptChanges: Sendable, Equatable {
    /// Paths relative to the prompt folder that were added, removed or edited.
    public let files: [String]

    public init(before: URL, after: URL) {
        let old = Self.contents(in: before), new = Self.contents(in: after)
        files = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }.sorted()
    }

    /// The guided interviewer reads only `guided/`; a language model reads everything else.
    public static func isRead(_ path: String, byGuidedCoach guided: Bool) -> Bool {
        path.hasPrefix("guided/") == guided
    }

    /// The changed files the chosen coach does not read.
    public func unread(byGuidedCoach guided: Bool) -> [String] {
        files.filter { !Self.isRead($0, byGuidedCoach: guided) }
    }

    /// A line for the comparison header when some changed files cannot affect this coach, nil otherwise.
    public func note(guidedCoach guided: Bool) -> String? {
        let unread = unread(byGuidedCoach: guided)
        guard !unread.isEmpty else { return nil }
        let all = unread.count == files.count
        let list = unread.prefix(6).joined(separator: ", ") + (unread.count > 6 ? " and \(unread.count - 6) more" : "")
        if guided {
            return "note: \(all ? "every changed file" : "some changed files") (\(list)) \(unread.count == 1 ? "is" : "are") not read by the guided "
                + "interviewer, which reads only guided/questions.yaml; measure \(unread.count == 1 ? "it" : "them") with --provider openai or anthropic"
        }
        return "note: \(all ? "every changed file" : "some changed files") (\(list)) \(unread.count == 1 ? "is" : "are") read only by the guided "
            + "interviewer, not by a language model; measure \(unread.count == 1 ? "it" : "them") with --provider guided"
    }

    /// Each regular, non-hidden file's bytes by relative path (prompt sets are small); an
    /// unreadable folder is empty.
    static func contents(in folder: URL) -> [String: Data] {
        let base = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        var result: [String: Data] = [:]
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true, !url.lastPathComponent.hasPrefix("."),
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            let path = url.standardizedFileURL.path
            let relative = path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : url.lastPathComponent
            result[relative] = data
        }
        return result
    }
}
