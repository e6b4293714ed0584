// The seed's string unions. Each keeps values it does not know (`unknown`), because wearable
// data keeps growing; validation of user input checks `knownCases` instead.

/// Seed values: `easy`, `tempo`, `interval`, `long`, `recovery`, `race`. Unknown values are kept.
public enum ActivitySessionType: OpenEnum {
    case easy
    case tempo
    case interval
    case long
    case recovery
    case race
    case unknown(String)

    public static let knownCases: [Self] = [.easy, .tempo, .interval, .long, .recovery, .race]

    public var rawValue: String {
        switch self {
        case .easy: "easy"
        case .tempo: "tempo"
        case .interval: "interval"
        case .long: "long"
        case .recovery: "recovery"
        case .race: "race"
        case .unknown(let value): value
        }
    }
}

/// Terra's activity type names, snake_case. Unknown types are kept as they arrive.
public enum ActivityType: OpenEnum {
    case running
    case trailRunning
    case treadmillRunning
    case trackRunning
    case walking
    case hiking
    case cycling
    case indoorCycling
    case swimming
    case rowing
    case elliptical
    case strengthTraining
    case yoga
    case other
    case unknown(String)

    public static let knownCases: [Self] = [.running, .trailRunning, .treadmillRunning, .trackRunning, .walking, .hiking, .cycling, .indoorCycling, .swimming, .rowing, .elliptical, .strengthTraining, .yoga, .other]

