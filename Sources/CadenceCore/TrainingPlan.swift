import Foundation

/// A row of the seed's `trainingPlans` table.
public struct TrainingPlan: Codable, Hashable, Sendable {
    /// Primary key (the seed's document id).
    public var id: String
    public var runnerId: String
    public var userId: String
    /// "Half Marathon - 12 Week Plan"
    public var name: String
    public var goalType: GoalType
    /// "Boston Marathon"
    public var targetEvent: String?
    public var targetDate: Int64?
    /// Seconds
    public var targetTime: Double?
    public var startDate: Int64
    public var endDate: Int64
    public var durationWeeks: Int
    /// "draft" | "active" | "paused" | "completed" | "abandoned"
    public var status: PlanStatus
    public var seasonView: SeasonView
    public var weeklyPlan: [PlanWeek]
    public var runnerSnapshot: RunnerSnapshot
    /// Base template used
    public var templateId: String?
    /// "linear" | "block" | "polarized" | "pyramidal"
    public var periodizationModel: PeriodizationModel
    public var phases: [Phase]
    public var loadParameters: LoadParameters
    public var targetPaces: TargetPaces
    public var decisions: [Decision]
    public var safeguardApplications: [SafeguardApplication]
    public var generatedAt: Int64
    public var generatorVersion: String
    public var lastModifiedAt: Int64
    public var modificationHistory: [Modification]?

    public init(
        id: String,
        runnerId: String,
        userId: String,
        name: String,
        goalType: GoalType,
        targetEvent: String? = nil,
        targetDate: Int64? = nil,
        targetTime: Double? = nil,
        startDate: Int64,
        endDate: Int64,
        durationWeeks: Int,
        status: PlanStatus,
        seasonView: SeasonView,
        weeklyPlan: [PlanWeek],
        runnerSnapshot: RunnerSnapshot,
        templateId: String? = nil,
        periodizationModel: PeriodizationModel,
        phases: [Phase],
        loadParameters: LoadParameters,
        targetPaces: TargetPaces,
        decisions: [Decision],
        safeguardApplications: [SafeguardApplication],
        generatedAt: Int64,
        generatorVersion: String,
        lastModifiedAt: Int64,
        modificationHistory: [Modification]? = nil
    ) {
        self.id = id
        self.runnerId = runnerId
        self.userId = userId
        self.name = name
        self.goalType = goalType
        self.targetEvent = targetEvent
        self.targetDate = targetDate
        self.targetTime = targetTime
        self.startDate = startDate
        self.endDate = endDate
        self.durationWeeks = durationWeeks
        self.status = status
        self.seasonView = seasonView
        self.weeklyPlan = weeklyPlan
        self.runnerSnapshot = runnerSnapshot
        self.templateId = templateId
        self.periodizationModel = periodizationModel
        self.phases = phases
        self.loadParameters = loadParameters
        self.targetPaces = targetPaces
        self.decisions = decisions
        self.safeguardApplications = safeguardApplications
        self.generatedAt = generatedAt
        self.generatorVersion = generatorVersion
        self.lastModifiedAt = lastModifiedAt
        self.modificationHistory = modificationHistory
    }

    public struct SeasonView: Codable, Hashable, Sendable {
        /// 2-3 sentence overview
        public var coachSummary: String
        /// Why this approach?
        public var periodizationJustification: String
        /// Why these volume numbers?
        public var volumeStrategyJustification: String
        public var keyMilestones: [KeyMilestone]
        public var identifiedRisks: [IdentifiedRisk]
        public var expectedOutcomes: ExpectedOutcomes

        public init(
            coachSummary: String,
            periodizationJustification: String,
            volumeStrategyJustification: String,
            keyMilestones: [KeyMilestone],
            identifiedRisks: [IdentifiedRisk],
            expectedOutcomes: ExpectedOutcomes
        ) {
            self.coachSummary = coachSummary
            self.periodizationJustification = periodizationJustification
            self.volumeStrategyJustification = volumeStrategyJustification
            self.keyMilestones = keyMilestones
            self.identifiedRisks = identifiedRisks
            self.expectedOutcomes = expectedOutcomes
        }

