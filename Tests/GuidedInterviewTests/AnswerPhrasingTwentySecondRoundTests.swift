import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// Task 13, twenty-second round: families of phrasing found in the blind development sets 33 to 36 (their wrong fields
/// read with the conversations). Rows are in other words than those conversations', with controls that must stay as
/// they were. Held-out sets stay unseen. (The interview's clock is 2026-11-27.)
struct AnswerPhrasingTwentySecondRoundTests {
    static func check(_ message: String, asked: String?, _ path: String, _ expected: JSONValue?,
                      _ edit: (inout Runner) -> Void = { _ in }) {
        AnswerPhrasingSeventhRoundTests.check(message, asked: asked, path, expected, edit)
    }
    static func days(_ names: String...) -> JSONValue { .array(names.map { .string($0) }) }
    static func contains(_ message: String, asked: String?, _ path: String, _ part: String) {
        let turn = InterviewTests.hear(message, asked: asked) { $0.legal.healthConsentAt = 1 }
        let value = InterviewTests.value(turn, path)?.stringValue?.lowercased() ?? ""
        #expect(value.contains(part), "\(message): \(turn.facts)")
    }

    // MARK: - Age

    /// A birth month and year, or a named birthday and year: the age, counting whether the birthday has come.
    @Test func bornInAMonthOfAYear() {
        let age = "physical.age"
        Self.check("I was born in February 1971, the year of the big snow.", asked: age, age, .number(55))
        Self.check("born oct 88", asked: age, age, .number(38))
        Self.check("Born in June of '79. Do the sums yourself.", asked: age, age, .number(47))
        Self.check("ha, born on new year's day 1995", asked: age, age, .number(31))
        // (December has not come yet on 27 November.)
        Self.check("Born in December 1990.", asked: age, age, .number(35))
        // Said in the opening message, unasked.
        Self.check("Hi, I'm Ines. I was born on the 2nd of May 1980 and I run 20 km a week.", asked: nil, age, .number(46))
        // Control: no single age.
        Self.check("Born in the 80s, that's all you get.", asked: age, age, nil)
    }

    /// An age the runner was once ("from age ten", "at age 12"), or how old something makes them feel, is no age now.
    @Test func pastAgesAndFeltAgesAreNoAge() {
        let age = "physical.age"
        Self.check("I swam from age eight until I was fifteen, then nothing.", asked: "running.experienceLevel", age, nil)
        Self.check("I joined the club at age 12.", asked: "running.experienceLevel", age, nil)
        Self.check("Hello, I'm Rosa. The stairs at work make me feel a hundred years old.", asked: "identity.name", age, nil)
        // Controls: the age now.
        Self.check("I'm 40 and new to this.", asked: "running.experienceLevel", age, .number(40))
        Self.check("Hello, I'm Rosa, 52 years old.", asked: "identity.name", age, .number(52))
    }

    /// A name with a nickname in brackets, then the age; a weekday and a date in another language are no name and age.
    @Test func openingNameWithABracketThenTheAge() {
        let age = "physical.age"
        Self.check("Hi! I'm Roberta (Bobbie to friends), 41, I'm a nurse in Leeds.", asked: "identity.name", age, .number(41))
        Self.check("Samstag, 12. Juni. Saturday the 12th of June.", asked: "goals.raceDate", age, nil)
        Self.check("Pazar, 14 Mart. Sunday 14 March.", asked: "goals.raceDate", age, nil)
        // Control: a name, then the age.
        Self.check("Hi! Fatima, 27, my first half marathon.", asked: "identity.name", age, .number(27))
    }

    // MARK: - Name

    /// A typo in the name put right straight after.
    @Test func aNameTypoPutRight() {
        #expect(Replies.name(in: "marcs. marcus sry", expecting: "identity.name") == "Marcus")
        #expect(Replies.name(in: "Ines, sorry Inez", expecting: "identity.name") == "Inez")
        // Controls: a name and its nickname are no typo of each other; nor are names two letters apart.
        #expect(!Replies.nearlySame("robert", "bob"))
        #expect(!Replies.nearlySame("jonas", "janis"))
    }

    // MARK: - Experience

