import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// Task 13, twenty-fourth round: families of phrasing left from the blind development sets 40 to 44 and found in sets 45 to
/// 49 (their wrong fields read with the conversations). Rows are in other words than those conversations', with controls
/// that must stay as they were. Held-out sets stay unseen. (The interview's clock is 2026-11-27.)
struct AnswerPhrasingTwentyFourthRoundTests {
    static func check(_ message: String, asked: String?, _ path: String, _ expected: JSONValue?,
                      _ edit: (inout Runner) -> Void = { _ in }) {
        AnswerPhrasingSeventhRoundTests.check(message, asked: asked, path, expected, edit)
    }
    static func contains(_ message: String, asked: String?, _ path: String, _ part: String) {
        AnswerPhrasingTwentySecondRoundTests.contains(message, asked: asked, path, part)
    }
    static func days(_ names: String...) -> JSONValue { .array(names.map { .string($0) }) }
    /// A list field (injuries, medicines, conditions) holds an item containing `part`.
    static func listHolds(_ message: String, asked: String?, _ path: String, _ part: String) {
        let turn = InterviewTests.hear(message, asked: asked) { $0.legal.healthConsentAt = 1 }
        let items = InterviewTests.value(turn, path)?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(items.contains { $0.contains(part) }, "\(message): \(turn.facts)")
    }

    // MARK: - Days

    /// Days listed after "not" are all ruled out; one day after "not" beside the days that suit is a correction.
    @Test func daysListedAfterNot() {
        let asked = "schedule.availableDays", blocked = "schedule.blockedDays"
        Self.check("Five days, but not Monday and Friday, that's the market.", asked: asked, blocked, Self.days("monday", "friday"))
        Self.check("3 days. not wednesday or saturday", asked: asked, blocked, Self.days("wednesday", "saturday"))
        Self.check("Tuesday and Sunday, not Monday and Thursday.", asked: asked, blocked, Self.days("monday", "thursday"))
        // Controls: a day taken back for another is no day ruled out.
        Self.check("Sunday, not Saturday.", asked: asked, blocked, nil)
        Self.check("Sunday, not Saturday.", asked: asked, "schedule.preferredDays", Self.days("sunday"))
    }

    /// A day the runner rests from a job, named again later as a day they run, is a running day; the job's count of
    /// days is not the running days' count.
    @Test func aDayOffWorkNamedToRunOn() {
        let asked = "schedule.availableDays"
        let message = "I work at the laundry from five until one, six days, only Wednesday I rest. So I run in the evening on Wednesday, Friday and Sunday."
        Self.check(message, asked: asked, "schedule.blockedDays", nil)
        Self.check(message, asked: asked, "schedule.preferredDays", Self.days("wednesday", "friday", "sunday"))
        Self.check(message, asked: asked, "schedule.availableDays", .number(3))
        // Controls: a day ruled out by name stays out; six days said of running is the count.
        Self.check("Fridays are out, I do the choir. I run Monday, Wednesday and Saturday.", asked: asked, "schedule.blockedDays", Self.days("friday"))
        Self.check("Six days, only Tuesday I rest.", asked: asked, "schedule.availableDays", .number(6))
    }

    // MARK: - Goals

    /// Another day's date said after the race's ("Ash Wednesday is the 10th of February") is not the race's, nor is its
    /// day number read into the month said first.
    @Test func anotherDaysDateAfterTheRaces() {
        Self.check("Sunday the 14th of March. Ash Wednesday is the 10th of February, so Lent gives me five weeks.", asked: "goals.raceDate",
                   "goals.raceDate", .number(1_804_982_400_000))
        // Control: a day alone said after the race's month corrects it.
        Self.check("The 11th of April. No, the 14th.", asked: "goals.raceDate", "goals.raceDate", .number(1_807_660_800_000))
    }

    /// A race called a "Ten" after its name is named; "Ten of us" is not.
    @Test func aRaceCalledATen() {
        let goal = "goals.goalType", name = "goals.raceName"
        Self.contains("I've entered the Harbour Ten, ten miles along the quay.", asked: goal, name, "harbour ten")
        Self.check("On Saturday Ten of us ran the parkrun. I want a 10k in April.", asked: goal, name, nil)
    }

    // MARK: - Coaching voice

