import Foundation

/// A row of the seed's `dailySummaries` table.
public struct DailySummary: Codable, Hashable, Sendable {
    /// Primary key (the seed's document id).
    public var id: String
    public var runnerId: String
    public var userId: String
    /// "2026-02-16" format
    public var date: String
    /// Start of day (UTC)
    public var startTime: Int64
    /// End of day (UTC)
    public var endTime: Int64
    public var activitySeconds: Double?
    public var inactivitySeconds: Double?
    public var restSeconds: Double?
    public var lowIntensitySeconds: Double?
    public var moderateIntensitySeconds: Double?
    public var vigorousIntensitySeconds: Double?
    public var standingHoursCount: Int?
    public var standingSeconds: Double?
    public var numInactivePeriods: Int?
    public var totalDistanceMeters: Double?
    public var totalSteps: Int?
    public var floorsClimbed: Int?
    public var elevationGainMeters: Double?
    public var totalBurnedCalories: Double?
    public var netActivityCalories: Double?
    public var bmrCalories: Double?
    public var netIntakeCalories: Double?
    public var avgHeartRateBpm: Double?
    public var maxHeartRateBpm: Double?
    public var minHeartRateBpm: Double?
    public var restingHeartRateBpm: Double?
    public var avgHrvRmssd: Double?
    public var avgHrvSdnn: Double?
    public var avgOxygenSaturation: Double?
    public var vo2MaxMlPerMinPerKg: Double?
    public var avgMetLevel: Double?
    public var highIntensityMinutes: Double?
    public var moderateIntensityMinutes: Double?
    public var lowIntensityMinutes: Double?
    public var inactiveMinutes: Double?
    /// Daily strain (Whoop-style)
    public var strainLevel: Double?
    /// ATL - recent load
    public var acuteTrainingLoad: Double?
    /// CTL - fitness baseline
    public var chronicTrainingLoad: Double?
    /// TSB = CTL - ATL
    public var trainingStressBalance: Double?
    public var avgStressLevel: Double?
    public var maxStressLevel: Double?
    public var stressRating: Double?
    public var lowStressSeconds: Double?
    public var mediumStressSeconds: Double?
    public var highStressSeconds: Double?
    public var restStressSeconds: Double?
    public var bodyBatteryHigh: Double?
    public var bodyBatteryLow: Double?
    public var bodyBatteryCurrent: Double?
    public var activityScore: Double?
    public var recoveryScore: Double?
    public var sleepScore: Double?
    public var readinessScore: Double?
    public var cardiovascularScore: Double?
    public var respiratoryScore: Double?
    public var activityCount: Int?
    public var runCount: Int?
    public var runDistanceMeters: Double?
    public var runDurationSeconds: Double?
    public var sleepDurationSeconds: Double?
    public var deepSleepSeconds: Double?
    public var remSleepSeconds: Double?
    public var sleepEfficiency: Double?
    public var sleepStartTime: Int64?
    public var sleepEndTime: Int64?
    /// ["strava", "healthkit", "garmin"]
    public var sources: [String]
    public var lastUpdatedAt: Int64

