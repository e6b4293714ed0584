import CadenceCore
import Foundation

extension PlanMetrics {
    static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    static func format(_ value: Double) -> String {
        let rounded = round(value)
        if rounded == rounded.rounded(), abs(rounded) < 1e12 { return String(Int(rounded)) }
        return "\(rounded)"
    }
}

extension SafeguardEngine {
    static func number(_ value: Double) -> JSONValue { .number(PlanMetrics.round(value)) }

    static func entry(_ rule: Rule, _ label: String, original: [String: Double], adjusted: [String: Double]) -> TrainingPlan.SafeguardApplication {
        .init(safeguardId: rule.id, applied: true,
              originalValue: .object(original.mapValues(number).merging(["at": .string(label)]) { $1 }),
              adjustedValue: .object(adjusted.mapValues(number)),
              reason: "\(rule.safeguard.action.message) (\(label)).")
    }

    /// Brings the item's metric to the rule's target. Returns the log entry, or nil when nothing
    /// could be changed (the final verification then refuses the plan if the rule is a hard limit).
    func adjust(_ rule: Rule, item: Item, value: Double, draft: inout PlanDraft) -> TrainingPlan.SafeguardApplication? {
        let paces = draft.paces
        let ceiling = rule.safeguard.condition.operator.rawValue.hasPrefix(">")
        let target = rule.target
        let field = rule.metric
        let id = rule.id
        let note = rule.safeguard.action.message

        if let w = item.week, item.day == nil {
            let before = draft.weeks[w].km(paces)
            switch (field, ceiling) {
            case (.weeklyVolumeIncrease, true):
                guard let reference = PlanMetrics.referenceKm(draft, week: w) else { return nil }
                guard Self.scale(&draft.weeks[w], toKm: reference * (1 + target), paces: paces) else { return nil }
                draft.weeks[w].mark(id)
                let after = draft.weeks[w].km(paces)
                return Self.entry(rule, item.label, original: ["volumeKm": before, "increase": value],
                                  adjusted: ["volumeKm": after, "increase": (after - reference) / reference])
            case (.weeklyVolumeAboveRecentHigh, true), (.weeklyVolumeAboveRecentHighKm, true), (.volumeAboveCurrentWithRedsSigns, true),
                 (.volumeAboveCurrentWhilePregnant, true):
                let limit: Double
                if field.holdsVolumeAtCurrent {
                    limit = draft.profile.currentVolumeKm * (1 + target)
                } else {
                    guard let high = PlanMetrics.recentHighKm(draft, week: w) else { return nil }
                    limit = field == .weeklyVolumeAboveRecentHigh ? high * (1 + target) : high + target
                }
                guard Self.scale(&draft.weeks[w], toKm: max(0, limit), paces: paces) else { return nil }
                draft.weeks[w].mark(id, warning: field.holdsVolumeAtCurrent ? note : nil)
                return Self.entry(rule, item.label, original: ["volumeKm": before, field.rawValue: value],
                                  adjusted: ["volumeKm": draft.weeks[w].km(paces), field.rawValue: PlanMetrics.week(field, draft, w) ?? target])
            case (.runSpikeOverLongest30Days, true):
                guard Self.cutSpikes(&draft, week: w, limit: target, safeguard: id, note: note) else { return nil }
                draft.weeks[w].mark(id)
                return Self.entry(rule, item.label, original: [field.rawValue: value, "volumeKm": before],
                                  adjusted: [field.rawValue: PlanMetrics.week(field, draft, w) ?? target, "volumeKm": draft.weeks[w].km(paces)])
            case (.consecutiveRunDaysAfterBoneStressInjury, true):
                guard Self.alternateRunDays(&draft, week: w, safeguard: id, note: note) else { return nil }
                draft.weeks[w].mark(id, warning: note)
                return Self.entry(rule, item.label, original: [field.rawValue: value, "volumeKm": before],
                                  adjusted: [field.rawValue: PlanMetrics.week(field, draft, w) ?? 1, "volumeKm": draft.weeks[w].km(paces)])
            case (.longRunIncreaseKm, true), (.longRunDistanceKm, true), (.longRunDurationMinutes, true), (.longRunPercentage, true),
                 (.longRunIncreaseOverRecentKm, true), (.longRunDurationMinutesUnderHalfMarathon, true),
                 (.longRunDurationMinutesHalfMarathon, true):
                guard let index = draft.weeks[w].longRunIndex else { return nil }
                let long = draft.weeks[w].sessions[index]
                let longKm = long.km(paces)
                let byDuration: Set<PlanMetrics.Field> = [.longRunDurationMinutes, .longRunDurationMinutesUnderHalfMarathon,
                                                          .longRunDurationMinutesHalfMarathon]
                var goalKm: Double
                switch field {
                case .longRunIncreaseKm:
                    guard w > 0, let previous = draft.weeks[w - 1].longRunIndex else { return nil }
                    goalKm = draft.weeks[w - 1].sessions[previous].km(paces) + target
                case .longRunIncreaseOverRecentKm:
                    guard let recent = PlanMetrics.recentLongRunKm(draft, week: w) else { return nil }
                    goalKm = recent + target
                case .longRunDistanceKm: goalKm = target
                case _ where byDuration.contains(field): goalKm = longKm * target / max(1, long.totalMinutes)
                default: goalKm = target * before
                }
                guard goalKm < longKm - 1e-9 else { return nil }
                Self.setKm(&draft.weeks[w].sessions[index], km: max(1, goalKm), paces: paces)
                draft.weeks[w].sessions[index].mark(id, note: note)
                draft.weeks[w].mark(id)
                if !byDuration.contains(field) {
                    Self.redistribute(&draft.weeks[w], km: longKm - draft.weeks[w].sessions[index].km(paces),
                                      profile: draft.profile, paces: paces, ceilingMinutes: draft.weeks[w].sessions[index].totalMinutes)
                }
                return Self.entry(rule, item.label, original: [field.rawValue: value, "longRunKm": longKm],
                                  adjusted: [field.rawValue: PlanMetrics.week(field, draft, w) ?? target,
                                             "longRunKm": draft.weeks[w].sessions[index].km(paces)])
            case (.hardSessionsPerWeek, true), (.hardSessionsWithCurrentPain, true):
                var changed = false
                while (PlanMetrics.week(field, draft, w) ?? 0) > target + 1e-9 {
                    guard let day = draft.weeks[w].sessions.lastIndex(where: { $0.isHard && $0.kind != .race }) else { break }
                    draft.weeks[w].sessions[day].makeEasy(reason: note, safeguard: id)
                    changed = true
                }
                guard changed else { return nil }
                draft.weeks[w].mark(id)
                return Self.entry(rule, item.label, original: [field.rawValue: value], adjusted: [field.rawValue: PlanMetrics.week(field, draft, w) ?? 0])
            case (.runsPerWeek, true), (.restDaysPerWeek, false):
                let maxRuns = field == .runsPerWeek ? target : 7 - target
                var changed = false
                while Double(draft.weeks[w].runs.count) > maxRuns + 1e-9 {
                    let week = draft.weeks[w]
                    let candidates = week.sessions.filter { $0.isRun && ($0.kind == .easy || $0.kind == .recovery) }
                    let fallback = week.sessions.filter { $0.isRun && $0.isHard && $0.kind != .race }
                    guard let drop = (candidates.min { $0.totalMinutes < $1.totalMinutes }) ?? fallback.last else { break }
                    let km = drop.km(paces)
                    draft.weeks[w].sessions[drop.day] = .rest(drop.day)
                    draft.weeks[w].sessions[drop.day].mark(id, note: note)
                    Self.redistribute(&draft.weeks[w], km: km, profile: draft.profile, paces: paces,
                                      ceilingMinutes: draft.weeks[w].longRunIndex.map { draft.weeks[w].sessions[$0].totalMinutes } ?? 60)
                    changed = true
                }
                guard changed else { return nil }
                draft.weeks[w].mark(id)
                return Self.entry(rule, item.label, original: [field.rawValue: value], adjusted: [field.rawValue: PlanMetrics.week(field, draft, w) ?? 0])
            case (.easyShare, false):
                let total = draft.weeks[w].trainingRuns.reduce(0) { $0 + $1.totalMinutes }
                var excess = draft.weeks[w].trainingRuns.reduce(0) { $0 + $1.hardMinutes } - (1 - target) * total
                guard excess > 0 else { return nil }
                let order = draft.weeks[w].sessions.indices.sorted { draft.weeks[w].sessions[$0].hardMinutes > draft.weeks[w].sessions[$1].hardMinutes }
                for day in order where excess > 1e-9 && draft.weeks[w].sessions[day].kind != .race {
                    excess -= Self.easeWork(&draft.weeks[w].sessions[day], by: excess)
                    draft.weeks[w].sessions[day].mark(id, note: note)
                }
                draft.weeks[w].mark(id)
                return Self.entry(rule, item.label, original: [field.rawValue: value], adjusted: [field.rawValue: PlanMetrics.week(field, draft, w) ?? target])
            case (.consecutiveHardDays, true):
                guard Self.separateHardDays(&draft, week: w, limit: Int(target.rounded(.down)), safeguard: id, note: note) else { return nil }
                draft.weeks[w].mark(id)
                return Self.entry(rule, item.label, original: [field.rawValue: value], adjusted: [field.rawValue: PlanMetrics.week(field, draft, w) ?? 0])
            case (.acuteChronicRatio, true):
                guard w >= 3 || draft.profile.currentVolumeKm > 0 else { return nil }
                let load = PlanMetrics.weekLoad(draft.weeks[w])
                let chronicOthers = load * 4 / value - load
                let allowed = target * chronicOthers / (4 - target)
                guard allowed < load, allowed > 0 else { return nil }
                Self.scaleAll(&draft.weeks[w], by: allowed / load)
                draft.weeks[w].mark(id)
                return Self.entry(rule, item.label, original: [field.rawValue: value, "volumeKm": before],
                                  adjusted: [field.rawValue: PlanMetrics.week(field, draft, w) ?? target, "volumeKm": draft.weeks[w].km(paces)])
            default:
                return nil
            }
        }

        if let w = item.week, let day = item.day {
            guard ceiling, [.sessionDurationMinutes, .sessionDurationOverRunnerMaxMinutes, .sessionDurationMinutesExceptLongRun].contains(field)
            else { return nil }
            let before = draft.weeks[w].sessions[day].totalMinutes
            let runnerLimit = draft.profile.maxMinutes(for: draft.weeks[w].sessions[day].kind)
            let limit = field == .sessionDurationOverRunnerMaxMinutes ? (runnerLimit ?? before) + target : target
            guard limit < before else { return nil }
            PlanGenerator.fit(&draft.weeks[w].sessions[day], minutes: limit)
            draft.weeks[w].sessions[day].mark(id, note: note)
            draft.weeks[w].mark(id)
            return Self.entry(rule, item.label, original: ["minutes": before], adjusted: ["minutes": draft.weeks[w].sessions[day].totalMinutes])
        }

        switch (field, ceiling) {
        case (.runningSessionsWithRedFlagSymptoms, true), (.runningSessionsWithStopPain, true), (.runningSessionsWithIllness, true),
             (.runningSessionsPostpartumWithoutClearance, true), (.runningSessionsWithUnhealedBoneStressInjury, true):
            guard Self.pauseRunning(&draft, safeguard: id, note: note) else { return nil }
            return Self.entry(rule, "plan", original: [field.rawValue: value], adjusted: [field.rawValue: PlanMetrics.plan(field, draft) ?? 0])
        case (.peakVolumeToCurrentRatio, true):
            let limit = draft.profile.currentVolumeKm * target
            let peakBefore = draft.weeks.map { $0.km(paces) }.max() ?? 0
            var changed = false
            for w in draft.weeks.indices where Self.scale(&draft.weeks[w], toKm: limit, paces: paces) {
                draft.weeks[w].mark(id)
                changed = true
            }
            guard changed else { return nil }
            draft.peakVolumeKm = min(draft.peakVolumeKm, limit)
            return Self.entry(rule, "plan", original: [field.rawValue: value, "peakKm": peakBefore],
                              adjusted: [field.rawValue: PlanMetrics.plan(field, draft) ?? target, "peakKm": draft.weeks.map { $0.km(paces) }.max() ?? 0])
        case (.taperWeeks, false), (.taperWeeksMarathon, false), (.taperWeeksHalfMarathon, false):
            var changed = false
            while (PlanMetrics.plan(field, draft) ?? .infinity) < target - 1e-9 {
                guard let first = draft.weeks.firstIndex(where: { $0.phase == .taper }) ?? Optional(draft.weeks.count), first > 0 else { break }
                let w = first - 1
                let reference = draft.weeks[w].km(paces)
                draft.weeks[w].phase = .taper
                draft.weeks[w].isRecovery = false
                _ = Self.scale(&draft.weeks[w], toKm: reference * 0.8, paces: paces)
                draft.weeks[w].mark(id, warning: note)
                draft.taperWeeks += 1
                changed = true
            }
            guard changed else { return nil }
            return Self.entry(rule, "plan", original: [field.rawValue: value], adjusted: [field.rawValue: PlanMetrics.plan(field, draft) ?? target])
        default:
            return nil
        }
    }

