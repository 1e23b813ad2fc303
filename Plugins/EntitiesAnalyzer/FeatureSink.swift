/// Where a token's feature hashes go as they are made. Training lists them (`[UInt64]`: an
/// update changes the weights of exactly those features); analysis only needs the sum of their
/// weights (``TableSums``), and listing them first cost an append and a read per feature, the
/// commonest step of the whole analyzer.
protocol FeatureSink {
    mutating func add(_ feature: UInt64)
}

extension FeatureSink {
    @inline(__always)
    mutating func add(_ template: FeatureTemplate, _ a: UInt64 = 0, _ b: UInt64 = 0) {
        add(FeatureHash.feature(template, a, b))
    }
}

extension Array: FeatureSink where Element == UInt64 {
    @inline(__always)
    mutating func add(_ feature: UInt64) { append(feature) }
}

/// What the greedy tagger has decided before a token, as its history features state it.
public struct TagHistory: Sendable {
    /// The previous tag of the sentence plus one, 0 at its start.
    var previousCode: UInt64
    /// The tag before that, coded the same way.
    var beforePreviousCode: UInt64
    /// The type an earlier confident mention of the same word got in the document.
    var remembered: EntityType?
}

/// A token the tagger scores: where it is, and the tags chosen before it.
public struct ScoredToken: Sendable {
    public let index: Int
    /// The number of its sentence in ``DocumentFeatures/sentences``.
    public let sentence: Int
    /// Its place in ``DocumentFeatures/capitalizedTokens()`` when it has a capital, else nil.
    public let capitalOrdinal: Int?
    public let history: TagHistory
}
