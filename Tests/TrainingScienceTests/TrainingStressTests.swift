import Foundation
import Testing
@testable import TrainingScience

@Suite("TRIMP, HRSS, rTSS and session-RPE")
struct TrainingStressTests {
    // Expected values computed independently from the GoldenCheetah formula
    // minutes·HRr·0.64·e^(k·HRr), HRr = (HR−rest)/(max−rest).

    @Test("TRIMP, 60 min at 150 bpm, rest 50, max 190", arguments: [(Sex.male, 108.09535934022335), (.female, 90.41790987210604)])
    func trimp(sex: Sex, expected: Double) throws {
        let value = try TrainingStress.trimp(minutes: 60, averageHR: 150, restingHR: 50, maxHR: 190, sex: sex)
        #expect(abs(value - expected) < 1e-9)
    }

    @Test("TRIMP, 45 min at 140 bpm, rest 55, max 185, female")
    func trimpOther() throws {
        let value = try TrainingStress.trimp(minutes: 45, averageHR: 140, restingHR: 55, maxHR: 185, sex: .female)
        #expect(abs(value - 56.11567976054835) < 1e-9)
    }

    @Test("TRIMP is 0 below resting HR and grows with HR and duration")
    func trimpShape() throws {
        #expect(try TrainingStress.trimp(minutes: 60, averageHR: 45, restingHR: 50, maxHR: 190, sex: .male) == 0)
        let easy = try TrainingStress.trimp(minutes: 60, averageHR: 130, restingHR: 50, maxHR: 190, sex: .male)
        let hard = try TrainingStress.trimp(minutes: 60, averageHR: 160, restingHR: 50, maxHR: 190, sex: .male)
        let long = try TrainingStress.trimp(minutes: 90, averageHR: 130, restingHR: 50, maxHR: 190, sex: .male)
        #expect(hard > easy)
        #expect(abs(long - easy * 1.5) < 1e-9)
    }

    @Test("HRSS: one hour at LTHR is 100; 60 min at 150 with LTHR 170 is 63.34")
    func hrss() throws {
        let hour = try TrainingStress.hrss(minutes: 60, averageHR: 170, restingHR: 50, maxHR: 190, lthr: 170, sex: .male)
        #expect(abs(hour - 100) < 1e-9)
        let session = try TrainingStress.hrss(minutes: 60, averageHR: 150, restingHR: 50, maxHR: 190, lthr: 170, sex: .male)
        #expect(abs(session - 63.34290571300836) < 1e-9)
        let female = try TrainingStress.hrss(minutes: 90, averageHR: 140, restingHR: 50, maxHR: 190, lthr: 170, sex: .female)
        #expect(abs(female - 78.65695684377091) < 1e-9)
    }

    @Test("rTSS worked example: threshold 4:30/km, NGP 5:00/km, 30 min → IF 0.9, rTSS 40.5")
    func rtssExample() throws {
        let stress = try TrainingStress.runningStress(durationSeconds: 1800, paceSecondsPerKm: 300, thresholdPaceSecondsPerKm: 270)
        #expect(abs(stress.intensityFactor - 0.9) < 1e-12)
        #expect(abs(stress.rtss - 40.5) < 1e-9)
    }

    @Test("rTSS: one hour at threshold is 100; faster than threshold gives IF above 1")
    func rtssShape() throws {
        let hour = try TrainingStress.runningStress(durationSeconds: 3600, paceSecondsPerKm: 255, thresholdPaceSecondsPerKm: 255)
        #expect(abs(hour.rtss - 100) < 1e-9)
        let fast = try TrainingStress.runningStress(durationSeconds: 1200, paceSecondsPerKm: 240, thresholdPaceSecondsPerKm: 270)
        #expect(abs(fast.intensityFactor - 1.125) < 1e-12)   // speeds, not the pace ratio 240/270
        #expect(abs(fast.rtss - 1200.0 / 3600 * 1.125 * 1.125 * 100) < 1e-9)
    }

    @Test("Session-RPE load is RPE × minutes")
    func sessionRPE() throws {
        #expect(try TrainingStress.sessionRPELoad(rpe: 6, minutes: 50) == 300)
        #expect(throws: TrainingScienceError.self) { try TrainingStress.sessionRPELoad(rpe: 11, minutes: 50) }
        #expect(throws: TrainingScienceError.self) { try TrainingStress.sessionRPELoad(rpe: 5, minutes: 0) }
    }

    @Test("Bad stress inputs throw")
    func badInputs() {
        #expect(throws: TrainingScienceError.self) { try TrainingStress.trimp(minutes: 0, averageHR: 150, restingHR: 50, maxHR: 190, sex: .male) }
        #expect(throws: TrainingScienceError.self) { try TrainingStress.trimp(minutes: 60, averageHR: 150, restingHR: 190, maxHR: 190, sex: .male) }
        #expect(throws: TrainingScienceError.self) { try TrainingStress.hrss(minutes: 60, averageHR: 150, restingHR: 50, maxHR: 190, lthr: 40, sex: .male) }
        #expect(throws: TrainingScienceError.self) { try TrainingStress.runningStress(durationSeconds: -1, paceSecondsPerKm: 300, thresholdPaceSecondsPerKm: 270) }
        #expect(throws: TrainingScienceError.self) { try TrainingStress.runningStress(durationSeconds: 60, paceSecondsPerKm: 0, thresholdPaceSecondsPerKm: 270) }
    }
}
