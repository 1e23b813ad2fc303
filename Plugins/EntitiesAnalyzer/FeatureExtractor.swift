public import Gazetteer
public import TextAnalysis

/// What the features need to know about one token, computed once per document.
struct TokenFacts: Sendable {
    var form: UInt64 = 0
    var lower: UInt64 = 0
    /// Lower-cased with periods dropped: the form the cue word lists use.
    var bare: UInt64 = 0
    var shape: UInt64 = 0
    var shortShape: UInt64 = 0
    /// ``NameKey`` of the token (case and diacritics folded), 0 when it has none.
    var nameKey: UInt64 = 0
    var isCapitalized = false
    var isAllCaps = false
    var hasLetter = false
    var hasUppercase = false
    var isWord = false

    /// What tells two mentions' words apart: the folded name, or for words without a capital
    /// (which get no name key) the lower-cased form.
    var identity: UInt64 { nameKey != 0 ? nameKey : lower }
}

/// The facts of short tokens met before, by their bytes: news repeats its words ("the", "said",
/// "Trump"), and reading a word's facts back costs a few instructions where hashing its bytes
/// three ways, sorting out its shape and case and folding its name key cost several times that.
/// Direct-mapped (a word takes the slot of the last one that hashed there), kept per
/// ``DocumentScratch``, so no two threads share one; the facts depend on the bytes alone
/// (``FeatureExtractor/facts(of:in:cache:)`` sets the token kind's after).
struct TokenFactsCache {
    /// Per slot the key of the bytes held (``key(of:in:)``), 0 for none.
    private var keys: [UInt64] = []
    private var facts: [TokenFacts] = []
    private static let slotBits = 14

    /// The slots, made on first use (1 MB: with a quarter of them, a megabyte of news missed
    /// 1.3 M instructions more; with twice as many, 0.1 M fewer), as buffer pointers for one
    /// document's tokens.
    mutating func withSlots<Result>(_ body: (UnsafeMutableBufferPointer<UInt64>, UnsafeMutableBufferPointer<TokenFacts>) -> Result) -> Result {
        if keys.isEmpty {
            keys = .filled(with: 0, count: 1 << Self.slotBits)
            facts = .filled(with: TokenFacts(), count: 1 << Self.slotBits)
        }
        return keys.withUnsafeMutableBufferPointer { keys in facts.withUnsafeMutableBufferPointer { facts in body(keys, facts) } }
    }

    /// The token's bytes (`range` of `buffer`) and their count in one word, when there are one to
    /// seven of them and eight bytes can be read from their start: the bytes in the low seven
    /// bytes (little-endian, the rest zero), the count in the top one, so no two tokens share a
    /// key and none is 0.
    @inline(__always)
    static func key(of range: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let count = range.count
        guard count >= 1 && count <= 7 && range.lowerBound + 8 <= buffer.count else { return nil }
        let word = UInt64(littleEndian: UnsafeRawPointer(buffer.baseAddress! + range.lowerBound).loadUnaligned(as: UInt64.self))
        return word & (1 << (8 * UInt64(count)) &- 1) | UInt64(count) << 56
    }

    @inline(__always)
    static func slot(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slotBits)) }
}

/// What the features of a document's tokens are computed from. The features that do not depend
/// on the tags chosen so far are computed when the tagger asks for a token's, not for every token
/// up front: the tagger scores only tokens with a capital or inside an open name, under half of
/// those within reach of a capital (``FeatureExtractor/mayBeInName(_:_:_:)``).
public struct DocumentFeatures: Sendable {
    let extractor: FeatureExtractor
    let document: Document
    var facts: [TokenFacts]
    /// Token ranges of the sentences, in order; tags never cross them.
    public let sentences: [Range<Int>]
    /// Per sentence: whether it is written in capitals (``FeatureExtractor/isCapsLine(_:_:_:)``).
    let capsLines: [Bool]
    /// Per token: the run of capitalized words it belongs to.
    let runs: [FeatureExtractor.Run]
    /// Gazetteer features grouped by token: those of token `i` are `placeFeatures[placeStarts[i]..<placeStarts[i + 1]]`.
    let placeFeatures: [UInt64]
    let placeStarts: [Int]
    /// The tokens with a capital (``TokenFacts/hasUppercase``), listed once with the facts:
    /// names start at them, and the passes that look for names (place candidates, runs of
    /// capitalized words, the tagger and the words whose sums it reads at once) visit these, a
    /// sixth of the tokens, instead of testing every token of every sentence.
    let uppercase: SentenceTokens

    /// Adds every feature of `token`: those that do not depend on the tags, then its history's.
    /// Training lists them in this order, which its float sums follow.
    func addFeatures<Sink: FeatureSink>(of token: ScoredToken, into features: inout Sink) {
        addStaticFeatures(of: token.index, sentence: token.sentence, into: &features)
        addHistoryFeatures(of: token.index, token.history, into: &features)
    }

    /// Adds the tag-independent features of the token at `index`, of sentence number `sentence`.
    func addStaticFeatures<Sink: FeatureSink>(of index: Int, sentence: Int, into features: inout Sink) {
        guard mayBeInName(index, sentence: sentence) else {
            features.add(.bias)
            return
        }
        extractor.addWordFeatures(facts[index], document.tokens[index], document, into: &features)
        addContextFeatures(of: index, sentence: sentence, into: &features)
    }

    /// The tokens with a capital, in the order ``GreedyTagger`` scores them (sentence by sentence):
    /// it scores every one of them, so the n-th it meets is the n-th here
    /// (``ScoredToken/capitalOrdinal``).
    func capitalizedTokens() -> [Int] { uppercase.bySentence }

    /// Whether the token gets more features than the bias (``FeatureExtractor/mayBeInName(_:_:_:)``).
    func mayBeInName(_ index: Int, sentence: Int) -> Bool {
        FeatureExtractor.mayBeInName(index, sentences[sentence], facts)
    }

