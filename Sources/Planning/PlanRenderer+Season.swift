import CadenceCore
import Foundation
import TrainingScience

extension PlanRenderer {
    static func injuryName(_ injury: String) -> String { injury.replacingOccurrences(of: "_", with: " ") }

    func seasonView(_ context: Context) -> TrainingPlan.SeasonView {
        let draft = context.draft
        let p = draft.profile
        let paces = draft.paces
        let volumes = draft.weeks.map { $0.km(paces) }
        let peak = volumes.max() ?? 0
        let peakWeek = (volumes.firstIndex { $0 >= peak - 0.01 } ?? 0) + 1
        let start = p.currentVolumeKm
        let label = p.isRace ? PlanGenerator.raceLabel(p.raceKm ?? 5) : ""
        let raceDate = p.raceDate.map(PlanGenerator.isoDate)
        let appliedRules = context.report.adjustedSafeguardIds.compactMap { id in context.checkedRules.first { $0.id == id } }
        let volumeRule = appliedRules.filter { $0.field == "weeklyVolumeIncrease" }
            .min { ($0.safeguard.action.adjustment?.doubleValue ?? 1) < ($1.safeguard.action.adjustment?.doubleValue ?? 1) }
        let increase = volumeRule?.safeguard.action.adjustment?.doubleValue ?? draft.weeklyIncrease
        let recoveryWeeks = draft.weeks.filter(\.isRecovery).map { String($0.number) }
        let easyShares = draft.weeks.indices.compactMap { PlanMetrics.week(.easyShare, draft, $0) }
        let easyShare = easyShares.isEmpty ? 1 : easyShares.reduce(0, +) / Double(easyShares.count)

        // Summary.
        let runCounts = draft.weeks.filter { !$0.isRaceWeek }.map { $0.runs.count }
        let (fewest, most) = (runCounts.min() ?? 0, runCounts.max() ?? 0)
        let runsText = fewest == most ? "\(most) runs" : "\(fewest)–\(most) runs"
        var summary = p.isRace
            ? "This \(draft.weeks.count)-week plan prepares you for the \(label)\(p.raceName.map { " (\($0))" } ?? "") on \(raceDate ?? "race day")"
            : "This \(draft.weeks.count)-week plan is built for \(p.goalType.rawValue.replacingOccurrences(of: "_", with: " "))"
        summary += peak <= start * 1.05 && start > 0
            ? ", holding about \(PlanGenerator.km(peak)) a week (what you run now) on \(runsText) a week and changing what those kilometres do."
            : ", taking you from \(PlanGenerator.km(start)) to a peak of \(PlanGenerator.km(peak)) a week in week \(peakWeek) on \(runsText) a week."
        var cautions: [String] = []
        if p.hasBoneInjuryHistory || p.hasInjuryHistory { cautions.append("your \(p.injuries.map(Self.injuryName).joined(separator: " and ")) history") }
        if p.hasCurrentPain { cautions.append("the pain you reported (\(p.currentPain.joined(separator: ", ")))") }
        if (p.age ?? 0) >= 50 { cautions.append("recovery at \(p.age!)") }
        if p.experience == .beginner { cautions.append("you being new to running") }
        if p.healthDataWithheld { cautions.append("health details you chose not to share (no injury or pain is known)") }
        if !cautions.isEmpty {
            summary += " It is deliberately conservative because of \(cautions.joined(separator: " and ")): volume rises at most \(Int((increase * 100).rounded()))% a week"
            summary += recoveryWeeks.isEmpty || draft.recoveryEvery == nil ? "." : " and every \(draft.recoveryEvery!)\(draft.recoveryEvery == 3 ? "rd" : "th") week steps back."
        } else {
            let hasQuality = draft.weeks.contains { $0.sessions.contains { $0.isHard && $0.kind != .race } }
            summary += hasQuality
                ? " About \(Int((easyShare * 100).rounded()))% of the running is easy; the hard days are targeted."
                : " All of it is easy running, with strides for leg speed, as in published plans for a first race of this kind."
        }
        if draft.taperWeeks > 0 { summary += " A \(draft.taperWeeks)-week taper brings you to the start line fresh." }
        if let pause = draft.runningPause {
            // Nothing above describes this plan: it has no running until the runner is cleared.
            summary = pause.message.hasPrefix("Running is paused") ? pause.message : "Running is paused. \(pause.message)"
            if !summary.hasSuffix(".") { summary += "." }
            summary += p.isRace
                ? " The \(label) on \(raceDate ?? "race day") stays your goal: when you have been assessed and cleared, say so and a new plan starts from where you are then."
                : " When you have been assessed and cleared, say so and a new plan starts from where you are then."
        }

        // Periodization.
        let modelDecision = draft.decisions.first { $0.decisionType == .periodization && $0.what.hasPrefix("Periodization") }
        var periodization = modelDecision?.reasoning ?? ""
        periodization += " Across the plan about \(Int((easyShare * 100).rounded()))% of running time is easy."
        if let hardCap = context.checkedRules.first(where: { $0.field == "hardSessionsPerWeek" && $0.safeguard.condition.applicableWhen?.experienceLevel != nil }) {
            periodization += " As a \(p.experience.rawValue) runner you get at most \(PlanMetrics.format(hardCap.safeguard.action.adjustment?.doubleValue ?? hardCap.safeguard.condition.threshold.doubleValue ?? 2)) hard sessions a week."
        }

        // Volume.
        var volume = p.currentVolumeKm > 0
            ? "Starting at \(PlanGenerator.km(volumes.first ?? start)) a week (you run about \(PlanGenerator.km(start)) now, \(p.volumeSource == .userReported ? "as you told us" : "from your recorded training")) and building to \(PlanGenerator.km(peak)) in week \(peakWeek)."
            : "Starting with \(PlanGenerator.km(volumes.first ?? 0)) of run-walk in week 1, since you are not running regularly yet, and building to \(PlanGenerator.km(peak)) in week \(peakWeek)."
        if let volumeRule {
            volume += " Weekly increases are capped at \(Int((increase * 100).rounded()))% (\(volumeRule.safeguard.description.prefix(1).lowercased() + volumeRule.safeguard.description.dropFirst()))."
        } else {
            volume += " Weekly increases stay within \(Int((increase * 100).rounded()))%."
        }
        if !recoveryWeeks.isEmpty { volume += " Recovery weeks (−\(Int(draft.recoveryReduction * 100))%) fall in weeks \(recoveryWeeks.joined(separator: ", "))." }
        if let peakRule = appliedRules.first(where: { $0.field == "peakVolumeToCurrentRatio" }) {
            volume += " The peak is held to \(PlanMetrics.format(peakRule.safeguard.action.adjustment?.doubleValue ?? 1.5))× your current volume while you rebuild."
        }
        if let peakDecision = draft.decisions.first(where: { $0.what.hasPrefix("Peak volume") }) {
            let why = peakDecision.reasoning.components(separatedBy: ". ").first!.replacingOccurrences(of: "Peak: ", with: "")
            volume += " Why it peaks there: \(why)."
            if peak < draft.peakVolumeKm * 0.9, peak < (draft.weeks.map(\.targetKm).max() ?? 0) * 0.95 {
                volume += " The safety checks below hold it to \(PlanGenerator.km(peak))."
            }
        }

        if let pause = draft.runningPause {
            // No training to justify, no peak to reach: one risk, one step.
            return TrainingPlan.SeasonView(
                coachSummary: summary,
                periodizationJustification: "None while running is paused: the phases start again from where you are once you have been cleared.",
                volumeStrategyJustification: "No running while the pause lasts: every week is 0 km on purpose.",
                keyMilestones: [.init(weekNumber: 1, milestone: "Assessed by a doctor or physiotherapist",
                                      significance: "Running, and a new plan, start again only once you have been cleared.")],
                identifiedRisks: [.init(risk: "Running through pain that needs checking", mitigation: pause.message,
                                        monitoringSignals: ["Pain on one spot of a bone", "Pain at night or at rest", "Limping", "Pain getting worse"])],
                expectedOutcomes: outcomes(context, peak: peak))
        }
        return TrainingPlan.SeasonView(
            coachSummary: summary, periodizationJustification: periodization.trimmingCharacters(in: .whitespaces),
            volumeStrategyJustification: volume, keyMilestones: milestones(context, peakWeek: peakWeek),
            identifiedRisks: risks(context, increase: increase),
            expectedOutcomes: outcomes(context, peak: peak))
    }

