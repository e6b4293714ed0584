import Foundation
import Testing
@testable import cadence

/// The chat's line editor as pure parts: bytes to keys, keys to the line, the line to the screen,
/// and replies wrapped at word boundaries.
struct KeyDecoderTests {
    static func keys(_ bytes: [UInt8]) -> [Key] {
        var decoder = KeyDecoder()
        return bytes.flatMap { decoder.feed($0) }
    }

    static func keys(_ text: String) -> [Key] { keys(Array(text.utf8)) }

    @Test func homeEndAndDeleteInTheSequencesOfEachTerminal() {
        // xterm (normal and application mode), screen/tmux/Linux console, rxvt.
        for home in ["\u{1B}[H", "\u{1B}OH", "\u{1B}[1~", "\u{1B}[7~"] { #expect(Self.keys(home) == [.home], "\(Array(home.utf8))") }
        for end in ["\u{1B}[F", "\u{1B}OF", "\u{1B}[4~", "\u{1B}[8~"] { #expect(Self.keys(end) == [.end], "\(Array(end.utf8))") }
        #expect(Self.keys("\u{1B}[3~") == [.delete])
        #expect(Self.keys("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D") == [.up, .down, .right, .left])
        #expect(Self.keys("\u{1B}OA\u{1B}OB\u{1B}OC\u{1B}OD") == [.up, .down, .right, .left])
    }

    @Test func wordMovementWithAltAndControlArrows() {
        #expect(Self.keys("\u{1B}b\u{1B}f") == [.wordLeft, .wordRight])
        #expect(Self.keys("\u{1B}[1;5D\u{1B}[1;5C") == [.wordLeft, .wordRight])  // Ctrl-← →
        #expect(Self.keys("\u{1B}[1;3D\u{1B}[1;3C") == [.wordLeft, .wordRight])  // Alt-← →
        #expect(Self.keys("\u{1B}[1;2D") == [.left], "Shift-← is a plain move")
        #expect(Self.keys([0x1B, 0x7F]) == [.killWordBack], "Alt-Backspace")
    }

    @Test func controlKeys() {
        #expect(Self.keys([0x01, 0x05, 0x15, 0x17, 0x0B, 0x03, 0x04, 0x0D, 0x7F, 0x08]) ==
            [.home, .end, .killToStart, .killWordBack, .killToEnd, .interrupt, .endOfInput, .enter, .backspace, .backspace])
        #expect(Self.keys([0x02, 0x06, 0x10, 0x0E]) == [.left, .right, .up, .down])
        #expect(Self.keys([0x07, 0x0C, 0x1A, 0x00]) == [], "other control keys are ignored")
    }

    @Test func unknownSequencesAreSwallowedNeverInserted() {
        // Insert, Page Up/Down, F5, F1 (SS3), a mouse report, Alt-x (paste marks are keys: `aPastedListIsOneMessage`).
        for sequence in ["\u{1B}[2~", "\u{1B}[5~", "\u{1B}[6~", "\u{1B}[15~", "\u{1B}OP", "\u{1B}[<0;12;5M", "\u{1B}x"] {
            #expect(Self.keys(sequence + "a") == [.character("a")], "\(Array(sequence.utf8))")
        }
        // An overlong or broken sequence ends and what follows is read normally.
        #expect(Self.keys("\u{1B}[" + String(repeating: "1", count: 40) + "a") == Array(repeating: .character("1"), count: 23) + [.character("a")])
    }

    @Test func utf8CharactersArriveWhole() {
        #expect(Self.keys("é€🏃") == [.character("é"), .character("€"), .character("🏃")])
        #expect(Self.keys([0xC3, 0x41]) == [.character("A")], "a broken sequence is dropped")
        #expect(Self.keys([0xFF, 0x41]) == [.character("A")])
    }
}

struct LineBufferTests {
    static func typed(_ text: String, then keys: [Key] = [], history: [String] = []) -> (LineBuffer, [LineBuffer.Outcome]) {
        var buffer = LineBuffer(history: history)
        var outcomes: [LineBuffer.Outcome] = []
        for character in text { outcomes.append(buffer.apply(.character(character))) }
        for key in keys { outcomes.append(buffer.apply(key)) }
        return (buffer, outcomes)
    }

    @Test func movingAndDeleting() {
        var (buffer, _) = Self.typed("run easy", then: [.home, .delete, .end, .backspace])
        #expect(buffer.line == "un eas" && buffer.cursor == 6)
        _ = buffer.apply(.home)
        _ = buffer.apply(.character("R"))
        #expect(buffer.line == "Run eas" && buffer.cursor == 1)
        #expect(buffer.apply(.left) == .editing(redraw: true))
        #expect(buffer.apply(.left) == .editing(redraw: false), "nothing to the left: nothing to redraw")
        #expect(buffer.apply(.backspace) == .editing(redraw: false))
    }