    /// The features of a token that may be in a name, except those of the word itself
    /// (``FeatureExtractor/addWordFeatures(_:_:_:into:)``). Inlined: see
    /// ``FeatureExtractor/addContextFeatures(_:_:_:_:capsLine:run:into:)``.
    @inline(__always)
    func addContextFeatures<Sink: FeatureSink>(of index: Int, sentence: Int, into features: inout Sink) {
        // The facts through a buffer pointer: a dozen and more reads of neighbours, each checked
        // against the array's bounds.
        facts.withUnsafeBufferPointer { facts in
            extractor.addContextFeatures(index, sentences[sentence], facts, document, capsLine: capsLines[sentence], run: runs[index],
                                         into: &features)
        }
        for feature in placeFeatures[placeStarts[index]..<placeStarts[index + 1]] { features.add(feature) }
    }

    /// ``addContextFeatures(of:sentence:into:)`` summed from `model`'s table into sums of their
    /// own, returned: added straight into the scorer's sums (an `inout` the compiler kept out of
    /// line), each feature loaded and stored the sums and reloaded the table's address
    /// (3.5 M instructions per MB of news). Integer sums, so the total is the same.
    @inline(never)
    func contextSums(of index: Int, sentence: Int, model: EntityModel) -> TagSums {
        model.sum { addContextFeatures(of: index, sentence: sentence, into: &$0) }
    }

    /// The features that depend on the tags chosen before the token at `index`.
    func addHistoryFeatures<Sink: FeatureSink>(of index: Int, _ history: TagHistory, into features: inout Sink) {
        Self.addTagFeatures(history, into: &features)
        addWordHistoryFeatures(of: index, history, into: &features)
    }

    /// The history features that depend on nothing but the previous two tags (the analyzer keeps
    /// their weights' sums, ``HistorySums``).
    static func addTagFeatures<Sink: FeatureSink>(_ history: TagHistory, into features: inout Sink) {
        features.add(.previousTag, history.previousCode)
        features.add(.previousTwoTags, history.beforePreviousCode, history.previousCode)
    }

    /// The history features that also depend on the token's word (inlined, as
    /// ``addContextFeatures(of:sentence:into:)`` is).
    @inline(__always)
    func addWordHistoryFeatures<Sink: FeatureSink>(of index: Int, _ history: TagHistory, into features: inout Sink) {
        let facts = facts[index]
        features.add(.previousTagLower, history.previousCode, facts.lower)
        features.add(.previousTagShape, history.previousCode, facts.shortShape)
        if let remembered = history.remembered {
            features.add(.documentType, UInt64(remembered.rawValue))
            features.add(.documentTypeShape, UInt64(remembered.rawValue), facts.shortShape)
        }
    }
}

/// Turns a tokenized document into hashed features: the word and its shape, its neighbours,
/// sentence position and ALL-CAPS headlines, name lexicons, gazetteer and demonym hits,
/// organization, title and location cue words.
public struct FeatureExtractor: Sendable {
    let gazetteer: Gazetteer
    let lexicon: Lexicon
    let placeReadings: PlaceReadings
    /// The cue lists the features ask about, held here: each read of a static list was a
    /// `swift_once` call, several per scored token.
    private let organizationCues = CueWords.organization
    private let titleCues = CueWords.title
    private let locationCues = CueWords.location
    private let nameConnectors = CueWords.nameConnector
    /// The longest place name looked up, in tokens: longer names are rare and cost lookups.
    static let longestPlaceTokens = 4

