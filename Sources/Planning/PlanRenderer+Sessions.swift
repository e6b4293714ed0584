import CadenceCore
import Foundation
import TrainingScience

extension PlanRenderer {
    static let shortNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    static func typeDisplay(_ kind: SessionKind) -> String {
        switch kind {
        case .easy: "Easy"
        case .recovery: "Recovery"
        case .longRun: "Long Run"
        case .tempo: "Tempo"
        case .marathonPace: "Marathon Pace"
        case .intervals: "Intervals"
        case .racePace: "Race Pace"
        case .hills: "Hills"
        case .fartlek: "Fartlek"
        case .race: "Race"
        case .rest: "Rest"
        }
    }

    static func sessionType(_ kind: SessionKind) -> PlannedSessionType {
        switch kind {
        case .easy: .easy
        case .recovery: .recovery
        case .longRun: .longRun
        case .tempo, .marathonPace: .tempo
        case .intervals, .racePace, .hills, .fartlek: .intervals
        case .race: .race
        case .rest: .rest
        }
    }

    static func effort(_ kind: SessionKind) -> Double {
        switch kind {
        case .rest: 0
        case .recovery: 2
        case .easy: 3
        case .longRun: 4
        case .marathonPace: 6
        case .tempo, .fartlek: 7
        case .intervals, .racePace, .hills: 8
        case .race: 9
        }
    }

    /// Heart-rate zone (1-5) of a session. Race and race-pace effort depend on the distance:
    /// a 5K is run in zone 5, a 10K or half marathon in zone 4, a marathon in zone 3 (the same
    /// zone as marathon-pace sessions).
    static func zone(_ kind: SessionKind, raceKm: Double?) -> Int? {
        switch kind {
        case .rest: nil
        case .recovery: 1
        case .easy, .longRun: 2
        case .marathonPace: 3
        case .tempo, .fartlek: 4
        case .intervals, .hills: 5
        case .race, .racePace:
            switch raceKm ?? 5 {
            case ...6: 5
            case ...30: 4
            default: 3
            }
        }
    }

    static func zoneWord(_ zone: PaceZone) -> String {
        switch zone {
        case .recovery: "recovery"
        case .easy: "easy"
        case .marathon: "marathon pace"
        case .threshold: "tempo"
        case .interval: "interval pace"
        case .repetition: "fast"
        case .race: "race pace"
        }
    }

    static func minutesText(_ minutes: Double) -> String {
        if minutes < 1 { return "\(Int((minutes * 60).rounded())) s" }
        if minutes < 10, abs(minutes - minutes.rounded()) >= 0.05 { return "\(PaceFormat.trimmed((minutes * 10).rounded() / 10)) min" }
        return "\(Int(minutes.rounded())) min"
    }

    static func structure(_ session: DraftSession) -> String {
        session.segments.map { segment -> String in
            switch segment.type {
            case .warmup: return "\(minutesText(segment.minutes)) warm-up"
            case .cooldown: return "\(minutesText(segment.minutes)) cool-down"
            default:
                if segment.recoveryIsWalk {
                    return "\(segment.repetitions) × \(minutesText(segment.minutes)) run / \(minutesText(segment.recoveryMinutes)) walk"
                }
                if segment.repetitions > 1 {
                    let what = segment.note == "strides" ? "strides" : zoneWord(segment.zone)
                    return "\(segment.repetitions) × \(minutesText(segment.minutes)) \(what) (\(minutesText(segment.recoveryMinutes)) easy between)"
                }
                return "\(minutesText(segment.minutes)) \(segment.zone == .race && session.kind == .race ? "race" : zoneWord(segment.zone))"
            }
        }.joined(separator: " → ")
    }

    /// The zone that defines the session: its hardest work, or its steady running.
    static func mainZone(_ session: DraftSession) -> PaceZone {
        if session.kind == .race { return .race }
        return session.segments.filter { $0.zone.isHard && $0.note != "strides" }.first?.zone
            ?? (session.kind == .recovery ? .recovery : .easy)
    }

