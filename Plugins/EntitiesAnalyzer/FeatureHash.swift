/// Stable 64-bit hashing for feature names: the model file stores weights by hash, so the
/// function must never change between the trainer and the analyzer, or across platforms
/// (which rules out `Hasher`).
enum FeatureHash {
    static let empty: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func byte(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// FNV-1a of `bytes`, ASCII letters lower-cased when `lowercased`, periods dropped when `bare`
    /// ("Gen." and "gen" are the same cue word).
    static func of(_ bytes: ArraySlice<UInt8>, lowercased: Bool = false, bare: Bool = false) -> UInt64 {
        var hash = empty
        for var value in bytes {
            if bare && value == UInt8(ascii: ".") { continue }
            if lowercased { value = Self.lowercased(value) }
            hash = byte(hash, value)
        }
        return hash
    }

    @inline(__always)
    static func lowercased(_ value: UInt8) -> UInt8 { value >= 65 && value <= 90 ? value | 0x20 : value }

    /// ``of(_:lowercased:bare:)`` of `bytes[start..<end]`, lower-cased.
    @inline(__always)
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64 {
        var hash = empty
        for index in start..<end { hash = byte(hash, lowercased(bytes[index])) }
        return hash
    }

    static func of(_ text: String, bare: Bool = false) -> UInt64 {
        of(ArraySlice(text.utf8), lowercased: true, bare: bare)
    }

    /// ``of(_:bare:)`` of each word of `list` (separated by spaces and line breaks), read
    /// straight from its bytes: a String per word made the word lists a megainstruction of
    /// start-up.
    static func words(_ list: String, bare: Bool = false) -> [UInt64] {
        var hashes: [UInt64] = []
        var hash = empty
        var inWord = false
        for byte in list.utf8 {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") {
                if inWord { hashes.append(hash) }
                hash = empty
                inWord = false
            } else {
                inWord = true
                if bare && byte == UInt8(ascii: ".") { continue }
                hash = self.byte(hash, lowercased(byte))
            }
        }
        if inWord { hashes.append(hash) }
        assert(hashes == list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { of(String($0), bare: bare) },
               "FeatureHash.words no longer hashes as of(_:bare:) does")
        return hashes
    }

    /// SplitMix64's finalizer: spreads FNV's weak low bits before they pick a table row.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    static func feature(_ template: FeatureTemplate, _ a: UInt64 = 0, _ b: UInt64 = 0) -> UInt64 {
        // One mix over odd multiples: the values are already hashes, and every feature of every
        // token passes here.
        mix(UInt64(template.rawValue) &* 0xD6E8_FEB8_6659_FD93 ^ a &* 0x9E37_79B9_7F4A_7C15 ^ b &* 0xC2B2_AE3D_27D4_EB4F)
    }
}

/// Which fact a feature states; the raw values are part of the model file's meaning.
enum FeatureTemplate: UInt16 {
    case bias = 1, form, lower, shape, shortShape, prefix, suffix
    case lowerAt, shapeAt, bigramBefore, bigramAfter, shapeTrigram
    case sentenceInitial, initialLower, capsLine, capsLower
    case givenName, surname, givenThenSurname, lowerShare, initialLowerShare, capsLowerShare
    case place, placePopulation, demonym
    case organizationCue, organizationCueAhead, runHasOrganizationCue, runLength, runStartsWithGivenName
    case titleBefore, locationCueAhead, parenthesizedCaps, hyphenPart
    case previousTag, previousTwoTags, previousTagLower, previousTagShape
    case documentType, documentTypeShape, afterPossessive, wordKind
}