    func milestones(_ context: Context, peakWeek: Int) -> [TrainingPlan.SeasonView.KeyMilestone] {
        let draft = context.draft
        let p = draft.profile
        var result: [TrainingPlan.SeasonView.KeyMilestone] = []
        if let first = draft.weeks.first(where: { $0.runs.contains { $0.isHard && $0.kind != .race } }) {
            let kind = first.runs.first { $0.isHard }!.kind
            result.append(.init(weekNumber: first.number, milestone: "First \(Self.typeDisplay(kind).lowercased()) session",
                                significance: "The base is in place, so quality running can start."))
        }
        let longs = draft.weeks.compactMap { week in week.longRunIndex.map { (week.number, week.sessions[$0].km(draft.paces)) } }
        // The milestones say what the verdict says: no "goal time" or "enough to go the whole
        // way" where the assessment found the goal out of reach in the time.
        let feasibility = context.assessment.feasibility
        let doubtful = feasibility == .unlikely || feasibility == .needsAdjustment
        if let longest = longs.max(by: { $0.1 < $1.1 }) {
            let first = longs.first { $0.1 >= longest.1 - 0.5 }!
            let raceKm = p.raceKm ?? 0
            result.append(.init(weekNumber: first.0, milestone: "Longest run: \(Int(longest.1.rounded())) km",
                                significance: p.isRace
                                    ? Self.longRunSignificance(longest.1, raceKm: raceKm, finishInDoubt: feasibility == .needsAdjustment)
                                    : "Your endurance at its highest in this block."))
        }
        result.append(.init(weekNumber: peakWeek, milestone: "Peak week: \(PlanGenerator.km(draft.weeks[peakWeek - 1].km(draft.paces)))",
                            significance: "The most training you will absorb in this plan; it gets easier from here."))
        if p.isRace {
            let label = PlanGenerator.raceLabel(p.raceKm ?? 5)
            let fitnessTime = (try? RaceDistance(meters: (p.raceKm ?? 5) * 1000)).flatMap { distance in
                (try? VDOT(context.assessment.currentVdot)).map { $0.raceTime(for: distance) }
            }
            let significance: String
            switch (p.targetTime, doubtful) {
            case (let goal?, false):
                significance = "Goal time \(DurationFormat.format(goal))."
            case (let goal?, true):
                significance = "Your \(DurationFormat.format(goal)) goal is beyond what this plan can build by then (\(feasibility.rawValue.replacingOccurrences(of: "_", with: " "))); "
                    + (fitnessTime.map { "race at the pace your fitness supports, about \(DurationFormat.format($0))." } ?? "race at the pace your fitness supports.")
            case (nil, false):
                significance = "Goal: finish strong."
            case (nil, true):
                significance = "Finishing is at risk with this little preparation; a later race or a shorter distance first would be safer than the \(label)."
            }
            result.append(.init(weekNumber: draft.weeks.count, milestone: "Race day: \(label)", significance: significance))
        } else if p.goalType == .baseBuilding, let target = p.runner.goals.targetVolume, feasibility != .achievable {
            result.append(.init(weekNumber: draft.weeks.count, milestone: "Block complete",
                                significance: "Still short of your \(PlanGenerator.km(target)) target: the next block builds on from here."))
        } else {
            result.append(.init(weekNumber: draft.weeks.count, milestone: "Block complete",
                                significance: "A good moment to reassess and set the next goal."))
        }
        return result.sorted { $0.weekNumber < $1.weekNumber }
    }

