import CadenceCore
import Foundation
@testable import Ingest
import Testing

/// The map line (`summaryPolyline`) made from a track's positions.
struct PolylineTests {
    /// Google's documented example of the encoded polyline format.
    @Test func encodesLikeTheReference() {
        #expect(Polyline.encode([(38.5, -120.2), (40.7, -120.95), (43.252, -126.453)]) == "_p~iF~ps|U_ulLnnqC_mqNvxq`@")
    }

    @Test func pointsOnAStraightLineAreDroppedAndCornersKept() {
        // North for 11 points, then east for 10: only the ends and the corner matter.
        var points = (0...10).map { TrackPoint(latitude: 50 + Double($0) * 0.0009, longitude: 7) }
        points += (1...10).map { TrackPoint(latitude: 50.009, longitude: 7 + Double($0) * 0.0014) }
        let simplified = Polyline.simplify(points.map { ($0.latitude!, $0.longitude!) }, tolerance: 5)
        #expect(simplified.count == 3)
        #expect(simplified[1].lat == 50.009 && simplified[1].lng == 7)
        #expect(Polyline.summary([TrackPoint(latitude: 50, longitude: 7)]) == nil)
        #expect(Polyline.summary([TrackPoint(), TrackPoint()]) == nil)
    }

    @Test func anImportedTrackGetsItsMapLine() throws {
        let fixture = try IngestFixture()
        let path = try fixture.write("run.gpx", SampleFiles.gpx())
        _ = fixture.job.run(paths: [path])
        let activity = try #require(try fixture.activities().first)
        // The sample track runs straight north from 50°N 8°E: two points are enough.
        #expect(activity.summaryPolyline == Polyline.encode([(50, 8), (50.009, 8)]))
    }
}
