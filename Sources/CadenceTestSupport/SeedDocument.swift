import Foundation

/// The seed data model (`cadence-data-model.md`) read the way the schema tests need it: each
/// table's field paths (nested objects as `section.field`, array elements included) and indexes.
///
/// It reads the live contract at `../shared/seed/` beside the repository when present, else the
/// copy in `Tests/Fixtures/` (so a clone on its own still tests; refresh the copy when the seed changes).
public struct SeedDocument: Sendable {
    public struct Table: Sendable {
        public let name: String
        /// Dotted paths of every field, top-level and nested.
        public let fieldPaths: [String]
        /// Top-level fields only, with whether the seed marks them optional.
        public let topLevelFields: [(name: String, optional: Bool)]
        public let indexes: [(name: String, columns: [String])]
    }

    public let tables: [String: Table]
    public let sourcePath: String

    /// Fields Cadence adds to the seed, by table, each for a need the seed cannot express (named
    /// in the issue that asked for it). Everything else stays 1-1 with the seed.
    public static let cadenceAdditions: [String: Set<String>] = [
        // Issue 14: "an hour on weekdays, longer at the weekend" — the seed has one limit for all days.
        "runners": ["schedule.longRunMaxDurationMinutes"],
    ]

    public static func load() throws -> SeedDocument {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidates = [
            root.deletingLastPathComponent().appendingPathComponent("shared/seed/cadence-data-model.md"),
            root.appendingPathComponent("Tests/Fixtures/cadence-data-model.md"),
        ]
        guard let url = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw SeedError("seed data model not found at \(candidates.map(\.path))")
        }
        return try SeedDocument(text: String(contentsOf: url, encoding: .utf8), sourcePath: url.path)
    }

    init(text: String, sourcePath: String) throws {
        self.sourcePath = sourcePath
        var tables: [String: Table] = [:]
        for block in text.components(separatedBy: "```typescript").dropFirst() {
            let code = block.components(separatedBy: "```")[0]
            guard let header = code.range(of: #"(?m)^(\w+): defineTable\(\{"#, options: .regularExpression) else { continue }
            let name = String(code[header].prefix { $0 != ":" })
            var parser = Parser(tokens: Self.tokenize(String(code[header.upperBound...])))
            let fields = try parser.fields()
            var paths: [String] = []
            func walk(_ fields: [Parser.Field], _ prefix: String) {
                for field in fields {
                    paths.append(prefix + field.name)
                    walk(field.children, prefix + field.name + ".")
                }
            }
            walk(fields, "")
            let indexPattern = try NSRegularExpression(pattern: #"\.index\("(\w+)", \[([^\]]*)\]\)"#)
            let body = code as NSString
            let indexes = indexPattern.matches(in: code, range: NSRange(location: 0, length: body.length)).map { match in
                (body.substring(with: match.range(at: 1)),
                 body.substring(with: match.range(at: 2)).split(separator: ",").map {
                     $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                 })
            }
            tables[name] = Table(name: name, fieldPaths: paths,
                                 topLevelFields: fields.map { ($0.name, $0.optional) }, indexes: indexes)
        }
        self.tables = tables
    }

    static func tokenize(_ code: String) -> [String] {
        var tokens: [String] = []
        for line in code.split(separator: "\n", omittingEmptySubsequences: false) {
            let source = line.range(of: "//").map { String(line[..<$0.lowerBound]) } ?? String(line)
            var current = ""
            var inString = false
            for character in source {
                if inString {
                    current.append(character)
                    if character == "\"" { tokens.append(current); current = ""; inString = false }
                } else if character == "\"" {
                    if !current.isEmpty { tokens.append(current) }
                    current = "\""
                    inString = true
                } else if character.isLetter || character.isNumber || character == "_" {
                    current.append(character)
                } else {
                    if !current.isEmpty { tokens.append(current); current = "" }
                    if "(){}[],:.".contains(character) { tokens.append(String(character)) }
                }
            }
            if !current.isEmpty { tokens.append(current) }
        }
        return tokens
    }

    struct Parser {
        struct Field {
            let name: String
            let optional: Bool
            let children: [Field]
        }

        let tokens: [String]
        var position = 0

        init(tokens: [String]) { self.tokens = tokens }

        mutating func next() throws -> String {
            guard position < tokens.count else { throw SeedError("seed ended early") }
            defer { position += 1 }
            return tokens[position]
        }

        mutating func expect(_ token: String) throws {
            let found = try next()
            guard found == token else { throw SeedError("expected \(token), found \(found) at token \(position)") }
        }

        /// Fields up to the closing `}`.
        mutating func fields() throws -> [Field] {
            var result: [Field] = []
            while true {
                let token = try next()
                if token == "}" { return result }
                if token == "," { continue }
                try expect(":")
                let (optional, children) = try type()
                result.append(Field(name: token, optional: optional, children: children))
            }
        }

        /// `v.kind(...)`; returns whether it is optional and the fields of an object inside it.
        mutating func type() throws -> (Bool, [Field]) {
            try expect("v")
            try expect(".")
            let kind = try next()
            try expect("(")
            switch kind {
            case "optional", "array":
                let (_, children) = try type()
                try expect(")")
                return (kind == "optional", children)
            case "object":
                try expect("{")
                let children = try fields()
                try expect(")")
                return (false, children)
            default:
                while try next() != ")" {}
                return (false, [])
            }
        }
    }
}

public struct SeedError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