    func renderSession(_ session: DraftSession, week: DraftWeek, planId: String, runnerId: String,
                       context: Context) -> PlannedSession {
        let draft = context.draft
        let p = draft.profile
        let date = draft.date(week: week.number, day: session.day)
        let weekday = Weekday(rawValue: RunnerProfile.weekdayNames[session.day])
        var rendered = PlannedSession(
            id: ids.next(), planId: planId, runnerId: runnerId, weekNumber: week.number, dayOfWeek: weekday,
            dayOfWeekShort: Self.shortNames[session.day], scheduledDate: Int64(date.timeIntervalSince1970 * 1000),
            sessionType: Self.sessionType(session.isRun ? session.kind : .rest),
            sessionTypeDisplay: Self.typeDisplay(session.isRun ? session.kind : .rest),
            isKeySession: session.isHard || session.kind == .longRun, isRestDay: !session.isRun,
            targetDurationDisplay: "—", effortLevel: 0, effortDisplay: "0/10",
            description: "", justification: "", physiologicalTarget: .recovery,
            isMoveable: session.kind != .race, status: .scheduled, colorTheme: session.isHard || session.kind == .longRun ? .lime : .gray)
        guard session.isRun else {
            rendered.description = "Rest day: no running. Walking, mobility or an easy swim are fine."
            rendered.justification = restJustification(session, week: week, context: context)
            if draft.runningPause != nil {
                rendered.sessionTypeDisplay = "Rest · no running"
                rendered.description = "No running. If it causes no pain at all, 20–40 minutes of easy cycling, swimming or pool running keeps your fitness; stop if it hurts."
                rendered.justification = "Running is paused until you have been assessed and cleared (see the plan's summary)."
            }
            rendered.placementRationale = p.blockedDays.contains(session.day)
                ? "\(RunnerProfile.dayName(session.day)) is blocked in your schedule." : "Rest lands where it best separates your runs."
            rendered.keyPoints = session.notes.isEmpty ? nil : session.notes
            rendered.relatedSafeguardIds = session.safeguardIds.isEmpty ? nil : session.safeguardIds
            rendered.relatedKnowledgeIds = ["rest-days"]
            return rendered
        }
        let zone = Self.mainZone(session)
        let band = draft.paces[zone]
        let minutes = session.totalMinutes
        rendered.sessionSubtype = switch session.kind {
        case .hills: .hills
        case .fartlek: .fartlek
        case .intervals: p.hasTrackAccess ? .track : nil
        default: nil
        }
        rendered.targetDurationSeconds = (minutes * 60).rounded()
        rendered.targetDurationDisplay = "\(Int(minutes.rounded())) min"
        rendered.targetDistanceMeters = (session.km(draft.paces) * 1000).rounded()
        rendered.effortLevel = Self.effort(session.kind)
        rendered.effortDisplay = "\(Int(Self.effort(session.kind)))/10"
        rendered.targetPaceMin = PaceFormat.format(secondsPerKm: band.fastSecondsPerKm)
        rendered.targetPaceMax = PaceFormat.format(secondsPerKm: band.slowSecondsPerKm)
        rendered.targetPaceDisplay = band.formatted()
        if let zoneNumber = Self.zone(session.kind, raceKm: p.raceKm) {
            rendered.targetHeartRateZone = zoneNumber
            if let zones = p.heartRateZones, zones.count >= zoneNumber {
                rendered.targetHeartRateMin = zones[zoneNumber - 1].lowerBound
                rendered.targetHeartRateMax = zones[zoneNumber - 1].upperBound
            }
        }
        rendered.structureDisplay = Self.structure(session)
        rendered.structureSegments = session.segments.map { segment in
            PlannedSession.StructureSegment(
                segmentType: segment.type, durationSeconds: (segment.minutes * 60).rounded(),
                distanceMeters: segment.repetitions == 1 ? (segment.km(draft.paces) * 1000).rounded() : nil,
                targetPace: draft.paces.display(segment.zone), targetEffort: PlanMetrics.effort(segment.zone),
                repetitions: segment.repetitions > 1 ? segment.repetitions : nil,
                recoverySeconds: segment.repetitions > 1 ? (segment.recoveryMinutes * 60).rounded() : nil,
                notes: segment.recoveryIsWalk ? "run-walk: walk the recoveries" : segment.note)
        }
        rendered.physiologicalTarget = switch session.kind {
        case .easy, .longRun: .aerobicBase
        case .recovery: .recovery
        case .tempo, .marathonPace: .lactateThreshold
        case .intervals, .fartlek: .vo2max
        case .hills: .economy
        case .racePace, .race: (p.raceKm ?? 5) >= PlanMetrics.halfMarathonKm ? .lactateThreshold : .vo2max
        case .rest: .recovery
        }
        rendered.description = description(session, zone: zone, context: context)
        rendered.justification = justification(session, week: week, context: context)
        rendered.placementRationale = placement(session, week: week, context: context)
        rendered.keyPoints = keyPoints(session, zone: zone, context: context)
        rendered.relatedKnowledgeIds = knowledge(session.kind)
        let checked = context.checkedRules.filter { rule in
            switch rule.field {
            case "sessionDurationMinutes", "sessionDurationOverRunnerMaxMinutes": return true
            case "longRunDurationMinutes", "longRunIncreaseKm", "longRunPercentage", "longRunDistanceKm": return session.kind == .longRun
            case "consecutiveHardDays", "hardSessionsPerWeek", "hardSessionsWithCurrentPain", "easyShare": return session.isHard
            default: return false
            }
        }.map(\.id)
        let related = session.safeguardIds + checked.filter { !session.safeguardIds.contains($0) }
        rendered.relatedSafeguardIds = related.isEmpty ? nil : related
        rendered.canBeSplit = session.kind == .easy && minutes >= 50
        rendered.alternatives = alternatives(session, context: context)
        return rendered
    }

