import CadenceCore
import Foundation
import Planning
import TrainingScience

/// The 21 published plans of `shared/reference/published-plans.md` (aggregate figures only), each
/// with a Cadence runner matched to it by race, weeks, starting volume, run days and level, and the
/// same arithmetic as that note to measure Cadence's plan for that runner.
///
/// The runners are our own (not a copy of any one plan); the figures and ranges come from the
/// published plans, so the measurement is independent of the generator.
struct PublishedPlan: Sendable {
    /// Plans compared with each other for week-on-week rises.
    enum Group: String, Sendable, CaseIterable {
        case couchTo5K = "C25K", shortNovice = "5K/10K novice", short = "5K/10K", halfNovice = "half novice", half = "half"
        case marathonNovice = "marathon novice", marathon = "marathon", base = "base"

        var isNovice: Bool { [.couchTo5K, .shortNovice, .halfNovice, .marathonNovice].contains(self) }
    }

    enum TaperKind: Sendable { case marathon, half, short, none }

    let name: String
    let group: Group
    let raceKm: Double?
    let weeks: Int
    let runs: Int
    let startKm: Double
    let level: ExperienceLevel
    /// A personal best that sets the runner's fitness (nil: none known).
    let best: (distance: RaceDistance, seconds: Double)?
    let targetVolume: Double?
    // Published figures (km; minutes of running for Couch to 5K).
    let peak: Double?
    let longest: Double
    /// Published quality days per week in the middle of the plan (the mode).
    let qualityMode: Int
    /// Largest week-on-week rise and largest rise above every earlier week, % (nil: not published).
    let maxRise: Double?
    let newHighRise: Double?

    /// Longest-run range for the plan's distance and level (published-plans.md, "Long-run share").
    var longestRange: ClosedRange<Double> {
        switch (group, raceKm ?? 0) {
        case (.couchTo5K, _): 25...35
        case (.shortNovice, ...6): 4...7
        case (.shortNovice, _): 7.5...11
        case (.short, ...6): 8...13
        case (.short, _): 11...19
        case (.halfNovice, _): 15...21
        case (.half, _): 17...27
        case (.marathonNovice, _): 26...32
        case (.marathon, _): 29...35
        default: 11...17
        }
    }

    /// Peak within 20 % of the published plan's peak.
    var peakRange: ClosedRange<Double>? { peak.map { ($0 * 0.8)...($0 * 1.2) } }

    var taperKind: TaperKind {
        guard let raceKm, group != .couchTo5K else { return .none }
        return raceKm > 30 ? .marathon : raceKm > 15 ? .half : .short
    }

    var isTimeBased: Bool { group == .couchTo5K }

    /// The runner matched to this plan: race on the Sunday of the plan's last week.
    var runner: Runner {
        var r = Runners.base(name.replacingOccurrences(of: " ", with: "-"))
        r.physical.age = 35
        r.running.experienceLevel = level
        r.running.currentVolume = startKm
        r.running.currentFrequency = startKm > 0 ? runs : 0
        // What such a runner would say their longest recent run is: a long run of a third to 40 %
        // of the week (published week-1 long runs).
        r.running.longestRecentRun = startKm > 0 ? (startKm * (runs <= 4 ? 0.4 : 0.33)).rounded() : nil
        if let best {
            var bests = Runner.RunningProfile.PersonalBests()
            let pb = Runner.RunningProfile.PersonalBests.PersonalBest(time: best.seconds, date: Runners.date("2026-10-04"), source: "manual")
            switch best.distance {
            case .fiveK: bests.fiveK = pb
            case .tenK: bests.tenK = pb
            case .halfMarathon: bests.halfMarathon = pb
            default: bests.marathon = pb
            }
            r.running.personalBests = bests
        }
        if let raceKm {
            let raceDate = Runners.now.addingTimeInterval(Double((weeks - 1) * 7 + 6) * 86_400)
            r.goals = .init(goalType: .race, raceDistance: raceKm, raceDate: Int64(raceDate.timeIntervalSince1970 / 86_400) * 86_400_000,
                            raceName: name, goalPriority: .finish)
        } else {
            r.goals = .init(goalType: .baseBuilding, targetVolume: targetVolume)
        }
        r.schedule = .init(availableDays: runs, longRunDay: .sunday)
        r.health = .init(pastInjuries: [], currentPain: [])
        return r
    }

    static let marathon = 42.195, half = 21.0975

