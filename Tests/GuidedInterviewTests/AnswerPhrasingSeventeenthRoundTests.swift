import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// Task 13, seventeenth round: families of phrasing found in the blind development sets 5 to 8 (their wrong fields read
/// with the conversations). Rows are in other words than those conversations', with controls that must stay as they
/// were. Held-out sets 5 to 12 stay unseen.
struct AnswerPhrasingSeventeenthRoundTests {
    static func check(_ message: String, asked: String?, _ path: String, _ expected: JSONValue?,
                      _ edit: (inout Runner) -> Void = { _ in }) {
        AnswerPhrasingSeventhRoundTests.check(message, asked: asked, path, expected, edit)
    }
    static func days(_ names: String...) -> JSONValue { .array(names.map { .string($0) }) }

    // MARK: - Names

    /// A surname offered after a question about it is not the name to call the runner by; a given name of two words
    /// beside a surname said apart is kept whole.
    @Test func surnamesOfferedApart() {
        Self.check("Ines. Do you need my surname as well? It's Carvalho.", asked: "identity.name", "identity.name", .string("Ines"))
        Self.check("Hello! Piet here. Last name? It's Jansen.", asked: "identity.name", "identity.name", .string("Piet"))
        Self.check("I'm Mei Ling (Tan is the surname), 41.", asked: "identity.name", "identity.name", .string("Mei Ling"))
        // The name, then how it sounds.
        Self.check("Marta. Mar-ta. Nothing rhymes with it, don't try.", asked: "identity.name", "identity.name", .string("Marta"))
        // Controls: a full name is its first name; a name put right is the new one.
        Self.check("Ines Carvalho.", asked: "identity.name", "identity.name", .string("Ines"))
        Self.check("Sam... wait no, Samira", asked: "identity.name", "identity.name", .string("Samira"))
    }

    // MARK: - Consent

    /// "Nah, all good" waves the worry away; a bare "nah" still declines.
    @Test func nahAllGoodConsents() {
        #expect(Replies.consent("What if I say no? Nah, all good, go ahead.") == true)
        #expect(Replies.consent("nah all good") == true)
        #expect(Replies.consent("Nah.") == false)
        #expect(Replies.consent("Nah thanks.") == false)
        // A worry asked in passing ("you'd never share it …, would you?") is no refusal; a condition said as an order still is.
        #expect(Replies.consent(Replies.withoutQuestions("Yes, fine. You'd never share it with my employer, would you? Just asking.")) == true)
        #expect(Replies.consent("Never share it with anyone.") == false)
    }

    // MARK: - Weekly distance and runs

    /// A figure for some weeks ("in the weeks I'm on call", "when the snow comes", "in a good week") is not the usual week;
    /// a plain correction still is.
    @Test func figuresForSomeWeeks() {
        Self.check("About 25 km a week. More like 15 in the weeks I'm on call.", asked: "running.currentVolume",
                   "running.currentVolume", .number(25))
        Self.check("In a normal week 30 km. When the snow comes it's more like 10.", asked: "running.currentVolume",
                   "running.currentVolume", .number(30))
        Self.check("Sixty k in a big week. Usually forty-five, let's use forty-five.", asked: "running.currentVolume",
                   "running.currentVolume", .number(45))
        // Control: a correction said outright.
        Self.check("About 25 km a week. Sorry, more like 20.", asked: "running.currentVolume", "running.currentVolume", .number(20))
    }

    /// The running alone, told apart from what else was counted: another sport, the walking, or "of actual running".
    @Test func theRunningAlone() {
        Self.check("About 40 km a week. No, that's with my cycling commute counted in. Running only, 28.",
                   asked: "running.currentVolume", "running.currentVolume", .number(28))
        Self.check("With the walking breaks maybe 12 km in the week, but the actual running part is maybe 6.",
                   asked: "running.currentVolume", "running.currentVolume", .number(6))
        Self.check("Perhaps 15 miles a week. Then about 10 miles of actual running.", asked: "running.currentVolume",
                   "running.currentVolume", .number(16.1))
        // Control: a week with no other sport in it.
        Self.check("About 40 km a week, all running.", asked: "running.currentVolume", "running.currentVolume", .number(40))
    }

    /// The figure settled on: "use 36", "if you need one number, 18", "altogether … 20 to 25"; a figure for how it feels
    /// is none.
    @Test func theFigureSettledOn() {
        Self.check("About 40k. Let me look at Garmin... the last month averages 36. Use 36.", asked: "running.currentVolume",
                   "running.currentVolume", .number(36))
        Self.check("It swings with my rota. Days, maybe 25 km. Nights, 10 or so. If you need one number, 18 I guess.",
                   asked: "running.currentVolume", "running.currentVolume", .number(18))
        Self.check("Five or six kilometres each time, so altogether I would guess 20 to 25 kilometres.", asked: "running.currentVolume",
                   "running.currentVolume", .number(22.5))
        Self.check("A heroic 30 k a week. Uphill both ways, so it feels like sixty.", asked: "running.currentVolume",
                   "running.currentVolume", .number(30))
    }

