import ArgumentParser
import Foundation

/// Runs a command with the exit codes of the CLI contract: 0 on success, 1 on a user error with
/// a one-line message on stderr, 2 on bad usage. (ArgumentParser alone would use 64 for usage.)
@main
enum CadenceMain {
    static func main() async {
        let command: any ParsableCommand
        do {
            command = try Cadence.parseAsRoot(GlobalOptions.movedAfterSubcommands(Array(CommandLine.arguments.dropFirst())))
        } catch {
            let code = Cadence.exitCode(for: error)
            if code == .success { Cadence.exit(withError: error) }
            Terminal.error(Cadence.fullMessage(for: error))
            exit(2)
        }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                var syncCommand = command
                try syncCommand.run()
            }
        } catch let exitCode as ExitCode {
            exit(exitCode.rawValue)
        } catch {
            if Cadence.exitCode(for: error) == .success { Cadence.exit(withError: error) }
            Terminal.error("error: \(error)")
            exit(1)
        }
    }
}
