import GuidedInterview
import CadenceCore
import Testing

/// Scripted runners answer the guided questions in order; the facts, folded newest-wins as the
/// interviewer does, must give the whole profile.
@Suite("Fact extractor: scripted interviews")
struct FactExtractorInterviewTests {
    func interview(_ turns: [(String?, String)]) throws -> [String: JSONValue] {
        var profile: [String: JSONValue] = [:]
        for (expecting, answer) in turns {
            for fact in extractor.extract(answer, expecting: expecting).facts {
                #expect(try RunnerField.named(fact.path).validate(fact.value) == fact.value)
                profile[fact.path] = fact.value
            }
        }
        return profile
    }

    @Test func terseRunner() throws {
        let profile = try interview([
            ("identity.name", "Sam"), ("goals.goalType", "a race"), ("goals.raceDistance", "half"), ("goals.raceDate", "April 20th"),
            ("goals.targetTime", "1:50"), ("running.currentVolume", "25"), ("running.currentFrequency", "3"),
            ("running.experienceLevel", "casual"), ("schedule.availableDays", "Mon, Wed, Sat"), ("schedule.longRunDay", "Sat"),
            ("health.pastInjuries", "none"), ("health.currentPain", "no"), ("physical.age", "34"),
            ("schedule.maxSessionDurationMinutes", "90"), ("coaching.coachingVoice", "encouraging"),
        ])
        compare(profile, merged(halfMarathon, [
            "identity.name": "Sam", "goals.raceDate": day("2027-04-20"), "goals.targetTime": 6600, "running.currentVolume": 25,
            "running.currentFrequency": 3, "running.experienceLevel": "casual", "schedule.preferredDays": ["monday", "wednesday", "saturday"],
            "schedule.availableDays": 3, "schedule.longRunDay": "saturday", "health.pastInjuries": [], "health.currentPain": [],
            "physical.age": 34, "schedule.maxSessionDurationMinutes": 90, "coaching.coachingVoice": "encouraging",
        ]), "terse")
    }

    @Test func chattyRunnerWithCorrections() throws {
        let profile = try interview([
            ("identity.name", "Hi! My name is Maria, I'm 41 and I've been running for about 3 years"),
            ("goals.goalType", "I'd love to run the Valencia Marathon on 6 December 2027, ideally under 4 hours"),
            ("running.currentVolume", "Right now I run about 35k a week, 4 times a week, mostly in the evenings"),
            ("running.currentVolume", "actually it's more like 30k a week"),
            ("schedule.availableDays", "I could do 5 days a week but never on Fridays. Long runs on Saturday"),
            ("schedule.longRunDay", "no, I meant Sunday"),
            ("health.pastInjuries", "I had plantar fasciitis two years ago and my left knee hurts a bit"),
            ("coaching.coachingVoice", "skip"),
        ])
        compare(profile, merged(marathon, [
            "identity.name": "Maria", "physical.age": 41, "running.monthsRunning": 36, "running.experienceLevel": "casual",
            "goals.raceName": "Valencia Marathon", "goals.raceDate": day("2027-12-06"), "goals.targetTime": 14400,
            "running.currentVolume": 30, "running.currentFrequency": 4, "schedule.preferredTime": "evening",
            "schedule.availableDays": 5, "schedule.blockedDays": ["friday"], "schedule.longRunDay": "sunday",
            "health.pastInjuries": ["plantar_fasciitis"], "health.currentPain": ["knee"],
        ]), "chatty")
    }

    @Test func consentIsAYes() {
        let extraction = extractor.extract("Yes, that's fine", expecting: "legal.healthConsentAt")
        #expect(extraction.affirmed == true)
        #expect(extraction.facts.isEmpty)
    }
}
