import CVectorKernels

/// A flat (brute-force) cosine-similarity index over one contiguous buffer of L2-normalised
/// vectors. Cosine similarity is then a dot product, computed with SIMD, and the best `k` are
/// kept in a bounded heap rather than sorting every score.
///
/// With `.int8` storage each vector is also kept as signed bytes with one scale per vector: a
/// search scans the bytes (a quarter of the memory traffic), keeps `k × oversampling` candidates
/// and rescores them with the float vectors, so results match float search in all but rare ties.
public struct FlatIndex: Sendable {
    public enum Storage: Sendable, Equatable {
        case float32
        case int8(oversampling: Int = 4)
    }

    public let dimensions: Int
    public let storage: Storage
    public private(set) var count = 0

    /// `count × paddedDimensions` floats, zero-padded to a multiple of 16 so the SIMD loop has no tail.
    private var vectors: [Float] = []
    private var bytes: [Int8] = []
    private var scales: [Float] = []
    let paddedDimensions: Int

    public init(dimensions: Int, storage: Storage = .float32) {
        precondition(dimensions > 0, "an index needs at least one dimension")
        self.dimensions = dimensions
        self.storage = storage
        paddedDimensions = (dimensions + 15) / 16 * 16
    }

    /// Adds a vector (normalised here) and returns its row number.
    @discardableResult
    public mutating func add(_ vector: [Float]) throws(VectorIndexError) -> Int {
        let normalised = try normalise(vector)
        vectors.append(contentsOf: normalised)
        if case .int8 = storage {
            let (quantised, scale) = Self.quantise(normalised)
            bytes.append(contentsOf: quantised)
            scales.append(scale)
        }
        count += 1
        return count - 1
    }

    public mutating func reserveCapacity(_ rows: Int) {
        vectors.reserveCapacity(rows * paddedDimensions)
        if case .int8 = storage {
            bytes.reserveCapacity(rows * paddedDimensions)
            scales.reserveCapacity(rows)
        }
    }

    /// Bytes held by the vectors (float, plus bytes and scales with int8 storage).
    public var memoryBytes: Int {
        vectors.count * MemoryLayout<Float>.size + bytes.count + scales.count * MemoryLayout<Float>.size
    }

    /// The `k` rows most similar to `query`, best first. `include` filters rows (for example by
    /// category) before they compete for a place.
    public func search(_ query: [Float], k: Int, include: ((Int) -> Bool)? = nil) throws(VectorIndexError) -> [Match] {
        guard k > 0, count > 0 else { return [] }
        let normalised = try normalise(query)
        switch storage {
        case .float32:
            return floatSearch(normalised, k: k, include: include)
        case .int8(let oversampling):
            let candidates = byteSearch(normalised, k: k * max(1, oversampling), include: include)
            var best = TopK(capacity: k)
            normalised.withUnsafeBufferPointer { q in
                vectors.withUnsafeBufferPointer { v in
                    for candidate in candidates {
                        best.insert(row: candidate.row, score: Self.floatDot(q.baseAddress!, v.baseAddress! + candidate.row * paddedDimensions, paddedDimensions))
                    }
                }
            }
            return best.sorted()
        }
    }

    private func floatSearch(_ query: [Float], k: Int, include: ((Int) -> Bool)?) -> [Match] {
        var best = TopK(capacity: k)
        query.withUnsafeBufferPointer { q in
            vectors.withUnsafeBufferPointer { v in
                if Self.hasAVX2 {
                    scan(into: &best, include: include) { index in
                        cadence_dot_f32_avx2(q.baseAddress!, v.baseAddress! + index * paddedDimensions, paddedDimensions)
                    }
                } else {
                    scan(into: &best, include: include) { index in
                        Self.dot(q.baseAddress!, v.baseAddress! + index * paddedDimensions, paddedDimensions)
                    }
                }
            }
        }
        return best.sorted()
    }

    /// Scores every row (or every included row) and keeps the best. Ties at the threshold go to
    /// `insert`, which orders them by row.
    @inline(__always)
    private func scan(into best: inout TopK, include: ((Int) -> Bool)?, score: (Int) -> Float) {
        var threshold = best.threshold
        if let include {
            for index in 0..<count where include(index) {
                let value = score(index)
                if value >= threshold {
                    best.insert(row: index, score: value)
                    threshold = best.threshold
                }
            }
        } else {
            for index in 0..<count {
                let value = score(index)
                if value >= threshold {
                    best.insert(row: index, score: value)
                    threshold = best.threshold
                }
            }
        }
    }

    private func byteSearch(_ query: [Float], k: Int, include: ((Int) -> Bool)?) -> [Match] {
        let (quantisedQuery, queryScale) = Self.quantise(query)
        var best = TopK(capacity: k)
        quantisedQuery.withUnsafeBufferPointer { q in
            bytes.withUnsafeBufferPointer { b in
                scales.withUnsafeBufferPointer { s in
                    if Self.hasAVX2 {
                        scan(into: &best, include: include) { index in
                            Float(cadence_dot_i8_avx2(q.baseAddress!, b.baseAddress! + index * paddedDimensions, paddedDimensions))
                                * s[index] * queryScale
                        }
                    } else {
                        scan(into: &best, include: include) { index in
                            Float(Self.dot(q.baseAddress!, b.baseAddress! + index * paddedDimensions, paddedDimensions))
                                * s[index] * queryScale
                        }
                    }
                }
            }
        }
        return best.sorted()
    }