    static let all: [PublishedPlan] = [
        .init(name: "NHS Couch to 5K", group: .couchTo5K, raceKm: 5, weeks: 9, runs: 3, startKm: 0, level: .beginner, best: nil,
              targetVolume: nil, peak: 84, longest: 30, qualityMode: 0, maxRise: 78, newHighRise: 78),
        .init(name: "Higdon 5K Novice", group: .shortNovice, raceKm: 5, weeks: 8, runs: 3, startKm: 7, level: .beginner, best: nil,
              targetVolume: nil, peak: 13, longest: 5, qualityMode: 0, maxRise: 17, newHighRise: 17),
        .init(name: "Higdon 5K Intermediate", group: .short, raceKm: 5, weeks: 8, runs: 5, startKm: 22, level: .serious,
              best: (.fiveK, 24 * 60), targetVolume: nil, peak: 29, longest: 11, qualityMode: 2, maxRise: 76, newHighRise: 14),
        .init(name: "Higdon 10K Novice", group: .shortNovice, raceKm: 10, weeks: 8, runs: 3, startKm: 12, level: .beginner, best: nil,
              targetVolume: nil, peak: 17, longest: 9, qualityMode: 0, maxRise: 7, newHighRise: 7),
        .init(name: "Higdon 10K Intermediate", group: .short, raceKm: 10, weeks: 8, runs: 5, startKm: 21, level: .serious,
              best: (.tenK, 50 * 60), targetVolume: nil, peak: 34, longest: 13, qualityMode: 1, maxRise: 19, newHighRise: 19),
        .init(name: "Higdon HM Novice 1", group: .halfNovice, raceKm: half, weeks: 12, runs: 4, startKm: 19, level: .casual,
              best: (.tenK, 58 * 60), targetVolume: nil, peak: 37, longest: 16, qualityMode: 0, maxRise: 45, newHighRise: 19),
        .init(name: "Higdon HM Intermediate 1", group: .half, raceKm: half, weeks: 12, runs: 5, startKm: 27, level: .serious,
              best: (.halfMarathon, 115 * 60), targetVolume: nil, peak: 55, longest: 19, qualityMode: 1, maxRise: 70, newHighRise: 22),
        .init(name: "Higdon M Novice 1", group: .marathonNovice, raceKm: marathon, weeks: 18, runs: 4, startKm: 24, level: .casual,
              best: (.tenK, 60 * 60), targetVolume: nil, peak: 64, longest: 32, qualityMode: 0, maxRise: 33, newHighRise: 19),
        .init(name: "Higdon M Novice 2", group: .marathonNovice, raceKm: marathon, weeks: 18, runs: 4, startKm: 31, level: .casual,
              best: (.halfMarathon, 130 * 60), targetVolume: nil, peak: 58, longest: 32, qualityMode: 1, maxRise: 38, newHighRise: 21),
        .init(name: "Higdon M Intermediate 1", group: .marathon, raceKm: marathon, weeks: 18, runs: 5, startKm: 39, level: .serious,
              best: (.marathon, 240 * 60), targetVolume: nil, peak: 71, longest: 32, qualityMode: 1, maxRise: 57, newHighRise: 20),
        .init(name: "Pfitz AM 18/55", group: .marathon, raceKm: marathon, weeks: 18, runs: 5, startKm: 53, level: .serious,
              best: (.marathon, 210 * 60), targetVolume: nil, peak: 88, longest: 32, qualityMode: 1, maxRise: 35, newHighRise: 11),
        .init(name: "Pfitz AM 18/70", group: .marathon, raceKm: marathon, weeks: 18, runs: 6, startKm: 87, level: .competitive,
              best: (.marathon, 180 * 60), targetVolume: nil, peak: 113, longest: 35, qualityMode: 1, maxRise: 24, newHighRise: 8),
        .init(name: "Pfitz AM 12/55", group: .marathon, raceKm: marathon, weeks: 12, runs: 5, startKm: 56, level: .serious,
              best: (.halfMarathon, 95 * 60), targetVolume: nil, peak: 88, longest: 32, qualityMode: 1, maxRise: 15, newHighRise: 15),
        .init(name: "FRR half 12 wk", group: .half, raceKm: half, weeks: 12, runs: 6, startKm: 74, level: .competitive,
              best: (.halfMarathon, 85 * 60), targetVolume: nil, peak: 101, longest: 26, qualityMode: 1, maxRise: 21, newHighRise: 7),
        .init(name: "FRR 8K-10K sched. 1", group: .short, raceKm: 10, weeks: 13, runs: 5, startKm: 48, level: .serious,
              best: (.tenK, 42 * 60), targetVolume: nil, peak: 68, longest: 18, qualityMode: 1, maxRise: 24, newHighRise: 9),
        .init(name: "FRR base-building", group: .base, raceKm: nil, weeks: 10, runs: 4, startKm: 26, level: .casual, best: nil,
              targetVolume: 48, peak: 48, longest: 14, qualityMode: 0, maxRise: 15, newHighRise: 15),
        .init(name: "Hansons Beginner", group: .marathonNovice, raceKm: marathon, weeks: 18, runs: 5, startKm: 19, level: .casual,
              best: (.tenK, 62 * 60), targetVolume: nil, peak: 92, longest: 26, qualityMode: 2, maxRise: 67, newHighRise: 67),
        .init(name: "Hansons HM Beginner", group: .halfNovice, raceKm: half, weeks: 18, runs: 5, startKm: 16, level: .casual,
              best: (.fiveK, 30 * 60), targetVolume: nil, peak: 76, longest: 19, qualityMode: 2, maxRise: 52, newHighRise: 50),
        .init(name: "BAA Boston Level 1", group: .marathon, raceKm: marathon, weeks: 20, runs: 4, startKm: 42, level: .casual,
              best: (.marathon, 250 * 60), targetVolume: nil, peak: 64, longest: 29, qualityMode: 2, maxRise: 67, newHighRise: 19),
        .init(name: "Coogan PBR up to 65 mi", group: .marathon, raceKm: marathon, weeks: 16, runs: 6, startKm: 61, level: .competitive,
              best: (.marathon, 185 * 60), targetVolume: nil, peak: 97, longest: 35, qualityMode: 2, maxRise: 10, newHighRise: 10),
        // Daniels 2Q: peak "P" is chosen by the runner; P = 55 mi (88 km), starting near 80 % of P.
        .init(name: "Daniels 2Q (P = 88 km)", group: .marathon, raceKm: marathon, weeks: 18, runs: 6, startKm: 70, level: .serious,
              best: (.marathon, 200 * 60), targetVolume: nil, peak: 88, longest: 32, qualityMode: 2, maxRise: nil, newHighRise: nil),
    ]

