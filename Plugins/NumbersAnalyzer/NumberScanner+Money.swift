import TextAnalysis

// Amounts of money: currency words after the amount, pounds sterling against pounds of weight,
// cents and pence after an amount (MONEY).
extension NumberScanner {
    /// Words after "N-pound" that make it money: "a 10-pound note", "a 50-pound fine".
    static let poundNotes: WordList = ["note", "notes", "coin", "coins", "fine", "ticket", "tickets", "bill"]

    /// A currency word after the amount, one or two words ("dollars", "Swiss francs").
    func currencySuffix(at index: Int) -> (Int, String, Double)? {
        guard kind(index) == .word || kind(index) == .abbreviation else { return nil }
        if isIn(tables.currencyQualifiers, index), let next = self.word(index + 1),
           let (code, factor) = NumberWords.currencySuffixes[lowered(index) + " " + next] {
            return (2, code, factor)
        }
        if wordIs(index, "won") {
            // "1.2 trillion won": after a magnitude "won" is no verb.
            if lookup(tables.scales, index - 1) != nil { return (1, "KRW", 1) }
            // "sells for 500,000 won.", "103.97 won per litre": a grouped or decimal amount before "won"
            // and the phrase's end or a rate is a price; a verb has its object or its clause after it,
            // and a tally's count is seldom grouped ("412 won." stays a count).
            if kind(index - 1) == .number, containsByte(index - 1, UInt8(ascii: ",")) || containsByte(index - 1, UInt8(ascii: ".")),
               endsPhrase(index + 1) || wordIs(index + 1, "per") || wordIs(index + 1, "each")
                // "closed at 72,300 won on Friday", "rose 2.1% to 84,500 won in Seoul": a price word or
                // a time or place after it (stop 26).
                || isListed(Self.wonPriceFollowers, index + 1) || (word(index - 2).map(Self.priceWords.contains) ?? false) {
                return (1, "KRW", 1)
            }
            return nil
        }
        guard let (code, factor) = lookup(tables.currencySuffixes, index), !wordIs(index, "p") || attached(index) else { return nil }
        return (1, code, factor)
    }

    /// After a grouped amount and "won": words that go on with a price, not with a verb's object.
    static let wonPriceFollowers: WordList = ["on", "in", "a", "apiece", "from", "to", "and", "or", "after", "before", "at"]

    /// "costs 15 pounds" is sterling; "15 pounds of explosives", "weighs 200 pounds" and a bare
    /// "7,600,000 pounds to Denver" are weight: only a money word just before makes it a price.
    func isWeight(start: Int, unit: Int) -> Bool {
        if wordIs(unit + 1, "of") { return true }
        if wordIs(unit + 1, "sterling") { return false }
        // "weighed in at 168 pounds": a verb of weighing before the price word "at" (stop 26).
        if [start - 1, start - 2, start - 3, start - 4].contains(where: { isListed(Self.weighVerbs, $0) }) { return true }
        return ![start - 1, start - 2, start - 3].contains { word($0).map(Self.priceWords.contains) ?? false }
    }

    static let weighVerbs: WordList = ["weigh", "weighs", "weighed", "weighing", "weighted"]

    static let priceWords: WordSet = [
        "cost", "costs", "costing", "paid", "pay", "pays", "paying", "fined", "fine", "worth", "price", "priced", "prices", "charge",
        "charged", "charges", "spent", "spend", "spends", "earned", "earn", "earns", "raised", "raise", "sold", "bought", "fee", "fees",
        "salary", "wage", "wages", "bill", "loan", "bid", "offer", "offered", "award", "awarded", "compensation", "prize", "budget",
        "for", "at", "ticket", "tickets",
    ]

    /// "… and 50 cents", "… and twenty pence" after an amount in the same currency: the subunits
    /// as a fraction of the unit, and the token after them. One amount, as readers say it.
    func subunitAmount(after end: Int, currency code: String) -> (Double, Int)? {
        if !wordIs(end, "and") { return spokenSubunits(after: end) }
        guard let cents = core(at: end + 1), cents.kind == .digits || cents.kind == .words,
              cents.value >= 1, cents.value < 100, cents.value == cents.value.rounded(),
              let (length, subunitCode, factor) = currencySuffix(at: cents.tokens.upperBound), factor == 0.01,
              // "5 euros and 50 cents": a cent is a hundredth of the euro and of every dollar.
              subunitCode == code || (subunitCode == "USD" && Self.centCurrencies.contains(code) && isListed(Self.centWords, cents.tokens.upperBound))
        else { return nil }
        return (cents.value / 100, cents.tokens.upperBound + length)
    }

