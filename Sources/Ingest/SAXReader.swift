import CLibXML2
import Foundation

/// A streaming XML reader on libxml2's SAX2 push parser: the file is fed in 1 MiB chunks and
/// only element starts (with decoded attributes) and ends reach Swift, so memory stays flat
/// whatever the file size. (Foundation's XMLParser on Linux crashes on the `<!ATTLIST>`
/// declarations of Apple Health's inline DTD and is several times slower.)
final class SAXReader {
    typealias Start = (_ name: String, _ attributes: [String: String]) -> Void
    typealias End = (_ name: String) -> Void

    private let start: Start
    private let end: End
    private(set) var depth = 0
    private(set) var openElement: String?
    private var errorMessage: String?

    init(start: @escaping Start, end: @escaping End) {
        self.start = start
        self.end = end
    }

    /// Parses the file at `url` chunk by chunk.
    func parse(fileAt url: URL, progress: ((Double) -> Void)? = nil) throws {
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw FormatProblem("cannot open the file") }
        defer { try? handle.close() }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.doubleValue ?? 0
        var read = 0.0
        try run { feed in
            while true {
                let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
                if chunk.isEmpty { break }
                try feed(chunk)
                read += Double(chunk.count)
                if size > 0 { progress?(min(1, read / size)) }
            }
        }
    }

    /// Parses `data` held in memory.
    func parse(_ data: Data) throws {
        try run { feed in try feed(data) }
    }

    private func run(_ body: (_ feed: (Data) throws -> Void) throws -> Void) throws {
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.startElementNs = { context, localname, _, _, _, _, count, _, attributes in
            guard let context, let localname else { return }
            let reader = Unmanaged<SAXReader>.fromOpaque(context).takeUnretainedValue()
            let name = String(cString: localname)
            var values: [String: String] = [:]
            if let attributes, count > 0 {
                values.reserveCapacity(Int(count))
                for index in 0 ..< Int(count) {
                    guard let key = attributes[index * 5], let from = attributes[index * 5 + 3], let to = attributes[index * 5 + 4] else { continue }
                    values[String(cString: key)] = String(decoding: UnsafeBufferPointer(start: from, count: to - from), as: UTF8.self)
                }
            }
            reader.depth += 1
            reader.openElement = name
            reader.start(name, values)
        }
        handler.endElementNs = { context, localname, _, _ in
            guard let context, let localname else { return }
            let reader = Unmanaged<SAXReader>.fromOpaque(context).takeUnretainedValue()
            reader.depth -= 1
            reader.end(String(cString: localname))
        }
        handler.serror = { context, error in
            guard let context, let error else { return }
            let reader = Unmanaged<SAXReader>.fromOpaque(context).takeUnretainedValue()
            if reader.errorMessage == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue {
                let message = error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "XML error"
                reader.errorMessage = "malformed XML at line \(error.pointee.line): \(message)"
            }
        }
        let me = Unmanaged.passUnretained(self).toOpaque()
        guard let context = xmlCreatePushParserCtxt(&handler, me, nil, 0, nil) else { throw FormatProblem("cannot start the XML parser") }
        defer { xmlFreeParserCtxt(context) }
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue | XML_PARSE_NOBLANKS.rawValue))
        try withExtendedLifetime(self) {
            try body { chunk in
                let status = chunk.withUnsafeBytes { bytes in
                    xmlParseChunk(context, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), 0)
                }
                if status != 0 { throw FormatProblem(self.errorMessage ?? "malformed XML (libxml2 error \(status))") }
            }
            let status = xmlParseChunk(context, nil, 0, 1)
            if status != 0 || depth > 0 {
                if depth > 0 { throw FormatProblem("the file ends inside <\(openElement ?? "?")> (truncated?)") }
                throw FormatProblem(errorMessage ?? "malformed XML (libxml2 error \(status))")
            }
        }
    }
}
