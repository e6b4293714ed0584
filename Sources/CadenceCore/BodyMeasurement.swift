import Foundation

/// A row of the seed's `bodyMeasurements` table.
public struct BodyMeasurement: Codable, Hashable, Sendable {
    /// Primary key (the seed's document id).
    public var id: String
    public var runnerId: String
    public var userId: String
    public var timestamp: Int64
    public var source: DataSource
    /// "weight" | "body_composition" | "blood_pressure" | "glucose"
    public var measurementType: MeasurementType
    public var weightKg: Double?
    public var bodyFatPercentage: Double?
    public var muscleMassKg: Double?
    public var boneMassKg: Double?
    public var waterPercentage: Double?
    public var bmi: Double?
    public var visceralFat: Double?
    public var metabolicAge: Double?
    public var systolicMmHg: Double?
    public var diastolicMmHg: Double?
    public var pulseBpm: Double?
    public var bloodGlucoseMgPerDl: Double?
    /// "normal" | "high" | "low"
    public var glucoseFlag: GlucoseFlag?
    /// "rising" | "flat" | "falling"
    public var glucoseTrendArrow: GlucoseTrend?
    public var bodyTemperatureCelsius: Double?
    public var skinTemperatureCelsius: Double?
    public var waterConsumptionMl: Double?
    public var importedAt: Int64

    public init(
        id: String,
        runnerId: String,
        userId: String,
        timestamp: Int64,
        source: DataSource,
        measurementType: MeasurementType,
        weightKg: Double? = nil,
        bodyFatPercentage: Double? = nil,
        muscleMassKg: Double? = nil,
        boneMassKg: Double? = nil,
        waterPercentage: Double? = nil,
        bmi: Double? = nil,
        visceralFat: Double? = nil,
        metabolicAge: Double? = nil,
        systolicMmHg: Double? = nil,
        diastolicMmHg: Double? = nil,
        pulseBpm: Double? = nil,
        bloodGlucoseMgPerDl: Double? = nil,
        glucoseFlag: GlucoseFlag? = nil,
        glucoseTrendArrow: GlucoseTrend? = nil,
        bodyTemperatureCelsius: Double? = nil,
        skinTemperatureCelsius: Double? = nil,
        waterConsumptionMl: Double? = nil,
        importedAt: Int64
    ) {
        self.id = id
        self.runnerId = runnerId
        self.userId = userId
        self.timestamp = timestamp
        self.source = source
        self.measurementType = measurementType
        self.weightKg = weightKg
        self.bodyFatPercentage = bodyFatPercentage
        self.muscleMassKg = muscleMassKg
        self.boneMassKg = boneMassKg
        self.waterPercentage = waterPercentage
        self.bmi = bmi
        self.visceralFat = visceralFat
        self.metabolicAge = metabolicAge
        self.systolicMmHg = systolicMmHg
        self.diastolicMmHg = diastolicMmHg
        self.pulseBpm = pulseBpm
        self.bloodGlucoseMgPerDl = bloodGlucoseMgPerDl
        self.glucoseFlag = glucoseFlag
        self.glucoseTrendArrow = glucoseTrendArrow
        self.bodyTemperatureCelsius = bodyTemperatureCelsius
        self.skinTemperatureCelsius = skinTemperatureCelsius
        self.waterConsumptionMl = waterConsumptionMl
        self.importedAt = importedAt
    }
}