    public init(gazetteer: Gazetteer, lexicon: Lexicon) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        placeReadings = PlaceReadings(gazetteer: gazetteer)
    }

    public func extract(_ document: Document) -> DocumentFeatures { extract(document, reusing: DocumentScratch()) }

    /// The features of `document`, in arrays taken from `scratch`.
    func extract(_ document: Document, reusing scratch: DocumentScratch) -> DocumentFeatures {
        let tokens = document.tokens
        let (facts, uppercaseTokens) = Self.facts(of: tokens, in: document, cache: &scratch.factsCache)
        // Into an array of the right size: `filter` grew its result five times per document.
        var sentences = DocumentScratch.take(&scratch.sentences)
        sentences.reserveCapacity(document.sentences.count)
        for sentence in document.sentences where !sentence.tokens.isEmpty { sentences.append(sentence.tokens) }
        if sentences.isEmpty && !tokens.isEmpty { sentences = [0..<tokens.count] }
        let uppercase = SentenceTokens(uppercaseTokens, sentences: sentences, ranges: DocumentScratch.take(&scratch.uppercaseRanges))
        var placeNames = DocumentScratch.take(&scratch.placeNames)
        placeNames.reserveCapacity(tokens.count / 2) // grown six times per document otherwise
        // Each sentence's capitals as a slice of one buffer, here and below: an ArraySlice per
        // sentence and pass retained and released the array (1 M instructions per MB of news).
        uppercase.tokens.withUnsafeBufferPointer { capitals in
            for number in sentences.indices {
                addPlaceNames(sentences[number], capitals[uppercase.positions(of: number)], facts, document, into: &placeNames)
            }
        }
        // Looked up together: the shared readings' lock is taken once or twice per document, not per name.
        // Into arrays kept between documents: four allocations per document otherwise.
        var placeKeys = DocumentScratch.take(&scratch.placeKeys)
        placeKeys.reserveCapacity(placeNames.count)
        for name in placeNames { placeKeys.append(name.key) }
        var readings = DocumentScratch.take(&scratch.placeReadings)
        var missing = DocumentScratch.take(&scratch.missingPlaces)
        placeReadings.readings(forKeys: placeKeys, into: &readings, missing: &missing)
        var placeHits = DocumentScratch.take(&scratch.placeHits)
        placeHits.reserveCapacity(4 * placeNames.count)
        scratch.knownStructures.removeAll(keepingCapacity: true)
        for (name, reading) in zip(placeNames, readings) {
            guard let place = reading else { continue }
            if place.isStructure { scratch.knownStructures.append(name.start..<name.end + 1) }
            for member in name.start...name.end {
                let position: UInt64 = name.start == name.end ? 3 : member == name.start ? 0 : member == name.end ? 2 : 1
                placeHits.append((member, FeatureHash.feature(.place, place.kind, position)))
                placeHits.append((member, FeatureHash.feature(.placePopulation, place.magnitude, position)))
            }
        }
        // Grouped by token, in the order found: one flat array, not an array per token. Counted,
        // summed up to where each token's group ends, then filled from the back (so each group
        // keeps its order and its end moves back to its start), through buffer pointers: each
        // write to the arrays checked that they were not shared.
        var placeStarts = DocumentScratch.take(&scratch.placeStarts)
        placeStarts.refill(with: 0, count: tokens.count + 1)
        var placeFeatures = DocumentScratch.take(&scratch.placeFeatures)
        placeFeatures.refill(with: 0, count: placeHits.count)
        placeStarts.withUnsafeMutableBufferPointer { starts in
            for hit in placeHits { starts[hit.token] += 1 }
            var sum = 0 // (wrapping: at most the hits' count)
            for index in starts.indices {
                sum &+= starts[index]
                starts[index] = sum
            }
            placeFeatures.withUnsafeMutableBufferPointer { features in
                for hit in placeHits.reversed() {
                    starts[hit.token] -= 1
                    features[starts[hit.token]] = hit.feature
                }
            }
        }
        var runs = DocumentScratch.take(&scratch.runs)
        runs.refill(with: Run(), count: tokens.count)
        // Through a buffer pointer: each write to the array checked that it was not shared.
        // The facts too, for these two passes: each read was checked against the array's bounds.
        var capsLines = DocumentScratch.take(&scratch.capsLines)
        capsLines.reserveCapacity(sentences.count)
        facts.withUnsafeBufferPointer { facts in
            runs.withUnsafeMutableBufferPointer { runs in
                uppercase.tokens.withUnsafeBufferPointer { capitals in
                    for number in sentences.indices { capitalizedRuns(sentences[number], capitals[uppercase.positions(of: number)], facts, into: runs) }
                }
            }
            uppercase.tokens.withUnsafeBufferPointer { capitals in
                for number in sentences.indices { capsLines.append(Self.isCapsLine(sentences[number], capitals[uppercase.positions(of: number)], facts)) }
            }
        }
        // The temporaries go straight back; the rest when the document is done.
        scratch.placeKeys = placeKeys
        scratch.placeReadings = readings
        scratch.missingPlaces = missing
        scratch.placeNames = placeNames
        scratch.placeHits = placeHits
        return DocumentFeatures(extractor: self, document: document, facts: facts, sentences: sentences,
                                capsLines: capsLines, runs: runs,
                                placeFeatures: placeFeatures, placeStarts: placeStarts, uppercase: uppercase)
    }

    // MARK: - Token facts

    /// ``facts(of:in:cache:)`` with a cache of its own.
    static func facts(of tokens: [Token], in document: Document) -> (facts: [TokenFacts], uppercase: [Int]) {
        var cache = TokenFactsCache()
        return facts(of: tokens, in: document, cache: &cache)
    }

    /// The facts of each token, and the tokens with a capital (in order); `cache` holds the facts
    /// of short words met before (``TokenFactsCache``).
    static func facts(of tokens: [Token], in document: Document, cache: inout TokenFactsCache) -> (facts: [TokenFacts], uppercase: [Int]) {
        // One buffer pointer over the document for all its tokens: an ArraySlice per token
        // retained and released the bytes, and each byte read was checked against two bounds.
        // Written in place: `map` inside the closure grew its result as it went, and appending
        // checked the capacity per token.
        // The tables read once: a static read in the loop was a `swift_once` check per token.
        let tables = FactTables(ascii: asciiCharacterFacts, lowercase: lowercaseWords, capitalized: capitalizedWords,
                                capitals: capitalsWords, digits: digitWords)
        var computed: [TokenFacts] = []
        // The tokens with a capital listed in the same loop, without a branch: every position is
        // written at the list's end, which moves on past those with a capital (a second pass
        // appending them was 1.9 M instructions per MB of news).
        let uppercase = [Int](unsafeUninitializedCapacity: tokens.count) { capitals, listed in
            computed = [TokenFacts](unsafeUninitializedCapacity: tokens.count) { all, initialized in
                var count = 0
                document.bytes.withUnsafeBufferPointer { buffer in
                    cache.withSlots { cachedKeys, cachedFacts in
                        for (position, token) in tokens.enumerated() {
                            let bytes = UnsafeBufferPointer(rebasing: buffer[token.span.bytes])
                            var facts: TokenFacts
                            // One ASCII character but a capital (which has a name key): from the table.
                            if bytes.count == 1 && bytes[0] < 0x80 && bytes[0] &- UInt8(ascii: "A") >= 26 {
                                facts = tables.ascii[Int(bytes[0])]
                            } else if let key = TokenFactsCache.key(of: token.span.bytes, in: buffer) {
                                // A word met before (most are): its facts read back, not hashed again.
                                let slot = TokenFactsCache.slot(of: key)
                                if cachedKeys[slot] == key {
                                    facts = cachedFacts[slot]
                                } else {
                                    facts = wordFacts(of: bytes, tables)
                                    cachedKeys[slot] = key
                                    cachedFacts[slot] = facts
                                }
                            } else {
                                facts = wordFacts(of: bytes, tables)
                            }
                            facts.isWord = token.kind == .word || token.kind == .abbreviation
                            all.initializeElement(at: position, to: facts)
                            capitals.initializeElement(at: count, to: position)
                            count &+= facts.hasUppercase ? 1 : 0
                        }
                    }
                }
                initialized = tokens.count
                listed = count
            }
        }
        return (computed, uppercase)
    }

    /// ``facts(of:_:)`` with the name key of a word with a capital, which depend on the bytes alone.
    @inline(__always)
    private static func wordFacts(of bytes: UnsafeBufferPointer<UInt8>, _ tables: FactTables) -> TokenFacts {
        var facts = facts(of: bytes, tables)
        // Only words with a capital are looked up in the lexicons and gazetteer: folding and
        // lookups were a third of the analyzer's time, and lower-case words gain little from them.
        if facts.hasUppercase && facts.nameKey == 0 {
            // The buffer pointer's key, inlined: the slice's was a call and a retained slice per token.
            facts.nameKey = NameKey.key(bytes) ?? 0
        }
        return facts
    }

    /// The hashes and case facts of one token's bytes.
    private static func facts(of bytes: UnsafeBufferPointer<UInt8>, _ tables: FactTables) -> TokenFacts {
        if bytes.count == 1 && bytes[0] < 0x80 { return tables.ascii[Int(bytes[0])] }
        if let facts = lowercaseWordFacts(bytes, tables) { return facts }
        if let facts = capitalsOrDigitsFacts(bytes, tables) { return facts }
        return scannedFacts(of: bytes)
    }

    /// ``asciiCharacterFacts``, ``lowercaseWords``, ``capitalizedWords``, ``capitalsWords`` and ``digitWords``.
    private struct FactTables {
        let ascii: [TokenFacts]
        let lowercase: [TokenFacts]
        let capitalized: [TokenFacts]
        let capitals: [TokenFacts]
        let digits: [TokenFacts]
    }

    /// The facts of each one-byte ASCII token (punctuation mostly, a sixth of all tokens), computed once.
    private static let asciiCharacterFacts: [TokenFacts] = (0..<128).map { scannedFacts(of: [UInt8($0)]) }

    /// The hashes and case facts of one token's bytes, in one pass.
    private static func scannedFacts(of bytes: UnsafeBufferPointer<UInt8>) -> TokenFacts {
        var facts = TokenFacts()
        var form = FeatureHash.empty, lower = FeatureHash.empty, bare = FeatureHash.empty
        var shape = FeatureHash.empty
        var shortShape = FeatureHash.empty
        var previousClass: UInt8 = 0
        var run = 0
        var upper = 0, lowerCount = 0, first: UInt8 = 0
        // A plain loop, not a closure per scalar: captured variables would be boxed and
        // checked for exclusive access on every character.
        var index = 0
        while index < bytes.count {
            let characterClass: UInt8
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                // The three hashes ``FeatureHash/of(_:lowercased:bare:)`` gives: as is, lower-cased, bare.
                form = FeatureHash.byte(form, lead)
                let folded = FeatureHash.lowercased(lead)
                lower = FeatureHash.byte(lower, folded)
                if lead != UInt8(ascii: ".") { bare = FeatureHash.byte(bare, folded) }
                switch lead {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): upper += 1; characterClass = UInt8(ascii: "X")
                case UInt8(ascii: "a")...UInt8(ascii: "z"): lowerCount += 1; characterClass = UInt8(ascii: "x")
                case UInt8(ascii: "0")...UInt8(ascii: "9"): characterClass = UInt8(ascii: "d")
                default: characterClass = lead
                }
            } else {
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length where index + offset < bytes.count {
                    value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                }
                // Bytes of multi-byte scalars are neither capitals nor periods: all three forms take them as they are.
                for offset in 0..<length where index + offset < bytes.count {
                    let byte = bytes[index + offset]
                    form = FeatureHash.byte(form, byte)
                    lower = FeatureHash.byte(lower, byte)
                    bare = FeatureHash.byte(bare, byte)
                }
                index += length
                characterClass = Self.characterClass(ofScalar: value)
                if characterClass == UInt8(ascii: "X") { upper += 1 } else if characterClass == UInt8(ascii: "x") { lowerCount += 1 }
            }
            if first == 0 { first = characterClass }
            run = characterClass == previousClass ? run + 1 : 1
            if run <= 4 { shape = FeatureHash.byte(shape, characterClass) }
            if run == 1 { shortShape = FeatureHash.byte(shortShape, characterClass) }
            previousClass = characterClass
        }
        (facts.form, facts.lower, facts.bare) = (form, lower, bare)
        facts.shape = shape
        facts.shortShape = shortShape
        facts.hasLetter = upper + lowerCount > 0
        facts.isCapitalized = first == UInt8(ascii: "X")
        facts.isAllCaps = upper > 0 && lowerCount == 0
        facts.hasUppercase = upper > 0
        return facts
    }

    /// ``facts(of:)`` for the commonest tokens, words of ASCII lower-case letters with or without
    /// a capital first (`Xxxx`), or nil for another: their shapes depend only on their length and
    /// case, and their forms are one or two hashes.
    @inline(__always)
    private static func lowercaseWordFacts(_ bytes: UnsafeBufferPointer<UInt8>, _ tables: FactTables) -> TokenFacts? {
        guard let first = bytes.first else { return nil }
        let isCapitalized = first &- UInt8(ascii: "A") < 26
        guard isCapitalized ? bytes.count > 1 : first &- UInt8(ascii: "a") < 26 else { return nil }
        var form = FeatureHash.byte(FeatureHash.empty, first)
        // Lower-cased, only the capital differs: a lower-case word's forms are one hash. A loop
        // for each case: one loop asked the case at every byte.
        var lower: UInt64
        if isCapitalized {
            lower = FeatureHash.byte(FeatureHash.empty, first | 0x20)
            for byte in bytes.dropFirst() {
                guard byte &- UInt8(ascii: "a") < 26 else { return nil }
                form = FeatureHash.byte(form, byte)
                lower = FeatureHash.byte(lower, byte)
            }
        } else {
            for byte in bytes.dropFirst() {
                guard byte &- UInt8(ascii: "a") < 26 else { return nil }
                form = FeatureHash.byte(form, byte)
            }
            lower = form
        }
        // Shapes and case are those of any word of that length and case (`x` at most four times in a row).
        var facts = (isCapitalized ? tables.capitalized : tables.lowercase)[min(bytes.count, 5)]
        (facts.form, facts.lower, facts.bare) = (form, lower, lower)
        // Folding a word of ASCII letters lower-cases it and nothing else, and ``NameKey`` hashes
        // with the same FNV-1a: its name key is its lower-cased hash (checked in debug builds,
        // which the tests run).
        if isCapitalized {
            facts.nameKey = lower
            assert(NameKey.key(ArraySlice(bytes)) == lower, "NameKey no longer hashes as FeatureHash does")
        }
        return facts
    }

    /// ``facts(of:)`` for the next commonest tokens after those of ``lowercaseWordFacts(_:_:)``,
    /// words of ASCII capitals ("NATO", "LOS") and numbers of ASCII digits ("1996"), two bytes
    /// or more, or nil for another: their shapes too depend only on their length, where the
    /// general scan cost three times as much per byte.
    @inline(__always)
    private static func capitalsOrDigitsFacts(_ bytes: UnsafeBufferPointer<UInt8>, _ tables: FactTables) -> TokenFacts? {
        guard bytes.count > 1 else { return nil }
        if bytes[0] &- UInt8(ascii: "A") < 26 {
            var form = FeatureHash.empty, lower = FeatureHash.empty
            for byte in bytes {
                guard byte &- UInt8(ascii: "A") < 26 else { return nil }
                form = FeatureHash.byte(form, byte)
                lower = FeatureHash.byte(lower, byte | 0x20)
            }
            var facts = tables.capitals[min(bytes.count, 5)]
            (facts.form, facts.lower, facts.bare) = (form, lower, lower)
            // As for a capitalized word (``lowercaseWordFacts(_:_:)``): its name key is its lower-cased hash.
            facts.nameKey = lower
            assert(NameKey.key(ArraySlice(bytes)) == lower, "NameKey no longer hashes as FeatureHash does")
            return facts
        }
        if bytes[0] &- UInt8(ascii: "0") < 10 {
            var form = FeatureHash.empty
            for byte in bytes {
                guard byte &- UInt8(ascii: "0") < 10 else { return nil }
                form = FeatureHash.byte(form, byte)
            }
            // Digits have no case and no period: all three forms are one hash.
            var facts = tables.digits[min(bytes.count, 5)]
            (facts.form, facts.lower, facts.bare) = (form, form, form)
            return facts
        }
        return nil
    }

    /// The facts of "XX", … "XXXXX" and of "dd", … "ddddd" (by length, up to 5; the shorter
    /// entries are never read).
    private static let capitalsWords: [TokenFacts] = (0...5).map { scannedFacts(of: Array(repeating: UInt8(ascii: "X"), count: $0)) }
    private static let digitWords: [TokenFacts] = (0...5).map { scannedFacts(of: Array(repeating: UInt8(ascii: "0"), count: $0)) }

    /// The facts of "", "x", "xx", … "xxxxx", and of "", "X", "Xx", … "Xxxxx".
    private static let lowercaseWords: [TokenFacts] = (0...5).map { scannedFacts(of: Array(repeating: UInt8(ascii: "x"), count: $0)) }
    private static let capitalizedWords: [TokenFacts] = (0...5).map {
        scannedFacts(of: (0..<$0).map { $0 == 0 ? UInt8(ascii: "X") : UInt8(ascii: "x") })
    }

    private static func scannedFacts(of bytes: [UInt8]) -> TokenFacts {
        bytes.withUnsafeBufferPointer { scannedFacts(of: $0) }
    }

    /// `X` for a capital, `x` for another letter, `d` for a digit, `~` for the rest. Kept out of
    /// line: the scalar properties' optional types need runtime metadata, which the caller set
    /// up on every token when this was inlined, for the few tokens that are not ASCII.
    @inline(never)
    private static func characterClass(ofScalar value: UInt32) -> UInt8 {
        let properties = Unicode.Scalar(value)?.properties
        if properties?.isUppercase == true { return UInt8(ascii: "X") }
        if properties?.isLowercase == true || properties?.isAlphabetic == true { return UInt8(ascii: "x") }
        if properties?.numericType != nil { return UInt8(ascii: "d") }
        return UInt8(ascii: "~")
    }

    /// Whether a token can open a name (it has a capital) or continue one opened at most three
    /// tokens before ("Institute for the Study"). Names that start without a capital are 0.2%
    /// of CoNLL's; the others are never tagged (``GreedyTagger``), which saves most of the work.
    static func mayBeInName(_ index: Int, _ sentence: Range<Int>, _ facts: [TokenFacts]) -> Bool {
        if facts[index].hasUppercase { return true }
        for before in max(sentence.lowerBound, index - 3)..<index where facts[before].hasUppercase { return true }
        return false
    }

    /// Headlines and datelines written in capitals, where case says nothing about names.
    /// `uppercase`: the sentence's tokens with a capital; with no word in capitals among them,
    /// the sentence is not counted through (1 M instructions per MB of news saved).
    static func isCapsLine(_ sentence: Range<Int>, _ uppercase: Slice<UnsafeBufferPointer<Int>>, _ facts: UnsafeBufferPointer<TokenFacts>) -> Bool {
        guard uppercase.contains(where: { facts[$0].isAllCaps && facts[$0].hasLetter }) else { return false }
        var lettered = 0, caps = 0
        for index in sentence where facts[index].hasLetter {
            lettered += 1
            if facts[index].isAllCaps { caps += 1 }
        }
        return lettered > 0 && caps * 10 >= lettered * 6
    }

    // MARK: - Features

    /// The run of capitalized words a token belongs to. Every token has one, so it is packed in
    /// one 32-bit word: the per-document array of them fills like an array of integers.
    struct Run {
        private var bits: UInt32 = 0

        init() {}

        /// `length` in tokens, kept up to 255 (the features ask up to 5).
        init(length: Int) { bits = UInt32(min(length, 255)) }

        var length: Int { Int(bits & 0xFF) }

        var hasOrganizationCue: Bool {
            get { bits & 0x100 != 0 }
            set { bits = newValue ? bits | 0x100 : bits & ~0x100 }
        }

        var startsWithGivenName: Bool {
            get { bits & 0x200 != 0 }
            set { bits = newValue ? bits | 0x200 : bits & ~0x200 }
        }
    }

    /// Maximal sequences of capitalized words, lower-case connectors allowed inside
    /// ("Bank of England"): each token of `sentence` gets its run's facts in `runs` (indexed by token).
    /// A run starts at a capitalized word, one of the sentence's tokens with a capital (`uppercase`).
    func capitalizedRuns(_ sentence: Range<Int>, _ uppercase: Slice<UnsafeBufferPointer<Int>>, _ facts: UnsafeBufferPointer<TokenFacts>,
                         into runs: UnsafeMutableBufferPointer<Run>) {
        var next = sentence.lowerBound // the first token after the last run
        for index in uppercase where index >= next && facts[index].isWord && facts[index].isCapitalized {
            var end = index + 1
            while end < sentence.upperBound {
                if facts[end].isWord && facts[end].isCapitalized { end += 1; continue }
                if nameConnectors.contains(facts[end].bare), end + 1 < sentence.upperBound,
                   facts[end + 1].isWord && facts[end + 1].isCapitalized {
                    end += 2
                    continue
                }
                break
            }
            var run = Run(length: end - index)
            run.hasOrganizationCue = (index..<end).contains { organizationCues.contains(facts[$0].bare) }
            run.startsWithGivenName = lexicon.isGivenName(key: facts[index].nameKey)
            for member in index..<end { runs[member] = run }
            next = end
        }
    }

    /// The features that depend only on the word (its bytes and token kind), whatever its
    /// context: the analyzer keeps their weights' sum per word (``WordScores``). Inlined, as
    /// ``addContextFeatures(_:_:_:_:capsLine:run:into:)`` is, for the same reason.
    @inline(__always)
    func addWordFeatures<Sink: FeatureSink>(_ token: TokenFacts, _ word: Token, _ document: Document, into features: inout Sink) {
        @inline(__always) func add(_ template: FeatureTemplate, _ a: UInt64 = 0, _ b: UInt64 = 0) {
            features.add(template, a, b)
        }
        add(.bias)
        add(.wordKind, UInt64(word.kind.rawValue))
        add(.form, token.form)
        add(.lower, token.lower)
        add(.shape, token.shape)
        add(.shortShape, token.shortShape)
        if token.isWord {
            // Through a buffer pointer: each ArraySlice of the bytes retained and released them.
            document.bytes.withUnsafeBufferPointer { buffer in
                let bytes = UnsafeBufferPointer(rebasing: buffer[word.span.bytes])
                var prefix = FeatureHash.empty
                for length in 1...4 where length < bytes.count {
                    add(.suffix, UInt64(length), FeatureHash.lowercased(bytes, from: bytes.count - length, to: bytes.count))
                    // The prefix one byte longer than the last: the hash goes on where it stopped.
                    prefix = FeatureHash.byte(prefix, FeatureHash.lowercased(bytes[length - 1]))
                    if length <= 3 { add(.prefix, UInt64(length), prefix) }
                }
                if let hyphen = bytes.firstIndex(of: UInt8(ascii: "-")) {
                    add(.hyphenPart, 0, FeatureHash.lowercased(bytes, from: 0, to: hyphen))
                    if let last = bytes.lastIndex(of: UInt8(ascii: "-")) {
                        add(.hyphenPart, 1, FeatureHash.lowercased(bytes, from: last + 1, to: bytes.count))
                    }
                }
            }
        }
        guard token.hasUppercase else { return }
        if lexicon.isGivenName(key: token.nameKey) { add(.givenName, token.isCapitalized ? 1 : 0) }
        if lexicon.isSurname(key: token.nameKey) { add(.surname, token.isCapitalized ? 1 : 0) }
        add(.lowerShare, lowerShareCode(token), token.isCapitalized ? 1 : 0)
        if gazetteer.isDemonym(key: token.nameKey) { add(.demonym, token.isCapitalized ? 1 : 0) }
        if organizationCues.contains(token.bare) { add(.organizationCue, token.isCapitalized ? 1 : 0) }
    }

    /// How often news writes the word in lower case, in fifths; 9 when the lexicon cannot say.
    private func lowerShareCode(_ token: TokenFacts) -> UInt64 {
        lexicon.lowerCaseShare(key: token.nameKey).map { UInt64(min(4, Int($0 * 5))) } ?? 9
    }

    /// The features that depend on the token's neighbours, sentence and run of capitals.
    ///
    /// Inlined, with ``DocumentFeatures/addContextFeatures(of:sentence:into:)``, into
    /// ``DocumentFeatures/contextSums(of:sentence:model:)``: its sums are then a local variable
    /// that the reads of the weight table cannot alias, mostly kept in registers, where through
    /// an `inout` parameter each feature stored them to memory and read them back.
    @inline(__always)
    func addContextFeatures<Sink: FeatureSink>(_ index: Int, _ sentence: Range<Int>, _ facts: UnsafeBufferPointer<TokenFacts>, _ document: Document,
                                               capsLine: Bool, run: Run, into features: inout Sink) {
        let token = facts[index]
        let boundary: UInt64 = 0x5eed
        @inline(__always) func add(_ template: FeatureTemplate, _ a: UInt64 = 0, _ b: UInt64 = 0) {
            features.add(template, a, b)
        }
        let initial = index == sentence.lowerBound
            || (index == sentence.lowerBound + 1 && document.tokens[sentence.lowerBound].kind == .punctuation)
        // The neighbours' words and shapes, read once (the boundary mark outside the sentence).
        @inline(__always) func lower(_ offset: Int) -> UInt64 {
            sentence.contains(index + offset) ? facts[index + offset].lower : boundary
        }
        let before = lower(-1), after = lower(1)
        let shapeBefore = index > sentence.lowerBound ? facts[index - 1].shortShape : boundary
        let shapeAfter = index + 1 < sentence.upperBound ? facts[index + 1].shortShape : boundary
        add(.lowerAt, UInt64(bitPattern: -2), lower(-2))
        add(.lowerAt, UInt64(bitPattern: -1), before)
        add(.shapeAt, UInt64(bitPattern: -1), shapeBefore)
        add(.lowerAt, 1, after)
        add(.shapeAt, 1, shapeAfter)
        add(.lowerAt, 2, lower(2))
        add(.bigramBefore, before, token.lower)
        add(.bigramAfter, token.lower, after)
        add(.shapeTrigram, shapeBefore &* 31 &+ token.shortShape, shapeAfter)
        if initial {
            add(.sentenceInitial)
            add(.initialLower, token.lower)
        }
        if capsLine {
            add(.capsLine)
            add(.capsLower, token.lower)
        }
        guard token.hasUppercase else { return }
        if token.isCapitalized, index > sentence.lowerBound, facts[index - 1].isCapitalized, lexicon.isGivenName(key: facts[index - 1].nameKey) {
            add(.givenThenSurname, lexicon.isSurname(key: token.nameKey) ? 1 : 0)
        }
        if initial { add(.initialLowerShare, lowerShareCode(token)) }
        if capsLine { add(.capsLowerShare, lowerShareCode(token)) }
        for distance in 1...3 {
            guard index + distance < sentence.upperBound, facts[index + distance].isCapitalized else { break }
            if organizationCues.contains(facts[index + distance].bare) { add(.organizationCueAhead, UInt64(distance)); break }
        }
        if index + 1 < sentence.upperBound, facts[index + 1].isCapitalized, locationCues.contains(facts[index + 1].bare) {
            add(.locationCueAhead)
        }
        for distance in 1...2 {
            if index - distance >= sentence.lowerBound, titleCues.contains(facts[index - distance].bare) {
                add(.titleBefore, UInt64(distance), facts[index - distance].isCapitalized ? 1 : 0)
            }
        }
        if run.length > 0 {
            add(.runLength, UInt64(min(run.length, 5)), capsLine ? 1 : 0)
            if run.hasOrganizationCue { add(.runHasOrganizationCue, capsLine ? 1 : 0) }
            if run.startsWithGivenName { add(.runStartsWithGivenName, UInt64(min(run.length, 4))) }
        }
        if token.isAllCaps, index > sentence.lowerBound, index + 1 < sentence.upperBound,
           document.token(document.tokens[index - 1], is: UInt8(ascii: "(")), document.token(document.tokens[index + 1], is: UInt8(ascii: ")")) {
            add(.parenthesizedCaps)
        }
        if index > sentence.lowerBound, document.tokens[index - 1].kind == .clitic { add(.afterPossessive) }
    }

    /// The spans of capitalized words up to ``longestPlaceTokens`` long that may name a place,
    /// with their keys: the tokens inside those the gazetteer knows get the place's kind and size.
    /// A name starts at a capitalized word, one of the sentence's tokens with a capital (`uppercase`).
    private func addPlaceNames(_ sentence: Range<Int>, _ uppercase: Slice<UnsafeBufferPointer<Int>>, _ facts: [TokenFacts], _ document: Document,
                               into names: inout [(start: Int, end: Int, key: UInt64)]) {
        // Keys read through one buffer pointer: the inlined ``NameKey`` functions, no slice per key.
        // The facts, tokens and bytes through buffer pointers too: each read of the arrays was
        // checked against their bounds.
        document.bytes.withUnsafeBufferPointer { bytes in
            document.tokens.withUnsafeBufferPointer { tokens in
                facts.withUnsafeBufferPointer { facts in
                    for start in uppercase where facts[start].isWord && (facts[start].isCapitalized || facts[start].isAllCaps) {
                        // The key of the tokens from start to the last capitalized end, 0 when there is none:
                        // the next end right after it continues it instead of folding the whole name again.
                        var key: UInt64 = 0
                        for end in start..<min(sentence.upperBound, start + Self.longestPlaceTokens) {
                            guard facts[end].isWord else { break }
                            guard facts[end].isCapitalized else { key = 0; continue }
                            if end == start {
                                // A one-word name's key is the token's own, already folded.
                                key = facts[start].nameKey
                            } else if key != 0, Self.continuesName(tokens[end - 1], with: tokens[end], in: bytes) {
                                key = NameKey.key(continuing: key, with: UnsafeBufferPointer(rebasing: bytes[tokens[end].span.bytes]))
                            } else {
                                let name = tokens[start].span.bytes.lowerBound..<tokens[end].span.bytes.upperBound
                                key = NameKey.key(UnsafeBufferPointer(rebasing: bytes[name])) ?? 0
                            }
                            // Keys no entry may have are left out here: most candidates are no place, and the
                            // filter answers for them without a lookup.
                            if key != 0 && gazetteer.mayHavePlace(forKey: key) { names.append((start, end, key)) }
                            // No longer name from `start` is a place when no entry begins with these words:
                            // with white space before the next token, the fold of a longer span is this one's,
                            // a space, and more, so its leading words' key would be in the gazetteer's filter.
                            if key != 0, end + 1 < sentence.upperBound, !gazetteer.mayContinueName(key: key),
                               Self.isSpaceGap(tokens[end], tokens[end + 1], in: bytes) { break }
                        }
                    }
                }
            }
        }
    }
}