    /// A level named, then taken back ("that's not true"), and the story after it says which.
    @Test func aLevelTakenBackThenTheStory() {
        let level = "running.experienceLevel"
        Self.check("Casual. Well, no, that's not right: I ran at school and then nothing until this spring. I'm coming back.",
                   asked: level, level, .string("returning"))
        Self.check("I ran at uni, then nothing for years, started again in May.", asked: level, level, .string("returning"))
        Self.check("I played in a club as a boy. Then I stop for the children. Since last year I return.", asked: level, level, .string("returning"))
        // Control: a level said and kept.
        Self.check("Casual. I've jogged for about six years.", asked: level, level, .string("casual"))
    }

    /// "since feb" said as its own sentence, or running since a childhood age.
    @Test func sinceAMonthAndSinceAChildhoodAge() {
        let level = "running.experienceLevel"
        Self.check("gym treadmill. since feb. never raced", asked: level, level, .string("beginner"))
        Self.check("been running with my mum since i was 11, never in a club", asked: level, level, .string("casual"))
    }

    /// What others call the runner is not the runner's level; races tallied by kind weigh more than the years.
    @Test func othersWordsAndTalliedRaces() {
        let level = "running.experienceLevel"
        Self.check("My friends call me competitive, but I've just jogged for five years.", asked: level, level, .string("casual"))
        Self.check("Ten years, 14 marathons. Not fast though.", asked: level, level, .string("serious"))
        Self.check("Eleven years now, mostly halves, twelve of them.", asked: level, level, .string("serious"))
        // Control: a couple of races over the years.
        Self.check("Eight years, two marathons.", asked: level, level, .string("casual"))
    }

    /// A coach the runner had is no word about how to coach them.
    @Test func aCoachTheRunnerHad() {
        let voice = "coaching.coachingVoice"
        Self.check("Serious, be honest with yourself: a club and a coach until last year.", asked: "running.experienceLevel", voice, nil)
        // Control: asked how to coach.
        Self.check("Be honest with me.", asked: voice, voice, .string("tough_love"))
    }

    // MARK: - The week's running

    /// The week said, then how many outings it is in: the week, not a run times the outings.
    @Test func theWeekInSoManyOutings() {
        Self.check("I do about 25 km each week, in five outings.", asked: nil, "running.currentVolume", .number(25))
        Self.check("I do about 25 km each week, in five outings.", asked: nil, "running.currentFrequency", .number(5))
        // Control: a run's distance each time.
        Self.check("I do five outings, about 5 km each.", asked: "running.currentVolume", "running.currentVolume", .number(25))
    }

    /// Runs told by count and length: "5 runs x 6k", "3 runs a week, 6 or 7 km each", "two of 5 and a long one of 12".
    @Test func runsCountedAndMeasured() {
        let volume = "running.currentVolume"
        Self.check("5 runs x 6k", asked: volume, volume, .number(30))
        Self.check("around 3 runs a week, 6 or 7km each", asked: volume, volume, .number(19.5))
        Self.check("around 3 runs a week, 6 or 7km each", asked: volume, "running.currentFrequency", .number(3))
        Self.check("About 22 k. Two runs of 5 and a long one of 12.", asked: volume, "running.currentFrequency", .number(3))
    }

    /// A time at a pace, so many times a week: the distance worked out.
    @Test func minutesAtAPace() {
        Self.check("Hi, I'm Ana. I run 30 minutes at about 6 minutes per km, five times a week.", asked: "identity.name",
                   "running.currentVolume", .number(25))
    }

    /// Laps of a park are no runs; mornings counted in the singular are ("6 morning in the week"), a clock time is not.
    @Test func lapsAndMornings() {
        let runs = "running.currentFrequency"
        Self.check("We jog to the lake and round it two or three times, then home. About 9 km in the week.", asked: "running.currentVolume", runs, nil)
        // ("three times, maybe 9 km in the week": the week's figure, not a run's.)
        Self.check("I jog three times, maybe 9 km in the week.", asked: "running.currentVolume", "running.currentVolume", .number(9))
        Self.check("Five morning in the week I run 4 km, so 20.", asked: "running.currentVolume", runs, .number(5))
        Self.check("I run 4 km every morning except Saturday.", asked: "running.currentVolume", runs, .number(6))
        // Control: a clock time.
        Self.check("About 20 km, I leave at 6 morning.", asked: "running.currentVolume", runs, nil)
    }

