import Foundation

/// Shared glue for the fuzz targets. Built normally, a target replays the files it is given (kept
/// corpus, crash regressions); built by `scripts/fuzz` (with `-DFUZZING`, ASan and coverage), its
/// main hands over to libFuzzer's driver.
public enum Fuzz {
    public typealias Body = (UnsafeRawBufferPointer) -> Void

    #if FUZZING
    @_silgen_name("LLVMFuzzerRunDriver")
    static func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    nonisolated(unsafe) static var body: Body?

    public static func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ run: @escaping Body) -> CInt {
        body = run
        var argc = argc
        var argv = argv
        return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            Fuzz.body?(UnsafeRawBufferPointer(start: data, count: size))
            return 0
        }
    }
    #else
    public static func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ run: @escaping Body) -> CInt {
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            for file in files(path) {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                data.withUnsafeBytes { run($0) }
                count += 1
            }
        }
        let name = ((CommandLine.arguments.first ?? "fuzz") as NSString).lastPathComponent
        print("\(name): replayed \(count) inputs without a failure")
        return 0
    }
    #endif

    /// A file, or every file under a directory, sorted.
    static func files(_ path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        if !isDirectory.boolValue { return [path] }
        let items = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
        return items.sorted().map { path + "/" + $0 }.filter {
            FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }

    /// Reads little-endian integers and strings off fuzz input.
    public struct Reader {
        var bytes: ArraySlice<UInt8>
        public init(_ data: UnsafeRawBufferPointer) { bytes = Array(data)[...] }
        public var isEmpty: Bool { bytes.isEmpty }
        public mutating func byte() -> UInt8 { bytes.popFirst() ?? 0 }
        public mutating func int(_ bound: Int) -> Int { bound <= 0 ? 0 : (Int(byte()) << 8 | Int(byte())) % bound }
        public mutating func bytes(_ n: Int) -> [UInt8] {
            let taken = Array(bytes.prefix(n))
            bytes = bytes.dropFirst(n)
            return taken
        }
        public mutating func rest() -> [UInt8] {
            defer { bytes = [] }
            return Array(bytes)
        }
    }
}
