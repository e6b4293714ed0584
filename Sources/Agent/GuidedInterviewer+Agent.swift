import CadenceCore
import Foundation
import GuidedInterview
import Store

extension GuidedInterviewer {
    /// The interviewer for a runner in the database, with the question wording from the prompt set.
    /// The interview itself never touches the database: it reads the runner through this closure.
    public convenience init(database: AppDatabase, runnerId: String, prompts: PromptSet, clock: Clock) throws(AgentError) {
        let path = prompts.directory.appendingPathComponent("guided/questions.yaml").path
        guard let text = prompts.guidedQuestions else { throw .prompts(path: path, reason: "is missing") }
        do {
            try self.init(questionsYAML: text, profile: {
                guard let runner = try database.runner(id: runnerId) else { throw AgentError.store("the runner no longer exists") }
                return runner
            }, clock: clock)
        } catch {
            throw .prompts(path: path, reason: error.reason)
        }
    }
}
