import Foundation

/// Output conventions: data on stdout, messages on stderr, colour only on a terminal without
/// NO_COLOR, and JSON (sorted keys, seed field names) for `--json`.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }

    static func note(_ message: String) {
        error(message)
    }

    /// A dim aside on stderr (the transcript's path, a tool being called), wrapped at words for a
    /// terminal first — colour codes would count as columns — so a long path moves to its own row
    /// instead of being cut in two beside other text.
    static func aside(_ message: String) {
        let wrapped = isatty(STDERR_FILENO) == 1 ? WordWrapper.wrap(message, width: columns(of: STDERR_FILENO)) : message
        note(dim(wrapped))
    }

    static var usesColor: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) == 1
    }

    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 }

    /// The width of the terminal on `descriptor`: the window size, else $COLUMNS, else 80.
    static func columns(of descriptor: Int32 = STDOUT_FILENO) -> Int {
        var size = winsize()
        if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        return 80
    }

    static func bold(_ text: String) -> String { usesColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    static func dim(_ text: String) -> String { usesColor ? "\u{1B}[2m\(text)\u{1B}[0m" : text }

    /// Text from outside (an imported activity's name) made safe to print: control characters,
    /// escape sequences among them, are shown as `\u{1B}` instead of acting on the terminal.
    static func printable(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || (0x7F ..< 0xA0).contains(scalar.value) {
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func jsonData<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    static func printJSON<T: Encodable>(_ value: T) throws {
        var data = try jsonData(value)
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }
}