    /// A style the runner settles on ("I'll take analytical", "let's say encouraging") after wondering about another.
    @Test func aStyleSettledOn() {
        let voice = "coaching.coachingVoice"
        Self.check("Tough love? Or encouraging? I'll go with encouraging.", asked: voice, voice, .string("encouraging"))
        Self.check("The numbers, or short. Let's say short.", asked: voice, voice, .string("minimalist"))
        // Control: a style said about someone else after the choice.
        Self.check("Encouraging. I'd say my brother needs tough love, not me.", asked: voice, voice, .string("encouraging"))
    }

    // MARK: - The week

    /// The week told as runs: the runs' product said again as the week, one run's figure times the runs said, the runs
    /// counted then each one's figure, minutes at a pace added up; a figure too big for one of several runs is the week's.
    @Test func theWeekFromItsRuns() {
        let volume = "running.currentVolume"
        Self.check("I do 4 km four times a week, plus swimming on Fridays. Does swimming count? If not, 16 km.", asked: volume, volume, .number(16))
        Self.check("Two evenings on the canal, an hour each. The distance I never checked, maybe 7 each time.", asked: volume, volume, .number(14))
        Self.check("3 runs. 5 8 12", asked: volume, volume, .number(25))
        Self.check("Monday and Wednesday I go for about 40 minutes each, and Saturday an hour, all at about 7 minutes a kilometre.", asked: volume, volume,
                   .number(20))
        Self.check("I run six times a week, 60 to 70 km, a bit less in the rainy season.", asked: volume, volume, .number(65))
        // Controls: a run's figure said to be each, and runs of a short distance, stay products.
        Self.check("4 times a week, 16 km each.", asked: volume, volume, .number(64))
        Self.check("3 times a week, 5 km.", asked: volume, volume, .number(15))
    }

    /// The week now over the week before: a sum with a figure of before after it, a figure since a change, one "now, with
    /// the snow"; a shift's hours are no distance.
    @Test func theWeekNowOverBefore() {
        let volume = "running.currentVolume"
        Self.check("Four days I jog about 5 km before work, so 20 km. Before my son was born I ran 50.", asked: volume, volume, .number(20))
        Self.check("About 40 km a week. No, that was spring. Since the night shifts began it's 25.", asked: volume, volume, .number(25))
        Self.check("Thirty km a week. No, that was autumn. Now, with the ice, 18.", asked: volume, volume, .number(18))
        Self.check("It was 30k a week. Now it's ten-hour shifts, so maybe 15.", asked: volume, volume, .number(15))
    }

    /// A week aimed for said as "from … to …".
    @Test func aWeekFromNowToTheAim() {
        let goal = "goals.goalType"
        Self.check("More miles. From a sad 10 km a week to 25 by summer.", asked: goal, "goals.targetVolume", .number(25))
        Self.check("More miles. From a sad 10 km a week to 25 by summer.", asked: goal, "running.currentVolume", .number(10))
    }

    // MARK: - Goals, again

    /// The distance said before the event's name after a comma, a date the organisers moved, a time that is a coach's,
    /// a time allowed beside the target, a rival's time beaten asked for the target.
    @Test func goalsSaidAroundOtherThings() {
        Self.check("A half. Sorry, not the half, it's the 10k, at the Riga Marathon.", asked: "goals.goalType", "goals.raceDistance", .number(10))
        Self.check("Sunday 21 February. No wait, they moved it a week: Sunday 28 February.", asked: "goals.raceDate", "goals.raceDate",
                   .number(1_803_772_800_000))
        Self.check("sub 2 hrs?? my club coach says 1:52 is in me but idk", asked: "goals.targetTime", "goals.targetTime", .number(7200))
        Self.check("Under 50 minutes. 50 minutes 30 seconds is also fine!", asked: "goals.targetTime", "goals.targetTime", .number(3000))
        Self.check("Fifty minutes. I want to beat my sister's 52.", asked: "goals.targetTime", "goals.goalType", nil) { $0.goals.goalType = .race }
        // Control: asked the goal, beating a time is the speed goal.
        Self.check("No race, I just want to beat my old 10k time.", asked: "goals.goalType", "goals.goalType", .string("speed"))
    }

