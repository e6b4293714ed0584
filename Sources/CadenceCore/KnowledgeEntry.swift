import Foundation

/// A row of the seed's `knowledgeBase` table.
public struct KnowledgeEntry: Codable, Hashable, Sendable {
    /// Primary key (the seed's document id).
    public var id: String
    /// "physiology" | "training_principles" | "periodization" | "recovery" | "injury_prevention" | "nutrition" | "mental"
    public var category: KnowledgeCategory
    public var subcategory: String?
    public var tags: [String]
    public var title: String
    /// The actual knowledge
    public var content: String
    /// One-line summary for context
    public var summary: String
    /// ["race", "base_building"]
    public var applicableGoals: [String]?
    /// ["beginner", "intermediate"]
    public var applicableExperience: [String]?
    /// ["base", "build", "peak"]
    public var applicablePhases: [String]?
    /// "daniels_running_formula" | "pfitzinger" | "coach_interview" | "research_paper"
    public var source: String
    /// Citation or page number
    public var sourceReference: String?
    /// Coach names who validated
    public var validatedBy: [String]?
    public var validatedAt: Int64?
    /// "established" | "well_supported" | "emerging" | "experimental"
    public var confidence: EvidenceConfidence
    /// "plan_generation" | "coaching_advice" | "explanation" | "safety"
    public var usageContext: UsageContext
    public var isActive: Bool
    /// Vector embedding for semantic search
    public var embedding: [Double]?
    public var embeddingModel: String?
    public var createdAt: Int64
    public var updatedAt: Int64
    public var version: Int

    public init(
        id: String,
        category: KnowledgeCategory,
        subcategory: String? = nil,
        tags: [String],
        title: String,
        content: String,
        summary: String,
        applicableGoals: [String]? = nil,
        applicableExperience: [String]? = nil,
        applicablePhases: [String]? = nil,
        source: String,
        sourceReference: String? = nil,
        validatedBy: [String]? = nil,
        validatedAt: Int64? = nil,
        confidence: EvidenceConfidence,
        usageContext: UsageContext,
        isActive: Bool,
        embedding: [Double]? = nil,
        embeddingModel: String? = nil,
        createdAt: Int64,
        updatedAt: Int64,
        version: Int
    ) {
        self.id = id
        self.category = category
        self.subcategory = subcategory
        self.tags = tags
        self.title = title
        self.content = content
        self.summary = summary
        self.applicableGoals = applicableGoals
        self.applicableExperience = applicableExperience
        self.applicablePhases = applicablePhases
        self.source = source
        self.sourceReference = sourceReference
        self.validatedBy = validatedBy
        self.validatedAt = validatedAt
        self.confidence = confidence
        self.usageContext = usageContext
        self.isActive = isActive
        self.embedding = embedding
        self.embeddingModel = embeddingModel
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.version = version
    }
}
