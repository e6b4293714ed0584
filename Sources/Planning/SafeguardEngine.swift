import CadenceCore
import Foundation

/// A safeguard asking the runner to confirm before the plan becomes active.
public struct PendingConfirmation: Sendable, Hashable, Codable {
    public let safeguardId: String
    public let message: String
    public let detail: String
}

/// What the engine did to a plan.
public struct SafeguardReport: Sendable {
    /// Every safeguard considered, in priority order, and every adjustment, warning and
    /// confirmation, in the seed's `safeguardApplications` shape.
    public var applications: [TrainingPlan.SafeguardApplication] = []
    public var confirmations: [PendingConfirmation] = []
    /// Warnings shown to the runner (the `warn` actions), with the weeks they concern.
    public var warnings: [String] = []
    /// Soft or warning rules that could not be evaluated (an unknown condition field).
    public var unevaluated: [String] = []
    /// The rules that apply to this runner and were checked, with their condition fields.
    public var checked: [CheckedRule] = []

    public struct CheckedRule: Sendable, Hashable {
        public let id: String
        public let field: String
        public let safeguard: Safeguard
    }

    public init() {}

    /// The rules that changed the plan (cap, reduce or block actions that were applied).
    public var adjustedSafeguardIds: [String] {
        var seen = Set<String>()
        return applications.filter { $0.applied && $0.adjustedValue != nil }.map(\.safeguardId).filter { seen.insert($0).inserted }
    }
}

/// Checks a draft plan against the safeguards, in priority order, and adjusts it.
///
/// - `cap` / `reduce` bring the metric to the rule's `adjustment` (a ceiling for `>` rules, a
///   floor for `<` rules) and the whole plan is checked again, until nothing changes.
/// - `block` repairs the plan (moves or eases the offending sessions); when no repair exists the
///   plan is refused.
/// - `warn` annotates the weeks concerned; `require_confirmation` keeps the plan a `draft`.
/// After the adjustments every hard limit is verified once more: a plan that still breaks one is
/// refused, never returned.
public struct SafeguardEngine: Sendable {
    public static let confirmationPrefix = "Needs confirmation: "
    public static let maximumPasses = 20
    /// Conditions known only on the day (the weather): rules on them are checked when the runner
    /// reports them (`HeatCheck` in the chat), never against a plan made weeks ahead.
    public static let dayOfFields: Set<String> = ["forecastWbgtCelsius"]

    public let safeguards: [Safeguard]
    /// Rules switched off in their files: logged in every plan as not evaluated, with their description.
    public let inactive: [Safeguard]

    public init(safeguards: [Safeguard]) {
        self.safeguards = safeguards.filter(\.isActive).sorted { ($0.priority, $0.name) < ($1.priority, $1.name) }
        inactive = safeguards.filter { !$0.isActive }.sorted { $0.name < $1.name }
    }

    struct Rule {
        let safeguard: Safeguard
        let metric: PlanMetrics.Field
        let threshold: Double
        let adjustment: Double?
        let id: String
        var scope: PlanMetrics.Scope { metric.scope }
        var field: String { metric.rawValue }

        func violated(_ value: Double) -> Bool {
            let epsilon = 1e-6 * max(1, abs(threshold))
            switch comparison {
            case 0: return value > threshold + epsilon
            case 1: return value >= threshold - epsilon
            case 2: return value < threshold - epsilon
            case 3: return value <= threshold + epsilon
            default: return abs(value - threshold) <= epsilon
            }
        }

        /// The operator as a small number (">", ">=", "<", "<=", "=="), read once.
        var comparison: Int

        /// The value a cap or reduce brings the metric to.
        var target: Double { adjustment ?? threshold }
        var isEnforced: Bool { safeguard.ruleType == .hardLimit }
        var adjusts: Bool { [.cap, .reduce, .block].contains(safeguard.action.type) }
    }

