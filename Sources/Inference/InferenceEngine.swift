import CadenceCore
import Foundation
import TrainingScience

/// What the engine reads: the runner and their history, with each record's original UTC offset.
public struct InferenceInput: Sendable {
    public var runner: Runner
    public var activities: [Activity]
    public var sleepSessions: [SleepSession]
    public var dailySummaries: [DailySummary]
    public var bodyMeasurements: [BodyMeasurement]
    /// Record id → seconds east of UTC of its original local time (from the import ledger).
    public var utcOffsets: [String: Int]
    /// Runner field path → the source that last wrote it (person-given values are never replaced).
    public var fieldSources: [String: DataSource]

    public init(runner: Runner, activities: [Activity], sleepSessions: [SleepSession] = [],
                dailySummaries: [DailySummary] = [], bodyMeasurements: [BodyMeasurement] = [],
                utcOffsets: [String: Int] = [:], fieldSources: [String: DataSource] = [:]) {
        self.runner = runner
        self.activities = activities
        self.sleepSessions = sleepSessions
        self.dailySummaries = dailySummaries
        self.bodyMeasurements = bodyMeasurements
        self.utcOffsets = utcOffsets
        self.fieldSources = fieldSources
    }
}

/// What the engine derived.
public struct InferenceResult: Sendable {
    public var currentState = Runner.CurrentState()
    /// Derived `running.*` fields (and VDOT / personal bests when no person gave them), by path.
    public var runningFields: [(path: String, value: JSONValue)] = []
    public var classifications: [InferredClassification] = []
    public var dailyAggregates: [DailySummary] = []
    /// Load per logical workout (activity id of the winning record → load and method).
    public var loads: [String: (load: Double, method: String)] = [:]
    /// The daily load series from the first workout's day to today, and the PMC over it.
    public var dailyLoads: [Double] = []
    public var pmc: [PMCDay] = []
    public var estimatedVDOT: Double?
    public var workouts: [LogicalWorkout] = []
    /// Which recent windows the history covers (see `HistoryCoverage`).
    public var coverage = HistoryCoverage(recordDays: [], today: 0)
    /// Derived fields whose window the history does not cover: cleared, so a stale figure never
    /// stands in for the present.
    public var clearedPaths: [String] = []

    /// Every runner field to write, `currentState.*` first.
    public var fields: [(path: String, value: JSONValue)] {
        var out: [(String, JSONValue)] = []
        if let object = try? JSONValue(encoding: currentState).objectValue {
            for key in object.keys.sorted() { out.append(("currentState.\(key)", object[key] ?? .null)) }
        }
        return out + runningFields + clearedPaths.map { ($0, JSONValue.null) }
    }
}

/// The inference engine: turns the historical tables into `currentState` and the derived runner
/// fields, classifies runs and fills the daily aggregates. Pure computation: `Coaching.StateRefresh`
/// reads the store and writes the result.
public struct InferenceEngine: Sendable {
    public let clock: Clock

    public init(clock: Clock = .system) {
        self.clock = clock
    }

    // MARK: - Computation

