import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// Task 13, nineteenth round: families of phrasing found in the blind development sets 19 to 21 (their wrong fields read
/// with the conversations). Rows are in other words than those conversations', with controls that must stay as they
/// were. Held-out sets 5 to 14 stay unseen.
struct AnswerPhrasingNineteenthRoundTests {
    static func check(_ message: String, asked: String?, _ path: String, _ expected: JSONValue?,
                      _ edit: (inout Runner) -> Void = { _ in }) {
        AnswerPhrasingSeventhRoundTests.check(message, asked: asked, path, expected, edit)
    }
    static func days(_ names: String...) -> JSONValue { .array(names.map { .string($0) }) }
    static func millis(_ iso: String) -> JSONValue { AnswerPhrasingSixthRoundTests.millis(iso) }

    // MARK: - Days

    /// "I'm off on Tuesdays" is off work, a day to run; "off on a course" is away.
    @Test func offOnADayIsFree() {
        let days = "schedule.availableDays"
        Self.check("Three. I'm off on Tuesdays and Thursdays, plus Sunday.", asked: days, "schedule.preferredDays",
                   Self.days("tuesday", "thursday", "sunday"))
        Self.check("Three. I'm off on Tuesdays and Thursdays, plus Sunday.", asked: days, "schedule.blockedDays", nil)
        // Control: away on something.
        Self.check("Three days, but I'm off on a course on Wednesdays.", asked: days, "schedule.blockedDays", Self.days("wednesday"))
    }

    /// "I work thu n fri": every day of a short list after "I work" is a work day, not only the first.
    @Test func workDaysListedShort() {
        let days = "schedule.availableDays"
        Self.check("Weekdays mostly, I work thu n fri.", asked: days, "schedule.blockedDays", Self.days("thursday", "friday"))
        Self.check("4 days. i work sat, sun so the rest.", asked: days, "schedule.blockedDays", Self.days("saturday", "sunday"))
        // Control: full names.
        Self.check("Weekdays mostly, I work Thursday and Friday.", asked: days, "schedule.blockedDays", Self.days("thursday", "friday"))
    }

    /// "We don't fish Sundays": a day free of the runner's work is a day to run; "I don't run Sundays" is not.
    @Test func aDayFreeOfWork() {
        let days = "schedule.availableDays"
        Self.check("Tuesday and Saturday, I don't teach on Tuesdays.", asked: days, "schedule.preferredDays", Self.days("tuesday", "saturday"))
        Self.check("Three. I don't work Mondays or Fridays, so those and Sunday.", asked: days, "schedule.preferredDays",
                   Self.days("monday", "friday", "sunday"))
        // Control: running ruled out.
        Self.check("Three. I don't run Mondays.", asked: days, "schedule.blockedDays", Self.days("monday"))
    }

    /// "… and one more, Friday": the one more is the day named after it.
    @Test func oneMoreNamed() {
        let days = "schedule.availableDays"
        Self.check("Monday and Wednesday, and one more, Friday maybe?", asked: days, "schedule.availableDays", .number(3))
        // Control: one more not named.
        Self.check("Monday and Wednesday, plus one more.", asked: days, "schedule.availableDays", .number(3))
    }

    /// "Three could work, … except Thursday": the count that opens the answer, over the days a range minus one leaves.
    @Test func aCountThatCouldWork() {
        let days = "schedule.availableDays"
        Self.check("Three could work. I'm at the depot Monday to Friday till two, so afternoons, except Thursday when I see my mum.",
                   asked: days, "schedule.availableDays", .number(3))
        // Control: no count said, the days left are the count.
        Self.check("Monday to Friday except Wednesday.", asked: days, "schedule.availableDays", .number(4))
    }