    static func longRunSignificance(_ km: Double, raceKm: Double, finishInDoubt: Bool = false) -> String {
        let share = Int((km / max(1, raceKm) * 100).rounded())
        if km >= raceKm { return "You will have covered the full race distance in training." }
        if finishInDoubt { return "About \(share)% of race distance: with so few weeks, less than a safe build would give you; see the verdict above." }
        if share >= 75 { return "About \(share)% of race distance: with the taper and race-day freshness, enough to go the whole way." }
        if share >= 60 { return "About \(share)% of race distance: a sound base; pace the first half conservatively." }
        return "Only about \(share)% of race distance, because safe volume growth limits it; plan to run-walk the last kilometres, or choose a later race for a stronger finish."
    }

    func risks(_ context: Context, increase: Double) -> [TrainingPlan.SeasonView.IdentifiedRisk] {
        let draft = context.draft
        let p = draft.profile
        var risks: [TrainingPlan.SeasonView.IdentifiedRisk] = []
        for injury in p.injuries {
            let bone = RunnerProfile.isBoneInjury(injury)
            risks.append(.init(risk: "\(Self.injuryName(injury).capitalized) recurrence",
                               mitigation: "Volume increases of at most \(Int((increase * 100).rounded()))% a week, \(draft.recoveryText)" + (bone ? ", soft surfaces and no back-to-back hard days" : ", and easy days after every hard day"),
                               monitoringSignals: [Self.injurySignal(injury), "Pain that lasts into the next day"]))
        }
        if p.hasCurrentPain {
            risks.append(.init(risk: "Current pain: \(p.currentPain.joined(separator: ", "))",
                               mitigation: "No hard sessions while it hurts; easy running only if pain stays under 3/10 and settles within 24 hours",
                               monitoringSignals: ["Pain above 3/10 during a run", "Limping or altered stride", "Pain the next morning"]))
        }
        if (p.age ?? 0) >= 50 {
            risks.append(.init(risk: "Slower recovery at \(p.age!)",
                               mitigation: "\(draft.recoveryText.prefix(1).uppercased() + draft.recoveryText.dropFirst()), at most two hard sessions a week, and rest days kept free",
                               monitoringSignals: ["Legs still heavy two days after a hard session", "Poor sleep"]))
        }
        if context.assessment.feasibility == .unlikely || context.assessment.feasibility == .needsAdjustment {
            risks.append(.init(risk: "Chasing a goal beyond current fitness",
                               mitigation: "Paces come from evidence, not the goal; the plan never raises load to make up the gap",
                               monitoringSignals: ["Tempo pace feels like a race", "Skipping easy days to recover"]))
        }
        if p.runDaysWanted <= 3, p.isRace, (p.raceKm ?? 0) >= PlanMetrics.halfMarathonKm {
            risks.append(.init(risk: "Long run carries a large share of a \(p.runDaysWanted)-day week",
                               mitigation: "Long runs grow at most a few km a week and stay easy",
                               monitoringSignals: ["Soreness lasting more than two days after the long run"]))
        }
        risks.append(.init(risk: "Overuse from rising volume",
                           mitigation: "Every week checked against the safeguards (volume increase, long-run growth, hard days, rest days)",
                           monitoringSignals: ["Persistent fatigue", "Resting heart rate creeping up", "Niggles that do not settle"]))
        return risks
    }