    /// Validates the rules: numbers where numbers are needed, known operators, known fields.
    /// A hard limit on an unknown field is an error (the plan could not be guaranteed safe);
    /// other rules on unknown fields are reported in the result and skipped.
    func rules(report: inout SafeguardReport) throws(PlanningError) -> [Rule] {
        var rules: [Rule] = []
        for safeguard in safeguards {
            let field = safeguard.condition.field
            if Self.dayOfFields.contains(field) {
                report.applications.append(.init(safeguardId: safeguard.id, applied: false,
                                                  reason: "Not applicable to a plan made ahead: checked on the day, when the runner reports the weather in the chat."))
                continue
            }
            guard let metric = PlanMetrics.Field(rawValue: field) else {
                let known = PlanMetrics.fieldNames
                if safeguard.ruleType == .hardLimit {
                    throw .unknownSafeguardField(safeguard: safeguard.name, field: field, known: known)
                }
                let message = "\(safeguard.name): condition field `\(field)` is unknown to the plan checker, so this rule was not evaluated"
                report.unevaluated.append(message)
                report.applications.append(.init(safeguardId: safeguard.id, applied: false, reason: "Not evaluated: \(message)."))
                continue
            }
            guard ["<", ">", "<=", ">=", "=="].contains(safeguard.condition.operator.rawValue) else {
                throw .invalidSafeguard(safeguard: safeguard.name,
                                        reason: "operator `\(safeguard.condition.operator.rawValue)` cannot compare a number")
            }
            guard let threshold = safeguard.condition.threshold.doubleValue else {
                throw .invalidSafeguard(safeguard: safeguard.name, reason: "threshold must be a number")
            }
            var adjustment: Double?
            if let value = safeguard.action.adjustment, !value.isNull {
                guard let number = value.doubleValue else {
                    throw .invalidSafeguard(safeguard: safeguard.name, reason: "action.adjustment must be a number")
                }
                adjustment = number
            }
            rules.append(Rule(safeguard: safeguard, metric: metric, threshold: threshold, adjustment: adjustment, id: safeguard.id,
                              comparison: [">", ">=", "<", "<=", "=="].firstIndex(of: safeguard.condition.operator.rawValue)!))
        }
        return rules
    }

    /// Why a rule does not apply to this runner, or nil when it does. Keys combine with AND.
    static func notApplicable(_ safeguard: Safeguard, profile: RunnerProfile) -> String? {
        guard let when = safeguard.condition.applicableWhen else { return nil }
        if let levels = when.experienceLevel, !levels.contains(profile.experience.rawValue) {
            return "applies to \(levels.joined(separator: "/")) runners; this runner is \(profile.experience.rawValue)"
        }
        if let history = when.hasInjuryHistory, history != profile.hasInjuryHistory {
            return history ? "applies to runners with an injury history; none recorded" : "applies to runners without an injury history"
        }
        if let types = when.injuryTypes, !profile.injuries.contains(where: { RunnerProfile.injury($0, isOneOf: types) }) {
            return "applies to a history of \(types.joined(separator: "/")); "
                + (profile.injuries.isEmpty ? "none recorded" : "this runner's history is \(profile.injuries.joined(separator: ", "))")
        }
        if let age = when.age {
            guard let years = profile.age else { return "applies by age, which is not known" }
            if !age.operator.holds(Double(years), age.value) { return "applies at age \(age.operator.rawValue) \(PlanMetrics.format(age.value)); this runner is \(years)" }
        }
        return nil
    }

    /// Checks and adjusts `draft` in place. Throws `refused` when a hard limit cannot be met.
    public func check(_ draft: inout PlanDraft) throws(PlanningError) -> SafeguardReport {
        var report = SafeguardReport()
        let all = try rules(report: &report)
        for safeguard in inactive {
            report.applications.append(.init(safeguardId: safeguard.id, applied: false, reason: "Inactive: \(safeguard.description)"))
        }
        var active: [Rule] = []
        for rule in all {
            if let reason = Self.notApplicable(rule.safeguard, profile: draft.profile) {
                report.applications.append(.init(safeguardId: rule.id, applied: false, reason: "Not applicable: \(reason)."))
            } else {
                active.append(rule)
                report.checked.append(.init(id: rule.id, field: rule.field, safeguard: rule.safeguard))
            }
        }
        // Adjust until stable.
        var applied = Set<String>()
        for _ in 0..<Self.maximumPasses {
            var changed = false
            for rule in active where rule.adjusts {
                // Week by week, each value measured after the weeks before it were adjusted, so a
                // change ripples forward within one pass.
                let count = rule.scope == .week ? draft.weeks.count : 1
                let batch = items(rule, draft)
                var dirty = false
                for position in 0..<count {
                    let current = rule.scope != .week ? batch
                        : [dirty ? Item(week: position, day: nil, value: PlanMetrics.week(rule.metric, draft, position)) : batch[position]]
                    for item in current {
                    guard let value = item.value, rule.violated(value) else { continue }
                    if let entry = adjust(rule, item: item, value: value, draft: &draft) {
                        report.applications.append(entry)
                        applied.insert(rule.id)
                        changed = true
                        dirty = true
                    }
                    }
                }
            }
            if !changed { break }
        }
        // Verify, warn, ask.
        for rule in active {
            let evaluated = items(rule, draft)
            var hits: [(Item, Double)] = []
            for item in evaluated {
                if let value = item.value, rule.violated(value) { hits.append((item, value)) }
            }
            let action = rule.safeguard.action
            if hits.isEmpty {
                if !applied.contains(rule.id) {
                    report.applications.append(.init(safeguardId: rule.id, applied: false, reason: checkedReason(rule, evaluated)))
                }
                continue
            }
            if rule.adjusts && rule.isEnforced {
                let (item, value) = hits[0]
                throw .refused(safeguard: rule.safeguard.name, message: action.message,
                               detail: "\(item.label): \(rule.field) is \(PlanMetrics.format(value)), limit \(rule.safeguard.condition.operator.rawValue) \(PlanMetrics.format(rule.threshold))")
            }
            let where_ = hits.map(\.0.label)
            let summary = Self.summarize(where_)
            let original: JSONValue = .object(Dictionary(uniqueKeysWithValues: hits.prefix(60).map { ($0.0.label, .number(PlanMetrics.round($0.1))) }))
            switch action.type {
            case .requireConfirmation:
                let detail = "\(rule.field) \(PlanMetrics.format(hits.map(\.1).max()!)) (\(summary))"
                report.confirmations.append(PendingConfirmation(safeguardId: rule.id, message: action.message, detail: detail))
                report.applications.append(.init(safeguardId: rule.id, applied: true, originalValue: original,
                                                 reason: Self.confirmationPrefix + action.message))
            default:
                // `warn`, and cap/reduce/block rules that are soft and could not be met in full.
                for (item, _) in hits {
                    if let week = item.week {
                        draft.weeks[week].mark(rule.id, warning: action.message)
                    }
                }
                let prefix = action.type == .warn ? "Warning" : "Could not fully apply (\(rule.safeguard.ruleType.rawValue))"
                report.warnings.append("\(action.message) (\(summary))")
                report.applications.append(.init(safeguardId: rule.id, applied: true, originalValue: original,
                                                 reason: "\(prefix): \(action.message) — \(summary)."))
            }
        }
        return report
    }