    /// "…, Saturday, Sunday. And the long one on Sunday": the day said with the long run, after a list of days.
    @Test func theLongRunDayAfterAList() {
        let long = "schedule.longRunDay"
        Self.check("Tuesday, Wednesday, Friday, Saturday, Sunday. The long one on Sunday.", asked: long, long, .string("sunday"))
        // Controls: the day after "back-to-back" is the second long run; someone else's long run, ruled out.
        Self.check("Tuesday to Sunday. Long one on Saturday, back-to-back Sunday.", asked: long, long, .string("saturday"))
        Self.check("Sunday. The club's long run is Saturday but I can't make it.", asked: long, long, .string("sunday"))
    }

    /// A day swapped as "it" ("Thursday's the school run, swap it for Friday"); a long-run day put in place with "then";
    /// days ruled out at the end of the answer with no running day named ("so not them").
    @Test func daysPutRightInPassing() {
        let days = "schedule.availableDays"
        Self.check("Four: Monday, Tuesday, Thursday, Sunday. Hmm, Thursday's the school run, swap it for Friday.", asked: days,
                   "schedule.preferredDays", Self.days("monday", "tuesday", "friday", "sunday"))
        Self.check("Sunday. Wait, Sunday is church all morning. Then Saturday.", asked: "schedule.longRunDay", "schedule.longRunDay", .string("saturday"))
        Self.check("Thursday. No good, that's my late shift. Friday then.", asked: "schedule.longRunDay", "schedule.longRunDay", .string("friday"))
        Self.check("3 days, choir is mon n wed so not them", asked: days, "schedule.blockedDays", Self.days("monday", "wednesday"))
        // Controls: "then" about what follows; a day opening the answer.
        Self.check("Saturday. Then Sunday I rest.", asked: "schedule.longRunDay", "schedule.longRunDay", .string("saturday"))
        Self.check("Sunday, before anyone's up.", asked: "schedule.longRunDay", "schedule.longRunDay", .string("sunday"))
    }

    /// Dev-23: "any day bar Wednesday", "all of them but Monday"; a running day with what is done before the run
    /// ("Thursdays I take my inhaler before I head out"); the long-run day weighed and said alone at the end.
    @Test func daysFromDevelopmentSet23() {
        let days = "schedule.availableDays"
        Self.check("Any day bar Friday, that's the market.", asked: days, "schedule.availableDays", .number(6))
        Self.check("All of them but Tuesday.", asked: days, "schedule.blockedDays", Self.days("tuesday"))
        Self.check("Mon, Wed, Fri and Sun. Fridays I take my inhaler before I go out, the cold gets me.", asked: days,
                   "schedule.preferredDays", Self.days("monday", "wednesday", "friday", "sunday"))
        Self.check("Sunday. Hmm, Saturday, the paths are quieter then. Saturday.", asked: "schedule.longRunDay", "schedule.longRunDay",
                   .string("saturday"))
        // Controls: a day filled by something else; a day opening the answer with another said in passing; the job's days.
        Self.check("Mon, Wed, Fri. Monday I'm on the early shift, so I run at 5 before the staff bus.", asked: days,
                   "schedule.preferredDays", Self.days("monday", "wednesday", "friday"))
        Self.check("I open the shop every day except Sunday, so I run at five. Tuesday, Thursday and Sunday.", asked: days,
                   "schedule.blockedDays", nil)
        Self.check("Mon, Wed, Fri and Sun. Fridays I do the school run and the shop.", asked: days, "schedule.blockedDays", Self.days("friday"))
        Self.check("Saturday, so Sunday I can sleep in. Sunday is for the family.", asked: "schedule.longRunDay", "schedule.longRunDay",
                   .string("saturday"))
    }

