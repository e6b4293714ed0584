import GuidedInterview
import CadenceCore
import Testing

@Suite("Fact extractor: running, schedule, health, body, coaching")
struct FactExtractorProfileTests {
    static let running: [Phrase] = [
        Phrase("about 30k a week", ["running.currentVolume": 30]),
        Phrase("30 km per week", ["running.currentVolume": 30]),
        Phrase("20 miles a week", ["running.currentVolume": 32.2]),
        Phrase("I run 25 kilometres weekly", ["running.currentVolume": 25]),
        Phrase("twenty five kilometers a week", ["running.currentVolume": 25]),
        Phrase("my weekly mileage is about 40 km", ["running.currentVolume": 40]),
        Phrase("30", expecting: "running.currentVolume", ["running.currentVolume": 30]),
        Phrase("15 miles", expecting: "running.currentVolume", ["running.currentVolume": 24.1]),
        Phrase("I run 3 times a week", ["running.currentFrequency": 3]),
        Phrase("4 runs a week", ["running.currentFrequency": 4]),
        Phrase("I usually run three days a week", ["running.currentFrequency": 3]),
        Phrase("twice a week at the moment", ["running.currentFrequency": 2]),
        Phrase("4", expecting: "running.currentFrequency", ["running.currentFrequency": 4]),
        Phrase("I can run 4 days a week", ["schedule.availableDays": 4]),
        Phrase("I could do 5 days a week", ["schedule.availableDays": 5]),
        Phrase("my longest run is 15k", ["running.longestRecentRun": 15]),
        Phrase("longest run lately was about 10 miles", ["running.longestRecentRun": 16.1]),
        Phrase("12", expecting: "running.longestRecentRun", ["running.longestRecentRun": 12]),
        Phrase("I'm not running at the moment", ["running.currentVolume": 0, "running.currentFrequency": 0]),
        Phrase("I just started running", ["running.experienceLevel": "beginner"]),
        Phrase("I'm new to running", ["running.experienceLevel": "beginner"]),
        Phrase("getting back into it after having a baby", ["running.experienceLevel": "returning", "goals.goalType": "return_to_fitness"]),
        Phrase("I've run for years", ["running.experienceLevel": "casual"]),
        Phrase("I race a lot, pretty competitive", ["running.experienceLevel": "competitive"]),
        Phrase("I've been running for 2 years", ["running.experienceLevel": "casual", "running.monthsRunning": 24]),
        Phrase("running for 6 months", ["running.monthsRunning": 6]),
        Phrase("serious", expecting: "running.experienceLevel", ["running.experienceLevel": "serious"]),
        Phrase("I ran in college", ["running.runningBackground": "college"]),
        Phrase("played soccer as a kid", ["running.runningBackground": "youth_sports"]),
        Phrase("I've never ran before", ["running.runningBackground": "never", "running.experienceLevel": "beginner"]),
        Phrase("my easy pace is around 6:00/km", ["running.easyPace": "6:00/km"]),
        Phrase("easy runs are 10 min miles", ["running.easyPace": "10:00/mi"]),
        Phrase("6:15", expecting: "running.easyPace", ["running.easyPace": "6:15/km"]),
    ]

    @Test(arguments: running)
    func runningFacts(_ phrase: Phrase) throws { try check(phrase) }

