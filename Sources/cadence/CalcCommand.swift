import ArgumentParser
import Foundation
import TrainingScience

/// `cadence calc …`: the training calculators (ARCHITECTURE.md, "CLI contract").
///
/// The `--json` keys are a contract. JSON numbers are rounded only to hide binary noise: 2
/// decimals for times, paces and bpm, 4 for VDOT, scores, loads and ratios.
struct CalcCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calc",
        abstract: "Training calculators: VDOT, race times, paces, heart-rate zones, training load.",
        subcommands: [
            VDOTCommand.self, RaceTimeCommand.self, PacesCommand.self, ZonesCommand.self, MaxHRCommand.self,
            PMCCommand.self, ACWRCommand.self, TRIMPCommand.self, RTSSCommand.self,
        ]
    )
}

// MARK: - vdot

extension CalcCommand {
    struct VDOTCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "vdot",
            abstract: "VDOT from a race result (Daniels–Gilbert).",
            discussion: "Example: cadence calc vdot --distance 5k --time 20:00")

        @OptionGroup var global: GlobalOptions
        // `.unconditional` so that "-1:00" reaches our validation (exit 1) instead of being
        // mistaken for an option (exit 2).
        @Option(name: .long, parsing: .unconditional, help: "Race distance: metres or 5k, 10k, 15k, half, marathon, mile, 10mi.")
        var distance: String
        @Option(name: .long, parsing: .unconditional, help: "Finish time, mm:ss or h:mm:ss.")
        var time: String

        func run() throws {
            try CalcCommand.userErrors {
                let race = try RaceDistance.parse(distance)
                let seconds = try DurationFormat.parsePositive(time)
                let vdot = try VDOT(distance: race, timeSeconds: seconds)
                if global.json {
                    try CalcCommand.printJSON(["vdot": CalcCommand.rounded(vdot.value, 4)])
                    return
                }
                print("VDOT \(String(format: "%.1f", vdot.value)) from \(race) in \(DurationFormat.format(seconds))")
                print("")
                print("Equivalent race times")
                CalcCommand.printRaceTable(vdot: vdot, highlight: race)
            }
        }
    }
}

// MARK: - race-time

extension CalcCommand {
    struct RaceTimeCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "race-time",
            abstract: "Race time that a VDOT predicts for a distance.",
            discussion: "Example: cadence calc race-time --vdot 50 --distance marathon")

        @OptionGroup var global: GlobalOptions
        @Option(name: .long, parsing: .unconditional, help: "VDOT, e.g. 50.")
        var vdot: Double
        @Option(name: .long, parsing: .unconditional, help: "Distance: metres or 5k, 10k, 15k, half, marathon, mile, 10mi.")
        var distance: String

        func run() throws {
            try CalcCommand.userErrors {
                let vdot = try VDOT(vdot)
                let race = try RaceDistance.parse(distance)
                let seconds = vdot.raceTime(for: race)
                if global.json {
                    try CalcCommand.printJSON(["timeSeconds": CalcCommand.rounded(seconds, 2)])
                    return
                }
                let pace = seconds / race.kilometers
                print("\(race) at VDOT \(vdot): \(DurationFormat.format(seconds)) "
                      + "(\(PaceFormat.format(secondsPerKm: pace)), \(PaceFormat.format(secondsPerKm: pace, unit: .mile)))")
            }
        }
    }
}

// MARK: - paces

extension CalcCommand {
    struct PacesCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "paces",
            abstract: "Daniels training paces (E, M, T, I, R) for a VDOT.",
            discussion: "Example: cadence calc paces --vdot 50")

        @OptionGroup var global: GlobalOptions
        @Option(name: .long, parsing: .unconditional, help: "VDOT, e.g. 50.")
        var vdot: Double

        struct Band: Encodable {
            let fastSecondsPerKm: Double
            let slowSecondsPerKm: Double
        }

        func run() throws {
            try CalcCommand.userErrors {
                let paces = TrainingPaces(vdot: try VDOT(vdot))
                if global.json {
                    var bands: [String: Band] = [:]
                    for zone in TrainingZone.allCases {
                        let range = paces[zone]
                        bands[zone.rawValue] = Band(fastSecondsPerKm: CalcCommand.rounded(range.fastSecondsPerKm, 2),
                                                    slowSecondsPerKm: CalcCommand.rounded(range.slowSecondsPerKm, 2))
                    }
                    try CalcCommand.printJSON(["paces": bands])
                    return
                }
                print("Training paces for VDOT \(paces.vdot) (Daniels)")
                print("")
                var rows = [["Zone", "min/km", "min/mi"]]
                for zone in TrainingZone.allCases {
                    rows.append(["\(zone.letter)  \(zone.rawValue.capitalized)", paces[zone].formatted(.kilometer), paces[zone].formatted(.mile)])
                }
                CalcCommand.printTable(rows)
            }
        }
    }
}

