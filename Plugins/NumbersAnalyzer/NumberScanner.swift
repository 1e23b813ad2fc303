import TextAnalysis

/// The token scanner behind ``NumbersAnalyzer``. One instance per document.
struct NumberScanner {
    let document: Document
    let tokens: [Token]
    /// Lower-cased token texts, made on demand: only tokens near a possible number are read.
    let words: LowercasedWords
    private let filter = StartFilter.shared

    init(document: Document) {
        self.document = document
        tokens = document.tokens
        words = LowercasedWords(document: document)
    }

    /// Rules read the same few words around a number many times, so each is lower-cased once.
    /// An array, not a dictionary: indexing is the hot path, and 16 bytes a token is cheap next to `Token`.
    final class LowercasedWords {
        private let document: Document
        private var cache: [String?]
        init(document: Document) {
            self.document = document
            cache = Array(repeating: nil, count: document.tokens.count)
        }
        subscript(index: Int) -> String {
            if let word = cache[index] { return word }
            let word = document.text(of: document.tokens[index]).lowercased()
            cache[index] = word
            return word
        }
    }

    /// A numeric core: tokens and value before modifiers and units.
    struct Core {
        enum Kind { case digits, words, ordinal, fraction, time }
        var tokens: Range<Int>
        var value: Double
        var kind: Kind
        /// Four plain digits, no separators: could be a year.
        var yearLike = false
        var magnified = false
    }

