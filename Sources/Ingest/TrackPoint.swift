import CadenceCore
import Foundation

/// One sample of a recorded track, whatever the file format.
struct TrackPoint: Sendable, Equatable {
    /// Unix milliseconds.
    var time: Int64?
    var latitude: Double?
    var longitude: Double?
    /// Metres.
    var altitude: Double?
    /// Cumulative metres from the start, when the device recorded it (TCX, FIT).
    var distance: Double?
    var heartRate: Double?
    /// Revolutions (strides) per minute.
    var cadence: Double?
    /// Metres per second.
    var speed: Double?
    var power: Double?
    var temperature: Double?
}

/// Distances, times, elevation, heart rate and the sample arrays computed from a track; the
/// numbers GPX lacks and a check on the ones TCX and FIT carry.
struct TrackSummary: Sendable {
    var distance: Double?
    var movingSeconds: Double?
    var elevationGain: Double?
    var elevationLoss: Double?
    var elevationMin: Double?
    var elevationMax: Double?
    var elevationAvg: Double?
    var heartRateAvg: Double?
    var heartRateMax: Double?
    var heartRateMin: Double?
    var cadenceAvg: Double?
    var cadenceMax: Double?
    var speedMax: Double?
    var powerAvg: Double?
    var powerMax: Double?
    var start: (lat: Double, lng: Double)?
    var end: (lat: Double, lng: Double)?
    var cumulative: [Double?] = []
    /// The largest cumulative distance reached (a damaged device distance can jump and come back).
    var peakDistance = 0.0
    /// GPS steps left out of the distance as position glitches (faster than `ImportLimits.maxSpeedMetersPerSecond`).
    var glitches = 0

    /// Time between two points counts as moving when the speed between them is at least this (m/s).
    static let movingSpeedThreshold = 0.5

    init(points: [TrackPoint]) {
        var total = 0.0
        var moving = 0.0
        var hasPositions = false
        var previous: TrackPoint?
        let deviceDistance = points.contains { $0.distance != nil }
        cumulative.reserveCapacity(points.count)
        let firstDistance = points.first(where: { $0.distance != nil })?.distance ?? 0
        for point in points {
            var step: Double?
            if deviceDistance {
                if let d = point.distance {
                    step = max(0, (d - firstDistance) - total)
                    total = d - firstDistance
                }
            } else if let lat = point.latitude, let lon = point.longitude {
                hasPositions = true
                if let prev = previous, let plat = prev.latitude, let plon = prev.longitude {
                    let length = Self.haversine(plat, plon, lat, lon)
                    if let t0 = prev.time, let t1 = point.time,
                       length / max(1, Double(t1 - t0) / 1000) > ImportLimits.maxSpeedMetersPerSecond {
                        glitches += 1
                        step = 0
                    } else {
                        step = length
                    }
                    total += step!
                }
            }
            if let prev = previous, let t0 = prev.time, let t1 = point.time, let step {
                let dt = Double(t1 - t0) / 1000
                if dt > 0, step / dt >= Self.movingSpeedThreshold { moving += dt }
            }
            let reached = deviceDistance ? point.distance.map { $0 - firstDistance } : (hasPositions ? total : nil)
            if let reached, reached.isFinite { peakDistance = max(peakDistance, reached) } else if reached != nil { peakDistance = .infinity }
            cumulative.append(reached)
            if point.latitude != nil || deviceDistance || point.time != nil { previous = point }
        }
        distance = (deviceDistance || hasPositions) ? total : nil
        movingSeconds = (deviceDistance || hasPositions) && points.contains(where: { $0.time != nil }) ? moving : nil

        let altitudes = points.compactMap(\.altitude)
        if !altitudes.isEmpty {
            var gain = 0.0, loss = 0.0
            for (a, b) in zip(altitudes, altitudes.dropFirst()) {
                if b > a { gain += b - a } else { loss += a - b }
            }
            elevationGain = gain
            elevationLoss = loss
            elevationMin = altitudes.min()
            elevationMax = altitudes.max()
            elevationAvg = altitudes.reduce(0, +) / Double(altitudes.count)
        }
        let rates = points.compactMap(\.heartRate)
        if !rates.isEmpty {
            heartRateAvg = rates.reduce(0, +) / Double(rates.count)
            heartRateMax = rates.max()
            heartRateMin = rates.min()
        }
        let cadences = points.compactMap(\.cadence)
        if !cadences.isEmpty {
            cadenceAvg = cadences.reduce(0, +) / Double(cadences.count)
            cadenceMax = cadences.max()
        }
        speedMax = points.compactMap(\.speed).max()
        let powers = points.compactMap(\.power)
        if !powers.isEmpty {
            powerAvg = powers.reduce(0, +) / Double(powers.count)
            powerMax = powers.max()
        }
        if let first = points.first(where: { $0.latitude != nil && $0.longitude != nil }) {
            start = (first.latitude!, first.longitude!)
        }
        if let last = points.last(where: { $0.latitude != nil && $0.longitude != nil }) {
            end = (last.latitude!, last.longitude!)
        }
    }

