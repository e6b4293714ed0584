import Foundation

/// A row of the seed's `safeguards` table.
public struct Safeguard: Codable, Hashable, Sendable {
    /// Primary key (the seed's document id).
    public var id: String
    /// "max_volume_increase"
    public var name: String
    public var description: String
    /// "volume" | "intensity" | "frequency" | "recovery" | "safety"
    public var category: SafeguardCategory
    /// "hard_limit" | "soft_limit" | "warning"
    public var ruleType: SafeguardRuleType
    public var condition: Condition
    public var action: Action
    public var source: String
    /// Why this safeguard exists
    public var rationale: String
    public var isActive: Bool
    /// Lower = higher priority (checked first)
    public var priority: Int
    public var createdAt: Int64
    public var updatedAt: Int64

    public init(
        id: String,
        name: String,
        description: String,
        category: SafeguardCategory,
        ruleType: SafeguardRuleType,
        condition: Condition,
        action: Action,
        source: String,
        rationale: String,
        isActive: Bool,
        priority: Int,
        createdAt: Int64,
        updatedAt: Int64
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.category = category
        self.ruleType = ruleType
        self.condition = condition
        self.action = action
        self.source = source
        self.rationale = rationale
        self.isActive = isActive
        self.priority = priority
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public struct Condition: Codable, Hashable, Sendable {
        /// "weeklyVolumeIncrease" | "consecutiveHardDays" | etc.
        public var field: String
        /// ">" | "<" | ">=" | "<=" | "==" | "contains"
        public var `operator`: ComparisonOperator
        /// The limit value
        public var threshold: JSONValue
        public var applicableWhen: ApplicableWhen?

        public init(
            field: String,
            `operator`: ComparisonOperator,
            threshold: JSONValue,
            applicableWhen: ApplicableWhen? = nil
        ) {
            self.field = field
            self.`operator` = `operator`
            self.threshold = threshold
            self.applicableWhen = applicableWhen
        }

        public struct ApplicableWhen: Codable, Hashable, Sendable {
            public var experienceLevel: [String]?
            public var hasInjuryHistory: Bool?
            public var injuryTypes: [String]?
            public var age: AgeCondition?

            public init(
                experienceLevel: [String]? = nil,
                hasInjuryHistory: Bool? = nil,
                injuryTypes: [String]? = nil,
                age: AgeCondition? = nil
            ) {
                self.experienceLevel = experienceLevel
                self.hasInjuryHistory = hasInjuryHistory
                self.injuryTypes = injuryTypes
                self.age = age
            }

            public struct AgeCondition: Codable, Hashable, Sendable {
                public var `operator`: ComparisonOperator
                public var value: Double

                public init(
                    `operator`: ComparisonOperator,
                    value: Double
                ) {
                    self.`operator` = `operator`
                    self.value = value
                }
            }
        }
    }

    public struct Action: Codable, Hashable, Sendable {
        /// "cap" | "reduce" | "block" | "warn" | "require_confirmation"
        public var type: SafeguardActionType
        /// How to adjust if action is "cap" or "reduce"
        public var adjustment: JSONValue?
        /// Message to show/log
        public var message: String
        /// "info" | "warning" | "critical"
        public var severity: SafeguardSeverity

        public init(
            type: SafeguardActionType,
            adjustment: JSONValue? = nil,
            message: String,
            severity: SafeguardSeverity
        ) {
            self.type = type
            self.adjustment = adjustment
            self.message = message
            self.severity = severity
        }
    }
}
