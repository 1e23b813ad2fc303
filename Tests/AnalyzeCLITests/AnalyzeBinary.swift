import Foundation

/// Runs the built `analyze` executable, as a user would.
struct AnalyzeBinary {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        let stdoutBytes: Data

        /// stdout as JSON lines.
        func jsonLines() throws -> [[String: Any]] {
            try stdout.split(separator: "\n").map {
                try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
            }
        }

        func json() throws -> Any { try JSONSerialization.jsonObject(with: stdoutBytes) }
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary next to the test bundle (the build folder), or `ANALYZE_BINARY`.
    static let url: URL = {
        if let path = ProcessInfo.processInfo.environment["ANALYZE_BINARY"] { return URL(fileURLWithPath: path) }
        var candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        candidates += [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        for directory in candidates {
            let binary = directory.appendingPathComponent("analyze")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        }
        return packageRoot.appendingPathComponent(".build/debug/analyze")
    }()

    static let seed = packageRoot.appendingPathComponent("seeds/kupiansk-2025-12.txt").path

    static func run(_ arguments: [String], stdin: Data? = nil, stdoutPath: String? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let scratch = scratchDirectory("run")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = stdoutPath ?? scratch.appendingPathComponent("out").path
        let errPath = scratch.appendingPathComponent("err").path
        if stdoutPath == nil { FileManager.default.createFile(atPath: outPath, contents: nil) }
        FileManager.default.createFile(atPath: errPath, contents: nil)
        let inPath = scratch.appendingPathComponent("in").path
        FileManager.default.createFile(atPath: inPath, contents: stdin ?? Data())
        process.standardInput = FileHandle(forReadingAtPath: inPath)
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        try process.run()
        process.waitUntilExit()
        let out = stdoutPath == nil ? (FileManager.default.contents(atPath: outPath) ?? Data()) : Data()
        let err = FileManager.default.contents(atPath: errPath) ?? Data()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self), stdoutBytes: out)
    }

    /// Every file these tests write lives under one directory of the test process, removed when the
    /// process exits: files left by each run (a few MB of inputs each) filled the temporary
    /// directory over a day of runs.
    private static let scratchRoot: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("analyze-tests-\(getpid())-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: AnalyzeBinary.scratchRoot) }
        return root
    }()

    /// A path for a new directory under ``scratchRoot`` (not created: some tests let `analyze` create it).
    static func scratchDirectory(_ purpose: String) -> URL {
        scratchRoot.appendingPathComponent("\(purpose)-\(UUID().uuidString)")
    }

    /// Writes `contents` to a temporary file and returns its path.
    static func temporaryFile(_ contents: Data, name: String = "input.txt") throws -> String {
        let directory = scratchDirectory("in")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try contents.write(to: url)
        return url.path
    }
}
