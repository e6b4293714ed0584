import Foundation

/// Reads a line on a terminal with editing and history (kept across sessions in a file readable
/// by you only). Keys (`KeyDecoder`): ← → and Ctrl-B/F, Home/End and Ctrl-A/E, Alt-B/F and
/// Ctrl-← → by word, ⌫ and Delete, Ctrl-U/W/K to cut, ↑ ↓ and Ctrl-P/N through earlier messages.
/// Ctrl-C clears the line, or at an empty line ends the session; Ctrl-D at an empty line ends it.
/// A multi-line paste is one message (bracketed paste; its line breaks show as ⏎).
/// The line (`LineBuffer`) is redrawn in place over as many rows as it wraps to (`LineRenderer`).
/// Raw mode lasts only while a line is read, so Ctrl-C during a reply is still a signal.
final class LineEditor {
    enum Input: Equatable {
        case line(String)
        /// Ctrl-D at an empty line.
        case end
        /// Ctrl-C at an empty line.
        case interrupted
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
        func show(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
        // Bracketed paste, only while a line is read: a pasted list arrives as one message.
        show("\u{1B}[?2004h")
        defer {
            show("\u{1B}[?2004l")
            tcsetattr(STDIN_FILENO, TCSANOW, &original)
        }

        var buffer = LineBuffer(history: history)
        var renderer = LineRenderer(prompt: prompt, width: Terminal.columns(of: STDERR_FILENO))
        var decoder = KeyDecoder()
        show(renderer.redraw(buffer))
        while true {
            var byte: UInt8 = 0
            guard Foundation.read(STDIN_FILENO, &byte, 1) == 1 else {
                show(renderer.finish(buffer))
                return .end
            }
            for key in decoder.feed(byte) {
                let typedAtEnd = buffer.cursor == buffer.text.count
                switch buffer.apply(key) {
                case .editing(let redraw):
                    guard redraw else { continue }
                    renderer.width = Terminal.columns(of: STDERR_FILENO)
                    if key == .enter || key.isCharacter, typedAtEnd {
                        // Typed (or a pasted line break) at the end: only the new cell is drawn.
                        show(renderer.appendedLast(buffer))
                    } else {
                        show(renderer.redraw(buffer))
                    }
                case .submit(let line):
                    show(renderer.finish(buffer))
                    remember(line)
                    return .line(LineBuffer.message(from: line))
                case .interrupt:
                    show(renderer.finish(buffer))
                    return .interrupted
                case .endOfInput:
                    show(renderer.finish(buffer))
                    return .end
                }
            }
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
            _ = FileManager.default.createFile(atPath: historyFile.path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        try? data.write(to: historyFile)
    }
}