// MARK: - zones

extension HeartRateZoneSet.Model: ExpressibleByArgument {}

extension CalcCommand {
    struct ZonesCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "zones",
            abstract: "Heart-rate zones by % of max HR, heart-rate reserve (Karvonen) or LTHR (Friel).",
            discussion: "Example: cadence calc zones --max-hr 190 --resting-hr 50 --model karvonen")

        @OptionGroup var global: GlobalOptions
        @Option(name: .customLong("max-hr"), parsing: .unconditional, help: "Maximum heart rate (bpm).")
        var maxHR: Double
        @Option(name: .customLong("resting-hr"), parsing: .unconditional, help: "Resting heart rate (bpm); needed for karvonen.")
        var restingHR: Double?
        @Option(name: .customLong("lthr"), parsing: .unconditional, help: "Lactate-threshold heart rate (bpm); needed for lthr.")
        var lthr: Double?
        @Option(name: .long, help: "percent-max, karvonen or lthr.")
        var model: HeartRateZoneSet.Model

        struct Zone: Encodable {
            let zone: String
            let minBpm: Double?
            let maxBpm: Double?
            // Written by hand so an open bound is `null`, not a missing key.
            func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(zone, forKey: .zone)
                try container.encode(minBpm, forKey: .minBpm)
                try container.encode(maxBpm, forKey: .maxBpm)
            }
            enum CodingKeys: String, CodingKey { case zone, minBpm, maxBpm }
        }

        func run() throws {
            try CalcCommand.userErrors {
                let zones: HeartRateZoneSet
                let heading: String
                switch model {
                case .percentMax:
                    zones = try .percentOfMax(maxHR: maxHR)
                    heading = "% of max HR (max \(PaceFormat.trimmed(maxHR)))"
                case .karvonen:
                    guard let restingHR else { throw UserError("--resting-hr is required for --model karvonen") }
                    zones = try .karvonen(maxHR: maxHR, restingHR: restingHR)
                    heading = "Karvonen, % of heart-rate reserve (max \(PaceFormat.trimmed(maxHR)), resting \(PaceFormat.trimmed(restingHR)))"
                case .lthr:
                    guard let lthr else { throw UserError("--lthr is required for --model lthr") }
                    zones = try .lactateThreshold(lthr: lthr, maxHR: maxHR, restingHR: restingHR)
                    heading = "Friel running zones, % of LTHR (LTHR \(PaceFormat.trimmed(lthr)), max \(PaceFormat.trimmed(maxHR)))"
                }
                if global.json {
                    let list = zones.zones.map {
                        Zone(zone: $0.label, minBpm: $0.minBpm.map { CalcCommand.rounded($0, 2) },
                             maxBpm: $0.maxBpm.map { CalcCommand.rounded($0, 2) })
                    }
                    try CalcCommand.printJSON(["zones": list])
                    return
                }
                print("Heart-rate zones: \(heading)")
                print("")
                var rows = [["Zone", "bpm"]]
                for zone in zones.zones {
                    let low = zone.minBpm.map { String(Int($0.rounded())) }
                    let high = zone.maxBpm.map { String(Int($0.rounded())) }
                    let range = switch (low, high) {
                    case let (l?, h?): "\(l)–\(h)"
                    case let (nil, h?): "below \(h)"
                    case let (l?, nil): "above \(l)"
                    case (nil, nil): "–"
                    }
                    rows.append([zone.label, range])
                }
                CalcCommand.printTable(rows)
            }
        }
    }
}

// MARK: - max-hr

