import Foundation

/// Plain Okapi BM25 (k1 = 1.2, b = 0.75) over the same stemmed words: the baseline the default
/// embedder is measured against.
public struct BM25Index: Sendable {
    let documents: [[String: Int]]
    let lengths: [Int]
    let averageLength: Double
    let documentFrequency: [String: Int]
    let k1 = 1.2, b = 0.75

    public init(documents: [String]) {
        let analysed = documents.map(TextAnalyzer.terms)
        self.documents = analysed.map { terms in terms.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
        lengths = analysed.map(\.count)
        averageLength = Double(lengths.reduce(0, +)) / Double(max(lengths.count, 1))
        documentFrequency = self.documents.reduce(into: [:]) { frequency, document in
            for term in document.keys { frequency[term, default: 0] += 1 }
        }
    }

    /// Document positions and scores, best first; documents sharing no term are left out.
    public func search(_ query: String, k: Int) -> [(index: Int, score: Double)] {
        let terms = Set(TextAnalyzer.terms(query))
        let count = Double(documents.count)
        var scored: [(index: Int, score: Double)] = []
        for (index, document) in documents.enumerated() {
            var score = 0.0
            for term in terms {
                guard let frequency = document[term].map(Double.init), let df = documentFrequency[term] else { continue }
                let idf = log(1 + (count - Double(df) + 0.5) / (Double(df) + 0.5))
                score += idf * frequency * (k1 + 1)
                    / (frequency + k1 * (1 - b + b * Double(lengths[index]) / averageLength))
            }
            if score > 0 { scored.append((index, score)) }
        }
        return Array(scored.sorted { $0.score > $1.score || ($0.score == $1.score && $0.index < $1.index) }.prefix(k))
    }
}