    @Test func ctrlUWAndK() {
        var (buffer, _) = Self.typed("I run 30 km a week", then: [.killWordBack])
        #expect(buffer.line == "I run 30 km a ")
        _ = buffer.apply(.killWordBack)
        #expect(buffer.line == "I run 30 km ")
        _ = buffer.apply(.wordLeft)
        _ = buffer.apply(.wordLeft)
        #expect(buffer.cursor == 6)
        _ = buffer.apply(.killToEnd)
        #expect(buffer.line == "I run ")
        _ = buffer.apply(.left)
        _ = buffer.apply(.killToStart)
        #expect(buffer.line == " " && buffer.cursor == 0)
    }

    @Test func wordMovementSkipsPunctuation() {
        var (buffer, _) = Self.typed("half-marathon, 1:45", then: [.home, .wordRight])
        #expect(buffer.cursor == 4)
        _ = buffer.apply(.wordRight)
        #expect(buffer.cursor == 13)
        _ = buffer.apply(.end)
        _ = buffer.apply(.wordLeft)
        #expect(buffer.cursor == 17)
    }

    @Test func enterCtrlCAndCtrlD() {
        #expect(Self.typed("hello", then: [.enter]).1.last == .submit("hello"))
        var (buffer, outcomes) = Self.typed("hello", then: [.interrupt])
        #expect(outcomes.last == .editing(redraw: true) && buffer.line.isEmpty, "Ctrl-C clears a line")
        #expect(buffer.apply(.interrupt) == .interrupt, "and ends the session at an empty one")
        (buffer, _) = Self.typed("ab", then: [.home, .endOfInput])
        #expect(buffer.line == "b", "Ctrl-D deletes under the cursor")
        var empty = LineBuffer()
        #expect(empty.apply(.endOfInput) == .endOfInput)
    }

    @Test func historyKeepsTheDraft() {
        var (buffer, _) = Self.typed("draft", history: ["first", "second"])
        _ = buffer.apply(.up)
        #expect(buffer.line == "second")
        _ = buffer.apply(.up)
        _ = buffer.apply(.up)
        #expect(buffer.line == "first")
        _ = buffer.apply(.down)
        _ = buffer.apply(.down)
        #expect(buffer.line == "draft" && buffer.cursor == 5)
    }

    /// A list pasted in one go (bracketed paste) is one message: its line breaks do not send it,
    /// show as one cell each, and become newlines when Enter sends it. Typed Enter still sends.
    @Test func aPastedListIsOneMessage() {
        var buffer = LineBuffer()
        var sent: [String] = []
        let pasted = "\u{1B}[200~- Name: Max\r\n- Age: 40\r\n\r\n- Goal: a marathon\r\n\u{1B}[201~"
        for key in KeyDecoderTests.keys(pasted) + KeyDecoderTests.keys("\r") {
            if case .submit(let line) = buffer.apply(key) { sent.append(LineBuffer.message(from: line)) }
        }
        #expect(sent == ["- Name: Max\n- Age: 40\n- Goal: a marathon"])
        #expect(!buffer.pasting)
        // Outside a paste every Enter sends, and a line without pasted breaks is sent as typed.
        var typed = LineBuffer()
        for character in "a " { _ = typed.apply(.character(character)) }
        #expect(typed.apply(.enter) == .submit("a "))
        #expect(LineBuffer.message(from: "a ") == "a ")
        #expect(KeyDecoderTests.keys("\u{1B}[200~\u{1B}[201~") == [.pasteStart, .pasteEnd])
    }

    @Test func aHugePasteStopsGrowing() {
        var buffer = LineBuffer()
        for _ in 0 ..< LineBuffer.maxLength + 10 { _ = buffer.apply(.character("x")) }
        #expect(buffer.text.count == LineBuffer.maxLength)
    }
}

/// The renderer checked on a small VT100 screen model (`Screen`): what a person would see.
struct LineRendererTests {
    /// Enough of a terminal for the renderer's output: printable text with autowrap (a pending
    /// wrap at the margin), CR, LF, CSI A/B/C (cursor moves) and J (erase below).
    struct Screen {
        let width: Int
        var rows: [[Character]] = [[]]
        var row = 0, column = 0
        var pendingWrap = false

        mutating func write(_ text: String) {
            var characters = Array(text)
            var index = 0
            while index < characters.count {
                let character = characters[index]
                index += 1
                switch character {
                case "\r": column = 0; pendingWrap = false
                case "\n": down(1); pendingWrap = false
                case "\r\n": column = 0; down(1); pendingWrap = false
                case "\u{1B}":
                    guard index < characters.count, characters[index] == "[" else { continue }
                    index += 1
                    var number = ""
                    while index < characters.count, characters[index].isNumber { number.append(characters[index]); index += 1 }
                    let final = characters[index]
                    index += 1
                    let count = Int(number) ?? 1
                    pendingWrap = false
                    switch final {
                    case "A": row = max(0, row - count)
                    case "B": down(count)
                    case "C": column = min(width - 1, column + count)
                    case "J": rows[row] = Array(rows[row].prefix(column)); rows.removeSubrange((row + 1)...)
                    default: Issue.record("unexpected sequence ESC [\(number)\(final)")
                    }
                default:
                    if pendingWrap { column = 0; down(1); pendingWrap = false }
                    while rows[row].count < column { rows[row].append(" ") }
                    if column < rows[row].count { rows[row][column] = character } else { rows[row].append(character) }
                    if column == width - 1 { pendingWrap = true } else { column += 1 }
                }
            }
            characters = []
        }