    /// "longest run lately 18 km", in a message that tells everything, is one run, not the week.
    @Test func theLongestRunLatelyIsNoWeek() {
        Self.check("I'm running about 35 km a week in 4 runs. Max an hour on a weekday, longest run lately 16 km.", asked: nil,
                   "running.currentVolume", .number(35))
        // Control: the figure for now after one for before.
        Self.check("30k a week before Christmas; lately 22.", asked: "running.currentVolume", "running.currentVolume", .number(22))
    }

    /// A week that holds no running on some days ("when I'm at the field station I don't run at all") still has its runs.
    @Test func noRunningOnlyOnSomeWeeks() {
        Self.check("Maybe 30 to 40 km a week. When I'm at the field station I don't run at all.", asked: "running.currentVolume",
                   "running.currentFrequency", nil)
        // Control: not running now.
        Self.check("I don't run at all at the moment.", asked: "running.currentVolume", "running.currentVolume", .number(0))
    }

    /// The count said as usual ("usually it is three") wins over a lucky week's.
    @Test func theUsualCount() {
        Self.check("Five evenings, if the kids sleep. Usually it is four.", asked: "running.currentFrequency",
                   "running.currentFrequency", .number(4))
        Self.check("Three times. Usually three.", asked: "running.currentFrequency", "running.currentFrequency", .number(3))
    }

    /// A figure said with a rising voice after "so" is the answer; a question back is not.
    @Test func aRisingFigure() {
        Self.check("Any day I'm not travelling, so realistically, four? Don't ask me which.", asked: "schedule.availableDays",
                   "schedule.availableDays", .number(4))
        Self.check("Twice a week. Should I do three?", asked: "running.currentFrequency", "running.currentFrequency", .number(2))
    }

    // MARK: - Corrections

    /// "No lah, 40", "Hmm, no, actually just a line or two", "Lately? 21", "Call it 3 days: …": corrections in other words.
    @Test func correctionsInOtherWords() {
        Self.check("41. No lah, 40, birthday's only in March.", asked: "physical.age", "physical.age", .number(40))
        Self.check("Tough love. Hmm, no, actually just a line or two, I read on the bus.", asked: "coaching.coachingVoice",
                   "coaching.coachingVoice", .string("minimalist"))
        Self.check("30 k. No, that was in September. Lately? 21.", asked: "running.longestRecentRun", "running.longestRecentRun", .number(21))
        Self.check("So Monday, Thursday and one of Friday or Sunday. Call it 3 days: Monday, Thursday, Sunday.",
                   asked: "schedule.availableDays", "schedule.preferredDays", Self.days("monday", "thursday", "sunday"))
    }

    /// A detail of one injury put right ("the fourth metatarsal. Sorry, the fifth") keeps the injury.
    @Test func anInjuryDetailPutRight() {
        Self.check("A stress fracture in my left foot in 2021, the fourth metatarsal. Sorry, the fifth. The fifth metatarsal.",
                   asked: "health.pastInjuries", "health.pastInjuries", .array([.string("metatarsal_stress_fracture")]))
    }

    // MARK: - Experience

    /// "I'd hardly call it serious" is no serious runner; racing for years is; a school sport, then nothing until lately,
    /// is a comeback.
    @Test func levelsInOtherWords() {
        Self.check("Started at sixty with the walking group, now I jog most of it. Three years, though I'd hardly call it serious.",
                   asked: "running.experienceLevel", "running.experienceLevel", .string("casual"))
        Self.check("club. racing 8 yrs", asked: "running.experienceLevel", "running.experienceLevel", .string("serious"))
        Self.check("ran track in college, then nothing till last spring", asked: "running.experienceLevel", "running.experienceLevel",
                   .string("returning"))
    }

    /// Someone else's manner ("my physio is very strict about it"), said in another answer, is not how to coach.
    @Test func someoneElsesMannerIsNoStyle() {
        Self.check("Thirty-five minutes. My physio, Ama, is very strict about it.", asked: "schedule.maxSessionDurationMinutes",
                   "coaching.coachingVoice", nil)
        // Control: the runner's own wish, asked.
        Self.check("Strict, please. My physio is strict too.", asked: "coaching.coachingVoice", "coaching.coachingVoice", .string("tough_love"))
    }

    // MARK: - Days

