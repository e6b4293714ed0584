import CadenceCore
import CadenceTestSupport
import Foundation
import Knowledge
import LLM
import Testing
@testable import Agent

/// The heat safeguard on the day (issue #20): what runners say about the weather, the WBGT
/// estimate, and the chat adding the rule's advice whatever the model says.
struct HeatCheckTests {
    static let safeguards: [Safeguard] = {
        (try? KnowledgeBaseFiles.load(from: ChatSessionTests.root.appendingPathComponent("KnowledgeBase"), now: 0).safeguards) ?? []
    }()

    /// (what the runner says, whether the heat advice should follow). Written from how runners
    /// talk about weather, including numbers that are not temperatures.
    static let table: [(String, Bool)] = [
        ("It's going to be 33 degrees and humid here all week", true),
        ("forecast says 34°C on Saturday for my long run", true),
        ("We're in a heatwave, should I still do my intervals?", true),
        ("it's 95F and muggy in Houston", true),
        ("Hot and humid again today, ugh", true),
        ("31 C with 80% humidity this morning", true),
        ("Lovely 18 degrees this morning, perfect running weather", false),
        ("It was 30 degrees but very dry, 15% humidity", false),  // WBGT ≈ 26 °C in the shade
        ("I ran 33 km last Sunday", false),
        ("My 10k PB is 45 minutes", false),
        ("I run 5 days a week, 40 km", false),
        ("-5 degrees and icy, can I run?", false),
        ("I'd like to run a marathon in the summer", false),
    ]

    @Test(arguments: table) func whatRunnersSay(_ text: String, _ advised: Bool) throws {
        #expect(Self.safeguards.contains { $0.name == "heat_wbgt" && $0.isActive })
        let note = HeatCheck.conditions(in: text).flatMap { HeatCheck.note(for: $0, safeguards: Self.safeguards) }
        #expect((note != nil) == advised, "\(text): \(String(describing: HeatCheck.conditions(in: text)))")
    }

    /// The Bureau of Meteorology formula at points checked by hand: 30 °C / 50 % → 29.3; 25 °C / 40 % → 23.1.
    @Test func theWBGTEstimate() {
        #expect(abs(HeatCheck.estimatedWBGT(temperatureCelsius: 30, relativeHumidity: 50) - 29.3) < 0.1)
        #expect(abs(HeatCheck.estimatedWBGT(temperatureCelsius: 25, relativeHumidity: 40) - 23.1) < 0.1)
        #expect(HeatCheck.conditions(in: "it's 95F outside")?.temperatureCelsius.map { abs($0 - 35) < 0.01 } == true)
    }

    /// An inactive or missing heat rule gives no advice: the knowledge base decides.
    @Test func theRuleDecides() throws {
        let hot = try #require(HeatCheck.conditions(in: "33 degrees and humid"))
        #expect(HeatCheck.note(for: hot, safeguards: []) == nil)
        var off = try #require(Self.safeguards.first { $0.name == "heat_wbgt" })
        off.isActive = false
        #expect(HeatCheck.note(for: hot, safeguards: [off]) == nil)
    }

    @Test func theChatAddsTheAdviceAndTheModelHearsIt() async throws {
        let fixture = try ChatSessionTests.Fixture([.reply("Sounds like a good week of training.")])
        try fixture.database.saveSafeguards(Self.safeguards)
        let answer = try await fixture.session.send("It's going to be 34 degrees and humid for my intervals on Thursday")
        #expect(answer.hasPrefix("Sounds like a good week of training.\n\n34 °C at about 70 % humidity"), "\(answer)")
        #expect(answer.contains("move any hard session to a cooler day"))
        let context = fixture.model.requests.first?.messages.compactMap { if case .context(let text) = $0 { text } else { nil } }.first
        #expect(context?.contains("the heat safeguard applies") == true)
        let lines = try fixture.lines()
        #expect(lines.contains { $0["type"] as? String == "error" && $0["kind"] as? String == "heat" })
        #expect(lines.contains { $0["type"] as? String == "assistant" && ($0["text"] as? String)?.contains("cooler day") == true })
        // A cool day says nothing.
        let cool = try ChatSessionTests.Fixture([.reply("Enjoy it.")])
        try cool.database.saveSafeguards(Self.safeguards)
        #expect(try await cool.session.send("A cool 12 degrees this morning") == "Enjoy it.")
    }
}