    /// "five dollars fifty", "a dollar twenty-five", "ten pounds fifty.": the hundredths said without
    /// "and" or their name after a currency word written out (not "$5 fifty"), a number up to 99
    /// ending the phrase or followed by a word that cannot be counted (nineteenth round; "5 dollars
    /// 20 times" stays two numbers). The value in units and the token after the number.
    func spokenSubunits(after end: Int) -> (Double, Int)? {
        // (Told by the currency word's length first: "buck" to "dollars", four to seven bytes.)
        guard end < tokenCount, end > 0, (4...7).contains(tokens[end - 1].span.bytes.count), isListed(Self.spokenCurrencyWords, end - 1), tokens[end].kind == .word || tokens[end].kind == .number, !attached(end),
              let cents = core(at: end), cents.kind == .digits || cents.kind == .words, cents.tokens.count == 1,
              cents.value >= 1, cents.value < 100, cents.value == cents.value.rounded(),
              cents.kind == .words || tokens[end].span.bytes.count == 2,
              endsPhrase(cents.tokens.upperBound) || isListed(Self.subunitFollowers, cents.tokens.upperBound) else { return nil }
        return (cents.value / 100, cents.tokens.upperBound)
    }

    static let spokenCurrencyWords: WordList = ["dollars", "dollar", "euros", "euro", "pounds", "pound", "bucks", "buck"]
    static let subunitFollowers: WordList = ["for", "each", "a", "an", "per", "and", "or", "at", "on", "in", "to"]

