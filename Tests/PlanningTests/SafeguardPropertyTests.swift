import CadenceCore
import Foundation
import Planning
import Testing

/// SplitMix64: a small, seeded, deterministic generator, so a failing profile can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

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
        return r
    }

    /// Every profile goes through the generator and the engine and is re-checked by the
    /// engine's own measure; every tenth is also rendered and checked from its rows alone.
    @Test(arguments: 0..<chunks)
    func savedPlansNeverBreakAHardLimit(chunk: Int) throws {
        let engine = SafeguardEngine(safeguards: Runners.safeguards)
        let service = PlanService(clock: .fixed(Runners.now), ids: .sequential())
        let count = Self.profiles / Self.chunks
        var refused: [Int] = []
        for index in (chunk * count)..<((chunk + 1) * count) {
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

    /// The hard limits, recomputed from the rendered sessions alone.
    func check(_ checked: CheckedPlan, runner: Runner, index: Int) {
        let c = PlanChecks(checked)
        let profile = checked.draft.profile
        let limit = profile.hasBoneInjuryHistory ? 0.05 : profile.hasInjuryHistory ? 0.07 : 0.10
        let increase = c.largestIncrease(current: profile.currentVolumeKm)
        // Distances are rounded to the metre; allow for that on tiny weeks.
        #expect(increase <= limit + 0.01, "profile \(index): weekly increase \(increase) over \(limit)")
        #expect(c.longestHardStreak <= 1, "profile \(index): back-to-back hard days")
        let hardCap = switch profile.experience {
        case .beginner: 1
        case .casual, .returning: 2
        default: 3
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
        if profile.experience == .beginner { #expect(longest <= 120.5) }
        let longRuns = checked.sessions.filter { $0.sessionType == .longRun && !$0.isRestDay }
        #expect(longRuns.allSatisfy { ($0.targetDurationSeconds ?? 0) <= 210 * 60 + 30 })
        if let raceKm = profile.raceKm, profile.isRace {
            let taper = checked.plan.phases.filter { $0.name == "Taper" }.map { $0.endWeek - $0.startWeek + 1 }.reduce(0, +)
            if raceKm >= 42.1 { #expect(taper >= 2 || checked.plan.durationWeeks < 3, "profile \(index): marathon taper \(taper)") }
            if raceKm >= 21, raceKm < 42.1 { #expect(taper >= 1) }
        }
        #expect(checked.sessions.count == checked.plan.durationWeeks * 7)
    }
}
