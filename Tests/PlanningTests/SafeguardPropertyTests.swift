import CadenceTestSupport
import CadenceCore
import Foundation
import Planning
import Testing

/// Property: for any runner profile, a plan the service returns never breaks a hard limit, by
/// the engine's own measure and by checks computed independently from the rendered rows.
struct SafeguardPropertyTests {
    static let profiles = 10_000
    static let chunks = 20
    static let weekdays = Weekday.knownCases

    static func randomRunner(_ rng: inout SeededGenerator, index: Int) -> Runner {
        var r = Runners.base("P\(index)")
        func maybe<T>(_ value: @autoclosure () -> T, _ chance: Double = 0.8) -> T? {
            Double.random(in: 0..<1, using: &rng) < chance ? value() : nil
        }
        r.running.experienceLevel = maybe(ExperienceLevel.knownCases.randomElement(using: &rng)!, 0.9)
        r.physical.age = maybe(Int.random(in: 16...82, using: &rng))
        r.running.currentVolume = maybe([0, 3, 8, 15, 25, 40, 60, 90].randomElement(using: &rng)! + Double.random(in: 0..<5, using: &rng))
        r.running.currentFrequency = maybe(Int.random(in: 0...7, using: &rng))
        r.running.easyPace = maybe("\(Int.random(in: 4...8, using: &rng)):\(Int.random(in: 10...59, using: &rng))/km", 0.5)
        if Double.random(in: 0..<1, using: &rng) < 0.3 {
            r.running.personalBests = .init(tenK: .init(time: Double.random(in: 1900...4500, using: &rng), date: 0, source: "manual"))
        }
        let goal = [GoalType.race, .race, .race, .baseBuilding, .generalHealth, .speed, .returnToFitness].randomElement(using: &rng)!
        r.goals.goalType = goal
        if goal == .race {
            let km = [5, 10, 21.0975, 42.195, 15, 30].randomElement(using: &rng)!
            r.goals.raceDistance = km
            r.goals.raceDate = Runners.date("2027-01-05") + Int64.random(in: 1...(7 * 34), using: &rng) * 86_400_000
            if Double.random(in: 0..<1, using: &rng) < 0.5 {
                r.goals.targetTime = km * Double.random(in: 200...480, using: &rng)
            }
        } else if goal == .baseBuilding {
            r.goals.targetVolume = maybe(Double.random(in: 10...100, using: &rng))
        }
        r.schedule.availableDays = maybe(Int.random(in: 1...7, using: &rng))
        r.schedule.preferredDays = maybe(Array(weekdays.shuffled(using: &rng).prefix(Int.random(in: 1...7, using: &rng))), 0.5)
        r.schedule.blockedDays = maybe(Array(weekdays.shuffled(using: &rng).prefix(Int.random(in: 0...6, using: &rng))), 0.4)
        r.schedule.longRunDay = maybe(weekdays.randomElement(using: &rng)!)
        r.schedule.maxSessionDurationMinutes = maybe(Int.random(in: 20...240, using: &rng), 0.4)
        r.schedule.hasTrackAccess = maybe(Bool.random(using: &rng))
        r.schedule.hasHillsAccess = maybe(Bool.random(using: &rng))
        r.schedule.hasGymAccess = maybe(Bool.random(using: &rng))
        let injuries = ["shin_splints", "stress_fracture", "itbs", "plantar_fasciitis", "achilles_tendinopathy", "runners_knee"]
        r.health.pastInjuries = maybe(Array(injuries.shuffled(using: &rng).prefix(Int.random(in: 0...2, using: &rng))))
        r.health.currentPain = maybe(Double.random(in: 0..<1, using: &rng) < 0.12 ? ["knee"] : [])
        r.running.longestRecentRun = maybe(Double.random(in: 2...30, using: &rng), 0.4)
        // Health facts that pause running or hold volume, each in a small share of profiles.
        let roll = Double.random(in: 0..<1, using: &rng)
        let day = 86_400_000.0, now = Runners.now.timeIntervalSince1970 * 1000
        switch roll {
        case ..<0.02: r.health.currentPain = ["shin, one spot on the bone, getting worse"]
        case ..<0.03: r.health.currentPain = ["hip 5/10"]
        case ..<0.04: r.health.medicalConditions = ["chest_pain"]
        case ..<0.05: r.health.medicalConditions = ["fever"]
        case ..<0.06: r.health.medicalConditions = ["postpartum"]; r.health.hasPhysicianClearance = maybe(Bool.random(using: &rng), 0.7)
        case ..<0.07: r.health.injuryDetails = [.init(type: "stress_fracture", dateOccurred: now - 30 * day)]
        case ..<0.09: r.health.injuryDetails = [.init(type: "bone_stress_injury", dateOccurred: now - 90 * day, dateRecovered: now - 30 * day,
                                                      notes: "metatarsal")]
        case ..<0.11: r.health.medicalConditions = ["amenorrhea"]
        case ..<0.13: r.health.medicalConditions = ["asthma"]
        default: break
        }
        return r
    }

