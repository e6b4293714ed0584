import CadenceCore
import Foundation

/// What the runner object says about health that stops or limits running, read from the seed's
/// health fields by the words runners (and the chat's red-flag check) use. The seed keeps
/// symptoms as free text (`health.currentPain`, `health.medicalConditions`) and injuries as
/// `health.injuryDetails`; there is no field for a fever, a delivery date, missed periods or a
/// forecast, so those are read from the same lists (see the KnowledgeBase README).
///
/// A flag is cleared when the runner's facts no longer carry it: the runner reports the pain or
/// symptom gone (the chat writes the list without it), or, for a bone stress injury or after
/// childbirth, records a clinician's clearance (`health.hasPhysicianClearance`).
public struct HealthFlags: Sendable, Hashable {
    /// Chest pain, fainting, palpitations, breathlessness at rest: no running until assessed.
    public var redFlagSymptoms: [String] = []
    /// Pain that means stop: on one spot of a bone, groin, night or rest pain, changing gait,
    /// above 3/10, or rising.
    public var stopPain: [String] = []
    /// Fever or illness below the neck.
    public var illness: [String] = []
    /// Recently gave birth and not yet cleared to run.
    public var postpartumWithoutClearance: [String] = []
    /// A bone stress injury that has not healed, or has healed at a high-risk site without clearance.
    public var unhealedBoneStressInjury: [String] = []
    /// A bone stress injury that healed less than `boneReturnWeeks` ago: the return runs on alternate days.
    public var boneStressReturn: [String] = []
    /// Signs of low energy availability (RED-S): missed periods, recurrent bone stress injuries.
    public var redsSigns: [String] = []
    /// Pregnant: running continues only as before, not built up (ACOG 2020).
    public var pregnancy: [String] = []

    /// Weeks after healing during which the return runs on alternate days (George et al. 2024).
    public static let boneReturnWeeks = 12.0
    /// An unhealed bone stress injury older than this is taken as history (its recovery was not recorded).
    public static let boneInjuryCurrentWeeks = 16.0

    static let stopPainTerms = ["one spot", "single spot", "pinpoint", "point tender", "on the bone", "bone pain", "bony",
                                "suspected fracture", "fracture", "stress reaction", "groin", "night", "at rest",
                                "when resting", "while resting", "rest pain", "wakes me", "limp", "gait", "cant walk",
                                "cannot walk", "cant put weight", "cannot put weight", "weight bearing", "worse",
                                "worsen", "rising", "increasing", "sharp", "stabbing", "shooting", "severe", "hurts to hop",
                                "cant hop"]
    static let illnessTerms = ["fever", "feverish", "high temperature", "flu", "influenza", "covid", "chest infection",
                               "pneumonia", "bronchitis", "glandular fever", "mononucleosis", "viral", "virus", "body aches",
                               "vomiting", "diarrhoea", "diarrhea", "stomach bug", "gastro"]
    static let postpartumTerms = ["postpartum", "post partum", "postnatal", "post natal", "gave birth", "had a baby",
                                  "c section", "caesarean", "cesarean", "newborn"]
    static let redsTerms = ["amenorrh", "missed period", "no period", "periods stopped", "period stopped", "lost my period",
                            "lost period", "red s", "reds", "relative energy deficiency", "low energy availability",
                            "disordered eating", "eating disorder", "anorexi", "bulimi", "osteoporo", "osteopeni",
                            "low bone density", "recurrent stress fracture", "recurrent bone stress"]
    static let pregnancyTerms = ["pregnan", "expecting a baby", "expecting our", "expecting my", "trimester", "weeks along"]
    static let boneInjuryTypes = ["stress fracture", "stress reaction", "bone stress"]
    /// Sites where a bone stress injury can displace or heal poorly (Warden et al. 2014; George et al. 2024).
    static let highRiskSiteTerms = ["femoral neck", "femur", "hip", "groin", "pelvi", "pubic", "sacr", "navicular",
                                    "anterior tib", "anterior cortex", "fifth metatarsal", "5th metatarsal", "proximal 5th",
                                    "medial malleol", "talus", "sesamoid", "patella"]

