import CadenceCore
import Foundation
@testable import Planning
import Testing

/// Every active safeguard of the knowledge base, walked alone through a runner and plan that trip
/// it and a runner and plan that do not. Most plans are written by hand (one token a day), so the
/// table does not depend on what the generator happens to produce; rules about the whole plan
/// (health pauses, confirmations) use the generator's plan for the runner.
struct SafeguardTableTests {
    struct Scenario: Sendable {
        var runner: Runner
        /// Hand-written weeks, Monday first: "." rest, E easy, L long run, T tempo, I intervals,
        /// R race, each with its minutes ("E45"). A "r|" prefix marks a recovery week, "t|" a taper week.
        /// nil: the generator's plan.
        var weeks: [String]?
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let trips: Scenario
        let passes: Scenario
        var testDescription: String { name }
    }

    static let day = 86_400_000.0
    static let now = Runners.now.timeIntervalSince1970 * 1000

    /// A casual runner on 30 km a week at 6:00/km easy, base building, four days, long run on Sunday.
    static func runner(_ edit: (inout Runner) -> Void = { _ in }) -> Runner {
        var r = Runners.base("Tab")
        r.physical.age = 35
        r.running.experienceLevel = .casual
        r.running.currentVolume = 30
        r.running.currentFrequency = 4
        r.running.easyPace = "6:00/km"
        r.goals = .init(goalType: .baseBuilding, targetVolume: 40)
        r.schedule = .init(availableDays: 4, longRunDay: .sunday)
        r.health = .init(pastInjuries: [], currentPain: [])
        edit(&r)
        return r
    }

    /// A race goal on the Sunday of plan week `weeks`.
    static func race(_ km: Double, weeks: Int, _ r: inout Runner) {
        r.goals = .init(goalType: .race, raceDistance: km, raceDate: Runners.date("2027-01-05") + Int64(weeks * 7 - 2) * 86_400_000)
    }

    static func level(_ level: ExperienceLevel) -> (inout Runner) -> Void { { $0.running.experienceLevel = level } }

    static let flat = "E45 . E45 . E45 . L45"  // 180 min, 30 km
    static let hard3 = "I50 . T50 . I50 . L60"

