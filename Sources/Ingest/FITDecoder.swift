import Foundation

/// A FIT decoder (Garmin's Flexible and Interoperable Data Transfer protocol): file header and
/// CRCs, definition and data messages (either byte order, redefinition of local types),
/// compressed-timestamp headers, developer fields, and chained files (several header…CRC blocks
/// one after the other).
///
/// `decode` rejects a damaged file whole. `decodeSalvaging` keeps what a truncated file holds:
/// every complete message before the point where the bytes run out (the file CRC, at the end, is
/// then missing and cannot be checked), and says what was lost. A wrong CRC or a structural
/// error in a complete file is still an error: there is no telling which part is damaged.
/// A file may hold at most `maxMessages` messages.
public enum FITDecoder {
    /// Seconds from the Unix epoch to the FIT epoch, 1989-12-31T00:00:00Z.
    public static let epochOffset: Int64 = 631_065_600
    /// More messages than this (a record a second for 11 days, and the rest) are refused.
    public static let maxMessages = 1_500_000

    static func fail(_ message: String) -> FormatProblem { FormatProblem(message) }

    /// The messages of a file and, for a truncated one, what was lost.
    public struct Decoded: Sendable {
        public var messages: [FITMessage]
        /// Nil for a complete file; else what was wrong and dropped.
        public var damage: String?
    }

    /// All data messages of every chained file in `data`, in order; any damage is an error.
    public static func decode(_ data: Data) throws(FormatProblem) -> [FITMessage] {
        let decoded = try decode(data, salvage: false)
        return decoded.messages
    }

    /// All complete data messages of `data`, keeping those before a truncation.
    public static func decodeSalvaging(_ data: Data) throws(FormatProblem) -> Decoded {
        try decode(data, salvage: true)
    }

    private static func decode(_ data: Data, salvage: Bool) throws(FormatProblem) -> Decoded {
        let bytes = [UInt8](data)
        var messages: [FITMessage] = []
        var offset = 0
        var part = 1
        var damage: String?
        while offset < bytes.count {
            // Some tools pad chained files with zeros at the end.
            if bytes[offset...].allSatisfy({ $0 == 0 }) { break }
            offset = try decodeFile(bytes, at: offset, part: part, salvage: salvage, into: &messages, damage: &damage)
            part += 1
        }
        if part == 1 { throw fail("the file is empty") }
        return Decoded(messages: messages, damage: damage)
    }

    /// Whether `head` starts like a FIT file (header size 12 or 14 and ".FIT" at byte 8).
    public static func looksLikeFIT(_ head: Data) -> Bool {
        guard head.count >= 12 else { return false }
        let start = head.startIndex
        return (head[start] == 12 || head[start] == 14) && head[start + 8 ..< start + 12].elementsEqual(Array(".FIT".utf8))
    }

    struct FieldDefinition {
        var number: UInt8
        var size: Int
        var baseType: UInt8
    }

    struct DeveloperFieldDefinition {
        var number: UInt8
        var size: Int
        var developerIndex: UInt8
    }

    struct Definition {
        var globalNumber: UInt16
        var bigEndian: Bool
        var fields: [FieldDefinition]
        var developerFields: [DeveloperFieldDefinition]
    }

    struct DeveloperFieldDescription {
        var baseType: UInt8
        var name: String?
        var units: String?
    }