    public init(
        id: String,
        runnerId: String,
        userId: String,
        date: String,
        startTime: Int64,
        endTime: Int64,
        activitySeconds: Double? = nil,
        inactivitySeconds: Double? = nil,
        restSeconds: Double? = nil,
        lowIntensitySeconds: Double? = nil,
        moderateIntensitySeconds: Double? = nil,
        vigorousIntensitySeconds: Double? = nil,
        standingHoursCount: Int? = nil,
        standingSeconds: Double? = nil,
        numInactivePeriods: Int? = nil,
        totalDistanceMeters: Double? = nil,
        totalSteps: Int? = nil,
        floorsClimbed: Int? = nil,
        elevationGainMeters: Double? = nil,
        totalBurnedCalories: Double? = nil,
        netActivityCalories: Double? = nil,
        bmrCalories: Double? = nil,
        netIntakeCalories: Double? = nil,
        avgHeartRateBpm: Double? = nil,
        maxHeartRateBpm: Double? = nil,
        minHeartRateBpm: Double? = nil,
        restingHeartRateBpm: Double? = nil,
        avgHrvRmssd: Double? = nil,
        avgHrvSdnn: Double? = nil,
        avgOxygenSaturation: Double? = nil,
        vo2MaxMlPerMinPerKg: Double? = nil,
        avgMetLevel: Double? = nil,
        highIntensityMinutes: Double? = nil,
        moderateIntensityMinutes: Double? = nil,
        lowIntensityMinutes: Double? = nil,
        inactiveMinutes: Double? = nil,
        strainLevel: Double? = nil,
        acuteTrainingLoad: Double? = nil,
        chronicTrainingLoad: Double? = nil,
        trainingStressBalance: Double? = nil,
        avgStressLevel: Double? = nil,
        maxStressLevel: Double? = nil,
        stressRating: Double? = nil,
        lowStressSeconds: Double? = nil,
        mediumStressSeconds: Double? = nil,
        highStressSeconds: Double? = nil,
        restStressSeconds: Double? = nil,
        bodyBatteryHigh: Double? = nil,
        bodyBatteryLow: Double? = nil,
        bodyBatteryCurrent: Double? = nil,
        activityScore: Double? = nil,
        recoveryScore: Double? = nil,
        sleepScore: Double? = nil,
        readinessScore: Double? = nil,
        cardiovascularScore: Double? = nil,
        respiratoryScore: Double? = nil,
        activityCount: Int? = nil,
        runCount: Int? = nil,
        runDistanceMeters: Double? = nil,
        runDurationSeconds: Double? = nil,
        sleepDurationSeconds: Double? = nil,
        deepSleepSeconds: Double? = nil,
        remSleepSeconds: Double? = nil,
        sleepEfficiency: Double? = nil,
        sleepStartTime: Int64? = nil,
        sleepEndTime: Int64? = nil,
        sources: [String],
        lastUpdatedAt: Int64
    ) {
        self.id = id
        self.runnerId = runnerId
        self.userId = userId
        self.date = date
        self.startTime = startTime
        self.endTime = endTime
        self.activitySeconds = activitySeconds
        self.inactivitySeconds = inactivitySeconds
        self.restSeconds = restSeconds
        self.lowIntensitySeconds = lowIntensitySeconds
        self.moderateIntensitySeconds = moderateIntensitySeconds
        self.vigorousIntensitySeconds = vigorousIntensitySeconds
        self.standingHoursCount = standingHoursCount
        self.standingSeconds = standingSeconds
        self.numInactivePeriods = numInactivePeriods
        self.totalDistanceMeters = totalDistanceMeters
        self.totalSteps = totalSteps
        self.floorsClimbed = floorsClimbed
        self.elevationGainMeters = elevationGainMeters
        self.totalBurnedCalories = totalBurnedCalories
        self.netActivityCalories = netActivityCalories
        self.bmrCalories = bmrCalories
        self.netIntakeCalories = netIntakeCalories
        self.avgHeartRateBpm = avgHeartRateBpm
        self.maxHeartRateBpm = maxHeartRateBpm
        self.minHeartRateBpm = minHeartRateBpm
        self.restingHeartRateBpm = restingHeartRateBpm
        self.avgHrvRmssd = avgHrvRmssd
        self.avgHrvSdnn = avgHrvSdnn
        self.avgOxygenSaturation = avgOxygenSaturation
        self.vo2MaxMlPerMinPerKg = vo2MaxMlPerMinPerKg
        self.avgMetLevel = avgMetLevel
        self.highIntensityMinutes = highIntensityMinutes
        self.moderateIntensityMinutes = moderateIntensityMinutes
        self.lowIntensityMinutes = lowIntensityMinutes
        self.inactiveMinutes = inactiveMinutes
        self.strainLevel = strainLevel
        self.acuteTrainingLoad = acuteTrainingLoad
        self.chronicTrainingLoad = chronicTrainingLoad
        self.trainingStressBalance = trainingStressBalance
        self.avgStressLevel = avgStressLevel
        self.maxStressLevel = maxStressLevel
        self.stressRating = stressRating
        self.lowStressSeconds = lowStressSeconds
        self.mediumStressSeconds = mediumStressSeconds
        self.highStressSeconds = highStressSeconds
        self.restStressSeconds = restStressSeconds
        self.bodyBatteryHigh = bodyBatteryHigh
        self.bodyBatteryLow = bodyBatteryLow
        self.bodyBatteryCurrent = bodyBatteryCurrent
        self.activityScore = activityScore
        self.recoveryScore = recoveryScore
        self.sleepScore = sleepScore
        self.readinessScore = readinessScore
        self.cardiovascularScore = cardiovascularScore
        self.respiratoryScore = respiratoryScore
        self.activityCount = activityCount
        self.runCount = runCount
        self.runDistanceMeters = runDistanceMeters
        self.runDurationSeconds = runDurationSeconds
        self.sleepDurationSeconds = sleepDurationSeconds
        self.deepSleepSeconds = deepSleepSeconds
        self.remSleepSeconds = remSleepSeconds
        self.sleepEfficiency = sleepEfficiency
        self.sleepStartTime = sleepStartTime
        self.sleepEndTime = sleepEndTime
        self.sources = sources
        self.lastUpdatedAt = lastUpdatedAt
    }
}