    static let cases: [Case] = [
        // Health: running pauses.
        Case(name: "stop_running_red_flag_symptoms",
             trips: .init(runner: runner { $0.health.medicalConditions = ["chest_pain"] }),
             passes: .init(runner: runner { $0.health.medicalConditions = ["asthma"] })),
        Case(name: "stop_running_pain",
             trips: .init(runner: runner { $0.health.currentPain = ["shin, one spot on the bone, getting worse"] }),
             passes: .init(runner: runner { $0.health.currentPain = ["knee"] })),
        Case(name: "stop_running_fever_or_illness",
             trips: .init(runner: runner { $0.health.medicalConditions = ["fever"] }),
             passes: .init(runner: runner { $0.health.medicalConditions = ["hay fever"] })),
        Case(name: "postpartum_return_clearance",
             trips: .init(runner: runner { $0.health.medicalConditions = ["postpartum"] }),
             passes: .init(runner: runner { $0.health.medicalConditions = ["postpartum"]; $0.health.hasPhysicianClearance = true })),
        Case(name: "bone_stress_injury_unhealed",
             trips: .init(runner: runner { $0.health.injuryDetails = [.init(type: "stress_fracture", dateOccurred: now - 28 * day)] }),
             passes: .init(runner: runner {
                 $0.health.injuryDetails = [.init(type: "stress_fracture", dateOccurred: now - 210 * day, dateRecovered: now - 140 * day)]
             })),
        Case(name: "bone_stress_injury_return_alternate_days",
             trips: .init(runner: runner {
                 $0.health.injuryDetails = [.init(type: "stress_fracture", dateOccurred: now - 70 * day, dateRecovered: now - 28 * day,
                                                  notes: "tibia")]
             }, weeks: ["E40 E40 . E40 . . L60"]),
             passes: .init(runner: runner {
                 $0.health.injuryDetails = [.init(type: "stress_fracture", dateOccurred: now - 280 * day, dateRecovered: now - 210 * day)]
             }, weeks: ["E40 E40 . E40 . . L60"])),
        Case(name: "pregnancy_hold_volume",
             trips: .init(runner: runner { $0.health.medicalConditions = ["pregnant, 14 weeks"] }, weeks: ["E50 . E50 . E50 . L60"]),
             passes: .init(runner: runner { $0.health.medicalConditions = ["not pregnant"] }, weeks: ["E50 . E50 . E50 . L60"])),
        Case(name: "pregnancy_clearance_confirmation",
             trips: .init(runner: runner { $0.health.medicalConditions = ["second trimester"] }),
             passes: .init(runner: runner { $0.health.medicalConditions = ["second trimester"]; $0.health.hasPhysicianClearance = true })),
        Case(name: "reds_signs_hold_volume",
             trips: .init(runner: runner { $0.health.medicalConditions = ["amenorrhea for 4 months"] }, weeks: ["E50 . E50 . E50 . L60"]),
             passes: .init(runner: runner(), weeks: ["E50 . E50 . E50 . L60"])),

        // Youth.
        Case(name: "youth_hard_sessions",
             trips: .init(runner: runner { $0.physical.age = 16 }, weeks: [hard3]),
             passes: .init(runner: runner(), weeks: [hard3])),
        Case(name: "youth_volume_increase",
             trips: .init(runner: runner { $0.physical.age = 16 }, weeks: [flat, "E55 . E55 . E55 . L50"]),
             passes: .init(runner: runner(), weeks: [flat, "E55 . E55 . E55 . L50"])),
        Case(name: "youth_long_race_confirmation",
             trips: .init(runner: runner { $0.physical.age = 16; race(42.195, weeks: 20, &$0) }),
             passes: .init(runner: runner { $0.physical.age = 16; race(10, weeks: 10, &$0) })),

        // Progression.
        Case(name: "max_volume_increase_new_high",
             trips: .init(runner: runner(), weeks: [flat, "E55 . E55 . E55 . L60"]),
             // A week back at the level before an (unflagged) down week is not a new high.
             passes: .init(runner: runner(), weeks: [flat, "E30 . E30 . E30 . L35", flat])),
        Case(name: "max_volume_increase_10_percent",
             trips: .init(runner: runner(level(.returning)), weeks: [flat, "E50 . E50 . E50 . L52"]),
             passes: .init(runner: runner(), weeks: [flat, "E50 . E50 . E50 . L52"])),
        Case(name: "max_volume_step_new_high_km",
             trips: .init(runner: runner { $0.running.currentVolume = 90 },
                          weeks: ["E90 E90 . E90 E90 E90 L90", "E100 E100 . E100 E100 E100 L110"]),
             passes: .init(runner: runner { $0.running.currentVolume = 90 },
                           weeks: ["E90 E90 . E90 E90 E90 L90", "E95 E95 . E95 E95 E95 L100"])),
        Case(name: "max_volume_step_new_high_km_novice",
             trips: .init(runner: runner(level(.returning)), weeks: [flat, "E55 . E55 . E55 . L57"]),
             passes: .init(runner: runner(), weeks: [flat, "E55 . E55 . E55 . L57"])),
        Case(name: "max_volume_increase_injury_history",
             trips: .init(runner: runner { $0.health.pastInjuries = ["itbs"] }, weeks: [flat, "E49 . E49 . E49 . L49"]),
             passes: .init(runner: runner(), weeks: [flat, "E49 . E49 . E49 . L49"])),
        Case(name: "max_volume_increase_bone_injury_history",
             trips: .init(runner: runner { $0.health.pastInjuries = ["shin_splints"] }, weeks: [flat, "E47 . E47 . E48 . L48"]),
             passes: .init(runner: runner { $0.health.pastInjuries = ["itbs"] }, weeks: [flat, "E47 . E47 . E48 . L48"])),
        Case(name: "single_run_spike_cap",
             trips: .init(runner: runner { $0.running.longestRecentRun = 10 }, weeks: ["E40 . E40 . E40 . L78"]),
             passes: .init(runner: runner { $0.running.longestRecentRun = 10 }, weeks: ["E40 . E40 . E40 . L63"])),
        Case(name: "long_run_weekly_increase_cap",
             trips: .init(runner: runner { $0.running.longestRecentRun = 20 }, weeks: ["E40 . E40 . E40 . L144"]),
             // After a step-back week the long run returns to its recent length and a little more.
             passes: .init(runner: runner { $0.running.longestRecentRun = 30 },
                           weeks: ["E40 . E40 . E40 . L180", "r|E30 . E30 . E30 . L144", "E40 . E40 . E40 . L186"])),
        Case(name: "long_run_max_percentage",
             trips: .init(runner: runner(), weeks: ["E30 . E30 . . . L60"]),
             // 30 km of 55 km in a marathon plan is what published novice plans do on purpose.
             passes: .init(runner: runner { race(42.195, weeks: 20, &$0) }, weeks: ["E50 . E50 . E50 . L180"])),

        // Beginners and goal distance.
        Case(name: "beginner_long_run_duration_cap",
             trips: .init(runner: runner { $0.running.experienceLevel = .beginner; race(10, weeks: 10, &$0) }, weeks: ["E30 . E30 . . . L100"]),
             passes: .init(runner: runner { $0.running.experienceLevel = .beginner; race(21.0975, weeks: 14, &$0) },
                           weeks: ["E30 . E30 . . . L100"])),
        Case(name: "beginner_half_marathon_long_run_cap",
             trips: .init(runner: runner { $0.running.experienceLevel = .beginner; race(21.0975, weeks: 14, &$0) },
                          weeks: ["E30 . E30 . . . L150"]),
             passes: .init(runner: runner { $0.running.experienceLevel = .beginner; race(42.195, weeks: 20, &$0) },
                           weeks: ["E30 . E30 . . . L150"])),
        Case(name: "beginner_marathon_confirmation",
             trips: .init(runner: runner { $0.running.experienceLevel = .beginner; race(42.195, weeks: 20, &$0) }),
             passes: .init(runner: runner { race(42.195, weeks: 20, &$0) })),
        Case(name: "beginner_session_duration_cap",
             trips: .init(runner: runner(level(.beginner)), weeks: ["E100 . E30 . . . L60"]),
             passes: .init(runner: runner(level(.beginner)), weeks: ["E60 . E30 . . . L100"])),
        Case(name: "beginner_runs_per_week",
             trips: .init(runner: runner(level(.beginner)), weeks: ["E30 E30 . E30 E30 E30 L60"]),
             passes: .init(runner: runner(), weeks: ["E30 E30 . E30 E30 E30 L60"])),
        Case(name: "hard_sessions_beginner",
             trips: .init(runner: runner(level(.beginner)), weeks: ["T50 . E30 . I50 . L60"]),
             passes: .init(runner: runner(), weeks: ["T50 . E30 . I50 . L60"])),
        Case(name: "hard_sessions_casual",
             trips: .init(runner: runner(), weeks: [hard3]),
             passes: .init(runner: runner(level(.serious)), weeks: [hard3])),
        Case(name: "hard_sessions_serious",
             trips: .init(runner: runner(level(.serious)), weeks: ["I50 . T50 . I50 T50 L60"]),
             passes: .init(runner: runner(level(.serious)), weeks: [hard3])),
        Case(name: "no_consecutive_hard_days",
             trips: .init(runner: runner(), weeks: ["I50 T50 . E40 . . L60"]),
             passes: .init(runner: runner(), weeks: ["I50 . T50 . E40 . L60"])),
        Case(name: "no_hard_sessions_with_current_pain",
             trips: .init(runner: runner { $0.health.currentPain = ["knee"] }, weeks: ["I50 . T50 . E40 . L60"]),
             passes: .init(runner: runner(), weeks: ["I50 . T50 . E40 . L60"])),
        Case(name: "minimum_easy_share",
             trips: .init(runner: runner(), weeks: ["I60 . T60 . E30 . L60"]),
             passes: .init(runner: runner(), weeks: ["T50 . E40 . E40 . L60"])),

        // Load ratio, peaks, session lengths.
        Case(name: "acute_chronic_ratio_caution",
             trips: .init(runner: runner(), weeks: ["E60 . E60 . E60 . L90"]),
             passes: .init(runner: runner(), weeks: [flat])),
        Case(name: "acute_chronic_ratio_danger",
             trips: .init(runner: runner(), weeks: ["E90 . E90 . E90 . L90"]),
             passes: .init(runner: runner(), weeks: [flat])),
        Case(name: "peak_volume_ratio_confirmation",
             trips: .init(runner: runner { $0.running.currentVolume = 10 }, weeks: [flat]),
             passes: .init(runner: runner(), weeks: [flat])),
        Case(name: "returning_peak_volume_cap",
             trips: .init(runner: runner { $0.running.experienceLevel = .returning; $0.running.currentVolume = 15 }, weeks: [flat]),
             passes: .init(runner: runner { $0.running.currentVolume = 15 }, weeks: [flat])),
        Case(name: "returning_runs_per_week",
             trips: .init(runner: runner(level(.returning)), weeks: ["E30 E30 E30 E30 E30 . L60"]),
             passes: .init(runner: runner(), weeks: ["E30 E30 E30 E30 E30 . L60"])),
        Case(name: "long_run_duration_cap",
             trips: .init(runner: runner(), weeks: ["E40 . E40 . . . L240"]),
             passes: .init(runner: runner(), weeks: ["E40 . E40 . . . L200"])),
        Case(name: "max_session_duration_runner_limit",
             trips: .init(runner: runner { $0.schedule.maxSessionDurationMinutes = 45 }, weeks: ["E60 . E40 . . . L40"]),
             passes: .init(runner: runner(), weeks: ["E60 . E40 . . . L40"])),

        // Age and rest.
        Case(name: "age_50_plus_recovery",
             trips: .init(runner: runner { $0.physical.age = 55 }, weeks: [hard3]),
             passes: .init(runner: runner { $0.physical.age = 45 }, weeks: [hard3])),
        Case(name: "masters_extra_rest_day",
             trips: .init(runner: runner { $0.physical.age = 55 }, weeks: ["E30 E30 E30 E30 E30 . L60"]),
             passes: .init(runner: runner { $0.physical.age = 45 }, weeks: ["E30 E30 E30 E30 E30 . L60"])),
        Case(name: "minimum_rest_days",
             trips: .init(runner: runner(), weeks: ["E30 E30 E30 E30 E30 E30 L60"]),
             passes: .init(runner: runner(), weeks: ["E30 E30 E30 E30 E30 . L60"])),

        // Race calendar.
        Case(name: "minimum_weeks_to_race",
             trips: .init(runner: runner { race(10, weeks: 3, &$0) }),
             passes: .init(runner: runner { race(10, weeks: 10, &$0) })),
        Case(name: "marathon_low_base_minimum_weeks",
             trips: .init(runner: runner { $0.running.currentVolume = 20; race(42.195, weeks: 12, &$0) }),
             passes: .init(runner: runner { $0.running.currentVolume = 40; race(42.195, weeks: 12, &$0) })),
        Case(name: "maximum_taper_length",
             trips: .init(runner: runner { race(10, weeks: 6, &$0) },
                          weeks: [flat, flat, "t|E30 . E30 . E30 . L45", "t|E30 . E30 . E30 . L45", "t|E30 . E30 . E30 . L40",
                                  "t|E20 . E20 . . . R60"]),
             passes: .init(runner: runner { race(10, weeks: 6, &$0) },
                           weeks: [flat, flat, flat, flat, "t|E30 . E30 . E30 . L40", "t|E20 . E20 . . . R60"])),
        Case(name: "minimum_taper_half_marathon",
             trips: .init(runner: runner { race(21.0975, weeks: 4, &$0) }, weeks: [flat, flat, flat, "E30 . E30 . . . R130"]),
             passes: .init(runner: runner { race(21.0975, weeks: 4, &$0) }, weeks: [flat, flat, flat, "t|E30 . E30 . . . R130"])),
        Case(name: "minimum_taper_marathon",
             trips: .init(runner: runner { race(42.195, weeks: 4, &$0) }, weeks: [flat, flat, flat, "t|E30 . E30 . . . R270"]),
             passes: .init(runner: runner { race(42.195, weeks: 4, &$0) }, weeks: [flat, flat, "t|E40 . E40 . E40 . L60", "t|E30 . E30 . . . R270"])),
    ]

