import CadenceCore
import Coaching
import Foundation
import Inference
import Ingest
import Knowledge
import Planning
import Store

/// Benchmarks for issue 8, run by ../ingest-bench.sh next to the Python peers:
///
///   IngestBench fitgen DIR [--files N]        write realistic running FIT files (1 Hz records)
///   IngestBench fit DIR [--runs 5] [--big-repeat 50] [--big-runs 3]
///                                             decode every valid .fit in DIR (files loaded first),
///                                             and the largest file ×big-repeat; median of runs
///   IngestBench import FILE                   what `cadence import FILE` does (into a new SQLite file,
///                                             then inference); run it under /usr/bin/time -v
///   IngestBench inference [--years 10] [--runs 20]
///                                             recompute currentState for N years of daily runs
///   IngestBench motion KB_DIR [--years 10] [--runs 5]
///                                             issue 16: match N years of runs to a 20-week plan
///                                             (12 weeks in) and adapt it, against a SQLite file
@main
struct IngestBench {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard !arguments.isEmpty else { return print("usage: IngestBench fitgen DIR | fit DIR | inference") }
        let command = arguments.removeFirst()
        func option(_ name: String, _ fallback: Int) -> Int {
            guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return fallback }
            return Int(arguments[index + 1]) ?? fallback
        }
        switch command {
        case "fitgen": try fitgen(dir: arguments.first ?? "fit", files: option("--files", 12))
        case "fit": try fit(dir: arguments.first ?? "fit", runs: option("--runs", 5), bigRepeat: option("--big-repeat", 50),
                            bigRuns: option("--big-runs", 3))
        case "inference": try inference(years: option("--years", 10), runs: option("--runs", 20))
        case "import": try importFile(arguments.first ?? "export.xml")
        case "motion": try motion(knowledgeBase: arguments.first ?? "KnowledgeBase", years: option("--years", 10), runs: option("--runs", 5))
        default: print("unknown command \(command)")
        }
    }

    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    // MARK: - FIT

    static func fit(dir: String, runs: Int, bigRepeat: Int, bigRuns: Int) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.lowercased().hasSuffix(".fit") }.sorted()
        var files: [(String, Data)] = []
        for name in names {
            let data = try Data(contentsOf: URL(fileURLWithPath: dir).appendingPathComponent(name))
            if (try? FITDecoder.decode(data)) != nil { files.append((name, data)) } else { print("skipped \(name): not decodable") }
        }
        let bytes = files.map(\.1.count).reduce(0, +)
        var messages = 0, records = 0, fields = 0
        for (_, data) in files {
            let decoded = try FITDecoder.decode(data)
            messages += decoded.count
            records += decoded.filter { $0.globalNumber == 20 }.count
            fields += decoded.map { $0.fields.count + $0.developerFields.count }.reduce(0, +)
        }
        var times: [Double] = []
        for _ in 0 ..< runs {
            times.append(try seconds {
                var total = 0
                for (_, data) in files { total &+= try FITDecoder.decode(data).count }
                precondition(total == messages)
            })
        }
        let all = median(times)
        print("valid files: \(files.count) (\(bytes) bytes), data msgs \(messages), record msgs \(records), field values \(fields)")
        print("| workload | decoder | median s (runs) | data msgs | msgs/s | record msgs/s | MB/s |")
        print("|---|---|---|---|---|---|---|")
        print(String(format: "| all valid files | cadence FITDecoder | %.4f (%@) | %d | %.0f | %.0f | %.2f |", all,
                     times.map { String(format: "%.4f", $0) }.joined(separator: ", "), messages,
                     Double(messages) / all, Double(records) / all, Double(bytes) / 1e6 / all))
        guard let big = files.max(by: { $0.1.count < $1.1.count }) else { return }
        let bigMessages = try FITDecoder.decode(big.1)
        let bigRecords = bigMessages.filter { $0.globalNumber == 20 }.count
        var bigTimes: [Double] = []
        for _ in 0 ..< bigRuns {
            bigTimes.append(try seconds { for _ in 0 ..< bigRepeat { _ = try FITDecoder.decode(big.1) } })
        }
        let b = median(bigTimes)
        print(String(format: "| %@ ×%d | cadence FITDecoder | %.4f (%@) | %d | %.0f | %.0f | %.2f |", big.0, bigRepeat, b,
                     bigTimes.map { String(format: "%.4f", $0) }.joined(separator: ", "), bigMessages.count * bigRepeat,
                     Double(bigMessages.count * bigRepeat) / b, Double(bigRecords * bigRepeat) / b,
                     Double(big.1.count * bigRepeat) / 1e6 / b))
    }

    /// Running activity files like a Garmin watch writes: file_id, device_info, 1 Hz `record`
    /// messages (timestamp, position, enhanced altitude and speed, HR, cadence, distance,
    /// fractional cadence, power), a lap per km, session and activity.
    static func fitgen(dir: String, files: Int) throws {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for index in 0 ..< files {
            let seconds = index == files - 1 ? 4 * 3600 : 1800 + index * 300
            let data = FITWriter.run(start: 1_000_000_000 + UInt32(index) * 86_400, seconds: seconds)
            try Data(data).write(to: URL(fileURLWithPath: dir).appendingPathComponent(String(format: "run-%02d.fit", index)))
        }
        print("wrote \(files) FIT files to \(dir)")
    }

    // MARK: - Import

    static func importFile(_ path: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try AppDatabase.open(path: folder.appendingPathComponent("cadence.sqlite").path)
        let runner = try database.createRunner(name: "Bench")
        var report = ImportReport()
        let importSeconds = try seconds { report = ImportJob(database: database, runner: runner).run(paths: [path]) }
        guard report.failedCount == 0 else { throw NSError(domain: "IngestBench", code: 1, userInfo: [NSLocalizedDescriptionKey: report.files.compactMap(\.error).joined()]) }
        let inferenceSeconds = try seconds { try StateRefresh().run(database: database, runnerId: runner.id) }
        let size = Double((try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0)
        let t = report.totals
        print(String(format: "import %.2f s (%.1f MB/s), inference %.3f s; activities %d, sleep %d, daily %d, body %d",
                     importSeconds, size / 1e6 / importSeconds, inferenceSeconds, t.activities.inserted, t.sleepSessions.inserted,
                     t.dailySummaries.inserted, t.bodyMeasurements.inserted))
    }

    // MARK: - Inference

    static func inference(years: Int, runs: Int) throws {
        let days = years * 365
        let end = Date(timeIntervalSince1970: 1_767_225_600)   // 2026-01-01
        let clock = Clock.fixed(end)
        let database = try AppDatabase.inMemory(clock: clock, ids: .sequential(prefix: "id"))
        let runner = try database.createRunner(name: "Bench")
        var activities: [Activity] = []
        var daily: [DailySummary] = []
        var sleep: [SleepSession] = []
        let first = Int64(end.timeIntervalSince1970 * 1000) - Int64(days) * 86_400_000
        for day in 0 ..< days {
            let start = first + Int64(day) * 86_400_000 + 7 * 3_600_000
            let minutes = [40.0, 60, 35, 75, 45, 0, 110][day % 7]
            if minutes > 0 {
                var a = Activity(id: "a\(day)", runnerId: runner.id, userId: runner.userId, externalId: "a\(day)", source: .garmin,
                                 startTime: start, endTime: start + Int64(minutes * 60_000), activityType: .running,
                                 importedAt: 0, lastSyncedAt: 0)
                a.durationSeconds = minutes * 60
                a.movingTimeSeconds = minutes * 60
                a.distanceMeters = minutes * 60 / (day % 7 == 3 ? 250 : 330) * 1000
                a.avgHeartRateBpm = day % 7 == 3 ? 168 : 142
                a.maxHeartRateBpm = 185
                a.startLatitude = 47
                activities.append(a)
            }
            let date = Self.date(first / 86_400_000 + Int64(day))
            daily.append(DailySummary(id: "d\(day)", runnerId: runner.id, userId: runner.userId, date: date, startTime: start,
                                      endTime: start, restingHeartRateBpm: 50 + Double(day % 5), avgHrvRmssd: 60 + Double(day % 9),
                                      sources: ["garmin"], lastUpdatedAt: 0))
            var s = SleepSession(id: "s\(day)", runnerId: runner.id, userId: runner.userId, source: .garmin,
                                 startTime: start - 9 * 3_600_000, endTime: start - 3_600_000, importedAt: 0, lastSyncedAt: 0)
            s.totalAsleepSeconds = 7 * 3600
            sleep.append(s)
        }
        let input = InferenceInput(runner: runner, activities: activities, sleepSessions: sleep, dailySummaries: daily)
        let engine = InferenceEngine(clock: clock)
        _ = engine.compute(input)
        var times: [Double] = []
        for _ in 0 ..< runs { times.append(seconds { _ = engine.compute(input) }) }
        try database.saveActivities(activities)
        try database.saveSleepSessions(sleep)
        try database.saveDailySummaries(daily)
        var full: [Double] = []
        for _ in 0 ..< 5 { full.append(try seconds { try StateRefresh(clock: clock).run(database: database, runnerId: runner.id) }) }
        print("\(years) years: \(days) days, \(activities.count) runs, \(sleep.count) nights, \(daily.count) daily summaries")
        print(String(format: "| inference compute (in memory) | median %.1f ms of %d (min %.1f, max %.1f) |", median(times) * 1000, runs,
                     times.min()! * 1000, times.max()! * 1000))
        print(String(format: "| inference run (read SQLite + compute + write) | median %.1f ms of 5 |", median(full) * 1000))
    }

    static func date(_ day: Int64) -> String { CivilDay.string(Int(day)) }

    // MARK: - The plan in motion (issue 16)

    /// A runner with `years` of daily runs to 2026-01-01 and a 20-week plan that began 12 weeks
    /// before: times `PlanSync` (read, match, write) and `PlanAdapt` (sync, re-plan, safeguards,
    /// save) against a SQLite file, each the median of `runs` after one warm-up.
    static func motion(knowledgeBase: String, years: Int, runs: Int) throws {
        let end = Date(timeIntervalSince1970: 1_767_225_600 + 8 * 3600)   // 2026-01-01 08:00 UTC
        let clock = Clock.fixed(end)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("motion-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try AppDatabase.open(path: folder.appendingPathComponent("cadence.sqlite").path, clock: clock, ids: .uuid)
        var runner = try database.createRunner(name: "Bench")
        let days = years * 365
        let first = Int64(end.timeIntervalSince1970 * 1000) / 86_400_000 * 86_400_000 - Int64(days) * 86_400_000
        var activities: [Activity] = []
        for day in 0 ..< days {
            let minutes = [40.0, 0, 35, 55, 0, 45, 100][day % 7]
            guard minutes > 0 else { continue }
            let start = first + Int64(day) * 86_400_000 + 7 * 3_600_000
            var a = Activity(id: "a\(day)", runnerId: runner.id, userId: runner.userId, externalId: "a\(day)", source: .garmin,
                             startTime: start, endTime: start + Int64(minutes * 60_000), activityType: .running, importedAt: 0, lastSyncedAt: 0)
            a.durationSeconds = minutes * 60
            a.movingTimeSeconds = minutes * 60
            a.distanceMeters = minutes * 60 / 340 * 1000
            activities.append(a)
        }
        try database.saveActivities(activities)
        for (path, value) in [("running.experienceLevel", "serious"), ("running.currentVolume", "45"), ("running.currentFrequency", "5"),
                              ("physical.age", "40"), ("goals.goalType", "race"), ("goals.raceDistance", "42.195"),
                              ("goals.raceDate", "2026-03-22"), ("schedule.availableDays", "5"), ("schedule.longRunDay", "sunday"),
                              ("health.pastInjuries", "none"), ("health.currentPain", "none")] {
            try database.setRunnerField(runnerId: runner.id, path: path, value: try RunnerField.named(path).parse(value), context: .init(source: .user))
        }
        runner = try database.runner(id: runner.id)!
        let safeguards = try KnowledgeBaseFiles.load(from: URL(fileURLWithPath: knowledgeBase), now: 0).safeguards
        try database.saveSafeguards(safeguards)
        let start = Date(timeIntervalSince1970: end.timeIntervalSince1970 - 12 * 7 * 86_400)
        let checked = try PlanService(clock: Clock.fixed(start), ids: .uuid).generateUnchecked(for: runner, safeguards: safeguards, start: start)
        try database.replacePlan(checked.plan, sessions: checked.sessions)
        var sync: [Double] = [], adapt: [Double] = []
        var summary: PlanSync.Summary?
        for index in 0 ... runs {
            // Each round starts from the same plan: the adapted one is deleted and the original made current again.
            var original = checked.plan
            original.status = .active
            try database.updatePlan(original)
            let t = try seconds { summary = try PlanSync(database: database, clock: clock).run(runnerId: runner.id) }
            var adapted: PlanAdapt.Adapted?
            let a = try seconds { adapted = try PlanAdapt(database: database, clock: clock, ids: .uuid).run(runnerId: runner.id) }
            if let adapted { try database.deletePlan(id: adapted.plan.id) }
            if index > 0 { sync.append(t); adapt.append(a) }
        }
        print("\(years) years: \(activities.count) runs; plan of \(checked.plan.durationWeeks) weeks, \(checked.sessions.count) sessions; "
              + "sessions \(summary?.counts ?? [:])")
        print(String(format: "| plan sync (read, match, write) | median %.1f ms of %d (min %.1f, max %.1f) |", median(sync) * 1000, runs,
                     sync.min()! * 1000, sync.max()! * 1000))
        print(String(format: "| plan adapt (sync, re-plan, safeguards, save) | median %.1f ms of %d (min %.1f, max %.1f) |", median(adapt) * 1000, runs,
                     adapt.min()! * 1000, adapt.max()! * 1000))
    }
}