    func knowledge(_ kind: SessionKind) -> [String] {
        switch kind {
        case .easy: ["easy-running-heart-rate", "polarized-80-20"]
        case .recovery: ["easy-running-heart-rate", "rest-days"]
        case .longRun: ["long-run-share-of-volume", "fueling-long-runs"]
        case .tempo: ["threshold-training"]
        case .marathonPace: ["marathon-pace-work"]
        case .intervals: ["vo2max-intervals"]
        case .racePace: ["race-day-pacing"]
        case .hills: ["hill-training"]
        case .fartlek: ["fartlek"]
        case .race: ["race-day-pacing", "warm-up-and-cool-down"]
        case .rest: ["rest-days"]
        }
    }

    func description(_ session: DraftSession, zone: PaceZone, context: Context) -> String {
        let pace = context.draft.paces.display(zone)
        let km = PlanMetrics.format((session.km(context.draft.paces) * 10).rounded() / 10)
        switch session.kind {
        case .easy where session.segments.contains(where: \.recoveryIsWalk):
            return "Run-walk: \(Self.structure(session)), running at an easy, conversational effort (\(pace)) and walking briskly between. Start with 5 minutes of brisk walking."
        case .easy:
            let strides = session.segments.contains { $0.note == "strides" } ? " Finish with relaxed strides: 20 seconds quick and smooth, full recovery between." : ""
            return "Easy running at conversational pace (\(pace)), about \(km) km. You should be able to talk in full sentences.\(strides)"
        case .recovery:
            return "A short, very easy run (\(pace)) to loosen up after the long run. Slower than feels necessary."
        case .longRun:
            return "The week's long run: about \(km) km at easy pace (\(pace)). Steady and relaxed; it builds the endurance everything else rests on."
        case .tempo:
            return "Sustained, comfortably hard running at threshold pace (\(pace)): hard enough that talking is a few words at a time. It raises the pace you can hold without fatigue piling up."
        case .marathonPace:
            return "Steady running at goal marathon pace (\(pace)) inside an easy run, so race pace becomes familiar and economical."
        case .intervals:
            return "Repeats at interval pace (\(pace)), about 3–5K race effort, with easy jogging between. They lift your aerobic ceiling (VO2max)."
        case .racePace:
            return "Repeats at race pace (\(pace)) so the race rhythm feels automatic on the day."
        case .hills:
            return "Short, strong uphill efforts with an easy jog back down: strength and running economy with less pounding than flat speed work."
        case .fartlek:
            return "Speed play: short surges at a hard but controlled effort (around \(context.draft.paces.display(.interval))) inside an easy run, on any route."
        case .race:
            let name = context.draft.profile.raceName.map { " (\($0))" } ?? ""
            return "Race day\(name): \(PlanGenerator.raceLabel(context.draft.profile.raceKm ?? 5)) at \(pace). Start controlled, settle into the pace, and save the push for the final third."
        case .rest:
            return "Rest day."
        }
    }