    // MARK: - Reshaping weeks

    /// Turns every run of the plan, the race included, into a day off running: the safeguard's
    /// message (pain-free cross-training only, see a clinician) goes on each of those days and weeks.
    static func pauseRunning(_ draft: inout PlanDraft, safeguard: String, note: String) -> Bool {
        var paused = false
        for w in draft.weeks.indices {
            for day in draft.weeks[w].sessions.indices where draft.weeks[w].sessions[day].isRun {
                draft.weeks[w].sessions[day] = .rest(day)
                draft.weeks[w].sessions[day].mark(safeguard, note: note)
                paused = true
            }
            draft.weeks[w].mark(safeguard, warning: note)
        }
        if paused, draft.runningPause == nil { draft.runningPause = .init(safeguardId: safeguard, message: note) }
        return paused
    }

    /// Shortens each run of week `w` that is more than `limit` (a fraction) longer than the
    /// longest run of the 30 days before it. The cut is not moved to other days: that could make
    /// a new spike.
    static func cutSpikes(_ draft: inout PlanDraft, week w: Int, limit: Double, safeguard: String, note: String) -> Bool {
        var kms = PlanMetrics.dayKms(draft, through: w)
        var changed = false
        for day in 0..<7 {
            let session = draft.weeks[w].sessions[day]
            guard session.isRun, session.kind != .race else { continue }
            let global = w * 7 + day
            guard let longest = PlanMetrics.longestBefore(day: global, dayKms: kms, recentRunKm: PlanMetrics.longestRunBeforePlanKm(draft.profile))
            else { continue }
            let allowed = longest * (1 + limit)
            guard kms[global] > allowed * (1 + 1e-9) else { continue }
            setKm(&draft.weeks[w].sessions[day], km: allowed, paces: draft.paces)
            draft.weeks[w].sessions[day].mark(safeguard, note: note)
            kms[global] = draft.weeks[w].sessions[day].km(draft.paces)
            changed = true
        }
        return changed
    }

