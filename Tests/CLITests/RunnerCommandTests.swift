import CadenceTestSupport
import Foundation
import Testing

/// `cadence runner …` run as a real process: output, exit codes and what ends up on disk.
struct RunnerCommandTests {
    static func withRunner() throws -> CadenceBinary {
        let cli = try CadenceBinary()
        let created = try cli.run("runner", "create", "--name", "Alex", "--json")
        #expect(created.status == 0, "\(created.stderr)")
        return cli
    }

    static func field(_ json: Any, _ path: String) -> Any? {
        path.split(separator: ".").reduce(Optional(json)) { node, key in (node as? [String: Any])?[String(key)] }
    }

    @Test func createSetAndShowAsDocumented() throws {
        let cli = try Self.withRunner()
        let set = try cli.run("runner", "set", "goals.raceDate", "2027-04-20")
        #expect(set.status == 0)
        #expect(set.stdout.hasPrefix("goals.raceDate: 2027-04-20 (was unset)"))
        #expect(try cli.run("runner", "set", "schedule.preferredDays", "monday,wednesday,saturday").status == 0)
        #expect(try cli.run("runner", "set", "physical.age", "34", "--json").status == 0)

        let show = try cli.run("runner", "show", "--json")
        #expect(show.status == 0)
        #expect(show.stderr.isEmpty)
        let runner = try show.json()
        #expect(Self.field(runner, "identity.name") as? String == "Alex")
        #expect(Self.field(runner, "physical.age") as? Int == 34)
        #expect(Self.field(runner, "goals.raceDate") as? Int == 1_808_179_200_000)
        #expect(Self.field(runner, "schedule.preferredDays") as? [String] == ["monday", "wednesday", "saturday"])
        #expect(Self.field(runner, "conversationState.readyForPlan") as? Bool == false)

        let one = try cli.run("runner", "show", "goals.raceDate")
        #expect(one.stdout == "2027-04-20\n")
        let oneJSON = try cli.run("runner", "show", "physical.age", "--json").json()
        #expect(Self.field(oneJSON, "value") as? Int == 34)

        let human = try cli.run("runner", "show")
        #expect(human.stdout.contains("preferredDays: monday, wednesday, saturday"))
        #expect(human.stdout.contains("Still needed: your goal (goals.goalType)"))
    }

    @Test(arguments: [
        (["physical.age", "300"], "physical.age must be a whole number from 5 to 100"),
        (["schedule.preferredDays", "monday,funday"], "schedule.preferredDays must be a comma-separated list of monday"),
        (["goals.raceDate", "20/04/2027"], "goals.raceDate must be a date like 2027-04-20"),
        (["running.experienceLevel", "elite"], "running.experienceLevel must be one of beginner"),
        (["physical.agee", "34"], "physical.agee is not a runner field; did you mean physical.age?"),
        (["running.actualWeeklyVolume", "30"], "running.actualWeeklyVolume cannot be set"),
        (["conversationState.readyForPlan", "true"], "conversationState.readyForPlan cannot be set"),
        (["identity.name", "null"], "identity.name must be text"),
        (["physical.age", "-5"], "physical.age must be a whole number from 5 to 100 (got \"-5\")"),
    ])
    func badValuesExitOneAndChangeNothing(arguments: [String], message: String) throws {
        let cli = try Self.withRunner()
        #expect(try cli.run("runner", "set", "physical.age", "34").status == 0)
        let before = try cli.run("runner", "export").stdout
        let result = try cli.run(["runner", "set"] + arguments)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: \(message)"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        let after = try cli.run("runner", "export").stdout
        #expect(Self.withoutExportTime(after) == Self.withoutExportTime(before))
    }

    @Test(arguments: [["runner", "frobnicate"], ["runner", "create"], ["runner", "show", "a", "b"], ["--nope"],
                      ["runner", "set", "physical.age"]])
    func badUsageExitsTwo(arguments: [String]) throws {
        let result = try CadenceBinary().run(arguments)
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }

    @Test func exportWritesEverythingToAnOwnerOnlyFile() throws {
        let cli = try Self.withRunner()
        #expect(try cli.run("runner", "set", "legal.healthConsentAt", "now").status == 0)
        #expect(try cli.run("runner", "set", "health.pastInjuries", "shin_splints").status == 0)
        let file = cli.home.appendingPathComponent("alex.json").path
        let result = try cli.run("runner", "export", "--output", file)
        #expect(result.status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(Self.field(document, "runner.health.pastInjuries") as? [String] == ["shin_splints"])
        let history = Self.field(document, "fieldHistory") as? [[String: Any]]
        #expect(history?.map { $0["path"] as? String } == ["identity.name", "identity.nameConfirmed", "legal.healthConsentAt", "health.pastInjuries"])
        for table in ["activities", "sleepSessions", "dailySummaries", "bodyMeasurements", "trainingPlans", "plannedSessions"] {
            #expect(Self.field(document, table) is [Any], "\(table)")
        }
    }