extension CalcCommand {
    struct MaxHRCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "max-hr",
            abstract: "Age-predicted maximum heart rate (Fox, Tanaka, Gellish).",
            discussion: "Example: cadence calc max-hr --age 40")

        @OptionGroup var global: GlobalOptions
        @Option(name: .long, parsing: .unconditional, help: "Age in years.")
        var age: Double

        func run() throws {
            try CalcCommand.userErrors {
                let max = try MaxHeartRate(age: age)
                if global.json {
                    try CalcCommand.printJSON([
                        "fox": CalcCommand.rounded(max.fox, 2),
                        "tanaka": CalcCommand.rounded(max.tanaka, 2),
                        "gellish": CalcCommand.rounded(max.gellish, 2),
                    ])
                    return
                }
                print("Estimated max heart rate at age \(PaceFormat.trimmed(age)) (a measured max beats all of these)")
                print("")
                CalcCommand.printTable([
                    ["Formula", "bpm"],
                    ["Fox (220 − age)", PaceFormat.trimmed(CalcCommand.rounded(max.fox, 1))],
                    ["Tanaka (208 − 0.7·age)", PaceFormat.trimmed(CalcCommand.rounded(max.tanaka, 1))],
                    ["Gellish (207 − 0.7·age)", PaceFormat.trimmed(CalcCommand.rounded(max.gellish, 1))],
                ])
            }
        }
    }
}

// MARK: - pmc

extension CalcCommand {
    struct PMCCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pmc",
            abstract: "Performance Management Chart: CTL (fitness), ATL (fatigue), TSB (form).",
            discussion: """
            GoldenCheetah weighting, λ = 1 − e^(−1/T). CTL and ATL are at the end of each day; TSB is \
            CTL − ATL at the end of the previous day (form going into the day).
            Example: cadence calc pmc --daily-load 100,0,50 --ctl-start 40 --atl-start 30
            """)

        @OptionGroup var global: GlobalOptions
        @Option(name: .customLong("daily-load"), parsing: .unconditional, help: "Comma-separated daily loads, day 1 first (0 for rest days).")
        var dailyLoad: String
        @Option(name: .customLong("ctl-start"), parsing: .unconditional, help: "CTL before day 1.")
        var ctlStart: Double = 0
        @Option(name: .customLong("atl-start"), parsing: .unconditional, help: "ATL before day 1.")
        var atlStart: Double = 0
        @Option(name: .customLong("ctl-days"), parsing: .unconditional, help: "CTL time constant in days.")
        var ctlDays: Double = 42
        @Option(name: .customLong("atl-days"), parsing: .unconditional, help: "ATL time constant in days.")
        var atlDays: Double = 7

        struct Day: Encodable { let day: Int; let load, ctl, atl, tsb: Double }

        func run() throws {
            try CalcCommand.userErrors {
                let loads = try CalcCommand.parseLoads(dailyLoad)
                let chart = try PerformanceManagementChart(ctlDays: ctlDays, atlDays: atlDays)
                let days = try chart.days(dailyLoads: loads, ctlStart: ctlStart, atlStart: atlStart)
                if global.json {
                    let list = days.map {
                        Day(day: $0.day, load: $0.load, ctl: CalcCommand.rounded($0.ctl, 4),
                            atl: CalcCommand.rounded($0.atl, 4), tsb: CalcCommand.rounded($0.tsb, 4))
                    }
                    try CalcCommand.printJSON(["days": list])
                    return
                }
                print("Performance Management Chart (CTL \(PaceFormat.trimmed(ctlDays)) d, ATL \(PaceFormat.trimmed(atlDays)) d; TSB = form going into the day)")
                print("")
                var rows = [["Day", "Load", "CTL", "ATL", "TSB"]]
                for day in days {
                    rows.append([String(day.day), PaceFormat.trimmed(day.load),
                                 String(format: "%.1f", day.ctl), String(format: "%.1f", day.atl), String(format: "%+.1f", day.tsb)])
                }
                CalcCommand.printTable(rows, rightAligned: true)
            }
        }
    }
}

// MARK: - acwr

extension AcuteChronicWorkload.Method: ExpressibleByArgument {}

