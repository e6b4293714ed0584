import Foundation
@testable import Ingest

/// A tiny FIT writer for tests: real headers, definition and data messages, compressed
/// timestamps, developer fields and correct CRCs, so the decoder is tested on real structure.
struct FITEncoder {
    enum Value {
        case int(Int64)
        case text(String)
        case array([Int64])
    }

    struct Field {
        var number: UInt8
        var size: UInt8
        var baseType: UInt8
    }

    private(set) var records: [UInt8] = []
    private var definitions: [UInt8: (fields: [Field], dev: [Field], bigEndian: Bool)] = [:]

    mutating func define(local: UInt8, global: UInt16, _ fields: [(UInt8, UInt8, UInt8)],
                         developer: [(UInt8, UInt8, UInt8)] = [], bigEndian: Bool = false) {
        records.append(0x40 | (developer.isEmpty ? 0 : 0x20) | local)
        records += [0, bigEndian ? 1 : 0]
        records += bigEndian ? [UInt8(global >> 8), UInt8(global & 0xFF)] : [UInt8(global & 0xFF), UInt8(global >> 8)]
        records.append(UInt8(fields.count))
        for (number, size, type) in fields { records += [number, size, type] }
        if !developer.isEmpty {
            records.append(UInt8(developer.count))
            for (number, size, index) in developer { records += [number, size, index] }
        }
        definitions[local] = (fields.map { Field(number: $0.0, size: $0.1, baseType: $0.2) },
                              developer.map { Field(number: $0.0, size: $0.1, baseType: 0x0D) }, bigEndian)
    }

    /// A data message; `values` in the order of the definition's fields, then developer fields.
    mutating func data(local: UInt8, _ values: [Value], compressedOffset: UInt8? = nil) {
        if let offset = compressedOffset {
            records.append(0x80 | (local << 5) | (offset & 0x1F))
        } else {
            records.append(local)
        }
        let definition = definitions[local]!
        for (field, value) in zip(definition.fields + definition.dev, values) {
            records += encode(value, field: field, bigEndian: definition.bigEndian)
        }
    }

    private func encode(_ value: Value, field: Field, bigEndian: Bool) -> [UInt8] {
        switch value {
        case .text(let text):
            var bytes = Array(text.utf8).prefix(Int(field.size) - 1) + [0]
            while bytes.count < Int(field.size) { bytes.append(0) }
            return Array(bytes)
        case .int(let v):
            return integer(v, width: Int(field.size), bigEndian: bigEndian)
        case .array(let items):
            let width = Int(field.size) / items.count
            return items.flatMap { integer($0, width: width, bigEndian: bigEndian) }
        }
    }

    private func integer(_ v: Int64, width: Int, bigEndian: Bool) -> [UInt8] {
        let raw = UInt64(bitPattern: v)
        let little = (0 ..< width).map { UInt8((raw >> (8 * UInt64($0))) & 0xFF) }
        return bigEndian ? little.reversed() : little
    }

    /// Header (12 or 14 bytes, with header CRC) + records + file CRC.
    func file(headerSize: UInt8 = 14) -> [UInt8] {
        let size = UInt32(records.count)
        var header: [UInt8] = [headerSize, 0x20, 0x52, 0x08,
                               UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 24)]
        header += Array(".FIT".utf8)
        if headerSize == 14 {
            let crc = FITDecoder.crc(header)
            header += [UInt8(crc & 0xFF), UInt8(crc >> 8)]
        }
        let body = header + records
        let crc = FITDecoder.crc(body)
        return body + [UInt8(crc & 0xFF), UInt8(crc >> 8)]
    }
}

enum SampleFIT {
    /// FIT seconds of the first record (2021-09-08T01:46:40Z).
    static let t0: Int64 = 1_000_000_000
    static let t0Millis: Int64 = (t0 + 631_065_600) * 1000