    /// A figure aimed for by a date, in the unit of the week said beside it.
    @Test func aWeekAimedForByADate() {
        let target = "goals.targetVolume"
        Self.check("More miles. I do about 10 miles a week and I want to be up to 20 by April.", asked: "goals.goalType", target, .number(32.2))
        Self.check("More volume. 15 km a week now and I'd like 30 by the summer.", asked: "goals.goalType", target, .number(30))
        // Control: no figure aimed for.
        Self.check("More volume. 15 km a week now.", asked: "goals.goalType", target, nil)
    }

    // MARK: - Days

    /// Days with the hours of a working day are the job's days, not running days; a running window is not.
    @Test func theJobsDaysWithItsHours() {
        let preferred = "schedule.preferredDays"
        Self.check("I drive the school bus Monday to Friday, 6 to 3, so I run Saturday and Sunday.", asked: "schedule.availableDays",
                   preferred, Self.days("saturday", "sunday"))
        Self.check("I work at the mill, Tuesday to Friday, 7 to 5. So Saturday, Sunday and Monday.", asked: "schedule.availableDays",
                   preferred, Self.days("monday", "saturday", "sunday"))
        Self.check("Three. I give swimming lessons every day except Monday.", asked: "schedule.availableDays", preferred, nil)
        // Control: the days the runner runs, and when.
        Self.check("Monday to Friday, 6 to 7 in the morning.", asked: "schedule.availableDays", preferred,
                   Self.days("monday", "tuesday", "wednesday", "thursday", "friday"))
    }

    /// After a dash, days that end in a refusal ("so never those") are ruled out.
    @Test func daysRefusedAfterADash() {
        let message = "Monday, Wednesday and Saturday — Tuesdays and Fridays I'm on the ferry all day, so never those."
        Self.check(message, asked: "schedule.availableDays", "schedule.blockedDays", Self.days("tuesday", "friday"))
        Self.check(message, asked: "schedule.availableDays", "schedule.preferredDays", Self.days("monday", "wednesday", "saturday"))
        Self.check("Any three. Only Thursday never works, that's band practice.", asked: "schedule.availableDays", "schedule.blockedDays",
                   Self.days("thursday"))
        Self.check("Tuesday and Thursday the factory runs double shifts.", asked: "schedule.availableDays", "schedule.blockedDays",
                   Self.days("tuesday", "thursday"))
        Self.check("Three days. Friday I drive the night bus until late.", asked: "schedule.availableDays", "schedule.blockedDays",
                   Self.days("friday"))
    }

    /// Some of a day: every other one, part of it, or what fills it said to be no problem.
    @Test func someOfADay() {
        let blocked = "schedule.blockedDays", preferred = "schedule.preferredDays"
        Self.check("Four days. Every other Saturday I'm at my dad's.", asked: "schedule.availableDays", blocked, nil)
        Self.check("Three: Tuesday, Thursday and every other Sunday.", asked: "schedule.availableDays", preferred,
                   Self.days("tuesday", "thursday", "sunday"))
        Self.check("Four. Not Monday. Sundays only sometimes.", asked: "schedule.availableDays", preferred, nil)
        Self.check("Saturday morning I'm at the market. So I run Tuesday, Thursday and Saturday afternoon.",
                   asked: "schedule.availableDays", preferred, Self.days("tuesday", "thursday", "saturday"))
        Self.check("Monday, Friday and Sunday. Wednesday evening is my daughter's swimming, that's no problem, I run at dawn.",
                   asked: "schedule.availableDays", blocked, nil)
        // Control: a day filled, said plainly.
        Self.check("Monday, Friday and Sunday. Wednesday evening is my daughter's swimming.", asked: "schedule.availableDays",
                   blocked, Self.days("wednesday"))
    }

    /// A long-run day taken back in the next sentence.
    @Test func aLongRunDayTakenBack() {
        let day = "schedule.longRunDay"
        Self.check("Saturday, after the market. No, Sunday, on Saturday I'm too tired.", asked: day, day, .string("sunday"))
        // Control: one day with its reason.
        Self.check("Saturday, after the market.", asked: day, day, .string("saturday"))
    }

    // MARK: - Goals