extension CalcCommand {
    struct ACWRCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "acwr",
            abstract: "Acute:chronic workload ratio on the last day of a daily load series.",
            discussion: """
            Zones: low < 0.8 ≤ sweet_spot ≤ 1.3 < caution < 1.5 ≤ danger. Flags for a conversation, not diagnoses.
            Example: cadence calc acwr --daily-load 50,60,0,… --method ewma
            """)

        @OptionGroup var global: GlobalOptions
        @Option(name: .customLong("daily-load"), parsing: .unconditional, help: "Comma-separated daily loads, oldest first; the last is today.")
        var dailyLoad: String
        @Option(name: .long, help: "rolling-coupled, rolling-uncoupled or ewma.")
        var method: AcuteChronicWorkload.Method
        @Option(name: .customLong("acute-days"), help: "Acute window / EWMA span in days.")
        var acuteDays: Int = 7
        @Option(name: .customLong("chronic-days"), help: "Chronic window / EWMA span in days.")
        var chronicDays: Int = 28

        struct Result: Encodable { let acute, chronic, acwr: Double; let zone: String }

        func run() throws {
            try CalcCommand.userErrors {
                let loads = try CalcCommand.parseLoads(dailyLoad)
                let result = try AcuteChronicWorkload(dailyLoads: loads, method: method, acuteDays: acuteDays, chronicDays: chronicDays)
                if global.json {
                    try CalcCommand.printJSON(Result(
                        acute: CalcCommand.rounded(result.acute, 4), chronic: CalcCommand.rounded(result.chronic, 4),
                        acwr: CalcCommand.rounded(result.ratio, 4), zone: result.zone.rawValue))
                    return
                }
                print("Acute:chronic workload ratio (\(method.rawValue), \(loads.count) days)")
                print("")
                let scale = method == .ewma ? "EWMA of daily load" : "mean daily load"
                CalcCommand.printTable([
                    ["Acute (\(scale))", String(format: "%.1f", result.acute)],
                    ["Chronic (\(scale))", String(format: "%.1f", result.chronic)],
                    ["Ratio", String(format: "%.2f", result.ratio)],
                    ["Zone", result.zone.rawValue.replacingOccurrences(of: "_", with: " ")],
                ])
            }
        }
    }
}

// MARK: - trimp

extension Sex: ExpressibleByArgument {}

extension CalcCommand {
    struct TRIMPCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "trimp",
            abstract: "Banister TRIMP from average heart rate, and HRSS when LTHR is given.",
            discussion: "Example: cadence calc trimp --minutes 60 --avg-hr 150 --resting-hr 50 --max-hr 190 --sex male --lthr 170")

        @OptionGroup var global: GlobalOptions
        @Option(name: .long, parsing: .unconditional, help: "Duration in minutes (moving time).")
        var minutes: Double
        @Option(name: .customLong("avg-hr"), parsing: .unconditional, help: "Average heart rate (bpm).")
        var averageHR: Double
        @Option(name: .customLong("resting-hr"), parsing: .unconditional, help: "Resting heart rate (bpm).")
        var restingHR: Double
        @Option(name: .customLong("max-hr"), parsing: .unconditional, help: "Maximum heart rate (bpm).")
        var maxHR: Double
        @Option(name: .long, help: "male (k = 1.92) or female (k = 1.67).")
        var sex: Sex
        @Option(name: .customLong("lthr"), parsing: .unconditional, help: "Lactate-threshold heart rate (bpm), for HRSS.")
        var lthr: Double?

        struct Result: Encodable {
            let trimp: Double
            let hrss: Double?
            func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(trimp, forKey: .trimp)
                try container.encode(hrss, forKey: .hrss)  // null without --lthr: the key stays
            }
            enum CodingKeys: String, CodingKey { case trimp, hrss }
        }

        func run() throws {
            try CalcCommand.userErrors {
                let trimp = try TrainingStress.trimp(minutes: minutes, averageHR: averageHR, restingHR: restingHR, maxHR: maxHR, sex: sex)
                let hrss = try lthr.map {
                    try TrainingStress.hrss(minutes: minutes, averageHR: averageHR, restingHR: restingHR, maxHR: maxHR, lthr: $0, sex: sex)
                }
                if global.json {
                    try CalcCommand.printJSON(Result(trimp: CalcCommand.rounded(trimp, 4), hrss: hrss.map { CalcCommand.rounded($0, 4) }))
                    return
                }
                print("TRIMP \(String(format: "%.1f", trimp)) (Banister, average HR, k = \(sex.trimpExponent))")
                if let hrss {
                    print("HRSS  \(String(format: "%.1f", hrss)) (100 = one hour at LTHR)")
                } else {
                    print("HRSS  – (give --lthr to compute it)")
                }
            }
        }
    }
}

