import Agent
import CadenceMCP
import ArgumentParser
import CadenceCore
import Foundation
import Transcripts

/// `cadence replay`: re-runs recorded conversations through today's tools and prompts.
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay transcripts through today's tools and prompts and report what changed (exit 1 on a difference).",
        discussion: """
            --mode cassette (default): the recorded model responses are fed back, so no model is needed; each runner \
            change, tool outcome and plan safeguard verdict is compared with the recording (times of day are not \
            compared). --mode live: the recorded runner messages are sent to a model of today (--provider, guided by \
            default) and what it says is shown beside what was said then; exit 1 when the profile comes out different.
            """
    )

    enum Mode: String, ExpressibleByArgument, CaseIterable { case cassette, live }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var modelOptions: ModelOptions
    @Argument(help: "Transcript files (.jsonl), or folders: every .jsonl directly in a folder is replayed.") var transcripts: [String]
    @Option(help: "cassette (recorded model responses) or live (a model answers again).") var mode: Mode = .cassette
    @Option(help: "Prompt set to replay with (default: the current one).") var prompts: String?
    @Option(help: "Knowledge base folder (default: $CADENCE_KB, ./KnowledgeBase, or the one Cadence was built with).")
    var kb: String?
    @Option(help: "Width of the side-by-side view in live mode.") var width: Int = 100

    func validate() throws {
        if mode == .cassette && modelOptions.provider != .guided { throw ValidationError("--provider is for --mode live; cassette mode needs no model") }
    }

    func run() async throws {
        guard let folder = ResourceLocator.find("prompts", option: prompts, environment: "CADENCE_PROMPTS") else {
            throw UserError("no prompt set found; pass --prompts DIR")
        }
        let promptSet = try PromptSet(directory: folder)
        let knowledge = try await KnowledgeSnapshot.load(from: ResourceLocator.find("KnowledgeBase", option: kb, environment: "CADENCE_KB"))
        let urls = try Self.files(transcripts)
        switch mode {
        case .cassette: try await cassette(urls, prompts: promptSet, knowledge: knowledge)
        case .live: try await live(urls, prompts: promptSet, knowledge: knowledge)
        }
    }

    func cassette(_ urls: [URL], prompts: PromptSet, knowledge: KnowledgeSnapshot) async throws {
        var reports: [CassetteReplay.Report] = []
        // The chat's tools and the MCP server's plan reader, which a `cadence mcp` session may have called.
        let tools = try CadenceMCPServer.registry(prompts: prompts, includeKnowledge: knowledge.index != nil)
        // One unreadable file is reported and counted; it does not stop the others.
        var failures: [(url: URL, message: String)] = []
        for url in urls {
            do {
                reports.append(try await CassetteReplay.run(url, prompts: prompts, knowledge: knowledge, tools: tools))
            } catch {
                failures.append((url, "\(error)"))
            }
        }
        if global.json {
            struct Item: Encodable { let transcript: String; let turns: Int; let same: Bool; let differences: [String]; let notes: [String] }
            struct Failure: Encodable { let transcript: String; let error: String }
            struct Output: Encodable { let replays: [Item]; let unreadable: [Failure]; let summary: Summary }
            try Terminal.printJSON(Output(
                replays: reports.map { Item(transcript: $0.transcript.path, turns: $0.turns, same: $0.same, differences: $0.differences, notes: $0.notes) },
                unreadable: failures.map { Failure(transcript: $0.url.path, error: $0.message) },
                summary: Summary(same: reports.filter(\.same).count, different: reports.filter { !$0.same }.count, unreadable: failures.count)))
        } else {
            for report in reports {
                print("\(report.same ? "same" : "DIFFERENT")  \(report.transcript.lastPathComponent)  (\(report.turns) turns)")
                for difference in report.differences { print("  - \(difference)") }
                for note in report.notes { print("  note: \(note)") }
            }
            for failure in failures { print("UNREADABLE  \(failure.url.lastPathComponent)\n  - \(failure.message)") }
            if urls.count > 1 {
                print(Summary(same: reports.filter(\.same).count, different: reports.filter { !$0.same }.count, unreadable: failures.count).text)
            }
        }
        if reports.contains(where: { !$0.same }) || !failures.isEmpty { throw ExitCode(1) }
    }

    func live(_ urls: [URL], prompts: PromptSet, knowledge: KnowledgeSnapshot) async throws {
        let coach = try modelOptions.coach()
        var reports: [LiveReplay.Report] = []
        var failures: [(url: URL, message: String)] = []
        for url in urls {
            do {
                reports.append(try await LiveReplay.run(url, prompts: prompts, knowledge: knowledge, coach: coach))
            } catch {
                failures.append((url, "\(error)"))
            }
        }
        if global.json {
            struct Turn: Encodable {
                let turn: Int; let user: String; let recorded: String; let now: String
                let recordedChanges: [String: JSONValue]; let nowChanges: [String: JSONValue]; let same: Bool
            }
            struct Item: Encodable {
                let transcript: String; let recordedModel: String; let model: String; let sameProfile: Bool
                let fieldDifferences: [String]; let error: String?; let turns: [Turn]
            }
            try Terminal.printJSON(["replays": reports.map { report in
                Item(transcript: report.transcript.path, recordedModel: report.recordedModel, model: report.model, sameProfile: report.sameProfile,
                     fieldDifferences: report.fieldDifferences, error: report.error, turns: report.turns.map {
                         Turn(turn: $0.turn, user: $0.user, recorded: $0.recorded, now: $0.now, recordedChanges: $0.recordedChanges,
                              nowChanges: $0.nowChanges, same: $0.sameReply && $0.sameChanges)
                     })
            }])
        } else {
            for report in reports { print(report.sideBySide(width: width)) }
            for failure in failures { print("UNREADABLE  \(failure.url.lastPathComponent)\n  - \(failure.message)") }
            if urls.count > 1 {
                print(Summary(same: reports.filter(\.sameProfile).count, different: reports.filter { !$0.sameProfile }.count,
                              unreadable: failures.count).text)
            }
        }
        for failure in failures where global.json { Terminal.error("error: \(failure.message)") }
        if reports.contains(where: { !$0.sameProfile }) || !failures.isEmpty { throw ExitCode(1) }
    }

    /// How many transcripts replayed the same, differently, or not at all.
    struct Summary: Encodable {
        let same: Int
        let different: Int
        let unreadable: Int
        var text: String {
            "\(same + different + unreadable) transcripts: \(same) same, \(different) different" + (unreadable > 0 ? ", \(unreadable) unreadable" : "")
        }
    }

    /// The transcript files named, with each folder replaced by the `.jsonl` files directly in it.
    static func files(_ paths: [String]) throws -> [URL] {
        var urls: [URL] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw UserError("no transcript at \(path)") }
            let url = URL(fileURLWithPath: path)
            if isFolder.boolValue {
                let found = TranscriptReader.files(in: url)
                if found.isEmpty { throw UserError("\(path) holds no transcripts (.jsonl files)") }
                urls += found
            } else {
                urls.append(url)
            }
        }
        return urls
    }
}
