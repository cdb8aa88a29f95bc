#if canImport(Glibc)
import Glibc
#endif

/// `copydesk-bench`: speed and memory figures. Build with `-c release`; timing lives here, never in
/// tests.
let usage = """
    copydesk-bench — benchmarks (run with `swift run -c release copydesk-bench ...`)

    USAGE:
      copydesk-bench all [options]          every figure of issue 7 at 1k/10k/100k, with the peers
                                            (run through bench/run, which fetches the corpus first)
      copydesk-bench corpus [options]       only write the workspaces (see `all --help` for options)
      copydesk-bench quotes [options]       quote analysis time against article length
      copydesk-bench conflicts [options]    conflict update after a keystroke in a large workspace
      copydesk-bench entities [options]     entity index update, hover and references latency

    Run a command with --help for its options.
    """

var arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else {
    print(usage)
    exit(2)
}
arguments.removeFirst()
switch command {
case "all": exit(Harness.run(arguments))
case "corpus": exit(Harness.corpus(arguments))
case "quotes": exit(QuoteBenchmark.run(arguments))
case "conflicts": exit(ConflictBenchmark.run(arguments))
case "entities": exit(EntityBenchmark.run(arguments))
case "--help", "-h", "help":
    print(usage)
    exit(0)
default:
    print("copydesk-bench: unknown command '\(command)'\n\n\(usage)")
    exit(2)
}