    static let schedule: [Phrase] = [
        Phrase("Mon, Wed and Sat", ["schedule.preferredDays": ["monday", "wednesday", "saturday"]]),
        Phrase("mondays and thursdays", ["schedule.preferredDays": ["monday", "thursday"]]),
        Phrase("weekends", expecting: "schedule.preferredDays", ["schedule.preferredDays": ["saturday", "sunday"]]),
        Phrase("weekdays work best", ["schedule.preferredDays": ["monday", "tuesday", "wednesday", "thursday", "friday"]]),
        Phrase("every day", expecting: "schedule.preferredDays",
               ["schedule.preferredDays": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]]),
        Phrase("I can't run on Tuesdays", ["schedule.blockedDays": ["tuesday"]]),
        Phrase("never Fridays", ["schedule.blockedDays": ["friday"]]),
        Phrase("Tuesday and Thursday evenings, but not Fridays",
               ["schedule.preferredDays": ["tuesday", "thursday"], "schedule.preferredTime": "evening", "schedule.blockedDays": ["friday"]]),
        Phrase("I do my long runs on Sunday", ["schedule.longRunDay": "sunday"]),
        Phrase("Saturday for the long run", ["schedule.longRunDay": "saturday"]),
        Phrase("sunday", expecting: "schedule.longRunDay", ["schedule.longRunDay": "sunday"]),
        Phrase("Sat", expecting: "schedule.longRunDay", ["schedule.longRunDay": "saturday"]),
        Phrase("I prefer mornings", ["schedule.preferredTime": "morning"]),
        Phrase("usually at lunchtime", ["schedule.preferredTime": "midday"]),
        Phrase("after work", expecting: "schedule.preferredTime", ["schedule.preferredTime": "evening"]),
        Phrase("it varies", expecting: "schedule.preferredTime", ["schedule.preferredTime": "varies"]),
        Phrase("no more than an hour", ["schedule.maxSessionDurationMinutes": 60]),
        Phrase("90 minutes max", ["schedule.maxSessionDurationMinutes": 90]),
        Phrase("half an hour", expecting: "schedule.maxSessionDurationMinutes", ["schedule.maxSessionDurationMinutes": 30]),
        Phrase("there's a track near me", ["schedule.hasTrackAccess": true]),
        Phrase("it's flat here", ["schedule.hasHillsAccess": false]),
        Phrase("lots of hills where I live", ["schedule.hasHillsAccess": true]),
        Phrase("I have a gym membership", ["schedule.hasGymAccess": true]),
        Phrase("no gym", ["schedule.hasGymAccess": false]),
        Phrase("yes", expecting: "schedule.hasTrackAccess", ["schedule.hasTrackAccess": true]),
        Phrase("nope", expecting: "schedule.hasGymAccess", ["schedule.hasGymAccess": false]),
    ]

    @Test(arguments: schedule)
    func scheduleFacts(_ phrase: Phrase) throws { try check(phrase) }

    static let health: [Phrase] = [
        Phrase("I had shin splints last year", ["health.pastInjuries": ["shin_splints"]]),
        Phrase("IT band issues", ["health.pastInjuries": ["itbs"]]),
        Phrase("my achilles", expecting: "health.pastInjuries", ["health.pastInjuries": ["achilles_tendinopathy"]]),
        Phrase("plantar fasciitis and a stress fracture a few years ago", ["health.pastInjuries": ["plantar_fasciitis", "stress_fracture"]]),
        Phrase("I sprained my ankle in the spring", ["health.pastInjuries": ["ankle_sprain"]]),
        Phrase("I've had runner's knee before", ["health.pastInjuries": ["runners_knee"]]),
        Phrase("no injuries", ["health.pastInjuries": []]),
        Phrase("never been injured", ["health.pastInjuries": []]),
        Phrase("none", expecting: "health.pastInjuries", ["health.pastInjuries": []]),
        Phrase("no", expecting: "health.pastInjuries", ["health.pastInjuries": []]),
        Phrase("my left knee hurts a bit", ["health.currentPain": ["knee"]]),
        Phrase("my calves are sore and my heel aches", ["health.currentPain": ["calf", "heel"]]),
        Phrase("nothing hurts right now", ["health.currentPain": []]),
        Phrase("no pain", ["health.currentPain": []]),
        Phrase("nope", expecting: "health.currentPain", ["health.currentPain": []]),
        Phrase("I had shin splints last year but nothing hurts right now", ["health.pastInjuries": ["shin_splints"], "health.currentPain": []]),
    ]

    @Test(arguments: health)
    func healthFacts(_ phrase: Phrase) throws { try check(phrase) }

    static let body: [Phrase] = [
        Phrase("I'm 34", ["physical.age": 34]),
        Phrase("34 years old", ["physical.age": 34]),
        Phrase("age 34", ["physical.age": 34]),
        Phrase("34", expecting: "physical.age", ["physical.age": 34]),
        Phrase("forty two", expecting: "physical.age", ["physical.age": 42]),
        Phrase("I'm a 29 year old woman", ["physical.age": 29, "physical.biologicalSex": "female"]),
        Phrase("male", expecting: "physical.biologicalSex", ["physical.biologicalSex": "male"]),
        Phrase("max HR 185", ["physical.maxHeartRate": 185]),
        Phrase("resting HR is 52", ["physical.restingHeartRate": 52]),
        Phrase("I weigh 70 kg", ["physical.weightKg": 70]),
        Phrase("154 lb", ["physical.weightKg": 69.9]),
        Phrase("180 cm", ["physical.heightCm": 180]),
        Phrase("I'm 5'11\"", ["physical.heightCm": 180.3]),
        Phrase("My name is Sam", ["identity.name": "Sam"]),
        Phrase("sam", expecting: "identity.name", ["identity.name": "Sam"]),
        Phrase("My name is Samantha but call me Sam", ["identity.name": "Samantha", "identity.preferredName": "Sam"]),
    ]

    @Test(arguments: body)
    func bodyAndIdentity(_ phrase: Phrase) throws { try check(phrase) }

    static let coaching: [Phrase] = [
        Phrase("tough love please", ["coaching.coachingVoice": "tough_love"]),
        Phrase("be encouraging", ["coaching.coachingVoice": "encouraging"]),
        Phrase("give me data", ["coaching.coachingVoice": "analytical"]),
        Phrase("keep it short", ["coaching.coachingVoice": "minimalist"]),
        Phrase("numbers, lots of numbers", expecting: "coaching.coachingVoice", ["coaching.coachingVoice": "analytical"]),
        Phrase("it clears my head and I love the club runs", expecting: "coaching.motivations", ["coaching.motivations": ["stress_relief", "social"]]),
    ]

    @Test(arguments: coaching)
    func coachingFacts(_ phrase: Phrase) throws { try check(phrase) }
}