        mutating func down(_ count: Int) {
            row += count
            while rows.count <= row { rows.append([]) }
        }

        var lines: [String] { rows.map { String($0) } }
    }

    static func draw(_ text: String, width: Int, keys: [Key] = []) -> (Screen, LineRenderer, LineBuffer) {
        var screen = Screen(width: width)
        var renderer = LineRenderer(prompt: "› ", width: width)
        var buffer = LineBuffer()
        screen.write(renderer.redraw(buffer))
        for character in text {
            _ = buffer.apply(.character(character))
            screen.write(renderer.appendedLast(buffer))
        }
        for key in keys {
            _ = buffer.apply(key)
            screen.write(renderer.redraw(buffer))
        }
        return (screen, renderer, buffer)
    }

    @Test func longInputWrapsOverRowsWithOnePrompt() {
        let text = String(repeating: "abcdefghij", count: 15)  // 150 characters at 20 columns
        let (screen, _, _) = Self.draw(text, width: 20)
        #expect(screen.lines.joined().filter { $0 == "›" }.count == 1)
        #expect(screen.lines.joined().trimmingCharacters(in: .whitespaces) == "› " + text)
        #expect(screen.lines.first == "› abcdefghijabcdefgh")
        #expect(screen.row == 7 && screen.column == 12, "the cursor after the last character")
    }

    @Test func editingInTheMiddleRedrawsInPlace() {
        let text = String(repeating: "word ", count: 10)  // 50 characters
        var (screen, renderer, buffer) = Self.draw(text, width: 16, keys: [.home, .wordRight, .wordRight])
        #expect(buffer.cursor == 9)
        #expect(screen.row == 0 && screen.column == 11, "the cursor is over the 10th character")
        _ = buffer.apply(.character("X"))
        screen.write(renderer.redraw(buffer))
        #expect(screen.lines.joined() == "› word wordX word word word word word word word word ")
        #expect(screen.lines.joined().filter { $0 == "›" }.count == 1)
        _ = buffer.apply(.end)
        screen.write(renderer.redraw(buffer))
        #expect(screen.row == 3 && screen.column == 5)
        _ = buffer.apply(.killToStart)
        screen.write(renderer.redraw(buffer))
        #expect(screen.lines == ["› "], "the wrapped rows are cleared")
        screen.write(renderer.finish(buffer))
        #expect(screen.row == 1 && screen.column == 0)
    }

    @Test func exactlyFullRowsAndFinish() {
        var (screen, renderer, buffer) = Self.draw(String(repeating: "x", count: 18), width: 10, keys: [])
        // "› " + 18 = 20 cells: two full rows; the cursor waits at the start of the third.
        #expect(screen.row == 2 && screen.column == 0)
        _ = buffer.apply(.home)
        screen.write(renderer.redraw(buffer))
        #expect(screen.row == 0 && screen.column == 2)
        screen.write(renderer.finish(buffer))
        #expect(screen.row == 2 && screen.column == 0, "below the line, not over it")
        #expect(screen.lines.prefix(2) == ["› xxxxxxxx", "xxxxxxxxxx"])
    }

    @Test func wideCharactersTakeTwoCells() {
        #expect(LineRenderer.cells("日本") == 4)
        #expect(LineRenderer.cells("🏃") == 2)
        #expect(LineRenderer.cells("é") == 1)
    }
}

struct WordWrapperTests {
    @Test func wrapsAtWordsNeverMidWord() {
        let text = "Hi, I'm your running coach. Tell me what you are training for and how far you run in a week."
        let wrapped = WordWrapper.wrap(text, width: 30)
        for line in wrapped.split(separator: "\n") { #expect(line.count <= 30, "\(line)") }
        #expect(wrapped.replacingOccurrences(of: "\n", with: " ") == text)
        #expect(wrapped.split(separator: "\n").first == "Hi, I'm your running coach.")
    }

    @Test func streamedInPiecesGivesTheSameText() {
        let text = "Easy runs build the base: most of your week should feel conversational.\nThen one quality session."
        var wrapper = WordWrapper(width: 24)
        var streamed = ""
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 3, limitedBy: text.endIndex) ?? text.endIndex
            streamed += wrapper.feed(String(text[index ..< next]))
            index = next
        }
        streamed += wrapper.flush()
        #expect(streamed == WordWrapper.wrap(text, width: 24))
        #expect(streamed.split(separator: "\n").allSatisfy { $0.count <= 24 })
        #expect(streamed.contains("\nThen one quality"))
    }

    @Test func longWordsBreakAndIndentationStays() {
        #expect(WordWrapper.wrap(String(repeating: "a", count: 25), width: 10) == "aaaaaaaaaa\naaaaaaaaaa\naaaaa")
        #expect(WordWrapper.wrap("  - first\n  - second", width: 40) == "  - first\n  - second")
    }
}