    private func normalise(_ vector: [Float]) throws(VectorIndexError) -> [Float] {
        guard vector.count == dimensions else {
            throw .dimensionMismatch(expected: dimensions, got: vector.count)
        }
        var norm: Float = 0
        for value in vector { norm += value * value }
        norm = norm.squareRoot()
        guard norm > 0, norm.isFinite else { throw .zeroVector }
        var padded = [Float](repeating: 0, count: paddedDimensions)
        for index in 0..<dimensions { padded[index] = vector[index] / norm }
        return padded
    }

    static func quantise(_ vector: [Float]) -> ([Int8], Float) {
        var largest: Float = 0
        for value in vector { largest = max(largest, abs(value)) }
        let scale = largest > 0 ? largest / 127 : 1
        return (vector.map { Int8(($0 / scale).rounded()) }, scale)
    }

    /// AVX2/FMA kernels (Sources/CVectorKernels) when the CPU has them, checked once at run time;
    /// the Swift loops below otherwise, and on other architectures.
    static let hasAVX2 = cadence_avx2_available() != 0

    /// The float kernel searches use, so rescored int8 results score exactly like float32 search.
    @inline(__always)
    static func floatDot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ length: Int) -> Float {
        hasAVX2 ? cadence_dot_f32_avx2(a, b, length) : dot(a, b, length)
    }

    /// Float dot product over `length` (a multiple of 16) elements. Four accumulators keep the
    /// adds independent; multiply and add stay separate because the default x86-64 target has no
    /// FMA, where a fused multiply-add would be a library call.
    @inline(__always)
    static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ length: Int) -> Float {
        var s0 = SIMD16<Float>(), s1 = SIMD16<Float>(), s2 = SIMD16<Float>(), s3 = SIMD16<Float>()
        let rawA = UnsafeRawPointer(a), rawB = UnsafeRawPointer(b)
        var offset = 0
        let stride = MemoryLayout<SIMD16<Float>>.size
        let blocks = length / 16
        var block = 0
        while block + 4 <= blocks {
            s0 += rawA.loadUnaligned(fromByteOffset: offset, as: SIMD16<Float>.self)
                * rawB.loadUnaligned(fromByteOffset: offset, as: SIMD16<Float>.self)
            s1 += rawA.loadUnaligned(fromByteOffset: offset + stride, as: SIMD16<Float>.self)
                * rawB.loadUnaligned(fromByteOffset: offset + stride, as: SIMD16<Float>.self)
            s2 += rawA.loadUnaligned(fromByteOffset: offset + 2 * stride, as: SIMD16<Float>.self)
                * rawB.loadUnaligned(fromByteOffset: offset + 2 * stride, as: SIMD16<Float>.self)
            s3 += rawA.loadUnaligned(fromByteOffset: offset + 3 * stride, as: SIMD16<Float>.self)
                * rawB.loadUnaligned(fromByteOffset: offset + 3 * stride, as: SIMD16<Float>.self)
            offset += 4 * stride
            block += 4
        }
        while block < blocks {
            s0 += rawA.loadUnaligned(fromByteOffset: offset, as: SIMD16<Float>.self)
                * rawB.loadUnaligned(fromByteOffset: offset, as: SIMD16<Float>.self)
            offset += stride
            block += 1
        }
        return ((s0 + s1) + (s2 + s3)).sum()
    }

    /// Byte dot product over `length` (a multiple of 16) bytes. Written as plain wrapping loops
    /// on purpose: LLVM vectorises them with 16-bit multiply-adds (pmaddwd), about twice as fast
    /// as widening through Swift's SIMD types, and fixed 64- and 16-byte blocks let it unroll
    /// (see Benchmarks/README.md).
    @inline(__always)
    static func dot(_ a: UnsafePointer<Int8>, _ b: UnsafePointer<Int8>, _ length: Int) -> Int32 {
        var sum: Int32 = 0
        var offset = 0
        while offset + 64 <= length {
            var block: Int32 = 0
            for index in offset..<(offset + 64) { block &+= Int32(a[index]) &* Int32(b[index]) }
            sum &+= block
            offset += 64
        }
        while offset < length {
            var block: Int32 = 0
            for index in offset..<(offset + 16) { block &+= Int32(a[index]) &* Int32(b[index]) }
            sum &+= block
            offset += 16
        }
        return sum
    }
}

public struct Match: Sendable, Equatable {
    public let row: Int
    public let score: Float

    public init(row: Int, score: Float) {
        self.row = row
        self.score = score
    }
}

public enum VectorIndexError: Error, Equatable, Sendable, CustomStringConvertible {
    case dimensionMismatch(expected: Int, got: Int)
    case zeroVector

    public var description: String {
        switch self {
        case .dimensionMismatch(let expected, let got):
            return "vector has \(got) dimensions but the index holds \(expected); rebuild it with `cadence kb index`"
        case .zeroVector:
            return "cannot index or search with an all-zero vector (the text had no recognisable words)"
        }
    }
}
