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
            To test a prompt change: copy prompts/, edit the copy, then `cadence eval SUITE --prompts COPY --against prompts`. \
            OLD (--against) is the before side, NEW (--prompts) the after side; each case's change is after − before and \
            the exit status is 1 when any case got worse. --baseline FILE compares with a previous run's --json output \
            (the before side). See evals/README.md for the case format.
            """
    )

    enum PersonaPlayer: String, ExpressibleByArgument, CaseIterable { case rules, llm }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var modelOptions: ModelOptions
    @Argument(help: "The suite folder (or one case file).") var suite: String
    @Option(help: "Prompt set to evaluate, the after side of a comparison (default: the current one).") var prompts: String?
    @Option(help: "The before side: the prompt set to compare with (e.g. the unedited prompts/).") var against: String?
    /// Removed: it took DIR as the before side, so an edited copy read backwards. Kept only to say so.
    @Option(help: .hidden) var compare: String?
    @Option(help: "A previous run's `--json` output to compare with (the before side).") var baseline: String?
    @Option(name: .customLong("repeat"), help: "Run each case N times and report flakiness.") var repetitions: Int = 1
    @Option(help: "Write a JUnit XML report here.") var junit: String?
    @Option(help: "Write a self-contained HTML report here (scorecard, failed checks, conversations; readable by you only).") var html: String?
    @Option(name: .customLong("case"), help: "Run only this case (repeatable).") var only: [String] = []
    @Option(help: "Keep each conversation's transcript in this folder (replayable with `cadence replay`).") var transcripts: String?
    @Option(help: "Who plays personas: rules (default) or llm (the configured model).") var persona: PersonaPlayer = .rules
    @Option(help: "Knowledge base folder (default: $CADENCE_KB, ./KnowledgeBase, or the one Cadence was built with).")
    var kb: String?

    func validate() throws {
        if repetitions < 1 || repetitions > 100 { throw ValidationError("--repeat must be between 1 and 100") }
        if compare != nil {
            throw ValidationError("--compare was removed: it read backwards. Use --prompts NEW --against OLD "
                + "(OLD is the before side, NEW the after side; e.g. `cadence eval evals --prompts ~/p2 --against prompts`)")
        }
        if against != nil && baseline != nil { throw ValidationError("use --against or --baseline, not both") }
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
                                              transcripts: keep.map { against == nil ? $0 : $0.appendingPathComponent(label) },
                                              secrets: factory?.secrets ?? [])
            try runner.checkCoach()
            let total = suite.cases.count
            let counter = Counter()
            return await runner.run(suite, repeat: repetitions) { name in
                Terminal.note("[\(label)] \(counter.next())/\(total * repetitions) \(name)")
            }
        }

        var comparison: ScorecardComparison?
        var beforeRun: Scorecard?
        let current: Scorecard
        if let against {
            let old = URL(fileURLWithPath: against)
            let before = try await evaluate(old, label: "before")
            beforeRun = before
            current = try await evaluate(promptsFolder, label: "after")
            let changed = PromptChanges(before: old, after: promptsFolder)
            comparison = ScorecardComparison(before: before.report, after: current.report, beforeLabel: "--against \(Self.label(against))",
                                             afterLabel: "--prompts \(Self.label(promptsFolder.path))",
                                             notes: changed.note(guidedCoach: factory == nil).map { [$0] } ?? [])
        } else {
            current = try await evaluate(promptsFolder, label: "eval")
            if let baseline {
                let before = try Scorecard.Report.load(from: URL(fileURLWithPath: baseline))
                comparison = ScorecardComparison(before: before, after: current.report,
                                                 beforeLabel: "--baseline \(Self.label(baseline)), prompts \(Self.label(before.prompts.dir))",
                                                 afterLabel: "this run, prompts \(Self.label(promptsFolder.path))")
            }
        }
        let report = current.report
        if let junit {
            do {
                try Data(report.junit().utf8).write(to: URL(fileURLWithPath: junit))
            } catch {
                throw UserError("cannot write the JUnit report at \(junit): \(error.localizedDescription)")
            }
        }

        if let html {
            try SecureFile.write(Data(EvalHTMLReport(after: current, before: beforeRun, comparison: comparison).html.utf8), to: html)
        }

        if global.json {
            if let comparison {
                struct Compared: Encodable {
                    let before: Scorecard.Report; let after: Scorecard.Report; let notes: [String]
                    let changes: [ScorecardComparison.Change]; let anyWorse: Bool
                }
                try Terminal.printJSON(Compared(before: comparison.before, after: report, notes: comparison.notes,
                                                changes: comparison.changes, anyWorse: comparison.anyWorse))
            } else {
                try Terminal.printJSON(report)
            }
        } else {
            print(report.table, terminator: "")
            if let comparison { print("\n" + comparison.table, terminator: "") }
        }
        if !current.passed || comparison?.anyWorse == true { throw ExitCode(1) }
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
