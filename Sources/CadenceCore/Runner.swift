import Foundation

/// A row of the seed's `runners` table.
public struct Runner: Codable, Hashable, Sendable {
    /// Primary key (the seed's document id).
    public var id: String
    public var userId: String
    public var identity: Identity
    public var physical: Physical
    public var running: RunningProfile
    public var goals: Goals
    public var schedule: Schedule
    public var health: Health
    public var coaching: Coaching
    public var connections: Connections
    public var currentState: CurrentState
    public var legal: Legal
    public var conversationState: ConversationState
    public var createdAt: Int64
    public var updatedAt: Int64

    public init(
        id: String,
        userId: String,
        identity: Identity,
        physical: Physical,
        running: RunningProfile,
        goals: Goals,
        schedule: Schedule,
        health: Health,
        coaching: Coaching,
        connections: Connections,
        currentState: CurrentState,
        legal: Legal,
        conversationState: ConversationState,
        createdAt: Int64,
        updatedAt: Int64
    ) {
        self.id = id
        self.userId = userId
        self.identity = identity
        self.physical = physical
        self.running = running
        self.goals = goals
        self.schedule = schedule
        self.health = health
        self.coaching = coaching
        self.connections = connections
        self.currentState = currentState
        self.legal = legal
        self.conversationState = conversationState
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public struct Identity: Codable, Hashable, Sendable {
        public var name: String
        public var nameConfirmed: Bool
        /// What to call them
        public var preferredName: String?
        /// "America/New_York"
        public var timezone: String?
        /// "en-US"
        public var locale: String?

        public init(
            name: String,
            nameConfirmed: Bool,
            preferredName: String? = nil,
            timezone: String? = nil,
            locale: String? = nil
        ) {
            self.name = name
            self.nameConfirmed = nameConfirmed
            self.preferredName = preferredName
            self.timezone = timezone
            self.locale = locale
        }
    }

    public struct Physical: Codable, Hashable, Sendable {
        public var age: Int?
        /// Unix timestamp
        public var dateOfBirth: Double?
        /// "male" | "female" | "other"
        public var biologicalSex: BiologicalSex?
        public var heightCm: Double?
        public var weightKg: Double?
        /// "manual" | "healthkit" | "garmin"
        public var weightSource: DataSource?
        public var weightUpdatedAt: Int64?
        public var bodyFatPercentage: Double?
        public var bmi: Double?
        public var maxHeartRate: Double?
        /// "age_formula" | "test" | "observed"
        public var maxHeartRateSource: MaxHeartRateSource?
        public var restingHeartRate: Double?
        public var restingHeartRateSource: String?
        public var lactateThresholdHeartRate: Double?
        /// "4:30/km"
        public var functionalThresholdPace: String?
        /// watts, if power runner
        public var functionalThresholdPower: Double?

        public init(
            age: Int? = nil,
            dateOfBirth: Double? = nil,
            biologicalSex: BiologicalSex? = nil,
            heightCm: Double? = nil,
            weightKg: Double? = nil,
            weightSource: DataSource? = nil,
            weightUpdatedAt: Int64? = nil,
            bodyFatPercentage: Double? = nil,
            bmi: Double? = nil,
            maxHeartRate: Double? = nil,
            maxHeartRateSource: MaxHeartRateSource? = nil,
            restingHeartRate: Double? = nil,
            restingHeartRateSource: String? = nil,
            lactateThresholdHeartRate: Double? = nil,
            functionalThresholdPace: String? = nil,
            functionalThresholdPower: Double? = nil
        ) {
            self.age = age
            self.dateOfBirth = dateOfBirth
            self.biologicalSex = biologicalSex
            self.heightCm = heightCm
            self.weightKg = weightKg
            self.weightSource = weightSource
            self.weightUpdatedAt = weightUpdatedAt
            self.bodyFatPercentage = bodyFatPercentage
            self.bmi = bmi
            self.maxHeartRate = maxHeartRate
            self.maxHeartRateSource = maxHeartRateSource
            self.restingHeartRate = restingHeartRate
            self.restingHeartRateSource = restingHeartRateSource
            self.lactateThresholdHeartRate = lactateThresholdHeartRate
            self.functionalThresholdPace = functionalThresholdPace
            self.functionalThresholdPower = functionalThresholdPower
        }
    }

    public struct RunningProfile: Codable, Hashable, Sendable {
        /// "beginner" | "returning" | "casual" | "serious" | "competitive"
        public var experienceLevel: ExperienceLevel?
        public var monthsRunning: Int?
        /// "never" | "youth_sports" | "college" | "adult_hobby"
        public var runningBackground: RunningBackground?
        /// Days per week
        public var currentFrequency: Int?
        /// Km per week
        public var currentVolume: Double?
        /// "5:40/km" self-reported
        public var easyPace: String?
        /// Km
        public var longestRecentRun: Double?
        /// Calculated from activities
        public var actualWeeklyVolume: Double?
        public var actualWeeklyVolumeSource: DataSource?
        /// Calculated from HR zones
        public var actualEasyPace: String?
        public var actualLongRunDistance: Double?
        /// "high" | "moderate" | "low"
        public var trainingConsistency: TrainingConsistency?
        /// 0-100
        public var trainingConsistencyScore: Double?
        /// Jack Daniels VDOT
        public var vdot: Double?
        /// "race" | "time_trial" | "estimated"
        public var vdotSource: VdotSource?
        public var vdotUpdatedAt: Int64?
        /// From wearable
        public var vo2Max: Double?
        public var vo2MaxSource: DataSource?
        public var paceZones: PaceZones?
        public var hrZones: HeartRateZones?
        public var personalBests: PersonalBests?

        public init(
            experienceLevel: ExperienceLevel? = nil,
            monthsRunning: Int? = nil,
            runningBackground: RunningBackground? = nil,
            currentFrequency: Int? = nil,
            currentVolume: Double? = nil,
            easyPace: String? = nil,
            longestRecentRun: Double? = nil,
            actualWeeklyVolume: Double? = nil,
            actualWeeklyVolumeSource: DataSource? = nil,
            actualEasyPace: String? = nil,
            actualLongRunDistance: Double? = nil,
            trainingConsistency: TrainingConsistency? = nil,
            trainingConsistencyScore: Double? = nil,
            vdot: Double? = nil,
            vdotSource: VdotSource? = nil,
            vdotUpdatedAt: Int64? = nil,
            vo2Max: Double? = nil,
            vo2MaxSource: DataSource? = nil,
            paceZones: PaceZones? = nil,
            hrZones: HeartRateZones? = nil,
            personalBests: PersonalBests? = nil
        ) {
            self.experienceLevel = experienceLevel
            self.monthsRunning = monthsRunning
            self.runningBackground = runningBackground
            self.currentFrequency = currentFrequency
            self.currentVolume = currentVolume
            self.easyPace = easyPace
            self.longestRecentRun = longestRecentRun
            self.actualWeeklyVolume = actualWeeklyVolume
            self.actualWeeklyVolumeSource = actualWeeklyVolumeSource
            self.actualEasyPace = actualEasyPace
            self.actualLongRunDistance = actualLongRunDistance
            self.trainingConsistency = trainingConsistency
            self.trainingConsistencyScore = trainingConsistencyScore
            self.vdot = vdot
            self.vdotSource = vdotSource
            self.vdotUpdatedAt = vdotUpdatedAt
            self.vo2Max = vo2Max
            self.vo2MaxSource = vo2MaxSource
            self.paceZones = paceZones
            self.hrZones = hrZones
            self.personalBests = personalBests
        }

        public struct PaceZones: Codable, Hashable, Sendable {
            /// "6:30-7:00/km"
            public var recovery: String?
            public var easy: String?
            public var marathon: String?
            public var threshold: String?
            public var interval: String?
            public var repetition: String?

            public init(
                recovery: String? = nil,
                easy: String? = nil,
                marathon: String? = nil,
                threshold: String? = nil,
                interval: String? = nil,
                repetition: String? = nil
            ) {
                self.recovery = recovery
                self.easy = easy
                self.marathon = marathon
                self.threshold = threshold
                self.interval = interval
                self.repetition = repetition
            }
        }

        public struct HeartRateZones: Codable, Hashable, Sendable {
            public var zone1: HeartRateRange?
            public var zone2: HeartRateRange?
            public var zone3: HeartRateRange?
            public var zone4: HeartRateRange?
            public var zone5: HeartRateRange?

            public init(
                zone1: HeartRateRange? = nil,
                zone2: HeartRateRange? = nil,
                zone3: HeartRateRange? = nil,
                zone4: HeartRateRange? = nil,
                zone5: HeartRateRange? = nil
            ) {
                self.zone1 = zone1
                self.zone2 = zone2
                self.zone3 = zone3
                self.zone4 = zone4
                self.zone5 = zone5
            }

            public struct HeartRateRange: Codable, Hashable, Sendable {
                public var min: Double
                public var max: Double

                public init(
                    min: Double,
                    max: Double
                ) {
                    self.min = min
                    self.max = max
                }
            }
        }

        public struct PersonalBests: Codable, Hashable, Sendable {
            public var fiveK: PersonalBest?
            public var tenK: PersonalBest?
            public var halfMarathon: PersonalBest?
            public var marathon: PersonalBest?

            public init(
                fiveK: PersonalBest? = nil,
                tenK: PersonalBest? = nil,
                halfMarathon: PersonalBest? = nil,
                marathon: PersonalBest? = nil
            ) {
                self.fiveK = fiveK
                self.tenK = tenK
                self.halfMarathon = halfMarathon
                self.marathon = marathon
            }

            public struct PersonalBest: Codable, Hashable, Sendable {
                public var time: Double
                public var date: Int64
                public var source: String

                public init(
                    time: Double,
                    date: Int64,
                    source: String
                ) {
                    self.time = time
                    self.date = date
                    self.source = source
                }
            }
        }
    }

    public struct Goals: Codable, Hashable, Sendable {
        /// "race" | "speed" | "base_building" | "return_to_fitness" | "general_health"
        public var goalType: GoalType?
        /// Km
        public var raceDistance: Double?
        /// "half_marathon"
        public var raceDistanceLabel: String?
        /// Unix timestamp
        public var raceDate: Int64?
        /// "Boston Marathon"
        public var raceName: String?
        /// Seconds
        public var targetTime: Double?
        /// "5:00/km"
        public var targetPace: String?
        /// "finish" | "time_goal" | "pr" | "qualify"
        public var goalPriority: GoalPriority?
        /// Km/week for base building
        public var targetVolume: Double?
        /// For speed goal
        public var targetPaceImprovement: String?
        /// ["improve_endurance", "lose_weight", "build_habit"]
        public var secondaryGoals: [String]?
        /// "achievable" | "ambitious" | "unlikely" | "needs_adjustment"
        public var goalFeasibility: GoalFeasibility?
        public var goalFeasibilityReason: String?

        public init(
            goalType: GoalType? = nil,
            raceDistance: Double? = nil,
            raceDistanceLabel: String? = nil,
            raceDate: Int64? = nil,
            raceName: String? = nil,
            targetTime: Double? = nil,
            targetPace: String? = nil,
            goalPriority: GoalPriority? = nil,
            targetVolume: Double? = nil,
            targetPaceImprovement: String? = nil,
            secondaryGoals: [String]? = nil,
            goalFeasibility: GoalFeasibility? = nil,
            goalFeasibilityReason: String? = nil
        ) {
            self.goalType = goalType
            self.raceDistance = raceDistance
            self.raceDistanceLabel = raceDistanceLabel
            self.raceDate = raceDate
            self.raceName = raceName
            self.targetTime = targetTime
            self.targetPace = targetPace
            self.goalPriority = goalPriority
            self.targetVolume = targetVolume
            self.targetPaceImprovement = targetPaceImprovement
            self.secondaryGoals = secondaryGoals
            self.goalFeasibility = goalFeasibility
            self.goalFeasibilityReason = goalFeasibilityReason
        }
    }

    public struct Schedule: Codable, Hashable, Sendable {
        /// Total days can run
        public var availableDays: Int?
        /// ["monday", "wednesday", "saturday"]
        public var preferredDays: [Weekday]?
        /// ["tuesday", "thursday"]
        public var blockedDays: [Weekday]?
        /// "morning" | "midday" | "evening" | "varies"
        public var preferredTime: PreferredTime?
        /// "saturday" | "sunday"
        public var longRunDay: Weekday?
        public var maxSessionDurationMinutes: Int?
        /// The longest session the long-run day allows, when it differs from
        /// `maxSessionDurationMinutes` ("an hour on weekdays, two at the weekend"). Cadence's
        /// addition to the seed (issue 14): the seed has one limit for every day.
        public var longRunMaxDurationMinutes: Int?
        public var hasGymAccess: Bool?
        public var hasTrackAccess: Bool?
        public var hasHillsAccess: Bool?
        public var calendarConnected: Bool?
        /// "google" | "apple" | "outlook"
        public var calendarProvider: CalendarProvider?

        public init(
            availableDays: Int? = nil,
            preferredDays: [Weekday]? = nil,
            blockedDays: [Weekday]? = nil,
            preferredTime: PreferredTime? = nil,
            longRunDay: Weekday? = nil,
            maxSessionDurationMinutes: Int? = nil,
            longRunMaxDurationMinutes: Int? = nil,
            hasGymAccess: Bool? = nil,
            hasTrackAccess: Bool? = nil,
            hasHillsAccess: Bool? = nil,
            calendarConnected: Bool? = nil,
            calendarProvider: CalendarProvider? = nil
        ) {
            self.availableDays = availableDays
            self.preferredDays = preferredDays
            self.blockedDays = blockedDays
            self.preferredTime = preferredTime
            self.longRunDay = longRunDay
            self.maxSessionDurationMinutes = maxSessionDurationMinutes
            self.longRunMaxDurationMinutes = longRunMaxDurationMinutes
            self.hasGymAccess = hasGymAccess
            self.hasTrackAccess = hasTrackAccess
            self.hasHillsAccess = hasHillsAccess
            self.calendarConnected = calendarConnected
            self.calendarProvider = calendarProvider
        }
    }

    public struct Health: Codable, Hashable, Sendable {
        /// ["shin_splints", "itbs", "plantar_fasciitis"]
        public var pastInjuries: [String]?
        public var injuryDetails: [InjuryDetail]?
        public var currentPain: [String]?
        /// "quick" | "slow" | "push_through" | "no_injuries"
        public var recoveryStyle: RecoveryStyle?
        /// "solid" | "inconsistent" | "poor"
        public var sleepQuality: SleepQuality?
        /// "low" | "moderate" | "high" | "survival"
        public var stressLevel: StressLevel?
        /// "dialed" | "decent" | "chaotic"
        public var nutritionQuality: NutritionQuality?
        /// "never" | "rarely" | "weekly" | "daily"
        public var alcoholFrequency: AlcoholFrequency?
        /// For awareness, not diagnosis
        public var medicalConditions: [String]?
        public var medications: [String]?
        public var hasPhysicianClearance: Bool?
        public var tracksMenstrualCycle: Bool?
        /// "menstrual" | "follicular" | "ovulation" | "luteal"
        public var currentCyclePhase: CyclePhase?
        public var cycleAffectsTraining: Bool?

        public init(
            pastInjuries: [String]? = nil,
            injuryDetails: [InjuryDetail]? = nil,
            currentPain: [String]? = nil,
            recoveryStyle: RecoveryStyle? = nil,
            sleepQuality: SleepQuality? = nil,
            stressLevel: StressLevel? = nil,
            nutritionQuality: NutritionQuality? = nil,
            alcoholFrequency: AlcoholFrequency? = nil,
            medicalConditions: [String]? = nil,
            medications: [String]? = nil,
            hasPhysicianClearance: Bool? = nil,
            tracksMenstrualCycle: Bool? = nil,
            currentCyclePhase: CyclePhase? = nil,
            cycleAffectsTraining: Bool? = nil
        ) {
            self.pastInjuries = pastInjuries
            self.injuryDetails = injuryDetails
            self.currentPain = currentPain
            self.recoveryStyle = recoveryStyle
            self.sleepQuality = sleepQuality
            self.stressLevel = stressLevel
            self.nutritionQuality = nutritionQuality
            self.alcoholFrequency = alcoholFrequency
            self.medicalConditions = medicalConditions
            self.medications = medications
            self.hasPhysicianClearance = hasPhysicianClearance
            self.tracksMenstrualCycle = tracksMenstrualCycle
            self.currentCyclePhase = currentCyclePhase
            self.cycleAffectsTraining = cycleAffectsTraining
        }

        public struct InjuryDetail: Codable, Hashable, Sendable {
            public var type: String
            /// "minor" | "moderate" | "severe"
            public var severity: InjurySeverity?
            public var dateOccurred: Double?
            public var dateRecovered: Double?
            public var notes: String?

            public init(
                type: String,
                severity: InjurySeverity? = nil,
                dateOccurred: Double? = nil,
                dateRecovered: Double? = nil,
                notes: String? = nil
            ) {
                self.type = type
                self.severity = severity
                self.dateOccurred = dateOccurred
                self.dateRecovered = dateRecovered
                self.notes = notes
            }
        }
    }

    public struct Coaching: Codable, Hashable, Sendable {
        /// "tough_love" | "encouraging" | "analytical" | "minimalist"
        public var coachingVoice: CoachingVoice?
        /// "data_driven" | "curious" | "feel_based"
        public var dataOrientation: DataOrientation?
        /// "daily" | "after_runs" | "weekly" | "minimal"
        public var feedbackFrequency: FeedbackFrequency?
        public var biggestChallenge: String?
        /// ["health", "competition", "stress_relief", "social"]
        public var motivations: [String]?
        /// What makes them skip runs
        public var skipTriggers: [String]?
        public var preferredNotificationTime: String?
        public var notificationsEnabled: Bool?

        public init(
            coachingVoice: CoachingVoice? = nil,
            dataOrientation: DataOrientation? = nil,
            feedbackFrequency: FeedbackFrequency? = nil,
            biggestChallenge: String? = nil,
            motivations: [String]? = nil,
            skipTriggers: [String]? = nil,
            preferredNotificationTime: String? = nil,
            notificationsEnabled: Bool? = nil
        ) {
            self.coachingVoice = coachingVoice
            self.dataOrientation = dataOrientation
            self.feedbackFrequency = feedbackFrequency
            self.biggestChallenge = biggestChallenge
            self.motivations = motivations
            self.skipTriggers = skipTriggers
            self.preferredNotificationTime = preferredNotificationTime
            self.notificationsEnabled = notificationsEnabled
        }
    }

    public struct Connections: Codable, Hashable, Sendable {
        public var wearableConnected: Bool?
        /// "garmin" | "apple_watch" | "coros" | "polar" | "whoop"
        public var primaryWearable: Wearable?
        public var stravaConnected: Bool?
        public var stravaAthleteId: String?
        public var stravaLastSync: Int64?
        public var healthkitConnected: Bool?
        public var healthkitLastSync: Int64?
        public var garminConnected: Bool?
        public var garminLastSync: Int64?
        public var corosConnected: Bool?
        public var corosLastSync: Int64?
        public var polarConnected: Bool?
        public var polarLastSync: Int64?
        public var whoopConnected: Bool?
        public var whoopLastSync: Int64?
        /// For future
        public var terraConnected: Bool?
        public var terraUserId: String?
        public var calendarConnected: Bool?
        public var calendarProvider: CalendarProvider?
        public var sourcePrecedence: SourcePrecedence?

        public init(
            wearableConnected: Bool? = nil,
            primaryWearable: Wearable? = nil,
            stravaConnected: Bool? = nil,
            stravaAthleteId: String? = nil,
            stravaLastSync: Int64? = nil,
            healthkitConnected: Bool? = nil,
            healthkitLastSync: Int64? = nil,
            garminConnected: Bool? = nil,
            garminLastSync: Int64? = nil,
            corosConnected: Bool? = nil,
            corosLastSync: Int64? = nil,
            polarConnected: Bool? = nil,
            polarLastSync: Int64? = nil,
            whoopConnected: Bool? = nil,
            whoopLastSync: Int64? = nil,
            terraConnected: Bool? = nil,
            terraUserId: String? = nil,
            calendarConnected: Bool? = nil,
            calendarProvider: CalendarProvider? = nil,
            sourcePrecedence: SourcePrecedence? = nil
        ) {
            self.wearableConnected = wearableConnected
            self.primaryWearable = primaryWearable
            self.stravaConnected = stravaConnected
            self.stravaAthleteId = stravaAthleteId
            self.stravaLastSync = stravaLastSync
            self.healthkitConnected = healthkitConnected
            self.healthkitLastSync = healthkitLastSync
            self.garminConnected = garminConnected
            self.garminLastSync = garminLastSync
            self.corosConnected = corosConnected
            self.corosLastSync = corosLastSync
            self.polarConnected = polarConnected
            self.polarLastSync = polarLastSync
            self.whoopConnected = whoopConnected
            self.whoopLastSync = whoopLastSync
            self.terraConnected = terraConnected
            self.terraUserId = terraUserId
            self.calendarConnected = calendarConnected
            self.calendarProvider = calendarProvider
            self.sourcePrecedence = sourcePrecedence
        }

        public struct SourcePrecedence: Codable, Hashable, Sendable {
            public var customPriority: [SourcePriority]?
            public var primarySourceOverride: DataSource?
            public var lastUpdatedAt: Int64?

            public init(
                customPriority: [SourcePriority]? = nil,
                primarySourceOverride: DataSource? = nil,
                lastUpdatedAt: Int64? = nil
            ) {
                self.customPriority = customPriority
                self.primarySourceOverride = primarySourceOverride
                self.lastUpdatedAt = lastUpdatedAt
            }

            public struct SourcePriority: Codable, Hashable, Sendable {
                /// "manual" | "strava" | "healthkit" | "garmin" | "coros" | "inferred"
                public var source: DataSource
                /// 0 = highest priority
                public var priority: Int

                public init(
                    source: DataSource,
                    priority: Int
                ) {
                    self.source = source
                    self.priority = priority
                }
            }
        }
    }

    public struct CurrentState: Codable, Hashable, Sendable {
        /// ATL (7-day)
        public var acuteTrainingLoad: Double?
        /// CTL (42-day)
        public var chronicTrainingLoad: Double?
        /// TSB (form)
        public var trainingStressBalance: Double?
        /// "building" | "maintaining" | "declining" | "erratic"
        public var trainingLoadTrend: TrainingLoadTrend?
        /// 0-100
        public var readinessScore: Double?
        /// ["good_sleep", "low_hrv", "high_volume"]
        public var readinessFactors: [String]?
        public var last7DaysVolume: Double?
        public var last7DaysRunCount: Int?
        public var last28DaysVolume: Double?
        public var last28DaysRunCount: Int?
        /// "low" | "moderate" | "elevated" | "high"
        public var injuryRiskLevel: InjuryRiskLevel?
        public var injuryRiskFactors: [String]?
        public var overtrainingRisk: InjuryRiskLevel?
        public var latestRestingHr: Double?
        public var latestHrv: Double?
        public var latestWeight: Double?
        public var latestSleepScore: Double?
        public var lastCalculatedAt: Int64?

        public init(
            acuteTrainingLoad: Double? = nil,
            chronicTrainingLoad: Double? = nil,
            trainingStressBalance: Double? = nil,
            trainingLoadTrend: TrainingLoadTrend? = nil,
            readinessScore: Double? = nil,
            readinessFactors: [String]? = nil,
            last7DaysVolume: Double? = nil,
            last7DaysRunCount: Int? = nil,
            last28DaysVolume: Double? = nil,
            last28DaysRunCount: Int? = nil,
            injuryRiskLevel: InjuryRiskLevel? = nil,
            injuryRiskFactors: [String]? = nil,
            overtrainingRisk: InjuryRiskLevel? = nil,
            latestRestingHr: Double? = nil,
            latestHrv: Double? = nil,
            latestWeight: Double? = nil,
            latestSleepScore: Double? = nil,
            lastCalculatedAt: Int64? = nil
        ) {
            self.acuteTrainingLoad = acuteTrainingLoad
            self.chronicTrainingLoad = chronicTrainingLoad
            self.trainingStressBalance = trainingStressBalance
            self.trainingLoadTrend = trainingLoadTrend
            self.readinessScore = readinessScore
            self.readinessFactors = readinessFactors
            self.last7DaysVolume = last7DaysVolume
            self.last7DaysRunCount = last7DaysRunCount
            self.last28DaysVolume = last28DaysVolume
            self.last28DaysRunCount = last28DaysRunCount
            self.injuryRiskLevel = injuryRiskLevel
            self.injuryRiskFactors = injuryRiskFactors
            self.overtrainingRisk = overtrainingRisk
            self.latestRestingHr = latestRestingHr
            self.latestHrv = latestHrv
            self.latestWeight = latestWeight
            self.latestSleepScore = latestSleepScore
            self.lastCalculatedAt = lastCalculatedAt
        }
    }

    public struct Legal: Codable, Hashable, Sendable {
        public var termsAcceptedAt: Int64?
        public var privacyAcceptedAt: Int64?
        public var healthConsentAt: Int64?
        public var consentVersion: String?
        public var marketingOptIn: Bool?

        public init(
            termsAcceptedAt: Int64? = nil,
            privacyAcceptedAt: Int64? = nil,
            healthConsentAt: Int64? = nil,
            consentVersion: String? = nil,
            marketingOptIn: Bool? = nil
        ) {
            self.termsAcceptedAt = termsAcceptedAt
            self.privacyAcceptedAt = privacyAcceptedAt
            self.healthConsentAt = healthConsentAt
            self.consentVersion = consentVersion
            self.marketingOptIn = marketingOptIn
        }
    }

    public struct ConversationState: Codable, Hashable, Sendable {
        /// 0-100
        public var dataCompleteness: Double?
        public var readyForPlan: Bool?
        public var currentPhase: String?
        public var onboardingCompletedAt: Int64?
        public var fieldsToConfirm: [String]?
        public var fieldsMissing: [String]?

        public init(
            dataCompleteness: Double? = nil,
            readyForPlan: Bool? = nil,
            currentPhase: String? = nil,
            onboardingCompletedAt: Int64? = nil,
            fieldsToConfirm: [String]? = nil,
            fieldsMissing: [String]? = nil
        ) {
            self.dataCompleteness = dataCompleteness
            self.readyForPlan = readyForPlan
            self.currentPhase = currentPhase
            self.onboardingCompletedAt = onboardingCompletedAt
            self.fieldsToConfirm = fieldsToConfirm
            self.fieldsMissing = fieldsMissing
        }
    }
}
