/// Draws the prompt and the line being typed when they are longer than the terminal is wide:
/// it remembers which wrapped row the cursor is on, moves back to the prompt's row with cursor
/// movement and redraws in place (never a new prompt per keystroke). Typing at the end of the
/// line writes just the character. Pure: it returns the bytes to write.
struct LineRenderer {
    let prompt: String
    /// Terminal columns; read again before each drawing (the window may be resized).
    var width: Int
    /// The cursor's row below the prompt's first row, as last drawn.
    private(set) var cursorRow = 0

    init(prompt: String, width: Int) {
        self.prompt = prompt
        self.width = max(1, width)
    }

    /// The prompt and the whole line, redrawn from the prompt's row, the cursor put back in place.
    mutating func redraw(_ buffer: LineBuffer) -> String {
        var out = cursorRow > 0 ? "\u{1B}[\(cursorRow)A" : ""
        out += "\r\u{1B}[J" + prompt + buffer.line
        let end = position(of: buffer.text.count, in: buffer)
        // Text that exactly fills its last row leaves the terminal's cursor at the margin; a
        // newline puts it where the layout says (the start of the next row).
        if end.column == 0, end.row > 0 { out += "\r\n" }
        out += move(from: end, to: position(of: buffer.cursor, in: buffer))
        cursorRow = position(of: buffer.cursor, in: buffer).row
        return out
    }

    /// The last character typed at the end of the line, written alone.
    mutating func appendedLast(_ buffer: LineBuffer) -> String {
        guard let last = buffer.text.last, buffer.cursor == buffer.text.count else { return redraw(buffer) }
        let end = position(of: buffer.text.count, in: buffer)
        cursorRow = end.row
        return String(last) + (end.column == 0 && end.row > 0 ? "\r\n" : "")
    }

    /// Moves below the line (after Enter or at the end), ready for what comes next.
    mutating func finish(_ buffer: LineBuffer) -> String {
        let end = position(of: buffer.text.count, in: buffer)
        let cursor = position(of: buffer.cursor, in: buffer)
        cursorRow = 0
        let down = end.row - cursor.row
        return (down > 0 ? "\u{1B}[\(down)B" : "") + (end.column == 0 && end.row > 0 ? "\r" : "\r\n")
    }

    /// Row and column (from 0) where character `index` of the line starts, after the prompt.
    func position(of index: Int, in buffer: LineBuffer) -> (row: Int, column: Int) {
        var row = 0, column = 0
        func advance(_ character: Character) {
            let cells = Self.cells(character)
            if column + cells > width { row += 1; column = 0 }  // a wide character does not split
            column += cells
            if column >= width { row += 1; column = 0 }
        }
        prompt.forEach(advance)
        buffer.text.prefix(index).forEach(advance)
        return (row, column)
    }

    private func move(from: (row: Int, column: Int), to: (row: Int, column: Int)) -> String {
        var out = ""
        if from.row > to.row { out += "\u{1B}[\(from.row - to.row)A" }
        if from.column != to.column || from.row != to.row {
            out += "\r" + (to.column > 0 ? "\u{1B}[\(to.column)C" : "")
        }
        return out
    }

    /// Terminal cells a character takes: 2 for East Asian wide characters and emoji, 0 for
    /// control characters, else 1.
    static func cells(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let value = scalar.value
        if value < 0x20 || (0x7F ..< 0xA0).contains(value) { return 0 }
        let wide: [ClosedRange<UInt32>] = [0x1100 ... 0x115F, 0x2E80 ... 0x303E, 0x3041 ... 0x33FF, 0x3400 ... 0x4DBF, 0x4E00 ... 0x9FFF,
                                           0xA000 ... 0xA4CF, 0xAC00 ... 0xD7A3, 0xF900 ... 0xFAFF, 0xFE30 ... 0xFE4F, 0xFF00 ... 0xFF60,
                                           0xFFE0 ... 0xFFE6, 0x1F300 ... 0x1F64F, 0x1F900 ... 0x1F9FF, 0x20000 ... 0x3FFFD]
        return wide.contains { $0.contains(value) } ? 2 : 1
    }

    static func cells(_ text: some StringProtocol) -> Int { text.reduce(0) { $0 + cells($1) } }
}
