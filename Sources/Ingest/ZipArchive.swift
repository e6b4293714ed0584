import CZlib
import Foundation

/// Reads zip archives (Apple Health's `export.zip`, Strava's account export): the central
/// directory, and each entry extracted to disk in 1 MiB chunks (stored or deflated), so a
/// multi-gigabyte `export.xml` inside never has to fit in memory. ZIP64 archives (over 4 GB or
/// 65 535 entries: the ZIP64 end record and locator, and each entry's ZIP64 extra field) are
/// read; encrypted entries are refused with a message. The limits of `ImportLimits` (entry count,
/// per-entry and total size, compression ratio) are checked on the central directory before
/// anything is written, and again while writing, since a hostile archive can understate sizes.
struct ZipArchive {
    struct Entry {
        var name: String
        var method: UInt16
        var flags: UInt16
        var compressedSize: UInt64
        var uncompressedSize: UInt64
        var localHeaderOffset: UInt64
        var isDirectory: Bool { name.hasSuffix("/") }
    }

    let url: URL
    let entries: [Entry]

    static func isZip(_ head: Data) -> Bool { head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) }

    init(url: URL) throws {
        self.url = url
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw FormatProblem("cannot open the archive") }
        defer { try? handle.close() }
        let size = try handle.seekToEnd()
        let tailLength = min(size, 65_557)
        try handle.seek(toOffset: size - tailLength)
        let tail = [UInt8](try handle.read(upToCount: Int(tailLength)) ?? Data())
        guard tail.count >= 22, let end = (0 ... tail.count - 22).reversed().first(where: {
            tail[$0] == 0x50 && tail[$0 + 1] == 0x4B && tail[$0 + 2] == 0x05 && tail[$0 + 3] == 0x06
        }) else { throw FormatProblem("no zip central directory (the archive is truncated or not a zip)") }
        var count = UInt64(Self.u16(tail, end + 10))
        var directorySize = UInt64(Self.u32(tail, end + 12))
        var directoryOffset = UInt64(Self.u32(tail, end + 16))
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            // ZIP64: the locator just before the end record points to the ZIP64 end record, which holds the real values.
            let locator = end - 20
            guard locator >= 0, Self.u32(tail, locator) == 0x0706_4B50 else {
                throw FormatProblem("the zip end record announces ZIP64 but its locator is missing (truncated?)")
            }
            let recordOffset = Self.u64(tail, locator + 8)
            guard size >= 56, recordOffset <= size - 56 else { throw FormatProblem("the ZIP64 end record points past the end (truncated?)") }
            try handle.seek(toOffset: recordOffset)
            let record = [UInt8](try handle.read(upToCount: 56) ?? Data())
            guard record.count == 56, Self.u32(record, 0) == 0x0606_4B50 else { throw FormatProblem("the ZIP64 end record is damaged") }
            count = Self.u64(record, 32)
            directorySize = Self.u64(record, 40)
            directoryOffset = Self.u64(record, 48)
        }
        guard count <= UInt64(ImportLimits.maxArchiveEntries) else {
            throw FormatProblem("it has \(count) entries, more than the \(ImportLimits.maxArchiveEntries) allowed; unzip it and import the folder")
        }
        // Compared without adding: damaged 64-bit values must not overflow.
        guard directoryOffset <= size, directorySize <= size - directoryOffset else { throw FormatProblem("the zip central directory points past the end (truncated?)") }
        try handle.seek(toOffset: directoryOffset)
        let directory = [UInt8](try handle.read(upToCount: Int(directorySize)) ?? Data())
        var entries: [Entry] = []
        var index = 0
        for _ in 0 ..< count {
            guard index + 46 <= directory.count, Self.u32(directory, index) == 0x0201_4B50 else { throw FormatProblem("the zip central directory is damaged") }
            let nameLength = Int(Self.u16(directory, index + 28)), extraLength = Int(Self.u16(directory, index + 30))
            let commentLength = Int(Self.u16(directory, index + 32))
            guard index + 46 + nameLength + extraLength <= directory.count else { throw FormatProblem("the zip central directory is damaged") }
            let name = String(decoding: directory[index + 46 ..< index + 46 + nameLength], as: UTF8.self)
            var entry = Entry(name: name, method: Self.u16(directory, index + 10), flags: Self.u16(directory, index + 8),
                              compressedSize: UInt64(Self.u32(directory, index + 20)), uncompressedSize: UInt64(Self.u32(directory, index + 24)),
                              localHeaderOffset: UInt64(Self.u32(directory, index + 42)))
            if entry.compressedSize == 0xFFFF_FFFF || entry.uncompressedSize == 0xFFFF_FFFF || entry.localHeaderOffset == 0xFFFF_FFFF {
                try Self.readZip64Extra(Array(directory[index + 46 + nameLength ..< index + 46 + nameLength + extraLength]), into: &entry)
            }
            try Self.checkLimits(entry)
            entries.append(entry)
            index += 46 + nameLength + extraLength + commentLength
        }
        let total = entries.reduce(UInt64(0)) { $0 + $1.uncompressedSize }  // each is at most 16 GiB: no overflow
        guard total <= ImportLimits.maxArchiveBytes else {
            throw FormatProblem("it unpacks to \(total >> 30) GiB, more than the \(ImportLimits.maxArchiveBytes >> 30) GiB allowed")
        }
        // The ratio over the whole archive too: many small entries (or entries sharing their data) add up.
        guard total <= max(ImportLimits.ratioFreeBytes, size * ImportLimits.maxCompressionRatio) else {
            throw FormatProblem("it expands more than \(ImportLimits.maxCompressionRatio) times (\(size) → \(total) bytes: a zip bomb?); nothing was unpacked")
        }
        self.entries = entries
    }

    /// The most an entry may unpack to: its size, ratio and per-entry limits.
    static func checkLimits(_ entry: Entry) throws {
        guard entry.uncompressedSize <= ImportLimits.maxEntryBytes else {
            throw FormatProblem("\(entry.name) unpacks to \(entry.uncompressedSize >> 30) GiB, more than the \(ImportLimits.maxEntryBytes >> 30) GiB allowed per entry")
        }
        guard entry.uncompressedSize <= ratioLimit(entry) else {
            throw FormatProblem("\(entry.name) expands more than \(ImportLimits.maxCompressionRatio) times (\(entry.compressedSize) → \(entry.uncompressedSize) bytes: a zip bomb?); nothing was unpacked")
        }
    }

    /// The most `entry` may unpack to under the compression-ratio limit.
    static func ratioLimit(_ entry: Entry) -> UInt64 {
        let (product, overflow) = entry.compressedSize.multipliedReportingOverflow(by: ImportLimits.maxCompressionRatio)
        return max(ImportLimits.ratioFreeBytes, overflow ? .max : product)
    }

    /// Replaces an entry's saturated sizes and offset with the 64-bit values of its ZIP64 extra
    /// field (id 1), which holds only the saturated ones, in this order.
    static func readZip64Extra(_ extra: [UInt8], into entry: inout Entry) throws {
        var index = 0
        while index + 4 <= extra.count {
            let id = u16(extra, index), length = Int(u16(extra, index + 2))
            guard index + 4 + length <= extra.count else { break }
            if id == 1 {
                var field = index + 4
                func next() throws -> UInt64 {
                    guard field + 8 <= index + 4 + length else { throw FormatProblem("the ZIP64 sizes of \(entry.name) are damaged") }
                    defer { field += 8 }
                    return u64(extra, field)
                }
                if entry.uncompressedSize == 0xFFFF_FFFF { entry.uncompressedSize = try next() }
                if entry.compressedSize == 0xFFFF_FFFF { entry.compressedSize = try next() }
                if entry.localHeaderOffset == 0xFFFF_FFFF { entry.localHeaderOffset = try next() }
                return
            }
            index += 4 + length
        }
        throw FormatProblem("\(entry.name) is over 4 GB but has no ZIP64 sizes")
    }

    static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    static func u32(_ b: [UInt8], _ i: Int) -> UInt32 { UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24 }
    static func u64(_ b: [UInt8], _ i: Int) -> UInt64 { UInt64(u32(b, i)) | UInt64(u32(b, i + 4)) << 32 }

    /// Extracts every file entry under `folder` (names with `..` or absolute paths are refused);
    /// returns the extracted paths in archive order.
    func extractAll(to folder: URL) throws -> [String] {
        var paths: [String] = []
        for entry in entries where !entry.isDirectory {
            let parts = entry.name.split(separator: "/")
            guard !entry.name.hasPrefix("/"), !parts.contains("..") else { throw FormatProblem("entry \(entry.name) points outside the archive") }
            let target = folder.appendingPathComponent(entry.name)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            try extract(entry, to: target)
            paths.append(target.path)
        }
        return paths
    }

    func extract(_ entry: Entry, to target: URL) throws {
        guard entry.flags & 1 == 0 else { throw FormatProblem("\(entry.name) is encrypted") }
        guard entry.method == 0 || entry.method == 8 else { throw FormatProblem("\(entry.name) uses compression method \(entry.method); only stored and deflated entries are read") }
        guard let input = try? FileHandle(forReadingFrom: url) else { throw FormatProblem("cannot open the archive") }
        defer { try? input.close() }
        try input.seek(toOffset: entry.localHeaderOffset)
        let header = [UInt8](try input.read(upToCount: 30) ?? Data())
        guard header.count == 30, header[0] == 0x50, header[1] == 0x4B, header[2] == 0x03, header[3] == 0x04 else {
            throw FormatProblem("the local header of \(entry.name) is damaged")
        }
        let skip = UInt64(header[26]) | UInt64(header[27]) << 8
        let extra = UInt64(header[28]) | UInt64(header[29]) << 8
        try input.seek(toOffset: entry.localHeaderOffset + 30 + skip + extra)
        // Health data: readable by this user only, from the moment the file exists.
        guard FileManager.default.createFile(atPath: target.path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let output = try? FileHandle(forWritingTo: target) else { throw FormatProblem("cannot write \(target.path)") }
        defer { try? output.close() }
        // The header's size may lie: never write more than it declared (which passed the limits).
        var written: UInt64 = 0
        func write(_ data: Data) throws {
            written += UInt64(data.count)
            guard written <= entry.uncompressedSize else {
                throw FormatProblem("\(entry.name) unpacks to more than the \(entry.uncompressedSize) bytes its header declares (damaged or hostile); not unpacked")
            }
            try output.write(contentsOf: data)
        }
        var remaining = entry.compressedSize
        let chunk = 1 << 20
        if entry.method == 0 {
            while remaining > 0 {
                let data = try input.read(upToCount: Int(min(UInt64(chunk), remaining))) ?? Data()
                guard !data.isEmpty else { throw FormatProblem("\(entry.name) is truncated") }
                try write(data)
                remaining -= UInt64(data.count)
            }
            return
        }
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw FormatProblem("cannot start decompression")
        }
        defer { inflateEnd(&stream) }
        var buffer = [UInt8](repeating: 0, count: chunk)
        var finished = false
        while !finished {
            let data = remaining > 0 ? (try input.read(upToCount: Int(min(UInt64(chunk), remaining))) ?? Data()) : Data()
            if data.isEmpty && remaining > 0 { throw FormatProblem("\(entry.name) is truncated") }
            remaining -= UInt64(data.count)
            try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                stream.next_in = UnsafeMutablePointer(mutating: raw.bindMemory(to: Bytef.self).baseAddress)
                stream.avail_in = uInt(raw.count)
                repeat {
                    let status = buffer.withUnsafeMutableBufferPointer { out -> Int32 in
                        stream.next_out = out.baseAddress
                        stream.avail_out = uInt(chunk)
                        return inflate(&stream, Z_NO_FLUSH)
                    }
                    guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                        throw FormatProblem("\(entry.name) is corrupt (zlib \(status))")
                    }
                    let produced = chunk - Int(stream.avail_out)
                    if produced > 0 { try write(Data(buffer[0 ..< produced])) }
                    if status == Z_STREAM_END { finished = true; return }
                    if status == Z_BUF_ERROR && produced == 0 { break }
                } while stream.avail_in > 0 || stream.avail_out == 0
            }
            if !finished && remaining == 0 && data.isEmpty { throw FormatProblem("\(entry.name) is truncated") }
        }
    }
}