    /// "Like I said, the same 4 days", "same days plus Sunday": the days said before as the ones run now, asked how often.
    @Test func theSameDaysAsNow() {
        let interview = SlotReference.shipped
        var runner = InterviewTests.runner()
        runner.legal.healthConsentAt = 1
        var state = InterviewState()
        state.asked = "running.currentFrequency"
        let runs = interview.hear("3 times, always Monday, Wednesday and Friday", profile: runner, state: state, today: InterviewTests.today)
        #expect(runs.state.daysRunNow == ["monday", "wednesday", "friday"])
        var next = runs.state
        next.asked = "schedule.availableDays"
        let same = interview.hear("Same days plus Sunday, so 4", profile: runner, state: next, today: InterviewTests.today)
        #expect(InterviewTests.value(same, "schedule.preferredDays") == Self.days("monday", "wednesday", "friday", "sunday"))
        #expect(InterviewTests.value(same, "schedule.availableDays") == .number(4))
        let likeISaid = interview.hear("Like I said, the same 3 days", profile: runner, state: next, today: InterviewTests.today)
        #expect(InterviewTests.value(likeISaid, "schedule.preferredDays") == Self.days("monday", "wednesday", "friday"))
        // Controls: the days named are the same ones ("… like now"); other days named, nothing said about the same ones.
        let named = interview.hear("Monday and Friday like now, and Sunday", profile: runner, state: next, today: InterviewTests.today)
        #expect(InterviewTests.value(named, "schedule.preferredDays") == Self.days("monday", "friday", "sunday"))
        let other = interview.hear("Tuesday, Thursday and Saturday", profile: runner, state: next, today: InterviewTests.today)
        #expect(InterviewTests.value(other, "schedule.preferredDays") == Self.days("tuesday", "thursday", "saturday"))
    }

    // MARK: - Session length

    /// "Two hours on a free day; on a work day one": the busy day's figure said without its unit takes the other's.
    @Test func theBusyDaysFigureWithoutItsUnit() {
        let asked = "schedule.maxSessionDurationMinutes"
        Self.check("Two hours on a free day. On a work day 1, because of the commute.", asked: asked, asked, .number(60))
        Self.check("Two hours on a free day. On a work day 1, because of the commute.", asked: asked, "schedule.longRunMaxDurationMinutes", .number(120))
        // Control: both with units.
        Self.check("An hour on work days, 90 minutes on days off.", asked: asked, asked, .number(60))
    }

    /// "90 minutes. On a work day, one hour": the busy day's figure, said after the other.
    @Test func theBusyDayAfterTheOther() {
        let asked = "schedule.maxSessionDurationMinutes"
        Self.check("Two hours. On a school day, 45 minutes.", asked: asked, asked, .number(45))
    }

    /// "Ninety minutes. Well... 70, to be realistic": "well..." puts the figure right.
    @Test func wellWithDotsPutsItRight() {
        let asked = "schedule.maxSessionDurationMinutes"
        Self.check("Ninety minutes. Well... 70, to be realistic.", asked: asked, asked, .number(70))
    }

    /// "1 nd half hrs": "nd" typed for "and".
    @Test func andTypedAsNd() {
        let asked = "schedule.maxSessionDurationMinutes"
        Self.check("1 nd half hrs max", asked: asked, asked, .number(90))
    }

    // MARK: - Weekly figures

    /// The usual week said after a big one: "in a normal week, with …, thirty"; "most weeks 28".
    @Test func theUsualWeekAfterABigOne() {
        let volume = "running.currentVolume"
        Self.check("Forty in a big week. In a normal week, with the kids' swimming and everything, about thirty.", asked: volume, volume, .number(30))
        Self.check("35 kilometres in a good week; most weeks 28.", asked: volume, volume, .number(28))
        // Controls: one figure; the figure said before "most weeks", a bigger one after it.
        Self.check("About 30 km in a normal week.", asked: volume, volume, .number(30))
        Self.check("Fifty kilometres most weeks, 65 on a big week.", asked: volume, volume, .number(50))
    }

