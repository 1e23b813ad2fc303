import Gazetteer
import TextAnalysis

/// The arrays of one document's features and tags, kept between documents with their
/// capacity (``ScratchPool``): made anew for every document, their allocations and frees were
/// a good part of the analyzer's per-document cost. They are taken out emptied
/// (``take(_:)``), filled, handed on in ``DocumentFeatures`` and ``GreedyTagger/Result``, and
/// put back by ``keep(_:_:)`` once the document is done; an array still shared when it is
/// filled again is copied by the usual copy-on-write, so sharing is never wrong, only slower.
///
/// `@unchecked Sendable`: one document at a time holds it, taken from the pool under its lock
/// and put back the same way; no two threads ever use it at once. (Its properties are
/// unchecked for the same reason: the dynamic exclusivity checks of a class property cost more
/// than reusing the arrays saved.)
final class DocumentScratch: @unchecked Sendable {
    @exclusivity(unchecked) var sentences: [Range<Int>] = []
    @exclusivity(unchecked) var capsLines: [Bool] = []
    @exclusivity(unchecked) var runs: [FeatureExtractor.Run] = []
    @exclusivity(unchecked) var placeNames: [(start: Int, end: Int, key: UInt64)] = []
    @exclusivity(unchecked) var placeKeys: [UInt64] = []
    @exclusivity(unchecked) var placeReadings: [PlaceReading?] = []
    @exclusivity(unchecked) var missingPlaces: [Int] = []
    @exclusivity(unchecked) var placeHits: [(token: Int, feature: UInt64)] = []
    @exclusivity(unchecked) var placeFeatures: [UInt64] = []
    @exclusivity(unchecked) var placeStarts: [Int] = []
    @exclusivity(unchecked) var uppercaseRanges: [Range<Int>] = []
    /// The names of landmarks and facilities the gazetteer knows (``PlaceReading/isStructure``),
    /// in the order the extractor found them, overlapping ones included; empty in most documents.
    /// Here, not in ``DocumentFeatures``: one more array there was retained with every copy of it.
    @exclusivity(unchecked) var knownStructures: [Range<Int>] = []
    @exclusivity(unchecked) var tags: [EntityTag] = []
    @exclusivity(unchecked) var confidences: [Float] = []
    @exclusivity(unchecked) var named: [Int] = []
    /// The conventions' votes on each name's type (``DocumentFeatures/applyConventions(to:minimumConfidence:scratch:)``).
    @exclusivity(unchecked) var votes = NameMap<SIMD4<Int32>>(facts: [])
    @exclusivity(unchecked) var voteEntries: [Int] = []
    /// The mentions of the names by a byte of their hash, up to four.
    @exclusivity(unchecked) var voteMentions: [UInt8] = []
    /// The people's surnames the conventions have met (``DocumentFeatures/confirmRepeatedNames(_:minimumConfidence:scratch:)``).
    @exclusivity(unchecked) var surnames = SmallKeyMap<Bool>()
    /// The words of the one-word places met before each name there.
    @exclusivity(unchecked) var singleWordPlaces = SmallKeyMap<Bool>()
    /// The companies' names the conventions have met (``DocumentFeatures/retypeCompanyNames(_:minimumConfidence:scratch:)``).
    @exclusivity(unchecked) var companies: [Range<Int>] = []
    /// ``companies`` by their first word.
    @exclusivity(unchecked) var companyIndex = NamesByWord()
    /// The linker's maps of names (``EntityLinker``).
    @exclusivity(unchecked) var linkIndex = EntityLinker.Index()
    /// The word sums of the tokens with a capital, the words' keys and the new words among
    /// them (``CachedWordScorer/prepared(for:reusing:)``).
    @exclusivity(unchecked) var capitalizedSums: [TagSums] = []
    @exclusivity(unchecked) var wordKeys: [UInt64] = []
    @exclusivity(unchecked) var newWords: [Int] = []
    /// The facts of short words met in earlier documents (``TokenFactsCache``).
    @exclusivity(unchecked) var factsCache = TokenFactsCache()
    /// The tagger's document memory (``GreedyTagger``).
    @exclusivity(unchecked) var memory = FoldedKeyMap<EntityType>()

    /// `array`, emptied with its capacity kept; the scratch is left an empty one until
    /// ``keep(_:_:)`` puts the filled one back.
    @inline(__always)
    static func take<Element>(_ array: inout [Element]) -> [Element] {
        var taken: [Element] = []
        swap(&taken, &array)
        taken.removeAll(keepingCapacity: true)
        return taken
    }

    /// Keeps the arrays `features` and `result` were filled in, for the next document.
    func keep(_ features: DocumentFeatures, _ result: GreedyTagger.Result) {
        sentences = features.sentences
        capsLines = features.capsLines
        runs = features.runs
        placeFeatures = features.placeFeatures
        placeStarts = features.placeStarts
        uppercaseRanges = features.uppercase.rangesStorage
        tags = result.tags
        confidences = result.confidences
        named = result.named
    }
}

/// Scratch memory for the documents in progress, one ``DocumentScratch`` each at most (a new
/// one when every one is in use), shared by the analyzer's threads under a lock taken twice
/// per document.
struct ScratchPool: Sendable {
    private let free = Locked<[DocumentScratch]>([])

    func take() -> DocumentScratch { free.withLock { $0.popLast() } ?? DocumentScratch() }

    func put(_ scratch: DocumentScratch) { free.withLock { $0.append(scratch) } }
}