        public struct KeyMilestone: Codable, Hashable, Sendable {
            public var weekNumber: Int
            /// "First 20km long run"
            public var milestone: String
            /// "Proves race-day endurance is building"
            public var significance: String

            public init(
                weekNumber: Int,
                milestone: String,
                significance: String
            ) {
                self.weekNumber = weekNumber
                self.milestone = milestone
                self.significance = significance
            }
        }

        public struct IdentifiedRisk: Codable, Hashable, Sendable {
            /// "Shin splint recurrence"
            public var risk: String
            /// "7% volume increases, extra rest after long runs"
            public var mitigation: String
            /// ["shin tenderness", "pace decline"]
            public var monitoringSignals: [String]

            public init(
                risk: String,
                mitigation: String,
                monitoringSignals: [String]
            ) {
                self.risk = risk
                self.mitigation = mitigation
                self.monitoringSignals = monitoringSignals
            }
        }

        public struct ExpectedOutcomes: Codable, Hashable, Sendable {
            /// "Finish half marathon under 2:00"
            public var primaryGoal: String
            /// "achievable" | "ambitious" | "stretch"
            public var confidenceLevel: OutcomeConfidence
            public var confidenceReason: String
            /// ["Improved aerobic base", "Better pacing intuition"]
            public var secondaryOutcomes: [String]

            public init(
                primaryGoal: String,
                confidenceLevel: OutcomeConfidence,
                confidenceReason: String,
                secondaryOutcomes: [String]
            ) {
                self.primaryGoal = primaryGoal
                self.confidenceLevel = confidenceLevel
                self.confidenceReason = confidenceReason
                self.secondaryOutcomes = secondaryOutcomes
            }
        }
    }

    public struct PlanWeek: Codable, Hashable, Sendable {
        /// 1, 2, 3...
        public var weekNumber: Int
        /// Unix timestamp
        public var weekStartDate: Int64
        public var weekEndDate: Int64
        /// "Base", "Build", "Peak", "Taper"
        public var phaseName: String
        /// Week 2 of Base phase
        public var phaseWeekNumber: Int
        /// Total km this week
        public var volumeKm: Double
        /// 0-100, weighted intensity
        public var intensityScore: Double
        public var isRecoveryWeek: Bool
        /// "Recovery" | "Race" | null
        public var weekLabel: String?
        /// Count of hard sessions
        public var keySessions: Int
        /// Count of easy sessions
        public var easyRuns: Int
        /// Count of rest days
        public var restDays: Int
        /// What's the main goal this week?
        public var weekFocus: String
        /// Why is this week structured this way?
        public var weekJustification: String
        /// Any special considerations
        public var coachNotes: String?
        /// +7% or -20% (recovery)
        public var volumeChangePercent: Double
        /// "Adding intervals this week"
        public var intensityChangeNote: String?
        /// ["Persistent fatigue", "HR creep"]
        public var warningSignals: [String]?

        public init(
            weekNumber: Int,
            weekStartDate: Int64,
            weekEndDate: Int64,
            phaseName: String,
            phaseWeekNumber: Int,
            volumeKm: Double,
            intensityScore: Double,
            isRecoveryWeek: Bool,
            weekLabel: String? = nil,
            keySessions: Int,
            easyRuns: Int,
            restDays: Int,
            weekFocus: String,
            weekJustification: String,
            coachNotes: String? = nil,
            volumeChangePercent: Double,
            intensityChangeNote: String? = nil,
            warningSignals: [String]? = nil
        ) {
            self.weekNumber = weekNumber
            self.weekStartDate = weekStartDate
            self.weekEndDate = weekEndDate
            self.phaseName = phaseName
            self.phaseWeekNumber = phaseWeekNumber
            self.volumeKm = volumeKm
            self.intensityScore = intensityScore
            self.isRecoveryWeek = isRecoveryWeek
            self.weekLabel = weekLabel
            self.keySessions = keySessions
            self.easyRuns = easyRuns
            self.restDays = restDays
            self.weekFocus = weekFocus
            self.weekJustification = weekJustification
            self.coachNotes = coachNotes
            self.volumeChangePercent = volumeChangePercent
            self.intensityChangeNote = intensityChangeNote
            self.warningSignals = warningSignals
        }
    }