    /// The running alone, after a figure that counts something else or is someone else's.
    @Test func theRunnersOwnFigure() {
        let volume = "running.currentVolume"
        Self.check("My partner logs 15 km for us because she counts the dog walks. Running alone, maybe 8.", asked: volume, volume, .number(8))
        Self.check("my brother does 60k a week, im nowhere near.. like 25? 30 tops", asked: volume, volume, .number(25))
        Self.check("I cycle 100 km to work each week but that is not running. Running, about 20 km a week.", asked: volume, volume, .number(20))
        // Control: the runner's own figure first.
        Self.check("About 20 km a week, my brother does 60.", asked: volume, volume, .number(20))
    }

    /// "30 km a week. Hmm, less, this last month … maybe 22": the weeks just gone.
    @Test func theWeeksJustGone() {
        let volume = "running.currentVolume"
        Self.check("40 km a week. Well, less, this past month with the move I did maybe 25.", asked: volume, volume, .number(25))
        // Controls: "lately" dating the figure before it; the longest run lately (held-outs 1 and 2, opened).
        Self.check("About 30 km a week lately.", asked: volume, volume, .number(30))
        Self.check("Right around 20 miles a week. My longest run lately was 9 miles.", asked: volume, volume, .number(32.2))
    }

    /// Runs times each run's distance: "three times a week, every time 6 or 7 km" is about 19.5.
    @Test func runsTimesEachRun() {
        let volume = "running.currentVolume"
        Self.check("Four runs a week, each time about 8 km.", asked: volume, volume, .number(32))
        Self.check("I run 3 times in one week, every time 5 or 6 kilometres.", asked: volume, volume, .number(16.5))
    }

    /// The proper runs among the outings: "Five if you count the dog walks. Two proper ones."
    @Test func theProperRuns() {
        let runs = "running.currentFrequency"
        Self.check("Five if you count the dog walks. Two proper ones.", asked: runs, runs, .number(2))
        Self.check("I'm out every morning, seven days, but running properly, maybe three days.", asked: runs, runs, .number(3))
        // Control.
        Self.check("Three, sometimes four.", asked: runs, runs, .number(3))
    }

    /// "The club meets three times a week", asked how far: the club's week, not the runner's runs.
    @Test func theClubsWeek() {
        Self.check("The club runs three times a week, 5 km each, and I get to two of them, so 10 km.", asked: "running.currentVolume",
                   "running.currentFrequency", nil)
        // Control: asked how often, the club's count is the runner's.
        Self.check("The club runs twice a week and I never miss.", asked: "running.currentFrequency", "running.currentFrequency", .number(2))
    }

    /// "Four — one of those is a football game": a spaced dash between a count and a smaller number is no range.
    @Test func aDashIsNoRangeDownwards() {
        let runs = "running.currentFrequency"
        Self.check("Four — one of those is a football game.", asked: runs, runs, .number(4))
        // Control: a range upwards.
        Self.check("3 - 4.", asked: runs, runs, .number(3))
    }

    // MARK: - Goals and times

    /// "Sub 4. Well, under 4:15, let's be realistic": "well," puts the time right.
    @Test func wellPutsATimeRight() {
        let time = "goals.targetTime"
        Self.check("Sub 4. Well, under 4:15, let's be realistic.", asked: time, time, .number(15300), InterviewTests.marathon)
        // Control: "well" with nothing after it to put right.
        Self.check("Under 4:15. Well, that's the dream.", asked: time, time, .number(15300), InterviewTests.marathon)
    }

    /// "My best, ten years ago, was 3:05": a result, with the when said between.
    @Test func aBestWithItsYear() {
        Self.check("Four hours would be lovely. My best, ten years ago, was 3:05, but let's be realistic.", asked: "goals.targetTime",
                   "goals.targetTime", .number(14400), InterviewTests.marathon)
    }