    /// Great-circle distance in metres (mean Earth radius 6 371 008.8 m, as gpxpy and GPSBabel).
    static func haversine(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let radius = 6_371_008.8
        let phi1 = lat1 * .pi / 180, phi2 = lat2 * .pi / 180
        let dphi = (lat2 - lat1) * .pi / 180, dlambda = (lon2 - lon1) * .pi / 180
        let a = sin(dphi / 2) * sin(dphi / 2) + cos(phi1) * cos(phi2) * sin(dlambda / 2) * sin(dlambda / 2)
        return 2 * radius * asin(min(1, sqrt(a)))
    }

    /// Per-kilometre splits: `[{split, distanceMeters, elapsedSeconds, avgHeartRateBpm}]`, the last
    /// one partial. Nil without distances or times, and for a track beyond the distance or
    /// sample limits (so the loop is bounded: at most 2 000 splits).
    func splits(points: [TrackPoint]) -> String? {
        guard points.count == cumulative.count, points.count <= ImportLimits.maxSamplesPerActivity,
              peakDistance <= ImportLimits.maxActivityDistanceMeters,
              let startTime = points.first(where: { $0.time != nil })?.time else { return nil }
        var items: [String] = []
        var splitStartTime = Double(startTime)
        var splitStartDistance = 0.0
        var rates: [Double] = []
        var lastTime: Double?
        var lastDistance: Double?
        for (point, distance) in zip(points, cumulative) {
            guard let t = point.time.map(Double.init), let d = distance else { continue }
            if let hr = point.heartRate { rates.append(hr) }
            while d - splitStartDistance >= 1000, let lt = lastTime, let ld = lastDistance, d > ld {
                let target = splitStartDistance + 1000
                let crossing = lt + (t - lt) * (target - ld) / (d - ld)
                items.append(Self.split(items.count + 1, 1000, (crossing - splitStartTime) / 1000, rates))
                splitStartTime = crossing
                splitStartDistance = target
                rates = []
            }
            lastTime = t
            lastDistance = d
        }
        if let lt = lastTime, let ld = lastDistance, ld - splitStartDistance >= 1 {
            items.append(Self.split(items.count + 1, ld - splitStartDistance, (lt - splitStartTime) / 1000, rates))
        }
        return items.isEmpty ? nil : "[" + items.joined(separator: ",") + "]"
    }

    private static func split(_ index: Int, _ distance: Double, _ seconds: Double, _ rates: [Double]) -> String {
        let hr = rates.isEmpty ? "null" : SampleJSON.number(rates.reduce(0, +) / Double(rates.count))
        return "{\"split\":\(index),\"distanceMeters\":\(SampleJSON.number(distance)),\"elapsedSeconds\":\(SampleJSON.number(seconds)),\"avgHeartRateBpm\":\(hr)}"
    }