    private static func decodeFile(_ bytes: [UInt8], at start: Int, part: Int, salvage: Bool,
                                   into messages: inout [FITMessage], damage: inout String?) throws(FormatProblem) -> Int {
        let where_ = part > 1 ? " (chained file \(part))" : ""
        guard bytes.count - start >= 12 else { throw fail("truncated: \(bytes.count - start) bytes where a 12-byte header was expected\(where_)") }
        let headerSize = Int(bytes[start])
        guard headerSize == 12 || headerSize == 14 else { throw fail("bad header size \(headerSize)\(where_)") }
        guard bytes.count - start >= headerSize else { throw fail("truncated header\(where_)") }
        guard bytes[start + 8 ..< start + 12].elementsEqual(Array(".FIT".utf8)) else { throw fail("no \".FIT\" signature in the header\(where_)") }
        let dataSize = Int(UInt32(bytes[start + 4]) | UInt32(bytes[start + 5]) << 8 | UInt32(bytes[start + 6]) << 16 | UInt32(bytes[start + 7]) << 24)
        if headerSize == 14 {
            let stored = UInt16(bytes[start + 12]) | UInt16(bytes[start + 13]) << 8
            if stored != 0, stored != crc(bytes[start ..< start + 12]) { throw fail("header CRC mismatch\(where_)") }
        }
        let dataStart = start + headerSize
        var dataEnd = dataStart + dataSize
        var truncated = false
        if dataEnd + 2 > bytes.count {
            let missing = dataEnd + 2 - bytes.count
            let problem = "truncated: the header announces \(dataSize) bytes of records but only \(max(0, bytes.count - dataStart - 2)) follow\(where_)"
            guard salvage else { throw fail(problem) }
            damage = "the file is \(missing) byte(s) shorter than its header says\(where_) (cut off while copying or recording?); "
                + "the complete records before the cut were kept, the rest and the file check (CRC) are missing"
            dataEnd = bytes.count
            truncated = true
        } else {
            let stored = UInt16(bytes[dataEnd]) | UInt16(bytes[dataEnd + 1]) << 8
            guard stored == crc(bytes[start ..< dataEnd]) else { throw fail("file CRC mismatch (the file is damaged)\(where_)") }
        }
        do {
            try decodeRecords(bytes, from: dataStart, to: dataEnd, where_: where_, into: &messages)
        } catch {
            // In a cut-off file the last message is usually incomplete: keep what came before it.
            guard truncated, messages.count < maxMessages else { throw error }
            if !error.message.hasPrefix("truncated") { damage = (damage ?? "") + " (reading stopped early: \(error.message))" }
        }
        return truncated ? bytes.count : dataEnd + 2
    }

