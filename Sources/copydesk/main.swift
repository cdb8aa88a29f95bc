#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CopydeskServer
import Dispatch
import JSONRPC

let usage = """
    copydesk — a language server for news articles

    USAGE:
      copydesk lsp [--stdio]                 run the language server on stdin/stdout
      copydesk check [options] PATH...       report diagnostics for articles and folders
      copydesk analyze [options] PATH...     print the extracted facts as JSON
      copydesk --help | --version

    OPTIONS (check, analyze):
      --format text|json     output format (check: text by default; analyze: json only)
      --config FILE          settings file to use instead of each folder's .copydesk.json
      --fail-on LEVEL        check exits 1 when a finding at LEVEL or worse is reported:
                             error, warning (default), information or hint

    EXIT STATUS (check):
      0  no findings at or above --fail-on      1  findings      2  usage or I/O error

    Folders are searched for *.md, *.markdown, *.txt and *.article files, skipping hidden
    folders, .build and node_modules. Files named directly are read whatever their extension.
    """

func fail(_ message: String) -> Never {
    printError("copydesk: \(message)")
    exit(2)
}

func printError(_ message: String) {
    let line = message + "\n"
    _ = line.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
}

func printOut(_ text: String) {
    StandardIO.writeAll(Array(text.utf8), to: 1)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else {
    printError(usage)
    exit(2)
}
arguments.removeFirst()

switch command {
case "--help", "-h", "help":
    printOut(usage + "\n")
    exit(0)
case "--version", "-V", "version":
    printOut("copydesk \(CopydeskServer.version)\n")
    exit(0)
case "lsp", "--stdio":
    for argument in arguments where !["--stdio", "--clientProcessId"].contains(argument) && !argument.hasPrefix("--clientProcessId=") {
        if Int(argument) != nil { continue }  // the value of --clientProcessId
        fail("lsp: unknown option \(argument)")
    }
    runLanguageServer()
case "check", "analyze":
    let options = CommandOptions.parse(arguments, command: command)
    exit(command == "check" ? runCheck(options) : runAnalyze(options))
default:
    fail("unknown command '\(command)'\n\n\(usage)")
}

func runLanguageServer() -> Never {
    let log = Logger()
    let connection = StandardIO.connection(outputFD: 1) { message in log(message, level: .warning) }
    let server = CopydeskServer(connection: connection, log: log) { code in exit(code) }
    connection.start(handler: server)
    StandardIO.startReading(fd: 0, into: connection)
    // The connection holds the server weakly; it lives as long as the process.
    withExtendedLifetime(server) { dispatchMain() }
}