    /// Races named by their kind and place, a short race typed small, a place said alone with the race's day, a name typed
    /// small before "half."
    @Test func raceNamesByKindAndPlace() {
        let goal = "goals.goalType", name = "goals.raceName"
        Self.contains("The 5K colour run in Antwerp, in May.", asked: goal, name, "antwerp")
        Self.contains("An ultra: the 50 km trail race in Madeira, Saturday 3 April.", asked: goal, name, "madeira")
        Self.contains("gonna do the harbour 5k in april", asked: goal, name, "harbour 5k")
        Self.contains("A half, God help me. Haarlem, Sunday 11 April.", asked: goal, name, "haarlem")
        Self.contains("lidingo. half. sat 8 may", asked: goal, name, "lidingo")
        Self.check("lidingo. half. sat 8 may", asked: goal, "goals.raceDistance", .number(21.0975))
        // Controls: a usual race is no name; a day said with no place names none.
        Self.check("the usual 5k in the park, in May", asked: goal, name, nil)
        Self.check("A 10k. Sunday, 18 April.", asked: goal, name, nil)
    }

    // MARK: - Health

    /// Medicines by their brand or said as taken for something; a question that takes the medicine for granted; an aunt
    /// typed small is no attack.
    @Test func medicinesByBrand() {
        let medications = "health.medications"
        Self.listHolds("I take Euthyral every morning for my thyroid.", asked: "health.pastInjuries", medications, "euthyral")
        Self.listHolds("When my back plays up I take Voltarol. Not often.", asked: "health.currentPain", medications, "voltarol")
        Self.listHolds("i take advil wen my knee aches", asked: "health.currentPain", medications, "advil")
        Self.listHolds("Is it a problem that I take the contraceptive pill?", asked: "physical.age", medications, "pill")
        // Controls: a child taken to school, a day taken off, an aunt typed small.
        Self.check("I take Max to school at 8 and then run. I take Sundays off.", asked: nil, medications, nil)
        Self.check("I take Bella for a walk every morning, then I run.", asked: nil, medications, nil)
        Self.check("Some Saturdays I'm on call for the ward.", asked: "schedule.longRunDay", medications, nil)
        Self.check("2:30 would be amazin. my tia did 2:12 lol", asked: "goals.targetTime", "health.medicalConditions", nil)
    }

    /// Conditions said in passing: malaria, a mini-stroke said in capitals, a doctor's word about cholesterol.
    @Test func conditionsSaidInPassing() {
        let conditions = "health.medicalConditions"
        Self.listHolds("Nothing hurts. I had malaria in August, a week in bed.", asked: "health.currentPain", conditions, "malaria")
        Self.listHolds("I had a TIA in 2023. My neurologist says walking and jogging are good.", asked: "physical.age", conditions, "stroke")
        Self.listHolds("I started again when the doctor had a word about my cholesterol.", asked: "running.experienceLevel", conditions, "cholesterol")
        Self.check("I do the breast stroke at the pool on Sundays.", asked: nil, conditions, nil)
    }

    /// Injuries in other words: the English word asked for, a fatigue fracture, a bone bruise, a bone "is broken".
    @Test func injuriesInOtherWords() {
        let injuries = "health.pastInjuries"
        Self.listHolds("In 2020 I had 'Sehnenriss', how do you say, achilles rupture? From squash.", asked: injuries, injuries, "achilles")
        Self.listHolds("A fatigue fracture in my left foot in 2021.", asked: injuries, injuries, "fracture")
        Self.listHolds("A bone bruise in my left shin from a fall in 2022.", asked: injuries, injuries, "bone_bruise")
        Self.listHolds("In 2023 I fell on the ice and my wrist is broken. Now fine.", asked: injuries, injuries, "wrist")
    }

    // MARK: - Schedule, again

