import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// Task 13, twenty-third round: families of phrasing left from the blind development sets 33 to 39 and found in sets 40 to
/// 44 (their wrong fields read with the conversations). Rows are in other words than those conversations', with controls
/// that must stay as they were. Held-out sets stay unseen. (The interview's clock is 2026-11-27.)
struct AnswerPhrasingTwentyThirdRoundTests {
    static func check(_ message: String, asked: String?, _ path: String, _ expected: JSONValue?,
                      _ edit: (inout Runner) -> Void = { _ in }) {
        AnswerPhrasingSeventhRoundTests.check(message, asked: asked, path, expected, edit)
    }
    static func contains(_ message: String, asked: String?, _ path: String, _ part: String) {
        AnswerPhrasingTwentySecondRoundTests.contains(message, asked: asked, path, part)
    }

    // MARK: - Race names

    /// A race named after a comma, around a place, typed small with a season or as a dash or trot, or with a capital K.
    @Test func raceNamesSaidOtherWays() {
        let goal = "goals.goalType", name = "goals.raceName"
        Self.contains("My second half marathon, the Haweswater in June.", asked: goal, name, "haweswater")
        Self.contains("A 5k race, the one around the Parc des Buttes in Paris.", asked: goal, name, "buttes")
        Self.contains("The 10K around the Lago di Garda, that one.", asked: goal, name, "garda")
        Self.contains("race. tromso winter 10k, sat 13 feb", asked: goal, name, "tromso winter")
        Self.contains("a 4 miler, the gobbler trot in toledo", asked: goal, name, "gobbler trot")
        Self.contains("An ultra: the Batura trail, 60 km over the glacier.", asked: goal, name, "batura")
        Self.contains("El Cangrejo 15K.", asked: goal, name, "cangrejo")
        // Controls: a trail run on, a trot that describes, a distance ruled out before a word opening a sentence.
        Self.check("I run the canal trail most weekends, but the goal is a half marathon in May.", asked: goal, name, nil)
        Self.check("A 5k, the easy trot round the lake is all I do now.", asked: goal, name, nil)
        Self.check("A 10 miler. Not the half, Lord no.", asked: goal, name, nil)
    }

    /// The race named in the runner's own question ("which one is better?") is the race, unless its name says another
    /// distance than the one chosen.
    @Test func raceNamedInTheRunnersQuestion() {
        let goal = "goals.goalType", name = "goals.raceName"
        Self.contains("The Stramilano in March, they do a half and a 10k, which would suit me? The 10k, I think.", asked: goal, name, "stramilano")
        Self.check("Is the Dublin Marathon too much for a first go? I'll do a local 10k instead.", asked: goal, name, nil)
    }

    // MARK: - Coaching voice

    /// Honest, direct or straight go with any manner: another style's word beside them is the choice; a few new ways to
    /// ask for short answers or cheer.
    @Test func plainSpokenBesideAnotherStyle() {
        let voice = "coaching.coachingVoice"
        Self.check("Truthful? No. Honest, but gentle.", asked: voice, voice, .string("encouraging"))
        Self.check("Direct. Quick.", asked: voice, voice, .string("minimalist"))
        Self.check("Straight, simple.", asked: voice, voice, .string("minimalist"))
        Self.check("I'm not a woman of many words, so the same from you.", asked: voice, voice, .string("minimalist"))
        Self.check("upbeat please, winter gets me down", asked: voice, voice, .string("encouraging"))
        Self.check("Don't waffle at me.", asked: voice, voice, .string("minimalist"))
        Self.check("Just tell me the workouts.", asked: voice, voice, .string("minimalist"))
        // Controls: honest or direct alone is still tough love.
        Self.check("Honest. Be direct with me.", asked: voice, voice, .string("tough_love"))
        Self.check("direct", asked: voice, voice, .string("tough_love"))
    }

    // MARK: - The week's running

