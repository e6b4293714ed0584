import GuidedInterview
import CadenceCore
import Foundation
import Testing

/// Today is fixed: Friday 27 November 2026, UTC.
let today = Date(timeIntervalSince1970: Double(RunnerField.parseInstant("2026-11-27")!) / 1000)
let extractor = FactExtractor(today: today)

/// Unix ms at 00:00 UTC for a calendar date.
func day(_ iso: String) -> JSONValue { .number(Double(RunnerField.parseInstant(iso)!)) }

struct Phrase: CustomTestStringConvertible, Sendable {
    let text: String
    let expecting: String?
    let facts: [String: JSONValue]

    init(_ text: String, expecting: String? = nil, _ facts: [String: JSONValue]) {
        self.text = text
        self.expecting = expecting
        self.facts = facts
    }

    var testDescription: String { expecting.map { "\(text) [after \($0)]" } ?? text }
}

/// Extracts and checks that every fact is valid for its field, then returns path → value.
func facts(_ text: String, expecting: String? = nil) throws -> [String: JSONValue] {
    let extraction = extractor.extract(text, expecting: expecting)
    var result: [String: JSONValue] = [:]
    for fact in extraction.facts {
        #expect(try RunnerField.named(fact.path).validate(fact.value) == fact.value, "\(fact.path) = \(fact.value)")
        #expect(!fact.said.isEmpty)
        #expect(result[fact.path] == nil, "one fact per path")
        result[fact.path] = fact.value
    }
    return result
}

let halfMarathon: [String: JSONValue] = ["goals.goalType": "race", "goals.raceDistance": 21.0975, "goals.raceDistanceLabel": "half_marathon"]
let marathon: [String: JSONValue] = ["goals.goalType": "race", "goals.raceDistance": 42.195, "goals.raceDistanceLabel": "marathon"]

func merged(_ parts: [String: JSONValue]...) -> [String: JSONValue] {
    parts.reduce(into: [:]) { result, part in result.merge(part) { _, new in new } }
}

/// Checks a phrase's facts exactly, naming what differs.
func check(_ phrase: Phrase, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let got = try facts(phrase.text, expecting: phrase.expecting)
    compare(got, phrase.facts, "\"\(phrase.text)\"", sourceLocation: sourceLocation)
}

/// Records one issue listing every path whose value differs.
func compare(_ got: [String: JSONValue], _ expected: [String: JSONValue], _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
    guard got != expected else { return }
    let keys = Set(got.keys).union(expected.keys).sorted()
    let diff = keys.filter { got[$0] != expected[$0] }
        .map { "\($0): got \(got[$0].map { $0.jsonString } ?? "nothing"), expected \(expected[$0].map { $0.jsonString } ?? "nothing")" }
    Issue.record("\(label): \(diff.joined(separator: "; "))", sourceLocation: sourceLocation)
}

/// Every terse answer after every question gives only valid values (and never crashes).
@Test func everyAnswerAfterEveryQuestionIsValid() throws {
    let answers = ["yes", "no", "skip", "34", "none", "Sunday", "Mon, Wed and Sat", "1:45", "6:00", "male", "beginner", "half",
                   "20 miles", "an hour", "never", "my knee", "tough love", "Sam", "2 years", "in 12 weeks", "3 or 4", "500",
                   "0", "-5", "", "   ", "?!", "9999999999", "sub 20", "5'11\"", "154 lb", "180 cm", "call me Al", "not really"]
    let paths = [nil] + RunnerField.all.filter { $0.writer == .person }.map(\.path)
    for path in paths {
        for answer in answers {
            let extraction = extractor.extract(answer, expecting: path)
            for fact in extraction.facts {
                #expect(try RunnerField.named(fact.path).validate(fact.value) == fact.value, "\(answer) after \(path ?? "nothing"): \(fact.path)")
            }
            if extraction.skipped { #expect(extraction.facts.isEmpty) }
        }
    }
}
