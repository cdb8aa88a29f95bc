#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Logs go to stderr (never stdout, which carries the protocol) and, once a client is connected,
/// to `window/logMessage`.
public final class Logger: @unchecked Sendable {
    public enum Level: Int, Sendable, Comparable {
        case error = 1
        case warning = 2
        case info = 3
        case log = 4
        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    private let lock = NSLock()
    private var forward: (@Sendable (Level, String) -> Void)?
    public var writesToStderr: Bool

    public init(writesToStderr: Bool = true) {
        self.writesToStderr = writesToStderr
    }

    public func forward(to sink: (@Sendable (Level, String) -> Void)?) {
        lock.withLock { forward = sink }
    }

    public func callAsFunction(_ message: String, level: Level = .info) {
        if writesToStderr {
            let line = "copydesk: \(message)\n"
            _ = line.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
        }
        let sink = lock.withLock { forward }
        sink?(level, message)
    }
}