    /// A day allowed and then passed over, a list that goes on past dots, a day filled by a shop or a child's activity,
    /// an example day, and "no fixed days".
    @Test func daysInOtherWords() {
        Self.check("Monday, Wednesday and Saturday would suit. Sunday is possible too, but I'd rather keep those three.",
                   asked: "schedule.preferredDays", "schedule.preferredDays", Self.days("monday", "wednesday", "saturday"))
        Self.check("Tuesday, Friday and one more... Sunday, after the market.", asked: "schedule.availableDays",
                   "schedule.preferredDays", Self.days("tuesday", "friday", "sunday"))
        Self.check("Monday, Tuesday, Thursday and Saturday. Wednesday the bakery has its big delivery.", asked: "schedule.availableDays",
                   "schedule.blockedDays", Self.days("wednesday"))
        Self.check("Monday, Thursday and Saturday. Wednesday I do the books for the club and Friday is choir.", asked: "schedule.availableDays",
                   "schedule.blockedDays", Self.days("wednesday", "friday"))
        Self.check("Tuesday, Thursday and Sunday work. Monday is my dad's dialysis, Friday my daughter has swimming and I drive.",
                   asked: "schedule.availableDays", "schedule.blockedDays", Self.days("monday", "friday"))
        Self.check("Monday and Thursday. Tuesday the market too busy and Sunday is for my mother.", asked: "schedule.availableDays",
                   "schedule.blockedDays", Self.days("tuesday", "sunday"))
        Self.check("Tuesday evenings I coach my son's team and Sunday is church.", asked: "schedule.availableDays",
                   "schedule.blockedDays", Self.days("tuesday", "sunday"))
        Self.check("None. On my rota a Tuesday can be a work day one week and free the next. No fixed days.",
                   asked: "schedule.preferredDays", "schedule.preferredDays", .array([]))
        // Controls: a shop closed frees the days; a list said plainly.
        Self.check("Four. Sunday and Monday the shop is closed, so these two always. And Wednesday and Friday, early morning.",
                   asked: "schedule.availableDays", "schedule.preferredDays", Self.days("monday", "wednesday", "friday", "sunday"))
        Self.check("I can run three days: Monday, Wednesday and Saturday, and Saturday is the long run.", asked: "schedule.availableDays",
                   "schedule.preferredDays", Self.days("monday", "wednesday", "saturday"))
    }

    /// "If I must choose: …" opens the list, it does not hold it in a condition; "we're slammed" rules the day out.
    @Test func daysAfterAChoiceAndARush() {
        Self.check("If I must choose: Monday, Wednesday, Friday, Sunday.", asked: "schedule.preferredDays", "schedule.preferredDays",
                   Self.days("monday", "wednesday", "friday", "sunday"))
        Self.check("Monday through Thursday. Saturday we're slammed too, so not Saturday either.", asked: "schedule.preferredDays",
                   "schedule.blockedDays", Self.days("saturday"))
        // Control: a day inside a condition is no running day.
        Self.check("Tuesday and Thursday. Saturday too if the kids are away.", asked: "schedule.availableDays", "schedule.preferredDays",
                   Self.days("tuesday", "thursday"))
    }

    /// Days said while another question was asked ("mon thu sat. tue n fri i work lates") answer the days question.
    @Test func daysSaidAheadOfTheirQuestion() {
        // (Heard in the interview's own order, with the earlier questions answered.)
        let turn = SlotReference.hear("mon thu sat. tue n fri i work lates no chance", asked: "running.experienceLevel")
        #expect(InterviewTests.value(turn, "schedule.preferredDays") == Self.days("monday", "thursday", "saturday"), "\(turn.facts)")
    }

    /// "I could run every day … let's say five": every day named, fewer of them to run on, so which ones is still asked.
    @Test func everyDayButFewerIsAskedWhich() {
        var runner = SlotReference.answeredBefore("schedule.preferredDays")
        runner.schedule.availableDays = 5
        runner.schedule.preferredDays = Weekday.knownCases
        #expect(SlotReference.shipped.nextOpenSlot(after: "schedule.availableDays", profile: runner, state: InterviewState()) == "schedule.preferredDays")
        // Control: every day, every day to run on, is answered.
        runner.schedule.availableDays = 7
        #expect(SlotReference.shipped.nextOpenSlot(after: "schedule.availableDays", profile: runner, state: InterviewState()) != "schedule.preferredDays")
    }

    /// A "no" about something else, said where the long-run day was asked, is not read ahead as "no injuries".
    @Test func aNoAboutSomethingElseIsNoNone() {
        let turn = SlotReference.hear("There are no set days, my rota changes every fortnight. Six on, four off.", asked: "schedule.longRunDay")
        #expect(InterviewTests.value(turn, "health.pastInjuries") == nil, "\(turn.facts)")
        // Control: a plain "none" said ahead of its question still answers it.
        let plain = SlotReference.hear("None, touch wood.", asked: "schedule.longRunDay")
        #expect(InterviewTests.value(plain, "health.pastInjuries") == .array([]), "\(plain.facts)")
    }

    // MARK: - Session length

