/// A failure reported by PCRE2, with enough context to find the faulty pattern.
public enum PCRE2Error: Error, Equatable, Sendable, CustomStringConvertible {
    /// The pattern did not compile. `offset` is the UTF-8 byte offset in the
    /// pattern where PCRE2 stopped; `message` is PCRE2's own explanation.
    case compile(pattern: String, name: String?, offset: Int, message: String)
    /// Matching stopped early: a match, depth or heap limit was reached (a
    /// runaway pattern), or PCRE2 reported another error. `byteOffset` is where
    /// in the subject the failing attempt started.
    case match(pattern: String, name: String?, code: Int32, message: String, byteOffset: Int)

    public var description: String {
        switch self {
        case let .compile(pattern, name, offset, message):
            return "pattern \(Self.label(name, pattern)) does not compile at offset \(offset): \(message)"
        case let .match(pattern, name, _, message, byteOffset):
            return "pattern \(Self.label(name, pattern)) failed at byte \(byteOffset): \(message)"
        }
    }

    private static func label(_ name: String?, _ pattern: String) -> String {
        let shown = pattern.count > 60 ? String(pattern.prefix(57)) + "..." : pattern
        if let name { return "'\(name)' (\(shown))" }
        return "'\(shown)'"
    }
}
