import CadenceCore
import Foundation
import Yams

/// The knowledge base as files: `entries/*.md` (YAML front matter + Markdown content),
/// `safeguards/*.yaml` (one safeguard each) and an optional `lexicon.yaml`.
public struct KnowledgeBaseFiles: Sendable {
    public let entries: [KnowledgeEntry]
    public let safeguards: [Safeguard]
    public let lexicon: Lexicon

    /// Phases an entry may apply to.
    public static let phases = ["base", "build", "peak", "taper", "recovery"]

    /// Loads and validates every file; the first invalid one stops the load with its path and field.
    public static func load(from directory: URL, now: Int64) throws(KnowledgeError) -> KnowledgeBaseFiles {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .missingDirectory(directory.path)
        }
        var entries: [KnowledgeEntry] = []
        var seen: [String: String] = [:]
        for file in try files(in: directory.appendingPathComponent("entries"), ending: ".md") {
            let entry = try parseEntry(at: file, now: now)
            if let first = seen[entry.id] { throw .duplicate(kind: "entry", name: entry.id, paths: [first, file.path]) }
            seen[entry.id] = file.path
            entries.append(entry)
        }
        var safeguards: [Safeguard] = []
        seen = [:]
        for file in try files(in: directory.appendingPathComponent("safeguards"), ending: ".yaml") {
            let safeguard = try parseSafeguard(at: file, now: now)
            if let first = seen[safeguard.name] {
                throw .duplicate(kind: "safeguard", name: safeguard.name, paths: [first, file.path])
            }
            seen[safeguard.name] = file.path
            safeguards.append(safeguard)
        }
        let lexiconFile = directory.appendingPathComponent("lexicon.yaml")
        var lexicon = Lexicon.empty
        if FileManager.default.fileExists(atPath: lexiconFile.path) {
            let groups: [String: [String]] = try decode(read(lexiconFile), path: lexiconFile.path)
            lexicon = Lexicon(groups)
        }
        return KnowledgeBaseFiles(entries: entries, safeguards: safeguards, lexicon: lexicon)
    }

    // MARK: - Entries

    struct EntryFrontMatter: Decodable {
        let slug: String
        let title: String
        let category: String
        let subcategory: String?
        let tags: [String]
        let summary: String
        let applicableGoals: [String]?
        let applicableExperience: [String]?
        let applicablePhases: [String]?
        let source: String
        let sourceReference: String?
        let validatedBy: [String]?
        let confidence: String
        let usageContext: String
        let isActive: Bool
        let version: Int
    }

    static func parseEntry(at file: URL, now: Int64) throws(KnowledgeError) -> KnowledgeEntry {
        let text = try read(file)
        let lines = text.components(separatedBy: "\n")
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
              let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else {
            throw .invalidFile(path: file.path, field: nil, reason: "no YAML front matter between --- lines at the top")
        }
        let front: EntryFrontMatter = try decode(lines[1..<end].joined(separator: "\n"), path: file.path)
        let content = lines[(end + 1)...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        func invalid(_ field: String, _ reason: String) -> KnowledgeError { .invalidFile(path: file.path, field: field, reason: reason) }

        let name = file.deletingPathExtension().lastPathComponent
        guard front.slug == name else { throw invalid("slug", "is \(front.slug) but the file is named \(name).md") }
        guard front.slug.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }), !front.slug.isEmpty else {
            throw invalid("slug", "use lowercase letters, digits and hyphens")
        }
        for (field, value) in [("title", front.title), ("summary", front.summary), ("source", front.source)]
        where value.trimmingCharacters(in: .whitespaces).isEmpty {
            throw invalid(field, "is empty")
        }
        guard !content.isEmpty else { throw invalid("content", "the Markdown body after the front matter is empty") }
        try check(front.category, in: KnowledgeCategory.knownRawValues, field: "category", file: file)
        try check(front.confidence, in: EvidenceConfidence.knownRawValues, field: "confidence", file: file)
        try check(front.usageContext, in: UsageContext.knownRawValues, field: "usageContext", file: file)
        for goal in front.applicableGoals ?? [] { try check(goal, in: GoalType.knownRawValues, field: "applicableGoals", file: file) }
        for level in front.applicableExperience ?? [] {
            try check(level, in: ExperienceLevel.knownRawValues, field: "applicableExperience", file: file)
        }
        for phase in front.applicablePhases ?? [] { try check(phase, in: phases, field: "applicablePhases", file: file) }
        guard front.version >= 1 else { throw invalid("version", "must be 1 or more") }

        return KnowledgeEntry(
            id: front.slug, category: KnowledgeCategory(rawValue: front.category), subcategory: front.subcategory,
            tags: front.tags, title: front.title, content: content, summary: front.summary,
            applicableGoals: front.applicableGoals, applicableExperience: front.applicableExperience,
            applicablePhases: front.applicablePhases, source: front.source, sourceReference: front.sourceReference,
            validatedBy: front.validatedBy, confidence: EvidenceConfidence(rawValue: front.confidence),
            usageContext: UsageContext(rawValue: front.usageContext), isActive: front.isActive,
            createdAt: now, updatedAt: now, version: front.version
        )
    }

    // MARK: - Safeguards

    struct SafeguardFile: Decodable {
        let name: String
        let description: String
        let category: String
        let ruleType: String
        let condition: Safeguard.Condition
        let action: Safeguard.Action
        let source: String
        let rationale: String
        let isActive: Bool
        let priority: Int
    }

    static func parseSafeguard(at file: URL, now: Int64) throws(KnowledgeError) -> Safeguard {
        let parsed: SafeguardFile = try decode(read(file), path: file.path)
        try check(parsed.category, in: SafeguardCategory.knownRawValues, field: "category", file: file)
        try check(parsed.ruleType, in: SafeguardRuleType.knownRawValues, field: "ruleType", file: file)
        try check(parsed.condition.operator.rawValue, in: ComparisonOperator.knownRawValues, field: "condition.operator", file: file)
        if let age = parsed.condition.applicableWhen?.age {
            try check(age.operator.rawValue, in: ComparisonOperator.knownRawValues, field: "condition.applicableWhen.age.operator", file: file)
        }
        for level in parsed.condition.applicableWhen?.experienceLevel ?? [] {
            try check(level, in: ExperienceLevel.knownRawValues, field: "condition.applicableWhen.experienceLevel", file: file)
        }
        try check(parsed.action.type.rawValue, in: SafeguardActionType.knownRawValues, field: "action.type", file: file)
        try check(parsed.action.severity.rawValue, in: SafeguardSeverity.knownRawValues, field: "action.severity", file: file)
        guard parsed.condition.threshold.doubleValue != nil || parsed.condition.threshold.arrayValue != nil
            || parsed.condition.threshold.objectValue != nil else {
            throw .invalidFile(path: file.path, field: "condition.threshold", reason: "must be a number, a list or a map")
        }
        return Safeguard(
            id: parsed.name, name: parsed.name, description: parsed.description,
            category: SafeguardCategory(rawValue: parsed.category), ruleType: SafeguardRuleType(rawValue: parsed.ruleType),
            condition: parsed.condition, action: parsed.action, source: parsed.source, rationale: parsed.rationale,
            isActive: parsed.isActive, priority: parsed.priority, createdAt: now, updatedAt: now
        )
    }

    // MARK: - Helpers

    static func files(in folder: URL, ending suffix: String) throws(KnowledgeError) -> [URL] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            throw .missingDirectory(folder.path)
        }
        return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    static func read(_ file: URL) throws(KnowledgeError) -> String {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw .invalidFile(path: file.path, field: nil, reason: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalidFile(path: file.path, field: nil, reason: "is not UTF-8 text")
        }
        return text
    }

    static func decode<T: Decodable>(_ yaml: String, path: String) throws(KnowledgeError) -> T {
        do {
            return try YAMLDecoder().decode(T.self, from: yaml)
        } catch let DecodingError.keyNotFound(key, context) {
            let field = (context.codingPath + [key]).map(\.stringValue).joined(separator: ".")
            throw .invalidFile(path: path, field: field, reason: "is missing")
        } catch let DecodingError.typeMismatch(type, context) {
            throw .invalidFile(path: path, field: fieldName(context), reason: "should be \(describe(type))")
        } catch let DecodingError.valueNotFound(type, context) {
            throw .invalidFile(path: path, field: fieldName(context), reason: "should be \(describe(type)), not empty")
        } catch let DecodingError.dataCorrupted(context) {
            throw .invalidFile(path: path, field: fieldName(context), reason: context.debugDescription)
        } catch {
            throw .invalidFile(path: path, field: nil, reason: "is not valid YAML: \(error)")
        }
    }

    static func fieldName(_ context: DecodingError.Context) -> String? {
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        return path.isEmpty ? nil : path
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Bool.Type: return "true or false"
        case is Int.Type, is Double.Type: return "a number"
        case is [String].Type: return "a list of text"
        default: return "\(type)"
        }
    }

    static func check(_ value: String, in allowed: [String], field: String, file: URL) throws(KnowledgeError) {
        guard allowed.contains(value) else {
            throw .invalidFile(path: file.path, field: field, reason: "\(value) is not one of \(allowed.joined(separator: ", "))")
        }
    }
}
