import CLibXML2
import Foundation

/// A streaming XML reader on libxml2's SAX2 push parser, the one XML stack of Ingest (Apple
/// Health, GPX, TCX): the file is fed in 1 MiB chunks and only element starts (with decoded
/// attributes), their text (when asked for) and ends reach Swift, so memory stays flat whatever
/// the file size. Invalid UTF-8, malformed or truncated XML is a `FormatProblem` naming the line.
/// Attribute values and text are cut at `ImportLimits` (counted in `truncatedValues`), and nesting
/// deeper than `ImportLimits.maxXMLDepth` is refused. External entities are never loaded.
final class SAXReader {
    typealias Start = (_ name: String, _ attributes: [String: String]) -> Void
    /// The element's name and its text (trimmed; empty unless the reader collects text).
    typealias End = (_ name: String, _ text: String) -> Void

    private let start: Start
    private let end: End
    private let collectsText: Bool
    /// The names of the open elements, outermost first.
    private(set) var path: [String] = []
    /// How many attribute values or texts were longer than the limits and cut.
    private(set) var truncatedValues = 0
    private var text: [UInt8] = []
    private var errorMessage: String?
    private var parser: xmlParserCtxtPtr?

    init(collectsText: Bool = false, start: @escaping Start, end: @escaping End) {
        self.collectsText = collectsText
        self.start = start
        self.end = end
    }

    /// Parses the file at `url` chunk by chunk.
    func parse(fileAt url: URL, progress: ((Double) -> Void)? = nil) throws {
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw FormatProblem("cannot open the file") }
        defer { try? handle.close() }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.doubleValue ?? 0
        var read = 0.0
        var first = true
        try run { feed in
            while true {
                var chunk = try handle.read(upToCount: 1 << 20) ?? Data()
                if chunk.isEmpty { break }
                read += Double(chunk.count)
                if first { chunk = Self.trimmedLeadingWhitespace(chunk); first = false }
                try feed(chunk)
                if size > 0 { progress?(min(1, read / size)) }
            }
        }
    }

    /// Parses `data` held in memory.
    func parse(_ data: Data) throws {
        try run { feed in try feed(Self.trimmedLeadingWhitespace(data)) }
    }

    /// Some exporters write whitespace or a byte-order mark before `<?xml`, which strict parsers reject.
    static func trimmedLeadingWhitespace(_ data: Data) -> Data {
        var start = data.startIndex
        if data.count >= 3, data[start] == 0xEF, data[start + 1] == 0xBB, data[start + 2] == 0xBF { start += 3 }
        while start < data.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(data[start]) { start += 1 }
        return start == data.startIndex ? data : data.subdata(in: start ..< data.endIndex)
    }

    /// Stops the parser with `message` (the first one wins).
    private func stop(_ message: String) {
        if errorMessage == nil { errorMessage = message }
        if let parser { xmlStopParser(parser) }
    }

    private func appendText(_ bytes: UnsafePointer<xmlChar>?, _ count: Int32) {
        guard collectsText, let bytes, count > 0 else { return }
        let room = ImportLimits.maxTextBytes - text.count
        if room <= 0 { return }
        if Int(count) > room { truncatedValues += 1 }
        text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: min(Int(count), room)))
    }

    /// Decodes at most `limit` bytes, cut back to a whole UTF-8 character.
    private func decoded(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> String {
        guard bytes.count > limit else { return String(decoding: bytes, as: UTF8.self) }
        truncatedValues += 1
        var cut = limit
        while cut > 0, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[0 ..< cut]), as: UTF8.self)
    }

    private static func reader(_ context: UnsafeMutableRawPointer?) -> SAXReader? {
        context.map { Unmanaged<SAXReader>.fromOpaque($0).takeUnretainedValue() }
    }

    private func run(_ body: (_ feed: (Data) throws -> Void) throws -> Void) throws {
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.startElementNs = { context, localname, _, _, _, _, count, _, attributes in
            guard let reader = SAXReader.reader(context), let localname, reader.errorMessage == nil else { return }
            guard reader.path.count < ImportLimits.maxXMLDepth else {
                return reader.stop("elements are nested more than \(ImportLimits.maxXMLDepth) deep")
            }
            let name = String(cString: localname)
            var values: [String: String] = [:]
            if let attributes, count > 0 {
                values.reserveCapacity(Int(count))
                for index in 0 ..< Int(count) {
                    guard let key = attributes[index * 5], let from = attributes[index * 5 + 3], let to = attributes[index * 5 + 4] else { continue }
                    values[String(cString: key)] = reader.decoded(UnsafeBufferPointer(start: from, count: to - from),
                                                                  limit: ImportLimits.maxAttributeBytes)
                }
            }
            reader.path.append(name)
            reader.text.removeAll(keepingCapacity: true)
            reader.start(name, values)
        }
        handler.endElementNs = { context, localname, _, _ in
            guard let reader = SAXReader.reader(context), let localname, reader.errorMessage == nil else { return }
            var text = ""
            if reader.collectsText, !reader.text.isEmpty {
                text = String(decoding: reader.text, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                reader.text.removeAll(keepingCapacity: true)
            }
            reader.end(String(cString: localname), text)
            if !reader.path.isEmpty { reader.path.removeLast() }
        }
        handler.characters = { context, bytes, count in SAXReader.reader(context)?.appendText(bytes, count) }
        handler.cdataBlock = { context, bytes, count in SAXReader.reader(context)?.appendText(bytes, count) }
        handler.serror = { context, error in
            guard let reader = SAXReader.reader(context), let error else { return }
            if reader.errorMessage == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue {
                let message = error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "XML error"
                reader.errorMessage = "malformed XML at line \(error.pointee.line): \(message)"
            }
        }
        let me = Unmanaged.passUnretained(self).toOpaque()
        guard let context = xmlCreatePushParserCtxt(&handler, me, nil, 0, nil) else { throw FormatProblem("cannot start the XML parser") }
        parser = context
        defer { parser = nil; xmlFreeParserCtxt(context) }
        // No XML_PARSE_NOENT: entities are not substituted, so external entities are never read.
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue | XML_PARSE_NOBLANKS.rawValue))
        try withExtendedLifetime(self) {
            try body { chunk in
                let status = chunk.withUnsafeBytes { bytes in
                    xmlParseChunk(context, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), 0)
                }
                if status != 0 || self.errorMessage != nil { throw FormatProblem(self.errorMessage ?? "malformed XML (libxml2 error \(status))") }
            }
            let status = xmlParseChunk(context, nil, 0, 1)
            if let message = errorMessage { throw FormatProblem(message) }
            if let open = path.last { throw FormatProblem("the file ends inside <\(open)> (truncated?)") }
            if status != 0 { throw FormatProblem("malformed XML (libxml2 error \(status))") }
        }
    }
}
