import CadenceTestSupport
import Foundation
import Testing

/// `cadence plan …` run as a real process.
struct PlanCommandTests {
    static let knowledgeBase = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/PlanKnowledgeBase").path

    // Consent comes before the health fields: `runner set health.*` is refused without it (issue #13).
    static let halfMarathoner: [(String, String)] = [
        ("legal.healthConsentAt", "2027-01-01"), ("physical.age", "36"), ("running.experienceLevel", "returning"), ("running.currentVolume", "15"),
        ("running.currentFrequency", "3"), ("running.easyPace", "6:15/km"), ("goals.goalType", "race"),
        ("goals.raceDistance", "21.0975"), ("goals.raceDate", "2027-03-28"), ("goals.targetTime", "2:05:00"),
        ("schedule.availableDays", "4"), ("schedule.preferredDays", "monday,wednesday,friday,sunday"),
        ("schedule.blockedDays", "thursday"), ("schedule.longRunDay", "sunday"), ("health.pastInjuries", "shin_splints"),
        ("health.currentPain", "none"),
    ]

    static func runner(_ fields: [(String, String)]) throws -> CadenceBinary {
        let cli = try CadenceBinary()
        #expect(try cli.run("runner", "create", "--name", "Rui").status == 0)
        for (path, value) in fields {
            let result = try cli.run("runner", "set", path, value)
            #expect(result.status == 0, "\(path): \(result.stderr)")
        }
        return cli
    }

    static func generate(_ cli: CadenceBinary, _ extra: String...) throws -> CadenceBinary.Result {
        try cli.run(["plan", "generate", "--dir", knowledgeBase, "--start", "2027-01-04"] + extra)
    }

    @Test func refusesUntilTheRunnerIsReadyAndNamesWhatIsMissing() throws {
        let cli = try Self.runner(Array(Self.halfMarathoner.filter { $0.0 != "goals.raceDate" && $0.0 != "schedule.longRunDay" }))
        let result = try Self.generate(cli)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: the profile is not ready for a plan; still needed: goals.raceDate, schedule.longRunDay"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        let show = try cli.run("plan", "show")
        #expect(show.status == 1 && show.stderr.contains("has no plan yet"))
    }

