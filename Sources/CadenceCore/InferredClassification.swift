import Foundation

/// A session type the inference engine assigned to one activity.
public struct InferredClassification: Sendable, Equatable {
    public var activityId: String
    public var sessionType: ActivitySessionType
    public var confidence: Double

    public init(activityId: String, sessionType: ActivitySessionType, confidence: Double) {
        self.activityId = activityId
        self.sessionType = sessionType
        self.confidence = confidence
    }
}
