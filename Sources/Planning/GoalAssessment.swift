import CadenceCore
import Foundation
import TrainingScience

/// How realistic the runner's goal is for this plan, with the numbers behind the verdict.
public struct GoalAssessment: Sendable, Hashable {
    public let feasibility: GoalFeasibility
    public let reason: String
    /// VDOT the goal time asks for, when there is one.
    public let requiredVdot: Double?
    /// Best evidence of fitness now (not the goal).
    public let currentVdot: Double
    public let currentVdotIsEstimate: Bool
    /// Weekly volume a goal like this usually needs at its peak.
    public let typicalPeakKm: Double?

    public var outcomeConfidence: OutcomeConfidence {
        switch feasibility {
        case .achievable: .achievable
        case .ambitious: .ambitious
        default: .stretch
        }
    }

    /// VDOT points a runner of this level typically gains per week of training, and at most.
    static func gainRate(_ experience: ExperienceLevel) -> (weeksPerPoint: Double, cap: Double) {
        switch experience {
        case .beginner: (2, 8)
        case .returning: (2, 6)
        case .serious: (4, 4)
        case .competitive: (6, 3)
        default: (3, 5)
        }
    }

    /// Whether `targetTime` is within what current fitness can gain in `weeks` (the fitness side
    /// of the verdict; the generator uses it to decide whether race-pace work may use the goal).
    public static func goalWithinReach(targetTime: Double, distance: RaceDistance, currentVdot: Double, weeks: Double,
                                       experience: ExperienceLevel) -> Bool {
        guard let required = try? VDOT(distance: distance, timeSeconds: targetTime) else { return false }
        let rate = gainRate(experience)
        return required.value - currentVdot <= min(rate.cap, weeks / rate.weeksPerPoint)
    }

    /// Weeks a race distance needs at minimum (from a low base for the marathon).
    static func minimumWeeks(raceKm: Double, currentKm: Double, experience: ExperienceLevel) -> Double {
        if raceKm >= PlanMetrics.marathonKm { return currentKm < 30 ? 16 : 12 }
        if raceKm >= PlanMetrics.halfMarathonKm { return currentKm < 15 ? 10 : 8 }
        return experience == .beginner ? 6 : 4
    }

