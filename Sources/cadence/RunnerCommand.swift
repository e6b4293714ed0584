import ArgumentParser
import CadenceCore
import Foundation
import Store

struct RunnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runner",
        abstract: "Create, read and change the runner object (facts you enter are recorded with source `manual`).",
        subcommands: [Create.self, List.self, Show.self, Set.self, Confirm.self, History.self, Fields.self,
                      Default.self, Export.self, Delete.self]
    )

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a runner.")
        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: "The runner's name.") var name: String
        @Flag(name: .long, help: "Make this the runner commands use when --runner is not given.") var makeDefault = false

        func run() throws {
            let database = try global.openDatabase()
            let runner = try database.createRunner(name: name)
            if makeDefault { try database.setDefaultRunner(id: runner.id) }
            if global.json { return try Terminal.printJSON(runner) }
            print("Created runner \(runner.identity.name) (\(runner.id)).")
            print("Next: `cadence runner set goals.goalType race` … or talk it through with `cadence chat`.")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List runners.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let database = try global.openDatabase()
            let runners = try database.runners()
            let defaultId = try database.defaultRunnerId()
            if global.json {
                struct Item: Encodable { let id: String; let name: String; let isDefault: Bool; let dataCompleteness: Double? }
                return try Terminal.printJSON(["runners": runners.map {
                    Item(id: $0.id, name: $0.identity.name, isDefault: $0.id == defaultId,
                         dataCompleteness: $0.conversationState.dataCompleteness)
                }])
            }
            if runners.isEmpty { return print("No runners yet: `cadence runner create --name NAME`.") }
            for runner in runners {
                let mark = runner.id == defaultId ? " (default)" : ""
                let complete = runner.conversationState.dataCompleteness.map { " — \(Int($0))% complete" } ?? ""
                print("\(runner.identity.name)\(mark)  \(runner.id)\(complete)")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the runner object, or one field of it.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "A dotted seed path such as physical.age (default: everything).") var path: String?

        func run() throws {
            let (_, runner) = try global.openDatabaseAndRunner()
            if let path {
                let field = try RunnerField.named(path)
                let value = try runner.value(at: path)
                if global.json { return try Terminal.printJSON(["path": JSONValue.string(path), "value": value]) }
                return print(RunnerFormatter.format(value, as: field))
            }
            if global.json { return try Terminal.printJSON(runner) }
            print(RunnerFormatter.describe(runner))
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set one field: `cadence runner set goals.raceDate 2027-04-20`.",
            discussion: """
            Lists are comma-separated (`schedule.preferredDays monday,wednesday,saturday`, `none` for an empty list); \
            dates are YYYY-MM-DD; durations h:mm:ss; paces 5:40/km; nested objects JSON; `null` clears a field. \
            `cadence runner fields` lists every path and what it accepts.
            """
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "A dotted seed path such as physical.age.") var path: String
        // Unrecognized tokens are the value, so `-5` reaches validation instead of being an unknown option.
        @Argument(parsing: .allUnrecognized, help: "The value.") var value: [String]

        func run() throws {
            let field = try RunnerField.named(path)
            let text = value.joined(separator: " ")
            let (database, runner) = try global.openDatabaseAndRunner()
            // `now` for a consent: the moment the runner gives it is the moment they type it, on the
            // clock the database stamps the write with.
            let parsed = path == "legal.healthConsentAt" && text == "now"
                ? JSONValue.number(Double(try GlobalOptions.clock().millis)) : try field.parse(text)
            if ["legal.termsAcceptedAt", "legal.privacyAcceptedAt"].contains(path), !parsed.isNull {
                throw UserError("\(path) is set only where the terms and privacy text are shown and accepted, not typed in. Nothing was changed.")
            }
            // Health data is kept only with consent, typed in or said in chat (issue #13).
            if !parsed.isNull, HealthConsent.refusal(writing: [path], for: runner) != nil {
                let declined = HealthConsent.status(of: runner) == .declined
                throw UserError("\(path) is health data, kept only with the runner's consent, which "
                    + (declined ? "was declined" : "is not recorded")
                    + ". To give it: `cadence runner set legal.healthConsentAt now` (or answer yes to the health question in "
                    + "`cadence chat`), then set \(path) again. Nothing was changed.")
            }
            if path == "goals.targetTime", let seconds = parsed.doubleValue, let km = runner.goals.raceDistance,
               let problem = TargetTime.problem(seconds: seconds, distanceKm: km, as: value.joined(separator: " ")) {
                throw UserError("\(problem). Nothing was changed.")
            }
            let changes = try database.setRunnerField(runnerId: runner.id, path: path, value: parsed, context: .manual)
            let updated = try database.runner(id: runner.id) ?? runner
            if global.json {
                struct Result: Encodable { let changes: [RunnerChange]; let conversationState: Runner.ConversationState }
                return try Terminal.printJSON(Result(changes: changes, conversationState: updated.conversationState))
            }
            if let change = changes.first {
                let old = change.old.isNull ? "unset" : RunnerFormatter.format(change.old, as: field)
                print("\(path): \(RunnerFormatter.format(change.new, as: field)) (was \(old))")
            } else {
                print("\(path): unchanged (\(RunnerFormatter.format(parsed, as: field)))")
            }
            print(RunnerFormatter.readiness(updated.conversationState))
        }
    }

    struct Confirm: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Confirm values a device or Cadence inferred.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Dotted seed paths.") var paths: [String]

        func run() throws {
            let (database, runner) = try global.openDatabaseAndRunner()
            try database.confirmRunnerFields(runnerId: runner.id, paths: paths, context: .manual)
            let updated = try database.runner(id: runner.id) ?? runner
            if global.json { return try Terminal.printJSON(updated.conversationState) }
            print("Confirmed \(paths.joined(separator: ", ")).")
            print(RunnerFormatter.readiness(updated.conversationState))
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show where each value came from, oldest first.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "A dotted seed path (default: every field).") var path: String?

        func run() throws {
            if let path { _ = try RunnerField.named(path) }
            let (database, runner) = try global.openDatabaseAndRunner()
            let history = try database.fieldHistory(runnerId: runner.id, path: path)
            if global.json { return try Terminal.printJSON(["history": history]) }
            if history.isEmpty { return print("No recorded values\(path.map { " for \($0)" } ?? "").") }
            for entry in history {
                let field = try RunnerField.named(entry.path)
                var line = "\(RunnerFormatter.instant(entry.recordedAt))  \(entry.path) = \(RunnerFormatter.format(entry.value, as: field))  [\(entry.source)"
                if let confidence = entry.confidence { line += ", confidence \(confidence)" }
                if let turn = entry.turn { line += ", turn \(turn)" }
                if let session = entry.sessionId { line += ", session \(session)" }
                print(line + "]")
            }
        }
    }

    struct Fields: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every runner field, what it accepts and who writes it.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            if global.json {
                struct Item: Encodable { let path: String; let accepts: String; let writer: String; let required: Bool }
                return try Terminal.printJSON(["fields": RunnerField.all.map {
                    Item(path: $0.path, accepts: $0.allowed, writer: "\($0.writer)", required: $0.required)
                }])
            }
            for field in RunnerField.all {
                let who = field.writer == .person ? "" : "  [\(field.writer == .derived ? "derived" : "computed")]"
                print("\(field.path): \(field.allowed)\(who)")
            }
        }
    }

    struct Default: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark the runner used when --runner is not given.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Runner name or id.") var name: String

        func run() throws {
            let database = try global.openDatabase()
            let runner = try database.resolveRunner(name)
            try database.setDefaultRunner(id: runner.id)
            if global.json { return try Terminal.printJSON(["defaultRunnerId": runner.id]) }
            print("\(runner.identity.name) is now the default runner.")
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write everything stored about the runner as one JSON document.")
        @OptionGroup var global: GlobalOptions
        @Option(name: [.short, .long], help: "Write to this file (created readable by you only) instead of stdout.")
        var output: String?

        func run() throws {
            let (database, runner) = try global.openDatabaseAndRunner()
            let data = try Terminal.jsonData(try database.export(runnerId: runner.id))
            guard let output else {
                FileHandle.standardOutput.write(data + Data([0x0A]))
                return
            }
            try SecureFile.write(data, to: output)
            if global.json { return try Terminal.printJSON(["path": output]) }
            print("Exported \(runner.identity.name) to \(output).")
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete the runner and all of their data.")
        @OptionGroup var global: GlobalOptions
        @Flag(name: .long, help: "Do not ask for confirmation.") var yes = false

        func run() throws {
            let (database, runner) = try global.openDatabaseAndRunner()
            if !yes {
                guard Terminal.isInteractive, !global.json else {
                    throw UserError("deleting \(runner.identity.name) removes all of their data; add --yes to confirm")
                }
                Terminal.note("Delete \(runner.identity.name) and all of their data? Type the name to confirm:")
                guard readLine()?.trimmingCharacters(in: .whitespaces) == runner.identity.name else {
                    throw UserError("not deleted")
                }
            }
            try database.deleteRunner(id: runner.id)
            if global.json { return try Terminal.printJSON(["deleted": runner.id]) }
            print("Deleted \(runner.identity.name) and all of their data.")
        }
    }
}
