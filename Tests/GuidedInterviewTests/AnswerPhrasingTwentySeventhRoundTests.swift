import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// Task 13, twenty-seventh round: families of phrasing left over from the blind development sets 55 to 61, and found in
/// the new sets 62 to 65 (their wrong fields read with the conversations). Rows are in other words than those
/// conversations', with controls that must stay as they were. Held-out sets stay unseen.
struct AnswerPhrasingTwentySeventhRoundTests {
    static func check(_ message: String, asked: String?, _ path: String, _ expected: JSONValue?,
                      _ edit: (inout Runner) -> Void = { _ in }) {
        AnswerPhrasingSeventhRoundTests.check(message, asked: asked, path, expected, edit)
    }
    static func list(_ values: String...) -> JSONValue { .array(values.map { .string($0) }) }

    // MARK: - Experience

    /// A break told as "then N years nothing", "nothing but X for years", or "I run again": a comeback; what was done
    /// before a comeback years back is history, and the running since is what counts.
    @Test func aGapThenRunningAgain() {
        let asked = "running.experienceLevel"
        Self.check("Cross-country at school, then nothing but night shifts for years. Jogging since the spring.", asked: asked,
                   "running.experienceLevel", .string("returning"))
        Self.check("At college I ran the 800. Then 12 years nothing. Since this summer I run again.", asked: asked,
                   "running.experienceLevel", .string("returning"))
        // Two years of running since a comeback four years back: casual, not the races before the break.
        Self.check("I raced lots of halves in my thirties, then ten years nothing, and I came back four years ago after my divorce.",
                   asked: asked, "running.experienceLevel", .string("casual"))
        // Controls: a break from another sport is no comeback to running; a comeback now stays one; a level said in so many
        // words stands; "then nothing else" is no break.
        Self.check("Basketball until 30, then nothing, then three years ago I started running with a group.", asked: asked,
                   "running.experienceLevel", .string("casual"))
        Self.check("Did a few 10ks years ago, then nothing. Started again in October.", asked: asked, "running.experienceLevel", .string("returning"))
        Self.check("Competitive. I won my club's championship last year, then nothing else mattered.", asked: asked,
                   "running.experienceLevel", .string("competitive"))
    }

    /// "Never ran a step until I was 50" is a late start, not a beginner's "never ran".
    @Test func aLateStart() {
        let asked = "running.experienceLevel"
        Self.check("Late bloomer. Never ran a step until I was 52, when my doctor nagged me. Six years now, a few 10ks.", asked: asked,
                   "running.experienceLevel", .string("casual"))
        Self.check("Rugby until 28, then nothing but pints for years. Proper running only since last summer.", asked: asked,
                   "running.experienceLevel", .string("beginner"))
        // Control: never having run is a beginner.
        Self.check("Never ran a step in my life, to be honest.", asked: asked, "running.experienceLevel", .string("beginner"))
    }

    // MARK: - The week and the session

    /// "Now only 40" after another season's figure: the figure for now.
    @Test func onlyNow() {
        Self.check("In the dry season about 60 km. Now with the rains only 35.", asked: "running.currentVolume", "running.currentVolume", .number(35))
        // Control: a figure for a bad week, after the usual one, is not the week.
        Self.check("About 30 km, just 25 in a bad week.", asked: "running.currentVolume", "running.currentVolume", .number(30))
    }

    /// The clock in words: "seven till quarter past eight" (75 minutes), "from six until five to seven" (55).
    @Test func aClockWindowInWords() {
        let asked = "schedule.maxSessionDurationMinutes"
        Self.check("On school days from half past six till quarter past seven, then the kids are up.", asked: asked,
                   "schedule.maxSessionDurationMinutes", .number(45))
        Self.check("Weekdays six until ten to seven, the ferry goes at seven.", asked: asked, "schedule.maxSessionDurationMinutes", .number(50))
        // Controls: "5 to 7" alone is a range, not a time of day; a length beside a clock time stays the length.
        Self.check("50 minutes, I have to leave at quarter to 8.", asked: asked, "schedule.maxSessionDurationMinutes", .number(50))
    }

    // MARK: - Goals

    /// "the whole 42" is the marathon, after the half was thought of and taken back.
    @Test func theWhole42() {
        let asked = "goals.goalType"
        Self.check("The Rome marathon. I was going to do the half, but no, I want the whole 42.", asked: asked, "goals.raceDistance", .number(42.195))
        // Control: someone else's 42 is not the goal.
        Self.check("The half. My sister is doing the whole 42.", asked: asked, "goals.raceDistance", .number(21.0975))
    }

