import CadenceCore
import Foundation
import Testing
@testable import GuidedInterview

/// Task 13, thirty-third round: families of phrasing found in the blind development sets 86 to 89 (their wrong fields
/// read with the conversations), in last round's leftovers, and in conversations of my own. Rows are in other words than
/// those conversations', with controls that must stay as they were. Held-out sets stay unseen.
struct AnswerPhrasingThirtyThirdRoundTests {
    static func check(_ message: String, asked: String?, _ path: String, _ expected: JSONValue?,
                      _ edit: (inout Runner) -> Void = { _ in }) {
        AnswerPhrasingSeventhRoundTests.check(message, asked: asked, path, expected, edit)
    }
    static func tenK(_ runner: inout Runner) { AnswerPhrasingThirtySecondRoundTests.tenK(&runner) }

    // MARK: - Goals

    /// "The 50 kilometres — no, the 80": a bare figure put right after a distance takes that distance's unit.
    @Test func aDistancePutRightByItsFigure() {
        let asked = "goals.raceDistance", path = "goals.raceDistance"
        Self.check("The 30 kilometres, no wait, the 45. The 30 is my brother's.", asked: asked, path, .number(45))
        Self.check("20 miles — sorry, 26.2", asked: asked, path, .number(42.195))
        Self.check("A half. No wait, the full.", asked: asked, path, .number(42.195))
        Self.check("A half. No wait, the full.", asked: asked, "goals.raceDistanceLabel", .string("marathon"))
        // Controls: no correction, a half that opens the answer at a marathon-named event, a count put right.
        Self.check("The 30 kilometres. There are 45 of us going.", asked: asked, path, .number(30))
        Self.check("half. the harbour city marathon", asked: asked, path, .number(21.0975))
        Self.check("The 15k. No, 2 of my friends are doing it too.", asked: asked, path, .number(15))
    }

    /// A finish time followed by its pace "a mile" is the time; the pace is not a second finish time.
    @Test func aPaceAfterTheTimeIsNoTime() {
        let asked = "goals.targetTime", path = "goals.targetTime"
        Self.check("4:10. That works out near 9:30 a mile, I did the sums.", asked: asked, path, .number(15000)) { $0.goals.raceDistance = 42.195 }
        // Control: a pace said per mile with "per".
        Self.check("Four hours ten, about 9:30 per mile.", asked: asked, path, .number(15000)) { $0.goals.raceDistance = 42.195 }
    }

    /// "1:35. No, be realistic, Benedikt. Under 1:40.": the taking back is a sentence of its own between the two times.
    /// "When I was seventeen I'd have wanted it under an hour and a half": a wish of long ago is no target.
    @Test func aTargetPutRightOrWishedLongAgo() {
        let asked = "goals.targetTime", path = "goals.targetTime"
        let half: (inout Runner) -> Void = { $0.goals.goalType = .race; $0.goals.raceDistance = 21.0975 }
        Self.check("1:45. No, get a grip, Marta. Under 1:50.", asked: asked, path, .number(6600), half)
        Self.check("At twenty I'd have wanted it under 1:30 easily. Now two hours would do me.", asked: asked, path, .number(7200), half)
        // Controls: a bound that restates the time, with no taking back, keeps the time.
        Self.check("My goal is 1:48, so under 1:50.", asked: asked, path, .number(6480), half)
    }

    /// Words that cannot open a race's name: a count ("Three 5k runs and a long one") at the week question.
    @Test func aCountOpensNoRaceName() {
        let asked = "running.currentVolume"
        Self.check("Two 10k runs and a long one of about 15 km.", asked: asked, "goals.raceName", nil)
        Self.check("Two 10k runs and a long one of about 15 km.", asked: asked, "goals.raceDistance", nil)
        Self.check("Two 10k runs and a long one of about 15 km.", asked: asked, "running.currentVolume", .number(35))
    }

