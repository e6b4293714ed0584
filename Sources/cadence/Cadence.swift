import ArgumentParser

struct Cadence: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cadence",
        abstract: "Cadence, an AI running coach in your terminal.",
        version: "0.1.0",
        subcommands: [ChatCommand.self, RunnerCommand.self, PlanCommand.self, WeekCommand.self, TodayCommand.self, ImportCommand.self, ActivitiesCommand.self,
                      SleepCommand.self, DailyCommand.self, StateCommand.self, KnowledgeCommand.self, CalcCommand.self,
                      ReplayCommand.self, EvalCommand.self, KeysCommand.self, LLMCommand.self,
                      MCPCommand.self]
    )
}