    func justification(_ session: DraftSession, week: DraftWeek, context: Context) -> String {
        let p = context.draft.profile
        let phase = week.phase.rawValue.lowercased()
        var text: String
        switch session.kind {
        case .easy where session.segments.contains(where: \.recoveryIsWalk):
            text = "Alternating running and walking lets bones, tendons and muscles adapt while the running bouts grow each week; continuous running comes when they are ready."
        case .easy, .recovery:
            text = week.isRecovery
                ? "Part of a recovery week: easy running keeps the habit while the last weeks' work is absorbed."
                : "Easy volume is most of your week (\(Int((context.easyShare[week.number] ?? 0.8) * 100))% of running time): it builds the aerobic base with little injury cost."
        case .longRun:
            let km = Int(session.km(context.draft.paces).rounded())
            let share = Int((session.km(context.draft.paces) / max(1, week.km(context.draft.paces)) * 100).rounded())
            text = "Your longest run this week, \(km) km (\(share)% of the week). "
            text += p.isRace ? "It builds the endurance the \(PlanGenerator.raceLabel(p.raceKm ?? 5)) asks for." : "It is the main aerobic stimulus of the week."
        case .tempo:
            text = "The \(phase) phase's threshold session: it raises the pace you can hold before fatigue builds, the key to \(p.isRace ? "the \(PlanGenerator.raceLabel(p.raceKm ?? 5))" : "running faster for longer")."
        case .marathonPace:
            text = "Marathon-pace running teaches your body to run goal pace economically and lets you rehearse fuelling."
        case .intervals:
            text = "In the \(phase) phase, intervals raise your aerobic ceiling; short repeats keep the total hard time modest."
        case .racePace:
            text = "In the \(phase) phase the work becomes race-specific: race pace in manageable pieces" + (p.targetTime != nil && context.draft.decisions.contains { $0.what.hasPrefix("Race pace from current fitness") } ? ", at the pace your current fitness supports rather than the goal's." : ".")
        case .hills:
            text = "Hills build leg strength and economy; you said you have hills nearby, so they replace some flat speed work."
        case .fartlek:
            text = "A gentle introduction to faster running: surges by feel, no track or watch needed."
        case .race:
            text = "The goal race. Everything in the taper was cut back so you arrive fresh."
        case .rest:
            text = "Rest."
        }
        if p.hasInjuryHistory, session.isHard || session.kind == .longRun {
            text += Self.injuryCautionLead + p.injuries.map { $0.replacingOccurrences(of: "_", with: " ") }.joined(separator: " and ") + Self.injuryCautionTail
        }
        if !session.notes.isEmpty { text += Self.safetyNotesLead + session.notes.joined(separator: "; ") + "." }
        return text
    }

    func restJustification(_ session: DraftSession, week: DraftWeek, context: Context) -> String {
        let p = context.draft.profile
        if week.isRaceWeek, let raceDay = context.draft.raceDay, session.day > raceDay { return "After the race: rest and recover." }
        if week.isRaceWeek, let raceDay = context.draft.raceDay, session.day == raceDay - 1 { return "The day before the race: rest so your legs are fresh." }
        var text = "Rest is when the adaptation from training happens."
        if (p.age ?? 0) >= 50 { text += " At \(p.age!), recovery takes a little longer, so rest days are protected." }
        if !session.notes.isEmpty { text += Self.safetyNotesLead + session.notes.joined(separator: "; ") + "." }
        return text
    }

    // The cautions a justification ends with: the same in every key session of a week, so a
    // calendar shows them once per week (`cautions(in:)`) rather than in every cell.
    static let injuryCautionLead = " With your "
    static let injuryCautionTail = " history, stop and switch to easy running if the old area aches."
    static let safetyNotesLead = " Adjusted by the safety checks: "

    /// A session's justification without its cautions, and the cautions (the injury-history
    /// caution and each safety-check note, as the session's `keyPoints` spell them).
    public static func cautions(in session: PlannedSession) -> (why: String, cautions: [String]) {
        var why = session.justification
        var cautions: [String] = []
        if let lead = why.range(of: safetyNotesLead) {
            let notes = String(why[lead.upperBound...])
            why = String(why[..<lead.lowerBound])
            let known = (session.keyPoints ?? []).filter { notes.contains($0) }
            cautions += known.isEmpty ? [notes.hasSuffix(".") ? String(notes.dropLast()) : notes] : known
        }
        if let tail = why.range(of: injuryCautionTail, options: .backwards),
           let lead = why.range(of: injuryCautionLead, options: .backwards, range: why.startIndex..<tail.lowerBound) {
            cautions.insert(String(why[lead.lowerBound..<tail.upperBound]).trimmingCharacters(in: .whitespaces), at: 0)
            why = String(why[..<lead.lowerBound]) + String(why[tail.upperBound...])
        }
        return (why.trimmingCharacters(in: .whitespaces), cautions)
    }

