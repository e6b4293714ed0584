import Foundation

/// Finds Cadence's data folders (`KnowledgeBase`, `prompts`), in this order: the command-line
/// option, the environment variable, the current folder (`swift run` in the repository),
/// `../share/cadence/NAME` beside the executable (an installed binary), and last the source
/// checkout the binary was built from.
enum ResourceLocator {
    static func find(_ name: String, option: String?, environment variable: String) -> URL? {
        if let option { return URL(fileURLWithPath: option) }
        if let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty { return URL(fileURLWithPath: value) }
        var candidates = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(name)]
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/cadence/\(name)"))
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent(name))
        return candidates.first { isFolder($0) }
    }

    static func isFolder(_ url: URL) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &folder) && folder.boolValue
    }
}
