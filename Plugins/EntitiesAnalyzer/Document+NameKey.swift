import Gazetteer
import TextAnalysis

extension Document {
    /// The ``NameKey`` of the words of `tokens` as one name (from the first's first byte to the
    /// last's last), the key the gazetteer and the lexicon's lists are searched by; nil for
    /// bytes no name folds from.
    func nameKey(of tokens: Range<Int>) -> UInt64? {
        let range = self.tokens[tokens.lowerBound].span.bytes.lowerBound..<self.tokens[tokens.upperBound - 1].span.bytes.upperBound
        return bytes.withUnsafeBufferPointer { NameKey.key(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}
