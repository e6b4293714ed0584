import Foundation

/// The kind of goal in an answer to the goal question when no race, speed, base, comeback or health word of the goal
/// reader's was found: the same kinds said in other words and languages ("Retornar aos treinos depois de uma lesão",
/// "Abnehmen und gesünder leben", "a proper run streak", "improving my pace", "just want to feel good"). Read only in
/// answer to that question. Works on `FactExtractor.normalize`d text.
enum GoalKind {
    /// The kind, and where its word was said.
    static func read(_ text: String) -> (kind: String, position: Int)? {
        // The order is the goal reader's: coming back, then getting faster, more running, then health.
        for (pattern, kind) in [(comeback, "return_to_fitness"), (faster, "speed"), (more, "base_building"), (health, "general_health")] {
            if let match = pattern.firstMatch(in: text) { return (kind, match.start) }
        }
        return nil
    }

    /// A distance said as what the runner wants to be able to run, not a race: "run 10k without stopping", "build up to 5k
    /// non-stop", "Couch to 5k", "I can do 5k fine but I want to do longer runs".
    static let ability = TextPattern(
        #"\b(?:without stopping|non-? ?stop|all the way|in one go|couch to (?:5k|5 ?km)|c25k|(?:can|could) (?:do|run|manage) (?:a |the )?\d+ ?(?:k|km|miles?)\b[^.;]{0,12}\b(?:fine|ok|okay|easily|already)|(?:do|run|go) longer\b|longer runs\b)"#)

    /// An event the runner joins: "join the 10K fun run", "signed up for the 5k", "entered the city 10k".
    /// ("My school is doing a 10K run in Lahore for charity … Is 10K a lot for a first race?": an event, too.)
    static let eventJoined = TextPattern(#"\b(?:join(?:ing)?|enter(?:ed|ing)?|sign(?:ed|ing)? up (?:for|to)|registered (?:for|in)|fun run|charity run|for charity|(?:is|are) (?:doing|holding|hosting|organi[sz]ing|putting on) (?:a|an|the)|(?:a|my) first race)\b"#)

    static let comeback = TextPattern(
        #"\b(?:back after|(?:getting|get|coming|come) back\b(?! to (?:this|that|the question|you|me)\b| to it later)|just coming back|returning (?:from|after|to)|return after|after (?:my |the |a )?(?:hip|knee|acl|achilles|back|ankle|foot|shoulder)?\s*(?:replacement|surgery|operation|op|injury|fracture|baby|pregnancy|illness|covid|chemo|break)|rebuild(?:ing)?|retornar|voltar a correr|volver a correr|retomar|reprendre|recommencer|tornare a correre|riprendere|wieder (?:anfangen|laufen|einsteigen)|weer (?:beginnen|starten|gaan lopen))\b"#)
    static let faster = TextPattern(
        #"\b(?:pace|quicker|faster|speed up|improv(?:e|ing) (?:my )?(?:timing|time|times|pace|speed)|plus vite|más rápido|mais rápido|più veloce|schneller|sneller)\b"#)
    static let more = TextPattern(
        #"\b(?:mileage|milage|more often|more days|more runs|longer|endurance|distance|consisten(?:cy|t)|streak|every day for|run more|more km|more kilometres|kilometraje|aumentar|more miles|volume|base)\b"#)
    static let health = TextPattern(
        #"\b(?:health|healthy|healthier|weight|lose|losing|fit|fitness|feel good|feel better|stress|mental|sleep|blood pressure|keep up with|wedding|belle|belly|tummy|abnehmen|gesünder|gesund|perder peso|salud|saludable|santé|forme|em forma|manter a forma|a forma|forma|peso|in forma|dimagrire|afvallen|gezond)\b"#)
}