// MARK: - rtss

extension CalcCommand {
    struct RTSSCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rtss",
            abstract: "Running training stress score from pace (IF from speeds).",
            discussion: "Example: cadence calc rtss --duration 30:00 --pace 5:00 --threshold-pace 4:30")

        @OptionGroup var global: GlobalOptions
        @Option(name: .long, parsing: .unconditional, help: "Duration, mm:ss or h:mm:ss.")
        var duration: String
        @Option(name: .long, parsing: .unconditional, help: "Normalised graded pace, m:ss per km (or m:ss/mi).")
        var pace: String
        @Option(name: .customLong("threshold-pace"), parsing: .unconditional, help: "Threshold pace, m:ss per km (or m:ss/mi).")
        var thresholdPace: String

        func run() throws {
            try CalcCommand.userErrors {
                let seconds = try DurationFormat.parsePositive(duration, name: "duration")
                let stress = try TrainingStress.runningStress(
                    durationSeconds: seconds, paceSecondsPerKm: try PaceFormat.parse(pace),
                    thresholdPaceSecondsPerKm: try PaceFormat.parse(thresholdPace))
                if global.json {
                    try CalcCommand.printJSON([
                        "intensityFactor": CalcCommand.rounded(stress.intensityFactor, 4),
                        "rtss": CalcCommand.rounded(stress.rtss, 4),
                    ])
                    return
                }
                print("rTSS \(String(format: "%.1f", stress.rtss)) (IF \(String(format: "%.3f", stress.intensityFactor)), \(DurationFormat.format(seconds)); 100 = one hour at threshold)")
            }
        }
    }
}

// MARK: - Shared helpers

extension CalcCommand {
    /// Runs `body`, turning TrainingScience errors into `UserError` (exit 1, one line on stderr).
    static func userErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as TrainingScienceError {
            throw UserError(error.description)
        }
    }

    /// One JSON document on stdout, keys sorted so output is stable for diffs and tests.
    static func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        print(String(decoding: data, as: UTF8.self))
    }

    static func rounded(_ value: Double, _ places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (value * scale).rounded() / scale
    }

    /// "100,0,50" → [100, 0, 50]. A value that is not a number is a user error naming the day.
    static func parseLoads(_ text: String) throws -> [Double] {
        let fields = text.split(separator: ",", omittingEmptySubsequences: false)
        return try fields.enumerated().map { index, field in
            let trimmed = field.trimmingCharacters(in: .whitespaces)
            guard let value = Double(trimmed), value.isFinite else {
                throw UserError("cannot read load '\(trimmed)' for day \(index + 1) in --daily-load: give numbers separated by commas, e.g. 100,0,50")
            }
            return value
        }
    }

    /// Equivalent performances for a VDOT at the standard distances.
    static func printRaceTable(vdot: VDOT, highlight: RaceDistance? = nil) {
        var distances = RaceDistance.standard
        if let highlight, !distances.contains(where: { abs($0.meters - highlight.meters) < 0.5 }) {
            distances.append(highlight)
            distances.sort { $0.meters < $1.meters }
        }
        var rows = [["Distance", "Time", "min/km", "min/mi"]]
        for distance in distances {
            let seconds = vdot.raceTime(for: distance)
            let pace = seconds / distance.kilometers
            rows.append([distance.description, DurationFormat.format(seconds),
                         PaceFormat.format(secondsPerKm: pace), PaceFormat.format(secondsPerKm: pace, unit: .mile)])
        }
        printTable(rows)
    }

    /// A plain text table: first row is the header, columns padded to width. No colour, so it
    /// reads the same with NO_COLOR and when piped.
    static func printTable(_ rows: [[String]], rightAligned: Bool = false) {
        guard let header = rows.first else { return }
        var widths = Array(repeating: 0, count: header.count)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        for row in rows {
            let cells = row.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return rightAligned && index > 0 ? pad + cell : cell + pad
            }
            var line = cells.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            print(line)
        }
    }
}