    /// Makes every second of two back-to-back running days ending in week `w` a day off running,
    /// keeping the long run and the race (alternate-day running after a bone stress injury).
    static func alternateRunDays(_ draft: inout PlanDraft, week w: Int, safeguard: String, note: String) -> Bool {
        func session(_ global: Int) -> DraftSession { draft.weeks[global / 7].sessions[global % 7] }
        var changed = false
        for day in 0..<7 {
            let global = w * 7 + day
            guard global > 0, session(global).isRun, session(global - 1).isRun else { continue }
            let keep: Set<SessionKind> = [.longRun, .race]
            let drop: Int
            if !keep.contains(session(global).kind) {
                drop = global
            } else if !keep.contains(session(global - 1).kind) || session(global - 1).kind == .longRun {
                drop = global - 1  // a long run the day before the race gives way to the race
            } else {
                continue
            }
            draft.weeks[drop / 7].sessions[drop % 7] = .rest(drop % 7)
            draft.weeks[drop / 7].sessions[drop % 7].mark(safeguard, note: note)
            changed = true
        }
        return changed
    }

    /// Lowers a week's training volume to `target` km: easy running first, then (only if that is
    /// not enough) the hard sessions. Runs shorter than 10 minutes become rest days.
    static func scale(_ week: inout DraftWeek, toKm target: Double, paces: PaceTable) -> Bool {
        let current = week.km(paces)
        guard current > target + 1e-6 else { return false }
        var need = current - max(0, target)
        let easyDays = week.sessions.indices.filter { week.sessions[$0].isRun && !week.sessions[$0].isHard }
        let easyKm = easyDays.reduce(0) { $0 + week.sessions[$1].km(paces) }
        if easyKm > 0 {
            let factor = max(0, (easyKm - need) / easyKm)
            for day in easyDays { scaleAll(&week.sessions[day], by: factor) }
            need -= easyKm - easyDays.reduce(0) { $0 + week.sessions[$1].km(paces) }
        }
        if need > 1e-9 {
            let hardDays = week.sessions.indices.filter { week.sessions[$0].isHard && week.sessions[$0].kind != .race }
            let hardKm = hardDays.reduce(0) { $0 + week.sessions[$1].km(paces) }
            if hardKm > 0 {
                let factor = max(0, (hardKm - need) / hardKm)
                for day in hardDays { scaleAll(&week.sessions[day], by: factor) }
            }
        }
        for day in week.sessions.indices where week.sessions[day].kind != .race && week.sessions[day].kind != .rest
            && week.sessions[day].totalMinutes < 10 {
            let notes = week.sessions[day].notes, ids = week.sessions[day].safeguardIds
            week.sessions[day] = .rest(day)
            week.sessions[day].notes = notes
            week.sessions[day].safeguardIds = ids
        }
        return true
    }