    /// Fills the activity's distance, speed, pace, elevation, heart-rate, cadence, power, position
    /// and sample fields that are still empty.
    func fill(_ activity: inout Activity, points: [TrackPoint]) {
        activity.distanceMeters = activity.distanceMeters ?? distance
        activity.movingTimeSeconds = activity.movingTimeSeconds ?? movingSeconds
        activity.elevationGainMeters = activity.elevationGainMeters ?? elevationGain
        activity.elevationLossMeters = activity.elevationLossMeters ?? elevationLoss
        activity.elevationMinMeters = activity.elevationMinMeters ?? elevationMin
        activity.elevationMaxMeters = activity.elevationMaxMeters ?? elevationMax
        activity.elevationAvgMeters = activity.elevationAvgMeters ?? elevationAvg
        activity.avgHeartRateBpm = activity.avgHeartRateBpm ?? heartRateAvg
        activity.maxHeartRateBpm = activity.maxHeartRateBpm ?? heartRateMax
        activity.minHeartRateBpm = activity.minHeartRateBpm ?? heartRateMin
        activity.avgCadenceRpm = activity.avgCadenceRpm ?? cadenceAvg
        activity.maxCadenceRpm = activity.maxCadenceRpm ?? cadenceMax
        activity.maxSpeedMetersPerSecond = activity.maxSpeedMetersPerSecond ?? speedMax
        activity.avgWatts = activity.avgWatts ?? powerAvg
        activity.maxWatts = activity.maxWatts ?? powerMax
        activity.startLatitude = activity.startLatitude ?? start?.lat
        activity.startLongitude = activity.startLongitude ?? start?.lng
        activity.endLatitude = activity.endLatitude ?? end?.lat
        activity.endLongitude = activity.endLongitude ?? end?.lng
        if activity.avgSpeedMetersPerSecond == nil, let d = activity.distanceMeters, d > 0,
           let t = activity.movingTimeSeconds ?? activity.durationSeconds, t > 0 {
            activity.avgSpeedMetersPerSecond = d / t
        }
        if activity.avgPaceMinutesPerKm == nil, let v = activity.avgSpeedMetersPerSecond, v > 0 {
            activity.avgPaceMinutesPerKm = 1000 / v / 60
        }
        if activity.maxPaceMinutesPerKm == nil, let v = activity.maxSpeedMetersPerSecond, v > 0 {
            activity.maxPaceMinutesPerKm = 1000 / v / 60
        }
        activity.splits = activity.splits ?? splits(points: points)
        activity.heartRateSamples = activity.heartRateSamples ?? SampleJSON.series(points, key: "bpm", \.heartRate)
        activity.cadenceSamples = activity.cadenceSamples ?? SampleJSON.series(points, key: "rpm", \.cadence)
        activity.speedSamples = activity.speedSamples ?? SampleJSON.series(points, key: "mps", \.speed)
        activity.powerSamples = activity.powerSamples ?? SampleJSON.series(points, key: "watts", \.power)
        activity.positionSamples = activity.positionSamples ?? SampleJSON.positions(points)
        activity.summaryPolyline = activity.summaryPolyline ?? Polyline.summary(points)
    }
}

/// The seed's sample arrays, written straight to JSON text (they can hold tens of thousands of points).
enum SampleJSON {
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String((value * 1e6).rounded() / 1e6)
    }

    static func series(_ points: [TrackPoint], key: String, _ value: KeyPath<TrackPoint, Double?>) -> String? {
        var items: [String] = []
        for point in points {
            guard let time = point.time, let v = point[keyPath: value] else { continue }
            items.append("{\"timestamp\":\(time),\"\(key)\":\(number(v))}")
        }
        return items.isEmpty ? nil : "[" + items.joined(separator: ",") + "]"
    }

    static func positions(_ points: [TrackPoint]) -> String? {
        var items: [String] = []
        for point in points {
            guard let lat = point.latitude, let lng = point.longitude else { continue }
            let time = point.time.map { String($0) } ?? "null"
            let alt = point.altitude.map(number) ?? "null"
            items.append("{\"timestamp\":\(time),\"lat\":\(number(lat)),\"lng\":\(number(lng)),\"alt\":\(alt)}")
        }
        return items.isEmpty ? nil : "[" + items.joined(separator: ",") + "]"
    }
}
