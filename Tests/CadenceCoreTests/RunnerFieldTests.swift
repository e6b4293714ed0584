import CadenceCore
import CadenceTestSupport
import Testing

struct RunnerFieldTests {
    @Test func catalogueCoversEveryRunnerLeafOfTheSeed() throws {
        let seed = try #require(try SeedDocument.load().tables["runners"])
        let catalogue = Set(RunnerField.all.map(\.path))
        let sections = ["identity", "physical", "running", "goals", "schedule", "health", "coaching", "connections",
                        "currentState", "legal", "conversationState"]
        // Every catalogue path is a seed path, and every seed path is a field or lies inside one.
        let additions = SeedDocument.cadenceAdditions["runners"] ?? []
        for path in catalogue { #expect(seed.fieldPaths.contains(path) || additions.contains(path), "\(path) is not in the seed") }
        for path in seed.fieldPaths where sections.contains(where: { path.hasPrefix($0 + ".") }) {
            let covered = catalogue.contains(path) || catalogue.contains { path.hasPrefix($0 + ".") }
                || catalogue.contains { $0.hasPrefix(path + ".") }
            #expect(covered, "\(path) has no field")
        }
    }

    @Test(arguments: [
        ("physical.age", "34", JSONValue.number(34)),
        ("goals.raceDate", "2027-04-20", .number(1_808_179_200_000)),
        ("legal.termsAcceptedAt", "2026-11-27T10:00:00Z", .number(1_795_773_600_000)),
        ("schedule.preferredDays", "Monday, wednesday,SATURDAY", ["monday", "wednesday", "saturday"]),
        ("schedule.blockedDays", "none", []),
        ("health.pastInjuries", "shin_splints,itbs", ["shin_splints", "itbs"]),
        ("coaching.coachingVoice", "tough love", "tough_love"),
        ("schedule.hasTrackAccess", "yes", true),
        ("goals.targetTime", "3:45:00", .number(13_500)),
        ("goals.targetTime", "45:00", .number(2_700)),
        ("running.easyPace", "5:40", "5:40/km"),
        ("running.easyPace", "9:10 /mi", "9:10/mi"),
        ("goals.raceDistance", "21.0975", .number(21.0975)),
        ("identity.preferredName", "  Al  ", "Al"),
        ("physical.weightKg", "null", .null),
    ] as [(String, String, JSONValue)])
    func parsesWhatPeopleType(path: String, text: String, expected: JSONValue) throws {
        #expect(try RunnerField.named(path).parse(text) == expected)
    }

    @Test(arguments: [
        ("physical.age", "thirty"), ("physical.age", "4"), ("physical.age", "34.5"), ("goals.raceDate", "2027-02-30"),
        ("goals.raceDate", "20/04/2027"), ("schedule.preferredDays", "monday,funday"), ("schedule.hasGymAccess", "maybe"),
        ("goals.targetTime", "3:75:00"), ("goals.targetTime", "0:30"), ("running.easyPace", "1:10/km"),
        ("running.easyPace", "5:7/km"), ("running.experienceLevel", "elite"), ("identity.name", "null"),
        ("health.injuryDetails", "{not json"), ("running.currentFrequency", "8"),
    ])
    func rejectsWhatDoesNotFit(path: String, text: String) throws {
        let field = try RunnerField.named(path)
        #expect {
            _ = try field.parse(text)
        } throws: { error in
            let message = "\(error)"
            return message.hasPrefix("\(path) must be") && message.contains(text.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func unknownPathsSuggestCloseOnes() {
        #expect(throws: CadenceCoreError.unknownPath("physical.agee", suggestions: ["physical.age"])) {
            try RunnerField.named("physical.agee")
        }
        #expect {
            try RunnerField.named("raceDate")
        } throws: { error in
            "\(error)".contains("goals.raceDate")
        }
    }

    @Test func pathsReadAndWriteNestedValues() throws {
        var runner = Runner(id: "r", userId: "u", name: "Alex", now: 0)
        runner = try runner.setting("running.paceZones.easy", to: "5:40-6:10/km")
        runner = try runner.setting("connections.sourcePrecedence.primarySourceOverride", to: "garmin")
        #expect(runner.running.paceZones?.easy == "5:40-6:10/km")
        #expect(runner.connections.sourcePrecedence?.primarySourceOverride == .garmin)
        #expect(try runner.value(at: "running.paceZones.easy") == "5:40-6:10/km")
        #expect(try runner.value(at: "goals.raceDate") == .null)
        runner = try runner.setting("running.paceZones.easy", to: .null)
        #expect(runner.running.paceZones?.easy == nil)
    }
}

struct JSONValueTests {
    @Test func numbersStayNumbersAndBooleansStayBooleans() throws {
        #expect(try JSONValue(parsing: "188") == .number(188))
        #expect(try JSONValue(parsing: "1") == .number(1))
        #expect(try JSONValue(parsing: "true") == .bool(true))
        #expect(try JSONValue(parsing: #"{"a":[1,false,null,"x",2.5]}"#)
            == .object(["a": .array([.number(1), .bool(false), .null, .string("x"), .number(2.5)])]))
        #expect(JSONValue.object(["b": 1, "a": 2.5]).jsonString == #"{"a":2.5,"b":1}"#)
    }
}

/// Issue 17: numbers beyond Int trapped in `Int(Double)`; they are refused with the field and range.
struct CheckedIntegerTests {
    @Test func conversionsReturnNilBeyondTheRange() {
        #expect(Int(checking: 1e19) == nil)
        #expect(Int(checking: -1e19) == nil)
        #expect(Int(checking: .nan) == nil)
        #expect(Int(checking: .infinity) == nil)
        #expect(Int(checking: 0x1p63) == nil)
        #expect(Int(checking: -0x1p63) == Int.min)
        #expect(Int(checking: 41.6) == 42)
        #expect(Int64(checking: 9.2e18) == 9_200_000_000_000_000_000)
        #expect(Int64(millisFromSeconds: 1e300) == nil)
        #expect(Int64(millisFromSeconds: 1.5) == 1500)
    }

    @Test func theThrowingFormNamesTheFieldAndTheRange() {
        #expect(throws: CadenceCoreError.invalidValue(path: "physical.age", got: "1e+19", allowed: "a whole number from 5 to 100")) {
            _ = try Int(checking: 1e19, field: "physical.age", range: 5 ... 100)
        }
        #expect((try? Int(checking: 41, field: "physical.age", range: 5 ... 100)) == 41)
    }

    @Test(arguments: ["1e19", "-1e19", "99999999999999999999", "1e308", "nan", "inf"])
    func integerFieldsRefuseHugeValues(text: String) throws {
        let field = try RunnerField.named("physical.age")
        #expect(throws: CadenceCoreError.self) { try field.parse(text) }
        #expect(throws: CadenceCoreError.self) { try field.validate(.number(Double(text) ?? .infinity)) }
    }

    @Test(arguments: ["99999999999999999999", "9999999999999:00:00", "1e19"])
    func durationFieldsRefuseHugeValues(text: String) throws {
        let field = try RunnerField.named("goals.targetTime")
        #expect(throws: CadenceCoreError.self) { try field.parse(text) }
        #expect(throws: CadenceCoreError.self) { try field.validate(.number(1e19)) }
        #expect(throws: CadenceCoreError.self) { try field.validate(.string(text)) }
    }

    @Test func hugePacesAreRefused() {
        #expect(RunnerField.canonicalPace("99999999999999999:00/km") == nil)
        #expect(RunnerField.canonicalPace("9223372036854775807:00") == nil)
        #expect(RunnerField.parseDuration("3000000000:00:00") == nil)
    }
}
