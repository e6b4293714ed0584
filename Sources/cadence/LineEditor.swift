import Foundation

/// Reads a line on a terminal with editing and history: ← → to move, ⌫ to delete, ↑ ↓ to walk
/// through earlier messages (kept across sessions in a file readable by you only), Ctrl-A/Ctrl-E
/// for start and end of line. Ctrl-C clears the line, or at an empty line ends input like Ctrl-D.
/// Raw mode lasts only while a line is read, so Ctrl-C during a reply is still a signal.
final class LineEditor {
    enum Input: Equatable {
        case line(String)
        case end
    }

    private let historyFile: URL
    private(set) var history: [String]
    static let historyLimit = 500

    init(historyFile: URL) {
        self.historyFile = historyFile
        let text = (try? String(contentsOf: historyFile, encoding: .utf8)) ?? ""
        history = text.split(separator: "\n").map(String.init)
    }

    func read(prompt: String) -> Input {
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else {
            FileHandle.standardError.write(Data(prompt.utf8))
            return readLine(strippingNewline: true).map(Input.line) ?? .end
        }
        var raw = original
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        defer { tcsetattr(STDIN_FILENO, TCSANOW, &original) }

        var buffer: [Character] = []
        var cursor = 0
        var position = history.count
        var draft: [Character] = []
        func redraw() {
            let text = String(buffer)
            let back = buffer.count - cursor
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + prompt + text + (back > 0 ? "\u{1B}[\(back)D" : "")).utf8))
        }
        redraw()
        var pending = Data()
        while true {
            var byte: UInt8 = 0
            guard Foundation.read(STDIN_FILENO, &byte, 1) == 1 else { return .end }
            switch byte {
            case 0x0D, 0x0A:
                FileHandle.standardError.write(Data("\r\n".utf8))
                let line = String(buffer)
                remember(line)
                return .line(line)
            case 0x03:  // Ctrl-C
                if buffer.isEmpty {
                    FileHandle.standardError.write(Data("\r\n".utf8))
                    return .end
                }
                buffer = []
                cursor = 0
            case 0x04:  // Ctrl-D
                if buffer.isEmpty {
                    FileHandle.standardError.write(Data("\r\n".utf8))
                    return .end
                }
            case 0x01: cursor = 0
            case 0x05: cursor = buffer.count
            case 0x7F, 0x08:
                if cursor > 0 {
                    buffer.remove(at: cursor - 1)
                    cursor -= 1
                }
            case 0x1B:
                var sequence: [UInt8] = [0, 0]
                guard Foundation.read(STDIN_FILENO, &sequence[0], 1) == 1, sequence[0] == UInt8(ascii: "["),
                      Foundation.read(STDIN_FILENO, &sequence[1], 1) == 1 else { continue }
                switch sequence[1] {
                case UInt8(ascii: "A"), UInt8(ascii: "B"):
                    let up = sequence[1] == UInt8(ascii: "A")
                    if position == history.count { draft = buffer }
                    position = up ? max(0, position - 1) : min(history.count, position + 1)
                    buffer = position == history.count ? draft : Array(history[position])
                    cursor = buffer.count
                case UInt8(ascii: "C"): cursor = min(buffer.count, cursor + 1)
                case UInt8(ascii: "D"): cursor = max(0, cursor - 1)
                default: break
                }
            default:
                // UTF-8: collect a character's bytes before inserting it.
                pending.append(byte)
                guard let text = String(data: pending, encoding: .utf8) else {
                    if pending.count > 4 { pending = Data() }
                    continue
                }
                pending = Data()
                for character in text where !character.isNewline {
                    buffer.insert(character, at: cursor)
                    cursor += 1
                }
            }
            redraw()
        }
    }

    private func remember(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, history.last != trimmed else { return }
        history.append(trimmed)
        if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
        let data = Data((history.joined(separator: "\n") + "\n").utf8)
        // History may hold health details: owner-only, like everything under CADENCE_HOME.
        if !FileManager.default.fileExists(atPath: historyFile.path) {
            FileManager.default.createFile(atPath: historyFile.path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        try? data.write(to: historyFile)
    }
}