    /// The week told as runs and their time at a pace, hours at a pace, the treadmill's and the road's added, a figure for
    /// now after another season's, the running without the walking, a count beside its product, a longer run added.
    @Test func weekToldOtherWays() {
        let volume = "running.currentVolume", runs = "running.currentFrequency"
        Self.check("Three times a week, forty minutes each, at about 7 minutes per km.", asked: volume, volume, .number(17.1))
        Self.check("I manage about two hours a week, all of it slow, at around 8 minutes a kilometre.", asked: volume, volume, .number(15))
        Self.check("12 km on the treadmill in the hotel gym and 6 outside when it's dry.", asked: volume, volume, .number(18))
        Self.check("20 miles outside and 4 on the treadmill", asked: volume, volume, .number(38.6))
        Self.check("On the road 30 km a week, and 8 more on the treadmill when it snows.", asked: volume, volume, .number(38))
        Self.check("In spring 40 km, now in the dark months maybe 25.", asked: volume, volume, .number(25))
        Self.check("About 12 km a week? Does hiking count? Without the hiking, maybe 7.", asked: volume, volume, .number(7))
        Self.check("30k. 5x6", asked: volume, runs, .number(5))
        Self.check("Two evenings a week with the club, 6 km, and then one longer one of 12 on Sunday.", asked: volume, runs, .number(3))
        Self.check("I run five times a week of about 8 km.", asked: nil, volume, .number(40))
        // Controls: a temperature is no distance; intervals are no runs; a week "in the weeks when" is some weeks.
        Self.check("25 km, now 20. It's 30 degrees out.", asked: volume, volume, .number(20))
        Self.check("30k, with 6x400m on tuesdays", asked: volume, runs, nil)
        Self.check("40 km a week. 25 in the weeks when I'm on nights.", asked: volume, volume, .number(40))
    }

    /// "Three days. … there is one every week": one of something else is no count of days; "are the good days" are days
    /// to run on; "Mondays there is the staff meeting" fills the day; football on Sundays, unasked, is no running day.
    @Test func daysSaidOtherWays() {
        let available = "schedule.availableDays", preferred = "schedule.preferredDays", blocked = "schedule.blockedDays"
        Self.check("Four days. Not Friday, Friday is the mosque, there is one every week.", asked: available, available, .number(4))
        Self.check("Monday, Thursday and Sunday are the good days.", asked: available, preferred, AnswerPhrasingTwentySecondRoundTests.days("monday", "thursday", "sunday"))
        Self.check("Tuesday and Friday there is the late clinic at the surgery.", asked: available, blocked, AnswerPhrasingTwentySecondRoundTests.days("tuesday", "friday"))
        Self.check("I run 25 km a week, plus netball on Tuesdays. I can run Monday, Wednesday and Saturday.", asked: nil, preferred,
                   AnswerPhrasingTwentySecondRoundTests.days("monday", "wednesday", "saturday"))
        // Controls: a run there on that day is a running day.
        Self.check("Saturdays there is parkrun and Wednesdays the club run.", asked: available, blocked, nil)
    }

    // MARK: - Session length, finish times, injuries, experience

    @Test func sessionLimitsAndTimesSaidOtherWays() {
        let limit = "schedule.maxSessionDurationMinutes", target = "goals.targetTime"
        Self.check("Eighty minutes? On warehouse days, forty-five only.", asked: limit, limit, .number(45))
        Self.check("Two hours usually. During harvest, an hour, tops.", asked: limit, limit, .number(60))
        Self.check("I can run Tuesday and Friday. The longest I can do on a weekday is 40 minutes.", asked: nil, limit, .number(40))
        Self.check("1:50 maybe. 1:42 if I dream.", asked: target, target, .number(6600))
        Self.check("Under 3:40. The last one I make in 3:55, too much wind.", asked: target, target, .number(13200))
        Self.check("Sunday the 9th of May. It's two hours up the road, there's a 6:40 on the Saturday evening.", asked: "goals.raceDate", target, nil)
        Self.check("In 12 weeks. I fly, 4 hours and half from here.", asked: "goals.raceDate", target, nil)
    }

    @Test func injuriesMedicinesAndExperienceSaidOtherWays() {
        Self.check("Coming back after I tore my calf in July on a hill sprint. No race, I just want to run again.", asked: "goals.goalType",
                   "health.pastInjuries", .array([.string("calf_strain")]), AnswerPhrasingTests.consented)
        Self.check("I take aspirin every day since the stent.", asked: nil, "running.currentFrequency", nil)
        Self.check("Just a baby aspirin daily.", asked: "health.medications", "health.medications", .array([.string("aspirin")]), AnswerPhrasingTests.consented)
        Self.check("ran track for my high school 3 seasons. thats about it", asked: "running.experienceLevel", "running.experienceLevel", .string("casual"))
        // Control: a tight hamstring is no injury.
        Self.check("My hamstring is a bit tight after long runs.", asked: nil, "health.pastInjuries", nil)
    }

    // MARK: - Round 23, second batch (development sets 41 to 44)

