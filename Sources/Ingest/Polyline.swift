import Foundation

/// The map line of a track as an encoded polyline (Google's format, 5 decimal places — what
/// Strava and Terra put in `summaryPolyline`), simplified first so a four-hour run stays a few
/// kilobytes: points within `tolerance` metres of the simplified line are dropped (Douglas–Peucker).
enum Polyline {
    static func summary(_ points: [TrackPoint], tolerance: Double = 5) -> String? {
        let positions = points.compactMap { point -> (lat: Double, lng: Double)? in
            guard let lat = point.latitude, let lng = point.longitude, abs(lat) <= 90, abs(lng) <= 180 else { return nil }
            return (lat, lng)
        }
        guard positions.count >= 2 else { return nil }
        return encode(simplify(positions, tolerance: tolerance))
    }

    /// Douglas–Peucker on a local flat projection (metres), without recursion.
    static func simplify(_ points: [(lat: Double, lng: Double)], tolerance: Double) -> [(lat: Double, lng: Double)] {
        let metresPerDegree = 111_320.0
        let scale = cos(points[0].lat * .pi / 180)
        let xy = points.map { (x: $0.lng * metresPerDegree * scale, y: $0.lat * metresPerDegree) }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var stack = [(0, points.count - 1)]
        while let (first, last) = stack.popLast() {
            guard last > first + 1 else { continue }
            let (ax, ay) = xy[first], (bx, by) = xy[last]
            let dx = bx - ax, dy = by - ay, length = (dx * dx + dy * dy).squareRoot()
            var farthest = first, distance = 0.0
            for index in (first + 1)..<last {
                let (px, py) = xy[index]
                let d = length > 0 ? abs(dy * px - dx * py + bx * ay - by * ax) / length : ((px - ax) * (px - ax) + (py - ay) * (py - ay)).squareRoot()
                if d > distance { (farthest, distance) = (index, d) }
            }
            if distance > tolerance {
                keep[farthest] = true
                stack.append((first, farthest))
                stack.append((farthest, last))
            }
        }
        return points.indices.filter { keep[$0] }.map { points[$0] }
    }

    /// Each coordinate as the difference from the previous one, in 1e-5 degrees, zig-zag
    /// encoded in 5-bit chunks offset into printable ASCII.
    static func encode(_ points: [(lat: Double, lng: Double)]) -> String {
        var output = [UInt8]()
        var previous = (lat: 0, lng: 0)
        for point in points {
            let lat = Int((point.lat * 1e5).rounded()), lng = Int((point.lng * 1e5).rounded())
            for delta in [lat - previous.lat, lng - previous.lng] {
                var value = delta < 0 ? ~(delta << 1) : delta << 1
                while value >= 0x20 {
                    output.append(UInt8((0x20 | (value & 0x1f)) + 63))
                    value >>= 5
                }
                output.append(UInt8(value + 63))
            }
            previous = (lat, lng)
        }
        return String(decoding: output, as: UTF8.self)
    }
}