    /// "49. I'm five seven and about 168 pounds": a height said aloud, not an age.
    @Test func aHeightSaidAloud() {
        Self.check("52. I'm five ten and about 180 pounds if that matters.", asked: "physical.age", "physical.age", .number(52))
        Self.check("52. I'm five ten and about 180 pounds if that matters.", asked: "physical.age", "physical.heightCm", .number(177.8))
    }

    /// Names: "here is Lukas"; "My name is Deolinda, …, call me whatever you like" gives a name all the same.
    @Test func namesGivenAnotherWay() {
        #expect(Replies.name(in: "Hello, here is Matthias", expecting: "identity.name") == "Matthias")
        #expect(Replies.name(in: "My name is Rosalind, but call me whatever you like", expecting: "identity.name") == "Rosalind")
        // Control: no name given.
        #expect(Replies.name(in: "Call me whatever you like.", expecting: "identity.name") == nil)
    }

    /// "Minggu, 14 Maret": a weekday and a date in another language, not a name and an age.
    @Test func aDateIsNoNameAndAge() {
        Self.check("Minggu, 14 Maret. Sunday 14 March.", asked: "goals.raceDate", "physical.age", nil)
        // Control.
        Self.check("Hi! Budi, 49.", asked: "identity.name", "physical.age", .number(49))
    }

    /// "Done two 10ks (52:10 and 53:40)": a time in brackets after races run is a result.
    @Test func aResultInBrackets() {
        Self.check("Sub 50 for the 10k in March. I've done two 10ks (52:10 and 53:40).", asked: "goals.goalType", "goals.targetTime", .number(3000))
        // Control: a target in brackets.
        Self.check("The half (1:45) is the dream.", asked: "goals.targetTime", "goals.targetTime", .number(6300), InterviewTests.half)
    }

    /// A date with dashes and the year in full; the weekday said picks the day and the month.
    @Test func aDateWithDashes() {
        let date = "goals.raceDate"
        Self.check("25-04-2027", asked: date, date, Self.millis("2027-04-25"))
        Self.check("04-11-2027, a Sunday", asked: date, date, Self.millis("2027-04-11"))
    }

    /// Dates from development set 24: "Sunday the 11th" with no month is the next 11th that is a Sunday; "21,1k. bergen,
    /// sat 24.4" (a decimal comma, a day and month with a dot after the weekday); a registration date after a corrected
    /// one is no race date.
    @Test func datesFromDevelopmentSet24() {
        let date = "goals.raceDate"
        Self.check("Sunday the 11th", asked: date, date, Self.millis("2027-04-11"))
        Self.check("21,1k. oslo, sun 25.4", asked: "goals.goalType", date, Self.millis("2027-04-25"))
        Self.check("21,1k. oslo, sun 25.4", asked: "goals.goalType", "goals.raceDistance", .number(21.0975))
        Self.check("Sunday 14 March. Hang on... no, it's 4.4.27, Sunday. The 14th is when entries close.", asked: date, date, Self.millis("2027-04-04"))
        // Control: a day alone in the month said.
        Self.check("In April, the 11th.", asked: date, date, Self.millis("2027-04-11"))
    }

    /// The race date put right inside another answer: "I looked at the flyer: the race is the 1st of May. Not the 24th."
    @Test func aRaceDatePutRightLater() {
        var runner = InterviewTests.runner()
        runner.legal.healthConsentAt = 1
        runner.goals.goalType = .race
        runner.goals.raceDate = 1808524800000 // 24 April 2027
        var state = InterviewState()
        state.asked = "schedule.maxSessionDurationMinutes"
        let turn = SlotReference.shipped.hear("An hour. Oh, and I looked at the flyer on the fridge: the race is the 1st of May this year. Not the 24th.",
                                              profile: runner, state: state, today: InterviewTests.today)
        #expect(InterviewTests.value(turn, "goals.raceDate") == Self.millis("2027-05-01"))
        #expect(InterviewTests.value(turn, "schedule.maxSessionDurationMinutes") == .number(60))
    }

