import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// Task 13, eleventh corpus round: the conversations of the fifteenth and sixteenth batches (written and
/// committed before any of these fixes) and what the corpus as a whole still got wrong. Each row failed
/// before its fix; beside the corpus phrasing are other voices for it, and controls that must stay as they were.
struct AnswerPhrasingEleventhRoundTests {
    static func check(_ message: String, asked: String?, _ path: String, _ expected: JSONValue?,
                      _ edit: (inout Runner) -> Void = { _ in }) {
        AnswerPhrasingSeventhRoundTests.check(message, asked: asked, path, expected, edit)
    }
    static func list(_ values: String...) -> JSONValue { .array(values.map { .string($0) }) }

    // MARK: - Names

    /// The question asks for a first name: a name given in full is stored as the first name, and the name the
    /// runner goes by wins ("but call me", "but everybody calls me"). In ten corpus conversations written by
    /// different people, every writer expected that name; one expected the full name.
    @Test(arguments: [
        ("Howdy. Travis Wade, out of Fort Worth.", "Travis"),
        ("Sat Sri Akal. Surinder Singh here.", "Surinder"),
        ("Good day. My name is Yevgenia, but everybody calls me Zhenya. I am from Minsk.", "Zhenya"),
        ("Josianne, but call me Josie, everyone does.", "Josie"),
        ("Dr. Anand Rao", "Anand"),
        // A given name of two syllables written apart stays whole.
        ("hi im wei ming", "Wei Ming"),
        ("Nguyen Thi Lan? Just Thi Lan", "Thi Lan"),
        // Controls: one name, and what others call the runner without the runner's say-so.
        ("Sam", "Sam"),
        ("Anne-Marie", "Anne-Marie"),
    ])
    func theNameTheyGoBy(message: String, name: String) {
        Self.check(message, asked: "identity.name", "identity.name", .string(name))
    }
}
