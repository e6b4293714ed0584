/// Wraps text at word boundaries for a terminal `width` columns wide, as it streams in: a word
/// is held back until it is complete (a space or newline follows, or `flush`), then written on
/// this row or the next. The spaces where a row breaks are dropped; a word wider than a row is
/// broken. Pure: it returns the text to write.
struct WordWrapper {
    let width: Int
    /// The column the next character goes to.
    private(set) var column = 0
    private var spaces = ""
    private var word = ""

    init(width: Int) { self.width = max(1, width) }

    /// The text that can be shown now, given `text` arrived.
    mutating func feed(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\n", "\r\n":
                out += placeWord()
                spaces = ""
                out += "\n"
                column = 0
            case " ", "\t":
                out += placeWord()
                spaces.append(" ")
            default:
                word.append(character)
                // A word wider than a row cannot be kept whole: break it.
                if LineRenderer.cells(word) >= width {
                    out += placeWord()
                }
            }
        }
        return out
    }

    /// What is held back (the last word), at the end of a reply.
    mutating func flush() -> String {
        let out = placeWord()
        spaces = ""
        return out
    }

    /// A text wrapped whole (not streamed).
    static func wrap(_ text: String, width: Int) -> String {
        var wrapper = WordWrapper(width: width)
        return wrapper.feed(text) + wrapper.flush()
    }

    private mutating func placeWord() -> String {
        guard !word.isEmpty else { return "" }
        defer { word = ""; spaces = "" }
        var out = ""
        let cells = LineRenderer.cells(word)
        if column > 0, column + spaces.count + cells > width {
            out += "\n"
            column = 0
        } else {
            // Spaces at the start of a row (indentation) are kept, up to the width.
            let kept = String(spaces.prefix(max(0, width - column - 1)))
            out += kept
            column += kept.count
        }
        for character in word {
            let size = LineRenderer.cells(character)
            if column + size > width {
                out += "\n"
                column = 0
            }
            out.append(character)
            column += size
        }
        return out
    }
}
