/// A key the line editor acts on.
enum Key: Equatable {
    case character(Character)
    case enter, backspace, delete
    case left, right, home, end, wordLeft, wordRight
    case up, down
    /// Ctrl-U, Ctrl-W (and Alt-Backspace), Ctrl-K.
    case killToStart, killWordBack, killToEnd
    /// Ctrl-C, Ctrl-D.
    case interrupt, endOfInput
    /// Bracketed paste (`ESC [200~` … `ESC [201~`): what comes between was pasted, not typed.
    case pasteStart, pasteEnd

    var isCharacter: Bool {
        if case .character = self { true } else { false }
    }
}

/// Turns the bytes a terminal sends into keys: UTF-8 text, control keys, and the escape
/// sequences of xterm, tmux, screen, rxvt and the Linux console for the arrows, Home, End and
/// Delete (CSI `ESC [`, SS3 `ESC O`, with modifiers such as Ctrl-← `ESC [1;5D`) and Alt-B/F.
/// A sequence it does not know is swallowed whole, never inserted as text.
struct KeyDecoder {
    private enum State: Equatable {
        case ground
        /// After ESC.
        case escape
        /// After `ESC [`: parameter and intermediate bytes so far.
        case csi([UInt8])
        /// After `ESC O`.
        case ss3
    }

    private var state = State.ground
    private var utf8: [UInt8] = []
    /// A sequence longer than this is not one a key sends: it is dropped.
    static let maxSequence = 16

    /// The keys completed by `byte` (none while a sequence or a character is incomplete).
    mutating func feed(_ byte: UInt8) -> [Key] {
        switch state {
        case .ground:
            return ground(byte)
        case .escape:
            state = .ground
            switch byte {
            case UInt8(ascii: "["): state = .csi([])
            case UInt8(ascii: "O"): state = .ss3
            case UInt8(ascii: "b"), UInt8(ascii: "B"): return [.wordLeft]
            case UInt8(ascii: "f"), UInt8(ascii: "F"): return [.wordRight]
            case 0x7F, 0x08: return [.killWordBack]
            case 0x1B: state = .escape  // ESC ESC: the second one starts afresh
            default: break  // another Alt- key: ignored
            }
            return []
        case .csi(var bytes):
            if (0x20 ... 0x3F).contains(byte) {
                bytes.append(byte)
                state = bytes.count > Self.maxSequence ? .ground : .csi(bytes)
                return []
            }
            state = .ground
            guard (0x40 ... 0x7E).contains(byte) else { return [] }  // not a CSI final byte: drop the sequence
            return Self.csi(parameters: String(decoding: bytes, as: UTF8.self), final: byte)
        case .ss3:
            state = .ground
            switch byte {
            case UInt8(ascii: "A"): return [.up]
            case UInt8(ascii: "B"): return [.down]
            case UInt8(ascii: "C"): return [.right]
            case UInt8(ascii: "D"): return [.left]
            case UInt8(ascii: "H"): return [.home]
            case UInt8(ascii: "F"): return [.end]
            default: return []
            }
        }
    }

    private mutating func ground(_ byte: UInt8) -> [Key] {
        if byte < 0x80 { utf8 = [] }
        switch byte {
        case 0x1B: state = .escape; return []
        case 0x0D, 0x0A: return [.enter]
        case 0x7F, 0x08: return [.backspace]
        case 0x01: return [.home]  // Ctrl-A
        case 0x02: return [.left]  // Ctrl-B
        case 0x03: return [.interrupt]
        case 0x04: return [.endOfInput]
        case 0x05: return [.end]  // Ctrl-E
        case 0x06: return [.right]  // Ctrl-F
        case 0x0B: return [.killToEnd]  // Ctrl-K
        case 0x0E: return [.down]  // Ctrl-N
        case 0x10: return [.up]  // Ctrl-P
        case 0x15: return [.killToStart]  // Ctrl-U
        case 0x17: return [.killWordBack]  // Ctrl-W
        case 0x09: return [.character(" ")]  // Tab: a space (no completion)
        case 0x00 ..< 0x20: return []  // other control keys: ignored
        case 0x20 ..< 0x80: return [.character(Character(Unicode.Scalar(byte)))]
        default:
            // UTF-8: collect a character's bytes before inserting it; a broken one is dropped.
            if byte & 0xC0 != 0x80 { utf8 = [] }
            utf8.append(byte)
            let expected = utf8[0] >= 0xF0 ? 4 : utf8[0] >= 0xE0 ? 3 : utf8[0] >= 0xC0 ? 2 : 0
            guard expected > 0 else { utf8 = []; return [] }
            guard utf8.count >= expected else { return [] }
            defer { utf8 = [] }
            guard let text = String(validating: utf8, as: UTF8.self), let character = text.first, text.count == 1 else { return [] }
            return [.character(character)]
        }
    }

    /// `ESC [ parameters final`.
    static func csi(parameters: String, final: UInt8) -> [Key] {
        let fields = parameters.split(separator: ";", omittingEmptySubsequences: false)
        // xterm modifiers: 1 + (Shift 1, Alt 2, Ctrl 4); Ctrl or Alt with ← → moves by words.
        let modifier = fields.count > 1 ? Int(fields[1]) ?? 1 : 1
        let byWord = modifier > 1 && (modifier - 1) & 0b110 != 0
        switch final {
        case UInt8(ascii: "A"): return [.up]
        case UInt8(ascii: "B"): return [.down]
        case UInt8(ascii: "C"): return [byWord ? .wordRight : .right]
        case UInt8(ascii: "D"): return [byWord ? .wordLeft : .left]
        case UInt8(ascii: "H"): return [.home]
        case UInt8(ascii: "F"): return [.end]
        case UInt8(ascii: "~"):
            switch fields.first.flatMap({ Int($0) }) {
            case 1, 7: return [.home]  // screen/tmux/Linux console, rxvt
            case 4, 8: return [.end]
            case 3: return [.delete]
            case 200: return [.pasteStart]
            case 201: return [.pasteEnd]
            default: return []  // Insert, Page Up/Down, F-keys
            }
        default: return []
        }
    }
}
