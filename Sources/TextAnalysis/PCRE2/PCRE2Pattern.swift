// The only file that touches PCRE2's C API. `private import` makes the compiler
// reject any `pcre2_*` call elsewhere, so every pointer stays fenced in here.
private import CPCRE2

/// Compile-time options for a ``PCRE2Pattern``. UTF and UCP are always on:
/// we match Unicode text, and `\w`, `\d`, `\s` and `\b` must see Unicode classes.
public struct PCRE2Options: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let caseless = PCRE2Options(rawValue: UInt32(PCRE2_CASELESS))
    public static let multiline = PCRE2Options(rawValue: UInt32(PCRE2_MULTILINE))
    public static let dotAll = PCRE2Options(rawValue: UInt32(PCRE2_DOTALL))
    /// Whitespace and `#` comments in the pattern are ignored.
    public static let extended = PCRE2Options(rawValue: UInt32(PCRE2_EXTENDED))
    /// The match must start exactly at the start offset.
    public static let anchored = PCRE2Options(rawValue: UInt32(PCRE2_ANCHORED))
}

/// Bounds on one match attempt, so no pattern (ours or a user's) can run away.
/// A match that hits a limit throws ``PCRE2Error/match(pattern:name:code:message:byteOffset:)``.
public struct PCRE2Limits: Sendable, Hashable {
    /// PCRE2's `match_limit`: calls of its internal match function (also enforced by JIT).
    public var matchLimit: UInt32
    /// PCRE2's `depth_limit`: backtracking depth (interpreter only; JIT is bounded by its stack).
    public var depthLimit: UInt32

    public init(matchLimit: UInt32 = 10_000_000, depthLimit: UInt32 = 100_000) {
        self.matchLimit = matchLimit
        self.depthLimit = depthLimit
    }

    public static let `default` = PCRE2Limits()
}

/// One match: UTF-8 byte offsets into the subject.
public struct PCRE2Match: Sendable, Hashable {
    /// The whole match.
    public let range: Range<Int>
    /// The numeric `(*MARK:N)` name of the branch that matched, if the pattern set one.
    /// The tokenizer tags each rule's branch this way to learn which rule matched without
    /// scanning capture groups.
    public let mark: Int?
    /// Capture groups 1...n; `nil` for a group that did not take part. Empty when the
    /// pattern has no groups, so group-free patterns never allocate per match.
    public let captures: [Range<Int>?]
}

/// A compiled, JIT-compiled (when the platform allows) PCRE2 regular expression.
///
/// PCRE2 documents a compiled pattern as safe to use from many threads at once;
/// each match call creates its own match data, so the class is `Sendable`.
/// The C resources are released in `deinit`, deterministically when the last
/// reference goes away.
public final class PCRE2Pattern: @unchecked Sendable {
    /// Which PCRE2 engine runs the matches. Tests compare the two.
    public enum Engine: Sendable { case jitIfAvailable, interpreter }

    public let pattern: String
    public let name: String?
    public let options: PCRE2Options
    /// Whether matches run on JIT-compiled code (false: PCRE2's interpreter).
    public let isJITCompiled: Bool
    /// Number of capture groups in the pattern.
    public let captureCount: Int
    /// The shortest subject, in scalars, that can match (0: the pattern can match empty text).
    public let minimumLength: Int

    private let code: OpaquePointer
    private let matchContext: OpaquePointer
    /// Scratch left by finished match loops, for the next ones (see ``Scratch``).
    private let spares = Locked<[Scratch]>([])

