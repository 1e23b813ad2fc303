/// Exit statuses, from BSD's sysexits.h so scripts can tell failures apart.
package enum ExitStatus: Int32, Comparable {
    case success = 0
    /// Bad command line: unknown plugin or option, bad flag value.
    case usage = 64
    /// Input that is not what it should be: invalid UTF-8, binary, bad JSON, too large.
    case dataError = 65
    /// An input file that cannot be opened.
    case noInput = 66
    /// A read or write that failed after opening.
    case ioError = 74
    /// A configuration file (token rules) that cannot be used.
    case config = 78
    /// A plugin's shipped example does not hold (`--selftest`): the build reads text wrongly.
    case software = 70

    /// When several documents fail differently, the run exits with the most severe.
    private var severity: Int {
        switch self {
        case .success: 0
        case .dataError: 1
        case .noInput: 2
        case .ioError: 3
        case .usage, .config: 4
        case .software: 5
        }
    }

    package static func < (lhs: ExitStatus, rhs: ExitStatus) -> Bool { lhs.severity < rhs.severity }
}
