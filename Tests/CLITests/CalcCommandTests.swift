import CadenceTestSupport
import Foundation
import Testing

/// Runs `cadence` with a fresh CADENCE_HOME and no terminal on stdin.
func runCadence(_ args: [String]) throws -> CadenceBinary.Result {
    try CadenceBinary().run(args)
}

func number(_ value: Any?) -> Double? { (value as? NSNumber)?.doubleValue }

@Suite("cadence calc (subprocess)")
struct CalcCLITests {
    @Test("vdot --json prints {\"vdot\"} only")
    func vdot() throws {
        let result = try runCadence(["calc", "vdot", "--distance", "5k", "--time", "20:00", "--json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let json = try #require(result.jsonObject)
        #expect(Set(json.keys) == ["vdot"])
        #expect(abs(try #require(number(json["vdot"])) - 49.81) < 0.01)
    }

    @Test("race-time --json prints {\"timeSeconds\"}")
    func raceTime() throws {
        let result = try runCadence(["calc", "race-time", "--vdot", "50", "--distance", "marathon", "--json"])
        #expect(result.status == 0)
        let json = try #require(result.jsonObject)
        #expect(Set(json.keys) == ["timeSeconds"])
        #expect(abs(try #require(number(json["timeSeconds"])) - 11440) < 2)
    }

    @Test("paces --json has the five zones with fast and slow paces")
    func paces() throws {
        let result = try runCadence(["calc", "paces", "--vdot", "50", "--json"])
        #expect(result.status == 0)
        let json = try #require(result.jsonObject)
        let paces = try #require(json["paces"] as? [String: Any])
        #expect(Set(paces.keys) == ["easy", "marathon", "threshold", "interval", "repetition"])
        for (zone, value) in paces {
            let band = try #require(value as? [String: Any], "\(zone)")
            #expect(Set(band.keys) == ["fastSecondsPerKm", "slowSecondsPerKm"])
            let fast = try #require(number(band["fastSecondsPerKm"])), slow = try #require(number(band["slowSecondsPerKm"]))
            #expect(fast < slow, "\(zone)")
        }
        let threshold = try #require(paces["threshold"] as? [String: Any])
        let midpoint = (number(threshold["fastSecondsPerKm"])! + number(threshold["slowSecondsPerKm"])!) / 2
        #expect(abs(midpoint - 255) < 4)   // Daniels: VDOT 50 T = 4:15/km
    }

    @Test("paces without --json: a table in min/km and min/mi")
    func pacesHuman() throws {
        let result = try runCadence(["calc", "paces", "--vdot", "50"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("min/km") && result.stdout.contains("min/mi"))
        #expect(result.stdout.contains("Threshold") && result.stdout.contains("/km") && result.stdout.contains("/mi"))
        #expect(!result.stdout.contains("\u{1B}["))  // no colour codes under NO_COLOR / when piped
        #expect(result.jsonObject == nil)
    }

    @Test("zones --json for each model", arguments: [
        (["--max-hr", "190", "--model", "percent-max"], ["1", "2", "3", "4", "5"], 95.0),
        (["--max-hr", "190", "--resting-hr", "50", "--model", "karvonen"], ["1", "2", "3", "4", "5"], 120.0),
        (["--max-hr", "190", "--lthr", "170", "--model", "lthr"], ["1", "2", "3", "4", "5a", "5b", "5c"], 144.5),
    ])
    func zones(args: [String], labels: [String], firstBoundary: Double) throws {
        let result = try runCadence(["calc", "zones"] + args + ["--json"])
        #expect(result.status == 0)
        let json = try #require(result.jsonObject)
        let zones = try #require(json["zones"] as? [[String: Any]])
        #expect(zones.map { $0["zone"] as? String } == labels)
        for zone in zones { #expect(Set(zone.keys) == ["zone", "minBpm", "maxBpm"]) }
        // Zone 1's lower bound (or, for Friel, its upper bound).
        let boundary = number(zones[0]["minBpm"]) ?? number(zones[0]["maxBpm"])
        #expect(abs(try #require(boundary) - firstBoundary) < 0.01)
    }

    @Test("zones without --json: a zone table")
    func zonesHuman() throws {
        let result = try runCadence(["calc", "zones", "--max-hr", "190", "--resting-hr", "50", "--model", "karvonen"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("120–134"))
        #expect(result.stdout.contains("176–190"))
    }

    @Test("max-hr --json")
    func maxHR() throws {
        let json = try #require(try runCadence(["calc", "max-hr", "--age", "40", "--json"]).jsonObject)
        #expect(Set(json.keys) == ["fox", "tanaka", "gellish"])
        #expect(number(json["fox"]) == 180)
        #expect(number(json["tanaka"]) == 180)
        #expect(number(json["gellish"]) == 179)
    }

    @Test("pmc --json: one entry per day with GoldenCheetah values")
    func pmc() throws {
        let result = try runCadence(["calc", "pmc", "--daily-load", "100,0,50", "--ctl-start", "0", "--atl-start", "0", "--json"])
        #expect(result.status == 0)
        let days = try #require(result.jsonObject?["days"] as? [[String: Any]])
        #expect(days.count == 3)
        for day in days { #expect(Set(day.keys) == ["day", "load", "ctl", "atl", "tsb"]) }
        #expect(abs(try #require(number(days[0]["ctl"])) - 2.3528) < 0.01)
        #expect(abs(try #require(number(days[0]["atl"])) - 13.3122) < 0.01)
        #expect(abs(try #require(number(days[1]["tsb"])) - -10.9594) < 0.01)
        #expect(abs(try #require(number(days[2]["atl"])) - 16.6599) < 0.01)
    }

    @Test("pmc without --json: a table")
    func pmcHuman() throws {
        let result = try runCadence(["calc", "pmc", "--daily-load", "100,0,50"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("CTL") && result.stdout.contains("ATL") && result.stdout.contains("TSB"))
        #expect(result.stdout.split(separator: "\n").count >= 5)
    }

    @Test("acwr --json for each method on the mixed-weeks series", arguments: [
        ("rolling-coupled", 1.2903, "sweet_spot"), ("rolling-uncoupled", 1.4286, "caution"), ("ewma", 1.7199, "danger"),
    ])
    func acwr(method: String, ratio: Double, zone: String) throws {
        let loads = (Array(repeating: "30", count: 21) + ["0", "0", "0", "0", "60", "120", "120"]).joined(separator: ",")
        let result = try runCadence(["calc", "acwr", "--daily-load", loads, "--method", method, "--json"])
        #expect(result.status == 0)
        let json = try #require(result.jsonObject)
        #expect(Set(json.keys) == ["acute", "chronic", "acwr", "zone"])
        #expect(abs(try #require(number(json["acwr"])) - ratio) < 0.001)
        #expect(json["zone"] as? String == zone)
    }

    @Test("trimp --json, with and without LTHR (hrss is null, not missing)")
    func trimp() throws {
        let base = ["calc", "trimp", "--minutes", "60", "--avg-hr", "150", "--resting-hr", "50", "--max-hr", "190", "--sex", "male"]
        let with = try #require(try runCadence(base + ["--lthr", "170", "--json"]).jsonObject)
        #expect(Set(with.keys) == ["trimp", "hrss"])
        #expect(abs(try #require(number(with["trimp"])) - 108.0954) < 0.001)
        #expect(abs(try #require(number(with["hrss"])) - 63.3429) < 0.001)
        let without = try #require(try runCadence(base + ["--json"]).jsonObject)
        #expect(Set(without.keys) == ["trimp", "hrss"])
        #expect(without["hrss"] is NSNull)
    }

    @Test("rtss --json: the worked example")
    func rtss() throws {
        let json = try #require(try runCadence(["calc", "rtss", "--duration", "30:00", "--pace", "5:00", "--threshold-pace", "4:30", "--json"]).jsonObject)
        #expect(Set(json.keys) == ["intensityFactor", "rtss"])
        #expect(abs(try #require(number(json["intensityFactor"])) - 0.9) < 1e-4)
        #expect(abs(try #require(number(json["rtss"])) - 40.5) < 1e-3)
    }

    @Test("Bad input exits 1 with one line on stderr and nothing on stdout", arguments: [
        ["calc", "vdot", "--distance", "5k", "--time", "-1:00"],
        ["calc", "vdot", "--distance", "0", "--time", "20:00"],
        ["calc", "vdot", "--distance", "5q", "--time", "20:00"],
        ["calc", "vdot", "--distance", "5k", "--time", "20:7x"],
        ["calc", "vdot", "--distance", "5k", "--time", "0:00"],
        ["calc", "race-time", "--vdot", "-3", "--distance", "5k"],
        ["calc", "zones", "--max-hr", "50", "--resting-hr", "60", "--model", "karvonen"],
        ["calc", "zones", "--max-hr", "190", "--model", "karvonen"],
        ["calc", "zones", "--max-hr", "190", "--model", "lthr"],
        ["calc", "max-hr", "--age", "-5"],
        ["calc", "pmc", "--daily-load", "100,-5,50"],
        ["calc", "pmc", "--daily-load", "100,x,50"],
        ["calc", "acwr", "--daily-load", "50,50,50", "--method", "rolling-coupled"],
        ["calc", "trimp", "--minutes", "60", "--avg-hr", "150", "--resting-hr", "200", "--max-hr", "190", "--sex", "female"],
        ["calc", "rtss", "--duration", "30:00", "--pace", "0:00", "--threshold-pace", "4:30"],
    ])
    func userErrors(args: [String]) throws {
        for json in [false, true] {
            let result = try runCadence(args + (json ? ["--json"] : []))
            #expect(result.status == 1, "\(args)")
            #expect(result.stderr.hasPrefix("error: "), "\(args): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(args): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(args)")
        }
    }

    @Test("Messages say what was wrong")
    func messages() throws {
        #expect(try runCadence(["calc", "vdot", "--distance", "5k", "--time", "-1:00"]).stderr
            == "error: time must be greater than zero (got -1:00)\n")
        #expect(try runCadence(["calc", "vdot", "--distance", "5q", "--time", "20:00"]).stderr.contains("unknown distance '5q'"))
        #expect(try runCadence(["calc", "zones", "--max-hr", "50", "--resting-hr", "60", "--model", "karvonen"]).stderr
            .contains("max HR (50) must be above resting HR (60)"))
    }

    @Test("Bad usage exits 2", arguments: [
        ["calc", "vdot", "--distance", "5k"],
        ["calc", "nonsense"],
        ["calc", "zones", "--max-hr", "190", "--model", "bogus"],
        ["calc", "race-time", "--vdot", "fifty", "--distance", "5k"],
        ["calc", "paces", "--vdot", "50", "--unknown-flag"],
    ])
    func usageErrors(args: [String]) throws {
        let result = try runCadence(args)
        #expect(result.status == 2, "\(args)")
        #expect(!result.stderr.isEmpty)
        #expect(result.stdout.isEmpty)
    }

    @Test("--json may come before the subcommand")
    func leadingGlobalOption() throws {
        let result = try runCadence(["--json", "calc", "max-hr", "--age", "40"])
        #expect(result.status == 0)
        #expect(result.jsonObject.map { Set($0.keys) } == ["fox", "tanaka", "gellish"])
    }

    @Test("Help exits 0 on stdout")
    func help() throws {
        let result = try runCadence(["calc", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("race-time") && result.stdout.contains("acwr"))
        let bare = try runCadence(["calc"])
        #expect(bare.status == 0)
        #expect(bare.stdout.contains("USAGE"))
    }
}
