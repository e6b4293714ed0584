import CZlib
import Foundation

/// gzip decompression with the system zlib (`.gz` files in Strava exports and elsewhere).
enum Gzip {
    static func isGzip(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
    }

    static func decompress(_ data: Data) throws -> Data {
        var stream = z_stream()
        var status = inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw FormatProblem("gzip: cannot start decompression (zlib \(status))") }
        defer { inflateEnd(&stream) }
        var output = Data()
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        try data.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(input.count)
            repeat {
                status = buffer.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(chunk)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                guard status == Z_OK || status == Z_STREAM_END else {
                    throw FormatProblem(status == Z_BUF_ERROR ? "gzip: the compressed data is truncated" : "gzip: the compressed data is corrupt")
                }
                output.append(contentsOf: buffer[0 ..< chunk - Int(stream.avail_out)])
                if status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0 {
                    throw FormatProblem("gzip: the compressed data is truncated")
                }
            } while status != Z_STREAM_END
        }
        return output
    }
}
