import Foundation
import LLM
import LLMProviders
import Testing
import CadenceTestSupport

@Suite("API keys")
struct APIKeyStoreTests {
    let home = ScratchFolder.root.appendingPathComponent("cadence-keys-\(UUID().uuidString)")

    @Test("provider variable, then CADENCE_API_KEY, then the keys file")
    func precedence() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        var store = APIKeyStore(environment: ["CADENCE_HOME": home.path])
        #expect(try store.key(for: .openai) == nil)
        try store.setKey("sk-file-key\n", for: .openai)
        #expect(try store.key(for: .openai)?.value == "sk-file-key")
        #expect(try store.key(for: .openai)?.source == .file(path: store.keysFile.path))
        #expect(try store.key(for: .anthropic) == nil)
        store.environment["CADENCE_API_KEY"] = "generic"
        #expect(try store.key(for: .anthropic)?.source == .environment(variable: "CADENCE_API_KEY"))
        store.environment["OPENAI_API_KEY"] = "sk-env"
        let resolved = try #require(try store.key(for: .openai))
        #expect(resolved.value == "sk-env")
        #expect(!resolved.description.contains("sk-env"))
    }

    @Test("the keys file is created with mode 0600 and its folder 0700; remove deletes one key")
    func filePermissions() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let store = APIKeyStore(environment: ["CADENCE_HOME": home.path])
        try store.setKey("sk-a", for: .openai)
        try store.setKey("sk-b", for: .anthropic)
        let attributes = try FileManager.default.attributesOfItem(atPath: store.keysFile.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: home.path)
        #expect((folder[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        #expect(try store.removeKey(for: .openai))
        #expect(try store.key(for: .openai) == nil)
        #expect(try store.key(for: .anthropic)?.value == "sk-b")
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path) == ["keys.json"])
    }

    @Test("empty keys are refused; a corrupt file is a configuration error that shows no content")
    func badInput() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let store = APIKeyStore(environment: ["CADENCE_HOME": home.path])
        #expect(throws: LLMError.self) { try store.setKey("  \n", for: .openai) }
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try Data("sk-oops-not-json".utf8).write(to: store.keysFile)
        let error = #expect(throws: LLMError.self) { try store.key(for: .openai) }
        #expect(error?.kind == .configuration)
        #expect(error?.message.contains("sk-oops") == false)
    }
}
