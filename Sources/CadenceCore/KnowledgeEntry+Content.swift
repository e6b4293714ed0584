import Foundation

extension KnowledgeEntry {
    /// Equal apart from times and embedding: the test for "this entry's file did not change".
    public func hasSameContent(as other: KnowledgeEntry) -> Bool {
        var a = self, b = other
        (a.createdAt, a.updatedAt, a.embedding, a.embeddingModel) = (0, 0, nil, nil)
        (b.createdAt, b.updatedAt, b.embedding, b.embeddingModel) = (0, 0, nil, nil)
        return a == b
    }
}
