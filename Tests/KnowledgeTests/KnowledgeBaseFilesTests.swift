import CadenceCore
import Foundation
import Testing
@testable import Knowledge
import CadenceTestSupport

struct KnowledgeBaseFilesTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/KnowledgeBaseSample")

    /// A copy of the sample to break on purpose.
    static func copyOfSample() throws -> URL {
        let folder = ScratchFolder.root.appendingPathComponent("kb-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: sample, to: folder)
        return folder
    }

    @Test func loadsEntriesSafeguardsAndLexicon() throws {
        let files = try KnowledgeBaseFiles.load(from: Self.sample, now: 1000)
        #expect(files.entries.map(\.id) == ["easy-running-heart-rate", "shin-splints", "taper-length-by-distance"])
        let shins = try #require(files.entries.first { $0.id == "shin-splints" })
        #expect(shins.category == .injuryPrevention)
        #expect(shins.tags == ["injury", "shin_splints", "volume"])
        #expect(shins.applicableExperience == ["beginner", "casual"])
        #expect(shins.usageContext == .safety)
        #expect(shins.content.hasPrefix("Medial tibial stress syndrome"))
        #expect(shins.createdAt == 1000)
        let age = try #require(files.safeguards.first { $0.name == "age_50_plus_recovery" })
        #expect(age.condition.applicableWhen?.age?.operator == .greaterThanOrEqual)
        #expect(age.condition.applicableWhen?.age?.value == 50)
        #expect(age.condition.threshold == 2)
        let volume = try #require(files.safeguards.first { $0.name == "max_volume_increase_10_percent" })
        #expect(volume.action.adjustment == 0.10)
        #expect(volume.ruleType == .hardLimit)
        #expect(files.lexicon.concepts(in: TextAnalyzer.terms("my shins are sore")) == ["shin"])
    }

    @Test(arguments: [
        ("entries/shin-splints.md", "category: injury_prevention", "category: injuries", "shin-splints.md: field `category`: injuries is not one of"),
        ("entries/shin-splints.md", "confidence: well_supported\n", "", "shin-splints.md: field `confidence`: is missing"),
        ("entries/shin-splints.md", "slug: shin-splints", "slug: shins", "field `slug`: is shins but the file is named shin-splints.md"),
        ("entries/shin-splints.md", "applicablePhases: [base, build]", "applicablePhases: [base, spring]", "field `applicablePhases`: spring is not one of"),
        ("entries/shin-splints.md", "isActive: true", "isActive: sometimes", "field `isActive`: should be true or false"),
        ("entries/shin-splints.md", "---\nslug", "slug", "shin-splints.md: no YAML front matter"),
        ("safeguards/age_50_plus_recovery.yaml", "operator: \">\"", "operator: \"about\"", "field `condition.operator`: about is not one of"),
        ("safeguards/age_50_plus_recovery.yaml", "severity: info", "severity: meh", "field `action.severity`: meh is not one of"),
        ("safeguards/age_50_plus_recovery.yaml", "  threshold: 2\n", "", "field `condition.threshold`: is missing"),
        ("safeguards/max_volume_increase_10_percent.yaml", "priority: 1", "priority: first", "field `priority`: should be a number"),
    ])
    func invalidFilesNameTheFileAndField(file: String, find: String, replace: String, message: String) throws {
        let folder = try Self.copyOfSample()
        let path = folder.appendingPathComponent(file)
        let text = try String(contentsOf: path, encoding: .utf8)
        #expect(text.contains(find))
        try text.replacingOccurrences(of: find, with: replace).write(to: path, atomically: true, encoding: .utf8)
        #expect {
            _ = try KnowledgeBaseFiles.load(from: folder, now: 0)
        } throws: { error in
            "\(error)".contains(message) && "\(error)".hasPrefix(path.path)
        }
    }

    @Test func aMissingFolderIsAClearError() {
        #expect(throws: KnowledgeError.missingDirectory("/nonexistent/kb")) {
            _ = try KnowledgeBaseFiles.load(from: URL(fileURLWithPath: "/nonexistent/kb"), now: 0)
        }
    }
}
