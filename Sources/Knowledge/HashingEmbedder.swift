import Foundation
import LLM

/// The default, offline embedder: TF-IDF over stemmed words, character 4-grams
/// (robust to typos and word forms) and lexicon concepts (robust to runners' own words), hashed
/// into a fixed number of dimensions with signed hashing. Deterministic and fast; fitted to the
/// knowledge base, so its identifier changes whenever the corpus or the lexicon does.
public struct HashingEmbedder: Embedder {
    public let dimensions: Int
    public let identifier: String
    let lexicon: Lexicon
    let inverseDocumentFrequency: [String: Float]

    /// Weights of the feature kinds, relative to a word. Chosen from a small sweep on the labelled
    /// questions (Tests/Fixtures/kb-queries.json) in the middle of a plateau, not at its best
    /// point; word-pair features were tried and made results slightly worse.
    static let gramWeight: Float = 0.3
    static let conceptWeight: Float = 3

    public init(corpus: [String], lexicon: Lexicon = .empty, dimensions: Int = 2048) {
        self.dimensions = dimensions
        self.lexicon = lexicon
        var documentFrequency: [String: Int] = [:]
        var fingerprint = FNV1a()
        for document in corpus {
            fingerprint.add(document)
            for feature in Set(Self.features(document, lexicon: lexicon).keys) { documentFrequency[feature, default: 0] += 1 }
        }
        let count = Float(max(corpus.count, 1))
        inverseDocumentFrequency = documentFrequency.mapValues { log(1 + count / Float($0)) }
        identifier = "cadence-hashing-v2/\(dimensions)/" + String(fingerprint.value ^ lexicon.fingerprint, radix: 16)
    }

    public func embed(_ texts: [String]) async throws -> [[Float]] {
        texts.map(vector)
    }

    /// The vector for one text. Features the corpus never uses are dropped: they cannot match
    /// anything and would only dilute the query.
    public func vector(_ text: String) -> [Float] {
        var vector = [Float](repeating: 0, count: dimensions)
        for (feature, weight) in Self.features(text, lexicon: lexicon) {
            guard let idf = inverseDocumentFrequency[feature] else { continue }
            let hash = FNV1a.hash(feature)
            let index = Int(hash % UInt64(dimensions))
            vector[index] += (hash >> 63 == 0 ? 1 : -1) * weight * idf
        }
        return vector
    }

    /// Feature → its kind's weight × (1 + log of its count).
    static func features(_ text: String, lexicon: Lexicon) -> [String: Float] {
        let terms = TextAnalyzer.terms(text)
        var counts: [String: Int] = [:]
        for term in terms {
            counts["w:" + term, default: 0] += 1
            if term.count >= 4 {
                let characters = Array("^" + term + "$")
                for start in 0...(characters.count - 4) { counts["g:" + String(characters[start..<start + 4]), default: 0] += 1 }
            }
        }
        for concept in lexicon.concepts(in: terms) { counts["c:" + concept, default: 0] += 1 }
        return Dictionary(uniqueKeysWithValues: counts.map { feature, count in
            let kind: Float = switch feature.prefix(2) {
            case "g:": gramWeight
            case "c:": conceptWeight
            default: 1
            }
            return (feature, kind * (1 + log(Float(count))))
        })
    }
}