    // MARK: - Building plans

    static func session(_ token: Substring, day: Int) -> DraftSession {
        if token == "." { return .rest(day) }
        let minutes = Double(token.dropFirst())!
        func structured(_ kind: SessionKind, _ zone: PaceZone) -> DraftSession {
            DraftSession(day: day, kind: kind, segments: [DraftSegment(.warmup, minutes: 10, zone: .easy),
                                                          DraftSegment(.main, minutes: minutes - 20, zone: zone),
                                                          DraftSegment(.cooldown, minutes: 10, zone: .easy)])
        }
        switch token.first! {
        case "E": return DraftSession(day: day, kind: .easy, segments: [DraftSegment(.main, minutes: minutes, zone: .easy)])
        case "L": return DraftSession(day: day, kind: .longRun, segments: [DraftSegment(.main, minutes: minutes, zone: .easy)])
        case "T": return structured(.tempo, .threshold)
        case "I": return structured(.intervals, .interval)
        case "R": return DraftSession(day: day, kind: .race, segments: [DraftSegment(.main, minutes: minutes, zone: .race)])
        default: fatalError("unknown session token \(token)")
        }
    }

    static func week(_ spec: String, number: Int) -> DraftWeek {
        var text = Substring(spec)
        var phase = PhaseName.build, recovery = false
        if text.hasPrefix("r|") { recovery = true; text = text.dropFirst(2) }
        if text.hasPrefix("t|") { phase = .taper; text = text.dropFirst(2) }
        let tokens = text.split(separator: " ")
        precondition(tokens.count == 7, spec)
        return DraftWeek(number: number, phase: phase, phaseWeek: 1, isRecovery: recovery,
                         isRaceWeek: tokens.contains { $0.hasPrefix("R") }, targetKm: 0,
                         sessions: tokens.enumerated().map { session($0.element, day: $0.offset) })
    }