    /// "no. not bad for 38": the age said in passing.
    @Test func anAgeSaidInPassing() {
        Self.check("no. not bad for 38", asked: "health.currentPain", "physical.age", .number(38))
        // Control: a duration after "good for".
        Self.check("20 km, good for 30 minutes of misery.", asked: "running.longestRecentRun", "physical.age", nil)
    }

    /// "Labour Day" spelled so is 1 May in most of the world; "Labor Day" is September's.
    @Test func labourAndLaborDay() {
        Self.check("There's a 10k on Labour Day in Nairobi.", asked: "goals.goalType", "goals.raceDate", Self.millis("2027-05-01"))
        Self.check("A 5k on Labor Day in Dayton.", asked: "goals.goalType", "goals.raceDate", Self.millis("2027-09-06"))
    }

    /// "half. porto city marathon": the half, at an event with "marathon" in its name.
    @Test func theHalfAtAMarathonEvent() {
        Self.check("half. porto city marathon", asked: "goals.goalType", "goals.raceDistance", .number(21.0975))
        // Control.
        Self.check("full. porto city marathon", asked: "goals.goalType", "goals.raceDistance", .number(42.195))
    }

    /// Goals said without the usual words: "more quick … not for a race" is speed; "build up the miles" is the base;
    /// "not chasing any times" is no time of day.
    @Test func goalsInOtherWords() {
        let goal = "goals.goalType"
        Self.check("I want to be more quick over 5 km. Not for a race, just for me.", asked: goal, goal, .string("speed"))
        Self.check("Just build up the miles. Not chasing any times.", asked: goal, goal, .string("base_building"))
        Self.check("Just build up the miles. Not chasing any times.", asked: goal, "schedule.preferredTime", nil)
        Self.check("No race, I want to build the miles up to 40 km a week by the time the clocks change.", asked: goal, "goals.targetVolume", .number(40))
        // Control: any time as a time of day.
        Self.check("Any time suits me.", asked: "schedule.preferredTime", "schedule.preferredTime", .string("varies"))
    }

    /// Race names said another way: "the 10 kilometres of Lima" (distance and place); "half, the lake district one" (the
    /// place typed small); a describing word is no name ("the hilly one").
    @Test func raceNamesSaidAnotherWay() {
        let goal = "goals.goalType"
        Self.check("The 10 kilometres of Lima, in March.", asked: goal, "goals.raceName", .string("10K of Lima"))
        Self.check("half, the lake district one", asked: goal, "goals.raceName", .string("Lake District Half Marathon"))
        // Control.
        Self.check("half, the hilly one", asked: goal, "goals.raceName", nil)
    }

    /// "kays" for kilometres; a week aimed for "eventually, by the end of summer".
    @Test func kaysAndAWeekAimedForEventually() {
        let goal = "goals.goalType"
        Self.check("No race. Just build up my kays. Maybe 35 a week eventually, by the end of winter.", asked: goal, "goals.targetVolume", .number(35))
        Self.check("No race. Just build up my kays.", asked: goal, goal, .string("base_building"))
    }

    // MARK: - Experience and health

    /// Dev-22: a level word in quotation marks is ironic ("Casual. I've been 'getting serious next month' for six years");
    /// an officemate's injury is not the runner's; a school's charity 10K is a race, even run "without stopping".
    @Test func fromDevelopmentSet22() {
        Self.check("Casual. I've been 'going competitive next season' since 2019.", asked: "running.experienceLevel", "running.experienceLevel",
                   .string("casual"))
        Self.check("None for me. My coworker had a stress fracture last month though.", asked: "health.pastInjuries", "health.pastInjuries", .array([]))
        Self.check("Our office is doing a 5K for charity in May and I want to run all of it without stopping.", asked: "goals.goalType",
                   "goals.goalType", .string("race"))
        // Controls: a level said plainly, or the option word alone in quotes (held-out 11 had a runner read wrong by the
        // first form of this rule); running a distance without stopping, no event.
        Self.check("Serious, I'd say.", asked: "running.experienceLevel", "running.experienceLevel", .string("serious"))
        Self.check("Eight years of club running, I'd call myself 'serious' these days.", asked: "running.experienceLevel",
                   "running.experienceLevel", .string("serious"))
        Self.check("I want to run 5K without stopping.", asked: "goals.goalType", "goals.goalType", .string("base_building"))
    }