    public func compute(_ input: InferenceInput) -> InferenceResult {
        var result = InferenceResult()
        let now = clock.millis
        let runner = input.runner
        let precedence = SourcePrecedence(runner: runner)
        let workouts = LogicalWorkout.link(input.activities, precedence: precedence)
        result.workouts = workouts
        let latestOffset = workouts.last.flatMap { input.utcOffsets[$0.primary.id] } ?? 0
        let today = Self.day(now, offset: latestOffset)
        var dayCache: [String: Int] = [:]
        dayCache.reserveCapacity(workouts.count)
        for workout in workouts {
            let a = workout.effective
            dayCache[a.id] = Self.day(a.startTime, offset: input.utcOffsets[a.id] ?? 0)
        }
        func day(of activity: Activity) -> Int {
            dayCache[activity.id] ?? Self.day(activity.startTime, offset: input.utcOffsets[activity.id] ?? 0)
        }

        let runs = workouts.filter { $0.effective.activityType.isRunning }
        let runDays = runs.map { day(of: $0.effective) }
        let runDistances = runs.map(\.effective.distanceMeters)
        // VDOT: the runner's own, else the best effort of the last year.
        let yearAgo = now - 365 * CivilDay.millis
        let bestVDOT = runs.filter { $0.effective.startTime >= yearAgo }.compactMap { Self.vdot(of: $0.effective) }.max()
        result.estimatedVDOT = bestVDOT
        let vdotValue = runner.running.vdot ?? bestVDOT
        let thresholdPace: Double? = runner.physical.functionalThresholdPace.flatMap { try? PaceFormat.parse($0) }
            ?? vdotValue.flatMap { try? VDOT($0) }.map { TrainingPaces(vdot: $0).threshold.midpointSecondsPerKm }
        let hr = HeartRateParameters(runner: runner, activities: input.activities, daily: input.dailySummaries,
                                     sleep: input.sleepSessions)

        // Loads and the PMC.
        var sessions: [(day: Int, load: Double)] = []
        for workout in workouts {
            guard let load = Self.load(workout.effective, thresholdPace: thresholdPace, hr: hr) else { continue }
            result.loads[workout.primary.id] = load
            sessions.append((day(of: workout.effective), load.load))
        }
        let firstDay = workouts.map { day(of: $0.effective) }.min()
        var pmcByDay: [Int: PMCDay] = [:]
        if let firstDay, firstDay <= today {
            var loads = Array(repeating: 0.0, count: today - firstDay + 1)
            for session in sessions where session.day >= firstDay && session.day <= today { loads[session.day - firstDay] += session.load }
            result.dailyLoads = loads
            result.pmc = (try? PerformanceManagementChart().days(dailyLoads: loads)) ?? []
            for (index, entry) in result.pmc.enumerated() { pmcByDay[firstDay + index] = entry }
        }
        var state = Runner.CurrentState()
        if let last = result.pmc.last {
            state.acuteTrainingLoad = Self.round(last.atl)
            state.chronicTrainingLoad = Self.round(last.ctl)
            state.trainingStressBalance = Self.round(last.tsb)
            state.trainingLoadTrend = Self.trend(pmc: result.pmc, loads: result.dailyLoads)
        }

        // Which windows the history covers: every kind of record counts as "the device was there".
        var recordDays = Array(dayCache.values)
        recordDays += input.sleepSessions.map { Self.day($0.endTime, offset: input.utcOffsets[$0.id] ?? latestOffset) }
        recordDays += input.dailySummaries.compactMap { Self.dayNumber($0.date) }
        let coverage = HistoryCoverage(recordDays: recordDays, today: today)
        result.coverage = coverage
        var cleared: [String] = []

        // Volumes and counts (km), only for windows the history covers.
        func runsWithin(_ days: Int) -> [LogicalWorkout] { runs.filter { today - day(of: $0.effective) < days && day(of: $0.effective) <= today } }
        let last7 = runsWithin(7), last28 = runsWithin(28)
        let km: ([LogicalWorkout]) -> Double = { Self.round($0.compactMap(\.effective.distanceMeters).reduce(0, +) / 1000) }
        if !runs.isEmpty, coverage.covers(days: 7) {
            state.last7DaysVolume = km(last7)
            state.last7DaysRunCount = last7.count
        } else {
            cleared += ["currentState.last7DaysVolume", "currentState.last7DaysRunCount"]
        }
        if !runs.isEmpty, coverage.covers(days: 28) {
            state.last28DaysVolume = km(last28)
            state.last28DaysRunCount = last28.count
        } else {
            cleared += ["currentState.last28DaysVolume", "currentState.last28DaysRunCount"]
        }

        // Biometrics.
        let latestDaily = input.dailySummaries.sorted { $0.date < $1.date }
        let sleeps = input.sleepSessions.filter { $0.isNap != true }.sorted { $0.endTime < $1.endTime }
        state.latestRestingHr = latestDaily.last(where: { $0.restingHeartRateBpm != nil })?.restingHeartRateBpm
            ?? sleeps.last(where: { $0.restingHeartRateBpm != nil })?.restingHeartRateBpm
        state.latestHrv = latestDaily.last(where: { ($0.avgHrvRmssd ?? $0.avgHrvSdnn) != nil }).flatMap { $0.avgHrvRmssd ?? $0.avgHrvSdnn }
            ?? sleeps.last(where: { ($0.avgHrvRmssd ?? $0.avgHrvSdnn) != nil }).flatMap { $0.avgHrvRmssd ?? $0.avgHrvSdnn }
        state.latestWeight = input.bodyMeasurements.filter { $0.weightKg != nil }.max { $0.timestamp < $1.timestamp }?.weightKg
        state.latestSleepScore = sleeps.last(where: { $0.sleepScore != nil })?.sleepScore

        // Readiness, injury and overtraining risk.
        let readiness = Readiness.evaluate(sleeps: sleeps, daily: latestDaily, tsb: state.trainingStressBalance, now: now)
        state.readinessScore = readiness?.score
        state.readinessFactors = readiness?.factors
        let acwr = result.dailyLoads.count >= 28 ? try? AcuteChronicWorkload(dailyLoads: Array(result.dailyLoads.suffix(28)), method: .rollingCoupled) : nil
        let previous21 = runs.filter { let d = today - day(of: $0.effective); return d >= 7 && d < 28 }
        let weeklyBefore = previous21.compactMap(\.effective.distanceMeters).reduce(0, +) / 3000
        let injury = InjuryRisk.evaluate(acwr: acwr, runner: runner, last7Km: state.last7DaysVolume ?? 0,
                                         previousWeeklyKm: weeklyBefore, now: now)
        if !runs.isEmpty || !runner.health.isEmptyHistory {
            state.injuryRiskLevel = injury.level
            state.injuryRiskFactors = injury.factors
        }
        if let tsb = state.trainingStressBalance {
            state.overtrainingRisk = Self.overtraining(tsb: tsb, readinessFactors: readiness?.factors ?? [])
        }
        state.lastCalculatedAt = now
        result.currentState = state

        // Classification of runs.
        let maxHR = hr?.max
        var windowStart = 0
        for (index, workout) in runs.enumerated() {
            // Runs are in start order: the previous 28 days are a sliding window behind this one.
            let d = runDays[index]
            while windowStart < index, d - runDays[windowStart] > 28 { windowStart += 1 }
            var previous: [Double] = []
            for other in windowStart ..< index where runDays[other] < d {
                if let distance = runDistances[other] { previous.append(distance) }
            }
            guard let (type, confidence) = SessionClassifier.classify(workout.effective, thresholdPace: thresholdPace, maxHR: maxHR,
                                                                      recentDistances: previous, bestVDOT: bestVDOT) else { continue }
            for member in workout.members where member.sessionTypeSource == nil || member.sessionTypeSource == .inferred {
                if member.sessionType != type || member.sessionTypeConfidence != confidence || member.sessionTypeSource == nil {
                    result.classifications.append(InferredClassification(activityId: member.id, sessionType: type, confidence: confidence))
                }
            }
        }
        let inferredTypes = Dictionary(result.classifications.map { ($0.activityId, $0.sessionType) }, uniquingKeysWith: { first, _ in first })
        let typeOf: (LogicalWorkout) -> ActivitySessionType? = { workout in
            if let given = workout.members.first(where: { $0.sessionTypeSource == .user || $0.sessionTypeSource == .plan }) { return given.sessionType }
            return inferredTypes[workout.primary.id] ?? workout.primary.sessionType
        }

        // Derived running fields, each only when the history covers its window (else cleared):
        // weekly volume, its source and the longest run from the last 28 days; the easy pace from
        // easy runs of the last 42 days in a recent history; consistency over the whole weeks of
        // the last 8 that the history covers, at least 4.
        var running: [(String, JSONValue)] = []
        if !runs.isEmpty, coverage.covers(days: 28) {
            running.append(("running.actualWeeklyVolume", .number(Self.round(km(last28) / 4))))
            let sources = Dictionary(grouping: last28.isEmpty ? runs : last28, by: \.primary.source).max { $0.value.count < $1.value.count }?.key
            if let sources { running.append(("running.actualWeeklyVolumeSource", .string(sources.rawValue))) }
            let longest = last28.compactMap(\.effective.distanceMeters).max()
            if let longest { running.append(("running.actualLongRunDistance", .number(Self.round(longest / 1000)))) } else { cleared.append("running.actualLongRunDistance") }
        } else {
            cleared += ["running.actualWeeklyVolume", "running.actualWeeklyVolumeSource", "running.actualLongRunDistance"]
        }
        let easyPaces = coverage.isRecent
            ? runs.filter { today - day(of: $0.effective) < 42 && typeOf($0) == .easy }.compactMap { Self.pace(of: $0.effective) }.sorted() : []
        if !easyPaces.isEmpty {
            running.append(("running.actualEasyPace", .string(PaceFormat.format(secondsPerKm: easyPaces[easyPaces.count / 2]))))
        } else {
            cleared.append("running.actualEasyPace")
        }
        let weeks = coverage.coveredWeeks(limit: 8)
        if !runs.isEmpty, weeks >= 4 {
            var perWeek = [Int](repeating: 0, count: weeks)
            for runDay in runDays where today - runDay >= 0 && today - runDay < weeks * 7 { perWeek[(today - runDay) / 7] += 1 }
            let weeksWithTwo = perWeek.filter { $0 >= 2 }.count
            let score = Self.round(Double(weeksWithTwo) / Double(weeks) * 100)
            running.append(("running.trainingConsistencyScore", .number(score)))
            running.append(("running.trainingConsistency", .string(score >= 75 ? "high" : score >= 40 ? "moderate" : "low")))
        } else {
            cleared += ["running.trainingConsistencyScore", "running.trainingConsistency"]
        }
        // Only what has a value now is cleared (nothing to write otherwise).
        result.clearedPaths = cleared.filter { path in ((try? runner.value(at: path)) ?? .null) != .null }
        let personGiven: (String) -> Bool = { path in
            guard let source = input.fieldSources[path] else { return false }
            return source != .inferred
        }
        if let bestVDOT, runner.running.vdot == nil || !personGiven("running.vdot") {
            let rounded = (bestVDOT * 10).rounded() / 10
            if rounded >= 15, rounded <= 90, runner.running.vdot != rounded {
                running.append(("running.vdot", .number(rounded)))
                running.append(("running.vdotSource", .string("estimated")))
                running.append(("running.vdotUpdatedAt", .number(Double(now))))
            }
        }
        for (key, distance) in [("fiveK", RaceDistance.fiveK), ("tenK", .tenK), ("halfMarathon", .halfMarathon), ("marathon", .marathon)] {
            let path = "running.personalBests.\(key)"
            guard !personGiven(path) else { continue }
            let candidates = runs.compactMap { workout -> (Double, Activity)? in
                let a = workout.effective
                guard let d = a.distanceMeters, d >= distance.meters * 0.995, d <= distance.meters * 1.05,
                      let t = a.movingTimeSeconds ?? a.durationSeconds, t > 0 else { return nil }
                return (t * distance.meters / d, a)
            }
            guard let best = candidates.min(by: { $0.0 < $1.0 }) else { continue }
            let value = JSONValue.object(["time": .number(best.0.rounded()), "date": .number(Double(best.1.startTime)),
                                          "source": .string(best.1.source.rawValue)])
            running.append((path, value))
        }
        result.runningFields = running

        // Daily aggregates: workouts by local start day, sleep by local wake day.
        var days: [Int: DailySummary] = [:]
        func summary(_ day: Int, offset: Int) -> DailySummary {
            if let existing = days[day] { return existing }
            let start = Int64(day) * CivilDay.millis - Int64(offset) * 1000
            return DailySummary(id: "\(runner.id):\(Self.date(day))", runnerId: runner.id, userId: runner.userId, date: Self.date(day),
                                startTime: start, endTime: start + CivilDay.millis - 1, activityCount: 0, runCount: 0,
                                runDistanceMeters: 0, runDurationSeconds: 0, sources: [], lastUpdatedAt: now)
        }
        for workout in workouts {
            let a = workout.effective
            let offset = input.utcOffsets[a.id] ?? 0
            let d = Self.day(a.startTime, offset: offset)
            var s = summary(d, offset: offset)
            s.activityCount = (s.activityCount ?? 0) + 1
            if a.activityType.isRunning {
                s.runCount = (s.runCount ?? 0) + 1
                s.runDistanceMeters = (s.runDistanceMeters ?? 0) + (a.distanceMeters ?? 0)
                s.runDurationSeconds = (s.runDurationSeconds ?? 0) + (a.movingTimeSeconds ?? a.durationSeconds ?? 0)
            }
            for source in workout.members.map(\.source.rawValue) where !s.sources.contains(source) { s.sources.append(source) }
            days[d] = s
        }
        let nights = Dictionary(grouping: sleeps) { Self.day($0.endTime, offset: input.utcOffsets[$0.id] ?? latestOffset) }
        for (d, sessions) in nights {
            guard let bestRank = sessions.map({ precedence.rank($0.source) }).min() else { continue }
            let chosen = sessions.filter { precedence.rank($0.source) == bestRank }
            let source = chosen[0].source
            let own = chosen.filter { $0.source == source }
            var s = days[d] ?? summary(d, offset: input.utcOffsets[own[0].id] ?? latestOffset)
            s.sleepDurationSeconds = own.compactMap(\.totalAsleepSeconds).reduce(0, +)
            s.deepSleepSeconds = own.compactMap(\.deepSleepSeconds).reduce(0, +)
            s.remSleepSeconds = own.compactMap(\.remSleepSeconds).reduce(0, +)
            s.sleepEfficiency = own.count == 1 ? own[0].sleepEfficiency : nil
            s.sleepStartTime = own.map(\.startTime).min()
            s.sleepEndTime = own.map(\.endTime).max()
            if !s.sources.contains(source.rawValue) { s.sources.append(source.rawValue) }
            days[d] = s
        }
        for (d, var s) in days {
            if let entry = pmcByDay[d] {
                s.acuteTrainingLoad = Self.round(entry.atl)
                s.chronicTrainingLoad = Self.round(entry.ctl)
                s.trainingStressBalance = Self.round(entry.tsb)
            }
            days[d] = s
        }
        result.dailyAggregates = days.keys.sorted().map { days[$0]! }
        return result
    }