    /// Issue #13: health fields need recorded consent, typed in as well as said in chat; terms and
    /// privacy are accepted only where they are shown.
    @Test func healthFieldsNeedConsentFirst() throws {
        let cli = try Self.withRunner()
        for (path, value) in [("health.pastInjuries", "shin_splints"), ("health.currentPain", "knee"), ("physical.restingHeartRate", "52")] {
            let refused = try cli.run("runner", "set", path, value)
            #expect(refused.status == 1, "\(path)")
            #expect(refused.stderr.contains("consent") && refused.stderr.contains("runner set legal.healthConsentAt now"), "\(refused.stderr)")
        }
        let history = try cli.run("runner", "history", "--json")
        #expect(!history.stdout.contains("health."))
        #expect(try cli.run("runner", "set", "legal.termsAcceptedAt", "2026-12-01").status == 1)
        #expect(try cli.run("runner", "set", "physical.age", "40").status == 0, "other fields need no consent")
        #expect(try cli.run("runner", "set", "legal.healthConsentAt", "now").status == 0)
        #expect(try cli.run("runner", "set", "health.currentPain", "knee").status == 0)
        #expect(try cli.run("runner", "show", "health.currentPain", "--json").stdout.contains("knee"))
    }

    /// `now` for the consent comes from the CLI's clock, the one the database stamps its rows with.
    @Test func consentNowUsesTheInjectedClock() throws {
        let cli = try CadenceBinary(environment: ["CADENCE_NOW": "2026-12-01T07:30:00Z"])
        #expect(try cli.run("runner", "create", "--name", "Alex").status == 0)
        #expect(try cli.run("runner", "set", "legal.healthConsentAt", "now").status == 0)
        let value = try cli.run("runner", "show", "legal.healthConsentAt", "--json").json()
        #expect(Self.field(value, "value") as? Int == 1_796_110_200_000)
        let history = Self.field(try cli.run("runner", "history", "--json").json(), "history") as? [[String: Any]] ?? []
        let row = history.first { $0["path"] as? String == "legal.healthConsentAt" }
        #expect(row?["recordedAt"] as? Int == 1_796_110_200_000, "\(history)")

        let bad = try CadenceBinary(environment: ["CADENCE_NOW": "yesterday"]).run("runner", "create", "--name", "Alex")
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("error: CADENCE_NOW=yesterday is not a date"), "\(bad.stderr)")
    }

    @Test func deleteNeedsConfirmationAndRemovesTheRunner() throws {
        let cli = try Self.withRunner()
        let refused = try cli.run("runner", "delete")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("add --yes"))
        #expect(try cli.run("runner", "show").status == 0)

        #expect(try cli.run("runner", "delete", "--yes").status == 0)
        let gone = try cli.run("runner", "show")
        #expect(gone.status == 1)
        #expect(gone.stderr.contains("no runner yet"))
    }

    @Test func databaseFileIsOwnerOnlyAndDbOptionIsHonoured() throws {
        let cli = try Self.withRunner()
        let attributes = try FileManager.default.attributesOfItem(atPath: cli.databasePath)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)

        let other = cli.home.appendingPathComponent("other/elsewhere.sqlite").path
        #expect(try cli.run("--db", other, "--json", "runner", "create", "--name", "Sam").status == 0)
        #expect(FileManager.default.fileExists(atPath: other))
        let listed = try cli.run("runner", "list", "--db", other, "--json").json()
        #expect((Self.field(listed, "runners") as? [[String: Any]])?.map { $0["name"] as? String } == ["Sam"])
    }

    @Test func severalRunnersAreChosenByNameOrDefault() throws {
        let cli = try Self.withRunner()
        #expect(try cli.run("runner", "create", "--name", "Sam").status == 0)
        let ambiguous = try cli.run("runner", "show")
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("--runner NAME"))
        #expect(try cli.run("runner", "set", "physical.age", "41", "--runner", "sam").status == 0)
        #expect(try cli.run("runner", "default", "Sam").status == 0)
        #expect(try cli.run("runner", "show", "physical.age").stdout == "41\n")
        #expect(try cli.run("runner", "show", "physical.age", "--runner", "Alex").stdout == "unset\n")
    }

    @Test func historyShowsSources() throws {
        let cli = try Self.withRunner()
        #expect(try cli.run("runner", "set", "physical.age", "34").status == 0)
        #expect(try cli.run("runner", "set", "physical.age", "35").status == 0)
        let history = try cli.run("runner", "history", "physical.age", "--json").json()
        let entries = Self.field(history, "history") as? [[String: Any]]
        #expect(entries?.map { $0["value"] as? Int } == [34, 35])
        #expect(entries?.map { $0["source"] as? String } == ["manual", "manual"])
    }

    @Test func versionAndHelp() throws {
        let cli = try CadenceBinary()
        let version = try cli.run("--version")
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try cli.run("runner", "--help")
        #expect(help.status == 0)
        #expect(help.stdout.contains("set"))
    }

    static func withoutExportTime(_ text: String) -> String {
        text.split(separator: "\n").filter { !$0.contains("\"exportedAt\"") }.joined(separator: "\n")
    }
}
