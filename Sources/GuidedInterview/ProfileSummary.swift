import CadenceCore
import Foundation

/// The runner's profile in plain words and the runner's units, for the end of the interview:
/// "Goal: a half marathon (13.1 miles) on 20 April 2027, aiming for 1:45:00", and what a plan
/// still needs, named as a person would ("your race date"), required items only.
public struct ProfileSummary: Sendable {
    public let runner: Runner
    /// Distances in miles (the runner talks in miles, or the locale is en-US).
    public let imperial: Bool

    public init(runner: Runner, imperial: Bool) {
        self.runner = runner
        self.imperial = imperial
    }

    /// In miles when the runner's locale is en-US (outside the interview, which also hears the unit they use).
    public init(runner: Runner) {
        self.init(runner: runner, imperial: runner.identity.locale == "en-US")
    }

    public var lines: [String] {
        var lines: [String] = []
        let identity = runner.identity
        let goals = runner.goals
        let running = runner.running
        let schedule = runner.schedule
        let health = runner.health
        lines.append("Name: \(identity.preferredName ?? identity.name)")
        if let type = goals.goalType {
            var goal: String
            if type == .race {
                goal = goals.raceDistance.map { "a " + Self.raceName($0, imperial: imperial) } ?? "a race"
                if let name = goals.raceName { goal += ", the \(name)" }
                if let date = goals.raceDate { goal += ", on \(Self.date(date))" }
                if let time = goals.targetTime { goal += ", aiming for \(RunnerField.clock(Int(time.rounded())))" }
            } else {
                goal = Self.goalNames[type.rawValue] ?? type.rawValue.replacingOccurrences(of: "_", with: " ")
            }
            lines.append("Goal: \(goal)")
        }
        var now: [String] = []
        if let volume = running.currentVolume { now.append("about \(distance(volume)) a week") }
        if let runs = running.currentFrequency { now.append("\(runs) run\(runs == 1 ? "" : "s") a week") }
        if let longest = running.longestRecentRun { now.append("longest recent run \(distance(longest))") }
        if !now.isEmpty { lines.append("Running now: " + Self.list(now)) }
        if let level = running.experienceLevel { lines.append("Experience: \(Self.levelNames[level.rawValue] ?? level.rawValue)") }
        var days: [String] = []
        if let preferred = schedule.preferredDays, !preferred.isEmpty {
            days.append(Self.dayList(preferred.map(\.rawValue)))
        } else if let count = schedule.availableDays {
            days.append("\(count) day\(count == 1 ? "" : "s") a week")
        }
        if let blocked = schedule.blockedDays, !blocked.isEmpty { days.append("not \(Self.dayList(blocked.map(\.rawValue)))") }
        if let long = schedule.longRunDay { days.append("long run on \(long.rawValue.capitalized)") }
        if !days.isEmpty { lines.append("Days: " + days.joined(separator: "; ")) }
        if let minutes = schedule.maxSessionDurationMinutes { lines.append("Longest session: \(Self.minutes(minutes))") }
        switch HealthConsent.status(of: runner) {
        case .declined:
            lines.append("Health details: not kept, as you asked (the plan is built at the most cautious progression)")
        default:
            if let injuries = health.pastInjuries { lines.append("Past injuries: \(injuries.isEmpty ? "none" : Self.list(injuries.map(Self.words)))") }
            if let pain = health.currentPain { lines.append("Hurting now: \(pain.isEmpty ? "nothing" : Self.list(pain.map(Self.words)))") }
            if let conditions = health.medicalConditions, !conditions.isEmpty { lines.append("Conditions: \(Self.list(conditions.map(Self.words)))") }
            if let medications = health.medications, !medications.isEmpty { lines.append("Medication: \(Self.list(medications.map(Self.words)))") }
            if let cleared = health.hasPhysicianClearance {
                lines.append(cleared ? "Cleared to run by a doctor or physio" : "Not yet cleared to run by a doctor or physio")
            }
        }
        if let age = runner.physical.age { lines.append("Age: \(age)") }
        if let voice = runner.coaching.coachingVoice { lines.append("Coaching style: \(Self.words(voice.rawValue))") }
        return lines
    }

    /// What readiness requires and the profile lacks, in plain words.
    public var stillNeeded: [String] {
        let state = PlanReadiness.evaluate(runner, sources: [:])
        let missing = Set(state.fieldsMissing ?? [])
        return PlanReadiness.requirements.filter { $0.required && missing.contains($0.paths[0]) && $0.applies(to: runner) }
            .map { Self.needNames[$0.paths[0]] ?? $0.name }
    }

    /// "A plan still needs the race date and your age." or that the profile is ready.
    public var stillNeededSentence: String {
        let needed = stillNeeded
        return needed.isEmpty ? "Your profile has what a plan needs." : "A plan still needs \(Self.list(needed))."
    }

    /// A field and its value as the runner would say them: "the race date: 20 April 2027",
    /// "your weight: not set". For read-backs such as `/undo`.
    public func readBack(path: String, value: JSONValue) -> String {
        "\(Self.plainName(of: path)): " + (value.isNull ? "not set" : Self.spoken(value, path: path, imperial: imperial))
    }

