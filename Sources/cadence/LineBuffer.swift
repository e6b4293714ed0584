/// The line being typed, as a pure state machine: keys in, the text and cursor out. What it
/// means on the screen is `LineRenderer`'s business; reading keys is `LineEditor`'s.
struct LineBuffer: Equatable {
    enum Outcome: Equatable {
        /// Keep reading; `redraw` is false when nothing visible changed.
        case editing(redraw: Bool)
        /// Enter: the line is done.
        case submit(String)
        /// Ctrl-C or Ctrl-D at an empty line.
        case interrupt, endOfInput
    }

    private(set) var text: [Character] = []
    private(set) var cursor = 0
    /// Earlier lines, oldest first; `position == history.count` is the line being typed.
    private(set) var history: [String]
    private var position: Int
    private var draft: [Character] = []
    /// A longer line is not grown further (bounded memory for a pasted file).
    static let maxLength = 16_384
    /// Inside a bracketed paste, Enter is a line of the pasted text, not the end of the message:
    /// a list pasted in one go is one message, as it was meant. The break is kept in the line as
    /// `lineBreak` (one visible cell, so the line still redraws in place) and becomes a newline
    /// when the message is sent (`message(from:)`).
    private(set) var pasting = false
    static let lineBreak: Character = "\u{23CE}"

    init(history: [String] = []) {
        self.history = history
        position = history.count
    }

    var line: String { String(text) }

    /// The message a submitted line stands for: pasted line breaks as newlines, none at the ends.
    static func message(from line: String) -> String {
        guard line.contains(lineBreak) else { return line }
        return line.split(separator: lineBreak, omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    mutating func apply(_ key: Key) -> Outcome {
        switch key {
        case .character(let character):
            guard text.count < Self.maxLength, !character.isNewline else { return .editing(redraw: false) }
            text.insert(character, at: cursor)
            cursor += 1
        case .enter:
            guard pasting else { return .submit(line) }
            // A CR LF pair, or the paste's first or last line ending, adds no empty line.
            guard cursor > 0, text[cursor - 1] != Self.lineBreak, text.count < Self.maxLength else { return .editing(redraw: false) }
            text.insert(Self.lineBreak, at: cursor)
            cursor += 1
        case .pasteStart:
            pasting = true
            return .editing(redraw: false)
        case .pasteEnd:
            pasting = false
            return .editing(redraw: false)
        case .backspace:
            guard cursor > 0 else { return .editing(redraw: false) }
            text.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < text.count else { return .editing(redraw: false) }
            text.remove(at: cursor)
        case .left: return move(to: cursor - 1)
        case .right: return move(to: cursor + 1)
        case .home: return move(to: 0)
        case .end: return move(to: text.count)
        case .wordLeft: return move(to: wordStart(before: cursor))
        case .wordRight: return move(to: wordEnd(after: cursor))
        case .killToStart:
            guard cursor > 0 else { return .editing(redraw: false) }
            text.removeSubrange(0 ..< cursor)
            cursor = 0
        case .killWordBack:
            let start = wordStart(before: cursor)
            guard start < cursor else { return .editing(redraw: false) }
            text.removeSubrange(start ..< cursor)
            cursor = start
        case .killToEnd:
            guard cursor < text.count else { return .editing(redraw: false) }
            text.removeSubrange(cursor...)
        case .up, .down:
            return walkHistory(up: key == .up)
        case .interrupt:
            // Ctrl-C clears a line; at an empty one it ends the session.
            guard !text.isEmpty else { return .interrupt }
            text = []
            cursor = 0
        case .endOfInput:
            // Ctrl-D ends input at an empty line, and deletes the character under the cursor otherwise.
            guard !text.isEmpty else { return .endOfInput }
            return apply(.delete)
        }
        return .editing(redraw: true)
    }

    private mutating func move(to target: Int) -> Outcome {
        let clamped = min(max(0, target), text.count)
        guard clamped != cursor else { return .editing(redraw: false) }
        cursor = clamped
        return .editing(redraw: true)
    }

    /// The start of the word before `index` (skipping the spaces just before it), as Ctrl-W and Alt-B.
    func wordStart(before index: Int) -> Int {
        var start = index
        while start > 0, !Self.isWord(text[start - 1]) { start -= 1 }
        while start > 0, Self.isWord(text[start - 1]) { start -= 1 }
        return start
    }

    /// The end of the word after `index`, as Alt-F.
    func wordEnd(after index: Int) -> Int {
        var end = index
        while end < text.count, !Self.isWord(text[end]) { end += 1 }
        while end < text.count, Self.isWord(text[end]) { end += 1 }
        return end
    }

    static func isWord(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    private mutating func walkHistory(up: Bool) -> Outcome {
        let target = up ? position - 1 : position + 1
        guard (0 ... history.count).contains(target) else { return .editing(redraw: false) }
        if position == history.count { draft = text }
        position = target
        text = position == history.count ? draft : Array(history[position])
        cursor = text.count
        return .editing(redraw: true)
    }
}