    /// Busy-day limits: a quarter's end, "weekdays I have 40 minutes"; days: the parkrun's day runs, a busy office of two
    /// words, a slow day is free, days of some weeks only, a day said as a joke, a traded day with its reason, "Fine:" after
    /// any day.
    @Test func busyDaysAndDaysThatSuit() {
        Self.check("Ninety minutes. At the end of the month, forty minutes.", asked: "schedule.maxSessionDurationMinutes", "schedule.maxSessionDurationMinutes",
                   .number(40))
        Self.check("I can do four days a week, never Monday. Weekdays I have 45 minutes before the shop opens.", asked: nil,
                   "schedule.maxSessionDurationMinutes", .number(45))
        Self.check("Tuesday, Thursday and Saturday. Saturday's the parkrun.", asked: "schedule.availableDays", "schedule.blockedDays", nil)
        Self.check("Three days: Monday, Friday, Sunday. Tuesday and Wednesday the fish market is too busy.", asked: "schedule.availableDays",
                   "schedule.blockedDays", Self.days("tuesday", "wednesday"))
        Self.check("Wednesday and Saturday. And Thursday too, Thursday is quiet at the garage.", asked: "schedule.availableDays",
                   "schedule.preferredDays", Self.days("wednesday", "thursday", "saturday"))
        Self.check("Three days. Not Monday. Every other weekend I'm on Sunday earlies, but I can go after.", asked: "schedule.availableDays",
                   "schedule.preferredDays", nil)
        Self.check("My name is Sabtu, it means Saturday, so Saturday should be my day, haha", asked: "identity.name", "schedule.preferredDays", nil)
        Self.check("Monday, Wednesday, Friday. No, swap Wednesday for Thursday, I have band on Wednesdays.", asked: "schedule.availableDays",
                   "schedule.blockedDays", Self.days("wednesday"))
        Self.check("Whenever the rota allows. Fine: Monday, Wednesday, Saturday.", asked: "schedule.availableDays", "schedule.availableDays", .number(3))
    }

    /// A count of days below the days left after one ruled out leaves which days to ask.
    @Test func moreDaysLeftThanTheCountAsksWhichDays() {
        let questions = [
            InterviewQuestion(path: "schedule.availableDays", required: true, question: "Days?", hint: nil),
            InterviewQuestion(path: "schedule.preferredDays", required: true, question: "Which days?", hint: nil),
            InterviewQuestion(path: "schedule.longRunDay", required: true, question: "Long run?", hint: nil),
        ]
        let interview = Interview(questions: questions)
        var runner = InterviewTests.runner()
        var state = InterviewState()
        #expect(interview.nextQuestion(profile: runner, state: &state) == "Days?")
        let turn = interview.hear("Three, maybe four. Not Sunday, that's church.", profile: runner, state: state, today: InterviewTests.today)
        runner = Interview.applying(turn.facts, to: runner)
        state = turn.state
        #expect(interview.nextQuestion(profile: runner, state: &state) == "Which days?", "\(turn.facts)")
        // Control: six days and one ruled out name the days.
        var other = InterviewTests.runner()
        var otherState = InterviewState()
        _ = interview.nextQuestion(profile: other, state: &otherState)
        let six = interview.hear("Six days, not Sunday.", profile: other, state: otherState, today: InterviewTests.today)
        other = Interview.applying(six.facts, to: other)
        otherState = six.state
        #expect(interview.nextQuestion(profile: other, state: &otherState) == "Long run?", "\(six.facts)")
    }

    // MARK: - Who the runner is

    /// An age from a birth said beside someone else's, or from another's age; a comeback said now after a level; plain
    /// speaking beside "short"; "loud"; "runnin", "xcept" and "3yrs" typed.
    @Test func whoTheRunnerIs() {
        Self.check("I was born in March 1990, same year as my wife, but she is older.", asked: "physical.age", "physical.age", .number(36))
        Self.check("Hi, I'm Olu. My sister is 40, five years older than me.", asked: "identity.name", "physical.age", .number(35))
        Self.check("My wife says serious, I say casual. Since the operation I'm getting back into it.", asked: "running.experienceLevel",
                   "running.experienceLevel", .string("returning"))
        Self.check("Tell me straight. Brief.", asked: "coaching.coachingVoice", "coaching.coachingVoice", .string("minimalist"))
        Self.check("like my old football coach. loud", asked: "coaching.coachingVoice", "coaching.coachingVoice", .string("tough_love"))
        Self.check("evry day xcept mon. work", asked: "schedule.availableDays", "schedule.blockedDays", Self.days("monday"))
        Self.check("been runnin since school. so like 4yrs", asked: "running.experienceLevel", "running.experienceLevel", .string("casual"))
        // Controls: a level said alone stays; tough love said plainly stays.
        Self.check("Casual, for years now.", asked: "running.experienceLevel", "running.experienceLevel", .string("casual"))
        Self.check("Tell me straight. Don't baby me.", asked: "coaching.coachingVoice", "coaching.coachingVoice", .string("tough_love"))
        // (A coach of the runner's own named in the answer is how to coach, not someone else's wish.)
        Self.check("Like my old club coach did: tough love.", asked: "coaching.coachingVoice", "coaching.coachingVoice", .string("tough_love"))
    }

    // MARK: - Said beside other answers