    public struct RunnerSnapshot: Codable, Hashable, Sendable {
        /// When snapshot was taken
        public var capturedAt: Int64
        public var profileRadar: [RadarPoint]
        public var fitnessIndicators: FitnessIndicators
        public var planInfluencers: [PlanInfluencer]

        public init(
            capturedAt: Int64,
            profileRadar: [RadarPoint],
            fitnessIndicators: FitnessIndicators,
            planInfluencers: [PlanInfluencer]
        ) {
            self.capturedAt = capturedAt
            self.profileRadar = profileRadar
            self.fitnessIndicators = fitnessIndicators
            self.planInfluencers = planInfluencers
        }

        public struct RadarPoint: Codable, Hashable, Sendable {
            /// "Endurance" | "Speed" | "Recovery" | "Consistency" | "Injury Risk" | "Race Ready"
            public var label: RadarAxis
            /// 0-100
            public var value: Double
            /// True if estimated/inferred
            public var uncertain: Bool

            public init(
                label: RadarAxis,
                value: Double,
                uncertain: Bool
            ) {
                self.label = label
                self.value = value
                self.uncertain = uncertain
            }
        }

        public struct FitnessIndicators: Codable, Hashable, Sendable {
            public var currentVdot: Double?
            public var currentWeeklyVolume: Double?
            public var recentConsistencyScore: Double?
            public var estimatedVo2Max: Double?
            public var injuryHistoryCount: Int?
            public var daysToGoal: Int?

            public init(
                currentVdot: Double? = nil,
                currentWeeklyVolume: Double? = nil,
                recentConsistencyScore: Double? = nil,
                estimatedVo2Max: Double? = nil,
                injuryHistoryCount: Int? = nil,
                daysToGoal: Int? = nil
            ) {
                self.currentVdot = currentVdot
                self.currentWeeklyVolume = currentWeeklyVolume
                self.recentConsistencyScore = recentConsistencyScore
                self.estimatedVo2Max = estimatedVo2Max
                self.injuryHistoryCount = injuryHistoryCount
                self.daysToGoal = daysToGoal
            }
        }

        public struct PlanInfluencer: Codable, Hashable, Sendable {
            /// "shin_splint_history"
            public var factor: String
            /// "Conservative volume increases (7% vs 10%)"
            public var impact: String
            /// "user_reported" | "inferred" | "wearable"
            public var dataSource: InfluencerSource

            public init(
                factor: String,
                impact: String,
                dataSource: InfluencerSource
            ) {
                self.factor = factor
                self.impact = impact
                self.dataSource = dataSource
            }
        }
    }

    public struct Phase: Codable, Hashable, Sendable {
        /// "Base", "Build", "Peak", "Taper"
        public var name: String
        public var startWeek: Int
        public var endWeek: Int
        /// "aerobic_base" | "threshold" | "speed" | "race_prep"
        public var focus: PhaseFocus
        /// Km
        public var weeklyVolumeTarget: Double
        public var intensityDistribution: IntensityDistribution
        /// Why this phase matters in the plan
        public var phaseJustification: String