extension FeatureExtractor {
    /// Whether the key of a name ending with `token` is the key of the name up to `previous`
    /// continued with `token` after a space (``NameKey/key(continuing:with:separated:)``), as it is
    /// when ASCII white space alone separates them and `token` is ASCII; otherwise the whole name
    /// is folded again.
    static func continuesName(_ previous: Token, with token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard isSpaceGap(previous, token, in: bytes) else { return false }
        for index in token.span.bytes where bytes[index] >= 0x80 { return false }
        return true
    }

    /// Whether ASCII white space alone, at least one byte of it, separates the two tokens:
    /// ``NameKey`` folds it to one space between their words.
    static func isSpaceGap(_ previous: Token, _ token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let gap = previous.span.bytes.upperBound..<token.span.bytes.lowerBound
        guard !gap.isEmpty else { return false }
        for index in gap {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: continue
            default: return false
            }
        }
        return true
    }
}

extension Document {
    /// ``token(_:equals:)`` for a one-byte ASCII token ("(", ")"): two comparisons, where the
    /// general one iterated a String's UTF-8 view.
    func token(_ token: Token, is byte: UInt8) -> Bool {
        token.span.bytes.count == 1 && bytes[token.span.bytes.lowerBound] == byte
    }
}

/// What the gazetteer says about a name, summed over every place it may mean.
struct PlaceReading: Sendable {
    /// Rank of the most political kind (``PlaceReadings/rank(_:)``): country before city.
    var kind: UInt64
    /// Size class of the most populous place.
    var magnitude: UInt64
    /// Whether some place of that name is a country, division or city (GPE, not LOC).
    var isPolitical: Bool
    /// Whether the name is a landmark's or a facility's the gazetteer knows by its feature code
    /// (``PlaceReadings/structureCodes``: "Red Square", "Heathrow", "Angkor Wat"), and no town of
    /// that name is a big one: the structure is what news means (a Florida hamlet is "Heathrow" too).
    /// Not a model feature: the tagger was trained without it.
    var isStructure: Bool = false
    /// Whether some place of that name is a country, a division or a town of
    /// ``PlaceReadings/townOutranksStructure`` people or more: "Kyiv hospital" is a hospital in
    /// Kyiv, where "Evin prison" (a French village is Evin too) is the prison's name.
    var isMajorPolitical: Bool = false
}

