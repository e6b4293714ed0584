import Foundation

// libFuzzer entry point for Cadence's readers of outside bytes. One executable, built by
// `Fuzz/run` from the reader sources themselves (no SwiftPM modules, no database), with the
// target chosen by CADENCE_FUZZ_TARGET: fit, xml, zip, gzip or sse. A crash, a trap (overflow,
// out-of-range index) or an address-sanitizer report stops the run with the input saved.

private enum Target: String {
    case fit, xml, zip, gzip, sse
}

private let target: Target = {
    let name = ProcessInfo.processInfo.environment["CADENCE_FUZZ_TARGET"] ?? ""
    guard let target = Target(rawValue: name) else {
        FileHandle.standardError.write(Data("set CADENCE_FUZZ_TARGET to fit, xml, zip, gzip or sse\n".utf8))
        exit(2)
    }
    return target
}()

/// Where the zip target writes its archive and extracts it: one private folder per process.
private let scratch: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("cadence-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    switch target {
    case .fit:
        _ = try? FITDecoder.decodeSalvaging(data)
        _ = try? FITDecoder.decode(data)
    case .xml:
        var handlers = XMLElementStream.Handlers()
        var names = 0
        handlers.start = { _, attributes, path in names += attributes.count + path.count }
        handlers.end = { _, text, _ in names += text.count }
        _ = try? XMLElementStream.parse(data, handlers: handlers)
    case .zip:
        let archive = scratch.appendingPathComponent("input.zip")
        let folder = scratch.appendingPathComponent("out")
        try? data.write(to: archive)
        if let zip = try? ZipArchive(url: archive) { _ = try? zip.extractAll(to: folder) }
        try? FileManager.default.removeItem(at: folder)
    case .gzip:
        _ = try? Gzip.decompress(data)
        _ = Gzip.head(data)
    case .sse:
        var parser = ServerSentEventParser()
        let cut = count / 2
        _ = parser.feed(data.prefix(cut))
        _ = parser.feed(data.dropFirst(cut))
        try? parser.finish()
    }
    return 0
}