        public init(
            name: String,
            startWeek: Int,
            endWeek: Int,
            focus: PhaseFocus,
            weeklyVolumeTarget: Double,
            intensityDistribution: IntensityDistribution,
            phaseJustification: String
        ) {
            self.name = name
            self.startWeek = startWeek
            self.endWeek = endWeek
            self.focus = focus
            self.weeklyVolumeTarget = weeklyVolumeTarget
            self.intensityDistribution = intensityDistribution
            self.phaseJustification = phaseJustification
        }

        public struct IntensityDistribution: Codable, Hashable, Sendable {
            /// Percentage
            public var easy: Double
            public var moderate: Double
            public var hard: Double

            public init(
                easy: Double,
                moderate: Double,
                hard: Double
            ) {
                self.easy = easy
                self.moderate = moderate
                self.hard = hard
            }
        }
    }

    public struct LoadParameters: Codable, Hashable, Sendable {
        public var baseVolume: Double
        public var peakVolume: Double
        public var weeklyIncreasePercent: Double
        /// % of weekly volume
        public var maxLongRunPercent: Double
        /// Every N weeks
        public var recoveryWeekFrequency: Int
        /// % reduction
        public var recoveryWeekReduction: Double

        public init(
            baseVolume: Double,
            peakVolume: Double,
            weeklyIncreasePercent: Double,
            maxLongRunPercent: Double,
            recoveryWeekFrequency: Int,
            recoveryWeekReduction: Double
        ) {
            self.baseVolume = baseVolume
            self.peakVolume = peakVolume
            self.weeklyIncreasePercent = weeklyIncreasePercent
            self.maxLongRunPercent = maxLongRunPercent
            self.recoveryWeekFrequency = recoveryWeekFrequency
            self.recoveryWeekReduction = recoveryWeekReduction
        }
    }

    public struct TargetPaces: Codable, Hashable, Sendable {
        public var recovery: String
        public var easy: String
        public var marathon: String
        public var threshold: String
        public var interval: String
        public var repetition: String

        public init(
            recovery: String,
            easy: String,
            marathon: String,
            threshold: String,
            interval: String,
            repetition: String
        ) {
            self.recovery = recovery
            self.easy = easy
            self.marathon = marathon
            self.threshold = threshold
            self.interval = interval
            self.repetition = repetition
        }
    }

    public struct Decision: Codable, Hashable, Sendable {
        /// "periodization" | "volume" | "intensity" | "session_placement"
        public var decisionType: DecisionType
        /// "Peak volume set to 55km/week"
        public var what: String
        /// "template" | "formula" | "modifier" | "coach_rule"
        public var source: DecisionSource
        /// Human-readable explanation
        public var reasoning: String
        /// 0-1 for inferred decisions
        public var confidence: Double?
        /// Reference to knowledge base
        public var relatedRule: String?

        public init(
            decisionType: DecisionType,
            what: String,
            source: DecisionSource,
            reasoning: String,
            confidence: Double? = nil,
            relatedRule: String? = nil
        ) {
            self.decisionType = decisionType
            self.what = what
            self.source = source
            self.reasoning = reasoning
            self.confidence = confidence
            self.relatedRule = relatedRule
        }
    }

    public struct SafeguardApplication: Codable, Hashable, Sendable {
        public var safeguardId: String
        public var applied: Bool
        public var originalValue: JSONValue?
        public var adjustedValue: JSONValue?
        public var reason: String

        public init(
            safeguardId: String,
            applied: Bool,
            originalValue: JSONValue? = nil,
            adjustedValue: JSONValue? = nil,
            reason: String
        ) {
            self.safeguardId = safeguardId
            self.applied = applied
            self.originalValue = originalValue
            self.adjustedValue = adjustedValue
            self.reason = reason
        }
    }

    public struct Modification: Codable, Hashable, Sendable {
        public var timestamp: Int64
        public var changeType: String
        public var description: String

        public init(
            timestamp: Int64,
            changeType: String,
            description: String
        ) {
            self.timestamp = timestamp
            self.changeType = changeType
            self.description = description
        }
    }
}
