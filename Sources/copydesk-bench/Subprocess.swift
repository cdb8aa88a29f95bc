#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Runs other programs for the benchmarks: `copydesk check`, `harper-cli`, the spaCy script, and
/// `copydesk lsp` over pipes. Peak RSS comes from the kernel (`wait4`'s `ru_maxrss`), so it is the
/// child's own high-water mark, with nothing of the harness in it.
enum Subprocess {
    struct Outcome {
        var status: Int32
        var seconds: Double
        /// Peak resident set size of the child, in MB.
        var peakRSS: Double
        var stdout: String
    }

    /// Runs `argv` to completion. stdout is captured when `captureOutput`, else discarded;
    /// stderr goes to `stderrPath` (default /dev/null).
    static func run(_ argv: [String], captureOutput: Bool = false, stderrPath: String = "/dev/null", environment: [String: String]? = nil) throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let outPath = NSTemporaryDirectory() + "copydesk-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).out"
        if captureOutput {
            posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let start = Clock.now()
        let pid = try spawn(argv, actions: &actions, environment: environment)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Clock.now() - start
        var output = ""
        if captureOutput {
            output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
            unlink(outPath)
        }
        let code: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Outcome(status: code, seconds: seconds, peakRSS: Double(usage.ru_maxrss) / 1024, stdout: output)
    }

    static func spawn(_ argv: [String], actions: inout posix_spawn_file_actions_t, environment: [String: String]? = nil) throws -> pid_t {
        var pid: pid_t = 0
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment ?? [:] { env[k] = v }
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cEnv.forEach { free($0) } }
        let rc = posix_spawnp(&pid, argv[0], &actions, nil, cArgs, cEnv)
        if rc != 0 { throw BenchError("cannot run \(argv[0]): \(String(cString: strerror(rc)))") }
        return pid
    }

    /// A child with pipes on stdin and stdout (stderr to a file), for `copydesk lsp`.
    final class Piped: @unchecked Sendable {
        let pid: pid_t
        let input: Int32
        let output: Int32

        init(_ argv: [String], stderrPath: String) throws {
            var toChild: [Int32] = [-1, -1]
            var fromChild: [Int32] = [-1, -1]
            guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { throw BenchError("pipe failed") }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
            posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
            posix_spawn_file_actions_addclose(&actions, toChild[1])
            posix_spawn_file_actions_addclose(&actions, fromChild[0])
            posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_APPEND, 0o644)
            pid = try Subprocess.spawn(argv, actions: &actions)
            close(toChild[0])
            close(fromChild[1])
            input = toChild[1]
            output = fromChild[0]
            signal(SIGPIPE, SIG_IGN)
        }

        /// Waits for the child to exit; returns its status and peak RSS (MB).
        func wait(timeout: Double = 30) -> (status: Int32, peakRSS: Double) {
            close(input)
            let deadline = Clock.now() + timeout
            var status: Int32 = 0
            var usage = rusage()
            while true {
                let r = wait4(pid, &status, WNOHANG, &usage)
                if r == pid { break }
                if r < 0 && errno != EINTR { return (-1, 0) }
                if Clock.now() > deadline {
                    kill(pid, SIGKILL)
                    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
                    break
                }
                usleep(5_000)
            }
            close(output)
            let code: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            return (code, Double(usage.ru_maxrss) / 1024)
        }
    }

    /// Resident set size (VmRSS) and its high-water mark (VmHWM) of a live process, in MB.
    static func memory(of pid: pid_t) -> (rss: Double, hwm: Double) {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return (0, 0) }
        var rss = 0.0
        var hwm = 0.0
        for line in status.split(separator: "\n") {
            let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            if line.hasPrefix("VmRSS:") { rss = kb / 1024 }
            if line.hasPrefix("VmHWM:") { hwm = kb / 1024 }
        }
        return (rss, hwm)
    }
}