    /// A count with its list after a colon is the running days, days said before it asides; a span and its count said
    /// last settles the answer; every day beside days that cannot be promised names none; "before work on" is no work.
    @Test func daysListedOtherWays() {
        let available = "schedule.availableDays", preferred = "schedule.preferredDays", blocked = "schedule.blockedDays"
        let days = AnswerPhrasingTwentySecondRoundTests.days
        Self.check("The bakery has me Friday to Sunday from 4am. I can do 3 days: Monday, Tuesday and Thursday.", asked: nil, preferred,
                   days("monday", "tuesday", "thursday"))
        Self.check("I'm at the depot Tuesday to Thursday, Friday and Saturday off. Four days: Monday, Friday, Saturday, Sunday.", asked: available,
                   blocked, days("tuesday", "wednesday", "thursday"))
        Self.check("Mondays and Tuesdays I'm away. So Wednesday to Sunday. Hmm, Friday is choir... no, only every other week. Wednesday to Sunday, five days.",
                   asked: available, preferred, days("wednesday", "thursday", "friday", "saturday", "sunday"))
        Self.check("Four days a week: at home any day, offshore it depends on the crew change, so I can't promise which days.", asked: nil,
                   preferred, nil)
        Self.check("I run before work on Monday and Wednesday, and Saturday after the market.", asked: available, blocked, nil)
        Self.check("I work five days, Monday to Friday. I run on Tuesday, Thursday and Sunday.", asked: available, available, .number(3))
        Self.check("Saturday there's the allotment in the morning, but after that I can run.", asked: available, blocked, nil)
        Self.check("Hmm, and every other Sunday I have my nephew.", asked: available, blocked, nil)
        // Control: a day said taken stays taken; a list with "every second" in it is still a list.
        Self.check("Any day but Friday, Friday I have my nephew.", asked: available, blocked, days("friday"))
    }

    @Test func namesSaidOtherWays() {
        let name = "identity.name"
        Self.check("Sato Yui is how we say it at home. Family name first, so in English Yui Sato. Either is fine.", asked: name, name, .string("Yui"))
        Self.check("At the club they call me Señora Pilar. Do you need my last name? It's Ortega.", asked: name, name, .string("Pilar"))
        Self.check("Gabi. Actually, put my full name, Gabriela. Gabi's for family.", asked: name, name, .string("Gabriela"))
        Self.check("Herr Doktor Weber at work. For you, Klaus is enough.", asked: name, name, .string("Klaus"))
        // A bank's name on a race is no name for the runner.
        Self.check("The half at the Zurich Marathon. An insurer's name is on it.", asked: "goals.goalType", name, nil)
    }

    @Test func goalsSaidOtherWays() {
        let goal = "goals.goalType"
        Self.check("mileage. 30k now, want 45 by summer. no race", asked: goal, "goals.targetVolume", .number(45))
        Self.check("mileage. 30k now, want 45 by summer. no race", asked: goal, "running.currentVolume", .number(30))
        Self.check("mileage. 30k now, want 45 by summer. no race", asked: goal, "goals.raceDistance", nil)
        Self.check("I want to come back to fitness after the operation. No race.", asked: goal, goal, .string("return_to_fitness"))
        Self.check("The Kaunas half, in Lithuanian pusmaratonis, no wait, in Malay we'd say setengah maraton.", asked: goal, "goals.raceDistance", .number(21.0975))
        Self.check("They had a 10K and a 5K. I picked the 10K because the 5K is all kids.", asked: goal, "goals.raceDistance", .number(10))
        Self.check("Sunday the 14th of March. Mother's Day is the 14th of March too, oddly.", asked: "goals.raceDate", "goals.raceDate", .number(1_804_982_400_000))
        Self.check("A race. They hold it on the 6th of March, a Saturday.", asked: goal, "goals.raceDate", .number(1_804_291_200_000))
        Self.check("I'd like three and a quarter hours.", asked: "goals.targetTime", "goals.targetTime", .number(11700))
        Self.check("I'd like two and three-quarter hours.", asked: "goals.targetTime", "goals.targetTime", .number(9900))
        Self.check("get my 10k under 48 min this spring. i'm at 51:30 rn", asked: goal, "goals.targetTime", .number(2880))
    }

    @Test func healthAndBodySaidOtherWays() {
        let past = "health.pastInjuries"
        Self.check("Coming back from a knee op: they trimmed a torn meniscus in May, and I'm cleared now.", asked: "goals.goalType", past,
                   .array([.string("meniscus_tear")]), AnswerPhrasingTests.consented)
        Self.check("The ankle's fine. A bit stiff in the morning, no pain.", asked: past, past, .array([]), AnswerPhrasingTests.consented)
        Self.check("stres fracture in the shin 2023", asked: past, past, .array([.string("shin_stress_fracture")]), AnswerPhrasingTests.consented)
        Self.check("nothng", asked: "health.currentPain", "health.currentPain", .array([]), AnswerPhrasingTests.consented)
        Self.check("31. 1,75m n 70kg", asked: "physical.age", "physical.heightCm", .number(175), AnswerPhrasingTests.consented)
        Self.check("I'm 1m82 and 80 kg.", asked: "physical.age", "physical.heightCm", .number(182), AnswerPhrasingTests.consented)
        Self.check("Please be patient, and kindness goes a long way with me.", asked: "coaching.coachingVoice", "coaching.coachingVoice", .string("encouraging"))
    }

