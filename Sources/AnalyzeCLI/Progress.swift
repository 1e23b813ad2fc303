#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress report on stderr, redrawn at most five times a second.
/// Only created when stderr is a terminal, so pipes and logs stay clean.
struct Progress {
    private var documents = 0
    private var bytes = 0
    private let started = Progress.now()
    private var lastDrawn = 0.0
    private var drawn = false

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    mutating func advance(documents: Int, bytes: Int) {
        self.documents += documents
        self.bytes += bytes
        let time = Progress.now()
        guard time - lastDrawn >= 0.2, time - started >= 0.5 else { return }
        lastDrawn = time
        drawn = true
        let megabytes = Double(self.bytes) / 1e6
        let rate = megabytes / max(time - started, 1e-9)
        let line = "\r\u{1B}[Kanalyzed \(self.documents) documents, \(format(megabytes)) MB (\(format(rate)) MB/s)"
        _ = Array(line.utf8).withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress!, $0.count) }
    }

    mutating func finish() {
        guard drawn else { return }
        _ = Array("\r\u{1B}[K".utf8).withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress!, $0.count) }
    }

    private func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