    /// A race typed small and called a run, alone or after its initials, answers the goal question with its name.
    @Test func aSmallNamedRun() {
        let asked = "goals.goalType"
        Self.check("gcr. gothenburg city run", asked: asked, "goals.raceName", .string("Gothenburg City Run"))
        Self.check("gothenburg city run", asked: asked, "goals.goalType", .string("race"))
        // Controls: no name in a kind of run, a wish to race, or no race.
        Self.check("just a fun run", asked: asked, "goals.raceName", nil)
        Self.check("want to race", asked: asked, "goals.raceName", nil)
        Self.check("no particular race", asked: asked, "goals.raceName", nil)
    }

    /// Someone else's time after a comma ("pb 1:49, brother 1:38") is not the target.
    @Test func someoneElsesTimeAfterAComma() {
        Self.check("1:50. best so far 1:56, my cousin 1:41", asked: "goals.targetTime", "goals.targetTime", .number(6600)) {
            $0.goals.raceDistance = 21.0975
        }
        // Control: the runner's own time after a comma is still theirs.
        Self.check("PB 1:56, now 1:50", asked: "goals.targetTime", "goals.targetTime", .number(6600)) { $0.goals.raceDistance = 21.0975 }
    }

    // MARK: - Injuries

    /// "Shin splints in 2019. Sorry, no, it was plantar fasciitis": the injury put right is replaced.
    @Test func anInjuryPutRight() {
        let asked = "health.pastInjuries"
        Self.check("IT band syndrome in 2020. No wait, it was runner's knee.", asked: asked, "health.pastInjuries", Self.list("runners_knee"))
        // Controls: two injuries stay two; a year put right keeps the injury.
        Self.check("Shin splints in 2019 and plantar fasciitis in 2021.", asked: asked, "health.pastInjuries",
                   Self.list("shin_splints", "plantar_fasciitis"))
        Self.check("A stress fracture in 2020, no wait, it was 2021. And shin splints.", asked: asked, "health.pastInjuries",
                   Self.list("stress_fracture", "shin_splints"))
    }

    // MARK: - Found in dev-62 to dev-65

    /// "I'm not really a race person" is no race.
    @Test func notARacePerson() {
        let asked = "goals.goalType"
        Self.check("Fitness really. I'm not much of a race person, honestly.", asked: asked, "goals.goalType", .string("general_health"))
        Self.check("Fitness really. I'm not much of a race person, honestly.", asked: asked, "goals.raceDistance", nil)
        // Control: a race named is a race.
        Self.check("The Hamburg half, I'm a race person through and through.", asked: asked, "goals.goalType", .string("race"))
    }

    /// "The days the bakery doesn't need me, which is …": the days named are free, not ruled out.
    @Test func daysSomeoneDoesNotNeedMe() {
        let asked = "schedule.availableDays"
        Self.check("Whenever the farm doesn't need me, which is Wednesday and Sunday.", asked: asked, "schedule.blockedDays", nil)
        Self.check("Whenever the farm doesn't need me, which is Wednesday and Sunday.", asked: asked, "schedule.preferredDays",
                   Self.list("wednesday", "sunday"))
        // Control: a day ruled out is still ruled out.
        Self.check("Any day but Friday, they need me at the stall.", asked: asked, "schedule.blockedDays", Self.list("friday"))
    }

    /// A count put right with a dash before the days: "Six days. No — five: …".
    @Test func aCountPutRightWithADash() {
        Self.check("Six days. No — five: Monday, Tuesday, Thursday, Friday and Sunday.", asked: "schedule.availableDays",
                   "schedule.availableDays", .number(5))
    }

    /// Ages put right straight after, with other people's ages or the next birthday after them; a decade, then the age in
    /// it; "hit the big five-oh" in a month gone by; an age a job began at is no age now.
    @Test func agesPutRight() {
        let asked = "physical.age"
        Self.check("33. No, 34 — my birthday was in October. My nephew is 12, my niece 9.", asked: asked, "physical.age", .number(34))
        Self.check("I'm 58. Sorry, 57 — 58 is my brother. I'm 58 in February.", asked: asked, "physical.age", .number(57))
        Self.check("44. Ay, 45, I keep forgetting.", asked: asked, "physical.age", .number(45))
        Self.check("Sixty-something. Sixty-three, since you ask.", asked: asked, "physical.age", .number(63))
        Self.check("Hit the big four-oh in June.", asked: asked, "physical.age", .number(40))
        Self.check("I am driver since 19 years old. Running two years.", asked: "running.experienceLevel", "physical.age", nil)
        // Controls: the next big birthday is a year on; one age said is that age.
        Self.check("About to hit the big 4-0 in June.", asked: asked, "physical.age", .number(39))
        Self.check("45. My wife is 43.", asked: asked, "physical.age", .number(45))
        Self.check("41. No, 42 next month. So 41.", asked: asked, "physical.age", .number(41))
    }

