import CadenceCore
import Foundation
import TrainingScience

/// The intensities a segment can be run at. `race` is the goal race pace.
public enum PaceZone: String, Sendable, CaseIterable, Codable {
    case recovery, easy, marathon, threshold, interval, repetition, race

    /// Work at this pace counts as hard running (the safeguards' "hard session" definition).
    public var isHard: Bool { self != .recovery && self != .easy }
}

/// The paces of one plan, in seconds per km, with their display bands (computed once: they are
/// read for every segment of every session).
public struct PaceTable: Sendable, Hashable {
    private let ranges: [PaceRange]
    private let seconds: [Double]
    private let displays: [String]

    public init(paces: TrainingPaces, racePace: Double?) {
        var bands: [PaceZone: PaceRange] = [
            .easy: paces.easy, .marathon: paces.marathon, .threshold: paces.threshold,
            .interval: paces.interval, .repetition: paces.repetition,
        ]
        bands[.recovery] = PaceRange(fastSecondsPerKm: paces.easy.slowSecondsPerKm + 5,
                                     slowSecondsPerKm: paces.easy.slowSecondsPerKm * 1.08)
        bands[.race] = racePace.map { PaceRange(target: $0, plusMinus: 0.01) } ?? paces.threshold
        ranges = PaceZone.allCases.map { bands[$0]! }
        seconds = ranges.map(\.midpointSecondsPerKm)
        displays = ranges.map { $0.formatted() }
    }

    public subscript(zone: PaceZone) -> PaceRange { ranges[zone.index] }
    public func secondsPerKm(_ zone: PaceZone) -> Double { seconds[zone.index] }
    public func display(_ zone: PaceZone) -> String { displays[zone.index] }
}

extension PaceZone {
    var index: Int {
        switch self {
        case .recovery: 0
        case .easy: 1
        case .marathon: 2
        case .threshold: 3
        case .interval: 4
        case .repetition: 5
        case .race: 6
        }
    }
}

/// What a planned day is.
public enum SessionKind: String, Sendable, CaseIterable {
    case easy, recovery, longRun, tempo, marathonPace, intervals, racePace, hills, fartlek, race, rest

    public var isRun: Bool { self != .rest }
    /// Interval, threshold, hill, race-pace and race sessions (long runs here are all easy).
    public var isHard: Bool {
        switch self {
        case .tempo, .marathonPace, .intervals, .racePace, .hills, .fartlek, .race: true
        default: false
        }
    }
}

/// One block of a session: a warm-up, a steady run, or `repetitions` × work with recoveries.
public struct DraftSegment: Sendable, Hashable {
    public var type: SegmentType
    /// Minutes per repetition.
    public var minutes: Double
    public var zone: PaceZone
    public var repetitions: Int
    /// Easy jog between repetitions (repetitions − 1 of them).
    public var recoveryMinutes: Double
    public var note: String?
    /// The recoveries are walked (run-walk), not jogged.
    public var recoveryIsWalk: Bool

    /// Walking pace for the distance of walk breaks.
    static let walkSecondsPerKm = 600.0

    public init(_ type: SegmentType, minutes: Double, zone: PaceZone, repetitions: Int = 1,
                recoveryMinutes: Double = 0, note: String? = nil, recoveryIsWalk: Bool = false) {
        self.type = type
        self.minutes = minutes
        self.zone = zone
        self.repetitions = repetitions
        self.recoveryMinutes = recoveryMinutes
        self.note = note
        self.recoveryIsWalk = recoveryIsWalk
    }

    var recoveries: Double { Double(max(0, repetitions - 1)) * recoveryMinutes }
    public var totalMinutes: Double { minutes * Double(repetitions) + recoveries }
    public var hardMinutes: Double { zone.isHard ? minutes * Double(repetitions) : 0 }

    func km(_ paces: PaceTable) -> Double {
        minutes * Double(repetitions) * 60 / paces.secondsPerKm(zone)
            + recoveries * 60 / (recoveryIsWalk ? Self.walkSecondsPerKm : paces.secondsPerKm(.recovery))
    }
}

/// One day of the plan while it is being built and checked.
public struct DraftSession: Sendable, Hashable {
    public var day: Int
    public var kind: SessionKind
    public var segments: [DraftSegment] {
        didSet { updateTotals() }
    }
    /// Minutes of running, and of hard running, kept up to date with `segments` (they are read
    /// far more often than segments change).
    public private(set) var totalMinutes = 0.0
    public private(set) var hardMinutes = 0.0
    /// Notes added by safeguards (shown in the session's key points).
    public var notes: [String] = []
    public var safeguardIds: [String] = []

    public init(day: Int, kind: SessionKind, segments: [DraftSegment] = []) {
        self.day = day
        self.kind = kind
        self.segments = segments
        updateTotals()
    }

    private mutating func updateTotals() {
        var total = 0.0, hard = 0.0
        for segment in segments {
            total += segment.totalMinutes
            hard += segment.hardMinutes
        }
        totalMinutes = total
        hardMinutes = hard
    }