/// The readings of the place names an analyzer has met, shared by its documents and threads:
/// common names ("Washington") have hundreds of gazetteer rows, scattered in memory, and
/// summing them up again in every document was a fifth of the analyzer's time. Only names that
/// are places are kept, so the map stays within the gazetteer's size.
final class PlaceReadings: Sendable {
    let gazetteer: Gazetteer
    private let known = Locked(FoldedKeyMap<PlaceReading>())

    init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

    /// Gazetteer order of kinds (``PlaceKind/rank``), country first: the most political reading
    /// of a name wins.
    static func rank(_ kind: PlaceKind) -> UInt64 { UInt64(kind.rank) }

    /// GeoNames feature codes of built or laid-out places, named as OntoNotes FAC: historical
    /// sites, monuments, squares, bridges, towers, museums, religious sites, palaces, castles,
    /// theatres, airports, parks, and the facilities of the same kinds news names (stadiums,
    /// hospitals, prisons, power stations, dams). Natural features (rivers, seas, mountains) and
    /// regions stay LOC; a national park entered as a region ("the Serengeti") too.
    static let structureCodes: Set<String> = [
        "HSTS", "MNMT", "SQR", "BDG", "TOWR", "MUS", "RLG", "PAL", "CSTL", "THTR", "AIRP", "AIRF", "AIRH",
        "PRK", "STDM", "HSP", "PRN", "PS", "PSN", "DAM", "CH", "MSQ", "TMPL", "CTHD", "SHRN", "BLDG", "RSTN", "ANS",
    ]
    /// A town this populous keeps its name from a structure's reading.
    static let townOutranksStructure = 100_000

