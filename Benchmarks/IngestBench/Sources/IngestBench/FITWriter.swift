import Foundation
import Ingest

/// Writes FIT activity files with real structure and correct CRCs for the benchmark.
enum FITWriter {
    static func run(start: UInt32, seconds: Int) -> [UInt8] {
        var records: [UInt8] = []
        func define(_ local: UInt8, _ global: UInt16, _ fields: [(UInt8, UInt8, UInt8)]) {
            records += [0x40 | local, 0, 0, UInt8(global & 0xFF), UInt8(global >> 8), UInt8(fields.count)]
            for f in fields { records += [f.0, f.1, f.2] }
        }
        func put(_ value: UInt64, _ width: Int) { for i in 0 ..< width { records.append(UInt8((value >> (8 * UInt64(i))) & 0xFF)) } }
        define(0, 0, [(0, 1, 0x00), (1, 2, 0x84), (2, 2, 0x84), (3, 4, 0x8C), (4, 4, 0x86)])
        records.append(0); put(4, 1); put(1, 2); put(3415, 2); put(1_234_567, 4); put(UInt64(start), 4)
        define(1, 23, [(253, 4, 0x86), (2, 2, 0x84), (4, 2, 0x84), (5, 2, 0x84)])
        records.append(1); put(UInt64(start), 4); put(1, 2); put(3415, 2); put(2420, 2)
        define(2, 20, [(253, 4, 0x86), (0, 4, 0x85), (1, 4, 0x85), (5, 4, 0x86), (78, 4, 0x86), (73, 4, 0x86),
                       (3, 1, 0x02), (4, 1, 0x02), (53, 1, 0x02), (7, 2, 0x84), (13, 1, 0x01)])
        define(3, 19, [(253, 4, 0x86), (2, 4, 0x86), (7, 4, 0x86), (8, 4, 0x86), (9, 4, 0x86), (15, 1, 0x02), (16, 1, 0x02), (24, 1, 0x00)])
        var distance = 0.0
        var lapStart = start
        var lapDistance = 0.0
        for second in 0 ..< seconds {
            let speed = 3.0 + sin(Double(second) / 97) * 0.4
            distance += speed
            let t = start + UInt32(second)
            records.append(2)
            put(UInt64(t), 4)
            put(UInt64(UInt32(bitPattern: Int32((47.0 + distance / 111_000) * 2_147_483_648 / 180))), 4)
            put(UInt64(UInt32(bitPattern: Int32(8.0 * 2_147_483_648 / 180))), 4)
            put(UInt64(distance * 100), 4)
            put(UInt64((420 + sin(Double(second) / 300) * 15 + 500) * 5), 4)
            put(UInt64(speed * 1000), 4)
            put(UInt64(140 + second % 25), 1)
            put(85, 1)
            put(64, 1)
            put(UInt64(250 + second % 40), 2)
            put(18, 1)
            if distance - lapDistance >= 1000 || second == seconds - 1 {
                records.append(3)
                put(UInt64(t), 4); put(UInt64(lapStart), 4)
                put(UInt64(t - lapStart) * 1000, 4); put(UInt64(t - lapStart) * 1000, 4)
                put(UInt64((distance - lapDistance) * 100), 4); put(150, 1); put(165, 1); put(2, 1)
                lapStart = t
                lapDistance = distance
            }
        }
        let end = start + UInt32(seconds - 1)
        define(4, 18, [(253, 4, 0x86), (2, 4, 0x86), (7, 4, 0x86), (8, 4, 0x86), (9, 4, 0x86), (5, 1, 0x00), (6, 1, 0x00),
                       (11, 2, 0x84), (124, 4, 0x86), (16, 1, 0x02), (17, 1, 0x02), (18, 1, 0x02)])
        records.append(4)
        put(UInt64(end), 4); put(UInt64(start), 4); put(UInt64(seconds) * 1000, 4); put(UInt64(seconds) * 1000, 4)
        put(UInt64(distance * 100), 4); put(1, 1); put(0, 1); put(UInt64(seconds / 6), 2)
        put(UInt64(distance / Double(seconds) * 1000), 4); put(152, 1); put(175, 1); put(85, 1)
        define(5, 34, [(253, 4, 0x86), (5, 4, 0x86), (1, 2, 0x84)])
        records.append(5); put(UInt64(end), 4); put(UInt64(end) + 3600, 4); put(1, 2)
        let size = UInt32(records.count)
        var header: [UInt8] = [14, 0x20, 0x52, 0x08, UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 24)]
        header += Array(".FIT".utf8)
        let headerCRC = FITDecoder.crc(header)
        header += [UInt8(headerCRC & 0xFF), UInt8(headerCRC >> 8)]
        let body = header + records
        let crc = FITDecoder.crc(body)
        return body + [UInt8(crc & 0xFF), UInt8(crc >> 8)]
    }
}
