import Foundation

/// Health data is kept only with the runner's consent (`legal.healthConsentAt`).
///
/// The seed has no "declined" field, so a decline is recorded as an answered consent question
/// without health consent: `legal.consentVersion` set (the version of the question the runner
/// answered) and `legal.healthConsentAt` absent.
public enum HealthConsent {
    public enum Status: Sendable, Equatable {
        /// Not asked yet: health facts wait in the conversation.
        case notAsked
        case given
        /// Asked and refused: no health field is written, and plans use the most cautious progression.
        case declined
    }

    public static func status(of runner: Runner) -> Status {
        if runner.legal.healthConsentAt != nil { return .given }
        return runner.legal.consentVersion == nil ? .notAsked : .declined
    }

    /// Heart-rate and body-composition fields besides the `health` section: what the consent question covers.
    static let physicalPaths: Set<String> = [
        "physical.maxHeartRate", "physical.maxHeartRateSource", "physical.restingHeartRate", "physical.restingHeartRateSource",
        "physical.lactateThresholdHeartRate", "physical.weightKg", "physical.weightSource", "physical.weightUpdatedAt",
        "physical.bodyFatPercentage", "physical.bmi",
    ]

    /// Whether a runner path holds health data (injuries, pain, conditions, medications, heart rate, body weight).
    public static func covers(_ path: String) -> Bool {
        path.hasPrefix("health.") || physicalPaths.contains(path)
    }

    /// Why a write of `paths` is refused, or nil when it may go ahead.
    public static func refusal(writing paths: [String], for runner: Runner) -> String? {
        let health = paths.filter(covers)
        guard !health.isEmpty else { return nil }
        switch status(of: runner) {
        case .given:
            return nil
        case .declined:
            return "\(health.joined(separator: ", ")) \(health.count == 1 ? "is" : "are") health data and the runner declined "
                + "to have health data kept; leave \(health.count == 1 ? "it" : "them") out (the plan is built without health data)"
        case .notAsked:
            return "\(health.joined(separator: ", ")) \(health.count == 1 ? "is" : "are") health data, which is kept only with "
                + "the runner's consent: ask first, and call record_consent with healthData true once they agree"
        }
    }
}
