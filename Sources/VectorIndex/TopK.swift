/// The `capacity` highest scores seen so far, in a min-heap: a new score only costs a comparison
/// with the weakest kept one, and O(log k) when it displaces it.
struct TopK {
    let capacity: Int
    private var heap: [Match] = []

    init(capacity: Int) {
        self.capacity = capacity
        heap.reserveCapacity(capacity)
    }

    /// A score must beat this to enter (−∞ until the heap is full). Scan loops compare against a
    /// local copy and call `insert` only for the rare winners.
    var threshold: Float { heap.count < capacity ? -.infinity : heap[0].score }

    @inline(__always)
    mutating func insert(row: Int, score: Float) {
        if heap.count < capacity {
            heap.append(Match(row: row, score: score))
            siftUp(heap.count - 1)
        } else if Self.isWeaker(heap[0], than: Match(row: row, score: score)) {
            heap[0] = Match(row: row, score: score)
            siftDown(0)
        }
    }

    /// Best first; equal scores by row, so results are deterministic.
    func sorted() -> [Match] {
        heap.sorted { Self.isWeaker($1, than: $0) }
    }

    /// Lower score is weaker; on a tie the later row is weaker.
    @inline(__always)
    static func isWeaker(_ a: Match, than b: Match) -> Bool {
        a.score < b.score || (a.score == b.score && a.row > b.row)
    }

    private mutating func siftUp(_ index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.isWeaker(heap[child], than: heap[parent]) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ index: Int) {
        var parent = index
        while true {
            let left = 2 * parent + 1, right = left + 1
            var weakest = parent
            if left < heap.count, Self.isWeaker(heap[left], than: heap[weakest]) { weakest = left }
            if right < heap.count, Self.isWeaker(heap[right], than: heap[weakest]) { weakest = right }
            if weakest == parent { return }
            heap.swapAt(parent, weakest)
            parent = weakest
        }
    }
}
