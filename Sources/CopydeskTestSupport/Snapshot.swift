import Foundation

/// Compares `actual` with `__Snapshots__/<name>.txt` beside the calling test file. The snapshot is
/// written when missing or when `UPDATE_SNAPSHOTS=1`; otherwise a difference fails the check.
public func assertSnapshot(_ actual: String, named name: String, file: String = #filePath) throws {
    let directory = (file as NSString).deletingLastPathComponent + "/__Snapshots__"
    let path = directory + "/\(name).txt"
    let update = ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1"
    if !update, let existing = try? String(contentsOfFile: path, encoding: .utf8) {
        if existing != actual {
            let expectedLines = existing.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            var diff: [String] = []
            for i in 0..<max(expectedLines.count, actualLines.count) {
                let e = i < expectedLines.count ? String(expectedLines[i]) : "∅"
                let a = i < actualLines.count ? String(actualLines[i]) : "∅"
                if e != a { diff.append("line \(i + 1):\n  - \(e)\n  + \(a)") }
                if diff.count >= 20 { break }
            }
            throw FixtureMismatch("snapshot \(name) differs (UPDATE_SNAPSHOTS=1 to accept):\n" + diff.joined(separator: "\n"))
        }
        return
    }
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try actual.write(toFile: path, atomically: true, encoding: .utf8)
}