    /// A distance with its weekday and date after it is the race's; the other distance said to be the children's race is not.
    @Test func raceDistancesSaidOtherWays() {
        let distance = "goals.raceDistance"
        Self.check("Hi, Nuno, 51. I'm running the Ria Formosa 15 km on Sunday 14 March and want under 1:20.", asked: nil, distance, .number(15))
        Self.check("A 10k. No, the half, the 10k is the walkers' one... I mean the half, the 10k is for families.", asked: "goals.goalType", distance, .number(21.0975))
        // Control: a distance run every Saturday is a habit, not a race.
        Self.check("I run 10 km on Saturdays with the club.", asked: nil, distance, nil)
    }

    /// Typed and clipped answers: a level misspelt, a race typed small with "w", a skip with its reason, stiffness said not to
    /// be pain, days that cannot be named, another sport's day in an opening message.
    @Test func clippedAnswersSaidOtherWays() {
        Self.check("pretty serius, been at it 6 yrs", asked: "running.experienceLevel", "running.experienceLevel", .string("serious"))
        Self.contains("doin the wanaka half w my cousin", asked: "goals.goalType", "goals.raceName", "wanaka")
        Self.check("Only my neck after the night shift, but that's tiredness, not pain.", asked: "health.currentPain", "health.currentPain", .array([]),
                   AnswerPhrasingTests.consented)
        let skipped = InterviewTests.hear("Skip that one, the roster decides.", asked: "schedule.preferredDays")
        #expect(skipped.state.skipped.contains("schedule.preferredDays"))
        Self.check("Two weeks on the rig, two at home; at home I can run every day. Call it four days, but I can't tell you which ones.",
                   asked: "schedule.availableDays", "schedule.preferredDays", nil)
        Self.check("Hi, Omar, 29. I run 30 km a week, plus basketball on Thursdays. I can run Monday, Tuesday, Friday and Sunday.", asked: "identity.name",
                   "schedule.preferredDays", AnswerPhrasingTwentySecondRoundTests.days("monday", "tuesday", "friday", "sunday"))
    }

    @Test func moreRaceNamesAndWeeks() {
        let goal = "goals.goalType", name = "goals.raceName"
        Self.contains("The 10k on the Vistula boulevards in Kraków, Saturday the 8th of May.", asked: goal, name, "vistula")
        Self.contains("half. tartu, sun 2 may", asked: goal, name, "tartu")
        Self.contains("A 60 km ultra, the Raid des Cévennes, lots of climbing.", asked: goal, name, "cévennes")
        Self.check("Every week 30 kilometre, in 4 times.", asked: "running.currentVolume", "running.currentVolume", .number(30))
        // Control: a club's weekly run is no race name.
        Self.check("I do the Sunday run with the club, but the goal is a half in May.", asked: goal, name, nil)
    }

    @Test func levelsPainAndVoiceSaidOtherWays() {
        let level = "running.experienceLevel"
        Self.check("New. Well, I ran a bit at university, then nothing for ten years, so I'm getting back into it.", asked: level, level, .string("returning"))
        Self.check("Running since I turned forty. A couple of 5Ks, nothing more.", asked: level, level, .string("casual"))
        // Control: new, and nothing put right, is a beginner.
        Self.check("Just starting, a couple of weeks in.", asked: level, level, .string("beginner"))
        Self.check("Some pain in my left hip. Actually no, it's tightness from the drive, not pain.", asked: "health.currentPain", "health.currentPain",
                   .array([]), AnswerPhrasingTests.consented)
        Self.check("Firm, but fair.", asked: "coaching.coachingVoice", "coaching.coachingVoice", .string("tough_love"))
        Self.check("Straight, and without many words please.", asked: "coaching.coachingVoice", "coaching.coachingVoice", .string("minimalist"))
        Self.check("sacral stress fracture in 2023", asked: "health.pastInjuries", "health.pastInjuries", .array([.string("sacral_stress_fracture")]),
                   AnswerPhrasingTests.consented)
    }

    @Test func agesAndSidesSaidOtherWays() {
        let age = "physical.age"
        Self.check("At sixty-eight my knees are the oldest part of me. Yes, store it.", asked: "legal.healthConsentAt", age, .number(68))
        Self.check("41. Lunar new year makes it 42 at home, but use 41.", asked: age, age, .number(41))
        // Control: a time of day is no age.
        Self.check("At 10 I start work, so I run at 6.", asked: nil, age, nil)
        Self.check("The left ankle, since the weekend. No, the right one.", asked: "health.currentPain", "health.currentPain", .array([.string("ankle")]),
                   AnswerPhrasingTests.consented)
    }
}
