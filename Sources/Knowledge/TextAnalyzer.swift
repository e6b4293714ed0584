import Foundation

/// Turns text into the terms both the embedder and the BM25 baseline use: lowercase words,
/// stop words dropped, and a light suffix stemmer (plurals, -ing, -ed) so "shins" meets "shin"
/// and "running" meets "run".
public enum TextAnalyzer {
    public static func terms(_ text: String) -> [String] {
        words(text).filter { !stopWords.contains($0) }.map(stem)
    }

    /// Lowercase runs of letters and digits ("5k", "80/20" → "80", "20").
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" {
                continue  // "don't" → "dont"
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    static func stem(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy(\.isLetter) else { return word }
        var stem = word
        if stem.hasSuffix("ies"), stem.count > 4 {
            stem = String(stem.dropLast(3)) + "y"
        } else if stem.hasSuffix("sses") {
            stem = String(stem.dropLast(2))
        } else if stem.hasSuffix("s"), !stem.hasSuffix("ss"), !stem.hasSuffix("us"), !stem.hasSuffix("is") {
            stem = String(stem.dropLast())
        }
        for suffix in ["ing", "ed"] where stem.hasSuffix(suffix) && stem.count - suffix.count >= 3 {
            stem = String(stem.dropLast(suffix.count))
            // "running" → "runn" → "run"; "hopping" → "hop"
            if let last = stem.last, stem.dropLast().last == last, !"lsz".contains(last) { stem = String(stem.dropLast()) }
            break
        }
        return stem
    }

    static let stopWords: Set<String> = [
        "a", "about", "after", "all", "am", "an", "and", "any", "are", "as", "at", "be", "been", "being", "but", "by",
        "can", "could", "did", "do", "does", "doing", "for", "from", "had", "has", "have", "having", "he", "her",
        "here", "him", "his", "how", "i", "if", "im", "in", "into", "is", "it", "its", "just", "me", "my", "of", "on",
        "or", "our", "she", "should", "so", "some", "than", "that", "the", "their", "them", "then", "there", "these",
        "they", "this", "those", "to", "too", "up", "us", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "why", "will", "with", "would", "you", "your", "ive", "id", "get", "got", "really", "very",
        "also", "much", "more", "most", "such", "own", "same", "other", "only", "over", "under", "again", "once",
    ]
}
