import Foundation

/// A row of the seed's `plannedSessions` table.
public struct PlannedSession: Codable, Hashable, Sendable {
    /// Primary key (the seed's document id).
    public var id: String
    public var planId: String
    public var runnerId: String
    /// Week 1, 2, 3...
    public var weekNumber: Int
    /// "monday", "tuesday", etc.
    public var dayOfWeek: Weekday
    /// "Mon", "Tue", etc. (for UI)
    public var dayOfWeekShort: String
    /// Unix timestamp
    public var scheduledDate: Int64
    /// "tempo" | "easy" | "intervals" | "long_run" | "rest" | "recovery" | "race"
    public var sessionType: PlannedSessionType
    /// "Tempo" | "Easy" | "Intervals" | "Long Run" | "Rest" (for UI)
    public var sessionTypeDisplay: String
    /// "progression" | "fartlek" | "hills" | "track"
    public var sessionSubtype: SessionSubtype?
    /// true for quality sessions (UI: key)
    public var isKeySession: Bool
    /// true for rest days
    public var isRestDay: Bool
    /// Stored as seconds for calculations
    public var targetDurationSeconds: Double?
    /// "50 min" | "90 min" | "—" (for UI)
    public var targetDurationDisplay: String
    /// Alternative to duration
    public var targetDistanceMeters: Double?
    /// 0-10 numeric
    public var effortLevel: Double?
    /// "7/10" | "3/10" | "0/10" (for UI)
    public var effortDisplay: String
    /// "4:55/km" - faster end of range
    public var targetPaceMin: String?
    /// "5:05/km" - slower end of range
    public var targetPaceMax: String?
    /// "4:55–5:05/km" (for UI)
    public var targetPaceDisplay: String?
    /// 1-5
    public var targetHeartRateZone: Int?
    /// BPM
    public var targetHeartRateMin: Double?
    /// BPM
    public var targetHeartRateMax: Double?
    /// Full description of what this session is
    public var description: String
    /// "10 min warm-up → 30 min tempo → 10 min cool-down" (for UI)
    public var structureDisplay: String?
    public var structureSegments: [StructureSegment]?
    /// WHY this session is placed here
    public var justification: String
    /// "aerobic_base" | "lactate_threshold" | "vo2max" | "economy" | "recovery"
    public var physiologicalTarget: PhysiologicalTarget
    /// Why THIS day specifically
    public var placementRationale: String?
    /// What to focus on during the session
    public var keyPoints: [String]?
    /// Which KB entries informed this
    public var relatedKnowledgeIds: [String]?
    /// Which safeguards were checked
    public var relatedSafeguardIds: [String]?
    /// Can be rescheduled within the week
    public var isMoveable: Bool
    /// Can be split into two sessions
    public var canBeSplit: Bool?
    public var alternatives: [Alternative]?
    /// "scheduled" | "completed" | "skipped" | "modified" | "rescheduled"
    public var status: SessionStatus
    public var completedActivityId: String?
    public var completedAt: Int64?
    /// 0-1 how well did execution match plan
    public var adherenceScore: Double?
    public var skipReason: String?
    public var modificationNotes: String?
    public var actualDurationSeconds: Double?
    public var actualDistanceMeters: Double?
    /// How did it feel?
    public var userFeedback: String?
    /// 1-5 satisfaction
    public var userRating: Int?
    /// "lime" | "gray" - for UI styling
    public var colorTheme: ColorTheme?