    /// "Ultra marathon" is a race of no known distance, not a marathon; "a few half marathons" run is no half to come.
    @Test func anUltraIsNoMarathon() {
        let asked = "goals.goalType", path = "goals.raceDistance"
        Self.check("A race. An ultra marathon in the hills.", asked: asked, path, nil)
        Self.check("My goal is my first marathon, in April. I have done a few half marathons.", asked: nil, path, .number(42.195))
        // Control: a marathon said plainly.
        Self.check("A race. A marathon in the hills.", asked: asked, path, .number(42.195))
    }

    /// "100K. About 62 miles.", "The half. Thirteen miles and a bit.": the distance said again in the other unit.
    /// "There's a 2k for the kids": another race's distance, said as the kids'.
    @Test func theDistanceSaidAgainOrSomeoneElses() {
        let asked = "goals.raceDistance", path = "goals.raceDistance"
        Self.check("50K. About 31 miles.", asked: asked, path, .number(50))
        Self.check("The half marathon. Thirteen miles and a bit.", asked: asked, path, .number(21.0975))
        Self.check("The 5k. There's a 1k for the kids too.", asked: asked, path, .number(5))
        // Control: a distance put right to another.
        Self.check("10 miles. No, 13.1.", asked: asked, path, .number(21.0975))
    }

    /// "Under 1:50. My first one was 1:58": the first one's time is a result, not the target.
    @Test func theFirstOnesTimeIsAResult() {
        let asked = "goals.targetTime", path = "goals.targetTime"
        let half: (inout Runner) -> Void = { $0.goals.goalType = .race; $0.goals.raceDistance = 21.0975 }
        Self.check("Under 2:05. My first one was 2:14, so that's the one to beat.", asked: asked, path, .number(7500), half)
        // Control: the first one's time alone, wished to beat.
        Self.check("My first one was 2:14. I'd like to beat that.", asked: asked, path, .number(8040), half)
    }

    /// "I want to be faster than my brother. He did 1:52": the time to beat is the mark, and the goal stays a race.
    @Test func fasterThanSomeoneNamesTheMark() {
        let asked = "goals.targetTime"
        let half: (inout Runner) -> Void = { $0.goals.goalType = .race; $0.goals.raceDistance = 21.0975 }
        Self.check("I want to beat my sister. She did 1:47 last spring.", asked: asked, "goals.targetTime", .number(6420), half)
        Self.check("I want to beat my sister. She did 1:47 last spring.", asked: asked, "goals.goalType", nil, half)
    }

    /// "Under an hour forty": an hour and forty minutes. Someone else's "just get round" is not the runner's aim.
    @Test func anHourFortyAndSomeoneElsesFinishOnly() {
        let asked = "goals.targetTime", path = "goals.targetTime"
        let fifteen: (inout Runner) -> Void = { $0.goals.goalType = .race; $0.goals.raceDistance = 15 }
        Self.check("Under an hour twenty would be grand.", asked: asked, path, .number(4800), fifteen)
        Self.check("An hour fifty. My mum would say \"just get round\", but I like a number.", asked: asked, path, .number(6600)) {
            $0.goals.goalType = .race; $0.goals.raceDistance = 21.0975
        }
        // Control: the runner's own "just get round".
        Self.check("I just want to get round.", asked: asked, path, nil, fifteen)
    }

    /// "I want to race again" is a race goal beside a comeback; "Not a race, only for me" is none; "the race is with the
    /// calendar" is a figure of speech; "Memorial Day", asked the date, names no race.
    @Test func raceWordsThatAreAndAreNotAGoal() {
        let asked = "goals.goalType", path = "goals.goalType"
        Self.check("Coming back from a broken ankle. And I want to race again, on the coast in June.", asked: asked, path, .string("race"))
        // (Building up to a distance without stopping: a base, which a listener may also call health.)
        Self.check("I want to run 5 kilometres without stopping. Not a race, just for me.", asked: asked, path, .string("base_building"))
        Self.check("Just to keep healthy. At my age the race is against the clock.", asked: asked, path, .string("general_health"))
        Self.check("Labor Day, as always. So Monday, September 6th.", asked: "goals.raceDate", "goals.raceName", nil, Self.tenK)
    }