    static func draft(_ scenario: Scenario) throws -> PlanDraft {
        var draft = try PlanGenerator().draft(for: scenario.runner, start: Runners.now, now: Runners.now)
        if let weeks = scenario.weeks {
            draft.weeks = weeks.enumerated().map { week($0.element, number: $0.offset + 1) }
            draft.raceDay = draft.weeks.last?.sessions.first { $0.kind == .race }?.day
        }
        return draft
    }

    static func safeguard(_ name: String) throws -> Safeguard {
        try #require(Runners.safeguards.first { $0.name == name }, "no safeguard file \(name).yaml")
    }

    /// Runs `name` alone over the scenario: whether it acted, and the plan afterwards.
    static func run(_ name: String, _ scenario: Scenario) throws -> (acted: Bool, draft: PlanDraft, report: SafeguardReport) {
        let engine = SafeguardEngine(safeguards: [try safeguard(name)])
        var draft = try draft(scenario)
        let report = try engine.check(&draft)
        #expect(engine.violations(in: draft).isEmpty, "\(name): a hard limit is still broken after the engine's repairs")
        let acted = report.applications.contains { $0.safeguardId == name && $0.applied }
        return (acted, draft, report)
    }

    // MARK: - Tests

    @Test func everyActiveSafeguardHasARow() {
        // Rules decided on the day (heat) trip and pass in the chat's own table, `HeatCheckTests`.
        let active = Set(Runners.safeguards.filter { $0.isActive && !SafeguardEngine.dayOfFields.contains($0.condition.field) }.map(\.name))
        #expect(active.count >= 38)
        #expect(Set(Self.cases.map(\.name)) == active)
        #expect(Self.cases.count == Set(Self.cases.map(\.name)).count, "a safeguard has two rows")
    }