    /// A figure that stretches a day off's is the day off's too; the work day's is the limit.
    @Test func aDayOffsStretch() {
        Self.check("On my days off two hours, maybe two and a half. But on a work day, 45 minutes.", asked: "schedule.maxSessionDurationMinutes",
                   "schedule.maxSessionDurationMinutes", .number(45))
        // Control: an hour, stretched, on a busy day.
        Self.check("An hour, maybe an hour and ten.", asked: "schedule.maxSessionDurationMinutes", "schedule.maxSessionDurationMinutes", .number(70))
    }

    // MARK: - Health

    /// A part said to be sound ("my ankles are creaky, but they are not injured") is no injury.
    @Test func aSoundPartIsNoInjury() {
        Self.check("From running, none. My ankles are creaky, but they are not injured.", asked: "health.pastInjuries",
                   "health.pastInjuries", .array([]))
        // Control: a part named as the injury.
        Self.check("My knee, two years ago.", asked: "health.pastInjuries", "health.pastInjuries", .array([.string("knee_pain")]))
    }

    /// A sentence opening in the past ("Before, I have pain in the knee …") is no pain now.
    @Test func painToldInThePast() {
        Self.check("Before, I have pain in the knee, the physio say patellar tendinopathy. Three year ago.", asked: "health.pastInjuries",
                   "health.currentPain", nil)
    }

    // MARK: - Goals

    /// An event joined is a race even when the wish is to run it all the way; a distance to manage without stopping is not.
    @Test func anEventJoined() {
        Self.check("I'm joining the 5K fun run at my son's school and this year I want to run it all the way.", asked: "goals.goalType",
                   "goals.goalType", .string("race"))
        Self.check("Run 5k without stopping.", asked: "goals.goalType", "goals.raceDistance", nil)
    }

    /// Race names: a cause after "Run for"/"Race for", a name in one word with the distance glued on, "Ultra" inside a name;
    /// a result from another race ("my PB is 1:54 from the 2023 City half") is no name.
    @Test func raceNamesInOtherWords() {
        Self.check("The Race for Life 5k in June.", asked: "goals.goalType", "goals.raceName", .string("Race for Life"))
        Self.check("My goal is the Helsinki Citymaraton in May, the half.", asked: "goals.goalType", "goals.raceName", .string("Citymaraton"))
        Self.check("The Madeira Ultra Trail, the 60 km.", asked: "goals.goalType", "goals.raceName", .string("Madeira Ultra Trail"))
        Self.check("The half marathon of the Fiesta de San Juan, along the river.", asked: "goals.goalType", "goals.raceName",
                   .string("Fiesta de San Juan"))
        Self.check("I want to run Kungsholmen here in Stockholm in June, the 10 km.", asked: "goals.goalType", "goals.raceName",
                   .string("Kungsholmen"))
        // Control: a weekday after "run" is no race.
        Self.check("I'd like to run Tuesday in the evening.", asked: "goals.goalType", "goals.raceName", nil)
        Self.check("Goal: the Harbour Half Marathon in May, under 1:50; my PB is 1:54 from the 2023 City half.", asked: nil,
                   "goals.raceName", .string("Harbour Half Marathon"))
    }

    /// A week aimed for by a date, its unit said beside it ("more km. 40 a week by May").
    @Test func aWeekAimedFor() {
        Self.check("more km. 40 a week by may. no race", asked: "goals.goalType", "goals.targetVolume", .number(40))
        // Control: a week now is no target.
        Self.check("more km, I do 40 a week now", asked: "goals.goalType", "goals.targetVolume", nil)
    }

    /// A comeback to run a distance at an event ("the 10k at the Harbin half marathon, not racing it") is a race of that
    /// distance; a place named for a day ("the 25 de Abril bridge") is no race date.
    @Test func eventsInOtherWords() {
        Self.check("I'm coming back from a broken ankle. I want to run the 10k at the Harbin half marathon, not racing it, just finishing.",
                   asked: "goals.goalType", "goals.goalType", .string("race"))
        Self.check("I'm coming back from a broken ankle. I want to run the 10k at the Harbin half marathon, not racing it, just finishing.",
                   asked: "goals.goalType", "goals.raceDistance", .number(10))
        Self.check("The half marathon that crosses the 25 de Abril bridge, it is my dream.", asked: "goals.goalType", "goals.raceDate", nil)
        // Control: a day and month said as the date.
        Self.check("The half marathon on the 21st of March.", asked: "goals.goalType", "goals.raceDate", AnswerPhrasingSeventhRoundTests.millis("2027-03-21"))
    }

    /// A tally of races run ("a few halves, one marathon") and a time of day ("the bus leaves at 6:40") are no goal.
    @Test func talliesAndClocksAreNoGoal() {
        Self.check("My goal is the Lake Half Marathon in April. I've run with a club for years: a few halves, one marathon.", asked: nil,
                   "goals.raceDistance", .number(21.0975))
        Self.check("Goal: a 10k in April. An hour is my limit because the school bus leaves at 7:40.", asked: nil, "goals.targetTime", nil)
    }

