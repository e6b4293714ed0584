import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// Task 13, eighth corpus round: the earlier batches' open failures, then the conversations of the ninth and
/// tenth batches (written and committed before any of these fixes). Each row failed before its fix; beside
/// the corpus phrasing are other voices for it, and controls that must stay as they were.
struct AnswerPhrasingEighthRoundTests {
    static func check(_ message: String, asked: String?, _ path: String, _ expected: JSONValue?,
                      _ edit: (inout Runner) -> Void = { _ in }) {
        AnswerPhrasingSeventhRoundTests.check(message, asked: asked, path, expected, edit)
    }

    // MARK: - Race names

    @Test(arguments: [
        ("Boston. I qualified at Chicago in October with 3:58, and at 66 I'm not waiting another year.", "Boston Marathon"),
        ("The Crescent City Classic, the 10K in New Orleans. It's always on Holy Saturday.", "Crescent City Classic"),
        ("I want to run Sentrumsløpet in Oslo, the 10 kilometres, on Saturday the 24th of April.", "Sentrumsløpet 10K"),
        ("I prepare for half-marathon in my home city, Poznań. All my family will be there to see.", "Poznań Half Marathon"),
        ("A marathon, because apparently I hate myself. Vermont City, up in Burlington.", "Vermont City Marathon"),
        ("World domination. Failing that, a race: the Easter festival 10k in Douglas.", "Easter Festival 10k"),
        ("got 10k race lah, putrajaya night run", "Putrajaya Night Run"),
        ("Tarawera 100k in Feb. Thirteen hours would be a dream.", "Tarawera 100k"),
        ("A race: the Highland Fling, 53 miles on the West Highland Way.", "Highland Fling"),
        ("A race. My first 42, the Alexander the Great marathon in Thessaloniki.", "Alexander the Great Marathon"),
        ("I want to run the BIG 25 in Berlin, that's 25 km, on 9. Mai.", "BIG 25"),
        // Other voices.
        ("Half marathon in my hometown, Galway, in March.", "Galway Half Marathon"),
        ("The Lake Tahoe Classic, a 10k around the lake.", "Lake Tahoe Classic"),
        ("Javelina 100k in late October, if the desert lets me.", "Javelina 100k"),
    ])
    func raceNames(message: String, name: String) {
        Self.check(message, asked: "goals.goalType", "goals.raceName", .string(name))
    }

    @Test func aNameSaidWithTheGoalInTheFirstMessage() {
        Self.check("I am Cem, 27, from Kreuzberg. I want to run the BIG 25 in Berlin, that's 25 km, on 9. Mai.",
                   asked: "identity.name", "goals.raceName", .string("BIG 25"))
    }

    @Test(arguments: [
        "Sunday 10k in May, nothing fancy.",                  // a day is no name
        "A marathon. Crazy, I know.",                          // one capitalised word is no name
        "A half. Thank God it's not a full one.",              // a sentence opener
        "Roughly 40 km a week at the moment, and a 10k in May.",
        "A marathon. New Year, new me.",
        "Half marathon in my town, the one by the river.",     // no place named
    ])
    func noRaceName(message: String) {
        Self.check(message, asked: "goals.goalType", "goals.raceName", nil)
    }

    // MARK: - Targets

    /// "I'd like to go under 4:15" in answer to the target question is the target, not a switch to a speed goal.
    @Test func aTargetSaidAsGoingUnderIsNoNewGoal() {
        let raceGoal: (inout Runner) -> Void = { $0.goals.goalType = .race; $0.goals.raceDistance = 42.195 }
        let message = "I'd like to go under 4:15. My PR is 3:52, but Big Sur has Hurricane Point, so I'm being realistic."
        Self.check(message, asked: "goals.targetTime", "goals.goalType", nil, raceGoal)
        Self.check(message, asked: "goals.targetTime", "goals.targetTime", .number(15300), raceGoal)
        // Saying the goal itself changes still does.
        Self.check("I want to get faster rather than race", asked: "goals.targetTime", "goals.goalType", .string("speed"), raceGoal)
    }
}