    // MARK: - The running now

    /// "Last year in the 10k I came 212th" is a race run, not a 10 km week, to whichever question it is said.
    @Test func aRaceRunIsNoWeek() {
        let path = "running.currentVolume"
        Self.check("Two years back in the 5k I came 95th.", asked: path, path, nil)
        Self.check("Last year in the 10k I came 212th out of 400.", asked: "goals.targetTime", path, nil, Self.tenK)
        // Controls: last week's total, and the week said after a race.
        Self.check("Last week I did 25k.", asked: path, path, .number(25))
        Self.check("I ran the 10k in October, and now about 15k a week.", asked: path, path, .number(15))
        Self.check("Same as last year: a measly 12 k or so.", asked: path, path, .number(12))
    }

    /// "30 — well, 25 if I'm honest", "Maybe 15 if I'm honest": the figure owned up to after the first one.
    @Test func theFigureOwnedUpTo() {
        let asked = "running.currentVolume", path = "running.currentVolume"
        Self.check("40 — well, 32 if I'm honest.", asked: asked, path, .number(32))
        Self.check("About 25 k a week. Probably 18 to be honest, work's been mad.", asked: asked, path, .number(18))
        // Control: honesty about something else.
        Self.check("About 25 k a week, to be honest.", asked: asked, path, .number(25))
    }

    /// A month's total: "86k last month", and the running's share of a month ("… for October. Hang on … Running only, 70").
    @Test func aMonthsRunningIsAQuarterOrSoOfIt() {
        let asked = "running.currentVolume", path = "running.currentVolume"
        Self.check("garmin says 120k last month", asked: asked, path, .number(27.6))
        Self.check("The app says 104 km for October. Wait, that has a walk in it. Running only, about 90.", asked: asked, path, .number(20.7))
        // Control: last week's total.
        Self.check("Last week I did 25k.", asked: asked, path, .number(25))
    }

    /// "Now … only 40 km. Normally 60.": the week now over the usual one said after it.
    @Test func theWeekNowOverTheUsualOne() {
        let asked = "running.currentVolume", path = "running.currentVolume"
        Self.check("At the moment, with exams, just 20 km. Normally 35.", asked: asked, path, .number(20))
        Self.check("At the moment, with exams, just 20 km. Normally 35.", asked: asked, "goals.raceDistance", nil)
        // Control: the usual week alone.
        Self.check("Normally 35 km.", asked: asked, path, .number(35))
    }

    /// Runs told as parts: "Three five-k runs and a long one of about eight", "Three times 5 km, and one long, maybe 10".
    @Test func runsToldAsParts() {
        let asked = "running.currentVolume", path = "running.currentVolume"
        Self.check("Two six-k runs and a long one of about twelve kilometres.", asked: asked, path, .number(24))
        Self.check("Four times 4 kilometres, and one long, maybe 12 kilometres.", asked: asked, path, .number(28))
        // Control: the runs times each, said plainly.
        Self.check("4 x 4k.", asked: asked, path, .number(16))
    }

    /// "Twice, plus a parkrun": a run added with "plus" after an opening count.
    @Test func aRunAddedWithPlus() {
        let asked = "running.currentFrequency", path = "running.currentFrequency"
        Self.check("Three, plus a parkrun most Saturdays.", asked: asked, path, .number(4))
        // Control: an opening count, then a run said as one of them.
        Self.check("Three, and a long run on Sunday is one of them.", asked: asked, path, .number(3))
    }

    /// A level claimed in jest and taken back: "… I'm an elite athlete. No.", "Elite. … No, really: I started in June",
    /// "so basically elite".
    @Test func aLevelClaimedInJest() {
        let path = "running.experienceLevel"
        Self.check("Sub-3, obviously, I'm an elite athlete. No. Four hours would be a miracle.", asked: "goals.targetTime", path, nil) {
            $0.goals.goalType = .race; $0.goals.raceDistance = 42.195
        }
        Self.check("Elite. I once ran for a train. No, really: I started in May with an app.", asked: path, path, .string("beginner"))
        Self.check("Nine months. I've got the fancy shoes, so basically elite.", asked: path, path, .string("beginner"))
        // Control: elite said plainly.
        Self.check("I was an elite 1500 m runner at university.", asked: path, path, .string("competitive"))
    }