    /// nil when no place has that name.
    func reading(forKey key: UInt64) -> PlaceReading? {
        if let found = known.withLock({ $0[key] }) { return found }
        guard let reading = summed(forKey: key) else { return nil }
        known.withLock { $0[key] = reading }
        return reading
    }

    /// ``reading(forKey:)`` of each key, in order, into `readings`, with the lock taken once to
    /// read the known names and once more to add new places (if any); `missing` lists the names
    /// not known yet. Both are emptied first and their storage kept (``DocumentScratch``).
    func readings(forKeys keys: [UInt64], into readings: inout [PlaceReading?], missing: inout [Int]) {
        readings.removeAll(keepingCapacity: true)
        readings.reserveCapacity(keys.count)
        missing.removeAll(keepingCapacity: true)
        known.withLock { known in
            for position in keys.indices {
                let found = known[keys[position]]
                if found == nil { missing.append(position) }
                readings.append(found)
            }
        }
        guard !missing.isEmpty else { return }
        var added: [(key: UInt64, reading: PlaceReading)] = []
        added.reserveCapacity(missing.count)
        for position in missing {
            guard let reading = summed(forKey: keys[position]) else { continue }
            readings[position] = reading
            added.append((keys[position], reading))
        }
        if !added.isEmpty { known.withLock { known in for (key, reading) in added { known[key] = reading } } }
    }