    /// Dates typed with spaces after the dots, and a day and month with a zero said with the goal.
    @Test func datesInOtherWords() {
        Self.check("12. 4. 2027, a Monday.", asked: "goals.raceDate", "goals.raceDate", AnswerPhrasingSeventhRoundTests.millis("2027-04-12"))
        Self.check("half. brno, 11.04", asked: "goals.goalType", "goals.raceDate", AnswerPhrasingSeventhRoundTests.millis("2027-04-11"))
        // Control: a decimal distance is no date.
        Self.check("About 25.5 km.", asked: "running.currentVolume", "running.currentVolume", .number(25.5))
    }

    // MARK: - Body

    /// "I'm five-ten and I weigh about 170": a height said as "I'm 5-10" and a weight in pounds beside it.
    @Test func heightAndWeightTheAmericanWay() {
        Self.check("52. I'm five-ten and I weigh about 170.", asked: "physical.age", "physical.heightCm", .number(177.8))
        Self.check("52. I'm five-ten and I weigh about 170.", asked: "physical.age", "physical.weightKg", .number(77.1))
        // Control: a weight in kilos without its unit.
        Self.check("44. I weigh about 70 and I'm 172 cm.", asked: "physical.age", "physical.weightKg", .number(70))
    }

    // MARK: - Phones and other languages (development sets 9 to 11)

    /// Voice typing's sound-alikes ("for times a week", "won hour") and words of other languages said inside English answers.
    @Test func wordsFromPhonesAndOtherLanguages() {
        Self.check("for times a week with my sister", asked: "running.currentFrequency", "running.currentFrequency", .number(4))
        Self.check("won hour max, then school run", asked: "schedule.maxSessionDurationMinutes", "schedule.maxSessionDurationMinutes", .number(60))
        Self.check("4 din. tue aur fri nahi ho payega", asked: "schedule.availableDays", "schedule.blockedDays", Self.days("tuesday", "friday"))
        Self.check("maybe under 1 jam 50", asked: "goals.targetTime", "goals.targetTime", .number(6600))
        Self.check("42 ans, bientôt 43", asked: "physical.age", "physical.age", .number(42))
        Self.check("Dalawang beses", asked: "running.currentFrequency", "running.currentFrequency", .number(2))
        Self.check("Isang oras lang", asked: "schedule.maxSessionDurationMinutes", "schedule.maxSessionDurationMinutes", .number(60))
        Self.check("Wala po", asked: "health.pastInjuries", "health.pastInjuries", .array([]))
        Self.check("kuch nahi", asked: "health.currentPain", "health.currentPain", .array([]))
        Self.check("Yung mabait po", asked: "coaching.coachingVoice", "coaching.coachingVoice", .string("encouraging"))
        Self.check("Naweza siku nne, ila Jumamosi ni sokoni.", asked: "schedule.availableDays", "schedule.blockedDays", Self.days("saturday"))
        Self.check("abajo de 1 hora porfa, mi hermano lo hizo en 1:05", asked: "goals.targetTime", "goals.targetTime", .number(3600))
        #expect(Replies.consent("sii esta bien") == true)
        #expect(Replies.consent("sige po") == true)
    }

    /// Greetings said before the name: "Wesh, Karim", "holaa soy daniela", "Sasa coach, ni Wanjiru", "Salaam alaikum — I am Hamid".
    @Test func greetingsBeforeTheName() {
        Self.check("Wesh, Nassim 👋", asked: "identity.name", "identity.name", .string("Nassim"))
        Self.check("holaa soy lucia", asked: "identity.name", "identity.name", .string("Lucia"))
        Self.check("Sasa coach, ni Achieng.", asked: "identity.name", "identity.name", .string("Achieng"))
        Self.check("Salaam alaikum — I am Yusuf.", asked: "identity.name", "identity.name", .string("Yusuf"))
        Self.check("Oi! Tiago here. At work they call me Tigrão, but Tiago is fine.", asked: "identity.name", "identity.name", .string("Tiago"))
    }

    /// Corrections typed on a phone: "no. 14.", "ay 35 na pala", "No — four", "Hm, no, 37 — I'm 38 in May".
    @Test func correctionsTypedQuickly() {
        Self.check("around 40 miles a week. no. 14. the voice thing heard forty", asked: "running.currentVolume", "running.currentVolume", .number(22.5))
        Self.check("29. ay 30 na pala, birthday ko nung Oct", asked: "physical.age", "physical.age", .number(30))
        Self.check("Five times. No — four. Thursday is my swim day.", asked: "running.currentFrequency", "running.currentFrequency", .number(4))
        Self.check("44. Hm, no, 43 — I'm 44 in June.", asked: "physical.age", "physical.age", .number(43))
    }

    // MARK: - Late corrections