    /// "call me Nima only": "only" is no part of the name.
    @Test func callMeOnly() {
        Self.check("Nima Sherpa. So many Nimas here, call me Nima only.", asked: "identity.name", "identity.name", .string("Nima"))
    }

    /// Injuries said typed loosely ("brokn wrist … othrwise nothin"), "never injury", a bone spur.
    @Test func injuriesTypedLoosely() {
        let asked = "health.pastInjuries"
        Self.check("brokn ankle from netball does that count. othrwise nothin", asked: asked, "health.pastInjuries", Self.list("ankle_fracture"))
        Self.check("Never injury.", asked: asked, "health.pastInjuries", Self.list())
        Self.check("A heel spur taken out in 2020.", asked: asked, "health.pastInjuries", Self.list("heel_spur"))
        Self.check("A bone spur in my left heel, removed in 2019.", asked: asked, "health.pastInjuries", Self.list("heel_spur"))
        Self.check("A bone spur in my elbow from tennis.", asked: asked, "health.pastInjuries", Self.list("bone_spur"))
    }

    /// The week aimed for by midsummer is the target, not the week now; "call it 30" after two figures settles the week.
    @Test func theWeekSettledOrAimedFor() {
        Self.check("More kilometres. Up to 40 km a week by midsummer.", asked: "goals.goalType", "goals.targetVolume", .number(40))
        Self.check("More kilometres. Up to 40 km a week by midsummer.", asked: "goals.goalType", "running.currentVolume", nil)
        Self.check("Hi, I'm Ilse. About 20 km a week in winter and 40 in summer, call it 30. Four runs.", asked: "identity.name",
                   "running.currentVolume", .number(30))
        Self.check("Hi, I'm Ilse. Most weeks 30 to 35 km over four runs, though in the flu month it was more like 10.", asked: "identity.name",
                   "running.currentVolume", .number(32.5))
    }

    /// Experience said all in one: years of running beside many marathons is serious; running with a club since a year is
    /// casual; a placing in a race is racing for places; races run since a comeback make the comeback long done.
    @Test func experienceSaidInPassing() {
        Self.check("Hi, I'm Lars. I've been running ten years now, seven marathons.", asked: "identity.name", "running.experienceLevel",
                   .string("serious"))
        Self.check("Hi, I'm Lars. I've been running with the Harbour Harriers since 2021.", asked: "identity.name", "running.experienceLevel",
                   .string("casual"))
        Self.check("Three years, a few trail races, in one I came 4th.", asked: "running.experienceLevel", "running.experienceLevel",
                   .string("competitive"))
        Self.check("Rowed at school, stopped for work, started again at 40. Five marathons since.", asked: "running.experienceLevel",
                   "running.experienceLevel", .string("serious"))
    }

    /// A doctor who "said all fine" cleared the runner; "I have not shown it to anyone" is no clearance.
    @Test func clearanceInPassing() {
        Self.check("Hi, I'm Ama. My doctor checked my heart in May and said all fine.", asked: "identity.name",
                   "health.hasPhysicianClearance", .bool(true))
        Self.check("A sore spot on my shin. I have not shown it to anyone yet.", asked: "health.currentPain",
                   "health.hasPhysicianClearance", .bool(false))
        // Control: someone else's "all fine" is no clearance.
        Self.check("Nothing hurts. The mechanic said all fine with the car.", asked: "health.currentPain", "health.hasPhysicianClearance", nil)
    }

    /// A time of day ("the first bus is 6:10") and a holiday that differs by country ("Independence Day") are no target or
    /// race date.
    @Test func clocksAndHolidays() {
        Self.check("3:40. The first tram is 6:10.", asked: "goals.targetTime", "goals.targetTime", .number(13200)) { $0.goals.raceDistance = 42.195 }
        Self.check("A 10k in Nairobi on Independence Day.", asked: "goals.goalType", "goals.raceDate", nil)
        // Control: the American one, said so, is 4 July.
        Self.check("A 10k in Boston on the Fourth of July.", asked: "goals.goalType", "goals.raceDistance", .number(10))
    }