    static func scaleAll(_ week: inout DraftWeek, by factor: Double) {
        for day in week.sessions.indices where week.sessions[day].isRun && week.sessions[day].kind != .race {
            scaleAll(&week.sessions[day], by: factor)
        }
        for day in week.sessions.indices where week.sessions[day].kind != .race && week.sessions[day].kind != .rest
            && week.sessions[day].totalMinutes < 10 {
            week.sessions[day] = .rest(day)
        }
    }

    static func scaleAll(_ session: inout DraftSession, by factor: Double) {
        for index in session.segments.indices {
            session.segments[index].minutes *= factor
            session.segments[index].recoveryMinutes *= factor
        }
    }

    /// Sets a steady run's distance (its easy main segment carries the change).
    static func setKm(_ session: inout DraftSession, km: Double, paces: PaceTable) {
        let current = session.km(paces)
        guard current > 0 else { return }
        scaleAll(&session, by: km / current)
    }

    /// Adds `km` to the week's easy runs, each up to `ceilingMinutes` and the runner's session limit.
    static func redistribute(_ week: inout DraftWeek, km: Double, profile: RunnerProfile, paces: PaceTable, ceilingMinutes: Double) {
        var left = km
        let cap = min(ceilingMinutes, profile.maxSessionMinutes ?? .infinity)
        for day in week.sessions.indices where left > 1e-6 && week.sessions[day].kind == .easy && week.sessions[day].isRun {
            guard let main = week.sessions[day].segments.firstIndex(where: { $0.type == .main }) else { continue }
            let room = cap - week.sessions[day].totalMinutes
            guard room > 0 else { continue }
            let minutes = min(room, left * paces.secondsPerKm(.easy) / 60)
            week.sessions[day].segments[main].minutes += minutes
            left -= minutes * 60 / paces.secondsPerKm(.easy)
        }
    }

