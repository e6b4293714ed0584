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

    public func draft(for runner: Runner, start: Date, now: Date) throws(PlanningError) -> PlanDraft {
        let profile = try RunnerProfile(runner: runner, now: now)
        return try draft(profile: profile, start: start, now: now)
    }

    public func draft(profile p: RunnerProfile, start: Date, now: Date) throws(PlanningError) -> PlanDraft {
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
        if p.goalType == .generalHealth || p.goalType == .returnToFitness || p.experience == .beginner || p.experience == .returning {
            model = .linear
            modelReason = p.experience == .beginner
                ? "You are new to running, so the plan adds one thing at a time: a little more volume each week, and at most one harder session once the easy running feels routine."
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

        // Volume.
        let current = p.currentVolumeKm
        let base = current >= PlanMetrics.regularVolumeFloorKm ? current : 6
        let perRun: Double = switch p.experience {
        case .beginner: 8
        case .returning: 10
        case .serious: 15
        case .competitive: 18
        default: 12
        }
        var peakTarget: Double
        switch (cls, p.goalType) {
        case (.short, _): peakTarget = Self.byLevel(p.experience, [20, 25, 32, 45, 60])
        case (.half, _): peakTarget = Self.byLevel(p.experience, [28, 32, 42, 55, 75])
        case (.marathon, _): peakTarget = Self.byLevel(p.experience, [40, 45, 55, 70, 95])
        case (_, .baseBuilding): peakTarget = p.runner.goals.targetVolume ?? max(base * 1.3, base + 5)
        case (_, .speed): peakTarget = max(base * 1.15, base + 3)
        case (_, .returnToFitness): peakTarget = max(base * 1.4, 12)
        default: peakTarget = max(base, min(base * 1.25 + 3, 25))
        }
        let runDays = p.runDaysWanted
        var peakReason = p.isRace
            ? "a typical peak for a \(p.experience.rawValue) runner training for the \(raceLabel)"
            : p.goalType == .baseBuilding && p.runner.goals.targetVolume != nil
            ? "your target of \(Self.km(peakTarget)) a week" : "a modest step up from what you run now"
        let dayLimit = Double(runDays) * perRun + perRun * 0.5
        if dayLimit < peakTarget {
            peakTarget = dayLimit
            peakReason += ", limited to what \(runDays) run\(runDays == 1 ? "" : "s") a week can carry"
        }
        if let maxMinutes = p.maxSessionMinutes {
            let timeLimit = Double(runDays) * maxMinutes * 60 / p.paces.easy.midpointSecondsPerKm
            if timeLimit < peakTarget {
                peakTarget = timeLimit
                peakReason += " and by your \(Int(maxMinutes))-minute session limit"
            }
        }
        let peakVolume = max(peakTarget, base)
        if peakVolume > peakTarget { peakReason = "you already run \(Self.km(base)) a week, so the plan holds that rather than cutting it" }
        // The template's progression: the 10% rule, less with an injury history. The safeguards
        // check every week against the same limits.
        let increase = p.hasBoneInjuryHistory || p.healthDataWithheld ? 0.05 : p.hasInjuryHistory ? 0.07 : 0.10
        let recoveryEvery = (p.age ?? 0) >= 50 || p.experience == .returning || p.hasInjuryHistory || p.healthDataWithheld ? 3 : 4
        if p.healthDataWithheld {
            decide(.volume, "Health details withheld: the most cautious progression", .coachRule,
                   "You chose not to have health details kept, so this plan knows nothing of injuries or pain. It builds at most "
                   + "5% a week with a recovery week every third week, as after a bone injury. Tell the coach about injuries and pain "
                   + "(after agreeing to keep health data) and the plan can be rebuilt around them.", rule: "volume-progression-10-percent")
        }
        let reduction = 0.25
        decide(.volume, "Peak volume set to \(Self.km(peakVolume))/week", .formula,
               "Peak: \(peakReason). Starting from \(current >= PlanMetrics.regularVolumeFloorKm ? Self.km(current) + " a week now" : "no regular running yet (week 1 is \(Self.km(base)) of run-walk)").",
               rule: "volume-progression-10-percent")
        decide(.volume, "Volume rises at most \(Int(increase * 100))% a week, with a recovery week every \(recoveryEvery) weeks (−\(Int(reduction * 100))%)",
               .coachRule,
               recoveryEvery == 3
                   ? "Every third week steps back because \([(p.age ?? 0) >= 50 ? "you are \(p.age!)" : nil, p.experience == .returning ? "you are returning" : nil, p.hasInjuryHistory ? "of your injury history (\(p.injuries.joined(separator: ", ")))" : nil, p.healthDataWithheld ? "your health details are not known" : nil].compactMap { $0 }.joined(separator: " and ")); tissues adapt more slowly than fitness."
                   : "Three weeks of building and one easier week let the body absorb the load.",
               rule: "recovery-weeks")

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
        if hardOrder.count < Self.maxHard(p: p, runs: days.count, phase: .peak) {
            decide(.sessionPlacement, "At most \(hardOrder.count) quality day\(hardOrder.count == 1 ? "" : "s") a week", .coachRule,
                   "Your running days (\(dayNames)) leave room for only \(hardOrder.count) hard day\(hardOrder.count == 1 ? "" : "s") that are not back to back with another hard day.",
                   rule: "rest-days")
        }
        let paceReason: String = switch p.paceEvidence {
        case .personalBest: "from your race result (\(p.paceEvidenceDetail)), the most reliable evidence"
        case .storedVdot: "from the VDOT on your profile"
        case .estimatedVdot: "from the estimated VDOT on your profile; a race or time trial will sharpen them"
        case .goalTime: "from your goal (\(p.paceEvidenceDetail)) because there is no race result yet; they are targets, not proven fitness, and are marked uncertain"
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

        var racePace: Double?
        if let km = p.raceKm, let distance = try? RaceDistance(meters: km * 1000) {
            racePace = (p.targetTime ?? p.vdot.raceTime(for: distance)) / km
        }
        let paces = PaceTable(paces: p.paces, racePace: racePace)

        // Weeks: each week's volume follows from the previous week's actual volume.
        var weeks: [DraftWeek] = []
        var phaseWeek = 0
        var lastBuild = current >= PlanMetrics.regularVolumeFloorKm ? current : base / (1 + increase)
        var previousLongKm: Double?
        for index in 0..<weekCount {
            let number = index + 1
            let phase = phaseOf[index]
            phaseWeek = index > 0 && phaseOf[index - 1] == phase ? phaseWeek + 1 : 1
            let phaseLength = phaseOf.filter { $0 == phase }.count
            let progress = phaseLength <= 1 ? 1 : Double(phaseWeek - 1) / Double(phaseLength - 1)
            let isRaceWeek = p.isRace && index == weekCount - 1
            let isRecovery = phase != .taper && weekCount > 5 && number % recoveryEvery == 0 && number < training
            let target: Double
            if phase == .taper {
                let fractions: [Double] = taper == 1 ? [0.6] : taper == 2 ? [0.75, 0.5] : [0.8, 0.6, 0.45]
                target = lastBuild * fractions[index - training]
            } else if isRecovery {
                target = lastBuild * (1 - reduction)
            } else {
                target = number == 1 ? base : min(peakVolume, max(lastBuild, lastBuild * (1 + increase)))
            }
            var week = DraftWeek(number: number, phase: phase, phaseWeek: phaseWeek, isRecovery: isRecovery,
                                 isRaceWeek: isRaceWeek, targetKm: target, sessions: (0..<7).map(DraftSession.rest))
            if isRaceWeek, let raceDay {
                layOutRaceWeek(&week, raceDay: raceDay, days: days, profile: p, paces: paces)
            } else {
                layOut(&week, days: days, progress: progress, profile: p, cls: cls, model: model, paces: paces,
                       previousLongKm: previousLongKm)
            }
            previousLongKm = week.longRunIndex.map { week.sessions[$0].km(paces) }
            if phase != .taper, !isRecovery { lastBuild = week.km(paces) }
            weeks.append(week)
        }
        let longShare = Self.longShare(runs: days.count, cls: cls)
        return PlanDraft(profile: p, startDate: monday, generatedAt: now, weeks: weeks, paces: paces, periodization: model,
                         baseVolumeKm: base, peakVolumeKm: peakVolume, weeklyIncrease: increase, recoveryEvery: recoveryEvery,
                         recoveryReduction: reduction, maxLongRunShare: longShare, taperWeeks: taper, raceDay: raceDay,
                         decisions: decisions)
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

    static func longShare(runs: Int, cls: DistanceClass) -> Double {
        if cls == .marathon { return runs <= 3 ? 0.48 : runs == 4 ? 0.40 : runs == 5 ? 0.32 : 0.28 }
        if cls == .half { return runs <= 3 ? 0.45 : runs == 4 ? 0.40 : runs == 5 ? 0.32 : 0.28 }
        return runs <= 3 ? 0.36 : runs == 4 ? 0.30 : 0.27
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

    /// Lays out one ordinary week. The long run grows by at most 3 km a week and, in a recovery
    /// week, drops by at most 3 km (the easy runs give up the rest), so it can return to its
    /// level the week after without a jump.
    func layOut(_ week: inout DraftWeek, days: [Int], progress: Double, profile p: RunnerProfile,
                cls: DistanceClass, model: PeriodizationModel, paces: PaceTable, previousLongKm: Double?) {
        let easyPace = paces.secondsPerKm(.easy)
        let minEasyMinutes = p.experience == .beginner ? 20.0 : 25.0
        let minEasyKm = minEasyMinutes * 60 / easyPace
        let volume = week.targetKm
        // Fewer runs when the week's volume is too small to split.
        var runCount = days.count
        while runCount > 1, volume / Double(runCount) < minEasyKm * 0.9 { runCount -= 1 }
        let runDays = runCount == days.count ? days : Self.chooseRunDays(count: runCount, profile: p)

        var hard = Self.maxHard(p: p, runs: runCount, phase: week.phase)
        if week.phase == .base, week.phaseWeek == 1 { hard = min(hard, p.experience == .competitive ? 1 : 0) }
        if p.experience == .beginner, week.number <= 3 { hard = 0 }
        if week.isRecovery { hard = min(hard, p.experience == .beginner ? 0 : 1) }
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

        // Long run and easy runs share the rest; the long run is never shorter than an easy run.
        let longCapKm = min(p.maxSessionMinutes ?? .infinity,
                            cls == .marathon ? 195 : cls == .half ? 140 : cls == .short ? 100 : 90) * 60 / easyPace
        var easyDays = runDays.filter { $0 != p.longRunDay && !hardDays.contains($0) }
        let available = max(0, volume - hardKm)
        var longKm = 0.0, easyKm = 0.0
        while true {
            let share = Self.longShare(runs: easyDays.count + hardDays.count + 1, cls: cls)
            var wanted = volume * share
            if let previous = previousLongKm, week.isRecovery { wanted = max(wanted, previous - 3) }
            longKm = min(longCapKm, max(wanted, available / Double(easyDays.count + 1)), available)
            if let previous = previousLongKm, week.phase != .taper { longKm = min(longKm, previous + 3) }
            easyKm = easyDays.isEmpty ? 0 : (available - longKm) / Double(easyDays.count)
            if easyDays.isEmpty || easyKm >= minEasyKm * 0.9 { break }
            // Shorten the long run before dropping a run, as long as it stays the longest.
            let shorterLong = available - Double(easyDays.count) * minEasyKm
            if shorterLong >= minEasyKm, shorterLong >= volume * share * 0.8 {
                longKm = shorterLong
                easyKm = minEasyKm
                break
            }
            easyDays.removeFirst()
        }
        if easyDays.isEmpty { longKm = min(longCapKm, available) }
        if runDays.contains(p.longRunDay), longKm > 0 {
            week.sessions[p.longRunDay] = DraftSession(day: p.longRunDay, kind: .longRun,
                segments: [DraftSegment(.main, minutes: longKm * easyPace / 60, zone: .easy)])
        }
        guard !easyDays.isEmpty else { return }
        let easyCap = min(p.maxSessionMinutes ?? .infinity, p.experience == .beginner ? 50 : 75)
        let easyMinutes = min(easyKm * easyPace / 60, easyCap, max(minEasyMinutes, longKm * easyPace / 60))
        var stridesPlaced = false
        for day in easyDays {
            if day == (p.longRunDay + 1) % 7, runCount >= 5 {
                week.sessions[day] = DraftSession(day: day, kind: .recovery, segments: [
                    DraftSegment(.main, minutes: min(30, easyMinutes) * easyPace / paces.secondsPerKm(.recovery), zone: .recovery)])
                continue
            }
            var session = DraftSession(day: day, kind: .easy, segments: [DraftSegment(.main, minutes: easyMinutes, zone: .easy)])
            if !stridesPlaced, p.experience != .beginner, week.phase != .base, !p.hasCurrentPain, easyMinutes >= 25 {
                session.segments[0].minutes -= 7
                session.segments.append(DraftSegment(.work, minutes: 20.0 / 60, zone: .repetition, repetitions: 6,
                                                     recoveryMinutes: 1, note: "strides"))
                stridesPlaced = true
            }
            week.sessions[day] = session
        }
    }

    func layOutRaceWeek(_ week: inout DraftWeek, raceDay: Int, days: [Int], profile p: RunnerProfile, paces: PaceTable) {
        let raceKm = p.raceKm ?? 5
        let raceMinutes = raceKm * paces.secondsPerKm(.race) / 60
        week.sessions[raceDay] = DraftSession(day: raceDay, kind: .race,
            segments: [DraftSegment(.main, minutes: raceMinutes.rounded(), zone: .race)])
        let before = days.filter { $0 < raceDay - 1 }.suffix(3)
        let minutes = p.experience == .beginner ? 20.0 : 30.0
        for (index, day) in before.enumerated() {
            var segments = [DraftSegment(.main, minutes: minutes, zone: .easy)]
            if index == before.count - 1, p.experience != .beginner, !p.hasCurrentPain {
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
        default: "\(PaceFormat.trimmed((km * 10).rounded() / 10)) km race"
        }
    }
}
