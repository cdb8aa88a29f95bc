import CopydeskServer
import FuzzSupport
import LanguageServerProtocol

/// Fuzz target: random incremental edits in every position encoding. The server's result must
/// equal a plain reference implementation over Unicode scalars, and never trap.
func fuzzEdits(_ data: UnsafeRawBufferPointer) {
    var input = Fuzz.Reader(data)
    let encoding: PositionEncoding = [.utf8, .utf16, .utf32][Int(input.byte() % 3)]
    let alphabet: [String] = ["a", "b", " ", "\n", "\r\n", "\r", "é", "中", "😀", "e\u{301}", "“", "\u{FFFD}"]
    func text(_ n: Int) -> String { (0..<n).map { _ in alphabet[Int(input.byte()) % alphabet.count] }.joined() }
    var current = text(input.int(64))
    var reference = Array(current.unicodeScalars)
    var steps = 0
    while !input.isEmpty && steps < 32 {
        steps += 1
        let index = LineIndex(current)
        let startLine = input.int(index.lineCount + 2) - 1
        let startChar = input.int(40) - 2
        let endLine = input.int(index.lineCount + 2) - 1
        let endChar = input.int(40) - 2
        let insert = text(input.int(6))
        let change = TextDocumentContentChangeEvent(
            range: LSPRange(start: Position(line: startLine, character: startChar), end: Position(line: endLine, character: endChar)), text: insert)
        current = TextEditing.apply([change], to: current, encoding: encoding)
        // Reference: the same clamping rules, computed on scalars.
        let s = scalarOffset(reference, line: startLine, character: startChar, encoding: encoding)
        var e = scalarOffset(reference, line: endLine, character: endChar, encoding: encoding)
        if e < s { e = s }
        reference.replaceSubrange(s..<e, with: Array(insert.unicodeScalars))
        precondition(String(String.UnicodeScalarView(reference)) == current, "incremental edit diverged from the reference: \(encoding) \(startLine):\(startChar)-\(endLine):\(endChar) \(insert.debugDescription) server \(current.debugDescription) reference \(String(String.UnicodeScalarView(reference)).debugDescription)")
    }
}

/// Line/character → scalar index, by the LSP rules: lines end at \n (a \r before it is not part of
/// the line), characters count code units, past-the-end clamps, inside a scalar moves to its start.
func scalarOffset(_ scalars: [Unicode.Scalar], line: Int, character: Int, encoding: PositionEncoding) -> Int {
    if line < 0 { return 0 }
    // Line starts after \n, \r\n or a lone \r.
    var starts = [0]
    for (k, c) in scalars.enumerated() where c == "\n" || (c == "\r" && (k + 1 >= scalars.count || scalars[k + 1] != "\n")) {
        starts.append(k + 1)
    }
    guard line < starts.count else { return scalars.count }
    let i = starts[line]
    var end = line + 1 < starts.count ? starts[line + 1] - 1 : scalars.count
    if line + 1 < starts.count, scalars[end] == "\n", end > i, scalars[end - 1] == "\r" { end -= 1 }
    if character <= 0 { return i }
    var units = 0
    var k = i
    while k < end {
        let width: Int
        switch encoding {
        case .utf8: width = String(scalars[k]).utf8.count
        case .utf16: width = scalars[k].value >= 0x10000 ? 2 : 1
        case .utf32: width = 1
        }
        if units + width > character { return k }
        units += width
        k += 1
        if units == character { return k }
    }
    return end
}

#if canImport(Glibc)
import Glibc
#endif

exit(Fuzz.main(CommandLine.argc, CommandLine.unsafeArgv, fuzzEdits))
