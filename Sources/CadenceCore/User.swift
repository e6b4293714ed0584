import Foundation

/// A row of the `users` table. The seed refers to it (every table has a `userId`) without
/// defining it; locally one user owns one runner, and the account fields a hosted version would
/// need (email, display name) are optional.
public struct User: Codable, Hashable, Sendable {
    public var id: String
    public var name: String?
    public var email: String?
    public var createdAt: Int64
    public var updatedAt: Int64

    public init(id: String, name: String? = nil, email: String? = nil, createdAt: Int64, updatedAt: Int64) {
        self.id = id
        self.name = name
        self.email = email
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