    /// An earlier answer named and put right beside the answer asked for: the date, the weekly volume, the long run, the
    /// target; the answer asked for is read without those words.
    @Test func earlierAnswersPutRightLater() {
        let date = InterviewTests.hear("Four times. Oh wait, and sorry, the date — I checked the website, it's Sunday the 14th of March, not the 21st.",
                                       asked: "running.currentFrequency") { $0.legal.healthConsentAt = 1; $0.goals.raceDate = 1_805_500_800_000 }
        #expect(InterviewTests.value(date, "goals.raceDate") == AnswerPhrasingSeventhRoundTests.millis("2027-03-14"), "\(date.facts)")
        #expect(InterviewTests.value(date, "running.currentFrequency") == .number(4))
        let volume = InterviewTests.hear("Nothing right now. And the weekly volume, sorry, I said 45 — that was my peak. Now it's more like 35.",
                                         asked: "health.currentPain") { $0.legal.healthConsentAt = 1; $0.running.currentVolume = 45 }
        #expect(InterviewTests.value(volume, "running.currentVolume") == .number(35), "\(volume.facts)")
        let target = InterviewTests.hear("Sixty minutes, then it gets too hot. Oh — and that 1:50, make it 1:55.",
                                         asked: "schedule.maxSessionDurationMinutes") { $0.legal.healthConsentAt = 1; $0.goals.targetTime = 6600 }
        #expect(InterviewTests.value(target, "goals.targetTime") == .number(6900), "\(target.facts)")
        #expect(InterviewTests.value(target, "schedule.maxSessionDurationMinutes") == .number(60))
        let longRun = InterviewTests.hear("41. And scrap the Sunday long run, make it Saturday: Sunday I coach the under-10s.",
                                          asked: "physical.age") { $0.legal.healthConsentAt = 1; $0.schedule.longRunDay = .sunday }
        #expect(InterviewTests.value(longRun, "schedule.longRunDay") == .string("saturday"), "\(longRun.facts)")
        #expect(InterviewTests.value(longRun, "physical.age") == .number(41))
        let swap = InterviewTests.hear("One hour. Oh, and I said Tuesday before — please change it to Monday.", asked: "schedule.maxSessionDurationMinutes") {
            $0.legal.healthConsentAt = 1; $0.schedule.preferredDays = [.tuesday, .thursday, .saturday]
        }
        #expect(InterviewTests.value(swap, "schedule.preferredDays") == Self.days("monday", "thursday", "saturday"), "\(swap.facts)")
        // Control: a long run mentioned in passing changes nothing.
        Self.check("My calves are tight on a Monday after the long run, but nothing actually hurts.", asked: "health.currentPain",
                   "schedule.longRunDay", nil)
    }

    // MARK: - Goals, health and coaching (development sets 9 to 11)

    @Test func goalsHealthAndStyleInOtherWords() {
        Self.check("The Sunday right after my birthday. My birthday's the 4th of May.", asked: "goals.raceDate", "goals.raceDate",
                   AnswerPhrasingSeventhRoundTests.millis("2027-05-09"))
        Self.check("Coming back after ankle surgery, cleared to run again on the 1st of November. No race for now.", asked: "goals.goalType",
                   "goals.raceDate", nil)
        Self.check("Right, so, no races. Just more miles: build up to maybe forty kilometres a week by the summer.", asked: "goals.goalType",
                   "goals.goalType", .string("base_building"))
        Self.check("No race, no stopwatch. I just want to be doing 25 mile a week by the summer.", asked: "goals.goalType", "goals.goalType",
                   .string("base_building"))
        Self.check("doing the 5k at the harbour thing in may, my flatmates doing the half", asked: "goals.goalType", "goals.raceDistance", .number(5))
        Self.check("Under four this time. 3:59:59 counts!", asked: "goals.targetTime", "goals.targetTime", .number(14400))
        Self.check("Yes. The IT band in 2021. And my back, I have a disc hernia from lifting.", asked: "health.pastInjuries",
                   "health.pastInjuries", .array([.string("itbs"), .string("herniated_disc")]))
        Self.check("Plantar fasciitis in 2023, and a torn ankle ligament from a trail fall last year.", asked: "health.pastInjuries",
                   "health.pastInjuries", .array([.string("plantar_fasciitis"), .string("ankle_sprain")]))
        Self.check("Only heel pain in 2024, the doctor said Achilles tendinitis.", asked: "health.pastInjuries", "health.currentPain", nil)
        Self.check("Only my pride. And my right hip, a bit, since Sunday's run.", asked: "health.currentPain", "health.currentPain", .array([.string("hip")]))
        Self.check("Analytical. Actually... encouraging, with numbers. If I must pick one, the numbers.", asked: "coaching.coachingVoice",
                   "coaching.coachingVoice", .string("analytical"))
        Self.check("Strict. Mmm, no, not too strict. Encouraging, but honest. Encouraging.", asked: "coaching.coachingVoice",
                   "coaching.coachingVoice", .string("encouraging"))
        Self.check("Ninety minutes. Hmm, with the drive, one hour is the real maximum.", asked: "schedule.maxSessionDurationMinutes",
                   "schedule.maxSessionDurationMinutes", .number(60))
        Self.check("Four. Monday, Wednesday, Friday, Sunday. Tuesday and Thursday I do the books for my brother, 4 hours each time.",
                   asked: "schedule.availableDays", "schedule.maxSessionDurationMinutes", nil)
        Self.check("At the moment? About twenty k a week. It was more like thirty in September. Twenty, let's say.", asked: "running.currentVolume",
                   "running.currentVolume", .number(20))
        // Controls: a plain target, and a week said now.
        Self.check("Under four hours.", asked: "goals.targetTime", "goals.targetTime", .number(14400))
        Self.check("About 30 km a week.", asked: "running.currentVolume", "running.currentVolume", .number(30))
    }