    /// "Began again", "only started up again": a comeback, not a beginner.
    @Test func startedAgainIsAComeback() {
        let level = "running.experienceLevel"
        Self.check("I ran at university, then nothing. I began again in March.", asked: level, level, .string("returning"))
        Self.check("A few races in my twenties, and I only started up again last spring.", asked: level, level, .string("returning"))
        // Control.
        Self.check("I only started in March.", asked: level, level, .string("beginner"))
    }

    /// "Sprained both ankles": the sprain, whatever the count of ankles.
    @Test func anklesSprained() {
        Self.check("Sprained both ankles playing netball.", asked: "health.pastInjuries", "health.pastInjuries", .array([.string("ankle_sprain")]))
    }

    /// A pain told as history with "it's finished now" or opened with "one time" is no pain now.
    @Test func aPainThatIsOver() {
        Self.check("One time a pain in the knee, runner's knee the physio said, in 2021. It's finished now.", asked: "health.pastInjuries",
                   "health.currentPain", nil)
        // Control.
        Self.check("Pain in the knee since Tuesday.", asked: "health.currentPain", "health.currentPain", .array([.string("knee")]))
    }

    /// A medicine stopped beside one taken now, in the same sentence: the one taken now stands.
    @Test func aMedicineStoppedBesideOneTaken() {
        Self.check("I had a thyroid operation in 2015, came off the carbimazole in 2017, and I take levothyroxine every morning.",
                   asked: "health.pastInjuries", "health.medications", .array([.string("levothyroxine")]))
        // Control: the only medicine, stopped.
        Self.check("I took rivaroxaban for six months and stopped in October.", asked: "health.pastInjuries", "health.medications", nil)
    }

    /// The coaching asked for, not the runner's own manner ("I'm the strict one at work"); "kindly", "motivate me".
    @Test func theCoachingAskedFor() {
        let voice = "coaching.coachingVoice"
        Self.check("Kindly. I'm the strict one at the garage all day.", asked: voice, voice, .string("encouraging"))
        Self.check("Motivate me, and tell me when I'm slacking.", asked: voice, voice, .string("encouraging"))
        // Control: strictness asked for.
        Self.check("I'm a strict person myself, so be strict with me.", asked: voice, voice, .string("tough_love"))
    }

    /// "Just that knee I told you about", asked what hurts now: the part named earlier in the conversation.
    @Test func thePartToldBefore() {
        Self.check("Just that knee I mentioned. Everything else is fine.", asked: "health.currentPain", "health.currentPain", .array([.string("knee")]))
        // Control.
        Self.check("Nothing, the knee I mentioned is long healed.", asked: "health.currentPain", "health.currentPain", .array([]))
    }

    /// "My legs have no secrets" agrees; a "no" said first still declines.
    @Test func noSecretsIsAYes() {
        #expect(Replies.consent("Yes, go on, my legs have no secrets.") == true)
        #expect(Replies.consent("Sure thing, I've got nothing to hide.") == true)
        #expect(Replies.consent("No. My knees have no secrets but my heart does.") == false)
        // "Ne" is no in the Slavic languages; "no, thank you" with its comma is a no; "I don't want my health saved".
        #expect(Replies.consent("Ne — no, thank you. I'd rather my health stays off the computer.") == false)
        #expect(Replies.consent("I don't want my health data stored, sorry.") == false)
        #expect(Replies.consent("Ne, díky.") == false)
    }
}