    /// The largest published rises of the plan's group (the ceiling for Cadence's plan).
    var groupMaxRise: Double? { Self.all.filter { $0.group == group }.compactMap(\.maxRise).max() }
    var groupMaxNewHigh: Double? { Self.all.filter { $0.group == group }.compactMap(\.newHighRise).max() }
}

/// Cadence's plan for a matched runner, measured from the rendered rows with the note's arithmetic.
struct PlanMeasurement {
    let published: PublishedPlan
    let checked: CheckedPlan
    /// Volume of each week (km, or running minutes for Couch to 5K), race week with the race.
    let weekly: [Double]
    let peak: Double
    let peakWeek: Int
    let longest: Double
    let longRunShare: Double?
    /// Weeks −3, −2, −1 and race week without the race, % of peak (fewer for short plans).
    let taper: [Double]
    let maxRise: Double
    let newHighRise: Double
    let qualityMode: Int
    let downWeeks: Int
    let longRunShareWarning: Bool
    let cutText: Bool

    static func runningMinutes(_ session: PlannedSession) -> Double {
        (session.structureSegments ?? []).reduce(0) { total, segment in
            guard segment.notes?.contains("walk") != true || segment.segmentType == .work else { return total }
            return total + (segment.durationSeconds ?? 0) / 60 * Double(segment.repetitions ?? 1)
        }
    }

    static func longestContinuousMinutes(_ session: PlannedSession) -> Double {
        (session.structureSegments ?? []).map { ($0.durationSeconds ?? 0) / 60 }.max() ?? 0
    }

