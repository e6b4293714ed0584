import Foundation

/// Heart rate a chest strap (HRM-Pro, HRM-Tri) buffered while the watch could not receive it
/// (swimming, a strap worn without the watch) and wrote as `hr` messages (global 132), merged
/// into the records as the FIT SDK's `mergeHeartRates` does.
///
/// An anchor message carries `timestamp` (+ `fractional_timestamp`, 1/32768 s) and one
/// `event_timestamp` (1/1024 s, field 9); the following ones carry arrays of `event_timestamp`,
/// or of `event_timestamp_12` (field 10: 12-bit values packed in bytes, each the low bits of the
/// next event time), with the same number of `filtered_bpm` (field 6).
enum FITBufferedHeartRate {
    /// `event_timestamp` is a uint32 of 1/1024 s: it rolls over every 2^32 / 1024 s.
    static let rollover = 4_194_304.0

    /// Every beat as (seconds since the FIT epoch, bpm), the previous value carried forward over
    /// gaps of up to 5 s in 250 ms steps, as the SDK does before averaging. Messages that come
    /// before any anchor, or whose times and values do not pair up, are skipped.
    static func expand(_ messages: [FITMessage]) -> [(time: Double, bpm: Double)] {
        var beats: [(time: Double, bpm: Double)] = []
        var anchor: Double?
        var anchorEvent = 0.0
        var lastEvent: Int64?
        for message in messages {
            let bpms = list(message[6])
            var events: [Int64?] = list(message[9]).map { $0.flatMap { Int64(checking: $0) } }
            if events.isEmpty, case .bytes(let packed)? = message[10], var last = lastEvent {
                events = unpack12(packed, count: bpms.count).map { low in
                    var next = (last & ~0xFFF) | low
                    if next < last { next += 0x1000 }
                    last = next & 0xFFFF_FFFF
                    return last
                }
            }
            if let event = events.last, let event { lastEvent = event }
            if let seconds = message.integer(253) {
                guard let first = events.first, let first else { anchor = nil; continue }
                anchor = Double(seconds) + (message.double(0, scale: 32768) ?? 0)
                anchorEvent = Double(first) / 1024
            }
            guard let anchor, events.count == bpms.count else { continue }
            for (event, bpm) in zip(events, bpms) {
                guard let event, let bpm else { continue }
                var seconds = Double(event) / 1024
                if seconds < anchorEvent {
                    guard anchorEvent - seconds > rollover / 2 else { continue }
                    seconds += rollover
                }
                let time = anchor + seconds - anchorEvent
                if let previous = beats.last {
                    var gap = abs(time - previous.time)
                    var step = 1.0
                    while gap > 0.25, step <= 20 {
                        beats.append((previous.time + 0.25 * step, previous.bpm))
                        gap -= 0.25
                        step += 1
                    }
                }
                beats.append((time, bpm))
            }
        }
        return beats
    }

    /// Gives each point without a heart rate the rounded mean of the beats after the previous
    /// point up to its own time (the first point: the second before it).
    static func merge(_ beats: [(time: Double, bpm: Double)], into points: inout [TrackPoint]) {
        let beats = beats.map { (millis: ($0.time + Double(FITDecoder.epochOffset)) * 1000, bpm: $0.bpm) }
        var index = 0
        var previous: Double?
        for i in points.indices {
            guard let time = points[i].time.map(Double.init) else { continue }
            let start = previous ?? time - 1000
            previous = time
            while index < beats.count, beats[index].millis <= start { index += 1 }
            var sum = 0.0, count = 0.0
            while index < beats.count, beats[index].millis <= time {
                sum += beats[index].bpm
                count += 1
                index += 1
            }
            if points[i].heartRate == nil, count > 0 { points[i].heartRate = (sum / count).rounded() }
        }
    }

    private static func list(_ value: FITValue?) -> [Double?] {
        switch value {
        case .array(let items)?: items.map { $0?.doubleValue }
        case let single?: [single.doubleValue]
        case nil: []
        }
    }

    /// `count` little-endian 12-bit values from `bytes`.
    static func unpack12(_ bytes: [UInt8], count: Int) -> [Int64] {
        (0 ..< min(count, bytes.count * 8 / 12)).map { i in
            let bit = i * 12, byte = bit / 8
            let raw = Int64(bytes[byte]) | Int64(byte + 1 < bytes.count ? bytes[byte + 1] : 0) << 8
            return (raw >> Int64(bit % 8)) & 0xFFF
        }
    }
}
