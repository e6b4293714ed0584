import Foundation

/// A row of the seed's `sleepSessions` table.
public struct SleepSession: Codable, Hashable, Sendable {
    /// Primary key (the seed's document id).
    public var id: String
    public var runnerId: String
    public var userId: String
    public var externalId: String?
    /// "healthkit" | "garmin" | "oura" | "whoop" | "terra" | "manual"
    public var source: DataSource
    /// Unix timestamp (ms)
    public var startTime: Int64
    public var endTime: Int64
    public var isNap: Bool?
    public var uploadType: UploadType?
    public var totalAsleepSeconds: Double?
    public var deepSleepSeconds: Double?
    public var lightSleepSeconds: Double?
    public var remSleepSeconds: Double?
    public var numRemEvents: Int?
    public var totalAwakeSeconds: Double?
    public var awakeInterruptionSeconds: Double?
    public var numWakeupEvents: Int?
    public var numOutOfBedEvents: Int?
    /// Time to fall asleep
    public var sleepLatencySeconds: Double?
    /// Time to get out of bed after waking
    public var wakeUpLatencySeconds: Double?
    public var inBedSeconds: Double?
    public var unmeasurableSleepSeconds: Double?
    /// 0-1, asleep/inBed
    public var sleepEfficiency: Double?
    public var avgHeartRateBpm: Double?
    public var minHeartRateBpm: Double?
    public var maxHeartRateBpm: Double?
    public var restingHeartRateBpm: Double?
    public var avgHrvRmssd: Double?
    public var avgHrvSdnn: Double?
    public var avgBreathsPerMin: Double?
    public var minBreathsPerMin: Double?
    public var maxBreathsPerMin: Double?
    public var avgOxygenSaturation: Double?
    public var numSnoringEvents: Int?
    public var totalSnoringSeconds: Double?
    /// 0-100
    public var readinessScore: Double?
    /// "very_poor" | "poor" | "compromised" | "ok" | "good" | "very_good"
    public var recoveryLevel: RecoveryLevel?
    /// Deviation from baseline
    public var temperatureDelta: Double?
    /// 0-100
    public var sleepScore: Double?
    /// JSON: factors affecting score
    public var sleepContributors: String?
    /// JSON: sleep stages over time
    public var hypnogramSamples: String?
    public var heartRateSamples: String?
    public var hrvSamples: String?
    public var deviceManufacturer: String?
    public var deviceName: String?
    public var userNotes: String?
    /// User's subjective 1-5 rating
    public var qualityRating: Int?
    /// ["alcohol", "late_meal", "stress"]
    public var disturbanceFactors: [String]?
    public var importedAt: Int64
    public var lastSyncedAt: Int64

    public init(
        id: String,
        runnerId: String,
        userId: String,
        externalId: String? = nil,
        source: DataSource,
        startTime: Int64,
        endTime: Int64,
        isNap: Bool? = nil,
        uploadType: UploadType? = nil,
        totalAsleepSeconds: Double? = nil,
        deepSleepSeconds: Double? = nil,
        lightSleepSeconds: Double? = nil,
        remSleepSeconds: Double? = nil,
        numRemEvents: Int? = nil,
        totalAwakeSeconds: Double? = nil,
        awakeInterruptionSeconds: Double? = nil,
        numWakeupEvents: Int? = nil,
        numOutOfBedEvents: Int? = nil,
        sleepLatencySeconds: Double? = nil,
        wakeUpLatencySeconds: Double? = nil,
        inBedSeconds: Double? = nil,
        unmeasurableSleepSeconds: Double? = nil,
        sleepEfficiency: Double? = nil,
        avgHeartRateBpm: Double? = nil,
        minHeartRateBpm: Double? = nil,
        maxHeartRateBpm: Double? = nil,
        restingHeartRateBpm: Double? = nil,
        avgHrvRmssd: Double? = nil,
        avgHrvSdnn: Double? = nil,
        avgBreathsPerMin: Double? = nil,
        minBreathsPerMin: Double? = nil,
        maxBreathsPerMin: Double? = nil,
        avgOxygenSaturation: Double? = nil,
        numSnoringEvents: Int? = nil,
        totalSnoringSeconds: Double? = nil,
        readinessScore: Double? = nil,
        recoveryLevel: RecoveryLevel? = nil,
        temperatureDelta: Double? = nil,
        sleepScore: Double? = nil,
        sleepContributors: String? = nil,
        hypnogramSamples: String? = nil,
        heartRateSamples: String? = nil,
        hrvSamples: String? = nil,
        deviceManufacturer: String? = nil,
        deviceName: String? = nil,
        userNotes: String? = nil,
        qualityRating: Int? = nil,
        disturbanceFactors: [String]? = nil,
        importedAt: Int64,
        lastSyncedAt: Int64
    ) {
        self.id = id
        self.runnerId = runnerId
        self.userId = userId
        self.externalId = externalId
        self.source = source
        self.startTime = startTime
        self.endTime = endTime
        self.isNap = isNap
        self.uploadType = uploadType
        self.totalAsleepSeconds = totalAsleepSeconds
        self.deepSleepSeconds = deepSleepSeconds
        self.lightSleepSeconds = lightSleepSeconds
        self.remSleepSeconds = remSleepSeconds
        self.numRemEvents = numRemEvents
        self.totalAwakeSeconds = totalAwakeSeconds
        self.awakeInterruptionSeconds = awakeInterruptionSeconds
        self.numWakeupEvents = numWakeupEvents
        self.numOutOfBedEvents = numOutOfBedEvents
        self.sleepLatencySeconds = sleepLatencySeconds
        self.wakeUpLatencySeconds = wakeUpLatencySeconds
        self.inBedSeconds = inBedSeconds
        self.unmeasurableSleepSeconds = unmeasurableSleepSeconds
        self.sleepEfficiency = sleepEfficiency
        self.avgHeartRateBpm = avgHeartRateBpm
        self.minHeartRateBpm = minHeartRateBpm
        self.maxHeartRateBpm = maxHeartRateBpm
        self.restingHeartRateBpm = restingHeartRateBpm
        self.avgHrvRmssd = avgHrvRmssd
        self.avgHrvSdnn = avgHrvSdnn
        self.avgBreathsPerMin = avgBreathsPerMin
        self.minBreathsPerMin = minBreathsPerMin
        self.maxBreathsPerMin = maxBreathsPerMin
        self.avgOxygenSaturation = avgOxygenSaturation
        self.numSnoringEvents = numSnoringEvents
        self.totalSnoringSeconds = totalSnoringSeconds
        self.readinessScore = readinessScore
        self.recoveryLevel = recoveryLevel
        self.temperatureDelta = temperatureDelta
        self.sleepScore = sleepScore
        self.sleepContributors = sleepContributors
        self.hypnogramSamples = hypnogramSamples
        self.heartRateSamples = heartRateSamples
        self.hrvSamples = hrvSamples
        self.deviceManufacturer = deviceManufacturer
        self.deviceName = deviceName
        self.userNotes = userNotes
        self.qualityRating = qualityRating
        self.disturbanceFactors = disturbanceFactors
        self.importedAt = importedAt
        self.lastSyncedAt = lastSyncedAt
    }
}