    public init(
        _ pattern: String,
        options: PCRE2Options = [],
        name: String? = nil,
        limits: PCRE2Limits = .default,
        engine: Engine = .jitIfAvailable
    ) throws(PCRE2Error) {
        self.pattern = pattern
        self.name = name
        self.options = options
        var errorCode: Int32 = 0
        var errorOffset = 0
        let flags = options.rawValue | UInt32(PCRE2_UTF) | UInt32(PCRE2_UCP)
        let compiled: OpaquePointer? = pattern.utf8.withContiguousStorageIfAvailable { bytes in
            pcre2_compile_8(bytes.baseAddress, bytes.count, flags, &errorCode, &errorOffset, nil)
        } ?? Array(pattern.utf8).withUnsafeBufferPointer { bytes in
            pcre2_compile_8(bytes.baseAddress, bytes.count, flags, &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            throw .compile(pattern: pattern, name: name, offset: errorOffset, message: Self.message(for: errorCode))
        }
        guard let context = pcre2_match_context_create_8(nil) else {
            pcre2_code_free_8(compiled)
            throw .compile(pattern: pattern, name: name, offset: 0, message: "out of memory creating a match context")
        }
        pcre2_set_match_limit_8(context, limits.matchLimit)
        pcre2_set_depth_limit_8(context, limits.depthLimit)
        code = compiled
        matchContext = context
        // JIT can be unavailable (unsupported CPU, or an SELinux policy forbidding
        // executable memory); the interpreter gives the same results, only slower.
        isJITCompiled = engine == .jitIfAvailable && pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0
        var groups: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &groups)
        captureCount = Int(groups)
        var shortest: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_MINLENGTH), &shortest)
        minimumLength = Int(shortest)
    }

    deinit {
        pcre2_match_context_free_8(matchContext)
        pcre2_code_free_8(code)
    }

    /// Calls `body` for each successive non-overlapping match in `text[start..<end]`
    /// (UTF-8 byte offsets, which must fall on scalar boundaries), until it returns `false`.
    /// Lookbehind may see text before `start`; nothing after `end` is seen.
    public func forEachMatch(
        in text: String,
        from start: Int = 0,
        to end: Int? = nil,
        _ body: (PCRE2Match) throws -> Bool
    ) throws {
        var text = text
        text.makeContiguousUTF8()
        try text.utf8.withContiguousStorageIfAvailable { bytes in
            try matches(in: bytes, from: start, to: end ?? bytes.count, body)
        }!
    }

    /// The first match at or after `start`, or `nil`.
    public func firstMatch(in text: String, from start: Int = 0, to end: Int? = nil) throws -> PCRE2Match? {
        var found: PCRE2Match?
        try forEachMatch(in: text, from: start, to: end) { match in
            found = match
            return false
        }
        return found
    }

    /// All non-overlapping matches.
    public func allMatches(in text: String, from start: Int = 0, to end: Int? = nil) throws -> [PCRE2Match] {
        var found: [PCRE2Match] = []
        try forEachMatch(in: text, from: start, to: end) { match in
            found.append(match)
            return true
        }
        return found
    }

    /// Successive matches in `bytes[start...]` of a pattern whose branches each end in a
    /// numeric `(*MARK:n)`, reported as `body(start, end, mark)` (byte offsets; `mark` is -1
    /// when no numeric mark was set), until `body` returns `false`.
    ///
    /// The tokenizer's loop, run once per token: unlike ``forEachMatch(in:from:to:_:)`` it
    /// builds no ``PCRE2Match`` (an optional and a capture array per match, 60 instructions
    /// a token with the closure around them) and it is inlined into its caller with `body`.
    @inline(__always)
    func forEachMarkedMatch(
        in bytes: UnsafeBufferPointer<UInt8>,
        from start: Int,
        _ body: (_ start: Int, _ end: Int, _ mark: Int) throws -> Bool
    ) throws {
        // A mark's name lies inside the compiled pattern, so one pointer always names the same
        // number: parse it only when the branch differs from the last match's (most tokens
        // follow a word with a word).
        var lastMark: UnsafePointer<UInt8>?
        var lastNumber = -1
        try matches(in: bytes, from: start, to: bytes.count) { matchData, ovector, _ in
            let mark = pcre2_get_mark_8(matchData)
            if mark != lastMark { (lastMark, lastNumber) = (mark, Self.numericMark(mark)) }
            return try body(ovector[0], ovector[1], lastNumber)
        }
    }

    // MARK: - The match loop

    private func matches(
        in bytes: UnsafeBufferPointer<UInt8>,
        from start: Int,
        to end: Int,
        _ body: (PCRE2Match) throws -> Bool
    ) throws {
        try matches(in: bytes, from: start, to: end) { matchData, ovector, rc in
            let mark = Self.numericMark(pcre2_get_mark_8(matchData))
            // (The tokenizer's pattern has no groups: no call per token to learn that.)
            return try body(PCRE2Match(range: ovector[0]..<ovector[1], mark: mark >= 0 ? mark : nil,
                                       captures: captureCount > 0 ? captures(ovector, rc) : []))
        }
    }

    /// The loop under both entry points: `body` gets the match data, its ovector and the
    /// match call's return code after each successful match.
    @inline(__always)
    private func matches(
        in bytes: UnsafeBufferPointer<UInt8>,
        from start: Int,
        to end: Int,
        _ body: (OpaquePointer, UnsafeMutablePointer<Int>, Int32) throws -> Bool
    ) throws {
        precondition(0 <= start && start <= end && end <= bytes.count, "match bounds \(start)..<\(end) outside 0..<\(bytes.count)")
        let scratch = try spares.withLock { $0.popLast() } ?? Scratch(for: self)
        defer { spares.withLock { if $0.count < Self.maximumSpares { $0.append(scratch) } } }
        let matchData = scratch.matchData
        // A Swift String is always valid UTF-8, so PCRE2's own check is skipped. Without
        // PCRE2_NO_UTF_CHECK it re-validates the rest of the subject on every call:
        // quadratic over a document.
        let matchOptions = UInt32(PCRE2_NO_UTF_CHECK)
        // The ovector lives inside the match data: one pointer for all its matches.
        let ovector = pcre2_get_ovector_pointer_8(matchData)!
        var offset = start
        // An empty buffer still needs a non-null subject pointer.
        let emptyByte: UInt8 = 0
        try withUnsafePointer(to: emptyByte) { fallback in
            let subject = bytes.baseAddress ?? fallback
            while offset <= end {
                let rc: Int32 = isJITCompiled
                    ? pcre2_jit_match_8(code, subject, end, offset, matchOptions, matchData, scratch.matchContext)
                    : pcre2_match_8(code, subject, end, offset, matchOptions, matchData, scratch.matchContext)
                if rc == PCRE2_ERROR_NOMATCH { return }
                guard rc >= 0 else {
                    throw PCRE2Error.match(pattern: pattern, name: name, code: rc, message: Self.message(for: rc), byteOffset: offset)
                }
                guard try body(matchData, ovector, rc) else { return }
                let (lower, upper) = (ovector[0], ovector[1])
                if lower == upper {
                    // Step over one whole scalar so an empty match never splits a multi-byte sequence.
                    guard upper < end else { return }
                    offset = upper + 1
                    while offset < end && bytes[offset] & 0xC0 == 0x80 { offset += 1 }
                } else {
                    offset = upper
                }
            }
        }
    }

    private func captures(_ ovector: UnsafeMutablePointer<Int>, _ rc: Int32) -> [Range<Int>?] {
        guard captureCount > 0 else { return [] }
        let unset = Int.max // PCRE2_UNSET is ~(size_t)0, which imports as -1 or max depending on sign.
        return (1...captureCount).map { group -> Range<Int>? in
            guard group < Int(rc) else { return nil }
            let lower = ovector[2 * group], upper = ovector[2 * group + 1]
            if lower == -1 || lower == unset || upper < lower { return nil }
            return lower..<upper
        }
    }

    /// The number a `(*MARK:n)` names, or -1 (no mark, or not a number).
    @inline(__always)
    private static func numericMark(_ mark: UnsafePointer<UInt8>?) -> Int {
        guard let mark else { return -1 }
        let length = Int(cpcre2_mark_length(mark))
        guard length > 0 else { return -1 }
        // Fast path: most of the tokenizer's marks are one digit.
        let first = Int(mark[0]) &- 48
        if length == 1, UInt(bitPattern: first) < 10 { return first }
        var value = 0
        for index in 0..<length {
            let digit = Int(mark[index]) - 48
            // A user pattern can set any mark; a long digit string must not overflow.
            guard 0...9 ~= digit, value < Int.max / 10 - 9 else { return -1 }
            value = value * 10 + digit
        }
        return value
    }

    fileprivate static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = buffer.withUnsafeMutableBufferPointer { pcre2_get_error_message_8(code, $0.baseAddress, $0.count) }
        guard length > 0 else { return "PCRE2 error \(code)" }
        return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
    }

    /// At most this many ``Scratch`` wait for reuse: more than the threads that match at once.
    private static let maximumSpares = 64

    /// What one match loop needs for itself, since PCRE2 lets no two threads share it: match
    /// data, and a copy of the match context that, for JIT, carries its own JIT stack. Loops
    /// borrow one from ``spares`` and give it back, so a document allocates nothing; the JIT
    /// stack spares every match call PCRE2's setup of a stack on the machine stack (20
    /// instructions a token). It is as large as that one (32 KiB), so the same matches fit.
    private final class Scratch: @unchecked Sendable { // used by one loop at a time
        let matchData: OpaquePointer
        let matchContext: OpaquePointer
        private let jitStack: OpaquePointer?

        init(for pattern: PCRE2Pattern) throws(PCRE2Error) {
            guard let data = pcre2_match_data_create_from_pattern_8(pattern.code, nil) else {
                throw .match(pattern: pattern.pattern, name: pattern.name, code: PCRE2_ERROR_NOMEMORY, message: "out of memory", byteOffset: 0)
            }
            guard let context = pcre2_match_context_copy_8(pattern.matchContext) else {
                pcre2_match_data_free_8(data)
                throw .match(pattern: pattern.pattern, name: pattern.name, code: PCRE2_ERROR_NOMEMORY, message: "out of memory", byteOffset: 0)
            }
            // Without a stack of its own (allocation failed) JIT uses the machine stack, as before.
            let stack = pattern.isJITCompiled ? pcre2_jit_stack_create_8(32 * 1024, 32 * 1024, nil) : nil
            if let stack { pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(stack)) }
            matchData = data
            matchContext = context
            jitStack = stack
        }

        deinit {
            pcre2_match_data_free_8(matchData)
            pcre2_match_context_free_8(matchContext)
            if let jitStack { pcre2_jit_stack_free_8(jitStack) }
        }
    }
}