    public init() {}

    public init(runner: Runner, now: Date) {
        let health = runner.health
        let pain = (health.currentPain ?? []).filter { !Self.isNone($0) }
        let conditions = (health.medicalConditions ?? []).filter { !Self.isNone($0) }
        let cleared = health.hasPhysicianClearance == true
        let nowMillis = now.timeIntervalSince1970 * 1000
        func weeksAgo(_ millis: Double) -> Double { (nowMillis - millis) / (7 * 86_400_000) }

        for item in pain + conditions {
            let text = Self.normalise(item)
            // A red flag pauses running until a clinician has cleared the runner (the paused plan says so).
            if RedFlagSymptoms.isSymptom(item) {
                if !cleared { redFlagSymptoms.append(item) }
            } else if Self.matches(text, Self.illnessTerms), !Self.matches(text, ["hay fever"]) {
                illness.append(item)
            }
            if Self.matches(text, Self.postpartumTerms), !cleared { postpartumWithoutClearance.append(item) }
            if Self.matches(text, Self.redsTerms) { redsSigns.append(item) }
            if Self.matches(text, Self.pregnancyTerms), !Self.matches(text, ["not pregnan", "no longer pregnan"]) { pregnancy.append(item) }
        }
        for item in pain {
            // A pain the red-flag check sent to a doctor stops running until a clinician has cleared it.
            if cleared, RedFlagSymptoms.isRedFlag(item) { continue }
            let text = Self.normalise(item)
            if Self.matches(text, Self.stopPainTerms) || Self.score(text).map({ $0 > 3 }) == true { stopPain.append(item) }
        }

        var boneInjuries = 0
        for detail in health.injuryDetails ?? [] {
            let text = Self.normalise(detail.type + " " + (detail.notes ?? ""))
            guard Self.matches(text, Self.boneInjuryTypes) || Self.normalise(detail.type).hasSuffix(" bsi ") else { continue }
            boneInjuries += 1
            let highRisk = Self.matches(text, Self.highRiskSiteTerms)
            if let recovered = detail.dateRecovered {
                let since = weeksAgo(recovered)
                if since >= 0, since < Self.boneReturnWeeks {
                    if highRisk && !cleared { unhealedBoneStressInjury.append(detail.type) } else { boneStressReturn.append(detail.type) }
                } else if since < 0 {
                    unhealedBoneStressInjury.append(detail.type)
                }
            } else if let occurred = detail.dateOccurred, weeksAgo(occurred) < Self.boneInjuryCurrentWeeks {
                unhealedBoneStressInjury.append(detail.type)
            }
        }
        if boneInjuries >= 2 { redsSigns.append("\(boneInjuries) bone stress injuries") }
    }

    /// Running stops: a red flag, pain that means stop, illness, the weeks after childbirth or an unhealed bone.
    public var pausesRunning: Bool {
        !(redFlagSymptoms.isEmpty && stopPain.isEmpty && illness.isEmpty && postpartumWithoutClearance.isEmpty
          && unhealedBoneStressInjury.isEmpty)
    }

    /// Lowercase words separated by single spaces, padded with a space at both ends, so that a
    /// term matches at the start of a word (" worse" matches "worsening", not "horse").
    static func normalise(_ text: String) -> String { RedFlagSymptoms.normalise(text) }

    static func matches(_ normalised: String, _ terms: [String]) -> Bool {
        terms.contains { normalised.contains(" " + $0) }
    }

    static func isNone(_ text: String) -> Bool {
        ["", "none", "no", "nothing", "n/a"].contains(text.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// A pain score written as "N/10" (the first one), or nil.
    static func score(_ normalised: String) -> Double? {
        for word in normalised.split(separator: " ") where word.hasSuffix("/10") {
            if let value = Double(word.dropLast(3)), value >= 0, value <= 10 { return value }
        }
        return nil
    }
}