    public var rawValue: String {
        switch self {
        case .running: "running"
        case .trailRunning: "trail_running"
        case .treadmillRunning: "treadmill_running"
        case .trackRunning: "track_running"
        case .walking: "walking"
        case .hiking: "hiking"
        case .cycling: "cycling"
        case .indoorCycling: "indoor_cycling"
        case .swimming: "swimming"
        case .rowing: "rowing"
        case .elliptical: "elliptical"
        case .strengthTraining: "strength_training"
        case .yoga: "yoga"
        case .other: "other"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `never`, `rarely`, `weekly`, `daily`. Unknown values are kept.
public enum AlcoholFrequency: OpenEnum {
    case never
    case rarely
    case weekly
    case daily
    case unknown(String)

    public static let knownCases: [Self] = [.never, .rarely, .weekly, .daily]

    public var rawValue: String {
        switch self {
        case .never: "never"
        case .rarely: "rarely"
        case .weekly: "weekly"
        case .daily: "daily"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `male`, `female`, `other`. Unknown values are kept.
public enum BiologicalSex: OpenEnum {
    case male
    case female
    case other
    case unknown(String)

    public static let knownCases: [Self] = [.male, .female, .other]

    public var rawValue: String {
        switch self {
        case .male: "male"
        case .female: "female"
        case .other: "other"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `google`, `apple`, `outlook`. Unknown values are kept.
public enum CalendarProvider: OpenEnum {
    case google
    case apple
    case outlook
    case unknown(String)

    public static let knownCases: [Self] = [.google, .apple, .outlook]

    public var rawValue: String {
        switch self {
        case .google: "google"
        case .apple: "apple"
        case .outlook: "outlook"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `inferred`, `user`, `plan`. Unknown values are kept.
public enum ClassificationSource: OpenEnum {
    case inferred
    case user
    case plan
    case unknown(String)

    public static let knownCases: [Self] = [.inferred, .user, .plan]

    public var rawValue: String {
        switch self {
        case .inferred: "inferred"
        case .user: "user"
        case .plan: "plan"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `tough_love`, `encouraging`, `analytical`, `minimalist`. Unknown values are kept.
public enum CoachingVoice: OpenEnum {
    case toughLove
    case encouraging
    case analytical
    case minimalist
    case unknown(String)

    public static let knownCases: [Self] = [.toughLove, .encouraging, .analytical, .minimalist]

    public var rawValue: String {
        switch self {
        case .toughLove: "tough_love"
        case .encouraging: "encouraging"
        case .analytical: "analytical"
        case .minimalist: "minimalist"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `lime`, `gray`. Unknown values are kept.
public enum ColorTheme: OpenEnum {
    case lime
    case gray
    case unknown(String)

    public static let knownCases: [Self] = [.lime, .gray]

    public var rawValue: String {
        switch self {
        case .lime: "lime"
        case .gray: "gray"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `>`, `<`, `>=`, `<=`, `==`, `contains`. Unknown values are kept.
public enum ComparisonOperator: OpenEnum {
    case greaterThan
    case lessThan
    case greaterThanOrEqual
    case lessThanOrEqual
    case equal
    case contains
    case unknown(String)

    public static let knownCases: [Self] = [.greaterThan, .lessThan, .greaterThanOrEqual, .lessThanOrEqual, .equal, .contains]

    public var rawValue: String {
        switch self {
        case .greaterThan: ">"
        case .lessThan: "<"
        case .greaterThanOrEqual: ">="
        case .lessThanOrEqual: "<="
        case .equal: "=="
        case .contains: "contains"
        case .unknown(let value): value
        }
    }

    /// Whether `value` stands in this relation to `threshold` (exactly); false for `contains` and
    /// unknown operators, which do not compare numbers.
    public func holds(_ value: Double, _ threshold: Double) -> Bool {
        switch self {
        case .greaterThan: value > threshold
        case .lessThan: value < threshold
        case .greaterThanOrEqual: value >= threshold
        case .lessThanOrEqual: value <= threshold
        case .equal: value == threshold
        case .contains, .unknown: false
        }
    }
}

/// Seed values: `menstrual`, `follicular`, `ovulation`, `luteal`. Unknown values are kept.
public enum CyclePhase: OpenEnum {
    case menstrual
    case follicular
    case ovulation
    case luteal
    case unknown(String)

    public static let knownCases: [Self] = [.menstrual, .follicular, .ovulation, .luteal]

    public var rawValue: String {
        switch self {
        case .menstrual: "menstrual"
        case .follicular: "follicular"
        case .ovulation: "ovulation"
        case .luteal: "luteal"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `data_driven`, `curious`, `feel_based`. Unknown values are kept.
public enum DataOrientation: OpenEnum {
    case dataDriven
    case curious
    case feelBased
    case unknown(String)

    public static let knownCases: [Self] = [.dataDriven, .curious, .feelBased]

    public var rawValue: String {
        switch self {
        case .dataDriven: "data_driven"
        case .curious: "curious"
        case .feelBased: "feel_based"
        case .unknown(let value): value
        }
    }
}

/// Where a value came from: a person (`manual` on the command line, `user` in chat), a device or service, or the inference engine.
public enum DataSource: OpenEnum {
    case manual
    case user
    case strava
    case healthkit
    case garmin
    case coros
    case polar
    case whoop
    case oura
    case suunto
    case terra
    case fit
    case gpx
    case tcx
    case inferred
    case unknown(String)

    public static let knownCases: [Self] = [.manual, .user, .strava, .healthkit, .garmin, .coros, .polar, .whoop, .oura, .suunto, .terra, .fit, .gpx, .tcx, .inferred]

    public var rawValue: String {
        switch self {
        case .manual: "manual"
        case .user: "user"
        case .strava: "strava"
        case .healthkit: "healthkit"
        case .garmin: "garmin"
        case .coros: "coros"
        case .polar: "polar"
        case .whoop: "whoop"
        case .oura: "oura"
        case .suunto: "suunto"
        case .terra: "terra"
        case .fit: "fit"
        case .gpx: "gpx"
        case .tcx: "tcx"
        case .inferred: "inferred"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `template`, `formula`, `modifier`, `coach_rule`. Unknown values are kept.
public enum DecisionSource: OpenEnum {
    case template
    case formula
    case modifier
    case coachRule
    case unknown(String)

    public static let knownCases: [Self] = [.template, .formula, .modifier, .coachRule]

    public var rawValue: String {
        switch self {
        case .template: "template"
        case .formula: "formula"
        case .modifier: "modifier"
        case .coachRule: "coach_rule"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `periodization`, `volume`, `intensity`, `session_placement`. Unknown values are kept.
public enum DecisionType: OpenEnum {
    case periodization
    case volume
    case intensity
    case sessionPlacement
    case unknown(String)

    public static let knownCases: [Self] = [.periodization, .volume, .intensity, .sessionPlacement]

    public var rawValue: String {
        switch self {
        case .periodization: "periodization"
        case .volume: "volume"
        case .intensity: "intensity"
        case .sessionPlacement: "session_placement"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `established`, `well_supported`, `emerging`, `experimental`. Unknown values are kept.
public enum EvidenceConfidence: OpenEnum {
    case established
    case wellSupported
    case emerging
    case experimental
    case unknown(String)

    public static let knownCases: [Self] = [.established, .wellSupported, .emerging, .experimental]

    public var rawValue: String {
        switch self {
        case .established: "established"
        case .wellSupported: "well_supported"
        case .emerging: "emerging"
        case .experimental: "experimental"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `beginner`, `returning`, `casual`, `serious`, `competitive`. Unknown values are kept.
public enum ExperienceLevel: OpenEnum {
    case beginner
    case returning
    case casual
    case serious
    case competitive
    case unknown(String)

    public static let knownCases: [Self] = [.beginner, .returning, .casual, .serious, .competitive]

    public var rawValue: String {
        switch self {
        case .beginner: "beginner"
        case .returning: "returning"
        case .casual: "casual"
        case .serious: "serious"
        case .competitive: "competitive"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `daily`, `after_runs`, `weekly`, `minimal`. Unknown values are kept.
public enum FeedbackFrequency: OpenEnum {
    case daily
    case afterRuns
    case weekly
    case minimal
    case unknown(String)

    public static let knownCases: [Self] = [.daily, .afterRuns, .weekly, .minimal]

    public var rawValue: String {
        switch self {
        case .daily: "daily"
        case .afterRuns: "after_runs"
        case .weekly: "weekly"
        case .minimal: "minimal"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `normal`, `high`, `low`. Unknown values are kept.
public enum GlucoseFlag: OpenEnum {
    case normal
    case high
    case low
    case unknown(String)

    public static let knownCases: [Self] = [.normal, .high, .low]

    public var rawValue: String {
        switch self {
        case .normal: "normal"
        case .high: "high"
        case .low: "low"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `rising`, `flat`, `falling`. Unknown values are kept.
public enum GlucoseTrend: OpenEnum {
    case rising
    case flat
    case falling
    case unknown(String)

    public static let knownCases: [Self] = [.rising, .flat, .falling]

    public var rawValue: String {
        switch self {
        case .rising: "rising"
        case .flat: "flat"
        case .falling: "falling"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `achievable`, `ambitious`, `unlikely`, `needs_adjustment`. Unknown values are kept.
public enum GoalFeasibility: OpenEnum {
    case achievable
    case ambitious
    case unlikely
    case needsAdjustment
    case unknown(String)

    public static let knownCases: [Self] = [.achievable, .ambitious, .unlikely, .needsAdjustment]

    public var rawValue: String {
        switch self {
        case .achievable: "achievable"
        case .ambitious: "ambitious"
        case .unlikely: "unlikely"
        case .needsAdjustment: "needs_adjustment"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `finish`, `time_goal`, `pr`, `qualify`. Unknown values are kept.
public enum GoalPriority: OpenEnum {
    case finish
    case timeGoal
    case pr
    case qualify
    case unknown(String)

    public static let knownCases: [Self] = [.finish, .timeGoal, .pr, .qualify]

    public var rawValue: String {
        switch self {
        case .finish: "finish"
        case .timeGoal: "time_goal"
        case .pr: "pr"
        case .qualify: "qualify"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `race`, `speed`, `base_building`, `return_to_fitness`, `general_health`. Unknown values are kept.
public enum GoalType: OpenEnum {
    case race
    case speed
    case baseBuilding
    case returnToFitness
    case generalHealth
    case unknown(String)

    public static let knownCases: [Self] = [.race, .speed, .baseBuilding, .returnToFitness, .generalHealth]

    public var rawValue: String {
        switch self {
        case .race: "race"
        case .speed: "speed"
        case .baseBuilding: "base_building"
        case .returnToFitness: "return_to_fitness"
        case .generalHealth: "general_health"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `user_reported`, `inferred`, `wearable`. Unknown values are kept.
public enum InfluencerSource: OpenEnum {
    case userReported
    case inferred
    case wearable
    case unknown(String)

    public static let knownCases: [Self] = [.userReported, .inferred, .wearable]

    public var rawValue: String {
        switch self {
        case .userReported: "user_reported"
        case .inferred: "inferred"
        case .wearable: "wearable"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `low`, `moderate`, `elevated`, `high`. Unknown values are kept.
public enum InjuryRiskLevel: OpenEnum {
    case low
    case moderate
    case elevated
    case high
    case unknown(String)

    public static let knownCases: [Self] = [.low, .moderate, .elevated, .high]

    public var rawValue: String {
        switch self {
        case .low: "low"
        case .moderate: "moderate"
        case .elevated: "elevated"
        case .high: "high"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `minor`, `moderate`, `severe`. Unknown values are kept.
public enum InjurySeverity: OpenEnum {
    case minor
    case moderate
    case severe
    case unknown(String)

    public static let knownCases: [Self] = [.minor, .moderate, .severe]

    public var rawValue: String {
        switch self {
        case .minor: "minor"
        case .moderate: "moderate"
        case .severe: "severe"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `physiology`, `training_principles`, `periodization`, `recovery`, `injury_prevention`, `nutrition`, `mental`. Unknown values are kept.
public enum KnowledgeCategory: OpenEnum {
    case physiology
    case trainingPrinciples
    case periodization
    case recovery
    case injuryPrevention
    case nutrition
    case mental
    case unknown(String)

    public static let knownCases: [Self] = [.physiology, .trainingPrinciples, .periodization, .recovery, .injuryPrevention, .nutrition, .mental]

    public var rawValue: String {
        switch self {
        case .physiology: "physiology"
        case .trainingPrinciples: "training_principles"
        case .periodization: "periodization"
        case .recovery: "recovery"
        case .injuryPrevention: "injury_prevention"
        case .nutrition: "nutrition"
        case .mental: "mental"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `age_formula`, `test`, `observed`. Unknown values are kept.
public enum MaxHeartRateSource: OpenEnum {
    case ageFormula
    case test
    case observed
    case unknown(String)

    public static let knownCases: [Self] = [.ageFormula, .test, .observed]

    public var rawValue: String {
        switch self {
        case .ageFormula: "age_formula"
        case .test: "test"
        case .observed: "observed"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `weight`, `body_composition`, `blood_pressure`, `glucose`. Unknown values are kept.
public enum MeasurementType: OpenEnum {
    case weight
    case bodyComposition
    case bloodPressure
    case glucose
    case unknown(String)

    public static let knownCases: [Self] = [.weight, .bodyComposition, .bloodPressure, .glucose]

    public var rawValue: String {
        switch self {
        case .weight: "weight"
        case .bodyComposition: "body_composition"
        case .bloodPressure: "blood_pressure"
        case .glucose: "glucose"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `dialed`, `decent`, `chaotic`. Unknown values are kept.
public enum NutritionQuality: OpenEnum {
    case dialed
    case decent
    case chaotic
    case unknown(String)

    public static let knownCases: [Self] = [.dialed, .decent, .chaotic]

    public var rawValue: String {
        switch self {
        case .dialed: "dialed"
        case .decent: "decent"
        case .chaotic: "chaotic"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `achievable`, `ambitious`, `stretch`. Unknown values are kept.
public enum OutcomeConfidence: OpenEnum {
    case achievable
    case ambitious
    case stretch
    case unknown(String)

    public static let knownCases: [Self] = [.achievable, .ambitious, .stretch]

    public var rawValue: String {
        switch self {
        case .achievable: "achievable"
        case .ambitious: "ambitious"
        case .stretch: "stretch"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `linear`, `block`, `polarized`, `pyramidal`. Unknown values are kept.
public enum PeriodizationModel: OpenEnum {
    case linear
    case block
    case polarized
    case pyramidal
    case unknown(String)

    public static let knownCases: [Self] = [.linear, .block, .polarized, .pyramidal]

    public var rawValue: String {
        switch self {
        case .linear: "linear"
        case .block: "block"
        case .polarized: "polarized"
        case .pyramidal: "pyramidal"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `aerobic_base`, `threshold`, `speed`, `race_prep`. Unknown values are kept.
public enum PhaseFocus: OpenEnum {
    case aerobicBase
    case threshold
    case speed
    case racePrep
    case unknown(String)

    public static let knownCases: [Self] = [.aerobicBase, .threshold, .speed, .racePrep]

    public var rawValue: String {
        switch self {
        case .aerobicBase: "aerobic_base"
        case .threshold: "threshold"
        case .speed: "speed"
        case .racePrep: "race_prep"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `aerobic_base`, `lactate_threshold`, `vo2max`, `economy`, `recovery`. Unknown values are kept.
public enum PhysiologicalTarget: OpenEnum {
    case aerobicBase
    case lactateThreshold
    case vo2max
    case economy
    case recovery
    case unknown(String)

    public static let knownCases: [Self] = [.aerobicBase, .lactateThreshold, .vo2max, .economy, .recovery]

    public var rawValue: String {
        switch self {
        case .aerobicBase: "aerobic_base"
        case .lactateThreshold: "lactate_threshold"
        case .vo2max: "vo2max"
        case .economy: "economy"
        case .recovery: "recovery"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `draft`, `active`, `paused`, `completed`, `abandoned`. Unknown values are kept.
public enum PlanStatus: OpenEnum {
    case draft
    case active
    case paused
    case completed
    case abandoned
    case unknown(String)

    public static let knownCases: [Self] = [.draft, .active, .paused, .completed, .abandoned]

    public var rawValue: String {
        switch self {
        case .draft: "draft"
        case .active: "active"
        case .paused: "paused"
        case .completed: "completed"
        case .abandoned: "abandoned"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `tempo`, `easy`, `intervals`, `long_run`, `rest`, `recovery`, `race`. Unknown values are kept.
public enum PlannedSessionType: OpenEnum {
    case tempo
    case easy
    case intervals
    case longRun
    case rest
    case recovery
    case race
    case unknown(String)

    public static let knownCases: [Self] = [.tempo, .easy, .intervals, .longRun, .rest, .recovery, .race]

    public var rawValue: String {
        switch self {
        case .tempo: "tempo"
        case .easy: "easy"
        case .intervals: "intervals"
        case .longRun: "long_run"
        case .rest: "rest"
        case .recovery: "recovery"
        case .race: "race"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `morning`, `midday`, `evening`, `varies`. Unknown values are kept.
public enum PreferredTime: OpenEnum {
    case morning
    case midday
    case evening
    case varies
    case unknown(String)

    public static let knownCases: [Self] = [.morning, .midday, .evening, .varies]

    public var rawValue: String {
        switch self {
        case .morning: "morning"
        case .midday: "midday"
        case .evening: "evening"
        case .varies: "varies"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `Endurance`, `Speed`, `Recovery`, `Consistency`, `Injury Risk`, `Race Ready`. Unknown values are kept.
public enum RadarAxis: OpenEnum {
    case endurance
    case speed
    case recovery
    case consistency
    case injuryRisk
    case raceReady
    case unknown(String)

    public static let knownCases: [Self] = [.endurance, .speed, .recovery, .consistency, .injuryRisk, .raceReady]

    public var rawValue: String {
        switch self {
        case .endurance: "Endurance"
        case .speed: "Speed"
        case .recovery: "Recovery"
        case .consistency: "Consistency"
        case .injuryRisk: "Injury Risk"
        case .raceReady: "Race Ready"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `very_poor`, `poor`, `compromised`, `ok`, `good`, `very_good`. Unknown values are kept.
public enum RecoveryLevel: OpenEnum {
    case veryPoor
    case poor
    case compromised
    case ok
    case good
    case veryGood
    case unknown(String)

    public static let knownCases: [Self] = [.veryPoor, .poor, .compromised, .ok, .good, .veryGood]

    public var rawValue: String {
        switch self {
        case .veryPoor: "very_poor"
        case .poor: "poor"
        case .compromised: "compromised"
        case .ok: "ok"
        case .good: "good"
        case .veryGood: "very_good"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `quick`, `slow`, `push_through`, `no_injuries`. Unknown values are kept.
public enum RecoveryStyle: OpenEnum {
    case quick
    case slow
    case pushThrough
    case noInjuries
    case unknown(String)

    public static let knownCases: [Self] = [.quick, .slow, .pushThrough, .noInjuries]

    public var rawValue: String {
        switch self {
        case .quick: "quick"
        case .slow: "slow"
        case .pushThrough: "push_through"
        case .noInjuries: "no_injuries"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `never`, `youth_sports`, `college`, `adult_hobby`. Unknown values are kept.
public enum RunningBackground: OpenEnum {
    case never
    case youthSports
    case college
    case adultHobby
    case unknown(String)

    public static let knownCases: [Self] = [.never, .youthSports, .college, .adultHobby]

    public var rawValue: String {
        switch self {
        case .never: "never"
        case .youthSports: "youth_sports"
        case .college: "college"
        case .adultHobby: "adult_hobby"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `cap`, `reduce`, `block`, `warn`, `require_confirmation`. Unknown values are kept.
public enum SafeguardActionType: OpenEnum {
    case cap
    case reduce
    case block
    case warn
    case requireConfirmation
    case unknown(String)

    public static let knownCases: [Self] = [.cap, .reduce, .block, .warn, .requireConfirmation]

    public var rawValue: String {
        switch self {
        case .cap: "cap"
        case .reduce: "reduce"
        case .block: "block"
        case .warn: "warn"
        case .requireConfirmation: "require_confirmation"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `volume`, `intensity`, `frequency`, `recovery`, `safety`. Unknown values are kept.
public enum SafeguardCategory: OpenEnum {
    case volume
    case intensity
    case frequency
    case recovery
    case safety
    case unknown(String)

    public static let knownCases: [Self] = [.volume, .intensity, .frequency, .recovery, .safety]

    public var rawValue: String {
        switch self {
        case .volume: "volume"
        case .intensity: "intensity"
        case .frequency: "frequency"
        case .recovery: "recovery"
        case .safety: "safety"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `hard_limit`, `soft_limit`, `warning`. Unknown values are kept.
public enum SafeguardRuleType: OpenEnum {
    case hardLimit
    case softLimit
    case warning
    case unknown(String)

    public static let knownCases: [Self] = [.hardLimit, .softLimit, .warning]

    public var rawValue: String {
        switch self {
        case .hardLimit: "hard_limit"
        case .softLimit: "soft_limit"
        case .warning: "warning"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `info`, `warning`, `critical`. Unknown values are kept.
public enum SafeguardSeverity: OpenEnum {
    case info
    case warning
    case critical
    case unknown(String)

    public static let knownCases: [Self] = [.info, .warning, .critical]

    public var rawValue: String {
        switch self {
        case .info: "info"
        case .warning: "warning"
        case .critical: "critical"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `warmup`, `main`, `cooldown`, `recovery`, `work`. Unknown values are kept.
public enum SegmentType: OpenEnum {
    case warmup
    case main
    case cooldown
    case recovery
    case work
    case unknown(String)

    public static let knownCases: [Self] = [.warmup, .main, .cooldown, .recovery, .work]

    public var rawValue: String {
        switch self {
        case .warmup: "warmup"
        case .main: "main"
        case .cooldown: "cooldown"
        case .recovery: "recovery"
        case .work: "work"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `scheduled`, `completed`, `skipped`, `modified`, `rescheduled`. Unknown values are kept.
public enum SessionStatus: OpenEnum {
    case scheduled
    case completed
    case skipped
    case modified
    case rescheduled
    case unknown(String)

    public static let knownCases: [Self] = [.scheduled, .completed, .skipped, .modified, .rescheduled]

    public var rawValue: String {
        switch self {
        case .scheduled: "scheduled"
        case .completed: "completed"
        case .skipped: "skipped"
        case .modified: "modified"
        case .rescheduled: "rescheduled"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `progression`, `fartlek`, `hills`, `track`. Unknown values are kept.
public enum SessionSubtype: OpenEnum {
    case progression
    case fartlek
    case hills
    case track
    case unknown(String)

    public static let knownCases: [Self] = [.progression, .fartlek, .hills, .track]

    public var rawValue: String {
        switch self {
        case .progression: "progression"
        case .fartlek: "fartlek"
        case .hills: "hills"
        case .track: "track"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `solid`, `inconsistent`, `poor`. Unknown values are kept.
public enum SleepQuality: OpenEnum {
    case solid
    case inconsistent
    case poor
    case unknown(String)

    public static let knownCases: [Self] = [.solid, .inconsistent, .poor]

    public var rawValue: String {
        switch self {
        case .solid: "solid"
        case .inconsistent: "inconsistent"
        case .poor: "poor"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `low`, `moderate`, `high`, `survival`. Unknown values are kept.
public enum StressLevel: OpenEnum {
    case low
    case moderate
    case high
    case survival
    case unknown(String)

    public static let knownCases: [Self] = [.low, .moderate, .high, .survival]

    public var rawValue: String {
        switch self {
        case .low: "low"
        case .moderate: "moderate"
        case .high: "high"
        case .survival: "survival"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `high`, `moderate`, `low`. Unknown values are kept.
public enum TrainingConsistency: OpenEnum {
    case high
    case moderate
    case low
    case unknown(String)

    public static let knownCases: [Self] = [.high, .moderate, .low]

    public var rawValue: String {
        switch self {
        case .high: "high"
        case .moderate: "moderate"
        case .low: "low"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `building`, `maintaining`, `declining`, `erratic`. Unknown values are kept.
public enum TrainingLoadTrend: OpenEnum {
    case building
    case maintaining
    case declining
    case erratic
    case unknown(String)

    public static let knownCases: [Self] = [.building, .maintaining, .declining, .erratic]

    public var rawValue: String {
        switch self {
        case .building: "building"
        case .maintaining: "maintaining"
        case .declining: "declining"
        case .erratic: "erratic"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `automatic`, `manual`, `update`, `delete`, `pending`, `third_party_upload`. Unknown values are kept.
public enum UploadType: OpenEnum {
    case automatic
    case manual
    case update
    case delete
    case pending
    case thirdPartyUpload
    case unknown(String)

    public static let knownCases: [Self] = [.automatic, .manual, .update, .delete, .pending, .thirdPartyUpload]

    public var rawValue: String {
        switch self {
        case .automatic: "automatic"
        case .manual: "manual"
        case .update: "update"
        case .delete: "delete"
        case .pending: "pending"
        case .thirdPartyUpload: "third_party_upload"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `plan_generation`, `coaching_advice`, `explanation`, `safety`. Unknown values are kept.
public enum UsageContext: OpenEnum {
    case planGeneration
    case coachingAdvice
    case explanation
    case safety
    case unknown(String)

    public static let knownCases: [Self] = [.planGeneration, .coachingAdvice, .explanation, .safety]

    public var rawValue: String {
        switch self {
        case .planGeneration: "plan_generation"
        case .coachingAdvice: "coaching_advice"
        case .explanation: "explanation"
        case .safety: "safety"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `race`, `time_trial`, `estimated`. Unknown values are kept.
public enum VdotSource: OpenEnum {
    case race
    case timeTrial
    case estimated
    case unknown(String)

    public static let knownCases: [Self] = [.race, .timeTrial, .estimated]

    public var rawValue: String {
        switch self {
        case .race: "race"
        case .timeTrial: "time_trial"
        case .estimated: "estimated"
        case .unknown(let value): value
        }
    }
}

/// Seed values: `garmin`, `apple_watch`, `coros`, `polar`, `whoop`. Unknown values are kept.
public enum Wearable: OpenEnum {
    case garmin
    case appleWatch
    case coros
    case polar
    case whoop
    case unknown(String)

    public static let knownCases: [Self] = [.garmin, .appleWatch, .coros, .polar, .whoop]

    public var rawValue: String {
        switch self {
        case .garmin: "garmin"
        case .appleWatch: "apple_watch"
        case .coros: "coros"
        case .polar: "polar"
        case .whoop: "whoop"
        case .unknown(let value): value
        }
    }
}

/// A day of the week, lowercase as in the seed (`monday` … `sunday`).
public enum Weekday: OpenEnum {
    case monday
    case tuesday
    case wednesday
    case thursday
    case friday
    case saturday
    case sunday
    case unknown(String)

    public static let knownCases: [Self] = [.monday, .tuesday, .wednesday, .thursday, .friday, .saturday, .sunday]

    public var rawValue: String {
        switch self {
        case .monday: "monday"
        case .tuesday: "tuesday"
        case .wednesday: "wednesday"
        case .thursday: "thursday"
        case .friday: "friday"
        case .saturday: "saturday"
        case .sunday: "sunday"
        case .unknown(let value): value
        }
    }
}
