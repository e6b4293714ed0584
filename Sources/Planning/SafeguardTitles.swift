import CadenceCore
import Foundation

/// Runner-facing names for safeguards. A safeguard's `id` and `name` are internal
/// (`pregnancy_hold_volume`); what a runner reads is what the rule protects, named by the plan
/// metric it checks, so a safeguard a coach adds on a known metric gets a sensible name too.
public enum SafeguardTitles {
    static let byField: [String: String] = [
        "weeklyVolumeIncrease": "Weekly volume grows gradually",
        "weeklyVolumeAboveRecentHigh": "Weekly volume grows gradually",
        "weeklyVolumeAboveRecentHighKm": "Weekly volume grows in small steps",
        "consecutiveHardDays": "No hard days back to back",
        "longRunPercentage": "Long run kept to a fair share of the week",
        "longRunShareOverLimit": "Long run kept to a fair share of the week",
        "longRunKmOverShareAllowance": "Long run kept to a fair share of the week",
        "restDaysPerWeek": "Rest days every week",
        "hardSessionsPerWeek": "A limited number of hard sessions",
        "runsPerWeek": "Runs per week suited to your level",
        "longRunDistanceKm": "Long run length capped",
        "longRunDurationMinutes": "Long run time capped",
        "longRunDurationMinutesUnderHalfMarathon": "Long run time capped",
        "longRunDurationMinutesHalfMarathon": "Long run time capped",
        "longRunIncreaseKm": "Long run grows gradually",
        "longRunIncreaseOverRecentKm": "Long run grows gradually",
        "easyShare": "Most running stays easy",
        "hardSessionsWithCurrentPain": "No hard sessions while something hurts",
        "acuteChronicRatio": "Training load does not jump",
        "sessionDurationMinutes": "Session length suited to your level",
        "sessionDurationMinutesExceptLongRun": "Session length suited to your level",
        "sessionDurationOverRunnerMaxMinutes": "Sessions fit the time you have",
        "taperWeeks": "A taper of the right length",
        "taperWeeksMarathon": "A taper of the right length",
        "taperWeeksHalfMarathon": "A taper of the right length",
        "peakVolumeToCurrentRatio": "Peak volume within reach of what you run now",
        "weeksToRace": "Enough weeks to prepare",
        "weeksToMarathonFromLowBase": "Enough weeks to prepare",
        "runSpikeOverLongest30Days": "No single run far longer than your recent runs",
        "consecutiveRunDaysAfterBoneStressInjury": "Rest days between runs after a bone stress injury",
        "volumeAboveCurrentWithRedsSigns": "Volume held while your energy balance is checked",
        "raceDistanceKm": "Race distance confirmed with you",
        "runningSessionsWithRedFlagSymptoms": "Running paused: symptoms a doctor should see",
        "runningSessionsWithStopPain": "Running paused: pain that needs checking",
        "runningSessionsWithIllness": "Running paused while you are ill",
        "runningSessionsPostpartumWithoutClearance": "After giving birth: running once you are cleared",
        "runningSessionsWithUnhealedBoneStressInjury": "Running paused until the bone has healed",
        "volumeAboveCurrentWhilePregnant": "During pregnancy: volume held at today's level",
        "pregnantWithoutClearance": "During pregnancy: a check with your midwife or doctor",
        "forecastWbgtCelsius": "Easing off in the heat",
    ]

    /// The runner-facing name of `safeguard`.
    public static func title(for safeguard: Safeguard) -> String {
        if let title = byField[safeguard.condition.field] { return title }
        return switch safeguard.category {
        case .volume: "Volume check"
        case .intensity: "Intensity check"
        case .frequency: "Frequency check"
        case .recovery: "Recovery check"
        default: "Safety check"
        }
    }

    /// The runner-facing name of the safeguard with `id` among `safeguards` ("Safety check" when
    /// it is not among them: the id itself is never shown).
    public static func title(forId id: String, in safeguards: [Safeguard]) -> String {
        safeguards.first { $0.id == id }.map(title(for:)) ?? "Safety check"
    }
}