    // MARK: - Pieces

    /// Local day number (days since 1970-01-01 in the record's own offset).
    static func day(_ millis: Int64, offset: Int) -> Int { CivilDay.number(millis: millis, offsetSeconds: offset) }

    static func date(_ day: Int) -> String { CivilDay.string(day) }

    /// The day number of a "YYYY-MM-DD" date, nil when it is not one.
    static func dayNumber(_ date: String) -> Int? {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        return CivilDay.number(year: parts[0], month: parts[1], day: parts[2])
    }

    static func round(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    static func pace(of activity: Activity) -> Double? {
        guard let d = activity.distanceMeters, d > 0, let t = activity.movingTimeSeconds ?? activity.durationSeconds, t > 0 else { return nil }
        return t / d * 1000
    }

    static func vdot(of activity: Activity) -> Double? {
        guard let d = activity.distanceMeters, d >= 1500, d <= 50_000, let t = activity.movingTimeSeconds ?? activity.durationSeconds,
              t >= 240 else { return nil }
        let value = VDOT.value(distanceMeters: d, timeSeconds: t)
        return VDOT.supportedRange.contains(value) ? value : nil
    }

    /// Per-workout load: rTSS from pace when a threshold pace is known, else HRSS from heart
    /// rate, else session-RPE scaled so an hour at RPE 7 scores 100 like TSS (Cadence's bridge
    /// between the two scales).
    static func load(_ activity: Activity, thresholdPace: Double?, hr: HeartRateParameters?) -> (load: Double, method: String)? {
        let seconds = activity.movingTimeSeconds ?? activity.durationSeconds
        if activity.activityType.isRunning, let thresholdPace, let pace = pace(of: activity), let seconds,
           let stress = try? TrainingStress.runningStress(durationSeconds: seconds, paceSecondsPerKm: pace,
                                                           thresholdPaceSecondsPerKm: thresholdPace) {
            return (stress.rtss, "rTSS")
        }
        if let hr, let average = activity.avgHeartRateBpm, let seconds, seconds > 0,
           let value = try? TrainingStress.hrss(minutes: seconds / 60, averageHR: average, restingHR: hr.resting, maxHR: hr.max,
                                                lthr: hr.lthr, sex: hr.sex) {
            return (value, "HRSS")
        }
        if let rpe = activity.perceivedExertion, let seconds, seconds > 0,
           let value = try? TrainingStress.sessionRPELoad(rpe: rpe, minutes: seconds / 60) {
            return (value * 100 / 420, "sRPE")
        }
        return nil
    }

    /// Building / declining when CTL moved 5 % or more over two weeks; erratic when the last four
    /// weeks' loads vary by more than half their mean (with training in each).
    static func trend(pmc: [PMCDay], loads: [Double]) -> TrainingLoadTrend {
        if loads.count >= 28 {
            let weeks = (0 ..< 4).map { w in loads.suffix(28).dropFirst(w * 7).prefix(7).reduce(0, +) }
            let mean = weeks.reduce(0, +) / 4
            if mean > 0 {
                let sd = (weeks.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 4).squareRoot()
                if sd / mean > 0.5 { return .erratic }
            }
        }
        guard let now = pmc.last?.ctl else { return .maintaining }
        let before = pmc.count > 14 ? pmc[pmc.count - 15].ctl : 0
        if now >= before * 1.05 + 0.5 { return .building }
        if now <= before * 0.95 - 0.5 { return .declining }
        return .maintaining
    }

    static func overtraining(tsb: Double, readinessFactors: [String]) -> InjuryRiskLevel {
        let poorRecovery = readinessFactors.contains("low_hrv") || readinessFactors.contains("elevated_resting_hr")
        if tsb < -30 && poorRecovery { return .high }
        if tsb < -30 || (tsb < -20 && poorRecovery) { return .elevated }
        if tsb < -15 { return .moderate }
        return .low
    }
}

extension Runner.Health {
    var isEmptyHistory: Bool { (pastInjuries ?? []).isEmpty && (injuryDetails ?? []).isEmpty }
}
