#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Runs a connection over file descriptors (stdin/stdout for a language server): a dedicated
/// thread reads, so reading never waits on analysis; writes go straight to the descriptor.
public enum StandardIO {
    /// Writes all of `bytes` to `fd`, retrying on partial writes and interrupts. Returns false when
    /// the peer is gone.
    @discardableResult
    public static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        var offset = 0
        return bytes.withUnsafeBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            while offset < buffer.count {
                let n = Glibc.write(fd, base + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return false
                }
                offset += n
            }
            return true
        }
    }

    /// Makes a connection that writes frames to `outputFD`. SIGPIPE is ignored so a vanished client
    /// shows up as a failed write, not a killed process.
    public static func connection(outputFD: Int32 = 1, log: @escaping Connection.Logger) -> Connection {
        signal(SIGPIPE, SIG_IGN)
        return Connection(
            write: { bytes in
                if !writeAll(bytes, to: outputFD) { log("write to client failed (errno \(errno))") }
            },
            log: log)
    }

    /// Starts the reader thread: it feeds `connection` until end of stream, then tells it so.
    public static func startReading(fd inputFD: Int32 = 0, into connection: Connection) {
        let thread = Thread {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let n = buffer.withUnsafeMutableBytes { raw in Glibc.read(inputFD, raw.baseAddress, raw.count) }
                if n < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    connection.log("read from client failed (errno \(errno))")
                    break
                }
                if n == 0 { break }
                connection.receive(buffer[0..<n])
            }
            connection.receiveEndOfStream()
        }
        thread.name = "copydesk-reader"
        thread.stackSize = 4 << 20
        thread.start()
    }
}
