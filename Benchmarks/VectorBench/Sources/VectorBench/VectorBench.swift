import Foundation
import VectorIndex

/// Top-k cosine search over N random normalised vectors, one query at a time, on the same
/// workload as ../../shared/bench/bench_numpy_topk.py (Gaussian vectors, 384 dimensions, k = 10,
/// 5 warm-up and 50 timed queries, median reported).
@main
struct VectorBench {
    struct Generator {
        var state: UInt64
        mutating func uniform() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
        mutating func gaussian() -> Float {
            Float((-2 * log(max(uniform(), 1e-300))).squareRoot() * cos(2 * .pi * uniform()))
        }
        mutating func vector(_ dimensions: Int) -> [Float] { (0..<dimensions).map { _ in gaussian() } }
    }

    static func main() throws {
        var sizes: [Int] = []
        var dimensions = 384, k = 10, queries = 50, warmup = 5
        var arguments = CommandLine.arguments.dropFirst().makeIterator()
        while let argument = arguments.next() {
            switch argument {
            case "--dims": dimensions = Int(arguments.next() ?? "") ?? dimensions
            case "-k": k = Int(arguments.next() ?? "") ?? k
            case "--queries": queries = Int(arguments.next() ?? "") ?? queries
            default: if let n = Int(argument) { sizes.append(n) }
            }
        }
        if sizes.isEmpty { sizes = [1_000, 10_000, 100_000] }
        print("| N | storage | build ms | memory MB | median ms/query | p10 | p90 | recall@10 vs float32 |")
        print("|---|---|---|---|---|---|---|---|")
        for n in sizes {
            var generator = Generator(state: 7)
            let data = (0..<n).map { _ in generator.vector(dimensions) }
            let queryVectors = (0..<(queries + warmup)).map { _ in generator.vector(dimensions) }
            var exactResults: [[Int]] = []
            for storage in [FlatIndex.Storage.float32, .int8(oversampling: 4)] {
                let clock = ContinuousClock()
                var index = FlatIndex(dimensions: dimensions, storage: storage)
                let buildTime = try clock.measure {
                    index.reserveCapacity(n)
                    for vector in data { try index.add(vector) }
                }
                var times: [Double] = []
                var results: [[Int]] = []
                for (position, query) in queryVectors.enumerated() {
                    var matches: [Match] = []
                    let elapsed = try clock.measure { matches = try index.search(query, k: k) }
                    if position >= warmup {
                        times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
                        results.append(matches.map(\.row))
                    }
                }
                if storage == .float32 { exactResults = results }
                let recall = zip(results, exactResults).map { Double(Set($0).intersection($1).count) / Double(k) }
                    .reduce(0, +) / Double(results.count)
                times.sort()
                let median = times[times.count / 2]
                let name = storage == .float32 ? "float32" : "int8+rescore"
                print(String(format: "| %d | %@ | %.1f | %.1f | %.4f | %.4f | %.4f | %.3f |", n, name,
                             Double(buildTime.components.attoseconds) / 1e15 + Double(buildTime.components.seconds) * 1000,
                             Double(index.memoryBytes) / 1_048_576, median, times[times.count / 10],
                             times[times.count * 9 / 10], recall))
            }
        }
    }
}
