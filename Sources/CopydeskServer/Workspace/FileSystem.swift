#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The only file access Copydesk has: list article files under a root and read them. It never
/// writes, never follows a symlink out of its root, and never reads a file over the size cap.
public enum FileSystem {
    public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        case notFound
        case unreadable(String)
        case notAFile
        case tooLarge(size: Int, limit: Int)
        case binary

        public var description: String {
            switch self {
            case .notFound: return "no such file"
            case .unreadable(let why): return "cannot read: \(why)"
            case .notAFile: return "not a regular file"
            case .tooLarge(let size, let limit): return "\(FileSystem.megabytes(size)) is over the \(FileSystem.megabytes(limit)) size limit; skipped"
            case .binary: return "binary content (not an article); skipped"
            }
        }
    }

    static func megabytes(_ n: Int) -> String {
        if n < 1024 * 1024 { return "\(n) bytes" }
        let tenths = (n * 10) / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MB"
    }

    /// Reads a file as text: UTF-8, with invalid bytes replaced by U+FFFD. Refuses files over
    /// `limit` bytes and files that look binary (a NUL byte in the first 8 KB).
    public static func readArticle(_ path: String, limit: Int) -> Result<String, ReadError> {
        // Non-blocking, so a FIFO or device named like an article cannot hang the reader; it is
        // then refused as not a regular file.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 { return .failure(errno == ENOENT ? .notFound : .unreadable(errorString(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.unreadable(errorString(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.notAFile) }
        let size = Int(info.st_size)
        if size > limit { return .failure(.tooLarge(size: size, limit: limit)) }
        var bytes = [UInt8](repeating: 0, count: size)
        var total = 0
        while total < size {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + total, size - total) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(errorString(errno)))
            }
            if n == 0 { break }
            total += n
        }
        if total < size { bytes.removeLast(size - total) }
        if bytes.prefix(8192).contains(0) { return .failure(.binary) }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    static let direntNameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    static let direntTypeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type)!

    public static func errorString(_ code: Int32) -> String {
        guard let s = strerror(code) else { return "error \(code)" }
        return String(cString: s)
    }

    /// The canonical absolute path, symlinks resolved; nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// Whether `path` (once symlinks are resolved) lies inside `root` (already resolved).
    public static func isInside(_ path: String, root: String) -> Bool {
        guard let real = realPath(path) else { return false }
        return real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// Article files under `root`, as absolute paths under the root's own spelling, sorted.
    /// Skips hidden folders, `.build` and `node_modules`; follows a symlink only when its target is
    /// inside the root, and visits each directory once (so symlink loops end).
    public static func articleFiles(
        under root: String, configuration: CopydeskConfiguration, log: (String) -> Void
    ) -> [String] {
        guard let realRoot = realPath(root) else {
            log("workspace folder \(root) does not exist")
            return []
        }
        var result: [String] = []
        var visited: Set<[UInt64]> = []
        var stack: [(path: String, relative: String)] = [(root, "")]
        while let (dir, relative) = stack.popLast() {
            var dirInfo = stat()
            guard stat(dir, &dirInfo) == 0 else { continue }
            let key = [UInt64(dirInfo.st_dev), UInt64(dirInfo.st_ino)]
            if visited.contains(key) { continue }
            visited.insert(key)
            guard let handle = opendir(dir) else {
                log("cannot list \(dir): \(errorString(errno))")
                continue
            }
            var names: [(name: String, type: UInt8)] = []
            while let entry = readdir(handle) {
                // Read the name where it lies: copying `entry.pointee` would read a whole `dirent`,
                // past the end of a short record at the end of readdir's buffer (a crash seen on a
                // folder of 1,000 files).
                let raw = UnsafeRawPointer(entry)
                let name = String(cString: (raw + direntNameOffset).assumingMemoryBound(to: CChar.self))
                if name == "." || name == ".." { continue }
                names.append((name, (raw + direntTypeOffset).load(as: UInt8.self)))
            }
            closedir(handle)
            for (name, type) in names.sorted(by: { $0.name < $1.name }) {
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                let rel = relative.isEmpty ? name : relative + "/" + name
                var kind: mode_t
                // The directory entry's type saves a stat per file; symlinks and file systems that
                // do not fill it in are asked.
                if type == UInt8(DT_REG) {
                    kind = S_IFREG
                } else if type == UInt8(DT_DIR) {
                    kind = S_IFDIR
                } else {
                    var info = stat()
                    guard lstat(path, &info) == 0 else { continue }
                    kind = info.st_mode & S_IFMT
                }
                if kind == S_IFLNK {
                    guard isInside(path, root: realRoot) else {
                        log("skipping \(path): symlink points outside the workspace folder")
                        continue
                    }
                    var target = stat()
                    guard stat(path, &target) == 0 else { continue }  // dangling
                    kind = target.st_mode & S_IFMT
                }
                if kind == S_IFDIR {
                    if name.hasPrefix(".") || name == "node_modules" || name == ".build" { continue }
                    if configuration.exclude.contains(where: { $0.matches(rel) }) { continue }
                    stack.append((path, rel))
                } else if kind == S_IFREG {
                    if name.hasPrefix(".") { continue }
                    if configuration.includes(relativePath: rel) { result.append(path) }
                }
            }
        }
        return result.sorted()
    }
}
