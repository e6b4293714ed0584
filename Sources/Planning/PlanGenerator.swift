import CadenceCore
import Foundation
import TrainingScience

/// Builds a plan from the runner object: deterministic (same runner, same start, same plan), with
/// every choice written to the decision audit. The result is a draft; `SafeguardEngine` checks
/// it and `PlanRenderer` turns it into the seed's rows.
public struct PlanGenerator: Sendable {
    public static let version = "cadence-planning/1.0"
    /// Longest plan the generator builds; a race further away is a base-building season first.
    public static let maximumWeeks = 40
    /// Length of a plan without a race.
    public static let openEndedWeeks = 12

    public init() {}

    enum DistanceClass: String { case short, half, marathon, none }

    /// The plan's first Monday: `start` itself when it is a Monday, else the Monday after (UTC).
    public static func firstMonday(onOrAfter start: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let day = calendar.startOfDay(for: start)
        let index = (calendar.component(.weekday, from: day) + 5) % 7
        return day.addingTimeInterval(Double((7 - index) % 7) * 86_400)
    }

    /// "2027-03-14" for a UTC date.
    static func isoDate(_ date: Date) -> String {
        CivilDay.string(Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    public func draft(for runner: Runner, start: Date, now: Date, ceiling: VolumeCeiling? = nil) throws(PlanningError) -> PlanDraft {
        let profile = try RunnerProfile(runner: runner, now: now)
        return try draft(profile: profile, start: start, now: now, ceiling: ceiling)
    }

    /// `ceiling` (an adapted plan's) caps every week's volume: targets are held under it and a
    /// week whose minimum sessions would pass it gets fewer or shorter runs instead.
    public func draft(profile p: RunnerProfile, start: Date, now: Date, ceiling: VolumeCeiling? = nil) throws(PlanningError) -> PlanDraft {
        var decisions: [TrainingPlan.Decision] = []
        func decide(_ type: DecisionType, _ what: String, _ source: DecisionSource, _ reasoning: String,
                    confidence: Double? = nil, rule: String? = nil) {
            decisions.append(TrainingPlan.Decision(decisionType: type, what: what, source: source, reasoning: reasoning,
                                                   confidence: confidence, relatedRule: rule))
        }
        for assumption in p.assumptions {
            decide(assumption.field.hasPrefix("schedule") ? .sessionPlacement : .volume,
                   "Assumption: \(assumption.field) = \(assumption.value)", .template,
                   "\(assumption.reason). Tell the coach the real value and the plan will be rebuilt around it.",
                   confidence: 0.3)
        }

        // Calendar: weeks run Monday to Sunday; a race sits in the last week.
        let monday = Self.firstMonday(onOrAfter: start)
        var weekCount = Self.openEndedWeeks
        var raceDay: Int?
        if p.isRace, let raceDate = p.raceDate {
            let raceMidnight = Date(timeIntervalSince1970: (raceDate.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
            let days = Int(((raceMidnight.timeIntervalSince(monday)) / 86_400).rounded(.down))
            guard days >= 1 else {
                throw .raceDateNotAhead(raceDate: Self.isoDate(raceDate), start: Self.isoDate(monday))
            }
            weekCount = days / 7 + 1
            raceDay = days % 7
            guard weekCount <= Self.maximumWeeks else { throw .raceTooFar(weeks: weekCount, maximum: Self.maximumWeeks) }
        }
        if monday.timeIntervalSince1970 != (start.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400 {
            decide(.sessionPlacement, "Plan starts Monday \(Self.isoDate(monday))", .template,
                   "Weeks run Monday to Sunday so each week's volume and rest days are counted the same way; the plan starts on the first Monday on or after \(Self.isoDate(start)).")
        }

        let cls: DistanceClass = {
            guard p.isRace, let km = p.raceKm else { return .none }
            return km <= 10.5 ? .short : km <= 30 ? .half : .marathon
        }()
        let raceLabel = p.raceKm.map(Self.raceLabel) ?? ""

        // Periodization.
        let model: PeriodizationModel
        let modelReason: String
        if p.goalType == .generalHealth || p.goalType == .returnToFitness || p.isNovice || p.experience == .returning {
            model = .linear
            modelReason = p.isNovice && p.experience != .beginner
                ? "This is your first \(raceLabel), so the plan is built like the published novice plans: steady easy running and a long run that grows week by week, with strides for leg speed and no hard interval days."
                : p.experience == .beginner
                ? "You are new to running, so the plan adds one thing at a time: \(p.startsWithRunWalk ? "run-walk intervals that become continuous running, then " : "")a little more running each week, with strides for leg speed and no hard interval days (as in published novice plans)."
                : p.experience == .returning
                ? "You are coming back, so the plan rebuilds step by step: easy volume first, one quality session only once that holds."
                : "For \(p.goalType == .generalHealth ? "general health" : "a return to fitness") a steady, linear build of easy running does the work; intensity stays light."
        } else if p.isRace, p.experience == .competitive, weekCount >= 12 {
            model = .block
            modelReason = "As a competitive runner with \(weekCount) weeks to the \(raceLabel), you can absorb focused blocks: a base block of hills and steady running, a threshold block, then a sharpening block at race pace."
        } else if cls == .half || cls == .marathon {
            model = .pyramidal
            modelReason = "For the \(raceLabel) most of the work is easy, a solid slice is at threshold and \(cls == .marathon ? "marathon" : "race") pace, and only a little is faster: a pyramidal distribution matches what the race asks of you."
        } else {
            model = .polarized
            modelReason = p.isRace
                ? "For the \(raceLabel), the plan keeps about 80% of running easy and makes the hard days genuinely hard (intervals, hills): a polarized distribution, which works well when runs per week are limited."
                : "Easy running plus a small dose of genuinely fast work (a polarized distribution) raises fitness without adding fatigue."
        }
        decide(.periodization, "Periodization: \(model.rawValue)", .template, modelReason, rule: "polarized-80-20")

        // Volume: week 1 at what the runner runs now; new highs grow by a percentage and an absolute
        // step; down weeks by level and age, each followed by a return to the level before it.
        let current = p.currentVolumeKm
        // Below a regular week the plan starts at 6 km, unless a ceiling holds it lower.
        let base = min(current >= PlanMetrics.regularVolumeFloorKm ? current : 6, ceiling?.firstWeekKm ?? .infinity)
        let novice = p.isNovice
        // Health data withheld: nothing is known of injuries or pain, so the plan takes the most
        // cautious progression (as after a bone injury) and says why.
        let cautious = (p.age ?? 0) >= 50 || p.experience == .returning || p.hasInjuryHistory || p.healthDataWithheld
        let increase = p.hasBoneInjuryHistory || p.healthDataWithheld ? 0.05 : p.hasInjuryHistory ? 0.07 : 0.10
        if p.healthDataWithheld {
            decide(.volume, "Health details withheld: the most cautious progression", .coachRule,
                   "You chose not to have health details kept, so this plan knows nothing of injuries or pain. It builds at most "
                   + "5% a week with a down week every third week, as after a bone injury. Tell the coach about injuries and pain "
                   + "(after agreeing to keep health data) and the plan can be rebuilt around them.", rule: "volume-progression-10-percent")
        }
        let maxStep: Double = novice ? 4 : p.experience == .returning ? 5 : [.serious, .competitive].contains(p.experience) ? 8 : 6
        // Published short plans have no down weeks; longer ones step back every 3 (Higdon novice,
        // older or injured runners) to 4 weeks (Pfitzinger: every 3-5), 10-20 % deep.
        let recoveryEvery: Int? = p.isRace && weekCount < 10 && !cautious ? nil
            : cautious || (novice && weekCount >= 14) ? 3 : 4
        let reduction = (p.age ?? 0) >= 50 ? 0.2 : !p.isRace ? 0.1 : novice || p.experience == .returning ? 0.18 : 0.12
        let progression = VolumeProgression(increase: increase, maxStepKm: maxStep, recoveryEvery: recoveryEvery, reduction: reduction)
        if !p.isRace, p.goalType == .baseBuilding, let target = p.runner.goals.targetVolume, target > base {
            // Long enough to reach the target safely and hold it for a week, no longer.
            weekCount = min(16, max(6, progression.weeksToReach(target, from: base) + 1))
            decide(.periodization, "Plan length: \(weekCount) weeks", .formula,
                   "Growing from \(Self.km(base)) at the plan's pace reaches your \(Self.km(target)) target in \(weekCount - 1) weeks; one more week holds it.")
        }
        let runDays = p.runDaysWanted
        let longGoal = Self.longRunGoal(cls: cls, profile: p)
        var peakTarget: Double
        var peakReason: String
        switch (cls, p.goalType) {
        case (.none, .baseBuilding):
            peakTarget = p.runner.goals.targetVolume ?? max(base * 1.3, base + 5)
            peakReason = p.runner.goals.targetVolume != nil ? "your target of \(Self.km(peakTarget)) a week" : "a 30% step up from what you run now"
        case (.none, .speed):
            peakTarget = max(base * 1.15, base + 3)
            peakReason = "a small step up: the speed goal is served by quality, not volume"
        case (.none, .returnToFitness):
            peakTarget = max(base * 1.4, 12)
            peakReason = "a gradual rebuild to 1.4× what you run now"
        case (.none, _):
            peakTarget = max(base, min(base * 1.25 + 3, 25))
            peakReason = "a modest step up from what you run now"
        default:
            let demand = Self.raceDemandKm(cls: cls, profile: p)
            let level = novice ? "first-time" : p.experience.rawValue
            if current < PlanMetrics.regularVolumeFloorKm {
                peakTarget = demand
                peakReason = "about what published \(level) \(raceLabel) plans peak at"
            } else {
                let low = current * (cls == .short ? 1.15 : 1.3)
                // Older or injury-prone runners stay nearer the published experienced plans' 1.3–1.7×.
                let ratio = cautious ? (novice ? 2.0 : 1.5) : novice ? 2.7 : 1.8
                let high = p.recentVolumeKm * ratio
                if demand < low {
                    peakTarget = low
                    peakReason = "you already run \(Self.km(current)) a week, more than a \(level) \(raceLabel) plan usually peaks at, so the plan adds \(cls == .short ? 15 : 30)% to it (published plans for experienced runners peak at 1.3–1.7× their first week)"
                } else if demand > high {
                    peakTarget = high
                    peakReason = "the \(raceLabel) usually asks for about \(Self.km(demand)) a week, but more than \(PlanMetrics.format(ratio))× the \(Self.km(p.recentVolumeKm)) you run now is a bigger jump than published \(level) plans make\(cautious ? " for \([(p.age ?? 0) >= 50 ? "a runner of \(p.age!)" : nil, p.hasInjuryHistory ? "an injury history" : nil, p.experience == .returning ? "a returning runner" : nil].compactMap { $0 }.joined(separator: " with "))" : "")"
                } else {
                    peakTarget = demand
                    peakReason = "about what published \(level) \(raceLabel) plans peak at"
                }
            }
        }
        // What the runner's days can hold: the long run plus easy runs of a sensible length.
        let easyPace = p.paces.easy.midpointSecondsPerKm
        let capacity = longGoal.km + Double(max(0, runDays - 1)) * Self.easyCapMinutes(p) * 60 / easyPace
        if capacity < peakTarget {
            peakTarget = capacity
            peakReason += ", limited to what \(runDays) run\(runDays == 1 ? "" : "s") a week of up to \(Int(Self.easyCapMinutes(p))) minutes (plus the long run) can carry"
        }
        var peakVolume = max(peakTarget, base)
        if peakVolume > peakTarget { peakReason = "you already run \(Self.km(base)) a week, so the plan holds that rather than cutting it" }
        if let ceiling, let cap = ceiling.weekKm, peakVolume > cap {
            peakVolume = cap
            peakReason = "held at \(Self.km(cap)) a week: \(ceiling.reason)"
        }
        if let ceiling {
            decide(.volume, "Volume capped: week 1 at most \(PlanMetrics.format((ceiling.firstWeekKm * 10).rounded() / 10)) km"
                       + (ceiling.weekKm.map { ", every week at most \(PlanMetrics.format(($0 * 10).rounded() / 10)) km" } ?? ""),
                   .coachRule, ceiling.reason.prefix(1).uppercased() + ceiling.reason.dropFirst() + ".", rule: "never_catch_up")
        }
        let newHighs = "new highs at most \(Int((increase * 100).rounded()))% and \(PlanMetrics.format(maxStep)) km above the highest week so far"
        decide(.volume, recoveryEvery.map { "Volume: \(newHighs); a down week every \($0) weeks (−\(Int((reduction * 100).rounded()))%), then on from the level before it" }
                ?? "Volume: \(newHighs); no down weeks in a plan this short",
               .coachRule,
               recoveryEvery == nil
                   ? "Published 5K and 10K plans of this length build without down weeks; the taper is the rest."
                   : recoveryEvery == 3
                   ? "Every third week steps back because \([(p.age ?? 0) >= 50 ? "you are \(p.age!)" : nil, p.experience == .returning ? "you are returning" : nil, p.hasInjuryHistory ? "of your injury history (\(p.injuries.joined(separator: ", ")))" : nil, p.healthDataWithheld ? "your health details are not known" : nil, novice && !cautious ? "this is your first plan of this kind (as in Higdon's novice plans)" : nil].compactMap { $0 }.joined(separator: " and ")); tissues adapt more slowly than fitness. The week after picks up from the level before it (one ordinary step at most), rather than rebounding above it."
                   : "Three weeks of building and one easier week let the body absorb the load (published plans step back every 3–5 weeks); the week after picks up from the level before it (one ordinary step at most).",
               rule: "recovery-weeks")

        // Phases.
        var taper = 0
        if p.isRace {
            taper = cls == .short ? 1 : cls == .half ? 2 : 3
            if weekCount < 10, cls == .marathon { taper = 2 }
            if weekCount < 6 { taper = 1 }
            decide(.periodization, "Taper: \(taper) week\(taper == 1 ? "" : "s") before the \(raceLabel)", .coachRule,
                   "Tapers of 1–3 weeks, longer for longer races, keep fitness while fatigue clears (Bosquet et al. 2007).",
                   rule: "taper-length-by-distance")
        }
        let training = weekCount - taper
        var phaseOf: [PhaseName] = []
        if p.isRace {
            let peak = training >= 4 ? max(1, Int((Double(training) * 0.2).rounded())) : 0
            let build = training >= 3 ? max(1, Int((Double(training) * 0.35).rounded())) : (training >= 2 ? 1 : 0)
            let base = max(0, training - peak - build)
            phaseOf = Array(repeating: .base, count: base) + Array(repeating: .build, count: build)
                + Array(repeating: .peak, count: training - base - build) + Array(repeating: .taper, count: taper)
        } else {
            let base = p.goalType == .speed ? 4 : Int((Double(weekCount) * 0.6).rounded(.up))
            phaseOf = Array(repeating: .base, count: base) + Array(repeating: .build, count: weekCount - base)
        }

        // Days.
        let days = Self.chooseRunDays(count: runDays, profile: p)
        let hardOrder = Self.hardDays(count: 3, runDays: days, longDay: p.longRunDay)
        let dayNames = days.map(RunnerProfile.dayName).joined(separator: ", ")
        var placement = "Runs on \(dayNames)"
        var why = [String]()
        if !p.preferredDays.isEmpty { why.append("your preferred days come first (\(p.preferredDays.map(RunnerProfile.dayName).joined(separator: ", ")))") }
        if !p.blockedDays.isEmpty { why.append("\(p.blockedDays.map(RunnerProfile.dayName).joined(separator: ", ")) \(p.blockedDays.count == 1 ? "is" : "are") blocked and never used") }
        why.append("the long run is on \(RunnerProfile.dayName(p.longRunDay))")
        why.append("the other days are spread out so no two runs crowd together")
        placement += "; \(7 - days.count) rest day\(7 - days.count == 1 ? "" : "s")"
        decide(.sessionPlacement, placement, .template, why.joined(separator: "; ").prefix(1).uppercased() + why.joined(separator: "; ").dropFirst() + ".")
        if !p.isNovice, hardOrder.count < Self.maxHard(p: p, runs: days.count, phase: .peak) {
            decide(.sessionPlacement, "At most \(hardOrder.count) quality day\(hardOrder.count == 1 ? "" : "s") a week", .coachRule,
                   "Your running days (\(dayNames)) leave room for only \(hardOrder.count) hard day\(hardOrder.count == 1 ? "" : "s") that are not back to back with another hard day.",
                   rule: "rest-days")
        }
        let paceReason: String = switch p.paceEvidence {
        case .personalBest: "from your race result (\(p.paceEvidenceDetail)), the most reliable evidence"
        case .oldPersonalBest: "from your race result (\(p.paceEvidenceDetail)); it is old, so they are marked uncertain and a recent race or time trial would sharpen them"
        case .storedVdot: "from the VDOT on your profile"
        case .estimatedVdot: "from the estimated VDOT on your profile; a race or time trial will sharpen them"
        case .easyPace: "from your \(p.paceEvidenceDetail) because there is no race result; they are estimates and are marked uncertain"
        case .experienceDefault: "from a typical VDOT for your experience because there is no race result or easy pace; treat them as rough and run easy days by feel"
        }
        decide(.intensity, "Training paces from VDOT \(p.vdot): easy \(p.paces.easy.formatted()), threshold \(p.paces.threshold.formatted())",
               .formula, "Daniels' paces, \(paceReason).", confidence: p.paceEvidence.isEstimate ? 0.5 : 0.9,
               rule: "vdot-and-training-paces")
        if let source = p.heartRateZoneSource {
            decide(.intensity, "Heart-rate zones from \(source)", .formula,
                   "Each session carries a heart-rate zone so effort can be checked on days when pace misleads (heat, hills, fatigue).",
                   confidence: source.hasPrefix("age") ? 0.5 : 0.85, rule: "heart-rate-zones")
        }

        // Race pace: the goal's pace only when current fitness can reach it in the time left;
        // every other pace comes from current fitness (never from the goal).
        var racePace: Double?
        if let km = p.raceKm, let distance = try? RaceDistance(meters: km * 1000) {
            let fitnessTime = p.vdot.raceTime(for: distance)
            racePace = fitnessTime / km
            if let goal = p.targetTime {
                let weeksToRace = Double((weekCount - 1) * 7 + (raceDay ?? 6)) / 7
                let weeksText = PlanMetrics.format((weeksToRace * 10).rounded() / 10)
                if GoalAssessment.goalWithinReach(targetTime: goal, distance: distance, currentVdot: p.vdot.value,
                                                  weeks: weeksToRace, experience: p.experience) {
                    racePace = goal / km
                    decide(.intensity, "Race pace from your goal: \(PaceFormat.format(secondsPerKm: goal / km))", .formula,
                           "A \(DurationFormat.format(goal)) \(raceLabel) is within reach of your current fitness (VDOT \(p.vdot), \(p.paceEvidenceDetail)) in \(weeksText) weeks, so race-pace sessions rehearse it; every other pace comes from your current fitness.",
                           rule: "vdot-and-training-paces")
                } else {
                    decide(.intensity, "Race pace from current fitness: \(PaceFormat.format(secondsPerKm: fitnessTime / km)), not the goal's \(PaceFormat.format(secondsPerKm: goal / km))", .formula,
                           "A \(DurationFormat.format(goal)) \(raceLabel) asks for more than your current fitness (VDOT \(p.vdot), \(p.paceEvidenceDetail)) can usually gain in \(weeksText) weeks, so race-pace sessions use the pace your fitness supports now (about \(DurationFormat.format(fitnessTime))). Training at the goal's paces would make every session too hard; a race or time trial along the way can raise them.",
                           rule: "vdot-and-training-paces")
                }
            }
        }
        let paces = PaceTable(paces: p.paces, racePace: racePace)

        // Weeks: each week's volume follows from the weeks actually laid out before it.
        let taperFractions: [Double] = taper == 3 ? [0.75, 0.58] : taper == 2 ? [cls == .marathon ? 0.65 : 0.8] : []
        let raceWeekFraction = cls == .marathon ? 0.4 : cls == .half ? 0.45 : 0.5
        let ladder = p.startsWithRunWalk ? Self.runWalkStages(weeks: p.isRace ? weekCount - 1 : weekCount) : []
        if !ladder.isEmpty {
            decide(.intensity, "Run-walk first: \(Self.runWalkText(ladder[0])) → \(Self.runWalkText(ladder[ladder.count - 1]))", .template,
                   "You are not running regularly yet, so the first \(ladder.count) weeks alternate running and walking on every day you offered, with the running bouts growing each week until you run continuously (the NHS Couch to 5K progression). Faster running waits until then.",
                   rule: "run-walk")
        }
        var weeks: [DraftWeek] = []
        var phaseWeek = 0
        var highest = 0.0
        var longest: Double?
        var previousWasDown = false
        for index in 0..<weekCount {
            let number = index + 1
            let phase = phaseOf[index]
            phaseWeek = index > 0 && phaseOf[index - 1] == phase ? phaseWeek + 1 : 1
            let phaseLength = phaseOf.filter { $0 == phase }.count
            let progress = phaseLength <= 1 ? 1 : Double(phaseWeek - 1) / Double(phaseLength - 1)
            let isRaceWeek = p.isRace && index == weekCount - 1
            let isRecovery = phase != .taper && index >= ladder.count && weekCount > 5
                && progression.isRecovery(week: number, trainingWeeks: training)
            let target: Double
            if isRaceWeek {
                target = highest * raceWeekFraction
            } else if phase == .taper {
                target = highest * taperFractions[min(taperFractions.count - 1, index - training)]
            } else if isRecovery {
                target = highest * (1 - reduction)
            } else if number == 1 {
                target = base
            } else {
                // A new high where allowed, one step above the highest week so far (after a down week
                // too: a progression, not a rebound above it). Without a race date to build for,
                // the week after a down week only returns to the level before it.
                target = previousWasDown && !p.isRace ? highest : progression.next(after: highest, ceiling: peakVolume)
            }
            let cap = ceiling?.km(week: index) ?? .infinity
            var week = DraftWeek(number: number, phase: phase, phaseWeek: phaseWeek, isRecovery: isRecovery,
                                 isRaceWeek: isRaceWeek, targetKm: min(target, cap), sessions: (0..<7).map(DraftSession.rest))
            if isRaceWeek, let raceDay {
                layOutRaceWeek(&week, raceDay: raceDay, days: days, profile: p, paces: paces)
            } else if index < ladder.count {
                layOutRunWalk(&week, stage: ladder[index], days: days, profile: p, paces: paces, ceilingKm: cap)
            } else {
                let taperStep = phase == .taper ? index - training + 1 : 0
                layOut(&week, days: days, progress: progress, profile: p, cls: cls, model: model, paces: paces,
                       longest: longest, longGoal: longGoal, taperStep: taperStep, reduction: reduction)
            }
            // The sessions' minimum lengths can carry a small week past its cap: shorten them
            // (easy running first) rather than let an adapted plan catch up.
            if week.km(paces) > cap + 1e-6 { _ = SafeguardEngine.scale(&week, toKm: cap, paces: paces) }
            if let long = week.longRunIndex.map({ week.sessions[$0].km(paces) }), phase != .taper {
                longest = max(longest ?? 0, long)
            } else if index < ladder.count {
                longest = max(longest ?? 0, week.runs.map { $0.km(paces) }.max() ?? 0)
            }
            if phase != .taper { highest = max(highest, week.km(paces)) }
            previousWasDown = isRecovery
            weeks.append(week)
        }
        let reached = weeks.filter { !$0.isRaceWeek }.map { $0.km(paces) }.max() ?? 0
        var stop = peakReason
        if reached < peakVolume * 0.95, ladder.count < weekCount {
            stop += "; \(Self.km(reached)) is as far as \(newHighs)\(recoveryEvery.map { " and a down week every \($0)" } ?? "") reaches in \(training) weeks"
        }
        decide(.volume, "Peak volume set to \(Self.km(reached))/week", .formula,
               "Peak: \(stop). Starting from \(current >= PlanMetrics.regularVolumeFloorKm ? Self.km(current) + " a week now" : "no regular running yet (the plan starts with run-walk)").",
               rule: "volume-progression-10-percent")
        decide(.volume, "Long run up to \(Self.km(longest ?? 0)) (about \(Int(longGoal.minutes)) minutes at most)", .coachRule,
               Self.longRunReason(cls: cls, profile: p, goal: longGoal),
               rule: "long-run-share-of-volume")
        return PlanDraft(profile: p, startDate: monday, generatedAt: now, weeks: weeks, paces: paces, periodization: model,
                         baseVolumeKm: base, peakVolumeKm: peakVolume, weeklyIncrease: increase, recoveryEvery: recoveryEvery,
                         recoveryReduction: reduction, maxLongRunShare: Self.longRunShareLimit(runs: days.count, raceKm: p.raceKm, weekKm: peakVolume),
                         taperWeeks: taper, raceDay: raceDay, decisions: decisions)
    }

    // MARK: - Days

    static func byLevel(_ level: ExperienceLevel, _ values: [Double]) -> Double {
        switch level {
        case .beginner: values[0]
        case .returning: values[1]
        case .serious: values[3]
        case .competitive: values[4]
        default: values[2]
        }
    }

    static func circularGap(_ a: Int, _ b: Int) -> Int { min((a - b + 7) % 7, (b - a + 7) % 7) }

    /// The long-run day, then preferred days, then the other allowed days, each time taking the
    /// day furthest from those already chosen.
    static func chooseRunDays(count: Int, profile p: RunnerProfile) -> [Int] {
        var chosen = [p.longRunDay]
        let tiers = [p.preferredDays.filter { $0 != p.longRunDay && p.allowedDays.contains($0) },
                     p.allowedDays.filter { $0 != p.longRunDay && !p.preferredDays.contains($0) }]
        for tier in tiers {
            var pool = tier
            while chosen.count < count, !pool.isEmpty {
                let best = pool.max { a, b in
                    let ga = chosen.map { circularGap($0, a) }.min()!, gb = chosen.map { circularGap($0, b) }.min()!
                    return ga != gb ? ga < gb : a > b
                }!
                chosen.append(best)
                pool.removeAll { $0 == best }
            }
        }
        return chosen.sorted()
    }

    /// The best `count` run days for hard sessions (fewer when the days do not allow it): never
    /// next to another hard day (Sunday and the next Monday count as neighbours), and as far
    /// from the long run as the week allows.
    static func hardDays(count: Int, runDays: [Int], longDay: Int) -> [Int] {
        let pool = runDays.filter { $0 != longDay }
        var best: [Int] = []
        var bestScore = Int.min
        func search(_ start: Int, _ chosen: [Int]) {
            if chosen.count > best.count || (chosen.count == best.count && score(chosen) > bestScore) {
                best = chosen
                bestScore = score(chosen)
            }
            guard chosen.count < count else { return }
            for index in start..<pool.count where chosen.allSatisfy({ circularGap($0, pool[index]) > 1 }) {
                search(index + 1, chosen + [pool[index]])
            }
        }
        func score(_ days: [Int]) -> Int {
            days.reduce(0) { $0 + min(circularGap($1, longDay), 2) * 10 + circularGap($1, longDay) - ($1 == (longDay + 6) % 7 ? 5 : 0) }
        }
        search(0, [])
        return best.sorted()
    }

    /// The largest share of a week's training distance the long run may take: what published
    /// plans do (published-plans.md §2: 38–57 % on 3–4 days, 25–40 % on 5–6), a little more in
    /// a small week. The long-run-share metric measures against the same limit.
    public static func longRunShareLimit(runs: Int, raceKm: Double?, weekKm: Double) -> Double {
        // Without a race the long run is a third of the week at most (Pfitzinger & Latter's base plan: 29 %).
        guard let raceKm else { return runs <= 3 ? 0.4 : 0.3 }
        let long = raceKm >= PlanMetrics.halfMarathonKm
        var limit: Double = switch runs {
        case ...3: 0.5
        case 4: long ? 0.5 : 0.42
        case 5: long ? 0.42 : 0.4
        default: long ? 0.36 : 0.33
        }
        if weekKm < 30 { limit += 0.05 }
        // Low-volume marathon plans run a larger share on purpose: Higdon's novice long run is
        // about 50-65 % of the week (week 15: 20 of 31 mi), and a first marathon needs a long run
        // of 26-32 km whatever the week holds (kb-review #2, #4).
        if raceKm >= PlanMetrics.marathonKm - 0.5, weekKm < 50 { limit = max(limit, 0.65) }
        return limit
    }

    /// What a race asks for at its peak week, by level (published plans of that kind).
    static func raceDemandKm(cls: DistanceClass, profile p: RunnerProfile) -> Double {
        let level: [Double]
        switch cls {
        case .marathon: level = [50, 50, 70, 90, 115]
        case .half: level = [30, 35, 45, 60, 100]
        case .short: level = (p.raceKm ?? 5) > 6 ? [18, 25, 35, 45, 70] : [14, 20, 28, 35, 60]
        case .none: level = [15, 20, 30, 40, 60]
        }
        if p.isNovice, p.experience != .beginner { return cls == .marathon ? 60 : cls == .half ? 38 : byLevel(p.experience, level) }
        return byLevel(p.experience, level)
    }

    /// The longest an easy weekday run gets, by level and the runner's own limit.
    static func easyCapMinutes(_ p: RunnerProfile) -> Double {
        let minutes: Double = switch p.experience {
        case .beginner: 50
        case .returning: 60
        case .serious: 90
        case .competitive: 100
        default: 75
        }
        return min(minutes, p.maxSessionMinutes ?? .infinity)
    }

    /// The shortest longest run of the published first-marathon plans (Hansons' 16 miles).
    static let noviceMarathonLongRunKm = 26.0

    /// The long run the plan builds to, in distance and time (the time cap keeps slower runners'
    /// long runs to what the published plans ask in hours, not kilometres).
    static func longRunGoal(cls: DistanceClass, profile p: RunnerProfile) -> (km: Double, minutes: Double) {
        let expert = p.experience == .competitive
        switch cls {
        case .marathon:
            // A first marathon's long run may take 3.5 hours with walk breaks (the beginner-marathon
            // safeguard's cap); 200 minutes otherwise.
            return (p.isNovice ? 29 : expert ? 34 : p.experience == .serious ? 32 : 30, p.isNovice ? 210 : 200)
        case .half:
            return (p.isNovice ? 16 : expert ? 26 : p.experience == .serious ? 21 : 19, 150)
        case .short where (p.raceKm ?? 5) > 6:
            return (p.isNovice ? 9 : expert ? 18 : p.experience == .serious ? 15 : 12, 110)
        case .short:
            return (p.isNovice ? 5.5 : p.experience == .casual || p.experience == .returning ? 9 : 11, 80)
        case .none:
            return (p.experience == .beginner ? 8 : 16, p.experience == .beginner ? 75 : 120)
        }
    }

    static func longRunReason(cls: DistanceClass, profile p: RunnerProfile, goal: (km: Double, minutes: Double)) -> String {
        let range: String = switch cls {
        case .marathon: p.isNovice ? "26–32 km in published first-marathon plans (Higdon Novice, Hansons)" : "29–35 km in published marathon plans (Higdon, Pfitzinger, Coogan)"
        case .half: p.isNovice ? "16–19 km in published first-half plans" : "19–26 km in published half-marathon plans"
        case .short: "5–18 km in published 5K and 10K plans, longer for experienced runners"
        case .none: "about a third of the week"
        }
        var text = "The long run builds toward \(km(goal.km)) (\(range)), at most 10% (and 3 km) longer than the longest run so far each week, with a shorter one in each down week"
        text += p.isNovice && cls == .marathon ? " once it passes \(km(Self.noviceMarathonLongRunKm)); before that it keeps its 10% step in down weeks too (the other runs take the cut), because a first marathon needs that long run and the step is already small." : "."
        text += " It stays under \(Int(goal.minutes)) minutes, so a slower runner's long run is capped by time rather than distance"
        text += p.isNovice && cls == .marathon ? "; walk breaks in it are fine." : "."
        text += " It never takes more than the share of the week published plans give it for \(p.runDaysWanted) run\(p.runDaysWanted == 1 ? "" : "s") a week."
        if let limit = p.longRunMaxMinutes {
            text += limit == p.maxSessionMinutes ? " Your \(Int(limit))-minute limit applies to it too."
                : " It fits the \(Int(limit)) minutes you have on \(RunnerProfile.dayName(p.longRunDay)); the other days keep to \(p.maxSessionMinutes.map { "\(Int($0)) minutes" } ?? "no limit")."
        }
        return text
    }

    /// The run-walk stages (run minutes, walk minutes, repetitions; walk 0 = continuous), shaped
    /// like the NHS Couch to 5K: running grows from 8 to 30 minutes while the walks shrink, each
    /// session at most about 10 % longer in distance than the one before (so no run spikes).
    /// One stage a week; a plan with fewer weeks stops part-way up the ladder.
    static let runWalkLadder: [(run: Double, walk: Double, reps: Int)] = [
        (1, 1.5, 8), (1.5, 1.5, 7), (3, 1, 5), (6, 1, 3), (10, 1, 2), (22, 0, 1), (24, 0, 1), (26, 0, 1), (28, 0, 1), (30, 0, 1),
    ]

    static func runWalkStages(weeks: Int) -> [(run: Double, walk: Double, reps: Int)] {
        Array(runWalkLadder.prefix(max(0, weeks)))
    }

    static func runWalkText(_ stage: (run: Double, walk: Double, reps: Int)) -> String {
        stage.walk == 0 ? "\(PaceFormat.trimmed(stage.run)) min continuous"
            : "\(stage.reps) × \(PaceFormat.trimmed(stage.run)) min run / \(PaceFormat.trimmed(stage.walk)) min walk"
    }

    static func maxHard(p: RunnerProfile, runs: Int, phase: PhaseName) -> Int {
        var n: Int
        let cautious = p.experience == .beginner || p.experience == .returning
        switch phase {
        case .base: n = cautious ? 0 : p.experience == .competitive ? 2 : 1
        case .build: n = cautious ? 1 : 2
        case .peak: n = cautious ? 1 : p.experience == .competitive ? 3 : 2
        case .taper: n = 1
        }
        if [.generalHealth, .returnToFitness, .baseBuilding].contains(p.goalType) { n = min(n, 1) }
        if (p.age ?? 0) >= 50 { n = min(n, 2) }
        return min(n, runs >= 3 ? runs - 2 : max(0, runs - 1))
    }

    // MARK: - Sessions

    /// Lays out one ordinary week: quality first (none for novices), then the long run (grown
    /// from the longest so far toward the goal, within the week's share and the time cap), then
    /// easy runs on the remaining offered days.
    func layOut(_ week: inout DraftWeek, days: [Int], progress: Double, profile p: RunnerProfile, cls: DistanceClass,
                model: PeriodizationModel, paces: PaceTable, longest: Double?, longGoal: (km: Double, minutes: Double), taperStep: Int,
                reduction: Double) {
        let easyPace = paces.secondsPerKm(.easy)
        let minEasyMinutes = p.experience == .beginner ? 15.0 : 25.0
        let minEasyKm = minEasyMinutes * 60 / easyPace
        let volume = week.targetKm
        // Fewer runs when the week's volume is too small to split.
        var runCount = days.count
        while runCount > 1, volume / Double(runCount) < minEasyKm * 0.9 { runCount -= 1 }
        let runDays = runCount == days.count ? days : Self.chooseRunDays(count: runCount, profile: p)

        var hard = p.isNovice ? 0 : Self.maxHard(p: p, runs: runCount, phase: week.phase)
        if week.phase == .base, week.phaseWeek == 1 { hard = min(hard, p.experience == .competitive ? 1 : 0) }
        if week.isRecovery { hard = min(hard, 1) }
        var hardDays = Self.hardDays(count: hard, runDays: runDays, longDay: p.longRunDay)
        let kinds = Self.hardKinds(phase: week.phase, cls: cls, model: model, profile: p)
        let scale = week.isRecovery || week.phase == .taper ? 0.7 : 1.0
        var hardSessions = hardDays.enumerated().map { slot, day in
            hardSession(kinds[slot % kinds.count], day: day, progress: progress, scale: scale, profile: p, cls: cls, paces: paces)
        }
        // Quality needs volume under it: hard work at most 20% of the week's running time, and
        // quality sessions (with their warm-ups) at most half of its distance.
        let weekMinutes = volume * easyPace / 60
        while !hardSessions.isEmpty, hardSessions.reduce(0, { $0 + $1.hardMinutes }) > weekMinutes * 0.22
            || hardSessions.reduce(0, { $0 + $1.km(paces) }) > volume * (runCount <= 3 ? 0.55 : 0.5) {
            hardSessions.removeLast()
            hardDays.removeLast()
        }
        for session in hardSessions { week.sessions[session.day] = session }
        let hardKm = hardSessions.reduce(0) { $0 + $1.km(paces) }
        let available = max(0, volume - hardKm)

        // The long run.
        var easyDays = runDays.filter { $0 != p.longRunDay && !hardDays.contains($0) }
        let share = Self.longRunShareLimit(runs: runCount, raceKm: p.raceKm, weekKm: volume)
        let timeCapKm = min(longGoal.minutes, p.longRunMaxMinutes ?? .infinity) * 60 / easyPace
        var wanted: Double
        if let longest {
            // At most 10 % (and 3 km) longer than the longest run so far: no single-run spike.
            let step = min(3, longest * 0.1)
            if taperStep > 0 {
                wanted = longest * (taperStep == 1 ? 0.72 : 0.55)
            } else if week.isRecovery, !(p.isNovice && cls == .marathon && longest < Self.noviceMarathonLongRunKm) {
                // A little deeper than the week's cut, so the easy runs keep their length.
                wanted = longest * (1 - 1.5 * reduction)
            } else {
                // A first marathon's long run keeps growing through down weeks until it reaches the
                // published novice range: the spike rule already holds each step to 10 % over the
                // longest run of 30 days (published novice plans cut it, then jump 12-30 %), and
                // the down week's cut comes from the other runs.
                wanted = min(longGoal.km, longest + step)
            }
        } else {
            // First long run: a little over the runner's recent longest (the spike rule's own
            // floor when none is on record), else the week's share.
            wanted = PlanMetrics.longestRunBeforePlanKm(p).map { min($0 * 1.1, volume * share) }
                ?? min(volume * (cls == .half || cls == .marathon ? share : min(share, 0.4)), longGoal.km * 0.75)
        }
        var longKm = min(wanted, volume * share, timeCapKm, available)
        // On 5+ days the day after the long run is a short recovery run (at most 30 minutes and no
        // longer than an average easy run); the other easy days carry the rest.
        var recoveryDay = runCount >= 5 && easyDays.count > 1 ? easyDays.first { $0 == (p.longRunDay + 1) % 7 } : nil
        let averageEasyKm = easyDays.isEmpty ? 0 : max(0, available - longKm) / Double(easyDays.count)
        var recoveryKm = recoveryDay == nil ? 0 : min(30 * 60 / paces.secondsPerKm(.recovery), averageEasyKm)
        if recoveryKm * paces.secondsPerKm(.recovery) / 60 < 20 { recoveryDay = nil; recoveryKm = 0 }
        var steadyDays = easyDays.filter { $0 != recoveryDay }
        var easyKm = steadyDays.isEmpty ? 0 : (available - longKm - recoveryKm) / Double(steadyDays.count)
        // Too little left for the easy runs: fewer of them, but always at least one.
        while steadyDays.count > 1, easyKm < minEasyKm * 0.9 {
            steadyDays.removeFirst()
            easyKm = (available - longKm - recoveryKm) / Double(steadyDays.count)
        }
        easyDays = steadyDays + (recoveryDay.map { [$0] } ?? [])
        if easyDays.isEmpty { longKm = min(timeCapKm, available) }
        if runDays.contains(p.longRunDay), longKm > 0 {
            week.sessions[p.longRunDay] = DraftSession(day: p.longRunDay, kind: .longRun,
                segments: [DraftSegment(.main, minutes: longKm * easyPace / 60, zone: .easy)])
        }
        guard !easyDays.isEmpty else { return }
        let easyMinutes = min(easyKm * easyPace / 60, Self.easyCapMinutes(p), max(minEasyMinutes, longKm * easyPace / 60))
        var stridesPlaced = false
        let strides = (week.phase != .base || p.isNovice) && week.number > 2 && !week.isRecovery && !p.hasCurrentPain
        for day in easyDays {
            if day == recoveryDay {
                week.sessions[day] = DraftSession(day: day, kind: .recovery, segments: [
                    DraftSegment(.main, minutes: recoveryKm * paces.secondsPerKm(.recovery) / 60, zone: .recovery)])
                continue
            }
            var session = DraftSession(day: day, kind: .easy, segments: [DraftSegment(.main, minutes: easyMinutes, zone: .easy)])
            if !stridesPlaced, strides, easyMinutes >= 20 {
                session.segments[0].minutes -= 4
                session.segments.append(DraftSegment(.work, minutes: 20.0 / 60, zone: .repetition, repetitions: p.isNovice ? 4 : 6,
                                                     recoveryMinutes: 1, note: "strides"))
                stridesPlaced = true
            }
            week.sessions[day] = session
        }
    }

    /// A run-walk week: the same session on every offered day (beginners at most four), on
    /// fewer days and with fewer repetitions when the week has a volume ceiling below that.
    func layOutRunWalk(_ week: inout DraftWeek, stage: (run: Double, walk: Double, reps: Int), days: [Int], profile p: RunnerProfile,
                       paces: PaceTable, ceilingKm: Double = .infinity) {
        var reps = stage.reps
        func segment() -> DraftSegment {
            stage.walk == 0
                ? DraftSegment(.main, minutes: stage.run, zone: .easy)
                : DraftSegment(.work, minutes: stage.run, zone: .easy, repetitions: reps, recoveryMinutes: stage.walk,
                               note: "run-walk", recoveryIsWalk: true)
        }
        while reps > 2, segment().km(paces) > ceilingKm { reps -= 1 }
        let fits = ceilingKm / max(0.1, segment().km(paces))
        let count = fits >= 4 ? 4 : max(1, Int(fits.rounded(.down)))
        for day in days.prefix(count) {
            week.sessions[day] = DraftSession(day: day, kind: .easy, segments: [segment()])
        }
    }

    /// Race week: the week's easy running (a share of the peak, as in published tapers) on the
    /// offered days up to two days before the race, the last with strides; rest the day before.
    func layOutRaceWeek(_ week: inout DraftWeek, raceDay: Int, days: [Int], profile p: RunnerProfile, paces: PaceTable) {
        let raceKm = p.raceKm ?? 5
        // Not rounded to whole minutes: the session's distance comes from its minutes, and the
        // race is its own distance (a marathon is 42.195 km, not the 42.26 of a rounded minute).
        let raceMinutes = raceKm * paces.secondsPerKm(.race) / 60
        week.sessions[raceDay] = DraftSession(day: raceDay, kind: .race,
            segments: [DraftSegment(.main, minutes: raceMinutes, zone: .race)])
        let before = Array(days.filter { $0 < raceDay - 1 }.suffix(5))
        guard !before.isEmpty else { return }
        let easyPace = paces.secondsPerKm(.easy)
        let each = week.targetKm / Double(before.count) * easyPace / 60
        let minutes = min(max(p.experience == .beginner ? 15 : 20, each), 60)
        for (index, day) in before.enumerated() {
            var segments = [DraftSegment(.main, minutes: minutes, zone: .easy)]
            if index == before.count - 1, !p.startsWithRunWalk, !p.hasCurrentPain {
                segments[0].minutes -= 4
                segments.append(DraftSegment(.work, minutes: 20.0 / 60, zone: .repetition, repetitions: 4,
                                             recoveryMinutes: 1, note: "strides"))
            }
            week.sessions[day] = DraftSession(day: day, kind: .easy, segments: segments)
        }
    }

    static func hardKinds(phase: PhaseName, cls: DistanceClass, model: PeriodizationModel, profile p: RunnerProfile) -> [SessionKind] {
        let hillsOrFartlek: SessionKind = p.hasHillsAccess ? .hills : .fartlek
        switch phase {
        case .base:
            return model == .polarized ? [hillsOrFartlek, .intervals] : [hillsOrFartlek, .tempo]
        case .build:
            switch (cls, model) {
            case (_, .block): return cls == .marathon ? [.tempo, .marathonPace, hillsOrFartlek] : [.tempo, hillsOrFartlek, .intervals]
            case (.short, .polarized): return [.intervals, hillsOrFartlek, .tempo]
            case (.short, _): return [.intervals, .tempo, hillsOrFartlek]
            case (.half, _): return [.tempo, .intervals, hillsOrFartlek]
            case (.marathon, _): return [.tempo, .marathonPace, .intervals]
            case (.none, _): return p.goalType == .speed ? [.intervals, .tempo, hillsOrFartlek] : [hillsOrFartlek, .tempo]
            }
        case .peak:
            switch cls {
            case .short: return model == .block ? [.intervals, .racePace, hillsOrFartlek] : [.racePace, .tempo, .intervals]
            case .half: return [.racePace, .intervals, .tempo]
            case .marathon: return [.marathonPace, .tempo, .intervals]
            case .none: return [.intervals, .tempo, hillsOrFartlek]
            }
        case .taper:
            return cls == .marathon ? [.marathonPace] : cls == .none ? [.tempo] : [.racePace]
        }
    }

    func hardSession(_ kind: SessionKind, day: Int, progress: Double, scale: Double, profile p: RunnerProfile,
                     cls: DistanceClass, paces: PaceTable) -> DraftSession {
        func lerp(_ range: ClosedRange<Double>) -> Double { (range.lowerBound + (range.upperBound - range.lowerBound) * progress) * scale }
        let level = p.experience
        let warm: Double = level == .beginner ? 10 : 15, cool: Double = level == .beginner ? 5 : 10
        var work: DraftSegment
        switch kind {
        case .tempo:
            let minutes = lerp(Self.byLevel(level, [12, 15, 15, 20, 20])...Self.byLevel(level, [20, 20, 25, 30, 35])).rounded()
            work = minutes >= 24
                ? DraftSegment(.work, minutes: (minutes / 3).rounded(), zone: .threshold, repetitions: 3, recoveryMinutes: 2,
                               note: "cruise intervals")
                : DraftSegment(.work, minutes: minutes, zone: .threshold, note: "tempo")
        case .marathonPace:
            let minutes = lerp(Self.byLevel(level, [20, 20, 25, 30, 35])...Self.byLevel(level, [30, 30, 45, 55, 65])).rounded()
            work = DraftSegment(.work, minutes: minutes, zone: .marathon, note: "marathon pace")
        case .intervals:
            let rep: Double = level == .beginner ? 2 : level == .competitive ? 4 : 3
            let reps = Int(lerp(Self.byLevel(level, [3, 4, 4, 5, 5])...Self.byLevel(level, [5, 5, 6, 6, 7])).rounded())
            work = DraftSegment(.work, minutes: rep, zone: .interval, repetitions: max(2, reps),
                                recoveryMinutes: (rep * 0.8).rounded(), note: "intervals")
        case .racePace:
            if cls == .half {
                let reps = Int(lerp(2...(level == .beginner || level == .returning ? 3 : 4)).rounded())
                work = DraftSegment(.work, minutes: 8, zone: .race, repetitions: max(2, reps), recoveryMinutes: 2,
                                    note: "race pace")
            } else {
                let reps = Int(lerp(4...6).rounded())
                work = DraftSegment(.work, minutes: cls == .short && (p.raceKm ?? 5) <= 6 ? 3 : 5, zone: .race,
                                    repetitions: max(2, reps), recoveryMinutes: 2, note: "race pace")
            }
        case .hills:
            let reps = Int(lerp(6...10).rounded())
            work = DraftSegment(.work, minutes: 1, zone: .repetition, repetitions: max(4, reps), recoveryMinutes: 2,
                                note: "uphill, jog back down")
        default:
            let reps = Int(lerp(6...10).rounded())
            work = DraftSegment(.work, minutes: 1, zone: .interval, repetitions: max(4, reps), recoveryMinutes: 1.5,
                                note: "fartlek surges")
        }
        var session = DraftSession(day: day, kind: kind, segments: [
            DraftSegment(.warmup, minutes: warm, zone: .easy), work, DraftSegment(.cooldown, minutes: cool, zone: .easy),
        ])
        if let limit = p.maxSessionMinutes { Self.fit(&session, minutes: limit) }
        return session
    }

    /// Shortens a session to `minutes`: warm-up and cool-down first (not below 5), then the work.
    static func fit(_ session: inout DraftSession, minutes limit: Double) {
        var excess = session.totalMinutes - limit
        guard excess > 0 else { return }
        for index in session.segments.indices where session.segments[index].type == .warmup || session.segments[index].type == .cooldown {
            let cut = min(excess, max(0, session.segments[index].minutes - 5))
            session.segments[index].minutes -= cut
            excess -= cut
        }
        guard excess > 0 else { return }
        for index in session.segments.indices where session.segments[index].type == .work || session.segments[index].type == .main {
            var segment = session.segments[index]
            if segment.repetitions > 1 {
                let each = segment.minutes + segment.recoveryMinutes
                let drop = min(segment.repetitions - 1, Int((excess / each).rounded(.up)))
                segment.repetitions -= drop
                excess -= Double(drop) * each
            }
            if excess > 0 {
                let cut = min(excess, segment.minutes * Double(segment.repetitions) - 1)
                segment.minutes -= cut / Double(segment.repetitions)
                excess -= cut
            }
            segment.minutes = (segment.minutes * 10).rounded(.down) / 10
            session.segments[index] = segment
            if excess <= 0 { break }
        }
    }

    static func km(_ value: Double) -> String { "\(Int(value.rounded())) km" }

    static func raceLabel(_ km: Double) -> String {
        switch km {
        case 4.9...5.1: "5K"
        case 9.9...10.1: "10K"
        case 21...21.2: "half marathon"
        case 42.1...42.3: "marathon"
        case 80.3...80.6: "50-mile race"
        case 160.7...161.2: "100-mile race"
        default: "\(PaceFormat.trimmed((km * 10).rounded() / 10)) km race"
        }
    }
}
