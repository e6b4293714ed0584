import Foundation

/// A row of the seed's `activities` table.
public struct Activity: Codable, Hashable, Sendable {
    /// Primary key (the seed's document id).
    public var id: String
    public var runnerId: String
    public var userId: String
    /// summary_id from provider
    public var externalId: String?
    /// "strava" | "healthkit" | "garmin" | "coros" | "terra" | "manual"
    public var source: DataSource
    /// Unix timestamp (ms)
    public var startTime: Int64
    /// Unix timestamp (ms)
    public var endTime: Int64
    /// "running" | "cycling" | "swimming" | etc. (Terra ActivityType)
    public var activityType: ActivityType
    /// "Morning Run"
    public var name: String?
    /// "automatic" | "manual" | "update"
    public var uploadType: UploadType?
    public var city: String?
    public var country: String?
    /// 0=UTC, 1=local
    public var timestampLocalization: Int?
    public var distanceMeters: Double?
    public var steps: Int?
    public var floorsClimbed: Int?
    public var elevationGainMeters: Double?
    public var elevationLossMeters: Double?
    public var elevationAvgMeters: Double?
    public var elevationMaxMeters: Double?
    public var elevationMinMeters: Double?
    public var swimLaps: Int?
    public var swimStrokes: Int?
    public var poolLengthMeters: Double?
    /// Total elapsed time
    public var durationSeconds: Double?
    /// Time actually moving
    public var movingTimeSeconds: Double?
    public var avgSpeedMetersPerSecond: Double?
    public var maxSpeedMetersPerSecond: Double?
    public var normalizedSpeedMetersPerSecond: Double?
    public var avgPaceMinutesPerKm: Double?
    public var maxPaceMinutesPerKm: Double?
    /// Steps per minute / 2 for running
    public var avgCadenceRpm: Double?
    public var maxCadenceRpm: Double?
    public var avgTorqueNewtonMeters: Double?
    public var maxTorqueNewtonMeters: Double?
    public var avgHeartRateBpm: Double?
    public var maxHeartRateBpm: Double?
    public var minHeartRateBpm: Double?
    public var restingHeartRateBpm: Double?
    public var userMaxHeartRateBpm: Double?
    public var avgHrvRmssd: Double?
    public var avgHrvSdnn: Double?
    public var hrZone0Seconds: Double?
    public var hrZone1Seconds: Double?
    public var hrZone2Seconds: Double?
    public var hrZone3Seconds: Double?
    public var hrZone4Seconds: Double?
    public var hrZone5Seconds: Double?
    public var totalBurnedCalories: Double?
    public var netActivityCalories: Double?
    public var bmrCalories: Double?
    public var energyKilojoules: Double?
    public var workKilojoules: Double?
    public var avgWatts: Double?
    public var maxWatts: Double?
    public var normalizedPowerWatts: Double?
    public var functionalThresholdPower: Double?
    /// SpO2 percentage
    public var avgOxygenSaturation: Double?
    public var vo2MaxMlPerMinPerKg: Double?
    /// Whoop-style strain
    public var strainLevel: Double?
    /// TSS
    public var trainingStressScore: Double?
    /// IF
    public var intensityFactor: Double?
    /// Strava suffer score
    public var sufferScore: Double?
    /// RPE 1-10, user-provided
    public var perceivedExertion: Double?
    public var avgMetLevel: Double?
    public var highIntensityMinutes: Double?
    public var moderateIntensityMinutes: Double?
    public var lowIntensityMinutes: Double?
    public var inactiveMinutes: Double?
    public var activitySeconds: Double?
    public var inactivitySeconds: Double?
    public var restSeconds: Double?
    public var lowIntensitySeconds: Double?
    public var moderateIntensitySeconds: Double?
    public var vigorousIntensitySeconds: Double?
    public var startLatitude: Double?
    public var startLongitude: Double?
    public var endLatitude: Double?
    public var endLongitude: Double?
    /// Encoded polyline for map
    public var summaryPolyline: String?
    /// JSON: Array<LapSample>
    public var laps: String?
    /// JSON: Per-km/mile splits
    public var splits: String?
    /// JSON: Array<{timestamp, bpm}>
    public var heartRateSamples: String?
    /// JSON: Array<{timestamp, rpm}>
    public var cadenceSamples: String?
    /// JSON: Array<{timestamp, mps}>
    public var speedSamples: String?
    /// JSON: Array<{timestamp, lat, lng, alt}>
    public var positionSamples: String?
    /// JSON: Array<{timestamp, watts}>
    public var powerSamples: String?
    public var deviceManufacturer: String?
    public var deviceName: String?
    public var deviceSoftwareVersion: String?
    /// "easy" | "tempo" | "interval" | "long" | "recovery" | "race"
    public var sessionType: ActivitySessionType?
    /// "inferred" | "user" | "plan"
    public var sessionTypeSource: ClassificationSource?
    /// 0-1 if inferred
    public var sessionTypeConfidence: Double?
    /// If this was a planned session
    public var plannedSessionId: String?
    /// 0-1, how well did it match the plan
    public var planAdherence: Double?
    public var userNotes: String?
    /// 1-5 how the run felt
    public var userRating: Int?
    /// ["tired", "legs_heavy", "breakthrough"]
    public var userTags: [String]?
    /// Original API response (debugging)
    public var rawPayload: String?
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
        activityType: ActivityType,
        name: String? = nil,
        uploadType: UploadType? = nil,
        city: String? = nil,
        country: String? = nil,
        timestampLocalization: Int? = nil,
        distanceMeters: Double? = nil,
        steps: Int? = nil,
        floorsClimbed: Int? = nil,
        elevationGainMeters: Double? = nil,
        elevationLossMeters: Double? = nil,
        elevationAvgMeters: Double? = nil,
        elevationMaxMeters: Double? = nil,
        elevationMinMeters: Double? = nil,
        swimLaps: Int? = nil,
        swimStrokes: Int? = nil,
        poolLengthMeters: Double? = nil,
        durationSeconds: Double? = nil,
        movingTimeSeconds: Double? = nil,
        avgSpeedMetersPerSecond: Double? = nil,
        maxSpeedMetersPerSecond: Double? = nil,
        normalizedSpeedMetersPerSecond: Double? = nil,
        avgPaceMinutesPerKm: Double? = nil,
        maxPaceMinutesPerKm: Double? = nil,
        avgCadenceRpm: Double? = nil,
        maxCadenceRpm: Double? = nil,
        avgTorqueNewtonMeters: Double? = nil,
        maxTorqueNewtonMeters: Double? = nil,
        avgHeartRateBpm: Double? = nil,
        maxHeartRateBpm: Double? = nil,
        minHeartRateBpm: Double? = nil,
        restingHeartRateBpm: Double? = nil,
        userMaxHeartRateBpm: Double? = nil,
        avgHrvRmssd: Double? = nil,
        avgHrvSdnn: Double? = nil,
        hrZone0Seconds: Double? = nil,
        hrZone1Seconds: Double? = nil,
        hrZone2Seconds: Double? = nil,
        hrZone3Seconds: Double? = nil,
        hrZone4Seconds: Double? = nil,
        hrZone5Seconds: Double? = nil,
        totalBurnedCalories: Double? = nil,
        netActivityCalories: Double? = nil,
        bmrCalories: Double? = nil,
        energyKilojoules: Double? = nil,
        workKilojoules: Double? = nil,
        avgWatts: Double? = nil,
        maxWatts: Double? = nil,
        normalizedPowerWatts: Double? = nil,
        functionalThresholdPower: Double? = nil,
        avgOxygenSaturation: Double? = nil,
        vo2MaxMlPerMinPerKg: Double? = nil,
        strainLevel: Double? = nil,
        trainingStressScore: Double? = nil,
        intensityFactor: Double? = nil,
        sufferScore: Double? = nil,
        perceivedExertion: Double? = nil,
        avgMetLevel: Double? = nil,
        highIntensityMinutes: Double? = nil,
        moderateIntensityMinutes: Double? = nil,
        lowIntensityMinutes: Double? = nil,
        inactiveMinutes: Double? = nil,
        activitySeconds: Double? = nil,
        inactivitySeconds: Double? = nil,
        restSeconds: Double? = nil,
        lowIntensitySeconds: Double? = nil,
        moderateIntensitySeconds: Double? = nil,
        vigorousIntensitySeconds: Double? = nil,
        startLatitude: Double? = nil,
        startLongitude: Double? = nil,
        endLatitude: Double? = nil,
        endLongitude: Double? = nil,
        summaryPolyline: String? = nil,
        laps: String? = nil,
        splits: String? = nil,
        heartRateSamples: String? = nil,
        cadenceSamples: String? = nil,
        speedSamples: String? = nil,
        positionSamples: String? = nil,
        powerSamples: String? = nil,
        deviceManufacturer: String? = nil,
        deviceName: String? = nil,
        deviceSoftwareVersion: String? = nil,
        sessionType: ActivitySessionType? = nil,
        sessionTypeSource: ClassificationSource? = nil,
        sessionTypeConfidence: Double? = nil,
        plannedSessionId: String? = nil,
        planAdherence: Double? = nil,
        userNotes: String? = nil,
        userRating: Int? = nil,
        userTags: [String]? = nil,
        rawPayload: String? = nil,
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
        self.activityType = activityType
        self.name = name
        self.uploadType = uploadType
        self.city = city
        self.country = country
        self.timestampLocalization = timestampLocalization
        self.distanceMeters = distanceMeters
        self.steps = steps
        self.floorsClimbed = floorsClimbed
        self.elevationGainMeters = elevationGainMeters
        self.elevationLossMeters = elevationLossMeters
        self.elevationAvgMeters = elevationAvgMeters
        self.elevationMaxMeters = elevationMaxMeters
        self.elevationMinMeters = elevationMinMeters
        self.swimLaps = swimLaps
        self.swimStrokes = swimStrokes
        self.poolLengthMeters = poolLengthMeters
        self.durationSeconds = durationSeconds
        self.movingTimeSeconds = movingTimeSeconds
        self.avgSpeedMetersPerSecond = avgSpeedMetersPerSecond
        self.maxSpeedMetersPerSecond = maxSpeedMetersPerSecond
        self.normalizedSpeedMetersPerSecond = normalizedSpeedMetersPerSecond
        self.avgPaceMinutesPerKm = avgPaceMinutesPerKm
        self.maxPaceMinutesPerKm = maxPaceMinutesPerKm
        self.avgCadenceRpm = avgCadenceRpm
        self.maxCadenceRpm = maxCadenceRpm
        self.avgTorqueNewtonMeters = avgTorqueNewtonMeters
        self.maxTorqueNewtonMeters = maxTorqueNewtonMeters
        self.avgHeartRateBpm = avgHeartRateBpm
        self.maxHeartRateBpm = maxHeartRateBpm
        self.minHeartRateBpm = minHeartRateBpm
        self.restingHeartRateBpm = restingHeartRateBpm
        self.userMaxHeartRateBpm = userMaxHeartRateBpm
        self.avgHrvRmssd = avgHrvRmssd
        self.avgHrvSdnn = avgHrvSdnn
        self.hrZone0Seconds = hrZone0Seconds
        self.hrZone1Seconds = hrZone1Seconds
        self.hrZone2Seconds = hrZone2Seconds
        self.hrZone3Seconds = hrZone3Seconds
        self.hrZone4Seconds = hrZone4Seconds
        self.hrZone5Seconds = hrZone5Seconds
        self.totalBurnedCalories = totalBurnedCalories
        self.netActivityCalories = netActivityCalories
        self.bmrCalories = bmrCalories
        self.energyKilojoules = energyKilojoules
        self.workKilojoules = workKilojoules
        self.avgWatts = avgWatts
        self.maxWatts = maxWatts
        self.normalizedPowerWatts = normalizedPowerWatts
        self.functionalThresholdPower = functionalThresholdPower
        self.avgOxygenSaturation = avgOxygenSaturation
        self.vo2MaxMlPerMinPerKg = vo2MaxMlPerMinPerKg
        self.strainLevel = strainLevel
        self.trainingStressScore = trainingStressScore
        self.intensityFactor = intensityFactor
        self.sufferScore = sufferScore
        self.perceivedExertion = perceivedExertion
        self.avgMetLevel = avgMetLevel
        self.highIntensityMinutes = highIntensityMinutes
        self.moderateIntensityMinutes = moderateIntensityMinutes
        self.lowIntensityMinutes = lowIntensityMinutes
        self.inactiveMinutes = inactiveMinutes
        self.activitySeconds = activitySeconds
        self.inactivitySeconds = inactivitySeconds
        self.restSeconds = restSeconds
        self.lowIntensitySeconds = lowIntensitySeconds
        self.moderateIntensitySeconds = moderateIntensitySeconds
        self.vigorousIntensitySeconds = vigorousIntensitySeconds
        self.startLatitude = startLatitude
        self.startLongitude = startLongitude
        self.endLatitude = endLatitude
        self.endLongitude = endLongitude
        self.summaryPolyline = summaryPolyline
        self.laps = laps
        self.splits = splits
        self.heartRateSamples = heartRateSamples
        self.cadenceSamples = cadenceSamples
        self.speedSamples = speedSamples
        self.positionSamples = positionSamples
        self.powerSamples = powerSamples
        self.deviceManufacturer = deviceManufacturer
        self.deviceName = deviceName
        self.deviceSoftwareVersion = deviceSoftwareVersion
        self.sessionType = sessionType
        self.sessionTypeSource = sessionTypeSource
        self.sessionTypeConfidence = sessionTypeConfidence
        self.plannedSessionId = plannedSessionId
        self.planAdherence = planAdherence
        self.userNotes = userNotes
        self.userRating = userRating
        self.userTags = userTags
        self.rawPayload = rawPayload
        self.importedAt = importedAt
        self.lastSyncedAt = lastSyncedAt
    }
}

extension ActivityType {
    /// Running of any kind (road, trail, treadmill, track): what counts as a run for volumes and plans.
    public var isRunning: Bool {
        switch self {
        case .running, .trailRunning, .treadmillRunning, .trackRunning: true
        default: false
        }
    }
}