    /// Whether the random health facts above should pause running, read from the facts
    /// themselves (not through the product's classifier).
    static func expectsPause(_ runner: Runner) -> Bool {
        let pain = runner.health.currentPain ?? [], conditions = runner.health.medicalConditions ?? []
        if pain.contains(where: { $0.contains("one spot") || $0.contains("5/10") }) { return true }
        if conditions.contains("chest_pain") || conditions.contains("fever") { return true }
        if conditions.contains("postpartum"), runner.health.hasPhysicianClearance != true { return true }
        return runner.health.injuryDetails?.contains { $0.dateRecovered == nil } == true
    }

    /// Every profile goes through the generator and the engine and is re-checked by the
    /// engine's own measure; every tenth is also rendered and checked from its rows alone.
    /// Async so it can yield: on Linux the test tasks and Foundation's networking queues share one
    /// pool as wide as the machine has cores, and a chunk that never yields starves the loopback
    /// HTTP tests running beside it until their timeouts fire.
    @Test(arguments: 0..<chunks)
    func savedPlansNeverBreakAHardLimit(chunk: Int) async throws {
        let engine = SafeguardEngine(safeguards: Runners.safeguards)
        let service = PlanService(clock: .fixed(Runners.now), ids: .sequential())
        let count = Self.profiles / Self.chunks
        var refused: [Int] = []
        for index in (chunk * count)..<((chunk + 1) * count) {
            await Task.yield()
            var rng = SeededGenerator(seed: UInt64(index) &* 7919 &+ 17)
            let runner = Self.randomRunner(&rng, index: index)
            do {
                let (draft, report) = try service.checkedDraft(for: runner, safeguards: Runners.safeguards)
                let violations = engine.violations(in: draft)
                #expect(violations.isEmpty, "profile \(index): \(violations)")
                if index % 10 == 0 {
                    check(service.render(draft, report: report), runner: runner, index: index)
                }
            } catch PlanningError.refused {
                refused.append(index)
            } catch {
                Issue.record("profile \(index): unexpected \(error)")
            }
        }
        #expect(refused.isEmpty, "refused profiles: \(refused)")
    }

    /// Largest rise of a week above the highest of the 4 weeks before (the current volume stands
    /// in for weeks before the plan when it is 5 km or more), as a fraction and in km.
    static func largestNewHigh(_ c: PlanChecks, current: Double) -> (fraction: Double, km: Double) {
        var largest = (fraction: -1.0, km: -Double.infinity)
        let kms = c.weeks.map { c.trainingKm($0) }
        for index in kms.indices {
            var high: Double? = index < 4 && current >= 5 ? current : nil
            for back in max(0, index - 4)..<index { high = max(high ?? kms[back], kms[back]) }
            guard let high else { continue }
            largest.km = max(largest.km, kms[index] - high)
            if high > 0 { largest.fraction = max(largest.fraction, (kms[index] - high) / high) }
        }
        return largest
    }

    /// Largest ratio of a training run to the longest run of the 30 days before it (planned runs,
    /// the race included, and the runner's longest recent run for the plan's first 30 days).
    static func largestSpike(_ checked: CheckedPlan, recentLongest: Double?) -> Double {
        let runs = checked.sessions.filter { !$0.isRestDay && ($0.targetDistanceMeters ?? 0) > 0 }
        let start = checked.sessions.map(\.scheduledDate).min() ?? 0
        var largest = 0.0
        for run in runs where run.sessionType != .race {
            let day = (run.scheduledDate - start) / 86_400_000
            var longest = day < 30 ? (recentLongest ?? 0) * 1000 : 0
            for other in runs {
                let otherDay = (other.scheduledDate - start) / 86_400_000
                if otherDay < day, otherDay >= day - 30 { longest = max(longest, other.targetDistanceMeters ?? 0) }
            }
            if longest > 0 { largest = max(largest, (run.targetDistanceMeters ?? 0) / longest) }
        }
        return largest
    }

