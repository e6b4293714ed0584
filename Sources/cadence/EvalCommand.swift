import Agent
import ArgumentParser
import CadenceCore
import Foundation
import LLM
import Transcripts

/// `cadence eval`: runs a suite of onboarding cases and scores them.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Run an eval suite (a folder of YAML cases) and print a scorecard; exit 1 when a case fails.",
        discussion: """
            Each case is a conversation on a scratch database: scripted runner turns, or a persona answering what the \
            coach asks from its facts. The coach is the guided offline interviewer unless --provider is given. \
            --compare DIR runs the same cases with another prompt set and shows both side by side; --baseline FILE \
            compares with a previous run's --json output. See evals/README.md for the case format.
            """
    )

    enum PersonaPlayer: String, ExpressibleByArgument, CaseIterable { case rules, llm }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var modelOptions: ModelOptions
    @Argument(help: "The suite folder (or one case file).") var suite: String
    @Option(help: "Prompt set to evaluate (default: the current one).") var prompts: String?
    @Option(help: "Another prompt set to run the same cases with, shown side by side (e.g. the previous prompts).")
    var compare: String?
    @Option(help: "A previous run's `--json` output to compare with.") var baseline: String?
    @Option(name: .customLong("repeat"), help: "Run each case N times and report flakiness.") var repetitions: Int = 1
    @Option(help: "Write a JUnit XML report here.") var junit: String?
    @Option(name: .customLong("case"), help: "Run only this case (repeatable).") var only: [String] = []
    @Option(help: "Keep each conversation's transcript in this folder (replayable with `cadence replay`).") var transcripts: String?
    @Option(help: "Who plays personas: rules (default) or llm (the configured model).") var persona: PersonaPlayer = .rules
    @Option(help: "Knowledge base folder (default: $CADENCE_KB, ./KnowledgeBase, or the one Cadence was built with).")
    var kb: String?

    func validate() throws {
        if repetitions < 1 || repetitions > 100 { throw ValidationError("--repeat must be between 1 and 100") }
        if compare != nil && baseline != nil { throw ValidationError("use --compare or --baseline, not both") }
        if persona == .llm && modelOptions.provider == .guided { throw ValidationError("--persona llm needs a model: --provider openai, anthropic or another provider") }
    }

    func run() async throws {
        let suite = try EvalSuite.load(from: URL(fileURLWithPath: suite), only: only)
        guard let promptsFolder = ResourceLocator.find("prompts", option: prompts, environment: "CADENCE_PROMPTS") else {
            throw UserError("no prompt set found; pass --prompts DIR")
        }
        let knowledgeBase = ResourceLocator.find("KnowledgeBase", option: kb, environment: "CADENCE_KB")
        if knowledgeBase == nil { Terminal.note("note: no knowledge base found; plans are checked without safeguards.") }
        let factory = try modelOptions.makeFactory()
        let coach = try modelOptions.coach()
        // A configured model also grades rubrics (and plays personas when asked to).
        let liveModel = factory?.makeModel(timeout: modelOptions.timeout)
        let keep = transcripts.map { URL(fileURLWithPath: $0) }
        let knowledge = try await KnowledgeSnapshot.load(from: knowledgeBase)
        let prices: PriceTable
        do {
            prices = try PriceTable.load(from: URL(fileURLWithPath: GlobalOptions.cadenceHome).appendingPathComponent("prices.json"))
        } catch {
            throw UserError("\(error)")
        }

        func evaluate(_ folder: URL, label: String) async throws -> Scorecard {
            let prompts = try PromptSet(directory: folder)
            let runner = EvalRunner(prompts: prompts, coach: coach, knowledge: knowledge,
                                              personaModel: persona == .llm ? liveModel : nil, grader: liveModel, prices: prices,
                                              transcripts: keep.map { compare == nil ? $0 : $0.appendingPathComponent(label) },
                                              secrets: factory?.secrets ?? [])
            let total = suite.cases.count
            let counter = Counter()
            return await runner.run(suite, repeat: repetitions) { name in
                Terminal.note("[\(label)] \(counter.next())/\(total * repetitions) \(name)")
            }
        }

        let current = try await evaluate(promptsFolder, label: compare == nil ? "eval" : "current")
        let report = current.report
        var comparison: ScorecardComparison?
        if let compare {
            let other = try await evaluate(URL(fileURLWithPath: compare), label: "compare")
            comparison = ScorecardComparison(before: other.report, after: report, beforeLabel: Self.label(compare), afterLabel: Self.label(promptsFolder.path))
        } else if let baseline {
            comparison = ScorecardComparison(before: try Scorecard.Report.load(from: URL(fileURLWithPath: baseline)), after: report,
                                             beforeLabel: "baseline", afterLabel: "now")
        }
        if let junit {
            do {
                try Data(report.junit().utf8).write(to: URL(fileURLWithPath: junit))
            } catch {
                throw UserError("cannot write the JUnit report at \(junit): \(error.localizedDescription)")
            }
        }

        if global.json {
            if let comparison {
                struct Compared: Encodable { let current: Scorecard.Report; let compared: Scorecard.Report; let changes: [ScorecardComparison.Change] }
                try Terminal.printJSON(Compared(current: report, compared: comparison.before, changes: comparison.changes))
            } else {
                try Terminal.printJSON(report)
            }
        } else {
            print(report.table, terminator: "")
            if let comparison { print("\n" + comparison.table, terminator: "") }
        }
        if !current.passed { throw ExitCode(1) }
    }

    /// A prompt folder named as people know it: its last two path components.
    static func label(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.pathComponents.suffix(2).joined(separator: "/")
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func next() -> Int { lock.withLock { count += 1; return count } }
    }
}