    private static func decodeRecords(_ bytes: [UInt8], from dataStart: Int, to dataEnd: Int, where_: String,
                                      into messages: inout [FITMessage]) throws(FormatProblem) {

        var definitions = [Definition?](repeating: nil, count: 16)
        var descriptions: [UInt16: DeveloperFieldDescription] = [:]
        var lastTimestamp: Int64?
        var index = dataStart
        while index < dataEnd {
            guard messages.count < maxMessages else { throw fail("it holds more than \(maxMessages) messages, the limit per file") }
            let header = bytes[index]
            index += 1
            if header & 0x80 != 0 {
                // Compressed timestamp header: local type in bits 5–6, 5-bit time offset.
                let local = Int((header >> 5) & 0x03)
                guard let definition = definitions[local] else { throw fail("a data message uses local type \(local) before it is defined\(where_)") }
                guard let last = lastTimestamp else { throw fail("a compressed timestamp comes before any full timestamp\(where_)") }
                let offset = Int64(header & 0x1F)
                // The offset rolls over into the next 32 s; a full timestamp near the top of Int64 (a hostile file)
                // would overflow, so the sum is checked rather than trapped on.
                let rollover: Int64 = offset < (last & 0x1F) ? 0x20 : 0
                let (timestamp, overflow) = (last & ~0x1F).addingReportingOverflow(offset + rollover)
                guard !overflow else { throw fail("a compressed timestamp runs past the largest time a FIT file can hold\(where_)") }
                lastTimestamp = timestamp
                var message = try decodeData(bytes, &index, end: dataEnd, definition, descriptions: descriptions, where_: where_)
                message.fields.removeAll { $0.number == 253 }
                message.fields.append((253, .integer(timestamp)))
                messages.append(message)
                continue
            }
            let local = Int(header & 0x0F)
            if header & 0x40 != 0 {
                guard index + 5 <= dataEnd else { throw fail("truncated definition message\(where_)") }
                let bigEndian = bytes[index + 1] == 1
                let global = bigEndian ? UInt16(bytes[index + 2]) << 8 | UInt16(bytes[index + 3])
                    : UInt16(bytes[index + 2]) | UInt16(bytes[index + 3]) << 8
                let count = Int(bytes[index + 4])
                index += 5
                guard index + count * 3 <= dataEnd else { throw fail("truncated definition message\(where_)") }
                var fields: [FieldDefinition] = []
                fields.reserveCapacity(count)
                for i in 0 ..< count {
                    fields.append(FieldDefinition(number: bytes[index + i * 3], size: Int(bytes[index + i * 3 + 1]), baseType: bytes[index + i * 3 + 2]))
                }
                index += count * 3
                var developerFields: [DeveloperFieldDefinition] = []
                if header & 0x20 != 0 {
                    guard index < dataEnd else { throw fail("truncated definition message\(where_)") }
                    let devCount = Int(bytes[index])
                    index += 1
                    guard index + devCount * 3 <= dataEnd else { throw fail("truncated definition message\(where_)") }
                    for i in 0 ..< devCount {
                        developerFields.append(DeveloperFieldDefinition(number: bytes[index + i * 3], size: Int(bytes[index + i * 3 + 1]),
                                                                        developerIndex: bytes[index + i * 3 + 2]))
                    }
                    index += devCount * 3
                }
                definitions[local] = Definition(globalNumber: global, bigEndian: bigEndian, fields: fields, developerFields: developerFields)
                continue
            }
            guard let definition = definitions[local] else { throw fail("a data message uses local type \(local) before it is defined\(where_)") }
            let message = try decodeData(bytes, &index, end: dataEnd, definition, descriptions: descriptions, where_: where_)
            if let timestamp = message.integer(253) { lastTimestamp = timestamp }
            // Compressed timestamps count from the last full one; a file_id's time_created is the
            // first some devices write.
            if lastTimestamp == nil, message.globalNumber == 0, let created = message.integer(4) { lastTimestamp = created }
            if message.globalNumber == 206, let devIndex = message.integer(0), let fieldNumber = message.integer(1),
               let baseType = message.integer(2) {
                descriptions[UInt16(devIndex & 0xFF) << 8 | UInt16(fieldNumber & 0xFF)] =
                    DeveloperFieldDescription(baseType: UInt8(baseType & 0xFF), name: message.string(3), units: message.string(8))
            }
            messages.append(message)
        }
    }

    private static func decodeData(_ bytes: [UInt8], _ index: inout Int, end: Int, _ definition: Definition,
                                   descriptions: [UInt16: DeveloperFieldDescription], where_: String) throws(FormatProblem) -> FITMessage {
        var fields: [(number: UInt8, value: FITValue)] = []
        fields.reserveCapacity(definition.fields.count)
        for field in definition.fields {
            guard index + field.size <= end else { throw fail("truncated data message\(where_)") }
            if let value = decodeValue(bytes, index, size: field.size, baseType: field.baseType, bigEndian: definition.bigEndian) {
                fields.append((field.number, value))
            }
            index += field.size
        }
        var developer: [FITDeveloperValue] = []
        for field in definition.developerFields {
            guard index + field.size <= end else { throw fail("truncated data message\(where_)") }
            let description = descriptions[UInt16(field.developerIndex) << 8 | UInt16(field.number)]
            let value: FITValue? = description.map {
                decodeValue(bytes, index, size: field.size, baseType: $0.baseType, bigEndian: definition.bigEndian)
            } ?? .bytes(Array(bytes[index ..< index + field.size]))
            if let value {
                developer.append(FITDeveloperValue(developerIndex: field.developerIndex, fieldNumber: field.number,
                                                   name: description?.name, units: description?.units, value: value))
            }
            index += field.size
        }
        return FITMessage(globalNumber: definition.globalNumber, fields: fields, developerFields: developer)
    }

