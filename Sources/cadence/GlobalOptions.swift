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

extension GlobalOptions {
    /// Global options may come before the subcommand (`cadence --db X runner show`); ArgumentParser
    /// reads them on the subcommand, so they are moved to the end before parsing.
    static func movedAfterSubcommands(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--json" {
                leading.append(argument)
                index += 1
            } else if ["--db", "--runner"].contains(argument), index + 1 < arguments.count {
                leading += [argument, arguments[index + 1]]
                index += 2
            } else if argument.hasPrefix("--db=") || argument.hasPrefix("--runner=") {
                leading.append(argument)
                index += 1
            } else {
                break
            }
        }
        let rest = Array(arguments[index...])
        // Keep them before a `--` terminator so they are still read as options.
        if let terminator = rest.firstIndex(of: "--") {
            return Array(rest[..<terminator]) + leading + Array(rest[terminator...])
        }
        return rest + leading
    }
}
