import CadenceCore
import Foundation
import Testing
@testable import LLMProviders

@Suite("Byte JSON parser")
struct ByteJSONParserTests {
    static let valid = [
        #"{"a":1,"b":[true,false,null],"c":{"d":"e"}}"#,
        #"  [ 1 , -2.5e3 , 0 , -0.125 , 1E2, 12345678901234567 ]  "#,
        #""plain""#,
        #""esc \" \\ \/ \b \f \n \r \t \u00e9 \u20AC \ud83c\udfc3 end""#,
        #"{"emoji":"🏃‍♀️ 日本 ü","empty":"","nested":[[[]],{}]}"#,
        "{\"type\":\"content_block_delta\",\"index\":0}        ",
        "3.14159",
        "-1",
        "[]",
    ]

    @Test("agrees with Foundation on valid JSON", arguments: valid)
    func agreesWithFoundation(_ text: String) throws {
        let expected = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(try ByteJSONParser.parse(text) == expected)
    }

    @Test("rejects invalid JSON", arguments: [
        "", "{", "[1,]", "{\"a\":}", "{a:1}", "01", "1.", "-", "1e", "tru", "nul", "\"unterminated",
        "\"bad \\x escape\"", "\"control \u{01} char\"", "[1] 2", "{\"a\" 1}", "\"\\u12\"", "[1 2]",
    ])
    func rejectsInvalid(_ text: String) {
        #expect(throws: ByteJSONParser.SyntaxError.self) { try ByteJSONParser.parse(text) }
    }

    @Test("lone surrogates become U+FFFD; deep nesting is bounded")
    func edgeCases() throws {
        #expect(try ByteJSONParser.parse(#""\ud800x""#) == "\u{FFFD}x")
        #expect(try ByteJSONParser.parse(#""\udc00""#) == "\u{FFFD}")
        #expect(throws: ByteJSONParser.SyntaxError.self) {
            try ByteJSONParser.parse(String(repeating: "[", count: 600) + String(repeating: "]", count: 600))
        }
    }

    @Test("round-trips generated values through JSONEncoder")
    func generated() throws {
        var generator = SystemRandomNumberGenerator()
        func random(_ depth: Int) -> JSONValue {
            switch Int.random(in: 0..<(depth > 3 ? 4 : 6), using: &generator) {
            case 0: return .null
            case 1: return .bool(Bool.random(using: &generator))
            case 2: return .number(Double(Int.random(in: -1_000_000...1_000_000, using: &generator)) / 8)
            case 3: return .string(String((0..<Int.random(in: 0..<12, using: &generator)).map { _ in
                    "aé\"\\\n\t/🏃\u{1}".randomElement(using: &generator)! }))
            case 4: return .array((0..<Int.random(in: 0..<4, using: &generator)).map { _ in random(depth + 1) })
            default:
                return .object(Dictionary((0..<Int.random(in: 0..<4, using: &generator)).map { ("k\($0)", random(depth + 1)) },
                                          uniquingKeysWith: { a, _ in a }))
            }
        }
        for _ in 0..<300 {
            let value = random(0)
            let text = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
            #expect(try ByteJSONParser.parse(text) == value, "\(text)")
        }
    }
}
