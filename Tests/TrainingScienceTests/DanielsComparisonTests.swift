import Foundation
import Testing
@testable import TrainingScience

/// Builds the computed-vs-published comparison that NOTES.md shows, and checks its worst cases.
/// Set DANIELS_TABLE_OUT=/path/file.md to also write the Markdown (the only I/O in these tests).
@Suite("Daniels table comparison")
struct DanielsComparisonTests {
    static var distances: [(String, RaceDistance, KeyPath<DanielsRow, Double>)] {
        [("5K", .fiveK, \.fiveK), ("10K", .tenK, \.tenK), ("Half", .halfMarathon, \.half), ("Marathon", .marathon, \.marathon)]
    }

    static func signed(_ value: Double, _ places: Int = 0) -> String {
        let scale = pow(10, Double(places))
        let rounded = (value * scale).rounded() / scale
        return String(format: "%+.\(places)f", rounded == 0 ? 0 : rounded)  // no "-0"
    }

    @Test("Worst differences over VDOT 30–85 stay inside the tolerances, and the note table is generated")
    func comparison() throws {
        var times = "| VDOT | " + Self.distances.map { "\($0.0) computed / published (Δ s)" }.joined(separator: " | ") + " |\n"
        times += "|---|" + String(repeating: "---|", count: Self.distances.count) + "\n"
        var paces = "| VDOT | " + TrainingZone.allCases.map { "\($0.letter) computed / published (Δ s/km)" }.joined(separator: " | ") + " |\n"
        paces += "|---|" + String(repeating: "---|", count: TrainingZone.allCases.count) + "\n"
        var vdots = "| VDOT | " + Self.distances.map { "VDOT from published \($0.0) time (Δ)" }.joined(separator: " | ") + " |\n"
        vdots += "|---|" + String(repeating: "---|", count: Self.distances.count) + "\n"

        var worstTime: [String: Double] = [:], worstPace: [TrainingZone: Double] = [:], worstVDOT: [String: Double] = [:]
        for row in DanielsTable.rows {
            let vdot = try VDOT(Double(row.vdot))
            let trainingPaces = TrainingPaces(vdot: vdot)
            var timeCells: [String] = [], paceCells: [String] = [], vdotCells: [String] = []
            for (name, distance, path) in Self.distances {
                let computed = vdot.raceTime(for: distance), published = row[keyPath: path]
                worstTime[name] = max(worstTime[name] ?? 0, abs(computed - published))
                timeCells.append("\(DurationFormat.format(computed)) / \(DurationFormat.format(published)) (\(Self.signed(computed - published)))")
                let back = try VDOT(distance: distance, timeSeconds: published).value
                worstVDOT[name] = max(worstVDOT[name] ?? 0, abs(back - Double(row.vdot)))
                vdotCells.append(String(format: "%.2f (%@)", back, Self.signed(back - Double(row.vdot), 2)))
            }
            for zone in TrainingZone.allCases {
                let computed = trainingPaces[zone].midpointSecondsPerKm, published = row.pace(zone)
                worstPace[zone] = max(worstPace[zone] ?? 0, abs(computed - published))
                paceCells.append("\(DurationFormat.format(computed)) / \(DurationFormat.format(published)) (\(Self.signed(computed - published, 1)))")
            }
            if row.vdot % 5 == 0 {
                times += "| \(row.vdot) | " + timeCells.joined(separator: " | ") + " |\n"
                paces += "| \(row.vdot) | " + paceCells.joined(separator: " | ") + " |\n"
                vdots += "| \(row.vdot) | " + vdotCells.joined(separator: " | ") + " |\n"
            }
        }
        let summary = "Largest absolute differences over all 56 rows (VDOT 30, 31, …, 85):\n\n"
            + "- Race time: " + Self.distances.map { String(format: "%@ %.1f s", $0.0, worstTime[$0.0]!) }.joined(separator: ", ") + "\n"
            + "- VDOT from a published time: " + Self.distances.map { String(format: "%@ %.3f", $0.0, worstVDOT[$0.0]!) }.joined(separator: ", ") + "\n"
            + "- Training pace (band midpoint): " + TrainingZone.allCases.map { String(format: "%@ %.1f s/km", $0.letter, worstPace[$0]!) }.joined(separator: ", ") + "\n"

        // The claims NOTES.md and the TrainingPaces doc comment make.
        for zone in TrainingZone.allCases { #expect(worstPace[zone]! < 3, "\(zone)") }
        for (name, _, _) in Self.distances { #expect(worstVDOT[name]! < 0.1, "\(name)") }
        #expect(worstTime["Marathon"]! < 35)

        if let path = ProcessInfo.processInfo.environment["DANIELS_TABLE_OUT"] {
            let markdown = "### Race times from VDOT\n\n" + times + "\n### VDOT from the published race times\n\n" + vdots
                + "\n### Training paces (s/km; published M from min/mi, I and R from the 400 m column × 2.5, T from the 1000 m column)\n\n"
                + paces + "\n" + summary
            try markdown.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}