    /// Medicines asked about ("is it okay to run on Concerta?") and brands (Voltaren); hay fever is a condition.
    @Test func medicinesAndHayFever() {
        Self.check("30. Is it okay to run on Ritalin? I take it for ADHD.", asked: "physical.age", "health.medications", Self.list("ritalin"))
        Self.check("My knee aches. I rub Voltaren on it.", asked: "health.currentPain", "health.medications", Self.list("voltaren"))
        Self.check("I'm on Claritin for hay fever.", asked: "health.medicalConditions", "health.medicalConditions", Self.list("hay_fever"))
        // Control: a question about a medicine not taken stores none.
        Self.check("Is ibuprofen okay before a long run?", asked: "health.medications", "health.medications", nil)
    }

    /// A clock window beside the temperature ("38 degrees") is the window.
    @Test func aWindowBesideTheWeather() {
        Self.check("From 5:45 until 6:45, then it is 35 degrees.", asked: "schedule.maxSessionDurationMinutes", "schedule.maxSessionDurationMinutes", .number(60))
        // ("from half past two until about quarter to four": a window with "about" before its end.)
        Self.check("On shop days from half past one until about quarter to three.", asked: "schedule.maxSessionDurationMinutes",
                   "schedule.maxSessionDurationMinutes", .number(75))
    }

    /// A clock time of a bus is no target time put right: "Actually make it 50 minutes, I have to catch the 7:40 bus".
    @Test func aBusTimeIsNoLateCorrection() {
        Self.check("An hour. Actually make it 45 minutes, I catch the 6:50 train.", asked: "schedule.maxSessionDurationMinutes",
                   "schedule.maxSessionDurationMinutes", .number(45)) { $0.goals.targetTime = 7200; $0.goals.raceDistance = 21.0975 }
    }

    /// "that's just being fifty-two": the age, said of the body, ahead of its question.
    @Test func anAgeSaidOfTheBody() {
        Self.check("Nothing hurts. My back is stiff after the night shift, but that's just being fifty-two.", asked: "health.currentPain",
                   "physical.age", .number(52))
    }

    /// The event's weekend and the distances it offers are no new goal; the event's half is the same race, taken without
    /// asking.
    @Test func anEventsWeekendAndItsDistances() {
        let turn = InterviewTests.hear("Saturday the 8th of May. It's the Tartu Marathon weekend, they do all the distances, the 10K, the half and the full.",
                                       asked: "goals.raceDate") { runner in
            runner.legal.healthConsentAt = 1
            InterviewTests.half(&runner)
        }
        #expect(InterviewTests.value(turn, "goals.raceDistance") == nil, "\(turn.facts)")
        #expect(turn.state.pendingChanges.isEmpty)
        let named = InterviewTests.hear("Under two hours for my first half.", asked: "goals.targetTime") { runner in
            runner.legal.healthConsentAt = 1
            InterviewTests.half(&runner)
            runner.goals.raceName = "Tartu Marathon"
        }
        #expect(named.state.pendingChanges.isEmpty, "\(named.facts)")
    }

    /// "the ten miles is the other one": the distance said to be another race's; "The 45 is my friend's time": a time
    /// said to be someone else's, and the one put right before it is the target.
    @Test func anotherRacesDistanceAndSomeoneElsesTime() {
        Self.check("The half. Oh no, sorry, it's the 10K, the half is the other one.", asked: "goals.goalType", "goals.raceDistance", .number(10))
        Self.check("50 minutes. Sorry, 52. The 50 is my sister's time.", asked: "goals.targetTime", "goals.targetTime", .number(3120)) {
            $0.goals.raceDistance = 10
        }
        // Control: the runner's own time put right stays put right.
        Self.check("50 minutes. Sorry, 52.", asked: "goals.targetTime", "goals.targetTime", .number(3120)) { $0.goals.raceDistance = 10 }
    }

    /// Asked the goal, the time now and the time wanted: "31 min now, want 28".
    @Test func theTimeNowThenTheTimeWanted() {
        Self.check("quicker 5k. 31 min now, want 28", asked: "goals.goalType", "goals.targetTime", .number(1680))
        // Control: a week's figure wanted is no time.
        Self.check("more km. 20 km a week now, want 30", asked: "goals.goalType", "goals.targetTime", nil)
    }
}
