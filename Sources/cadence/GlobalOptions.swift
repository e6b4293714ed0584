import ArgumentParser
import Foundation

/// Options every command accepts (ARCHITECTURE.md, "CLI contract").
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Database file (default: $CADENCE_HOME/cadence.sqlite, CADENCE_HOME defaults to ~/.cadence).")
    var db: String?

    @Option(name: .long, help: "Runner name or id (default: the only runner, or the one marked default).")
    var runner: String?

    @Flag(name: .long, help: "Machine-readable JSON on stdout, nothing else on stdout.")
    var json = false
}

/// A mistake the user can fix: printed as one line on stderr, exit code 1.
struct UserError: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}
