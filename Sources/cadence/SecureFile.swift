import Foundation

/// Files that may hold health data or keys are created readable by their owner only.
enum SecureFile {
    static func write(_ data: Data, to path: String) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: path) {
            try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        } else if !manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) {
            throw UserError("cannot create \(path); check that its folder exists and is writable")
        }
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw UserError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