    /// A field's name in plain words ("the race date"); a field without one is named from its
    /// path ("goals.raceName" → "race name").
    public static func plainName(of path: String) -> String {
        if let name = names[path] ?? needNames[path] { return name }
        let last = path.split(separator: ".").last.map(String.init) ?? path
        var words = ""
        for character in last {
            if character.isUppercase { words += " " + character.lowercased() } else { words.append(character) }
        }
        return words
    }

    // MARK: - Words

    static let goalNames = ["speed": "getting faster", "base_building": "building your base", "return_to_fitness": "getting back into running",
                            "general_health": "general health and fitness"]
    static let levelNames = ["beginner": "just starting", "returning": "getting back into it", "casual": "running casually",
                             "serious": "fairly serious", "competitive": "competitive"]
    static let needNames = [
        "goals.goalType": "your goal", "goals.raceDistance": "the race distance", "goals.raceDate": "the race date",
        "goals.targetVolume": "a target (weekly distance or a pace to improve)", "running.currentVolume": "how far you run a week",
        "running.currentFrequency": "how many times a week you run", "running.experienceLevel": "your running experience",
        "schedule.availableDays": "which days you can run", "schedule.longRunDay": "a day for the long run",
        "health.pastInjuries": "your injury history", "health.currentPain": "whether anything hurts now",
        "physical.age": "your age", "legal.healthConsentAt": "your answer on keeping health details",
    ]
    /// Field names for read-backs ("the race distance").
    static let names: [String: String] = [
        "goals.goalType": "your goal", "goals.raceDistance": "the race distance", "goals.raceDate": "the race date",
        "goals.targetTime": "the target time", "goals.raceName": "the race", "running.currentVolume": "your weekly distance",
        "running.currentFrequency": "runs a week", "running.experienceLevel": "your experience", "running.longestRecentRun": "your longest run",
        "schedule.availableDays": "days a week", "schedule.preferredDays": "your running days", "schedule.blockedDays": "days you can't run",
        "schedule.longRunDay": "the long-run day", "schedule.maxSessionDurationMinutes": "the longest session",
        "schedule.preferredTime": "the time of day", "health.pastInjuries": "past injuries", "health.currentPain": "what hurts now",
        "physical.age": "your age", "physical.weightKg": "your weight", "physical.heightCm": "your height",
        "coaching.coachingVoice": "the coaching style", "identity.name": "your name",
        "health.medicalConditions": "medical conditions",
        "health.medications": "medications", "health.hasPhysicianClearance": "a doctor's clearance",
        "schedule.longRunMaxDurationMinutes": "the longest long run", "goals.targetPace": "the target pace",
    ]

    func distance(_ km: Double) -> String {
        imperial ? "\(Self.plain(km / 1.609344)) miles" : "\(Self.plain(km)) km"
    }

    static func raceName(_ km: Double, imperial: Bool) -> String {
        let known: [(Double, Double, String)] = [(5, 0.05, "5k"), (10, 0.05, "10k"), (21.0975, 0.15, "half marathon"), (42.195, 0.3, "marathon")]
        let length = imperial ? "\(plain(km / 1.609344)) miles" : "\(plain(km)) km"
        if let (_, _, name) = known.first(where: { abs(km - $0.0) <= $0.1 }) {
            return name.hasSuffix("k") ? name : "\(name) (\(length))"
        }
        return "\(length) race"
    }

    static func spoken(_ value: JSONValue, path: String, imperial: Bool) -> String {
        switch (path, value) {
        case ("goals.raceDistance", .number(let km)): return "a " + raceName(km, imperial: imperial)
        case ("goals.raceDate", .number(let millis)): return date(Int64(millis))
        case ("goals.targetTime", .number(let seconds)): return RunnerField.clock(Int(seconds.rounded()))
        case ("running.currentVolume", .number(let km)), ("running.longestRecentRun", .number(let km)):
            return imperial ? "\(plain(km / 1.609344)) miles" : "\(plain(km)) km"
        case ("schedule.maxSessionDurationMinutes", .number(let minutes)): return Self.minutes(Int(minutes))
        case (_, .number(let number)): return plain(number)
        case (_, .string(let text)): return words(text)
        case (_, .array(let items)):
            let texts = items.compactMap(\.stringValue)
            if path.hasPrefix("schedule.") { return texts.isEmpty ? "none" : dayList(texts) }
            return texts.isEmpty ? "none" : list(texts.map(words))
        case (_, .bool(let flag)): return flag ? "yes" : "no"
        default: return value.jsonString
        }
    }

    static func date(_ millis: Int64) -> String {
        let day = CivilDay.string(Int((Double(millis) / 86_400_000).rounded(.down)))
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return day }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }

    static func minutes(_ minutes: Int) -> String {
        minutes < 60 || minutes % 60 != 0 && minutes < 120 ? "\(minutes) minutes" : minutes % 60 == 0
            ? "\(minutes / 60) hour\(minutes == 60 ? "" : "s")" : "\(minutes / 60) h \(minutes % 60) min"
    }

    static func dayList(_ days: [String]) -> String {
        let order = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        let sorted = order.filter(days.contains)
        if sorted.count == 7 { return "every day" }
        return list(sorted.map(\.capitalized))
    }

    static func words(_ code: String) -> String {
        let special = ["itbs": "IT band syndrome", "bakers_cyst": "Baker's cyst", "acl_tear": "ACL tear", "tough_love": "tough love", "runners_knee": "runner's knee"]
        return special[code] ?? code.replacingOccurrences(of: "_", with: " ")
    }

    static func plain(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}
