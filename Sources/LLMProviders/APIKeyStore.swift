import Foundation
import LLM

/// Where a key was found. Never holds the key itself.
public enum KeySource: Sendable, Hashable, CustomStringConvertible {
    case environment(variable: String)
    case file(path: String)

    public var description: String {
        switch self {
        case .environment(let variable): return "environment variable \(variable)"
        case .file(let path): return "keys file \(path)"
        }
    }
}

/// A key and where it came from. `description` never shows the value.
public struct ResolvedKey: Sendable, CustomStringConvertible {
    public var value: String
    public var source: KeySource
    public var description: String { "key from \(source)" }
}

/// API keys from the environment (the provider's own variable, e.g. `OPENAI_API_KEY`, then
/// `CADENCE_API_KEY`) or from `$CADENCE_HOME/keys.json`, a file readable by its owner only (mode 0600).
public struct APIKeyStore: Sendable {
    public var home: URL
    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
        self.home = Self.cadenceHome(environment: environment)
    }

    /// `$CADENCE_HOME`, or `~/.cadence`.
    public static func cadenceHome(environment: [String: String]) -> URL {
        if let home = environment["CADENCE_HOME"], !home.isEmpty {
            return URL(fileURLWithPath: (home as NSString).expandingTildeInPath, isDirectory: true)
        }
        let user = environment["HOME"].map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return user.appendingPathComponent(".cadence", isDirectory: true)
    }

    public var keysFile: URL { home.appendingPathComponent("keys.json") }

    /// The key to use for `provider`, or nil when none is configured.
    public func key(for provider: ModelProvider) throws -> ResolvedKey? {
        for variable in [provider.keyVariable, ModelProvider.genericKeyVariable].compactMap({ $0 }) {
            if let value = environment[variable]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty {
                return ResolvedKey(value: value, source: .environment(variable: variable))
            }
        }
        if let value = try storedKeys()[provider.name], !value.isEmpty {
            return ResolvedKey(value: value, source: .file(path: keysFile.path))
        }
        return nil
    }

    /// Saves `key` for `provider` in the keys file, created with mode 0600 (and its folder 0700).
    public func setKey(_ key: String, for provider: ModelProvider) throws {
        let trimmed = key.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !trimmed.contains(where: { $0.isWhitespace }) else {
            throw LLMError(.configuration, "The key is empty or contains spaces. Paste the key exactly as the provider shows it.")
        }
        var keys = try storedKeys()
        keys[provider.name] = trimmed
        try write(keys)
    }

    /// Removes the stored key for `provider`; returns whether there was one.
    @discardableResult
    public func removeKey(for provider: ModelProvider) throws -> Bool {
        var keys = try storedKeys()
        guard keys.removeValue(forKey: provider.name) != nil else { return false }
        try write(keys)
        return true
    }

    private func storedKeys() throws -> [String: String] {
        guard FileManager.default.fileExists(atPath: keysFile.path) else { return [:] }
        guard let data = FileManager.default.contents(atPath: keysFile.path),
              let keys = try? JSONDecoder().decode([String: String].self, from: data)
        else {
            throw LLMError(.configuration, "The keys file \(keysFile.path) is unreadable or not a JSON object of provider names to keys. Delete it and run `cadence keys set PROVIDER` again.")
        }
        return keys
    }

    private func write(_ keys: [String: String]) throws {
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: home, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let data = try encoder.encode(keys)
            // Write a private temporary file, then move it over the old one.
            let temporary = home.appendingPathComponent(".keys-\(UUID().uuidString).tmp")
            guard manager.createFile(atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteUnknown)
            }
            try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: temporary.path)
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.write(contentsOf: data)
            try handle.close()
            guard rename(temporary.path, keysFile.path) == 0 else {
                try? manager.removeItem(at: temporary)
                throw CocoaError(.fileWriteUnknown)
            }
            try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: keysFile.path)
        } catch let error as LLMError {
            throw error
        } catch {
            throw LLMError(.configuration, "Could not write the keys file \(keysFile.path). Check that \(home.path) is writable.")
        }
    }
}
