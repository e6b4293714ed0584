import Foundation

/// Greetings in the languages and Englishes runners write in, and the words said with them ("Dumela, rra",
/// "Aloha, brah", "Hello love"): none of them is a name. One list, for stripping a greeting off the name answer
/// and for refusing a greeting as the name.
enum Greeting {
    /// Regex fragments (lower case) of greetings that can open a message.
    static let openers: [String] = [
        // English, and Englishes
        "hi+", "hie+", "hey+", "heyy+", "hello+", "hel+o+", "hallo+", "hiya", "heya", "howdy", "howya", "how's it going", "alright", "alrite", "awright", "aight", "alreet", "areet", "g'day", "yo",
        "greetings", "ello", "'ello", "wotcha", "now then", "ey up", "ay up", "eh up", "how do", "howzit", "sup", "ar",
        "good (?:mornin[g']?|evening|afternoon|day)", "mornin[g']?", "evening", "afternoon", "how (?:ya|you|are you|are ya) doin[g']?",
        "what you saying", "wagwan", "wah gwaan",
        // Europe
        "hola+", "holi", "ola", "olá", "oi", "qu[eé] tal", "qu[eé] onda", "qu[eé] pasa", "ciao", "ćao", "salve", "buenas", "buenos días", "buenos dias", "buenas (?:tardes|noches)", "bos días",
        "bos dias", "bom dia", "boa tarde", "boa noite", "tudo bem", "tudo bom", "buongiorno", "buonasera", "pura vida", "demat", "barev", "sain baina uu", "sain uu", "sak pase", "sak pasé", "hallo", "hoi", "moin", "servus", "grüezi", "gruezi", "grüß gott", "griaß di",
        "bonjour", "salut", "coucou", "adieu", "hej", "hei", "hæ", "halló", "tere", "labas", "sveiki", "moi", "terve", "ahoj", "cześć", "czesc",
        "dzień dobry", "dobry den", "dobrý den", "bok", "zdravo", "zdravei", "zdraveite", "privet", "zdravstvuyte", "pryvit",
        "yassou", "yia sou", "geia sou", "kalimera", "kaixo", "përshëndetje", "pershendetje", "tungjatjeta", "szia", "sziasztok",
        "bună", "buna", "salutare", "shwmae", "sut mae", "dia dhuit", "halo", "merhaba", "selam", "gamarjoba",
        // Africa, the Middle East, Asia, the Pacific
        "sawubona", "molo", "how na", "dumela", "jambo", "habari", "sasa", "niaje", "mambo", "wesh", "wsh", "sannu", "ndewo", "akwaaba", "mbote", "kushe", "nanga def", "on dit quoi",
        "sala+m (?:a?l[ae]ikum|alaykum|aleykum)", "salaam", "salam", "as-?salaam?u alaykum", "assalamualaikum", "a?ss?ala+m(?:u| o| u)? ?a?l[ae]ikum", "assalam", "marhaba", "marhaban", "ahlan", "shalom",
        "namaste", "namaskar", "vanakkam", "sat sri akal", "adaab", "nomoshkar", "konnichiwa", "annyeong(?:haseyo)?", "ni hao", "nihao",
        "nei hou", "xin chào", "xin chao", "sawasdee(?: ka| krap)?", "sawadee(?: ka| krap)?", "selamat (?:pagi|siang|sore|malam)",
        "kumusta", "kamusta", "mabuhay", "nyob zoo", "magandang (?:umaga|hapon|gabi)(?: po)?", "awrite", "aye aye", "allegra", "rimaykullayki", "allianchu", "kia ora", "aloha", "talofa", "bula", "malo e lelei", "allillanchu",
        "sabaidee", "sabai dee", "mingalaba", "mingalarbar", "suosdei", "kuzuzangpo", "kuzu zangpo", "tashi delek", "salama", "muli bwanji", "mwaramutse",
    ]
    /// Who the greeting is for, or the word said with it: "hey there", "Dumela, rra", "Hello love", "hiya bab".
    static let addressees: [String] = [
        "there", "coach", "cadence", "all", "everyone", "again", "po", "krub", "krab", "khrap", "kha", "ka", "rra", "mma", "brah", "bra", "bru", "bro", "love", "luv", "pet",
        "hen", "mate", "bab", "me duck", "duck", "my lover", "sir", "ma'am", "friend", "my friend", "chief", "boss", "uce", "cuz",
        "dear", "ji", "ka", "krap", "kak", "mas", "mbak", "bhai", "didi", "y'all", "folks", "guys", "habibi", "darling", "darlin'", "honey", "hun", "bor", "baby", "my people", "people", "my dear", "my guy", "fam",
    ]
    /// The whole opening: greetings and their addressees, in any order and number ("Ar, hiya bab!").
    static let opening = "(?:" + openers.joined(separator: "|") + ")(?:[\\s,!]+(?:" + addressees.joined(separator: "|") + "))?"

    /// Whether `text` opens with a greeting ("Good morning, darling", "Hey, how ya doin'").
    static func opensWith(_ text: String) -> Bool { openingPattern.matches(text) }
    private static let openingPattern = TextPattern("^(?:" + opening + ")(?![\\p{L}'])")

    /// Greetings that are also first names: said alone in answer to the name question, they are the name.
    static let alsoNames: Set<String> = ["ola"]

    /// Words that open a message but are never the name ("Aloha", "Bok", "Kaixo", and "well", "right", "sorry").
    static let words: Set<String> = Set(openers.filter { $0.allSatisfy { $0.isLetter || $0 == "'" } })
        .union(addressees.filter { $0.allSatisfy(\.isLetter) })
        .union(["kia", "sat", "good", "cheers", "thanks", "sorry", "well", "right", "great", "lovely", "welcome", "how", "what", "who",
                "why", "where", "when", "morning", "mornin", "wetin", "na", "abeg", "oya", "eish", "ayy", "ay", "now", "ey", "eh", "nanga", "selamat", "hie", "qué", "que"])
}