    /// A 100 s run on a Garmin: 21 records 5 s apart (odd ones with compressed timestamps), 3 m/s,
    /// HR 150/151/152, cadence 85 (one invalid), two laps, a session, HRV and developer fields
    /// (one described, one not), local time UTC+2.
    static func run(startOffset: Int64 = 0, sessionBigEndian: Bool = false) -> FITEncoder {
        let t0 = Self.t0 + startOffset
        var fit = FITEncoder()
        fit.define(local: 0, global: 0, [(0, 1, 0x00), (1, 2, 0x84), (2, 2, 0x84), (3, 4, 0x8C), (4, 4, 0x86)])
        fit.data(local: 0, [.int(4), .int(1), .int(3415), .int(1_234_567), .int(t0)])
        fit.define(local: 3, global: 206, [(0, 1, 0x02), (1, 1, 0x02), (2, 1, 0x02), (3, 16, 0x07), (8, 8, 0x07)])
        fit.data(local: 3, [.int(0), .int(0), .int(0x84), .text("Power"), .text("W")])
        fit.define(local: 1, global: 20, [(253, 4, 0x86), (0, 4, 0x85), (1, 4, 0x85), (78, 4, 0x86), (3, 1, 0x02),
                                          (4, 1, 0x02), (5, 4, 0x86), (73, 4, 0x86)],
                   developer: [(0, 2, 0), (1, 1, 0)])
        fit.define(local: 2, global: 20, [(0, 4, 0x85), (1, 4, 0x85), (78, 4, 0x86), (3, 1, 0x02), (4, 1, 0x02),
                                          (5, 4, 0x86), (73, 4, 0x86)])
        for i in 0 ... 20 {
            let lat = Int64((47.0 + Double(i) * 0.000135) * 2_147_483_648 / 180)
            let lon = Int64(8.0 * 2_147_483_648 / 180)
            let common: [FITEncoder.Value] = [.int(lat), .int(lon), .int((100 + 500) * 5), .int(150 + Int64(i % 3)),
                                              .int(i == 10 ? 0xFF : 85), .int(Int64(i) * 1500), .int(3000)]
            if i % 2 == 1 {
                let timestamp = t0 + Int64(i) * 5
                fit.data(local: 2, common, compressedOffset: UInt8(timestamp & 0x1F))
            } else {
                fit.data(local: 1, [.int(t0 + Int64(i) * 5)] + common + [.int(200 + Int64(i)), .int(7)])
            }
        }
        fit.define(local: 4, global: 19, [(253, 4, 0x86), (2, 4, 0x86), (7, 4, 0x86), (8, 4, 0x86), (9, 4, 0x86),
                                          (15, 1, 0x02), (24, 1, 0x00)])
        fit.data(local: 4, [.int(t0 + 50), .int(t0), .int(50_000), .int(50_000), .int(15_000), .int(150), .int(2)])
        fit.data(local: 4, [.int(t0 + 100), .int(t0 + 50), .int(50_000), .int(45_000), .int(15_000), .int(152), .int(7)])
        fit.define(local: 5, global: 78, [(0, 10, 0x84)])
        fit.data(local: 5, [.array([800, 810, 790, 805, 0xFFFF])])
        fit.define(local: 6, global: 18, [(253, 4, 0x86), (2, 4, 0x86), (7, 4, 0x86), (8, 4, 0x86), (9, 4, 0x86),
                                          (5, 1, 0x00), (6, 1, 0x00), (11, 2, 0x84), (124, 4, 0x86), (16, 1, 0x02),
                                          (17, 1, 0x02), (18, 1, 0x02), (92, 1, 0x02), (22, 2, 0x84)],
                   bigEndian: sessionBigEndian)
        fit.data(local: 6, [.int(t0 + 100), .int(t0), .int(100_000), .int(95_000), .int(30_000), .int(1), .int(0),
                            .int(25), .int(3158), .int(151), .int(152), .int(85), .int(64), .int(0xFFFF)])
        fit.define(local: 7, global: 34, [(253, 4, 0x86), (5, 4, 0x86), (1, 2, 0x84)])
        fit.data(local: 7, [.int(t0 + 100), .int(t0 + 100 + 7200), .int(1)])
        return fit
    }
}