    func placement(_ session: DraftSession, week: DraftWeek, context: Context) -> String {
        let p = context.draft.profile
        let day = RunnerProfile.dayName(session.day)
        switch session.kind {
        case .longRun:
            return p.runner.schedule.longRunDay != nil && p.longRunDay == session.day
                ? "\(day) is the long-run day you chose." : "\(day): the long run goes where there is most time."
        case .race:
            return "\(day) is race day."
        default:
            let neighbours = [(session.day + 6) % 7, (session.day + 1) % 7].map { week.sessions[$0] }
            let beforeHard = neighbours.contains { $0.isHard || $0.kind == .longRun }
            if session.isHard {
                let gap = PlanGenerator.circularGap(session.day, p.longRunDay)
                return "\(day): \(gap >= 2 ? "at least a day away from the long run" : "next to the long run only because your running days allow nothing else"), and never beside another hard day."
            }
            if p.preferredDays.contains(session.day) { return "\(day) is one of your preferred days." }
            return beforeHard ? "\(day): an easy day next to a harder one, to absorb it." : "\(day): spreads the week's easy running."
        }
    }

    func keyPoints(_ session: DraftSession, zone: PaceZone, context: Context) -> [String] {
        let p = context.draft.profile
        var points: [String] = []
        switch session.kind {
        case .easy, .recovery, .longRun:
            points.append("Conversational effort; walk breaks are fine")
            if let range = p.heartRateZones?[safe: 1] { points.append("Keep heart rate under about \(Int(range.upperBound)) bpm") }
            if session.kind == .longRun, session.totalMinutes >= 75 { points.append("Take water, and fuel for runs over 75 minutes") }
        case .race:
            points.append("Start 5 seconds per km slower than goal pace for the first kilometre")
            points.append("Nothing new on race day: kit, breakfast and gels you have practised")
        default:
            points.append("Warm up fully; the first repeat should feel controlled, not hard")
            points.append("Hold \(context.draft.paces.display(zone)); if pace drops more than 10 s/km, finish with easy running")
        }
        for injury in p.injuries {
            switch injury {
            case _ where RunnerProfile.isBoneInjury(injury):
                points.append("Soft surfaces where you can; stop if shin pain rises above 3/10")
            case "itbs", "it_band_syndrome": points.append("Watch for pain on the outside of the knee on descents")
            case "plantar_fasciitis": points.append("Heel pain on the first steps next morning means back off")
            case "achilles", "achilles_tendinopathy", "achilles_rupture": points.append("Avoid steep uphills if the Achilles is stiff")
            default: break
            }
        }
        if p.hasCurrentPain { points.append("You reported pain (\(p.currentPain.joined(separator: ", "))): keep it below 3/10 and settling within 24 hours") }
        points += session.notes
        var seen = Set<String>()
        return points.filter { seen.insert($0).inserted }
    }

    func alternatives(_ session: DraftSession, context: Context) -> [PlannedSession.Alternative] {
        let p = context.draft.profile
        let cross = p.hasGymAccess ? "30–40 min on a bike or cross-trainer at the gym" : "30–40 min of cycling or swimming"
        switch session.kind {
        case .easy, .recovery:
            return [.init(sessionType: .rest, description: "Take the day off", whenToUse: "If you slept badly, feel ill or anything hurts"),
                    .init(sessionType: .recovery, description: cross, whenToUse: "If impact hurts but you feel fine otherwise")]
        case .longRun:
            return [.init(sessionType: .easy, description: "Cut it to 60 minutes easy", whenToUse: "If short on time or legs are heavy"),
                    .init(sessionType: .longRun, description: "Split into two easy runs the same day", whenToUse: "Only if the alternative is skipping it")]
        case .race:
            return []
        default:
            return [.init(sessionType: .easy, description: "\(Int(session.totalMinutes.rounded())) min easy instead", whenToUse: "If legs are heavy or an old injury niggles"),
                    .init(sessionType: .intervals, description: "Fartlek on feel: the same effort without watching pace", whenToUse: "If wind, heat or hills make pace meaningless")]
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