    public init(
        id: String,
        planId: String,
        runnerId: String,
        weekNumber: Int,
        dayOfWeek: Weekday,
        dayOfWeekShort: String,
        scheduledDate: Int64,
        sessionType: PlannedSessionType,
        sessionTypeDisplay: String,
        sessionSubtype: SessionSubtype? = nil,
        isKeySession: Bool,
        isRestDay: Bool,
        targetDurationSeconds: Double? = nil,
        targetDurationDisplay: String,
        targetDistanceMeters: Double? = nil,
        effortLevel: Double? = nil,
        effortDisplay: String,
        targetPaceMin: String? = nil,
        targetPaceMax: String? = nil,
        targetPaceDisplay: String? = nil,
        targetHeartRateZone: Int? = nil,
        targetHeartRateMin: Double? = nil,
        targetHeartRateMax: Double? = nil,
        description: String,
        structureDisplay: String? = nil,
        structureSegments: [StructureSegment]? = nil,
        justification: String,
        physiologicalTarget: PhysiologicalTarget,
        placementRationale: String? = nil,
        keyPoints: [String]? = nil,
        relatedKnowledgeIds: [String]? = nil,
        relatedSafeguardIds: [String]? = nil,
        isMoveable: Bool,
        canBeSplit: Bool? = nil,
        alternatives: [Alternative]? = nil,
        status: SessionStatus,
        completedActivityId: String? = nil,
        completedAt: Int64? = nil,
        adherenceScore: Double? = nil,
        skipReason: String? = nil,
        modificationNotes: String? = nil,
        actualDurationSeconds: Double? = nil,
        actualDistanceMeters: Double? = nil,
        userFeedback: String? = nil,
        userRating: Int? = nil,
        colorTheme: ColorTheme? = nil
    ) {
        self.id = id
        self.planId = planId
        self.runnerId = runnerId
        self.weekNumber = weekNumber
        self.dayOfWeek = dayOfWeek
        self.dayOfWeekShort = dayOfWeekShort
        self.scheduledDate = scheduledDate
        self.sessionType = sessionType
        self.sessionTypeDisplay = sessionTypeDisplay
        self.sessionSubtype = sessionSubtype
        self.isKeySession = isKeySession
        self.isRestDay = isRestDay
        self.targetDurationSeconds = targetDurationSeconds
        self.targetDurationDisplay = targetDurationDisplay
        self.targetDistanceMeters = targetDistanceMeters
        self.effortLevel = effortLevel
        self.effortDisplay = effortDisplay
        self.targetPaceMin = targetPaceMin
        self.targetPaceMax = targetPaceMax
        self.targetPaceDisplay = targetPaceDisplay
        self.targetHeartRateZone = targetHeartRateZone
        self.targetHeartRateMin = targetHeartRateMin
        self.targetHeartRateMax = targetHeartRateMax
        self.description = description
        self.structureDisplay = structureDisplay
        self.structureSegments = structureSegments
        self.justification = justification
        self.physiologicalTarget = physiologicalTarget
        self.placementRationale = placementRationale
        self.keyPoints = keyPoints
        self.relatedKnowledgeIds = relatedKnowledgeIds
        self.relatedSafeguardIds = relatedSafeguardIds
        self.isMoveable = isMoveable
        self.canBeSplit = canBeSplit
        self.alternatives = alternatives
        self.status = status
        self.completedActivityId = completedActivityId
        self.completedAt = completedAt
        self.adherenceScore = adherenceScore
        self.skipReason = skipReason
        self.modificationNotes = modificationNotes
        self.actualDurationSeconds = actualDurationSeconds
        self.actualDistanceMeters = actualDistanceMeters
        self.userFeedback = userFeedback
        self.userRating = userRating
        self.colorTheme = colorTheme
    }

    public struct StructureSegment: Codable, Hashable, Sendable {
        /// "warmup" | "main" | "cooldown" | "recovery" | "work"
        public var segmentType: SegmentType
        public var durationSeconds: Double?
        public var distanceMeters: Double?
        public var targetPace: String?
        public var targetHeartRate: Double?
        /// 1-10
        public var targetEffort: Double?
        /// For intervals: 6 x 800m
        public var repetitions: Int?
        /// Recovery between reps
        public var recoverySeconds: Double?
        public var notes: String?

        public init(
            segmentType: SegmentType,
            durationSeconds: Double? = nil,
            distanceMeters: Double? = nil,
            targetPace: String? = nil,
            targetHeartRate: Double? = nil,
            targetEffort: Double? = nil,
            repetitions: Int? = nil,
            recoverySeconds: Double? = nil,
            notes: String? = nil
        ) {
            self.segmentType = segmentType
            self.durationSeconds = durationSeconds
            self.distanceMeters = distanceMeters
            self.targetPace = targetPace
            self.targetHeartRate = targetHeartRate
            self.targetEffort = targetEffort
            self.repetitions = repetitions
            self.recoverySeconds = recoverySeconds
            self.notes = notes
        }
    }

    public struct Alternative: Codable, Hashable, Sendable {
        public var sessionType: PlannedSessionType
        public var description: String
        /// "If legs are heavy" | "If short on time"
        public var whenToUse: String

        public init(
            sessionType: PlannedSessionType,
            description: String,
            whenToUse: String
        ) {
            self.sessionType = sessionType
            self.description = description
            self.whenToUse = whenToUse
        }
    }
}
