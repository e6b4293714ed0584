import CVectorKernels
import Testing
@testable import VectorIndex

struct FlatIndexTests {
    /// A small deterministic generator (SplitMix64), so the tests need no randomness source.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func vector(_ dimensions: Int) -> [Float] {
            (0..<dimensions).map { _ in Float(next() % 20_001) / 10_000 - 1 }
        }
    }

    static func exactTop(_ vectors: [[Float]], _ query: [Float], k: Int) -> [Int] {
        func unit(_ v: [Float]) -> [Float] {
            let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return v.map { $0 / norm }
        }
        let q = unit(query)
        let scored = vectors.enumerated().map { index, v in (index, zip(unit(v), q).reduce(0) { $0 + $1.0 * $1.1 }) }
        return scored.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }.prefix(k).map(\.0)
    }

    @Test(arguments: [3, 16, 37, 384])
    func floatSearchMatchesAFullSort(dimensions: Int) throws {
        var generator = Generator(state: UInt64(dimensions))
        let vectors = (0..<500).map { _ in generator.vector(dimensions) }
        var index = FlatIndex(dimensions: dimensions)
        for vector in vectors { try index.add(vector) }
        for _ in 0..<10 {
            let query = generator.vector(dimensions)
            let matches = try index.search(query, k: 10)
            #expect(matches.map(\.row) == Self.exactTop(vectors, query, k: 10))
            #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.score >= $1.score })
        }
    }

    @Test func cosineIgnoresLengthAndScoresAreInRange() throws {
        var index = FlatIndex(dimensions: 3)
        try index.add([1, 0, 0])
        try index.add([0, 10, 0])
        try index.add([-5, 0, 0])
        let matches = try index.search([2, 0.1, 0], k: 3)
        #expect(matches.map(\.row) == [0, 1, 2])
        #expect(abs(matches[0].score - 0.99875) < 0.0001)
        #expect(abs(matches[2].score + 0.99875) < 0.0001)
    }

    @Test func int8StorageKeepsRecallAndRescoresExactly() throws {
        var generator = Generator(state: 42)
        let vectors = (0..<2_000).map { _ in generator.vector(64) }
        var exact = FlatIndex(dimensions: 64)
        var quantised = FlatIndex(dimensions: 64, storage: .int8(oversampling: 4))
        for vector in vectors {
            try exact.add(vector)
            try quantised.add(vector)
        }
        var found = 0
        for _ in 0..<50 {
            let query = generator.vector(64)
            let truth = try exact.search(query, k: 10)
            let approximate = try quantised.search(query, k: 10)
            found += Set(truth.map(\.row)).intersection(approximate.map(\.row)).count
            // Rescored with the float vectors: a shared row has the exact score.
            for match in approximate {
                if let same = truth.first(where: { $0.row == match.row }) { #expect(same.score == match.score) }
            }
        }
        #expect(Double(found) / 500 >= 0.99)
        #expect(quantised.memoryBytes > exact.memoryBytes)
    }

    @Test func filtersAndSmallCounts() throws {
        var index = FlatIndex(dimensions: 2)
        for angle in 0..<10 { try index.add([Float(angle) + 1, 1]) }
        let even = try index.search([1, 0], k: 3) { $0 % 2 == 0 }
        #expect(even.map(\.row) == [8, 6, 4])
        #expect(try index.search([1, 0], k: 50).count == 10)
        #expect(try FlatIndex(dimensions: 2).search([1, 0], k: 5) == [])
    }

    @Test func badVectorsAreRefused() {
        var index = FlatIndex(dimensions: 3)
        #expect(throws: VectorIndexError.dimensionMismatch(expected: 3, got: 2)) { try index.add([1, 2]) }
        #expect(throws: VectorIndexError.zeroVector) { try index.add([0, 0, 0]) }
        #expect(index.count == 0)
    }

    @Test func avx2KernelsAgreeWithThePortableOnes() throws {
        var generator = Generator(state: 9)
        for length in [16, 48, 384, 1040] {
            let a = generator.vector(length), b = generator.vector(length)
            let (qa, _) = FlatIndex.quantise(a), (qb, _) = FlatIndex.quantise(b)
            let portableFloat = FlatIndex.dot(a, b, length)
            let portableBytes = FlatIndex.dot(qa, qb, length)
            #expect(abs(FlatIndex.floatDot(a, b, length) - portableFloat) <= 1e-3 * max(1, abs(portableFloat)))
            if FlatIndex.hasAVX2 {
                #expect(cadence_dot_i8_avx2(qa, qb, length) == portableBytes)
            }
        }
    }

    @Test func topKKeepsTheBestInOrder() {
        var top = TopK(capacity: 3)
        for (row, score) in [(0, 0.1), (1, 0.9), (2, 0.5), (3, 0.95), (4, 0.5), (5, 0.2)] {
            top.insert(row: row, score: Float(score))
        }
        #expect(top.sorted().map(\.row) == [3, 1, 2])
    }
}
