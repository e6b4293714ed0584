import Agent
import ArgumentParser
import CadenceCore
import Foundation
import Knowledge
import Store
import Transcripts

/// `cadence replay`: re-runs recorded conversations through today's tools and prompts.
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay transcripts through today's tools and prompts and report what changed (exit 1 on a difference).",
        discussion: """
            Cassette replay: the recorded model responses are fed back, so no model is needed; each runner change \
            and tool outcome is compared with the recording (times of day are not compared).
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Transcript files (.jsonl).") var transcripts: [String]
    @Option(help: "Prompt set to replay with (default: the current one).") var prompts: String?

    func run() async throws {
        guard let folder = ResourceLocator.find("prompts", option: prompts, environment: "CADENCE_PROMPTS") else {
            throw UserError("no prompt set found; pass --prompts DIR")
        }
        let promptSet = try PromptSet(directory: folder)
        // The knowledge base as a search tool needs no database of the runner's: a scratch one will do.
        let scratch = try AppDatabase.inMemory()
        let knowledge = try? await KnowledgeBase(database: scratch, directory: ResourceLocator.find("KnowledgeBase", option: nil, environment: "CADENCE_KB"),
                                                 now: Clock.system.millis).index()
        var reports: [CassetteReplay.Report] = []
        for path in transcripts {
            let url = URL(fileURLWithPath: path)
            guard FileManager.default.fileExists(atPath: url.path) else { throw UserError("no transcript at \(path)") }
            reports.append(try await CassetteReplay.run(url, prompts: promptSet, knowledge: knowledge))
        }
        if global.json {
            struct Item: Encodable { let transcript: String; let turns: Int; let same: Bool; let differences: [String] }
            try Terminal.printJSON(["replays": reports.map {
                Item(transcript: $0.transcript.path, turns: $0.turns, same: $0.same, differences: $0.differences)
            }])
        } else {
            for report in reports {
                print("\(report.same ? "same" : "DIFFERENT")  \(report.transcript.lastPathComponent)  (\(report.turns) turns)")
                for difference in report.differences { print("  - \(difference)") }
            }
        }
        if reports.contains(where: { !$0.same }) { throw ExitCode(1) }
    }
}
