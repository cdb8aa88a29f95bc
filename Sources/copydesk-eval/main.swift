#if canImport(Glibc)
import Glibc
#endif

/// `copydesk-eval`: accuracy against annotated corpora that live outside the project (see
/// ../shared/eval/README.md). Every command takes the data folder as an argument.
let usage = """
    copydesk-eval — measure Copydesk against annotated news corpora

    USAGE:
      copydesk-eval quotes DIR [options]      PolNeAR attribution (DIR = .../polnear)
      copydesk-eval time DIR [options]        TempEval-3 / MEANTIME TIMEX3 (DIR = a folder of .tml/.xml)
      copydesk-eval entities DIR [options]    CoNLL-2003 / MEANTIME / NewsWCL50 entities
      copydesk-eval conflicts DIR [options]   SemEval-2015 TimeLine conflicts, or a labelled pair set

    Run a command with --help for its options.
    """

var arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else {
    print(usage)
    exit(2)
}
arguments.removeFirst()
switch command {
case "quotes": exit(QuoteEvaluation.run(arguments))
case "time": exit(TimeEvaluation.run(arguments))
case "entities": exit(EntityEvaluation.run(arguments))
case "conflicts": exit(ConflictEvaluation.run(arguments))
case "--help", "-h", "help":
    print(usage)
    exit(0)
default:
    print("copydesk-eval: unknown command '\(command)'\n\n\(usage)")
    exit(2)
}
