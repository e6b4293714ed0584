import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams an XML document through a SAX parser, handing each element's start (with its
/// attributes) and end (with its text) to a handler by local name, namespace prefixes dropped.
final class XMLElementStream: NSObject, XMLParserDelegate {
    struct Handlers {
        var start: (_ name: String, _ attributes: [String: String], _ path: [String]) -> Void = { _, _, _ in }
        var end: (_ name: String, _ text: String, _ path: [String]) -> Void = { _, _, _ in }
    }

    private var handlers: Handlers
    private(set) var path: [String] = []
    private var text = ""
    private(set) var rootName: String?

    init(handlers: Handlers) {
        self.handlers = handlers
    }

    /// Parses `data`; throws a `FormatProblem` naming the line of the first XML error.
    static func parse(_ data: Data, handlers: Handlers) throws -> String? {
        let stream = XMLElementStream(handlers: handlers)
        let parser = XMLParser(data: trimmedLeadingWhitespace(data))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = stream
        if !parser.parse() {
            let reason = parser.parserError.map { ($0 as NSError).code }.map { "XML error \($0)" } ?? "XML error"
            throw FormatProblem("malformed XML at line \(parser.lineNumber), column \(parser.columnNumber) (\(reason))")
        }
        if let open = stream.path.last {
            throw FormatProblem("the file ends inside <\(open)> at line \(parser.lineNumber) (truncated?)")
        }
        return stream.rootName
    }

    /// Some exporters write whitespace or a byte-order mark before `<?xml`, which strict parsers reject.
    static func trimmedLeadingWhitespace(_ data: Data) -> Data {
        var start = data.startIndex
        if data.count >= 3, data[start] == 0xEF, data[start + 1] == 0xBB, data[start + 2] == 0xBF { start += 3 }
        while start < data.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(data[start]) { start += 1 }
        return start == data.startIndex ? data : data.subdata(in: start ..< data.endIndex)
    }

    static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        let name = Self.localName(elementName)
        if rootName == nil { rootName = name }
        path.append(name)
        text = ""
        handlers.start(name, attributeDict, path)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        let name = Self.localName(elementName)
        handlers.end(name, text.trimmingCharacters(in: .whitespacesAndNewlines), path)
        if !path.isEmpty { path.removeLast() }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }
}
