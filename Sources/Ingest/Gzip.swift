import CZlib
import Foundation

/// gzip decompression with the system zlib (`.gz` files in Strava exports and elsewhere), into
/// memory and bounded: the output may not exceed `ImportLimits.maxInMemoryBytes` nor expand more
/// than `ImportLimits.maxCompressionRatio` times (a gzip bomb is refused, not unpacked).
enum Gzip {
    static func isGzip(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
    }

    /// The first `count` bytes of the decompressed data (for recognising the format), or nil
    /// when the data does not unpack that far.
    static func head(_ data: Data, count: Int = 16_384) -> Data? {
        try? decompress(data, stopAfter: count)
    }

    static func decompress(_ data: Data, stopAfter: Int? = nil) throws -> Data {
        guard data.count <= ImportLimits.maxInMemoryBytes else {
            throw FormatProblem("gzip: the file is \(data.count >> 20) MiB; gzipped files are unpacked in memory and limited to \(ImportLimits.maxInMemoryBytes >> 20) MiB")
        }
        let ratioLimit = max(UInt64(ImportLimits.ratioFreeBytes), UInt64(data.count) * ImportLimits.maxCompressionRatio)
        let limit = min(UInt64(ImportLimits.maxInMemoryBytes), ratioLimit)
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
                if let stopAfter, output.count >= stopAfter { return }
                if UInt64(output.count) > limit {
                    throw FormatProblem(limit == ratioLimit
                        ? "gzip: it expands more than \(ImportLimits.maxCompressionRatio) times (a compression bomb?); not unpacked"
                        : "gzip: it unpacks to more than \(ImportLimits.maxInMemoryBytes >> 20) MiB, the limit for gzipped files")
                }
                if status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0 {
                    throw FormatProblem("gzip: the compressed data is truncated")
                }
            } while status != Z_STREAM_END
        }
        return output
    }
}