    /// The hard limits, recomputed from the rendered sessions alone.
    func check(_ checked: CheckedPlan, runner: Runner, index: Int) {
        let c = PlanChecks(checked)
        let profile = checked.draft.profile
        if Self.expectsPause(runner) {
            #expect(checked.sessions.allSatisfy { $0.isRestDay }, "profile \(index): running despite a health stop")
            return
        }
        let youth = (profile.age ?? 99) < 18
        let novice = [.beginner, .returning].contains(profile.experience)
        let limit = profile.hasBoneInjuryHistory ? 0.05 : profile.hasInjuryHistory ? 0.07
            : (profile.experience == .returning || youth) ? 0.10 : 0.15
        let rise = Self.largestNewHigh(c, current: profile.currentVolumeKm)
        // Distances are rounded to the metre; allow for that on tiny weeks.
        #expect(rise.fraction <= limit + 0.01, "profile \(index): new weekly high \(rise.fraction) over \(limit)")
        #expect(rise.km <= (novice ? 5 : 10) + 0.05, "profile \(index): new weekly high \(rise.km) km")
        // Before the plan: the longest run on record, else the mean run of the current week.
        let before = profile.longestRecentRunKm
            ?? (profile.currentVolumeKm >= 5 ? profile.currentVolumeKm / Double(max(1, profile.currentFrequency)) : nil)
        let spike = Self.largestSpike(checked, recentLongest: before)
        #expect(spike <= 1.10 + 0.005, "profile \(index): a run \(spike)x the longest of the previous 30 days")
        if runner.health.medicalConditions == ["amenorrhea"] {
            #expect(c.weeks.allSatisfy { c.trainingKm($0) <= profile.currentVolumeKm + 0.05 }, "profile \(index): volume rose with RED-S signs")
        }
        if runner.health.injuryDetails?.first?.dateRecovered != nil {
            let days = Set(checked.sessions.filter { !$0.isRestDay }.map { $0.scheduledDate / 86_400_000 })
            #expect(!days.contains { days.contains($0 + 1) }, "profile \(index): back-to-back runs after a bone stress injury")
        }
        #expect(c.longestHardStreak <= 1, "profile \(index): back-to-back hard days")
        let hardCap = switch profile.experience {
        case .beginner: 1
        case .casual, .returning: 2
        default: youth ? 2 : 3
        }
        for number in c.weeks {
            let hard = c.hard(number).filter { $0.sessionType != .race }
            #expect(hard.count <= hardCap, "profile \(index) week \(number): \(hard.count) hard sessions")
            if profile.hasCurrentPain { #expect(hard.isEmpty, "profile \(index): hard session with current pain") }
            #expect(c.runs(number).count <= 6, "profile \(index) week \(number): no rest day")
            if profile.experience == .beginner { #expect(c.runs(number).count <= 4) }
        }
        let longest = c.longestTrainingSessionMinutes
        if let maximum = profile.maxSessionMinutes { #expect(longest <= maximum + 0.5, "profile \(index): \(longest) min over \(maximum)") }
        let longRuns = checked.sessions.filter { $0.sessionType == .longRun && !$0.isRestDay }
        #expect(longRuns.allSatisfy { ($0.targetDurationSeconds ?? 0) <= 210 * 60 + 30 })
        if profile.experience == .beginner {
            let others = checked.sessions.filter { !$0.isRestDay && $0.sessionType != .longRun && $0.sessionType != .race }
            #expect(others.allSatisfy { ($0.targetDurationSeconds ?? 0) <= 90 * 60 + 30 }, "profile \(index): beginner run over 90 min")
            let raceKm = profile.isRace ? profile.raceKm ?? 0 : 0
            let longCap = raceKm >= 42.1 ? 210.0 : raceKm >= 21 ? 140 : 90
            #expect(longRuns.allSatisfy { ($0.targetDurationSeconds ?? 0) <= longCap * 60 + 30 }, "profile \(index): beginner long run over \(longCap) min")
        }
        if let raceKm = profile.raceKm, profile.isRace {
            let taper = checked.plan.phases.filter { $0.name == "Taper" }.map { $0.endWeek - $0.startWeek + 1 }.reduce(0, +)
            if raceKm >= 42.1 { #expect(taper >= 2 || checked.plan.durationWeeks < 3, "profile \(index): marathon taper \(taper)") }
            if raceKm >= 21, raceKm < 42.1 { #expect(taper >= 1) }
        }
        #expect(checked.sessions.count == checked.plan.durationWeeks * 7)
    }
}