    /// Hard limits (cap, reduce or block) that `draft` breaks: empty for every plan `check` returns.
    public func violations(in draft: PlanDraft) -> [String] {
        var report = SafeguardReport()
        guard let all = try? rules(report: &report) else { return ["the safeguards themselves are invalid"] }
        return all.filter { $0.isEnforced && $0.adjusts && Self.notApplicable($0.safeguard, profile: draft.profile) == nil }
            .flatMap { rule in
                items(rule, draft).compactMap { item in
                    guard let value = item.value, rule.violated(value) else { return nil }
                    return "\(rule.id) \(item.label): \(rule.field) = \(PlanMetrics.format(value))"
                }
            }
    }

    // MARK: - Items

    struct Item {
        let week: Int?
        let day: Int?
        let value: Double?

        var label: String {
            guard let week else { return "plan" }
            guard let day else { return "week \(week + 1)" }
            return "week \(week + 1) \(RunnerProfile.dayName(day))"
        }
    }

    func items(_ rule: Rule, _ draft: PlanDraft) -> [Item] {
        switch rule.scope {
        case .plan:
            return [Item(week: nil, day: nil, value: PlanMetrics.plan(rule.metric, draft))]
        case .week:
            return PlanMetrics.weekValues(rule.metric, draft).enumerated().map { Item(week: $0.offset, day: nil, value: $0.element) }
        case .session:
            var result: [Item] = []
            result.reserveCapacity(draft.weeks.count * 7)
            for (week, plan) in draft.weeks.enumerated() {
                for session in plan.sessions {
                    result.append(Item(week: week, day: session.day, value: PlanMetrics.session(rule.metric, draft, session)))
                }
            }
            return result
        }
    }

    func checkedReason(_ rule: Rule, _ evaluated: [Item]) -> String {
        let values = evaluated.compactMap(\.value)
        let op = rule.safeguard.condition.operator.rawValue
        guard !values.isEmpty else { return "Checked: \(rule.field) does not apply to this plan." }
        let extreme = op.hasPrefix("<") ? values.min()! : values.max()!
        let label = rule.scope == .plan ? "" : (op.hasPrefix("<") ? "lowest " : "highest ")
        return "Checked: \(label)\(rule.field) \(PlanMetrics.format(extreme)); the rule acts when it is \(op) \(PlanMetrics.format(rule.threshold))."
    }

    static func summarize(_ labels: [String]) -> String {
        let weeks = labels.compactMap { label -> Int? in
            guard label.hasPrefix("week ") else { return nil }
            return Int(label.dropFirst(5).split(separator: " ")[0])
        }
        guard !weeks.isEmpty else { return labels.joined(separator: ", ") }
        let unique = Array(Set(weeks)).sorted()
        return (unique.count == 1 ? "week " : "weeks ") + unique.map(String.init).joined(separator: ", ")
    }
}