    mutating func scan() -> [NumberMatch] {
        var matches: [NumberMatch] = []
        var index = 0
        while index < tokens.count {
            guard filter.mayStart(at: index, in: document) else {
                index += 1
                continue
            }
            if let end = identifierEnd(at: index) {
                index = end
                continue
            }
            if let match = match(at: index) {
                matches.append(match)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return matches
    }

    /// Phone numbers and IDs are not quantities: "+380 44 123 4567", "555-0199",
    /// "978-3-16-148410-0". Returns the token after the identifier.
    func identifierEnd(at index: Int) -> Int? {
        guard tokens[index].kind == .number || (words[index] == "+" && kind(index + 1) == .number && attached(index + 1)) else { return nil }
        var end = index + (words[index] == "+" ? 1 : 0)
        var parts = 0
        var hyphenated = false
        while end < tokens.count, tokens[end].kind == .number {
            parts += 1
            end += 1
            guard end + 1 < tokens.count, ["-", "."].contains(words[end]), attached(end), attached(end + 1), tokens[end + 1].kind == .number else { break }
            if words[end] == "." { return nil }
            hyphenated = true
            end += 1
        }
        if words[index] == "+" { // international dialling: the digits that follow belong to it
            while end < tokens.count, tokens[end].kind == .number { end += 1 }
            return end
        }
        guard hyphenated else { return nil }
        // An ISO date ("2025-12-24") is three hyphenated numbers too.
        if parts == 3, words[index].count == 4, words[index + 2].count == 2, words[end - 1].count == 2 { return nil }
        let last = words[end - 1]
        if parts >= 3 || (parts == 2 && last.count == 4 && last.hasPrefix("0")) { return end }
        return nil
    }

    // MARK: - Token helpers

    func word(_ index: Int) -> String? { index >= 0 && index < tokens.count ? words[index] : nil }
    func kind(_ index: Int) -> TokenKind? { index >= 0 && index < tokens.count ? tokens[index].kind : nil }
    func attached(_ index: Int) -> Bool {
        index > 0 && index < tokens.count && tokens[index].span.bytes.lowerBound == tokens[index - 1].span.bytes.upperBound
    }
    func isCapitalized(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let byte = document.bytes[tokens[index].span.bytes.lowerBound]
        return byte >= 65 && byte <= 90
    }
    func sentenceStart(_ index: Int) -> Bool {
        index == 0 || [".", "!", "?", "\"", "“", ":"].contains(words[index - 1]) || lineBreakBefore(index)
    }
    func lineBreakBefore(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        return document.bytes[tokens[index - 1].span.bytes.upperBound..<tokens[index].span.bytes.lowerBound].contains(10)
    }

    // MARK: - One expression

    func match(at start: Int) -> NumberMatch? {
        if let date = monthFirstDate(at: start) { return date }
        if let relative = relativeDate(at: start) { return relative }
        // Modifier, then currency, then the core.
        var position = start
        var attributes = Attributes()
        if let (length, comparator) = modifier(at: position) {
            position += length
            if comparator == "~" { attributes["approximate"] = true } else { attributes["comparator"] = .string(comparator) }
        }
        var currency: String?
        if let (length, code) = currencyPrefix(at: position) {
            currency = code
            position += length
        }
        guard let core = core(at: position) else { return nil }
        // A modifier never qualifies an ordinal ("over third"); a bare currency only an amount.
        let hasModifier = !attributes.isEmpty
        if hasModifier, core.kind == .ordinal { return nil }
        if !hasModifier, currency != nil, core.kind != .digits, core.kind != .words { return nil }
        return classify(core, start: start, modifier: attributes, currency: currency)
    }

    /// "about", "more than", "at least" directly before a number.
    func modifier(at index: Int) -> (Int, String)? {
        for (phrase, symbol) in NumberWords.comparators where index + phrase.count < tokens.count {
            if phrase.indices.allSatisfy({ words[index + $0] == phrase[$0] }) { return (phrase.count, symbol) }
        }
        if let word = word(index), NumberWords.approximators.contains(word), index + 1 < tokens.count {
            return (1, "~")
        }
        if word(index) == "just" || word(index) == "well", let (length, symbol) = modifier(at: index + 1), symbol != "~" {
            return (length + 1, symbol)
        }
        return nil
    }

    func currencyPrefix(at index: Int) -> (Int, String)? {
        guard let word = word(index) else { return nil }
        if index + 1 < tokens.count, attached(index + 1), let code = NumberWords.currencyPrefixes[word + words[index + 1]] {
            return (2, code)
        }
        if let code = NumberWords.currencyPrefixes[word], tokens[index].kind == .symbol || word.count == 3 || word == "rs" {
            if tokens[index].kind != .symbol, kind(index + 1) != .number { return nil }
            return (1, code)
        }
        return nil
    }

    // MARK: - Cores

    func core(at index: Int) -> Core? {
        guard index < tokens.count else { return nil }
        if tokens[index].kind == .number { return digitCore(at: index) }
        if ["-", "−", "minus"].contains(words[index]), index + 1 < tokens.count, tokens[index + 1].kind == .number,
           let core = digitCore(at: index + 1), core.tokens.lowerBound == index {
            return core
        }
        if tokens[index].kind == .word || tokens[index].kind == .abbreviation { return wordCore(at: index) }
        return nil
    }

    func digitCore(at index: Int) -> Core? {
        let text = words[index]
        // Digits inside a name or code ("Windows 10", "FTSE 100", "page 5") are not quantities.
        if index > 0, !sentenceStart(index), isCapitalized(index - 1), tokens[index - 1].kind == .word,
           !sentenceStart(index - 1), !NumberScanner.stopWords.contains(words[index - 1]),
           !NumberWords.months.keys.contains(words[index - 1]), NumberWords.currencyPrefixes[words[index - 1]] == nil,
           !["on", "in", "by", "at", "since", "from", "to", "until"].contains(words[index - 1]) {
            return nil
        }
        if let previous = word(index - 1), ["page", "pages", "section", "chapter", "article", "paragraph", "item", "no.", "no", "number", "resolution", "flight", "route", "room"].contains(previous) {
            return nil
        }
        if attached(index), kind(index - 1) == .word || kind(index - 1) == .number { return nil }
        if text.contains(":") {
            let parts = text.split(separator: ":").compactMap { Double($0) }
            guard parts.count >= 2, parts[0] < 24, parts[1] < 60 else { return nil }
            return Core(tokens: index..<(index + 1), value: parts[0] * 60 + parts[1], kind: .time)
        }
        if text.contains("/") {
            let parts = text.split(separator: "/").compactMap { Double($0) }
            guard parts.count == 2, parts[1] != 0, parts[0] < parts[1] else { return nil }
            return Core(tokens: index..<(index + 1), value: parts[0] / parts[1], kind: .fraction)
        }
        if let suffix = ["st", "nd", "rd", "th"].first(where: { text.hasSuffix($0) }), let value = Double(text.dropLast(suffix.count)) {
            return Core(tokens: index..<(index + 1), value: value, kind: .ordinal)
        }
        guard var value = Self.parseDigits(text) else { return nil }
        var end = index + 1
        var first = index
        if index > 0, ["-", "−", "minus"].contains(words[index - 1]),
           words[index - 1] == "minus" || (attached(index) && !(index >= 2 && attached(index - 1) && (kind(index - 2) == .number || kind(index - 2) == .word))) {
            value = -value
            first = index - 1
        }
        var magnified = false
        if end < tokens.count, attached(end), let scale = NumberWords.attachedScales[words[end]] {
            // "3.7m households" is millions; "100m" alone reads as metres.
            if words[end] != "m" || kind(end + 1) == .word || (index > 0 && tokens[index - 1].kind == .symbol) {
                value *= scale; end += 1; magnified = true
            }
        } else if end < tokens.count, let scale = NumberWords.scales[words[end]] {
            value *= scale; end += 1; magnified = true
            while end < tokens.count, let next = NumberWords.scales[words[end]], next > 100 { value *= next; end += 1 }
        }
        let yearLike = !magnified && first == index && text.count == 4 && text.allSatisfy(\.isNumber) && (1800...2100).contains(Int(value))
        return Core(tokens: first..<end, value: value, kind: .digits, yearLike: yearLike, magnified: magnified)
    }

    static func parseDigits(_ text: String) -> Double? {
        var cleaned = ""
        for character in text {
            switch character {
            case ",", " ", "\u{A0}", "\u{2009}", "\u{202F}": continue
            default: cleaned.append(character)
            }
        }
        return Double(cleaned)
    }

    func wordCore(at index: Int) -> Core? {
        let first = words[index]
        // "a dozen", "a couple", "a pair", "a hundred", "a million"
        if first == "a" || first == "an", let next = word(index + 1) {
            switch next {
            case "dozen": return Core(tokens: index..<(index + 2), value: 12, kind: .words)
            case "couple", "pair": return Core(tokens: index..<(index + 2), value: 2, kind: .words)
            case "hundred", "thousand", "million", "billion":
                return spelled(at: index + 1, initial: 1).map { Core(tokens: index..<$0.tokens.upperBound, value: $0.value, kind: .words) }
            case "half": return Core(tokens: index..<(index + 2), value: 0.5, kind: .fraction)
            case _ where NumberWords.timeUnits[next] != nil:
                // "a week ago", "for an hour", "in a decade": one unit of time.
                let previous = word(index - 1) ?? ""
                guard word(index + 2) == "ago" || ["for", "in", "within", "over", "after", "than", "nearly", "almost", "about"].contains(previous) else { return nil }
                return Core(tokens: index..<(index + 1), value: 1, kind: .words)
            case _ where NumberWords.fractions[next] != nil && word(index + 2) == "of":
                return Core(tokens: index..<(index + 2), value: NumberWords.fractions[next]!, kind: .fraction)
            case "quarter": return Core(tokens: index..<(index + 2), value: 0.25, kind: .fraction)
            default: return nil
            }
        }
        if first == "half", word(index + 1) != "an", word(index + 1) != "a" {
            return Core(tokens: index..<(index + 1), value: 0.5, kind: .fraction)
        }
        if let plural = NumberWords.pluralScales[first] {
            return Core(tokens: index..<(index + 1), value: plural, kind: .words, magnified: true)
        }
        // Ordinals: "third", "twenty-first".
        if let ordinal = ordinalValue(first) {
            return Core(tokens: index..<(index + 1), value: Double(ordinal), kind: .ordinal)
        }
        // Fractions: "two-thirds", "three quarters".
        let parts = first.split(separator: "-").map(String.init)
        if parts.count == 2, let numerator = NumberWords.units[parts[0]], let fraction = NumberWords.fractions[parts[1]] {
            return Core(tokens: index..<(index + 1), value: Double(numerator) * fraction, kind: .fraction)
        }
        return spelled(at: index, initial: nil)
    }

    func ordinalValue(_ word: String) -> Int? {
        if let value = NumberWords.ordinalUnits[word] { return value }
        let parts = word.split(whereSeparator: { $0 == "-" || $0 == "—" }).map(String.init)
        if parts.count == 2, let tens = NumberWords.tens[parts[0]], let unit = NumberWords.ordinalUnits[parts[1]], unit < 10 {
            return tens + unit
        }
        return nil
    }

    /// Spelled-out cardinals: "five", "twenty-five", "one hundred and five", "two thousand".
    func spelled(at index: Int, initial: Double?) -> Core? {
        var total = 0.0
        var current = initial ?? 0
        var end = index
        var sawNumber = initial != nil
        var position = index
        while position < tokens.count, tokens[position].kind == .word {
            let word = words[position]
            if word == "and", sawNumber, let next = self.word(position + 1), NumberWords.units[next] != nil || NumberWords.tens[next] != nil || next.contains("-") {
                position += 1
                continue
            }
            let parts = word.split(separator: "-").map(String.init)
            if let value = Self.smallNumber(parts) {
                current += Double(value)
            } else if word == "hundred" && sawNumber {
                current = max(current, 1) * 100
            } else if let scale = NumberWords.scales[word], scale >= 1000, sawNumber, word != "mln" || current > 0 {
                total += max(current, 1) * scale
                current = 0
            } else if word == "dozen", sawNumber {
                current = max(current, 1) * 12
            } else {
                break
            }
            sawNumber = true
            position += 1
            end = position
        }
        guard sawNumber, end > index else { return nil }
        return Core(tokens: index..<end, value: total + current, kind: .words)
    }

    /// 0...99 from one word or a hyphenated pair ("twenty-five").
    static func smallNumber(_ parts: [String]) -> Int? {
        if parts.count == 1 { return NumberWords.units[parts[0]] ?? NumberWords.tens[parts[0]] }
        if parts.count == 2, let tens = NumberWords.tens[parts[0]], let unit = NumberWords.units[parts[1]], unit < 10 { return tens + unit }
        return nil
    }
}