    func outcomes(_ context: Context, peak: Double) -> TrainingPlan.SeasonView.ExpectedOutcomes {
        let draft = context.draft
        let p = draft.profile
        let primary: String
        if p.isRace {
            let label = PlanGenerator.raceLabel(p.raceKm ?? 5)
            primary = p.targetTime.map { "Run the \(label) in \(DurationFormat.format($0))" } ?? "Finish the \(label) feeling strong"
        } else if p.goalType == .baseBuilding, let target = p.runner.goals.targetVolume {
            primary = "Run \(PlanGenerator.km(target)) a week comfortably"
        } else {
            primary = "Run \(draft.weeks.last?.runs.count ?? 3) times a week, \(PlanGenerator.km(peak)) in total, without strain"
        }
        var secondary = ["Aerobic base: \(PlanGenerator.km(p.currentVolumeKm)) → \(PlanGenerator.km(peak)) a week"]
        if let long = draft.weeks.compactMap({ week in week.longRunIndex.map { week.sessions[$0].km(draft.paces) } }).max() {
            secondary.append("Long run up to \(Int(long.rounded())) km")
        }
        if draft.weeks.contains(where: { $0.runs.contains { $0.kind == .tempo } }) {
            secondary.append("Threshold pace around \(draft.paces.display(.threshold)) feels controlled")
        }
        if p.hasInjuryHistory || p.hasCurrentPain { secondary.append("A full block without a setback") }
        if draft.runningPause != nil {
            return .init(primaryGoal: primary, confidenceLevel: context.assessment.outcomeConfidence,
                         confidenceReason: "On hold: running is paused until a clinician has assessed and cleared it, so the goal cannot be judged yet.",
                         secondaryOutcomes: ["Get assessed and cleared before running again"])
        }
        return .init(primaryGoal: primary, confidenceLevel: context.assessment.outcomeConfidence,
                     confidenceReason: context.assessment.reason, secondaryOutcomes: secondary)
    }

