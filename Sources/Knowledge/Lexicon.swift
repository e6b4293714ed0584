import Foundation

/// The words runners use for a concept ("dead legs", "knackered" → fatigue). Each group adds its
/// concept as a term to any text containing one of its phrases, so a question and an entry meet
/// even when they share no word. Kept in `KnowledgeBase/lexicon.yaml` for coaches to extend.
public struct Lexicon: Sendable, Equatable {
    public struct Group: Sendable, Equatable {
        public let concept: String
        /// Phrases as stemmed terms joined by spaces.
        let phrases: [String]
    }

    public let groups: [Group]
    /// Phrases (as term lists) by their first term, so matching walks a text's terms once
    /// instead of searching the text for every phrase.
    private let phrasesByFirstTerm: [String: [(terms: [String], concept: String)]]
    /// The groups as written in the file.
    public let source: [String: [String]]

    public init(_ groups: [String: [String]]) {
        source = groups
        self.groups = groups.keys.sorted().map { concept in
            // Phrases that stem alike ("shin", "shins") count once.
            var seen = Set<String>()
            let phrases = (groups[concept] ?? []).map { TextAnalyzer.terms($0).joined(separator: " ") }
                .filter { !$0.isEmpty && seen.insert($0).inserted }
            return Group(concept: concept, phrases: phrases)
        }
        var index: [String: [(terms: [String], concept: String)]] = [:]
        for group in self.groups {
            for phrase in group.phrases {
                let terms = phrase.split(separator: " ").map(String.init)
                index[terms[0], default: []].append((terms, group.concept))
            }
        }
        phrasesByFirstTerm = index
    }

    public static func == (lhs: Lexicon, rhs: Lexicon) -> Bool { lhs.groups == rhs.groups }

    public static let empty = Lexicon([:])

    /// Concepts named in `terms` (already analysed), once per occurrence of one of their phrases.
    public func concepts(in terms: [String]) -> [String] {
        var found: [String] = []
        for start in terms.indices {
            for candidate in phrasesByFirstTerm[terms[start]] ?? [] where start + candidate.terms.count <= terms.count {
                if terms[start..<start + candidate.terms.count].elementsEqual(candidate.terms) { found.append(candidate.concept) }
            }
        }
        return found
    }

    /// A stable digest, so embeddings are recomputed when the lexicon changes.
    var fingerprint: UInt64 {
        var hash = FNV1a()
        for group in groups {
            hash.add(group.concept)
            for phrase in group.phrases { hash.add(phrase) }
        }
        return hash.value
    }
}

/// FNV-1a, 64-bit: a fast, stable hash for feature hashing and fingerprints (Swift's `Hasher`
/// is seeded per process, so it cannot be stored).
struct FNV1a {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        value ^= 0xFF
        value = value &* 0x0000_0100_0000_01B3
    }

    static func hash(_ text: String) -> UInt64 {
        var hash = FNV1a()
        hash.add(text)
        return hash.value
    }
}