    /// Currencies whose hundredth is called a cent, beside the US dollar the word means alone.
    static let centCurrencies: Set<String> = ["EUR", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD"]

    static let centWords: WordList = ["cents", "cent"]
}

// "R2.5bn", "$US47.25", "$A5 billion": a currency's letters glued to the digits, one word to the tokenizer.
extension NumberScanner {
    /// The amount a word of a currency's letters and digits begins ("R2", "US47" after "$"), with
    /// what the tokenizer split from it: thousands after commas, the decimals after the point, a
    /// magnitude glued or after a space ("R4.2bn", "R300 million", "$US37,000", "$US2.1 billion").
    /// After "$" the letters name the dollar ("US", "A", "NZ", "C", "HK", "S"); without it South
    /// Africa's "R" is read with a magnitude of a million or more or with cents ("R300 million",
    /// "R18.45 a litre": a rand's amounts in news; "R2" and "R18" alone name roads, robots, film
    /// sequels and ratings), and the prefixes that name nothing else glued to digits with any
    /// amount: Kenya's "Sh" and "KSh", Malaysia's "RM", South Asia's "Rs" ("fined Sh500,000",
    /// "RM50,000", "Rs500 crore", as those countries' papers write them; stop 27). `symbol`: the
    /// "$" before the word.
    @inline(never)
    func gluedCurrencyAmount(word: Int, symbol: Int?) -> NumberMatch? {
        guard word >= 0, word < tokenCount, kind(word) == .word else { return nil }
        let range = tokens[word].span.bytes
        var position = range.lowerBound
        // Capitals after "$"; without it any letters, which the table below must know whole ("Sh", "Rs").
        while position < range.upperBound, bytes[position] &- 65 < 26 || (symbol == nil && (bytes[position] | 0x20) &- 97 < 26) { position += 1 }
        let letters = String(decoding: bytes[range.lowerBound..<position], as: UTF8.self)
        guard let code = symbol != nil ? Self.dollarLetters[letters] : Self.gluedCurrencyLetters[letters] else { return nil }
        var hasCents = false
        let digitsStart = position
        while position < range.upperBound, Self.isDigit(bytes[position]) { position += 1 }
        guard position > digitsStart, position - digitsStart <= 12,
              var value = Double(String(decoding: bytes[digitsStart..<position], as: UTF8.self)) else { return nil }
        var next = word + 1
        var scale: Double?
        if position < range.upperBound {
            // "R15bn", "$NZ3m": the magnitude glued to the digits.
            guard let glued = Self.gluedMagnitudes[String(decoding: bytes[position..<range.upperBound], as: UTF8.self)] else { return nil }
            scale = glued
        } else {
            // "$US37,000", "$US1,950.40": the tokenizer splits at a comma between groups of thousands
            // (the last group keeps its decimals).
            while wordIs(next, ","), attached(next), kind(next + 1) == .number, attached(next + 1),
                  case let group = tokens[next + 1].span.bytes, group.count >= 3, bytes[group.prefix(3)].allSatisfy(Self.isDigit),
                  group.count == 3 || bytes[group.lowerBound + 3] == UInt8(ascii: "."),
                  let groupValue = Double(String(decoding: bytes[group], as: UTF8.self)) {
                value = value * 1000 + groupValue
                next += 2
                if group.count > 3 { break }
            }
            // "R2.5bn", "$US47.25": and at its decimal point.
            if wordIs(next, "."), attached(next), kind(next + 1) == .number, attached(next + 1),
               case let decimals = tokens[next + 1].span.bytes, bytes[decimals].allSatisfy(Self.isDigit),
               let fraction = Double("0." + String(decoding: bytes[decimals], as: UTF8.self)) {
                value += fraction
                hasCents = decimals.count == 2
                next += 2
            }
            if next < tokenCount, kind(next) == .word, attached(next), let glued = Self.gluedMagnitudes[lowered(next)] {
                scale = glued
                next += 1
            } else if next < tokenCount, !attached(next), let spaced = lookup(tables.scales, next), spaced >= (code == "ZAR" ? 1e6 : 1e5) {
                scale = spaced
                next += 1
            }
        }
        if symbol == nil, scale == nil, code == "ZAR", !(hasCents && kind(next) != .number) { return nil }
        var start = symbol ?? word
        guard start >= matchFloor else { return nil }
        var attributes: Attributes = ["value": number(value * (scale ?? 1)), "currency": .string(code)]
        // "about $US37,000", "below $US600": the scan starts at the symbol, which no modifier
        // before it leads to; the modifier is read back from it.
        for length in 1...3 where start - length >= matchFloor {
            if let (found, comparator) = modifier(at: start - length), found == length, comparator != "+-" {
                if comparator == "~" { attributes["approximate"] = true } else { attributes["comparator"] = .string(comparator) }
                start -= length
                break
            }
        }
        return NumberMatch(label: .money, tokens: start..<next, attributes: attributes, date: nil, counts: nil)
    }

    /// The letters glued before the digits, without "$", that name a currency: "R300 million", "Sh500,000".
    static let gluedCurrencyLetters: [String: String] = ["R": "ZAR", "Sh": "KES", "KSh": "KES", "Ksh": "KES", "RM": "MYR", "Rs": "INR"]

    /// The letters after "$" that say whose dollar: "$US47", "$A5 billion", "$NZ3m".
    static let dollarLetters: [String: String] = ["US": "USD", "A": "AUD", "NZ": "NZD", "C": "CAD", "HK": "HKD", "S": "SGD"]

    /// Magnitudes written against the digits after a currency ("R15bn", "R500m", "$US2k").
    static let gluedMagnitudes: [String: Double] = ["bn": 1e9, "m": 1e6, "mn": 1e6, "mln": 1e6, "k": 1e3, "tn": 1e12, "trn": 1e12]

    /// "$US47.25": "$" with a word of capitals and digits glued after it.
    func isDollarBeforeGluedWord(_ index: Int) -> Bool {
        guard index + 1 < tokenCount, tokens[index].span.bytes.count == 1, bytes[tokens[index].span.bytes.lowerBound] == UInt8(ascii: "$"),
              kind(index + 1) == .word, attached(index + 1) else { return false }
        let word = tokens[index + 1].span.bytes
        return word.count >= 2 && bytes[word.lowerBound] &- 65 < 26
    }
}
