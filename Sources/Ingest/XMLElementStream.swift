import Foundation

/// Streams an XML document through `SAXReader`, handing each element's start (with its
/// attributes) and end (with its text) to a handler by local name, with the path of open elements
/// (the current one last). GPX and TCX use it.
enum XMLElementStream {
    struct Handlers {
        var start: (_ name: String, _ attributes: [String: String], _ path: [String]) -> Void = { _, _, _ in }
        var end: (_ name: String, _ text: String, _ path: [String]) -> Void = { _, _, _ in }
    }

    /// What was read: the root element's name and how many values were cut at the limits.
    struct Outcome {
        var root: String?
        var truncatedValues: Int
    }

    /// Parses `data`; throws a `FormatProblem` naming the line of the first XML error.
    static func parse(_ data: Data, handlers: Handlers) throws -> Outcome {
        try parse(handlers: handlers) { try $0.parse(data) }
    }

    /// Parses the file at `url` in chunks.
    static func parse(fileAt url: URL, handlers: Handlers) throws -> Outcome {
        try parse(handlers: handlers) { try $0.parse(fileAt: url) }
    }

    private static func parse(handlers: Handlers, _ body: (SAXReader) throws -> Void) throws -> Outcome {
        var root: String?
        var reader: SAXReader!
        reader = SAXReader(collectsText: true, start: { name, attributes in
            if root == nil { root = name }
            handlers.start(name, attributes, reader.path)
        }, end: { name, text in
            handlers.end(name, text, reader.path)
        })
        defer { reader = nil }  // the closures hold the variable: break the cycle
        try body(reader)
        return Outcome(root: root, truncatedValues: reader.truncatedValues)
    }
}