    /// Spanish said inside English answers: weekdays shortened in a list, "años", "nada serio", "y media", "hace 2 semanas",
    /// "me duele el pie", "exigente".
    @Test func spanishInsideEnglish() {
        Self.check("3 dias. mar jue sab. lun y vie tengo turno", asked: "schedule.availableDays", "schedule.preferredDays",
                   Self.days("tuesday", "thursday", "saturday"))
        Self.check("3 dias. mar jue sab. lun y vie tengo turno", asked: "schedule.availableDays", "schedule.blockedDays", Self.days("monday", "friday"))
        Self.check("corro desde la uni, like 6 años pero nada serio", asked: "running.experienceLevel", "running.experienceLevel", .string("casual"))
        Self.check("1 hr y media max", asked: "schedule.maxSessionDurationMinutes", "schedule.maxSessionDurationMinutes", .number(90))
        Self.check("12k hace 3 semanas", asked: "running.longestRecentRun", "running.longestRecentRun", .number(12))
        Self.check("ahorita me duele poquito el tobillo derecho", asked: "health.currentPain", "health.currentPain", .array([.string("ankle")]))
        Self.check("exigente!! sin piedad", asked: "coaching.coachingVoice", "coaching.coachingVoice", .string("tough_love"))
        // Control: "March" in a race's name is no Tuesday.
        Self.check("I want to run the March 5k in my town", asked: "goals.goalType", "schedule.preferredDays", nil)
    }

    /// "may 2,800 meters" (Tagalog "may": there is) is no 2 May; "weekdays I prefer Tuesday and Thursday" picks from the weekdays.
    @Test func numbersAndGroupsThatAreNoDates() {
        Self.check("50k trail, first ultra ko, may 2,800 meters na akyat", asked: "goals.goalType", "goals.raceDate", nil)
        Self.check("weekdays I prefer Monday and Thursday, plus Saturday", asked: "schedule.preferredDays", "schedule.preferredDays",
                   Self.days("monday", "thursday", "saturday"))
        // Control: a date said with its month and day.
        Self.check("May 2, a Sunday", asked: "goals.raceDate", "goals.raceDate", AnswerPhrasingSeventhRoundTests.millis("2027-05-02"))
    }

    /// Days that date something or name a thing ("the Saturday before our New Year", "the weekend market"), a race date
    /// counted from today, a greeting and a name in lower case, and an answer said again "as I said" (no correction).
    @Test func daysThatDateThingsAndMore() {
        Self.check("I can run 5 days, Monday to Friday. The race is Saturday 10 April, the Saturday before our New Year.", asked: nil,
                   "schedule.preferredDays", Self.days("monday", "tuesday", "wednesday", "thursday", "friday"))
        Self.check("Six days. Not Sunday — Sunday I take my parents to the weekend market.", asked: "schedule.availableDays",
                   "schedule.blockedDays", Self.days("sunday"))
        Self.check("An ultra, 60 km. It is exactly 14 weeks from today, on a Saturday.", asked: "goals.goalType", "goals.raceDate",
                   AnswerPhrasingSeventhRoundTests.millis("2027-03-05")) // (the tests' today is 27 November 2026)
        Self.check("hai ming here", asked: "identity.name", "identity.name", .string("Ming"))
        let again = InterviewTests.hear("41. Forty-two on the 3rd of May, as I said.", asked: "physical.age") {
            $0.legal.healthConsentAt = 1; $0.goals.raceDate = 1_809_820_800_000
        }
        #expect(InterviewTests.value(again, "goals.raceDate") == nil, "\(again.facts)")
        #expect(InterviewTests.value(again, "physical.age") == .number(41))
    }

    // MARK: - Development sets 12 to 14