    /// Figures said beside another answer: a range after the runs' count in a message that tells everything, runs said
    /// with the week, a time wished for beside the distance's time now, a clearance from a GP in another language or
    /// said with its month, the bone of a stress fracture said alone after it, a race at a place typed small.
    @Test func figuresBesideOtherAnswers() {
        let opening = "Hi, Tomasz here. Training for the Poznan Marathon in April. Right now I run four times a week, 50 to 55 km."
        Self.check(opening, asked: "identity.name", "running.currentVolume", .number(52.5))
        Self.check("Four days I jog about 6 km after work, so 24 km.", asked: "running.currentVolume", "running.currentFrequency", .number(4))
        Self.check("About 20k a week, I do the harbour loop four times most weeks.", asked: "running.currentVolume", "running.currentFrequency", .number(4))
        Self.check("Faster. My 5k is stuck at 27 minutes and I'd love to see 24 this year.", asked: "goals.goalType", "goals.targetTime", .number(1440))
        Self.check("My huisarts said I'm fine to run.", asked: "health.hasPhysicianClearance", "health.hasPhysicianClearance", .bool(true))
        Self.check("Back after a broken ankle. The surgeon said in October I can start jogging again.", asked: "goals.goalType",
                   "health.hasPhysicianClearance", .bool(true))
        let paced = "Hi, Ruth here. My goal is the Harbour 10K on Sunday 18 April. I want 5 minutes per km, so 50 minutes; my brother did 47."
        Self.check(paced, asked: "identity.name", "goals.targetTime", .number(3000))
        Self.check(paced, asked: "identity.name", "goals.targetPace", .string("5:00/km"))
        Self.listHolds("A stress fracture in my right foot in 2022. Navicular.", asked: "health.pastInjuries", "health.pastInjuries", "navicular")
        Self.contains("half marathon at lake bunyonyi on the ridge road", asked: "goals.goalType", "goals.raceName", "bunyonyi")
        // Controls: a range of one run's each, an infection long over, the medicines for an illness, a month or a town is no place.
        Self.check("3 times a week, 5 to 6 km each.", asked: "running.currentVolume", "running.currentVolume", .number(16.5))
        Self.check("I had dengue in 2018, long gone.", asked: "health.medicalConditions", "health.medicalConditions", nil)
        Self.check("I have G6PD deficiency, so no malaria tablets for me.", asked: "health.medicalConditions", "health.medicalConditions",
                   .array([.string("g6pd_deficiency")]))
        Self.check("half marathon in may", asked: "goals.goalType", "goals.raceName", nil)
        Self.check("My sister did the Leeds half, so I decided I'm going to do one too. A half marathon, my first.", asked: "goals.goalType",
                   "goals.targetTime", nil)
    }

    // MARK: - Schedules told around a job

    /// Busy-day limits said after their figure or with "otherwise" for the other days; days a business keeps, a rota's
    /// "work days", days not chosen yet, the rest of a day left free.
    @Test func schedulesToldAroundAJob() {
        let limit = "schedule.maxSessionDurationMinutes", days = "schedule.availableDays"
        Self.check("Ninety minutes most days, forty on a Sunday early.", asked: limit, limit, .number(40))
        Self.check("75 min. 45 before a night shift", asked: limit, limit, .number(45))
        Self.check("In exam weeks, 30 minutes. Otherwise an hour is fine.", asked: limit, limit, .number(30))
        Self.check("The bakery is open Sundays, I work till 2. I could do three days, any three.", asked: days, "schedule.preferredDays", nil)
        Self.check("i can do 3 days but dunno which ones, the cafe is mon thru fri 7 to 4", asked: days, "schedule.preferredDays", nil)
        Self.check("Rota is four on, four off. On work days I can only run after 7. I can do four days, any four.", asked: days,
                   "schedule.preferredDays", nil)
        Self.check("Three days. Saturday mornings I'm at the allotment, but the afternoon is free.", asked: days, "schedule.blockedDays", nil)
        // Controls: a limit said alone stays; a day named to run on beside a job's span stays.
        Self.check("75 min.", asked: limit, limit, .number(75))
        Self.check("An hour, hour and fifteen on a workday, tops.", asked: limit, limit, .number(75))
        Self.check("Tuesday and Saturday. The cafe is mon thru fri 7 to 4.", asked: days, "schedule.preferredDays", Self.days("tuesday", "saturday"))
    }
}
