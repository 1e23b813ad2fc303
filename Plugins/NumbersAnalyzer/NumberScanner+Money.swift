import TextAnalysis

// Amounts of money: currency words after the amount, pounds sterling against pounds of weight,
// cents and pence after an amount (MONEY).
extension NumberScanner {
    /// Words after "N-pound" that make it money: "a 10-pound note", "a 50-pound fine".
    static let poundNotes: WordList = ["note", "notes", "coin", "coins", "fine", "ticket", "tickets", "bill"]

    /// A currency word after the amount, one or two words ("dollars", "Swiss francs").
    func currencySuffix(at index: Int) -> (Int, String, Double)? {
        guard kind(index) == .word || kind(index) == .abbreviation else { return nil }
        if isIn(NumberWords.currencyQualifiers, index), let next = self.word(index + 1),
           let (code, factor) = NumberWords.currencySuffixes[lowered(index) + " " + next] {
            return (2, code, factor)
        }
        if wordIs(index, "won") {
            // "1.2 trillion won": after a magnitude "won" is no verb.
            if lookup(NumberWords.scales, index - 1) != nil { return (1, "KRW", 1) }
            // "sells for 500,000 won.", "103.97 won per litre": a grouped or decimal amount before "won"
            // and the phrase's end or a rate is a price; a verb has its object or its clause after it,
            // and a tally's count is seldom grouped ("412 won." stays a count).
            if kind(index - 1) == .number, containsByte(index - 1, UInt8(ascii: ",")) || containsByte(index - 1, UInt8(ascii: ".")),
               endsPhrase(index + 1) || wordIs(index + 1, "per") || wordIs(index + 1, "each") {
                return (1, "KRW", 1)
            }
            return nil
        }
        guard let (code, factor) = lookup(NumberWords.currencySuffixes, index), !wordIs(index, "p") || attached(index) else { return nil }
        return (1, code, factor)
    }

    /// "costs 15 pounds" is sterling; "15 pounds of explosives", "weighs 200 pounds" and a bare
    /// "7,600,000 pounds to Denver" are weight: only a money word just before makes it a price.
    func isWeight(start: Int, unit: Int) -> Bool {
        if wordIs(unit + 1, "of") { return true }
        if wordIs(unit + 1, "sterling") { return false }
        return ![start - 1, start - 2, start - 3].contains { word($0).map(Self.priceWords.contains) ?? false }
    }

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