    /// The gazetteer's places of that name summed up, nil when there is none.
    private func summed(forKey key: UInt64) -> PlaceReading? {
        var kind = UInt64.max
        var population = 0
        var isPolitical = false
        var hasStructure = false
        var townPopulation = 0
        var isMajorPolitical = false
        gazetteer.forEachPlace(forKey: key) { place in
            let placeKind = gazetteer.kind(place)
            kind = min(kind, Self.rank(placeKind))
            population = max(population, gazetteer.population(place))
            switch placeKind {
            case .country, .admin1, .admin2:
                isPolitical = true
                isMajorPolitical = true
                townPopulation = max(townPopulation, gazetteer.population(place))
            case .city:
                isPolitical = true
                townPopulation = max(townPopulation, gazetteer.population(place))
                if townPopulation >= Self.townOutranksStructure { isMajorPolitical = true }
            case .feature:
                // Once per name an analyzer meets (readings are kept): the code is read from the line.
                if !hasStructure, Self.structureCodes.contains(gazetteer.leadingFields(place).featureCode) { hasStructure = true }
            case .continent, .region: break
            }
        }
        guard kind != UInt64.max else { return nil }
        let magnitude = UInt64(population > 0 ? Int(Double(population).squareRoot().squareRoot()).bitWidthLog : 0)
        return PlaceReading(kind: kind, magnitude: magnitude, isPolitical: isPolitical,
                            isStructure: hasStructure && townPopulation < Self.townOutranksStructure, isMajorPolitical: isMajorPolitical)
    }
}

private extension Int {
    /// Number of binary digits: a coarse size class.
    var bitWidthLog: Int { self <= 0 ? 0 : Int.bitWidth - leadingZeroBitCount }
}
