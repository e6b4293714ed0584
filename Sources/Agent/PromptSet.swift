import CadenceCore
import Crypto
import Foundation
import Mustache

/// The editable prompt files (`prompts/`): the system prompt template, one fragment per coaching
/// voice, one description per tool, and the guided interview's questions. Loaded and parsed up
/// front, so a missing or broken file is reported before the conversation starts.
public struct PromptSet: Sendable {
    public let directory: URL
    /// SHA-256 over every file (path and content), recorded in transcripts so a replay knows
    /// which prompts produced a conversation.
    public let sha256: String
    let system: MustacheTemplate
    let context: MustacheTemplate
    let voices: [String: String]
    let toolDescriptions: [String: String]
    /// `guided/questions.yaml`, when present.
    public let guidedQuestions: String?

    public static let voiceNames = CoachingVoice.knownRawValues

    public init(directory: URL) throws(AgentError) {
        self.directory = directory
        let files = try Self.allFiles(in: directory)
        var digest = SHA256()
        for (relative, data) in files {
            digest.update(data: Data(relative.utf8))
            digest.update(data: data)
        }
        sha256 = digest.finalize().map { String(format: "%02x", $0) }.joined()
        let contents = Dictionary(uniqueKeysWithValues: files.map { ($0.0, String(decoding: $0.1, as: UTF8.self)) })

        func template(_ path: String) throws(AgentError) -> MustacheTemplate {
            guard let text = contents[path] else {
                throw .prompts(path: directory.appendingPathComponent(path).path, reason: "is missing")
            }
            do {
                return try MustacheTemplate(string: text)
            } catch {
                throw .prompts(path: directory.appendingPathComponent(path).path, reason: Self.explain(error))
            }
        }
        system = try template("system.mustache")
        context = try template("context.mustache")
        var voices: [String: String] = [:]
        for voice in Self.voiceNames {
            let path = "voices/\(voice).mustache"
            guard let text = contents[path] else {
                throw .prompts(path: directory.appendingPathComponent(path).path, reason: "is missing (one fragment per coaching voice)")
            }
            voices[voice] = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        self.voices = voices
        var tools: [String: String] = [:]
        for (path, text) in contents where path.hasPrefix("tools/") && path.hasSuffix(".md") {
            tools[String(path.dropFirst("tools/".count).dropLast(".md".count))] = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        toolDescriptions = tools
        guidedQuestions = contents["guided/questions.yaml"]
    }

    /// The description of a tool from `tools/NAME.md`.
    public func description(ofTool name: String) throws(AgentError) -> String {
        guard let text = toolDescriptions[name], !text.isEmpty else {
            throw .prompts(path: directory.appendingPathComponent("tools/\(name).md").path, reason: "is missing or empty")
        }
        return text
    }

    /// The system prompt for this moment of the conversation.
    /// Instructions and voice: the same every turn, so servers can cache it with the tools.
    func renderSystem(voice name: String) -> String {
        system.render(["voice": voices[name] ?? voices["encouraging"] ?? ""])
    }

    /// The context for one message: the date, the profile as it is now, what is missing, knowledge.
    func renderContext(_ values: PromptContext) -> String {
        context.render(values.values)
    }

    /// A template error as a person fixes it: the line and column, what is wrong, and the line itself.
    static func explain(_ error: Error) -> String {
        guard let parse = error as? MustacheTemplate.ParserError else { return "is not a valid Mustache template (\(error))" }
        let what: String = switch parse.error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: "a section is closed with a different name than it was opened with"
        case .unfinishedName?: "a tag is not closed with }}"
        case .expectedSectionEnd?: "a section is opened but never closed ({{/name}} missing)"
        case .invalidSetDelimiter?: "a set-delimiter tag is badly formed"
        case .transformAppliedToInheritanceSection?, .illegalTokenInsideInheritSection?, .textInsideInheritSection?: "an inheritance section is badly formed"
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?: "a configuration tag is not understood"
        case nil: "\(parse.error)" == "overflow" ? "the file ends inside a tag or section that is not closed" : "\(parse.error)"
        }
        let context = parse.context
        let excerpt = context.line.trimmingCharacters(in: .whitespacesAndNewlines)
        return "is not a valid Mustache template: line \(context.lineNumber), column \(context.columnNumber): \(what)"
            + (excerpt.isEmpty ? "" : " (\"\(excerpt.prefix(80))\")")
    }

    static func allFiles(in directory: URL) throws(AgentError) -> [(String, Data)] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .prompts(path: directory.path, reason: "is not a folder")
        }
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw .prompts(path: directory.path, reason: "cannot be read")
        }
        var files: [(String, Data)] = []
        let base = directory.standardizedFileURL.path
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  !url.lastPathComponent.hasPrefix(".") else { continue }
            let path = url.standardizedFileURL.path
            let relative = path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : url.lastPathComponent
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw .prompts(path: url.path, reason: "cannot be read")
            }
            files.append((relative, data))
        }
        return files.sorted { $0.0 < $1.0 }
    }
}

/// What the system prompt is filled with.
struct PromptContext {
    var today: String
    var profile: String
    var completeness: Int
    var readyForPlan: Bool
    var missing: [String]
    var toConfirm: [String]
    var knowledge: [(id: String, title: String, summary: String)]

    var values: [String: Any] {
        [
            "today": today, "profile": profile, "completeness": completeness,
            "readyForPlan": readyForPlan, "hasMissing": !missing.isEmpty, "missingList": missing.joined(separator: ", "),
            "hasToConfirm": !toConfirm.isEmpty, "toConfirmList": toConfirm.joined(separator: ", "),
            "hasKnowledge": !knowledge.isEmpty,
            "knowledge": knowledge.map { ["id": $0.id, "title": $0.title, "summary": $0.summary] },
        ]
    }
}

extension PromptSet {
    /// The two parts of the prompt for a runner as they are now: the static instructions with the
    /// coaching voice (the runner's own unless `voice` names another), and the context message
    /// (today's date, profile, what is missing, knowledge). The chat sends them apart so the first
    /// stays cacheable.
    public func prompt(for runner: Runner, today: Int64, voice: String? = nil,
                       knowledge: [(id: String, title: String, summary: String)] = []) -> (system: String, context: String) {
        let state = runner.conversationState
        let context = PromptContext(
            today: RunnerField.formatDate(today), profile: ProfileSnapshot(runner).text, completeness: Int(state.dataCompleteness ?? 0),
            readyForPlan: state.readyForPlan ?? false, missing: state.fieldsMissing ?? [],
            toConfirm: state.fieldsToConfirm ?? [], knowledge: knowledge
        )
        return (renderSystem(voice: voice ?? runner.coaching.coachingVoice?.rawValue ?? "encouraging"), renderContext(context))
    }

    /// Both parts in one text, for clients that take a single system prompt (`cadence mcp`).
    public func systemPrompt(for runner: Runner, today: Int64, voice: String? = nil,
                             knowledge: [(id: String, title: String, summary: String)] = []) -> String {
        let parts = prompt(for: runner, today: today, voice: voice, knowledge: knowledge)
        return parts.system + "\n\n" + parts.context
    }
}
