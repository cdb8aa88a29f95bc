import CorpusAnalysis

struct CommandOptions {
    enum Format: String { case text, json }

    var format: Format
    var configurationFile: String?
    var failOn: Severity = .warning
    var paths: [String] = []

    static func parse(_ arguments: [String], command: String) -> CommandOptions {
        var options = CommandOptions(format: command == "check" ? .text : .json)
        var i = 0
        func value(_ flag: String) -> String {
            i += 1
            guard i < arguments.count else { fail("\(command): \(flag) needs a value") }
            return arguments[i]
        }
        while i < arguments.count {
            var argument = arguments[i]
            var inlineValue: String? = nil
            if argument.hasPrefix("--"), let eq = argument.firstIndex(of: "=") {
                inlineValue = String(argument[argument.index(after: eq)...])
                argument = String(argument[..<eq])
            }
            switch argument {
            case "--format":
                let v = inlineValue ?? value(argument)
                guard let f = Format(rawValue: v) else { fail("\(command): --format must be text or json, not '\(v)'") }
                if command == "analyze" && f != .json { fail("analyze: only --format json is supported") }
                options.format = f
            case "--config":
                options.configurationFile = inlineValue ?? value(argument)
            case "--fail-on":
                let v = inlineValue ?? value(argument)
                guard let s = Severity(rawValue: v == "info" ? "information" : v) else {
                    fail("\(command): --fail-on must be error, warning, information or hint, not '\(v)'")
                }
                options.failOn = s
            case "--help", "-h":
                printOut(usage + "\n")
                exit(0)
            case "--":
                options.paths += arguments[(i + 1)...]
                i = arguments.count
                continue
            default:
                if argument.hasPrefix("-") && argument != "-" { fail("\(command): unknown option \(argument)") }
                options.paths.append(arguments[i])
            }
            i += 1
        }
        if options.paths.isEmpty { fail("\(command): give at least one file or folder (e.g. `copydesk \(command) examples/`)") }
        return options
    }
}

#if canImport(Glibc)
import Glibc
#endif