    init(_ published: PublishedPlan, _ checked: CheckedPlan) {
        self.published = published
        self.checked = checked
        let c = PlanChecks(checked)
        let timeBased = published.isTimeBased
        func amount(_ session: PlannedSession) -> Double {
            timeBased ? Self.runningMinutes(session) : (session.targetDistanceMeters ?? 0) / 1000
        }
        weekly = c.weeks.map { c.runs($0).reduce(0) { $0 + amount($1) } }
        let isRace = published.raceKm != nil
        let beforeRace = isRace ? Array(weekly.dropLast()) : weekly
        peak = beforeRace.max() ?? 0
        peakWeek = (beforeRace.firstIndex(of: peak) ?? 0) + 1
        let training = checked.sessions.filter { !$0.isRestDay && $0.sessionType != .race }
        longest = training.map { timeBased ? Self.longestContinuousMinutes($0) : ($0.targetDistanceMeters ?? 0) / 1000 }.max() ?? 0
        if !timeBased {
            let peakRuns = c.runs(peakWeek).filter { $0.sessionType != .race }
            let long = peakRuns.map { ($0.targetDistanceMeters ?? 0) / 1000 }.max() ?? 0
            longRunShare = peak > 0 ? long / peak : nil
        } else {
            longRunShare = nil
        }
        var taper: [Double] = []
        if isRace, peak > 0 {
            let count = weekly.count
            let raceWeekKm = c.runs(count).filter { $0.sessionType != .race }.reduce(0) { $0 + amount($1) }
            let back = published.taperKind == .marathon ? 3 : published.taperKind == .half ? 2 : 1
            for offset in stride(from: back, through: 1, by: -1) where count - offset >= 1 {
                taper.append(weekly[count - offset - 1] / peak * 100)
            }
            taper.append(raceWeekKm / peak * 100)
        }
        self.taper = taper
        var rise = -100.0, newHigh = -100.0, highest = 0.0, downs = 0
        let preTaper = isRace ? weekly.count - (published.taperKind == .marathon ? 3 : published.taperKind == .half ? 2 : 1) : weekly.count
        for index in 1..<max(1, beforeRace.count) {
            let previous = weekly[index - 1]
            highest = max(highest, previous)
            if previous > 0 { rise = max(rise, (weekly[index] - previous) / previous * 100) }
            if highest > 0 { newHigh = max(newHigh, (weekly[index] - highest) / highest * 100) }
            if index < preTaper, weekly[index] < previous * 0.9 { downs += 1 }
        }
        maxRise = rise
        newHighRise = newHigh
        downWeeks = downs
        // Quality days per week in the middle third of the build (before the taper).
        let first = max(1, weekly.count / 3), last = max(first, preTaper - 1)
        let counts = (first...last).map { week in c.hard(week).filter { $0.sessionType != .race }.count }
        let frequency = Dictionary(grouping: counts, by: { $0 }).mapValues(\.count)
        qualityMode = frequency.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 0
        longRunShareWarning = checked.plan.safeguardApplications.contains {
            $0.safeguardId.hasPrefix("long_run_max_percentage") && $0.applied && $0.reason.hasPrefix("Warning")
        }
        cutText = checked.plan.weeklyPlan.contains { $0.weekJustification.contains(/cut \(\d{3,}/) }
    }

    var longestInRange: Bool { published.longestRange.contains(longest) }
    var peakInRange: Bool { published.peakRange.map { $0.contains(peak) } ?? true }

    /// The taper agrees with the published tapers of its distance (published-plans.md, "Taper").
    var taperInRange: Bool {
        let t = taper
        switch published.taperKind {
        case .marathon:
            guard t.count == 4 else { return false }
            return t[0] >= 85 && (62...92).contains(t[1]) && (45...75).contains(t[2]) && (15...55).contains(t[3])
        case .half:
            guard t.count == 3 else { return false }
            return t[0] >= 80 && (55...100).contains(t[1]) && (25...60).contains(t[2])
        case .short:
            guard t.count == 2 else { return false }
            return t[0] >= 70 && (25...65).contains(t[1])
        case .none:
            // No taper in the published plan: the last week is not cut below 60 % of the peak.
            return (weekly.last ?? 0) >= peak * 0.6
        }
    }

    var risesWithinGroup: Bool {
        (published.groupMaxRise.map { maxRise <= $0 + 0.5 } ?? true) && (published.groupMaxNewHigh.map { newHighRise <= $0 + 0.5 } ?? true)
    }

    var moreQualityThanPublished: Bool { qualityMode > published.qualityMode }

    static func format(_ value: Double) -> String { String(Int(value.rounded())) }

    var row: String {
        let p = published
        let unit = p.isTimeBased ? " min" : ""
        func mark(_ ok: Bool) -> String { ok ? "" : " ✗" }
        let peakText = p.peakRange.map { "\(Self.format(peak))\(unit) (\(Self.format($0.lowerBound))–\(Self.format($0.upperBound)))" } ?? Self.format(peak)
        let taperText = taper.isEmpty ? "—" : taper.map(Self.format).joined(separator: "/")
        let rises = "+\(Self.format(maxRise)) / +\(Self.format(newHighRise)) (≤ \(p.groupMaxRise.map(Self.format) ?? "—") / \(p.groupMaxNewHigh.map(Self.format) ?? "—"))"
        return "| \(p.name) | \(p.level.rawValue) | \(p.weeks)→\(checked.plan.durationWeeks) | \(Self.format(longest))\(unit) (\(Self.format(p.longestRange.lowerBound))–\(Self.format(p.longestRange.upperBound)))\(mark(longestInRange)) | "
            + "\(peakText)\(mark(peakInRange)) | \(taperText)\(mark(taperInRange)) | \(rises)\(mark(risesWithinGroup)) | "
            + "\(qualityMode) (\(p.qualityMode))\(p.group.isNovice && moreQualityThanPublished ? " ✗" : "") | "
            + "\(longRunShare.map { Self.format($0 * 100) } ?? "—") | \(downWeeks) | \(longRunShareWarning ? "yes" : "no") |"
    }

    static let header = """
    | Plan | Level | Weeks (pub→ours) | Longest run (range) | Peak (range) | Taper % of peak | Max WoW / new high % (group max) | Q/wk mode (pub) | LR % | Down weeks | LR-share warning |
    |---|---|---|---|---|---|---|---|---|---|---|
    """
}