    @Test(arguments: cases)
    func tripsAndPasses(_ row: Case) throws {
        let tripped = try Self.run(row.name, row.trips)
        #expect(tripped.acted, "\(row.name) did not act on the runner meant to trip it: \(tripped.report.applications.map(\.reason))")
        let passed = try Self.run(row.name, row.passes)
        #expect(!passed.acted, "\(row.name) acted on the runner meant to pass: \(passed.report.applications.map(\.reason))")
    }

    /// Issue 20: a beginner with a marathon goal is asked (a half marathon offered first) and, once
    /// they confirm, no safeguard holds the long run below the novice range: a 26 km run-walk long
    /// run that grows under 10% over the longest recent run passes every rule unchanged.
    @Test func aConfirmedBeginnerMarathonKeepsA26KmLongRun() throws {
        let runner = Self.runner {
            $0.running.experienceLevel = .beginner
            $0.running.easyPace = "7:45/km"
            $0.running.currentVolume = 45
            $0.running.longestRecentRun = 24
            Self.race(42.195, weeks: 20, &$0)
        }
        var draft = try PlanGenerator().draft(for: runner, start: Runners.now, now: Runners.now)
        let longMinutes = Int((26.2 * draft.paces.secondsPerKm(.easy) / 60).rounded(.up))
        draft.weeks[0] = Self.week("E50 . E60 . E60 . L\(longMinutes)", number: 1)
        let report = try SafeguardEngine(safeguards: Runners.safeguards).check(&draft)
        let long = try #require(draft.weeks[0].longRunIndex.map { draft.weeks[0].sessions[$0] })
        #expect(long.km(draft.paces) >= 26, "the long run was cut to \(long.km(draft.paces)) km")
        #expect(long.totalMinutes <= 210)
        #expect(report.confirmations.map(\.safeguardId).contains("beginner_marathon_confirmation"))
        #expect(report.confirmations.first { $0.safeguardId == "beginner_marathon_confirmation" }?.message.contains("half marathon first") == true)
        let service = PlanService(clock: .fixed(Runners.now), ids: .sequential())
        let checked = service.render(draft, report: report)
        #expect(checked.plan.status == .draft)
        #expect(service.confirm(checked.plan).status == .active)
    }

    /// The heat rule is active but decided on the day: every plan logs it as not applicable to a
    /// plan made ahead, with no "not evaluated" warning (the chat checks it: `HeatCheckTests`).
    @Test func theHeatRuleIsCheckedOnTheDayNotInThePlan() throws {
        let heat = try Self.safeguard("heat_wbgt")
        #expect(heat.isActive)
        let checked = try PlanService(clock: .fixed(Runners.now), ids: .sequential()).generate(for: Runners.returningHalf, safeguards: Runners.safeguards)
        let logged = try #require(checked.plan.safeguardApplications.first { $0.safeguardId == heat.id })
        #expect(!logged.applied && logged.reason.hasPrefix("Not applicable to a plan made ahead"))
        #expect(!checked.unevaluated.contains { $0.contains("heat_wbgt") })
    }
}
