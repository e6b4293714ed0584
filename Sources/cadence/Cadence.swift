import ArgumentParser

struct Cadence: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cadence",
        abstract: "Cadence, an AI running coach in your terminal.",
        version: "0.1.0",
        subcommands: [RunnerCommand.self, PlanCommand.self, KnowledgeCommand.self, CalcCommand.self]
    )
}