    /// Race names: not across a full stop, "the one in <place>", in the race's own language, a name then its month.
    @Test func raceNames() {
        Self.check("Two hours. No, that's too much for a first half. Put 2:15.", asked: "goals.targetTime", "goals.raceName", nil,
                   InterviewTests.half)
        Self.contains("A marathon, the one in Valencia.", asked: "goals.goalType", "goals.raceName", "valencia")
        Self.contains("Les 20 km de Bruxelles, in May.", asked: "goals.goalType", "goals.raceName", "bruxelles")
        Self.contains("meia maratona do porto. em maio", asked: "goals.goalType", "goals.raceName", "porto")
        Self.contains("The Frühlingslauf in April, the 10k.", asked: "goals.goalType", "goals.raceName", "frühlingslauf")
        // Control: a distance and a date, no name.
        Self.check("A half marathon in April.", asked: "goals.goalType", "goals.raceName", nil)
    }

    /// "the 5 km race at the İstanbul marathon": the dotted capital I lower-cases like any other.
    @Test func distanceAtAnEventWithADottedI() {
        Self.check("The 5 km race at the İstanbul marathon.", asked: "goals.goalType", "goals.raceDistance", .number(5))
    }

    /// Other clocks beside the target: the start time, and a time run by someone named.
    @Test func startTimesAndNamedOthersTimes() {
        let target = "goals.targetTime"
        Self.check("Saturday 3 April. The start time? It's 9:30.", asked: "goals.raceDate", target, nil)
        Self.check("Marta runs it in 22 minutes. I'd be happy with 30 minutes.", asked: target, target, .number(1800)) { runner in
            runner.goals.goalType = .race
            runner.goals.raceDistance = 5
        }
        // Control: the start said first, then the target.
        Self.check("Start is at 8. I want 55 minutes.", asked: target, target, .number(3300))
    }

    /// "Victoria Day's the Monday after": the day another thing is on does not move the race.
    @Test func theDayAfterOfSomethingElse() {
        Self.check("Sunday the 23rd of May. The holiday's the Monday after.", asked: "goals.raceDate", "goals.raceDate",
                   AnswerPhrasingSeventhRoundTests.millis("2027-05-23"))
        // Control: the race on the weekday after a date.
        Self.check("The Sunday right after my birthday. My birthday's the 3rd of May.", asked: "goals.raceDate", "goals.raceDate",
                   AnswerPhrasingSeventhRoundTests.millis("2027-05-09"))
    }

    /// A decimal said digit by digit ("twenty-one point oh nine seven five").
    @Test func aSpokenDecimal() {
        Self.check("The half. Twenty-one point oh nine seven five kilometres of joy.", asked: "goals.goalType", "goals.raceDistance",
                   .number(21.0975))
    }

    // MARK: - Health

    /// An injury the next sentence gives to someone else.
    /// (An injury said not to be from running stays a past injury, as the corpus's writers record it.)
    @Test func injuriesDisowned() {
        let injuries = "health.pastInjuries"
        Self.check("Plantar fasciitis in 2022. No wait, that was my wife. Mine was a hamstring strain.", asked: injuries, injuries,
                   .array([.string("hamstring_strain")]))
        Self.check("Only a broken toe from a ladder, not from running.", asked: injuries, injuries, .array([.string("toe_fracture")]))
        // Control: an injury kept.
        Self.check("Plantar fasciitis in 2022. My wife had it too.", asked: injuries, injuries, .array([.string("plantar_fasciitis")]))
    }

    @Test func aPilonFracture() {
        Self.check("I broke my ankle in March, a pilon fracture, with a plate.", asked: "health.pastInjuries", "health.pastInjuries",
                   .array([.string("pilon_fracture")]))
    }

    @Test func nothingSaidAsItSounds() {
        Self.check("nuttin", asked: "health.currentPain", "health.currentPain", .array([]))
    }

    // MARK: - From development sets 37 to 39

    @Test func consentPutRightAfterAMisreading() {
        #expect(Replies.consent("Nope, wait, sorry, I misread it. Yes, that's fine.") == true)
        // Control: a plain no.
        #expect(Replies.consent("No, sorry, I'd rather not.") == false)
    }

    @Test func aCountPutRight() {
        Self.check("Five days. No, four, Thursdays I have choir.", asked: "schedule.availableDays", "schedule.availableDays", .number(4))
        Self.check("Four. No, three, the fourth is a swim.", asked: "running.currentFrequency", "running.currentFrequency", .number(3))
        // Control: the count said again is no correction.
        Self.check("Three. No, really, three.", asked: "running.currentFrequency", "running.currentFrequency", .number(3))
    }