    // MARK: - The week

    /// "Drop Monday, it's my late clinic", asked how many days, rules Monday out; "Two. Hmm, three, actually." is three.
    @Test func aDayDroppedAndACountPutRightAfter() {
        Self.check("Six. No, five. Drop Friday, that's band practice.", asked: "schedule.availableDays", "schedule.blockedDays",
                   .array([.string("friday")]))
        Self.check("Four. Hmm, five, actually.", asked: "schedule.availableDays", "schedule.availableDays", .number(5))
        // Control: "actually" about something else.
        Self.check("Four. Actually I could do more in summer.", asked: "schedule.availableDays", "schedule.availableDays", .number(4))
    }

    /// "The time depends on the weather: … at dawn, …": no fixed time of day.
    @Test func theTimeDependsOnTheWeather() {
        let asked = "schedule.preferredDays", path = "schedule.preferredTime"
        Self.check("Monday, Wednesday and Saturday. The time depends on the weather: in summer I'm out at dawn.", asked: asked, path, .string("varies"))
        // Control: a time said plainly.
        Self.check("Monday, Wednesday and Saturday, at dawn.", asked: asked, path, .string("morning"))
    }

    // MARK: - Health

    /// "No injury from running. One time I … hurt my elbow": none from running, and a part hurt another way, kept.
    @Test func noneFromRunningThenAPartHurtAnotherWay() {
        let asked = "health.pastInjuries", path = "health.pastInjuries"
        Self.check("No injury from running. Once I came off my bike and hurt my wrist, but it's fine now.", asked: asked, path,
                   .array([.string("wrist_sprain")]))
        // Controls: none at all, and none from running with no part named.
        Self.check("No injury, never.", asked: asked, path, .array([]))
        Self.check("No injuries from running, touch wood.", asked: asked, path, .array([]))
    }

    /// "From running, nothing" said after a part hurt another way ("Put my back out lifting …"), or whiplash.
    @Test func fromRunningNothingAfterAnotherHurt() {
        let asked = "health.pastInjuries", path = "health.pastInjuries"
        Self.check("Put my back out moving a piano in 2015. From running, nothing.", asked: asked, path, .array([.string("back_pain")]))
        Self.check("Whiplash in 2019, a rear-end shunt. From running, nothing.", asked: asked, path, .array([.string("whiplash")]))
        // Control: none from running alone.
        Self.check("From running, nothing.", asked: asked, path, .array([]))
    }

    /// "It's tight at the front of the knee, but it doesn't actually hurt": tightness, not pain.
    @Test func tightButDoesNotActuallyHurt() {
        let asked = "health.currentPain", path = "health.currentPain"
        Self.check("It's tight behind the knee after a run, but it doesn't actually hurt.", asked: asked, path, .array([]))
        // Control: it does hurt.
        Self.check("It's tight behind the knee after a run, and it hurts.", asked: asked, path, .array([.string("knee")]))
    }

    // MARK: - The person

    /// "yep no wukkas": no worries, so yes.
    @Test func noWukkasIsYes() {
        let turn = InterviewTests.hear("yep no wukkas", asked: "legal.healthConsentAt")
        #expect(turn.consent == true)
        let refused = InterviewTests.hear("nah, no thanks", asked: "legal.healthConsentAt")
        #expect(refused.consent == false)
    }

    /// "T.J. Don't ask what it stands for.": initials, then more said, are the name.
    @Test func initialsThenMore() {
        let asked = "identity.name", path = "identity.name"
        Self.check("A.J. Long story.", asked: asked, path, .string("A.J."))
        // Control: initials alone.
        Self.check("D.J.", asked: asked, path, .string("D.J."))
    }
}
