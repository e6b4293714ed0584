import CadenceTestSupport
import Foundation
import Testing

/// The loop of issue 16 through the real binary: import → week → today → adapt. The CLI runs on
/// the system clock, so the plan is placed relative to today: it began on the Monday two weeks ago.
struct PlanInMotionCommandTests {
    static func day(_ offset: Int, from date: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: calendar.date(byAdding: .day, value: offset, to: date)!)
    }

    /// The Monday on or before today, minus `weeks` weeks, as a day offset from today.
    static func mondayOffset(weeksAgo weeks: Int) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let weekday = calendar.component(.weekday, from: Date())   // 1 = Sunday
        return -((weekday + 5) % 7) - 7 * weeks
    }

    static func gpx(day: String, minutes: Int, km: Double) -> String {
        let points = (0...10).map { i in
            let seconds = minutes * 60 * i / 10
            return "<trkpt lat='" + String(format: "%.6f", 50 + km * 0.009 * Double(i) / 10) + "' lon='8.0'><time>" + day
                + String(format: "T07:%02d:%02dZ", seconds / 60, seconds % 60) + "</time></trkpt>"
        }.joined(separator: "\n")
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
            + "<trk><type>running</type><trkseg>\n\(points)\n</trkseg></trk></gpx>"
    }

    @Test func importThenWeekShowsWhatWasDoneAndAdaptListsItsChanges() throws {
        let start = Self.mondayOffset(weeksAgo: 2)
        let cli = try PlanCommandTests.runner(PlanCommandTests.halfMarathoner.map {
            $0.0 == "goals.raceDate" ? ($0.0, Self.day(start + 14 * 7 - 1)) : $0
        })
        let generated = try cli.run("plan", "generate", "--dir", PlanCommandTests.knowledgeBase, "--start", Self.day(start), "--json")
        #expect(generated.status == 0, "\(generated.stderr)")
        // One run on the plan's first Monday; nothing after it.
        let file = cli.home.appendingPathComponent("monday.gpx")
        try Data(Self.gpx(day: Self.day(start), minutes: 40, km: 6).utf8).write(to: file)
        let imported = try cli.run("import", file.path)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Plan: 1 "), "\(imported.stdout)")

        let week = try #require(try cli.run("week", "--week", "1", "--json").jsonObject)
        let sessions = try #require(week["sessions"] as? [[String: Any]])
        // The run fulfils one run session of week 1 (on its day or moved); the others passed without a run.
        let runs = sessions.filter { ($0["isRestDay"] as? Bool) == false }
        let done = runs.filter { $0["completedActivityId"] is String }
        #expect(done.count == 1)
        #expect(["completed", "modified", "rescheduled"].contains(done.first?["status"] as? String))
        #expect((done.first?["adherenceScore"] as? Double).map { $0 > 0 && $0 <= 1 } == true)
        #expect(runs.filter { !($0["completedActivityId"] is String) }.allSatisfy { $0["status"] as? String == "skipped" })
        let text = try cli.run("week", "--week", "1")
        #expect(text.status == 0 && text.stdout.contains("Week 1 of") && text.stdout.contains("✗ skipped"))
        #expect(try cli.run("today").status == 0)
        #expect(try cli.run("week", "--week", "99").status == 1)
        // Again: nothing changes.
        let sync = try #require(try cli.run("plan", "sync", "--json").jsonObject)
        #expect(sync["changedSessions"] as? Int == 0 && sync["changedActivities"] as? Int == 0)

        // Two weeks without running: the adapted plan restarts lower and says why.
        let adapted = try cli.run("plan", "adapt", "--dir", PlanCommandTests.knowledgeBase, "--json")
        #expect(adapted.status == 0, "\(adapted.stderr)")
        let document = try #require(adapted.jsonObject)
        #expect(document["safeguardViolations"] as? Int == 0)
        let changes = try #require(document["changes"] as? [[String: Any]])
        #expect(changes.first?["relatedRule"] as? String == "return_after_break")
        #expect(changes.contains { $0["relatedRule"] as? String == "never_catch_up" })
        #expect((document["daysWithoutRunning"] as? Int ?? 0) >= 8)
        // A draft is a plan waiting for the runner's confirmation, and the output says which.
        let pending = try #require(document["pendingConfirmations"] as? [[String: Any]])
        #expect(((document["plan"] as? [String: Any])?["status"] as? String == "draft") == !pending.isEmpty)
        let plans = try cli.run("plan", "show", "--json")
        #expect(plans.status == 0)
        #expect(((plans.jsonObject?["plan"] as? [String: Any])?["modificationHistory"] as? [[String: Any]])?
            .contains { $0["changeType"] as? String == "adapted" } == true)
    }
}