    /// Sizes of the base types by their number (the low 5 bits of the base type byte).
    static let baseTypeSizes: [Int] = [1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8]

    static func decodeValue(_ bytes: [UInt8], _ start: Int, size: Int, baseType: UInt8, bigEndian: Bool) -> FITValue? {
        let type = Int(baseType & 0x1F)
        if type == 7 {
            let slice = bytes[start ..< start + size]
            let text = slice.prefix { $0 != 0 }
            return text.isEmpty ? nil : .string(String(decoding: text, as: UTF8.self))
        }
        guard type < baseTypeSizes.count, type != 13 else {
            let raw = Array(bytes[start ..< start + size])
            return raw.allSatisfy({ $0 == 0xFF }) ? nil : .bytes(raw)
        }
        let width = baseTypeSizes[type]
        guard size % width == 0, size > 0 else { return .bytes(Array(bytes[start ..< start + size])) }
        if size == width { return element(bytes, start, type: type, width: width, bigEndian: bigEndian) }
        var items: [FITValue?] = []
        items.reserveCapacity(size / width)
        var position = start
        while position < start + size {
            items.append(element(bytes, position, type: type, width: width, bigEndian: bigEndian))
            position += width
        }
        return items.allSatisfy({ $0 == nil }) ? nil : .array(items)
    }

    @inline(__always)
    static func element(_ bytes: [UInt8], _ start: Int, type: Int, width: Int, bigEndian: Bool) -> FITValue? {
        var raw: UInt64 = 0
        if bigEndian {
            for i in 0 ..< width { raw = raw << 8 | UInt64(bytes[start + i]) }
        } else {
            for i in (0 ..< width).reversed() { raw = raw << 8 | UInt64(bytes[start + i]) }
        }
        switch type {
        case 0, 2: return raw == 0xFF ? nil : .integer(Int64(raw))                       // enum, uint8
        case 1: return raw == 0x7F ? nil : .integer(Int64(Int8(truncatingIfNeeded: raw)))  // sint8
        case 3: return raw == 0x7FFF ? nil : .integer(Int64(Int16(truncatingIfNeeded: raw)))
        case 4: return raw == 0xFFFF ? nil : .integer(Int64(raw))
        case 5: return raw == 0x7FFF_FFFF ? nil : .integer(Int64(Int32(truncatingIfNeeded: raw)))
        case 6: return raw == 0xFFFF_FFFF ? nil : .integer(Int64(raw))
        case 8:
            guard raw != 0xFFFF_FFFF else { return nil }
            return .float(Double(Float(bitPattern: UInt32(raw))))
        case 9:
            guard raw != UInt64.max else { return nil }
            return .float(Double(bitPattern: raw))
        case 10, 11, 12, 16: return raw == 0 ? nil : .integer(Int64(bitPattern: raw))      // uint8z … uint64z
        case 14: return raw == 0x7FFF_FFFF_FFFF_FFFF ? nil : .integer(Int64(bitPattern: raw))
        case 15: return raw == UInt64.max ? nil : .integer(Int64(bitPattern: raw))
        default: return nil
        }
    }

    static let crcTable: [UInt16] = [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
                                     0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400]

    /// The FIT CRC-16 of `bytes`.
    public static func crc<C: Collection>(_ bytes: C) -> UInt16 where C.Element == UInt8 {
        var crc: UInt16 = 0
        for byte in bytes {
            var tmp = crcTable[Int(crc & 0xF)]
            crc = (crc >> 4) & 0x0FFF
            crc = crc ^ tmp ^ crcTable[Int(byte & 0xF)]
            tmp = crcTable[Int(crc & 0xF)]
            crc = (crc >> 4) & 0x0FFF
            crc = crc ^ tmp ^ crcTable[Int((byte >> 4) & 0xF)]
        }
        return crc
    }
}
