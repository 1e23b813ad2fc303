#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Ctrl-C ends the run between two writes, never inside one, so a reader of the output
/// (a JSONL consumer, `tail -f`) only ever sees whole records.
///
/// The handler exits at once when no write is in progress; otherwise the writer finishes
/// its write and exits. Only atomics and `_exit` are used inside the handler.
enum Interruption {
    static let requested = Atomic<Bool>(false)
    static let writing = Atomic<Bool>(false)
    /// 128 + SIGINT, what shells report for a process ended by Ctrl-C.
    static let status: Int32 = 130

    static func install() {
        // Touch both atomics here: a lazily initialized global must not be first used in a handler.
        requested.store(false, ordering: .sequentiallyConsistent)
        writing.store(false, ordering: .sequentiallyConsistent)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            Interruption.requested.store(true, ordering: .sequentiallyConsistent)
            if !Interruption.writing.load(ordering: .sequentiallyConsistent) { _exit(Interruption.status) }
        }
        // Restart an interrupted write(2) so the record in flight is completed.
        action.sa_flags = SA_RESTART
        sigaction(SIGINT, &action, nil)
        // A blocked signal mask survives exec; a parent whose threads block SIGINT (test
        // runners, some supervisors) would otherwise leave Ctrl-C pending forever.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Runs one write with the handler deferring to it.
    static func whileWriting(_ body: () throws(OutputError) -> Void) throws(OutputError) {
        writing.store(true, ordering: .sequentiallyConsistent)
        defer {
            writing.store(false, ordering: .sequentiallyConsistent)
            if requested.load(ordering: .sequentiallyConsistent) { _exit(status) }
        }
        try body()
    }
}
