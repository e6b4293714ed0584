import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// Task 13, thirty-fourth round: families of phrasing found in the blind development sets 90 to 93 (their wrong fields
/// read with the conversations) and in conversations of my own. Rows are in other words than those conversations', with
/// controls that must stay as they were. Held-out sets stay unseen.
struct AnswerPhrasingThirtyFourthRoundTests {
    static func check(_ message: String, asked: String?, _ path: String, _ expected: JSONValue?,
                      _ edit: (inout Runner) -> Void = { _ in }) {
        AnswerPhrasingSeventhRoundTests.check(message, asked: asked, path, expected, edit)
    }

    // MARK: - Goals

    /// An event known by its name alone, with no race's word: entered or run this year, after "a race", as the goal's whole
    /// sentence, the real one of two, or typed small before its date.
    @Test func anEventKnownByItsNameAlone() {
        let asked = "goals.goalType", path = "goals.raceName"
        Self.check("Just general fitness. No, hang on: my cousin signed us both up for the Bolder, so it's a race.", asked: asked, path, .string("Bolder"))
        Self.check("A race — the Comrades. Everyone at work thinks I've lost it.", asked: asked, path, .string("Comrades Marathon"))
        Self.check("A race. Western States. I finally got through the lottery.", asked: asked, path, .string("Western States"))
        Self.check("I got into Bay to Breakers this year, in a costume my wife chose.", asked: asked, path, .string("Bay to Breakers"))
        Self.check("I'm running the Bloomsday this spring with my sister.", asked: asked, path, .string("Bloomsday"))
        Self.check("I've got a place in the Skyline this year, my first trail race.", asked: asked, path, .string("Skyline"))
        Self.check("The Cotswold Way Century. A hundred miles, most of them uphill.", asked: asked, path, .string("Cotswold Way Century"))
        Self.check("An ultra. The Lavaredo is a warm-up; the real one is Tor des Geants.", asked: asked, path, .string("Tor des Geants"))
        Self.check("I entered the Shetland half on Monday night, so a race.", asked: asked, path, .string("Shetland Half"))
        Self.check("the great welsh run!! the 10k not the half", asked: asked, path, .string("Great Welsh Run"))
        Self.check("bolder boulder may 31st", asked: "goals.raceDate", path, .string("Bolder Boulder"))
        // Controls: a route, a weekly run, a race done before, an adverb, no name yet, a date alone.
        Self.check("I'm running the Thames Path with my dog on weekends.", asked: asked, path, nil)
        Self.check("I'm running the Thames Path on weekends.", asked: asked, path, nil)
        Self.check("I entered the Great North Run last year and loved it, so again.", asked: asked, path, nil)
        Self.check("A race. Hopefully in May.", asked: asked, path, nil)
        Self.check("A race. Not sure which yet.", asked: asked, path, nil)
        Self.check("I entered the Rotterdam half in 2019 and did nothing after.", asked: "running.experienceLevel", path, nil)
        Self.check("sunday may 2nd", asked: "goals.raceDate", path, nil)
        Self.check("i think may 2nd", asked: "goals.raceDate", path, nil)
        Self.check("next year may 2nd", asked: "goals.raceDate", path, nil)
        Self.check("sat 12th june", asked: "goals.raceDate", path, nil)
        Self.check("domingo 9 mayo. Sunday 9 May I mean", asked: "goals.raceDate", path, nil)
    }

    // MARK: - The running now

    /// The week's figure put right by what follows it: the runner's own after someone else's, the week now after the
    /// season's, a figure with what it leaves out, "running" alone after a figure that counted the walk, the treadmill added.
    @Test func theWeekPutRightByWhatFollows() {
        let asked = "running.currentVolume", path = "running.currentVolume"
        Self.check("My brother-in-law Terry does sixty k a week, he's a machine. Me, I'm about thirty.", asked: asked, path, .number(30))
        Self.check("In the summer I do 50 kilometres a week. Now, with the dark mornings, only 30.", asked: asked, path, .number(30))
        Self.check("Forty kilometres a week, allegedly. Thirty-two, if you take off the bit where I walk the dog.", asked: asked, path, .number(32))
        Self.check("Thirty k. No, that counts the cycle to the depot. Twenty, running.", asked: asked, path, .number(20))
        Self.check("About 20 miles on the roads, plus 5 or so on the treadmill at the gym.", asked: asked, path, .number(40.2))
        // "not miles" is no unit: five k a run, four runs.
        Self.check("I count minutes, not miles. Four runs a week, about 5k each time.", asked: asked, path, .number(20))
        // Controls: a figure with no turn after it, a season said alone, a second figure that is the other person's.
        Self.check("About 30 km a week, same as my wife.", asked: asked, path, .number(30))
        Self.check("In the summer I do about 50 kilometres a week.", asked: asked, path, .number(50))
        Self.check("About 20 miles a week, and my treadmill is broken.", asked: asked, path, .number(32.2))
    }

    /// "Four. Well — three, most weeks.": the count most weeks puts the first right.
    @Test func theCountMostWeeks() {
        Self.check("Four. Well — three, most weeks. The fourth is wishful thinking.", asked: "running.currentFrequency", "running.currentFrequency", .number(3))
        // Control: a count said once.
        Self.check("Four, most weeks.", asked: "running.currentFrequency", "running.currentFrequency", .number(4))
    }