    @Test func painMovedToTheOtherSide() {
        Self.check("No. Well, my left hip. No, it's the right one, sore when I climb stairs.", asked: "health.currentPain",
                   "health.currentPain", .array([.string("hip")]))
        // Control: pain that is over.
        Self.check("My shin hurt in October, but not anymore.", asked: "health.currentPain", "health.currentPain", .array([]))
    }

    @Test func moreDaysRuledInAndOut() {
        let blocked = "schedule.blockedDays", preferred = "schedule.preferredDays"
        Self.check("Three days. Monday no. Tuesday also not, I have choir.", asked: "schedule.availableDays", blocked, Self.days("monday", "tuesday"))
        Self.check("Four days. Sundays I work every other week, so those are half and half.", asked: "schedule.availableDays", blocked, nil)
        Self.check("Monday, Wednesday and Friday. Saturday only on my free weeks, so don't count it.", asked: preferred, preferred,
                   Self.days("monday", "wednesday", "friday"))
        Self.check("Four days. Not Saturday, I work the weekend desk.", asked: "schedule.availableDays", blocked, Self.days("saturday"))
        // A day named to run on is no longer ruled out.
        let turn = InterviewTests.hear("Monday, Thursday and Sunday.", asked: preferred) { runner in
            runner.legal.healthConsentAt = 1
            runner.schedule.blockedDays = [.wednesday, .sunday]
        }
        #expect(InterviewTests.value(turn, blocked) == Self.days("wednesday"), "\(turn.facts)")
    }

    @Test func moreGoalsAndTheirFigures() {
        Self.check("Saturday 15 May. My birthday's the 14th, what a present.", asked: "goals.raceDate", "goals.raceDate",
                   AnswerPhrasingSeventhRoundTests.millis("2027-05-15"))
        Self.check("I'm doing the 10 km. My nephew, he is 12, runs the 3 km.", asked: "goals.goalType", "goals.raceDistance", .number(10))
        Self.check("My first 80 km. The 50K I did in June took 7 hours.", asked: "goals.goalType", "goals.raceDistance", .number(80))
        Self.check("The 5 km walk-run at the Lagos marathon, with my sister.", asked: "goals.goalType", "goals.raceDistance", .number(5))
        Self.check("more km. 15k a wk now, want 25. no race", asked: "goals.goalType", "goals.targetVolume", .number(25))
        Self.check("An hour would do. My neighbour says she'll do 50, at 39 years old.", asked: "goals.targetTime", "physical.age", nil)
        // Control: pronouns given with the name.
        Self.check("Hi, I'm Lena, she/her, 34 years old.", asked: "identity.name", "physical.age", .number(34))
    }

    @Test func moreLevelsAndLimits() {
        let level = "running.experienceLevel"
        Self.check("I start run in spring. I am new runner.", asked: level, level, .string("beginner"))
        Self.check("Ten years on and off. Casual, since 'competitive' would be a stretch.", asked: level, level, .string("casual"))
        Self.check("Hi, Kemi here. On work days I can only do 50 minutes max; Sunday longer.", asked: "identity.name",
                   "schedule.maxSessionDurationMinutes", .number(50))
    }

    @Test func moreInjuryNames() {
        let injuries = "health.pastInjuries"
        Self.check("Sprained the right ankle in 2022.", asked: injuries, injuries, .array([.string("ankle_sprain")]))
        Self.check("I had an osteochondral lesion of the talus.", asked: injuries, injuries, .array([.string("talus_osteochondral_lesion")]))
    }

    // MARK: - Session length

    @Test func anHourSaidFirstThenWhy() {
        let limit = "schedule.maxSessionDurationMinutes"
        Self.check("hr. work till 6 then the kids", asked: limit, limit, .number(60))
        Self.check("hr max on wrk days", asked: limit, limit, .number(60))
        Self.check("Hello! On a weekday I can do 50 minutes before work.", asked: "identity.name", limit, .number(50))
        // Control: a heart-rate word asked the coaching style is no session.
        Self.check("hr zones please", asked: "coaching.coachingVoice", limit, nil)
    }
}
