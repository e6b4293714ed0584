import Foundation

/// One private (0700) folder per test process, under the system temp directory, removed when the
/// process exits. Tests put every file they make under it, so a run leaves nothing behind — no
/// transcript, database or key file with fixture health data lingering in /tmp.
public enum ScratchFolder {
    public static let root: URL = {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("cadence-tests-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { fatalError("cannot create a private temporary folder under \(template)") }
        atexit { try? FileManager.default.removeItem(at: ScratchFolder.root) }
        return URL(fileURLWithPath: String(cString: made), isDirectory: true)
    }()

    /// A fresh, empty folder under the root (`prefix-UUID`).
    public static func folder(_ prefix: String) throws -> URL {
        let url = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