    public static func assess(_ draft: PlanDraft) -> GoalAssessment {
        let p = draft.profile
        let peak = draft.weeks.map { $0.km(draft.paces) }.max() ?? 0
        // Fitness now (the profile never takes it from the goal).
        let evidence = (p.vdot, p.paceEvidence, p.paceEvidenceDetail)
        let current = evidence.0.value
        let estimate = evidence.1.isEstimate
        let km = { (value: Double) in PlanGenerator.km(value) }

        guard p.isRace, let raceKm = p.raceKm, let weeks = draft.weeksToRace else {
            if p.goalType == .baseBuilding, let target = p.runner.goals.targetVolume, target > 0 {
                let share = peak / target
                let feasibility: GoalFeasibility = share >= 0.97 ? .achievable : share >= 0.85 ? .ambitious : .needsAdjustment
                let reason = feasibility == .achievable
                    ? "The safe progression reaches \(km(peak)) a week by week \(draft.weeks.count), meeting your target of \(km(target))."
                    : "Safe increases from \(km(p.currentVolumeKm)) reach \(km(peak)) a week in \(draft.weeks.count) weeks, short of your \(km(target)) target; "
                        + (feasibility == .ambitious ? "close, and the next block gets there." : "plan on a second block or a lower target.")
                return GoalAssessment(feasibility: feasibility, reason: reason, requiredVdot: nil, currentVdot: current,
                                      currentVdotIsEstimate: estimate, typicalPeakKm: target)
            }
            let reason = "The goal is consistent running rather than a result on a date: the plan builds from \(km(p.currentVolumeKm)) to \(km(peak)) a week, well inside what your body can absorb."
            return GoalAssessment(feasibility: .achievable, reason: reason, requiredVdot: nil, currentVdot: current,
                                  currentVdotIsEstimate: estimate, typicalPeakKm: nil)
        }

        let label = PlanGenerator.raceLabel(raceKm)
        let minimum = minimumWeeks(raceKm: raceKm, currentKm: p.currentVolumeKm, experience: p.experience)
        let volumeFactor = raceKm >= PlanMetrics.marathonKm ? 1.35 : raceKm >= PlanMetrics.halfMarathonKm ? 1.0 : 0.8
        let weeksText = PlanMetrics.format((weeks * 10).rounded() / 10)
        let painNote = p.hasCurrentPain ? " Current pain (\(p.currentPain.joined(separator: ", "))) keeps hard sessions out until it settles, which costs fitness." : ""

        // A time for an ultra turns on terrain, heat and pacing more than on a 5K-based fitness figure (VDOT tables end at the
        // marathon), so past the marathon only the finish is judged: weeks and volume.
        if let targetTime = p.targetTime, raceKm <= PlanMetrics.marathonKm + 0.5, let distance = try? RaceDistance(meters: raceKm * 1000),
           let required = try? VDOT(distance: distance, timeSeconds: targetTime) {
            let gain = required.value - current
            let (perPoint, cap) = Self.gainRate(p.experience)
            let attainable = min(cap, weeks / perPoint)
            let typical = max(20, required.value * volumeFactor)
            let volumeShare = peak / typical
            var feasibility: GoalFeasibility
            if gain <= 0 {
                feasibility = volumeShare >= 0.6 ? .achievable : .ambitious
            } else if gain <= attainable * 0.5, volumeShare >= 0.8 {
                feasibility = .achievable
            } else if gain <= attainable, volumeShare >= 0.6 {
                feasibility = .ambitious
            } else {
                feasibility = .unlikely
            }
            if p.hasCurrentPain, feasibility == .achievable { feasibility = .ambitious }
            let fiveK = DurationFormat.format(required.raceTime(for: .fiveK))
            var reason = "\(DurationFormat.format(targetTime)) for the \(label) needs a VDOT of about \(PlanMetrics.format((required.value * 10).rounded() / 10)) (a \(fiveK) 5K). "
            reason += "Your \(estimate ? "estimated " : "")fitness is about \(PlanMetrics.format((current * 10).rounded() / 10)) (\(evidence.2)), "
            reason += gain <= 0 ? "already enough. " : "and \(weeksText) weeks of training typically adds up to \(PlanMetrics.format((attainable * 10).rounded() / 10)) points. "
            reason += "The plan peaks at \(km(peak)) a week; a goal like this usually takes about \(km(typical))."
            if weeks < minimum { reason += " \(weeksText) weeks is also short for the \(label) (\(Int(minimum))+ are advised)." }
            return GoalAssessment(feasibility: feasibility, reason: reason + painNote, requiredVdot: required.value, currentVdot: current,
                                  currentVdotIsEstimate: estimate, typicalPeakKm: typical)
        }

        // A finish goal: enough weeks and enough volume to cover the distance (for an ultra a rough guide that grows with
        // the distance: about 57 km a week for 50 km, 75 for 100 km, 96 for 100 miles).
        let typical = raceKm > PlanMetrics.marathonKm + 0.5 ? min(100, 40 + raceKm * 0.35)
            : raceKm >= PlanMetrics.marathonKm ? 40.0 : raceKm >= PlanMetrics.halfMarathonKm ? 25 : 12
        let feasibility: GoalFeasibility
        let reason: String
        if weeks < minimum * 0.75 {
            feasibility = .needsAdjustment
            reason = "\(weeksText) weeks from \(km(p.currentVolumeKm)) a week is too little time to prepare safely for the \(label) (\(Int(minimum))+ weeks are advised); a later race or a shorter distance first would fit better."
        } else if weeks < minimum || peak < typical * 0.8 {
            feasibility = .ambitious
            reason = "Finishing the \(label) is realistic but tight: \(weeksText) weeks (\(Int(minimum)) advised) and a peak of \(km(peak)) a week (about \(km(typical)) is comfortable)."
        } else {
            feasibility = p.hasCurrentPain ? .ambitious : .achievable
            reason = "\(weeksText) weeks and a peak of \(km(peak)) a week are enough to finish the \(label) comfortably."
        }
        let timeNote = p.targetTime.map { " Your \(DurationFormat.format($0)) is kept as a pacing aim; for an ultra only the finish is judged." } ?? ""
        return GoalAssessment(feasibility: feasibility, reason: reason + timeNote + painNote, requiredVdot: nil, currentVdot: current,
                              currentVdotIsEstimate: estimate, typicalPeakKm: typical)
    }
}