    @Test func generateShowExportAndRegenerateKeepsHistory() throws {
        let cli = try Self.runner(Self.halfMarathoner)
        let generated = try Self.generate(cli, "--json")
        #expect(generated.status == 0, "\(generated.stderr)")
        let document = try #require(generated.jsonObject)
        let plan = try #require(document["plan"] as? [String: Any])
        for key in ["seasonView", "weeklyPlan", "runnerSnapshot", "phases", "loadParameters", "targetPaces", "decisions",
                    "safeguardApplications", "periodizationModel", "modificationHistory"] {
            #expect(plan[key] != nil, "missing \(key)")
        }
        #expect(plan["status"] as? String == "active")
        #expect(plan["durationWeeks"] as? Int == 12)
        let sessions = try #require(document["plannedSessions"] as? [[String: Any]])
        #expect(sessions.count == 84)
        #expect(sessions.allSatisfy { ($0["dayOfWeek"] as? String) != "thursday" || ($0["isRestDay"] as? Bool) == true })
        let firstId = try #require(plan["id"] as? String)

        let text = try cli.run("plan", "show")
        #expect(text.status == 0)
        #expect(text.stdout.contains("Half marathon - 12 Week Plan"))
        #expect(text.stdout.contains("Endurance") && text.stdout.contains("Race Ready"))
        #expect(text.stdout.contains("█"), "volume bars")
        #expect(text.stdout.contains("Safeguards:"))
        // Checks by runner-facing names, each warning once (issue #19): no internal ids, no reminder
        // repeated week after week.
        let log = text.stdout.split(separator: "\n").filter { $0.hasPrefix("  ✱ ") || $0.hasPrefix("  ! ") || $0.hasPrefix("  ? ") }
        #expect(!log.isEmpty)
        #expect(log.allSatisfy { $0.firstMatch(of: /^  . [a-z0-9]+(_[a-z0-9]+)+:/) == nil }, "\(log)")
        #expect(Set(log).count == log.count, "\(log)")
        let week = try cli.run("plan", "show", "--week", "5")
        #expect(week.stdout.contains("Week 5 of 12") && week.stdout.contains("Why:"))
        let weekJSON = try #require(try cli.run("plan", "show", "--week", "5", "--json").jsonObject)
        #expect((weekJSON["plannedSessions"] as? [Any])?.count == 7)
        #expect(try cli.run("plan", "show", "--week", "13").status == 1)

        let ics = cli.home.appendingPathComponent("plan.ics").path, html = cli.home.appendingPathComponent("plan.html").path
        let export = try cli.run("plan", "export", "--ics", ics, "--html", html)
        #expect(export.status == 0, "\(export.stderr)")
        let calendar = try String(contentsOfFile: ics, encoding: .utf8)
        let runs = sessions.filter { ($0["isRestDay"] as? Bool) == false }.count
        #expect(calendar.hasPrefix("BEGIN:VCALENDAR\r\n") && calendar.hasSuffix("END:VCALENDAR\r\n"))
        #expect(calendar.components(separatedBy: "BEGIN:VEVENT").count - 1 == runs)
        #expect(calendar.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.components(separatedBy: "<svg").count - 1 == 2, "progression and radar charts")
        #expect(page.contains("<table class=\"calendar\">"))
        for path in [ics, html] {
            let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(permissions == 0o600)
        }
        #expect(try cli.run("plan", "export").status == 2)

        // Regenerating supersedes the old plan but keeps it.
        let again = try #require(try Self.generate(cli, "--json").jsonObject)
        #expect(again["supersededPlanIds"] as? [String] == [firstId])
        let export2 = try #require(try cli.run("runner", "export").jsonObject)
        let plans = try #require(export2["trainingPlans"] as? [[String: Any]])
        #expect(plans.count == 2)
        let old = try #require(plans.first { $0["id"] as? String == firstId })
        #expect(old["status"] as? String == "abandoned")
        #expect((old["modificationHistory"] as? [[String: Any]])?.last?["changeType"] as? String == "superseded")
        let runner = try #require(export2["runner"] as? [String: Any])
        #expect((runner["goals"] as? [String: Any])?["goalFeasibility"] as? String == "ambitious")
    }

    @Test func aPlanWaitingForConfirmationStaysDraftUntilConfirmed() throws {
        var fields = Self.halfMarathoner.filter { !["goals.raceDistance", "goals.raceDate", "goals.targetTime", "health.pastInjuries"].contains($0.0) }
        fields += [("goals.raceDistance", "42.195"), ("goals.raceDate", "2027-02-28"), ("goals.targetTime", "3:00:00"),
                   ("health.pastInjuries", "none")]
        let cli = try Self.runner(fields)
        let generated = try Self.generate(cli)
        #expect(generated.status == 0, "\(generated.stderr)")
        #expect(generated.stdout.contains("(draft)"))
        #expect(generated.stdout.contains("Waiting for your confirmation"))
        #expect(generated.stdout.contains("? Enough weeks to prepare:"), "\(generated.stdout)")
        #expect(!generated.stdout.contains("marathon_low_base_minimum_weeks"))
        #expect(generated.stdout.contains("unlikely"))
        let confirmed = try cli.run("plan", "confirm")
        #expect(confirmed.status == 0)
        #expect(confirmed.stdout.contains("is now active"))
        let plan = try #require(try cli.run("plan", "show", "--json").jsonObject?["plan"] as? [String: Any])
        #expect(plan["status"] as? String == "active")
        #expect(try cli.run("plan", "confirm").status == 1)
    }
}