    /// Names introduced in Nigerian Pidgin ("Na Tunde"), Indian English ("Myself Ravi …, call Ravi only"), Kenyan English
    /// ("Me I am Wanjiku") and Patois ("A Shanice dis"); a letter said of the name is no name.
    @Test func namesInMoreEnglishes() {
        Self.check("Good evening o. Na Chinedu, I dey Lagos.", asked: "identity.name", "identity.name", .string("Chinedu"))
        Self.check("Good morning sir. Myself Arjun Kumar Rao. You can call Arjun only.", asked: "identity.name", "identity.name", .string("Arjun"))
        Self.check("Niaje! Me I am Njeri.", asked: "identity.name", "identity.name", .string("Njeri"))
        Self.check("Wah gwaan! A Tashana dis.", asked: "identity.name", "identity.name", .string("Tashana"))
        Self.check("Kirsty. With a K.", asked: "identity.name", "identity.name", .string("Kirsty"))
    }

    /// Slang and local words: "a score a week", "s'pose", "straight up numbers", Olympic selectors in jest, "Say forty",
    /// corrections after dots and dashes.
    @Test func slangAndLocalWords() {
        Self.check("About a score a week. Miles, not k.", asked: "running.currentVolume", "running.currentVolume", .number(32.2))
        Self.check("mon tue thu sat i spose", asked: "schedule.preferredDays", "schedule.preferredDays", Self.days("monday", "tuesday", "thursday", "saturday"))
        Self.check("straight up numbers. splits n that", asked: "coaching.coachingVoice", "coaching.coachingVoice", .string("analytical"))
        Self.check("Been plodding round the park for about six years. Olympic selectors haven't rung.", asked: "running.experienceLevel",
                   "running.experienceLevel", .string("casual"))
        Self.check("Half an hour? Forty minutes? What do people usually do? Say forty.", asked: "schedule.maxSessionDurationMinutes",
                   "schedule.maxSessionDurationMinutes", .number(40))
        Self.check("Tough love! No... encouraging.", asked: "coaching.coachingVoice", "coaching.coachingVoice", .string("encouraging"))
        Self.check("Don't go soft on me.", asked: "coaching.coachingVoice", "coaching.coachingVoice", .string("tough_love"))
        Self.check("Tough love. Hmm... no — just keep it short.", asked: "coaching.coachingVoice", "coaching.coachingVoice", .string("minimalist"))
    }

    /// A week told at length and summed up ("So four days, but never the same four", "about five days in one week", "three of
    /// the four"), days named and a number more ("Monday, plus any two afternoons"), and days said to be gone.
    @Test func weeksToldAtLength() {
        Self.check("A week on the boat, a week at home. So four days, but it's never the same four.", asked: "schedule.availableDays",
                   "schedule.availableDays", .number(4))
        Self.check("The cycle is four days, so the weekday moves. I can run on three days of every four, about five days in one week.",
                   asked: "schedule.availableDays", "schedule.availableDays", .number(5))
        Self.check("Two days, two nights, four off. I only run on my days off, three of the four.", asked: "schedule.availableDays",
                   "schedule.availableDays", .number(3))
        Self.check("The market is Tuesday to Sunday. Monday's my only day off. So Monday, plus any two afternoons.", asked: "schedule.availableDays",
                   "schedule.availableDays", .number(3))
        Self.check("Tuesdays and Thursdays after work, plus one weekend day.", asked: "schedule.availableDays", "schedule.availableDays", .number(3))
        Self.check("Nights Wednesday through Saturday, so those days are gone. Sunday, Monday and Tuesday are mine.", asked: "schedule.availableDays",
                   "schedule.preferredDays", Self.days("monday", "tuesday", "sunday"))
        // Control: a count said plainly.
        Self.check("Three days: Monday, Wednesday, Friday.", asked: "schedule.availableDays", "schedule.availableDays", .number(3))
    }

    /// "Not every Sunday, though: every second weekend …" keeps Sunday; a figure "on average" said after it, a Strava check,
    /// "90 min tops" after clock times, and an injury's year put right ("No wait, that was 2023") keeps the injuries.
    @Test func settledInOtherWords() {
        Self.check("Three. Tuesday, Thursday and Sunday. Not every Sunday, though: every second weekend I have the grandchildren.",
                   asked: "schedule.availableDays", "schedule.preferredDays", Self.days("tuesday", "thursday", "sunday"))
        Self.check("On a good week 25 kilometres, on a busy one maybe 10. Around 18 on average.", asked: "running.currentVolume",
                   "running.currentVolume", .number(18))
        Self.check("16 km. Or, let me check Strava: 17.2. Yes, 17.2.", asked: "running.longestRecentRun", "running.longestRecentRun", .number(17.2))
        Self.check("work finishes 9ish and the next shift starts 3:30 so heaps of time but i need sleep. 75 min tops",
                   asked: "schedule.maxSessionDurationMinutes", "schedule.maxSessionDurationMinutes", .number(75))
        Self.check("A stress fracture in my shin in 2024. Oh, and plantar fasciitis, last year. No wait, that was 2023.", asked: "health.pastInjuries",
                   "health.pastInjuries", .array([.string("shin_stress_fracture"), .string("plantar_fasciitis")]))
    }
}
