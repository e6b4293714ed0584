import GuidedInterview
import CadenceCore
import Testing

@Suite("Fact extractor: goals")
struct FactExtractorGoalTests {
    static let cases: [Phrase] = [
        Phrase("I'm training for a half marathon", halfMarathon),
        Phrase("I want to run a marathon", marathon),
        Phrase("training for a half", halfMarathon),
        Phrase("I'd like to do a 21.1k", halfMarathon),
        Phrase("hoping to run 21.1 km next year", halfMarathon),
        Phrase("I want to run 13.1 miles", halfMarathon),
        Phrase("signed up for a 5k", ["goals.goalType": "race", "goals.raceDistance": 5, "goals.raceDistanceLabel": "5k"]),
        Phrase("training for a 10k", ["goals.goalType": "race", "goals.raceDistance": 10, "goals.raceDistanceLabel": "10k"]),
        Phrase("I want to race 10 miles", ["goals.goalType": "race", "goals.raceDistance": 16.09344, "goals.raceDistanceLabel": "10_mile"]),
        Phrase("training for a 50k ultra", ["goals.goalType": "race", "goals.raceDistance": 50, "goals.raceDistanceLabel": "50k"]),
        Phrase("I want to do parkrun", ["goals.goalType": "race", "goals.raceDistance": 5, "goals.raceDistanceLabel": "5k"]),
        Phrase("Half Marathon", expecting: "goals.raceDistance", halfMarathon),
        Phrase("half", expecting: "goals.goalType", halfMarathon),
        Phrase("a MARATHON", expecting: "goals.raceDistance", marathon),
        Phrase("race in April", ["goals.goalType": "race"]),
        Phrase("I want to get faster", ["goals.goalType": "speed"]),
        Phrase("I want to PR my 5k", ["goals.goalType": "speed", "goals.raceDistance": 5, "goals.raceDistanceLabel": "5k"]),
        Phrase("PR my 5k on 14 March", ["goals.goalType": "race", "goals.raceDistance": 5, "goals.raceDistanceLabel": "5k", "goals.raceDate": day("2027-03-14")]),
        Phrase("I'd like to build my mileage", ["goals.goalType": "base_building"]),
        Phrase("mostly base building this winter", ["goals.goalType": "base_building"]),
        Phrase("I want to get back into running after a break", ["goals.goalType": "return_to_fitness", "running.experienceLevel": "returning"]),
        Phrase("just want to stay healthy", ["goals.goalType": "general_health"]),
        Phrase("I'd like to lose weight", ["goals.goalType": "general_health"]),
        Phrase("just for fitness really", ["goals.goalType": "general_health"]),
        Phrase("training for the Berlin Marathon", merged(marathon, ["goals.raceName": "Berlin Marathon"])),
        Phrase("I'm doing the london marathon", merged(marathon, ["goals.raceName": "London Marathon"])),
    ]

    @Test(arguments: cases)
    func goal(_ phrase: Phrase) throws {
        try check(phrase)
    }

    static let dates: [Phrase] = [
        Phrase("the race is on April 20th", expecting: "goals.raceDate", ["goals.goalType": "race", "goals.raceDate": day("2027-04-20")]),
        Phrase("20 April", expecting: "goals.raceDate", ["goals.goalType": "race", "goals.raceDate": day("2027-04-20")]),
        Phrase("on the 20th of April 2027", expecting: "goals.raceDate", ["goals.goalType": "race", "goals.raceDate": day("2027-04-20")]),
        Phrase("2027-04-20", expecting: "goals.raceDate", ["goals.goalType": "race", "goals.raceDate": day("2027-04-20")]),
        Phrase("20/04/2027", expecting: "goals.raceDate", ["goals.goalType": "race", "goals.raceDate": day("2027-04-20")]),
        Phrase("in 12 weeks", expecting: "goals.raceDate", ["goals.goalType": "race", "goals.raceDate": day("2027-02-19")]),
        Phrase("in 3 months", expecting: "goals.raceDate", ["goals.goalType": "race", "goals.raceDate": day("2027-02-27")]),
        Phrase("December 12", expecting: "goals.raceDate", ["goals.goalType": "race", "goals.raceDate": day("2026-12-12")]),
        Phrase("the twentieth of april", expecting: "goals.raceDate", ["goals.goalType": "race", "goals.raceDate": day("2027-04-20")]),
        Phrase("Sept 5th", expecting: "goals.raceDate", ["goals.goalType": "race", "goals.raceDate": day("2027-09-05")]),
        Phrase("next May", expecting: "goals.raceDate", [:]),
        Phrase("2025-04-20", expecting: "goals.raceDate", [:]),
        Phrase("31 February", expecting: "goals.raceDate", [:]),
    ]

    @Test(arguments: dates)
    func raceDate(_ phrase: Phrase) throws {
        try check(phrase)
    }

    static let times: [Phrase] = [
        Phrase("1:45", expecting: "goals.targetTime", ["goals.targetTime": 6300]),
        Phrase("1:45:00", expecting: "goals.targetTime", ["goals.targetTime": 6300]),
        Phrase("in under two hours", expecting: "goals.targetTime", ["goals.targetTime": 7200]),
        Phrase("sub 4", expecting: "goals.targetTime", ["goals.targetTime": 14400]),
        Phrase("around 3 hours 30", expecting: "goals.targetTime", ["goals.targetTime": 12600]),
        Phrase("45 minutes", expecting: "goals.targetTime", ["goals.targetTime": 2700]),
        Phrase("three and a half hours", expecting: "goals.targetTime", ["goals.targetTime": 12600]),
        Phrase("I want to go sub-20 in the 5k", merged(["goals.goalType": "speed", "goals.raceDistance": 5, "goals.raceDistanceLabel": "5k"], ["goals.targetTime": 1200])),
        Phrase("training for a 5k, aiming for 22:30", ["goals.goalType": "race", "goals.raceDistance": 5, "goals.raceDistanceLabel": "5k", "goals.targetTime": 1350]),
        Phrase("a marathon in under 4 hours", expecting: "goals.goalType", merged(marathon, ["goals.targetTime": 14400])),
        Phrase("I want to break 50 minutes for the 10k", ["goals.goalType": "speed", "goals.raceDistance": 10, "goals.raceDistanceLabel": "10k", "goals.targetTime": 3000]),
    ]

    @Test(arguments: times)
    func targetTime(_ phrase: Phrase) throws {
        try check(phrase)
    }

    @Test func repeatsBackInWords() {
        let extraction = extractor.extract("training for a half marathon on 2027-04-20, aiming for 1:45", expecting: nil)
        #expect(extraction.fact("goals.raceDistance")?.said == "half marathon (21.1 km)")
        #expect(extraction.fact("goals.raceDate")?.said == "20 April 2027")
        #expect(extraction.fact("goals.targetTime")?.said == "1 hour 45 minutes")
    }
}
