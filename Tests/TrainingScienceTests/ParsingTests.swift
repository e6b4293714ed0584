import Testing
@testable import TrainingScience

@Suite("Parsing durations, distances and paces")
struct ParsingTests {
    @Test("Durations", arguments: [("20:00", 1200.0), ("1:35:10", 5710), ("90:00", 5400), ("0:45", 45), ("3:39.6", 219.6), (" 2:01:10 ", 7270)])
    func durations(text: String, seconds: Double) throws {
        #expect(abs(try DurationFormat.parse(text) - seconds) < 1e-9)
    }

    @Test("Malformed or negative durations throw", arguments: ["", "20", "abc", "20:7", "20:60", "1:75:00", "1:2:3:4", "-1:00", "20:0x", ":30", "20:", "1e3:00"])
    func badDurations(text: String) {
        #expect(throws: TrainingScienceError.self) { try DurationFormat.parse(text) }
    }

    @Test("Negative time is reported as not positive, zero rejected by parsePositive")
    func signs() {
        #expect(throws: TrainingScienceError.notPositive(name: "time", value: "-1:00")) { try DurationFormat.parse("-1:00") }
        #expect(throws: TrainingScienceError.notPositive(name: "time", value: "0:00")) { try DurationFormat.parsePositive("0:00") }
    }

    @Test("Duration formatting")
    func formatDurations() {
        #expect(DurationFormat.format(1200) == "20:00")
        #expect(DurationFormat.format(11440) == "3:10:40")
        #expect(DurationFormat.format(59.6) == "1:00")
        #expect(DurationFormat.format(3599.6) == "1:00:00")
    }

    @Test("Distances", arguments: [
        ("5k", 5000.0), ("10K", 10000), ("15k", 15000), ("half", 21097.5), ("half_marathon", 21097.5),
        ("Half-Marathon", 21097.5), ("marathon", 42195), ("mile", 1609.344), ("10mi", 16093.44),
        ("5000", 5000), ("1500m", 1500), ("21.1km", 21100), ("3k", 3000), ("2mi", 3218.688),
    ])
    func distances(text: String, meters: Double) throws {
        #expect(abs(try RaceDistance.parse(text).meters - meters) < 1e-9)
    }

    @Test("Unknown, zero and negative distances throw", arguments: ["5q", "", "k", "far", "0", "-5000", "0k", "inf", "nan", "0x10"])
    func badDistances(text: String) {
        #expect(throws: TrainingScienceError.self) { try RaceDistance.parse(text) }
    }

    @Test("Paces per km and per mile")
    func paces() throws {
        #expect(try PaceFormat.parse("5:00") == 300)
        #expect(try PaceFormat.parse("4:30/km") == 270)
        #expect(abs(try PaceFormat.parse("8:03/mi") - 483 / 1.609344) < 1e-9)
        #expect(try PaceFormat.parse("5:00 min/km") == 300)
        #expect(throws: TrainingScienceError.self) { try PaceFormat.parse("fast") }
        #expect(throws: TrainingScienceError.self) { try PaceFormat.parse("0:00") }
        #expect(throws: TrainingScienceError.self) { try PaceFormat.parse("-5:00") }
    }

    @Test("Error messages say what to do")
    func messages() {
        #expect(TrainingScienceError.unknownDistance("5q").description.contains("5k, 10k"))
        #expect(TrainingScienceError.malformedDuration("20:7").description.contains("mm:ss or h:mm:ss"))
        #expect(TrainingScienceError.notPositive(name: "time", value: "-1:00").description == "time must be greater than zero (got -1:00)")
    }
}