    // MARK: - Snapshot

    func snapshot(_ context: Context) -> TrainingPlan.RunnerSnapshot {
        let draft = context.draft
        let p = draft.profile
        let runner = p.runner
        func clamp(_ value: Double) -> Double { min(100, max(0, value.rounded())) }
        let volumeKnown = !p.assumptions.contains { $0.field == "running.currentVolume" }
        let longest = p.longestRecentRunKm ?? 0
        let endurance = clamp(min(p.currentVolumeKm, 80) / 80 * 75 + min(longest, 30) / 30 * 25)
        let speed = clamp((p.vdot.value - 25) * 2.2)
        var recovery = 85.0
        if let age = p.age, age > 30 { recovery -= Double(age - 30) * 0.7 }
        switch runner.health.sleepQuality {
        case .poor?: recovery -= 20
        case .inconsistent?: recovery -= 10
        default: break
        }
        switch runner.health.stressLevel {
        case .high?: recovery -= 15
        case .survival?: recovery -= 25
        case .moderate?: recovery -= 5
        default: break
        }
        if runner.health.recoveryStyle == .slow { recovery -= 10 }
        let recoveryUncertain = runner.health.sleepQuality == nil && runner.health.stressLevel == nil
        let consistencyScore = runner.running.trainingConsistencyScore
        let consistency = clamp(consistencyScore ?? Double(min(p.currentFrequency, 6)) / 6 * 85)
        var risk = 15.0 + Double(min(p.injuries.count, 3)) * 15
        if p.hasCurrentPain { risk += 25 }
        if p.hasBoneInjuryHistory { risk += 10 }
        if p.experience == .returning || p.experience == .beginner { risk += 10 }
        if let level = runner.currentState.injuryRiskLevel {
            risk += level == .high ? 20 : level == .elevated ? 10 : 0
        }
        let riskUncertain = runner.health.pastInjuries == nil && runner.health.injuryDetails == nil
        let raceReady: Double
        if draft.runningPause != nil {
            // No running until a clinician clears it: nothing about the race can be ready, and the
            // symptom that paused the plan is itself the highest injury risk.
            raceReady = 0
            risk = max(risk, 90)
        } else if let required = context.assessment.requiredVdot {
            raceReady = clamp(100 * pow(min(1, context.assessment.currentVdot / required), 4) * min(1, p.currentVolumeKm / max(1, context.assessment.typicalPeakKm ?? 1)).squareRoot())
        } else if let typical = context.assessment.typicalPeakKm {
            raceReady = clamp(100 * min(1, p.currentVolumeKm / typical))
        } else {
            raceReady = clamp(50 + endurance / 2)
        }
        let radar: [TrainingPlan.RunnerSnapshot.RadarPoint] = [
            .init(label: .endurance, value: endurance, uncertain: !volumeKnown || p.volumeSource == .inferred),
            .init(label: .speed, value: speed, uncertain: p.paceEvidence.isEstimate),
            .init(label: .recovery, value: clamp(recovery), uncertain: recoveryUncertain),
            .init(label: .consistency, value: consistency, uncertain: consistencyScore == nil),
            .init(label: .injuryRisk, value: clamp(risk), uncertain: riskUncertain),
            .init(label: .raceReady, value: raceReady, uncertain: context.assessment.currentVdotIsEstimate),
        ]
        let daysToGoal = p.raceDate.map { Int(($0.timeIntervalSince1970 - draft.generatedAt.timeIntervalSince1970) / 86_400) }
        let indicators = TrainingPlan.RunnerSnapshot.FitnessIndicators(
            currentVdot: PlanMetrics.round(context.assessment.currentVdot * 10) / 10,
            currentWeeklyVolume: PlanMetrics.round(p.currentVolumeKm),
            recentConsistencyScore: consistencyScore, estimatedVo2Max: runner.running.vo2Max,
            injuryHistoryCount: p.injuries.count, daysToGoal: daysToGoal)

        var influencers: [TrainingPlan.RunnerSnapshot.PlanInfluencer] = []
        let applied = context.report.adjustedSafeguardIds.compactMap { id in context.checkedRules.first { $0.id == id } }
        for injury in p.injuries {
            let rule = applied.first { $0.field == "weeklyVolumeIncrease" }
            influencers.append(.init(factor: "\(injury)_history",
                                     impact: rule.map { "Volume increases capped at \(PlanMetrics.format(($0.safeguard.action.adjustment?.doubleValue ?? 0.1) * 100))% (\($0.id)); \(draft.recoveryText)" }
                                         ?? "\(draft.recoveryText.prefix(1).uppercased() + draft.recoveryText.dropFirst()); injury-specific watch points in every session",
                                     dataSource: .userReported))
        }
        if p.hasCurrentPain {
            influencers.append(.init(factor: "current_pain", impact: "Hard sessions replaced by easy running until the pain settles", dataSource: .userReported))
        }
        if let age = p.age, age >= 50 {
            influencers.append(.init(factor: "age_\(age)", impact: "At most two hard sessions a week and \(draft.recoveryText)", dataSource: .userReported))
        }
        influencers.append(.init(factor: "\(p.runDaysWanted)_days_per_week",
                                 impact: "Sessions on \(PlanGenerator.chooseRunDays(count: p.runDaysWanted, profile: p).map(RunnerProfile.dayName).joined(separator: ", ")); long run \(RunnerProfile.dayName(p.longRunDay))",
                                 dataSource: .userReported))
        if !p.blockedDays.isEmpty {
            influencers.append(.init(factor: "blocked_days", impact: "Nothing scheduled on \(p.blockedDays.map(RunnerProfile.dayName).joined(separator: ", "))", dataSource: .userReported))
        }
        if let limit = p.maxSessionMinutes {
            let everyDay = p.longRunMaxMinutes == limit
            influencers.append(.init(factor: "max_session_\(Int(limit))_minutes",
                                     impact: everyDay ? "Every session fits in \(Int(limit)) minutes" : "Sessions other than the long run fit in \(Int(limit)) minutes",
                                     dataSource: .userReported))
        }
        if let long = p.longRunMaxMinutes, long != p.maxSessionMinutes {
            influencers.append(.init(factor: "long_run_day_\(Int(long))_minutes", impact: "The long run fits in \(Int(long)) minutes on \(RunnerProfile.dayName(p.longRunDay))", dataSource: .userReported))
        }
        if p.hasHillsAccess || p.hasTrackAccess {
            influencers.append(.init(factor: p.hasTrackAccess ? "track_access" : "hills_access",
                                     impact: p.hasTrackAccess ? "Intervals set on the track" : "Hill repeats replace some flat speed work", dataSource: .userReported))
        }
        influencers.append(.init(factor: "pace_source_\(p.paceEvidence.rawValue.replacingOccurrences(of: " ", with: "_"))",
                                 impact: "Paces from VDOT \(p.vdot) (\(p.paceEvidenceDetail))\(p.paceEvidence.isEstimate ? ", marked uncertain" : "")",
                                 dataSource: [.personalBest, .oldPersonalBest, .easyPace].contains(p.paceEvidence) ? .userReported : .inferred))
        if p.volumeSource != .userReported {
            influencers.append(.init(factor: "current_volume", impact: "Starting volume \(PlanGenerator.km(p.currentVolumeKm)) a week", dataSource: p.volumeSource))
        }
        return .init(capturedAt: PlanRenderer.millis(draft.generatedAt), profileRadar: radar, fitnessIndicators: indicators,
                     planInfluencers: influencers)
    }
}