    public static func rest(_ day: Int) -> DraftSession { DraftSession(day: day, kind: .rest) }

    // Plain loops: these run millions of times in the property test, and unspecialised generic
    // `reduce` is slow in debug builds.
    public var isRun: Bool { kind != .rest && totalMinutes > 0 }
    public var isHard: Bool { kind.isHard && isRun }
    public func km(_ paces: PaceTable) -> Double {
        var total = 0.0
        for segment in segments { total += segment.km(paces) }
        return total
    }

    /// Replaces the session by easy running of the same length (a safeguard repair).
    mutating func makeEasy(reason: String, safeguard: String) {
        let minutes = max(20, totalMinutes - 10)
        kind = .easy
        segments = [DraftSegment(.main, minutes: minutes.rounded(), zone: .easy)]
        notes.append(reason)
        if !safeguardIds.contains(safeguard) { safeguardIds.append(safeguard) }
    }

    mutating func mark(_ safeguard: String, note: String? = nil) {
        if !safeguardIds.contains(safeguard) { safeguardIds.append(safeguard) }
        if let note, !notes.contains(note) { notes.append(note) }
    }
}

public enum PhaseName: String, Sendable, CaseIterable {
    case base = "Base", build = "Build", peak = "Peak", taper = "Taper"
}

/// One week of the plan while it is being built and checked. `sessions` has one entry per day,
/// Monday first.
public struct DraftWeek: Sendable, Hashable {
    public var number: Int
    public var phase: PhaseName
    public var phaseWeek: Int
    public var isRecovery: Bool
    public var isRaceWeek: Bool
    /// The volume the progression asked for, before sessions were laid out.
    public var targetKm: Double
    public var sessions: [DraftSession]
    public var warnings: [String] = []
    public var safeguardIds: [String] = []

    public var runs: [DraftSession] { sessions.filter(\.isRun) }
    /// Training running (the race itself is the goal, not training load, and is left out).
    public var trainingRuns: [DraftSession] { runs.filter { $0.kind != .race } }
    public func km(_ paces: PaceTable) -> Double {
        var total = 0.0
        for session in sessions where session.kind != .race && session.kind != .rest { total += session.km(paces) }
        return total
    }
    public func totalKm(_ paces: PaceTable) -> Double {
        var total = 0.0
        for session in sessions where session.kind != .rest { total += session.km(paces) }
        return total
    }
    /// A run-walk week: its progression is the run-walk ladder, not volume.
    public var hasRunWalk: Bool { sessions.contains { $0.segments.contains(where: \.recoveryIsWalk) } }

    public var runCount: Int {
        var count = 0
        for session in sessions where session.isRun { count += 1 }
        return count
    }
    public var longRunIndex: Int? {
        for index in 0..<sessions.count where sessions[index].kind == .longRun && sessions[index].isRun { return index }
        return nil
    }

    mutating func mark(_ safeguard: String, warning: String? = nil) {
        if !safeguardIds.contains(safeguard) { safeguardIds.append(safeguard) }
        if let warning, !warnings.contains(warning) { warnings.append(warning) }
    }
}

/// A plan being built: the generator fills it, the safeguard engine checks and adjusts it, and
/// the renderer turns it into the seed's `TrainingPlan` and `PlannedSession` rows.
public struct PlanDraft: Sendable {
    public var profile: RunnerProfile
    /// Monday of week 1, 00:00 UTC.
    public var startDate: Date
    public var generatedAt: Date
    public var weeks: [DraftWeek]
    public var paces: PaceTable
    public var periodization: PeriodizationModel
    public var baseVolumeKm: Double
    public var peakVolumeKm: Double
    public var weeklyIncrease: Double
    /// Weeks between down weeks; nil when the plan has none (short race plans).
    public var recoveryEvery: Int?
    public var recoveryReduction: Double
    public var maxLongRunShare: Double
    public var taperWeeks: Int
    /// Day index (0 = Monday) of the race in the last week.
    public var raceDay: Int?
    public var decisions: [TrainingPlan.Decision] = []
    /// Set when a stop-running safeguard turned every run into a day off (pain that needs checking,
    /// red-flag symptoms, illness, …): the plan's texts then say so instead of describing training.
    public var runningPause: RunningPause?

    public struct RunningPause: Sendable, Equatable {
        public let safeguardId: String
        /// The safeguard's message: why running stopped and what to do.
        public let message: String
    }

    public var durationWeeks: Int { weeks.count }

    /// "recovery weeks every 3 weeks", or that there are none, for the plan's texts.
    public var recoveryText: String {
        recoveryEvery.map { "recovery weeks every \($0) weeks" } ?? "no recovery weeks (the taper is the rest)"
    }

    /// Weeks from the plan start to race day.
    public var weeksToRace: Double? {
        guard let raceDay, profile.isRace else { return nil }
        return Double((weeks.count - 1) * 7 + raceDay) / 7
    }

    public func date(week: Int, day: Int) -> Date {
        startDate.addingTimeInterval(Double((week - 1) * 7 + day) * 86_400)
    }
}