    /// Turns up to `minutes` of a session's hard work into easy running; returns the minutes moved.
    static func easeWork(_ session: inout DraftSession, by minutes: Double) -> Double {
        var moved = 0.0
        for index in session.segments.indices where session.segments[index].zone.isHard && moved < minutes {
            let segment = session.segments[index]
            let available = segment.minutes * Double(segment.repetitions)
            let take = min(available, minutes - moved)
            session.segments[index].minutes = (available - take) / Double(segment.repetitions)
            moved += take
        }
        if let cool = session.segments.lastIndex(where: { $0.type == .cooldown || $0.type == .main }) {
            if session.segments[cool].zone.isHard {
                session.segments.append(DraftSegment(.cooldown, minutes: moved, zone: .easy))
            } else {
                session.segments[cool].minutes += moved
            }
        } else {
            session.segments.append(DraftSegment(.cooldown, minutes: moved, zone: .easy))
        }
        session.segments.removeAll { $0.zone.isHard && $0.minutes <= 1e-9 }
        if session.hardMinutes <= 1e-9, session.kind.isHard, session.kind != .race { session.kind = .easy }
        return moved
    }

    /// Repairs back-to-back hard days ending in week `w`: moves the later session to an easy day
    /// of the same week with no hard neighbour, else makes it easy.
    static func separateHardDays(_ draft: inout PlanDraft, week w: Int, limit: Int, safeguard: String, note: String) -> Bool {
        var changed = false
        func hard(_ global: Int) -> Bool {
            guard global >= 0, global < draft.weeks.count * 7 else { return false }
            return draft.weeks[global / 7].sessions[global % 7].isHard
        }
        for day in 0..<7 {
            let global = w * 7 + day
            guard hard(global) else { continue }
            var streak = 1
            var back = global - 1
            while hard(back) { streak += 1; back -= 1 }
            guard streak > max(1, limit) else { continue }
            let session = draft.weeks[w].sessions[day]
            if session.kind == .race {
                // The race stays; the session before it gives way.
                let before = global - 1
                let (bw, bd) = (before / 7, before % 7)
                draft.weeks[bw].sessions[bd].makeEasy(reason: note, safeguard: safeguard)
                changed = true
                continue
            }
            let target = (0..<7).first { other in
                let g = w * 7 + other
                let candidate = draft.weeks[w].sessions[other]
                return other != day && candidate.kind == .easy && candidate.isRun && !hard(g - 1) && !hard(g + 1)
                    && abs(other - day) > 1
            }
            if let target {
                var moved = session
                moved.day = target
                moved.mark(safeguard, note: note)
                var easy = draft.weeks[w].sessions[target]
                easy.day = day
                draft.weeks[w].sessions[target] = moved
                draft.weeks[w].sessions[day] = easy
            } else {
                draft.weeks[w].sessions[day].makeEasy(reason: note, safeguard: safeguard)
            }
            changed = true
        }
        return changed
    }
}