    // MARK: - The week

    /// "Six. Nah, five — … Sundays go out the window": the count put right with "nah", and a day gone out the window.
    @Test func aCountPutRightAndADayOutTheWindow() {
        let asked = "schedule.availableDays"
        Self.check("Six. Nah, five — lambing starts in March and Sundays go out the window.", asked: asked, "schedule.availableDays", .number(5))
        Self.check("Six. Nah, five — lambing starts in March and Sundays go out the window.", asked: asked, "schedule.blockedDays", AnswerPhrasingSeventhRoundTests.days("sunday"))
        // Control: "two Sundays back" asked the longest run is when, not a day to run.
        Self.check("Twelve miles, three Sundays back.", asked: "running.longestRecentRun", "schedule.preferredDays", nil)
        Self.check("Twelve miles, three Sundays back.", asked: "running.longestRecentRun", "running.longestRecentRun", .number(19.3))
        // The figure put right is the distance, not the count of weeks back ("— two Sundays back" is no 2 miles), as the
        // extractor reads it.
        let said = FactExtractor(today: InterviewTests.today)
            .extract("Ten miles, two Saturdays back. No wait, I work Saturdays — two Sundays back.", expecting: "running.longestRecentRun")
        #expect(said.facts.first { $0.path == "running.longestRecentRun" }?.value == .number(16.1))
    }

    /// "Wednesday's my short day" is a day that suits; a shop closed on the days named leaves them free.
    @Test func aShortDayIsADayThatSuits() {
        let asked = "schedule.availableDays"
        Self.check("Three. Tue, Thu and Saturday — the garage is shut Tuesdays, and Thursday's my short day.", asked: asked, "schedule.preferredDays",
                   AnswerPhrasingSeventhRoundTests.days("tuesday", "thursday", "saturday"))
        Self.check("Three. Tue, Thu and Saturday — the garage is shut Tuesdays, and Thursday's my short day.", asked: asked, "schedule.blockedDays", nil)
        // Control: a day that is full.
        Self.check("Three. Tue, Thu and Saturday. Thursday's my long shift.", asked: asked, "schedule.blockedDays", AnswerPhrasingSeventhRoundTests.days("thursday"))
    }

    // MARK: - The person and their health

    /// Asked the name, a sentence that is only a number of years is the age; a language, an apology and a greeting are no
    /// names; "but X, please" with more said after it.
    @Test func theAgeAndTheNameWithTheName() {
        let asked = "identity.name"
        Self.check("Good evening. Margaret Osei — Peggy to the choir. Sixty-eight, if that's useful.", asked: asked, "physical.age", .number(68))
        Self.check("Servus. I am Franz, Franz Huber. 58 years.", asked: asked, "physical.age", .number(58))
        Self.check("Hi, I'm Ffion. Is it okay that I'm 15?", asked: asked, "physical.age", .number(15))
        Self.check("Joost. Flemish at home, but English is fine — okay?", asked: asked, "identity.name", .string("Joost"))
        Self.check("awright its baz", asked: asked, "identity.name", .string("Baz"))
        Self.check("Pardon me, I'm in a rush. I'm Father Declan Moore — but Declan, please. Everyone does.", asked: asked, "identity.name", .string("Declan"))
        // Controls: a count of days after the name, a figure of a run, a plain name.
        Self.check("Sam. 5 days a week is fine.", asked: asked, "physical.age", nil)
        Self.check("Sam. 25. Bit nervous about all this.", asked: asked, "physical.age", .number(25))
        Self.check("Sam.", asked: asked, "identity.name", .string("Sam"))
    }

    /// Asked the age: "'86 vintage", "My year is 1982", and "No, that's in January — forty-one" put right.
    @Test func theAgeSaidAsAYearOrPutRight() {
        let asked = "physical.age", path = "physical.age"
        Self.check("'81 vintage, like a good wine.", asked: asked, path, .number(45))
        Self.check("My year is 1979.", asked: asked, path, .number(47))
        Self.check("Fifty. No, that's in March — forty-nine.", asked: asked, path, .number(49))
        // Control: a tablet every morning is no time of day to run.
        Self.check("My year is 1979. I take Eltroxin every morning, for the thyroid.", asked: asked, "schedule.preferredTime", nil)
        Self.check("My year is 1979. I take Eltroxin every morning, for the thyroid.", asked: asked, "health.medications", AnswerPhrasingSeventhRoundTests.list("levothyroxine", "eltroxin"))
    }

    /// A medicine by its brand, taken for what it treats or on the days that need it; a brand that opens like a day's name.
    @Test func aMedicineByItsBrand() {
        let path = "health.medications"
        Self.check("I take Montelair for mild asthma.", asked: "physical.age", path, AnswerPhrasingSeventhRoundTests.list("montelair"))
        Self.check("I'm on Gaviscon for heartburn, if that matters.", asked: "physical.age", path, AnswerPhrasingSeventhRoundTests.list("gaviscon"))
        Self.check("My knee aches after long runs. I take a Voltarol on those days.", asked: "health.currentPain", path, AnswerPhrasingSeventhRoundTests.list("voltarol"))
        // Controls: a dog taken for a walk, a day.
        Self.check("I take Buster for a walk every morning.", asked: "health.medications", path, nil)
        Self.check("I take Sundays off for the family.", asked: "health.medications", path, nil)
    }
}
